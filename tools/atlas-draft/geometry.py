"""Geometry helpers for the atlas generator: smooth curves, tapered limbs, cutting a shape
into faces along lines, and turning a partition into clean shared-vertex rings for SVG."""
import math

import numpy as np
from shapely.geometry import (GeometryCollection, LineString, MultiLineString, MultiPolygon,
                              Point, Polygon)
from shapely.ops import linemerge, polygonize, unary_union
from shapely.prepared import prep

# ---------------------------------------------------------------------------------------------
# Curves


def _catmull_rom(points, closed, step):
    """Centripetal Catmull-Rom spline through points, sampled about every `step` units."""
    pts = [np.asarray(p, float) for p in points]
    if closed:
        ctrl = [pts[-1]] + pts + [pts[0], pts[1]]
    else:
        ctrl = [2 * pts[0] - pts[1]] + pts + [2 * pts[-1] - pts[-2]]
    out = []
    for i in range(1, len(ctrl) - 2):
        p0, p1, p2, p3 = ctrl[i - 1], ctrl[i], ctrl[i + 1], ctrl[i + 2]
        t0 = 0.0
        t1 = t0 + max(np.linalg.norm(p1 - p0), 1e-6) ** 0.5
        t2 = t1 + max(np.linalg.norm(p2 - p1), 1e-6) ** 0.5
        t3 = t2 + max(np.linalg.norm(p3 - p2), 1e-6) ** 0.5
        n = max(2, int(math.ceil(np.linalg.norm(p2 - p1) / step)))
        for t in np.linspace(t1, t2, n, endpoint=False):
            a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
            a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
            a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
            b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
            b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
            out.append(tuple((t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2))
    if not closed:
        out.append(tuple(pts[-1]))
    return out


def curve(points, step=1.5):
    """Smooth open curve through points, as a LineString."""
    return LineString(_catmull_rom(points, False, step))


def blob(points, step=1.5):
    """Smooth closed shape through points, as a Polygon."""
    return Polygon(_catmull_rom(points, True, step)).buffer(0)


def mirror_points(points, cx):
    """Points of a right half mirrored about x = cx, in reverse order, for symmetric blobs."""
    return [(2 * cx - x, y) for x, y in reversed(points)]


def symmetric_blob(half, cx, step=1.5):
    """Closed shape from the points of one half (top to bottom on the x < cx side)."""
    inner = [p for p in half if abs(p[0] - cx) > 1e-9]
    ends = [p for p in half if abs(p[0] - cx) <= 1e-9]
    pts = ends[:1] + inner + ends[1:] + mirror_points(inner, cx)
    return blob(pts, step)


def _pchip(xs, ys):
    """Monotone cubic interpolation (no overshoot) of stations; returns f(x)."""
    xs, ys = np.asarray(xs, float), np.asarray(ys, float)
    h = np.diff(xs)
    delta = np.diff(ys) / h
    d = np.zeros_like(ys)
    for k in range(1, len(xs) - 1):
        if delta[k - 1] * delta[k] > 0:
            w1, w2 = 2 * h[k] + h[k - 1], h[k] + 2 * h[k - 1]
            d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k])
    d[0], d[-1] = delta[0], delta[-1]

    def f(x):
        x = min(max(x, xs[0]), xs[-1])
        k = min(max(int(np.searchsorted(xs, x)) - 1, 0), len(xs) - 2)
        t = (x - xs[k]) / h[k]
        h00, h10 = 2 * t**3 - 3 * t**2 + 1, t**3 - 2 * t**2 + t
        h01, h11 = -2 * t**3 + 3 * t**2, t**3 - t**2
        return h00 * ys[k] + h10 * h[k] * d[k] + h01 * ys[k + 1] + h11 * h[k] * d[k + 1]
    return f


# ---------------------------------------------------------------------------------------------
# Limbs: a smooth centreline with a width on each side


