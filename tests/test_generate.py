"""Generation: one post a line, each stopping by itself at its end; the memorisation check."""

from __future__ import annotations

import io
import json
import shutil
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from huggingtweets.errors import UserError
from huggingtweets.generate import (
    GenerateOptions,
    TrainingPosts,
    generate,
    normalise,
    stop_token_ids,
)

NEWLINE = 198  # GPT-2's "\n"


@pytest.fixture(scope="module", autouse=True)
def _env(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("HUGGINGTWEETS_CACHE", str(tmp_path_factory.getbasetemp() / "ht-cache"))
    mp.setenv("HF_HUB_OFFLINE", "1")
    yield
    mp.undo()


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory) -> Path:
    from huggingtweets.models import ensure_tiny

    folder = tmp_path_factory.mktemp("tiny")
    for f in ensure_tiny().iterdir():
        if f.is_file() and not f.name.startswith("."):
            shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture(scope="module")
def newline_lover(tmp_path_factory, tiny_dir) -> Path:
    """A tiny model that writes a line break whenever it may: its posts must stop at the 10th token."""
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_dir)
    with torch.no_grad():
        direction = torch.randn(model.config.n_embd)
        model.transformer.ln_f.weight.zero_()
        model.transformer.ln_f.bias.copy_(direction)  # every position's final state = direction
        emb = model.transformer.wte.weight  # tied with the output layer
        emb.mul_(0.01)
        emb[NEWLINE] = direction * 10.0  # the line break wins by a mile
    folder = tmp_path_factory.mktemp("newline")
    model.save_pretrained(folder)
    for f in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(tiny_dir / f, folder / f)
    return folder


@pytest.mark.torch
def test_generations_are_single_lines_starting_with_the_prompt(tiny_dir):
    result = generate(
        tiny_dir, GenerateOptions(prompt="My dream is", num=4, max_new_tokens=24, seed=3)
    )
    assert result.prompt == "My dream is"
    assert len(result.generations) == 4
    for g in result.generations:
        assert g.text.startswith("My dream is")
        assert "\n" not in g.text and "\r" not in g.text
        assert g.text == g.text.strip()
        assert g.copied_from_training is False  # no data/train.txt: nothing to copy from


@pytest.mark.torch
def test_each_sequence_stops_at_end_of_post(newline_lover):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(newline_lover)
    result = generate(
        newline_lover, GenerateOptions(prompt="Hello", num=3, max_new_tokens=80, seed=0)
    )
    for g in result.generations:
        assert "\n" not in g.text
        new_tokens = len(tok(g.text[len("Hello") :], add_special_tokens=False)["input_ids"])
        # At least the original's 10 tokens, then the line break ends it long before 80.
        assert 5 <= new_tokens <= 14, (new_tokens, g.text)


@pytest.mark.torch
def test_prompt_line_breaks_become_spaces(tiny_dir):
    result = generate(tiny_dir, GenerateOptions(prompt="Good\nmorning", num=1, max_new_tokens=12))
    assert result.prompt == "Good morning"
    assert result.generations[0].text.startswith("Good morning")


@pytest.mark.torch
def test_seed_makes_generation_reproducible(tiny_dir):
    a = generate(tiny_dir, GenerateOptions(num=2, max_new_tokens=12, seed=7))
    b = generate(tiny_dir, GenerateOptions(num=2, max_new_tokens=12, seed=7))
    assert a.texts == b.texts


@pytest.mark.torch
def test_stop_tokens_hold_eos_and_line_breaks(tiny_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_dir)
    ids = stop_token_ids(tok)
    assert 50256 in ids and NEWLINE in ids and 628 in ids  # "\n\n"
    assert 31373 not in ids  # "hello"


POSTS = [
    "Caught Mars at 200x tonight during a few seconds of steady air. Worth the frozen fingers.",
    "The sourdough starter has opinions about the weather and none of them are good.",
    "Library inventory day: found a 1962 star atlas with pencil notes in the margins.",
    "Clyde ate a sock again. The vet says he is fine and I should hide my socks better.",
    "Orion is back in the morning sky, which means autumn is really here whether I like it or not.",
]


