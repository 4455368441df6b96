"""Where each requirement stands for this workspace: missing, ok, warning, error, not required."""

from __future__ import annotations

from dataclasses import dataclass, field

from lsp_desktop.catalog import Requirement
from lsp_desktop.checks import FileReport, Finding, verdict_of
from lsp_desktop.checks.links import check_drive_link
from lsp_desktop.workspace import Document, Workspace

STATES = ("missing", "ok", "warning", "error", "not-required")
READY_STATES = ("ok", "warning")


@dataclass
class RequirementStatus:
    requirement: Requirement
    applies: bool
    state: str
    documents: list[tuple[Document, FileReport]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    link: str | None = None

    @property
    def ready(self) -> bool:
        return self.state in READY_STATES


def requirement_status(workspace: Workspace, requirement: Requirement,
                       links: dict[str, str] | None = None) -> RequirementStatus:
    applies = requirement.applies_to(workspace.profile())
    status = RequirementStatus(requirement, applies, "missing")
    if requirement.form == "file":
        status.documents = [(d, workspace.report_for(d))
                            for d in workspace.documents(requirement.id)]
        if status.documents:
            status.state = verdict_of([f for _, r in status.documents for f in r.findings])
    elif requirement.form == "link":
        links = workspace.links() if links is None else links
        status.link = links.get(requirement.id)
        if status.link:
            status.findings = check_drive_link(status.link, requirement.link_kind)
            status.state = verdict_of(status.findings)
    if not applies:
        status.state = "not-required"
    return status


def workspace_status(workspace: Workspace) -> list[RequirementStatus]:
    links = workspace.links()
    return [requirement_status(workspace, r, links) for r in workspace.catalog.requirements]


def progress(statuses: list[RequirementStatus]) -> tuple[int, int]:
    """(ready, applicable): what "9 dari 14 siap" counts."""
    applicable = [s for s in statuses if s.applies]
    return sum(1 for s in applicable if s.ready), len(applicable)


def missing_items(statuses: list[RequirementStatus]) -> list[RequirementStatus]:
    return [s for s in statuses if s.applies and not s.ready]
