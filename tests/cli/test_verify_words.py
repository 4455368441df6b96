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
