"""Both soles seen from below, toes up, as if the person sat facing you with their feet raised:
the person's right foot is on the viewer's left, big toes toward the middle. The right foot is
drawn at x < 400; the left foot is its mirror image."""
from shapely.ops import unary_union

from geometry import Limb, blob, fillet, smooth_outline
from guides import HGuide as H, VGuide as V


class SoleFigure:
    """The right sole: the sole proper and five toes."""

    def __init__(self):
        self.body = blob([
            (215, 842), (265, 835), (300, 810), (314, 770), (312, 720), (300, 660), (292, 600),
            (295, 540), (310, 480), (330, 430), (345, 385), (345, 345), (300, 320), (240, 330),
            (190, 345), (150, 360), (115, 385), (92, 415), (86, 460), (93, 540), (103, 620),
            (110, 700), (116, 760), (135, 810), (170, 835)])
        toes = [([(296, 372), (301, 270), (298, 178)], 46, 41),
                ([(224, 352), (222, 285), (218, 212)], 24, 21),
                ([(181, 367), (177, 308), (172, 240)], 22, 19),
                ([(143, 386), (137, 332), (132, 268)], 20, 17.5),
                ([(109, 412), (102, 363), (98, 305)], 18.5, 16)]
        self.toes = [Limb(c, [(0, w0, w0), (0.6, (w0 + w1) / 2, (w0 + w1) / 2), (1, w1, w1)],
                          cap_start=0.5, cap_end=1.0) for c, w0, w1 in toes]
        self.shape = smooth_outline(fillet(unary_union(
            [self.body] + [t.polygon() for t in self.toes]), 4.0), 1.5)


class Soles:
    """Guides and labels of the right sole."""

    def __init__(self, fig):
        g = self.g = {}
        g["toe_crease"] = H([(60, 430), (120, 400), (160, 382), (200, 368), (250, 352),
                             (300, 345), (360, 345)])
        g["big_toe"] = V([(250, 100), (252, 420)])
        g["ball"] = H([(60, 505), (200, 492), (360, 472)])
        g["heel"] = H([(60, 690), (360, 680)])
        # the inner (big-toe, arch) side | the outer side of the ball and the sole
        g["inner"] = V([(212, 470), (205, 600), (208, 700)])
        self.lines = [gd.line for gd in g.values()]

    def label(self, x, y):
        g = self.g
        if g["toe_crease"].above(x, y):
            return "toes-underside" if g["big_toe"].left(x, y) else "big-toe-underside"
        side = "outer" if g["inner"].left(x, y) else "inner"
        if g["ball"].above(x, y):
            return f"ball-of-foot-{side}"
        if g["heel"].above(x, y):
            return "outer-sole" if side == "outer" else "arch"
        return "heel-pad"
