"""Hostile inputs within the limits (issue 19, class 3): peak memory and time of each.

Run: python benchmarks/bombs.py
Each case runs the command line in a fresh process under a 500 MB address-space ceiling
(as tests/hostile does) and reports its exit code, peak resident size (GNU time's %M
when installed, else ru_maxrss from wait4, which on Linux also counts this parent's size
at fork: Pillow's and zlib's C allocations count either way) and wall time, with the
first words of what it said.
Targets: every case ends with exit 0 or 1 (never an internal error or a crash), under
500 MB and 60 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CEILING = 500 * 1024 * 1024


def _limit() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (CEILING, CEILING))


def run_capped(args: list[str], home: Path) -> tuple[int, float, float, str]:
    """Exit code, peak MB, seconds and the first line said, of ``lsp-desktop ARGS``."""
    env = {**os.environ, "LSP_DESKTOP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "lsp_desktop", *args]
    gnu_time = Path("/usr/bin/time")  # the child's own peak (see the module note)
    if gnu_time.exists():
        command = [str(gnu_time), "-f", "PEAK_KB %M", *command]
    start = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          preexec_fn=_limit if sys.platform.startswith("linux") else None
                          ) as child:
        out = child.stdout.read() if child.stdout else b""  # what is said is short
        err = child.stderr.read() if child.stderr else b""
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = code = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    peak = usage.ru_maxrss / 1024
    lines = (out + err).decode("utf-8", "replace").strip().splitlines()
    for line in lines:
        if line.startswith("PEAK_KB "):
            peak = int(line.split()[1]) / 1024
    said = [line for line in lines if not line.startswith(("PEAK_KB", "Command exited"))]
    said = said or [""]
    return code, peak, seconds, said[-1][:70]


def make_cases(folder: Path) -> list[tuple[str, list[str]]]:
    """The inputs, written to ``folder``, and the commands given them."""
    from tests.fill import new_workspace
    from tests.hostile.big_files import many_pages, xlsx_with_far_cell
    from tests.hostile.big_pictures import jpeg_claiming, zero_png, zeros_zlib
    from tests.hostile.pdf_images import pdf_with_image

    def put(name: str, data: bytes) -> str:
        (folder / name).write_bytes(data)
        return str(folder / name)

    os.environ["LSP_DESKTOP_HOME"] = str(folder / "home")
    workspace = str(new_workspace(folder / "w.lspws"))
    progressive = put("progresif.jpg", jpeg_claiming(16000, 12000) + os.urandom(3_000_000))
    interlaced = put("interlaced.png", zero_png(14000, 14000, interlaced=True))
    pdf_bomb = put("bom.pdf", pdf_with_image(zeros_zlib(14000 * 14000 * 3), 14000, 14000,
                                             "/FlateDecode"))
    pdf_jpeg = put("progresif.pdf", pdf_with_image(jpeg_claiming(16000, 12000)
                                                   + os.urandom(40_000), 16000, 12000))
    pages = put("tebal.pdf", many_pages(100_000))
    scans = []
    for index in range(3):
        path = folder / f"scan{index}.pdf"
        with path.open("wb") as handle:
            handle.write(b"%PDF-1.7\n")
            handle.truncate(72_000_000)
        scans.append(str(path))
    sheet = str(xlsx_with_far_cell(folder / "orang.xlsx", b"XFD1048576"))
    out = str(folder / "hasil.pdf")
    return [
        ("progressive JPEG 16000x12000: check", ["check", progressive]),
        ("progressive JPEG 16000x12000: add --fix", ["add", "--workspace", workspace,
                                                     "logo", progressive, "--fix"]),
        ("interlaced PNG 196 Mpx: check", ["check", interlaced]),
        ("interlaced PNG 196 Mpx: fix compress", ["fix", "compress", interlaced, "--out",
                                                  str(folder / "kecil.png")]),
        ("PDF with a 196 Mpx Flate picture: compress", ["fix", "compress", pdf_bomb,
                                                        "--out", out, "--overwrite"]),
        ("PDF with a progressive JPEG: add --fix", ["add", "--workspace", workspace, "npwp",
                                                    pdf_jpeg, "--fix"]),
        ("PDF of 100,000 pages: check", ["check", pages]),
        ("PDF of 100,000 pages: compress", ["fix", "compress", pages, "--out", out,
                                            "--overwrite"]),
        ("PDF of 100,000 pages: combine", ["fix", "combine", pages, pages, "--out", out,
                                           "--overwrite"]),
        ("three 72 MB scans: combine", ["fix", "combine", *scans, "--out", out,
                                        "--overwrite"]),
        ("XLSX, one cell at XFD1048576: import", ["import-table", "people", sheet,
                                                  "--workspace", workspace]),
    ]


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        cases = make_cases(folder)
        print(f"{'case':<46}{'exit':>5}{'peak MB':>9}{'s':>7}  said")
        for label, args in cases:
            code, peak, seconds, said = run_capped(args, folder / "home")
            print(f"{label:<46}{code:>5}{peak:>9.0f}{seconds:>7.1f}  {said}")
            if code not in (0, 1) or peak > 500 or seconds > 60:
                failures.append(label)
    print("targets met" if not failures else "targets missed: " + ", ".join(failures))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
