"""A file that is two files at once (issue 19, class 1): a zip in a PDF's or picture's
clothes, or a PDF with another file after its end, is recognised and refused in words
that say what it is; an exported bundle offered as a document is called a bundle. The
usual leftovers of scanners (line ends, padding after %%EOF) and zip-like bytes that
occur by chance in a scan's data are not taken for a hidden file."""

from __future__ import annotations

import io
import random
import struct
import zipfile

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.checks import REFUSING, check_bytes, check_file
from lsp_desktop.cli.main import run
from tests import makefiles as mk
from tests.fill import fill_everything


def codes(report) -> list[str]:
    return [f.code for f in report.findings]


def _stored_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data)  # stored, like a bundle's PDF
    return buffer.getvalue()


def _bag(pdf: bytes) -> bytes:
    return _stored_zip({"bundel/ringkasan.pdf": pdf, "bundel/bagit.txt": b"BagIt-Version: 1.0\n",
                        "bundel/data/2.09-npwp.pdf": pdf})


def test_an_exported_bundle_added_as_npwp_is_refused_as_a_bundle(workspace, tmp_path, capsys):
    fill_everything(workspace)
    bundle = export_bundle(workspace, tmp_path / "out" / "bundel.zip").path
    disguised = mk.write(tmp_path, "npwp.pdf", bundle.read_bytes())
    report = check_file(disguised)
    assert report.format == "bundle" and codes(report) == ["format.bundle"]
    assert "bundel LSP Desktop" in report.findings[0].message("id")
    with pytest.raises(LspError) as refused:
        workspace.attach("npwp", disguised, replace_existing=True)
    assert refused.value.code == "attach.refused"
    assert "bundel LSP Desktop" in refused.value.message("id")
    code = run(["add", "--workspace", str(workspace.path), "npwp", str(disguised),
                "--replace"])
    assert code == 1
    said = capsys.readouterr()
    assert "bundel LSP Desktop" in said.out + said.err and "Traceback" not in said.err


def _with_comment(archive: bytes, comment: bytes) -> bytes:
    end = archive.rfind(b"PK\x05\x06")
    return archive[:end + 20] + struct.pack("<H", len(comment)) + comment


def _png_with_chunk(png: bytes, kind: bytes, body: bytes) -> bytes:
    import zlib

    chunk = struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return png[:33] + chunk + png[33:]  # after IHDR (8 + 25 bytes)


PDF = mk.pdf_bytes(1)
JPEG = mk.image_bytes("JPEG", (120, 90))
PNG = mk.image_bytes("PNG", (120, 90))
SMALL_ZIP = mk.zip_with({"ktp.txt": b"3171011505850002"})
RIDERS = {
    "pdf + zip": (PDF + SMALL_ZIP, "file.hidden_zip"),
    "pdf + bundle": (PDF + _bag(PDF), "file.hidden_bundle"),
    "pdf + stored zip + padding": (PDF + _stored_zip({"a.pdf": PDF}) + b"\n" * 50,
                                   "file.hidden_zip"),
    "pdf + zip member, no directory": (PDF + SMALL_ZIP[:60], "file.hidden_zip"),
    "pdf + zip directory only": (PDF + SMALL_ZIP[SMALL_ZIP.rfind(b"PK\x01\x02"):],
                                 "file.hidden_zip"),
    "pdf + other data": (PDF + bytes(range(256)) * 20, "pdf.data_after_end"),
    "pdf + second pdf": (PDF + b"%!PS junk" * 300 + b"\n%%EOF\n" + b"x" * 4000,
                         "pdf.data_after_end"),
    "jpeg + zip": (JPEG + SMALL_ZIP, "file.hidden_zip"),
    "png + zip": (PNG + SMALL_ZIP, "file.hidden_zip"),
    "zip inside a pdf's comment": (PDF[:9] + b"%" + SMALL_ZIP[:40] + b"\n" + PDF[9:],
                                   "file.hidden_zip"),
    "zip between a pdf's objects": (PDF[:PDF.find(b"1 0 obj")] + SMALL_ZIP + b"\n"
                                    + PDF[PDF.find(b"1 0 obj"):], "file.hidden_zip"),
    "zip with a long comment": (PDF + _with_comment(SMALL_ZIP, b"c" * 60_000),
                                "file.hidden_zip"),
    "zip whose members are cut away": (PDF + SMALL_ZIP[SMALL_ZIP.rfind(b"PK\x05\x06"):],
                                       "file.hidden_zip"),
    "zip in a png chunk": (_png_with_chunk(PNG, b"zpKg", SMALL_ZIP), "file.hidden_zip"),
    "zip in a jpeg comment": (JPEG[:2] + b"\xff\xfe" + (len(SMALL_ZIP) + 2).to_bytes(2, "big")
                              + SMALL_ZIP + JPEG[2:], "file.hidden_zip"),
}


