"""About shows the icon, version, data places and catalogue; a chosen home keeps settings."""

from PySide6.QtWidgets import QApplication

from lsp_desktop import __version__
from lsp_desktop.ui.app import Application, settings
from lsp_desktop.ui.dialogs.about import AboutDialog, app_icon
from lsp_desktop.ui.tasks import ImmediatePool


def test_settings_live_in_the_chosen_home(qapp, private_home):
    application = Application(qapp, settings(), ImmediatePool())
    application.install_language("id")
    assert application.open()
    application.switch_language("en")
    application.settings.sync()
    ini = private_home / "settings.ini"
    text = ini.read_text()
    assert "language=en" in text
    assert "workspace.lspws" in text  # the recent list
    assert (private_home / "workspace.lspws").exists()
    application.window.close()
    application.window.controller.workspace.close()


def test_about_box_says_version_places_and_catalogue(app_window, output_dir, private_home):
    window = app_window.window
    help_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == "Bantuan")
    next(a for a in help_menu.actions() if "Tentang" in a.text()).trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.text
    assert str(window.controller.workspace.path) in dialog.text
    assert str(private_home) in dialog.text
    assert window.controller.catalog.circular.number in dialog.text
    dialog.grab().save(str(output_dir / "about.png"))
    dialog.close()


def test_application_icon_has_several_sizes(qapp):
    icon = app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) >= 4
    assert isinstance(QApplication.instance(), QApplication)
