"""`lsp-desktop status` reads like the window's checklist."""

from lsp_desktop.cli.main import run


def test_the_roster_line_counts_people_and_long_titles_keep_the_state_column(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path / "home"))
    ws = str(tmp_path / "w.lspws")
    run(["profile", "--name", "LSP Uji", "--workspace", ws])
    roster = tmp_path / "personel.csv"
    roster.write_text("nama,peran,nik,email,telepon,siapkerja\n"
                      "Ani,pengarah,3174055708900001,a@x.id,081234567890,sudah submit\n"
                      "Budi,pelaksana,3174051708900002,b@x.id,081234567891,belum\n",
                      encoding="utf-8")
    assert run(["import-table", "people", str(roster), "--workspace", ws]) == 0
    capsys.readouterr()
    run(["status", "--workspace", ws])
    lines = capsys.readouterr().out.splitlines()
    siapkerja = next(line for line in lines if "Akun SIAPkerja" in line)
    assert siapkerja.rstrip().endswith("1 dari 2 orang sudah kirim")
    title = next(line for line in lines if line.lstrip().startswith("2.11"))
    assert title.rstrip().endswith("belum ada") and len(title) < 90
