"""What the assessors' documents prepared in the app (2.11) say of the item: a kept file
that breaks a rule is a warning named per assessor and document; an assessor with nothing
here is a warning; one with some documents missing only informs.

Why not an error for an assessor with nothing here: point 2.11 of the circular asks for "link
google drive yang memuat dokumen tsb" — the Drive link is what is sent, and the documents may
already be in that folder without passing through the app, which cannot look inside Drive
offline. So the app cannot say they are missing, only ask the admin to make sure (warning).
For the same reason the circular sets no format or size for these documents: a kept file
over 2 MB or locked breaks the app's rule, not the circular's, and is advice (warning) that
says so. Only the red background of the pasfoto is the circular's own words."""

from __future__ import annotations

from lsp_desktop.checks.assessors import CIRCULAR_DOCUMENT_RULES
from lsp_desktop.checks.findings import APP, CIRCULAR, INFO, WARNING, Finding
from lsp_desktop.store.records import ASSESSOR_FILE_KINDS, AssessorFile, Records


def assessor_documents_findings(records: Records) -> list[Finding]:
    findings: list[Finding] = []
    nothing_here: list[str] = []
    partly: list[tuple[str, list[str]]] = []
    for person in records.people("asesor"):
        files = records.assessor_files(person.saved_id)
        if not files:
            nothing_here.append(person.name)
            continue
        lacking = [k for k in ASSESSOR_FILE_KINDS if k not in files]
        if lacking:
            partly.append((person.name, lacking))
        for kind in ASSESSOR_FILE_KINDS:
            if kind in files:
                findings += _file_problems(records, person.name, files[kind])
    if nothing_here:
        findings.append(Finding("assessor_files.none_here", WARNING,
                                {"names": ", ".join(nothing_here)}))
    if partly:  # the documents' kinds: the message names them in its language
        findings.append(Finding("assessor_files.incomplete", INFO, {
            "lacking_documents": [[name, kinds] for name, kinds in partly]}))
    return findings


def kept_file_findings(records: Records, file: AssessorFile) -> list[Finding]:
    """What the checks said of a kept file: read from the workspace's check results (the
    file is read and checked only the first time), so the often-redrawn status is cheap."""
    return records.assessor_file_findings(file)


def _file_problems(records: Records, name: str, file: AssessorFile) -> list[Finding]:
    """Each warning or error of one kept file, saying whose document it is."""
    return [Finding("assessor_files.document_problem", f.severity,
                    # whose rule it is said once, after the whole message
                    {"name": name, "document": file.kind, "file": file.name,
                     "problem_code": f.code, "problem_values": f.values},
                    CIRCULAR if f.code in CIRCULAR_DOCUMENT_RULES else APP)
            for f in kept_file_findings(records, file) if f.severity != INFO]
