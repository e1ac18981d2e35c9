"""Referral patterns: shoulder, arm, forearm, hand and chest.

Drawn after the charts of Travell & Simons (Myofascial Pain and Dysfunction) and Davies (The
Trigger Point Therapy Workbook), within the regions each point's <referral> names in
content/muscles/<id>.xml. Coordinates (anchors.py): back and front views (u, y), u from the
midline toward the person's right; right view (x, y) of the side figure, the face toward +x.

Most of these patterns lie on the arm, so they are drawn with along() / patch() / strip() in
the arm's own (s, t) coordinates and follow its curve on every view:
  front and back views (one limb, seen from either side): s from the shoulder (deltoid ends at
    88, elbow 222-274, wrist 428, arm 461 long), t > 0 the outer (thumb) side, t < 0 the inner
    (little-finger) side; the middle band |t| < 0.45 is the front of the arm on the front view
    and the back of the arm on the back view. Hand: "palm" (s 0-106, t > 0 thumb side), "thumb",
    fingers "index" "middle" "ring" "little" (s from the knuckle, about 20 at the finger line).
  right view: s from the shoulder (deltoid ends at 95, elbow 225-285, wrist 440, arm 464
    long), t > 0.45 the back of the arm, t < -0.45 its front, between them the outer side;
    "palm" t > 0 is the back of the hand, "thumb" and "fingers" as on the figure.
Essential is the solid core of the chart, spillover the stippled surround; where they overlap
the essential wins. zone() below wraps the generator's zone(): it applies the hand-drawn waver
itself and cuts the spillover with the very same essential outline, so the generator never
has to subtract two independently wavering edges (which leaves slivers that turn invalid when
the left side is mirrored)."""
from shapely.ops import unary_union

from geometry import polygons
from patterns import (Shape, along, at, band, blob, follow, grow, limb, organic, outline, patch,
                      strip, union, zone as plain_zone)


def _clean(shape, r=0.4, inset=1.0):
    """The shape kept a little inside the silhouette and opened by r, so it has no pinch points
    or hair-thin slivers (pieces that only touch at a point turn invalid when mirrored)."""
    def fn(ctx):
        g = shape.build(ctx).intersection(ctx.body.buffer(-inset))
        g = g.buffer(-r, resolution=8).buffer(r, resolution=8)
        return unary_union([p for p in polygons(g) if p.area >= 3.0])
    return Shape(fn, f"_clean({shape!r})")


def zone(essential=None, spillover=None, wobble=1.2):
    """zone() with the hand-drawn waver applied here: the spillover is cut by the very same
    wavering essential outline and both are cleaned, so no slivers are left between them."""
    ess = _clean(organic(essential, wobble)) if essential is not None else None
    spill = organic(spillover, wobble) if spillover is not None else None
    if spill is not None and ess is not None:
        spill = spill - grow(ess, 0.1)
    return plain_zone(ess, _clean(spill) if spill is not None else None, wobble=0)


# ---- front / back views: pieces of the arm and hand ---------------------------------------
# Back view: the back of the shoulder joint (over the posterior deltoid).
BACK_SHOULDER = patch("arm", 30, 0.0, 40, 28)
# The outer (lateral) epicondyle and the inner (medial) one, on front and back views.
OUTER_ELBOW = blob("lateral-epicondyle", 15, 18)
INNER_ELBOW = blob("medial-epicondyle", 15, 18)
# Back view: the back of the base of the thumb (first metacarpal) onto the thumb.
THUMB_WEB_BACK = union(patch("palm", 34, 0.62, 22, 13),
                       along("thumb", [(8, 0), (45, 0), (80, 0)], [12, 10, 8]))