def test_memorisation_detector_on_posts():
    posts = TrainingPosts(POSTS * 3)
    assert len(posts) == 5
    copied, sim, closest = posts.closest(POSTS[0])
    assert copied and sim == 1.0 and closest == POSTS[0]
    # A near copy: a word changed, punctuation and case different.
    near = (
        "caught mars at 250x tonight during a few seconds of steady air - worth the frozen fingers!"
    )
    copied, sim, closest = posts.closest(near)
    assert copied and sim >= 0.8 and closest == POSTS[0]
    # A generation found whole inside a longer post.
    copied, _, closest = posts.closest("found a 1962 star atlas with pencil notes")
    assert copied and closest == POSTS[2]
    # Original writing in the same voice is not a copy.
    copied, sim, _ = posts.closest(
        "My dream is a clear night, a warm loaf and a dog that leaves socks alone."
    )
    assert not copied and sim < 0.8
    assert not posts.closest("My dream is")[0]


def test_memorisation_detector_against_real_train_file(tmp_path):
    from huggingtweets.dataset import from_text, make_training_text

    text = make_training_text([POSTS * 5], epochs=2, seed=1)
    (tmp_path / "train.txt").write_text(text.train, encoding="utf-8")
    posts = TrainingPosts.from_file(tmp_path / "train.txt")
    assert len(posts) == len({normalise(p) for p in from_text(text.train)})
    assert posts.closest(POSTS[3])[0]
    assert not posts.closest("Completely new words about trains and rivers and mountains")[0]


@pytest.mark.torch
def test_copied_generation_is_flagged(tiny_dir, tmp_path, monkeypatch):
    """Through generate(): a model folder whose train.txt holds the generated text flags it."""
    from huggingtweets.dataset import to_text

    first = generate(tiny_dir, GenerateOptions(num=1, max_new_tokens=12, seed=11)).texts[0]
    model = tmp_path / "m"
    shutil.copytree(tiny_dir, model)
    (model / "data").mkdir()
    (model / "data" / "train.txt").write_text(to_text([first, "another post entirely"]))
    again = generate(model, GenerateOptions(num=1, max_new_tokens=12, seed=11)).generations[0]
    assert again.text == first
    assert again.copied_from_training and again.closest == first


@pytest.mark.torch
def test_missing_or_invalid_model_folder(tmp_path):
    with pytest.raises(UserError, match="not a folder"):
        generate(tmp_path / "nope", GenerateOptions(num=1))
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no config.json"):
        generate(tmp_path / "empty", GenerateOptions(num=1))
    (tmp_path / "noweights").mkdir()
    (tmp_path / "noweights" / "config.json").write_text("{}")
    with pytest.raises(UserError, match="no model weights"):
        generate(tmp_path / "noweights", GenerateOptions(num=1))


@pytest.mark.torch
def test_generate_json_contract(tiny_dir):
    from huggingtweets.cli import main

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(
            [
                "generate",
                str(tiny_dir),
                "--prompt",
                "Hi",
                "-n",
                "2",
                "--max-new-tokens",
                "12",
                "--json",
            ]
        )
    assert code == 0
    data = json.loads(buf.getvalue())
    assert set(data) == {"prompt", "generations"}
    assert data["prompt"] == "Hi"
    assert len(data["generations"]) == 2
    for g in data["generations"]:
        assert set(g) == {"text", "copied_from_training"}
        assert g["text"].startswith("Hi") and isinstance(g["copied_from_training"], bool)


