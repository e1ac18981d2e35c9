"""Muscle outlines and trigger-point positions (phase 2 of the atlas).

Each muscle is drawn on the view where it is best seen, for the person's right side; the
generator mirrors it for the left. Outlines are built from the muscle's attachments: a sheet
muscle is a polygon through its origin and insertion landmarks (the borders between them are
its free edges), a strap or spindle muscle a tapered band along the line from origin to
insertion, thinning into its tendons. Corners are rounded by growing and shrinking the shape
(`soft`), so borders stay straight where the muscle's edge is straight.

Coordinates are those of the muscle's figure: front and back views in the front frame's (u, y)
(u = distance from the midline toward the person's right; the back view is "seen through" and
flipped later), limbs in their own (s, t) coordinates (distance along the limb, relative offset
across it: for the front figure t > 0 is the outer side, for the side figure t > 0 is the back),
the right view in its own (x, y), the soles in the right sole's (x, y).

Landmarks used on the back (front frame, u, y): skull base y = 200-210, C7 (0, 306), T12
(0, 588), L4 (0, 680); shoulder blade: superior angle (64, 336), root of the spine (66, 364),
spine to the acromion (172, 334), inferior angle (90, 503), lateral border up to (150, 393);
iliac crest (28, 700) - (148, 672); sacrum to (4, 795); gluteal fold y = 856; greater trochanter
(145, 775). On the front: clavicle (10, 323) - (172, 333), rib margin (0, 522) - (128, 612),
anterior superior iliac spine (100, 728), pubic tubercle (18, 795), kneecap (72, 1108).

Trigger points are placed as the <find> text of content/muscles/<id>.xml describes; a point the
table does not know yet (content added later) is put at the middle of its muscle's outline and
reported, so the table can be extended."""
import importlib

import numpy as np
from shapely.geometry import Polygon
from shapely.ops import unary_union

from geometry import Limb, blob
from figure import CX

DEEP, SUPERFICIAL = "deep", "superficial"


class Drawing:
    """One muscle on one view: outline, depth and trigger-point positions, in figure
    coordinates of that view (before mirroring)."""

    def __init__(self, view, depth, shape, points):
        self.view, self.depth, self.shape, self.points = view, depth, shape, points


def soft(points, r=3.0):
    """The polygon through points with its corners rounded by r: opening rounds the outer
    corners, closing the inner ones; straight borders stay straight."""
    g = Polygon(points).buffer(0)
    return g.buffer(-r, resolution=12).buffer(2 * r, resolution=12).buffer(-r, resolution=12)


def taper(points, widths, cap=0.5):
    """A band along a smooth line through points, `widths` (half-widths) at those points, so a
    belly can swell between thin tendon ends."""
    pts = np.asarray(points, float)
    run = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
    stations = [(r / run[-1], w, w) for r, w in zip(run, widths)]
    return Limb(points, stations, cap_start=cap, cap_end=cap).polygon()


# Muscles added after the first eighty live in their own modules, one per body area, each with
# a table(kit) returning {muscle id: [Drawing, ...]} built with the Kit's helpers.
EXTRA_MODULES = [
    "muscles_arm_hand",
    "muscles_trunk_pelvis",
    "muscles_foot_leg",
    "muscles_face_neck",
    "muscles_spine",
]


class Kit:
    """The authoring helpers of this module, for the tables of EXTRA_MODULES: the figures and
    their limbs, and shape builders in each figure's coordinates (see the module comment)."""

    def __init__(self, front, side, sole):
        self.front, self.side, self.sole = front, side, sole
        self.arm, self.leg = front.arm, front.leg
        self.sarm, self.sleg = side.arm, side.leg

    @staticmethod
    def F(points):
        """(u, y) points to front-frame points."""
        return [(CX - u, y) for u, y in points]

    def fb(self, points):
        """A smooth closed outline through (u, y) points."""
        return blob(self.F(points))

    @staticmethod
    def fp(u, y):
        """One (u, y) point in the front frame."""
        return (CX - u, y)

    @staticmethod
    def on(limb, points):
        """A smooth shape through a limb's (s, t) points."""
        return blob([limb.point(s, t) for s, t in points])

    @staticmethod
    def at(limb, s, t):
        """One point of a limb."""
        return limb.point(s, t)

    def fs(self, points, r=3.0):
        """A sheet through (u, y) points."""
        return soft(self.F(points), r)

    def ft(self, points, widths):
        """A tapered band through (u, y) points."""
        return taper(self.F(points), widths)

    @staticmethod
    def lt(limb, points, widths):
        """A tapered band through a limb's (s, t) points."""
        return taper([limb.point(s, t) for s, t in points], widths)

    @staticmethod
    def ls(limb, points, r=3.0):
        """A sheet through a limb's (s, t) points."""
        return soft([limb.point(s, t) for s, t in points], r)


