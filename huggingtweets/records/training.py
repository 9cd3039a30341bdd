"""What train makes: `training.json`, written and read only through `TrainingRecord`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.records._json import _known, _number, _read_json, _write_json
from huggingtweets.records.dataset import SEPARATOR, DatasetInfo
from huggingtweets.records.evaluation import Evaluation
from huggingtweets.records.posts import Account

TRAINING_FILE = "training.json"


# --- what train makes -----------------------------------------------------------------------


@dataclass
class Hyperparameters:
    """The settings training ran with (after defaults were filled in)."""

    learning_rate: float
    lr_scheduler: str = defaults.LR_SCHEDULER
    warmup_steps: int = 0
    batch_size: int = 1
    gradient_accumulation_steps: int = 1
    block_size: int = 1024
    max_steps: int = 0
    lora: bool = False
    align_blocks: bool = False  # blocks start at a post (older records: the original's packing)
    # the top blocks a full fine-tune trained (None: LoRA, or an older record)
    train_layers: int | None = None
    precision: str = "fp32"
    seed: int = 0
    eval_steps: int | None = None
    save_steps: int | None = None
    patience: int = defaults.PATIENCE

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> Hyperparameters:
        return cls(**_known(cls, d))


@dataclass
class DatasetSummary:
    """The dataset as training.json records it (no local paths)."""

    seed: int = 0
    epochs: int = defaults.EPOCHS
    clean: dict = field(default_factory=dict)  # keep_newlines, drop_replies, strip_mentions
    train_posts: int = 0
    valid_posts: int = 0
    characters: int = 0

    @classmethod
    def of(cls, info: DatasetInfo) -> DatasetSummary:
        flags = ("keep_newlines", "drop_replies", "strip_mentions")
        return cls(
            seed=info.seed,
            epochs=info.epochs,
            clean={k: bool(info.clean.get(k, False)) for k in flags},
            train_posts=info.train_posts,
            valid_posts=info.valid_posts,
            characters=info.characters,
        )

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> DatasetSummary:
        return cls(**_known(cls, d))


@dataclass
class Tracking:
    """Where the run was tracked (W&B)."""

    mode: str = "disabled"  # online | offline | disabled
    project: str | None = None
    entity: str | None = None
    preprocess_run_url: str | None = None
    train_run_url: str | None = None
    run_dir: str | None = None  # offline: where `wandb sync` finds the run

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> Tracking:
        return cls(**_known(cls, d))


@dataclass
class Steering:
    """Several accounts: the author tags some of the training posts start with."""

    tag_fraction: float
    tags: dict[str, str]  # handle -> tag ("@handle: ")

    def to_json(self) -> dict:
        return {"tag_fraction": self.tag_fraction, "tags": dict(self.tags)}

    @classmethod
    def from_json(cls, d: dict) -> Steering:
        tags = d.get("tags") or {}
        return cls(
            tag_fraction=float(d.get("tag_fraction", defaults.TAG_FRACTION)),
            tags={str(h): str(t) for h, t in tags.items()},
        )


@dataclass
class BaseModel:
    """The pretrained model a run started from, as the card names it."""

    name: str = defaults.BASE_MODEL  # as the user gave it (a local path: by its name only)
    display_name: str = "GPT-2"  # human name for the card
    url: str | None = None  # its Hub page
    hub_id: str | None = None  # Hub id for the card's `base_model` metadata


@dataclass
class Results:
    """What training measured."""

    steps: int = 0
    train_loss: float | None = None
    eval_loss: float | None = None
    perplexity: float | None = None
    base_perplexity: float | None = None
    seconds: float = 0.0
    tokens_per_second: float = 0.0


@dataclass
class TrainingRecord:
    """`training.json`: everything later stages (card, app, publish, generate) know of a run."""

    base: BaseModel
    separator: str
    accounts: list[Account]
    dataset: DatasetSummary
    hyperparameters: Hyperparameters
    results: Results
    tracking: Tracking = field(default_factory=Tracking)
    versions: dict[str, str] = field(default_factory=dict)
    steering: Steering | None = None  # several accounts only
    evaluation: Evaluation | None = None  # absent if it could not run

    @property
    def handles(self) -> list[str]:
        return [a.handle for a in self.accounts]

    @property
    def keep_newlines(self) -> bool:
        return bool(self.dataset.clean.get("keep_newlines"))

    def to_json(self) -> dict:
        """The documented layout (docs/CONTRACTS.md): results flat, W&B under "wandb"."""
        r = self.results
        data = {
            "base_model": self.base.name,
            "base_model_name": self.base.display_name,
            "base_model_url": self.base.url,
            "base_model_id": self.base.hub_id,
            "separator": self.separator,
            "accounts": [a.to_json() for a in self.accounts],
            "dataset": self.dataset.to_json(),
            "hyperparameters": self.hyperparameters.to_json(),
            "steps": int(r.steps),
            "train_loss": _number(r.train_loss),
            "eval_loss": _number(r.eval_loss),
            "perplexity": _number(r.perplexity),
            "base_perplexity": _number(r.base_perplexity),
            "seconds": float(r.seconds),
            "tokens_per_second": float(r.tokens_per_second),
            "wandb": self.tracking.to_json(),
            "versions": dict(self.versions),
        }
        if self.steering is not None:
            data["steering"] = self.steering.to_json()
        if self.evaluation is not None:
            data["evaluation"] = self.evaluation.to_json()
        return data

    @classmethod
    def from_json(cls, d: dict) -> TrainingRecord:
        def section(key) -> dict:
            value = d.get(key)
            return value if isinstance(value, dict) else {}

        def number(key):
            v = d.get(key)
            return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None

        evaluation = None
        if isinstance(d.get("evaluation"), dict):
            try:
                evaluation = Evaluation.from_json(d["evaluation"])
            except (TypeError, ValueError):
                evaluation = None  # a damaged report: the card shows none, `evaluate` redoes it
        hyper = section("hyperparameters")
        return cls(
            base=BaseModel(
                name=str(d.get("base_model") or defaults.BASE_MODEL),
                display_name=str(d.get("base_model_name") or d.get("base_model") or "GPT-2"),
                url=d.get("base_model_url") or None,
                hub_id=d.get("base_model_id") or None,
            ),
            separator=str(d.get("separator") or SEPARATOR),
            accounts=[Account.from_json(a) for a in d.get("accounts") or [] if isinstance(a, dict)],
            dataset=DatasetSummary.from_json(section("dataset")),
            hyperparameters=Hyperparameters.from_json(
                {"learning_rate": defaults.LEARNING_RATE, **hyper}
            ),
            results=Results(
                steps=int(d.get("steps") or 0),
                train_loss=number("train_loss"),
                eval_loss=number("eval_loss"),
                perplexity=number("perplexity"),
                base_perplexity=number("base_perplexity"),
                seconds=number("seconds") or 0.0,
                tokens_per_second=number("tokens_per_second") or 0.0,
            ),
            tracking=Tracking.from_json(section("wandb")),
            versions={str(k): str(v) for k, v in section("versions").items()},
            steering=Steering.from_json(section("steering")) if section("steering") else None,
            evaluation=evaluation,
        )

    def save(self, model_dir: str | Path) -> None:
        _write_json(Path(model_dir) / TRAINING_FILE, self.to_json())

    @classmethod
    def load(cls, model_dir: str | Path) -> TrainingRecord:
        path = Path(model_dir) / TRAINING_FILE
        return cls.from_json(_read_json(path, "train the model again (`huggingtweets train`)."))
