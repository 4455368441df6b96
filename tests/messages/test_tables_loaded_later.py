"""The tables the window's start does not read are loaded on the first key missed: every
lookup finds what it found when every table was read at import, in both languages."""

import importlib
import subprocess
import sys

from lsp_desktop import messages
from lsp_desktop.messages import TEXTS, load_all
from tests import ROOT

# How messages/__init__ once read every table at import: codes, then phrases, each in this
# order (a key given twice kept the later text).
CODE_TABLES = ("texts_files", "texts_data", "texts_bundle", "texts_app", "texts_admin",
               "texts_guard", "texts_cli:CODES", "texts_guide:CODES", "texts_merge:CODES",
               "texts_readme", "texts_advice", "texts_time")
PHRASE_TABLES = ("texts_window", "texts_cli", "texts_documents", "texts_guide",
                 "texts_merge:PHRASES", "texts_summary")


def _read(tables: tuple[str, ...]) -> dict:
    whole: dict = {}
    for name in tables:
        module, _, table = name.partition(":")
        whole.update(getattr(importlib.import_module(f"lsp_desktop.messages.{module}"),
                             table or "TEXTS"))
    return whole


def test_once_loaded_the_store_holds_what_reading_every_table_at_once_made():
    load_all()
    codes, phrases = _read(CODE_TABLES), _read(PHRASE_TABLES)
    stored_codes, stored_phrases = messages.MESSAGES, messages.PHRASES
    assert stored_codes == codes and stored_phrases == phrases
    for code, (indonesian, english) in codes.items():
        assert (TEXTS["id"][code], TEXTS["en"][code]) == (indonesian, english), code
    for english, indonesian in phrases.items():
        assert TEXTS["id"][english] == indonesian, english


# A fresh process: what importing the messages loads, and a first miss.
FRESH = """
import sys
from lsp_desktop.messages import lookup, phrase, render
later = ("texts_cli", "texts_files", "texts_readme", "texts_summary", "value_shapes")
print(sorted(n for n in later if f"lsp_desktop.messages.{n}" in sys.modules))
print(phrase("Attach files", "id"))        # the window's words: there from the start
print(lookup("file.empty", "en"))            # a message of a table not read yet
print(sorted(n for n in later if f"lsp_desktop.messages.{n}" in sys.modules))
print(render("file.empty", {"name": "ktp.pdf"}, "id"))
"""


def test_a_table_not_read_at_import_is_read_on_the_first_key_missed():
    result = subprocess.run([sys.executable, "-c", FRESH], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    before, window_words, english, after, said = result.stdout.splitlines()
    assert before == "[]"
    assert window_words == messages.phrase("Attach files", "id") != "Attach files"
    assert english == messages.lookup("file.empty", "en") and "empty (0 bytes)" in english
    assert after == "['texts_cli', 'texts_files', 'texts_readme', 'texts_summary']"
    assert said == messages.render("file.empty", {"name": "ktp.pdf"}, "id")
    assert "ktp.pdf" in said


# A fresh process: a language's own texts given before any table was read.
GIVEN_FIRST = """
from lsp_desktop.messages import lookup, render
from lsp_desktop.messages.table import add_language
add_language("id", {"file.empty": "Kosong: {name}."})
add_language("xx", {"file.empty": "XX {name}"})
print(lookup("file.not_found", "xx") == lookup("file.not_found", "en") is not None)
print(render("file.empty", {"name": "a.pdf"}, "id"))
print(render("file.empty", {"name": "a.pdf"}, "xx"))
"""


def test_texts_given_for_a_language_win_over_the_tables_read_later():
    result = subprocess.run([sys.executable, "-c", GIVEN_FIRST], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["True", "Kosong: a.pdf.", "XX a.pdf"]
