"""Messages of the bundle: export, verify, import.

code: (Indonesian, English); values in {braces} come from the finding or error.
"""

TEXTS: dict[str, tuple[str, str]] = {
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
        "Berkas ini bukan arsip ZIP yang utuh (rusak, terpotong, atau bukan ZIP). Minta "
        "pengirimnya mengirim ulang bundel itu.",
        "This is not an intact ZIP archive (damaged, cut short, or not a ZIP). Ask the "
        "sender to send the bundle again."),
    "bundle.not_a_bag": (
        "Arsip ZIP ini bukan bundel LSP Desktop (isi teratas: {file}). Pilih berkas bundel "
        "yang diekspor LSP Desktop.",
        "This ZIP archive is not an LSP Desktop bundle (top-level content: {file}). Choose a "
        "bundle exported by LSP Desktop."),
    "bundle.unsafe_path": (
        "Arsip ZIP berisi nama berkas berbahaya '{file}' (menunjuk ke luar folder). Bundel "
        "ditolak.",
        "The ZIP archive holds a dangerous file name '{file}' (pointing outside its folder). The "
        "bundle is refused."),
    "bundle.link_member": (
        "Arsip ZIP berisi tautan simbolik (symlink) '{file}'. Bundel ditolak.",
        "The ZIP archive holds a symbolic link '{file}'. The bundle is refused."),
    "bundle.duplicate_member": (
        "Arsip ZIP berisi nama berkas ganda '{file}'. Bundel ditolak.",
        "The ZIP archive holds the name '{file}' twice. The bundle is refused."),
    "bundle.member_too_large": (
        "Berkas '{file}' di dalam arsip ZIP terlalu besar ({size}). Bundel ditolak.",
        "The file '{file}' inside the ZIP archive is too large ({size}). The bundle is refused."),
    "bundle.zip_bomb": (
        "Berkas '{file}' di dalam arsip ZIP terkompresi secara tidak wajar (isinya membengkak "
        "berlipat-lipat saat dibuka, tanda berkas berbahaya). Bundel ditolak.",
        "The file '{file}' inside the ZIP archive is compressed implausibly (it swells many "
        "times over when opened, the sign of a harmful file). The bundle "
        "is refused."),
    "bundle.too_many_members": (
        "Arsip ZIP berisi terlalu banyak berkas ({count}). Bundel ditolak.",
        "The ZIP archive holds too many files ({count}). The bundle is refused."),
    "bundle.too_large": ("Isi arsip ZIP terlalu besar ({size}). Bundel ditolak.",
                         "The ZIP archive's content is too large ({size}). The bundle is refused."),
    "bundle.member_missing": (
        "Berkas '{file}' tidak ada di dalam bundel.",
        "The file '{file}' is missing from the bundle."),
    "bundle.member_damaged": (
        "Berkas '{file}' di dalam bundel rusak: isinya tidak dapat dibaca utuh (berubah atau "
        "terpotong saat disalin).",
        "The file '{file}' inside the bundle is damaged: its content cannot be read whole "
        "(changed or cut short while copying)."),
    "bundle.checksum": (
        "Berkas '{file}' berubah atau rusak: kode pemeriksanya (SHA-256) tidak cocok.",
        "The file '{file}' was changed or damaged: its check code (SHA-256) does not match."),
    "bundle.contents_list_missing": (
        "Daftar isi bundel tidak ada di dalam bundel. Minta pengirimnya mengirim ulang, atau "
        "ekspor ulang bundelnya.",
        "The bundle contents list is missing from the bundle. Ask for it again or export "
        "it again."),
    "bundle.contents_list_damaged": (
        "Daftar isi bundel rusak: isinya tidak dapat dibaca utuh (berubah atau terpotong "
        "saat disalin).",
        "The bundle contents list is damaged: it cannot be read whole (changed or cut "
        "short while copying)."),
    "bundle.contents_list_changed": (
        "Daftar isi bundel berubah atau rusak: kode pemeriksanya (SHA-256) tidak cocok.",
        "The bundle contents list was changed or damaged: its check code (SHA-256) does "
        "not match."),
    "bundle.unlisted_member": (
        "Berkas '{file}' ada di bundel tetapi tidak tercatat di daftar isi bundel.",
        "The file '{file}' is in the bundle but not listed in the bundle contents list."),
    "bundle.oxum": (
        "Jumlah isi bundel ({found}) berbeda dari yang tercatat ({expected}).",
        "The bundle's payload ({found}) differs from what was recorded ({expected})."),
    "bundle.contents_disagree": (
        "daftar isi bundel tidak cocok dengan isi bundel",
        "the bundle contents list does not match the bundle's content"),
    "bundle.file_refused": (
        "Berkas '{file}' di dalam bundel tidak dapat diterima butirnya: {reason}. Bundel "
        "RUSAK atau dibuat program lain; minta pengirimnya mengirim ulang.",
        "The file '{file}' in the bundle cannot be taken by its item: {reason}. The bundle "
        "is DAMAGED or made by another program; ask for it to be sent again."),
    "bundle.value_not_allowed": (
        "Daftar isi bundel memuat nilai yang tidak dikenal aplikasi ini di {place}: "
        "'{value}' (yang dikenal: {allowed}). Bundel RUSAK atau dibuat program lain; minta "
        "pengirimnya mengirim ulang.",
        "The bundle contents list holds a value this app does not know at {place}: "
        "'{value}' (known: {allowed}). The bundle is DAMAGED or made by another program; "
        "ask for it to be sent again."),
    "bundle.value_not_allowed_any": (
        "Daftar isi bundel memuat nilai '{value}' di {place}, padahal di situ tidak ada nilai "
        "yang dapat diterima. Bundel RUSAK atau dibuat program lain; minta pengirimnya "
        "mengirim ulang.",
        "The bundle contents list holds the value '{value}' at {place}, where no value can "
        "be taken. The bundle is DAMAGED or made by another program; ask for it to be sent "
        "again."),
    "bundle.value_missing": (
        "Daftar isi bundel tidak memuat nama di {place}. Bundel RUSAK atau dibuat program "
        "lain; minta pengirimnya mengirim ulang.",
        "The bundle contents list holds no name at {place}. The bundle is DAMAGED or made "
        "by another program; ask for it to be sent again."),
    "bundle.control_character": (
        "Daftar isi bundel memuat karakter kendali ({found}) di {place}. Bundel RUSAK atau "
        "dibuat program lain; minta pengirimnya mengirim ulang.",
        "The bundle contents list holds a control character ({found}) at {place}. The "
        "bundle is DAMAGED or made by another program; ask for it to be sent again."),
    "bundle.export_value_refused": (
        "Bundel tidak disimpan: sebuah isian yang tersimpan tidak dapat diekspor "
        "({place}). {reason} Sesudah itu, ekspor lagi.",
        "The bundle was not kept: a stored field cannot be exported ({place}). {reason} "
        "Then export again."),
    "bundle.value_refused": (
        "Daftar isi bundel memuat nilai yang tidak dapat disimpan di {place}: {reason}. "
        "Bundel RUSAK atau dibuat program lain; minta pengirimnya mengirim ulang.",
        "The bundle contents list holds a value that cannot be saved at {place}: {reason}. "
        "The bundle is DAMAGED or made by another program; ask for it to be sent again."),
    "bundle.manifest_mismatch": (
        "Daftar isi bundel tidak cocok dengan berkas '{file}'.",
        "The bundle contents list does not match the file '{file}'."),
    "bundle.catalog_unknown": (
        "Bundel dibuat untuk surat edaran '{catalog}', yang belum dikenal aplikasi ini. "
        "Tambahkan berkas surat edaran itu (Berkas > Tambah surat edaran dari berkas…, "
        "atau: lsp-desktop circulars --add BERKAS.toml), lalu coba lagi.",
        "The bundle was made under the circular '{catalog}', which this application does not "
        "know yet. Add that circular's file (File > Add circular from file…, or: "
        "lsp-desktop circulars --add FILE.toml), then try again."),
    "bundle.too_many_rows": (
        "Daftar isi bundel memuat {count} baris di '{table}', lebih dari batas {limit}. "
        "Bundel ditolak. Minta pengirim memeriksa datanya.",
        "The bundle contents list holds {count} rows in '{table}', more than the limit of "
        "{limit}. The bundle was refused. Ask the sender to check the data."),
    "verify.intact": ("UTUH: {path} lengkap dan semua kode pemeriksa cocok.",
                      "INTACT: {path} is complete and every check code matches."),
    "verify.unknown_catalog": (
        "KODE COCOK: kode pemeriksa {path} cocok, tetapi kelengkapannya belum dapat diperiksa.",
        "CHECKSUMS MATCH: {path} checksums match, but its completeness cannot be checked yet."),
    "verify.not_opened": ("TIDAK DIPERIKSA: {path} tidak dapat dibuka sebagai bundel.",
                          "NOT CHECKED: {path} could not be opened as a bundle."),
    "bundle.no_folder": (
        "Folder {folder} tidak ada. Pilih folder yang sudah ada untuk bundel, atau buat "
        "foldernya dulu, lalu coba lagi.",
        "The folder {folder} does not exist. Choose an existing folder for the bundle, or "
        "create the folder first, then try again."),
    "verify.damaged": ("RUSAK: {path} tidak utuh. Minta pengirimnya mengirim ulang, atau "
                       "ekspor ulang.",
                       "DAMAGED: {path} is not intact. Ask for it again or export it again."),
    "verify.incomplete": ("BELUM LENGKAP: kode pemeriksa {path} cocok, tetapi belum lengkap: "
                          "{missing}.",
                          "INCOMPLETE: {path} checksums match, but it lacks: {missing}."),
    "verify.draft": ("DRAF: kode pemeriksa {path} cocok, tetapi ini bundel draf (belum lengkap: "
                     "{missing}).",
                     "DRAFT: {path} checksums match, but it is a draft bundle (lacking: "
                     "{missing})."),
    "verify.misstated": (
        "TIDAK SESUAI: kode pemeriksa {path} cocok, tetapi daftar isinya menyebut siap butir "
        "yang berkas atau datanya tidak siap (lihat di bawah). Yang sebenarnya belum siap: "
        "{missing}. Minta pengirimnya memeriksa dan mengekspor ulang.",
        "MISSTATED: {path} checksums match, but its contents list calls ready items whose "
        "files or data are not (see below). Really not ready: {missing}. Ask the sender to "
        "check and export it again."),
    "bundle.claim_missing": (
        "{requirement}: daftar isi menyebutnya siap, tetapi {form} tidak ada di bundel.",
        "{requirement}: the contents list says it is ready, but the bundle holds no {form}."),
    "bundle.claim_wrong": (
        "{requirement}: daftar isi menyebutnya siap, tetapi isinya tidak lolos pemeriksaan: "
        "{problem}",
        "{requirement}: the contents list says it is ready, but what it holds fails the "
        "check: {problem}"),
    "bundle.not_importable": (
        "Bundel ini tidak dapat dibuka sebagai ruang kerja (seperti lsp-desktop import "
        "membukanya): {reason}",
        "This bundle cannot be opened as a workspace (as lsp-desktop import opens it): "
        "{reason}"),
    "import.target_exists": (
        "Ruang kerja {path} sudah ada. Pilih nama berkas baru agar data yang ada tidak "
        "tertimpa.",
        "The workspace {path} already exists. Choose a new file name so nothing is "
        "overwritten."),
    "import.damaged": (
        "Bundel {path} tidak dapat dibuka: {reason}. Tidak ada yang diimpor.",
        "The bundle {path} cannot be opened: {reason}. Nothing was imported."),
    "import.done": ("Bundel dibuka sebagai ruang kerja baru: {path}",
                    "The bundle was opened as a new workspace: {path}"),
    "verify.not_bundle": (
        "BUKAN BUNDEL: {path} bukan bundel (berkas ZIP), jadi tidak diperiksa. Pilih berkas "
        ".zip yang diekspor LSP Desktop.",
        "NOT A BUNDLE: {path} is not a bundle (a ZIP file), so it was not checked. Choose "
        "the .zip file LSP Desktop exported."),
    "bundle.not_a_zip_file": (
        "Berkas {file}: {detected_name}, bukan bundel ZIP.",
        "The file {file}: {detected_name}, not a ZIP bundle."),
}
