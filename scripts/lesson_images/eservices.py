"""Pictures for the e-services lessons (topic "eservices").

Run `python3 scripts/lesson_images/eservices.py` from the project folder to
(re)draw every picture into `lessons/<id>/images/`. All screens are made up:
no real logos, colours or designs of real services are drawn.
"""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import ACCENT, ACCENT_LIGHT, GOOD, GREY, INK, WARN, WHITE  # noqa: E402

W, H = common.SIZE


# ---------------------------------------------------------------- helpers


def badge(d, cx, cy, ok, r=34):
    """A round badge with a tick (ok) or a cross, centred on (cx, cy)."""
    colour = GOOD if ok else WARN
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour, outline=INK, width=3)
    d.text((cx, cy + 2), "✓" if ok else "✗", font=common.symbol_font(int(r * 1.3)),
           fill=WHITE, anchor="mm")


def symbol(d, xy, text, size=60, fill=INK, anchor="mm"):
    """Draws a symbol (✉ ☎ ✓ …) with the symbol font."""
    d.text(xy, text, font=common.symbol_font(size), fill=fill, anchor=anchor)


def arrow(d, x0, x1, y, fill=ACCENT, width=12, head=28):
    """A thick arrow from x0 to x1 at height y, pointing right."""
    d.line([x0, y, x1 - head, y], fill=fill, width=width)
    d.polygon([(x1, y), (x1 - head - 6, y - head), (x1 - head - 6, y + head)], fill=fill)


def centred(d, rect, text, size=36, bold=False, fill=INK, dy=0):
    """A label centred in a rectangle (optionally moved down by dy)."""
    cx = (rect[0] + rect[2]) // 2
    cy = (rect[1] + rect[3]) // 2 + dy
    common.label(d, (cx, cy), text, size=size, bold=bold, fill=fill, anchor="mm")


def text_lines(d, x, y, width, rows=3, gap=26):
    """Grey lines that stand for text on a paper or a screen."""
    for i in range(rows):
        w = width if i < rows - 1 else width * 2 // 3
        d.rounded_rectangle([x, y + i * gap, x + w, y + i * gap + 10], radius=5, fill=GREY)


