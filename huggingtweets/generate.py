"""Write posts with a trained model, one line each, and flag the ones copied from training.

As the original: the prompt is the separator (the model's end-of-text token) followed by the
user's start of sentence; sampling at temperature 1.0 and top-p 0.95; at least 10 new tokens.
Better: each sequence stops by itself at the end of its post (the end-of-text token or any token
holding a line break) instead of running to the maximum and being cut afterwards; and every
generation is checked against the training posts, so a bot that recites is visible. A model
trained on posts that kept their line breaks (`--keep-newlines`, recorded in training.json as
dataset.clean.keep_newlines) writes posts of several lines: they end at end-of-text alone.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

# Split out of this module (issue 13); their names stay importable from here.
from huggingtweets import defaults
from huggingtweets.copies import COPY_SIMILARITY, TrainingPosts, normalise  # noqa: F401
from huggingtweets.errors import UserError
from huggingtweets.sampling import (  # noqa: F401
    NonFiniteLogits,
    NucleusSampler,
    _attention_for_decoding,
    decode,
)

MIN_NEW_TOKENS = 10  # the original's `min_length=10`
_CACHE_SIZE = 2  # loaded models kept for repeated calls (the notebook)
PRECISIONS = ("auto", "fp32", "bf16", "fp16")  # GenerateOptions.precision, --precision


@dataclass
class GenerateOptions:
    prompt: str = defaults.PROMPT  # start of every post
    num: int = defaults.NUM_POSTS  # how many posts
    temperature: float = defaults.TEMPERATURE  # the original's sampling temperature
    top_p: float = defaults.TOP_P  # nucleus sampling, as the original
    max_new_tokens: int = defaults.MAX_NEW_TOKENS  # upper bound; a post usually ends well before
    seed: int | None = None  # fixed for reproducible posts; random when None
    # Write as one author of a several-account model ('@handle'); None or 'blend': the blend.
    author: str | None = None
    # Weights to sample with: "auto" = bf16 where the hardware has it and it keeps the held-out
    # loss within 1 % (decoding.py), else fp32; "fp32" turns the fast path off.
    precision: str = "auto"


@dataclass
class Generation:
    text: str
    copied_from_training: bool = False
    similarity: float | None = None  # to the closest training post, 0..1
    closest: str | None = None  # that post

    def to_json(self) -> dict:
        return {"text": self.text, "copied_from_training": self.copied_from_training}


@dataclass
class GenerationResult:
    prompt: str
    generations: list[Generation] = field(default_factory=list)
    author: str | None = None  # '@handle' when written as one author, None for the blend

    def to_json(self) -> dict:
        out = {"prompt": self.prompt, "generations": [g.to_json() for g in self.generations]}
        if self.author is not None:
            out["author"] = self.author
        return out

    @property
    def texts(self) -> list[str]:
        return [g.text for g in self.generations]


# --- model loading (cached per folder and modification time) ---------------------------------

_cache: dict[tuple, dict] = {}
_lock = threading.Lock()


def _stamp(model_dir: Path) -> tuple:
    stamps = []
    for name in ("config.json", "model.safetensors", "training.json", "data/train.txt"):
        try:
            st = (model_dir / name).stat()
            stamps.append((name, st.st_mtime_ns, st.st_size))
        except OSError:
            stamps.append((name, None, None))
    return tuple(stamps)


def check_model_dir(model_dir: str | os.PathLike) -> Path:
    path = Path(model_dir).expanduser()
    if not path.is_dir():
        raise UserError(
            f"'{model_dir}' is not a folder: give a model folder made by `huggingtweets train`."
        )
    if not (path / "config.json").is_file():
        raise UserError(
            f"'{model_dir}' is not a model folder (no config.json): train one with `huggingtweets train`."
        )
    if not any(path.glob("*.safetensors")) and not any(path.glob("pytorch_model*.bin")):
        raise UserError(
            f"'{model_dir}' has no model weights (model.safetensors): train again, with --resume if it was interrupted."
        )
    return path


def load_model(model_dir: str | os.PathLike, precision: str | None = None) -> dict:
    """{"model", "tokenizer", "separator", "stop_ids", "posts", "device", "decoding"} for a model
    folder, cached per folder and `precision`: None or "auto", the hardware's
    (models.choose_precision) if it keeps the held-out loss (decoding.py); else as given."""
    path = check_model_dir(model_dir).resolve()
    precision = None if precision == "auto" else precision
    key = (str(path), _stamp(path), precision)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            return hit
        loaded = _load(path, precision)
        for k in [k for k in _cache if k[0] == str(path) and k[2] == precision]:
            del _cache[k]
        while len(_cache) >= _CACHE_SIZE:
            del _cache[next(iter(_cache))]
        _cache[key] = loaded
        return loaded


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _load(path: Path, precision: str | None = None) -> dict:
    import json

    import torch
    from transformers import AutoModelForCausalLM

    from huggingtweets.decoding import choose_decoding
    from huggingtweets.models import choose_precision, load_tokenizer
    from huggingtweets.progress import quiet_libraries

    device = "cuda" if torch.cuda.is_available() else "cpu"
    # bf16 where the hardware has it (about 2x faster a step than fp32 on an AVX-512-BF16 CPU);
    # fp16 on a GPU before Ampere (a T4), with the sampling itself in fp32 (NucleusSampler).
    # The automatic choice is kept on a CPU only if it keeps the held-out loss (decoding.py).
    automatic = precision is None
    precision = choose_precision() if automatic else precision
    try:
        tok = load_tokenizer(str(path))
        with quiet_libraries():  # no "Loading weights" bar
            model = AutoModelForCausalLM.from_pretrained(str(path), dtype=torch.float32).to(device)
    except UserError:
        raise
    except (OSError, ValueError, KeyError) as e:
        reason = " ".join(str(e).split())[:200]
        raise UserError(
            f"'{path}' is not a usable model folder ({reason}): train again with `huggingtweets train`."
        ) from None
    check = _heldout_ids(path, tok) if automatic else None  # an explicit choice is the user's
    model, decoding = choose_decoding(model.eval(), precision, check, checked=automatic)
    separator = tok.eos_token
    multiline = False
    info = {}
    try:
        info = json.loads((path / "training.json").read_text(encoding="utf-8"))
        separator = info.get("separator") or separator
        multiline = kept_newlines(info)
    except (OSError, ValueError, AttributeError):
        pass
    from huggingtweets.dataset import author_tags

    authors = author_tags(info)
    sep_id = tok.convert_tokens_to_ids(separator)
    if not isinstance(sep_id, int) or sep_id == tok.unk_token_id and separator != tok.unk_token:
        sep_id = tok.eos_token_id
    return {
        "model": model,
        "tokenizer": tok,
        "separator": separator,
        "separator_id": int(sep_id),
        "stop_ids": stop_token_ids(tok, extra=[sep_id], newlines=not multiline),
        "multiline": multiline,
        "posts": TrainingPosts.from_file(path / "data" / "train.txt", list(authors.values())),
        "device": device,
        "authors": authors,
        "handles": [str(a.get("handle") or "") for a in info.get("accounts") or []],
        "decoding": decoding,
    }


def resolve_author(author: str | None, tags: dict[str, str], handles: list[str]) -> str | None:
    """The tag that makes a prompt write as `author` ('@handle'), or None for the blend."""
    name = (author or "").strip().lstrip("@")
    if name.lower() in ("", "blend"):
        return None
    for handle, tag in tags.items():
        if handle.lower() == name.lower():
            return tag
    if not tags and any(h.lower() == name.lower() for h in handles):
        return None  # a one-account model: its only author is its blend
    choices = ", ".join(["blend"] + [f"@{h}" for h in (list(tags) or handles) if h])
    raise UserError(f"--as {author}: not an author of this model; choose one of {choices}.")


def _heldout_ids(path: Path, tok) -> list[int] | None:
    """The folder's held-out posts (data/valid.txt) as one token stream, for the decoding check."""
    from huggingtweets.blocks import tokenize_posts
    from huggingtweets.dataset import from_text

    try:
        text = (path / "data" / "valid.txt").read_text(encoding="utf-8")
    except OSError:
        return None
    posts = from_text(text)[:64]  # the check reads CHECK_TOKENS of them
    return tokenize_posts(posts, tok, tok.eos_token_id) or None


