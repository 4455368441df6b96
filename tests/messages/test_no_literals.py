"""Indonesian words live in lsp_desktop/messages/ only: every other module is parsed, and a
string constant that reads as Indonesian (a common Indonesian word, whole) fails the test.

Left alone: docstrings (they explain, the admin never reads them), the English key of a
``tr``/``phrase``/``t``/``Said`` call (its Indonesian is in messages/), file names, a
single word (a key or stored value: "asesor", "tidak", "jenis"; words shown to the admin
come in phrases), SQL, and the few values of ALLOWED, which are a data format."""

import ast
import re
from pathlib import Path

from tests import ROOT

PACKAGE = ROOT / "lsp_desktop"

# Common Indonesian words an English text never holds, matched whole ("belum-daftar", a
# stored state, is a word of its own and not matched).
_WORDS = """
    belum sudah tidak dengan untuk yang dari pilih simpan dan atau ini itu akan dapat harus
    lihat menurut berisi dibuat setelah bukan dalam pada kepada telah juga oleh sebagai agar
    karena lalu semua setiap berkas ada diisi ringkasan tanggal daftar lengkap tautan butir
    persyaratan bundel asesor dokumen kode ukuran peserta pelatihan jenis paket hapus ubah
    tambah buka ganti kosong diunggah dilampirkan perlu diperbaiki kesalahan peringatan
"""
INDONESIAN = frozenset(_WORDS.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z_-]*")
_FILE_NAME = re.compile(r"[\w.-]+\.(?:pdf|html|txt|ini|csv|json|zip|xlsx|db)\b")
_KEY_CALLS = {"tr", "phrase", "t", "Said"}
_SQL = re.compile(r"\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|WITH)\b")

# (module, text): values of a data format, the same in every language.
ALLOWED = {
    # The bundle's CSV and manifest: how an expiry was found; other tools read this value
    # (docs/bundle-manifest.md), so it does not follow the admin's language.
    ("tables/rows.py", "dihitung: tanggal terbit + "),
}


def _skipped(tree: ast.AST) -> set[int]:
    """The ids of the docstrings and of the English keys of tr/phrase/t/Said calls."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in _KEY_CALLS and node.args):
            skipped.update(id(part) for part in ast.walk(node.args[0]))
    return skipped


def indonesian_words(text: str) -> set[str]:
    if len(text.split()) < 2 or _SQL.match(text):
        return set()  # a key, a stored value, or SQL naming one
    return {word for word in _WORD.findall(_FILE_NAME.sub(" ", text).lower())
            if word in INDONESIAN}


def indonesian_literals(path: Path, relative: str) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _skipped(tree)
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in skipped and (relative, node.value) not in ALLOWED
                and (words := indonesian_words(node.value))):
            found.append(f"{relative}:{node.lineno}: {sorted(words)} {node.value[:60]!r}")
    return found


def test_no_indonesian_literal_outside_messages():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if not relative.startswith("messages/"):
            offenders += indonesian_literals(path, relative)
    assert not offenders, "move these to lsp_desktop/messages/:\n" + "\n".join(offenders)


def test_the_word_list_finds_a_sentence_and_spares_english_and_file_names():
    assert indonesian_words("Berkas belum dilampirkan.") == {"berkas", "belum", "dilampirkan"}
    assert not indonesian_words("No file attached yet, see ringkasan.pdf")
    assert not indonesian_words("belum-daftar")  # a stored state, not a sentence
    assert not indonesian_words("asesor")  # a role as stored


def test_every_allowed_value_is_still_there():
    # An entry whose text left its module is removed from ALLOWED, so the list stays tiny.
    for relative, text in ALLOWED:
        tree = ast.parse((PACKAGE / relative).read_text(encoding="utf-8"))
        assert any(isinstance(n, ast.Constant) and n.value == text
                   for n in ast.walk(tree)), (relative, text)
