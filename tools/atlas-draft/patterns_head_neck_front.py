"""Referral patterns: head, face and the front of the neck (frontalis, occipitalis, temporalis,
masseter, the pterygoids, digastric, sternocleidomastoid) and the scalenes.

Drawn after the charts of Travell & Simons (Myofascial Pain and Dysfunction) and Davies (The
Trigger Point Therapy Workbook), within the regions each point's <referral> names in
content/muscles/<id>.xml. Coordinates (anchors.py): front and back views (u, y), u from the
midline toward the person's right (on the front view +u points to the viewer's left); right
view (x, y) of the side figure, the face toward +x. Limb points are (s, t): on the front figure
t > 0 is the outer (thumb) side, on the side figure the back of the limb. Essential is the
solid core of the chart, spillover the stippled surround; where they overlap the generator
keeps essential. Face zones show on the front and right views (and so on the head close-ups,
where people point at the face): they are kept small and follow the features."""
from patterns import Shape, along, at, band, blob, follow, grow, outline, union, zone


def fingers(root, tips, w_root=4.5, w_tip=3.5):
    """Finger-like streaks fanning out from a root point to each tip (temporalis)."""
    return union(*[band([root, tip], [w_root, w_tip], cap=1.0) for tip in tips], r=1.5)


def inset(shape, d=1.5):
    """The shape kept d units inside the silhouette. For an essential area that would end
    right in a notch of the outline (where the ear meets the head): there the spillover minus
    the essential could pinch to a point, which the mirrored copy turns into a self-crossing."""
    return Shape(lambda ctx: shape.build(ctx).intersection(ctx.body.buffer(-d)),
                 f"inset({shape!r}, {d})")


# ---- frontalis: up over the forehead from the brow, on the same side ------------------------
FRONTALIS_F = outline(at("eyebrow", -20, -10), at("forehead", -16, 2), at("forehead", -8, -12),
                      at("forehead", 6, -14), at("forehead", 16, -4), at("forehead", 16, 12),
                      at("eyebrow", 6, -10), at("eyebrow", -8, -8))
FRONTALIS_R = outline(at("forehead", 3, 2), at("forehead", 13, -1), at("forehead", 22, 8),
                      at("forehead", 20, 22), at("forehead", 8, 24), at("forehead", 2, 14))

# ---- occipitalis: the back of the head on the same side; behind the eye ---------------------
OCCIPITALIS_B = outline(at("occiput", -14, 26), at("occiput", -16, -6), at("occiput", -2, -30),
                        at("occiput", 20, -32), at("occiput", 32, -10), at("occiput", 28, 26),
                        at("occiput", 10, 40))
OCCIPITALIS_R = outline(at("occiput", -4, 22), at("occiput", -8, -6), at("occiput", 2, -30),
                        at("occiput", 16, -38), at("occiput", 30, -24), at("occiput", 32, 4),
                        at("occiput", 24, 26), at("occiput", 8, 34))
EYE_R = blob(at("eye", 0, -2), 12, 8)
EYE_F = blob(at("eye", 0, -1), 15, 8)

# ---- temporalis: streaks up over the temple from each point; the upper teeth ----------------
# Right view: the four points lie from front (anterior, over the cheekbone) to back (above the
# ear); the upper teeth run along the upper jaw from the molars (x 445) to the incisors (x 480).
TEMPORALIS_R = {
    "anterior": union(fingers((437, 155), [(432, 114), (450, 113)]),
                      band([(437, 155), (448, 136), (462, 128), (476, 129)], [4.5, 4.5, 4, 3.5],
                           cap=1.0), r=1.5),
    "mid-anterior": fingers((425, 143), [(446, 104), (430, 95), (412, 100)]),
    "mid-posterior": fingers((414, 131), [(424, 90), (406, 88), (389, 96)]),
    "posterior": fingers((393, 118), [(396, 86), (382, 90), (376, 106)], 4, 3.5),
}
TEETH_R = {"incisors": blob((478, 200), 6, 5), "canine": blob((466, 200), 7, 5),
           "molars": blob((450, 200), 8, 5)}
