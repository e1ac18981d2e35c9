"""Regions of the front and back views.

Both views are cut from the front figure's silhouette in the front frame, for the person's right
half (x < 400); the left half is its mirror image. The back view is flipped left-right at the
end, so that there the person's right is on the viewer's right. Guide points are written as
(u, y): u is the distance from the midline toward the person's right side."""
import numpy as np
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
    KNEE_TOP, KNEE_BOTTOM, ANKLE = 292, 372, 648
    SHOULDER_MID = 44                   # over the joint | the deltoid below it
    UPPER_ARM_THIRDS = (133, 178)       # deltoid to elbow in thirds
    FOREARM_THIRDS = (325, 376)         # elbow to wrist in thirds
    THIGH_THIRDS = (97, 195)            # hip to knee in thirds
    LEG_THIRDS = (464, 556)             # knee to ankle in thirds
    KNEECAP_BOTTOM = 340                # the lower edge of the kneecap (landmark at s 318)
    ABOVE_KNEECAP = 262                 # the front of the thigh just above the kneecap from here

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
        self.lines = [arm_cut.line] + [a.across(s) for s in (
            self.SHOULDER_MID, self.DELTOID, *self.UPPER_ARM_THIRDS, self.ELBOW_TOP,
            self.ELBOW_BOTTOM, *self.FOREARM_THIRDS, self.WRIST)]
        self.lines += [a.along(t, -60, a.length + 10) for t in (0.45, -0.45)]
        self.lines += [a.along(0.0, self.WRIST - 2, a.length + 10)]
        self.lines += [palm.across(6, -1.6, 1.6), palm.across(self.finger_line, -1.3, 1.3),
                       thumb.across(self.thumb_base, -1.3, 1.6)]
        self.lines += [palm.along(t, 4, self.finger_line + 2) for t in self.PALM_BANDS]
        self.thenar_end = palm.length * 0.62     # the ball of the thumb ends about here
        self.lines += [palm.across(self.thenar_end, self.PALM_BANDS[0], 1.6)]
        self.lines += self.finger_borders()
        self.lines += [l.across(s, -2.5, 2.5) for s in (*self.THIGH_THIRDS, self.ABOVE_KNEECAP,
                                                         self.KNEE_TOP,
                                                         self.KNEECAP_BOTTOM, self.KNEE_BOTTOM,
                                                         *self.LEG_THIRDS, self.ANKLE)]
        self.lines += [l.along(t, -80, l.length + 20) for t in (0.5, -0.5, 0.45, -0.45,
                                                                 0.4, -0.4)]
        self.lines += [l.along(0.0, -80, self.ANKLE + 2)]

    PALM_BANDS = (0.3, -0.35)           # ball of the thumb | middle | little-finger side
    FINGERS = ("index", "middle", "ring", "little")

    def finger_borders(self):
        """Cut lines between neighbouring fingers: halfway between their centre lines."""
        lines = []
        for a, b in zip(self.hand.fingers, self.hand.fingers[1:]):
            n = int(max(a.length, b.length)) + 12
            pts = [tuple((np.array(a.point(s, 0)) + np.array(b.point(s, 0))) / 2)
                   for s in range(-14, n, 4)]
            lines.append(LineString(pts))
        return lines

    def finger_of(self, x, y):
        p = Point(x, y)
        best = min(range(4), key=lambda i: self.hand.fingers[i].line.distance(p))
        return self.FINGERS[best]

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
            return f"back-{self.finger_of(x, y)}-finger" if back else \
                f"{self.finger_of(x, y)}-finger"
        hi, lo = self.PALM_BANDS
        if t > hi:
            if back:
                return "back-of-hand-thumb-side"
            return "ball-of-thumb" if s < self.thenar_end else "palm-centre"
        if t < lo:
            return "back-of-hand-little-finger-side" if back else "palm-little-finger-side"
        return "back-of-hand-centre" if back else "palm-centre"

    def arm_part(self, x, y, back):
        s, t = self.arm.coords((x, y))
        face = "back" if back else "front"
        band = "outer" if t > 0.45 else "inner" if t < -0.45 else face
        if s < self.DELTOID:
            part = "side-shoulder" if t > 0.45 else f"{face}-shoulder"
            return part + ("-top" if s < self.SHOULDER_MID else "-bottom")
        if s < self.ELBOW_TOP:
            return f"{band}-upper-arm-{third(s, self.UPPER_ARM_THIRDS)}"
        if s < self.ELBOW_BOTTOM:
            return f"{band}-elbow"
        if s < self.WRIST:
            return f"{band}-forearm-{third(s, self.FOREARM_THIRDS)}"
        return f"{face}-wrist-" + ("thumb-side" if t > 0 else "little-finger-side")

    def leg_coords(self, x, y):
        return self.leg.coords((x, y))


