"""The window's language is held in one place (ui/i18n): the application and the controller
read it there, so a switch changes it once and nothing keeps an older copy."""

from PySide6.QtCore import QSettings

from lsp_desktop.ui import i18n
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.tasks import ImmediatePool


def test_a_switch_changes_the_one_language_everyone_reads(app_window):
    controller = app_window.window.controller
    assert app_window.lang == controller.lang == i18n.language() == "id"
    app_window.switch_language("en")
    assert app_window.window.controller is controller  # the same controller, not a copy
    assert app_window.lang == controller.lang == i18n.language() == "en"
    assert app_window.settings.value("language") == "en"
    app_window.switch_language("id")
    assert app_window.lang == controller.lang == i18n.language() == "id"


def test_the_saved_language_is_the_one_held_from_the_start(qapp, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "en")
    try:
        application = Application(qapp, store, ImmediatePool())
        assert application.lang == i18n.language() == "en"
    finally:
        i18n.set_language("id")
