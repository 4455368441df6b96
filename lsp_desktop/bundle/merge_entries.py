"""The rows of a merge plan: one entry per thing both sides may hold, with its state and
both sides as the admin compares them. Apart from ``merge_plan`` so that the parts of the
plan (``merge_held``: the profile and point 4's participant) share them without a circle.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lsp_desktop.messages import format_date
from lsp_desktop.store.followed_circular import CarryOver
from lsp_desktop.store.records import Person

NEW, SAME, DIFFERENT, ONLY_HERE, NAME_DIFFERS = ("new", "same", "different", "only_here",
                                                 "name_differs")
HERE, THERE = "here", "there"
CHOOSABLE = (DIFFERENT, NAME_DIFFERS)


@dataclass
class Side:
    """One side of an entry as the admin compares it: what it is, when, how big, verdict."""

    text: str = ""
    date: str = ""
    size: int = 0
    verdict: str = ""  # "ok", "warning", "error" or "" (not checked)

    def as_dict(self) -> dict:
        return {"text": self.text, "date": self.date, "size": self.size,
                "verdict": self.verdict}


@dataclass
class Entry:
    kind: str   # document, link, profile, participant, person, assessor, reason,
    #             assessor_file, package, social
    key: str    # stable: the CLI's --choose names it
    label: str  # what the admin reads
    state: str
    here: Side = field(default_factory=Side)
    there: Side = field(default_factory=Side)
    choice: str = HERE

    @property
    def takes_theirs(self) -> bool:
        return self.state == NEW or (self.state in CHOOSABLE and self.choice == THERE)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "label": self.label, "state": self.state,
                "choice": self.choice if self.state in CHOOSABLE else None,
                "here": self.here.as_dict(), "there": self.there.as_dict()}


@dataclass
class MergePlan:
    entries: list[Entry]
    carry: CarryOver | None = None  # set when the bundle follows another circular
    other_catalog: str = ""

    def counts(self) -> dict[str, int]:
        counted = dict.fromkeys((NEW, SAME, DIFFERENT, ONLY_HERE, NAME_DIFFERS), 0)
        for entry in self.entries:
            counted[entry.state] += 1
        return counted

    def entry(self, key: str) -> Entry | None:
        return next((e for e in self.entries if e.key == key), None)


def state_of(mine: object, their: object) -> str:
    """The state of a plain value: "" when neither side holds it."""
    if not their:
        return ONLY_HERE if mine else ""
    if not mine:
        return NEW
    return SAME if mine == their else DIFFERENT


def default_choice(our_verdict: str, their_verdict: str, theirs_fills_more: bool = False
                   ) -> str:
    """The issue's default for a difference: the side that passes the checks, else the one
    already here; theirs also when it keeps every value here and adds some."""
    if our_verdict == "error" and their_verdict != "error":
        return THERE
    if their_verdict == "error" and our_verdict != "error":
        return HERE
    return THERE if theirs_fills_more else HERE


def fills_more(mine: tuple, their: tuple) -> bool:
    """Their values keep every value here and add at least one: a colleague completed it."""
    pairs = list(zip(mine, their, strict=True))
    return all(not m or m == t for m, t in pairs) and any(not m and t for m, t in pairs)


def dates_in_words(text: str, lang: str = "id") -> str:
    """A side's text as the admin reads it: each stored date ("2025-03-01", an SK date, a
    certificate's issue) in words ("1 Maret 2025"); anything else left as it is."""
    def words(match: re.Match) -> str:
        try:
            return format_date(dt.date.fromisoformat(match.group(0)), lang)
        except ValueError:
            return match.group(0)

    return re.sub(r"(?<![\w-])\d{4}-\d\d-\d\d(?![\w-])", words, text)


def name_key(name: str) -> str:
    """A name as a match sees it: case, spacing and punctuation aside."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def person_key(person: Person) -> str:
    return f"nik:{person.nik}" if person.nik else f"nama:{name_key(person.name)}"
