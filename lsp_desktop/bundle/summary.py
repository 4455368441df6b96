"""The printable summary of a bundle, laid out as HTML.

The core writes HTML only; a renderer from ``ui/`` turns it into ``ringkasan.pdf`` with
Qt, so the window and the command line produce the same file and the core knows no Qt.
"""

from __future__ import annotations

from html import escape

from lsp_desktop import __version__
from lsp_desktop.catalog import Catalog, Profile
from lsp_desktop.messages import (
    ROLE_LABELS,
    SIAPKERJA_LABELS,
    STATE_LABELS,
    format_size,
    label,
    progress_text,
)
from lsp_desktop.status.requirements import RequirementStatus, progress
from lsp_desktop.store.records import Records

_STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 12pt; }
table { border-collapse: collapse; }
th { background-color: #e8eef5; text-align: left; }
.draft { color: #b00020; font-size: 13pt; font-weight: bold; }
.ok { color: #1b5e20; } .warning { color: #8a5a00; } .error { color: #b00020; }
.missing { color: #b00020; } .not-required { color: #555555; }
.mono { font-family: 'DejaVu Sans Mono', monospace; }
"""


def build_summary_html(catalog: Catalog, profile: Profile, statuses: list[RequirementStatus],
                       records: Records, exported_at: str, draft: bool,
                       payload_names: dict[int, str]) -> str:
    """``payload_names`` maps a document's id to its name inside the bundle (two items may
    hold the same content, so the checksum cannot be the key)."""
    ready, total = progress(statuses)
    category = catalog.category(profile.category)
    title = f"Ringkasan Persyaratan {escape(catalog.circular.number)}"
    parts = [f"<html><head><meta charset='utf-8'><title>{title}</title>"
             f"<style>{_STYLE}</style></head><body>", f"<h1>{title}</h1>"]
    if draft:
        parts.append("<p class='draft'>DRAF — BELUM LENGKAP, BUKAN UNTUK DIUNGGAH</p>")
    parts.append(_table(["", ""], [
        ["Nama LSP", escape(profile.name or "-")],
        ["Nomor lisensi", escape(profile.licence or "-")],
        ["Jenis / kategori", escape(f"{profile.lsp_type or '-'} / "
                                    f"{category.name('id') if category else '-'}")],
        ["Memakai SKKK", "ya" if profile.uses_skkk else "tidak"],
        ["Kelengkapan", escape(progress_text(ready, total, "id"))],
        ["Diekspor", escape(exported_at) + f" (LSP Desktop {__version__})"],
    ], header=False))
    parts.append("<h2>Daftar persyaratan</h2>")
    rows = []
    for status in statuses:
        state = status.state
        cell = f"<span class='{state}'>{escape(label(STATE_LABELS, state, 'id'))}</span>"
        files = [f"{escape(payload_names.get(d.id, d.name))}<br/>{escape(d.name)}"
                 for d, _ in status.documents]
        sizes = [escape(format_size(d.size, "id")) for d, _ in status.documents]
        hashes = [f"<span class='mono'>{d.sha256[:12]}</span>" for d, _ in status.documents]
        if status.link:
            files.append(escape(status.link))
        if status.counts and status.counts[1]:
            files.append(f"{status.counts[0]} dari {status.counts[1]} orang sudah submit")
        rows.append([f"<nobr>{escape(status.requirement.point)}</nobr>",
                     escape(status.requirement.title_id), cell,
                     "<br/>".join(files) or "-", "<br/>".join(sizes) or "-",
                     "<br/>".join(hashes) or "-"])
    parts.append(_table(["No.", "Persyaratan", "Status", "Berkas / isian", "Ukuran",
                         "SHA-256 (awal)"], rows, widths=[7, 28, 12, 28, 11, 14]))
    people = records.people()
    if people:
        parts.append("<h2>Akun SIAPkerja personil</h2>")
        parts.append(_table(["Nama", "Unsur", "Status SIAPkerja"], [
            [escape(p.name), escape(label(ROLE_LABELS, p.role, "id")),
             escape(label(SIAPKERJA_LABELS, p.siapkerja, "id"))] for p in people]))
    assessors = records.assessors()
    if assessors:
        parts.append("<h2>Sertifikat asesor</h2>")
        parts.append(_table(["Nama", "No. Reg. MET", "No. Blanko", "Berlaku sampai"], [
            [escape(p.name), escape(a.met_number), escape(a.blanko_number),
             escape(_expiry_text(a.issued_on, a.expires_on))] for p, a in assessors]))
    parts.append("<h2>Pengesahan</h2><p>Saya menyatakan berkas di atas benar dan sesuai "
                 "aslinya.</p><p>Nama: ______________________________ &nbsp; Jabatan: "
                 "______________________</p><p>Tanggal: ____________________ &nbsp; "
                 "Tanda tangan: ______________________________</p>")
    parts.append("<p style='color:#555555'>Keaslian setiap berkas dapat diperiksa dengan "
                 "SHA-256 di manifest-sha256.txt, atau dengan perintah: lsp-desktop verify "
                 "&lt;berkas.zip&gt;</p></body></html>")
    return "".join(parts)


def _expiry_text(issued_on: str, expires_on: str) -> str:
    from lsp_desktop.checks.assessors import expiry_of

    expiry = expiry_of(issued_on, expires_on)
    return expiry.isoformat() if expiry else "-"


def _table(headers: list[str], rows: list[list[str]], header: bool = True,
           widths: list[int] | None = None) -> str:
    widths = widths or [0] * len(headers)
    head = ("<tr>" + "".join(f"<th width='{w}%'>{h}</th>" if w else f"<th>{h}</th>"
                             for h, w in zip(headers, widths, strict=True)) + "</tr>"
            ) if header else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return ("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"{head}{body}</table>")
