"""The fix buttons of an item's panel and what they set going.

A button runs its fix on a worker (progress and cancel in a non-modal progress window),
then the preview dialog shows before and after; only when the admin accepts does the fixed
file replace the original, as one undoable step (Ctrl+Z brings the original back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressDialog, QPushButton, QWidget

from lsp_desktop.errors import LspError
from lsp_desktop.store.workspace import Document
from lsp_desktop.ui.i18n import tr

FIXABLE_FORMATS = ("pdf", "jpeg", "png")


def _fix_job(kind: str, data: bytes, fmt: str):
    """A generator: the runner passes each ``(done, total)`` to the progress window and
    stops it between steps on Cancel."""
    from lsp_desktop.intake.assemble import rotate_pdf
    from lsp_desktop.intake.fixes import fix_steps
    from lsp_desktop.intake.pictures import rotate_image
    from lsp_desktop.ui.widgets.preview import render_preview

    if kind == "rotate":
        yield 0, 1
        result = rotate_pdf(data, 90) if fmt == "pdf" else rotate_image(data, 90)
    else:
        result = yield from fix_steps("compress" if fmt == "pdf" else "shrink", [data])
    # Rendered here too: a 15 MB scan's first page is not drawn on the window's thread.
    return result, render_preview(data, fmt), render_preview(result.data, result.kind)


class _ReplaceCommand(QUndoCommand):
    """Accepting a fix: the fixed file in place of the original, which stays stored."""

    def __init__(self, controller, original: Document, name: str, data: bytes) -> None:
        super().__init__(tr("Fix {name}").format(name=original.name))
        self.controller, self.original = controller, original
        self.name, self.data = name, data
        self.fixed: Document | None = None

    def redo(self) -> None:
        workspace = self.controller.workspace
        if self.fixed is None:
            self.fixed, _ = workspace.attach_bytes(
                self.original.requirement_id, self.name, self.data,
                self.original.source_path, replace_existing=True)
            self.data = b""  # stored now; the command need not hold 2 MB
        else:
            workspace.restore(self.fixed.id)
        if workspace.document(self.original.id).removed_at is None:
            workspace.remove(self.original.id)  # an item taking several files
        self.controller.refresh(self.original.requirement_id)

    def undo(self) -> None:
        workspace = self.controller.workspace
        assert self.fixed is not None
        workspace.remove(self.fixed.id)
        workspace.restore(self.original.id)
        self.controller.refresh(self.original.requirement_id)


class FixBar(QWidget):
    """The fix buttons shown under an item's file, each only where it helps."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.document: Document | None = None
        self.format = ""
        self.dialog: QDialog | None = None
        self.progress: QProgressDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.compress_button = QPushButton(tr("Compress to fit ≤ 2 MB"))
        self.rotate_button = QPushButton(tr("Rotate"))
        self.rotate_button.setToolTip(tr("Turn every page a quarter turn clockwise"))
        self.compress_button.clicked.connect(lambda: self.start("compress"))
        self.rotate_button.clicked.connect(lambda: self.start("rotate"))
        layout.addWidget(self.compress_button)
        layout.addWidget(self.rotate_button)
        layout.addStretch(1)
        self.setVisible(False)

    def show_for(self, requirement, document: Document | None, report) -> None:
        """Offer the fixes that fit this file (none for no file or an unreadable one)."""
        self.document = document
        fixable = document is not None and report.format in FIXABLE_FORMATS
        self.setVisible(fixable)
        if not fixable:
            return
        self.format = report.format
        limit = requirement.max_bytes_decimal
        self.compress_button.setVisible(bool(limit) and report.size >= limit)
        self.compress_button.setText(tr("Compress to fit ≤ {mb} MB").format(
            mb=requirement.max_mb))

    def start(self, kind: str) -> None:
        if self.document is None:
            return
        document, fmt = self.document, self.format
        data = self.controller.workspace.document_bytes(document)
        self.progress = QProgressDialog(tr("Fixing {name}…").format(name=document.name),
                                        tr("Cancel"), 0, 0, self)
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(300)
        self.setEnabled(False)
        self.controller.runner.submit(
            self, _fix_job, kind, data, fmt, progress=self._step,
            cancel=self.progress.canceled,
            done=lambda outcome, error: self._finished(document, outcome, error))

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, document: Document, outcome, error) -> None:
        from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog

        self.setEnabled(True)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if isinstance(error, LspError):
            self.controller.notice.emit(error.message(self.controller.lang), "error")
            return
        if error is not None:
            from lsp_desktop.crashlog import write_crash_log
            from lsp_desktop.messages import render

            self.controller.notice.emit(render("internal", {
                "reason": type(error).__name__, "log": write_crash_log(error)},
                self.controller.lang), "error")
            return
        if outcome is None:
            return  # cancelled: the original stays as it was
        result, before, after = outcome
        dialog = FixPreviewDialog(result, before, after, self.controller.lang, self.window())
        dialog.accepted.connect(lambda: self.accept(document, result))
        dialog.open()  # not exec(): the window stays usable, tests can press Accept
        self.dialog = dialog

    def accept(self, document: Document, result) -> None:
        from lsp_desktop.intake.fixes import fixed_name

        name = fixed_name(document.name, result.kind)
        self.controller.undo_stack.push(
            _ReplaceCommand(self.controller, document, name, result.data))
        self.controller.notice.emit(
            tr("{name} was replaced by the fixed file. Ctrl+Z brings the original back.")
            .format(name=document.name), "info")
