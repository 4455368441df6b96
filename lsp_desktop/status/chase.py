"""Chasing what is missing: for each person, what is still needed from them (SIAPkerja not
yet submitted, which 2.11 documents, a certificate about to expire), as a plain message the
admin copies into WhatsApp or an e-mail, with the circular's date while its period is open.
What applies is asked of the catalogue: an item the circular does not name is not chased."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.assessors import EXPIRY_WARNING_DAYS, expiry_of
from lsp_desktop.checks.findings import INFO, Finding, verdict_of
from lsp_desktop.messages import MESSAGES, SIAPKERJA_LABELS, format_date, label, render
from lsp_desktop.status.assessor_documents import kept_file_findings
from lsp_desktop.status.missing import ASSESSOR_FILE_LABELS
from lsp_desktop.store.participant import not_submitted_assessors
from lsp_desktop.store.people_lookup import find_person
from lsp_desktop.store.records import ASSESSOR_FILE_KINDS, Person, Records
from lsp_desktop.store.workspace import Workspace


@dataclass
class Chase:
    name: str
    nik: str
    email: str
    phone: str
    needs: list[str] = field(default_factory=list)
    message: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def chase_list(workspace: Workspace, today: dt.date, lang: str = "id",
               person: str = "") -> list[Chase]:
    """Everyone something is still needed from (or the one ``person`` names, matched as
    ``store.people_lookup.find_person`` does: a name nobody has, or several have, is an
    ``LspError``)."""
    records = Records(workspace)
    catalog = workspace.catalog
    asks_siapkerja = catalog.holder("people") is not None
    documents_item = catalog.holder("assessor-documents")
    asks_certificates = catalog.holder("assessors") is not None
    left_out = not_submitted_assessors(workspace)
    chased = []
    people = records.people()
    if person:
        if not people:
            raise LspError("chase.no_personnel")
        people = [find_one(people, person)]
    for someone in people:
        needs = []
        if asks_siapkerja and someone.siapkerja != "sudah-submit":
            needs.append(render("chase.siapkerja", {
                "state": label(SIAPKERJA_LABELS, someone.siapkerja, lang)}, lang))
        if someone.role == "asesor" and someone.id not in left_out:
            if documents_item is not None:
                needs += _documents(records, someone, documents_item.point, lang)
            if asks_certificates:
                needs += _certificate(records, someone, today, lang)
        if needs:
            chase = Chase(someone.name, someone.nik, someone.email, someone.phone, needs)
            chase.message = _message(workspace, chase, today, lang)
            chased.append(chase)
    return chased


def why_nobody(workspace: Workspace, lang: str = "id", person: str = "") -> str:
    """What to say when ``chase_list`` is empty: never "everyone is done" of an empty list."""
    people = Records(workspace).people()
    if not people:
        return render("chase.no_personnel", {}, lang)
    if person:
        return render("chase.person_done", {"name": find_one(people, person).name}, lang)
    return render("chase.nobody", {}, lang)


def find_one(people: list[Person], key: str) -> Person:
    """The person ``key`` names as an admin types it: the NIK, the whole name, or a part of
    it ("eko" for Eko Prasetyo), by the rule every command shares (store/people_lookup)."""
    return find_person(people, key)


def _documents(records: Records, someone: Person, point: str, lang: str) -> list[str]:
    kept = records.assessor_files(someone.saved_id)
    missing = [label(ASSESSOR_FILE_LABELS, k, lang) for k in ASSESSOR_FILE_KINDS
               if k not in kept]
    # As the printable list says it: a kept file the checks question (a warning too: a
    # pasfoto on blue) is not prepared; the message names what to fix.
    again = [_to_fix(label(ASSESSOR_FILE_LABELS, k, lang),
                     kept_file_findings(records, kept[k]), lang)
             for k in ASSESSOR_FILE_KINDS if k in kept
             and verdict_of(kept_file_findings(records, kept[k])) != "ok"]
    needs = []
    if missing:
        needs.append(render("chase.documents", {"documents": ", ".join(missing),
                                                 "point": point}, lang))
    if again:
        needs.append(render("chase.documents_to_fix", {"documents": "; ".join(again)}, lang))
    return needs


def _to_fix(document: str, findings: list[Finding], lang: str) -> str:
    """"Pasfoto (perlu diperbaiki: latar belakang bukan merah)": each problem in a few
    words the colleague understands, the general words for one without its own."""
    problems = []
    for finding in findings:
        if finding.severity == INFO:
            continue
        code = f"chase.fix.{finding.code}"
        words = render(code if code in MESSAGES else "chase.fix.other", {}, lang)
        if words not in problems:
            problems.append(words)
    return render("chase.needs_fixing", {"document": document,
                                         "problems": ", ".join(problems)}, lang)


def _certificate(records: Records, someone: Person, today: dt.date, lang: str) -> list[str]:
    data = records.assessor_data(someone.saved_id)
    expiry = expiry_of(data.issued_on, data.expires_on)
    if expiry is None:
        return []
    if expiry < today:
        return [render("chase.certificate_expired", {"date": format_date(expiry, lang)},
                       lang)]
    if (expiry - today).days <= EXPIRY_WARNING_DAYS:
        return [render("chase.certificate_expiring", {"date": format_date(expiry, lang)},
                       lang)]
    return []


def _message(workspace: Workspace, chase: Chase, today: dt.date, lang: str) -> str:
    circular = workspace.catalog.circular
    lsp = workspace.profile().name or "LSP"
    lines = [render("chase.greeting", {"name": chase.name}, lang), "",
             render("chase.intro", {"number": circular.number, "lsp": lsp}, lang)]
    lines += [f"{index}. {need}" for index, need in enumerate(chase.needs, start=1)]
    if today <= circular.window_end:  # the circular's date only while its period is open
        lines += ["", render("chase.deadline", {"date": format_date(circular.window_end,
                                                                    lang)}, lang)]
    lines += ["", render("chase.thanks", {}, lang)]
    return "\n".join(lines)
