"""List the window's and the command line's phrases that have no Indonesian yet.

Phrases are written in English where they are used (``tr("…")`` in ui/, ``phrase("…",
lang)`` in cli/); their Indonesian lives in ``lsp_desktop/messages/texts_window.py`` and
``texts_cli.py``. Run ``python tools/update_translations.py`` after adding strings: it
prints the missing entries ready to paste into the dict, with an empty Indonesian text to
fill in. ``--check`` only sets the exit status (tests/messages/test_completeness.py makes
the same check). Qt's .ts/.qm files are no longer used: one mechanism, plain Python.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lsp_desktop.messages import PHRASES  # noqa: E402 - after the path is set


def used_phrases() -> dict[str, str]:
    """English phrase -> where it is first used."""
    found: dict[str, str] = {}
    for folder, names in (("ui", {"tr"}), ("cli", {"phrase", "t"})):
        for path in sorted((ROOT / "lsp_desktop" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in names and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.setdefault(node.args[0].value,
                                     f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def main() -> int:
    missing = {text: where for text, where in used_phrases().items() if text not in PHRASES}
    if "--check" not in sys.argv:
        for text, where in missing.items():
            print(f"    # {where}\n    {text!r}:\n        '',")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
