"""Referral patterns: abdomen, low back, buttock, hip and thigh (iliopsoas, the abdominal wall,
quadratus lumborum, serratus posterior inferior, the gluteals, piriformis, tensor fasciae latae,
the adductor group, gracilis and sartorius).

Drawn after the charts of Travell & Simons (Myofascial Pain and Dysfunction, vol. 1 and 2) and
Davies (The Trigger Point Therapy Workbook), within the regions each point's <referral> names
in content/muscles/<id>.xml. Coordinates (anchors.py): back and front views (u, y), u from the
midline toward the person's right; right view (x, y) of the side figure, the face toward +x.
Leg points are (s, t): s down the leg from the hip (kneecap s = 318, ankle about s = 660); on
the front figure (front and back views) t > 0 is the outer side, on the side figure t > 0 the
back of the leg. Essential is the solid core of the chart, spillover the stippled surround;
where they overlap the generator keeps essential.

On the right view the hanging arm and hand lie over the flank, the hip and the upper outer
thigh: what a pattern has there is hidden, so the side shapes leave the arm out (off_arm)."""
from patterns import (along, at, band, blob, clip, fill, grow, limb, minus, outline, patch,
                      union, zone)

# ---- shared pieces ----------------------------------------------------------------------------
# Right view: the arm and hand hanging in front of the side of the trunk and thigh.
THIRDS = ("top", "middle", "bottom")
ARM_SIDE = fill(*[f"{face}-{part}-{level}" for face in ("front", "outer", "back")
                  for part in ("upper-arm", "forearm") for level in THIRDS],
                "front-elbow", "outer-elbow", "back-elbow", "front-wrist-thumb-side",
                "back-wrist-thumb-side", "ball-of-thumb", "back-of-hand-thumb-side",
                "index-finger", "back-index-finger", "thumb")


def off_arm(shape):
    """Right view: the part of a shape the hanging arm does not hide."""
    return minus(shape, grow(ARM_SIDE, 1.0))


def apart(essential, spillover, gap=0.0):
    """A zone whose spillover is drawn around its essential area rather than under it. For
    shapes that share an edge with their essential area (the silhouette, a clip), where taking
    one from the other after the hand-drawn waver would leave degenerate slivers."""
    return zone(essential, minus(spillover, grow(essential, gap) if gap else essential))


# Back view: the strip of inner thigh, knee and leg seen between the legs from behind.
INNER_BACK = fill(*[f"inner-thigh-{level}" for level in THIRDS], "inner-knee",
                  *[f"inner-leg-{level}" for level in THIRDS])


def inner_back(shape):
    """Back view: the part of a (front-drawn) inner-thigh shape on the inner strip."""
    return clip(shape, grow(INNER_BACK, 2.0))


# Back view: the iliac crest from the dimple over the sacroiliac joint round to the side.
CREST_BACK = [at("iliac-crest-back", -8, 6), "iliac-crest-back", at("iliac-crest-top", -14, -1),
              "iliac-crest-top", "iliac-crest-side", at("iliac-crest-side", 14, 8)]

# ---- iliopsoas: a vertical band beside the lumbar spine down to the sacroiliac joint; the
# groin and upper front of the thigh --------------------------------------------------------------
PSOAS_BACK = band([at("L1", 14), at("L3", 17), at("L5", 22), at("sacroiliac", -4, -6),
                   at("sacroiliac", 0, 14)], [7, 10, 11, 11, 8])
PSOAS_BACK_UPPER = band([at("L1", 14), at("L3", 17), at("L5", 20)], [7, 10, 10])
PSOAS_FRONT = union(blob(at("groin", -6, 12), 20, 13, 30),
                    along("leg", [(-10, -0.3), (40, -0.25), (100, -0.2), (135, -0.2)],
                          [18, 20, 16, 10]))
PSOAS_FRONT_SPILL = union(grow(PSOAS_FRONT, 9),
                          along("leg", [(20, -0.55), (90, -0.6), (150, -0.45)], [14, 14, 10]),
                          r=10)
