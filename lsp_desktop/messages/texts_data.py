"""Messages of the people and data tables, and of spreadsheet imports.

code: (Indonesian, English); values in {braces} come from the finding or error.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "nik.missing": ("NIK belum diisi. Salin 16 angka NIK dari KTP.",
                    "NIK is empty. Copy the 16-digit NIK from the ID card (KTP)."),
    "nik.length": (
        "NIK '{nik}' harus 16 angka (tertulis {count} angka). Periksa kembali dengan KTP.",
        "NIK '{nik}' must be 16 digits ({count} digits written). Check it against the KTP."),
    "nik.province": (
        "NIK '{nik}' diawali kode provinsi {code} yang tidak ada. Periksa dua angka pertama.",
        "NIK '{nik}' starts with province code {code}, which does not exist. Check the first "
        "two digits."),
    "nik.birth_date": (
        "Tanggal lahir di NIK '{nik}' ({date}) tidak mungkin. Periksa angka ke-7 sampai "
        "ke-12 (tanggal + 40 untuk perempuan).",
        "The birth date in NIK '{nik}' ({date}) is impossible. Check digits 7 to 12 (day + 40 "
        "for women)."),
    "nik.duplicate": (
        "NIK '{nik}' tercatat lebih dari sekali. Setiap orang memiliki NIK sendiri: periksa "
        "atau hapus baris yang ganda.",
        "NIK '{nik}' appears more than once. Each person has their own NIK: check it or "
        "delete the duplicate row."),
    "phone.invalid": (
        "Nomor telepon '{phone}' tidak dikenali. Tulis seperti 0812xxxxxxx atau +62812xxxxxxx.",
        "Phone number '{phone}' is not recognised. Write it like 0812xxxxxxx or "
        "+62812xxxxxxx."),
    "email.invalid": (
        "Alamat email '{email}' tidak sah. Tulis seperti nama@contoh.com.",
        "E-mail address '{email}' is not valid. Write it like name@example.com."),
    "assessor.met_missing": (
        "Nomor registrasi (MET) belum diisi. Salin dari sertifikat asesor, mis. "
        "MET.000.001573 2020.",
        "The registration number (MET) is empty. Copy it from the assessor certificate, "
        "e.g. MET.000.001573 2020."),
    "assessor.met_format": (
        "Nomor MET '{met}' bentuknya tidak biasa (umumnya MET.000.001573 2020). Periksa "
        "kembali; jika memang begitu di sertifikat, biarkan.",
        "MET number '{met}' has an unusual shape (usually MET.000.001573 2020). Check it; if "
        "the certificate says so, leave it."),
    "assessor.blanko_missing": (
        "Nomor Blanko sertifikat asesor belum diisi. Salin dari lembar sertifikat.",
        "The certificate form serial no. (Nomor Blanko) is empty. Copy it from the "
        "certificate sheet."),
    "assessor.date_impossible": (
        "Tanggal '{date}' tidak ada di kalender. Periksa hari dan bulannya (tulis seperti "
        "17/03/2024).",
        "The date '{date}' does not exist. Check its day and month (write it like "
        "17/03/2024)."),
    "assessor.date_invalid": (
        "Tanggal '{date}' tidak dikenali. Tulis seperti 2024-03-17 atau 17/03/2024.",
        "Date '{date}' is not recognised. Write it like 2024-03-17 or 17/03/2024."),
    "assessor.dates_missing": (
        "Tanggal terbit atau masa berlaku sertifikat asesor belum diisi. Salin dari lembar "
        "sertifikat.",
        "The assessor certificate's issue or expiry date is empty. Copy it from the "
        "certificate sheet."),
    "assessor.expired": (
        "Sertifikat asesor sudah habis masa berlakunya ({date}). Hanya sertifikat yang masih "
        "berlaku yang diminta: ajukan sertifikasi ulang (RCC), atau tandai asesor ini "
        "\"tidak diajukan di butir {data_point}\" dengan alasannya (ia tetap tercatat di butir "
        "{roster_point}).",
        "The assessor certificate expired on {date}. Only valid certificates are asked for: "
        "apply for recertification (RCC), or mark this assessor \"not submitted for "
        "{data_point}\" with the reason (they stay listed in item {roster_point})."),
    "assessor.expiring": (
        "Masa berlaku sertifikat asesor habis pada {date} ({days} hari lagi). Segera ajukan "
        "sertifikasi ulang (RCC).",
        "The assessor certificate expires on {date} (in {days} days). Apply for "
        "recertification (RCC) soon."),
    "pasfoto.not_portrait": (
        "Pasfoto sebaiknya tegak (portrait), mis. ukuran 3×4 atau 4×6. Potong atau ambil ulang "
        "fotonya.",
        "The passport photo should be upright (portrait), e.g. 3×4 or 4×6. Crop it or take "
        "it again."),
    "pasfoto.not_red": (
        "Latar belakang pasfoto tampaknya bukan merah: {percent}% bagian tepi foto berwarna "
        "merah, padahal seharusnya hampir semuanya. Surat edaran meminta latar belakang warna "
        "merah: ambil ulang pasfotonya dengan latar belakang merah.",
        "The photo's background does not look red: {percent}% of the photo's border is red, "
        "where nearly all of it should be. The circular asks for a red background: take the "
        "photo again."),
    "package.code_missing": ("Paket tanpa kode/nomor skema. Isi kodenya.",
                             "A package has no code or scheme number. Fill it in."),
    "package.name_missing": ("Paket {package} belum diberi nama. Isi namanya dalam Bahasa "
                             "Indonesia.",
                             "Package {package} has no name. Fill in the Indonesian name."),
    "package.translation_missing": (
        "Paket {package} belum memiliki nama dalam Bahasa Inggris. Surat edaran meminta "
        "terjemahannya: isi kolom Nama dalam Bahasa Inggris.",
        "Package {package} has no English name. The circular asks for the translation: "
        "fill in the English name column."),
    "package.kind_unknown": (
        "Paket {package}: jenis paket '{kind}' tidak dikenal aplikasi ini (yang dikenal: "
        "KKNI, okupasi, klaster). Surat edaran tidak menetapkan jenis paket: biarkan bila "
        "memang benar.",
        "Package {package}: the package kind '{kind}' is not one this app knows (KKNI, "
        "okupasi, klaster). The circular sets no package kinds: leave it if it is right."),
    "package.no_units": ("Paket {package} belum berisi unit kompetensi. Tambahkan unitnya.",
                         "Package {package} lists no competency units. Add its units."),
    "package.duplicate": ("Kode paket {package} tercatat lebih dari sekali. Hapus yang ganda.",
                          "Package code {package} is listed more than once. Delete the copy."),
    "unit.code_missing": ("Unit pada paket {package} tanpa kode unit. Isi kodenya.",
                          "A unit of package {package} has no code. Fill it in."),
    "unit.duplicate": ("Unit {unit} muncul dua kali pada paket {package}. Hapus yang ganda.",
                       "Unit {unit} appears twice in package {package}. Delete the copy."),
    "unit.code_format": (
        "Kode unit {unit} (paket {package}) bentuknya tidak biasa (mis. M.702090.001.02). "
        "Periksa kembali; jika memang begitu di SKKNI, biarkan.",
        "Unit code {unit} (package {package}) has an unusual shape (e.g. M.702090.001.02). "
        "Check it; if the SKKNI says so, leave it."),
    "unit.title_missing": ("Unit {unit} (paket {package}) belum diberi judul. Isi judulnya.",
                           "Unit {unit} (package {package}) has no title. Fill it in."),
    "unit.translation_missing": (
        "Unit {unit} (paket {package}) belum memiliki judul dalam Bahasa Inggris. Isi "
        "terjemahan judulnya.",
        "Unit {unit} (package {package}) has no English title. Fill in the translated "
        "title."),
    "social.invalid": (
        "'{value}' bukan alamat atau nama akun {platform_name} yang sah. Salin alamatnya "
        "dari peramban, mis. {example}.",
        "'{value}' is not a valid {platform_name} address or account name. Copy the address "
        "from the browser, e.g. {example}."),
    "social.wrong_site": (
        "'{value}' bukan alamat {platform_name}: alamat {platform_name} ada di {expected}. "
        "Mungkin alamat ini tertukar dengan platform lain: salin alamat yang benar dari "
        "peramban.",
        "'{value}' is not a {platform_name} address: {platform_name} addresses are on "
        "{expected}. It may belong to another platform: copy the right address from the "
        "browser."),
    "social.none": ("Belum ada akun media sosial LSP. Isi paling sedikit satu (situs web, "
                    "Instagram, Facebook, YouTube, TikTok atau X).",
                    "No social media of the LSP yet. Fill in at least one (website, "
                    "Instagram, Facebook, YouTube, TikTok or X)."),
    "roster.empty": ("Belum ada personel. Tambahkan Unsur Pengarah, Unsur Pelaksana dan "
                     "Asesor, atau impor dari Excel/CSV.",
                     "No personnel yet. Add the Unsur Pengarah, Unsur Pelaksana and "
                     "Asesor (assessors), or import them from Excel/CSV."),
    "roster.role_missing": ("Belum ada {role_name} di daftar personel. Tambahkan di butir ini.",
                            "No {role_name} in the roster yet. Add them in this item."),
    "roster.not_submitted": (
        "{done} dari {total} orang sudah kirim (submit) di SIAPkerja. Ingatkan yang lain untuk "
        "mengisi data diri sampai dengan tahap kirim (submit) pada akun SIAPkerja di laman "
        "siapkerja.kemnaker.go.id.",
        "{done} of {total} people have submitted on SIAPkerja. Remind the others to fill in "
        "their personal data up to the submit step in their SIAPkerja account at "
        "siapkerja.kemnaker.go.id."),
    "assessors.none": ("Belum ada asesor. Tambahkan personel dengan peran Asesor.",
                       "No assessors yet. Add people with the role Assessor."),
    "packages.none": ("Belum ada paket kompetensi. Tambahkan paket beserta unitnya.",
                      "No competency packages yet. Add the packages with their units."),
    "assessor_files.incomplete": (
        "Dokumen asesor yang belum disiapkan di aplikasi ini: {missing}. Pastikan semuanya "
        "ada di folder Google Drive.",
        "Assessor documents not prepared here: {missing}. Make sure all are in the Google "
        "Drive folder."),
    "training.no_participant": (
        "Peserta pelatihan (staf IT) belum dipilih. Pilih orangnya dari daftar personel, "
        "lalu isi jabatan dan nomor WhatsApp.",
        "The training participant (IT staff) is not chosen yet. Pick them from the personnel "
        "list, then fill in job title and WhatsApp number."),
    "training.no_job_title": (
        "Jabatan {name} sebagai peserta pelatihan belum diisi. Isi kolom Jabatan di butir ini "
        "(misalnya Staf IT).",
        "{name}'s job title as training participant is not filled in. Fill in Job title in "
        "this item (e.g. IT staff)."),
    "training.no_whatsapp": (
        "Nomor WhatsApp {name} sebagai peserta pelatihan belum diisi. Isi kolom WhatsApp di "
        "butir ini (misalnya 0812xxxxxxx).",
        "{name}'s WhatsApp number as training participant is not filled in. Fill in WhatsApp "
        "in this item (e.g. 0812xxxxxxx)."),
    "whatsapp.invalid": (
        "Nomor WhatsApp '{phone}' tidak dikenali. Tulis nomor ponsel seperti 0812xxxxxxx "
        "atau +62812xxxxxxx.",
        "WhatsApp number '{phone}' is not recognised. Write a mobile number like "
        "0812xxxxxxx or +62812xxxxxxx."),
    "person.not_found": ("Personel nomor {id} tidak ada.", "There is no person number {id}."),
    "person.name_missing": ("Nama personel wajib diisi.", "The person's name is required."),
    "person.not_assessor": ("Personel nomor {id} bukan Asesor.",
                            "Person number {id} is not an Assessor."),
    "value.not_allowed": ("Nilai '{value}' tidak dikenal untuk {field}. Pilih: {allowed}.",
                          "Value '{value}' is not known for {field}. Choose: {allowed}."),
    "table.unknown_kind": ("Jenis tabel '{kind}' tidak dikenal. Pilih: {known}.",
                           "Unknown table kind '{kind}'. Choose: {known}."),
    "table.unknown_format": (
        "{path}: hanya berkas .csv atau .xlsx yang dapat dibaca/ditulis. Simpan lembar kerja "
        "sebagai CSV atau XLSX.",
        "{path}: only .csv or .xlsx files can be read or written. Save the sheet as CSV or "
        "XLSX."),
    "table.write_failed": (
        "Lembar kerja {path} tidak dapat ditulis ({reason}). Tutup berkas itu bila sedang "
        "dibuka di Excel, atau pilih folder lain.",
        "The spreadsheet {path} could not be written ({reason}). Close it if it is open in "
        "Excel, or choose another folder."),
    "table.unreadable": (
        "{path} tidak dapat dibaca sebagai lembar kerja. Buka di Excel lalu simpan ulang "
        "sebagai XLSX atau CSV.",
        "{path} cannot be read as a spreadsheet. Open it in Excel and save it again as XLSX "
        "or CSV."),
    "table.empty": ("{path} kosong. Pilih lembar kerja yang berisi daftarnya.",
                    "{path} is empty. Choose the spreadsheet that holds the list."),
    "table.missing_columns": (
        "{path}: kolom {missing} tidak ditemukan (ada: {found}). Kolom yang dikenal: {expected}.",
        "{path}: column {missing} not found (found: {found}). Known columns: {expected}."),
    "table.too_many_rows": (
        "{path} berisi lebih dari {limit} baris, jadi tidak dibaca. Simpan daftar yang "
        "dimaksud saja (tanpa baris kosong atau berformat di bawahnya) di lembar pertama, "
        "atau bagi menjadi beberapa berkas.",
        "{path} holds more than {limit} rows, so it was not read. Keep only the list "
        "itself (no empty or formatted rows below it) on the first sheet, or split it "
        "into several files."),
    "import.no_name": ("Nama belum diisi.", "The name is empty."),
    "import.role_unknown": (
        "Peran '{value}' tidak dikenal: tulis Pengarah, Pelaksana atau Asesor.",
        "Role '{value}' is unknown: write Pengarah, Pelaksana or Asesor."),
    "import.status_unknown": (
        "Status SIAPkerja '{value}' tidak dikenal. "
        "Yang dipahami: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit);"
        ' di kolom berjudul "Sudah submit": ya; di kolom "Sudah daftar": ya atau tidak.',
        "SIAPkerja status '{value}' is unknown. "
        "Understood: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit); in"
        ' a column titled "Sudah submit": ya; in a column "Sudah daftar": ya or tidak.'),
    "import.nik_repeated": ("NIK '{nik}' sudah muncul di baris sebelumnya.",
                            "NIK '{nik}' already appears in an earlier row."),
    "import.not_assessor": ("Orang ini ada di daftar personel tetapi bukan Asesor.",
                            "This person is in the roster but not as an Assessor."),
    "import.no_package_code": ("Kode paket belum diisi.", "The package code is empty."),
    "import.row_repeated": (
        "Baris {first} dan {later} sama-sama berisi {name}. Keduanya tidak diimpor agar "
        "tidak ada yang tertimpa diam-diam: satukan menjadi satu baris, lalu impor lagi.",
        "Rows {first} and {later} both hold {name}. Neither is imported, so neither "
        "silently overwrites the other: merge them into one row, then import again."),
    "import.nik_corrected": (
        "NIK orang ini diubah dari {old} menjadi {new} (nama dan peran sama); tidak "
        "ditambahkan sebagai orang baru.",
        "This person's NIK changes from {old} to {new} (same name and role); they are "
        "not added a second time."),
    "import.changed": ("Berubah: {changes}.", "Changes: {changes}."),
    "import.phone_zero_restored": (
        "Nomor telepon {typed} disimpan Excel sebagai angka, sehingga angka 0 di depannya "
        "hilang; dibaca sebagai {phone}. Periksa nomor ini bila keliru.",
        "Excel kept the phone number {typed} as a number, which drops its leading 0; it is "
        "read as {phone}. Check this number if that is wrong."),
    "import.formula_cell": (
        "Kolom {column} berisi rumus ({formula}), bukan nilai. Ketik nilainya di sel itu, "
        "lalu impor lagi.",
        "The {column} cell holds a formula ({formula}), not a value. Type the value in "
        "that cell, then import again."),
}
