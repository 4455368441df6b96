"""Dates and times in words, and the circular's time to complete the requirements as the
admin reads it today: "20 hari kalender untuk melengkapi persyaratan, mulai 5 Mei 2025
sampai dengan 25 Mei 2025" (point 3 of SE.007), in both languages."""

from __future__ import annotations

import datetime as dt

_MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def format_date(day: dt.date, lang: str = "id") -> str:
    months = _MONTHS_EN if lang == "en" else _MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


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
    zone_text = f"{zone} ({utc})" if zone else utc
    if lang == "en":
        return f"{format_date(moment.date(), lang)} at {moment:%H:%M} {zone_text}"
    return f"{format_date(moment.date(), lang)} pukul {moment:%H.%M} {zone_text}"


def period_text(start: dt.date, end: dt.date, link: str, lang: str = "id") -> str:
    """The circular's time, in its own words: days to complete the requirements, from
    when to when, then registering for the training (point 3 of SE.007)."""
    days = (end - start).days
    first, last = format_date(start, lang), format_date(end, lang)
    if lang == "en":
        text = f"{days} calendar days to complete the requirements, from {first} to {last}."
        return text + (f" Once complete, the next step is to register for the training at "
                       f"{link}" if link else "")
    text = (f"{days} hari kalender untuk melengkapi persyaratan, mulai {first} sampai dengan "
            f"{last}.")
    return text + (f" Apabila sudah lengkap, selanjutnya melakukan pendaftaran pelatihan pada "
                   f"tautan {link}" if link else "")


def window_text(start: dt.date, end: dt.date, today: dt.date, lang: str = "id") -> str:
    """The circular's time to complete the requirements, as the admin needs to read it
    today (the circular's words: "waktu … untuk melengkapi persyaratan")."""
    en = lang == "en"
    first, last = format_date(start, lang), format_date(end, lang)
    if today < start:
        days = (start - today).days
        return (f"The time to complete the requirements starts {first} ({_days(days)} from "
                f"now) and ends {last}." if en else
                f"Waktu melengkapi persyaratan dimulai {first} ({days} hari lagi) dan "
                f"berakhir {last}.")
    if today == end:
        return (f"Last day to complete the requirements: today, {last}." if en else
                f"Hari terakhir untuk melengkapi persyaratan: hari ini, {last}.")
    if today <= end:
        days = (end - today).days
        return (f"{_days(days)} left to complete the requirements: until {last}." if en else
                f"Sisa {days} hari untuk melengkapi persyaratan: sampai {last}.")
    days = (today - end).days
    return (f"The time this circular gave to complete the requirements ({first} – {last}) "
            f"ended {_days(days)} ago. Its training registration link may no longer work: ask "
            "BNSP for a new schedule or a new circular." if en else
            f"Waktu melengkapi persyaratan menurut surat edaran ini ({first} – {last}) sudah "
            f"berakhir {days} hari lalu. Tautan pendaftaran pelatihannya mungkin sudah tidak "
            "berlaku: tanyakan kepada BNSP jadwal baru atau surat edaran yang baru.")


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def registration_text(end: dt.date, today: dt.date, link: str, complete: bool,
                      lang: str = "id") -> str:
    """The training registration link: the next step once all is ready, and after the
    window still shown, but as the circular's link rather than an instruction."""
    en = lang == "en"
    if not link:
        return ""
    if today > end:
        return (f"Training registration link of this circular: {link}" if en else
                f"Tautan pendaftaran pelatihan dari surat edaran ini: {link}")
    if complete:
        return (f"Everything is complete: next, register for the training at {link}" if en
                else f"Semua sudah lengkap: selanjutnya lakukan pendaftaran pelatihan pada "
                     f"tautan {link}")
    return ""
