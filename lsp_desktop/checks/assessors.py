"""Checks of assessor data (2.12) and of the pasfoto prepared for 2.11."""

from __future__ import annotations

import datetime as dt
import io
import re

from lsp_desktop.checks.dates import parse_typed_date
from lsp_desktop.checks.findings import ERROR, WARNING, Finding

# MET.000.001573 2020, also seen with a dot before the year.
_MET = re.compile(r"^MET\.\d{3}\.\d{6}[ .]\d{4}$", re.IGNORECASE)
VALID_YEARS = 3
EXPIRY_WARNING_DAYS = 90


def parse_date(text: str) -> dt.date | None:
    """A date as the admin types it anywhere in the app (2024-03-17, 17/03/2024,
    17-03-2024, 17.03.2024, "17 Maret 2024"): one reader, checks.dates, for every field."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)  # what the workspace stores, and fast
    except ValueError:
        return parse_typed_date(text)


def iso_date(text: str) -> str:
    """A typed date in the one form the workspace keeps and exports (2027-01-20); text
    that is no date is kept as typed, so that its check can point at it."""
    day = parse_date(text)
    return day.isoformat() if day else text.strip()


# Written like a date, in a form parse_date reads: if it still does not parse, the day or
# month does not exist (31/02/2024), which deserves another message than a wrong form.
_DATE_SHAPE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$"
                         r"|^\d{1,2}[ -][A-Za-z]+\.?[ -]\d{4}$")


def date_problem(text: str) -> str:
    """The message code for a date parse_date refused."""
    return ("assessor.date_impossible" if _DATE_SHAPE.match(text.strip())
            else "assessor.date_invalid")


def expiry_of(issued_on: str, expires_on: str) -> dt.date | None:
    """The expiry date as written, or three years after issue when none is written."""
    expiry = parse_date(expires_on)
    if expiry is None and (issued := parse_date(issued_on)):
        try:
            expiry = issued.replace(year=issued.year + VALID_YEARS)
        except ValueError:  # 29 February
            expiry = issued.replace(year=issued.year + VALID_YEARS, day=28)
    return expiry


def assessor_findings(name: str, met: str, blanko: str, issued_on: str, expires_on: str,
                      today: dt.date) -> list[Finding]:
    findings = []
    values = {"name": name}
    # The circular does not name the MET number: optional, but checked when written.
    if met.strip() and not _MET.match(met.strip()):
        # Real registers vary; an unusual shape is worth a look, not a refusal.
        findings.append(Finding("assessor.met_format", WARNING, values | {"met": met}))
    if not blanko.strip():
        findings.append(Finding("assessor.blanko_missing", ERROR, values))
    for label, text in (("issued", issued_on), ("expires", expires_on)):
        if text.strip() and parse_date(text) is None:
            findings.append(Finding(date_problem(text), ERROR,
                                    values | {"date": text, "which": label}))
    expiry = expiry_of(issued_on, expires_on)
    if expiry is None:
        if not any(f.code in ("assessor.date_invalid", "assessor.date_impossible")
                   for f in findings):
            findings.append(Finding("assessor.dates_missing", ERROR, values))
    elif expiry < today:
        findings.append(Finding("assessor.expired", ERROR, values | {"date": expiry.isoformat()}))
    elif (expiry - today).days <= EXPIRY_WARNING_DAYS:
        findings.append(Finding("assessor.expiring", WARNING,
                                values | {"date": expiry.isoformat(),
                                          "days": (expiry - today).days}))
    return findings


def blanko_shape(number: str) -> str:
    """0012345 -> 9999999, K.0012345 -> A.9999999: what a serial looks like, not its value."""
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", number.strip()))


def blanko_outliers(numbers: list[tuple[str, str]]) -> list[Finding]:
    """Nomor Blanko printed on one batch of forms share a shape; one that differs from
    most of the list (a typo, a MET number in the wrong column) deserves a second look."""
    shapes = [(name, number, blanko_shape(number)) for name, number in numbers
              if number.strip()]
    if len(shapes) < 3:
        return []
    counts: dict[str, int] = {}
    for _, _, shape in shapes:
        counts[shape] = counts.get(shape, 0) + 1
    usual, most = max(counts.items(), key=lambda item: item[1])
    if most * 2 <= len(shapes):
        return []  # no common shape to compare with
    example = next(number for _, number, shape in shapes if shape == usual)
    return [Finding("assessor.blanko_unlike", WARNING,
                    {"name": name, "blanko": number, "usual": example})
            for name, number, shape in shapes if shape != usual]


# What the circular itself says of 2.11's documents: "Pasfoto (latar belakang warna merah)".
# It asks for a Drive folder and sets no format or size: all else the app checks in them
# (a locked or damaged PDF, a scan over 2 MB, an upright photo) is its own advice.
CIRCULAR_DOCUMENT_RULES = frozenset({"pasfoto.not_red"})


def drive_folder_advice(findings: list[Finding]) -> list[Finding]:
    """The findings of a 2.11 document, each marked as whose rule it is."""
    return [f if f.code in CIRCULAR_DOCUMENT_RULES else f.as_app_rule() for f in findings]


def is_red(r: int, g: int, b: int) -> bool:
    """Red, judged by hue and saturation: hue within about 12 degrees of pure red (orange,
    about 30 degrees, fails), strongly coloured (pink and salmon share red's hue but are
    red mixed with white: saturation about 0.5, so they fail) and not too dark (maroon)."""
    import colorsys

    hue, saturation, value = colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)
    degrees = hue * 360
    return (degrees <= 12 or degrees >= 345) and saturation >= 0.6 and value >= 0.35


def pasfoto_pdf_findings(data: bytes) -> list[Finding]:
    """A pasfoto sent as PDF: check the picture inside it, or ask for the image itself."""
    try:
        from pypdf import PdfReader

        pages = PdfReader(io.BytesIO(data)).pages
        # pypdf decodes a picture whole to hand it over: not one past the memory budget.
        affordable = len(pages) == 1 and all(
            _pdf_picture_affordable(x) for x in _page_pictures(pages[0]))
        images = list(pages[0].images) if affordable else []
    except Exception:  # a damaged PDF: the general checks already say so
        images = []
    if len(images) != 1:
        return [Finding("pasfoto.pdf", WARNING)]
    return pasfoto_findings(images[0].data)


def _page_pictures(page) -> list:
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
    xobjects = xobjects.get_object() if xobjects is not None else {}
    return [x.get_object() for x in xobjects.values()] if hasattr(xobjects, "values") else []


def _pdf_picture_affordable(picture) -> bool:
    from lsp_desktop.checks.decoding import DECODE_BUDGET

    try:
        width, height = int(picture.get("/Width", 0)), int(picture.get("/Height", 0))
    except (TypeError, ValueError):
        return False
    return 0 <= width * height * 4 <= DECODE_BUDGET // 2


def pasfoto_findings(data: bytes) -> list[Finding]:
    """A pasfoto for 2.11 has a red background and a portrait shape. The background is
    measured on the border strips, where the person rarely reaches."""
    from lsp_desktop.checks.decoding import too_costly
    from lsp_desktop.checks.image import pillow

    Image = pillow()  # noqa: N806 - the module's usual name
    try:
        with Image.open(io.BytesIO(data)) as image:
            if too_costly(image, 8 if image.format == "JPEG" else 1):
                return []  # the general checks refuse it already (image.too_costly)
            image.draft("RGB", (200, 200))
            small = image.convert("RGB")
            small.thumbnail((120, 120))
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError,
            Image.DecompressionBombError):
        return [Finding("image.damaged", ERROR)]
    findings = []
    width, height = small.size
    if height <= width:
        findings.append(Finding("pasfoto.not_portrait", WARNING))
    band = max(1, min(width, height) // 12)
    border = [small.getpixel((x, y)) for y in range(height) for x in range(width)
              if (x < band or x >= width - band or y < band) and y < height * 0.7]
    red = sum(1 for pixel in border if is_red(*pixel))
    share = red / len(border) if border else 0
    if share < 0.6:
        findings.append(Finding("pasfoto.not_red", WARNING, {"percent": round(share * 100)}))
    return findings
