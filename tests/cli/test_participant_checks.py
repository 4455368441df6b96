"""`lsp-desktop participant` says at once what is wrong: a WhatsApp number that is not a
mobile number (saved, with the message), a text longer than the workspace keeps (refused,
never cut short)."""

import json

from tests.cli.running import cli
from tests.fill import new_workspace


def test_a_landline_as_whatsapp_is_said_plainly(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    code, out, _ = cli(capsys, "participant", "--person", "Rina", "--add", "--whatsapp",
                       "021 555 1234", "--workspace", ws)
    # Saved with the app's advice: a warning, which exits 0 as `check` does.
    assert code == 0 and "Nomor WhatsApp '021 555 1234' tidak dikenali" in out
    assert "[peringatan]" in out and "Tersimpan." in out
    code, out, err = cli(capsys, "participant", "--whatsapp", "12345", "--workspace", ws)
    assert code == 0 and "'12345'" in out and "kesalahan" not in out + err
    shown = json.loads(cli(capsys, "participant", "--json", "--workspace", ws)[1])
    assert shown["whatsapp"] == "12345"
    code, out, _ = cli(capsys, "participant", "--whatsapp", "0812 3456 7891", "--workspace", ws)
    assert "tidak dikenali" not in out


def test_a_text_too_long_is_refused_not_cut(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    cli(capsys, "participant", "--person", "Rina", "--add", "--workspace", ws)
    code, _, err = cli(capsys, "--lang", "en", "participant", "--sk-number", "9" * 250,
                       "--workspace", ws)
    assert code == 1 and "250 characters; at most 200" in err and "Traceback" not in err
    shown = json.loads(cli(capsys, "participant", "--json", "--workspace", ws)[1])
    assert shown["sk_number"] == ""


def _people(ws):
    from lsp_desktop.store.records import Records
    from lsp_desktop.store.workspace import open_workspace

    with open_workspace(ws) as workspace:
        return [(p.name, p.nik) for p in Records(workspace).people()]


def test_a_bad_nik_is_refused_before_anything_is_saved(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    code, out, err = cli(capsys, "participant", "--person", "Siti", "--add", "--nik", "123",
                         "--job-title", "IT", "--workspace", ws)
    assert code == 2 and "NIK '123' harus 16 angka" in err
    assert "Tidak ada yang disimpan" in err and "Traceback" not in err
    assert _people(ws) == []


def test_adding_the_same_person_twice_keeps_one(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    nik = "3174055708900001"
    for _ in range(2):  # a command run twice, as scripts and tired admins do
        code, out, err = cli(capsys, "participant", "--person", "Siti", "--add", "--nik", nik,
                             "--job-title", "IT", "--workspace", ws)
        assert code == 0
    assert "sudah ada di daftar personel" in out
    assert _people(ws) == [("Siti", nik)]


def test_switching_the_participant_drops_the_last_ones_job_title_and_whatsapp(
        capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    cli(capsys, "participant", "--person", "Siti", "--add", "--job-title", "Staf IT",
        "--whatsapp", "081234567890", "--workspace", ws)
    code, out, _ = cli(capsys, "participant", "--person", "Budi", "--add", "--workspace", ws)
    assert code == 0 and "Staf IT" not in out and "081234567890" not in out
    shown = json.loads(cli(capsys, "participant", "--json", "--workspace", ws)[1])
    assert shown["name"] == "Budi" and shown["job_title"] == "" and shown["whatsapp"] == ""


def test_a_nik_of_someone_else_is_refused_and_nothing_saved(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    nik = "3174055708900001"
    cli(capsys, "participant", "--person", "Siti", "--add", "--nik", nik, "--workspace", ws)
    code, _, err = cli(capsys, "participant", "--person", "Budi", "--add", "--nik", nik,
                       "--workspace", ws)
    assert code == 1 and f"NIK '{nik}' sudah dipakai Siti" in err
    assert _people(ws) == [("Siti", nik)]
    shown = json.loads(cli(capsys, "participant", "--json", "--workspace", ws)[1])
    assert shown["name"] == "Siti"


def test_social_set_without_a_value_and_a_link_on_a_file_item_are_usage_errors(
        capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    code, _, err = cli(capsys, "social", "set", "facebook", "--workspace", ws)
    assert code == 2 and "Tulis alamat atau nama akun facebook setelah 'set'" in err
    code, _, err = cli(capsys, "link", "npwp", "https://drive.google.com/x", "--workspace", ws)
    assert code == 1 and "tidak menerima tautan (bentuknya: berkas)" in err


def test_the_help_lists_the_exit_codes_warnings_included(capsys):
    import pytest

    with pytest.raises(SystemExit):
        cli(capsys, "--help")
    out = capsys.readouterr().out
    assert "Kode keluar: 0 selesai (termasuk bila hanya ada peringatan" in out
