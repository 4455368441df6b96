"""The "what is still missing" list as a printable document (same renderer as the
summary): for a meeting, or to chase colleagues, at any time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lsp_desktop.bundle.document import Document, render_html, render_pdf
from lsp_desktop.errors import LspError
from lsp_desktop.messages import format_date, phrase, progress_text
from lsp_desktop.status.report import MissingReport, build_report
from lsp_desktop.store.workspace import Workspace


def report_document(report: MissingReport, lang: str = "id") -> Document:
    doc = Document(phrase("Still missing for {circular}", lang).format(circular=report.circular),
                   phrase("Made with LSP Desktop", lang), lang)
    doc.table(["", ""], [
        [phrase("LSP name", lang), report.profile.name or "-"],
        [phrase("As of", lang), format_date(report.today, lang)],
        [phrase("Completeness", lang), progress_text(report.ready, report.applicable,
                                                           lang)],
    ], [25, 75], show_header=False)
    doc.heading(phrase("Items not ready", lang))
    if report.items:
        doc.table([phrase("No.", lang), phrase("Requirement", lang),
                   phrase("State", lang), phrase("What is missing or wrong", lang)],
                  [[g.point, g.title, g.state, "\n".join(f"• {p}" for p in g.problems)]
                   for g in report.items], [6, 26, 13, 55])
    else:
        doc.paragraph(phrase("Every item is ready.", lang))
    doc.heading(phrase("Not yet submitted to SIAPkerja", lang))
    if report.people:
        doc.table([phrase("Name", lang), phrase("Role", lang),
                   phrase("SIAPkerja state", lang)],
                  [list(p) for p in report.people], [45, 25, 30])
    else:
        doc.paragraph(phrase("Everyone listed has submitted.", lang))
    doc.heading(phrase("Assessor documents (2.11) not yet prepared", lang))
    if report.assessors:
        doc.table([phrase("Assessor", lang), phrase("Missing", lang)],
                  [[name, ", ".join(kinds)] for name, kinds in report.assessors], [40, 60])
    else:
        doc.paragraph(phrase("Nothing missing.", lang))
    if report.left_out:
        doc.heading(phrase("Assessors not submitted for 2.12", lang))
        doc.table([phrase("Assessor", lang), phrase("Reason", lang)],
                  [list(row) for row in report.left_out], [40, 60])
    return doc





def write_report(workspace: Workspace, target: Path, today: dt.date, lang: str = "id") -> Path:
    """Write the list to the file the admin named: HTML if it ends in .htm(l), else PDF.
    It names people, so it is created owner-only."""
    target = Path(target)
    if target.suffix.lower() not in (".pdf", ".html", ".htm"):
        target = target.with_name(target.name + ".pdf")
    document = report_document(build_report(workspace, today, lang), lang)
    data = (render_html(document).encode("utf-8") if target.suffix.lower() != ".pdf"
            else render_pdf(document))
    from lsp_desktop.files import reason_code, write_private

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_private(target, data)  # owner-only, never half-written on a full disk
    except OSError as exc:
        raise LspError("report.write_failed", path=str(target),
                       reason=reason_code(exc)) from None
    return target


def write_report_at(workspace_path: Path, catalog, target: Path, today: dt.date,
                    lang: str = "id") -> Path:
    """The same, on its own connection: the window runs it off the UI thread."""
    with Workspace(Path(workspace_path), catalog) as workspace:
        return write_report(workspace, target, today, lang)
