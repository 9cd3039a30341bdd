"""Checkpoints of a training run (model_dir/checkpoints/): which is the last, and whether to resume.

A run resumes only from checkpoints of the same run: `run.json` beside them records the settings
and a hash of the posts they were made from, and a run with other settings starts afresh (or, with
`resume`, stops with an error saying what differs).

A run that ended by finishing its steps (or by early stopping) writes no checkpoint at its last
step: nothing would read it, since the model folder holds the best weights. `finished.json` says it
finished instead, so resuming it (the notebook's Train again, `--resume`) keeps the model rather
than training its last steps again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from pathlib import Path

from huggingtweets.atomic import atomic_write_text
from huggingtweets.errors import UserError

CHECKPOINTS = "checkpoints"
RUN_FILE = "run.json"  # in checkpoints/: what the checkpoints were made from (resume checks it)
FINISHED_FILE = "finished.json"  # in checkpoints/: the run finished (its step and max_steps)

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
    "align_blocks": "block alignment",
    "train_layers": "trained blocks",
}


def last_checkpoint(ckpt_dir: Path) -> Path | None:
    """The newest complete checkpoint (one cut off mid-save has no trainer_state.json)."""
    if not ckpt_dir.is_dir():
        return None
    done = [
        p
        for p in ckpt_dir.glob("checkpoint-*")
        if p.name.split("-")[-1].isdigit() and (p / "trainer_state.json").is_file()
    ]
    return max(done, key=lambda p: int(p.name.split("-")[-1]), default=None)


def finished_run(ckpt_dir: Path) -> dict | None:
    """{"step", "max_steps"} of a run that finished in ckpt_dir's folder, else None."""
    try:
        data = json.loads((ckpt_dir / FINISHED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = isinstance(data, dict) and all(isinstance(data.get(k), int) for k in ("step", "max_steps"))
    return data if ok else None


def write_finished(ckpt_dir: Path, step: int, max_steps: int) -> None:
    atomic_write_text(
        ckpt_dir / FINISHED_FILE, json.dumps({"step": step, "max_steps": max_steps}) + "\n"
    )


def clear_finished(ckpt_dir: Path) -> None:
    """The run trains again (to more steps): it is no longer finished until it ends."""
    (ckpt_dir / FINISHED_FILE).unlink(missing_ok=True)


def resumable(ckpt_dir: Path) -> bool:
    """Whether ckpt_dir holds something to resume: a checkpoint, or a finished run's record."""
    return last_checkpoint(ckpt_dir) is not None or finished_run(ckpt_dir) is not None


def checkpoint_step(checkpoint: Path | None) -> int | None:
    """The optimizer step a checkpoint folder (checkpoint-N) was saved at."""
    return int(checkpoint.name.split("-")[-1]) if checkpoint is not None else None


def run_identity(options, seed: int, data_dir: Path) -> dict:
    """The settings (TrainOptions) and the posts (a hash of the training and held-out text)."""
    digest = hashlib.sha256()
    for name in ("train.txt", "valid.txt"):
        with contextlib.suppress(FileNotFoundError):
            digest.update((data_dir / name).read_bytes())
        digest.update(b"\0")
    run = {name: getattr(options, name) for name in RUN_FIELDS}
    run["base_model"] = str(options.base_model).strip()
    run.update(seed=int(seed), posts=digest.hexdigest())
    return run


def write_run(ckpt_dir: Path, run: dict) -> None:
    atomic_write_text(ckpt_dir / RUN_FILE, json.dumps(run, indent=2, ensure_ascii=False) + "\n")


def _run_differences(recorded: dict, run: dict) -> list[str]:
    names = {**RUN_FIELDS, "seed": "seed", "posts": "posts"}
    return [label for key, label in names.items() if recorded.get(key) != run.get(key)]


def _recorded_run(ckpt_dir: Path) -> dict | None:
    try:
        data = json.loads((ckpt_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def decide_resume(options, ckpt_dir: Path, run: dict) -> bool:
    """Whether this run continues from ckpt_dir (else its checkpoints are removed); says why."""
    last = last_checkpoint(ckpt_dir)
    finished = finished_run(ckpt_dir)
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
    if last is None and finished is None:
        return False
    if options.auto_resume and recorded is not None and not differences:
        return True
    if not options.auto_resume:
        why = "run with --resume to continue it instead"
    elif differences:
        why = f"its run differs in {', '.join(differences)}"
    else:
        why = "nothing records what it was made from"
    what = (
        f"the checkpoint at step {checkpoint_step(last)}"
        if last is not None
        else f"the finished run (step {finished['step']})"
    )
    print(f"note: starting afresh; {what} in {ckpt_dir} is removed ({why}).", file=sys.stderr)
    return False
