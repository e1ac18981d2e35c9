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
    return {
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
