"""The "what is still missing" list as a printable document (same renderer as the
summary): for a meeting, or to chase colleagues, at any time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lsp_desktop.bundle.document import Document, render_html, render_pdf
from lsp_desktop.errors import LspError
from lsp_desktop.messages import format_date, progress_text
from lsp_desktop.status.report import MissingReport, build_report
from lsp_desktop.store.workspace import Workspace


def t(lang: str, id_text: str, en_text: str) -> str:
    return en_text if lang == "en" else id_text


def report_document(report: MissingReport, lang: str = "id") -> Document:
    doc = Document(t(lang, f"Daftar Kekurangan {report.circular}",
                     f"Still missing for {report.circular}"),
                   t(lang, "Dibuat dengan aplikasi LSP Desktop", "Made with LSP Desktop"), lang)
    doc.table(["", ""], [
        [t(lang, "Nama LSP", "LSP name"), report.profile.name or "-"],
        [t(lang, "Keadaan per", "As of"), format_date(report.today, lang)],
        [t(lang, "Kelengkapan", "Progress"), progress_text(report.ready, report.applicable,
                                                           lang)],
    ], [25, 75], show_header=False)
    doc.heading(t(lang, "Butir yang belum siap", "Items not ready"))
    if report.items:
        doc.table([t(lang, "No.", "No."), t(lang, "Persyaratan", "Requirement"),
                   t(lang, "Status", "State"), t(lang, "Yang kurang atau salah",
                                                 "What is missing or wrong")],
                  [[g.point, g.title, g.state, "\n".join(f"• {p}" for p in g.problems)]
                   for g in report.items], [6, 26, 13, 55])
    else:
        doc.paragraph(t(lang, "Semua butir sudah siap.", "Every item is ready."))
    doc.heading(t(lang, "Belum kirim (submit) data SIAPkerja",
                  "Not yet submitted to SIAPkerja"))
    if report.people:
        doc.table([t(lang, "Nama", "Name"), t(lang, "Peran", "Role"),
                   t(lang, "Status SIAPkerja", "SIAPkerja state")],
                  [list(p) for p in report.people], [45, 25, 30])
    else:
        doc.paragraph(t(lang, "Semua personel yang tercatat sudah kirim (submit).",
                        "Everyone listed has submitted."))
    doc.heading(t(lang, "Dokumen asesor (2.11) yang belum disiapkan",
                  "Assessor documents (2.11) not yet prepared"))
    if report.assessors:
        doc.table([t(lang, "Asesor", "Assessor"), t(lang, "Belum ada", "Missing")],
                  [[name, ", ".join(kinds)] for name, kinds in report.assessors], [40, 60])
    else:
        doc.paragraph(t(lang, "Tidak ada yang kurang.", "Nothing missing."))
    if report.left_out:
        doc.heading(t(lang, "Asesor yang tidak diajukan di 2.12",
                      "Assessors not submitted for 2.12"))
        doc.table([t(lang, "Asesor", "Assessor"), t(lang, "Alasan", "Reason")],
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
