"""The form of each step, built from ipywidgets with the defaults of `defaults`: what the user
sets and the places results show. No handlers here (notebook.App wires them)."""

from __future__ import annotations

from dataclasses import dataclass

import ipywidgets as W

from huggingtweets import defaults
from huggingtweets.app.views import (
    ADVANCED_HELP_HTML,
    BASE_MODEL_HELP_HTML,
    PUBLISH_HELP_HTML,
    SOURCES_HELP_HTML,
    STYLE,
)

BASE_MODELS = ["gpt2", "distilgpt2", "gpt2-medium", "smollm2", "tiny"]
UPLOAD_SUFFIXES = (".zip", ".js", ".json", ".jsonl", ".csv", ".txt")
TRACKING_MODES = [
    ("W&B online (needs a W&B key)", "online"),
    ("W&B offline (saved locally)", "offline"),
    ("Off", "disabled"),
]
PLACEHOLDERS = ["e.g. @user@mastodon.social", "e.g. name.bsky.social", "e.g. sample"]
WIDE = {"description_width": "140px"}
NARROW = {"description_width": "120px"}


def _box(width: str = "420px", **kw) -> W.Layout:
    return W.Layout(width=width, **kw)


def _image(width: str) -> W.Image:
    return W.Image(format="png", layout=W.Layout(display="none", width=width))


def _progress() -> W.IntProgress:
    bar = W.IntProgress(value=0, min=0, max=1, description="")
    bar.layout.visibility = "hidden"
    return bar


@dataclass
class PostsForm:
    source_boxes: list[W.Text]
    upload: W.FileUpload
    upload_status: W.HTML
    keep_newlines: W.Checkbox  # the CLI's --keep-newlines
    drop_replies: W.Checkbox  # the CLI's --drop-replies
    download_button: W.Button
    download_progress: W.IntProgress
    download_status: W.HTML
    download_error: W.HTML
    posts_html: W.HTML
    counts_image: W.Image
    posts_box: W.VBox


def posts_form(sources: list[str]) -> PostsForm:
    boxes = [
        W.Text(
            value=(sources[i] if i < len(sources) else ""),
            placeholder=PLACEHOLDERS[i % len(PLACEHOLDERS)],
            description=f"Account {i + 1}",
            layout=_box(),
        )
        for i in range(defaults.MAX_ACCOUNTS)
    ]
    upload = W.FileUpload(
        accept=",".join(UPLOAD_SUFFIXES),
        multiple=True,
        description="Upload archive / file",
        layout=_box("220px"),
    )
    keep = W.Checkbox(
        value=False, description="Keep line breaks (posts of several lines)", indent=False
    )
    drop = W.Checkbox(value=False, description="Leave replies out", indent=False)
    button = W.Button(description="Download posts", button_style="primary", icon="download")
    form = PostsForm(
        boxes, upload, W.HTML(), keep, drop, button, _progress(), W.HTML(), W.HTML(), W.HTML(),
        _image("540px"), W.VBox(),
    )  # fmt: skip
    form.posts_box.children = [
        W.HTML(STYLE + SOURCES_HELP_HTML),
        *boxes,
        W.HBox([upload, form.upload_status]),
        W.HBox([keep, drop]),
        W.HBox([button, form.download_progress]),
        form.download_status,
        form.download_error,
        form.posts_html,
        form.counts_image,
    ]
    return form


@dataclass
class TrainForm:
    base_model: W.Combobox
    epochs: W.BoundedIntText
    learning_rate: W.BoundedFloatText
    max_steps: W.BoundedIntText
    lora: W.Checkbox
    advanced: W.Accordion
    tracking: W.Dropdown
    tracking_note: W.HTML  # where the data goes, said before any run starts
    train_button: W.Button
    train_progress: W.IntProgress
    train_status: W.HTML
    train_error: W.HTML
    loss_image: W.Image
    train_result: W.HTML
    evaluation_image: W.Image
    train_box: W.VBox


def _advanced(epochs, learning_rate, max_steps, lora) -> W.Accordion:
    fold = W.Accordion(
        children=[W.VBox([epochs, learning_rate, max_steps, W.HTML(ADVANCED_HELP_HTML), lora])]
    )
    fold.set_title(0, "Advanced")
    fold.selected_index = None  # folded
    return fold


