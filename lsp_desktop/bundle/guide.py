"""PANDUAN-UNGGAH.html, the page for the person at the BNSP form: what it lists.

The BNSP information system does not take the bundle as a zip: each document goes in its
own field, a Drive link is pasted, data is typed. The person who does it is often not the
one who prepared the bundle, at another computer without the app. This module turns a
bundle's manifest (what it holds, under which names) into the entries they work through,
in the circular's order; bundle/guide_page.py renders them as one self-contained page.

It reads the manifest and the payload list, not the workspace, so the page inside an
exported bundle names exactly the members beside it; the window's and the command line's
guide plan the same bundle first (bundle/guide_files.py), so their links are the same.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from lsp_desktop.bundle.contents import point_label
from lsp_desktop.checks.findings import ERROR
from lsp_desktop.circulars.catalog import PEOPLE, Catalog, Requirement
from lsp_desktop.messages import (
    ASSESSOR_DOCUMENT_TITLES,
    LANGS,
    PLATFORM_NAMES,
    ROLE_LABELS,
    SIAPKERJA_LABELS,
    STATE_LABELS,
    label,
    phrase,
)
from lsp_desktop.tables.rows import SIAPKERJA_COLUMN

GUIDE_NAME = "PANDUAN-UNGGAH.html"
READY_STATES = ("ok", "warning")
# Where the page is read: inside an unzipped bundle, as the window's preview (private
# copies of the files beside it), or written alone by the command line.
IN_BUNDLE, PREVIEW, ALONE = "bundle", "preview", "alone"
MAX_PROBLEMS = 6


@dataclass
class Value:
    """A value to type or paste into the form, with the form's name for it."""

    label: str
    text: str


@dataclass
class Member:
    """A file of the bundle: its path inside it (relative to the page), size, SHA-256."""

    path: str
    size: int
    sha256: str
    name: str = ""  # the admin's own file name: a label only
    label: str = ""


@dataclass
class Entry:
    """One thing to do at the form, with its own tick box: upload a file, paste a link or
    type some values. ``key`` changes when what is to be done changes, so a tick given
    to an earlier file is not carried over to a new one."""

    kind: str  # "file", "link" or "text"
    title: str
    key: str = ""
    file: Member | None = None
    values: list[Value] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    rows_to_type: bool = True  # each cell with a Copy button; False: a list to check


@dataclass
class GuideItem:
    point: str
    title: str
    form_title: str  # the circular's own (Indonesian) words, shown too in English
    applies: bool
    ready: bool
    state: str
    problems: list[str] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    references: list[Member] = field(default_factory=list)  # to look at, not to upload
    note: str = ""


@dataclass
class Guide:
    lang: str
    lsp_name: str
    licence: str
    circular: str
    draft: bool
    identity: str  # the bundle's identity: the tick boxes are remembered under it
    where: str
    made_at: str
    progress: tuple[int, int] = (0, 0)  # items ready, of those that apply
    items: list[GuideItem] = field(default_factory=list)


def build_guide(catalog: Catalog, manifest: dict, members: dict[str, tuple[int, str]],
                lang: str, identity: str, where: str = IN_BUNDLE) -> Guide:
    """members: every payload file as path -> (size, SHA-256)."""
    profile = manifest.get("profile") or {}
    guide = Guide(lang, str(profile.get("name") or ""), str(profile.get("licence") or ""),
                  catalog.circular.number, bool(manifest.get("draft")), identity, where,
                  str(manifest.get("exported_at") or ""))
    progress = manifest.get("progress") or {}
    guide.progress = (int(progress.get("ready") or 0), int(progress.get("applicable") or 0))
    states = {item.get("id"): item for item in manifest.get("requirements", [])}
    for requirement in catalog.requirements:  # the circular's order
        guide.items.append(_item(requirement, states.get(requirement.id) or {}, manifest,
                                 members, catalog, lang))
    return guide


def _item(requirement: Requirement, state: dict, manifest: dict,
          members: dict[str, tuple[int, str]], catalog: Catalog, lang: str) -> GuideItem:
    applies = bool(state.get("applies", True))
    code = str(state.get("state") or "missing")
    item = GuideItem(requirement.point, requirement.title(lang), requirement.title("id"),
                     applies, applies and code in READY_STATES,
                     label(STATE_LABELS, code, lang))
    if not applies:
        item.note = phrase("Not required for this LSP: skip this item on the form.", lang)
        return item
    item.problems = _problems(state, lang)
    if requirement.form == "file":
        item.entries = [_file_entry(file, lang) for file in state.get("files", [])]
    elif requirement.form == "link" and state.get("link"):
        item.entries = [_entry("link", phrase("Google Drive link to paste", lang),
                               values=[Value(phrase("Link", lang), str(state["link"]))])]
    data = manifest.get("data") or {}
    for held in requirement.holds:
        item.entries += HELD_ENTRIES.get(held, _nothing)(data, catalog, lang)
        item.references += HELD_REFERENCES.get(held, _no_references)(data, lang)
    prefix = f"data/{point_label(requirement.point)}-"
    item.references += [Member(path, size, sha, label=phrase("Data table (CSV)", lang))
                        for path, (size, sha) in members.items()
                        if path.startswith(prefix) and path.endswith(".csv")]
    if not item.entries and not item.ready:
        item.note = phrase("Nothing to enter yet: this item is not ready.", lang)
    return item


def _problems(state: dict, lang: str) -> list[str]:
    """What the app found wrong or worth a look, errors first, as the manifest words it."""
    key = f"message_{lang if lang in LANGS else 'id'}"  # the manifest keeps both wordings
    findings = sorted(state.get("findings", []), key=lambda f: f.get("severity") != ERROR)
    texts = [str(f.get(key) or f.get("code") or "") for f in findings]
    return list(dict.fromkeys(t for t in texts if t))[:MAX_PROBLEMS]


