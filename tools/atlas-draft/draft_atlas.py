#!/usr/bin/python3
"""Draws the Trigger Atlas body atlas: atlas/views/*.svg.

Builds smooth silhouettes (front, side, soles) from anatomical shapes, cuts each into the body
regions of atlas/regions.xml along anatomical guide lines, so the regions tile the silhouette
with no gaps or overlaps, mirrors right into left, adds landmarks, muscle outlines, trigger
points (read from content/muscles/*.xml), referral patterns (patterns_*.py) and the named anchor
points (anchors.py), checks the result and writes the views.

Usage: /usr/bin/python3 tools/atlas-draft/draft_atlas.py [--preview DIR]
  --preview DIR   also write coloured copies of the views to DIR for looking at
Requires python3-shapely (Debian). Output is deterministic."""
import argparse
import os
import shutil
import sys
import xml.etree.ElementTree as ET

from shapely.affinity import affine_transform
from shapely.geometry import Point
from shapely.ops import nearest_points, unary_union


from anchors import all_anchors, check_inside
from check import check_file
from figure import CX, FrontFigure, mirror_x
from front_back import Back, Front
from geometry import blob
from muscles import table as muscle_table
from patterns import Context, build as build_patterns, table as pattern_table
from landmarks import back_landmarks, front_landmarks, side_landmarks, sole_landmarks
from partition import drop_crumbs, label_pieces, mirrored, right_half, side_ids
from scene import Scene
from side import Side, SideFigure
from soles import SoleFigure, Soles

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CRUMB = 4.0          # stray region pieces smaller than this (square units) are merged away
CLOSE_UP = 2.4       # scale of the head close-ups


def load_regions():
    doc = ET.parse(os.path.join(ROOT, "atlas", "regions.xml")).getroot()
    return {r.get("id"): r.get("side") for r in doc.findall("region")}


def load_trigger_points():
    """{muscle id: [trigger-point ids]} from content/muscles/*.xml (what exists so far)."""
    found = {}
    folder = os.path.join(ROOT, "content", "muscles")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".xml"):
            for m in ET.parse(os.path.join(folder, name)).getroot().iter("muscle"):
                found[m.get("id")] = [tp.get("id") for tp in m.findall("trigger-point")]
    return found


def muscle_layers(drawings, view, body, content, notes, mirror):
    """Outlines and trigger points of one view, for the right side and (mirror=True) the
    mirrored left side. Outlines are clipped to the body; each trigger point must lie in its
    outline: a point the table does not place goes to the outline's middle and is noted."""
    muscles, points = [], []
    inside = body.buffer(-0.5)          # a hair inside, so rounding cannot push it out
    for mid in sorted(drawings):
        for dr in (d for d in drawings[mid] if d.view == view):
            shape = dr.shape.intersection(inside)
            muscles.append((mid, "right", dr.depth, shape))
            for tp in content.get(mid, []):
                if tp in dr.points:
                    p = Point(dr.points[tp])
                else:
                    p = shape.representative_point()
                    notes.append(f"{mid}.{tp}: not in the placement table, put mid-muscle")
                if not shape.buffer(-2.0).contains(p):
                    notes.append(f"{mid}.{tp}: outside its outline on {view}, moved inside")
                    p = nearest_points(shape.buffer(-3.0), p)[0]
                points.append((f"{mid}.{tp}", "right", p))
            for tp in dr.points:
                if tp not in content.get(mid, []):
                    notes.append(f"{mid}.{tp}: placed in the table but not in the content")
    if mirror:
        muscles += [(m, "left", d, mirror_x(g)) for m, _, d, g in muscles]
        points += [(p, "left", mirror_x(g)) for p, _, g in points]
    return muscles, points


U_FRAME = [-1, 0, 0, 1, CX, 0]     # (u, y) authoring coordinates to the front frame
SAME = [1, 0, 0, 1, 0, 0]


def pattern_layer(pats, view, anchors, regions, body, to_figure, notes, known, mirror):
    """Referral patterns of one view (patterns.py) in its figure frame: the right side and
    (mirror=True) its mirror image for the left."""
    ctx = Context(anchors[view], regions, body, to_figure)
    out = [(tp, kind, "right", g)
           for tp, kind, g in build_patterns(pats, view, ctx, notes, known)]
    if mirror:
        out += [(tp, kind, "left", mirror_x(g)) for tp, kind, _, g in out]
    return out


