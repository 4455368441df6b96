"""Portable use: a chosen home (LSP_DESKTOP_HOME or 'LSP Desktop Data' beside the built
program) holds the workspace, the log and the settings; nothing goes to the profile."""

import sys

from lsp_desktop import paths


def fake_frozen(monkeypatch, folder):
    program = folder / "LSP Desktop"
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv(paths.HOME_ENV)


def test_data_folder_beside_the_built_program_is_the_home(tmp_path, monkeypatch):
    data = tmp_path / "stick" / "LSP Desktop Data"
    data.mkdir(parents=True)
    fake_frozen(monkeypatch, data.parent)
    assert paths.portable_home() == data.resolve()
    assert paths.app_home() == data.resolve()
    assert paths.settings_file() == data.resolve() / "settings.ini"
    assert paths.default_workspace_path().parent == data.resolve()


def test_without_the_folder_the_profile_is_used(tmp_path, monkeypatch):
    (tmp_path / "stick").mkdir()
    fake_frozen(monkeypatch, tmp_path / "stick")
    assert paths.portable_home() is None
    assert paths.settings_file() is None
    assert "stick" not in str(paths.app_home())


def test_home_variable_wins_over_the_folder(tmp_path, monkeypatch):
    data = tmp_path / "stick" / "LSP Desktop Data"
    data.mkdir(parents=True)
    fake_frozen(monkeypatch, data.parent)
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "elsewhere"))
    assert paths.app_home() == tmp_path / "elsewhere"
    assert paths.settings_file() == tmp_path / "elsewhere" / "settings.ini"


def test_source_run_ignores_a_folder_beside_python(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.delenv(paths.HOME_ENV)
    assert paths.portable_home() is None
    assert paths.settings_file() is None
