"""What merging a colleague's bundle would do, entry by entry, before anything is written.

The bundle has already become a workspace of its own ("theirs", built by the importer after
the same verify as Buka bundel); the plan compares it with the admin's workspace ("here"):
documents and links by item, people and assessors by NIK, packages by code. Every entry is
new (taken), same (nothing happens), different (the admin picks; by default the side that
passes the checks, else the one already here), only here (kept) or, for a NIK held under
another name, ``name_differs``: shown, never merged unless the admin picks it.
"""

from __future__ import annotations

from lsp_desktop.bundle.merge_entries import (
    CHOOSABLE,
    DIFFERENT,
    HERE,
    NAME_DIFFERS,
    NEW,
    ONLY_HERE,
    SAME,
    THERE,
    Entry,
    MergePlan,
    Side,
    default_choice,
    name_key,
    person_key,
)
from lsp_desktop.bundle.merge_entries import state_of as _state
from lsp_desktop.bundle.merge_held import participant_entries, profile_entries
from lsp_desktop.checks import check_bytes
from lsp_desktop.checks.findings import verdict_of
from lsp_desktop.messages import (
    ASSESSOR_DOCUMENT_TITLES,
    PLATFORM_NAMES,
    ROLE_LABELS,
    SIAPKERJA_LABELS,
    label,
    phrase,
)
from lsp_desktop.store.followed_circular import carry_over
from lsp_desktop.store.participant import not_submitted_assessors
from lsp_desktop.store.records import AssessorData, Package, Person, Records
from lsp_desktop.store.workspace import Document, Workspace

# The names other modules take from here (the rows themselves live in merge_entries).
__all__ = ["CHOOSABLE", "DIFFERENT", "HERE", "NAME_DIFFERS", "NEW", "ONLY_HERE", "SAME",
           "THERE", "Entry", "MergePlan", "Side", "name_key", "person_key", "plan_merge"]


def plan_merge(here: Workspace, there: Workspace, lang: str = "id") -> MergePlan:
    plan = MergePlan([])
    if there.catalog.id != here.catalog.id:
        plan.carry = carry_over(there.catalog, here.catalog, lang)
        plan.other_catalog = there.catalog.id
    plan.entries += profile_entries(here, there, lang)
    plan.entries += _documents(here, there, lang)
    plan.entries += _links(here, there, lang)
    plan.entries += _people(Records(here), Records(there), lang)
    plan.entries += participant_entries(here, there, lang)
    plan.entries += _packages(Records(here), Records(there))
    plan.entries += _social(Records(here), Records(there), lang)
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
            entries += _several(here, there, item.id, label, ours, theirs)
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
    return Entry("document", item_id, label, DIFFERENT, _doc_side(here, ours, our_verdict),
                 _doc_side(there, theirs, their_verdict),
                 default_choice(our_verdict, their_verdict))


def _several(here: Workspace, there: Workspace, item_id: str, label: str,
             ours: list[Document], theirs: list[Document]) -> list[Entry]:
    """An item holding several files, document by document: the same content is the same
    document wherever it is; a file of the same name with other content differs (both
    shown, the admin picks); the rest are new, or only here (kept)."""
    entries = []
    theirs_held = {d.sha256 for d in theirs}
    unmatched = [d for d in ours if d.sha256 not in theirs_held]
    for document in theirs:
        key, shown = f"{item_id}:{document.sha256[:12]}", f"{label}: {document.name}"
        same = next((d for d in ours if d.sha256 == document.sha256), None)
        named = next((d for d in unmatched if name_key(d.name) == name_key(document.name)),
                     None)
        if same is not None:
            entries.append(Entry("document", key, shown, SAME, _doc_side(here, same),
                                 _doc_side(there, document)))
        elif named is not None:
            unmatched.remove(named)
            entry = _different_document(here, there, item_id, shown, named, document)
            entry.key = key
            entries.append(entry)
        else:
            entries.append(Entry("document", key, shown, NEW, there=_doc_side(there, document)))
    entries += [Entry("document", f"{item_id}:{d.sha256[:12]}", f"{label}: {d.name}",
                      ONLY_HERE, here=_doc_side(here, d)) for d in unmatched]
    return entries


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


# -- people, assessors and their 2.11 files ------------------------------------------------------

def _person_fields(person: Person) -> tuple:
    return (person.role, person.email, person.phone, person.siapkerja)


def _person_text(person: Person, lang: str) -> str:
    """The person as the admin reads them: the role and SIAPkerja step in words."""
    role = label(ROLE_LABELS, person.role, lang) if person.role else ""
    step = label(SIAPKERJA_LABELS, person.siapkerja, lang) if person.siapkerja else ""
    return " · ".join(v for v in (person.name, role, person.nik, person.email,
                                  person.phone, step) if v)


