"""Referral patterns: the area where a trigger point's pain is felt, drawn as organic shapes
like the classic charts (Travell & Simons, Davies): an ESSENTIAL area (where nearly everyone
feels it, solid red in the app) and a SPILLOVER area (where some feel it, stippled).

Patterns are authored per trigger point and per view ("front", "back", "right", "soles"), for
the person's RIGHT side, in the view's authoring coordinates (see anchors.py), from named
landmarks, with the primitives below. The generator evaluates them on the figure, clips them to
the silhouette, takes spillover minus essential, mirrors them to the left side and passes them
through the same transforms as the muscle outlines (so the left, back-flipped and close-up
views follow automatically).

Shapes are lazy: a primitive returns a Shape that is built when the view is known, so points
can be given by name. A point is an anchor name ("C7", "acromion"), an (a, b) tuple, or one of
at() / limb() / mid() / centre(). Shapes combine with | (union), - (difference), & (overlap).

The table lives in one module per body part (patterns_<part>.py), each with a dict
PATTERNS = {"<muscle>.<point>": {"<view>": zone(essential, spillover), ...}}. The modules are
listed in MODULES below."""
import importlib
import math

import numpy as np
from shapely.affinity import affine_transform, rotate
from shapely.geometry import Polygon
from shapely.ops import unary_union

from geometry import Limb, blob as smooth_closed, polygons, smooth_outline

# Pattern modules, one per body part; add yours here.
MODULES = [
    "patterns_neck_back",
    "patterns_head_neck_front",
    "patterns_arm_chest",
    "patterns_trunk_hip",
    "patterns_leg_foot",
    "patterns_arm_hand",
    "patterns_trunk_pelvis",
    "patterns_foot_leg",
    "patterns_face_neck",
    "patterns_spine",
]

VIEWS = ("front", "back", "right", "soles")
KINDS = ("essential", "spillover")


# ---------------------------------------------------------------------------------------------
# Points


class Pt:
    """A lazy point, resolved against a view's anchors and regions."""

    def __init__(self, fn, text):
        self.fn, self.text = fn, text

    def __call__(self, ctx):
        return self.fn(ctx)

    def __repr__(self):
        return self.text


def resolve(p, ctx):
    """(a, b) of a point given as an anchor name, a tuple or a lazy point."""
    if isinstance(p, str):
        return tuple(float(v) for v in ctx.anchors[p])
    if isinstance(p, Pt):
        return p(ctx)
    a, b = p
    return (float(a), float(b))


def at(p, da=0.0, db=0.0):
    """Point p moved by (da, db) authoring units (back/front: da toward the person's right)."""
    return Pt(lambda ctx: tuple(np.add(resolve(p, ctx), (da, db))), f"at({p!r}, {da}, {db})")


def mid(p, q, f=0.5):
    """The point a fraction f of the way from p to q."""
    def fn(ctx):
        a, b = np.array(resolve(p, ctx)), np.array(resolve(q, ctx))
        return tuple(a + (b - a) * f)
    return Pt(fn, f"mid({p!r}, {q!r}, {f})")


def limb(name, s, t):
    """Point (s, t) of a limb of the view's figure (anchors.py: s along, t across)."""
    return Pt(lambda ctx: ctx.anchors.limb(name, s, t), f"limb({name!r}, {s}, {t})")


def centre(region):
    """A point inside a region of the view (its representative point)."""
    def fn(ctx):
        g = ctx.region(region)
        return (g.representative_point().x, g.representative_point().y)
    return Pt(fn, f"centre({region!r})")


# ---------------------------------------------------------------------------------------------
# Shapes


class Shape:
    """A lazy shape: build(ctx) gives a shapely geometry in authoring coordinates."""

    def __init__(self, fn, text):
        self.fn, self.text = fn, text

    def build(self, ctx):
        return self.fn(ctx).buffer(0)

    def __or__(self, other):
        return union(self, other)

    def __sub__(self, other):
        return minus(self, other)

    def __and__(self, other):
        return clip(self, other)

    def __repr__(self):
        return self.text


