"""Issue 21, point 3: each message appears beside its cause and in view, at 1366×768 and
1024×600: a file's error and its Ganti/Hapus row beside the file, a link's error under the
link, a 2.11 document's verdict in its own box (not at the bottom of a long list), item 4's
participant message under the participant's fields, and its state at the top saying where
to look. The answers that were only in the status line are in a box
(test_window_answers.py, test_window_circular_choice.py; the circular's parse error here)."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lsp_desktop.store.participant import Participant, set_participant
from lsp_desktop.store.records import Person, Records
from tests import makefiles as mk
from tests.ui.driving import click_menu, drop, state_text, wait_idle
from tests.ui.screens import OUTPUT, SIZES

SHOTS = OUTPUT  # pictures a person looks at (tests/output)
ASSESSORS = ["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurniawan", "Eka Putri",
             "Fajar Nugroho"]


def _shown(window, size, qtbot):
    window.resize(*SIZES[size])
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)


def _in_view(window, widget) -> bool:
    """The whole widget lies inside the visible part of the item's panel."""
    for _ in range(3):
        QApplication.processEvents()
    viewport = window.detail.viewport()
    place = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(place)


def _grab(window, name):
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("size", list(SIZES))
def test_a_file_error_and_its_buttons_are_in_view_beside_the_file(app_window, qtbot,
                                                                   tmp_path, size):
    window = app_window.window
    _shown(window, size, qtbot)
    window.select("sk-asesor")
    scan = mk.write(tmp_path, "sk asesor scan.pdf", mk.pdf_of_size(3_000_000))
    drop(window.panel.drop_zone, [scan])
    wait_idle(qtbot, app_window)
    panel = window.panel
    assert state_text(window, "sk-asesor") == "ada kesalahan"
    assert "✕ Kesalahan:" in panel.findings.text() and "terlalu besar" in panel.findings.text()
    _grab(window, f"file-error-{size}")
    for widget in (panel.findings, panel.replace_button, panel.remove_button,
                   panel.fix_bar.compress_button):
        assert _in_view(window, widget), widget.text()
    assert panel.card.isAncestorOf(panel.findings)  # with the file, not under the list
    _undo_redo(app_window, qtbot)
    panel = window.panel
    assert "terlalu besar" in panel.findings.text() and _in_view(window, panel.findings)


def _undo_redo(app_window, qtbot):
    """Ctrl+Z takes the edit back, Ctrl+Shift+Z makes it again."""
    window = app_window.window
    window.checklist.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, ctrl)
    wait_idle(qtbot, app_window)
    assert window.controller.undo_stack.canRedo()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   ctrl | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, app_window)


def _assessors(window, names=ASSESSORS):
    records = Records(window.controller.workspace)
    people = [records.save_person(Person(None, name, "asesor")) for name in names]
    window.controller.refresh_all()
    return people


@pytest.mark.parametrize("size", list(SIZES))
def test_a_bad_211_link_is_said_under_the_link(app_window, qtbot, size):
    window = app_window.window
    _assessors(window)
    _shown(window, size, qtbot)
    window.select("berkas-asesor")
    panel = window.panel
    panel.link_edit.setFocus()
    QTest.keyClicks(panel.link_edit, "https://example.com/folder")
    QTest.keyClick(panel.link_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, app_window)
    panel = window.panel
    assert "bukan tautan Google Drive" in panel.findings.text()
    _grab(window, f"link-error-{size}")
    assert _in_view(window, panel.findings)
    _undo_redo(app_window, qtbot)
    panel = window.panel
    assert "bukan tautan Google Drive" in panel.findings.text()
    assert _in_view(window, panel.findings)


@pytest.mark.parametrize("size", list(SIZES))
def test_a_211_document_is_judged_in_its_own_box_at_the_end_of_a_long_list(app_window, qtbot,
                                                                          tmp_path, size):
    window = app_window.window
    last = _assessors(window)[-1]
    _shown(window, size, qtbot)
    window.select("berkas-asesor")
    extra = window.panel.extra
    zone = extra.zones[(last.id, "pasfoto")]
    window.detail.ensureWidgetVisible(zone)  # the admin scrolls to the last assessor
    blue = mk.write(tmp_path, "pasfoto.jpg", mk.image_bytes("JPEG", (300, 400),
                                                             color=(20, 60, 200)))
    drop(zone, [blue])
    wait_idle(qtbot, app_window)
    state = extra.slots[(last.id, "pasfoto")].state
    assert "bukan merah" in state.text()
    _grab(window, f"211-document-{size}")
    assert _in_view(window, state)


