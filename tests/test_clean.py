"""The cleaning rules of the original, against worked examples (shared/reference/original-pipeline.md)."""

from __future__ import annotations

import pytest

from huggingtweets.clean import CleanOptions, clean_posts, clean_text, is_short, unescape
from huggingtweets.records import Account, Post

KEEP_NL = CleanOptions(keep_newlines=True)


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("Bread &amp; stars", "Bread & stars"),
        ("1 &lt; 2 &gt; 0", "1 < 2 > 0"),
        ("typed &amp;lt; literally", "typed &lt; literally"),  # one pass only
        ("&quot;other&quot; entities stay", "&quot;other&quot; entities stay"),
    ],
)
def test_entities(raw, cleaned):
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize(
    "raw, cleaned",
    [
        ("https://t.co/abc look at this", "look at this"),  # start
        ("look https://t.co/abc at this", "look at this"),  # middle
        ("look at this https://t.co/abc", "look at this"),  # end
        ("look at this http://example.com/x?y=1", "look at this"),  # plain http
        ("two https://a.b/c https://d.e/f links", "two links"),
        ("https://t.co/only", ""),  # alone
        ("not a link: https-ish words", "not a link: https-ish words"),
    ],
)
def test_links(raw, cleaned):
    assert clean_text(raw) == cleaned


def test_link_alone_on_a_line():
    raw = "line one\nhttps://t.co/abc\nline three"
    assert clean_text(raw) == "line one line three"
    assert clean_text(raw, KEEP_NL) == "line one\nline three"


def test_whitespace_folding():
    assert clean_text("  a   b\n\nc\t d  ") == "a b c d"
    assert clean_text("a   b\n\n c \n") == "a b c"


def test_keep_newlines():
    # Paragraphs stay apart (one empty line, however many were typed), lines stay lines.
    assert clean_text("a   b\n\n c \r\nd\t\te", KEEP_NL) == "a b\n\nc\nd e"
    assert clean_text("a\n\n\n\nb\n", KEEP_NL) == "a\n\nb"
    assert clean_text("list:\n- one\n- two https://t.co/x", KEEP_NL) == "list:\n- one\n- two"


def test_strip_mentions_option():
    assert clean_text("@tom hello there @kit", CleanOptions(strip_mentions=True)) == "hello there"
    assert clean_text("@tom hello there @kit") == "@tom hello there @kit"  # kept by default


@pytest.mark.parametrize(
    "text, short",
    [
        ("@x @y lol", True),  # mentions are not words
        ("#a #b hello world", True),  # nor are hashtags: 2 words
        ("#a #b hello big world", False),
        ("hello big world", False),
        ("clouds. again.", True),
        ("", True),
        ("HTTP stuff here", True),  # 'http' anywhere, any case, does not count
        ("mail me@home.com ok", True),
        ("see #Perseids tonight friends", False),
    ],
)
def test_boring_rule(text, short):
    assert is_short(text) is short


def test_unescape_is_the_three_entities_only():
    assert unescape("&amp;&lt;&gt;&nbsp;") == "&<>&nbsp;"


def test_counts_add_up():
    account = Account("src", "someone", "Someone")
    posts = [
        Post("1", "RT @x: something someone else wrote long ago", is_repost=True),
        Post("2", "RT @y: another", is_repost=True),
        Post("3", "@x @y lol"),
        Post("4", "https://t.co/abc"),
        Post("5", "#tag just two"),
        Post("6", "A real post about bread &amp; stars https://t.co/x"),
        Post("7", "@friend a reply with enough words", is_reply=True),
        Post("8", "Line one\nline two\n\nline three"),
    ]
    stats, kept = clean_posts(account, posts)
    assert (stats.downloaded, stats.reposts, stats.short, stats.kept) == (8, 2, 3, 3)
    assert stats.downloaded == stats.reposts + stats.short + stats.kept
    assert kept == [
        "A real post about bread & stars",
        "@friend a reply with enough words",
        "Line one line two line three",
    ]


def test_drop_replies_counted_separately():
    account = Account("src", "someone", "Someone")
    posts = [
        Post("1", "@friend a reply with enough words", is_reply=True),
        Post("2", "an ordinary post with words"),
        Post("3", "RT @x: theirs", is_repost=True),
    ]
    stats, kept = clean_posts(account, posts, CleanOptions(drop_replies=True))
    assert (stats.reposts, stats.replies, stats.short, stats.kept) == (1, 1, 0, 1)
    assert stats.downloaded == stats.reposts + stats.replies + stats.short + stats.kept
    assert kept == ["an ordinary post with words"]
