"""The summary the receiver signs matches the zip: every 2.11 document the bundle ships is
listed (assessor, document, size, whole SHA-256), every checksum is shown whole in two
unbroken halves of 32, and a size's "(… byte)" never wraps its last character."""

import datetime as dt
import io
import re
import zipfile

from pypdf import PdfReader

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.fill import fill_everything
from tests.support.pdf_pages import pdf_pages


def _export(tmp_path):
    ws = open_workspace(tmp_path / "ws.lspws")
    fill_everything(ws)
    records = Records(ws)
    citra = records.people("asesor")[0]
    records.attach_assessor_file(citra.saved_id, "sertifikat-teknis", "teknis.pdf",
                                 mk.encrypted_pdf("rahasia"))
    records.attach_assessor_file(citra.saved_id, "ijazah", "ijazah-scan.pdf",
                                 mk.pdf_of_size(1_724_290))
    ws.attach_bytes("sk-asesor", "sk-asesor-scan.pdf", mk.pdf_of_size(1_724_290),
                   replace_existing=True)
    result = export_bundle(ws, tmp_path / "b.zip", allow_incomplete=True,
                           now=dt.datetime(2026, 3, 17, 9, 30))
    ws.close()
    with zipfile.ZipFile(result.path) as archive:
        shipped = {name.removeprefix(f"{result.top}/"): archive.read(name)
                   for name in archive.namelist() if "/data/2.11-" in name}
        pdf = archive.read(f"{result.top}/ringkasan.pdf")
        html = archive.read(f"{result.top}/ringkasan.html").decode()
        manifest = archive.read(f"{result.top}/manifest-sha256.txt").decode()
    return shipped, pdf, html, manifest


def test_every_assessor_file_in_the_zip_is_on_the_signed_summary(tmp_path):
    import hashlib

    shipped, pdf, html, _ = _export(tmp_path)
    assert len(shipped) == 3  # Citra's pasfoto, certificate and diploma
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    flat = re.sub(r"\s+", "", text)
    assert "Daftar berkas asesor (2.11)" in text and "Daftar berkas asesor (2.11)" in html
    for name, data in shipped.items():
        digest = hashlib.sha256(data).hexdigest()
        assert digest in flat, name  # whole, not its first 12 characters
        assert f"{digest[:32]}<br>{digest[32:]}" in html
        assert name.split("/")[-1] in flat
    assert "Citra Dewi" in text and "Ijazah" in text and "SertifikatKompetensi" in flat
    assert "1.724.290" in text


def test_checksums_are_whole_and_sizes_never_lose_their_parenthesis(tmp_path):
    _, pdf, html, manifest = _export(tmp_path)
    lines = [line.strip() for p in PdfReader(io.BytesIO(pdf)).pages
             for line in p.extract_text().splitlines()]
    flat = re.sub(r"\s+", "", " ".join(lines))
    sums = [line.split(maxsplit=1) for line in manifest.splitlines()]
    listed = [digest for digest, name in sums if not name.startswith("ringkasan.")]
    assert len(listed) >= 10 and all(digest in flat for digest in listed)
    # None cut to its first 12 characters, none broken other than in two halves of 32.
    assert not any(re.fullmatch(r"[0-9a-f]{12}", line) for line in lines)
    assert all(f"{d[:32]}<br>{d[32:]}" in html for d in listed)
    assert ")" not in lines  # "(1.724.290 byte" / ")" was the defect
    assert not any(re.fullmatch(r"\(\d[\d.]* byte", line) for line in lines)
    assert "class='mono'" in html
    assert pdf_pages(pdf, "ringkasan-asesor")
