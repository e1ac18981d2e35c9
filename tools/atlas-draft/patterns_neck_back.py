"""Referral patterns: neck, upper back, shoulder blade and the erector spinae strips.

Drawn after the charts of Travell & Simons (Myofascial Pain and Dysfunction) and Davies (The
Trigger Point Therapy Workbook), within the regions each point's <referral> names in
content/muscles/<id>.xml. Coordinates (anchors.py): back and front views (u, y), u from the
midline toward the person's right; right view (x, y) of the side figure, the face toward +x.
Limb points are (s, t): on the front figure t > 0 is the outer (thumb) side, on the side figure
the back. Essential is the solid core of the chart, spillover the stippled surround; where
they overlap the generator keeps essential."""
from patterns import along, at, band, blob, clip, fill, follow, grow, limb, outline, patch, union, zone

# ---- shared pieces ----------------------------------------------------------------------------
# Back view: the inner (vertebral) border of the shoulder blade, superior to inferior angle.
MEDIAL_BORDER = ["scapula-superior-angle", "medial-border-upper", "medial-border-mid",
                 "medial-border-lower", "scapula-inferior-angle"]


def inner_border(y_from, y_to, w_from, w_to, shift):
    """Back view: a band along the inner border of the blade between two levels; shift < 0
    moves it toward the spine, > 0 onto the blade."""
    return follow(MEDIAL_BORDER, y_from, y_to, w_from, w_to, shift)


# Back view: over the supraspinous fossa, above the spine of the blade.
SUPRASCAPULAR = outline(at("scapula-superior-angle", 2, -4), at("supraspinous-fossa", -10, -19),
                        at("supraspinous-fossa", 30, -25), at("acromion", -10, -12),
                        at("acromion", -4, 6), at("scapula-spine-mid", 20, -2),
                        at("scapula-spine-mid", -8, 6), at("scapula-spine-root", 4, -2))
# Back view: the back of the shoulder (posterior deltoid, over the back of the joint).
BACK_SHOULDER = patch("arm", 34, 0.05, 26, 18)
# Right view: the same, behind the top of the arm.
SIDE_BACK_SHOULDER = patch("arm", 34, 0.6, 26, 13)

# ---- levator scapulae: the angle of the neck; down the inner border of the blade -------------
LEVATOR_BACK = outline(at("neck-side-C4", -18, 4), at("neck-side-C4", -2, -2), (62, 280),
                       (84, 296), (92, 312), (78, 328), at("scapula-superior-angle", -2, 0),
                       (44, 330), (30, 312), (24, 290))
# Back view: the solid area also runs down the upper third of the blade's inner border, as
# Davies draws it (Travell & Simons shade the border lighter; both put the ache there).
LEVATOR_UPPER_BORDER = union(LEVATOR_BACK, inner_border(330, 404, 11, 7, -2))
# Right view: the angle of the neck seen from the side, from the back edge at C5 down to the
# top corner of the blade, kept below the side of the neck.
LEVATOR_SIDE = outline(at("C5", -2, -10), (362, 266), (376, 283), (384, 300), (381, 319),
                       (368, 331), at("scapula-superior-angle", 2, -1), at("T1", 3, -4),
                       at("C7", -3, 0), at("C6", -3, -2))
# Right view: the same for the corner point, which does not reach up into the back of the neck.
LEVATOR_SIDE_LOW = outline(at("C6", -3, -6), (364, 281), (378, 289), (384, 302), (381, 319),
                           (368, 331), at("scapula-superior-angle", 2, -1), at("T1", 3, -4),
                           at("C7", -3, 0))
# Right view: the inner border of the blade seen edge-on, a strip along the back from T1 down.
SIDE_INNER_BORDER = band([at("T1", 6), at("T3", 5), at("T5", 4)], [9, 8, 5])
# ---- upper trapezius: the question mark from the neck up behind the ear to the temple --------
QUESTION_MARK = [at("neck-angle", 6, -4), at("side-neck", -12, 10), at("mastoid", -2, 6),
                 at("behind-ear", -4, -4), at("above-ear", -12, 6), at("above-ear", 2, 4),
                 at("temple", 4, 8)]
