"""Running the command line in a test as the admin types it: exit code, stdout, stderr."""

from lsp_desktop.cli.main import run


def cli(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
