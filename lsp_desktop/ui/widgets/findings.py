"""Findings as the panels show them: a coloured word, a symbol, and the message."""

from __future__ import annotations

from html import escape

from lsp_desktop.checks.findings import Finding
from lsp_desktop.messages import SEVERITY_LABELS, label
from lsp_desktop.ui.icons import SYMBOLS, state_color


def findings_html(findings: list[Finding], lang: str) -> str:
    rows = []
    for finding in findings:
        color = state_color(finding.severity).name()  # readable on a dark palette too
        symbol = SYMBOLS.get(finding.severity, "•")
        word = label(SEVERITY_LABELS, finding.severity, lang).capitalize()
        rows.append(f"<p style='margin:0 0 6px 0'><span style='color:{color}'><b>{symbol} "
                    f"{escape(word)}:</b></span> {escape(finding.message(lang))}</p>")
    return "".join(rows)
