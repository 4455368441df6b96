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
    "{number} — {title}\nRequirements completed {start} – {end} ({origin})":
        "{number} — {title}\nWaktu melengkapi persyaratan: {start} – {end} ({origin})",
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
        "Gunakan surat edaran ini",
    "Change circular":
        "Ganti surat edaran",
    "Replace the added circular":
        "Ganti surat edaran yang ditambahkan",
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
    # -- the training participant of point 4 (panels/training.py) --------------------------
    "The LSP officer responsible for the information system attends BNSP's training; the SK "
    "of this item appoints them. Pick them from the personnel list (item {point}): their "
    "e-mail and phone come from there.":
        "Pengurus LSP yang bertanggung jawab pada sistem informasi LSP mengikuti pelatihan "
        "BNSP, dibuktikan dengan SK penetapan staf IT LSP pada butir ini. Pilih orangnya dari "
        "daftar personel (butir {point}): email dan teleponnya diambil dari sana.",
    "Participant":
        "Peserta",
    "— choose from the personnel list —":
        "— pilih dari daftar personel —",
    "{name} (not in the personnel list)":
        "{name} (tidak ada di daftar personel)",
    "Not in the list yet":
        "Belum ada di daftar",
    "Name of the new person":
        "Nama personel baru",
    "Add and choose":
        "Tambah dan pilih",
    "{name} was added to the personnel list (item {point}); fill in their NIK, e-mail and "
    "phone there.":
        "{name} ditambahkan ke daftar personel (butir {point}); lengkapi NIK, email dan "
        "teleponnya di sana.",
    "E-mail and phone":
        "Email dan telepon",
    "not filled in yet: add them in item {point}":
        "belum diisi: lengkapi di butir {point}",
    "e.g. Staf IT":
        "mis. Staf IT",
    "SK number (optional)":
        "Nomor SK (boleh kosong)",
    "SK date (optional)":
        "Tanggal SK (boleh kosong)",
    "e.g. 17 March 2026":
        "mis. 17 Maret 2026",
    "'{field}' holds at most {limit} characters; what was typed or pasted beyond that was "
    "not kept. Check the end of the text.":
        "Isian '{field}' paling banyak {limit} karakter; teks yang diketik atau ditempel "
        "melebihi batas itu tidak disimpan. Periksa akhir teksnya.",
}
