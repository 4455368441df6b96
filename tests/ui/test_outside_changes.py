"""The workspace changed by another program while the window is open (the command line,
a second window): when the admin comes back to the window, it reads the change in, and
Edit > Undo lets go of steps that no longer match (a tester dropped a file on 2.9 after
`add npwp` from the command line: "sudah memiliki berkas… gunakan Ganti", with no file and
no Ganti shown)."""

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from lsp_desktop.cli.main import run
from tests import makefiles as mk
from tests.ui.driving import drop, notices, state_text, wait_idle


def _away_and_back(window, qtbot) -> None:
    """The admin switches to the terminal, then back to the window."""
    terminal = QWidget()
    terminal.show()
    terminal.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.processEvents()
    terminal.close()


def test_a_change_from_the_command_line_is_read_in_when_the_window_is_used_again(
        app_window, qtbot, tmp_path):
    window = app_window.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.select("npwp")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes())])
    wait_idle(qtbot, app_window)
    assert window.controller.undo_stack.count() == 1
    told = notices(window)
    window.select("rekening")
    assert state_text(window, "rekening") == "belum ada"

    book = mk.write(tmp_path, "buku rekening.pdf", mk.pdf_bytes())
    assert run(["add", "rekening", str(book), "--workspace",
                str(window.controller.workspace.path)]) == 0
    _away_and_back(window, qtbot)
    wait_idle(qtbot, app_window)
    assert state_text(window, "rekening").startswith("siap")
    # The item's panel, shown while the file came, now shows it.
    shown = " ".join(label.text() for label in window.panel.findChildren(QLabel))
    assert "buku rekening.pdf" in shown
    assert any("diubah oleh program lain" in t for t in told)
    assert window.controller.undo_stack.count() == 0  # the earlier step no longer matches

    # Nothing changed outside: coming back again says nothing and keeps what is shown.
    told.clear()
    window.select("sk-pelaksana")
    drop(window.panel.drop_zone, [mk.write(tmp_path, "sk pelaksana.pdf", mk.pdf_bytes(2))])
    wait_idle(qtbot, app_window)
    _away_and_back(window, qtbot)
    wait_idle(qtbot, app_window)
    assert not any("diubah oleh program lain" in t for t in told)
    assert window.controller.undo_stack.count() == 1  # our own step is kept
