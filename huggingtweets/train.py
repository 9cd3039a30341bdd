"""Step 2: fine-tune a pretrained causal language model on the training text.

The original's recipe (run_clm): every post is tokenized and followed by the model's own
end-of-text token, the text (epochs built in) is packed into blocks of the model's window (at
most 1,024 tokens), one pass, learning rate 1.372e-4, cosine decay, no warm-up, a log line every
5 steps, a random seed that is recorded. Better than the original: the held-out posts are
evaluated during training (loss and perplexity, and the base model's perplexity before), early
stopping keeps the best model, checkpoints let an interrupted run resume, LoRA is an option, and
it runs unchanged on a GPU (bf16/fp16), on a CPU, or under `torchrun` (only rank 0 writes).

The model folder: see docs/CONTRACTS.md.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import sys
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from huggingtweets.atomic import atomic_write_text
from huggingtweets.dataset import AUTHORS_FILE, Authors, from_text
from huggingtweets.errors import UserError
from huggingtweets.models import choose_precision  # noqa: F401  (re-exported for callers)

DEFAULT_LR = 1.372e-4  # the original author's sweep
DEFAULT_LORA_LR = 1e-3  # adapters need a larger step than full fine-tuning
TOKENS_PER_STEP = 1024  # the original: batch 1 x 1,024 tokens; shorter blocks get bigger batches
# A GPU takes about as long for 4 sequences of 1,024 tokens as for one (at batch 1 it waits on
# Python's kernel launches: BENCHMARKS.md), so there the default step holds 4x the tokens, with the
# learning rate scaled by sqrt(4) (Adam's square-root rule) ...
TOKENS_PER_STEP_GPU = 4096
# ... but only where the text gives that many steps: a short fine-tune needs its updates.
MIN_STEPS_FOR_GPU_BATCH = 50
EVALS_PER_RUN = 5  # default eval_steps: about this many held-out evaluations per run
DEFAULT_PATIENCE = 3  # evaluations without improvement before stopping early
MIN_BLOCK_SIZE = 16
TOKENIZE_CHUNK = 10_000  # posts per batch handed to the tokenizer (bounds its memory)
LOG_STEPS = 5  # the original logged every 5 steps
SAMPLE_PROMPT = "My dream is"
CHECKPOINTS = "checkpoints"
RUN_FILE = "run.json"  # in checkpoints/: what the checkpoints were made from (resume checks it)
DATA = "data"
# What a published model folder holds (checkpoints/ and data/ stay local).
MODEL_FILES_WRITTEN_LAST = ("model.safetensors", "training.json")


@dataclass
class TrainOptions:
    base_model: str = "gpt2"  # Hub id, local folder, 'smollm2' or 'tiny'
    max_steps: int | None = None  # None: one pass over the text (the epochs are in the text)
    learning_rate: float | None = (
        None  # None: 1.372e-4 (the original), 1e-3 with LoRA; x2 with a GPU's 4,096-token steps
    )
    batch_size: int | None = (
        None  # sequences per step; None: 1,024 tokens per step (GPU: 4,096), split over devices
    )
    block_size: int | None = None  # tokens per sequence; None: min(model window, 1024)
    lora: bool = False  # train LoRA adapters (merged into the weights before saving)
    eval_steps: int | None = None  # None: about 5 held-out evaluations per run
    save_steps: int | None = None  # None: at every evaluation (a multiple of eval_steps)
    patience: int | None = None  # None: stop after 3 evaluations without improvement
    wandb_mode: str | None = (
        None  # online | offline | disabled; None: online with a key, else offline
    )
    resume: bool = False  # continue from the last checkpoint in out_dir/checkpoints
    # Continue when out_dir holds a checkpoint of this same run (settings and posts), else start
    # afresh: the notebook's Train after a runtime reset.
    auto_resume: bool = False
    seed: int | None = None  # None: the dataset's (random, recorded) seed
    # Knobs the CLI does not expose (the notebook and the demo use them):
    lr_scheduler: str = "cosine"  # the original's schedule
    warmup_steps: int = 0  # the original used none
    gradient_accumulation_steps: int = 1  # the original used none
    lora_r: int = 16  # LoRA rank
    lora_alpha: int = 32  # LoRA scale
    lora_dropout: float = 0.05
    lora_layers: int | None = None  # adapters only in the top N blocks (None: all); fewer is faster
    max_seconds: float | None = None  # stop training (cleanly, with a save) after this long
    deadline: float | None = None  # time.monotonic() by which training stops (the demo's budget)
    sample_generations: int = 5  # posts written to generations.json after training (0: none)
    sample_max_new_tokens: int = 160
    evaluation_posts: int = 10  # posts per voice for the report in training.json (0: no report)
    card: bool = True  # render predictions.png and README.md
    precision: str | None = None  # auto | fp32 | bf16 | fp16; auto: bf16 where the hardware has it
    progress: bool = True  # one bar on stderr (the notebook passes its own callback instead)


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


# --- helpers --------------------------------------------------------------------------------


def _finite(x: float | None, default: float = float("nan")) -> float:
    try:
        x = float(x)
    except (TypeError, ValueError):
        return default
    return x


def _perplexity(loss: float) -> float:
    loss = _finite(loss)
    if math.isnan(loss):
        return loss
    return math.exp(min(loss, 50.0))


def _json_number(x):
    """JSON has no NaN/inf: write null instead."""
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


def _atomic_write_json(path: Path, data: dict) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def check_options(options: TrainOptions) -> None:
    def positive(name, value, flag):
        if value is not None and (not isinstance(value, int) or value < 1):
            raise UserError(f"{flag} {value} is out of range: use a whole number from 1.")

    positive("max_steps", options.max_steps, "--max-steps")
    positive("batch_size", options.batch_size, "--batch-size")
    positive("eval_steps", options.eval_steps, "--eval-steps")
    positive("save_steps", options.save_steps, "--save-steps")
    positive("patience", options.patience, "--patience")
    if options.block_size is not None and (
        not isinstance(options.block_size, int) or options.block_size < 8
    ):
        raise UserError(f"--block-size {options.block_size} is out of range: use 8 or more.")
    if options.learning_rate is not None and not (0 < float(options.learning_rate) <= 1):
        raise UserError(f"--lr {options.learning_rate} is out of range: use above 0 to 1.")


# --- data -----------------------------------------------------------------------------------


def prepare_data(sources, out_dir: Path, options: TrainOptions, download_options):
    """Fill out_dir/data (download, or copy a download folder); returns its DatasetInfo."""
    from huggingtweets.download import DatasetInfo, download, is_dataset_dir

    data_dir = out_dir / DATA
    if isinstance(sources, str | os.PathLike):
        sources = [str(sources)]
    sources = [str(s) for s in sources]
    if options.resume and is_dataset_dir(data_dir):
        return DatasetInfo.load(data_dir)  # the very text the interrupted run trained on
    if (
        len(sources) == 1
        and Path(sources[0]).expanduser().is_dir()
        and is_dataset_dir(Path(sources[0]).expanduser())
    ):
        src = Path(sources[0]).expanduser().resolve()
        if src == data_dir.resolve():
            return DatasetInfo.load(data_dir)
        info = DatasetInfo.load(src)
        data_dir.mkdir(parents=True, exist_ok=True)
        for name in ("dataset.json", "train.txt", "valid.txt", AUTHORS_FILE):
            (data_dir / name).unlink(missing_ok=True)  # none left from an earlier dataset
            if (src / name).is_file():
                shutil.copyfile(src / name, data_dir / f".{name}.tmp")
                os.replace(data_dir / f".{name}.tmp", data_dir / name)
        if (src / "raw").is_dir():
            shutil.copytree(src / "raw", data_dir / "raw", dirs_exist_ok=True)
        info.train_file = str(data_dir / "train.txt")
        info.valid_file = str(data_dir / "valid.txt")
        info.save(data_dir)
        return DatasetInfo.load(data_dir)
    from dataclasses import replace

    from huggingtweets.download import DownloadOptions

    download_options = download_options or DownloadOptions()
    if download_options.seed is None and options.seed is not None:
        download_options = replace(download_options, seed=options.seed)  # one seed for both
    return download(sources, data_dir, download_options)


def tokenize_posts(posts: list[str], tokenizer, eos_id: int) -> list[int]:
    """One token stream: end-of-text, then every post followed by end-of-text (as the original).

    A fast tokenizer's own batch encoder runs on all cores; `datasets.map` (run_clm's way) added
    about 5 s of Arrow round trips per 100,000 posts and is not needed for a list this size.
    """
    if not posts:
        return []
    backend = getattr(tokenizer, "backend_tokenizer", None)
    stream = [eos_id]
    for start in range(0, len(posts), TOKENIZE_CHUNK):
        chunk = list(posts[start : start + TOKENIZE_CHUNK])
        if backend is not None:
            rows = [e.ids for e in backend.encode_batch(chunk, add_special_tokens=False)]
        else:
            rows = tokenizer(chunk, add_special_tokens=False)["input_ids"]
        for ids in rows:
            stream.extend(ids)
            stream.append(eos_id)
    return stream


def pack(stream: list[int], block_size: int):
    """run_clm's group_texts: consecutive blocks of `block_size` tokens, the remainder dropped."""
    from datasets import Dataset

    n = (len(stream) // block_size) * block_size
    blocks = [stream[i : i + block_size] for i in range(0, n, block_size)]
    return Dataset.from_dict(
        {
            "input_ids": blocks,
            "attention_mask": [[1] * block_size for _ in blocks],
            "labels": [list(b) for b in blocks],
        }
    )


def choose_block_size(
    requested: int | None, model_max: int, n_tokens: int
) -> tuple[int, str | None]:
    from huggingtweets.models import MAX_BLOCK_SIZE

    block = min(requested or min(model_max, MAX_BLOCK_SIZE), model_max)
    note = None
    if requested and requested > model_max:
        note = f"block size {requested} is longer than the model's window; using {model_max}"
    if n_tokens < block:
        smaller = 2 ** int(math.log2(max(n_tokens, 1)))
        if smaller < MIN_BLOCK_SIZE:
            raise UserError(
                f"The training text is only {n_tokens} tokens, too little to train on: add posts or raise --epochs."
            )
        note = f"the training text is {n_tokens} tokens, shorter than one {block}-token block; using blocks of {smaller}"
        block = smaller
    return block, note


def default_batch(block_size: int, n_blocks: int, world: int, on_gpu: bool) -> tuple[int, float]:
    """(sequences per device per step, learning-rate scale) when the user set no batch size.

    1,024 tokens per step, as the original's learning rate was tuned for; on a GPU 4,096 where one
    pass over the text still has MIN_STEPS_FOR_GPU_BATCH optimizer steps or more.
    """
    tokens = TOKENS_PER_STEP
    if on_gpu and n_blocks * block_size >= TOKENS_PER_STEP_GPU * MIN_STEPS_FOR_GPU_BATCH:
        tokens = TOKENS_PER_STEP_GPU
    per_device = max(1, math.ceil(tokens / block_size / world))
    per_step = per_device * world * block_size
    scale = math.sqrt(per_step / TOKENS_PER_STEP) if tokens > TOKENS_PER_STEP else 1.0
    return per_device, scale


# --- the training run ----------------------------------------------------------------------


class _TimeBudget:
    """A TrainerCallback that stops training (evaluated and saved) after `seconds` or at `deadline`."""

    def __new__(cls, seconds: float | None, deadline: float | None = None):
        from transformers import TrainerCallback

        class TimeBudget(TrainerCallback):
            def __init__(self):
                self.start = None

            def on_train_begin(self, args, state, control, **kw):
                self.start = time.monotonic()
                self.stop_at = min(
                    self.start + seconds if seconds else math.inf, deadline or math.inf
                )

            def on_step_end(self, args, state, control, **kw):
                if self.start is not None and time.monotonic() >= self.stop_at:
                    control.should_training_stop = True
                    control.should_evaluate = True
                    control.should_save = True
                return control

        return TimeBudget()


class _StartStep:
    """A TrainerCallback remembering the step training (re)started at, for tokens/s."""

    def __new__(cls):
        from transformers import TrainerCallback

        class StartStep(TrainerCallback):
            step = 0

            def on_train_begin(self, args, state, control, **kw):
                self.step = int(state.global_step)

        return StartStep()


def _last_checkpoint(ckpt_dir: Path) -> Path | None:
    """The newest complete checkpoint (one cut off mid-save has no trainer_state.json)."""
    if not ckpt_dir.is_dir():
        return None
    done = [
        p
        for p in ckpt_dir.glob("checkpoint-*")
        if p.name.split("-")[-1].isdigit() and (p / "trainer_state.json").is_file()
    ]
    return max(done, key=lambda p: int(p.name.split("-")[-1]), default=None)


# What makes a checkpoint part of the same run: resuming with other settings or other posts
# would quietly train a different model. (max_steps may grow: resuming to more steps is fine.)
RUN_FIELDS = {
    "base_model": "base model",
    "lora": "LoRA",
    "lora_r": "LoRA rank",
    "lora_alpha": "LoRA alpha",
    "lora_dropout": "LoRA dropout",
    "lora_layers": "LoRA layers",
    "learning_rate": "learning rate",
    "batch_size": "batch size",
    "block_size": "block size",
    "gradient_accumulation_steps": "gradient accumulation",
    "lr_scheduler": "learning-rate schedule",
    "warmup_steps": "warm-up",
}


def run_identity(options: TrainOptions, seed: int, data_dir: Path) -> dict:
    """The settings and the posts (a hash of the training and held-out text) of a run."""
    import hashlib

    digest = hashlib.sha256()
    for name in ("train.txt", "valid.txt"):
        with contextlib.suppress(FileNotFoundError):
            digest.update((data_dir / name).read_bytes())
        digest.update(b"\0")
    run = {name: getattr(options, name) for name in RUN_FIELDS}
    run["base_model"] = str(options.base_model).strip()
    run.update(seed=int(seed), posts=digest.hexdigest())
    return run


def _run_differences(recorded: dict, run: dict) -> list[str]:
    names = {**RUN_FIELDS, "seed": "seed", "posts": "posts"}
    return [label for key, label in names.items() if recorded.get(key) != run.get(key)]


def _recorded_run(ckpt_dir: Path) -> dict | None:
    try:
        data = json.loads((ckpt_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def checkpoint_step(checkpoint: Path | None) -> int | None:
    """The optimizer step a checkpoint folder (checkpoint-N) was saved at."""
    return int(checkpoint.name.split("-")[-1]) if checkpoint is not None else None


def _decide_resume(options: TrainOptions, ckpt_dir: Path, run: dict) -> bool:
    """Whether this run continues from ckpt_dir (else its checkpoints are removed); says why."""
    last = _last_checkpoint(ckpt_dir)
    recorded = _recorded_run(ckpt_dir)
    differences = _run_differences(recorded, run) if recorded is not None else []
    if options.resume:
        if differences:
            raise UserError(
                f"The checkpoint in '{ckpt_dir}' is from a run that differs in "
                f"{', '.join(differences)}: use the same settings to resume, or leave out "
                "--resume to start afresh."
            )
        return True
    if last is None:
        return False
    if options.auto_resume and recorded is not None and not differences:
        return True
    if not options.auto_resume:
        why = "run with --resume to continue it instead"
    elif differences:
        why = f"its run differs in {', '.join(differences)}"
    else:
        why = "nothing records what it was made from"
    print(
        f"note: starting afresh; the checkpoint at step {checkpoint_step(last)} in {ckpt_dir} "
        f"is removed ({why}).",
        file=sys.stderr,
    )
    return False


def train(
    sources,
    out_dir: str | os.PathLike,
    options: TrainOptions | None = None,
    download_options=None,
    callbacks=None,
) -> TrainResult:
    """Fine-tune `options.base_model` on the posts of `sources` (or a download folder) into `out_dir`."""
    options = options or TrainOptions()
    check_options(options)
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"'{out_dir}' is a file: give a folder for --out.")
    ckpt_dir = out_dir / CHECKPOINTS
    if options.resume and _last_checkpoint(ckpt_dir) is None:
        raise UserError(
            f"Nothing to resume in '{out_dir}' (no checkpoint in {ckpt_dir}): run without --resume."
        )
    created = not out_dir.exists()
    from huggingtweets.progress import quiet_libraries

    try:
        with quiet_libraries():
            return _train(sources, out_dir, ckpt_dir, options, download_options, callbacks)
    except BaseException:
        # Leave no half-made folder behind, unless it holds a checkpoint to resume from.
        if created and out_dir.is_dir() and _last_checkpoint(ckpt_dir) is None:
            shutil.rmtree(out_dir, ignore_errors=True)
        raise


def _train(sources, out_dir: Path, ckpt_dir: Path, options, download_options, callbacks):

    import torch
    from accelerate import PartialState

    from huggingtweets import models
    from huggingtweets.tracking import Tracker

    # Under torchrun this joins the process group (gloo on CPU); the Trainer reuses the same state,
    # so it must be made the way TrainingArguments makes it (`cpu=True` without a GPU).
    state = PartialState(cpu=not torch.cuda.is_available())
    is_main = state.is_main_process
    started = time.monotonic()

    # Rank 0 downloads and builds/converts the base model; the others wait, then read.
    with state.main_process_first():
        if is_main:
            out_dir.mkdir(parents=True, exist_ok=True)
            info = prepare_data(sources, out_dir, options, download_options)
            run_seed = options.seed if options.seed is not None else info.seed
            run = run_identity(options, run_seed, out_dir / DATA)
            if not _decide_resume(options, ckpt_dir, run) and ckpt_dir.exists():
                shutil.rmtree(ckpt_dir)  # a fresh run never mixes with old checkpoints
            ckpt_dir.mkdir(parents=True, exist_ok=True)
            _atomic_write_json(ckpt_dir / RUN_FILE, run)
        else:
            from huggingtweets.download import DatasetInfo

            info = DatasetInfo.load(out_dir / DATA)
        models.resolve(options.base_model)
    # Every process sees what the first decided: checkpoints are there only to be resumed.
    options = replace(options, resume=_last_checkpoint(ckpt_dir) is not None)
    for w in info.warnings if is_main else []:
        print(f"warning: {w}", file=sys.stderr)

    seed = options.seed if options.seed is not None else info.seed
    from transformers import set_seed

    set_seed(seed)
    # fp32 weights whatever the model was saved in: mixed precision keeps its master weights and
    # optimizer in fp32 (fp16 gradients cannot be unscaled; bf16 weights lose small updates).
    base = models.load(options.base_model, dtype=torch.float32)
    tok, eos_id = base.tokenizer, base.eos_token_id

    data_dir = out_dir / DATA
    train_stream = tokenize_posts(
        from_text((data_dir / "train.txt").read_text(encoding="utf-8")), tok, eos_id
    )
    valid_text = (
        (data_dir / "valid.txt").read_text(encoding="utf-8")
        if (data_dir / "valid.txt").is_file()
        else ""
    )
    valid_stream = tokenize_posts(from_text(valid_text), tok, eos_id)
    block_size, note = choose_block_size(options.block_size, base.max_positions, len(train_stream))
    if note and is_main:
        print(f"note: {note}", file=sys.stderr)
    train_ds = pack(train_stream, block_size)
    if len(valid_stream) >= block_size:
        eval_ds = pack(valid_stream, block_size)
    elif len(valid_stream) >= MIN_BLOCK_SIZE:
        eval_ds = pack(valid_stream, len(valid_stream))  # one shorter block: all the held-out text
    else:
        # Too few posts to hold any out: measure on the start of the training text instead.
        if is_main:
            print(
                "warning: no held-out posts (fewer than 20 kept); the evaluation uses training text",
                file=sys.stderr,
            )
        eval_ds = train_ds.select(range(min(len(train_ds), 4)))

    # Device, precision, batch.
    precision = choose_precision(options.precision)
    world = max(1, state.num_processes)
    accum = max(1, options.gradient_accumulation_steps)
    lr_scale = 1.0
    if options.batch_size:
        per_device = max(1, options.batch_size // world)
    else:
        per_device, lr_scale = default_batch(block_size, len(train_ds), world, _cuda())
    per_device = min(per_device, max(1, len(train_ds) // world))
    global_batch = per_device * world * accum
    one_pass = max(1, math.ceil(len(train_ds) / global_batch))
    total_steps = options.max_steps or one_pass
    eval_steps = options.eval_steps or max(1, total_steps // EVALS_PER_RUN)
    save_steps = options.save_steps or eval_steps
    if save_steps % eval_steps:  # the best model can only be kept at an evaluation
        save_steps = eval_steps * math.ceil(save_steps / eval_steps)
    patience = options.patience or DEFAULT_PATIENCE
    lr = options.learning_rate or lr_scale * (DEFAULT_LORA_LR if options.lora else DEFAULT_LR)

    model = base.model
    if options.lora:
        model = _add_lora(model, options)

    hyper = {
        "learning_rate": lr,
        "lr_scheduler": options.lr_scheduler,
        "warmup_steps": options.warmup_steps,
        "batch_size": per_device * world,
        "gradient_accumulation_steps": accum,
        "block_size": block_size,
        "max_steps": total_steps,
        "lora": bool(options.lora),
        "precision": precision,
        "seed": seed,
        "eval_steps": eval_steps,
        "save_steps": save_steps,
        "patience": patience,
    }
    name = "-".join(sorted(h.lower() for h in info.handles)) or "model"
    tracker = Tracker.create(options.wandb_mode, out_dir, is_main=is_main)
    failed = True
    try:
        if is_main and tracker.enabled:
            tracker.log_preprocess(data_dir, info, name, base)
            tracker.start_train(
                name,
                {
                    "base_model": options.base_model,
                    "options": asdict(options),
                    "hyperparameters": hyper,
                    "dataset": {
                        "handles": info.handles,
                        "epochs": info.epochs,
                        "seed": info.seed,
                        "train_blocks": len(train_ds),
                        "eval_blocks": len(eval_ds),
                        "train_tokens": len(train_stream),
                    },
                    "world_size": world,
                },
                base,
            )
        result = _run_trainer(
            out_dir=out_dir,
            options=options,
            info=info,
            base=base,
            model=model,
            train_ds=train_ds,
            eval_ds=eval_ds,
            hyper=hyper,
            per_device=per_device,
            world=world,
            tracker=tracker,
            callbacks=callbacks,
            started=started,
            state=state,
        )
        failed = False
        return result
    finally:
        tracker.finish(failed=failed)


def _add_lora(model, options: TrainOptions):
    from peft import LoraConfig, get_peft_model

    extra = {}
    n_layers = getattr(model.config, "num_hidden_layers", None) or getattr(
        model.config, "n_layer", None
    )
    if options.lora_layers and n_layers and options.lora_layers < n_layers:
        # Only the top blocks: the backward pass then stops there, which is what makes it fast.
        extra["layers_to_transform"] = list(range(n_layers - options.lora_layers, n_layers))
    config = LoraConfig(
        r=options.lora_r,
        lora_alpha=options.lora_alpha,
        lora_dropout=options.lora_dropout,
        target_modules=_linear_names(model) if extra else "all-linear",
        task_type="CAUSAL_LM",
        fan_in_fan_out=_uses_conv1d(model),  # GPT-2's Conv1D stores its weights transposed
        **extra,
    )
    return get_peft_model(model, config)


def _uses_conv1d(model) -> bool:
    from transformers.pytorch_utils import Conv1D

    return any(isinstance(m, Conv1D) for m in model.modules())


def _linear_names(model) -> list[str]:
    """Names of the linear layers inside the transformer blocks (not the output layer)."""
    import torch
    from transformers.pytorch_utils import Conv1D

    out = set()
    output = model.get_output_embeddings()
    for name, module in model.named_modules():
        if isinstance(module, torch.nn.Linear | Conv1D) and module is not output:
            out.add(name.rsplit(".", 1)[-1])
    return sorted(out)


def _run_trainer(
    *,
    out_dir: Path,
    options: TrainOptions,
    info,
    base,
    model,
    train_ds,
    eval_ds,
    hyper: dict,
    per_device: int,
    world: int,
    tracker,
    callbacks,
    started: float,
    state,
) -> TrainResult:
    from transformers import (
        EarlyStoppingCallback,
        Trainer,
        TrainingArguments,
        default_data_collator,
    )

    precision = hyper["precision"]
    args = TrainingArguments(
        output_dir=str(out_dir / CHECKPOINTS),
        per_device_train_batch_size=per_device,
        per_device_eval_batch_size=per_device,
        gradient_accumulation_steps=hyper["gradient_accumulation_steps"],
        learning_rate=hyper["learning_rate"],
        lr_scheduler_type=hyper["lr_scheduler"],
        warmup_steps=hyper["warmup_steps"],
        max_steps=hyper["max_steps"],
        num_train_epochs=1,
        logging_steps=LOG_STEPS,
        logging_first_step=True,
        eval_strategy="steps",
        eval_steps=hyper["eval_steps"],
        save_strategy="steps",
        save_steps=hyper["save_steps"],
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model="eval_loss",
        greater_is_better=False,
        seed=hyper["seed"],
        bf16=precision == "bf16",
        fp16=precision == "fp16",
        use_cpu=not _cuda(),
        report_to="none",  # W&B through tracker.callback(): its config holds no local path
        run_name=f"train-{out_dir.name}",
        dataloader_drop_last=False,
        ddp_find_unused_parameters=False if world > 1 else None,
        save_only_model=False,
        disable_tqdm=True,  # its bars nest an evaluation bar in the training bar: ours instead
        log_level="passive",  # progress.quiet_libraries sets (and restores) transformers' level
    )
    all_callbacks = []
    if options.max_seconds or options.deadline:
        all_callbacks.append(_TimeBudget(options.max_seconds, options.deadline))
    start_step = _StartStep()
    all_callbacks.append(start_step)
    wandb_callback = tracker.callback()
    if wandb_callback is not None:
        all_callbacks.append(wandb_callback)
    all_callbacks.extend(callbacks or [])
    trainer = Trainer(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=default_data_collator,
        processing_class=base.tokenizer,
        callbacks=all_callbacks,
    )
    from huggingtweets.progress import remove_trainer_progress, training_bar

    remove_trainer_progress(trainer)  # no raw metric dicts, no nested evaluation bars
    if options.progress:
        trainer.add_callback(training_bar())
    # The base model on the held-out text, before any training (LoRA starts as the identity).
    base_loss = _finite(trainer.evaluate(metric_key_prefix="base").get("base_loss"))
    # Early stopping watches eval_loss from here on (the base evaluation has none to watch).
    trainer.add_callback(EarlyStoppingCallback(early_stopping_patience=hyper["patience"]))
    if state.is_main_process:
        print(
            f"base model held-out loss {base_loss:.3f} (perplexity {_perplexity(base_loss):.1f}); "
            f"training {hyper['max_steps']} steps of {hyper['batch_size']}x{hyper['block_size']} tokens",
            file=sys.stderr,
        )
    t0 = time.monotonic()
    last = _last_checkpoint(out_dir / CHECKPOINTS) if options.resume else None
    if last is not None and state.is_main_process:
        print(
            f"resuming from step {checkpoint_step(last)} of {hyper['max_steps']} "
            f"(checkpoint {last})",
            file=sys.stderr,
        )
    output = trainer.train(resume_from_checkpoint=str(last) if last else None)
    train_seconds = time.monotonic() - t0
    steps = int(trainer.state.global_step)
    steps_run = steps - start_step.step
    # The best evaluation is the model now loaded (load_best_model_at_end): no need to run it again.
    best = trainer.state.best_metric
    eval_loss = _finite(best if best is not None else trainer.evaluate().get("eval_loss"))
    train_loss = _finite(output.training_loss)
    tokens = (
        steps_run * hyper["batch_size"] * hyper["gradient_accumulation_steps"] * hyper["block_size"]
    )
    tokens_per_second = tokens / train_seconds if train_seconds > 0 else 0.0

    state.wait_for_everyone()
    result = TrainResult(
        model_dir=str(out_dir),
        train_loss=train_loss,
        eval_loss=eval_loss,
        perplexity=_perplexity(eval_loss),
        base_perplexity=_perplexity(base_loss),
        steps=steps,
        seconds=round(time.monotonic() - started, 2),
        tokens_per_second=round(tokens_per_second, 1),
    )
    if state.is_main_process:
        _write_model_folder(out_dir, options, info, base, trainer, hyper, result, tracker)
        result.seconds = round(time.monotonic() - started, 2)
    return result


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def generation_defaults(separator: str) -> dict:
    """The original's widget defaults, stored in config.json's task_specific_params."""
    return {
        "do_sample": True,
        "min_length": 10,
        "max_length": 160,
        "temperature": 1.0,
        "top_p": 0.95,
        "prefix": separator,
    }


def _stop_ids(tok, eos_id: int, info) -> int | list[int]:
    """Where the Hub widget ends a post, as `generate` does: at end-of-text, or also at a line
    break unless the posts kept theirs (`--keep-newlines`)."""
    from huggingtweets.generate import stop_token_ids

    if bool(info.clean.get("keep_newlines")):
        return int(eos_id)
    return [int(eos_id)] + [i for i in stop_token_ids(tok, extra=[eos_id]) if i != eos_id]


def _write_model_folder(
    out_dir: Path, options, info, base, trainer, hyper, result, tracker
) -> None:
    """Save weights, config, tokenizer and records; the files a loader needs are moved in last."""
    from transformers import GenerationConfig

    model = trainer.model
    if options.lora:
        model = model.merge_and_unload()
    tok = base.tokenizer
    sep = base.separator
    model.config.task_specific_params = {"text-generation": generation_defaults(sep)}
    model.config.pad_token_id = tok.pad_token_id
    gen = GenerationConfig(
        do_sample=True,
        min_length=10,
        max_length=160,
        temperature=1.0,
        top_p=0.95,
        bos_token_id=base.eos_token_id,
        eos_token_id=_stop_ids(tok, base.eos_token_id, info),
        pad_token_id=tok.pad_token_id,
    )
    model.generation_config = gen

    staging = out_dir / ".model-tmp"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    model.save_pretrained(staging)
    tok.save_pretrained(staging)
    # An older model here must not look complete while the new one moves in.
    for name in ("training.json", "model.safetensors", "generations.json"):
        with contextlib.suppress(FileNotFoundError):
            (out_dir / name).unlink()
    names = sorted(p.name for p in staging.iterdir())
    for name in [n for n in names if n not in MODEL_FILES_WRITTEN_LAST] + [
        n for n in MODEL_FILES_WRITTEN_LAST if n in names
    ]:
        with contextlib.suppress(OSError):
            os.chmod(staging / name, 0o644)
        os.replace(staging / name, out_dir / name)
    shutil.rmtree(staging, ignore_errors=True)

    training = _training_record(options, info, base, hyper, result, tracker)
    authors = Authors.load(out_dir / DATA)
    if authors is not None:  # several accounts: which tag writes as whom
        training["steering"] = authors.steering()
    _atomic_write_json(out_dir / "training.json", training)

    generations = None
    if options.sample_generations:
        from huggingtweets.generate import GenerateOptions, generate

        t = time.monotonic()
        generations = generate(
            out_dir,
            GenerateOptions(
                prompt=SAMPLE_PROMPT,
                num=options.sample_generations,
                max_new_tokens=options.sample_max_new_tokens,
                seed=hyper["seed"],
            ),
        )
        _atomic_write_json(out_dir / "generations.json", generations.to_json())
        print(
            f"wrote {len(generations.generations)} sample posts in {time.monotonic() - t:.1f} s",
            file=sys.stderr,
        )

    report = _evaluate(out_dir, options, hyper["seed"]) if options.evaluation_posts else None

    if options.card:
        _render(out_dir)

    if tracker.run is not None:
        if generations is not None:
            tracker.log_generations(generations)
        tracker.summary(
            {
                "eval_loss": _json_number(result.eval_loss),
                "perplexity": _json_number(result.perplexity),
                "base_perplexity": _json_number(result.base_perplexity),
                "tokens_per_second": result.tokens_per_second,
                **(_report_summary(report) if report is not None else {}),
            }
        )
        files = [p.name for p in out_dir.iterdir() if p.is_file() and not p.name.startswith(".")]
        tracker.log_model(
            out_dir,
            sorted(files),
            {"base_model": base.name, "handles": info.handles, "hub_url": None, **hyper},
        )


def _report_summary(report) -> dict:
    """The evaluation's headline numbers for the W&B run summary."""
    keys = ("copy_rate", "distinct_bigrams_generated", "distinct_bigrams_real", "attribution_score")
    return {f"evaluation/{k}": getattr(report, k) for k in keys if getattr(report, k) is not None}


def _evaluate(out_dir: Path, options: TrainOptions, seed: int):
    """The "how much it sounds like them" report into training.json; a failure keeps the model."""
    from huggingtweets.evaluate import EvaluateOptions, evaluate, save_evaluation

    t = time.monotonic()
    try:
        report = evaluate(
            out_dir,
            EvaluateOptions(
                posts=options.evaluation_posts,
                max_new_tokens=options.sample_max_new_tokens,
                seed=seed,
                progress=options.progress,
            ),
        )
        save_evaluation(out_dir, report)
    except Exception as e:  # the model is saved; say what is missing and carry on
        if os.environ.get("HUGGINGTWEETS_DEBUG"):
            raise
        print(
            f"warning: could not evaluate the model ({type(e).__name__}: "
            f"{' '.join(str(e).split())[:200]}); run `huggingtweets evaluate {out_dir}`",
            file=sys.stderr,
        )
        return None
    print(f"evaluated the model in {time.monotonic() - t:.1f} s", file=sys.stderr)
    return report


def _render(out_dir: Path) -> None:
    """predictions.png and README.md (other modules); a failure there keeps the trained model."""
    for module, func in (("pictures", "render_predictions"), ("card", "write_card")):
        try:
            mod = __import__(f"huggingtweets.{module}", fromlist=[func])
            getattr(mod, func)(out_dir)
        except UserError as e:
            print(f"warning: {module}: {e}", file=sys.stderr)
        except Exception as e:  # the model is saved; say what is missing and carry on
            if os.environ.get("HUGGINGTWEETS_DEBUG"):
                raise
            print(
                f"warning: could not write {module} ({type(e).__name__}: {' '.join(str(e).split())[:200]})",
                file=sys.stderr,
            )


def _training_record(options, info, base, hyper, result, tracker) -> dict:
    from huggingtweets.privacy import public_source
    from huggingtweets.tracking import public_account, versions

    v = versions()
    # Published with the model: a local base model or source file is named, never placed.
    return {
        "base_model": public_source(options.base_model),
        "base_model_name": base.display_name,
        "base_model_url": base.url,
        "base_model_id": base.hub_id,
        "separator": base.separator,
        "accounts": [public_account(asdict(a)) for a in info.accounts],  # counts and who
        "dataset": {
            "seed": info.seed,
            "epochs": info.epochs,
            "clean": {
                k: bool(info.clean.get(k, False))
                for k in ("keep_newlines", "drop_replies", "strip_mentions")
            },
            "train_posts": info.train_posts,
            "valid_posts": info.valid_posts,
            "characters": info.characters,
        },
        "hyperparameters": dict(hyper),
        "steps": result.steps,
        "train_loss": _json_number(result.train_loss),
        "eval_loss": _json_number(result.eval_loss),
        "perplexity": _json_number(result.perplexity),
        "base_perplexity": _json_number(result.base_perplexity),
        "seconds": result.seconds,
        "tokens_per_second": result.tokens_per_second,
        "wandb": tracker.to_json(),
        "versions": {
            k: v[k] for k in ("huggingtweets", "transformers", "torch", "datasets", "python")
        },
    }