def kept_newlines(training: dict) -> bool:
    """Whether the model's posts kept their line breaks (training.json dataset.clean)."""
    clean = (training.get("dataset") or {}).get("clean") if isinstance(training, dict) else None
    return isinstance(clean, dict) and clean.get("keep_newlines") is True


def stop_token_ids(tokenizer, extra: list[int] | None = None, newlines: bool = True) -> list[int]:
    """End-of-text, plus (`newlines`) every token whose text holds a line break: a post ends at
    either. A model trained with line breaks kept writes them inside posts: end-of-text alone."""
    ids = {int(tokenizer.eos_token_id)} | {int(i) for i in (extra or []) if i is not None}
    if not newlines:
        return sorted(ids)
    size = len(tokenizer)
    texts = tokenizer.batch_decode([[i] for i in range(size)], skip_special_tokens=False)
    ids |= {i for i, t in enumerate(texts) if "\n" in t or "\r" in t}
    return sorted(ids)


# --- generation ---------------------------------------------------------------------------------


def clean_prompt(prompt: str) -> str:
    """A prompt is the start of one post: line breaks inside it become spaces."""
    return " ".join((prompt or "").split())


def generate(
    model_dir: str | os.PathLike, options: GenerateOptions | None = None
) -> GenerationResult:
    """Sample `options.num` posts that start with `options.prompt`."""
    import torch

    options = options or GenerateOptions()
    _check_options(options)
    loaded = load_model(model_dir, options.precision)
    model, tok = loaded["model"], loaded["tokenizer"]
    prompt = clean_prompt(options.prompt)
    tag = resolve_author(options.author, loaded["authors"], loaded["handles"])
    # Writing as an author: the post starts after their tag, as in training (`@handle: text`);
    # without a prompt the tag's trailing space is left to the model (it belongs to the next word).
    head = (tag + prompt if prompt else tag.rstrip()) if tag else prompt

    prompt_ids = [loaded["separator_id"]] + tok(head, add_special_tokens=False)["input_ids"]
    max_positions = _max_positions(model)
    max_new = max(1, min(options.max_new_tokens, max_positions - len(prompt_ids)))
    if len(prompt_ids) >= max_positions:
        raise UserError(
            f"The prompt is {len(prompt_ids)} tokens, longer than this model takes ({max_positions}): shorten it."
        )
    stop_ids = loaded["stop_ids"]
    # One row per post, all starting from the same prompt.
    input_ids = torch.tensor([prompt_ids] * int(options.num), device=loaded["device"])
    if options.seed is not None:
        from transformers import set_seed

        set_seed(options.seed)
    sampler = NucleusSampler(options.temperature, options.top_p)
    try:
        rows = _decode(loaded, input_ids, max_new, stop_ids, sampler)
    except NonFiniteLogits:
        # fp16 overflowed inside this model: write the posts again in fp32 (slower, always safe).
        loaded = load_model(model_dir, precision="fp32")
        input_ids = input_ids.to(loaded["device"])
        if options.seed is not None:
            from transformers import set_seed

            set_seed(options.seed)
        rows = _decode(loaded, input_ids, max_new, stop_ids, sampler)
    generations = []
    for new in rows:
        text = _post_text(tok, head, prompt_ids[1:], new, loaded["multiline"])
        if tag:  # the tag says who writes; it is not part of the post
            text = text[len(tag.rstrip()) :].strip()
        copied, similarity, closest = loaded["posts"].closest(text)
        generations.append(Generation(text, copied, similarity, closest))
    author = "@" + tag.strip().rstrip(":").lstrip("@") if tag else None
    return GenerationResult(prompt=prompt, generations=generations, author=author)


