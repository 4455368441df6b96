"""The bundle: export, verify and import, as the receiver and the next laptop see it."""

import errno
import hashlib
import io
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import zipfile

import bagit
import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.cli.main import run
from lsp_desktop.status.requirements import workspace_status
from lsp_desktop.store.records import Records
from lsp_desktop.store.workspace import open_workspace
from tests import ROOT
from tests.fill import fill_everything, fill_files, fill_profile
from tests.support.archives import members


@pytest.fixture
def complete(workspace):
    fill_everything(workspace)
    return workspace


@pytest.fixture
def bundle(complete, tmp_path):
    return export_bundle(complete, tmp_path / "out" / "bundel.zip")


def test_complete_bundle_is_named_and_laid_out_by_the_circular(bundle):
    names = members(bundle.path)
    top = bundle.top
    assert top.startswith("LSP-Teknologi-Digital-") and not bundle.draft
    assert all(n.startswith(top + "/") for n in names)
    inside = {n[len(top) + 1:] for n in names}
    assert {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
            "manifest.json", "ringkasan.html"} <= inside
    assert {"data/2.09-npwp.pdf", "data/2.04-logo.png", "data/2.05-foto-kantor.jpg",
            "data/2.01-sk-lisensi.pdf", "data/4-sk-staf-it.pdf", "data/1-siapkerja.csv",
            "data/2.12-data-asesor.csv", "data/2.14-paket-kompetensi.csv",
            "data/tautan.txt", "data/2.11-berkas-asesor/Citra Dewi/Pasfoto.jpg"} <= inside


def test_summary_pdf_is_in_the_bag_without_qt(complete, tmp_path):
    result = export_bundle(complete, tmp_path / "b.zip")
    with zipfile.ZipFile(result.path) as archive:
        pdf = archive.read(f"{result.top}/ringkasan.pdf")
        tags = archive.read(f"{result.top}/tagmanifest-sha256.txt").decode()
    assert pdf.startswith(b"%PDF") and "ringkasan.pdf" in tags
    from lsp_desktop.checks import check_bytes

    assert check_bytes(pdf, "ringkasan.pdf").pages >= 1


def test_export_then_verify_round_trips(bundle, capsys):
    result = verify_bundle(bundle.path)
    assert result.status == "intact" and result.problems == []
    assert run(["verify", str(bundle.path)]) == 0
    assert "UTUH" in capsys.readouterr().out


def test_an_independent_bagit_validator_accepts_the_bag(bundle, tmp_path):
    with zipfile.ZipFile(bundle.path) as archive:
        archive.extractall(tmp_path / "unpacked")
    bag = bagit.Bag(str(tmp_path / "unpacked" / bundle.top))
    bag.validate()  # raises on any problem
    assert bag.info["Source-Organization"] == "LSP Teknologi Digital"
    assert bag.info["Circular-Number"] == "SE.007/BNSP/IV/2025"


def test_manifest_json_holds_enough_to_rebuild(bundle):
    import json

    with zipfile.ZipFile(bundle.path) as archive:
        manifest = json.loads(archive.read(f"{bundle.top}/manifest.json"))
    assert manifest["catalog"] == {"id": "se-007-bnsp-iv-2025", "version": 1}
    assert manifest["profile"]["licence"] == "BNSP-LSP-2629-ID"
    npwp = next(r for r in manifest["requirements"] if r["id"] == "npwp")
    assert npwp["state"] == "ok" and npwp["files"][0]["path"] == "data/2.09-npwp.pdf"
    assert set(npwp["files"][0]) >= {"name", "size", "sha256", "format", "pages"}


@pytest.mark.skipif(not shutil.which("unzip"), reason="unzip is not installed")
def test_unzip_accepts_the_zip(bundle):
    result = subprocess.run(["unzip", "-t", str(bundle.path)], capture_output=True, text=True)
    assert result.returncode == 0 and "No errors detected" in result.stdout


@pytest.mark.skipif(not shutil.which("7z"), reason="7-Zip is not installed")
def test_7zip_accepts_the_zip(bundle):
    result = subprocess.run(["7z", "t", str(bundle.path)], capture_output=True, text=True)
    assert result.returncode == 0 and "Everything is Ok" in result.stdout


