"""The body seen from its right side (the person faces the viewer's right), and its regions.

The near arm hangs a little behind the line of the trunk, as in a relaxed stance, so the side of
the chest, the flank and the side of the hip show in front of it. The far arm and leg are hidden
behind the body. The left view is this view's mirror image."""
from shapely.geometry import LineString, Point, box
from shapely.ops import unary_union
from shapely.prepared import prep

from front_back import third
from geometry import Limb, blob, fillet, smooth_outline
from guides import HGuide as H, VGuide as V


class SideFigure:
    """Right-side silhouette with its head-and-trunk outline, leg, foot, arm and hand."""

    def __init__(self):
        self.profile = blob([
            # face and front of the neck
            (395, 50), (430, 55), (456, 68), (471, 88), (477, 110), (479, 126), (476, 136),
            (473, 142), (480, 155), (489, 168), (499, 181), (497, 187), (489, 190), (483, 192),
            (486, 198), (487, 203), (484, 207), (486, 212), (483, 218), (478, 224), (481, 234),
            (481, 242), (476, 250), (466, 255), (450, 258), (440, 262), (434, 270), (433, 285),
            (437, 300), (443, 312), (448, 320),
            # chest, belly, front of the pelvis
            (462, 338), (480, 365), (497, 400), (505, 435), (507, 462), (502, 490), (496, 520),
            (492, 560), (491, 600), (494, 640), (494, 680), (488, 720), (479, 760), (470, 790),
            (462, 820), (420, 850), (360, 862),
            # buttock, back, neck and back of the head
            (318, 858), (298, 835), (288, 800), (290, 770), (300, 735), (315, 705), (328, 672),
            (337, 640), (336, 600), (330, 560), (322, 520), (316, 480), (314, 440), (318, 400),
            (326, 360), (338, 325), (348, 300), (346, 280), (344, 260), (340, 240), (333, 224),
            (320, 205), (311, 180), (309, 150), (314, 115), (330, 82), (355, 60)])
        self.ear = blob([(394, 136), (405, 134), (413, 141), (416, 155), (413, 170), (407, 184),
                         (399, 193), (392, 191), (389, 180), (388, 162), (389, 146)])
        # Side A of these limbs is the back (the -x side when running down the page).
        self.leg = Limb([(392, 800), (404, 960), (404, 1125), (392, 1300), (376, 1470)],
                        [(0, 95, 72), (0.08, 82, 74), (0.2, 72, 72), (0.35, 61, 63),
                         (0.45, 53, 57), (0.5, 50, 53), (0.56, 56, 46), (0.64, 64, 40),
                         (0.75, 51, 35), (0.88, 35, 30), (0.96, 31, 29), (1, 33, 31)],
                        cap_start=0.8, cap_end=0.5)
        heel_top = self.leg.point(self.leg.length - 30, 0.97)
        self.foot = blob([
            (356, 1440), heel_top, (343, 1478), (335, 1500), (331, 1521), (336, 1543),
            (352, 1553), (420, 1554), (500, 1554), (548, 1554), (566, 1553), (576, 1547),
            (575, 1538), (562, 1530), (540, 1521), (508, 1505), (474, 1489), (440, 1476), (412, 1458),
            (400, 1430)])
        self.arm = Limb([(400, 348), (386, 478), (372, 605), (373, 710), (378, 810)],
                        [(0, 40, 44), (0.12, 38, 40), (0.3, 36, 36), (0.5, 31, 29),
                         (0.6, 33, 35), (0.72, 29, 31), (0.88, 24, 24), (1, 22, 22)],
                        cap_start=0.7, cap_end=0.3)
        self.palm = Limb([(378, 802), (381, 850), (383, 898)],
                         [(0, 21, 21), (0.3, 14, 19), (0.7, 13, 16), (1, 12, 14)],
                         cap_start=0.5, cap_end=0.5)
        self.fingers = Limb([(382, 888), (386, 940), (393, 982)],
                            [(0, 12, 13), (0.6, 10.5, 10.5), (1, 8, 8)], cap_start=0.5,
                            cap_end=1.0)
        self.thumb = Limb([(386, 826), (397, 866), (399, 898)],
                          [(0, 11, 11), (0.6, 9.5, 9.5), (1, 8, 8)], cap_start=0.5, cap_end=1.0)
        self.arm_shape = smooth_outline(fillet(unary_union(
            [self.arm.polygon(), self.palm.polygon(), self.fingers.polygon(),
             self.thumb.polygon()]), 2.0), 1.5)
        # Round the joins of trunk, leg and foot, but leave the face's fine profile alone.
        raw = unary_union([self.profile, self.leg.polygon(), self.foot])
        below = box(0, 700, 800, 1700)
        body = unary_union([raw.difference(below), fillet(raw, 10).intersection(below)])
        self.body = smooth_outline(body, 1.2)
        self.silhouette = unary_union([self.body, self.arm_shape])


