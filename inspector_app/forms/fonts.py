"""Font registration: Liberation Serif 2.x (metric twin of Times New Roman, SIL OFL) embedded and subset.

NĐ 30/2020 asks for Times New Roman; Liberation Serif has the same metrics, so line breaks match Word, and
its licence lets us bundle it (resources/fonts/LICENSE-Liberation.txt). Built-in PDF base-14 fonts cannot
show Vietnamese and are never used: every style and the canvas' initial font name this family.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.fonts import addMapping
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from inspector_app.paths import resource_path

SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four Liberation Serif faces once per process (safe to call from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            # TTFont subsets by default: only the glyphs a document uses are embedded.
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # <b>/<i> inside paragraphs must map to the embedded faces, not to Times-Bold.
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF_ITALIC)
        addMapping(SERIF, 1, 1, SERIF_BOLD_ITALIC)
        _registered = True


def string_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` set in ``font`` at ``size``."""
    return pdfmetrics.stringWidth(text, font, size)


@lru_cache(maxsize=4)
def watermark_image(text: str, size: float) -> tuple[ImageReader, float, float]:
    """``text`` in light grey bold at ``size`` pt as a transparent picture, and its size in points.

    Drafts are marked with a picture so that the text layer (copy, search, pdftotext) holds only the
    document's own words, never "BẢN NHÁP" interleaved with them (review m12).
    """
    scale = 3  # 216 dpi: smooth edges at any print resolution of a grey mark
    font = ImageFont.truetype(str(resource_path("fonts", _FILES[SERIF_BOLD])), int(size * scale))
    left, top, right, bottom = font.getbbox(text)
    ascent, descent = font.getmetrics()
    width, height = int(right), ascent + descent
    img = Image.new("LA", (width, height), (0, 0))
    ImageDraw.Draw(img).text((0, 0), text, font=font, fill=(204, 255))
    return ImageReader(img), width / scale, height / scale
