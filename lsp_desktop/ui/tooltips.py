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

# Qt sizes a rich tooltip as a narrow column, so its width is set here by its lines, never
# wrapped by Qt: a line as long as a file's name with a few words is kept whole, as a
# plain tooltip keeps it; a longer one (an item's description) is broken at its spaces
# into lines of at most WRAP_AT characters, never wider than a laptop's screen.
LONGEST_LINE = 120
WRAP_AT = 100


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows it as it is: its line breaks kept, no markup."""
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if any(len(line) > LONGEST_LINE for line in lines):
        import textwrap  # only for long lines (loaded at start anyway, by PySide)

        lines = [part for line in lines for part in (textwrap.wrap(
            line, WRAP_AT, break_long_words=False, break_on_hyphens=False,
            replace_whitespace=False) if len(line) > LONGEST_LINE else [line]) or [""]]
    escaped = "\n".join(lines).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<p style="white-space:pre">{escaped}</p>'
