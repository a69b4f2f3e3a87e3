"""The widgets of the roles page and how they are laid out (no behaviour here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from interview_planner.services.roles import RoleSkillView, RoleView
from interview_planner_ui.common.banner import Banner
from interview_planner_ui.common.choice_delegate import ChoiceDelegate, Choices
from interview_planner_ui.common.naming import named
from interview_planner_ui.common.planning_labels import PRIORITIES, SKILL_KINDS, choices
from interview_planner_ui.common.tables import EDIT_TRIGGERS, compact_table, plain_label
from interview_planner_ui.common.window_state import WindowState
from interview_planner_ui.roles.job_text_view import JobTextView
from interview_planner_ui.roles.role_skill_model import RoleListModel, RoleSkillModel

SKILL_WIDTHS = {"number": 34, "kind": 60, "priority": 100, "catalogue": 190, "questions": 74, "rubric": 54, "match": 58}
ROLE_WIDTHS = {"skills": 48, "loops": 48}


class RolesLayout:
    """Builds the page: roles on the left; skills, requirement and posting on the right."""

    def __init__(
        self,
        page: QWidget,
        role_model: RoleListModel,
        skill_model: RoleSkillModel,
        catalogue: Callable[[], Choices],
    ) -> None:
        self.page = page
        self.roles = self._roles_table(role_model)
        self.title = plain_label(page, "role_title", wrap=True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label(page, "role_subtitle", wrap=True)
        self.subtitle.setEnabled(False)
        self.busy = self._busy_bar()
        self.banner = named(Banner(page), "role_banner")
        self.role_tools = QVBoxLayout()
        self.skill_tools = QHBoxLayout()
        self.hint = plain_label(page, "skills_hint")
        self.hint.setText(page.tr("Double-click a cell or press F2 to change it; Ctrl+Z undoes."))
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)  # narrower than its text on a small screen: wrap, never cut
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.skills = self._skills_table(skill_model, catalogue)
        self.source = plain_label(page, "skill_source", wrap=True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = named(JobTextView(page), "job_text")
        self.text.setAcceptDrops(False)  # a dropped file goes to the page (import)
        self.text.viewport().setAcceptDrops(False)
        self.empty = plain_label(page, "roles_empty", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(
            page.tr(
                "No roles yet.\n\nImport a job description with Role › Import Job "
                "Description… (Ctrl+I), paste one, or drop its file here (text, Markdown, HTML, PDF or Word)."
            )
        )
        self._lay_out()

    # --- building ---------------------------------------------------------------------

    def _roles_table(self, model: RoleListModel) -> QTableView:
        table = compact_table(self.page, "roles_table", self.page.tr("Roles"))
        table.setModel(model)
        # a long title keeps its end ("… (version 2)"): two versions of a role differ there
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = table.horizontalHeader()
        header.setSectionResizeMode(model.column_index("title"), QHeaderView.ResizeMode.Stretch)
        for key, width in ROLE_WIDTHS.items():
            header.resizeSection(model.column_index(key), width)
        return table

    def _skills_table(self, model: RoleSkillModel, catalogue: Callable[[], Choices]) -> QTableView:
        table = compact_table(self.page, "skills_table", self.page.tr("Skills of the role"))
        table.setModel(model)
        table.setEditTriggers(EDIT_TRIGGERS)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.delegates = {
            "kind": ChoiceDelegate(lambda: choices(SKILL_KINDS), table, accessible=self.page.tr("Kind")),
            "priority": ChoiceDelegate(lambda: choices(PRIORITIES), table, accessible=self.page.tr("Priority")),
            "catalogue": ChoiceDelegate(catalogue, table, accessible=self.page.tr("Catalogue skill")),
        }
        for key, delegate in self.delegates.items():
            table.setItemDelegateForColumn(model.column_index(key), delegate)
        header = table.horizontalHeader()
        # The skill's name whole first; on a narrow window the columns after it scroll instead
        header.setSectionResizeMode(model.column_index("name"), QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for key, width in SKILL_WIDTHS.items():
            header.resizeSection(model.column_index(key), width)
        return table

    def _busy_bar(self) -> QWidget:
        box = named(QWidget(self.page), "import_busy")
        bar = QProgressBar(box)
        bar.setRange(0, 0)
        bar.setMaximumWidth(160)
        bar.setTextVisible(False)
        bar.setAccessibleName(self.page.tr("Importing"))
        label = QLabel(self.page.tr("Reading the job description and linking its skills…"), box)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(bar)
        row.addWidget(label, 1)
        box.hide()
        return box

    def _lay_out(self) -> None:
        left = QWidget(self.page)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.roles, 1)
        left_box.addLayout(self.role_tools)
        self.details = QSplitter(Qt.Orientation.Vertical, self.page)
        self.details.setObjectName("roles_details_splitter")
        self.details.addWidget(self.skills)
        self.details.addWidget(self._source_panel())
        self.details.setStretchFactor(0, 3)
        self.details.setStretchFactor(1, 2)
        self.details.setChildrenCollapsible(False)
        self.right = QStackedWidget(self.page)
        self.right.addWidget(self.empty)
        self.right.addWidget(self._role_panel())
        self.splitter = named(QSplitter(Qt.Orientation.Horizontal, self.page), "roles_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.page)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)

    def _role_panel(self) -> QWidget:
        panel = QWidget(self.page)
        box = QVBoxLayout(panel)
        box.setContentsMargins(4, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addWidget(self.banner)
        self.skill_tools.setContentsMargins(0, 4, 0, 0)
        self.skill_tools.addWidget(self.hint, 1)
        box.addLayout(self.skill_tools)
        box.addWidget(self.details, 1)
        return panel

    def _source_panel(self) -> QWidget:
        panel = QWidget(self.page)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 4, 0, 0)
        caption = QLabel(self.page.tr("Requirement"), panel)
        caption.setStyleSheet("font-weight: bold")
        box.addWidget(caption)
        box.addWidget(self.source)
        posting = QLabel(self.page.tr("Job description"), panel)
        posting.setStyleSheet("font-weight: bold")
        box.addWidget(posting)
        box.addWidget(self.text, 1)
        return panel

    def add_buttons(self, role_actions: Sequence[QAction], skill_actions: Sequence[QAction]) -> None:
        """Buttons for the page's commands: role ones under the list, skill ones over the table."""
        for action in role_actions:
            button = self._tool_button(action)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.role_tools.addWidget(button)
        for position, action in enumerate(skill_actions):
            self.skill_tools.insertWidget(position, self._tool_button(action))

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self.page)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        return button

    # --- showing ------------------------------------------------------------------------

    def show_role(self, view: RoleView | None) -> None:
        self.right.setCurrentIndex(0 if view is None else 1)
        if view is None:
            return
        info, locale = view.role, QLocale()
        self.title.setText(info.title)
        parts = [self.page.tr("{count} skills").format(count=len(view.skills))]
        if info.salary_min is not None and info.salary_max is not None:
            parts.append(
                f"{locale.toString(info.salary_min)}–{locale.toString(info.salary_max)} "
                f"{info.salary_currency or ''}".strip()
            )
        if info.source_name:
            parts.append(info.source_name)
        self.subtitle.setText(" · ".join(parts))

    def show_skill(self, skill: RoleSkillView | None) -> None:
        if skill is None:
            self.source.setText("")
            self.text.highlight_line(None)
            return
        where = (
            self.page.tr("Line {line}: ").format(line=skill.source_line)
            if skill.source_line
            else self.page.tr("Added by hand: ")
        )
        said = where + skill.source
        if skill.part and " ".join(skill.part.split()) != " ".join(skill.source.split()):
            # the line states several requirements: which of them this skill is
            said += "\n" + self.page.tr("This skill: {part}").format(part=skill.part)
        self.source.setText(said)
        self.text.highlight_line(skill.source_line)

    def show_banner(self, unlinked: Sequence[RoleSkillView]) -> None:
        if not unlinked:
            self.banner.show_message("")
            return
        names = ", ".join(f"“{s.name}”" for s in unlinked)
        self.banner.show_message(
            self.page.tr(
                "No questions or rubric yet for {count} skill(s): {names}. Choose a catalogue "
                "skill for them in the “Catalogue skill” column, or plan their questions by hand."
            ).format(count=len(unlinked), names=names)
        )

    def show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    # --- layout memory ------------------------------------------------------------------

    def save_state(self, state: WindowState, key: Callable[[str], str]) -> None:
        state.save_splitter(key("content"), self.splitter)
        state.save_splitter(key("details"), self.details)

    def restore_state(self, state: WindowState, key: Callable[[str], str]) -> None:
        if not state.restore_splitter(key("content"), self.splitter):
            self.splitter.setSizes([250, 910])
        if not state.restore_splitter(key("details"), self.details):
            self.details.setSizes([420, 260])
