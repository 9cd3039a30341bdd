"""The notebook's face: ipywidgets forms for download -> train -> generate -> publish.

The notebook only builds an `App` and shows its four steps; everything lives here so
it is importable and testable without a notebook. It calls the same functions as the
CLI (`download.download`, `train.train`, `generate.generate`, `publish.publish`).

Rules every step follows:
- a button is disabled while any step runs and until the step before it succeeded;
- a failure shows one friendly line (the `UserError` text, or a short line for anything
  else) with the traceback folded away in `<details>`, and the buttons come back;
- everything a post or a profile says is HTML-escaped wherever it is shown, share links
  are URL-encoded;
- the HF token is read from the Colab secret `HF_TOKEN` or a password box, kept in memory
  only (the box is cleared) and redacted from anything shown.

`App.run_all()` clicks through the steps synchronously (papermill / batch use) and
prints the results as plain text so they land in the notebook's outputs.
"""

from __future__ import annotations

import dataclasses
import html
import io
import json
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import ipywidgets as W

from huggingtweets.errors import UserError
from huggingtweets.secrets import colab_secret, redact

MAX_ACCOUNTS = 3
DEFAULT_PROMPT = "My dream is"
DEFAULT_LEARNING_RATE = 1.372e-4  # the original's
DEFAULT_BASE_MODEL = "gpt2"
BASE_MODELS = ["gpt2", "distilgpt2", "gpt2-medium", "smollm2", "tiny"]
UPLOAD_SUFFIXES = (".zip", ".js", ".json", ".jsonl", ".csv", ".txt")
SAMPLE_POSTS = 5  # per account, in step 1's preview
X_SHARE = "https://x.com/intent/post?text="
BLUESKY_SHARE = "https://bsky.app/intent/compose?text="
SHARE_LABEL = "\n\n(written by an AI trained on posts — huggingtweets)"
TRACKING_MODES = [
    ("W&B online (needs a W&B key)", "online"),
    ("W&B offline (saved locally)", "offline"),
    ("Off", "disabled"),
]

