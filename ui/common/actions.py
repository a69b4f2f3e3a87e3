"""Every menu and toolbar command, declared once.

A command is a row in :data:`ACTIONS` (id, text, shortcut, icon, tooltip);
menus and the toolbar are lists of ids. :func:`create_actions` makes one
``QAction`` per row with ``objectName`` = the id, which is what tests and
the main window look actions up by. Texts are marked with
``QT_TRANSLATE_NOOP`` here and translated when the action is built, so a
translator installed at start-up applies.

To add a command: add an :class:`ActionId`, a row in ``ACTIONS``, put the id
in a menu or the toolbar, and give the main window a handler for it. A
command that a page handles names that page (``page=``): it starts
disabled until the page connects and enables it (:mod:`page_actions`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QToolBar, QWidget

from interview_planner_ui.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Actions"
StandardKey = QKeySequence.StandardKey
Pixmap = QStyle.StandardPixmap


class ActionId(StrEnum):
    OPEN_DATABASE = "open_database"
    RECENT_DATABASES = "recent_databases"
    IMPORT_BANKS = "import_banks"
    IMPORT_SCORECARDS = "import_scorecards"
    INTERVIEWERS = "interviewers"
    SETTINGS = "settings"
    REFRESH = "refresh"
    SHORTCUTS = "shortcuts"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    FIND = "find"
    ABOUT = "about"
    # People: candidates, scorecards, debrief (handled by their pages, see ActionSpec.page)
    ADD_CANDIDATE = "add_candidate"
    OPEN_SCORECARD = "open_scorecard"
    DEBRIEF = "debrief"
    EXPORT_PACKETS = "export_packets"
    EXPORT_ALL_PACKETS = "export_all_packets"
    EXPORT_CONSOLIDATED = "export_consolidated"
    ERASE_CANDIDATE = "erase_candidate"
    RENAME_CANDIDATE = "rename_candidate"
    EXPORT_KITS = "export_kits"
    SUBMIT_SCORECARD = "submit_scorecard"
    AMEND_SCORECARD = "amend_scorecard"
    OVERRIDE_DECISION = "override_decision"
    # Roles and loops (handled by the roles and loop designer pages)
    IMPORT_JOB_DESCRIPTION = "import_job_description"
    PASTE_JOB_DESCRIPTION = "paste_job_description"
    ADD_ROLE_SKILL = "add_role_skill"
    REMOVE_ROLE_SKILL = "remove_role_skill"
    RENAME_ROLE = "rename_role"
    DELETE_ROLE = "delete_role"
    PROMOTE_ROLE_SKILL = "promote_role_skill"
    NEW_LOOP = "new_loop"
    REPLAN_LOOP = "replan_loop"
    RENAME_LOOP = "rename_loop"
    DELETE_LOOP = "delete_loop"
    ADD_STAGE = "add_stage"
    REMOVE_STAGE = "remove_stage"
    MOVE_STAGE_UP = "move_stage_up"
    MOVE_STAGE_DOWN = "move_stage_down"
    # Content: the skill catalogue, rubrics and questions (handled by the rubrics and bank pages)
    NEW_SKILL = "new_skill"
    EDIT_SKILL = "edit_skill"
    EDIT_RUBRIC = "edit_rubric"
    IMPORT_RUBRICS = "import_rubrics"
    EDIT_QUESTION = "edit_question"


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str
    shortcut: StandardKey | str | None = None
    icon: str = ""
    fallback_icon: Pixmap | None = None
    tip: str = ""
    role: QAction.MenuRole = QAction.MenuRole.NoRole
    page: str = ""  # key of the page that handles it (it starts disabled; the page enables it)
    anywhere: bool = False  # a page command offered on every page: it opens its page first


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OPEN_DATABASE,
        QT_TRANSLATE_NOOP("Actions", "&Open Database…"),
        StandardKey.Open,
        "document-open",
        Pixmap.SP_DialogOpenButton,
        QT_TRANSLATE_NOOP("Actions", "Open another planner database file"),
    ),
    ActionSpec(
        ActionId.RECENT_DATABASES,
        QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
        None,
        "document-open-recent",
        None,
        QT_TRANSLATE_NOOP("Actions", "Databases you opened lately"),
    ),
    ActionSpec(
        ActionId.IMPORT_BANKS,
        QT_TRANSLATE_NOOP("Actions", "&Import Bank Files…"),
        "Ctrl+Shift+I",  # Ctrl+I imports a job description (roles page)
        "document-import",
        Pixmap.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("Actions", "Add or update questions from YAML, JSON, CSV or Markdown files"),
    ),
    ActionSpec(
        ActionId.QUIT,
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        "application-exit",
        None,
        QT_TRANSLATE_NOOP("Actions", "Close the window and quit"),
        QAction.MenuRole.QuitRole,
    ),
    ActionSpec(
        ActionId.IMPORT_SCORECARDS,
        QT_TRANSLATE_NOOP("Actions", "Import &Filled Scorecards…"),
        "Ctrl+Shift+F",
        "document-import",
        Pixmap.SP_ArrowDown,
        QT_TRANSLATE_NOOP(
            "Actions", "Read scorecards filled in a packet's PDF or a JSON kit (you can also drop the files here)"
        ),
    ),
    ActionSpec(
        ActionId.INTERVIEWERS,
        QT_TRANSLATE_NOOP("Actions", "&Interviewers…"),
        "Ctrl+Shift+P",
        "system-users",
        Pixmap.SP_DirHomeIcon,
        QT_TRANSLATE_NOOP("Actions", "The interviewer pool: add people, their qualifications and weekly limits"),
    ),
    ActionSpec(
        ActionId.SETTINGS,
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "Ctrl+,",
        "preferences-system",
        Pixmap.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("Actions", "Paper size, colours, retention and the default database"),
        QAction.MenuRole.PreferencesRole,
    ),
    ActionSpec(
        ActionId.REFRESH,
        QT_TRANSLATE_NOOP("Actions", "Re&fresh"),
        "F5",
        "view-refresh",
        Pixmap.SP_BrowserReload,
        QT_TRANSLATE_NOOP("Actions", "Read everything again from the database"),
    ),
    ActionSpec(
        ActionId.SHORTCUTS,
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "F1",
        "help-keyboard-shortcuts",
        Pixmap.SP_DialogHelpButton,
        QT_TRANSLATE_NOOP("Actions", "Every command with its shortcut"),
    ),
    ActionSpec(
        ActionId.UNDO,
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        StandardKey.Undo,
        "edit-undo",
        Pixmap.SP_ArrowBack,
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
    ),
    ActionSpec(
        ActionId.REDO,
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        StandardKey.Redo,
        "edit-redo",
        Pixmap.SP_ArrowForward,
        QT_TRANSLATE_NOOP("Actions", "Redo the change you undid"),
    ),
    ActionSpec(
        ActionId.FIND,
        QT_TRANSLATE_NOOP("Actions", "&Find Questions"),
        StandardKey.Find,
        "edit-find",
        None,
        QT_TRANSLATE_NOOP("Actions", "Search the question bank"),
    ),
    ActionSpec(
        ActionId.ABOUT,
        QT_TRANSLATE_NOOP("Actions", "&About Interview Loop Planner"),
        None,
        "help-about",
        None,
        QT_TRANSLATE_NOOP("Actions", "Version and licence"),
        QAction.MenuRole.AboutRole,
    ),
    ActionSpec(
        ActionId.ADD_CANDIDATE,
        QT_TRANSLATE_NOOP("Actions", "&Add Candidate…"),
        "Ctrl+Shift+N",
        "contact-new",
        Pixmap.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("Actions", "Add a candidate to a loop"),
        page="candidates",
        anywhere=True,
    ),
    ActionSpec(
        ActionId.OPEN_SCORECARD,
        QT_TRANSLATE_NOOP("Actions", "Open &Scorecard"),
        "Ctrl+Shift+O",
        "document-edit",
        Pixmap.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("Actions", "Fill in the scorecard of the selected interview"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.DEBRIEF,
        QT_TRANSLATE_NOOP("Actions", "&Debrief"),
        "Ctrl+Shift+D",
        "x-office-spreadsheet",
        Pixmap.SP_FileDialogListView,
        QT_TRANSLATE_NOOP("Actions", "The consolidated scorecard and the decision"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.EXPORT_PACKETS,
        QT_TRANSLATE_NOOP("Actions", "&Export Packets…"),
        "Ctrl+Shift+E",
        "document-export",
        Pixmap.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("Actions", "Write the interviewer packets (PDF) to a folder"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.EXPORT_ALL_PACKETS,
        QT_TRANSLATE_NOOP("Actions", "Export Packets for A&ll Candidates…"),
        None,
        "document-export",
        Pixmap.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("Actions", "Write every candidate's interviewer packets (PDF) to one folder"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.EXPORT_CONSOLIDATED,
        QT_TRANSLATE_NOOP("Actions", "Export &Consolidated Scorecard…"),
        None,
        "document-export",
        Pixmap.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("Actions", "Write the consolidated scorecard and decision (PDF)"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.ERASE_CANDIDATE,
        QT_TRANSLATE_NOOP("Actions", "E&rase Candidate…"),
        None,
        "edit-delete",
        Pixmap.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Erase the candidate's personal data everywhere"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.RENAME_CANDIDATE,
        QT_TRANSLATE_NOOP("Actions", "Re&name Candidate…"),
        None,
        "edit-rename",
        None,
        QT_TRANSLATE_NOOP("Actions", "Correct the selected candidate's name"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.EXPORT_KITS,
        QT_TRANSLATE_NOOP("Actions", "Export Scorecard &Kits…"),
        None,
        "document-export",
        Pixmap.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("Actions", "Write one JSON scorecard kit per interview, to fill in and import back"),
        page="candidates",
    ),
    ActionSpec(
        ActionId.SUBMIT_SCORECARD,
        QT_TRANSLATE_NOOP("Actions", "S&ubmit Scorecard…"),
        "Ctrl+Return",
        "mail-send",
        Pixmap.SP_DialogApplyButton,
        QT_TRANSLATE_NOOP("Actions", "Submit the scorecard; it becomes read-only"),
        page="scorecard",
    ),
    ActionSpec(
        ActionId.AMEND_SCORECARD,
        QT_TRANSLATE_NOOP("Actions", "A&mend Scorecard…"),
        None,
        "document-edit",
        Pixmap.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("Actions", "Change a submitted scorecard, with a reason"),
        page="scorecard",
    ),
    ActionSpec(
        ActionId.OVERRIDE_DECISION,
        QT_TRANSLATE_NOOP("Actions", "&Override Decision…"),
        None,
        "document-edit",
        Pixmap.SP_MessageBoxWarning,
        QT_TRANSLATE_NOOP("Actions", "Record a different decision with a written reason"),
        page="debrief",
    ),
    ActionSpec(
        ActionId.IMPORT_JOB_DESCRIPTION,
        QT_TRANSLATE_NOOP("Actions", "&Import Job Description…"),
        "Ctrl+I",
        "document-import",
        Pixmap.SP_DialogOpenButton,
        QT_TRANSLATE_NOOP("Actions", "Create a role from a job description file (text, Markdown, HTML, PDF or Word)"),
        page="roles",
        anywhere=True,
    ),
    ActionSpec(
        ActionId.PASTE_JOB_DESCRIPTION,
        QT_TRANSLATE_NOOP("Actions", "&Paste Job Description…"),
        "Ctrl+Shift+V",
        "edit-paste",
        Pixmap.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("Actions", "Create a role from a job description you paste"),
        page="roles",
        anywhere=True,
    ),
    ActionSpec(
        ActionId.ADD_ROLE_SKILL,
        QT_TRANSLATE_NOOP("Actions", "&Add Skill…"),
        "Ctrl+Shift+K",
        "list-add",
        Pixmap.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("Actions", "Add a skill the job description does not name"),
        page="roles",
    ),
    ActionSpec(
        ActionId.REMOVE_ROLE_SKILL,
        QT_TRANSLATE_NOOP("Actions", "&Remove Skill"),
        "Del",
        "list-remove",
        Pixmap.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Remove the selected skill from the role"),
        page="roles",
    ),
    ActionSpec(
        ActionId.RENAME_ROLE,
        QT_TRANSLATE_NOOP("Actions", "Rena&me Role…"),
        None,
        "edit-rename",
        None,
        QT_TRANSLATE_NOOP("Actions", "Change the selected role's title"),
        page="roles",
    ),
    ActionSpec(
        ActionId.DELETE_ROLE,
        QT_TRANSLATE_NOOP("Actions", "&Delete Role…"),
        None,
        "edit-delete",
        Pixmap.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Delete the selected role with its loops (only while it has no candidates)"),
        page="roles",
    ),
    ActionSpec(
        ActionId.PROMOTE_ROLE_SKILL,
        QT_TRANSLATE_NOOP("Actions", "Add Skill to &Catalogue…"),
        None,
        "bookmark-new",
        Pixmap.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("Actions", "Make the selected custom skill a catalogue skill and link it"),
        page="roles",
    ),
    ActionSpec(
        ActionId.NEW_LOOP,
        QT_TRANSLATE_NOOP("Actions", "&New Loop from Template…"),
        "Ctrl+N",
        "document-new",
        Pixmap.SP_FileIcon,
        QT_TRANSLATE_NOOP("Actions", "Create a loop for a role from a template, auto-planned or empty"),
        page="loops",
        anywhere=True,
    ),
    ActionSpec(
        ActionId.REPLAN_LOOP,
        QT_TRANSLATE_NOOP("Actions", "Auto-&plan Again…"),
        None,  # it replaces the stages: never one keystroke away
        "view-refresh",
        Pixmap.SP_BrowserReload,
        QT_TRANSLATE_NOOP("Actions", "Let the planner choose the skills, questions and interviewers again"),
        page="loops",
    ),
    ActionSpec(
        ActionId.RENAME_LOOP,
        QT_TRANSLATE_NOOP("Actions", "Rena&me Loop…"),
        None,
        "edit-rename",
        None,
        QT_TRANSLATE_NOOP("Actions", "Change the shown loop's name"),
        page="loops",
    ),
    ActionSpec(
        ActionId.DELETE_LOOP,
        QT_TRANSLATE_NOOP("Actions", "Dele&te Loop…"),
        None,
        "edit-delete",
        Pixmap.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Delete the shown loop (only while it has no candidates)"),
        page="loops",
    ),
    ActionSpec(
        ActionId.ADD_STAGE,
        QT_TRANSLATE_NOOP("Actions", "Add &Stage…"),
        "Ctrl+Shift+T",
        "list-add",
        Pixmap.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("Actions", "Add a stage after the selected one"),
        page="loops",
    ),
    ActionSpec(
        ActionId.REMOVE_STAGE,
        QT_TRANSLATE_NOOP("Actions", "R&emove Stage"),
        "Ctrl+Del",
        "list-remove",
        Pixmap.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Remove the selected stage"),
        page="loops",
    ),
    ActionSpec(
        ActionId.MOVE_STAGE_UP,
        QT_TRANSLATE_NOOP("Actions", "Move Stage &Up"),
        "Ctrl+Shift+Up",
        "go-up",
        Pixmap.SP_ArrowUp,
        QT_TRANSLATE_NOOP("Actions", "Move the selected stage earlier in the loop"),
        page="loops",
    ),
    ActionSpec(
        ActionId.MOVE_STAGE_DOWN,
        QT_TRANSLATE_NOOP("Actions", "Move Stage &Down"),
        "Ctrl+Shift+Down",
        "go-down",
        Pixmap.SP_ArrowDown,
        QT_TRANSLATE_NOOP("Actions", "Move the selected stage later in the loop"),
        page="loops",
    ),
    ActionSpec(
        ActionId.NEW_SKILL,
        QT_TRANSLATE_NOOP("Actions", "&New Catalogue Skill…"),
        None,
        "list-add",
        Pixmap.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("Actions", "Add a skill to the catalogue that roles can link to"),
        page="rubrics",
    ),
    ActionSpec(
        ActionId.EDIT_SKILL,
        QT_TRANSLATE_NOOP("Actions", "Edit Catalogue &Skill…"),
        None,
        "document-properties",
        Pixmap.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("Actions", "Change the selected skill's name, definition, aliases or focuses"),
        page="rubrics",
    ),
    ActionSpec(
        ActionId.EDIT_RUBRIC,
        QT_TRANSLATE_NOOP("Actions", "Edit &Rubric…"),
        None,
        "document-edit",
        Pixmap.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("Actions", "Write or change the selected skill's rubric"),
        page="rubrics",
    ),
    ActionSpec(
        ActionId.IMPORT_RUBRICS,
        QT_TRANSLATE_NOOP("Actions", "Import R&ubric Files…"),
        None,
        "document-import",
        Pixmap.SP_DialogOpenButton,
        QT_TRANSLATE_NOOP("Actions", "Add or replace rubrics from YAML or JSON files"),
        page="rubrics",
    ),
    ActionSpec(
        ActionId.EDIT_QUESTION,
        QT_TRANSLATE_NOOP("Actions", "Edit &Question…"),
        None,
        "document-edit",
        Pixmap.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("Actions", "Edit the selected question, or write a new one"),
        page="bank",
    ),
)

SPECS: Mapping[ActionId, ActionSpec] = {spec.id: spec for spec in ACTIONS}


@dataclass(frozen=True)
class MenuSpec:
    key: str
    title: str
    items: Sequence[ActionId | None]  # None = separator


MENUS: tuple[MenuSpec, ...] = (
    MenuSpec(
        "file",
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            ActionId.OPEN_DATABASE,
            ActionId.RECENT_DATABASES,
            None,
            ActionId.IMPORT_BANKS,
            ActionId.IMPORT_SCORECARDS,
            None,
            ActionId.SETTINGS,
            None,
            ActionId.QUIT,
        ),
    ),
    MenuSpec(
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (ActionId.UNDO, ActionId.REDO, None, ActionId.FIND),
    ),
    # the main window adds one entry per page after Refresh
    MenuSpec("view", QT_TRANSLATE_NOOP("Actions", "&View"), (ActionId.REFRESH, None)),
    MenuSpec(
        "role",
        QT_TRANSLATE_NOOP("Actions", "&Role"),
        (
            ActionId.IMPORT_JOB_DESCRIPTION,
            ActionId.PASTE_JOB_DESCRIPTION,
            None,
            ActionId.ADD_ROLE_SKILL,
            ActionId.REMOVE_ROLE_SKILL,
            None,
            ActionId.RENAME_ROLE,
            ActionId.DELETE_ROLE,
            ActionId.PROMOTE_ROLE_SKILL,
        ),
    ),
    MenuSpec(
        "loop",
        QT_TRANSLATE_NOOP("Actions", "&Loop"),
        (
            ActionId.NEW_LOOP,
            ActionId.REPLAN_LOOP,
            None,
            ActionId.ADD_STAGE,
            ActionId.REMOVE_STAGE,
            ActionId.MOVE_STAGE_UP,
            ActionId.MOVE_STAGE_DOWN,
            None,
            ActionId.RENAME_LOOP,
            ActionId.DELETE_LOOP,
            None,
            ActionId.INTERVIEWERS,
        ),
    ),
    MenuSpec(
        "candidate",
        QT_TRANSLATE_NOOP("Actions", "&Candidate"),
        (
            ActionId.ADD_CANDIDATE,
            None,
            ActionId.OPEN_SCORECARD,
            ActionId.SUBMIT_SCORECARD,
            ActionId.AMEND_SCORECARD,
            None,
            ActionId.DEBRIEF,
            ActionId.OVERRIDE_DECISION,
            None,
            ActionId.EXPORT_PACKETS,
            ActionId.EXPORT_ALL_PACKETS,
            ActionId.EXPORT_CONSOLIDATED,
            ActionId.EXPORT_KITS,
            None,
            ActionId.RENAME_CANDIDATE,
            ActionId.ERASE_CANDIDATE,
        ),
    ),
    MenuSpec(
        "content",
        QT_TRANSLATE_NOOP("Actions", "Con&tent"),
        (
            ActionId.NEW_SKILL,
            ActionId.EDIT_SKILL,
            None,
            ActionId.EDIT_RUBRIC,
            ActionId.IMPORT_RUBRICS,
            None,
            ActionId.EDIT_QUESTION,
        ),
    ),
    MenuSpec("help", QT_TRANSLATE_NOOP("Actions", "&Help"), (ActionId.SHORTCUTS, None, ActionId.ABOUT)),
)

TOOLBAR: tuple[ActionId | None, ...] = (
    ActionId.OPEN_DATABASE,
    ActionId.IMPORT_SCORECARDS,
    ActionId.INTERVIEWERS,
    None,
    ActionId.UNDO,
    ActionId.REDO,
    ActionId.REFRESH,
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def create_actions(parent: QWidget, undo_stack: QUndoStack) -> dict[ActionId, QAction]:
    """One QAction per declaration; undo and redo come from the stack so they track it."""
    actions = {}
    for spec in ACTIONS:
        action = _base_action(spec, parent, undo_stack)
        apply_spec(action, spec, parent)
        actions[spec.id] = action
    return actions


def _base_action(spec: ActionSpec, parent: QWidget, undo_stack: QUndoStack) -> QAction:
    if spec.id is ActionId.UNDO:
        return undo_stack.createUndoAction(parent, tr("&Undo"))
    if spec.id is ActionId.REDO:
        return undo_stack.createRedoAction(parent, tr("&Redo"))
    return QAction(tr(spec.text), parent)


def apply_spec(action: QAction, spec: ActionSpec, parent: QWidget) -> None:
    action.setObjectName(spec.id.value)
    if isinstance(spec.shortcut, StandardKey):
        action.setShortcuts(spec.shortcut)
    elif spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    action.setIcon(theme_icon(spec.icon, spec.fallback_icon, parent))
    tip = tr(spec.tip) if spec.tip else ""
    action.setToolTip(tip or action.text().replace("&", ""))
    action.setStatusTip(tip)
    action.setMenuRole(spec.role)
    if spec.page:
        action.setEnabled(False)  # until its page is shown and connects it


def theme_icon(name: str, fallback: Pixmap | None, widget: QWidget | None = None) -> QIcon:
    """The desktop theme's icon, else a style icon (themes are often missing on Windows/macOS)."""
    icon = QIcon.fromTheme(name) if name else QIcon()
    if icon.isNull() and fallback is not None:
        style = widget.style() if widget is not None else QApplication.style()
        icon = style.standardIcon(fallback)
    return icon


def build_menus(menu_bar: QMenuBar, actions: Mapping[ActionId, QAction]) -> dict[str, QMenu]:
    """Menus from :data:`MENUS`; returns them by key so callers can add dynamic entries."""
    menus = {}
    for spec in MENUS:
        menu = menu_bar.addMenu(tr(spec.title))
        menu.setObjectName(f"menu_{spec.key}")
        _fill(menu, spec.items, actions)
        menus[spec.key] = menu
    return menus


def build_toolbar(toolbar: QToolBar, actions: Mapping[ActionId, QAction]) -> None:
    _fill(toolbar, TOOLBAR, actions)


def _fill(target: QMenu | QToolBar, items: Sequence[ActionId | None], actions: Mapping[ActionId, QAction]) -> None:
    for item in items:
        if item is None:
            target.addSeparator()
        else:
            target.addAction(actions[item])
