"""Escaping, right-to-left ordering and per-run font fallback."""

from __future__ import annotations

import unicodedata

import pytest
from pdf_samples import ARABIC_NAME, CANDIDATE, HAN_NAME, HANGUL_NAME
from reportlab.pdfbase import pdfmetrics

from interview_planner.pdf import fonts
from interview_planner.pdf.canvas import FOOTER_SIZE, Footer, footer_texts
from interview_planner.pdf.text import REPLACEMENT, fit_width, font_runs, markup, text_width, visual_order

NAMES = [CANDIDATE, HANGUL_NAME, HAN_NAME, ARABIC_NAME, "Ana محمد 김민준 王"]


@pytest.fixture(scope="module")
def chain() -> fonts.FontChain:
    return fonts.load_fonts().regular


def cmap(font_name: str) -> dict[int, int]:
    """The glyph map of a registered font, straight from the TTF's cmap."""
    face = pdfmetrics.getFont(font_name).face
    return dict(face.charToGlyph)


def test_dejavu_lacks_hangul_and_han_so_the_fallback_is_needed(chain: fonts.FontChain) -> None:
    dejavu = cmap(fonts.SANS)
    for char in "김민준王小明":
        assert ord(char) not in dejavu
    assert ord("ë") in dejavu and ord("م") in dejavu


def test_droid_fallback_lacks_hangul_so_korean_gets_its_own_font() -> None:
    droid = cmap(fonts.CJK)
    assert ord("王") in droid
    assert not any(ord(char) in droid for char in HANGUL_NAME)


@pytest.mark.parametrize("name", NAMES)
def test_every_character_goes_to_a_font_that_has_its_glyph(name: str, chain: fonts.FontChain) -> None:
    for font_name, run in font_runs(visual_order(name), chain):
        glyphs = cmap(font_name)
        missing = [char for char in run if ord(char) not in glyphs]
        assert not missing, f"{font_name} has no glyph for {missing}"


@pytest.mark.parametrize(
    ("text", "font_name"),
    [(HANGUL_NAME, fonts.HANGUL), (HAN_NAME, fonts.CJK), ("ひらがな", fonts.CJK)],
)
def test_scripts_are_routed_to_their_fallback(text: str, font_name: str, chain: fonts.FontChain) -> None:
    assert font_runs(text, chain) == [(font_name, text)]


def test_mixed_text_splits_into_runs(chain: fonts.FontChain) -> None:
    runs = font_runs("Zoë 王小明 김민준", chain)
    assert [name for name, _ in runs] == [fonts.SANS, fonts.CJK, fonts.HANGUL]  # spaces join
    assert "".join(text for _, text in runs) == "Zoë 王小明 김민준"


def test_bold_chain_uses_the_bold_face_first() -> None:
    bold = fonts.load_fonts().bold
    assert font_runs("Zoë 王", bold)[0] == (fonts.SANS_BOLD, "Zoë ")


def test_arabic_is_shaped_and_put_in_visual_order() -> None:
    shown = visual_order(ARABIC_NAME)
    assert shown != ARABIC_NAME
    assert all(unicodedata.name(char).startswith("ARABIC LETTER") for char in shown)
    assert any("FORM" in unicodedata.name(char) for char in shown)  # joined forms
    assert unicodedata.normalize("NFKC", shown)[::-1] == ARABIC_NAME


def test_left_to_right_text_is_left_alone() -> None:
    assert visual_order(CANDIDATE) == CANDIDATE


def test_a_character_no_font_has_is_replaced_visibly(chain: fonts.FontChain) -> None:
    missing = "\U0010fffd"  # a private-use code point: no bundled font draws it
    assert chain.first_covering(missing) is None
    assert font_runs(f"a{missing}b", chain) == [(fonts.SANS, f"a{REPLACEMENT}b")]
    assert chain.covers(fonts.SANS, REPLACEMENT)


def test_markup_escapes_user_text(chain: fonts.FontChain) -> None:
    text = markup(CANDIDATE, chain)
    assert "<b>" not in text
    assert "Zoë &lt;b&gt;Ødegård&lt;/b&gt; &amp; " in text
    assert f'<font name="{fonts.CJK}">王小明</font>' in text


def test_markup_keeps_line_breaks(chain: fonts.FontChain) -> None:
    assert markup("one\ntwo", chain) == "one<br/>two"


def test_fonts_register_once_and_are_package_data() -> None:
    assert fonts.load_fonts() is fonts.load_fonts()
    fonts._register(fonts.SANS, fonts.FONT_FILES[fonts.SANS])  # registering again is harmless
    assert fonts.FONT_DIR.parts[-3:] == ("interview_planner", "data", "fonts")
    for file in fonts.FONT_FILES.values():
        assert fonts.font_path(file).is_file()
    for licence in ("LICENSE-DejaVu.txt", "LICENSE-DroidSansFallback.txt", "LICENSE-Nanum.txt"):
        assert (fonts.FONT_DIR / licence).is_file()


def _footer(chain: fonts.FontChain, name: str, document: str) -> Footer:
    return Footer(name=name, document=document, chain=chain, left=60, right=60, bottom=54)


def test_a_footer_too_long_for_its_line_ends_before_the_page_number(chain: fonts.FontChain) -> None:
    title = "Job opening: Linux system administration and DevOps remote engineer"
    footer = _footer(chain, f"{title} – Lead engineer onsite", f"Loop overview · {title}")
    number = "Page 12 of 14"
    name, document = footer_texts(footer, 612, number)
    room = 612 - 60 - 60 - text_width(number, chain, FOOTER_SIZE)
    assert text_width(name + document, chain, FOOTER_SIZE) < room  # it used to run under the page number
    assert name.startswith("Job opening: Linux") and name.endswith("…")
    assert document.startswith("  ·  Loop overview") and document.endswith("…")


def test_a_footer_that_fits_is_printed_whole(chain: fonts.FontChain) -> None:
    footer = _footer(chain, "Ada Lovelace", "Interviewer packet · System design")
    assert footer_texts(footer, 612, "Page 1 of 3") == ("Ada Lovelace", "  ·  Interviewer packet · System design")


def test_fit_width_cuts_at_the_end_with_an_ellipsis(chain: fonts.FontChain) -> None:
    text = "Distributed systems design and operations"
    assert fit_width(text, chain, 10, 1000) == text
    short = fit_width(text, chain, 10, 60)
    assert short.endswith("…") and text.startswith(short[:-1]) and text_width(short, chain, 10) <= 60
    assert fit_width(text, chain, 10, 1) == ""
