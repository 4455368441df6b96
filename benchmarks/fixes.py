"""Compress to fit, against Ghostscript, on oversize scans like the ones admins drop.

Run: python benchmarks/fixes.py
Cases: generated scans (paper grain, print, a stamp), 1 to 5 pages, 200 to 400 dpi,
colour and grey, 4 to 16 MB. Each compression runs in a fresh process whose peak
resident size (ru_maxrss from wait4, so Pillow's and zlib's C allocations count, and so
does the interpreter itself) is reported. Ghostscript, when installed, runs twice: with
its /ebook preset, and with that preset made to fit every scan (recompress every JPEG,
downsample whatever is above 150 dpi).
Targets: every case under 2,000,000 bytes at >= 150 dpi; at least half the budget used
when a file had to shrink; on every case, our time at most forced Ghostscript's (the
ratio is printed per case: a total would hide a slow case behind one where Ghostscript
is slow); peak under 300 MB. Each run is repeated (REPEAT) and its best time kept, ours
and Ghostscript's alike, so that a busy moment of a shared machine decides no ratio.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.scans import join_pdfs, scan_pdf, text_page_pdf  # noqa: E402

LIMIT = 2_000_000
REPEAT = 3
FLOOR = 150
PEAK_LIMIT = 300 * 1024 * 1024
CASES = [  # label, dpi, page modes, add a text page
    ("1p 300dpi colour", 300, ("RGB",), False),
    ("2p 200dpi colour+grey", 200, ("RGB", "L"), False),
    ("3p 300dpi grey", 300, ("L", "L", "L"), False),
    ("2p 400dpi colour", 400, ("RGB", "RGB"), False),
    ("5p 200dpi colour", 200, ("RGB",) * 5, False),
    ("4p 250dpi mixed+text", 250, ("RGB", "L", "RGB"), True),
    ("1p 400dpi grey", 400, ("L",), False),
    ("4p 300dpi colour", 300, ("RGB",) * 4, False),  # past the 20 MB a check once refused
]
# A 108-megapixel phone photo (12000 x 9000): shrunk through the JPEG decoder's reduced
# scale, never decoded whole.
PHOTO_SIZE = (12_000, 9_000)
PHOTO_CHILD = """
import sys, time
from pathlib import Path
from lsp_desktop.fixing.pictures import compress_image
data = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
result = compress_image(data, "jpeg")
elapsed = time.perf_counter() - start
Path(sys.argv[2]).write_bytes(result.data)
print(elapsed)
"""
CHILD = """
import resource, sys, time
from pathlib import Path
from lsp_desktop.fixing.compress_pdf import compress_pdf
data = Path(sys.argv[1]).read_bytes()
start = time.perf_counter()
result = compress_pdf(data)
elapsed = time.perf_counter() - start
Path(sys.argv[2]).write_bytes(result.data)
print(elapsed)
"""
GS_EBOOK = ["-dPDFSETTINGS=/ebook"]
GS_FIT = GS_EBOOK + ["-dPassThroughJPEGImages=false", "-dColorImageDownsampleThreshold=1.0",
                     "-dGrayImageDownsampleThreshold=1.0"]


def best_of(command: list[str]) -> tuple[float, int, str]:
    """:func:`timed`, REPEAT times: the best time, the highest peak."""
    runs = [timed(command) for _ in range(REPEAT)]
    return min(r[0] for r in runs), max(r[1] for r in runs), runs[0][2]


def timed(command: list[str]) -> tuple[float, int, str]:
    """Wall time, peak resident bytes and stdout of a child process.

    Linux counts the parent's resident size at fork in a child's ru_maxrss, so the cases
    are made in another process (this one stays small) and, when GNU time is there, it
    is the small parent that reports the peak."""
    gnu_time = Path("/usr/bin/time")
    if gnu_time.exists():
        command = [str(gnu_time), "-f", "PEAK_KB %M", *command]
    start = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as child:
        out = child.stdout.read().decode()
        err = child.stderr.read().decode()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode:
        raise RuntimeError(err[-800:])
    peak = usage.ru_maxrss * 1024
    for line in err.splitlines():
        if line.startswith("PEAK_KB "):
            peak = int(line.split()[1]) * 1024
    return seconds, peak, out


def lowest_dpi(data: bytes) -> float | None:
    from pypdf import PdfReader

    from lsp_desktop.fixing.pdf_pictures import survey

    return survey(PdfReader(io.BytesIO(data)))[1]


def make_case(folder: Path, index: int, dpi: int, modes: tuple[str, ...], text: bool) -> Path:
    parts = [scan_pdf(dpi, modes, quality=90)]
    if text:
        parts.append(text_page_pdf())
    path = folder / f"case{index}.pdf"
    path.write_bytes(join_pdfs(parts) if text else parts[0])
    return path


def make_cases(folder: Path) -> None:
    for index, (_, dpi, modes, text) in enumerate(CASES):
        make_case(folder, index, dpi, modes, text)
    from PIL import Image

    grain = Image.effect_noise((PHOTO_SIZE[0] // 4, PHOTO_SIZE[1] // 4), 30)
    grain.resize(PHOTO_SIZE).convert("RGB").save(folder / "photo.jpg", quality=85)


def photo_case(tmp: Path) -> tuple[bool, bool]:
    """The 108 Mpx photo: (fits under the limit, peak under the target)."""
    path, out = tmp / "photo.jpg", tmp / "photo-small.jpg"
    size = path.stat().st_size
    print(f"108 Mpx phone photo ({size / 1e6:.1f} MB)")
    seconds, peak, _ = timed([sys.executable, "-c", PHOTO_CHILD, str(path), str(out)])
    after = out.stat().st_size
    print(f"  {'ours':<10}{size:>12,}{after:>12,}{'':>8}{seconds:>8.2f}s{peak / 1e6:>9.0f}MB")
    return after < LIMIT, peak < PEAK_LIMIT


def report(label: str, size: int, out: Path, seconds: float, peak: int) -> dict:
    after = out.read_bytes()
    dpi = lowest_dpi(after)
    print(f"  {label:<10}{size:>12,}{len(after):>12,}{dpi or 0:>8.0f}{seconds:>8.2f}s"
          f"{peak / 1e6:>9.0f}MB")
    return {"size": len(after), "dpi": dpi or 0, "time": seconds, "peak": peak}


def main() -> int:
    gs = shutil.which("gs")
    totals = {"ours": 0.0, "gs ebook": 0.0, "gs fit": 0.0}
    ok = {"fit": True, "budget": True, "peak": True, "gs_fit": True}
    ratios: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        subprocess.run([sys.executable, __file__, "--make", folder], check=True, cwd=ROOT)
        print(f"  {'who':<10}{'input':>12}{'output':>12}{'min dpi':>8}{'time':>9}{'peak':>11}")
        for index, (label, _, modes, text) in enumerate(CASES):
            path = tmp / f"case{index}.pdf"
            size = path.stat().st_size
            print(f"{label} ({len(modes) + text} pages, {size / 1e6:.1f} MB)")
            out = tmp / f"ours{index}.pdf"
            seconds, peak, _ = best_of([sys.executable, "-c", CHILD, str(path), str(out)])
            ours = report("ours", size, out, seconds, peak)
            totals["ours"] += seconds
            ok["fit"] &= ours["size"] < LIMIT and ours["dpi"] >= FLOOR
            ok["budget"] &= ours["size"] >= LIMIT / 2
            ok["peak"] &= peak < PEAK_LIMIT
            if not gs:
                continue
            for name, flags in (("gs ebook", GS_EBOOK), ("gs fit", GS_FIT)):
                out = tmp / f"{name.replace(' ', '_')}{index}.pdf"
                seconds, peak, _ = best_of([gs, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER",
                                          "-sDEVICE=pdfwrite", *flags,
                                          f"-sOutputFile={out}", str(path)])
                theirs = report(name, size, out, seconds, peak)
                totals[name] += seconds
                if name == "gs fit":
                    ok["gs_fit"] &= theirs["size"] < LIMIT
                    ratios.append((label, ours["time"] / theirs["time"]))
                    print(f"  ours / gs fit: {ratios[-1][1]:.2f}x")
        photo_fits, photo_peak = photo_case(tmp)
        ok["fit"] &= photo_fits
        ok["peak"] &= photo_peak
    print("\ntotal time: " + ", ".join(f"{k} {v:.2f}s" for k, v in totals.items()))
    for label, ratio in ratios:
        print(f"  {label:<24}{ratio:>6.2f}x forced Ghostscript's time")
    checks = [
        ("every case < 2,000,000 bytes at >= 150 dpi", ok["fit"]),
        ("at least half the budget used when shrunk", ok["budget"]),
        ("peak memory < 300 MB", ok["peak"]),
    ]
    if gs:
        checks.append(("every case's time <= forced Ghostscript's (1.0x)",
                       all(ratio <= 1.0 for _, ratio in ratios)))
        print(f"(forced Ghostscript fits every case: {'yes' if ok['gs_fit'] else 'no'})")
    for text, held in checks:
        print(f"{'PASS' if held else 'FAIL'}  {text}")
    return 0 if all(held for _, held in checks) else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_cases(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