PSOAS_SIDE = along("leg", [(18, -0.8), (60, -0.78), (110, -0.75), (140, -0.72)], [10, 12, 10, 7])
# Back view: the upper inner buttock beside the sacroiliac joint, and the upper sacrum.
PSOAS_BUTTOCK = outline(at("psis", -10, 6), at("psis", 10, -6), at("sacroiliac", 26, 0),
                        at("sacroiliac", 24, 22), at("sacroiliac", 0, 30),
                        at("sacroiliac", -22, 20), at("S1", 4, 4))

# ---- quadratus lumborum -----------------------------------------------------------------------
QL_CREST_BACK = band(CREST_BACK, [8, 10, 11, 11, 10, 8])
QL_CREST_FRONT = band([at("iliac-crest-side", 8, -2), "iliac-crest-side", at("asis", 14, -22),
                       at("asis", 0, 0), at("asis", -8, 14)], [8, 10, 11, 10, 8])
QL_CREST_SIDE_BACK = band([at("iliac-crest-back", -14, 6), "iliac-crest-back",
                           at("iliac-crest-top", -24, -10)], [8, 10, 10])
QL_CREST_SIDE_FRONT = band([at("asis", -4, 6), at("asis", 6, 18), at("asis", 10, 34)], [7, 9, 7])
# Right view: the crest round the side of the waist, in front of the hanging arm.
QL_CREST_SIDE_MID = band([at("iliac-crest-top", 10, 2), at("iliac-crest-top", 40, 6),
                          at("asis", -24, -36), at("asis", -12, -22), at("asis", -3, -4)],
                         [7, 7, 6, 5, 4])
# Front view: the lower quadrant of the belly inside the hip bone, down to the groin.
QL_BELLY = outline(at("asis", -20, -30), at("asis", -4, 4), at("groin", 12, -4), at("groin", 2, 14),
                   at("groin", -16, 8), at("asis", -56, 6), at("asis", -46, -24))
QL_TROCHANTER_BACK = blob(at("greater-trochanter", -10, 18), 16, 20, 10)
QL_TROCHANTER_SIDE = blob(at("greater-trochanter", 22, -14), 18, 24)
QL_SI = blob(at("sacroiliac", -2, -4), 12, 24, 10)
QL_SI_SPILL = outline(at("L5", 12, -10), at("L5", 30, -14), at("sacroiliac", 14, -12),
                      at("sacroiliac", 12, 22), at("sacroiliac", -4, 34), at("S3", 4),
                      at("S1", 0))
QL_LOWER_BUTTOCK = outline(at("buttock-centre", -42, 12), at("buttock-centre", 0, 4),
                           at("buttock-centre", 40, 14), at("buttock-centre", 44, 40),
                           at("buttock-centre", 14, 58), at("buttock-centre", -28, 56),
                           at("buttock-centre", -48, 36))

# ---- gluteals and piriformis (back view) -------------------------------------------------------
GMAX_CLEFT = band([at("psis", 6, -12), at("sacroiliac", -2, -6), at("S3", 24), at("S5", 20),
                   at("ischial-tuberosity", -22, -8), at("gluteal-fold", -16, -6)],
                  [9, 12, 13, 13, 12, 8])
GMAX_LOWER = outline(at("sacroiliac", -6, 18), at("sacroiliac", 20, 24),
                     at("buttock-centre", 20, -2), at("buttock-centre", 44, 26),
                     at("buttock-centre", 30, 58), at("buttock-centre", -10, 66),
                     at("buttock-centre", -46, 52), at("buttock-centre", -64, 22),
                     at("S4", 8, -4))
GMAX_SPILL = outline(at("S2", -4, -6), at("sacroiliac", 30, -14), at("buttock-centre", 40, -36),
                     at("buttock-centre", 66, 0), at("buttock-centre", 60, 50),
                     at("gluteal-fold", 30, 20), at("gluteal-fold", -20, 20),
                     at("coccyx", 0, 10), at("S4", -6, 0))
GMAX_COCCYX = outline(at("coccyx", -6, -28), at("coccyx", 6, -30), at("coccyx", 22, -16),
                      at("coccyx", 30, 2), at("coccyx", 16, 12), at("coccyx", -2, 8),
                      at("coccyx", -8, -10))
