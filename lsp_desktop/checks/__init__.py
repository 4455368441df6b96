"""File checks: each concern a pure function returning findings; ``check_file`` runs them.

``CHECKER_VERSION`` goes into the workspace's result cache: raise it whenever a check
changes what it finds, so cached results of older checks are recomputed.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from lsp_desktop.checks.findings import (
    ERROR,
    UNOPENED_PDF,
    WARNING,
    FileReport,
    Finding,
    verdict_of,
)
from lsp_desktop.checks.formats import HEAD_BYTES, format_from_name, sniff
from lsp_desktop.checks.polyglot import TAIL_BYTES, hidden_zip_from_ends
from lsp_desktop.checks.size import FAR_TOO_LARGE_FACTOR, check_size

if TYPE_CHECKING:
    # The catalogue (and the messages it reads) is imported where it is used: a fix run
    # on its own (`fix compress`, benchmarks/fixes.py) needs neither, and they would
    # be a tenth of its start.
    from lsp_desktop.circulars.catalog import Requirement

CHECKER_VERSION = 6  # 2: photo advice for a photo over 2 MB; 3: big PDF scans read;
# 4: a zip or other file hidden in a PDF or picture; a far-oversized file not parsed;
# 5: whose rule each finding is (a format or size the circular does not set is advice);
# a pink pasfoto background is no longer red; 6: a damaged PDF's size not said (no
# advice to compress what no fix reads)
PHOTO_FORMATS = {"jpeg", "png", "heic", "webp", "tiff", "bmp"}
IMAGE_FORMATS = ("jpeg", "png")

__all__ = ["CHECKER_VERSION", "FileReport", "Finding", "check_bytes", "check_file",
           "format_findings", "read_and_check", "verdict_of"]


def check_file(path: Path | str, requirement: Requirement | None = None) -> FileReport:
    """Check a file on disk. A file far over the limit is judged on its size and its
    first and last bytes alone, so a 2 GB video dropped by mistake costs nothing."""
    return _read_and_check(Path(path), requirement, keep=False)[0]


def read_and_check(path: Path, requirement: Requirement | None = None
                   ) -> tuple[FileReport, bytes | None]:
    """Check a file and hand back its bytes (None when it was not read whole), so that
    attaching it reads the disk once."""
    return _read_and_check(Path(path), requirement, keep=True)


def _read_and_check(path: Path, requirement: Requirement | None, keep: bool
                    ) -> tuple[FileReport, bytes | None]:
    """``keep``: the bytes are wanted (to attach). A big scan (a PDF over ten times the
    limit, up to SCAN_READ_LIMIT) is then read to be stored and compressed later, but
    never parsed: whether it opens is learnt when Kompres is asked for."""
    from lsp_desktop.checks.guard import SCAN_READ_LIMIT, Refused, open_regular
    from lsp_desktop.circulars.catalog import general_file_rule

    rule = requirement or general_file_rule()
    try:
        with open_regular(path) as (handle, size):
            limits = rule.size_limits
            if limits and size > limits[0] * FAR_TOO_LARGE_FACTOR:
                head = handle.read(HEAD_BYTES)
                detected = sniff(head, size, handle)
                picture = fixable_picture(detected, head, size)
                if keep and (detected == "pdf" or picture) and size <= SCAN_READ_LIMIT:
                    handle.seek(0)
                    return _checked_whole(path, handle.read(size + 1), size, rule)
                handle.seek(max(0, size - TAIL_BYTES))
                hidden = hidden_zip_from_ends(head, handle.read(TAIL_BYTES), detected) \
                    if detected in _MAY_HIDE else []
                report = oversized_report(path.name, rule, size, detected, hidden,
                                          picture=picture)
                report.path = str(path)
                return report, None
            data = handle.read(size + 1)
    except Refused as refused:
        values = {k: v for k, v in refused.values.items() if k != "path"}
        return _unreadable(path, rule, refused.code, **values), None
    except OSError as exc:
        from lsp_desktop.base.files import reason_code

        return _unreadable(path, rule, "file.unreadable", reason=reason_code(exc)), None
    return _checked_whole(path, data, size, rule)


def _checked_whole(path: Path, data: bytes, size: int, rule: Requirement
                   ) -> tuple[FileReport, bytes | None]:
    if len(data) > size:  # grew while being read: judge it when it holds still
        return _unreadable(path, rule, "file.unreadable", reason="os.changing"), None
    report = check_bytes(data, path.name, rule)
    report.path = str(path)
    return report, data


def fixable_picture(detected: str, data: bytes, size: int) -> bool:
    """A picture far over its limit that is still a picture to shrink (a 27 MB PNG from a
    designer): at most SCAN_READ_LIMIT bytes, and its header promises no more pixels than
    a fix decodes (FIX_MAX_PIXELS). A video or a decompression bomb is none."""
    from lsp_desktop.checks.guard import FIX_MAX_PIXELS, SCAN_READ_LIMIT, pixel_count

    if detected not in PHOTO_FORMATS or size > SCAN_READ_LIMIT:
        return False
    pixels = pixel_count(data)  # from the header alone, nothing decoded
    return pixels is not None and 0 < pixels <= FIX_MAX_PIXELS


def oversized_report(name: str, rule: Requirement, size: int, detected: str,
                     hidden: list[Finding], sha256: str | None = None,
                     picture: bool = False) -> FileReport:
    """A file far over its limit, judged on its size, format and ends alone: told so in
    milliseconds, whatever its content. A PDF up to SCAN_READ_LIMIT is a scan to compress
    (size.too_large), a ``picture`` (:func:`fixable_picture`) one to shrink
    (size.photo_too_large); anything else is no document (size.far_too_large)."""
    from lsp_desktop.checks.guard import SCAN_READ_LIMIT

    limits = rule.size_limits
    report = FileReport(name, name, rule.id or None, size, sha256=sha256, format=detected)
    report.findings = format_findings(detected, name, rule.formats) + hidden
    if limits:
        findings = check_size(size, *limits, photo=detected in PHOTO_FORMATS)
        if (detected == "pdf" and size <= SCAN_READ_LIMIT) or picture:
            findings = [_compressible(f, picture) for f in findings]
        report.findings += findings
    report.findings = whose_rule(report.findings, rule)
    return report


def check_bytes(data: bytes, name: str, requirement: Requirement | None = None) -> FileReport:
    """Check a file's bytes in full: format, size, and what its format allows to learn.
    A file far over its limit is not parsed (see :func:`oversized_report`)."""
    # Imported on first use: the window shows faster without them.
    import hashlib

    from lsp_desktop.checks.image import check_image
    from lsp_desktop.checks.pdf import check_pdf
    from lsp_desktop.checks.polyglot import hidden_content
    from lsp_desktop.circulars.catalog import general_file_rule

    rule = requirement or general_file_rule()
    detected = sniff(data[:HEAD_BYTES], len(data), io.BytesIO(data))
    sha256 = hashlib.sha256(data).hexdigest()
    if (limits := rule.size_limits) and len(data) > limits[0] * FAR_TOO_LARGE_FACTOR:
        # The bytes are here: the full look for a hidden zip costs milliseconds.
        hidden = hidden_content(data, detected) if detected in _MAY_HIDE else []
        return oversized_report(name, rule, len(data), detected, hidden, sha256,
                                picture=fixable_picture(detected, data, len(data)))
    report = FileReport(name, name, rule.id or None, len(data), sha256=sha256,
                        format=detected)
    report.findings = format_findings(detected, name, rule.formats)
    if detected == "empty":
        return report
    if detected in _MAY_HIDE and (hidden := hidden_content(data, detected)):
        report.findings = whose_rule(report.findings + hidden, rule)
        return report  # a hiding place is refused before it is parsed
    if limits:
        report.findings += check_size(len(data), *limits, photo=detected in PHOTO_FORMATS)
    if detected == "pdf":
        pdf = check_pdf(data)
        report.pages, report.encrypted = pdf.pages, pdf.encrypted
        report.findings += pdf.findings
        if any(f.code in REFUSING or f.code in UNOPENED_PDF for f in pdf.findings):
            # Its size is beside the point: a damaged PDF is asked for again, never
            # compressed (no fix reads it), so its size's advice to compress is not given.
            report.findings = [f for f in report.findings if not f.code.startswith("size.")]
        else:
            # A real PDF that opens, however large, can be compressed: not "a video".
            report.findings = [_compressible(f) for f in report.findings]
    elif detected in IMAGE_FORMATS:
        image = check_image(data, rule.min_short_side_px, rule.orientation)
        report.width, report.height = image.width, image.height
        report.color_mode, report.exif_orientation = image.color_mode, image.exif_orientation
        report.findings += image.findings
    report.findings = whose_rule(report.findings, rule)
    return report


# Formats in whose bytes a zip or another file can ride along unseen.
_MAY_HIDE = {"pdf", "jpeg", "png", "gif", "webp", "tiff", "bmp", "heic"}


def whose_rule(findings: list[Finding], rule: Requirement) -> list[Finding]:
    """A format or size the circular does not name for this item (``our_reading``) is the
    app's rule: its findings are advice, and say so."""
    if not rule.our_reading:
        return findings
    # A refusing finding (a bundle, an unknown format) says what the file is, not a rule.
    return [f.as_app_rule() if f.code.startswith(("format.", "size.")) and f.code not in REFUSING
            else f for f in findings]


