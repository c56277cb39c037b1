"""Pictures for the email and BankID lessons.

Run `python3 scripts/lesson_images/email_bankid.py` from anywhere to (re)draw
every picture of the lessons epost-* and bankid-* into
`lessons/<id>/images/`. Uses the shared kit in `common.py`; the small helpers
below (envelope, QR code, paper clip, keypad …) are only used here.

No real logos or screens of real services are drawn: every screen is a
simple, made-up sketch with large Swedish labels.
"""

import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import (  # noqa: E402
    ACCENT,
    ACCENT_LIGHT,
    GOOD,
    GREY,
    INK,
    LINE,
    WARN,
    WHITE,
    box,
    button,
    canvas,
    computer,
    font,
    label,
    phone,
    save,
    symbol_font,
)

# ---------------------------------------------------------------- helpers


def text_width(text, size, bold=False):
    return font(size, bold).getlength(text)


def symbol(d, xy, char, size=60, fill=INK, anchor="mm"):
    """A symbol such as ✓ ✗ ✉ ☎, drawn with the symbol font."""
    d.text(xy, char, font=symbol_font(size), fill=fill, anchor=anchor)


def envelope(d, rect, fill=WHITE, outline=INK, width=LINE):
    """A closed envelope filling `rect`."""
    x0, y0, x1, y1 = rect
    d.rectangle(rect, fill=fill, outline=outline, width=width)
    cx = (x0 + x1) // 2
    cy = y0 + (y1 - y0) * 55 // 100
    d.line([(x0 + 2, y0 + 2), (cx, cy), (x1 - 2, y0 + 2)], fill=outline, width=width)


def arrow(d, start, end, fill=ACCENT, width=12, head=30):
    """A thick horizontal or vertical arrow from `start` to `end`."""
    (x0, y0), (x1, y1) = start, end
    if y0 == y1:
        sign = 1 if x1 > x0 else -1
        d.line([(x0, y0), (x1 - sign * head, y1)], fill=fill, width=width)
        d.polygon(
            [(x1, y1), (x1 - sign * head, y1 - head), (x1 - sign * head, y1 + head)],
            fill=fill,
        )
    else:
        sign = 1 if y1 > y0 else -1
        d.line([(x0, y0), (x1, y1 - sign * head)], fill=fill, width=width)
        d.polygon(
            [(x1, y1), (x1 - head, y1 - sign * head), (x1 + head, y1 - sign * head)],
            fill=fill,
        )