def test_generate_cli_error_is_one_line(tmp_path, capsys):
    from huggingtweets.cli import main

    assert main(["generate", str(tmp_path / "missing"), "--json"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:")


# --- the sampler: the same distribution as textbook temperature + top-p sampling ----------------


def _nucleus_reference(logits, temperature: float, top_p: float):
    """Exact nucleus probabilities: sort, keep the smallest prefix holding top_p, renormalise."""
    import torch

    probs = torch.softmax(logits / temperature, dim=-1)
    sorted_p, order = probs.sort(descending=True)
    keep = (sorted_p.cumsum(-1) - sorted_p) < top_p
    out = torch.zeros_like(probs)
    out[order[keep]] = sorted_p[keep]
    return out / out.sum()


@pytest.mark.parametrize(
    ("temperature", "top_p"), [(1.0, 0.95), (0.7, 0.9), (1.3, 0.5), (1.0, 1.0), (1.0, 0.02)]
)
@pytest.mark.torch
def test_nucleus_sampler_matches_the_textbook_distribution(temperature, top_p):
    import torch

    from huggingtweets.generate import NucleusSampler

    torch.manual_seed(0)
    logits = torch.randn(40) * 2.0
    expected = _nucleus_reference(logits, temperature, top_p)
    sampler = NucleusSampler(temperature, top_p)
    draws = 40_000
    chosen = sampler.choose(logits.repeat(draws, 1))
    freq = torch.bincount(chosen, minlength=40).double() / draws
    outside = expected == 0
    assert freq[outside].sum() == 0, "drew a token outside the nucleus"
    # Total variation distance: sampling noise at 40k draws is well under 0.02.
    assert 0.5 * (freq - expected.double()).abs().sum() < 0.02


@pytest.mark.torch
def test_nucleus_sampler_never_chooses_a_forbidden_token():
    import torch

    from huggingtweets.generate import NucleusSampler

    torch.manual_seed(0)
    scores = torch.randn(2000, 50)
    scores[:, 5] = float("-inf")  # forbidden (min length): never chosen
    scores[:, 7] += 3.0  # the likeliest token, so 5 would be drawn often if it were allowed
    chosen = NucleusSampler(1.0, 0.95).choose(scores)
    assert chosen.shape == (2000,)
    assert not (chosen == 5).any()
    assert (chosen == 7).any()


@pytest.mark.torch
def test_decode_drops_finished_rows_without_changing_the_others(tiny_dir):
    """Rows leave the batch and the KV cache when they end; the rows left go on exactly as if
    each were decoded alone (checked with a near-zero temperature, i.e. the likeliest token)."""
    import torch
    from transformers import AutoModelForCausalLM

    from huggingtweets.generate import NucleusSampler, decode

    model = AutoModelForCausalLM.from_pretrained(str(tiny_dir)).eval()
    prompts = torch.tensor([[50256, 40, 1101], [50256, 3666, 4320], [50256, 464, 6766]])
    sampler = NucleusSampler(temperature=1e-4, top_p=1.0)  # always the likeliest token

    def alone(row, stops, max_new, min_new):
        out = decode(model, prompts[row : row + 1], max_new, min_new, stops, sampler)
        return out[0]

    with torch.inference_mode():
        free = [alone(r, [], 20, 0) for r in range(3)]  # no stop token: 20 tokens each
        # A stop token that row 0 first writes at its k-th token (k >= 2, the minimum length).
        k = next(k for k in range(2, 20) if free[0][k] not in free[0][:k])
        stop = free[0][k]
        together = decode(model, prompts, 20, 2, [stop], sampler)
        expected = [alone(r, [stop], 20, 2) for r in range(3)]
    assert together == expected
    assert together[0] == free[0][:k]  # row 0 ended early ...
    assert any(len(t) > k for t in together[1:]), "no row outlived row 0: the test proves nothing"


@pytest.mark.torch
@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_nucleus_sampler_matches_the_textbook_distribution_for_each_decoding_dtype(dtype):
    """Every path: the logits come in the dtype generation samples with (decoding.py: bf16 where
    the CPU has it, fp32 elsewhere); the draw is textbook for the logits it was given."""
    import torch

    from huggingtweets.generate import NucleusSampler

    torch.manual_seed(1)
    logits = (torch.randn(40) * 2.0).to(getattr(torch, dtype))
    expected = _nucleus_reference(logits.float(), 1.0, 0.95)
    chosen = NucleusSampler(1.0, 0.95).choose(logits.repeat(40_000, 1))
    freq = torch.bincount(chosen, minlength=40).double() / 40_000
    assert freq[expected == 0].sum() == 0, "drew a token outside the nucleus"
    assert 0.5 * (freq - expected.double()).abs().sum() < 0.02


# --- the weights generation samples with: faster only where quality holds ---------------------


@pytest.fixture(scope="module")
def tiny_with_heldout(tmp_path_factory, tiny_dir) -> Path:
    """The tiny model in a folder with held-out posts (data/valid.txt), as `train` leaves it."""
    from huggingtweets.download import download

    folder = tmp_path_factory.mktemp("tiny-heldout")
    for f in tiny_dir.iterdir():
        shutil.copy(f, folder / f.name)
    download(["sample"], folder / "data")
    assert (folder / "data" / "valid.txt").stat().st_size > 0
    return folder


@pytest.mark.torch
def test_the_weights_generation_samples_with_keep_the_heldout_loss_within_1_percent(
    tiny_with_heldout, monkeypatch
):
    """The bench's quality check (bench.common.decoding_loss): the held-out loss of the model as
    generate() loads it, against the same weights in fp32, on the folder's held-out posts."""
    import sys

    # bench/ is the checkout's tool, not part of the installed package (the Colab stage tests
    # the installed wheel with `python -P`): found at the end of the path, after the package.
    monkeypatch.setattr(sys, "path", [*sys.path, str(Path(__file__).resolve().parents[1])])
    from bench.common import decoding_loss
    from huggingtweets.generate import clear_cache
    from huggingtweets.models import choose_precision

    clear_cache()
    check = decoding_loss(tiny_with_heldout)
    assert check["tokens"] > 100
    assert abs(check["relative_change"]) <= 0.01
    assert check["dtype"] == {"bf16": "bfloat16"}.get(choose_precision(), "float32")


@pytest.mark.torch
def test_bf16_decoding_is_checked_and_falls_back_to_fp32(tiny_with_heldout, monkeypatch):
    """bf16 is kept only if the folder's held-out loss holds; otherwise fp32, untouched."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from huggingtweets import decoding
    from huggingtweets.generate import _heldout_ids

    tok = AutoTokenizer.from_pretrained(tiny_with_heldout)
    ids = _heldout_ids(tiny_with_heldout, tok)
    model = AutoModelForCausalLM.from_pretrained(tiny_with_heldout, dtype=torch.float32).eval()
    before = model.get_input_embeddings().weight.clone()  # tied with the output layer

    kept, info = decoding.choose_decoding(model, "bf16", ids)
    assert info.dtype == "bf16" and kept.dtype == torch.bfloat16
    assert abs(info.relative_change) <= decoding.MAX_LOSS_CHANGE
    assert info.loss == pytest.approx(decoding.window_loss(kept, ids[: decoding.CHECK_TOKENS]))

    monkeypatch.setattr(decoding, "MAX_LOSS_CHANGE", -1.0)  # no change is small enough
    kept, info = decoding.choose_decoding(model, "bf16", ids)
    assert info.dtype == "fp32" and "changed the held-out loss" in info.reason
    assert kept is model and kept.dtype == torch.float32
    assert torch.equal(kept.get_input_embeddings().weight, before)  # fp32, not bf16 cast back


@pytest.mark.torch
def test_precision_fp32_turns_the_fast_path_off(tiny_with_heldout):
    import torch

    from huggingtweets.generate import clear_cache, load_model

    clear_cache()
    loaded = load_model(tiny_with_heldout, "fp32")
    assert loaded["model"].dtype == torch.float32 and loaded["decoding"].dtype == "fp32"
    res = generate(tiny_with_heldout, GenerateOptions(num=2, seed=3, precision="fp32"))
    assert len(res.generations) == 2
    with pytest.raises(UserError, match="precision"):
        generate(tiny_with_heldout, GenerateOptions(num=1, precision="int3"))


@pytest.mark.torch
@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_packed_layers_decode_the_same_tokens(tiny_dir, dtype):
    """The weights in oneDNN's layout (packed.py, how a CPU decodes): every linear layer (GPT-2's
    Conv1D too) is packed, the logits are those of the plain model, and so are the tokens."""
    import copy

    import torch
    from transformers import AutoModelForCausalLM

    from huggingtweets.generate import NucleusSampler, decode
    from huggingtweets.packed import PackedLinear, can_pack, pack_linears

    if not can_pack(getattr(torch, dtype)):
        pytest.skip(f"this torch cannot pack {dtype} weights (the plain layers are kept)")
    plain = AutoModelForCausalLM.from_pretrained(str(tiny_dir)).eval().to(getattr(torch, dtype))
    layers = sum(type(m).__name__ in ("Linear", "Conv1D") for m in plain.modules())
    packed = copy.deepcopy(plain)
    assert pack_linears(packed) == layers > 1
    assert sum(isinstance(m, PackedLinear) for m in packed.modules()) == layers
    ids = torch.tensor([[50256, 40, 1101, 257], [50256, 3666, 4320, 318]])
    sampler = NucleusSampler(temperature=1e-4, top_p=1.0)  # the likeliest token
    with torch.inference_mode():
        want, got = plain(ids).logits.float(), packed(ids).logits.float()
        assert torch.allclose(got, want, atol=1e-3 if dtype == "float32" else 0.1)
        assert decode(packed, ids, 12, 0, [], sampler) == decode(plain, ids, 12, 0, [], sampler)


@pytest.mark.torch
def test_a_cpu_decodes_with_packed_weights(tiny_with_heldout):
    import torch

    from huggingtweets.generate import clear_cache, load_model
    from huggingtweets.packed import PackedLinear, can_pack

    clear_cache()
    for precision in ("fp32", None):
        loaded = load_model(tiny_with_heldout, precision)
        model = loaded["model"]
        if loaded["device"] != "cpu" or not can_pack(model.dtype):
            continue
        assert isinstance(model.get_output_embeddings(), PackedLinear)
        assert model.get_output_embeddings().packed.dtype == model.dtype == torch.float32 or (
            precision is None and loaded["decoding"].dtype == "bf16"
        )
    res = generate(tiny_with_heldout, GenerateOptions(num=3, seed=1))
    assert len(res.generations) == 3