def _entry(kind: str, title: str, **parts) -> Entry:
    entry = Entry(kind, title, **parts)
    content = [kind, entry.file and [entry.file.path, entry.file.sha256],
               [[v.label, v.text] for v in entry.values], entry.rows]
    entry.key = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()[:20]
    return entry


def _file_entry(file: dict, lang: str) -> Entry:
    member = Member(str(file["path"]), int(file.get("size") or 0), str(file.get("sha256", "")),
                    str(file.get("name", "")))
    return _entry("file", phrase("File to upload", lang), file=member)


def _nothing(data: dict, catalog: Catalog, lang: str) -> list[Entry]:
    return []


def _no_references(data: dict, lang: str) -> list[Member]:
    return []


def _people(data: dict, catalog: Catalog, lang: str) -> list[Entry]:
    """Point 1 is done at SIAPkerja, not typed into the form: one check that everyone
    has submitted, with the list."""
    rows = [[str(p.get("nama") or ""), label(ROLE_LABELS, str(p.get("peran") or ""), lang),
             label(SIAPKERJA_LABELS, str(p.get(SIAPKERJA_COLUMN) or ""), lang)]
            for p in data.get("people", [])]
    if not rows:
        return []
    return [_entry("text", phrase("Every person has submitted their data at SIAPkerja", lang),
                   values=[Value("SIAPkerja", catalog.circular.siapkerja_link)],
                   headers=[phrase("Name", lang), phrase("Role", lang),
                            phrase("SIAPkerja state", lang)], rows=rows,
                   rows_to_type=False)]


ASSESSOR_FIELDS = [("nama", "Name"), ("no_reg_met", "Reg. no. (MET)"), ("no_blanko", "Blank no."),
                   ("tanggal_terbit", "Issue date"), ("berlaku_sampai", "Valid until"),
                   ("bidang", "Field")]
PARTICIPANT_FIELDS = [("nama", "Name"), ("jabatan", "Job title"), ("email", "E-mail"),
                      ("telepon", "Phone"), ("whatsapp", "WhatsApp"),
                      ("nomor_sk", "SK number"), ("tanggal_sk", "SK date")]
PACKAGE_FIELDS = [("kode_paket", "Code / scheme number"), ("nama_paket", "Package name"),
                  ("nama_paket_en", "Package name in English"), ("jenis", "Kind"),
                  ("acuan", "Reference")]


def _values(row: dict, fields: list[tuple[str, str]], lang: str) -> list[Value]:
    return [Value(phrase(english, lang), str(row.get(key) or ""))
            for key, english in fields if str(row.get(key) or "").strip()]


def _assessors(data: dict, catalog: Catalog, lang: str) -> list[Entry]:
    """2.12: each assessor submitted, then each social media account."""
    entries = [_entry("text", phrase("Assessor certificate: {name}", lang).format(
                          name=row.get("nama") or "-"),
                      values=_values(row, ASSESSOR_FIELDS, lang))
               for row in data.get("assessors", []) if row.get("diajukan") != "tidak"]
    entries += [_entry("text", phrase("Social media: {platform}", lang).format(
                           platform=_platform(platform, lang)),
                       values=[Value(_platform(platform, lang), str(value))])
                for platform, value in sorted((data.get("social_media") or {}).items())
                if str(value).strip()]
    return entries


def _platform(platform: object, lang: str) -> str:
    """"Instagram", "Situs web": as the window names it (the bundle stores the key)."""
    return label(PLATFORM_NAMES, str(platform), lang)


def _packages(data: dict, catalog: Catalog, lang: str) -> list[Entry]:
    """2.14: each package, with its units (the rows of one package code)."""
    packages: dict[str, list[dict]] = {}
    for row in data.get("packages", []):
        packages.setdefault(str(row.get("kode_paket") or ""), []).append(row)
    headers = [phrase("Unit code", lang), phrase("Unit title", lang),
               phrase("Unit title in English", lang)]
    return [_entry("text", phrase("Competency package: {code}", lang).format(code=code or "-"),
                   values=_values(rows[0], PACKAGE_FIELDS, lang), headers=headers,
                   rows=[[str(r.get(k) or "") for k in ("kode_unit", "judul_unit",
                                                         "judul_unit_en")]
                         for r in rows if r.get("kode_unit") or r.get("judul_unit")])
            for code, rows in packages.items()]


def _participant(data: dict, catalog: Catalog, lang: str) -> list[Entry]:
    return [_entry("text", phrase("Training participant: {name}", lang).format(
                       name=row.get("nama") or "-"), values=_values(row, PARTICIPANT_FIELDS,
                                                                    lang))
            for row in data.get("it_staff", [])]


def _assessor_files(data: dict, lang: str) -> list[Member]:
    """2.11's documents travel in the bundle for the Drive folder the link opens; the
    form takes only the link."""
    return [Member(str(f["path"]), int(f.get("size") or 0), str(f.get("sha256") or ""),
                   str(f.get("name") or ""),
                   f"{f.get('person')}: {ASSESSOR_DOCUMENT_TITLES.get(f.get('kind'), '')}")
            for f in data.get("assessor_files", [])]


# By the catalogue's data set and part names (catalog.DATASETS, PARTS), never by item id.
HELD_ENTRIES = {PEOPLE: _people, "assessors": _assessors, "packages": _packages,
                "training-participant": _participant}
HELD_REFERENCES = {"assessor-documents": _assessor_files}
