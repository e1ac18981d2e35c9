"""Referral patterns: face and neck (muscles added after the first eighty): zygomaticus major,
orbicularis oculi, buccinator, platysma, longus colli and the hyoid muscles.

Drawn after the charts of Travell & Simons and Davies, within the regions each point's
<referral> names in content/muscles/<id>.xml; see patterns.py for the primitives and the
coordinates. As in patterns_head_neck_front.py, face zones show on the front and right views
(and so on the head close-ups); they are kept small and follow the features. Front view (u, y):
the nose runs from its root between the eyes (0, 139) to the wings (+-15, 189); the middle of
the forehead is the strip above the root of the nose; the lower border of the jaw runs from
(46, 223) to the chin (0, 252); the front of the neck is u 0-25 from there down to the top of
the breastbone (0, 318). Right view (x, y): the back of the nose runs from (473, 140) to (480,
190), the corner of the mouth is (476, 207), the throat is a strip along the front edge of the
neck (x 434-444 at y 260-300)."""
from patterns import at, band, blob, grow, outline, union, zone

# ---- zygomaticus major: an arc beside the nose, up over its root to the middle of the forehead
ZYGOMATICUS_F = band([at("nose", 14, 4), at("nose", 10.5, -6), at("nose", 8.5, -16),
                      at("nose", 6, -26), at("nose", 3.5, -37), at("nose", 4, -50),
                      at("nose", 5.5, -65), at("nose", 7, -80)],
                     [3.5, 4, 4, 4, 4, 4.5, 5, 5])
# Right view: the nose hides the forehead part; the arc climbs the side of the nose to its root.
ZYGOMATICUS_R = band([(467, 189), (470.5, 178), (473, 166), (474.5, 156), (474, 148)],
                     [3.5, 4, 4, 3.5, 3])

# ---- orbicularis oculi: above the eye under the brow, over the root and down the nose -------
ORBICULARIS_F = union(band([at("eyebrow", 12, 7), at("eyebrow", 2, 5.5), at("eyebrow", -10, 6),
                            at("eyebrow", -22, 8.5)], [4, 4.5, 4.5, 4]),
                      band([(4, 142), (5, 154), (6.5, 166), (8, 177)], [3.5, 4, 4, 3.5]), r=4)
ORBICULARIS_R = union(band([(451, 140), (461, 139), (470, 142)], [3.5, 4, 3.5]),
                      band([(472.5, 146), (475, 158), (479, 168), (483, 176)],
                           [3, 3.5, 3.5, 3]), r=3)

# ---- buccinator: the cheek below the cheekbone and the upper gums over the molars ------------
BUCCINATOR_F = outline(at("cheek", -14, 8), at("cheek", -5, 4), at("cheek", 3, 8),
                       at("cheek", 6, 17), at("cheek", -2, 24), at("cheek", -12, 22),
                       at("cheek", -17, 15))
BUCCINATOR_R = outline((438, 188), (450, 186), (460, 190), (462, 198), (456, 205), (444, 206),
                       (436, 200))

# ---- platysma: prickling along the jaw line and over the lower cheek; the upper chest -------
PLATYSMA_F = union(band([(47, 206), (44, 220), (37, 231), (28, 240), (16, 245)],
                        [5, 6, 6, 5.5, 4]),
                   blob(at("lower-jaw", 2, -14), 8, 7), r=4)
PLATYSMA_CHEST_F = blob(at("clavicle-mid", -36, 32), 20, 10, -8)
PLATYSMA_R = union(band([(424, 214), (430, 230), (442, 240), (456, 245), (468, 247)],
                        [5, 6, 6, 5.5, 4]),
                   blob((444, 222), 8, 7), r=4)

# ---- longus colli: deep in the front of the neck and the throat -----------------------------
LONGUS_COLLI_F = band([(9, 254), (8, 272), (8, 292), (9, 310)], [6, 7, 7, 5.5])
LONGUS_COLLI_R = band([(439, 256), (429, 267), (427, 283), (430, 298), (436, 311)],
                      [5, 5.5, 5.5, 5, 4.5])

# ---- hyoid muscles: the throat under the jaw (above the hyoid); beside the windpipe (below) --
SUPRAHYOID_F = outline((3, 253), (14, 251), (24, 249), (26, 257), (20, 266), (8, 270),
                       (2, 265))
SUPRAHYOID_R = band([(462, 255), (450, 259), (439, 265)], [4, 5, 4.5])
INFRAHYOID_F = band([(8, 268), (9, 286), (9, 302), (7, 313)], [6, 6.5, 6, 5])
INFRAHYOID_R = band([(430, 272), (428, 286), (431, 300), (437, 312)], [4.5, 5, 5, 4])

PATTERNS = {
    # ---- zygomaticus major ------------------------------------------------------------------
    "zygomaticus.belly": {
        "front": zone(ZYGOMATICUS_F,
                      union(grow(ZYGOMATICUS_F, 5), blob(at("nose", 21, 1), 5, 6))),
        "right": zone(ZYGOMATICUS_R,
                      union(grow(ZYGOMATICUS_R, 4), blob((459, 181), 5, 6))),
    },
    # ---- orbicularis oculi ------------------------------------------------------------------
    "orbicularis-oculi.upper-lid": {
        "front": zone(ORBICULARIS_F,
                      union(grow(ORBICULARIS_F, 4), band([(9, 182), (11, 195)], [4, 3.5]))),
        "right": zone(ORBICULARIS_R,
                      union(grow(ORBICULARIS_R, 4), band([(481, 182), (478, 196)], [3.5, 3]))),
    },
    # ---- buccinator -------------------------------------------------------------------------
    "buccinator.cheek": {
        "front": zone(BUCCINATOR_F,
                      union(grow(BUCCINATOR_F, 4), blob(at("cheek", -2, 36), 7, 6))),
        "right": zone(BUCCINATOR_R,
                      union(grow(BUCCINATOR_R, 4), blob((444, 216), 7, 6))),
    },
    # ---- platysma ---------------------------------------------------------------------------
    "platysma.neck": {
        "front": zone(PLATYSMA_F,
                      union(grow(PLATYSMA_F, 5), PLATYSMA_CHEST_F)),
        "right": zone(PLATYSMA_R, grow(PLATYSMA_R, 5)),
    },
    # ---- longus colli -----------------------------------------------------------------------
    "longus-colli.mid": {
        "front": zone(LONGUS_COLLI_F, grow(LONGUS_COLLI_F, 5)),
        "right": zone(LONGUS_COLLI_R, grow(LONGUS_COLLI_R, 4)),
    },
    # ---- hyoid muscles ----------------------------------------------------------------------
    "hyoid-muscles.suprahyoid": {
        "front": zone(SUPRAHYOID_F,
                      union(grow(SUPRAHYOID_F, 5), blob(at("chin", 8, 5), 8, 4),
                            band([(8, 270), (8, 290)], [5, 4]))),
        "right": zone(SUPRAHYOID_R, union(grow(SUPRAHYOID_R, 4),
                                          band([(436, 268), (428, 285)], [4, 3.5]))),
    },
    "hyoid-muscles.infrahyoid": {
        "front": zone(INFRAHYOID_F,
                      union(grow(INFRAHYOID_F, 5), blob(at("sternal-notch", 3, 8), 8, 6))),
        "right": zone(INFRAHYOID_R, grow(INFRAHYOID_R, 4)),
    },
}
