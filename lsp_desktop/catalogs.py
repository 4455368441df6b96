"""Which circulars the app knows: the catalogues shipped under resources/catalogs/, plus
the ones an admin added (a file BNSP or a colleague sent), copied into the app's data
folder; each is read with ``catalog.load_catalog``."""

from __future__ import annotations

from pathlib import Path

from lsp_desktop.catalog import Catalog, load_catalog
from lsp_desktop.errors import LspError

MAX_CATALOG_BYTES = 1024 * 1024


def added_catalogs_dir() -> Path:
    from lsp_desktop.paths import app_home

    return app_home() / "catalogs"


def catalog_paths() -> list[tuple[Path, bool]]:
    """(file, added by the admin), shipped ones first."""
    from lsp_desktop.resources import catalogs_dir

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


def add_catalog_file(source: Path) -> Catalog:
    """Validate a catalogue file and keep a copy under a name built from its id."""
    from lsp_desktop.filenames import slug

    source = Path(source)
    try:
        if not source.is_file():  # a folder, a pipe or a device is no catalogue
            raise OSError("not a regular file")
        if source.stat().st_size > MAX_CATALOG_BYTES:
            raise LspError("catalog.too_large", file=str(source))
    except OSError:
        raise LspError("catalog.added_missing", file=str(source)) from None
    try:
        catalog = load_catalog(source)
    except LspError as exc:  # a file the admin received: its sender fixes it, not a reinstall
        if exc.code == "catalog.missing":
            raise LspError("catalog.added_missing", file=str(source)) from None
        if exc.code != "catalog.invalid":
            raise
        raise LspError("catalog.added_invalid", **exc.values) from None
    shipped = {load_catalog(p).id for p, added in catalog_paths() if not added}
    if catalog.id in shipped:
        raise LspError("catalog.id_taken", id=catalog.id)
    folder = added_catalogs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{slug(catalog.id) or 'katalog'}.toml"
    target.write_bytes(source.read_bytes())
    return load_catalog(target)
