"""Referral patterns: spine (muscles added after the first eighty).

The erector spinae of the neck (longissimus capitis, longissimus cervicis, iliocostalis
cervicis), the deepest belly muscle (transversus abdominis) and quadratus femoris, the lowest of
the short hip rotators.

Drawn after the charts of Travell & Simons and Davies, within the regions each point's
<referral> names in content/muscles/<id>.xml; see patterns.py for the primitives and the
coordinates. Back and front views are (u, y), u from the midline toward the person's right;
the right view is the side figure's own (x, y), the face toward +x. Essential is the solid core
of the chart, spillover the stippled surround; where they overlap the generator keeps
essential."""
from patterns import at, band, blob, clip, fill, grow, outline, union, zone
from patterns_trunk_hip import off_arm

# ---- longissimus capitis: behind and around the ear, down the side of the neck, behind the eye
# Back view: the mastoid and the back of the ear, with the top of the side of the neck.
LCAP_BACK = outline(at("behind-ear", -6, -8), at("ear", 2, -8), at("ear", 4, 14),
                    at("mastoid", 6, 14), at("mastoid", -2, 26), at("mastoid", -8, 10),
                    at("behind-ear", -10, 8))
LCAP_BACK_NECK = band([at("mastoid", -2, 18), at("neck-side-C4", -4, 0), at("neck-side-C6", -6, -10)],
                      [8, 8, 6])
# Right view: round the back of the ear and its lobe, and behind it over the mastoid.
LCAP_SIDE = outline(at("ear-top", -12, 8), at("ear-top", -2, 7), at("ear", 3, -6),
                    at("ear", 1, 24), at("mastoid", 10, 14), at("mastoid", -3, 16),
                    at("mastoid", -8, -4), at("behind-ear", -7, -5))
LCAP_SIDE_NECK = band([at("mastoid", 0, 16), at("side-neck", -6, 0), at("side-neck", -10, 22)],
                      [9, 9, 6])

# ---- longissimus cervicis: up the back of the neck beside the spine, the angle of the neck ----
LCERV_BACK = outline(at("T1", 16, 10), at("C7", 15, 0), at("C5", 15), at("C3", 17, -4),
                     at("C3", 29, -4), at("C5", 31), at("neck-angle", -10, -14),
                     at("neck-angle", 8, -6), at("neck-angle", 6, 10), at("neck-angle", -14, 16),
                     at("T1", 32, 8))
LCERV_SIDE = union(band([at("T1", 8, -4), at("C7", 6), at("C5", 6), at("C3", 6, -2)],
                        [8, 10, 10, 8]),
                   blob(at("neck-angle", -10, -4), 13, 10), r=6)

# ---- iliocostalis cervicis: the angle of the neck and up its side; the top of the blade ------
ICERV_BACK = union(outline(at("neck-angle", -22, -10), at("neck-angle", -2, -16),
                           at("neck-angle", 16, -2), at("neck-angle", 14, 14),
                           at("scapula-superior-angle", 4, 4), at("scapula-superior-angle", -10, 8),
                           at("neck-angle", -22, 16)),
                   band([at("neck-angle", -6, -8), at("neck-side-C6", -6, 0),
                         at("neck-side-C4", -6, 0)], [11, 10, 8]), r=6)
ICERV_BACK_SPILL = union(grow(ICERV_BACK, 7),
                         band([at("scapula-superior-angle", -2, 4), at("medial-border-upper", -2, 0),
                               at("medial-border-upper", 2, 26)], [10, 9, 6]),
                         blob(at("supraspinous-fossa", -22, 0), 20, 10, -8),
                         band([at("neck-side-C4", -6, 0), at("mastoid", -6, 20)], [8, 6]), r=6)
ICERV_SIDE = union(outline(at("C6", 2, -6), at("neck-angle", -8, -26), at("neck-angle", 12, -8),
                           at("neck-angle", 14, 12), at("scapula-superior-angle", 6, 2),
                           at("T1", 4, -2), at("C7", -2, 0)),
                   band([at("neck-angle", 0, -10), at("side-neck", -10, 12), at("side-neck", -8, -4)],
                        [10, 9, 8]), r=6)

