"""Whether a generated post copies a training post: the memorisation check of every generation.

A generation counts as a copy when its words match its closest training post at COPY_SIMILARITY
or more, or when the whole generation (5 words or more) is found inside a post. The closest post
is found fast through a word index (posts sharing the most rare words), then compared word by
word with difflib.
"""

from __future__ import annotations

import difflib
import os
import re
from collections import Counter
from pathlib import Path

COPY_SIMILARITY = 0.8  # at or above this, a generation counts as a copy of its closest post
CANDIDATES = 25  # posts compared in full after the word-overlap prefilter

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, words only, single spaces: what a copy check should compare."""
    return " ".join(_WORD.findall(text.lower()))


class TrainingPosts:
    """The training posts with a word index, to find the post closest to a generation fast."""

    def __init__(self, posts: list[str]):
        seen: dict[str, str] = {}
        for p in posts:
            n = normalise(p)
            if n and n not in seen:
                seen[n] = p.strip()
        self.normalised = list(seen)
        self.originals = list(seen.values())
        self.words = [n.split() for n in self.normalised]
        self.index: dict[str, list[int]] = {}
        for i, words in enumerate(self.words):
            for w in set(words):
                self.index.setdefault(w, []).append(i)
        self.joined = "\n".join(self.normalised)

    @classmethod
    def from_file(cls, path: str | os.PathLike, tags: list[str] | None = None) -> TrainingPosts:
        """The posts of a training text, author tags (`tags`) taken off."""
        from huggingtweets.dataset import from_text

        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            return cls([])
        posts = from_text(text)
        for tag in tags or []:
            posts = [p[len(tag) :] if p.startswith(tag) else p for p in posts]
        return cls(posts)

    def __len__(self) -> int:
        return len(self.normalised)

    def closest(self, text: str) -> tuple[bool, float, str | None]:
        """(copied?, similarity to the closest post, that post) for one generation."""
        gen = normalise(text)
        words = gen.split()
        if not gen or not self.normalised:
            return False, 0.0, None
        # Candidates: posts sharing the most distinct words, rare words weighing more.
        votes: Counter[int] = Counter()
        for w in set(words):
            hits = self.index.get(w, ())
            if hits and len(hits) <= max(50, len(self.normalised) // 4):
                for i in hits:
                    votes[i] += 1
        candidates = [i for i, _ in votes.most_common(CANDIDATES)]
        # Compared word by word, not character by character: the same verdict on near copies
        # (a word changed, punctuation or case different) at a fraction of the cost, which
        # matters for long rambling generations (characters made it ~0.2 s a post).
        best, best_i = 0.0, None
        for i in candidates:
            post = self.words[i]
            m = difflib.SequenceMatcher(None, words, post, autojunk=False)
            if max(m.real_quick_ratio(), min(len(post), len(words)) / len(words)) <= best:
                continue  # cannot beat the best so far (both bounds are upper bounds)
            score = m.ratio()
            if len(words) >= 8:  # a long generation found (nearly) whole inside a longer post
                block = m.find_longest_match(0, len(words), 0, len(post))
                score = max(score, block.size / len(words))
            if score > best:
                best, best_i = score, i
        # The whole generation contained in a post: a copy, however the post goes on.
        contained = len(words) >= 5 and len(gen) >= 25 and gen in self.joined
        if contained:
            hit = next((i for i, p in enumerate(self.normalised) if gen in p), best_i)
            return True, 1.0, self.originals[hit] if hit is not None else None
        closest = self.originals[best_i] if best_i is not None else None
        return best >= COPY_SIMILARITY, round(best, 4), closest
