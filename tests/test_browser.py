"""The notebook in a real browser: Voilà serves it on 127.0.0.1, Playwright drives Debian's
Chromium through the forms (type a source, download, train, generate) and reads the page.

Screenshots go to a temporary folder (printed; kept by pytest's tmp_path retention) and,
with HUGGINGTWEETS_UPDATE_SCREENSHOT=1, the generate step is copied to img/example.png for
the README. Playwright never downloads a browser here: it launches /usr/bin/chromium.

The base model and steps typed into the form default to the fast `tiny` model and 2 steps;
HUGGINGTWEETS_BROWSER_MODEL / HUGGINGTWEETS_BROWSER_STEPS change them (e.g. `smollm2` for a
README screenshot with readable posts).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "huggingtweets-demo.ipynb"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCRIPT_POST = "<script>window.__pwned = 1</script> this post tries to run code in the page"
SCRIPT_TAG = "<script>window.__pwned = 1</script>"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is missing: install Debian's chromium package "
        "(apt-get install -y chromium) to run the real-browser test",
    ),
]


def _button(page, label: str):
    """A widget button by its label (its icon adds a space in front of the accessible name)."""
    return page.get_by_role("button", name=re.compile(rf"(^|\W){re.escape(label)}\s*$"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _python3_kernel(tmp_path: Path, monkeypatch) -> None:
    spec_dir = tmp_path / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3",
                "language": "python",
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))


def _parameterized_notebook(path: Path, parameters: dict) -> None:
    """The committed notebook with papermill's injected-parameters cell (as papermill runs it)."""
    import nbformat
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = parameterize_notebook(load_notebook_node(str(NOTEBOOK)), parameters)
    nbformat.write(nb, str(path))


def _script_posts(path: Path) -> Path:
    words = "moon harbour bread oven library rain tide lantern comet quiet".split()
    # Every post tries: whichever few the preview shows (a sample of the training text) do.
    lines = [SCRIPT_POST] + [
        f"{SCRIPT_TAG} post {i}: " + " ".join(words[(i + j) % len(words)] for j in range(8 + i % 5))
        for i in range(300)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def voila_url(tmp_path, monkeypatch):
    pytest.importorskip("voila")
    pytest.importorskip("playwright")
    _python3_kernel(tmp_path, monkeypatch)
    for name, value in {
        "WANDB_MODE": "disabled",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "WANDB_API_KEY", "X_BEARER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    served = tmp_path / "site"
    served.mkdir()
    _parameterized_notebook(
        served / "huggingtweets-demo.ipynb",
        {"out_dir": str(tmp_path / "out"), "wandb_mode": "disabled", "num_posts": 3},
    )
    port = _free_port()
    log = open(tmp_path / "voila.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "voila",
            "huggingtweets-demo.ipynb",
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            "--VoilaConfiguration.show_tracebacks=True",
        ],
        cwd=served,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(url + "voila/static/none", timeout=2)  # noqa: S310
                break
            except urllib.error.HTTPError:  # any answer: the server is up
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    log.flush()
                    pytest.fail("Voilà did not start:\n" + (tmp_path / "voila.log").read_text())
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_notebook_in_a_real_browser(voila_url, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    shots = tmp_path / "screenshots"
    shots.mkdir()
    script_file = _script_posts(tmp_path / "tricky.txt")
    dialogs: list[str] = []
    timings: dict[str, float] = {}
    start = time.time()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1400})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            # Nothing leaves the machine: only the local Voilà server answers.
            page.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith(voila_url) else route.abort()
                ),
            )
            page.goto(voila_url, wait_until="domcontentloaded", timeout=120_000)
            download = _button(page, "Download posts")
            expect(download).to_be_visible(timeout=120_000)
            timings["page"] = time.time() - start
            expect(page.get_by_text("a bot that writes like someone's posts")).to_be_visible()
            train = _button(page, "Train")
            generate = _button(page, "Generate")
            publish = _button(page, "Publish")
            expect(train).to_be_disabled()
            expect(generate).to_be_disabled()
            expect(publish).to_be_disabled()

            # Step 1: a friendly line for an empty form, then the bundled sample account.
            download.click()
            expect(page.locator(".ht-error-line", has_text="No account given")).to_be_visible(
                timeout=30_000
            )
            expect(download).to_be_enabled()
            page.get_by_placeholder("e.g. @user@mastodon.social").fill("sample")
            download.click()
            expect(page.get_by_text("posts ready to train on")).to_be_visible(timeout=60_000)
            expect(page.get_by_text("Posts downloaded")).to_be_visible()
            expect(train).to_be_enabled()
            page.screenshot(path=str(shots / "1-posts.png"), full_page=True)
            timings["download"] = time.time() - start

            # Step 2: the fast test model, a few steps set in the Advanced fold.
            base = page.get_by_label("Base model")
            base.fill(os.environ.get("HUGGINGTWEETS_BROWSER_MODEL", "tiny"))
            base.press("Tab")
            page.get_by_text("Advanced", exact=True).click()
            steps = page.get_by_label("Max steps")
            expect(steps).to_be_visible()
            steps.fill(os.environ.get("HUGGINGTWEETS_BROWSER_STEPS", "2"))
            steps.press("Enter")
            train.click()
            expect(page.get_by_text("Perplexity on held-out posts")).to_be_visible(timeout=600_000)
            expect(page.get_by_text("Done: go on to step 3.")).to_be_visible()
            expect(generate).to_be_enabled()
            expect(publish).to_be_enabled()
            timings["train"] = time.time() - start

            # Step 3: a table of posts with share links; again without retraining.
            page.get_by_label("Start of sentence").fill("My dream is")
            generate.click()
            table = page.locator("table", has_text="Generated post")
            expect(table).to_be_visible(timeout=240_000)
            expect(table.locator("tr")).to_have_count(4)  # header + 3 posts
            x_href = table.get_by_role("link", name="X").first.get_attribute("href")
            bsky_href = table.get_by_role("link", name="Bluesky").first.get_attribute("href")
            assert x_href.startswith("https://x.com/intent/post?text=") and " " not in x_href
            assert bsky_href.startswith("https://bsky.app/intent/compose?text=")
            posts_text = table.inner_text()
            assert "My dream is" in posts_text
            page.screenshot(path=str(shots / "3-generate.png"), full_page=True)
            page.get_by_label("Start of sentence").fill("Tonight the sky")
            generate.click()
            expect(page.locator("table", has_text="Tonight the sky")).to_be_visible(timeout=240_000)
            expect(generate).to_be_enabled()
            timings["generate"] = time.time() - start

            # Step 4: the token box is a password field and never echoes.
            token = page.get_by_label("HF token")
            assert token.get_attribute("type") == "password"
            expect(page.get_by_label("Repo id")).not_to_have_value("")  # prefilled

            # A post with <script> shows as text and never runs.
            page.get_by_placeholder("e.g. name.bsky.social").fill(str(script_file))
            download.click()
            expect(page.get_by_text(SCRIPT_TAG).first).to_be_visible(timeout=60_000)
            assert page.evaluate("window.__pwned") is None
            assert dialogs == []
            page.screenshot(path=str(shots / "4-escaped.png"), full_page=True)
        finally:
            browser.close()
    print(f"screenshots: {shots}; timings (s from start): {timings}")
    if os.environ.get("HUGGINGTWEETS_UPDATE_SCREENSHOT") == "1":
        (ROOT / "img").mkdir(exist_ok=True)
        shutil.copyfile(shots / "3-generate.png", ROOT / "img" / "example.png")
