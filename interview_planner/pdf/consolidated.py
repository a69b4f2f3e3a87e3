"""The consolidated scorecard: every interviewer's ratings side by side and the decision."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from interview_planner.packets.model import (
    OVERALL_LABELS,
    ConsolidatedScorecard,
    OverallRow,
    Paper,
    SkillRatingsRow,
)
from interview_planner.pdf import layout
from interview_planner.pdf.document import DocumentInfo, Page, build_pdf
from interview_planner.pdf.flowables import Paragraph
from interview_planner.pdf.styles import PALETTE, Styles, get_styles

DOCUMENT = "Consolidated scorecard"
DECISION_LABELS = {"hire": "Hire", "no_hire": "No hire", "incomplete": "Incomplete"}
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
        lines = [
            Paragraph("INCOMPLETE", s.banner),
            Paragraph("Not every scorecard is in: this is not a decision yet.", s.banner_note),
        ]
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
        return [*layout.section_over_table("Ratings by skill", s, key="ratings"), table]

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
            *[Paragraph("–" if r is None else str(r), s.cell_center) for r in row.ratings],
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

    # -------------------------------------------------------- recommendations

    def recommendations(self) -> list[Flowable]:
        s, w = self.styles, self.width
        rows = [layout.header_row(["Interviewer", "Stage", "Recommendation"], s)]
        rows += [self._recommendation_row(row) for row in self.card.overall]
        return [
            layout.section("Overall recommendations", s, key="recommendations"),
            layout.data_table(rows, [0.35 * w, 0.35 * w, 0.3 * w]),
        ]

    def _recommendation_row(self, row: OverallRow) -> list[layout.Cell]:
        s = self.styles
        if row.recommendation is None:
            verdict = Paragraph("Not submitted", s.note)
        else:
            label = OVERALL_LABELS.get(row.recommendation, row.recommendation)
            verdict = layout.para(label, s.cell_bold, s)
        return [layout.para(row.interviewer, s.cell, s), layout.para(row.stage, s.cell, s), verdict]

    # ----------------------------------------------------------------- policy

    def policy(self) -> list[Flowable]:
        s = self.styles
        items = self.card.policy_summary or ["No policy recorded."]
        return [KeepTogether([layout.section("Policy", s, key="policy"), *layout.bullets(items, s, s.body)])]
