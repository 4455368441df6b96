"""Class 5: only http(s) links with a host go to the browser. A circular's training link
is a value from a file anyone may send; ``file:///…/evil.desktop`` is shown as text, never
opened by "Buka di peramban" or the header's clickable link."""

from __future__ import annotations

import itertools

import pytest

from lsp_desktop.base.openable import openable_link

OPENABLE = ["https://bit.ly/daftarlatihansisfobaru", "http://siapkerja.kemnaker.go.id",
            "HTTPS://BNSP.GO.ID/pelatihan?x=1#a", "https://[2001:db8::1]/x",
            "https://contoh.id:8443/daftar"]
SCHEMES = ["file", "javascript", "smb", "ftp", "data", "vbscript", "ms-settings", "mailto",
           "sip", "gopher", "x-apple.systempreferences", "jar", "about", "chrome"]
BODIES = ["///home/u/evil.desktop", "//server/share/evil.exe", "alert(1)",
          "text/html,<script>alert(1)</script>", "C:/Windows/evil.bat"]
NOT_OPENABLE = [
    *(f"{scheme}:{body}" for scheme, body in itertools.product(SCHEMES, BODIES)),
    "", "   ", "bit.ly/daftar", "/home/u/evil.desktop", "C:\\evil.bat", "https://",
    "https:///path-only", "http:evil", "https://bnsp.go.id@evil.example/",
    "https://bit.ly/a b", "https://bit.ly/a\nfile:///x", "https://bit.ly/\x00",
    "https://contoh.id:port/", "\\\\server\\share", "https://bit.ly/\u202e", None, 42,
]


@pytest.mark.parametrize("url", OPENABLE)
def test_an_http_link_with_a_host_may_be_opened(url):
    assert openable_link(url) == url


@pytest.mark.parametrize("url", NOT_OPENABLE)
def test_anything_else_is_never_opened(url):
    assert openable_link(url) is None
