#!/usr/bin/python3
"""Prints the colour of pixels in a PNG as "r g b" lines: png_pixel.py FILE X Y [X Y ...].
Only the standard library: the end-to-end test must not need Pillow. Handles 8-bit RGB and RGBA,
non-interlaced (what stb_image_write and most tools produce)."""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                sys.exit(f"{path}: only 8-bit RGB/RGBA non-interlaced PNGs are supported")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, channels, unfilter(zlib.decompress(idat), width, height, channels)


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def unfilter(raw, width, height, bpp):
    stride = width * bpp
    rows, previous, pos = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
        pos += 1 + stride
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], (previous[i - bpp] if i >= bpp else 0)
            add = (0, left, up, (left + up) // 2, paeth(left, up, corner))[kind]
            line[i] = (line[i] + add) & 0xFF
        rows.append(line)
        previous = line
    return rows


def main():
    width, height, channels, rows = read_png(sys.argv[1])
    coords = [int(float(v)) for v in sys.argv[2:]]
    for x, y in zip(coords[0::2], coords[1::2]):
        if not (0 <= x < width and 0 <= y < height):
            sys.exit(f"pixel {x},{y} is outside the {width}x{height} image")
        print(*rows[y][x * channels:x * channels + 3])


if __name__ == "__main__":
    main()
