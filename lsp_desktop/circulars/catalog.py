"""The requirement catalogue: what a circular asks, loaded from a TOML file.

Its objects are read-only by convention, not frozen: every generated dataclass method
costs start-up time, and the window must appear fast (so does a dataclass without a
docstring, whose signature is worked out at import to be its doc).

The catalogue is data so that a later circular becomes a new file, not new code. The
loader refuses a malformed file with a message naming the file, the item and the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.resources import default_catalog_path
from lsp_desktop.circulars.grammar import TableReader as _Reader
from lsp_desktop.circulars.grammar import is_id, is_point, read_toml, shown
from lsp_desktop.circulars.parsed_cache import recalled, remember
from lsp_desktop.messages import LANGS, paired
from lsp_desktop.messages.wording import Wording, use_wording

FORMS = ("file", "link", "data", "roster")
# What a form = "data" item holds: the assessors' certificates and the social media, or the
# competency packages. The roster (form = "roster") is always the people table.
DATASETS = ("assessors", "packages")
PEOPLE = "people"
# What an item holds beyond its own file or link: the per-assessor documents prepared for a
# Drive folder, or the one person who attends the training.
PARTS = ("assessor-documents", "training-participant")
FILE_FORMATS = ("pdf", "jpeg", "png")
# "2 MB" read two ways: a portal may count 2 MB as 2,000,000 or as 2,097,152 bytes.
MIB = 1024 * 1024
MB = 1000 * 1000


@dataclass(eq=False, repr=False)
class Circular:
    """The circular itself: its number, date and title, and the period its requirements
    are completed in."""

    number: str
    date: dt.date
    title_id: str
    title_en: str
    window_start: dt.date
    window_end: dt.date
    training_link: str
    siapkerja_link: str

    def title(self, lang: str) -> str:
        return paired((self.title_id, self.title_en), lang)


@dataclass(eq=False)
class Named:
    """An LSP type (P1, P2, P3) or a category: its id and its name in both languages."""

    id: str
    name_id: str
    name_en: str
    types: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return paired((self.name_id, self.name_en), lang)


@dataclass(eq=False)
class Group:
    """A heading of the checklist, over the items it gathers."""

    id: str
    title_id: str
    title_en: str

    def title(self, lang: str) -> str:
        return paired((self.title_id, self.title_en), lang)


@dataclass
class Profile:
    """What the LSP is; it decides which requirements apply."""

    name: str = ""
    licence: str = ""
    lsp_type: str = ""
    category: str = ""
    uses_skkk: bool = False


@dataclass(eq=False)
class Requirement:
    """One item the circular asks for: its number, its form, and the rules it is checked by."""

    id: str
    point: str
    group: str
    form: str
    title_id: str
    title_en: str
    description_id: str
    description_en: str
    formats: tuple[str, ...] = ()
    max_mb: int | None = None
    multiple: bool = False
    excluded_categories: tuple[str, ...] = ()
    requires_skkk: bool = False
    our_reading: bool = False
    link_kind: str | None = None
    min_short_side_px: int | None = None
    orientation: str | None = None
    dataset: str | None = None
    parts: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def holds(self) -> tuple[str, ...]:
        """The data sets and parts this item stands for (see DATASETS, PEOPLE, PARTS)."""
        own = PEOPLE if self.form == "roster" else self.dataset
        return ((own,) if own else ()) + self.parts

    def title(self, lang: str) -> str:
        return paired((self.title_id, self.title_en), lang)

    def description(self, lang: str) -> str:
        return paired((self.description_id, self.description_en), lang)

    @property
    def rule_key(self) -> str:
        """What a file's check depends on: a result made under another key is stale."""
        return repr((self.form, self.formats, self.max_mb, self.min_short_side_px,
                     self.orientation))

    @property
    def max_bytes(self) -> int | None:
        """The hard limit: above it a file is refused (2 MB read as 2,097,152 bytes)."""
        return self.max_mb * MIB if self.max_mb else None

    @property
    def max_bytes_decimal(self) -> int | None:
        """The strict reading (2,000,000 bytes): above it a file draws a warning."""
        return self.max_mb * MB if self.max_mb else None

    @property
    def size_limits(self) -> tuple[int, int] | None:
        """(hard, strict) byte limits as above, or None for an item without a size rule."""
        return (self.max_mb * MIB, self.max_mb * MB) if self.max_mb else None

    def applies_to(self, profile: Profile) -> bool:
        if self.requires_skkk and not profile.uses_skkk:
            return False
        return not (profile.category and profile.category in self.excluded_categories)

    @property
    def point_sort_key(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.point.split("."))


