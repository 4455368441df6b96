"""Dates and times in words, and the circular's time to complete the requirements as the
admin reads it today: "20 hari kalender untuk melengkapi persyaratan, mulai 5 Mei 2025
sampai dengan 25 Mei 2025" (point 3 of SE.007). The words are entries of
messages/texts_time.py, looked up in the one store (messages/table.py)."""

from __future__ import annotations

import datetime as dt

from lsp_desktop.messages.table import lookup, paired
from lsp_desktop.messages.texts_time import MONTH_NAMES


def _text(code: str, lang: str, **values: object) -> str:
    return str(lookup(code, lang)).format(**values)


def format_date(day: dt.date, lang: str = "id") -> str:
    return f"{day.day} {paired(MONTH_NAMES[str(day.month)], lang)} {day.year}"


# Indonesia's three time zones by their UTC offset in hours, as people say them.
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}


def format_moment(moment: dt.datetime, lang: str = "id") -> str:
    """"17 Maret 2026 pukul 09.30 WIB": a time for people to read, never without its zone
    (a naive time is taken as this computer's)."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    offset = moment.utcoffset() or dt.timedelta()
    hours, rest = divmod(int(offset.total_seconds()) // 60, 60)
    sign = "+" if offset >= dt.timedelta() else "-"
    utc = f"UTC{sign}{abs(hours):02d}:{rest:02d}"
    zone = _ZONES.get(hours) if not rest else None
    return _text("time.moment", lang, date=format_date(moment.date(), lang),
                 hours=f"{moment:%H}", minutes=f"{moment:%M}",
                 zone=f"{zone} ({utc})" if zone else utc)


def period_text(start: dt.date, end: dt.date, link: str, lang: str = "id") -> str:
    """The circular's time, in its own words: days to complete the requirements, from
    when to when, then registering for the training (point 3 of SE.007)."""
    text = _text("time.period", lang, days=(end - start).days,
                 first=format_date(start, lang), last=format_date(end, lang))
    return text + (_text("time.period_training", lang, link=link) if link else "")


def window_text(start: dt.date, end: dt.date, today: dt.date, lang: str = "id") -> str:
    """The circular's time to complete the requirements, as the admin needs to read it
    today (the circular's words: "waktu … untuk melengkapi persyaratan")."""
    first, last = format_date(start, lang), format_date(end, lang)
    if today < start:
        return _text("time.window_ahead", lang, first=first, last=last,
                     days=_days((start - today).days, lang))
    if today == end:
        return _text("time.window_last_day", lang, last=last)
    if today <= end:
        return _text("time.window_left", lang, last=last, days=_days((end - today).days, lang))
    return _text("time.window_ended", lang, first=first, last=last,
                 days=_days((today - end).days, lang))


def _days(count: int, lang: str) -> str:
    return _text("time.day" if count == 1 else "time.days", lang, count=count)


def registration_text(end: dt.date, today: dt.date, link: str, complete: bool,
                      lang: str = "id") -> str:
    """The training registration link: the next step once all is ready, and after the
    window still shown, but as the circular's link rather than an instruction."""
    if not link:
        return ""
    if today > end:
        return _text("time.registration_link", lang, link=link)
    if complete:
        return _text("time.registration_next", lang, link=link)
    return ""
