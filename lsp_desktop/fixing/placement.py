"""How large each picture of a PDF page is shown, hence its effective resolution.

Effective dpi = the picture's pixels / the size it is drawn at, in inches. The size
comes from the page's content stream: the current transformation matrix (CTM, built by
``q``/``Q``/``cm``) maps the picture's unit square onto the page when ``Do`` draws it,
so the drawn width is the length of the CTM's first column and the height that of its
second (true under rotation and skew too). Pictures inside form XObjects are followed
with the form's /Matrix. A picture never met in the content (drawn from an annotation
or a pattern, or a content stream that does not parse) is assumed to cover the whole
page: for a full-page scan that is exact, and for anything smaller it understates the
resolution, so a fix then keeps more pixels rather than fewer.
"""

from __future__ import annotations

import math
from typing import Any

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 4


def _matrix(values) -> Matrix:
    a, b, c, d, e, f = (float(v) for v in values)
    return a, b, c, d, e, f


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF row-vector convention: ``cm`` makes CTM = M x CTM)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def drawn_sizes(page, pdf) -> dict[int, tuple[float, float]]:
    """For each image XObject (by object number) drawn on ``page``: its largest drawn
    (width, height) in points. Pictures that are not indirect objects are left out."""
    from pypdf.generic import ContentStream

    sizes: dict[int, tuple[float, float]] = {}
    contents = page.get_contents()
    if contents is None:
        return sizes
    _walk(ContentStream(contents, pdf), page.get("/Resources"), _IDENTITY, pdf, sizes, 0)
    return sizes


def _walk(content, resources, base: Matrix, pdf, sizes: dict, depth: int) -> None:
    from pypdf.generic import ContentStream

    xobjects = _xobjects(resources)
    ctm, stack = base, []
    for operands, operator in content.operations:
        if operator == b"q":
            stack.append(ctm)
        elif operator == b"Q" and stack:
            ctm = stack.pop()
        elif operator == b"cm" and len(operands) == 6:
            ctm = _multiply(_matrix(operands), ctm)
        elif operator == b"Do" and operands and operands[0] in xobjects:
            ref = xobjects.raw_get(operands[0])
            target = ref.get_object()
            if target.get("/Subtype") == "/Image" and hasattr(ref, "idnum"):
                width = math.hypot(ctm[0], ctm[1])
                height = math.hypot(ctm[2], ctm[3])
                old = sizes.get(ref.idnum, (0.0, 0.0))
                sizes[ref.idnum] = (max(old[0], width), max(old[1], height))
            elif target.get("/Subtype") == "/Form" and depth < _MAX_FORM_DEPTH:
                matrix = _matrix(target.get("/Matrix", _IDENTITY))
                _walk(ContentStream(target, pdf), target.get("/Resources", resources),
                      _multiply(matrix, ctm), pdf, sizes, depth + 1)


def _xobjects(resources):
    from pypdf.generic import DictionaryObject

    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return DictionaryObject()
    found = resources.get("/XObject")
    found = found.get_object() if found is not None else None
    return found if isinstance(found, DictionaryObject) else DictionaryObject()


def page_xobject_images(page) -> dict[int, Any]:
    """The image XObjects a page's resources name (object number -> stream), forms
    followed, each once."""
    found: dict[int, Any] = {}
    _collect(page.get("/Resources"), found, 0, set())
    return found


def _collect(resources, found: dict, depth: int, seen: set) -> None:
    for name in list(_xobjects(resources).keys()):
        ref = _xobjects(resources).raw_get(name)
        if not hasattr(ref, "idnum") or ref.idnum in seen:
            continue
        seen.add(ref.idnum)
        target = ref.get_object()
        if target.get("/Subtype") == "/Image":
            found[ref.idnum] = target
        elif target.get("/Subtype") == "/Form" and depth < _MAX_FORM_DEPTH:
            _collect(target.get("/Resources"), found, depth + 1, seen)


def effective_dpi(pixels: tuple[int, int], drawn: tuple[float, float] | None,
                  page_box: tuple[float, float]) -> float:
    """Pixels per inch along the picture's poorer axis, as drawn (or as if it covered
    the page, see the module note)."""
    if drawn is None or drawn[0] <= 0 or drawn[1] <= 0:
        # Fit the page whichever way round the picture is stored.
        width, height = page_box
        if (pixels[0] > pixels[1]) != (width > height):
            width, height = height, width
        drawn = (width, height)
    return min(pixels[0] / (drawn[0] / 72), pixels[1] / (drawn[1] / 72))
