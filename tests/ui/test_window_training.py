"""The training participant of point 4 in the window: picked from the personnel list (or
added there in one step), with job title, WhatsApp and the SK's number and date, saved for
the bundle and the command line alike; plain messages for a wrong number or a text too
long, never cut short unseen."""

import pytest
from PySide6.QtCore import Qt

from lsp_desktop.store.participant import MAX_TEXT, participant
from lsp_desktop.store.records import Person, Records
from tests.ui.driving import wait_idle
from tests.ui.screens import OUTPUT

SIZES = {"1366x768": (1366, 768), "1024x600": (1024, 600)}


def _panel(app_window, qtbot):
    window = app_window.window
    holder = window.controller.catalog.holder("training-participant")
    window.select(holder.id)
    wait_idle(qtbot, app_window)
    return window, holder.id, window.panel.extra


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished: saved
    wait_idle(qtbot, edit.window().controller)  # saved on a worker: wait for it


def test_pick_from_the_personnel_list_and_fill_in_the_details(app_window, qtbot):
    window = app_window.window
    records = Records(window.controller.workspace)
    records.save_person(Person(None, "Ani Lestari", "pengarah", email="ani@lsp.or.id"))
    budi = records.save_person(Person(None, "Budi Santoso", "pelaksana",
                                      email="budi@lsp.or.id", phone="0812 3456 7890"))
    window, item, panel = _panel(app_window, qtbot)
    choices = [panel.person.itemText(i) for i in range(panel.person.count())]
    assert choices == ["— pilih dari daftar personel —", "Ani Lestari (Unsur Pengarah)",
                       "Budi Santoso (Unsur Pelaksana)"]
    panel.person.setCurrentIndex(2)
    panel.person.activated.emit(2)
    wait_idle(qtbot, app_window)
    assert "budi@lsp.or.id" in panel.contact.text() and "0812 3456 7890" in panel.contact.text()
    _type(qtbot, panel.job_title, "Staf TI")
    _type(qtbot, panel.whatsapp, "081234567891")
    _type(qtbot, panel.sk_number, "012/SK/LSP/III/2026")
    _type(qtbot, panel.sk_date, "17 Maret 2026")
    saved = participant(window.controller.workspace)
    assert (saved.person_id, saved.name, saved.email, saved.job_title, saved.whatsapp,
            saved.sk_number, saved.sk_date) == (budi.id, "Budi Santoso", "budi@lsp.or.id",
                                                "Staf TI", "081234567891",
                                                "012/SK/LSP/III/2026", "2026-03-17")
    assert panel.notes.text() == ""
    # The panel shown again reads back what was saved.
    window.select("npwp")
    window.select(item)
    again = window.panel.extra
    assert again.person.currentText() == "Budi Santoso (Unsur Pelaksana)"
    assert again.sk_date.text() == "17 Maret 2026"


def test_a_new_person_is_added_to_the_list_and_chosen_in_one_step(app_window, qtbot):
    window, item, panel = _panel(app_window, qtbot)
    assert "belum dipilih" in window.panel.extra.findings.text()  # beside the choice
    qtbot.keyClicks(panel.new_name, "Dedi Kurniawan")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    people = Records(window.controller.workspace).people()
    assert [(p.name, p.role) for p in people] == [("Dedi Kurniawan", "pelaksana")]
    assert panel.person.currentText() == "Dedi Kurniawan (Unsur Pelaksana)"
    assert participant(window.controller.workspace).person_id == people[0].id
    assert "ditambahkan ke daftar personel" in window.notice_label.text()
    assert "belum diisi: lengkapi di butir 1" in panel.contact.text()
    # An empty name is refused plainly.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_window)
    assert "Nama personel wajib diisi" in panel.note_of(panel.new_name)  # under its row


