"""A folder holding one subfolder per assessor, read into a plan of 2.11 documents.

Subfolder names are matched to the assessor list tolerant of titles, case, spacing and
punctuation ("dedi kurniawan" and "Dedi Kurniawan, S.T." are one person), or by a NIK in
the name. Each file is assigned to KTP, certificate, diploma or photo by its name, else by
its content (a portrait picture on a plain background is the pasfoto). Whatever fits no one
and nothing (a folder of an unknown name, a file no rule places) is listed with the reason,
never guessed. Two files for one assessor's one document (in one subfolder, or in two
subfolders of the same person: one named by the NIK, one by the name) are a conflict: both
stay in the plan, each naming the other, and only one is chosen (by default the one that
passes the checks), so a file is never said to be kept while another replaces it. Nothing
here writes.
"""

from __future__ import annotations

import io
import os
import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lsp_desktop.base.errors import LspError
from lsp_desktop.checks.guard import Refused, check_pixels, read_user_file

KINDS = ("ktp", "sertifikat-teknis", "ijazah", "pasfoto")
# Whole words of a normalised file name; "sertif" also starts a word ("sertifikat_bnsp").
KIND_WORDS = {
    "ktp": ("ktp", "ektp", "e ktp", "kartu tanda penduduk", "id card"),
    "sertifikat-teknis": ("sertifikat", "sertif", "sertifikasi", "certificate", "kompetensi",
                          "teknis", "skk"),
    "ijazah": ("ijazah", "ijasah", "diploma", "ijazah terakhir"),
    "pasfoto": ("pasfoto", "pas foto", "foto", "photo", "pas photo", "pasphoto"),
}
PREFIX_WORDS = ("sertif",)
# Academic and honorific titles before or after a name (dots removed: "S.Kom." -> "skom").
TITLES = frozenset((
    "dr", "drs", "dra", "ir", "prof", "h", "hj", "hajjah", "haji", "kh", "st", "skom", "mkom",
    "mt", "se", "mm", "spd", "mpd", "sh", "mh", "ssi", "msi", "amd", "ssos", "msos", "sag",
    "mag", "spsi", "mpsi", "skm", "mkes", "sst", "sip", "mip", "sn", "ssn", "ak", "cpa", "phd",
    "mba", "msc", "bsc", "ba", "ma", "meng", "beng", "sth", "mth", "sikom", "mikom", "sp", "mp",
    "sked", "sgz", "sfarm", "apt", "sthi", "mhum", "shum", "skep", "ners", "stp", "mtp", "sds",
    "mds", "spt", "mpt", "sei", "mei", "asesor",
))
SKIPPED = frozenset((".ds_store", "thumbs.db", "desktop.ini"))  # the system's, not theirs
MAX_FOLDERS, MAX_FILES = 500, 40  # per import / per assessor: a wrong folder is refused


@dataclass
class FolderFile:
    path: Path
    shown: str                 # "subfolder/name", as the admin finds it
    person_id: int | None = None
    person: str = ""
    kind: str | None = None
    by: str = ""               # "name" or "content"
    reason: str = ""           # a stray's message code
    rivals: list[str] = field(default_factory=list)  # other files for the same document
    chosen: bool = True        # the one of its rivals that is kept


@dataclass
class FolderPlan:
    folder: Path
    assigned: list[FolderFile] = field(default_factory=list)
    strays: list[FolderFile] = field(default_factory=list)
    unmatched_folders: list[tuple[str, str]] = field(default_factory=list)  # name, code


def name_key(name: str) -> str:
    """A person's name as a folder match sees it: titles, case, spacing and punctuation
    aside; what follows a comma is titles ("Dedi Kurniawan, S.T., M.T.")."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = text.split(",")[0].replace(".", "")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    while words and words[0] in TITLES:
        words.pop(0)
    while words and words[-1] in TITLES:
        words.pop()
    return " ".join(words)


def _joined(name: str) -> str:
    """The key without spaces: "Nur.Hidayah" (a dot for a space) is "Nur Hidayah"."""
    return name_key(name).replace(" ", "")


def plan_folder(folder: Path, assessors: list[tuple[int, str, str]]) -> FolderPlan:
    """``assessors``: (person id, name, NIK) of each assessor in the workspace."""
    folder = Path(folder)
    if not folder.exists() and not folder.is_symlink():
        raise LspError("folder.not_found", path=str(folder))
    if not folder.is_dir() or folder.is_symlink():
        raise LspError("folder.not_a_folder", path=str(folder))
    plan = FolderPlan(folder)
    by_key: dict[str, list[tuple[int, str]]] = {}
    for person_id, name, _nik in assessors:
        by_key.setdefault(_joined(name), []).append((person_id, name))
    entries = _entries(folder)
    if len([e for e in entries if e.is_dir(follow_symlinks=False)]) > MAX_FOLDERS:
        raise LspError("folder.too_many", path=str(folder), limit=MAX_FOLDERS)
    for entry in entries:
        if entry.name.casefold() in SKIPPED or entry.name.startswith("."):
            continue
        if not entry.is_dir(follow_symlinks=False):
            plan.strays.append(FolderFile(Path(entry.path), entry.name,
                                          reason="folder.loose_file"))
            continue
        person = _person_of(entry.name, by_key, assessors)
        if isinstance(person, str):
            plan.unmatched_folders.append((entry.name, person))
            continue
        _plan_person(plan, Path(entry.path), person)
    _mark_conflicts(plan)
    return plan


def _mark_conflicts(plan: FolderPlan) -> None:
    """Files of one person's one document: each names the others, one is chosen."""
    slots: dict[tuple[int | None, str | None], list[FolderFile]] = {}
    for item in plan.assigned:
        slots.setdefault((item.person_id, item.kind), []).append(item)
    for files in slots.values():
        if len(files) < 2:
            continue
        pick = min(files, key=_rank)  # min keeps the first of equals: the folder's order
        for item in files:
            item.rivals = [other.shown for other in files if other is not item]
            item.chosen = item is pick