# Front view: the temple is the strip beside the forehead; the teeth along the upper lip.
TEMPORALIS_F = {
    "anterior": union(band([(52, 152), (52, 128), (50, 108)], [5, 5, 4]),
                      band([(50, 131), (40, 127), (28, 126), (16, 129)], [5, 5, 4.5, 4])),
    "mid-anterior": band([(57, 150), (56, 122), (54, 98)], [5, 5, 4]),
    "mid-posterior": band([(62, 146), (62, 118), (60, 94)], [5, 5, 4]),
    "posterior": band([(66, 138), (66, 116), (64, 98)], [3.5, 4, 3]),
}
TEETH_F = {"incisors": blob((6, 199), 7, 5), "canine": blob((19, 199), 7, 5),
           "molars": blob((33, 197), 9, 5)}
TMJ_R = blob(at("tmj", 0, 1), 8, 7)
TMJ_F = blob(at("tmj", 1, 0), 5, 8)

# ---- masseter -------------------------------------------------------------------------------
# upper: cheek over the maxilla and the upper molars; middle: lower molars and the body of the
# jaw; lower: along the jaw to its angle, spilling in an arc over the temple and eyebrow; deep:
# the jaw joint and deep in the ear.
MASSETER_UPPER_R = union(blob(at("cheek", 0, -2), 16, 10, -5),
                         band([(438, 199), (452, 200), (468, 200)], [5, 6, 5]))
MASSETER_UPPER_F = union(blob(at("cheek", -2, -4), 13, 9, 10),
                         band([(44, 195), (34, 198), (24, 199)], [5, 5, 4]))
MASSETER_MIDDLE_R = outline((438, 186), (449, 188), (454, 204), (466, 214), (469, 227),
                            (460, 238), (443, 239), (433, 228), (434, 206))
MASSETER_MIDDLE_F = outline((46, 186), (39, 190), (36, 204), (26, 210), (22, 222), (28, 232),
                            (40, 231), (47, 219), (49, 200))
MASSETER_LOWER_R = band([(426, 216), (431, 231), (444, 240), (462, 241)], [7, 7, 6, 5])
MASSETER_LOWER_F = band([(54, 198), (50, 211), (42, 224), (32, 233)], [6, 6, 6, 5])
MASSETER_DEEP_R = union(blob(at("tmj", 0, 0), 12, 8), blob(at("ear", 6, 6), 8, 12, 10))
MASSETER_DEEP_F = union(blob(at("tmj", 0, 0), 5, 9), blob(at("ear", -4, 8), 6, 12))

# ---- pterygoids -----------------------------------------------------------------------------
# lateral: the jaw joint and the cheek over the maxillary sinus; medial: below and behind the
# joint down the back of the jaw to its angle, the ear, the throat.
LATERAL_PTERYGOID_R = union(blob(at("tmj", 0, 0), 10, 8),
                            band([(424, 175), (438, 177), (452, 178)], [7, 7, 10]),
                            blob(at("cheek", 4, -2), 14, 10), r=5)
LATERAL_PTERYGOID_F = union(blob(at("tmj", 0, 0), 5, 8),
                            band([(56, 175), (48, 176), (40, 175)], [6, 7, 9]),
                            blob(at("cheek", 0, -4), 12, 9), r=4)
MEDIAL_PTERYGOID_R = union(band([(418, 170), (414, 188), (418, 210), (428, 232)], [8, 9, 9, 7]),
                           blob(at("ear", 6, 18), 7, 10))
MEDIAL_PTERYGOID_F = union(band([(60, 170), (57, 190), (53, 206)], [5, 6, 6]),
                           blob(at("ear", -6, 18), 5, 10))

# ---- digastric ------------------------------------------------------------------------------
# back belly: below the mastoid along the top of the SCM, toward the occiput and the throat;
# front belly: the lower incisors and the chin, the throat below.
DIGASTRIC_POST_R = band([at("mastoid", 2, -8), at("mastoid", 6, 8), (396, 224), (406, 238)],
                        [8, 10, 9, 7])
DIGASTRIC_POST_B = band([at("mastoid", 2, -12), at("mastoid", 1, 8), (52, 222)], [8, 9, 7])
DIGASTRIC_POST_F = outline((60, 192), (59, 208), (53, 224), (46, 234), (43, 224), (49, 208),
                           (54, 194))
