"""The shape of a bundle's manifest.json, written once: verify and import check it before
reading a value, and docs/bundle-manifest.md describes it for other tools.

A manifest is untrusted input: a hand-made or hostile bundle may hold an array where an
object belongs, a number where a name belongs. :func:`manifest_problem` says in plain
words where the first such mismatch is, so the bundle is called damaged instead of the
import failing inside Python.
"""

from __future__ import annotations

from typing import Any

from lsp_desktop.tables.spreadsheet import MAX_ROWS

FORMAT = "lsp-desktop-bundle"
FORMAT_VERSION = 1
# Every string is capped: a 2-million-character name is an attack, not an LSP's name.
MAX_TEXT = 10_000

TEXT, OPT_TEXT = str, (str, type(None))
INT, OPT_INT = int, (int, type(None))
ANY = object

_FILE = {"path": TEXT, "name": TEXT, "sha256": TEXT, "?size": INT, "?format": TEXT,
         "?pages": OPT_INT, "?width": OPT_INT, "?height": OPT_INT, "?added_at": OPT_TEXT}
_FINDING = {"code": TEXT, "?severity": TEXT, "?source": TEXT, "?values": {"*": ANY},
            "?message_id": TEXT, "?message_en": TEXT}
_REQUIREMENT = {"id": TEXT, "?point": TEXT, "?title_id": TEXT, "?title_en": TEXT,
                "?form": TEXT, "?applies": bool, "?state": TEXT, "?link": OPT_TEXT,
                "?files": [_FILE], "?findings": [_FINDING],
                "?left_out": {"?reason": TEXT, "?files": INT}}
_TEXT_ROW = {"*": OPT_TEXT}
_ASSESSOR_FILE = {"person": TEXT, "kind": TEXT, "path": TEXT, "name": TEXT, "?nik": TEXT,
                  "?sha256": TEXT, "?size": INT}
SCHEMA: dict[str, Any] = {
    "format": TEXT, "format_version": INT, "?app": TEXT,
    "catalog": {"id": TEXT, "?version": (str, int, float)},
    "?circular": TEXT, "?exported_at": TEXT, "?draft": bool,
    "?profile": {"?name": TEXT, "?licence": TEXT, "?lsp_type": TEXT, "?category": TEXT,
                 "?uses_skkk": bool},
    "?progress": {"?ready": INT, "?applicable": INT},
    "requirements": [_REQUIREMENT],
    "?links": {"*": TEXT},
    "?data": {"?people": [_TEXT_ROW], "?assessors": [_TEXT_ROW], "?social_media": {"*": TEXT},
              "?packages": [_TEXT_ROW], "?it_staff": [_TEXT_ROW],
              "?assessor_files": [_ASSESSOR_FILE]},
}
# JSON's own type names: the same in both languages, and what a tool's author reads.
_TYPE_NAMES = {str: "string", int: "number", bool: "boolean", float: "number",
               type(None): "null", dict: "object", list: "array"}


def manifest_problem(manifest: object) -> str | None:
    """Where the manifest departs from :data:`SCHEMA` (``requirements[3].files: ...``),
    or None when it fits. The place starts at the top ("requirements…", not "manifest…"):
    the admin reads it in a message that calls the file the bundle contents list."""
    problem = _check(manifest, SCHEMA, "")
    return problem.lstrip(".") if problem else None


def too_many_rows(manifest: object) -> tuple[str, int] | None:
    """(table, rows) of the first list longer than a spreadsheet may be (MAX_ROWS), looked
    at before anything else: 200,000 made-up people would take minutes to import."""
    if not isinstance(manifest, dict):
        return None
    requirements = manifest.get("requirements")
    tables: list[tuple[str, object]] = [("requirements", requirements)]
    data = manifest.get("data")
    if isinstance(data, dict):
        tables += [(f"data.{str(name)[:40]}", rows) for name, rows in data.items()]
    if isinstance(requirements, list):
        tables += [(f"requirements.{key}", item.get(key))
                   for item in requirements[:MAX_ROWS + 1] if isinstance(item, dict)
                   for key in ("files", "findings")]
    return next(((name, len(rows)) for name, rows in tables
                 if isinstance(rows, list) and len(rows) > MAX_ROWS), None)


def version_problem(manifest: dict) -> tuple[str, object] | None:
    """(format, version) when this app cannot read that kind of bundle, else None."""
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        return str(manifest.get("format"))[:60], manifest.get("format_version")
    return None


def _check(value: object, spec: Any, where: str) -> str | None:
    if isinstance(spec, dict):
        return _check_object(value, spec, where)
    if isinstance(spec, list):
        if not isinstance(value, list):
            return _wrong(where, value, list)
        for index, item in enumerate(value):
            if problem := _check(item, spec[0], f"{where}[{index}]"):
                return problem
        return None
    types = spec if isinstance(spec, tuple) else (spec,)
    if spec is ANY:
        return None
    # bool is an int to Python; a manifest's true is not a count.
    if isinstance(value, bool) and bool not in types:
        return _wrong(where, value, types[0])
    if not isinstance(value, types):
        return _wrong(where, value, types[0])
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return f"{where}: string > {MAX_TEXT}"
    return None


def _check_object(value: object, spec: dict, where: str) -> str | None:
    if not isinstance(value, dict):
        return _wrong(where, value, dict)
    if "*" in spec:  # a map: any keys, each value of one shape
        for key, item in value.items():
            if problem := _check(item, spec["*"], f"{where}.{str(key)[:40]}"):
                return problem
        return None
    for key, item_spec in spec.items():
        name = key.lstrip("?")
        if name not in value:
            if key.startswith("?"):
                continue
            return f"{where}.{name}: ∅"
        if problem := _check(value[name], item_spec, f"{where}.{name}"):
            return problem
    return None


def _wrong(where: str, value: object, expected: type) -> str:
    found = _TYPE_NAMES.get(type(value), type(value).__name__)
    return f"{where}: {_TYPE_NAMES.get(expected, expected.__name__)} ≠ {found}"