class Side:
    """Guides and labels of the right view."""

    DELTOID, ELBOW_TOP, ELBOW_BOTTOM, WRIST = 95, 225, 285, 440
    KNEE_TOP, KNEE_BOTTOM, ANKLE = 285, 365, 645
    SHOULDER_MID = 48
    UPPER_ARM_THIRDS = (138, 182)
    FOREARM_THIRDS = (337, 388)
    THIGH_THIRDS = (95, 190)
    ABOVE_KNEECAP = 255
    LEG_THIRDS = (458, 552)
    STRIP = 14                  # the strip along the back contour: the inner side of the back

    def __init__(self, fig):
        self.fig = fig
        g = self.g = {}
        # head
        g["skull"] = H([(300, 232), (345, 225), (365, 215), (390, 205), (410, 212), (422, 228),
                        (440, 249), (460, 256), (500, 257)])
        g["hair"] = H([(300, 122), (320, 102), (350, 87), (390, 81), (425, 83), (450, 89),
                       (468, 97), (480, 102)])
        g["face"] = V([(446, 120), (446, 200)])
        g["temple"] = V([(372, 80), (376, 130), (378, 165)])
        g["brow_top"] = H([(440, 124), (500, 124)])
        g["brow_bottom"] = H([(440, 137), (500, 137)])
        g["eye_bottom"] = H([(430, 162), (500, 162)])
        g["zygoma"] = H([(370, 164), (430, 162), (450, 162)])
        g["crown"] = V([(390, 40), (390, 110)])             # top of the head | crown
        g["occiput_mid"] = H([(290, 150), (380, 150)])
        g["temple_back"] = V([(399, 80), (399, 140)])       # above the ear | middle | front
        g["temple_front"] = V([(424, 80), (424, 165)])
        g["nose"] = V([(472, 130), (473, 150), (475, 170), (479, 186), (481, 195)])
        g["cheek_split"] = V([(458, 160), (458, 196)])      # cheekbone | beside the nose
        g["upper_teeth"] = V([(461, 188), (461, 212)])      # back teeth | front teeth
        g["lower_teeth"] = V([(452, 205), (452, 262)])
        g["tmj_back"] = V([(411, 150), (411, 190)])
        g["tmj_front"] = V([(431, 150), (431, 190)])
        g["tmj_bottom"] = H([(400, 183), (440, 183)])
        g["nose_base"] = H([(420, 192), (500, 192)])
        g["mouth"] = H([(420, 209), (500, 209)])
        g["jaw_angle"] = V([(433, 185), (435, 250)])
        g["chin"] = V([(466, 215), (468, 260)])
        g["chin_top"] = H([(460, 221), (500, 221)])
        g["mastoid_front"] = V([(392, 180), (394, 230)])
        g["mastoid_back"] = V([(372, 180), (372, 230)])
        g["mastoid_top"] = H([(360, 186), (400, 186)])
        g["skull_base"] = H([(300, 206), (340, 208), (372, 203), (396, 198)])
        # neck and shoulder
        g["neck_front"] = V([(420, 255), (425, 290), (433, 320)])
        g["neck_back"] = V([(362, 230), (364, 270), (368, 305)])
        g["neck_bottom"] = H([(330, 305), (360, 300), (400, 302), (430, 316), (450, 322)])
        g["neck_angle_front"] = V([(386, 270), (386, 340)])
        g["neck_angle_top"] = H([(330, 283), (390, 288)])
        g["neck_angle_bottom"] = H([(320, 332), (390, 332)])
        g["neck_upper"] = H([(330, 252), (450, 252)])       # neck in thirds: C3 and C5
        g["neck_lower"] = H([(330, 282), (450, 282)])
        g["shoulder_top_mid"] = V([(412, 300), (412, 345)])
        g["clavicle_mid"] = V([(446, 310), (446, 350)])
        g["clavicle"] = H([(380, 338), (440, 338), (470, 342)])
        g["clavicle_back"] = V([(440, 310), (440, 345)])
        # trunk bands: front | side | back
        g["front"] = V([(470, 340), (462, 400), (460, 450), (462, 520), (466, 600), (468, 680),
                        (462, 760), (455, 800)])
        # The side band ends under the arm: everything visible behind the arm is back.
        g["back"] = V([limb.point(s, 0.9) for limb in (fig.arm, fig.palm, fig.fingers)
                       for s in range(0, int(limb.length), 20)])
        g["chest_mid"] = H([(440, 420), (520, 420)])
        g["breast_bottom"] = H([(440, 505), (520, 505)])
        # the rib margin, from the lowest rib at the side up and forward to the breastbone
        g["rib_margin"] = H([(330, 598), (380, 595), (420, 590), (466, 570), (490, 552),
                             (510, 538)])
        g["navel"] = H([(440, 650), (520, 650)])
        g["hip_top"] = H([(440, 735), (520, 735)])
        g["groin"] = V([(455, 760), (455, 830)])
        g["groin_top"] = H([(440, 782), (520, 782)])
        g["armpit"] = H([(340, 455), (480, 455)])
        g["side_chest_mid"] = H([(380, 520), (480, 520)])
        g["flank_mid"] = H([(380, 640), (480, 640)])
        g["hip_mid"] = H([(380, 775), (480, 775)])
        # the iliac crest (landmarks.py), and a band along it
        g["crest"] = H([(320, 693), (334, 692), (378, 676), (428, 684), (457, 718),
                        (470, 730)])
        g["crest_top"] = H([(320, 677), (334, 676), (378, 660), (428, 668), (457, 702),
                            (470, 714)])
        g["back_armpit"] = V([fig.arm.point(s, 1.35) for s in range(40, 160, 20)])
        g["back_armpit_top"] = H([(300, 400), (380, 400)])
        g["scapula_spine"] = H([(300, 348), (380, 348)])
        g["lower_scapula"] = H([(300, 470), (360, 470)])
        g["body_mid"] = H([(300, 415), (360, 415)])
        g["scapula_bottom"] = H([(300, 505), (360, 505)])
        g["ribs_back"] = H([(300, 605), (360, 605)])
        g["buttock_mid"] = H([(280, 772), (360, 772)])
        g["leg"] = H([(270, 858), (318, 860), (345, 850), (380, 822), (420, 812), (460, 805),
                      (480, 800), (520, 798)])
        # foot
        g["toes"] = V([(528, 1495), (528, 1560)])
        g["heel"] = V([(372, 1470), (368, 1560)])
        g["heel_top"] = H([(320, 1478), (380, 1478)])
        g["instep"] = V([(412, 1440), (416, 1500)])
        g["foot_side"] = H([(380, 1505), (450, 1505)])
        # the inner side of the back: a strip along the back contour
        g["back_strip"] = V(self.back_strip(fig, range(300, 700, 10)))
        self.arm_shape = prep(fig.arm_shape)
        self.thumb_shape = prep(fig.thumb.polygon())
        self.ear = fig.ear
        self.ear_shape = prep(fig.ear)
        a, l, palm = fig.arm, fig.leg, fig.palm
        self.lines = [gd.line for gd in g.values()]
        self.lines += [LineString(fig.arm_shape.exterior.coords), LineString(fig.ear.exterior.coords)]
        self.lines += [LineString(fig.thumb.polygon().exterior.coords)]
        self.kneecap_bottom = l.coords((449, 1112))[0] + 22
        self.lines += [a.across(s, -1.5, 1.5) for s in (
            self.SHOULDER_MID, self.DELTOID, *self.UPPER_ARM_THIRDS, self.ELBOW_TOP,
            self.ELBOW_BOTTOM, *self.FOREARM_THIRDS, self.WRIST)]
        self.lines += [a.along(t, -40, a.length + 10) for t in (0.45, -0.45, 0.0)]
        self.lines += [palm.along(0.0, -10, palm.length + 60), palm.across(palm.length - 5)]
        self.lines += [fig.thumb.across(12, -1.5, 1.5)]
        self.lines += [l.across(s, -2.0, 2.0) for s in (*self.THIGH_THIRDS, self.ABOVE_KNEECAP,
                                                         self.KNEE_TOP,
                                                         self.kneecap_bottom, self.KNEE_BOTTOM,
                                                         *self.LEG_THIRDS, self.ANKLE)]
        self.lines += [l.along(t, -100, l.length + 10) for t in (0.5, -0.5, 0.45, -0.45, 0.3,
                                                                  -0.4)]

    def back_strip(self, fig, levels):
        """Points STRIP units in from the back contour of the trunk, at the given levels."""
        trunk = fig.profile
        pts = []
        for y in levels:
            cut = LineString([(0, y), (800, y)]).intersection(trunk)
            xs = [c[0] for c in getattr(cut, "coords", [])] or \
                [c[0] for part in getattr(cut, "geoms", []) for c in part.coords]
            pts.append((min(xs) + self.STRIP, y))
        return pts

    def label(self, x, y):
        g = self.g
        if self.arm_shape.contains(Point(x, y)):
            return self.arm_part(x, y)
        if g["skull"].above(x, y):
            return self.head_part(x, y)
        if not g["leg"].above(x, y):
            return self.leg_part(x, y)
        return self.trunk_part(x, y)

    def head_part(self, x, y):
        g = self.g
        if self.ear_shape.contains(Point(x, y)):
            return "ear"
        if g["hair"].above(x, y):
            return "crown" if g["crown"].left(x, y) else "top-of-head"
        occiput = "upper-occiput" if g["occiput_mid"].above(x, y) else "lower-occiput"
        if not g["face"].left(x, y):
            if g["brow_top"].above(x, y):
                return "side-forehead"
            if g["brow_bottom"].above(x, y):
                return "outer-eyebrow"
            if g["eye_bottom"].above(x, y):
                return "eye" if g["nose"].left(x, y) else "nose"
        if g["zygoma"].above(x, y):
            if g["temple"].left(x, y):
                return occiput
            if g["temple_back"].left(x, y):
                return "back-temple"
            return "mid-temple" if g["temple_front"].left(x, y) else "front-temple"
        if not g["mastoid_back"].left(x, y) and g["mastoid_front"].left(x, y) \
                and not g["mastoid_top"].above(x, y):
            return "mastoid"
        if g["mastoid_back"].left(x, y):
            return occiput if g["skull_base"].above(x, y) else "skull-base"
        if g["mastoid_front"].left(x, y):
            return "mastoid"
        if not g["tmj_back"].left(x, y) and g["tmj_front"].left(x, y) \
                and g["tmj_bottom"].above(x, y):
            return "tmj"
        if g["jaw_angle"].left(x, y):
            return "jaw-angle" if not g["tmj_bottom"].above(x, y) else "tmj"
        if g["nose_base"].above(x, y):
            if not g["nose"].left(x, y):
                return "nose"
            return "cheekbone" if g["cheek_split"].left(x, y) else "side-of-nose"
        if g["mouth"].above(x, y):
            return "upper-jaw-back" if g["upper_teeth"].left(x, y) else "upper-jaw-front"
        if not g["chin"].left(x, y) and not g["chin_top"].above(x, y):
            return "chin"
        return "lower-jaw-back" if g["lower_teeth"].left(x, y) else "lower-jaw-front"

    def neck_level(self, x, y):
        g = self.g
        return "upper" if g["neck_upper"].above(x, y) else \
            "mid" if g["neck_lower"].above(x, y) else "lower"

    def trunk_part(self, x, y):
        g = self.g
        inner = g["back_strip"].left(x, y)
        if g["neck_bottom"].above(x, y):
            if not g["neck_front"].left(x, y):
                return ("upper" if g["neck_lower"].above(x, y) else "lower") + "-front-neck"
            if g["neck_angle_front"].left(x, y) and not g["neck_angle_top"].above(x, y):
                return "neck-angle"
            if g["neck_back"].left(x, y):
                # the lower back of the neck is behind the angle of the neck from this side
                return ("upper" if g["neck_upper"].above(x, y) else "mid") + "-back-neck"
            return f"{self.neck_level(x, y)}-side-neck"
        if g["neck_angle_front"].left(x, y) and g["neck_angle_bottom"].above(x, y):
            return "neck-angle"
        if g["clavicle"].above(x, y):
            if g["neck_angle_front"].left(x, y):
                return "upper-scapula-inner"
            if g["clavicle_back"].left(x, y):
                return "shoulder-top-" + ("inner" if g["shoulder_top_mid"].left(x, y)
                                          else "outer")
            return "outer-clavicle" if g["clavicle_mid"].left(x, y) else "inner-clavicle"
        if not g["front"].left(x, y):
            for guide, name in (("chest_mid", "upper-chest-outer"),
                                ("breast_bottom", "lower-chest-outer"),
                                ("rib_margin", "front-lower-ribs-outer"),
                                ("navel", "upper-abdomen-outer"),
                                ("hip_top", "lower-abdomen-outer")):
                if g[guide].above(x, y):
                    return name
            if not g["groin"].left(x, y) and not g["groin_top"].above(x, y):
                return "groin"
            return "front-hip"
        if not g["back"].left(x, y):
            for guide, name in (("armpit", "armpit"), ("side_chest_mid", "upper-side-chest"),
                                ("rib_margin", "lower-side-chest"), ("flank_mid", "upper-flank"),
                                ("crest", "lower-flank"), ("hip_mid", "upper-side-hip")):
                if g[guide].above(x, y):
                    return name
            return "lower-side-hip"
        if (not g["back_armpit"].left(x, y) and not g["back_armpit_top"].above(x, y)
                and g["armpit"].above(x, y)):
            return "back-armpit"
        if g["scapula_spine"].above(x, y):
            return "upper-scapula-inner"
        if g["lower_scapula"].above(x, y):
            if inner:
                return "scapula-inner-edge"
            return "scapula-body-" + ("upper" if g["body_mid"].above(x, y) else "lower")
        for guide, name in (("scapula_bottom", "lower-scapula"),
                            ("ribs_back", "lower-ribs-back-inner" if inner
                             else "lower-ribs-back-outer"),
                            ("crest_top", "outer-low-back"),
                            ("crest", "iliac-crest"),
                            ("buttock_mid", "buttock-upper-outer")):
            if g[guide].above(x, y):
                return name
        return "buttock-lower-outer"

    def arm_part(self, x, y):
        fig = self.fig
        palm = fig.palm
        ps, pt = palm.coords((x, y))
        ts, tt = fig.thumb.coords((x, y))
        if ps > 0 or ts > 0:
            if ts > 12 and self.thumb_shape.contains(Point(x, y)):
                return "thumb"
            front = pt < 0
            # seen from the thumb side: the index finger, the thumb side of palm and hand
            if ps > palm.length - 5:
                return "index-finger" if front else "back-index-finger"
            return "ball-of-thumb" if front else "back-of-hand-thumb-side"
        s, t = fig.arm.coords((x, y))
        face = "back" if t > 0.45 else "front" if t < -0.45 else ""
        if s < self.DELTOID:
            return f"{face or 'side'}-shoulder-" + ("top" if s < self.SHOULDER_MID else "bottom")
        if s < self.ELBOW_TOP:
            return f"{face or 'outer'}-upper-arm-{third(s, self.UPPER_ARM_THIRDS)}"
        if s < self.ELBOW_BOTTOM:
            return f"{face or 'outer'}-elbow"
        if s < self.WRIST:
            return f"{face or 'outer'}-forearm-{third(s, self.FOREARM_THIRDS)}"
        return "back-wrist-thumb-side" if t >= 0 else "front-wrist-thumb-side"

    def leg_part(self, x, y):
        g = self.g
        s, t = self.fig.leg.coords((x, y))
        if not g["toes"].left(x, y):
            return "toes-top"
        if g["heel"].left(x, y) and not g["heel_top"].above(x, y):
            return "outer-heel"
        if s >= self.ANKLE or not g["foot_side"].above(x, y):
            if t > 0.45:
                return "achilles"
            if not g["foot_side"].above(x, y):
                return "outer-foot-edge"
            if not g["instep"].left(x, y):
                return "top-of-foot-outer"
            return "front-ankle" if t < -0.4 else "outer-ankle"
        if s >= self.KNEE_BOTTOM:
            level = third(s, self.LEG_THIRDS)
            if t < -0.45:
                return f"shin-{level}"
            if t > 0.3:
                return f"outer-calf-{level}"
            return f"outer-leg-{level}"
        face = "back" if t > 0.5 else "front" if t < -0.5 else ""
        if s >= self.KNEE_TOP:
            if face == "front":
                return "kneecap" if s < self.kneecap_bottom else "below-kneecap"
            return f"{face or 'outer'}-knee"
        if face == "front" and s >= self.ABOVE_KNEECAP:
            return "above-kneecap"
        return f"outer-{face + '-' if face else ''}thigh-{third(s, self.THIGH_THIRDS)}"
