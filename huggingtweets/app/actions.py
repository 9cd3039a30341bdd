"""Every call the notebook makes to the stages (download, train, generate, card, publish, the
Hub), one short function each: the one place to change when the stages change.

The stages are imported when called, so the app's forms show without torch or transformers
loaded (and tests can put fakes in their place).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.clean import CleanOptions
from huggingtweets.records import DatasetInfo


@dataclass(frozen=True)
class TrainSettings:
    """What the Train form asks for (None: the stage's default)."""

    base_model: str = defaults.BASE_MODEL
    max_steps: int | None = None
    learning_rate: float | None = None  # None: the stage picks (LoRA's, or a GPU's larger step)
    lora: bool = False
    wandb_mode: str | None = None


@dataclass(frozen=True)
class GenerateSettings:
    """What the Generate form asks for."""

    prompt: str = defaults.PROMPT
    num: int = defaults.NUM_POSTS
    temperature: float = defaults.TEMPERATURE
    top_p: float = defaults.TOP_P
    max_new_tokens: int = defaults.MAX_NEW_TOKENS
    author: str | None = None  # '@handle' of a several-account model; None or 'blend': all


def download_posts(
    sources: list[str],
    data_dir: Path,
    epochs: int,
    clean: CleanOptions,
    seed: int | None,
    progress: Callable[[int, int, int | None], None] | None = None,
) -> DatasetInfo:
    """Fetch, clean and write the dataset folder; what it holds, read back through its record."""
    from huggingtweets.download import DownloadOptions, download

    options = DownloadOptions(epochs=epochs, clean=clean, seed=seed)
    download(sources, data_dir, options, progress=progress)
    return DatasetInfo.load(data_dir)


def train_model(data_dir: Path, model_dir: Path, settings: TrainSettings, callbacks: list) -> Path:
    """Fine-tune on the dataset folder; the model folder it wrote.

    A checkpoint of this same run (a Stop, a runtime reset) is continued, else replaced; the
    widgets show the progress (no library bar).
    """
    from huggingtweets.pipeline import TrainOptions, run

    options = TrainOptions(**asdict(settings), auto_resume=True, progress=False)
    result = run([str(data_dir)], model_dir, options, callbacks=callbacks)
    return Path(result.model_dir)


def generate_posts(model_dir: Path, settings: GenerateSettings) -> list:
    """Sample posts from the trained model (each has .text and .copied_from_training)."""
    from huggingtweets.generate import GenerateOptions, generate

    return list(generate(model_dir, GenerateOptions(**asdict(settings))).generations)


def publish_model(model_dir: Path, repo_id: str | None, private: bool, token: str | None) -> str:
    """The card written for the repo, then the model folder uploaded; the repo's URL."""
    from huggingtweets.pipeline import PublishRequest
    from huggingtweets.pipeline import publish_model as publish

    request = PublishRequest(repo_id=repo_id, private=private, token=token)
    result = publish(model_dir, request)
    return str(result.url)


def repo_name(handles: list[str]) -> str:
    """The repo name publish would pick for these handles (prefilled in the form)."""
    from huggingtweets.repo_ids import repo_name_for

    return repo_name_for(handles)


def hub_user(token: str | None) -> str:
    """The Hub user name the token belongs to (a bare repo name goes under it)."""
    from huggingface_hub import whoami

    return whoami(token=token)["name"]


def read_card(model_dir: Path) -> str:
    """The model card train wrote (README.md), or "" when there is none."""
    path = Path(model_dir) / "README.md"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def live_callback_class():
    """A `TrainerCallback` that reports training to a listener with four methods:
    `training_began(step, max_steps)`, `training_step(step, max_steps)`,
    `training_logged(step, logs)` and `training_ended(step, max_steps)`."""
    from transformers import TrainerCallback

    class LiveTrainingCallback(TrainerCallback):
        def __init__(self, listener):
            self.listener = listener

        def on_train_begin(self, args, state, control, **kwargs):
            # A resumed run begins at its checkpoint's step (the Trainer has loaded its state).
            self.listener.training_began(state.global_step, state.max_steps)

        def on_step_end(self, args, state, control, **kwargs):
            self.listener.training_step(state.global_step, state.max_steps)

        def on_log(self, args, state, control, logs=None, **kwargs):
            self.listener.training_logged(state.global_step, logs or {})

        def on_train_end(self, args, state, control, **kwargs):
            self.listener.training_ended(state.global_step, state.max_steps)

    return LiveTrainingCallback
