"""What the views may know of the workspace: its rows to show, read on the window's
thread through the controller (``controller.read``), and the shapes of those rows.

Views never import ``lsp_desktop.store`` (tests/ui/test_one_road.py): they ask the
controller, which runs every change through the one road (ui/road/edit_path.py). Reading here
is cheap (no file's bytes are read or checked): anything heavier is a job on a worker.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from lsp_desktop.circulars.catalog import Catalog, Profile
from lsp_desktop.store.workspace import Document, Workspace

if TYPE_CHECKING:
    from lsp_desktop.store.followed_circular import CarryOver, carry_over
    from lsp_desktop.store.participant import MAX_TEXT, Participant
    from lsp_desktop.store.records import (
        ASSESSOR_FILE_KINDS,
        ROLES,
        SIAPKERJA_FIELD,
        SIAPKERJA_STATES,
        SOCIAL_PLATFORMS,
        AssessorData,
        AssessorFile,
        Package,
        Person,
        Records,
        Unit,
    )

__all__ = ["ASSESSOR_FILE_KINDS", "MAX_TEXT", "ROLES", "SIAPKERJA_FIELD", "SIAPKERJA_STATES",
           "SOCIAL_PLATFORMS", "AssessorData", "AssessorFile", "CarryOver", "Catalog",
           "Document", "Package", "Participant", "Person", "Reading", "Unit", "carry_over"]

# The shapes of the data items' rows, named here for the views, are imported when a view
# first asks for one (PEP 562): the checklist's first paint needs none of them (issue 21).
_LATER = {name: "lsp_desktop.store.records" for name in (
    "ASSESSOR_FILE_KINDS", "ROLES", "SIAPKERJA_FIELD", "SIAPKERJA_STATES", "SOCIAL_PLATFORMS",
    "AssessorData", "AssessorFile", "Package", "Person", "Unit")} | {
    "MAX_TEXT": "lsp_desktop.store.participant", "Participant": "lsp_desktop.store.participant",
    "CarryOver": "lsp_desktop.store.followed_circular",
    "carry_over": "lsp_desktop.store.followed_circular"}


def __getattr__(name: str) -> object:
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LATER[name]), name)
    globals()[name] = value  # asked once
    return value


class Reading:
    """Read-only questions about the open workspace; nothing here writes."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._records_made: Records | None = None

    @property
    def _records(self) -> Records:
        if self._records_made is None:
            from lsp_desktop.store.records import Records

            self._records_made = Records(self._workspace)
        return self._records_made

    @property
    def path(self) -> Path:
        return self._workspace.path

    def profile(self) -> Profile:
        return self._workspace.profile()

    def people(self, role: str | None = None) -> list[Person]:
        return self._records.people(role)

    def person(self, person_id: int) -> Person:
        return self._records.person(person_id)

    def assessors(self) -> list[tuple[Person, AssessorData]]:
        return self._records.assessors()

    def assessor_files(self, person_id: int) -> dict[str, AssessorFile]:
        return self._records.assessor_files(person_id)

    def not_submitted(self) -> dict[int, str]:
        from lsp_desktop.store.participant import not_submitted_assessors

        return not_submitted_assessors(self._workspace)

    def social_media(self) -> dict[str, str]:
        return self._records.social_media()

    def packages(self) -> list[Package]:
        return self._records.packages()

    def participant(self) -> Participant:
        from lsp_desktop.store.participant import participant

        return participant(self._workspace)

    def last_change(self) -> int | None:
        """None once the workspace is closed (a window being replaced)."""
        return self._workspace.last_change() if self._workspace.is_open else None

    def drive_folder_clashes(self, target: Path) -> list[Path]:
        """Files of the Drive folder export that would replace files already in ``target``."""
        from lsp_desktop.bundle.drive_folder import would_replace

        return would_replace(self._records, target)
