"""Referral patterns: arm and hand (muscles added after the first eighty).

Drawn after the charts of Travell & Simons and Davies, within the regions each point's
<referral> names in content/muscles/<id>.xml; see patterns.py for the primitives and the
coordinates, and patterns_arm_chest.py for the arm's and hand's limb coordinates, whose style
(along / patch / strip on the arm, palm, thumb and finger limbs) and zone() this module reuses.

Hand, front and back views: "palm" s 0 (wrist) to 106 (knuckles), t > 0 the thumb side, its
bands t > 0.3 (ball of the thumb up to s 66, back of the hand thumb side), -0.35..0.3 (middle),
< -0.35 (little-finger side); "thumb" s 0 inside the ball of the thumb, the web at s 72 (the
region "thumb" starts there), t > 0 its outer edge, t < 0 the edge facing the index finger;
fingers "index" "middle" "ring" "little" with s about 20 at the knuckle line, t > 0 toward the
thumb. Right view: "palm" t > 0 the back of the hand, "thumb" (s 0-73, the region from s 12,
t > 0 its back), "fingers" (the index finger seen from the thumb side, t > 0 its back); arm
t < -0.45 the front, t > 0.45 the back, wrist at s 440."""
from patterns import along, grow, patch, union
from patterns_arm_chest import (OUTER_ELBOW, SIDE_FRONT_SHOULDER, SIDE_OUTER_ELBOW,
                                zone)

# ---- pronator teres: deep in the front of the wrist and lower forearm, thumb side ------------
PT_FRONT = union(patch("arm", 440, 0.48, 11, 10),
                 along("arm", [(384, 0.3), (410, 0.36), (432, 0.42)], [6, 8, 9]))
PT_SIDE = union(patch("arm", 450, -0.6, 11, 10),
                along("arm", [(396, -0.62), (424, -0.62), (446, -0.6)], [5, 7, 9]))

# ---- coracobrachialis: front of the shoulder; back of the arm, forearm and hand to the middle
# finger, skipping the elbow ------------------------------------------------------------------
CB_SHOULDER = patch("arm", 38, 0.05, 36, 20)
CB_BACK_ARM = along("arm", [(110, 0.0), (145, 0.02), (180, 0.02)], [10, 13, 9])
CB_BACK_HAND = patch("palm", 60, -0.06, 22, 9)
CB_SIDE_ARM = along("arm", [(112, 0.64), (148, 0.64), (182, 0.64)], [7, 9, 6])

# ---- adductor pollicis: the outer side of the thumb and its base, the ball of the thumb -------
AP_FRONT = along("thumb", [(24, 0.42), (50, 0.52), (74, 0.48), (90, 0.38)], [8, 8, 8, 7])
AP_BACK = along("thumb", [(72, 0.42), (84, 0.42), (94, 0.36)], [8, 8, 7])
AP_SIDE = union(along("thumb", [(8, 0.0), (30, 0.0), (50, 0.0)], [8, 8, 7]),
                patch("palm", 28, -0.45, 14, 7))

# ---- opponens pollicis: the palm side of the thumb, a spot on the front of the wrist ----------
OP_THUMB = along("thumb", [(64, -0.05), (82, 0.0), (100, 0.0)], [9, 9, 8])
OP_WRIST = patch("arm", 440, 0.72, 7, 7)
OP_SIDE_THUMB = along("thumb", [(16, -0.35), (40, -0.35), (64, -0.3)], [6, 6, 5])
OP_SIDE_WRIST = patch("arm", 452, -0.62, 8, 7)

# ---- interossei: the side of the finger the muscle ends on ------------------------------------
# First dorsal: the thumb side of the index finger, deep in the back of the hand by the web.
FDI_INDEX = along("index", [(14, 0.55), (40, 0.6), (64, 0.55), (78, 0.45)], [5, 5, 4.5, 4])
FDI_WEB = patch("palm", 72, 0.68, 18, 8)
FDI_INDEX_PALM = along("index", [(24, 0.55), (50, 0.6), (76, 0.5)], [4.5, 4.5, 4])
LITTLE_OUTER = along("little", [(22, -0.6), (44, -0.62), (64, -0.5)], [4, 4, 3.5])
FDI_SIDE = union(along("fingers", [(8, 0.1), (36, 0.1), (64, 0.1)], [8, 7, 6]),
                 patch("palm", 72, 0.5, 14, 7))
# The others: the facing sides of the middle and ring fingers (the spaces they fill lie between
# the metacarpals behind them).
IO_BACK = union(along("middle", [(20, -0.55), (50, -0.6), (80, -0.55)], [4.5, 4.5, 4]),
                along("ring", [(20, 0.55), (50, 0.6), (78, 0.55)], [4.5, 4.5, 4]))
IO_PALM = union(along("middle", [(24, -0.5), (55, -0.5), (82, -0.5)], [4, 4, 3.5]),
                along("ring", [(24, 0.5), (55, 0.5), (80, 0.5)], [4, 4, 3.5]))

