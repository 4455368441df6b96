"""A catalogue the app read once is not read as TOML again (circulars/parsed_cache.py):
what a start saves. Whatever the folder holds, the catalogue loaded is the file's own."""

from __future__ import annotations

import dataclasses
import marshal
import os
import stat
import sys
import zlib
from pathlib import Path

import pytest

from lsp_desktop.base.errors import LspError
from lsp_desktop.circulars import grammar, parsed_cache
from lsp_desktop.circulars.catalog import load_catalog, parse_catalog
from lsp_desktop.circulars.parsed_cache import FOLDER, entry_path


def same(first, second) -> bool:
    """Two catalogues hold the same (they compare by identity, as the app uses them)."""
    return dataclasses.asdict(first) == dataclasses.asdict(second)


def toml_read_refused(monkeypatch):
    def refused(data, path):
        raise AssertionError("the TOML was read again")

    monkeypatch.setattr("lsp_desktop.circulars.catalog.read_toml", refused)


def test_a_second_load_reads_no_toml_and_gives_the_same_catalogue(monkeypatch, private_home):
    first = load_catalog()
    entries = list((private_home / FOLDER).iterdir())
    assert len(entries) == 1
    toml_read_refused(monkeypatch)
    again = load_catalog()
    assert same(again, first)
    assert again.circular.date == first.circular.date  # TOML's dates come back as dates
    assert again.requirement("siapkerja").title("id") == first.requirement("siapkerja").title("id")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_kept_reading_is_owner_only(private_home):
    load_catalog()
    (entry,) = (private_home / FOLDER).iterdir()
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE((private_home / FOLDER).stat().st_mode) == 0o700


def test_a_changed_file_is_read_again(tmp_path, monkeypatch):
    source = load_catalog().source.read_text(encoding="utf-8")
    copy = tmp_path / "edaran.toml"
    copy.write_text(source, encoding="utf-8")
    load_catalog(copy)
    copy.write_text(source.replace('title_id = "', 'title_id = "Diubah: ', 1), encoding="utf-8")
    changed = load_catalog(copy)
    assert changed.circular.title_id.startswith("Diubah: ")


def _entry_for(source: bytes, tables) -> bytes:
    """An entry as the cache writes one, holding ``tables`` for ``source``."""
    kept = marshal.dumps((source, tables))
    return parsed_cache.HEADER + zlib.crc32(kept).to_bytes(4, "big") + kept


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other bytes", "older format",
                                    "a folder", "too large", "strange value"])
def test_a_damaged_entry_is_ignored(damage):
    expected = load_catalog()
    data = expected.source.read_bytes()
    entry = entry_path(data)
    whole = entry.read_bytes()
    if damage == "garbage":
        entry.write_bytes(b"\x00\xffnot an entry at all")
    elif damage == "truncated":
        entry.write_bytes(whole[: len(whole) // 2])
    elif damage == "other bytes":  # whole and sound, but read from other bytes
        source, tables = marshal.loads(whole[len(parsed_cache.HEADER) + 4:])
        entry.write_bytes(_entry_for(source + b"\n", tables))
    elif damage == "older format":
        entry.write_bytes(whole.replace(b"reading 2/", b"reading 1/", 1))
    elif damage == "a folder":
        entry.unlink()
        entry.mkdir()
    elif damage == "too large":
        entry.write_bytes(whole + b"\0" * parsed_cache.MAX_ENTRY_BYTES)
    elif damage == "strange value":
        entry.write_bytes(_entry_for(data, {"catalog": ("not a kind", "x")}))
    assert same(load_catalog(), expected)


def test_no_damaged_byte_gives_another_catalogue_or_is_unmarshalled(monkeypatch):
    """One byte changed anywhere (a disk's error, a torn copy): the reading is not used,
    and marshal never reads it (marshal trusts the counts it reads: a damaged tuple length
    made it fill gigabytes)."""
    load_catalog()
    data = load_catalog().source.read_bytes()
    entry = entry_path(data)
    whole = entry.read_bytes()
    unmarshalled = []
    loads = marshal.loads
    monkeypatch.setattr(parsed_cache.marshal, "loads",
                        lambda blob: unmarshalled.append(blob) or loads(blob))
    counts = range(len(parsed_cache.HEADER), len(parsed_cache.HEADER) + 24)
    for position in sorted({*counts, *range(0, len(whole), 97), len(whole) - 1}):
        for value in (0x00, 0x7F, 0xFF):
            if whole[position] == value:
                continue
            damaged = bytearray(whole)
            damaged[position] = value
            entry.write_bytes(bytes(damaged))
            assert parsed_cache.recalled(data) is None, position
    assert unmarshalled == []


def test_a_broken_file_is_refused_as_before_and_nothing_is_kept(tmp_path, private_home):
    broken = tmp_path / "rusak.toml"
    broken.write_text("[catalog\nid = 1\n", encoding="utf-8")
    with pytest.raises(LspError) as refused:
        load_catalog(broken)
    assert refused.value.code == "catalog.invalid"
    assert not entry_path(broken.read_bytes()).exists()


def test_a_file_being_added_is_not_kept(private_home):
    data = load_catalog().source.read_bytes()
    for entry in (private_home / FOLDER).iterdir():
        entry.unlink()
    parse_catalog(data, Path("baru.toml"))
    assert list((private_home / FOLDER).iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="POSIX modes; root writes anywhere")
def test_a_folder_that_cannot_be_written_only_costs_the_reading(private_home):
    private_home.mkdir(parents=True, exist_ok=True)
    private_home.chmod(0o500)
    try:
        catalog = load_catalog()
        assert catalog.requirements
        assert not (private_home / FOLDER).exists()
    finally:
        private_home.chmod(0o700)


def test_the_start_imports_no_toml_reader_once_read(tmp_path, private_home):
    """What the start saves: with the reading kept, loading the catalogue does not import
    tomllib (a fresh interpreter, as the window's start)."""
    import subprocess

    load_catalog()
    probe = ("import sys; from lsp_desktop.circulars.catalog import load_catalog; "
             "load_catalog(); print('tomllib' in sys.modules)")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, LSP_DESKTOP_HOME=str(private_home), PYTHONPATH=str(root))
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           env=env, cwd=root, timeout=60, check=True)
    assert shown.stdout.strip() == "False"
    assert grammar.MAX_DEPTH  # the grammar itself is still what checks a new file


def test_a_sound_entry_the_catalogue_refuses_gives_way_to_the_file():
    """An entry whose checksum holds but whose tables the catalogue refuses (made, not
    damaged): the file itself is read, and the app starts as if there were no cache."""
    expected = load_catalog()
    data = expected.source.read_bytes()
    entry_path(data).write_bytes(_entry_for(data, {"catalog": {"id": 1}}))
    assert same(load_catalog(), expected)
    nested: list = []
    for _ in range(1500):  # deeper than Python recurses: read back, it must not escape
        nested = [nested]
    entry_path(data).write_bytes(_entry_for(data, {"catalog": nested}))
    assert same(load_catalog(), expected)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_entrys_place_does_not_hold_the_start():
    import threading

    expected = load_catalog()
    entry = entry_path(expected.source.read_bytes())
    entry.unlink()
    os.mkfifo(entry)
    loaded: list = []
    reader = threading.Thread(target=lambda: loaded.append(load_catalog()), daemon=True)
    reader.start()
    reader.join(timeout=30)
    assert loaded and same(loaded[0], expected)
