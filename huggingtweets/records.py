"""The records that pass between the stages: sources -> clean -> dataset -> train -> card/publish.

Each record has one `to_json` and one `from_json`; `dataset.json` and `training.json` are written
and read only through `DatasetInfo` and `TrainingRecord`. `from_json` ignores keys it does not
know and fills what an older file lacks, so folders made by earlier versions still load.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.atomic import atomic_write_text
from huggingtweets.errors import UserError

SEPARATOR = "<|endoftext|>"  # GPT-2's end of text between posts; train maps it to the model's own
DATASET_FILE = "dataset.json"
TRAINING_FILE = "training.json"
SHORT_RULE_WORDS = "words"  # "short" measured in words (text written with spaces)
SHORT_RULE_CHARACTERS = "words and characters"  # some text without spaces, measured in characters


def _known(cls, data: dict) -> dict:
    """The keys of `data` that are fields of `cls` (a newer file's extra keys are ignored)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _number(x):
    """A float for JSON: NaN and infinities (a run too short to measure) become null."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _read_json(path: Path, fix: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UserError(f"'{path}' is missing or damaged ({type(e).__name__}): {fix}") from None
    if not isinstance(data, dict):
        raise UserError(f"'{path}' is damaged (not a JSON object): {fix}")
    return data


def _write_json(path: Path, data: dict) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False))


# --- what a source yields -------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """One post as its author wrote it (text not yet cleaned)."""

    id: str
    text: str
    created_at: str | None = None  # ISO 8601, UTC when the source says so
    is_repost: bool = False  # a retweet / boost / repost of someone else's post
    is_reply: bool = False
    url: str | None = None
    # Not public (a Mastodon status for followers only, or a direct message): never trained on,
    # and its text is never kept (it is "" here), only counted.
    not_public: bool = False

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> Post:
        return cls(
            id=str(d["id"]),
            text=str(d["text"]),
            created_at=d.get("created_at"),
            is_repost=bool(d.get("is_repost", False)),
            is_reply=bool(d.get("is_reply", False)),
            url=d.get("url"),
            not_public=bool(d.get("not_public", False)),
        )


@dataclass
class Counts:
    """What cleaning did with one account's posts: downloaded == the other counts added up.

    The tables (CLI, notebook, card, chart) show these through `clean.COUNT_COLUMNS`.
    """

    downloaded: int = 0
    not_public: int = 0  # followers-only or direct posts: never trained on
    reposts: int = 0
    replies: int = 0  # replies dropped by `drop_replies` (0 by default)
    short: int = 0
    kept: int = 0
    spaceless: int = 0  # posts measured (partly) in characters: written without spaces

    @property
    def short_rule(self) -> str:
        """How "short" was measured (clean.SHORT_RULES explains each)."""
        return SHORT_RULE_CHARACTERS if self.spaceless else SHORT_RULE_WORDS

    def to_json(self) -> dict:
        data = asdict(self)
        del data["spaceless"]  # the JSON says the rule instead
        data["short_rule"] = self.short_rule
        return data

    @classmethod
    def from_json(cls, d: dict) -> Counts:
        def count(key):
            v = d.get(key, 0)
            return v if isinstance(v, int) and not isinstance(v, bool) else 0

        values = {f.name: count(f.name) for f in fields(cls) if f.name != "spaceless"}
        spaceless = count("spaceless") or int(d.get("short_rule") == SHORT_RULE_CHARACTERS)
        return cls(**values, spaceless=spaceless)


@dataclass(frozen=True)
class Account:
    """Who wrote the posts; after `download`, also what became of their posts."""

    source: str  # the source as the user typed it (a local file: by its name once published)
    handle: str  # e.g. "jack", "user@mastodon.social", "name.bsky.social"
    display_name: str
    avatar_url: str | None = None
    kind: str = ""  # the source's kind ('x-archive', 'mastodon', ...), set by download
    counts: Counts = field(default_factory=Counts)
    characters: int = 0  # the kept posts joined by the separator

    def with_counts(self, counts: Counts, characters: int, kind: str) -> Account:
        return replace(self, counts=counts, characters=characters, kind=kind)

    def to_json(self) -> dict:
        """Flat, as `download --json` and training.json have always held an account."""
        return {
            "source": self.source,
            "handle": self.handle,
            "display_name": self.display_name,
            "avatar_url": self.avatar_url,
            **self.counts.to_json(),
            "characters": self.characters,
            "kind": self.kind,
        }

    @classmethod
    def from_json(cls, d: dict) -> Account:
        handle = str(d.get("handle") or "").lstrip("@") or "unknown"
        return cls(
            source=str(d.get("source") or ""),
            handle=handle,
            display_name=str(d.get("display_name") or handle),
            avatar_url=d.get("avatar_url") or None,
            kind=str(d.get("kind") or ""),
            counts=Counts.from_json(d),
            characters=int(d.get("characters") or 0),
        )


@dataclass
class AccountPosts:
    """An account with the raw posts fetched for it (between a source and cleaning)."""

    account: Account
    posts: list[Post] = field(default_factory=list)


# --- what download makes --------------------------------------------------------------------


@dataclass
class DatasetInfo:
    """What `download` made (`dataset.json`): the `download --json` answer plus what training needs."""

    accounts: list[Account]
    train_file: str
    valid_file: str
    characters: int  # characters of the training text
    seed: int
    warnings: list[str] = field(default_factory=list)
    epochs: int = defaults.EPOCHS
    clean: dict = field(default_factory=dict)  # CleanOptions as a dict
    train_posts: int = 0
    valid_posts: int = 0
    separator: str = SEPARATOR

    @property
    def handles(self) -> list[str]:
        return [a.handle for a in self.accounts]

    def answer(self) -> dict:
        """Exactly the documented `download --json` object."""
        keep = ("source", "handle", "display_name", "avatar_url", *asdict(Counts()), "short_rule")
        return {
            "accounts": [
                {k: v for k, v in a.to_json().items() if k in keep and k != "spaceless"}
                for a in self.accounts
            ],
            "train_file": self.train_file,
            "valid_file": self.valid_file,
            "characters": self.characters,
            "seed": self.seed,
            "warnings": list(self.warnings),
        }

    def to_json(self) -> dict:
        """dataset.json: the answer, and under "details" the rest."""
        data = self.answer()
        data["details"] = {
            "accounts": [a.to_json() for a in self.accounts],
            "epochs": self.epochs,
            "clean": dict(self.clean),
            "train_posts": self.train_posts,
            "valid_posts": self.valid_posts,
            "separator": self.separator,
        }
        return data

    @classmethod
    def from_json(cls, data: dict) -> DatasetInfo:
        details = data.get("details") or {}
        return cls(
            accounts=[Account.from_json(a) for a in details.get("accounts", data["accounts"])],
            train_file=str(data["train_file"]),
            valid_file=str(data["valid_file"]),
            characters=int(data["characters"]),
            seed=int(data["seed"]),
            warnings=[str(w) for w in data.get("warnings", [])],
            epochs=int(details.get("epochs", defaults.EPOCHS)),
            clean=dict(details.get("clean") or {}),
            train_posts=int(details.get("train_posts", 0)),
            valid_posts=int(details.get("valid_posts", 0)),
            separator=str(details.get("separator", SEPARATOR)),
        )

    def save(self, folder: str | Path) -> None:
        _write_json(Path(folder) / DATASET_FILE, self.to_json())

    @classmethod
    def load(cls, folder: str | Path) -> DatasetInfo:
        path = Path(folder) / DATASET_FILE
        fix = "run `huggingtweets download` again."
        data = _read_json(path, fix)
        try:
            return cls.from_json(data)
        except (ValueError, KeyError, TypeError) as e:
            raise UserError(f"'{path}' is missing or damaged ({type(e).__name__}): {fix}") from None


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
class AuthorReport:
    """One account's lines of the evaluation report."""

    handle: str
    tag: str | None  # the author tag ('@handle: '), None for a one-account model
    held_out_posts: int
    loss_untagged: float | None = None  # held-out loss per token of this author's posts
    loss_own_tag: float | None = None  # ... after their own tag
    loss_other_tags: float | None = None  # ... after the other authors' tags (their mean)
    generated_posts: int = 0  # posts generated as this author (0 for a one-account model)
    attribution: float | None = None  # share of those the classifier gives to this author

    @property
    def perplexity_own_tag(self) -> float | None:
        return _exp(self.loss_own_tag)

    @property
    def perplexity_other_tags(self) -> float | None:
        return _exp(self.loss_other_tags)


def _exp(loss: float | None) -> float | None:
    return None if loss is None else math.exp(min(loss, 50.0))


@dataclass
class Evaluation:
    """How much it sounds like them (evaluate.py): in training.json, the card, `evaluate --json`."""

    base_perplexity: float | None
    perplexity: float | None
    authors: list[AuthorReport]
    generated_posts: int  # all voices together
    copy_rate: float | None  # share of generated posts that copy a training post
    distinct_bigrams_generated: float | None  # distinct / all word bigrams
    distinct_bigrams_real: float | None  # the same over as many real held-out posts
    words_generated: float | None  # mean words per generated post
    words_real: float | None  # mean words per real held-out post
    attribution_score: float | None = None  # mean of the authors' attribution (several)
    attribution_chance: float | None = None  # 1 / number of authors
    classifier_accuracy: float | None = None  # the classifier on real held-out posts
    blend_attribution: dict[str, float] | None = None  # untagged posts: share given to each
    posts_per_voice: int = defaults.EVAL_POSTS
    max_new_tokens: int = defaults.MAX_NEW_TOKENS
    seed: int | None = None

    @property
    def several(self) -> bool:
        return len(self.authors) > 1

    def to_json(self) -> dict:
        return _clean_numbers(asdict(self))

    @classmethod
    def from_json(cls, data: dict) -> Evaluation:
        if not isinstance(data, dict):
            raise ValueError("an evaluation is a JSON object")
        values = _known(cls, data)
        values["authors"] = [
            AuthorReport(**_known(AuthorReport, a))
            for a in data.get("authors") or []
            if isinstance(a, dict)
        ]
        return cls(**values)


def _clean_numbers(data):
    """NaN/inf -> None, recursively (JSON has no NaN); floats rounded to what a report needs."""
    if isinstance(data, float):
        return round(data, 5) if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: _clean_numbers(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_clean_numbers(v) for v in data]
    return data


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
