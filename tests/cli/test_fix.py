"""`lsp-desktop fix`: real scans in, a fitting file out, the input never touched."""

import io
import json
import os
import stat

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.cli.running import cli
from tests.fill import new_workspace
from tests.support.scans import scan_image, scan_pdf, text_page_pdf


@pytest.fixture(scope="module")
def big_scan() -> bytes:
    return scan_pdf(300, ("RGB", "L", "RGB"))


def _jpeg(dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    scan_image(dpi).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_compress_fits_keeps_pages_and_input(tmp_path, capsys, big_scan):
    source, out = tmp_path / "sk lisensi.pdf", tmp_path / "kecil.pdf"
    source.write_bytes(big_scan)
    assert len(big_scan) > 2_000_000
    code, text, _ = cli(capsys, "fix", "compress", source, "--out", out)
    assert code == 0
    assert source.read_bytes() == big_scan
    assert out.stat().st_size < 2_000_000
    assert len(PdfReader(out).pages) == 3
    assert stat.S_IMODE(out.stat().st_mode) & 0o077 == 0 or os.name == "nt"
    assert "menjadi" in text and "3 halaman" in text and "dpi" in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_compress_that_cannot_fit_exits_1_with_reason(tmp_path, capsys, big_scan):
    source, out = tmp_path / "scan.pdf", tmp_path / "out.pdf"
    source.write_bytes(big_scan)
    code, _, err = cli(capsys, "fix", "compress", source, "--out", out,
                       "--max-bytes", 50_000, "--lang", "en")
    assert code == 1
    assert "cannot be made smaller" in err and "150 dpi" in err
    assert not out.exists()


def test_never_overwrites_the_input(tmp_path, capsys, big_scan):
    source = tmp_path / "scan.pdf"
    source.write_bytes(big_scan)
    same = tmp_path / "sub" / ".." / "scan.pdf"
    (tmp_path / "sub").mkdir()
    code, _, err = cli(capsys, "fix", "compress", source, "--out", same)
    assert code == 1 and "salah satu berkas masukan" in err
    assert source.read_bytes() == big_scan


def test_refuses_what_is_not_a_pdf_or_picture(tmp_path, capsys):
    source = tmp_path / "notes.pdf"
    source.write_bytes(b"just some text, named like a PDF")
    code, _, err = cli(capsys, "fix", "compress", source, "--out", tmp_path / "o.pdf")
    assert code == 1 and "tidak dapat diperbaiki dengan perintah ini" in err
    assert "format tidak dikenal" in err and "Traceback" not in err


@pytest.mark.parametrize("action, named", [("compress", "PDF/JPG/JPEG/PNG"),
                                           ("to-pdf", "JPG/JPEG/PNG")])
def test_an_empty_file_is_said_empty_naming_only_what_the_command_takes(tmp_path, capsys,
                                                                        action, named):
    source = tmp_path / "kosong.pdf"
    source.write_bytes(b"")
    code, _, err = cli(capsys, "fix", action, source, "--out", tmp_path / "o.pdf")
    assert code == 1 and "kosong (0 byte)" in err and f"Pilih berkas {named} yang" in err
    assert "WEBP" not in err  # no item takes one: never suggested
    code, _, err = cli(capsys, "--lang", "en", "fix", action, source, "--out",
                       tmp_path / "o.pdf")
    assert "is empty (0 bytes)" in err and "WEBP" not in err


def test_damaged_pdf_gets_a_plain_refusal(tmp_path, capsys, big_scan):
    source = tmp_path / "broken.pdf"
    source.write_bytes(big_scan[: len(big_scan) // 2])
    code, _, err = cli(capsys, "fix", "compress", source, "--out", tmp_path / "o.pdf")
    assert code == 1 and "Traceback" not in err and err.strip()


def test_combine_keeps_order_and_text(tmp_path, capsys):
    photo, text_pdf = tmp_path / "hal1.jpg", tmp_path / "hal2.pdf"
    photo.write_bytes(_jpeg())
    text_pdf.write_bytes(text_page_pdf())
    out = tmp_path / "gabung.pdf"
    code, _, _ = cli(capsys, "fix", "combine", photo, text_pdf, "--out", out)
    assert code == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert "Surat Keputusan" in reader.pages[1].extract_text()
    assert out.stat().st_size < 2_000_000


def test_rotate_given_pages_only(tmp_path, capsys):
    source, out = tmp_path / "tiga.pdf", tmp_path / "putar.pdf"
    source.write_bytes(scan_pdf(150, ("L", "L", "L")))
    code, _, _ = cli(capsys, "fix", "rotate", source, "--degrees", 90, "--pages", "1,3",
                     "--out", out)
    assert code == 0
    assert [p.rotation for p in PdfReader(out).pages] == [90, 0, 90]
    code, _, err = cli(capsys, "fix", "rotate", source, "--degrees", 90, "--pages", "7",
                       "--out", out, "--overwrite")
    assert code == 1 and "Halaman 7 tidak ada" in err


def test_rotate_a_picture(tmp_path, capsys):
    source, out = tmp_path / "foto.jpg", tmp_path / "tegak.jpg"
    source.write_bytes(_jpeg(100))
    width, height = Image.open(source).size
    assert cli(capsys, "fix", "rotate", source, "--degrees", 270, "--out", out)[0] == 0
    assert Image.open(out).size == (height, width)


def test_to_pdf_a4_pages(tmp_path, capsys):
    photos = []
    for number in (1, 2):
        photo = tmp_path / f"npwp{number}.jpg"
        photo.write_bytes(_jpeg())
        photos.append(photo)
    out = tmp_path / "npwp.pdf"
    code, text, _ = cli(capsys, "fix", "to-pdf", *photos, "--out", out, "--lang", "en")
    assert code == 0 and "2 page(s)" in text
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert abs(float(pages[0].mediabox.width) - 595) < 2


def test_add_fix_compresses_a_scan_over_the_limit(tmp_path, capsys, big_scan):
    source = tmp_path / "npwp scan.pdf"
    source.write_bytes(big_scan)
    workspace = new_workspace(tmp_path / "ws.lspws")
    code, out, _ = cli(capsys, "add", "--workspace", workspace, "npwp", source, "--fix")
    assert code == 0 and "npwp scan.pdf" in out
    assert source.read_bytes() == big_scan
    code, out, _ = cli(capsys, "status", "--workspace", workspace, "--json")
    npwp = next(r for r in json.loads(out)["requirements"] if r["id"] == "npwp")
    assert npwp["state"] == "ok" and npwp["files"][0]["pages"] == 3
