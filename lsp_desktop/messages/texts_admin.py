"""Messages of the commands that fill the data items from the command line (social media,
training participant, assessor documents, the missing-items report) and of the
admin-facing rules added with them (issue 13)."""

TEXTS: dict[str, tuple[str, str]] = {
    "person.key_not_found": (
        "Tidak ada personel yang cocok dengan '{key}' (nama, bagian nama dari awal kata, atau "
        "NIK). Periksa ejaannya dan lihat daftarnya dengan lsp-desktop person, atau "
        "tambahkan orang itu dulu (lsp-desktop participant --add, atau import-table people).",
        "No person matches '{key}' (a name, part of a name from the start of a word, or the "
        "NIK). Check the spelling and see the list with lsp-desktop person, or add them "
        "first (lsp-desktop participant --add, or import-table people)."),
    "person.key_ambiguous": (
        "Lebih dari satu personel cocok dengan '{key}'. Tulis NIK orang yang dimaksud (atau "
        "nama lengkapnya):",
        "More than one person matches '{key}'. Give the NIK of the one you mean (or the "
        "full name):"),
    "person.key_partial_for_removal": (
        "'{key}' hanya sebagian nama. Penghapusan tidak dapat dibatalkan di baris perintah, "
        "jadi tulis nama lengkap atau NIK orang yang dimaksud:",
        "'{key}' is only part of a name. A removal cannot be undone on the command line, so "
        "give the full name or the NIK of the one you mean:"),
    "person.candidate": ("{name}, NIK {nik}, peran {role_name}",
                         "{name}, NIK {nik}, role {role_name}"),
    "person.candidate_no_nik": (
        "{name}, belum ada NIK, peran {role_name}", "{name}, no NIK yet, role {role_name}"),
    "person.key_not_assessor": (
        "{key} tercatat sebagai {role_name}, bukan Asesor. Pilih personel yang berperan Asesor.",
        "{key} is listed as {role_name}, not as an Asesor (assessor). Choose a person with "
        "the role Asesor."),
    "assessor.reason_missing": (
        "Tulis alasannya, mis. \"sertifikasi ulang (RCC)\".",
        "Write the reason, e.g. \"sertifikasi ulang (RCC)\" (certificate being renewed)."),
    "assessor.not_submitted": (
        "Tidak diajukan di butir {data_point}: {reason}. Tetap tercatat di butir {roster_point} "
        "(SIAPkerja).",
        "Not submitted for {data_point}: {reason}. Still listed in item {roster_point} "
        "(SIAPkerja)."),
    "assessor.blanko_unlike": (
        "Nomor Blanko '{blanko}' berbeda bentuk dari nomor lain di daftar (biasanya "
        "seperti {usual}). Periksa kembali di sertifikat.",
        "The certificate form serial no. (Nomor Blanko) '{blanko}' looks unlike the others "
        "in the list (usually like {usual}). Check it on the certificate."),
    "participant.not_chosen": (
        "Peserta pelatihan belum dipilih. Pilih dari daftar personel: lsp-desktop "
        "participant --person NAMA.",
        "No training participant chosen yet. Pick one from the personnel list: "
        "lsp-desktop participant --person NAME."),
    "participant.already_listed": (
        "{name} sudah ada di daftar personel: orang itulah yang dipilih (tidak ditambahkan "
        "lagi).",
        "{name} is already in the personnel list: that person is chosen (not added again)."),
    "person.nik_differs": (
        "{name} sudah ada di daftar personel dengan NIK {on_file}, bukan {nik}; tidak ada "
        "yang disimpan dan tidak ada orang yang ditambahkan. Untuk memilih {name}, jalankan "
        "lagi tanpa --add dan --nik. Jika NIK yang tercatat salah, perbaiki dulu di daftar "
        "personel (butir {roster_point}: di jendela, atau impor ulang barisnya dengan "
        "lsp-desktop import-table people BERKAS).",
        "{name} is already in the personnel list with NIK {on_file}, not {nik}; nothing was "
        "saved and no one was added. To choose {name}, run it again without --add and "
        "--nik. If the NIK on file is wrong, correct it first in the personnel list (item "
        "{roster_point}: in the window, or import their row again with lsp-desktop "
        "import-table people FILE)."),
    "participant.nik_noted": (
        "NIK {nik} dicatat untuk {name}.", "NIK {nik} is noted for {name}."),
    "person.nik_taken": (
        "NIK '{nik}' sudah dipakai {name} di daftar personel; tidak ada yang disimpan. Periksa "
        "NIK-nya, atau pilih orang itu dengan --person tanpa --add.",
        "NIK '{nik}' already belongs to {name} in the personnel list; nothing was saved. Check "
        "the NIK, or choose that person with --person without --add."),
    "social.refused": (
        "{reason} Tidak disimpan.",
        "{reason} Not saved."),
    "social.value_missing": (
        "Tulis alamat atau nama akun {platform} setelah 'set' (misalnya: social set "
        "{platform} https://…). Untuk menghapusnya, gunakan 'remove'.",
        "Write the {platform} address or account name after 'set' (for example: social set "
        "{platform} https://…). To remove it, use 'remove'."),
    "participant.set": ("Peserta pelatihan: {name}", "Training participant: {name}"),
    "assessor_file.kept": ("{kind} untuk {name} disimpan.", "{kind} kept for {name}."),
    "assessor_file.removed": ("{kind} milik {name} dihapus.", "{kind} of {name} removed."),
    "assessor_file.none": ("{name} belum memiliki {kind}.", "{name} has no {kind} yet."),
    "cli.assessor_file_usage": (
        "Tulis: assessor-file add NAMA_ATAU_NIK JENIS BERKAS, atau assessor-file remove "
        "NAMA_ATAU_NIK JENIS. JENIS: ktp, sertifikat-teknis, ijazah, pasfoto.",
        "Write: assessor-file add NAME_OR_NIK KIND FILE, or assessor-file remove "
        "NAME_OR_NIK KIND. KIND: ktp, sertifikat-teknis, ijazah, pasfoto."),
    "nik.region_zero": (
        "NIK '{nik}' tidak sah: kode kabupaten/kota atau kecamatan (angka ke-3 sampai ke-6) "
        "tidak boleh 00. Salin ulang NIK dari KTP.",
        "NIK '{nik}' is not valid: the regency or district code (digits 3 to 6) is never 00. "
        "Copy the NIK from the ID card again."),
    "nik.serial_zero": (
        "NIK '{nik}' tidak sah: empat angka terakhir tidak boleh 0000 (nomor urut mulai dari "
        "0001). Salin ulang NIK dari KTP.",
        "NIK '{nik}' is not valid: the last four digits are never 0000 (the serial starts at "
        "0001). Copy the NIK from the ID card again."),
    "attach.already_has_file_cli": (
        "{requirement} sudah memiliki berkas ({existing}); butir ini hanya menerima satu "
        "berkas. Lepaskan berkas lama dulu (lsp-desktop remove), atau tambahkan --replace.",
        "{requirement} already has a file ({existing}); this item takes one file only. "
        "Remove the old file first (lsp-desktop remove), or add --replace."),
    "catalog.too_large": (
        "{file} terlalu besar untuk berkas katalog surat edaran. Periksa berkasnya.",
        "{file} is too large for a circular's catalogue file. Check the file."),
    "catalog.cannot_keep": (
        "Surat edaran tidak dapat disimpan ke {path} ({reason}); tidak ada yang berubah. "
        "Pastikan disk tidak penuh, lalu coba lagi.",
        "The circular cannot be kept in {path} ({reason}); nothing changed. Make sure the "
        "disk is not full, then try again."),
    "catalog.id_taken": (
        "Katalog '{id}' sudah ada di aplikasi; berkas ini tidak ditambahkan. Beri id lain "
        "di bagian [catalog] bila isinya memang berbeda.",
        "The catalogue '{id}' already ships with the application; this file was not added. "
        "Give it another id under [catalog] if its content really differs."),
    "catalog.replace_asks": (
        "Surat edaran {number} ('{id}') sudah ditambahkan sebelumnya, dan berkas ini "
        "mengubah butir-butirnya. Belum ada yang diganti. Di bawah ini yang akan terjadi pada "
        "ruang kerja yang mengikutinya; berkas yang sudah dilampirkan tidak dihapus.",
        "The circular {number} ('{id}') was added before, and this file changes its items. "
        "Nothing has been replaced yet. Below is what would happen to a workspace that "
        "follows it; files already attached are not deleted."),
    "catalog.unknown_id": (
        "Surat edaran '{id}' tidak dikenal. Lihat daftarnya: lsp-desktop circulars.",
        "Unknown circular '{id}'. See the list: lsp-desktop circulars."),
    "import.status_yes_no": (
        "Status SIAPkerja '{value}' tidak menyebut tahapnya. Tulis tahapnya, atau beri judul "
        "kolom \"Sudah submit\" atau \"Sudah daftar\" agar ya/tidak dapat dibaca. "
        "Yang dipahami: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit);"
        ' di kolom berjudul "Sudah submit": ya; di kolom "Sudah daftar": ya atau tidak.',
        "SIAPkerja status '{value}' does not say which step. Write the step, or title the "
        "column \"Sudah submit\" or \"Sudah daftar\" so that yes/no can be read. "
        "Understood: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit); in"
        ' a column titled "Sudah submit": ya; in a column "Sudah daftar": ya or tidak.'),
    "import.status_ambiguous": (
        "Status SIAPkerja '{value}' dapat berarti lebih dari satu tahap (belum daftar, "
        "terdaftar, atau data diri lengkap tetapi belum kirim): tulis tahapnya. "
        "Yang dipahami: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit);"
        ' di kolom berjudul "Sudah submit": ya; di kolom "Sudah daftar": ya atau tidak.',
        "SIAPkerja status '{value}' could mean more than one step (not registered, "
        "registered, or data complete but not submitted): write the step. "
        "Understood: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit); in"
        ' a column titled "Sudah submit": ya; in a column "Sudah daftar": ya or tidak.'),
    "import.status_not_submitted_step": (
        "Kolom \"Sudah submit\" berisi '{value}': orang ini belum mengirim (submit), atau "
        "tandanya tidak jelas, dan tahapnya tidak disebut. Tulis di kolom status SIAPkerja: "
        "belum daftar, terdaftar atau data diri lengkap. "
        "Yang dipahami: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit);"
        ' di kolom berjudul "Sudah submit": ya; di kolom "Sudah daftar": ya atau tidak.',
        "The \"Sudah submit\" column says '{value}': this person has not submitted, or the "
        "mark is unclear, and the step is not said. Write it in the SIAPkerja status column: "
        "belum daftar, terdaftar or data diri lengkap. "
        "Understood: belum daftar, terdaftar, data diri lengkap, sudah kirim (submit); in"
        ' a column titled "Sudah submit": ya; in a column "Sudah daftar": ya or tidak.'),
    "report.write_failed": (
        "Daftar kekurangan tidak dapat ditulis ke {path} ({reason}). Pilih folder lain.",
        "The missing-items list cannot be written to {path} ({reason}). Choose another "
        "folder."),
    "report.written": ("Daftar kekurangan disimpan: {path}",
                       "The missing-items list was saved: {path}"),
    "pasfoto.pdf": (
        "Pasfoto berupa PDF: tidak dapat diperiksa warna latarnya. Simpan fotonya sebagai "
        "JPG atau PNG, lalu lampirkan lagi.",
        "The passport photo is a PDF, so its background cannot be checked. Save the photo "
        "as JPG or PNG and attach it again."),
    "size.photo_too_large": (
        "Foto terlalu besar: {size}, batasnya {limit_mb} MB. Perkecil fotonya (aplikasi ini dapat "
        "membuat salinan yang lebih kecil), atau ambil ulang dengan resolusi kamera lebih "
        "rendah.",
        "The photo is too large: {size}, the limit is {limit_mb} MB. Shrink it (this app "
        "can make a smaller copy), or take it again at a lower camera resolution."),
    "assessor.key_not_found": (
        "Tidak ada asesor bernama atau ber-NIK '{key}'. Periksa ejaannya, atau tambahkan "
        "dulu asesornya ke daftar personel (butir {roster_point}) dengan peran Asesor: di "
        "jendela, atau lsp-desktop import-table people BERKAS.xlsx.",
        "No assessor named '{key}' or with that NIK. Check the spelling, or first add the "
        "assessor to the personnel list (item {roster_point}) with the role Asesor: in the "
        "window, or lsp-desktop import-table people FILE.xlsx."),
}
