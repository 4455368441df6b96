"""A PDF cut short that is also over 2 MB: told it is damaged, with that finding's own next
step (ask for it again, scan again), never advised to compress what no fix can read."""

from lsp_desktop.checks import check_bytes
from lsp_desktop.circulars.catalog import load_catalog
from tests import makefiles as mk
from tests.cli.running import cli
from tests.fill import new_workspace


def cut_short_scan() -> bytes:
    whole = mk.pdf_of_size(3_000_000)
    return whole[:2_600_000]  # a download that stopped: no xref, no %%EOF


def test_only_the_damage_is_said_and_no_compress_is_advised():
    npwp = next(r for r in load_catalog().requirements if r.point == "2.9")
    report = check_bytes(cut_short_scan(), "npwp.pdf", npwp)
    assert [f.code for f in report.findings] == ["pdf.damaged"]
    assert report.verdict == "error" and report.size == 2_600_000
    for lang, word in (("id", "Kompres"), ("en", "Compress")):
        said = report.findings[0].message(lang)
        assert word not in said and word.lower() not in said
    assert "unduh ulang" in report.findings[0].message("id")
    # A sound scan of that size is still offered the fix.
    sound = check_bytes(mk.pdf_of_size(2_600_000), "npwp.pdf", npwp)
    assert [f.code for f in sound.findings] == ["size.too_large"]


def test_the_command_line_lists_no_compress_for_it(tmp_path, capsys):
    path = tmp_path / "npwp.pdf"
    path.write_bytes(cut_short_scan())
    for lang, damaged in (("id", "rusak"), ("en", "damaged")):
        ws = new_workspace(tmp_path / f"ws-{lang}.lspws")
        code, out, err = cli(capsys, "--lang", lang, "add", "npwp", path, "--workspace", ws)
        said = out + err
        assert code == 1 and damaged in said
        assert "fix compress" not in said and "--fix" not in said and "ompres" not in said
        code, out, _ = cli(capsys, "--lang", lang, "status", "--workspace", ws)
        assert damaged in out and "fix compress" not in out and "ompres" not in out
