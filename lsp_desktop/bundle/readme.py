"""BACA-SAYA.txt: a short note for whoever receives the bundle, the first file they see
after unzipping. Indonesian first, then English; plain text, so any computer opens it.
It is a BagIt tag file: listed in tagmanifest-sha256.txt like bag-info.txt."""

from __future__ import annotations

import datetime as dt
import textwrap

from lsp_desktop.bundle.guide import GUIDE_NAME
from lsp_desktop.messages import format_moment, template

README_NAME = "BACA-SAYA.txt"


def readme_text(lsp_name: str, licence: str, circular: str, catalog_id: str, draft: bool,
                now: dt.datetime, app: str, period: tuple[str, str] = ("", "")) -> bytes:
    """``period``: the circular's time and training link, in Indonesian and English
    (messages.period_text)."""
    lines = [*_block("id", lsp_name, licence, circular, catalog_id, draft, now, app, period[0]),
             "",
             "---------------------------------------------------------------------------",
             *_block("en", lsp_name, licence, circular, catalog_id, draft, now, app, period[1])]
    # CRLF: Notepad on older Windows shows a file with bare LF as one long line.
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _block(lang: str, lsp_name: str, licence: str, circular: str, catalog_id: str,
           draft: bool, now: dt.datetime, app: str, period: str) -> list[str]:
    """The note in one language: its words are messages/texts_readme.py."""
    head = template("readme.head", lang).format(
        name=lsp_name or "-", licence=licence or "-", circular=circular,
        catalog_id=catalog_id, state=template("readme.draft" if draft else "readme.complete",
                                              lang),
        when=format_moment(now, lang), app=app)
    said = _wrapped(template("readme.period", lang).format(period=period) if period else "")
    body = template("readme.body", lang).format(guide=GUIDE_NAME)
    return [*head.split("\n"), *said, *body.split("\n")]


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 76, break_on_hyphens=False, break_long_words=False)
