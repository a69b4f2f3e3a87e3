"""The interviewer packet: one PDF per interview, with a fillable scorecard.

Order: the cover (candidate, stage, the loop), the skills this stage assesses,
the questions (each followed by the rubrics of the skills it is the first to
probe, and space for notes), then the scorecard.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from interview_planner.packets.model import (
    OVERALL_EXPORTS,
    OVERALL_LABELS,
    InterviewerPacket,
    PacketQuestion,
    PacketSkill,
    Paper,
    RubricLevelData,
    StageRef,
)
from interview_planner.pdf import layout
from interview_planner.pdf.document import DocumentInfo, Page, build_pdf
from interview_planner.pdf.flowables import Paragraph, RuledLines, SectionHeading
from interview_planner.pdf.forms import (
    OVERALL_FIELD,
    TAKEAWAYS_FIELD,
    Choice,
    HiddenFields,
    RadioRow,
    TextBox,
    evidence_field,
    identity_fields,
    rating_field,
)
from interview_planner.pdf.styles import PALETTE, Styles, get_styles
from interview_planner.pdf.text import shorten

DOCUMENT = "Interviewer packet"
RATING_CHOICES = (
    Choice("1", "1 Strong no"),
    Choice("2", "2 No"),
    Choice("3", "3 Yes"),
    Choice("4", "4 Strong yes"),
    Choice("NA", "N/A"),
)
OVERALL_CHOICES = tuple(Choice(value, OVERALL_LABELS[value]) for value in OVERALL_EXPORTS)
LEVEL_FILLS = {
    1: PALETTE.bad_fill,
    2: PALETTE.warn_fill,
    3: PALETTE.accent_light,
    4: PALETTE.ok_fill,
}
NOTE_LINES = 7
THIS_STAGE = f'  <font color="{PALETTE.accent}">◀ this interview</font>'
QUESTIONS_MIN_SPACE = 220  # points: start the questions on a new page when less is left


def render_interviewer_packet(packet: InterviewerPacket, *, paper: Paper = "a4") -> bytes:
    """The packet for one interview as PDF bytes (same packet, same bytes)."""
    page = Page(paper)
    story = PacketStory(packet, get_styles(), page.width).build()
    return build_pdf(story, info=_info(packet), page=page)


def _info(packet: InterviewerPacket) -> DocumentInfo:
    return DocumentInfo(
        title=f"{DOCUMENT}: {packet.candidate_name} – {packet.stage_name}",
        subject=f"{DOCUMENT} for interview {packet.interview_id} ({packet.role_title})",
        keywords=f"interview_id={packet.interview_id}; database_id={packet.database_id}",
        app_version=packet.app_version,
        footer_name=packet.candidate_name,
        footer_document=f"{DOCUMENT} · {packet.stage_name}",
    )


class PacketStory:
    """Builds the flowables of one packet; remembers which rubrics are already shown."""

    def __init__(self, packet: InterviewerPacket, styles: Styles, width: float) -> None:
        self.packet, self.styles, self.width = packet, styles, width
        self.skills = {skill.name: skill for skill in packet.skills}
        self.rubric_shown_at: dict[str, int] = {}  # skill id -> question number

    def build(self) -> list[Flowable]:
        return [*self.cover(), *self.skills_section(), *self.questions(), *self.scoring()]

    # ------------------------------------------------------------------ cover

    def cover(self) -> list[Flowable]:
        p, s = self.packet, self.styles
        meta = (
            f"Generated {layout.text(p.generated_on, s)} by Interview Loop Planner "
            f"{layout.text(p.app_version, s)} · for the interviewer of this stage only"
        )
        return [
            *layout.title_block(
                s,
                kicker=DOCUMENT,
                title=p.candidate_name,
                subtitle=f"{p.role_title} · {p.loop_name}",
                meta=meta,
            ),
            layout.section("This interview", s, key="cover"),
            layout.fact_table(self._facts(), self.width, s),
            Paragraph("The loop", s.h2),
            self._loop_table(),
            Paragraph("Stages only: no other interviewer's notes or ratings are shared.", s.note),
        ]

    def _facts(self) -> list[tuple[str, str]]:
        p = self.packet
        return [
            ("Stage", p.stage_name),
            ("Interviewer", p.interviewer_name),
            ("Date and time", p.scheduled_at or "Not scheduled yet"),
            ("Length", f"{p.stage_minutes} minutes"),
            ("Format", p.stage_format),
            ("Focus", p.stage_focus),
        ]

    def _loop_table(self) -> Flowable:
        s, w = self.styles, self.width
        rows = [layout.header_row(["#", "Stage", "Format", "Minutes", "Focus"], s)]
        rows += [self._loop_row(stage) for stage in self.packet.stages]
        this = [i + 1 for i, stage in enumerate(self.packet.stages) if stage.is_this_stage]
        extra: list[layout.Command] = [("BACKGROUND", (0, row), (-1, row), PALETTE.accent_light) for row in this]
        extra += [("LINEBEFORE", (0, row), (0, row), 3, PALETTE.accent) for row in this]
        return layout.data_table(rows, [0.06 * w, 0.38 * w, 0.16 * w, 0.12 * w, 0.28 * w], extra=extra)

    def _loop_row(self, stage: StageRef) -> list[layout.Cell]:
        s = self.styles
        style = s.cell_bold if stage.is_this_stage else s.cell
        name = layout.text(stage.name, s) + (THIS_STAGE if stage.is_this_stage else "")
        return [
            Paragraph(str(stage.position), style),
            Paragraph(name, style),
            layout.para(stage.format, s.cell, s),
            Paragraph(str(stage.minutes), s.cell),
            layout.para(stage.focus, s.cell, s),
        ]

    # ----------------------------------------------------------------- skills

    def skills_section(self) -> list[Flowable]:
        s, w = self.styles, self.width
        rows = [layout.header_row(["Skill", "Priority", "Definition", "Questions"], s)]
        rows += [self._skill_row(skill) for skill in self.packet.skills]
        return [
            layout.section("Skills this interview assesses", s, key="skills"),
            layout.data_table(rows, [0.25 * w, 0.13 * w, 0.49 * w, 0.13 * w]),
        ]

    def _skill_row(self, skill: PacketSkill) -> list[layout.Cell]:
        s = self.styles
        numbers = [f"Q{q.number}" for q in self.packet.questions if skill.name in q.skills]
        return [
            [layout.para(skill.name, s.cell_bold, s), Paragraph(skill.kind, s.note)],
            Paragraph(layout.priority_tag(skill.priority, s), s.cell),
            layout.para(skill.definition, s.cell, s),
            Paragraph(", ".join(numbers) or "scorecard only", s.cell),
        ]

    # -------------------------------------------------------------- questions

    def questions(self) -> list[Flowable]:
        s, p = self.styles, self.packet
        planned = sum(q.minutes for q in p.questions)
        count = len(p.questions)
        intro = f"{count} questions, {planned} of {p.stage_minutes} minutes. Ask them in order."
        story: list[Flowable] = [
            CondPageBreak(QUESTIONS_MIN_SPACE),
            layout.section("Questions", s, key="questions"),
            Paragraph(intro, s.note),
        ]
        for question in p.questions:
            story += self._question(question)
        return story

    def _question(self, q: PacketQuestion) -> list[Flowable]:
        return [
            *layout.keep_together([*self._question_head(q), *self._follow_ups(q), *self._signals(q)]),
            *self._new_rubrics(q),
            KeepTogether([Paragraph("NOTES", self.styles.label), RuledLines(NOTE_LINES)]),
        ]

    def _question_head(self, q: PacketQuestion) -> list[Flowable]:
        s = self.styles
        facts = f"{q.minutes} min · {layout.text(q.kind, s)} · {layout.text(q.difficulty, s)}"
        heading = (
            f'Question {q.number}<font name="{s.fonts.regular.primary}" size="8.5" '
            f'color="{PALETTE.muted}">    {facts}</font>'
        )
        probes = ", ".join(layout.text(name, s) for name in q.skills) or "–"
        return [
            SectionHeading(heading, s.h2, key=f"q{q.number}", title=_outline_title(q), level=1),
            layout.para(q.text, s.question, s),
            Paragraph(f"<b>Probes:</b> {probes}", s.note),
        ]

    def _follow_ups(self, q: PacketQuestion) -> list[Flowable]:
        if not q.follow_ups:
            return []
        s = self.styles
        return [Paragraph("FOLLOW-UPS", s.label_next), *layout.bullets(q.follow_ups, s)]

    def _signals(self, q: PacketQuestion) -> list[Flowable]:
        if not (q.strong_signals or q.weak_signals):
            return []
        s, half = self.styles, self.width / 2
        rows: list[list[layout.Cell]] = [
            layout.header_row(["Strong answers show", "Weak answers show"], s),
            [
                layout.bullets(q.strong_signals or ["–"], s),
                layout.bullets(q.weak_signals or ["–"], s),
            ],
        ]
        extra = [
            ("BACKGROUND", (0, 0), (0, 0), PALETTE.ok),
            ("BACKGROUND", (1, 0), (1, 0), PALETTE.bad),
            ("LINEAFTER", (0, 0), (0, -1), 0.4, PALETTE.rule),
        ]
        long = layout.is_long(*q.strong_signals) or layout.is_long(*q.weak_signals)
        return [Spacer(1, 5), layout.data_table(rows, [half, half], extra=extra, split_in_row=long)]

    def _new_rubrics(self, q: PacketQuestion) -> list[Flowable]:
        story: list[Flowable] = []
        for name in q.skills:
            skill = self.skills.get(name)
            if skill and skill.rubric and skill.id not in self.rubric_shown_at:
                self.rubric_shown_at[skill.id] = q.number
                story += [Spacer(1, 6), *layout.keep_together([self._rubric_table(skill)])]
        return story

    def _rubric_table(self, skill: PacketSkill) -> Flowable:
        s, w = self.styles, self.width
        title = f"Rubric: {layout.text(skill.name, s)}"
        rows = [layout.header_row(["Level", title], s)]
        rows += [self._rubric_row(level) for level in skill.rubric]
        extra = [
            ("BACKGROUND", (0, i + 1), (0, i + 1), LEVEL_FILLS.get(level.level, PALETTE.band))
            for i, level in enumerate(skill.rubric)
        ]
        long = any(layout.is_long(level.summary, *level.anchors) for level in skill.rubric)
        return layout.data_table(rows, [0.17 * w, 0.83 * w], extra=extra, split_in_row=long)

    def _rubric_row(self, level: RubricLevelData) -> list[layout.Cell]:
        s = self.styles
        label = f"<b>{level.level}</b>  {layout.text(level.label, s)}"
        description = [layout.para(level.summary, s.cell, s), *layout.bullets(level.anchors, s)]
        return [Paragraph(label, s.cell), description]

    # ---------------------------------------------------------------- scoring

    def scoring(self) -> list[Flowable]:
        s = self.styles
        intro = (
            "Tick one circle per skill, on screen or with a pen; N/A when the interview gave "
            "no evidence. Write down the evidence behind each rating."
        )
        story: list[Flowable] = [
            PageBreak(),
            layout.section("Scorecard", s, key="scorecard"),
            Paragraph(intro, s.note),
        ]
        for skill in self.packet.skills:
            story += layout.keep_together(self._score_skill(skill))
        return story + self._overall()

    def _score_skill(self, skill: PacketSkill) -> list[Flowable]:
        s = self.styles
        heading = f"{layout.text(skill.name, s)}  {layout.priority_tag(skill.priority, s)}"
        return [
            Paragraph(heading, s.h2),
            *self._rubric_reference(skill),
            RadioRow(
                rating_field(skill.id),
                RATING_CHOICES,
                s.fonts.regular,
                tooltip=f"Rating: {skill.name}",
            ),
            Paragraph("EVIDENCE", s.label),
            TextBox(evidence_field(skill.id), lines=4, tooltip=f"Evidence: {skill.name}"),
        ]

    def _rubric_reference(self, skill: PacketSkill) -> list[Flowable]:
        s = self.styles
        if not skill.rubric:
            line = f"No rubric yet: rate against the definition. {layout.text(skill.definition, s)}"
            return [Paragraph(line, s.note)]
        if skill.id in self.rubric_shown_at:
            number = self.rubric_shown_at[skill.id]
            return [Paragraph(f"Rubric: with question {number}.", s.note)]
        self.rubric_shown_at[skill.id] = 0
        return [self._rubric_table(skill), Spacer(1, 6)]

    def _overall(self) -> list[Flowable]:
        s, p = self.styles, self.packet
        ids = f"Interview {layout.text(p.interview_id, s)} · database {layout.text(p.database_id, s)}"
        return [
            KeepTogether(
                [
                    Paragraph("Overall recommendation", s.h2),
                    RadioRow(
                        OVERALL_FIELD,
                        OVERALL_CHOICES,
                        s.fonts.regular,
                        tooltip="Overall recommendation",
                    ),
                    Paragraph("KEY TAKEAWAYS", s.label),
                    TextBox(TAKEAWAYS_FIELD, lines=6, tooltip="Key takeaways"),
                ]
            ),
            Spacer(1, 6),
            Paragraph(ids, s.note),
            HiddenFields(identity_fields(p)),
        ]


def _outline_title(q: PacketQuestion) -> str:
    return f"Q{q.number} · {shorten(q.text, 48)}"
