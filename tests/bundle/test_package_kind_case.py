"""A package's kind as the admin typed it ("KKNI Level II") reaches every exported file."""

import csv
import io
import json
import zipfile

from openpyxl import load_workbook

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.records import Package, Records, Unit
from lsp_desktop.tables.plan import apply_import, plan_import
from lsp_desktop.tables.spreadsheet import read_table
from tests.cli.running import cli


def _packages(workspace):
    records = Records(workspace)
    records.save_package(Package(None, "SKM/1", "Teknisi Jaringan", "Network Technician",
                                 "KKNI Level II", "SKKNI 321/2016",
                                 [Unit(None, "J.611000.001.01", "Memasang kabel", "Laying")]))
    records.save_package(Package(None, "SKM/2", "Pemrogram", "Programmer", "Okupasi"))
    return records


def test_the_bundle_keeps_the_kind_as_typed(workspace, tmp_path):
    records = _packages(workspace)
    assert [p.kind for p in records.packages()] == ["KKNI Level II", "okupasi"]
    result = export_bundle(workspace, tmp_path / "bundel.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(next(n for n in names
                                                if n.endswith("/manifest.json"))))
        [table] = [n for n in names if "/data/" in n and "paket" in n and n.endswith(".csv")]
        rows = list(csv.DictReader(io.StringIO(archive.read(table).decode("utf-8-sig"))))
    assert {r["kode_paket"]: r["jenis"] for r in rows} == {"SKM/1": "KKNI Level II",
                                                           "SKM/2": "okupasi"}
    assert "KKNI Level II" in json.dumps(manifest) and "kkni level ii" not in json.dumps(
        manifest)


def test_export_table_and_its_import_keep_the_kind_as_typed(workspace, tmp_path, capsys):
    _packages(workspace)
    out = tmp_path / "paket.xlsx"
    assert cli(capsys, "export-table", "packages", out, "--workspace", workspace.path)[0] == 0
    kinds = {row[3] for row in load_workbook(out).active.iter_rows(min_row=2,
                                                                    values_only=True)}
    assert kinds == {"KKNI Level II", "okupasi"}
    sheet = tmp_path / "paket.csv"
    sheet.write_text("kode_paket,jenis\nSKM/3,KKNI Level III\nSKM/4,KLASTER\n",
                     encoding="utf-8")
    records = Records(workspace)
    apply_import(records, plan_import(records, "packages", read_table(sheet, "packages")))
    assert {p.code: p.kind for p in records.packages()} == {
        "SKM/1": "KKNI Level II", "SKM/2": "okupasi", "SKM/3": "KKNI Level III",
        "SKM/4": "klaster"}  # a known kind by its code, whatever its case
