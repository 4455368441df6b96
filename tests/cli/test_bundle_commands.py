"""export, verify and import as the admin types them: a mistyped folder is refused, not
created; a pipe or a device is named, never read forever."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests import ROOT
from tests.cli.running import cli
from tests.fill import new_workspace


def test_export_refuses_a_folder_that_does_not_exist(capsys, tmp_path):
    ws = new_workspace(tmp_path / "ws.lspws")
    out = tmp_path / "tidak-ada" / "dalam" / "b.zip"
    code, _, err = cli(capsys, "export", "--out", out, "--allow-incomplete", "--workspace", ws)
    assert code == 1 and "tidak-ada" in err and "tidak ada" in err
    assert not (tmp_path / "tidak-ada").exists()
    code, _, err = cli(capsys, "export", "--out", out, "--allow-incomplete", "--workspace", ws,
                       "--lang", "en")
    assert code == 1 and "does not exist" in err


def _lsp(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "lsp_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_verify_and_import_name_a_pipe_instead_of_waiting(tmp_path):
    pipe = tmp_path / "p.zip"
    os.mkfifo(pipe)
    done = _lsp("verify", pipe)  # TimeoutExpired here is the defect
    assert done.returncode == 1 and "bukan berkas biasa" in done.stdout, done
    assert "TIDAK DIPERIKSA" in done.stdout and "Traceback" not in done.stderr
    done = _lsp("import", pipe, "--workspace", tmp_path / "x.lspws")
    assert done.returncode == 1 and "bukan berkas biasa" in done.stderr, done
    assert not (tmp_path / "x.lspws").exists()
