"""The command line's words: the English text written in ``phrase("…", lang)`` in
cli/, and its Indonesian. Shared with the window where the words are the same."""

TEXTS: dict[str, str] = {
    "message language: id (default) or en":
        "bahasa pesan: id (bawaan) atau en",
    "workspace file (default: the main workspace)":
        "berkas ruang kerja (bawaan: ruang kerja utama)",
    "JSON output for scripts":
        "keluaran JSON untuk skrip",
    "Prepare the documents of {circular}. With no command: opens the application window.":
        "Menyiapkan dokumen {circular}. Tanpa perintah: membuka jendela aplikasi.",
    "the circular's requirements":
        "daftar persyaratan surat edaran",
    "check files":
        "periksa berkas",
    "check against this item's rule":
        "periksa menurut ketentuan butir ini",
    "show or set the LSP profile":
        "lihat atau ubah profil LSP",
    "LSP name":
        "Nama LSP",
    "licence number":
        "nomor lisensi, mis. BNSP-LSP-2629-ID",
    "uses SKKK: yes/no":
        "memakai SKKK: ya/tidak",
    "attach files to an item":
        "lampirkan berkas ke butir",
    "replace the file already there":
        "ganti berkas yang sudah ada",
    "turn photos into one PDF, or shrink a photo over 2 MB":
        "jadikan foto satu PDF, atau perkecil foto di atas 2 MB",
    "remove files from an item":
        "lepaskan berkas dari butir",
    "only the file of this name":
        "hanya berkas dengan nama ini",
    "set an item's Google Drive link":
        "isi tautan Google Drive sebuah butir",
    "remove the item's link":
        "hapus tautan butir ini",
    "each item's state":
        "keadaan setiap butir",
    "import people/assessors/packages from CSV or XLSX":
        "impor personel/asesor/paket dari CSV atau XLSX",
    "show the plan only":
        "hanya tampilkan rencana, tidak menyimpan",
    "export to CSV or XLSX":
        "ekspor ke CSV atau XLSX",
    "export the hand-off zip":
        "ekspor bundel ZIP untuk diserahkan",
    "export a draft even if incomplete":
        "ekspor draf meskipun belum lengkap",
    "verify a bundle":
        "periksa keutuhan bundel",
    "turn a bundle into a new workspace":
        "buka bundel sebagai ruang kerja baru",
    "table data":
        "data tabel",
    "personnel roster":
        "daftar personel",
    "yes":
        "ya",
    "no":
        "tidak",
    "Workspace":
        "Ruang kerja",
    "Licence number":
        "Nomor lisensi",
    "Type":
        "Jenis",
    "Category":
        "Kategori",
    "{formats}, max. {mb} MB":
        "{formats}, maks. {mb} MB",
    "{n} pages":
        "{n} halaman",
    "Made from {n} file(s): {name}":
        "Dibuat dari {n} berkas: {name}",
    "Removed: {name}":
        "Dilepas: {name}",
    "{add} to add, {update} to update, {unchanged} unchanged, {reject} rejected":
        "{add} ditambah, {update} diperbarui, {unchanged} tidak berubah, {reject} ditolak",
    "  row {line} ({label}): {reasons}":
        "  baris {line} ({label}): {reasons}",
    "  row {line} ({label}), {result}: {reasons}":
        "  baris {line} ({label}), {result}: {reasons}",
    "to add": "ditambah",
    "to update": "diperbarui",
    "unchanged": "tidak berubah",
    "(dry run: nothing was written)":
        "(uji coba: tidak ada yang disimpan)",
    "{n} rows written to {path}":
        "{n} baris ditulis ke {path}",
    "the LSP's social media ({point})":
        "media sosial LSP ({point})",
    "address or account name":
        "alamat atau nama akun",
    "the training participant (item {point})":
        "peserta pelatihan (butir {point})",
    "NAME_OR_NIK":
        "NAMA_ATAU_NIK",
    "pick from the personnel list":
        "pilih dari daftar personel",
    "add this person to the personnel list first":
        "tambahkan orang ini ke daftar personel dulu",
    "role when added (default: pelaksana)":
        "peran bila ditambahkan (bawaan: pelaksana)",
    "assessors' ID card, certificate, diploma, photo ({point})":
        "KTP, sertifikat teknis, ijazah, pasfoto asesor ({point})",
    "leave an assessor out of {point}":
        "tandai asesor yang tidak diajukan di butir {point}",
    "REASON":
        "ALASAN",
    "not submitted for {point}, e.g. \"sertifikasi ulang (RCC)\"":
        "tidak diajukan di butir {point}, mis. \"sertifikasi ulang (RCC)\"",
    "submit for {point} again":
        "ajukan lagi di butir {point}",
    "known circulars; choose the one the workspace follows":
        "surat edaran yang dikenal; pilih yang diikuti ruang kerja",
    "add a circular's catalogue file you received":
        "tambahkan berkas katalog surat edaran yang Anda terima",
    "with --add: replace an added circular of the same id whose items changed (the plan is "
    "shown first without it)":
        "dengan --add: ganti surat edaran tambahan ber-id sama yang butirnya berubah (tanpa "
        "ini, rencananya ditampilkan dulu)",
    "make the workspace follow this circular":
        "jadikan ruang kerja mengikuti surat edaran ini",
    "print what is still missing (PDF or HTML)":
        "cetak daftar kekurangan (PDF atau HTML)",
    "added":
        "ditambahkan",
    "built in":
        "bawaan",
    "(missing)":
        "(belum ada)",
    "submitted for {point}.":
        "diajukan di butir {point}.",
    " (the app's assumption: the circular names no format)":
        " (asumsi aplikasi: surat edaran tidak menyebut format)",
    "Not yet submitted to SIAPkerja: ":
        "Belum mengirim (submit): ",
    "usage: ":
        "pemakaian: ",
    "list people, set one person's SIAPkerja step, or remove a person":
        "tampilkan daftar personel, ubah tahap SIAPkerja satu personel, atau hapus satu personel",
    "list (default), step or remove":
        "list (bawaan), step (tahap SIAPkerja) atau remove",
    "the person, by name or NIK":
        "personelnya, dengan nama atau NIK",
    "STEP":
        "TAHAP",
    "for step: belum daftar, terdaftar, data diri lengkap or sudah kirim":
        "untuk step: belum daftar, terdaftar, data diri lengkap atau sudah kirim",
    "list competency packages, or remove a package or one unit":
        "tampilkan daftar paket kompetensi, atau hapus satu paket atau satu unit",
    "list (default), remove or remove-unit":
        "list (bawaan), remove atau remove-unit",
    "PACKAGE_CODE":
        "KODE_PAKET",
    "the package's code, as listed":
        "kode paket, seperti tertulis di daftar",
    "UNIT_CODE":
        "KODE_UNIT",
    "for remove-unit: the unit's code":
        "untuk remove-unit: kode unitnya",
    "FILE.zip":
        "BERKAS.zip",
    "the zip file to write":
        "berkas ZIP yang akan ditulis",
    "the bundle (zip) to check":
        "bundel (berkas ZIP) yang diperiksa",
    "the bundle (zip) to open":
        "bundel (berkas ZIP) yang dibuka",
    "the new workspace file to make from it":
        "berkas ruang kerja baru yang akan dibuat darinya",
    "list (default), set or remove":
        "list (bawaan), set atau remove",
    "list (default), add or remove":
        "list (bawaan), add atau remove",
    "the assessor, by name or NIK":
        "asesornya, dengan nama atau NIK",
    "people (personnel), assessors (assessor certificates) or packages (competency packages)":
        "people (personel), assessors (sertifikat asesor) atau packages (paket kompetensi)",
    "KIND":
        "JENIS",
    "FILE":
        "BERKAS",
    "the spreadsheet to read (.csv or .xlsx)":
        "lembar kerja yang dibaca (.csv atau .xlsx)",
    "the spreadsheet to write (.csv or .xlsx)":
        "lembar kerja yang ditulis (.csv atau .xlsx)",
    "positional arguments":
        "isian",
    "options":
        "pilihan",
    "show this help message and exit":
        "tampilkan petunjuk ini lalu selesai",
    "show program's version number and exit":
        "tampilkan versi program lalu selesai",
    "1 page":
        "1 halaman",
    "NIK when added":
        "NIK bila ditambahkan",
    "e-mail when added":
        "email bila ditambahkan",
    "phone when added":
        "telepon bila ditambahkan",
    "job title":
        "jabatan",
    "WhatsApp number":
        "nomor WhatsApp",
    "number of the appointing SK (optional)":
        "nomor SK penetapan (boleh kosong)",
    "date of the SK (optional)":
        "tanggal SK (boleh kosong)",
    "Job title":
        "Jabatan",
    "E-mail":
        "Email",
    "Phone":
        "Telepon",
    "WhatsApp":
        "WhatsApp",
    "SK number":
        "Nomor SK",
    "SK date":
        "Tanggal SK",
    "Added: {id} ({number})":
        "Ditambahkan: {id} ({number})",
    "To replace it, run the same command again with --replace.":
        "Untuk menggantinya, jalankan perintah yang sama lagi dengan --replace.",
    "Kept (entries and files carry over)":
        "Tetap (isian dan berkas terbawa)",
    "Rule changed (files re-checked)":
        "Ketentuannya berubah (berkas diperiksa ulang)",
    "No longer asked (kept, not exported)":
        "Tidak diminta lagi (tetap disimpan, tidak diekspor)",
    "New (to fill in)":
        "Baru (perlu diisi)",
    # fix commands (issue 10)
    'fix files: compress, combine, rotate, make a PDF':
        'perbaiki berkas: kompres, gabung, putar, jadikan PDF',
    'the result file (never the same as an input)':
        'berkas hasil (tidak boleh sama dengan masukan)',
    'make a PDF or picture fit the limit':
        'perkecil PDF atau gambar agar di bawah batas ukuran',
    'size limit in bytes (default 2000000)':
        'batas ukuran dalam byte (bawaan 2000000)',
    'lowest resolution allowed (default 150)':
        'resolusi terendah yang diizinkan (bawaan 150)',
    'combine PDFs and photos into one PDF':
        'gabungkan PDF dan foto menjadi satu PDF',
    "page size of photos: a4 or the photo's own":
        'ukuran halaman foto: a4 atau ukuran asli foto',
    'turn PDF pages or a picture':
        'putar halaman PDF atau gambar',
    '90, 180 or 270 (clockwise)':
        '90, 180 atau 270 (searah jarum jam)',
    'only these pages (default: all)':
        'hanya halaman ini (bawaan: semua)',
    'turn photos into one PDF':
        'jadikan foto satu PDF',
    "page size: a4 or the photo's own":
        'ukuran halaman: a4 atau ukuran asli foto',
    # Output files (--overwrite) and the checked values of the command line.
    "replace the result file if it already exists":
        "ganti berkas hasil bila sudah ada",
    "replace the file if it already exists":
        "ganti berkas itu bila sudah ada",
    "the list as PDF (.pdf) or web page (.html)":
        "daftar sebagai PDF (.pdf) atau halaman web (.html)",
    "a whole number above 0":
        "harus bilangan bulat di atas 0",
    "a number above 0":
        "harus angka di atas 0",
    "choose 90, 180 or 270":
        "pilih 90, 180 atau 270",
    "page numbers from 1, separated by commas, e.g. 1,3":
        "nomor halaman mulai dari 1, dipisahkan dengan koma, mis. 1,3",
    "show the program's version and exit":
        "tampilkan versi program lalu selesai",
    "write yes or no":
        "tulis ya atau tidak",
    "item id, as listed by: lsp-desktop status (e.g. {examples})":
        "kode butir, seperti di daftar: lsp-desktop status (mis. {examples})",
    "Saved.":
        "Tersimpan.",
    "the files to check (PDF, JPG or PNG)":
        "berkas yang diperiksa (PDF, JPG atau PNG)",
    "the file to attach (PDF, JPG or PNG)":
        "berkas yang dilampirkan (PDF, JPG atau PNG)",
    "the files to attach (PDF, JPG or PNG)":
        "berkas yang dilampirkan (PDF, JPG atau PNG)",
    "the Google Drive address, copied from the browser":
        "alamat Google Drive, disalin dari peramban",
    "Exit codes: 0 done (warnings, the app's own advice, included); 1 an error: a check "
    "failed, a row was rejected or something is missing; 2 the command was written wrong.":
        "Kode keluar: 0 selesai (termasuk bila hanya ada peringatan, yaitu saran aplikasi "
        "ini); 1 ada kesalahan: pemeriksaan gagal, ada baris yang ditolak, atau ada yang "
        "belum lengkap; 2 perintahnya salah tulis.",
    "the PDF or picture to make smaller (only read, never changed)":
        "PDF atau gambar yang diperkecil (hanya dibaca, tidak diubah)",
    "the PDFs and photos, in the order of their pages":
        "PDF dan foto, menurut urutan halamannya",
    "the PDF or picture to turn (only read, never changed)":
        "PDF atau gambar yang diputar (hanya dibaca, tidak diubah)",
    "the photos (JPG or PNG), in the order of their pages":
        "foto-fotonya (JPG atau PNG), menurut urutan halamannya",
}


