"""Writing a view as an atlas SVG (the format in atlas/README.md), and a coloured preview."""
import hashlib
import colorsys
from xml.sax.saxutils import quoteattr

from shapely.geometry import LineString, MultiLineString, Point

SKIN, INK, LANDMARK_INK = "#f3e3d3", "#6b5646", "#b9a999"


def num(v):
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def ring_d(ring):
    """Closed path data for a ring of points (the closing point is not repeated)."""
    pts = ring[:-1] if ring[0] == ring[-1] else ring
    return "M " + " L ".join(f"{num(x)},{num(y)}" for x, y in pts) + " Z"


def line_d(coords):
    return "M " + " L ".join(f"{num(x)},{num(y)}" for x, y in coords)


def lines_of(geom):
    if isinstance(geom, LineString):
        return [list(geom.coords)]
    if isinstance(geom, MultiLineString):
        return [list(g.coords) for g in geom.geoms]
    raise TypeError(geom.geom_type)


class View:
    """Everything one view file holds, in final coordinates."""

    def __init__(self, name, title, facing, size):
        self.name, self.title, self.facing, self.size = name, title, facing, size
        self.outline = []          # rings
        self.regions = {}          # id -> [rings]
        self.landmarks = []        # (name, LineString | MultiLineString | Point)
        self.muscles = []          # (muscle id, side, depth, [rings])
        self.points = []           # (trigger-point id, side, Point)
        self.patterns = []         # (trigger-point id, kind, side, [rings])
        self.anchors = []          # (anchor name, "right" | "left" | None for midline, Point)

    def svg(self, preview=False):
        w, h = self.size
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<svg xmlns="http://www.w3.org/2000/svg" xmlns:ta="urn:trigger-atlas:atlas"',
               f'     viewBox="0 0 {w} {h}" width="{w}" height="{h}"',
               f'     ta:format="1" ta:view="{self.name}" ta:title={quoteattr(self.title)} '
               f'ta:facing="{self.facing}">']
        if preview:
            out.append(f'  <rect width="{w}" height="{h}" fill="#ffffff"/>')
        d = " ".join(ring_d(r) for r in self.outline)
        out.append(f'  <g id="silhouette"><path d="{d}" fill="{SKIN}" stroke="{INK}"/></g>')
        out.append('  <g id="regions">')
        for rid in sorted(self.regions):
            for ring in self.regions[rid]:
                style = (f'fill="{pastel(rid)}" stroke="#ffffff" stroke-width="0.6"' if preview
                         else 'fill="none"')
                out.append(f'    <path ta:region="{rid}" d="{ring_d(ring)}" {style}/>')
        out.append('  </g>')
        if preview:
            out.append(self.preview_labels())
        out.append('  <g id="landmarks">')
        for name, geom in self.landmarks:
            if isinstance(geom, Point):
                out.append(f'    <circle ta:landmark="{name}" cx="{num(geom.x)}" '
                           f'cy="{num(geom.y)}" r="3" fill="{LANDMARK_INK}"/>')
            else:
                for coords in lines_of(geom):
                    out.append(f'    <path ta:landmark="{name}" d="{line_d(coords)}" '
                               f'fill="none" stroke="{LANDMARK_INK}"/>')
        out.append('  </g>')
        out.append('  <g id="muscles">')
        for mid, side, depth, rings in self.muscles:
            d = " ".join(ring_d(r) for r in rings)
            style = ('fill="none" stroke="#a33" stroke-width="0.8"' if preview else
                     'fill="none"')
            out.append(f'    <path ta:muscle="{mid}" ta:side="{side}" ta:depth="{depth}" '
                       f'd="{d}" {style}/>')
        out.append('  </g>')
        out.append('  <g id="trigger-points">')
        for tid, side, p in self.points:
            style = ' fill="#c00"' if preview else ' fill="none"'
            out.append(f'    <circle ta:trigger-point="{tid}" ta:side="{side}" '
                       f'cx="{num(p.x)}" cy="{num(p.y)}" r="5"{style}/>')
        out.append('  </g>')
        out.append('  <g id="patterns">')
        for tid, kind, side, rings in self.patterns:
            d = " ".join(ring_d(r) for r in rings)
            style = ''
            if preview:
                style = (' fill="#d01818" fill-opacity="0.8"' if kind == "essential" else
                         ' fill="#f27a9a" fill-opacity="0.45"')
            out.append(f'    <path ta:pattern="{tid}" ta:kind="{kind}" ta:side="{side}" '
                       f'd="{d}"{style}/>')
        out.append('  </g>')
        out.append('  <g id="anchors">')
        for name, side, p in self.anchors:
            side_attr = f' ta:side="{side}"' if side else ''
            style = ' fill="#2050c0"' if preview else ' fill="none"'
            out.append(f'    <circle ta:anchor="{name}"{side_attr} cx="{num(p.x)}" '
                       f'cy="{num(p.y)}" r="1"{style}/>')
        out.append('  </g>')
        out.append('</svg>')
        return "\n".join(out) + "\n"


    def preview_labels(self):
        """Region names written small inside each region (preview only)."""
        from shapely.geometry import Polygon
        out = ['  <g font-family="sans-serif" font-size="5" text-anchor="middle" fill="#333">']
        for rid in sorted(self.regions):
            for ring in self.regions[rid]:
                p = Polygon(ring).representative_point()
                short = rid.replace("right-", "R ").replace("left-", "L ")
                out.append(f'    <text x="{num(p.x)}" y="{num(p.y)}">{short}</text>')
        out.append('  </g>')
        return "\n".join(out)


def pastel(rid):
    """A light colour per region base (right and left share it), stable across runs."""
    base = rid.split("-", 1)[1] if rid.startswith(("right-", "left-")) else rid
    h = int(hashlib.md5(base.encode()).hexdigest()[:6], 16)
    r, g, b = colorsys.hls_to_rgb((h % 360) / 360.0, 0.80, 0.55 + (h >> 9) % 30 / 100.0)
    return "#%02x%02x%02x" % (int(r * 255), int(g * 255), int(b * 255))