SOURCES_HELP_HTML = """
<div class="ht-help">
Each box takes one account or file (up to three: several accounts make a “cyborg”):
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


def png_of(figure) -> bytes:
    buf = io.BytesIO()
    figure.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return buf.getvalue()


def counts_chart(accounts: list, clean: dict | None = None) -> bytes:
    """A grouped bar chart of the counts (downloaded / reposts / ... / kept) per account (PNG)."""
    from matplotlib.figure import Figure

    from huggingtweets.clean import shown_columns

    columns = shown_columns(accounts, clean)
    labels = [c.key for c in columns]
    fig = Figure(figsize=(6, 2.6))
    ax = fig.subplots()
    width = 0.8 / max(1, len(accounts))
    for i, a in enumerate(accounts):
        values = [getattr(a, c.key) for c in columns]
        xs = [j + (i - (len(accounts) - 1) / 2) * width for j in range(len(labels))]
        ax.bar(xs, values, width, label=f"@{a.handle}")
    ax.set_xticks(range(len(labels)), labels)
    ax.set_ylabel("posts")
    ax.legend(fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return png_of(fig)


def loss_chart(train: list[tuple[int, float]], valid: list[tuple[int, float]]) -> bytes:
    """The live loss plot: training loss and held-out loss by step (PNG)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 2.8))
    ax = fig.subplots()
    if train:
        ax.plot([s for s, _ in train], [v for _, v in train], ".-", label="training loss")
    if valid:
        ax.plot([s for s, _ in valid], [v for _, v in valid], "o-", label="held-out loss")
    ax.set_xlabel("step")
    ax.set_ylabel("loss")
    ax.ticklabel_format(axis="y", useOffset=False, style="plain")
    if train or valid:
        ax.legend(fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    return png_of(fig)


def evaluation_chart(report) -> bytes:
    """The evaluation as bars (PNG): held-out perplexity, and per author with several accounts
    their own tag against the others' and the attribution score against chance."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 2.8))
    left, right = fig.subplots(1, 2)
    names = ["base", "fine-tuned"]
    values = [report.base_perplexity or 0.0, report.perplexity or 0.0]
    left.bar(names, values, color=["#999999", "#1d9bf0"])
    left.set_title("held-out perplexity (lower is better)", fontsize=9)
    if report.several:
        width = 0.38
        xs = range(len(report.authors))
        own = [a.perplexity_own_tag or 0.0 for a in report.authors]
        other = [a.perplexity_other_tags or 0.0 for a in report.authors]
        left.clear()
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
    else:
        right.bar(
            ["generated", "real"],
            [report.distinct_bigrams_generated or 0.0, report.distinct_bigrams_real or 0.0],
            color=["#1d9bf0", "#999999"],
        )
        right.set_ylim(0, 1)
        right.set_title("distinct word bigrams (variety)", fontsize=9)
    for ax in (left, right):
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(labelsize=8)
    return png_of(fig)


def evaluation_table(report) -> str:
    """The evaluation as a small HTML table (handles escaped)."""

    def pct(x):
        return "n/a" if x is None else f"{100 * x:.0f}%"

    rows = [
        (
            "Held-out perplexity, base → fine-tuned",
            f"{_fmt(report.base_perplexity)} → {_fmt(report.perplexity)}",
        ),
        ("Copies of a training post", pct(report.copy_rate)),
        (
            "Distinct bigrams, generated / real",
            f"{_fmt(report.distinct_bigrams_generated)} / {_fmt(report.distinct_bigrams_real)}",
        ),
        (
            "Words per post, generated / real",
            f"{_fmt(report.words_generated, 1)} / {_fmt(report.words_real, 1)}",
        ),
    ]
    if report.several:
        rows.append(
            (
                "Attribution score (chance)",
                f"{pct(report.attribution_score)} ({pct(report.attribution_chance)})",
            )
        )
        for a in report.authors:
            rows.append(
                (
                    f"@{a.handle}: held-out loss own tag / other tags; attributed",
                    f"{_fmt(a.loss_own_tag, 3)} / {_fmt(a.loss_other_tags, 3)}; {pct(a.attribution)}",
                )
            )
    body = "".join(
        f'<tr><td>{esc(label)}</td><td class="num">{esc(value)}</td></tr>' for label, value in rows
    )
    return (
        f"{STYLE}<div><b>How much it sounds like them</b> ({esc(report.generated_posts)} generated "
        f'posts)</div><table class="ht-table">{body}</table>'
    )


def safe_upload_name(name: str) -> str:
    """A file name from the browser, made safe to save in the uploads folder."""
    base = Path(str(name).replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".") or "upload"
    return base[:120]


def uploaded_files(value) -> list[tuple[str, bytes]]:
    """(name, content) of a FileUpload's value (ipywidgets 8 tuple or 7 dict)."""
    items = value.values() if isinstance(value, dict) else value or ()
    out = []
    for item in items:
        name = item.get("name") or item.get("metadata", {}).get("name") or "upload"
        out.append((name, bytes(item["content"])))
    return out


def clear_upload(upload: W.FileUpload) -> None:
    """Empty a FileUpload. ipywidgets 8 takes an empty tuple; in 7.x (Colab's 7.7.1) `value` is
    read-only, rebuilt from `metadata` and `data` whenever the `_counter` changes."""
    if isinstance(upload.value, dict):
        upload.metadata, upload.data = [], []
        upload.set_trait("value", {})
        upload._counter = 0  # the button's "(n)" count, in the browser too
    else:
        upload.value = ()


def use_colab_wandb_key() -> None:
    """On Colab, a `WANDB_API_KEY` secret becomes this process's key (never written anywhere)."""
    if not os.environ.get("WANDB_API_KEY"):
        key = colab_secret("WANDB_API_KEY")
        if key:
            os.environ["WANDB_API_KEY"] = key


def default_wandb_mode() -> str:
    """As the CLI: WANDB_MODE when set, else online with a W&B key, else offline."""
    use_colab_wandb_key()
    try:
        from huggingtweets.tracking import resolve_mode

        return resolve_mode(None)
    except Exception:  # an odd WANDB_MODE: let the user pick
        return "offline"


def tracking_note(mode: str) -> str:
    """What each Tracking choice sends where (online: the line printed before the run starts)."""
    from huggingtweets.tracking import DEFAULT_PROJECT, upload_notice

    if mode == "online":
        project = os.environ.get("WANDB_PROJECT") or DEFAULT_PROJECT
        return upload_notice(project, os.environ.get("WANDB_ENTITY") or None)
    if mode == "offline":
        return "W&B offline: runs are kept in the output folder; nothing is uploaded."
    return "Tracking off: nothing is logged or uploaded anywhere."


def check_runtime() -> str:
    """Say whether a GPU is there and how to get one (without stopping CPU users)."""
    try:
        import torch

        if torch.cuda.is_available():
            from huggingtweets.models import choose_precision

            name = torch.cuda.get_device_name(0)
            major, minor = torch.cuda.get_device_capability(0)
            how = {"bf16": "bf16", "fp16": "fp16 with loss scaling"}.get(choose_precision(), "fp32")
            msg = (
                f"✅ GPU found: {name} (compute capability {major}.{minor}: trains in {how}). "
                "Training gpt2 on a few thousand posts takes minutes."
            )
        else:
            msg = (
                "ℹ️ No GPU: training will run on the CPU, which is fine for 'tiny' or a few "
                "hundred steps of distilgpt2/gpt2, but slow for a full run. On Colab choose "
                "Runtime → Change runtime type → T4 GPU, then run the notebook again."
            )
    except ImportError:
        msg = "⚠️ PyTorch is not installed: run the install cell above."
    print(msg)
    return msg


def _fmt(value, digits: int = 2) -> str:
    try:
        return f"{float(value):,.{digits}f}"
    except (TypeError, ValueError):
        return "–"


def normalise_sources(value) -> list[str]:
    """The notebook's `sources` parameter as a list: a list (or tuple), one source as a string,
    or a JSON list in a string (what `papermill -p sources '["a", "b"]'` hands over)."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text.startswith("["):
            return [text] if text else []
        try:
            value = json.loads(text)
        except ValueError:
            raise UserError(
                f"sources {text[:80]!r} is not a JSON list: write it like '[\"sample\"]'."
            ) from None
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise UserError(
            'sources must be a list of accounts or files, like ["sample"] or '
            '["@user@mastodon.social", "name.bsky.social"].'
        )
    return [v.strip() for v in value if v.strip()]


DRIVE_MOUNT = "/content/drive"  # where Colab mounts Google Drive
DRIVE_FOLDER = "MyDrive/huggingtweets"  # our folder in it


def work_folder(
    out_dir: str | os.PathLike, keep_on_drive: bool = False, mount_point: str | None = None
) -> Path:
    """The output folder: on Google Drive (MyDrive/huggingtweets/<name>) when asked and in Colab,
    so a runtime reset loses nothing; else `out_dir` itself. Says which, in one line."""
    local = Path(out_dir).expanduser()
    if not keep_on_drive:
        return local
    try:
        from google.colab import drive  # type: ignore[import-not-found]
    except ImportError:
        print(f"ℹ️ Google Drive is only there in Colab: your work stays in {local}.")
        return local
    mount_point = mount_point or DRIVE_MOUNT
    try:
        drive.mount(mount_point)
    except Exception as e:  # declined, timed out, no network: keep going on the VM's disk
        detail = " ".join(str(e).split())[:120]
        print(
            f"⚠️ Google Drive did not mount ({detail or type(e).__name__}): your work stays in "
            f"{local} and is lost when the runtime resets. Run this cell again to retry."
        )
        return local
    folder = Path(mount_point) / DRIVE_FOLDER / (local.name or "huggingtweets-out")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"✅ Keeping your work on Google Drive: {folder}")
    return folder


def _live_callback_class():
    """`TrainerCallback` feeding the progress bar, the status line and the loss plot."""
    from transformers import TrainerCallback

    class LiveTrainingCallback(TrainerCallback):
        def __init__(self, app: App):
            self.app = app

        def on_train_begin(self, args, state, control, **kwargs):
            # A resumed run begins at its checkpoint's step (the Trainer has loaded its state).
            self.app._resumed_from = int(state.global_step) or None
            self.app._training_progress(state.global_step, state.max_steps)

        def on_step_end(self, args, state, control, **kwargs):
            self.app._training_progress(state.global_step, state.max_steps)

        def on_log(self, args, state, control, logs=None, **kwargs):
            self.app._training_log(state.global_step, logs or {})

        def on_train_end(self, args, state, control, **kwargs):
            self.app._training_progress(state.global_step, state.max_steps, final=True)

    return LiveTrainingCallback


class App:
    """The four steps of the notebook as widgets, and their click handlers.

    `posts_step()`, `train_step()`, `generate_step()`, `publish_step()` return the
    widget of each step (the same object every time); `on_download()` and friends are
    the click handlers, callable directly (they return True on success).
    """

    def __init__(
        self,
        out_dir: str | os.PathLike = "huggingtweets-out",
        sources: list[str] | None = None,
        base_model: str = DEFAULT_BASE_MODEL,
        max_steps: int | None = None,
        wandb_mode: str | None = None,
        prompt: str = DEFAULT_PROMPT,
        num_posts: int = 10,
    ):
        sources = normalise_sources(sources)
        self.out_dir = Path(out_dir)
        self.data_dir = self.out_dir / "data"
        self.model_dir_target = self.out_dir / "model"
        self.upload_dir = self.out_dir / "uploads"
        self.dataset = None  # DatasetInfo after a successful download
        self.model_dir: Path | None = None  # after a successful training
        self.training: dict = {}
        self.generations: list = []
        self.published_url: str | None = None
        self.last_error: str | None = None
        self.busy: str | None = None
        self._token: str | None = None
        self._resumed_from: int | None = None  # the step the last training continued from
        self._batch = False  # inside run_all (no one watching the widgets)
        self._repo_prefill = ""
        self._loss_train: list[tuple[int, float]] = []
        self._loss_valid: list[tuple[int, float]] = []
        self._last_plot = 0.0
        self._build_posts(sources or [])
        self._build_train(base_model, max_steps, wandb_mode)
        self._build_generate(prompt, num_posts)
        self._build_publish()
        self._restore(sources)
        self._refresh_buttons()

    def _restore(self, sources: list[str]) -> None:
        """A new kernel (a runtime reset) on a folder with earlier work: the posts downloaded
        and the model trained are back, so Train continues and Generate works at once."""
        from huggingtweets.download import DatasetInfo, is_dataset_dir

        if not is_dataset_dir(self.data_dir):
            return
        try:
            info = DatasetInfo.load(self.data_dir)
        except Exception:  # unreadable leftovers: the user downloads again
            return
        earlier = [a.source for a in info.accounts]
        if sources and sources != earlier:
            return
        for box, text in zip(self.source_boxes, earlier, strict=False):
            box.value = text
        self.dataset = info
        self.epochs.value = info.epochs
        self.keep_newlines.value = bool(info.clean.get("keep_newlines", False))
        self.drop_replies.value = bool(info.clean.get("drop_replies", False))
        self._show_dataset(info, [[] for _ in info.accounts])
        self.download_status.value = (
            f'<span class="ht-ok">✅ Posts from your earlier session, in {esc(self.data_dir)}: '
            "train on them, or download again.</span>"
        )
        self._set_repo_name(info.handles)
        model = self.model_dir_target
        if (model / "training.json").is_file() and (model / "model.safetensors").is_file():
            self.model_dir = model
            self.training = _read_json(model / "training.json")
            self.train_status.value = (
                f'<span class="ht-ok">✅ The model trained in your earlier session is in '
                f"{esc(model)}: generate with it, or train again.</span>"
            )

    # ------------------------------------------------------------------ widgets
    def _build_posts(self, sources: list[str]) -> None:
        placeholders = ["e.g. @user@mastodon.social", "e.g. name.bsky.social", "e.g. sample"]
        self.source_boxes = [
            W.Text(
                value=(sources[i] if i < len(sources) else ""),
                placeholder=placeholders[i],
                description=f"Account {i + 1}",
                layout=W.Layout(width="420px"),
            )
            for i in range(MAX_ACCOUNTS)
        ]
        if len(sources) > MAX_ACCOUNTS:
            raise UserError(f"{len(sources)} sources given: use at most {MAX_ACCOUNTS}.")
        self.upload = W.FileUpload(
            accept=",".join(UPLOAD_SUFFIXES),
            multiple=True,
            description="Upload archive / file",
            layout=W.Layout(width="220px"),
        )
        self.upload.observe(self._on_upload, names="value")
        self.upload_status = W.HTML()
        # The CLI's --keep-newlines and --drop-replies.
        self.keep_newlines = W.Checkbox(
            value=False, description="Keep line breaks (posts of several lines)", indent=False
        )
        self.drop_replies = W.Checkbox(value=False, description="Leave replies out", indent=False)
        self.download_button = W.Button(
            description="Download posts", button_style="primary", icon="download"
        )
        self.download_button.on_click(self.on_download)
        self.download_progress = W.IntProgress(value=0, min=0, max=100, description="")
        self.download_progress.layout.visibility = "hidden"
        self.download_status = W.HTML()
        self.posts_html = W.HTML()
        self.counts_image = W.Image(format="png", layout=W.Layout(display="none", width="540px"))
        self.download_error = W.HTML()
        self.posts_box = W.VBox(
            [
                W.HTML(STYLE + SOURCES_HELP_HTML),
                *self.source_boxes,
                W.HBox([self.upload, self.upload_status]),
                W.HBox([self.keep_newlines, self.drop_replies]),
                W.HBox([self.download_button, self.download_progress]),
                self.download_status,
                self.download_error,
                self.posts_html,
                self.counts_image,
            ]
        )

    def _build_train(self, base_model: str, max_steps: int | None, wandb_mode: str | None):
        self.base_model = W.Combobox(
            value=base_model or DEFAULT_BASE_MODEL,
            options=BASE_MODELS,
            ensure_option=False,
            description="Base model",
            layout=W.Layout(width="420px"),
        )
        from huggingtweets.dataset import DEFAULT_EPOCHS

        self.epochs = W.BoundedIntText(
            value=DEFAULT_EPOCHS,
            min=1,
            max=100,
            description="Epochs",
            style={"description_width": "120px"},
        )
        self.learning_rate = W.BoundedFloatText(
            value=DEFAULT_LEARNING_RATE,
            min=1e-7,
            max=1.0,
            step=1e-5,
            description="Learning rate",
            style={"description_width": "120px"},
        )
        self.max_steps = W.BoundedIntText(
            value=int(max_steps or 0),
            min=0,
            max=10**7,
            description="Max steps",
            style={"description_width": "120px"},
        )
        self.lora = W.Checkbox(
            value=False,
            description="LoRA: train small adapters (less memory)",
            indent=False,
            layout=W.Layout(width="auto", margin="0 0 0 128px"),
        )
        self.advanced = W.Accordion(
            children=[
                W.VBox(
                    [
                        self.epochs,
                        self.learning_rate,
                        self.max_steps,
                        W.HTML(
                            '<div class="ht-help">Learning rate: 1.372e-4 is the original\'s '
                            "(with LoRA, leave it and 1e-3 is used). Max steps 0: one pass over "
                            "the training text.</div>"
                        ),
                        self.lora,
                    ]
                )
            ]
        )
        self.advanced.set_title(0, "Advanced")
        self.advanced.selected_index = None
        self.tracking = W.Dropdown(
            options=TRACKING_MODES,
            value=wandb_mode or default_wandb_mode(),
            description="Tracking",
            layout=W.Layout(width="420px"),
        )
        self.tracking_note = W.HTML()  # where the data goes, said before any run starts
        self.tracking.observe(lambda _: self._show_tracking_note(), names="value")
        self._show_tracking_note()
        self.train_button = W.Button(description="Train", button_style="primary", icon="play")
        self.train_button.on_click(self.on_train)
        self.train_progress = W.IntProgress(value=0, min=0, max=1, description="")
        self.train_progress.layout.visibility = "hidden"
        self.train_status = W.HTML()
        self.loss_image = W.Image(format="png", layout=W.Layout(display="none", width="540px"))
        self.train_result = W.HTML()
        self.evaluation_image = W.Image(
            format="png", layout=W.Layout(display="none", width="640px")
        )
        self.train_error = W.HTML()
        self.train_box = W.VBox(
            [
                self.base_model,
                W.HTML(STYLE + BASE_MODEL_HELP_HTML),
                self.advanced,
                self.tracking,
                self.tracking_note,
                W.HBox([self.train_button, self.train_progress]),
                self.train_status,
                self.train_error,
                self.loss_image,
                self.train_result,
                self.evaluation_image,
            ]
        )

    def _build_generate(self, prompt: str, num_posts: int) -> None:
        wide = {"description_width": "140px"}
        slider = W.Layout(width="420px")
        self.prompt = W.Text(
            value=prompt,
            description="Start of sentence",
            style=wide,
            layout=W.Layout(width="420px"),
        )
        # Shown once a model of several accounts is trained: write as one of them or the blend.
        self.author = W.Dropdown(
            options=[("Blend (all accounts)", "blend")],
            value="blend",
            description="Write as",
            style=wide,
            layout=W.Layout(width="420px", display="none"),
        )
        self.num = W.IntSlider(
            value=max(1, min(30, int(num_posts))),
            min=1,
            max=30,
            description="Posts",
            style=wide,
            layout=slider,
        )
        self.temperature = W.FloatSlider(
            value=1.0,
            min=0.1,
            max=2.0,
            step=0.05,
            description="Temperature",
            style=wide,
            layout=slider,
        )
        self.top_p = W.FloatSlider(
            value=0.95, min=0.05, max=1.0, step=0.01, description="Top-p", style=wide, layout=slider
        )
        self.length = W.IntSlider(
            value=160,
            min=8,
            max=400,
            step=8,
            description="Max new tokens",
            style=wide,
            layout=slider,
        )
        self.generate_button = W.Button(
            description="Generate", button_style="primary", icon="magic"
        )
        self.generate_button.on_click(self.on_generate)
        self.generate_status = W.HTML()
        self.generate_html = W.HTML()
        self.generate_error = W.HTML()
        self.generate_box = W.VBox(
            [
                self.prompt,
                self.author,
                self.num,
                self.temperature,
                self.top_p,
                self.length,
                W.HBox([self.generate_button, self.generate_status]),
                self.generate_error,
                self.generate_html,
            ]
        )

    def _build_publish(self) -> None:
        wide = {"description_width": "140px"}
        self.repo_id = W.Text(
            value="",
            placeholder="name, or namespace/name",
            description="Repo id",
            style=wide,
            layout=W.Layout(width="420px"),
        )
        self.private = W.Checkbox(value=False, description="Private repo")
        self.token = W.Password(
            value="",
            placeholder="hf_… (or set the Colab secret HF_TOKEN)",
            description="HF token",
            style=wide,
            layout=W.Layout(width="420px"),
        )
        self.publish_button = W.Button(
            description="Publish", button_style="primary", icon="cloud-upload"
        )
        self.publish_button.on_click(self.on_publish)
        self.publish_status = W.HTML()
        self.publish_html = W.HTML()
        self.publish_error = W.HTML()
        self.publish_box = W.VBox(
            [
                W.HTML(
                    '<div class="ht-help">A write token from '
                    '<a href="https://huggingface.co/settings/tokens" target="_blank" '
                    'rel="noopener noreferrer">huggingface.co/settings/tokens</a>: '
                    "put it in the Colab secret <code>HF_TOKEN</code> (🔑 on the left) or "
                    "paste it here. It is used once and never shown or saved.</div>"
                ),
                self.repo_id,
                self.private,
                self.token,
                W.HBox([self.publish_button, self.publish_status]),
                self.publish_error,
                self.publish_html,
            ]
        )

    # ------------------------------------------------------------------ the four steps
    def posts_step(self) -> W.VBox:
        _colab_widgets()
        return self.posts_box

    def train_step(self) -> W.VBox:
        _colab_widgets()
        return self.train_box

    def generate_step(self) -> W.VBox:
        _colab_widgets()
        return self.generate_box

    def publish_step(self) -> W.VBox:
        _colab_widgets()
        return self.publish_box

    def widget(self) -> W.VBox:
        """All four steps in one box (for Voilà or a single cell)."""
        titles = ["1 · Posts", "2 · Train", "3 · Generate", "4 · Publish"]
        boxes = [self.posts_box, self.train_box, self.generate_box, self.publish_box]
        return W.VBox(
            [w for t, b in zip(titles, boxes, strict=True) for w in (W.HTML(f"<h3>{t}</h3>"), b)]
        )

    @property
    def sources(self) -> list[str]:
        return [b.value.strip() for b in self.source_boxes if b.value.strip()]

    # ------------------------------------------------------------------ state
    def _refresh_buttons(self) -> None:
        busy = self.busy is not None
        self.download_button.disabled = busy
        self.upload.disabled = busy
        self.train_button.disabled = busy or self.dataset is None
        self.generate_button.disabled = busy or self.model_dir is None
        self.publish_button.disabled = busy or self.model_dir is None

    def _run(self, name: str, error_widget: W.HTML, work: Callable[[], None]) -> bool:
        """Run one step: buttons off, errors shown in plain words, buttons back on."""
        if self.busy is not None:
            return False
        self.busy = name
        self.last_error = None
        error_widget.value = ""
        self._refresh_buttons()
        try:
            work()
            return True
        except (Exception, KeyboardInterrupt) as e:  # shown to the user, never raised
            secrets = [self._token] if self._token else None
            self.last_error = friendly_error(e, secrets)[0]
            error_widget.value = error_html(e, secrets)
            return False
        finally:
            self.busy = None
            self._refresh_buttons()

    # ------------------------------------------------------------------ step 1
    def _on_upload(self, change) -> None:
        files = uploaded_files(change.get("new"))
        if not files:
            return
        saved = []
        try:
            self.upload_dir.mkdir(parents=True, exist_ok=True)
            for name, content in files:
                path = self.upload_dir / safe_upload_name(name)
                path.write_bytes(content)
                saved.append(path)
        except OSError as e:
            self.upload_status.value = error_html(e)
            return
        placed = []
        for path in saved:
            if str(path) in self.sources:  # the same file again: already in a box
                placed.append(path.name)
                continue
            box = next((b for b in self.source_boxes if not b.value.strip()), None)
            if box is None:
                break
            box.value = str(path)
            placed.append(path.name)
        left = [p.name for p in saved if p.name not in placed]
        msg = f"Saved {', '.join(placed)} — ready to download." if placed else ""
        if left:
            msg += f" All {MAX_ACCOUNTS} boxes are full: clear one, then type {self.upload_dir}/{left[0]}."
        self.upload_status.value = f'<span class="ht-ok">{esc(msg.strip())}</span>'
        clear_upload(self.upload)  # free the memory; the files are on disk

    def _download_progress(self, index: int, fetched: int, limit: int | None) -> None:
        n = max(1, len(self.sources))
        part = min(1.0, fetched / limit) if limit else 0.5
        self.download_progress.max = 1000
        self.download_progress.value = int(1000 * (index + part) / n)
        name = self.sources[index] if index < len(self.sources) else f"account {index + 1}"
        self.download_status.value = esc(f"{name}: {fetched:,} posts fetched…")

    def on_download(self, _button=None) -> bool:
        return self._run("download", self.download_error, self._download)

    def _download(self) -> None:
        from huggingtweets.download import DownloadOptions, download

        sources = self.sources
        if not sources:
            raise UserError(
                "No account given: type one in a box (try 'sample'), or upload an archive or file."
            )
        self.dataset = None
        self.posts_html.value = ""
        self.counts_image.layout.display = "none"
        self.download_progress.value = 0
        self.download_progress.layout.visibility = "visible"
        self.download_status.value = esc(f"Downloading posts from {', '.join(sources)}…")
        options = DownloadOptions(
            epochs=self.epochs.value,
            clean=self._clean_options(),
            seed=self._earlier_seed(sources),
        )
        try:
            info = download(sources, self.data_dir, options, progress=self._download_progress)
        finally:
            self.download_progress.layout.visibility = "hidden"
        samples = self._sample_posts(sources, options)
        self.dataset = info
        self._show_dataset(info, samples)
        self.download_status.value = (
            f'<span class="ht-ok">✅ {esc(sum(a.kept for a in info.accounts))} posts ready to '
            f"train on ({esc(f'{info.characters:,}')} characters of training text).</span>"
        )
        self._set_repo_name(info.handles)

    def _set_repo_name(self, handles: list[str]) -> None:
        name = _repo_name(handles)
        if self.repo_id.value in ("", self._repo_prefill):
            self.repo_id.value = name
        self._repo_prefill = name

    def _clean_options(self):
        from huggingtweets.clean import CleanOptions

        return CleanOptions(
            keep_newlines=self.keep_newlines.value, drop_replies=self.drop_replies.value
        )

    def _dataset_clean(self):
        """The cleaning the current dataset was made with (a rebuild keeps it)."""
        from dataclasses import fields

        from huggingtweets.clean import CleanOptions

        names = {f.name for f in fields(CleanOptions)}
        return CleanOptions(**{k: bool(v) for k, v in self.dataset.clean.items() if k in names})

    def _earlier_seed(self, sources: list[str]) -> int | None:
        """The shuffle seed of the posts already in the folder from the same sources: the same
        training text again, so a checkpoint of it can be resumed (None: a new random seed)."""
        from huggingtweets.download import DatasetInfo, is_dataset_dir

        try:
            if is_dataset_dir(self.data_dir):
                info = DatasetInfo.load(self.data_dir)
                if [a.source for a in info.accounts] == sources:
                    return info.seed
        except Exception:
            pass
        return None

    def _sample_posts(self, sources: list[str], options) -> list[list[str]]:
        """A few kept posts per account (from the cache just written; never fails the step)."""
        from huggingtweets.clean import clean_posts
        from huggingtweets.download import fetch_account

        out = []
        for text in sources:
            try:
                fetched, _ = fetch_account(text, self.data_dir, options)
                _, kept = clean_posts(fetched.account, fetched.posts, options.clean)
                out.append(kept[:SAMPLE_POSTS])
            except Exception:
                out.append([])
        return out

    def _show_dataset(self, info, samples: list[list[str]]) -> None:
        parts = [STYLE]
        for a, posts in zip(info.accounts, samples + [[]] * len(info.accounts), strict=False):
            title = f"@{a.handle}" + (f" ({a.display_name})" if a.display_name != a.handle else "")
            parts.append(f"<b>{esc(title)}</b> — a few of the posts kept:")
            rows = "".join(f'<tr><td class="ht-post">{esc(p)}</td></tr>' for p in posts)
            parts.append(f'<table class="ht-table">{rows or "<tr><td>–</td></tr>"}</table>')
        from huggingtweets.clean import SHORT_RULES, shown_columns

        head = "".join(f"<th>@{esc(a.handle)}</th>" for a in info.accounts)
        rows = []
        for c in shown_columns(info.accounts, info.clean):
            cells = "".join(
                f'<td class="num">{esc(f"{getattr(a, c.key):,}")}</td>' for a in info.accounts
            )
            rows.append(f"<tr><th>{esc(c.label)}</th>{cells}</tr>")
        parts.append(f'<table class="ht-table"><tr><th></th>{head}</tr>{"".join(rows)}</table>')
        for rule in dict.fromkeys(a.short_rule for a in info.accounts):
            parts.append(
                f'<div class="ht-help">{esc(f"Short: {SHORT_RULES.get(rule, rule)}.")}</div>'
            )
        parts.append(
            '<div class="ht-help">'
            + esc(
                f"Training text: {info.characters:,} characters, {info.epochs} epochs built in, "
                f"{info.train_posts:,} posts to train on, {info.valid_posts:,} held out "
                f"to measure the model, shuffle seed {info.seed}."
            )
            + "</div>"
        )
        for w in info.warnings:
            parts.append(f'<div class="ht-warn">⚠️ {esc(w)}</div>')
        self.posts_html.value = "".join(parts)
        try:
            self.counts_image.value = counts_chart(info.accounts, info.clean)
            self.counts_image.layout.display = ""
        except Exception:  # a chart is a nicety
            self.counts_image.layout.display = "none"

    # ------------------------------------------------------------------ step 2
    def on_train(self, _button=None) -> bool:
        return self._run("train", self.train_error, self._train)

    def _train(self) -> None:
        if self.dataset is None:
            raise UserError("Download posts first (step 1).")
        from huggingtweets.download import DownloadOptions, download
        from huggingtweets.train import TrainOptions, train

        self.train_result.value = ""
        self._loss_train, self._loss_valid = [], []
        self.loss_image.layout.display = "none"
        if self.epochs.value != self.dataset.epochs:
            self.train_status.value = esc(
                f"Rebuilding the training text with {self.epochs.value} epochs…"
            )
            options = DownloadOptions(
                epochs=self.epochs.value, seed=self.dataset.seed, clean=self._dataset_clean()
            )
            self.dataset = download(
                self.sources or [a.source for a in self.dataset.accounts], self.data_dir, options
            )
        wanted = {
            "base_model": self.base_model.value.strip() or DEFAULT_BASE_MODEL,
            "max_steps": self.max_steps.value or None,
            "learning_rate": (
                None
                if abs(self.learning_rate.value - DEFAULT_LEARNING_RATE) < 1e-12
                else self.learning_rate.value
            ),
            "lora": self.lora.value,
            "wandb_mode": self.tracking.value,
        }
        # A checkpoint of this same run (a Stop, a runtime reset) is continued, else replaced.
        wanted["auto_resume"] = True
        wanted["progress"] = False  # the widgets below show it
        names = {f.name for f in dataclasses.fields(TrainOptions)}
        options = TrainOptions(**{k: v for k, v in wanted.items() if k in names})
        self.train_progress.value = 0
        self.train_progress.layout.visibility = "visible"
        self.train_status.value = esc(
            f"Preparing: loading {wanted['base_model']} and measuring it on the held-out posts…"
        )
        callback = _live_callback_class()(self)
        self.model_dir = None
        self._refresh_buttons()
        start = time.time()
        self._resumed_from = None
        try:
            result = train(
                [str(self.data_dir)], self.model_dir_target, options, callbacks=[callback]
            )
        finally:
            self.train_progress.layout.visibility = "hidden"
        model_dir = Path(getattr(result, "model_dir", None) or self.model_dir_target)
        self.training = _read_json(model_dir / "training.json")
        self.model_dir = model_dir
        self._plot_loss(force=True)
        self._show_training(result, time.time() - start)
        self._show_evaluation()

    def _show_evaluation(self) -> None:
        """The report under the training result; the authors into step 3's dropdown."""
        from huggingtweets.dataset import author_tags
        from huggingtweets.evaluate import load_evaluation

        handles = list(author_tags(self.training))
        self.author.options = [("Blend (all accounts)", "blend")] + [
            (f"@{h}", f"@{h}") for h in handles
        ]
        self.author.value = "blend"
        self.author.layout.display = "" if handles else "none"
        report = load_evaluation(self.training)
        self.evaluation_image.layout.display = "none"
        if report is None:
            return
        self.train_result.value += evaluation_table(report)
        try:
            self.evaluation_image.value = evaluation_chart(report)
            self.evaluation_image.layout.display = ""
        except Exception:  # a chart is a nicety
            pass

    def _show_tracking_note(self) -> None:
        self.tracking_note.value = (
            f'<div class="ht-help">{esc(tracking_note(self.tracking.value))}</div>'
        )

    def _training_progress(self, step: int, max_steps: int, final: bool = False) -> None:
        if max_steps and max_steps > 0:
            self.train_progress.max = max_steps
            self.train_progress.value = min(step, max_steps)
        loss = f" · loss {self._loss_train[-1][1]:.3f}" if self._loss_train else ""
        held = f" · held-out loss {self._loss_valid[-1][1]:.3f}" if self._loss_valid else ""
        what = "Finishing: saving the model and writing samples…" if final else "Training"
        resumed = (
            f"Continuing the saved run from step {self._resumed_from} · "
            if self._resumed_from
            else ""
        )
        self.train_status.value = esc(f"{resumed}{what} step {step}/{max_steps or '?'}{loss}{held}")

    def _training_log(self, step: int, logs: dict) -> None:
        if "loss" in logs:
            self._loss_train.append((step, float(logs["loss"])))
        if "eval_loss" in logs:
            self._loss_valid.append((step, float(logs["eval_loss"])))
            if self._batch:  # papermill: the outputs get one line per evaluation, as the CLI
                print(
                    f"step {step}/{self.train_progress.max}: held-out loss "
                    f"{float(logs['eval_loss']):.3f}",
                    flush=True,
                )
        if "loss" in logs or "eval_loss" in logs:
            self._plot_loss()

    def _plot_loss(self, force: bool = False) -> None:
        if not (self._loss_train or self._loss_valid):
            return
        if not force and time.time() - self._last_plot < 1.0:
            return
        try:
            self.loss_image.value = loss_chart(self._loss_train, self._loss_valid)
            self.loss_image.layout.display = ""
            self._last_plot = time.time()
        except Exception:
            pass

    def _show_training(self, result, seconds: float) -> None:
        t = self.training
        ppl, base = t.get("perplexity"), t.get("base_perplexity")
        if ppl is None:
            ppl = getattr(result, "perplexity", None)
        if base is None:
            base = getattr(result, "base_perplexity", None)
        lines = [
            f'<div class="ht-ok">✅ Trained {esc(t.get("base_model_name") or t.get("base_model") or "")} '
            f"for {esc(t.get('steps', '?'))} steps in {esc(_fmt(t.get('seconds', seconds), 0))} s"
            + (
                f" (continued from the checkpoint at step {esc(self._resumed_from)})"
                if self._resumed_from
                else ""
            )
            + ".</div>",
            f"<div>Perplexity on held-out posts: <b>{esc(_fmt(base))} → {esc(_fmt(ppl))}</b> "
            "(lower means the model predicts this person's writing better).</div>",
        ]
        url = (t.get("wandb") or {}).get("train_run_url")
        if url and str(url).startswith("https://"):
            lines.append(
                f'<div>Tracking run: <a href="{esc(url)}" target="_blank" '
                f'rel="noopener noreferrer">{esc(url)}</a></div>'
            )
        elif (t.get("wandb") or {}).get("mode") == "offline":
            run_dir = (t.get("wandb") or {}).get("run_dir")
            lines.append(
                f"<div>W&amp;B run saved offline{(' in ' + esc(run_dir)) if run_dir else ''}: "
                "upload it later with <code>wandb sync</code>.</div>"
            )
        self.train_result.value = STYLE + "".join(lines)
        self.train_status.value = '<span class="ht-ok">Done: go on to step 3.</span>'

    # ------------------------------------------------------------------ step 3
    def on_generate(self, _button=None) -> bool:
        return self._run("generate", self.generate_error, self._generate)

    def _generate(self) -> None:
        if self.model_dir is None:
            raise UserError("Train a model first (step 2).")
        from huggingtweets.generate import GenerateOptions, generate

        self.generate_status.value = esc("Writing…")
        wanted = {
            "prompt": self.prompt.value,
            "num": self.num.value,
            "temperature": self.temperature.value,
            "top_p": self.top_p.value,
            "max_new_tokens": self.length.value,
            "author": self.author.value,
        }
        names = {f.name for f in dataclasses.fields(GenerateOptions)}
        try:
            result = generate(
                self.model_dir, GenerateOptions(**{k: v for k, v in wanted.items() if k in names})
            )
        finally:
            self.generate_status.value = ""
        self.generations = list(result.generations)
        self.generate_html.value = generations_table(self.generations)

    # ------------------------------------------------------------------ step 4
    def on_publish(self, _button=None) -> bool:
        return self._run("publish", self.publish_error, self._publish)

    def _publish(self) -> None:
        if self.model_dir is None:
            raise UserError("Train a model first (step 2).")
        from huggingtweets.publish import publish

        typed = self.token.value.strip()
        self.token.value = ""  # never kept in the widget (or in saved widget state)
        if typed:
            self._token = typed
        token = self._token or colab_secret("HF_TOKEN") or None
        self.publish_status.value = esc("Uploading…")
        try:
            result = publish(
                self.model_dir,
                repo_id=self._repo_arg(token),
                private=self.private.value,
                token=token,
            )
        finally:
            self.publish_status.value = ""
        url = str(getattr(result, "url", "") or "")
        self.published_url = url
        card_path = self.model_dir / "README.md"
        card = card_path.read_text(encoding="utf-8") if card_path.is_file() else ""
        link = (
            f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(url)}</a>'
            if url.startswith("https://")
            else esc(url)
        )
        self.publish_html.value = (
            f'{STYLE}<div class="ht-ok">✅ Published: {link}</div>'
            "<details open><summary>Model card (README.md)</summary>"
            f'<pre class="ht-card">{esc(redact(card, [token] if token else None))}</pre></details>'
        )

    def _repo_arg(self, token: str | None) -> str | None:
        """The repo id to pass: None (publish's default: your namespace and the handles) when
        the box holds the prefilled name; a bare name goes under the token's own namespace."""
        value = self.repo_id.value.strip()
        if not value or value == self._repo_prefill:
            return None
        if "/" in value:
            return value
        try:
            from huggingface_hub import whoami

            namespace = whoami(token=token)["name"]
        except Exception:
            raise UserError(
                f"Could not find your Hugging Face user name for '{value}': "
                "write the repo id as namespace/name, or check the token."
            ) from None
        return f"{namespace}/{value}"

    # ------------------------------------------------------------------ batch
    def run_all(self, publish: bool = False) -> list[str]:
        """Click download -> train -> generate (-> publish) synchronously; print the results.

        Raises RuntimeError naming the step and its message when a step fails, so a
        papermill run fails loudly.
        """
        steps = [
            ("download", self.on_download),
            ("train", self.on_train),
            ("generate", self.on_generate),
        ]
        if publish:
            steps.append(("publish", self.on_publish))
        self._batch = True
        try:
            for name, handler in steps:
                print(f"== {name}", flush=True)
                if not handler():
                    raise RuntimeError(f"{name} failed: {self.last_error}")
                print(self.text_summary(name), flush=True)
        finally:
            self._batch = False
        return [g.text for g in self.generations]

    def text_summary(self, step: str) -> str:
        """What a step showed, as plain text (for papermill outputs and logs)."""
        if step == "download" and self.dataset is not None:
            from huggingtweets.clean import counts_line

            lines = [
                f"@{a.handle}: {counts_line(a, self.dataset.clean)}" for a in self.dataset.accounts
            ]
            lines += [f"warning: {w}" for w in self.dataset.warnings]
            return "\n".join(lines)
        if step == "train":
            t = self.training
            resumed = f" (resumed from step {self._resumed_from})" if self._resumed_from else ""
            return (
                f"trained {t.get('base_model', '?')} for {t.get('steps', '?')} steps{resumed}; "
                f"perplexity {_fmt(t.get('base_perplexity'))} -> {_fmt(t.get('perplexity'))}"
            )
        if step == "generate":
            return "\n".join(
                f"{i}. {g.text}" + ("  [copies a training post]" if g.copied_from_training else "")
                for i, g in enumerate(self.generations, 1)
            )
        if step == "publish":
            return f"published: {self.published_url}"
        return ""


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


