"""What merging a colleague's bundle would do, entry by entry, before anything is written.

The bundle has already become a workspace of its own ("theirs", built by the importer after
the same verify as Buka bundel); the plan compares it with the admin's workspace ("here"):
documents and links by item, people and assessors by NIK, packages by code. Every entry is
new (taken), same (nothing happens), different (the admin picks; by default the side that
passes the checks, else the one already here), only here (kept) or, for a NIK held under
another name, ``name_differs``: shown, never merged unless the admin picks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lsp_desktop.checks import check_bytes
from lsp_desktop.messages import ASSESSOR_DOCUMENT_TITLES
from lsp_desktop.store.circulars import CarryOver, carry_over
from lsp_desktop.store.records import AssessorData, Package, Person, Records
from lsp_desktop.store.workspace import Document, Workspace

NEW, SAME, DIFFERENT, ONLY_HERE, NAME_DIFFERS = ("new", "same", "different", "only_here",
                                                 "name_differs")
HERE, THERE = "here", "there"
CHOOSABLE = (DIFFERENT, NAME_DIFFERS)


@dataclass
class Side:
    """One side of an entry as the admin compares it: what it is, when, how big, verdict."""

    text: str = ""
    date: str = ""
    size: int = 0
    verdict: str = ""  # "ok", "warning", "error" or "" (data rows are not checked)

    def as_dict(self) -> dict:
        return {"text": self.text, "date": self.date, "size": self.size,
                "verdict": self.verdict}


@dataclass
class Entry:
    kind: str   # document, link, person, assessor, assessor_file, package, social
    key: str    # stable: the CLI's --choose names it
    label: str  # what the admin reads
    state: str
    here: Side = field(default_factory=Side)
    there: Side = field(default_factory=Side)
    choice: str = HERE

    @property
    def takes_theirs(self) -> bool:
        return self.state == NEW or (self.state in CHOOSABLE and self.choice == THERE)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "label": self.label, "state": self.state,
                "choice": self.choice if self.state in CHOOSABLE else None,
                "here": self.here.as_dict(), "there": self.there.as_dict()}


@dataclass
class MergePlan:
    entries: list[Entry]
    carry: CarryOver | None = None  # set when the bundle follows another circular
    other_catalog: str = ""

    def counts(self) -> dict[str, int]:
        counted = dict.fromkeys((NEW, SAME, DIFFERENT, ONLY_HERE, NAME_DIFFERS), 0)
        for entry in self.entries:
            counted[entry.state] += 1
        return counted

    def entry(self, key: str) -> Entry | None:
        return next((e for e in self.entries if e.key == key), None)


def plan_merge(here: Workspace, there: Workspace, lang: str = "id") -> MergePlan:
    plan = MergePlan([])
    if there.catalog.id != here.catalog.id:
        plan.carry = carry_over(there.catalog, here.catalog, lang)
        plan.other_catalog = there.catalog.id
    plan.entries += _documents(here, there, lang)
    plan.entries += _links(here, there, lang)
    plan.entries += _people(Records(here), Records(there))
    plan.entries += _packages(Records(here), Records(there))
    plan.entries += _social(Records(here), Records(there))
    return plan


# -- documents and links ---------------------------------------------------------------------

def _doc_side(workspace: Workspace, document: Document, verdict: str = "") -> Side:
    return Side(document.name, document.added_at[:10], document.size, verdict)


def _documents(here: Workspace, there: Workspace, lang: str) -> list[Entry]:
    entries = []
    for item in here.catalog.requirements:
        if item.form != "file":
            continue
        ours, theirs = here.documents(item.id), _theirs_for(there, item.id)
        label = f"{item.point} {item.title(lang)}"
        if item.multiple:
            held = {d.sha256 for d in ours}
            entries += [Entry("document", f"{item.id}:{d.sha256[:12]}", label, NEW,
                              there=_doc_side(there, d)) for d in theirs if d.sha256 not in held]
            continue
        if not theirs:
            if ours:
                entries.append(Entry("document", item.id, label, ONLY_HERE,
                                     here=_doc_side(here, ours[0])))
            continue
        if not ours:
            entries.append(Entry("document", item.id, label, NEW,
                                 there=_doc_side(there, theirs[0])))
        elif ours[0].sha256 == theirs[0].sha256:
            entries.append(Entry("document", item.id, label, SAME, here=_doc_side(here, ours[0]),
                                 there=_doc_side(there, theirs[0])))
        else:
            entries.append(_different_document(here, there, item.id, label, ours[0],
                                               theirs[0]))
    return entries


def _theirs_for(there: Workspace, requirement_id: str) -> list[Document]:
    """Their documents of an item this circular also asks for (another circular's item of the
    same id is read as this one's: its file is re-checked under this circular's rule)."""
    if requirement_id not in {r.id for r in there.catalog.requirements}:
        return []
    return there.documents(requirement_id)


def _different_document(here: Workspace, there: Workspace, item_id: str, label: str,
                        ours: Document, theirs: Document) -> Entry:
    requirement = here.catalog.requirement(item_id)
    our_verdict = here.report_for(ours).verdict
    # Their file judged by this workspace's circular: the one it would be sent under.
    their_verdict = check_bytes(there.document_bytes(theirs), theirs.name, requirement).verdict
    entry = Entry("document", item_id, label, DIFFERENT, _doc_side(here, ours, our_verdict),
                  _doc_side(there, theirs, their_verdict))
    if their_verdict != "error" and our_verdict == "error":
        entry.choice = THERE
    return entry


def _links(here: Workspace, there: Workspace, lang: str) -> list[Entry]:
    entries = []
    ours, theirs = here.links(), there.links()
    for item in here.catalog.requirements:
        if item.form != "link":
            continue
        label = f"{item.point} {item.title(lang)}"
        mine, their = ours.get(item.id, ""), theirs.get(item.id, "")
        state = _state(mine, their)
        if state:
            entries.append(Entry("link", item.id, label, state, Side(mine), Side(their)))
    return entries


def _state(mine: object, their: object) -> str:
    """The state of a plain value: "" when neither side holds it."""
    if not their:
        return ONLY_HERE if mine else ""
    if not mine:
        return NEW
    return SAME if mine == their else DIFFERENT


# -- people, assessors and their 2.11 files ------------------------------------------------------

def name_key(name: str) -> str:
    """A name as a match sees it: case, spacing and punctuation aside."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def person_key(person: Person) -> str:
    return f"nik:{person.nik}" if person.nik else f"nama:{name_key(person.name)}"