@pytest.mark.parametrize("name", RIDERS)
def test_a_file_carrying_another_is_refused_in_plain_words(name):
    data, code = RIDERS[name]
    report = check_bytes(data, "npwp.pdf" if data.startswith(b"%PDF") else "logo.jpg")
    assert code in codes(report) and code in REFUSING
    text = report.findings[-1].message("id")
    assert "tidak dilampirkan" in text and "{" not in text


@pytest.mark.parametrize("name", ["npwp.pdf", "logo.jpg", "berkas"])
def test_a_bundle_under_any_name_is_called_a_bundle(name):
    report = check_bytes(_bag(PDF), name)
    assert report.format == "bundle" and codes(report) == ["format.bundle"]


def test_a_zip_whose_first_member_is_a_pdf_is_a_zip():
    report = check_bytes(_stored_zip({"surat.pdf": PDF}), "surat.pdf")
    assert report.format == "zip" and report.verdict == "error"


@pytest.mark.parametrize("tail", [b"\r\n", b"\n" * 900, b"\0" * 5000, b" \r\n\t" * 300,
                                  b"\n%stray scanner bytes\n", bytes(range(1, 200))])
def test_what_scanners_leave_after_the_end_is_accepted(tail):
    report = check_bytes(PDF + tail, "npwp.pdf")
    assert not set(codes(report)) & REFUSING, codes(report)


def _pdf_with_random_stream(seed: int) -> bytes:
    """A PDF whose picture data holds zip signatures followed by noise, as megabytes of
    a scan's JPEG may by chance."""
    rng = random.Random(seed)
    noise = bytearray(rng.randbytes(200_000))
    for _ in range(40):
        at = rng.randrange(len(noise) - 40)
        noise[at:at + 4] = rng.choice([b"PK\x03\x04", b"PK\x05\x06"])
        # Fields that a real zip would never hold: a huge name, an unknown method.
        noise[at + 4:at + 30] = struct.pack("<HHH", 20, 0, rng.randrange(100, 60000)) \
            + bytes(rng.randbytes(20))
    return mk.pdf_with_stream_data(bytes(noise))


@pytest.mark.parametrize("seed", range(4))
def test_zip_like_bytes_by_chance_in_a_scan_are_not_a_hidden_zip(seed):
    report = check_bytes(_pdf_with_random_stream(seed), "scan.pdf")
    assert not {"file.hidden_zip", "pdf.data_after_end"} & set(codes(report))


def test_a_huge_pdf_with_a_zip_at_its_end_is_told_without_being_read(tmp_path):
    path = tmp_path / "besar.pdf"
    with path.open("wb") as handle:
        handle.write(PDF)
        handle.truncate(200 * 1024 * 1024)  # sparse
        handle.seek(0, 2)
        handle.write(SMALL_ZIP)
    report = check_file(path)
    assert "file.hidden_zip" in codes(report) and "size.far_too_large" in codes(report)


@pytest.mark.parametrize("tail", [JPEG, b"SEFH" + bytes(range(256)) * 40, b"\0" * 3000])
def test_what_phones_put_after_a_jpeg_is_not_a_hidden_zip(tail):
    # A second (preview) picture, a maker's trailer, padding: no zip, so no refusal.
    report = check_bytes(JPEG + tail, "kantor.jpg")
    assert not set(codes(report)) & REFUSING, codes(report)
