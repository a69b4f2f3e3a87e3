"""The interviewer packet: one PDF per interview, runnable in five minutes, with a fillable scorecard.

Order: page 1 is the run sheet (clock times, introductions, each question with
its minutes and what to listen for, the close and the candidate's questions);
then the questions, each with a fillable notes field; then the scoring guide
(one compact rubric per rated skill, the two most telling anchors per level);
then the scorecard; artefacts (code, diffs) in an appendix.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Preformatted, Spacer

from interview_planner.packets.model import (
    OVERALL_EXPORTS,
    OVERALL_LABELS,
    ArtefactData,
    InterviewerPacket,
    PacketQuestion,
    PacketSkill,
    Paper,
    RubricLevelData,
)
from interview_planner.pdf import layout
from interview_planner.pdf.document import DocumentInfo, Page, build_pdf
from interview_planner.pdf.flowables import Paragraph, SectionHeading
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
from interview_planner.pdf.stamp import TEMPLATES, Copy, Place, Slot, Template, make_template, stamp
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
NOTE_LINES = 6
INTRO_MINUTES = 5  # the run sheet's introductions; the rest of the spare time closes the interview
GUIDE_ANCHORS = 2  # anchors per rubric level in the scoring guide (the first are the most telling)
SECTION_MIN_SPACE = 200  # points: start a section on a new page when less is left
NOTES_FIELD_PREFIX = "notes.q"
CODE_STYLE = ParagraphStyle("artefact", fontName="Courier", fontSize=7.2, leading=8.6)


# What a template of a stage's packet holds where a copy has its candidate and interview (pdf/stamp.py).
TEMPLATE_IDENTITY = {
    "candidate_name": "Candidate",
    "interview_id": "00000000-0000-0000-0000-000000000000",
    "seal": "hmac-sha256:" + "0" * 64,
}
SLOTS = ("title", "ids")


def render_interviewer_packet(packet: InterviewerPacket, *, paper: Paper = "a4") -> bytes:
    """The packet for one interview as PDF bytes (same packet, same bytes)."""
    page = Page(paper)
    story = PacketStory(packet, get_styles(), page.width).build()
    return build_pdf(story, info=_info(packet), page=page)


def render_interviewer_packet_copy(packet: InterviewerPacket, *, paper: Paper = "a4") -> bytes:
    """The same packet as :func:`render_interviewer_packet` (the same pages, text, form and seal; other
    bytes), stamped from a template of its stage that this process keeps (``stamp.TEMPLATES``): packets
    that differ only in the candidate, the interview and the seal are laid out once. Much cheaper from
    the second packet of a stage on; rendered in full when the candidate's name needs a second line."""
    copy = stamp(packet_copy(packet, paper))
    return copy if copy is not None else render_interviewer_packet(packet, paper=paper)


def packet_copy(packet: InterviewerPacket, paper: Paper) -> Copy:
    """What stamping this packet takes: its stage's template (made once) and its own lines and fields."""
    template_packet = packet.model_copy(update=TEMPLATE_IDENTITY)
    key = f"packet:{paper}:{template_packet.model_dump_json()}"
    template = TEMPLATES.get(key, lambda: _template(template_packet, paper))
    story = PacketStory(packet, get_styles(), template.page.width)
    return Copy(
        template,
        info=_info(packet),
        lines={"title": story.title(), "ids": story.ids_line()},
        fields=identity_fields(packet),
    )


