"""The training participant of point 4 and the assessors left out of 2.12.

Point 4 asks for the LSP officer responsible for the information system, proven by an SK;
the admin picks them from the roster. An assessor whose certificate is being renewed
stays in the roster (point 1) but can be left out of 2.12, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.dates import parse_typed_date
from lsp_desktop.store.limits import check_lengths
from lsp_desktop.store.workspace import Workspace

MAX_TEXT = 200


@dataclass
class Participant:
    """The training participant of point 4: the roster person chosen, and their SK."""

    person_id: int | None = None
    name: str = ""
    email: str = ""
    phone: str = ""
    job_title: str = ""
    whatsapp: str = ""
    sk_number: str = ""
    sk_date: str = ""


# The participant chosen from the roster is a reference to that person: their name,
# e-mail and phone are read from the roster each time (filled in item 1 later, they show
# here and in the bundle). Only one typed in before the roster was used keeps its own.
PARTICIPANT_SQL = (
    "SELECT s.person_id, COALESCE(p.name, s.name), COALESCE(p.email, s.email), "
    "COALESCE(p.phone, s.phone), s.job_title, s.whatsapp, s.sk_number, s.sk_date "
    "FROM it_staff s LEFT JOIN people p ON p.id = s.person_id WHERE s.id = 1")


def participant(workspace: Workspace) -> Participant:
    return Participant(*workspace.db.execute(PARTICIPANT_SQL).fetchone())


def set_participant(workspace: Workspace, chosen: Participant) -> Participant:
    """Record the participant: a roster entry by its id (its name, e-mail and phone are
    read from the roster, never copied), or a name typed in before the roster was used.
    A text over ``MAX_TEXT`` characters is refused with a message, never cut short unseen."""
    if chosen.person_id is not None:  # a reference: nothing of the person is copied
        chosen = replace(chosen, name="", email="", phone="")
    check_lengths(MAX_TEXT, nama=chosen.name, email=chosen.email, telepon=chosen.phone,
                  jabatan=chosen.job_title, whatsapp=chosen.whatsapp,
                  nomor_sk=chosen.sk_number, tanggal_sk=chosen.sk_date)
    if chosen.sk_date.strip():  # kept as 2025-04-30 however typed; an impossible one refused
        day = parse_typed_date(chosen.sk_date)
        if day is None:
            raise LspError("participant.bad_sk_date", value=chosen.sk_date)
        chosen = replace(chosen, sk_date=day.isoformat())
    values = [chosen.person_id, *(_capped(v) for v in (
        chosen.name, chosen.email, chosen.phone, chosen.job_title, chosen.whatsapp,
        chosen.sk_number, chosen.sk_date))]
    with workspace.transaction():
        workspace.db.execute(
            "UPDATE it_staff SET person_id=?, name=?, email=?, phone=?, job_title=?, "
            "whatsapp=?, sk_number=?, sk_date=? WHERE id = 1", values)
        workspace.log_held_change("participant", "training-participant",
                                  person_id=chosen.person_id)
    return participant(workspace)


def not_submitted_assessors(workspace: Workspace) -> dict[int, str]:
    """Assessor id -> why they are not submitted for 2.12."""
    return dict(workspace.db.execute(
        "SELECT person_id, reason FROM assessors_not_submitted").fetchall())


def set_not_submitted(workspace: Workspace, person_id: int, reason: str | None) -> None:
    """Leave an assessor out of 2.12 (``reason`` given) or put them back (``None``)."""
    with workspace.transaction():
        if reason is None:
            workspace.db.execute("DELETE FROM assessors_not_submitted WHERE person_id = ?",
                                 [person_id])
        else:
            if not reason.strip():
                raise LspError("assessor.reason_missing")
            check_lengths(MAX_TEXT, alasan=reason)
            workspace.db.execute("INSERT OR REPLACE INTO assessors_not_submitted VALUES (?, ?)",
                                 [person_id, _capped(reason)])
        workspace.log_change("assessor.not_submitted", None, id=person_id, reason=reason)


def _capped(value: str) -> str:
    return (value or "").strip()[:MAX_TEXT]
