"""A colour scan ten times over the 2 MB rule is a document to compress, not a video:
it is read and checked (up to a hard ceiling), and its message names no command."""

from lsp_desktop.checks import REFUSING, check_file
from lsp_desktop.checks.guard import SCAN_READ_LIMIT
from tests import makefiles as mk


def codes(report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_real_pdf_far_over_the_limit_is_checked_and_can_be_compressed(tmp_path):
    path = tmp_path / "scan-npwp.pdf"
    path.write_bytes(mk.pdf_of_size(25_000_000, pages=4))
    report = check_file(path)
    assert codes(report) == ["size.too_large"]
    assert report.pages == 4 and not REFUSING & set(codes(report))
    text = report.findings[0].message("id")
    assert "Kompres agar ≤ 2 MB" in text and "25 MB" in text
    assert "lsp-desktop" not in text and "baris perintah" not in text  # no command in a window


def test_a_damaged_pdf_that_large_is_still_refused_unopened(tmp_path):
    path = tmp_path / "video.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(25_000_000)  # a PDF header and nothing behind it
    assert "size.far_too_large" in codes(check_file(path))


def test_past_the_ceiling_a_pdf_is_not_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(SCAN_READ_LIMIT + 1)  # sparse: costs nothing to make
    report = check_file(path)
    assert codes(report) == ["size.far_too_large"] and report.pages is None
