"""How ``render`` says a message's values: one table, VALUE_SHAPES, of the value names it
treats specially (an item's id as its number and title, a format's code in words, a date
in the language's words, a message carried inside another, …) and what it does with each.
The raisers pass codes and plain values, never words: the words for them are said here,
once, in the message's language, so a third language's table says them all
(tests/messages/test_third_language_refusals.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from lsp_desktop import messages as m
from lsp_desktop.base.filenames import printable
from lsp_desktop.messages.texts_catalog import KIND_NAMES
from lsp_desktop.messages.texts_guard import REASONS as OS_REASONS
from lsp_desktop.messages.wording import Wording

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NAME_KEYS = {"name", "path", "file", "existing"}
_ALLOWED_NAMES = {"jpeg": "JPG/JPEG"}


class Context:
    """What a value shape needs besides the values: the message, its language, its
    wording, and render itself (for a message carried inside another)."""

    def __init__(self, code: str, lang: str, wording: Wording,
                 render: Callable[[str, Any, str, Wording], str]) -> None:
        self.code, self.lang, self.wording, self.render = code, lang, wording, render


def _format_found(shown: dict[str, Any], said: Context) -> None:
    shown["detected_name"] = m.format_name(str(shown["detected"]), said.lang)
    shown["advice"] = m.format_advice(str(shown["detected"]), str(shown.get("allowed", "")),
                                      said.lang)


def _allowed(shown: dict[str, Any], said: Context) -> None:
    shown["allowed"] = "/".join(_ALLOWED_NAMES.get(f, f.upper())
                                for f in str(shown["allowed"]).split("/"))


def _named(shown: dict[str, Any], said: Context) -> None:
    shown["named_ext"] = {"jpeg": ".jpg"}.get(shown["named"], f".{shown['named']}")


def _file_names(shown: dict[str, Any], said: Context) -> None:
    for key in _NAME_KEYS & shown.keys():  # a file name must not forge a line or reverse
        shown[key] = printable(str(shown[key]))


def _reason(shown: dict[str, Any], said: Context) -> None:
    if shown["reason"] in OS_REASONS:  # never the OS's own English in a message
        shown["reason"] = m.label(OS_REASONS, shown["reason"], said.lang)
    if shown["reason"] in m.PDF_REASONS:
        shown["reason_text"] = m.label(m.PDF_REASONS, shown["reason"], said.lang)


def _date(shown: dict[str, Any], said: Context) -> None:
    if isinstance(shown["date"], str) and _ISO_DAY.fullmatch(shown["date"]):
        with contextlib.suppress(ValueError):  # 2024-02-30 is quoted as typed: it is the fault
            shown["date"] = m.format_date(dt.date.fromisoformat(shown["date"]), said.lang)


def _requirement(shown: dict[str, Any], said: Context) -> None:
    if (item := said.wording.item(str(shown["requirement"]), said.lang)) is not None:
        shown["requirement"] = item


def _points(shown: dict[str, Any], said: Context) -> None:
    for key, point in said.wording.point_values().items():
        shown.setdefault(key, point)


# A value that is a key of one of messages' label tables, said as its words there:
# value name -> (the table's name in messages, read when said; where the words go).
LABELLED = {
    "platform": ("PLATFORM_NAMES", "platform_name"),
    "role": ("ROLE_LABELS", "role_name"),
    "form": ("FORM_LABELS", "form"),
    "document": ("ASSESSOR_DOCUMENT_NAMES", "document"),  # a 2.11 document's kind
}


def _labelled(shown: dict[str, Any], said: Context) -> None:
    for key in LABELLED.keys() & shown.keys():
        table, target = LABELLED[key]
        shown[target] = m.label(getattr(m, table), str(shown[key]), said.lang)


def _field(shown: dict[str, Any], said: Context) -> None:
    if said.code in ("field.too_long", "field.control_character"):  # named as the store does
        shown["field"] = m.label(m.FIELD_LABELS, str(shown.get("field", "")), said.lang)


def _item_ids(shown: dict[str, Any], said: Context) -> None:
    if isinstance(shown["item_ids"], list):
        shown["items"] = m.item_list([str(i) for i in shown["item_ids"]], said.lang, said.wording)


def _kinds(shown: dict[str, Any], said: Context) -> None:
    """The kinds a catalogue's value may be of (Python's type names), as "teks atau daftar"."""
    joiner = m.label(KIND_NAMES, " or ", said.lang)
    shown["kind"] = joiner.join(m.label(KIND_NAMES, str(k), said.lang)
                                for k in shown["kinds"])


def _lacking_documents(shown: dict[str, Any], said: Context) -> None:
    """``[[person, [document kind, …]], …]`` as "Citra Dewi (KTP, Pasfoto); …"."""
    def named(kinds: list[str]) -> str:
        return ", ".join(m.label(m.ASSESSOR_DOCUMENT_NAMES, str(k), said.lang) for k in kinds)
    shown["missing"] = printable("; ".join(f"{person} ({named(kinds)})"
                                           for person, kinds in shown["lacking_documents"]))


# A message said inside a message (a catalogue's fault, a refusal's reason): its code and
# values under ``{prefix}_code``/``{prefix}_values``, and ``{prefix}_source`` if it is the
# app's advice rather than the circular's rule (checks/findings.py), said in the same
# language as the message that carries it. Made by ``Finding.carried``/``LspError.carried``.
CARRIED = {"problem": "problem", "reason": "reason"}  # prefix -> where the words go


def said_inside(carried: dict[str, Any], prefix: str, said: Context) -> str:
    text = said.render(str(carried[f"{prefix}_code"]), carried.get(f"{prefix}_values"),
                       said.lang, said.wording)
    return text + m.rule_note(str(carried.get(f"{prefix}_source") or ""), said.lang)


def _carried(shown: dict[str, Any], said: Context) -> None:
    for prefix, target in CARRIED.items():
        if f"{prefix}_code" in shown:
            shown[target] = said_inside(shown, prefix, said)
    if isinstance(shown.get("reasons"), list):
        # Several reasons, each a sentence of its own: the message ends the list with its
        # own full stop.
        shown["reason"] = "; ".join(said_inside(reason, "reason", said).rstrip(" .")
                                    for reason in shown["reasons"])


ValueShape = Callable[[dict[str, Any], Context], None]

# The value names render treats specially, in the order it applies them: the names that
# call for a shape (none: every message) and how the values are said. A new kind of value
# goes here, once, rather than being worded by each raiser: raisers pass codes (a format,
# an OS fault, a document's kind, a message inside the message), never words. Sizes and
# printable text are said before these (render).
VALUE_SHAPES: tuple[tuple[frozenset[str], ValueShape], ...] = (
    (frozenset({"detected"}), _format_found),  # the format found, and what to do about it
    (frozenset({"allowed"}), _allowed),  # "pdf/jpeg" as "PDF/JPG/JPEG"
    (frozenset({"named"}), _named),  # the extension the name claims
    (frozenset(_NAME_KEYS), _file_names),
    (frozenset({"reason"}), _reason),  # an OS or a PDF fault's code, in words
    (frozenset({"date"}), _date),  # 2025-04-30 as "30 April 2025"
    (frozenset({"requirement"}), _requirement),  # an item's id as "2.3 SK Asesor …"
    (frozenset(), _points),  # {roster_point}, {data_point}, … as the catalogue numbers them
    (frozenset(LABELLED), _labelled),  # a platform, a role, a form, a 2.11 document
    (frozenset(), _field),  # a stored field's name, in the store's refusals
    (frozenset({"item_ids"}), _item_ids),  # items as the admin knows them
    (frozenset({"kinds"}), _kinds),  # what a catalogue's value should be
    (frozenset({"lacking_documents"}), _lacking_documents),  # 2.11 documents per assessor
    (frozenset({f"{p}_code" for p in CARRIED} | {"reasons"}), _carried),
)


def shape_values(shown: dict[str, Any], said: Context) -> None:
    """The values of a message as it says them (VALUE_SHAPES), in place."""
    for names, shape in VALUE_SHAPES:
        if not names or names & shown.keys():
            shape(shown, said)
