"""Muscle outlines and trigger-point positions: arm and hand (added after the first eighty).

See muscles.py for the coordinates and Kit for the helpers.

The hand is drawn on the front figure's hand limbs (figure.Hand): "palm" (s 0 at the wrist to
106 at the knuckles, t > 0 the thumb side), the thumb (s 0 inside the ball of the thumb, the web
at about s 72, t > 0 its outer edge, t < 0 the edge facing the index finger) and the fingers
(s about 20 at the knuckle line, t > 0 the thumb side). The metacarpals lie under palm t 0.76
(index), 0.26 (middle), -0.26 (ring) and -0.76 (little), so the spaces between them, where the
interossei lie, are at t 0.5, 0 and -0.5. Back-view drawings are written in the same front-frame
coordinates (the back view is the front one seen through and flipped)."""
from shapely.ops import unary_union

from muscles import DEEP, SUPERFICIAL, Drawing, soft


def table(k):
    """{muscle id: [Drawing, ...]}."""
    arm, at, lt, ls = k.arm, k.at, k.lt, k.ls
    hand = k.front.hand
    palm, thumb = hand.palm, hand.thumb
    index = hand.fingers[0]

    d = {}
    # ---- forearm and elbow --------------------------------------------------------------------
    # Pronator teres: from the inner elbow bump (medial epicondyle) slanting across the front of
    # the upper forearm to the outer side of the radius at about its middle.
    d["pronator-teres"] = [Drawing("front", SUPERFICIAL, lt(arm, [
        (238, -0.96), (258, -0.62), (290, -0.12), (320, 0.38), (340, 0.72)],
        [6, 11, 12, 9, 4]),
        {"belly": at(arm, 280, -0.32)})]
    # Anconeus: the small triangle on the back of the elbow, from the back of the outer elbow bump
    # (lateral epicondyle) to the outer side of the point of the elbow and the top of the ulna.
    d["anconeus"] = [Drawing("back", SUPERFICIAL, ls(arm, [
        (238, 0.92), (252, 0.95), (272, 0.55), (292, 0.1), (284, -0.06), (262, 0.02),
        (240, 0.14)], 3),
        {"belly": at(arm, 258, 0.42)})]
    # ---- upper arm ----------------------------------------------------------------------------
    # Coracobrachialis: from the coracoid (under the front of the shoulder) down the inner side
    # of the arm bone to its middle, behind the short head of the biceps.
    d["coracobrachialis"] = [Drawing("front", DEEP, lt(arm, [
        (-14, -0.34), (20, -0.45), (60, -0.55), (105, -0.6), (140, -0.62)],
        [5, 9, 10, 8, 3.5]),
        {"upper": at(arm, 42, -0.5)})]
    # ---- hand: ball of the thumb --------------------------------------------------------------
    P = lambda limb, s, t: limb.point(s, t)     # noqa: E731  (front-frame points of the hand)
    # Adductor pollicis: a fan from the middle metacarpal (and the wrist bones at its base) across
    # the deep palm into the web, converging on the inner side of the base of the thumb.
    d["adductor-pollicis"] = [Drawing("front", DEEP, soft([
        P(palm, 16, 0.12), P(palm, 40, 0.2), P(palm, 70, 0.24), P(palm, 98, 0.24),
        P(palm, 100, 0.5), P(thumb, 76, -0.6), P(thumb, 64, -0.3), P(palm, 24, 0.32)], 3),
        {"web": P(thumb, 62, -0.55)})]
    # Opponens pollicis: from the wrist bones at the base of the ball of the thumb along the whole
    # outer edge of the thumb's metacarpal, under the short abductor.
    d["opponens-pollicis"] = [Drawing("front", DEEP, soft([
        P(palm, 4, 0.28), P(palm, 4, 0.62), P(thumb, 12, 0.95), P(thumb, 40, 0.95),
        P(thumb, 66, 0.85), P(thumb, 68, 0.3), P(thumb, 40, 0.05), P(thumb, 14, -0.3)], 3),
        {"thenar": P(thumb, 34, 0.5)})]
    # ---- hand: back and little-finger edge ----------------------------------------------------
    # Interossei: the first dorsal interosseous fills the web on the back of the hand between the
    # thumb's and the index finger's metacarpals; the others lie in the spaces between the
    # metacarpals, out to the sides of the fingers.
    first_dorsal = soft([
        P(palm, 20, 0.55), P(thumb, 22, 0.0), P(thumb, 44, -0.25), P(thumb, 64, -0.6),
        P(thumb, 70, -0.92), P(palm, 98, 0.95), P(index, 24, 0.75), P(palm, 100, 0.6),
        P(palm, 60, 0.6)], 3)
    spaces = [lt(palm, [(28, t), (64, t), (104, t), (114, t)], [3, 4.5, 4, 3])
              for t in (0.5, 0.0, -0.5)]
    d["hand-interossei"] = [Drawing("back", SUPERFICIAL, unary_union([first_dorsal] + spaces),
                                    {"first-dorsal": P(palm, 62, 0.8),
                                     "others": P(palm, 74, 0.0)})]
    # Abductor digiti minimi (hand): along the little-finger edge of the palm, from the pisiform
    # at the wrist to the outer side of the base of the little finger.
    d["abductor-digiti-minimi-hand"] = [Drawing("front", SUPERFICIAL, lt(palm, [
        (2, -0.72), (30, -0.8), (70, -0.82), (104, -0.84), (116, -0.8)], [4.5, 7, 6.5, 4.5, 2.5]),
        {"belly": P(palm, 48, -0.8)})]
    return d
