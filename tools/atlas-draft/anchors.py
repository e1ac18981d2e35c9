"""Named anatomical landmarks ("anchors") of the drawn figures, for authoring referral patterns.

Each authored view has its own table, in that view's AUTHORING coordinates:

  front, back   (u, y): u is the distance from the midline toward the person's RIGHT, y down.
                Both views are drawn from the front figure; on the back view the person's right
                is on the viewer's right, so (u, y) reads like the picture: x = 400 + u.
                On the front view the person's right is on the viewer's left: x = 400 - u.
  right         (x, y) of the side figure before it is centred on the page: the person faces +x,
                the back of the body is at small x.
  soles         (x, y) of the right sole (toes up, big toe toward +x).

Full-body figures are 1500 units tall (7.5 heads of 200): top of the head y = 50, soles 1550.

Limbs keep their own (s, t) coordinates (geometry.Limb): s is the distance along the limb from
its root (shoulder, hip), t the relative offset across it (-1 .. +1 edge to edge). On the front
figure (front and back views) t > 0 is the OUTER side (thumb side of the arm, outer leg); on the
side figure t > 0 is the BACK of the limb. `Anchors.limb(name, s, t)` gives such a point in
authoring coordinates; the limb names are "arm", "leg", "palm", "thumb", "index", "middle",
"ring", "little" (front figure) and "arm", "leg", "palm", "thumb", "fingers" (side figure).
Named limb landmarks (lateral-epicondyle, olecranon, ...) are in the tables like the others.

The numbers come from muscles.py (its docstring), landmarks.py and the region guides, so a
pattern authored from these names moves with the silhouette when the figure is redrawn."""
from shapely.geometry import LineString, Point

from figure import CX
from geometry import polygons

# Spinous processes on the back, midline (u = 0): C7 y = 306, T12 y = 588, L4 y = 680.
CERVICAL = {"C1": 214, "C2": 228, "C3": 244, "C4": 259, "C5": 275, "C6": 290, "C7": 306}
THORACIC = {f"T{i}": round(306 + 23.5 * i, 1) for i in range(1, 13)}      # T12 = 588
LUMBAR = {f"L{i}": 588 + 23 * i for i in range(1, 6)}                       # L4 = 680
SACRAL = {"S1": 724, "S2": 744, "S3": 762, "S4": 778, "S5": 792}
SPINE = {**CERVICAL, **THORACIC, **LUMBAR, **SACRAL, "coccyx": 818}

# Arm and leg stations (distance along the limb) shared by the front and back views.
ARM_S = {"deltoid-insertion": 120, "elbow": 245, "wrist": 428}
LEG_S = {"kneecap": 318, "fibula-head": 385}


class Anchors:
    """One view's named points and limbs, in its authoring coordinates.

    points: {name: (a, b)}; limbs: {name: (Limb, to_author)} where to_author maps a point of
    the Limb's figure frame to authoring coordinates."""

    def __init__(self, view, points, limbs):
        self.view, self.points, self.limbs = view, dict(points), dict(limbs)

    def __getitem__(self, name):
        try:
            return self.points[name]
        except KeyError:
            raise KeyError(f"no anchor {name!r} on the {self.view} view; known: "
                           f"{', '.join(sorted(self.points))}") from None

    def __contains__(self, name):
        return name in self.points

    def limb(self, name, s, t):
        """The point (s, t) of a limb, in authoring coordinates."""
        limb, to_author = self.limbs[name]
        return to_author(limb.point(s, t))

    def limb_of(self, name):
        return self.limbs[name]


def _u(p):
    """Front frame (x, y) to (u, y)."""
    return (CX - p[0], p[1])


def _front_limbs(fig):
    h = fig.hand
    limbs = {"arm": fig.arm, "leg": fig.leg, "palm": h.palm, "thumb": h.thumb}
    limbs.update(zip(("index", "middle", "ring", "little"), h.fingers))
    return {k: (v, _u) for k, v in limbs.items()}