@pytest.mark.parametrize("size", list(SIZES))
def test_item_4_says_what_the_participant_lacks_under_its_fields(app_window, qtbot, size):
    window = app_window.window
    controller = window.controller
    dedi = Records(controller.workspace).save_person(Person(
        None, "Dedi Kurniawan", "pelaksana", email="dedi@lsp.or.id", phone="081298765432"))
    controller.workspace.attach_bytes("sk-staf-it", "sk.pdf", mk.pdf_bytes())
    set_participant(controller.workspace, Participant())
    controller.refresh_all()
    _shown(window, size, qtbot)
    window.select("sk-staf-it")
    extra = window.panel.extra
    # The admin scrolls the participant's part into view, to make the choice there.
    window.detail.verticalScrollBar().setValue(extra.mapTo(window.panel, QPoint(0, 0)).y())
    below = extra.job_title.mapTo(window, QPoint(0, 0))
    extra.person.setFocus()
    while extra.person.currentData() != dedi.id:
        QTest.keyClick(extra.person, Qt.Key.Key_Down)
    wait_idle(qtbot, app_window)
    extra = window.panel.extra
    assert "Jabatan Dedi Kurniawan" in extra.findings.text()
    _grab(window, f"item4-participant-{size}")
    assert _in_view(window, extra.findings)
    assert extra.job_title.mapTo(window, QPoint(0, 0)) == below  # said below the fields


def test_a_circular_file_that_does_not_parse_is_said_whole_in_a_box(app_window, monkeypatch,
                                                                     tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from lsp_desktop.ui.shell import circular_actions

    broken = tmp_path / "surat-baru.toml"
    broken.write_text("[circular]\nnumber = 'SE.1\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(broken), "")))
    told: list[str] = []
    monkeypatch.setattr(circular_actions, "tell",
                        lambda parent, title, text, *rest: told.append(text))
    click_menu(app_window.window, "Tambah surat edaran dari berkas…")
    # A quote left open: the end of the file is named (not "baris ?, kolom ?").
    assert len(told) == 1 and "surat-baru.toml" in told[0]
    assert "baris 2, kolom 15" in told[0]


@pytest.mark.parametrize("size", list(SIZES))
def test_item_4_says_at_its_top_where_its_error_is(app_window, qtbot, size):
    """With a good SK attached, item 4's participant part starts below the fold: the state
    at the top of the panel says where to look."""
    window = app_window.window
    controller = window.controller
    controller.workspace.attach_bytes("sk-staf-it", "sk.pdf", mk.pdf_bytes())
    set_participant(controller.workspace, Participant())
    controller.refresh_all()
    _shown(window, size, qtbot)
    window.select("sk-staf-it")
    panel = window.panel
    assert panel.state_label.text() == ("Status: ada kesalahan · lihat \"Peserta pelatihan "
                                        "(staf IT)\" di bawah")
    assert _in_view(window, panel.state_label)
    assert "Memenuhi ketentuan" in panel.findings.text()  # the file itself is good
    _grab(window, f"item4-state-{size}")


@pytest.mark.parametrize("size", list(SIZES))
def test_a_refused_file_is_said_under_the_box_it_was_dropped_on(app_window, qtbot, tmp_path,
                                                                monkeypatch, size):
    window = app_window.window
    # "Ganti berkas?": yes. (A photo is offered "Jadikan PDF?", whose Batal ends it: a
    # text file named .pdf is what reaches the refusal.)
    monkeypatch.setattr(window, "confirm_fix", lambda title, *a: title == "Ganti berkas?")
    window.controller.workspace.attach_bytes("npwp", "npwp.pdf", mk.pdf_bytes())
    window.controller.refresh_all()
    _shown(window, size, qtbot)
    window.select("npwp")
    photo = mk.write(tmp_path, "npwp baru.pdf", b"Catatan NPWP, bukan PDF.\n" * 40)
    drop(window.panel.drop_zone, [photo])
    wait_idle(qtbot, app_window)
    box = window.panel.refusal_box
    assert "npwp baru.pdf" in box.text.text()
    _grab(window, f"refused-{size}")
    assert _in_view(window, box)  # not under the file's card, below the fold