@dataclass(eq=False, repr=False)
class Catalog:
    """A circular's catalogue: its items, their groups, the LSP types and categories."""

    id: str
    version: int
    circular: Circular
    lsp_types: tuple[Named, ...]
    categories: tuple[Named, ...]
    groups: tuple[Group, ...]
    requirements: tuple[Requirement, ...]
    source: Path = field(compare=False, default=Path())

    def requirement(self, requirement_id: str) -> Requirement:
        for item in self.requirements:
            if item.id == requirement_id:
                return item
        raise LspError("requirement.unknown", requirement=requirement_id,
                       known=", ".join(r.id for r in self.requirements))

    def holder(self, held: str) -> Requirement | None:
        """The item that holds a data set or a part (see Requirement.holds), if any."""
        return next((r for r in self.requirements if held in r.holds), None)

    def holder_id(self, held: str) -> str | None:
        holder = self.holder(held)
        return holder.id if holder else None

    def category(self, category_id: str) -> Named | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def applicable(self, profile: Profile) -> list[Requirement]:
        return [r for r in self.requirements if r.applies_to(profile)]

    @cached_property
    def wording(self) -> Wording:
        """How messages name this catalogue's items and number what they hold: built once,
        never changed, passed to ``messages.render`` by whoever holds the catalogue."""
        return Wording.of(self.id, {r.id: {lang: f"{r.point} {r.title(lang)}"
                                           for lang in LANGS} for r in self.requirements},
                          {held: r.point for r in self.requirements for held in r.holds})


def load_catalog(path: Path | str | None = None) -> Catalog:
    """The named catalogue, or the default one. Loading names nothing in messages: the
    window or the command says which catalogue it works with (``use_item_labels``).
    A file the app holds is read as TOML once; later loads of the same bytes use the
    tables kept then (circulars/parsed_cache.py)."""
    chosen = Path(path) if path else default_catalog_path()
    try:
        data = chosen.read_bytes()
    except FileNotFoundError:
        raise LspError("catalog.missing", file=str(chosen)) from None
    tables = recalled(data)
    if tables is not None:
        try:
            return _catalog(tables, chosen)
        except LspError:
            pass  # a kept reading the catalogue refuses: the file itself decides
    tables = read_toml(data, chosen)
    remember(data, tables)
    return _catalog(tables, chosen)


def use_item_labels(catalog: Catalog) -> None:
    """The catalogue the window or the command works with names items in messages that are
    given no wording of their own (messages/wording.py). Called on the main thread by whoever
    opens it; a worker passes ``catalog.wording`` to the message instead."""
    use_wording(catalog.wording)


def parse_catalog(data: bytes, path: Path) -> Catalog:
    """A catalogue from its bytes; ``path`` names it in messages and is kept as its source."""
    return _catalog(read_toml(data, path), path)


def _catalog(raw: dict, path: Path) -> Catalog:
    top = _Reader(path, raw, "[catalog]")
    meta = _Reader(path, top.get("catalog", dict), "[catalog]")
    circular = _circular(_Reader(path, top.get("circular", dict), "[circular]"))
    lsp_types = tuple(
        Named(id=r.ident("id", capitals=True), name_id=r.text("name_id"),
              name_en=r.text("name_en"))
        for r in _tables(path, top, "lsp_types")
    )
    categories = _categories(path, top, {t.id for t in lsp_types})
    category_ids = {c.id for c in categories}
    groups = tuple(Group(id=r.ident("id"), title_id=r.text("title_id"),
                         title_en=r.text("title_en")) for r in _tables(path, top, "groups"))
    group_ids = {g.id for g in groups}

    requirements = tuple(_requirement(r, group_ids, category_ids)
                         for r in _tables(path, top, "requirements"))
    _check_unique(path, requirements)
    return Catalog(id=meta.ident("id"), version=meta.get("version", int), circular=circular,
                   lsp_types=lsp_types, categories=tuple(categories), groups=groups,
                   requirements=requirements, source=path)


def _circular(circ: _Reader) -> Circular:
    circular = Circular(
        number=circ.text("number"), date=circ.get("date", dt.date),
        title_id=circ.text("title_id"), title_en=circ.text("title_en"),
        window_start=circ.get("window_start", dt.date),
        window_end=circ.get("window_end", dt.date),
        training_link=circ.text("training_link"), siapkerja_link=circ.text("siapkerja_link"),
    )
    if circular.window_end < circular.window_start:
        raise circ.fail("window_end", "window_order")
    return circular


def _categories(path: Path, top: _Reader, type_ids: set[str]) -> list[Named]:
    categories = []
    for r in _tables(path, top, "categories"):
        types = r.words("types")
        if not types or not set(types) <= type_ids:
            raise r.fail("types", "unknown_choice", known=", ".join(sorted(type_ids)))
        categories.append(Named(id=r.ident("id"), name_id=r.text("name_id"),
                                name_en=r.text("name_en"), types=types))
    return categories


