"""Muscle outlines and trigger-point positions: trunk and pelvis (added after the first eighty).

See muscles.py for the coordinates and Kit for the helpers.

Chest (front view): subclavius under the collarbone, sternalis on the breastbone, the
diaphragm inside the lower ribs. Side of the chest (right view): the intercostals between the
ribs. Pelvis (back view, seen through the buttock): the pelvic floor (levator ani and
coccygeus) between the tailbone and the sitting bones, and obturator internus from the inner
wall of the pelvis out around the sitting bone to the greater trochanter, just below
piriformis. On the back view the tailbone tip is at (0, 818), the sitting bone (ischial
tuberosity) at (50, 842) and the crotch between the buttocks at about y = 846 on the midline."""
from shapely.ops import unary_union

from geometry import blob

from muscles import DEEP, SUPERFICIAL, Drawing


def table(k):
    """{muscle id: [Drawing, ...]}."""
    fs, ft, fp = k.fs, k.ft, k.fp
    d = {}
    # ---- chest (front view) ---------------------------------------------------------------
    # Subclavius: a small spindle under the collarbone, from the first rib where it meets its
    # cartilage, out to the groove on the underside of the middle of the collarbone.
    d["subclavius"] = [Drawing("front", DEEP, ft(
        [(16, 340), (40, 340), (70, 338), (100, 338), (116, 337)], [3.5, 6, 7, 6, 3.5]),
        # belly: under the middle of the collarbone, a finger's width below it.
        {"belly": fp(66, 339)})]
    # Sternalis: a thin strap lying on the breastbone beside its middle line, in front of the
    # chest muscle's origin (present in some people only, on one or both sides).
    d["sternalis"] = [Drawing("front", SUPERFICIAL, ft(
        [(6, 328), (9, 380), (11, 440), (10, 500)], [4, 7, 7, 4]),
        # mid: on the breastbone at about the level of the fourth rib.
        {"mid": fp(9, 410)})]
    # Diaphragm: the dome inside the lower ribs, seen through the chest; its front fibres
    # attach to the inside of the rib margin and the tip of the breastbone.
    d["diaphragm"] = [Drawing("front", DEEP, fs([
        (1, 522), (1, 492), (30, 478), (70, 470), (108, 482), (132, 520), (138, 570),
        (132, 612), (122, 612), (96, 588), (60, 562), (30, 540)], 6),
        # rib-margin: just inside the front edge of the lower ribs, below the nipple line.
        {"rib-margin": fp(84, 570)})]
    # ---- side of the chest (right view) ---------------------------------------------------
    # Intercostals: the thin layers between the ribs, drawn over the side and front of the
    # rib cage from below the armpit to the lowest ribs, in front of the hanging arm.
    d["intercostals"] = [Drawing("right", DEEP, blob([
        (428, 432), (452, 426), (478, 436), (494, 460), (500, 500), (496, 540), (484, 574),
        (462, 594), (436, 598), (422, 580), (419, 540), (420, 480)]),
        # side: below the armpit, in line with its middle, about the sixth to seventh rib;
        # front: below the breast, over the seventh to eighth rib.
        {"side": (442, 518), "front": (476, 526)})]
    # ---- pelvis (back view, seen through the buttock) ---------------------------------------
    # Pelvic floor: coccygeus from the sitting bone's spine to the edge of the tailbone, and
    # the levator ani bowl below it to the anal opening between the buttocks.
    d["pelvic-floor"] = [Drawing("back", DEEP, fs([
        (1, 790), (12, 790), (30, 794), (44, 804), (48, 818), (44, 832), (30, 842),
        (12, 846), (1, 846)], 4),
        {"coccygeus": fp(18, 806), "levator-ani": fp(14, 834)})]
    # Obturator internus: the fan on the inner wall of the pelvis beside the sitting bone,
    # turning round the bone and running out to the greater trochanter below piriformis.
    d["obturator-internus"] = [Drawing("back", DEEP, unary_union([
        fs([(26, 800), (46, 796), (58, 810), (56, 832), (46, 846), (32, 840), (24, 820)], 4),
        ft([(46, 816), (80, 806), (112, 794), (140, 784)], [8, 7, 5.5, 3.5])]),
        # pelvic: on the inner wall of the pelvis, just inside the sitting bone.
        {"pelvic": fp(40, 826)})]
    return d

