"""Every user-facing string exists in Indonesian and English, with the same blanks."""

import ast
import re
import string
from pathlib import Path

from lsp_desktop.messages import MESSAGES, PHRASES, phrase, render
from tests import ROOT

PACKAGE = ROOT / "lsp_desktop"


def _blanks(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _literal_calls(folder: Path, name: str, position: int) -> dict[str, str]:
    """The string literals passed to ``name(…)`` in the modules under ``folder``."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == name and len(node.args) > position
                    and isinstance(node.args[position], ast.Constant)
                    and isinstance(node.args[position].value, str)):
                found[node.args[position].value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_every_message_code_has_both_languages_with_the_same_blanks():
    for code, pair in MESSAGES.items():
        assert len(pair) == 2 and all(text.strip() for text in pair), code
        indonesian, english = pair
        assert _blanks(indonesian) == _blanks(english), code


def test_every_phrase_has_an_indonesian_text_with_the_same_blanks():
    for english, indonesian in PHRASES.items():
        assert indonesian.strip(), english
        assert _blanks(indonesian) == _blanks(english), english


def test_every_window_string_has_an_indonesian_entry():
    used = _literal_calls(PACKAGE / "ui", "tr", 0)
    missing = {text: where for text, where in used.items() if text not in PHRASES}
    assert not missing, "add to lsp_desktop/messages/texts_window.py: " + repr(missing)


def test_every_command_line_and_document_string_has_an_indonesian_entry():
    used = _literal_calls(PACKAGE, "phrase", 0) | _literal_calls(PACKAGE / "cli", "t", 0)
    missing = {text: where for text, where in used.items() if text not in PHRASES}
    assert not missing, "add to lsp_desktop/messages/texts_cli.py: " + repr(missing)


def test_one_english_phrase_has_one_indonesian_text_everywhere():
    from lsp_desktop.messages.texts_cli import TEXTS as CLI
    from lsp_desktop.messages.texts_documents import TEXTS as DOCUMENTS
    from lsp_desktop.messages.texts_window import TEXTS as WINDOW

    for english in WINDOW.keys() & (CLI.keys() | DOCUMENTS.keys()):
        assert {WINDOW[english], CLI.get(english, WINDOW[english]),
                DOCUMENTS.get(english, WINDOW[english])} == {WINDOW[english]}, english


def test_no_other_language_switch_is_written_inline():
    # One mechanism: no `lang == "en"` choice of words outside messages/ and the catalogue.
    pattern = re.compile(r"""lang\s*[!=]=\s*["']en["']""")
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("messages/") or relative in {
                "circulars/catalog.py", "circulars/grammar.py", "ui/i18n.py"}:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{relative}:{number}: {line.strip()}")
    assert not offenders, offenders


def test_a_refusal_reason_follows_the_language():
    values = {"name": "a.pdf", "requirement": "npwp", "reason_code": "size.too_large",
              "reason_values": {"size": 6_000_000, "limit_binary": 2_097_152,
                                "limit_decimal": 2_000_000}}
    english = render("attach.refused", values, "en")
    assert "was not attached" in english and "bita" not in english
    assert "bytes" not in render("attach.refused", values, "id")


def test_a_link_refused_on_a_file_item_says_so():
    text = render("requirement.not_link", {"requirement": "npwp", "form": "file"}, "en")
    assert "does not take a link" in text and "its form is: file" in text
    assert "bentuknya: berkas" in render("requirement.not_link",
                                         {"requirement": "npwp", "form": "file"}, "id")
    assert phrase("Cancel", "id") == "Batal" and phrase("Cancel", "en") == "Cancel"