def anchor_layer(anchors, to_figure, mirror, midline_names):
    """The named points of one view's anchors (anchors.py) in its figure frame, as (name,
    side, Point): paired landmarks for the right side and (mirror=True) mirrored for the
    left; midline landmarks (the spine, the vertex, the chin, ...) once, with side None."""
    out, left = [], []
    for name, (a, b) in anchors.points.items():
        p = affine_transform(Point(a, b), to_figure)
        if name in midline_names:
            out.append((name, None, p))
        else:
            out.append((name, "right", p))
            if mirror:
                left.append((name, "left", mirror_x(p)))
    return out + left


def midline_anchor_names(anchors):
    """Landmarks on the midline: u = 0 on the front or back figure (the spine, the vertex,
    the chin, ...); the side figure's points of the same names are midline too."""
    return {name for view in ("front", "back") for name, (u, _) in anchors[view].points.items()
            if abs(u) < 1e-6}


def front_scenes(fig, midline, drawings, content, notes, pats, anchors):
    """Front and back scenes; both are cut from the front figure's right half."""
    scenes = []
    known = known_points(content)
    for view, cutter, marks in (("front", Front(fig), front_landmarks),
                                ("back", Back(fig), back_landmarks)):
        half = label_pieces(right_half(fig.silhouette, CX), cutter.lines, cutter.label)
        regions = drop_crumbs(mirrored(side_ids(half, midline), CX), CRUMB)
        muscles, points = muscle_layers(drawings, view, fig.silhouette, content, notes, True)
        patterns = pattern_layer(pats, view, anchors, regions, fig.silhouette, U_FRAME, notes,
                                 known, True)
        named = anchor_layer(anchors[view], U_FRAME, True, midline_anchor_names(anchors))
        scenes.append(Scene(regions, marks(fig), muscles, points, patterns, named))
    front, back = scenes
    return front, back.flipped(CX)


def side_scene(fig, midline, drawings, content, notes, pats, anchors):
    """Right-view scene, moved so the figure is centred."""
    side = Side(fig)
    regions = drop_crumbs(side_ids(label_pieces(fig.silhouette, side.lines, side.label),
                                   midline), CRUMB)
    muscles, points = muscle_layers(drawings, "right", fig.silhouette, content, notes, False)
    patterns = pattern_layer(pats, "right", anchors, regions, fig.silhouette, SAME, notes,
                             known_points(content), False)
    named = anchor_layer(anchors["right"], SAME, False, midline_anchor_names(anchors))
    x0, _, x1, _ = fig.silhouette.bounds
    return Scene(regions, side_landmarks(fig), muscles, points, patterns, named).transformed(
        [1, 0, 0, 1, round(CX - (x0 + x1) / 2, 2), 0])


def sole_scene(fig, midline, drawings, content, notes, pats, anchors):
    soles = Soles(fig)
    right = label_pieces(fig.shape, soles.lines, soles.label)
    regions = drop_crumbs(mirrored(side_ids(right, midline), CX), CRUMB)
    muscles, points = muscle_layers(drawings, "soles", fig.shape, content, notes, True)
    patterns = pattern_layer(pats, "soles", anchors, regions, fig.shape, SAME, notes,
                             known_points(content), True)
    named = anchor_layer(anchors["soles"], SAME, True, set())
    return Scene(regions, sole_landmarks(fig), muscles, points, patterns, named)


def known_points(content):
    return {f"{m}.{tp}" for m, tps in content.items() for tp in tps}


def close_up(scene, bust):
    """A head-and-neck close-up: the bust part of a full view, enlarged into 800 x 900 and
    centred left to right."""
    part = scene.clipped(bust, lambda muscle: True)
    x0, _, x1, _ = unary_union(list(part.regions.values())).bounds
    m = [CLOSE_UP, 0, 0, CLOSE_UP, round(CX - CLOSE_UP * (x0 + x1) / 2, 2), 70 - CLOSE_UP * 50]
    return part.transformed(m)


def front_bust():
    """Head, neck and shoulders, cut off with a rounded line across the upper chest."""
    return blob([(238, 20), (562, 20), (562, 320), (545, 352), (480, 370), (400, 375),
                 (320, 370), (255, 352), (238, 320)])


