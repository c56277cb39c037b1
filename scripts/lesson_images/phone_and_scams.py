"""Pictures for the lessons on the phone and the newer scams (issue #17).

Run `/usr/bin/python3 scripts/lesson_images/phone_and_scams.py` (any Python
with Pillow) to (re)draw them into `lessons/<id>/images/`. Only the shared
kit in `common.py` and the helpers of `basics_safety.py` are used. Nothing
here shows a real logo, brand or service; the phone number is in PTS's
range for fiction (070-1740605 – 070-1740699).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from basics_safety import arrow, bubble, check_mark, save, symbol, tag  # noqa: E402
from common import ACCENT, ACCENT_LIGHT, GREY, INK, WARN, WHITE, box, canvas, label  # noqa: E402


def finger(d, cx, cy, r=26):
    """A fingertip touching the screen: a filled dot with a ring."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=ACCENT_LIGHT, outline=ACCENT, width=6)
    d.ellipse([cx - 8, cy - 8, cx + 8, cy + 8], fill=ACCENT)


def clock(d, cx, cy, r=30):
    """A small clock face: wait a moment."""
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=WHITE, outline=INK, width=5)
    d.line([(cx, cy), (cx, cy - r + 10)], fill=INK, width=5)
    d.line([(cx, cy), (cx + r - 12, cy)], fill=INK, width=5)


def mobilen():
    img, d = canvas()
    names = ["Tryck", "Svep", "Håll kvar"]
    for i, name in enumerate(names):
        x = 50 + i * 310
        screen = common.phone(d, x, 20, w=240, h=400)
        cx = (screen[0] + screen[2]) // 2
        cy = (screen[1] + screen[3]) // 2
        if i == 0:
            finger(d, cx, cy)
        elif i == 1:
            finger(d, cx, cy + 80)
            arrow(d, (cx, cy + 40), (cx, cy - 110), width=10, head=30)
        else:
            finger(d, cx, cy + 40)
            clock(d, cx, cy - 70)
        label(d, (x + 120, 480), name, size=44, bold=True, anchor="mm")
    save(img, "mobilen", "fingret")


def rost_och_nytt_nummer():
    img, d = canvas()
    screen = common.phone(d, 50, 20, w=430, h=500)
    label(d, (screen[0] + 20, screen[1] + 28), "070-174 06 23", size=34, bold=True)
    d.line([(screen[0], screen[1] + 80), (screen[2], screen[1] + 80)], fill=GREY, width=2)
    bubble(
        d,
        [screen[0] + 14, screen[1] + 100, screen[2] - 14, screen[1] + 330],
        ["Hej mamma! Jag har", "nytt nummer. Kan du", "swisha 4 800 kr?", "Det är bråttom!"],
        size=32,
    )
    check_mark(d, 580, 90, good=False, r=44)
    label(d, (640, 90), "Skicka inget.", size=42, bold=True, fill=WARN, anchor="lm")
    check_mark(d, 580, 250, good=True, r=44)
    label(d, (640, 230), "Ring det", size=42, bold=True, anchor="lm")
    label(d, (640, 280), "gamla numret.", size=42, bold=True, anchor="lm")
    symbol(d, (600, 410), "☎", size=64, fill=ACCENT)
    label(d, (650, 410), "Anna", size=42, anchor="lm")
    save(img, "rost-och-nytt-nummer", "nytt-nummer")


def bud_vid_dorren():
    img, d = canvas()
    # A front door, closed, with its handle and a peephole.
    box(d, [90, 40, 360, 500], fill="#7A4E2A", outline=INK, width=6, radius=8)
    box(d, [130, 90, 320, 250], fill="#8E5E36", outline=INK, width=4, radius=6)
    box(d, [130, 290, 320, 450], fill="#8E5E36", outline=INK, width=4, radius=6)
    d.ellipse([300, 262, 332, 294], fill="#E0C060", outline=INK, width=3)
    d.ellipse([213, 60, 237, 84], fill=INK)
    check_mark(d, 360, 60, good=False, r=40)
    label(d, (430, 80), "Polisen och banken", size=40, bold=True, anchor="lm")
    label(d, (430, 135), "hämtar aldrig kort,", size=40, bold=True, anchor="lm")
    label(d, (430, 190), "koder eller smycken.", size=40, bold=True, anchor="lm")
    label(d, (430, 300), "Öppna inte för budet.", size=42, anchor="lm")
    label(d, (430, 400), "Ring", size=42, anchor="lm")
    tag(d, (545, 400), "112", size=52, fill=WARN, anchor="lm")
    save(img, "bud-vid-dorren", "dorren")


ALL = [mobilen, rost_och_nytt_nummer, bud_vid_dorren]


if __name__ == "__main__":
    for draw in ALL:
        draw()
    print(f"drew pictures for {len(ALL)} lessons")
