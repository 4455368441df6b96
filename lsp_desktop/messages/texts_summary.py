"""The words of the printed summary of a bundle (ringkasan.pdf and ringkasan.html): the
English written in ``phrase("…", "id")`` in bundle/summary.py, and its Indonesian. The
summary is printed in Indonesian only (it is signed and filed at the LSP); phrases it
shares with the window ("LSP name", "Assessor", …) are the window's own entries."""

TEXTS: dict[str, str] = {
    "Requirements summary {number}":
        "Ringkasan Persyaratan {number}",
    # What the checksums prove, and no more: they show damage, not authorship.
    "The SHA-256 checksums in manifest-sha256.txt show that every file is the same as the "
    "one summarised here and was not damaged on the way (check them with LSP Desktop or any "
    "BagIt tool). They do not prove who made it: what ties the files to the LSP is this "
    "signed summary together with the bundle's SHA-256, sent by another channel.":
        "Kode pemeriksa SHA-256 di manifest-sha256.txt menunjukkan setiap berkas sama dengan "
        "yang diringkas di sini dan tidak rusak selama dikirim (periksa dengan LSP Desktop "
        "atau alat BagIt apa pun). Kode itu tidak membuktikan siapa pembuatnya: yang mengikat "
        "berkas kepada LSP adalah ringkasan bertanda tangan ini bersama SHA-256 bundel yang "
        "dikirim lewat jalur lain.",
    "DRAFT — INCOMPLETE, NOT FOR UPLOAD":
        "DRAF — BELUM LENGKAP, BUKAN UNTUK DIUNGGAH",
    "Type / category":
        "Jenis / kategori",
    "Uses SKKK":
        "Memakai SKKK",
    "Exported":
        "Diekspor",
    "Requirements list":
        "Daftar persyaratan",
    "Google Drive link (see the list of links)":
        "tautan Google Drive (lihat daftar tautan)",
    "{name} (see the data files)":
        "{name} (lihat berkas data)",
    "{count} assessor files (see the list of assessor files)":
        "{count} berkas asesor (lihat daftar berkas asesor)",
    "File / entry":
        "Berkas / isian",
    "Size":
        "Ukuran",
    "SHA-256 checksum":
        "Kode pemeriksa SHA-256",
    "List of links":
        "Daftar tautan",
    "Attestation":
        "Pengesahan",
    "I declare the files above true and faithful to their originals.":
        "Saya menyatakan berkas di atas benar dan sesuai aslinya.",
    "Name: ______________________________     Job title: ______________________":
        "Nama: ______________________________     Jabatan: ______________________",
    "Date: ____________________     Signature: ____________________":
        "Tanggal: ____________________     Tanda tangan: ____________________",
    "The bundle's SHA-256 (.zip), copied from LSP Desktop after the export:":
        "SHA-256 bundel (.zip), salin dari LSP Desktop setelah ekspor:",
    "List of assessor files ({point})":
        "Daftar berkas asesor ({point})",
    "File in the bundle":
        "Berkas dalam bundel",
    "{count} files not included in the bundle (not required)":
        "{count} berkas tidak disertakan dalam bundel (tidak wajib)",
    "Data files":
        "Berkas data",
    "What is incomplete or needs fixing":
        "Yang belum lengkap atau perlu diperbaiki",
    "What is missing or wrong":
        "Yang kurang atau salah",
    "Personnel's SIAPkerja accounts":
        "Akun SIAPkerja personel",
    "Note":
        "Catatan",
    "not submitted for {point}: {reason}":
        "tidak diajukan di {point}: {reason}",
    "An expiry date not written is computed: issue date + {years} years.":
        "Tanggal berlaku yang tidak tertulis dihitung: tanggal terbit + {years} tahun.",
    "Scheme: packages and competency units":
        "Skema: paket dan unit kompetensi",
    "Package code":
        "Kode paket",
    "Kind / reference":
        "Jenis / acuan",
    "Training participant":
        "Peserta pelatihan",
    "IT staff appointment decree (SK)":
        "SK penetapan staf IT",
    "{number} dated {date}":
        "{number} tanggal {date}",
    "Training participant and social media":
        "Peserta pelatihan dan media sosial",
}
