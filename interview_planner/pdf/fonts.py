"""The fonts every document embeds, registered with reportlab once per process.

DejaVu Sans is the face of every document. It has Latin, Greek, Cyrillic,
Arabic and Hebrew but no Han, kana or Hangul, and reportlab draws a glyph the
font lacks as *nothing*, silently. So each text style is a :class:`FontChain`:
the primary font and the fallbacks, each with the set of code points its cmap
maps, and :mod:`interview_planner.pdf.text` picks a font per run of characters.

* Droid Sans Fallback (Apache-2.0): Han and kana.
* NanumSquare (SIL OFL 1.1): Hangul. Debian's Droid Sans Fallback Full has
  only a handful of Hangul syllables, so Korean needs its own font.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[1] / "data" / "fonts"

SANS = "IP-DejaVuSans"
SANS_BOLD = "IP-DejaVuSans-Bold"
CJK = "IP-DroidSansFallback"
HANGUL = "IP-NanumSquare"

FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumSquareR.ttf",
}
FALLBACKS = (CJK, HANGUL)  # in order of preference; they have no bold, so bold text uses them too


@dataclass(frozen=True)
class FontChain:
    """A primary font and the fonts that stand in for the characters it lacks."""

    names: tuple[str, ...]
    coverage: tuple[frozenset[int], ...]  # the code points each font has a glyph for

    @property
    def primary(self) -> str:
        return self.names[0]

    def covers(self, name: str, char: str) -> bool:
        return ord(char) in self.coverage[self.names.index(name)]

    def first_covering(self, char: str) -> str | None:
        """The first font of the chain that has a glyph for ``char`` (None: no font has)."""
        code = ord(char)
        for name, points in zip(self.names, self.coverage, strict=True):
            if code in points:
                return name
        return None

    def primary_covers_all(self, text: str) -> bool:
        return self.coverage[0].issuperset(map(ord, text))


@dataclass(frozen=True)
class Fonts:
    """The registered fonts: one chain for regular text, one for bold."""

    family: str  # the family name Paragraph markup uses for <b>
    regular: FontChain
    bold: FontChain


@cache
def load_fonts() -> Fonts:
    """Register the bundled fonts (once per process; later calls return the same object)."""
    coverage = {name: _register(name, file) for name, file in FONT_FILES.items()}
    _register_families()
    fallbacks = tuple(coverage[name] for name in FALLBACKS)
    return Fonts(
        family=SANS,
        regular=FontChain((SANS, *FALLBACKS), (coverage[SANS], *fallbacks)),
        bold=FontChain((SANS_BOLD, *FALLBACKS), (coverage[SANS_BOLD], *fallbacks)),
    )


def font_path(file: str) -> Path:
    return FONT_DIR / file


def _register(name: str, file: str) -> frozenset[int]:
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
    else:
        font = TTFont(name, str(font_path(file)))
        pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def _register_families() -> None:
    """Let <b> map DejaVu to its bold face; the fallbacks map every style to themselves."""
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    for name in FALLBACKS:
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
