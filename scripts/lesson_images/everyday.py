"""Pictures for the everyday lessons of issue 17 (video calls, photos, the
bank's app, shopping online).

Run `python3 scripts/lesson_images/everyday.py` from the project folder to
(re)draw every picture into `lessons/<id>/images/`. All screens are made up:
no real logos, colours or designs of real services are drawn. The helpers of
`eservices.py` (badge, header, finish) are reused.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from common import ACCENT, ACCENT_LIGHT, GOOD, GREY, INK, WARN, WHITE  # noqa: E402
from eservices import badge, finish, header  # noqa: E402


def round_button(d, cx, cy, r, fill, caption):
    """A round call button with a caption under it; the icon is drawn after."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=INK, width=4)
    common.label(d, (cx, cy + r + 30), caption, size=32, bold=True, anchor="mm")


def microphone(d, cx, cy):
    """A microphone: a capsule on a stand."""
    d.rounded_rectangle([cx - 14, cy - 36, cx + 14, cy + 8], radius=14, fill=WHITE)
    d.arc([cx - 26, cy - 16, cx + 26, cy + 24], start=0, end=180, fill=WHITE, width=5)
    d.line([cx, cy + 24, cx, cy + 38], fill=WHITE, width=5)
    d.line([cx - 14, cy + 38, cx + 14, cy + 38], fill=WHITE, width=5)


def camera(d, cx, cy):
    """A video camera: a box with a lens and a small cone."""
    d.rounded_rectangle([cx - 34, cy - 20, cx + 12, cy + 20], radius=6, fill=WHITE)
    d.polygon([(cx + 14, cy - 4), (cx + 34, cy - 18), (cx + 34, cy + 18), (cx + 14, cy + 4)],
              fill=WHITE)


def handset(d, cx, cy):
    """A telephone handset lying down, as on a red hang-up button."""
    d.text((cx, cy + 2), "☎", font=common.symbol_font(64), fill=WHITE, anchor="mm")


