"""The notebook's state and what its steps do, without widgets: the folders, the dataset and
the model of this session (or of an earlier one in the same folder), and the four steps as
methods. The widgets (notebook.App) read their values from a form and show what these return.

Every stage is called through `actions`; `dataset.json` and `training.json` are read only
through their records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from huggingtweets.app import actions
from huggingtweets.app.actions import GenerateSettings, TrainSettings
from huggingtweets.clean import CleanOptions, counts_line
from huggingtweets.errors import UserError
from huggingtweets.records import DATASET_FILE, TRAINING_FILE, DatasetInfo, TrainingRecord

PREVIEW_POSTS = 5  # per account, in step 1's preview
MODEL_WEIGHTS = "model.safetensors"  # with training.json: a finished model folder
STEPS = ("download", "train", "generate", "publish")
FIRST = {  # what a step says when the one before it has not run
    "train": "Download posts first (step 1).",
    "generate": "Train a model first (step 2).",
    "publish": "Train a model first (step 2).",
}


class Session:
    """One output folder: `data/` (what download wrote), `model/` (what train wrote) and
    `uploads/` (files from the browser)."""

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.data_dir = self.out_dir / "data"
        self.model_target = self.out_dir / "model"
        self.upload_dir = self.out_dir / "uploads"
        self.dataset: DatasetInfo | None = None  # after a download
        self.model_dir: Path | None = None  # after a training
        self.training: TrainingRecord | None = None  # its training.json
        self.generations: list = []
        self.published_url: str | None = None
        self.resumed_from: int | None = None  # the step the last training continued from
        self.token: str | None = None  # the HF token typed once, kept in memory only

    def ready(self, step: str) -> bool:
        """Whether a step can run: each needs what the one before it made."""
        return {
            "download": True,
            "train": self.dataset is not None,
            "generate": self.model_dir is not None,
            "publish": self.model_dir is not None,
        }[step]

    def require(self, step: str) -> None:
        if not self.ready(step):
            raise UserError(FIRST[step])

    # ------------------------------------------------------------------ earlier work
    def earlier_dataset(self) -> DatasetInfo | None:
        """The dataset an earlier session downloaded into this folder (None: none, or damaged)."""
        if not (self.data_dir / DATASET_FILE).is_file():
            return None
        try:
            return DatasetInfo.load(self.data_dir)
        except UserError:  # unreadable leftovers: the user downloads again
            return None

    def earlier_seed(self, sources: list[str]) -> int | None:
        """The shuffle seed of the posts already in the folder from the same sources: the same
        training text again, so a checkpoint of it can be resumed (None: a new random seed)."""
        info = self.earlier_dataset()
        return info.seed if info is not None and _sources(info) == sources else None

    def restore(self, sources: list[str]) -> bool:
        """A new kernel (a runtime reset) on a folder with earlier work from these sources (or
        any, when none are given): its posts, and its model when training finished."""
        info = self.earlier_dataset()
        if info is None or (sources and sources != _sources(info)):
            return False
        self.dataset = info
        model = self.model_target
        if (model / TRAINING_FILE).is_file() and (model / MODEL_WEIGHTS).is_file():
            self.use_model(model)
        return True

    def use_model(self, model_dir: str | Path) -> TrainingRecord:
        """Generate and publish with this model folder from now on."""
        self.training = TrainingRecord.load(model_dir)
        self.model_dir = Path(model_dir)
        return self.training

    # ------------------------------------------------------------------ step 1
    def download(
        self,
        sources: list[str],
        epochs: int,
        clean: CleanOptions,
        progress: Callable[[int, int, int | None], None] | None = None,
    ) -> DatasetInfo:
        if not sources:
            raise UserError(
                "No account given: type one in a box (try 'sample'), or upload an archive or file."
            )
        self.dataset = None
        seed = self.earlier_seed(sources)
        self.dataset = actions.download_posts(sources, self.data_dir, epochs, clean, seed, progress)
        return self.dataset

    def dataset_clean(self) -> CleanOptions:
        """The cleaning the current dataset was made with (a rebuild keeps it)."""
        names = {f.name for f in fields(CleanOptions)}
        return CleanOptions(**{k: bool(v) for k, v in self.dataset.clean.items() if k in names})

    def preview_posts(self, n: int = PREVIEW_POSTS) -> list[list[str]]:
        """A few kept posts per account, from the dataset folder (nothing fetched again)."""
        return preview_posts(self.data_dir, self.dataset, n) if self.dataset else []

    def save_uploads(self, files: list[tuple[str, bytes]]) -> list[Path]:
        """Files from the browser, saved under safe names in the uploads folder."""
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        saved = []
        for name, content in files:
            path = self.upload_dir / safe_upload_name(name)
            path.write_bytes(content)
            saved.append(path)
        return saved

    # ------------------------------------------------------------------ step 2
    def needs_rebuild(self, epochs: int) -> bool:
        return self.dataset is not None and epochs != self.dataset.epochs

    def rebuild(self, epochs: int) -> DatasetInfo:
        """The training text again with other epochs: same posts, cleaning and seed."""
        info = self.dataset
        self.dataset = actions.download_posts(
            _sources(info), self.data_dir, epochs, self.dataset_clean(), info.seed
        )
        return self.dataset

    def train(self, settings: TrainSettings, callbacks: list) -> TrainingRecord:
        self.require("train")
        self.model_dir, self.training, self.resumed_from = None, None, None
        model_dir = actions.train_model(self.data_dir, self.model_target, settings, callbacks)
        return self.use_model(model_dir)

    # ------------------------------------------------------------------ steps 3 and 4
    def generate(self, settings: GenerateSettings) -> list:
        self.require("generate")
        self.generations = actions.generate_posts(self.model_dir, settings)
        return self.generations

    def publish(self, repo_id: str | None, private: bool) -> str:
        self.require("publish")
        self.published_url = actions.publish_model(self.model_dir, repo_id, private, self.token)
        return self.published_url

    def repo_id(self, typed: str, prefilled: str) -> str | None:
        """The repo id to publish to: None (publish's default: your namespace and the handles)
        for the prefilled name; a bare name goes under the token's own namespace."""
        value = typed.strip()
        if not value or value == prefilled:
            return None
        if "/" in value:
            return value
        try:
            namespace = actions.hub_user(self.token)
        except Exception:
            raise UserError(
                f"Could not find your Hugging Face user name for '{value}': "
                "write the repo id as namespace/name, or check the token."
            ) from None
        return f"{namespace}/{value}"

    # ------------------------------------------------------------------ plain text
    def summary(self, step: str) -> str:
        """What a step made, as plain text (for papermill outputs and logs)."""
        if step == "download" and self.dataset is not None:
            info = self.dataset
            lines = [f"@{a.handle}: {counts_line(a.counts, info.clean)}" for a in info.accounts]
            return "\n".join(lines + [f"warning: {w}" for w in info.warnings])
        if step == "train" and self.training is not None:
            r = self.training.results
            resumed = f" (resumed from step {self.resumed_from})" if self.resumed_from else ""
            return (
                f"trained {self.training.base.name} for {r.steps} steps{resumed}; "
                f"perplexity {_number(r.base_perplexity)} -> {_number(r.perplexity)}"
            )
        if step == "generate":
            return "\n".join(
                f"{i}. {g.text}" + ("  [copies a training post]" if g.copied_from_training else "")
                for i, g in enumerate(self.generations, 1)
            )
        if step == "publish":
            return f"published: {self.published_url}"
        return ""


def _sources(info: DatasetInfo) -> list[str]:
    return [a.source for a in info.accounts]


def _number(value) -> str:
    return "–" if value is None else f"{value:,.2f}"


def safe_upload_name(name: str) -> str:
    """A file name from the browser, made safe to save in the uploads folder."""
    base = Path(str(name).replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".") or "upload"
    return base[:120]


def preview_posts(data_dir: Path, info: DatasetInfo, n: int) -> list[list[str]]:
    """Up to `n` posts per account from the training text download wrote: its first epoch is
    shuffled with the recorded seed, so these are a fair sample. With several accounts,
    `authors.json` says whose each post is (author tags taken off)."""
    from huggingtweets.dataset import Authors, from_text

    out: list[list[str]] = [[] for _ in info.accounts]
    try:
        posts = from_text((data_dir / Path(info.train_file).name).read_text(encoding="utf-8"))
    except OSError:
        return out
    authors = Authors.load(data_dir)
    if authors is not None:
        owner = {p: i for i, own in enumerate(authors.train) for p in own}
        tags = authors.tags
    else:  # one account (an older several-account folder has no authors: no preview)
        owner = {p: 0 for p in posts} if len(info.accounts) == 1 else {}
        tags = []
    for post in posts:
        text, i = post, owner.get(post)
        if i is None:  # a tagged post: its author's tag, then the post
            text = next((post[len(t) :] for t in tags if post.startswith(t)), post)
            i = owner.get(text)
        if i is not None and len(out[i]) < n and text not in out[i]:
            out[i].append(text)
        if all(len(o) >= n for o in out):
            break
    return out
