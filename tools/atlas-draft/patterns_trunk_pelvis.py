"""Referral patterns: trunk and pelvis (muscles added after the first eighty): subclavius,
sternalis, the diaphragm, the intercostals, the pelvic floor and obturator internus.

Drawn after the charts of Travell & Simons and Davies, within the regions each point's
<referral> names in content/muscles/<id>.xml; see patterns.py for the primitives and the
coordinates. Arm pieces are drawn in the arm's (s, t) as in patterns_arm_chest.py (front and
back views: t > 0 the thumb side; right view: t < -0.45 the front of the arm); zone() is the
one of patterns_arm_chest.py, which cuts the spillover with the very same wavering essential
outline, so no slivers are left between them.

The atlas has no region for the perineum and the anal opening: on the back view they lie at
the bottom of the cleft between the buttocks, between the tip of the tailbone (y = 818) and the
crotch (about y = 846), which the regions give to the tailbone (coccyx) and the lower inner
buttocks on both sides. The pelvic patterns are drawn there, crossing the midline."""
from patterns import along, at, band, blob, grow, limb, outline, patch, union
from patterns_arm_chest import SIDE_THUMB, zone
from patterns_trunk_hip import off_arm

# ---- subclavius: the front of the shoulder, down the biceps, skipping the elbow, the thumb
# side of the forearm, and the thumb, index and middle fingers (palm side and back) ---------
SUBCLAVIUS_ARM = union(patch("arm", 24, 0.15, 30, 24),
                       along("arm", [(40, 0.05), (100, 0.0), (160, 0.0)], [16, 13, 8]))
SUBCLAVIUS_FOREARM = along("arm", [(290, 0.62), (335, 0.64), (380, 0.62)], [8, 10, 7])
SUBCLAVIUS_FINGERS = union(along("thumb", [(56, 0), (78, 0), (98, 0)], [11, 10, 9]),
                           along("index", [(24, 0), (50, 0), (74, 0)], [8, 7, 6]),
                           along("middle", [(24, 0), (54, 0), (82, 0)], [8, 7, 6]), r=0)
SUBCLAVIUS_FRONT = union(SUBCLAVIUS_ARM, SUBCLAVIUS_FOREARM, SUBCLAVIUS_FINGERS, r=0)
SUBCLAVIUS_FRONT_SPILL = union(grow(SUBCLAVIUS_FRONT, 6),
                               blob(at("clavicle-mid", 26, 16), 34, 11, -4),
                               along("arm", [(150, 0.0), (205, 0.0)], [8, 6]),
                               along("arm", [(250, 0.7), (290, 0.64)], [6, 9]),
                               along("arm", [(380, 0.62), (416, 0.62)], [8, 6]),
                               patch("palm", 30, 0.55, 26, 14), r=0)
SUBCLAVIUS_BACK = union(along("thumb", [(64, 0), (82, 0), (98, 0)], [10, 9, 8]),
                        along("index", [(24, 0), (50, 0), (74, 0)], [7, 7, 6]),
                        along("middle", [(24, 0), (54, 0), (82, 0)], [7, 7, 6]), r=0)
SUBCLAVIUS_SIDE = union(patch("arm", 30, -0.66, 34, 12),
                        along("arm", [(60, -0.7), (110, -0.72), (160, -0.7)], [9, 8, 6]),
                        along("arm", [(300, 0.0), (345, -0.05), (390, -0.1)], [9, 9, 7]),
                        SIDE_THUMB, r=0)

# ---- sternalis: over the breastbone, across the upper chest; the front of the shoulder and
# the inner arm to the elbow -----------------------------------------------------------------
STERNALIS = union(band([at("sternal-notch", 4, 14), at("sternum-mid", 5, -30),
                        at("sternum-mid", 5, 20), at("xiphoid", 3, -26)], [14, 18, 17, 12]),
                  blob(at("sternum-mid", 28, -48), 20, 24, 10))
STERNALIS_SPILL = union(grow(STERNALIS, 8),
                        blob(at("sternal-notch", 12, 56), 84, 34),
                        patch("arm", 22, 0.0, 26, 22),
                        along("arm", [(40, -0.7), (110, -0.75), (180, -0.8), (236, -0.85)],
                              [11, 11, 10, 9]),
                        blob("medial-epicondyle", 12, 14), r=6)

# ---- diaphragm: along the front of the lower ribs, just above their edge ("stitch"); the top
# of the shoulder ----------------------------------------------------------------------------
DIAPHRAGM_FRONT = band([at("xiphoid", 16, 2), at("rib-margin-mid", -8, -16),
                        at("rib-margin-mid", 30, 0), at("rib-margin-side", -4, -16)],
                       [9, 13, 14, 10])
DIAPHRAGM_FRONT_SPILL = union(grow(DIAPHRAGM_FRONT, 8),
                              blob(at("rib-margin-mid", 16, 30), 30, 12, 35), r=8)
# Right view: the rib margin runs down and back from (494, 550) to (403, 593).
DIAPHRAGM_SIDE = band([(496, 540), (474, 554), (452, 566)], [8, 10, 8])
DIAPHRAGM_SIDE_SPILL = union(grow(DIAPHRAGM_SIDE, 7),
                             band([(452, 568), (432, 578), (416, 584)], [8, 9, 7]), r=6)
