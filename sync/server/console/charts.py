"""Charts for the statistics page as inline SVG drawn on the server: no JavaScript library, nothing fetched
from the internet (the HQ may be offline), and the page prints as it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape


def money(value: int) -> str:
    """Whole đồng with dots between thousands, as Vietnamese documents write it: 1.500.000."""
    return f"{value:,}".replace(",", ".")


def _short(value: int) -> str:
    """Axis label: 1,5 tỷ / 250 tr / 12 N."""
    if value >= 1_000_000_000:
        return f"{value / 1_000_000_000:.1f} tỷ".replace(".", ",")
    if value >= 1_000_000:
        return f"{value / 1_000_000:.0f} tr"
    if value >= 10_000:
        return f"{value / 1000:.0f} N"
    return str(value)


def nice_step(peak: float, steps: int = 4) -> int:
    """A round grid step (1, 2 or 5 × 10^k, at least 1) so that ``steps`` of it reach ``peak``."""
    raw = max(peak / steps, 1.0)
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for m in (1, 2, 5, 10):
        if m * magnitude >= raw:
            return int(m * magnitude)
    return int(10 * magnitude)


def bar_chart(title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *,
              width: int = 640, height: int = 260, fmt: Callable[[int], str] = money) -> str:
    """Grouped vertical bars: one group per label, one bar per series ``(name, values)``; SVG text."""
    colours = ("#1f5fa8", "#d9822b", "#3a8d4f", "#a83f3f")
    left, right, top, bottom = 64, 12, 34, 46
    plot_w, plot_h = width - left - right, height - top - bottom
    step = nice_step(max([v for _, values in series for v in values] + [1]))
    peak = step * 4
    n, k = max(len(labels), 1), max(len(series), 1)
    group = plot_w / n
    bar = max(2.0, min(36.0, group * 0.8 / k))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
           f'<text x="{left}" y="18" class="chart-title">{escape(title)}</text>']
    for i in range(5):  # horizontal grid with 4 steps
        value = step * i
        y = top + plot_h - plot_h * i / 4
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{_short(int(value))}</text>')
    for gi, label in enumerate(labels):
        x0 = left + gi * group + (group - bar * k) / 2
        for si, (name, values) in enumerate(series):
            value = values[gi] if gi < len(values) else 0
            h = plot_h * value / peak
            x, y = x0 + si * bar, top + plot_h - h
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar - 1:.1f}" height="{h:.1f}" '
                       f'fill="{colours[si % len(colours)]}"><title>{escape(name)} {escape(label)}: '
                       f'{escape(fmt(value))}</title></rect>')
        out.append(f'<text x="{left + gi * group + group / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                   f'class="axis">{escape(label)}</text>')
    for si, (name, _) in enumerate(series):  # legend
        x = left + si * 170
        out.append(f'<rect x="{x}" y="{height - 16}" width="10" height="10" fill="{colours[si % len(colours)]}"/>')
        out.append(f'<text x="{x + 14}" y="{height - 7}" class="axis">{escape(name)}</text>')
    out.append("</svg>")
    return "".join(out)
