"""Messages of the input gate and of the operating system's refusals, in plain words.

code: (Indonesian, English); values in {braces} come from the finding or error.
"""

# Why the system refused: shown in place of the OS's or SQLite's own English text.
REASONS: dict[str, tuple[str, str]] = {
    "os.disk_full": ("disk penuh", "the disk is full"),
    "os.permission": ("akun ini tidak diizinkan menulis atau membaca di sana",
                      "this account may not read or write there"),
    "os.read_only": ("disk atau folder itu hanya-baca", "the disk or folder is read-only"),
    "os.not_found": ("folder atau berkas itu tidak ada", "that folder or file does not exist"),
    "os.is_folder": ("itu sebuah folder", "that is a folder"),
    "os.name_too_long": ("nama atau jalurnya terlalu panjang", "the name or path is too long"),
    "os.busy": ("ruang kerja sedang dipakai program lain", "another program is using the "
                "workspace"),
    "os.in_use": ("berkas itu sedang dibuka di program lain, misalnya Excel atau pembaca "
                  "PDF: tutup berkas itu di program tersebut, lalu coba lagi",
                  "the file is open in another program, Excel or a PDF viewer say: close it "
                  "in that program, then try again"),
    "os.cloud_only": ("berkas itu hanya ada di OneDrive (atau penyimpanan awan lain), belum "
                      "diunduh ke laptop ini: sambungkan internet, di File Explorer klik kanan "
                      "berkas itu > \"Selalu simpan di perangkat ini\" (Always keep on this "
                      "device), tunggu sampai selesai diunduh, lalu coba lagi",
                      "the file is kept only in OneDrive (or another cloud storage) and is not "
                      "downloaded to this laptop: connect to the internet, right-click the "
                      "file in File Explorer > \"Always keep on this device\", wait until it "
                      "is downloaded, then try again"),
    "os.io": ("disk gagal membaca atau menulis", "the disk failed to read or write"),
    "os.changing": ("berkas sedang berubah", "the file is changing"),
    "os.other": ("sistem menolak", "the system refused"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "file.special": (
        "{path} bukan berkas biasa (misalnya perangkat atau pipa), jadi tidak dibuka. "
        "Pilih berkas dokumennya.",
        "{path} is not an ordinary file (a device or a pipe, say), so it was not opened. "
        "Choose the document file."),
    "file.too_large_to_open": (
        "{path} berukuran {size}, di atas batas {limit_binary} yang aman dibuka. Berkas "
        "tidak dibaca. Pilih dokumen yang benar atau perkecil dulu.",
        "{path} is {size}, above the {limit_binary} that is safe to open. It was not read. "
        "Choose the right document or make it smaller first."),
    "workspace.busy": (
        "Ruang kerja sedang dipakai program lain (mis. jendela LSP Desktop yang lain). "
        "Perubahan tidak tersimpan; tutup program itu lalu coba lagi.",
        "The workspace is in use by another program (another LSP Desktop window, say). The "
        "change was not saved; close that program and try again."),
    "workspace.missing": (
        "Ruang kerja {path} tidak ditemukan. Periksa penulisan jalurnya; ruang kerja baru dibuat "
        "dengan perintah 'profile' atau dari jendela aplikasi.",
        "The workspace {path} does not exist. Check how the path is spelt; a new workspace "
        "is made with the 'profile' command or from the application window."),
    "workspace.not_a_file": (
        "{path} bukan berkas ruang kerja (itu folder, perangkat atau pipa). Pilih berkas "
        ".lspws.",
        "{path} is not a workspace file (it is a folder, a device or a pipe). Choose a "
        ".lspws file."),
    "field.too_long": (
        "Isian '{field}' terlalu panjang ({length} karakter; paling banyak {limit}). "
        "Persingkat lalu simpan lagi.",
        "The field '{field}' is too long ({length} characters; at most {limit}). Shorten "
        "it and save again."),
    "field.control_character": (
        "Isian '{field}' memuat karakter kendali tak terlihat ({found}), biasanya terbawa "
        "saat menyalin dari program lain. Ketik ulang isian itu lalu simpan lagi.",
        "The field '{field}' holds an invisible control character ({found}), usually "
        "carried over when copying from another program. Type the field again and save."),
    "table.write_failed": (
        "Tabel {path} tidak dapat ditulis ({reason}). Tidak ada berkas setengah jadi yang "
        "tertinggal. Pilih folder lain atau kosongkan ruang disk.",
        "The table {path} could not be written ({reason}). No half-written file was left. "
        "Choose another folder or free some disk space."),
    "table.too_large": (
        "{path} terlalu besar untuk dibaca dengan aman (isinya lebih dari {limit_binary} "
        "setelah dibuka). Simpan hanya lembar dan kolom yang diperlukan lalu coba lagi.",
        "{path} is too large to read safely (more than {limit_binary} once unpacked). Keep "
        "only the sheet and columns needed and try again."),
    "table.cell_too_long": (
        "{path} baris {line}: satu sel berisi lebih dari {limit} karakter. Persingkat isinya, "
        "lalu coba lagi.",
        "{path} row {line}: a cell holds more than {limit} characters. Shorten it, then try "
        "again."),
    "table.too_many_columns": (
        "{path}: lembar pertamanya berisi sel sampai kolom ke-{column}, lebih dari {limit} "
        "kolom yang dapat dibaca. Hapus kolom dan sel yang tidak diperlukan (tekan Ctrl+End "
        "di Excel untuk menemukan sel terjauh), simpan, lalu coba lagi.",
        "{path}: its first sheet has cells as far as column {column}, more than the {limit} "
        "columns that can be read. Delete the columns and cells not needed (Ctrl+End in "
        "Excel finds the farthest cell), save, and try again."),
    "table.encoding": (
        "{path} memakai penyandian huruf yang tidak dikenali (mis. GB18030 atau UTF-16 "
        "tanpa penanda). Di Excel pilih Simpan Sebagai > 'CSV UTF-8' lalu coba lagi.",
        "{path} uses a character encoding that is not recognised (GB18030 or UTF-16 "
        "without a marker, say). In Excel choose Save As > 'CSV UTF-8' and try again."),
    "bundle.manifest_invalid": (
        "Daftar isi bundel tidak sesuai bentuknya: {problem}. Bundel RUSAK atau "
        "dibuat program lain; minta pengirimnya mengirim ulang.",
        "The bundle contents list does not have the expected shape: {problem}. The bundle "
        "is DAMAGED or made by another program; ask for it to be sent again."),
    "bundle.manifest_unreadable": (
        "Daftar isi bundel (manifest.json) rusak dan tidak dapat dibaca: isinya bersarang "
        "jauh lebih dalam daripada bundel mana pun. Bundel RUSAK atau dibuat program lain; "
        "minta pengirimnya mengirim ulang.",
        "The bundle contents list (manifest.json) is damaged and cannot be read: it is "
        "nested far deeper than any bundle is. The bundle is DAMAGED or made by another "
        "program; ask for it to be sent again."),
    "bundle.manifest_bad_text": (
        "Daftar isi bundel (manifest.json) rusak dan tidak dapat dibaca: sebuah teks di "
        "dalamnya memuat separuh huruf, yang tidak pernah ditulis aplikasi ini. Bundel RUSAK "
        "atau dibuat program lain; minta pengirimnya mengirim ulang.",
        "The bundle contents list (manifest.json) is damaged and cannot be read: a text in "
        "it holds half a character, which this app never writes. The bundle is DAMAGED or "
        "made by another program; ask for it to be sent again."),
    "bundle.unknown_format": (
        "Bundel ini berformat '{format}' versi {version}, yang tidak dikenal versi LSP "
        "Desktop ini. Perbarui aplikasi, atau minta bundel dari LSP Desktop.",
        "This bundle is of format '{format}' version {version}, which this LSP Desktop does "
        "not know. Update the application, or ask for a bundle made by LSP Desktop."),
    "import.cannot_write": (
        "Ruang kerja {path} tidak dapat dibuat ({reason}). Tidak ada berkas yang tertinggal. "
        "Pilih folder lain.",
        "The workspace {path} could not be made ({reason}). Nothing was left behind. "
        "Choose another folder."),
    "bundle.sha256": (
        "SHA-256 bundel: {sha256}\nKirim kode ini lewat jalur lain (email, pesan, atau tulis "
        "pada ringkasan yang ditandatangani): penerima dapat memastikan bundelnya sama.",
        "Bundle SHA-256: {sha256}\nSend this code by another channel (e-mail, a message, or "
        "written on the signed summary): the recipient can make sure the bundle is the same."),
}
