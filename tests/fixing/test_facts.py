"""What the before/after comparison says about a file: pages and sharpness, read from
real files, and nothing (but the size) about a file that cannot be read."""

from lsp_desktop.fixing.facts import combined_facts, file_facts
from tests import makefiles as mk
from tests.support.scans import scan_pdf, text_page_pdf


def test_a_scan_has_its_pages_and_its_resolution():
    data = scan_pdf(200, ("RGB", "L"))
    facts = file_facts(data)
    assert (facts.size, facts.pages, round(facts.lowest_dpi)) == (len(data), 2, 200)


def test_a_text_page_has_pages_and_no_resolution():
    facts = file_facts(text_page_pdf())
    assert facts.pages == 1 and facts.lowest_dpi is None and facts.pixels is None


def test_a_photo_is_measured_as_viewers_show_it_upright():
    assert file_facts(mk.image_bytes("JPEG", (800, 600))).pixels == (800, 600)
    turned = mk.image_bytes("JPEG", (800, 600), exif_orientation=6)
    assert file_facts(turned).pixels == (600, 800)


def test_damaged_and_foreign_files_give_only_their_size():
    for data in (b"%PDF-1.7\n" + b"\x00" * 500, b"not a picture at all", mk.docx_bytes()):
        facts = file_facts(data)
        assert (facts.size, facts.pages, facts.lowest_dpi, facts.pixels) == (
            len(data), None, None, None)


def test_files_taken_together():
    parts = [file_facts(scan_pdf(200, ("L",))), file_facts(text_page_pdf()),
             file_facts(mk.image_bytes("PNG", (300, 100)))]
    together = combined_facts(parts)
    assert together.pages == 3 and round(together.lowest_dpi) == 200
    assert together.size == sum(p.size for p in parts)
