"""The printable missing-items list's page per person: the message that chases them, to
hand over on paper or to read out at a meeting."""

from __future__ import annotations

from lsp_desktop.bundle.printed import PrintedDocument
from lsp_desktop.messages import phrase
from lsp_desktop.status.chase import Chase


def add_chase_pages(document: PrintedDocument, chased: list[Chase], lang: str) -> None:
    for chase in chased:
        document.page_break()
        document.heading(phrase("Still needed from {name}", lang).format(name=chase.name))
        contact = " · ".join(v for v in (chase.nik, chase.phone, chase.email) if v)
        if contact:
            document.paragraph(contact, "note")
        document.paragraph(chase.message)
