"""A Mastodon account's public posts, through the server's public REST API (no login).

    GET {base}/api/v1/accounts/lookup?acct=USER          -> the account
    GET {base}/api/v1/accounts/ID/statuses?limit=40      -> newest posts, then `Link: rel="next"`

Post content is HTML; `html_to_text` turns it into the text a person reads. What Mastodon's
client documentation says to hide is left out: elements of class `quote-inline` (the `RE: <link>`
a quote post carries for older apps), and the bare `RE: <link>` line of quote posts bridged from
other servers. Custom emoji `:shortcode:`s stay in posts (it is how people write there) and
leave display names (`display_name`).

Only public posts are trained on: `public` and `unlisted` statuses are both visible to anyone
(unlisted ones are only left out of public timelines). A `private` (followers-only) or `direct`
status, which a token-authenticated fetch can return, is kept as a textless, counted placeholder.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urlsplit

from huggingtweets.errors import UserError
from huggingtweets.http import get_json, make_session
from huggingtweets.records import Account, Post
from huggingtweets.sources.base import FetchState, ProgressFn, Source, safe_key

PAGE_SIZE = 40  # the most Mastodon gives per page
PUBLIC_VISIBILITY = {"public", "unlisted"}  # a status without one is public (older servers)

_BLOCKS = {
    "p",
    "div",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "table",
}
_SKIP = {"script", "style", "template", "head", "title"}
_VOID = {"br", "img", "hr", "wbr", "input", "meta", "link", "source", "area", "col", "embed"}
HIDDEN_CLASSES = {"quote-inline"}  # Mastodon: "hide elements with this class" (quote posts)
# A bare quote link at the very start (its own line) or the very end of a post: `RE: <link>`
# (Mastodon, Misskey, Akkoma) or `QT: <link>` (Pleroma, Fedibird), as bridged posts carry it.
_QUOTE_LEAD = re.compile(r"\A\s*(?:RE|QT):[^\S\n]*https?://\S+[^\S\n]*(?:\n+|\Z)")
_QUOTE_TAIL = re.compile(r"(?:\A|\s)(?:RE|QT):[^\S\n]*https?://\S+\s*\Z")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def _strip_scheme(url: str) -> str:
    return _SCHEME.sub("", url.strip()).lower()


class _TextParser(HTMLParser):
    """HTML -> text as shown: paragraphs apart, <br> a line break, links whole."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []  # finished paragraphs
        self.line: list[str] = []  # the paragraph being written
        self.link: list[str] | None = None  # text of the <a> being read
        self.href = ""
        self.link_class = ""
        self.skip = 0
        self.hidden = 0  # depth inside an element of a hidden class (0: not inside one)
        self.pre = 0

    # -- writing -------------------------------------------------------------
    def _write(self, text: str) -> None:
        if self.link is not None:
            self.link.append(text)
        else:
            self.line.append(text)

    def _end_block(self) -> None:
        self._close_link()
        text = "".join(self.line)
        lines = [ln.strip(" ") for ln in text.split("\n")] if not self.pre else text.split("\n")
        text = "\n".join(lines).strip("\n")
        if text.strip():
            self.blocks.append(text)
        self.line = []

    def _close_link(self) -> None:
        if self.link is None:
            return
        shown = "".join(self.link)
        self.link = None
        self.line.append(_link_text(shown, self.href, self.link_class))

    # -- parser callbacks ------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        if self.hidden:
            self.hidden += tag not in _VOID
            return
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        a = dict(attrs)
        if HIDDEN_CLASSES & set((a.get("class") or "").split()) and tag not in _VOID:
            if tag in _BLOCKS:
                self._end_block()
            self.hidden = 1
            return
        if tag == "br":
            self._write("\n")
        elif tag in _BLOCKS:
            self._end_block()
            if tag == "pre":
                self.pre += 1
        elif tag == "li":
            self._write("\n")
        elif tag == "a":
            self._close_link()
            self.link = []
            self.href = a.get("href") or ""
            self.link_class = a.get("class") or ""
        elif tag == "img" and a.get("alt"):
            self._write(a["alt"])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.hidden:
            self.hidden -= tag not in _VOID
            if not self.hidden and tag in _BLOCKS:
                self._end_block()
            return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in _BLOCKS:
            self._end_block()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag == "a":
            self._close_link()

    def handle_data(self, data):
        if self.skip or self.hidden:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)  # HTML folds white space (not nbsp)
            if data == " " and self._at_line_start():
                return
        self._write(data)

    def _at_line_start(self) -> bool:
        target = self.link if self.link is not None else self.line
        text = "".join(target)
        return not text or text.endswith(("\n", " "))

    def text(self) -> str:
        self.close()
        self._end_block()
        return "\n\n".join(self.blocks).strip()


def _link_text(shown: str, href: str, css_class: str) -> str:
    """What a link reads as: mentions and hashtags as shown, a URL whole."""
    shown_clean = " ".join(shown.split())
    classes = css_class.split()
    if "mention" in classes or "hashtag" in classes or shown_clean.startswith(("@", "#")):
        return shown_clean
    if not href:
        return shown
    visible = shown_clean.rstrip("…").rstrip(".")
    target = _strip_scheme(href)
    if not visible or target.startswith(_strip_scheme(visible)):
        return href  # Mastodon hides parts of long URLs in <span class="invisible">
    return shown


def html_to_text(html: str) -> str:
    """The text a person reads in a post's HTML content (entities undone, quote links left out)."""
    if not html:
        return ""
    if "<" not in html:
        return drop_quote_link(unescape(html).strip())
    parser = _TextParser()
    parser.feed(html)
    return drop_quote_link(parser.text())


