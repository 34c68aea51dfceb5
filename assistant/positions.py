"""Sets of register positions as sorted arrays, joined without ``np.unique``.

``np.unique`` (numpy 2.x) hashes its input before sorting it: on the tens of thousands of
positions a common word has at 100k chunks it takes 5–30 times as long as a sort (or, when the
positions are below a known bound, a mask). Both functions give exactly what ``np.unique``
gives: the distinct values, ascending, in the input's dtype.

Usage::

    union([having_a, having_b], size=len(records))   # == np.unique(np.concatenate([...]))
    distinct(values)                                 # == np.unique(values)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

# a mask over ``size`` positions pays when the arrays hold at least this share of it
_MASK_SHARE = 1 / 64


def distinct(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
    """The distinct values of a 1-d array, ascending (``np.unique(values)``)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def union(arrays: Sequence[npt.NDArray[Any]], size: int | None = None) -> npt.NDArray[Any]:
    """The distinct values of integer arrays together, ascending, in their dtype
    (``np.unique(np.concatenate(arrays))``). ``size``: every value is in ``range(size)``, so a
    mask over it may stand in for the sort."""
    joined = np.concatenate(arrays)
    if size is not None and len(joined) >= size * _MASK_SHARE:
        marked = np.zeros(size, dtype=bool)
        marked[joined] = True
        return np.flatnonzero(marked).astype(joined.dtype, copy=False)
    return distinct(joined)
