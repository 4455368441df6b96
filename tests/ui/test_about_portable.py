"""About shows the icon, version, data places and catalogue; a chosen home keeps settings."""

from PySide6.QtWidgets import QApplication

from lsp_desktop import __version__
from lsp_desktop.ui.app import Application, settings
from lsp_desktop.ui.app_icon import app_icon
from lsp_desktop.ui.dialogs.about import AboutDialog
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


def test_first_start_welcomes_once_and_leads_to_the_profile(qapp, tmp_path, output_dir):
    from PySide6.QtCore import QSettings

    from lsp_desktop.ui.panels.profile import ProfilePanel
    from lsp_desktop.ui.panels.welcome import WelcomePanel

    store = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language("id")
    assert application.open(tmp_path / "ws.lspws")
    window = application.window
    panel = window.detail.widget()
    assert isinstance(panel, WelcomePanel)
    assert "Selamat datang" in panel.text and "laptop" in panel.text
    assert str(tmp_path / "home") in panel.text
    for width, height in ((1366, 768), (1024, 600)):
        window.resize(width, height)
        window.grab().save(str(output_dir / f"welcome-{width}x{height}.png"))
    panel.profile_button.click()
    assert isinstance(window.detail.widget(), ProfilePanel)
    application.open(tmp_path / "ws.lspws")  # the next start: no welcome
    assert not isinstance(application.window.detail.widget(), WelcomePanel)
    application.window.close()
    application.window.controller.workspace.close()


def test_welcome_again_from_help_menu(app_window):
    from lsp_desktop.ui.panels.welcome import WelcomePanel

    window = app_window.window
    help_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == "Bantuan")
    next(a for a in help_menu.actions() if "Selamat datang" in a.text()).trigger()
    assert isinstance(window.detail.widget(), WelcomePanel)