GMED_BACK = band([at("iliac-crest-back", 18, 2), at("iliac-crest-back", -4, 8), at("psis", 2, -2),
                  at("sacroiliac", -10, -8), at("sacrum-edge", 0, 6)], [8, 12, 13, 12, 9])
GMED_SIDE = outline(at("iliac-crest-top", 10, 16), at("iliac-crest-side", 16, 20),
                    at("greater-trochanter", 4, -20), at("greater-trochanter", -2, 16),
                    at("buttock-centre", 40, 20), at("buttock-centre", 10, 0),
                    at("buttock-centre", 4, -50))
GMED_CREST = band([at("iliac-crest-side", 10, 14), at("iliac-crest-top", 4, 10),
                   at("iliac-crest-back", 12, 2), at("iliac-crest-back", -2, 8)], [9, 12, 11, 8])
GMED_SACRUM = band([at("sacroiliac", -80, -6), at("S1", 0, 14), at("sacroiliac", 4, -6)],
                   [11, 12, 11])
PIRI_BAND = band([at("sacroiliac", -6, -4), at("sacroiliac", 24, 8), at("buttock-centre", 14, -22),
                  at("greater-trochanter", -14, 4)], [12, 15, 15, 12])
PIRI_INNER = outline(at("psis", -14, 4), at("psis", 14, 0), at("sacroiliac", 30, 4),
                     at("sacroiliac", 30, 26), at("sacroiliac", 4, 30), at("sacroiliac", -20, 14))
PIRI_THIGH = along("leg", [(0, 0.1), (60, 0.08), (140, 0.04), (210, 0.0), (240, 0.0)],
                   [24, 20, 17, 14, 9])
PIRI_BUTTOCK = outline(at("sacroiliac", 6, 20), at("buttock-centre", 40, -16),
                       at("greater-trochanter", 0, 20), at("gluteal-fold-outer", 10, -6),
                       at("gluteal-fold-outer", -40, 14), at("buttock-centre", -20, 30))

# ---- gluteus minimus: down the side or the back of the leg ------------------------------------
GMIN_FRONT_THIGH = along("leg", [(10, 0.8), (100, 0.82), (200, 0.82), (290, 0.8)],
                         [14, 15, 13, 10])
GMIN_FRONT_LEG = along("leg", [(300, 0.8), (380, 0.85), (480, 0.8), (580, 0.75), (660, 0.8)],
                       [11, 11, 10, 9, 9])
GMIN_SIDE_THIGH = along("leg", [(-20, -0.05), (60, -0.12), (160, -0.1), (290, -0.02)],
                        [20, 23, 20, 14])
GMIN_SIDE_LEG = along("leg", [(300, -0.05), (380, -0.05), (480, -0.05), (580, 0.0), (665, 0.05)],
                      [13, 14, 12, 11, 10])
GMIN_BACK_THIGH = along("leg", [(20, 0.1), (90, 0.08), (150, 0.06), (175, 0.06)],
                        [22, 21, 18, 12])
GMIN_BACK_LEG = along("leg", [(170, 0.06), (250, 0.05), (330, 0.05), (400, 0.05), (480, 0.05),
                              (550, 0.05)], [17, 15, 14, 14, 12, 8])
GMIN_SIDE_BACK_THIGH = along("leg", [(20, 0.7), (90, 0.7), (150, 0.68), (175, 0.68)],
                             [16, 16, 13, 9])
GMIN_SIDE_BACK_LEG = along("leg", [(170, 0.68), (250, 0.66), (320, 0.65), (400, 0.6),
                                   (480, 0.55), (550, 0.5)], [14, 13, 12, 13, 11, 8])

# ---- tensor fasciae latae: the front of the hip and down the outer front of the thigh --------
TFL_SIDE = along("leg", [(-45, -0.55), (0, -0.45), (80, -0.36), (190, -0.3)], [15, 18, 17, 10])
TFL_SIDE_KNEE = along("leg", [(190, -0.3), (260, -0.25), (330, -0.2)], [11, 10, 9])
TFL_FRONT = union(band([at("asis", 12, 10), at("asis", 26, 40)], [10, 13]),
                  along("leg", [(0, 0.72), (80, 0.78), (180, 0.8)], [14, 13, 9]))
