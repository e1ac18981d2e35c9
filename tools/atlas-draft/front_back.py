"""Regions of the front and back views.

Both views are cut from the front figure's silhouette in the front frame, for the person's right
half (x < 400); the left half is its mirror image. The back view is flipped left-right at the
end, so that there the person's right is on the viewer's right. Guide points are written as
(u, y): u is the distance from the midline toward the person's right side."""
from shapely.geometry import LineString, Point
from shapely.prepared import prep

from figure import CX
from guides import HGuide, VGuide


def H(points):
    return HGuide([(CX - u, y) for u, y in points])


def V(points):
    return VGuide([(CX - u, y) for u, y in points])


def out(g, x, y):
    """True if (x, y) lies further from the midline than vertical guide g."""
    return x < g.at(y)


class Limbs:
    """Where the arm, hand and leg are, and the limb cuts shared by the front and back views.

    Arm coordinates (s, t): s runs from the shoulder to the wrist, t is +1 on the outer (thumb)
    edge and -1 on the inner edge; the same holds for the leg (+1 outer)."""

    DELTOID, ELBOW_TOP, ELBOW_BOTTOM, WRIST = 88, 222, 274, 428
    MID_THIGH, KNEE_TOP, KNEE_BOTTOM, ANKLE = 185, 292, 372, 648

    def __init__(self, fig, arm_cut):
        self.fig = fig
        self.arm, self.leg, self.hand = fig.arm, fig.leg, fig.hand
        self.arm_cut = arm_cut
        palm = self.hand.palm
        self.finger_line = palm.length + 10
        thumb = self.hand.thumb
        # The thumb starts at the web between thumb and index: the first cross-section whose
        # inner end lies outside the body.
        body = prep(fig.silhouette)
        self.thumb_base = next(s for s in range(0, int(thumb.length))
                               if not body.contains(Point(thumb.point(s, -1.3))))
        a, l = self.arm, self.leg
        self.lines = [arm_cut.line] + [a.across(s) for s in (self.DELTOID, self.ELBOW_TOP,
                                                              self.ELBOW_BOTTOM, self.WRIST)]
        self.lines += [a.along(t, -60, a.length + 10) for t in (0.45, -0.45)]
        self.lines += [palm.across(6, -1.6, 1.6), palm.across(self.finger_line, -1.3, 1.3),
                       thumb.across(self.thumb_base, -1.3, 1.6)]
        self.lines += [l.across(s, -2.5, 2.5) for s in (self.MID_THIGH, self.KNEE_TOP,
                                                         self.KNEE_BOTTOM, self.ANKLE)]
        self.lines += [l.along(t, -80, l.length + 20) for t in (0.5, -0.5, 0.45, -0.45,
                                                                 0.4, -0.4)]

    def is_arm(self, x, y):
        return out(self.arm_cut, x, y)

    def hand_part(self, x, y, back):
        """Region base for a point beyond the wrist, or None if it is not on the hand."""
        palm, thumb = self.hand.palm, self.hand.thumb
        s, t = palm.coords((x, y))
        if s < 6:
            return None
        ts, tt = thumb.coords((x, y))
        if ts > self.thumb_base and abs(tt) < 1.6:
            return "thumb"
        if s > self.finger_line:
            return "back-fingers" if back else "fingers"
        return "back-of-hand" if back else "palm"

    def arm_part(self, x, y, back):
        s, t = self.arm.coords((x, y))
        face = "back" if back else "front"
        band = "outer" if t > 0.45 else "inner" if t < -0.45 else face
        if s < self.DELTOID:
            return "side-shoulder" if t > 0.45 else f"{face}-shoulder"
        if s < self.ELBOW_TOP:
            return f"{band}-upper-arm"
        if s < self.ELBOW_BOTTOM:
            return f"{band}-elbow"
        if s < self.WRIST:
            return f"{band}-forearm"
        return f"{face}-wrist"

    def leg_coords(self, x, y):
        return self.leg.coords((x, y))


