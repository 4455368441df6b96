"""Messages of the file and link checks: what is wrong with a file and what to do.

code: (Indonesian, English); values in {braces} come from the finding or error.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "file.empty": (
        "Berkas ini kosong (0 byte). Pilih berkas aslinya, atau pindai ulang dokumennya.",
        "This file is empty (0 bytes). Choose the original file, or scan the document again."),
    "file.not_found": (
        "Berkas {path} tidak ditemukan. Periksa nama dan foldernya, lalu coba lagi.",
        "The file {path} was not found. Check its name and folder, then try again."),
    "file.not_a_file": (
        "{path} adalah folder, bukan berkas. Pilih berkas di dalamnya.",
        "{path} is a folder, not a file. Choose a file inside it."),
    "file.no_permission": (
        "Akun ini tidak diizinkan membaca berkas {path}. Salin berkas ke folder Dokumen "
        "Anda, lalu coba lagi.",
        "This account may not read {path}. Copy the file to your Documents folder and try "
        "again."),
    "file.unreadable": (
        "Berkas {path} tidak dapat dibaca ({reason}). Salin berkas ke laptop ini lalu coba lagi.",
        "The file {path} cannot be read ({reason}). Copy it onto this laptop and try again."),
    "format.unknown": (
        "Isi berkas ini tidak dikenali sebagai PDF atau gambar. Yang diterima: {allowed}. "
        "Buka berkas di komputer untuk memastikan isinya, lalu simpan ulang dalam format itu.",
        "The content of this file is not recognised as a PDF or an image. Accepted: "
        "{allowed}. Open it on the computer to see what it is, then save it again in that "
        "format."),
    "format.mismatch": (
        "Nama berkas berakhiran {named_ext}, tetapi isinya sebenarnya {detected_name}. {advice}",
        "The file name ends in {named_ext}, but it is actually a {detected_name}. {advice}"),
    "format.not_allowed": (
        "Berkas ini berupa {detected_name}; yang diterima untuk butir ini: {allowed}. {advice}",
        "This file is a {detected_name}; this item accepts: {allowed}. {advice}"),
    "format.bundle": (
        "Berkas ini adalah bundel LSP Desktop (arsip ZIP berisi dokumen dan data pribadi "
        "seperti KTP dan NIK), bukan dokumen untuk butir ini. Berkas tidak dilampirkan. "
        "Pilih dokumen aslinya ({allowed}). Bundel diserahkan utuh kepada yang mengisi "
        "formulir BNSP (ia membuka PANDUAN-UNGGAH.html di dalamnya), tidak dilampirkan "
        "pada satu butir; untuk melanjutkan pekerjaan dari bundel: Berkas > Buka bundel.",
        "This file is an LSP Desktop bundle (a ZIP archive holding documents and personal "
        "data such as KTP and NIK), not a document for this item. It was not attached. "
        "Choose the original document ({allowed}). A bundle is handed whole to whoever "
        "fills in the BNSP form (who opens PANDUAN-UNGGAH.html inside it), never attached "
        "to one item; to continue work from a bundle: File > Open bundle."),
    "format.bundle_cli": (
        "Berkas ini adalah bundel LSP Desktop (arsip ZIP berisi dokumen dan data pribadi "
        "seperti KTP dan NIK), bukan dokumen untuk butir ini. Berkas tidak dilampirkan. "
        "Pilih dokumen aslinya ({allowed}). Bundel diserahkan utuh kepada yang mengisi "
        "formulir BNSP (ia membuka PANDUAN-UNGGAH.html di dalamnya), tidak dilampirkan "
        "pada satu butir; untuk melanjutkan pekerjaan dari bundel: lsp-desktop import "
        "BUNDEL.zip --workspace BARU.lspws.",
        "This file is an LSP Desktop bundle (a ZIP archive holding documents and personal "
        "data such as KTP and NIK), not a document for this item. It was not attached. "
        "Choose the original document ({allowed}). A bundle is handed whole to whoever "
        "fills in the BNSP form (who opens PANDUAN-UNGGAH.html inside it), never attached "
        "to one item; to continue work from a bundle: lsp-desktop import BUNDLE.zip "
        "--workspace NEW.lspws."),
    "file.hidden_zip": (
        "Berkas ini tampak seperti {detected_name}, tetapi juga menyimpan arsip ZIP "
        "tersembunyi; isi tersembunyi itu akan ikut terkirim. Berkas tidak dilampirkan. "
        "Buka dokumennya, cetak atau simpan ulang sebagai berkas baru, lalu coba lagi.",
        "This file looks like a {detected_name}, but it also carries a hidden ZIP archive, "
        "which would be sent along with it. It was not attached. Open the document and "
        "print or save it again as a new file, then try again."),
    "file.hidden_bundle": (
        "Berkas ini tampak seperti {detected_name}, tetapi di dalamnya tersimpan bundel LSP "
        "Desktop (dokumen dan data pribadi seperti KTP dan NIK) yang akan ikut terkirim. "
        "Berkas tidak dilampirkan. Pilih dokumen aslinya.",
        "This file looks like a {detected_name}, but an LSP Desktop bundle (documents and "
        "personal data such as KTP and NIK) is hidden inside it and would be sent along. "
        "It was not attached. Choose the original document."),
    "pdf.data_after_end": (
        "Setelah akhir PDF ini masih ada {size} data lain (berkas lain yang ditempelkan), "
        "yang akan ikut terkirim. Berkas tidak dilampirkan. Buka PDF-nya, cetak ulang "
        "sebagai PDF baru, lalu coba lagi.",
        "After the end of this PDF there are {size} of other data (another file stuck to "
        "it), which would be sent along. It was not attached. Open the PDF and print it "
        "again as a new PDF, then try again."),
    "document.also_elsewhere": (
        "Berkas yang sama persis juga dilampirkan di {items}. Pastikan setiap butir berisi "
        "dokumennya sendiri, lalu ganti berkas yang keliru.",
        "The very same file is also attached to {items}. Make sure each item holds its own "
        "document, and replace the wrong one."),
    "size.far_too_large": (
        "Berkas ini {size}, jauh di atas batas {limit_mb} MB; kemungkinan bukan dokumen "
        "yang dimaksud (misalnya video). Berkas tidak dibuka. Pilih dokumen yang benar.",
        "This file is {size}, far above the {limit_mb} MB limit; it is probably not the "
        "intended document (a video, say). It was not opened. Choose the right document."),
    "size.too_large": (
        "Berkas terlalu besar: {size}, batasnya {limit_mb} MB. Perkecil dengan «Kompres agar "
        "≤ 2 MB», atau pindai ulang pada 150 dpi hitam-putih.",
        "The file is too large: {size}, the limit is {limit_mb} MB. Shrink it with «Compress "
        "to fit ≤ 2 MB», or scan again at 150 dpi in black and white."),
    "size.near_limit": (
        "Ukuran {size} tepat di batas: lolos jika {limit_mb} MB dihitung {limit_binary}, "
        "tetapi tidak jika Sistem Informasi BNSP menghitung {limit_mb} MB = "
        "{limit_decimal}. Agar aman, kompres sedikit lagi.",
        "The size {size} is on the edge: it passes if {limit_mb} MB means {limit_binary}, "
        "but not if the BNSP information system counts {limit_mb} MB as {limit_decimal}. "
        "To be safe, compress it a little."),
    "pdf.no_pages": (
        "PDF ini tidak memiliki halaman. Simpan ulang dokumen sebagai PDF dari aplikasi "
        "aslinya atau pindai ulang.",
        "This PDF has no pages. Save the document as PDF again from its original application "
        "or scan it again."),
    "pdf.too_many_pages": (
        "PDF ini berisi lebih dari {limit} halaman, terlalu banyak untuk diperiksa atau "
        "diperbaiki dengan aman, dan bukan dokumen yang diminta butir ini. Berkas tidak "
        "dilampirkan. Pilih dokumen yang benar, atau simpan hanya halaman yang diperlukan.",
        "This PDF has more than {limit} pages, too many to check or fix safely, and it is "
        "not the document this item asks for. It was not attached. Choose the right "
        "document, or save only the pages needed."),
    "pdf.damaged": (
        "PDF ini rusak: {reason_text}. Minta atau unduh ulang berkasnya, atau pindai ulang "
        "dokumennya.",
        "This PDF is damaged: {reason_text}. Ask for or download the file again, or scan the "
        "document again."),
    "pdf.password_required": (
        "PDF ini dikunci dengan kata sandi, sehingga Sistem Informasi BNSP tidak dapat "
        "membukanya. Buka "
        "dengan kata sandinya, lalu simpan atau cetak ulang sebagai PDF tanpa kata sandi.",
        "This PDF is locked with a password, so the BNSP information system cannot open it. Open "
        "it with its "
        "password, then save or print it again as a PDF without a password."),
    "pdf.encrypted_no_password": (
        "PDF ini terenkripsi (terbuka tanpa kata sandi, tetapi cetak/salin dibatasi). "
        "Sistem Informasi BNSP bisa menolaknya: cetak ulang sebagai PDF biasa agar aman.",
        "This PDF is encrypted (it opens without a password, but printing or copying is "
        "restricted). The BNSP information system may refuse it: print it again to a plain PDF to "
        "be safe."),
    "pdf.encrypted_unsupported": (
        "PDF ini terenkripsi dengan cara yang tidak dapat diperiksa di sini. Cetak ulang "
        "sebagai PDF biasa tanpa kata sandi.",
        "This PDF is encrypted in a way that cannot be checked here. Print it again to a "
        "plain PDF without a password."),
    "pdf.javascript": (
        "PDF ini berisi kode program (JavaScript) yang dapat berjalan sendiri. Sistem Informasi "
        "BNSP dapat menolaknya: cetak ulang sebagai PDF biasa.",
        "This PDF contains program code (JavaScript) that can run by itself. The BNSP "
        "information system may refuse it: print it again to a plain PDF."),
    "pdf.embedded_files": (
        "PDF ini menyimpan berkas lain di dalamnya (lampiran). Cetak ulang sebagai PDF biasa "
        "agar hanya dokumennya yang terkirim.",
        "This PDF carries other files inside it (attachments). Print it again to a plain PDF "
        "so that only the document is sent."),
    "pdf.form": (
        "PDF ini berisi isian formulir. Pastikan isian sudah terisi, lalu cetak ulang sebagai "
        "PDF agar isian tidak hilang di Sistem Informasi BNSP.",
        "This PDF contains form fields. Make sure they are filled in, then print it again to "
        "PDF so the entries do not get lost in the BNSP information system."),
    "image.too_many_pixels": (
        "Gambar ini terlalu besar ({megapixels} megapiksel) untuk dibuka dengan aman. "
        "Perkecil ukurannya (misalnya menjadi 2000 piksel sisi panjang) lalu coba lagi.",
        "This image is too large ({megapixels} megapixels) to open safely. Resize it (to "
        "2000 pixels on the long side, say) and try again."),
    "image.too_costly": (
        "Gambar ini ({width} × {height} piksel) perlu sekitar {megabytes} MB memori untuk "
        "dibuka dan diolah, di atas batas aman {limit_mb} MB. Perkecil gambarnya (misalnya "
        "4000 piksel sisi panjang) dan simpan ulang sebagai JPG atau PNG biasa (bukan "
        "progresif), lalu coba lagi.",
        "This image ({width} × {height} pixels) needs about {megabytes} MB of memory to "
        "open and work on, above the safe {limit_mb} MB. Make it smaller (4000 pixels on "
        "the long side, say) and save it again as a plain (not progressive) JPG or PNG, "
        "then try again."),
    "image.damaged": (
        "Gambar ini rusak dan tidak dapat dibuka. Ambil ulang fotonya atau salin ulang "
        "berkas aslinya.",
        "This image is damaged and cannot be opened. Take the photo again or copy the "
        "original file again."),
    "image.truncated": (
        "Gambar ini terpotong (tidak lengkap), mungkin karena salinan yang terputus. Salin "
        "ulang berkas aslinya atau ambil ulang fotonya.",
        "This image is cut short, perhaps by an interrupted copy. Copy the original again or "
        "take the photo again."),
    "image.exif_rotated": (
        "Foto ini disimpan miring dan hanya tampak tegak di aplikasi yang membaca data orientasi "
        "foto; "
        "di Sistem Informasi BNSP bisa tampak miring. Putar lalu simpan ulang fotonya.",
        "This photo is stored sideways and only looks upright in viewers that read the photo's "
        "orientation data; the BNSP information system may show it sideways. Rotate it and "
        "save it again."),
    "image.cmyk": (
        "Gambar ini memakai warna CMYK (untuk cetak) dan bisa tampak aneh di layar. Simpan "
        "ulang dalam warna RGB.",
        "This image uses CMYK colour (meant for print) and may look wrong on screen. Save it "
        "again in RGB colour."),
    "image.too_small": (
        "Gambar ini kecil ({width} × {height} piksel); sisi terpendek sebaiknya minimal "
        "{min} piksel agar tajam. Gunakan berkas logo asli yang lebih besar.",
        "This image is small ({width} × {height} pixels); its short side should be at least "
        "{min} pixels to look sharp. Use the larger original logo file."),
    "image.portrait": (
        "Foto ini tegak (portrait, {width} × {height}); foto kantor tampak depan sebaiknya "
        "mendatar (landscape). Ambil ulang fotonya dengan ponsel dimiringkan.",
        "This photo is upright (portrait, {width} × {height}); a front view of the office "
        "should be wide (landscape). Take the photo again with the phone turned sideways."),
    "link.missing": (
        "Tautan belum diisi. Tempel tautan folder Google Drive yang memuat dokumennya.",
        "No link yet. Paste the Google Drive link of the folder holding the documents."),
    "link.not_url": (
        "'{url}' bukan alamat web. Salin tautan dari Google Drive (Bagikan > Salin link).",
        "'{url}' is not a web address. Copy the link from Google Drive (Share > Copy link)."),
    "link.not_drive": (
        "Tautan ini bukan tautan Google Drive (alamatnya {host}). Unggah dokumen ke Google "
        "Drive lalu salin tautan foldernya (Bagikan > Salin link).",
        "This is not a Google Drive link (its address is {host}). Upload the documents to "
        "Google Drive and copy the folder's link (Share > Copy link)."),
    "link.incomplete": (
        "Tautan Google Drive ini tidak lengkap atau tidak mengarah ke folder atau berkas. Salin "
        "ulang dengan Bagikan > Salin link.",
        "This Google Drive link is incomplete or points to no folder or file. Copy it again "
        "with Share > Copy link."),
    "link.file_not_folder": (
        "Tautan ini mengarah ke satu berkas, padahal yang diminta folder berisi semua "
        "dokumen. Taruh dokumen dalam satu folder lalu bagikan tautan foldernya.",
        "This link points to a single file, but a folder holding all the documents is "
        "asked for. Put the documents in one folder and share the folder's link."),
    "link.share_reminder": (
        "Pastikan folder dibagikan dengan akses \"Siapa saja yang memiliki link\"; aplikasi "
        "ini tidak dapat memeriksanya tanpa internet.",
        "Make sure the folder is shared as \"Anyone with the link\"; this app cannot check "
        "that without the internet."),
    "info.not_required": (
        "Butir ini tidak wajib bagi LSP Anda (menurut profil LSP). Berkas yang sudah "
        "dilampirkan tetap disimpan.",
        "This item is not required of your LSP (according to the LSP profile). Files "
        "already attached are kept."),
    "fix.pdf_encrypted": (
        "PDF ini dikunci dengan kata sandi, jadi tidak dapat diperkecil, digabung, atau "
        "diputar di sini. Buka dengan kata sandinya, simpan atau cetak ulang sebagai PDF tanpa "
        "kata sandi, lalu coba lagi.",
        "This PDF is locked with a password, so it cannot be made smaller, combined or "
        "turned here. Open it with its password, save or print it again as a PDF without "
        "a password, then try again."),
    "fix.pdf_damaged": (
        "PDF ini rusak ({reason_text}), jadi tidak dapat diperbaiki di sini. Minta atau "
        "unduh ulang berkasnya, atau pindai ulang dokumennya.",
        "This PDF is damaged ({reason_text}), so it cannot be fixed here. Ask for or "
        "download the file again, or scan the document again."),
    "fix.pdf_too_costly": (
        "Gambar di dalam PDF ini terlalu besar untuk diperkecil dengan aman di laptop ini "
        "(butuh lebih dari 200 MB memori). Pindai ulang dokumennya pada 150–300 dpi, lalu "
        "coba lagi.",
        "A picture inside this PDF is too large to be made smaller safely on this laptop "
        "(it needs more than 200 MB of memory). Scan the document again at 150–300 dpi, "
        "then try again."),
    "fix.combine_too_large": (
        "Berkas-berkas ini bersama-sama berukuran {size}, lebih dari {limit_binary} yang "
        "dapat digabung dengan aman. Kompres dulu setiap PDF atau foto yang besar, lalu "
        "gabungkan hasilnya.",
        "Together these files are {size}, more than the {limit_binary} that can be "
        "combined safely. Compress each large PDF or photo first, then combine the "
        "results."),
    "fix.combined_too_many_pages": (
        "Gabungan berkas-berkas ini akan berisi lebih dari {limit} halaman, terlalu banyak "
        "untuk digabung dengan aman. Gabungkan lebih sedikit berkas atau halaman.",
        "Together these files would make more than {limit} pages, too many to combine "
        "safely. Combine fewer files or pages."),
    "fix.pdf_cannot_fit": (
        "PDF ini tidak dapat diperkecil sampai di bawah {limit_decimal} tanpa membuat "
        "tulisannya sulit dibaca (gambar di bawah {min_dpi} dpi). Pindai ulang dalam "
        "hitam-putih atau abu-abu pada 150–200 dpi, atau bagi dokumennya menjadi beberapa "
        "berkas.",
        "This PDF cannot be made smaller than {limit_decimal} without making its text hard "
        "to read (pictures under {min_dpi} dpi). Scan it again in black and white or grey "
        "at 150–200 dpi, or split the document into several files."),
    "fix.image_cannot_fit": (
        "Gambar ini tidak dapat diperkecil sampai di bawah {limit_decimal} tanpa menjadi "
        "kurang dari {min_side} piksel (buram). Ambil ulang foto dengan resolusi lebih "
        "rendah, atau potong bagian yang tidak perlu.",
        "This picture cannot be made smaller than {limit_decimal} without going under "
        "{min_side} pixels (blurred). Take the photo again at a lower resolution, or crop "
        "what is not needed."),
    "fix.heic_unsupported": (
        "Foto ini berformat HEIC (format foto iPhone) dan tidak dapat dibuka di aplikasi "
        "ini. Kirim ulang foto dari iPhone sebagai JPG (atur Kamera > Format ke 'Paling "
        "Kompatibel'), lalu coba lagi.",
        "This photo is in HEIC format (the iPhone photo format) and cannot be opened in "
        "this app. Send the photo from the iPhone again as JPG (set Camera > Formats to "
        "'Most Compatible'), then try again."),
    "fix.bad_angle": (
        "Putaran {angle} derajat tidak dapat dipakai. Pilih 90, 180 atau 270 derajat.",
        "A turn of {angle} degrees cannot be used. Choose 90, 180 or 270 degrees."),
    "fix.bad_page": (
        "Halaman {page} tidak ada: PDF ini hanya {pages} halaman. Pilih nomor halaman "
        "antara 1 dan {pages}.",
        "There is no page {page}: this PDF has only {pages} pages. Choose a page number "
        "from 1 to {pages}."),
    "fix.no_files": (
        "Belum ada berkas untuk digabung. Pilih satu atau beberapa PDF atau foto.",
        "No files to combine yet. Choose one or more PDFs or photos."),
    "fix.input_format": (
        "{path} bukan PDF atau gambar ({detected_name}), jadi tidak dapat diperbaiki di sini. "
        "Pilih berkas PDF, JPG, PNG atau WEBP.",
        "{path} is not a PDF or picture ({detected_name}), so it cannot be fixed here. "
        "Choose a PDF, JPG, PNG or WEBP file."),
    "fix.out_is_input": (
        "Berkas hasil {path} sama dengan berkas masukan; aslinya tidak akan ditimpa. Pilih "
        "nama lain untuk --out.",
        "The result file {path} is the same as an input; the original is never overwritten. "
        "Choose another name for --out."),
    "fix.bad_pages": (
        "'{pages}' bukan daftar nomor halaman. Tulis misalnya --pages 1,3.",
        "'{pages}' is not a list of page numbers. Write for example --pages 1,3."),
    "fix.cli_done": (
        "Disimpan ke {path}: {before} menjadi {after}, {pages} halaman, resolusi terendah "
        "{resolution}.",
        "Saved to {path}: {before} became {after}, {pages} page(s), lowest resolution "
        "{resolution}."),
    "fix.cli_try_compress": (
        "Di baris perintah: perkecil dengan lsp-desktop fix compress BERKAS --out HASIL, "
        "atau lampirkan dengan lsp-desktop add … --fix.",
        "On the command line: shrink it with lsp-desktop fix compress FILE --out RESULT, "
        "or attach it with lsp-desktop add … --fix."),
    "fix.cli_try_fix": (
        "Atau tambahkan --fix pada perintah yang sama: aplikasi ini akan memperbaikinya "
        "(foto dijadikan PDF, berkas yang terlalu besar diperkecil).",
        "Or add --fix to the same command: the app will fix it (photos made into a PDF, "
        "a file too large made smaller)."),
    "fix.not_a_picture": (
        "Berkas ini berupa {detected_name}, bukan foto JPG, PNG atau WEBP, jadi tidak dapat "
        "dijadikan PDF atau diperkecil sebagai gambar. Pilih fotonya; untuk menyatukan PDF "
        "dengan foto, gunakan Gabungkan (combine).",
        "This file is a {detected_name}, not a JPG, PNG or WEBP photo, so it cannot be "
        "made into a PDF or shrunk as a picture. Choose the photo; to put PDFs and photos "
        "together, use Combine."),
    "fix.write_failed": (
        "Hasil perbaikan tidak dapat ditulis ke {path} ({reason}). Tidak ada berkas setengah "
        "jadi yang tertinggal. Pilih folder lain atau kosongkan ruang disk.",
        "The fixed file cannot be written to {path} ({reason}). No half-written file was "
        "left. Choose another folder or free some disk space."),
    "fix.input_failed": (
        "Masalah pada {path}: {reason}",
        "Problem with {path}: {reason}"),
    "fix.cli_done_plain": (
        "Disimpan ke {path}: {before} menjadi {after}, {pages} halaman.",
        "Saved to {path}: {before} became {after}, {pages} page(s)."),
    "fix.cli_reencoded": (
        "Foto JPEG tidak dapat diputar tanpa disimpan ulang: gambarnya disimpan ulang "
        "dengan mutu yang sama seperti aslinya.",
        "A JPEG photo cannot be turned without saving it again: the picture was saved "
        "again at the same quality as the original."),
    "fix.cli_reencoded_smaller": (
        "Foto JPEG tidak dapat diputar tanpa disimpan ulang; karena hasilnya di atas "
        "{limit_decimal}, gambarnya juga dikompres agar muat ({width}×{height} piksel).",
        "A JPEG photo cannot be turned without saving it again; as the result was over "
        "{limit_decimal}, the picture was also compressed to fit ({width}×{height} pixels)."),
    "fix.cli_unchanged": (
        "Berkas sudah di bawah {limit_decimal}; isinya tidak diubah.",
        "The file is already under {limit_decimal}; its content was not changed."),
    "fix.cli_still_too_large": (
        "Perhatian: hasilnya masih {limit_decimal} atau lebih. Jalankan 'fix compress' "
        "pada berkas hasil itu.",
        "Note: the result is still {limit_decimal} or more. Run 'fix compress' on that "
        "result file."),
    "fix.input_empty": (
        "{path} kosong (0 byte), jadi tidak ada yang dapat diperbaiki. Pilih berkas "
        "{allowed} yang ada isinya.",
        "{path} is empty (0 bytes), so there is nothing to fix. Choose a {allowed} file "
        "that has content."),
    "fix.input_not_accepted": (
        "{path} tidak dapat diperbaiki dengan perintah ini ({detected_name}). Pilih berkas "
        "{allowed}.",
        "{path} cannot be fixed by this command ({detected_name}). Choose a {allowed} "
        "file."),
}
