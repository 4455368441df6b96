"""One truth for item 4 (issue 17): its person is the roster's person, e-mail and phone
read live; and its readiness, from status/ alone, reads the same in the list, its panel,
the drop summary, the printable missing-items list and the bundle's summary."""

import datetime as dt
import html

from PySide6.QtWidgets import QLabel

from lsp_desktop.bundle.printed import render_html
from lsp_desktop.bundle.summary import build_summary
from lsp_desktop.status.missing import build_report
from lsp_desktop.store.participant import Participant, set_participant
from lsp_desktop.store.records import Person, Records
from tests import makefiles as mk
from tests.ui.driving import state_text, wait_idle


def _readiness_everywhere(window, controller, item):
    """How item 4 reads in each of the five places."""
    point = controller.catalog.requirement(item).point
    batch_dialog = window.batch_dialog
    summary_lines = [label.text() for label in batch_dialog.findChildren(QLabel)
                     if "SK staf IT.pdf" in label.text()]
    report = build_report(controller.workspace, dt.date(2026, 3, 1))
    gap = next(g for g in report.items if g.point == point)
    records = Records(controller.workspace)
    summary = render_html(build_summary(controller.catalog, controller.read.profile(),
                                        controller.current_statuses(), records,
                                        dt.datetime(2026, 3, 1), True, {}))
    row = next(line for line in html.unescape(summary).splitlines()
               if "SK penetapan staf IT" in line)
    return {"list": state_text(window, item), "panel": window.panel.state_label.text(),
            "summary": summary_lines[0], "report": gap.state, "bundle": row}


def test_item_4_reads_the_same_in_the_five_places(app_window, qtbot, tmp_path):
    window = app_window.window
    controller = window.controller
    item = controller.catalog.holder("training-participant").id
    window.select(item)
    pdf = mk.write(tmp_path, "SK staf IT.pdf", mk.pdf_bytes())
    other = mk.write(tmp_path, "npwp.pdf", mk.pdf_bytes(pages=2))
    controller.attach_batch({item: [pdf], "npwp": [other]}, [])
    wait_idle(qtbot, app_window)
    shown = _readiness_everywhere(window, controller, item)
    # Nobody chosen to attend yet: an error, said so everywhere (never "siap").
    assert shown["list"] == "ada kesalahan"
    assert "ada kesalahan" in shown["panel"] and "ada kesalahan" in shown["summary"]
    assert shown["report"] == "ada kesalahan" and "ada kesalahan" in shown["bundle"]
    assert "siap" not in shown["summary"].replace("ada kesalahan", "")


def test_item_4_is_ready_only_with_job_title_and_whatsapp(app_window, qtbot, tmp_path):
    window = app_window.window
    controller = window.controller
    item = controller.catalog.holder("training-participant").id
    records = Records(controller.workspace)
    dedi = records.save_person(Person(None, "Dedi Kurniawan", "pelaksana",
                                      email="dedi@lsp.or.id", phone="081298765432"))
    controller.workspace.attach_bytes(item, "sk.pdf", mk.pdf_bytes())
    set_participant(controller.workspace, Participant(dedi.id))
    controller.refresh_all()
    window.select(item)
    wait_idle(qtbot, app_window)
    assert state_text(window, item) == "ada kesalahan"
    assert "Jabatan Dedi Kurniawan" in window.panel.extra.findings.text()
    assert "WhatsApp Dedi Kurniawan" in window.panel.extra.findings.text()
    extra = window.panel.extra
    for field, text in ((extra.job_title, "Staf IT"), (extra.whatsapp, "081298765432")):
        field.setText(text)
        field.editingFinished.emit()
        wait_idle(qtbot, app_window)
    assert state_text(window, item) == "siap"


def test_item_4_follows_its_person_edited_in_item_1(app_window, qtbot):
    window = app_window.window
    controller = window.controller
    item = controller.catalog.holder("training-participant").id
    records = Records(controller.workspace)
    dedi = records.save_person(Person(None, "Dedi Kurniawan", "pelaksana"))
    set_participant(controller.workspace, Participant(dedi.id, job_title="Staf IT",
                                                      whatsapp="081298765432"))
    controller.refresh_all()
    # Filled in item 1 afterwards, in the roster's cells.
    window.select("siapkerja")
    wait_idle(qtbot, app_window)  # the rows are read on a worker
    roster = window.panel
    model = roster.model
    for key, text in (("email", "dedi@lsp.or.id"), ("phone", "081234567890")):
        column = [c.key for c in model.columns].index(key)
        model.setData(model.index(0, column), text)
        wait_idle(qtbot, app_window)
    window.select(item)
    wait_idle(qtbot, app_window)
    contact = window.panel.extra.contact.text()
    assert "dedi@lsp.or.id" in contact and "081234567890" in contact
    chosen = controller.read.participant()
    assert (chosen.email, chosen.phone) == ("dedi@lsp.or.id", "081234567890")
