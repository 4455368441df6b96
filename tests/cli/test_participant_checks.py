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
    assert code == 1 and "Nomor WhatsApp '021 555 1234' tidak dikenali" in out
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