QUESTION_WIDTHS = [12, 12, 11, 8, 7, 8, 10]
# Back view: the lateral edge of the neck up to the mastoid; behind the ear it goes on as
# spillover (the ear and the occiput are spillover zones).
TRAPEZIUS_EDGE_BACK = band([at("neck-angle", 4, -4), at("neck-side-C6", 0, -10),
                            at("neck-side-C4", 2), at("mastoid", 2, 6), at("behind-ear", 6, -6)],
                           [11, 11, 10, 8, 6])
TRAPEZIUS_EDGE_BACK_UP = band([at("mastoid", 4, 0), at("behind-ear", 6, -10),
                               at("behind-ear", 8, -36)], [8, 7, 6])
# ---- upper trapezius, posterior fibres: up the back of the neck to the mastoid -------------
TRAPEZIUS_BACK = band([at("neck-angle", -14, -4), at("neck-side-C6", -18, -6),
                       at("neck-side-C4", -14, 0), at("side-neck", -12, -22),
                       at("mastoid", -6, 8), at("mastoid", 2, -6)], [8, 8, 7, 7, 7, 6])
TRAPEZIUS_BACK_SIDE = band([at("C6", 5), at("C4", 6), at("C3", 8, -4), at("mastoid", -10, 10),
                            at("mastoid", 0, -2)], [7, 7, 7, 7, 6])
# ---- serratus posterior superior: deep under the top of the blade, down the back of the arm --
SPS_UNDER_BLADE = outline(at("scapula-superior-angle", 8, 6), at("supraspinous-fossa", 0, 2),
                          at("glenoid", -14, -10), at("infraspinous-fossa", 20, -14),
                          at("infraspinous-fossa", -16, -10), at("medial-border-upper", 6, 6))
SPS_SIDE_ARM = along("arm", [(22, 0.75), (60, 0.7), (130, 0.62), (200, 0.55)], [11, 12, 11, 8])
# ---- suboccipitals: from under the skull round the side of the head to the eye ---------------
SUBOCCIPITAL_SIDE = [at("skull-base", -2, -4), at("occiput", 6, 16), at("ear-top", -20, -14),
                     at("temple", 0, 0), at("eye", -10, -2)]
SUBOCCIPITAL_FRONT = union(blob(at("temple", -2, 6), 11, 18), blob(at("eye", 8, -2), 14, 9))

