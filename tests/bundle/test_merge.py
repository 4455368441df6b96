"""Merging a colleague's bundle: two workspaces from generated data, each exported and merged
into the other; the plan, nothing lost, and one undo that restores the workspace exactly."""

import dataclasses
import json
import os
import re
import subprocess
import sys
import time

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.files import STALE_AFTER_SECONDS
from lsp_desktop.base.paths import temporary_dir
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.merge import incoming, merge_bundle
from lsp_desktop.bundle.merge_plan import plan_merge
from lsp_desktop.bundle.superseded import export_superseded, superseded_files
from lsp_desktop.cli.main import run
from lsp_desktop.messages import format_size
from lsp_desktop.store.changes import apply_change, reading, recorded
from lsp_desktop.store.participant import not_submitted_assessors, participant
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests import makefiles as mk
from tests.colleague import fill_colleague
from tests.fill import fill_everything
from tests.support.snapshots import workspace_snapshot


def _office_photos(catalog):
    """The circular with the office photos as an item of several files."""
    return dataclasses.replace(catalog, requirements=tuple(
        dataclasses.replace(r, multiple=True) if r.id == "foto-kantor" else r
        for r in catalog.requirements))


def _photo(color):
    return mk.image_bytes("JPEG", size=(1200, 800), color=color)


@pytest.fixture
def pair(tmp_path, catalog):
    catalog = _office_photos(catalog)
    here = open_workspace(tmp_path / "a.lspws", catalog)
    there = open_workspace(tmp_path / "b.lspws", catalog)
    fill_everything(here)
    here.remove(here.documents("acuan-paket")[0].id)  # only the colleague has it
    fill_colleague(there)
    # The office photos, several files: one the same, one of the same name retaken, one
    # only theirs, one only here.
    for ws in (here, there):
        ws.attach_bytes("foto-kantor", "ruang-uji.jpg", _photo((10, 120, 10)))
    there.attach_bytes("foto-kantor", "kantor.jpg", _photo((200, 200, 10)))
    there.attach_bytes("foto-kantor", "lobi.jpg", _photo((10, 10, 120)))
    here.attach_bytes("foto-kantor", "gudang.jpg", _photo((90, 60, 30)))
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
    # Each takes the other's file wherever both differ (NPWP, the retaken office photo).
    _, result = merge_bundle(here, b, _theirs_where_different(here, b))
    _, _ = merge_bundle(there, a, _theirs_where_different(there, a))
    assert result.superseded == 2 and result.taken > 5
    for ws in (here, there):
        kept = {d.sha256 for d in ws.documents(include_removed=True)}
        assert before <= kept
    # A's npwp replaced by B's on A's side: B's is the one now, A's is listed as superseded.
    assert here.documents("npwp")[0].name == "npwp-baru.pdf"
    # (and the acuan removed before the merge: a removed document is listed too)
    assert [f.name for f in superseded_files(here)] == ["acuan-paket.pdf", "npwp.pdf",
                                                        "kantor.jpg"]
    photos = sorted(d.name for d in here.documents("foto-kantor"))
    assert photos == ["gudang.jpg", "kantor.jpg", "lobi.jpg", "ruang-uji.jpg"]
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


def _theirs_where_different(workspace, bundle):
    plan, _ = merge_bundle(workspace, bundle, dry_run=True)
    return {e.key: "there" for e in plan.entries
            if e.kind == "document" and e.state == "different"}


def test_plan_holds_the_profile_the_participant_the_reasons_and_each_of_several_files(pair):
    here, there, (a, b) = pair
    plan, _ = merge_bundle(here, b, dry_run=True, lang="en")
    profile = plan.entry("profil")
    assert profile.state == "different" and profile.choice == "here"
    assert "LSP Teknologi Digital Nusantara" in profile.there.text
    assert "LSP Teknologi Digital ·" in profile.here.text + " ·"
    assert profile.here.verdict == profile.there.verdict == "ok"
    chosen = plan.entry("peserta")
    assert chosen.state == "different" and chosen.choice == "here"
    assert chosen.label == "4 Training participant"
    assert chosen.here.text.startswith("Dedi Kurniawan · Staf IT")
    assert chosen.there.text.startswith("Budi Santosa Wijaya · Kepala Bagian TI")
    reason = plan.entry("nik:3273016501850003:alasan")
    assert reason.state == "different" and reason.there.text == "Sertifikat sedang diperpanjang"
    assert reason.here.text == "Submitted in 2.12" and reason.choice == "here"
    assert reason.label == "Citra Dewi: Not submitted for 2.12"
    photos = {e.label.split(": ")[1]: e for e in plan.entries if e.key.startswith("foto-")}
    assert {name: e.state for name, e in photos.items()} == {
        "kantor.jpg": "different", "ruang-uji.jpg": "same", "lobi.jpg": "new",
        "gudang.jpg": "only_here"}
    retaken = photos["kantor.jpg"]
    assert retaken.here.size and retaken.there.size and retaken.choice == "here"
    assert retaken.here.verdict and retaken.there.verdict
    # 2.11's documents slot by slot: Citra's photo is only here, her KTP only theirs.
    assert plan.entry("nik:3273016501850003:pasfoto").state == "only_here"
    assert plan.entry("nik:3273016501850003:ktp").state == "new"
    # A new assessor comes with their data and documents, shown as such.
    assert plan.entry("nik:3273010101800004:data").state == "new"
    assert plan.entry("nik:3273010101800004:pasfoto").label == "Eko Prasetyo: Pasfoto"
    # And the other way round: B sees A's participant and photos from its side.
    back, _ = merge_bundle(there, a, dry_run=True)
    assert back.entry("peserta").state == "different"
    assert back.entry("nik:3273016501850003:alasan").state == "different"
    assert {e.state for e in back.entries if e.key.startswith("foto-")} == {
        "different", "same", "new", "only_here"}


