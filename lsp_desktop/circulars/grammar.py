"""What a circular file may hold before it is believed: one strict grammar for ids and
item numbers, a nesting depth tomllib is never asked to recurse past (``read_toml``), and
the reader that holds each value of a table to its kind and range (``TableReader``).

A circular comes from anyone (an admin adds a file a colleague sent). Its ids become file
names (the added copy, bundle members such as ``2.09-npwp.pdf``) and words in messages, so
they are plain ASCII: lower-case letters and digits joined by single hyphens. Nothing else
passes, after NFKC or not: no path ("../", "/"), no markup, no space, no zero-width or
look-alike character (a Unicode hyphen, a full-width letter). Two different ids therefore
never make the same file name, on any file system.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from lsp_desktop.base.errors import LspError

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
    # Python's non-printable characters are the categories C* and Z* but the ASCII space:
    # a text printable whole (as nearly every one is) has none of ours, found at C speed.
    if (text.replace("\n", "").replace("\t", "") if lines else text).isprintable():
        return None
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


def read_toml(data: bytes, path: Path) -> dict:
    """A circular file's TOML, refused in plain words when it is not text, not TOML, nested
    deeper than MAX_DEPTH (checked before tomllib recurses) or holds an absurd number."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise LspError("catalog.invalid", file=str(path), item="-", field="-",
                       problem_code="catalog_problem.not_text", problem_values={}) from None
    # Before tomllib recurses (arrays 1,000 deep) or builds 20,000 dotted levels (GBs).
    too_nested = LspError("catalog.invalid", file=str(path), item="-", field="-",
                          problem_code="catalog_problem.too_deep", problem_values={})
    if too_deep(text):
        raise too_nested
    import tomllib  # here: a start reads the catalogue it read before (parsed_cache.py)

    try:
        raw = tomllib.loads(text)
    except (RecursionError, MemoryError):
        raise too_nested from None
    except ValueError as exc:
        if not isinstance(exc, tomllib.TOMLDecodeError):  # a number of 5,000 digits
            raise LspError("catalog.invalid", file=str(path), item="-", field="-",
                           problem_code="catalog_problem.number_range",
                           problem_values={"found": "…", "limit": MAX_NUMBER}) from None
        raise _not_toml(exc, path, text) from None
    return raw


def _not_toml(exc: ValueError, path: Path, text: str) -> LspError:
    where = re.search(r"line (\d+), column (\d+)", str(exc))
    if where:
        line, column = where[1], where[2]
    else:  # "at end of document" (a quote left open): the end, where the admin looks
        lines = text.rstrip("\n").split("\n")
        line, column = str(len(lines)), str(len(lines[-1]) + 1)
    return LspError("catalog.invalid", file=str(path), item="-", field="-",
                    problem_code="catalog_problem.not_toml",
                    problem_values={"line": line, "column": column})


class TableReader:
    """Reads one table of a circular's TOML file, naming file, item and field on any
    error; every value held to its kind, its range and this module's grammar."""

    def __init__(self, path: Path, table: dict, where: str) -> None:
        self.path, self.table, self.where = path, table, where

    def fail(self, field_name: str, problem: str, **values: object) -> LspError:
        """``problem`` names a ``catalog_problem.*`` message, worded in both languages."""
        return LspError("catalog.invalid", file=str(self.path), item=self.where,
                        field=field_name, problem_code=f"catalog_problem.{problem}",
                        problem_values=values)

    def get(self, name: str, kind: type | tuple[type, ...], required: bool = True,
            default: object = None):
        if name not in self.table:
            if required:
                raise self.fail(name, "missing")
            return default
        value = self.table[name]
        # bool is an int in Python; a true/false where a number belongs is still wrong, and
        # so is a date with a time (a datetime is a date to Python).
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)) or (
                kind is dt.date and isinstance(value, dt.datetime)):
            raise self.fail(name, "wrong_kind", found=shown(repr(value)),
                            kinds=[k.__name__ for k in (kind if isinstance(kind, tuple)
                                                        else (kind,))])
        if isinstance(value, int) and not 0 <= value <= MAX_NUMBER:
            raise self.fail(name, "number_range", found=shown(str(value), 20),
                            limit=MAX_NUMBER)
        return value

    def text(self, name: str, required: bool = True) -> str:
        value = self.get(name, str, required, "")
        if required and not value.strip():
            raise self.fail(name, "empty")
        if bad := bad_character(value, lines=name.startswith("description")):
            raise self.fail(name, "bad_character", found=bad)
        return value

    def ident(self, name: str, capitals: bool = False) -> str:
        """An id of the one strict grammar (catalog_grammar): it may become a file name."""
        value = self.get(name, str)
        if not value.strip():
            raise self.fail(name, "empty")
        if not is_id(value, capitals):
            raise self.fail(name, "id_grammar" if not capitals else "type_grammar",
                            found=shown(value))
        return value

    def words(self, name: str) -> tuple[str, ...]:
        values = self.get(name, list, required=False, default=[])
        if not all(isinstance(v, str) and not bad_character(v) for v in values):
            raise self.fail(name, "not_words", found=shown(repr(values)))
        return tuple(values)