def _limb_points(fig, back):
    """Named points on the front figure's arm and leg, as (u, y)."""
    arm, leg, h = fig.arm, fig.leg, fig.hand
    P = lambda limb, s, t: _u(limb.point(s, t))
    e, w = ARM_S["elbow"], ARM_S["wrist"]
    pts = {
        "deltoid-insertion": P(arm, ARM_S["deltoid-insertion"], 0.75),
        "lateral-epicondyle": P(arm, e, 0.92),
        "medial-epicondyle": P(arm, e, -0.95),
        "elbow": P(arm, e, 0.0),
        "mid-forearm": P(arm, 340, 0.0),
        "wrist": P(arm, w, 0.0),
        "radial-styloid": P(arm, w - 6, 0.85),
        "ulnar-styloid": P(arm, w - 6, -0.85),
        "mid-upper-arm": P(arm, 150, 0.0),
        "palm-centre": P(h.palm, h.palm.length * 0.5, 0.0),
        "thumb-tip": P(h.thumb, h.thumb.length - 6, 0.0),
        "thumb-base": P(h.thumb, 15, 0.0),
        "index-tip": P(h.fingers[0], h.fingers[0].length - 6, 0.0),
        "little-finger-tip": P(h.fingers[3], h.fingers[3].length - 6, 0.0),
        "little-finger-base": P(h.fingers[3], 8, 0.0),
        "kneecap": P(leg, LEG_S["kneecap"], 0.0),
        "fibula-head": P(leg, LEG_S["fibula-head"], 0.85),
        "mid-thigh": P(leg, 160, 0.0),
        "mid-calf": P(leg, 500, 0.0),
    }
    if back:
        pts["olecranon"] = P(arm, e - 8, 0.0)
        pts["back-of-knee"] = P(leg, LEG_S["kneecap"], 0.0)
        del pts["kneecap"]
    return pts


def back_anchors(fig):
    """The back view, (u, y) from the midline toward the person's right."""
    p = {name: (0.0, y) for name, y in SPINE.items()}
    p.update({
        # head
        "vertex": (0, 62), "crown": (22, 80), "occiput": (30, 150),
        "inion": (0, 192), "occipital-ridge": (32, 196), "skull-base": (24, 208),
        "mastoid": (53, 190), "ear": (70, 158), "behind-ear": (58, 160),
        # neck
        "back-neck": (16, 255), "side-neck": (44, 250), "neck-angle": (54, 300),
        "neck-side-C4": (47, 259), "neck-side-C6": (52, 290),
        # shoulder blade (scapula)
        "scapula-superior-angle": (64, 336), "scapula-spine-root": (66, 364),
        "scapula-spine-mid": (118, 350), "acromion": (178, 334), "shoulder-tip": (186, 340),
        "medial-border-upper": (65, 380), "medial-border-mid": (71, 430),
        "medial-border-lower": (81, 472), "scapula-inferior-angle": (90, 503),
        "lateral-border-mid": (125, 455), "glenoid": (148, 380),
        "supraspinous-fossa": (110, 345), "infraspinous-fossa": (108, 420),
        "back-armpit-fold": (150, 440),
        # trunk and pelvis
        "lowest-rib": (90, 600), "iliac-crest-back": (60, 686), "iliac-crest-top": (100, 671),
        "iliac-crest-side": (126, 676), "psis": (34, 712), "sacroiliac": (36, 740),
        "sacrum-edge": (20, 750), "greater-trochanter": (145, 775),
        "buttock-centre": (80, 790), "ischial-tuberosity": (50, 842),
        "gluteal-fold": (60, 860), "gluteal-fold-outer": (110, 850),
    })
    p.update(_limb_points(fig, back=True))
    return Anchors("back", p, _front_limbs(fig))


def front_anchors(fig):
    """The front view, (u, y) from the midline toward the person's right."""
    p = {
        # head and face
        "vertex": (0, 62), "crown": (22, 80), "forehead": (24, 100), "temple": (58, 118),
        "eyebrow": (30, 131), "eye": (30, 150), "nose": (0, 180), "cheek": (40, 178),
        "tmj": (58, 176), "ear": (70, 158), "jaw-angle": (50, 212), "lower-jaw": (34, 228),
        "chin": (0, 240),
        # neck and chest
        "side-neck": (38, 270), "sternal-notch": (0, 318), "clavicle-medial": (12, 324),
        "clavicle-mid": (80, 328), "clavicle-lateral": (166, 333), "acromion": (180, 336),
        "coracoid": (148, 352), "front-shoulder": (170, 380), "armpit-fold": (150, 420),
        "sternum-mid": (0, 420), "nipple": (88, 458), "xiphoid": (0, 525),
        "rib-margin-mid": (60, 556), "rib-margin-side": (122, 606),
        # belly and pelvis
        "navel": (0, 650), "iliac-crest-side": (130, 680), "asis": (100, 728),
        "pubic-tubercle": (18, 795), "groin": (60, 780),
    }
    p.update(_limb_points(fig, back=False))
    return Anchors("front", p, _front_limbs(fig))


