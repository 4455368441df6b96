"""The words of the documents the app prints (the missing-items list): the English
written in ``phrase("…", lang)`` in bundle/, and its Indonesian."""

TEXTS: dict[str, str] = {
    "Made with LSP Desktop":
        "Dibuat dengan aplikasi LSP Desktop",
    "Items not ready":
        "Butir yang belum siap",
    "Not yet submitted to SIAPkerja":
        "Belum mengirim (submit) data SIAPkerja",
    "needs fixing":
        "perlu diperbaiki",
    "Every item is ready.":
        "Semua butir sudah siap.",
    "Everyone listed has submitted.":
        "Semua personel yang tercatat sudah mengirim (submit) di SIAPkerja.",
    "No one is listed yet: add the Unsur Pengarah, Unsur Pelaksana and Asesor.":
        "Belum ada personel yang tercatat: tambahkan Unsur Pengarah, Unsur Pelaksana dan "
        "Asesor.",
    "No assessor is listed yet.":
        "Belum ada asesor yang tercatat.",
    "Every listed assessor's four documents are prepared in the app.":
        "Keempat dokumen setiap asesor yang tercatat sudah disiapkan di aplikasi.",
    "Assessors not submitted for {point}":
        "Asesor yang tidak diajukan di butir {point}",
    "Assessor documents ({point}) not yet prepared":
        "Dokumen asesor ({point}) yang belum disiapkan",
    "Ready, with warnings to look at":
        "Sudah siap, tetapi ada peringatan untuk dilihat",
    "LSP profile not filled in":
        "Profil LSP yang belum diisi",
    "Fill these in first: without the LSP type and category the app cannot tell which "
    "items apply. Missing: {fields}.":
        "Isi dulu: tanpa jenis dan kategori LSP aplikasi tidak dapat menentukan butir mana "
        "yang berlaku. Belum diisi: {fields}.",
    "LSP name":
        "Nama LSP",
    "Time given by the circular":
        "Waktu menurut surat edaran",
    "{done} of {total} people submitted":
        "{done} dari {total} orang sudah kirim",
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
