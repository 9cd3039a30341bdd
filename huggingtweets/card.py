"""The model card (`README.md` in the model folder), in the original huggingtweets layout.

`write_card(model_dir, repo_id)` reads `training.json` (through `records.TrainingRecord`) and
`generations.json`, and renders `templates/modelcard.md.j2`: seed card 001 line for line with
this model's values, then what the original lacked (held-out perplexity, the evaluation report,
hyper-parameters, cleaning options, library versions, an intended-use and consent note).

The front matter is huggingface_hub's `ModelCardData`, dumped by the library in the seed's key
order; the card is checked once, by parsing it back with `ModelCard`, before it is written.
Escaping is the template's: autoescape is on, and every value from a post, a profile or the
user goes through one of the filters of `card_filters`, chosen for where it lands (HTML,
Markdown prose, a table cell, a code block, a CSS url).

The avatar colour and initials live here: the picture (pictures.py) draws an account with the
same ones. Repo ids (`repo_name_for`, `check_repo_id`) are repo_ids.py's.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.atomic import atomic_write_text
from huggingtweets.card_filters import (
    code_cell,
    code_line,
    esc_cell,
    esc_html,
    esc_md,
    esc_md_lines,
    fmt_hyperparameter,
    fmt_num,
    fmt_pct,
    one_line,
    py_string,
    safe_link,
    safe_url,
)
from huggingtweets.errors import UserError
from huggingtweets.records import TRAINING_FILE, Account, BaseModel, TrainingRecord
from huggingtweets.repo_ids import check_repo_id, default_repo_id, repo_name_for
from huggingtweets.secrets import redact

CARD_FILE = "README.md"
GENERATIONS_FILE = "generations.json"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEMPLATE = "modelcard.md.j2"
MAX_SAMPLES = 5  # sample posts the card shows
# The seed card's key order (the library would put base_model and library_name first).
FRONT_MATTER_KEYS = (
    "language",
    "thumbnail",
    "tags",
    "widget",
    "license",
    "base_model",
    "pipeline_tag",
    "library_name",
)
REQUIRED_KEYS = ("language", "tags", "widget", "pipeline_tag", "thumbnail")
TRACKING_MODES = ("online", "offline", "disabled")

# Licences of the base models we know; a model trained from scratch ('tiny') is the project's.
_LICENSES = [
    (re.compile(r"(^|/)(distil)?gpt2", re.I), "mit"),
    (re.compile(r"smollm", re.I), "apache-2.0"),
]
_SAFE_TAG = re.compile(r"@[A-Za-z0-9_.@-]{1,100}: ")
_HUB_ID = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)?")
_THUMBNAIL = re.compile(r"/([^/]+/[^/]+)/resolve/main/predictions\.png$")


# ---------------------------------------------------------------------------- the Hub


def hub_endpoint() -> str:
    from huggingface_hub import constants

    return constants.ENDPOINT.rstrip("/")


def thumbnail_url(repo_id: str) -> str:
    return f"{hub_endpoint()}/{repo_id}/resolve/main/predictions.png"


# ---------------------------------------------------------------------------- avatars


def avatar_colour(handle: str) -> tuple[int, int, int]:
    """An account's colour (defaults.AVATAR_PALETTE, by a hash of the handle): the card's
    initials circle and predictions.png's draw an account in the same colour."""
    key = str(handle).lstrip("@").lower().encode("utf-8")
    palette = defaults.AVATAR_PALETTE
    return palette[hashlib.sha256(key).digest()[0] % len(palette)]


def avatar_hex(handle: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*avatar_colour(handle))


def initials(name: str, handle: str = "") -> str:
    """Up to two initials (letters/digits only) of a display name, else of the handle."""
    for text in (name, handle):
        words = ["".join(c for c in w if c.isalnum()) for w in re.split(r"[\s_.@-]+", str(text))]
        letters = "".join(w[0] for w in words if w)[:2].upper()
        if letters:
            return letters
    return "?"