DIGASTRIC_ANT_R = outline((466, 220), (476, 219), (482, 230), (480, 246), (472, 252),
                          (464, 246), (462, 232))
DIGASTRIC_ANT_F = outline((-5, 218), (6, 215), (16, 218), (18, 232), (12, 244), (0, 246),
                          (-6, 234))

# ---- sternocleidomastoid --------------------------------------------------------------------
# sternal division: low down the top of the breastbone; mid arcs over the eyebrow, round the
# eye and over the cheek, spilling to throat, chin and ear; high to the occipital ridge behind
# the ear and the vertex. Clavicular division: the forehead (across to the other side) and
# the ear and behind it.
SCM_LOW_F = union(band([(7, 312), (6, 340), (5, 372)], [8, 9, 6]),
                  band([(16, 288), (10, 304), (7, 316)], [6, 7, 8]))
SCM_LOW_R = band([(428, 280), (434, 298), (442, 316)], [6, 7, 6])
SCM_MID_F = union(band([(12, 129), (24, 126), (38, 127), (50, 133)], [5, 6, 6, 5]),
                  blob(at("eye", 0, 0), 15, 10),
                  blob(at("cheek", -8, -6), 14, 11, -20), r=6)
SCM_MID_R = union(band([(450, 128), (462, 126), (476, 129)], [5, 6, 5]),
                  blob(at("eye", 2, 0), 12, 9),
                  blob(at("cheek", 8, -4), 14, 10), r=6)
SCM_HIGH_R = band([at("skull-base", 2, -2), at("skull-base", 22, -6), at("mastoid", 0, 2),
                   at("mastoid", 4, -14)], [7, 8, 9, 8])
SCM_HIGH_B = band([at("skull-base", -10, 0), at("skull-base", 8, -4), at("mastoid", -2, 2),
                   at("mastoid", 4, -12)], [7, 8, 9, 8])
VERTEX_R = blob(at("vertex", 2, 6), 17, 9, -4)
VERTEX_B = blob(at("vertex", 18, 6), 15, 9, 8)
VERTEX_F = blob(at("vertex", 18, 6), 15, 9, 8)
SCM_CLAV_FOREHEAD_F = outline((4, 118), (6, 96), (20, 86), (38, 90), (44, 106), (36, 118),
                              (20, 121))
SCM_CLAV_R = union(blob(at("ear", 2, 2), 9, 14, 10),
                   band([at("behind-ear", 0, -8), at("behind-ear", 2, 12), at("mastoid", 2, 4)],
                        [6, 7, 6]))
SCM_CLAV_FOREHEAD_R = blob(at("forehead", 12, 8), 10, 13)
SCM_CLAV_B = union(blob(at("ear", -4, 6), 9, 16), band([at("mastoid", 0, -20),
                                                          at("mastoid", 2, 4)], [7, 7]))
SCM_CLAV_EAR_F = blob(at("ear", -2, 6), 7, 14)

# ---- scalenes: chest, front and back of the arm, thumb side of forearm and hand; inner border
SCALENE_CHEST_F = union(band([(66, 342), (64, 380), (62, 414)], [7, 8, 6]),
                        band([(104, 346), (104, 382), (100, 414)], [7, 8, 6]))
SCALENE_ARM = along("arm", [(104, 0.05), (160, 0.05), (218, 0.0)], [10, 10, 8])
SCALENE_FOREARM = along("arm", [(278, 0.72), (345, 0.74), (412, 0.78)], [7, 7, 6])
SCALENE_THUMB = along("thumb", [(70, 0.0), (88, 0.0), (104, 0.0)], [8, 8, 7])
SCALENE_INDEX = along("index", [(14, 0.0), (45, 0.0), (76, 0.0)], [6, 6, 5])
SCALENE_BORDER_B = follow(["scapula-superior-angle", "medial-border-upper", "medial-border-mid",
                           "medial-border-lower"], 342, 446, 8, 6, -8)
SCALENE_HAND_B = union(along("thumb", [(8, 0.0), (36, 0.0), (64, 0.0)], [8, 8, 8]),
                       along("palm", [(18, 0.55), (50, 0.65), (84, 0.7)], [9, 9, 8]))
