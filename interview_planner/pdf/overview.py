"""The loop overview for the hiring manager: schedule, coverage matrix, findings."""

from __future__ import annotations

from typing import Literal

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from interview_planner.packets.model import (
    FindingData,
    LoopOverview,
    MatrixSkill,
    MatrixStage,
    Paper,
)
from interview_planner.pdf import layout
from interview_planner.pdf.document import DocumentInfo, Page, build_pdf
from interview_planner.pdf.flowables import Paragraph
from interview_planner.pdf.stamp import TEMPLATES, Copy, Place, Slot, Template, make_template, stamp
from interview_planner.pdf.styles import PALETTE, Styles, get_styles

DOCUMENT = "Loop overview"
COVERAGE_MIN_SPACE = 260  # points: heading, note, turned stage names (up to about 140) and three rows
Status = Literal["covered", "thin", "missing"]
# fills of clearly different lightness, so the matrix still reads in greyscale
STATUS_FILLS: dict[Status, colors.Color] = {
    "covered": colors.HexColor("#DDF0E1"),
    "thin": colors.HexColor("#F6D27E"),
    "missing": colors.HexColor("#E59A90"),
}
STATUS_TEXT: dict[Status, str] = {
    "covered": "assessed in two or more stages (a nice-to-have: in at least one)",
    "thin": "a must-have assessed in one stage only",
    "missing": "no stage assesses it",
}
SEVERITY_FILLS = {"error": STATUS_FILLS["missing"], "warning": STATUS_FILLS["thin"]}


def render_loop_overview(overview: LoopOverview, *, paper: Paper = "a4") -> bytes:
    """The overview of one loop as PDF bytes."""
    page = Page(paper)
    story = OverviewStory(overview, get_styles(), page.width).build()
    return build_pdf(story, info=_info(overview), page=page)


def render_loop_overview_copy(overview: LoopOverview, *, paper: Paper = "a4") -> bytes:
    """The same overview as :func:`render_loop_overview` (same pages and text; other bytes), stamped from a
    template of the loop this process keeps: the overviews of a loop's candidates differ only in the name."""
    copy = overview_copy(overview, paper)
    data = stamp(copy) if copy is not None else None
    return data if data is not None else render_loop_overview(overview, paper=paper)


def overview_copy(overview: LoopOverview, paper: Paper) -> Copy | None:
    """What stamping this overview takes (None for an overview without a candidate: nothing to share)."""
    if overview.candidate_name is None:
        return None
    template_overview = overview.model_copy(update={"candidate_name": TEMPLATE_CANDIDATE})
    key = f"overview:{paper}:{template_overview.model_dump_json()}"
    template = TEMPLATES.get(key, lambda: _template(template_overview, paper))
    story = OverviewStory(overview, get_styles(), template.page.width)
    return Copy(template, info=_info(overview), lines={"subtitle": story.subtitle()}, fields={})


TEMPLATE_CANDIDATE = "Candidate"


def _template(overview: LoopOverview, paper: Paper) -> Template:
    page, places = Page(paper), dict[str, Place]()
    story = OverviewStory(overview, get_styles(), page.width, places=places).build()
    return make_template(story, info=_info(overview), page=page, places=places, slots=("subtitle",), fields={})


def _info(overview: LoopOverview) -> DocumentInfo:
    subject = f"{DOCUMENT}: {overview.loop_name} ({overview.role_title})"
    return DocumentInfo(
        title=subject if overview.candidate_name is None else f"{subject}, {overview.candidate_name}",
        subject=subject,
        keywords="loop overview; coverage",
        app_version=overview.app_version,
        footer_name=overview.candidate_name or overview.loop_name,
        footer_document=f"{DOCUMENT} · {overview.role_title}",
    )


def coverage_status(skill: MatrixSkill) -> Status:
    """covered / thin (a must-have in one stage only) / missing (no stage)."""
    stages = sum(1 for cell in skill.cells if cell is not None)
    if stages == 0:
        return "missing"
    return "thin" if skill.priority == "must" and stages == 1 else "covered"


