"""The words of the upload guide, PANDUAN-UNGGAH.html (bundle/guide.py, guide_page.py,
guide_files.py): phrases written in English in ``phrase("…", lang)`` with their
Indonesian, and the guide's message codes."""

TEXTS: dict[str, str] = {
    "Upload guide":
        "Panduan unggah",
    "Licence":
        "Lisensi",
    "Circular":
        "Surat edaran",
    "DRAFT: this bundle is not complete. Items marked NOT READY must not be entered yet.":
        "DRAF: bundel ini belum lengkap. Butir bertanda BELUM SIAP jangan diisikan dulu.",
    "This bundle holds everything the BNSP form asks for, to be entered file by file and "
    "field by field. The bundle (zip) itself is not uploaded.":
        "Bundel ini memuat semua yang diminta formulir BNSP, untuk diisikan berkas demi "
        "berkas dan kolom demi kolom. Bundel (berkas ZIP) itu sendiri tidak diunggah.",
    "Open the form in the BNSP information system.":
        "Buka formulir di Sistem Informasi BNSP.",
    "For each item below, in this order: upload its file (click the name to see it first), "
    "paste its Google Drive link, or type its data. Every value has a Copy button.":
        "Untuk setiap butir di bawah ini, sesuai urutannya: unggah berkasnya (klik namanya "
        "untuk melihatnya dulu), tempel tautan Google Drive-nya, atau ketik datanya. Setiap "
        "isian memiliki tombol Salin.",
    "Tick each line once it is done. The ticks are kept in this browser on this computer: "
    "if the connection drops, open this page again and carry on from the first line not "
    "ticked.":
        "Centang setiap baris yang sudah selesai. Centang disimpan di peramban ini, di komputer "
        "ini: bila koneksi terputus, buka lagi halaman ini dan lanjutkan dari baris pertama "
        "yang belum dicentang.",
    "Opened from LSP Desktop, not from a bundle: the files linked here are private copies, "
    "removed when the app closes. For another person or computer, export the bundle: this "
    "page is inside it.":
        "Dibuka dari LSP Desktop, bukan dari bundel: berkas yang ditautkan di sini adalah "
        "salinan pribadi yang dihapus saat aplikasi ditutup. Untuk orang atau komputer lain, "
        "ekspor bundel: halaman ini ada di dalamnya.",
    "This page was written outside a bundle: its file links work only when it sits in the "
    "unzipped bundle folder, beside the data folder. An exported bundle already holds this "
    "page.":
        "Halaman ini ditulis di luar bundel: tautan berkasnya hanya berfungsi bila halaman ini "
        "berada di folder bundel yang sudah diekstrak, di samping folder data. Bundel yang "
        "diekspor sudah memuat halaman ini.",
    "Extract the whole zip first (Windows: right-click > Extract All) and open this page from "
    "the extracted folder: opened from inside the zip, its file links do not open.":
        "Ekstrak dulu seluruh berkas ZIP (Windows: klik kanan > Extract All / Ekstrak Semua) lalu "
        "buka halaman ini dari folder hasil ekstrak: bila dibuka dari dalam ZIP, tautan berkasnya "
        "tidak terbuka.",
    "Clear all ticks":
        "Hapus semua centang",
    "Clear every tick on this page?":
        "Hapus semua centang di halaman ini?",
    "This browser does not let the page remember the ticks: keep it open until you finish.":
        "Peramban ini tidak mengizinkan halaman mengingat centang: biarkan halaman tetap "
        "terbuka sampai selesai.",
    "JavaScript is off: the ticks are not remembered and the Copy buttons do nothing. Select "
    "a value and copy it with Ctrl+C.":
        "JavaScript nonaktif: centang tidak diingat dan tombol Salin tidak berfungsi. Pilih "
        "isiannya lalu salin dengan Ctrl+C.",
    "{done} of {total} done":
        "{done} dari {total} selesai",
    "Copy":
        "Salin",
    "Copied":
        "Tersalin",
    "Select the value and press Ctrl+C":
        "Pilih isiannya lalu tekan Ctrl+C",
    "On the form":
        "Di formulir",
    "NOT READY":
        "BELUM SIAP",
    "Do not enter this item yet.":
        "Jangan isikan butir ini dulu.",
    "Not required for this LSP: skip this item on the form.":
        "Tidak wajib bagi LSP ini: lewati butir ini di formulir.",
    "Nothing to enter yet: this item is not ready.":
        "Belum ada yang bisa diisikan: butir ini belum siap.",
    "File to upload":
        "Berkas untuk diunggah",
    "Google Drive link to paste":
        "Tautan Google Drive untuk ditempel",
    "Link":
        "Tautan",
    "Data table (CSV)":
        "Tabel data (CSV)",
    "Files in the bundle for this item (not uploaded on the form)":
        "Berkas dalam bundel untuk butir ini (tidak diunggah di formulir)",
    "was":
        "semula",
    "Every person has submitted their data at SIAPkerja":
        "Setiap personel sudah mengirim (submit) datanya di SIAPkerja",
    "Assessor certificate: {name}":
        "Sertifikat asesor: {name}",
    "Social media: {platform}":
        "Media sosial: {platform}",
    "Competency package: {code}":
        "Paket kompetensi: {code}",
    "Training participant: {name}":
        "Peserta pelatihan: {name}",
    "Issue date":
        "Tanggal terbit",
    "Package name":
        "Nama paket",
    "Package name in English":
        "Nama paket dalam Bahasa Inggris",
    "Reference":
        "Acuan",
    "Unit title in English":
        "Judul unit dalam Bahasa Inggris",
    "Sizes and SHA-256 codes match ringkasan.pdf and manifest-sha256.txt in the bundle.":
        "Ukuran dan kode SHA-256 sama dengan yang tercantum di ringkasan.pdf dan "
        "manifest-sha256.txt dalam bundel.",
}