def _compressible(finding: Finding, photo: bool = False) -> Finding:
    if finding.code != "size.far_too_large":
        return finding
    return Finding("size.photo_too_large" if photo else "size.too_large", finding.severity,
                   finding.values)


def format_findings(detected: str, name: str, allowed: tuple[str, ...]) -> list[Finding]:
    allowed_text = "/".join(allowed)
    if detected == "empty":
        return [Finding("file.empty", ERROR)]
    if detected == "unknown":
        return [Finding("format.unknown", ERROR, {"allowed": allowed_text})]
    if detected == "bundle":  # said as what it is: every document and NIK of an LSP
        return [Finding("format.bundle", ERROR, {"allowed": allowed_text})]
    accepted = detected in allowed
    named = format_from_name(name)
    if named and named != detected:
        return [Finding("format.mismatch", WARNING if accepted else ERROR,
                        {"named": named, "detected": detected, "allowed": allowed_text})]
    if not accepted:
        return [Finding("format.not_allowed", ERROR,
                        {"detected": detected, "allowed": allowed_text})]
    return []


def _unreadable(path: Path, rule: Requirement, code: str, **values: object) -> FileReport:
    report = FileReport(str(path), path.name, rule.id or None, 0)
    report.findings = [Finding(code, ERROR, {"path": str(path), **values})]
    return report