# The top of the shoulder: a thin strip along the upper edge of the shoulder from the angle of
# the neck to its point (front and back views: the same figure; the band runs just above the
# edge and is cut there). The diaphragm's nerve comes from the neck, so its pain may be felt
# here.
SHOULDER_TOP = band([at("acromion", -104, -40), at("acromion", -65, -31),
                     at("acromion", -28, -21), at("acromion", -2, -11)], [9, 10, 10, 9])
SHOULDER_TOP_SIDE = band([(392, 308), (414, 314), (434, 322)], [6, 7, 6])

# ---- intercostals: local, along the rib space ------------------------------------------------
# Right view: the ribs run down and forward round the side of the chest.
ICS_SIDE = band([(420, 508), (442, 518), (464, 529)], [7, 9, 7])
ICS_SIDE_SPILL = union(grow(ICS_SIDE, 6),
                       band([(414, 500), (442, 516), (480, 536)], [5, 8, 5]),
                       band([(420, 491), (442, 502), (464, 512)], [4, 6, 4]),
                       band([(420, 525), (442, 535), (464, 546)], [4, 6, 4]), r=4)
ICS_FRONT_SIDE = band([(458, 517), (476, 526), (494, 537)], [7, 9, 7])
ICS_FRONT_SIDE_SPILL = union(grow(ICS_FRONT_SIDE, 6),
                             band([(448, 512), (476, 524), (502, 540)], [5, 8, 5]), r=4)
ICS_FRONT = band([at("nipple", 32, 72), at("nipple", 8, 66), at("nipple", -18, 58)],
                 [7, 9, 7])
ICS_FRONT_SPILL = union(grow(ICS_FRONT, 6),
                        band([at("nipple", 44, 76), at("nipple", 8, 66), at("nipple", -34, 52)],
                             [5, 8, 5]),
                        band([at("nipple", 26, 54), at("nipple", 6, 50), at("nipple", -14, 44)],
                             [4, 6, 4]), r=4)

# ---- pelvic floor and obturator internus: the tailbone and the anal region at the bottom of
# the cleft between the buttocks (back view) ---------------------------------------------------
CLEFT = outline(at("coccyx", -9, -22), at("coccyx", 6, -26), at("coccyx", 14, -8),
                at("coccyx", 15, 12), at("coccyx", 8, 26), at("coccyx", -7, 26),
                at("coccyx", -11, 4))
TAILBONE = outline(at("S5", -7, -8), at("S5", 8, -10), at("S5", 15, 6), at("coccyx", 12, 0),
                   at("coccyx", 3, 8), at("coccyx", -8, 2), at("S5", -9, 10))
LOWER_SACRUM = blob(at("S4", 1, -2), 13, 14)
BACK_THIGH = along("leg", [(24, -0.3), (60, -0.18), (95, -0.12)], [15, 15, 9])

PATTERNS = {
    "subclavius.belly": {
        "front": zone(SUBCLAVIUS_FRONT, SUBCLAVIUS_FRONT_SPILL),
        "back": zone(SUBCLAVIUS_BACK,
                     union(grow(SUBCLAVIUS_BACK, 5), patch("palm", 36, 0.6, 22, 12), r=0)),
        "right": zone(SUBCLAVIUS_SIDE,
                      union(grow(SUBCLAVIUS_SIDE, 5),
                            along("arm", [(260, -0.1), (300, 0.0)], [6, 8]), r=0)),
    },
    "sternalis.mid": {
        "front": zone(STERNALIS, STERNALIS_SPILL),
    },
    "diaphragm.rib-margin": {
        "front": zone(DIAPHRAGM_FRONT, union(DIAPHRAGM_FRONT_SPILL, SHOULDER_TOP, r=0)),
        "right": zone(off_arm(DIAPHRAGM_SIDE),
                      off_arm(union(DIAPHRAGM_SIDE_SPILL, SHOULDER_TOP_SIDE, r=0))),
        "back": zone(None, SHOULDER_TOP),
    },
    "intercostals.side": {
        "right": zone(off_arm(ICS_SIDE), off_arm(ICS_SIDE_SPILL)),
    },
    "intercostals.front": {
        "right": zone(off_arm(ICS_FRONT_SIDE), off_arm(ICS_FRONT_SIDE_SPILL)),
        "front": zone(ICS_FRONT, ICS_FRONT_SPILL),
    },
    "pelvic-floor.levator-ani": {
        "back": zone(CLEFT, union(grow(CLEFT, 7), LOWER_SACRUM, r=6)),
    },
    "pelvic-floor.coccygeus": {
        "back": zone(union(TAILBONE, grow(LOWER_SACRUM, -2), r=4),
                     union(grow(TAILBONE, 7), grow(LOWER_SACRUM, 5),
                           blob(at("coccyx", 14, -6), 12, 16), r=6)),
    },
    "obturator-internus.pelvic": {
        "back": zone(union(CLEFT, blob(at("coccyx", 12, 14), 10, 12), r=4),
                     union(grow(CLEFT, 7), BACK_THIGH,
                           band([at("coccyx", 14, 16), at("ischial-tuberosity", -4, 2),
                                 limb("leg", 24, -0.3)], [9, 11, 14]), r=8)),
    },
}
