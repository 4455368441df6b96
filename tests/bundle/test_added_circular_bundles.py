"""A bundle made under a circular the admin added (a file BNSP sent): intact on the laptop
that made it, importable there, and on a laptop without that circular the advice is to add
its file, not to update the app."""

from __future__ import annotations

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.resources import default_catalog_path
from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.bundle.importer import import_bundle
from lsp_desktop.bundle.verify import verify_bundle
from lsp_desktop.circulars.library import add_catalog_file
from lsp_desktop.store.followed_circular import followed_catalog_id
from lsp_desktop.store.workspace import Workspace, open_workspace
from tests.fill import fill_everything

OTHER_ID = "se-999-x"


@pytest.fixture
def added_bundle(tmp_path):
    text = default_catalog_path().read_text("utf-8")
    shipped_id = 'id = "se-007-bnsp-iv-2025"'
    assert shipped_id in text
    source = tmp_path / "c.toml"
    source.write_text(text.replace(shipped_id, f'id = "{OTHER_ID}"', 1), "utf-8")
    added = add_catalog_file(source)
    with Workspace(tmp_path / "ws.lspws", added) as ws:
        fill_everything(ws)
        return export_bundle(ws, tmp_path / "c.zip").path


def test_a_bundle_of_an_added_circular_is_intact_where_it_was_made(added_bundle):
    result = verify_bundle(added_bundle)
    assert result.status == "intact", [f.message("id") for f in result.problems]
    assert result.problems == []


def test_it_imports_under_its_own_circular(added_bundle, tmp_path):
    target = import_bundle(added_bundle, tmp_path / "lagi.lspws")
    with open_workspace(target) as ws:
        assert followed_catalog_id(ws) == OTHER_ID
        assert ws.profile().name == "LSP Teknologi Digital"


def test_elsewhere_the_advice_is_to_add_the_circular(added_bundle, tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path / "laptop-lain"))
    result = verify_bundle(added_bundle)
    assert not result.damaged and result.status == "unknown_catalog"
    [problem] = result.problems
    assert "Tambahkan berkas surat edaran" in problem.message("id")
    assert "Perbarui aplikasi" not in problem.message("id")
    assert "Add that circular's file" in problem.message("en")
    with pytest.raises(LspError) as caught:
        import_bundle(added_bundle, tmp_path / "x.lspws")
    assert "circulars --add" in caught.value.message("id")
    assert not (tmp_path / "x.lspws").exists()
