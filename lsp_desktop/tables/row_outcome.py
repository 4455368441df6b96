"""What an import plan says about each row of a sheet: added, changed, unchanged or
rejected, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, countOf

from lsp_desktop.checks.findings import ERROR, INFO, Finding

ACTIONS = ("add", "update", "unchanged", "reject")
_ACTION = attrgetter("action")


@dataclass
class RowOutcome:
    line: int
    action: str                  # one of ACTIONS
    label: str
    reasons: list[Finding] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    target_id: int | None = None


@dataclass
class ImportPlan:
    kind: str
    outcomes: list[RowOutcome]
    packages: list = field(default_factory=list)  # packages merged with the sheet (Package)

    def count(self, action: str) -> int:
        return countOf(map(_ACTION, self.outcomes), action)  # 5,000 rows: at C speed

    @property
    def rejected(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.action == "reject"]

    @property
    def noted(self) -> list[RowOutcome]:
        """Rows with something to read: rejected ones, and accepted ones with a warning
        or a note on what changes."""
        return [o for o in self.outcomes if o.reasons]

    @property
    def writes(self) -> int:
        return self.count("add") + self.count("update")


def reject(line: int, label: str, code: str, **values: object) -> RowOutcome:
    return RowOutcome(line, "reject", label, [Finding(code, ERROR, values)])


def changed_note(changes: list[tuple[str, str, str]]) -> list[Finding]:
    """What an updated row changes: (sheet column, stored value, new value) each, said
    as ``judul_unit_en: - → Two`` so the admin sees what goes before confirming."""
    if not changes:
        return []
    said = "; ".join(f"{column}: {_short(_worded(column, old)) or '-'} → "
                     f"{_short(_worded(column, new))}" for column, old, new in changes)
    return [Finding("import.changed", INFO, {"changes": said})]


def _worded(column: str, value: str) -> str:
    """A SIAPkerja step in words ("sudah kirim (submit)"), not its stored code."""
    from lsp_desktop.messages import SIAPKERJA_LABELS
    from lsp_desktop.store.records import SIAPKERJA_FIELD

    return SIAPKERJA_LABELS[value][0] if column == SIAPKERJA_FIELD and \
        value in SIAPKERJA_LABELS else value


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def reject_repeats(outcomes: list[RowOutcome], repeats: dict[int, tuple[int, str]],
                   code: str = "import.row_repeated") -> list[RowOutcome]:
    """Reject both rows of every pair naming the same person or unit twice: which one is
    right is the admin's call, so neither is guessed. ``repeats`` maps the later line to
    the earlier one and what they share (a name, "NIK 317…", a unit)."""
    pairs: dict[int, tuple[int, str]] = {}
    for later, (first, what) in repeats.items():
        pairs[later] = (first, what)
        pairs.setdefault(first, (later, what))
    result = []
    for outcome in outcomes:
        if outcome.line not in pairs:
            result.append(outcome)
            continue
        other, what = pairs[outcome.line]
        first, later = sorted((outcome.line, other))
        repeated = reject(outcome.line, outcome.label, code, first=first, later=later,
                          name=what)
        if outcome.action == "reject":  # every fault of the row is said, not the last alone
            repeated.reasons = [r for r in outcome.reasons if r.severity == ERROR] + \
                repeated.reasons
        result.append(repeated)
    return result
