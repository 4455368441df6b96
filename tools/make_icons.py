"""Draw the application icon: a deep-teal rounded badge holding a white document with a
check mark ("the papers are in order").

Writes resources/icons/app.ico (Windows, 16-256 px), app.icns (macOS) and app-<N>.png
(Linux, 16-512 px). Each size is drawn on its own at four times its size and scaled
down, and the small sizes drop the folded corner and thicken the strokes, so the icon
stays legible at 16 px in a taskbar or a file list.

    .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)

TEAL_TOP = (14, 116, 128)
TEAL_BOTTOM = (8, 72, 92)
PAPER = (255, 255, 255)
FOLD = (196, 222, 226)
CHECK = (0, 150, 110)
LINES = (170, 196, 202)
SUPERSAMPLE = 4


def draw(size: int) -> Image.Image:
    s = size * SUPERSAMPLE
    small = size <= 32
    image = Image.new("RGBA", (s, s), (0, 0, 0, 0))

    # The badge: a vertical teal gradient clipped to a rounded square. Small icons use
    # nearly the whole square so that the document is as large as possible.
    inset = round(s * (0.02 if small else 0.06))
    radius = round(s * 0.22)
    gradient = Image.new("RGBA", (s, s))
    paint = ImageDraw.Draw(gradient)
    for y in range(s):
        t = y / max(1, s - 1)
        paint.line([(0, y), (s, y)], fill=tuple(
            round(a + (b - a) * t) for a, b in zip(TEAL_TOP, TEAL_BOTTOM, strict=True)))
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).rounded_rectangle([inset, inset, s - inset - 1, s - inset - 1],
                                           radius=radius, fill=255)
    image.paste(gradient, (0, 0), mask)

    pen = ImageDraw.Draw(image)
    # The document: portrait, centred, a folded top-right corner on larger sizes.
    left, right = s * (0.24 if small else 0.27), s * (0.76 if small else 0.73)
    top, bottom = s * (0.16 if small else 0.18), s * (0.84 if small else 0.82)
    fold = 0 if small else (right - left) * 0.30
    pen.polygon([(left, top), (right - fold, top), (right, top + fold), (right, bottom),
                 (left, bottom)], fill=PAPER)
    if fold:
        pen.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)],
                    fill=FOLD)
        # Text lines above the check mark, only where they can be seen.
        line_width = max(SUPERSAMPLE, round(s * 0.028))
        for i, end in enumerate((0.62, 0.78, 0.70)):
            y = top + (bottom - top) * (0.22 + 0.11 * i)
            x_end = left + (right - left) * end
            if i == 0:
                x_end = min(x_end, right - fold - s * 0.03)
            pen.line([(left + (right - left) * 0.16, y), (x_end, y)], fill=LINES,
                     width=line_width)

    # The check mark in the lower part of the page.
    width = round(s * (0.11 if small else 0.075))
    cx0, cy0 = left + (right - left) * 0.20, top + (bottom - top) * (0.60 if small else 0.68)
    cx1, cy1 = left + (right - left) * 0.42, top + (bottom - top) * (0.80 if small else 0.84)
    cx2, cy2 = left + (right - left) * 0.82, top + (bottom - top) * (0.34 if small else 0.50)
    pen.line([(cx0, cy0), (cx1, cy1), (cx2, cy2)], fill=CHECK, width=width, joint="curve")
    for x, y in ((cx0, cy0), (cx2, cy2)):  # round caps
        r = width / 2
        pen.ellipse([x - r, y - r, x + r, y + r], fill=CHECK)

    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    drawn = {size: draw(size) for size in sorted(set(PNG_SIZES + ICO_SIZES + ICNS_SIZES))}
    for size in PNG_SIZES:
        drawn[size].save(OUT / f"app-{size}.png", optimize=True)
    largest_ico = drawn[max(ICO_SIZES)]
    largest_ico.save(OUT / "app.ico", sizes=[(n, n) for n in ICO_SIZES],
                     append_images=[drawn[n] for n in ICO_SIZES if n != max(ICO_SIZES)])
    largest_icns = drawn[max(ICNS_SIZES)]
    largest_icns.save(OUT / "app.icns",
                      append_images=[drawn[n] for n in ICNS_SIZES if n != max(ICNS_SIZES)])
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
