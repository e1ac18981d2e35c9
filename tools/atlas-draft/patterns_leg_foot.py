"""Referral patterns: thigh, knee, leg and foot (quadriceps, hamstrings, popliteus, calf, the
muscles of the shin and the sole).

Drawn after the charts of Travell & Simons (Myofascial Pain and Dysfunction, vol. 2) and Davies
(The Trigger Point Therapy Workbook), within the regions each point's <referral> names in
content/muscles/<id>.xml. Coordinates (anchors.py): front and back views (u, y), u from the
midline toward the person's right; right view (x, y) of the side figure, the face toward +x;
soles view (x, y) of the right sole, the big toe toward +x. Most shapes are drawn on the leg
limb with along()/patch(): s is the distance from the hip (kneecap at s 318; on the front
figure the thigh ends about s 290 and the ankle begins about s 650, y ~ 790 + s; on the side
figure y ~ 800 + s), t runs across it: on the front figure (front and back views) t > 0 is the
outer side, on the side figure t > 0 is the back of the leg. The foot lies beyond the limb
(s > 670) and is drawn from (a, b) points. On the right view the hanging hand covers the outer
thigh (y 785..990), so thigh shapes there leave it out (SIDE_HAND). Essential is the solid core
of the chart, spillover the stippled surround; where they overlap the generator keeps
essential."""
from patterns import along, at, band, blob, fill, grow, limb, minus, outline, patch, union, \
    zone

# ---- shared pieces ----------------------------------------------------------------------------
# Right view: the hand and wrist hanging over the outer thigh.
SIDE_HAND = grow(fill("ball-of-thumb", "thumb", "index-finger",
                      "back-of-hand-thumb-side", "back-index-finger", "front-wrist-thumb-side",
                      "back-wrist-thumb-side"), 1)


def side_thigh(shape):
    """Right view: a thigh shape without the part the hand covers."""
    return minus(shape, SIDE_HAND)


# Front figure (front and back views): the outer edge of the thigh and knee (vastus lateralis).
def outer_edge(s0, s1, w=8, t=0.88):
    return along("leg", [(s0, t), ((s0 + s1) / 2, t), (s1, t)], w)


# Back view: the heel seen from behind, and the Achilles tendon above it.
BACK_HEEL = outline((52, 1486), (92, 1486), (100, 1515), (98, 1545), (72, 1552), (46, 1545),
                    (44, 1515))
BACK_ACHILLES = band([limb("leg", 560, 0.0), limb("leg", 620, 0.0), limb("leg", 665, 0.0),
                      (72, 1480)], [10, 9, 9, 11])
BACK_HEEL_CORD = band([limb("leg", 605, 0.0), limb("leg", 640, 0.0), limb("leg", 665, 0.0),
                       (72, 1484)], [8, 9, 9, 12])
# Right view: the heel (back of the foot below the ankle) and the Achilles tendon.
SIDE_HEEL = outline((338, 1484), (360, 1482), (370, 1505), (372, 1535), (362, 1552),
                    (340, 1552), (332, 1525))
SIDE_ACHILLES = band([limb("leg", 560, 0.75), limb("leg", 620, 0.78), limb("leg", 665, 0.8),
                      (352, 1482)], [8, 8, 8, 10])
SIDE_HEEL_CORD = band([limb("leg", 605, 0.76), limb("leg", 640, 0.78), limb("leg", 665, 0.8),
                       (352, 1486)], [7, 8, 8, 10])
# Soles: the heel pad; the inner arch (instep).
SOLE_HEEL = blob(at("heel", 2, 0), 68, 54)
SOLE_INSTEP = blob(at("arch", -6, -4), 25, 46, 4)

# ---- rectus femoris: the kneecap and the lower front thigh ------------------------------------
RF_FRONT = union(patch("leg", 316, 0.04, 30, 27), along("leg", [(228, 0.04), (296, 0.04)],
                                                        [12, 20]))
RF_SIDE = union(blob(at("kneecap", -6, 0), 14, 26), along("leg", [(228, -0.74), (292, -0.76)],
                                                          [8, 12]))
