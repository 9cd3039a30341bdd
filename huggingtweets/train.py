"""Step 2: fine-tune a pretrained causal language model on a dataset folder (what `download` wrote).

The original's recipe (run_clm): every post followed by the model's own end-of-text token, the
text (epochs built in) packed into blocks of the model's window (at most 1,024 tokens), one pass,
learning rate 1.372e-4, cosine decay, no warm-up, a log line every 5 steps, a random seed that is
recorded. On a CPU in fp32 (no bf16 instructions) the blocks are 256 tokens, 4 to a step:
attention's cost grows with a block's square. Better than the original: the held-out posts are
evaluated during training (loss and perplexity, and the base model's perplexity before), early
stopping keeps the best model, checkpoints let an interrupted run resume, LoRA is an option, and
it runs unchanged on a GPU (bf16/fp16), on a CPU, or under `torchrun` (only rank 0 writes).

`train` only trains: it writes the model folder (docs/CONTRACTS.md) and tracks the training run
in W&B. Sampling, the evaluation, the picture and the card are later stages (pipeline.py).
"""

from __future__ import annotations

import math
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.blocks import (  # noqa: F401  (re-exported: generate and bench use them here)
    MIN_STEPS_FOR_GPU_BATCH,
    choose_block_size,
    default_batch,
    eval_blocks,
    pack,
    tokenize_posts,
)
from huggingtweets.checkpoints import (
    CHECKPOINTS,
    clear_finished,
    decide_resume,
    finished_run,
    resumable,
    run_identity,
    write_finished,
    write_run,
)
from huggingtweets.dataset import from_text
from huggingtweets.download import is_dataset_dir
from huggingtweets.errors import UserError
from huggingtweets.model_folder import (
    DATA,
    copy_dataset,
    save_model,
    track_model_folder,
    training_record,
)
from huggingtweets.models import choose_precision  # noqa: F401  (re-exported for callers)
from huggingtweets.records import DatasetInfo, Hyperparameters, Results, TrainingRecord
from huggingtweets.trainer import (
    add_lora,
    cuda,
    fit,
    make_trainer,
    perplexity,
    train_top_layers,
    training_arguments,
)

EVALS_PER_RUN = 5  # default eval_steps: about this many held-out evaluations per run


@dataclass
class TrainOptions:
    base_model: str = defaults.BASE_MODEL  # Hub id, local folder, 'smollm2' or 'tiny'
    max_steps: int | None = None  # None: one pass over the text (the epochs are in the text)
    # None: defaults.LEARNING_RATE (the original), LORA_LEARNING_RATE with LoRA; x2 with a GPU's
    # 4,096-token steps
    learning_rate: float | None = None
    # sequences per step; None: 1,024 tokens per step (GPU: 4,096), split over devices
    batch_size: int | None = None
    block_size: int | None = None  # tokens per sequence; None: min(model window, 1024)
    lora: bool = False  # train LoRA adapters (merged into the weights before saving)
    eval_steps: int | None = None  # None: about 5 held-out evaluations per run
    save_steps: int | None = None  # None: at every evaluation (a multiple of eval_steps)
    patience: int | None = None  # None: defaults.PATIENCE evaluations without improvement
    wandb_mode: str | None = None  # online | offline | disabled; None: online with a key
    resume: bool = False  # continue from the last checkpoint in out_dir/checkpoints
    # Continue when out_dir holds a checkpoint of this same run (settings and posts), else start
    # afresh: the notebook's Train after a runtime reset.
    auto_resume: bool = False
    seed: int | None = None  # None: the dataset's (random, recorded) seed
    # Knobs the CLI does not expose (the notebook and the demo use them):
    lr_scheduler: str = defaults.LR_SCHEDULER
    warmup_steps: int = 0  # the original used none
    gradient_accumulation_steps: int = 1  # the original used none
    lora_r: int = 16  # LoRA rank
    lora_alpha: int = 32  # LoRA scale
    lora_dropout: float = 0.05
    lora_layers: int | None = None  # adapters only in the top N blocks (None: all); fewer is faster
    # Full fine-tuning of only the top N blocks and the output matrix (None or 0: every block):
    # faster, a little higher held-out loss after a whole run (bench/NOTES.md)
    train_layers: int | None = None
    # Blocks start at a post's end-of-text, as generation starts (the original cut anywhere)
    align_blocks: bool = False
    max_seconds: float | None = None  # stop training (cleanly, with a save) after this long
    deadline: float | None = None  # time.monotonic() by which training stops (the demo's budget)
    precision: str | None = None  # auto | fp32 | bf16 | fp16; auto: bf16 where the hardware has it
    progress: bool = True  # one bar on stderr (the notebook passes its own callback instead)
    # The stages after training (pipeline.py reads these; `train` itself does not):
    sample_generations: int = defaults.SAMPLE_POSTS  # posts into generations.json (0: none)
    sample_max_new_tokens: int = defaults.MAX_NEW_TOKENS
    evaluation_posts: int = defaults.EVAL_POSTS  # posts per voice for the report (0: no report)
    card: bool = True  # render predictions.png and README.md