def blob(at_, rx, ry=None, angle=0.0):
    """An ellipse centred on a point, radii rx, ry (ry defaults to rx), the rx axis turned by
    angle degrees from the +a axis toward +y (on the page: clockwise on back and right views,
    counter-clockwise on the front view, where +u points left)."""
    ry = rx if ry is None else ry

    def fn(ctx):
        cx, cy = resolve(at_, ctx)
        n = 96
        ring = [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
                for i in range(n)]
        return rotate(Polygon(ring), angle, origin=(cx, cy))
    return Shape(fn, f"blob({at_!r}, {rx}, {ry}, {angle})")


def outline(*points):
    """A smooth closed shape through points (a centripetal Catmull-Rom loop)."""
    return Shape(lambda ctx: smooth_closed([resolve(p, ctx) for p in points]),
                 f"outline{points!r}")


def band(points, widths, cap=0.8):
    """A smooth tapered band along the curve through points; widths are the half-widths at
    those points (one number for all). cap: roundness of the ends (0 flat, 1 half-circle)."""
    if isinstance(widths, (int, float)):
        widths = [widths] * len(points)
    if len(widths) != len(points):
        raise ValueError("band: one width per point")

    def fn(ctx):
        pts = [resolve(p, ctx) for p in points]
        if len(pts) == 2:
            pts.insert(1, tuple(np.mean(pts, axis=0)))
            widths2 = [widths[0], (widths[0] + widths[1]) / 2, widths[1]]
        else:
            widths2 = widths
        arr = np.asarray(pts, float)
        run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(arr, axis=0), axis=1))])
        stations = [(r / run[-1], w, w) for r, w in zip(run, widths2)]
        return Limb(pts, stations, cap_start=cap, cap_end=cap, step=2.0).polygon()
    return Shape(fn, f"band({points!r}, {widths!r})")


def follow(points, y_from, y_to, w_from, w_to=None, shift=0.0):
    """A band along the curve through points that run down the page (a bone border, the
    spine), only between the levels y_from and y_to, its half-width going from w_from to
    w_to, moved sideways by shift (authoring units along the first coordinate)."""
    w_to = w_from if w_to is None else w_to

    def fn(ctx):
        pts = [resolve(p, ctx) for p in points]

        def a_at(y):
            for (a0, y0), (a1, y1) in zip(pts, pts[1:]):
                if min(y0, y1) <= y <= max(y0, y1) and y0 != y1:
                    return a0 + (a1 - a0) * (y - y0) / (y1 - y0)
            return pts[0][0] if y < pts[0][1] else pts[-1][0]
        path = [(a_at(y_from), y_from)] + [q for q in pts if y_from < q[1] < y_to] + \
            [(a_at(y_to), y_to)]
        path = [(a + shift, y) for a, y in path]
        n = len(path) - 1
        widths = [w_from + (w_to - w_from) * i / n for i in range(n + 1)]
        return band(path, widths).build(ctx)
    return Shape(fn, f"follow({points!r}, {y_from}, {y_to}, {w_from}, {w_to}, {shift})")


def strip(limb_name, s0, s1, t0=-1.0, t1=1.0, soft=3.0):
    """The part of a limb from s0 to s1 along it and t0 to t1 across it (follows the limb's
    curve and taper), with corners rounded by `soft`. t0/t1 may be (start, end) pairs for a
    strip that narrows or shifts along the limb."""
    def lerp(v, f):
        return v[0] + (v[1] - v[0]) * f if isinstance(v, (tuple, list)) else v

    def fn(ctx):
        n = max(4, int(abs(s1 - s0) / 4))
        ss = [s0 + (s1 - s0) * i / n for i in range(n + 1)]
        a = [ctx.anchors.limb(limb_name, s, lerp(t1, i / n)) for i, s in enumerate(ss)]
        b = [ctx.anchors.limb(limb_name, s, lerp(t0, i / n)) for i, s in enumerate(ss)]
        g = Polygon(a + b[::-1]).buffer(0)
        return g.buffer(-soft).buffer(soft) if soft else g
    return Shape(fn, f"strip({limb_name!r}, {s0}, {s1}, {t0}, {t1})")


