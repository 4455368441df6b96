"""Merge a colleague's bundle into the open workspace, as its plan says.

The bundle is opened exactly as Buka bundel opens it (verified, then built as a workspace of
its own in a private temporary folder, removed afterwards); the plan compares the two
(``merge_plan``) and ``apply_merge`` takes what the admin chose. Nothing is lost: a replaced
document stays as a removed row (``lsp-desktop superseded`` lists and exports it), a
replaced 2.11 file is named with its hash in the change log (its bytes stay in the never
pruned blobs table), and if any write fails every row the merge changed is put back.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import private_dir
from lsp_desktop.base.paths import MERGE_FOLDER_PREFIX, temporary_dir
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.merge_held import take_participant, take_profile
from lsp_desktop.bundle.merge_plan import (
    NEW,
    SOCIAL_KEY,
    Entry,
    MergePlan,
    person_key,
    plan_merge,
)
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.messages import render
from lsp_desktop.messages.wording import Wording
from lsp_desktop.store.changes import apply_change, difference, reading
from lsp_desktop.store.participant import not_submitted_assessors, set_not_submitted
from lsp_desktop.store.records import AssessorData, Package, Person, Records, Unit
from lsp_desktop.store.supersede_log import note_superseded
from lsp_desktop.store.workspace import Workspace, open_workspace


@dataclass
class MergeResult:
    taken: int = 0
    superseded: int = 0
    not_taken: list[NotTaken] = field(default_factory=list)


@dataclass(frozen=True)
class NotTaken:
    """An entry a rule here refused, and the refusal as its code and values: said in the
    language of the window or the command line that shows it."""

    label: str
    reason: LspError

    def message(self, lang: str = "id", wording: Wording | None = None) -> str:
        return render("merge.not_taken", {"label": self.label, **self.reason.carried()},
                      lang, wording)


@contextlib.contextmanager
def incoming(bundle: Path | str, catalog: Catalog | None = None) -> Iterator[Workspace]:
    """The bundle as a workspace of its own, verified as Buka bundel verifies it; its
    private folder (owner-only, as mkdtemp makes it) is removed when done, and if the
    process is killed midway, by the next start (paths.temporary_dir)."""
    folder = Path(tempfile.mkdtemp(prefix=MERGE_FOLDER_PREFIX,
                                   dir=private_dir(temporary_dir())))
    try:
        path = import_bundle(bundle, folder / "rekan.lspws", catalog)
        with open_workspace(path) as there:
            yield there
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def choose(plan: MergePlan, choices: dict[str, str]) -> None:
    """The admin's picks (key -> "here"/"there") on the entries that offer one."""
    for key, side in choices.items():
        entry = plan.entry(key)
        if entry is None:
            raise LspError("merge.no_such_entry", key=key)
        if side not in ("here", "there"):
            raise LspError("merge.bad_choice", key=key)
        entry.choice = side


def merge_bundle(here: Workspace, bundle: Path | str, choices: dict[str, str] | None = None,
                 dry_run: bool = False, lang: str = "id") -> tuple[MergePlan, MergeResult]:
    """Plan, and unless ``dry_run`` apply, the merge of ``bundle`` into ``here``."""
    with incoming(bundle, here.catalog) as there:
        plan = plan_merge(here, there, lang)
        choose(plan, choices or {})
        if dry_run:
            return plan, MergeResult()
        return plan, apply_merge(here, there, plan)


def apply_merge(here: Workspace, there: Workspace, plan: MergePlan) -> MergeResult:
    """Take every entry the plan takes; all of it, or (a write failed) none of it."""
    before = reading(here)
    try:
        return _apply(here, there, plan)
    except BaseException:
        apply_change(here, difference(before, reading(here)), undo=True)
        raise


def _apply(here: Workspace, there: Workspace, plan: MergePlan) -> MergeResult:
    result = MergeResult()
    taken = [e for e in plan.entries if e.takes_theirs]
    for entry in taken:
        if entry.kind == "document":
            _take_document(here, there, entry, result)
        elif entry.kind == "link":
            here.set_link(entry.key, entry.there.text)
            result.taken += 1
        elif entry.kind == "profile":
            _take_held(take_profile, here, there, entry, result)
    ours, theirs = Records(here), Records(there)
    _take_people(ours, theirs, [e for e in taken if e.kind in ("person", "assessor", "reason",
                                                               "assessor_file")], result)
    for entry in (e for e in taken if e.kind == "participant"):  # after its person is here
        _take_held(take_participant, here, there, entry, result)
    packages = {p.code: p for p in theirs.packages()}
    held = {p.code: p for p in ours.packages()}
    for entry in (e for e in taken if e.kind == "package"):
        their = packages[entry.label]
        mine = held.get(entry.label)
        ours.save_package(Package(mine.id if mine else None, their.code, their.name_id,
                                  their.name_en, their.kind, their.reference,
                                  [Unit(None, u.code, u.title_id, u.title_en)
                                   for u in their.units]))
        result.taken += 1
    social = theirs.social_media()
    for entry in (e for e in taken if e.kind == "social"):
        platform = entry.key.removeprefix(SOCIAL_KEY)  # the label is the platform in words
        ours.set_social_media(platform, social[platform])
        result.taken += 1
    return result


