"""Where each requirement stands for this workspace: missing, ok, warning, error, not required."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from lsp_desktop.checks import WARNING, FileReport, Finding, verdict_of
from lsp_desktop.checks.links import check_drive_link
from lsp_desktop.circulars.catalog import Profile, Requirement
from lsp_desktop.status.assessor_documents import assessor_documents_findings
from lsp_desktop.status.data_findings import (
    EMPTY_CODES,
    assessor_data_findings,
    packages_findings,
    roster_findings,
    training_findings,
)
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import Document, Workspace

# The roster lacks what the circular asks of it: not ready, whatever else it holds.
INCOMPLETE_ROSTER_CODES = {"roster.role_missing"}
STATES = ("missing", "ok", "warning", "error", "not-required")
READY_STATES = ("ok", "warning")


@dataclass(eq=False, repr=False)
class RequirementStatus:
    """Where one item stands for this workspace, and what decides it."""

    requirement: Requirement
    applies: bool
    state: str
    documents: list[tuple[Document, FileReport]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    link: str | None = None
    # Those of ``findings`` about the item's extra part (the training participant, the
    # assessors' documents): the window shows them inside that part, beside their cause.
    part_findings: list[Finding] = field(default_factory=list)
    # For the roster: people who submitted their SIAPkerja data, and people in all.
    counts: tuple[int, int] | None = None

    @property
    def ready(self) -> bool:
        return self.state in READY_STATES


def requirement_status(workspace: Workspace, requirement: Requirement,
                       links: dict[str, str] | None = None,
                       today: dt.date | None = None,
                       profile: Profile | None = None) -> RequirementStatus:
    applies = requirement.applies_to(profile or workspace.profile())
    status = RequirementStatus(requirement, applies, "missing")
    records = Records(workspace)
    today = today or dt.date.today()
    if requirement.form == "file":
        status.documents = [(d, workspace.report_for(d))
                            for d in workspace.documents(requirement.id)]
        status.part_findings = _part_findings(requirement, records)
        status.findings = status.part_findings + _same_file_elsewhere(
            workspace, requirement.id, [d for d, _ in status.documents])
        if status.documents:
            status.state = verdict_of([f for _, r in status.documents for f in r.findings]
                                      + status.findings)
    elif requirement.form == "link":
        links = workspace.links() if links is None else links
        status.link = links.get(requirement.id)
        if status.link:
            status.findings = check_drive_link(status.link, requirement.link_kind)
            status.part_findings = _part_findings(requirement, records)
            status.findings += status.part_findings
            status.state = verdict_of(status.findings)
    elif requirement.form == "roster":
        status.findings, done, total = roster_findings(records)
        status.counts = (done, total)
        status.state = verdict_of(status.findings)
        roles_missing = any(f.code in INCOMPLETE_ROSTER_CODES for f in status.findings)
        if status.state != "error" and (done < total or roles_missing) or total == 0:
            # In progress: not everyone has submitted yet, or the circular's three roles
            # (Unsur Pengarah, Unsur Pelaksana, Asesor) are not all listed.
            status.state = "missing"
    elif requirement.form == "data":
        status.findings = DATA_CHECKS[requirement.dataset or ""](records, today)
        status.state = verdict_of(status.findings)
        if any(f.code in EMPTY_CODES for f in status.findings):
            status.state = "missing"
    if not applies:
        status.state = "not-required"
    return status


# By the catalogue's dataset and parts names (catalog.DATASETS, catalog.PARTS).
DATA_CHECKS: dict[str, Callable[[Records, dt.date], list[Finding]]] = {
    "assessors": assessor_data_findings,
    "packages": lambda records, today: packages_findings(records),
}
PART_CHECKS: dict[str, Callable[[Records], list[Finding]]] = {
    "assessor-documents": assessor_documents_findings,
    "training-participant": training_findings,
}


def _same_file_elsewhere(workspace: Workspace, requirement_id: str,
                         documents: list[Document]) -> list[Finding]:
    """Each item asks for its own document: the same file on two items is a slip."""
    others = [item for d in documents
              for item in workspace.items_also_holding(d.sha256, requirement_id)]
    if not others:
        return []
    return [Finding("document.also_elsewhere", WARNING,
                    {"item_ids": list(dict.fromkeys(others))})]


def _part_findings(requirement: Requirement, records: Records) -> list[Finding]:
    return [f for part in requirement.parts for f in PART_CHECKS[part](records)]


def workspace_status(workspace: Workspace, today: dt.date | None = None
                     ) -> list[RequirementStatus]:
    links, profile = workspace.links(), workspace.profile()
    return [requirement_status(workspace, r, links, today, profile)
            for r in workspace.catalog.requirements]


def progress(statuses: list[RequirementStatus]) -> tuple[int, int]:
    """(ready, applicable): what "9 dari 14 siap" counts."""
    applicable = [s for s in statuses if s.applies]
    return sum(1 for s in applicable if s.ready), len(applicable)


def missing_items(statuses: list[RequirementStatus]) -> list[RequirementStatus]:
    return [s for s in statuses if s.applies and not s.ready]


def profile_findings(profile: Profile) -> list[Finding]:
    """What to look at again in the profile (shown under the form and by the CLI)."""
    from lsp_desktop.checks.profile import licence_findings

    return licence_findings(profile.licence)
