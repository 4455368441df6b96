"""The upload guide (bundle/guide.py) as one self-contained HTML page.

It opens from the unzipped folder in any browser, with no app and no internet, and it
must not reach the network whatever a name or a link in it says: every value is escaped,
the page loads nothing (no image, font, style sheet or script from anywhere: its style
and script are inline), and a Content-Security-Policy says the same to the browser. A
Drive link is shown as text with a copy button, never as something the page loads.
The tick boxes are remembered in the browser's localStorage under the bundle's identity.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html import escape
from urllib.parse import quote

from lsp_desktop.base.filenames import printable
from lsp_desktop.bundle.guide import ALONE, IN_BUNDLE, PREVIEW, Entry, Guide, GuideItem, Member
from lsp_desktop.bundle.guide_style import SCRIPT, STYLE
from lsp_desktop.messages import format_date, format_size, phrase, progress_text

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")


def render_guide(guide: Guide) -> str:
    lang = guide.lang
    parts = [
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(phrase('Upload guide', lang))} — {_text(guide.lsp_name or '-')}"
        f"</title><style>{STYLE}</style></head><body>",
        _header(guide), "<main>",
        *(_item(item, lang) for item in guide.items),
        "</main>", _footer(guide),
        f'<script type="application/json" id="guide-data">{_script_data(guide)}</script>',
        f"<script>{SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts)


def _text(value: object) -> str:
    """Escaped, with line breaks as spaces and direction overrides (U+202E) or other
    invisible characters shown as codes: a name cannot reorder what is read beside it."""
    return escape(printable(re.sub(r"[\r\n\t]+", " ", str(value))), quote=True)


# Our own words are escaped too: a translation may one day hold a "<" or an "&".
_say = _text


def _header(guide: Guide) -> str:
    lang = guide.lang
    lines = [f"<header><h1>{_say(phrase('Upload guide', lang))}</h1>",
             f"<p class='lsp'><b>{_text(guide.lsp_name or '-')}</b> · "
             f"{_say(phrase('Licence', lang))}: {_text(guide.licence or '-')} · "
             f"{_say(phrase('Circular', lang))} {_text(guide.circular)} · "
             f"{_say(progress_text(*guide.progress, lang))}</p>"]
    if guide.draft:
        lines.append("<p class='draft' role='alert'>" + _say(phrase(
            "DRAFT: this bundle is not complete. Items marked NOT READY must not be entered "
            "yet.", lang)) + "</p>")
    lines += [
        "<p class='lead'>" + _say(phrase(
            "This bundle holds everything the BNSP form asks for, to be entered file by file "
            "and field by field. The bundle (zip) itself is not uploaded.", lang)) + "</p>",
        "<ol class='how'><li>" + _say(phrase(
            "Open the form in the BNSP information system.", lang)) + "</li><li>" + _say(phrase(
            "For each item below, in this order: upload its file (click the name to see it "
            "first), paste its Google Drive link, or type its data. Every value has a Copy "
            "button.", lang)) + "</li><li>" + _say(phrase(
            "Tick each line once it is done. The ticks are kept in this browser on this "
            "computer: if the connection drops, open this page again and carry on from the "
            "first line not ticked.", lang)) + "</li></ol>",
    ]
    if guide.where == IN_BUNDLE:
        # Windows opens a page inside a zip from a temporary copy of that page alone.
        lines.append("<p class='where'>" + _say(phrase(
            "Extract the whole zip first (Windows: right-click > Extract All) and open this "
            "page from the extracted folder: opened from inside the zip, its file links do "
            "not open.", lang)) + "</p>")
    elif guide.where == PREVIEW:
        lines.append("<p class='where'>" + _say(phrase(
            "Opened from LSP Desktop, not from a bundle: the files linked here are private "
            "copies, removed when the app closes. For another person or computer, export the "
            "bundle: this page is inside it.", lang)) + "</p>")
    elif guide.where == ALONE:
        lines.append("<p class='where'>" + _say(phrase(
            "This page was written outside a bundle: its file links work only when it sits in "
            "the unzipped bundle folder, beside the data folder. An exported bundle already "
            "holds this page.", lang)) + "</p>")
    lines += [
        "<div class='bar'><span id='progress' aria-live='polite'></span> "
        "<button type='button' id='reset'>" + _say(phrase("Clear all ticks", lang))
        + "</button></div>",
        "<p id='no-storage' class='where' hidden>" + _say(phrase(
            "This browser does not let the page remember the ticks: keep it open until you "
            "finish.", lang)) + "</p>",
        "<noscript><p class='where'>" + _say(phrase(
            "JavaScript is off: the ticks are not remembered and the Copy buttons do nothing. "
            "Select a value and copy it with Ctrl+C.", lang)) + "</p></noscript></header>"]
    return "\n".join(lines)


def _item(item: GuideItem, lang: str) -> str:
    classes = "item" + ("" if item.applies else " not-required") + (
        " not-ready" if item.applies and not item.ready else "")
    badge = "ok" if item.ready else ("skip" if not item.applies else "bad")
    lines = [f"<section class='{classes}' id='item-{_text(item.point)}'>",
             f"<h2><span class='point'>{_text(item.point)}</span> {_text(item.title)} "
             f"<span class='badge {badge}'>{_text(item.state)}</span></h2>"]
    if item.form_title != item.title:
        lines.append(f"<p class='form-title'>{_say(phrase('On the form', lang))}: "
                     f"{_text(item.form_title)}</p>")
    if item.applies and not item.ready:
        lines.append(f"<p class='alarm'>{_say(phrase('NOT READY', lang))}: "
                     f"{_text(item.state)}. "
                     f"{_say(phrase('Do not enter this item yet.', lang))}</p>")
    if item.problems:
        lines.append("<ul class='problems'>" + "".join(
            f"<li>{_text(p)}</li>" for p in item.problems) + "</ul>")
    if item.note:
        lines.append(f"<p class='note'>{_text(item.note)}</p>")
    if item.entries:
        lines.append("<ul class='entries'>" + "".join(
            _entry(entry, lang) for entry in item.entries) + "</ul>")
    if item.references:
        summary = _say(phrase("Files in the bundle for this item (not uploaded on the form)",
                              lang))
        lines.append(f"<details class='refs'><summary>{summary}</summary><ul>"
                     + "".join(f"<li>{_member(m, lang)}</li>" for m in item.references)
                     + "</ul></details>")
    lines.append("</section>")
    return "\n".join(lines)


def _entry(entry: Entry, lang: str) -> str:
    box = f"tick-{entry.key}"
    parts = [f"<li class='entry kind-{entry.kind}'><div class='head'>"
             f"<input type='checkbox' class='tick' id='{box}' data-key='{entry.key}'>"
             f"<label for='{box}'>{_text(entry.title)}</label></div>"]
    if entry.file is not None:
        parts.append(f"<div class='member'>{_member(entry.file, lang)}</div>")
    if entry.values:
        parts.append("<dl>" + "".join(
            f"<dt>{_text(v.label)}</dt><dd>{_copyable(v.text, lang)}</dd>"
            for v in entry.values) + "</dl>")
    if entry.rows:
        head = "".join(f"<th>{_text(h)}</th>" for h in entry.headers)
        cell = (lambda c: _copyable(c, lang)) if entry.rows_to_type else _text
        body = "".join("<tr>" + "".join(f"<td>{cell(c) if c else '-'}</td>" for c in row)
                       + "</tr>" for row in entry.rows)
        parts.append(f"<div class='table'><table><thead><tr>{head}</tr></thead>"
                     f"<tbody>{body}</tbody></table></div>")
    parts.append("</li>")
    return "".join(parts)


def _member(member: Member, lang: str) -> str:
    """A relative link that opens the file, with its size and SHA-256 to compare."""
    href = quote(member.path, safe="/")  # "Budi (2)/KTP.jpg", "#" or "?" in a name
    name = member.path.rsplit("/", 1)[-1]
    text = [f"<a class='open' href='{_text(href)}' target='_blank' rel='noopener noreferrer'>"
            f"{_text(name)}</a>"]
    if member.label:
        text.insert(0, f"<span class='what'>{_text(member.label)}</span> ")
    text.append(f" <span class='size'>{_text(format_size(member.size, lang))}</span>")
    if member.name and member.name != name:
        text.append(f" <span class='orig'>({_text(phrase('was', lang))} "
                    f"{_text(member.name)})</span>")
    text.append(f"<br><span class='sha'>SHA-256 <code>{_text(member.sha256)}</code></span>")
    return "".join(text)


def _copyable(value: str, lang: str) -> str:
    return (f"<code class='value'>{_text(value)}</code> <button type='button' class='copy' "
            f"data-copy='{_text(value)}'>{_text(phrase('Copy', lang))}</button>")


def _footer(guide: Guide) -> str:
    lang = guide.lang
    made = f" · {_text(_when(guide.made_at, lang))}" if guide.made_at else ""
    checks = phrase("Sizes and SHA-256 codes match ringkasan.pdf and manifest-sha256.txt in "
                    "the bundle.", lang)
    return (f"<footer><p>{_say(checks)}</p>"
            f"<p>{_text(phrase('Made with LSP Desktop', lang))}{made}</p></footer>")


def _when(stamp: str, lang: str) -> str:
    """"2026-05-04T09:30:00+07:00" as "4 Mei 2026, 09.30"; a stamp that is not one, as is."""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{format_date(when.date(), lang)}, {when:%H.%M}"


def _script_data(guide: Guide) -> str:
    """The script's words and the bundle's identity, as JSON that cannot end the block."""
    data = {"identity": guide.identity,
            "progress": phrase("{done} of {total} done", guide.lang),
            "copied": phrase("Copied", guide.lang),
            "copyFailed": phrase("Select the value and press Ctrl+C", guide.lang),
            "confirmReset": phrase("Clear every tick on this page?", guide.lang)}
    text = json.dumps(data, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