def along(limb_name, stations, widths, cap=0.8):
    """A tapered band along a limb through its (s, t) stations, half-widths in units (one
    number for all): band() with limb points, so it follows the limb's curve."""
    return Shape(lambda ctx: band([limb(limb_name, s, t) for s, t in stations], widths,
                                  cap).build(ctx),
                 f"along({limb_name!r}, {stations!r}, {widths!r})")


def patch(limb_name, s, t, along_r, across_r):
    """An ellipse on a limb at (s, t), its half-length along_r lying along the limb and its
    half-width across_r across it (units)."""
    def fn(ctx):
        a = np.array(ctx.anchors.limb(limb_name, s - 2, t))
        b = np.array(ctx.anchors.limb(limb_name, s + 2, t))
        ang = math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))
        return blob(ctx.anchors.limb(limb_name, s, t), along_r, across_r, ang).build(ctx)
    return Shape(fn, f"patch({limb_name!r}, {s}, {t}, {along_r}, {across_r})")


def fill(*regions):
    """The whole of one or more regions of this view. A paired base ("neck-angle") means the
    person's right one; full ids ("left-neck-angle", "sacrum") are taken as they are."""
    return Shape(lambda ctx: unary_union([ctx.region(r) for r in regions]),
                 f"fill{regions!r}")


def union(*shapes, r=3.0):
    """All shapes together, the joins rounded with radius r (0: leave them)."""
    def fn(ctx):
        g = unary_union([s.build(ctx) for s in shapes])
        return g.buffer(r, resolution=16).buffer(-r, resolution=16) if r else g
    return Shape(fn, "union(" + ", ".join(map(repr, shapes)) + ")")


def minus(a, b):
    """a without b."""
    return Shape(lambda ctx: a.build(ctx).difference(b.build(ctx)), f"({a!r} - {b!r})")


def clip(a, b):
    """The part of a inside b."""
    return Shape(lambda ctx: a.build(ctx).intersection(b.build(ctx)), f"({a!r} & {b!r})")


def grow(shape, d):
    """The shape offset outward by d (inward if d < 0), with round corners."""
    return Shape(lambda ctx: shape.build(ctx).buffer(d, resolution=16), f"grow({shape!r}, {d})")


def soften(shape, r=4.0):
    """Organic edges: rounds outer and inner corners by r and smooths the outline, so a shape
    made of pieces (or cut by a region) reads as one soft patch."""
    def fn(ctx):
        g = shape.build(ctx)
        g = g.buffer(r, resolution=16).buffer(-2 * r, resolution=16).buffer(r, resolution=16)
        return smooth_outline(g, max(r / 2, 0.8)) if not g.is_empty else g
    return Shape(fn, f"soften({shape!r}, {r})")


# ---------------------------------------------------------------------------------------------
# The table


def organic(shape, amp=1.2, wavelength=26.0):
    """The shape with a slight, smooth irregularity along its edge (as drawn by hand), at most
    amp units in or out. Deterministic. Zones apply it to every area they draw."""
    return Shape(lambda ctx: wobble(shape.build(ctx), amp, wavelength),
                 f"organic({shape!r}, {amp})")


def wobble(geom, amp, wavelength=26.0):
    def ring(coords):
        c = np.asarray(coords, float)
        run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(c, axis=0), axis=1))])
        length = run[-1]
        n = max(24, int(length / 1.0))
        at_ = np.arange(n) * length / n
        pts = np.stack([np.interp(at_, run, c[:, 0]), np.interp(at_, run, c[:, 1])], 1)
        d = np.roll(pts, -1, 0) - np.roll(pts, 1, 0)
        nrm = np.stack([d[:, 1], -d[:, 0]], 1)
        nrm /= np.maximum(np.linalg.norm(nrm, axis=1), 1e-9)[:, None]
        s = np.arange(n) / n
        seed = int(abs(round(pts[:, 0].sum() * 7.0 + pts[:, 1].sum() * 13.0))) % 9973
        w = np.zeros(n)
        for i, (wl, a) in enumerate(((wavelength, 0.55), (wavelength * 0.55, 0.3),
                                     (wavelength * 1.9, 0.45))):
            cycles = max(1, round(length / wl))
            w += a * np.sin(2 * math.pi * cycles * s + (seed * (i + 1) * 0.618) % (2 * math.pi))
        a = min(amp, 0.06 * length / 2 / math.pi)        # small shapes wobble less
        return [tuple(p) for p in pts + nrm * (w * a)[:, None]]
    out = [Polygon(ring(p.exterior.coords), [ring(i.coords) for i in p.interiors]).buffer(0)
           for p in polygons(geom)]
    return unary_union(out) if out else geom


