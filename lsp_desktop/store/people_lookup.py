"""Which listed person an admin means by what they type: one rule for every command that
takes a person (``person``, ``participant``, ``assessor``, ``assessor-file``, ``chase``).

1. The NIK, or the whole name (case, spacing and punctuation aside): that person.
2. Else part of the name from the start of a word ("indah" is Indah Permata, "eko" is
   Eko Prasetyo and not Heko): that person, if only one fits.
3. Several fit: refused, each candidate listed with NIK and role, so that the admin can
   choose by NIK; none fits: said, never an empty success.

A command that needs an assessor looks among the assessors only; a name that is only
someone of another role says so.
"""

from __future__ import annotations

import re

from lsp_desktop.base.errors import LspError
from lsp_desktop.store.records import Person


class SeveralPeople(LspError):
    """Several listed people fit what was typed: the message lists them, one a line."""

    def __init__(self, key: str, people: list[Person],
                 code: str = "person.key_ambiguous") -> None:
        super().__init__(code, key=key)
        self.people = people

    def message(self, lang: str = "id", wording=None) -> str:
        from lsp_desktop.messages import render

        lines = [super().message(lang, wording)]
        for person in self.people:
            code = "person.candidate" if person.nik else "person.candidate_no_nik"
            lines.append("  - " + render(code, {"name": person.name, "nik": person.nik,
                                                "role": person.role}, lang, wording))
        return "\n".join(lines)


def plain(name: str) -> str:
    """A name as a match sees it: case, spacing and punctuation aside."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def matching_people(people: list[Person], key: str) -> tuple[list[Person], bool]:
    """Everyone ``key`` may mean, by the rule above (the first step that finds someone),
    and whether they were found by the NIK or the whole name."""
    wanted = plain(key)
    exact = [p for p in people if p.nik and p.nik == key.strip()] or [
        p for p in people if wanted and plain(p.name) == wanted]
    if exact or not wanted:
        return exact, True
    return [p for p in people if f" {wanted}" in f" {plain(p.name)}"], False


def find_person(people: list[Person], key: str, role: str | None = None,
                whole: bool = False) -> Person:
    """The one person ``key`` names (of ``role``, when given), or an LspError that says
    why not: nobody fits, several do (listed), or the one who fits has another role.
    ``whole``: for what cannot be undone here (a removal), only the NIK or the whole name
    will do; part of a name lists whom it would be."""
    matches, exactly = matching_people(people, key)
    if whole and matches and not exactly:
        raise SeveralPeople(key.strip(), matches, "person.key_partial_for_removal")
    if role is not None:
        of_role = [p for p in matches if p.role == role]
        if not of_role and len(matches) == 1:
            raise LspError("person.key_not_assessor", key=matches[0].name,
                           role=matches[0].role)
        matches = of_role
    if not matches:  # an assessor is added to the roster, never as a training participant
        raise LspError("assessor.key_not_found" if role == "asesor" else "person.key_not_found",
                       key=key.strip())
    if len(matches) > 1:
        raise SeveralPeople(key.strip(), matches)
    return matches[0]
