"""An item that takes several files (a circular may say so; this one is made up from the
real catalogue): its files become one PDF, and undo brings each of them back."""

import dataclasses
import io

from pypdf import PdfReader

from lsp_desktop.circulars.catalog import load_catalog
from lsp_desktop.store.workspace import Workspace
from lsp_desktop.ui.dialogs.fix_preview import FixPreviewDialog
from lsp_desktop.ui.panels.requirement import RequirementPanel
from lsp_desktop.ui.road.controller import WorkspaceController
from lsp_desktop.ui.tasks import ImmediatePool, TaskRunner
from tests.support.scans import TEXT_LINES, scan_pdf, text_page_pdf
from tests.ui.fix_driving import press


class _Pool:
    """What wait_idle needs: the runner."""

    def __init__(self, runner):
        self.runner = runner


def test_several_files_of_one_item_become_one_pdf_and_come_back_on_undo(qapp, tmp_path,
                                                                         qtbot):
    real = load_catalog()
    several = dataclasses.replace(real, requirements=tuple(
        dataclasses.replace(r, multiple=True) if r.point == "2.1" else r
        for r in real.requirements))
    requirement = next(r for r in several.requirements if r.point == "2.1")
    workspace = Workspace(tmp_path / "ws.lspws", several)
    first, _ = workspace.attach_bytes(requirement.id, "halaman-1.pdf", text_page_pdf())
    scan = scan_pdf(300, ("RGB",))  # over 2 MB by itself: the combination is compressed
    assert len(scan) > 2_000_000
    second, _ = workspace.attach_bytes(requirement.id, "halaman-2.pdf", scan)
    runner = TaskRunner(ImmediatePool())
    controller = WorkspaceController(workspace, runner)
    panel = RequirementPanel(controller, requirement)
    panel.show()
    bar = panel.fix_bar
    press(bar.combine_button, qtbot, _Pool(runner))
    dialog = bar.dialog
    assert [dialog.pages.item(i).text() for i in range(2)] == ["halaman-1.pdf",
                                                               "halaman-2.pdf"]
    dialog.pages.setCurrentRow(1)
    dialog.up_button.click()  # the scan first
    press(dialog.combine_button, qtbot, _Pool(runner))
    assert isinstance(bar.dialog, FixPreviewDialog)
    press(bar.dialog.accept_button, qtbot, _Pool(runner))
    documents = workspace.documents(requirement.id)
    assert [d.name for d in documents] == ["halaman-2.pdf"]  # named after the first
    assert documents[0].size < 2_000_000
    pages = PdfReader(io.BytesIO(workspace.document_bytes(documents[0]))).pages
    assert len(pages) == 2 and TEXT_LINES[0] in pages[1].extract_text()
    controller.undo_stack.undo()
    assert [d.id for d in workspace.documents(requirement.id)] == [first.id, second.id]
    controller.undo_stack.redo()
    assert len(workspace.documents(requirement.id)) == 1
    panel.close()
    controller.close()
