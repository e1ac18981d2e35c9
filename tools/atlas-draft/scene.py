"""A view's content as shapely geometry in view coordinates, before it is written out."""
import numpy as np
from shapely.affinity import affine_transform
from shapely.ops import transform

from geometry import polygons, shared_rings
from partition import mirror_view
from figure import mirror_x
from svgout import View


class Scene:
    """Regions, landmarks, muscle outlines and trigger points of one view."""

    def __init__(self, regions, landmarks=(), muscles=(), points=()):
        self.regions = dict(regions)            # id -> polygon(s)
        self.landmarks = list(landmarks)        # (name, line or point)
        self.muscles = list(muscles)            # (muscle id, side, depth, polygon)
        self.points = list(points)              # (trigger-point id, side, Point)

    def transformed(self, matrix):
        """The scene under an affine map [a, b, d, e, xoff, yoff] (shapely's order)."""
        t = lambda g: affine_transform(g, matrix)
        return Scene({k: t(g) for k, g in self.regions.items()},
                     [(n, t(g)) for n, g in self.landmarks],
                     [(m, s, d, t(g)) for m, s, d, g in self.muscles],
                     [(p, s, t(g)) for p, s, g in self.points])

    def flipped(self, cx):
        """Left-right mirror image with sides unchanged (front frame to back view)."""
        return Scene({k: mirror_x(g, cx) for k, g in self.regions.items()},
                     [(n, mirror_x(g, cx)) for n, g in self.landmarks],
                     [(m, s, d, mirror_x(g, cx)) for m, s, d, g in self.muscles],
                     [(p, s, mirror_x(g, cx)) for p, s, g in self.points])

    def mirrored(self, cx):
        """Mirror image with right and left swapped (left view from right view)."""
        other = {"right": "left", "left": "right"}
        return Scene(mirror_view(self.regions, cx),
                     [(n, mirror_x(g, cx)) for n, g in self.landmarks],
                     [(m, other[s], d, mirror_x(g, cx)) for m, s, d, g in self.muscles],
                     [(p, other[s], mirror_x(g, cx)) for p, s, g in self.points])

    def clipped(self, shape, keep_muscle):
        """Only what lies in shape (a close-up's bust). Muscles are kept when keep_muscle(id)
        and still mostly inside; trigger points when inside."""
        regions = {}
        for rid, g in self.regions.items():
            c = g.intersection(shape)
            if polygons(c) and c.area > 1.0:
                regions[rid] = c
        landmarks = []
        for name, g in self.landmarks:
            c = g.intersection(shape)
            if not c.is_empty and c.geom_type in ("Point", "LineString", "MultiLineString"):
                landmarks.append((name, c))
        muscles = [(m, s, d, g.intersection(shape)) for m, s, d, g in self.muscles
                   if keep_muscle(m) and g.intersection(shape).area > 0.8 * g.area]
        kept = {m for m, _, _, _ in muscles}
        points = [(p, s, g) for p, s, g in self.points
                  if p.split(".")[0] in kept and shape.contains(g)]
        return Scene(regions, landmarks, muscles, points)

    def view(self, name, title, facing, size, tol=0.15):
        """The finished view: shared-vertex region rings, simplified landmarks and outlines."""
        v = View(name, title, facing, size)
        v.regions, v.outline = shared_rings(self.regions, tol)
        v.landmarks = [(n, rounded(g.simplify(tol / 2))) for n, g in self.landmarks]
        v.muscles = [(m, s, d, [rounded(p.exterior.simplify(tol)).coords[:]
                                for p in polygons(g)]) for m, s, d, g in self.muscles]
        v.points = [(p, s, rounded(g)) for p, s, g in self.points]
        return v


def rounded(geom):
    """Geometry with coordinates rounded to 2 decimals."""
    return transform(lambda x, y, z=None: (np.round(x, 2), np.round(y, 2)), geom)
