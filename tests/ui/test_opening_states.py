"""Opening a workspace: the list appears at once and every item's state is computed on a
worker (a file whose stored check is stale is read and checked again there), shown when it
arrives; meanwhile each item says "memeriksa…", never a false "belum ada"."""

import threading

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from lsp_desktop.store import workspace as store_workspace
from lsp_desktop.store.workspace import open_workspace
from lsp_desktop.ui.app import Application
from lsp_desktop.ui.panels.requirement import RequirementPanel
from lsp_desktop.ui.shell.main_window import WAITING_PANEL
from tests import makefiles as mk
from tests.ui.driving import notices, state_text, wait_idle


@pytest.fixture
def filled_workspace(tmp_path):
    path = tmp_path / "lama.lspws"
    with open_workspace(path) as workspace:
        workspace.attach("npwp", mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes()))
        workspace.attach("sk-asesor", mk.write(tmp_path, "sk asesor.pdf", mk.pdf_bytes(2)))
    return path


def test_states_of_a_workspace_with_stale_checks_are_computed_off_the_window_thread(
        qapp, qtbot, tmp_path, monkeypatch, filled_workspace):
    # A newer app: every check stored by the old one is stale and must be made again.
    monkeypatch.setattr(store_workspace, "CHECKER_VERSION", "a-newer-checker")
    checked_on = []
    real_check = store_workspace.check_bytes

    def check_bytes(data, name, requirement):
        checked_on.append((name, threading.current_thread()))
        return real_check(data, name, requirement)

    monkeypatch.setattr(store_workspace, "check_bytes", check_bytes)
    application = _opened(qapp, tmp_path, filled_workspace)
    window = application.window
    items = [r.id for r in window.controller.catalog.requirements]
    # Shown at once, before any state arrived: checking, not "not there yet".
    assert {state_text(window, item) for item in items} == {"memeriksa…"}
    assert "memeriksa" in window.header.progress_text.text()
    window.select("npwp")  # chosen before its state is known: its panel says checking
    assert window.panel.objectName() == WAITING_PANEL

    wait_idle(qtbot, application)
    assert sorted(name for name, _ in checked_on) == ["npwp.pdf", "sk asesor.pdf"]
    assert all(thread is not threading.main_thread() for _, thread in checked_on)
    assert state_text(window, "npwp") == "siap"
    assert state_text(window, "siapkerja") != "memeriksa…"
    assert "belum ada" in {state_text(window, item) for item in items}
    assert "memeriksa…" not in {state_text(window, item) for item in items}
    assert window.header.progress_text.text().startswith(
        f"{window.controller.progress()[0]} dari")
    assert isinstance(window.panel, RequirementPanel)  # the item chosen meanwhile
    assert window.panel.requirement.id == "npwp"
    window.close()
    window.controller.close()


