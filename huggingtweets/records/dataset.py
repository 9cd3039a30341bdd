"""What download makes: `dataset.json`, written and read only through `DatasetInfo`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.errors import UserError
from huggingtweets.records._json import _read_json, _write_json
from huggingtweets.records.posts import Account, Counts

SEPARATOR = "<|endoftext|>"  # GPT-2's end of text between posts; train maps it to the model's own
DATASET_FILE = "dataset.json"


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