def band(t, width, middle):
    return "outer" if t > width else "inner" if t < -width else middle


def third(s, cuts):
    """top, middle or bottom third of a limb segment, given the two cuts along it."""
    return "top" if s < cuts[0] else "middle" if s < cuts[1] else "bottom"


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
        # the side of the nose: the bridge, widening to the nostril
        g["nose_side"] = V([(8, 120), (8, 165), (10, 175), (13, 184), (15, 190)])
        g["mid_forehead"] = V([(17, 60), (17, 130)])        # above the inner end of the brow
        g["brow_mid"] = V([(31, 115), (31, 145)])           # inner | outer half of the brow
        g["cheek_split"] = V([(24, 160), (24, 195)])        # beside the nose | cheekbone
        g["upper_teeth"] = V([(20, 185), (20, 212)])        # front teeth | back teeth
        g["lower_teeth"] = V([(31, 200), (30, 255)])
        # neck and trunk
        g["notch"] = H([(0, 318), (26, 317)])
        g["front_neck"] = V([(24, 250), (26, 318)])
        g["neck_upper"] = H([(0, 252), (200, 252)])         # neck in thirds: C3 and C5
        g["neck_lower"] = H([(0, 282), (200, 282)])
        g["shoulder_top"] = H([(44, 258), (55, 290), (70, 303), (100, 315), (130, 322),
                               (160, 330), (185, 345), (210, 360)])
        g["neck_shoulder"] = V([(50, 240), (50, 300)])
        g["shoulder_top_mid"] = V([(115, 290), (115, 340)])
        g["clavicle_top"] = H([(0, 318), (20, 319), (60, 321), (100, 324), (140, 328),
                               (180, 336), (210, 345)])
        g["clavicle_bottom"] = H([(0, 333), (20, 334), (60, 336), (100, 339), (140, 343),
                                  (180, 351), (210, 360)])
        g["sternum"] = V([(15, 318), (15, 440), (12, 500), (7, 525)])
        g["xiphoid"] = H([(0, 528), (20, 528)])
        g["chest_mid"] = H([(0, 420), (60, 420), (110, 418), (140, 415)])
        # the mid-clavicular line, through the nipple: inner | outer chest and collarbone
        g["nipple_line"] = V([(82, 300), (84, 340), (88, 420), (88, 530)])
        g["breast_bottom"] = H([(0, 503), (60, 505), (100, 506), (140, 504)])
        g["armpit"] = V([(118, 400), (120, 440), (122, 480)])
        g["armpit_top"] = H([(100, 405), (160, 405)])
        g["armpit_bottom"] = H([(100, 472), (160, 472)])
        g["rib_margin"] = H([(0, 525), (20, 530), (50, 548), (85, 572), (110, 592), (135, 610)])
        # the outer edge of the straight belly muscle, from the rib margin to the pubic bone
        g["rectus"] = V([(58, 540), (62, 580), (62, 620), (58, 680), (58, 740), (46, 792)])
        g["navel_top"] = H([(0, 628), (80, 628)])
        g["navel"] = H([(0, 652), (60, 650), (130, 648)])
        g["navel_bottom"] = H([(0, 676), (80, 676)])
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
        g["foot_mid"] = V([(76, 1440), (78, 1500), (80, 1535)])   # big-toe side | outer side
        self.head = prep(fig.head)
        self.ear = prep(fig.ear.buffer(3))
        self.lines = ([gd.line for gd in g.values()] + [LineString(fig.head.exterior.coords)] +
                      self.limbs.lines)

    def head_part(self, x, y):
        g = self.g
        if self.ear.contains(Point(x, y)) and not self.head.contains(Point(x, y)):
            return "ear"
        if g["hairline"].above(x, y):
            return "top-of-head"
        if g["cheekbone"].above(x, y) and out(g["temple"], x, y):
            return "front-temple"
        if g["brow_top"].above(x, y):
            return "side-forehead" if out(g["mid_forehead"], x, y) else "mid-forehead"
        if g["brow_bottom"].above(x, y):
            if not out(g["nose_side"], x, y):
                return "mid-forehead"
            return "outer-eyebrow" if out(g["brow_mid"], x, y) else "inner-eyebrow"
        if g["eye_bottom"].above(x, y):
            return "eye" if out(g["nose_side"], x, y) else "nose"
        if out(g["tmj"], x, y) and g["tmj_bottom"].above(x, y):
            return "tmj"
        if g["nose_base"].above(x, y):
            if not out(g["nose_side"], x, y):
                return "nose"
            return "cheekbone" if out(g["cheek_split"], x, y) else "side-of-nose"
        if out(g["jaw_angle"], x, y):
            return "jaw-angle"
        if g["mouth"].above(x, y):
            return "upper-jaw-back" if out(g["upper_teeth"], x, y) else "upper-jaw-front"
        if not out(g["chin_side"], x, y) and not g["chin_top"].above(x, y):
            return "chin"
        return "lower-jaw-back" if out(g["lower_teeth"], x, y) else "lower-jaw-front"

    def neck_level(self, x, y):
        g = self.g
        return "upper" if g["neck_upper"].above(x, y) else \
            "mid" if g["neck_lower"].above(x, y) else "lower"

    def trunk_part(self, x, y):
        g = self.g
        if not out(g["front_neck"], x, y) and g["notch"].above(x, y):
            return ("upper" if g["neck_lower"].above(x, y) else "lower") + "-front-neck"
        if g["shoulder_top"].above(x, y) and out(g["neck_shoulder"], x, y):
            return "shoulder-top-" + ("outer" if out(g["shoulder_top_mid"], x, y) else "inner")
        if g["clavicle_top"].above(x, y):
            return self.neck_level(x, y) + "-side-neck"
        if g["clavicle_bottom"].above(x, y):
            if not out(g["sternum"], x, y):
                return "upper-sternum"
            return "outer-clavicle" if out(g["nipple_line"], x, y) else "inner-clavicle"
        if not out(g["sternum"], x, y) and g["xiphoid"].above(x, y):
            return "upper-sternum" if g["chest_mid"].above(x, y) else "lower-sternum"
        if (out(g["armpit"], x, y) and not g["armpit_top"].above(x, y)
                and g["armpit_bottom"].above(x, y)):
            return "armpit"
        side = "outer" if out(g["nipple_line"], x, y) else "inner"
        if g["chest_mid"].above(x, y):
            return f"upper-chest-{side}"
        if g["rib_margin"].above(x, y):
            if not g["breast_bottom"].above(x, y):
                return f"front-lower-ribs-{side}"
            return f"lower-chest-{side}"
        inner = not out(g["rectus"], x, y)
        if g["navel"].above(x, y):
            if inner:
                return "upper-abdomen-inner" if g["navel_top"].above(x, y) else "beside-navel"
            return "upper-abdomen-outer"
        if out(g["front_hip"], x, y) and not g["hip_top"].above(x, y):
            return "front-hip"
        if not out(g["pubis"], x, y) and not g["pubis_top"].above(x, y):
            return "pubis"
        if not g["groin_top"].above(x, y):
            return "groin"
        if not inner:
            return "lower-abdomen-outer"
        if g["navel_bottom"].above(x, y):
            return "beside-navel"
        return "below-navel"

    def leg_part(self, x, y):
        g, L = self.g, self.limbs
        if not g["foot_top"].above(x, y):
            if not g["toes"].above(x, y):
                return "toes-top" if out(g["big_toe"], x, y) else "big-toe-top"
            return "top-of-foot-" + ("outer" if out(g["foot_mid"], x, y) else "inner")
        s, t = L.leg_coords(x, y)
        if s >= L.ANKLE:
            return {"outer": "outer-ankle", "inner": "inner-ankle"}.get(band(t, 0.4, ""),
                                                                        "front-ankle")
        if s >= L.KNEE_BOTTOM:
            part = {"outer": "outer-leg", "inner": "inner-leg"}.get(band(t, 0.45, ""), "shin")
            return f"{part}-{third(s, L.LEG_THIRDS)}"
        if s >= L.KNEE_TOP:
            b = band(t, 0.5, "")
            if b:
                return f"{b}-knee"
            return "kneecap" if s < L.KNEECAP_BOTTOM else "below-kneecap"
        b = band(t, 0.5, "outer-front" if t > 0 else "inner-front")
        if s >= L.ABOVE_KNEECAP and b.endswith("front"):
            return "above-kneecap"
        return f"{b}-thigh-{third(s, L.THIGH_THIRDS)}"