def train_form(base_model: str, max_steps: int | None, wandb_mode: str) -> TrainForm:
    model = W.Combobox(
        value=base_model or defaults.BASE_MODEL,
        options=BASE_MODELS,
        ensure_option=False,
        description="Base model",
        layout=_box(),
    )
    epochs = W.BoundedIntText(
        value=defaults.EPOCHS, min=1, max=100, description="Epochs", style=NARROW
    )
    rate = W.BoundedFloatText(
        value=defaults.LEARNING_RATE, min=1e-7, max=1.0, step=1e-5,
        description="Learning rate", style=NARROW,
    )  # fmt: skip
    steps = W.BoundedIntText(
        value=int(max_steps or 0), min=0, max=10**7, description="Max steps", style=NARROW
    )
    lora = W.Checkbox(
        value=False,
        description="LoRA: train small adapters (less memory)",
        indent=False,
        layout=W.Layout(width="auto", margin="0 0 0 128px"),
    )
    tracking = W.Dropdown(
        options=TRACKING_MODES, value=wandb_mode, description="Tracking", layout=_box()
    )
    button = W.Button(description="Train", button_style="primary", icon="play")
    form = TrainForm(
        model, epochs, rate, steps, lora, _advanced(epochs, rate, steps, lora), tracking,
        W.HTML(), button, _progress(), W.HTML(), W.HTML(), _image("540px"), W.HTML(),
        _image("640px"), W.VBox(),
    )  # fmt: skip
    form.train_box.children = [
        model,
        W.HTML(STYLE + BASE_MODEL_HELP_HTML),
        form.advanced,
        tracking,
        form.tracking_note,
        W.HBox([button, form.train_progress]),
        form.train_status,
        form.train_error,
        form.loss_image,
        form.train_result,
        form.evaluation_image,
    ]
    return form


@dataclass
class GenerateForm:
    prompt: W.Text
    author: W.Dropdown  # shown once a model of several accounts is trained
    num: W.IntSlider
    temperature: W.FloatSlider
    top_p: W.FloatSlider
    length: W.IntSlider
    generate_button: W.Button
    generate_status: W.HTML
    generate_error: W.HTML
    generate_html: W.HTML
    generate_box: W.VBox


def _slider(kind, value, low, high, step, description):
    return kind(
        value=value, min=low, max=high, step=step, description=description, style=WIDE,
        layout=_box(),
    )  # fmt: skip


def generate_form(prompt: str, num_posts: int) -> GenerateForm:
    text = W.Text(value=prompt, description="Start of sentence", style=WIDE, layout=_box())
    author = W.Dropdown(
        options=[("Blend (all accounts)", "blend")],
        value="blend",
        description="Write as",
        style=WIDE,
        layout=_box(display="none"),
    )
    num = _slider(W.IntSlider, max(1, min(30, int(num_posts))), 1, 30, 1, "Posts")
    temperature = _slider(W.FloatSlider, defaults.TEMPERATURE, 0.1, 2.0, 0.05, "Temperature")
    top_p = _slider(W.FloatSlider, defaults.TOP_P, 0.05, 1.0, 0.01, "Top-p")
    length = _slider(W.IntSlider, defaults.MAX_NEW_TOKENS, 8, 400, 8, "Max new tokens")
    button = W.Button(description="Generate", button_style="primary", icon="magic")
    form = GenerateForm(
        text, author, num, temperature, top_p, length, button, W.HTML(), W.HTML(), W.HTML(),
        W.VBox(),
    )  # fmt: skip
    form.generate_box.children = [
        text, author, num, temperature, top_p, length,
        W.HBox([button, form.generate_status]), form.generate_error, form.generate_html,
    ]  # fmt: skip
    return form


@dataclass
class PublishForm:
    repo_id: W.Text
    private: W.Checkbox
    token: W.Password
    publish_button: W.Button
    publish_status: W.HTML
    publish_error: W.HTML
    publish_html: W.HTML
    publish_box: W.VBox


def publish_form() -> PublishForm:
    repo = W.Text(
        value="", placeholder="name, or namespace/name", description="Repo id", style=WIDE,
        layout=_box(),
    )  # fmt: skip
    private = W.Checkbox(value=False, description="Private repo")
    token = W.Password(
        value="",
        placeholder="hf_… (or set the Colab secret HF_TOKEN)",
        description="HF token",
        style=WIDE,
        layout=_box(),
    )
    button = W.Button(description="Publish", button_style="primary", icon="cloud-upload")
    form = PublishForm(repo, private, token, button, W.HTML(), W.HTML(), W.HTML(), W.VBox())
    form.publish_box.children = [
        W.HTML(PUBLISH_HELP_HTML), repo, private, token,
        W.HBox([button, form.publish_status]), form.publish_error, form.publish_html,
    ]  # fmt: skip
    return form


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