# Findings that keep a file out of the workspace altogether.
REFUSING = {"file.empty", "file.not_found", "file.not_a_file", "file.special",
            "file.no_permission", "file.too_large_to_open",
            "file.unreadable", "size.far_too_large", "format.unknown", "format.bundle",
            "file.hidden_zip", "file.hidden_bundle", "pdf.data_after_end",
            "pdf.too_many_pages"}


def can_attach(report: FileReport, requirement: Requirement) -> Finding | None:
    """Why a file may not be attached to a requirement at all, or None.

    A file that is merely too large or damaged is attached so the admin sees what to fix;
    a file of the wrong kind, an empty one or one far too large is refused outright. Where
    the circular names no format (``our_reading``: the app asks for a PDF), any document
    format the circular accepts elsewhere (PDF, JPG, PNG) is attached, with the app's
    advice, since the app's rule may not block.
    """
    from lsp_desktop.circulars.catalog import FILE_FORMATS

    for finding in report.findings:
        if finding.code in REFUSING:
            return finding
    if requirement.our_reading and report.format in FILE_FORMATS:
        return None
    if report.format not in requirement.formats:
        return next((f for f in report.findings if f.code.startswith("format.")),
                    Finding("format.not_allowed", ERROR,
                            {"detected": report.format, "allowed": "/".join(requirement.formats)}))
    return None

