"""`predictions.png`: a few generated posts drawn like posts, rendered locally with Pillow.

Reads `training.json` (accounts: names, handles, avatars; through `records.TrainingRecord`)
and `generations.json` (`card.Samples`) from the model folder. Avatars are downloaded with a
short timeout when reachable; otherwise the account's initials are drawn on a circle of the
account's colour (`card.avatar_colour`, the same as in the card). Characters the font lacks (emoji, most
of the time) are left out rather than drawn as boxes, and never crash the drawing.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from huggingtweets import defaults
from huggingtweets.atomic import atomic_write_bytes
from huggingtweets.card import Samples, avatar_colour, initials
from huggingtweets.records import Account, TrainingRecord

WIDTH = 1000
MARGIN = 40
CARD_PAD = 24
AVATAR = 56
MAX_POSTS = 4
MAX_CHARS = 280
LINE_H = 32  # a post's line
HEADER_H = 150
TEXT_X = MARGIN + CARD_PAD + AVATAR + 16  # where a post's text starts
TEXT_W = WIDTH - TEXT_X - MARGIN - CARD_PAD
AVATAR_TIMEOUT = 3.0
AVATAR_MAX_BYTES = 5 * 1024 * 1024

BG = (247, 249, 249)
CARD = (255, 255, 255)
BORDER = (207, 217, 222)
TEXT = (15, 20, 25)
MUTED = (83, 100, 113)
ACCENT = (29, 155, 240)

_FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/Library/Fonts",
    "C:/Windows/Fonts",
]


# ---------------------------------------------------------------------------- fonts


def _find_font(bold: bool) -> str | None:
    names = ["DejaVuSans-Bold.ttf"] if bold else ["DejaVuSans.ttf"]
    names += ["Arial Bold.ttf", "arialbd.ttf"] if bold else ["Arial.ttf", "arial.ttf"]
    for d in _FONT_DIRS:
        for n in names:
            p = os.path.join(d, n)
            if os.path.isfile(p):
                return p
    try:  # matplotlib ships DejaVu Sans
        import matplotlib

        p = os.path.join(
            os.path.dirname(matplotlib.__file__),
            "mpl-data",
            "fonts",
            "ttf",
            "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf",
        )
        if os.path.isfile(p):
            return p
    except Exception:
        pass
    return None


@lru_cache(maxsize=32)
def _font(size: int, bold: bool = False):
    path = _find_font(bold)
    if path:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            pass
    try:
        return ImageFont.load_default(size=size)  # Pillow >= 10.1
    except TypeError:  # pragma: no cover - older Pillow
        return ImageFont.load_default()


@lru_cache(maxsize=4)
def _cmap(bold: bool) -> frozenset[int] | None:
    """Code points the TrueType font has, when fontTools can tell us (it comes with matplotlib)."""
    path = _find_font(bold)
    if not path:
        return None
    try:
        from fontTools.ttLib import TTFont

        with TTFont(path, lazy=True) as f:
            return frozenset(f.getBestCmap() or {})
    except Exception:
        return None


def _drawable(text: str, bold: bool = False) -> str:
    """`text` without characters the font lacks (emoji...) and without control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in str(text))
    cmap = _cmap(bold)
    if cmap is not None:
        text = "".join(ch for ch in text if ch == " " or ord(ch) in cmap)
    else:  # no way to ask the font: keep the Basic Multilingual Plane only
        text = "".join(ch for ch in text if ord(ch) < 0x10000)
    return " ".join(text.split())


def _text_width(font, text: str) -> float:
    try:
        return font.getlength(text)
    except Exception:
        return len(text) * getattr(font, "size", 10) * 0.6


def _wrap(text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        # Words longer than a line are cut into pieces.
        while _text_width(font, word) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and _text_width(font, (line + " " if line else "") + word[:cut]) > width:
                cut -= 1
            if cut <= 1 and line:
                lines.append(line)
                line = ""
                continue
            lines.append((line + " " if line else "") + word[:cut])
            line = ""
            word = word[cut:]
        candidate = f"{line} {word}" if line else word
        if _text_width(font, candidate) <= width:
            line = candidate
        else:
            if line:
                lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines or [""]


# ---------------------------------------------------------------------------- avatars


def _download_avatar(url: str | None) -> Image.Image | None:
    if not url or not re.match(r"(?i)^https?://", str(url)):
        return None
    from huggingtweets.http import get_bytes, make_session

    # The shared client (our User-Agent, size cap), with one retry and a short timeout: an
    # unreachable picture should not hold the card up; initials are drawn instead.
    session = make_session(retries=1, timeout=(AVATAR_TIMEOUT, AVATAR_TIMEOUT))
    try:
        data = get_bytes(str(url), AVATAR_MAX_BYTES, session, accept="image/*")
        img = Image.open(io.BytesIO(data))
        img.load()
        return img.convert("RGB")
    except Exception:  # unreachable, not an image, too slow: draw initials instead
        return None


def _circle(img: Image.Image | None, size: int, name: str, key: str) -> Image.Image:
    """A round avatar of `size` px with a transparent outside."""
    scale = 4
    big = size * scale
    mask = Image.new("L", (big, big), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, big - 1, big - 1), fill=255)
    mask = mask.resize((size, size), Image.LANCZOS)
    if img is not None:
        w, h = img.size
        side = min(w, h)
        img = img.crop(((w - side) // 2, (h - side) // 2, (w + side) // 2, (h + side) // 2))
        face = img.resize((size, size), Image.LANCZOS).convert("RGBA")
    else:
        face = Image.new("RGBA", (size, size), avatar_colour(key) + (255,))
        d = ImageDraw.Draw(face)
        letters = _drawable(initials(name, key), bold=True) or "?"
        font = _font(max(8, int(size * 0.4)), bold=True)
        d.text((size / 2, size / 2), letters, fill=(255, 255, 255), font=font, anchor="mm")
    out = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    out.paste(face, (0, 0), mask)
    return out


# ---------------------------------------------------------------------------- drawing


def _rounded(draw: ImageDraw.ImageDraw, box, radius: int, fill, outline) -> None:
    try:
        draw.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=2)
    except AttributeError:  # pragma: no cover - Pillow < 8.2
        draw.rectangle(box, fill=fill, outline=outline, width=2)


def _post_lines(text: str, width: int) -> list[str]:
    """A post's lines as drawn: its own line breaks kept (a --keep-newlines model), each
    wrapped to the width; at most one empty line in a row."""
    text = str(text or "")
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS - 1].rstrip() + "…"
    lines: list[str] = []
    for written in text.split("\n"):
        line = _drawable(written)
        if line:
            lines += _wrap(line, _font(24), width)
        elif not written.strip() and lines and lines[-1]:
            lines.append("")  # a paragraph break (not a line the font cannot draw)
    while lines and not lines[-1]:
        lines.pop()
    return lines or [""]


