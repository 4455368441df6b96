"""render says a message's values through one documented table (messages/value_shapes.py):
the raiser passes plain values (a format's code, an OS fault's code, a message inside the
message) and the words for them come out in the message's language."""

from lsp_desktop.messages import render
from lsp_desktop.messages.value_shapes import VALUE_SHAPES


def test_a_format_found_is_said_with_what_to_do_about_it():
    values = {"detected": "png", "allowed": "pdf/jpeg"}
    assert render("format.not_allowed", values, "en") == (
        "This file is a PNG image; this item accepts: PDF/JPG/JPEG. Turn it into a PDF: open "
        "the picture and choose Print > Save as PDF, or scan the document with a scanner app "
        "that saves PDF.")
    assert render("format.not_allowed", values, "id").startswith(
        "Berkas ini berupa gambar PNG; yang diterima untuk butir ini: PDF/JPG/JPEG. Jadikan PDF:")


def test_a_carried_message_wins_over_a_plain_reason_and_speaks_the_same_language():
    values = {"name": "a.pdf", "requirement": "npwp", "reason": "os.disk_full",
              "reason_code": "file.empty", "reason_values": {"name": "a.pdf"}}
    english = render("attach.refused", values, "en")
    assert english.startswith("a.pdf was not attached to npwp: ")
    assert render("file.empty", {"name": "a.pdf"}, "en") in english
    assert "disk" not in english


def test_an_os_fault_is_said_in_words_never_as_its_code():
    said = render("attach.refused", {"name": "a.pdf", "requirement": "npwp",
                                     "reason": "os.disk_full"}, "id")
    assert said.endswith(": disk penuh") and "os." not in said


def test_every_shape_is_named_once():
    names = [frozenset(n) for n, _ in VALUE_SHAPES if n]
    assert len(names) == len(set(names))
