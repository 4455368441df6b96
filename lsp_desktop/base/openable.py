"""Which links the app may hand to the system's browser at all: a rule about a link's
shape alone, apart from the checks of Drive links (checks/links.py) so that the window's
header, which shows the circular's link at start, loads no check."""

from __future__ import annotations

from urllib.parse import urlsplit


def openable_link(url: object) -> str | None:
    """The link as it may be handed to the system to open, or None: only http or https
    with a host. A circular is a file anyone may send; its ``file:///…/evil.desktop``,
    ``javascript:`` or ``smb://`` link is shown as text, never opened. No user part
    (``https://bnsp.go.id@evil.example``: the host is not what it seems), no space or
    control character."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(c.isspace() or not c.isprintable() for c in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or "@" in parts.netloc:
        return None
    return url