@dataclass
class _Header:
    """Who the picture shows: the names and handles as drawn, and up to three avatars."""

    title: str  # "Name & Name"
    handle_line: str  # "@handle & @handle"
    avatars: list[tuple[Image.Image | None, str, str]]  # (downloaded picture, name, handle)
    several: bool


def _header(accounts: list[Account], download_avatars: bool) -> _Header:
    title = " & ".join(
        _drawable(a.display_name, bold=True) or _drawable(a.handle, bold=True) for a in accounts
    )
    avatars = [
        (_download_avatar(a.avatar_url) if download_avatars else None, a.display_name, a.handle)
        for a in accounts[: defaults.MAX_ACCOUNTS]
    ]
    return _Header(
        title=title,
        handle_line=" & ".join("@" + _drawable(a.handle) for a in accounts),
        avatars=avatars,
        several=len(accounts) > 1,
    )


def _draw_header(img: Image.Image, header: _Header) -> None:
    """Avatars, bot line, names, handles."""
    draw = ImageDraw.Draw(img)
    x = MARGIN
    for raw, name, handle in header.avatars:
        circle = _circle(raw, 88, name, handle)
        img.paste(circle, (x, MARGIN - 8), circle)
        x += 96
    hx = x + 16
    bot = "AI CYBORG" if header.several else "AI BOT"
    draw.text((hx, MARGIN - 6), bot, fill=ACCENT, font=_font(20, bold=True))
    title_font = _font(30, bold=True)
    title_lines = _wrap(header.title, title_font, WIDTH - hx - MARGIN)[:1]
    draw.text((hx, MARGIN + 20), title_lines[0], fill=TEXT, font=title_font)
    draw.text(
        (hx, MARGIN + 58),
        _wrap(header.handle_line, _font(20), WIDTH - hx - MARGIN)[0],
        fill=MUTED,
        font=_font(20),
    )


def _draw_posts(img: Image.Image, header: _Header, wrapped: list[list[str]], y: int) -> None:
    """One card per post, from `y` down, each with the first account's avatar."""
    draw = ImageDraw.Draw(img)
    raw0, name0, handle0 = header.avatars[0] if header.avatars else (None, "", "")
    small = _circle(raw0, AVATAR, name0, handle0)
    name_font = _font(22, bold=True)
    for lines in wrapped:
        card_h = _card_height(lines)
        _rounded(draw, (MARGIN, y, WIDTH - MARGIN, y + card_h), 18, CARD, BORDER)
        img.paste(small, (MARGIN + CARD_PAD, y + CARD_PAD), small)
        name_text = _wrap(header.title, name_font, TEXT_W - 10)[0]
        draw.text((TEXT_X, y + CARD_PAD), name_text, fill=TEXT, font=name_font)
        draw.text(
            (TEXT_X, y + CARD_PAD + 28),
            _wrap(f"{header.handle_line} · AI generated", _font(18), TEXT_W)[0],
            fill=MUTED,
            font=_font(18),
        )
        ty = y + CARD_PAD + 58
        for line in lines:
            draw.text((TEXT_X, ty), line, fill=TEXT, font=_font(24))
            ty += LINE_H
        y += card_h + 20


def _card_height(lines: list[str]) -> int:
    return CARD_PAD * 2 + 58 + LINE_H * len(lines)


def render_predictions(model_dir: str | os.PathLike, download_avatars: bool = True) -> Path:
    """Draw `predictions.png` in `model_dir` from training.json and generations.json."""
    model_dir = Path(model_dir)
    record = TrainingRecord.load(model_dir)
    accounts = record.accounts or [Account(source="", handle="bot", display_name="bot")]
    header = _header(accounts, download_avatars)
    posts = [s.text for s in Samples.load(model_dir).texts(MAX_POSTS)]
    if not posts:
        posts = ["(no generations yet: run `huggingtweets generate`)"]

    # Layout: header, then one card per post.
    wrapped = [_post_lines(p, TEXT_W) for p in posts]
    height = HEADER_H + sum(_card_height(lines) + 20 for lines in wrapped) + MARGIN
    img = Image.new("RGB", (WIDTH, height), BG)
    _draw_header(img, header)
    _draw_posts(img, header, wrapped, HEADER_H)

    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    path = model_dir / "predictions.png"
    atomic_write_bytes(path, buf.getvalue())
    return path