def test_an_sk_date_that_does_not_exist_is_refused_in_plain_words(app_window, qtbot):
    window = app_window.window
    Records(window.controller.workspace).save_person(Person(None, "Budi", "pelaksana"))
    window, item, panel = _panel(app_window, qtbot)
    panel.person.setCurrentIndex(1)
    panel.person.activated.emit(1)
    wait_idle(qtbot, app_window)
    _type(qtbot, panel.sk_date, "31/02/2025")
    assert "Tanggal SK '31/02/2025' bukan tanggal yang ada" in panel.note_of(panel.sk_date)
    assert participant(window.controller.workspace).sk_date == ""
    _type(qtbot, panel.sk_date, "30/04/2025")
    assert participant(window.controller.workspace).sk_date == "2025-04-30"
    assert panel.note_of(panel.sk_date) == ""


def test_a_wrong_whatsapp_number_is_said_plainly_and_marks_the_item(app_window, qtbot):
    window = app_window.window
    Records(window.controller.workspace).save_person(Person(None, "Budi", "pelaksana"))
    window, item, panel = _panel(app_window, qtbot)
    panel.person.setCurrentIndex(1)
    panel.person.activated.emit(1)
    wait_idle(qtbot, app_window)
    _type(qtbot, panel.whatsapp, "021 555 1234")  # a landline has no WhatsApp
    assert "Nomor WhatsApp '021 555 1234' tidak dikenali" in panel.note_of(panel.whatsapp)
    assert "0812xxxxxxx" in panel.note_of(panel.whatsapp)
    # The item's findings say it too (its state stays "belum ada" until the SK is attached).
    assert "Nomor WhatsApp" in window.panel.extra.findings.text()
    _type(qtbot, panel.whatsapp, "+62 812-3456-7891")
    assert panel.note_of(panel.whatsapp) == ""


def test_a_text_too_long_stops_at_the_limit_and_says_so(app_window, qtbot):
    window, item, panel = _panel(app_window, qtbot)
    assert panel.sk_number.maxLength() == MAX_TEXT
    panel.sk_number.setFocus()
    panel.sk_number.insert("9" * (MAX_TEXT + 50))  # a paste gone wrong
    panel.sk_number.textEdited.emit(panel.sk_number.text())
    assert len(panel.sk_number.text()) == MAX_TEXT
    assert f"paling banyak {MAX_TEXT} karakter" in panel.note_of(panel.sk_number)
    assert "Nomor SK" in panel.note_of(panel.sk_number)
    qtbot.keyClick(panel.sk_number, Qt.Key.Key_Return)
    assert f"paling banyak {MAX_TEXT} karakter" in panel.note_of(panel.sk_number)  # still
    panel.new_name.insert("N" * (MAX_TEXT + 1))
    panel.new_name.textEdited.emit(panel.new_name.text())
    assert "Nama personel baru" in panel.note_of(panel.new_name)


