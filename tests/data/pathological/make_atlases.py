#!/usr/bin/env python3
"""Writes the two pathological test atlases next to this script (run it again after changing it).

Both start from the GUI test atlas (tests/gui/data/atlas: two box-shaped views) and change one
shape of its back view:
  comb/            the right low back is a comb of 600 teeth, each vertex at its own height:
                   slab triangulation needs about 700,000 trapezoids, so `validate` rejects it
                   (it once passed and drove the app to 4-6 GB).
  comb-tolerable/  the same comb with 150 teeth (about 45,000 trapezoids): it validates, opens
                   and draws.
  long-thin-zone/  a spillover zone of longissimus thoracis 0.05 units wide, running from the
                   top of the person's right low back to the bottom of their right buttock on
                   4,000 points: it validates and must open and draw in bounded memory (its
                   stipple clips to the whole picture).
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "gui", "data", "atlas")
RIGHT_LOW_BACK = '<path ta:region="right-low-paraspinal" d="M 200 100 L 300 100 L 300 400 L 200 400 Z"/>'


def comb(teeth):
    """The region x 200..300, y 100..400 as a spine along the top with `teeth` teeth hanging down."""
    width = 100.0 / teeth
    points = [(300.0, 100.0), (200.0, 100.0)]
    for i in range(teeth):
        left = 200 + i * width
        # every tooth ends at its own height, and so does every notch between teeth
        bottom = 390 - (i * 37 % 101) * 0.9 - i * 1e-4
        notch = 120 + (i * 53 % 97) * 0.05 + i * 1e-4
        points += [(left, bottom), (left + width / 2, bottom - 0.5), (left + width / 2, notch), (left + width, notch + 0.01)]
    points.append((300.0, 120.0))
    return " ".join(("M" if k == 0 else "L") + " %.4f %.4f" % p for k, p in enumerate(points)) + " Z"


def long_thin_zone(points_per_side):
    """A band 0.05 wide across the person's right low back and buttock, corner to corner."""
    top = [(201 + 98 * t, 101 + 598 * t) for t in (i / (points_per_side - 1) for i in range(points_per_side))]
    bottom = [(x + 0.05, y) for x, y in reversed(top)]
    return " ".join(("M" if k == 0 else "L") + " %.3f %.3f" % p for k, p in enumerate(top + bottom)) + " Z"


def write(name, back_svg):
    atlas = os.path.join(HERE, name, "atlas")
    shutil.rmtree(atlas, ignore_errors=True)
    os.makedirs(os.path.join(atlas, "views"))
    shutil.copy(os.path.join(SOURCE, "atlas.xml"), atlas)
    shutil.copy(os.path.join(SOURCE, "views", "front.svg"), os.path.join(atlas, "views"))
    with open(os.path.join(atlas, "views", "back.svg"), "w") as out:
        out.write(back_svg)


def main():
    with open(os.path.join(SOURCE, "views", "back.svg")) as f:
        back = f.read()
    assert RIGHT_LOW_BACK in back
    write("comb", back.replace(RIGHT_LOW_BACK, '<path ta:region="right-low-paraspinal" d="%s"/>' % comb(600)))
    write("comb-tolerable", back.replace(RIGHT_LOW_BACK, '<path ta:region="right-low-paraspinal" d="%s"/>' % comb(150)))
    zone = ('<g id="patterns"><path ta:pattern="longissimus-thoracis.lower-thoracic" ta:kind="spillover" ta:side="right" d="%s"/></g>\n</svg>'
            % long_thin_zone(2000))
    write("long-thin-zone", back.replace("</svg>", zone))


if __name__ == "__main__":
    main()