@lru_cache(maxsize=1)
def environment():
    """The card's Jinja2 environment. Not `ModelCard.from_template`: it renders with a bare
    `jinja2.Template` (no autoescape, no filters of ours, the file's last line break dropped)."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        html=esc_html,
        md=esc_md,
        cell=esc_cell,
        md_lines=esc_md_lines,
        code=code_cell,
        codeline=code_line,
        pystr=py_string,
        css_url=safe_url,
        link=safe_link,
        num=fmt_num,
        hp=fmt_hyperparameter,
        pct=fmt_pct,
        colour=avatar_hex,
        initials=lambda account: initials(account.display_name, account.handle),
    )
    return env


# ---------------------------------------------------------------------------- generations.json


@dataclass(frozen=True)
class Sample:
    text: str
    copied_from_training: bool = False


@dataclass
class Samples:
    """`generations.json`: the posts written right after training (the card, the picture)."""

    prompt: str = defaults.PROMPT
    samples: list[Sample] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict) -> Samples:
        posts = data.get("generations") or []
        return cls(
            prompt=str(data.get("prompt") or defaults.PROMPT),
            samples=[
                Sample(str(g.get("text") or ""), bool(g.get("copied_from_training")))
                for g in posts
                if isinstance(g, dict)
            ],
        )

    @classmethod
    def load(cls, model_dir: str | os.PathLike) -> Samples:
        """The folder's generations.json; none written (or unreadable) is no samples."""
        try:
            text = (Path(model_dir) / GENERATIONS_FILE).read_text(encoding="utf-8")
            data = json.loads(text)
            return cls.from_json(data) if isinstance(data, dict) else cls()
        except (OSError, ValueError, TypeError, AttributeError):  # a damaged file: no samples
            return cls()

    def texts(self, limit: int) -> list[Sample]:
        """The first `limit` samples that hold some text."""
        return [s for s in self.samples if one_line(s.text)][:limit]


# ---------------------------------------------------------------------------- rendering


def license_for(base: BaseModel) -> str:
    name = str(base.hub_id or base.name or "")
    if not base.hub_id and name.lower() in ("", "tiny"):
        return "apache-2.0"
    return next((lic for pattern, lic in _LICENSES if pattern.search(name)), "other")


def author_tags(record: TrainingRecord) -> dict[str, str]:
    """{handle: tag} of a several-account model ({} for one account). Sources make handles of
    letters, digits and `_.@-`; a tag with anything else is not put in the card."""
    tags = record.steering.tags if record.steering else {}
    return {h: t for h, t in tags.items() if _SAFE_TAG.fullmatch(t)}


def card_data(record: TrainingRecord, repo_id: str):
    """The front matter. The Hub widget's prompts: the blend first (its default), then one per
    author of a several-account model."""
    from huggingface_hub import ModelCardData

    prompt = defaults.PROMPT
    tags = author_tags(record)
    widget = [{"text": prompt, "example_title": "Blend"} if tags else {"text": prompt}]
    widget += [
        {"text": t + prompt, "example_title": f"As @{h.lstrip('@')}"} for h, t in tags.items()
    ]
    base_id = record.base.hub_id
    return ModelCardData(
        language="en",
        thumbnail=thumbnail_url(repo_id),
        tags=["huggingtweets", "text-generation"],
        widget=widget,
        license=license_for(record.base),
        base_model=base_id if base_id and _HUB_ID.fullmatch(base_id) else None,
        pipeline_tag="text-generation",
        library_name="transformers",
    )


def _context(record: TrainingRecord, repo_id: str, samples: Samples) -> dict:
    """What the template shows, as records and plain values (the template escapes them)."""
    from huggingtweets.tables import count_rows, short_rule_notes
    from huggingtweets.tracking import DEFAULT_VISIBILITY, UPLOADED

    accounts = record.accounts
    avatars: list[Account | None] = list(accounts[: defaults.MAX_ACCOUNTS])
    t = record.tracking
    return {
        "record": record,
        "repo_id": repo_id,
        "prompt": defaults.PROMPT,
        "accounts": accounts,
        "avatars": avatars + [None] * (defaults.MAX_ACCOUNTS - len(avatars)),
        # The same rows as the CLI's and the notebook's tables (tables.py), in the card's words.
        "count_rows": [
            (r.card_label, list(r.values) or [0]) for r in count_rows(accounts, record.dataset.clean)
        ],
        "short_rules": short_rule_notes(accounts),
        "tracking": {
            "mode": t.mode if t.mode in TRACKING_MODES else "disabled",
            "preprocess": t.preprocess_run_url,
            "train": t.train_run_url,
            "where": [p for p in (t.entity, t.project) if p] or [defaults.WANDB_PROJECT],
            "visibility": DEFAULT_VISIBILITY,
            "uploaded": UPLOADED,
        },
        "tags": author_tags(record),
        "results": record.results,
        "hyperparameters": record.hyperparameters.to_json(),
        "clean": {k: bool(record.dataset.clean.get(k)) for k in _CLEAN_FLAGS},
        "sample_prompt": samples.prompt or defaults.PROMPT,
        "samples": samples.texts(MAX_SAMPLES),
    }