def test_the_store_refuses_rather_than_cuts_a_long_text(workspace):
    from lsp_desktop.base.errors import LspError
    from lsp_desktop.store.participant import Participant, set_participant

    with pytest.raises(LspError) as refused:
        set_participant(workspace, Participant(None, "Budi", job_title="x" * (MAX_TEXT + 1)))
    assert "jabatan" in refused.value.message("id") and str(MAX_TEXT) in \
        refused.value.message("id")
    assert participant(workspace).job_title == ""


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", list(SIZES))
def test_screenshots_of_the_training_panel(app_window, qtbot, output_dir, size, lang):
    from tests.fill import fill_everything

    window = app_window.window
    records = Records(window.controller.workspace)
    fill_everything(window.controller.workspace)
    records.save_person(Person(None, "Budi Santoso", "pelaksana", email="budi@lsp.or.id",
                               phone="081234567890"))
    window.controller.refresh_all()
    if lang == "en":
        app_window.switch_language("en")
        window = app_window.window
    window.resize(*SIZES[size])
    window, item, panel = _panel(app_window, qtbot)
    panel.person.setCurrentIndex(panel.person.count() - 2)
    panel.person.activated.emit(panel.person.count() - 2)
    _type(qtbot, panel.whatsapp, "0812-3456")
    qtbot.wait(10)
    # Nothing is cut off: the panel fits beside the list, no sideways scrolling.
    assert not window.detail.horizontalScrollBar().isVisible()
    assert window.grab().save(str(output_dir / f"training-panel-{size}-{lang}.png"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_next_step_says_the_right_thing_before_on_the_last_day_and_after(
        app_window, qtbot, lang):
    import datetime as dt

    from tests.fill import fill_everything

    fill_everything(app_window.window.controller.workspace)
    if lang == "en":
        app_window.switch_language("en")
    window = app_window.window
    window.controller.refresh_all()
    link = window.controller.catalog.circular.training_link
    said = {}
    for day in (dt.date(2025, 5, 20), dt.date(2025, 5, 25), dt.date(2025, 5, 26)):
        window.today = day
        window._update_header()
        window.select("npwp")
        _, _, panel = _panel(app_window, qtbot)
        said[day.day] = (window.header.window_label.text(), panel.next_label.text())
    header, training = said[20]
    assert {"id": "Sisa 5 hari", "en": "5 days left"}[lang] in header
    assert link in training and {"id": "daftar", "en": "register"}[lang] in training
    header, _ = said[25]
    assert {"id": "Hari terakhir untuk melengkapi persyaratan: hari ini",
            "en": "Last day to complete the requirements: today"}[lang] in header
    _, training = said[26]
    assert {"id": "sudah berakhir 1 hari lalu", "en": "ended 1 day ago"}[lang] in training
    assert {"id": "tanyakan kepada BNSP", "en": "ask BNSP"}[lang] in training
    assert {"id": f"dari surat edaran ini: {link}",
            "en": f"of this circular: {link}"}[lang] in training
    assert {"id": "Langkah berikutnya", "en": "Next step"}[lang] not in training


def _in_view(window, widget):
    from PySide6.QtCore import QPoint

    viewport = window.detail.viewport()
    place = widget.rect().translated(widget.mapTo(viewport, QPoint(0, 0)))
    return viewport.rect().contains(place)


@pytest.mark.parametrize("size", list(SIZES))
def test_each_message_is_under_its_field_in_view_and_tab_goes_on(app_window, qtbot, size):
    """Issue F3, point 1: the WhatsApp and SK date messages sat under every field, below the
    window's edge at 1024×600, and a refresh took back the date typed."""
    from PySide6.QtWidgets import QApplication

    from tests.fill import fill_everything

    window = app_window.window
    fill_everything(window.controller.workspace)
    window.controller.refresh_all()
    window.resize(*SIZES[size])
    window.show()
    qtbot.waitExposed(window)
    window, item, panel = _panel(app_window, qtbot)
    window.detail.verticalScrollBar().setValue(0)  # as the item opens
    panel.whatsapp.setFocus()
    panel.whatsapp.selectAll()
    qtbot.keyClicks(panel.whatsapp, "12345")
    qtbot.keyClick(panel.whatsapp, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.sk_number  # the next field, not elsewhere
    qtbot.keyClick(panel.sk_number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.sk_date
    qtbot.keyClicks(panel.sk_date, "31/02/2025")
    qtbot.keyClick(panel.sk_date, Qt.Key.Key_Tab)
    wait_idle(qtbot, app_window)
    assert "Nomor WhatsApp '12345' tidak dikenali" in panel.note_of(panel.whatsapp)
    assert "Tanggal SK '31/02/2025' bukan tanggal yang ada" in panel.note_of(panel.sk_date)
    assert panel.sk_date.text() == "31/02/2025"  # the refresh kept what was typed
    for field in (panel.whatsapp, panel.sk_date):  # each message right under its field
        note = panel.field_notes[field]
        assert note.parentWidget() is field.parentWidget()
        assert 0 <= note.y() - field.geometry().bottom() <= 8
    assert _in_view(window, panel.field_notes[panel.sk_date])
    assert window.grab().save(str(output_dir_f3() / f"training-messages-{size}.png"))


def output_dir_f3():

    shots = OUTPUT
    shots.mkdir(exist_ok=True)
    return shots
