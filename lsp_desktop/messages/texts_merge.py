"""Texts of merging a colleague's bundle, the assessors' folder and chasing what is missing.

CODES: code -> (Indonesian, English); PHRASES: English -> Indonesian (command line, window).
"""

CODES: dict[str, tuple[str, str]] = {
    "merge.no_such_entry": (
        "Tidak ada baris rencana penggabungan bernama {key}. Jalankan dulu dengan --dry-run "
        "untuk melihat nama barisnya.",
        "No merge plan row is named {key}. Run with --dry-run first to see the row names."),
    "merge.bad_choice": (
        "Pilihan untuk {key} harus 'here' (yang sudah ada di sini) atau 'there' (dari bundel "
        "rekan).",
        "The choice for {key} must be 'here' (what is already here) or 'there' (from the "
        "colleague's bundle)."),
    "merge.planned": (
        "Rencana penggabungan: {new} baru, {same} sama, {different} berbeda, {name_differs} "
        "NIK sama dengan nama lain, {only_here} hanya di sini.",
        "Merge plan: {new} new, {same} the same, {different} different, {name_differs} same "
        "NIK under another name, {only_here} only here."),
    "merge.done": (
        "Penggabungan selesai: {taken} entri diambil dari bundel rekan, {superseded} berkas "
        "lama disimpan sebagai versi terganti (lihat: lsp-desktop superseded).",
        "Merge done: {taken} entries taken from the colleague's bundle, {superseded} earlier "
        "files kept as superseded (see: lsp-desktop superseded)."),
    "merge.other_circular": (
        "Bundel ini mengikuti surat edaran lain ({catalog}). Yang dibawa seperti pada Ganti "
        "surat edaran: tetap {kept}, diperiksa ulang {rechecked}, tidak diminta lagi "
        "(tidak diambil) {dropped}.",
        "This bundle follows another circular ({catalog}). What carries over, as with Change "
        "circular: kept {kept}, re-checked {rechecked}, no longer asked for (not taken) "
        "{dropped}."),
    "merge.not_taken": (
        "Tidak diambil: {label}. {reason}",
        "Not taken: {label}. {reason}"),
    "merge.superseded_none": (
        "Belum ada berkas yang terganti atau dilepas.",
        "No file has been replaced or removed yet."),
    "merge.superseded_exported": (
        "{count} berkas terganti disalin ke {folder}.",
        "{count} superseded files copied to {folder}."),
    "merge.export_folder_not_empty": (
        "Folder {folder} sudah berisi berkas. Pilih folder baru atau kosong, agar tidak ada "
        "yang tertimpa.",
        "The folder {folder} already holds files. Choose a new or empty folder, so that "
        "nothing is overwritten."),
    "merge.export_failed": (
        "Berkas tidak dapat disalin ke {folder} ({reason}). Pilih folder lain atau kosongkan "
        "ruang disk.",
        "The files could not be copied to {folder} ({reason}). Choose another folder or free "
        "some disk space."),
    "chase.siapkerja": (
        "Menyelesaikan registrasi dan pengisian data diri di akun SIAPkerja sampai dengan "
        "tahap kirim (submit); saat ini: {state}.",
        "Finish registering and filling in your personal data on SIAPkerja up to the submit "
        "step; now: {state}."),
    "chase.documents": (
        "Mengirim dokumen asesor (butir {point}) yang belum ada: {documents}.",
        "Send the assessor documents (item {point}) still missing: {documents}."),
    "chase.documents_again": (
        "Mengirim ulang dokumen yang tidak lolos pemeriksaan: {documents}.",
        "Send again the documents that did not pass the checks: {documents}."),
    "chase.certificate_expired": (
        "Sertifikat asesor sudah habis masa berlakunya ({date}); mohon kirim sertifikat "
        "terbaru.",
        "The assessor certificate expired on {date}; please send the current one."),
    "chase.certificate_expiring": (
        "Sertifikat asesor akan habis masa berlakunya pada {date}; mohon kirim sertifikat "
        "terbaru bila sudah diperpanjang.",
        "The assessor certificate expires on {date}; please send the new one once renewed."),
    "chase.greeting": (
        "Yth. Bapak/Ibu {name},",
        "Dear {name},"),
    "chase.intro": (
        "Untuk melengkapi persyaratan surat edaran BNSP {number} di {lsp}, kami masih "
        "memerlukan dari Bapak/Ibu:",
        "To complete the requirements of BNSP circular {number} at {lsp}, we still need from "
        "you:"),
    "chase.deadline": (
        "Batas waktu melengkapi persyaratan menurut surat edaran: {date}.",
        "The circular's deadline to complete the requirements: {date}."),
    "chase.thanks": (
        "Terima kasih atas bantuannya.",
        "Thank you for your help."),
    "chase.nobody": (
        "Tidak ada yang perlu ditagih: semua orang sudah memenuhi bagiannya.",
        "Nobody to chase: everyone has done their part."),
    "folder.not_a_folder": (
        "{path} bukan folder. Pilih folder yang berisi satu subfolder per asesor.",
        "{path} is not a folder. Choose a folder holding one subfolder per assessor."),
    "folder.too_many": (
        "Folder {path} berisi lebih dari {limit} subfolder; sepertinya bukan folder dokumen "
        "asesor. Pilih folder yang berisi satu subfolder per asesor.",
        "The folder {path} holds more than {limit} subfolders; it does not look like the "
        "assessors' documents. Choose a folder holding one subfolder per assessor."),
    "folder.loose_file": (
        "berkas lepas di luar subfolder asesor",
        "a loose file outside any assessor's subfolder"),
    "folder.no_assessor": (
        "tidak ada asesor bernama seperti ini di daftar",
        "no assessor of this name is listed"),
    "folder.two_assessors": (
        "nama ini cocok dengan lebih dari satu asesor; beri NIK pada nama foldernya",
        "this name fits more than one assessor; put the NIK in the folder's name"),
    "folder.not_a_document": (
        "bukan berkas biasa (folder, pintasan) atau terlalu banyak berkas",
        "not a plain file (a folder, a shortcut) or too many files"),
    "folder.kind_unknown": (
        "dari nama maupun isinya tidak jelas ini KTP, sertifikat, ijazah, atau pasfoto",
        "neither its name nor its content says whether it is the KTP, certificate, diploma "
        "or photo"),
    "folder.kind_unclear": (
        "namanya cocok dengan lebih dari satu jenis dokumen",
        "its name fits more than one kind of document"),
    "folder.kind_twice": (
        "sudah ada berkas lain untuk jenis dokumen ini di folder yang sama",
        "another file of this folder is already that kind of document"),
    "folder.planned": (
        "{assigned} berkas untuk {people} asesor; {strays} berkas dan {folders} folder tidak "
        "dapat ditempatkan (lihat di bawah, tidak ada yang ditebak).",
        "{assigned} files for {people} assessors; {strays} files and {folders} folders could "
        "not be placed (listed below, nothing is guessed)."),
    "folder.done": (
        "{attached} dokumen asesor disimpan; {refused} ditolak pemeriksaan.",
        "{attached} assessor documents kept; {refused} refused by the checks."),
    "folder.not_found": (
        "Folder {path} tidak ditemukan. Periksa ejaan dan letaknya, lalu pilih folder yang "
        "berisi satu subfolder per asesor.",
        "The folder {path} was not found. Check its spelling and place, then choose a folder "
        "holding one subfolder per assessor."),
    "folder.conflict": (
        "{count} berkas untuk dokumen yang sama; hanya satu yang disimpan: {kept}. Yang lain "
        "tidak disimpan: {others}. Untuk menyimpan yang lain, keluarkan berkas yang tidak "
        "dipakai dari folder, atau gunakan lsp-desktop assessor-file add sesudahnya.",
        "{count} files for the same document; only one is kept: {kept}. The others are not "
        "kept: {others}. To keep another one, take the unwanted file out of the folder, or "
        "use lsp-desktop assessor-file add afterwards."),
    "folder.set_aside": (
        "tidak disimpan: berkas lain dipilih untuk dokumen ini ({kept})",
        "not kept: another file was chosen for this document ({kept})"),
    "chase.no_match": (
        "Tidak ada personel yang cocok dengan '{key}'. Periksa ejaannya (nama, sebagian "
        "nama, atau NIK), atau lihat daftarnya dengan lsp-desktop person.",
        "No person matches '{key}'. Check the spelling (a name, part of a name, or the NIK), "
        "or see the list with lsp-desktop person."),
    "chase.ambiguous": (
        "Lebih dari satu personel cocok dengan '{key}': {names}. Tulis nama lengkap atau "
        "NIK-nya.",
        "More than one person matches '{key}': {names}. Give the full name or the NIK."),
    "chase.no_personnel": (
        "Daftar personel (butir {roster_point}) masih kosong, jadi belum ada yang dapat "
        "ditagih. Isi dulu daftarnya: Unsur Pengarah, Unsur Pelaksana, dan Asesor.",
        "The personnel list (item {roster_point}) is still empty, so there is nobody to "
        "chase yet. Fill it first: the Unsur Pengarah, Unsur Pelaksana and Assessors."),
    "chase.person_done": (
        "Tidak ada yang perlu ditagih dari {name}: bagiannya sudah lengkap.",
        "Nothing to chase from {name}: their part is complete."),
    "chase.documents_to_fix": (
        "Mengirim ulang dokumen yang perlu diperbaiki: {documents}.",
        "Send again the documents that need fixing: {documents}."),
    "chase.needs_fixing": (
        "{document} (perlu diperbaiki: {problems})",
        "{document} (needs fixing: {problems})"),
    "chase.fix.other": (
        "tidak lolos pemeriksaan",
        "does not pass the checks"),
    "chase.fix.pasfoto.not_red": (
        "latar belakang bukan merah",
        "the background is not red"),
    "chase.fix.pasfoto.not_portrait": (
        "bukan foto tegak (potret)",
        "not an upright (portrait) photo"),
    "chase.fix.pasfoto.pdf": (
        "kirim fotonya sebagai gambar JPG, bukan PDF",
        "send the photo as a JPG picture, not a PDF"),
    "chase.fix.pdf.password_required": (
        "terkunci kata sandi",
        "locked with a password"),
    "chase.fix.pdf.encrypted_no_password": (
        "terkunci (dienkripsi)",
        "locked (encrypted)"),
    "chase.fix.pdf.encrypted_unsupported": (
        "terkunci (dienkripsi)",
        "locked (encrypted)"),
    "chase.fix.pdf.damaged": (
        "berkasnya rusak",
        "the file is damaged"),
    "chase.fix.image.damaged": (
        "berkasnya rusak",
        "the file is damaged"),
    "chase.fix.size.far_too_large": (
        "lebih dari 2 MB",
        "larger than 2 MB"),
    "chase.fix.image.too_small": (
        "gambarnya terlalu kecil (kurang tajam)",
        "the picture is too small (not sharp enough)"),
}

