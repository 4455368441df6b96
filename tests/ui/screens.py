"""Whether a window or dialog fits the small screens admins have: what is cut off."""

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from lsp_desktop.store.participant import set_not_submitted
from lsp_desktop.store.records import AssessorData, Person, Records
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.fill import fill_everything

OUTPUT = Path(__file__).resolve().parents[1] / "output"
OUTPUT.mkdir(exist_ok=True)  # the pictures tests save, for a person to look at
SIZES = {"1366x768": (1366, 768), "1024x600": (1024, 600)}
# The screens the dialogs must work on: a common laptop and a small netbook.
SCREENS = ((1366, 768), (1024, 600))
TASKBAR = 40


def save_at_screen_sizes(dialog, name: str) -> None:
    """What the dialog looks like on each screen: it must fit (no part cut off)."""
    OUTPUT.mkdir(exist_ok=True)
    for width, height in SCREENS:
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height - TASKBAR, (name, hint)
        dialog.resize(min(width, 1200), height - TASKBAR)
        QApplication.processEvents()
        assert dialog.grab().save(str(OUTPUT / f"{name}_{width}x{height}.png"))


def clipped_widgets(window) -> list[str]:
    """Visible widgets of the panel narrower than they need, outside the visible width, or
    wrapped text without the height for its lines."""
    viewport = window.detail.viewport()
    panel = window.detail.widget()
    found = []
    if window.detail.horizontalScrollBar().isVisible():
        found.append("horizontal scroll bar")
    for widget in [panel, *panel.findChildren(QWidget)]:
        if not widget.isVisibleTo(panel) or _inside_inner_scroll_area(widget, panel):
            continue
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        needed = widget.minimumSizeHint().width()
        # A wrapped text given less height than its lines need is cut at the bottom.
        short = isinstance(widget, QLabel) and widget.wordWrap() and \
            widget.heightForWidth(widget.width()) > widget.height()
        if left < 0 or left + widget.width() > viewport.width() or widget.width() < needed \
                or short:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"{getattr(widget, 'text', lambda: '')()!r}: x={left} "
                         f"width={widget.width()} needs {needed} of {viewport.width()}")
    return found


def _inside_inner_scroll_area(widget, panel) -> bool:
    """A table's own cells and scroll bars scroll inside the table: not a clipped control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not panel:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fill_tables(path):
    """The tables' workspace: a bad roster cell, an assessor left out of 2.12 with a
    computed expiry, and 2.11 documents for two assessors."""
    with open_workspace(path) as ws:
        fill_everything(ws)
        records = Records(ws)
        records.save_person(Person(None, "Eko Prasetyo", "pelaksana", "31740557089",
                                   "eko@lsp", "0812"))
        dewi = records.save_person(Person(None, "Dewi Anggraini", "asesor", "3174055708900005"))
        records.save_assessor_data(AssessorData(dewi.id, "MET.000.004411 2019", "0012399",
                                                "2019-05-02", "", "TIK"))
        set_not_submitted(ws, dewi.id, "sertifikasi ulang (RCC)")
        citra = next(p for p in records.people("asesor") if p.name == "Citra Dewi")
        records.attach_assessor_file(citra.id, "ktp", "KTP Citra Dewi scan 2024-03-17.jpg",
                                     mk.image_bytes("JPEG", (800, 500)))
        records.attach_assessor_file(dewi.id, "pasfoto", "foto.jpg",
                                     mk.image_bytes("JPEG", (300, 400), color=(20, 60, 200)))


def open_tables_window(qapp, tmp_path, lang: str):
    """The window on fill_tables' workspace, in ``lang``, checks run at once."""
    from PySide6.QtCore import QSettings

    from lsp_desktop.ui.app import Application
    from lsp_desktop.ui.tasks import ImmediatePool

    path = tmp_path / "tables.lspws"
    fill_tables(path)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    application = Application(qapp, store, ImmediatePool())
    application.install_language(lang)
    assert application.open(path)
    return application.window


def tables_window(qapp, tmp_path, lang: str):
    """open_tables_window as a fixture's body: yields the window, then closes it."""
    window = open_tables_window(qapp, tmp_path, lang)
    yield window
    window.close()
    window.controller.workspace.close()


def settle(qapp) -> None:
    for _ in range(3):
        qapp.processEvents()
