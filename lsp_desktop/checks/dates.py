"""Dates an admin types: 30/04/2025, 30-04-2025, 2025-04-30, "30 April 2025" or
"30 Apr 2025" (Indonesian or English month names). Day first, as written in Indonesia."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    "januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2,
    "pebruari": 2, "maret": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mei": 5,
    "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8, "september": 9, "sep": 9,
    "sept": 9, "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11,
    "nopember": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}


def parse_typed_date(text: str) -> dt.date | None:
    """The date meant, or None when the text is not one (2025-13-01, 31/02/2025, "besok")."""
    text = " ".join(text.strip().split())
    numbers: tuple[int, int, int] | None = None
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = (int(g) for g in match.groups())
        numbers = (year, month, day)
    elif match := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text):
        day, month, year = (int(g) for g in match.groups())
        numbers = (year, month, day)
    elif match := re.fullmatch(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})", text):
        month_number = _MONTHS.get(match.group(2).lower())
        if month_number:
            numbers = (int(match.group(3)), month_number, int(match.group(1)))
    if numbers is None:
        return None
    try:
        return dt.date(*numbers)
    except ValueError:
        return None
