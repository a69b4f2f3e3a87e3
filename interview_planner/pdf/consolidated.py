"""The consolidated scorecard: every interviewer's ratings side by side and the decision."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from interview_planner.packets.model import (
    OVERALL_LABELS,
    CellState,
    ConsolidatedScorecard,
    EvidenceLine,
    OverallRow,
    Paper,
    SkillRatingsRow,
)
from interview_planner.pdf import layout
from interview_planner.pdf.document import DocumentInfo, Page, build_pdf
from interview_planner.pdf.flowables import Paragraph
from interview_planner.pdf.styles import PALETTE, Styles, get_styles
from interview_planner.scoring.model import RATING_LABELS

DOCUMENT = "Consolidated scorecard"
DECISION_LABELS = {"hire": "Hire", "no_hire": "No hire", "incomplete": "Incomplete"}
# Marks of the ratings grid besides 1-4 (also the legend under it).
CELL_MARKS = {"not_assessed": "N/A", "not_rated": "?", "not_in_stage": "", "not_submitted": "…"}
LEGEND_MARKS = (
    ("N/A", "not assessed (reason below)"),
    ("?", "not rated"),
    ("…", "scorecard not submitted"),
    ("blank", "stage does not assess it"),
)
RATING_FILLS = {
    1: PALETTE.bad_fill,
    2: PALETTE.warn_fill,
    3: PALETTE.accent_light,
    4: PALETTE.ok_fill,
}


def render_consolidated_scorecard(card: ConsolidatedScorecard, *, paper: Paper = "a4") -> bytes:
    """The consolidated scorecard of one candidate as PDF bytes."""
    page = Page(paper)
    story = ScorecardStory(card, get_styles(), page.width).build()
    return build_pdf(story, info=_info(card), page=page)


def _info(card: ConsolidatedScorecard) -> DocumentInfo:
    return DocumentInfo(
        title=f"{DOCUMENT}: {card.candidate_name}",
        subject=f"{DOCUMENT} for {card.role_title} ({card.loop_name})",
        keywords=f"decision={card.decision}" + (f"; override={card.override}" if card.override else ""),
        app_version=card.app_version,
        footer_name=card.candidate_name,
        footer_document=DOCUMENT,
    )


class ScorecardStory:
    def __init__(self, card: ConsolidatedScorecard, styles: Styles, width: float) -> None:
        self.card, self.styles, self.width = card, styles, width

    def build(self) -> list[Flowable]:
        return [
            *self.title(),
            *self.banner(),
            *self.decision(),
            *self.ratings(),
            *self.evidence(),
            *self.recommendations(),
            *self.policy(),
        ]

    def title(self) -> list[Flowable]:
        c, s = self.card, self.styles
        meta = f"Generated {layout.text(c.generated_on, s)} by Interview Loop Planner {layout.text(c.app_version, s)}"
        return layout.title_block(
            s,
            kicker=DOCUMENT,
            title=c.candidate_name,
            subtitle=f"{c.role_title} · {c.loop_name}",
            meta=meta,
        )

    def banner(self) -> list[Flowable]:
        if self.card.decision != "incomplete":
            return []
        s = self.styles
        causes = self.card.incomplete_causes or ["Not every scorecard is in."]
        lines = [Paragraph("INCOMPLETE", s.banner)]
        lines += [Paragraph(layout.text(cause, s), s.banner_note) for cause in causes]
        lines.append(Paragraph("This is not a decision yet.", s.banner_note))
        table = Table([[lines]], colWidths=[self.width])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PALETTE.bad),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
                ]
            )
        )
        return [table, Spacer(1, 4)]

    # --------------------------------------------------------------- decision

    def decision(self) -> list[Flowable]:
        c, s = self.card, self.styles
        lines = [Paragraph(f"Computed decision: <b>{DECISION_LABELS[c.decision]}</b>", s.lead)]
        lines += self._override()
        story: list[Flowable] = [
            layout.section("Decision", s, key="decision"),
            layout.box(lines, self.width, fill=PALETTE.band, border=self._decision_colour()),
        ]
        if c.reasons:
            story += [Paragraph("WHY", s.label), *layout.bullets(c.reasons, s, s.body)]
        if c.flags:
            story += [Paragraph("FLAGS", s.label), *layout.bullets(c.flags, s, s.body)]
        return story

    def _override(self) -> list[Flowable]:
        c, s = self.card, self.styles
        if c.override is None:
            return []
        who = f" by {layout.text(c.override_by, s)}" if c.override_by else ""
        lines = [Paragraph(f"Overridden to: <b>{DECISION_LABELS[c.override]}</b>{who}", s.lead)]
        reason = c.override_reason or "no reason given"
        lines.append(Paragraph(f"<b>Reason:</b> {layout.text(reason, s)}", s.body))
        return lines

    def _decision_colour(self) -> object:
        final = self.card.override or self.card.decision
        return {"hire": PALETTE.ok, "no_hire": PALETTE.bad}.get(final, PALETTE.warn)

    # ---------------------------------------------------------------- ratings

    def ratings(self) -> list[Flowable]:
        s, c = self.styles, self.card
        header = [Paragraph("Skill", s.head)]
        header += [layout.turned([col.interviewer, col.stage], s) for col in c.columns]
        header += [Paragraph("Mean", s.head_center), Paragraph("Flags", s.head)]
        rows = [header] + [self._rating_row(row) for row in c.skills]
        extra = [("ALIGN", (1, 0), (len(c.columns), 0), "CENTER"), *self._rating_fills()]
        table = layout.data_table(rows, self._rating_widths(), extra=extra)
        return [*layout.section_over_table("Ratings by skill", s, key="ratings"), table, Spacer(1, 4), self.legend()]

    def legend(self) -> Flowable:
        """What the colours and marks of the ratings grid mean."""
        s, w = self.styles, self.width
        cells = [Paragraph(f"{n} {RATING_LABELS[n]}", s.cell_center) for n in (1, 2, 3, 4)]
        cells += [Paragraph(f"{mark} {meaning}", s.cell_center) for mark, meaning in LEGEND_MARKS]
        table = Table([cells], colWidths=[w / len(cells)] * len(cells))
        table.setStyle(
            TableStyle(
                [("BACKGROUND", (n - 1, 0), (n - 1, 0), RATING_FILLS[n]) for n in (1, 2, 3, 4)]
                + [("BOX", (0, 0), (-1, -1), 0.5, PALETTE.rule), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            )
        )
        return table

    def _rating_widths(self) -> list[float]:
        w, count = self.width, max(1, len(self.card.columns))
        return [0.28 * w, *[0.46 * w / count] * count, 0.08 * w, 0.18 * w]

    def _rating_row(self, row: SkillRatingsRow) -> list[layout.Cell]:
        s = self.styles
        mean = "–" if row.mean is None else f"{row.mean:.2f}"
        return [
            [
                layout.para(row.name, s.cell_bold, s),
                Paragraph(layout.priority_tag(row.priority, s), s.cell),
            ],
            *[Paragraph(_cell_text(r, st), s.cell_center) for r, st in zip(row.ratings, _states(row), strict=True)],
            Paragraph(mean, s.cell_center),
            layout.para(", ".join(row.flags), s.cell, s),
        ]

    def _rating_fills(self) -> list[tuple[object, ...]]:
        return [
            ("BACKGROUND", (col, row), (col, row), RATING_FILLS[rating])
            for row, skill in enumerate(self.card.skills, start=1)
            for col, rating in enumerate(skill.ratings, start=1)
            if rating in RATING_FILLS
        ]

    # --------------------------------------------------------------- evidence

    def evidence(self) -> list[Flowable]:
        """Per skill, each submitted rating with the interviewer's evidence (private notes never appear)."""
        s = self.styles
        story: list[Flowable] = [*layout.section_over_table("Evidence by skill", s, key="evidence", min_space=120)]
        for row in self.card.skills:
            heading = Paragraph(
                f"{layout.text(row.name, s)} {layout.priority_tag(row.priority, s)}"
                + (f" · mean {row.mean:.2f}" if row.mean is not None else ""),
                s.h3,
            )
            lines = [self._evidence_line(x) for x in row.evidence] or [Paragraph("No submitted rating.", s.note)]
            story.append(KeepTogether([heading, lines[0]]))  # never a heading alone at a page foot
            story += lines[1:]
        return story

    def _evidence_line(self, x: EvidenceLine) -> Flowable:
        s = self.styles
        if x.rating is not None:
            verdict = f"<b>{x.rating} {RATING_LABELS[x.rating]}</b>"
        elif x.not_assessed_reason:
            verdict = f"<b>N/A, not assessed</b> ({layout.text(x.not_assessed_reason, s)})"
        else:
            verdict = "<b>not rated</b>"
        said = f": {layout.text(x.evidence, s)}" if x.evidence.strip() else ": <i>no evidence written</i>"
        who = f"{layout.text(x.interviewer, s)} ({layout.text(x.stage, s)})"
        return Paragraph(f"{who} – {verdict}{said}", s.body, bulletText="•")

    # -------------------------------------------------------- recommendations

    def recommendations(self) -> list[Flowable]:
        s, w = self.styles, self.width
        rows = [layout.header_row(["Interviewer", "Stage", "Recommendation", "Key take-aways"], s)]
        rows += [self._recommendation_row(row) for row in self.card.overall]
        return [
            *layout.section_over_table("Overall recommendations", s, key="recommendations", min_space=120),
            layout.data_table(rows, [0.2 * w, 0.2 * w, 0.16 * w, 0.44 * w]),
        ]

    def _recommendation_row(self, row: OverallRow) -> list[layout.Cell]:
        s = self.styles
        if row.recommendation is None:
            verdict = Paragraph("Not submitted", s.note)
        else:
            label = OVERALL_LABELS.get(row.recommendation, row.recommendation)
            verdict = layout.para(label, s.cell_bold, s)
        return [
            layout.para(row.interviewer, s.cell, s),
            layout.para(row.stage, s.cell, s),
            verdict,
            layout.para(row.key_takeaways, s.cell, s),
        ]

    # ----------------------------------------------------------------- policy

    def policy(self) -> list[Flowable]:
        s = self.styles
        items = self.card.policy_summary or ["No policy recorded."]
        return [KeepTogether([layout.section("Policy", s, key="policy"), *layout.bullets(items, s, s.body)])]


def _states(row: SkillRatingsRow) -> list[CellState]:
    if row.states:
        return row.states
    return ["rated" if r is not None else "not_rated" for r in row.ratings]


def _cell_text(rating: int | None, state: CellState) -> str:
    return str(rating) if state == "rated" and rating is not None else CELL_MARKS.get(state, "?")