def side_bust(cx):
    return blob([(cx - 140, 20), (cx + 160, 20), (cx + 160, 330), (cx + 130, 362),
                 (cx + 10, 378), (cx - 110, 362), (cx - 140, 330)])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--preview", metavar="DIR")
    ap.add_argument("--out", metavar="DIR",
                    help="write a whole atlas directory (atlas.xml, regions.xml, views/) to DIR "
                         "instead of atlas/views, to try patterns without touching the repository")
    args = ap.parse_args()
    bases = load_regions()
    midline = {b for b, side in bases.items() if side == "midline"}
    content = load_trigger_points()
    front_fig, side_fig, sole_fig = FrontFigure(), SideFigure(), SoleFigure()
    drawings = muscle_table(front_fig, side_fig, sole_fig)
    pats = pattern_table()
    anchors = all_anchors(front_fig, side_fig, sole_fig)
    notes = []
    u_body = affine_transform(front_fig.silhouette, U_FRAME)
    for name in check_inside(anchors, {"front": u_body, "back": u_body,
                                       "right": side_fig.silhouette, "soles": sole_fig.shape}):
        notes.append(f"anchor {name} lies outside its figure")
    front, back = front_scenes(front_fig, midline, drawings, content, notes, pats, anchors)
    right = side_scene(side_fig, midline, drawings, content, notes, pats, anchors)
    head_right = close_up(right, side_bust(CX))
    views = [
        front.view("front", "Front", "front", (800, 1600)),
        back.view("back", "Back", "back", (800, 1600)),
        right.view("right", "Right side", "right", (800, 1600)),
        right.mirrored(CX).view("left", "Left side", "left", (800, 1600)),
        close_up(front, front_bust()).view("head-front", "Head and neck, front", "front",
                                               (800, 900)),
        head_right.view("head-right", "Head and neck, right side", "right", (800, 900)),
        head_right.mirrored(CX).view("head-left", "Head and neck, left side", "left",
                                     (800, 900)),
        sole_scene(sole_fig, midline, drawings, content, notes, pats, anchors).view(
            "soles", "Soles, seen from below (right foot on the left)", "below", (800, 900)),
    ]
    out_dir = os.path.join(args.out, "views") if args.out else os.path.join(ROOT, "atlas", "views")
    os.makedirs(out_dir, exist_ok=True)
    if args.out:
        for name in ("atlas.xml", "regions.xml"):
            shutil.copyfile(os.path.join(ROOT, "atlas", name), os.path.join(args.out, name))
    for v in views:
        with open(os.path.join(out_dir, v.name + ".svg"), "w") as f:
            f.write(v.svg())
        if args.preview:
            os.makedirs(args.preview, exist_ok=True)
            with open(os.path.join(args.preview, v.name + ".svg"), "w") as f:
                f.write(v.svg(preview=True))
    for note in notes:
        print("note:", note)
    for mid in sorted(set(drawings) - set(content)):
        print(f"note: {mid}: outline drawn, but no content file yet (no trigger points)")
    for mid in sorted(set(content) - set(drawings)):
        print(f"FAIL {mid}: in the content but has no outline")
    missing = sorted(known_points(content) - set(pats))
    if missing:
        print(f"note: {len(missing)} of {len(known_points(content))} trigger points have no "
              f"referral pattern yet (patterns_*.py)")
    return report(out_dir, [v.name for v in views], bases) or int(bool(set(content) -
                                                                      set(drawings)))


def report(out_dir, names, bases):
    """Reads the written files back, prints their figures and returns 1 if a check fails."""
    ids = {b if side == "midline" else f"{s}-{b}" for b, side in bases.items()
           for s in ("right", "left")}
    failed, seen = False, set()
    print(f"{'view':11} {'regions':>7} {'paths':>5} {'points':>6} {'coverage%':>9} "
          f"{'max overlap':>11} {'muscles':>7} {'points':>6} {'patterns':>8} "
          f"{'ess':>4} {'spill':>5} {'max vtx':>7}")
    for name in names:
        r = check_file(os.path.join(out_dir, name + ".svg"), ids)
        seen |= r["bases"]
        print(f"{name:11} {r['regions']:7} {r['paths']:5} {r['points']:6} "
              f"{r['coverage']:9.4f} {r['max_overlap']:11.4f} {r['muscles']:7} "
              f"{r['trigger_points']:6} {r['patterns']:8} {r['essential']:4} "
              f"{r['spillover']:5} {r['pattern_max_vertices']:7}")
        if abs(r["coverage"] - 100) > 0.1 or r["max_overlap"] > 0.05:
            print(f"  FAIL {name}: regions do not tile the silhouette")
            failed = True
        if r["stray_points"]:
            print(f"  FAIL {name}: trigger points outside their outline: {r['stray_points']}")
            failed = True
        if r["outside_muscles"]:
            print(f"  FAIL {name}: outlines outside the silhouette: {r['outside_muscles']}")
            failed = True
        for key, what in (("outside_patterns", "patterns outside the silhouette"),
                          ("overlapping_patterns", "essential and spillover overlap"),
                          ("bad_patterns", "pattern paths not in the format")):
            if r[key]:
                print(f"  FAIL {name}: {what}: {', '.join(r[key])}")
                failed = True
    missing = sorted(set(bases) - seen)
    if missing:
        print(f"FAIL region bases on no view: {', '.join(missing)}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
