"""Anatomical guide lines used to cut a silhouette into regions.

A guide is a smooth curve through a few points, plus the side test that goes with it, so the
line that cuts and the test that labels the pieces are one and the same curve. Guides are written
in the coordinates of the drawing they belong to."""
import numpy as np
from shapely.geometry import LineString

from geometry import curve


class Guide:
    """A curve that is a function along one axis: HGuide gives y(x), VGuide gives x(y).
    Beyond its end points the curve runs on flat, and it is drawn far enough for any cut."""

    def __init__(self, points, reach=1200.0):
        pts = sorted(points, key=lambda p: p[self.axis])
        dense = list(curve(pts, 1.0).coords) if len(pts) > 2 else pts
        dense.sort(key=lambda p: p[self.axis])
        self.keys = np.array([p[self.axis] for p in dense])
        self.vals = np.array([p[1 - self.axis] for p in dense])
        lo, hi = self.keys[0] - reach, self.keys[-1] + reach
        run = [(lo, self.vals[0])] + list(zip(self.keys, self.vals)) + [(hi, self.vals[-1])]
        self.line = LineString([(k, v) if self.axis == 0 else (v, k) for k, v in run])

    def at(self, key):
        return float(np.interp(key, self.keys, self.vals))


class HGuide(Guide):
    """A curve across the body: y as a function of x."""
    axis = 0

    def above(self, x, y):
        return y < self.at(x)


class VGuide(Guide):
    """A curve along the body: x as a function of y."""
    axis = 1

    def left(self, x, y):
        return x < self.at(y)
