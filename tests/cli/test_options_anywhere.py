"""Options go anywhere among a command's words, as admins write them: after the action word
(``person step --workspace W Kiki "sudah kirim"``) as well as before or after the rest."""

import argparse

import pytest

from lsp_desktop.cli.main import build_parser
from lsp_desktop.store.workspace import open_workspace
from tests.cli.running import cli
from tests.fill import fill_everything
from tests.makefiles import image_bytes, write


def _leaf_parsers(parser, words=()):
    """Every command's own parser, with the words that choose it ("fix", "rotate")."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _leaf_parsers(sub, (*words, name))
            return
    yield words, parser


def _positional_words(parser):
    words = []
    for action in parser._get_positional_actions():
        words.append(str(action.choices[-1] if action.choices else "x"))
    return words


COMMANDS = [(words, parser) for words, parser in _leaf_parsers(build_parser("id"))
            if _positional_words(parser)]


def test_every_command_with_positionals_is_checked():
    names = {" ".join(words) for words, _ in COMMANDS}
    assert {"person", "package", "social", "assessor-file", "add", "link", "verify",
            "fix rotate", "import-table"} <= names


@pytest.mark.parametrize("words, parser", COMMANDS, ids=[" ".join(w) for w, _ in COMMANDS])
def test_an_option_after_the_first_word_reads_as_before_it(words, parser):
    positionals = _positional_words(parser)
    required = [] if "--out" not in parser._option_string_actions else ["--out", "o.zip"]
    if any(a.required and a.option_strings and a.dest == "workspace"
           for a in parser._actions):
        required += ["--workspace", "w.lspws"]
    if "--degrees" in parser._option_string_actions:
        required += ["--degrees", "90"]
    if any(a.required for a in parser._mutually_exclusive_groups):
        group = next(g for g in parser._mutually_exclusive_groups if g.required)
        flag = group._group_actions[-1]
        required += [flag.option_strings[0]] + ([] if flag.nargs == 0 else ["r"])
    top = build_parser("id")
    first = top.parse_args([*words, "--lang", "en", *required, *positionals])
    mixed = top.parse_args([*words, positionals[0], "--lang", "en", *required,
                            *positionals[1:]])
    last = top.parse_args([*words, *positionals, *required, "--lang", "en"])
    assert vars(mixed) == vars(first) == vars(last)


def test_the_testers_commands_work_with_the_workspace_after_the_action(capsys, tmp_path):
    ws = tmp_path / "ws.lspws"
    with open_workspace(ws) as workspace:
        fill_everything(workspace)
    code, out, _ = cli(capsys, "person", "--workspace", ws)
    name = out.splitlines()[0].split(" (")[0]
    code, out, err = cli(capsys, "person", "step", "--workspace", ws, name, "sudah kirim")
    assert code == 0 and name in out, err
    code, out, err = cli(capsys, "social", "set", "--workspace", ws, "instagram",
                         "https://instagram.com/lsp_tik")
    assert code == 0 and "instagram.com/lsp_tik" in out, err
    photo = write(tmp_path, "pasfoto.jpg", image_bytes("JPEG", (600, 800)))
    code, out, _ = cli(capsys, "person", "--workspace", ws)
    assessor = next(line.split(" (")[0] for line in out.splitlines() if "(Asesor)" in line)
    code, out, err = cli(capsys, "assessor-file", "add", "--workspace", ws, assessor,
                         "pasfoto", photo)
    assert code in (0, 1) and "disimpan" in out, err
    code, out, err = cli(capsys, "package", "--workspace", ws)
    package = out.splitlines()[0].split(":")[0]
    code, out, err = cli(capsys, "package", "remove", "--workspace", ws, package)
    assert code == 0 and package in out, err
