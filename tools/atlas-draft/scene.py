"""A view's content as shapely geometry in view coordinates, before it is written out."""
import numpy as np
from shapely.affinity import affine_transform
from shapely.geometry import Polygon
from shapely.geometry.polygon import orient
from shapely.ops import transform, unary_union

from geometry import polygons, shared_rings
from partition import mirror_view
from figure import mirror_x
from svgout import View


class Scene:
    """Regions, landmarks, muscle outlines, trigger points, referral patterns and named
    anchor points (anchors.py) of one view."""

    def __init__(self, regions, landmarks=(), muscles=(), points=(), patterns=(), anchors=()):
        self.regions = dict(regions)            # id -> polygon(s)
        self.landmarks = list(landmarks)        # (name, line or point)
        self.muscles = list(muscles)            # (muscle id, side, depth, polygon)
        self.points = list(points)              # (trigger-point id, side, Point)
        self.patterns = list(patterns)          # (trigger-point id, kind, side, polygon(s))
        self.anchors = list(anchors)            # (name, side or None for midline, Point)

    def transformed(self, matrix):
        """The scene under an affine map [a, b, d, e, xoff, yoff] (shapely's order)."""
        t = lambda g: affine_transform(g, matrix)
        return Scene({k: t(g) for k, g in self.regions.items()},
                     [(n, t(g)) for n, g in self.landmarks],
                     [(m, s, d, t(g)) for m, s, d, g in self.muscles],
                     [(p, s, t(g)) for p, s, g in self.points],
                     [(p, k, s, t(g)) for p, k, s, g in self.patterns],
                     [(n, s, t(g)) for n, s, g in self.anchors])

    def flipped(self, cx):
        """Left-right mirror image with sides unchanged (front frame to back view)."""
        return Scene({k: mirror_x(g, cx) for k, g in self.regions.items()},
                     [(n, mirror_x(g, cx)) for n, g in self.landmarks],
                     [(m, s, d, mirror_x(g, cx)) for m, s, d, g in self.muscles],
                     [(p, s, mirror_x(g, cx)) for p, s, g in self.points],
                     [(p, k, s, mirror_x(g, cx)) for p, k, s, g in self.patterns],
                     [(n, s, mirror_x(g, cx)) for n, s, g in self.anchors])

    def mirrored(self, cx):
        """Mirror image with right and left swapped (left view from right view)."""
        other = {"right": "left", "left": "right"}
        return Scene(mirror_view(self.regions, cx),
                     [(n, mirror_x(g, cx)) for n, g in self.landmarks],
                     [(m, other[s], d, mirror_x(g, cx)) for m, s, d, g in self.muscles],
                     [(p, other[s], mirror_x(g, cx)) for p, s, g in self.points],
                     [(p, k, other[s], mirror_x(g, cx)) for p, k, s, g in self.patterns],
                     [(n, other.get(s), mirror_x(g, cx)) for n, s, g in self.anchors])

    def clipped(self, shape, keep_muscle):
        """Only what lies in shape (a close-up's bust). Muscles are kept when keep_muscle(id)
        and still mostly inside; trigger points and anchors when inside; patterns wherever
        they show."""
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
        patterns = []
        for p, k, s, g in self.patterns:
            c = unary_union(polygons(g.intersection(shape)))
            if c.area > 1.0:
                patterns.append((p, k, s, c))
        anchors = [(n, s, g) for n, s, g in self.anchors if shape.contains(g)]
        return Scene(regions, landmarks, muscles, points, patterns, anchors)

    def view(self, name, title, facing, size, tol=0.15):
        """The finished view: shared-vertex region rings, simplified landmarks and outlines."""
        v = View(name, title, facing, size)
        v.regions, v.outline = shared_rings(self.regions, tol)
        v.landmarks = [(n, rounded(g.simplify(tol / 2))) for n, g in self.landmarks]
        v.muscles = [(m, s, d, [rounded(p.exterior.simplify(tol)).coords[:]
                                for p in polygons(g)]) for m, s, d, g in self.muscles]
        v.points = [(p, s, rounded(g)) for p, s, g in self.points]
        body = unary_union(list(self.regions.values()))
        v.patterns = pattern_paths(self.patterns, body)
        inside = body.buffer(-0.5)          # on the body, a hair inside its edge
        v.anchors = [(n, s, rounded(g)) for n, s, g in self.anchors if inside.contains(g)]
        return v


def rounded(geom):
    """Geometry with coordinates rounded to 2 decimals."""
    return transform(lambda x, y, z=None: (np.round(x, 2), np.round(y, 2)), geom)


SIDES, KINDS = {"right": 0, "left": 1}, {"essential": 0, "spillover": 1}
MAX_VERTICES = 80          # per ring of a pattern path


def pattern_paths(patterns, body):
    """Patterns as written: one entry (trigger-point id, kind, side, [rings]) per trigger
    point, kind and side, in a fixed order. Each is clipped a little inside the view's
    silhouette and simplified (the tolerance grows until no ring has more than MAX_VERTICES
    points); spillover keeps a hair's gap from its essential area so the two never overlap
    after rounding. Outer rings and holes wind in opposite directions, so the even-odd and
    non-zero fill rules agree."""
    merged = {}
    for p, k, s, g in patterns:
        # a mirror or a flip can leave a hair-thin self-touch in floating point: repair it
        g = g if g.is_valid else g.buffer(0)
        key = (p, s, k)
        merged[key] = unary_union([merged[key], g]) if key in merged else g
    insides = {}
    out, done = [], {}
    for p, s, k in sorted(merged, key=lambda key: (key[0], SIDES[key[1]], KINDS[key[2]])):
        g = merged[(p, s, k)]
        if k == "spillover" and (p, s, "essential") in done:
            g = g.difference(done[(p, s, "essential")][1].buffer(0.05))
        geom, tol = None, 0.15
        for tol in (0.15, 0.25, 0.4, 0.6, 0.9, 1.3, 1.8, 2.4):
            if tol not in insides:
                insides[tol] = body.buffer(-(tol + 0.15))
            c = g.intersection(insides[tol])
            if k == "spillover" and (p, s, "essential") in done:
                c = c.difference(done[(p, s, "essential")][1].buffer(tol + 0.05))
            geom = _clean(c, tol)
            if all(len(r) <= MAX_VERTICES + 1 for poly in polygons(geom)
                   for r in [poly.exterior.coords] + [i.coords for i in poly.interiors]):
                break
        if geom.is_empty:
            continue
        done[(p, s, k)] = (tol, geom)
        rings = []
        for poly in sorted(polygons(geom), key=lambda q: (q.bounds[1], q.bounds[0])):
            poly = orient(poly, 1.0)
            rings.append(list(poly.exterior.coords))
            rings += [list(i.coords) for i in poly.interiors]
        out.append((p, k, s, rings))
    return out


def _clean(g, tol):
    """Pieces of at least 1.5 square units, simplified and rounded to 2 decimals, valid."""
    pieces = []
    for poly in polygons(g):
        if poly.area < 1.5:
            continue
        q = rounded(poly.simplify(tol, preserve_topology=True))
        if not q.is_valid:
            q = rounded(q.buffer(0))
        pieces += [r for r in polygons(q) if r.area >= 1.5]
    return unary_union(pieces) if pieces else Polygon()