def _opened(qapp, tmp_path, path) -> Application:
    """The window on ``path`` as the app opens it: workers on a real thread pool."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, settings, QThreadPool())
    application.install_language("id")
    assert application.open(path)
    return application


def _open_with_failing_reads(qapp, tmp_path, monkeypatch, path, failures: int):
    """The window on ``path`` while the first ``failures`` readings of the states find the
    workspace held by another program (as a sync folder or the command line may hold it)."""
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.ui.jobs import edit_jobs
    from lsp_desktop.ui.road import edit_path

    monkeypatch.setattr(edit_path, "STATE_RETRY_MS", 50)
    real, tries = edit_jobs.workspace_status, []

    def workspace_status(workspace):
        tries.append(threading.current_thread())
        if len(tries) <= failures:
            raise LspError("workspace.busy")
        return real(workspace)

    monkeypatch.setattr(edit_jobs, "workspace_status", workspace_status)
    application = _opened(qapp, tmp_path, path)
    return application, tries


def test_states_that_could_not_be_read_are_read_again(qapp, qtbot, tmp_path, monkeypatch,
                                                      filled_workspace):
    application, tries = _open_with_failing_reads(qapp, tmp_path, monkeypatch,
                                                  filled_workspace, failures=1)
    window = application.window
    told = notices(window)
    qtbot.waitUntil(lambda: window.controller.states_known, timeout=20_000)
    assert len(tries) == 2
    assert state_text(window, "npwp") == "siap"
    assert told and told[0].startswith("Status butir belum dapat dibaca: Ruang kerja sedang")
    assert told[0].endswith("Dicoba lagi…")
    # Once read, the status line no longer says they could not be.
    assert window.notice_label.text().endswith("Status butir sudah terbaca.")
    window.close()
    window.controller.close()


def test_states_never_read_say_what_to_do(qapp, qtbot, tmp_path, monkeypatch,
                                          filled_workspace):
    from lsp_desktop.ui.road.edit_path import STATE_TRIES

    application, tries = _open_with_failing_reads(qapp, tmp_path, monkeypatch,
                                                  filled_workspace, failures=99)
    window = application.window
    told = notices(window)
    qtbot.waitUntil(lambda: len(tries) == STATE_TRIES and told
                    and "Tutup ruang kerja lalu buka lagi" in told[-1], timeout=20_000)
    assert "Dicoba lagi" in " ".join(told[:-1])
    assert told[-1].startswith("Status butir tidak dapat dibaca: Ruang kerja sedang dipakai")
    assert state_text(window, "npwp") == "memeriksa…"  # never a false state
    qtbot.wait(200)
    assert len(tries) == STATE_TRIES  # no reading after the last
    window.close()
    window.controller.close()


def test_the_states_are_read_once_the_list_is_on_screen(qapp, qtbot, tmp_path, monkeypatch,
                                                        filled_workspace):
    """The admin sees the list first ("memeriksa…"): a worker reading the states
    meanwhile would take turns with the window's thread and hold that first paint back."""
    from lsp_desktop.ui.jobs import edit_jobs

    painted, read_after_paint = [], []
    real = edit_jobs.status_job

    def status_job(*args):
        read_after_paint.append(bool(painted))
        return real(*args)

    monkeypatch.setattr(edit_jobs, "status_job", status_job)
    application = _opened(qapp, tmp_path, filled_workspace)
    window = application.window
    window.checklist.firstPainted.connect(lambda: painted.append(True))
    qtbot.waitUntil(lambda: window.controller.states_known, timeout=20_000)
    assert read_after_paint == [True]
    assert state_text(window, "npwp") == "siap"
    window.close()
    window.controller.close()


def test_a_window_never_painted_has_its_states_read_all_the_same(qapp, qtbot, tmp_path,
                                                                 filled_workspace):
    """Started minimised, the window is not painted: its states still arrive, a moment
    later, so that a drop made on it is not kept waiting for ever."""
    from lsp_desktop.ui.road.controller import WorkspaceController
    from lsp_desktop.ui.shell.main_window import MainWindow
    from lsp_desktop.ui.tasks import TaskRunner

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("welcome/seen", True)
    controller = WorkspaceController(open_workspace(filled_workspace),
                                     TaskRunner(QThreadPool()), read_states=False)
    window = MainWindow(controller, settings)  # never shown
    assert not controller.states_known
    qtbot.waitUntil(lambda: controller.states_known, timeout=20_000)
    assert state_text(window, "npwp") == "siap"
    window.deleteLater()
    controller.close()


def test_a_file_dropped_before_the_states_then_a_language_switch_is_asked_about(
        qapp, qtbot, tmp_path, monkeypatch, filled_workspace):
    """Dropped on a filled item in the first moment, while the states are still read, then
    Language > English: the question comes in the window shown then, and the file goes
    in. It used to be asked in the closed window, and silently lost."""
    from lsp_desktop.ui.jobs import edit_jobs
    from lsp_desktop.ui.shell.main_window import MainWindow
    from tests.ui.driving import drop, menu_action

    held, real = threading.Event(), edit_jobs.status_job

    def status_job(*args):
        held.wait(20)  # the states arrive only once the drop and the switch are done
        return real(*args)

    monkeypatch.setattr(edit_jobs, "status_job", status_job)
    asked = []
    monkeypatch.setattr(MainWindow, "confirm_fix",
                        lambda window, title, text, *rest: asked.append((window, text)) or True)
    application = _opened(qapp, tmp_path, filled_workspace)
    first = application.window
    qtbot.waitUntil(lambda: first.controller._states_asked, timeout=20_000)
    view = first.checklist
    new_file = mk.write(tmp_path, "npwp baru.pdf", mk.pdf_bytes(3))
    drop(view.viewport(), [new_file], view.visualRect(first.model.index_of("npwp")).center())
    menu_action(first, "language-en").trigger()
    second = application.window
    assert second is not first
    held.set()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    assert asked[0][0] is second
    assert asked[0][1] == "Replace npwp.pdf with npwp baru.pdf?"
    qtbot.waitUntil(lambda: state_text(second, "npwp") == "ready"
                    and second.controller.status("npwp").documents[0][0].name
                    == "npwp baru.pdf", timeout=20_000)
    second.close()
    second.controller.close()
