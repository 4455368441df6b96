"""The upload guide's inline style and script (bundle/guide_page.py writes them into the
page): nothing is loaded from anywhere, so neither names a font, image or address.

The script remembers the tick boxes in localStorage, under the bundle's identity, so an
upload interrupted by a dropped connection resumes where it stopped; it copies a value to
the clipboard with navigator.clipboard, or, where a page opened from a file may not use
it, with a hidden textarea and execCommand("copy"). Plain ES5: an old office browser runs it.
"""

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62em; padding: 1em 1.2em 3em;
       font: 15px/1.45 "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: #1b1b1b;
       background: #fff; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.15em; margin: 0 0 0.4em; }
header { border-bottom: 2px solid #d0d7de; padding-bottom: 0.6em; }
.lsp { margin: 0.2em 0 0.6em; color: #333; overflow-wrap: anywhere; }
.lead { font-weight: 600; }
.draft { background: #b00020; color: #fff; padding: 0.6em 0.8em; border-radius: 4px;
         font-weight: 700; font-size: 1.1em; }
.where { background: #fff6d6; border: 1px solid #e0c36a; padding: 0.5em 0.8em;
         border-radius: 4px; }
.how { padding-left: 1.4em; }
.bar { position: sticky; top: 0; background: #fff; padding: 0.5em 0; display: flex;
       gap: 1em; align-items: center; flex-wrap: wrap; z-index: 1; }
#progress { font-weight: 700; }
.item { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.8em 1em; margin: 1em 0; }
.item.not-ready { border: 2px solid #b00020; }
.item.not-required { background: #f4f4f4; color: #555; }
.point { display: inline-block; min-width: 2.6em; font-variant-numeric: tabular-nums; }
.badge { font-size: 0.75em; font-weight: 600; padding: 0.1em 0.5em; border-radius: 1em;
         vertical-align: middle; white-space: nowrap; }
.badge.ok { background: #dff3e4; color: #17622d; }
.badge.bad { background: #fde2e4; color: #8a0016; }
.badge.skip { background: #e6e6e6; color: #444; }
.form-title { margin: 0 0 0.4em; color: #555; font-size: 0.9em; }
.alarm { color: #b00020; font-weight: 700; margin: 0.3em 0; }
.problems { color: #6b3a00; margin: 0.3em 0; padding-left: 1.2em; font-size: 0.92em; }
.note { color: #555; font-style: italic; }
.entries { list-style: none; padding: 0; margin: 0.4em 0 0; }
.entry { border-top: 1px solid #eaeef2; padding: 0.5em 0; }
.entry:first-child { border-top: none; }
.entry .head { display: flex; gap: 0.6em; align-items: center; font-weight: 600; }
.tick { width: 1.35em; height: 1.35em; flex: none; margin: 0; }
.entry.done .head label { text-decoration: line-through; color: #17622d; }
.entry.next { background: #eef6ff; box-shadow: -0.5em 0 0 #eef6ff, 0.5em 0 0 #eef6ff;
              border-left: 4px solid #0969da; padding-left: 0.5em; }
.member, .entry dl, .entry .table { margin: 0.3em 0 0 1.95em; }
.open { font-weight: 600; overflow-wrap: anywhere; }
.size, .orig, .what { color: #555; }
.sha { font-size: 0.8em; color: #555; }
.sha code { overflow-wrap: anywhere; word-break: break-all; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 0.8em; }
dt { color: #555; }
dd { margin: 0; overflow-wrap: anywhere; }
code.value { background: #f1f3f5; padding: 0.05em 0.3em; border-radius: 3px;
             font-size: 0.95em; white-space: pre-wrap; overflow-wrap: anywhere; }
button { font: inherit; font-size: 0.85em; padding: 0.15em 0.7em; border-radius: 4px;
         border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
button.copied { background: #dff3e4; border-color: #17622d; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.92em; }
th, td { border: 1px solid #d0d7de; padding: 0.25em 0.5em; text-align: left;
         vertical-align: top; }
th { background: #f1f3f5; }
.refs { margin-top: 0.5em; font-size: 0.92em; }
.refs ul { padding-left: 1.2em; }
footer { margin-top: 2em; color: #555; font-size: 0.85em; }
@media (max-width: 600px) {
  body { padding: 0.6em 0.7em 2em; font-size: 14px; }
  dl { grid-template-columns: 1fr; }
  dt { margin-top: 0.3em; }
  .member, .entry dl, .entry .table { margin-left: 0; }
}
@media print { .bar button, button.copy { display: none; } .bar { position: static; } }
"""

SCRIPT = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("guide-data").textContent);
  var storeKey = "lsp-desktop-panduan-unggah:" + data.identity;
  var store = null;
  try {
    store = window.localStorage;
    store.setItem(storeKey + ":probe", "1");
    store.removeItem(storeKey + ":probe");
  } catch (e) { store = null; }
  var ticks = {};
  if (store) {
    try { ticks = JSON.parse(store.getItem(storeKey) || "{}") || {}; } catch (e) { ticks = {}; }
  } else {
    document.getElementById("no-storage").hidden = false;
  }
  var boxes = document.querySelectorAll("input.tick");
  function entryOf(box) {
    var node = box;
    while (node && !(node.classList && node.classList.contains("entry"))) {
      node = node.parentNode;
    }
    return node;
  }
  function firstNotTicked() {
    var marked = document.querySelector(".entry.next");
    if (marked && marked.scrollIntoView) { marked.scrollIntoView({block: "center"}); }
  }
  // The first line not ticked is marked: after a dropped connection, carry on there.
  function show() {
    var done = 0, next = null;
    for (var i = 0; i < boxes.length; i++) {
      var entry = entryOf(boxes[i]);
      if (entry) {
        entry.classList.toggle("done", boxes[i].checked);
        entry.classList.remove("next");
        if (!boxes[i].checked && next === null) { next = entry; }
      }
      if (boxes[i].checked) { done++; }
    }
    if (next && done > 0) { next.classList.add("next"); }
    document.getElementById("progress").textContent = data.progress
      .replace("{done}", String(done)).replace("{total}", String(boxes.length));
  }
  function save() {
    if (!store) { return; }
    try { store.setItem(storeKey, JSON.stringify(ticks)); } catch (e) { /* full: shown */ }
  }
  for (var i = 0; i < boxes.length; i++) {
    boxes[i].checked = ticks[boxes[i].getAttribute("data-key")] === true;
    boxes[i].addEventListener("change", function (event) {
      var key = event.target.getAttribute("data-key");
      if (event.target.checked) { ticks[key] = true; } else { delete ticks[key]; }
      save();
      show();
    });
  }
  document.getElementById("reset").addEventListener("click", function () {
    if (!window.confirm(data.confirmReset)) { return; }
    ticks = {};
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = false; }
    save();
    show();
  });
  function done(button, ok) {
    var before = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", before);
    button.textContent = ok ? data.copied + " \\u2713" : data.copyFailed;
    button.classList.toggle("copied", ok);
    window.setTimeout(function () {
      button.textContent = before;
      button.classList.remove("copied");
    }, ok ? 1500 : 4000);
    if (!ok) { selectValue(button); }
  }
  function selectValue(button) {
    var value = button.previousElementSibling;
    if (!value || !window.getSelection) { return; }
    var range = document.createRange();
    range.selectNodeContents(value);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function fallback(text, button) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    done(button, ok);
  }
  document.addEventListener("click", function (event) {
    var button = event.target;
    if (!button.classList || !button.classList.contains("copy")) { return; }
    var text = button.getAttribute("data-copy") || "";
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(button, true); },
                                               function () { fallback(text, button); });
    } else {
      fallback(text, button);
    }
  });
  show();
  firstNotTicked();
})();
"""