def band(t, width, middle):
    return "outer" if t > width else "inner" if t < -width else middle


# ---------------------------------------------------------------------------------------------
# Front


class Labeler:
    """What Front and Back share: send a point to the arm, head, leg or trunk labeller.
    Subclasses name the guide line under the head (HEAD_GUIDE) and whether the limbs are seen
    from behind (BACK)."""

    def label(self, x, y):
        g, L = self.g, self.limbs
        if L.is_arm(x, y):
            return L.hand_part(x, y, back=self.BACK) or L.arm_part(x, y, back=self.BACK)
        if g[self.HEAD_GUIDE].above(x, y):
            return self.head_part(x, y)
        if not g["leg"].above(x, y):
            return self.leg_part(x, y)
        return self.trunk_part(x, y)


class Front(Labeler):
    """Guides and labels of the front view (person's right half, front frame)."""

    HEAD_GUIDE, BACK = "jaw", False

    def __init__(self, fig):
        self.fig = fig
        self.limbs = Limbs(fig, V([(190, 300), (184, 333), (172, 362), (160, 392), (153, 420),
                                   (150, 445), (152, 480)]))
        g = self.g = {}
        # head
        g["jaw"] = H([(0, 252), (20, 248), (36, 238), (47, 222), (56, 205), (66, 199), (80, 203),
                       (95, 210)])
        g["hairline"] = H([(0, 77), (25, 78), (45, 83), (60, 92), (75, 100)])
        g["temple"] = V([(45, 60), (48, 100), (52, 130), (55, 150), (56, 170)])
        g["cheekbone"] = H([(40, 168), (80, 166)])
        g["brow_top"] = H([(0, 127), (15, 123), (35, 121), (50, 125)])
        g["brow_bottom"] = H([(0, 139), (15, 135), (35, 134), (50, 138)])
        g["eye_bottom"] = H([(0, 165), (15, 163), (35, 162), (52, 166)])
        g["nose_base"] = H([(0, 190), (20, 189), (40, 187), (60, 185)])
        g["tmj_bottom"] = H([(45, 188), (80, 186)])
        g["mouth"] = H([(0, 209), (15, 209), (30, 207), (45, 203), (60, 198)])
        g["chin_top"] = H([(0, 222), (18, 221)])
        g["chin_side"] = V([(18, 205), (20, 235), (22, 260)])
        g["jaw_angle"] = V([(44, 185), (46, 205), (47, 230)])
        g["tmj"] = V([(54, 160), (55, 190)])
        g["nose_side"] = V([(8, 120), (8, 175)])
        # neck and trunk
        g["notch"] = H([(0, 318), (26, 317)])
        g["front_neck"] = V([(24, 250), (26, 318)])
        g["shoulder_top"] = H([(44, 258), (55, 290), (70, 303), (100, 315), (130, 322),
                               (160, 330), (185, 345), (210, 360)])
        g["neck_shoulder"] = V([(50, 240), (50, 300)])
        g["clavicle_top"] = H([(0, 318), (20, 319), (60, 321), (100, 324), (140, 328),
                               (180, 336), (210, 345)])
        g["clavicle_bottom"] = H([(0, 333), (20, 334), (60, 336), (100, 339), (140, 343),
                                  (180, 351), (210, 360)])
        g["sternum"] = V([(15, 318), (15, 440), (12, 500), (7, 525)])
        g["xiphoid"] = H([(0, 528), (20, 528)])
        g["chest_mid"] = H([(0, 420), (60, 420), (110, 418), (140, 415)])
        g["armpit"] = V([(118, 400), (120, 440), (122, 480)])
        g["armpit_top"] = H([(100, 405), (160, 405)])
        g["armpit_bottom"] = H([(100, 472), (160, 472)])
        g["rib_margin"] = H([(0, 525), (20, 530), (50, 548), (85, 572), (110, 592), (135, 610)])
        g["navel"] = H([(0, 652), (60, 650), (130, 648)])
        g["front_hip"] = V([(90, 660), (88, 720), (86, 770)])
        g["hip_top"] = H([(80, 676), (150, 672)])
        g["leg"] = H([(0, 860), (8, 845), (28, 818), (58, 790), (90, 770), (118, 785),
                      (146, 797), (175, 800)])
        g["groin_top"] = H([(0, 840), (8, 826), (28, 799), (58, 771), (90, 750), (118, 765)])
        g["pubis"] = V([(24, 760), (26, 870)])
        g["pubis_top"] = H([(0, 782), (30, 782)])
        # foot
        g["foot_top"] = H([(20, 1500), (80, 1498), (140, 1505)])
        g["toes"] = H([(20, 1530), (70, 1533), (140, 1528)])
        g["big_toe"] = V([(60, 1500), (58, 1560)])
        self.head = prep(fig.head)
        self.ear = prep(fig.ear.buffer(3))
        self.lines = ([gd.line for gd in g.values()] + [LineString(fig.head.exterior.coords)] +
                      self.limbs.lines)

    def head_part(self, x, y):
        g = self.g
        if self.ear.contains(Point(x, y)) and not self.head.contains(Point(x, y)):
            return "ear"
        if g["hairline"].above(x, y):
            return "vertex"
        if g["cheekbone"].above(x, y) and out(g["temple"], x, y):
            return "temple"
        if g["brow_top"].above(x, y):
            return "forehead"
        if g["brow_bottom"].above(x, y):
            return "eyebrow" if out(g["nose_side"], x, y) else "forehead"
        if g["eye_bottom"].above(x, y):
            return "eye" if out(g["nose_side"], x, y) else "cheek"
        if out(g["tmj"], x, y) and g["tmj_bottom"].above(x, y):
            return "tmj"
        if g["nose_base"].above(x, y):
            return "cheek"
        if out(g["jaw_angle"], x, y):
            return "jaw-angle"
        if g["mouth"].above(x, y):
            return "upper-jaw"
        if not out(g["chin_side"], x, y) and not g["chin_top"].above(x, y):
            return "chin"
        return "lower-jaw"

    def trunk_part(self, x, y):
        g = self.g
        if not out(g["front_neck"], x, y) and g["notch"].above(x, y):
            return "front-neck"
        if g["shoulder_top"].above(x, y) and out(g["neck_shoulder"], x, y):
            return "shoulder-top"
        if g["clavicle_top"].above(x, y):
            return "side-neck"
        if g["clavicle_bottom"].above(x, y):
            return "clavicle" if out(g["sternum"], x, y) else "sternum"
        if not out(g["sternum"], x, y) and g["xiphoid"].above(x, y):
            return "sternum"
        if (out(g["armpit"], x, y) and not g["armpit_top"].above(x, y)
                and g["armpit_bottom"].above(x, y)):
            return "armpit"
        if g["chest_mid"].above(x, y):
            return "upper-chest"
        if g["rib_margin"].above(x, y):
            return "lower-chest"
        if g["navel"].above(x, y):
            return "upper-abdomen"
        if out(g["front_hip"], x, y) and not g["hip_top"].above(x, y):
            return "front-hip"
        if not out(g["pubis"], x, y) and not g["pubis_top"].above(x, y):
            return "pubis"
        if not g["groin_top"].above(x, y):
            return "groin"
        return "lower-abdomen"

    def leg_part(self, x, y):
        g, L = self.g, self.limbs
        if not g["foot_top"].above(x, y):
            if not g["toes"].above(x, y):
                return "toes" if out(g["big_toe"], x, y) else "big-toe"
            return "top-of-foot"
        s, t = L.leg_coords(x, y)
        if s >= L.ANKLE:
            return {"outer": "outer-ankle", "inner": "inner-ankle"}.get(band(t, 0.4, ""),
                                                                        "front-ankle")
        if s >= L.KNEE_BOTTOM:
            return {"outer": "outer-leg", "inner": "inner-leg"}.get(band(t, 0.45, ""), "shin")
        if s >= L.KNEE_TOP:
            return band(t, 0.5, "front") + "-knee"
        level = "lower" if s >= L.MID_THIGH else "upper"
        return f"{level}-{band(t, 0.5, 'front')}-thigh"


