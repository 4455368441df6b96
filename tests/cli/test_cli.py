"""The command line: what it prints, its exit codes, and never a traceback."""

import json
import os
import subprocess
import sys

import pytest

from lsp_desktop.cli.main import run
from tests import ROOT
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import new_workspace


def test_requirements_json_lists_every_item(capsys):
    code, out, _ = cli(capsys, "requirements", "--json")
    assert code == 0
    items = json.loads(out)["requirements"]
    assert len(items) == 16
    npwp = next(i for i in items if i["id"] == "npwp")
    assert npwp == {"id": "npwp", "point": "2.9", "group": "dokumen", "title_id": "NPWP LSP",
                    "title_en": "LSP tax number (NPWP)", "form": "file", "formats": ["pdf"],
                    "max_bytes": 2_097_152, "applies": True, "rule_source": "circular"}


def test_requirements_follow_the_workspace_profile(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    assert cli(capsys, "profile", "--workspace", ws, "--type", "P2", "--category", "blk")[0] == 0
    items = json.loads(cli(capsys, "requirements", "--workspace", ws, "--json")[1])
    applies = {i["id"]: i["applies"] for i in items["requirements"]}
    assert applies["acuan-paket"] is False and applies["paket-kompetensi"] is False
    assert applies["skkk"] is False and applies["npwp"] is True


def test_check_json_keys_and_order(capsys, tmp_path):
    good = mk.write(tmp_path, "sk.pdf", mk.pdf_bytes(pages=2))
    renamed = mk.write(tmp_path, "npwp.pdf", mk.image_bytes("JPEG"))
    code, out, _ = cli(capsys, "check", "--json", good, renamed, tmp_path / "absent.pdf")
    assert code == 1
    files = json.loads(out)["files"]
    assert [f["path"] for f in files] == [str(good), str(renamed), str(tmp_path / "absent.pdf")]
    first = files[0]
    assert set(first) == {"path", "requirement", "size", "sha256", "format", "pages", "width",
                          "height", "encrypted", "verdict", "findings"}
    assert (first["format"], first["pages"], first["verdict"], first["encrypted"]) == (
        "pdf", 2, "ok", False)
    assert files[1]["format"] == "jpeg" and files[1]["width"] == 800
    # The photo renamed .pdf is a JPEG: allowed by the general rule, but misnamed.
    assert files[1]["findings"][0]["code"] == "format.mismatch"
    assert files[2]["findings"][0]["code"] == "file.not_found"


def test_check_against_a_requirement_in_english(capsys, tmp_path):
    photo = mk.write(tmp_path, "npwp.pdf", mk.image_bytes("JPEG"))
    code, out, _ = cli(capsys, "check", photo, "--requirement", "npwp", "--lang", "en")
    assert code == 1 and "ERROR" in out and "actually a JPEG" in out


def test_check_ok_exits_zero(capsys, tmp_path):
    code, out, _ = cli(capsys, "check", mk.write(tmp_path, "a.pdf", mk.pdf_bytes()))
    assert code == 0 and "OK" in out


def test_add_status_remove_round(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    pdf = mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())
    assert cli(capsys, "add", "--workspace", ws, "npwp", pdf)[0] == 0
    code, out, _ = cli(capsys, "status", "--workspace", ws, "--json")
    assert code == 1  # far from complete
    states = {r["id"]: r for r in json.loads(out)["requirements"]}
    assert states["npwp"]["state"] == "ok" and states["npwp"]["files"][0]["name"] == "npwp.pdf"
    assert states["rekening"]["state"] == "missing"
    assert cli(capsys, "remove", "--workspace", ws, "npwp")[0] == 0
    states = {r["id"]: r for r in json.loads(cli(capsys, "status", "--workspace", ws,
                                                 "--json")[1])["requirements"]}
    assert states["npwp"]["state"] == "missing"


def test_add_refuses_wrong_kind_with_a_message(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    photo = mk.write(tmp_path, "rekening.pdf", mk.image_bytes("JPEG"))
    code, _, err = cli(capsys, "add", "--workspace", ws, "rekening", photo)
    assert code == 1 and "tidak dilampirkan" in err and "PDF" in err


def test_link_is_checked_for_shape(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    code, out, _ = cli(capsys, "link", "--workspace", ws, "dokumen-skema",
                       "https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQ")
    assert code == 0 and "Siapa saja" in out
    code, _, err = cli(capsys, "link", "--workspace", ws, "dokumen-skema",
                       "https://dropbox.com/s/abc")  # refused, as social set refuses
    assert code == 2 and "bukan tautan Google Drive" in err and "Tidak disimpan" in err


@pytest.mark.parametrize("args, help_of", [
    (["frob"], "lsp-desktop"), (["check"], "lsp-desktop check"),
    (["add", "npwp"], "lsp-desktop add"), (["profile", "--type"], "lsp-desktop profile"),
    (["status", "--nope"], "lsp-desktop status"),
    (["fix", "rotate", "a.jpg"], "lsp-desktop fix rotate")])
def test_usage_errors_exit_two_and_name_the_commands_own_help(capsys, args, help_of):
    code, _, err = cli(capsys, *args)
    assert code == 2 and f"Lihat petunjuk: {help_of} --help" in err and "Traceback" not in err


def test_every_fix_input_has_its_help(capsys):
    for action in ("compress", "combine", "rotate", "to-pdf"):
        with pytest.raises(SystemExit):
            cli(capsys, "fix", action, "--help")
        listed = capsys.readouterr().out.split("isian:")[1].split("pilihan:")[0]
        assert "IN " in listed and len(listed.split("IN", 1)[1].strip()) > 10, action


def test_unknown_requirement_and_bad_profile(capsys, tmp_path):
    # An unknown item id is a wrong value typed on the command line: exit 2, as README says.
    code, _, err = cli(capsys, "check", "--requirement", "ktp", tmp_path)
    assert code == 2 and "tidak dikenal" in err and "npwp" in err
    code, _, err = cli(capsys, "profile", "--workspace", tmp_path / "w.lspws", "--type", "P9")
    assert code == 2 and "'P1', 'P2', 'P3'" in err


def test_damaged_workspace_gives_a_message_not_a_traceback(tmp_path):
    bogus = mk.write(tmp_path, "rusak.lspws", b"SQLite format 3\x00" + b"\xff" * 3000)
    result = subprocess.run([sys.executable, "-m", "lsp_desktop", "status", "--workspace",
                             str(bogus)], cwd=ROOT, capture_output=True, text=True,
                            env=os.environ | {"PYTHONPATH": ROOT})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "bukan ruang kerja" in result.stderr


def test_broken_files_never_produce_a_traceback(tmp_path):
    files = [mk.write(tmp_path, name, data) for name, data in [
        ("trunc.pdf", mk.pdf_bytes()[:300]), ("kunci.pdf", mk.encrypted_pdf("x")),
        ("bom.png", mk.png_header_only(40_000, 40_000)), ("kosong.pdf", b""),
        ("foto.heic", mk.heic_like()), ("rusak.jpg", mk.image_bytes("JPEG", noise=True)[:999]),
    ]]
    result = subprocess.run([sys.executable, "-m", "lsp_desktop", "check", *map(str, files)],
                            cwd=ROOT, capture_output=True, text=True,
                            env=os.environ | {"PYTHONPATH": ROOT})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout.count("KESALAHAN") == len(files)


def test_add_fix_turns_photos_into_one_pdf(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    photos = [mk.write(tmp_path, f"npwp-{i}.jpg", mk.image_bytes("JPEG", (1600, 2200)))
              for i in (1, 2)]
    code, out, _ = cli(capsys, "add", "--workspace", ws, "npwp", *photos, "--fix")
    assert code == 0 and "npwp-1.pdf" in out and "2 halaman" in out
    code, out, _ = cli(capsys, "status", "--workspace", ws, "--json")
    npwp = next(r for r in json.loads(out)["requirements"] if r["id"] == "npwp")
    assert npwp["state"] == "ok" and npwp["files"][0]["pages"] == 2


def test_profile_warns_of_an_odd_licence_number(tmp_path, capsys):

    workspace = str(tmp_path / "ws.lspws")
    assert run(["profile", "--workspace", workspace, "--licence", "LSP-123"]) == 0
    assert "BNSP-LSP-2629-ID" in capsys.readouterr().out
    assert run(["profile", "--workspace", workspace, "--licence", "BNSP-LSP-2629-ID",
                "--lang", "en"]) == 0
    assert "usual" not in capsys.readouterr().out