# ---- transversus abdominis: a band across the upper belly between the rib margins ----------
TA_BAND = band([at("xiphoid", 118, 88), at("xiphoid", 86, 70), at("xiphoid", 40, 54),
                at("xiphoid", 0, 50), at("xiphoid", -40, 54), at("xiphoid", -70, 62)],
               [8, 12, 13, 13, 12, 10])
TA_BAND_ON = band([at("xiphoid", -70, 62), at("xiphoid", -100, 78), at("xiphoid", -118, 88)],
                  [11, 10, 8])
TA_SIDE = band([at("lowest-rib", 52, 14), at("lowest-rib", 66, 10), at("lowest-rib", 84, 6)],
               [9, 11, 9])

# ---- quadratus femoris: the lower buttock from the sitting bone to behind the trochanter ------
QF_BACK = outline(at("ischial-tuberosity", -10, -12), at("buttock-centre", 0, 8),
                  at("buttock-centre", 40, -2), at("greater-trochanter", 4, 6),
                  at("greater-trochanter", 0, 30), at("gluteal-fold-outer", 0, -14),
                  at("gluteal-fold", 0, -6), at("ischial-tuberosity", -14, 10))
QF_SIDE = outline(at("buttock-centre", -12, 16), at("buttock-centre", 26, 8),
                  at("greater-trochanter", -18, 4), at("greater-trochanter", -14, 26),
                  at("gluteal-fold", 24, -10), at("gluteal-fold", -6, -12))

PATTERNS = {
    "longissimus-capitis.upper": {
        "back": zone(LCAP_BACK, union(grow(LCAP_BACK, 7), LCAP_BACK_NECK, r=6)),
        "right": zone(LCAP_SIDE,
                      union(grow(LCAP_SIDE, 6), LCAP_SIDE_NECK, blob(at("eye", -10, 0), 13, 11),
                            r=6)),
        "front": zone(blob(at("ear", 6, 8), 9, 22),
                      blob(at("eye", 0, 0), 17, 11)),
    },
    "longissimus-cervicis.upper-thoracic": {
        "back": zone(LCERV_BACK,
                     union(grow(LCERV_BACK, 7),
                           band([at("C3", 22), at("C1", 22), at("skull-base", 2, 4)], [7, 7, 6]),
                           band([at("neck-side-C4", -4, 0), at("neck-side-C6", -4, 0)], [8, 8]),
                           r=6)),
        "right": zone(LCERV_SIDE,
                      union(grow(LCERV_SIDE, 6),
                            band([at("C3", 9), at("C2", 8), at("skull-base", -4, 6)], [7, 7, 6]),
                            blob(at("side-neck", -10, 10), 12, 16), r=6)),
    },
    "iliocostalis-cervicis.upper": {
        "back": zone(ICERV_BACK, ICERV_BACK_SPILL),
        "right": zone(ICERV_SIDE,
                      union(grow(ICERV_SIDE, 6),
                            band([at("T1", 6), at("T3", 5)], [9, 6]),
                            band([at("side-neck", -8, -4), at("mastoid", -4, 20)], [8, 6]), r=6)),
    },
    "transversus-abdominis.rib-margin": {
        "front": zone(TA_BAND, union(grow(TA_BAND, 7), TA_BAND_ON, r=8)),
        "right": zone(off_arm(TA_SIDE), off_arm(grow(TA_SIDE, 6))),
    },
    "quadratus-femoris.belly": {
        "back": zone(QF_BACK,
                     union(grow(QF_BACK, 8),
                           blob(at("greater-trochanter", -4, -4), 12, 16),
                           band([at("gluteal-fold", 12, -4), at("gluteal-fold", 18, 26)], [14, 10]),
                           r=8)),
        "right": zone(off_arm(QF_SIDE),
                      off_arm(union(grow(QF_SIDE, 7),
                                    band([at("gluteal-fold", 6, -4), at("gluteal-fold", 12, 26)],
                                         [12, 9]), r=8))),
    },
}
