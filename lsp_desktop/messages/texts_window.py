"""The window's words: the English text written in ``tr("…")`` and its Indonesian.

Add a pair here whenever a ``tr("…")`` string is added or changed in ui/ (the test
tests/messages/test_completeness.py names any that is missing). Values in {braces} are
filled by the caller and must appear in both texts.
"""

TEXTS: dict[str, str] = {
    "Attach files":
        "Lampirkan berkas",
    "Attach":
        "Lampirkan",
    "Cancel":
        "Batal",
    "Check where each file goes. Files left on \"— do not attach —\" are skipped.":
        "Periksa tujuan setiap berkas. Berkas yang dibiarkan \"— jangan lampirkan —\" dilewati.",
    "File":
        "Berkas",
    "Requirement":
        "Persyaratan",
    "— do not attach —":
        "— jangan lampirkan —",
    "Requirement for {name}":
        "Persyaratan untuk {name}",
    "Writing the bundle…":
        "Menulis bundel…",
    "Export bundle":
        "Ekspor bundel",
    "Close":
        "Tutup",
    "Verify bundle":
        "Periksa bundel",
    "Open bundle":
        "Buka bundel",
    "Zip bundle (*.zip)":
        "Bundel ZIP (*.zip)",
    "Save as a new workspace":
        "Simpan sebagai ruang kerja baru",
    "LSP Desktop workspace (*.lspws)":
        "Ruang kerja LSP Desktop (*.lspws)",
    "Export cancelled; nothing was written.":
        "Ekspor dibatalkan; tidak ada berkas yang disimpan.",
    "Not complete yet":
        "Belum lengkap",
    "Export draft":
        "Ekspor draf",
    "DRAFT bundle saved:\n{path}":
        "Bundel DRAF tersimpan:\n{path}",
    "Bundle saved and verified:\n{path}":
        "Bundel tersimpan dan sudah diperiksa:\n{path}",
    "These items are not ready:\n{items}\n\nExport a DRAFT bundle for someone to review? It is "
    "marked as a draft in its name and summary.":
        "Butir berikut belum siap:\n{items}\n\nEkspor bundel DRAF untuk diperiksa orang lain? "
        "Bundel ditandai sebagai draf pada nama dan ringkasannya.",
    "LSP profile":
        "Profil LSP",
    "Status":
        "Status",
    "checking…":
        "memeriksa…",
    "This workspace was changed by another program (the command line, another window): "
    "what is shown is read again. Earlier steps can no longer be undone.":
        "Ruang kerja ini diubah oleh program lain (baris perintah, jendela lain): isinya "
        "dibaca ulang. Langkah sebelumnya tidak dapat diurungkan lagi.",
    "The items' states were read.":
        "Status butir sudah terbaca.",
    "The items' states could not be read yet: {reason} Trying again…":
        "Status butir belum dapat dibaca: {reason} Dicoba lagi…",
    "The items' states could not be read: {reason} Close the workspace and open it again "
    "(File > Open workspace…); nothing stored was changed.":
        "Status butir tidak dapat dibaca: {reason} Tutup ruang kerja lalu buka lagi "
        "(Berkas > Buka ruang kerja…); tidak ada data tersimpan yang berubah.",
    "filled in":
        "terisi",
    "to fill in":
        "perlu diisi",
    "New person":
        "Personel baru",
    "Personnel":
        "Personel",
    "Assessor certificates":
        "Sertifikat asesor",
    "Website":
        "Situs web",
    "Competency packages":
        "Paket kompetensi",
    "Units of the selected package":
        "Unit pada paket yang dipilih",
    "Competency units":
        "Unit kompetensi",
    "Assessors are the people of the roster (item {roster_point}) with the role Asesor.":
        "Asesor adalah personel di daftar personel (butir {roster_point}) dengan peran Asesor.",
    "LSP social media":
        "Media sosial LSP",
    "Status: {state}":
        "Status: {state}",
    "Name":
        "Nama",
    "Role":
        "Peran",
    "E-mail":
        "Email",
    "Phone":
        "Telepon",
    "SIAPkerja status":
        "Status SIAPkerja",
    "Add person":
        "Tambah personel",
    "Remove selected":
        "Hapus yang dipilih",
    "Import from Excel/CSV…":
        "Impor dari Excel/CSV…",
    "Export…":
        "Ekspor…",
    "This NIK appears more than once.":
        "NIK ini muncul lebih dari sekali.",
    "Assessor":
        "Asesor",
    "Reg. no. (MET)":
        "No. Reg. (MET)",
    "Blank no.":
        "No. Blanko",
    "Issued":
        "Terbit",
    "Valid until":
        "Berlaku sampai",
    "Field":
        "Bidang",
    "Code / scheme number":
        "Kode / nomor skema",
    "English name":
        "Nama dalam Bahasa Inggris",
    "Kind":
        "Jenis",
    "Reference (e.g. SKKNI)":
        "Acuan (mis. SKKNI)",
    "Unit code":
        "Kode unit",
    "Unit title":
        "Judul unit",
    "English title":
        "Judul dalam Bahasa Inggris",
    "Add package":
        "Tambah paket",
    "Remove package":
        "Hapus paket",
    "Add unit":
        "Tambah unit",
    "Remove unit":
        "Hapus unit",
    "{done} of {total} people have submitted":
        "{done} dari {total} orang sudah kirim (submit)",
    "NEW-CODE":
        "KODE-BARU",
    "KTP":
        "KTP",
    "Technical certificate":
        "Sertifikat Kompetensi Teknis",
    "Diploma":
        "Ijazah",
    "Photo (red background)":
        "Pasfoto (latar belakang merah)",
    "Prepare the Drive folder: each assessor's documents":
        "Siapkan folder Drive: dokumen setiap asesor",
    "Export folder for Drive…":
        "Ekspor folder untuk Drive…",
    "Training participant (IT staff)":
        "Peserta pelatihan (staf IT)",
    "Copy link":
        "Salin tautan",
    "Open in browser":
        "Buka di peramban",
    "Drop each assessor's KTP, technical certificate, diploma and red-background photo here; then "
    "export the folder and upload it to Google Drive when online.":
        "Letakkan KTP, Sertifikat Kompetensi Teknis, Ijazah dan Pasfoto (latar belakang merah) "
        "setiap asesor di sini, lalu ekspor foldernya dan unggah ke Google Drive saat ada "
        "internet.",
    "Export folder for Drive":
        "Ekspor folder untuk Drive",
    "Add assessors to the roster (item {roster_point}) first.":
        "Tambahkan dulu asesor ke daftar personel (butir {roster_point}).",
    "{n} files written to {path}: upload this folder to Google Drive and share it as \"Anyone "
    "with the link\".":
        "{n} berkas disimpan ke {path}: unggah folder ini ke Google Drive dan bagikan dengan akses "
        "\"Siapa saja yang memiliki link\".",
    "Everything that applies is ready. Next step: register for the training at {link}":
        "Semua butir yang berlaku sudah siap. Langkah berikutnya: daftarkan peserta pelatihan "
        "di {link}",
    "drop here":
        "letakkan di sini",
    "Import preview":
        "Pratinjau impor",
    "add":
        "ditambah",
    "update":
        "diperbarui",
    "rejected":
        "ditolak",
    "Import from Excel or CSV":
        "Impor dari Excel atau CSV",
    "Import cancelled; nothing was written.":
        "Impor dibatalkan; tidak ada yang disimpan.",
    "Export to Excel or CSV":
        "Ekspor ke Excel atau CSV",
    "Row":
        "Baris",
    "Name / code":
        "Nama / kode",
    "Result":
        "Hasil",
    "Why":
        "Alasan",
    "Reading {name}…":
        "Membaca {name}…",
    "{n} rows imported; {r} rejected rows were left out.":
        "{n} baris diimpor; {r} baris yang ditolak tidak diimpor.",
    "Saved {path}":
        "Tersimpan: {path}",
    "Import {n} rows":
        "Impor {n} baris",
    "{add} rows will be added, {update} updated, {reject} rejected. Rejected rows are not "
    "imported.":
        "{add} baris akan ditambahkan, {update} diperbarui, {reject} ditolak. Baris yang ditolak "
        "tidak diimpor.",
    "&File":
        "&Berkas",
    "&New workspace…":
        "Ruang kerja &baru…",
    "&Open workspace…":
        "&Buka ruang kerja…",
    "Recent workspaces":
        "Ruang kerja terakhir",
    "&Export bundle…":
        "&Ekspor bundel…",
    "&Verify bundle…":
        "&Periksa bundel…",
    "Open &bundle…":
        "Buka b&undel…",
    "&Quit":
        "&Keluar",
    "&Edit":
        "&Sunting",
    "&Undo":
        "&Urungkan",
    "&Redo":
        "&Ulangi",
    "Choose a file for the selected item…":
        "Pilih berkas untuk butir yang dipilih…",
    "Choose a file":
        "Pilih berkas",
    "PDF or photos":
        "PDF atau foto",
    "The selected item takes no file: it is filled in on the right. Select an item that "
    "asks for a file, such as 2.1 SK Lisensi, then choose again.":
        "Butir yang dipilih tidak menerima berkas: isiannya ada di sebelah kanan. Pilih butir "
        "yang meminta berkas, misalnya 2.1 SK Lisensi, lalu pilih berkas lagi.",
    "&Language":
        "B&ahasa",
    "&Help":
        "Ban&tuan",
    "&About LSP Desktop":
        "&Tentang LSP Desktop",
    "Progress":
        "Kemajuan",
    "Checklist of requirements":
        "Daftar periksa persyaratan",
    "New workspace":
        "Ruang kerja baru",
    "Open workspace":
        "Buka ruang kerja",
    "About LSP Desktop":
        "Tentang LSP Desktop",
    "(LSP name not filled in yet)":
        "(nama LSP belum diisi)",
    "Make a PDF?":
        "Jadikan PDF?",
    "Make PDF":
        "Jadikan PDF",
    "Make the photo smaller?":
        "Perkecil foto?",
    "Make smaller":
        "Perkecil",
    "Attach as it is":
        "Lampirkan apa adanya",
    "All files (*)":
        "Semua berkas (*)",
    "The original file is no longer in its folder; the copy in the workspace is safe.":
        "Berkas asli sudah tidak ada di foldernya; salinan di ruang kerja tetap aman.",
    "LSP Desktop — {name}":
        "LSP Desktop — {name}",
    "Choose a file for {title}":
        "Pilih berkas untuk {title}",
    "{name} removed. Undo with Ctrl+Z (Edit > Undo).":
        "{name} dihapus. Urungkan dengan Ctrl+Z (Sunting > Urungkan).",
    "That file already exists; choose another name.":
        "Berkas itu sudah ada; pilih nama lain.",
    "LSP Desktop {version}\n\nPrepare, offline, what the BNSP circular {circular} asks of an LSP, "
    "check every file, and export one bundle to hand off.\n\nYour data stays on this laptop.":
        "LSP Desktop {version}\n\nMenyiapkan, tanpa internet, semua yang diminta surat edaran BNSP "
        "{circular} dari LSP, memeriksa setiap berkas, dan mengekspor satu bundel untuk "
        "diserahkan.\n\nData Anda tetap di laptop ini.",
    "This item asks for a PDF. Turn this photo into a one-page PDF? Your photo is not changed.":
        "Butir ini meminta PDF. Jadikan foto ini PDF satu halaman? Foto asli Anda tidak "
        "diubah.",
    "{name} is over 2 MB. Attach a smaller copy instead? The original is not changed.":
        "{name} lebih dari 2 MB. Lampirkan salinan yang diperkecil? Berkas asli tidak diubah.",
    "— choose —":
        "— pilih —",
    "The LSP uses a Special Work Competence Standard (SKKK)":
        "LSP memakai Standar Kompetensi Kerja Khusus (SKKK)",
    "LSP name":
        "Nama LSP",
    "Licence number":
        "Nomor lisensi",
    "LSP type":
        "Jenis LSP",
    "Category":
        "Kategori",
    # An item whose state comes from its extra part, which may be below the fold (issue 21)
    "see \"{part}\" below": "lihat \"{part}\" di bawah",
    # A new LSP type that leaves the chosen category out says so beside it (issue 21)
    "{category} is not a category of {lsp_type}: choose the category again.":
        "{category} bukan kategori {lsp_type}: pilih kategorinya lagi.",
    "The profile decides which items of the circular apply to your LSP. Changes are saved at "
    "once.":
        "Profil menentukan butir surat edaran mana yang berlaku bagi LSP Anda. Perubahan langsung "
        "tersimpan.",
    "Licence numbers usually look like BNSP-LSP-2629-ID; check it.":
        "Nomor lisensi biasanya seperti BNSP-LSP-2629-ID; periksa kembali.",
    "Rule: data entered in the application.":
        "Ketentuan: data diisi di aplikasi ini.",
    "Findings":
        "Hasil pemeriksaan",
    "Rule: a Google Drive folder link holding the documents.":
        "Ketentuan: tautan folder Google Drive yang memuat dokumennya.",
    "Drag the file here, or click Choose file…":
        "Seret berkas ke sini, atau klik Pilih berkas…",
    "Preview":
        "Pratinjau",
    "Choose file…":
        "Pilih berkas…",
    "Replace…":
        "Ganti…",
    "Remove":
        "Hapus",
    "Open":
        "Buka",
    "Show in folder":
        "Tampilkan di folder",
    "Google Drive link":
        "Tautan Google Drive",
    "Save link":
        "Simpan tautan",
    "Preview…":
        "Pratinjau…",
    "No preview":
        "Tidak ada pratinjau",
    "Rule: {formats} file, at most {mb} MB, one file.":
        "Ketentuan: berkas {formats}, maks. {mb} MB, satu berkas.",
    "Drop zone for {title}":
        "Tempat meletakkan berkas untuk {title}",
    "Meets the rules of the circular.":
        "Memenuhi ketentuan surat edaran.",
    "{n} pages":
        "{n} halaman",
    "Checking {name}…":
        "Memeriksa {name}…",
    "Added {when}":
        "Ditambahkan {when}",
    "'{title}' takes no files.":
        "'{title}' tidak menerima berkas.",
    "This item takes one file only. Remove the current file first, or use Replace.":
        "Butir ini hanya menerima satu berkas. Hapus berkas yang ada dulu, atau gunakan Ganti.",
    "Remove {name}":
        "Hapus {name}",
    "{name} attached: meets the rules.":
        "{name} dilampirkan: memenuhi ketentuan.",
    "{name} attached, with warnings: see the details.":
        "{name} dilampirkan, dengan peringatan: lihat rinciannya.",
    "{name} attached, but it does not meet the rules yet: see what to do.":
        "{name} dilampirkan, tetapi belum memenuhi ketentuan: lihat yang perlu dilakukan.",
    "{ready} of {total} ready":
        "{ready} dari {total} siap",
    "{done} of {total} people":
        "{done} dari {total} orang sudah kirim",
    "d MMMM yyyy, HH:mm":
        "d MMMM yyyy, HH.mm",
    "1 page":
        "1 halaman",
    "&Print the missing-items list…":
        "&Cetak daftar kekurangan…",
    "Print the missing-items list":
        "Cetak daftar kekurangan",
    "PDF document (*.pdf)":
        "Dokumen PDF (*.pdf)",
    "The circular names no format: this is the app's assumption.":
        "Surat edaran tidak menyebut format: ini asumsi aplikasi.",
    "This item takes one file; you dropped {count}. Drop one file, or combine them into "
    "one PDF first.":
        "Butir ini hanya menerima satu berkas; Anda meletakkan {count}. Letakkan satu berkas "
        "saja, atau gabungkan dulu menjadi satu PDF.",
    "Replace the file?":
        "Ganti berkas?",
    "{name} already exists in {folder}. Replace it?":
        "{name} sudah ada di {folder}. Ganti berkas itu?",
    "Replace":
        "Ganti",
    "Replace {old} with {new}?":
        "Ganti {old} dengan {new}?",
    "Drop a new file here to replace it":
        "Letakkan berkas baru di sini untuk menggantinya",
    # Fix-it tools (issue 10)
    'Check the fixed file':
        'Periksa berkas hasil perbaikan',
    'The fixed file meets the size rule.':
        'Berkas hasil perbaikan memenuhi batas ukuran.',
    'The fixed file is still too large.':
        'Berkas hasil perbaikan masih terlalu besar.',
    'Use the fixed file':
        'Gunakan berkas hasil perbaikan',
    'Discard':
        'Buang',
    'Before':
        'Sebelum',
    'After':
        'Sesudah',
    'lowest resolution {dpi} dpi':
        'resolusi terendah {dpi} dpi',
    'Compress to fit ≤ 2 MB':
        'Kompres agar ≤ 2 MB',
    'Rotate':
        'Putar',
    'Turn every page a quarter turn clockwise':
        'Putar setiap halaman seperempat putaran searah jarum jam',
    'Fix {name}':
        'Perbaiki {name}',
    'Compress to fit ≤ {mb} MB':
        'Kompres agar ≤ {mb} MB',
    'Fixing {name}…':
        'Memperbaiki {name}…',
    '{name} was replaced by the fixed file. Ctrl+Z brings the original back.':
        '{name} diganti dengan berkas hasil perbaikan. Ctrl+Z mengembalikan aslinya.',
    'Combine into one PDF':
        'Gabungkan menjadi satu PDF',
    'Pages in order':
        'Halaman sesuai urutan',
    'Up':
        'Naik',
    'Down':
        'Turun',
    'The pages of the PDF, first to last. Drag to change the order, or select one and use Up/Down.':
        ('Halaman PDF dari pertama sampai terakhir. Seret untuk mengubah urutan, atau '
         'pilih satu lalu tekan Naik/Turun.'),
    # About (ui/dialogs/about.py)
    "Data folder":
        "Folder data",
    "Workspace":
        "Ruang kerja",
    "Settings":
        "Pengaturan",
    "Mode":
        "Mode",
    "Portable: everything stays in this folder":
        "Portabel: semuanya tersimpan di folder ini",
    "Prepare, offline, what the BNSP circular asks of an LSP, check every file, and "
    "export one bundle to hand off. Your data stays on this laptop.":
        "Siapkan, tanpa internet, apa yang diminta surat edaran BNSP dari LSP, periksa setiap "
        "berkas, lalu ekspor satu bundel untuk diserahkan. Data Anda tetap di laptop ini.",
    "Catalogue in use: {number} — {title}":
        "Katalog yang dipakai: {number} — {title}",
    # First-run welcome (ui/panels/welcome.py)
    "&Welcome":
        "&Selamat datang",
    "Welcome to LSP Desktop":
        "Selamat datang di LSP Desktop",
    "This app helps you prepare everything the BNSP circular asks of your LSP: attach "
    "each document, see at once whether it meets the rules, fix what does not, and export"
    " one bundle that carries everything the BNSP form needs, to be entered file by file "
    "and field by field. The bundle itself is not uploaded.":
        "Aplikasi ini membantu Anda menyiapkan semua yang diminta surat edaran BNSP dari LSP "
        "Anda: lampirkan setiap dokumen, lihat langsung apakah sudah memenuhi ketentuan, "
        "perbaiki yang belum, lalu ekspor satu bundel yang memuat semua yang diminta "
        "formulir BNSP, untuk diisikan berkas demi berkas dan kolom demi kolom. Bundel itu "
        "sendiri tidak diunggah.",
    "Your work is kept in this folder: {folder}":
        "Pekerjaan Anda disimpan di folder ini: {folder}",
    "Nothing leaves this laptop: the app works offline and sends nothing anywhere. You "
    "decide when to hand the bundle over.":
        "Tidak ada yang keluar dari laptop ini: aplikasi bekerja tanpa internet dan tidak "
        "mengirim apa pun. Anda yang menentukan kapan bundel diserahkan.",
    "Start with the LSP profile: its name and licence number appear in the bundle.":
        "Mulailah dari profil LSP: nama dan nomor lisensinya tercantum dalam bundel.",
    "This copy is portable: settings and work stay beside the program, for example on a "
    "USB stick.":
        "Salinan ini portabel: pengaturan dan pekerjaan tersimpan di samping program, "
        "misalnya di flashdisk.",
    "Fill in the LSP profile":
        "Isi profil LSP",
    # The window frame (issue 9)
    'The workspace {path} is no longer there: perhaps it is on a USB stick that is not plugged '
    'in, or it was moved. It has been taken off the list of recent workspaces. Plug the stick in,'
    ' then open it with File > Open workspace…':
        'Ruang kerja {path} tidak ditemukan lagi: mungkin ada di flashdisk yang tidak terpasang, '
        'atau sudah dipindahkan. Ruang kerja ini dihapus dari daftar ruang kerja terakhir. Pasang'
        ' flashdisk-nya, lalu buka lewat Berkas > Buka ruang kerja…',
    'Details of the selected item':
        'Rincian butir yang dipilih',
    'ready':
        'siap',
    'Export bundle…':
        'Ekspor bundel…',
    'Every item that applies is ready.':
        'Semua butir yang berlaku sudah siap.',
    'Circular {number}':
        'Surat edaran {number}',
    'Next step: export the bundle and enter what it holds in the BNSP form, file by file and '
    'field by field, as its upload guide shows; the bundle itself is not uploaded. Then '
    'register for the training at {link}.':
        'Langkah berikutnya: ekspor bundel dan isikan isinya ke formulir BNSP berkas demi '
        'berkas dan kolom demi kolom, seperti ditunjukkan panduan unggahnya; bundel itu sendiri '
        'tidak diunggah. Lalu daftarkan peserta pelatihan di {link}.',
    "Next step: export the bundle and enter what it holds in the BNSP form, file by file and "
    "field by field, as its upload guide shows; the bundle itself is not uploaded.":
        "Langkah berikutnya: ekspor bundel dan isikan isinya ke formulir BNSP berkas demi "
        "berkas dan kolom demi kolom, seperti ditunjukkan panduan unggahnya; bundel itu "
        "sendiri tidak diunggah.",
}

# Strings of later work, kept in their own files (see each file's docstring).
from lsp_desktop.messages.texts_window_circular import TEXTS as _CIRCULAR  # noqa: E402
from lsp_desktop.messages.texts_window_fixes import TEXTS as _FIXES  # noqa: E402
from lsp_desktop.messages.texts_window_items import TEXTS as _ITEMS  # noqa: E402
from lsp_desktop.messages.texts_window_tables import TEXTS as _TABLES  # noqa: E402
from lsp_desktop.messages.texts_window_undo import TEXTS as _UNDO  # noqa: E402

for _part in (_CIRCULAR, _FIXES, _ITEMS, _TABLES, _UNDO):
    _clash = {key for key in _part.keys() & TEXTS.keys() if _part[key] != TEXTS[key]}
    assert not _clash, f"one English phrase, two Indonesian texts: {sorted(_clash)}"
    TEXTS.update(_part)