def face(d, cx, cy, r):
    """A simple friendly face: a head with eyes and a smile."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill="#E9C9A8", outline=INK, width=4)
    e = r // 4
    d.ellipse([cx - 2 * e - 8, cy - e - 8, cx - 2 * e + 8, cy - e + 8], fill=INK)
    d.ellipse([cx + 2 * e - 8, cy - e - 8, cx + 2 * e + 8, cy - e + 8], fill=INK)
    d.arc([cx - 2 * e, cy - e, cx + 2 * e, cy + 2 * e], start=20, end=160, fill=INK,
          width=5)


# ---------------------------------------------------------------- videosamtal


def call_buttons():
    img, d = common.canvas()
    screen = common.phone(d, 40, 20, w=300, h=500)
    cx = (screen[0] + screen[2]) // 2
    d.rectangle(screen, fill=ACCENT_LIGHT)
    face(d, cx, screen[1] + 150, 90)
    common.label(d, (cx, screen[1] + 290), "Lisa", size=40, bold=True, anchor="mm")
    # The three buttons, big, beside the phone.
    round_button(d, 470, 250, 70, ACCENT, "Ljud")
    microphone(d, 470, 250)
    round_button(d, 650, 250, 70, ACCENT, "Kamera")
    camera(d, 650, 250)
    round_button(d, 830, 250, 70, WARN, "Lägg på")
    handset(d, 830, 250)
    common.label(d, (560, 430), "Tryck en gång: av.", size=34, anchor="mm")
    common.label(d, (560, 480), "Tryck igen: på.", size=34, anchor="mm")
    finish(img, "videosamtal", "buttons")


# ---------------------------------------------------------------- foton


def share_and_bin():
    img, d = common.canvas()
    screen = common.phone(d, 330, 10, w=300, h=520)
    x0, y0, x1, y1 = screen
    # The photo: a flower.
    d.rectangle([x0, y0 + 20, x1, y0 + 300], fill=ACCENT_LIGHT)
    cx, cy = (x0 + x1) // 2, y0 + 150
    d.line([cx, cy, cx, y0 + 290], fill=GOOD, width=10)
    for dx, dy in [(-40, 0), (40, 0), (0, -40), (0, 40)]:
        d.ellipse([cx + dx - 30, cy + dy - 30, cx + dx + 30, cy + dy + 30], fill="#D9A441",
                  outline=INK, width=3)
    d.ellipse([cx - 22, cy - 22, cx + 22, cy + 22], fill=WARN, outline=INK, width=3)
    # The bar with Share and Delete.
    bar = y1 - 110
    share = [x0 + 20, bar, x0 + 120, bar + 90]
    common.box(d, share, fill=WHITE, outline=INK, width=4, radius=10)
    sx = (share[0] + share[2]) // 2
    d.rectangle([sx - 24, bar + 40, sx + 24, bar + 78], outline=INK, width=4)
    d.line([sx, bar + 14, sx, bar + 56], fill=INK, width=5)
    d.polygon([(sx, bar + 8), (sx - 14, bar + 26), (sx + 14, bar + 26)], fill=INK)
    bin_ = [x1 - 120, bar, x1 - 20, bar + 90]
    common.box(d, bin_, fill=WHITE, outline=INK, width=4, radius=10)
    bx = (bin_[0] + bin_[2]) // 2
    d.rectangle([bx - 26, bar + 22, bx + 26, bar + 28], fill=INK)
    d.polygon([(bx - 20, bar + 32), (bx + 20, bar + 32), (bx + 15, bar + 78),
               (bx - 15, bar + 78)], outline=INK, width=4)
    # The words, outside the phone, with lines to the buttons.
    common.label(d, (170, bar + 45), "Dela", size=48, bold=True, anchor="mm")
    d.line([230, bar + 45, share[0] - 8, bar + 45], fill=ACCENT, width=8)
    common.label(d, (800, bar + 45), "Ta bort", size=48, bold=True, anchor="mm")
    d.line([bin_[2] + 8, bar + 45, 710, bar + 45], fill=ACCENT, width=8)
    finish(img, "foton", "share")


# ---------------------------------------------------------------- bankens-app


def e_invoice():
    img, d = common.canvas()
    screen = common.phone(d, 250, 10, w=460, h=520)
    x0, _, x1, y1 = screen
    top = header(d, screen, "E-faktura", size=36)
    rows = [("Till", "Elbolaget Norr"), ("Summa", "845 kr"), ("Betalas", "30 april")]
    y = top + 30
    for word, value in rows:
        common.label(d, (x0 + 24, y), word, size=32, fill=GREY, anchor="lm")
        common.label(d, (x1 - 24, y), value, size=38, bold=True, anchor="rm")
        d.line([x0 + 20, y + 38, x1 - 20, y + 38], fill=ACCENT_LIGHT, width=3)
        y += 80
    common.button(d, [x0 + 24, y1 - 100, x1 - 24, y1 - 20], "Godkänn", size=36)
    finish(img, "bankens-app", "efaktura")


# ---------------------------------------------------------------- handla-pa-natet


def parcel_app_not_link():
    img, d = common.canvas()
    # Left: a text message with a link, and a red cross.
    common.label(d, (240, 40), "Länk i ett sms", size=36, bold=True, anchor="mm")
    bubble = [40, 80, 440, 330]
    common.box(d, bubble, fill=ACCENT_LIGHT, outline=INK, width=4, radius=24)
    common.label(d, (70, 130), "Betala tull 49 kr:", size=34, anchor="lm")
    common.label(d, (70, 200), "paket-tull", size=34, fill=ACCENT, anchor="lm")
    common.label(d, (70, 250), ".example/betala", size=34, fill=ACCENT, anchor="lm")
    d.line([70, 275, 330, 275], fill=ACCENT, width=3)
    badge(d, 240, 420, ok=False, r=44)
    # Right: the parcel company's own app, opened by you, and a green tick.
    common.label(d, (710, 40), "Appen du öppnar själv", size=36, bold=True, anchor="mm")
    screen = common.phone(d, 570, 70, w=280, h=330)
    top = header(d, screen, "Paket", size=32)
    cx = (screen[0] + screen[2]) // 2
    common.label(d, (cx, top + 60), "Moms att", size=32, anchor="mm")
    common.label(d, (cx, top + 100), "betala", size=32, anchor="mm")
    common.label(d, (cx, top + 160), "212 kr", size=44, bold=True, fill=ACCENT, anchor="mm")
    badge(d, 710, 460, ok=True, r=44)
    finish(img, "handla-pa-natet", "customs")


DRAW = {
    "videosamtal": [call_buttons],
    "foton": [share_and_bin],
    "bankens-app": [e_invoice],
    "handla-pa-natet": [parcel_app_not_link],
}


def main(only=None):
    for lesson, funcs in DRAW.items():
        if only and lesson not in only:
            continue
        for f in funcs:
            f()


if __name__ == "__main__":
    main(sys.argv[1:])