def table(front, side, sole):
    """{muscle id: [Drawing, ...]} for the front figure, side figure and sole figure: the first
    eighty below, then those of EXTRA_MODULES."""
    kit = Kit(front, side, sole)
    d = first_table(kit)
    for name in EXTRA_MODULES:
        for mid, drawings in importlib.import_module(name).table(kit).items():
            if mid in d:
                raise ValueError(f"{name}: muscle {mid} is drawn twice")
            d[mid] = drawings
    return d


def first_table(k):
    """The first eighty muscles."""
    arm, sarm, sleg = k.arm, k.sarm, k.sleg
    F, fb, fp, on, at, fs, ft, lt, ls = k.F, k.fb, k.fp, k.on, k.at, k.fs, k.ft, k.lt, k.ls

    d = {}
    # ---- head and face (right view) ---------------------------------------------------------
    # Temporalis: the fan of the temple converging under the cheekbone onto the jaw.
    d["temporalis"] = [Drawing("right", SUPERFICIAL, blob([
        (430, 168), (446, 158), (450, 130), (444, 104), (425, 88), (398, 83), (372, 90),
        (357, 108), (358, 128), (374, 137), (392, 131), (408, 140), (418, 162)]),
        {"anterior": (437, 153), "mid-anterior": (424, 140), "mid-posterior": (413, 128),
         "posterior": (390, 113)})]
    # Masseter: from the cheekbone arch down to the angle and lower edge of the jaw.
    d["masseter"] = [Drawing("right", SUPERFICIAL, soft([
        (425, 165), (457, 163), (461, 200), (458, 242), (440, 249), (426, 238), (419, 200)], 4),
        {"upper": (444, 175), "middle": (444, 205), "lower": (438, 236), "deep": (430, 176)})]
    d["lateral-pterygoid"] = [Drawing("right", DEEP, soft([
        (418, 168), (450, 165), (454, 184), (422, 190)], 3),
        {"superior": (437, 173), "inferior": (438, 182)})]
    d["medial-pterygoid"] = [Drawing("right", DEEP, soft([
        (423, 193), (446, 197), (451, 240), (434, 248), (420, 228)], 3),
        {"angle": (437, 234)})]
    # Digastric: posterior belly from behind the ear, tendon at the hyoid, anterior belly to the
    # chin.
    d["digastric"] = [Drawing("right", SUPERFICIAL, taper(
        [(390, 203), (410, 228), (432, 252), (452, 256), (471, 250)], [5, 6.5, 3, 6, 3.5]),
        {"posterior": (402, 218), "anterior": (462, 253)})]
    d["frontalis"] = [Drawing("front", SUPERFICIAL, fb([
        (4, 86), (40, 84), (52, 98), (51, 124), (35, 126), (10, 129), (3, 118)]),
        {"brow": fp(18, 115)})]
    d["occipitalis"] = [Drawing("back", SUPERFICIAL, fb([
        (16, 150), (46, 142), (60, 160), (56, 190), (30, 196), (16, 186)]),
        {"belly": fp(34, 176)})]
    # ---- neck (right view) ------------------------------------------------------------------
    # Sternocleidomastoid: from the mastoid behind the ear, its sternal head to the top of the
    # breastbone, its clavicular head to the inner collarbone.
    d["sternocleidomastoid"] = [Drawing("right", SUPERFICIAL, unary_union([
        taper([(393, 198), (410, 238), (428, 284), (443, 318)], [10, 9, 8, 4.5]),
        taper([(399, 214), (413, 256), (424, 296), (430, 326)], [4, 7, 8.5, 7])]),
        {"sternal-low": (433, 300), "sternal-mid": (420, 265), "sternal-high": (398, 212),
         "clavicular": (421, 292)})]
    # Scalenes: from the transverse processes of the neck down to the first and second ribs.
    d["anterior-scalene"] = [Drawing("right", DEEP, taper(
        [(404, 238), (416, 280), (429, 320)], [4, 6.5, 4]), {"lower": (423, 300)})]
    d["middle-scalene"] = [Drawing("right", DEEP, taper(
        [(394, 228), (405, 275), (418, 324)], [4, 7, 5]), {"belly": (404, 266)})]
    d["posterior-scalene"] = [Drawing("right", DEEP, taper(
        [(386, 252), (396, 290), (407, 326)], [3.5, 6, 4]), {"lower": (402, 308)})]
    # ---- neck (back view) -------------------------------------------------------------------
    # Splenius capitis: from the spines of C7-T3 up and out to the mastoid.
    d["splenius-capitis"] = [Drawing("back", DEEP, fs([
        (2, 338), (2, 290), (20, 240), (38, 208), (58, 200), (60, 214), (42, 240), (24, 290),
        (12, 334)], 2), {"upper": fp(46, 212)})]
    # Splenius cervicis: from the spines of T3-T6 up to the transverse processes of C1-C3.
    d["splenius-cervicis"] = [Drawing("back", DEEP, fs([
        (2, 422), (2, 350), (14, 290), (23, 226), (35, 224), (33, 262), (21, 330), (11, 422)],
        2), {"upper": fp(29, 246), "lower": fp(19, 302)})]
    d["semispinalis-capitis"] = [Drawing("back", DEEP, fs([
        (2, 204), (27, 204), (25, 250), (19, 300), (10, 332), (2, 332)], 2),
        {"upper": fp(16, 222), "middle": fp(11, 250)})]
    d["rectus-capitis-posterior"] = [Drawing("back", DEEP, fs([
        (2, 204), (27, 202), (23, 226), (4, 231)], 2), {"center": fp(13, 216)})]
    d["obliquus-capitis"] = [Drawing("back", DEEP, fs([
        (6, 230), (22, 211), (50, 204), (48, 221), (12, 238)], 2), {"lateral": fp(32, 216)})]
    d["cervical-multifidi"] = [Drawing("back", DEEP, fs([
        (2, 226), (12, 226), (14, 308), (2, 308)], 1.5), {"mid-neck": fp(7, 266)})]
    # Trapezius: the kite from the skull base and the spines of C7-T12 to the acromion and the
    # spine of the shoulder blade; descending (upper), transverse (middle), ascending (lower).
    d["upper-trapezius"] = [Drawing("back", SUPERFICIAL, fs([
        (0, 198), (24, 202), (42, 222), (50, 244), (56, 272), (66, 290), (90, 302),
        (122, 311), (150, 318), (172, 325), (188, 336), (178, 342), (150, 336), (120, 330),
        (80, 320), (40, 310), (0, 304)]),
        {"front-edge": fp(108, 314), "back": fp(134, 326)})]
    d["levator-scapulae"] = [Drawing("back", DEEP, ft(
        [(28, 214), (34, 250), (46, 295), (64, 336)], [6, 8, 9, 6]),
        # angle: at the side of the neck about C6, in the upper half of the muscle; corner:
        # just above the superior angle of the shoulder blade.
        {"angle": fp(43, 284), "corner": fp(60, 327)})]
    # ---- back and shoulder blade (back view) ------------------------------------------------
    d["middle-trapezius"] = [Drawing("back", SUPERFICIAL, fs([
        (0, 304), (40, 310), (80, 320), (120, 330), (150, 336), (178, 342), (174, 350),
        (140, 354), (100, 364), (72, 372), (0, 404)]),
        {"inner": fp(54, 364), "outer": fp(148, 346)})]
    d["lower-trapezius"] = [Drawing("back", SUPERFICIAL, fs([
        (0, 404), (72, 372), (86, 368), (90, 378), (60, 440), (30, 520), (8, 590), (0, 592)]),
        {"lower": fp(50, 430), "border": fp(68, 383)})]
    # Rhomboids: the parallelogram from the spines of C7-T5 to the inner border of the blade.
    d["rhomboids"] = [Drawing("back", DEEP, fs([
        (2, 306), (64, 336), (70, 400), (80, 460), (90, 500), (80, 502), (2, 426)]),
        {"upper": fp(54, 362), "lower": fp(68, 455)})]
    d["serratus-posterior-superior"] = [Drawing("back", DEEP, fs([
        (2, 300), (84, 350), (88, 420), (2, 372)]), {"under-blade": fp(68, 368)})]
    # Rotator cuff: supraspinatus above the spine of the blade, infraspinatus filling the blade
    # below it, teres minor along its outer border; all converge on the top of the humerus.
    d["supraspinatus"] = [Drawing("back", DEEP, fs([
        (64, 336), (100, 338), (140, 332), (176, 328), (182, 338), (150, 344), (110, 354),
        (66, 364)], 2), {"medial": fp(100, 351), "lateral": fp(160, 338)})]
    d["infraspinatus"] = [Drawing("back", SUPERFICIAL, fs([
        (66, 368), (100, 358), (140, 348), (168, 344), (174, 356), (150, 390), (132, 430),
        (112, 468), (92, 500), (80, 470), (70, 420)]),
        {"upper": fp(94, 374), "medial": fp(80, 430)})]
    d["teres-minor"] = [Drawing("back", SUPERFICIAL, ft(
        [(122, 452), (140, 415), (160, 385), (176, 368)], [6, 8, 7, 4]),
        {"central": fp(128, 440)})]
    d["teres-major"] = [Drawing("back", SUPERFICIAL, ft(
        [(88, 500), (110, 478), (135, 452), (158, 432)], [9, 12, 10, 6]),
        {"lower": fp(101, 490), "armpit-fold": fp(148, 440)})]
    d["subscapularis"] = [Drawing("back", DEEP, fs([
        (64, 338), (128, 352), (148, 372), (150, 394), (138, 425), (120, 462), (92, 502),
        (80, 470), (70, 420)]), {"lateral": fp(138, 412), "upper": fp(128, 372)})]
    # Latissimus dorsi: the fan from the spines of T7 down and (its fleshy part ending along
    # the lumbar fascia) the back of the iliac crest, sweeping over the lower tip of the blade
    # into the armpit.
    d["latissimus-dorsi"] = [Drawing("back", SUPERFICIAL, fs([
        (0, 466), (40, 486), (90, 506), (118, 470), (140, 440), (150, 429), (146, 460),
        (150, 520), (140, 580), (130, 640), (124, 672), (100, 678), (60, 646), (24, 606),
        (0, 590)], 4), {"armpit": fp(136, 494), "lower": fp(116, 590)})]
    d["serratus-posterior-inferior"] = [Drawing("back", DEEP, fs([
        (2, 560), (40, 566), (98, 562), (100, 612), (2, 640)]), {"lower-ribs": fp(72, 586)})]
    # Erector spinae: three columns beside the spine.
    d["iliocostalis-thoracis"] = [Drawing("back", SUPERFICIAL, ft(
        [(44, 356), (58, 420), (66, 500), (52, 605)], [5, 9, 11, 10]),
        {"mid": fp(66, 468), "lower": fp(48, 585)})]
    d["iliocostalis-lumborum"] = [Drawing("back", SUPERFICIAL, ft(
        [(42, 702), (50, 660), (58, 620), (62, 594)], [10, 12, 9, 5]), {"upper": fp(56, 614)})]
    d["longissimus-thoracis"] = [Drawing("back", SUPERFICIAL, ft(
        [(16, 320), (22, 400), (26, 500), (28, 600), (24, 680), (16, 720)],
        [4, 6, 8, 10, 10, 7]), {"lower-thoracic": fp(24, 575), "upper-lumbar": fp(24, 616)})]
    d["spinalis-thoracis"] = [Drawing("back", SUPERFICIAL, ft(
        [(6, 336), (8, 460), (6, 588)], [3.5, 5.5, 4]), {"mid": fp(7, 545)})]
    d["multifidi-rotatores"] = [Drawing("back", DEEP, fs([
        (2, 330), (10, 330), (13, 700), (18, 760), (6, 792), (2, 700)], 1.5),
        {"thoracic": fp(7, 420), "lumbar": fp(8, 660), "sacral": fp(10, 714)})]
    # Quadratus lumborum: between the 12th rib, the lumbar transverse processes and the crest.
    d["quadratus-lumborum"] = [Drawing("back", DEEP, fs([
        (16, 592), (88, 604), (104, 668), (60, 686), (28, 700), (20, 650)]),
        {"upper-lateral": fp(80, 618), "lower-lateral": fp(84, 662),
         "upper-deep": fp(45, 640), "lower-deep": fp(40, 678)})]
    # ---- buttock and hip (back view) --------------------------------------------------------
    # Gluteus maximus: the rhomboid buttock mass from the back of the crest, sacrum and coccyx
    # down and out to the iliotibial band below the greater trochanter.
    d["gluteus-maximus"] = [Drawing("back", SUPERFICIAL, fs([
        (26, 704), (44, 690), (70, 684), (100, 700), (130, 730), (150, 770), (160, 820),
        (156, 848), (140, 870), (90, 885), (40, 868), (6, 824), (6, 800), (14, 775),
        (22, 740)], 5),
        {"sacral": fp(46, 730), "ischial": fp(56, 830), "coccygeal": fp(17, 805)})]
    # Gluteus medius: the fan under the iliac crest converging on the greater trochanter.
    d["gluteus-medius"] = [Drawing("back", SUPERFICIAL, fs([
        (40, 700), (70, 684), (100, 672), (130, 667), (148, 672), (156, 700), (154, 740),
        (144, 778), (132, 772), (90, 735), (50, 712)], 4),
        {"back": fp(55, 708), "middle": fp(100, 690), "front": fp(126, 700)})]
    d["gluteus-minimus"] = [Drawing("back", DEEP, fs([
        (64, 712), (100, 686), (140, 680), (154, 710), (148, 765), (136, 776), (96, 748)], 4),
        {"front": fp(136, 748), "back": fp(90, 730)})]
    # Piriformis: from the front of the sacrum out to the top of the greater trochanter.
    d["piriformis"] = [Drawing("back", DEEP, ft(
        [(14, 740), (50, 752), (100, 764), (142, 772)], [12, 11, 7, 4]),
        {"outer": fp(110, 762), "inner": fp(28, 742)})]
    # ---- thigh ------------------------------------------------------------------------------
    d["adductor-magnus"] = [Drawing("back", DEEP, fs([
        (8, 852), (46, 852), (60, 920), (52, 1000), (40, 1080), (34, 1100), (24, 1040),
        (14, 940)], 4), {"middle": fp(30, 960), "upper": fp(26, 868)})]
    # Hamstrings: from the sitting bone, biceps femoris out to the head of the fibula,
    # semitendinosus and semimembranosus in to the inner side of the shin.
    d["biceps-femoris"] = [Drawing("back", SUPERFICIAL, ft(
        [(46, 852), (68, 940), (94, 1030), (114, 1110), (122, 1160)], [8, 16, 18, 12, 5]),
        {"lower": fp(101, 1050)})]
    d["semitendinosus"] = [Drawing("back", SUPERFICIAL, ft(
        [(40, 852), (46, 940), (52, 1030), (50, 1110), (42, 1165)], [8, 14, 12, 6, 3]),
        {"middle": fp(52, 1010)})]
    d["semimembranosus"] = [Drawing("back", DEEP, ft(
        [(36, 880), (36, 960), (40, 1040), (42, 1110), (38, 1150)], [4, 9, 16, 14, 6]),
        {"lower": fp(35, 1050)})]
    d["tensor-fasciae-latae"] = [Drawing("front", SUPERFICIAL, ft(
        [(104, 728), (124, 760), (138, 800), (144, 840)], [6, 12, 12, 5]),
        {"belly": fp(120, 772)})]
    # Iliopsoas: psoas from the lumbar spine, iliacus from the inner pelvis, joined under the
    # groin to the lesser trochanter on the inner thigh.
    d["iliopsoas"] = [Drawing("front", DEEP, unary_union([
        ft([(18, 592), (36, 665), (50, 730), (62, 790), (62, 842)], [6, 13, 15, 12, 6]),
        fs([(122, 668), (112, 700), (100, 728), (84, 780), (66, 800), (50, 760), (60, 730),
            (90, 690)], 4)]),
        {"psoas": fp(44, 665), "iliacus": fp(92, 726), "attachment": fp(60, 815)})]
    d["pectineus"] = [Drawing("front", SUPERFICIAL, fs([
        (22, 800), (52, 786), (62, 800), (50, 850), (32, 846)]), {"belly": fp(42, 812)})]
    d["adductor-longus-brevis"] = [Drawing("front", SUPERFICIAL, fs([
        (14, 804), (36, 798), (58, 880), (60, 960), (50, 990), (36, 930), (18, 860)]),
        {"upper": fp(30, 850), "lower": fp(44, 930)})]
    d["gracilis"] = [Drawing("front", SUPERFICIAL, ft(
        [(10, 840), (16, 1000), (28, 1150), (38, 1190)], [7, 8, 5, 3]),
        {"middle": fp(18, 985)})]
    d["sartorius"] = [Drawing("front", SUPERFICIAL, ft(
        [(100, 730), (84, 820), (58, 940), (34, 1060), (32, 1130), (42, 1185)],
        [6, 7, 7, 7, 6, 4]),
        {"upper": fp(89, 790), "middle": fp(50, 985), "lower": fp(31, 1095)})]
    # Quadriceps: rectus femoris down the middle from the hip bone to the kneecap, vastus
    # medialis the teardrop above the inner knee, vastus intermedius beneath rectus.
    d["rectus-femoris"] = [Drawing("front", SUPERFICIAL, ft(
        [(98, 742), (94, 800), (88, 900), (80, 1000), (74, 1070), (72, 1092)],
        [4, 14, 20, 16, 8, 4]), {"upper": fp(89, 805)})]
    d["vastus-intermedius"] = [Drawing("front", DEEP, ft(
        [(88, 800), (92, 900), (86, 1000), (76, 1070)], [14, 24, 22, 10]),
        {"central": fp(99, 880)})]
    d["vastus-medialis"] = [Drawing("front", SUPERFICIAL, fs([
        (36, 900), (58, 940), (68, 1010), (68, 1070), (60, 1100), (42, 1104), (28, 1080),
        (24, 1030), (28, 960)], 6), {"lower": fp(46, 1060), "upper": fp(54, 960)})]
    d["vastus-lateralis"] = [Drawing("right", SUPERFICIAL, on(sleg, [
        (40, -0.9), (70, 0.2), (150, 0.55), (260, 0.5), (300, 0.1), (300, -0.75),
        (230, -0.95), (120, -0.95)]),
        {"knee": at(sleg, 262, -0.6), "lower-back": at(sleg, 245, 0.38),
         "middle": at(sleg, 170, 0.0), "upper": at(sleg, 95, -0.35)})]
    # ---- leg and foot -----------------------------------------------------------------------
    d["popliteus"] = [Drawing("back", DEEP, fs([
        (50, 1168), (95, 1136), (101, 1150), (60, 1192)]), {"belly": fp(62, 1172)})]
    # Gastrocnemius: two heads from the thigh bone's condyles joining into the Achilles tendon.
    d["gastrocnemius"] = [Drawing("back", SUPERFICIAL, unary_union([
        ft([(50, 1118), (44, 1180), (48, 1250), (62, 1310), (74, 1340)], [10, 22, 22, 12, 4]),
        ft([(102, 1118), (108, 1170), (102, 1240), (88, 1300), (76, 1330)],
           [10, 18, 17, 9, 4])]),
        {"medial-head": fp(45, 1240), "lateral-head": fp(104, 1220),
         "medial-attachment": fp(46, 1142), "lateral-attachment": fp(100, 1142)})]
    d["soleus"] = [Drawing("back", DEEP, fs([
        (40, 1190), (106, 1190), (112, 1300), (100, 1400), (80, 1450), (64, 1450), (48, 1400),
        (36, 1300)], 5),
        {"lower": fp(62, 1392), "upper": fp(104, 1215), "lower-outer": fp(88, 1370)})]
    d["tibialis-posterior"] = [Drawing("back", DEEP, ft(
        [(74, 1190), (74, 1300), (70, 1400), (60, 1460)], [12, 12, 8, 3]),
        {"upper": fp(74, 1240)})]
    d["long-toe-flexors"] = [Drawing("back", DEEP, fs([
        (45, 1230), (100, 1250), (100, 1430), (80, 1460), (55, 1440), (42, 1330)], 4),
        {"digitorum": fp(49, 1262), "hallucis": fp(92, 1400)})]
    # Tibialis anterior: beside the shin bone, its tendon crossing the ankle to the inner foot.
    d["tibialis-anterior"] = [Drawing("front", SUPERFICIAL, ft(
        [(90, 1168), (92, 1250), (88, 1350), (76, 1430), (58, 1480)], [10, 14, 11, 5, 3]),
        {"upper": fp(86, 1230)})]
    d["long-toe-extensors"] = [Drawing("right", SUPERFICIAL, on(sleg, [
        (385, -0.8), (385, -0.35), (560, -0.3), (650, -0.45), (650, -0.85), (560, -0.8)]),
        {"digitorum": at(sleg, 450, -0.55), "hallucis": at(sleg, 575, -0.55)})]
    d["peroneals"] = [Drawing("right", SUPERFICIAL, on(sleg, [
        (375, -0.25), (375, 0.3), (560, 0.35), (655, 0.2), (655, -0.3), (560, -0.6),
        (480, -0.3)]),
        {"longus": at(sleg, 405, 0.05), "brevis": at(sleg, 565, 0.1),
         "tertius": at(sleg, 610, -0.45)})]
    d["abductor-hallucis"] = [Drawing("soles", SUPERFICIAL, blob([
        (300, 800), (316, 760), (312, 700), (298, 620), (300, 540), (318, 470), (342, 400),
        (318, 392), (288, 470), (274, 560), (278, 650), (290, 730), (284, 790)]),
        {"arch": (288, 640)})]
    d["flexor-digitorum-brevis"] = [Drawing("soles", SUPERFICIAL, blob([
        (180, 760), (250, 760), (265, 650), (270, 500), (250, 400), (150, 420), (140, 520),
        (160, 650)]), {"mid-sole": (210, 600)})]
    d["quadratus-plantae"] = [Drawing("soles", DEEP, blob([
        (170, 740), (260, 740), (268, 640), (245, 600), (180, 610), (160, 660)]),
        {"heel": (236, 690)})]
    # ---- chest and belly (front view) -------------------------------------------------------
    # Pectoralis major: the fan from the inner collarbone, breastbone and upper ribs converging
    # into the front fold of the armpit.
    d["pectoralis-major"] = [Drawing("front", SUPERFICIAL, fs([
        (8, 324), (40, 328), (90, 330), (116, 334), (138, 354), (160, 384), (172, 398),
        (164, 412), (148, 426), (128, 452), (96, 482), (56, 502), (8, 504)], 4),
        {"clavicular": fp(120, 350), "sternal": fp(75, 430), "costal": fp(126, 443),
         "parasternal": fp(22, 420)})]
    # Pectoralis minor: from the coracoid down to ribs 3-5.
    d["pectoralis-minor"] = [Drawing("front", DEEP, fs([
        (148, 352), (156, 364), (100, 476), (64, 460), (80, 420)]),
        {"upper": fp(136, 380), "lower": fp(88, 440)})]
    # Serratus anterior: the saw-toothed slips on the side of the ribs, under the arm.
    d["serratus-anterior"] = [Drawing("right", SUPERFICIAL, soft([
        (424, 405), (444, 404), (468, 414), (452, 430), (482, 442), (462, 456), (488, 472),
        (466, 488), (486, 506), (462, 520), (476, 540), (450, 552), (430, 545), (420, 500),
        (421, 450)], 2), {"side": (452, 478)})]
    # Rectus abdominis: from the 5th-7th rib cartilages narrowing down to the pubic bone.
    d["rectus-abdominis"] = [Drawing("front", SUPERFICIAL, fs([
        (2, 486), (58, 490), (60, 540), (54, 620), (44, 700), (28, 770), (16, 796),
        (2, 798)], 4),
        {"upper": fp(30, 545), "umbilical": fp(46, 650), "lower": fp(16, 760)})]
    d["obliques"] = [Drawing("front", SUPERFICIAL, fs([
        (56, 520), (100, 540), (136, 520), (140, 600), (128, 660), (134, 700), (120, 730),
        (96, 740), (70, 770), (44, 796), (46, 740), (54, 640)], 4),
        {"upper": fp(78, 592), "rib-edge": fp(62, 555), "lower": fp(50, 765)})]
    # ---- arm --------------------------------------------------------------------------------
    # Deltoid: the cap from the collarbone, acromion and spine of the blade (front, middle and
    # back parts) converging to a point halfway down the upper arm.
    d["deltoid"] = [Drawing("right", SUPERFICIAL, ls(sarm, [
        (-30, 0), (0, -0.98), (50, -1.0), (100, -0.45), (124, 0), (100, 0.45), (50, 1.0),
        (0, 0.98)], 4),
        {"anterior": at(sarm, 35, -0.6), "middle": at(sarm, 50, 0.0),
         "posterior": at(sarm, 55, 0.65)})]
    d["biceps-brachii"] = [Drawing("front", SUPERFICIAL, lt(arm,
        [(40, 0.2), (100, 0.05), (180, 0.0), (235, -0.05), (262, -0.1)], [10, 18, 20, 14, 5]),
        {"lower": at(arm, 195, 0.0)})]
    d["brachialis"] = [Drawing("front", DEEP, lt(arm,
        [(120, 0.4), (180, 0.1), (240, 0.0), (275, 0.0)], [12, 22, 20, 6]),
        {"lower": at(arm, 215, 0.5), "upper": at(arm, 132, 0.62)})]
    d["triceps-brachii"] = [Drawing("back", SUPERFICIAL, ls(arm, [
        (40, -0.7), (40, 0.7), (130, 0.95), (200, 0.85), (245, 0.3), (255, 0), (245, -0.3),
        (200, -0.8), (130, -0.95)], 5),
        {"long-head": at(arm, 135, -0.5), "lateral-head": at(arm, 160, 0.55),
         "outer-distal": at(arm, 205, 0.5), "olecranon": at(arm, 228, 0.0),
         "inner-distal": at(arm, 215, -0.55)})]
    # Forearm: brachioradialis from above the outer elbow to the wrist on the thumb side; the
    # flexor mass from the inner elbow, the extensor mass from the outer elbow.
    d["brachioradialis"] = [Drawing("front", SUPERFICIAL, lt(arm,
        [(190, 0.85), (260, 0.7), (330, 0.55), (400, 0.5), (450, 0.5)], [6, 12, 11, 6, 3]),
        {"upper": at(arm, 272, 0.7)})]
    d["supinator"] = [Drawing("front", DEEP, on(arm, [
        (250, 0.1), (250, 0.8), (320, 0.75), (322, 0.15)]), {"front": at(arm, 266, 0.32)})]
    d["wrist-flexors"] = [Drawing("front", SUPERFICIAL, lt(arm,
        [(250, -0.85), (290, -0.5), (350, -0.2), (420, 0.0), (452, 0.05)],
        [8, 20, 18, 9, 4]),
        {"radialis": at(arm, 310, 0.0), "ulnaris": at(arm, 290, -0.7),
         "palmaris": at(arm, 300, -0.1)})]
    d["finger-flexors"] = [Drawing("front", DEEP, on(arm, [
        (268, -0.8), (268, 0.6), (440, 0.5), (440, -0.7)]),
        {"digitorum": at(arm, 312, -0.3), "pollicis": at(arm, 345, 0.5)})]
    d["wrist-extensors"] = [Drawing("back", SUPERFICIAL, unary_union([
        lt(arm, [(245, 0.9), (300, 0.5), (380, 0.35), (450, 0.3)], [10, 18, 10, 4]),
        lt(arm, [(260, 0.6), (322, -0.6), (380, -0.75), (450, -0.8)], [6, 9, 7, 3])]),
        {"longus": at(arm, 270, 0.65), "brevis": at(arm, 305, 0.25),
         "ulnaris": at(arm, 322, -0.6)})]
    d["finger-extensors"] = [Drawing("back", SUPERFICIAL, lt(arm,
        [(255, 0.1), (330, 0.0), (400, -0.05), (450, -0.05)], [8, 14, 10, 5]),
        {"middle": at(arm, 295, 0.0), "ring": at(arm, 318, -0.25),
         "index": at(arm, 360, 0.0)})]
    return d
