"""Choosing how much to shrink: the resolution and JPEG quality that fill a byte budget.

The caller gives ``estimate(dpi, quality)``: the bytes all pictures would take when
every picture sharper than ``dpi`` is resampled to it (None keeps every picture's own
resolution) and encoded at ``quality``. Estimates come from strips of the pictures, so
a dozen of them cost about one full encode. The order of preference, so that nothing is
lost without need:

1. keep every picture's resolution, at the best quality from 92 down to 55 that fits;
2. else lower the resolution (never under the floor) at quality 65, the most that fits;
3. else, at the floor, the best quality down to 25 that fits;
4. else nothing fits: the caller refuses, rather than make the text unreadable.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

NATIVE_QUALITIES = (92, 88, 84, 80, 75, 70, 65, 60, 55)
RESAMPLED_QUALITY = 65
FLOOR_QUALITIES = (60, 55, 50, 45, 40, 35, 30, 25)
# Resolution search stops when the bracket is within this many dpi.
_DPI_STEP = 4.0

Estimate = Callable[[float | None, int], int]


@dataclass(frozen=True)
class Plan:
    dpi: float | None  # None: every picture keeps its own resolution
    quality: int


def choose(estimate: Estimate, budget: int, top_dpi: float, min_dpi: float) -> Plan | None:
    """The least lossy plan whose estimate is within ``budget``, or None."""
    quality = _best_quality(lambda q: estimate(None, q), budget, NATIVE_QUALITIES)
    if quality is not None:
        return Plan(None, quality)
    at_floor = estimate(min_dpi, RESAMPLED_QUALITY) if top_dpi > min_dpi else budget + 1
    if at_floor <= budget:
        return Plan(_best_dpi(estimate, budget, min_dpi, at_floor, top_dpi), RESAMPLED_QUALITY)
    quality = _best_quality(lambda q: estimate(min_dpi, q), budget, FLOOR_QUALITIES)
    return Plan(min_dpi, quality) if quality is not None else None


def _best_quality(size_at: Callable[[int], int], budget: int,
                  qualities: tuple[int, ...]) -> int | None:
    """Highest quality that fits, by bisection (size falls as quality falls)."""
    if size_at(qualities[-1]) > budget:
        return None
    low, high = 0, len(qualities) - 1  # qualities[high] is known to fit
    while low < high:
        middle = (low + high) // 2
        if size_at(qualities[middle]) <= budget:
            high = middle
        else:
            low = middle + 1
    return qualities[high]


def _best_dpi(estimate: Estimate, budget: int, low: float, low_size: int,
              high: float) -> float:
    """Highest resolution in [low, high) that fits at the resampling quality; ``low`` is
    known to fit, in ``low_size`` bytes. A picture's bytes grow about as the square of
    its resolution, so the search aims where that puts the budget (two or three
    estimates, where halving the bracket took six), one step beyond it so that a good
    aim closes the bracket; it halves once the bracket is narrow."""
    while high - low > _DPI_STEP:
        if high - low <= 2 * _DPI_STEP:
            middle = (low + high) / 2
        else:
            aim = low * math.sqrt(budget / max(low_size, 1)) + _DPI_STEP
            middle = min(max(aim, low + _DPI_STEP), high - _DPI_STEP)
        size = estimate(middle, RESAMPLED_QUALITY)
        if size <= budget:
            low, low_size = middle, size
        else:
            high = middle
    return low
