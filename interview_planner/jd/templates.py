"""A careers page kept as a web framework's template, read as the page it renders.

A hiring manager who takes a posting from a website's sources may hold the template the page is made from rather
than the page: Laravel's Blade (``resources/views/jobs/backend.blade.php``), Twig, Jinja, Django, ERB or PHP. Its
text is then wrapped in the framework's translation calls (``{{ __('Experience with PHP') }}``, ``@lang('...')``,
``{% trans %}...{% endtrans %}``, ``{{ 'Nice to have'|trans }}``) and stands among expressions and control lines
(``{{ $job->salary }}``, ``@foreach($benefits as $benefit)``, ``<?php echo $x ?>``). Read as they are, the
wrappers become the requirements' names and the title.

:func:`rendered` keeps each translated text, drops every other expression and control line, and keeps every line
where it is (a requirement still points at the line a person sees in the file). A text that shows none of this is
returned as it is; one template construct alone (a posting that writes ``{{`` in a sentence) changes nothing. A
React component (``.jsx``, ``.tsx``) is read as the page it draws (its strings, translation calls and arrays of
strings drawn by ``.map()``), a Vue single-file component from its ``<template>``.

Every pattern here reads a bounded stretch and each character one way: a crafted file costs time in proportion to
its length (round 21's review: a 0.6 KB component with many escapes, a 300 KB minified page).
"""

from __future__ import annotations

import html
import re
from functools import partial
from pathlib import Path

from interview_planner.errors import InputError

