"""Build the bundled sample account (a fictional X archive) from scripts/sample_posts.txt.

    python scripts/make_sample.py            # writes huggingtweets/data/sample/
    python scripts/make_sample.py --check    # exit 1 if the committed files are out of date

The output is deterministic (fixed seed): ids, dates, link codes and counts never change
unless the posts file does. The layout is that of an extracted "Download an archive of your
data" zip: data/tweets.js, data/account.js, data/profile.js, data/note-tweet.js.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import string
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTS_FILE = ROOT / "scripts" / "sample_posts.txt"
OUT_DIR = ROOT / "huggingtweets" / "data" / "sample"

HANDLE = "maraquill_sky"
DISPLAY_NAME = "Mara Quill ✨"
ACCOUNT_ID = "1509612345678901248"
BIO = (
    "Amateur astronomer, weekend sourdough baker, part-time librarian. "
    "Gullhaven, by the sea. Clear skies & crusty loaves ✨ (a fictional account)"
)
SEED = 20240324
TWITTER_EPOCH_MS = 1288834974657
NOTE_CUT = 272  # where tweets.js cuts a long post (X shows ~280 characters)
SOURCE_APP = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'

_SECTION = re.compile(r"^;; ---- (\d{4}-\d{2}-\d{2})\b")
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_]{1,15})")
_HASHTAG = re.compile(r"(?<![\w#])#(\w+)")
_LINK = re.compile(r"https://t\.co/[A-Za-z0-9]+")


@dataclass
class Line:
    text: str
    reply: bool
    note: bool
    section: int


def read_posts(path: Path) -> tuple[list[Line], list[datetime]]:
    """The posts in order, and the start day of each stretch of time (plus the end day)."""
    lines: list[Line] = []
    sections: list[datetime] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        m = _SECTION.match(raw)
        if m:
            sections.append(datetime.fromisoformat(m.group(1)).replace(tzinfo=timezone.utc))
            continue
        if not raw.strip() or raw.startswith(";;"):
            continue
        if not sections:
            raise SystemExit("the posts file must start with a ';; ---- YYYY-MM-DD' line")
        text, reply, note = raw.strip(), False, False
        while text.startswith("["):
            tag, _, rest = text.partition("] ")
            if tag == "[reply":
                reply = True
            elif tag == "[note":
                note = True
            else:
                raise SystemExit(f"unknown tag in: {raw[:60]}")
            text = rest
        text = text.replace("\\n", "\n")
        reply = reply or text.startswith("@")
        lines.append(Line(text, reply, note, len(sections) - 1))
    return lines, sections


def snowflake(when: datetime, rng: random.Random) -> str:
    ms = int(when.timestamp() * 1000) - TWITTER_EPOCH_MS
    return str((ms << 22) | rng.getrandbits(22))


def x_date(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def iso_ms(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def tco(rng: random.Random) -> str:
    return "https://t.co/" + "".join(
        rng.choice(string.ascii_letters + string.digits) for _ in range(10)
    )


def times_for(lines: list[Line], sections: list[datetime], rng: random.Random) -> list[datetime]:
    """One time per post: spread over its stretch, at an hour this person would post."""
    out: list[datetime] = []
    for s in range(len(sections) - 1):
        members = [i for i, line in enumerate(lines) if line.section == s]
        start, end = sections[s], sections[s + 1]
        days = (end - start).days
        picked = []
        for k, _ in enumerate(members):
            day = start + timedelta(days=int((k + rng.random()) * days / max(1, len(members))))
            # Mornings (bread, library) and late evenings (the sky).
            hour = rng.choice([6, 7, 7, 8, 9, 12, 13, 17, 19, 20, 21, 21, 22, 22, 23, 0, 1])
            picked.append(
                day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
            )
        out.extend(sorted(picked))
    return out


def entities(text: str) -> dict:
    return {
        "hashtags": [
            {"text": m.group(1), "indices": [str(m.start()), str(m.end())]}
            for m in _HASHTAG.finditer(text)
        ],
        "symbols": [],
        "user_mentions": [
            {
                "name": m.group(1),
                "screen_name": m.group(1),
                "indices": [str(m.start()), str(m.end())],
                "id_str": "-1",
                "id": "-1",
            }
            for m in _MENTION.finditer(text)
        ],
        "urls": [
            {
                "url": m.group(0),
                "expanded_url": "https://example.com/" + m.group(0).rsplit("/", 1)[1].lower(),
                "display_url": "example.com/…",
                "indices": [str(m.start()), str(m.end())],
            }
            for m in _LINK.finditer(text)
        ],
    }


def cut_note(text: str, link: str) -> str:
    """How tweets.js shows a long post: the start, an ellipsis and a link to the rest."""
    head = text[:NOTE_CUT].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return f"{head}… {link}"


def build(posts_file: Path = POSTS_FILE) -> dict[str, str]:
    """File name (relative to the sample folder) -> contents."""
    rng = random.Random(SEED)
    lines, sections = read_posts(posts_file)
    times = times_for(lines, sections, rng)
    tweets, notes = [], []
    previous_id = None
    for line, when in zip(lines, times, strict=True):
        tid = snowflake(when, rng)
        text = re.sub(r"\{link\}", lambda _: tco(rng), line.text)
        stored = html.escape(text, quote=False)  # X stores &, <, > as entities
        full_text = stored
        if line.note:
            full_text = cut_note(stored, tco(rng))
            note_time = when + timedelta(seconds=rng.randrange(0, 3))
            notes.append(
                {
                    "noteTweet": {
                        "noteTweetId": snowflake(note_time, rng),
                        "updatedAt": iso_ms(note_time),
                        "lifecycle": {
                            "value": "true",
                            "name": "Ready",
                            "originalName": "Ready",
                            "annotations": {},
                        },
                        "createdAt": iso_ms(note_time),
                        "core": {
                            "styletags": [],
                            "urls": [],
                            "text": stored,
                            "mentions": [],
                            "cashtags": [],
                            "hashtags": [],
                        },
                    }
                }
            )
        tweet = {
            "retweeted": False,  # X writes false even for retweets
            "source": SOURCE_APP,
            "entities": entities(full_text),
            "display_text_range": ["0", str(len(full_text))],
            "favorite_count": "0" if text.startswith("RT @") else str(rng.randrange(0, 40)),
            "id_str": tid,
            "truncated": False,
            "retweet_count": str(rng.randrange(0, 6)),
            "id": tid,
            "created_at": x_date(when),
            "favorited": False,
            "full_text": full_text,
            "lang": "en",
        }
        if line.reply:
            mention = _MENTION.match(text)
            if mention:  # a reply to someone else's post, made a little earlier
                target = when - timedelta(minutes=rng.randrange(2, 240))
                tweet["in_reply_to_status_id_str"] = snowflake(target, rng)
                tweet["in_reply_to_user_id_str"] = str(rng.randrange(10**17, 10**18))
                tweet["in_reply_to_screen_name"] = mention.group(1)
            else:  # a reply to her own previous post (a thread)
                tweet["in_reply_to_status_id_str"] = previous_id
                tweet["in_reply_to_user_id_str"] = ACCOUNT_ID
                tweet["in_reply_to_screen_name"] = HANDLE
            tweet["in_reply_to_status_id"] = tweet["in_reply_to_status_id_str"]
            tweet["in_reply_to_user_id"] = tweet["in_reply_to_user_id_str"]
        tweets.append({"tweet": tweet})
        previous_id = tid

    tweets.reverse()  # archives list the newest first
    notes.reverse()
    account = [
        {
            "account": {
                "createdVia": "web",
                "username": HANDLE,
                "accountId": ACCOUNT_ID,
                "createdAt": iso_ms(sections[0] - timedelta(days=2)),
                "accountDisplayName": DISPLAY_NAME,
            }
        }
    ]
    profile = [
        {
            "profile": {
                "description": {"bio": BIO, "website": "", "location": "Gullhaven"},
                "avatarMediaUrl": None,  # no picture: the card draws initials
                "headerMediaUrl": None,
            }
        }
    ]

    def js(name: str, value: object) -> str:
        return (
            f"window.YTD.{name}.part0 = " + json.dumps(value, indent=2, ensure_ascii=False) + "\n"
        )

    return {
        "data/tweets.js": js("tweets", tweets),
        "data/note-tweet.js": js("note_tweet", notes),
        "data/account.js": js("account", account),
        "data/profile.js": js("profile", profile),
        "README.txt": (
            "A FICTIONAL person's X archive, bundled with huggingtweets as the `sample` source.\n"
            f"@{HANDLE} ({DISPLAY_NAME}) does not exist; every post was written for this project.\n"
            "Built by scripts/make_sample.py from scripts/sample_posts.txt; do not edit by hand.\n"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the files are current")
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    files = build()
    stale = [
        name
        for name, text in files.items()
        if not (args.out / name).is_file() or (args.out / name).read_text(encoding="utf-8") != text
    ]
    if args.check:
        if stale:
            print(f"out of date: {', '.join(stale)} (run scripts/make_sample.py)", file=sys.stderr)
            return 1
        print("sample archive is up to date")
        return 0
    for name in stale:
        path = args.out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[name], encoding="utf-8")
    print(f"wrote {len(stale)} file(s) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