@dataclass
class TrainResult:
    model_dir: str
    train_loss: float
    eval_loss: float
    perplexity: float
    base_perplexity: float
    steps: int
    seconds: float
    tokens_per_second: float

    def to_json(self) -> dict:
        return {
            "model_dir": str(self.model_dir),
            "train_loss": float(self.train_loss),
            "eval_loss": float(self.eval_loss),
            "perplexity": float(self.perplexity),
            "base_perplexity": float(self.base_perplexity),
            "steps": int(self.steps),
            "seconds": float(self.seconds),
            "tokens_per_second": float(self.tokens_per_second),
        }

    def summary(self) -> str:
        return "\n".join(
            [
                f"model: {self.model_dir}",
                f"steps: {self.steps} in {self.seconds:.0f} s ({self.tokens_per_second:,.0f} tokens/s)",
                f"train loss: {self.train_loss:.3f}   held-out loss: {self.eval_loss:.3f}",
                f"held-out perplexity: {self.perplexity:.1f} (base model before training: {self.base_perplexity:.1f})",
                f"try it: huggingtweets generate {self.model_dir}",
            ]
        )


def check_options(options: TrainOptions) -> None:
    def positive(value, flag):
        if value is not None and (not isinstance(value, int) or value < 1):
            raise UserError(f"{flag} {value} is out of range: use a whole number from 1.")

    positive(options.max_steps, "--max-steps")
    positive(options.batch_size, "--batch-size")
    positive(options.eval_steps, "--eval-steps")
    positive(options.save_steps, "--save-steps")
    positive(options.patience, "--patience")
    if options.block_size is not None and (
        not isinstance(options.block_size, int) or options.block_size < 8
    ):
        raise UserError(f"--block-size {options.block_size} is out of range: use 8 or more.")
    if options.learning_rate is not None and not (0 < float(options.learning_rate) <= 1):
        raise UserError(f"--lr {options.learning_rate} is out of range: use above 0 to 1.")
    if options.train_layers is not None and (
        not isinstance(options.train_layers, int) or options.train_layers < 0
    ):
        raise UserError(f"--train-layers {options.train_layers} is out of range: use 0 or more.")
    if options.lora and options.train_layers:
        raise UserError(
            "--train-layers and --lora do not go together: LoRA trains adapters, not blocks; "
            "leave one out."
        )


