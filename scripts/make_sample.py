"""Build the bundled sample accounts (fictional X archives) from scripts/sample*_posts.txt.

    python scripts/make_sample.py            # writes huggingtweets/data/sample/ and sample2/
    python scripts/make_sample.py --check    # exit 1 if the committed files are out of date

Two fictional people: `sample` (@maraquill_sky, warm, long sentences: bread and stars) and
`sample2` (@dex_on_wheels, lower case, short and blunt: night-shift bike courier, synths), so
that a model trained on both can be steered to write as either (`huggingtweets demo --blend`).

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


@dataclass(frozen=True)
class Persona:
    """One fictional account: where its posts are, who it is, when it posts."""

    source: str  # the source name that opens it (`sample`, `sample2`)
    posts_file: Path
    handle: str
    display_name: str
    account_id: str
    bio: str
    location: str
    seed: int
    hours: tuple[int, ...]  # hours of the day this person posts at (weighted by repetition)

    @property
    def out_dir(self) -> Path:
        return ROOT / "huggingtweets" / "data" / self.source


MARA = Persona(
    source="sample",
    posts_file=ROOT / "scripts" / "sample_posts.txt",
    handle="maraquill_sky",
    display_name="Mara Quill ✨",
    account_id="1509612345678901248",
    bio=(
        "Amateur astronomer, weekend sourdough baker, part-time librarian. "
        "Gullhaven, by the sea. Clear skies & crusty loaves ✨ (a fictional account)"
    ),
    location="Gullhaven",
    seed=20240324,
    # Mornings (bread, library) and late evenings (the sky).
    hours=(6, 7, 7, 8, 9, 12, 13, 17, 19, 20, 21, 21, 22, 22, 23, 0, 1),
)
DEX = Persona(
    source="sample2",
    posts_file=ROOT / "scripts" / "sample2_posts.txt",
    handle="dex_on_wheels",
    display_name="Dex Marlow 🚲",
    account_id="1523456789012345344",
    bio=(
        "night shift bike courier. makes bleepy noises with synths. port calder, "
        "where it always rains 🚲 (a fictional account)"
    ),
    location="Port Calder",
    seed=20220509,
    # Nights (shifts) and early afternoons (just woke up).
    hours=(0, 1, 1, 2, 2, 3, 3, 4, 5, 13, 14, 15, 23, 23),
)
PERSONAS = (MARA, DEX)
# The first sample, as module names (kept for callers of the one-sample version).
POSTS_FILE, OUT_DIR, HANDLE, SEED = MARA.posts_file, MARA.out_dir, MARA.handle, MARA.seed
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


def times_for(
    lines: list[Line], sections: list[datetime], rng: random.Random, hours: tuple[int, ...]
) -> list[datetime]:
    """One time per post: spread over its stretch, at an hour this person would post."""
    out: list[datetime] = []
    for s in range(len(sections) - 1):
        members = [i for i, line in enumerate(lines) if line.section == s]
        start, end = sections[s], sections[s + 1]
        days = (end - start).days
        picked = []
        for k, _ in enumerate(members):
            day = start + timedelta(days=int((k + rng.random()) * days / max(1, len(members))))
            hour = rng.choice(list(hours))
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


def build(persona: Persona = MARA, posts_file: Path | None = None) -> dict[str, str]:
    """File name (relative to the persona's sample folder) -> contents."""
    p = persona
    rng = random.Random(p.seed)
    lines, sections = read_posts(posts_file or p.posts_file)
    times = times_for(lines, sections, rng, p.hours)
    tweets, notes = post_records(p, lines, times, rng)
    return {
        "data/tweets.js": _js("tweets", tweets),
        "data/note-tweet.js": _js("note_tweet", notes),
        "data/account.js": _js("account", account_records(p, sections)),
        "data/profile.js": _js("profile", profile_records(p)),
        "README.txt": (
            f"A FICTIONAL person's X archive, bundled with huggingtweets as the `{p.source}` source.\n"
            f"@{p.handle} ({p.display_name}) does not exist; every post was written for this project.\n"
            f"Built by scripts/make_sample.py from scripts/{p.posts_file.name}; do not edit by hand.\n"
        ),
    }


def post_records(
    p: Persona, lines: list[Line], times: list[datetime], rng: random.Random
) -> tuple[list[dict], list[dict]]:
    """(tweets.js's records, note-tweet.js's), newest first as archives list them. Every random
    draw comes from `rng` in one fixed order: the same seed, the same archive."""
    tweets, notes = [], []
    previous_id = None
    for line, when in zip(lines, times, strict=True):
        tid = snowflake(when, rng)
        text = re.sub(r"\{link\}", lambda _: tco(rng), line.text)
        stored = html.escape(text, quote=False)  # X stores &, <, > as entities
        full_text = stored
        if line.note:
            full_text = cut_note(stored, tco(rng))
            notes.append(note_record(stored, when, rng))
        tweet = tweet_record(tid, text, full_text, when, rng)
        if line.reply:
            mark_reply(tweet, text, when, rng, previous_id, p)
        tweets.append({"tweet": tweet})
        previous_id = tid
    tweets.reverse()  # archives list the newest first
    notes.reverse()
    return tweets, notes


def note_record(stored: str, when: datetime, rng: random.Random) -> dict:
    """note-tweet.js's record of a long post (its whole text), saved a moment after the post."""
    note_time = when + timedelta(seconds=rng.randrange(0, 3))
    return {
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


def tweet_record(tid: str, text: str, full_text: str, when: datetime, rng: random.Random) -> dict:
    """tweets.js's record of one post, as X writes it."""
    return {
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


def mark_reply(
    tweet: dict,
    text: str,
    when: datetime,
    rng: random.Random,
    previous_id: str | None,
    p: Persona,
) -> None:
    """Make `tweet` a reply: to the account it starts by mentioning, else to the persona's own
    previous post (a thread)."""
    mention = _MENTION.match(text)
    if mention:  # a reply to someone else's post, made a little earlier
        target = when - timedelta(minutes=rng.randrange(2, 240))
        tweet["in_reply_to_status_id_str"] = snowflake(target, rng)
        tweet["in_reply_to_user_id_str"] = str(rng.randrange(10**17, 10**18))
        tweet["in_reply_to_screen_name"] = mention.group(1)
    else:  # a reply to her own previous post (a thread)
        tweet["in_reply_to_status_id_str"] = previous_id
        tweet["in_reply_to_user_id_str"] = p.account_id
        tweet["in_reply_to_screen_name"] = p.handle
    tweet["in_reply_to_status_id"] = tweet["in_reply_to_status_id_str"]
    tweet["in_reply_to_user_id"] = tweet["in_reply_to_user_id_str"]


def account_records(p: Persona, sections: list[datetime]) -> list[dict]:
    """account.js: the account, made two days before its first posts."""
    return [
        {
            "account": {
                "createdVia": "web",
                "username": p.handle,
                "accountId": p.account_id,
                "createdAt": iso_ms(sections[0] - timedelta(days=2)),
                "accountDisplayName": p.display_name,
            }
        }
    ]


def profile_records(p: Persona) -> list[dict]:
    """profile.js: bio and location, no pictures."""
    return [
        {
            "profile": {
                "description": {"bio": p.bio, "website": "", "location": p.location},
                "avatarMediaUrl": None,  # no picture: the card draws initials
                "headerMediaUrl": None,
            }
        }
    ]


def _js(name: str, value: object) -> str:
    """A data/*.js file: the archive's `window.YTD.<name>.part0 = <JSON>`."""
    return f"window.YTD.{name}.part0 = " + json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the files are current")
    parser.add_argument(
        "--out", type=Path, default=None, help="write the first sample here (default: the package)"
    )
    args = parser.parse_args(argv)
    targets = [(MARA, args.out)] if args.out else [(p, p.out_dir) for p in PERSONAS]
    all_stale = []
    for persona, out in targets:
        files = build(persona)
        stale = [
            name
            for name, text in files.items()
            if not (out / name).is_file() or (out / name).read_text(encoding="utf-8") != text
        ]
        all_stale += [f"{persona.source}/{name}" for name in stale]
        if args.check:
            continue
        for name in stale:
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(files[name], encoding="utf-8")
        print(f"wrote {len(stale)} file(s) to {out}")
    if args.check:
        if all_stale:
            print(
                f"out of date: {', '.join(all_stale)} (run scripts/make_sample.py)", file=sys.stderr
            )
            return 1
        print("sample archives are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