STATES: dict[str, tuple[str, str]] = {
    "new": ("baru", "new"),
    "same": ("sama", "same"),
    "different": ("berbeda", "different"),
    "only_here": ("hanya di sini", "only here"),
    "name_differs": ("NIK sama, nama lain", "same NIK, other name"),
}

PHRASES: dict[str, str] = {
    "merge a colleague's bundle into this workspace":
        "gabungkan bundel rekan ke ruang kerja ini",
    "show the plan, change nothing":
        "tampilkan rencananya, tanpa mengubah apa pun",
    "for a row shown as different: take 'here' or 'there' (repeatable)":
        "untuk baris yang berbeda: ambil 'here' (di sini) atau 'there' (dari rekan); "
        "boleh diulang",
    "list (and copy out) the files replaced or removed, nothing is lost":
        "daftar (dan salin) berkas yang terganti atau dilepas; tidak ada yang hilang",
    "copy them into this folder":
        "salin ke folder ini",
    "here":
        "di sini",
    "there":
        "dari rekan",
    "chosen":
        "dipilih",
    "a ready-to-send message per person: what is still needed":
        "pesan siap kirim per orang: apa yang masih diperlukan",
    "only this person":
        "hanya orang ini",
    "Messages to chase what is missing":
        "Pesan penagihan kekurangan",
    "Messages to &chase what is missing…":
        "&Pesan penagihan kekurangan…",
    "What is still needed from each person, as a message ready to send. Choose a person, "
    "copy the message and paste it into WhatsApp or an e-mail.":
        "Apa yang masih diperlukan dari setiap orang, sebagai pesan siap kirim. Pilih "
        "orangnya, salin pesannya, lalu tempel di WhatsApp atau email.",
    "Message":
        "Pesan",
    "People":
        "Personel",
    "Copy message":
        "Salin pesan",
    "Copy all":
        "Salin semua",
    "Copied":
        "Tersalin",
    "Still needed from {name}":
        "Yang masih diperlukan dari {name}",
    "by name":
        "dari nama",
    "by content":
        "dari isi",
    "Not placed":
        "Tidak ditempatkan",
    "Folders not matched":
        "Folder yang tidak cocok",
    "take the documents from a folder with one subfolder per assessor (import FOLDER)":
        "ambil dokumen dari folder berisi satu subfolder per asesor (import FOLDER)",
    "Assessors' documents from a folder":
        "Dokumen asesor dari folder",
    "Take from a folder…":
        "Ambil dari folder…",
    "{n} not placed":
        "{n} tidak ditempatkan",
    "Not placed (nothing is guessed): put them in by hand":
        "Tidak ditempatkan (tidak ada yang ditebak): lampirkan sendiri",
    "Assessor":
        "Asesor",
    "Document":
        "Dokumen",
    "Known by":
        "Dikenali dari",
    "its name":
        "namanya",
    "its content (a portrait photo)":
        "isinya (foto potret)",
    "Document for {name}":
        "Dokumen untuk {name}",
    "Take assessors' documents from {name}":
        "Ambil dokumen asesor dari {name}",
    "Merge from a colleague's bundle":
        "Gabungkan dari bundel rekan",
    "&Merge from a colleague's bundle…":
        "&Gabungkan dari bundel rekan…",
    "Merge":
        "Gabungkan",
    "Merge plan":
        "Rencana penggabungan",
    "Entry":
        "Entri",
    "Here":
        "Di sini",
    "From the colleague":
        "Dari rekan",
    "Keep":
        "Simpan",
    "What is here":
        "Yang ada di sini",
    "The colleague's":
        "Milik rekan",
    "What {name} would bring. New entries are taken, entries that are the same or only here "
    "stay as they are. Where both differ, choose which to keep: a file replaced is kept as a "
    "superseded version, and the whole merge is one step of Edit > Undo.":
        "Isi bundel {name} dibandingkan dengan ruang kerja ini. Entri baru diambil; "
        "entri yang sama atau hanya ada di sini tetap seperti semula. Jika keduanya "
        "berbeda, pilih mana yang disimpan: berkas yang terganti disimpan sebagai versi "
        "lama, dan seluruh penggabungan dapat diurungkan sekaligus dengan Sunting > "
        "Urungkan.",
    "This bundle follows another circular ({catalog}). What carries over, as with Change "
    "circular:":
        "Bundel ini mengikuti surat edaran lain ({catalog}). Yang dibawa, seperti pada Ganti "
        "surat edaran:",
    "Keep for {entry}":
        "Simpan untuk {entry}",
    "taken":
        "diambil",
    "kept":
        "tetap",
    "Merge cancelled; nothing was changed.":
        "Penggabungan dibatalkan; tidak ada yang diubah.",
    "Merge {name}":
        "Gabungkan {name}",
    "Merged {name}. Replaced files are kept as superseded versions; Edit > Undo takes the "
    "whole merge back.":
        "{name} sudah digabungkan. Berkas yang terganti disimpan sebagai versi lama; seluruh "
        "penggabungan dapat diurungkan dengan Sunting > Urungkan.",
    "Person":
        "Personel",
    "Assessor data":
        "Data asesor",
    "Assessor document":
        "Dokumen asesor",
    "Package":
        "Paket",
    "Social media":
        "Media sosial",
    "Training participant":
        "Peserta pelatihan",
    "passes the checks":
        "lolos pemeriksaan",
    "passes, with a warning":
        "lolos, dengan peringatan",
    "does not pass the checks":
        "tidak lolos pemeriksaan",
    "{name}: certificate data ({data_point})":
        "{name}: data sertifikat ({data_point})",
    "Two files for one document":
        "Dua berkas untuk satu dokumen",
    "{how}; same document as {files}: choose one":
        "{how}; dokumen yang sama dengan {files}: pilih salah satu",
    "{files} are the same document of {name}: leave all but one on \"— do not attach —\".":
        "{files} adalah dokumen yang sama milik {name}: biarkan semua kecuali satu pada "
        "\"— jangan lampirkan —\".",
}