# ---------------------------------------------------------------------------------------------
# Back


class Back(Labeler):
    """Guides and labels of the back view, drawn in the front frame (person's right half at
    x < 400, as if seen through the body) and flipped left-right afterwards."""

    HEAD_GUIDE, BACK = "skull", True
    # The shoulder blade, as drawn in landmarks.py: the inner (vertebral) border from the upper
    # to the lower angle, the outer border from the lower angle up to the joint, and its spine.
    MEDIAL = [(64, 336), (65, 380), (71, 430), (81, 472), (90, 503)]
    LATERAL = [(150, 393), (138, 425), (121, 462), (101, 494), (90, 503)]
    SPINE = [(55, 366), (65, 364), (100, 356), (140, 344), (172, 334), (190, 332)]
    INNER_EDGE = (-8, 6)      # the inner-edge strip: this far toward the spine and onto the blade
    OUTER_EDGE = 14             # the outer-edge strip: this far in from the outer border

    def __init__(self, fig):
        self.fig = fig
        self.limbs = Limbs(fig, V([(190, 300), (184, 333), (174, 362), (163, 392), (155, 420),
                                   (150, 445), (152, 480)]))
        g = self.g = {}
        # head
        g["skull"] = H([(0, 224), (25, 222), (45, 215), (58, 206), (68, 200), (80, 203),
                        (95, 210)])
        g["vertex"] = H([(0, 80), (30, 82), (50, 88), (65, 98), (80, 105)])
        g["occiput_mid"] = H([(0, 150), (80, 150)])
        # the occipital ridge, from the inion out to the mastoid
        g["skull_base"] = H([(0, 198), (25, 197), (45, 192), (58, 185), (70, 178)])
        # behind the ear: the mastoid, its inner edge bowed toward the spine
        g["mastoid"] = V([(50, 150), (45, 170), (42, 190), (44, 205), (48, 215)])
        g["mastoid_top"] = H([(40, 163), (80, 163)])
        # neck and shoulders
        g["back_neck"] = V([(26, 220), (28, 310)])
        g["c7"] = H([(0, 306), (35, 306)])
        g["neck_upper"] = H([(0, 252), (200, 252)])         # neck in thirds: C3 and C5
        g["neck_lower"] = H([(0, 282), (200, 282)])
        g["neck_angle_top"] = H([(20, 268), (45, 272), (60, 284), (90, 300)])
        g["neck_angle_out"] = V([(82, 280), (80, 300), (74, 334)])
        g["neck_angle_bottom"] = H([(20, 328), (50, 331), (80, 334)])
        g["shoulder_top"] = H([(44, 258), (55, 290), (70, 303), (100, 315), (130, 322),
                               (160, 330), (185, 345), (210, 360)])
        g["shoulder_top_mid"] = V([(115, 290), (115, 340)])
        # beside the spine, in levels: T3/T4, T6/T7, T9/T10, T12/L1, L5/S1
        g["paraspinal"] = V([(28, 300), (30, 450), (30, 600), (32, 700)])
        g["t3"] = H([(0, 388), (35, 388)])
        g["t6"] = H([(0, 455), (35, 455)])
        g["t9"] = H([(0, 529), (35, 529)])
        g["t12"] = H([(0, 588), (35, 588)])
        g["l5"] = H([(0, 706), (35, 706)])
        # shoulder blade
        g["scapula_medial"] = V(self.MEDIAL)
        g["edge_in"] = V([(u + self.INNER_EDGE[0], y) for u, y in self.MEDIAL[:-1]])
        g["edge_out"] = V([(u + self.INNER_EDGE[1], y) for u, y in self.MEDIAL[:-1]])
        g["scapula_spine"] = H(self.SPINE)
        g["supra_mid"] = V([(140, 320), (140, 370)])        # the fossa | the end by the acromion
        g["scapula_lateral"] = V(self.LATERAL)
        g["edge_lateral"] = V([(u - self.OUTER_EDGE, y) for u, y in self.LATERAL[:-1]])
        g["lower_scapula"] = H([(55, 458), (150, 452)])      # the lower angle below this
        g["body_mid"] = H([(60, 415), (150, 415)])          # upper | lower half of the body
        g["scapula_bottom"] = H([(50, 518), (150, 512)])
        g["inferior_angle"] = H([(30, 505), (100, 505)])
        g["between_mid"] = H([(20, 435), (90, 435)])        # T5/T6
        g["back_armpit_top"] = H([(120, 395), (170, 395)])
        g["armpit_bottom"] = H([(100, 482), (160, 482)])
        g["ribs_split"] = V([(90, 500), (90, 640)])
        # the lowest ribs, running down and out from T12
        g["ribs_bottom"] = H([(30, 594), (60, 600), (90, 606), (120, 618), (150, 630)])
        # low back and pelvis
        g["iliac_crest"] = H([(30, 700), (60, 686), (100, 672), (130, 668), (150, 672)])
        g["crest_top"] = H([(30, 684), (60, 670), (100, 656), (130, 652), (150, 656)])
        g["crest_low"] = H([(30, 706), (60, 692), (100, 678), (130, 674), (150, 678)])
        g["si_out"] = V([(46, 690), (45, 720), (40, 750), (32, 772)])
        g["si_bottom"] = H([(20, 766), (50, 766)])
        g["sacrum"] = V([(24, 700), (20, 740), (12, 775), (6, 792)])
        g["sacrum_bottom"] = H([(0, 792), (20, 792)])
        g["coccyx"] = V([(9, 780), (9, 830)])
        g["coccyx_bottom"] = H([(0, 818), (14, 818)])
        g["buttock_mid"] = V([(80, 690), (80, 780), (80, 860)])
        g["buttock_mid_y"] = H([(0, 772), (160, 768)])
        # the gluteal fold under the buttock
        g["leg"] = H([(0, 870), (10, 858), (40, 860), (80, 856), (115, 845), (140, 825),
                      (160, 808), (180, 805)])
        g["heel"] = H([(20, 1478), (140, 1478)])
        self.head = prep(fig.head)
        self.ear = prep(fig.ear.buffer(3))
        self.lines = ([gd.line for gd in g.values()] + [LineString(fig.head.exterior.coords)] +
                      self.limbs.lines)

    def head_part(self, x, y):
        g = self.g
        if self.ear.contains(Point(x, y)) and not self.head.contains(Point(x, y)):
            return "ear"
        if g["vertex"].above(x, y):
            return "crown"
        if out(g["mastoid"], x, y) and not g["mastoid_top"].above(x, y):
            return "mastoid"
        if not g["skull_base"].above(x, y):
            return "skull-base"
        return "upper-occiput" if g["occiput_mid"].above(x, y) else "lower-occiput"

    def neck_level(self, x, y):
        g = self.g
        return "upper" if g["neck_upper"].above(x, y) else \
            "mid" if g["neck_lower"].above(x, y) else "lower"

    def trunk_part(self, x, y):
        g = self.g
        u = CX - x
        if u < 26 + 2 and not out(g["back_neck"], x, y) and g["c7"].above(x, y):
            return self.neck_level(x, y) + "-back-neck"
        if g["neck_angle_top"].above(x, y) and not (g["shoulder_top"].above(x, y) and
                                                     out(g["neck_angle_out"], x, y)):
            # seen from behind, the lower side of the neck lies behind the angle of the neck
            return ("upper" if g["neck_upper"].above(x, y) else "mid") + "-side-neck"
        if g["shoulder_top"].above(x, y) and out(g["neck_angle_out"], x, y):
            return "shoulder-top-" + ("outer" if out(g["shoulder_top_mid"], x, y) else "inner")
        if g["neck_angle_bottom"].above(x, y) and not out(g["neck_angle_out"], x, y) \
                and out(g["back_neck"], x, y):
            return "neck-angle"
        if not out(g["paraspinal"], x, y):
            for guide, name in (("t3", "t1-t3"), ("t6", "t4-t6"), ("t9", "t7-t9"),
                                ("t12", "t10-t12"), ("l5", "")):
                if g[guide].above(x, y):
                    return f"paraspinal-{name}" if name else "low-paraspinal"
        if g["crest_low"].above(x, y):
            return self.back_part(x, y)
        return self.pelvis_part(x, y)

    def back_part(self, x, y):
        g = self.g
        if not g["ribs_bottom"].above(x, y):
            return "outer-low-back" if g["crest_top"].above(x, y) else "iliac-crest"
        lower = "lower-ribs-back-" + ("outer" if out(g["ribs_split"], x, y) else "inner")
        if not out(g["edge_in"], x, y):
            if g["inferior_angle"].above(x, y):
                return ("upper" if g["between_mid"].above(x, y) else "lower") + \
                    "-between-shoulder-blades"
            return lower
        if out(g["scapula_lateral"], x, y) and not g["back_armpit_top"].above(x, y):
            if g["armpit_bottom"].above(x, y):
                return "back-armpit"
            return lower
        if not g["scapula_bottom"].above(x, y):
            return lower
        if not g["lower_scapula"].above(x, y):
            return "lower-scapula"
        if not out(g["edge_out"], x, y):
            return "scapula-inner-edge"
        if g["scapula_spine"].above(x, y):
            return "upper-scapula-" + ("outer" if out(g["supra_mid"], x, y) else "inner")
        if out(g["edge_lateral"], x, y):
            return "scapula-outer-edge"
        return "scapula-body-" + ("upper" if g["body_mid"].above(x, y) else "lower")

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
            return "back-of-heel"
        s, t = L.leg_coords(x, y)
        if s >= L.ANKLE:
            return {"outer": "outer-ankle", "inner": "inner-ankle"}.get(band(t, 0.45, ""),
                                                                        "achilles")
        if s >= L.KNEE_BOTTOM:
            b = band(t, 0.5, "")
            if b:
                return f"{b}-leg-{third(s, L.LEG_THIRDS)}"
            return ("outer" if t > 0 else "inner") + f"-calf-{third(s, L.LEG_THIRDS)}"
        if s >= L.KNEE_TOP:
            return band(t, 0.5, "back") + "-knee"
        b = band(t, 0.5, "outer-back" if t > 0 else "inner-back")
        return f"{b}-thigh-{third(s, L.THIGH_THIRDS)}"
