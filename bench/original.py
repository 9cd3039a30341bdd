"""The original huggingtweets recipe, re-expressed in our own code, as the benchmarks' baseline.

What the original did (shared/reference/original-pipeline.md, and its run_language_modeling /
run_clm script): the training text (epochs built in, `<|endoftext|>` before and after every post)
is tokenized as one text and cut into consecutive blocks of the tokenizer's maximum length
(1,024 for GPT-2; here min(model window, 1024)), the remainder dropped; the Trainer runs one pass
with batch size 1, fp32, AdamW at 1.372e-4 with cosine decay and no warm-up, a log line every 5
steps, no evaluation and no checkpoints in between.

Generation: the prompt `<|endoftext|>` + "My dream is", sampling at temperature 1.0 and top-p 0.95,
10 sequences, `min_length=10`, `max_length=160` tokens (prompt included), then each decoded text is
cut at its first newline and stripped. The original passed no `eos_token_id`, so `generate` took
the model's own (GPT-2's config names end-of-text, 50256): a sequence stopped at end-of-text, and
the call returned when all ten had. That is the baseline every ratio is taken against.
`eos_stops=False` runs every sequence to 160 tokens instead: a handicapped baseline, the bench's
old one, kept only as a labelled extra row.

Nothing here is imported by the package: it exists only to be measured against.
"""

from __future__ import annotations

import time
from pathlib import Path

ORIGINAL_LR = 1.372e-4
ORIGINAL_BLOCK = 1024
ORIGINAL_MAX_LENGTH = 160
ORIGINAL_MIN_LENGTH = 10
ORIGINAL_NUM = 10
SEPARATOR = "<|endoftext|>"


def load_base(base_model: str):
    """The same base weights and tokenizer the package starts from (fp32)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from huggingtweets import models

    path = models.resolve(base_model)  # builds 'tiny' / converts 'smollm2' once, offline
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path)  # fp32, as the original
    return model, tok


def model_window(model, tok) -> int:
    from huggingtweets.models import max_positions

    return max_positions(model.config, tok)


def tokenize_text(text: str, tok) -> list[int]:
    """run_clm / TextDataset: the whole text through the tokenizer, separators as end-of-text."""
    if tok.eos_token != SEPARATOR:  # a model whose end-of-text has another name (SmolLM2)
        text = text.replace(SEPARATOR, tok.eos_token)
    return tok(text, add_special_tokens=False)["input_ids"]


def group_texts(ids: list[int], block: int):
    """run_clm's group_texts: consecutive blocks, the remainder dropped; labels = inputs."""
    from datasets import Dataset

    n = (len(ids) // block) * block
    blocks = [ids[i : i + block] for i in range(0, n, block)]
    return Dataset.from_dict({"input_ids": blocks, "labels": [list(b) for b in blocks]})


def _stop_after(seconds: float):
    from transformers import TrainerCallback

    class StopAfter(TrainerCallback):
        start = None

        def on_train_begin(self, args, state, control, **kw):
            self.start = time.monotonic()

        def on_step_end(self, args, state, control, **kw):
            if self.start is not None and time.monotonic() - self.start >= seconds:
                control.should_training_stop = True
            return control

    return StopAfter()


def train_original(
    data_dir: str | Path,
    base_model: str,
    out_dir: str | Path,
    seed: int,
    max_steps: int | None = None,
    max_seconds: float | None = None,
    callbacks=None,
) -> dict:
    """Fine-tune as the original did; returns {"steps", "batch_size", "block_size", "train_seconds"}."""
    from transformers import Trainer, TrainingArguments, default_data_collator, set_seed

    set_seed(seed)
    model, tok = load_base(base_model)
    text = (Path(data_dir) / "train.txt").read_text(encoding="utf-8")
    block = min(model_window(model, tok), ORIGINAL_BLOCK)
    train_ds = group_texts(tokenize_text(text, tok), block)
    args = TrainingArguments(
        output_dir=str(Path(out_dir) / "trainer"),
        per_device_train_batch_size=1,
        num_train_epochs=1,
        max_steps=max_steps or -1,
        learning_rate=ORIGINAL_LR,
        lr_scheduler_type="cosine",
        warmup_steps=0,
        logging_steps=5,
        save_strategy="no",
        eval_strategy="no",
        report_to="none",
        seed=seed,
        bf16=False,
        fp16=False,  # the original trained in fp32
        disable_tqdm=True,
    )
    cbs = list(callbacks or [])
    if max_seconds:
        cbs.append(_stop_after(max_seconds))
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        data_collator=default_data_collator,
        callbacks=cbs,
    )
    t0 = time.monotonic()
    trainer.train()
    seconds = time.monotonic() - t0
    out = Path(out_dir)
    trainer.save_model(str(out))
    tok.save_pretrained(str(out))
    return {
        "steps": int(trainer.state.global_step),
        "batch_size": 1,
        "block_size": block,
        "gradient_accumulation_steps": 1,
        "train_seconds": seconds,
    }


