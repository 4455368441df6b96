"""Merging a colleague's bundle: two workspaces from generated data, each exported and merged
into the other; the plan, nothing lost, and one undo that restores the workspace exactly."""

import json

import pytest

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.merge import incoming, merge_bundle
from lsp_desktop.bundle.merge_plan import plan_merge
from lsp_desktop.bundle.superseded import export_superseded, superseded_files
from lsp_desktop.cli.main import run
from lsp_desktop.errors import LspError
from lsp_desktop.store.changes import apply_change, reading, recorded
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.colleague import fill_colleague
from tests.fill import fill_everything


@pytest.fixture
def pair(tmp_path, catalog):
    here = open_workspace(tmp_path / "a.lspws", catalog)
    there = open_workspace(tmp_path / "b.lspws", catalog)
    fill_everything(here)
    here.remove(here.documents("acuan-paket")[0].id)  # only the colleague has it
    fill_colleague(there)
    bundles = (export_bundle(here, tmp_path / "a.zip", allow_incomplete=True).path,
               export_bundle(there, tmp_path / "b.zip", allow_incomplete=True).path)
    yield here, there, bundles
    here.close()
    there.close()


def _states(plan):
    return {entry.key: entry.state for entry in plan.entries}


def test_plan_of_a_colleagues_bundle_says_new_same_different_and_only_here(pair):
    here, _there, (_a, b) = pair
    plan, _ = merge_bundle(here, b, dry_run=True)
    states = _states(plan)
    assert states["sk-lisensi"] == "same" and states["sertifikat-lisensi"] == "same"
    assert states["npwp"] == "different" and states["acuan-paket"] == "new"
    assert states["rekening"] == "only_here" and states["sk-asesor"] == "only_here"
    assert states["nik:3174055708900001"] == "same"
    # The same NIK under another name: shown, kept as here unless the admin picks theirs.
    assert states["nik:3174051708900002"] == "name_differs"
    assert plan.entry("nik:3174051708900002").choice == "here"
    assert states["nik:3273010101800004"] == "new"
    assert states["nik:3273016501850003:ktp"] == "new"
    assert states["nik:3273016501850003:data"] == "same"
    assert states["paket:SKM/BNSP/00099/1/2021/99"] == "new"
    assert states["paket:SKM/BNSP/00010/1/2020/37A5"] == "only_here"
    assert states["sosmed:instagram"] == "different"
    assert states["dokumen-skema"] == "different" and states["berkas-asesor"] == "only_here"
    npwp = plan.entry("npwp")
    assert npwp.here.verdict and npwp.there.verdict and npwp.there.size > 0
    assert plan.carry is None
    assert len(Records(here).people()) == 3  # a dry run writes nothing


def test_merge_each_into_the_other_keeps_every_document_of_both(pair):
    here, there, (a, b) = pair
    before = {d.sha256 for ws in (here, there) for d in ws.documents()}
    _, result = merge_bundle(here, b, {"npwp": "there"})
    _, _ = merge_bundle(there, a, {"npwp": "there"})  # each takes the other's
    assert result.superseded == 1 and result.taken > 5
    for ws in (here, there):
        kept = {d.sha256 for d in ws.documents(include_removed=True)}
        assert before <= kept
    # A's npwp replaced by B's on A's side: B's is the one now, A's is listed as superseded.
    assert here.documents("npwp")[0].name == "npwp-baru.pdf"
    # (and the acuan removed before the merge: a removed document is listed too)
    assert [f.name for f in superseded_files(here)] == ["acuan-paket.pdf", "npwp.pdf"]
    people = {p.nik: p.name for p in Records(here).people()}
    assert people["3174051708900002"] == "Budi Santoso"  # never renamed silently
    assert people["3273010101800004"] == "Eko Prasetyo"
    eko = next(p for p in Records(here).people() if p.name == "Eko Prasetyo")
    assert set(Records(here).assessor_files(eko.saved_id)) == {"pasfoto"}
    assert Records(here).assessor_data(eko.saved_id).met_number == "MET.000.009999 2024"
    assert len(Records(there).people()) == 4  # B's roster kept; nothing of A's duplicated
    # Merging the same bundle again finds nothing new.
    plan, _ = merge_bundle(here, b, dry_run=True)
    assert "new" not in _states(plan).values()


