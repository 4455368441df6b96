"""How fast the bundle export is, against `zip -0`, and how much memory it takes.

Run: python benchmarks/bundle.py [--large]
Targets: the payload's share of the export (its time beyond an empty workspace's export)
within 1.5x of `zip -0 -r` on the same files; peak memory under 150 MB whatever the
bundle's size (--large also exports 400 MB). Peak memory is the exporting process's
peak resident size (VmHWM), measured in a fresh process (Linux).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _files import pdf_file  # noqa: E402

from lsp_desktop.store.records import Person, Records  # noqa: E402
from lsp_desktop.store.workspace import open_workspace  # noqa: E402

KINDS = ("ktp", "sertifikat-teknis", "ijazah", "pasfoto")
# VmHWM, not ru_maxrss: the latter survives exec and would report the parent's size.
EXPORT = """
import sys, time
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.workspace import open_workspace
ws = open_workspace(sys.argv[1])
start = time.perf_counter()
export_bundle(ws, sys.argv[2], allow_incomplete=True)
elapsed = time.perf_counter() - start
peak = next(int(line.split()[1]) * 1024 for line in open("/proc/self/status")
            if line.startswith("VmHWM"))
print(elapsed, peak)
"""


def make_workspace(path: Path, documents: int, files: Path) -> None:
    """Assessors' 2.11 documents: four 2 MB files per assessor."""
    files.mkdir()
    with open_workspace(path) as ws:
        ws.set_profile(name="LSP Benchmark", lsp_type="P3", category="lainnya")
        records = Records(ws)
        person = None
        for index in range(documents):
            if index % 4 == 0:
                person = records.save_person(Person(None, f"Asesor {index // 4:03d}", "asesor"))
            source = pdf_file(files / f"{index:03d}.pdf", 1, 2_000_000)
            records.attach_assessor_file(person.id, KINDS[index % 4], source.name,
                                         source.read_bytes())


def export(workspace: Path, out: Path) -> tuple[float, int]:
    result = subprocess.run([sys.executable, "-c", EXPORT, str(workspace), str(out)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, peak = result.stdout.split()
    return float(seconds), int(peak)


def zip_store(folder: Path, out: Path) -> float | None:
    if not shutil.which("zip"):
        return None
    start = time.perf_counter()
    subprocess.run(["zip", "-0", "-r", "-q", str(out), "."], cwd=folder, check=True)
    return time.perf_counter() - start


def best_of(runs: int, action) -> tuple[float, int]:
    results = [action() for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", action="store_true", help="also export 400 MB")
    args = parser.parse_args()
    sizes = [40] + ([200] if args.large else [])
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        empty = tmp / "empty.lspws"
        with open_workspace(empty) as ws:
            ws.set_profile(name="LSP Kosong")
        empty_time, empty_peak = best_of(3, lambda: export(empty, tmp / "empty.zip"))
        print(f"empty workspace export: {empty_time * 1000:.0f} ms, peak {empty_peak / 1e6:.0f} MB")
        for documents in sizes:
            workspace = tmp / f"ws{documents}.lspws"
            files = tmp / f"files{documents}"
            make_workspace(workspace, documents, files)
            payload = sum(p.stat().st_size for p in files.iterdir())
            full_time, peak = best_of(3, lambda ws=workspace: export(ws, tmp / "full.zip"))
            zip_times = [zip_store(files, tmp / f"zip{i}.zip") for i in range(3)]
            share = full_time - empty_time
            print(f"\n{documents} documents, {payload / 1e6:.0f} MB payload")
            print(f"  export:             {full_time:.2f} s (payload share {share:.2f} s)")
            if zip_times[0] is not None:
                zip_time = min(zip_times)
                print(f"  zip -0 -r:          {zip_time:.2f} s")
                ratio = share / zip_time
                print(f"  payload / zip -0:   {ratio:.2f}x (target <= 1.5x)")
                if ratio > 1.5:
                    failures.append(f"{documents} documents: {ratio:.2f}x zip -0")
            else:
                print("  zip -0 -r:          (zip not installed)")
            print(f"  peak memory:        {peak / 1e6:.0f} MB (target < 150 MB)")
            if peak > 150e6:
                failures.append(f"{documents} documents: peak {peak / 1e6:.0f} MB")
            shutil.rmtree(files)
    print("\ntargets met" if not failures else "\ntargets missed:\n  " + "\n  ".join(failures))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
