"""A colour scan ten times over the 2 MB rule is a document to compress, not a video: it
is told so from its size and first bytes, in milliseconds, without being parsed; whether
it opens is learnt when Kompres is asked for. Its message names no command and never
contradicts itself."""

from lsp_desktop.checks import REFUSING, check_file, read_and_check
from lsp_desktop.checks.guard import SCAN_READ_LIMIT
from tests import makefiles as mk


def codes(report) -> list[str]:
    return [finding.code for finding in report.findings]


def test_a_real_pdf_far_over_the_limit_can_be_compressed(tmp_path):
    path = tmp_path / "scan-npwp.pdf"
    path.write_bytes(mk.pdf_of_size(25_000_000, pages=4))
    report = check_file(path)
    assert codes(report) == ["size.too_large"]
    assert not REFUSING & set(codes(report))
    text = report.findings[0].message("id")
    assert "Kompres agar ≤ 2 MB" in text and "25 MB" in text
    assert "lsp-desktop" not in text and "baris perintah" not in text  # no command in a window
    attached, data = read_and_check(path)  # attaching keeps the bytes, to compress later
    assert codes(attached) == ["size.too_large"] and data is not None


def test_a_damaged_pdf_that_large_is_told_its_size_only_without_contradiction(tmp_path):
    path = tmp_path / "video.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(25_000_000)  # a PDF header and nothing behind it
    report = check_file(path)
    assert codes(report) == ["size.too_large"] and report.pages is None
    text = report.findings[0].message("id")
    assert "tidak dibuka" not in text and "terpotong" not in text


def test_past_the_ceiling_a_pdf_is_not_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(SCAN_READ_LIMIT + 1)  # sparse: costs nothing to make
    for report in (check_file(path), read_and_check(path)[0]):
        assert codes(report) == ["size.far_too_large"] and report.pages is None
