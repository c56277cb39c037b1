"""Pictures for the basics and safety lessons.

Run `python3 scripts/lesson_images/basics_safety.py` from the project folder
(or anywhere) to (re)draw every picture into `lessons/<id>/images/`.
Only the shared kit in `common.py` is used, plus a few helpers defined here.
Nothing here shows a real logo, brand or service.
"""

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402
from common import (  # noqa: E402
    ACCENT,
    ACCENT_LIGHT,
    GOOD,
    GREY,
    INK,
    PAPER,
    WARN,
    WHITE,
    box,
    button,
    canvas,
    label,
    symbol_font,
)

WARN_LIGHT = "#F6DADA"


# --- helpers ---------------------------------------------------------------


def save(img, lesson_id, name):
    """Saves with few colours so each PNG stays small."""
    small = img.quantize(colors=24, method=2, dither=0)
    return common.save(small, lesson_id, name)


def arrow(d, start, end, fill=ACCENT, width=7, head=24):
    """A thick straight arrow from `start` to the point `end`."""
    x0, y0 = start
    x1, y1 = end
    angle = math.atan2(y1 - y0, x1 - x0)
    bx = x1 - head * math.cos(angle)
    by = y1 - head * math.sin(angle)
    d.line([(x0, y0), (bx, by)], fill=fill, width=width)
    left = (bx + head * 0.6 * math.sin(angle), by - head * 0.6 * math.cos(angle))
    right = (bx - head * 0.6 * math.sin(angle), by + head * 0.6 * math.cos(angle))
    d.polygon([(x1, y1), left, right], fill=fill)


def symbol(d, xy, text, size=40, fill=INK, anchor="mm"):
    """Draws a symbol (✓ ✗ ☎ …) with the symbol font."""
    d.text(xy, text, font=symbol_font(size), fill=fill, anchor=anchor)


def tag(d, xy, text, size=36, fill=ACCENT, ink=WHITE, anchor="mm", pad=14):
    """A label on a coloured pill, centred on `xy` by default."""
    f = common.font(size, bold=True)
    left, top, right, bottom = d.textbbox(xy, text, font=f, anchor=anchor)
    d.rounded_rectangle(
        [left - pad, top - pad // 2 - 2, right + pad, bottom + pad // 2 + 2],
        radius=12,
        fill=fill,
    )
    d.text(xy, text, font=f, fill=ink, anchor=anchor)


def check_mark(d, cx, cy, good=True, r=34):
    """A round badge with ✓ (good) or ✗ (bad)."""
    colour = GOOD if good else WARN
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=colour)
    symbol(d, (cx, cy + 2), "✓" if good else "✗", size=int(r * 1.3), fill=WHITE)


def pointer(d, x, y, scale=1.0, fill=WHITE):
    """The mouse pointer arrow with its tip at (x, y)."""
    pts = [(0, 0), (0, 44), (11, 34), (20, 54), (28, 50), (19, 31), (34, 31)]
    pts = [(x + px * scale, y + py * scale) for px, py in pts]
    d.polygon(pts, fill=fill, outline=INK)
    d.line(pts + [pts[0]], fill=INK, width=3)


