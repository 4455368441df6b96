"""The LSP's social media (part of 2.12): each a well-formed address or handle."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lsp_desktop.checks.findings import ERROR, Finding

PLATFORMS = {
    "website": (),
    "instagram": ("instagram.com",),
    "facebook": ("facebook.com", "fb.com", "fb.me"),
    "youtube": ("youtube.com", "youtu.be"),
    "tiktok": ("tiktok.com",),
    "x": ("x.com", "twitter.com"),
}
_HANDLE = re.compile(r"^@?[A-Za-z0-9_.]{2,50}$")
_HOST = re.compile(r"^([a-z0-9-]+\.)+[a-z]{2,}$")


def social_findings(platform: str, value: str) -> list[Finding]:
    value = value.strip()
    if not value:
        return []
    hosts = PLATFORMS.get(platform, ())
    # TikTok and YouTube addresses carry the "@" of the account name.
    handle = "@lspanda" if platform in ("tiktok", "youtube") else "lspanda"
    example = f"https://{hosts[0]}/{handle}" if hosts else "https://www.lspanda.or.id"
    values = {"platform": platform, "value": value, "example": example}
    if platform != "website" and _HANDLE.match(value):
        return []
    url = value if re.match(r"^https?://", value, re.I) else "https://" + value
    host = (urlsplit(url).hostname or "").lower()
    if not _HOST.match(host):
        return [Finding("social.invalid", ERROR, values)]
    if hosts and not any(host == h or host.endswith("." + h) for h in hosts):
        return [Finding("social.wrong_site", ERROR, values | {"expected": hosts[0]})]
    return []
