"""Hostile input shapes stay linear: bench/adversarial.py at small sizes, with a generous bound on growth.

A growth check, not a timed test: it compares the CPU time of each size with the size before it, so a
slow machine passes and a return of quadratic work (4x per doubling, and far more for the worst
shapes before their fix) fails. The full sizes run in `nox -s adversarial`.
"""

from __future__ import annotations

import pytest

from bench.adversarial import all_shapes, doubling, measure, table

SIZES = doubling(4 * 1024, 32 * 1024)
BOUND = 3.2  # geometric mean of the time ratio per doubling; linear is 2, quadratic 4


@pytest.mark.parametrize("shape", sorted(all_shapes()))
def test_shape_grows_linearly(shape: str) -> None:
    fmt, make = all_shapes()[shape]
    growth = measure(shape, fmt, make, SIZES, repeat=2, give_up=20.0)
    assert not growth.stopped and growth.mean <= BOUND, "\n" + table([growth], BOUND, use_mean=True)