def _people(here: Records, there: Records, lang: str) -> list[Entry]:
    entries = []
    ours = {person_key(p): p for p in here.people()}
    theirs = {person_key(p): p for p in there.people()}
    for key, their in theirs.items():
        mine = ours.get(key)
        entry = Entry("person", key, their.name, NEW, there=Side(_person_text(their, lang)))
        if mine is not None:
            entry.label, entry.here = mine.name, Side(_person_text(mine, lang))
            if name_key(mine.name) != name_key(their.name):
                entry.state = NAME_DIFFERS
                entry.label = f"{mine.name} / {their.name}"
            elif _person_fields(mine) == _person_fields(their):
                entry.state = SAME
            else:
                entry.state = DIFFERENT
                entry.choice = THERE if _fills_more(mine, their) else HERE
        entries.append(entry)
        # An assessor here (or new: what comes with them is shown too, all of it taken).
        if their.role == "asesor" and (mine is None or mine.role == "asesor"):
            entries += _assessor(here, there, key, mine, their, lang)
            entries += _reason(here, there, key, mine, their, lang)
    entries += [Entry("person", key, p.name, ONLY_HERE, Side(_person_text(p, lang)))
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


def _assessor(here: Records, there: Records, key: str, mine: Person | None, their: Person,
              lang: str) -> list[Entry]:
    entries = []
    our_data = _assessor_values(here.assessor_data(mine.saved_id)) if mine else ()
    their_data = _assessor_values(there.assessor_data(their.saved_id))
    state = _state(any(our_data) and our_data, any(their_data) and their_data)
    if state:
        name = phrase("{name}: certificate data ({data_point})", lang).format(
            name=(mine or their).name)
        entries.append(Entry("assessor", f"{key}:data", name, state,
                             Side(" · ".join(v for v in our_data if v)),
                             Side(" · ".join(v for v in their_data if v)),
                             THERE if state == DIFFERENT and not all(our_data[:3]) else HERE))
    return entries + _assessor_files(here, there, key, mine, their)


def _assessor_files(here: Records, there: Records, key: str, mine: Person | None,
                    their: Person) -> list[Entry]:
    """2.11's documents of one assessor, slot by slot (KTP, certificate, …) and by content:
    the same file is nothing to do, another file in a slot is shown beside the one here."""
    entries = []
    our_files = here.assessor_files(mine.saved_id) if mine else {}
    their_files = there.assessor_files(their.saved_id)
    for kind in [*their_files, *(k for k in our_files if k not in their_files)]:
        held, file = our_files.get(kind), their_files.get(kind)
        label = f"{(mine or their).name}: {ASSESSOR_DOCUMENT_TITLES.get(kind, kind)}"
        ours = Side(held.name, "", held.size) if held else Side()
        side = Side(file.name, "", file.size) if file else Side()
        if file is None:
            state = ONLY_HERE
        elif held is None:
            state = NEW
        elif held.sha256 == file.sha256:
            state = SAME
        else:
            state = DIFFERENT
            ours.verdict = verdict_of(here.assessor_file_findings(held))
            side.verdict = verdict_of(there.assessor_file_findings(file))
        entries.append(Entry("assessor_file", f"{key}:{kind}", label, state, ours, side,
                             default_choice(ours.verdict, side.verdict)))
    return entries


def _reason(here: Records, there: Records, key: str, mine: Person | None, their: Person,
            lang: str) -> list[Entry]:
    """Why an assessor is left out of 2.12 (SIAPkerja not submitted), if either side says.
    An assessor on both sides, submitted on one and left out on the other, is a difference:
    "submitted" is a value of its own, so both are shown and the one here stays unless the
    admin picks theirs (a merge never takes someone out of 2.12 unasked)."""
    ours = not_submitted_assessors(here.ws).get(mine.saved_id, "") if mine else ""
    theirs = not_submitted_assessors(there.ws).get(their.saved_id, "")
    state = _state(ours, theirs)
    if not state:
        return []
    item = here.ws.catalog.holder("assessors")
    point = item.point if item else ""
    words = phrase("Not submitted for {data_point}", lang).format(data_point=point)
    submitted = phrase("Submitted in {data_point}", lang).format(data_point=point)
    if mine is not None and state in (NEW, ONLY_HERE):
        state = DIFFERENT
    shown = [Side(v or (submitted if state == DIFFERENT else "")) for v in (ours, theirs)]
    return [Entry("reason", f"{key}:alasan", f"{(mine or their).name}: {words}", state,
                  shown[0], shown[1], HERE)]


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


SOCIAL_KEY = "sosmed:"  # an entry's key: this and the platform (its label is in words)


def _social(here: Records, there: Records, lang: str) -> list[Entry]:
    ours, theirs = here.social_media(), there.social_media()
    entries = []
    for platform in sorted(set(ours) | set(theirs)):
        state = _state(ours.get(platform, ""), theirs.get(platform, ""))
        if state:
            entries.append(Entry("social", f"{SOCIAL_KEY}{platform}",
                                 label(PLATFORM_NAMES, platform, lang), state,
                                 Side(ours.get(platform, "")), Side(theirs.get(platform, ""))))
    return entries