def header(d, screen, text, size=34):
    """A coloured title bar at the top of a screen rectangle; returns its bottom."""
    x0, y0, x1, _ = screen
    d.rectangle([x0, y0, x1, y0 + 64], fill=ACCENT)
    common.label(d, ((x0 + x1) // 2, y0 + 32), text, size=size, bold=True, fill=WHITE,
                 anchor="mm")
    return y0 + 64


def address_bar(d, rect, text, ok):
    """A browser address field with a badge to its right."""
    common.box(d, rect, fill=WHITE, outline=INK, width=4, radius=30)
    common.label(d, (rect[0] + 34, (rect[1] + rect[3]) // 2), text, size=40,
                 anchor="lm", fill=INK)
    badge(d, rect[2] + 60, (rect[1] + rect[3]) // 2, ok, r=38)


def finish(img, lesson_id, name):
    """Saves with a small palette, so the file stays small."""
    img = img.quantize(colors=32, dither=0)
    out = common.save(img, lesson_id, name)
    print(f"{out.relative_to(common.ROOT)}  {out.stat().st_size // 1024} kB")


# ---------------------------------------------------------------- etjanst-vad-ar


def errand():
    img, d = common.canvas()
    # Left: a paper letter.
    common.label(d, (190, 60), "Förr", size=44, bold=True, anchor="mm")
    common.box(d, [80, 120, 300, 420], fill=WHITE, radius=6)
    text_lines(d, 110, 160, 160, rows=6, gap=34)
    d.line([110, 385, 230, 385], fill=INK, width=4)  # signature line
    symbol(d, (190, 478), "✉", size=90, fill=ACCENT)
    arrow(d, 330, 420, 280)
    # Right: a computer with a log-in button.
    common.label(d, (680, 60), "Nu", size=44, bold=True, anchor="mm")
    screen = common.computer(d, 460, 110, w=440, h=300)
    header(d, screen, "E-tjänst")
    common.button(d, [screen[0] + 70, screen[1] + 120, screen[2] - 70, screen[1] + 210],
                  "Logga in", size=44)
    finish(img, "etjanst-vad-ar", "errand")


def address():
    img, d = common.canvas()
    common.label(d, (W // 2, 70), "Titta på adressen", size=48, bold=True, anchor="mm")
    address_bar(d, [60, 150, 780, 250], "1177.se", ok=True)
    address_bar(d, [60, 330, 780, 430], "1177.se-logga-in.xyz", ok=False)
    common.label(d, (80, 285), "Rätt sida", size=34, fill=GOOD, bold=True, anchor="lm")
    common.label(d, (80, 465), "Falsk sida", size=34, fill=WARN, bold=True, anchor="lm")
    finish(img, "etjanst-vad-ar", "address")


# ---------------------------------------------------------------- etjanst-1177


def call_1177():
    img, d = common.canvas()
    screen = common.phone(d, 120, 20, w=300, h=500)
    cx = (screen[0] + screen[2]) // 2
    common.label(d, (cx, screen[1] + 60), "Ringer", size=36, fill=GREY, anchor="mm")
    common.label(d, (cx, screen[1] + 140), "1177", size=80, bold=True, anchor="mm")
    d.ellipse([cx - 60, screen[3] - 150, cx + 60, screen[3] - 30], fill=GOOD, outline=INK,
              width=4)
    symbol(d, (cx, screen[3] - 90), "☎", size=70, fill=WHITE)
    # Right: day and night.
    symbol(d, (560, 170), "☀", size=110, fill="#B36B00")
    symbol(d, (760, 170), "☾", size=110, fill=ACCENT)
    common.label(d, (660, 330), "Dag och natt", size=52, bold=True, anchor="mm")
    common.label(d, (660, 410), "Råd om vård", size=40, fill=GREY, anchor="mm")
    finish(img, "etjanst-1177", "phone")


def calendar():
    img, d = common.canvas()
    common.label(d, (W // 2, 50), "Bokad tid", size=48, bold=True, anchor="mm")
    x0, y0, x1, y1 = 90, 100, 870, 500
    common.box(d, [x0, y0, x1, y1], fill=WHITE, radius=12)
    days = ["Mån", "Tis", "Ons", "Tor", "Fre"]
    cw = (x1 - x0) // len(days)
    d.rectangle([x0 + 3, y0 + 3, x1 - 3, y0 + 70], fill=ACCENT_LIGHT)
    d.line([x0, y0 + 70, x1, y0 + 70], fill=INK, width=4)
    for i, day in enumerate(days):
        cx = x0 + cw * i + cw // 2
        common.label(d, (cx, y0 + 36), day, size=36, bold=True, anchor="mm")
        if i:
            d.line([x0 + cw * i, y0, x0 + cw * i, y1], fill=GREY, width=2)
    # Three rows of hours; the booked time is on Tuesday, second row.
    rh = (y1 - y0 - 70) // 3
    for j in (1, 2):
        y = y0 + 70 + j * rh
        d.line([x0, y, x1, y], fill=GREY, width=2)
    bx0, by0 = x0 + cw + 10, y0 + 70 + rh + 8
    common.box(d, [bx0, by0, bx0 + cw - 20, by0 + rh - 16], fill=ACCENT, outline=INK,
               width=4, radius=10)
    bcx = bx0 + (cw - 20) // 2
    common.label(d, (bcx, by0 + 36), "kl 10", size=40, bold=True, fill=WHITE, anchor="mm")
    symbol(d, (bcx, by0 + 82), "✓", size=36, fill=WHITE)
    finish(img, "etjanst-1177", "calendar")


# ---------------------------------------------------------------- digital-brevlada


def mailbox():
    img, d = common.canvas()
    screen = common.phone(d, 110, 20, w=320, h=500)
    top = header(d, screen, "Brevlåda")
    for i in range(3):
        y = top + 20 + i * 110
        common.box(d, [screen[0] + 14, y, screen[2] - 14, y + 92], fill=ACCENT_LIGHT,
                   outline=INK, width=3, radius=10)
        symbol(d, (screen[0] + 60, y + 46), "✉", size=50, fill=ACCENT)
        text_lines(d, screen[0] + 100, y + 28, 150, rows=2, gap=28)
    # Right: a speech bubble "Ny post".
    common.box(d, [520, 150, 880, 300], fill=WHITE, outline=INK, width=6, radius=30)
    d.polygon([(540, 260), (470, 300), (560, 290)], fill=INK)
    common.label(d, (700, 225), "Ny post!", size=56, bold=True, anchor="mm")
    symbol(d, (700, 400), "✉", size=120, fill=ACCENT)
    finish(img, "digital-brevlada", "mailbox")


# ---------------------------------------------------------------- skatteverket


def declaration():
    img, d = common.canvas()
    screen = common.phone(d, 90, 20, w=320, h=500)
    top = header(d, screen, "Deklaration", size=34)
    rows = ["Pension", "Skatt", "Bank"]
    for i, name in enumerate(rows):
        y = top + 24 + i * 70
        common.label(d, (screen[0] + 20, y + 24), name, size=36, anchor="lm")
        symbol(d, (screen[2] - 40, y + 24), "✓", size=36, fill=GOOD)
        d.line([screen[0] + 14, y + 56, screen[2] - 14, y + 56], fill=GREY, width=2)
    common.button(d, [screen[0] + 20, screen[3] - 100, screen[2] - 20, screen[3] - 16],
                  "Godkänn", size=40)
    # Right: the order to do it in.
    for i, (num, word) in enumerate([("1", "Läs allt"), ("2", "Godkänn")]):
        y = 180 + i * 170
        d.ellipse([520 - 45, y - 45, 520 + 45, y + 45], fill=ACCENT_LIGHT, outline=INK,
                  width=5)
        common.label(d, (520, y), num, size=52, bold=True, anchor="mm")
        common.label(d, (600, y), word, size=52, bold=True, anchor="lm")
    finish(img, "skatteverket", "declaration")


# ---------------------------------------------------------------- swish


def swish_name():
    img, d = common.canvas()
    screen = common.phone(d, 260, 10, w=440, h=520)
    cx = (screen[0] + screen[2]) // 2
    d.rectangle([screen[0], screen[1], screen[2], screen[1] + 80], fill=ACCENT_LIGHT)
    common.label(d, (cx, screen[1] + 40), "Stämmer namnet?", size=34, bold=True,
                 anchor="mm")
    common.label(d, (cx, screen[1] + 130), "Till", size=34, fill=GREY, anchor="mm")
    common.label(d, (cx, screen[1] + 185), "Anna Berg", size=48, bold=True, anchor="mm")
    common.label(d, (cx, screen[1] + 265), "200 kr", size=56, bold=True, fill=ACCENT,
                 anchor="mm")
    common.button(d, [screen[0] + 14, screen[3] - 90, cx - 8, screen[3] - 14], "Avbryt",
                  size=32, fill=WHITE, ink=INK)
    common.button(d, [cx + 8, screen[3] - 90, screen[2] - 14, screen[3] - 14], "Betala",
                  size=32)
    finish(img, "swish", "name")


def swish_picture():
    img, d = common.canvas()
    # Left: a picture (photo) that a buyer shows.
    common.label(d, (240, 50), "Bild från köparen", size=36, bold=True, anchor="mm")
    d.rectangle([80, 100, 400, 420], fill=WHITE, outline=GREY, width=4)
    d.rectangle([100, 120, 380, 400], fill=ACCENT_LIGHT, outline=INK, width=3)
    common.label(d, (240, 210), "Betalt", size=44, bold=True, anchor="mm")
    common.label(d, (240, 290), "200 kr", size=48, bold=True, fill=ACCENT, anchor="mm")
    badge(d, 240, 475, ok=False, r=40)
    # Right: your own app.
    common.label(d, (700, 50), "Din egen app", size=36, bold=True, anchor="mm")
    screen = common.phone(d, 560, 90, w=280, h=350)
    cx = (screen[0] + screen[2]) // 2
    common.label(d, (cx, screen[1] + 60), "Kommit in", size=34, anchor="mm")
    common.label(d, (cx, screen[1] + 150), "+200 kr", size=52, bold=True, fill=GOOD,
                 anchor="mm")
    badge(d, 700, 485, ok=True, r=40)
    finish(img, "swish", "picture")


# ---------------------------------------------------------------- biblioteket


def book(d, x, y, w=150, h=210, colour=ACCENT):
    """A closed book seen from the front."""
    common.box(d, [x, y, x + w, y + h], fill=colour, outline=INK, width=5, radius=8)
    d.line([x + 22, y + 4, x + 22, y + h - 4], fill=INK, width=4)
    d.rectangle([x + 40, y + 40, x + w - 20, y + 70], fill=WHITE)


def library_search():
    img, d = common.canvas()
    common.box(d, [80, 60, 880, 150], fill=WHITE, outline=INK, width=5, radius=40)
    common.label(d, (130, 105), "Sök bok", size=44, fill=GREY, anchor="lm")
    d.ellipse([770, 76, 818, 124], outline=ACCENT, width=8)
    d.line([812, 118, 836, 140], fill=ACCENT, width=10)
    book(d, 180, 220)
    common.label(d, (420, 330), "Finns inne", size=56, bold=True, anchor="lm")
    badge(d, 800, 330, ok=True, r=44)
    finish(img, "biblioteket", "search")


def library_renew():
    img, d = common.canvas()
    book(d, 70, 160, w=180, h=250)
    screen = common.computer(d, 330, 40, w=560, h=380)
    top = header(d, screen, "Mina lån")
    common.label(d, (screen[0] + 30, top + 55), "Lämnas 12 maj", size=40, anchor="lm")
    common.button(d, [screen[0] + 60, top + 120, screen[2] - 60, top + 220], "Låna om",
                  size=48)
    finish(img, "biblioteket", "renew")


# ---------------------------------------------------------------- resor-biljetter


def ticket():
    img, d = common.canvas()
    screen = common.phone(d, 330, 10, w=300, h=520)
    top = header(d, screen, "Biljett")
    cx = (screen[0] + screen[2]) // 2
    common.label(d, (cx, top + 45), "Tåg", size=44, bold=True, anchor="mm")
    for i, row in enumerate(["14 maj", "kl 9.15", "Vagn 3"]):
        common.label(d, (cx, top + 100 + i * 50), row, size=38, anchor="mm")
    # A made-up square code to show at the ticket check (not a real code).
    rng = random.Random(7)
    cell, n = 13, 7
    x0, y0 = cx - cell * n // 2, top + 262
    d.rectangle([x0 - 8, y0 - 8, x0 + cell * n + 8, y0 + cell * n + 8], outline=INK, width=3)
    for i in range(n):
        for j in range(n):
            corner = (i < 2 and j < 2) or (i > 4 and j < 2) or (i < 2 and j > 4)
            if corner or rng.random() < 0.5:
                d.rectangle([x0 + i * cell, y0 + j * cell, x0 + i * cell + cell - 1,
                             y0 + j * cell + cell - 1], fill=INK)
    finish(img, "resor-biljetter", "ticket")


def travel_address():
    img, d = common.canvas()
    common.label(d, (W // 2, 70), "Titta på adressen", size=48, bold=True, anchor="mm")
    address_bar(d, [60, 150, 780, 250], "resor.example", ok=True)
    address_bar(d, [60, 330, 780, 430], "resor-billigt.example", ok=False)
    common.label(d, (80, 285), "Bolagets egen sida", size=34, fill=GOOD, bold=True,
                 anchor="lm")
    common.label(d, (80, 465), "Falsk sida", size=34, fill=WARN, bold=True, anchor="lm")
    finish(img, "resor-biljetter", "address")


# ---------------------------------------------------------------- kommunens-etjanster


def form():
    img, d = common.canvas()
    screen = common.computer(d, 180, 20, w=600, h=440)
    top = header(d, screen, "Ansökan")
    for i, name in enumerate(["Namn", "Adress"]):
        y = top + 30 + i * 100
        common.label(d, (screen[0] + 30, y + 30), name, size=36, bold=True, anchor="lm")
        common.box(d, [screen[0] + 200, y, screen[2] - 30, y + 64], fill=WHITE,
                   outline=INK, width=4, radius=8)
    common.button(d, [screen[2] - 250, screen[3] - 96, screen[2] - 30, screen[3] - 20],
                  "Skicka", size=40)
    finish(img, "kommunens-etjanster", "form")


def contact():
    img, d = common.canvas()
    screen = common.phone(d, 100, 20, w=300, h=500)
    top = header(d, screen, "Kontaktcenter", size=32)
    cx = (screen[0] + screen[2]) // 2
    d.ellipse([cx - 70, top + 60, cx + 70, top + 200], fill=GOOD, outline=INK, width=4)
    symbol(d, (cx, top + 130), "☎", size=80, fill=WHITE)
    common.button(d, [screen[0] + 30, top + 240, screen[2] - 30, top + 320], "Ring", size=40,
                  fill=GOOD)
    # Speech bubble.
    common.box(d, [460, 120, 900, 330], fill=WHITE, outline=INK, width=6, radius=30)
    d.polygon([(480, 280), (420, 330), (510, 320)], fill=INK)
    common.label(d, (680, 190), "Hur kan vi", size=48, bold=True, anchor="mm")
    common.label(d, (680, 260), "hjälpa dig?", size=48, bold=True, anchor="mm")
    finish(img, "kommunens-etjanster", "contact")


DRAW = {
    "etjanst-vad-ar": [errand, address],
    "etjanst-1177": [call_1177, calendar],
    "digital-brevlada": [mailbox],
    "skatteverket": [declaration],
    "swish": [swish_name, swish_picture],
    "biblioteket": [library_search, library_renew],
    "resor-biljetter": [ticket, travel_address],
    "kommunens-etjanster": [form, contact],
}


def main(only=None):
    for lesson, funcs in DRAW.items():
        if only and lesson not in only:
            continue
        for f in funcs:
            f()


if __name__ == "__main__":
    main(sys.argv[1:])
