"""What the notebook shows, as HTML strings: no widgets, nothing run.

Everything a post, a profile or an error says is escaped here (`esc`); share links are
URL-encoded; secrets are redacted from errors and the card preview.
"""

from __future__ import annotations

import html
import traceback
from urllib.parse import quote

from huggingtweets import defaults
from huggingtweets.errors import UserError
from huggingtweets.records import DatasetInfo, Evaluation, TrainingRecord
from huggingtweets.secrets import redact
from huggingtweets.tables import count_rows, short_rule_notes

X_SHARE = "https://x.com/intent/post?text="
BLUESKY_SHARE = "https://bsky.app/intent/compose?text="
SHARE_LABEL = "\n\n(written by an AI trained on posts — huggingtweets)"

SOURCES_HELP_HTML = f"""
<div class="ht-help">
Each box takes one account or file (up to {defaults.MAX_ACCOUNTS}: several accounts make a “cyborg”):
<ul>
<li><b>Mastodon</b>: <code>@user@mastodon.social</code> or <code>https://host/@user</code></li>
<li><b>Bluesky</b>: <code>name.bsky.social</code> or <code>https://bsky.app/profile/name</code></li>
<li><b>An X archive</b> (Settings → Your account → Download an archive of your data):
upload the <code>.zip</code> (or <code>tweets.js</code>) below, or type its path</li>
<li><b>Your own file</b>: <code>.txt</code> (one post per line), <code>.jsonl</code> or <code>.csv</code></li>
<li><b>X handle</b> <code>@name</code>: only with an X API key (<code>X_BEARER_TOKEN</code>)</li>
<li><code>sample</code>, <code>sample2</code>: two bundled fictional accounts with clearly
different voices, to try everything quickly (both together: write as either)</li>
</ul>
Big archives upload faster through Colab's file panel (📁 on the left): then type the path.
</div>
"""

BASE_MODEL_HELP_HTML = """
<div class="ht-help">
<code>gpt2</code> (124M, the original's choice) · <code>distilgpt2</code> (82M, faster) ·
<code>gpt2-medium</code> (355M, better, needs a GPU) · <code>smollm2</code> (SmolLM2-135M) ·
<code>tiny</code> (a few seconds on CPU, writes nonsense: for trying the pipeline) ·
or any causal language model id from the Hugging Face Hub.
</div>
"""

ADVANCED_HELP_HTML = (
    f'<div class="ht-help">Learning rate: {defaults.LEARNING_RATE} is the original\'s '
    f"(with LoRA, leave it and {defaults.LORA_LEARNING_RATE} is used). Max steps 0: one pass "
    "over the training text.</div>"
)

PUBLISH_HELP_HTML = (
    '<div class="ht-help">A write token from '
    '<a href="https://huggingface.co/settings/tokens" target="_blank" '
    'rel="noopener noreferrer">huggingface.co/settings/tokens</a>: '
    "put it in the Colab secret <code>HF_TOKEN</code> (🔑 on the left) or "
    "paste it here. It is used once and never shown or saved.</div>"
)

STYLE = """
<style>
.ht-table { border-collapse: collapse; margin: 4px 0 8px 0; font-size: 13px; }
.ht-table th, .ht-table td { border: 1px solid #8884; padding: 3px 8px; text-align: left;
  vertical-align: top; }
.ht-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.ht-post { white-space: pre-wrap; max-width: 640px; }
.ht-error { color: #b00020; margin: 4px 0; }
.ht-error pre, .ht-card { max-height: 320px; overflow: auto; font-size: 12px;
  white-space: pre-wrap; }
.ht-warn { color: #8a5a00; margin: 4px 0; }
.ht-ok { color: #1b7f3b; margin: 4px 0; }
.ht-help { font-size: 13px; line-height: 1.4; }
.ht-help ul { margin: 2px 0 2px 18px; padding: 0; }
</style>
"""