def badge(d, cx, cy, r, char, fill, ink=WHITE):
    """A filled circle with a symbol (✓ or ✗) in it."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=INK, width=4)
    symbol(d, (cx, cy + 2), char, size=int(r * 1.2), fill=ink)


def qr_code(d, rect, seed=7, cells=21):
    """A made-up QR-like square (not a readable code)."""
    x0, y0, x1, _ = rect
    size = (x1 - x0) // cells
    rng = random.Random(seed)
    d.rectangle([x0 - 8, y0 - 8, x0 + size * cells + 8, y0 + size * cells + 8], fill=WHITE)

    def cell(cx, cy):
        d.rectangle(
            [x0 + cx * size, y0 + cy * size, x0 + (cx + 1) * size - 1, y0 + (cy + 1) * size - 1],
            fill=INK,
        )

    def finder(fx, fy):
        for i in range(7):
            for j in range(7):
                ring = max(abs(i - 3), abs(j - 3))
                if ring != 2:
                    cell(fx + i, fy + j)

    corners = [(0, 0), (cells - 7, 0), (0, cells - 7)]
    for fx, fy in corners:
        finder(fx, fy)
    for i in range(cells):
        for j in range(cells):
            if any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in corners):
                continue
            if rng.random() < 0.45:
                cell(i, j)


def paper_clip(d, x, y, h=150, fill=INK, width=10):
    """A paper clip standing upright, its top-left at (x, y), `h` tall."""
    w = h * 0.42
    x1, x2, x3, x4 = x, x + w * 0.22, x + w * 0.62, x + w

    def arc(cx, cy, r, a0, a1, n=16):
        return [
            (cx + r * math.cos(math.radians(a0 + (a1 - a0) * i / n)),
             cy + r * math.sin(math.radians(a0 + (a1 - a0) * i / n)))
            for i in range(n + 1)
        ]

    r1 = (x4 - x1) / 2
    r2 = (x4 - x2) / 2
    r3 = (x3 - x2) / 2
    pts = [(x1, y + h * 0.28)]
    pts += arc((x1 + x4) / 2, y + h - r1, r1, 180, 0)
    pts += arc((x2 + x4) / 2, y + r2, r2, 0, -180)
    pts += arc((x2 + x3) / 2, y + h - r1 * 0.9 - r3, r3, 180, 0)
    pts.append((x3, y + h * 0.3))
    d.line(pts, fill=fill, width=width, joint="curve")


def person(d, cx, cy, s=1.0, fill=GREY):
    """A simple head-and-shoulders silhouette centred on (cx, cy)."""
    r = 26 * s
    d.ellipse([cx - r, cy - 40 * s - r, cx + r, cy - 40 * s + r], fill=fill)
    d.pieslice([cx - 50 * s, cy - 4 * s, cx + 50 * s, cy + 90 * s], 180, 360, fill=fill)


def bubble(d, rect, tail, fill=WHITE, outline=INK):
    """A speech bubble with a tail pointing at `tail` (x, y)."""
    x0, y0, x1, y1 = rect
    tx, ty = tail
    mid = (x0 + x1) // 2
    box(d, rect, fill=fill, outline=outline, width=5, radius=26)
    d.polygon([(mid - 30, y1 - 4), (mid + 20, y1 - 4), (tx, ty)], fill=fill)
    d.line([(mid - 30, y1 - 1), (tx, ty), (mid + 20, y1 - 1)], fill=outline, width=5)


def screen_bar(d, scr, text, size=30):
    """A dark title bar across the top of a screen rectangle; returns its bottom y."""
    x0, y0, x1, _ = scr
    d.rectangle([x0, y0, x1, y0 + size + 24], fill=ACCENT)
    label(d, ((x0 + x1) // 2, y0 + (size + 24) // 2), text, size=size, bold=True,
          fill=WHITE, anchor="mm")
    return y0 + size + 24


def id_card(d, rect):
    """A made-up ID card: a face and three lines."""
    x0, y0, x1, y1 = rect
    box(d, rect, fill=ACCENT_LIGHT, outline=INK, width=5, radius=14)
    h = y1 - y0
    person(d, x0 + h * 0.42, y0 + h * 0.52, s=h / 200, fill=ACCENT)
    for i, frac in enumerate([0.3, 0.5, 0.7]):
        yy = y0 + h * frac
        d.line([(x0 + h * 0.85, yy), (x1 - 20 - i * 25, yy)], fill=INK, width=8)


def keypad(d, x, y, key=62, gap=10):
    """A 3×4 number pad; returns its bottom y."""
    keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", ""]
    for i, k in enumerate(keys):
        col, row = i % 3, i // 3
        kx = x + col * (key + gap)
        ky = y + row * (key + gap)
        if k:
            box(d, [kx, ky, kx + key, ky + key], fill=ACCENT_LIGHT, outline=INK, width=3,
                radius=10)
            label(d, (kx + key // 2, ky + key // 2), k, size=34, bold=True, anchor="mm")
    return y + 4 * (key + gap) - gap


def code_dots(d, cx, y, filled, total=6, r=12, gap=16):
    """Dots for a hidden code: `filled` of `total` are filled."""
    width = total * 2 * r + (total - 1) * gap
    x = cx - width // 2
    for i in range(total):
        box_ = [x + i * (2 * r + gap), y, x + i * (2 * r + gap) + 2 * r, y + 2 * r]
        d.ellipse(box_, fill=INK if i < filled else WHITE, outline=INK, width=3)


# ---------------------------------------------------------------- email


def epost_vad_ar():
    lid = "epost-vad-ar"

    # A letter travels from a computer to a phone.
    img, d = canvas()
    scr = computer(d, 50, 90, w=400, h=280)
    envelope(d, [scr[0] + 95, scr[1] + 60, scr[2] - 95, scr[3] - 50])
    scr = phone(d, 700, 40, w=220, h=420)
    envelope(d, [scr[0] + 30, scr[1] + 120, scr[2] - 30, scr[1] + 240])
    arrow(d, (480, 230), (670, 230), width=14, head=32)
    envelope(d, [535, 150, 615, 200], fill=ACCENT_LIGHT, outline=ACCENT, width=4)
    label(d, (480, 500), "Brevet kommer fram på några sekunder", size=36, bold=True,
          anchor="mm")
    save(img, lid, "brev")

    # The address with the @ circled and its three parts named.
    img, d = canvas()
    label(d, (480, 70), "En e-postadress", size=44, bold=True, anchor="mm")
    parts = ["anna.svensson", "@", "post.example"]
    size = 60
    gap = 28
    f = font(size, True)
    total = sum(f.getlength(p) for p in parts) + 2 * gap
    x = (960 - total) / 2
    y = 230
    spans = []
    for p in parts:
        w = f.getlength(p)
        label(d, (x, y), p, size=size, bold=True, fill=INK, anchor="ls")
        spans.append((x, x + w))
        x += w + gap
    # Ring round the @.
    ax0, ax1 = spans[1]
    acx = (ax0 + ax1) / 2
    d.ellipse([acx - 50, y - 72, acx + 50, y + 24], outline=ACCENT, width=7)
    names = ["namn", "snabel-a", "företag"]
    colours = [INK, ACCENT, INK]
    for (sx0, sx1), name, colour in zip(spans, names, colours):
        cx = (sx0 + sx1) / 2
        top = y + 40 if name != "snabel-a" else y + 34
        if name != "snabel-a":
            d.line([(sx0 + 6, y + 22), (sx1 - 6, y + 22)], fill=GREY, width=5)
        d.line([(cx, top), (cx, 360)], fill=GREY, width=4)
        label(d, (cx, 400), name, size=40, bold=True, fill=colour, anchor="mm")
    label(d, (480, 480), "Inga mellanslag i en adress", size=34, fill=GREY, anchor="mm")
    save(img, lid, "adress")

    # An inbox with one new (bold) letter on top.
    img, d = canvas()
    inbox_picture(d)
    save(img, lid, "inkorg")


def inbox_picture(d, highlight_first=True, title="Inkorg"):
    """A window with an inbox of three letters; the top one is new (bold)."""
    box(d, [80, 40, 880, 500], fill=WHITE, outline=INK, width=LINE, radius=16)
    d.rectangle([83, 43, 877, 120], fill=ACCENT)
    symbol(d, (140, 82), "✉", size=44, fill=WHITE)
    label(d, (185, 82), title, size=42, bold=True, fill=WHITE, anchor="lm")
    rows = [
        ("Karin Berg", "Fika på lördag?", True),
        ("Lars Svensson", "Tack för i går", False),
        ("Biblioteket", "Dina lån", False),
    ]
    for i, (who, subject, new) in enumerate(rows):
        top = 130 + i * 122
        if new and highlight_first:
            d.rectangle([86, top, 874, top + 112], fill=ACCENT_LIGHT)
            d.ellipse([110, top + 44, 134, top + 68], fill=ACCENT)
        label(d, (160, top + 34), who, size=38, bold=new, anchor="lm")
        label(d, (160, top + 80), subject, size=34, bold=new,
              fill=INK if new else GREY, anchor="lm")
        if i < 2:
            d.line([(100, top + 116), (860, top + 116)], fill=GREY, width=2)
        if new and highlight_first:
            label(d, (850, top + 56), "Nytt", size=34, bold=True, fill=ACCENT, anchor="rm")


def mail_window(d, rect, title, rows, body, buttons=(), body_size=34):
    """A letter window: title bar, label rows (e.g. Från/Ämne), body lines, buttons.

    `rows` is a list of (label, value); `buttons` a list of (text, filled) drawn
    right-aligned along the bottom. Returns the list of button rectangles.
    """
    x0, y0, x1, y1 = rect
    box(d, rect, fill=WHITE, outline=INK, width=LINE, radius=16)
    d.rectangle([x0 + 3, y0 + 3, x1 - 3, y0 + 66], fill=ACCENT)
    symbol(d, (x0 + 46, y0 + 35), "✉", size=38, fill=WHITE)
    label(d, (x0 + 84, y0 + 35), title, size=36, bold=True, fill=WHITE, anchor="lm")
    y = y0 + 74
    for name, value in rows:
        label(d, (x0 + 24, y + 30), f"{name}:", size=32, fill=GREY, anchor="lm")
        label(d, (x0 + 140, y + 30), value, size=34, bold=True, anchor="lm")
        y += 60
        d.line([(x0 + 16, y), (x1 - 16, y)], fill=GREY, width=2)
    y += 14
    for line in body:
        label(d, (x0 + 24, y + 24), line, size=body_size, anchor="lm")
        y += body_size + 12
    rects = []
    bx = x1 - 24
    for text, filled in reversed(list(buttons)):
        w = int(text_width(text, 32, True)) + 48
        r = [bx - w, y1 - 88, bx, y1 - 24]
        if filled:
            button(d, r, text, size=32)
        else:
            button(d, r, text, size=32, fill=ACCENT_LIGHT, ink=INK)
        rects.append(r)
        bx -= w + 20
    return list(reversed(rects))


def epost_lasa_svara():
    lid = "epost-lasa-svara"

    img, d = canvas()
    inbox_picture(d)
    save(img, lid, "inkorg")

    # An open letter with Reply and Forward.
    img, d = canvas()
    mail_window(
        d, [60, 24, 900, 516], "Brev",
        [("Från", "Karin Berg"), ("Ämne", "Fika på lördag?")],
        ["Hej Anna!", "Vill du fika hos mig på lördag?", "Kram, Karin"],
        buttons=[("Svara", True), ("Vidarebefordra", False)],
    )
    save(img, lid, "brev")

    # Writing the reply.
    img, d = canvas()
    rects = mail_window(
        d, [60, 24, 900, 516], "Svar",
        [("Till", "karin.berg@post.example"), ("Ämne", "Sv: Fika på lördag?")],
        ["Hej Karin!", "Ja, gärna.", "Hälsningar, Anna"],
        buttons=[("Skicka", True)],
    )
    r = rects[0]
    arrow(d, (r[0] - 150, (r[1] + r[3]) // 2), (r[0] - 14, (r[1] + r[3]) // 2))
    save(img, lid, "svar")


def epost_skriva():
    lid = "epost-skriva"

    # An empty new letter, its three parts named.
    img, d = canvas()
    rect = [40, 24, 620, 516]
    mail_window(d, rect, "Nytt meddelande", [("Till", ""), ("Ämne", "")], [],
                buttons=[("Skicka", True)])
    d.rectangle([64, 236, 596, 410], outline=GREY, width=3)
    notes = [(128, "Till vem?"), (188, "Om vad?"), (320, "Ditt brev")]
    for y, text in notes:
        arrow(d, (730, y), (585, y), width=10, head=24)
        label(d, (745, y), text, size=34, bold=True, fill=ACCENT, anchor="lm")
    save(img, lid, "nytt")

    # A finished letter, an arrow at Send.
    img, d = canvas()
    rects = mail_window(
        d, [60, 24, 900, 516], "Nytt meddelande",
        [("Till", "lars.svensson@post.example"), ("Ämne", "Fika på lördag")],
        ["Hej Lars!", "Vill du fika på lördag?", "Hälsningar, Anna"],
        buttons=[("Skicka", True)],
    )
    r = rects[0]
    arrow(d, (r[0] - 150, (r[1] + r[3]) // 2), (r[0] - 14, (r[1] + r[3]) // 2))
    save(img, lid, "skicka")


def photo(d, rect):
    """A small made-up photo: sky, sun and a hill."""
    x0, y0, x1, y1 = rect
    d.rectangle(rect, fill=ACCENT_LIGHT, outline=INK, width=5)
    w, h = x1 - x0, y1 - y0
    d.ellipse([x0 + w * 0.62, y0 + h * 0.14, x0 + w * 0.82, y0 + h * 0.14 + w * 0.2],
              fill=WHITE, outline=INK, width=3)
    d.polygon([(x0 + 4, y1 - 4), (x0 + w * 0.38, y0 + h * 0.45), (x0 + w * 0.7, y1 - 4)],
              fill=GOOD)
    d.polygon([(x0 + w * 0.45, y1 - 4), (x0 + w * 0.75, y0 + h * 0.6), (x1 - 4, y1 - 4)],
              fill=ACCENT)


def attachment_chip(d, x, y, name, clip=True):
    """A file shown under a letter: paper clip + file name in a rounded box."""
    w = int(text_width(name, 32, True)) + (110 if clip else 40)
    box(d, [x, y, x + w, y + 70], fill=ACCENT_LIGHT, outline=INK, width=4, radius=12)
    if clip:
        paper_clip(d, x + 24, y + 10, h=50, width=6)
    label(d, (x + (80 if clip else 20), y + 35), name, size=32, bold=True, anchor="lm")
    return w


def epost_bifoga():
    lid = "epost-bifoga"

    # A letter and a photo held together by a paper clip.
    img, d = canvas()
    envelope(d, [110, 150, 450, 380])
    photo(d, [380, 110, 640, 300])
    paper_clip(d, 410, 60, h=150, width=11)
    label(d, (720, 220), "Bilaga", size=56, bold=True, fill=ACCENT, anchor="lm")
    label(d, (480, 470), "Ett gem visar att något följer med", size=38, bold=True,
          anchor="mm")
    save(img, lid, "gem")

    # Writing a letter and attaching a photo.
    img, d = canvas()
    rect = [60, 24, 900, 516]
    mail_window(d, rect, "Nytt meddelande",
                [("Till", "lars.svensson@post.example"), ("Ämne", "Ett foto")],
                ["Hej Lars! Här kommer ett foto."])
    attachment_chip(d, 84, 300, "foto.jpg")
    r = [560, 410, 876, 492]
    box(d, r, fill=ACCENT, outline=INK, width=4, radius=14)
    paper_clip(d, 586, 424, h=56, fill=WHITE, width=6)
    label(d, (740, 451), "Bifoga fil", size=34, bold=True, fill=WHITE, anchor="mm")
    save(img, lid, "bifoga")

    # A letter from a stranger with an unexpected attachment: do not open.
    img, d = canvas()
    mail_window(d, [60, 24, 900, 516], "Brev",
                [("Från", "okand@okand.example"), ("Ämne", "Öppna direkt!")],
                ["Se bifogad fil."])
    w = attachment_chip(d, 84, 320, "faktura.zip")
    badge(d, 84 + w + 50, 355, 36, "✗", WARN)
    label(d, (480, 460), "Väntade du dig inte bilagan? Öppna inte.", size=34, bold=True,
          fill=WARN, anchor="mm")
    save(img, lid, "varning")


def epost_skrappost():
    lid = "epost-skrappost"

    # A fake letter with its three warning signs ringed.
    img, d = canvas()
    x0, y0 = 40, 24
    mail_window(d, [x0, y0, 920, 516], "Brev",
                [("Från", "Banken <info@bank-x7.biz>"), ("Ämne", "BRÅTTOM!")],
                ["Ditt kort spärras i dag!", "Klicka här och skriv in din kod:"],
                body_size=34)
    box(d, [64, 384, 400, 440], fill=WHITE, outline=GREY, width=3, radius=8)
    label(d, (84, 412), "Kod: ______", size=34, fill=GREY, anchor="lm")
    f = font(34, True)
    vx = x0 + 140
    addr_x = vx + f.getlength("Banken ")
    marks = [
        (addr_x - 4, y0 + 74 + 8, vx + f.getlength("Banken <info@bank-x7.biz>") + 10, y0 + 74 + 54),
        (vx - 10, y0 + 134 + 8, vx + f.getlength("BRÅTTOM!") + 10, y0 + 134 + 54),
        (54, 376, 410, 448),
    ]
    for i, (a, b, c, e) in enumerate(marks):
        d.rounded_rectangle([a, b, c, e], radius=12, outline=WARN, width=5)
        badge(d, c + 34, (b + e) / 2, 24, str(i + 1), WARN)
    label(d, (880, 470), "Tre tecken på fusk", size=34, bold=True, fill=WARN, anchor="rm")
    save(img, lid, "falskt")

    # What to do: Delete or Spam.
    img, d = canvas()
    mail_window(d, [60, 24, 900, 516], "Brev",
                [("Från", "Banken <info@bank-x7.biz>"), ("Ämne", "BRÅTTOM!")],
                ["Är brevet falskt?", "Klicka inte på något i det.",
                 "Välj Ta bort eller Skräppost."],
                buttons=[("Ta bort", True), ("Skräppost", True)])
    save(img, lid, "skrappost")


# ---------------------------------------------------------------- BankID


def bankid_vad_ar():
    lid = "bankid-vad-ar"

    # A phone with an ID card on its screen.
    img, d = canvas()
    scr = phone(d, 90, 30, w=260, h=480)
    bar = screen_bar(d, scr, "BankID", size=32)
    id_card(d, [scr[0] + 14, bar + 30, scr[2] - 14, bar + 160])
    button(d, [scr[0] + 14, bar + 190, scr[2] - 14, bar + 250], "Logga in", size=32)
    button(d, [scr[0] + 14, bar + 266, scr[2] - 14, bar + 326], "Skriv under", size=32)
    label(d, (420, 130), "Ditt id-kort", size=52, bold=True)
    label(d, (420, 195), "i mobilen", size=52, bold=True)
    label(d, (420, 300), "Du får det", size=40)
    label(d, (420, 350), "från din bank.", size=40)
    save(img, lid, "id-kort")

    # A stranger calls and asks you to log in: no!
    img, d = canvas()
    scam_call(d, "Hej, det är banken.", "Logga in nu!")
    save(img, lid, "samtal")


def scam_call(d, line1, line2):
    """A ringing phone, a caller's bubble crossed out, and the police's three steps."""
    scr = phone(d, 50, 190, w=190, h=330)
    symbol(d, ((scr[0] + scr[2]) // 2, (scr[1] + scr[3]) // 2 - 20), "☎", size=96, fill=ACCENT)
    label(d, ((scr[0] + scr[2]) // 2, scr[3] - 50), "Okänd", size=32, bold=True, anchor="mm")
    bubble(d, [30, 50, 450, 170], (150, 212))
    label(d, (240, 88), line1, size=32, anchor="mm")
    label(d, (240, 134), line2, size=36, bold=True, anchor="mm")
    badge(d, 446, 58, 36, "✗", WARN)
    box(d, [500, 60, 920, 480], fill=WHITE, outline=ACCENT, width=LINE, radius=20)
    label(d, (710, 115), "Polisens tre steg", size=38, bold=True, fill=ACCENT, anchor="mm")
    steps = ["Lägg på.", "Logga inte in.", "Lita inte på", "den som ringer."]
    ys = [200, 280, 360, 410]
    for i, (text, yy) in enumerate(zip(steps, ys)):
        if i < 3:
            label(d, (535, yy), f"{i + 1}", size=40, bold=True, fill=ACCENT, anchor="lm")
        label(d, (585, yy), text, size=40, bold=True, anchor="lm")


def app_screen(d, scr, title, lines, buttons, text_size=30):
    """A made-up BankID app screen: title bar, text lines, stacked buttons at the bottom.

    `buttons` is a list of (text, filled), drawn from the bottom up in order.
    """
    bar = screen_bar(d, scr, title, size=30)
    y = bar + 24
    for text, bold in lines:
        label(d, ((scr[0] + scr[2]) // 2, y + text_size // 2), text, size=text_size,
              bold=bold, anchor="mm")
        y += text_size + 14
    by = scr[3] - 20
    for text, filled in buttons:
        r = [scr[0] + 16, by - 60, scr[2] - 16, by]
        if filled:
            button(d, r, text, size=30)
        else:
            button(d, r, text, size=30, fill=WHITE, ink=INK)
        by -= 76
    return y


def bankid_skaffa():
    lid = "bankid-skaffa"
    img, d = canvas()
    scr = phone(d, 90, 20, w=300, h=500)
    bar = screen_bar(d, scr, "Välj kod", size=30)
    code_dots(d, (scr[0] + scr[2]) // 2, bar + 24, filled=4)
    keypad(d, scr[0] + 24, bar + 74, key=66, gap=10)
    label(d, (450, 150), "Säkerhetskod", size=50, bold=True)
    label(d, (450, 230), "Minst 6 siffror", size=44, bold=True, fill=ACCENT)
    label(d, (450, 330), "Bara du ska", size=40)
    label(d, (450, 380), "kunna koden.", size=40)
    save(img, lid, "kod")


def bankid_logga_in():
    lid = "bankid-logga-in"

    # The computer shows a QR code.
    img, d = canvas()
    scr = computer(d, 180, 20, w=600, h=420)
    label(d, (480, scr[1] + 40), "Logga in med Mobilt BankID", size=34, bold=True,
          anchor="mm")
    qr_code(d, [375, scr[1] + 90, 585, 0], seed=3, cells=21)
    label(d, (480, scr[3] - 22), "Skanna koden med appen", size=30, fill=GREY, anchor="mm")
    save(img, lid, "qr-dator")

    # The phone is held in front of the QR code.
    img, d = canvas()
    scr = computer(d, 30, 40, w=520, h=400)
    qr_code(d, [155, 110, 425, 0], seed=3, cells=21)
    arrow(d, (640, 270), (575, 270), width=12, head=26)
    pscr = phone(d, 650, 30, w=270, h=480)
    bar = screen_bar(d, pscr, "Skanna", size=30)
    cx = (pscr[0] + pscr[2]) // 2
    qr_code(d, [cx - 84, bar + 60, cx + 84, 0], seed=3, cells=21)
    # Camera corner marks round the code.
    for sx in (-1, 1):
        for sy in (-1, 1):
            x = cx + sx * 105
            y = bar + 60 + 84 + sy * 105
            d.line([(x, y), (x - sx * 36, y)], fill=ACCENT, width=8)
            d.line([(x, y), (x, y - sy * 36)], fill=ACCENT, width=8)
    label(d, (cx, pscr[3] - 70), "Håll mobilen", size=30, bold=True, anchor="mm")
    label(d, (cx, pscr[3] - 32), "mot koden", size=30, bold=True, anchor="mm")
    save(img, lid, "skanna")

    # The app says who you are logging in to.
    img, d = canvas()
    scr = phone(d, 90, 20, w=300, h=500)
    app_screen(d, scr, "BankID",
               [("Du loggar in hos:", False), ("Exempelbanken", True)],
               [("Avbryt", False), ("Identifiera", True)])
    label(d, (450, 140), "Läs först!", size=56, bold=True, fill=ACCENT)
    label(d, (450, 230), "Stämmer det?", size=40)
    label(d, (450, 290), "Tryck Identifiera.", size=40, bold=True)
    label(d, (450, 380), "Inte du?", size=40)
    label(d, (450, 440), "Tryck Avbryt.", size=40, bold=True, fill=WARN)
    save(img, lid, "identifiera")


def bankid_skriva_under():
    lid = "bankid-skriva-under"
    img, d = canvas()
    scr = phone(d, 90, 20, w=300, h=500)
    bar = screen_bar(d, scr, "Skriv under", size=30)
    box(d, [scr[0] + 14, bar + 16, scr[2] - 14, bar + 196], fill=ACCENT_LIGHT, outline=INK,
        width=3, radius=10)
    for i, frac in enumerate([0.8, 0.9, 0.7, 0.85, 0.5]):
        y = bar + 44 + i * 32
        d.line([(scr[0] + 34, y), (scr[0] + 34 + (scr[2] - scr[0] - 68) * frac, y)],
               fill=INK, width=8)
    by = scr[3] - 20
    button(d, [scr[0] + 16, by - 60, scr[2] - 16, by], "Avbryt", size=30, fill=WHITE, ink=INK)
    button(d, [scr[0] + 16, by - 136, scr[2] - 16, by - 76], "Skriv under", size=30)
    arrow(d, (520, 170), (scr[2] - 6, 170), width=12, head=26)
    label(d, (530, 140), "Läs hela", size=48, bold=True, fill=ACCENT)
    label(d, (530, 200), "texten först!", size=48, bold=True, fill=ACCENT)
    label(d, (450, 330), "Startade du det själv?", size=38)
    label(d, (450, 390), "Nej? Tryck Avbryt.", size=38, bold=True, fill=WARN)
    save(img, lid, "skriv-under")


def bankid_samma_enhet():
    lid = "bankid-samma-enhet"
    img, d = canvas()
    scr = phone(d, 70, 20, w=270, h=480)
    bar = screen_bar(d, scr, "Banken", size=30)
    label(d, ((scr[0] + scr[2]) // 2, bar + 50), "Logga in", size=34, bold=True, anchor="mm")
    r = [scr[0] + 14, bar + 110, scr[2] - 14, bar + 250]
    box(d, r, fill=ACCENT, outline=INK, width=4, radius=14)
    for i, text in enumerate(["BankID på", "den här", "enheten"]):
        label(d, ((r[0] + r[2]) // 2, r[1] + 32 + i * 38), text, size=30, bold=True,
              fill=WHITE, anchor="mm")
    arrow(d, (370, 260), (560, 260), width=14, head=30)
    label(d, (465, 200), "Appen öppnas", size=32, bold=True, fill=ACCENT, anchor="mm")
    label(d, (465, 320), "av sig själv", size=32, bold=True, fill=ACCENT, anchor="mm")
    scr = phone(d, 610, 20, w=290, h=480)
    app_screen(d, scr, "BankID",
               [("Du loggar in hos:", False), ("Exempelbanken", True), ("Läs noga!", True)],
               [("Avbryt", False), ("Identifiera", True)], text_size=28)
    save(img, lid, "samma")


# ---------------------------------------------------------------- main


def main():
    drawn = [
        epost_vad_ar,
        epost_lasa_svara,
        epost_skriva,
        epost_bifoga,
        epost_skrappost,
        bankid_vad_ar,
        bankid_skaffa,
        bankid_logga_in,
        bankid_skriva_under,
        bankid_samma_enhet,
    ]
    for draw in drawn:
        draw()
    for path in sorted(common.LESSONS.glob("*/images/*.png")):
        lesson = path.parent.parent.name
        if lesson.startswith(("epost-", "bankid-")):
            print(f"{path.relative_to(common.ROOT)}  {path.stat().st_size // 1024} kB")


if __name__ == "__main__":
    main()