TFL_FRONT_KNEE = along("leg", [(180, 0.8), (260, 0.82), (330, 0.8)], [10, 9, 9])

# ---- adductors, gracilis, sartorius (front view, thigh) --------------------------------------
ADD_GROIN = blob(at("groin", -20, 16), 18, 12, 25)
ADD_LONGUS_THIGH = along("leg", [(10, -0.6), (80, -0.68), (150, -0.72)], [15, 14, 11])
ADD_LONGUS_UPPER = union(ADD_GROIN, ADD_LONGUS_THIGH)
ADD_LONGUS_KNEE = along("leg", [(150, -0.75), (230, -0.78), (300, -0.8), (345, -0.72)],
                        [10, 10, 11, 11])
ADD_LONGUS_LOWER = union(along("leg", [(140, -0.72), (220, -0.76), (290, -0.78), (325, -0.74)],
                               [9, 12, 13, 13]),
                         patch("leg", 335, -0.72, 22, 13))
ADD_SHIN = along("leg", [(360, -0.65), (440, -0.6), (540, -0.62), (630, -0.68)],
                 [11, 10, 9, 7])
MAGNUS_LEG = along("leg", [(0, -0.55), (70, -0.68), (160, -0.74), (265, -0.76)],
                   [15, 15, 13, 9])
MAGNUS_THIGH = union(ADD_GROIN, MAGNUS_LEG)
# Front view: the pubic bone; back view: deep between the sitting bones (the pelvic floor).
MAGNUS_PUBIS = blob(at("pubic-tubercle", -12, 22), 16, 14)
MAGNUS_PERINEUM = blob(at("ischial-tuberosity", -30, 0), 14, 16)
GRACILIS = along("leg", [(50, -0.82), (120, -0.85), (220, -0.86), (300, -0.84)], [6, 8, 8, 6])
SARTORIUS_UPPER = along("leg", [(0, 0.4), (40, 0.28), (90, 0.08), (135, -0.1)], [9, 10, 10, 8])
SARTORIUS_LINE = along("leg", [(-40, 0.55), (0, 0.4), (90, 0.08), (180, -0.3), (260, -0.6),
                               (320, -0.72)], [7, 8, 8, 8, 8, 8])
SARTORIUS_MID = along("leg", [(165, -0.45), (210, -0.6), (255, -0.7)], [9, 10, 9])
SARTORIUS_KNEE = patch("leg", 345, -0.72, 20, 12)

# ---- abdomen ---------------------------------------------------------------------------------
OBLIQUE_UPPER = outline(at("xiphoid", 14, 16), at("rib-margin-mid", -8, -8),
                        at("rib-margin-mid", 26, 2), at("rib-margin-mid", 40, 26),
                        at("rib-margin-mid", 10, 50), at("rib-margin-mid", -30, 48),
                        at("xiphoid", 8, 50))
OBLIQUE_BELT = band([at("xiphoid", -100, 76), at("xiphoid", -55, 58), at("xiphoid", 0, 46),
                     at("xiphoid", 55, 58), at("xiphoid", 100, 76)], [9, 12, 13, 12, 9])
# Front view: both rib margins, from the side up to the xiphoid and down again.
RIB_MARGINS = band([at("xiphoid", -118, 80), at("xiphoid", -60, 32), at("xiphoid", 0, 8),
                    at("xiphoid", 60, 32), at("xiphoid", 118, 80)], [7, 9, 9, 9, 7])
OBLIQUE_LOWER = outline(at("asis", -10, 10), at("asis", -4, 24), at("groin", 16, 4),
                        at("groin", -10, 26), at("pubic-tubercle", 10, 17),
                        at("pubic-tubercle", 0, 5), at("groin", -30, -6), at("asis", -40, 20))
# Right view: the front of the belly below the ribs, seen edge-on.
OBLIQUE_UPPER_SIDE = outline(at("lowest-rib", 50, -40), at("lowest-rib", 70, -36),
                             at("lowest-rib", 74, 10), at("lowest-rib", 62, 36),
                             at("lowest-rib", 50, 14))
OBLIQUE_BELT_SIDE = band([at("lowest-rib", 46, 16), at("lowest-rib", 60, 12),
                          at("lowest-rib", 76, 8)], [10, 12, 10])
