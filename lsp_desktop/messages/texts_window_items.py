"""Window words added for the items work: English written in ``tr("…")`` -> Indonesian.

Kept apart from texts_window.py so parallel work on different panels does not collide;
texts_window.py merges it into the one table the window reads.
"""

TEXTS: dict[str, str] = {
    "a file being checked":
        "berkas yang sedang diperiksa",
    "The items are still being checked; export again in a moment.":
        "Butir-butir masih diperiksa; ekspor lagi sebentar lagi.",
    "What became of the dropped files":
        "Apa yang terjadi pada berkas yang diletakkan",
    "Replaced":
        "Diganti",
    "{n} attached":
        "{n} dilampirkan",
    "Attached ({n})":
        "Dilampirkan ({n})",
    "Open an item that is not ready to see what to fix.":
        "Buka butir yang belum siap untuk melihat apa yang perlu diperbaiki.",
    "Not attached ({n})":
        "Tidak dilampirkan ({n})",
    "Skipped: the item already has a file ({n})":
        "Dilewati: butirnya sudah berisi berkas ({n})",
    "Left out by you ({n})":
        "Tidak Anda lampirkan ({n})",
    "You left these on \"— do not attach —\". Drop them again to attach them.":
        "Berkas ini Anda biarkan pada \"— jangan lampirkan —\". Letakkan lagi untuk "
        "melampirkannya.",
    "{n} not attached":
        "{n} tidak dilampirkan",
    "{n} skipped: the item already has a file":
        "{n} dilewati karena butirnya sudah berisi berkas",
    "{n} left out by you":
        "{n} tidak Anda lampirkan",
    "{total} files:":
        "{total} berkas:",
    "Replace {old} with {new}":
        "Ganti {old} dengan {new}",
    "{n} more files were not looked at: at most {max} files are taken in one go. Drop the "
    "rest in a second go.":
        "{n} berkas lainnya tidak diperiksa: paling banyak {max} berkas diterima sekaligus. "
        "Letakkan sisanya sekali lagi.",
    "This item takes one file and holds {current}. Replace it with this one?":
        "Butir ini hanya menerima satu berkas dan sudah berisi {current}. Ganti dengan berkas ini?",
    "No file was found in what you dropped (hidden files such as Thumbs.db are not taken). "
    "Drop the documents themselves, or the folder that holds them.":
        "Tidak ada berkas di antara yang Anda letakkan (berkas tersembunyi seperti Thumbs.db "
        "tidak diambil). Letakkan dokumennya sendiri, atau folder yang berisi dokumen itu.",
    "That is more than {max} files at once; nothing was attached. Drop fewer files.":
        "Itu lebih dari {max} berkas sekaligus; tidak ada yang dilampirkan. Letakkan lebih "
        "sedikit berkas.",
    "The file was not stored. Fix it or find the right one, then drop it here or click Choose"
    " file…":
        "Berkas tidak disimpan. Perbaiki atau cari berkas yang benar, lalu letakkan di sini "
        "atau klik Pilih berkas…",
    "This file cannot be previewed.":
        "Pratinjau berkas ini tidak dapat ditampilkan.",
    "Not attached":
        "Tidak dilampirkan",
    "Close this message":
        "Tutup pesan ini",
    "Files not attached":
        "Berkas yang tidak dilampirkan",
    "'{title}' takes no files: it is filled in here in the app. Drop the file on the item "
    "that asks for it.":
        "'{title}' tidak menerima berkas: butir ini diisi di aplikasi. Letakkan berkasnya "
        "pada butir yang memintanya.",
    "Another file was given to this item meanwhile; that one was kept.":
        "Sementara itu butir ini sudah diberi berkas lain; berkas itulah yang disimpan.",
    "The file was not stored. Fix it or find the right one, then drop it again.":
        "Berkas tidak disimpan. Perbaiki atau cari berkas yang benar, lalu letakkan lagi.",
    "Attach {name}":
        "Lampirkan {name}",
    "Compressing {name}…":
        "Mengompres {name}…",
    "{document} of {person} compressed: {before} → {after}.":
        "{document} milik {person} dikompres: {before} → {after}.",
    "Replace files in this folder?":
        "Timpa berkas di folder ini?",
    "{n} files in {path} already have the same names and would be replaced, for example "
    "{file}. Replace them? Other files there are not touched.":
        "{n} berkas di {path} sudah ada dengan nama yang sama dan akan tertimpa, misalnya "
        "{file}. Timpa? Berkas lain di sana tidak diubah.",
    # The checklist's search box (ui/widgets/checklist_filter.py)
    "Search: item number or name (Ctrl+F)":
        "Cari: nomor atau nama butir (Ctrl+F)",
    "Search the checklist":
        "Cari di daftar periksa",
    "No item matches \u201c{text}\u201d.":
        "Tidak ada butir yang cocok dengan \u201c{text}\u201d.",
    # After an export, after the printable list (ui/shell/bundle_actions.py)
    "Open folder":
        "Buka folder",
    "Copy SHA-256":
        "Salin SHA-256",
    "SHA-256 copied: paste it where the receiver checks the bundle.":
        "SHA-256 disalin: tempelkan di tempat penerima memeriksa bundel.",
    # The drop summary once photos replaced an item's file as one PDF (issue F3, point 5)
    "Replaced with one PDF of {n} photos.":
        "Diganti dengan satu PDF dari {n} foto.",
    "Replaced with one PDF of {n} photo.":
        "Diganti dengan satu PDF dari {n} foto.",
    # The profile's empty licence field (ui/panels/profile.py), an example, not a value
    "e.g. BNSP-LSP-…":
        "contoh: BNSP-LSP-…",
}
