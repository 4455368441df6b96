"""What a manifest's values must be for an import to take them, read once for both
``verify`` and ``import``: verify never calls a bundle intact that import then refuses.

manifest_schema.py checks the shape (a list where a list belongs); this module checks the
values against the circular and the workspace's own rules (an item the circular asks, a
known role, platform and document kind, a name present, no control characters, lengths
the store accepts), each refusal a finding naming its place in the contents list.
"""

from __future__ import annotations

from collections.abc import Iterator

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.filenames import base_name
from lsp_desktop.checks.dates import parse_typed_date
from lsp_desktop.checks.findings import ERROR, Finding
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.store.limits import (
    LINE_BREAKS,
    MAX_LINK,
    MAX_TEXT,
    check_lengths,
    control_character,
)
from lsp_desktop.store.records import (
    ASSESSOR_FILE_KINDS,
    ROLES,
    SIAPKERJA_FIELD,
    SIAPKERJA_STATES,
    SOCIAL_PLATFORMS,
)

# At most this many findings: a hostile manifest of 50,000 bad rows is told in a few.
MAX_FINDINGS = 20


def manifest_findings(manifest: dict, catalog: Catalog) -> list[Finding]:
    """Every value import would refuse, as findings (at most MAX_FINDINGS)."""
    found: list[Finding] = []
    for finding in _all(manifest, catalog):
        found.append(finding)
        if len(found) >= MAX_FINDINGS:
            break
    return found


def _all(manifest: dict, catalog: Catalog) -> Iterator[Finding]:
    yield from _profile(manifest.get("profile", {}), catalog)
    yield from _items(manifest, catalog)
    data = manifest.get("data", {})
    for index, row in enumerate(data.get("people", [])):
        place = f"data.people[{index}]"
        yield from _named(row, "nama", place)
        yield from _file_name(row.get("nama") or "", f"{place}.nama")
        yield from _choice(row.get("peran"), ROLES, f"{place}.peran")
        yield from _choice(row.get(SIAPKERJA_FIELD, "belum-daftar"), SIAPKERJA_STATES,
                           f"{place}.{SIAPKERJA_FIELD}")
        yield from _texts(row, place)
    for index, row in enumerate(data.get("assessors", [])):
        yield from _named(row, "nama", f"data.assessors[{index}]")
        yield from _file_name(row.get("nama") or "", f"data.assessors[{index}].nama")
        yield from _texts(row, f"data.assessors[{index}]")
    for platform, value in data.get("social_media", {}).items():
        place = f"data.social_media.{_shown(platform)}"
        yield from _choice(platform, SOCIAL_PLATFORMS, place)
        yield from _texts({"alamat": value}, place, MAX_LINK)
    for index, row in enumerate(data.get("packages", [])):
        yield from _named(row, "kode_paket", f"data.packages[{index}]")
        yield from _file_name(row.get("kode_paket") or "", f"data.packages[{index}].kode_paket")
        yield from _texts(row, f"data.packages[{index}]")
    for index, row in enumerate(data.get("it_staff", [])):
        place = f"data.it_staff[{index}]"
        yield from _texts(row, place)
        yield from _file_name(row.get("nama") or "", f"{place}.nama")
        when = (row.get("tanggal_sk") or "").strip()
        if when and parse_typed_date(when) is None:
            yield _refused(place + ".tanggal_sk", LspError("participant.bad_sk_date",
                                                           value=_shown(when)))
    for index, file in enumerate(data.get("assessor_files", [])):
        place = f"data.assessor_files[{index}]"
        yield from _choice(file["kind"], ASSESSOR_FILE_KINDS, f"{place}.kind")
        yield from _named(file, "person", place)
        yield from _file_name(file["person"], f"{place}.person")
        yield from _file_name(file["name"], f"{place}.name")


def _profile(profile: dict, catalog: Catalog) -> Iterator[Finding]:
    yield from _texts(profile, "profile")
    yield from _file_name(profile.get("name") or "", "profile.name")
    lsp_type, category = profile.get("lsp_type", ""), profile.get("category", "")
    types = [t.id for t in catalog.lsp_types]
    if lsp_type:
        yield from _choice(lsp_type, types, "profile.lsp_type")
    if category:
        # An unknown type is said once, above; its category is held against them all.
        fitting = [c.id for c in catalog.categories
                   if lsp_type not in types or lsp_type in c.types]
        yield from _choice(category, fitting, "profile.category")


def _items(manifest: dict, catalog: Catalog) -> Iterator[Finding]:
    forms = {r.id: r.form for r in catalog.requirements}
    for index, item in enumerate(manifest.get("requirements", [])):
        place = f"requirements[{index}]"
        if not item.get("files"):
            continue
        if forms.get(item["id"]) != "file":
            yield Finding("bundle.value_not_allowed", ERROR, {
                "place": f"{place}.id", "value": _shown(item["id"]),
                "allowed": ", ".join(k for k, form in forms.items() if form == "file")})
        for number, file in enumerate(item["files"]):
            yield from _file_name(file["name"], f"{place}.files[{number}].name")
    for requirement_id, url in manifest.get("links", {}).items():
        if forms.get(requirement_id) != "link":
            yield Finding("bundle.value_not_allowed", ERROR, {
                "place": "links", "value": _shown(requirement_id),
                "allowed": ", ".join(k for k, form in forms.items() if form == "link")})
        yield from _texts({"url": url}, f"links.{_shown(requirement_id)}", MAX_LINK)


def _named(row: dict, key: str, place: str) -> Iterator[Finding]:
    if not str(row.get(key) or "").strip():
        yield Finding("bundle.value_missing", ERROR, {"place": f"{place}.{key}"})


def _choice(value: object, allowed, place: str) -> Iterator[Finding]:
    if value not in allowed and not allowed:  # never "(known: )"
        yield Finding("bundle.value_not_allowed_any", ERROR, {
            "place": place, "value": _shown(str(value))})
    elif value not in allowed:
        yield Finding("bundle.value_not_allowed", ERROR, {
            "place": place, "value": _shown(str(value)), "allowed": ", ".join(allowed)})


def _texts(row: dict, place: str, limit: int = MAX_TEXT) -> Iterator[Finding]:
    for key, value in row.items():
        if not isinstance(value, str):
            continue
        if bad := control_character(value, LINE_BREAKS):  # a cell may hold lines
            yield Finding("bundle.control_character", ERROR,
                          {"place": f"{place}.{_shown(str(key))}", "found": bad})
            continue  # said once, not again by the store's own check below
        try:
            check_lengths(limit, **{str(key)[:40]: value})
        except LspError as error:
            yield _refused(f"{place}.{_shown(str(key))}", error)


def _file_name(name: str, place: str) -> Iterator[Finding]:
    """A name (of a file, a person, a package): one line, no control character."""
    if bad := control_character(name):
        yield Finding("bundle.control_character", ERROR, {"place": place, "found": bad})
    elif name and not base_name(name).strip():
        yield Finding("bundle.value_missing", ERROR, {"place": place})


def _refused(place: str, error: LspError) -> Finding:
    return Finding("bundle.value_refused", ERROR, {"place": place, **error.carried()})


def _shown(value: str) -> str:
    cut = value[:40]
    return cut if cut.isprintable() else ascii(cut)[1:-1]
