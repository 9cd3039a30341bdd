"""The notebook's widgets driven in-process: click handlers, button states, escaped output.

Training, generation and publishing are replaced by small fakes here (their own tests
cover them; the notebook test runs the real thing), so these run in seconds and pin the
app's behaviour: buttons, errors, escaping, tokens.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
import types
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

from huggingtweets import app as app_module
from huggingtweets.app import App, get_app, share_links
from huggingtweets.errors import UserError

SCRIPT_POST = "<script>alert('x')</script> is what I typed & it worked fine today"
WORDS = (
    "the sky tonight is clear and I can see the moon over the harbour with fresh bread "
    "from the oven while the library closes early on a quiet rainy sunday"
).split()


@pytest.fixture
def posts_file(tmp_path: Path) -> Path:
    """401 posts, each with markup in it: whichever the preview shows must show escaped."""
    rng = random.Random(7)
    lines = [SCRIPT_POST] + [
        f"<i>{i}</i> & " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 16)))
        for i in range(400)
    ]
    path = tmp_path / "mara.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def app(tmp_path: Path, posts_file: Path) -> App:
    return App(out_dir=tmp_path / "out", sources=[str(posts_file)], wandb_mode="disabled")


# ----------------------------------------------------------------------------- fakes


@dataclass
class FakeState:
    global_step: int = 0
    max_steps: int = 4


@dataclass
class FakePublishRequest:  # pipeline.PublishRequest's fields
    repo_id: str | None = None
    private: bool = False
    token: str | None = None


@dataclass
class FakeTrainOptions:
    base_model: str = "gpt2"
    max_steps: int | None = None
    learning_rate: float | None = None
    lora: bool = False
    wandb_mode: str | None = None
    auto_resume: bool = False
    progress: bool = True


@dataclass
class FakeGeneration:
    text: str
    copied_from_training: bool = False


@dataclass
class FakeGenerateOptions:
    prompt: str = "My dream is"
    num: int = 10
    temperature: float = 1.0
    top_p: float = 0.95
    max_new_tokens: int = 160
    seed: int | None = None
    author: str | None = None


@dataclass
class FakeResult:
    generations: list = field(default_factory=list)


def install_fakes(monkeypatch, calls: dict, app: App | None = None, fail_train=None):
    """Fake train / generate / publish modules that behave like the contracts say."""

    def train(sources, out_dir, options, download_options=None, callbacks=None):
        calls["train"] = {"sources": sources, "options": options, "callbacks": callbacks}
        if app is not None:
            calls["buttons_during_train"] = _buttons(app)
        if fail_train:
            raise fail_train
        state = FakeState()
        for cb in callbacks or []:
            cb.on_train_begin(None, state, None)
            for step in range(1, 5):
                state.global_step = step
                cb.on_step_end(None, state, None)
                cb.on_log(None, state, None, logs={"loss": 5.0 - step})
            cb.on_log(None, state, None, logs={"eval_loss": 1.5})
            cb.on_train_end(None, state, None)
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        (out / "training.json").write_text(
            json.dumps(
                {
                    "base_model": options.base_model,
                    "base_model_name": "Tiny <b>model</b>",
                    "steps": 4,
                    "seconds": 1.5,
                    "perplexity": 4.48,
                    "base_perplexity": 50257.0,
                    "wandb": {"mode": "disabled"},
                }
            )
        )
        (out / "README.md").write_text("# card with <script>alert(1)</script>\n")
        return types.SimpleNamespace(model_dir=str(out))

    def generate(model_dir, options):
        calls["generate"] = options
        return FakeResult(
            [
                FakeGeneration(f"{options.prompt} <script>alert('g')</script> & more"),
                FakeGeneration("a copied post", copied_from_training=True),
            ]
        )

    def publish_model(model_dir, request):
        assert isinstance(request, FakePublishRequest)  # the pipeline's request, not kwargs
        calls["publish"] = asdict(request)
        if request.token == "hf_failfailfailfailfailfailfail":
            raise RuntimeError(f"401 for token {request.token}")
        return types.SimpleNamespace(url=f"https://huggingface.co/{request.repo_id}")

    for name, attrs in {
        "huggingtweets.pipeline": {
            "TrainOptions": FakeTrainOptions,
            "run": train,
            "PublishRequest": FakePublishRequest,
            "publish_model": publish_model,
        },
        "huggingtweets.generate": {"GenerateOptions": FakeGenerateOptions, "generate": generate},
    }.items():
        monkeypatch.setitem(sys.modules, name, types.SimpleNamespace(**attrs))


def _buttons(app: App) -> dict:
    return {
        "download": app.download_button.disabled,
        "train": app.train_button.disabled,
        "generate": app.generate_button.disabled,
        "publish": app.publish_button.disabled,
    }


# ----------------------------------------------------------------------------- step 1


def test_initial_state_only_download_enabled(app):
    assert _buttons(app) == {"download": False, "train": True, "generate": True, "publish": True}
    assert app.prompt.value == "My dream is"
    assert app.tracking.value == "disabled"
    assert app.advanced.selected_index is None  # folded


def test_download_shows_escaped_posts_counts_and_chart(app):
    assert app.on_download() is True, app.last_error
    assert _buttons(app) == {"download": False, "train": False, "generate": True, "publish": True}
    html_out = app.posts_html.value
    shown = re.findall(r'<td class="ht-post">(.*?)</td>', html_out)
    assert len(shown) == 5 and len(set(shown)) == 5  # a few of the posts kept
    assert all(re.match(r"&lt;i&gt;\d+&lt;/i&gt; &amp; \w|&lt;script&gt;", p) for p in shown)
    assert "<i>" not in html_out and "<script>alert" not in html_out
    train_text = (app.data_dir / "train.txt").read_text(encoding="utf-8")
    assert all(html.unescape(p) in train_text for p in shown)  # what download wrote
    assert "Posts downloaded" in html_out and "Posts kept" in html_out
    assert "@mara" in html_out
    assert app.counts_image.value[:8] == b"\x89PNG\r\n\x1a\n"
    assert app.counts_image.layout.display != "none"
    assert "posts ready to train on" in app.download_status.value
    assert app.repo_id.value == "mara"  # prefilled from the handles
    assert app.dataset.accounts[0].counts.downloaded == 401
    assert "downloaded 401" in app.text_summary("download")
    assert app.download_error.value == ""


def test_download_error_is_one_friendly_line_and_buttons_come_back(app):
    app.source_boxes[0].value = ""
    assert app.on_download() is False
    assert app.last_error.startswith("No account given")
    assert "<details>" in app.download_error.value
    assert _buttons(app)["download"] is False
    assert _buttons(app)["train"] is True


def test_unknown_source_user_error(app, tmp_path):
    app.source_boxes[0].value = str(tmp_path / "missing.txt")
    assert app.on_download() is False
    assert "No file or folder" in app.last_error
    assert "Traceback" in app.download_error.value  # folded away in <details>
    assert app.download_error.value.index("<details>") < app.download_error.value.index("Traceback")


def test_unexpected_error_short_line_with_details(app, monkeypatch):
    import huggingtweets.download as download_module

    def boom(*a, **k):
        raise ValueError("x" * 1000 + " <b>bold</b>")

    monkeypatch.setattr(download_module, "download", boom)
    assert app.on_download() is False
    assert app.last_error.startswith("Something went wrong (ValueError")
    assert len(app.last_error) < 260
    assert "<b>bold</b>" not in app.download_error.value
    assert _buttons(app)["download"] is False


def test_buttons_disabled_while_download_runs(app, monkeypatch):
    import huggingtweets.download as download_module

    real = download_module.download
    seen = {}

    def spy(*a, **k):
        seen.update(_buttons(app))
        return real(*a, **k)

    monkeypatch.setattr(download_module, "download", spy)
    assert app.on_download()
    assert seen == {"download": True, "train": True, "generate": True, "publish": True}


def browser_upload(upload, files: list[tuple[str, bytes]]) -> None:
    """Files chosen in a FileUpload, as the installed ipywidgets' browser side sends them:
    8.x sets `value` (a list of files); 7.x (Colab's 7.7.1) sets `metadata` and `data` and
    counts up `_counter`, from which the kernel side rebuilds `value` (a dict by name)."""
    import ipywidgets

    stamp = 1_700_000_000_000
    meta = [{"name": n, "type": "text/plain", "size": len(c)} for n, c in files]
    if ipywidgets.__version__.startswith("7."):
        upload.set_state(
            {
                "metadata": [{**m, "lastModified": stamp} for m in meta],
                "data": [memoryview(c) for _, c in files],
                "_counter": upload._counter + len(files),
            }
        )
    else:
        upload.set_state(
            {
                "value": [
                    {**m, "last_modified": stamp, "content": memoryview(c)}
                    for m, (_, c) in zip(meta, files, strict=True)
                ]
            }
        )


def test_upload_saves_file_and_fills_a_box(app, posts_file):
    app.source_boxes[0].value = ""
    content = posts_file.read_bytes()
    browser_upload(app.upload, [("../../evil name.txt", content)])
    saved = app.upload_dir / "evil_name.txt"
    assert saved.read_bytes() == content
    assert app.source_boxes[0].value == str(saved)
    assert "Saved evil_name.txt" in app.upload_status.value
    assert len(app.upload.value) == 0  # memory freed, the file is on disk
    assert not getattr(app.upload, "data", None) and not getattr(app.upload, "_counter", 0)
    browser_upload(app.upload, [("evil name.txt", content)])
    assert app.sources == [str(saved)]  # the same file again fills no second box
    assert "Saved evil_name.txt" in app.upload_status.value
    assert app.on_download(), app.last_error


def test_too_many_sources_refused(tmp_path):
    with pytest.raises(UserError):
        App(out_dir=tmp_path, sources=["a", "b", "c", "d"])


# ----------------------------------------------------------------------------- step 2-4


def test_train_generate_publish_flow(app, monkeypatch):
    calls: dict = {}
    install_fakes(monkeypatch, calls, app)
    assert app.on_generate() is False  # nothing trained yet (also disabled)
    assert app.on_download()
    app.base_model.value = "tiny"
    app.max_steps.value = 7
    app.lora.value = True
    assert app.on_train() is True, app.last_error

    opts = calls["train"]["options"]
    assert (opts.base_model, opts.max_steps, opts.lora, opts.wandb_mode) == (
        "tiny",
        7,
        True,
        "disabled",
    )
    assert calls["train"]["sources"] == [str(app.data_dir)]
    assert calls["buttons_during_train"] == {
        "download": True,
        "train": True,
        "generate": True,
        "publish": True,
    }
    # the TrainerCallback drove the progress bar, the status line and the loss plot
    assert (app.train_progress.value, app.train_progress.max) == (4, 4)
    assert app.live.train_losses == [(1, 4.0), (2, 3.0), (3, 2.0), (4, 1.0)]
    assert app.live.valid_losses == [(4, 1.5)]
    assert app.loss_image.value[:4] == b"\x89PNG"
    assert "50,257.00 → 4.48" in app.train_result.value
    assert "Tiny &lt;b&gt;model&lt;/b&gt;" in app.train_result.value
    assert _buttons(app) == {"download": False, "train": False, "generate": False, "publish": False}

    app.prompt.value = "My <i>dream</i>"
    app.num.value = 2
    assert app.on_generate() is True, app.last_error
    assert calls["generate"].num == 2 and calls["generate"].prompt == "My <i>dream</i>"
    table = app.generate_html.value
    assert "My &lt;i&gt;dream&lt;/i&gt; &lt;script&gt;alert(&#x27;g&#x27;)&lt;/script&gt;" in table
    assert "<script>" not in table and "<i>dream" not in table
    assert "copies a training post" in table
    text = app.generations[0].text
    assert quote(text, safe="") in table.replace("&amp;", "&")
    assert "https://x.com/intent/post?text=" in table
    assert "https://bsky.app/intent/compose?text=" in table
    # rerunnable without retraining
    assert app.on_generate() is True
    assert "1. My <i>dream</i>" in app.text_summary("generate")

    secret = "hf_abcdefghijklmnopqrstuvwxyz123456"
    app.token.value = secret
    app.private.value = True
    assert app.on_publish() is True, app.last_error
    # the prefilled name: publish's own default (your namespace and the handles)
    assert calls["publish"] == {"repo_id": None, "private": True, "token": secret}
    assert app.token.value == ""  # never kept in the widget
    assert "https://huggingface.co/None" in app.publish_html.value  # the fake's URL
    assert "&lt;script&gt;alert(1)" in app.publish_html.value  # card preview escaped
    # republish uses the remembered token without echoing it; a full repo id goes as typed
    app.repo_id.value = "someone/my-bot"
    assert app.on_publish() is True
    assert calls["publish"]["token"] == secret
    assert calls["publish"]["repo_id"] == "someone/my-bot"
    assert "https://huggingface.co/someone/my-bot" in app.publish_html.value
    for w in _all_widgets(app):
        assert secret not in str(getattr(w, "value", ""))


def test_publish_error_never_shows_the_token(app, monkeypatch):
    calls: dict = {}
    install_fakes(monkeypatch, calls, app)
    assert app.on_download() and app.on_train()
    bad = "hf_failfailfailfailfailfailfail"
    app.token.value = bad
    assert app.on_publish() is False
    assert bad not in app.publish_error.value and bad not in app.last_error
    assert "***" in app.last_error
    assert app.publish_button.disabled is False


def test_train_failure_reenables_and_keeps_generate_off(app, monkeypatch):
    calls: dict = {}
    install_fakes(
        monkeypatch, calls, app, fail_train=UserError("Out of memory: pick a smaller model.")
    )
    assert app.on_download()
    assert app.on_train() is False
    assert app.last_error == "Out of memory: pick a smaller model."
    assert _buttons(app) == {"download": False, "train": False, "generate": True, "publish": True}
    assert app.train_progress.layout.visibility == "hidden"


def test_changed_epochs_rebuild_training_text(app, monkeypatch):
    calls: dict = {}
    install_fakes(monkeypatch, calls, app)
    assert app.on_download()
    app.epochs.value = 2
    assert app.on_train(), app.last_error
    assert app.dataset.epochs == 2


def test_run_all_prints_generations(app, monkeypatch, capsys):
    install_fakes(monkeypatch, {}, app)
    texts = app.run_all()
    out = capsys.readouterr().out
    assert texts and texts[0].startswith("My dream is")
    assert "== generate" in out and "1. My dream is <script>" in out  # plain text, not HTML


def test_run_all_raises_on_failure(tmp_path, monkeypatch):
    install_fakes(monkeypatch, {})
    app = App(out_dir=tmp_path / "o", sources=[str(tmp_path / "nothing.txt")])
    with pytest.raises(RuntimeError, match="download failed: No file or folder"):
        app.run_all()


def test_get_app_keeps_state_when_a_cell_is_rerun(tmp_path):
    a = get_app(out_dir=str(tmp_path), sources=["sample"])
    a.dataset = "kept"
    assert get_app(out_dir=str(tmp_path), sources=["sample"]) is a
    assert get_app(out_dir=str(tmp_path), sources=["other"]) is not a
    assert a.posts_step() is a.posts_step()


def test_share_links_are_url_encoded():
    links = share_links("a & b <c> #tag?x=1")
    for url in links.values():
        assert " " not in url and "&" not in url.split("?text=", 1)[1]
        assert "<" not in url and "#" not in url


def test_runtime_check_says_what_each_runtime_has(capsys, monkeypatch):
    """Without torch: the install cell's hint; without a GPU: how to get one, and it goes on;
    with one (test_precision.py fakes a T4): its name and how it trains."""
    with monkeypatch.context() as m:
        m.setitem(sys.modules, "torch", None)  # import torch fails
        msg = app_module.check_runtime()
    assert msg == "⚠️ PyTorch is not installed: run the install cell above."
    assert capsys.readouterr().out == msg + "\n"
    torch = pytest.importorskip("torch")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    msg = app_module.check_runtime()
    assert msg.startswith("ℹ️ No GPU: training will run on the CPU")
    assert "Runtime → Change runtime type → T4 GPU" in msg and "GPU found" not in msg
    assert capsys.readouterr().out == msg + "\n"


def _all_widgets(app: App):
    for value in vars(app).values():
        if hasattr(value, "keys") and hasattr(value, "get_state"):
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if hasattr(v, "get_state"))


def test_publish_bare_repo_name_goes_under_your_namespace(app, monkeypatch):
    import huggingface_hub

    calls: dict = {}
    install_fakes(monkeypatch, calls, app)
    monkeypatch.setattr(huggingface_hub, "whoami", lambda token=None: {"name": "alice"})
    assert app.on_download() and app.on_train()
    app.repo_id.value = "my-bot"
    assert app.on_publish() is True, app.last_error
    assert calls["publish"]["repo_id"] == "alice/my-bot"

    def offline(token=None):
        raise OSError("no network")

    monkeypatch.setattr(huggingface_hub, "whoami", offline)
    assert app.on_publish() is False
    assert "namespace/name" in app.last_error
