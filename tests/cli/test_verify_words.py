"""`lsp-desktop verify` on a tampered bundle speaks of the bundle contents list, never of
a "manifest" (a word the admin does not know), in both languages."""

import pytest

from lsp_desktop.cli.main import run
from tests.bundle.tampered import tampered_bundles


@pytest.mark.parametrize("lang", ["id", "en"])
def test_verify_on_the_command_line_names_the_bundle_contents_list(tmp_path, capsys, lang):
    for bundle in tampered_bundles(tmp_path):
        assert run(["--lang", lang, "verify", str(bundle)]) != 0
        out = capsys.readouterr().out
        assert "manifest" not in out.lower()
        assert {"id": "daftar isi bundel", "en": "bundle contents list"}[lang] in out.lower()


def test_a_file_that_is_no_zip_is_not_a_bundle_not_a_damaged_one(tmp_path, capsys):
    from tests import makefiles as mk

    pdf = mk.write(tmp_path, "ok.pdf", mk.pdf_bytes())
    assert run(["verify", str(pdf)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"BUKAN BUNDEL: {pdf} bukan bundel (berkas ZIP)")
    assert "RUSAK" not in out and "tidak utuh" not in out and "ok.pdf: PDF" in out
    photo = mk.write(tmp_path, "foto.jpg", mk.image_bytes())
    assert run(["--lang", "en", "verify", str(photo)]) == 1
    out = capsys.readouterr().out
    assert "NOT A BUNDLE" in out and "JPEG" in out and "DAMAGED" not in out
    cut = mk.write(tmp_path, "b.zip", b"PK\x03\x04" + b"\0" * 40)  # a zip cut short
    assert run(["verify", str(cut)]) == 1
    assert "RUSAK" in capsys.readouterr().out