def _person_fields(person: Person) -> tuple:
    return (person.role, person.email, person.phone, person.siapkerja)


def _person_text(person: Person) -> str:
    return " · ".join(v for v in (person.name, person.role, person.nik, person.email,
                                  person.phone, person.siapkerja) if v)


def _people(here: Records, there: Records) -> list[Entry]:
    entries = []
    ours = {person_key(p): p for p in here.people()}
    theirs = {person_key(p): p for p in there.people()}
    for key, their in theirs.items():
        mine = ours.get(key)
        entry = Entry("person", key, their.name, NEW, there=Side(_person_text(their)))
        if mine is not None:
            entry.label, entry.here = mine.name, Side(_person_text(mine))
            if name_key(mine.name) != name_key(their.name):
                entry.state = NAME_DIFFERS
                entry.label = f"{mine.name} / {their.name}"
            elif _person_fields(mine) == _person_fields(their):
                entry.state = SAME
            else:
                entry.state = DIFFERENT
                entry.choice = THERE if _fills_more(mine, their) else HERE
        entries.append(entry)
        if mine is not None and mine.role == their.role == "asesor":
            entries += _assessor(here, there, key, mine, their)
    entries += [Entry("person", key, p.name, ONLY_HERE, Side(_person_text(p)))
                for key, p in ours.items() if key not in theirs]
    return entries