def _template(packet: InterviewerPacket, paper: Paper) -> Template:
    page, places = Page(paper), dict[str, Place]()
    story = PacketStory(packet, get_styles(), page.width, places=places).build()
    return make_template(
        story, info=_info(packet), page=page, places=places, slots=SLOTS, fields=identity_fields(packet)
    )


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

    def __init__(
        self, packet: InterviewerPacket, styles: Styles, width: float, *, places: dict[str, Place] | None = None
    ) -> None:
        self.packet, self.styles, self.width = packet, styles, width
        self.places = places  # a template's: the candidate's lines become slots that record their place
        self.skills = {skill.name: skill for skill in packet.skills}
        self.rubric_shown_at: dict[str, int] = {}  # skill id -> question number

    def build(self) -> list[Flowable]:
        return [*self.cover(), *self.questions(), *self.guide(), *self.scoring(), *self.appendix()]

    # ------------------------------------------------------------- run sheet

    def cover(self) -> list[Flowable]:
        p, s = self.packet, self.styles
        this = next((st for st in p.stages if st.is_this_stage), None)
        where = f"Stage {this.position} of {len(p.stages)} · " if this else ""
        meta = (
            f"Generated {layout.text(p.generated_on, s)} by Interview Loop Planner "
            f"{layout.text(p.app_version, s)} · for the interviewer of this stage only"
        )
        kicker, _title, *rest = layout.title_block(
            s,
            kicker=f"{DOCUMENT} · run sheet",
            title=p.candidate_name,
            subtitle=f"{where}{p.stage_name} · {p.role_title}",
            meta=meta,
        )
        return [
            kicker,
            self._slot("title", self.title()),
            *rest,
            layout.fact_table(self._facts(), self.width, s),
            layout.section("Run sheet", s, key="cover"),
            self._run_table(),
            Spacer(1, 4),
            Paragraph(self._rated_line(), s.note),
            Paragraph(self._loop_line(), s.note),
        ]

    def title(self) -> Flowable:
        return layout.para(self.packet.candidate_name, self.styles.title, self.styles)

    def ids_line(self) -> Flowable:
        p, s = self.packet, self.styles
        return Paragraph(
            f"Interview {layout.text(p.interview_id, s)} · database {layout.text(p.database_id, s)}", s.note
        )

    def _slot(self, name: str, line: Flowable) -> Flowable:
        return line if self.places is None else Slot(name, line, self.places)

    def _facts(self) -> list[tuple[str, str]]:
        p = self.packet
        return [
            ("Interviewer", p.interviewer_name),
            ("When", p.scheduled_at or "Not scheduled yet"),
            ("Length", f"{p.stage_minutes} minutes"),
            ("Format", p.stage_format),
            ("Focus", p.stage_focus_label or p.stage_focus.replace("-", " ").capitalize()),
            ("Loop", p.loop_name),
        ]

    def _clock(self, offset: int) -> str:
        start = self.packet.start
        if not start:
            return f"+{offset}'"
        return (datetime.fromisoformat(start) + timedelta(minutes=offset)).strftime("%H:%M")

    def _run_table(self) -> Flowable:
        s, w, p = self.styles, self.width, self.packet
        zone = f" ({layout.text(p.time_zone, s)})" if p.start else ""
        rows = [layout.header_row([f"Time{zone}", "Min", "What", "Listen for"], s)]
        t = 0
        rows.append(self._run_row(t, INTRO_MINUTES, "Introductions: you, the role, how the hour runs", ""))
        t += INTRO_MINUTES
        for q in p.questions:
            what = f"<b>Q{q.number}</b> {layout.text(shorten(q.text, 90), s)}"
            rows.append(self._run_row(t, q.minutes, what, layout.text(shorten(q.listen_for, 110), s), raw=True))
            t += q.minutes
        rest = max(0, p.stage_minutes - t)
        rows.append(self._run_row(t, rest, "Close: the candidate's questions, what happens next", ""))
        rows.append(self._run_row(p.stage_minutes, 0, "End", ""))
        return layout.data_table(rows, [0.11 * w, 0.07 * w, 0.45 * w, 0.37 * w])

    def _run_row(self, offset: int, minutes: int, what: str, listen: str, *, raw: bool = False) -> list[layout.Cell]:
        s = self.styles
        return [
            Paragraph(self._clock(offset), s.cell_bold),
            Paragraph(str(minutes) if minutes else "", s.cell),
            Paragraph(what, s.cell) if raw else layout.para(what, s.cell, s),
            Paragraph(listen, s.cell) if raw else layout.para(listen, s.cell, s),
        ]

    def _rated_line(self) -> str:
        s = self.styles
        parts = []
        for skill in self.packet.skills:
            numbers = [f"Q{q.number}" for q in self.packet.questions if skill.name in (q.rates or q.skills)]
            parts.append(f"{layout.text(skill.name, s)} ({', '.join(numbers) or 'scorecard only'})")
        return "<b>You rate:</b> " + ("; ".join(parts) or "–")

    def _loop_line(self) -> str:
        s = self.styles
        names = [
            f"<b>{st.position} {layout.text(st.name, s)} (this interview)</b>"
            if st.is_this_stage
            else f"{st.position} {layout.text(st.name, s)}"
            for st in self.packet.stages
        ]
        return "<b>The loop:</b> " + " · ".join(names) + ". No other interviewer's notes or ratings are shared."

    # -------------------------------------------------------------- questions

    def questions(self) -> list[Flowable]:
        s, p = self.styles, self.packet
        planned = sum(q.minutes for q in p.questions)
        count = len(p.questions)
        intro = f"{count} questions, {planned} of {p.stage_minutes} minutes. Ask them in order."
        lead: list[Flowable] = [layout.section("Questions", s, key="questions"), Paragraph(intro, s.note)]
        story: list[Flowable] = []
        for question in p.questions:
            story += self._question(question, lead)
            lead = []
        return story or lead

    def _question(self, q: PacketQuestion, lead: list[Flowable]) -> list[Flowable]:
        return [
            *layout.keep_together([*lead, *self._question_head(q), *self._follow_ups(q), *self._signals(q)]),
            KeepTogether(
                [
                    Paragraph("NOTES", self.styles.label),
                    TextBox(f"{NOTES_FIELD_PREFIX}{q.number}", lines=NOTE_LINES, tooltip=f"Notes: question {q.number}"),
                ]
            ),
        ]

    def _question_head(self, q: PacketQuestion) -> list[Flowable]:
        s = self.styles
        facts = f"{q.minutes} min · {layout.text(q.kind, s)} · {layout.text(q.difficulty, s)}"
        heading = (
            f'Question {q.number}<font name="{s.fonts.regular.primary}" size="8.5" '
            f'color="{PALETTE.muted}">    {facts}</font>'
        )
        rates = ", ".join(layout.text(name, s) for name in (q.rates or q.skills)) or "–"
        also = [name for name in q.skills if name not in q.rates] if q.rates else []
        line = f"<b>Rate:</b> {rates}" + (f" · also shows {', '.join(layout.text(n, s) for n in also)}" if also else "")
        if q.artefact:
            line += f" · <b>Hand over:</b> {layout.text(q.artefact.title, s)} (appendix)"
        return [
            SectionHeading(heading, s.h2, key=f"q{q.number}", title=_outline_title(q), level=1),
            layout.para(q.text, s.question, s),
            Paragraph(line, s.note),
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

    # ---------------------------------------------------------- scoring guide

    def guide(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            CondPageBreak(SECTION_MIN_SPACE),
            layout.section("Scoring guide", s, key="guide"),
            Paragraph("For each skill, the level whose description fits the evidence best.", s.note),
        ]
        for skill in self.packet.skills:
            if skill.rubric:
                story += [Spacer(1, 5), *layout.keep_together([self._rubric_table(skill)])]
            else:
                line = f"<b>{layout.text(skill.name, s)}</b>: no rubric yet; rate against the definition. "
                story.append(Paragraph(line + layout.text(skill.definition, s), s.note))
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
        description = [layout.para(level.summary, s.cell, s), *layout.bullets(level.anchors[:GUIDE_ANCHORS], s)]
        return [Paragraph(label, s.cell), description]

    # ---------------------------------------------------------------- scoring

    def scoring(self) -> list[Flowable]:
        s = self.styles
        intro = (
            "Tick one circle per skill, on screen or with a pen; N/A when the interview gave "
            "no evidence. Write down the evidence behind each rating."
        )
        story: list[Flowable] = [
            CondPageBreak(SECTION_MIN_SPACE),
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
            RadioRow(
                rating_field(skill.id),
                RATING_CHOICES,
                s.fonts.regular,
                tooltip=f"Rating: {skill.name}",
            ),
            Paragraph("EVIDENCE", s.label),
            TextBox(evidence_field(skill.id), lines=3, tooltip=f"Evidence: {skill.name}"),
        ]

    def _overall(self) -> list[Flowable]:
        s, p = self.styles, self.packet
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
            self._slot("ids", self.ids_line()),
            HiddenFields(identity_fields(p)),
        ]

    # --------------------------------------------------------------- appendix

    def appendix(self) -> list[Flowable]:
        s = self.styles
        items = [(q, q.artefact) for q in self.packet.questions if q.artefact]
        if not items:
            return []
        story: list[Flowable] = [
            CondPageBreak(SECTION_MIN_SPACE),
            layout.section("Appendix: artefacts", s, key="appendix"),
        ]
        for q, artefact in items:
            story += self._artefact(q, artefact)
        return story

    def _artefact(self, q: PacketQuestion, artefact: ArtefactData) -> list[Flowable]:
        s = self.styles
        head = f"For question {q.number}: {layout.text(artefact.title, s)}"
        kind = f"{artefact.kind}" + (f", {artefact.language}" if artefact.language else "")
        return [
            Paragraph(head, s.h2),
            Paragraph(layout.text(kind, s), s.note),
            Preformatted(artefact.content.rstrip("\n"), CODE_STYLE, maxLineLength=110, newLineChars="  "),
            Spacer(1, 6),
        ]


def _outline_title(q: PacketQuestion) -> str:
    return f"Q{q.number} · {shorten(q.text, 48)}"
