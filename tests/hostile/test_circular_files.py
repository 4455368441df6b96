"""Class 4 and class 3's TOML bomb: a circular file is an attack surface. Ids and item
numbers follow one strict ASCII grammar, checked at ``circulars --add`` and when loading;
a re-add that changes items shows the carry-over plan and replaces only when asked;
nesting deep enough to hurt tomllib is refused before it reads."""

from __future__ import annotations

import os
import time

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars.catalog import default_catalog_path, parse_catalog
from lsp_desktop.store.workspace import open_workspace
from tests import makefiles as mk
from tests.cli.running import cli
from tests.hostile.ceiling import assert_plain, cli_capped

SHIPPED = default_catalog_path().read_text(encoding="utf-8")
SHIPPED_ID = 'id = "se-007-bnsp-iv-2025"'

# Ids that look like a plain one, escape a folder, carry markup, or collide with another.
HOSTILE_IDS = ["../../x", "abc/def", "abc def", "abc\\\\def", "abc ", " abc", "abc\u200b",
               "abc\u2010def", "abc\u2011def", "abc\u2013def", "\uff41\uff42\uff43",
               "<img src=x onerror=alert(1)>", "ABC", "abc\\n", "abc\\r", "abc.def",
               "a" * 41, "caf\u00e9", "abc--def", "-abc", "abc-", "abc\\u0000", "nul",
               "COM1", "abc\u00a0", "\u0430bc", "abc\u202e", "\U0001d41a\U0001d41b"]
HOSTILE_POINTS = ["1..2", "2.9.", ".2", "\u0663", "1" * 5000, "2.9 ", "2,9", "2.9.1.1.1",
                  "1234", "2.\uff19", "-1", "2.9\u200b"]


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LSP_DESKTOP_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _circular(tmp_path, text: str, name: str = "surat.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _with_id(new_id: str) -> str:
    return SHIPPED.replace(SHIPPED_ID, f'id = "{new_id}"')


def _refused_plainly(capsys, home, path) -> str:
    code, out, err = cli(capsys, "circulars", "--add", path)
    assert code == 1 and "Traceback" not in out + err and "tak terduga" not in err, err
    assert not list((home / "catalogs").glob("*.toml")) if (home / "catalogs").exists() \
        else True
    return err


@pytest.mark.parametrize("bad", HOSTILE_IDS)
def test_a_look_alike_or_path_like_circular_id_is_refused(capsys, home, tmp_path, bad):
    err = _refused_plainly(capsys, home, _circular(tmp_path, _with_id(bad)))
    assert "huruf kecil a-z" in err


@pytest.mark.parametrize("bad", HOSTILE_IDS)
def test_a_look_alike_or_path_like_item_id_is_refused(capsys, home, tmp_path, bad):
    text = _with_id("se-099-uji").replace('id = "npwp"', f'id = "{bad}"')
    err = _refused_plainly(capsys, home, _circular(tmp_path, text))
    assert "huruf kecil a-z" in err


@pytest.mark.parametrize("bad", HOSTILE_POINTS)
def test_an_item_number_outside_the_grammar_is_refused(capsys, home, tmp_path, bad):
    text = _with_id("se-099-uji").replace('point = "2.9"', f'point = "{bad}"')
    err = _refused_plainly(capsys, home, _circular(tmp_path, text))
    assert "nomor seperti 2.9" in err and len(err) < 1000


@pytest.mark.parametrize("field", ["date", "window_start", "window_end"])
def test_a_datetime_in_a_date_field_is_refused(capsys, home, tmp_path, field):
    start = SHIPPED.index(f"{field} = ")
    line_end = SHIPPED.index("\n", start)
    text = _with_id("se-099-uji")
    old_line = SHIPPED[start:line_end]
    text = text.replace(old_line, old_line + "T10:00:00", 1)
    err = _refused_plainly(capsys, home, _circular(tmp_path, text))
    assert "tanggal (TTTT-BB-HH)" in err


@pytest.mark.parametrize("number", ["1" + "0" * 4999, "99999999", "-5"])
def test_an_absurd_whole_number_is_refused(capsys, home, tmp_path, number):
    text = _with_id("se-099-uji").replace("max_mb = 2", f"max_mb = {number}", 1)
    _refused_plainly(capsys, home, _circular(tmp_path, text))


@pytest.mark.parametrize("title", ["Judul\\u202eevil", "Judul\\u001b[31m", "Judul\\u200b",
                                   "Judul\\r\\nOK"])
def test_invisible_characters_in_a_title_are_refused(capsys, home, tmp_path, title):
    text = _with_id("se-099-uji").replace('title_id = "NPWP LSP"',
                                          f'title_id = "{title}"')
    assert text != _with_id("se-099-uji")
    err = _refused_plainly(capsys, home, _circular(tmp_path, text))
    assert "karakter kendali" in err


def test_a_broken_added_file_is_named_when_listed_not_crashed_on(capsys, home, tmp_path):
    folder = home / "catalogs"
    folder.mkdir(parents=True)
    (folder / "x.toml").write_text(_with_id("abc\u200b"), encoding="utf-8")
    code, out, err = cli(capsys, "circulars")
    assert code == 0 and "huruf kecil a-z" in out and "Traceback" not in out + err


def test_two_ids_that_differ_land_in_two_files(capsys, home, tmp_path):
    for new_id in ("abc-def", "abcdef", "abc-de-f"):
        assert cli(capsys, "circulars", "--add", _circular(tmp_path, _with_id(new_id)))[0] == 0
    assert sorted(p.name for p in (home / "catalogs").iterdir()) == [
        "abc-de-f.toml", "abc-def.toml", "abcdef.toml"]


# --- nesting bombs ------------------------------------------------------------------------

BOMBS = {"dotted keys 20,000 deep": ".".join(["a"] * 20_000) + " = 1\n",
         "a table name 20,000 deep": "[" + ".".join(["a"] * 20_000) + "]\n",
         "arrays 1,000 deep": "a = " + "[" * 1000 + "]" * 1000 + "\n",
         "inline tables 20,000 deep": "a = " + "{b = " * 20_000 + "1" + "}" * 20_000 + "\n",
         "arrays 17 deep": "a = " + "[" * 17 + "]" * 17 + "\n",
         "mixed": "a = [{b.c.d.e.f.g.h.i = [[[[[[[[[1]]]]]]]]]}]\n"}


@pytest.mark.parametrize("name", BOMBS)
def test_a_nesting_bomb_is_refused_before_tomllib_reads_it(name):
    started = time.perf_counter()
    with pytest.raises(LspError) as caught:
        parse_catalog(BOMBS[name].encode(), default_catalog_path())
    assert caught.value.values["problem_code"] == "catalog_problem.too_deep"
    assert "terlalu dalam" in caught.value.message("id")
    assert time.perf_counter() - started < 5  # generous: the scan is linear


def test_deep_looking_text_inside_strings_and_comments_is_not_nesting():
    deep = "[" * 20 + " " + ".".join("abcdefghijklmnopq")
    text = SHIPPED.replace('title_en = "LSP tax', f'# {deep}\ntitle_en = "{deep} LSP tax')
    assert text != SHIPPED
    assert parse_catalog(text.encode(), default_catalog_path()).id == "se-007-bnsp-iv-2025"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="memory ceiling: Linux/macOS")