RECTUS_BACK_BAND = band([at("T12", -38, -10), at("T12", 0, -12), at("T12", 38, -10)],
                        [9, 12, 9])
RECTUS_BACK_WIDE = band([at("T12", -112, -20), at("T12", -60, -12), at("T12", 0, -12),
                         at("T12", 60, -12), at("T12", 112, -20)], [8, 14, 16, 14, 8])
RECTUS_XIPHOID = band([at("xiphoid", 2, 24), at("xiphoid", 30, 28), at("xiphoid", 58, 38)],
                      [12, 13, 10])
RECTUS_NAVEL = outline(at("navel", -4, -20), at("navel", 22, -26), at("navel", 38, -8),
                       at("navel", 36, 16), at("navel", 18, 28), at("navel", -4, 22))
RECTUS_SACRAL = band([at("S1", -46, 4), at("S1", -22, -8), at("S1", 0, -10), at("S1", 22, -8),
                      at("S1", 46, 4)], [9, 13, 13, 13, 9])
RECTUS_SACRAL_WIDE = band([at("S1", -74, 8), at("S1", -40, -4), at("S1", 0, -8), at("S1", 40, -4),
                           at("S1", 74, 8)], [9, 16, 18, 16, 9])

# ---- serratus posterior inferior: over the lower ribs at the back ---------------------------
SPI_BACK = band([at("T11", 12, -6), at("T11", 50, -2), at("lowest-rib", 6, -22),
                 at("lowest-rib", 34, -2)], [13, 17, 17, 11])
SPI_SIDE = outline(at("T11", -2, -40), at("T11", 14, -36), at("T12", 10, 6), at("T12", -2, 18),
                   at("T11", -6, 0))

