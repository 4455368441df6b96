"""docs/architecture.md names every module, so a newcomer finds where a thing lives and
where a new thing goes: a module added without a word there fails here."""

import re
from pathlib import Path

import lsp_desktop

PACKAGE = Path(lsp_desktop.__file__).parent
DOC = PACKAGE.parent / "docs" / "architecture.md"


def _named(relative: str, doc: str, blocks: list[str]) -> bool:
    parts = relative.split("/")
    # "ui/dialogs/assign.py" may be written whole or as "dialogs/assign.py" …
    if any("/".join(parts[i:]) in doc for i in range(len(parts) - 1)):
        return True
    # … or as "`assign.py`" in the paragraph, row or bullet about its folder ("dialogs/").
    if len(parts) < 2:
        return f"`{relative}`" in doc or f"{relative} " in doc
    folder = parts[-2] + "/"
    leaf = parts[-1]
    return any(folder in block and re.search(rf"(?<![\w/]){re.escape(leaf)}", block)
               for block in blocks)


def test_every_module_is_named_in_the_architecture_notes():
    doc = DOC.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=- |\| |\d+\. |\n)", doc)
    unnamed = [path.relative_to(PACKAGE).as_posix() for path in sorted(PACKAGE.rglob("*.py"))
               if path.name != "__init__.py"
               and not _named(path.relative_to(PACKAGE).as_posix(), doc, blocks)]
    assert not unnamed, "not named in docs/architecture.md: " + ", ".join(unnamed)
