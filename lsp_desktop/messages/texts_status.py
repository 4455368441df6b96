"""Words of status/ (what is missing, the 2.11 documents), each (Indonesian, English),
looked up with ``label(TABLE, key, lang)``."""

# A 2.11 document as the missing-items list and the command line name it.
ASSESSOR_FILE_LABELS: dict[str, tuple[str, str]] = {
    "ktp": ("KTP", "ID card (KTP)"),
    "sertifikat-teknis": ("Sertifikat Kompetensi Teknis", "Technical competence certificate"),
    "ijazah": ("Ijazah", "Diploma (ijazah)"),
    "pasfoto": ("Pasfoto", "Passport photo"),
}

# A 2.11 document as a finding names it: the Indonesian names are the ones on the papers
# (the circular's own: KTP, Ijazah, Pasfoto), the English says what they are.
ASSESSOR_DOCUMENT_NAMES: dict[str, tuple[str, str]] = {
    "ktp": ("KTP", "KTP (ID card)"),
    "sertifikat-teknis": ("Sertifikat Kompetensi Teknis", "Technical competence certificate"),
    "ijazah": ("Ijazah", "Diploma (ijazah)"),
    "pasfoto": ("Pasfoto", "Photo (red background)"),
}

# What an item still lacks when no finding says more, by the item's form.
MISSING_BY_FORM: dict[str, tuple[str, str]] = {
    "file": ("Berkas belum dilampirkan.", "No file attached yet."),
    "link": ("Tautan Google Drive belum diisi.",
             "The Google Drive link is not filled in yet."),
    "data": ("Data belum diisi.", "The data is not filled in yet."),
    "roster": ("Daftar personel belum lengkap atau belum semua kirim (submit).",
               "The personnel list is incomplete or not everyone has submitted."),
}
