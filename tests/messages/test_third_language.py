"""A third language is data: one more table in messages.TEXTS (``add_language``), read by
render, phrase and label, with English for whatever it does not hold yet."""

import pytest

from lsp_desktop.messages import (
    MESSAGES,
    PHRASES,
    STATE_LABELS,
    TEXTS,
    label,
    languages,
    phrase,
    render,
)
from lsp_desktop.messages.table import add_language


@pytest.fixture
def xx(monkeypatch):
    """A made-up language "xx", its table registered for the test only."""
    monkeypatch.setitem(TEXTS, "xx", {})
    add_language("xx", {
        "file.empty": "XX: {name} is leeg-xx.",
        "Export bundle…": "Eksporto-xx…",
        "ready": "klar-xx",  # the English of STATE_LABELS["ok"]
    })
    return "xx"


def test_render_phrase_and_label_read_the_third_language(xx):
    assert "xx" in languages()
    assert render("file.empty", {"name": "a.pdf"}, xx) == "XX: a.pdf is leeg-xx."
    assert phrase("Export bundle…", xx) == "Eksporto-xx…"
    assert label(STATE_LABELS, "ok", xx) == "klar-xx"


def test_what_the_third_language_lacks_is_said_in_english(xx):
    missing = "bundle.sha256"
    assert render(missing, {"sha256": "ab"}, xx) == render(missing, {"sha256": "ab"}, "en")
    assert phrase("Workspace", xx) == "Workspace"  # the English key is the English text
    assert label(STATE_LABELS, "missing", xx) == STATE_LABELS["missing"][1]


def test_a_reason_carried_as_its_code_is_said_by_the_third_languages_table(xx):
    # The raiser passes the code; nothing worded in Indonesian and English reaches "xx".
    values = {"path": "b.zip", "reasons": [{"reason_code": "file.empty",
                                            "reason_values": {"name": "a.pdf"}}]}
    assert render("import.damaged", values, xx) == (
        "The bundle b.zip cannot be opened: XX: a.pdf is leeg-xx. Nothing was imported.")


def test_the_two_languages_are_the_same_table(xx):
    # Indonesian and English are entries of the same store, not a separate mechanism.
    code, (indonesian, english) = next(iter(MESSAGES.items()))
    assert TEXTS["id"][code] == indonesian and TEXTS["en"][code] == english
    english_phrase, indonesian_phrase = next(iter(PHRASES.items()))
    assert TEXTS["id"][english_phrase] == indonesian_phrase
    assert render(code, {}, "id") != code


def test_an_unknown_language_is_indonesian():
    assert phrase("Export bundle…", "zz") == phrase("Export bundle…", "id")


def test_no_key_is_both_a_code_and_a_phrase():
    # One table holds both: a phrase's English must never be read as a code's text.
    assert not MESSAGES.keys() & PHRASES.keys()
