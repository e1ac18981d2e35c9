"""Landmark drawings: light lines that make the figure read as a body (bones under the skin,
face features, contours where one part lies over another). They are drawing only; regions do
not depend on them. Front and back landmarks are written for the person's right half in (u, y)
and mirrored; the back ones are later flipped with the rest of the back view."""
import math

from shapely.geometry import LineString, Point

from figure import CX, mirror_x
from geometry import curve


def ring(cx, cy, rx, ry, n=24):
    """A small closed ellipse drawn as a line (landmarks use paths, not ellipses)."""
    pts = [(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
           for i in range(n + 1)]
    return LineString(pts)


def u_curve(points):
    return curve([(CX - u, y) for u, y in points], 1.0)


def u_ring(u, y, rx, ry):
    return ring(CX - u, y, rx, ry)


def both_sides(items):
    """Right-half landmarks plus their mirror images."""
    return items + [(name, mirror_x(g)) for name, g in items]


def face_front():
    return [
        ("eye", u_curve([(13, 151), (21, 145), (31, 142.5), (41, 145), (47, 151)])),
        ("eye", u_curve([(13, 151), (23, 155.5), (33, 156.5), (42, 154), (47, 151)])),
        ("eye", u_ring(30, 150, 5.5, 5.5)),
        ("eyebrow", u_curve([(11, 134), (23, 129), (37, 128), (50, 133)])),
        ("nose", u_curve([(5, 142), (6, 160), (9, 177)])),
        ("nose", u_curve([(3, 190), (8, 191), (13, 189), (15, 184), (11, 181)])),
        ("mouth", u_curve([(0, 207.5), (8, 207.2), (16, 206), (22, 204.5)])),
        ("mouth", u_curve([(0, 203), (4, 202), (9, 202.8), (16, 204.5)])),
        ("mouth", u_curve([(0, 214), (7, 213.6), (13, 212)])),
        ("ear", u_curve([(66, 137), (72, 137), (74.5, 150), (72, 168), (67, 183)])),
    ]


def front_landmarks(fig):
    leg = fig.leg
    knee = leg.point(318, 0)
    items = face_front() + [
        ("collarbone", u_curve([(10, 323), (40, 327), (80, 327.5), (120, 326), (150, 328),
                                (172, 333)])),
        ("rib-margin", u_curve([(0, 522), (20, 530), (50, 550), (85, 575), (110, 595),
                                (128, 612)])),
        ("iliac-crest", u_curve([(127, 668), (118, 695), (103, 722), (92, 733)])),
        ("nipple", u_ring(88, 458, 3, 3)),
        ("kneecap", ring(knee[0], knee[1], 15, 19)),
        ("malleolus", u_ring(104, 1487, 5, 7)),
        ("malleolus", u_ring(44, 1473, 5, 7)),
    ] + [("toes", u_curve([(a + 1, 1552), (a + 2, 1546), ((a + b) / 2, 1541.5), (b - 2, 1546),
                           (b - 1, 1552)]))
         for a, b in ((30, 57), (58, 75), (76, 92), (93, 108), (109, 124))]
    return both_sides(items) + [("navel", ring(CX, 650, 3, 5))]


def back_landmarks(fig):
    """In the front frame (seen through the body); flipped with the back view."""
    items = [
        ("shoulder-blade", u_curve([(64, 336), (65, 380), (71, 430), (81, 472), (90, 503),
                                    (101, 494), (121, 462), (138, 425), (150, 393),
                                    (146, 370), (128, 352), (96, 343), (64, 336)])),
        ("shoulder-blade", u_curve([(65, 364), (100, 356), (140, 344), (172, 334)])),
        ("iliac-crest", u_curve([(28, 700), (60, 685), (100, 671), (130, 667), (148, 672)])),
        ("sacrum", u_curve([(0, 702), (24, 702), (20, 740), (12, 775), (4, 795)])),
        ("contour", u_curve([(6, 856), (40, 864), (80, 859), (112, 848)])),
        ("contour", u_curve([(54, 1121), (72, 1125), (90, 1121)])),
        ("malleolus", u_ring(104, 1487, 5, 7)),
        ("malleolus", u_ring(44, 1473, 5, 7)),
    ]
    spine = [("spine", LineString([(CX, 306), (CX, 702)])),
             ("contour", LineString([(CX, 796), (CX, 850)]))]
    vertebrae = [("C7", Point(CX, 306)), ("T12", Point(CX, 588)), ("L4", Point(CX, 680))]
    return both_sides(items) + spine + vertebrae


def side_landmarks(fig):
    arm_edge = fig.arm_shape.exterior.intersection(fig.body.buffer(-1.0))
    return [
        ("ear", LineString(fig.ear.exterior.coords)),
        ("ear", curve([(396, 144), (406, 142), (410, 154), (407, 170), (400, 178)], 1.0)),
        ("eye", curve([(456, 150), (463, 146), (471, 146.5), (476, 150)], 1.0)),
        ("eye", curve([(456, 150), (464, 153.5), (472, 152.5), (476, 150)], 1.0)),
        ("eyebrow", curve([(451, 133), (462, 129.5), (475, 131)], 1.0)),
        ("nose", curve([(483, 188), (487, 184.5), (492, 186), (490, 189.5)], 1.0)),
        ("mouth", curve([(476, 207), (481, 207.5), (485, 207)], 1.0)),
        ("contour", curve([(469, 253), (446, 248), (428, 233), (421, 214), (418, 196)], 1.0)),
        ("contour", arm_edge),
        ("collarbone", curve([(436, 322), (452, 328), (466, 336)], 1.0)),
        ("iliac-crest", curve([(334, 692), (378, 676), (428, 684), (457, 718)], 1.0)),
        ("kneecap", curve([(446, 1088), (452, 1103), (452, 1122), (446, 1138)], 1.0)),
        ("malleolus", ring(379, 1486, 7, 8)),
    ]


def sole_landmarks(fig):
    items = [("contour", curve([t.point(34, -0.85), t.point(40, 0), t.point(34, 0.85)], 1.0))
             for t in fig.toes]
    return both_sides(items)

