"""BACA-SAYA.txt, the note for whoever receives a bundle (bundle/readme.py), and the
words of bag-info.txt (bundle/export.py): code: (Indonesian, English), the note's each a
block of lines, read with ``messages.template``. The note holds both languages, Indonesian
first; its lines are kept under 80 characters for Notepad."""

TEXTS: dict[str, tuple[str, str]] = {
    "readme.head": (
        "BUNDEL PERSYARATAN LSP\n"
        "\n"
        "Bundel ini berisi dokumen dan data persyaratan {name} (lisensi: {licence})\n"
        "menurut surat edaran {circular} ({catalog_id}). Status: {state}.\n"
        "Dibuat {when} dengan {app}.",
        "LSP REQUIREMENTS BUNDLE (English)\n"
        "\n"
        "This bundle holds the documents and data {name} (licence: {licence})\n"
        "prepared under circular {circular} ({catalog_id}). Status: {state}.\n"
        "Made {when} with {app}."),
    "readme.period": (
        "Waktu menurut surat edaran: {period}",
        "Time given by the circular: {period}"),
    "readme.draft": ("DRAF, belum lengkap", "DRAFT, incomplete"),
    "readme.complete": ("lengkap", "complete"),
    "readme.body": (
        "\n"
        "Bundel ini memuat semua yang diminta formulir Sistem Informasi BNSP, untuk\n"
        "diisikan berkas demi berkas dan kolom demi kolom. Bundel (zip) ini sendiri TIDAK\n"
        "diunggah. Mulailah dari {guide}: buka di peramban mana pun (tanpa\n"
        "aplikasi, tanpa internet); halaman itu menunjukkan, butir demi butir menurut urutan\n"
        "surat edaran, berkas yang diunggah, tautan yang ditempel dan data yang diketik.\n"
        "\n"
        "Memeriksa keutuhan:\n"
        "- LSP Desktop: menu Berkas > Periksa bundel…, atau: lsp-desktop verify BERKAS.zip\n"
        "- alat BagIt apa pun (bundel ini berformat BagIt 1.0), setelah zip dibuka, misalnya:\n"
        "  bagit.py --validate FOLDER\n"
        "Kode SHA-256 seluruh zip dikirim lewat jalur lain atau tertulis pada ringkasan yang\n"
        "ditandatangani: cocokkan untuk memastikan bundelnya sama.\n"
        "\n"
        "Isi:\n"
        "- {guide}: panduan bagi yang mengisi formulir BNSP\n"
        "- ringkasan.pdf, ringkasan.html: ringkasan untuk dibaca dan ditandatangani\n"
        "- data/: dokumen, dinamai menurut nomor butir surat edaran (2.01-…, 2.02-…),\n"
        "  tabel data (.csv), tautan.txt, dan satu folder per asesor untuk dokumen asesor\n"
        "- manifest.json: daftar isi bundel untuk aplikasi (LSP Desktop dan alat lain)\n"
        "- bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt:\n"
        "  keterangan BagIt dan kode pemeriksa setiap berkas",
        "\n"
        "It carries everything the BNSP information system's form asks for, to be entered\n"
        "file by file and field by field. The bundle (zip) itself is NOT uploaded. Start\n"
        "with {guide}: open it in any browser (no app, no internet needed); it\n"
        "shows, item by item in the circular's order, each file to upload, each link to\n"
        "paste and the data to type.\n"
        "\n"
        "Checking it is intact:\n"
        "- LSP Desktop: File > Verify bundle…, or: lsp-desktop verify FILE.zip\n"
        "- any BagIt tool (this is a BagIt 1.0 bag), once unzipped, for instance:\n"
        "  bagit.py --validate FOLDER\n"
        "The SHA-256 of the whole zip is sent by another channel or written on the signed\n"
        "summary: compare it to make sure the bundle is the same.\n"
        "\n"
        "Contents:\n"
        "- {guide}: the guide for whoever fills in the BNSP form\n"
        "- ringkasan.pdf, ringkasan.html: the summary, to read and sign\n"
        "- data/: the documents, named after the circular's item numbers (2.01-…, 2.02-…),\n"
        "  the data tables (.csv), tautan.txt (links), and one folder per assessor\n"
        "- manifest.json: the bundle contents list for software (LSP Desktop and others)\n"
        "- bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt:\n"
        "  the BagIt description and every file's checksum"),
    # bag-info.txt, the bag's own description (in Indonesian: the receivers read it so).
    "bag_info.description": ("Persyaratan {circular} ({catalog_id})",
                             "Requirements {circular} ({catalog_id})"),
    "bag_info.draft": ("DRAF (belum lengkap)", "DRAFT (incomplete)"),
    "bag_info.complete": ("lengkap", "complete"),
}
