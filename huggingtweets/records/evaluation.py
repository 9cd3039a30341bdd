"""How much it sounds like them: the report evaluate.py makes (training.json's "evaluation")."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from huggingtweets import defaults
from huggingtweets.records._json import _known


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
