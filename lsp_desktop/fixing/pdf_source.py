"""Open a PDF for fixing the way the checks open it, or refuse it in plain words.

The checks already know every way a PDF from a scanner or a phone can be broken or
locked (:func:`lsp_desktop.checks.pdf.check_pdf`); a fix asks them first, so the admin
reads the same reason in both places, and then opens the file with the same care.
"""

from __future__ import annotations

import io
import warnings

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.findings import ERROR
from lsp_desktop.checks.pdf import check_pdf

_LOCKED = {"pdf.password_required", "pdf.encrypted_unsupported"}


def pdf_faults() -> tuple[type[BaseException], ...]:
    """What pypdf raises on a broken object met only while fixing (the check reads less
    of the file than a fix does)."""
    from PIL.Image import DecompressionBombError
    from pypdf.errors import PdfReadError, PdfStreamError, PyPdfError

    # PyPdfError: LimitReachedError (a stream inflating past pypdf's limit) and kin;
    # DecompressionBombError: a picture Pillow will not decode; SyntaxError: a broken one.
    return (PdfReadError, PdfStreamError, PyPdfError, ValueError, KeyError, TypeError,
            AttributeError, IndexError, RecursionError, AssertionError, OSError,
            ZeroDivisionError, NotImplementedError, DecompressionBombError, SyntaxError,
            EOFError, OverflowError)


def open_pdf(data: bytes):
    """A pypdf reader over ``data``; LspError ``fix.pdf_encrypted`` when a password is
    needed, ``fix.pdf_damaged`` when it does not open, ``pdf.no_pages`` when empty.

    A PDF locked only against printing or copying opens without a password; the fixed
    copy is written without that lock, which is what the portal wants anyway."""
    from pypdf import PdfReader

    facts = check_pdf(data)
    for finding in facts.findings:
        if finding.severity != ERROR:
            continue
        if finding.code in _LOCKED:
            raise LspError("fix.pdf_encrypted")
        if finding.code in ("pdf.no_pages", "pdf.too_many_pages"):
            raise LspError(finding.code, **finding.values)
        raise LspError("fix.pdf_damaged", reason=finding.values.get("reason", "unreadable"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # A buffered reader shares the bytes instead of copying them (see checks.pdf).
        reader = PdfReader(io.BufferedReader(io.BytesIO(data)), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
    return reader


def damaged(exc: BaseException) -> LspError:
    """The refusal for a PDF that opened but broke while being fixed."""
    del exc  # the library's English reason is for logs, not for the admin
    return LspError("fix.pdf_damaged", reason="unreadable")