def test_incomplete_workspace_is_refused_with_the_list(workspace, tmp_path, capsys):
    fill_profile(workspace)
    fill_files(workspace, ["npwp"])
    with pytest.raises(LspError) as caught:
        export_bundle(workspace, tmp_path / "b.zip")
    message = caught.value.message("id")
    assert "2.10 Buku Rekening LSP" in message and "--allow-incomplete" in message
    assert not (tmp_path / "b.zip").exists()


def test_the_refusal_says_the_roster_as_the_list_does(workspace, tmp_path):
    """People are listed, none has submitted: "0 dari 2 orang sudah kirim", not "belum ada"."""
    from lsp_desktop.store.records import Person, Records

    records = Records(workspace)
    records.save_person(Person(None, "Ani", "pengarah", "3174055708900001"))
    records.save_person(Person(None, "Budi", "asesor", "3174051708900002"))
    with pytest.raises(LspError) as caught:
        export_bundle(workspace, tmp_path / "b.zip")
    assert "seluruh personel LSP (0 dari 2 orang sudah kirim)" in caught.value.message("id")


def test_cli_draft_export_names_what_is_missing_by_number_and_title(workspace, tmp_path,
                                                                    capsys):
    fill_profile(workspace)
    fill_files(workspace, ["npwp"])
    workspace.close()
    assert run(["export", "--workspace", str(workspace.path), "--out", str(tmp_path / "d.zip"),
                "--allow-incomplete"]) == 0
    printed = capsys.readouterr().out
    assert "2.10 Buku Rekening LSP" in printed and "rekening," not in printed


def test_draft_is_marked_in_name_bag_info_and_summary(workspace, tmp_path):
    fill_profile(workspace)
    fill_files(workspace, ["npwp"])
    result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    assert result.draft and result.top.endswith("-DRAF")
    with zipfile.ZipFile(result.path) as archive:
        assert "DRAF" in archive.read(f"{result.top}/bag-info.txt").decode()
        assert "DRAF" in archive.read(f"{result.top}/ringkasan.html").decode()
    verified = verify_bundle(result.path)
    assert verified.status == "draft" and "rekening" in verified.missing
    assert run(["verify", str(result.path)]) == 1


def test_hidden_system_files_never_enter_the_bag(workspace, tmp_path):
    from tests import makefiles as mk

    fill_profile(workspace)
    workspace.attach_bytes("npwp", ".DS_Store", mk.pdf_bytes())
    result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    names = members(result.path)
    assert not any(n.lower().endswith((".ds_store", "thumbs.db", "desktop.ini")) for n in names)


def _data_offset(path, info):
    with open(path, "rb") as handle:
        handle.seek(info.header_offset + 26)
        name_length, extra_length = int.from_bytes(handle.read(2), "little"), \
            int.from_bytes(handle.read(2), "little")
    return info.header_offset + 30 + name_length + extra_length


