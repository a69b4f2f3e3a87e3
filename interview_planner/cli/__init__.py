"""The ``interview-planner`` command.

Each command group lives in its own module and registers its sub-commands on
the parser; handlers import the heavy parts of the core lazily so that
``--version`` and ``--help`` stay fast (no SQLAlchemy, reportlab or Qt).

Exit codes: 0 ok; 1 a check found problems (``loop check``) or a generic
user error; 2 malformed input; 3 not found; 4 conflict; 5 storage;
70 an unexpected error (a bug: the traceback goes to the log file).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

import interview_planner
from interview_planner.cli.common import COMMAND_MODULES, CliContext, print_error
from interview_planner.errors import UserError
from interview_planner.paths import DB_ENV_VAR

EXIT_BUG = 70
EXIT_INPUT = 2  # InputError's status
log = logging.getLogger("interview_planner")


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked for (``--help`` does not pay for it)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"{parser.prog} {interview_planner.__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interview-planner",
        description="Plan technical interview loops. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"database file or URL (default: ${DB_ENV_VAR}, else the file in your user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"interview_planner.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        return _open_gui(args)
    ctx = CliContext(args)
    try:
        return int(args.handler(ctx) or 0)
    except UserError as exc:
        print_error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        print_error("interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly, like other tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (MemoryError, RecursionError, OverflowError) as exc:  # input beyond what the limits foresaw
        print_error(f"the input is too large or too deeply nested to handle ({type(exc).__name__})")
        return EXIT_INPUT
    except Exception as exc:  # a bug: say so plainly, keep the details in the log
        from interview_planner.logs import log_exception

        where = log_exception(exc)
        print_error(f"unexpected error: {type(exc).__name__}: {exc} (details in {where})")
        return EXIT_BUG
    finally:
        ctx.close()


def _open_gui(args: argparse.Namespace) -> int:
    try:
        app = importlib.import_module("interview_planner_ui.app")
    except ImportError as exc:
        print_error(f"the desktop app is not available ({exc}); see 'interview-planner --help'")
        return 1
    return int(app.main(db=args.db))