def train(
    data_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    options: TrainOptions | None = None,
    callbacks=None,
    tracker=None,
) -> TrainResult:
    """Fine-tune `options.base_model` on the dataset folder `data_dir` into the model folder `out_dir`.

    `tracker`: an open tracking.Tracker the caller finishes (the pipeline keeps the W&B run open
    for the samples); without one, train tracks the run itself and closes it.
    """
    options = options or TrainOptions()
    check_options(options)
    data_dir, out_dir = Path(data_dir).expanduser(), Path(out_dir).expanduser()
    if not is_dataset_dir(data_dir):
        raise UserError(
            f"'{data_dir}' is not a dataset folder (no dataset.json): make one with "
            "`huggingtweets download`, or give sources to `huggingtweets train`."
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"'{out_dir}' is a file: give a folder for --out.")
    ckpt_dir = out_dir / CHECKPOINTS
    if options.resume and not resumable(ckpt_dir):
        raise UserError(
            f"Nothing to resume in '{out_dir}' (no checkpoint in {ckpt_dir}): run without --resume."
        )
    created = not out_dir.exists()
    from huggingtweets.progress import quiet_libraries

    try:
        with quiet_libraries():
            return _train(data_dir, out_dir, options, callbacks, tracker)
    except BaseException:
        # Leave no half-made folder behind, unless it holds a checkpoint to resume from.
        if created and out_dir.is_dir() and not resumable(ckpt_dir):
            shutil.rmtree(out_dir, ignore_errors=True)
        raise


def _prepare_folder(data_dir: Path, out_dir: Path, options: TrainOptions) -> DatasetInfo:
    """Rank 0: data/ filled, and checkpoints/ kept only when this run continues them."""
    ckpt_dir = out_dir / CHECKPOINTS
    out_dir.mkdir(parents=True, exist_ok=True)
    info = copy_dataset(data_dir, out_dir / DATA)
    run_seed = options.seed if options.seed is not None else info.seed
    run = run_identity(options, run_seed, out_dir / DATA)
    if not decide_resume(options, ckpt_dir, run) and ckpt_dir.exists():
        shutil.rmtree(ckpt_dir)  # a fresh run never mixes with old checkpoints
    ckpt_dir.mkdir(parents=True, exist_ok=True)
    write_run(ckpt_dir, run)
    return info


def _blocks(base, data_dir: Path, options: TrainOptions, say):
    """(training blocks, held-out blocks, tokens per block, tokens of the training text)."""
    tok, eos_id = base.tokenizer, base.eos_token_id
    train_stream = tokenize_posts(
        from_text((data_dir / "train.txt").read_text(encoding="utf-8")), tok, eos_id
    )
    valid_file = data_dir / "valid.txt"
    valid_text = valid_file.read_text(encoding="utf-8") if valid_file.is_file() else ""
    valid_stream = tokenize_posts(from_text(valid_text), tok, eos_id)
    cpu_fp32 = not cuda() and choose_precision(options.precision) == "fp32"
    block_size, note = choose_block_size(
        options.block_size, base.max_positions, len(train_stream), cpu_fp32
    )
    if note:
        say(f"note: {note}")
    align = eos_id if options.align_blocks else None
    train_ds = pack(train_stream, block_size, align)
    eval_ds = eval_blocks(valid_stream, train_ds, block_size, say, align)
    return train_ds, eval_ds, block_size, len(train_stream)


