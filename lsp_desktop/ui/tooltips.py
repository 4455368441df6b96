"""Tooltips that show their words as words.

Qt shows a tooltip as rich text whenever ``Qt::mightBeRichText`` guesses so (a known tag
before the first line break), and no widget can say otherwise. A tooltip quoting a name, a
file's name, a spreadsheet's cell or a circular's words would draw an ``<img src=…>`` in
them as a picture, read from the disk or, on Windows, from any ``\\\\host\\share`` it
names. So every tooltip that quotes such text is made here: escaped, then wrapped as rich
text, which always reads exactly as written (``tests/ui/test_hostile_tooltips.py``).

Pure Python, naming no Qt type: the checklist sets its tooltips before its first paint
(see ``qt_values.py``).
"""

from __future__ import annotations

# A plain tooltip keeps each line whole; one line longer than this wraps at the width Qt
# gives a rich tooltip, as a long plain one does, rather than run across the screen.
LONGEST_KEPT_LINE = 80


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is: its line breaks kept, no markup."""
    if not text:
        return ""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    longest = max((len(line) for line in text.splitlines()), default=0)
    spacing = "pre" if longest <= LONGEST_KEPT_LINE else "pre-wrap"
    return f'<p style="white-space:{spacing}">{escaped}</p>'
