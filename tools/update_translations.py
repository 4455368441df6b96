"""Collect the window's strings into the Indonesian .ts file and compile it to .qm.

Run after adding or changing a ``tr("…")`` string:  python tools/update_translations.py
New strings enter the .ts as unfinished; translate them (Qt Linguist, or by hand) and run
this again. ``--check`` only reports untranslated strings (the tests use it).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "lsp_desktop" / "ui"
TS = ROOT / "resources" / "translations" / "lsp_desktop_id.ts"
QM = TS.with_suffix(".qm")
CONTEXT = "LspDesktop"


def source_strings() -> list[str]:
    found: dict[str, None] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found[node.args[0].value] = None
    return list(found)


def read_ts() -> dict[str, str]:
    if not TS.exists():
        return {}
    tree = ET.parse(TS)
    translations = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is not None and element.text and element.get("type") != "unfinished":
            translations[source] = element.text
    return translations


def write_ts(strings: list[str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language="id_ID", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in strings:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if text in translations:
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def compile_qm() -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent /
                                                   "pyside6-lrelease")
    subprocess.run([tool, str(TS), "-qm", str(QM)], check=True, capture_output=True)


def missing() -> list[str]:
    translations = read_ts()
    return [s for s in source_strings() if s not in translations]


def main() -> int:
    if "--check" in sys.argv:
        lacking = missing()
        for text in lacking:
            print(f"untranslated: {text!r}")
        return 1 if lacking else 0
    strings = source_strings()
    translations = read_ts()
    write_ts(strings, translations)
    compile_qm()
    lacking = [s for s in strings if s not in translations]
    print(f"{len(strings)} strings, {len(lacking)} untranslated; wrote {TS.name} and {QM.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
