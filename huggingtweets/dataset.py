"""The training text: epochs built in, accounts balanced, a held-out split.

As the original: the text starts with the separator and every post is followed
by it; each epoch shuffles every account's posts, tops up the smaller accounts
by repeating their own posts until they weigh as many characters as the largest,
shuffles everything together again and appends it. The seed is random unless
given, and always recorded.

Better than the original: a few posts per account are held out *before* the
text is built, so the held-out loss measures writing the model never saw.

New: with several accounts, about half of the posts in the text (TAG_FRACTION, drawn with the
recorded seed) start with their author's tag, `@handle: ` (author_tag). The model learns who
writes what, so a prompt that starts with a tag writes as that person, and an untagged prompt
still writes the blend (it saw every person's posts untagged too). Why plain text and not a new
special token: the Hub widget and a plain `pipeline('text-generation')` can type it, the
tokenizer and the embeddings stay as they are (nothing to add to the model or the card), and a
handle is a name the base model already half-knows. Who wrote each post (the training and
held-out posts of every account, once each) is kept in `authors.json` next to the text, for the
evaluation. A single account's text is exactly as before: no tags, no authors.json.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import asdict, dataclass
from pathlib import Path

from huggingtweets.defaults import EPOCHS, TAG_FRACTION, VALID_FRACTION
from huggingtweets.records import SEPARATOR

MIN_CHARACTERS = 6_000  # below this the original refused to train
WARN_CHARACTERS = 40_000  # below this it warned that results may suffer
DEFAULT_EPOCHS = EPOCHS  # the name app.py reads; defaults.EPOCHS is the one value
MAX_VALID_POSTS = 200  # enough for a stable loss, cheap to evaluate
AUTHORS_FILE = "authors.json"


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


def author_tag(handle: str) -> str:
    """The prefix naming a post's author in a several-account text: `@handle: `."""
    return f"@{str(handle).strip().lstrip('@')}: "


def author_tags(training: dict) -> dict[str, str]:
    """{handle: tag} from a several-account model's training record ({} for one account)."""
    steering = training.get("steering") if isinstance(training, dict) else None
    tags = steering.get("tags") if isinstance(steering, dict) else None
    if not isinstance(tags, dict):
        return {}
    return {str(h): str(t) for h, t in tags.items() if str(t).strip()}


def build_training_posts(accounts: list[list[str]], epochs: int, rng: random.Random) -> list[str]:
    """The posts of the training text, in order, epochs included."""
    return [post for _, post in _build_training_pairs(accounts, epochs, rng)]


def _build_training_pairs(
    accounts: list[list[str]], epochs: int, rng: random.Random
) -> list[tuple[int, str]]:
    """(account index, post) of the training text, in order. Shuffling the pairs draws exactly
    what shuffling the bare posts did, so the order is the original's."""
    target = max(joined_characters(p) for p in accounts)
    out: list[tuple[int, str]] = []
    for _ in range(epochs):
        epoch: list[tuple[int, str]] = []
        for a, posts in enumerate(accounts):
            posts = list(posts)
            rng.shuffle(posts)
            if len(accounts) > 1:
                posts = _top_up(posts, target, rng)
            epoch.extend((a, p) for p in posts)
        if len(accounts) > 1:
            rng.shuffle(epoch)
        out.extend(epoch)
    return out


def tag_posts(
    pairs: list[tuple[int, str]], tags: list[str], fraction: float, seed: int
) -> list[str]:
    """Put the author's tag before `fraction` of the posts (each drawn alone, from its own
    generator seeded with the dataset's seed: the order of the text does not change)."""
    rng = random.Random(f"{seed}/author-tags")
    return [tags[a] + post if rng.random() < fraction else post for a, post in pairs]


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
class Authors:
    """Who wrote what in a several-account text (`authors.json` in the dataset folder).

    `train[i]` / `valid[i]`: account i's training and held-out posts, once each, untagged.
    """

    handles: list[str]
    tags: list[str]
    tag_fraction: float
    train: list[list[str]]
    valid: list[list[str]]

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Authors:
        return cls(
            handles=[str(h) for h in data["handles"]],
            tags=[str(t) for t in data["tags"]],
            tag_fraction=float(data["tag_fraction"]),
            train=[[str(p) for p in posts] for posts in data["train"]],
            valid=[[str(p) for p in posts] for posts in data["valid"]],
        )

    def steering(self) -> dict:
        """What the training record (and so the card and `generate --as`) says about the tags."""
        return {
            "tag_fraction": self.tag_fraction,
            "tags": dict(zip(self.handles, self.tags, strict=True)),
        }

    @classmethod
    def load(cls, folder: str | os.PathLike) -> Authors | None:
        """The authors of a dataset folder, or None (one account, or an older folder)."""
        try:
            data = json.loads((Path(folder) / AUTHORS_FILE).read_text(encoding="utf-8"))
            return cls.from_json(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None


@dataclass
class TrainingText:
    train: str
    valid: str
    seed: int
    epochs: int
    train_posts: int  # posts in the training text, epochs and top-ups included
    valid_posts: int
    authors: Authors | None = None  # several accounts given with their handles


def make_training_text(
    accounts: list[list[str]],
    epochs: int = EPOCHS,
    seed: int | None = None,
    valid_fraction: float = VALID_FRACTION,
    handles: list[str] | None = None,
    tag_fraction: float = TAG_FRACTION,
) -> TrainingText:
    """Build the training and held-out texts from each account's kept posts.

    With several accounts and their `handles`, `tag_fraction` of the training posts start with
    their author's tag (see the module's docstring); the held-out text stays untagged.
    """
    if seed is None:
        seed = random.SystemRandom().randrange(2**31)
    rng = random.Random(seed)
    trains, valids, valid_lists = [], [], []
    for posts in accounts:
        t, v = split_valid(posts, rng, valid_fraction)
        trains.append(t)
        valids.extend(v)
        valid_lists.append(v)
    pairs = _build_training_pairs(trains, epochs, rng)
    authors = None
    if handles is not None and len(accounts) > 1:
        if len(handles) != len(accounts):
            raise ValueError("one handle per account")
        tags = [author_tag(h) for h in handles]
        train_posts = tag_posts(pairs, tags, tag_fraction, seed)
        authors = Authors(list(handles), tags, tag_fraction, trains, valid_lists)
    else:
        train_posts = [post for _, post in pairs]
    return TrainingText(
        train=to_text(train_posts),
        valid=to_text(valids) if valids else "",
        seed=seed,
        epochs=epochs,
        train_posts=len(train_posts),
        valid_posts=len(valids),
        authors=authors,
    )


def data_advice(characters: int) -> str:
    """A hint on how much this amount of text supports (the original used 4 epochs on ~40k+)."""
    if characters >= WARN_CHARACTERS:
        return ""
    # Aim for roughly 160k characters of training text overall, capped at 10 epochs
    # (the original author's sweep covered 1-10 epochs).
    suggested = max(EPOCHS, min(10, -(-160_000 // max(characters, 1))))
    return (
        f"try --epochs {suggested} so the model sees the text more often, "
        "or add another source for this person (an archive holds far more posts than a feed)"
    )
