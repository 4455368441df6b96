"""Checks of the people roster (point 1): NIK, e-mail, Indonesian phone numbers."""

from __future__ import annotations

import datetime as dt
import re

from lsp_desktop.checks.findings import ERROR, Finding

# Province codes of the Kemendagri numbering, old Papua codes included (NIKs keep them).
PROVINCES = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
             61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97}
_EMAIL = re.compile(r"^[^@\s,;]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def nik_findings(nik: str) -> list[Finding]:
    """A NIK is 16 digits: province (2), regency (2), district (2), birth date DDMMYY
    (day + 40 for women), then a serial number."""
    digits = nik.strip()
    if not digits:
        return [Finding("nik.missing", ERROR)]
    if not digits.isdigit() or len(digits) != 16:
        return [Finding("nik.length", ERROR, {"nik": nik, "count": len(re.sub(r"\D", "", nik))})]
    if int(digits[:2]) not in PROVINCES:
        return [Finding("nik.province", ERROR, {"nik": nik, "code": digits[:2]})]
    if digits[2:4] == "00" or digits[4:6] == "00":
        # Dukcapil numbers regencies and districts from 01.
        return [Finding("nik.region_zero", ERROR, {"nik": nik})]
    if digits[12:] == "0000":
        return [Finding("nik.serial_zero", ERROR, {"nik": nik})]  # serials start at 0001
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    try:
        dt.date(2000 + year, month, day)
    except ValueError:
        return [Finding("nik.birth_date", ERROR, {"nik": nik, "date": digits[6:12]})]
    return []


def normalise_phone(phone: str) -> str:
    return re.sub(r"[\s\-().]", "", phone.strip())


def phone_findings(phone: str) -> list[Finding]:
    number = normalise_phone(phone)
    if not number:
        return []
    if re.fullmatch(r"(\+62|62|0)8\d{7,11}", number) or re.fullmatch(r"(\+62|0)[2-9]\d{6,10}",
                                                                       number):
        return []
    return [Finding("phone.invalid", ERROR, {"phone": phone})]


def restored_mobile(digits: str) -> str | None:
    """A national mobile number (8 and 9 to 12 digits) whose leading 0 a spreadsheet's
    number cell dropped, with the 0 put back; None for anything else (62…, a landline,
    too few digits), which the checks judge as it is."""
    return "0" + digits if re.fullmatch(r"8\d{8,11}", digits) else None


def whatsapp_findings(number: str) -> list[Finding]:
    """WhatsApp runs on a mobile number: 08…, 628… or +628…, not a landline."""
    normal = normalise_phone(number)
    if not normal or re.fullmatch(r"(\+62|62|0)8\d{7,11}", normal):
        return []
    return [Finding("whatsapp.invalid", ERROR, {"phone": number})]


def email_findings(email: str) -> list[Finding]:
    if not email.strip() or _EMAIL.match(email.strip()):
        return []
    return [Finding("email.invalid", ERROR, {"email": email})]
