"""Portable use: a chosen home (LSP_DESKTOP_HOME or 'LSP Desktop Data' beside the built
program) holds the workspace, the log and the settings; nothing goes to the profile."""

import sys
import tempfile
import types

import pytest

from lsp_desktop.base import paths
from lsp_desktop.messages import render


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


# Where the app runs: inside a zip on Windows, a translocated copy on macOS.

def fake_program(monkeypatch, program, platform):
    program.parent.mkdir(parents=True, exist_ok=True)
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.delenv(paths.HOME_ENV, raising=False)


@pytest.mark.parametrize("folder", ["Temp1_LSP-Desktop-0.1.0-windows-x64.zip/LSP Desktop",
                                    "7zO4A1B2C3D", "Rar$EXa1234.5678/LSP Desktop"])
def test_double_clicked_inside_the_zip_says_extract_all(tmp_path, monkeypatch, folder):
    temp = tmp_path / "AppData" / "Local" / "Temp"
    fake_program(monkeypatch, temp / folder / "LSP Desktop.exe", "win32")
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(temp))
    assert paths.running_inside_zip()
    code, values = paths.start_warning()
    assert code == "start.inside_zip"
    text = render(code, values, "id")
    assert "Extract All" in text and "Ekstrak Semua" in text and "ZIP" in text
    assert "Extract All" in render(code, values, "en")


def test_an_extracted_or_installed_app_says_nothing(tmp_path, monkeypatch):
    temp = tmp_path / "AppData" / "Local" / "Temp"
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(temp))
    for program in (tmp_path / "Downloads" / "LSP-Desktop-0.1.0-windows-x64" / "LSP Desktop",
                    tmp_path / "AppData" / "Local" / "Programs" / "LSP Desktop"):
        fake_program(monkeypatch, program / "LSP Desktop.exe", "win32")
        assert not paths.running_inside_zip()
        assert paths.start_warning() is None


def test_a_zip_named_folder_elsewhere_is_not_a_preview(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "Temp"))
    fake_program(monkeypatch, tmp_path / "Temp1_x.zip" / "LSP Desktop.exe", "linux")
    assert not paths.running_inside_zip()  # only Windows archive programs do this


def translocated_app(tmp_path, monkeypatch):
    copy = tmp_path / "AppTranslocation" / "5B2C" / "d" / "LSP Desktop.app"
    fake_program(monkeypatch, copy / "Contents" / "MacOS" / "LSP Desktop", "darwin")
    return copy


def test_translocated_app_finds_the_data_folder_beside_the_real_app(tmp_path, monkeypatch):
    translocated_app(tmp_path, monkeypatch)
    downloads = tmp_path / "Downloads"
    (downloads / "LSP Desktop Data").mkdir(parents=True)
    asked = []
    monkeypatch.setattr(paths, "_original_of_translocated",
                        lambda bundle: asked.append(bundle) or downloads / "LSP Desktop.app")
    assert paths.portable_home() == downloads / "LSP Desktop Data"
    assert asked and asked[0].name == "LSP Desktop.app"
    assert paths.start_warning() is None


def test_translocated_app_without_an_answer_says_where_the_data_went(tmp_path, monkeypatch):
    translocated_app(tmp_path, monkeypatch)

    def framework_missing(bundle):
        raise OSError("no Security framework")

    def call_refused(bundle):
        import ctypes

        raise ctypes.ArgumentError("argument 1: wrong type")

    for original in (lambda bundle: None, framework_missing, call_refused):
        monkeypatch.setattr(paths, "_original_of_translocated", original)
        assert paths.portable_home() is None
        code, values = paths.start_warning()
        assert code == "start.translocated"
        assert values["home"] == str(paths.app_home())
        text = render(code, values, "id")
        assert "Applications" in text and values["home"] in text


def test_an_app_not_translocated_never_asks_the_framework(tmp_path, monkeypatch):
    app = tmp_path / "Applications" / "LSP Desktop.app"
    fake_program(monkeypatch, app / "Contents" / "MacOS" / "LSP Desktop", "darwin")
    (tmp_path / "Applications" / "LSP Desktop Data").mkdir()
    monkeypatch.setattr(paths, "_original_of_translocated", lambda bundle: pytest.fail(
        "asked the Security framework for an app that was not translocated"))
    assert paths.portable_home() == tmp_path / "Applications" / "LSP Desktop Data"
    assert paths.start_warning() is None


def test_the_window_says_it_above_the_list_in_its_language(monkeypatch):
    from lsp_desktop.ui import launch

    shown = []
    window = types.SimpleNamespace(notice_bar=types.SimpleNamespace(
        show_message=lambda text, level: shown.append((text, level))))
    application = types.SimpleNamespace(window=window, lang="id")
    monkeypatch.setattr(paths, "start_warning", lambda: ("start.inside_zip", {}))
    launch._say_where_it_runs(application)
    (said, level), = shown
    assert level == "warning" and "Ekstrak Semua" in str(said)
    application.lang = "en"  # a language switch says the kept words again
    assert "Extract All" in str(said) and "Ekstrak" not in str(said)
