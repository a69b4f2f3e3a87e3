"""What an interviewer reads while scoring: the stage's questions as rich text.

The content is the interviewer's printed packet, read by
``services.scorecards.reference``: the questions with their follow-ups and
strong/weak signals, and every assessed skill with its 4-level rubric; the
screen and the PDF therefore always agree. This module only lays it out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interview_planner.packets.model import InterviewerPacket, PacketQuestion
from interview_planner_ui.common import rich_text as rt
from interview_planner_ui.common.labels import difficulty_label, kind_label
from interview_planner_ui.common.theme import hex_colour

CONTEXT = "ScorecardReference"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def questions_html(packet: InterviewerPacket) -> str:
    if not packet.questions:
        return rt.document(rt.paragraph(_tr("No questions are planned for this stage yet."), italic=True))
    intro = _tr("{stage} · {minutes} minutes · {count} questions").format(
        stage=packet.stage_name, minutes=packet.stage_minutes, count=len(packet.questions)
    )
    parts = [f'<p style="color:{hex_colour("muted_text")}">{rt.esc(intro)}</p>']
    parts += [_question(q) for q in packet.questions]
    return rt.document(*parts)


def _question(q: PacketQuestion) -> str:
    meta = _tr("{minutes} min · {kind} · {difficulty}").format(
        minutes=q.minutes, kind=kind_label(q.kind), difficulty=difficulty_label(q.difficulty)
    )
    skills = ", ".join(q.skills)
    return "".join(
        (
            f'<p style="margin-top:14px"><b>{q.number}. {rt.esc(q.text)}</b></p>',
            f'<p style="color:{hex_colour("muted_text")}">{rt.esc(meta)}'
            + (f"<br>{rt.esc(_tr('Probes: {skills}').format(skills=skills))}" if skills else "")
            + "</p>",
            _list(_tr("Follow-ups"), q.follow_ups, None),
            _list(_tr("Strong answers"), q.strong_signals, hex_colour("strong_text")),
            _list(_tr("Weak answers"), q.weak_signals, hex_colour("weak_text")),
        )
    )


def _list(title: str, items: list[str], colour: str | None) -> str:
    if not items:
        return ""
    style = f' style="color:{colour}"' if colour else ""
    return f"<p{style}><b>{rt.esc(title)}</b></p>{rt.bullets(items)}"