SCALENE_CHEST_R = band([(482, 352), (486, 384), (484, 414)], [7, 8, 6])
SCALENE_ARM_FRONT_R = along("arm", [(104, -0.72), (160, -0.72), (218, -0.7)], [7, 7, 6])
SCALENE_ARM_BACK_R = along("arm", [(104, 0.72), (160, 0.72), (218, 0.7)], [7, 7, 6])
SCALENE_FOREARM_R = along("arm", [(280, -0.05), (345, -0.05), (410, -0.05)], [8, 8, 7])
SCALENE_THUMB_R = along("thumb", [(20, 0.0), (45, 0.0), (70, 0.0)], [7, 7, 6])
SCALENE_HAND_R = union(along("palm", [(14, 0.55), (45, 0.6), (78, 0.6)], [8, 8, 7]),
                       along("fingers", [(14, 0.45), (40, 0.45), (62, 0.45)], [5, 5, 4]))


def scalenes():
    """The shared scalene pattern (all three scalenes refer alike)."""
    return {
        "front": zone(
            union(SCALENE_CHEST_F, SCALENE_ARM, SCALENE_THUMB),
            union(grow(SCALENE_CHEST_F, 6), grow(SCALENE_ARM, 5), SCALENE_FOREARM,
                  grow(SCALENE_THUMB, 3), SCALENE_INDEX)),
        "back": zone(
            union(SCALENE_BORDER_B, SCALENE_ARM, SCALENE_THUMB),
            union(grow(SCALENE_BORDER_B, 6), grow(SCALENE_ARM, 5), SCALENE_FOREARM,
                  SCALENE_HAND_B, SCALENE_INDEX)),
        "right": zone(
            union(SCALENE_CHEST_R, SCALENE_ARM_FRONT_R, SCALENE_ARM_BACK_R, SCALENE_THUMB_R),
            union(grow(SCALENE_CHEST_R, 5), grow(SCALENE_ARM_FRONT_R, 4),
                  grow(SCALENE_ARM_BACK_R, 4), SCALENE_FOREARM_R, SCALENE_HAND_R)),
    }