def test_merge_is_undone_exactly_as_one_step(pair):
    here, _there, (_a, b) = pair
    with incoming(b, here.catalog) as theirs:
        plan = plan_merge(here, theirs)
        plan.entry("npwp").choice = "there"
        plan.entry("nik:3174051708900002").choice = "there"
        snapshot = reading(here)
        from lsp_desktop.bundle.merge import apply_merge

        _result, change = recorded(here, apply_merge, theirs, plan)
    assert change
    assert Records(here).people()[1].name == "Budi Santosa Wijaya"  # the admin's pick
    apply_change(here, change, undo=True)
    assert reading(here) == snapshot
    apply_change(here, change, undo=False)
    assert here.documents("npwp")[0].name == "npwp-baru.pdf"


def test_replaced_assessor_file_is_listed_and_copied_out(pair, tmp_path):
    here, _there, (_a, b) = pair
    citra = next(p for p in Records(here).people() if p.name == "Citra Dewi")
    Records(here).attach_assessor_file(citra.saved_id, "ktp", "ktp-lama.jpg",
                                       mk.image_bytes("JPEG", (800, 500), color=(1, 99, 1)))
    plan, _ = merge_bundle(here, b, {"nik:3273016501850003:ktp": "there"})
    assert plan.entry("nik:3273016501850003:ktp").state == "different"
    files = superseded_files(here)
    assert "ktp-lama.jpg" in {f.name for f in files}
    assert export_superseded(here, files, tmp_path / "lama") == len(files)
    copied = sorted(p.name for p in (tmp_path / "lama").iterdir())
    assert any(name.endswith("ktp-lama.jpg") for name in copied)
    assert (tmp_path / "lama").stat().st_mode & 0o077 == 0
    with pytest.raises(LspError) as refused:
        export_superseded(here, files, tmp_path / "lama")
    assert refused.value.code == "merge.export_folder_not_empty"


def test_cli_merge_dry_run_json_then_merge(pair, capsys):
    here, _there, (_a, b) = pair
    path = str(here.path)
    here.close()
    assert run(["merge", str(b), "--workspace", path, "--dry-run", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["counts"]["new"] >= 4 and shown["taken"] == 0
    assert run(["merge", str(b), "--workspace", path, "--choose", "npwp=there"]) == 0
    out = capsys.readouterr().out
    assert "Penggabungan selesai" in out and "berbeda" in out
    assert run(["superseded", "--workspace", path]) == 0
    assert "npwp.pdf" in capsys.readouterr().out
    assert run(["merge", str(b), "--workspace", path, "--choose", "nothing=there"]) != 0
    assert "--dry-run" in capsys.readouterr().err


def test_damaged_bundle_is_refused_before_anything_is_written(pair, tmp_path):
    here, _there, (_a, b) = pair
    damaged = tmp_path / "rusak.zip"
    data = bytearray(b.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    snapshot = reading(here)
    with pytest.raises(LspError):
        merge_bundle(here, damaged)
    assert reading(here) == snapshot


def test_bundle_of_another_circular_gets_the_carry_over_plan(pair, tmp_path):
    from lsp_desktop.catalogs import add_catalog_file
    from lsp_desktop.resources import default_catalog_path
    from lsp_desktop.store.workspace import Workspace

    here, _there, _ = pair
    text = default_catalog_path().read_text("utf-8")
    source = tmp_path / "c.toml"
    source.write_text(text.replace('id = "se-007-bnsp-iv-2025"', 'id = "se-999-x"', 1),
                      "utf-8")
    other = add_catalog_file(source)
    with Workspace(tmp_path / "lain.lspws", other) as ws:
        fill_colleague(ws)
        bundle = export_bundle(ws, tmp_path / "lain.zip", allow_incomplete=True).path
    plan, result = merge_bundle(here, bundle, {"npwp": "there"})
    assert plan.other_catalog == "se-999-x" and plan.carry is not None
    assert plan.carry.kept and not plan.carry.dropped
    assert here.documents("npwp")[0].name == "npwp-baru.pdf" and result.taken > 5
    assert here.catalog.id == "se-007-bnsp-iv-2025"
