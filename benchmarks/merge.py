"""How long merging a colleague's bundle takes, against one export of the same workspace.

Run: python benchmarks/merge.py [--assessors 40] [--mb 0.5]
Two workspaces of 200 people each (half the NIKs shared, the colleague's 2.11 files all
other bytes), 40 assessors x 4 files of 0.5 MB: about 80 MB each. Each is exported; then
the colleague's bundle is merged into the first workspace (verify, rebuild, plan, apply:
the colleague's 160 files replace or join the admin's).
Target: the merge takes at most 2x the time of one export.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _files import pdf_file  # noqa: E402

from lsp_desktop.bundle.export import export_bundle  # noqa: E402
from lsp_desktop.bundle.merge import merge_bundle  # noqa: E402
from lsp_desktop.store.records import AssessorData, Person, Records  # noqa: E402
from lsp_desktop.store.workspace import open_workspace  # noqa: E402

KINDS = ("ktp", "sertifikat-teknis", "ijazah", "pasfoto")
PEOPLE = 200


def _nik(serial: int) -> str:
    """A NIK of the right shape (area, birth date, serial): a malformed one would make every
    row a finding and time the summary's pages instead of the merge."""
    return f"317405170890{serial + 1:04d}"


def make_workspace(path: Path, files: Path, side: int, assessors: int, size: int) -> None:
    """200 people; the first ``assessors`` are assessors with four files each. People
    0-99 share their NIK with the other workspace, the rest are its own."""
    files.mkdir()
    with open_workspace(path) as ws:
        ws.set_profile(name="LSP Benchmark", lsp_type="P3", category="lainnya")
        records = Records(ws)
        people = [Person(None, f"Orang {index:03d}", "asesor" if index < assessors
                         else "pelaksana",
                         _nik(index if index < PEOPLE // 2 else side * 1000 + index),
                         siapkerja="sudah-submit")
                  for index in range(PEOPLE)]
        added = records.add_people(people)
        for person in added[:assessors]:
            records.save_assessor_data(AssessorData(
                person.saved_id, f"MET.000.{person.saved_id:06d} 2025",
                f"{person.saved_id:07d}", "2025-06-01", "", "TIK"))
            for kind in KINDS:
                source = pdf_file(files / f"{person.id}-{kind}.pdf", 1, size)
                records.attach_assessor_file(person.saved_id, kind, source.name,
                                             source.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assessors", type=int, default=40)
    parser.add_argument("--mb", type=float, default=0.5)
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for side in ("a", "b"):
            make_workspace(root / f"{side}.lspws", root / f"files-{side}", ord(side) - 95,
                           args.assessors, size)
        with open_workspace(root / "a.lspws") as here:
            start = time.perf_counter()
            export_bundle(here, root / "a.zip", allow_incomplete=True)
            one_export = time.perf_counter() - start
        with open_workspace(root / "b.lspws") as there:
            bundle = export_bundle(there, root / "b.zip", allow_incomplete=True).path
        megabytes = bundle.stat().st_size / 1e6
        with open_workspace(root / "a.lspws") as here:
            start = time.perf_counter()
            plan, result = merge_bundle(here, bundle, dry_run=True)
            planning = time.perf_counter() - start
            choices = {e.key: "there" for e in plan.entries if e.state == "different"}
            start = time.perf_counter()
            plan, result = merge_bundle(here, bundle, choices)
            merging = time.perf_counter() - start
    print(f"bundles: {PEOPLE} people, {args.assessors * 4} files, {megabytes:.0f} MB each")
    print(f"one export:               {one_export:6.2f} s")
    print(f"merge plan (--dry-run):   {planning:6.2f} s")
    print(f"merge (plan + apply):     {merging:6.2f} s  ({result.taken} taken, "
          f"{result.superseded} superseded)")
    ratio = merging / one_export
    print(f"merge / export:           {ratio:6.2f} x  (target <= 2.0: "
          f"{'met' if ratio <= 2.0 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