# The command line's help (cli/guide.py).
TEXTS.update({
    "write the upload guide: what to enter on the BNSP form, item by item (HTML)":
        "tulis panduan unggah: apa yang diisikan di formulir BNSP, butir demi butir (HTML)",
    "the guide as a web page (.html)":
        "panduan sebagai halaman web (.html)",
})

# The window (ui/shell/guide_actions.py, and its entry in ui/shell/menus.py).
TEXTS.update({
    "Upload &guide…":
        "Pan&duan unggah…",
    "Writing the upload guide…":
        "Menulis panduan unggah…",
    "The upload guide is open in your browser. Every exported bundle holds the same page, "
    "PANDUAN-UNGGAH.html.":
        "Panduan unggah terbuka di peramban. Setiap bundel yang diekspor memuat halaman yang "
        "sama, PANDUAN-UNGGAH.html.",
})

CODES: dict[str, tuple[str, str]] = {
    # Said after every export (window and command line): the zip is not what BNSP takes.
    "guide.how_to_use": (
        "Bundel ini memuat semua yang diminta formulir BNSP, untuk diisikan berkas demi "
        "berkas dan kolom demi kolom; bundel (berkas ZIP) itu sendiri tidak diunggah. Yang mengisi "
        "formulir membuka PANDUAN-UNGGAH.html di dalamnya, di peramban mana pun, tanpa "
        "aplikasi dan tanpa internet.",
        "This bundle holds everything the BNSP form asks for, to be entered file by file and "
        "field by field; the bundle (zip) itself is not uploaded. Whoever fills in the form "
        "opens PANDUAN-UNGGAH.html inside it, in any browser, with no app and no internet."),
    "guide.write_failed": (
        "Panduan unggah tidak dapat ditulis ke {path} ({reason}). Pilih folder lain.",
        "The upload guide cannot be written to {path} ({reason}). Choose another folder."),
    "guide.written": (
        "Panduan unggah disimpan: {path}",
        "Upload guide saved: {path}"),
}
