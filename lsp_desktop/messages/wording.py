"""How one catalogue names things in messages: an item as "2.3 SK Asesor Kompetensi"
(never its internal id), and the number it gives the item holding a data set or part
({roster_point}, {data_point}, …: never a fixed "2.12").

A ``Wording`` is built once from a catalogue (``catalog.wording``) and never changes, so
workers may read it freely. ``render`` takes one explicitly (whoever holds the catalogue
passes it); without one it uses the wording of the catalogue the process works with, set
with ``use_wording`` by the window's controller or the command, on the main thread. Opening a
workspace sets nothing: a worker that opens another catalogue's workspace cannot change
how the window names items (tests/messages/test_wording.py)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from lsp_desktop.messages.table import said

# The data set or part -> the placeholder naming its item's number in a message.
POINT_KEYS = {"people": "roster_point", "assessors": "data_point",
              "assessor-documents": "documents_point", "packages": "packages_point",
              "training-participant": "training_point"}


@dataclass(frozen=True)
class Wording:
    """How one catalogue names its items and numbers what they hold, in messages."""

    catalog_id: str = ""
    # A requirement's id -> language -> "number title".
    items: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    # A data set or part (catalog.PEOPLE, DATASETS, PARTS) -> its item's number.
    points: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, catalog_id: str, items: Mapping[str, Mapping[str, str]],
           points: Mapping[str, str]) -> Wording:
        """A wording that no one can change afterwards (its maps are read-only copies)."""
        return cls(catalog_id, MappingProxyType({k: MappingProxyType(dict(v))
                                                 for k, v in items.items()}),
                   MappingProxyType(dict(points)))

    def item(self, requirement_id: str, lang: str) -> str | None:
        """The item as this catalogue numbers and titles it, in ``lang``."""
        names = self.items.get(requirement_id)
        if names is None:
            return None
        if lang in names or "en" not in names:
            return names.get(lang) or names.get("en") or requirement_id
        # A language the catalogue has no titles in: the number, and the English title as
        # that language's table says it, as a catalogue's title is (table.paired).
        number, _, title = names["en"].partition(" ")
        return f"{number} {said(title, lang)}"

    def point_values(self) -> dict[str, str]:
        """{roster_point: "2.12", …}: "-" for what this catalogue does not ask."""
        return {key: self.points.get(held, "-") for held, key in POINT_KEYS.items()}


NO_WORDING = Wording()

_lock = threading.Lock()
_in_use = [NO_WORDING]


def use_wording(wording: Wording) -> None:
    """The wording of the catalogue the window or the command works with. Replaced whole,
    never edited in place: a render on another thread sees the old one or the new one."""
    with _lock:
        _in_use[0] = wording


def wording_in_use() -> Wording:
    with _lock:
        return _in_use[0]
