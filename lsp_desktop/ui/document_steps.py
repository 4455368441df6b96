"""Undo steps for an item's files: attaching (or replacing) and removing."""

from __future__ import annotations

from lsp_desktop.store.workspace import Document
from lsp_desktop.ui.i18n import Said
from lsp_desktop.ui.undo_steps import Step


class RemoveStep(Step):
    """A file taken off its item (marked removed, its bytes kept): undo puts it back."""

    def __init__(self, controller, document: Document, text: Said) -> None:
        super().__init__(text)
        self.controller, self.document = controller, document

    def redo(self) -> None:
        self.controller.workspace.remove(self.document.id)
        self.controller.refresh(self.document.requirement_id)

    def undo(self) -> None:
        self.controller.workspace.restore(self.document.id)
        self.controller.refresh(self.document.requirement_id)


class AttachStep(Step):
    """A file attached (or put in place of another): undo takes it off and brings the
    one it replaced back. Pushed once the file is stored, so the first redo is skipped."""

    def __init__(self, controller, new: Document,
                 old: Document | None, text: Said) -> None:
        super().__init__(text)
        self.controller, self.new, self.old = controller, new, old
        self.stored = True

    def redo(self) -> None:
        if self.stored:
            self.stored = False
            return
        self.controller.workspace.restore(self.new.id)  # takes the old one off again
        self.controller.refresh(self.new.requirement_id)

    def undo(self) -> None:
        workspace = self.controller.workspace
        if self.old is not None:
            workspace.restore(self.old.id)  # a one-file item: the new one goes off
        else:
            workspace.remove(self.new.id)
        self.controller.refresh(self.new.requirement_id)