def test_the_dotted_key_bomb_is_refused_under_the_memory_ceiling(tmp_path):
    bomb = _circular(tmp_path, BOMBS["dotted keys 20,000 deep"], "bom.toml")
    result = cli_capped("circulars", "--add", bomb, home=tmp_path / "home")
    assert_plain(result)
    assert result.returncode == 1 and "terlalu dalam" in result.stderr


# --- a re-add that changes items ------------------------------------------------------------

def test_a_re_add_with_changed_items_shows_the_plan_and_replaces_only_when_asked(
        capsys, home, tmp_path):
    first = _with_id("se-099-uji")
    assert cli(capsys, "circulars", "--add", _circular(tmp_path, first, "v1.toml"))[0] == 0
    ws = tmp_path / "ws.lspws"
    cli(capsys, "profile", "--name", "LSP Uji", "--workspace", ws)
    assert cli(capsys, "circulars", "--use", "se-099-uji", "--workspace", ws)[0] == 0
    npwp = tmp_path / "npwp.pdf"
    npwp.write_bytes(mk.pdf_bytes(1))
    assert cli(capsys, "add", "npwp", npwp, "--workspace", ws)[0] == 0
    start = first.index('[[requirements]]\nid = "npwp"')
    second = first[:start] + first[first.index("[[requirements]]", start + 10):]
    kept = home / "catalogs" / "se-099-uji.toml"
    code, out, err = cli(capsys, "circulars", "--add", _circular(tmp_path, second, "v2.toml"))
    assert code == 1 and "Belum ada yang diganti" in out
    assert "Tidak diminta lagi" in out and "2.9 NPWP LSP" in out and "--replace" in out
    assert kept.read_text(encoding="utf-8") == first  # nothing replaced
    code, out, err = cli(capsys, "circulars", "--add", tmp_path / "v2.toml", "--replace")
    assert code == 0 and kept.read_text(encoding="utf-8") == second
    with open_workspace(ws) as workspace:  # the attached file is kept in the workspace
        assert [d.requirement_id for d in workspace.documents()] == ["npwp"]


def test_a_re_add_of_the_same_items_needs_no_question(capsys, home, tmp_path):
    first = _with_id("se-099-uji")
    assert cli(capsys, "circulars", "--add", _circular(tmp_path, first, "v1.toml"))[0] == 0
    retitled = first.replace('title_en = "LSP tax', 'title_en = "The LSP tax')
    assert retitled != first
    assert cli(capsys, "circulars", "--add", _circular(tmp_path, retitled, "v2.toml"))[0] == 0
    assert (home / "catalogs" / "se-099-uji.toml").read_text(encoding="utf-8") == retitled
