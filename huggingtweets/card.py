"""The model card (`README.md` in the model folder), in the original huggingtweets layout.

`write_card(model_dir, repo_id)` reads `training.json` (and `generations.json` when there)
and writes the card of seed card 001 line for line with this model's values, followed by
what the original lacked: held-out perplexity, hyper-parameters, cleaning options, library
versions and an intended-use and consent note.

Everything that comes from a post or a profile (display names, handles, generated text) is
escaped for HTML where it lands in HTML and made Markdown-table-safe in the table.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from urllib.parse import quote

from huggingtweets.atomic import atomic_write_bytes
from huggingtweets.errors import UserError
from huggingtweets.secrets import redact

PROJECT_URL = "https://github.com/borisdayma/huggingtweets"
NOTEBOOK_URL = (
    "https://colab.research.google.com/github/borisdayma/huggingtweets/blob/master/"
    "huggingtweets-demo.ipynb"
)
PIPELINE_PNG_URL = f"{PROJECT_URL}/blob/master/img/pipeline.png?raw=true"
REPORT_URL = (
    "https://wandb.ai/wandb/huggingtweets/reports/"
    "HuggingTweets-Train-a-Model-to-Generate-Tweets--VmlldzoxMTY5MjI"
)
WIDGET_TEXT = "My dream is"
DEFAULT_NAMESPACE = "huggingtweets"
MAX_AVATARS = 3

# Licences of the base models we know; a model trained from scratch ('tiny') is the project's.
_LICENSES = [
    (re.compile(r"(^|/)(distil)?gpt2", re.I), "mit"),
    (re.compile(r"smollm", re.I), "apache-2.0"),
]
_REPO_NAME_BAD = re.compile(r"[^A-Za-z0-9._-]+")
_SAFE_TAG = re.compile(r"@[A-Za-z0-9_.@-]{1,100}: ")


# ---------------------------------------------------------------------------- helpers


def load_training(model_dir: str | os.PathLike) -> dict:
    """`training.json` of a model folder, or a UserError saying it is not a trained model."""
    path = Path(model_dir) / "training.json"
    if not path.is_file():
        raise UserError(
            f"{model_dir} is not a trained model folder (no training.json): "
            "train one with `huggingtweets train ... --out DIR` first."
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise UserError(f"{path} is not valid JSON ({e}): train the model again.") from None
    if not isinstance(data, dict):
        raise UserError(f"{path} is not a training record: train the model again.")
    return data


def load_generations(model_dir: str | os.PathLike) -> dict:
    """`generations.json` (`{"prompt", "generations": [{"text", "copied_from_training"}]}`), or {}."""
    path = Path(model_dir) / "generations.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def accounts_of(training: dict) -> list[dict]:
    accounts = training.get("accounts") or []
    return [a for a in accounts if isinstance(a, dict)]


def handles_of(training: dict) -> list[str]:
    return [str(a.get("handle") or "").lstrip("@") or "unknown" for a in accounts_of(training)]


def repo_name_for(handles: list[str]) -> str:
    """The original's repo name: handles lower-cased, sorted, joined with '-', Hub-safe."""
    parts = []
    for h in sorted(h.lower() for h in handles):
        part = _REPO_NAME_BAD.sub("-", h).strip("-.")
        parts.append(part or "user")
    name = "-".join(parts) or "huggingtweets-model"
    name = re.sub(r"-{2,}", "-", name)
    name = re.sub(r"\.{2,}", ".", name)
    name = name[:96].strip("-.") or "huggingtweets-model"
    if name.endswith(".git"):
        name = name[:-4] + "-git"
    return name


def hub_endpoint() -> str:
    try:
        from huggingface_hub import constants

        return constants.ENDPOINT.rstrip("/")
    except Exception:  # pragma: no cover - huggingface_hub is a dependency
        return "https://huggingface.co"