def _take_held(take: Callable[[Workspace, Workspace], None], here: Workspace,
               there: Workspace, entry: Entry, result: MergeResult) -> None:
    """The profile or the participant, theirs whole; refused by a rule here, said."""
    try:
        take(here, there)
    except LspError as error:
        result.not_taken.append(NotTaken(entry.label, error))
        return
    result.taken += 1


def _take_document(here: Workspace, there: Workspace, entry: Entry,
                   result: MergeResult) -> None:
    item_id = entry.key.split(":")[0]
    wanted = entry.there.text
    document = next(d for d in there.documents(item_id) if d.name == wanted and (
        ":" not in entry.key or d.sha256.startswith(entry.key.split(":")[1])))
    try:
        # The document it replaces stays, marked removed: undo and `superseded` reach it.
        here.attach_bytes(item_id, document.name, there.document_bytes(document),
                          replace_existing=True)
    except LspError as error:  # this circular's rule refuses it: here's stays as it was
        result.not_taken.append(NotTaken(entry.label, error))
        return
    if entry.state != NEW and here.catalog.requirement(item_id).multiple:
        # An item of several files keeps the others: only the one of that name steps aside.
        for old in here.documents(item_id):
            if old.name == entry.here.text and old.sha256 != document.sha256:
                here.remove(old.id)
                break
    result.taken += 1
    result.superseded += entry.state != NEW


def _take_people(ours: Records, theirs: Records, entries: list[Entry],
                 result: MergeResult) -> None:
    held = {person_key(p): p for p in ours.people()}
    for their in theirs.people():
        key = person_key(their)
        chosen = {e.kind + e.key.removeprefix(key) for e in entries
                  if e.key == key or e.key.startswith(key + ":")}
        if not chosen:
            continue
        mine = held.get(key)
        person_id = mine.saved_id if mine else None
        if "person" in chosen:
            person_id = ours.save_person(Person(person_id, their.name, their.role, their.nik,
                                                their.email, their.phone,
                                                their.siapkerja)).saved_id
            result.taken += 1
        if person_id is None or their.role != "asesor":
            continue
        new_person = mine is None
        if new_person or "assessor:data" in chosen:
            data = theirs.assessor_data(their.saved_id)
            data.person_id = person_id
            ours.save_assessor_data(AssessorData(person_id, data.met_number,
                                                 data.blanko_number, data.issued_on,
                                                 data.expires_on, data.field))
            if new_person:
                _not_submitted(ours, theirs, their.saved_id, person_id)
        if "reason:alasan" in chosen and not new_person:  # a new one's came with them
            # Their side picked: their reason, or submitted again when they have none.
            set_not_submitted(ours.ws, person_id,
                              not_submitted_assessors(theirs.ws).get(their.saved_id))
            result.taken += 1
        _take_files(ours, theirs, their, person_id, chosen, new_person, result)


def _not_submitted(ours: Records, theirs: Records, their_id: int, person_id: int) -> None:
    reason = not_submitted_assessors(theirs.ws).get(their_id)
    if reason:
        set_not_submitted(ours.ws, person_id, reason)


def _take_files(ours: Records, theirs: Records, their: Person, person_id: int,
                chosen: set[str], new_person: bool, result: MergeResult) -> None:
    held = ours.assessor_files(person_id)
    for kind, file in theirs.assessor_files(their.saved_id).items():
        if not new_person and f"assessor_file:{kind}" not in chosen:
            continue
        old = held.get(kind)
        if old is not None and old.sha256 != file.sha256:
            note_superseded(ours, their.name, their.nik, old)  # named, its bytes kept
            result.superseded += 1
        ours.attach_assessor_file(person_id, kind, file.name,
                                  theirs.assessor_file_bytes(file))
        result.taken += 1
