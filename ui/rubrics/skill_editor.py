"""The skill editor: add a catalogue skill or change one (name, kind, definition, aliases, keywords, stage
focuses, broader skill), checked as you type by the core. After saving, role skills that no catalogue
skill matched before and that this one matches are offered for linking."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from interview_planner.errors import InputErrors, UserError
from interview_planner.planning.model import FOCUSES
from interview_planner.services.rubrics import list_catalogue
from interview_planner.services.skills import (
    SkillView,
    add_skill,
    edit_skill,
    get_skill,
    merge_skill,
    relink_candidates,
    retire_skill,
    slug_for,
    validate_skill,
)
from interview_planner_ui.common.field_form import FieldErrors
from interview_planner_ui.common.naming import named

if TYPE_CHECKING:
    from interview_planner.db.database import Database
    from interview_planner_ui.common.errors import ErrorPresenter


def _words(edit: QLineEdit) -> list[str]:
    return [w.strip() for w in edit.text().split(",") if w.strip()]


class SkillEditorDialog(QDialog):
    """Edit catalogue skill ``skill`` (a slug), or add a new one when None."""

    def __init__(
        self, db: Database, presenter: ErrorPresenter | None, skill: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.presenter = db, presenter
        self.original: SkillView | None = get_skill(db, skill) if skill else None
        self.saved: SkillView | None = None
        self.ask_to_link = True
        self.setObjectName("skill_editor")
        self.setWindowTitle(self.tr("Edit Skill") if skill else self.tr("New Skill"))
        self.errors = FieldErrors()
        self._build()
        if self.original is not None:
            self.load(self.original)
        self._wire()
        self.revalidate()

    def _build(self) -> None:
        form = QFormLayout()
        self.name = named(QLineEdit(self), "skill_name")
        self.slug = named(QLineEdit(self), "skill_slug")
        self.slug.setPlaceholderText(self.tr("made from the name unless you type one"))
        self.kind = named(QComboBox(self), "skill_kind")
        self.kind.addItem(self.tr("Hard (technical)"), "hard")
        self.kind.addItem(self.tr("Soft (working with people)"), "soft")
        self.definition = named(QPlainTextEdit(self), "skill_definition")
        self.definition.setPlaceholderText(self.tr("one or two sentences; printed in packets"))
        self.aliases = named(QLineEdit(self), "skill_aliases")
        self.aliases.setPlaceholderText(self.tr("other names for the whole skill, separated by commas"))
        self.keywords = named(QLineEdit(self), "skill_keywords")
        self.keywords.setPlaceholderText(self.tr("words in postings that point to it, separated by commas"))
        focus_box = QWidget(self)
        grid = QGridLayout(focus_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.focuses: dict[str, QCheckBox] = {}
        for i, focus in enumerate(FOCUSES):
            box = named(QCheckBox(focus, focus_box), f"skill_focus_{focus}")
            self.focuses[focus] = box
            grid.addWidget(box, i // 2, i % 2)
        self.broader = named(QComboBox(self), "skill_broader")
        self.broader.addItem(self.tr("(none)"), None)
        for skill in list_catalogue(self.db):
            self.broader.addItem(f"{skill.name} ({skill.slug})", skill.slug)
        for key, label, widget in (
            ("name", self.tr("Name"), self.name),
            ("slug", self.tr("Slug"), self.slug),
            ("kind", self.tr("Kind"), self.kind),
            ("definition", self.tr("Definition"), self.definition),
            ("aliases", self.tr("Aliases"), self.aliases),
            ("keywords", self.tr("Keywords"), self.keywords),
            ("focuses", self.tr("Stage focuses"), focus_box),
            ("broader", self.tr("Narrows"), self.broader),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.errors.add(key, widget, self))
            form.addRow(label, box)
        self.summary = named(QLabel(self), "skill_problems")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.retire_button = named(
            self.buttons.addButton(self.tr("Retire…"), QDialogButtonBox.ButtonRole.ActionRole), "skill_retire"
        )
        self.retire_button.setToolTip(self.tr("Stop linking new requirements to this skill (existing links stay)"))
        self.merge_button = named(
            self.buttons.addButton(self.tr("Merge Into…"), QDialogButtonBox.ButtonRole.ActionRole), "skill_merge"
        )
        self.merge_button.setToolTip(self.tr("Move this skill's questions, links and rubric to another skill"))
        self.retire_button.setVisible(self.original is not None)
        self.merge_button.setVisible(self.original is not None)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def _wire(self) -> None:
        for edit in (self.name, self.slug, self.aliases, self.keywords):
            edit.textChanged.connect(self.revalidate)
        self.definition.textChanged.connect(self.revalidate)
        self.kind.currentIndexChanged.connect(self.revalidate)
        self.broader.currentIndexChanged.connect(self.revalidate)
        for box in self.focuses.values():
            box.toggled.connect(self.revalidate)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retire_button.clicked.connect(self.retire)
        self.merge_button.clicked.connect(self.choose_merge_target)

    def retire(self) -> None:
        """Retire the skill (or bring it back, when it is retired) after asking."""
        if self.original is None:
            return
        undo = self.original.retired
        question = (
            self.tr("Offer “{name}” for new links again?")
            if undo
            else self.tr("Retire “{name}”? New job descriptions will no longer link to it; roles that use it keep it.")
        ).format(name=self.original.name)
        if QMessageBox.question(self, self.tr("Retire Skill"), question) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: retire_skill(self.db, self.original.slug, undo=undo) if self.original else None)

    def choose_merge_target(self) -> None:
        if self.original is None:
            return
        choices = [(f"{s.name} ({s.slug})", s.slug) for s in list_catalogue(self.db) if s.slug != self.original.slug]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge Skill"),
            self.tr("Merge “{name}” into (its questions, role links and rubric move there):").format(
                name=self.original.name
            ),
            [c[0] for c in choices],
            0,
            False,
        )
        if ok and label:
            self.merge_into(dict(choices)[label])

    def merge_into(self, target: str) -> None:
        if self.original is not None:
            slug = self.original.slug
            self._run(lambda: merge_skill(self.db, slug, into=target))

    def _run(self, change: Callable[[], object]) -> None:
        try:
            result = change()
        except Exception as exc:
            if self.presenter is None:
                raise
            self.presenter.show(exc, self)
            return
        self.saved = result if isinstance(result, SkillView) else self.saved
        self.accept()

    def load(self, skill: SkillView) -> None:
        self.name.setText(skill.name)
        self.slug.setText(skill.slug)
        self.slug.setReadOnly(True)  # slugs are stable: files refer to them
        self.kind.setCurrentIndex(self.kind.findData(skill.kind))
        self.definition.setPlainText(skill.definition)
        self.aliases.setText(", ".join(skill.aliases))
        self.keywords.setText(", ".join(skill.keywords))
        for focus in skill.focuses:
            if focus in self.focuses:
                self.focuses[focus].setChecked(True)
        self.broader.setCurrentIndex(max(0, self.broader.findData(skill.broader)))

    def data(self) -> dict[str, Any]:
        return {
            "slug": self.slug.text().strip() or slug_for(self.name.text()),
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "definition": self.definition.toPlainText().strip(),
            "aliases": _words(self.aliases),
            "keywords": _words(self.keywords),
            "focuses": [f for f, box in self.focuses.items() if box.isChecked()],
            "broader": self.broader.currentData(),
        }

    def problems(self) -> list[tuple[str, str]]:
        try:
            validate_skill(self.data())
        except InputErrors as exc:
            return [(p.field or "", p.problem) for p in exc.problems]
        except UserError as exc:
            return [(getattr(exc, "field", "") or "", getattr(exc, "problem", str(exc)))]
        return []

    def revalidate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.errors.report(
            self.problems(),
            save=save,
            summary=self.summary,
            ready=self.tr("Ready to save. Your skills are never overwritten by upgrades."),
        )

    def save(self) -> None:
        if self.problems():
            return
        data = self.data()
        try:
            if self.original is None:
                self.saved = add_skill(self.db, data)
            else:
                data.pop("slug")
                self.saved = edit_skill(self.db, self.original.slug, data)
            self._offer_links(self.saved.slug)
        except Exception as exc:
            if self.presenter is None:
                raise
            self.presenter.show(exc, self)
            return
        self.accept()

    def _offer_links(self, slug: str) -> None:
        offered = relink_candidates(self.db, skill=slug)
        if not offered or not self.ask_to_link:
            return
        names = "\n".join(f"• {o.role}: {o.role_skill}" for o in offered[:12])
        answer = QMessageBox.question(
            self,
            self.tr("Link Role Skills?"),
            self.tr("{count} role skill(s) with no catalogue skill match this one:\n{names}\n\nLink them now?").format(
                count=len(offered), names=names
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            relink_candidates(self.db, skill=slug, apply=True)
