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

import contextlib
import difflib
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from huggingtweets.errors import UserError

MIN_NEW_TOKENS = 10  # the original's `min_length=10`
COPY_SIMILARITY = 0.8  # at or above this, a generation counts as a copy of its closest post
CANDIDATES = 25  # posts compared in full after the word-overlap prefilter
_CACHE_SIZE = 2  # loaded models kept for repeated calls (the notebook)
PRECISIONS = ("auto", "fp32", "bf16", "fp16")  # GenerateOptions.precision, --precision


@dataclass
class GenerateOptions:
    prompt: str = "My dream is"  # start of every post
    num: int = 10  # how many posts
    temperature: float = 1.0  # the original's sampling temperature
    top_p: float = 0.95  # nucleus sampling, as the original
    max_new_tokens: int = 160  # upper bound; a post usually ends well before
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


# --- memorisation check ---------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, words only, single spaces: what a copy check should compare."""
    return " ".join(_WORD.findall(text.lower()))


class TrainingPosts:
    """The training posts with a word index, to find the post closest to a generation fast."""

    def __init__(self, posts: list[str]):
        seen: dict[str, str] = {}
        for p in posts:
            n = normalise(p)
            if n and n not in seen:
                seen[n] = p.strip()
        self.normalised = list(seen)
        self.originals = list(seen.values())
        self.words = [n.split() for n in self.normalised]
        self.index: dict[str, list[int]] = {}
        for i, words in enumerate(self.words):
            for w in set(words):
                self.index.setdefault(w, []).append(i)
        self.joined = "\n".join(self.normalised)

    @classmethod
    def from_file(cls, path: str | os.PathLike, tags: list[str] | None = None) -> TrainingPosts:
        """The posts of a training text, author tags (`tags`) taken off."""
        from huggingtweets.dataset import from_text

        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError:
            return cls([])
        posts = from_text(text)
        for tag in tags or []:
            posts = [p[len(tag) :] if p.startswith(tag) else p for p in posts]
        return cls(posts)

    def __len__(self) -> int:
        return len(self.normalised)

    def closest(self, text: str) -> tuple[bool, float, str | None]:
        """(copied?, similarity to the closest post, that post) for one generation."""
        gen = normalise(text)
        words = gen.split()
        if not gen or not self.normalised:
            return False, 0.0, None
        # Candidates: posts sharing the most distinct words, rare words weighing more.
        votes: Counter[int] = Counter()
        for w in set(words):
            hits = self.index.get(w, ())
            if hits and len(hits) <= max(50, len(self.normalised) // 4):
                for i in hits:
                    votes[i] += 1
        candidates = [i for i, _ in votes.most_common(CANDIDATES)]
        # Compared word by word, not character by character: the same verdict on near copies
        # (a word changed, punctuation or case different) at a fraction of the cost, which
        # matters for long rambling generations (characters made it ~0.2 s a post).
        best, best_i = 0.0, None
        for i in candidates:
            post = self.words[i]
            m = difflib.SequenceMatcher(None, words, post, autojunk=False)
            if max(m.real_quick_ratio(), min(len(post), len(words)) / len(words)) <= best:
                continue  # cannot beat the best so far (both bounds are upper bounds)
            score = m.ratio()
            if len(words) >= 8:  # a long generation found (nearly) whole inside a longer post
                block = m.find_longest_match(0, len(words), 0, len(post))
                score = max(score, block.size / len(words))
            if score > best:
                best, best_i = score, i
        # The whole generation contained in a post: a copy, however the post goes on.
        contained = len(words) >= 5 and len(gen) >= 25 and gen in self.joined
        if contained:
            hit = next((i for i, p in enumerate(self.normalised) if gen in p), best_i)
            return True, 1.0, self.originals[hit] if hit is not None else None
        closest = self.originals[best_i] if best_i is not None else None
        return best >= COPY_SIMILARITY, round(best, 4), closest


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
    from huggingtweets.dataset import from_text
    from huggingtweets.train import tokenize_posts

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


class NucleusSampler:
    """Temperature + top-p (nucleus) sampling: one token a row from a batch of logits.

    Why: transformers' sampler sorts the whole vocabulary for top-p and draws with
    `torch.multinomial`, which makes one exponential random number per vocabulary entry; for
    small models on a CPU that costs more than the model itself (bench/NOTES.md). This draws
    from exactly the same distribution with a few passes over the vocabulary: draw a token from
    the full (tempered) distribution by inverse CDF, keep it if it lies in the nucleus (the
    probability of strictly likelier tokens is below top_p), else draw again. Rows still
    unresolved after a few rounds (only when top_p is small) take the exact sort-based path.
    """

    REJECTION_ROUNDS = 8  # each round accepts with probability >= top_p

    def __init__(self, temperature: float = 1.0, top_p: float = 1.0):
        self.temperature = float(temperature)
        self.top_p = float(top_p)

    def choose(self, logits):
        """The sampled token of each row (a -inf logit is never chosen)."""
        import torch

        return self.sample(torch.softmax(logits.float() / self.temperature, dim=-1))

    def sample(self, probs):
        import torch

        cdf = probs.cumsum(dim=-1)
        if self.top_p >= 1:
            return self._draw(cdf)
        chosen = torch.zeros(probs.shape[0], dtype=torch.long, device=probs.device)
        todo = torch.arange(probs.shape[0], device=probs.device)
        c, p = cdf, probs  # the rows still to draw (all of them at first: no copy)
        for _ in range(self.REJECTION_ROUNDS):
            draw = self._draw(c)
            above = torch.where(p > p.gather(1, draw[:, None]), p, 0.0).sum(dim=-1)
            ok = above < self.top_p * c[:, -1]
            chosen[todo[ok]] = draw[ok]
            todo = todo[~ok]
            if len(todo) == 0:
                return chosen
            c, p = cdf[todo], probs[todo]
        chosen[todo] = self._sorted_nucleus(p)
        return chosen

    @staticmethod
    def _draw(cdf):
        """One token a row from the whole distribution, by inverse CDF (one random number a row)."""
        import torch

        u = torch.rand(cdf.shape[0], 1, device=cdf.device, dtype=cdf.dtype) * cdf[:, -1:]
        return torch.searchsorted(cdf, u, right=True).clamp_(max=cdf.shape[1] - 1)[:, 0]

    def _sorted_nucleus(self, probs):
        """The textbook nucleus: sort, keep the smallest prefix holding top_p, sample in it."""
        import torch

        sorted_p, order = probs.sort(dim=-1, descending=True)
        before = sorted_p.cumsum(dim=-1) - sorted_p  # mass of likelier tokens
        sorted_p = torch.where(before < self.top_p * probs.sum(-1, keepdim=True), sorted_p, 0.0)
        pick = torch.multinomial(sorted_p, 1)
        return order.gather(1, pick)[:, 0]


class NonFiniteLogits(ArithmeticError):
    """The model's output overflowed (inf/NaN): fp16 has a narrow range (max 65,504)."""


def _cache_argument(model) -> str:
    """The forward() argument that takes the KV cache: `cache` in newer transformers 5.x, where
    `past_key_values` is deprecated (a FutureWarning every call); `past_key_values` before."""
    import inspect

    try:
        params = inspect.signature(model.forward).parameters
    except (TypeError, ValueError):
        return "past_key_values"
    return "cache" if "cache" in params else "past_key_values"


def decode(model, input_ids, max_new: int, min_new: int, stop_ids: list[int], sampler) -> list:
    """Sample up to `max_new` tokens after each row of `input_ids`; a row ends at a stop token.

    Returns each row's new tokens, the stop token left out. Why not `generate()`: it keeps every
    row in the batch until the last one ends, so the steps after the first post has ended cost as
    much as the first. Here a row leaves the batch (and the KV cache) when it ends, so the tail
    steps get cheaper; on a CPU, where a step's cost grows with the batch, that is most of the
    gain (BENCHMARKS.md). Rows must be of equal length (no padding), which one prompt gives.
    """
    import torch
    from transformers import DynamicCache

    stops = torch.tensor(sorted(set(stop_ids)), device=input_ids.device)
    stop_set = set(stop_ids)
    cache = DynamicCache(config=model.config)
    active = list(range(input_ids.shape[0]))  # the original row of each row still in the batch
    out: list[list[int]] = [[] for _ in active]
    ids = input_ids
    cache_kwarg = {_cache_argument(model): cache}
    low_precision = next(model.parameters()).dtype in (torch.float16, torch.bfloat16)
    for step in range(max_new):
        logits = model(input_ids=ids, use_cache=True, logits_to_keep=1, **cache_kwarg).logits[
            :, -1, :
        ]
        if low_precision and not bool(torch.isfinite(logits).all()):
            raise NonFiniteLogits(f"non-finite logits at step {step}")
        if step < min_new:  # the original's min_length: no end of post before this
            logits = logits.index_fill(1, stops, float("-inf"))
        chosen = sampler.choose(logits)
        keep = []
        for j, token in enumerate(chosen.tolist()):
            if token not in stop_set:
                out[active[j]].append(token)
                keep.append(j)
        if not keep:
            break
        if len(keep) < len(active):  # rows that ended leave the batch and the cache
            index = torch.tensor(keep, device=chosen.device)
            cache.batch_select_indices(index)
            chosen = chosen.index_select(0, index)
            active = [active[j] for j in keep]
        ids = chosen[:, None]
    return out


def _attention_for_decoding(device: str):
    """On a GPU, attention without cuDNN's kernels while decoding.

    Why: cuDNN builds a plan for every new sequence length; decoding grows the length by one each
    step, so in bf16 on an H100 every step paid for new plans (0.5 to 5 s for 10 posts where the
    fp32 original took 1.5 s; BENCHMARKS.md). Flash and memory-efficient attention have no plans.
    """
    if device != "cuda":
        return contextlib.nullcontext()
    try:
        from torch.nn.attention import SDPBackend, sdpa_kernel
    except ImportError:  # torch < 2.3 has no cuDNN attention either
        return contextlib.nullcontext()
    return sdpa_kernel(
        [SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH]
    )


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
