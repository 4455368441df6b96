"""Run the command line in a child process with a memory ceiling, as a laptop has one."""

from __future__ import annotations

import os
import subprocess
import sys

from tests import ROOT

CEILING = 500 * 1024 * 1024


def _limit() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (CEILING, CEILING))


def cli_capped(*args: str, home, timeout: float = 60) -> subprocess.CompletedProcess:
    """``lsp-desktop ARGS`` under a 500 MB address-space ceiling; a bomb that gets past
    the guards dies of MemoryError (an "internal error") instead of eating the machine."""
    env = {**os.environ, "LSP_DESKTOP_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "lsp_desktop", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_limit if sys.platform.startswith("linux") else None)


def assert_plain(result: subprocess.CompletedProcess) -> None:
    """No traceback, no internal error, no crash log: a plain message."""
    text = result.stdout + result.stderr
    assert "Traceback" not in text and "tak terduga" not in text, text
    assert result.returncode in (0, 1), (result.returncode, text)
