"""Muscle outlines and trigger-point positions: spine (added after the first eighty).

The erector spinae from the skull down to the top of the back (longissimus capitis and
cervicis, iliocostalis cervicis; their lower parts are in muscles.py), the deepest layer of the
belly wall (transversus abdominis) and the lowest of the deep hip rotators (quadratus femoris).

See muscles.py for the coordinates and Kit for the helpers."""
from muscles import DEEP, SUPERFICIAL, Drawing  # noqa: F401  (used as entries are added)


def table(k):
    """{muscle id: [Drawing, ...]}."""
    fp, fs, ft = k.fp, k.fs, k.ft
    d = {}
    # ---- erector spinae in the neck (back view) -------------------------------------------
    # Longissimus capitis: from the transverse processes of the upper chest vertebrae and the
    # joint processes of the lower neck, up under the splenius to the back edge of the mastoid.
    d["longissimus-capitis"] = [Drawing("back", DEEP, ft(
        [(19, 392), (21, 340), (25, 290), (32, 250), (41, 220), (50, 200)],
        [2.5, 4, 4.5, 4.5, 4, 3]),
        {"upper": fp(37, 232)})]
    # Longissimus cervicis: from the transverse processes of T1-T5 up to those of C2-C6, just
    # outside the capitis strand.
    d["longissimus-cervicis"] = [Drawing("back", DEEP, ft(
        [(25, 432), (26, 380), (28, 330), (32, 290), (37, 250), (40, 230)],
        [2.5, 4.5, 5, 4.5, 3.5, 2.5]),
        {"upper-thoracic": fp(27, 338)})]
    # Iliocostalis cervicis: from the angles of ribs 3-6, just inside the inner border of the
    # shoulder blade, up to the transverse processes of C4-C6.
    d["iliocostalis-cervicis"] = [Drawing("back", DEEP, ft(
        [(56, 448), (54, 405), (49, 360), (44, 320), (41, 285), (39, 262)],
        [2.5, 4.5, 5, 4.5, 3.5, 2.5]),
        {"upper": fp(48, 356)})]
    # ---- belly wall (front view) ------------------------------------------------------------
    # Transversus abdominis: the deepest sheet of the belly wall, from the inside of the lower
    # rib cartilages, the low-back fascia, the iliac crest and the groin ligament, running
    # across to the sheath of the straight belly muscle (drawn to its outer edge).
    d["transversus-abdominis"] = [Drawing("front", DEEP, fs([
        (42, 548), (66, 556), (96, 574), (122, 598), (132, 640), (130, 690), (122, 728),
        (100, 748), (72, 772), (40, 792), (36, 760), (46, 700), (52, 630), (50, 580)], 4),
        {"rib-margin": fp(88, 598)})]
    # ---- deep hip rotators (back view) --------------------------------------------------------
    # Quadratus femoris: a flat square from the outer edge of the sitting bone across to the
    # back of the thigh bone below the greater trochanter, below the piriformis.
    d["quadratus-femoris"] = [Drawing("back", DEEP, fs([
        (56, 824), (94, 810), (130, 795), (136, 816), (98, 834), (60, 850)], 3),
        {"belly": fp(96, 822)})]
    return d
