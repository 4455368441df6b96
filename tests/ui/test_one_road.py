"""One road from the window to the workspace, enforced like the layers: the views
(panels, widgets, dialogs) never import the store nor touch the open workspace; they ask
the controller, whose one edit path (ui/road/edit_path.py) alone pushes onto the undo stack."""

import ast
from pathlib import Path

import lsp_desktop

UI = Path(lsp_desktop.__file__).parent / "ui"
VIEWS = [path for folder in ("panels", "widgets", "dialogs")
         for path in sorted((UI / folder).rglob("*.py"))]


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imported(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):  # inside functions and under TYPE_CHECKING too
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_there_are_views_to_check():
    assert len(VIEWS) > 20 and any(p.name == "people_editors.py" for p in VIEWS)


def test_no_view_imports_the_store():
    found = [f"{path.relative_to(UI)} imports {name}" for path in VIEWS
             for name in _imported(_tree(path))
             if name == "lsp_desktop.store" or name.startswith("lsp_desktop.store.")]
    assert not found, "views ask the controller (controller.read, controller.edits):\n" + \
        "\n".join(found)


def test_no_view_holds_the_workspace_or_the_undo_stack():
    found = [f"{path.relative_to(UI)}:{node.lineno} uses .{node.attr}" for path in VIEWS
             for node in ast.walk(_tree(path))
             if isinstance(node, ast.Attribute) and node.attr in ("workspace", "undo_stack")]
    assert not found, "\n".join(found)


def test_only_the_edit_path_pushes_onto_the_undo_stack():
    pushers = sorted(path.relative_to(UI).as_posix() for path in UI.rglob("*.py")
                     if ".push(" in path.read_text(encoding="utf-8"))
    assert pushers == ["road/edit_path.py"]
