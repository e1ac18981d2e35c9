"""Turning a silhouette into regions: cut along guide lines, label each piece, and mirror a
person's-right half into the left half."""
from collections import defaultdict

from shapely.geometry import box
from shapely.ops import unary_union

from figure import mirror_x
from geometry import cut, polygons


def label_pieces(shape, lines, label):
    """Cut shape along lines and group the pieces by label(x, y) of a point inside each.
    Returns {label: geometry}. The pieces tile the shape, so the result does too."""
    groups = defaultdict(list)
    for face in cut(shape, lines):
        p = face.representative_point()
        groups[label(p.x, p.y)].append(face)
    return {name: unary_union(faces) for name, faces in groups.items()}


def right_half(shape, cx):
    return shape.intersection(box(-10000, -10000, cx, 10000))


def side_ids(regions, midline, side="right"):
    """Region bases to ids: paired bases get the side prefix, midline bases keep their name."""
    return {(base if base in midline else f"{side}-{base}"): g for base, g in regions.items()}


def swap_side(rid):
    if rid.startswith("right-"):
        return "left-" + rid[len("right-"):]
    if rid.startswith("left-"):
        return "right-" + rid[len("left-"):]
    return rid


def mirrored(regions, cx):
    """Regions of a whole view from those of one half: the other half is the mirror image
    with right- and left- swapped; midline regions join their two halves."""
    out = dict(regions)
    for rid, g in regions.items():
        m = mirror_x(g, cx)
        other = swap_side(rid)
        out[other] = unary_union([out[other], m]) if other == rid else m
    return out


def mirror_view(regions, cx):
    """The mirror image of a whole view (left view from right view), ids swapped."""
    return {swap_side(rid): mirror_x(g, cx) for rid, g in regions.items()}


def drop_crumbs(regions, min_area):
    """Merge stray pieces (all but a region's largest) smaller than min_area into the neighbour
    they share most border with. Cuts that graze an outline can leave such crumbs."""
    changed = True
    while changed:
        changed = False
        for rid in list(regions):
            parts = sorted(polygons(regions[rid]), key=lambda p: -p.area)
            keep = parts[:1] + [p for p in parts[1:] if p.area >= min_area]
            for piece in (p for p in parts[1:] if p.area < min_area):
                best, shared = None, 0.0
                for other, g in regions.items():
                    if other != rid:
                        length = piece.boundary.intersection(g.buffer(0.01)).length
                        if length > shared:
                            best, shared = other, length
                if best is None:
                    keep.append(piece)
                else:
                    regions[best] = unary_union([regions[best], piece])
                    changed = True
            regions[rid] = unary_union(keep)
    return regions
