"""The words of the documents the app prints (the missing-items list): the English
written in ``phrase("…", lang)`` in bundle/, and its Indonesian."""

TEXTS: dict[str, str] = {
    "Made with LSP Desktop":
        "Dibuat dengan aplikasi LSP Desktop",
    "Items not ready":
        "Butir yang belum siap",
    "Not yet submitted to SIAPkerja":
        "Belum kirim (submit) data SIAPkerja",
    "Assessor documents (2.11) not yet prepared":
        "Dokumen asesor (2.11) yang belum disiapkan",
    "needs fixing":
        "perlu diperbaiki",
    "Every item is ready.":
        "Semua butir sudah siap.",
    "Everyone listed has submitted.":
        "Semua personel yang tercatat sudah kirim (submit).",
    "Nothing missing.":
        "Tidak ada yang kurang.",
    "Assessors not submitted for 2.12":
        "Asesor yang tidak diajukan di 2.12",
    "LSP name":
        "Nama LSP",
    "As of":
        "Keadaan per",
    "Completeness":
        "Kelengkapan",
    "No.":
        "No.",
    "Requirement":
        "Persyaratan",
    "State":
        "Status",
    "What is missing or wrong":
        "Yang kurang atau salah",
    "Name":
        "Nama",
    "Role":
        "Peran",
    "SIAPkerja state":
        "Status SIAPkerja",
    "Assessor":
        "Asesor",
    "Missing":
        "Belum ada",
    "Reason":
        "Alasan",
    "Still missing for {circular}":
        "Daftar Kekurangan {circular}",
    "Page {page} of {pages}":
        "Halaman {page} dari {pages}",
}
