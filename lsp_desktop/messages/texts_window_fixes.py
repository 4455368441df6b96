"""Window words added for the fixes work: English written in ``tr("…")`` -> Indonesian.

Kept apart from texts_window.py so parallel work on different panels does not collide;
texts_window.py merges it into the one table the window reads.
"""

TEXTS: dict[str, str] = {
    # The fix buttons (ui/panels/fix_actions.py)
    "Rotate…":
        "Putar…",
    "Turn the pages that are sideways or upside down":
        "Putar halaman yang miring atau terbalik",
    "Combine into one PDF…":
        "Gabungkan menjadi satu PDF…",
    "Put this item's files, and others you add, into one PDF in the order you choose":
        "Satukan berkas butir ini, dan berkas lain yang Anda tambahkan, menjadi satu PDF "
        "dengan urutan pilihan Anda",
    "Fixing the file":
        "Memperbaiki berkas",
    "{name}: {reason}":
        "{name}: {reason}",
    "Fix cancelled: the file is as it was.":
        "Perbaikan dibatalkan: berkas tetap seperti semula.",
    # Before and after (ui/dialogs/fix_preview.py)
    "{n} files together; the first is shown":
        "{n} berkas sekaligus; yang pertama ditampilkan",
    "Fit to window":
        "Muat di jendela",
    "The first page at 100%, its actual size. Drag it to move around.":
        "Halaman pertama pada 100%, ukuran sebenarnya. Seret untuk menggeser.",
    "The whole first page, made smaller to fit.":
        "Seluruh halaman pertama, diperkecil agar muat.",
    "{side}: page {n}":
        "{side}: halaman {n}",
    "The whole of page {n}, made smaller to fit.":
        "Seluruh halaman {n}, diperkecil agar muat.",
    "Page {n} at 100%, its actual size. Drag it to move around.":
        "Halaman {n} pada 100%, ukuran sebenarnya. Seret untuk menggeser.",
    # Rotate (ui/dialogs/rotate_pages.py)
    "Rotate pages":
        "Putar halaman",
    "Rotate the picture":
        "Putar gambar",
    "Tick the pages to turn, then choose how far. Each ticked page is shown as it will be. "
    "A page lying the other way from the rest is ticked already.":
        "Centang halaman yang akan diputar, lalu pilih arah putarannya. Setiap halaman yang "
        "dicentang ditampilkan seperti hasilnya nanti. Halaman yang arahnya berbeda dari "
        "halaman lain sudah dicentang.",
    "Choose how far to turn the picture.":
        "Pilih arah putaran gambar.",
    "Pages":
        "Halaman",
    "Page {n}":
        "Halaman {n}",
    "Tick every page":
        "Centang semua halaman",
    "Untick every page":
        "Hapus semua centang",
    "Turn:":
        "Putar:",
    "a quarter turn clockwise (90°)":
        "seperempat putaran searah jarum jam (90°)",
    "upside down (180°)":
        "dibalik (180°)",
    "a quarter turn anticlockwise (270°)":
        "seperempat putaran berlawanan jarum jam (270°)",
    # Combine attached files (ui/dialogs/combine_order.py)
    "Add files…":
        "Tambah berkas…",
    "Add files":
        "Tambah berkas",
    "Add photos or PDFs from your computer; you can also drop them here":
        "Tambahkan foto atau PDF dari komputer Anda; bisa juga diletakkan di sini",
    "Add at least one more file to combine.":
        "Tambahkan paling sedikit satu berkas lagi untuk digabungkan.",
    "Remove from list":
        "Hapus dari daftar",
    "Leave the selected file out of the PDF (Delete); the file itself is not touched":
        "Keluarkan berkas yang dipilih dari PDF (Delete); berkasnya sendiri tidak diubah",
    "Photos and PDFs (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)":
        "Foto dan PDF (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG)",
    # A turned JPEG is saved again (ui/panels/fix_actions.py)
    "The photo was saved again, and compressed to fit the limit.":
        "Foto disimpan ulang, dan dikompres agar muat dalam batas ukuran.",
    "The photo was saved again at its own quality: a JPEG cannot be turned without that.":
        "Foto disimpan ulang dengan mutu aslinya: foto JPEG tidak dapat diputar tanpa "
        "disimpan ulang.",
    # Photos on a filled item, the same file again (ui/dialogs/batch_summary.py,
    # ui/shell/document_actions.py)
    "Replace with one PDF…":
        "Ganti dengan satu PDF…",
    "Replace with one PDF":
        "Ganti dengan satu PDF",
    "Replace {old} with one PDF of {n} photos":
        "Ganti {old} dengan satu PDF dari {n} foto",
    "This item takes one PDF and holds {current}. Replace it with one PDF of these {n} "
    "photos?":
        "Butir ini menerima satu PDF dan sudah berisi {current}. Ganti dengan satu PDF dari "
        "{n} foto ini?",
    "The PDF replaces {name}, which this item holds now (Ctrl+Z brings it back).":
        "PDF ini menggantikan {name} yang kini ada di butir ini (Ctrl+Z mengembalikannya).",
    "Already attached ({n})":
        "Sudah terlampir ({n})",
    "{n} already attached":
        "{n} sudah terlampir",
    "Already attached":
        "Sudah terlampir",
    "This very file is already attached as {current}: nothing to do.":
        "Berkas yang sama persis sudah terlampir sebagai {current}: tidak ada yang perlu "
        "dilakukan.",
    "{new} is the very file {item} already holds ({old}): nothing to replace.":
        "{new} adalah berkas yang sama persis dengan yang sudah ada di {item} ({old}): "
        "tidak ada yang perlu diganti.",
    "{new} is the very file this box keeps ({old}): nothing to replace.":
        "{new} adalah berkas yang sama persis dengan yang disimpan di kotak ini ({old}): "
        "tidak ada yang perlu diganti.",
}
