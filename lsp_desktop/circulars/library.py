"""Which circulars the app knows: the catalogues shipped under resources/catalogs/, plus
the ones an admin added (a file BNSP or a colleague sent), copied into the app's data
folder; each is read with ``catalog.load_catalog``."""

from __future__ import annotations

import contextlib
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Catalog, load_catalog, parse_catalog

MAX_CATALOG_BYTES = 1024 * 1024


def added_catalogs_dir() -> Path:
    from lsp_desktop.base.paths import app_home

    return app_home() / "catalogs"


def catalog_paths() -> list[tuple[Path, bool]]:
    """(file, added by the admin), shipped ones first."""
    from lsp_desktop.base.resources import catalogs_dir

    found = [(p, False) for p in sorted(catalogs_dir().glob("*.toml"))]
    added = added_catalogs_dir()
    if added.is_dir():
        found += [(p, True) for p in sorted(added.glob("*.toml"))]
    return found


def find_catalog(catalog_id: str) -> Catalog | None:
    for path, _ in catalog_paths():
        try:
            catalog = load_catalog(path)
        except LspError:
            continue  # a broken added file must not stop the workspace from opening
        if catalog.id == catalog_id:
            return catalog
    return None


class ReplaceAsked(LspError):
    """An added circular of this id is kept already and the file changes its items: the
    caller shows the carry-over plan (``old`` to ``new``) and adds again with
    ``replace=True`` only when the admin says so."""

    def __init__(self, old: Catalog, new: Catalog) -> None:
        super().__init__("catalog.replace_asks", id=new.id, number=new.circular.number)
        self.old, self.new = old, new


def added_catalog(catalog_id: str) -> Catalog | None:
    """The admin-added circular of this id, if one is kept and loads."""
    for path, added in catalog_paths():
        if added:
            try:
                catalog = load_catalog(path)
            except LspError:
                continue
            if catalog.id == catalog_id:
                return catalog
    return None


def items_differ(old: Catalog, new: Catalog) -> bool:
    """Whether a replacement changes what is asked: an item gone, new, or ruled otherwise."""
    def rules(catalog: Catalog) -> set[tuple]:
        return {(r.id, r.form, r.formats, r.max_mb, r.min_short_side_px, r.orientation,
                 r.dataset, r.parts) for r in catalog.requirements}
    return rules(old) != rules(new)


def add_catalog_file(source: Path, replace: bool = False) -> Catalog:
    """Validate a catalogue file and keep a copy under a name built from its id: the bytes
    read once through the guard are the ones checked and the ones kept. A circular of that
    id already added is replaced only when its items are the same or ``replace`` is given
    (see :class:`ReplaceAsked`)."""
    from lsp_desktop.base.files import private_output, reason_code
    from lsp_desktop.base.paths import ensure_private_dir
    from lsp_desktop.checks.guard import read_user_file

    source = Path(source)
    try:
        data = read_user_file(source, MAX_CATALOG_BYTES)
    except LspError as exc:
        if exc.code == "file.too_large_to_open":
            raise LspError("catalog.too_large", file=str(source)) from None
        raise LspError("catalog.added_missing", file=str(source)) from None
    try:
        catalog = parse_catalog(data, source)
    except LspError as exc:  # a file the admin received: its sender fixes it, not a reinstall
        if exc.code != "catalog.invalid":
            raise
        raise LspError("catalog.added_invalid", **exc.values) from None
    shipped = {load_catalog(p).id for p, added in catalog_paths() if not added}
    if catalog.id in shipped:
        raise LspError("catalog.id_taken", id=catalog.id)
    old = added_catalog(catalog.id)
    if old is not None and not replace and items_differ(old, catalog):
        raise ReplaceAsked(old, catalog)
    folder = added_catalogs_dir()
    # The id's grammar (catalog_grammar) makes it a file name as it is: two ids, two names.
    target = folder / f"{catalog.id}.toml"
    try:
        ensure_private_dir(folder)  # like everything else in the data folder: owner-only
        with private_output(target) as handle:  # whole or not at all
            handle.write(data)
    except OSError as exc:
        raise LspError("catalog.cannot_keep", path=str(folder), reason=reason_code(exc)) from None
    if old is not None and old.source != target:  # kept under an older name: one copy only
        with contextlib.suppress(OSError):
            old.source.unlink()
    return load_catalog(target)
