""".jsonl / .csv / .txt files of posts."""

from __future__ import annotations

import json

import pytest

from huggingtweets.errors import UserError
from huggingtweets.sources import FetchState, open_source
from huggingtweets.sources import files as files_mod
from huggingtweets.sources.files import PostFileSource


def fetch(path, limit=None):
    state = FetchState()
    source = open_source(str(path))
    assert isinstance(source, PostFileSource)
    assert source.kind == "file" and source.cacheable is False
    source.fetch(state, limit)
    assert state.complete
    return state


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_plain(tmp_path):
    path = write_lines(
        tmp_path / "my_posts.jsonl",
        [
            json.dumps({"text": "first post here", "id": 1, "date": "2024-01-01T10:00:00Z"}),
            "",
            json.dumps(
                {"text": "a repost", "id": 2, "created_at": "2024-01-02", "is_repost": True}
            ),
            json.dumps(
                {"text": "@a reply", "id": "3", "date": "2024-01-03T00:00:00+00:00", "is_reply": 1}
            ),
            json.dumps(
                {"text": "with url", "id": 4, "date": "2024-01-04", "url": "https://example.com/4"}
            ),
        ],
    )
    state = fetch(path)
    assert state.account.handle == "my_posts" and state.account.display_name == "my_posts"
    assert [p.id for p in state.posts] == ["4", "3", "2", "1"]  # newest first when dated
    posts = {p.id: p for p in state.posts}
    assert posts["2"].is_repost and not posts["1"].is_repost
    assert posts["3"].is_reply and not posts["1"].is_reply
    assert posts["1"].created_at == "2024-01-01T10:00:00+00:00"
    assert posts["4"].url == "https://example.com/4"
    assert fetch(path, limit=2).posts[0].id == "4"


def test_snscrape_jsonl(tmp_path):
    user = {
        "username": "snsuser",
        "displayname": "Sns User",
        "profileImageUrl": "https://pbs.twimg.com/p.jpg",
    }
    lines = [
        {"id": 11, "rawContent": "my own words here", "date": "2023-05-01T00:00:00+00:00",
         "retweetedTweet": None, "inReplyToTweetId": None, "user": user,
         "url": "https://twitter.com/snsuser/status/11"},
        {"id": 12, "rawContent": "RT @x: theirs", "date": "2023-05-02T00:00:00+00:00",
         "retweetedTweet": {"id": 5}, "inReplyToTweetId": None, "user": user},
        {"id": 13, "content": "@x a reply in old snscrape format", "date": "2023-05-03T00:00:00+00:00",
         "retweetedTweet": None, "inReplyToTweetId": 9, "user": user},
    ]  # fmt: skip
    path = write_lines(tmp_path / "dump.jsonl", [json.dumps(x) for x in lines])
    state = fetch(path)
    a = state.account
    assert (a.handle, a.display_name, a.avatar_url) == (
        "snsuser",
        "Sns User",
        "https://pbs.twimg.com/p.jpg",
    )
    posts = {p.id: p for p in state.posts}
    assert posts["12"].is_repost and not posts["11"].is_repost
    assert posts["13"].is_reply and not posts["11"].is_reply
    assert posts["13"].text == "@x a reply in old snscrape format"
    assert posts["11"].url == "https://twitter.com/snsuser/status/11"


def test_csv(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        'ID,Date,TEXT,Is_Repost\n1,2024-01-01,"hello, world\nsecond line",0\n'
        "2,2024-01-02,RT @x: theirs,true\n3,2024-01-03,,0\n4,2024-01-04,plain words,no\n",
        encoding="utf-8",
    )
    state = fetch(path)
    posts = {p.id: p for p in state.posts}
    assert set(posts) == {"1", "2", "4"}  # an empty text cell is not a post
    assert posts["1"].text == "hello, world\nsecond line"
    assert posts["2"].is_repost and not posts["4"].is_repost
    assert state.account.handle == "export"


def test_txt(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("first post\n\n   \nsecond post\r\nRT @x: a repost\n", encoding="utf-8")
    state = fetch(path)
    assert [p.text for p in state.posts] == ["first post", "second post", "RT @x: a repost"]
    assert [p.is_repost for p in state.posts] == [False, False, True]
    assert len({p.id for p in state.posts}) == 3


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("a.csv", "id,body\n1,hello\n", "no text column (columns found: id, body)"),
        ("a.jsonl", '{"text": "ok"}\n{"text": broken}\n', "broken JSON on line 2"),
        ("a.jsonl", '{"text": "ok"}\n[1, 2]\n', "line 2 is not a JSON object"),
        ("a.jsonl", '{"body": "ok"}\n', "line 1 has no text"),
        ("a.txt", "", "is empty"),
        ("a.txt", "\n\n  \n", "holds no posts"),
        ("a.csv", "text\n", "holds no posts"),
        ("a.txt", b"caf\xe9 au lait\n", "not UTF-8 text (bad byte on line 1)"),
    ],
)
def test_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as e:
        fetch(path)
    assert message in str(e.value)
    assert "\n" not in str(e.value)


def test_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(files_mod, "MAX_FILE_BYTES", 10)
    path = write_lines(tmp_path / "big.txt", ["this file is more than ten bytes"])
    with pytest.raises(UserError, match="are not read"):
        fetch(path)
