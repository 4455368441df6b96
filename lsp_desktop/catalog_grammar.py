"""What a circular file may hold before it is believed: one strict grammar for ids and
item numbers, and a nesting depth tomllib is never asked to recurse past.

A circular comes from anyone (an admin adds a file a colleague sent). Its ids become file
names (the added copy, bundle members such as ``2.09-npwp.pdf``) and words in messages, so
they are plain ASCII: lower-case letters and digits joined by single hyphens. Nothing else
passes, after NFKC or not: no path ("../", "/"), no markup, no space, no zero-width or
look-alike character (a Unicode hyphen, a full-width letter). Two different ids therefore
never make the same file name, on any file system.
"""

from __future__ import annotations

import re
import unicodedata

# Items, groups, categories and the circular itself; 40 characters are plenty for a name
# an admin reads and types.
ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
# LSP types are licence codes written in capitals by BNSP (P1, P2, P3).
TYPE_ID = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", re.ASCII)
MAX_ID = 40
# Names Windows keeps for devices: "nul.toml" cannot be written there.
RESERVED = {"con", "prn", "aux", "nul", *(f"{kind}{n}" for kind in ("com", "lpt")
                                          for n in range(10))}
# An item's number in the circular: 1, 2.9, 2.10; at most four levels of three digits.
POINT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}", re.ASCII)
# Whole numbers a catalogue states (version, size in MB, pixels): none is anywhere near.
MAX_NUMBER = 1_000_000
# Deeper than this is an attack: a real catalogue nests three levels ([[requirements]]
# holding a list). tomllib recurses on arrays and tables, and builds dotted keys
# (a.a.a… 20,000 times) at a cost of gigabytes.
MAX_DEPTH = 16

_TOKEN = re.compile(r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|'
                    r"#[^\n]*|[\[\]{}.\n]", re.DOTALL)


def is_id(value: str, capitals: bool = False) -> bool:
    grammar = TYPE_ID if capitals else ID
    return len(value) <= MAX_ID and grammar.fullmatch(value) is not None \
        and value.lower() not in RESERVED


def is_point(value: str) -> bool:
    return POINT.fullmatch(value) is not None


def shown(value: str, limit: int = 60) -> str:
    """A refused value as the admin can see what is wrong with it: an invisible or
    look-alike character written as its code (``abc\\u200b``), a long one cut short."""
    cut = value[:limit] + ("…" if len(value) > limit else "")
    return ascii(cut)[1:-1] if cut != unicodedata.normalize("NFKC", cut) or not cut.isascii() \
        or not cut.isprintable() or cut != cut.strip() else cut


def bad_character(text: str, lines: bool = False) -> str | None:
    """The first control, zero-width or direction character in a text field (a newline
    or tab only where ``lines`` are allowed), written as its code; None when there is none."""
    for char in text:
        if lines and char in "\n\t":
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return f"U+{ord(char):04X}"
    return None


def too_deep(text: str) -> bool:
    """Whether the TOML text nests deeper than MAX_DEPTH: open brackets and braces, plus
    the dots of the line at hand (dotted keys and table names), outside strings and
    comments. Linear in the text; run before tomllib reads a byte."""
    depth = dots = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "[" or token == "{":
            depth += 1
        elif token == "]" or token == "}":
            depth = max(depth - 1, 0)
        elif token == ".":
            dots += 1
        elif token == "\n":
            dots = 0
        if depth + dots > MAX_DEPTH:
            return True
    return False
