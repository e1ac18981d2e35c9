#!/usr/bin/python3
"""Draws the Trigger Atlas app icon, images/icon.svg, and its PNG renders images/icons/<n>.png.

The mark is the atlas's own front figure in white on a rounded teal square, with a red trigger
point on the right upper trapezius and the classic referral zone it sends up the side of the
neck to the temple, in translucent red. Paths only, no text. PNGs need rsvg-convert
(librsvg2-bin). Usage: /usr/bin/python3 tools/atlas-draft/draw_icon.py"""
import os
import shutil
import subprocess
import sys

from shapely.affinity import affine_transform
from shapely.geometry import Point

from figure import CX, FrontFigure
from geometry import blob, polygons
from svgout import num

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SIZE = 256
SIZES = (16, 32, 48, 64, 128, 256)


def d_of(geom):
    return " ".join("M " + " L ".join(f"{num(x)},{num(y)}" for x, y in p.exterior.coords[:-1])
                    + " Z" for p in polygons(geom))


def circle_d(cx, cy, r):
    """A circle as four cubic Beziers (the icon uses paths only)."""
    k = 0.5523 * r
    return (f"M {num(cx + r)},{num(cy)} "
            f"C {num(cx + r)},{num(cy + k)} {num(cx + k)},{num(cy + r)} {num(cx)},{num(cy + r)} "
            f"C {num(cx - k)},{num(cy + r)} {num(cx - r)},{num(cy + k)} {num(cx - r)},{num(cy)} "
            f"C {num(cx - r)},{num(cy - k)} {num(cx - k)},{num(cy - r)} {num(cx)},{num(cy - r)} "
            f"C {num(cx + k)},{num(cy - r)} {num(cx + r)},{num(cy - k)} {num(cx + r)},{num(cy)} Z")


def rounded_square_d(size, r):
    k = 0.5523 * r
    s = size
    return (f"M {r},0 L {s - r},0 C {num(s - r + k)},0 {s},{num(r - k)} {s},{r} "
            f"L {s},{s - r} C {s},{num(s - r + k)} {num(s - r + k)},{s} {s - r},{s} "
            f"L {r},{s} C {num(r - k)},{s} 0,{num(s - r + k)} 0,{s - r} "
            f"L 0,{r} C 0,{num(r - k)} {num(r - k)},0 {r},0 Z")


def main():
    fig = FrontFigure()
    scale = 228 / 1500.0
    m = [scale, 0, 0, scale, SIZE / 2 - scale * CX, 14 - scale * 50]
    body = affine_transform(fig.silhouette.simplify(1.5), m)
    # Referral zone of the upper trapezius: side of the neck, behind the ear, to the temple.
    zone = affine_transform(blob([(CX - u, y) for u, y in [
        (58, 92), (72, 110), (74, 150), (66, 200), (60, 262), (70, 296), (110, 306),
        (104, 322), (58, 308), (44, 262), (50, 200), (56, 150), (50, 110)]]), m)
    spot_x, spot_y = m[0] * (CX - 102) + m[4], m[3] * 314 + m[5]
    halo = Point(spot_x, spot_y).buffer(22, resolution=16)
    svg = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}">',
        f'  <path d="{rounded_square_d(SIZE, 44)}" fill="#2f6f73"/>',
        f'  <path d="{d_of(body)}" fill="#fbf4ec"/>',
        f'  <path d="{d_of(zone.intersection(body))}" fill="#e0453a" fill-opacity="0.55"/>',
        f'  <path d="{d_of(halo.intersection(body))}" fill="#e0453a" fill-opacity="0.35"/>',
        f'  <path d="{circle_d(spot_x, spot_y, 11)}" fill="#d0281e"/>',
        '</svg>', ""])
    images = os.path.join(ROOT, "images")
    os.makedirs(os.path.join(images, "icons"), exist_ok=True)
    path = os.path.join(images, "icon.svg")
    with open(path, "w") as f:
        f.write(svg)
    if not shutil.which("rsvg-convert"):
        print("rsvg-convert not found: icon.svg written, PNGs not rendered")
        return 1
    for n in SIZES:
        subprocess.run(["rsvg-convert", "-w", str(n), "-h", str(n), path, "-o",
                        os.path.join(images, "icons", f"{n}.png")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
