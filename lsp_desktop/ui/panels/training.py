"""The training participant of point 4 (the IT staff member who attends), and the next
step, registering for the training, once everything that applies is ready."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.status.requirements import missing_items
from lsp_desktop.store.records import ItStaff, Records
from lsp_desktop.ui.i18n import tr
from lsp_desktop.ui.widgets.text import wrapping


class TrainingWidget(QGroupBox):
    """The IT staff member who attends the training, and the next step when all is ready."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(tr("Training participant (IT staff)"), parent)
        self.controller = controller
        self.records = Records(controller.workspace)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        staff = self.records.it_staff()
        self.name, self.email, self.phone = (QLineEdit(staff.name), QLineEdit(staff.email),
                                             QLineEdit(staff.phone))
        for text, edit in ((tr("Name"), self.name), (tr("E-mail"), self.email),
                           (tr("Phone"), self.phone)):
            edit.setAccessibleName(text)
            edit.editingFinished.connect(self.save)
            form.addRow(text, edit)
        layout.addLayout(form)
        self.next_step = QWidget()
        row = QHBoxLayout(self.next_step)
        link = controller.catalog.circular.training_link
        self.next_label = wrapping(tr("Everything that applies is ready. Next step: register "
                                      "for the training at {link}").format(link=link))
        copy = QPushButton(tr("Copy link"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(link))
        open_it = QPushButton(tr("Open in browser"))
        open_it.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(link)))
        row.addWidget(self.next_label, 1)
        row.addWidget(copy)
        row.addWidget(open_it)
        layout.addWidget(self.next_step)
        controller.allChanged.connect(self.update_next_step)
        controller.statusChanged.connect(self._status_changed)
        self.update_next_step()

    def save(self) -> None:
        staff = ItStaff(self.name.text(), self.email.text(), self.phone.text())
        if staff != self.records.it_staff():
            self.records.set_it_staff(staff)
            self.controller.refresh_held("training-participant")

    def _status_changed(self, _requirement_id: str) -> None:
        self.update_next_step()

    def update_next_step(self) -> None:
        self.next_step.setVisible(not missing_items(list(self.controller.statuses.values())))
        # After the circular's window the link is the circular's, not an instruction.
        import datetime as dt

        from lsp_desktop.messages import registration_text, window_text

        circular = self.controller.catalog.circular
        today = getattr(self.window(), "today", None) or dt.date.today()
        if today > circular.window_end:
            self.next_label.setText(window_text(circular.window_start, circular.window_end,
                                                today, self.controller.lang) + " " +
                                    registration_text(circular.window_end, today,
                                                      circular.training_link, True,
                                                      self.controller.lang))
