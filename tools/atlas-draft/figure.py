"""The drawn body: smooth silhouettes for the front, side and sole views.

All full-body figures are about 1500 units tall (7.5 heads of 200), top of the head at y = 50,
soles at y = 1550. The front figure is drawn in the "front frame": the person faces the viewer,
so the person's right half lies at x < 400. A figure keeps the parts it was built from (limbs
with their centrelines, hands, feet) because the region cuts follow them."""
import math

import numpy as np
from shapely.affinity import scale
from shapely.ops import unary_union

from geometry import Limb, blob, fillet, smooth_outline, symmetric_blob

CX = 400.0


def right(points):
    """Front frame points from (u, y): u is the distance from the midline to the person's right."""
    return [(CX - u, y) for u, y in points]


def mirror_x(geom, cx=CX):
    return scale(geom, xfact=-1, yfact=1, origin=(cx, 0))


def rotate_dir(d, n, degrees):
    a = math.radians(degrees)
    return d * math.cos(a) + n * math.sin(a)


class Hand:
    """A hand: palm, four fingers and a thumb, each a Limb. `spread` fans the fingers;
    `thumb_angle` turns the thumb toward side A of the palm (the thumb side)."""

    def __init__(self, palm, fingers, thumb_at, thumb_angle, thumb_length, thumb_side=1.0):
        self.palm = palm
        L = palm.length
        c, d, n = palm.frame(L)
        self.fingers = []
        for t, angle, length, w in fingers:
            base = np.array(palm.point(L - 10, t))
            dd = rotate_dir(d, n, angle)
            tip = base + dd * (length + 10)
            mid = base + dd * (length + 10) * 0.55 - n * 0.6
            self.fingers.append(Limb([tuple(base), tuple(mid), tuple(tip)],
                                     [(0, w, w), (0.5, w * 0.93, w * 0.93), (1, w * 0.8, w * 0.8)],
                                     cap_start=0.5, cap_end=1.0))
        s0, t0 = thumb_at
        base = np.array(palm.point(s0, t0))
        c, d, n = palm.frame(s0)
        dd = rotate_dir(d, n * thumb_side, thumb_angle)
        tip = base + dd * thumb_length - n * thumb_side * 6
        self.thumb = Limb([tuple(base), tuple(base + dd * thumb_length * 0.55),
                           tuple(tip)],
                          [(0, 15, 14), (0.35, 12.5, 12), (0.7, 10.5, 10.5), (1, 8.6, 8.6)],
                          cap_start=0.5, cap_end=1.0)
        self.shape = fillet(unary_union([palm.polygon(), self.thumb.polygon()] +
                                        [f.polygon() for f in self.fingers]), 1.2)


class FrontFigure:
    """The body seen from the front (the back view is its mirror image)."""

    def __init__(self):
        self.head = symmetric_blob(right([
            (0, 50), (21, 52.3), (39, 58), (53, 68.5), (62, 83), (67, 102), (68.5, 125),
            (67.5, 142), (65, 160),
            (62, 180), (56, 198), (47, 216), (35, 234), (19, 246), (0, 251)]), CX)
        self.ear = blob(right([(63, 130), (71, 127), (77, 136), (78, 155), (74, 175), (67, 193),
                               (61, 190)]))
        self.arm = Limb(right([(160, 365), (190, 478), (220, 605), (246, 710), (272, 812)]),
                        [(0, 40, 24), (0.05, 39, 26), (0.12, 37, 29), (0.2, 35.5, 31), (0.3, 35, 33),
                         (0.42, 32, 34), (0.52, 31, 34), (0.58, 34, 33), (0.64, 35, 32), (0.74, 31, 28),
                         (0.88, 25, 23), (1, 23, 21)], cap_start=0.3, cap_end=0.3)
        self.leg = Limb(right([(80, 790), (74, 960), (72, 1125), (73, 1300), (74, 1460)]),
                        [(0, 67, 76), (0.05, 68, 73), (0.12, 66, 68), (0.2, 64, 64), (0.31, 61, 58),
                         (0.42, 55, 52), (0.49, 45, 46), (0.56, 40, 41), (0.65, 46, 54),
                         (0.75, 39, 46), (0.89, 28, 30), (0.97, 26, 26), (1, 27, 27)],
                        cap_start=1.0, cap_end=0.4)
        # Joins follow the limb edges: the shoulder runs into the arm's outer edge, the hip into
        # the thigh's, the foot out of the ankle, so the outline has no kinks there.
        deltoid = [(CX - x, y) for x, y in (self.arm.point(s, t) for s, t in
                                                ((0, 1.0), (20, 0.97), (45, 0.95)))]
        hip = [(CX - x, y) for x, y in (self.leg.point(s, 0.98) for s in (10, 35))]
        self.torso = symmetric_blob(right(
            [(0, 240), (44, 222), (50, 240), (53, 258), (56, 276), (64, 290), (84, 301),
             (120, 310), (150, 316), (172, 324), (188, 337)] + deltoid +
            [(170, 425), (146, 425), (137, 445), (139, 480), (137, 530), (128, 580), (123, 615),
             (125, 650), (134, 695), (143, 738)] + hip + [(100, 840), (45, 845), (0, 846)]), CX)
        s_top = self.leg.length - 35
        ankle_in = (CX - self.leg.point(s_top, -0.97)[0], self.leg.point(s_top, -0.97)[1])
        ankle_out = (CX - self.leg.point(s_top, 0.97)[0], self.leg.point(s_top, 0.97)[1])
        self.foot = blob(right([
            ankle_in, (44, 1468), (42, 1485), (39, 1505), (33, 1524), (28, 1540), (33, 1551),
            (72, 1555), (114, 1553), (131, 1546), (132, 1535), (122, 1516), (111, 1499),
            (106, 1486), (102, 1466), ankle_out, (74, 1400)]))
        palm = Limb(right([(270, 796), (282, 850), (289, 900)]),
                    [(0, 23, 21), (0.15, 25, 24), (0.4, 29, 29), (0.7, 34, 33), (1, 37, 34)],
                    cap_start=0.5, cap_end=0.3)
        self.hand = Hand(palm, [(0.76, 2.5, 72, 8.5), (0.26, 0.8, 81, 8.7), (-0.26, -1, 76, 8.3),
                                (-0.76, -3, 60, 7.6)],
                         thumb_at=(14, 0.5), thumb_angle=28, thumb_length=108)
        core = unary_union([self.head, self.torso, self.arm.polygon(), self.leg.polygon(),
                            self.foot])
        core = fillet(unary_union([core, mirror_x(core)]), 8)
        self.silhouette = smooth_outline(fillet(unary_union(
            [core, self.hand.shape, mirror_x(self.hand.shape), self.ear, mirror_x(self.ear)]),
            1.5), 2.5)
