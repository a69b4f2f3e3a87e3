"""User text reaches rich-text views escaped, never as markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTextBrowser

from interview_planner_ui.common import rich_text as rt

HOSTILE = '<b>bold</b> & <img src="x"> <a href="file:///etc/passwd">link</a>'


def test_escape_keeps_markup_characters_as_text() -> None:
    assert rt.esc("<b>a & b</b>") == "&lt;b&gt;a &amp; b&lt;/b&gt;"
    assert rt.esc('say "hi"\nnext') == "say &quot;hi&quot;<br>next"


def test_every_builder_escapes() -> None:
    html = rt.document(rt.heading(HOSTILE), rt.paragraph(HOSTILE, italic=True), rt.section(HOSTILE, [HOSTILE]))
    assert "<b>bold" not in html
    assert "<img" not in html
    assert html.count("&lt;b&gt;bold") == 4


def test_empty_sections_render_nothing() -> None:
    assert rt.section("Title", []) == ""
    assert rt.bullets([]) == ""


def test_a_text_view_shows_the_markup_literally(qtbot: Any) -> None:
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setHtml(rt.document(rt.paragraph(HOSTILE)))
    assert HOSTILE in view.toPlainText()
    rendered = view.toHtml()
    assert "<img" not in rendered
    assert "<a href" not in rendered
