"""The "what is still missing" list as a printable document (same renderer as the
summary): for a meeting, or to chase colleagues, at any time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.chase_pages import add_chase_pages
from lsp_desktop.bundle.printed import PrintedDocument, render_html, render_pdf
from lsp_desktop.messages import format_date, period_text, phrase, progress_text, window_text
from lsp_desktop.status.chase import chase_list
from lsp_desktop.status.missing import ItemGap, MissingReport, build_report
from lsp_desktop.store.workspace import Workspace


def report_document(report: MissingReport, lang: str = "id") -> PrintedDocument:
    circular = report.circular
    doc = PrintedDocument(
        phrase("Still missing for {circular}", lang).format(circular=circular.number),
        phrase("Made with LSP Desktop", lang), lang)
    doc.table(["", ""], [
        [phrase("LSP name", lang), report.profile.name or "-"],
        [phrase("As of", lang), format_date(report.today, lang)],
        [phrase("Completeness", lang), progress_text(report.ready, report.applicable,
                                                           lang)],
        [phrase("Time given by the circular", lang),
         period_text(circular.window_start, circular.window_end, circular.training_link, lang)
         + ("\n" + window_text(circular.window_start, circular.window_end, report.today, lang)
            if report.today > circular.window_end else "")],
    ], [25, 75], show_header=False)
    if report.profile_gaps:
        doc.heading(phrase("LSP profile not filled in", lang))
        doc.paragraph(phrase("Fill these in first: without the LSP type and category the app "
                             "cannot tell which items apply. Missing: {fields}.", lang).format(
            fields=", ".join(report.profile_gaps)))
    doc.heading(phrase("Items not ready", lang))
    if report.items:
        _gaps_table(doc, report.items, lang)
    else:
        doc.paragraph(phrase("Every item is ready.", lang))
    if report.warned:
        doc.heading(phrase("Ready, with warnings to look at", lang))
        _gaps_table(doc, report.warned, lang)
    if report.people_point is not None:
        _people(doc, report, lang)
    if report.documents_point is not None:
        _assessor_documents(doc, report, lang)
    if report.left_out and report.assessor_data_point is not None:
        doc.heading(phrase("Assessors not submitted for {point}", lang).format(
            point=report.assessor_data_point))
        doc.table([phrase("Assessor", lang), phrase("Reason", lang)],
                  [list(row) for row in report.left_out], [40, 60])
    return doc


def _gaps_table(doc: PrintedDocument, gaps: list[ItemGap], lang: str) -> None:
    doc.table([phrase("No.", lang), phrase("Requirement", lang),
               phrase("State", lang), phrase("What is missing or wrong", lang)],
              [[g.point, g.title, g.state, "\n".join(f"• {p}" for p in g.problems)]
               for g in gaps], [6, 26, 13, 55])


def _people(doc: PrintedDocument, report: MissingReport, lang: str) -> None:
    doc.heading(phrase("Not yet submitted to SIAPkerja", lang))
    if report.people:
        doc.table([phrase("Name", lang), phrase("Role", lang),
                   phrase("SIAPkerja state", lang)],
                  [list(p) for p in report.people], [45, 25, 30])
    elif report.people_total == 0:  # an empty roster is not "everyone has submitted"
        doc.paragraph(phrase("No one is listed yet: add the Unsur Pengarah, Unsur Pelaksana "
                             "and Asesor.", lang))
    else:
        doc.paragraph(phrase("Everyone listed has submitted.", lang))


def _assessor_documents(doc: PrintedDocument, report: MissingReport, lang: str) -> None:
    doc.heading(phrase("Assessor documents ({point}) not yet prepared", lang).format(
        point=report.documents_point))
    if report.assessors:
        doc.table([phrase("Assessor", lang), phrase("Missing", lang)],
                  [[name, ", ".join(kinds)] for name, kinds in report.assessors], [40, 60])
    elif report.assessors_total == 0:
        doc.paragraph(phrase("No assessor is listed yet.", lang))
    else:
        doc.paragraph(phrase("Every listed assessor's four documents are prepared in the app.",
                             lang))


def write_report(workspace: Workspace, target: Path, today: dt.date, lang: str = "id") -> Path:
    """Write the list to the file the admin named: HTML if it ends in .htm(l), else PDF.
    It names people, so it is created owner-only."""
    target = Path(target)
    if target.suffix.lower() not in (".pdf", ".html", ".htm"):
        target = target.with_name(target.name + ".pdf")
    document = report_document(build_report(workspace, today, lang), lang)
    add_chase_pages(document, chase_list(workspace, today, lang), lang)
    data = (render_html(document).encode("utf-8") if target.suffix.lower() != ".pdf"
            else render_pdf(document))
    from lsp_desktop.base.files import reason_code, write_private

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
