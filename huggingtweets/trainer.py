"""The transformers Trainer as train.py runs it: arguments, callbacks, LoRA, and one fit.

Held-out evaluations during training (the base model's loss first), early stopping that keeps
the best model, checkpoints to resume from (none at a finished run's last step), an optional time
budget, one progress bar, and W&B through the tracker's callback (its config holds no local path).
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from huggingtweets.checkpoints import CHECKPOINTS, checkpoint_step, last_checkpoint
from huggingtweets.heap import freed_memory_kept
from huggingtweets.records import Hyperparameters

LOG_STEPS = 5  # the original logged every 5 steps


def finite(x, default: float = float("nan")) -> float:
    try:
        return float(x)
    except (TypeError, ValueError):
        return default


def perplexity(loss: float) -> float:
    loss = finite(loss)
    return loss if math.isnan(loss) else math.exp(min(loss, 50.0))


def cuda() -> bool:
    import torch

    return torch.cuda.is_available()


@dataclass
class Fit:
    """What one Trainer run measured."""

    base_loss: float  # the base model on the held-out text, before training
    train_loss: float
    eval_loss: float  # the best evaluation: the model now loaded
    steps: int
    tokens_per_second: float
    finished: bool  # False: the time budget stopped it (its last checkpoint is there to continue)


class _TimeBudget:
    """A TrainerCallback that stops training (evaluated and saved) after `seconds` or at `deadline`."""

    def __new__(cls, seconds: float | None, deadline: float | None = None):
        from transformers import TrainerCallback

        class TimeBudget(TrainerCallback):
            def __init__(self):
                self.start = None
                self.fired = False

            def on_train_begin(self, args, state, control, **kw):
                self.start = time.monotonic()
                self.stop_at = min(
                    self.start + seconds if seconds else math.inf, deadline or math.inf
                )

            def on_step_end(self, args, state, control, **kw):
                if self.start is not None and time.monotonic() >= self.stop_at:
                    self.fired = True
                    control.should_training_stop = True
                    control.should_evaluate = True
                    control.should_save = True
                return control

        return TimeBudget()


class _NoFinalCheckpoint:
    """A TrainerCallback that drops the checkpoint at a run's last evaluation when the run ends by
    finishing its steps or by early stopping: nothing would read it (the model folder written next
    holds the best weights, and checkpoints/finished.json keeps the run from being trained again),
    and on a CPU it cost a fifth of a short run (bench/NOTES.md). A run its time budget stops keeps
    that checkpoint: it is the one to continue from."""

    def __new__(cls, budget):
        from transformers import TrainerCallback

        class NoFinalCheckpoint(TrainerCallback):
            def on_evaluate(self, args, state, control, **kw):
                # Runs after EarlyStoppingCallback's on_evaluate (added after it), before the save.
                if control.should_training_stop and not (budget is not None and budget.fired):
                    control.should_save = False
                return control

        return NoFinalCheckpoint()


def _trainer_class():
    """transformers' Trainer, except that it keeps the weights in memory at the end when the best
    evaluation was the last one (whose checkpoint _NoFinalCheckpoint leaves unwritten)."""
    from transformers import Trainer

    class RunTrainer(Trainer):
        time_budget = None  # the _TimeBudget callback, if the run has one (make_trainer sets it)

        def _load_best_model(self):
            if self.state.best_global_step == self.state.global_step:
                return  # the weights in memory are the best evaluation's
            super()._load_best_model()

    return RunTrainer


class _StartStep:
    """A TrainerCallback remembering the step training (re)started at, for tokens/s."""

    def __new__(cls):
        from transformers import TrainerCallback

        class StartStep(TrainerCallback):
            step = 0

            def on_train_begin(self, args, state, control, **kw):
                self.step = int(state.global_step)

        return StartStep()


def add_lora(model, options):
    """LoRA adapters (TrainOptions' lora_* settings); only in the top blocks with `lora_layers`."""
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


def train_top_layers(model, n: int) -> None:
    """Train only the top `n` blocks, the final norm and the output matrix.

    The output matrix is SmolLM2's and GPT-2's input embedding too (tied): it keeps the gradient
    of its output side, the input side's is dropped (the embedding's output detached), so the
    backward pass stops at the lowest trained block instead of running through every block.
    """
    blocks = _blocks_of(model)
    if n >= len(blocks):
        return
    for block in blocks[: len(blocks) - n]:
        block.requires_grad_(False)
    embeddings = model.get_input_embeddings()
    if embeddings.weight is not model.get_output_embeddings().weight:
        embeddings.requires_grad_(False)
    embeddings.register_forward_hook(lambda module, args, out: out.detach())
    positions = getattr(getattr(model, "transformer", None), "wpe", None)  # GPT-2's
    if positions is not None:
        positions.requires_grad_(False)


def block_count(model) -> int | None:
    """The number of transformer blocks (None: a model this package cannot count them in)."""
    try:
        return len(_blocks_of(model))
    except ValueError:
        return None


def _blocks_of(model):
    """The transformer blocks, bottom first (LLaMA's model.layers, GPT-2's transformer.h)."""
    inner = getattr(model, getattr(model, "base_model_prefix", ""), None)
    for name in ("layers", "h"):
        if hasattr(inner, name):
            return list(getattr(inner, name))
    raise ValueError(f"no transformer blocks found in {type(model).__name__}")


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


def training_arguments(out_dir: Path, hyper: Hyperparameters, per_device: int, world: int):
    from transformers import TrainingArguments

    return TrainingArguments(
        output_dir=str(out_dir / CHECKPOINTS),
        per_device_train_batch_size=per_device,
        per_device_eval_batch_size=per_device,
        gradient_accumulation_steps=hyper.gradient_accumulation_steps,
        learning_rate=hyper.learning_rate,
        lr_scheduler_type=hyper.lr_scheduler,
        warmup_steps=hyper.warmup_steps,
        max_steps=hyper.max_steps,
        num_train_epochs=1,
        logging_steps=LOG_STEPS,
        logging_first_step=True,
        eval_strategy="steps",
        eval_steps=hyper.eval_steps,
        save_strategy="steps",
        save_steps=hyper.save_steps,
        save_total_limit=2,
        load_best_model_at_end=True,
        metric_for_best_model="eval_loss",
        greater_is_better=False,
        seed=hyper.seed,
        bf16=hyper.precision == "bf16",
        fp16=hyper.precision == "fp16",
        use_cpu=not cuda(),
        report_to="none",  # W&B through tracker.callback(): its config holds no local path
        run_name=f"train-{out_dir.name}",
        dataloader_drop_last=False,
        ddp_find_unused_parameters=False if world > 1 else None,
        save_only_model=False,
        disable_tqdm=True,  # its bars nest an evaluation bar in the training bar: ours instead
        log_level="passive",  # progress.quiet_libraries sets (and restores) transformers' level
    )


def make_trainer(args, options, base, model, train_ds, eval_ds, tracker, callbacks):
    """The Trainer with our callbacks; returns (trainer, the callback that knows the start step)."""
    from transformers import default_data_collator

    from huggingtweets.progress import remove_trainer_progress, training_bar

    start_step = _StartStep()
    budget = (
        _TimeBudget(options.max_seconds, options.deadline)
        if (options.max_seconds or options.deadline)
        else None
    )
    extra = [budget] if budget is not None else []
    extra.append(start_step)
    wandb_callback = tracker.callback()
    if wandb_callback is not None:
        extra.append(wandb_callback)
    trainer = _trainer_class()(
        model=model,
        args=args,
        train_dataset=train_ds,
        eval_dataset=eval_ds,
        data_collator=default_data_collator,
        processing_class=base.tokenizer,
        callbacks=extra + list(callbacks or []),
    )
    remove_trainer_progress(trainer)  # no raw metric dicts, no nested evaluation bars
    if options.progress:
        trainer.add_callback(training_bar())
    trainer.time_budget = budget  # fit() adds _NoFinalCheckpoint after early stopping
    return trainer, start_step


def fit(trainer, start_step, out_dir: Path, hyper: Hyperparameters, resume: bool, is_main: bool):
    """Measure the base model, train (from the last checkpoint when resuming), measure again.

    On a CPU the C heap keeps what each step frees for the next (heap.py: a SmolLM2 step spent a
    sixth of its time in page faults without it)."""
    with freed_memory_kept(enabled=not cuda()):
        return _fit(trainer, start_step, out_dir, hyper, resume, is_main)


def _fit(trainer, start_step, out_dir: Path, hyper: Hyperparameters, resume: bool, is_main: bool):
    from transformers import EarlyStoppingCallback

    # The base model on the held-out text, before any training (LoRA starts as the identity).
    base_loss = finite(trainer.evaluate(metric_key_prefix="base").get("base_loss"))
    # Early stopping watches eval_loss from here on (the base evaluation has none to watch).
    trainer.add_callback(EarlyStoppingCallback(early_stopping_patience=hyper.patience))
    trainer.add_callback(_NoFinalCheckpoint(trainer.time_budget))
    say = (lambda m: print(m, file=sys.stderr)) if is_main else (lambda m: None)
    say(
        f"base model held-out loss {base_loss:.3f} (perplexity {perplexity(base_loss):.1f}); "
        f"training {hyper.max_steps} steps of {hyper.batch_size}x{hyper.block_size} tokens"
    )
    t0 = time.monotonic()
    last = last_checkpoint(out_dir / CHECKPOINTS) if resume else None
    if last is not None:
        say(f"resuming from step {checkpoint_step(last)} of {hyper.max_steps} (checkpoint {last})")
    output = trainer.train(resume_from_checkpoint=str(last) if last else None)
    seconds = time.monotonic() - t0
    steps = int(trainer.state.global_step)
    # The best evaluation is the model now loaded (load_best_model_at_end): no need to run it again.
    best = trainer.state.best_metric
    eval_loss = finite(best if best is not None else trainer.evaluate().get("eval_loss"))
    tokens = (
        (steps - start_step.step)
        * hyper.batch_size
        * hyper.gradient_accumulation_steps
        * hyper.block_size
    )
    return Fit(
        base_loss=base_loss,
        train_loss=finite(output.training_loss),
        eval_loss=eval_loss,
        steps=steps,
        tokens_per_second=round(tokens / seconds, 1) if seconds > 0 else 0.0,
        finished=not (trainer.time_budget is not None and trainer.time_budget.fired),
    )
