"""Every message the core shows, in Bahasa Indonesia and English.

A message is looked up by its stable code and filled with the values its finding or
error carries. Each one says what is wrong and what to do next, in plain words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

LANGS = ("id", "en")

FORMAT_NAMES = {
    "pdf": ("PDF", "PDF"),
    "jpeg": ("foto JPEG/JPG", "JPEG/JPG photo"),
    "png": ("gambar PNG", "PNG image"),
    "heic": ("foto HEIC (format foto iPhone)", "HEIC photo (the iPhone photo format)"),
    "webp": ("gambar WEBP", "WEBP image"),
    "tiff": ("gambar TIFF", "TIFF image"),
    "gif": ("gambar GIF", "GIF image"),
    "bmp": ("gambar BMP", "BMP image"),
    "doc": ("dokumen Word/Excel lama (DOC/XLS)", "old Word/Excel document (DOC/XLS)"),
    "docx": ("dokumen Word (DOCX)", "Word document (DOCX)"),
    "xlsx": ("lembar kerja Excel (XLSX)", "Excel spreadsheet (XLSX)"),
    "odt": ("dokumen OpenDocument (ODT)", "OpenDocument text (ODT)"),
    "zip": ("arsip ZIP", "ZIP archive"),
    "empty": ("berkas kosong", "empty file"),
    "unknown": ("format tidak dikenal", "unknown format"),
}
_IMAGES = {"jpeg", "png", "heic", "webp", "tiff", "gif", "bmp"}
_OFFICE = {"doc", "docx", "xlsx", "odt"}

PDF_REASONS = {
    "truncated": ("berkas terpotong (tidak lengkap), mungkin karena unduhan atau salinan "
                  "yang terputus", "the file is cut short, perhaps by an interrupted "
                  "download or copy"),
    "broken_index": ("daftar isi internal PDF rusak", "the PDF's internal index is broken"),
    "bad_header": ("awal berkas bukan PDF yang sah", "the start of the file is not a valid PDF"),
    "unreadable": ("isi PDF tidak dapat dibaca", "the PDF's content cannot be read"),
}

# code: (Indonesian, English). Values in {braces} come from the finding or error.
MESSAGES: dict[str, tuple[str, str]] = {
    "file.empty": (
        "Berkas ini kosong (0 bita). Pilih berkas aslinya, atau pindai ulang dokumennya.",
        "This file is empty (0 bytes). Choose the original file, or scan the document again."),
    "file.not_found": (
        "Berkas {path} tidak ditemukan. Periksa nama dan foldernya, lalu coba lagi.",
        "The file {path} was not found. Check its name and folder, then try again."),
    "file.not_a_file": (
        "{path} adalah folder, bukan berkas. Pilih berkas di dalamnya.",
        "{path} is a folder, not a file. Choose a file inside it."),
    "file.no_permission": (
        "Berkas {path} tidak boleh dibaca oleh akun ini. Salin berkas ke folder Dokumen "
        "Anda lalu coba lagi.",
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
        "Berkas ini {detected_name}; yang diterima untuk butir ini: {allowed}. {advice}",
        "This file is a {detected_name}; this item accepts: {allowed}. {advice}"),
    "size.far_too_large": (
        "Berkas ini {size}, jauh di atas batas 2 MB; kemungkinan bukan dokumen yang dimaksud "
        "(misalnya video). Berkas tidak dibuka. Pilih dokumen yang benar.",
        "This file is {size}, far above the 2 MB limit; it is probably not the intended "
        "document (a video, say). It was not opened. Choose the right document."),
    "size.too_large": (
        "Berkas terlalu besar: {size}, batasnya 2 MB. Kompres berkas (misalnya pindai ulang "
        "pada 150 dpi hitam-putih, atau gunakan fitur kompres PDF) hingga di bawah 2 MB.",
        "The file is too large: {size}, the limit is 2 MB. Compress it (scan again at "
        "150 dpi in black and white, or use a PDF compressor) until it is under 2 MB."),
    "size.near_limit": (
        "Ukuran {size} pas di batas: lolos jika 2 MB dihitung {limit_binary}, tetapi tidak "
        "jika portal menghitung 2 MB = {limit_decimal}. Agar aman, kompres sedikit.",
        "The size {size} is on the edge: it passes if 2 MB means {limit_binary}, but not if "
        "the portal counts 2 MB as {limit_decimal}. To be safe, compress it a little."),
    "pdf.no_pages": (
        "PDF ini tidak memiliki halaman. Simpan ulang dokumen sebagai PDF dari aplikasi "
        "aslinya atau pindai ulang.",
        "This PDF has no pages. Save the document as PDF again from its original application "
        "or scan it again."),
    "pdf.damaged": (
        "PDF ini rusak: {reason_text}. Minta atau unduh ulang berkasnya, atau pindai ulang "
        "dokumennya.",
        "This PDF is damaged: {reason_text}. Ask for or download the file again, or scan the "
        "document again."),
    "pdf.password_required": (
        "PDF ini dikunci dengan kata sandi, sehingga portal tidak dapat membukanya. Buka "
        "dengan kata sandinya lalu simpan/cetak ulang sebagai PDF tanpa kata sandi.",
        "This PDF is locked with a password, so the portal cannot open it. Open it with its "
        "password, then save or print it again as a PDF without a password."),
    "pdf.encrypted_no_password": (
        "PDF ini terenkripsi (terbuka tanpa kata sandi, tetapi cetak/salin dibatasi). "
        "Sebagian portal menolaknya: cetak ulang sebagai PDF biasa agar aman.",
        "This PDF is encrypted (it opens without a password, but printing or copying is "
        "restricted). Some portals refuse it: print it again to a plain PDF to be safe."),
    "pdf.encrypted_unsupported": (
        "PDF ini terenkripsi dengan cara yang tidak dapat diperiksa di sini. Cetak ulang "
        "sebagai PDF biasa tanpa kata sandi.",
        "This PDF is encrypted in a way that cannot be checked here. Print it again to a "
        "plain PDF without a password."),
    "pdf.javascript": (
        "PDF ini berisi JavaScript. Portal dapat menolaknya: cetak ulang sebagai PDF biasa.",
        "This PDF contains JavaScript. The portal may refuse it: print it again to a plain "
        "PDF."),
    "pdf.embedded_files": (
        "PDF ini menyimpan berkas lain di dalamnya (lampiran). Cetak ulang sebagai PDF biasa "
        "agar hanya dokumennya yang terkirim.",
        "This PDF carries other files inside it (attachments). Print it again to a plain PDF "
        "so that only the document is sent."),
    "pdf.form": (
        "PDF ini berisi isian formulir. Pastikan isian sudah terisi, lalu cetak ulang sebagai "
        "PDF agar isian tidak hilang di portal.",
        "This PDF contains form fields. Make sure they are filled in, then print it again to "
        "PDF so the entries do not get lost in the portal."),
    "image.too_many_pixels": (
        "Gambar ini terlalu besar ({megapixels} megapiksel) untuk dibuka dengan aman. "
        "Perkecil ukurannya (misalnya menjadi 2000 piksel sisi panjang) lalu coba lagi.",
        "This image is too large ({megapixels} megapixels) to open safely. Resize it (to "
        "2000 pixels on the long side, say) and try again."),
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
        "Foto ini disimpan miring dan hanya tampak tegak di aplikasi yang membaca data EXIF; "
        "di portal bisa tampak miring. Putar lalu simpan ulang fotonya.",
        "This photo is stored sideways and only looks upright in viewers that read its EXIF "
        "data; the portal may show it sideways. Rotate it and save it again."),
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
        "mendatar (landscape). Ambil foto dengan ponsel dimiringkan.",
        "This photo is upright (portrait, {width} × {height}); a front view of the office "
        "should be wide (landscape). Take the photo with the phone turned sideways."),
    "link.missing": (
        "Tautan belum diisi. Tempel tautan Google Drive folder yang memuat dokumennya.",
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
        "Tautan Google Drive ini tidak lengkap atau tidak menunjuk folder/berkas. Salin "
        "ulang dengan Bagikan > Salin link.",
        "This Google Drive link is incomplete or points to no folder or file. Copy it again "
        "with Share > Copy link."),
    "link.file_not_folder": (
        "Tautan ini menunjuk satu berkas, padahal yang diminta folder berisi semua "
        "dokumen. Taruh dokumen dalam satu folder lalu bagikan tautan foldernya.",
        "This link points to a single file, but a folder holding all the documents is "
        "asked for. Put the documents in one folder and share the folder's link."),
    "link.share_reminder": (
        "Pastikan folder dibagikan dengan akses \"Siapa saja yang memiliki link\"; aplikasi "
        "ini tidak dapat memeriksanya tanpa internet.",
        "Make sure the folder is shared as \"Anyone with the link\"; this app cannot check "
        "that without the internet."),
    "nik.missing": ("NIK belum diisi. Salin 16 angka NIK dari KTP.",
                    "NIK is empty. Copy the 16-digit NIK from the ID card (KTP)."),
    "nik.length": (
        "NIK '{nik}' harus 16 angka (tertulis {count} angka). Periksa kembali dengan KTP.",
        "NIK '{nik}' must be 16 digits ({count} digits written). Check it against the KTP."),
    "nik.province": (
        "NIK '{nik}' diawali kode provinsi {code} yang tidak ada. Periksa dua angka pertama.",
        "NIK '{nik}' starts with province code {code}, which does not exist. Check the first "
        "two digits."),
    "nik.birth_date": (
        "Tanggal lahir di NIK '{nik}' ({date}) tidak mungkin. Periksa angka ke-7 sampai "
        "ke-12 (tanggal + 40 untuk perempuan).",
        "The birth date in NIK '{nik}' ({date}) is impossible. Check digits 7 to 12 (day + 40 "
        "for women)."),
    "nik.duplicate": (
        "NIK '{nik}' tercatat lebih dari sekali. Setiap orang punya NIK sendiri: periksa "
        "atau hapus baris ganda.",
        "NIK '{nik}' appears more than once. Each person has their own NIK: check it or "
        "delete the duplicate row."),
    "phone.invalid": (
        "Nomor telepon '{phone}' tidak dikenali. Tulis seperti 0812xxxxxxx atau +62812xxxxxxx.",
        "Phone number '{phone}' is not recognised. Write it like 0812xxxxxxx or "
        "+62812xxxxxxx."),
    "email.invalid": (
        "Alamat email '{email}' tidak sah. Tulis seperti nama@contoh.com.",
        "E-mail address '{email}' is not valid. Write it like name@example.com."),
    "assessor.met_missing": (
        "Nomor registrasi (MET) belum diisi. Salin dari sertifikat asesor, mis. "
        "MET.000.001573 2020.",
        "The registration number (MET) is empty. Copy it from the assessor certificate, "
        "e.g. MET.000.001573 2020."),
    "assessor.met_format": (
        "Nomor MET '{met}' bentuknya tidak biasa (umumnya MET.000.001573 2020). Periksa "
        "kembali; jika memang begitu di sertifikat, biarkan.",
        "MET number '{met}' has an unusual shape (usually MET.000.001573 2020). Check it; if "
        "the certificate says so, leave it."),
    "assessor.blanko_missing": (
        "Nomor Blanko sertifikat asesor belum diisi. Salin dari lembar sertifikat.",
        "The certificate's blank number (Nomor Blanko) is empty. Copy it from the "
        "certificate sheet."),
    "assessor.date_invalid": (
        "Tanggal '{date}' tidak dikenali. Tulis seperti 2024-03-17 atau 17/03/2024.",
        "Date '{date}' is not recognised. Write it like 2024-03-17 or 17/03/2024."),
    "assessor.dates_missing": (
        "Tanggal terbit atau masa berlaku sertifikat asesor belum diisi.",
        "The assessor certificate's issue or expiry date is empty."),
    "assessor.expired": (
        "Sertifikat asesor sudah habis masa berlakunya ({date}). Hanya sertifikat yang masih "
        "berlaku yang diminta: perbarui sertifikat atau keluarkan asesor ini dari daftar.",
        "The assessor certificate expired on {date}. Only valid certificates are asked for: "
        "renew it or take this assessor off the list."),
    "assessor.expiring": (
        "Sertifikat asesor habis {date} ({days} hari lagi). Segera ajukan perpanjangan.",
        "The assessor certificate expires on {date} (in {days} days). Apply for renewal "
        "soon."),
    "pasfoto.not_portrait": (
        "Pasfoto sebaiknya tegak (portrait), mis. ukuran 3×4 atau 4×6.",
        "The passport photo should be upright (portrait), e.g. 3×4 or 4×6."),
    "pasfoto.not_red": (
        "Latar belakang pasfoto tampaknya bukan merah (hanya {percent}% tepi yang merah). "
        "Surat edaran meminta latar merah: foto ulang dengan latar merah.",
        "The photo's background does not look red (only {percent}% of the border is red). "
        "The circular asks for a red background: take the photo again."),
    "package.code_missing": ("Paket tanpa kode/nomor skema. Isi kodenya.",
                             "A package has no code or scheme number. Fill it in."),
    "package.name_missing": ("Paket {package} belum bernama. Isi nama Bahasa Indonesia.",
                             "Package {package} has no name. Fill in the Indonesian name."),
    "package.translation_missing": (
        "Paket {package} belum punya nama Bahasa Inggris. Surat edaran meminta terjemahannya.",
        "Package {package} has no English name. The circular asks for the translation."),
    "package.kind_unknown": (
        "Jenis paket '{kind}' tidak dikenal; pilih KKNI, okupasi atau klaster.",
        "Package kind '{kind}' is unknown; choose KKNI, okupasi or klaster."),
    "package.no_units": ("Paket {package} belum berisi unit kompetensi.",
                         "Package {package} lists no competency units."),
    "package.duplicate": ("Kode paket {package} tercatat lebih dari sekali. Hapus yang ganda.",
                          "Package code {package} is listed more than once. Delete the copy."),
    "unit.code_missing": ("Unit pada paket {package} tanpa kode unit. Isi kodenya.",
                          "A unit of package {package} has no code. Fill it in."),
    "unit.duplicate": ("Unit {unit} muncul dua kali pada paket {package}. Hapus yang ganda.",
                       "Unit {unit} appears twice in package {package}. Delete the copy."),
    "unit.code_format": (
        "Kode unit {unit} (paket {package}) bentuknya tidak biasa (mis. M.702090.001.02). "
        "Periksa kembali; jika memang begitu di SKKNI, biarkan.",
        "Unit code {unit} (package {package}) has an unusual shape (e.g. M.702090.001.02). "
        "Check it; if the SKKNI says so, leave it."),
    "unit.title_missing": ("Unit {unit} (paket {package}) belum berjudul.",
                           "Unit {unit} (package {package}) has no title."),
    "unit.translation_missing": (
        "Unit {unit} (paket {package}) belum punya judul Bahasa Inggris.",
        "Unit {unit} (package {package}) has no English title."),
    "social.invalid": (
        "'{value}' ({platform}) bukan alamat atau nama akun yang sah. Salin alamat dari "
        "peramban, mis. https://instagram.com/lspanda.",
        "'{value}' ({platform}) is not a valid address or account name. Copy the address "
        "from the browser, e.g. https://instagram.com/yourlsp."),
    "social.wrong_site": (
        "'{value}' bukan alamat {platform} (seharusnya di {expected}).",
        "'{value}' is not a {platform} address (it should be on {expected})."),
    "social.none": ("Belum ada akun sosial media LSP. Isi minimal satu (situs web, "
                    "Instagram, Facebook, YouTube, TikTok atau X).",
                    "No social media of the LSP yet. Fill in at least one (website, "
                    "Instagram, Facebook, YouTube, TikTok or X)."),
    "roster.empty": ("Belum ada personil. Tambahkan Unsur Pengarah, Unsur Pelaksana dan "
                     "Asesor, atau impor dari lembar Excel.",
                     "No personnel yet. Add the Steering and Executive members and the "
                     "Assessors, or import them from a spreadsheet."),
    "roster.role_missing": ("Belum ada {role_name} dalam daftar.",
                            "No {role_name} in the list yet."),
    "roster.not_submitted": (
        "{done} dari {total} orang sudah submit di SIAPkerja. Ingatkan yang lain untuk "
        "mengisi data diri sampai tahap kirim di siapkerja.kemnaker.go.id.",
        "{done} of {total} people have submitted on SIAPkerja. Remind the others to fill in "
        "their data up to the submit step at siapkerja.kemnaker.go.id."),
    "assessors.none": ("Belum ada asesor. Tambahkan personil dengan peran Asesor.",
                       "No assessors yet. Add people with the role Assessor."),
    "packages.none": ("Belum ada paket kompetensi. Tambahkan paket beserta unitnya.",
                      "No competency packages yet. Add the packages with their units."),
    "assessor_files.incomplete": (
        "Dokumen asesor yang belum disiapkan di sini: {missing}. Pastikan semuanya ada di "
        "folder Google Drive.",
        "Assessor documents not prepared here: {missing}. Make sure all are in the Google "
        "Drive folder."),
    "training.no_participant": (
        "Peserta pelatihan (staf IT) belum diisi. Isi nama, email dan telepon.",
        "The training participant (IT staff) is not filled in. Enter name, e-mail and phone."),
    "person.not_found": ("Personil nomor {id} tidak ada.", "There is no person number {id}."),
    "person.name_missing": ("Nama personil wajib diisi.", "The person's name is required."),
    "person.not_assessor": ("Personil nomor {id} bukan Asesor.",
                            "Person number {id} is not an Assessor."),
    "value.not_allowed": ("Nilai '{value}' tidak dikenal untuk {field}. Pilih: {allowed}.",
                          "Value '{value}' is not known for {field}. Choose: {allowed}."),
    "bundle.incomplete": (
        "Bundel belum dapat diekspor karena belum lengkap: {items}. Lengkapi dulu, atau "
        "ekspor sebagai draf (--allow-incomplete) untuk diperiksa orang lain.",
        "The bundle cannot be exported yet because it is incomplete: {items}. Complete it "
        "first, or export a draft (--allow-incomplete) for someone to review."),
    "bundle.write_failed": (
        "Bundel {path} tidak dapat ditulis ({reason}). Tidak ada berkas setengah jadi yang "
        "tertinggal dan bundel lama tetap utuh. Kosongkan ruang disk atau pilih folder lain.",
        "The bundle {path} could not be written ({reason}). No half-written file was left "
        "and any earlier bundle is intact. Free some disk space or choose another folder."),
    "bundle.reread_failed": (
        "Bundel yang baru ditulis gagal dibaca ulang ({reason}); bundel tidak disimpan. "
        "Periksa disk lalu coba lagi.",
        "The freshly written bundle failed its re-read ({reason}); it was not kept. Check "
        "the disk and try again."),
    "bundle.exported": (
        "Bundel lengkap tersimpan: {path} ({files} berkas).",
        "Complete bundle saved: {path} ({files} files)."),
    "bundle.exported_draft": (
        "Bundel DRAF tersimpan: {path} ({files} berkas). Belum lengkap: {missing}.",
        "DRAFT bundle saved: {path} ({files} files). Still missing: {missing}."),
    "bundle.not_zip": (
        "Berkas ini bukan zip yang utuh ({reason}). Minta kiriman ulang bundelnya.",
        "This is not an intact zip file ({reason}). Ask for the bundle to be sent again."),
    "bundle.not_a_bag": (
        "Zip ini bukan bundel LSP Desktop (isi teratas: {file}).",
        "This zip is not an LSP Desktop bundle (top-level content: {file})."),
    "bundle.unsafe_path": (
        "Zip berisi nama berkas berbahaya '{file}' (menunjuk ke luar folder). Bundel ditolak.",
        "The zip holds a dangerous file name '{file}' (pointing outside its folder). The "
        "bundle is refused."),
    "bundle.link_member": (
        "Zip berisi tautan simbolik '{file}'. Bundel ditolak.",
        "The zip holds a symbolic link '{file}'. The bundle is refused."),
    "bundle.duplicate_member": (
        "Zip berisi nama berkas ganda '{file}'. Bundel ditolak.",
        "The zip holds the name '{file}' twice. The bundle is refused."),
    "bundle.member_too_large": (
        "Berkas '{file}' di dalam zip terlalu besar ({size}). Bundel ditolak.",
        "The file '{file}' inside the zip is too large ({size}). The bundle is refused."),
    "bundle.zip_bomb": (
        "Berkas '{file}' di dalam zip terkompresi secara tidak wajar (bom zip). Bundel ditolak.",
        "The file '{file}' inside the zip is compressed implausibly (a zip bomb). The bundle "
        "is refused."),
    "bundle.too_many_members": (
        "Zip berisi terlalu banyak berkas ({count}). Bundel ditolak.",
        "The zip holds too many files ({count}). The bundle is refused."),
    "bundle.too_large": ("Isi zip terlalu besar ({size}). Bundel ditolak.",
                         "The zip's content is too large ({size}). The bundle is refused."),
    "bundle.member_missing": (
        "Berkas '{file}' tidak ada di dalam bundel.",
        "The file '{file}' is missing from the bundle."),
    "bundle.member_damaged": (
        "Berkas '{file}' di dalam bundel rusak ({reason}).",
        "The file '{file}' inside the bundle is damaged ({reason})."),
    "bundle.checksum": (
        "Berkas '{file}' berubah atau rusak: checksum SHA-256 tidak cocok.",
        "The file '{file}' was changed or damaged: its SHA-256 checksum does not match."),
    "bundle.unlisted_member": (
        "Berkas '{file}' ada di bundel tetapi tidak tercatat di manifest.",
        "The file '{file}' is in the bundle but not listed in the manifest."),
    "bundle.oxum": (
        "Jumlah isi bundel ({found}) berbeda dari yang tercatat ({expected}).",
        "The bundle's payload ({found}) differs from what was recorded ({expected})."),
    "bundle.manifest_mismatch": (
        "manifest.json tidak cocok dengan berkas '{file}'.",
        "manifest.json does not match the file '{file}'."),
    "bundle.catalog_unknown": (
        "Bundel dibuat untuk katalog persyaratan lain ('{catalog}'). Perbarui aplikasi.",
        "The bundle was made for another requirement catalogue ('{catalog}'). Update the "
        "application."),
    "verify.intact": ("UTUH: {path} lengkap dan semua checksum cocok.",
                      "INTACT: {path} is complete and every checksum matches."),
    "verify.damaged": ("RUSAK: {path} tidak utuh. Minta kiriman ulang atau ekspor ulang.",
                       "DAMAGED: {path} is not intact. Ask for it again or export it again."),
    "verify.incomplete": ("BELUM LENGKAP: checksum {path} cocok, tetapi belum lengkap: "
                          "{missing}.",
                          "INCOMPLETE: {path} checksums match, but it lacks: {missing}."),
    "verify.draft": ("DRAF: checksum {path} cocok, tetapi ini bundel draf (belum lengkap: "
                     "{missing}).",
                     "DRAFT: {path} checksums match, but it is a draft bundle (lacking: "
                     "{missing})."),
    "import.target_exists": (
        "Ruang kerja {path} sudah ada. Pilih nama berkas baru agar data yang ada tidak "
        "tertimpa.",
        "The workspace {path} already exists. Choose a new file name so nothing is "
        "overwritten."),
    "import.damaged": (
        "Bundel {path} tidak dapat dibuka: {reason}. Tidak ada yang diimpor.",
        "The bundle {path} cannot be opened: {reason_en}. Nothing was imported."),
    "import.done": ("Bundel dibuka sebagai ruang kerja baru: {path}",
                    "The bundle was opened as a new workspace: {path}"),
    "info.not_required": (
        "Butir ini tidak wajib bagi LSP Anda (menurut profil LSP). Berkas yang sudah "
        "dilampirkan tetap disimpan.",
        "This item is not required of your LSP (according to the LSP profile). Files "
        "already attached are kept."),
    # Errors of the core.
    "catalog.missing": (
        "Katalog persyaratan {file} tidak ditemukan. Pasang ulang aplikasi.",
        "The requirement catalogue {file} was not found. Reinstall the application."),
    "catalog.invalid": (
        "Katalog persyaratan {file} tidak sah: butir {item}, isian {field}: {problem}. "
        "Perbaiki berkas katalog atau pasang ulang aplikasi.",
        "The requirement catalogue {file} is invalid: item {item}, field {field}: {problem}. "
        "Fix the catalogue file or reinstall the application."),
    "requirement.unknown": (
        "Butir persyaratan '{requirement}' tidak dikenal. Pilih salah satu dari: {known}.",
        "Unknown requirement '{requirement}'. Choose one of: {known}."),
    "requirement.not_file": (
        "Butir '{requirement}' tidak menerima berkas (bentuknya: {form}).",
        "Item '{requirement}' does not take files (its form is: {form})."),
    "attach.refused": (
        "{name} tidak dilampirkan ke '{requirement}': {reason}",
        "{name} was not attached to '{requirement}': {reason}"),
    "attach.already_has_file": (
        "'{requirement}' sudah memiliki berkas ({existing}); butir ini hanya menerima satu "
        "berkas. Hapus berkas lama dulu atau gunakan Ganti.",
        "'{requirement}' already has a file ({existing}); this item takes one file only. "
        "Remove the old file first or use Replace."),
    "document.not_found": (
        "Tidak ada berkas terlampir pada '{requirement}' yang cocok.",
        "No file attached to '{requirement}' matches."),
    "workspace.newer": (
        "Ruang kerja {path} dibuat oleh versi LSP Desktop yang lebih baru (skema {found}, "
        "versi ini mengenal sampai {known}). Perbarui aplikasi untuk membukanya; berkas "
        "tidak diubah.",
        "The workspace {path} was made by a newer LSP Desktop (schema {found}; this version "
        "knows up to {known}). Update the application to open it; the file was not changed."),
    "workspace.not_workspace": (
        "{path} bukan ruang kerja LSP Desktop atau sudah rusak. Pilih berkas ruang kerja "
        "yang benar (.lspws); berkas ini tidak diubah.",
        "{path} is not an LSP Desktop workspace, or it is damaged. Choose the right workspace "
        "file (.lspws); this file was not changed."),
    "workspace.cannot_open": (
        "Ruang kerja {path} tidak dapat dibuka ({reason}). Periksa foldernya dan ruang disk.",
        "The workspace {path} cannot be opened ({reason}). Check its folder and free disk "
        "space."),
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
    "profile.bad_skkk": (
        "Nilai SKKK '{value}' tidak dikenal. Tulis yes atau no (ya atau tidak).",
        "Unknown SKKK value '{value}'. Write yes or no."),
    "cli.usage": (
        "Perintah tidak lengkap atau salah: {detail}. Lihat petunjuk: lsp-desktop --help",
        "The command is incomplete or wrong: {detail}. See the help: lsp-desktop --help"),
    "cli.no_display": (
        "Jendela aplikasi tidak dapat dibuka ({reason}). Perintah baris tetap dapat dipakai: "
        "lsp-desktop --help",
        "The application window cannot be opened ({reason}). The command line still works: "
        "lsp-desktop --help"),
    "cli.linux_library": (
        "Jendela membutuhkan pustaka sistem {package}. Pasang dengan: sudo apt install "
        "{package}",
        "The window needs the system library {package}. Install it with: sudo apt install "
        "{package}"),
    "table.unknown_kind": ("Jenis tabel '{kind}' tidak dikenal. Pilih: {known}.",
                           "Unknown table kind '{kind}'. Choose: {known}."),
    "table.unknown_format": (
        "{path}: hanya berkas .csv atau .xlsx yang dapat dibaca/ditulis. Simpan lembar kerja "
        "sebagai CSV atau XLSX.",
        "{path}: only .csv or .xlsx files can be read or written. Save the sheet as CSV or "
        "XLSX."),
    "table.unreadable": ("{path} tidak dapat dibaca ({reason}). Buka di Excel lalu simpan "
                         "ulang sebagai XLSX atau CSV.",
                         "{path} cannot be read ({reason}). Open it in Excel and save it again "
                         "as XLSX or CSV."),
    "table.empty": ("{path} kosong.", "{path} is empty."),
    "table.missing_columns": (
        "{path}: kolom {missing} tidak ditemukan (ada: {found}). Kolom yang dikenal: {expected}.",
        "{path}: column {missing} not found (found: {found}). Known columns: {expected}."),
    "table.too_many_rows": ("{path} berisi lebih dari {limit} baris.",
                            "{path} holds more than {limit} rows."),
    "import.no_name": ("Nama kosong.", "The name is empty."),
    "import.role_unknown": (
        "Peran '{value}' tidak dikenal: tulis Pengarah, Pelaksana atau Asesor.",
        "Role '{value}' is unknown: write Pengarah, Pelaksana or Asesor."),
    "import.status_unknown": (
        "Status SIAPkerja '{value}' tidak dikenal: tulis belum daftar, terdaftar, data diri "
        "lengkap atau sudah submit.",
        "SIAPkerja status '{value}' is unknown: write belum daftar, terdaftar, data diri "
        "lengkap or sudah submit."),
    "import.nik_repeated": ("NIK {nik} sudah muncul di baris sebelumnya.",
                            "NIK {nik} already appears in an earlier row."),
    "import.not_assessor": ("Orang ini ada di daftar personil tetapi bukan Asesor.",
                            "This person is in the roster but not as an Assessor."),
    "import.no_package_code": ("Kode paket kosong.", "The package code is empty."),
    "internal": (
        "Terjadi kesalahan tak terduga ({reason}). Data yang sudah tersimpan tetap aman. "
        "Coba lagi; jika berulang, kirim berkas log {log} ke staf IT.",
        "An unexpected error occurred ({reason}). What was saved is safe. Try again; if it "
        "happens again, send the log file {log} to your IT staff."),
}


def format_size(size: int, lang: str = "id") -> str:
    """``6,3 MB (6.291.456 bita)`` in Indonesian, ``6.3 MB (6,291,456 bytes)`` in English."""
    if size >= 1000 * 1000:
        human = f"{size / (1000 * 1000):.2f}".rstrip("0").rstrip(".") + " MB"
    elif size >= 1000:
        human = f"{size / 1000:.0f} KB"
    else:
        human = ""
    exact = f"{format_number(size, lang)} {'bytes' if lang == 'en' else 'bita'}"
    if not human:
        return exact
    if lang != "en":
        human = human.replace(".", ",")
    return f"{human} ({exact})"


def format_number(value: int, lang: str = "id") -> str:
    text = f"{value:,}"
    return text if lang == "en" else text.replace(",", ".")


def format_name(fmt: str, lang: str = "id") -> str:
    names = FORMAT_NAMES.get(fmt, (fmt.upper(), fmt.upper()))
    return names[1] if lang == "en" else names[0]


def _advice(detected: str, allowed: str, lang: str) -> str:
    en = lang == "en"
    allowed_set = set(allowed.split("/"))
    if detected in allowed_set:
        ext = {"jpeg": ".jpg"}.get(detected, f".{detected}")
        return (f"Rename the file to end in {ext} so the portal recognises it." if en else
                f"Ganti akhiran nama berkas menjadi {ext} agar portal mengenalinya.")
    if "pdf" in allowed_set and detected in _IMAGES:
        return ("Turn it into a PDF: open the picture and choose Print > Save as PDF, or "
                "scan the document with a scanner app that saves PDF." if en else
                "Jadikan PDF: buka gambarnya lalu pilih Cetak > Simpan sebagai PDF, atau "
                "pindai dokumen dengan aplikasi pemindai yang menyimpan PDF.")
    if "pdf" in allowed_set and detected in _OFFICE:
        return ("Open it in Word or LibreOffice and use Save As > PDF." if en else
                "Buka di Word atau LibreOffice lalu pilih Simpan Sebagai > PDF.")
    if detected == "heic":
        return ("Convert it to JPG: export the photo as JPG, or set the iPhone's Camera > "
                "Formats to 'Most Compatible' and take it again." if en else
                "Ubah ke JPG: ekspor foto sebagai JPG, atau atur iPhone di Kamera > Format "
                "ke 'Paling Kompatibel' lalu ambil ulang.")
    if detected in _IMAGES:
        return ("Open it and save it again as JPG or PNG." if en else
                "Buka gambarnya lalu simpan ulang sebagai JPG atau PNG.")
    if detected == "pdf":
        return ("Export the page as a JPG or PNG picture." if en else
                "Ekspor halamannya sebagai gambar JPG atau PNG.")
    if detected == "zip":
        return ("Extract the archive and choose the file inside it." if en else
                "Ekstrak arsipnya lalu pilih berkas di dalamnya.")
    return ("Save the document again in an accepted format." if en else
            "Simpan ulang dokumen dalam format yang diterima.")


_SIZE_KEYS = {"size", "limit_binary", "limit_decimal"}
_ALLOWED_NAMES = {"jpeg": "JPG/JPEG"}


def render(code: str, values: dict[str, Any] | None, lang: str = "id") -> str:
    lang = lang if lang in LANGS else "id"
    templates = MESSAGES.get(code)
    if templates is None:
        return code
    shown: dict[str, Any] = {}
    for key, value in (values or {}).items():
        shown[key] = format_size(value, lang) if key in _SIZE_KEYS and isinstance(
            value, int) else value
    if "detected" in shown:
        shown["detected_name"] = format_name(str(shown["detected"]), lang)
        shown["advice"] = _advice(str(shown["detected"]), str(shown.get("allowed", "")), lang)
    if "allowed" in shown:
        shown["allowed"] = "/".join(_ALLOWED_NAMES.get(f, f.upper())
                                    for f in str(shown["allowed"]).split("/"))
    if "named" in shown:
        shown["named_ext"] = {"jpeg": ".jpg"}.get(shown["named"], f".{shown['named']}")
    if "reason" in shown and shown["reason"] in PDF_REASONS:
        shown["reason_text"] = PDF_REASONS[shown["reason"]][1 if lang == "en" else 0]
    if "role" in shown:
        shown["role_name"] = label(ROLE_LABELS, str(shown["role"]), lang)
    template = templates[1 if lang == "en" else 0]
    text = template.format_map(_Blank(shown))
    if "name" in shown and "{name}" not in template:
        text = f"{shown['name']}: {text}"
    return text


class _Blank(dict):
    """A value missing from an older finding shows as a dash, not as a crash."""

    def __missing__(self, key: str) -> str:
        return "-"


# Words the command line and the window share.
STATE_LABELS = {
    "missing": ("belum ada", "missing"),
    "ok": ("siap", "ready"),
    "warning": ("siap, ada peringatan", "ready, with warnings"),
    "error": ("ada kesalahan", "has errors"),
    "not-required": ("tidak wajib", "not required"),
}
SEVERITY_LABELS = {
    "error": ("kesalahan", "error"),
    "warning": ("peringatan", "warning"),
    "info": ("info", "info"),
}
ROLE_LABELS = {
    "pengarah": ("Unsur Pengarah", "Steering member"),
    "pelaksana": ("Unsur Pelaksana", "Executive member"),
    "asesor": ("Asesor", "Assessor"),
}
SIAPKERJA_LABELS = {
    "belum-daftar": ("belum daftar", "not registered"),
    "terdaftar": ("terdaftar", "registered"),
    "data-lengkap": ("data diri lengkap", "personal data complete"),
    "sudah-submit": ("sudah submit", "submitted"),
}
VERDICT_LABELS = {
    "ok": ("OK", "OK"),
    "warning": ("PERINGATAN", "WARNING"),
    "error": ("KESALAHAN", "ERROR"),
}


def label(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    pair = table.get(key, (key, key))
    return pair[1] if lang == "en" else pair[0]


def progress_text(ready: int, total: int, lang: str) -> str:
    return f"{ready} of {total} ready" if lang == "en" else f"{ready} dari {total} siap"


_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def format_date(day: dt.date, lang: str = "id") -> str:
    months = _MONTHS_EN if lang == "en" else _MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


def window_text(start: dt.date, end: dt.date, today: dt.date, lang: str = "id") -> str:
    """The circular's time window as the admin needs to read it today."""
    en = lang == "en"
    first, last = format_date(start, lang), format_date(end, lang)
    if today < start:
        days = (start - today).days
        return (f"Opens {first} ({days} days from now), closes {last}." if en else
                f"Dibuka {first} ({days} hari lagi), ditutup {last}.")
    if today <= end:
        days = (end - today).days
        return (f"{days} days left: closes {last}." if en else
                f"Sisa {days} hari: ditutup {last}.")
    days = (today - end).days
    return (f"The window {first} – {last} closed {days} days ago; you can still prepare, "
            "then register for the training." if en else
            f"Masa {first} – {last} sudah ditutup {days} hari lalu; Anda tetap dapat "
            "menyiapkan dokumen, lalu mendaftar pelatihan.")
