"""Progress for long work: tqdm bars in the terminal (the notebook drives its own widgets), and
the libraries kept quiet while it runs."""

from __future__ import annotations

import contextlib
import sys

from tqdm.auto import tqdm


@contextlib.contextmanager
def terminal_download_progress(sources: list[str]):
    """A bar per account, fed by `download(..., progress=...)`; on stderr so --json stays clean."""
    bars: dict[int, tqdm] = {}

    def update(index: int, fetched: int, limit: int | None) -> None:
        bar = bars.get(index)
        if bar is None:
            bar = bars[index] = tqdm(
                total=limit,
                desc=f"posts from {sources[index]}"[:60],
                unit=" posts",
                file=sys.stderr,
                leave=True,
                position=index,
            )
        bar.n = fetched
        bar.refresh()

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.close()


# Library warnings nobody running the tool can act on (deprecations inside transformers, torch,
# accelerate...): they are for the people who write the code, who see them with HUGGINGTWEETS_DEBUG.
_LIBRARIES = r"(transformers|torch|accelerate|peft|datasets|huggingface_hub|safetensors)(\.|$)"


@contextlib.contextmanager
def quiet_libraries():
    """transformers' own logging at errors only, its progress bars (loading weights, writing
    shards) off, and library deprecation warnings hidden, all restored afterwards."""
    import os
    import warnings

    if os.environ.get("HUGGINGTWEETS_DEBUG"):
        yield
        return
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            for category in (FutureWarning, DeprecationWarning):
                warnings.filterwarnings("ignore", category=category, module=_LIBRARIES)
            yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def remove_trainer_progress(trainer) -> None:
    """Take out the Trainer's own progress and log printers (its nested evaluation bars and raw
    metric dicts); `training_bar()` or the notebook's widgets take their place."""
    from transformers.trainer_callback import PrinterCallback, ProgressCallback

    defaults = [PrinterCallback, ProgressCallback]
    try:
        from transformers.utils.notebook import NotebookProgressCallback

        defaults.append(NotebookProgressCallback)
    except ImportError:
        pass
    for kind in defaults:
        while trainer.pop_callback(kind) is not None:
            pass


def _perplexity(loss: float) -> float:
    import math

    return math.exp(min(loss, 50.0))


def training_bar(file=None):
    """A TrainerCallback drawing one bar over the optimizer steps (training loss and held-out
    loss beside it) and writing one line per held-out evaluation; on stderr (--json stays clean)."""
    from transformers import TrainerCallback

    class TrainingBar(TrainerCallback):
        def __init__(self):
            self.bar = None
            self.loss = None
            self.held_out = None

        def on_train_begin(self, args, state, control, **kwargs):
            if state.is_world_process_zero:
                self.bar = tqdm(
                    total=state.max_steps,
                    initial=state.global_step,
                    desc="training",
                    unit="step",
                    file=file or sys.stderr,
                    dynamic_ncols=True,
                )

        def on_step_end(self, args, state, control, **kwargs):
            if self.bar is not None:
                self.bar.update(state.global_step - self.bar.n)

        def on_log(self, args, state, control, logs=None, **kwargs):
            logs = logs or {}
            if "loss" in logs:
                self.loss = float(logs["loss"])
            if "eval_loss" in logs:
                self.held_out = float(logs["eval_loss"])
            if self.bar is not None and ("loss" in logs or "eval_loss" in logs):
                parts = [f"loss {self.loss:.3f}"] if self.loss is not None else []
                if self.held_out is not None:
                    parts.append(f"held-out {self.held_out:.3f}")
                self.bar.set_postfix_str(" · ".join(parts), refresh=True)

        def on_evaluate(self, args, state, control, metrics=None, **kwargs):
            loss = (metrics or {}).get("eval_loss")
            if self.bar is None or loss is None:  # the base model's evaluation, before training
                return
            best = state.best_metric
            mark = "  (best so far)" if best is None or loss <= best else ""
            self.bar.write(
                f"step {state.global_step}/{state.max_steps}: held-out loss {loss:.3f} "
                f"(perplexity {_perplexity(loss):,.1f}){mark}",
                file=file or sys.stderr,
            )

        def on_train_end(self, args, state, control, **kwargs):
            if self.bar is not None:
                if self.bar.n < (self.bar.total or 0):  # stopped early (time budget, no gain)
                    self.bar.total = self.bar.n
                    self.bar.refresh()
                self.bar.close()
                self.bar = None

    return TrainingBar()
