"""The card template's filters: text from a post, a profile or the user escaped for where it
lands (HTML, Markdown prose, a table cell, a code block, a CSS url), and the number formats.

Each returns `Markup`, so the template's autoescape leaves the result as it is; anything
unfiltered is still HTML-escaped by autoescape.
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

from markupsafe import Markup


def one_line(text) -> str:
    """`text` on one line, runs of whitespace (line breaks too) as one space."""
    return " ".join(str(text if text is not None else "").split())


def esc_html(text) -> Markup:
    """Text from a post/profile, safe inside HTML (and so inside Markdown prose)."""
    return Markup(html.escape(one_line(text), quote=True))


_MD_SPECIAL = re.compile(r"([\\`*\[\]|])")


def esc_md(text) -> Markup:
    """Text from a post/profile, safe in Markdown prose and in a table cell: one line,
    HTML escaped, and `|`, brackets, backticks and asterisks backslash-escaped."""
    # Apostrophes stay as they are so "I'm" reads well in the raw card; double quotes are
    # escaped so that no attribute-looking fragment (onerror="...") survives even as text.
    text = html.escape(one_line(text), quote=False).replace('"', "&quot;")
    return Markup(_MD_SPECIAL.sub(r"\\\1", text))


def esc_cell(text) -> Markup:
    return esc_md(text) or Markup(" ")


def esc_md_lines(text) -> Markup:
    """A post of several lines (a --keep-newlines model): each line escaped, joined by <br>."""
    return Markup("<br>").join(esc_md(line) for line in str(text or "").split("\n"))


def code_cell(text) -> Markup:
    """Text for a code span inside a table cell: one line, no backticks, `|` escaped."""
    return Markup(one_line(text).replace("`", "").replace("|", "\\|") or " ")


def code_line(text) -> Markup:
    """Text inside a fenced code block (shown as written): one line, no backticks."""
    return Markup(one_line(text).replace("`", ""))


def py_string(text) -> Markup:
    """A Python string literal, for a fenced code block."""
    return Markup(json.dumps(str(text), ensure_ascii=False))


def safe_url(url) -> Markup:
    """An http(s) URL for an HTML attribute / CSS url(''), or '' when it is anything else."""
    url = str(url or "").strip()
    if not re.match(r"(?i)^https?://[^\s]+$", url):
        return Markup("")
    # Percent-encode what could close the CSS string/function or the attribute.
    url = quote(url, safe=":/?#[]@!$&*+,;=%~.-_")
    return Markup(html.escape(url, quote=True))


def safe_link(url) -> Markup | None:
    """An http(s) URL usable as a Markdown link target, else None."""
    url = str(url or "").strip()
    return Markup(url) if re.match(r"(?i)^https?://[^\s()<>]+$", url) else None


def fmt_num(value, digits: int = 2) -> Markup:
    if value is None:
        return Markup("n/a")
    if isinstance(value, bool):
        return Markup("yes" if value else "no")
    if isinstance(value, int):
        return Markup(str(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return Markup("n/a")
        if value != 0 and (abs(value) < 1e-3 or abs(value) >= 1e6):
            return Markup(f"{value:.3g}")
        return Markup(f"{value:.{digits}f}")
    return esc_md(value)


def fmt_hyperparameter(value) -> Markup:
    if value is None:
        return Markup("default")
    return Markup(f"{value:.6g}") if isinstance(value, float) else fmt_num(value)


def fmt_pct(value) -> Markup:
    return Markup("n/a" if value is None else f"{100 * value:.0f}%")