def _back_edge(body, y, inset):
    """A point `inset` units in from the back contour (smallest x) of a side figure at level
    y."""
    x0, _, x1, _ = body.bounds
    cut = LineString([(x0 - 10, y), (x1 + 10, y)]).intersection(body)
    xs = [c[0] for c in getattr(cut, "coords", [])] or \
         [c[0] for g in getattr(cut, "geoms", []) for c in g.coords]
    return (round(min(xs) + inset, 2), float(y))


def side_anchors(fig):
    """The right view, (x, y) of the side figure (the person faces +x)."""
    trunk = max(polygons(fig.body), key=lambda g: g.area)
    p = {name: _back_edge(trunk, y, 5) for name, y in SPINE.items() if name != "C1"}
    arm, leg = fig.arm, fig.leg
    P = lambda limb, s, t: tuple(limb.point(s, t))
    p.update({
        # head and face
        "vertex": (392, 60), "crown": (350, 75), "occiput": (330, 150), "inion": (318, 190),
        "occipital-ridge": (330, 204), "skull-base": (342, 216), "mastoid": (381, 200),
        "ear": (402, 163), "ear-top": (400, 134), "behind-ear": (380, 165),
        "above-ear": (398, 118), "temple": (414, 118), "forehead": (455, 98),
        "eyebrow": (463, 131), "eye": (466, 150), "cheek": (452, 180), "tmj": (420, 172),
        "jaw-angle": (425, 232), "lower-jaw": (448, 238), "chin": (472, 240),
        # neck and shoulder
        "back-neck": (350, 262), "side-neck": (385, 262), "neck-angle": (364, 306),
        "scapula-superior-angle": (350, 338), "acromion": (398, 324),
        "shoulder-tip": (404, 322), "clavicle-lateral": (436, 322),
        "clavicle-medial": (452, 331),
        "scapula-spine": (368, 345), "scapula-inferior-angle": (333, 500),
        # trunk and pelvis
        "armpit": (425, 420), "nipple": (495, 455), "lowest-rib": (420, 590),
        "iliac-crest-back": (334, 692), "iliac-crest-top": (378, 676), "asis": (462, 730),
        "psis": (322, 706), "greater-trochanter": (392, 790), "buttock-centre": (318, 780),
        "gluteal-fold": (316, 852),
        # arm (t > 0 is the back of the arm)
        "deltoid-insertion": P(arm, 120, 0.0), "lateral-epicondyle": P(arm, 250, 0.0),
        "olecranon": P(arm, 238, 0.9), "wrist": P(arm, arm.length - 40, 0.0),
        "mid-upper-arm": P(arm, 150, 0.0), "mid-forearm": P(arm, 350, 0.0),
        # leg (t > 0 is the back of the leg)
        "kneecap": (449, 1112), "fibula-head": P(leg, 385, 0.1),
        "lateral-malleolus": (379, 1486), "mid-thigh": P(leg, 160, 0.0),
    })
    limbs = {"arm": fig.arm, "leg": fig.leg, "palm": fig.palm, "thumb": fig.thumb,
             "fingers": fig.fingers}
    return Anchors("right", p, {k: (v, tuple) for k, v in limbs.items()})


def sole_anchors(fig):
    """The soles view, (x, y) of the right sole."""
    p = {"heel": (214, 780), "heel-inner": (290, 770), "heel-outer": (130, 770),
         "arch": (285, 620), "mid-sole": (200, 600), "outer-sole": (110, 600),
         "ball-big-toe": (300, 440), "ball": (210, 470), "ball-little-toe": (110, 470)}
    for i, (name, toe) in enumerate(zip(("big-toe", "second-toe", "third-toe", "fourth-toe",
                                         "little-toe"), fig.toes)):
        p[name] = tuple(toe.point(toe.length * 0.6, 0.0))
    limbs = {n: t for n, t in zip(("big-toe", "second-toe", "third-toe", "fourth-toe",
                                     "little-toe"), fig.toes)}
    return Anchors("soles", p, {k: (v, tuple) for k, v in limbs.items()})


def all_anchors(front_fig, side_fig, sole_fig):
    return {"front": front_anchors(front_fig), "back": back_anchors(front_fig),
            "right": side_anchors(side_fig), "soles": sole_anchors(sole_fig)}


def check_inside(anchors, body_of):
    """Names of anchors that lie outside their figure (for the generator's report)."""
    bad = []
    for view, a in anchors.items():
        body = body_of[view]
        for name, pt in a.points.items():
            if not body.buffer(1.0).contains(Point(pt)):
                bad.append(f"{view}:{name}")
    return bad