def _repo_name(handles: list[str]) -> str:
    try:
        from huggingtweets.card import repo_name_for

        return repo_name_for(handles)
    except ImportError:
        return "-".join(sorted(re.sub(r"[^a-z0-9._-]+", "-", h.lower()) for h in handles))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _colab_widgets() -> None:
    """Colab renders ipywidgets 8 only through its custom widget manager (its own 7.7.1
    needs none)."""
    if "google.colab" not in sys.modules or W.__version__.startswith("7."):
        return
    try:
        from google.colab import output  # type: ignore[import-not-found]

        output.enable_custom_widget_manager()
    except Exception:
        pass


_APP: App | None = None
_APP_ARGS: dict | None = None


def get_app(keep_on_drive: bool = False, **kwargs) -> App:
    """The notebook's App: the same one when a cell is run again with the same parameters,
    so rerunning a cell keeps the downloaded posts and the trained model. `keep_on_drive`:
    the output folder goes on Google Drive in Colab (see `work_folder`)."""
    global _APP, _APP_ARGS
    wanted = dict(kwargs, keep_on_drive=bool(keep_on_drive))
    if _APP is None or _APP_ARGS != wanted:
        if keep_on_drive:
            kwargs["out_dir"] = work_folder(kwargs.get("out_dir", "huggingtweets-out"), True)
        _APP, _APP_ARGS = App(**kwargs), wanted
    return _APP
