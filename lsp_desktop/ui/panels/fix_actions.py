"""The fix buttons of an item's panel and what they set going.

Compress runs at once; Rotate first asks which pages and how far (the rotate dialog);
Combine first shows the item's files in order, where more can be added (the combine
dialog). The fix then runs on a worker with progress and a working Cancel, and the
preview dialog shows before and after; only when the admin accepts does the result
replace the originals, as one undoable step (Ctrl+Z brings them back).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.findings import UNOPENED_PDF
from lsp_desktop.ui.i18n import Said, tr
from lsp_desktop.ui.jobs.attach_jobs import replace_by_fixed_job
from lsp_desktop.ui.jobs.fix_jobs import (
    FixPlan,
    fix_job,
    pages_job,
    path_thumbnails_job,
    thumbnails_job,
)
from lsp_desktop.ui.road.reading import Document
from lsp_desktop.ui.widgets.flow import FlowLayout

FIXABLE_FORMATS = ("pdf", "jpeg", "png")
# What Edit > Undo calls each fix ("Urungkan Kompres …").
FIX_STEPS = {"compress": "Compress {name}", "rotate": "Rotate {name}",
             "combine": "Combine {name}"}


def _show_thumbnails(dialog, thumbnails) -> None:
    for key, image in thumbnails or ():  # None: the job failed; rows keep no picture
        dialog.set_thumbnail(key, image)


class FixBar(QWidget):
    """The fix buttons shown under an item's file, each only where it helps."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.requirement = None
        self.document: Document | None = None
        self.format = ""
        self.dialog: QDialog | None = None
        self.progress: QProgressDialog | None = None
        self.task = None
        self._focus: QWidget | None = None
        layout = FlowLayout(self)  # beside the preview: wraps where the row is narrow
        self.compress_button = QPushButton(tr("Compress to fit ≤ 2 MB"))
        self.rotate_button = QPushButton(tr("Rotate…"))
        self.rotate_button.setToolTip(tr("Turn the pages that are sideways or upside down"))
        self.combine_button = QPushButton(tr("Combine into one PDF…"))
        self.combine_button.setToolTip(tr("Put this item's files, and others you add, into "
                                          "one PDF in the order you choose"))
        self.compress_button.clicked.connect(lambda: self.start("compress"))
        self.rotate_button.clicked.connect(self.choose_rotation)
        self.combine_button.clicked.connect(self.choose_combination)
        for button in (self.compress_button, self.rotate_button, self.combine_button):
            layout.addWidget(button)
        self.setVisible(False)

    def show_for(self, requirement, document: Document | None, report) -> None:
        """Offer the fixes that fit this file (none for no file or an unreadable one)."""
        self.requirement, self.document = requirement, document
        fixable = document is not None and report.format in FIXABLE_FORMATS
        self.setVisible(fixable)
        if not fixable:
            return
        self.format = report.format
        limit = requirement.max_bytes_decimal
        # A PDF the checks could not open, no fix reads: its finding's own next step
        # (ask for it again, scan again) is the one offered, not a fix that would fail.
        unopened = any(f.code in UNOPENED_PDF for f in report.findings)
        self.compress_button.setVisible(bool(limit) and report.size >= limit and not unopened)
        self.compress_button.setText(tr("Compress to fit ≤ {mb} MB").format(
            mb=requirement.max_mb))
        self.rotate_button.setVisible(not unopened)
        self.combine_button.setVisible("pdf" in requirement.formats and not unopened)

    def documents(self) -> list[Document]:
        """Every file the item holds now, in the order attached."""
        assert self.requirement is not None
        status = self.controller.statuses[self.requirement.id]
        return [document for document, _ in status.documents]

    # -- asking first -----------------------------------------------------------------------

    def choose_rotation(self) -> None:
        if self.document is None:
            return
        self._remember_focus()
        self._busy(True)  # one dialog, however often it is clicked
        document = self.document
        self.controller.runner.submit(
            self, pages_job, self.controller.read.path, self.controller.catalog,
            document, done=lambda pages, error: self._rotation_pages(document, pages, error))

    def _rotation_pages(self, document: Document, pages, error) -> None:
        from lsp_desktop.ui.dialogs.rotate_pages import RotatePagesDialog

        self._busy(False)
        if self._failed(error):
            return
        images, count = pages
        dialog = RotatePagesDialog(images, count, document.format == "pdf", self.window())
        dialog.accepted.connect(lambda: self.run(FixPlan(
            "rotate", (document,), angle=dialog.angle(), pages=dialog.pages())))
        self._show_dialog(dialog)

    def choose_combination(self) -> None:
        if self.requirement is None:
            return
        self._remember_focus()
        self._busy(True)  # one dialog, however often it is clicked
        documents = self.documents()
        self.controller.runner.submit(
            self, thumbnails_job, self.controller.read.path, self.controller.catalog,
            documents, done=lambda images, error: self._combination(documents, images, error))

    def _combination(self, documents: list[Document], images, error) -> None:
        from lsp_desktop.ui.dialogs.combine_order import CombineOrderDialog

        self._busy(False)
        if self._failed(error):
            return
        attached = [(d.name, image, d) for d, image in zip(documents, images, strict=True)]
        dialog = CombineOrderDialog([], self.window(), attached=attached, can_add=True)
        dialog.filesAdded.connect(lambda added: self.controller.runner.submit(
            dialog, path_thumbnails_job, added,
            done=lambda thumbnails, _error: _show_thumbnails(dialog, thumbnails)))
        dialog.accepted.connect(lambda: self.run(FixPlan(
            "combine", tuple(dialog.ordered_sources()))))
        self._show_dialog(dialog)

    # -- running ----------------------------------------------------------------------------

    def start(self, kind: str) -> None:
        """Run a fix that needs no question first (compress)."""
        if self.document is not None:
            self._remember_focus()
            self.run(FixPlan(kind, (self.document,)))

    def run(self, plan: FixPlan) -> None:
        name = plan.sources[0].name  # a Document's or a Path's
        self.progress = QProgressDialog(tr("Fixing {name}…").format(name=name),
                                        tr("Cancel"), 0, 0, self)
        self.progress.setWindowTitle(tr("Fixing the file"))
        # Not modal: the admin may look at other items meanwhile (a new panel drops the
        # result, and stops the work: see below).
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)  # closed by the result, not by the last step
        self.progress.setAutoReset(False)
        self._busy(True)
        screen = self.window().screen()
        scale = (screen.logicalDotsPerInch(), self.devicePixelRatioF())
        task = self.task = self.controller.runner.submit(
            self, fix_job, self.controller.read.path, self.controller.catalog, plan,
            scale, progress=self._step, cancel=self.progress.canceled,
            done=lambda outcome, error: self._finished(plan, outcome, error))
        self.destroyed.connect(task.cancel)

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, plan: FixPlan, outcome, error) -> None:
        from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog

        self._busy(False)
        self.task = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        if self._failed(error, plan):
            return
        if outcome is None:  # cancelled: the original stays as it was
            self.controller.notice.emit(tr("Fix cancelled: the file is as it was."), "info")
            self._return_focus()
            return
        result, before, after = outcome
        dialog = FixPreviewDialog(result, before, after, self.controller.lang, self.window(),
                                  page=plan.shown_page)
        dialog.accepted.connect(lambda: self.accept(plan, result))
        self._show_dialog(dialog)

    def accept(self, plan: FixPlan, result) -> None:
        """The fixed file in place of the originals: one step of Edit > Undo."""
        from lsp_desktop.fixing.fixes import fixed_name

        originals = plan.originals
        names = ", ".join(d.name for d in originals)
        text = tr("{name} was replaced by the fixed file. Ctrl+Z brings the original back."
                  ).format(name=names)
        if plan.kind == "rotate" and result.kind == "jpeg":  # Pillow cannot turn it losslessly
            text += " " + (tr("The photo was saved again, and compressed to fit the limit.")
                           if result.shrunk else
                           tr("The photo was saved again at its own quality: a JPEG cannot "
                              "be turned without that."))
        self.controller.edits.edit(
            Said(FIX_STEPS.get(plan.kind, "Fix {name}"), name=originals[0].name),
            replace_by_fixed_job, originals, fixed_name(originals[0].name, result.kind),
            result.data, notice=Said.by(lambda: text))

    # -- helpers ----------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        """No second fix while one runs. The buttons only: the progress window is a child
        of this bar, and disabling the bar would disable its Cancel button too."""
        for button in (self.compress_button, self.rotate_button, self.combine_button):
            button.setEnabled(not busy)

    def _failed(self, error, plan: FixPlan | None = None) -> bool:
        """Say what went wrong, in plain words; True when something did. Of several files,
        the one at fault is named."""
        if error is None:
            return False
        if isinstance(error, LspError):
            text = error.message(self.controller.lang)
            part = error.values.get("part")
            if plan is not None and isinstance(part, int) and 0 < part <= len(plan.sources):
                text = tr("{name}: {reason}").format(name=plan.sources[part - 1].name,
                                                      reason=text)
            self.controller.notice.emit(text, "error")
        else:
            from lsp_desktop.ui import unexpected

            self.controller.notice.emit(unexpected.explain(error, self.controller.lang),
                                        "error")
        self._return_focus()
        return True

    def _show_dialog(self, dialog: QDialog) -> None:
        dialog.finished.connect(lambda _result: self._return_focus())
        dialog.open()  # not exec(): no nested event loop; tests press its buttons
        self.dialog = dialog

    def _remember_focus(self) -> None:
        self._focus = QApplication.focusWidget()

    def _return_focus(self) -> None:
        """Back to the window, where the admin was. A dialog that closes leaves no active
        window on some systems (and offscreen): Ctrl+Z, a window shortcut, then did nothing."""
        window = self.window()
        window.activateWindow()
        focus = self._focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible() \
                and focus.window() is window:
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        elif self.isVisible():
            self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
