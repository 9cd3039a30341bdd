"""X archives (zip, folder, bare tweets.js, split parts, older tweet.js) and Community Archive JSON."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from huggingtweets.cli import main
from huggingtweets.errors import UserError
from huggingtweets.sources import FetchState, open_source
from huggingtweets.sources.archive import XArchiveSource, sample_archive_path
from huggingtweets.sources.archive_files import is_safe_member_name, parse_js

LONG = (
    "This is a long post that goes on and on about bread and stars and the harbour at night, "
    "longer than any normal post could be, because the author pays for the long posts and likes "
    "to use them. It keeps going with more words about telescopes, rye flour, the dog, the fog "
    "and the lighthouse, until it is well past the limit and has to be cut short in tweets.js."
)


def tweet(
    tid: int, text: str, when: str = "Wed Oct 10 20:19:24 +0000 2018", reply: str | None = None
):
    t = {
        "retweeted": False,
        "id_str": str(tid),
        "id": str(tid),
        "full_text": text,
        "created_at": when,
        "lang": "en",
    }
    if reply:
        t["in_reply_to_status_id_str"] = reply
    return {"tweet": t}


def ytd(name: str, value, part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(value, indent=2)


def account_js(username="mara_test", display="Mara Test"):
    return ytd("account", [{"account": {"username": username, "accountDisplayName": display}}])


def profile_js(avatar="https://pbs.twimg.com/profile_images/1/a.jpg"):
    return ytd("profile", [{"profile": {"avatarMediaUrl": avatar}}])


BASIC = [
    tweet(3, "RT @friend: a repost of someone else", "Thu Oct 11 10:00:00 +0000 2018"),
    tweet(2, "@friend yes I agree with all of that", "Wed Oct 10 21:00:00 +0000 2018", "99"),
    tweet(1, "Bread &amp; stars tonight https://t.co/abc", "Wed Oct 10 20:19:24 +0000 2018"),
]


def write_folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def write_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def basic_files(tweets=BASIC) -> dict[str, str]:
    return {
        "data/tweets.js": ytd("tweets", tweets),
        "data/account.js": account_js(),
        "data/profile.js": profile_js(),
    }


def fetch(source_text: str, limit=None):
    state = FetchState()
    open_source(source_text).fetch(state, limit)
    return state


def check_basic(state: FetchState, handle="mara_test"):
    assert state.complete
    assert state.account.handle == handle
    posts = {p.id: p for p in state.posts}
    assert set(posts) == {"1", "2", "3"}
    assert posts["3"].is_repost and not posts["1"].is_repost
    assert posts["2"].is_reply and not posts["1"].is_reply
    assert posts["1"].created_at == "2018-10-10T20:19:24+00:00"
    assert posts["1"].url == f"https://x.com/{handle}/status/1"
    assert posts["1"].text == "Bread &amp; stars tonight https://t.co/abc"
    assert [p.id for p in state.posts] == ["3", "2", "1"]  # newest first


def test_zip(tmp_path):
    z = write_zip(tmp_path / "twitter-2024.zip", basic_files())
    state = fetch(str(z))
    check_basic(state)
    assert state.account.display_name == "Mara Test"
    assert state.account.avatar_url == "https://pbs.twimg.com/profile_images/1/a.jpg"
    src = open_source(str(z))
    assert src.kind == "x-archive" and src.cacheable is False
    assert src.key == "x-archive_mara_test"


def test_zip_with_top_folder(tmp_path):
    files = {f"twitter-2024-01-01-abc/{k}": v for k, v in basic_files().items()}
    check_basic(fetch(str(write_zip(tmp_path / "a.zip", files))))


def test_folder_and_data_folder(tmp_path):
    root = write_folder(tmp_path / "export", basic_files())
    check_basic(fetch(str(root)))
    check_basic(fetch(str(root / "data")))


def test_bare_tweets_js_without_account_takes_name_from_folder(tmp_path):
    path = tmp_path / "jane_doe" / "tweets.js"
    path.parent.mkdir()
    path.write_text(ytd("tweets", BASIC), encoding="utf-8")
    state = fetch(str(path))
    check_basic(state, handle="jane_doe")
    assert state.account.display_name == "jane_doe"
    assert state.account.avatar_url is None


def test_bare_tweets_js_uses_account_beside_it(tmp_path):
    root = write_folder(tmp_path / "x", basic_files())
    check_basic(fetch(str(root / "data" / "tweets.js")))


def test_split_parts(tmp_path):
    files = {
        "data/tweets.js": ytd("tweets", BASIC[:1]),
        "data/tweets-part1.js": ytd("tweets", BASIC[1:2], 1),
        "data/tweets-part2.js": ytd("tweets", BASIC[2:], 2),
        "data/account.js": account_js(),
    }
    check_basic(fetch(str(write_zip(tmp_path / "a.zip", files))))


def test_older_tweet_js_with_bare_items(tmp_path):
    bare = [t["tweet"] for t in BASIC]  # very old archives had no {"tweet": ...} wrapper
    files = {
        "data/tweet.js": ytd("tweet", bare[:2]),
        "data/tweet-part1.js": ytd("tweet", bare[2:], 1),
        "data/account.js": account_js(),
    }
    check_basic(fetch(str(write_folder(tmp_path / "old", files))))


def test_note_tweets_give_full_text(tmp_path):
    cut = LONG[:200].rsplit(" ", 1)[0] + "… https://t.co/zzz"
    tweets = [
        tweet(10, cut, "Fri Mar 01 12:00:00 +0000 2024"),
        tweet(11, "A short ordinary post about the sea", "Fri Mar 01 12:00:01 +0000 2024"),
    ]
    notes = [
        {
            "noteTweet": {
                "noteTweetId": "555",
                "createdAt": "2024-03-01T12:00:02.000Z",
                "core": {"text": LONG, "urls": [], "mentions": []},
            }
        }
    ]
    files = basic_files(tweets) | {"data/note-tweet.js": ytd("note_tweet", notes)}
    state = fetch(str(write_zip(tmp_path / "a.zip", files)))
    texts = {p.id: p.text for p in state.posts}
    assert texts["10"] == LONG
    assert texts["11"] == "A short ordinary post about the sea"


def test_note_matched_by_prefix_even_when_times_differ(tmp_path):
    cut = LONG[:150] + "..."
    notes = [{"noteTweet": {"createdAt": "2020-01-01T00:00:00.000Z", "core": {"text": LONG}}}]
    files = basic_files([tweet(10, cut)]) | {"data/note-tweet.js": ytd("note_tweet", notes)}
    state = fetch(str(write_folder(tmp_path / "f", files)))
    assert state.posts[0].text == LONG


def test_community_archive_json(tmp_path):
    data = {
        "account": [{"account": {"username": "community_person", "accountDisplayName": "C P"}}],
        "profile": [{"profile": {"avatarMediaUrl": "https://pbs.twimg.com/x.png"}}],
        "tweets": BASIC,
        "note-tweet": [],
        "like": [],
    }
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    state = fetch(str(path))
    check_basic(state, handle="community_person")
    assert state.account.display_name == "C P"
    assert open_source(str(path)).key == "x-archive_community_person"


def test_limit_keeps_most_recent(tmp_path):
    z = write_zip(tmp_path / "a.zip", basic_files())
    state = fetch(str(z), limit=2)
    assert [p.id for p in state.posts] == ["3", "2"]


def test_zip_slip_names_are_ignored_and_nothing_written(tmp_path):
    target = tmp_path / "inside"
    target.mkdir()
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    files = basic_files() | {
        "../evil.txt": "x",
        "/tmp/abs-evil.txt": "x",
        "../data/tweets.js": ytd("tweets", [tweet(7, "sneaky post from outside the archive")]),
        "data/../../evil2.txt": "x",
    }
    z = write_zip(target / "a.zip", files)
    state = FetchState()
    XArchiveSource(z, str(z)).fetch(state, None)
    check_basic(state)  # the '..' tweets.js was never read
    assert sorted(p.name for p in tmp_path.iterdir()) == outside_before
    assert sorted(p.name for p in target.iterdir()) == ["a.zip"]
    assert not Path("/tmp/abs-evil.txt").exists()
    for bad in ["../x", "/etc/passwd", "a/../../b", "C:/x", "..\\x", ""]:
        assert not is_safe_member_name(bad)
    assert is_safe_member_name("data/tweets.js")


def test_zip_with_only_unsafe_tweets_is_not_an_archive(tmp_path):
    z = write_zip(tmp_path / "a.zip", {"../data/tweets.js": ytd("tweets", BASIC)})
    with pytest.raises(UserError, match="has no data/tweets.js"):
        fetch(str(z))


def test_js_prefix_parsed_as_json_never_evaluated():
    assert parse_js('window.YTD.tweets.part3 = [{"a": 1}];', "x") == [{"a": 1}]
    with pytest.raises(UserError, match="not an X archive file"):
        parse_js("window.YTD.tweets.part0 = alert(1)", "x")


def run_cli(capsys, *args):
    code = main(["download", *args, "--json"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err.strip().splitlines()


@pytest.mark.parametrize(
    "name, files, message",
    [
        (
            "no_tweets.zip",
            {"data/account.js": account_js()},
            "is not an X archive: it has no data/tweets.js",
        ),
        ("broken.zip", {"data/tweets.js": "window.YTD.tweets.part0 = [ {"}, "broken JSON"),
        ("empty.zip", {"data/tweets.js": "window.YTD.tweets.part0 = []"}, "holds no posts"),
        (
            "latin1.zip",
            {"data/tweets.js": "window.YTD.tweets.part0 = ['caf\xe9']".encode("latin-1")},
            "not UTF-8",
        ),
    ],
)
def test_bad_archives_exit_1_with_one_line(tmp_path, capsys, name, files, message):
    z = write_zip(tmp_path / name, files)
    out_dir = tmp_path / "out"
    code, out, err = run_cli(capsys, str(z), "--out", str(out_dir))
    assert code == 1 and out == ""
    assert len(err) == 1 and err[0].startswith("error: ") and message in err[0]
    assert not out_dir.exists()


def test_not_a_zip_exits_1(tmp_path, capsys):
    z = tmp_path / "archive.zip"
    z.write_bytes(b"this is not a zip file at all")
    code, _, err = run_cli(capsys, str(z), "--out", str(tmp_path / "out"))
    assert code == 1 and len(err) == 1 and "is not a zip file" in err[0]


def test_json_that_is_not_a_community_archive(tmp_path, capsys):
    path = tmp_path / "other.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    code, _, err = run_cli(capsys, str(path), "--out", str(tmp_path / "out"))
    assert code == 1 and len(err) == 1 and "not a Community Archive export" in err[0]


def test_folder_without_tweets(tmp_path, capsys):
    folder = write_folder(tmp_path / "stuff", {"notes.txt": "hello"})
    code, _, err = run_cli(capsys, str(folder), "--out", str(tmp_path / "out"))
    assert code == 1 and len(err) == 1 and "has no data/tweets.js" in err[0]


def test_sample_archive_is_bundled():
    root = sample_archive_path()
    for name in ["tweets.js", "account.js", "profile.js", "note-tweet.js"]:
        assert (root / "data" / name).is_file()
    state = fetch("sample")
    assert state.account.handle == "maraquill_sky"
    assert len(state.posts) >= 420
    assert sum(len(p.text) > 280 for p in state.posts) >= 2  # note tweets restored
