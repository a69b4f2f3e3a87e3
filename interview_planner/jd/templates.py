"""A careers page kept as a web framework's template, read as the page it renders.

A hiring manager who takes a posting from a website's sources may hold the template the page is made from rather
than the page: Laravel's Blade (``resources/views/jobs/backend.blade.php``), Twig, Jinja, Django, ERB or PHP. Its
text is then wrapped in the framework's translation calls (``{{ __('Experience with PHP') }}``, ``@lang('...')``,
``{% trans %}...{% endtrans %}``, ``{{ 'Nice to have'|trans }}``) and stands among expressions and control lines
(``{{ $job->salary }}``, ``@foreach($benefits as $benefit)``, ``<?php echo $x ?>``). Read as they are, the
wrappers become the requirements' names and the title.

:func:`rendered` keeps each translated text, drops every other expression and control line, and keeps every line
where it is (a requirement still points at the line a person sees in the file). A text that shows none of this is
returned as it is; one template construct alone (a posting that writes ``{{`` in a sentence) changes nothing.
"""

from __future__ import annotations

import html
import re

# a translation call over one quoted text, as an expression's whole content: "__('X')", "trans('X', [...])",
# "_('X')", "gettext('X')", "t('X')", "$t('X')", "i18n.t('X')", "esc_html__('X', 'domain')"
_CALL = (
    r"(?:@?lang|__|_|_e|t|\$t|i18n\.t|trans|trans_choice|gettext|_x|esc_html__|esc_html_e|esc_attr__|translate)"
    r"""\(\s*(?P<q>['"])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)\s*(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)"""
)
# the same text piped to a translation filter: "{{ 'Nice to have'|trans }}", "{{ "X" | t }}"
_FILTERED = r"""(?P<fq>['"])(?P<ftext>(?:\\.|(?!(?P=fq)).)*)(?P=fq)\s*\|\s*(?:trans|t|translate|i18n)\b[^}]*"""
_EXPRESSION = re.compile(
    r"\{\{-?\s*(?:" + _CALL + "|" + _FILTERED + r")\s*-?\}\}"  # Blade, Twig, Jinja, Vue, Handlebars
    r"|\{!!\s*"
    + _CALL.replace("(?P<q>", "(?P<bq>").replace("(?P=q)", "(?P=bq)").replace("<text>", "<btext>")
    + r"\s*!!\}"  # Blade, unescaped
    + r"|<%=?-?\s*"
    + _CALL.replace("(?P<q>", "(?P<eq>").replace("(?P=q)", "(?P=eq)").replace("<text>", "<etext>")
    + r"\s*-?%>"  # ERB, EJS
    + r"|<\?(?:=|php\s+echo)\s*"
    + _CALL.replace("(?P<q>", "(?P<pq>").replace("(?P=q)", "(?P=pq)").replace("<text>", "<ptext>")
    + r"\s*;?\s*\?>"  # PHP
    + r"|@lang\(\s*(?P<lq>['\"])(?P<ltext>(?:\\.|(?!(?P=lq)).)*)(?P=lq)\s*(?:,[^()]*)?\)"  # Blade's directive
    + r"|\{%-?\s*(?:trans|blocktrans)\s+(?P<dq>['\"])(?P<dtext>(?:\\.|(?!(?P=dq)).)*)(?P=dq)[^%]*-?%\}"  # Django
)
_TEXT_GROUPS = ("text", "ftext", "btext", "etext", "ptext", "ltext", "dtext")
# the wrapper around a block of translated text: "{% trans %}Experience with Go{% endtrans %}" (Jinja), Django's
# "{% blocktrans %}" / "{% blocktranslate %}": the tags go, the text stays
_BLOCK_TAG = re.compile(r"\{%-?\s*(?:end)?(?:trans|blocktrans|blocktranslate)\b[^%]*-?%\}")
# any other expression or statement: a variable, a loop, a condition, a comment
_OTHER = re.compile(
    r"\{\{--.*?--\}\}|\{\{.*?\}\}|\{!!.*?!!\}|\{%.*?%\}|\{#.*?#\}|<%.*?%>|<\?(?:php|=).*?\?>",
)
# a Blade directive that opens its line: layout, control flow, includes ("@extends('layouts.app')", "@endforeach")
_DIRECTIVE_LINE = re.compile(
    r"^\s*@(?:extends|section|endsection|show|stop|yield|parent|include\w*|each|if|elseif|else|endif|unless"
    r"|endunless|isset|endisset|empty|endempty|foreach|endforeach|forelse|endforelse|for|endfor|while|endwhile"
    r"|switch|case|break|default|endswitch|php|endphp|csrf|method|push|endpush|prepend|endprepend|stack|auth"
    r"|endauth|guest|endguest|can|endcan|cannot|endcannot|component|endcomponent|slot|endslot|props|once|endonce"
    r"|vite|livewire\w*|verbatim|endverbatim|error|enderror|production|endproduction|env|endenv)\b.*$"
)
_VUE_COMPONENT = re.compile(r"\s*(?:<!--.*?-->\s*)*<template\b", re.DOTALL)
_VUE_TEMPLATE = re.compile(r"</?template\b")
_PHP_OPEN = re.compile(r"<\?php\b(?!.*\?>)")  # a block of PHP that goes on over the next lines
_HINTS = ("{{", "{!!", "{%", "<%", "<?", "@lang(", "@extends", "@section", "@foreach", "@if")
TEMPLATE_CONSTRUCTS = 2  # a text with fewer template constructs than this is no template ("use {{ }} in Vue")
# a translation key rather than a text ("jobs.backend.title", "apply_now"): no space, a dot or an underscore
_KEY = re.compile(r"^[\w-]+(?:[._:][\w-]+)+$")