# ---- vastus intermedius: the front of the mid-thigh -------------------------------------------
VI_FRONT = along("leg", [(95, 0.1), (170, 0.08), (255, 0.05)], [15, 22, 16])
VI_SIDE = along("leg", [(95, -0.64), (170, -0.64), (255, -0.66)], [9, 12, 9])
# ---- vastus medialis: the inner knee; a band up the inner thigh -------------------------------
VM_LOWER_FRONT = patch("leg", 316, -0.5, 30, 20)
VM_UPPER_FRONT = along("leg", [(195, -0.66), (255, -0.62), (318, -0.55)], [9, 12, 14])
# ---- vastus lateralis (right view mostly) -----------------------------------------------------
VL_KNEE_SIDE = patch("leg", 312, -0.45, 30, 20)
VL_LOWER_BACK_SIDE = union(patch("leg", 320, 0.15, 30, 22),
                           along("leg", [(195, 0.2), (250, 0.2), (300, 0.18)], [12, 15, 18]))
VL_MIDDLE_SIDE = along("leg", [(30, -0.36), (110, -0.36), (190, -0.1), (270, 0.0)],
                       [12, 13, 16, 14])
VL_UPPER_SIDE = patch("leg", 80, -0.3, 38, 18)
# Right view: from the top of the outer thigh up over the greater trochanter to the side of the
# hip.
SIDE_HIP = band([limb("leg", 60, -0.34), at("greater-trochanter", 30, 0),
                 at("greater-trochanter", 36, -42)], [14, 19, 21])
# ---- hamstrings ----------------------------------------------------------------------------
BF_BACK = union(patch("leg", 322, 0.22, 32, 24), along("leg", [(250, 0.3), (300, 0.26)],
                                                       [12, 18]))
BF_SIDE = union(patch("leg", 322, 0.82, 30, 12), along("leg", [(250, 0.8), (300, 0.8)], [8, 11]))


def semi_back(ds=0):
    """Back view: the lower buttock at the gluteal fold and the inner back of the thigh."""
    return union(blob(at("gluteal-fold", 0, -8 + ds / 4), 28, 14, -5),
                 along("leg", [(55 + ds, -0.18), (130 + ds, -0.2), (205 + ds, -0.22)],
                       [18, 17, 13]))


def semi_side(ds=0):
    return along("leg", [(60 + ds, 0.78), (130 + ds, 0.8), (205 + ds, 0.8)], [12, 12, 10])


# ---- popliteus and gastrocnemius at the back of the knee ----------------------------------------
POP_BACK = patch("leg", 330, -0.05, 24, 22)
POP_SIDE = patch("leg", 330, 0.8, 24, 11)
# ---- shin and ankle, front view ------------------------------------------------------------------
FRONT_ANKLE_FRONT = blob((72, 1468), 13, 22)
FRONT_ANKLE_SIDE = blob((401, 1472), 12, 20)
FRONT_BIG_TOE = blob((44, 1543), 15, 12)
# Soles: the pad of the big toe and the head of the first metatarsal (flexor hallucis longus).
FHL_SOLE = union(blob((298, 250), 34, 82), band([(298, 320), (298, 400)], 18),
                 blob(at("ball-big-toe", -4, 0), 36, 34), r=8)
# Right view: the top of the foot from the ankle to the toes.
SIDE_DORSUM = [(422, 1482), (470, 1503), (518, 1525), (560, 1543)]