PATTERNS = {
    "levator-scapulae.angle": {
        "back": zone(
            LEVATOR_UPPER_BORDER,
            union(grow(LEVATOR_BACK, 8), inner_border(330, 474, 13, 6, -3), BACK_SHOULDER)),
        "right": zone(
            LEVATOR_SIDE,
            union(grow(LEVATOR_SIDE, 5), SIDE_INNER_BORDER, SIDE_BACK_SHOULDER)),
    },
    "levator-scapulae.corner": {
        "back": zone(
            union(grow(LEVATOR_BACK, -3), inner_border(330, 404, 10, 6, -2)),
            union(grow(LEVATOR_BACK, 6), inner_border(330, 450, 13, 6, -3), SUPRASCAPULAR)),
        "right": zone(
            grow(LEVATOR_SIDE_LOW, -2),
            union(grow(LEVATOR_SIDE_LOW, 4), band([at("T1", 6), at("T3", 5)], [9, 6]))),
    },
    "upper-trapezius.front-edge": {
        "right": zone(
            union(band(QUESTION_MARK, QUESTION_WIDTHS), blob(at("temple", 10, 10), 24, 18, -15),
                  blob(at("jaw-angle", 0, 2), 11, 14, 30)),
            union(grow(band(QUESTION_MARK, QUESTION_WIDTHS), 7),
                  blob(at("temple", 12, 8), 34, 26, -10), blob(at("eye", -10, 2), 13, 11),
                  blob(at("jaw-angle", 8, 4), 19, 15, 20), blob(at("ear", 2, 8), 10, 16, 15))),
        "back": zone(TRAPEZIUS_EDGE_BACK,
                     union(grow(TRAPEZIUS_EDGE_BACK, 8), TRAPEZIUS_EDGE_BACK_UP)),
        "front": zone(
            union(blob(at("temple", 2, 4), 12, 24), blob(at("jaw-angle", 2, 0), 10, 12, 20),
                  band([at("side-neck", 12, 36), at("side-neck", 12, -4), at("jaw-angle", 6, 8)],
                       [6, 7, 7])),
            union(blob(at("temple", -2, 4), 16, 30), blob(at("eye", 10, 0), 10, 8),
                  blob(at("jaw-angle", -6, 6), 15, 13, 20))),
    },
    "upper-trapezius.back": {
        "back": zone(
            TRAPEZIUS_BACK,
            union(outline(at("skull-base", -6, -4), at("occiput", 4, 14), at("behind-ear", 0, 0),
                          at("mastoid", 6, 12), at("skull-base", 16, 12)),
                  grow(TRAPEZIUS_BACK, 5))),
        "right": zone(
            TRAPEZIUS_BACK_SIDE,
            union(outline(at("skull-base", -4, 4), at("occiput", 0, 20), at("occiput", 30, 22),
                          at("mastoid", -4, -10), at("mastoid", -12, 12)),
                  grow(TRAPEZIUS_BACK_SIDE, 4))),
    },
    # ---- middle trapezius: between blade and spine; the top of the shoulder --------------------
    "middle-trapezius.inner": {
        "back": zone(
            outline(at("T1", 8, 14), at("T1", 30, 16), at("scapula-spine-root", -16, -10),
                    at("scapula-spine-root", -8, 2), at("T3", 46, 0), at("T3", 26, 6),
                    at("T3", 8, 0)),
            union(grow(outline(at("T1", 8, 14), at("T1", 30, 16),
                               at("scapula-spine-root", -16, -10),
                               at("scapula-spine-root", -8, 2), at("T3", 46, 0),
                               at("T3", 26, 6), at("T3", 8, 0)), 7),
                  band([at("T2", 30), at("T1", 34, -4), at("neck-angle", -8, 4)], [8, 8, 7]))),
    },
    "middle-trapezius.outer": {
        "back": zone(
            union(blob(at("acromion", -8, 2), 20, 10, -8), blob(at("acromion", -32, 8), 10, 7)),
            union(grow(blob(at("acromion", -8, 2), 20, 10, -8), 6), BACK_SHOULDER)),
        "right": zone(
            blob(at("acromion", 4, -11), 18, 6, 14),
            union(grow(blob(at("acromion", 4, -11), 18, 6, 14), 4), SIDE_BACK_SHOULDER)),
    },
    # ---- lower trapezius: high neck and mastoid, over the blade; the inner border ---------------
    "lower-trapezius.lower": {
        "back": zone(
            union(band([at("mastoid", -4, 4), at("skull-base", 20, 14), at("neck-side-C4", -8, -6),
                        at("neck-side-C4", -12, 14)], [8, 9, 8, 6]),
                  grow(SUPRASCAPULAR, -2)),
            union(blob(at("acromion", -6, 2), 18, 10, -8), inner_border(345, 420, 9, 5, -4),
                  grow(band([at("mastoid", -4, 4), at("skull-base", 20, 14),
                             at("neck-side-C4", -8, -6), at("neck-side-C4", -12, 14)],
                            [8, 9, 8, 6]), 6),
                  grow(SUPRASCAPULAR, 5))),
        "right": zone(
            band([at("mastoid", -2, 2), at("C3", 9, -2), at("C5", 6)], [7, 7, 6]),
            union(blob(at("acromion", 4, -11), 16, 6, 14),
                  grow(band([at("mastoid", -2, 2), at("C3", 9, -2), at("C5", 6)], [7, 7, 6]),
                       4))),
    },
    "lower-trapezius.border": {
        "back": zone(
            inner_border(362, 452, 7, 5, -2),
            grow(inner_border(358, 470, 8, 6, 3), 7)),
    },
    # ---- rhomboids: along the inner border of the blade ------------------------------------------
    "rhomboids.upper": {
        "back": zone(
            inner_border(338, 424, 9, 7, -7),
            union(blob(at("supraspinous-fossa", -14, -2), 30, 12, -8),
                  grow(inner_border(336, 436, 9, 7, -7), 6))),
    },
    "rhomboids.lower": {
        "back": zone(
            inner_border(352, 480, 8, 7, -7),
            union(blob(at("supraspinous-fossa", -18, 0), 24, 10, -8),
                  grow(inner_border(348, 490, 8, 7, -7), 6))),
    },
    # ---- splenius: the top of the head; behind the eye; the angle of the neck -------------------
    "splenius-capitis.upper": {
        "back": zone(blob(at("vertex", 20, 12), 25, 17, 12)),
        "right": zone(blob(at("vertex", -6, 8), 27, 14, 8)),
        "front": zone(blob(at("vertex", 20, 8), 23, 13, -12)),
    },
    "splenius-cervicis.upper": {
        "front": zone(blob(at("eye", 2, -2), 15, 11),
                      union(blob(at("temple", -4, 10), 12, 22), blob(at("eye", 2, -2), 20, 16))),
        "right": zone(blob(at("eye", -8, 0), 14, 12),
                      union(band([at("occiput", -6, 4), at("above-ear", -20, 8),
                                  at("temple", 10, 12), at("eye", -8, 0)], [15, 13, 14, 12]),
                            blob(at("eye", -8, 0), 19, 16))),
        "back": zone(None, outline(at("occiput", -22, -28), at("occiput", 6, -42),
                                   at("occiput", 26, -24), at("occiput", 28, 12),
                                   at("occiput", 8, 28), at("occiput", -20, 18))),
    },
    "splenius-cervicis.lower": {
        "back": zone(
            outline(at("neck-angle", -24, -14), at("neck-angle", -4, -16), at("neck-angle", 14, -4),
                    at("neck-angle", 16, 12), at("neck-angle", -2, 22), at("neck-angle", -22, 18),
                    at("neck-angle", -28, 2)),
            union(grow(outline(at("neck-angle", -24, -14), at("neck-angle", -4, -16),
                               at("neck-angle", 14, -4), at("neck-angle", 16, 12),
                               at("neck-angle", -2, 22), at("neck-angle", -22, 18),
                               at("neck-angle", -28, 2)), 6),
                  band([at("C7", 14), at("C5", 16), at("C3", 16)], [10, 9, 7]))),
        "right": zone(
            grow(LEVATOR_SIDE, -4),
            union(grow(LEVATOR_SIDE, 4), band([at("C6", 6), at("C4", 8), at("C2", 8)], [9, 9, 7]))),
    },
    # ---- semispinalis capitis: a band round the head to temple and forehead; the occiput -------
    "semispinalis-capitis.upper": {
        "right": zone(
            band([at("occiput", -2, -6), at("crown", 22, 36), at("temple", 0, -6),
                  at("forehead", -8, 6)], [12, 14, 17, 12]),
            union(blob(at("eyebrow", -2, 0), 13, 7),
                  grow(band([at("occiput", -2, -6), at("crown", 22, 36), at("temple", 0, -6),
                             at("forehead", -8, 6)], [12, 14, 17, 12]), 6),
                  blob(at("skull-base", 4, -6), 16, 9, 30))),
        "front": zone(
            band([at("temple", 6, 0), at("forehead", 18, 16), at("forehead", 2, 16)],
                 [16, 13, 11]),
            union(blob(at("eyebrow", 0, 0), 17, 6, -4),
                  grow(band([at("temple", 6, 0), at("forehead", 18, 16),
                             at("forehead", 2, 16)], [16, 13, 11]), 5))),
        "back": zone(
            band([at("skull-base", -8, -6), at("occiput", 10, 0), at("occiput", 32, -26)],
                 [10, 13, 13]),
            union(blob(at("skull-base", -6, 2), 18, 9),
                  grow(band([at("skull-base", -8, -6), at("occiput", 10, 0),
                             at("occiput", 32, -26)], [10, 13, 13]), 5))),
    },
    "semispinalis-capitis.middle": {
        "back": zone(
            outline(at("skull-base", -20, 6), at("skull-base", 4, 6), at("occiput", 12, 40),
                    at("occiput", 12, 0), at("occiput", 2, -30), at("occiput", -16, -36),
                    at("occiput", -26, -10)),
            union(blob(at("crown", -4, 14), 20, 20),
                  band([at("C2", 10), at("C4", 12)], [8, 7]),
                  grow(outline(at("skull-base", -20, 6), at("skull-base", 4, 6),
                               at("occiput", 12, 40), at("occiput", 12, 0),
                               at("occiput", 2, -30), at("occiput", -16, -36),
                               at("occiput", -26, -10)), 6))),
        "right": zone(
            outline(at("skull-base", -8, 4), at("skull-base", 10, -4), at("occiput", 20, 30),
                    at("occiput", 18, -10), at("occiput", 4, -36), at("occiput", -20, -30)),
            union(blob(at("crown", 4, 14), 24, 16, 30), band([at("C2", 4), at("C4", 6)], [8, 8]),
                  grow(outline(at("skull-base", -8, 4), at("skull-base", 10, -4),
                               at("occiput", 20, 30), at("occiput", 18, -10),
                               at("occiput", 4, -36), at("occiput", -20, -30)), 6))),
    },
    # ---- deep neck: cervical multifidi and the suboccipitals -------------------------------------
    "cervical-multifidi.mid-neck": {
        "back": zone(
            union(blob(at("skull-base", -8, 2), 18, 10),
                  band([at("C1", 12), at("C3", 13), at("C5", 12)], [9, 10, 8])),
            band([at("C5", 13), at("C7", 18, -4), at("T1", 34, -8),
                  at("scapula-superior-angle", -4, 6), at("medial-border-upper", -4, 0)],
                 [8, 10, 10, 9, 6])),
        "right": zone(
            union(blob(at("skull-base", 4, 0), 14, 9, 20),
                  band([at("C2", 6), at("C4", 7), at("C5", 6)], [8, 9, 7])),
            band([at("C5", 8), at("C7", 10), at("neck-angle", -2, 14)], [8, 10, 9])),
    },
    "rectus-capitis-posterior.center": {
        "back": zone(outline(at("skull-base", -20, 8), at("skull-base", 4, 8),
                             at("occipital-ridge", 12, -2), at("occiput", 20, 10),
                             at("occiput", 18, -6), at("occiput", 6, -4),
                             at("occipital-ridge", -18, -12))),
        "right": zone(
            union(blob(at("skull-base", -2, -2), 14, 10, 30),
                  band(SUBOCCIPITAL_SIDE, [10, 10, 10, 11, 9])),
            grow(band([at("temple", -20, -10), at("forehead", 0, 10)], [11, 10]), 6)),
        "front": zone(SUBOCCIPITAL_FRONT, blob(at("forehead", 6, 8), 22, 11)),
    },
    "obliquus-capitis.lateral": {
        "back": zone(
            outline(at("skull-base", -8, 8), at("skull-base", 14, 8), at("mastoid", -6, 4),
                    at("occiput", 22, 6), at("occiput", 16, -4), at("occipital-ridge", -2, -14)),
            blob(at("mastoid", 0, 2), 9, 15)),
        "right": zone(
            union(blob(at("skull-base", 4, -2), 14, 10, 30),
                  band(SUBOCCIPITAL_SIDE, [10, 10, 10, 11, 9])),
            union(grow(band([at("temple", -20, -10), at("forehead", 0, 10)], [11, 10]), 6),
                  blob(at("mastoid", 0, 2), 10, 14))),
        "front": zone(SUBOCCIPITAL_FRONT, blob(at("forehead", 6, 8), 22, 11)),
    },
    # ---- serratus posterior superior: under the blade, back of the arm, little-finger side ------
    # the hand and the little finger are spillover zones (stippled) in the content
    "serratus-posterior-superior.under-blade": {
        "back": zone(
            union(SPS_UNDER_BLADE,
                  along("arm", [(15, 0.25), (60, 0.1), (130, -0.1), (200, -0.25)],
                        [18, 16, 13, 9])),
            union(patch("arm", 232, -0.15, 18, 15),
                  along("arm", [(250, -0.55), (330, -0.65), (425, -0.75)], [11, 10, 8]),
                  along("little", [(-6, 0), (40, 0), (80, 0)], [8, 8, 7]),
                  along("palm", [(10, -0.85), (60, -0.85), (115, -0.85)], [6, 7, 7]),
                  grow(SPS_UNDER_BLADE, 8))),
        "front": zone(
            None,
            union(blob("medial-epicondyle", 14, 14),
                  along("arm", [(260, -0.6), (340, -0.65), (425, -0.75)], [11, 10, 8]),
                  along("palm", [(10, -0.8), (60, -0.8), (115, -0.8)], [8, 9, 8]),
                  along("little", [(-6, 0), (40, 0), (80, 0)], [8, 8, 7]),
                  blob(at("clavicle-mid", 20, 56), 36, 22, 15))),
        "right": zone(
            SPS_SIDE_ARM,
            union(blob("olecranon", 14, 16), grow(SPS_SIDE_ARM, 5))),
    },
    # ---- rotator cuff ---------------------------------------------------------------------------
    "supraspinatus.medial": {
        "front": zone(
            union(patch("arm", 50, 0.55, 38, 20), blob(limb("arm", 245, 0.7), 13, 16)),
            union(along("arm", [(80, 0.75), (160, 0.8), (235, 0.85)], [10, 9, 9]),
                  along("arm", [(255, 0.8), (330, 0.7), (415, 0.65)], [9, 7, 5]))),
        "back": zone(
            union(patch("arm", 50, 0.55, 38, 20), blob(limb("arm", 245, 0.7), 13, 16)),
            union(along("arm", [(80, 0.75), (160, 0.8), (235, 0.85)], [10, 9, 9]),
                  along("arm", [(255, 0.8), (330, 0.7), (415, 0.65)], [9, 7, 5]))),
        "right": zone(
            union(patch("arm", 52, 0.0, 38, 24), blob("lateral-epicondyle", 14, 17)),
            union(along("arm", [(80, 0.0), (160, 0.0), (245, 0.0)], [12, 10, 10]),
                  along("arm", [(260, 0.0), (350, -0.1), (440, -0.2)], [10, 8, 6]))),
    },
    "supraspinatus.lateral": {
        "front": zone(patch("arm", 50, 0.55, 36, 19),
                      along("arm", [(70, 0.75), (130, 0.8), (190, 0.8)], [10, 9, 7])),
        "back": zone(patch("arm", 50, 0.55, 36, 19),
                     along("arm", [(70, 0.75), (130, 0.8), (190, 0.8)], [10, 9, 7])),
        "right": zone(patch("arm", 50, 0.0, 36, 22),
                      along("arm", [(70, 0.0), (130, 0.0), (190, 0.0)], [13, 11, 8])),
    },
    "infraspinatus.upper": {
        "front": zone(
            patch("arm", 42, 0.1, 46, 32),
            union(along("arm", [(70, 0.3), (150, 0.45), (230, 0.55)], [14, 12, 10]),
                  along("arm", [(255, 0.6), (340, 0.65), (420, 0.72)], [10, 9, 7]),
                  along("thumb", [(10, 0), (50, 0), (100, 0)], [10, 9, 8]))),
        "back": zone(
            None,
            union(along("arm", [(70, 0.6), (150, 0.65), (230, 0.7)], [11, 10, 9]),
                  along("arm", [(255, 0.65), (340, 0.62), (420, 0.6)], [10, 9, 7]),
                  along("palm", [(5, 0.75), (40, 0.8)], [8, 8]),
                  along("thumb", [(0, 0), (50, 0), (100, 0)], [10, 9, 8]),
                  band([at("C1", 12), at("C3", 14), at("C5", 14)], [7, 8, 6]))),
        "right": zone(
            patch("arm", 32, -0.78, 32, 12),
            union(along("arm", [(66, -0.5), (160, -0.3), (240, -0.2)], [13, 12, 10]),
                  along("arm", [(260, -0.2), (350, -0.3), (440, -0.4)], [10, 8, 6]))),
    },
    "infraspinatus.medial": {
        "back": zone(
            inner_border(380, 470, 8, 7, -4),
            union(grow(inner_border(376, 480, 8, 7, -2), 6),
                  blob(at("infraspinous-fossa", -22, 14), 16, 26))),
    },
    # ---- erector spinae and multifidi: strips beside the spine -----------------------------------
    "spinalis-thoracis.mid": {
        "back": zone(
            band([at("T8", 8), at("T10", 8), at("T12", 7)], [5, 7, 5]),
            band([at("T4", 8), at("T6", 8), at("T9", 8)], [4, 6, 7])),
    },
    "longissimus-thoracis.lower-thoracic": {
        "back": zone(
            outline(at("S1", 22), at("psis", 8, -4), at("iliac-crest-back", 30, 6),
                    at("iliac-crest-top", 16, 24), at("buttock-centre", 12, -14),
                    at("buttock-centre", -16, -8), at("S2", 18)),
            union(band([at("T12", 26), at("L2", 24), at("L4", 22), at("S1", 22)], [7, 9, 9, 10]),
                  blob("sacroiliac", 12, 16))),
        "right": zone(
            outline(at("psis", 8, 4), at("iliac-crest-back", 20, 14),
                    at("buttock-centre", 20, -20), at("buttock-centre", -8, -8),
                    at("psis", -8, 20))),
    },
    "longissimus-thoracis.upper-lumbar": {
        "back": zone(
            outline(at("S3", 20), at("buttock-centre", -4, -12), at("buttock-centre", 34, 8),
                    at("gluteal-fold", 40, -8), at("gluteal-fold", -10, -8), at("S5", 14)),
            union(outline(at("S1", 22), at("psis", 10, -4), at("buttock-centre", 20, -10),
                          at("buttock-centre", -20, 0)),
                  band([at("L1", 24), at("L3", 22), at("L5", 20)], [6, 7, 7]))),
        "right": zone(
            outline(at("buttock-centre", 4, -6), at("buttock-centre", 30, 14),
                    at("gluteal-fold", 30, -16), at("gluteal-fold", -6, -14))),
    },
    "iliocostalis-thoracis.mid": {
        "back": zone(
            outline(at("T4", 36), at("medial-border-upper", -4, 20), at("medial-border-mid", 6, 0),
                    at("medial-border-lower", 6, 6), at("scapula-inferior-angle", -6, 2),
                    at("T7", 48, 16), at("T7", 22, 6), at("T6", 26)),
            union(inner_border(350, 430, 7, 10, 2),
                  # out along the lower blade toward the side of the chest
                  band([at("T7", 56, 6), at("scapula-inferior-angle", 12, -24),
                        at("lateral-border-mid", -2, 22)], [10, 12, 9]),
                  # up over the blade toward the back of the shoulder
                  band([at("medial-border-mid", 12, -8), at("infraspinous-fossa", 8, -4),
                        at("glenoid", 4, 22), at("glenoid", 22, 26)], [9, 11, 10, 8]),
                  blob(at("scapula-inferior-angle", 6, -26), 22, 16, -20))),
        # the side view shows the back edge-on: only the spread round the chest wall, on the
        # regions the content names (it passes behind the hanging arm)
        "right": zone(
            None,
            clip(band([at("T7", 6, 4), at("armpit", -10, 74), at("armpit", 50, 86)],
                      [10, 15, 12]),
                 fill("upper-scapula-inner", "scapula-inner-edge", "scapula-body-upper",
                      "scapula-body-lower", "lower-scapula", "upper-side-chest",
                      "lower-side-chest", "lower-chest-outer", "front-lower-ribs-outer"))),
        "front": zone(
            None,
            band([at("rib-margin-side", 20, -110), at("nipple", 30, 40), at("nipple", -10, 54)],
                 [11, 13, 9])),
    },
    "iliocostalis-thoracis.lower": {
        "back": zone(
            outline(at("T12", 18, 12), at("T12", 60, 10), at("T10", 72),
                    at("scapula-inferior-angle", 10, -8), at("scapula-inferior-angle", -4, -18),
                    at("T8", 54), at("T10", 30), at("T11", 17)),
            union(band([at("L1", 40), at("L3", 36), at("L4", 30)], [10, 10, 8]),
                  band([at("T11", 52, 14), at("lowest-rib", 2, 0), at("lowest-rib", 26, 26)],
                       [9, 11, 10]))),
        "right": zone(
            clip(band([at("T10", 0, 2), at("T12", 3, 2)], [6, 7]), fill("lower-ribs-back-inner", "lower-ribs-back-outer")),
            clip(band([at("T12", 8, 6), at("lowest-rib", 40, 30), at("lowest-rib", 80, 50)],
                      [10, 15, 12]),
                 fill("lower-ribs-back-inner", "lower-ribs-back-outer", "outer-low-back",
                      "iliac-crest", "upper-flank", "lower-flank", "upper-abdomen-outer",
                      "lower-abdomen-outer"))),
        "front": zone(
            None,
            union(blob(at("navel", 52, -40), 28, 30), blob(at("navel", 46, 44), 24, 26))),
    },
    # essential low in the lumbar paraspinal strip and over the upper buttock; the streak down
    # from the trigger point, beside the spine, is spillover
    "iliocostalis-lumborum.upper": {
        "back": zone(
            union(band([at("L3", 24), at("L5", 26), at("psis", 4, 8)], [7, 8, 9]),
                  outline(at("psis", 6, 0), at("iliac-crest-top", 10, 12),
                          at("buttock-centre", 26, -4), at("buttock-centre", -8, 0),
                          at("S2", 24)), r=6),
            union(grow(band([at("L1", 54), at("L3", 50), at("iliac-crest-back", 0, 12)],
                            [9, 10, 10]), 9),
                  blob("sacroiliac", 12, 18),
                  outline(at("buttock-centre", -16, 0), at("buttock-centre", 40, 4),
                          at("gluteal-fold", 40, -12), at("gluteal-fold", -14, -10)))),
        # side view: the hanging hand lies over the front of the buttock; keep to the buttock
        "right": zone(
            clip(outline(at("psis", 6, 4), at("iliac-crest-back", 20, 14),
                         at("buttock-centre", 26, -16), at("buttock-centre", -6, -4),
                         at("psis", -8, 24)), fill("buttock-upper-outer")),
            clip(union(band([at("L1", 6), at("iliac-crest-back", 24, -20)], [9, 10]),
                       outline(at("buttock-centre", -4, 0), at("buttock-centre", 30, 10),
                               at("gluteal-fold", 30, -14), at("gluteal-fold", -8, -12))),
                 fill("outer-low-back", "iliac-crest", "buttock-upper-outer",
                      "buttock-lower-outer"))),
    },
    "multifidi-rotatores.thoracic": {
        "back": zone(
            band([at("T2", 8), at("T5", 9), at("T8", 8)], [5, 6, 5]),
            grow(band([at("T1", 11), at("T4", 16), at("T8", 12)], [6, 12, 7]), 5)),
    },
    "multifidi-rotatores.lumbar": {
        "back": zone(band([at("L1", 9), at("L3", 10), at("L5", 10)], [5, 7, 6])),
        "front": zone(
            None,
            union(blob(at("navel", 22, 50), 22, 32, 10), blob(at("navel", 34, -30), 16, 18))),
    },
    "multifidi-rotatores.sacral": {
        "back": zone(
            band([at("L5", 9), at("S2", 10), at("S4", 7), at("coccyx", 1, -8)], [6, 9, 7, 5]),
            union(band([at("S4", 5), at("coccyx", 1, -2)], [9, 7]),
                  blob(at("sacroiliac", -8, 10), 15, 20))),
    },
}