def rendered(text: str) -> str:
    """``text`` as the page its template renders (see the module's doc); the same number of lines."""
    if _JSX_HINT.search(text[:20_000]):
        text = _jsx_rendered(text)
    if _VUE_COMPONENT.match(text) and "<script" in text:
        # a Vue single-file component: its page is its <template> (which HTML keeps unshown), a <template v-if>
        # inside it only groups what it shows
        text = _VUE_TEMPLATE.sub(lambda match: match[0].replace("template", "div", 1), text)
    if not any(hint in text for hint in _HINTS):
        return text
    constructs = len(_OTHER.findall(text)) + text.count("@lang(")
    constructs += sum(1 for line in text.split("\n") if "@" in line and _DIRECTIVE_LINE.match(line))
    if constructs < TEMPLATE_CONSTRUCTS:
        return text
    out: list[str] = []
    in_php = False
    for line in text.split("\n"):
        if in_php:
            in_php = "?>" not in line
            out.append("")
            continue
        if _PHP_OPEN.search(line):
            in_php = True
            line = line[: line.index("<?php")]
        if _DIRECTIVE_LINE.match(line):
            out.append("")
            continue
        line = _EXPRESSION.sub(_translated, line)
        line = _BLOCK_TAG.sub("", line)
        out.append(_OTHER.sub("", line) if "{" in line or "<" in line else line)
    return "\n".join(out)


def _translated(match: re.Match[str]) -> str:
    said = next(match[group] for group in _TEXT_GROUPS if match[group] is not None)
    said = _literal(said)
    return "" if _KEY.match(said) else said


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
_JSX_STRING = re.compile(r"""\{\s*(?P<q>["'`])(?P<text>(?:\\.|(?!(?P=q))[^\n])*)(?P=q)\s*\}""")
_JSX_CALL = re.compile(r"\{\s*" + _CALL + r"\s*\}")
_JSX_COMMENT = re.compile(r"\{\s*/\*.*?\*/\s*\}")


# a list kept as an array of strings and drawn by mapping it ("const requirements = ['Go', 'Kubernetes'];" ...
# "{requirements.map((item) => <li key={item}>{item}</li>)}"): the strings as the list's items
_STRING_ARRAY = re.compile(
    r"""(?:const|let|var)\s+(?P<name>\w+)\s*(?::\s*[\w<>\[\]]+\s*)?=\s*\[(?P<items>(?:\s*(?P<q>["'`])"""
    r"""(?:\\.|(?!(?P=q))[^\n])*(?P=q)\s*,?)+\s*)\]\s*;?""",
)
_QUOTED = re.compile(r"""(?P<q>["'`])(?P<text>(?:\\.|(?!(?P=q))[^\n])*)(?P=q)""")
_MAP_OPEN = r"\{{\s*{name}\s*\.map\s*\("


def _mapped_arrays(text: str) -> str:
    """``text`` with each array of strings that a ``.map(...)`` draws written as the list items it draws, where it
    draws them; the array itself left out (each line kept where it is)."""
    for array in reversed(list(_STRING_ARRAY.finditer(text))):
        drawn = re.search(_MAP_OPEN.format(name=re.escape(array["name"])), text[array.end() :])
        if drawn is None:
            continue
        start = array.end() + drawn.start()
        end = _closing_brace(text, start)
        if end is None:
            continue
        items = "".join(f"<li>{_literal(q['text'])}</li>" for q in _QUOTED.finditer(array["items"]))
        span = text[start:end]
        text = text[:start] + items + "\n" * span.count("\n") + text[end:]
        text = text[: array.start()] + "\n" * array[0].count("\n") + text[array.end() :]
    return text


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


def _jsx_rendered(text: str) -> str:
    text = _mapped_arrays(text)
    text = _JSX_COMMENT.sub("", text)
    text = _JSX_CALL.sub(_translated, text)
    return _JSX_STRING.sub(lambda match: _literal(match["text"]), text)


_ESCAPE = re.compile(r"\\(.)")


def _literal(said: str) -> str:
    """A quoted string's text, its escapes read ("We\\'re hiring" -> "We're hiring")."""
    return _ESCAPE.sub(r"\1", said) if "\\" in said else said