def thumbnail_url(repo_id: str) -> str:
    return f"{hub_endpoint()}/{repo_id}/resolve/main/predictions.png"


def license_for(training: dict) -> str:
    base = str(training.get("base_model_id") or training.get("base_model") or "")
    if not training.get("base_model_id") and base.lower() in ("", "tiny"):
        return "apache-2.0"
    for pattern, lic in _LICENSES:
        if pattern.search(base):
            return lic
    return "other"


def _one_line(text) -> str:
    return " ".join(str(text if text is not None else "").split())


def esc_html(text) -> str:
    """Text from a post/profile, safe inside HTML (and so inside Markdown prose)."""
    return html.escape(_one_line(text), quote=True)


_MD_SPECIAL = re.compile(r"([\\`*\[\]|])")


def esc_md(text) -> str:
    """Text from a post/profile, safe in Markdown prose and in a table cell: one line,
    HTML escaped, and `|`, brackets, backticks and asterisks backslash-escaped."""
    # Apostrophes stay as they are so "I'm" reads well in the raw card; double quotes are
    # escaped so that no attribute-looking fragment (onerror="...") survives even as text.
    text = html.escape(_one_line(text), quote=False).replace('"', "&quot;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def esc_cell(text) -> str:
    return esc_md(text) or " "


def safe_url(url) -> str:
    """An http(s) URL for an HTML attribute / CSS url(''), or '' when it is anything else."""
    url = str(url or "").strip()
    if not re.match(r"(?i)^https?://[^\s]+$", url):
        return ""
    # Percent-encode what could close the CSS string/function or the attribute.
    url = quote(url, safe=":/?#[]@!$&*+,;=%~.-_")
    return html.escape(url, quote=True)


def safe_link(url) -> str | None:
    """An http(s) URL usable as a Markdown link target, else None."""
    url = str(url or "").strip()
    if not re.match(r"(?i)^https?://[^\s()<>]+$", url):
        return None
    return url


def initials(name: str, handle: str = "") -> str:
    """Up to two initials (letters/digits only) of a display name, else of the handle."""
    for text in (name, handle):
        words = ["".join(c for c in w if c.isalnum()) for w in re.split(r"[\s_.@-]+", str(text))]
        letters = "".join(w[0] for w in words if w)[:2].upper()
        if letters:
            return letters
    return "?"


def _colour(handle: str) -> str:
    import hashlib

    digest = hashlib.sha256(handle.lower().encode("utf-8")).digest()
    palette = ["#1d9bf0", "#7856ff", "#f91880", "#00ba7c", "#ff7a00", "#ffd400", "#2b6cb0"]
    return palette[digest[0] % len(palette)]


def _fmt_num(value, digits: int = 2) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "n/a"
        if value != 0 and (abs(value) < 1e-3 or abs(value) >= 1e6):
            return f"{value:.3g}"
        return f"{value:.{digits}f}"
    return esc_md(value)


def _code_cell(text) -> str:
    """Text for a code span inside a table cell: one line, no backticks, `|` escaped."""
    return _one_line(text).replace("`", "").replace("|", "\\|") or " "


def _count(acc: dict, key: str):
    value = acc.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


# ---------------------------------------------------------------------------- rendering


def _front_matter(training: dict, repo_id: str) -> list[str]:
    lines = [
        "---",
        "language: en",
        f"thumbnail: {thumbnail_url(repo_id)}",
        "tags:",
        "- huggingtweets",
        "- text-generation",
        "widget:",
        *_widget_examples(training),
        f"license: {license_for(training)}",
    ]
    base_id = training.get("base_model_id")
    if isinstance(base_id, str) and re.fullmatch(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)?", base_id):
        lines.append(f"base_model: {base_id}")
    lines += ["pipeline_tag: text-generation", "library_name: transformers", "---"]
    return lines


def author_tags(training: dict) -> dict[str, str]:
    """{handle: tag} of a several-account model ({} for one account): see dataset.author_tag."""
    from huggingtweets.dataset import author_tags as tags_of

    # Sources make handles of letters, digits and `_.@-`; anything else is not put in the card.
    return {h: t for h, t in tags_of(training).items() if _SAFE_TAG.fullmatch(t)}


def _widget_examples(training: dict) -> list[str]:
    """The Hub widget's prompts: the blend first (the widget's default), then one per author."""
    tags = author_tags(training)
    if not tags:
        return [f'- text: "{WIDGET_TEXT}"']  # one account: as the original
    lines = [f'- text: "{WIDGET_TEXT}"', '  example_title: "Blend"']
    for handle, tag in tags.items():
        lines += [
            f"- text: {json.dumps(tag + WIDGET_TEXT, ensure_ascii=False)}",
            f"  example_title: {json.dumps('As @' + handle.lstrip('@'), ensure_ascii=False)}",
        ]
    return lines


def _usage_lines(training: dict, repo_id: str) -> list[str]:
    """ "How to use": the original's snippet; with several accounts, prompting as each of them."""
    lines = [
        "```python",
        "from transformers import pipeline",
        "generator = pipeline('text-generation',",
        f"                     model='{repo_id}')",
        f'generator("{WIDGET_TEXT}", num_return_sequences=5)',
        "```",
    ]
    tags = author_tags(training)
    if not tags:
        return lines
    lines += [
        "",
        "The model learned who wrote each post. A prompt without a tag writes the blend of all the "
        "accounts; start it with an author's tag to write as that author (the tag is not part of "
        "the post):",
        "",
        "```python",
    ]
    for handle, tag in tags.items():
        lines += [
            f"# as @{_code_line(handle.lstrip('@'))}",
            f"posts = generator({json.dumps(tag + WIDGET_TEXT, ensure_ascii=False)}, "
            "num_return_sequences=5)",
            f"print([p['generated_text'][len({json.dumps(tag, ensure_ascii=False)}):] for p in posts])",
        ]
    lines.append("```")
    return lines


def _code_line(text) -> str:
    return _one_line(text).replace("`", "")


def _report_lines(training: dict) -> list[str]:
    """The "how much it sounds like them" part of the Evaluation section (evaluate.py's report)."""
    from huggingtweets.evaluate import load_evaluation

    ev = load_evaluation(training)
    if ev is None:
        return []
    pct = lambda x: "n/a" if x is None else f"{100 * x:.0f}%"  # noqa: E731
    lines = [
        "",
        f"How much it sounds like them, on {ev.generated_posts} posts the model wrote from "
        f"nothing but its end-of-text token{' (and an author tag)' if ev.several else ''} "
        "against the real held-out posts:",
        "",
        "| Measure | Generated posts | Real held-out posts |",
        "| --- | --- | --- |",
        f"| Distinct word bigrams (higher: less repetitive) | {_fmt_num(ev.distinct_bigrams_generated)} "
        f"| {_fmt_num(ev.distinct_bigrams_real)} |",
        f"| Words per post | {_fmt_num(ev.words_generated, 1)} | {_fmt_num(ev.words_real, 1)} |",
        f"| Copies of a training post | {pct(ev.copy_rate)} | |",
    ]
    if ev.several:
        lines += [
            "",
            "Per author: held-out loss per token of the author's own posts after their tag, after "
            "the other authors' tags and untagged, as the blend (lower is better; lower with their "
            "own tag than with the others' means the tag steers), and the share of posts generated "
            "as the author that a text "
            "classifier (TF-IDF + logistic regression, trained on the real training posts) "
            f"attributes to them (chance {pct(ev.attribution_chance)}):",
            "",
            "| Author | Own tag | Other tags | Untagged | Attributed to them |",
            "| --- | --- | --- | --- | --- |",
        ]
        for a in ev.authors:
            lines.append(
                f"| @{esc_cell(a.handle)} | {_fmt_num(a.loss_own_tag, 3)} | "
                f"{_fmt_num(a.loss_other_tags, 3)} | {_fmt_num(a.loss_untagged, 3)} | "
                f"{pct(a.attribution)} |"
            )
        lines += [
            "",
            f"Attribution score {pct(ev.attribution_score)} (chance {pct(ev.attribution_chance)}); "
            f"the classifier attributes {pct(ev.classifier_accuracy)} of the real held-out posts "
            "correctly.",
        ]
    return lines


def _avatar_div(acc: dict | None) -> list[str]:
    style = (
        "margin-left: 4px; margin-right: 4px; width: 92px; height:92px; "
        "border-radius: 50%; background-size: cover;"
    )
    if acc is None:
        return [
            "        <div",
            f'            style="display:none; {style} background-image: url(&#39;&#39;)">',
            "        </div>",
        ]
    url = safe_url(acc.get("avatar_url"))
    if url:
        return [
            "        <div",
            f'\t\t\tstyle="display:inherit; {style} background-image: url(&#39;{url}&#39;)">',
            "        </div>",
        ]
    # No avatar: drawn initials on a coloured circle.
    name = str(acc.get("display_name") or "")
    handle = str(acc.get("handle") or "")
    return [
        "        <div",
        f'\t\t\tstyle="display:flex; {style} background-color: {_colour(handle or name)}; '
        'align-items: center; justify-content: center; color: white; font-size: 36px; font-weight: 800">',
        f"            {esc_html(initials(name, handle))}",
        "        </div>",
    ]


def _header(accounts: list[dict]) -> list[str]:
    shown = accounts[:MAX_AVATARS]
    names = " & ".join(esc_html(a.get("display_name") or a.get("handle") or "") for a in accounts)
    handles = "-".join(esc_html(str(a.get("handle") or "").lstrip("@")) for a in accounts)
    bot = "🤖 AI BOT 🤖" if len(accounts) <= 1 else "🤖 AI CYBORG 🤖"
    lines = [
        '<div class="inline-flex flex-col" style="line-height: 1.5;">',
        '    <div class="flex">',
    ]
    for i in range(MAX_AVATARS):
        lines += _avatar_div(shown[i] if i < len(shown) else None)
    lines += [
        "    </div>",
        f'    <div style="text-align: center; margin-top: 3px; font-size: 16px; font-weight: 800">{bot}</div>',
        f'    <div style="text-align: center; font-size: 16px; font-weight: 800">{names}</div>',
        f'    <div style="text-align: center; font-size: 14px;">@{handles}</div>',
        "</div>",
    ]
    return lines


def _tracking(training: dict) -> dict:
    wandb = training.get("wandb") if isinstance(training.get("wandb"), dict) else {}
    mode = wandb.get("mode") if wandb.get("mode") in ("online", "offline", "disabled") else None
    return {
        "mode": mode or "disabled",
        "preprocess": safe_link(wandb.get("preprocess_run_url")),
        "train": safe_link(wandb.get("train_run_url")),
    }


def _data_section(training: dict, accounts: list[dict]) -> list[str]:
    names = [esc_md(a.get("display_name") or a.get("handle") or "") for a in accounts]
    cells = [esc_cell(a.get("display_name") or a.get("handle") or "") for a in accounts]
    if not accounts:
        cells = ["Quantity"]
    lines = [
        "## Training data",
        "",
        f"The model was trained on tweets from {' & '.join(names) or 'its account'}.",
        "",
        "| Data | " + " | ".join(cells) + " |",
        "| --- | " + " | ".join("---" for _ in cells) + " |",
    ]
    from huggingtweets.clean import SHORT_RULE_WORDS, SHORT_RULES, shown_columns

    clean = (training.get("dataset") or {}).get("clean") or {}
    for column in shown_columns(accounts, clean if isinstance(clean, dict) else {}):
        values = [str(_count(a, column.key)) for a in accounts] or ["0"]
        lines.append(f"| {column.card_label} | " + " | ".join(values) + " |")
    lines.append("")
    rules = dict.fromkeys(str(a.get("short_rule") or SHORT_RULE_WORDS) for a in accounts)
    for rule in rules:
        if rule in SHORT_RULES:
            lines += [f"Short tweets: {SHORT_RULES[rule]}.", ""]
    track = _tracking(training)
    if track["mode"] == "online":
        if track["preprocess"]:
            lines.append(
                f"[Explore the data]({track['preprocess']}/artifacts), which is tracked with "
                "[W&B artifacts](https://docs.wandb.com/artifacts) at every step of the pipeline."
            )
        lines += ["", _uploaded_sentence(training)]
    elif track["mode"] == "disabled":
        lines.append("Experiment tracking was disabled for this model, so the data was not logged.")
    else:
        lines.append(
            "The data was tracked offline with W&B (run files kept locally, not uploaded)."
        )
    return lines


def _uploaded_sentence(training: dict) -> str:
    """Where the data went (the line the CLI and the notebook print before an online run)."""
    from huggingtweets.tracking import DEFAULT_VISIBILITY, UPLOADED

    wandb = training.get("wandb") if isinstance(training.get("wandb"), dict) else {}
    project = (
        "/".join(esc_md(str(p)) for p in (wandb.get("entity"), wandb.get("project")) if p)
        or "huggingtweets"
    )
    return (
        f"Uploaded to the W&B project {project} (visibility {esc_md(DEFAULT_VISIBILITY)}): "
        f"{esc_md(UPLOADED)}."
    )


def _procedure_section(training: dict, accounts: list[dict]) -> list[str]:
    base_name = esc_md(training.get("base_model_name") or training.get("base_model") or "model")
    base_url = safe_link(training.get("base_model_url"))
    base = f"[{base_name}]({base_url})" if base_url else base_name
    handles = " & ".join("@" + esc_md(str(a.get("handle") or "").lstrip("@")) for a in accounts)
    lines = [
        "## Training procedure",
        "",
        f"The model is based on a pre-trained {base} which is fine-tuned on {handles or 'the'}'s tweets.",
        "",
    ]
    track = _tracking(training)
    if track["mode"] == "online" and track["train"]:
        lines += [
            f"Hyperparameters and metrics are recorded in the [W&B training run]({track['train']}) "
            "for full transparency and reproducibility.",
            "",
            f"At the end of training, [the final model]({track['train']}/artifacts) is logged and versioned.",
        ]
    elif track["mode"] == "disabled":
        lines += [
            "Hyperparameters and metrics are listed below (tracking was disabled for this run).",
            "",
            "At the end of training, the final model is saved with this card.",
        ]
    else:
        lines += [
            "Hyperparameters and metrics were tracked offline with W&B (run files kept locally, "
            "not uploaded); they are also listed below.",
            "",
            "At the end of training, the final model is saved with this card.",
        ]
    return lines


def _limitations_section(training: dict) -> list[str]:
    base_name = esc_md(training.get("base_model_name") or training.get("base_model") or "model")
    base_url = safe_link(training.get("base_model_url"))
    if base_url:
        anchor = base_url.rstrip("/") + "#limitations-and-bias"
        first = f"The model suffers from [the same limitations and bias as {base_name}]({anchor})."
    else:
        first = f"The model suffers from the same limitations and bias as {base_name}."
    return [
        "## Limitations and bias",
        "",
        first,
        "",
        "In addition, the data present in the user's tweets further affects the text generated by the model.",
    ]


def _extra_sections(training: dict, generations: dict, accounts: list[dict]) -> list[str]:
    hp = (
        training.get("hyperparameters") if isinstance(training.get("hyperparameters"), dict) else {}
    )
    ds = training.get("dataset") if isinstance(training.get("dataset"), dict) else {}
    clean = ds.get("clean") if isinstance(ds.get("clean"), dict) else {}
    versions = training.get("versions") if isinstance(training.get("versions"), dict) else {}

    lines = [
        "## Evaluation",
        "",
        "Perplexity on held-out posts (never seen in training; lower is better):",
        "",
        "| Model | Held-out perplexity |",
        "| --- | --- |",
        f"| Base model, before fine-tuning | {_fmt_num(training.get('base_perplexity'))} |",
        f"| This model, after fine-tuning | {_fmt_num(training.get('perplexity'))} |",
        "",
        f"Final training loss {_fmt_num(training.get('train_loss'), 4)}, held-out loss "
        f"{_fmt_num(training.get('eval_loss'), 4)}, after {_fmt_num(training.get('steps'))} steps "
        f"({_fmt_num(training.get('seconds'), 0)} s, {_fmt_num(training.get('tokens_per_second'), 0)} tokens/s).",
        *_report_lines(training),
        "",
        "## Hyperparameters",
        "",
        "| Hyperparameter | Value |",
        "| --- | --- |",
        f"| Base model | {esc_md(training.get('base_model') or 'n/a')} |",
    ]
    for key in (
        "learning_rate",
        "lr_scheduler",
        "warmup_steps",
        "batch_size",
        "gradient_accumulation_steps",
        "block_size",
        "max_steps",
        "lora",
        "precision",
        "seed",
        "eval_steps",
        "save_steps",
        "patience",
    ):
        if key in hp:
            value = hp[key]
            shown = f"{value:.6g}" if isinstance(value, float) else _fmt_num(value)
            if value is None:
                shown = "default"
            lines.append(f"| {key} | {shown} |")
    lines += [
        "",
        "## Data preparation",
        "",
        "Posts were cleaned as in the original: HTML entities undone, links removed, whitespace "
        "folded, and posts with fewer than 3 words (not counting links, mentions and hashtags; "
        "text written without spaces, such as Chinese, Japanese or Thai, measured in characters) "
        "dropped as short. Reposts are left out.",
        "",
        "| Option | Value |",
        "| --- | --- |",
        f"| Keep new lines | {_fmt_num(bool(clean.get('keep_newlines')))} |",
        f"| Drop replies | {_fmt_num(bool(clean.get('drop_replies')))} |",
        f"| Strip mentions | {_fmt_num(bool(clean.get('strip_mentions')))} |",
        f"| Shuffle seed | {_fmt_num(ds.get('seed'))} |",
        f"| Epochs in the training text | {_fmt_num(ds.get('epochs'))} |",
        f"| Training posts | {_fmt_num(ds.get('train_posts'))} |",
        f"| Held-out posts | {_fmt_num(ds.get('valid_posts'))} |",
        f"| Training characters | {_fmt_num(ds.get('characters'))} |",
        f"| Separator | `{_code_cell(training.get('separator') or '<|endoftext|>')}` |",
        "",
        "## Software versions",
        "",
        "| Library | Version |",
        "| --- | --- |",
    ]
    for key in ("huggingtweets", "transformers", "torch", "datasets", "python"):
        lines.append(f"| {key} | {esc_md(versions.get(key) or 'n/a')} |")

    samples = [
        g
        for g in (generations.get("generations") or [])
        if isinstance(g, dict) and _one_line(g.get("text"))
    ][:5]
    if samples:
        prompt = esc_md(generations.get("prompt") or WIDGET_TEXT)
        lines += [
            "",
            "## Sample generations",
            "",
            f"Generated right after training from the prompt “{prompt}” "
            "(machine-written, not posts by the account owner):",
            "",
        ]
        for g in samples:
            mark = " *(copies a training post)*" if g.get("copied_from_training") else ""
            # A post of several lines (a --keep-newlines model) keeps them, each line escaped.
            text = "<br>".join(esc_md(line) for line in str(g.get("text") or "").split("\n"))
            lines.append(f"- {text}{mark}")

    names = (
        " & ".join("@" + esc_md(str(a.get("handle") or "").lstrip("@")) for a in accounts)
        or "the account"
    )
    lines += [
        "",
        "## Intended use and consent",
        "",
        f"This model writes text in the style of {names} for fun, research and learning. It is "
        "not the account owner and does not speak for them.",
        "",
        "- Do not use it to impersonate anyone, to deceive, or to harass.",
        "- Label generated text clearly as machine-generated wherever you share it.",
        "- Only publish a model of an account with the account owner's consent; if you own "
        "the account and want this model removed, contact the publisher of this repository.",
        "- Generations can repeat training posts word for word; check before sharing.",
    ]
    return lines


def render_card(training: dict, repo_id: str, generations: dict | None = None) -> str:
    """The card text for a training record and repo id."""
    accounts = accounts_of(training)
    names = " & ".join(esc_md(a.get("display_name") or a.get("handle") or "") for a in accounts)
    lines = _front_matter(training, repo_id)
    lines += [""]
    lines += _header(accounts)
    lines += [
        "",
        f"I was made with [huggingtweets]({PROJECT_URL}).",
        "",
        f"Create your own bot based on your favorite user with [the demo]({NOTEBOOK_URL})!",
        "",
        "## How does it work?",
        "",
        "The model uses the following pipeline.",
        "",
        f"![pipeline]({PIPELINE_PNG_URL})",
        "",
        f"To understand how the model was developed, check the [W&B report]({REPORT_URL}).",
        "",
    ]
    lines += _data_section(training, accounts)
    lines += [""]
    lines += _procedure_section(training, accounts)
    lines += [
        "",
        "## How to use",
        "",
        "You can use this model directly with a pipeline for text generation:",
        "",
        *_usage_lines(training, repo_id),
        "",
    ]
    lines += _limitations_section(training)
    lines += [
        "",
        "## About",
        "",
        "*Built with huggingtweets, originally by Boris Dayma*",
        "",
        "[![Follow](https://img.shields.io/twitter/follow/borisdayma?style=social)]"
        "(https://twitter.com/intent/follow?screen_name=borisdayma)",
        "",
        "For more details, visit the project repository.",
        "",
        "[![GitHub stars](https://img.shields.io/github/stars/borisdayma/huggingtweets?style=social)]"
        f"({PROJECT_URL})",
        "",
    ]
    del names
    lines += _extra_sections(training, generations or {}, accounts)
    text = "\n".join(lines) + "\n"
    # No secret ever lands in the card, whatever the record contained.
    return redact(text)


def validate_front_matter(text: str) -> dict:
    """Parse the card with huggingface_hub's card tools; UserError when the metadata is broken."""
    from huggingface_hub import ModelCard, ModelCardData

    try:
        card = ModelCard(text)
        data = card.data.to_dict()
        ModelCardData(**data)  # round-trip
    except Exception as e:
        raise UserError(f"the model card's metadata is invalid ({e}): report it.") from None
    for key in ("language", "tags", "widget", "pipeline_tag", "thumbnail"):
        if key not in data:
            raise UserError(f"the model card's metadata lacks '{key}': report it.")
    return data


atomic_write = atomic_write_bytes  # pictures.py imports it from here


def write_card(model_dir: str | os.PathLike, repo_id: str | None = None) -> Path:
    """Render `README.md` in `model_dir` for `repo_id` (default `huggingtweets/<handles>`)."""
    model_dir = Path(model_dir)
    training = load_training(model_dir)
    if not repo_id:
        repo_id = f"{DEFAULT_NAMESPACE}/{repo_name_for(handles_of(training))}"
    text = render_card(training, repo_id, load_generations(model_dir))
    validate_front_matter(text)
    path = model_dir / "README.md"
    atomic_write(path, text.encode("utf-8"))
    return path
