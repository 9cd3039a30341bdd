"""What people would rather see than read, as PNG bytes for a `widgets.Image`: the counts per
account, the live loss curve and the evaluation. matplotlib's object API (no pyplot state)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from huggingtweets.records import Account, Evaluation
from huggingtweets.tables import count_rows


def png_of(figure) -> bytes:
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return buf.getvalue()


def _figure(width: float, height: float, columns: int = 1):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    return fig, fig.subplots(1, columns)


def _tidy(*axes) -> None:
    for ax in axes:
        ax.spines[["top", "right"]].set_visible(False)


def counts_chart(accounts: Sequence[Account], clean: dict | None = None) -> bytes:
    """A grouped bar chart of the counts (downloaded / reposts / ... / kept) per account (PNG)."""
    rows = count_rows(accounts, clean)
    fig, ax = _figure(6, 2.6)
    width = 0.8 / max(1, len(accounts))
    for i, a in enumerate(accounts):
        xs = [j + (i - (len(accounts) - 1) / 2) * width for j in range(len(rows))]
        ax.bar(xs, [r.values[i] for r in rows], width, label=f"@{a.handle}")
    ax.set_xticks(range(len(rows)), [r.key for r in rows])
    ax.set_ylabel("posts")
    ax.legend(fontsize=8)
    _tidy(ax)
    return png_of(fig)


def loss_chart(train: list[tuple[int, float]], valid: list[tuple[int, float]]) -> bytes:
    """The live loss plot: training loss and held-out loss by step (PNG)."""
    fig, ax = _figure(6, 2.8)
    if train:
        ax.plot([s for s, _ in train], [v for _, v in train], ".-", label="training loss")
    if valid:
        ax.plot([s for s, _ in valid], [v for _, v in valid], "o-", label="held-out loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.ticklabel_format(axis="y", useOffset=False, style="plain")
    if train or valid:
        ax.legend(fontsize=8)
    _tidy(ax)
    return png_of(fig)


def evaluation_chart(report: Evaluation) -> bytes:
    """The evaluation as bars (PNG): held-out perplexity, and per author with several accounts
    their own tag against the others' and the attribution score against chance."""
    fig, (left, right) = _figure(7.5, 2.8, columns=2)
    if report.several:
        _per_author(left, right, report)
    else:
        left.bar(
            ["base", "fine-tuned"],
            [report.base_perplexity or 0.0, report.perplexity or 0.0],
            color=["#999999", "#1d9bf0"],
        )
        left.set_title("held-out perplexity (lower is better)", fontsize=9)
        right.bar(
            ["generated", "real"],
            [report.distinct_bigrams_generated or 0.0, report.distinct_bigrams_real or 0.0],
            color=["#1d9bf0", "#999999"],
        )
        right.set_ylim(0, 1)
        right.set_title("distinct word bigrams (variety)", fontsize=9)
    _tidy(left, right)
    for ax in (left, right):
        ax.tick_params(labelsize=8)
    return png_of(fig)


def _per_author(left, right, report: Evaluation) -> None:
    width = 0.38
    xs = range(len(report.authors))
    own = [a.perplexity_own_tag or 0.0 for a in report.authors]
    other = [a.perplexity_other_tags or 0.0 for a in report.authors]
    left.bar([x - width / 2 for x in xs], own, width, label="own tag", color="#1d9bf0")
    left.bar([x + width / 2 for x in xs], other, width, label="other tags", color="#999999")
    left.set_xticks(list(xs), [f"@{a.handle}"[:18] for a in report.authors], fontsize=8)
    left.set_title("held-out perplexity per author (lower is better)", fontsize=9)
    left.legend(fontsize=8)
    right.bar(
        [f"as @{a.handle}"[:18] for a in report.authors],
        [a.attribution or 0.0 for a in report.authors],
        color="#00ba7c",
    )
    right.axhline(report.attribution_chance or 0.0, color="#b00020", ls="--", label="chance")
    right.set_ylim(0, 1)
    right.set_title("posts attributed to the author asked for", fontsize=9)
    right.legend(fontsize=8)
