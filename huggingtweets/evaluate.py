"""How much it sounds like them: a short report on a trained model, for one account or several.

    evaluate(model_dir, EvaluateOptions()) -> Evaluation     (`huggingtweets evaluate MODEL`)

What it measures, on the posts the model never trained on (the held-out posts) and on posts it
writes from nothing but its separator (and an author's tag), so that nothing in a prompt
steers the words:

- held-out perplexity of the base model and of the fine-tuned one (from the training run);
- per author, with several accounts: the held-out loss of each author's posts after their own
  tag, after the other authors' tags and untagged. Lower with the right tag than with the others
  means the tag steers: the model knows whose words these are;
- copy rate: the share of generated posts that copy a training post (generate's check);
- diversity: distinct word bigrams over generated posts against as many real held-out posts
  (a bot that repeats itself scores lower than the person);
- length: words per generated post against words per real held-out post;
- attribution, with several accounts: a TF-IDF (words and characters) + logistic-regression classifier (scikit-learn)
  trained on the accounts' real training posts reads the posts generated as each author; the
  share it gives to the author asked for is the score (chance is 1/k). Its accuracy on the real
  held-out posts says how well it can tell these people apart at all.

The report is stored in `training.json` under "evaluation" (`save_evaluation`), shown in the
card, the notebook and `huggingtweets evaluate --json`. It needs the model folder that
`huggingtweets train` wrote (its `data/` holds the posts), not a copy downloaded from the Hub.
"""

from __future__ import annotations

import math
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.errors import UserError
from huggingtweets.records import AuthorReport, Evaluation, TrainingRecord

EVAL_POSTS = defaults.EVAL_POSTS  # posts written per voice (the blend, and each author of several)
EVAL_MAX_NEW_TOKENS = defaults.MAX_NEW_TOKENS  # each post ends by itself well before
LOSS_BATCH = 16  # held-out posts scored per forward pass


@dataclass
class EvaluateOptions:
    posts: int = EVAL_POSTS  # generated posts per voice
    max_new_tokens: int = EVAL_MAX_NEW_TOKENS
    seed: int | None = None  # None: the training run's seed (a repeatable report)
    temperature: float = defaults.TEMPERATURE  # as generate's: the posts a user would see
    top_p: float = defaults.TOP_P
    progress: bool = True  # a bar on stderr (the notebook shows its own status instead)


def summary(report: Evaluation) -> str:
    """The report as a few lines of text (the CLI's answer without --json)."""

    def f(x, digits=2):
        return "n/a" if x is None else f"{x:.{digits}f}"

    lines = [
        f"held-out perplexity: base model {f(report.base_perplexity, 1)} -> "
        f"fine-tuned {f(report.perplexity, 1)}"
    ]
    if report.several:
        lines.append(
            "held-out loss per author (lower is better): own tag / other tags / untagged"
        )
        for a in report.authors:
            lines.append(
                f"  @{a.handle}: {f(a.loss_own_tag, 3)} / {f(a.loss_other_tags, 3)} / "
                f"{f(a.loss_untagged, 3)}  ({a.held_out_posts} posts)"
            )
    lines += [
        f"generated posts: {report.generated_posts}, copies of a training post: "
        f"{_pct(report.copy_rate)}",
        f"distinct bigrams: generated {f(report.distinct_bigrams_generated)}, "
        f"real {f(report.distinct_bigrams_real)}",
        f"words per post: generated {f(report.words_generated, 1)}, real {f(report.words_real, 1)}",
    ]
    if report.several:
        per = ", ".join(f"as @{a.handle} {_pct(a.attribution)}" for a in report.authors)
        lines.append(
            f"attribution: {_pct(report.attribution_score)} (chance {_pct(report.attribution_chance)}; "
            f"{per}); the classifier tells real held-out posts apart {_pct(report.classifier_accuracy)}"
        )
        if report.blend_attribution:
            mix = ", ".join(f"@{h} {_pct(v)}" for h, v in report.blend_attribution.items())
            lines.append(f"untagged (blend) posts read as: {mix}")
    return "\n".join(lines)


def _pct(x) -> str:
    return "n/a" if x is None else f"{100 * x:.0f}%"


# --- the measures (plain functions: tested on their own) -------------------------------------


def words(text: str) -> list[str]:
    from huggingtweets.generate import normalise

    return normalise(text).split()


def distinct_bigrams(posts: list[str]) -> float | None:
    """Distinct word bigrams / all word bigrams over the posts (distinct-2); None without any."""
    grams = [(w[i], w[i + 1]) for p in posts for w in [words(p)] for i in range(len(w) - 1)]
    return len(set(grams)) / len(grams) if grams else None


def mean_words(posts: list[str]) -> float | None:
    return sum(len(words(p)) for p in posts) / len(posts) if posts else None


