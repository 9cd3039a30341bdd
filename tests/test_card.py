"""The model card of a trained model against the original huggingtweets layout (seed card 001,
a fixture in tests/data/seeds: see tests/data/README.md).

The model folder is made once by the real trainer; variants (3 accounts, hostile names, secrets)
edit training.json in a copy and call `card.write_card` again.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest

from huggingtweets import card as card_module
from huggingtweets.card import write_card
from huggingtweets.errors import UserError
from huggingtweets.pipeline import TrainOptions, run

SEED_CARD = Path(__file__).resolve().parent / "data" / "seeds" / "001_8b9638e890fd26df.txt"
REPO_ID = "alice/posts"
TOKEN = "hf_" + "abcdefghijklmnopqrstuvwxyzABCDEFGH"
COUNT_ROWS = [
    ("Tweets downloaded", "downloaded"),
    ("Retweets", "reposts"),
    ("Short tweets", "short"),
    ("Tweets kept", "kept"),
]
# Seed lines that carry the seed account's own values (names, counts, runs, base model); the
# front matter is compared as data (the library writes its YAML).
SEED_VALUE_MARKERS = (
    "i_apx_86",
    "🍮CC🍮",
    "pbs.twimg.com",
    "wandb.ai/wandb/huggingtweets/runs",
    "GPT-2",
    "| Tweets",
    "| Retweets",
    "| Short tweets",
    "*Built by",
)

WORDS = (
    "harbour lantern orchard violin tram market coffee rain garden telescope moon quiet town "
    "sea wind stars notes friends baking bicycle chess library morning walk dog bread warm"
).split()


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("card-model")
    rng = random.Random(11)
    posts = base / "posts.txt"
    posts.write_text(
        "\n".join(
            f"Entry {i}: " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(9, 18))) + "."
            for i in range(100)
        )
        + "\n",
        encoding="utf-8",
    )
    assert len(posts.read_text(encoding="utf-8")) >= 6000
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(base / "cache"))
    mp.setenv("WANDB_MODE", "disabled")
    mp.setenv("HF_HUB_OFFLINE", "1")
    try:
        out = base / "model"
        run(
            [str(posts)],
            out,
            TrainOptions(
                base_model="tiny",
                max_steps=2,
                block_size=32,
                wandb_mode="disabled",
                sample_generations=2,
                sample_max_new_tokens=24,
            ),
        )
    finally:
        mp.undo()
    return out


@pytest.fixture(scope="module")
def card(trained) -> str:
    return write_card(trained, REPO_ID).read_text(encoding="utf-8")


@pytest.fixture
def training(trained) -> dict:
    return json.loads((trained / "training.json").read_text(encoding="utf-8"))


def card_for(trained: Path, tmp_path: Path, training: dict, repo_id: str = REPO_ID) -> str:
    """Write training.json (edited) into a copy of the model's records and render its card."""
    folder = tmp_path / "variant"
    folder.mkdir(exist_ok=True)
    shutil.copy(trained / "generations.json", folder / "generations.json")
    (folder / "training.json").write_text(json.dumps(training), encoding="utf-8")
    return write_card(folder, repo_id).read_text(encoding="utf-8")


def headings(text: str) -> list[str]:
    return re.findall(r"^## (.+?)\s*$", text, re.M)


