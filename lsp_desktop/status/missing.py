"""What is still missing, for a meeting or for chasing colleagues: per item what is
missing or wrong, per person who has not submitted SIAPkerja, per assessor which of the
2.11 documents is not prepared yet. Built at any time, without exporting a bundle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from lsp_desktop.checks.findings import verdict_of
from lsp_desktop.circulars.catalog import Catalog, Circular, Profile
from lsp_desktop.messages import ASSESSOR_FILE_LABELS as ASSESSOR_FILE_LABELS
from lsp_desktop.messages import (
    MISSING_BY_FORM,
    ROLE_LABELS,
    SIAPKERJA_LABELS,
    STATE_LABELS,
    label,
    phrase,
)
from lsp_desktop.messages.wording import Wording
from lsp_desktop.status.assessor_documents import kept_file_findings
from lsp_desktop.status.requirements import RequirementStatus, progress, workspace_status
from lsp_desktop.store.participant import not_submitted_assessors
from lsp_desktop.store.records import ASSESSOR_FILE_KINDS, Records
from lsp_desktop.store.workspace import Workspace


@dataclass
class ItemGap:
    point: str
    title: str
    state: str  # worded
    problems: list[str] = field(default_factory=list)
    state_code: str = ""  # one of requirements.STATES


@dataclass
class MissingReport:
    circular: Circular
    profile: Profile
    today: dt.date
    ready: int
    applicable: int
    items: list[ItemGap]  # not ready
    people: list[tuple[str, str, str]]  # name, role, SIAPkerja state (worded)
    assessors: list[tuple[str, list[str]]]  # name, documents not prepared
    left_out: list[tuple[str, str]]  # assessor, why not submitted for 2.12
    # Ready, but with something to look at again.
    warned: list[ItemGap] = field(default_factory=list)
    profile_gaps: list[str] = field(default_factory=list)  # profile fields not filled in
    people_total: int = 0
    assessors_total: int = 0
    # The items' numbers in this circular (None: it has no such item).
    people_point: str | None = None
    documents_point: str | None = None
    assessor_data_point: str | None = None


def not_submitted_people(workspace: Workspace) -> list[str]:
    return [p.name for p in Records(workspace).people() if p.siapkerja != "sudah-submit"]


def build_report(workspace: Workspace, today: dt.date, lang: str = "id") -> MissingReport:
    statuses = workspace_status(workspace, today)
    ready, applicable = progress(statuses)
    items = item_gaps(statuses, lang, workspace.catalog.wording)
    records = Records(workspace)
    people = [(p.name, label(ROLE_LABELS, p.role, lang), label(SIAPKERJA_LABELS, p.siapkerja,
                                                                lang))
              for p in records.people() if p.siapkerja != "sudah-submit"]
    assessors = []
    for person in records.people("asesor"):
        kept = records.assessor_files(person.saved_id)
        lacking = [label(ASSESSOR_FILE_LABELS, k, lang) for k in ASSESSOR_FILE_KINDS
                   if k not in kept]
        # A kept file the checks question is not prepared either: the app advises fixing it.
        lacking += [f"{label(ASSESSOR_FILE_LABELS, k, lang)} ({phrase('needs fixing', lang)})"
                    for k in ASSESSOR_FILE_KINDS if k in kept
                    and verdict_of(kept_file_findings(records, kept[k])) != "ok"]
        if lacking:
            assessors.append((person.name, lacking))
    reasons = not_submitted_assessors(workspace)
    left_out = [(p.name, reasons[p.id]) for p in records.people("asesor") if p.id in reasons]
    catalog = workspace.catalog
    report = MissingReport(catalog.circular, workspace.profile(), today, ready, applicable,
                           [g for g in items if g.state_code != "warning"], people, assessors,
                           left_out, [g for g in items if g.state_code == "warning"])
    report.profile_gaps = profile_gaps(report.profile, lang)
    report.people_total = len(records.people())
    report.assessors_total = len(records.people("asesor"))
    report.people_point = _point(catalog, "people")
    report.documents_point = _point(catalog, "assessor-documents")
    report.assessor_data_point = _point(catalog, "assessors")
    return report


def _point(catalog: Catalog, held: str) -> str | None:
    holder = catalog.holder(held)
    return holder.point if holder else None


def profile_gaps(profile: Profile, lang: str = "id") -> list[str]:
    """The profile fields still empty: without type and category the app cannot tell
    which items apply, so an unfilled profile is itself something missing."""
    fields = (("LSP name", profile.name), ("Licence number", profile.licence),
              ("LSP type", profile.lsp_type), ("Category", profile.category))
    return [phrase(english, lang) for english, value in fields if not value.strip()]


def state_text(status: RequirementStatus, lang: str = "id") -> str:
    """An item's state in words; the roster says how many people have submitted, since
    "missing" would hide that some already have."""
    if status.counts and status.counts[1] and status.state != "not-required":
        return phrase("{done} of {total} people submitted", lang).format(
            done=status.counts[0], total=status.counts[1])
    return label(STATE_LABELS, status.state, lang)


def item_gaps(statuses: list[RequirementStatus], lang: str = "id",
              wording: Wording | None = None) -> list[ItemGap]:
    """Each applicable item not yet ready or ready with warnings, with what is missing or
    wrong in it (``state_code`` tells the two apart); ``wording``: the statuses' catalogue's
    (messages/wording.py)."""
    items = []
    for status in statuses:
        if not status.applies or status.state == "ok":
            continue
        problems = [f.message(lang, wording) for _, report in status.documents
                    for f in report.findings if f.severity != "info"]
        problems += [f.message(lang, wording) for f in status.findings if f.severity != "info"]
        if status.state == "missing" and not problems:
            problems.append(label(MISSING_BY_FORM, status.requirement.form, lang))
        items.append(ItemGap(status.requirement.point, status.requirement.title(lang),
                             state_text(status, lang), problems, status.state))
    return items

