"""``verify`` as the receiver needs it: not only the checksums, but what the bundle's files
and data are worth, judged exactly as ``import`` judges them.

manifest.json's states ("ok", "draft": false) are the sender's claims, and anyone can
rewrite them and the checksums after them. So the bundle is opened the one way import and
Buka bundel open it (``bundle.merge.incoming``: verified, built as a workspace of its own
in a private temporary folder, removed afterwards), and each item's state is computed by
``status.requirements.workspace_status``, the computation ``status`` and the window use.
Where the contents list calls an item ready that is not, the disagreement is named.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.merge import incoming
from lsp_desktop.bundle.verify import VerifyResult, said_once, verify_bundle
from lsp_desktop.checks.findings import ERROR, INFO, Finding
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.status.requirements import READY_STATES, RequirementStatus, workspace_status


def verify_judged(path: Path | str, catalog: Catalog | None = None,
                  today: dt.date | None = None) -> VerifyResult:
    """The bundle verified (checksums, contents list, each document as import takes it),
    then its items judged from what it holds: ``missing`` is what is really not ready."""
    result = verify_bundle(path, catalog, check_completeness=False)
    if result.damaged or result.catalog is None or result.manifest is None:
        return result
    try:
        with incoming(path, result.catalog) as there:
            statuses = workspace_status(there, today)
    except LspError as refused:  # what import would refuse, said as import says it
        result.problems.append(Finding("bundle.not_importable", ERROR, {
            "reason_code": refused.code, "reason_values": refused.values}))
        return result
    result.missing = [s.requirement.id for s in statuses if s.applies and not s.ready]
    result.problems = said_once(result.problems + claim_findings(result.manifest, statuses))
    return result


def claim_findings(manifest: dict, statuses: list[RequirementStatus]) -> list[Finding]:
    """Each item the contents list calls ready whose files or data are not: missing from
    the bundle, or failing their check (the first reason named)."""
    claimed = {item.get("id"): item.get("state") for item in manifest.get("requirements", [])}
    found = []
    for status in statuses:
        if not status.applies or status.ready or claimed.get(status.requirement.id) \
                not in READY_STATES:
            continue
        problem = _first_problem(status)
        if problem is None:
            found.append(Finding("bundle.claim_missing", ERROR, {
                "requirement": status.requirement.id, "form": status.requirement.form}))
        else:
            found.append(Finding("bundle.claim_wrong", ERROR, {
                "requirement": status.requirement.id, "problem_code": problem.code,
                "problem_values": problem.values}))
    return found


def _first_problem(status: RequirementStatus) -> Finding | None:
    """Why the item is not ready: its first error, else its first warning; None when it
    simply holds nothing (no file, no link, no rows)."""
    findings = [f for _, report in status.documents for f in report.findings]
    findings += status.findings
    errors = [f for f in findings if f.severity == ERROR]
    said = errors or [f for f in findings if f.severity != INFO]
    return said[0] if said else None
