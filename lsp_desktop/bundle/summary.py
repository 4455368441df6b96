"""The printable summary of a bundle (ringkasan.pdf and ringkasan.html): one document,
rendered by the core (see bundle/printed.py), so the window and the command line write the
same file and the core knows no Qt."""

from __future__ import annotations

import datetime as dt

from lsp_desktop import __version__
from lsp_desktop.bundle.contents import _plan_assessor_files, point_label
from lsp_desktop.bundle.printed import PrintedDocument, render_html
from lsp_desktop.checks.assessors import VALID_YEARS, parse_date
from lsp_desktop.circulars.catalog import Catalog, Profile
from lsp_desktop.messages import (
    ASSESSOR_DOCUMENT_TITLES,
    FIELD_LABELS,
    PLATFORM_NAMES,
    ROLE_LABELS,
    SIAPKERJA_LABELS,
    STATE_LABELS,
    format_date,
    format_moment,
    format_number,
    label,
    period_text,
    phrase,
    progress_text,
)
from lsp_desktop.status.missing import item_gaps, state_text
from lsp_desktop.status.requirements import RequirementStatus, progress
from lsp_desktop.store.participant import not_submitted_assessors, participant
from lsp_desktop.store.records import Records

# What the checksums prove, and no more: they show damage, not authorship (whoever swaps
# a file can rewrite them). The signed summary and the bundle's own SHA-256, sent by
# another channel, are what tie the files to the LSP.
FOOTER = phrase("The SHA-256 checksums in manifest-sha256.txt show that every file is the same "
                "as the one summarised here and was not damaged on the way (check them with "
                "LSP Desktop or any BagIt tool). They do not prove who made it: what ties the "
                "files to the LSP is this signed summary together with the bundle's SHA-256, "
                "sent by another channel.", "id")


def build_summary(catalog: Catalog, profile: Profile, statuses: list[RequirementStatus],
                  records: Records, exported_at: dt.datetime, draft: bool,
                  payload_names: dict[int, str],
                  data_files: list[tuple[str, int, str]] | None = None) -> PrintedDocument:
    """``payload_names`` maps a document's id to its name inside the bundle (two items may
    hold the same content, so the checksum cannot be the key); ``data_files`` are the
    tables the bundle writes itself, as (name in the bundle, size, SHA-256)."""
    ready, total = progress(statuses)
    category = catalog.category(profile.category)
    circular = catalog.circular
    doc = PrintedDocument(
        _id("Requirements summary {number}").format(number=circular.number), FOOTER)
    if draft:
        doc.paragraph(_id("DRAFT — INCOMPLETE, NOT FOR UPLOAD"), "warn")
    doc.table(["", ""], [
        [_id("LSP name"), profile.name or "-"],
        [_id("Licence number"), profile.licence or "-"],
        [_id("Type / category"), f"{profile.lsp_type or '-'} / "
                                 f"{category.name('id') if category else '-'}"],
        [_id("Uses SKKK"), _id("yes" if profile.uses_skkk else "no")],
        [_id("Completeness"), progress_text(ready, total, "id")],
        [_id("Time given by the circular"), period_text(
            circular.window_start, circular.window_end, circular.training_link, "id")],
        [_id("Exported"), f"{format_moment(exported_at)} (LSP Desktop {__version__})"],
    ], [25, 75], show_header=False)
    doc.heading(_id("Requirements list"))
    # The bundle's own planner, so the paper lists exactly the 2.11 files the zip holds.
    assessor_files = _plan_assessor_files(catalog, records, [])
    rows = []
    for status in statuses:
        if not status.applies:
            rows.append(_not_required_row(status))
            continue
        files = [f"{payload_names.get(d.id, d.name)}\n({d.name})" for d, _ in status.documents]
        if status.link:  # a long address gets a full-width row below, never broken
            files.append(_id("Google Drive link (see the list of links)"))
        # The tables this item holds, named after its point (see bundle/contents.py).
        held = f"data/{point_label(status.requirement.point)}-"
        files += [_id("{name} (see the data files)").format(name=name)
                  for name, _, _ in data_files or [] if name.startswith(held)]
        if "assessor-documents" in status.requirement.parts and assessor_files:
            files.append(_id("{count} assessor files (see the list of assessor files)").format(
                count=len(assessor_files)))
        # The roster's state says how many have submitted ("4 dari 7 orang sudah kirim"),
        # with "siap" once it is ready.
        state = label(STATE_LABELS, status.state, "id")
        if status.counts and status.counts[1]:
            state = state_text(status, "id") + ("" if status.state == "missing" else
                                                f" ({state})")
        rows.append([status.requirement.point, status.requirement.title("id"),
                     state, "\n".join(files),
                     "\n".join(_size(d.size) for d, _ in status.documents),
                     "\n".join(_checksum(d.sha256) for d, _ in status.documents)])
    doc.table(_ids("No.", "Requirement", "Status", "File / entry", "Size", "SHA-256 checksum"),
              rows, [5, 20, 10, 24, 14, 27], mono=(5,))
    links = [[s.requirement.point, s.link] for s in statuses if s.link]
    if links:
        doc.heading(_id("List of links"))
        doc.table(_ids("No.", "Google Drive link"), links, [6, 94])
    _assessor_files(doc, assessor_files, _point(catalog, "assessor-documents"))
    _data_files(doc, data_files or [])
    if draft:
        _problems(doc, statuses, catalog)
    _people(doc, records)
    _packages(doc, records)
    _participant_and_social(doc, records)
    doc.heading(_id("Attestation"))
    doc.paragraph(_id("I declare the files above true and faithful to their originals."))
    doc.paragraph(_id("Name: ______________________________     Job title: "
                      "______________________"))
    doc.paragraph(_id("Date: ____________________     Signature: ____________________"))
    # The bundle's own checksum exists only once the zip is written: LSP Desktop shows it
    # after the export, and the README asks for it to be written here by hand.
    doc.paragraph(_id("The bundle's SHA-256 (.zip), copied from LSP Desktop after the export:"))
    doc.paragraph("_" * 76)
    return doc