def original_end_of_text(model, tok) -> int:
    """The end-of-text id the original's `generate` stopped at: the model config's `eos_token_id`.

    Not `model.generation_config`'s: a folder trained by this package lists line-break tokens
    there too (where ours ends a post), which the original never stopped at.
    """
    eos = getattr(model.config, "eos_token_id", None)
    if isinstance(eos, list | tuple):
        eos = eos[0] if eos else None
    return int(eos if eos is not None else tok.eos_token_id)


def original_generation_config(
    tok, eos_stops: bool = True, max_length: int = ORIGINAL_MAX_LENGTH, eos_token_id=None
):
    """The original's widget settings; `eos_stops=False` runs every sequence to `max_length`."""
    from transformers import GenerationConfig

    eos = eos_token_id if eos_token_id is not None else tok.eos_token_id
    return GenerationConfig(
        do_sample=True,
        top_p=0.95,
        temperature=1.0,
        max_length=max_length,
        min_length=ORIGINAL_MIN_LENGTH,
        num_return_sequences=ORIGINAL_NUM,
        eos_token_id=eos if eos_stops else None,
        pad_token_id=tok.eos_token_id,
    )


def load_trained(model_dir: str | Path):
    """A fine-tuned folder as the original's notebook loaded it to generate: fp32, on the GPU if any."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dev = "cuda" if torch.cuda.is_available() else "cpu"
    tok = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=torch.float32)
    return model.to(dev).eval(), tok


def generate_original(
    model,
    tok,
    prompt: str = "My dream is",
    eos_stops: bool = True,
    max_length: int = ORIGINAL_MAX_LENGTH,
) -> tuple[list[str], int]:
    """Ten posts as the original made them; returns (texts, tokens generated: the longest row's).

    `eos_stops=True` (the fair baseline): each sequence stops at the model's end-of-text.
    `eos_stops=False` (the handicapped one): every sequence runs to `max_length`.
    """
    import torch

    ids = [tok.eos_token_id] + tok(prompt, add_special_tokens=False)["input_ids"]
    input_ids = torch.tensor([ids], device=model.device)
    # transformers 5 fills a setting left at None from the model's own generation_config, which
    # names end-of-text (and, in a folder this package trained, line breaks as well): the fair
    # baseline passes the config's end-of-text explicitly; the run-to-160 one clears it there too.
    saved = model.generation_config.eos_token_id
    if not eos_stops:
        model.generation_config.eos_token_id = None
    config = original_generation_config(
        tok, eos_stops, max_length, eos_token_id=original_end_of_text(model, tok)
    )
    try:
        with torch.inference_mode():
            out = model.generate(
                input_ids=input_ids,
                attention_mask=torch.ones_like(input_ids),
                generation_config=config,
            )
    finally:
        model.generation_config.eos_token_id = saved
    texts = []
    for row in out:
        text = tok.decode(row, skip_special_tokens=True)
        texts.append(text.split("\n")[0].strip())
    return texts, int(out.shape[1] - len(ids))
