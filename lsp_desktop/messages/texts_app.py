"""Messages of the workspace, the catalogue and the command line.

code: (Indonesian, English); values in {braces} come from the finding or error.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "catalog.missing": (
        "Katalog persyaratan {file} tidak ditemukan. Pasang ulang aplikasi.",
        "The requirement catalogue {file} was not found. Reinstall the application."),
    "catalog.invalid_file": (
        "Katalog persyaratan {file} tidak sah: {problem}. Perbaiki berkas katalog atau pasang "
        "ulang aplikasi.",
        "The requirement catalogue {file} is invalid: {problem}. Fix the catalogue file or "
        "reinstall the application."),
    "catalog.invalid": (
        "Katalog persyaratan {file} tidak sah: butir {item}, isian {field}: {problem}. "
        "Perbaiki berkas katalog atau pasang ulang aplikasi.",
        "The requirement catalogue {file} is invalid: item {item}, field {field}: {problem}. "
        "Fix the catalogue file or reinstall the application."),
    "catalog.added_invalid": (
        "Berkas surat edaran {file} tidak dapat dipakai: butir {item}, isian {field}: "
        "{problem}. Tidak ada yang diubah. Minta berkas yang benar kepada pengirimnya.",
        "The circular file {file} cannot be used: item {item}, field {field}: {problem}. "
        "Nothing was changed. Ask its sender for a correct file."),
    "catalog.added_invalid_file": (
        "Berkas surat edaran {file} tidak dapat dipakai: {problem}. Tidak ada yang diubah. "
        "Minta berkas yang benar kepada pengirimnya.",
        "The circular file {file} cannot be used: {problem}. Nothing was changed. Ask its "
        "sender for a correct file."),
    "catalog.added_missing": (
        "Berkas {file} tidak ditemukan atau bukan berkas biasa. Periksa nama dan tempatnya.",
        "The file {file} was not found or is not a regular file. Check its name and place."),
    "catalog_problem.missing": ("belum diisi", "missing"),
    "catalog_problem.empty": ("kosong", "empty"),
    "catalog_problem.wrong_kind": ("seharusnya {kind}, tertulis {found}",
                                   "should be {kind}, found {found}"),
    "catalog_problem.not_words": ("seharusnya daftar kata, tertulis {found}",
                                  "should be a list of words, found {found}"),
    "catalog_problem.window_order": ("tanggal akhir sebelum tanggal mulai",
                                     "the end date is before the start date"),
    "catalog_problem.unknown_choice": ("tertulis {found}; yang dikenal: {known}",
                                       "found {found}; known: {known}"),
    "catalog_problem.not_table": ("entri ke-{index} bukan tabel",
                                  "entry {index} is not a table"),
    "catalog_problem.no_entries": ("tidak berisi entri", "has no entries"),
    "catalog_problem.point": ("seharusnya nomor seperti 2.9 (angka 0-9, paling banyak tiga "
                              "digit per bagian), tertulis {found}",
                              "should be a number like 2.9 (digits 0-9, at most three per "
                              "part), found {found}"),
    "catalog_problem.id_grammar": (
        "seharusnya kode dari huruf kecil a-z dan angka 0-9 yang disambung tanda hubung "
        "biasa (-), paling panjang 40 karakter, tanpa spasi atau tanda lain; tertulis {found}",
        "should be a code of lower-case letters a-z and digits 0-9 joined by plain hyphens "
        "(-), at most 40 characters, with no space or other sign; found {found}"),
    "catalog_problem.type_grammar": (
        "seharusnya kode dari huruf A-Z atau a-z dan angka 0-9 yang disambung tanda hubung "
        "biasa (-), paling panjang 40 karakter; tertulis {found}",
        "should be a code of letters A-Z or a-z and digits 0-9 joined by plain hyphens (-), "
        "at most 40 characters; found {found}"),
    "catalog_problem.bad_character": (
        "berisi karakter kendali atau karakter tak terlihat ({found}); hapus karakter itu",
        "holds a control or invisible character ({found}); remove it"),
    "catalog_problem.number_range": (
        "seharusnya bilangan dari 0 sampai {limit}, tertulis {found}",
        "should be a number from 0 to {limit}, found {found}"),
    "catalog_problem.too_deep": (
        "isinya bersarang terlalu dalam (lebih dari 16 tingkat); ini bukan berkas surat "
        "edaran yang wajar",
        "its content is nested too deep (more than 16 levels); this is not a normal "
        "circular file"),
    "catalog_problem.file_needs": ("wajib diisi untuk butir berkas",
                                   "required for a file item"),
    "catalog_problem.only_for": ("hanya untuk butir berbentuk {form}",
                                 "only for an item of form {form}"),
    "catalog_problem.keywords": ("setiap kata kunci harus huruf kecil dan tidak kosong",
                                 "each keyword must be lower-case and not empty"),
    "catalog_problem.used_twice": ("dipakai dua kali", "used twice"),
    "catalog_problem.held_twice": ("{found} dipegang oleh dua butir",
                                   "{found} is held by two items"),
    "catalog_problem.not_text": ("berkas ini bukan teks (mungkin gambar atau dokumen lain), "
                                 "bukan berkas surat edaran",
                                 "this is not a text file (perhaps a picture or another "
                                 "document), not a circular file"),
    "catalog_problem.not_toml": ("penulisannya tidak sah di baris {line}, kolom {column}",
                                 "it is not written correctly at line {line}, column {column}"),
    "requirement.unknown": (
        "Butir persyaratan '{requirement}' tidak dikenal. Pilih salah satu dari: {known}.",
        "Unknown requirement '{requirement}'. Choose one of: {known}."),
    "requirement.not_file": (
        "Butir {requirement} tidak menerima berkas (bentuknya: {form}). Pilih butir yang "
        "meminta berkas.",
        "Item {requirement} does not take files (its form is: {form}). Choose an item that "
        "asks for a file."),
    "requirement.not_link": (
        "Butir {requirement} tidak menerima tautan (bentuknya: {form}). Pilih butir yang "
        "meminta tautan Google Drive.",
        "Item {requirement} does not take a link (its form is: {form}). Choose an item that "
        "asks for a Google Drive link."),
    "attach.refused": (
        "{name} tidak dilampirkan ke {requirement}: {reason}",
        "{name} was not attached to {requirement}: {reason}"),
    "attach.already_has_file": (
        "{requirement} sudah memiliki berkas ({existing}); butir ini hanya menerima satu "
        "berkas. Hapus berkas lama dulu atau gunakan Ganti.",
        "{requirement} already has a file ({existing}); this item takes one file only. "
        "Remove the old file first or use Replace."),
    "document.not_found": (
        "Tidak ada berkas terlampir pada {requirement} yang cocok. Periksa nama berkasnya, "
        "lalu coba lagi.",
        "No file attached to {requirement} matches. Check the file name, then try again."),
    "workspace.newer": (
        "Ruang kerja {path} dibuat oleh versi LSP Desktop yang lebih baru (format data versi "
        "{found}, "
        "versi ini mengenal sampai {known}). Perbarui aplikasi untuk membukanya; berkas "
        "tidak diubah.",
        "The workspace {path} was made by a newer LSP Desktop (data format version {found}; this "
        "version "
        "knows up to {known}). Update the application to open it; the file was not changed."),
    "workspace.other_catalog": (
        "Ruang kerja {path} mengikuti surat edaran lain ({found}), bukan {expected}, dan "
        "surat edaran itu belum dikenal aplikasi ini. Tambahkan dulu berkas surat edarannya "
        "(Berkas > Tambah surat edaran dari berkas…, atau lsp-desktop circulars --add "
        "BERKAS.toml), lalu buka lagi. Ruang kerja tidak diubah.",
        "The workspace {path} follows another circular ({found}), not {expected}, and this "
        "app does not know that circular yet. Add its file first (File > Add circular from "
        "file…, or lsp-desktop circulars --add FILE.toml), then open it again. The workspace "
        "was not changed."),
    "workspace.damaged": (
        "Ruang kerja {path} rusak: bagian {found} tidak ada lagi di dalamnya. Berkas ini "
        "tidak diubah. Pulihkan dari salinan cadangan, atau buka bundel terakhir sebagai "
        "ruang kerja baru.",
        "The workspace {path} is damaged: its part {found} is gone. The file was not "
        "changed. Restore it from a backup copy, or open the latest bundle as a new "
        "workspace."),
    "workspace.damaged_part": (
        "Sebagian isi ruang kerja rusak dan tidak dapat dibaca. Yang masih terbaca tidak "
        "diubah. Pulihkan ruang kerja dari salinan cadangan, atau buka bundel terakhir "
        "sebagai ruang kerja baru. Untuk staf IT, rinciannya ada di {log}.",
        "Part of the workspace is damaged and cannot be read. What can still be read was "
        "not changed. Restore the workspace from a backup copy, or open the latest bundle "
        "as a new workspace. For IT staff, the details are in {log}."),
    "workspace.not_workspace": (
        "{path} bukan ruang kerja LSP Desktop atau sudah rusak. Pilih berkas ruang kerja "
        "yang benar (.lspws); berkas ini tidak diubah.",
        "{path} is not an LSP Desktop workspace, or it is damaged. Choose the right workspace "
        "file (.lspws); this file was not changed."),
    "workspace.cannot_open": (
        "Ruang kerja {path} tidak dapat dibuka ({reason}). Periksa foldernya dan sisa ruang "
        "disk, lalu coba lagi.",
        "The workspace {path} cannot be opened ({reason}). Check its folder and the free disk "
        "space, then try again."),
    "workspace.write_failed": (
        "Perubahan tidak tersimpan ({reason}); data yang sudah tersimpan tetap utuh. "
        "Kosongkan ruang disk lalu coba lagi.",
        "The change was not saved ({reason}); what was saved before is intact. Free some disk "
        "space and try again."),
    "profile.bad_type": (
        "Jenis LSP '{value}' tidak dikenal. Pilih P1, P2 atau P3.",
        "Unknown LSP type '{value}'. Choose P1, P2 or P3."),
    "profile.bad_category": (
        "Kategori '{value}' tidak dikenal untuk jenis {lsp_type}. Pilih salah satu dari: "
        "{known}.",
        "Category '{value}' is not known for type {lsp_type}. Choose one of: {known}."),
    "profile.licence_shape": (
        "Nomor lisensi '{licence}' tidak berbentuk seperti biasanya (BNSP-LSP-2629-ID); "
        "periksa lagi.",
        "The licence number '{licence}' does not look like the usual BNSP-LSP-2629-ID; "
        "check it."),
    "profile.bad_skkk": (
        "Nilai SKKK '{value}' tidak dikenal. Tulis ya atau tidak.",
        "Unknown SKKK value '{value}'. Write yes or no."),
    "cli.usage": (
        "Perintah tidak lengkap atau salah: {detail}. Lihat petunjuk: lsp-desktop --help",
        "The command is incomplete or wrong: {detail}. See the help: lsp-desktop --help"),
    "cli.no_display": (
        "Jendela aplikasi tidak dapat dibuka ({reason}). Baris perintah tetap dapat dipakai: "
        "lsp-desktop --help",
        "The application window cannot be opened ({reason}). The command line still works: "
        "lsp-desktop --help"),
    "cli.linux_library": (
        "Jendela membutuhkan pustaka sistem {package}. Pasang dengan: sudo apt install "
        "{package}",
        "The window needs the system library {package}. Install it with: sudo apt install "
        "{package}"),
    # Where the app runs (paths.start_warning), said above the list when the window opens.
    "start.inside_zip": (
        "LSP Desktop sedang berjalan dari dalam berkas ZIP yang belum diekstrak. Salinan ini "
        "sementara: bisa hilang saat jendela ZIP ditutup, dan sebagian fiturnya bisa gagal "
        "dibuka. Tutup LSP Desktop, klik kanan berkas ZIP yang diunduh > \"Extract All\" "
        "(Ekstrak Semua) > Extract, lalu buka \"LSP Desktop.exe\" dari folder hasil ekstrak. "
        "Atau pasang dengan berkas \"-setup.exe\".",
        "LSP Desktop is running from inside a ZIP file that was not extracted. This copy is "
        "temporary: it may vanish when the ZIP window is closed, and parts of it may fail "
        "to open. Close LSP Desktop, right-click the downloaded ZIP file > \"Extract All\" > "
        "Extract, then open \"LSP Desktop.exe\" from the extracted folder. Or install it "
        "with the \"-setup.exe\" file."),
    # The note beside the folder in the Windows portable zip (.github/workflows/build.yml),
    # seen when the admin opens the zip without extracting it.
    "package.extract_first": (
        "Jangan jalankan LSP Desktop dari dalam berkas ZIP ini. Klik kanan berkas ZIP > \"Extract "
        "All\" (Ekstrak Semua) > Extract. Lalu buka folder \"LSP Desktop\" hasil ekstrak "
        "dan klik dua kali \"LSP Desktop.exe\" (yang bergambar ikon aplikasi). Saat pertama "
        "dibuka, Windows mungkin menampilkan \"Windows telah memproteksi PC Anda\": klik "
        "\"Info selengkapnya\", lalu \"Tetap jalankan\".",
        "Do not run LSP Desktop from inside this ZIP file. Right-click the ZIP file > \"Extract "
        "All\" > Extract. Then open the extracted \"LSP Desktop\" folder and double-click "
        "\"LSP Desktop.exe\" (the one with the app's icon). The first time, Windows may say "
        "\"Windows protected your PC\": click \"More info\", then \"Run anyway\"."),
    "start.translocated": (
        "macOS menjalankan LSP Desktop dari salinan sementara, karena aplikasi dibuka "
        "langsung dari folder unduhan. Folder \"LSP Desktop Data\" di samping aplikasi "
        "(jika ada) tidak terbaca; data Anda disimpan di {home}. Agar tidak terjadi lagi: "
        "tutup LSP Desktop, seret \"LSP Desktop\" ke folder Applications, lalu buka dari "
        "sana.",
        "macOS is running LSP Desktop from a temporary copy, because the app was opened "
        "straight from the downloads folder. A \"LSP Desktop Data\" folder beside the app "
        "(if there is one) cannot be read; your data is kept in {home}. To stop this: close "
        "LSP Desktop, drag \"LSP Desktop\" into the Applications folder, then open it from "
        "there."),
    "internal": (
        "Terjadi kesalahan tak terduga di aplikasi. Data yang sudah tersimpan tetap aman. "
        "Coba lagi; jika berulang, kirim berkas log {log} ke staf IT.",
        "An unexpected error occurred in the application. What was saved is safe. Try "
        "again; if it "
        "happens again, send the log file {log} to your IT staff."),
    "fix.no_images": ("Tidak ada gambar untuk dijadikan PDF.", "No pictures to turn into a PDF."),
    "fix.failed": (
        "Berkas tidak dapat diperbaiki otomatis. Perbaiki dengan aplikasi lain (mis. simpan "
        "sebagai PDF atau perkecil foto), lalu lampirkan lagi.",
        "The file could not be fixed automatically. Fix it with another application (save it "
        "as PDF or make the photo smaller), then attach it again."),
    "fix.too_many_pages": (
        "{count} halaman foto tidak muat dalam 2 MB meskipun sudah diperkecil. Pindai ulang "
        "dengan resolusi lebih rendah atau bagi dokumennya.",
        "{count} photographed pages do not fit in 2 MB even when reduced. Scan again at a "
        "lower resolution or split the document."),
    # 2.11: the documents of each assessor prepared in the app.
    "assessor_files.document_problem": (
        "{name}, {document} ({file}): {problem} Lalu lampirkan ulang berkasnya untuk asesor "
        "ini.",
        "{name}, {document} ({file}): {problem} Then attach the file again for this assessor."),
    "assessor_files.none_here": (
        "Belum ada dokumen di aplikasi untuk asesor: {names}. Pastikan KTP, Sertifikat "
        "Kompetensi Teknis, Ijazah dan Pasfoto (latar belakang merah) mereka ada di folder "
        "Google Drive, atau "
        "siapkan di LSP Desktop (butir {documents_point}).",
        "No documents in the app yet for the assessors: {names}. Make sure their KTP, "
        "technical competence certificate, diploma and passport photo (red background) are in "
        "the Google Drive folder, "
        "or prepare them in LSP Desktop (item {documents_point})."),
    "drive_folder.write_failed": (
        "Folder Drive tidak dapat ditulis di {path} ({reason}). Tidak ada berkas yang "
        "ditulis, dan folder yang sempat dibuat sudah dihapus lagi. Kosongkan ruang disk "
        "atau pilih folder lain.",
        "The Drive folder cannot be written in {path} ({reason}). No file was written, and "
        "the folders made on the way were removed again. Free some disk space or choose "
        "another folder."),
    "drive_folder.partly_written": (
        "Folder Drive di {path} hanya tertulis sebagian: {done} dari {total} berkas sudah "
        "di tempatnya sebelum gagal ({reason}). Periksa foldernya, lalu ekspor lagi dengan "
        "persetujuan menimpa.",
        "The Drive folder in {path} was only partly written: {done} of {total} files were "
        "in place before it failed ({reason}). Check the folder, then export again, "
        "agreeing to replace."),
    "drive_folder.link": (
        "{path} adalah pintasan (symlink) ke tempat lain, bukan folder biasa. Dokumen "
        "pribadi asesor tidak ditulis ke sana; tidak ada berkas yang ditulis. Hapus pintasan itu "
        "atau pilih folder lain.",
        "{path} is a shortcut (symlink) to another place, not an ordinary folder. The "
        "assessors' personal documents are not written there; nothing was written. Remove "
        "the shortcut or choose another folder."),
    "drive_folder.would_replace": (
        "{count} berkas di folder {path} sudah ada dengan nama yang sama (misalnya {file}) "
        "dan akan tertimpa. Tidak ada yang ditulis. Pilih folder kosong, atau setujui "
        "penggantiannya.",
        "{count} files in the folder {path} already have the same names (for example "
        "{file}) and would be replaced. Nothing was written. Choose an empty folder, or "
        "agree to replace them."),
    "attach.not_required_kept": (
        "Catatan: {requirement} tidak wajib untuk LSP ini (menurut profil LSP). Berkasnya "
        "disimpan di ruang kerja, tetapi tidak dimasukkan ke bundel.",
        "Note: {requirement} is not required of this LSP (by its profile). The file is kept "
        "in the workspace but not put in the bundle."),
    "attach.already_attached": (
        "{name} sudah terlampir pada {requirement} (sebagai {existing}): isinya sama persis. "
        "Tidak ada yang diubah.",
        "{name} is already attached to {requirement} (as {existing}): the very same "
        "content. Nothing was changed."),
    "attach.fixed_already_attached": (
        "Hasil perbaikan dari {count} berkas ini sama persis dengan {existing} yang sudah "
        "terlampir pada {requirement}. Tidak ada yang diubah.",
        "What --fix makes of these {count} file(s) is the very same as {existing}, already "
        "attached to {requirement}. Nothing was changed."),
    "attach.one_file_only": (
        "{count} berkas diberikan, tetapi {requirement} hanya menerima satu berkas; pilih "
        "satu. Tidak ada yang dilampirkan.",
        "{count} files were given, but {requirement} takes one file only; choose one. "
        "Nothing was attached."),
    "attach.one_file_only_combine": (
        "{count} berkas diberikan, tetapi {requirement} hanya menerima satu berkas; pilih "
        "satu, atau gunakan --fix untuk menggabungkan foto/PDF itu menjadi satu PDF. Tidak "
        "ada yang dilampirkan.",
        "{count} files were given, but {requirement} takes one file only; choose one, or "
        "use --fix to combine the photos/PDFs into one PDF. Nothing was attached."),
    "cli.usage_of": (
        "Perintah tidak lengkap atau salah: {detail}. Lihat petunjuk: {command} --help",
        "The command is incomplete or wrong: {detail}. See the help: {command} --help"),
}