def build_summary_html(*args, **kwargs) -> str:
    return render_html(build_summary(*args, **kwargs))


def _id(english: str) -> str:
    """The summary's words: it is printed in Indonesian only (signed and filed at the LSP)."""
    return phrase(english, "id")


def _ids(*english: str) -> list[str]:
    return [_id(text) for text in english]


def _size(size: int) -> str:
    # Two lines, each unbroken: "1,2 MB" and "(1.234.567 byte)".
    if size < 1000:  # "150 byte", not "1 KB (150 byte)"
        return f"{format_number(size)}\u00a0byte"
    if size >= 1_000_000:
        human = f"{size / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " MB"
    else:
        human = f"{max(1, round(size / 1000))} KB"
    return f"{human}\n({format_number(size)}\u00a0byte)".replace(" MB", "\u00a0MB").replace(
        " KB", "\u00a0KB")


def _checksum(sha256: str) -> str:
    """The whole SHA-256 in two halves of 32, each unbroken: easy to compare with
    sha256sum, and never cut short (a prefix would not tie the paper to the file)."""
    return f"{sha256[:32]}\n{sha256[32:]}"


def _point(catalog: Catalog, held: str) -> str:
    """The number this circular gives the item holding a data set or part."""
    holder = catalog.holder(held)
    return holder.point if holder else "-"


def _assessor_files(doc: PrintedDocument, files: list[dict], point: str) -> None:
    """Every 2.11 document the bundle ships, so the signed paper covers all of the zip."""
    if files:
        doc.heading(_id("List of assessor files ({point})").format(point=point))
        doc.table(_ids("Assessor", "Document", "File in the bundle", "Size",
                       "SHA-256 checksum"),
                  [[f["person"], ASSESSOR_DOCUMENT_TITLES[f["kind"]],
                    f"{f['path']}\n({f['name']})", _size(f["size"]),
                    _checksum(f["sha256"])] for f in files], [15, 13, 30, 15, 27], mono=(4,))


def _not_required_row(status: RequirementStatus) -> list[str]:
    """An item this LSP need not send: its files stay in the workspace, out of the bundle."""
    kept = len(status.documents)
    note = (_id("{count} files not included in the bundle (not required)").format(count=kept)
            if kept else "")
    return [status.requirement.point, status.requirement.title("id"),
            label(STATE_LABELS, status.state, "id"), note, "", ""]