PATTERNS = {
    # ---- quadriceps ----------------------------------------------------------------------------
    "rectus-femoris.upper": {
        "front": zone(RF_FRONT,
                      union(grow(RF_FRONT, 8),
                            along("leg", [(120, 0.04), (190, 0.04), (250, 0.04)], [12, 17, 20]))),
        "right": zone(RF_SIDE,
                      union(grow(RF_SIDE, 7),
                            along("leg", [(120, -0.74), (200, -0.74), (260, -0.74)],
                                  [8, 10, 12]))),
    },
    "vastus-intermedius.central": {
        "front": zone(VI_FRONT,
                      union(grow(VI_FRONT, 9),
                            along("leg", [(150, 0.2), (230, 0.45), (285, 0.6)], [12, 14, 13]),
                            along("leg", [(240, 0.05), (300, 0.05)], [15, 17]), r=6)),
        "right": zone(VI_SIDE,
                      side_thigh(union(grow(VI_SIDE, 7),
                                       along("leg", [(190, -0.5), (240, -0.3), (285, -0.25)],
                                             [10, 12, 12]),
                                       along("leg", [(240, -0.7), (300, -0.75)], [9, 10]), r=6))),
    },
    "vastus-medialis.lower": {
        "front": zone(VM_LOWER_FRONT,
                      union(grow(VM_LOWER_FRONT, 8),
                            along("leg", [(220, -0.68), (280, -0.6)], [9, 12]))),
        "back": zone(patch("leg", 322, -0.84, 24, 8), grow(patch("leg", 322, -0.84, 24, 8), 6)),
    },
    "vastus-medialis.upper": {
        "front": zone(VM_UPPER_FRONT,
                      union(grow(VM_UPPER_FRONT, 7), patch("leg", 322, -0.1, 20, 18))),
        "back": zone(along("leg", [(215, -0.86), (270, -0.84), (320, -0.82)], [6, 7, 8])),
    },
    "vastus-lateralis.knee": {
        "right": zone(VL_KNEE_SIDE,
                      union(grow(VL_KNEE_SIDE, 7),
                            along("leg", [(220, -0.3), (285, -0.35)], [12, 16]))),
        "front": zone(patch("leg", 316, 0.6, 26, 14),
                      union(grow(patch("leg", 316, 0.6, 26, 14), 7), outer_edge(235, 290, 9))),
        "back": zone(patch("leg", 318, 0.88, 20, 7), grow(patch("leg", 318, 0.88, 20, 7), 5)),
    },
    "vastus-lateralis.lower-back": {
        "right": zone(VL_LOWER_BACK_SIDE,
                      union(grow(VL_LOWER_BACK_SIDE, 8),
                            side_thigh(along("leg", [(100, -0.34), (160, -0.3), (215, 0.1)],
                                             [10, 11, 12])),
                            patch("leg", 325, 0.82, 22, 10),
                            along("leg", [(365, 0.1), (440, 0.05)], [14, 10]))),
        "front": zone(outer_edge(200, 330),
                      union(grow(outer_edge(200, 330), 6), outer_edge(120, 200, 7),
                            outer_edge(320, 440, 7, 0.86))),
        "back": zone(outer_edge(200, 330),
                     union(grow(outer_edge(200, 330), 6), outer_edge(120, 200, 7),
                           outer_edge(320, 440, 7, 0.86), patch("leg", 322, 0.45, 18, 12))),
    },
    "vastus-lateralis.middle": {
        "right": zone(side_thigh(VL_MIDDLE_SIDE),
                      side_thigh(union(grow(VL_MIDDLE_SIDE, 8), SIDE_HIP,
                                       along("leg", [(260, 0.0), (330, 0.0)], [16, 18])))),
        "front": zone(outer_edge(40, 270),
                      union(grow(outer_edge(40, 270), 6), outer_edge(260, 335, 8, 0.82))),
        "back": zone(outer_edge(40, 270),
                     union(grow(outer_edge(40, 270), 6), outer_edge(260, 335, 8, 0.82))),
    },
    "vastus-lateralis.upper": {
        "right": zone(VL_UPPER_SIDE, side_thigh(union(grow(VL_UPPER_SIDE, 8), SIDE_HIP, r=6))),
        "front": zone(patch("leg", 80, 0.86, 36, 9), grow(patch("leg", 80, 0.86, 36, 9), 6)),
        "back": zone(patch("leg", 80, 0.86, 36, 9), grow(patch("leg", 80, 0.86, 36, 9), 6)),
    },
    # ---- hamstrings ---------------------------------------------------------------------------
    "biceps-femoris.lower": {
        "back": zone(BF_BACK,
                     union(grow(BF_BACK, 8),
                           along("leg", [(130, 0.3), (200, 0.28), (250, 0.25)], [10, 14, 14]),
                           along("leg", [(360, 0.2), (420, 0.2)], [18, 12]))),
        "right": zone(BF_SIDE,
                      side_thigh(union(grow(BF_SIDE, 7),
                                       along("leg", [(130, 0.8), (200, 0.8), (250, 0.8)],
                                             [8, 10, 10]),
                                       along("leg", [(360, 0.75), (420, 0.75)], [12, 9])))),
    },
    "semimembranosus.lower": {
        "back": zone(semi_back(8),
                     union(grow(semi_back(8), 8),
                           along("leg", [(210, -0.25), (280, -0.3), (340, -0.32), (385, -0.36),
                                         (430, -0.4)],
                                 [12, 14, 16, 14, 10]),
                           patch("leg", 322, -0.78, 20, 8))),
        "right": zone(semi_side(8),
                      side_thigh(union(grow(semi_side(8), 7),
                                       along("leg", [(220, 0.8), (330, 0.82), (380, 0.8),
                                                     (430, 0.8)],
                                             [10, 12, 10, 8])))),
    },
    "semitendinosus.middle": {
        "back": zone(semi_back(),
                     union(grow(semi_back(), 8),
                           along("leg", [(200, -0.25), (270, -0.3), (340, -0.32), (385, -0.36),
                                         (420, -0.4)],
                                 [12, 14, 16, 13, 9]),
                           patch("leg", 322, -0.78, 20, 8))),
        "right": zone(semi_side(),
                      side_thigh(union(grow(semi_side(), 7),
                                       along("leg", [(210, 0.8), (330, 0.82), (375, 0.8),
                                                     (420, 0.8)],
                                             [10, 12, 10, 8])))),
    },
    # ---- back of the knee and calf --------------------------------------------------------------
    "popliteus.belly": {
        "back": zone(POP_BACK, union(grow(POP_BACK, 7), patch("leg", 378, -0.05, 20, 18))),
        "right": zone(POP_SIDE, union(grow(POP_SIDE, 6), patch("leg", 380, 0.75, 20, 10))),
    },
    "gastrocnemius.medial-head": {
        "back": zone(patch("leg", 440, -0.32, 40, 15),
                     union(grow(patch("leg", 440, -0.32, 40, 15), 7),
                           along("leg", [(240, -0.2), (300, -0.15), (360, -0.22), (430, -0.3),
                                         (520, -0.28), (600, -0.28), (655, -0.36)],
                                 [12, 15, 14, 13, 12, 10, 9]),
                           band([limb("leg", 640, -0.4), (52, 1462)], [9, 10]), r=6)),
        "right": zone(patch("leg", 440, 0.8, 38, 9),
                      union(grow(patch("leg", 440, 0.8, 38, 9), 6),
                            along("leg", [(250, 0.82), (330, 0.82), (400, 0.82), (500, 0.76),
                                          (620, 0.78)], [8, 10, 9, 8, 7]), r=6)),
        "front": zone(None, blob((50, 1462), 8, 16)),
        "soles": zone(SOLE_INSTEP, grow(SOLE_INSTEP, 10)),
    },
    "gastrocnemius.lateral-head": {
        "back": zone(patch("leg", 420, 0.36, 40, 15),
                     union(grow(patch("leg", 420, 0.36, 40, 15), 7),
                           along("leg", [(322, 0.25), (385, 0.33)], [18, 14]), r=6)),
        "right": zone(patch("leg", 420, 0.55, 40, 13),
                      union(grow(patch("leg", 420, 0.55, 40, 13), 6),
                            along("leg", [(322, 0.8), (385, 0.62)], [10, 11]), r=6)),
    },
    "gastrocnemius.medial-attachment": {
        "back": zone(patch("leg", 335, -0.25, 26, 18),
                     union(grow(patch("leg", 335, -0.25, 26, 18), 7),
                           patch("leg", 378, -0.25, 24, 14))),
        "right": zone(patch("leg", 334, 0.82, 22, 9),
                      union(grow(patch("leg", 334, 0.82, 22, 9), 5),
                            patch("leg", 378, 0.8, 22, 9))),
    },
    "gastrocnemius.lateral-attachment": {
        "back": zone(patch("leg", 335, 0.3, 26, 18),
                     union(grow(patch("leg", 335, 0.3, 26, 18), 7),
                           patch("leg", 378, 0.3, 24, 14))),
        "right": zone(patch("leg", 332, 0.72, 24, 11),
                      union(grow(patch("leg", 332, 0.72, 24, 11), 6),
                            patch("leg", 378, 0.7, 24, 11))),
    },
    "soleus.upper": {
        "back": zone(patch("leg", 440, 0.05, 58, 22),
                     union(grow(patch("leg", 440, 0.05, 58, 22), 8),
                           along("leg", [(500, 0.05), (560, 0.05), (600, 0.05)], [14, 12, 9]))),
        "right": zone(patch("leg", 430, 0.55, 55, 15),
                      union(grow(patch("leg", 430, 0.55, 55, 15), 7),
                            along("leg", [(490, 0.7), (590, 0.75)], [10, 8]))),
    },
    "soleus.lower": {
        "back": zone(union(BACK_HEEL, BACK_HEEL_CORD, r=5),
                     grow(union(BACK_HEEL, BACK_HEEL_CORD, r=5), 8)),
        "right": zone(union(SIDE_HEEL, SIDE_HEEL_CORD, r=5),
                      grow(union(SIDE_HEEL, SIDE_HEEL_CORD, r=5), 7)),
        "soles": zone(SOLE_HEEL, grow(SOLE_HEEL, 8)),
    },
    "soleus.lower-outer": {
        "back": zone(blob(at("sacroiliac", -4, -2), 11, 22, 10),
                     union(grow(blob(at("sacroiliac", -4, -2), 11, 22, 10), 5),
                           patch("leg", 580, 0.12, 55, 13))),
        "right": zone(None, along("leg", [(530, 0.75), (630, 0.78)], [9, 8])),
    },
    "tibialis-posterior.upper": {
        "back": zone(BACK_ACHILLES,
                     union(grow(BACK_ACHILLES, 8),
                           along("leg", [(465, 0.0), (520, 0.0), (580, 0.0)], [12, 14, 13]),
                           BACK_HEEL, r=6)),
        "right": zone(SIDE_ACHILLES,
                      union(grow(SIDE_ACHILLES, 7),
                            along("leg", [(465, 0.72), (530, 0.72), (580, 0.74)], [10, 10, 9]),
                            SIDE_HEEL, r=6)),
        "soles": zone(None, grow(fill("heel-pad", "arch", "outer-sole", "ball-of-foot-inner",
                                          "ball-of-foot-outer", "toes-underside",
                                          "big-toe-underside"), -3)),
    },
    # ---- front and outer leg -----------------------------------------------------------------
    "tibialis-anterior.upper": {
        "front": zone(union(FRONT_ANKLE_FRONT, FRONT_BIG_TOE),
                      union(grow(union(FRONT_ANKLE_FRONT, FRONT_BIG_TOE), 7),
                            along("leg", [(420, -0.1), (520, -0.15), (640, -0.15)], [9, 11, 10]),
                            band([(66, 1490), (54, 1515), (46, 1535)], [10, 10, 10]))),
        "right": zone(FRONT_ANKLE_SIDE,
                      union(grow(FRONT_ANKLE_SIDE, 7),
                            along("leg", [(420, -0.72), (540, -0.7), (630, -0.7)], [8, 8, 8]),
                            band(SIDE_DORSUM[:3], [10, 10, 9]))),
    },
    "peroneals.longus": {
        "right": zone(union(blob(at("lateral-malleolus", -4, 0), 15, 21),
                            band([at("lateral-malleolus", -12, -24),
                                  at("lateral-malleolus", -12, 4),
                                  at("lateral-malleolus", 0, 18)], [6, 8, 7])),
                      union(grow(blob(at("lateral-malleolus", -4, 0), 15, 21), 8),
                            along("leg", [(420, 0.05), (500, 0.1), (580, 0.15)], [12, 12, 10]),
                            band([at("lateral-malleolus", 0, 18), at("lateral-malleolus", 30, 34),
                                  at("lateral-malleolus", 70, 46)], [8, 8, 6]))),
        "front": zone(blob((98, 1472), 10, 22),
                      union(grow(blob((98, 1472), 10, 22), 6), outer_edge(420, 580, 8, 0.86),
                            band([(100, 1488), (110, 1503), (118, 1515)], [8, 8, 7]))),
        "back": zone(blob((94, 1460), 9, 18),
                     union(grow(blob((94, 1460), 9, 18), 6), outer_edge(420, 580, 8, 0.86))),
    },
    "peroneals.brevis": {
        "right": zone(union(blob(at("lateral-malleolus", -4, 2), 14, 20),
                            band([at("lateral-malleolus", -12, -18),
                                  at("lateral-malleolus", -10, 6),
                                  at("lateral-malleolus", 2, 18)], [6, 7, 6])),
                      union(grow(blob(at("lateral-malleolus", -4, 2), 14, 20), 7),
                            along("leg", [(520, 0.12), (600, 0.15)], [11, 10]),
                            band([at("lateral-malleolus", 2, 18), at("lateral-malleolus", 30, 32),
                                  at("lateral-malleolus", 60, 42)], [7, 7, 5]))),
        "front": zone(blob((98, 1474), 10, 20),
                      union(grow(blob((98, 1474), 10, 20), 6), outer_edge(520, 610, 7, 0.86),
                            band([(100, 1490), (108, 1503), (114, 1513)], [7, 7, 6]))),
        "back": zone(blob((94, 1462), 9, 16),
                     union(grow(blob((94, 1462), 9, 16), 6), outer_edge(520, 610, 7, 0.86))),
    },
    "peroneals.tertius": {
        "right": zone(blob(at("lateral-malleolus", 12, -8), 17, 20),
                      union(grow(blob(at("lateral-malleolus", 12, -8), 17, 20), 7),
                            blob((350, 1522), 15, 22))),
        "front": zone(blob((86, 1470), 14, 22), grow(blob((86, 1470), 14, 22), 6)),
        "back": zone(blob((96, 1462), 8, 15),
                     union(grow(blob((96, 1462), 8, 15), 5), blob((92, 1515), 10, 22))),
    },
    "long-toe-extensors.digitorum": {
        "front": zone(outline((64, 1504), (100, 1503), (120, 1524), (116, 1550), (70, 1552),
                              (62, 1530)),
                      union(grow(outline((64, 1504), (100, 1503), (120, 1524), (116, 1550),
                                         (70, 1552), (62, 1530)), 6),
                            band([(76, 1505), (74, 1470), limb("leg", 640, 0.05),
                                  limb("leg", 570, 0.05)], [16, 12, 9, 8]))),
        "right": zone(band(SIDE_DORSUM, [12, 12, 11, 9]),
                      union(grow(band(SIDE_DORSUM, [12, 12, 11, 9]), 6), FRONT_ANKLE_SIDE,
                            along("leg", [(580, -0.7), (650, -0.72)], [8, 9]))),
    },
    "long-toe-extensors.hallucis": {
        "front": zone(band([(54, 1506), (48, 1525), (44, 1546)], [9, 10, 12]),
                      union(grow(band([(54, 1506), (48, 1525), (44, 1546)], [9, 10, 12]), 6),
                            band([(58, 1505), (66, 1485), (70, 1462)], [9, 10, 11]))),
        "right": zone(band([(446, 1492), (482, 1507), (514, 1521)], [8, 9, 8]),
                      union(grow(band([(446, 1492), (482, 1507), (514, 1521)], [8, 9, 8]), 5),
                            band([(404, 1468), (428, 1480), (446, 1492)], [11, 9, 8]))),
    },
    # ---- the sole -------------------------------------------------------------------------------
    "long-toe-flexors.digitorum": {
        "soles": zone(blob(at("ball", -15, 0), 80, 38, -8),
                      union(grow(blob(at("ball", -15, 0), 80, 38, -8), 8),
                            grow(fill("toes-underside"), -3))),
        "back": zone(None, band([limb("leg", 480, -0.8), limb("leg", 600, -0.8),
                                 limb("leg", 650, -0.74), (52, 1460)], [7, 7, 8, 10])),
        "front": zone(None, band([limb("leg", 480, -0.8), limb("leg", 600, -0.8),
                                  limb("leg", 650, -0.74), (50, 1464)], [7, 7, 8, 10])),
    },
    "long-toe-flexors.hallucis": {
        "soles": zone(FHL_SOLE, grow(FHL_SOLE, 7)),
    },
    "abductor-hallucis.arch": {
        "soles": zone(band([at("heel-inner", -14, 40), at("heel-inner", -8, -10),
                            at("arch", -4, 10), at("arch", 2, -40)], [28, 24, 17, 11]),
                      grow(band([at("heel-inner", -14, 40), at("heel-inner", -8, -10),
                                 at("arch", -4, 10), at("arch", 2, -40)], [28, 24, 17, 11]), 9)),
        "back": zone(blob((46, 1518), 11, 24), grow(blob((46, 1518), 11, 24), 5)),
    },
    "flexor-digitorum-brevis.mid-sole": {
        "soles": zone(blob(at("ball", -10, -12), 68, 28, -10),
                      grow(blob(at("ball", -10, -12), 68, 28, -10), 8)),
    },
    "quadratus-plantae.heel": {
        "soles": zone(blob(at("heel", 6, -4), 58, 44), grow(blob(at("heel", 6, -4), 58, 44), 8)),
    },
}
