"""What to do about a file in a format the item does not take, said after the finding
({advice}): code: (Indonesian, English), chosen by messages._advice from the format found
and the formats the item takes."""

TEXTS: dict[str, tuple[str, str]] = {
    "advice.rename": (
        "Ganti akhiran nama berkas menjadi {ext} agar Sistem Informasi BNSP mengenalinya.",
        "Rename the file to end in {ext} so the BNSP information system recognises it."),
    "advice.picture_to_pdf": (
        "Jadikan PDF: buka gambarnya lalu pilih Cetak > Simpan sebagai PDF, atau pindai "
        "dokumen dengan aplikasi pemindai yang menyimpan PDF.",
        "Turn it into a PDF: open the picture and choose Print > Save as PDF, or scan the "
        "document with a scanner app that saves PDF."),
    "advice.office_to_pdf": (
        "Buka di Word atau LibreOffice lalu pilih Simpan Sebagai > PDF.",
        "Open it in Word or LibreOffice and use Save As > PDF."),
    "advice.heic": (
        "Ubah ke JPG: ekspor foto sebagai JPG, atau atur iPhone di Kamera > Format ke 'Paling "
        "Kompatibel' lalu ambil ulang.",
        "Convert it to JPG: export the photo as JPG, or set the iPhone's Camera > Formats to "
        "'Most Compatible' and take it again."),
    "advice.picture": (
        "Buka gambarnya lalu simpan ulang sebagai JPG atau PNG.",
        "Open it and save it again as JPG or PNG."),
    "advice.pdf_to_picture": (
        "Ekspor halamannya sebagai gambar JPG atau PNG.",
        "Export the page as a JPG or PNG picture."),
    "advice.zip": (
        "Ekstrak arsipnya lalu pilih berkas di dalamnya.",
        "Extract the archive and choose the file inside it."),
    "advice.other": (
        "Simpan ulang dokumen dalam format yang diterima.",
        "Save the document again in an accepted format."),
}