def mouse(img, d, cx, top, w=200, h=300, highlight_left=True):
    """A mouse seen from above; returns (left button centre, wheel centre)."""
    left, right, bottom = cx - w // 2, cx + w // 2, top + h
    d.rounded_rectangle([left, top, right, bottom], radius=w // 2, fill=WHITE)
    split = top + int(h * 0.42)
    if highlight_left:
        # Fill only the part of the body that is the left button.
        mask = Image.new("L", img.size, 0)
        m = ImageDraw.Draw(mask)
        m.rounded_rectangle([left, top, right, bottom], radius=w // 2, fill=255)
        m.rectangle([cx, top, right, bottom], fill=0)
        m.rectangle([left, split, right, bottom], fill=0)
        img.paste("#B9D3EE", mask=mask)
    d.rounded_rectangle([left, top, right, bottom], radius=w // 2, outline=INK, width=6)
    d.line([(left + 3, split), (right - 3, split)], fill=INK, width=5)
    d.line([(cx, top + 3), (cx, split)], fill=INK, width=5)
    d.rounded_rectangle([cx - 13, top + 40, cx + 13, top + 100], radius=12, fill=GREY, outline=INK, width=3)
    d.line([(cx, top - 2), (cx, top - 60)], fill=INK, width=6)
    return (left + w // 4, top + int(h * 0.24)), (cx, top + 70)


def key(d, rect, text, size=34, fill=WHITE, ink=INK, sym=False):
    """One keyboard key with its text or symbol centred."""
    box(d, rect, fill=fill, outline=INK, width=4, radius=10)
    cx = (rect[0] + rect[2]) // 2
    cy = (rect[1] + rect[3]) // 2
    if sym:
        symbol(d, (cx, cy), text, size=size, fill=ink)
    else:
        label(d, (cx, cy), text, size=size, bold=True, fill=ink, anchor="mm")


def close_button(d, rect):
    """The red close button with a white cross."""
    d.rectangle(rect, fill=WARN)
    cx, cy = (rect[0] + rect[2]) // 2, (rect[1] + rect[3]) // 2
    d.line([(cx - 16, cy - 16), (cx + 16, cy + 16)], fill=WHITE, width=6)
    d.line([(cx - 16, cy + 16), (cx + 16, cy - 16)], fill=WHITE, width=6)


def bigger_button(d, rect):
    """The square that makes a window fill the screen."""
    cx, cy = (rect[0] + rect[2]) // 2, (rect[1] + rect[3]) // 2
    d.rectangle([cx - 16, cy - 14, cx + 16, cy + 14], outline=INK, width=5)


def hide_button(d, rect):
    """The line that puts a window away."""
    cx, cy = (rect[0] + rect[2]) // 2, (rect[1] + rect[3]) // 2
    d.line([(cx - 16, cy + 10), (cx + 16, cy + 10)], fill=INK, width=6)


def window(d, rect, title):
    """A program window with a title bar and – □ × buttons; returns (content, buttons)."""
    x0, y0, x1, y1 = rect
    box(d, rect, fill=WHITE, outline=INK, width=5, radius=10)
    bar = y0 + 70
    d.rectangle([x0 + 4, y0 + 4, x1 - 4, bar], fill=ACCENT_LIGHT)
    d.line([(x0, bar), (x1, bar)], fill=INK, width=4)
    label(d, (x0 + 24, (y0 + bar) // 2), title, size=34, bold=True, anchor="lm")
    w = 78
    close = [x1 - 4 - w, y0 + 4, x1 - 4, bar]
    bigger = [close[0] - w, y0 + 4, close[0], bar]
    hide = [bigger[0] - w, y0 + 4, bigger[0], bar]
    close_button(d, close)
    bigger_button(d, bigger)
    hide_button(d, hide)
    d.rounded_rectangle(rect, radius=10, outline=INK, width=5)
    return [x0 + 6, bar + 4, x1 - 6, y1 - 6], (hide, bigger, close)


def browser(d, rect, address, title="Webbsida"):
    """A browser window with back arrow and address field; returns (content, field, back)."""
    content, _ = window(d, rect, title)
    x0, y0, x1, _ = content
    back = [x0 + 14, y0 + 14, x0 + 78, y0 + 74]
    box(d, back, fill=WHITE, outline=INK, width=4, radius=32)
    symbol(d, ((back[0] + back[2]) // 2, (back[1] + back[3]) // 2 + 1), "←", size=38)
    field = [x0 + 96, y0 + 14, x1 - 16, y0 + 74]
    box(d, field, fill=WHITE, outline=ACCENT, width=5, radius=30)
    label(d, (field[0] + 26, (field[1] + field[3]) // 2), address, size=34, anchor="lm")
    d.line([(x0, y0 + 90), (x1, y0 + 90)], fill=GREY, width=2)
    return [x0, y0 + 92, x1, content[3]], field, back


def text_lines(d, x, y, widths, gap=28, fill="#C9C9C9", h=12):
    """Grey bars standing for lines of text."""
    for i, w in enumerate(widths):
        d.rounded_rectangle([x, y + i * gap, x + w, y + i * gap + h], radius=6, fill=fill)


def bubble(d, rect, lines, size=32, fill=ACCENT_LIGHT, link_line=None):
    """A message bubble with lines of text; `link_line` is drawn as a link."""
    box(d, rect, fill=fill, outline=INK, width=3, radius=22)
    y = rect[1] + 20
    for i, line in enumerate(lines):
        if i == link_line:
            f = common.font(size, bold=True)
            d.text((rect[0] + 20, y), line, font=f, fill=ACCENT)
            length = d.textlength(line, font=f)
            d.line([(rect[0] + 20, y + size + 4), (rect[0] + 20 + length, y + size + 4)], fill=ACCENT, width=3)
        else:
            label(d, (rect[0] + 20, y), line, size=size)
        y += int(size * 1.3)


def bank_card(d, x, y, w=300, h=190, back=False):
    """A plain bank card (no brand); the back shows a phone number strip."""
    box(d, [x, y, x + w, y + h], fill=ACCENT, outline=INK, width=4, radius=18)
    if back:
        d.rectangle([x + 4, y + 26, x + w - 4, y + 66], fill=INK)
        d.rectangle([x + 20, y + 92, x + w - 20, y + 150], fill=WHITE)
        size = 30 if w >= 380 else 24
        symbol(d, (x + 30 + size // 2, y + 121), "☎", size=size + 4, fill=INK)
        label(d, (x + 40 + size + 4, y + 121), "08-000 00 00", size=size, bold=True, anchor="lm")
    else:
        d.rounded_rectangle([x + 30, y + 60, x + 86, y + 104], radius=8, fill="#E8C76A", outline=INK, width=2)
        label(d, (x + 30, y + h - 44), "0000 0000 0000", size=30, bold=True, fill=WHITE, anchor="lm")


# --- basics ----------------------------------------------------------------


def dator_kom_igang():
    img, d = canvas()
    screen = common.computer(d, 60, 30, w=470, h=300)
    # A calm desktop on the screen.
    d.rectangle(screen, fill=ACCENT_LIGHT)
    box(d, [screen[0] + 40, screen[1] + 40, screen[0] + 250, screen[1] + 170], fill=WHITE, outline=INK, width=3, radius=6)
    text_lines(d, screen[0] + 60, screen[1] + 80, [150, 120, 160])
    pointer(d, screen[0] + 300, screen[1] + 150)
    # Keyboard.
    kb = [60, 446, 470, 520]
    box(d, kb, fill=WHITE, outline=INK, width=5, radius=12)
    for row in range(2):
        for col in range(10):
            kx = kb[0] + 16 + col * 39
            ky = kb[1] + 10 + row * 30
            d.rectangle([kx, ky, kx + 30, ky + 22], outline=INK, width=2)
    # Mouse.
    d.rounded_rectangle([520, 430, 580, 520], radius=30, fill=WHITE, outline=INK, width=5)
    d.line([(550, 432), (550, 466)], fill=INK, width=3)
    d.line([(522, 466), (578, 466)], fill=INK, width=3)
    # Labels.
    tag(d, (790, 120), "skärm", size=44)
    arrow(d, (700, 120), (536, 150))
    tag(d, (790, 300), "tangentbord", size=44)
    arrow(d, (660, 320), (440, 440))
    tag(d, (790, 460), "mus", size=44)
    arrow(d, (730, 470), (592, 475))
    save(img, "dator-kom-igang", "datorn")

    # The power button.
    img, d = canvas()
    cx, cy, r = 250, 270, 150
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=WHITE, outline=INK, width=8)
    d.arc([cx - 80, cy - 80, cx + 80, cy + 80], start=-60, end=240, fill=ACCENT, width=18)
    d.line([(cx, cy - 100), (cx, cy - 10)], fill=ACCENT, width=18)
    label(d, (480, 190), "Startknappen", size=52, bold=True, anchor="lm")
    label(d, (480, 270), "Tryck en gång.", size=44, anchor="lm")
    label(d, (480, 340), "Vänta lugnt.", size=44, anchor="lm")
    save(img, "dator-kom-igang", "startknapp")


def mus_och_styrplatta():
    img, d = canvas()
    left_btn, wheel = mouse(img, d, 470, 170, w=230, h=340)
    tag(d, (180, 90), "vänster knapp", size=42)
    label(d, (180, 155), "klicka här", size=40, anchor="mm")
    arrow(d, (190, 200), (left_btn[0] - 6, left_btn[1]))
    tag(d, (790, 90), "hjul", size=42)
    label(d, (790, 155), "rulla upp och ner", size=40, anchor="mm")
    arrow(d, (760, 200), (wheel[0] + 18, wheel[1] + 10))
    save(img, "mus-och-styrplatta", "musen")

    img, d = canvas()
    # A laptop seen from above: keys, then the touchpad.
    body = [130, 40, 830, 510]
    box(d, body, fill="#D9D9D9", outline=INK, width=6, radius=24)
    for row in range(3):
        for col in range(12):
            kx = 170 + col * 52
            ky = 70 + row * 50
            d.rounded_rectangle([kx, ky, kx + 44, ky + 40], radius=6, fill=WHITE, outline=INK, width=2)
    pad = [330, 250, 630, 470]
    box(d, pad, fill=WHITE, outline=ACCENT, width=7, radius=18)
    # A fingertip on the pad.
    d.ellipse([455, 330, 515, 400], fill="#E9C9A8", outline=INK, width=4)
    arrow(d, (530, 365), (600, 365), fill=INK, width=5, head=18)
    tag(d, (760, 300), "styrplatta", size=40)
    arrow(d, (760, 335), (640, 380))
    save(img, "mus-och-styrplatta", "styrplatta")


def tangentbordet():
    img, d = canvas()
    # Row 1: the three keys to learn first, each with its name below.
    key(d, [50, 40, 290, 170], "←", size=64, fill=ACCENT_LIGHT, sym=True)
    label(d, (170, 215), "sudda", size=42, bold=True, anchor="mm")
    key(d, [370, 40, 590, 170], "↵", size=64, fill=ACCENT_LIGHT, sym=True)
    label(d, (480, 215), "Enter", size=42, bold=True, anchor="mm")
    key(d, [670, 40, 910, 170], "⇧", size=64, fill=ACCENT_LIGHT, sym=True)
    label(d, (790, 215), "skift", size=42, bold=True, anchor="mm")
    # Row 2: the space bar, and AltGr + 2 for @.
    key(d, [50, 290, 420, 400], "", fill=ACCENT_LIGHT)
    label(d, (235, 450), "mellanslag", size=42, bold=True, anchor="mm")
    key(d, [500, 290, 660, 400], "AltGr", size=40)
    label(d, (700, 345), "+", size=56, bold=True, anchor="mm")
    key(d, [740, 290, 880, 400], "2", size=48)
    d.text((862, 388), "@", font=common.font(34, bold=True), fill=ACCENT, anchor="rb")
    label(d, (690, 450), "ger @ (snabel-a)", size=40, bold=True, anchor="mm")
    save(img, "tangentbordet", "tangentbordet")


def fonster():
    img, d = canvas()
    content, _ = window(d, [30, 120, 540, 460], "Brev")
    text_lines(d, content[0] + 30, content[1] + 40, [380, 440, 330, 400], gap=44, h=16)
    # A legend: each button drawn big, with its word.
    rows = [(110, close_button, "stäng"), (240, bigger_button, "gör större"), (370, hide_button, "lägg undan")]
    for y, draw, word in rows:
        rect = [600, y, 690, y + 80]
        box(d, rect, fill=ACCENT_LIGHT, outline=INK, width=4, radius=8)
        draw(d, [604, y + 4, 686, y + 76])
        d.rectangle(rect, outline=INK, width=4)
        label(d, (715, y + 40), word, size=42, bold=True, anchor="lm")
    save(img, "fonster", "fonster")


# --- the web ---------------------------------------------------------------


def webblasaren():
    img, d = canvas()
    page, field, _ = browser(d, [30, 110, 930, 520], "www.biblioteket.example")
    label(d, (page[0] + 40, page[1] + 40), "Välkommen!", size=44, bold=True)
    text_lines(d, page[0] + 40, page[1] + 110, [600, 520, 640], gap=36, h=14)
    tag(d, (560, 50), "adressfält", size=44)
    arrow(d, (560, 80), (560, field[1] - 4))
    save(img, "webblasaren", "webblasaren")


def soka_pa_natet():
    img, d = canvas()
    page, field, back = browser(d, [30, 110, 930, 520], "bibliotek öppettider", title="")
    y = page[1] + 30
    results = ["Biblioteket – öppettider", "Bibliotek i din kommun"]
    f = common.font(38, bold=True)
    for res in results:
        d.text((page[0] + 40, y), res, font=f, fill=ACCENT)
        length = d.textlength(res, font=f)
        d.line([(page[0] + 40, y + 46), (page[0] + 40 + length, y + 46)], fill=ACCENT, width=3)
        text_lines(d, page[0] + 40, y + 64, [460], h=12)
        y += 110
    pointer(d, page[0] + 420, page[1] + 60)
    tag(d, (170, 50), "tillbaka", size=40)
    arrow(d, (82, 80), (82, back[1] - 4))
    tag(d, (790, 420), "länkar", size=40)
    arrow(d, (700, 400), (580, 330))
    save(img, "soka-pa-natet", "sok")


def reklam_pa_natet():
    img, d = canvas()
    page, _, _ = browser(d, [30, 20, 930, 520], "www.nyheter.example", title="Nyheter")
    label(d, (page[0] + 30, page[1] + 24), "Lokala nyheter", size=38, bold=True)
    text_lines(d, page[0] + 30, page[1] + 90, [420, 460, 380, 440, 300, 400], gap=40, h=14)
    ad = [page[0] + 530, page[1] + 20, page[2] - 20, page[3] - 20]
    box(d, ad, fill="#FFF1C7", outline=INK, width=4, radius=10)
    tag(d, (ad[0] + 80, ad[1] + 36), "Annons", size=32, fill=INK)
    label(d, ((ad[0] + ad[2]) // 2, ad[1] + 100), "Köp nu!", size=44, bold=True, anchor="mm")
    label(d, ((ad[0] + ad[2]) // 2, ad[1] + 150), "Bara i dag", size=34, anchor="mm")
    button(d, [ad[0] + 40, ad[3] - 84, ad[2] - 40, ad[3] - 20], "Klicka", size=32)
    save(img, "reklam-pa-natet", "annons")

    img, d = canvas()
    page, _, _ = browser(d, [30, 20, 720, 520], "www.nyheter.example", title="Nyheter")
    text_lines(d, page[0] + 30, page[1] + 30, [560, 500, 600, 460, 560, 420], gap=44, h=14)
    pop = [90, 200, 660, 480]
    box(d, pop, fill=WHITE, outline=WARN, width=8, radius=16)
    label(d, (375, 255), "Grattis!", size=52, bold=True, fill=WARN, anchor="mm")
    label(d, (375, 325), "Du har vunnit!", size=44, bold=True, anchor="mm")
    button(d, [185, 380, 565, 455], "Hämta priset", size=36, fill=WARN)
    check_mark(d, 840, 230, good=False, r=52)
    label(d, (840, 325), "Klicka", size=38, bold=True, fill=WARN, anchor="mm")
    label(d, (840, 370), "inte!", size=38, bold=True, fill=WARN, anchor="mm")
    save(img, "reklam-pa-natet", "vunnit")


def var_far_jag_hjalp():
    img, d = canvas()
    # Three panels: library, tutor, the number on your card.
    panels = [(20, "Biblioteket"), (330, "Handledare"), (640, "Kortets nummer")]
    for x, title in panels:
        box(d, [x, 30, x + 300, 510], fill=WHITE, outline=INK, width=4, radius=18)
        label(d, (x + 150, 460), title, size=34, bold=True, anchor="mm")
    # Library building.
    x = 20
    d.polygon([(x + 40, 190), (x + 150, 100), (x + 260, 190)], fill=ACCENT, outline=INK)
    d.rectangle([x + 50, 190, x + 250, 380], fill=ACCENT_LIGHT, outline=INK, width=4)
    for cx in (x + 85, x + 150, x + 215):
        d.rectangle([cx - 14, 210, cx + 14, 370], fill=WHITE, outline=INK, width=3)
    d.rectangle([x + 40, 380, x + 260, 400], fill=INK)
    # Two people: a tutor helping.
    x = 330
    for px, colour, scale in ((x + 100, ACCENT, 1.0), (x + 205, GREY, 0.9)):
        r = int(38 * scale)
        d.ellipse([px - r, 170 - r, px + r, 170 + r], fill="#E9C9A8", outline=INK, width=4)
        d.rounded_rectangle([px - 55 * scale, 220, px + 55 * scale, 390], radius=40, fill=colour, outline=INK, width=4)
    symbol(d, (x + 152, 95), "?", size=60, fill=ACCENT)
    # The back of a bank card.
    bank_card(d, 660, 150, w=260, h=190, back=True)
    save(img, "var-far-jag-hjalp", "hjalp")

    img, d = canvas()
    bank_card(d, 40, 70, w=440, h=270, back=True)
    check_mark(d, 90, 470, good=True, r=36)
    label(d, (140, 470), "Numret på kortet", size=36, bold=True, anchor="lm")
    screen = common.phone(d, 640, 20, w=240, h=400)
    cx = (screen[0] + screen[2]) // 2
    symbol(d, (cx, screen[1] + 40), "☎", size=40, fill=INK)
    label(d, (cx, screen[1] + 95), "Okänd", size=34, bold=True, anchor="mm")
    bubble(d, [screen[0] + 8, screen[1] + 140, screen[2] - 8, screen[1] + 280], ["Ring oss på", "0900-..."], size=30, fill=WARN_LIGHT)
    check_mark(d, 600, 470, good=False, r=36)
    label(d, (650, 470), "Numret i samtal", size=36, bold=True, anchor="lm")
    save(img, "var-far-jag-hjalp", "kortet")


# --- safety ----------------------------------------------------------------


def losenord():
    img, d = canvas()
    box(d, [60, 60, 900, 480], fill=WHITE, outline=INK, width=5, radius=18)
    label(d, (480, 120), "Logga in", size=48, bold=True, anchor="mm")
    label(d, (120, 200), "Lösenord:", size=38, bold=True, anchor="lm")
    field = [340, 170, 840, 232]
    box(d, field, fill=WHITE, outline=ACCENT, width=5, radius=12)
    for i in range(16):
        cx = field[0] + 30 + i * 28
        d.ellipse([cx - 9, 192, cx + 9, 210], fill=INK)
    label(d, (120, 300), "Långt och hemligt.", size=40, anchor="lm")
    label(d, (120, 360), "Ett eget för varje tjänst.", size=40, anchor="lm")
    check_mark(d, 820, 400, good=True, r=44)
    save(img, "losenord", "losenord")

    img, d = canvas()
    places = [(160, "E-post", ACCENT), (480, "Bibliotek", GOOD), (800, "Butik", WARN)]
    for cx, name, colour in places:
        box(d, [cx - 140, 60, cx + 140, 220], fill=WHITE, outline=INK, width=5, radius=18)
        label(d, (cx, 140), name, size=40, bold=True, anchor="mm")
        # A key in the place's own colour.
        d.ellipse([cx - 90, 300, cx - 30, 360], fill=colour, outline=INK, width=4)
        d.ellipse([cx - 70, 320, cx - 50, 340], fill=PAPER)
        d.rectangle([cx - 32, 322, cx + 90, 338], fill=colour, outline=INK, width=3)
        d.rectangle([cx + 50, 338, cx + 62, 362], fill=colour, outline=INK, width=3)
        d.rectangle([cx + 74, 338, cx + 86, 356], fill=colour, outline=INK, width=3)
    label(d, (480, 450), "Olika lösenord – olika nycklar", size=42, bold=True, anchor="mm")
    save(img, "losenord", "nycklar")


def uppdateringar():
    img, d = canvas()
    # Left: the computer's own calm notice.
    screen = common.computer(d, 30, 40, w=420, h=300)
    d.rectangle(screen, fill=ACCENT_LIGHT)
    note = [screen[2] - 250, screen[3] - 120, screen[2] - 10, screen[3] - 10]
    box(d, note, fill=WHITE, outline=INK, width=3, radius=10)
    label(d, (note[0] + 16, note[1] + 16), "Uppdatering", size=32, bold=True)
    label(d, (note[0] + 16, note[1] + 60), "finns", size=32)
    check_mark(d, 240, 470, good=True, r=40)
    label(d, (300, 470), "Från datorn", size=34, bold=True, fill=GOOD, anchor="lm")
    # Right: a scary pop-up on a web page.
    pop = [520, 40, 930, 330]
    box(d, pop, fill=WARN_LIGHT, outline=WARN, width=8, radius=14)
    symbol(d, (725, 95), "⚠", size=56, fill=WARN)
    label(d, (725, 165), "Din dator är", size=38, bold=True, anchor="mm")
    label(d, (725, 210), "i fara!", size=38, bold=True, anchor="mm")
    button(d, [580, 245, 870, 310], "Uppdatera nu", size=32, fill=WARN)
    check_mark(d, 600, 470, good=False, r=40)
    label(d, (660, 470), "Från en sida", size=34, bold=True, fill=WARN, anchor="lm")
    save(img, "uppdateringar", "uppdatering")


def dela_inte():
    img, d = canvas()
    label(d, (480, 60), "Dela aldrig", size=52, bold=True, fill=WARN, anchor="mm")
    cards = [(170, "Säkerhetskod", "● ● ● ● ● ●"), (480, "Kortnummer", "0000 0000"), (790, "Lösenord", "● ● ● ● ●")]
    for cx, name, secret in cards:
        box(d, [cx - 145, 120, cx + 145, 400], fill=WHITE, outline=INK, width=5, radius=18)
        label(d, (cx, 180), name, size=34, bold=True, anchor="mm")
        if "●" in secret:
            symbol(d, (cx, 260), secret, size=28, fill=INK)
        else:
            label(d, (cx, 260), secret, size=34, bold=True, anchor="mm")
        # A padlock.
        d.arc([cx - 28, 300, cx + 28, 356], start=180, end=360, fill=INK, width=8)
        d.rounded_rectangle([cx - 40, 326, cx + 40, 384], radius=8, fill=ACCENT, outline=INK, width=3)
    label(d, (480, 470), "Inte ens till banken eller polisen.", size=38, anchor="mm")
    save(img, "dela-inte", "dela-inte")


def bedrageri_samtal():
    img, d = canvas()
    screen = common.phone(d, 60, 30, w=280, h=480)
    cx = (screen[0] + screen[2]) // 2
    symbol(d, (cx, screen[1] + 60), "☎", size=56, fill=INK)
    label(d, (cx, screen[1] + 130), "”Banken”", size=38, bold=True, anchor="mm")
    label(d, (cx, screen[1] + 175), "ringer", size=32, anchor="mm")
    hang = [screen[0] + 20, screen[3] - 120, screen[2] - 20, screen[3] - 30]
    button(d, hang, "Lägg på", size=38, fill=WARN)
    steps = ["Lägg på.", "Logga inte in.", "Lita inte på", "den som ringer."]
    label(d, (420, 70), "Polisens tre steg:", size=44, bold=True)
    for i, (num, y) in enumerate(((1, 160), (2, 250), (3, 340))):
        d.ellipse([420, y - 30, 480, y + 30], fill=ACCENT)
        label(d, (450, y), str(num), size=36, bold=True, fill=WHITE, anchor="mm")
        label(d, (505, y), steps[i], size=42, bold=True, anchor="lm")
    label(d, (505, 400), steps[3], size=42, bold=True, anchor="lm")
    save(img, "bedrageri-samtal", "samtal")


def sms_bedrageri():
    img, d = canvas()
    screen = common.phone(d, 60, 30, w=420, h=480)
    label(d, (screen[0] + 20, screen[1] + 30), "Paket-info", size=34, bold=True)
    d.line([(screen[0], screen[1] + 80), (screen[2], screen[1] + 80)], fill=GREY, width=2)
    bubble(
        d,
        [screen[0] + 14, screen[1] + 100, screen[2] - 14, screen[1] + 330],
        ["Ditt paket väntar.", "Betala 29 kr i", "avgift här:", "paket-tull.example"],
        size=32,
        link_line=3,
    )
    check_mark(d, 640, 110, good=False, r=50)
    label(d, (710, 110), "Falskt!", size=48, bold=True, fill=WARN, anchor="lm")
    label(d, (560, 230), "Tryck inte.", size=42, bold=True, anchor="lm")
    label(d, (560, 320), "Skicka till", size=42, anchor="lm")
    tag(d, (574, 410), "7726", size=52, anchor="lm")
    save(img, "sms-bedrageri", "sms")


def repetition_quiz():
    img, d = canvas()
    box(d, [140, 40, 820, 500], fill=WHITE, outline=INK, width=5, radius=18)
    label(d, (480, 100), "Det här kan du nu", size=46, bold=True, anchor="mm")
    items = ["E-post", "BankID", "Lösenord", "Bedrägerier"]
    for i, item in enumerate(items):
        y = 190 + i * 80
        check_mark(d, 250, y, good=True, r=30)
        label(d, (310, y), item, size=42, anchor="lm")
    save(img, "repetition-quiz", "repetition")


ALL = [
    dator_kom_igang,
    mus_och_styrplatta,
    tangentbordet,
    fonster,
    webblasaren,
    soka_pa_natet,
    reklam_pa_natet,
    var_far_jag_hjalp,
    losenord,
    uppdateringar,
    dela_inte,
    bedrageri_samtal,
    sms_bedrageri,
    repetition_quiz,
]


if __name__ == "__main__":
    for draw in ALL:
        draw()
    print(f"drew pictures for {len(ALL)} lessons")