def test_the_admins_picks_of_profile_participant_and_photo_taken_and_undone_exactly(pair):
    here, _there, (_a, b) = pair
    before = workspace_snapshot(here)
    with incoming(b, here.catalog) as theirs:
        plan = plan_merge(here, theirs)
        retaken = next(e for e in plan.entries if e.label.endswith("kantor.jpg"))
        for key in ("profil", "peserta", retaken.key, "nik:3273016501850003:alasan"):
            plan.entry(key).choice = "there"
        from lsp_desktop.bundle.merge import apply_merge

        _result, change = recorded(here, apply_merge, theirs, plan)
    assert here.profile().name == "LSP Teknologi Digital Nusantara"
    chosen = participant(here)
    budi = next(p for p in Records(here).people() if p.nik == "3174051708900002")
    # The participant is here's own Budi (same NIK), never a copied person.
    assert chosen.person_id == budi.saved_id and chosen.job_title == "Kepala Bagian TI"
    assert chosen.whatsapp == "081255556666" and chosen.sk_number == "SK/07/2025"
    citra = next(p for p in Records(here).people() if p.name == "Citra Dewi")
    assert not_submitted_assessors(here)[citra.saved_id] == "Sertifikat sedang diperpanjang"
    photos = sorted(d.name for d in here.documents("foto-kantor"))
    assert photos == ["gudang.jpg", "kantor.jpg", "lobi.jpg", "ruang-uji.jpg"]
    assert "kantor.jpg" in {f.name for f in superseded_files(here)}  # the one set aside
    apply_change(here, change, undo=True)
    assert workspace_snapshot(here) == before
    apply_change(here, change, undo=False)
    assert here.profile().name == "LSP Teknologi Digital Nusantara"


_KILLED_MERGE = """
import os, signal, sys
from lsp_desktop.bundle.merge import incoming
from lsp_desktop.store.workspace import open_workspace
with open_workspace(sys.argv[2]) as here, incoming(sys.argv[1], here.catalog):
    os.kill(os.getpid(), signal.SIGKILL)  # killed midway, the bundle opened
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_merge_killed_midway_leaves_nothing_after_the_next_start(pair, private_home):
    here, _there, (_a, b) = pair
    subprocess.run([sys.executable, "-c", _KILLED_MERGE, str(b), str(here.path)], cwd=ROOT,
                   env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    left = list(temporary_dir().iterdir())
    assert len(left) == 1 and (left[0] / "rekan.lspws").exists()  # a real left-over
    assert left[0].stat().st_mode & 0o077 == 0
    other = temporary_dir() / "gabung-bukanmilik"  # not a name the app makes: stays
    other.mkdir(mode=0o700)
    long_ago = time.time() - 2 * STALE_AFTER_SECONDS
    for folder in (left[0], other):
        os.utime(folder, (long_ago, long_ago))
    young = temporary_dir() / "gabung-abcd1234"  # another run at work now: stays
    young.mkdir(mode=0o700)
    open_workspace(here.path.with_name("lain.lspws"), here.catalog).close()  # next start
    assert sorted(p.name for p in temporary_dir().iterdir()) == ["gabung-abcd1234",
                                                                 "gabung-bukanmilik"]
    assert private_home in temporary_dir().parents  # the app's data folder, not /tmp


def test_a_colleague_leaving_an_assessor_out_of_2_12_is_asked_never_taken(pair):
    """Citra is submitted here, left out there with a reason: both shown, the default keeps
    her submitted; the admin's pick of their side takes the reason, and back again."""
    here, there, (a, b) = pair
    citra = next(p for p in Records(here).people() if p.name == "Citra Dewi")
    plan, _ = merge_bundle(here, b)
    assert plan.entry("nik:3273016501850003:alasan").state == "different"
    assert citra.saved_id not in not_submitted_assessors(here)
    merge_bundle(here, b, {"nik:3273016501850003:alasan": "there"})
    assert not_submitted_assessors(here)[citra.saved_id] == "Sertifikat sedang diperpanjang"
    # Their side submitted, here left out: picking theirs puts her back in 2.12.
    there_citra = next(p for p in Records(there).people() if p.name == "Citra Dewi")
    from lsp_desktop.store.participant import set_not_submitted

    set_not_submitted(there, there_citra.saved_id, None)
    again = export_bundle(there, a.parent / "b2.zip", allow_incomplete=True).path
    plan, _ = merge_bundle(here, again, dry_run=True, lang="en")
    entry = plan.entry("nik:3273016501850003:alasan")
    assert (entry.state, entry.there.text, entry.choice) == ("different", "Submitted in 2.12",
                                                             "here")
    merge_bundle(here, again, {"nik:3273016501850003:alasan": "there"})
    assert citra.saved_id not in not_submitted_assessors(here)


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