def cell_text(cell: int | None) -> str:
    return "–" if cell is None else f"✓{cell}"


class OverviewStory:
    def __init__(
        self, overview: LoopOverview, styles: Styles, width: float, *, places: dict[str, Place] | None = None
    ) -> None:
        self.overview, self.styles, self.width = overview, styles, width
        self.places = places  # a template's: the line with the candidate's name becomes a slot

    def build(self) -> list[Flowable]:
        return [*self.title(), *self.schedule(), *self.coverage(), *self.findings()]

    def title(self) -> list[Flowable]:
        o, s = self.overview, self.styles
        meta = f"Generated {layout.text(o.generated_on, s)} by Interview Loop Planner {layout.text(o.app_version, s)}"
        kicker, title, _subtitle, meta_line = layout.title_block(
            s, kicker=DOCUMENT, title=o.loop_name, subtitle=self._subtitle_text(), meta=meta
        )
        subtitle = self.subtitle() if self.places is None else Slot("subtitle", self.subtitle(), self.places)
        return [kicker, title, subtitle, meta_line]

    def _subtitle_text(self) -> str:
        o = self.overview
        return o.role_title + (f" · {o.candidate_name}" if o.candidate_name else "")

    def subtitle(self) -> Flowable:
        return layout.para(self._subtitle_text(), self.styles.subtitle, self.styles)

    # --------------------------------------------------------------- schedule

    def schedule(self) -> list[Flowable]:
        s, w, stages = self.styles, self.width, self.overview.stages
        labels = ["#", "Stage", "Format", "Min", "Used", "Focus and anchor exercise", "Rates", "Interviewers"]
        rows = [layout.header_row(labels, s, right_from=3, right_to=4)]
        rows += [self._stage_row(i, stage) for i, stage in enumerate(stages, start=1)]
        rows.append(self._total_row())
        widths = [0.04, 0.17, 0.09, 0.06, 0.07, 0.31, 0.08, 0.18]
        extra: list[layout.Command] = [("LINEABOVE", (0, -1), (-1, -1), 0.8, PALETTE.ink)]
        extra += [
            ("BACKGROUND", (4, i), (4, i), STATUS_FILLS["missing"])
            for i, stage in enumerate(stages, start=1)
            if stage.minutes_used > stage.minutes
        ]
        story: list[Flowable] = [
            layout.section("Schedule", s, key="schedule"),
            layout.data_table(rows, [f * w for f in widths], extra=extra),
        ]
        if self.overview.budget:
            story.append(Paragraph(f"<b>Skill budget:</b> {layout.text(self.overview.budget, s)}", s.note))
        return story

    def _stage_row(self, number: int, stage: MatrixStage) -> list[layout.Cell]:
        s = self.styles
        people = ", ".join(stage.interviewers) or "not assigned yet"
        return [
            Paragraph(str(number), s.cell),
            layout.para(stage.name, s.cell_bold, s),
            layout.para(stage.format, s.cell, s),
            Paragraph(str(stage.minutes), s.cell_right),
            Paragraph(str(stage.minutes_used), s.cell_right),
            [
                layout.para(stage.focus_label or stage.focus, s.cell_bold, s),
                layout.para(stage.anchor or "no anchor exercise", s.note, s),
            ],
            Paragraph(f"{stage.rated} of {stage.cap}" if stage.cap else str(stage.rated), s.cell),
            layout.para(people, s.cell, s),
        ]

    def _total_row(self) -> list[layout.Cell]:
        s, stages = self.styles, self.overview.stages
        total = sum(stage.minutes for stage in stages)
        used = sum(stage.minutes_used for stage in stages)
        return [
            "",
            Paragraph("Total", s.cell_bold),
            "",
            Paragraph(str(total), s.cell_right),
            Paragraph(str(used), s.cell_right),
            "",
            Paragraph(str(sum(stage.rated for stage in stages)), s.cell),
            "",
        ]

    # --------------------------------------------------------------- coverage

    def coverage(self) -> list[Flowable]:
        s = self.styles
        intro = (
            "Rows are the role's skills, columns the stages. ✓n: the stage assesses the skill "
            "with n questions; –: it does not."
        )
        return [
            # the heading, its note, the matrix's turned stage names and a few rows start a page together: with
            # less room the matrix moved on alone and left the heading at the foot of the page before
            CondPageBreak(COVERAGE_MIN_SPACE),
            layout.section("Coverage", s, key="coverage"),
            Paragraph(intro, s.note),
            Spacer(1, 4),
            self._matrix(),
            Spacer(1, 6),
            self._legend(),
        ]

    def _matrix(self) -> Table:
        s, stages = self.styles, self.overview.stages
        header = [Paragraph("Skill", s.head)]
        header += [layout.turned([f"{i}. {stage.name}"], s) for i, stage in enumerate(stages, 1)]
        header.append(Paragraph("Status", s.head))
        rows = [header] + [self._matrix_row(skill) for skill in self.overview.skills]
        extra = [("ALIGN", (1, 0), (len(stages), 0), "CENTER"), *self._matrix_fills()]
        return layout.data_table(rows, self._matrix_widths(), extra=extra)

    def _matrix_widths(self) -> list[float]:
        w, count = self.width, max(1, len(self.overview.stages))
        return [0.3 * w, *[0.59 * w / count] * count, 0.11 * w]

    def _matrix_row(self, skill: MatrixSkill) -> list[layout.Cell]:
        s, status = self.styles, coverage_status(skill)
        tag = layout.tag("MUST", PALETTE.bad, s) if skill.priority == "must" else ""
        name = Paragraph(f"{layout.text(skill.name, s)}  {tag}", s.cell)
        cells = [Paragraph(cell_text(cell), s.cell_center) for cell in skill.cells]
        label = status.capitalize() if status == "covered" else f"<b>{status.upper()}</b>"
        return [name, *cells, Paragraph(label, s.cell)]

    def _matrix_fills(self) -> list[tuple[object, ...]]:
        commands: list[tuple[object, ...]] = []
        last = len(self.overview.stages) + 1
        for row, skill in enumerate(self.overview.skills, start=1):
            fill = STATUS_FILLS[coverage_status(skill)]
            commands.append(("BACKGROUND", (last, row), (last, row), fill))
            if coverage_status(skill) == "missing":
                commands.append(("BACKGROUND", (0, row), (0, row), fill))
            commands += [
                ("BACKGROUND", (col, row), (col, row), fill)
                for col, cell in enumerate(skill.cells, start=1)
                if cell is not None
            ]
        return commands

    def _legend(self) -> Table:
        s = self.styles
        rows = [
            ["", Paragraph(f"<b>{status.capitalize()}</b>: {text}", s.small)] for status, text in STATUS_TEXT.items()
        ]
        table = Table(rows, colWidths=[14, self.width - 14], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    *[("BACKGROUND", (0, i), (0, i), fill) for i, fill in enumerate(STATUS_FILLS.values())],
                    ("BOX", (0, 0), (0, -1), 0.4, PALETTE.rule),
                    ("INNERGRID", (0, 0), (0, -1), 0.4, PALETTE.rule),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    # --------------------------------------------------------------- findings

    def findings(self) -> list[Flowable]:
        s, findings = self.styles, self.overview.findings
        story: list[Flowable] = [layout.section("Findings", s, key="findings")]
        if not findings:
            return [*story, Paragraph("No findings: the loop passes every check.", s.body)]
        rows = [layout.header_row(["Severity", "Code", "Message"], s)]
        rows += [self._finding_row(finding) for finding in findings]
        extra = [
            ("BACKGROUND", (0, i), (0, i), SEVERITY_FILLS[finding.severity])
            for i, finding in enumerate(findings, start=1)
        ]
        w = self.width
        return [*story, layout.data_table(rows, [0.13 * w, 0.22 * w, 0.65 * w], extra=extra)]

    def _finding_row(self, finding: FindingData) -> list[layout.Cell]:
        s = self.styles
        return [
            Paragraph(finding.severity.upper(), s.cell_bold),
            layout.para(finding.code, s.cell, s),
            layout.para(finding.message, s.cell, s),
        ]