class Zone:
    """The pattern of one trigger point on one view."""

    def __init__(self, essential, spillover=None, wobble=1.2):
        if essential is None and spillover is None:
            raise ValueError("zone: give an essential or a spillover area")
        self.essential, self.spillover, self.wobble = essential, spillover, wobble


def zone(essential=None, spillover=None, wobble=1.2):
    """The essential area and the spillover area of a trigger point on one view; either may
    be None where only the other shows on that view. Where they overlap, essential wins.
    wobble: how far (units) the edges waver, as drawn by hand (0: exact shapes)."""
    return Zone(essential, spillover, wobble)


def table():
    """{trigger-point id: {view: Zone}} from all pattern modules."""
    out = {}
    for name in MODULES:
        mod = importlib.import_module(name)
        for tp, views in mod.PATTERNS.items():
            for view, z in views.items():
                if view not in VIEWS:
                    raise ValueError(f"{name}: {tp}: unknown view {view!r}")
                if view in out.get(tp, {}):
                    raise ValueError(f"{name}: {tp} on {view} is defined twice")
                if not isinstance(z, Zone):
                    raise TypeError(f"{name}: {tp} on {view}: use zone(...)")
                out.setdefault(tp, {})[view] = z
    return out


class Context:
    """What a pattern is built against: one view's anchors, regions and silhouette, all in
    authoring coordinates. to_figure is the affine map (shapely order) from authoring
    coordinates to the figure frame of the view."""

    def __init__(self, anchors, regions, body, to_figure):
        inv = _inverse(to_figure)
        self.anchors = anchors
        self.to_figure = to_figure
        self.body = affine_transform(body, inv)
        self._regions = {k: affine_transform(g, inv) for k, g in regions.items()}

    def region(self, rid):
        if rid in self._regions:
            return self._regions[rid]
        if f"right-{rid}" in self._regions:
            return self._regions[f"right-{rid}"]
        raise KeyError(f"no region {rid!r} on the {self.anchors.view} view")


def _inverse(m):
    a, b, d, e, xo, yo = m
    det = a * e - b * d
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return [ia, ib, id_, ie, -(ia * xo + ib * yo), -(id_ * xo + ie * yo)]


def build(patterns, view, ctx, notes, known=None):
    """[(trigger-point id, kind, geometry)] of one authored view, in its figure frame, for the
    person's right side: clipped to the silhouette, spillover without the essential area."""
    out = []
    body = ctx.body.buffer(-0.5)
    for tp in sorted(patterns):
        z = patterns[tp].get(view)
        if z is None:
            continue
        if known is not None and tp not in known:
            notes.append(f"{tp}: has a pattern but is not a trigger point in the content")
        w = (lambda g: wobble(g, z.wobble)) if z.wobble else (lambda g: g)
        try:
            ess = w(z.essential.build(ctx)).intersection(body) if z.essential else Polygon()
            spill = w(z.spillover.build(ctx)).intersection(body) if z.spillover else None
        except KeyError as e:
            raise SystemExit(f"pattern {tp} on {view}: {e.args[0]}")
        if z.essential and ess.area < 1.0:
            notes.append(f"{tp}: essential area on {view} lies outside the body")
        elif z.essential:
            out.append((tp, "essential", _fig(ess, ctx)))
        if spill is not None:
            spill = spill.difference(ess)
            spill = unary_union([p for p in polygons(spill) if p.area >= 2.0])
            if not spill.is_empty:
                out.append((tp, "spillover", _fig(spill, ctx)))
    return out


def _fig(g, ctx):
    return affine_transform(unary_union(polygons(g)), ctx.to_figure)