def _data_files(doc: PrintedDocument, data_files: list[tuple[str, int, str]]) -> None:
    if data_files:
        doc.heading(_id("Data files"))
        doc.table(_ids("File", "Size", "SHA-256 checksum"),
                  [[name, _size(size), _checksum(sha256)]
                   for name, size, sha256 in data_files], [45, 15, 40], mono=(2,))


def _problems(doc: PrintedDocument, statuses: list[RequirementStatus], catalog: Catalog) -> None:
    gaps = item_gaps(statuses, "id", catalog.wording)
    if not gaps:
        return
    doc.heading(_id("What is incomplete or needs fixing"))
    doc.table(_ids("No.", "Requirement", "What is missing or wrong"),
              [[g.point, g.title, "\n".join(f"• {p}" for p in g.problems) or g.state]
               for g in gaps], [6, 27, 67])


def _people(doc: PrintedDocument, records: Records) -> None:
    people = records.people()
    if people:
        doc.heading(_id("Personnel's SIAPkerja accounts"))
        doc.table(_ids("Name", "Role", "SIAPkerja status"), [
            [p.name, label(ROLE_LABELS, p.role, "id"), label(SIAPKERJA_LABELS, p.siapkerja, "id")]
            for p in people], [45, 25, 30])
    assessors = records.assessors()
    if assessors:
        left_out = not_submitted_assessors(records.ws)
        point = _point(records.ws.catalog, "assessors")
        doc.heading(_id("Assessor certificates"))
        doc.table([_id("Name"), label(FIELD_LABELS, "no_reg_met", "id"),
                   label(FIELD_LABELS, "no_blanko", "id"), _id("Valid until"), _id("Note")], [
            [p.name, a.met_number, a.blanko_number, _expiry_text(a.issued_on, a.expires_on),
             _id("not submitted for {point}: {reason}").format(point=point,
                                                               reason=left_out[p.id])
             if p.id in left_out else ""]
            for p, a in assessors], [25, 20, 15, 17, 23])
        if any(a.issued_on and not a.expires_on for _, a in assessors):
            doc.paragraph(_id("An expiry date not written is computed: issue date + {years} "
                              "years.").format(years=VALID_YEARS), "note")


def _packages(doc: PrintedDocument, records: Records) -> None:
    packages = records.packages()
    if packages:
        doc.heading(_id("Scheme: packages and competency units"))
        doc.table(_ids("Package code", "Package name", "Kind / reference", "Competency units"), [
            [p.code, "\n".join(v for v in (p.name_id, p.name_en and f"({p.name_en})") if v),
             " / ".join(v for v in (p.kind, p.reference) if v),
             "\n".join(f"{u.code} {u.title_id}".strip() for u in p.units)]
            for p in packages], [30, 20, 16, 34])


def _participant_and_social(doc: PrintedDocument, records: Records) -> None:
    chosen = participant(records.ws)
    social = records.social_media()
    rows = []
    if chosen.name:
        details = ", ".join(v for v in (chosen.job_title, chosen.email,
                                        chosen.whatsapp and f"WhatsApp {chosen.whatsapp}") if v)
        rows.append([_id("Training participant"),
                     f"{chosen.name}" + (f" ({details})" if details else "")])
        if chosen.sk_number or chosen.sk_date:
            rows.append([_id("IT staff appointment decree (SK)"), _decree(chosen.sk_number,
                                                                         chosen.sk_date)])
    rows += [[_id("Social media: {platform}").format(
        platform=label(PLATFORM_NAMES, platform, "id")), value]
             for platform, value in social.items() if value.strip()]
    if rows:
        doc.heading(_id("Training participant and social media"))
        doc.table(["", ""], rows, [30, 70], show_header=False)


def _decree(number: str, date: str) -> str:
    """The decree's number and date, or whichever of the two is written."""
    day = _in_words(date)
    if number and day:
        return _id("{number} dated {date}").format(number=number, date=day)
    return number or day


def _expiry_text(issued_on: str, expires_on: str) -> str:
    from lsp_desktop.checks.assessors import expiry_of

    expiry = expiry_of(issued_on, expires_on)
    return format_date(expiry) if expiry else "-"


def _in_words(text: str) -> str:
    """"2025-04-30" as "30 April 2025"; a date the app cannot read is shown as written."""
    day = parse_date(text) if text else None
    return format_date(day) if day else text