# Back view: the web between thumb and index finger.
THUMB_WEB = patch("palm", 60, 0.74, 17, 11)
# Back view: the whole dorsal web, from between the knuckles back to the root of the thumb.
SUPINATOR_WEB = union(THUMB_WEB, patch("palm", 42, 0.72, 16, 11), along("thumb", [(0, 0), (18, 0)], [8, 7]))
# Back view, brachioradialis: the thumb side of the back of the wrist into the web of the thumb.
BR_HAND = union(band([limb("arm", 416, 0.45), limb("palm", 12, 0.55), limb("palm", 40, 0.68),
                      limb("palm", 64, 0.76)], [11, 12, 13, 11]),
                along("thumb", [(20, 0), (50, 0), (78, 0)], [11, 10, 8]))
# The ulnar (little-finger) route down the inner arm, front or back view.
INNER_ARM = [(60, -0.7), (150, -0.75), (245, -0.85), (340, -0.75), (425, -0.7)]
# Front view: the little-finger edge of the palm, and the ring and little fingers.
ULNAR_HAND = union(along("palm", [(8, -0.95), (55, -0.97), (100, -0.93)], [5, 5, 5]),
                   along("little", [(10, 0), (38, 0), (64, 0)], [7, 7, 6]),
                   along("ring", [(14, 0), (48, 0), (80, 0)], [7, 7, 6]))


def wrist_band(s0=418, s1=442):
    """Front or back view: a band round the wrist."""
    return strip("arm", s0, s1, -1.2, 1.2, soft=3)


# ---- right view: pieces of the arm and hand -----------------------------------------------
SIDE_FRONT_SHOULDER = patch("arm", 34, -0.68, 36, 12)
SIDE_MID_SHOULDER = patch("arm", 44, 0.0, 44, 19)
SIDE_BACK_SHOULDER = patch("arm", 34, 0.68, 38, 12)
SIDE_OUTER_ELBOW = blob("lateral-epicondyle", 15, 19)
SIDE_THUMB = along("thumb", [(0, 0), (28, 0), (52, 0)], [10, 9, 8])


# ---- chest, front view ----------------------------------------------------------------------
# Pectoralis major, sternal part: the front of the chest from below the collarbone to the
# breast, short of the breastbone's far edge and the armpit.
PEC_CHEST = outline(at("clavicle-mid", -52, 24), at("clavicle-mid", 10, 20),
                    at("coracoid", -14, 12), at("coracoid", -6, 46), at("nipple", 34, 2),
                    at("nipple", 14, 30), at("nipple", -30, 28), at("sternum-mid", 22, 30),
                    at("sternum-mid", 20, -40))
# Pectoralis minor: from the coracoid over the upper chest.
PEC_MINOR_CHEST = outline(at("coracoid", 10, 0), at("coracoid", -36, 4),
                          at("coracoid", -62, 30), at("coracoid", -52, 62),
                          at("coracoid", -18, 58), at("coracoid", 4, 30))

# Latissimus: round the lower tip of the shoulder blade.
LAT_ANGLE = outline(at("scapula-inferior-angle", -10, -40), at("scapula-inferior-angle", 14, -46),
                    at("scapula-inferior-angle", 20, -16), at("scapula-inferior-angle", 8, 10),
                    at("scapula-inferior-angle", -8, 12), at("scapula-inferior-angle", -16, -16))

