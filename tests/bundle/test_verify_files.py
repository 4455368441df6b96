"""verify judges a bundle's files as import does: the states its contents list claims are
not believed, and where they disagree with the files it says so."""

import json

from lsp_desktop.bundle.export import export_bundle
from lsp_desktop.store.workspace import open_workspace
from tests.bundle.tampered import lying_bundle, with_manifest
from tests.cli.running import cli
from tests.fill import fill_everything


def test_a_contents_list_that_calls_everything_ready_is_not_believed(capsys, tmp_path):
    lying, _ = lying_bundle(tmp_path)
    code, out, _ = cli(capsys, "verify", lying)
    assert code == 1 and out.startswith("TIDAK SESUAI") and "UTUH" not in out
    lines = out.splitlines()
    locked = next(line for line in lines if "2.2 Sertifikat Lisensi LSP" in line
                  and "daftar isi menyebutnya siap" in line)
    assert "kata sandi" in locked
    absent = next(line for line in lines if "2.10 Buku Rekening LSP:" in line)
    assert "berkas tidak ada di bundel" in absent
    # Import of the same zip agrees: those two are not ready.
    code, out, _ = cli(capsys, "import", lying, "--workspace", tmp_path / "impor.lspws")
    assert code == 0
    code, out, _ = cli(capsys, "status", "--workspace", tmp_path / "impor.lspws", "--json")
    states = {r["id"]: r["state"] for r in json.loads(out)["requirements"]}
    assert states["sertifikat-lisensi"] == "error" and states["rekening"] == "missing"
    code, out, _ = cli(capsys, "verify", lying, "--json", "--lang", "en")
    said = json.loads(out)
    assert code == 1 and said["status"] == "misstated"
    assert {"sertifikat-lisensi", "rekening"} <= set(said["missing"])
    assert {p["code"] for p in said["problems"]} == {"bundle.claim_missing",
                                                     "bundle.claim_wrong"}


def test_an_honest_draft_is_a_draft_and_a_finished_bundle_intact(capsys, tmp_path):
    _, honest = lying_bundle(tmp_path)
    code, out, _ = cli(capsys, "verify", honest)
    assert code == 1 and out.startswith("DRAF") and "2.10 Buku Rekening LSP" in out
    assert "menyebutnya siap" not in out
    finished = tmp_path / "lengkap.zip"
    with open_workspace(tmp_path / "lengkap.lspws") as ws:
        fill_everything(ws)
        export_bundle(ws, finished)
    code, out, _ = cli(capsys, "verify", finished)
    assert code == 0 and out.startswith("UTUH"), out


def test_each_problem_is_said_once_and_no_empty_list_of_known_values(capsys, tmp_path):
    _, honest = lying_bundle(tmp_path)

    def one_bad_path_everywhere(data):
        for item in data["requirements"]:
            for file in item["files"]:
                file["path"] = "data/../../../../tmp/pwn.pdf"

    def unknown_type(data):
        data["profile"]["lsp_type"] = "P9"

    escaping = with_manifest(honest, tmp_path / "jalan.zip", one_bad_path_everywhere)
    code, out, _ = cli(capsys, "verify", escaping)
    problems = out.splitlines()[1:]
    assert code == 1 and len(problems) == 1 and "pwn.pdf" in problems[0]
    typed = with_manifest(honest, tmp_path / "jenis.zip", unknown_type)
    code, out, _ = cli(capsys, "verify", typed, "--lang", "en")
    assert code == 1 and "'P9' (known: P1, P2, P3)" in out
    assert "known: )" not in out and "category" not in out
