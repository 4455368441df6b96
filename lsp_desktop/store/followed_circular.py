"""Which circular a workspace follows (the ``catalog_id`` in its meta table) and what
carries over when the admin switches to another one."""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.circulars.library import find_catalog
from lsp_desktop.store.workspace import Workspace


@dataclass
class CarryOver:
    """What becomes of each item's entries when the workspace follows another circular."""

    kept: list[str] = field(default_factory=list)      # same item in both: entries stay
    rechecked: list[str] = field(default_factory=list)  # same item, other rule: re-checked
    dropped: list[str] = field(default_factory=list)   # not asked any more: kept, not sent
    new: list[str] = field(default_factory=list)       # asked by the new circular only


def followed_catalog_id(workspace: Workspace) -> str:
    row = workspace.db.execute("SELECT value FROM meta WHERE key = 'catalog_id'").fetchone()
    return row[0] if row else workspace.catalog.id


def carry_over(old: Catalog, new: Catalog, lang: str = "id") -> CarryOver:
    """What a switch from ``old`` to ``new`` keeps, re-checks, drops and adds; nothing is
    written, so the window shows it before the admin confirms."""
    report = CarryOver()
    old_items = {r.id: r for r in old.requirements}
    for item in new.requirements:
        title = f"{item.point} {item.title(lang)}"
        before = old_items.get(item.id)
        if before is None:
            report.new.append(title)
        elif (before.form, before.formats, before.max_bytes) != (item.form, item.formats,
                                                                  item.max_bytes):
            report.rechecked.append(title)
        else:
            report.kept.append(title)
    new_ids = {r.id for r in new.requirements}
    report.dropped = [f"{r.point} {r.title(lang)}" for r in old.requirements
                      if r.id not in new_ids]
    return report


def switch_catalog(workspace: Workspace, catalog_id: str, lang: str = "id") -> CarryOver:
    new = find_catalog(catalog_id)
    if new is None:
        raise LspError("catalog.unknown_id", id=catalog_id)
    old = workspace.catalog
    report = carry_over(old, new, lang)
    with workspace.transaction():
        workspace.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('catalog_id', ?)",
                             [new.id])
        workspace.log_change("catalog", None, old=old.id, new=new.id)
    workspace.catalog = new  # who works with it names items anew (catalog.use_item_labels)
    return report
