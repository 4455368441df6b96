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
# Resolution search stops when the bracket is within this many dpi, or when a fitting
# estimate fills the budget within this share: bytes grow as the square of the dpi, so
# a budget 2 % fuller would give 1 % more dpi, and estimates from strips wander by
# about that much from one dpi to the next anyway.
_DPI_STEP = 2.0
_CLOSE_ENOUGH = 0.98
_MAX_DPI_TRIES = 6

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
    known to fit, in ``low_size`` bytes. Each estimate aims where the budget lies on the
    curve through the two nearest known points (bytes as a power of the dpi, on log
    scales; the square until a second point is known): two or three estimates, where
    halving the bracket took six."""
    high_size: int | None = None
    for _ in range(_MAX_DPI_TRIES):
        if high - low <= _DPI_STEP or low_size >= budget * _CLOSE_ENOUGH:
            break
        aim = _aim(budget, low, low_size, high, high_size)
        aim = min(max(aim, low + _DPI_STEP / 2), high - _DPI_STEP / 2)
        size = estimate(aim, RESAMPLED_QUALITY)
        if size <= budget:
            low, low_size = aim, size
        else:
            high, high_size = aim, size
    return low


def _aim(budget: int, low: float, low_size: int, high: float,
         high_size: int | None) -> float:
    """The dpi where the bytes would meet the budget: a power law through the known
    points, a little under it so that a good aim fits rather than overshoots."""
    power = 2.0
    if high_size is not None and high_size > low_size > 0:
        power = math.log(high_size / low_size) / math.log(high / low)
    return low * (budget * 0.99 / max(low_size, 1)) ** (1 / max(power, 0.5))