PATTERNS = {
    # ---- frontalis --------------------------------------------------------------------------
    "frontalis.brow": {
        "front": zone(FRONTALIS_F,
                      union(grow(FRONTALIS_F, 6),
                            band([(10, 130), (22, 127), (36, 129)], [5, 5, 4]))),
        "right": zone(FRONTALIS_R,
                      union(grow(FRONTALIS_R, 5),
                            band([at("eyebrow", -12, -2), at("eyebrow", 10, -1)], [5, 4]))),
    },
    # ---- occipitalis ------------------------------------------------------------------------
    "occipitalis.belly": {
        "back": zone(OCCIPITALIS_B,
                     union(grow(OCCIPITALIS_B, 7),
                           band([at("occiput", 6, -34), at("crown", 10, 10), at("crown", 0, -8)],
                                [14, 14, 10]))),
        "right": zone(union(OCCIPITALIS_R, EYE_R),
                      union(grow(OCCIPITALIS_R, 7),
                            band([at("occiput", 14, -44), at("crown", 10, 4),
                                  at("vertex", 6, 8)], [13, 12, 9]),
                            grow(EYE_R, 4), blob(at("eyebrow", 2, 0), 13, 6))),
        "front": zone(EYE_F, union(grow(EYE_F, 4), band([(14, 131), (30, 129), (46, 133)],
                                                        [5, 6, 5]))),
    },
    # ---- temporalis -------------------------------------------------------------------------
    "temporalis.anterior": {
        "right": zone(union(TEMPORALIS_R["anterior"], TEETH_R["incisors"]),
                      union(grow(TEMPORALIS_R["anterior"], 6), blob(at("eye", -2, -2), 10, 8))),
        "front": zone(union(TEMPORALIS_F["anterior"], TEETH_F["incisors"]),
                      union(grow(TEMPORALIS_F["anterior"], 5), grow(EYE_F, -2))),
    },
    "temporalis.mid-anterior": {
        "right": zone(union(TEMPORALIS_R["mid-anterior"], TEETH_R["canine"]),
                      union(grow(TEMPORALIS_R["mid-anterior"], 6),
                            band([at("eyebrow", -14, 0), at("eyebrow", 6, 0)], [5, 4]), TMJ_R)),
        "front": zone(union(TEMPORALIS_F["mid-anterior"], TEETH_F["canine"]),
                      union(grow(TEMPORALIS_F["mid-anterior"], 4),
                            band([(50, 132), (38, 128)], [5, 4]), TMJ_F)),
    },
    "temporalis.mid-posterior": {
        "right": zone(union(TEMPORALIS_R["mid-posterior"], TEETH_R["molars"]),
                      union(grow(TEMPORALIS_R["mid-posterior"], 6),
                            band([(404, 92), (400, 74)], [8, 6]), TMJ_R)),
        "front": zone(union(TEMPORALIS_F["mid-posterior"], TEETH_F["molars"]),
                      union(grow(TEMPORALIS_F["mid-posterior"], 4),
                            band([(60, 96), (54, 80)], [6, 5]), TMJ_F)),
    },
    "temporalis.posterior": {
        "right": zone(TEMPORALIS_R["posterior"],
                      union(grow(TEMPORALIS_R["posterior"], 6),
                            band([(382, 104), (366, 108), (352, 118)], [7, 8, 6]),
                            band([(386, 92), (380, 76)], [8, 6]))),
        "front": zone(TEMPORALIS_F["posterior"],
                      union(grow(TEMPORALIS_F["posterior"], 3), band([(64, 98), (58, 82)],
                                                                     [5, 4]))),
        "back": zone(None, blob(at("ear", -12, -36), 10, 16)),
    },
    # ---- masseter ---------------------------------------------------------------------------
    "masseter.upper": {
        "right": zone(MASSETER_UPPER_R,
                      union(grow(MASSETER_UPPER_R, 4),
                            band([(440, 216), (454, 216)], [5, 4]))),
        "front": zone(MASSETER_UPPER_F,
                      union(grow(MASSETER_UPPER_F, 4), band([(42, 214), (30, 214)], [5, 4]))),
    },
    "masseter.middle": {
        "right": zone(MASSETER_MIDDLE_R,
                      union(grow(MASSETER_MIDDLE_R, 4), band([(440, 200), (460, 200)], [5, 4]))),
        "front": zone(MASSETER_MIDDLE_F,
                      union(grow(MASSETER_MIDDLE_F, 4), band([(42, 197), (28, 199)], [5, 4]))),
    },
    "masseter.lower": {
        "right": zone(MASSETER_LOWER_R,
                      union(grow(MASSETER_LOWER_R, 5),
                            band([(430, 160), (432, 142), (442, 131), (458, 128), (474, 130)],
                                 [6, 7, 6, 5, 4]))),
        "front": zone(MASSETER_LOWER_F,
                      union(grow(MASSETER_LOWER_F, 4),
                            band([(56, 156), (54, 136), (44, 129), (28, 127)], [5, 5, 5, 4]))),
    },
    "masseter.deep": {
        "right": zone(MASSETER_DEEP_R,
                      union(grow(MASSETER_DEEP_R, 5), blob(at("cheek", -12, -4), 9, 8))),
        "front": zone(MASSETER_DEEP_F,
                      union(grow(MASSETER_DEEP_F, 3), blob(at("cheek", 6, -2), 7, 8))),
    },
    # ---- pterygoids -------------------------------------------------------------------------
    "lateral-pterygoid.superior": {
        "right": zone(LATERAL_PTERYGOID_R,
                      union(grow(LATERAL_PTERYGOID_R, 5), blob((452, 200), 14, 5))),
        "front": zone(LATERAL_PTERYGOID_F,
                      union(grow(LATERAL_PTERYGOID_F, 4), blob((34, 198), 12, 5))),
    },
    "lateral-pterygoid.inferior": {
        "right": zone(grow(LATERAL_PTERYGOID_R, -1),
                      union(grow(LATERAL_PTERYGOID_R, 5), blob((452, 200), 14, 5))),
        "front": zone(grow(LATERAL_PTERYGOID_F, -1),
                      union(grow(LATERAL_PTERYGOID_F, 4), blob((34, 198), 12, 5))),
    },
    "medial-pterygoid.angle": {
        "right": zone(MEDIAL_PTERYGOID_R,
                      union(grow(MEDIAL_PTERYGOID_R, 5), blob((428, 254), 8, 8),
                            blob((440, 226), 7, 9))),
        "front": zone(inset(MEDIAL_PTERYGOID_F),
                      union(grow(MEDIAL_PTERYGOID_F, 4), blob((24, 254), 8, 7),
                            blob((44, 216), 5, 8))),
    },
    # ---- digastric --------------------------------------------------------------------------
    "digastric.posterior": {
        "right": zone(DIGASTRIC_POST_R,
                      union(grow(DIGASTRIC_POST_R, 5), blob(at("occiput", 28, 24), 12, 16),
                            blob((428, 256), 7, 7))),
        "back": zone(inset(DIGASTRIC_POST_B),
                     union(grow(DIGASTRIC_POST_B, 5), blob(at("occiput", 6, 20), 12, 14))),
        "front": zone(DIGASTRIC_POST_F,
                      union(grow(DIGASTRIC_POST_F, 4), blob((14, 258), 9, 8))),
    },
    "digastric.anterior": {
        "right": zone(DIGASTRIC_ANT_R,
                      union(grow(DIGASTRIC_ANT_R, 4),
                            band([(458, 250), (442, 254), (428, 262)], [5, 6, 5]))),
        "front": zone(DIGASTRIC_ANT_F, union(grow(DIGASTRIC_ANT_F, 4), blob((8, 262), 14, 10))),
    },
    # ---- sternocleidomastoid ----------------------------------------------------------------
    "sternocleidomastoid.sternal-low": {
        "front": zone(SCM_LOW_F,
                      union(grow(SCM_LOW_F, 5), band([(10, 327), (26, 328), (44, 330)],
                                                     [6, 6, 5]))),
        "right": zone(SCM_LOW_R, union(grow(SCM_LOW_R, 4), blob((450, 330), 8, 6))),
    },
    "sternocleidomastoid.sternal-mid": {
        "front": zone(SCM_MID_F,
                      union(grow(SCM_MID_F, 5), blob(at("chin", 4, 0), 12, 8),
                            blob((8, 264), 10, 13),
                            blob(at("ear", -2, 6), 6, 10))),
        "right": zone(SCM_MID_R,
                      union(grow(SCM_MID_R, 5), blob(at("ear", 2, 4), 8, 12, 10),
                            blob(at("chin", 2, -2), 8, 10),
                            band([(424, 250), (424, 270), (428, 292)], [6, 7, 6]))),
    },
    "sternocleidomastoid.sternal-high": {
        "right": zone(union(SCM_HIGH_R, VERTEX_R),
                      union(grow(SCM_HIGH_R, 6), grow(VERTEX_R, 5),
                            band([at("mastoid", 6, 14), at("mastoid", 14, 34)], [7, 6]))),
        "back": zone(union(SCM_HIGH_B, VERTEX_B),
                     union(grow(SCM_HIGH_B, 6), grow(VERTEX_B, 5))),
        "front": zone(VERTEX_F, grow(VERTEX_F, 4)),
    },
    "sternocleidomastoid.clavicular": {
        "front": zone(union(SCM_CLAV_FOREHEAD_F, inset(SCM_CLAV_EAR_F)),
                      union(grow(SCM_CLAV_FOREHEAD_F, 5), grow(SCM_CLAV_EAR_F, 3),
                            band([(16, 104), (0, 104), (-20, 104), (-34, 106)],
                                 [14, 13, 11, 8]))),
        "right": zone(union(SCM_CLAV_R, SCM_CLAV_FOREHEAD_R),
                      union(grow(SCM_CLAV_R, 5), grow(SCM_CLAV_FOREHEAD_R, 4),
                            band([(396, 214), (404, 236)], [6, 5]))),
        "back": zone(SCM_CLAV_B, grow(SCM_CLAV_B, 5)),
    },
    # ---- scalenes ---------------------------------------------------------------------------
    "anterior-scalene.lower": scalenes(),
    "middle-scalene.belly": scalenes(),
    "posterior-scalene.lower": scalenes(),
}
