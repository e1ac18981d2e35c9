"""Checks of the written view files, read back from disk as the program will read them."""
import itertools
import re
import xml.etree.ElementTree as ET

from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

SVG = "{http://www.w3.org/2000/svg}"
TA = "{urn:trigger-atlas:atlas}"
ALLOWED = set("MLHVCSQTZmlhvcsqtz")


def rings_of(d):
    """Polygons from path data written with M, L and Z only (what this generator writes)."""
    letters = set(re.findall(r"[A-Za-z]", d))
    if not letters <= ALLOWED:
        raise ValueError(f"path uses {sorted(letters - ALLOWED)}")
    if letters - set("MLZ"):
        raise ValueError("unexpected curve commands in generated data")
    rings = []
    for sub in re.findall(r"M([^MZ]*)Z", d):
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", sub)]
        rings.append(list(zip(nums[0::2], nums[1::2])))
    return rings


def check_file(path, region_ids):
    """Returns a dict of figures for one view file; raises on a format error."""
    root = ET.parse(path).getroot()
    for el in root.iter():
        if "transform" in el.attrib:
            raise ValueError(f"{path}: transform attribute")
        if el.tag in (SVG + "use", SVG + "polygon", SVG + "rect", SVG + "ellipse"):
            raise ValueError(f"{path}: <{el.tag}> is not allowed")
    outline = [Polygon(r) for p in root.find(f"{SVG}g[@id='silhouette']")
               for r in rings_of(p.get("d"))]
    body = unary_union(outline)
    regions, points = {}, 0
    for p in root.find(f"{SVG}g[@id='regions']"):
        rid = p.get(TA + "region")
        if rid not in region_ids:
            raise ValueError(f"{path}: unknown region {rid}")
        for r in rings_of(p.get("d")):
            regions.setdefault(rid, []).append(Polygon(r))
            points += len(r)
    polys = [(rid, g) for rid, gs in regions.items() for g in gs]
    bad = [rid for rid, g in polys if not g.is_valid]
    if bad:
        raise ValueError(f"{path}: invalid region ring in {bad}")
    union = unary_union([g for _, g in polys])
    overlap = 0.0
    for (_, a), (_, b) in itertools.combinations(polys, 2):
        if a.envelope.intersects(b.envelope):
            overlap = max(overlap, a.intersection(b).area)
    muscles = root.find(f"{SVG}g[@id='muscles']")
    tps = root.find(f"{SVG}g[@id='trigger-points']")
    outside_muscles, outlines = [], {}
    for m in muscles:
        shape = unary_union([Polygon(r) for r in rings_of(m.get("d"))])
        outlines[(m.get(TA + "muscle"), m.get(TA + "side"))] = shape
        if shape.difference(body.buffer(0.05)).area > 0.01:
            outside_muscles.append(m.get(TA + "muscle"))
    stray_points = []
    for c in tps:
        key = (c.get(TA + "trigger-point").split(".")[0], c.get(TA + "side"))
        centre = Point(float(c.get("cx")), float(c.get("cy")))
        if key not in outlines or not outlines[key].contains(centre):
            stray_points.append(c.get(TA + "trigger-point"))
    pats = check_patterns(root, body)
    return {
        **pats,
        "regions": len(regions),
        "paths": len(polys),
        "points": points,
        "coverage": union.area / body.area * 100,
        "gap": body.difference(union).area,
        "spill": union.difference(body).area,
        "max_overlap": overlap,
        "bases": {rid.split("-", 1)[1] if rid.startswith(("right-", "left-")) else rid
                  for rid in regions},
        "muscles": len(muscles),
        "trigger_points": len(tps),
        "outside_muscles": outside_muscles,
        "stray_points": stray_points,
    }


PATTERN_ATTRS = {TA + "pattern", TA + "kind", TA + "side", "d"}
PATTERN_D = re.compile(r"^(M -?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?"
                       r"( L -?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?)+ Z)"
                       r"( M -?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?"
                       r"( L -?\d+(\.\d{1,2})?,-?\d+(\.\d{1,2})?)+ Z)*$")


def pattern_shape(d):
    """The area of a pattern path: its rings combined even-odd (holes cut out)."""
    shape = Polygon()
    for r in rings_of(d):
        shape = shape.symmetric_difference(Polygon(r).buffer(0))
    return shape


def check_patterns(root, body):
    """Figures and failures of the `patterns` group: strict attributes and path data (absolute
    M/L/Z, 2 decimals), one path per (trigger point, kind, side), inside the silhouette, and no
    overlap between a trigger point's essential and spillover areas."""
    group = root.find(f"{SVG}g[@id='patterns']")
    r = {"patterns": 0, "essential": 0, "spillover": 0, "pattern_max_vertices": 0,
         "outside_patterns": [], "overlapping_patterns": [], "bad_patterns": []}
    if group is None:
        r["bad_patterns"].append("no <g id=\"patterns\">")
        return r
    shapes = {}
    inside = body.buffer(0.05)
    for p in group:
        tp, kind, side = p.get(TA + "pattern"), p.get(TA + "kind"), p.get(TA + "side")
        name = f"{tp}/{kind}/{side}"
        if p.tag != SVG + "path" or set(p.attrib) != PATTERN_ATTRS:
            r["bad_patterns"].append(f"{name} (element or attributes)")
            continue
        if kind not in ("essential", "spillover") or side not in ("right", "left") or \
                not re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", tp or ""):
            r["bad_patterns"].append(f"{name} (values)")
            continue
        if not PATTERN_D.match(p.get("d")):
            r["bad_patterns"].append(f"{name} (path data)")
            continue
        if (tp, kind, side) in shapes:
            r["bad_patterns"].append(f"{name} (twice)")
            continue
        rings = rings_of(p.get("d"))
        r["pattern_max_vertices"] = max([r["pattern_max_vertices"]] + [len(x) for x in rings])
        shape = pattern_shape(p.get("d"))
        shapes[(tp, kind, side)] = shape
        r["patterns"] += 1
        r[kind] += 1
        if shape.difference(inside).area > 0.01:
            r["outside_patterns"].append(name)
    for (tp, kind, side), shape in shapes.items():
        other = shapes.get((tp, "spillover", side))
        if kind == "essential" and other is not None and shape.intersection(other).area > 0.01:
            r["overlapping_patterns"].append(f"{tp}/{side}")
    return r
