"""Muscle outlines and trigger-point positions: face and neck (added after the first eighty).

See muscles.py for the coordinates and Kit for the helpers. Face landmarks used here, front
view (u, y): eye (30, 150), the eyebrow arching over it at y 128-134, the wing of the nose
(14, 184), the corner of the mouth (22, 205), the lower border of the jaw from (46, 223) to the
chin (0, 252), the hyoid bone about (0-16, 262), the top of the breastbone (0, 318). Right view
(x, y): eye (466, 150), the corner of the mouth (476, 207), the front edge of the masseter near
x 460, the throat's front edge at x 434-444 (y 260-300); the front of the neck vertebrae lies
near x 400, between the scalenes behind and the windpipe in front."""
from shapely.ops import unary_union

from muscles import DEEP, SUPERFICIAL, Drawing, soft, taper  # noqa: F401


def table(k):
    """{muscle id: [Drawing, ...]}."""
    fb, fp, fs, ft = k.fb, k.fp, k.fs, k.ft
    d = {}
    # ---- face (front view) ------------------------------------------------------------------
    # Zygomaticus major: from the outer face of the cheekbone down and forward to the corner of
    # the mouth.
    d["zygomaticus"] = [Drawing("front", SUPERFICIAL, ft(
        [(50, 166), (44, 178), (33, 192), (23, 203)], [3.5, 4.5, 4.5, 3]),
        # belly: about halfway between the corner of the mouth and the cheekbone.
        {"belly": fp(39, 185)})]
    # Orbicularis oculi: the flat oval of muscle around the eye, in the eyelids and over the
    # bony rim of the socket, reaching up under the eyebrow.
    d["orbicularis-oculi"] = [Drawing("front", SUPERFICIAL, fb([
        (7, 150), (10, 138), (20, 130), (32, 127), (44, 130), (53, 139), (56, 151), (51, 162),
        (39, 168), (24, 168), (12, 162)]),
        # upper-lid: just under the inner half of the eyebrow, above the upper lid.
        {"upper-lid": fp(22, 138)})]
    # Platysma: the thin sheet under the skin of the front of the neck, from the lower border
    # of the jaw and the corner of the mouth down over the collarbone to the skin of the upper
    # chest; the two sides leave a gap over the lower middle of the neck.
    d["platysma"] = [Drawing("front", SUPERFICIAL, fs([
        (5, 240), (20, 212), (38, 212), (50, 222), (54, 262), (80, 300), (116, 328),
        (124, 350), (70, 358), (26, 352), (20, 320), (13, 282), (7, 256)], 4),
        # neck: low on the side of the neck over the sternocleidomastoid, a little above the
        # collarbone.
        {"neck": fp(28, 302)})]
    # Hyoid muscles: above the hyoid the floor of the mouth (mylohyoid, geniohyoid) fanning from
    # the inside of the jaw to the hyoid; below it the strap muscles (sternohyoid, sternothyroid,
    # thyrohyoid) down beside the windpipe to the breastbone, and the upper belly of the
    # omohyoid slanting down and out under the sternocleidomastoid.
    d["hyoid-muscles"] = [Drawing("front", SUPERFICIAL, unary_union([
        fs([(1, 250), (20, 245), (36, 236), (32, 249), (18, 263), (1, 265)], 2),
        ft([(8, 262), (9, 290), (9, 317)], [7, 7, 6]),
        ft([(15, 265), (30, 283), (44, 300)], [2.5, 3, 2.5])]),
        {"suprahyoid": fp(18, 253), "infrahyoid": fp(9, 292)})]
    # ---- cheek and deep neck (right view) ---------------------------------------------------
    # Buccinator: the wall of the cheek, from the upper and lower jaw beside the back molars
    # (partly under the front edge of the masseter) forward to the corner of the mouth.
    d["buccinator"] = [Drawing("right", DEEP, soft([
        (434, 197), (452, 194), (468, 199), (476, 206), (468, 213), (452, 221), (434, 221),
        (430, 209)], 3),
        # cheek: in the middle of the cheek, between the corner of the mouth and the front
        # edge of the masseter, level with the biting line.
        {"cheek": (466, 207)})]
    # Longus colli: deep on the front of the spine, from the upper chest vertebrae (T3) up to
    # the front of the atlas (C1), behind the windpipe and gullet.
    d["longus-colli"] = [Drawing("right", DEEP, taper(
        [(409, 212), (408, 245), (405, 280), (402, 322)], [3, 5, 5, 3.5]),
        # mid: about the middle of the neck (C3-C4), in front of the scalenes.
        {"mid": (408, 249)})]
    return d