def test_a_flipped_byte_in_any_member_is_caught_and_named(bundle, tmp_path):
    with zipfile.ZipFile(bundle.path) as archive:
        infos = [i for i in archive.infolist() if i.compress_size > 0]
    original = bundle.path.read_bytes()
    for info in infos:
        damaged = bytearray(original)
        damaged[_data_offset(bundle.path, info) + info.compress_size // 2] ^= 0x55
        path = tmp_path / "rusak.zip"
        path.write_bytes(bytes(damaged))
        result = verify_bundle(path)
        assert result.status == "damaged", info.filename
        named = [f.values.get("file", "") for f in result.problems]
        short = info.filename.split("/", 1)[1]
        assert any(short.endswith(n) or n.endswith(short) for n in named if n), (short, named)


def test_a_changed_file_with_a_matching_zip_crc_is_caught_by_sha256(bundle, tmp_path):
    # Rewrite the zip with one payload file replaced: the zip itself is sound.
    target = tmp_path / "diubah.zip"
    with zipfile.ZipFile(bundle.path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("data/2.09-npwp.pdf"):
                data = data.replace(b"/Count 1", b"/Count 2")
            out.writestr(info, data)
    result = verify_bundle(target)
    assert result.status == "damaged"
    assert [f.code for f in result.problems] == ["bundle.checksum"]
    assert result.problems[0].values["file"] == "data/2.09-npwp.pdf"


KILLED_EXPORT = textwrap.dedent("""
    import sys, time
    from lsp_desktop.bundle.export import export_steps
    from lsp_desktop.store.workspace import open_workspace
    ws = open_workspace(sys.argv[1])
    steps = export_steps(ws, sys.argv[2])
    next(steps)
    next(steps)
    print("writing", flush=True)
    time.sleep(60)
""")


def test_a_killed_export_leaves_the_previous_bundle_intact(complete, bundle, tmp_path):
    before = bundle.path.read_bytes()
    complete.close()
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(complete.path),
                              str(bundle.path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    child.kill()
    child.wait()
    assert bundle.path.read_bytes() == before
    assert verify_bundle(bundle.path).status == "intact"


class _FullDisk:
    """A file that fills up after ten kilobytes, like a USB stick that is full."""

    def __init__(self, real, limit=10_000):
        self.real, self.limit, self.written = real, limit, 0
        self.name = real.name

    def write(self, data):
        self.written += len(data)
        if self.written > self.limit:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.real.write(data)

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()


def test_a_full_disk_gives_a_clear_error_and_no_half_bundle(complete, bundle, tmp_path,
                                                            monkeypatch):
    from lsp_desktop.bundle import export

    before = bundle.path.read_bytes()
    real = export.new_partial

    def filling_up(target):
        temp, handle = real(target)
        return temp, _FullDisk(handle)

    monkeypatch.setattr(export, "new_partial", filling_up)
    with pytest.raises(LspError) as caught:
        export_bundle(complete, bundle.path)
    assert caught.value.code == "bundle.write_failed"
    assert "ruang disk" in caught.value.message("id")
    assert bundle.path.read_bytes() == before
    assert [p.name for p in bundle.path.parent.iterdir()] == ["bundel.zip"]


def test_import_rebuilds_the_same_checklist(complete, bundle, tmp_path, catalog):
    target = import_bundle(bundle.path, tmp_path / "laptop-2" / "lanjutan.lspws")
    with open_workspace(target, catalog) as again:
        def view(ws):
            return [(s.requirement.id, s.state, sorted(d.sha256 for d, _ in s.documents),
                     s.link, s.counts) for s in workspace_status(ws)]

        assert view(again) == view(complete)
        assert again.profile() == complete.profile()
        assert len(Records(again).assessor_files(Records(again).people("asesor")[0].id)) == 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_import_refuses_to_overwrite_a_workspace(bundle, tmp_path, catalog):
    existing = tmp_path / "ada.lspws"
    existing.write_bytes(b"keep me")
    with pytest.raises(LspError) as caught:
        import_bundle(bundle.path, existing, catalog)
    assert caught.value.code == "import.target_exists"
    assert existing.read_bytes() == b"keep me"


def _hostile(tmp_path, build):
    path = tmp_path / "jahat.zip"
    with zipfile.ZipFile(path, "w") as archive:
        build(archive)
    return path


def _symlink(archive):
    info = zipfile.ZipInfo("bag/data/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive.writestr(info, "/etc/passwd")


def _duplicate(archive):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        archive.writestr("bag/data/a.pdf", b"1")
        archive.writestr("bag/data/a.pdf", b"2")


HOSTILE = {
    "escaping path": (lambda a: a.writestr("bag/../../evil.txt", b"x"), "bundle.unsafe_path"),
    "absolute path": (lambda a: a.writestr("/etc/evil.txt", b"x"), "bundle.unsafe_path"),
    "symbolic link": (_symlink, "bundle.link_member"),
    "duplicate names": (_duplicate, "bundle.duplicate_member"),
    "zip bomb": (lambda a: a.writestr("bag/data/bom.txt", b"\0" * 30_000_000,
                                      compress_type=zipfile.ZIP_DEFLATED), "bundle.zip_bomb"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_zips_are_refused_and_nothing_is_left(kind, tmp_path, catalog):
    build, code = HOSTILE[kind]
    path = _hostile(tmp_path, build)
    result = verify_bundle(path)
    assert result.status == "damaged" and code in [f.code for f in result.problems]
    target = tmp_path / "hasil.lspws"
    with pytest.raises(LspError) as caught:
        import_bundle(path, target, catalog)
    assert caught.value.code == "import.damaged"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "jahat.zip"] or \
        not any(p.name.startswith(("hasil", ".hasil")) for p in tmp_path.iterdir())


def test_oversized_member_is_refused(tmp_path, monkeypatch, catalog):
    monkeypatch.setattr("lsp_desktop.bundle.verify.MAX_MEMBER_BYTES", 1_000_000)
    path = _hostile(tmp_path, lambda a: a.writestr("bag/data/big.pdf", os.urandom(1_500_000)))
    assert "bundle.member_too_large" in [f.code for f in verify_bundle(path).problems]


def test_damaged_bundle_is_refused_on_import(bundle, tmp_path, catalog):
    data = bytearray(bundle.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    path = tmp_path / "rusak.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(LspError):
        import_bundle(path, tmp_path / "x.lspws", catalog)
    assert not (tmp_path / "x.lspws").exists()
    assert not list(tmp_path.glob(".x.lspws*"))


def test_not_a_zip_is_told_plainly(tmp_path, capsys):
    path = tmp_path / "bukan.zip"
    path.write_bytes(b"hello")
    assert run(["verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert "bukan bundel (berkas ZIP)" in out and "format tidak dikenal" in out


def test_cli_export_verify_import(complete, tmp_path, capsys):
    complete.close()
    out = tmp_path / "serah.zip"
    assert run(["export", "--workspace", str(complete.path), "--out", str(out)]) == 0
    assert "Bundel lengkap tersimpan" in capsys.readouterr().out
    assert run(["verify", "--json", str(out)]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["status"] == "intact"
    target = tmp_path / "baru.lspws"
    assert run(["import", str(out), "--workspace", str(target)]) == 0
    assert target.exists()
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert run(["import", str(out), "--workspace", str(target)]) == 1  # never overwrites
    assert hashlib.sha256(out.read_bytes()).hexdigest() == sha


def test_bag_names_are_nfc(workspace, tmp_path):
    import unicodedata

    fill_profile(workspace)
    workspace.set_profile(name="LSP Kec\u0327akapan")  # a decomposed c-cedilla, as macOS types it
    from tests import makefiles as mk

    workspace.attach_bytes("npwp", "Sertifikat Jose\u0301.pdf", mk.pdf_bytes())
    result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    for name in members(result.path):
        assert unicodedata.is_normalized("NFC", name)
    with zipfile.ZipFile(result.path) as archive:
        manifest = archive.read(f"{result.top}/manifest.json").decode()
    assert "Jos\u00e9" in manifest
    _ = io


def test_summary_names_each_items_own_file_even_with_shared_content(workspace, tmp_path):
    from tests import makefiles as mk

    fill_profile(workspace)
    same = mk.pdf_bytes()
    workspace.attach_bytes("sk-lisensi", "lisensi.pdf", same)
    workspace.attach_bytes("rekening", "rekening.pdf", same)
    result = export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    with zipfile.ZipFile(result.path) as archive:
        html = archive.read(f"{result.top}/ringkasan.html").decode()
    lisensi_row = html[html.index("SK Lisensi LSP"):html.index("Sertifikat Lisensi LSP")]
    assert "data/2.01-sk-lisensi.pdf" in lisensi_row and "rekening" not in lisensi_row


def test_randomly_damaged_bundles_are_reported_never_raised(bundle, tmp_path, catalog):
    import random

    rng = random.Random(11)
    original = bundle.path.read_bytes()
    for round_number in range(150):
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / "acak.zip"
        path.write_bytes(bytes(data))
        result = verify_bundle(path)
        assert result.status in ("intact", "damaged")
        if round_number % 15 == 0:
            target = tmp_path / f"hasil{round_number}.lspws"
            try:
                import_bundle(path, target, catalog)
            except LspError:
                assert not target.exists()


def test_a_value_stored_before_it_was_refused_stops_the_export_with_what_to_do(workspace,
                                                                               tmp_path):
    """A name turned right-to-left (U+202E), stored by a version that did not refuse it
    yet: the export says which field and what to do, not "check the disk"."""
    from lsp_desktop.store.records import Records

    fill_profile(workspace)
    with workspace.transaction():
        Records(workspace).db.execute(
            "INSERT INTO social_media VALUES ('tiktok', '@lsp\u202egpj.exe')")
    with pytest.raises(LspError) as caught:
        export_bundle(workspace, tmp_path / "b.zip", allow_incomplete=True)
    said = caught.value.message("id")
    assert "tiktok" in said and "U+202E" in said and "Ketik ulang isian itu" in said
    assert "disk" not in said and not (tmp_path / "b.zip").exists()
