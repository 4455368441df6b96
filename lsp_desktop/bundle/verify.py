"""Verify a bundle: every checksum recomputed, the manifest held against the payload and
the catalogue. Also the safety scan both verify and import run before reading anything:
a bundle may come from anyone, so hostile zips are refused on their directory alone.
"""

from __future__ import annotations

import hashlib
import json
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lsp_desktop.bundle.manifest_rules import manifest_findings
from lsp_desktop.bundle.manifest_schema import (
    MAX_ROWS,
    manifest_problem,
    too_many_rows,
    version_problem,
)
from lsp_desktop.bundle.payload_rules import payload_findings
from lsp_desktop.checks.findings import ERROR, WARNING, Finding
from lsp_desktop.checks.guard import Refused, open_regular, zip_limit_problems
from lsp_desktop.circulars.catalog import Catalog
from lsp_desktop.circulars.library import find_catalog

# What verify_files finds when manifest.json calls ready an item that is not.
CLAIM_CODES = frozenset({"bundle.claim_missing", "bundle.claim_wrong"})
MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024   # documents are 20 MB at most (10x the 2 MB rule)
# A real bundle: ~40 documents and four per assessor, 2 MB each, stored as they are.
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
CHUNK = 256 * 1024
# Everything zipfile and zlib raise on a damaged or unusual archive.
ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, zlib.error,
              NotImplementedError, RuntimeError, UnicodeDecodeError)


@dataclass
class VerifyResult:
    path: Path
    top: str | None = None
    problems: list[Finding] = field(default_factory=list)
    manifest: dict | None = None
    draft: bool = False
    missing: list[str] = field(default_factory=list)
    # The circular the bundle was made under, when this app knows it (shipped or added).
    catalog: Catalog | None = None

    @property
    def damaged(self) -> bool:
        return any(f.severity == ERROR for f in self.problems)

    @property
    def status(self) -> str:
        if any(f.code.startswith("file.") for f in self.problems):
            return "not_opened"  # a pipe, a device, a folder, no such file: nothing to verify
        if any(f.code == NOT_A_ZIP for f in self.problems):
            return "not_bundle"  # a PDF or a photo chosen by mistake: not a damaged bundle
        if self.damaged and all(f.code in CLAIM_CODES for f in self.problems
                                if f.severity == ERROR):
            return "misstated"  # the checksums match; the contents list claims too much
        if self.damaged:
            return "damaged"
        if self.manifest is not None and self.catalog is None:
            return "unknown_catalog"  # checksums match; completeness cannot be judged
        if self.draft:
            return "draft"
        if self.missing:
            return "incomplete"
        return "intact"


def scan_members(archive: zipfile.ZipFile) -> tuple[str, list[Finding]]:
    """Refuse what could hurt before reading a byte: escaping or absolute paths, links,
    duplicate names, too many, too large or too highly compressed members."""
    infos = archive.infolist()
    # Count, total and ratio first, from the directory: nothing is inflated yet.
    problems = zip_limit_problems(infos, MAX_MEMBERS, MAX_TOTAL_BYTES, MAX_MEMBER_BYTES)
    if problems:
        return "", problems
    seen: set[str] = set()
    tops: set[str] = set()
    for info in infos:
        name = info.filename
        path = PurePosixPath(name.replace("\\", "/"))
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") \
                or ".." in path.parts:
            problems.append(Finding("bundle.unsafe_path", ERROR, {"file": name}))
            continue
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(Finding("bundle.link_member", ERROR, {"file": name}))
            continue
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            problems.append(Finding("bundle.duplicate_member", ERROR, {"file": name}))
        seen.add(key)
        if path.parts:
            tops.add(path.parts[0])
    if len(tops) != 1 and not problems:
        problems.append(Finding("bundle.not_a_bag", ERROR, {"file": ", ".join(sorted(tops))}))
    return (tops.pop() if len(tops) == 1 else ""), problems


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """Read a small member whole, never more than its declared size."""
    info = archive.getinfo(name)
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise zipfile.BadZipFile(f"size of {name} differs from its header")
    return data