def cells(row: str) -> list[str]:
    """Cells of a Markdown table row, honouring `\\|` escapes."""
    inner = row.strip()[1:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def table(text: str) -> list[str]:
    start = text.index("| Data |")
    return text[start:].split("\n\n")[0].splitlines()


def avatar_divs(text: str) -> list[str]:
    header = text.split('<div class="flex">\n', 1)[1].split("\n    </div>\n", 1)[0]
    return re.findall(r"<div\s+style=\"([^\"]*)\"", header)


def front_matter(text: str) -> dict:
    from huggingface_hub import ModelCard

    return ModelCard(text).data.to_dict()


def top_keys(text: str) -> list[str]:
    """The front matter's top-level keys, in the order the file has them."""
    return re.findall(r"^([A-Za-z_]+):", text.split("\n---\n", 1)[0], re.M)


def body(text: str) -> str:
    """The card below its front matter."""
    from huggingface_hub import ModelCard

    return ModelCard(text).text


def account(handle: str, name: str, **counts) -> dict:
    base = {
        "source": handle,
        "handle": handle,
        "display_name": name,
        "avatar_url": None,
        "downloaded": 10,
        "reposts": 1,
        "short": 2,
        "kept": 7,
        "replies": 0,
        "characters": 100,
        "kind": "file",
    }
    base.update(counts)
    return base


# ---------------------------------------------------------------------------- layout vs seed


@pytest.mark.torch
def test_same_sections_in_the_same_order_as_the_seed(card):
    seed = headings(SEED_CARD.read_text(encoding="utf-8"))
    assert seed[:5] == [
        "How does it work?",
        "Training data",
        "Training procedure",
        "How to use",
        "Limitations and bias",
    ]
    ours = headings(card)
    assert ours[: len(seed)] == seed
    extra = ours[len(seed) :]
    assert extra, "our extra sections come after the seed's"
    assert not set(extra) & set(seed)


@pytest.mark.torch
def test_fixed_lines_of_the_seed_appear_in_order(card):
    """Every line of the seed's body that is not about the seed's own account is in our card's
    body, in order; the seed's front matter keys and widget are ours (compared as data)."""
    seed = SEED_CARD.read_text(encoding="utf-8")
    lines = body(card).splitlines()
    pos = 0
    compared = 0
    for line in body(seed).splitlines():
        if not line.strip() or any(m in line for m in SEED_VALUE_MARKERS):
            continue
        assert line in lines[pos:], f"seed line missing or out of order: {line!r}"
        pos = lines.index(line, pos) + 1
        compared += 1
    assert compared >= 30  # the seed's fixed lines were read, not skipped
    ours, theirs = front_matter(card), front_matter(seed)
    assert top_keys(card)[: len(theirs)] == top_keys(seed)  # the seed's keys first, in its order
    assert ours["widget"] == theirs["widget"] == [{"text": "My dream is"}]
    assert set(theirs["tags"]) <= set(ours["tags"]) and ours["language"] == theirs["language"]


@pytest.mark.torch
def test_avatar_header_has_three_divs(card):
    styles = avatar_divs(card)
    assert len(styles) == 3
    assert not styles[0].startswith("display:none")
    assert all(s.startswith("display:none") for s in styles[1:])
    assert card.index("---\n\n<div") < card.index("I was made with [huggingtweets]")


@pytest.mark.torch
def test_bot_line_and_names(card, training):
    assert (
        '<div style="text-align: center; margin-top: 3px; font-size: 16px; font-weight: 800">'
        "🤖 AI BOT 🤖</div>" in card
    )
    handle = training["accounts"][0]["handle"]
    assert f'<div style="text-align: center; font-size: 14px;">@{handle}</div>' in card


@pytest.mark.torch
def test_data_table_matches_training_json(card, training):
    rows = table(card)
    accounts = training["accounts"]
    assert len(accounts) == 1
    assert cells(rows[0]) == ["Data", accounts[0]["display_name"]]
    assert cells(rows[1]) == ["---", "---"]
    for row, (label, key) in zip(rows[2:], COUNT_ROWS, strict=True):
        assert cells(row) == [label, str(accounts[0][key])]


@pytest.mark.torch
def test_usage_snippet_holds_the_repo_id(card):
    assert (
        "```python\n"
        "from transformers import pipeline\n"
        "generator = pipeline('text-generation',\n"
        f"                     model='{REPO_ID}')\n"
        'generator("My dream is", num_return_sequences=5)\n'
        "```"
    ) in card


@pytest.mark.torch
def test_front_matter_parses(card):
    data = front_matter(card)
    assert card.startswith("---\nlanguage: en\n")
    assert data["language"] == "en"
    assert "huggingtweets" in data["tags"]
    assert data["widget"] == [{"text": "My dream is"}]
    assert data["thumbnail"].endswith(f"/{REPO_ID}/resolve/main/predictions.png")


# ---------------------------------------------------------------------------- variants


@pytest.mark.torch
def test_three_accounts_make_a_cyborg(trained, tmp_path, training):
    training["accounts"] = [
        account("ada", "Ada", downloaded=11, reposts=1, short=2, kept=8),
        account("bob", "Bob", downloaded=21, reposts=3, short=4, kept=14),
        account(
            "cy",
            "Cy",
            downloaded=31,
            reposts=5,
            short=6,
            kept=20,
            avatar_url="https://x.test/c.png",
        ),
    ]
    text = card_for(trained, tmp_path, training, "alice/ada-bob-cy")
    assert "🤖 AI CYBORG 🤖" in text and "🤖 AI BOT 🤖" not in text
    styles = avatar_divs(text)
    assert len(styles) == 3 and not any(s.startswith("display:none") for s in styles)
    assert "url(&#39;https://x.test/c.png&#39;)" in styles[2]
    rows = table(text)
    assert cells(rows[0]) == ["Data", "Ada", "Bob", "Cy"]
    assert cells(rows[1]) == ["---"] * 4
    for row, (label, key) in zip(rows[2:], COUNT_ROWS, strict=True):
        assert cells(row) == [label] + [str(a[key]) for a in training["accounts"]]
    assert "@ada-bob-cy</div>" in text
    assert "model='alice/ada-bob-cy'" in text
    front_matter(text)


@pytest.mark.torch
def test_hostile_names_are_escaped(trained, tmp_path, training):
    training["accounts"] = [
        account("evil", "<script>alert(1)</script>"),
        account("pipe", "Pi | pe", avatar_url="https://x.test/a.png');background:url(evil\"><b>"),
    ]
    text = card_for(trained, tmp_path, training, "alice/evil-pipe")
    assert "<script>" not in text and "alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>" not in text and "');background" not in text
    styles = avatar_divs(text)
    assert len(styles) == 3 and "url(&#39;https://x.test/a.png%27%29" in styles[1]
    rows = table(text)
    assert len(cells(rows[0])) == 3  # the '|' did not add a column
    assert cells(rows[0])[2].replace("\\|", "|") == "Pi | pe"
    for row in rows[1:]:
        assert len(cells(row)) == 3
    front_matter(text)


@pytest.mark.torch
def test_no_secret_in_the_card(trained, tmp_path, training, monkeypatch):
    wandb_key = "0123456789abcdef0123456789abcdef01234567"
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setenv("WANDB_API_KEY", wandb_key)
    training["accounts"][0]["display_name"] = f"leaky {TOKEN}"
    training["wandb"] = {
        "mode": "online",
        "project": wandb_key,
        "entity": None,
        "preprocess_run_url": f"https://wandb.ai/x/y/runs/{wandb_key}",
        "train_run_url": None,
        "run_dir": None,
    }
    text = card_for(trained, tmp_path, training)
    assert TOKEN not in text and wandb_key not in text
    on_disk = (tmp_path / "variant" / "README.md").read_text(encoding="utf-8")
    assert TOKEN not in on_disk and wandb_key not in on_disk


# ---------------------------------------------------------------------------- the card's machinery


@pytest.mark.torch
def test_front_matter_is_the_librarys_model_card_data(trained, card):
    """The YAML is ModelCardData's own dump (in the seed's key order), and the file is exactly
    what huggingface_hub's ModelCard makes of it: parsing it back changes nothing."""
    from huggingface_hub import ModelCard

    from huggingtweets.records import TrainingRecord

    record = TrainingRecord.load(trained)
    data = card_module.card_data(record, REPO_ID)
    yaml = data.to_yaml(original_order=list(card_module.FRONT_MATTER_KEYS))
    assert card.startswith(f"---\n{yaml}\n---\n\n<div")
    assert str(ModelCard(card)) == card
    assert top_keys(card) == [k for k in card_module.FRONT_MATTER_KEYS if k in data.to_dict()]


def test_unfiltered_template_values_are_still_escaped():
    """Autoescape is on: a value the template forgot to filter cannot inject HTML."""
    env = card_module.environment()
    assert env.from_string("{{ x }}").render(x='<img src=x onerror="a">') == (
        "&lt;img src=x onerror=&#34;a&#34;&gt;"
    )
    assert env.from_string("{{ x | cell }}").render(x="a | <b>") == "a \\| &lt;b&gt;"
    assert env.from_string("{{ x | md_lines }}").render(x="one\n<two>") == "one<br>&lt;two&gt;"


@pytest.mark.torch
def test_write_card_keeps_the_repo_id_its_card_names(trained, tmp_path, training):
    """Rewriting a card (after `evaluate`, say) without a repo id keeps the one it was for."""
    card_for(trained, tmp_path, training, "alice/first-name")
    folder = tmp_path / "variant"
    assert card_module.card_repo_id(folder) == "alice/first-name"
    text = write_card(folder).read_text(encoding="utf-8")
    assert "model='alice/first-name'" in text
    assert front_matter(text)["thumbnail"].endswith(
        "/alice/first-name/resolve/main/predictions.png"
    )
    (folder / "README.md").unlink()
    handle = training["accounts"][0]["handle"]
    assert f"model='huggingtweets/{handle}'" in write_card(folder).read_text(encoding="utf-8")


@pytest.mark.torch
def test_card_is_current_only_for_its_repo_id_endpoint_and_records(
    trained, tmp_path, training, monkeypatch
):
    import os

    from huggingface_hub import constants

    card_for(trained, tmp_path, training, "alice/here")
    folder = tmp_path / "variant"
    assert card_module.card_is_current(folder, "alice/here")
    assert not card_module.card_is_current(folder, "alice/elsewhere")
    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:1")
    assert not card_module.card_is_current(folder, "alice/here")
    monkeypatch.undo()
    written = (folder / "README.md").stat().st_mtime_ns
    os.utime(folder / "training.json", ns=(written + 10**9, written + 10**9))
    assert not card_module.card_is_current(folder, "alice/here")  # the record changed since
    assert not card_module.card_is_current(tmp_path / "nowhere", "alice/here")


@pytest.mark.torch
def test_bad_repo_id_or_folder_writes_no_card(trained, tmp_path, training):
    folder = tmp_path / "variant"
    with pytest.raises(UserError, match="is not a Hub repo id"):
        card_for(trained, tmp_path, training, "a/b/c")
    assert not (folder / "README.md").exists()
    with pytest.raises(UserError, match="no training.json"):
        write_card(tmp_path / "empty")


@pytest.mark.torch
def test_damaged_generations_json_means_no_samples(trained, tmp_path, training):
    text = card_for(trained, tmp_path, training)
    assert "## Sample generations" in text  # the trainer's samples
    for damaged in ("[1, 2]", "{not json", '{"generations": "oops"}'):
        (tmp_path / "variant" / "generations.json").write_text(damaged, encoding="utf-8")
        again = write_card(tmp_path / "variant", REPO_ID).read_text(encoding="utf-8")
        assert "## Sample generations" not in again, damaged


def test_repo_name_is_one_function_with_one_git_rule():
    from huggingtweets import publish, repo_ids

    # One function (repo_ids.py), the one the card, publish and the notebook import.
    assert publish.repo_name_for is card_module.repo_name_for is repo_ids.repo_name_for
    name = repo_ids.repo_name_for
    assert name(["Foo.git"]) == "foo-git"  # the Hub refuses '.git'; 'foo.git' is not 'foo'
    assert name(["a", "b.GIT"]) == "a-b-git"
    assert name(["@Zed", "amy"]) == "amy-zed"
    for handles in (["Foo.git"], ["x" * 120], ["../a..b--c"], ["日本"]):
        repo_ids.check_repo_id(f"alice/{name(handles)}")  # always a valid repo id
    assert repo_ids.default_repo_id(["B", "a"]) == "huggingtweets/a-b"
