"""predictions.png (pictures.render_predictions) and img/pipeline.png (scripts/make_pipeline_png.py).

Model folders here hold only the two JSON files the picture reads (CONTRACTS.md): no weights.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from huggingtweets import pictures
from huggingtweets.errors import UserError

ROOT = Path(__file__).resolve().parent.parent


def account(handle: str, name: str, avatar_url: str | None = None) -> dict:
    return {
        "source": "file",
        "handle": handle,
        "display_name": name,
        "avatar_url": avatar_url,
        "downloaded": 100,
        "reposts": 10,
        "short": 5,
        "kept": 85,
        "replies": 3,
        "characters": 9000,
        "kind": "file",
    }


def model_folder(path: Path, accounts: list[dict], texts: list[str] | None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    training = {"base_model": "tiny", "base_model_name": "tiny GPT-2", "accounts": accounts}
    (path / "training.json").write_text(json.dumps(training), encoding="utf-8")
    if texts is not None:
        gens = {
            "prompt": "My dream is",
            "generations": [{"text": t, "copied_from_training": False} for t in texts],
        }
        (path / "generations.json").write_text(json.dumps(gens), encoding="utf-8")
    return path


def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens: refused at once."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/avatar.png"


def test_one_account_with_emoji_and_long_text(tmp_path):
    folder = model_folder(
        tmp_path / "m",
        [account("i_apx_86", "🍮CC🍮", avatar_url=closed_port_url())],
        [
            "My dream is 🚀🔥 to eat cake 🍰 with friends",
            "My dream is " + "averyveryverylongwordwithoutspaces" * 8,
            "My dream is\nnew lines\tand tabs\x00and a control char",
            "My dream is " + "word " * 200,
            "x",
        ],
    )
    start = time.monotonic()
    path = pictures.render_predictions(folder)
    assert time.monotonic() - start < 10  # the unreachable avatar costs no long wait
    assert path == folder / "predictions.png"
    with Image.open(path) as img:
        assert img.format == "PNG"
        assert img.width == pictures.WIDTH
        assert 300 < img.height < 4000
    assert not list(folder.glob(".*.tmp"))  # written atomically, nothing left behind


def test_three_accounts_hostile_names_no_avatars(tmp_path):
    folder = model_folder(
        tmp_path / "m",
        [
            account("a", "<script>alert(1)</script>"),
            account("b.bsky.social", "Bee | 🐝"),
            account("user@mastodon.social", ""),
        ],
        ["My dream is to be three people at once"],
    )
    path = pictures.render_predictions(folder, download_avatars=False)
    with Image.open(path) as img:
        img.load()
        # Three avatar circles in the header: coloured, not the background, at their centres.
        for i in range(3):
            x = pictures.MARGIN + i * 96 + 44
            assert img.getpixel((x, pictures.MARGIN + 36)) != pictures.BG


def test_no_generations_still_draws(tmp_path):
    folder = model_folder(tmp_path / "m", [account("solo", "Solo")], None)
    path = pictures.render_predictions(folder, download_avatars=False)
    assert path.is_file() and path.stat().st_size > 1000


def test_avatar_from_a_reachable_server_is_used(tmp_path):
    import http.server
    import io
    import threading

    buf = io.BytesIO()
    Image.new("RGB", (40, 40), (255, 0, 0)).save(buf, format="PNG")
    data = buf.getvalue()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/a.png"
        folder = model_folder(tmp_path / "m", [account("red", "Red", url)], ["My dream is red"])
        path = pictures.render_predictions(folder)
    finally:
        server.shutdown()
        server.server_close()
    with Image.open(path) as img:
        r, g, b = img.convert("RGB").getpixel((pictures.MARGIN + 44, pictures.MARGIN + 36))
        assert r > 200 and g < 60 and b < 60  # the red avatar, not drawn initials


def test_not_a_model_folder(tmp_path):
    with pytest.raises(UserError):
        pictures.render_predictions(tmp_path)


def test_pipeline_script_draws_a_png(tmp_path):
    out = tmp_path / "pipeline.png"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_pipeline_png.py"), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with Image.open(out) as img:
        assert img.format == "PNG" and img.width > 2 * img.height
    assert (ROOT / "img" / "pipeline.png").is_file()  # the committed picture the card links to


def test_an_account_has_one_colour_in_the_card_and_the_picture(tmp_path):
    """Without an avatar, an account's initials circle has the same colour in the card and in
    predictions.png: one palette (defaults.AVATAR_PALETTE), one function. These handles hash to
    each of its seven colours (the card's own copy used to differ in two of them)."""
    import re

    from huggingtweets import defaults
    from huggingtweets.card import avatar_colour, write_card

    seen = set()
    for handle in ("user0", "user7", "user37", "user1", "user3", "user2", "user5"):
        folder = model_folder(tmp_path / handle, [account(handle, "")], ["My dream is"])
        card = write_card(folder, f"alice/{handle}").read_text(encoding="utf-8")
        (hex_colour,) = re.findall(r"background-color: #([0-9a-f]{6});", card)
        in_card = tuple(bytes.fromhex(hex_colour))
        with Image.open(pictures.render_predictions(folder, download_avatars=False)) as img:
            # Below the initials, inside the 88 px circle drawn at (MARGIN, MARGIN - 8).
            in_png = img.convert("RGB").getpixel((pictures.MARGIN + 44, pictures.MARGIN + 66))
        assert in_card == in_png == avatar_colour(handle), handle
        seen.add(in_png)
    assert seen == set(defaults.AVATAR_PALETTE)
