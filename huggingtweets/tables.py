"""The counts table every face shows: what became of each account's posts.

One function, `count_rows`, turns accounts' counts into rows from `clean.COUNT_COLUMNS`; the
notebook renders them as HTML (app/views.py), the CLI as text (`text_table`) and the card as
markdown (`markdown_rows`). Nothing heavy is imported here, so the CLI and the card can use it
without ipywidgets or matplotlib.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from huggingtweets.clean import SHORT_RULES, shown_columns
from huggingtweets.records import Account


@dataclass(frozen=True)
class CountRow:
    """One line of the table: a count, one value per account (in the accounts' order)."""

    key: str  # the Counts field ("downloaded", "reposts", ...)
    label: str  # the CLI's and the notebook's words
    card_label: str  # the card's words (the original's)
    values: tuple[int, ...]


def count_rows(accounts: Sequence[Account], clean: dict | None = None) -> list[CountRow]:
    """The rows the tables show for these accounts: downloaded first, kept last; a column that
    only means something with an option (replies) or when an account has some (not public)
    shows only then, the same in every face."""
    counts = [a.counts for a in accounts]
    return [
        CountRow(c.key, c.label, c.card_label, tuple(getattr(n, c.key) for n in counts))
        for c in shown_columns(counts, clean or {})
    ]


def short_rule_notes(accounts: Sequence[Account]) -> list[str]:
    """How "short" was measured, once per rule the accounts used (words, or characters too)."""
    rules = dict.fromkeys(a.counts.short_rule for a in accounts)
    return [SHORT_RULES.get(rule, rule) for rule in rules]


def text_table(accounts: Sequence[Account], clean: dict | None = None) -> list[str]:
    """The CLI's table, one string per line: labels left, counts right-aligned under handles."""
    header = ("", [f"@{a.handle}" for a in accounts])
    rows = [header] + [(r.label, [f"{v}" for v in r.values]) for r in count_rows(accounts, clean)]
    width = max(len(label) for label, _ in rows)
    cols = [max(len(values[i]) for _, values in rows) for i in range(len(accounts))]
    return [
        "  ".join([label.ljust(width), *(v.rjust(c) for v, c in zip(values, cols, strict=True))])
        for label, values in rows
    ]


def markdown_rows(accounts: Sequence[Account], clean: dict | None = None) -> list[str]:
    """The card's rows (`| Tweets downloaded | 3200 | ... |`), under a header the card writes."""
    return [
        f"| {r.card_label} | " + " | ".join(str(v) for v in r.values) + " |"
        for r in count_rows(accounts, clean)
    ]
