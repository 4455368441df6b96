"""The assessors' folder plan applied: each assigned file read through the guard and kept
as that assessor's 2.11 document; a file the checks refuse is said, the others go on. A
document it replaces is named in the change log (``lsp-desktop superseded``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.findings import verdict_of
from lsp_desktop.checks.guard import read_user_file
from lsp_desktop.intake.assessor_folder import FolderFile, FolderPlan
from lsp_desktop.store.records import Records
from lsp_desktop.store.supersede_log import note_superseded


@dataclass
class FolderOutcome:
    attached: list[FolderFile] = field(default_factory=list)
    # file, and why: said in the language of whoever shows it
    refused: list[tuple[FolderFile, LspError]] = field(default_factory=list)
    verdicts: dict[str, str] = field(default_factory=dict)  # shown name -> the checks' verdict
    set_aside: list[FolderFile] = field(default_factory=list)  # another file chosen instead


def import_folder(records: Records, plan: FolderPlan) -> FolderOutcome:
    outcome = FolderOutcome()
    niks = {p.saved_id: p.nik for p in records.people("asesor")}
    for item in plan.assigned:
        if item.person_id is None or item.kind is None:
            continue
        if not item.chosen:  # its rival is kept: never attached, then silently replaced
            outcome.set_aside.append(item)
            continue
        try:
            data = read_user_file(item.path)
            old = records.assessor_files(item.person_id).get(item.kind)
            if old is not None and old.sha256:
                note_superseded(records, item.person, niks.get(item.person_id, ""), old)
            findings = records.attach_assessor_file(item.person_id, item.kind,
                                                    item.path.name, data)
        except LspError as error:
            outcome.refused.append((item, error))
            continue
        outcome.attached.append(item)
        outcome.verdicts[item.shown] = verdict_of(findings)
    return outcome
