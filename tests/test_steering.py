"""Per-author steering and the "how much it sounds like them" report, on the tiny model.

The plumbing: author tags in the training text (and none for one account: the text is
byte-identical to before), `generate --as` prompts, the card's widget examples and usage, the
report's fields in training.json / the card / `evaluate --json`, the notebook's dropdown, and a
steered model published to the local Hub and run with a plain `pipeline('text-generation')`.
Whether the steering *works* is the slow test's job (tests/test_steering_slow.py, SmolLM2).
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from pathlib import Path

import pytest

from huggingtweets import cli
from huggingtweets.dataset import (
    AUTHORS_FILE,
    TAG_FRACTION,
    Authors,
    author_tag,
    from_text,
    make_training_text,
)
from huggingtweets.errors import UserError
from huggingtweets.evaluate import (
    Evaluation,
    attribution_classifier,
    distinct_bigrams,
    evaluate,
    load_evaluation,
    mean_words,
)
from huggingtweets.generate import GenerateOptions, generate

MARA, DEX = "maraquill_sky", "dex_on_wheels"
TOKEN = "hf_" + "abcdefghijklmnopqrstuvwxyzABCDEFGH"


def numbered_posts(n: int = 120) -> list[str]:
    return [
        f"Post number {i}: the tide was {'high' if i % 3 else 'low'} and the bread was {i % 7} hours in."
        for i in range(n)
    ]


# ---------------------------------------------------------------------------- the training text


def test_single_account_text_is_byte_identical_to_before():
    """Hashes made with the code before author tags existed (commit 2094a9e): same bytes."""
    posts = numbered_posts()
    before = make_training_text([posts], epochs=4, seed=1234)
    with_handle = make_training_text([posts], epochs=4, seed=1234, handles=["someone"])
    for t in (before, with_handle):
        assert hashlib.sha256(t.train.encode()).hexdigest() == (
            "eb3769ee771e5f9d2f750a7e80e1e19a572492321ee284ef339d26fcf79fa974"
        )
        assert hashlib.sha256(t.valid.encode()).hexdigest() == (
            "96de05403c37772a52f495b24c6a29cf33a1340072cc8170486fa0a56813cd60"
        )
        assert (t.train_posts, t.valid_posts, t.authors) == (456, 6, None)
    # Several accounts without handles (the old call): the old text too.
    old = make_training_text([posts, posts[:50]], epochs=2, seed=99)
    assert hashlib.sha256(old.train.encode()).hexdigest() == (
        "dc159ea0f095aa59a7d03f70c38401654d1b1d5f15c4f841ca5c69bc1f34c3de"
    )


def test_several_accounts_tag_part_of_the_posts_with_their_author():
    a = [f"alpha writes post {i} about the harbour and the sea today" for i in range(80)]
    b = [f"beta writes post {i} about bikes and synths tonight lol" for i in range(60)]
    plain = make_training_text([a, b], epochs=3, seed=7)
    tagged = make_training_text([a, b], epochs=3, seed=7, handles=["Alpha", "beta"])
    assert author_tag("Alpha") == "@Alpha: " and author_tag("@beta") == "@beta: "
    old_posts, new_posts = from_text(plain.train), from_text(tagged.train)
    assert len(old_posts) == len(new_posts) == tagged.train_posts
    n_tagged = 0
    for old, new in zip(old_posts, new_posts, strict=True):
        if new == old:
            continue
        n_tagged += 1
        tag = "@Alpha: " if old.startswith("alpha") else "@beta: "  # the right author's tag
        assert new == tag + old
    share = n_tagged / len(new_posts)
    assert abs(share - TAG_FRACTION) < 0.06, share  # part of the posts, not all
    assert tagged.valid == plain.valid and "@" not in tagged.valid  # held out: untagged
    # Seeded: the same seed tags the same posts; another seed others.
    assert (
        make_training_text([a, b], epochs=3, seed=7, handles=["Alpha", "beta"]).train
        == tagged.train
    )
    assert (
        make_training_text([a, b], epochs=3, seed=8, handles=["Alpha", "beta"]).train
        != tagged.train
    )
    authors = tagged.authors
    assert authors.handles == ["Alpha", "beta"] and authors.tags == ["@Alpha: ", "@beta: "]
    assert sorted(authors.train[0] + authors.valid[0]) == sorted(a)
    assert sorted(authors.train[1] + authors.valid[1]) == sorted(b)
    assert Authors.from_json(json.loads(json.dumps(authors.to_json()))) == authors


def test_download_writes_authors_only_for_several_accounts(tmp_path):
    from huggingtweets.download import DownloadOptions, download

    one = download(["sample"], tmp_path / "one", DownloadOptions(seed=3))
    assert not (tmp_path / "one" / AUTHORS_FILE).exists()
    assert "@maraquill_sky: " not in Path(one.train_file).read_text(encoding="utf-8")
    two = download(["sample", "sample2"], tmp_path / "two", DownloadOptions(seed=3))
    authors = Authors.load(tmp_path / "two")
    assert authors is not None and authors.handles == [MARA, DEX]
    text = Path(two.train_file).read_text(encoding="utf-8")
    assert (
        text.count(f"<|endoftext|>@{MARA}: ") > 100 and text.count(f"<|endoftext|>@{DEX}: ") > 100
    )
    # The same folder downloaded again with one account: no stale authors file.
    download(["sample"], tmp_path / "two", DownloadOptions(seed=3))
    assert not (tmp_path / "two" / AUTHORS_FILE).exists()


# ---------------------------------------------------------------------------- the measures


def test_distinct_bigrams_and_length():
    assert distinct_bigrams(["a b c", "a b d"]) == pytest.approx(3 / 4)
    assert distinct_bigrams(["same words here"] * 4) == pytest.approx(2 / 8)
    assert distinct_bigrams(["one"]) is None
    assert mean_words(["one two", "three four five six"]) == 3.0
    assert mean_words([]) is None


def test_attribution_classifier_tells_two_voices_apart():
    rng = random.Random(0)
    sea = "harbour tide lighthouse bread loaf telescope stars moon gulls library".split()
    bike = "chain tyre dispatch synth pothole ramen shift courier brakes rain".split()
    a = [" ".join(rng.choice(sea) for _ in range(8)).capitalize() + "." for _ in range(40)]
    b = [" ".join(rng.choice(bike) for _ in range(8)) for _ in range(40)]
    clf = attribution_classifier([a, b])
    assert list(
        clf.predict(["The tide and the lighthouse at night.", "ramen after the shift lol"])
    ) == [0, 1]


# ---------------------------------------------------------------------------- a steered model


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("WANDB_MODE", "disabled")
    yield
    mp.undo()


def _train(sources, out: Path):
    from huggingtweets.download import DownloadOptions
    from huggingtweets.pipeline import TrainOptions, run

    run(
        sources,
        out,
        TrainOptions(
            base_model="tiny",
            max_steps=2,
            block_size=64,
            wandb_mode="disabled",
            sample_generations=2,
            sample_max_new_tokens=16,
            evaluation_posts=3,
            seed=5,
        ),
        download_options=DownloadOptions(seed=5, epochs=1),
    )
    return out


@pytest.fixture(scope="module")
def steered(env, tmp_path_factory) -> Path:
    return _train(["sample", "sample2"], tmp_path_factory.mktemp("steered") / "model")


@pytest.fixture(scope="module")
def single(env, tmp_path_factory) -> Path:
    return _train(["sample"], tmp_path_factory.mktemp("single") / "model")


def _training(model: Path) -> dict:
    return json.loads((model / "training.json").read_text(encoding="utf-8"))


@pytest.mark.torch
def test_training_record_names_the_tags_and_holds_the_report(steered, single):
    t = _training(steered)
    assert t["steering"] == {
        "tag_fraction": TAG_FRACTION,
        "tags": {MARA: f"@{MARA}: ", DEX: f"@{DEX}: "},
    }
    report = load_evaluation(t)
    assert Evaluation.from_json(report.to_json()) == report
    assert [a.handle for a in report.authors] == [MARA, DEX]
    assert report.generated_posts == 9  # 3 voices x 3 posts (none empty from this model)
    assert report.attribution_chance == 0.5
    for a in report.authors:
        assert a.held_out_posts > 0 and a.generated_posts == 3
        for x in (a.loss_own_tag, a.loss_other_tags, a.loss_untagged, a.attribution):
            assert isinstance(x, float)
    for key in ("copy_rate", "distinct_bigrams_generated", "distinct_bigrams_real",
                "words_generated", "words_real", "attribution_score", "classifier_accuracy"):  # fmt: skip
        assert isinstance(getattr(report, key), float), key
    assert set(report.blend_attribution) == {MARA, DEX}
    assert report.perplexity == pytest.approx(t["perplexity"], rel=1e-4)
    # One account: no steering, a report without the per-author tag lines.
    t1 = _training(single)
    assert "steering" not in t1
    r1 = load_evaluation(t1)
    assert len(r1.authors) == 1 and r1.authors[0].loss_own_tag is None
    assert r1.attribution_score is None and r1.generated_posts == 3


@pytest.mark.torch
def test_as_author_prompts_with_the_tag_and_hides_it(steered):
    """`--as @handle` decodes after `separator + '@handle: ' + prompt`: the same tokens as
    decoding that prompt by hand with the same seed; the post shown starts with the prompt."""
    import torch
    from transformers import set_seed

    from huggingtweets.generate import NucleusSampler, decode, load_model

    result = generate(
        steered,
        GenerateOptions(prompt="My dream is", num=3, max_new_tokens=12, seed=9, author=f"@{DEX}"),
    )
    assert result.author == f"@{DEX}" and result.to_json()["author"] == f"@{DEX}"
    loaded = load_model(steered)
    tok = loaded["tokenizer"]
    ids = [loaded["separator_id"]] + tok(f"@{DEX}: My dream is", add_special_tokens=False)[
        "input_ids"
    ]
    set_seed(9)
    with torch.inference_mode():
        rows = decode(
            loaded["model"],
            torch.tensor([ids] * 3),
            12,
            10,
            loaded["stop_ids"],
            NucleusSampler(1.0, 0.95),
        )
    for g, new in zip(result.generations, rows, strict=True):
        full = tok.decode(ids[1:] + new, skip_special_tokens=True).split("\n")[0].strip()
        assert full == f"@{DEX}: {g.text}"
        assert g.text.startswith("My dream is") and "@dex_on_wheels" not in g.text
    # Handles match without '@' and in any case; 'blend' is no tag at all.
    again = generate(
        steered, GenerateOptions(num=3, max_new_tokens=12, seed=9, author="DEX_ON_WHEELS")
    )
    assert again.texts == result.texts
    blend = generate(steered, GenerateOptions(num=3, max_new_tokens=12, seed=9, author="blend"))
    plain = generate(steered, GenerateOptions(num=3, max_new_tokens=12, seed=9))
    assert blend.texts == plain.texts and blend.author is None and "author" not in blend.to_json()


@pytest.mark.torch
def test_unknown_author_is_one_line_listing_the_choices(steered, single, capsys):
    with pytest.raises(UserError) as e:
        generate(steered, GenerateOptions(author="@nobody"))
    assert str(e.value) == (
        f"--as @nobody: not an author of this model; choose one of blend, @{MARA}, @{DEX}."
    )
    capsys.readouterr()
    assert cli.main(["generate", str(steered), "--as", "@nobody", "-n", "1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"error: --as @nobody: not an author of this model; choose one of blend, @{MARA}, @{DEX}."
    ]
    # A one-account model writes as its only author (the blend), and knows no one else.
    assert (
        generate(single, GenerateOptions(num=1, max_new_tokens=4, author=f"@{MARA}")).author is None
    )
    with pytest.raises(UserError, match=rf"choose one of blend, @{MARA}\.$"):
        generate(single, GenerateOptions(num=1, author=f"@{DEX}"))


@pytest.mark.torch
def test_cli_generate_as_author(steered, capsys):
    capsys.readouterr()
    rc = cli.main(
        [
            "generate",
            str(steered),
            "--as",
            f"@{MARA}",
            "-n",
            "2",
            "--max-new-tokens",
            "8",
            "--seed",
            "1",
            "--json",
        ]
    )
    out = capsys.readouterr().out
    assert rc == 0
    data = json.loads(out)
    assert data["author"] == f"@{MARA}" and data["prompt"] == "My dream is"
    assert all(g["text"].startswith("My dream is") for g in data["generations"])


def _front_matter(model: Path) -> dict:
    from huggingface_hub import ModelCard

    return ModelCard((model / "README.md").read_text(encoding="utf-8")).data.to_dict()


@pytest.mark.torch
def test_card_widget_examples_usage_and_evaluation(steered, single):
    meta = _front_matter(steered)
    assert meta["widget"] == [
        {"text": "My dream is", "example_title": "Blend"},
        {"text": f"@{MARA}: My dream is", "example_title": f"As @{MARA}"},
        {"text": f"@{DEX}: My dream is", "example_title": f"As @{DEX}"},
    ]
    card = (steered / "README.md").read_text(encoding="utf-8")
    usage = card.split("## How to use", 1)[1].split("## Limitations", 1)[0]
    for handle in (MARA, DEX):
        assert f'generator("@{handle}: My dream is", num_return_sequences=5)' in usage
        assert f'[len("@{handle}: "):]' in usage
    evaluation = card.split("## Evaluation", 1)[1].split("## Hyperparameters", 1)[0]
    assert "| Author | Own tag | Other tags | Untagged | Attributed to them |" in evaluation
    assert f"| @{MARA} |" in evaluation and f"| @{DEX} |" in evaluation
    assert "Distinct word bigrams" in evaluation and "Attribution score" in evaluation
    # One account: the original's single widget example and usage snippet, and the report.
    assert _front_matter(single)["widget"] == [{"text": "My dream is"}]
    card1 = (single / "README.md").read_text(encoding="utf-8")
    usage1 = card1.split("## How to use", 1)[1].split("## Limitations", 1)[0]
    assert usage1.count("```python") == 1 and "@" not in usage1
    assert "Distinct word bigrams" in card1 and "Attribution score" not in card1


@pytest.mark.torch
def test_cli_evaluate_json(steered, tmp_path, capsys):
    model = tmp_path / "copy"
    shutil.copytree(steered, model, ignore=shutil.ignore_patterns("checkpoints"))
    before = (model / "README.md").read_text(encoding="utf-8")
    capsys.readouterr()
    assert (
        cli.main(
            ["evaluate", str(model), "-n", "2", "--max-new-tokens", "8", "--seed", "3", "--json"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert len(out.strip().splitlines()) == 1
    data = json.loads(out)
    report = Evaluation.from_json(data)
    assert report.posts_per_voice == 2 and report.seed == 3 and report.generated_posts <= 6
    assert {a["handle"] for a in data["authors"]} == {MARA, DEX}
    assert _training(model)["evaluation"] == data  # stored with the model
    after = (model / "README.md").read_text(encoding="utf-8")
    assert after != before and "Attribution score" in after  # the card shows the new report
    # Without --json: the report as text.
    assert cli.main(["evaluate", str(model), "-n", "1", "--max-new-tokens", "4"]) == 0
    text = capsys.readouterr().out
    assert "held-out perplexity" in text and f"@{DEX}:" in text and "attribution:" in text


@pytest.mark.torch
def test_evaluate_needs_the_training_folder(steered, tmp_path, capsys):
    hub_copy = tmp_path / "from-hub"
    hub_copy.mkdir()
    for f in steered.iterdir():
        if f.is_file():
            shutil.copy(f, hub_copy / f.name)
    with pytest.raises(UserError, match="has no data/train.txt"):
        evaluate(hub_copy)
    capsys.readouterr()
    assert cli.main(["evaluate", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().err.count("error:") == 1


@pytest.mark.torch
def test_notebook_dropdown_table_and_chart(steered, tmp_path):
    from huggingtweets.app import App, evaluation_chart, evaluation_table

    app = App(out_dir=tmp_path / "nb", base_model="tiny")
    assert app.author.layout.display == "none"  # nothing trained yet
    app.session.use_model(steered)
    app._show_evaluation()
    assert app.author.layout.display == ""
    assert [v for _, v in app.author.options] == ["blend", f"@{MARA}", f"@{DEX}"]
    assert "How much it sounds like them" in app.train_result.value
    assert app.evaluation_image.value[:8] == b"\x89PNG\r\n\x1a\n"
    app.author.value = f"@{DEX}"
    app.num.value, app.length.value = 2, 8
    assert app.on_generate() is True, app.last_error
    assert len(app.generations) == 2 and all(
        g.text.startswith("My dream is") for g in app.generations
    )
    # Escaped: a hostile handle never lands as HTML.
    report = app.training.evaluation
    report.authors[0].handle = "<img src=x onerror=alert(1)>"
    assert "<img" not in evaluation_table(report)
    assert evaluation_chart(report)[:4] == b"\x89PNG"


@pytest.mark.torch
def test_published_steered_model_works_with_a_plain_pipeline(steered, tmp_path, monkeypatch):
    """Publish to the local Hub, download it with huggingface_hub, and run the card's widget
    examples through `pipeline('text-generation')`, as a Hub user would."""
    from hub_server import HubServer
    from huggingface_hub import snapshot_download
    from transformers import pipeline

    from huggingtweets.pipeline import PublishRequest, publish_model

    with HubServer(tokens={TOKEN: "alice"}) as hub:
        hub.patch(monkeypatch)
        monkeypatch.setenv("HF_TOKEN", TOKEN)
        publish_model(steered, PublishRequest(repo_id="alice/cyborg"))
        local = snapshot_download("alice/cyborg", token=TOKEN, cache_dir=str(tmp_path / "hf"))
    meta = _front_matter(Path(local))
    prompts = [w["text"] for w in meta["widget"]]
    assert prompts == ["My dream is", f"@{MARA}: My dream is", f"@{DEX}: My dream is"]
    generator = pipeline("text-generation", model=local)
    for prompt in prompts:
        out = generator(prompt, num_return_sequences=2, max_new_tokens=12, do_sample=True)
        assert len(out) == 2
        for o in out:
            assert o["generated_text"].startswith(prompt) and len(o["generated_text"]) > len(prompt)
    # The usage snippet's slicing leaves the post without its tag.
    post = out[0]["generated_text"][len(f"@{DEX}: ") :]
    assert post.startswith("My dream is")


@pytest.mark.torch
def test_demo_blend_shows_each_voice_and_the_report(steered):
    """`demo --blend`'s last step on a steered model (the real demo trains SmolLM2: slow)."""
    from huggingtweets import demo

    lines: list[str] = []
    voices = demo._show_voices(steered, _training(steered), lambda *a: lines.append(" ".join(a)))
    assert list(voices) == ["blend", f"@{MARA}", f"@{DEX}"]
    for voice, posts in voices.items():
        assert len(posts) == demo.BLEND_POSTS
        if voice == "blend":  # the blend has no tag: it starts from the demo's prompt
            assert all(p["text"].startswith(demo.DEMO_PROMPT) for p in posts)
        else:  # each author from their tag alone, which is not part of the post
            assert not any(p["text"].startswith((voice, demo.DEMO_PROMPT)) for p in posts)
    text = "\n".join(lines)
    assert f"  as @{DEX}:" in text and "attribution:" in text
    assert cli.build_parser().parse_args(["demo", "--blend"]).blend is True
    assert cli.build_parser().parse_args(["demo"]).blend is False


def test_the_second_sample_is_built_from_its_posts_file_and_labelled_fictional():
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, str(root / "scripts" / "make_sample.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    readme = (root / "huggingtweets" / "data" / "sample2" / "README.txt").read_text(
        encoding="utf-8"
    )
    assert "FICTIONAL" in readme and "@dex_on_wheels" in readme and "`sample2`" in readme
