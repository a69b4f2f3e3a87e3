"""Reading the files a user hands over: regular files only, never more than a limit.

Every importer reads through :func:`read_regular`, so a FIFO, a device (``/dev/zero``) or a socket is
refused with one line instead of blocking or filling memory, and a file that grows while it is read
is cut at the limit and refused.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from interview_planner.errors import InputError

MAX_JSON_DEPTH = 64  # nesting of arrays and objects in a JSON or YAML file (the formats need 6)
MAX_INT_DIGITS = 18  # an integer in a content file or kit (minutes, ratings) never needs more


def read_regular(path: Path, *, limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file ``path``, or a one-line :class:`InputError` naming it."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file", file=path) from None
    except PermissionError:
        raise InputError("permission denied", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", file=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder, not a file", file=path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"is not a regular file (a pipe, device or socket); give a saved {what}", file=path)
    if info.st_size > limit:
        raise InputError(f"file is too large ({_size(info.st_size)}; the limit is {_size(limit)})", file=path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise InputError("permission denied", file=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", file=path) from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # swapped for something else since the stat
            raise InputError(f"is not a regular file (a pipe, device or socket); give a saved {what}", file=path)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"file is too large (more than {_size(limit)})", file=path)
    return data


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n:,} bytes"


# A double-quoted string (a backslash escapes the next character, even a newline), possibly unterminated;
# and a run of characters that are not brackets. Removed by the C regex engine: the loop of
# nesting_depth then sees only the brackets (a per-character Python loop cost 1 s per 60 MB bank).
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")


def nesting_depth(text: str) -> int:
    """How deeply ``[``/``{`` nest in ``text``, outside double-quoted strings (cheap, before parsing).

    A closing bracket without an opening one is ignored.
    """
    if '\\"' not in text:  # no quote is escaped: cut the strings out with C string methods (a 60 MB bank:
        return _depth_of_brackets(_outside_strings(text))  # 1.7 s with the regexes below, 0.1 s this way)
    return _depth_of_brackets(_NOT_BRACKETS.sub("", _STRING.sub("", text)))


# Every byte but the brackets and the double quote: deleted by bytes.translate (UTF-8 continuation and lead
# bytes are never ASCII, so no bracket or quote is lost or made up).
_OTHER_BYTES = bytes(b for b in range(256) if b not in b'[]{}":')


def _outside_strings(text: str) -> bytes:
    """The brackets and colons of ``text`` outside double-quoted strings, when no quote in it is escaped.

    Without a backslash before a quote, every quote opens or closes a string (a backslash outside a
    string is ignored, inside one it escapes something else): after deleting every other character,
    the pieces between quotes alternate outside / inside, the first one outside.
    """
    return b"".join(text.encode("utf-8", "surrogatepass").translate(None, _OTHER_BYTES).split(b'"')[::2])


def json_pairs(text: str) -> int:
    """How many key/value pairs the objects of ``text`` hold, ``text`` being valid JSON: its colons outside
    strings (a repeated key counts each time it is written).

    In valid JSON a backslash occurs only inside a string and starts an escape, so deleting the escaped
    backslashes and then the escaped quotes (left to right, as a parser reads them) leaves every quote a
    string's start or end, and the cut of :func:`_outside_strings` applies.
    """
    if "\\" in text:
        text = text.replace("\\\\", "").replace('\\"', "")
    return _outside_strings(text).count(b":")


def _depth_of_brackets(brackets: str | bytes) -> int:
    depth = deepest = 0
    for ch in brackets.translate(None, b":").decode("ascii") if isinstance(brackets, bytes) else brackets:
        if ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif depth:
            depth -= 1
    return deepest


def _pairs_in_data(data: Any) -> int:
    """How many key/value pairs the dicts of parsed JSON hold: fewer than the colons outside the text's
    strings when a key was repeated (json.loads keeps the last). Counting instead of a hook per object: the
    C parser builds the 100,000 questions of a bank without calling back into Python (1 s of a 60 MB import).
    """
    count, stack = 0, [data] if type(data) is dict or type(data) is list else []
    while stack:
        value = stack.pop()
        items = value.values() if type(value) is dict else value
        if type(value) is dict:
            count += len(value)
        for item in items:
            if type(item) is dict or type(item) is list:
                stack.append(item)
    return count


def check_depth(text: str, path: Path | str, *, depth: int | None = None) -> None:
    depth = nesting_depth(text) if depth is None else depth
    if depth > MAX_JSON_DEPTH:
        raise InputError(f"nested {depth} levels deep; the limit is {MAX_JSON_DEPTH}", file=path)


def loads_strict(text: str, path: Path | str) -> Any:
    """JSON as the formats define it: no duplicate keys, no NaN/Infinity, bounded integers and nesting."""
    # No escaped quote (the usual case): the brackets and colons outside strings, cut out once with C string
    # methods, give the nesting and the number of key/value pairs (duplicate keys: see _pairs_in_data).
    outside = _outside_strings(text) if '\\"' not in text else None
    check_depth(text, path, depth=None if outside is None else _depth_of_brackets(outside))

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):  # rare: find the first key seen twice
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    raise InputError(f"duplicate key {key!r}", file=path, field=key)
                seen.add(key)
        return out

    def integer(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            raise InputError(f"a number of {len(digits)} digits; the limit is {MAX_INT_DIGITS}", file=path)
        return int(digits)

    def constant(name: str) -> Any:
        raise InputError(f"{name} is not a JSON number", file=path)

    try:
        if outside is not None:
            data = json.loads(text, parse_int=integer, parse_constant=constant)
            if outside.count(b":") == _pairs_in_data(data):
                return data
        return json.loads(text, object_pairs_hook=pairs, parse_int=integer, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=path, line=exc.lineno) from None