def esc(value) -> str:
    """HTML-escape anything (quotes included) for text and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def fmt(value, digits: int = 2) -> str:
    try:
        return f"{float(value):,.{digits}f}"
    except (TypeError, ValueError):
        return "–"


def ok(text: str) -> str:
    return f'<span class="ht-ok">{esc(text)}</span>'


def link(url: str) -> str:
    """A link that opens in a new tab, for https only (anything else is shown as text)."""
    if not str(url).startswith("https://"):
        return esc(url)
    return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(url)}</a>'


def share_links(text: str) -> dict[str, str]:
    """X and Bluesky compose links for a generated post (labelled as AI-written)."""
    message = quote(text + SHARE_LABEL, safe="")
    return {"X": X_SHARE + message, "Bluesky": BLUESKY_SHARE + message}


def friendly_error(exc: BaseException, secrets: list[str] | None = None) -> tuple[str, str]:
    """(one line for people, the folded details), both redacted of secrets."""
    if isinstance(exc, UserError):
        line = str(exc)
    elif isinstance(exc, KeyboardInterrupt):
        line = "Stopped. Click the button again to go on (training continues from its last checkpoint)."
    elif isinstance(exc, OSError):
        line = f"{exc.strerror or exc} ({exc.filename or 'file'}): check the path and free space."
    else:
        detail = " ".join(str(exc).split())[:200]
        line = f"Something went wrong ({type(exc).__name__}{': ' + detail if detail else ''})."
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return redact(line, secrets), redact(details, secrets)


def error_html(exc: BaseException, secrets: list[str] | None = None) -> str:
    line, details = friendly_error(exc, secrets)
    return (
        f'{STYLE}<div class="ht-error"><span class="ht-error-line">⚠️ {esc(line)}</span>'
        f"<details><summary>Details</summary><pre>{esc(details)}</pre></details></div>"
    )


def dataset_html(info: DatasetInfo, samples: list[list[str]]) -> str:
    """Step 1's result: a few posts per account, the counts table, the training text's size."""
    parts = [STYLE]
    for a, posts in zip(info.accounts, samples + [[]] * len(info.accounts), strict=False):
        title = f"@{a.handle}" + (f" ({a.display_name})" if a.display_name != a.handle else "")
        parts.append(f"<b>{esc(title)}</b> — a few of the posts kept:")
        rows = "".join(f'<tr><td class="ht-post">{esc(p)}</td></tr>' for p in posts)
        parts.append(f'<table class="ht-table">{rows or "<tr><td>–</td></tr>"}</table>')
    parts.append(counts_table_html(info))
    parts += [f'<div class="ht-help">{esc(f"Short: {note}.")}</div>' for note in
              short_rule_notes(info.accounts)]  # fmt: skip
    parts.append(
        '<div class="ht-help">'
        + esc(
            f"Training text: {info.characters:,} characters, {info.epochs} epochs built in, "
            f"{info.train_posts:,} posts to train on, {info.valid_posts:,} held out "
            f"to measure the model, shuffle seed {info.seed}."
        )
        + "</div>"
    )
    parts += [f'<div class="ht-warn">⚠️ {esc(w)}</div>' for w in info.warnings]
    return "".join(parts)


def counts_table_html(info: DatasetInfo) -> str:
    """The counts table (tables.count_rows) with one column per account."""
    head = "".join(f"<th>@{esc(a.handle)}</th>" for a in info.accounts)
    rows = "".join(
        f"<tr><th>{esc(r.label)}</th>"
        + "".join(f'<td class="num">{esc(f"{v:,}")}</td>' for v in r.values)
        + "</tr>"
        for r in count_rows(info.accounts, info.clean)
    )
    return f'<table class="ht-table"><tr><th></th>{head}</tr>{rows}</table>'


def training_html(record: TrainingRecord, resumed_from: int | None) -> str:
    """Step 2's result: steps and time, the perplexity before and after, where it was tracked."""
    r = record.results
    resumed = (
        f" (continued from the checkpoint at step {esc(resumed_from)})" if resumed_from else ""
    )
    lines = [
        f'<div class="ht-ok">✅ Trained {esc(record.base.display_name)} for {esc(r.steps)} '
        f"steps in {esc(fmt(r.seconds, 0))} s{resumed}.</div>",
        f"<div>Perplexity on held-out posts: <b>{esc(fmt(r.base_perplexity))} → "
        f"{esc(fmt(r.perplexity))}</b> (lower means the model predicts this person's writing "
        "better).</div>",
    ]
    track = record.tracking
    if track.train_run_url and track.train_run_url.startswith("https://"):
        lines.append(f"<div>Tracking run: {link(track.train_run_url)}</div>")
    elif track.mode == "offline":
        where = f" in {esc(track.run_dir)}" if track.run_dir else ""
        lines.append(
            f"<div>W&amp;B run saved offline{where}: upload it later with "
            "<code>wandb sync</code>.</div>"
        )
    return STYLE + "".join(lines)