# argparse words its complaints in English; these are the ones a user meets, as
# (pattern of argparse's English, Indonesian with the pattern's groups).
ARGPARSE_ID = [
    (r"the following arguments are required: (.*)", "yang wajib diisi belum ada: {0}"),
    (r"unrecognized arguments: (.*)", "tidak dikenal: {0}"),
    (r"argument (\S+): expected one argument", "{0} perlu diikuti satu nilai"),
    (r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)",
     "{0} '{1}' tidak dikenal; pilih salah satu: {2}"),
    (r"one of the arguments (.*) is required", "isi salah satu dari: {0}"),
    (r"argument (\S+): not allowed with argument (\S+)", "{0} tidak boleh bersama {1}"),
    (r"argument (\S+): invalid \S+ value: '([^']*)'", "nilai '{1}' tidak sah untuk {0}"),
    # Last: a complaint the app's own check already worded in Indonesian.
    (r"argument (\S+): (.*)", "{0}: {1}"),
]


# Message codes only the command line raises: code: (Indonesian, English).
CODES: dict[str, tuple[str, str]] = {
    "person.key_missing": (
        "Sebutkan orangnya: nama atau NIK, mis. lsp-desktop person remove \"Budi Santoso\".",
        "Name the person: their name or NIK, e.g. lsp-desktop person remove \"Budi Santoso\"."),
    "person.removed": (
        "{name} dihapus dari daftar personel, beserta data dan dokumen asesornya.",
        "{name} was removed from the personnel list, with their assessor data and documents."),
    "person.removed_not_assessor": (
        "{name} dihapus dari daftar personel.",
        "{name} was removed from the personnel list."),
    "person.siapkerja_set": (
        "Status SIAPkerja {name}: {step}.",
        "SIAPkerja status of {name}: {step}."),
    "package.key_not_found": (
        "Tidak ada paket berkode '{key}'. Lihat kodenya dengan: lsp-desktop package list.",
        "No package has the code '{key}'. See the codes with: lsp-desktop package list."),
    "unit.key_not_found": (
        "Paket {package} tidak berisi unit berkode '{unit}'. Lihat unitnya dengan: "
        "lsp-desktop package list.",
        "Package {package} has no unit with the code '{unit}'. See its units with: "
        "lsp-desktop package list."),
    "package.removed": (
        "Paket {package} dihapus beserta unitnya.",
        "Package {package} was removed with its units."),
    "unit.removed": (
        "Unit {unit} dihapus dari paket {package}.",
        "Unit {unit} was removed from package {package}."),
    "workspace.new_follows": (
        "Ruang kerja baru dibuat dan mengikuti surat edaran {number} ({title}).",
        "New workspace made; it follows circular {number} ({title})."),
    "workspace.other_circulars": (
        "Ada {count} surat edaran lain yang dikenal: lihat 'lsp-desktop circulars', dan "
        "pilih dengan 'lsp-desktop circulars --use ID'.",
        "{count} other known circular(s): see 'lsp-desktop circulars', and choose one with "
        "'lsp-desktop circulars --use ID'."),
    "participant.bad_nik": (
        "{reason} Tidak ada yang disimpan: perbaiki NIK-nya lalu jalankan lagi perintah ini.",
        "{reason} Nothing was saved: correct the NIK and run the command again."),
    "output.exists": (
        "Berkas {path} sudah ada dan tidak ditimpa. Pilih nama lain, atau tambahkan "
        "--overwrite bila memang ingin menggantinya.",
        "The file {path} already exists and was not overwritten. Choose another name, or add "
        "--overwrite if you really want to replace it."),
    "output.is_input": (
        "{path} adalah salah satu berkas masukan perintah ini; hasil tidak boleh ditulis di "
        "atasnya, juga dengan --overwrite. Pilih nama lain untuk hasilnya.",
        "{path} is one of this command's input files; the result may not be written over it, "
        "not even with --overwrite. Choose another name for the result."),
    "output.is_folder": (
        "{path} adalah sebuah folder, bukan nama berkas. Tulis nama berkas di dalamnya, "
        "mis. {path}/bundel-lsp.zip.",
        "{path} is a folder, not a file name. Give a file name inside it, e.g. "
        "{path}/bundel-lsp.zip."),
    "output.not_regular": (
        "{path} ada tetapi bukan berkas biasa; tidak ditimpa. Pilih nama lain.",
        "{path} exists but is not an ordinary file; it was not overwritten. Choose another "
        "name."),
    "output.wrong_extension": (
        "Nama {path} berakhiran '{suffix}', padahal perintah ini hanya menulis berkas "
        "berakhiran {endings}. Gunakan nama dengan salah satu akhiran itu; tidak ada yang "
        "ditulis.",
        "The name {path} ends in '{suffix}', but this command only writes files ending in "
        "{endings}. Use a name with one of those endings; nothing was written."),
    "output.unusable": (
        "Hasil tidak dapat ditulis sebagai {path} ({reason}). Tidak ada yang ditulis. Pilih "
        "nama yang lebih pendek atau folder lain.",
        "The result cannot be written as {path} ({reason}). Nothing was written. Choose a "
        "shorter name or another folder."),
    "output.folder_failed": (
        "Folder {path} untuk hasil tidak dapat dibuat ({reason}). Pilih folder lain.",
        "The folder {path} for the result could not be made ({reason}). Choose another "
        "folder."),
    "fix.out_kind": (
        "Hasil perbaikan ini berupa berkas {kind}, tetapi --out {path} berakhiran '{suffix}'. "
        "Gunakan nama yang berakhiran {endings}. Tidak ada yang ditulis.",
        "This fix produces a {kind} file, but --out {path} ends in '{suffix}'. Use a name ending "
        "in {endings}. Nothing was written."),
    "participant.bad_sk_date": (
        "Tanggal SK '{value}' bukan tanggal yang ada. Tulis mis. 30/04/2025, 2025-04-30 atau "
        "30 April 2025. Tidak ada yang disimpan.",
        "The SK date '{value}' is not a real date. Write e.g. 30/04/2025, 2025-04-30 or "
        "30 April 2025. Nothing was saved."),
    "attach.kept_with_errors": (
        "{name} dilampirkan ke butir {item}, tetapi belum memenuhi ketentuan (lihat di "
        "atas). Ganti dengan berkas yang sudah diperbaiki: lsp-desktop add {item} "
        "BERKAS --replace, atau lepaskan: lsp-desktop remove {item} --name \"{name}\".",
        "{name} was attached to item {item}, but it does not meet the rules yet (see "
        "above). Replace it with a fixed file: lsp-desktop add {item} FILE --replace, "
        "or remove it: lsp-desktop remove {item} --name \"{name}\"."),
    "participant.saved_with_errors": (
        "Disimpan, tetapi ada kesalahan di atas yang perlu diperbaiki sebelum dikirim.",
        "Saved, but there is an error above to correct before submitting."),
    "attach.kept_with_errors_item": (
        "{name} dilampirkan ke {requirement}, tetapi belum memenuhi ketentuan (lihat di "
        "atas). Ganti dengan berkas yang sudah diperbaiki: lsp-desktop add {item} "
        "BERKAS --replace, atau lepaskan: lsp-desktop remove {item} --name \"{name}\".",
        "{name} was attached to {requirement}, but it does not meet the rules yet (see "
        "above). Replace it with a fixed file: lsp-desktop add {item} FILE --replace, "
        "or remove it: lsp-desktop remove {item} --name \"{name}\"."),
    "output.no_folder": (
        "Folder {folder} tidak ada, jadi {name} tidak ditulis. Buat folder itu dulu (atau "
        "periksa ejaannya), lalu jalankan perintah ini lagi. Tidak ada yang ditulis.",
        "The folder {folder} does not exist, so {name} was not written. Create that folder "
        "first (or check its spelling), then run this command again. Nothing was written."),
    "remove.table_item": (
        "{requirement} tidak menerima berkas: isinya data tabel, jadi tidak ada berkas yang "
        "dilepas. Ubah datanya di jendela aplikasi, atau impor tabelnya dengan lsp-desktop "
        "import-table {kind} BERKAS; satu baris dihapus dengan lsp-desktop {command} remove "
        "(lihat lsp-desktop {command} --help).",
        "{requirement} takes no files: it holds table data, so there is no file to remove. "
        "Edit the data in the application window, or import the table with lsp-desktop "
        "import-table {kind} FILE; one row is removed with lsp-desktop {command} remove "
        "(see lsp-desktop {command} --help)."),
    "remove.link_item": (
        "{requirement} tidak menerima berkas: isinya tautan Google Drive, jadi tidak ada "
        "berkas yang dilepas. Ganti tautannya dengan lsp-desktop link {item} URL, atau "
        "hapus dengan lsp-desktop link {item} --remove.",
        "{requirement} takes no files: it holds a Google Drive link, so there is no file to "
        "remove. Change the link with lsp-desktop link {item} URL, or remove it with "
        "lsp-desktop link {item} --remove."),
    "link.saved": ("Tautan {requirement} disimpan.", "The link of {requirement} is saved."),
    "link.replaced": (
        "Tautan sebelumnya diganti; jika perlu, pasang kembali dengan perintah yang sama: {url}",
        "The previous link was replaced; to put it back, run the same command with it: {url}"),
    "link.refused": (
        "{reason} Tidak disimpan.",
        "{reason} Not saved."),
    "link.refused_kept": (
        "{reason} Tidak disimpan: {requirement} tetap memakai tautan yang tersimpan, {url}",
        "{reason} Not saved: {requirement} keeps its saved link, {url}"),
    "link.value_missing": (
        "Tulis tautan Google Drive setelah {item} (misalnya: lsp-desktop link {item} "
        "https://drive.google.com/drive/folders/…). Untuk menghapus tautannya, gunakan: "
        "lsp-desktop link {item} --remove.",
        "Write the Google Drive link after {item} (for example: lsp-desktop link {item} "
        "https://drive.google.com/drive/folders/…). To remove the link, use: lsp-desktop "
        "link {item} --remove."),
    "link.remove_and_url": (
        "Tulis tautan baru atau --remove, tidak keduanya: lsp-desktop link {item} URL, atau "
        "lsp-desktop link {item} --remove.",
        "Give a new link or --remove, not both: lsp-desktop link {item} URL, or lsp-desktop "
        "link {item} --remove."),
    "link.removed": (
        "Tautan {requirement} dihapus. Tautan yang dihapus: {url}",
        "The link of {requirement} is removed. The removed link: {url}"),
    "link.none_to_remove": (
        "{requirement} belum punya tautan; tidak ada yang dihapus.",
        "{requirement} has no link yet; nothing was removed."),
    "remove.documents_item": (
        "{requirement} tidak menerima berkas lampiran: isinya tautan Google Drive, dan "
        "dokumen tiap asesor disimpan per orang. Lepaskan dokumen asesor dengan lsp-desktop "
        "assessor-file remove NAMA JENIS; ganti tautannya dengan lsp-desktop link {item} URL.",
        "{requirement} takes no attached files: it holds a Google Drive link, and each "
        "assessor's documents are kept per person. Remove an assessor's document with "
        "lsp-desktop assessor-file remove NAME KIND; change the link with lsp-desktop link "
        "{item} URL."),
}