class Limb:
    """A tapered body segment around a smooth centreline.

    stations: (fraction of length, width on side A, width on side B). Side A is the -x side when
    the centreline runs down the page (normal (-dy, dx), y down); side B the other. Coordinates
    (s, t): s is the distance along the centreline, t is +1 on the side-A edge, -1 on side B."""

    def __init__(self, centre, stations, cap_start=0.9, cap_end=0.9, step=1.0):
        self.line = curve(centre, step)
        self.length = self.line.length
        fr = [s for s, _, _ in stations]
        self.wa = _pchip([f * self.length for f in fr], [a for _, a, _ in stations])
        self.wb = _pchip([f * self.length for f in fr], [b for _, _, b in stations])
        self.cap_start, self.cap_end = cap_start, cap_end
        n = max(8, int(self.length / step))
        self.samples = np.linspace(0.0, self.length, n + 1)

    def frame(self, s):
        """Centre point, unit tangent and side-A normal at distance s (extended past the ends)."""
        L = self.length
        sc = min(max(s, 0.0), L)
        e = 0.5
        p0 = np.array(self.line.interpolate(max(sc - e, 0.0)).coords[0])
        p1 = np.array(self.line.interpolate(min(sc + e, L)).coords[0])
        d = (p1 - p0) / np.linalg.norm(p1 - p0)
        c = np.array(self.line.interpolate(sc).coords[0]) + d * (s - sc)
        return c, d, np.array([-d[1], d[0]])

    def point(self, s, t):
        c, _, n = self.frame(s)
        w = self.wa(s) if t >= 0 else self.wb(s)
        return tuple(c + n * t * w)

    def polygon(self):
        side_a = [self.point(s, 1.0) for s in self.samples]
        side_b = [self.point(s, -1.0) for s in self.samples]
        ring = side_a + self._cap(self.length, self.cap_end, +1) + side_b[::-1] + \
            self._cap(0.0, self.cap_start, -1)
        return Polygon(ring).buffer(0)

    def _cap(self, s, bulge, direction):
        """Rounded end: a half ellipse from one edge to the other."""
        c, d, n = self.frame(s)
        wa, wb = self.wa(s), self.wb(s)
        mid = c + n * (wa - wb) / 2
        r = (wa + wb) / 2
        pts = []
        for ang in np.linspace(0, math.pi, 24)[1:-1]:
            if direction > 0:      # from side A round to side B
                v = n * math.cos(ang) * r + d * math.sin(ang) * r * bulge
            else:                  # from side B round to side A
                v = -n * math.cos(ang) * r - d * math.sin(ang) * r * bulge
            pts.append(tuple(mid + v))
        return pts

    def across(self, s, t0=-2.0, t1=2.0):
        """Cut line across the limb at distance s (fraction if 0 <= s <= 1 is not meant)."""
        return LineString([self.point(s, t) for t in np.linspace(t0, t1, 9)])

    def along(self, t, s0, s1, step=2.0):
        """Cut line along the limb at relative width t, from s0 to s1."""
        n = max(2, int(abs(s1 - s0) / step))
        return LineString([self.point(s, t) for s in np.linspace(s0, s1, n + 1)])

    def coords(self, pt):
        """(s, t) of a point: distance along the limb and relative offset across it."""
        p = Point(pt)
        s = self.line.project(p)
        c, d, n = self.frame(s)
        v = np.array(pt) - c
        if s <= 0.0 or s >= self.length:
            s += float(v @ d)
        off = float(v @ n)
        w = self.wa(s) if off >= 0 else self.wb(s)
        return s, off / max(w, 1e-6)


# ---------------------------------------------------------------------------------------------
# Shapes


def polygons(geom):
    """The polygons of any geometry, as a list."""
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, (MultiPolygon, GeometryCollection)):
        return [p for g in geom.geoms for p in polygons(g)]
    return []


def fillet(geom, r):
    """Round the inner corners where shapes were joined (morphological closing)."""
    return geom.buffer(r, resolution=24).buffer(-r, resolution=24)


def smooth_outline(geom, sigma, step=0.5):
    """Smooth every ring of a shape with a Gaussian along its length (removes small kinks left
    where parts were joined; shrinks features by about sigma^2 / (2 * radius))."""
    def ring(coords):
        line = LineString(coords)
        n = max(16, int(line.length / step))
        pts = np.array([line.interpolate(i * line.length / n).coords[0] for i in range(n)])
        half = int(4 * sigma / step)
        k = np.exp(-0.5 * (np.arange(-half, half + 1) * step / sigma) ** 2)
        k /= k.sum()
        out = np.empty_like(pts)
        for axis in range(2):
            wrapped = np.concatenate([pts[-half:, axis], pts[:, axis], pts[:half, axis]])
            out[:, axis] = np.convolve(wrapped, k, mode="valid")
        return [tuple(p) for p in out]
    result = [Polygon(ring(p.exterior.coords), [ring(i.coords) for i in p.interiors])
              for p in polygons(geom)]
    return unary_union([p.buffer(0) for p in result])


def cut(shape, lines):
    """Split a shape into faces along lines (lines may end inside; such dangles are ignored)."""
    edges = unary_union([shape.boundary] + [ln.intersection(shape.buffer(1.0)) for ln in lines])
    faces = []
    for f in polygonize(edges):
        rp = f.representative_point()
        if shape.contains(rp):
            faces.append(f)
    return faces


# ---------------------------------------------------------------------------------------------
# Output topology


def shared_rings(regions, tol):
    """Clean output rings for a partition.

    regions: {id: geometry}. All region borders are noded together, merged into chains between
    junctions, simplified once per chain and rounded to 2 decimals, then rebuilt into faces. Two
    neighbours therefore share exactly the same vertices. Returns ({id: [ring, ...]}, outline ring
    of the union)."""
    borders = unary_union([g.boundary for g in regions.values()])
    chains = linemerge(borders)
    chains = [chains] if isinstance(chains, LineString) else list(chains.geoms)
    clean = []
    for ch in chains:
        s = ch.simplify(tol, preserve_topology=False)
        pts = []
        for x, y in s.coords:
            q = (round(x, 2), round(y, 2))
            if not pts or pts[-1] != q:
                pts.append(q)
        if len(pts) >= 2:
            clean.append(LineString(pts))
    faces = list(polygonize(MultiLineString(clean)))
    prepared = {rid: prep(g) for rid, g in regions.items()}
    out = {rid: [] for rid in regions}
    for f in faces:
        rp = f.representative_point()
        owner = next((rid for rid, g in prepared.items() if g.contains(rp)), None)
        if owner is None:
            near = min(regions, key=lambda rid: regions[rid].distance(rp))
            if regions[near].distance(rp) > 0.5:
                continue                    # a hole of the outline, not a region
            owner = near
        if f.interiors:
            raise ValueError(f"region {owner} has a hole; the format has no holes")
        out[owner].append(list(f.exterior.coords))
    whole = unary_union([Polygon(r) for rings in out.values() for r in rings])
    outline = [list(p.exterior.coords) for p in polygons(whole)]
    return out, outline
