"""The fix-it commands: compress, combine, rotate and to-pdf, on files outside a workspace.

They run the same engine as the window (lsp_desktop.fixing) and never touch their input:
the result goes to ``--out`` through a temporary file in the same folder (created owner-only,
since these are personal documents) that replaces the target only when whole.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.guard import SCAN_READ_LIMIT
from lsp_desktop.checks.size import LIMIT_BYTES
from lsp_desktop.messages import render

# Nothing a scanner or phone makes for this circular is near this; past it, it is not read.
MAX_INPUT_BYTES = SCAN_READ_LIMIT
READABLE_FORMATS = ("pdf", "jpeg", "png", "webp")


# What the command line adds under a finding a fix command mends (the window offers
# a button instead, so the finding's own text names no command).
_FINDING_HINTS = {"size.too_large": "fix.cli_try_compress",
                  "size.photo_too_large": "fix.cli_try_compress"}


def finding_hint(code: str, lang: str) -> str | None:
    """The command that mends a finding, for the command line only; None if none does."""
    hint = _FINDING_HINTS.get(code)
    return render(hint, {}, lang) if hint else None


def add_fix_hint(requirement, path: Path, lang: str) -> str | None:
    """"Or add --fix" for a file ``add`` refused that ``add --fix`` would mend (photos
    where a PDF is asked, a picture or PDF over the limit); None when it would not."""
    from lsp_desktop.fixing.fixes import offer_for

    return render("fix.cli_try_fix", {}, lang) if offer_for(requirement, [path]) else None


def add_fix_commands(sub, parents: list, t) -> None:
    common = parents[0]
    fix = sub.add_parser("fix", parents=[common],
                         help=t("fix files: compress, combine, rotate, make a PDF"))
    actions = fix.add_subparsers(dest="fix_action", metavar="ACTION", required=True)
    out_help = t("the result file (never the same as an input)")
    overwrite_help = t("replace the result file if it already exists")
    positive = _number_type(int, t("a whole number above 0"))
    p = actions.add_parser("compress", parents=[common],
                           help=t("make a PDF or picture fit the limit"))
    p.add_argument("input", type=Path, metavar="IN",
                   help=t("the PDF or picture to make smaller (only read, never changed)"))
    p.add_argument("--out", type=Path, required=True, metavar="OUT", help=out_help)
    p.add_argument("--overwrite", action="store_true", help=overwrite_help)
    p.add_argument("--max-bytes", type=positive, default=LIMIT_BYTES, metavar="N",
                   help=t("size limit in bytes (default 2000000)"))
    p.add_argument("--min-dpi", type=_number_type(float, t("a number above 0")), default=150,
                   metavar="D",
                   help=t("lowest resolution allowed (default 150)"))
    p = actions.add_parser("combine", parents=[common],
                           help=t("combine PDFs and photos into one PDF"))
    p.add_argument("inputs", nargs="+", type=Path, metavar="IN",
                   help=t("the PDFs and photos, in the order of their pages"))
    p.add_argument("--out", type=Path, required=True, metavar="OUT", help=out_help)
    p.add_argument("--overwrite", action="store_true", help=overwrite_help)
    p.add_argument("--page-size", choices=["a4", "own"], default="a4",
                   help=t("page size of photos: a4 or the photo's own"))
    p = actions.add_parser("rotate", parents=[common],
                           help=t("turn PDF pages or a picture"))
    p.add_argument("input", type=Path, metavar="IN",
                   help=t("the PDF or picture to turn (only read, never changed)"))
    p.add_argument("--degrees", type=_choice_type(int, (90, 180, 270), t(
                       "choose 90, 180 or 270")), required=True, metavar="D",
                   help=t("90, 180 or 270 (clockwise)"))
    p.add_argument("--pages", type=_pages_type(t(
                       "page numbers from 1, separated by commas, e.g. 1,3")), metavar="1,3",
                   help=t("only these pages (default: all)"))
    p.add_argument("--out", type=Path, required=True, metavar="OUT", help=out_help)
    p.add_argument("--overwrite", action="store_true", help=overwrite_help)
    p = actions.add_parser("to-pdf", parents=[common],
                           help=t("turn photos into one PDF"))
    p.add_argument("inputs", nargs="+", type=Path, metavar="IN",
                   help=t("the photos (JPG or PNG), in the order of their pages"))
    p.add_argument("--out", type=Path, required=True, metavar="OUT", help=out_help)
    p.add_argument("--overwrite", action="store_true", help=overwrite_help)
    p.add_argument("--page-size", choices=["a4", "own"], default="a4",
                   help=t("page size: a4 or the photo's own"))


def _number_type(kind, wrong: str):
    """An argparse type: a number above 0, else a usage error that says what is allowed."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}': {wrong}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"'{text}': {wrong}")
        return value
    return parse