PATTERNS = {
    # ---- deltoid: local patches on the front, side and back of the shoulder -----------------
    "deltoid.anterior": {
        "front": zone(patch("arm", 36, 0.2, 42, 26),
                      union(grow(patch("arm", 36, 0.2, 42, 26), 6),
                            along("arm", [(60, 0.1), (110, 0.05), (150, 0.1)], [22, 16, 9]))),
        "right": zone(patch("arm", 34, -0.45, 44, 22),
                      union(grow(patch("arm", 34, -0.45, 44, 22), 8),
                            along("arm", [(70, -0.5), (120, -0.5), (160, -0.45)], [18, 14, 8]))),
    },
    "deltoid.middle": {
        "front": zone(patch("arm", 40, 0.68, 46, 15),
                      union(grow(patch("arm", 40, 0.68, 46, 15), 7),
                            along("arm", [(70, 0.72), (130, 0.72), (170, 0.72)], [13, 11, 7]))),
        "back": zone(patch("arm", 40, 0.68, 46, 15),
                     union(grow(patch("arm", 40, 0.68, 46, 15), 7),
                           along("arm", [(70, 0.72), (130, 0.72), (170, 0.72)], [13, 11, 7]))),
        "right": zone(SIDE_MID_SHOULDER,
                      union(grow(SIDE_MID_SHOULDER, 4),
                            along("arm", [(80, 0.0), (140, 0.0), (180, 0.0)], [18, 14, 8]))),
    },
    "deltoid.posterior": {
        "back": zone(patch("arm", 35, 0.1, 44, 26),
                     union(grow(patch("arm", 35, 0.1, 44, 26), 6),
                           along("arm", [(70, 0.0), (130, 0.0), (170, 0.05)], [20, 15, 8]))),
        "right": zone(patch("arm", 38, 0.68, 44, 13),
                      union(grow(patch("arm", 38, 0.68, 44, 13), 4),
                            along("arm", [(70, 0.7), (130, 0.7), (170, 0.68)], [12, 10, 6]))),
    },
    # ---- biceps: the front of the shoulder, over the biceps, the crook of the elbow ----------
    "biceps-brachii.lower": {
        "front": zone(
            union(patch("arm", 22, 0.05, 32, 27),
                  along("arm", [(40, 0.05), (100, 0.0), (160, 0.0)], [14, 9, 5])),
            union(grow(patch("arm", 22, 0.05, 32, 27), 7),
                  along("arm", [(60, 0.0), (150, 0.0), (228, 0.0)], [14, 12, 9]),
                  patch("arm", 250, 0.0, 22, 22))),
        "right": zone(
            union(SIDE_FRONT_SHOULDER,
                  along("arm", [(50, -0.7), (110, -0.7), (160, -0.7)], [10, 7, 5])),
            union(grow(SIDE_FRONT_SHOULDER, 4),
                  along("arm", [(70, -0.7), (150, -0.7), (215, -0.7)], [10, 9, 6]),
                  patch("arm", 255, -0.68, 24, 11))),
        "back": zone(None, blob(at("supraspinous-fossa", 6, -4), 40, 11, -10)),
    },
    # ---- brachialis: the back of the base of the thumb; front of elbow and shoulder ---------
    "brachialis.lower": {
        "back": zone(THUMB_WEB_BACK, grow(THUMB_WEB_BACK, 7)),
        "front": zone(None, union(patch("arm", 250, 0.0, 22, 22),
                                  along("arm", [(175, 0.1), (215, 0.05)], [7, 11]),
                                  patch("arm", 20, 0.1, 26, 22))),
        "right": zone(SIDE_THUMB,
                      union(grow(SIDE_THUMB, 6), patch("arm", 255, -0.62, 24, 13),
                            patch("arm", 25, -0.6, 26, 14))),
    },
    "brachialis.upper": {
        "back": zone(THUMB_WEB_BACK, grow(THUMB_WEB_BACK, 7)),
        "front": zone(None, union(patch("arm", 250, 0.0, 20, 20),
                                  along("arm", [(100, 0.15), (160, 0.1), (205, 0.05)],
                                        [9, 11, 8]),
                                  patch("arm", 20, 0.1, 28, 24))),
        "right": zone(SIDE_THUMB,
                      union(grow(SIDE_THUMB, 6), patch("arm", 255, -0.62, 22, 12),
                            along("arm", [(110, -0.6), (190, -0.6)], [9, 7]),
                            patch("arm", 25, -0.6, 28, 15))),
    },
    # ---- triceps --------------------------------------------------------------------------------
    "triceps-brachii.long-head": {
        "back": zone(
            union(patch("arm", 28, -0.05, 34, 26),
                  along("arm", [(40, -0.1), (120, -0.12), (200, -0.08)], [22, 18, 11])),
            union(grow(union(patch("arm", 28, -0.05, 34, 26),
                             along("arm", [(40, -0.1), (120, -0.12), (200, -0.08)],
                                   [22, 18, 11])), 5),
                  band([at("acromion", -24, 14), at("acromion", -70, -10),
                        at("neck-angle", 8, 2)], [5, 4, 8]),
                  blob(at("neck-angle", 0, 2), 14, 11),
                  along("arm", [(285, 0.0), (345, 0.0), (405, 0.05)], [15, 14, 9]))),
        "right": zone(
            union(SIDE_BACK_SHOULDER,
                  along("arm", [(40, 0.6), (120, 0.6), (200, 0.6)], [16, 14, 9])),
            union(grow(union(SIDE_BACK_SHOULDER,
                             along("arm", [(40, 0.6), (120, 0.6), (200, 0.6)], [16, 14, 9])), 6),
                  band([limb("arm", -8, 0.6), at("neck-angle", 8, 8)], [9, 10]),
                  along("arm", [(295, 0.6), (350, 0.6), (410, 0.6)], [12, 11, 8]))),
    },
    "triceps-brachii.lateral-head": {
        "back": zone(
            along("arm", [(75, 0.15), (140, 0.2), (205, 0.15)], [16, 20, 13]),
            union(grow(along("arm", [(75, 0.15), (140, 0.2), (205, 0.15)], [16, 20, 13]), 8),
                  along("arm", [(280, 0.05), (350, 0.0), (418, -0.1)], [14, 13, 9]),
                  along("ring", [(24, 0), (52, 0), (78, 0)], [7, 7, 6]),
                  along("little", [(20, 0), (42, 0), (62, 0)], [6, 6, 5]))),
        "right": zone(
            along("arm", [(80, 0.7), (140, 0.7), (205, 0.7)], [10, 12, 8]),
            union(grow(along("arm", [(80, 0.7), (140, 0.7), (205, 0.7)], [10, 12, 8]), 4),
                  along("arm", [(290, 0.7), (350, 0.7), (420, 0.7)], [10, 9, 7]))),
    },
    "triceps-brachii.outer-distal": {
        "back": zone(OUTER_ELBOW,
                     union(grow(OUTER_ELBOW, 6),
                           along("arm", [(265, 0.8), (330, 0.75), (395, 0.7)], [12, 10, 7]))),
        "front": zone(OUTER_ELBOW,
                      union(grow(OUTER_ELBOW, 6),
                            along("arm", [(265, 0.8), (330, 0.75), (395, 0.7)], [12, 10, 7]))),
        "right": zone(SIDE_OUTER_ELBOW,
                      union(grow(SIDE_OUTER_ELBOW, 6),
                            along("arm", [(275, 0.0), (340, -0.05), (405, -0.1)], [13, 11, 7]))),
    },
    "triceps-brachii.olecranon": {
        "back": zone(blob("olecranon", 14, 17)),
        "right": zone(blob("olecranon", 11, 15)),
    },
    "triceps-brachii.inner-distal": {
        "front": zone(INNER_ELBOW,
                      union(grow(INNER_ELBOW, 6),
                            along("arm", [(270, -0.8), (340, -0.75), (410, -0.7)], [11, 10, 7]),
                            along("ring", [(24, 0), (52, 0), (80, 0)], [7, 7, 6]),
                            along("little", [(20, 0), (42, 0), (64, 0)], [6, 6, 5]))),
        "back": zone(INNER_ELBOW,
                     union(grow(INNER_ELBOW, 6),
                           along("arm", [(270, -0.8), (340, -0.75), (410, -0.7)], [11, 10, 7]))),
    },
    # ---- forearm extensors and brachioradialis: outer elbow, back of forearm, web of thumb ---
    "brachioradialis.upper": {
        "back": zone(BR_HAND,
                     union(grow(BR_HAND, 6),
                           OUTER_ELBOW,
                           along("arm", [(250, 0.85), (320, 0.75), (395, 0.65)], [13, 11, 8]))),
        "front": zone(None, union(OUTER_ELBOW,
                                  along("arm", [(250, 0.85), (320, 0.75), (395, 0.65)],
                                        [13, 11, 8]))),
        "right": zone(SIDE_THUMB,
                      union(grow(SIDE_THUMB, 6), SIDE_OUTER_ELBOW,
                            along("arm", [(275, 0.0), (340, -0.05), (405, -0.1)],
                                  [13, 11, 7]))),
    },
    "supinator.front": {
        # The web of the thumb on the chart runs from between the knuckles back to the thumb's root.
        "back": zone(union(OUTER_ELBOW, SUPINATOR_WEB),
                     union(grow(OUTER_ELBOW, 7), grow(SUPINATOR_WEB, 6),
                           along("arm", [(270, 0.42), (330, 0.35), (395, 0.3)], [12, 11, 8]))),
        "front": zone(OUTER_ELBOW, grow(OUTER_ELBOW, 7)),
        "right": zone(SIDE_OUTER_ELBOW, grow(SIDE_OUTER_ELBOW, 7)),
    },
    "wrist-extensors.longus": {
        "back": zone(union(OUTER_ELBOW, patch("palm", 28, 0.5, 22, 13)),
                     union(grow(OUTER_ELBOW, 7), grow(patch("palm", 28, 0.5, 22, 13), 6),
                           along("arm", [(265, 0.78), (340, 0.7), (415, 0.6)], [12, 11, 9]),
                           patch("arm", 430, 0.45, 12, 13))),
        "front": zone(OUTER_ELBOW,
                      union(grow(OUTER_ELBOW, 7),
                            along("arm", [(265, 0.78), (340, 0.7), (410, 0.62)], [12, 11, 8]))),
        "right": zone(SIDE_OUTER_ELBOW,
                      union(grow(SIDE_OUTER_ELBOW, 7),
                            along("arm", [(275, 0.0), (340, -0.05), (410, -0.05)],
                                  [13, 11, 8]))),
    },
    "wrist-extensors.brevis": {
        "back": zone(union(patch("arm", 430, 0.0, 13, 24), patch("palm", 38, 0.05, 34, 22)),
                     union(grow(union(patch("arm", 430, 0.0, 13, 24),
                                      patch("palm", 38, 0.05, 34, 22)), 6),
                           along("arm", [(305, 0.05), (360, 0.0), (415, 0.0)], [9, 12, 14]))),
        "right": zone(union(patch("arm", 448, 0.55, 12, 12), along("palm", [(6, 0.5), (50, 0.5)], 8)),
                      along("arm", [(360, 0.6), (425, 0.6)], [7, 10])),
    },
    "wrist-extensors.ulnaris": {
        "back": zone(patch("arm", 430, -0.55, 13, 13),
                     union(grow(patch("arm", 430, -0.55, 13, 13), 6),
                           patch("palm", 28, -0.6, 22, 12))),
    },
    # ---- forearm flexors: front of the wrist, the palm ----------------------------------------
    "wrist-flexors.radialis": {
        "front": zone(patch("arm", 430, 0.25, 12, 18),
                      union(grow(patch("arm", 430, 0.25, 12, 18), 6),
                            patch("palm", 26, 0.15, 22, 18),
                            along("arm", [(360, 0.2), (410, 0.22)], [8, 11]))),
    },
    "wrist-flexors.ulnaris": {
        "front": zone(patch("arm", 430, -0.5, 12, 15),
                      union(grow(patch("arm", 430, -0.5, 12, 15), 6),
                            along("arm", [(360, -0.7), (410, -0.65)], [7, 10]),
                            patch("palm", 24, -0.55, 18, 12))),
    },
    "wrist-flexors.palmaris": {
        "front": zone(patch("palm", 52, -0.05, 36, 25),
                      union(grow(patch("palm", 52, -0.05, 36, 25), 7),
                            along("arm", [(330, 0.0), (385, 0.0), (428, 0.0)], [8, 11, 13]))),
        "right": zone(along("palm", [(2, -0.5), (24, -0.5)], [8, 7]),
                      along("arm", [(400, -0.6), (445, -0.6)], [6, 9])),
    },
    # ---- finger extensors: back of forearm and hand to the finger of the slip -----------------
    "finger-extensors.middle": {
        "back": zone(
            union(along("arm", [(300, 0.0), (365, 0.0), (430, 0.0)], [9, 12, 14]),
                  patch("palm", 48, 0.08, 50, 18),
                  along("middle", [(10, 0), (50, 0), (86, 0)], [9, 8, 7])),
            union(grow(union(along("arm", [(300, 0.0), (365, 0.0), (430, 0.0)], [9, 12, 14]),
                             patch("palm", 48, 0.08, 50, 18),
                             along("middle", [(10, 0), (50, 0), (86, 0)], [9, 8, 7])), 6),
                  OUTER_ELBOW)),
    },
    "finger-extensors.ring": {
        "back": zone(
            union(patch("palm", 66, -0.3, 32, 13), along("ring", [(10, 0), (46, 0), (80, 0)],
                                                        [9, 8, 7])),
            union(grow(union(patch("palm", 66, -0.3, 32, 13),
                             along("ring", [(10, 0), (46, 0), (80, 0)], [9, 8, 7])), 6),
                  along("arm", [(330, -0.2), (395, -0.2), (432, -0.2)], [8, 10, 11]))),
    },
    "finger-extensors.index": {
        "back": zone(
            union(patch("arm", 432, 0.25, 13, 15), patch("palm", 40, 0.4, 34, 14)),
            union(grow(union(patch("arm", 432, 0.25, 13, 15), patch("palm", 40, 0.4, 34, 14)),
                       6),
                  along("index", [(12, 0), (44, 0), (74, 0)], [8, 7, 6]))),
    },
    # ---- finger flexors: the fingers, the thumb --------------------------------------------
    "finger-flexors.digitorum": {
        "front": zone(
            union(along("middle", [(18, 0), (55, 0), (90, 0)], [9, 8, 7]),
                  along("ring", [(18, 0), (52, 0), (85, 0)], [8, 8, 7])),
            union(patch("palm", 97, -0.1, 18, 32),
                  along("index", [(22, 0), (50, 0)], [7, 6]))),
    },
    "finger-flexors.pollicis": {
        "front": zone(along("thumb", [(60, 0), (82, 0), (104, 0)], [11, 10, 9])),
        "right": zone(along("thumb", [(16, 0), (45, 0), (74, 0)], [10, 9, 8])),
    },
    # ---- rotator cuff and teres major: the back of the shoulder and arm ---------------------
    "subscapularis.lateral": {
        "back": zone(union(BACK_SHOULDER, wrist_band()),
                     union(grow(BACK_SHOULDER, 8),
                           blob(at("infraspinous-fossa", 22, 4), 30, 24, -30),
                           along("arm", [(70, 0.0), (150, 0.0), (215, 0.0)], [18, 13, 7]))),
        "front": zone(None, wrist_band(416, 444)),
        "right": zone(union(SIDE_BACK_SHOULDER, strip("arm", 434, 458, 0.0, 1.25, soft=5)),
                      union(grow(SIDE_BACK_SHOULDER, 7), strip("arm", 434, 458, -1.25, 0.3, soft=3),
                            along("arm", [(80, 0.6), (150, 0.6), (210, 0.6)], [14, 11, 7]))),
    },
    "subscapularis.upper": {
        "back": zone(union(grow(BACK_SHOULDER, -3), wrist_band(420, 440)),
                     union(grow(BACK_SHOULDER, 6),
                           blob(at("infraspinous-fossa", 16, -8), 30, 22, -30),
                           along("arm", [(70, 0.0), (140, 0.0), (200, 0.0)], [17, 12, 7]))),
        "front": zone(None, wrist_band(418, 442)),
        "right": zone(union(SIDE_BACK_SHOULDER, strip("arm", 436, 456, 0.0, 1.25, soft=5)),
                      union(grow(SIDE_BACK_SHOULDER, 6), strip("arm", 436, 456, -1.25, 0.3, soft=3),
                            along("arm", [(80, 0.6), (140, 0.6), (200, 0.6)], [13, 10, 6]))),
    },
    "teres-minor.central": {
        "back": zone(patch("arm", 45, 0.05, 30, 23),
                     union(grow(patch("arm", 45, 0.05, 30, 23), 9),
                           along("arm", [(80, 0.05), (130, 0.05)], [16, 9]))),
        "right": zone(patch("arm", 48, 0.6, 28, 14),
                      union(grow(patch("arm", 48, 0.6, 28, 14), 4),
                            along("arm", [(80, 0.6), (130, 0.6)], [12, 7]))),
    },
    "teres-major.lower": {
        "back": zone(
            union(patch("arm", 32, -0.05, 34, 27),
                  along("arm", [(60, -0.12), (120, -0.15), (175, -0.12)], [18, 15, 9])),
            union(grow(union(patch("arm", 32, -0.05, 34, 27),
                             along("arm", [(60, -0.12), (120, -0.15), (175, -0.12)],
                                   [18, 15, 9])), 8),
                  along("arm", [(290, 0.0), (345, 0.05), (395, 0.05)], [12, 11, 7]))),
        "right": zone(
            union(SIDE_BACK_SHOULDER, along("arm", [(60, 0.6), (120, 0.6), (175, 0.6)],
                                            [14, 12, 7])),
            union(grow(union(SIDE_BACK_SHOULDER,
                             along("arm", [(60, 0.6), (120, 0.6), (175, 0.6)], [14, 12, 7])), 7),
                  along("arm", [(300, 0.6), (350, 0.6), (400, 0.6)], [10, 9, 6]))),
    },
    "teres-major.armpit-fold": {
        "back": zone(
            union(patch("arm", 30, -0.05, 36, 28),
                  along("arm", [(60, -0.1), (120, -0.12), (170, -0.1)], [18, 14, 8])),
            union(grow(union(patch("arm", 30, -0.05, 36, 28),
                             along("arm", [(60, -0.1), (120, -0.12), (170, -0.1)],
                                   [18, 14, 8])), 8),
                  along("arm", [(290, 0.0), (345, 0.05), (395, 0.05)], [12, 11, 7]))),
        "right": zone(
            union(SIDE_BACK_SHOULDER, along("arm", [(60, 0.6), (120, 0.6), (170, 0.6)],
                                            [14, 12, 7])),
            union(grow(union(SIDE_BACK_SHOULDER,
                             along("arm", [(60, 0.6), (120, 0.6), (170, 0.6)], [14, 12, 7])), 7),
                  along("arm", [(300, 0.6), (350, 0.6), (400, 0.6)], [10, 9, 6]))),
    },
    # ---- latissimus dorsi: the lower tip of the blade, down the inner arm; front of shoulder --
    "latissimus-dorsi.armpit": {
        "back": zone(
            LAT_ANGLE,
            union(grow(LAT_ANGLE, 7),
                  band([at("scapula-inferior-angle", -10, 2), at("T8", 46, 4), at("T8", 24, 6)],
                       [12, 9, 7]),
                  patch("arm", 28, -0.25, 28, 22),
                  along("arm", [(40, -0.3), (120, -0.55)] + INNER_ARM[1:],
                        [14, 13, 12, 11, 10, 8]))),
        "front": zone(None, union(along("arm", INNER_ARM[1:], [12, 11, 10, 9]), ULNAR_HAND)),
    },
    "latissimus-dorsi.lower": {
        "front": zone(patch("arm", 34, 0.15, 32, 22), grow(patch("arm", 34, 0.15, 32, 22), 5)),
        "right": zone(SIDE_FRONT_SHOULDER,
                      union(grow(SIDE_FRONT_SHOULDER, 4),
                            blob(at("lowest-rib", 14, 40), 24, 34, 0))),
    },
    # ---- serratus anterior: side of the chest at ribs 5-6, the lower blade, the inner arm ---
    "serratus-anterior.side": {
        "right": zone(
            outline(at("nipple", -70, 0), at("nipple", -40, -12), at("nipple", -16, 2),
                    at("nipple", -20, 30), at("nipple", -48, 44), at("nipple", -72, 30)),
            grow(outline(at("nipple", -70, 0), at("nipple", -40, -12), at("nipple", -16, 2),
                         at("nipple", -20, 30), at("nipple", -48, 44), at("nipple", -72, 30)),
                 11)),
        "front": zone(blob(at("nipple", 46, 22), 16, 28),
                      union(grow(blob(at("nipple", 46, 22), 16, 28), 8),
                            along("arm", INNER_ARM, [12, 11, 10, 9, 8]),
                            patch("palm", 45, -0.6, 30, 14), ULNAR_HAND)),
        "back": zone(follow(["medial-border-mid", "medial-border-lower", "scapula-inferior-angle"],
                            458, 500, 8, 6, 6),
                     grow(follow(["medial-border-mid", "medial-border-lower",
                                  "scapula-inferior-angle"], 452, 504, 8, 6, 5), 6)),
    },
    # ---- pectoralis major and minor ----------------------------------------------------------
    "pectoralis-major.clavicular": {
        "front": zone(union(patch("arm", 22, 0.0, 32, 28), blob(at("clavicle-lateral", -26, 24), 22, 11)),
                      union(grow(union(patch("arm", 22, 0.0, 32, 28),
                                       blob(at("clavicle-lateral", -26, 24), 22, 11)), 7),
                            band([at("clavicle-lateral", -4, 8), at("clavicle-mid", 10, 10)],
                                 [9, 7]))),
        "right": zone(SIDE_FRONT_SHOULDER, grow(SIDE_FRONT_SHOULDER, 4)),
    },
    "pectoralis-major.sternal": {
        "front": zone(
            union(PEC_CHEST, along("arm", [(10, -0.7), (90, -0.72), (170, -0.75)], [14, 12, 9])),
            union(grow(PEC_CHEST, 8), INNER_ELBOW,
                  along("arm", [(170, -0.75), (245, -0.85), (340, -0.75), (425, -0.7)],
                        [10, 11, 10, 8]),
                  ULNAR_HAND)),
    },
    "pectoralis-major.costal": {
        "front": zone(blob(at("nipple", 8, 8), 34, 24, -15),
                      union(grow(blob(at("nipple", 8, 8), 34, 24, -15), 8),
                            blob(at("nipple", 20, -30), 26, 14, -20))),
    },
    "pectoralis-major.parasternal": {
        "front": zone(band([at("sternal-notch", 2, 22), at("sternum-mid", 2, 0),
                            at("xiphoid", 2, -30)], [10, 11, 9]),
                      band([at("sternal-notch", 14, 30), at("sternum-mid", 18, 0),
                            at("xiphoid", 14, -40)], [12, 14, 9])),
    },
    "pectoralis-minor.upper": {
        "front": zone(union(patch("arm", 26, 0.05, 32, 27), PEC_MINOR_CHEST),
                      union(grow(union(patch("arm", 26, 0.05, 32, 27), PEC_MINOR_CHEST), 6),
                            blob(at("nipple", 14, -16), 36, 26, -25),
                            along("arm", [(60, -0.7)] + INNER_ARM[1:], [12, 11, 10, 9, 8]),
                            ULNAR_HAND,
                            along("middle", [(22, 0), (55, 0), (88, 0)], [7, 7, 6]))),
        "right": zone(SIDE_FRONT_SHOULDER, grow(SIDE_FRONT_SHOULDER, 4)),
    },
    "pectoralis-minor.lower": {
        "front": zone(union(patch("arm", 24, 0.0, 30, 26), grow(PEC_MINOR_CHEST, -3)),
                      union(grow(union(patch("arm", 24, 0.0, 30, 26), PEC_MINOR_CHEST), 7),
                            blob(at("nipple", 14, -14), 36, 27, -25),
                            along("arm", [(60, -0.7)] + INNER_ARM[1:], [12, 11, 10, 9, 8]),
                            ULNAR_HAND,
                            along("middle", [(22, 0), (55, 0), (88, 0)], [7, 7, 6]))),
        "right": zone(SIDE_FRONT_SHOULDER, grow(SIDE_FRONT_SHOULDER, 4)),
    },
}
