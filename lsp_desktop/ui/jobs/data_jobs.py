"""The worker side of the data panels. The edits take the worker's own workspace from the
one road (ui/road/edit_path.py, which records what they change for undo); the reads open
their own connection. Views name these functions; they never touch the store themselves."""

from __future__ import annotations

from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.findings import Finding
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.status.cells import Cells
from lsp_desktop.store import participant as participants
from lsp_desktop.store import removal
from lsp_desktop.store.participant import Participant
from lsp_desktop.store.records import AssessorData, AssessorFile, Package, Person, Records
from lsp_desktop.store.workspace import Workspace

# -- edits: (workspace, *args) ----------------------------------------------------------------


def set_profile(workspace: Workspace, changes: dict[str, object]) -> None:
    workspace.set_profile(**changes)


def set_link(workspace: Workspace, requirement_id: str, url: str) -> None:
    workspace.set_link(requirement_id, url)


def save_person(workspace: Workspace, person: Person) -> Person:
    return Records(workspace).save_person(person)


def save_assessor_data(workspace: Workspace, data: AssessorData) -> None:
    Records(workspace).save_assessor_data(data)


def set_social_media(workspace: Workspace, platform: str, text: str) -> None:
    Records(workspace).set_social_media(platform, text)


def set_not_submitted(workspace: Workspace, person_id: int, reason: str | None) -> None:
    participants.set_not_submitted(workspace, person_id, reason)


def save_package(workspace: Workspace, package: Package) -> Package:
    return Records(workspace).save_package(package)


def remove_people(workspace: Workspace, person_ids: list[int]) -> None:
    removal.remove_people(workspace, person_ids)


def remove_packages(workspace: Workspace, package_ids: list[int]) -> None:
    removal.remove_packages(workspace, package_ids)


def set_participant(workspace: Workspace, chosen: Participant) -> Participant:
    return participants.set_participant(workspace, chosen)


def add_participant(workspace: Workspace, person: Person, chosen: Participant) -> Person:
    """A new person of the roster chosen as participant: one step, undone together."""
    added = Records(workspace).save_person(person)
    chosen.person_id = added.id
    participants.set_participant(workspace, chosen)
    return added


def apply_table_import(workspace: Workspace, plan) -> None:
    from lsp_desktop.tables.plan import apply_import

    apply_import(Records(workspace), plan)


def attach_assessor_file(workspace: Workspace, person_id: int, kind: str, path: Path
                         ) -> tuple[list[Finding], AssessorFile]:
    from lsp_desktop.checks.guard import read_user_file

    try:
        data = read_user_file(path)  # a phone photo may be 10 MB: read here, not in the drop
    except OSError as exc:
        raise LspError("file.unreadable", path=str(path),
                       reason=exc.strerror or str(exc)) from None
    records = Records(workspace)
    findings = records.attach_assessor_file(person_id, kind, path.name, data)
    return findings, records.assessor_files(person_id)[kind]


def keep_compressed_assessor_file(workspace: Workspace, person_id: int, kind: str,
                                  result_kind: str, data: bytes
                                  ) -> tuple[list[Finding], AssessorFile, int]:
    """A compressed file the admin accepted after seeing before and after (the fix ran in
    ui/jobs/fix_jobs.fix_job), kept in its box's place; the original's bytes stay
    stored, for undo. Returns its findings, the kept file and the original's size."""
    from lsp_desktop.fixing.fixes import fixed_name

    records = Records(workspace)
    file = records.assessor_files(person_id)[kind]
    findings = records.attach_assessor_file(person_id, kind,
                                            fixed_name(file.name, result_kind), data)
    return findings, records.assessor_files(person_id)[kind], file.size


def remove_assessor_file(workspace: Workspace, person_id: int, kind: str) -> None:
    removal.remove_assessor_file(workspace, person_id, kind)


# -- reads: (workspace path, catalogue, *args) --------------------------------------------------


RosterRows = tuple[list[Person], dict[int, list[Finding]], dict[int, Cells]]


def roster_rows(workspace_path: Path, catalog: Catalog) -> RosterRows:
    """The roster's people with their own findings and the cells those are about: for a
    roster of 5,000 the reading and the checking take longer than a frame."""
    from lsp_desktop.status.cells import roster_cells
    from lsp_desktop.status.data_findings import person_findings

    with Workspace(workspace_path, catalog) as workspace:
        people = Records(workspace).people()
    found = person_findings(people)  # the same findings that decide the item's state
    return people, found, roster_cells(people, found)


def check_assessor_files(workspace_path: Path, catalog: Catalog, files: list[AssessorFile]
                         ) -> dict[tuple[str, str, str], list[Finding]]:
    with Workspace(workspace_path, catalog) as workspace:
        records = Records(workspace)
        return {(f.sha256, f.kind, f.name): records.assessor_file_findings(f) for f in files}


def export_assessor_folder(workspace_path: Path, catalog: Catalog, target: Path,
                           replace: bool) -> tuple[int, Path]:
    from lsp_desktop.bundle.drive_folder import export_drive_folder

    with Workspace(workspace_path, catalog) as workspace:
        return export_drive_folder(Records(workspace), target, replace), target


def plan_table_import(workspace_path: Path, catalog: Catalog, kind: str, path: Path):
    from lsp_desktop.tables.plan import plan_import
    from lsp_desktop.tables.spreadsheet import read_table

    with Workspace(workspace_path, catalog) as workspace:
        return plan_import(Records(workspace), kind, read_table(path, kind))


def export_table_rows(workspace_path: Path, catalog: Catalog, kind: str, path: Path) -> Path:
    from lsp_desktop.tables.plan import export_rows
    from lsp_desktop.tables.spreadsheet import write_table

    with Workspace(workspace_path, catalog) as workspace:
        rows = export_rows(Records(workspace), kind)
    try:
        write_table(path, kind, rows)
    except OSError as exc:
        raise LspError("table.write_failed", path=str(path),
                       reason=exc.strerror or str(exc)) from None
    return path
