"""Window words added for the tables work: English written in ``tr("…")`` -> Indonesian.

Kept apart from texts_window.py so parallel work on different panels does not collide;
texts_window.py merges it into the one table the window reads.
"""

TEXTS: dict[str, str] = {
}