def test_cli_superseded_names_documents_dates_and_sizes_in_words(pair, capsys):
    here, _there, (_a, b) = pair
    citra = next(p for p in Records(here).people() if p.name == "Citra Dewi")
    old = mk.image_bytes("JPEG", (800, 500), color=(1, 99, 1))
    Records(here).attach_assessor_file(citra.saved_id, "ktp", "ktp-lama.jpg", old)
    merge_bundle(here, b, {"nik:3273016501850003:ktp": "there", "npwp": "there"})
    path = str(here.path)
    here.close()
    assert run(["superseded", "--workspace", path]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "ktp-lama.jpg" in x)
    assert "Citra Dewi: KTP  ktp-lama.jpg" in line and ": ktp " not in line
    assert re.search(r"\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
                     r"Oktober|November|Desember) 20\d\d pukul \d\d\.\d\d", line)
    assert not re.search(r"\d{4}-\d\d-\d\dT", line)  # never "2026-12-06T15:21:53"
    assert f"({format_size(len(old))})" in line and " B)" not in line
    assert "NPWP" in next(x for x in out.splitlines() if "npwp.pdf" in x)
    assert run(["--lang", "en", "superseded", "--workspace", path]) == 0
    assert " at " in next(x for x in capsys.readouterr().out.splitlines() if "ktp-lama" in x)


def test_cli_merge_dry_run_json_then_merge(pair, capsys):
    here, _there, (_a, b) = pair
    path = str(here.path)
    here.close()
    assert run(["merge", str(b), "--workspace", path, "--dry-run", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["counts"]["new"] >= 4 and shown["taken"] == 0
    rows = {e["key"]: e for e in shown["entries"]}
    assert rows["profil"]["kind"] == "profile" and rows["profil"]["choice"] == "here"
    assert rows["peserta"]["there"]["text"].startswith("Budi Santosa Wijaya")
    assert rows["nik:3273016501850003:alasan"]["state"] == "different"
    assert rows["nik:3273016501850003:alasan"]["choice"] == "here"
    assert run(["merge", str(b), "--workspace", path, "--choose", "npwp=there", "--choose",
                "peserta=there"]) == 0
    out = capsys.readouterr().out
    assert "Penggabungan selesai" in out and "berbeda" in out
    assert "4 Peserta pelatihan" in out and "Citra Dewi: Tidak diajukan di butir 2.12" in out
    assert not not_submitted_assessors(open_workspace(path))  # Citra still submitted here
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
    from lsp_desktop.base.resources import default_catalog_path
    from lsp_desktop.circulars.library import add_catalog_file
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


def test_a_colleagues_social_media_are_merged_new_and_chosen(tmp_path, catalog, capsys):
    """Their Instagram differs, their TikTok is new, our website is only here: the new
    one is taken, the different one when chosen, ours kept (it once crashed: the entry's
    label, "Instagram", was taken for the platform)."""
    here = open_workspace(tmp_path / "a.lspws", catalog)
    there = open_workspace(tmp_path / "b.lspws", catalog)
    Records(here).set_social_media("instagram", "@lsp_lama")
    Records(here).set_social_media("website", "https://lsp.or.id")
    Records(there).set_social_media("instagram", "@lsp_tik")
    Records(there).set_social_media("tiktok", "@lsp_tik")
    bundle = export_bundle(there, tmp_path / "b.zip", allow_incomplete=True).path
    there.close()
    path = str(here.path)
    here.close()
    assert run(["merge", str(bundle), "--workspace", path]) == 0
    assert "TikTok" in capsys.readouterr().out
    with open_workspace(path) as merged:
        assert Records(merged).social_media() == {
            "instagram": "@lsp_lama", "website": "https://lsp.or.id", "tiktok": "@lsp_tik"}
    assert run(["merge", str(bundle), "--workspace", path, "--choose",
                "sosmed:instagram=there"]) == 0
    with open_workspace(path) as merged:
        assert Records(merged).social_media()["instagram"] == "@lsp_tik"
