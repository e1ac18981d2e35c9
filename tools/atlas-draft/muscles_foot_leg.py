"""Muscle outlines and trigger-point positions: foot and leg (added after the first eighty).

See muscles.py for the coordinates and Kit for the helpers. Here: the plantaris behind the knee
(back view); the short toe extensors on the top of the foot (front view, where the foot is seen
from above and foreshortened: ankle crease y ~1498, toe bases y ~1532, inner edge u ~30, outer
edge u ~125; and the right view, where the top of the foot slopes from the ankle (x ~410,
y 1460) to the toes (x ~575, y 1545) and the lateral malleolus is at (379, 1486)); the muscles
of the sole (soles view, right sole: heel y ~780, ball of the foot y ~400-490, big toe toward
+x, little toe at x ~100)."""
from muscles import DEEP, SUPERFICIAL, Drawing, soft, taper  # noqa: F401
from geometry import blob
from shapely.ops import unary_union


def table(k):
    """{muscle id: [Drawing, ...]}."""
    fp, fs, ft = k.fp, k.fs, k.ft
    d = {}
    # ---- back of the knee (back view, front-frame u, y) ---------------------------------------
    # Plantaris: a small belly from the outer condyle of the thigh bone, just above the outer
    # head of the gastrocnemius, slanting down and in across the back of the knee; its long thin
    # tendon runs between the gastrocnemius and the soleus to the inner side of the heel bone.
    d["plantaris"] = [Drawing("back", DEEP, ft(
        [(101, 1090), (95, 1112), (87, 1136), (79, 1160), (73, 1190), (69, 1250), (66, 1330),
         (64, 1410), (62, 1468)], [3.5, 6, 6.5, 5, 2.6, 1.8, 1.6, 1.6, 2]),
        # belly: behind the knee, a little to the outer side of the middle, at the crease.
        {"belly": fp(89, 1128)})]
    # ---- top of the foot ------------------------------------------------------------------------
    # Extensor digitorum brevis: the soft pad on the outer top of the foot, from the heel bone in
    # the hollow in front of the outer ankle bone, fanning out into tendons to the second, third
    # and fourth toes.
    d["extensor-digitorum-brevis"] = [
        Drawing("right", SUPERFICIAL, unary_union([
            taper([(392, 1503), (418, 1500), (452, 1505), (492, 1516), (530, 1530)],
                  [7, 9.5, 8, 4, 2.2]),
            soft([(396, 1497), (430, 1490), (450, 1498), (430, 1510), (398, 1510)], 3)]),
            # belly: two finger-widths in front of the outer ankle bone.
            {"belly": (420, 1500)}),
        Drawing("front", SUPERFICIAL, fs([
            (112, 1499), (100, 1497), (88, 1506), (68, 1531), (76, 1533), (86, 1532),
            (102, 1533), (108, 1518)], 2.5),
            {"belly": fp(101, 1507)}),
    ]
    # Extensor hallucis brevis: the inner slip of the same pad, its tendon running forward and
    # inward to the base of the big toe.
    d["extensor-hallucis-brevis"] = [Drawing("front", SUPERFICIAL, ft(
        [(97, 1500), (86, 1507), (72, 1516), (58, 1525), (48, 1533)], [4, 5, 4, 2.2, 1.8]),
        # belly: a third of the way from the ankle to the toes, in line with the third toe.
        {"belly": fp(85, 1508)})]
    # Dorsal interossei: four slips in the spaces between the five long bones of the foot, from
    # the middle of the foot to the bases of the toes (the plantar ones lie beneath them).
    d["foot-interossei"] = [Drawing("front", DEEP, unary_union([
        ft([(59, 1502), (57, 1517), (56, 1531)], [2.2, 3.6, 2]),
        ft([(73, 1501), (75, 1517), (77, 1531)], [2.2, 3.4, 2]),
        ft([(87, 1501), (90, 1517), (93, 1531)], [2.2, 3.4, 2]),
        ft([(101, 1501), (105, 1516), (109, 1530)], [2.2, 3.2, 2])]),
        # first: in the space between the big toe's and the second toe's long bones; outer: in
        # the space between the third and fourth.
        {"first": fp(57, 1517), "outer": fp(90, 1517)})]
    # ---- the sole (soles view, right sole) -----------------------------------------------------
    # Abductor digiti minimi: along the outer edge of the sole, from the outer side of the heel
    # to the outer side of the base of the little toe.
    d["abductor-digiti-minimi-foot"] = [Drawing("soles", SUPERFICIAL, taper(
        [(126, 790), (118, 710), (110, 630), (103, 550), (100, 480), (104, 425)],
        [12, 14, 13, 11, 8, 5]),
        # outer-sole: on the outer edge, halfway along, behind the knob of the fifth long bone.
        {"outer-sole": (106, 565)})]
    # Adductor hallucis: the oblique head from the bases of the middle long bones across the sole
    # to the outer side of the big toe's base; the transverse head straight across under the
    # joints of the third to fifth toes to the same place.
    d["adductor-hallucis"] = [Drawing("soles", DEEP, unary_union([
        taper([(186, 592), (204, 532), (232, 470), (260, 420), (272, 394)],
              [12, 18, 17, 10, 5]),
        taper([(118, 462), (160, 449), (205, 435), (248, 420), (272, 396)],
              [6, 8.5, 8.5, 7, 5])]),
        # oblique: in the middle of the front half of the sole, just behind the ball of the foot;
        # transverse: under the knobs of the third and fourth long bones.
        {"oblique": (221, 498), "transverse": (168, 447)})]
    # Flexor hallucis brevis: from the middle of the sole along the underside of the big toe's
    # long bone, in two bellies to both sides of the base of the big toe.
    d["flexor-hallucis-brevis"] = [Drawing("soles", DEEP, taper(
        [(244, 612), (260, 545), (276, 480), (290, 415), (298, 368)], [5, 11, 14, 13, 9]),
        # belly: under the shaft of the first long bone, just behind the ball of the big toe.
        {"belly": (274, 495)})]
    return d
