"""The training text: epochs built in, accounts balanced, held-out posts never trained on."""

from __future__ import annotations

import random
from collections import Counter

from huggingtweets.dataset import (
    SEPARATOR,
    build_training_posts,
    from_text,
    joined_characters,
    make_training_text,
    to_text,
)


def posts(prefix: str, n: int, length: int = 40) -> list[str]:
    return [f"{prefix} post number {i} ".ljust(length, "x") for i in range(n)]


def test_epochs_built_in_single_account():
    kept = posts("a", 10)
    out = build_training_posts([kept], epochs=4, rng=random.Random(1))
    assert Counter(out) == Counter({p: 4 for p in kept})


def test_epochs_in_text_without_held_out():
    kept = posts("a", 30)
    t = make_training_text([kept], epochs=3, seed=5, valid_fraction=0)
    assert t.valid == "" and t.valid_posts == 0
    counts = Counter(from_text(t.train))
    assert counts == Counter({p: 3 for p in kept})
    assert t.train_posts == 90


def test_text_starts_with_separator_and_every_post_is_followed_by_it():
    t = make_training_text([posts("a", 40)], epochs=2, seed=3)
    for text in (t.train, t.valid):
        assert text.startswith(SEPARATOR) and text.endswith(SEPARATOR)
        body = text[len(SEPARATOR) :]
        pieces = body.split(SEPARATOR)
        assert pieces[-1] == "" and all(pieces[:-1])  # post, separator, post, separator...
    assert to_text(["x", "y"]) == f"{SEPARATOR}x{SEPARATOR}y{SEPARATOR}"


def test_balancing_two_accounts_within_one_post():
    big = posts("big", 100, 120)
    small = posts("small", 10, 50)
    rng = random.Random(7)
    out = build_training_posts([big, small], epochs=2, rng=rng)
    per_epoch = len(out) // 2
    for epoch in (out[:per_epoch], out[per_epoch:]):
        a = [p for p in epoch if p.startswith("big")]
        b = [p for p in epoch if p.startswith("small")]
        assert sorted(a) == sorted(big)  # the largest account appears once per epoch
        size_a, size_b = joined_characters(a), joined_characters(b)
        longest = max(len(p) for p in small) + len(SEPARATOR)
        assert size_a <= size_b < size_a + longest  # topped up to within one post
        assert set(b) == set(small)
    # the epoch is shuffled together, not one account after the other
    first = [p.startswith("big") for p in out[:per_epoch]]
    assert first != sorted(first) and first != sorted(first, reverse=True)


def test_same_seed_same_text_and_seed_recorded():
    accounts = [posts("a", 50), posts("b", 25)]
    t1 = make_training_text(accounts, seed=1234)
    t2 = make_training_text(accounts, seed=1234)
    t3 = make_training_text(accounts, seed=999)
    assert (t1.train, t1.valid) == (t2.train, t2.valid)
    assert t1.train != t3.train
    assert t1.seed == 1234
    assert isinstance(make_training_text(accounts).seed, int)


def test_validation_posts_never_in_train():
    accounts = [posts("a", 200), posts("b", 60)]
    t = make_training_text(accounts, seed=11)
    valid = set(from_text(t.valid))
    train = set(from_text(t.train))
    assert valid and t.valid_posts == len(from_text(t.valid))
    assert not valid & train
    assert train | valid == set(accounts[0]) | set(accounts[1])


def test_duplicate_text_held_out_everywhere():
    kept = posts("a", 40) + ["the same words again"] * 5
    for seed in range(20):
        t = make_training_text([kept], seed=seed)
        if "the same words again" in from_text(t.valid):
            assert "the same words again" not in from_text(t.train)
            break