def _choice_type(kind, allowed: tuple, wrong: str):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value not in allowed:
            raise argparse.ArgumentTypeError(f"'{text}': {wrong}")
        return value
    return parse


def _pages_type(wrong: str):
    """``1,3`` as the 0-based page indexes [0, 2]; 0, negatives and words are refused."""
    def parse(text: str) -> list[int]:
        try:
            numbers = {int(part) for part in text.split(",") if part.strip()}
        except ValueError:
            numbers = set()
        if not numbers or min(numbers) < 1:
            raise argparse.ArgumentTypeError(f"'{text}': {wrong}")
        return sorted(n - 1 for n in numbers)
    return parse


# The extensions a result of each kind may be named with.
ENDINGS = {"pdf": (".pdf",), "jpeg": (".jpg", ".jpeg"), "png": (".png",)}


def _check_kind(target: Path, kinds: tuple[str, ...]) -> None:
    """Refuse an --out whose extension does not say what the fix writes: a PDF named .jpg
    opens nowhere. ``kinds`` is what the result may be (a PNG may come out as a JPEG)."""
    endings = tuple(e for kind in kinds for e in ENDINGS.get(kind, ()))
    if target.suffix.lower() not in endings:
        raise LspError("fix.out_kind", path=str(target), suffix=target.suffix or "-",
                       kind=" / ".join(k.upper() for k in kinds),
                       endings=" / ".join(endings))


# What the fix commands ask for when an input will not do: the formats the items take.
# A WEBP photo is still read (and made a JPEG or a PDF), but never suggested, since no
# item accepts one as it is.
NAMED_INPUTS = ("pdf", "jpeg", "png")


def read_input(path: Path, named: tuple[str, ...] = NAMED_INPUTS) -> tuple[bytes, str]:
    """The bytes of a file to fix and its sniffed format, read through the app's input
    gate (a regular file, at most 50 MB) and refused plainly unless a PDF or picture;
    the refusal names ``named``, the formats this command asks for."""
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff
    from lsp_desktop.checks.guard import read_user_file

    data = read_user_file(path, MAX_INPUT_BYTES)
    kind = sniff(data[:HEAD_BYTES], len(data))
    if kind == "empty":
        raise LspError("fix.input_empty", path=str(path), allowed="/".join(named))
    if kind not in READABLE_FORMATS:
        raise LspError("fix.input_not_accepted", path=str(path), detected=kind,
                       allowed="/".join(named))
    return data, kind


def _check_out(args: argparse.Namespace, inputs: list[Path]) -> Path:
    from lsp_desktop.cli.outputs import prepare_output

    return prepare_output(args.out, inputs, overwrite=args.overwrite)


def write_atomically(target: Path, data: bytes) -> None:
    """Through an owner-only temporary file beside the target, swapped in when whole."""
    from lsp_desktop.base.files import reason_code, write_private

    try:
        write_private(target, data)
    except OSError as exc:  # a read-only medium, a full disk, no permission: plain words
        raise LspError("fix.write_failed", path=str(target), reason=reason_code(exc)) from None


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        percent = 100 * done // total if total else 100
        print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)


def _run(steps):
    from lsp_desktop.fixing.result import run_steps

    try:
        return run_steps(steps, _progress)
    finally:
        if sys.stderr.isatty():
            print("\r    \r", end="", file=sys.stderr)


def _report(args: argparse.Namespace, target: Path, result, limit: int,
            must_fit: bool = True) -> int:
    from lsp_desktop.messages import format_size

    lang = args.lang
    dpi = (f"{result.min_dpi_after:.0f} dpi" if result.min_dpi_after
           else (f"{result.pixels[0]}×{result.pixels[1]} px" if result.pixels else None))
    # A PDF without pictures (or only turned) has no resolution to tell.
    print(render("fix.cli_done" if dpi else "fix.cli_done_plain", {
        "path": str(target), "before": format_size(result.before_bytes, lang),
        "after": format_size(result.after_bytes, lang), "pages": result.pages,
        "resolution": dpi}, lang))
    if not result.changed:
        print(render("fix.cli_unchanged", {"limit_decimal": limit}, lang))
    if result.after_bytes >= limit:
        print(render("fix.cli_still_too_large", {"limit_decimal": limit}, lang),
              file=sys.stderr)
        return 1 if must_fit else 0
    return 0