def _check_unique(path: Path, requirements: tuple[Requirement, ...]) -> None:
    """No id used twice; no dataset or part held by two items."""
    seen: set[str] = set()
    for item in requirements:
        if item.id in seen:
            raise LspError("catalog.invalid", file=str(path), item=item.id, field="id",
                           problem_code="catalog_problem.used_twice", problem_values={})
        seen.add(item.id)
    held: set[str] = set()
    for item in requirements:
        for name in item.holds:
            if name in held:
                field_name = {"people": "form", **dict.fromkeys(DATASETS, "dataset")}.get(
                    name, "parts")
                raise LspError("catalog.invalid", file=str(path), item=item.id,
                               field=field_name, problem_code="catalog_problem.held_twice",
                               problem_values={"found": name})
            held.add(name)


def _tables(path: Path, top: _Reader, name: str) -> list[_Reader]:
    items = top.get(name, list)
    readers = []
    for index, table in enumerate(items, start=1):
        if not isinstance(table, dict):
            raise top.fail(name, "not_table", index=index)
        given = table.get("id")  # named by its id only when that id is a plain one
        label = given if isinstance(given, str) and is_id(given, True) else f"#{index}"
        readers.append(_Reader(path, table, f"[[{name}]] {label}"))
    if not readers:
        raise top.fail(name, "no_entries")
    return readers


def _unknown(r: _Reader, field_name: str, known, found) -> LspError:
    return r.fail(field_name, "unknown_choice", known=", ".join(sorted(known)),
                  found=", ".join(sorted(found)))


def _requirement(r: _Reader, group_ids: set[str], category_ids: set[str]) -> Requirement:
    form = r.text("form")
    if form not in FORMS:
        raise r.fail("form", "unknown_choice", known=", ".join(FORMS), found=form)
    group = r.text("group")
    if group not in group_ids:
        raise r.fail("group", "unknown_choice", known=", ".join(sorted(group_ids)), found=group)
    point = r.get("point", str)
    if not is_point(point):
        raise r.fail("point", "point", found=shown(point))
    formats = r.words("formats")
    max_mb = r.get("max_mb", int, required=False)
    if form == "file":
        if not formats:
            raise r.fail("formats", "file_needs")
        if unknown := set(formats) - set(FILE_FORMATS):
            raise _unknown(r, "formats", FILE_FORMATS, unknown)
        if not max_mb or max_mb <= 0:
            raise r.fail("max_mb", "file_needs")
    excluded = r.words("excluded_categories")
    if unknown := set(excluded) - category_ids:
        raise _unknown(r, "excluded_categories", category_ids, unknown)
    orientation = r.get("orientation", str, required=False)
    if orientation not in (None, "landscape", "portrait"):
        raise _unknown(r, "orientation", ("landscape", "portrait"), {str(orientation)})
    dataset = r.get("dataset", str, required=False)
    if form == "data" and dataset not in DATASETS:
        raise r.fail("dataset", "unknown_choice", known=", ".join(DATASETS), found=str(dataset))
    if form != "data" and dataset is not None:
        raise r.fail("dataset", "only_for", form="data")
    parts = r.words("parts")
    if unknown := set(parts) - set(PARTS):
        raise _unknown(r, "parts", PARTS, unknown)
    if parts and form not in ("file", "link"):
        raise r.fail("parts", "only_for", form="file, link")
    keywords = r.words("keywords")
    if keywords and form != "file":
        raise r.fail("keywords", "only_for", form="file")
    if any(not k.strip() or k != k.lower() for k in keywords):
        raise r.fail("keywords", "keywords")
    return Requirement(
        id=r.ident("id"), point=point, group=group, form=form,
        title_id=r.text("title_id"), title_en=r.text("title_en"),
        description_id=r.text("description_id"), description_en=r.text("description_en"),
        formats=formats, max_mb=max_mb,
        multiple=r.get("multiple", bool, required=False, default=False),
        excluded_categories=excluded,
        requires_skkk=r.get("requires_skkk", bool, required=False, default=False),
        our_reading=r.get("our_reading", bool, required=False, default=False),
        link_kind=r.get("link_kind", str, required=False),
        min_short_side_px=r.get("min_short_side_px", int, required=False),
        orientation=orientation, dataset=dataset, parts=parts, keywords=keywords,
    )


def general_file_rule(our_reading: bool = False) -> Requirement:
    """The rule a file is checked against when no requirement is named: PDF/JPEG/PNG, 2 MB.
    ``our_reading`` where the circular sets no format or size (a 2.11 scan in a Drive
    folder): its findings are then the app's advice."""
    return Requirement(id="", point="0", group="", form="file", title_id="", title_en="",
                       description_id="", description_en="", formats=FILE_FORMATS, max_mb=2,
                       our_reading=our_reading)