# ---------------------------------------------------------------------------------------------
# Back


class Back(Labeler):
    """Guides and labels of the back view, drawn in the front frame (person's right half at
    x < 400, as if seen through the body) and flipped left-right afterwards."""

    HEAD_GUIDE, BACK = "skull", True
    CALF_MID = 510

    def __init__(self, fig):
        self.fig = fig
        self.limbs = Limbs(fig, V([(190, 300), (184, 333), (174, 362), (163, 392), (155, 420),
                                   (150, 445), (152, 480)]))
        g = self.g = {}
        # head
        g["skull"] = H([(0, 224), (25, 222), (45, 215), (58, 206), (68, 200), (80, 203),
                        (95, 210)])
        g["vertex"] = H([(0, 80), (30, 82), (50, 88), (65, 98), (80, 105)])
        g["skull_base"] = H([(0, 200), (25, 198), (45, 193), (58, 185), (70, 178)])
        g["mastoid"] = V([(46, 150), (48, 180), (50, 215)])
        g["mastoid_top"] = H([(40, 165), (80, 165)])
        # neck and shoulders
        g["back_neck"] = V([(26, 220), (28, 310)])
        g["c7"] = H([(0, 306), (35, 306)])
        g["neck_angle_top"] = H([(20, 268), (45, 272), (60, 284), (90, 300)])
        g["neck_angle_out"] = V([(82, 280), (80, 300), (74, 334)])
        g["neck_angle_bottom"] = H([(20, 328), (50, 331), (80, 334)])
        g["shoulder_top"] = H([(44, 258), (55, 290), (70, 303), (100, 315), (130, 322),
                               (160, 330), (185, 345), (210, 360)])
        # upper and mid back
        g["paraspinal"] = V([(28, 300), (30, 450), (30, 600), (32, 700)])
        g["t6"] = H([(0, 455), (35, 455)])
        g["t12"] = H([(0, 588), (35, 588)])
        g["l5"] = H([(0, 706), (35, 706)])
        g["scapula_medial"] = V([(62, 330), (64, 380), (70, 430), (80, 470), (88, 505)])
        g["scapula_spine"] = H([(55, 362), (80, 360), (120, 350), (160, 340), (190, 335)])
        g["scapula_lateral"] = V([(150, 380), (140, 420), (120, 460), (100, 495), (88, 505)])
        g["lower_scapula"] = H([(55, 458), (150, 452)])
        g["scapula_bottom"] = H([(50, 518), (150, 512)])
        g["inferior_angle"] = H([(30, 505), (100, 505)])
        g["back_armpit_top"] = H([(120, 395), (170, 395)])
        g["armpit_bottom"] = H([(100, 482), (160, 482)])
        g["ribs_bottom"] = H([(0, 600), (60, 605), (120, 612), (150, 615)])
        # low back and pelvis
        g["iliac_crest"] = H([(30, 700), (60, 686), (100, 672), (130, 668), (150, 672)])
        g["si_out"] = V([(46, 690), (45, 720), (40, 750), (32, 772)])
        g["si_bottom"] = H([(20, 766), (50, 766)])
        g["sacrum"] = V([(24, 700), (20, 740), (12, 775), (6, 792)])
        g["sacrum_bottom"] = H([(0, 792), (20, 792)])
        g["coccyx"] = V([(9, 780), (9, 830)])
        g["coccyx_bottom"] = H([(0, 818), (14, 818)])
        g["buttock_mid"] = V([(80, 690), (80, 780), (80, 860)])
        g["buttock_mid_y"] = H([(0, 772), (160, 768)])
        g["leg"] = H([(0, 870), (10, 858), (40, 860), (80, 856), (115, 845), (140, 825),
                      (160, 808), (180, 805)])
        g["heel"] = H([(20, 1478), (140, 1478)])
        self.head = prep(fig.head)
        self.ear = prep(fig.ear.buffer(3))
        self.lines = ([gd.line for gd in g.values()] + [LineString(fig.head.exterior.coords)] +
                      self.limbs.lines + [fig.leg.across(self.CALF_MID)])

    def head_part(self, x, y):
        g = self.g
        if self.ear.contains(Point(x, y)) and not self.head.contains(Point(x, y)):
            return "ear"
        if g["vertex"].above(x, y):
            return "vertex"
        if out(g["mastoid"], x, y) and not g["mastoid_top"].above(x, y):
            return "mastoid"
        if not g["skull_base"].above(x, y):
            return "skull-base"
        return "occiput"

    def trunk_part(self, x, y):
        g = self.g
        u = CX - x
        if u < 26 + 2 and not out(g["back_neck"], x, y) and g["c7"].above(x, y):
            return "back-neck"
        if g["neck_angle_top"].above(x, y) and not (g["shoulder_top"].above(x, y) and
                                                     out(g["neck_angle_out"], x, y)):
            return "side-neck"
        if g["shoulder_top"].above(x, y) and out(g["neck_angle_out"], x, y):
            return "shoulder-top"
        if g["neck_angle_bottom"].above(x, y) and not out(g["neck_angle_out"], x, y) \
                and out(g["back_neck"], x, y):
            return "neck-angle"
        if not out(g["paraspinal"], x, y):
            if g["t6"].above(x, y):
                return "upper-paraspinal"
            if g["t12"].above(x, y):
                return "mid-paraspinal"
            if g["l5"].above(x, y):
                return "low-paraspinal"
        if g["iliac_crest"].above(x, y):
            return self.back_part(x, y)
        return self.pelvis_part(x, y)

    def back_part(self, x, y):
        g = self.g
        if not g["ribs_bottom"].above(x, y):
            return "lateral-low-back"
        if not out(g["scapula_medial"], x, y):
            if g["inferior_angle"].above(x, y):
                return "between-shoulder-blades"
            return "lower-ribs-back"
        if out(g["scapula_lateral"], x, y) and not g["back_armpit_top"].above(x, y):
            if g["armpit_bottom"].above(x, y):
                return "back-armpit"
            return "lower-ribs-back"
        if g["scapula_spine"].above(x, y):
            return "upper-scapula"
        if g["lower_scapula"].above(x, y):
            return "scapula"
        if g["scapula_bottom"].above(x, y):
            return "lower-scapula"
        return "lower-ribs-back"

    def pelvis_part(self, x, y):
        g = self.g
        if not out(g["sacrum"], x, y) and g["sacrum_bottom"].above(x, y):
            return "sacrum"
        if not out(g["coccyx"], x, y) and g["coccyx_bottom"].above(x, y):
            return "coccyx"
        if not out(g["si_out"], x, y) and g["si_bottom"].above(x, y):
            return "sacroiliac"
        inner = not out(g["buttock_mid"], x, y)
        level = "upper" if g["buttock_mid_y"].above(x, y) else "lower"
        return f"buttock-{level}-{'inner' if inner else 'outer'}"

    def leg_part(self, x, y):
        g, L = self.g, self.limbs
        if not g["heel"].above(x, y):
            return "heel"
        s, t = L.leg_coords(x, y)
        if s >= L.ANKLE:
            return {"outer": "outer-ankle", "inner": "inner-ankle"}.get(band(t, 0.45, ""),
                                                                        "lower-calf")
        if s >= L.KNEE_BOTTOM:
            b = band(t, 0.5, "")
            if b:
                return f"{b}-leg"
            return "upper-calf" if s < self.CALF_MID else "lower-calf"
        if s >= L.KNEE_TOP:
            return band(t, 0.5, "back") + "-knee"
        level = "lower" if s >= L.MID_THIGH else "upper"
        return f"{level}-{band(t, 0.5, 'back')}-thigh"
