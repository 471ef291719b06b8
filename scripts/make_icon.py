"""Draw the app icon (resources/icons/app.png and app.ico) with Qt, so no binary art tool is needed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels: a green QLTT shield with a gold star."""
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    path = QPainterPath()
    path.moveTo(128 * s, 12 * s)
    path.lineTo(228 * s, 48 * s)
    path.cubicTo(228 * s, 150 * s, 190 * s, 210 * s, 128 * s, 246 * s)
    path.cubicTo(66 * s, 210 * s, 28 * s, 150 * s, 28 * s, 48 * s)
    path.closeSubpath()
    p.setPen(QPen(QColor("#c9a227"), 10 * s))
    p.setBrush(QBrush(QColor("#1f5130")))
    p.drawPath(path)
    star = QPainterPath()
    import math

    cx, cy, r1, r2 = 128 * s, 92 * s, 42 * s, 17 * s
    for i in range(10):
        r = r1 if i % 2 == 0 else r2
        a = -math.pi / 2 + i * math.pi / 5
        pt = QPointF(cx + r * math.cos(a), cy + r * math.sin(a))
        star.moveTo(pt) if i == 0 else star.lineTo(pt)
    star.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#f2c94c")))
    p.drawPath(star)
    font = QFont("Liberation Sans", max(6, int(34 * s)))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(QRectF(0, 140 * s, size, 60 * s), Qt.AlignmentFlag.AlignCenter, "QLTT")
    p.end()
    return img


def main() -> int:
    """Write the icons."""
    app = QGuiApplication(sys.argv)
    QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "LiberationSans-Bold.ttf"))
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(out / "app.png"))
    draw(256).save(str(out / "app.ico"))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