def drop_quote_link(text: str) -> str:
    """`RE: <link>` at the start (on its own line) or at the end of a post, removed.

    A quote post's link to what it quotes, as servers without the `quote-inline` class send
    it. An "RE:" inside a sentence, or one not followed by a link, is the author's and stays.
    """
    text = _QUOTE_LEAD.sub("", text, count=1)
    return _QUOTE_TAIL.sub("", text, count=1).strip()


def strip_shortcodes(name: str, emojis: object) -> str:
    """A display name without the `:shortcode:`s of its custom emoji (listed in `emojis`).

    Only the listed shortcodes go: a name like "Time:10:30" stays as written.
    """
    codes = {
        str(e.get("shortcode"))
        for e in (emojis if isinstance(emojis, list) else [])
        if isinstance(e, dict) and e.get("shortcode")
    }
    if not codes or ":" not in name:
        return name.strip()
    name = re.sub(r":([A-Za-z0-9_]+):", lambda m: " " if m.group(1) in codes else m.group(0), name)
    name = re.sub(r"[\u200b\u2060\ufeff]", "", name)  # zero-width spaces that held emoji apart
    return " ".join(name.split())


class MastodonSource(Source):
    kind = "mastodon"

    def __init__(
        self, user: str, host: str, base_url: str, source: str, lookup_acct: str | None = None
    ):
        super().__init__(source)
        self.user = user
        self.host = host
        self.base_url = base_url.rstrip("/")
        self.lookup_acct = lookup_acct or user
        self.server = urlsplit(self.base_url).netloc or host

    @property
    def key(self) -> str:
        return safe_key("mastodon", f"{self.user}@{self.host}")

    @property
    def name(self) -> str:
        return f"@{self.user}@{self.host}"

    def fetch(self, state: FetchState, limit: int | None, progress: ProgressFn | None = None):
        session = make_session()
        try:
            if state.account is None or not state.cursor:
                state.account, account_id = self._lookup(session)
                url: str | None = (
                    f"{self.base_url}/api/v1/accounts/{account_id}/statuses?limit={PAGE_SIZE}"
                )
                state.posts = []
            else:
                url = state.cursor
            while url:
                if limit is not None and len(state.posts) >= limit:
                    break
                statuses, response = get_json(session, url, allow=(401, 403, 404, 410))
                if response.status_code in (401, 403, 404, 410):
                    raise self._refused(response.status_code)
                if not isinstance(statuses, list):
                    raise UserError(
                        f"{self.server} did not answer like a Mastodon server: check the address."
                    )
                posts = [p for p in (self._post(s) for s in statuses) if p is not None]
                if limit is not None:
                    posts = posts[: max(0, limit - len(state.posts))]
                next_url = (response.links.get("next") or {}).get("url") if statuses else None
                state.add_page(posts, next_url)
                if progress:
                    progress(len(state.posts), limit)
                url = next_url
            state.finish()
        finally:
            session.close()

    # -- helpers -----------------------------------------------------------------
    def _lookup(self, session) -> tuple[Account, str]:
        data, response = get_json(
            session,
            f"{self.base_url}/api/v1/accounts/lookup",
            params={"acct": self.lookup_acct},
            allow=(401, 403, 404, 410),
        )
        status = response.status_code
        if status in (404, 410):
            raise UserError(f"No Mastodon account {self.name}: check the spelling.")
        if status in (401, 403):
            raise UserError(
                f"{self.server} only shows accounts to logged-in apps, so {self.name} can't be "
                "downloaded from it: use a file of the posts instead."
            )
        if not isinstance(data, dict) or not data.get("id"):
            raise UserError(
                f"{self.server} did not answer like a Mastodon server: check the address."
            )
        if data.get("suspended"):
            raise UserError(
                f"{self.name} is suspended on {self.server}: there are no posts to download."
            )
        if data.get("limited"):
            raise UserError(
                f"The moderators of {self.server} have limited {self.name}, so its posts are "
                "hidden: choose another account."
            )
        acct = str(data.get("acct") or data.get("username") or self.user)
        handle = acct if "@" in acct else f"{acct}@{self.host}"
        display = strip_shortcodes(str(data.get("display_name") or ""), data.get("emojis")) or str(
            data.get("username") or self.user
        )
        account = Account(
            source=self.source,
            handle=handle,
            display_name=display,
            avatar_url=data.get("avatar") or data.get("avatar_static") or None,
        )
        return account, str(data["id"])

    def _refused(self, status: int) -> UserError:
        if status in (404, 410):
            return UserError(
                f"{self.server} no longer shows the posts of {self.name} (HTTP {status}): "
                "check the address, or choose another account."
            )
        return UserError(
            f"{self.server} does not show the posts of {self.name} to logged-out apps "
            f"(HTTP {status}), so they can't be downloaded: use a file of the posts instead."
        )

    def _post(self, status: dict) -> Post | None:
        if not isinstance(status, dict) or status.get("id") is None:
            return None
        if str(status.get("visibility") or "public").lower() not in PUBLIC_VISIBILITY:
            return Post(id=str(status["id"]), text="", not_public=True)  # counted, never read
        reblog = status.get("reblog")
        shown = reblog if isinstance(reblog, dict) else status
        text = html_to_text(str(shown.get("content") or ""))
        warning = str(shown.get("spoiler_text") or "").strip()
        if warning:  # a content warning is written by the author and shown first
            text = f"{warning}\n\n{text}" if text else warning
        return Post(
            id=str(status["id"]),
            text=text,
            created_at=status.get("created_at"),
            is_repost=isinstance(reblog, dict),
            # A reply whose parent was deleted keeps only `in_reply_to_account_id`.
            is_reply=status.get("in_reply_to_id") is not None
            or status.get("in_reply_to_account_id") is not None,
            url=status.get("url") or shown.get("url") or status.get("uri"),
        )