def _hyperparameters(
    options: TrainOptions, seed: int, block_size: int, n_blocks: int, world: int, base=None
) -> tuple[Hyperparameters, int]:
    """The settings the run uses (defaults filled in) and the sequences per device."""
    accum = max(1, options.gradient_accumulation_steps)
    lr_scale = 1.0
    if options.batch_size:
        per_device = max(1, options.batch_size // world)
    else:
        per_device, lr_scale = default_batch(block_size, n_blocks, world, cuda())
    per_device = min(per_device, max(1, n_blocks // world))
    one_pass = max(1, math.ceil(n_blocks / (per_device * world * accum)))
    total_steps = options.max_steps or one_pass
    eval_steps = options.eval_steps or max(1, total_steps // EVALS_PER_RUN)
    save_steps = options.save_steps or eval_steps
    if save_steps % eval_steps:  # the best model can only be kept at an evaluation
        save_steps = eval_steps * math.ceil(save_steps / eval_steps)
    default_lr = defaults.LORA_LEARNING_RATE if options.lora else defaults.LEARNING_RATE
    precision = choose_precision(options.precision)
    hyper = Hyperparameters(
        learning_rate=options.learning_rate or lr_scale * default_lr,
        lr_scheduler=options.lr_scheduler,
        warmup_steps=options.warmup_steps,
        batch_size=per_device * world,
        gradient_accumulation_steps=accum,
        block_size=block_size,
        max_steps=total_steps,
        lora=bool(options.lora),
        align_blocks=bool(options.align_blocks),
        train_layers=trained_blocks(options, base),
        precision=precision,
        seed=seed,
        eval_steps=eval_steps,
        save_steps=save_steps,
        patience=options.patience or defaults.PATIENCE,
    )
    return hyper, per_device


def trained_blocks(options: TrainOptions, base) -> int | None:
    """How many of the top blocks a full fine-tune trains (TrainOptions.train_layers filled in);
    None with LoRA or a model whose blocks this package cannot find."""
    from huggingtweets.trainer import block_count

    blocks = block_count(base.model) if base is not None else None
    if options.train_layers and not blocks:
        raise UserError(
            f"--train-layers: the blocks of '{options.base_model}' could not be found (a LLaMA- or "
            "GPT-2-style model has them); leave --train-layers out to train every weight."
        )
    if options.lora or not blocks:
        return None
    return min(options.train_layers, blocks) if options.train_layers else blocks


def _train(data_dir: Path, out_dir: Path, options: TrainOptions, callbacks, tracker):
    import torch
    from accelerate import PartialState
    from transformers import set_seed

    from huggingtweets import models

    # Under torchrun this joins the process group (gloo on CPU); the Trainer reuses the same state,
    # so it must be made the way TrainingArguments makes it (`cpu=True` without a GPU).
    state = PartialState(cpu=not torch.cuda.is_available())
    is_main = state.is_main_process
    say = (lambda m: print(m, file=sys.stderr)) if is_main else (lambda m: None)
    started = time.monotonic()
    # Rank 0 copies the data and builds/converts the base model; the others wait, then read.
    with state.main_process_first():
        if is_main:
            info = _prepare_folder(data_dir, out_dir, options)
        else:
            info = DatasetInfo.load(out_dir / DATA)
        models.resolve(options.base_model)
    # Every process sees what the first decided: checkpoints are there only to be resumed.
    ckpt_dir = out_dir / CHECKPOINTS
    options = replace(options, resume=resumable(ckpt_dir))
    for w in info.warnings:
        say(f"warning: {w}")
    seed = options.seed if options.seed is not None else info.seed
    set_seed(seed)
    # fp32 weights whatever the model was saved in: mixed precision keeps its master weights and
    # optimizer in fp32 (fp16 gradients cannot be unscaled; bf16 weights lose small updates).
    base = models.load(options.base_model, dtype=torch.float32)
    train_ds, eval_ds, block_size, train_tokens = _blocks(base, out_dir / DATA, options, say)
    world = max(1, state.num_processes)
    hyper, per_device = _hyperparameters(options, seed, block_size, len(train_ds), world, base)
    kept = _finished_result(out_dir, hyper) if options.resume else None
    if kept is not None:
        say(
            f"this run already finished (step {kept.steps} of {hyper.max_steps}): the model in "
            f"'{out_dir}' is kept; change a setting or leave out --resume to train again"
        )
        return kept
    state.wait_for_everyone()  # every process has read finished.json before rank 0 removes it
    if is_main:
        clear_finished(ckpt_dir)  # it trains on (to more steps): finished again only at its end
    model = add_lora(base.model, options) if options.lora else base.model
    if hyper.train_layers:
        train_top_layers(model, hyper.train_layers)

    own_tracker = tracker is None  # else the caller logs the model with its samples, finishes
    if own_tracker:
        from huggingtweets.tracking import Tracker

        tracker = Tracker.create(options.wandb_mode, out_dir, is_main=is_main)
    failed = True
    try:
        if is_main and tracker.enabled:
            sizes = {"train_blocks": len(train_ds), "eval_blocks": len(eval_ds)}
            sizes["train_tokens"] = train_tokens
            _start_tracking(tracker, out_dir, options, info, base, hyper, sizes, world)
        trainer, start_step = make_trainer(
            training_arguments(out_dir, hyper, per_device, world),
            options, base, model, train_ds, eval_ds, tracker, callbacks,
        )  # fmt: skip
        done = fit(trainer, start_step, out_dir, hyper, options.resume, is_main)
        state.wait_for_everyone()
        result = _result(out_dir, done, started)
        if is_main:
            _write_model(out_dir, trainer, options, info, base, hyper, result, tracker)
            if done.finished:
                write_finished(ckpt_dir, done.steps, hyper.max_steps)
            if own_tracker:
                track_model_folder(tracker, out_dir)
            result.seconds = round(time.monotonic() - started, 2)
        failed = False
        return result
    finally:
        if own_tracker or failed:
            tracker.finish(failed=failed)


def _finished_result(out_dir: Path, hyper: Hyperparameters) -> TrainResult | None:
    """The result of this very run when it has already finished to `hyper.max_steps` and its
    model folder is whole (training.json there), else None."""
    finished = finished_run(out_dir / CHECKPOINTS)
    if finished is None or finished["max_steps"] != hyper.max_steps:
        return None
    try:
        r = TrainingRecord.load(out_dir).results
    except (UserError, KeyError, TypeError, ValueError):
        return None  # the model folder is not whole: train again
    if r.steps != finished["step"] or not (out_dir / "model.safetensors").is_file():
        return None
    return TrainResult(
        model_dir=str(out_dir),
        train_loss=r.train_loss,
        eval_loss=r.eval_loss,
        perplexity=r.perplexity,
        base_perplexity=r.base_perplexity,
        steps=r.steps,
        seconds=r.seconds,
        tokens_per_second=r.tokens_per_second,
    )


def _result(out_dir: Path, done, started: float) -> TrainResult:
    return TrainResult(
        model_dir=str(out_dir),
        train_loss=done.train_loss,
        eval_loss=done.eval_loss,
        perplexity=perplexity(done.eval_loss),
        base_perplexity=perplexity(done.base_loss),
        steps=done.steps,
        seconds=round(time.monotonic() - started, 2),
        tokens_per_second=done.tokens_per_second,
    )


def _start_tracking(tracker, out_dir, options, info, base, hyper, sizes: dict, world: int) -> None:
    """The W&B preprocess run (the data) and the open train run (its config)."""
    name = "-".join(sorted(h.lower() for h in info.handles)) or "model"
    tracker.log_preprocess(out_dir / DATA, info, name, base)
    dataset = {"handles": info.handles, "epochs": info.epochs, "seed": info.seed, **sizes}
    config = {
        "base_model": options.base_model,
        "options": asdict(options),
        "hyperparameters": hyper.to_json(),
        "dataset": dataset,
        "world_size": world,
    }
    tracker.start_train(name, config, base)


def _write_model(out_dir, trainer, options, info, base, hyper, result, tracker) -> None:
    """The model files, then training.json."""
    model = trainer.model.merge_and_unload() if options.lora else trainer.model
    save_model(out_dir, model, base, keep_newlines=bool(info.clean.get("keep_newlines")))
    results = Results(
        steps=result.steps,
        train_loss=result.train_loss,
        eval_loss=result.eval_loss,
        perplexity=result.perplexity,
        base_perplexity=result.base_perplexity,
        seconds=result.seconds,
        tokens_per_second=result.tokens_per_second,
    )
    record = training_record(
        options.base_model, out_dir / DATA, info, base, hyper, results, tracker
    )
    record.save(out_dir)