def _rank(item: FolderFile) -> int:
    """0 passes the checks, 1 with warnings, 2 breaks a rule, 3 not even attachable."""
    from lsp_desktop.checks import can_attach
    from lsp_desktop.checks.findings import verdict_of
    from lsp_desktop.circulars.catalog import general_file_rule
    from lsp_desktop.store.records import assessor_file_check

    try:
        report, findings = assessor_file_check(str(item.kind), item.path.name,
                                               read_user_file(item.path))
    except LspError:
        return 3
    if report.sha256 is None or can_attach(report, general_file_rule()):
        return 3
    return {"ok": 0, "warning": 1}.get(verdict_of(findings), 2)


def _entries(folder: Path) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda e: e.name.casefold())
    except OSError as exc:
        raise Refused("file.unreadable", path=str(folder), reason=str(exc.errno)) from None


def _person_of(folder_name: str, by_key: dict[str, list[tuple[int, str]]],
               assessors: list[tuple[int, str, str]]) -> tuple[int, str] | str:
    """The assessor a subfolder is of, or the code saying why none is."""
    niks = set(re.findall(r"(?<!\d)\d{16}(?!\d)", folder_name))
    by_nik = [(pid, name) for pid, name, nik in assessors if nik and nik in niks]
    if len(by_nik) == 1:
        return by_nik[0]
    found = by_key.get(_joined(re.sub(r"\d{16}", " ", folder_name)), [])
    if len(found) == 1:
        return found[0]
    return "folder.two_assessors" if found else "folder.no_assessor"


def _plan_person(plan: FolderPlan, subfolder: Path, person: tuple[int, str]) -> None:
    files = [e for e in _entries(subfolder) if e.name.casefold() not in SKIPPED
             and not e.name.startswith(".")]
    for index, entry in enumerate(files):
        item = FolderFile(Path(entry.path), f"{subfolder.name}/{entry.name}", person[0],
                          person[1])
        if index >= MAX_FILES or not entry.is_file(follow_symlinks=False):
            item.reason = "folder.not_a_document"
            plan.strays.append(item)
            continue
        kinds = kinds_by_name(entry.name)
        if len(kinds) == 1:
            item.kind, item.by = kinds[0], "name"
        elif not kinds and is_pasfoto(Path(entry.path)):
            item.kind, item.by = "pasfoto", "content"
        if item.kind is None:
            item.reason = "folder.kind_unknown" if not kinds else "folder.kind_unclear"
            plan.strays.append(item)
        else:
            plan.assigned.append(item)


def kinds_by_name(file_name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", file_name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\.[a-z0-9]{1,5}$", "", text)
    text = " " + re.sub(r"[^a-z0-9]+", " ", text).strip() + " "
    found = []
    for kind in KINDS:
        words = KIND_WORDS[kind]
        if any(f" {w} " in text or (w in PREFIX_WORDS and f" {w}" in text) for w in words):
            found.append(kind)
    return found


def is_pasfoto(path: Path) -> bool:
    """A portrait picture (taller than wide, about 3:4 or 2:3) whose top edge and upper
    corners are one plain colour: the studio or phone pasfoto, not a scan of a document."""
    from lsp_desktop.checks.image import pillow

    try:
        data = read_user_file(path, 20 * 1024 * 1024)
        check_pixels(data, 40_000_000, path.name)
        image_module = pillow()
        with image_module.open(io.BytesIO(data)) as image:
            width, height = image.size
            if not 1.15 <= height / max(1, width) <= 1.6:
                return False
            image.draft("RGB", (120, 160))
            # Nearest: the background's texture kept, not averaged away.
            small = image.convert("L").resize((48, 64), image_module.Resampling.NEAREST)
    except (LspError, OSError, ValueError, SyntaxError):
        return False
    pixels = list(small.tobytes())
    band = pixels[: 48 * 6]  # the top tenth: above the head
    corners = [pixels[row * 48 + col] for row in range(6, 24)
               for col in (*range(0, 5), *range(43, 48))]
    return statistics.pstdev(band) < 10 and statistics.pstdev(corners) < 14 and abs(
        statistics.mean(band) - statistics.mean(corners)) < 20