# a translation call over one quoted text, as an expression's whole content: "__('X')", "trans('X', [...])",
# "_('X')", "gettext('X')", "t('X')", "$t('X')", "i18n.t('X')", "esc_html__('X', 'domain')"
_CALL = (
    r"(?:@?lang|__|_|_e|t|\$t|i18n\.t|trans|trans_choice|gettext|_x|esc_html__|esc_html_e|esc_attr__|translate)"
    r"""\(\s*(?P<q>['"])(?P<text>(?:\\.|(?!(?P=q))[^\\\n]){0,2000})(?P=q)\s*(?:,[^()\n]{0,200}(?:\([^()\n]{0,200}\)[^()\n]{0,200}){0,5})?\)"""
)
# the same text piped to a translation filter: "{{ 'Nice to have'|trans }}", "{{ "X" | t }}"
_FILTERED = (
    r"""(?P<fq>['"])(?P<ftext>(?:\\.|(?!(?P=fq))[^\\\n]){0,2000})(?P=fq)"""
    r"\s*\|\s*(?:trans|t|translate|i18n)\b[^}\n]{0,200}"
)
_EXPRESSION = re.compile(
    r"\{\{-?\s*(?:" + _CALL + "|" + _FILTERED + r")\s*-?\}\}"  # Blade, Twig, Jinja, Vue, Handlebars
    r"|\{!!\s*"
    + _CALL.replace("(?P<q>", "(?P<bq>").replace("(?P=q)", "(?P=bq)").replace("<text>", "<btext>")
    + r"\s*!!\}"  # Blade, unescaped
    + r"|<%=?-?\s*"
    + _CALL.replace("(?P<q>", "(?P<eq>").replace("(?P=q)", "(?P=eq)").replace("<text>", "<etext>")
    + r"\s*-?%>"  # ERB, EJS
    + r"|<\?(?:=|php\s+(?:echo\s+)?)\s*"
    + _CALL.replace("(?P<q>", "(?P<pq>").replace("(?P=q)", "(?P=pq)").replace("<text>", "<ptext>")
    + r"\s*;?\s*\?>"  # PHP
    + r"|@lang\(\s*(?P<lq>['\"])(?P<ltext>(?:\\.|(?!(?P=lq))[^\\\n]){0,2000})(?P=lq)\s*(?:,[^()\n]{0,200})?\)"
    + r"|\{%-?\s*(?:trans|translate|blocktrans|blocktranslate)\s+(?P<dq>['\"])"
    + r"(?P<dtext>(?:\\.|(?!(?P=dq))[^\\\n]){0,2000})(?P=dq)[^%\n]{0,200}-?%\}"  # Django
)
_TEXT_GROUPS = ("text", "ftext", "btext", "etext", "ptext", "ltext", "dtext")
# the wrapper around a block of translated text: "{% trans %}Experience with Go{% endtrans %}" (Jinja), Django's
# "{% blocktrans %}" / "{% blocktranslate %}": the tags go, the text stays
_BLOCK_TAG = re.compile(r"\{%-?\s*(?:end)?(?:trans|blocktrans|blocktranslate)\b[^%\n]{0,200}-?%\}")
# any other expression or statement: a variable, a loop, a condition, a comment
_OTHER = re.compile(
    # (no brace inside: a run of "{" or a minified script's "{{a{%b" is given up at once, not read 400 characters on)
    # (nor another opening: 40,000 "<?php" that never close, read 400 characters on each, took half a second)
    r"\{\{--(?:(?!\{\{--).){0,400}?--\}\}|\{\{[^{}\n]{0,400}\}\}|\{!![^{}\n]{0,400}?!!\}|\{%[^{}%\n]{0,400}%\}"
    r"|\{#[^{}\n]{0,400}?#\}|<%[^<>%\n]{0,400}%>|<\?(?:php|=)(?:[^?<\n]|\?(?!>)|<(?!\?)){0,400}\?>",
)
# a Blade directive, with its arguments: layout, control flow, includes ("@extends('layouts.app')", "@endforeach",
# "@if($remote) (remote) @endif" inside a line)
_DIRECTIVE = re.compile(
    r"(?<![\w@.])@(?:extends|section|endsection|show|stop|yield|parent|include\w*|each|if|elseif|else|endif|unless"
    r"|endunless|isset|endisset|empty|endempty|foreach|endforeach|forelse|endforelse|for|endfor|while|endwhile"
    r"|switch|case|break|default|endswitch|php|endphp|csrf|method|push|endpush|prepend|endprepend|stack|auth"
    r"|endauth|guest|endguest|can|endcan|cannot|endcannot|component|endcomponent|slot|endslot|props|once|endonce"
    r"|vite|livewire\w*|verbatim|endverbatim|error|enderror|production|endproduction|env|endenv)\b"
    r"(?:\s*\((?:[^()\n]|\([^()\n]{0,200}\)){0,400}\))?"
)
_PHP_DIRECTIVE_OPEN = re.compile(r"^\s*@php\s*$")  # "@php" ... "@endphp": a block of code
# (a comment read one way: "<!--.*?-->" repeated could span comments in many ways, exponential in their number)
_VUE_COMPONENT = re.compile(r"\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<template\b")
_VUE_TEMPLATE = re.compile(r"</?template\b")
# a block of PHP that opens a line and goes on over the next ones (not "<?php" said in a sentence)
_PHP_OPEN = re.compile(r"^\s*<\?php\b(?!.*\?>)")
_HINTS = ("{{", "{!!", "{%", "<%", "<?", "@")  # (a text with none of these holds no template construct)
TEMPLATE_CONSTRUCTS = 2  # a text with fewer template constructs than this is no template ("use {{ }} in Vue")
# a translation key rather than a text ("jobs.backend.title", "apply_now", Rails' ".requirements.ruby"): no space,
# no capital, a dot, colon or underscore between its words; not a technology's name ("Node.js", "socket.io",
# "ASP.NET", "next.js")
_KEY = re.compile(r"^(?:\.[a-z0-9_-]+)+$|^[a-z0-9-]+(?:[._:][a-z0-9-]+)+$")
_DOTTED_NAME = re.compile(r"^[a-z0-9-]+\.(?:js|ts|io|net|py|rb|go|ai|sh|dev|css|md)$")


def rendered(text: str, *, file: str | Path | None = None) -> str:
    """``text`` as the page its template renders (see the module's doc); the same number of lines.

    Raises :class:`InputError` (naming ``file``) when the template's text is all kept elsewhere (its translations
    are keys: ``{{ __('jobs.title') }}``): the page it renders shows nothing here."""
    counts = [0, 0]  # the translation calls read: [texts kept, keys left out]
    shown = _rendered(text, counts)
    if counts[1] >= TEMPLATE_CONSTRUCTS and counts[0] == 0:
        raise InputError(
            "is a page template whose texts are kept elsewhere (translation keys); open the page in a browser, "
            "save it as .html and import that",
            file=file,
        )
    return shown