def _fills_more(mine: Person, their: Person) -> bool:
    """Their row keeps every value here and adds some (an e-mail, a phone, a SIAPkerja state
    past "not registered"): a colleague completed it."""
    pairs = [(mine.email, their.email), (mine.phone, their.phone)]
    kept = mine.role == their.role and all(not m or m == t for m, t in pairs)
    adds = any(not m and t for m, t in pairs) or (
        mine.siapkerja == "belum-daftar" != their.siapkerja)
    return kept and adds and (mine.siapkerja in ("belum-daftar", their.siapkerja))


def _assessor_values(data: AssessorData) -> tuple:
    return (data.met_number, data.blanko_number, data.issued_on, data.expires_on, data.field)


def _assessor(here: Records, there: Records, key: str, mine: Person, their: Person
              ) -> list[Entry]:
    entries = []
    our_data = _assessor_values(here.assessor_data(mine.saved_id))
    their_data = _assessor_values(there.assessor_data(their.saved_id))
    state = _state(any(our_data) and our_data, any(their_data) and their_data)
    if state:
        entries.append(Entry("assessor", f"{key}:data", mine.name, state,
                             Side(" · ".join(v for v in our_data if v)),
                             Side(" · ".join(v for v in their_data if v)),
                             THERE if state == DIFFERENT and not all(our_data[:3]) else HERE))
    our_files = here.assessor_files(mine.saved_id)
    for kind, file in there.assessor_files(their.saved_id).items():
        held = our_files.get(kind)
        side = Side(file.name, "", file.size)
        label = f"{mine.name}: {ASSESSOR_DOCUMENT_TITLES.get(kind, kind)}"
        if held is None:
            entries.append(Entry("assessor_file", f"{key}:{kind}", label, NEW, there=side))
        elif held.sha256 == file.sha256:
            entries.append(Entry("assessor_file", f"{key}:{kind}", label, SAME,
                                 Side(held.name, "", held.size), side))
        else:
            mine_verdict = _verdict(here.assessor_file_findings(held))
            their_verdict = _verdict(there.assessor_file_findings(file))
            side.verdict = their_verdict
            entries.append(Entry("assessor_file", f"{key}:{kind}", label, DIFFERENT,
                                 Side(held.name, "", held.size, mine_verdict), side,
                                 THERE if mine_verdict == "error" != their_verdict else HERE))
    return entries


def _verdict(findings: list) -> str:
    from lsp_desktop.checks.findings import verdict_of

    return verdict_of(findings)


# -- packages and social media -----------------------------------------------------------------

def package_values(package: Package) -> tuple:
    return (package.name_id, package.name_en, package.kind, package.reference,
            tuple((u.code, u.title_id, u.title_en) for u in package.units))


def _package_text(package: Package) -> str:
    return f"{package.name_id} · {len(package.units)} unit"


def _packages(here: Records, there: Records) -> list[Entry]:
    ours = {p.code: p for p in here.packages()}
    theirs = {p.code: p for p in there.packages()}
    entries = []
    for code, their in theirs.items():
        mine = ours.get(code)
        state = NEW if mine is None else (
            SAME if package_values(mine) == package_values(their) else DIFFERENT)
        entries.append(Entry("package", f"paket:{code}", code, state,
                             Side(_package_text(mine)) if mine else Side(),
                             Side(_package_text(their))))
    entries += [Entry("package", f"paket:{code}", code, ONLY_HERE, Side(_package_text(p)))
                for code, p in ours.items() if code not in theirs]
    return entries


def _social(here: Records, there: Records) -> list[Entry]:
    ours, theirs = here.social_media(), there.social_media()
    entries = []
    for platform in sorted(set(ours) | set(theirs)):
        state = _state(ours.get(platform, ""), theirs.get(platform, ""))
        if state:
            entries.append(Entry("social", f"sosmed:{platform}", platform, state,
                                 Side(ours.get(platform, "")), Side(theirs.get(platform, ""))))
    return entries
