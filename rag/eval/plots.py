"""Small inline-SVG charts for ``report.html``: no plotting library, no external files.

Every label is untrusted text and is escaped.  Values are fractions in [0, 1] for the
bar and line charts (drawn as percentages), raw numbers for the histogram.

>>> svg = bar_chart("acc", ["数字", "<b>"], {"ours": [0.5, None]})
>>> svg.startswith("<svg") and "&lt;b&gt;" in svg and "<b>" not in svg
True
"""
from __future__ import annotations

import html
import math

COLORS = ("#2563eb", "#f97316", "#16a34a", "#9333ea")
W, H = 560, 260
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 30, 58


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _frame(title: str, body: list[str], legend: list[str]) -> str:
    keys = "".join(
        f'<rect x="{LEFT + i * 120}" y="{H - 16}" width="10" height="10" fill="{COLORS[i % len(COLORS)]}"/>'
        f'<text x="{LEFT + i * 120 + 14}" y="{H - 7}" font-size="11">{_e(name)}</text>'
        for i, name in enumerate(legend))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
            f'role="img" aria-label="{_e(title)}" font-family="sans-serif">'
            f'<text x="{W / 2}" y="18" font-size="14" text-anchor="middle" font-weight="bold">{_e(title)}</text>'
            + "".join(body) + keys + "</svg>")


def _y_axis(ymax: float, percent: bool) -> list[str]:
    out = []
    plot_h = H - TOP - BOTTOM
    for i in range(5):
        v = ymax * i / 4
        y = TOP + plot_h - plot_h * i / 4
        label = f"{100 * v:.0f}%" if percent else f"{v:.0f}"
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{W - RIGHT}" y2="{y:.1f}" stroke="#e5e7eb"/>'
                   f'<text x="{LEFT - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">{label}</text>')
    return out


def _y(v: float, ymax: float) -> float:
    plot_h = H - TOP - BOTTOM
    return TOP + plot_h - plot_h * (min(v, ymax) / ymax if ymax else 0)


def _x_label(x: float, text: str, slanted: bool = False) -> str:
    y = H - BOTTOM + 14
    if slanted:
        return (f'<text x="{x:.1f}" y="{y}" font-size="10" text-anchor="end" '
                f'transform="rotate(-30 {x:.1f} {y})">{_e(text)}</text>')
    return f'<text x="{x:.1f}" y="{y}" font-size="10" text-anchor="middle">{_e(text)}</text>'


def bar_chart(title: str, categories: list[str], series: dict[str, list[float | None]], ymax: float = 1.0) -> str:
    """Grouped bars, one group per category, one bar per series (None: no bar, 'n/a')."""
    body = _y_axis(ymax, True)
    n_series = max(1, len(series))
    group_w = (W - LEFT - RIGHT) / max(1, len(categories))
    bar_w = max(2.0, group_w * 0.8 / n_series)
    for ci, cat in enumerate(categories):
        x0 = LEFT + ci * group_w + group_w * 0.1
        for si, (name, values) in enumerate(series.items()):
            v = values[ci] if ci < len(values) else None
            x = x0 + si * bar_w
            if v is None:
                body.append(f'<text x="{x + bar_w / 2:.1f}" y="{H - BOTTOM - 3}" font-size="8" text-anchor="middle">n/a</text>')
                continue
            y = _y(v, ymax)
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w - 1:.1f}" height="{H - BOTTOM - y:.1f}" '
                        f'fill="{COLORS[si % len(COLORS)]}"><title>{_e(name)} {_e(cat)}: {100 * v:.1f}%</title></rect>'
                        f'<text x="{x + bar_w / 2:.1f}" y="{y - 2:.1f}" font-size="8" text-anchor="middle">'
                        f'{100 * v:.0f}</text>')
        body.append(_x_label(LEFT + (ci + 0.5) * group_w, cat, slanted=len(categories) > 5))
    return _frame(title, body, list(series))


def line_chart(title: str, xs: list[str], series: dict[str, list[float | None]], ymax: float = 1.0) -> str:
    """One polyline per series over the categorical x values (None values are skipped)."""
    body = _y_axis(ymax, True)
    step = (W - LEFT - RIGHT) / max(1, len(xs) - 1) if len(xs) > 1 else 0
    xpos = [LEFT + i * step for i in range(len(xs))]
    for i, x in enumerate(xs):
        body.append(f'<text x="{xpos[i]:.1f}" y="{H - BOTTOM + 14}" font-size="10" text-anchor="middle">{_e(x)}</text>')
    for si, (name, values) in enumerate(series.items()):
        pts = [(xpos[i], _y(v, ymax)) for i, v in enumerate(values[: len(xs)]) if v is not None]
        color = COLORS[si % len(COLORS)]
        if pts:
            body.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
                        + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>')
        body += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"/>' for x, y in pts]
    return _frame(title, body, list(series))


def histogram(title: str, values: list[float], bins: int = 20, unit: str = "ms") -> str:
    """Counts of ``values`` in ``bins`` equal-width bins from 0 to the maximum."""
    vals = [v for v in values if v is not None and math.isfinite(v)]
    top = max(vals) if vals else 1.0
    top = top if top > 0 else 1.0
    counts = [0] * bins
    for v in vals:
        counts[min(bins - 1, int(v / top * bins))] += 1
    cmax = max(counts) or 1
    body = _y_axis(cmax, False)
    bw = (W - LEFT - RIGHT) / bins
    digits = 0 if top >= 10 else 2
    for i, c in enumerate(counts):
        y = _y(c, cmax)
        lo, hi = top * i / bins, top * (i + 1) / bins
        body.append(f'<rect x="{LEFT + i * bw:.1f}" y="{y:.1f}" width="{bw - 1:.1f}" height="{H - BOTTOM - y:.1f}" '
                    f'fill="{COLORS[0]}"><title>{lo:.{digits}f}–{hi:.{digits}f} {_e(unit)}: {c}</title></rect>')
    for i in (0, bins // 2, bins):
        body.append(f'<text x="{LEFT + i * bw:.1f}" y="{H - BOTTOM + 14}" font-size="10" text-anchor="middle">'
                    f'{top * i / bins:.{digits}f}</text>')
    body.append(f'<text x="{W - RIGHT}" y="{H - BOTTOM + 28}" font-size="10" text-anchor="end">{_e(unit)}</text>')
    return _frame(title, body, [f"{len(vals)} answers"])
