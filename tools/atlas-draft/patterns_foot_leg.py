"""Referral patterns: foot and leg (muscles added after the first eighty): the plantaris behind the
knee, the short toe extensors on the top of the foot, and the small muscles of the sole and
between the long bones of the foot.

Drawn after the charts of Travell & Simons (vol. 2) and Davies, within the regions each point's
<referral> names in content/muscles/<id>.xml; see patterns.py for the primitives and the
coordinates, and patterns_leg_foot.py for the leg and foot conventions (leg limb s from the hip,
the kneecap at s 318; on the side figure t > 0 is the back of the leg).

Where the foot lies in each view (authoring coordinates):
- front (u, y): the top of the foot seen from above and foreshortened: ankle crease y ~1498,
  toe bases y ~1532, tips y ~1553; inner edge u ~30, outer edge u ~125; toes at u ~42 (big),
  70, 86, 102, 118 (little);
- right (x, y): the outer side of the foot; its top slopes from the ankle (410, 1460) to the
  toe tips (576, 1545), the sole at y ~1553; the outer ankle bone at (379, 1486);
- soles (x, y): toe crease from (110, 405) to (300, 345); the knobs of the long bones (ball of
  the foot) at y ~430-460; the big toe at x ~300, the second to little toes at x ~222, 177,
  137, 100."""
from patterns import along, at, band, blob, grow, patch, union, zone

# ---- plantaris: behind the knee, and down the upper half of the calf --------------------------
PLANTARIS_BACK = union(patch("leg", 334, 0.1, 24, 19),
                       along("leg", [(340, 0.06), (385, 0.0), (428, -0.03)], [17, 15, 10]), r=6)
PLANTARIS_SIDE = union(patch("leg", 334, 0.8, 22, 9),
                       along("leg", [(345, 0.76), (390, 0.72), (428, 0.7)], [9, 9, 7]), r=5)

# ---- short toe extensors: over the middle of the top of the foot ------------------------------
EDB_FRONT = blob((88, 1514), 22, 10.5)
EDB_SIDE = blob((447, 1496), 32, 12, 22)
EHB_FRONT = blob((70, 1515), 19, 10)
EHB_SIDE = blob((463, 1490), 19, 6.5, 25)

# ---- abductor digiti minimi: under and beside the knob of the little toe's long bone ----------
ADM_SOLE = blob((114, 452), 23, 30, -15)
ADM_SIDE = blob((505, 1538), 17, 10)

# ---- adductor hallucis: across the ball of the foot, under the knobs of the long bones --------
ADH_OBLIQUE = band([(140, 462), (195, 450), (250, 440), (300, 440)], [14, 21, 23, 18])
ADH_TRANSVERSE = band([(126, 460), (176, 447), (228, 436), (280, 433)], [15, 19, 20, 16])

# ---- flexor hallucis brevis: under and beside the knob of the big toe's long bone --------------
FHB_SOLE = blob(at("ball-big-toe", -2, 0), 33, 37)
FHB_FRONT = blob((34, 1527), 7, 9)

# ---- interossei: the side of the toe, and along the long bone ---------------------------------
FIRST_FRONT = union(band([(59, 1504), (57, 1518), (58, 1532)], [4, 5, 4]),
                    band([(61, 1531), (62, 1543), (62, 1553)], [4, 4.5, 4]))
FIRST_SOLE = band([(236, 352), (234, 292), (230, 232)], [6, 6, 5])
OUTER_FRONT = union(band([(87, 1503), (90, 1518), (94, 1532)], [4, 5, 4]),
                    band([(96, 1531), (98, 1543), (99, 1553)], [4, 4.5, 4]))
OUTER_SOLE = band([(152, 386), (147, 332), (142, 278)], [5, 5, 4.5])

PATTERNS = {
    "plantaris.belly": {
        "back": zone(PLANTARIS_BACK,
                     union(grow(PLANTARIS_BACK, 8),
                           along("leg", [(420, -0.02), (460, -0.05), (495, -0.08)], [12, 11, 8]),
                           r=6)),
        "right": zone(PLANTARIS_SIDE,
                      union(grow(PLANTARIS_SIDE, 6),
                            along("leg", [(420, 0.7), (460, 0.7), (495, 0.7)], [7, 7, 5]), r=5)),
    },
    "extensor-digitorum-brevis.belly": {
        "front": zone(EDB_FRONT, grow(EDB_FRONT, 7)),
        "right": zone(EDB_SIDE, grow(EDB_SIDE, 7)),
    },
    "extensor-hallucis-brevis.belly": {
        "front": zone(EHB_FRONT,
                      union(grow(EHB_FRONT, 6), band([(58, 1524), (50, 1536), (46, 1544)], 7))),
        "right": zone(EHB_SIDE, grow(EHB_SIDE, 6)),
    },
    "abductor-digiti-minimi-foot.outer-sole": {
        "soles": zone(ADM_SOLE,
                      union(grow(ADM_SOLE, 8),
                            band([(104, 470), (106, 540), (112, 610)], [13, 12, 10]),
                            blob((104, 400), 11, 13))),
        "right": zone(ADM_SIDE,
                      union(grow(ADM_SIDE, 6), band([(446, 1543), (478, 1541)], [7, 8]))),
    },
    "adductor-hallucis.oblique": {
        "soles": zone(ADH_OBLIQUE,
                      union(grow(ADH_OBLIQUE, 9), blob((218, 488), 42, 22, -18), r=8)),
    },
    "adductor-hallucis.transverse": {
        "soles": zone(ADH_TRANSVERSE, grow(ADH_TRANSVERSE, 9)),
    },
    "flexor-hallucis-brevis.belly": {
        "soles": zone(FHB_SOLE,
                      union(grow(FHB_SOLE, 8), blob(at("big-toe", 0, 24), 34, 72),
                            blob(at("second-toe", 0, 40), 13, 40), r=6)),
        "front": zone(FHB_FRONT,
                      union(grow(FHB_FRONT, 6), blob((43, 1543), 14, 11),
                            blob((66, 1546), 6, 8))),
    },
    "foot-interossei.first": {
        "front": zone(FIRST_FRONT, union(grow(FIRST_FRONT, 5), blob((60, 1514), 14, 13))),
        "soles": zone(FIRST_SOLE,
                      union(grow(FIRST_SOLE, 5),
                            band([(238, 362), (242, 420), (246, 490)], [10, 12, 11]))),
    },
    "foot-interossei.outer": {
        "front": zone(OUTER_FRONT, union(grow(OUTER_FRONT, 5), blob((92, 1515), 14, 13))),
        "soles": zone(OUTER_SOLE,
                      union(grow(OUTER_SOLE, 5),
                            band([(152, 395), (157, 440), (162, 500)], [10, 12, 11]))),
    },
}
