"""The training participant of point 4 (the LSP officer responsible for the information
system, appointed by the SK this item holds), picked from the circular's personnel list,
and the next step, registering for the training, once everything that applies is ready."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.base.errors import LspError
from lsp_desktop.base.openable import openable_link
from lsp_desktop.checks.dates import parse_typed_date
from lsp_desktop.checks.people import whatsapp_findings
from lsp_desktop.messages import ROLE_LABELS, label, registration_text, window_text
from lsp_desktop.status.requirements import missing_items
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.jobs import data_jobs
from lsp_desktop.ui.road.reading import MAX_TEXT, ROLES, Participant, Person
from lsp_desktop.ui.tasks import is_alive
from lsp_desktop.ui.widgets.text import ReservedLabel, wrapping


class TrainingWidget(QGroupBox):
    """Who attends the training, their job title, WhatsApp and SK; and the next step."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(tr("Training participant (IT staff)"), parent)
        self.controller = controller
        self.read = controller.read
        roster = controller.catalog.holder("people")  # the circular's personnel list
        self.roster_point = roster.point if roster else "1"
        layout = QVBoxLayout(self)
        layout.addWidget(wrapping(tr(
            "The LSP officer responsible for the information system attends BNSP's "
            "training; the SK of this item appoints them. Pick them from the personnel list "
            "(item {point}): their e-mail and phone come from there.").format(
                point=self.roster_point)))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.person = QComboBox()
        self.person.setAccessibleName(tr("Participant"))
        # As wide as the form gives it, not as its longest name: a long one would widen
        # the panel and squeeze the checklist (its whole text shows when it opens).
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(16)
        self.person.activated.connect(lambda _index: self.save())
        form.addRow(tr("Participant"), self.person)
        form.addRow(tr("Not in the list yet"), self._build_new_person())
        self.contact = wrapping()
        form.addRow(tr("E-mail and phone"), self.contact)
        # Each field's message right under it (issue F3, point 1: they sat under the whole
        # form, below the fold at 1024×600). No room is kept for them while empty: at
        # 1024×600 it would push the item's findings below out of sight. Once shown, a
        # message keeps its room, so that going it moves nothing.
        self.field_notes: dict[QLineEdit, ReservedLabel] = {self.new_name: self.new_note}
        self._refusals: dict[QLineEdit, str] = {}  # a save refused because of this field
        self.job_title = self._editor(form, tr("Job title"), tr("e.g. Staf IT"))
        self.whatsapp = self._editor(form, tr("WhatsApp"), "0812xxxxxxx")
        self.sk_number = self._editor(form, tr("SK number (optional)"), "")
        self.sk_date = self._editor(form, tr("SK date (optional)"), tr("e.g. 17 March 2026"))
        layout.addLayout(form)
        # What the item still needs of the participant, under the fields it is about
        # (issue 21: it sat under the item's whole panel, below the fold); under them, not
        # between them, so that appearing it moves none of them.
        self.findings = ReservedLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setObjectName("participantFindings")
        layout.addWidget(self.findings)
        self.notes = wrapping()  # a refusal no field owns
        self.notes.setObjectName("participantNotes")
        layout.addWidget(self.notes)
        layout.addWidget(self._build_next_step())
        self.load()
        controller.allChanged.connect(self.update_next_step)
        controller.allChanged.connect(self._changed_elsewhere)
        controller.statusChanged.connect(self._status_changed)
        self.update_next_step()

    # -- building ---------------------------------------------------------------------------

    def _editor(self, form: QFormLayout, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(text)
        edit.setPlaceholderText(placeholder)
        # The store refuses longer texts; the editor stops there and says so (below).
        edit.setMaxLength(MAX_TEXT)
        edit.textEdited.connect(lambda _value, edit=edit: self._edited(edit))
        edit.editingFinished.connect(self.save)
        note = ReservedLabel()
        note.setObjectName("fieldNote")
        note.hide()  # shown with its first message; kept then, so that going moves nothing
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(note)
        form.addRow(text, field)
        self.field_notes[edit] = note
        return edit

    def note_of(self, edit: QLineEdit) -> str:
        """The message shown under a field (tests read it)."""
        return self.field_notes[edit].text()

    def _build_new_person(self) -> QWidget:
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        column.addLayout(line)
        # Under the row: the new person's messages (an empty name, a name too long).
        self.new_note = ReservedLabel()
        self.new_note.setObjectName("fieldNote")
        self.new_note.hide()
        column.addWidget(self.new_note)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(tr("Name of the new person"))
        self.new_name.setPlaceholderText(tr("Name"))
        self.new_name.setMaxLength(MAX_TEXT)
        self.new_name.textEdited.connect(lambda _value: self._show_notes())
        self.new_role = QComboBox()
        self.new_role.setAccessibleName(tr("Role"))
        for role in ROLES:
            self.new_role.addItem(label(ROLE_LABELS, role, self.controller.lang), role)
        self.new_role.setCurrentIndex(ROLES.index("pelaksana"))
        self.add_button = QPushButton(tr("Add and choose"))
        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        line.addWidget(self.new_name, 1)
        line.addWidget(self.new_role)
        line.addWidget(self.add_button)
        return row

    def _build_next_step(self) -> QWidget:
        self.next_step = QWidget()
        row = QHBoxLayout(self.next_step)
        link = self.controller.catalog.circular.training_link
        self.next_label = wrapping()  # its text: update_next_step
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)  # a circular's link: no markup
        copy = QPushButton(tr("Copy link"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(link))
        open_it = QPushButton(tr("Open in browser"))
        openable = openable_link(link)  # only http(s) with a host; anything else stays text
        open_it.setEnabled(openable is not None)
        open_it.clicked.connect(lambda: openable and QDesktopServices.openUrl(QUrl(openable)))
        row.addWidget(self.next_label, 1)
        row.addWidget(copy)
        row.addWidget(open_it)
        return self.next_step

    # -- reading and saving -----------------------------------------------------------------

    def load(self) -> None:
        """Show what is saved: the roster as choices, the participant's own fields."""
        chosen = self.read.participant()
        self.person.clear()
        self.person.addItem(tr("— choose from the personnel list —"), None)
        people = self.read.people()
        lang = self.controller.lang
        for person in people:
            role = label(ROLE_LABELS, person.role, lang)
            self.person.addItem(f"{person.name} ({role})", person.id)
        index = self.person.findData(chosen.person_id) if chosen.person_id else -1
        if index < 0 and chosen.name:  # entered before the personnel list was used
            self.person.addItem(tr("{name} (not in the personnel list)").format(
                name=chosen.name), -1)
            index = self.person.count() - 1
        self.person.setCurrentIndex(max(index, 0))
        for edit, value in self._kept_texts(chosen):
            # A text typed but not kept (a refused date, or a save still on its way) stays
            # as typed, with its message: a refresh must not take it back (issue F3).
            if not edit.isModified():
                edit.setText(value)
        self._show_contact(chosen)

    def _kept_texts(self, kept: Participant) -> list[tuple[QLineEdit, str]]:
        return [(self.job_title, kept.job_title), (self.whatsapp, kept.whatsapp),
                (self.sk_number, kept.sk_number),
                (self.sk_date, _date_in_words(kept.sk_date, self.controller.lang))]

    def _changed_elsewhere(self) -> None:
        """An edit, undo or redo may have changed the participant or the roster: show what
        is kept, unless the admin is typing in one of the fields right now."""
        fields = (self.job_title, self.whatsapp, self.sk_number, self.sk_date, self.new_name)
        if not any(field.hasFocus() and field.isModified() for field in fields):
            self.load()

    def _chosen(self) -> Participant:
        """The participant as the form shows it; name and contact from the roster."""
        saved = self.read.participant()
        person_id = self.person.currentData()
        if person_id is None:
            chosen = Participant()
        elif person_id == -1:  # the one typed in earlier, kept as it was
            chosen = Participant(None, saved.name, saved.email, saved.phone)
        else:
            person = self.read.person(person_id)
            chosen = Participant(person.id, person.name, person.email, person.phone)
        chosen.job_title, chosen.whatsapp = self.job_title.text(), self.whatsapp.text()
        chosen.sk_number, chosen.sk_date = self.sk_number.text(), self.sk_date.text()
        return chosen

    def save(self) -> None:
        chosen = self._chosen()
        if chosen == self.read.participant():
            self._show_contact(chosen)
            return
        self.controller.edits.edit(Said("Change the training participant"),
                                   data_jobs.set_participant, chosen, done=self._saved)

    def _saved(self, saved: object, error: BaseException | None) -> None:
        if not is_alive(self):
            return
        if error is not None:
            words = "✕ " + str(self.controller.edits_failure(error))
            if isinstance(error, LspError) and error.code == "participant.bad_sk_date":
                self._refusals[self.sk_date] = words  # under the date, until it is retyped
                self._show_notes()
            else:
                self._say(self.notes, words)
        elif isinstance(saved, Participant):
            self._settle(saved)
            self.load()

    def _settle(self, kept: Participant) -> None:
        """Fields whose text the workspace now keeps may be refreshed again."""
        for edit, value in self._kept_texts(kept):
            if _same(edit.text(), value):
                edit.setModified(False)
                self._refusals.pop(edit, None)

    def add_person(self) -> None:
        """Add the typed name to the personnel list and choose them, in one step."""
        person = Person(None, self.new_name.text(), self.new_role.currentData())
        chosen = Participant(None, job_title=self.job_title.text(),
                             whatsapp=self.whatsapp.text(), sk_number=self.sk_number.text(),
                             sk_date=self.sk_date.text())
        self.controller.edits.edit(Said("Add {name}", name=person.name.strip()),
                                   data_jobs.add_participant, person, chosen,
                                   done=self._person_added)

    def _person_added(self, person: object, error: BaseException | None) -> None:
        if not is_alive(self):
            return
        if error is not None or not isinstance(person, Person):
            self._refusals[self.new_name] = "✕ " + str(self.controller.edits_failure(
                error or ValueError()))  # under the new person's row, until retyped
            self._show_notes()
            return
        self.new_name.clear()
        self._settle(self.read.participant())
        self.load()
        self.controller.notice.emit(tr("{name} was added to the personnel list (item {point}); "
                                       "fill in their NIK, e-mail and phone there.").format(
                                           name=person.name, point=self.roster_point), "info")

    def _show_contact(self, chosen: Participant) -> None:
        contact = " · ".join(v for v in (chosen.email, chosen.phone) if v)
        self.contact.setText(contact or (tr("not filled in yet: add them in item {point}").format(
            point=self.roster_point) if chosen.name else "–"))
        self._show_notes()

    def _edited(self, edit: QLineEdit) -> None:
        self._refusals.pop(edit, None)  # retyped: the refusal was about the old text
        self._show_notes()

    def _show_notes(self) -> None:
        """What is wrong with the fields as typed, each under its field: a WhatsApp number
        that is no mobile number, a date refused, a text at the longest the workspace
        keeps; the new person's under their row."""
        lang = self.controller.lang
        for edit, note in self.field_notes.items():
            lines = [self._refusals[edit]] if edit in self._refusals else []
            if edit is self.whatsapp:
                lines += ["✕ " + f.message(lang) for f in whatsapp_findings(edit.text())]
            if len(edit.text()) >= MAX_TEXT:
                lines.append("! " + tr(
                    "'{field}' holds at most {limit} characters; what was typed or pasted "
                    "beyond that was not kept. Check the end of the text.").format(
                        field=edit.accessibleName(), limit=MAX_TEXT))
            self._say(note, "\n".join(lines))

    def _say(self, note: QLabel, text: str) -> None:
        if text == note.text():
            return
        note.setText(text)
        if text:
            note.show()
            self._into_view(note)

    def _into_view(self, note: QWidget) -> None:
        """A message appearing below the fold is scrolled into sight, the least needed."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if not isinstance(area, QScrollArea):
            return
        panel = area.widget()
        layout = panel.layout() if panel is not None else None
        if layout is not None:
            layout.activate()  # placed where it will be, then scrolled to
        area.ensureWidgetVisible(note, 0, 8)

    # -- the next step ----------------------------------------------------------------------

    def _status_changed(self, _requirement_id: str) -> None:
        self.update_next_step()

    def showEvent(self, event) -> None:  # noqa: N802
        self.update_next_step()  # the window's date (a test sets it) is known once shown
        super().showEvent(event)

    def update_next_step(self) -> None:
        self.next_step.setVisible(not missing_items(list(self.controller.statuses.values())))
        # After the circular's window the link is the circular's, not an instruction.
        circular, lang = self.controller.catalog.circular, self.controller.lang
        today = getattr(self.window(), "today", None) or dt.date.today()
        if today > circular.window_end:
            self.next_label.setText(
                window_text(circular.window_start, circular.window_end, today, lang) + " " +
                registration_text(circular.window_end, today, circular.training_link, True,
                                  lang))
        else:
            self.next_label.setText(tr("Everything that applies is ready. Next step: register "
                                       "for the training at {link}").format(
                                           link=circular.training_link))


def _same(typed: str, kept: str) -> bool:
    """Whether a field's text is what the workspace kept: a date as typed or in words."""
    if typed.strip() == kept.strip():
        return True
    day = parse_typed_date(typed) if typed.strip() else None
    return day is not None and parse_typed_date(kept) == day


def _date_in_words(stored: str, lang: str) -> str:
    """The SK date is kept as 2025-04-30 and shown as the admin writes it: 30 April 2025."""
    import datetime as dt

    from lsp_desktop.messages import format_date

    try:
        return format_date(dt.date.fromisoformat(stored), lang)
    except ValueError:
        return stored  # written before dates were checked: shown as typed
