"""Cells read as the admin typed them, where a spreadsheet changed what it kept.

A phone number is text, but Excel keeps 08123456789 typed in a number cell as the number
8123456789: its leading 0 is gone. The import puts it back and says so in its plan, so
that the admin sees what was changed before confirming.
"""

from __future__ import annotations

from lsp_desktop.checks.findings import INFO, Finding
from lsp_desktop.checks.people import restored_mobile
from lsp_desktop.tables.spreadsheet import Number


def phone_as_typed(row: dict[str, str], column: str
                   ) -> tuple[dict[str, str], list[Finding]]:
    """The row with its phone ``column`` read as typed when Excel kept it as a number
    (8123456789 -> 08123456789), and the note that says so; any other value (62…, a
    landline, too few digits) as it is, for the phone check to judge."""
    cell = row.get(column, "")
    typed = restored_mobile(cell) if isinstance(cell, Number) else None
    if typed is None:
        return row, []
    return {**row, column: typed}, [Finding("import.phone_zero_restored", INFO,
                                            {"typed": str(cell), "phone": typed})]