def attribution_classifier(posts_by_author: list[list[str]], seed: int = 0):
    """TF-IDF over word uni- and bigrams (what they write about) and character n-grams within
    words, case kept (how they write it: capitals, punctuation, emoji), + logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    texts = [p for posts in posts_by_author for p in posts]
    labels = [i for i, posts in enumerate(posts_by_author) for _ in posts]
    clf = make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 4), lowercase=False, sublinear_tf=True
            ),
        ),
        LogisticRegression(max_iter=2000, class_weight="balanced", random_state=seed),
    )
    clf.fit(texts, labels)
    return clf


# --- the model's side ---------------------------------------------------------------------


def post_losses(loaded: dict, posts: list[str], tag: str | None) -> tuple[float, int]:
    """(summed negative log-likelihood, tokens) of the posts' own tokens and their end-of-text,
    each post read after the separator and `tag` (the tag's tokens are context, not scored)."""
    import torch

    model, tok = loaded["model"], loaded["tokenizer"]
    sep, eos = loaded["separator_id"], int(tok.eos_token_id)
    tag_ids = tok(tag.rstrip(), add_special_tokens=False)["input_ids"] if tag else []
    rows = []
    for post in posts:
        ids = tok((tag or "") + post, add_special_tokens=False)["input_ids"]
        shared = 0  # the tag's tokens (the tokenizer may merge its last one with the post's)
        while shared < min(len(tag_ids), len(ids)) and ids[shared] == tag_ids[shared]:
            shared += 1
        rows.append(([sep] + ids + [eos], 1 + shared))
    total, count = 0.0, 0
    device = loaded["device"]
    limit = _max_positions(model)
    for start in range(0, len(rows), LOSS_BATCH):
        batch = [(ids[:limit], context) for ids, context in rows[start : start + LOSS_BATCH]]
        width = max(len(ids) for ids, _ in batch)
        pad = tok.pad_token_id if tok.pad_token_id is not None else eos
        input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        labels = torch.full((len(batch), width), -100, dtype=torch.long)
        for i, (ids, context) in enumerate(batch):
            input_ids[i, : len(ids)] = torch.tensor(ids)
            mask[i, : len(ids)] = 1
            labels[i, context : len(ids)] = torch.tensor(ids[context:])
        with torch.inference_mode():
            logits = model(input_ids=input_ids.to(device), attention_mask=mask.to(device)).logits
        logits = logits[:, :-1].float()
        target = labels[:, 1:].to(device)
        nll = torch.nn.functional.cross_entropy(
            logits.reshape(-1, logits.shape[-1]),
            target.reshape(-1),
            reduction="sum",
            ignore_index=-100,
        )
        total += float(nll)
        count += int((target != -100).sum())
    return total, count


def _max_positions(model) -> int:
    from huggingtweets.models import max_positions

    return max_positions(model.config)


def _mean_loss(loaded, posts, tag) -> float | None:
    if not posts:
        return None
    total, count = post_losses(loaded, posts, tag)
    return total / count if count else None


# --- the report ---------------------------------------------------------------------------


@dataclass
class _Posts:
    handles: list[str]
    tags: list[str | None]
    train: list[list[str]]  # real training posts per author, once each
    valid: list[list[str]]  # real held-out posts per author


def _read_posts(model_dir: Path, training: TrainingRecord) -> _Posts:
    from huggingtweets.dataset import Authors, from_text

    data = model_dir / "data"
    if not (data / "train.txt").is_file():
        raise UserError(
            f"'{model_dir}' has no data/train.txt (the posts it learned from): evaluate the model "
            "folder `huggingtweets train` wrote, not a copy from the Hub."
        )
    authors = Authors.load(data)
    if authors is not None:
        return _Posts(list(authors.handles), list(authors.tags), authors.train, authors.valid)
    handles = training.handles[:1] or ["?"]
    valid_file = data / "valid.txt"
    valid = from_text(valid_file.read_text(encoding="utf-8")) if valid_file.is_file() else []
    train = list(dict.fromkeys(from_text((data / "train.txt").read_text(encoding="utf-8"))))
    return _Posts(handles, [None], [train], [valid])


def evaluate(model_dir: str | os.PathLike, options: EvaluateOptions | None = None) -> Evaluation:
    """Measure how much a trained model's posts sound like its accounts (see the module)."""
    from tqdm.auto import tqdm

    from huggingtweets.generate import check_model_dir, load_model

    options = options or EvaluateOptions()
    if not 1 <= int(options.posts) <= 100:
        raise UserError(f"-n {options.posts} is out of range: use 1 to 100 posts per voice.")
    path = check_model_dir(model_dir)
    training = TrainingRecord.load(path)
    posts = _read_posts(path, training)
    seed = options.seed
    if seed is None:
        seed = training.hyperparameters.seed
        seed = int(seed) if isinstance(seed, int) else 0
    several = len(posts.handles) > 1
    loaded = load_model(path)

    voices: list[str | None] = [None] + (list(posts.handles) if several else [])
    bar = tqdm(
        total=len(voices) + (len(posts.handles) if several else 0),
        desc="evaluating",
        unit=" step",
        file=sys.stderr,
        leave=False,
        disable=not options.progress,
    )
    try:
        authors = _author_reports(loaded, posts, bar)
        generated = _generate_voices(path, voices, options, seed, bar)
    finally:
        bar.close()

    every = [g for gens in generated.values() for g in gens]
    texts = [g.text for g in every]
    real = [p for v in posts.valid for p in v]
    # Distinct bigrams grow with fewer posts: compare as many real posts as generated ones.
    rng = random.Random(seed)
    real_sample = rng.sample(real, min(len(real), len(texts))) if real else []
    gen_sample = rng.sample(texts, min(len(real), len(texts))) if real else texts

    evaluation = Evaluation(
        base_perplexity=_number(training.results.base_perplexity),
        perplexity=_number(training.results.perplexity),
        authors=authors,
        generated_posts=len(every),
        copy_rate=(sum(g.copied_from_training for g in every) / len(every)) if every else None,
        distinct_bigrams_generated=distinct_bigrams(gen_sample),
        distinct_bigrams_real=distinct_bigrams(real_sample),
        words_generated=mean_words(texts),
        words_real=mean_words(real),
        posts_per_voice=int(options.posts),
        max_new_tokens=int(options.max_new_tokens),
        seed=seed,
    )
    if several:
        _attribute(evaluation, posts, generated, seed)
    return evaluation


def _author_reports(loaded, posts: _Posts, bar) -> list[AuthorReport]:
    """Each author's held-out loss untagged, after their own tag and after the others' tags."""
    several = len(posts.handles) > 1
    authors = []
    for i, handle in enumerate(posts.handles):
        report = AuthorReport(handle=handle, tag=posts.tags[i], held_out_posts=len(posts.valid[i]))
        if several:
            valid = posts.valid[i]
            report.loss_untagged = _mean_loss(loaded, valid, None)
            report.loss_own_tag = _mean_loss(loaded, valid, posts.tags[i])
            others = [_mean_loss(loaded, valid, t) for j, t in enumerate(posts.tags) if j != i]
            others = [x for x in others if x is not None]
            report.loss_other_tags = sum(others) / len(others) if others else None
            bar.update(1)
        authors.append(report)
    return authors


def _generate_voices(path: Path, voices: list, options: EvaluateOptions, seed: int, bar) -> dict:
    """Posts written as the blend (None) and as each author, from an empty prompt."""
    from huggingtweets.generate import GenerateOptions, generate

    generated: dict[str | None, list] = {}
    for n, voice in enumerate(voices):
        result = generate(
            path,
            GenerateOptions(
                prompt="",
                num=int(options.posts),
                temperature=options.temperature,
                top_p=options.top_p,
                max_new_tokens=int(options.max_new_tokens),
                seed=seed + n,
                author=f"@{voice}" if voice else None,
            ),
        )
        generated[voice] = [g for g in result.generations if g.text.strip()]
        bar.update(1)
    return generated


def _attribute(evaluation: Evaluation, posts: _Posts, generated: dict, seed: int) -> None:
    """The attribution scores (several accounts): see the module's docstring."""
    k = len(posts.handles)
    clf = attribution_classifier(posts.train, seed)
    evaluation.attribution_chance = 1 / k
    scores = []
    for i, report in enumerate(evaluation.authors):
        texts = [g.text for g in generated.get(report.handle, [])]
        report.generated_posts = len(texts)
        if texts:
            predicted = clf.predict(texts)
            report.attribution = float(sum(int(p) == i for p in predicted) / len(texts))
            scores.append(report.attribution)
    evaluation.attribution_score = sum(scores) / len(scores) if scores else None
    real = [(p, i) for i, v in enumerate(posts.valid) for p in v]
    if real:
        predicted = clf.predict([p for p, _ in real])
        evaluation.classifier_accuracy = float(
            sum(int(p) == i for p, (_, i) in zip(predicted, real, strict=True)) / len(real)
        )
    blend = [g.text for g in generated.get(None, [])]
    if blend:
        predicted = [int(p) for p in clf.predict(blend)]
        evaluation.blend_attribution = {
            h: predicted.count(i) / len(blend) for i, h in enumerate(posts.handles)
        }


def _number(x) -> float | None:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def save_evaluation(model_dir: str | os.PathLike, evaluation: Evaluation) -> None:
    """Store the report in the model's training.json (under "evaluation")."""
    record = TrainingRecord.load(model_dir)
    record.evaluation = evaluation
    record.save(model_dir)


def load_evaluation(training: dict) -> Evaluation | None:
    """The report in a training record, or None (none made, or unreadable)."""
    data = training.get("evaluation") if isinstance(training, dict) else None
    if not isinstance(data, dict):
        return None
    try:
        return Evaluation.from_json(data)
    except (TypeError, ValueError):
        return None


__all__ = [
    "AuthorReport",
    "EvaluateOptions",
    "Evaluation",
    "evaluate",
    "load_evaluation",
    "save_evaluation",
]