def _rendered(text: str, counts: list[int]) -> str:
    if _JSX_HINT.search(text[:20_000]):
        text = _jsx_rendered(text, counts)
    if _VUE_COMPONENT.match(text) and "<script" in text:
        # a Vue single-file component: its page is its <template> (which HTML keeps unshown), a <template v-if>
        # inside it only groups what it shows
        text = _VUE_TEMPLATE.sub(lambda match: match[0].replace("template", "div", 1), text)
    if not any(hint in text for hint in _HINTS):
        return text
    constructs = len(_OTHER.findall(text)) + text.count("@lang(")
    if "@" in text:
        constructs += len(_DIRECTIVE.findall(text))
    if constructs < TEMPLATE_CONSTRUCTS:
        return text
    translated = partial(_translated, counts=counts)
    out: list[str] = []
    in_code = ""  # what closes the block of code the line is in ("?>", "@endphp")
    for line in text.split("\n"):
        if in_code:
            if in_code in line:
                in_code = ""
            out.append("")
            continue
        if _PHP_OPEN.match(line) or _PHP_DIRECTIVE_OPEN.match(line):
            in_code = "?>" if "<?php" in line else "@endphp"
            out.append("")
            continue
        line = _EXPRESSION.sub(translated, line)
        line = _BLOCK_TAG.sub("", line)
        if "{" in line or "<" in line:
            line = _OTHER.sub("", line)
        if "@" in line:
            line = _DIRECTIVE.sub("", line)
        out.append(line if line.strip() else "")
    return "\n".join(out)


def _translated(match: re.Match[str], counts: list[int]) -> str:
    """The text a translation call shows, or nothing for a key (``counts``: texts kept, keys left out)."""
    said = _literal(next(match[group] for group in _TEXT_GROUPS if match[group] is not None))
    if _KEY.match(said) and not _DOTTED_NAME.match(said):
        counts[1] += 1
        return ""
    counts[0] += 1
    return said


# an HTML tag written as text ("&lt;li&gt;", "&amp;lt;p&amp;gt;"): a page's HTML kept escaped in a JSON feed or a CMS
# export and pasted as it came
_ESCAPED_TAG = re.compile(r"&(?:amp;)*lt;/?(?:p|li|ul|ol|h[1-6]|br|div|strong|b|em|span|a)\b", re.IGNORECASE)
ESCAPED_TAGS = 3  # this many escaped tags, and fewer tags written as tags, make a text escaped HTML
_REAL_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|br|div)\b", re.IGNORECASE)


def unescaped(text: str) -> str:
    """``text`` with its HTML unescaped when it is a page's HTML written escaped ("&lt;p&gt;Nous
    recherchons&lt;/p&gt;"): read as the HTML it is, not as text with "<p>" in its lines. A posting that
    mentions one tag ("the &lt;dialog&gt; element") is left as it is."""
    head = text[:20_000]
    if (
        "&" not in head
        or len(_ESCAPED_TAG.findall(head)) < ESCAPED_TAGS
        or len(_REAL_TAG.findall(head)) >= ESCAPED_TAGS
    ):
        return text
    for _ in range(3):  # (escaped twice: "&amp;lt;li&amp;gt;")
        if not _ESCAPED_TAG.search(text):
            break
        text = html.unescape(text)
    return text


# a React component (.jsx, .tsx: a careers page of a site built with React, Gatsby or Next.js): its text among
# JSX expressions, a string written as one ("{"Docker & Kubernetes"}", "{' '}"), a translation call
# ("{t('Experience with Go')}"), a comment ("{/* TODO */}"), a variable ("{job.salary}")
_JSX_HINT = re.compile(r"\bclassName=|\bfrom\s+[\"']react[\"']|\bimport\s+React\b")
_QUOTED_TEXT = r"""(?P<q>["'`])(?P<text>(?:\\.|(?!(?P=q))[^\\\n]){0,2000})(?P=q)"""  # (a backslash: an escape only)
_JSX_STRING = re.compile(r"\{\s*" + _QUOTED_TEXT + r"\s*\}")
_JSX_CALL = re.compile(r"\{\s*" + _CALL + r"\s*\}")
# (not an attribute's value: "key={label}" stays for the HTML reader)
_JSX_VARIABLE = re.compile(r"(?<!=)\{\s*[A-Za-z_$][\w$.?]{0,80}\s*\}")
# the opening of a list drawn from records ("{jobs.map(({ label, note }) => ("): what it draws stays, the call goes
_JSX_MAP_OPEN = re.compile(r"\{\s*[\w$.]{1,80}\s*\.map\(\s*(?:\([^()\n]{0,80}\)|[\w$]{1,40})\s*=>\s*\(?")
_PLACEHOLDER = re.compile(r"\$\{[^{}\n]{0,100}\}")
_JSX_COMMENT = re.compile(r"\{\s*/\*[^{}\n]{0,400}?\*/\s*\}")


