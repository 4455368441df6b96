"""Window words added for the circular work: English written in ``tr("…")`` -> Indonesian.

Kept apart from texts_window.py so parallel work on different panels does not collide;
texts_window.py merges it into the one table the window reads.
"""

TEXTS: dict[str, str] = {
    # -- which circular (File > Change circular…, a new workspace) --------------------------
    "&Change circular…":
        "&Ganti surat edaran…",
    "Add circular from file…":
        "Tambah surat edaran dari berkas…",
    "Add circular from file":
        "Tambah surat edaran dari berkas",
    "Circular catalogue (*.toml)":
        "Katalog surat edaran (*.toml)",
    "Circulars":
        "Surat edaran",
    "added from a file":
        "ditambahkan dari berkas",
    "{number} — {title}\nRegistration {start} – {end} ({origin})":
        "{number} — {title}\nPendaftaran {start} – {end} ({origin})",
    "(followed now)":
        "(diikuti sekarang)",
    "Which circular does this workspace follow?":
        "Surat edaran mana yang diikuti ruang kerja ini?",
    "More than one BNSP circular is known. Choose the one this LSP is preparing its "
    "documents for: the checklist follows its items and rules. You can change it later "
    "with File > Change circular…":
        "Ada lebih dari satu surat edaran BNSP. Pilih surat edaran yang dokumennya sedang "
        "disiapkan LSP ini: daftar periksa mengikuti butir dan ketentuannya. Pilihan ini "
        "dapat diganti nanti lewat Berkas > Ganti surat edaran…",
    "Use this circular":
        "Pakai surat edaran ini",
    "Change circular":
        "Ganti surat edaran",
    "The workspace follows {number}. Choose the circular it should follow; below is what "
    "happens to what you have entered. Nothing is deleted: files and entries an item no "
    "longer asks for stay in the workspace.":
        "Ruang kerja ini mengikuti {number}. Pilih surat edaran yang akan diikuti; di bawah "
        "tertulis apa yang terjadi pada isian Anda. Tidak ada yang dihapus: berkas dan isian "
        "butir yang tidak diminta lagi tetap tersimpan di ruang kerja.",
    "Change to this circular":
        "Ganti ke surat edaran ini",
    "This is the circular the workspace follows now. Choose another one.":
        "Surat edaran ini yang diikuti sekarang. Pilih surat edaran lain.",
    "Carries over (the entries and files stay):":
        "Tetap terbawa (isian dan berkas tetap ada):",
    "Carries over, checked again by the new rule:":
        "Tetap terbawa, diperiksa ulang dengan ketentuan baru:",
    "No longer asked (kept in the workspace, not put in the bundle):":
        "Tidak diminta lagi (tetap tersimpan di ruang kerja, tidak dimasukkan ke bundel):",
    "New (to fill in):":
        "Baru (perlu diisi):",
    "Only one circular is known, and the workspace follows it. To use another one, add its "
    "file first: File > Add circular from file…":
        "Hanya ada satu surat edaran, dan ruang kerja ini sudah mengikutinya. Untuk memakai "
        "surat edaran lain, tambahkan dulu berkasnya: Berkas > Tambah surat edaran dari "
        "berkas…",
    "The workspace now follows {number}. Items it no longer asks for keep their files; they "
    "are not put in the bundle.":
        "Ruang kerja sekarang mengikuti {number}. Berkas butir yang tidak diminta lagi tetap "
        "tersimpan, tetapi tidak dimasukkan ke bundel.",
    "Circular {number} added. To make this workspace follow it: File > Change circular…":
        "Surat edaran {number} ditambahkan. Agar ruang kerja ini mengikutinya: Berkas > "
        "Ganti surat edaran…",
}
