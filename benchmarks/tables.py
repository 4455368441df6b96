"""How long a 5,000-person roster takes to import (read, check, plan, store).

Run: python benchmarks/tables.py
Target: under 5 seconds for 5,000 rows, from CSV and from XLSX.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lsp_desktop.store.records import Records  # noqa: E402
from lsp_desktop.store.workspace import open_workspace  # noqa: E402
from lsp_desktop.tables.plan import apply_import, plan_import  # noqa: E402
from lsp_desktop.tables.spreadsheet import read_table, write_table  # noqa: E402

ROWS = 5000


def roster() -> list[dict[str, str]]:
    return [{"nama": f"Orang {i}", "peran": ("pengarah", "pelaksana", "asesor")[i % 3],
             "nik": f"3174{(i % 90) + 10:02d}{(i % 28) + 1:02d}0890{i + 1:04d}",
             "email": f"orang{i}@lsp.or.id", "telepon": f"0812{i:08d}",
             "siapkerja": "sudah-submit"} for i in range(ROWS)]


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for suffix in ("csv", "xlsx"):
            source = folder / f"roster.{suffix}"
            write_table(source, "people", roster())
            with open_workspace(folder / f"{suffix}.lspws") as workspace:
                records = Records(workspace)
                start = time.perf_counter()
                rows = read_table(source, "people")
                read = time.perf_counter()
                plan = plan_import(records, "people", rows)
                planned = time.perf_counter()
                apply_import(records, plan)
                done = time.perf_counter()
                assert len(records.people()) == ROWS, plan.rejected[:3]
            total = done - start
            print(f"{ROWS} rows from {suffix.upper():4}: read {read - start:.2f} s, check and "
                  f"plan {planned - read:.2f} s, store {done - planned:.2f} s, "
                  f"total {total:.2f} s (target < 5 s)")
            if total > 5:
                failures.append(f"{suffix}: {total:.2f} s")
    print("\ntargets met" if not failures else "\ntargets missed: " + "; ".join(failures))
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
