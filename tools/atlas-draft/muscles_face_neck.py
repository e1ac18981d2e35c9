"""Muscle outlines and trigger-point positions: face and neck (added after the first eighty).

See muscles.py for the coordinates and Kit for the helpers."""
from muscles import DEEP, SUPERFICIAL, Drawing  # noqa: F401  (used as entries are added)


def table(k):
    """{muscle id: [Drawing, ...]}."""
    d = {}
    return d