# ---- abductor digiti minimi (hand): the outer side of the little finger -----------------------
ADM = along("little", [(18, -0.5), (40, -0.55), (62, -0.5)], [5, 5, 4.5])
ADM_EDGE = along("palm", [(80, -0.86), (112, -0.84)], [5, 5])

PATTERNS = {
    "pronator-teres.belly": {
        "front": zone(PT_FRONT,
                      union(grow(PT_FRONT, 6),
                            along("arm", [(318, 0.24), (350, 0.28), (386, 0.3)], [6, 8, 8]))),
        "right": zone(PT_SIDE,
                      union(grow(PT_SIDE, 5),
                            along("arm", [(336, -0.62), (366, -0.62), (398, -0.62)], [5, 6, 6]))),
    },
    "anconeus.belly": {
        "back": zone(OUTER_ELBOW, union(grow(OUTER_ELBOW, 5), patch("arm", 240, 0.35, 12, 9))),
        "front": zone(OUTER_ELBOW),
        "right": zone(SIDE_OUTER_ELBOW,
                      union(grow(SIDE_OUTER_ELBOW, 5), patch("arm", 244, 0.55, 12, 9))),
    },
    "coracobrachialis.upper": {
        "front": zone(CB_SHOULDER, grow(CB_SHOULDER, 6)),
        "back": zone(union(CB_BACK_ARM, CB_BACK_HAND),
                     union(grow(CB_BACK_ARM, 6), grow(CB_BACK_HAND, 4),
                           along("arm", [(84, 0.0), (120, 0.0)], [8, 10]),
                           along("arm", [(188, 0.02), (206, 0.02)], [8, 6]),
                           along("arm", [(286, 0.04), (330, 0.02), (380, -0.02), (420, -0.06)],
                                 [6, 8, 8, 7]),
                           along("palm", [(-4, -0.1), (40, -0.08)], [4, 5]),
                           along("middle", [(14, 0.0), (48, 0.0), (84, 0.0)], [6, 6, 5]))),
        "right": zone(union(SIDE_FRONT_SHOULDER, CB_SIDE_ARM),
                      union(grow(SIDE_FRONT_SHOULDER, 4), grow(CB_SIDE_ARM, 5),
                            along("arm", [(90, 0.64), (205, 0.64)], [6, 6]),
                            along("arm", [(296, 0.64), (350, 0.64), (420, 0.62)], [6, 7, 6]))),
    },
    "adductor-pollicis.web": {
        "front": zone(AP_FRONT,
                      union(grow(AP_FRONT, 5),
                            along("thumb", [(60, 0.0), (84, 0.0), (102, 0.0)], [9, 9, 8]),
                            patch("thumb", 44, -0.25, 24, 9),
                            patch("palm", 38, 0.62, 20, 10))),
        "back": zone(AP_BACK,
                     union(grow(AP_BACK, 5),
                           along("thumb", [(36, 0.2), (62, 0.2)], [10, 10]),
                           patch("palm", 60, 0.76, 14, 8))),
        "right": zone(AP_SIDE,
                      union(grow(AP_SIDE, 4),
                            along("thumb", [(50, 0.0), (66, 0.0)], [7, 6]))),
    },
    "opponens-pollicis.thenar": {
        "front": zone(union(OP_THUMB, OP_WRIST),
                      union(grow(OP_THUMB, 4), grow(OP_WRIST, 4),
                            patch("thumb", 38, 0.3, 24, 10))),
        "right": zone(union(OP_SIDE_THUMB, OP_SIDE_WRIST),
                      union(grow(OP_SIDE_THUMB, 3), grow(OP_SIDE_WRIST, 3),
                            patch("palm", 26, -0.5, 12, 6))),
    },
    "hand-interossei.first-dorsal": {
        "back": zone(union(FDI_INDEX, FDI_WEB),
                     union(grow(union(FDI_INDEX, FDI_WEB), 4),
                           patch("palm", 62, 0.12, 26, 9), LITTLE_OUTER)),
        "front": zone(FDI_INDEX_PALM,
                      union(grow(FDI_INDEX_PALM, 4), patch("palm", 84, 0.3, 16, 8),
                            LITTLE_OUTER)),
        "right": zone(FDI_SIDE, grow(FDI_SIDE, 4)),
    },
    "hand-interossei.others": {
        "back": zone(IO_BACK,
                     union(grow(IO_BACK, 3),
                           along("palm", [(56, 0.0), (86, 0.0), (110, 0.0)], [5, 7, 7]))),
        "front": zone(None, IO_PALM),
    },
    "abductor-digiti-minimi-hand.belly": {
        "front": zone(ADM, union(grow(ADM, 4), ADM_EDGE)),
        "back": zone(ADM, union(grow(ADM, 4), ADM_EDGE)),
    },
}