def _pct(x) -> str:
    return "n/a" if x is None else f"{100 * x:.0f}%"


def evaluation_table(report: Evaluation) -> str:
    """The evaluation as a small HTML table (handles escaped)."""
    rows = [
        (
            "Held-out perplexity, base → fine-tuned",
            f"{fmt(report.base_perplexity)} → {fmt(report.perplexity)}",
        ),
        ("Copies of a training post", _pct(report.copy_rate)),
        (
            "Distinct bigrams, generated / real",
            f"{fmt(report.distinct_bigrams_generated)} / {fmt(report.distinct_bigrams_real)}",
        ),
        (
            "Words per post, generated / real",
            f"{fmt(report.words_generated, 1)} / {fmt(report.words_real, 1)}",
        ),
    ]
    if report.several:
        rows.append(
            (
                "Attribution score (chance)",
                f"{_pct(report.attribution_score)} ({_pct(report.attribution_chance)})",
            )
        )
        rows += [
            (
                f"@{a.handle}: held-out loss own tag / other tags; attributed",
                f"{fmt(a.loss_own_tag, 3)} / {fmt(a.loss_other_tags, 3)}; {_pct(a.attribution)}",
            )
            for a in report.authors
        ]
    body = "".join(
        f'<tr><td>{esc(label)}</td><td class="num">{esc(value)}</td></tr>' for label, value in rows
    )
    return (
        f"{STYLE}<div><b>How much it sounds like them</b> ({esc(report.generated_posts)} generated "
        f'posts)</div><table class="ht-table">{body}</table>'
    )


def generations_table(generations: list) -> str:
    """The generated posts as an HTML table: escaped text, memorised ones marked, share links."""
    rows = []
    for i, g in enumerate(generations, 1):
        links = " · ".join(
            f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(name)}</a>'
            for name, url in share_links(g.text).items()
        )
        mark = (
            '<span title="This post is (almost) a copy of a training post">'
            "📋 copies a training post</span>"
            if g.copied_from_training
            else ""
        )
        rows.append(
            f'<tr><td class="num">{i}</td><td class="ht-post">{esc(g.text)}</td>'
            f"<td>{mark}</td><td>{links}</td></tr>"
        )
    return (
        f'{STYLE}<table class="ht-table"><tr><th>#</th><th>Generated post</th><th></th>'
        f"<th>Share</th></tr>{''.join(rows)}</table>"
        '<div class="ht-help">Generated by a machine: say so when you share, and never '
        "pass it off as the real person.</div>"
    )


def published_html(url: str, card: str, token: str | None) -> str:
    """Step 4's result: the repo's link and the card that went with it (token redacted)."""
    return (
        f'{STYLE}<div class="ht-ok">✅ Published: {link(url)}</div>'
        "<details open><summary>Model card (README.md)</summary>"
        f'<pre class="ht-card">{esc(redact(card, [token] if token else None))}</pre></details>'
    )