def _decode(loaded: dict, input_ids, max_new: int, stop_ids: list[int], sampler) -> list:
    import torch

    from huggingtweets.progress import quiet_libraries

    with torch.inference_mode(), _attention_for_decoding(loaded["device"]), quiet_libraries():
        return decode(
            loaded["model"], input_ids, max_new, min(MIN_NEW_TOKENS, max_new), stop_ids, sampler
        )


def _post_text(
    tok, prompt: str, prompt_ids: list[int], new_ids: list[int], multiline: bool = False
) -> str:
    """The post, starting with the prompt: one stripped line, or (`multiline`) its lines and
    paragraphs as written, at most one empty line in a row."""
    full = tok.decode(prompt_ids + new_ids, skip_special_tokens=True)
    if not full.startswith(prompt):
        full = prompt + tok.decode(new_ids, skip_special_tokens=True)
    head, tail = full[: len(prompt)], full[len(prompt) :]
    if not multiline:
        tail = re.split(r"[\r\n]", tail, maxsplit=1)[0]
        return (head + tail).strip()
    lines = [line.rstrip() for line in (head + tail).replace("\r\n", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _max_positions(model) -> int:
    from huggingtweets.models import max_positions

    return max_positions(model.config)


def _check_options(options: GenerateOptions) -> None:
    if options.precision not in PRECISIONS:
        raise UserError(
            f"--precision {options.precision} is not one of {', '.join(PRECISIONS)}: use auto or fp32."
        )
    if not 1 <= int(options.num) <= 100:
        raise UserError(f"-n {options.num} is out of range: use 1 to 100.")
    if not 0 < float(options.temperature) <= 10:
        raise UserError(f"--temperature {options.temperature} is out of range: use above 0 to 10.")
    if not 0 < float(options.top_p) <= 1:
        raise UserError(f"--top-p {options.top_p} is out of range: use above 0 to 1.")
    if not 1 <= int(options.max_new_tokens) <= 2048:
        raise UserError(
            f"--max-new-tokens {options.max_new_tokens} is out of range: use 1 to 2048."
        )
