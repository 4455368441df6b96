"""The per-assessor documents of 2.11: for each assessor their KTP, technical certificate,
diploma and red-background photo, each in a box that takes a drop or a click ("Choose
file…"), shows the file's name and whether it meets the rules, and can be replaced or
removed (Ctrl+Z brings it back). Then the folder is written to upload to Google Drive.
Reading, checking and writing happen on a worker (ui/tasks.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lsp_desktop.checks.findings import Finding, verdict_of
from lsp_desktop.messages import format_size
from lsp_desktop.ui import unexpected
from lsp_desktop.ui.batch import same_bytes
from lsp_desktop.ui.dialogs.prompts import ask
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.icons import SYMBOLS, state_color
from lsp_desktop.ui.jobs import data_jobs
from lsp_desktop.ui.road.reading import ASSESSOR_FILE_KINDS, AssessorFile
from lsp_desktop.ui.tasks import Task, is_alive
from lsp_desktop.ui.tooltips import plain_tip
from lsp_desktop.ui.widgets.slot_zone import SlotZone
from lsp_desktop.ui.widgets.text import ReservedLabel, bring_into_view, wrapping

FILE_FILTER = "PDF, JPG, PNG (*.pdf *.PDF *.jpg *.jpeg *.JPG *.JPEG *.png *.PNG)"
# What the checks said of a kept file, by (content, kind, name): the same bytes always get
# the same findings, so a file is checked once per session, not at every redraw.
_FINDINGS: dict[tuple[str, str, str], list[Finding]] = {}


def _key(file: AssessorFile) -> tuple[str, str, str]:
    return file.sha256, file.kind, file.name


def kind_names() -> dict[str, str]:
    return {"ktp": tr("KTP"), "sertifikat-teknis": tr("Technical certificate"),
            "ijazah": tr("Diploma"), "pasfoto": tr("Photo (red background)")}


@dataclass
class Slot:
    """One document box of one assessor and what it holds."""

    person: str
    kind: str
    file: AssessorFile | None
    zone: SlotZone
    state: QLabel
    compress: QPushButton


class AssessorFilesWidget(QGroupBox):
    """Per assessor, the four documents of 2.11, each in its own box."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(tr("Prepare the Drive folder: each assessor's documents"), parent)
        self.controller = controller
        self.read = controller.read
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(wrapping(tr(
            "Drop each assessor's KTP, technical certificate, diploma and red-background photo "
            "here; then export the folder and upload it to Google Drive when online.")))
        self.grid_host = QWidget()
        self.boxes = QVBoxLayout(self.grid_host)  # one box per assessor
        self.boxes.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.grid_host)
        # What is still missing across the assessors, above the export it concerns; each
        # file's own verdict is in its box, beside it (issue 21, point 3).
        self.findings = ReservedLabel()
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.findings)
        export = QPushButton(tr("Export folder for Drive…"))
        # clicked passes its checked flag: a lambda keeps it out of the folder argument.
        export.clicked.connect(lambda _checked=False: self.export_folder())
        export.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.layout_.addWidget(export)
        from lsp_desktop.ui.panels.assessor_folder_flow import FolderFlow

        self.folder_flow = FolderFlow(self)  # one subfolder per assessor (issue 23)
        take = QPushButton(tr("Take from a folder…"))
        take.setObjectName("assessorFolder")
        take.clicked.connect(lambda _checked=False: self.folder_flow.choose())
        take.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.layout_.insertWidget(1, take)
        self.zones: dict[tuple[int, str], SlotZone] = {}
        self.slots: dict[tuple[int, str], Slot] = {}
        self._checking = False
        # A file refused for a box is said in that box, until the admin tries again.
        self.refusals: dict[tuple[int, str], str] = {}
        self.dialog: QDialog | None = None  # the before/after of a Compress, while open
        # The box a file was just given to: its verdict is scrolled into view when it comes.
        self._acted: tuple[int, str] | None = None
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        controller.allChanged.connect(self._rebuild_timer.start)
        self.rebuild()

    # -- the boxes --------------------------------------------------------------------------

    def rebuild(self) -> None:
        if self.controller.closed:  # the window was replaced before this rebuild ran
            return
        host = self.boxes
        while host.count():
            item = host.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        self.zones.clear()
        self.slots.clear()
        assessors = self.read.people("asesor")
        for person in assessors:
            host.addWidget(self._assessor_box(person.saved_id, person.name))
        if not assessors:
            host.addWidget(wrapping(tr("Add assessors to the roster (item {roster_point}) first.")))
        self._check_unknown()

    def _assessor_box(self, person_id: int, name: str) -> QGroupBox:
        box = QGroupBox(name.replace("&", "&&"))  # an "&" in a title marks a key, unless doubled
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        names = kind_names()
        files = self.read.assessor_files(person_id)
        for number, kind in enumerate(ASSESSOR_FILE_KINDS):
            title = QLabel(f"<b>{escape(names[kind])}</b>")
            title.setWordWrap(True)
            file = files.get(kind)
            zone = SlotZone(file.name if file else tr("Drop the file here, or click"))
            zone.setAccessibleName(f"{name}: {names[kind]}")
            title.setBuddy(zone)
            choose = QPushButton(tr("Replace…") if file else tr("Choose file…"))
            choose.setAccessibleName(f"{choose.text()} {name}: {names[kind]}")
            remove = QPushButton(tr("Remove"))
            remove.setAccessibleName(f"{tr('Remove')} {name}: {names[kind]}")
            remove.setEnabled(file is not None)
            state = wrapping()
            state.setTextFormat(Qt.TextFormat.RichText)
            # Offered only for a file over the limit: the state's message names this button.
            compress = QPushButton(tr("Compress to fit ≤ {mb} MB").format(mb=2))
            compress.setAccessibleName(f"{compress.text()} {name}: {names[kind]}")
            compress.setVisible(False)
            compress.clicked.connect(lambda _=False, pid=person_id, k=kind:
                                     self.compress(pid, k))
            slot = Slot(name, kind, file, zone, state, compress)
            zone.filesDropped.connect(lambda paths, pid=person_id, k=kind:
                                      self.take(pid, k, paths))
            zone.clicked.connect(lambda pid=person_id, k=kind: self.choose(pid, k))
            choose.clicked.connect(lambda _=False, pid=person_id, k=kind: self.choose(pid, k))
            remove.clicked.connect(lambda _=False, pid=person_id, k=kind: self.remove(pid, k))
            row = number * 2
            grid.addWidget(title, row, 0)
            grid.addWidget(zone, row, 1)
            grid.addWidget(choose, row, 2)
            grid.addWidget(remove, row, 3)
            grid.addWidget(compress, row, 4)
            grid.addWidget(state, row + 1, 1, 1, 3)
            self.zones[(person_id, kind)] = zone
            self.slots[(person_id, kind)] = slot
            self._show_state(slot, self.refusals.get((person_id, kind), ""))
        return box

    def _show_state(self, slot: Slot, refusal: str = "") -> None:
        if refusal:
            color = state_color("error").name()
            slot.state.setText(f"<span style='color:{color}'><b>{SYMBOLS['error']}</b></span> "
                               f"{escape(refusal)}")
            return
        if slot.file is None:
            slot.state.setVisible(False)
            return
        findings = _FINDINGS.get(_key(slot.file))
        if findings is None:
            slot.state.setText(escape(tr("checking…")))
            return
        verdict = verdict_of(findings)
        slot.compress.setVisible(slot.file.format in ("pdf", "jpeg", "png") and any(
            f.code == "size.too_large" for f in findings))
        color = state_color(verdict).name()  # the dark palette has its own lighter colours
        if verdict == "ok":
            said = tr("Meets the rules.")
        else:
            said = " ".join(f.message(self.controller.lang) for f in findings
                            if f.severity != "info")
        slot.state.setText(f"<span style='color:{color}'><b>{SYMBOLS[verdict]}</b></span> "
                           f"{escape(said)}")
        if self._acted is not None and self.slots.get(self._acted) is slot:
            QTimer.singleShot(0, self, partial(self._show_acted, 5))
        slot.zone.setToolTip(plain_tip(f"{slot.file.name}\n{said}"))
        slot.zone.setAccessibleDescription(f"{slot.file.name}: {said}")

    def _show_acted(self, turns: int, settled: bool = False) -> None:
        """The verdict of the box a file was just given to, scrolled into view: its box
        may be rebuilt (and shown) a few turns after the verdict is known, and a long
        verdict takes its lines in the turn after it is shown, so it is brought once more."""
        slot = self.slots.get(self._acted) if self._acted is not None else None
        if slot is None:
            return
        if bring_into_view(slot.state) and settled:
            self._acted = None
        elif turns:
            QTimer.singleShot(0, self, partial(self._show_acted, turns - 1,
                                               slot.state.isVisible()))

    def _check_unknown(self) -> None:
        """Files kept earlier (another session) are checked again on a worker, once."""
        unknown = [s.file for s in self.slots.values()
                   if s.file is not None and _key(s.file) not in _FINDINGS]
        if unknown and not self._checking:
            self._checking = True
            controller = self.controller
            controller.runner.submit(self, data_jobs.check_assessor_files, self.read.path,
                                     controller.catalog, unknown, done=self._checked)

    def _checked(self, found, error) -> None:
        self._checking = False
        if error is None:
            _FINDINGS.update(found)
            for key, slot in self.slots.items():
                self._show_state(slot, self.refusals.get(key, ""))

    # -- choosing, replacing, removing ------------------------------------------------------

    def choose(self, person_id: int, kind: str) -> None:
        slot = self.slots[(person_id, kind)]
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a file for {title}").format(
                title=f"{slot.person}: {kind_names()[kind]}"), str(Path.home()),
            FILE_FILTER)
        return self.take(person_id, kind, [Path(path)]) if path else None

    def take(self, person_id: int, kind: str, paths: list[Path]) -> None:
        """A file dropped or chosen for a box; one already there is replaced if the admin
        says so."""
        slot = self.slots.get((person_id, kind))
        if len(paths) != 1:  # never keep one of several quietly: say so in the box
            self.refusals[(person_id, kind)] = tr(
                "This box takes one file; you dropped {count}. Drop one file, or combine "
                "them into one PDF first.").format(count=len(paths))
            if slot is not None:
                self._show_state(slot, self.refusals[(person_id, kind)])
            return None
        new = Path(paths[0])
        if slot is not None and slot.file is not None:
            # Unless it is the very file the box keeps (read on a worker), ask first.
            self.controller.runner.submit(
                self, same_bytes, new, slot.file.sha256,
                done=partial(self._replace_asked, person_id, kind, slot.file, new))
            return None
        return self.attach(person_id, kind, [new])

    def _replace_asked(self, person_id: int, kind: str, kept: AssessorFile, new: Path,
                       same: object, _error) -> None:
        slot = self.slots.get((person_id, kind))
        if same is True:
            text = tr("{new} is the very file this box keeps ({old}): nothing to "
                      "replace.").format(new=new.name, old=kept.name)
            self.controller.notice.emit(text, "info")
            if slot is not None:
                slot.state.setVisible(True)
                slot.state.setText(escape(text))
            return
        if ask(self, tr("Replace the file?"),
               tr("Replace {old} with {new}?").format(old=kept.name, new=new.name),
               tr("Replace"), tr("Cancel")):
            self.attach(person_id, kind, [new])

    def attach(self, person_id: int, kind: str, paths: list[Path]) -> None:
        """Read, check and keep the file on a worker: a drop handler only queues. One
        step of Edit > Undo ("Lampirkan KTP Citra Dewi")."""
        self.refusals.pop((person_id, kind), None)
        self._acted = (person_id, kind)
        slot = self.slots.get((person_id, kind))
        if slot is not None:
            slot.state.setVisible(True)
            slot.state.setText(escape(tr("Checking {name}…").format(name=Path(paths[0]).name)))
        self.controller.edits.edit(
            Said("Attach {name}", name=self._slot_words(person_id, kind)),
            data_jobs.attach_assessor_file, person_id, kind, Path(paths[0]),
            done=partial(self._attached, person_id, kind))

    def _slot_words(self, person_id: int, kind: str) -> Said:
        """What Edit > Undo calls a box: "Sertifikat teknis Citra Dewi"."""
        slot = self.slots.get((person_id, kind))
        person = slot.person if slot else ""
        return Said.by(lambda: f"{kind_names()[kind]} {person}")

    def _attached(self, person_id: int, kind: str, outcome, error) -> None:
        if not is_alive(self):
            if error is not None:
                self.controller.notice.emit(unexpected.error_text(error, self.controller.lang),
                                            "error")
            return
        if error is not None:
            text = unexpected.error_text(error, self.controller.lang)
            self.refusals[(person_id, kind)] = text
            self.controller.notice.emit(text, "error")
            QTimer.singleShot(0, self, self.rebuild)
            return
        findings, file = outcome
        _FINDINGS[_key(file)] = findings
        QTimer.singleShot(0, self, self.rebuild)

    def compress(self, person_id: int, kind: str) -> None:
        """Compress on a worker, then show before and after as an item's fix does; only
        what the admin accepts is kept (one step of Edit > Undo)."""
        from lsp_desktop.ui.jobs.fix_jobs import FixPlan, fix_job

        slot = self.slots[(person_id, kind)]
        if slot.file is None:
            return
        slot.compress.setEnabled(False)
        slot.state.setText(escape(tr("Compressing {name}…").format(name=slot.file.name)))
        screen = self.window().screen()
        scale = (screen.logicalDotsPerInch(), self.devicePixelRatioF())
        self.controller.runner.submit(
            self, fix_job, self.read.path, self.controller.catalog,
            FixPlan("compress", (slot.file,)), scale,
            done=partial(self._compress_previewed, person_id, kind))

    def _compress_previewed(self, person_id: int, kind: str, outcome, error) -> None:
        """The compressed file and the original side by side: accepted, it is kept."""
        from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog

        if error is not None:  # said in the box, as a refused file is
            self._attached(person_id, kind, None, error)
            return
        result, before, after = outcome
        dialog = self.dialog = FixPreviewDialog(result, before, after, self.controller.lang,
                                                self.window())
        dialog.accepted.connect(lambda: self._keep_compressed(person_id, kind, result))
        dialog.rejected.connect(self._discarded)
        dialog.finished.connect(self._back_to_window)
        dialog.open()  # not exec(): no nested event loop; tests press its buttons

    def _back_to_window(self, _result: int) -> None:
        """A closing dialog leaves no active window on some systems (and offscreen): Ctrl+Z,
        a window shortcut, then did nothing."""
        if is_alive(self):
            self.window().activateWindow()
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _discarded(self) -> None:
        if is_alive(self):  # the box shows its file's state again, Compress offered again
            self._rebuild_timer.start()

    def _keep_compressed(self, person_id: int, kind: str, result) -> None:
        if not is_alive(self):  # the panel was left while the preview was open
            return
        self.controller.edits.edit(
            Said("Compress {name}", name=self._slot_words(person_id, kind)),
            data_jobs.keep_compressed_assessor_file, person_id, kind, result.kind,
            result.data, done=partial(self._compressed, person_id, kind))

    def _compressed(self, person_id: int, kind: str, outcome, error) -> None:
        if error is None and is_alive(self):
            _, file, before = outcome
            slot = self.slots.get((person_id, kind))
            lang = self.controller.lang
            self.controller.notice.emit(tr("{document} of {person} compressed: {before} → "
                                           "{after}.").format(
                document=kind_names()[kind], person=slot.person if slot else "",
                before=format_size(before, lang), after=format_size(file.size, lang)),
                "info")
            outcome = outcome[:2]
        self._attached(person_id, kind, outcome, error)

    def remove(self, person_id: int, kind: str) -> None:
        slot = self.slots[(person_id, kind)]
        if slot.file is None:
            return
        name, person = slot.file.name, slot.person
        what = Said.by(lambda: f"{name} ({person}: {kind_names()[kind]})")
        self.controller.edits.edit(
            Said("Remove {name}", name=what), data_jobs.remove_assessor_file, person_id, kind,
            notice=Said("{name} removed. Undo with Ctrl+Z (Edit > Undo).", name=what))

    # -- the folder for Drive ---------------------------------------------------------------

    def export_folder(self, target: Path | None = None) -> Task | None:
        if target is None:
            chosen = QFileDialog.getExistingDirectory(self, tr("Export folder for Drive"),
                                                      str(Path.home()))
            if not chosen:
                return None
            target = Path(chosen)
        replacing = self.read.drive_folder_clashes(Path(target))
        if replacing and not ask(
                self, tr("Replace files in this folder?"),
                tr("{n} files in {path} already have the same names and would be replaced, "
                   "for example {file}. Replace them? Other files there are not touched.")
                .format(n=len(replacing), path=target, file=replacing[0]),
                tr("Replace"), tr("Cancel")):
            return None
        controller = self.controller
        return controller.runner.submit(self, data_jobs.export_assessor_folder, self.read.path,
                                        controller.catalog, Path(target), bool(replacing),
                                        done=self._exported)

    def _exported(self, outcome, error) -> None:
        if error is not None:
            self.controller.notice.emit(unexpected.error_text(error, self.controller.lang), "error")
            return
        count, target = outcome
        self.exported = count
        self.controller.notice.emit(tr("{n} files written to {path}: upload this folder to "
                                       "Google Drive and share it as \"Anyone with the "
                                       "link\".").format(n=count, path=target), "info")