def cmd_compress(args: argparse.Namespace) -> int:
    from lsp_desktop.fixing.fixes import fit_kind, fix_steps

    target = _check_out(args, [args.input])
    data, kind = read_input(args.input)
    _check_kind(target, ("png", "jpeg") if kind == "png" else (_result_kind(kind),))
    result = _run(fix_steps(fit_kind(kind), [data], args.max_bytes, args.min_dpi))
    _check_kind(target, (result.kind,))
    write_atomically(target, result.data)
    return _report(args, target, result, args.max_bytes)


def _combine(args: argparse.Namespace, pictures_only: bool) -> int:
    from lsp_desktop.checks.guard import stat_regular
    from lsp_desktop.fixing.assemble import (
        combine_steps,
        refuse_too_large_together,
        to_pdf_steps,
    )

    target = _check_out(args, args.inputs)
    _check_kind(target, ("pdf",))
    refuse_too_large_together([stat_regular(path).st_size for path in args.inputs])
    named = ("jpeg", "png") if pictures_only else NAMED_INPUTS
    files = [read_input(path, named)[0] for path in args.inputs]
    make = to_pdf_steps if pictures_only else combine_steps
    try:
        result = _run(make(files, args.page_size))
    except LspError as error:
        raise _naming_input(error, args.inputs) from None
    write_atomically(target, result.data)
    return _report(args, target, result, LIMIT_BYTES)


def _naming_input(error: LspError, inputs: list[Path]) -> LspError:
    """An error about one of several inputs, led by that input's name (of three PDFs,
    which one is locked)."""
    part = error.values.get("part")
    if len(inputs) < 2 or not isinstance(part, int) or not 0 < part <= len(inputs):
        return error
    return LspError("fix.input_failed", path=str(inputs[part - 1]), reason_code=error.code,
                    reason_values=dict(error.values))


def cmd_combine(args: argparse.Namespace) -> int:
    return _combine(args, pictures_only=False)


def cmd_to_pdf(args: argparse.Namespace) -> int:
    return _combine(args, pictures_only=True)


def _result_kind(kind: str) -> str:
    """What a picture of this kind becomes when fixed: PNG stays PNG, others JPEG."""
    return kind if kind in ("pdf", "png") else "jpeg"


def cmd_rotate(args: argparse.Namespace) -> int:
    from lsp_desktop.fixing.assemble import rotate_pdf
    from lsp_desktop.fixing.pictures import rotate_image

    target = _check_out(args, [args.input])
    data, kind = read_input(args.input)
    _check_kind(target, ("png", "jpeg") if kind == "png" else (_result_kind(kind),))
    angle, pages = args.degrees % 360, args.pages
    result = rotate_pdf(data, angle, pages) if kind == "pdf" else rotate_image(data, angle)
    _check_kind(target, (result.kind,))
    write_atomically(target, result.data)
    # Turning a page is asked for its own sake: a file still too large is said, not failed.
    code = _report(args, target, result, LIMIT_BYTES, must_fit=False)
    if result.kind == "jpeg":
        _say_reencoded(args.lang, result)
    return code


def _say_reencoded(lang: str, result) -> None:
    """Pillow cannot turn a JPEG losslessly: say it was saved again, and made smaller
    when it was (the turned copy went over the limit)."""
    width, height = result.pixels or (0, 0)
    if result.shrunk:
        print(render("fix.cli_reencoded_smaller", {"limit_decimal": LIMIT_BYTES,
                                                   "width": width, "height": height}, lang))
    else:
        print(render("fix.cli_reencoded", {}, lang))


def cmd_fix(args: argparse.Namespace) -> int:
    return _ACTIONS[args.fix_action](args)


_ACTIONS = {"compress": cmd_compress, "combine": cmd_combine, "rotate": cmd_rotate,
            "to-pdf": cmd_to_pdf}
COMMANDS = {"fix": cmd_fix}