# a list kept as an array of strings and drawn by mapping it ("const requirements = ['Go', 'Kubernetes'];" ...
# "{requirements.map((item) => <li key={item}>{item}</li>)}"): the strings as the list's items
_ARRAY_OPEN = re.compile(r"(?:const|let|var)\s+(?P<name>\w+)\s*(?::[^=\n]{1,60})?=\s*\[")
_QUOTED = re.compile(_QUOTED_TEXT)
_LINE_COMMENT = re.compile(r"//[^\n]*")
_ARRAY_CLOSE = re.compile(r"\](?:\s*as\s+const)?\s*;?")  # ("] as const;": TypeScript's read-only array)
ARRAY_CHARS = 5_000  # an array of a list's strings is shorter than this
_MAP_OPEN = r"\{{\s*{name}\s*\.map\s*\("


def _mapped_arrays(text: str) -> str:
    """``text`` with each array of strings that a ``.map(...)`` draws written as the list items it draws, where it
    draws them; the array itself left out (each line kept where it is)."""
    arrays = [found for opening in _ARRAY_OPEN.finditer(text) if (found := _string_array(text, opening))]
    for name, array_start, array_end, strings in reversed(arrays):
        drawn = re.search(_MAP_OPEN.format(name=re.escape(name)), text[array_end:])
        if drawn is None:
            continue
        start = array_end + drawn.start()
        end = _closing_brace(text, start)
        if end is None:
            continue
        items = "".join(f"<li>{_literal(said)}</li>" for said in strings)
        text = text[:start] + items + "\n" * text.count("\n", start, end) + text[end:]
        text = text[:array_start] + "\n" * text.count("\n", array_start, array_end) + text[array_end:]
    return text


def _string_array(text: str, opening: re.Match[str]) -> tuple[str, int, int, list[str]] | None:
    """The array of strings ``opening`` opens: its name, where it starts and ends, its strings; ``None`` when it
    holds anything else (numbers, objects, names) or does not close soon."""
    strings: list[str] = []
    index, end = opening.end(), min(len(text), opening.end() + ARRAY_CHARS)
    while index < end:
        char = text[index]
        if char in " \t\r\n,":
            index += 1
        elif char == "/" and text.startswith("//", index):
            index = (_LINE_COMMENT.match(text, index) or opening).end()
        elif char == "]":
            close = _ARRAY_CLOSE.match(text, index)
            return (opening["name"], opening.start(), close.end() if close else index + 1, strings) if strings else None
        elif (quoted := _QUOTED.match(text, index)) is not None:
            strings.append(quoted["text"])
            index = quoted.end()
        else:
            return None
    return None


def _closing_brace(text: str, start: int) -> int | None:
    """The end of the ``{...}`` that opens at ``start`` (strings not read: a map's body holds none that matter)."""
    depth = 0
    for index in range(start, min(len(text), start + MAP_CHARS)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


MAP_CHARS = 2_000  # a list's map is shorter than this


def _jsx_rendered(text: str, counts: list[int]) -> str:
    text = _mapped_arrays(text)
    text = _JSX_COMMENT.sub("", text)
    text = _JSX_CALL.sub(partial(_translated, counts=counts), text)
    text = _JSX_STRING.sub(lambda match: _literal(match["text"]), text)
    text = _JSX_MAP_OPEN.sub("", text)
    text = _JSX_VARIABLE.sub("", text)  # "{job.title}", "{label}": filled in when the page is drawn
    return _PLACEHOLDER.sub("", text) if "${" in text else text  # "Engineer (${city})"


_ESCAPE = re.compile(r"\\(.)")


def _literal(said: str) -> str:
    """A quoted string's text, its escapes read ("We\\'re hiring" -> "We're hiring")."""
    return _ESCAPE.sub(r"\1", said) if "\\" in said else said
