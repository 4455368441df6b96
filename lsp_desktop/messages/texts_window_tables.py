"""Window words added for the tables work: English written in ``tr("…")`` -> Indonesian.

Kept apart from texts_window.py so parallel work on different panels does not collide;
texts_window.py merges it into the one table the window reads.
"""

TEXTS: dict[str, str] = {
    # Removing rows: a question naming what goes, then undo (ui/panels/row_removal.py)
    "Remove {names} from the roster?":
        "Hapus {names} dari daftar personel?",
    "{name} is the training participant of item {training_point}: that item will have no "
    "participant until another is chosen.":
        "{name} adalah peserta pelatihan butir {training_point}: butir itu tidak punya "
        "peserta sampai dipilih yang lain.",
    "Their assessor certificate data ({data_point}) and {files} prepared {documents_point} "
    "file(s) go with them.":
        "Data sertifikat asesor ({data_point}) dan {files} berkas {documents_point} yang sudah "
        "disiapkan ikut "
        "terhapus.",
    "{count} people":
        "{count} orang",
    "and {n} more":
        "dan {n} lainnya",
    "You can undo this with Ctrl+Z (Edit > Undo).":
        "Anda dapat mengurungkannya dengan Ctrl+Z (Sunting > Urungkan).",
    "Remove the package {names} and its {count} unit(s)?":
        "Hapus paket {names} beserta {count} unitnya?",
    "Remove the unit {names} from {package}?":
        "Hapus unit {names} dari {package}?",
    "empty unit":
        "unit kosong",
    # Computed values in the assessor table
    "Computed: three years after the issue date ({date}). Write the date printed on the "
    "certificate if it differs.":
        "Dihitung: tiga tahun setelah tanggal terbit ({date}). Tulis tanggal yang tercetak di "
        "sertifikat jika berbeda.",
    # A computed expiry that has passed: the date stays in view, marked (issue 21)
    "{date} — expired": "{date} — kedaluwarsa",
    # The certificate form's serial number, as issue 13 names it in English
    "Form serial no. (Blanko)":
        "No. Blanko",
    # Assessors not submitted for 2.12 (issue 13 point 3)
    "Submitted in {data_point}":
        "Diajukan di butir {data_point}",
    "yes":
        "ya",
    "no: {reason}":
        "tidak: {reason}",
    "Not submitted for {data_point}: {reason}. Still listed in item {roster_point}; the "
    "certificate is not "
    "checked.":
        "Tidak diajukan di butir {data_point}: {reason}. Tetap tercatat di butir {roster_point}; "
        "sertifikatnya tidak "
        "diperiksa.",
    "Mark as not submitted for {data_point}…":
        "Tandai tidak diajukan di butir {data_point}…",
    "Mark as not submitted":
        "Tandai tidak diajukan",
    "Select the assessor's row first, then click here.":
        "Pilih dulu baris asesornya, lalu klik di sini.",
    "Remove from the roster…":
        "Hapus dari daftar personel…",
    "They leave item {roster_point} (SIAPkerja) too; to keep them there, use \"Mark as not "
    "submitted for "
    "{data_point}…\" instead.":
        "Orang ini juga keluar dari butir {roster_point} (SIAPkerja); agar tetap tercatat di "
        "sana, gunakan \"Tandai tidak diajukan di butir {data_point}…\".",
    "Select the rows to remove first.":
        "Pilih dulu baris yang akan dihapus.",
    "Submit in {data_point} again":
        "Ajukan lagi di butir {data_point}",
    "Not submitted for {data_point}":
        "Tidak diajukan di butir {data_point}",
    "Mark {name} as not submitted for {data_point}? They stay in the roster (item "
    "{roster_point}). Why is their "
    "certificate not submitted?":
        "Tandai {name} tidak diajukan di butir {data_point}? Ia tetap tercatat di daftar personel "
        "(butir {roster_point}). "
        "Mengapa sertifikatnya tidak diajukan?",
    "Reason":
        "Alasan",
    "recertification (RCC)":
        "sertifikasi ulang (RCC)",
    "certificate not yet received":
        "sertifikat belum diterima",
    # 2.11's per-assessor boxes
    "Drop the file here, or click":
        "Seret berkas ke sini, atau klik",
    "Meets the rules.":
        "Memenuhi ketentuan.",
    "This box takes one file; you dropped {count}. Drop one file, or combine them into one "
    "PDF first.":
        "Kotak ini hanya menerima satu berkas; Anda meletakkan {count}. Letakkan satu berkas, atau "
        "gabungkan dulu menjadi satu PDF.",
    # Spreadsheet import: a merge, one undo step (ui/dialogs/table_import.py)
    "{add} rows will be added, {update} changed, {unchanged} are already as the sheet says, "
    "{reject} rejected. Rejected rows are not imported; nothing stored is deleted, and "
    "Edit > Undo takes the import back.":
        "{add} baris akan ditambahkan, {update} diubah, {unchanged} sudah sama dengan "
        "lembar ini, {reject} ditolak. Baris yang ditolak tidak diimpor; tidak ada data "
        "tersimpan yang dihapus, dan impor ini dapat diurungkan dengan Sunting > Urungkan.",
    "{n} rows imported; {r} rejected rows were left out. Undo with Ctrl+Z (Edit > Undo).":
        "{n} baris diimpor; {r} baris yang ditolak tidak diimpor. Urungkan dengan Ctrl+Z "
        "(Sunting > Urungkan).",
    # 2.12's line, the role named in the window's language (issue F3, point 3)
    "Assessors are the people of the roster (item {roster_point}) with the role {role}.":
        "Asesor adalah personel di daftar (butir {roster_point}) dengan peran {role}.",
}
