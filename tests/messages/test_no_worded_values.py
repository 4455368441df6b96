"""A raiser passes codes, never words: no message's value is worded in a language by the
code that raises it (``reason_en``, ``kind_en``: a third language would get that English),
and render's value shapes hold none such. Every module of lsp_desktop/ is parsed; the
values of an ``LspError``, a ``Finding``, a ``render`` or a catalogue's ``fail`` (keywords
and the keys of a dict written in the call) are looked at."""

import ast
import re

from lsp_desktop.messages.value_shapes import VALUE_SHAPES
from tests import ROOT

PACKAGE = ROOT / "lsp_desktop"
_RAISING = {"LspError", "Finding", "render", "fail", "Said"}
# A value worded in English beside the Indonesian one (``reason``/``reason_en``). A name
# ending in ``_id`` is an id far more often than Indonesian words, so it is not read here.
_WORDED = re.compile(r".+_en$")


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def worded_values(source: str) -> list[str]:
    """The value names of ``source``'s messages that say a language's words."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and _called(node) in _RAISING):
            continue
        names = [k.arg for k in node.keywords if k.arg]
        for part in [*node.args, *(k.value for k in node.keywords)]:
            for inner in ast.walk(part):
                if isinstance(inner, ast.Dict):
                    names += [k.value for k in inner.keys
                              if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        found += [n for n in names if _WORDED.fullmatch(n)]
    return found


def test_the_check_finds_a_value_worded_in_english():
    assert worded_values('raise LspError("x", reason="a", reason_en="b")') == ["reason_en"]
    assert worded_values('Finding("x", ERROR, {"kind_en": k})') == ["kind_en"]
    assert worded_values('render("x", {"name": n}, lang)') == []


def test_no_raiser_passes_a_value_worded_in_a_language():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if worded := worded_values(path.read_text("utf-8")):
            found[str(path.relative_to(PACKAGE))] = worded
    assert not found, f"pass the code and let messages/value_shapes.py say it: {found}"


def test_the_value_shapes_name_no_language():
    names = {name for shape_names, _ in VALUE_SHAPES for name in shape_names}
    assert not [n for n in names if _WORDED.fullmatch(n)]
