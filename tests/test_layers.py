"""The core never imports Qt: checks, workspace and bundle run without a screen."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import lsp_desktop

PACKAGE = Path(lsp_desktop.__file__).parent


def core_modules():
    for info in pkgutil.walk_packages([str(PACKAGE)], "lsp_desktop."):
        if not info.name.startswith("lsp_desktop.ui"):
            yield info.name


def test_no_core_source_mentions_pyside():
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), path


def test_importing_every_core_module_loads_no_qt():
    modules = list(core_modules())
    assert "lsp_desktop.store.workspace" in modules and "lsp_desktop.checks.pdf" in modules
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=PACKAGE.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# The layers, lowest first: a module may import only from its own layer or a lower one.
LAYERS = [
    # base/: the error type, paths, safe writes, file names, resources, progress steps.
    {"lsp_desktop", "lsp_desktop.base", "lsp_desktop.messages"},
    {"lsp_desktop.circulars", "lsp_desktop.circulars.grammar"},
    {"lsp_desktop.circulars.catalog"},
    # The library reads an added circular's file through the guard.
    {"lsp_desktop.checks", "lsp_desktop.circulars.library"},
    {"lsp_desktop.store"},
    {"lsp_desktop.status", "lsp_desktop.intake", "lsp_desktop.fixing"},
    {"lsp_desktop.tables"},
    {"lsp_desktop.bundle"},
    {"lsp_desktop.cli"},
    # The window, in sub-layers (a module of ui/ not named below is in its base: words,
    # icons, the task runner, settings).
    {"lsp_desktop.ui"},
    {"lsp_desktop.ui.widgets"},  # pieces that know no controller
    # The one road (the controller, the edit path, what views may read) and the workers.
    {"lsp_desktop.ui.road", "lsp_desktop.ui.jobs"},
    {"lsp_desktop.ui.dialogs"},
    {"lsp_desktop.ui.panels"},
    # The window shell (main window, menus, actions) and the application around it.
    {"lsp_desktop.ui.shell", "lsp_desktop.ui.app", "lsp_desktop.ui.launch",
     "lsp_desktop.ui.probe"},
    {"lsp_desktop.__main__"},
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every lsp_desktop module and what it imports of the package, counting imports
    inside functions and under TYPE_CHECKING too."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                stem = node.module or ""
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    stem = ".".join(base + ([stem] if stem else []))
                found = [stem] + [f"{stem}.{a.name}" for a in node.names]
            else:
                continue
            for target in found:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    targets.add(target)
        edges[name] = targets
    return edges


def _layer(module: str) -> int:
    best = -1
    for index, layer in enumerate(LAYERS):
        for prefix in layer:
            if module == prefix or (prefix != "lsp_desktop" and module.startswith(prefix + ".")):
                best = index
    assert best >= 0, f"{module} belongs to no layer: add it to LAYERS and docs/architecture.md"
    return best


# Until the summary PDF is rendered by the core (issue 13), export borrows the window's
# renderer. Remove this line when it does.
KNOWN_UPWARD: set[tuple[str, str]] = set()


def test_imports_point_only_down_the_layers():
    upward = [f"{m} imports {t}" for m, targets in _imports().items() for t in targets
              if _layer(t) > _layer(m) and (m, t) not in KNOWN_UPWARD]
    assert not upward, "\n".join(upward)


def test_no_import_circles():
    edges = _imports()
    circles = []

    def reaches(start: str, goal: str) -> bool:
        seen, stack = set(), [start]
        while stack:
            here = stack.pop()
            if here == goal:
                return True
            if here not in seen:
                seen.add(here)
                stack.extend(edges.get(here, ()))
        return False

    for module, targets in edges.items():
        circles += [f"{module} <-> {t}" for t in targets if reaches(t, module)]
    assert not circles, "\n".join(sorted(circles))


def test_no_two_core_modules_share_a_name_and_nothing_lies_loose():
    """A name says one thing: `report.py` twice, or a second `Document`, made a reader open
    the wrong file (issue 22). Command-line and window modules may mirror a core name."""
    core = [p for p in PACKAGE.rglob("*.py")
            if not {"ui", "cli"} & set(p.relative_to(PACKAGE).parts) and p.name != "__init__.py"]
    names = [p.name for p in core]
    assert sorted({n for n in names if names.count(n) > 1}) == []
    loose = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert loose == ["__init__.py", "__main__.py"]
