"""PDF checks: does it open, is it locked, how many pages, does it carry active content."""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass, field

from lsp_desktop.checks.findings import ERROR, WARNING, Finding

# pypdf logs every repaired glitch; the findings say what matters to the admin.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class PdfFacts:
    pages: int | None = None
    encrypted: bool | None = None
    findings: list[Finding] = field(default_factory=list)


def check_pdf(data: bytes) -> PdfFacts:
    # Imported here: pypdf (and its crypto) would add ~70 ms to the window's start-up.
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    facts = PdfFacts()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # A BytesIO asked for getbuffer() (pypdf does) copies the whole file; a
            # buffered reader over it shares the bytes, keeping the check under 2x.
            reader = PdfReader(io.BufferedReader(io.BytesIO(data)), strict=False)
            facts.encrypted = reader.is_encrypted
            if reader.is_encrypted and not _open_without_password(reader, facts):
                return facts
            if count_pages(reader, MAX_PAGES) is None:
                # pypdf would build all of them first (100,000 pages: 650 MB, 45 s).
                facts.findings.append(Finding("pdf.too_many_pages", ERROR,
                                              {"limit": MAX_PAGES}))
                return facts
            facts.pages = len(reader.pages)
            if facts.pages == 0:
                facts.findings.append(Finding("pdf.no_pages", ERROR))
                return facts
            facts.findings.extend(_active_content(reader, data))
    except NotImplementedError:
        # pypdf names encryption schemes it cannot open this way.
        facts.pages = None
        code = "pdf.encrypted_unsupported" if facts.encrypted else "pdf.damaged"
        facts.findings.append(Finding(code, ERROR, {"reason": "unreadable"}))
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError,
            IndexError, RecursionError, AssertionError, OSError, ZeroDivisionError) as exc:
        facts.pages = None
        facts.findings.append(Finding("pdf.damaged", ERROR, {"reason": _plain_reason(exc, data)}))
    except Exception as exc:  # noqa: BLE001 - a parser crash on a broken file is damage too
        facts.pages = None
        facts.findings.append(Finding("pdf.damaged", ERROR, {"reason": _plain_reason(exc, data)}))
    return facts


# Pages a document may have: a licence, a decree with its annexes, a scheme's standard
# run to a few hundred; past this a PDF is a bomb, and pypdf's page list alone costs
# hundreds of MB before anything could refuse it.
MAX_PAGES = 2_000


def count_pages(reader, limit: int) -> int | None:
    """The pages of the document's page tree, counted leaf by leaf as pypdf would list
    them (a page named twice counts twice) but without building them, stopping past
    ``limit``: None then. A tree that loops back into itself never ends: None too."""
    from pypdf.generic import ArrayObject, DictionaryObject

    root = reader.trailer["/Root"].get_object()
    waiting = [root.raw_get("/Pages")] if "/Pages" in root else []
    pages = nodes = 0
    while waiting:
        node = waiting.pop().get_object()
        nodes += 1
        if nodes > 4 * limit + 16:
            return None  # a tree of empty branches is no lighter than one of pages
        if not isinstance(node, DictionaryObject):
            continue
        kids = node.get("/Kids")
        kids = kids.get_object() if kids is not None else None
        if isinstance(kids, ArrayObject) and node.get("/Type") != "/Page":
            waiting.extend(kids[: 4 * limit + 16])
            continue
        pages += 1
        if pages > limit:
            return None
    return pages


def _open_without_password(reader, facts: PdfFacts) -> bool:
    """An encrypted PDF may still open without a password (only printing or copying is
    restricted). Say which, since the fix differs."""
    from pypdf import PasswordType
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except DependencyError:
        facts.findings.append(Finding("pdf.encrypted_unsupported", ERROR))
        return False
    except NotImplementedError:
        facts.findings.append(Finding("pdf.encrypted_unsupported", ERROR))
        return False
    except (FileNotDecryptedError, PdfReadError):
        opened = False
    if opened:
        facts.findings.append(Finding("pdf.encrypted_no_password", WARNING))
        return True
    facts.findings.append(Finding("pdf.password_required", ERROR))
    return False


# A stream's data (a scan's JPEG, a font) is binary: any short byte pattern turns up in
# megabytes of it by chance (a 6 MB scan holds "/JS " or "/JS(" about once in 250), so
# the raw-byte look for active content skips stream data and reads only the objects' text.
_STREAM_START = re.compile(rb">>\s*stream\r?\n")


def _object_text(data: bytes) -> bytes:
    pieces, at = [], 0
    while (start := _STREAM_START.search(data, at)) is not None:
        pieces.append(data[at:start.start() + 2])
        end = data.find(b"endstream", start.end())
        if end < 0:
            return b"".join(pieces)
        at = end + len(b"endstream")
    pieces.append(data[at:])
    return b"".join(pieces)


def _active_content(reader, data: bytes) -> list[Finding]:
    findings = []
    data = _object_text(data)
    root = reader.trailer["/Root"].get_object()
    names = _dict(root.get("/Names"))
    open_action = _dict(root.get("/OpenAction"))
    has_js = (
        "/JavaScript" in names
        or open_action.get("/S") == "/JavaScript"
        or b"/JavaScript" in data
        or b"/JS " in data or b"/JS(" in data or b"/JS<" in data
        or _actions_run_javascript(reader)
    )
    if has_js:
        findings.append(Finding("pdf.javascript", WARNING))
    if "/EmbeddedFiles" in names or b"/EmbeddedFile" in data:
        findings.append(Finding("pdf.embedded_files", WARNING))
    form = _dict(root.get("/AcroForm"))
    if form.get("/Fields"):
        findings.append(Finding("pdf.form", WARNING))
    return findings


# Pages looked at for actions: enough for any real document, bounded for a hostile one.
MAX_PAGES_FOR_ACTIONS = 500


def _actions_run_javascript(reader) -> bool:
    """JavaScript in a page's actions or a link's, read from the parsed objects: inside
    compressed object streams the raw bytes never show "/JavaScript"."""
    try:
        for page in reader.pages[:MAX_PAGES_FOR_ACTIONS]:
            holders = [page, *(_dict(a) for a in (page.get("/Annots") or []))]
            for holder in holders:
                actions = [_dict(holder.get("/A")),
                           *(_dict(a) for a in _dict(holder.get("/AA")).values())]
                if any(a.get("/S") == "/JavaScript" or "/JS" in a for a in actions):
                    return True
    except Exception:  # noqa: BLE001 - a broken page tree is reported by the other checks
        return False
    return False


def _dict(value: object):
    from pypdf.generic import DictionaryObject

    value = value.get_object() if hasattr(value, "get_object") else value
    return value if isinstance(value, DictionaryObject) else DictionaryObject()


def _plain_reason(exc: Exception, data: bytes) -> str:
    """Turn a parser's complaint into a reason an admin can act on (a code for messages)."""
    text = str(exc).lower()
    if b"%%EOF" not in data[-2048:] or "eof" in text:
        return "truncated"
    if "xref" in text or "startxref" in text or "trailer" in text:
        return "broken_index"
    if "header" in text:
        return "bad_header"
    return "unreadable"
