"""The counts table every face shows (huggingtweets/tables.py), from accounts' counts."""

from __future__ import annotations

from huggingtweets.records import Account, Counts
from huggingtweets.tables import count_rows, markdown_rows, short_rule_notes, text_table


def _account(handle: str, **counts) -> Account:
    return Account(source=handle, handle=handle, display_name=handle, counts=Counts(**counts))


MARA = _account("mara", downloaded=430, reposts=40, short=14, kept=376)
DEX = _account("dex", downloaded=246, reposts=5, short=0, kept=241)


def test_rows_in_the_order_posts_are_left_out_one_value_per_account():
    rows = count_rows([MARA, DEX])
    assert [(r.key, r.values) for r in rows] == [
        ("downloaded", (430, 246)),
        ("reposts", (40, 5)),
        ("short", (14, 0)),
        ("kept", (376, 241)),
    ]
    assert [r.label for r in rows] == ["Posts downloaded", "Reposts", "Short posts", "Posts kept"]
    assert [r.card_label for r in rows][0] == "Tweets downloaded"  # the original's words


def test_optional_columns_show_only_when_they_mean_something():
    assert "replies" not in [r.key for r in count_rows([MARA])]
    assert [r.values for r in count_rows([MARA], {"drop_replies": True}) if r.key == "replies"] == [
        (0,)
    ]
    private = _account("kim", downloaded=12, not_public=2, kept=10)
    keys = [r.key for r in count_rows([MARA, private])]
    assert keys == ["downloaded", "not_public", "reposts", "short", "kept"]


def test_text_table_is_the_clis_layout():
    assert text_table([MARA, DEX]) == [
        "                  @mara  @dex",
        "Posts downloaded    430   246",
        "Reposts              40     5",
        "Short posts          14     0",
        "Posts kept          376   241",
    ]


def test_markdown_rows_for_the_card():
    assert markdown_rows([MARA, DEX]) == [
        "| Tweets downloaded | 430 | 246 |",
        "| Retweets | 40 | 5 |",
        "| Short tweets | 14 | 0 |",
        "| Tweets kept | 376 | 241 |",
    ]


def test_short_rule_said_once_per_rule():
    thai = _account("nok", downloaded=5, kept=5, spaceless=3)
    notes = short_rule_notes([MARA, DEX, thai])
    assert len(notes) == 2
    assert notes[0].startswith("fewer than 3 words") and "Thai" in notes[1]
