"""train_top_layers: only the top blocks and the output matrix learn, and backward stops there."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from huggingtweets.trainer import train_top_layers  # noqa: E402


def _llama(layers=3):
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=61, hidden_size=32, intermediate_size=64, num_hidden_layers=layers,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64,
        tie_word_embeddings=True, bos_token_id=0, eos_token_id=0, pad_token_id=0,
    )  # fmt: skip
    return LlamaForCausalLM(config)


def _gpt2(layers=3):
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(0)
    config = GPT2Config(
        vocab_size=61, n_embd=32, n_layer=layers, n_head=4, n_positions=64,
        bos_token_id=0, eos_token_id=0, pad_token_id=0,
    )  # fmt: skip
    return GPT2LMHeadModel(config)


def _blocks(model):
    inner = getattr(model, model.base_model_prefix)
    return list(inner.layers if hasattr(inner, "layers") else inner.h)


@pytest.mark.parametrize("build", [_llama, _gpt2])
def test_only_the_top_blocks_and_the_output_matrix_get_gradients(build):
    model = build()
    train_top_layers(model, 1)
    blocks = _blocks(model)
    reached = []
    for i, block in enumerate(blocks):
        block.register_full_backward_hook(lambda m, gi, go, i=i: reached.append(i))
    ids = torch.randint(0, 61, (2, 12))
    model(input_ids=ids, labels=ids).loss.backward()
    assert reached == [2]  # the backward pass never ran through the frozen blocks
    for block in blocks[:2]:
        assert all(p.grad is None and not p.requires_grad for p in block.parameters())
    assert all(p.grad is not None for p in blocks[2].parameters())
    head = model.get_output_embeddings().weight
    assert head is model.get_input_embeddings().weight and head.grad is not None  # tied, learns
    if hasattr(model, "transformer"):
        assert not model.transformer.wpe.weight.requires_grad


def test_the_tied_matrix_learns_from_its_output_side_only():
    """Its gradient is the one the output layer alone gives (the input side's is dropped)."""
    model = _llama()
    ids = torch.randint(0, 61, (2, 12))
    # the reference: the same model with the embedding output detached by hand
    ref = _llama()
    handle = ref.get_input_embeddings().register_forward_hook(lambda m, a, out: out.detach())
    ref(input_ids=ids, labels=ids).loss.backward()
    handle.remove()
    train_top_layers(model, 1)
    model(input_ids=ids, labels=ids).loss.backward()
    assert torch.allclose(model.lm_head.weight.grad, ref.lm_head.weight.grad, atol=1e-6)
    full = _llama()
    full(input_ids=ids, labels=ids).loss.backward()
    assert not torch.allclose(full.lm_head.weight.grad, ref.lm_head.weight.grad, atol=1e-6)


def test_all_blocks_or_more_trains_everything():
    model = _llama()
    train_top_layers(model, 3)
    assert all(p.requires_grad for p in model.parameters())
    ids = torch.randint(0, 61, (1, 8))
    model(input_ids=ids, labels=ids).loss.backward()
    assert model.model.layers[0].self_attn.q_proj.weight.grad is not None


def test_the_default_trains_every_block_and_a_number_asked_for_is_kept():
    from types import SimpleNamespace

    from huggingtweets.train import TrainOptions, trained_blocks

    smollm2 = SimpleNamespace(name="smollm2", model=_llama(layers=30))
    assert trained_blocks(TrainOptions(), smollm2) == 30
    assert trained_blocks(TrainOptions(train_layers=0), smollm2) == 30  # 0: every block
    assert trained_blocks(TrainOptions(train_layers=20), smollm2) == 20
    assert trained_blocks(TrainOptions(train_layers=99), smollm2) == 30
    assert trained_blocks(TrainOptions(lora=True, train_layers=20), smollm2) is None  # adapters


@pytest.mark.torch
def test_train_with_train_layers_trains_only_the_top_blocks_of_a_local_model(tmp_path, monkeypatch):
    """As a user runs it: `train` on a model folder with train_layers, then its saved weights."""
    import json
    import shutil

    from safetensors.torch import load_file

    from huggingtweets.download import download
    from huggingtweets.models import ensure_tiny
    from huggingtweets.train import TrainOptions, train

    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("WANDB_MODE", "disabled")
    base = tmp_path / "base"
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    LlamaForCausalLM(
        LlamaConfig(
            vocab_size=50257,
            hidden_size=32,
            intermediate_size=64,
            num_hidden_layers=3,
            num_attention_heads=4,
            num_key_value_heads=2,
            max_position_embeddings=128,
            tie_word_embeddings=True,
            bos_token_id=50256,
            eos_token_id=50256,
        )  # fmt: skip
    ).save_pretrained(base)
    for f in ensure_tiny().iterdir():  # GPT-2's tokenizer files
        if f.is_file() and f.suffix in (".json", ".txt") and f.name != "config.json":
            if f.name != "generation_config.json":
                shutil.copy(f, base / f.name)
    download(["sample"], tmp_path / "data")
    out = tmp_path / "model"
    options = TrainOptions(
        base_model=str(base), max_steps=4, batch_size=2, block_size=64, train_layers=2,
        sample_generations=0, card=False, evaluation_posts=0, progress=False,
    )  # fmt: skip
    train(tmp_path / "data", out, options)
    record = json.loads((out / "training.json").read_text())
    assert record["hyperparameters"]["train_layers"] == 2
    before = load_file(base / "model.safetensors")
    after = load_file(out / "model.safetensors")
    frozen = [k for k in before if k.startswith("model.layers.0.")]
    trained = [k for k in before if k.startswith("model.layers.2.")]
    assert frozen and all(torch.equal(before[k], after[k]) for k in frozen)
    assert any(not torch.equal(before[k], after[k]) for k in trained)
    tied = "model.embed_tokens.weight"
    assert not torch.equal(before[tied], after[tied])  # the output matrix learns


def test_train_layers_that_cannot_be_honoured_is_a_one_line_error():
    from types import SimpleNamespace

    from transformers import OPTConfig, OPTForCausalLM

    from huggingtweets.errors import UserError
    from huggingtweets.train import TrainOptions, check_options, trained_blocks

    with pytest.raises(UserError, match="--train-layers and --lora do not go together"):
        check_options(TrainOptions(lora=True, train_layers=4))
    with pytest.raises(UserError, match="--train-layers -2 is out of range"):
        check_options(TrainOptions(train_layers=-2))
    opt = OPTForCausalLM(OPTConfig(vocab_size=50, hidden_size=16, num_hidden_layers=2,
                                   ffn_dim=32, num_attention_heads=2, word_embed_proj_dim=16))  # fmt: skip
    other = SimpleNamespace(name="opt", model=opt)
    with pytest.raises(UserError, match="could not be found"):
        trained_blocks(TrainOptions(base_model="opt", train_layers=1), other)
    assert trained_blocks(TrainOptions(base_model="opt"), other) is None  # every weight, as asked
