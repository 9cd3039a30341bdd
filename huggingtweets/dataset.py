"""The training text: epochs built in, accounts balanced, a held-out split.

As the original: the text starts with the separator and every post is followed
by it; each epoch shuffles every account's posts, tops up the smaller accounts
by repeating their own posts until they weigh as many characters as the largest,
shuffles everything together again and appends it. The seed is random unless
given, and always recorded.

Better than the original: a few posts per account are held out *before* the
text is built, so the held-out loss measures writing the model never saw.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SEPARATOR = "<|endoftext|>"  # GPT-2's end of text; train.py maps it to the model's own
MIN_CHARACTERS = 6_000  # below this the original refused to train
WARN_CHARACTERS = 40_000  # below this it warned that results may suffer
DEFAULT_EPOCHS = 4  # passes built into the text; the trainer runs one pass over it
VALID_FRACTION = 0.05  # share of each account's kept posts held out
MAX_VALID_POSTS = 200  # enough for a stable loss, cheap to evaluate


def joined_characters(posts: list[str]) -> int:
    """Characters of the posts joined by the separator (the original's size measure)."""
    return len(SEPARATOR.join(posts))


def split_valid(
    posts: list[str], rng: random.Random, fraction: float = VALID_FRACTION
) -> tuple[list[str], list[str]]:
    """Hold out a few posts; a post whose exact text is held out never reaches training."""
    if len(posts) < 20 or fraction <= 0:
        return list(posts), []  # too few to spare any
    n_valid = min(MAX_VALID_POSTS, max(1, round(len(posts) * fraction)))
    order = list(range(len(posts)))
    rng.shuffle(order)
    held = {posts[i] for i in order[:n_valid]}
    train = [p for p in posts if p not in held]
    valid = [posts[i] for i in sorted(order[:n_valid])]
    return train, valid


def build_training_posts(accounts: list[list[str]], epochs: int, rng: random.Random) -> list[str]:
    """The posts of the training text, in order, epochs included."""
    target = max(joined_characters(p) for p in accounts)
    out: list[str] = []
    for _ in range(epochs):
        epoch: list[str] = []
        for posts in accounts:
            posts = list(posts)
            rng.shuffle(posts)
            if len(accounts) > 1:
                posts = _top_up(posts, target, rng)
            epoch.extend(posts)
        if len(accounts) > 1:
            rng.shuffle(epoch)
        out.extend(epoch)
    return out


def _top_up(posts: list[str], target: int, rng: random.Random) -> list[str]:
    """Repeat an account's own posts (reshuffled) until it has `target` characters."""
    if not posts:
        return posts
    out = list(posts)
    size = joined_characters(out)
    while size < target:
        extra = list(posts)
        rng.shuffle(extra)
        for p in extra:
            if size >= target:
                break
            out.append(p)
            size += len(p) + len(SEPARATOR)
    return out


def to_text(posts: list[str]) -> str:
    """`<|endoftext|>post<|endoftext|>post<|endoftext|>`: separator first, then after each post."""
    return SEPARATOR + "".join(p + SEPARATOR for p in posts)


def from_text(text: str) -> list[str]:
    """The posts of a training or held-out text."""
    return [p for p in text.split(SEPARATOR) if p.strip()]


@dataclass
class TrainingText:
    train: str
    valid: str
    seed: int
    epochs: int
    train_posts: int  # posts in the training text, epochs and top-ups included
    valid_posts: int


def make_training_text(
    accounts: list[list[str]],
    epochs: int = DEFAULT_EPOCHS,
    seed: int | None = None,
    valid_fraction: float = VALID_FRACTION,
) -> TrainingText:
    """Build the training and held-out texts from each account's kept posts."""
    if seed is None:
        seed = random.SystemRandom().randrange(2**31)
    rng = random.Random(seed)
    trains, valids = [], []
    for posts in accounts:
        t, v = split_valid(posts, rng, valid_fraction)
        trains.append(t)
        valids.extend(v)
    train_posts = build_training_posts(trains, epochs, rng)
    return TrainingText(
        train=to_text(train_posts),
        valid=to_text(valids) if valids else "",
        seed=seed,
        epochs=epochs,
        train_posts=len(train_posts),
        valid_posts=len(valids),
    )


def data_advice(characters: int) -> str:
    """A hint on how much this amount of text supports (the original used 4 epochs on ~40k+)."""
    if characters >= WARN_CHARACTERS:
        return ""
    # Aim for roughly 160k characters of training text overall, capped at 10 epochs
    # (the original author's sweep covered 1-10 epochs).
    suggested = max(DEFAULT_EPOCHS, min(10, -(-160_000 // max(characters, 1))))
    return (
        f"try --epochs {suggested} so the model sees the text more often, "
        "or add another source for this person (an archive holds far more posts than a feed)"
    )
