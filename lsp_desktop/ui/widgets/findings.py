"""Findings as the panels show them: a coloured word, a symbol, and the message."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from lsp_desktop.checks.findings import Finding
from lsp_desktop.messages import SEVERITY_LABELS, label
from lsp_desktop.ui.i18n import tr
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


def refusals_html(refusals: Sequence[tuple[str, object]]) -> str:
    """Files an item did not take, as findings are shown: the file, why, what to do."""
    color = state_color("error").name()
    word = escape(tr("Not attached"))
    return "".join(
        f"<p style='margin:0 0 6px 0'><span style='color:{color}'><b>{SYMBOLS['error']} "
        f"{word}: {escape(name)}</b></span><br/>{escape(str(message))}</p>"
        for name, message in refusals)
