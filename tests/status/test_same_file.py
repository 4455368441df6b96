"""One scan attached to two items is a slip the admin should hear about."""

from lsp_desktop.status.requirements import workspace_status
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk


def test_the_same_file_on_two_items_is_named_on_each(tmp_path):
    same = mk.pdf_bytes(pages=2)
    with open_workspace(tmp_path / "w.lspws") as workspace:
        workspace.attach_bytes("npwp", "npwp.pdf", same)
        workspace.attach_bytes("rekening", "rekening.pdf", same)
        workspace.attach_bytes("sk-lisensi", "sk.pdf", mk.pdf_bytes(pages=2, title="sk"))
        statuses = {s.requirement.id: s for s in workspace_status(workspace)}
        wording = workspace.catalog.wording  # its own catalogue names the items
    npwp, rekening, sk = statuses["npwp"], statuses["rekening"], statuses["sk-lisensi"]
    assert npwp.state == rekening.state == "warning" and sk.state == "ok"
    [finding] = [f for f in npwp.findings if f.code == "document.also_elsewhere"]
    assert "2.10 Buku Rekening" in finding.message("id", wording)
    assert "also attached to 2.10" in finding.message("en", wording)
    assert "2.9 NPWP" in next(f for f in rekening.findings
                              if f.code == "document.also_elsewhere").message("id", wording)
