"""Text measurement for the deck and the PDF: wrap a text to a box and find the largest size that fits.

Widths come from Bitstream Vera, the TrueType family that ships inside reportlab (no system font needed). The PDF
embeds Vera itself, so its measure is exact there; the deck is set in Arial (Liberation Sans in LibreOffice, the
same metrics), which is narrower than Vera, so a text that fits by this measure also fits on the slide.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from functools import cache

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
REGULAR, BOLD, ITALIC = "ConversaSans", "ConversaSans-Bold", "ConversaSans-Italic"
_FILES = {REGULAR: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf"}
LINE_HEIGHT = 1.2  # a line is this many times the font size (PowerPoint and reportlab both use about 1.17-1.2)
ELLIPSIS = "…"


@cache
def register_fonts() -> None:
    """Register the measuring (and PDF) fonts with reportlab once per process."""
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, file)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def font_name(bold: bool = False, italic: bool = False) -> str:
    register_fonts()
    return BOLD if bold else ITALIC if italic else REGULAR


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of one line of ``text`` in points at ``size`` points."""
    return float(pdfmetrics.stringWidth(text, font_name(bold), size))


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (words longer than a line are cut).

    >>> wrap("one two three", width=60, size=10)
    ['one two', 'three']
    """
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold) > width and len(word) > 1:  # a word wider than the line
                cut = _longest_prefix(word, width, size, bold)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _longest_prefix(word: str, width: float, size: float, bold: bool) -> int:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def height(lines: int, size: float) -> float:
    return lines * size * LINE_HEIGHT


@dataclass(frozen=True)
class Fit:
    """How a text is set in a box: its size, its lines and whether it had to be cut."""

    size: float
    lines: tuple[str, ...]
    cut: bool = False


def fit(text: str, width: float, box_height: float, *, size: float, min_size: float, bold: bool = False,
        step: float = 1.0) -> Fit:
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits the box; at ``min_size`` a text
    that still does not fit is cut at the last line that fits, ending in an ellipsis (``cut=True``).

    >>> fit("short", 100, 20, size=14, min_size=8).size
    14
    >>> f = fit("word " * 200, 100, 40, size=14, min_size=8); f.cut, f.size
    (True, 8)
    """
    current = size
    while True:
        lines = wrap(text, width, current, bold)
        if height(len(lines), current) <= box_height + 0.01:
            return Fit(current, tuple(lines))
        if current - step < min_size - 1e-9:
            break
        current = round(current - step, 2)
    keep = max(1, math.floor((box_height + 0.01) / (min_size * LINE_HEIGHT)))
    lines = wrap(text, width, min_size, bold)[:keep]
    last = lines[-1]
    while last and text_width(last + ELLIPSIS, min_size, bold) > width:
        last = last[:-1].rstrip()
    lines[-1] = last + ELLIPSIS
    return Fit(min_size, tuple(lines), cut=True)


def fits(text: str, width: float, box_height: float, size: float, bold: bool = False) -> bool:
    """True when ``text`` at ``size`` points, wrapped to ``width``, is no taller than ``box_height``."""
    return height(len(wrap(text, width, size, bold)), size) <= box_height + 0.01


@dataclass(frozen=True)
class Para:
    """A paragraph of a text block: its text, its size relative to the block's (``scale``) and its weight."""

    text: str
    scale: float = 1.0
    bold: bool = False


def block_height(paras: tuple[Para, ...] | list[Para], width: float, size: float, gap: float = 0.3) -> float:
    """Height of ``paras`` at base ``size``: their wrapped lines plus ``gap`` x size between paragraphs."""
    total = 0.0
    for i, p in enumerate(paras):
        s = size * p.scale
        total += height(len(wrap(p.text, width, s, p.bold)), s) + (gap * size if i else 0.0)
    return total


def fit_block(paras: tuple[Para, ...] | list[Para], width: float, box_height: float, *, size: float,
              min_size: float, gap: float = 0.3, step: float = 0.5) -> float | None:
    """The largest base size from ``size`` down to ``min_size`` at which every paragraph fits; None when even
    ``min_size`` is too big (the caller splits the block or cuts a paragraph)."""
    current = size
    while current >= min_size - 1e-9:
        if block_height(paras, width, current, gap) <= box_height + 0.01:
            return current
        current = round(current - step, 2)
    return None


@dataclass(frozen=True)
class ColumnText:
    """A table column's texts for ``column_widths``: its header, its cells and whether the cells are bold."""

    header: str
    cells: tuple[str, ...]
    bold: bool = False


def _longest_word(texts: tuple[str, ...] | list[str], size: float, bold: bool) -> float:
    return max((text_width(w, size, bold) for t in texts for w in str(t).split()), default=0.0)


def _longest_line(texts: tuple[str, ...] | list[str], size: float, bold: bool) -> float:
    return max((text_width(str(t), size, bold) for t in texts), default=0.0)


def column_widths(columns: list[ColumnText], total: float, *, size: float, header_size: float,
                  pad: float) -> list[float] | None:
    """Widths (summing to ``total``) at which no header or cell word is broken: each column gets its longest word
    (plus ``pad``, the cell's inner margins), then the room left goes to the columns whose text would wrap, up to
    their longest line. None when the longest words alone are wider than ``total`` (use a smaller size).

    >>> cols = [ColumnText("Platform", ("Facebook",)), ColumnText("Why", ("meets every target " * 3,))]
    >>> [round(w) for w in column_widths(cols, 300, size=10, header_size=9, pad=12)]
    [60, 240]
    """
    least = [max(_longest_word([c.header], header_size, True), _longest_word(c.cells, size, c.bold)) + pad
             for c in columns]
    if sum(least) > total + 0.01:
        return None
    natural = [max(_longest_line([c.header], header_size, True), _longest_line(c.cells, size, c.bold)) + pad
               for c in columns]
    widths = list(least)
    room = total - sum(widths)
    wants = [max(n - w, 0.0) for n, w in zip(natural, widths)]
    if sum(wants) > 0:
        share = min(1.0, room / sum(wants))
        widths = [w + x * share for w, x in zip(widths, wants)]
        room = total - sum(widths)
    if room > 0.01:  # everything fits on one line: the rest goes to the widest column
        widest = max(range(len(widths)), key=lambda i: natural[i])
        widths[widest] += room
    return widths
