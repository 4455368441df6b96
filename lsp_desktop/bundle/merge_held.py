"""The parts of a merge held once per workspace: the LSP profile and point 4's training
participant. Each is one row of the plan, compared field by field (both sides shown whole,
so a profile's type and category are never taken apart), and taken as a whole.

The participant is a reference to a roster person: theirs is matched to the person here of
the same NIK (or name), so taking it never copies a person; their job title, WhatsApp and SK
come with it. Taken after the people, so a person new in their bundle is already here.
"""

from __future__ import annotations

from dataclasses import astuple

from lsp_desktop.bundle.merge_entries import (
    NEW,
    Entry,
    Side,
    default_choice,
    fills_more,
    person_key,
    state_of,
)
from lsp_desktop.checks.findings import verdict_of
from lsp_desktop.checks.profile import licence_findings
from lsp_desktop.messages import phrase
from lsp_desktop.store.participant import Participant, participant, set_participant
from lsp_desktop.store.records import Person, Records
from lsp_desktop.store.workspace import Workspace

PROFILE_KEY, PARTICIPANT_KEY = "profil", "peserta"


# -- the LSP profile -------------------------------------------------------------------------

def _profile_values(workspace: Workspace) -> tuple:
    profile = workspace.profile()
    return (profile.name, profile.licence, profile.lsp_type, profile.category,
            "SKKK" if profile.uses_skkk else "")


def _profile_verdict(values: tuple) -> str:
    name, licence = values[:2]
    if not (name.strip() and licence.strip()):
        return "error"  # the profile panel asks for both before anything is ready
    return verdict_of(licence_findings(licence))


def profile_entries(here: Workspace, there: Workspace, lang: str) -> list[Entry]:
    mine, their = _profile_values(here), _profile_values(there)
    state = state_of(any(mine[:4]) and mine, any(their[:4]) and their)
    if not state:
        return []
    entry = Entry("profile", PROFILE_KEY, phrase("LSP profile", lang), state,
                  Side(" · ".join(v for v in mine if v)),
                  Side(" · ".join(v for v in their if v)))
    if state != NEW and any(mine[:4]):
        entry.here.verdict = _profile_verdict(mine)
    if any(their[:4]):
        entry.there.verdict = _profile_verdict(their)
    if state == "different":
        entry.choice = default_choice(entry.here.verdict, entry.there.verdict,
                                      fills_more(mine, their))
    return [entry]


def take_profile(here: Workspace, there: Workspace) -> None:
    """Theirs whole. A type or category this circular does not know is refused by
    set_profile with its own message (the merge then reports it, nothing else changes)."""
    profile = there.profile()
    here.set_profile(name=profile.name, licence=profile.licence, lsp_type=profile.lsp_type,
                     category=profile.category, uses_skkk=profile.uses_skkk)


# -- point 4's training participant --------------------------------------------------------------

def _person_of(records: Records, chosen: Participant) -> Person | None:
    if chosen.person_id is None:
        return None
    return next((p for p in records.people() if p.saved_id == chosen.person_id), None)


def _who(records: Records, chosen: Participant) -> tuple:
    """Whom the participant is, as a match sees it: the roster person by NIK (or name), or
    the name, e-mail and phone typed before the roster was used."""
    person = _person_of(records, chosen)
    if person is not None:
        return (person_key(person),)
    return tuple(v.strip() for v in (chosen.name, chosen.email, chosen.phone))


def _participant_values(workspace: Workspace) -> tuple[tuple, Participant]:
    chosen = participant(workspace)
    fields = (chosen.job_title, chosen.whatsapp, chosen.sk_number, chosen.sk_date)
    who = _who(Records(workspace), chosen) if chosen.name.strip() else ("",)
    return (*who, *fields), chosen


def _participant_text(chosen: Participant) -> str:
    return " · ".join(v for v in (chosen.name, chosen.job_title, chosen.whatsapp,
                                  chosen.sk_number, chosen.sk_date) if v)


def _participant_verdict(workspace: Workspace) -> str:
    from lsp_desktop.status.data_findings import training_findings

    return verdict_of(training_findings(Records(workspace)))


def participant_entries(here: Workspace, there: Workspace, lang: str) -> list[Entry]:
    item = here.catalog.holder("training-participant")
    if item is None:  # this circular asks for no participant
        return []
    mine, our_chosen = _participant_values(here)
    their, their_chosen = _participant_values(there)
    state = state_of(any(mine) and mine, any(their) and their)
    if not state:
        return []
    label = f"{item.point} {phrase('Training participant', lang)}"
    entry = Entry("participant", PARTICIPANT_KEY, label, state,
                  Side(_participant_text(our_chosen)), Side(_participant_text(their_chosen)))
    if state == "different":
        entry.here.verdict = _participant_verdict(here)
        entry.there.verdict = _participant_verdict(there)
        same_person = mine[:-4] == their[:-4]
        entry.choice = default_choice(entry.here.verdict, entry.there.verdict,
                                      same_person and fills_more(mine[-4:], their[-4:]))
    return [entry]


def take_participant(here: Workspace, there: Workspace) -> None:
    """Theirs, pointing at the same person here (taken with the people before this)."""
    chosen = participant(there)
    person = _person_of(Records(there), chosen)
    if person is not None:
        key = person_key(person)
        ours = next((p for p in Records(here).people() if person_key(p) == key), None)
        chosen.person_id = ours.saved_id if ours is not None else None
    set_participant(here, Participant(*astuple(chosen)))