def _hash_member(archive: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    info = archive.getinfo(name)
    read = 0
    with archive.open(info) as handle:
        while piece := handle.read(CHUNK):
            read += len(piece)
            if read > info.file_size:
                raise zipfile.BadZipFile(f"{name} is longer than its header says")
            digest.update(piece)
    return digest.hexdigest()


def _parse_manifest(text: str) -> dict[str, str]:
    entries = {}
    for line in text.splitlines():
        if line.strip():
            checksum, _, path = line.strip().partition(" ")
            entries[path.strip().lstrip("*")] = checksum.lower()
    return entries


def verify_bundle(path: Path | str, catalog: Catalog | None = None,
                  check_completeness: bool = True) -> VerifyResult:
    """catalog: the one the caller has at hand; the bundle is held against the circular it
    names, found among the shipped and added ones when it is another. The completeness
    checked here is what the contents list claims: what ``verify`` tells the admin is
    ``verify_files.verify_judged``, which judges the files themselves."""
    result = VerifyResult(Path(path))
    try:
        # Through the guard: a pipe or a device (/dev/zero) is refused, never read forever.
        with open_regular(Path(path)) as (handle, _size), zipfile.ZipFile(handle) as archive:
            verify_archive(archive, result, catalog, check_completeness)
    except Refused as refusal:
        result.problems.append(refusal.finding)
    except ZIP_ERRORS as exc:
        result.problems.append(_not_zip(Path(path)) or Finding(
            "bundle.not_zip", ERROR, {"reason": str(exc)[:200]}))
    result.problems = said_once([_named_plainly(f) for f in result.problems])
    return result


def said_once(problems: list[Finding]) -> list[Finding]:
    """Each problem once: a hostile contents list naming one bad path ten times, or a
    value two rules refuse, is one line to read."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for finding in problems:
        key = (finding.code, finding.message("en"))
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


NOT_A_ZIP = "bundle.not_a_zip_file"


def _not_zip(path: Path) -> Finding | None:
    """What a file that zipfile cannot open is, when it is no zip at all (a PDF, a photo):
    named by its sniffed format. None for a zip that is damaged or cut short."""
    from lsp_desktop.checks.formats import HEAD_BYTES, sniff

    try:
        with open_regular(path) as (handle, size):
            head = handle.read(HEAD_BYTES)
    except (OSError, Refused):
        return None
    if head[:2] == b"PK":  # a zip's signature: a damaged one, said as such
        return None
    return Finding(NOT_A_ZIP, ERROR, {"detected": sniff(head, size), "file": path.name})


def verify_archive(archive: zipfile.ZipFile, result: VerifyResult, catalog: Catalog | None,
                   check_completeness: bool = True) -> None:
    """Verify an archive already open (import reads the same handle it verified)."""
    top, problems = scan_members(archive)
    result.top, result.problems = top or None, problems
    if not problems:
        _verify_bag(archive, top, result)
    if result.damaged or result.manifest is None:
        return
    result.catalog = bundle_catalog(result.manifest, catalog)
    if result.catalog is None:
        result.problems.append(Finding("bundle.catalog_unknown", WARNING,
                                       {"catalog": result.manifest["catalog"]["id"][:60]}))
        return
    # The values import would refuse, read here once: verify never says intact for them.
    result.problems += manifest_findings(result.manifest, result.catalog)
    if not result.damaged:  # each document as import would attach it
        result.problems += payload_findings(archive, top, result.manifest, result.catalog,
                                            read_member)
    if check_completeness and not result.damaged:
        _check_against_catalog(result, result.catalog)


def bundle_catalog(manifest: dict, at_hand: Catalog | None) -> Catalog | None:
    """The circular the bundle was made under: the one at hand if it is that one, else a
    shipped or added one of that id; None when this app does not know it."""
    wanted = manifest.get("catalog", {}).get("id")
    if at_hand is not None and at_hand.id == wanted:
        return at_hand
    return find_catalog(wanted) if isinstance(wanted, str) else None


# manifest.json is "the bundle contents list" to the admin: what is wrong with it says so,
# not the file name of a format they never heard of.
CONTENTS_LIST_CODES = {"bundle.member_missing": "bundle.contents_list_missing",
                       "bundle.member_damaged": "bundle.contents_list_damaged",
                       "bundle.checksum": "bundle.contents_list_changed"}


def _named_plainly(finding: Finding) -> Finding:
    if finding.values.get("file") != "manifest.json" or finding.code not in CONTENTS_LIST_CODES:
        return finding
    # The file's name stays in the values, for --json and other tools; the text omits it.
    return Finding(CONTENTS_LIST_CODES[finding.code], finding.severity, finding.values)


def _verify_bag(archive: zipfile.ZipFile, top: str, result: VerifyResult) -> None:
    names = {i.filename for i in archive.infolist() if not i.is_dir()}
    required = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                "manifest.json"]
    for name in required:
        if f"{top}/{name}" not in names:
            result.problems.append(Finding("bundle.member_missing", ERROR, {"file": name}))
    if result.problems:
        return
    bagit = _read_text(archive, top, "bagit.txt", result)
    payload_text = _read_text(archive, top, "manifest-sha256.txt", result)
    tag_text = _read_text(archive, top, "tagmanifest-sha256.txt", result)
    if bagit is None or payload_text is None or tag_text is None:
        return
    payload, tags = _parse_manifest(payload_text), _parse_manifest(tag_text)
    if "BagIt-Version: 1.0" not in bagit:
        result.problems.append(Finding("bundle.member_damaged", ERROR,
                                       {"file": "bagit.txt", "reason": "BagIt-Version"}))
    _check_members(archive, top, names, payload, tags, result)
    if not result.damaged:
        _check_manifest(archive, top, payload, result)


def _check_members(archive: zipfile.ZipFile, top: str, names: set[str],
                   payload: dict[str, str], tags: dict[str, str],
                   result: VerifyResult) -> None:
    """Every listed file present with its checksum; every file present listed."""
    listed = set(payload) | set(tags)
    for relative, expected in [*payload.items(), *tags.items()]:
        member = f"{top}/{relative}"
        if member not in names:
            result.problems.append(Finding("bundle.member_missing", ERROR, {"file": relative}))
            continue
        try:
            actual = _hash_member(archive, member)
        except ZIP_ERRORS as exc:
            result.problems.append(Finding("bundle.member_damaged", ERROR,
                                           {"file": relative, "reason": str(exc)[:200]}))
            continue
        if actual != expected:
            result.problems.append(Finding("bundle.checksum", ERROR, {"file": relative}))
    for member in sorted(names):
        relative = member[len(top) + 1:]
        if relative not in listed and relative != "tagmanifest-sha256.txt":
            severity = ERROR if relative.startswith("data/") else WARNING
            result.problems.append(Finding("bundle.unlisted_member", severity,
                                           {"file": relative}))


def _check_manifest(archive: zipfile.ZipFile, top: str, payload: dict[str, str],
                    result: VerifyResult) -> None:
    """manifest.json readable, of a known format, and agreeing with the bag itself."""
    manifest_text = _read_text(archive, top, "manifest.json", result)
    bag_info = _read_text(archive, top, "bag-info.txt", result)
    if manifest_text is None or bag_info is None:
        return
    try:
        result.manifest = json.loads(manifest_text)
        # A "\ud800" escape is half a character, which no file or database can hold: met
        # later, its error read as the zip's own ("not an intact ZIP").
        json.dumps(result.manifest, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        result.manifest = None
        result.problems.append(Finding("bundle.manifest_bad_text", ERROR))
        return
    except ValueError as exc:
        result.problems.append(Finding("bundle.member_damaged", ERROR,
                                       {"file": "manifest.json", "reason": str(exc)[:200]}))
        return
    except RecursionError:  # [[[[… past Python's depth: the contents list, not the zip
        result.manifest = None
        result.problems.append(Finding("bundle.manifest_unreadable", ERROR))
        return
    if rows := too_many_rows(result.manifest):
        result.manifest = None
        result.problems.append(Finding("bundle.too_many_rows", ERROR,
                                       {"table": rows[0], "count": rows[1], "limit": MAX_ROWS}))
        return
    if problem := manifest_problem(result.manifest):
        result.manifest = None
        result.problems.append(Finding("bundle.manifest_invalid", ERROR, {"problem": problem}))
        return
    if unknown := version_problem(result.manifest):
        result.manifest = None
        result.problems.append(Finding("bundle.unknown_format", ERROR,
                                       {"format": unknown[0], "version": unknown[1]}))
        return
    oxum = next((line.split(":", 1)[1].strip() for line in bag_info.splitlines()
                 if line.startswith("Payload-Oxum:")), None)
    actual_oxum = f"{sum(archive.getinfo(f'{top}/{p}').file_size for p in payload)}." \
                  f"{len(payload)}"
    if oxum and oxum != actual_oxum:
        result.problems.append(Finding("bundle.oxum", ERROR, {"expected": oxum,
                                                               "found": actual_oxum}))
    result.draft = bool(result.manifest.get("draft")) or "DRAF" in bag_info
    # Every file the manifest names must be in the zip with the checksum it states: a
    # manifest may not promise a document the bag lacks.
    named = [file for item in result.manifest["requirements"] for file in item.get("files", [])]
    named += result.manifest.get("data", {}).get("assessor_files", [])
    for file in named:
        if payload.get(file["path"]) != file.get("sha256"):
            result.problems.append(Finding("bundle.manifest_mismatch", ERROR,
                                           {"file": file["path"]}))


def _read_text(archive: zipfile.ZipFile, top: str, name: str, result: VerifyResult
               ) -> str | None:
    try:
        return read_member(archive, f"{top}/{name}").decode("utf-8")
    except ZIP_ERRORS as exc:
        result.problems.append(Finding("bundle.member_damaged", ERROR,
                                       {"file": name, "reason": str(exc)[:200]}))
        return None


def _check_against_catalog(result: VerifyResult, catalog: Catalog) -> None:
    manifest = result.manifest or {}
    states = {item["id"]: item for item in manifest.get("requirements", [])}
    for requirement in catalog.requirements:
        item = states.get(requirement.id) or {"state": "missing"}
        if item.get("applies", True) and item.get("state") not in ("ok", "warning"):
            result.missing.append(requirement.id)
