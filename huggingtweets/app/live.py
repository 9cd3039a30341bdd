"""Training as it happens: the progress bar, the status line and the loss plot of step 2,
fed by the Trainer's callback (actions.live_callback_class)."""

from __future__ import annotations

import time

import ipywidgets as W

from huggingtweets.app import charts, views
from huggingtweets.app.state import Session

PLOT_EVERY = 1.0  # seconds between redraws of the loss plot (a PNG each time)


class LiveTraining:
    """The callback's listener: shows each step, each logged loss, and the end."""

    def __init__(self, session: Session, bar: W.IntProgress, status: W.HTML, plot: W.Image):
        self.session, self.bar, self.status, self.plot = session, bar, status, plot
        self.train_losses: list[tuple[int, float]] = []
        self.valid_losses: list[tuple[int, float]] = []
        self.printing = False  # papermill: one line per evaluation in the outputs, as the CLI
        self._last_plot = 0.0

    def start(self, base_model: str, printing: bool = False) -> None:
        self.train_losses, self.valid_losses = [], []
        self.printing = printing
        self.plot.layout.display = "none"
        self.bar.value = 0
        self.bar.layout.visibility = "visible"
        self.status.value = views.esc(
            f"Preparing: loading {base_model} and measuring it on the held-out posts…"
        )

    def stop(self) -> None:
        self.bar.layout.visibility = "hidden"
        self._redraw(force=True)

    def training_began(self, step: int, max_steps: int) -> None:
        self.session.resumed_from = int(step) or None  # a resumed run begins at its checkpoint
        self.training_step(step, max_steps)

    def training_step(self, step: int, max_steps: int, final: bool = False) -> None:
        if max_steps and max_steps > 0:
            self.bar.max = max_steps
            self.bar.value = min(step, max_steps)
        loss = f" · loss {self.train_losses[-1][1]:.3f}" if self.train_losses else ""
        held = f" · held-out loss {self.valid_losses[-1][1]:.3f}" if self.valid_losses else ""
        what = "Finishing: saving the model and writing samples…" if final else "Training"
        resumed = self.session.resumed_from
        again = f"Continuing the saved run from step {resumed} · " if resumed else ""
        self.status.value = views.esc(f"{again}{what} step {step}/{max_steps or '?'}{loss}{held}")

    def training_ended(self, step: int, max_steps: int) -> None:
        self.training_step(step, max_steps, final=True)

    def training_logged(self, step: int, logs: dict) -> None:
        if "loss" in logs:
            self.train_losses.append((step, float(logs["loss"])))
        if "eval_loss" in logs:
            self.valid_losses.append((step, float(logs["eval_loss"])))
            if self.printing:
                print(
                    f"step {step}/{self.bar.max}: held-out loss {float(logs['eval_loss']):.3f}",
                    flush=True,
                )
        if "loss" in logs or "eval_loss" in logs:
            self._redraw()

    def _redraw(self, force: bool = False) -> None:
        if not (self.train_losses or self.valid_losses):
            return
        if not force and time.time() - self._last_plot < PLOT_EVERY:
            return
        try:
            self.plot.value = charts.loss_chart(self.train_losses, self.valid_losses)
            self.plot.layout.display = ""
            self._last_plot = time.time()
        except Exception:  # a chart is a nicety
            pass
