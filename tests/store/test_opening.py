"""What opening reads from the migration steps without running them."""

import sqlite3

from lsp_desktop.store import migrations, opening
from lsp_desktop.store.connection import statements
from lsp_desktop.store.opening import expected_tables


def _tables_after_running(steps: list[str]) -> set[str]:
    scratch = sqlite3.connect(":memory:")
    try:
        for step in steps:
            for statement in statements(step):
                scratch.execute(statement)
        return {row[0] for row in scratch.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    finally:
        scratch.close()


def test_the_tables_a_workspace_must_hold_are_those_the_steps_make():
    # A table dropped by hand is named by opening (workspace.damaged): the list it checks
    # against, read from the steps' text, is what running them makes.
    assert expected_tables() == _tables_after_running(migrations.STEPS)
    assert {"profile", "documents", "people", "changes"} <= expected_tables()


def test_a_later_step_that_drops_or_adds_a_table_is_read_too(monkeypatch):
    later = [*migrations.STEPS,
             "-- CREATE TABLE only_in_a_comment (x);\n"
             "CREATE TABLE IF NOT EXISTS notes (x TEXT);\nDROP TABLE links;\n"
             'create table "quoted" (y);']
    monkeypatch.setattr(opening, "STEPS", later)
    read = opening.expected_tables.__wrapped__()
    assert read == _tables_after_running(later)
    assert "notes" in read and "quoted" in read and "links" not in read