_CLEAN_FLAGS = ("keep_newlines", "drop_replies", "strip_mentions")


def render_card(
    training: TrainingRecord | dict, repo_id: str, samples: Samples | dict | None = None
) -> str:
    """The card text for a training record (or a training.json object) and a repo id."""
    record = (
        training if isinstance(training, TrainingRecord) else TrainingRecord.from_json(training)
    )
    if not isinstance(samples, Samples):
        samples = Samples.from_json(samples or {})
    yaml = card_data(record, repo_id).to_yaml(original_order=list(FRONT_MATTER_KEYS))
    text = (
        environment()
        .get_template(TEMPLATE)
        .render(card_data=yaml, **_context(record, repo_id, samples))
    )
    return redact(text)  # no secret ever lands in the card, whatever the record contained


def parse_card(text: str):
    """The card as huggingface_hub's `ModelCard`; UserError when its metadata is broken."""
    from huggingface_hub import ModelCard

    try:
        card = ModelCard(text)
    except Exception as e:
        raise UserError(redact(f"the model card's metadata is invalid ({e}): report it.")) from None
    missing = [k for k in REQUIRED_KEYS if k not in card.data.to_dict()]
    if missing:
        raise UserError(f"the model card's metadata lacks '{missing[0]}': report it.")
    return card


# ---------------------------------------------------------------------------- the card file


def card_repo_id(model_dir: str | os.PathLike) -> str | None:
    """The repo id the folder's card was written for (from its thumbnail), or None."""
    card = _read_card(Path(model_dir))
    thumbnail = str(card.data.to_dict().get("thumbnail") or "") if card else ""
    match = _THUMBNAIL.search(thumbnail)
    return match.group(1) if match else None


def card_is_current(model_dir: str | os.PathLike, repo_id: str) -> bool:
    """The folder's card was written for `repo_id` at this endpoint, after training.json and
    generations.json last changed: publishing it needs no new card."""
    folder = Path(model_dir)
    card = _read_card(folder)
    if card is None or card.data.to_dict().get("thumbnail") != thumbnail_url(repo_id):
        return False
    written = (folder / CARD_FILE).stat().st_mtime_ns
    sources = [folder / TRAINING_FILE, folder / GENERATIONS_FILE]
    return all(written >= p.stat().st_mtime_ns for p in sources if p.is_file())


def _read_card(folder: Path):
    from huggingface_hub import ModelCard

    try:
        return ModelCard((folder / CARD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_card(model_dir: str | os.PathLike, repo_id: str | None = None) -> Path:
    """Render `README.md` in `model_dir` for `repo_id`: by default the one the folder's card
    already names, else `huggingtweets/<handles>`. Checked once (`parse_card`), then written."""
    folder = Path(model_dir)
    if not (folder / TRAINING_FILE).is_file():
        raise UserError(
            f"{model_dir} is not a trained model folder (no training.json): "
            "train one with `huggingtweets train ... --out DIR` first."
        )
    record = TrainingRecord.load(folder)
    repo_id = check_repo_id(repo_id or card_repo_id(folder) or default_repo_id(record.handles))
    card = parse_card(render_card(record, repo_id, Samples.load(folder)))
    path = folder / CARD_FILE
    atomic_write_text(path, str(card))
    return path


__all__ = [
    "Samples",
    "avatar_colour",
    "card_is_current",
    "card_repo_id",
    "check_repo_id",
    "initials",
    "render_card",
    "repo_name_for",
    "write_card",
]