PATTERNS = {
    # ---- iliopsoas -------------------------------------------------------------------------------
    "iliopsoas.psoas": {
        "back": zone(PSOAS_BACK, union(grow(PSOAS_BACK, 8), PSOAS_BUTTOCK, r=8)),
        "front": zone(PSOAS_FRONT, PSOAS_FRONT_SPILL),
        "right": zone(PSOAS_SIDE, grow(PSOAS_SIDE, 7)),
    },
    "iliopsoas.iliacus": {
        "back": zone(PSOAS_BACK, union(grow(PSOAS_BACK, 7), grow(PSOAS_BUTTOCK, -3), r=8)),
        "front": zone(PSOAS_FRONT,
                      union(PSOAS_FRONT_SPILL,
                            band([at("groin", 4, -4), at("asis", -4, 22), at("asis", 2, 6)],
                                 [13, 12, 9]), r=8)),
        "right": zone(PSOAS_SIDE, grow(PSOAS_SIDE, 7)),
    },
    "iliopsoas.attachment": {
        "back": zone(PSOAS_BACK_UPPER,
                     union(grow(PSOAS_BACK_UPPER, 7), grow(PSOAS_BUTTOCK, -2), r=8)),
        "front": zone(PSOAS_FRONT, PSOAS_FRONT_SPILL),
        "right": zone(PSOAS_SIDE, grow(PSOAS_SIDE, 7)),
    },
    # ---- abdominal wall --------------------------------------------------------------------------
    "obliques.upper": {
        "front": zone(OBLIQUE_UPPER,
                      union(grow(OBLIQUE_UPPER, 7),
                            blob(at("xiphoid", -30, 40), 26, 20))),
        "right": zone(OBLIQUE_UPPER_SIDE, grow(OBLIQUE_UPPER_SIDE, 6)),
    },
    "obliques.rib-edge": {
        "front": zone(OBLIQUE_BELT,
                      union(grow(OBLIQUE_BELT, 7), RIB_MARGINS, r=10)),
        "right": zone(OBLIQUE_BELT_SIDE,
                      union(grow(OBLIQUE_BELT_SIDE, 6),
                            band([at("lowest-rib", 46, -6), at("lowest-rib", 76, -14)], [7, 7]),
                            r=6)),
    },
    "obliques.lower": {
        "front": zone(OBLIQUE_LOWER,
                      union(grow(OBLIQUE_LOWER, 7), blob(at("pubic-tubercle", -8, 18), 14, 14),
                            r=6)),
    },
    "rectus-abdominis.upper": {
        "back": zone(RECTUS_BACK_BAND, RECTUS_BACK_WIDE),
        "front": zone(RECTUS_XIPHOID, grow(RECTUS_XIPHOID, 8)),
    },
    "rectus-abdominis.umbilical": {
        "front": zone(RECTUS_NAVEL, grow(RECTUS_NAVEL, 7)),
    },
    "rectus-abdominis.lower": {
        "back": zone(RECTUS_SACRAL, RECTUS_SACRAL_WIDE),
        "front": zone(None, blob(at("asis", -52, 14), 24, 17, 20)),
    },
    # ---- quadratus lumborum ----------------------------------------------------------------------
    "quadratus-lumborum.upper-lateral": {
        "back": zone(QL_CREST_BACK, grow(QL_CREST_BACK, 8)),
        "front": zone(QL_CREST_FRONT,
                      union(grow(QL_CREST_FRONT, 7), QL_BELLY, r=8)),
        "right": zone(off_arm(union(QL_CREST_SIDE_BACK, QL_CREST_SIDE_FRONT)),
                      off_arm(union(grow(QL_CREST_SIDE_BACK, 7), grow(QL_CREST_SIDE_FRONT, 4),
                                    QL_CREST_SIDE_MID))),
    },
    "quadratus-lumborum.lower-lateral": {
        "back": zone(QL_TROCHANTER_BACK,
                     union(grow(QL_TROCHANTER_BACK, 7),
                           along("leg", [(30, 0.8), (90, 0.82), (150, 0.84)], [15, 13, 9]), r=8)),
        "right": zone(off_arm(QL_TROCHANTER_SIDE),
                      off_arm(union(grow(QL_TROCHANTER_SIDE, 7),
                                    along("leg", [(20, -0.25), (90, -0.25), (150, -0.2)],
                                          [16, 14, 9]), r=8))),
    },
    "quadratus-lumborum.upper-deep": {
        "back": zone(QL_SI, union(grow(QL_SI, 7), QL_SI_SPILL, r=8)),
    },
    "quadratus-lumborum.lower-deep": {
        "back": zone(QL_LOWER_BUTTOCK,
                     union(grow(QL_LOWER_BUTTOCK, 7),
                           band([at("buttock-centre", -36, 10), at("sacroiliac", 4, 14),
                                 at("sacroiliac", 2, -4)], [14, 11, 8]), r=10)),
        "right": zone(off_arm(blob(at("buttock-centre", 4, 40), 22, 22)),
                      off_arm(blob(at("buttock-centre", 4, 40), 29, 29))),
    },
    # ---- serratus posterior inferior -------------------------------------------------------------
    "serratus-posterior-inferior.lower-ribs": {
        "back": zone(SPI_BACK,
                     union(grow(SPI_BACK, 9), band([at("lowest-rib", 20, -30),
                                                    at("lowest-rib", 56, -6)], [12, 10]), r=8)),
        "right": zone(off_arm(SPI_SIDE),
                      off_arm(union(grow(SPI_SIDE, 7),
                                    band([at("T12", 0, -20), at("lowest-rib", -30, -20),
                                          at("lowest-rib", 10, -12), at("lowest-rib", 34, -2)],
                                         [14, 16, 14, 9])))),
    },
    # ---- gluteus maximus -------------------------------------------------------------------------
    "gluteus-maximus.sacral": {
        "back": zone(GMAX_CLEFT,
                     union(grow(GMAX_CLEFT, 8), band([at("gluteal-fold", -24, 2),
                                                      at("gluteal-fold", 4, 12)], [10, 7]),
                           r=10)),
    },
    "gluteus-maximus.ischial": {
        "back": zone(GMAX_LOWER, union(grow(GMAX_LOWER, 8), GMAX_SPILL, r=10)),
        "right": zone(off_arm(blob(at("buttock-centre", 2, 38), 22, 26)),
                      off_arm(blob(at("buttock-centre", 4, 16), 32, 50))),
    },
    "gluteus-maximus.coccygeal": {
        "back": zone(GMAX_COCCYX, union(grow(GMAX_COCCYX, 7), blob(at("S4", 2, -2), 11, 14), r=8)),
    },
    # ---- gluteus medius --------------------------------------------------------------------------
    "gluteus-medius.back": {
        "back": zone(GMED_BACK,
                     union(grow(GMED_BACK, 8), band([at("iliac-crest-back", 8, 4),
                                                     at("iliac-crest-top", 10, 12)], [14, 9]),
                           r=10)),
    },
    "gluteus-medius.middle": {
        "back": zone(GMED_SIDE,
                     union(grow(GMED_SIDE, 8),
                           along("leg", [(20, 0.55), (70, 0.55), (120, 0.6)], [24, 20, 12]),
                           r=10)),
        "right": zone(off_arm(outline(at("iliac-crest-back", -20, 14), at("iliac-crest-back", 14, 8),
                                      at("buttock-centre", 44, 0), at("buttock-centre", 40, 30),
                                      at("buttock-centre", 10, 36), at("buttock-centre", -14, 0))),
                      off_arm(union(grow(outline(at("iliac-crest-back", -20, 14),
                                                 at("iliac-crest-back", 14, 8),
                                                 at("buttock-centre", 44, 0),
                                                 at("buttock-centre", 40, 30),
                                                 at("buttock-centre", 10, 36),
                                                 at("buttock-centre", -14, 0)), 8),
                                    along("leg", [(30, 0.62), (90, 0.68), (140, 0.7)],
                                          [18, 15, 10]), r=8))),
    },
    "gluteus-medius.front": {
        "back": zone(GMED_CREST, union(grow(GMED_CREST, 7), GMED_SACRUM)),
        "right": zone(off_arm(QL_CREST_SIDE_BACK), off_arm(grow(QL_CREST_SIDE_BACK, 7))),
    },
    # ---- gluteus minimus -------------------------------------------------------------------------
    "gluteus-minimus.front": {
        "back": apart(union(GMIN_FRONT_THIGH, blob(at("gluteal-fold-outer", 12, -30), 18, 20)),
                      union(grow(GMIN_FRONT_THIGH, 6), GMIN_FRONT_LEG)),
        "front": zone(GMIN_FRONT_THIGH, union(grow(GMIN_FRONT_THIGH, 6), GMIN_FRONT_LEG)),
        "right": zone(off_arm(union(GMIN_SIDE_THIGH, blob(at("buttock-centre", 30, 30), 18, 20))),
                      off_arm(union(grow(GMIN_SIDE_THIGH, 6), GMIN_SIDE_LEG))),
    },
    "gluteus-minimus.back": {
        "back": zone(union(GMIN_BACK_THIGH, outline(at("buttock-centre", -30, 24),
                                                    at("buttock-centre", 10, 10),
                                                    at("buttock-centre", 40, 30),
                                                    at("buttock-centre", 10, 70),
                                                    at("buttock-centre", -30, 60))),
                     union(grow(GMIN_BACK_THIGH, 7), GMIN_BACK_LEG)),
        "right": zone(off_arm(union(GMIN_SIDE_BACK_THIGH, blob(at("buttock-centre", 10, 40), 20, 22))),
                      off_arm(union(grow(GMIN_SIDE_BACK_THIGH, 6), GMIN_SIDE_BACK_LEG))),
    },
    # ---- piriformis ------------------------------------------------------------------------------
    "piriformis.outer": {
        "back": zone(PIRI_BAND, union(grow(PIRI_BAND, 10), PIRI_BUTTOCK, PIRI_THIGH, r=12)),
        "right": zone(off_arm(band([at("buttock-centre", -8, -4), at("buttock-centre", 20, 8),
                                    at("buttock-centre", 46, 10)], [12, 14, 12])),
                      off_arm(union(blob(at("greater-trochanter", 18, -20), 14, 18),
                                    grow(band([at("buttock-centre", -8, -4),
                                               at("buttock-centre", 20, 8),
                                               at("buttock-centre", 46, 10)], [12, 14, 12]), 9),
                                    along("leg", [(0, 0.75), (60, 0.74), (130, 0.7),
                                                  (210, 0.66)], [18, 16, 13, 9]), r=10))),
    },
    "piriformis.inner": {
        "back": zone(PIRI_INNER,
                     union(grow(PIRI_INNER, 8),
                           band([at("sacroiliac", 20, 14), at("buttock-centre", 20, 10),
                                 at("gluteal-fold-outer", -10, 0), limb("leg", 70, 0.15),
                                 limb("leg", 120, 0.1)], [16, 20, 18, 14, 9]), r=12)),
    },
    # ---- tensor fasciae latae --------------------------------------------------------------------
    "tensor-fasciae-latae.belly": {
        "right": zone(off_arm(TFL_SIDE), off_arm(union(grow(TFL_SIDE, 7), TFL_SIDE_KNEE))),
        "front": zone(TFL_FRONT, union(grow(TFL_FRONT, 6), TFL_FRONT_KNEE)),
    },
    # ---- groin and inner thigh -------------------------------------------------------------------
    "pectineus.belly": {
        "front": zone(blob(at("groin", -14, 18), 20, 12, 28),
                      union(grow(blob(at("groin", -14, 18), 20, 12, 28), 7),
                            along("leg", [(20, -0.55), (70, -0.6), (110, -0.65)], [14, 12, 8]))),
    },
    "adductor-longus-brevis.upper": {
        "front": zone(ADD_LONGUS_UPPER,
                      union(grow(ADD_LONGUS_UPPER, 7), ADD_LONGUS_KNEE,
                            band([at("groin", -14, 16), at("groin", 10, 2), at("groin", 30, -12)],
                                 [13, 10, 7]), r=12)),
        "back": zone(inner_back(ADD_LONGUS_THIGH), inner_back(ADD_LONGUS_KNEE)),
    },
    "adductor-longus-brevis.lower": {
        "front": zone(ADD_LONGUS_LOWER, union(grow(ADD_LONGUS_LOWER, 6), ADD_SHIN)),
        "back": zone(inner_back(ADD_LONGUS_LOWER), inner_back(ADD_SHIN)),
    },
    "adductor-magnus.middle": {
        "front": zone(MAGNUS_THIGH,
                      union(grow(MAGNUS_THIGH, 7),
                            along("leg", [(30, -0.35), (120, -0.45), (220, -0.5)], [12, 12, 8]))),
        "back": zone(inner_back(MAGNUS_LEG), inner_back(grow(MAGNUS_LEG, 7))),
    },
    "adductor-magnus.upper": {
        "front": zone(MAGNUS_PUBIS,
                      union(grow(MAGNUS_PUBIS, 7), blob(at("pubic-tubercle", -6, -16), 24, 12),
                            blob(at("groin", -22, 10), 12, 9, 35), r=12)),
        "back": zone(MAGNUS_PERINEUM,
                     union(grow(MAGNUS_PERINEUM, 6),
                           band([at("ischial-tuberosity", -36, -6), at("coccyx", 2, -4)], [9, 8]),
                           r=8)),
    },
    "gracilis.middle": {
        "front": apart(GRACILIS, union(grow(GRACILIS, 6),
                                       along("leg", [(300, -0.82), (345, -0.75)], [9, 10]))),
        "back": apart(inner_back(GRACILIS),
                      inner_back(union(grow(GRACILIS, 6),
                                       along("leg", [(300, -0.82), (345, -0.75)], [9, 10]))),
                      1.0),
    },
    "sartorius.upper": {
        "front": zone(SARTORIUS_UPPER,
                      union(grow(SARTORIUS_UPPER, 7),
                            along("leg", [(-40, 0.55), (0, 0.45)], [8, 9]),
                            along("leg", [(130, -0.1), (170, -0.45)], [8, 7]))),
    },
    "sartorius.middle": {
        "front": zone(SARTORIUS_MID,
                      union(grow(SARTORIUS_MID, 6),
                            along("leg", [(220, -0.4), (260, -0.5)], [9, 8]))),
    },
    "sartorius.lower": {
        "front": zone(SARTORIUS_KNEE,
                      union(grow(SARTORIUS_KNEE, 6),
                            along("leg", [(250, -0.7), (310, -0.74)], [9, 10]))),
        "back": apart(inner_back(SARTORIUS_KNEE), inner_back(grow(SARTORIUS_KNEE, 6))),
    },
}
