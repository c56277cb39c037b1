"""Shared drawing kit for lesson pictures.

Every lesson picture is drawn here with Pillow, in one calm style: warm paper
background, dark ink, one blue accent, thick lines, large labels. No real logos
or screenshots of real services are ever drawn.

Run a topic module (e.g. `python3 scripts/lesson_images/email.py`) to
(re)draw that topic's pictures into `lessons/<id>/images/`.
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[2]
LESSONS = ROOT / "lessons"
FONT_DIR = ROOT / "assets" / "fonts"

PAPER = "#FBF8F2"
INK = "#161616"
ACCENT = "#0B4A82"
ACCENT_LIGHT = "#DCE8F5"
GOOD = "#1B5E20"
WARN = "#8A1C1C"
GREY = "#5A5A5A"
WHITE = "#FFFFFF"

SIZE = (960, 540)
LINE = 6


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """Atkinson Hyperlegible, the app's own font, at `size` pixels."""
    name = "AtkinsonHyperlegible-Bold.ttf" if bold else "AtkinsonHyperlegible-Regular.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def symbol_font(size: int) -> ImageFont.FreeTypeFont:
    """DejaVu Sans Bold, for symbols such as ✓ ✗ @ ☎ ✉."""
    return ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), size)


def canvas(size=SIZE):
    """A new picture with the paper background and a thin frame."""
    img = Image.new("RGB", size, PAPER)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0] - 1, size[1] - 1], outline=GREY, width=2)
    return img, d


def label(d, xy, text, size=40, bold=False, fill=INK, anchor="la"):
    """Draws large text; `anchor` as in Pillow ("mm" centres it on xy)."""
    d.text(xy, text, font=font(size, bold), fill=fill, anchor=anchor)


def box(d, rect, fill=WHITE, outline=INK, width=LINE, radius=18):
    """A rounded rectangle with a thick outline."""
    d.rounded_rectangle(rect, radius=radius, fill=fill, outline=outline, width=width)


def button(d, rect, text, size=36, fill=ACCENT, ink=WHITE):
    """A big button with centred text."""
    box(d, rect, fill=fill, outline=INK, width=4, radius=14)
    cx = (rect[0] + rect[2]) // 2
    cy = (rect[1] + rect[3]) // 2
    label(d, (cx, cy), text, size=size, bold=True, fill=ink, anchor="mm")


def phone(d, x, y, w=260, h=480):
    """An outline of a phone with its screen area; returns the screen rectangle."""
    box(d, [x, y, x + w, y + h], fill=INK, outline=INK, radius=36)
    screen = [x + 16, y + 40, x + w - 16, y + h - 40]
    d.rectangle(screen, fill=WHITE)
    return screen


def computer(d, x, y, w=520, h=340):
    """An outline of a computer screen on a stand; returns the screen rectangle."""
    box(d, [x, y, x + w, y + h], fill=INK, outline=INK, radius=14)
    screen = [x + 16, y + 16, x + w - 16, y + h - 16]
    d.rectangle(screen, fill=WHITE)
    d.rectangle([x + w // 2 - 30, y + h, x + w // 2 + 30, y + h + 40], fill=INK)
    d.rectangle([x + w // 2 - 110, y + h + 40, x + w // 2 + 110, y + h + 56], fill=INK)
    return screen


def save(img, lesson_id: str, name: str) -> Path:
    """Saves the picture as `lessons/<lesson_id>/images/<name>.png`."""
    out = LESSONS / lesson_id / "images" / f"{name}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(out, optimize=True)
    return out
