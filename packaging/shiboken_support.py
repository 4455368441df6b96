"""PySide's own support modules, compiled when the app is built instead of at every start.

shiboken6 carries its support modules (``shibokensupport``: the signature loader and its
parser, the feature switch; 13 modules; the bootstrap itself, 7 KB, is compiled by
libshiboken from its own copy) as Python source zipped inside libshiboken, and
every PySide6 program compiles them again at each start: some 100 million instructions,
a sixth of a bare window's start (issue 21; ``benchmarks/start_instructions.py``). Its
bootstrap looks first for a folder ``files.dir`` beside the shiboken6 package (where
PySide's own ``SBK_EMBED=0`` unpacks them) and imports them from there when it is
present. build.spec ships that folder holding the same modules, compiled by the Python
the app is built with: a start reads their bytecode. The binding's texts are used as
they are; if a binding no longer carries them this way, nothing is shipped and the app
starts as it did. ``tests/packaging/test_shiboken_support.py`` starts PySide from such a
folder.
"""

from __future__ import annotations

import py_compile
import shutil
import sys
import tempfile
from pathlib import Path

FOLDER = "files.dir"  # the name shiboken6's bootstrap (signature_bootstrap.py) looks for
PACKAGE = "shibokensupport/"  # what it imports from there


def support_sources() -> dict[str, bytes]:
    """The support modules' sources by their path in the package (``shibokensupport/
    feature.py``): read from the zip the bootstrap imported them from, or from a folder
    ``SBK_EMBED=0`` unpacked them into."""
    import shiboken6  # runs the bootstrap, which imports shibokensupport

    support = sys.modules.get("shibokensupport")
    archive = getattr(getattr(support, "__loader__", None), "zfile", None)
    if archive is not None:
        sources = {name: archive.read(name) for name in archive.namelist()
                   if name.endswith(".py")}
    else:
        unpacked = Path(shiboken6.__file__).resolve().parent / FOLDER
        sources = {path.relative_to(unpacked).as_posix(): path.read_bytes()
                   for path in sorted(unpacked.rglob("*.py"))}
    # The bootstrap itself is compiled by libshiboken from its own copy, never read here.
    return {name: text for name, text in sources.items() if name.startswith(PACKAGE)}


def compile_support(out: Path) -> Path | None:
    """``out/files.dir`` holding each support module as a ``.pyc`` where its ``.py`` would
    be (imported without a source), or None when the binding carries none."""
    sources = support_sources()
    if not sources:
        return None
    folder = out / FOLDER
    shutil.rmtree(folder, ignore_errors=True)  # a module an older PySide had is not shipped
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in sources.items():
            source = Path(scratch) / name
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_bytes(text)
            target = folder / (name + "c")
            target.parent.mkdir(parents=True, exist_ok=True)
            # Named as in the zip, so a traceback reads as it did; never checked against
            # a source, since none is shipped.
            py_compile.compile(str(source), cfile=str(target), dfile=name, doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
                               optimize=0)  # as build.spec's Analysis, under python -O too
    return folder
