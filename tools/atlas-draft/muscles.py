"""Muscle outlines and trigger-point positions (phase 2 of the atlas).

Each muscle is drawn on the view where it is best seen, for the person's right side; the
generator mirrors it for the left. Outlines are smooth shapes through a few anatomical points,
written in the coordinates of their figure: front and back views in the front frame's (u, y)
(u = distance from the midline toward the person's right; the back view is "seen through" and
flipped later), limbs in their own (s, t) coordinates (distance along the limb, relative offset
across it: for the front figure t > 0 is the outer side, for the side figure t > 0 is the back),
the right view in its own (x, y), the soles in the right sole's (x, y).

Trigger points are placed as the <find> text of content/muscles/<id>.xml describes; a point the
table does not know yet (content added later) is put at the middle of its muscle's outline and
reported, so the table can be extended."""
from geometry import Limb, blob
from figure import CX

DEEP, SUPERFICIAL = "deep", "superficial"


class Drawing:
    """One muscle on one view: outline, depth and trigger-point positions, in figure
    coordinates of that view (before mirroring)."""

    def __init__(self, view, depth, shape, points):
        self.view, self.depth, self.shape, self.points = view, depth, shape, points


def table(front, side, sole):
    """{muscle id: [Drawing, ...]} for the front figure, side figure and sole figure."""
    arm = front.arm
    sarm, sleg = side.arm, side.leg

    def F(points):
        return [(CX - u, y) for u, y in points]

    def fb(points):
        return blob(F(points))

    def fp(u, y):
        return (CX - u, y)

    def on(limb, points):
        """A shape in a limb's (s, t) coordinates."""
        return blob([limb.point(s, t) for s, t in points])

    def at(limb, s, t):
        return limb.point(s, t)

    def strap(points, width):
        """A strap muscle along a line of (x, y) points."""
        n = len(points)
        stations = [(i / (n - 1), width, width) for i in range(n)]
        return Limb(points, stations, cap_start=0.6, cap_end=0.6).polygon()

    d = {}
    # ---- head and face (right view) ---------------------------------------------------------
    d["temporalis"] = [Drawing("right", SUPERFICIAL, blob([
        (430, 168), (446, 158), (450, 130), (444, 104), (425, 88), (398, 83), (372, 90),
        (357, 108), (358, 128), (374, 137), (392, 131), (408, 140), (418, 162)]),
        {"anterior": (437, 153), "mid-anterior": (424, 140), "mid-posterior": (413, 128),
         "posterior": (390, 113)})]
    d["masseter"] = [Drawing("right", SUPERFICIAL, blob([
        (424, 168), (452, 166), (458, 200), (456, 236), (441, 246), (428, 234), (420, 200)]),
        {"upper": (444, 175), "middle": (444, 205), "lower": (438, 236), "deep": (430, 176)})]
    d["lateral-pterygoid"] = [Drawing("right", DEEP, blob([
        (419, 169), (448, 167), (453, 182), (424, 188)]),
        {"superior": (437, 173), "inferior": (438, 182)})]
    d["medial-pterygoid"] = [Drawing("right", DEEP, blob([
        (424, 195), (444, 199), (449, 238), (433, 245), (421, 226)]),
        {"angle": (437, 234)})]
    d["digastric"] = [Drawing("right", SUPERFICIAL,
                              strap([(391, 206), (416, 236), (437, 258), (468, 252)], 5.5),
                              {"posterior": (402, 218), "anterior": (462, 253)})]
    d["frontalis"] = [Drawing("front", SUPERFICIAL, fb([
        (4, 86), (40, 84), (52, 98), (51, 124), (35, 126), (10, 129), (3, 118)]),
        {"brow": fp(18, 115)})]
    d["occipitalis"] = [Drawing("back", SUPERFICIAL, fb([
        (16, 150), (46, 142), (60, 160), (56, 190), (30, 196), (16, 186)]),
        {"belly": fp(34, 176)})]
    # ---- neck (right view and back view) ----------------------------------------------------
    d["sternocleidomastoid"] = [Drawing("right", SUPERFICIAL, blob([
        (386, 196), (400, 192), (416, 232), (432, 272), (450, 316), (438, 326), (420, 322),
        (408, 290), (396, 250), (385, 212)]),
        {"sternal-low": (433, 300), "sternal-mid": (420, 265), "sternal-high": (398, 212),
         "clavicular": (413, 290)})]
    d["anterior-scalene"] = [Drawing("right", DEEP,
                                     strap([(404, 240), (416, 280), (428, 318)], 5.5),
                                     {"lower": (423, 300)})]
    d["middle-scalene"] = [Drawing("right", DEEP,
                                   strap([(395, 232), (405, 275), (417, 322)], 6.0),
                                   {"belly": (404, 266)})]
    d["posterior-scalene"] = [Drawing("right", DEEP,
                                      strap([(387, 255), (396, 290), (406, 324)], 5.0),
                                      {"lower": (402, 308)})]
    d["splenius-capitis"] = [Drawing("back", DEEP, fb([
        (2, 322), (6, 270), (20, 226), (46, 198), (59, 205), (42, 236), (22, 282), (10, 326)]),
        {"upper": fp(46, 212)})]
    d["splenius-cervicis"] = [Drawing("back", DEEP, fb([
        (2, 420), (4, 340), (17, 262), (31, 226), (40, 232), (31, 282), (17, 350), (10, 420)]),
        {"upper": fp(30, 246), "lower": fp(20, 302)})]
    d["semispinalis-capitis"] = [Drawing("back", DEEP, fb([
        (2, 214), (24, 213), (22, 262), (17, 300), (6, 322), (2, 300)]),
        {"upper": fp(16, 222), "middle": fp(11, 250)})]
    d["rectus-capitis-posterior"] = [Drawing("back", DEEP, fb([
        (2, 208), (25, 205), (27, 220), (3, 226)]), {"center": fp(13, 216)})]
    d["obliquus-capitis"] = [Drawing("back", DEEP, fb([
        (20, 210), (46, 203), (49, 218), (23, 228)]), {"lateral": fp(32, 216)})]
    d["cervical-multifidi"] = [Drawing("back", DEEP, fb([
        (2, 228), (12, 228), (13, 306), (2, 306)]), {"mid-neck": fp(7, 266)})]
    d["upper-trapezius"] = [Drawing("back", SUPERFICIAL, fb([
        (2, 212), (24, 214), (32, 255), (52, 286), (92, 303), (140, 316), (178, 332),
        (172, 346), (140, 343), (100, 346), (70, 341), (40, 331), (10, 318), (3, 300)]),
        {"front-edge": fp(108, 314), "back": fp(132, 331)})]
    d["levator-scapulae"] = [Drawing("back", DEEP,
                                     strap(F([(30, 228), (44, 282), (63, 334)]), 7.0),
                                     {"angle": fp(56, 314), "corner": fp(62, 330)})]
    # ---- back and shoulder blade (back view) ------------------------------------------------
    d["middle-trapezius"] = [Drawing("back", SUPERFICIAL, fb([
        (2, 318), (60, 336), (120, 341), (166, 338), (160, 353), (100, 362), (62, 376),
        (20, 390), (2, 392)]), {"inner": fp(54, 364), "outer": fp(148, 346)})]
    d["lower-trapezius"] = [Drawing("back", SUPERFICIAL, fb([
        (2, 392), (65, 362), (76, 376), (42, 480), (12, 588), (2, 590)]),
        {"lower": fp(50, 430), "border": fp(64, 378)})]
    d["rhomboids"] = [Drawing("back", DEEP, fb([
        (3, 310), (62, 338), (70, 430), (86, 498), (5, 442)]),
        {"upper": fp(54, 362), "lower": fp(68, 455)})]
    d["serratus-posterior-superior"] = [Drawing("back", DEEP, fb([
        (3, 312), (70, 340), (82, 396), (3, 364)]), {"under-blade": fp(68, 368)})]
    d["supraspinatus"] = [Drawing("back", DEEP, fb([
        (66, 339), (100, 344), (140, 341), (170, 334), (162, 352), (120, 356), (70, 362)]),
        {"medial": fp(100, 351), "lateral": fp(158, 344)})]
    d["infraspinatus"] = [Drawing("back", SUPERFICIAL, fb([
        (67, 368), (100, 359), (140, 347), (150, 393), (125, 452), (92, 494), (76, 452)]),
        {"upper": fp(94, 374), "medial": fp(80, 430)})]
    d["teres-minor"] = [Drawing("back", SUPERFICIAL, fb([
        (117, 452), (146, 396), (156, 403), (132, 456)]), {"central": fp(128, 440)})]
    d["teres-major"] = [Drawing("back", SUPERFICIAL, fb([
        (89, 499), (106, 468), (150, 422), (170, 430), (150, 462), (112, 500), (93, 512)]),
        {"lower": fp(101, 490), "armpit-fold": fp(148, 440)})]
    d["subscapularis"] = [Drawing("back", DEEP, fb([
        (68, 346), (140, 352), (150, 394), (121, 462), (91, 500), (73, 430)]),
        {"lateral": fp(138, 412), "upper": fp(128, 372)})]
    d["latissimus-dorsi"] = [Drawing("back", SUPERFICIAL, fb([
        (3, 460), (60, 500), (100, 506), (140, 462), (158, 444), (148, 490), (138, 560),
        (132, 640), (110, 670), (60, 690), (30, 700), (3, 700)]),
        {"armpit": fp(136, 494), "lower": fp(116, 590)})]
    d["serratus-posterior-inferior"] = [Drawing("back", DEEP, fb([
        (4, 580), (40, 560), (95, 560), (100, 600), (50, 612), (4, 632)]),
        {"lower-ribs": fp(72, 586)})]
    d["iliocostalis-thoracis"] = [Drawing("back", SUPERFICIAL, fb([
        (36, 362), (56, 352), (76, 470), (62, 600), (40, 605), (35, 480)]),
        {"mid": fp(66, 468), "lower": fp(47, 585)})]
    d["iliocostalis-lumborum"] = [Drawing("back", SUPERFICIAL, fb([
        (34, 598), (60, 594), (63, 660), (50, 705), (33, 700)]), {"upper": fp(56, 614)})]
    d["longissimus-thoracis"] = [Drawing("back", SUPERFICIAL, fb([
        (11, 320), (28, 320), (34, 480), (34, 640), (27, 705), (13, 705), (12, 480)]),
        {"lower-thoracic": fp(24, 575), "upper-lumbar": fp(24, 616)})]
    d["spinalis-thoracis"] = [Drawing("back", SUPERFICIAL, fb([
        (3, 340), (11, 340), (12, 585), (3, 585)]), {"mid": fp(7, 545)})]
    d["multifidi-rotatores"] = [Drawing("back", DEEP, fb([
        (3, 330), (10, 330), (13, 700), (16, 760), (6, 790), (3, 700)]),
        {"thoracic": fp(7, 420), "lumbar": fp(8, 660), "sacral": fp(10, 714)})]
    d["quadratus-lumborum"] = [Drawing("back", DEEP, fb([
        (30, 600), (75, 605), (96, 640), (92, 672), (40, 690), (28, 660)]),
        {"upper-lateral": fp(80, 618), "lower-lateral": fp(84, 662),
         "upper-deep": fp(45, 640), "lower-deep": fp(40, 678)})]
    # ---- buttock and hip (back view) --------------------------------------------------------
    d["gluteus-maximus"] = [Drawing("back", SUPERFICIAL, fb([
        (22, 702), (55, 692), (95, 716), (140, 760), (150, 800), (132, 832), (100, 852),
        (60, 866), (20, 861), (8, 820), (10, 760)]),
        {"sacral": fp(46, 730), "ischial": fp(56, 830), "coccygeal": fp(17, 805)})]
    d["gluteus-medius"] = [Drawing("back", SUPERFICIAL, fb([
        (40, 702), (100, 673), (142, 676), (152, 722), (140, 762), (90, 742), (50, 726)]),
        {"back": fp(55, 708), "middle": fp(100, 690), "front": fp(126, 700)})]
    d["gluteus-minimus"] = [Drawing("back", DEEP, fb([
        (62, 712), (130, 690), (147, 742), (122, 772), (72, 742)]),
        {"front": fp(136, 748), "back": fp(90, 730)})]
    d["piriformis"] = [Drawing("back", DEEP,
                               strap(F([(16, 738), (80, 753), (144, 770)]), 8.0),
                               {"outer": fp(110, 762), "inner": fp(28, 742)})]
    # ---- thigh ------------------------------------------------------------------------------
    d["adductor-magnus"] = [Drawing("back", DEEP, fb([
        (10, 860), (45, 858), (56, 950), (46, 1060), (31, 1090), (20, 1000), (12, 920)]),
        {"middle": fp(30, 960), "upper": fp(26, 868)})]
    d["biceps-femoris"] = [Drawing("back", SUPERFICIAL, fb([
        (50, 855), (85, 860), (120, 1000), (118, 1110), (106, 1150), (93, 1110), (80, 1000),
        (55, 920)]), {"lower": fp(101, 1050)})]
    d["semitendinosus"] = [Drawing("back", SUPERFICIAL, fb([
        (35, 855), (60, 860), (68, 980), (56, 1100), (45, 1142), (38, 1100), (34, 980)]),
        {"middle": fp(52, 1010)})]
    d["semimembranosus"] = [Drawing("back", DEEP, fb([
        (25, 900), (50, 900), (58, 1040), (45, 1120), (30, 1110), (22, 1000)]),
        {"lower": fp(35, 1050)})]
    d["tensor-fasciae-latae"] = [Drawing("front", SUPERFICIAL, fb([
        (100, 730), (130, 740), (147, 780), (140, 830), (121, 828), (106, 780)]),
        {"belly": fp(120, 772)})]
    d["iliopsoas"] = [Drawing("front", DEEP, fb([
        (15, 600), (40, 600), (60, 680), (105, 700), (110, 740), (80, 790), (62, 845),
        (46, 840), (45, 790), (25, 700), (15, 650)]),
        {"psoas": fp(44, 665), "iliacus": fp(92, 726), "attachment": fp(60, 815)})]
    d["pectineus"] = [Drawing("front", SUPERFICIAL, fb([
        (28, 800), (50, 786), (62, 800), (46, 845), (30, 840)]), {"belly": fp(42, 812)})]
    d["adductor-longus-brevis"] = [Drawing("front", SUPERFICIAL, fb([
        (18, 805), (35, 800), (55, 870), (56, 950), (45, 985), (30, 930), (16, 860)]),
        {"upper": fp(30, 850), "lower": fp(44, 930)})]
    d["gracilis"] = [Drawing("front", SUPERFICIAL,
                             strap(F([(10, 842), (17, 1000), (28, 1168)]), 7.0),
                             {"middle": fp(18, 985)})]
    d["sartorius"] = [Drawing("front", SUPERFICIAL,
                              strap(F([(100, 728), (80, 850), (45, 1000), (31, 1110),
                                       (38, 1180)]), 7.5),
                              {"upper": fp(89, 790), "middle": fp(50, 985),
                               "lower": fp(31, 1095)})]
    d["rectus-femoris"] = [Drawing("front", SUPERFICIAL, fb([
        (85, 768), (100, 780), (102, 900), (92, 1040), (78, 1080), (62, 1050), (62, 900),
        (72, 800)]), {"upper": fp(89, 805)})]
    d["vastus-intermedius"] = [Drawing("front", DEEP, fb([
        (75, 800), (105, 810), (108, 950), (95, 1060), (70, 1060), (62, 950), (65, 850)]),
        {"central": fp(99, 880)})]
    d["vastus-medialis"] = [Drawing("front", SUPERFICIAL, fb([
        (40, 900), (60, 920), (70, 1060), (60, 1095), (35, 1090), (25, 1040), (30, 960)]),
        {"lower": fp(46, 1060), "upper": fp(54, 960)})]
    d["vastus-lateralis"] = [Drawing("right", SUPERFICIAL, on(sleg, [
        (40, -0.9), (70, 0.2), (150, 0.55), (260, 0.5), (300, 0.1), (300, -0.75),
        (230, -0.95), (120, -0.95)]),
        {"knee": at(sleg, 262, -0.6), "lower-back": at(sleg, 245, 0.38),
         "middle": at(sleg, 170, 0.0), "upper": at(sleg, 95, -0.35)})]
    # ---- leg and foot -----------------------------------------------------------------------
    d["popliteus"] = [Drawing("back", DEEP, fb([
        (50, 1168), (95, 1136), (101, 1150), (60, 1192)]), {"belly": fp(62, 1172)})]
    d["gastrocnemius"] = [Drawing("back", SUPERFICIAL, fb([
        (40, 1130), (105, 1130), (118, 1200), (110, 1290), (80, 1332), (50, 1300),
        (30, 1220)]),
        {"medial-head": fp(45, 1240), "lateral-head": fp(104, 1220),
         "medial-attachment": fp(46, 1142), "lateral-attachment": fp(100, 1142)})]
    d["soleus"] = [Drawing("back", DEEP, fb([
        (40, 1200), (105, 1200), (110, 1330), (96, 1420), (76, 1440), (50, 1420),
        (38, 1320)]),
        {"lower": fp(62, 1392), "upper": fp(104, 1215), "lower-outer": fp(88, 1370)})]
    d["tibialis-posterior"] = [Drawing("back", DEEP, fb([
        (60, 1190), (88, 1190), (88, 1400), (72, 1440), (60, 1400)]),
        {"upper": fp(74, 1240)})]
    d["long-toe-flexors"] = [Drawing("back", DEEP, fb([
        (45, 1230), (100, 1250), (100, 1430), (80, 1460), (55, 1440), (42, 1330)]),
        {"digitorum": fp(49, 1262), "hallucis": fp(92, 1400)})]
    d["tibialis-anterior"] = [Drawing("front", SUPERFICIAL, fb([
        (75, 1175), (100, 1180), (98, 1350), (88, 1450), (78, 1455), (76, 1350),
        (70, 1200)]), {"upper": fp(86, 1230)})]
    d["long-toe-extensors"] = [Drawing("right", SUPERFICIAL, on(sleg, [
        (385, -0.8), (385, -0.35), (560, -0.3), (650, -0.45), (650, -0.85), (560, -0.8)]),
        {"digitorum": at(sleg, 450, -0.55), "hallucis": at(sleg, 575, -0.55)})]
    d["peroneals"] = [Drawing("right", SUPERFICIAL, on(sleg, [
        (375, -0.25), (375, 0.3), (560, 0.35), (655, 0.2), (655, -0.3), (560, -0.6),
        (480, -0.3)]),
        {"longus": at(sleg, 405, 0.05), "brevis": at(sleg, 565, 0.1),
         "tertius": at(sleg, 610, -0.45)})]
    d["abductor-hallucis"] = [Drawing("soles", SUPERFICIAL, blob([
        (300, 800), (316, 760), (312, 700), (298, 620), (300, 540), (318, 470), (342, 400),
        (318, 392), (288, 470), (274, 560), (278, 650), (290, 730), (284, 790)]),
        {"arch": (288, 640)})]
    d["flexor-digitorum-brevis"] = [Drawing("soles", SUPERFICIAL, blob([
        (180, 760), (250, 760), (265, 650), (270, 500), (250, 400), (150, 420), (140, 520),
        (160, 650)]), {"mid-sole": (210, 600)})]
    d["quadratus-plantae"] = [Drawing("soles", DEEP, blob([
        (170, 740), (260, 740), (268, 640), (245, 600), (180, 610), (160, 660)]),
        {"heel": (236, 690)})]
    # ---- chest and belly (front view) -------------------------------------------------------
    d["pectoralis-major"] = [Drawing("front", SUPERFICIAL, fb([
        (14, 336), (90, 334), (140, 338), (162, 372), (170, 408), (150, 436), (100, 470),
        (60, 490), (20, 495), (14, 420)]),
        {"clavicular": fp(120, 350), "sternal": fp(75, 430), "costal": fp(126, 443),
         "parasternal": fp(22, 420)})]
    d["pectoralis-minor"] = [Drawing("front", DEEP, fb([
        (150, 352), (158, 364), (96, 470), (62, 455), (76, 410), (120, 372)]),
        {"upper": fp(136, 380), "lower": fp(88, 440)})]
    d["serratus-anterior"] = [Drawing("right", SUPERFICIAL, blob([
        (436, 410), (470, 420), (478, 470), (470, 540), (440, 560), (420, 520), (420, 452)]),
        {"side": (452, 478)})]
    d["rectus-abdominis"] = [Drawing("front", SUPERFICIAL, fb([
        (3, 500), (50, 500), (55, 600), (45, 720), (25, 785), (4, 790)]),
        {"upper": fp(30, 545), "umbilical": fp(46, 650), "lower": fp(16, 760)})]
    d["obliques"] = [Drawing("front", SUPERFICIAL, fb([
        (52, 520), (112, 565), (134, 615), (128, 660), (136, 700), (110, 735), (70, 770),
        (40, 790), (38, 740), (52, 620)]),
        {"upper": fp(78, 592), "rib-edge": fp(62, 555), "lower": fp(50, 765)})]
    # ---- arm --------------------------------------------------------------------------------
    d["deltoid"] = [Drawing("right", SUPERFICIAL, on(sarm, [
        (-30, 0), (5, -0.95), (60, -0.95), (110, -0.3), (120, 0), (110, 0.3), (60, 0.95),
        (5, 0.95)]),
        {"anterior": at(sarm, 35, -0.6), "middle": at(sarm, 50, 0.0),
         "posterior": at(sarm, 55, 0.65)})]
    d["biceps-brachii"] = [Drawing("front", SUPERFICIAL, on(arm, [
        (75, -0.4), (75, 0.4), (160, 0.55), (235, 0.35), (250, 0), (235, -0.35),
        (160, -0.5)]), {"lower": at(arm, 195, 0.0)})]
    d["brachialis"] = [Drawing("front", DEEP, on(arm, [
        (120, 0.9), (120, 0.3), (200, -0.5), (265, -0.6), (275, 0), (265, 0.7), (200, 0.9)]),
        {"lower": at(arm, 215, 0.5), "upper": at(arm, 132, 0.62)})]
    d["triceps-brachii"] = [Drawing("back", SUPERFICIAL, on(arm, [
        (70, -0.6), (70, 0.6), (150, 0.9), (230, 0.8), (262, 0), (230, -0.8), (150, -0.9)]),
        {"long-head": at(arm, 135, -0.5), "lateral-head": at(arm, 160, 0.55),
         "outer-distal": at(arm, 205, 0.5), "olecranon": at(arm, 228, 0.0),
         "inner-distal": at(arm, 215, -0.55)})]
    d["brachioradialis"] = [Drawing("front", SUPERFICIAL, on(arm, [
        (195, 0.95), (195, 0.55), (300, 0.35), (425, 0.55), (425, 0.95), (300, 0.98)]),
        {"upper": at(arm, 272, 0.7)})]
    d["supinator"] = [Drawing("front", DEEP, on(arm, [
        (250, 0.1), (250, 0.8), (320, 0.75), (322, 0.15)]), {"front": at(arm, 266, 0.32)})]
    d["wrist-flexors"] = [Drawing("front", SUPERFICIAL, on(arm, [
        (255, -0.9), (255, 0.4), (330, 0.3), (430, 0.1), (430, -0.6), (330, -0.95)]),
        {"radialis": at(arm, 310, 0.15), "ulnaris": at(arm, 290, -0.7),
         "palmaris": at(arm, 300, -0.1)})]
    d["finger-flexors"] = [Drawing("front", DEEP, on(arm, [
        (268, -0.8), (268, 0.6), (440, 0.5), (440, -0.7)]),
        {"digitorum": at(arm, 312, -0.3), "pollicis": at(arm, 345, 0.5)})]
    d["wrist-extensors"] = [Drawing("back", SUPERFICIAL, on(arm, [
        (250, 0.95), (252, -0.2), (292, -0.85), (430, -0.7), (430, 0.8)]),
        {"longus": at(arm, 270, 0.65), "brevis": at(arm, 305, 0.25),
         "ulnaris": at(arm, 322, -0.6)})]
    d["finger-extensors"] = [Drawing("back", SUPERFICIAL, on(arm, [
        (262, -0.35), (262, 0.35), (435, 0.4), (435, -0.4)]),
        {"middle": at(arm, 295, 0.0), "ring": at(arm, 318, -0.25),
         "index": at(arm, 360, 0.0)})]
    return d
