"""The notebook's App: the four forms (widgets.py) wired to the session (state.py).

Rules every step follows:
- a button is disabled while any step runs and until the step before it succeeded;
- a failure shows one friendly line (the `UserError` text, or a short line for anything
  else) with the traceback folded away in `<details>`, and the buttons come back;
- everything a post or a profile says is HTML-escaped wherever it is shown (views.py);
- the HF token is read from the Colab secret `HF_TOKEN` or a password box, kept in memory
  only (the box is cleared) and redacted from anything shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import ipywidgets as W

from huggingtweets import defaults
from huggingtweets.app import actions, charts, views, widgets
from huggingtweets.app.actions import GenerateSettings, TrainSettings
from huggingtweets.app.live import LiveTraining
from huggingtweets.app.runtime import colab_widgets, default_wandb_mode, normalise_sources
from huggingtweets.app.runtime import tracking_note as tracking_note_text
from huggingtweets.app.state import STEPS, Session
from huggingtweets.clean import CleanOptions
from huggingtweets.secrets import colab_secret


def _session_value(name: str, doc: str) -> property:
    """An attribute of the App that is its session's (the state lives there)."""
    return property(
        lambda self: getattr(self.session, name),
        lambda self, value: setattr(self.session, name, value),
        doc=doc,
    )


class App:
    """The four steps of the notebook as widgets, and their click handlers.

    `posts_step()`, `train_step()`, `generate_step()`, `publish_step()` return the
    widget of each step (the same object every time); `on_download()` and friends are
    the click handlers, callable directly (they return True on success).
    """

    dataset = _session_value("dataset", "DatasetInfo after a successful download")
    model_dir = _session_value("model_dir", "the model folder after a successful training")
    training = _session_value("training", "its TrainingRecord")
    generations = _session_value("generations", "the posts the last Generate wrote")
    published_url = _session_value("published_url", "where the last Publish went")

    def __init__(
        self,
        out_dir: str | os.PathLike = "huggingtweets-out",
        sources: list[str] | str | None = None,
        base_model: str = defaults.BASE_MODEL,
        max_steps: int | None = None,
        wandb_mode: str | None = None,
        prompt: str = defaults.PROMPT,
        num_posts: int = defaults.NUM_POSTS,
    ):
        sources = normalise_sources(sources)
        self.session = Session(out_dir)
        self.last_error: str | None = None
        self.busy: str | None = None
        self._batch = False  # inside run_all (no one watching the widgets)
        self._repo_prefill = ""
        for form in (
            widgets.posts_form(sources),
            widgets.train_form(base_model, max_steps, wandb_mode or default_wandb_mode()),
            widgets.generate_form(prompt, num_posts),
            widgets.publish_form(),
        ):
            # The widgets are the App's own attributes (app.download_button, app.prompt...).
            vars(self).update({f.name: getattr(form, f.name) for f in fields(form)})
        self.live = LiveTraining(
            self.session, self.train_progress, self.train_status, self.loss_image
        )
        self._wire()
        self._restore(sources)
        self._refresh_buttons()

    def _wire(self) -> None:
        self.upload.observe(self._on_upload, names="value")
        self.download_button.on_click(self.on_download)
        self.train_button.on_click(self.on_train)
        self.generate_button.on_click(self.on_generate)
        self.publish_button.on_click(self.on_publish)
        self.tracking.observe(lambda _: self._show_tracking_note(), names="value")
        self._show_tracking_note()

    @property
    def out_dir(self) -> Path:
        return self.session.out_dir

    @property
    def data_dir(self) -> Path:
        return self.session.data_dir

    @property
    def upload_dir(self) -> Path:
        return self.session.upload_dir

    @property
    def sources(self) -> list[str]:
        return [b.value.strip() for b in self.source_boxes if b.value.strip()]

    def _restore(self, sources: list[str]) -> None:
        """Earlier work in this folder (a runtime reset): the posts downloaded and the model
        trained are back, so Train continues and Generate works at once."""
        if not self.session.restore(sources):
            return
        info = self.dataset
        for box, text in zip(self.source_boxes, [a.source for a in info.accounts], strict=False):
            box.value = text
        self.epochs.value = info.epochs
        self.keep_newlines.value = bool(info.clean.get("keep_newlines", False))
        self.drop_replies.value = bool(info.clean.get("drop_replies", False))
        self._show_dataset()
        self.download_status.value = views.ok(
            f"✅ Posts from your earlier session, in {self.data_dir}: train on them, or "
            "download again."
        )
        if self.model_dir is not None:
            self.train_status.value = views.ok(
                f"✅ The model trained in your earlier session is in {self.model_dir}: generate "
                "with it, or train again."
            )
            self._show_evaluation()

    # ------------------------------------------------------------------ the four steps
    def posts_step(self) -> W.VBox:
        colab_widgets()
        return self.posts_box

    def train_step(self) -> W.VBox:
        colab_widgets()
        return self.train_box

    def generate_step(self) -> W.VBox:
        colab_widgets()
        return self.generate_box

    def publish_step(self) -> W.VBox:
        colab_widgets()
        return self.publish_box

    def widget(self) -> W.VBox:
        """All four steps in one box (for Voilà or a single cell)."""
        titles = ["1 · Posts", "2 · Train", "3 · Generate", "4 · Publish"]
        boxes = [self.posts_box, self.train_box, self.generate_box, self.publish_box]
        return W.VBox(
            [w for t, b in zip(titles, boxes, strict=True) for w in (W.HTML(f"<h3>{t}</h3>"), b)]
        )

    # ------------------------------------------------------------------ running a step
    def _refresh_buttons(self) -> None:
        busy = self.busy is not None
        buttons = [self.download_button, self.train_button, self.generate_button,
                   self.publish_button]  # fmt: skip
        for step, button in zip(STEPS, buttons, strict=True):
            button.disabled = busy or not self.session.ready(step)
        self.upload.disabled = busy

    def _run(self, name: str, error_widget: W.HTML, work: Callable[[], None]) -> bool:
        """Run one step: buttons off, errors shown in plain words, buttons back on."""
        if self.busy is not None:
            return False
        self.busy = name
        self.last_error = None
        error_widget.value = ""
        self._refresh_buttons()
        try:
            work()
            return True
        except (Exception, KeyboardInterrupt) as e:  # shown to the user, never raised
            secrets = [self.session.token] if self.session.token else None
            self.last_error = views.friendly_error(e, secrets)[0]
            error_widget.value = views.error_html(e, secrets)
            return False
        finally:
            self.busy = None
            self._refresh_buttons()

    # ------------------------------------------------------------------ step 1
    def _on_upload(self, change) -> None:
        files = widgets.uploaded_files(change.get("new"))
        if not files:
            return
        try:
            saved = self.session.save_uploads(files)
        except OSError as e:
            self.upload_status.value = views.error_html(e)
            return
        placed = []
        for path in saved:
            if str(path) in self.sources:  # the same file again: already in a box
                placed.append(path.name)
                continue
            box = next((b for b in self.source_boxes if not b.value.strip()), None)
            if box is None:
                break
            box.value = str(path)
            placed.append(path.name)
        left = [p.name for p in saved if p.name not in placed]
        msg = f"Saved {', '.join(placed)} — ready to download." if placed else ""
        if left:
            msg += (
                f" All {defaults.MAX_ACCOUNTS} boxes are full: clear one, then type "
                f"{self.upload_dir}/{left[0]}."
            )
        self.upload_status.value = views.ok(msg.strip())
        widgets.clear_upload(self.upload)  # free the memory; the files are on disk

    def _download_progress(self, index: int, fetched: int, limit: int | None) -> None:
        n = max(1, len(self.sources))
        part = min(1.0, fetched / limit) if limit else 0.5
        self.download_progress.max = 1000
        self.download_progress.value = int(1000 * (index + part) / n)
        name = self.sources[index] if index < len(self.sources) else f"account {index + 1}"
        self.download_status.value = views.esc(f"{name}: {fetched:,} posts fetched…")

    def on_download(self, _button=None) -> bool:
        return self._run("download", self.download_error, self._download)

    def _download(self) -> None:
        sources = self.sources
        self.posts_html.value = ""
        self.counts_image.layout.display = "none"
        self.download_progress.value = 0
        self.download_progress.layout.visibility = "visible"
        self.download_status.value = views.esc(f"Downloading posts from {', '.join(sources)}…")
        clean = CleanOptions(
            keep_newlines=self.keep_newlines.value, drop_replies=self.drop_replies.value
        )
        try:
            info = self.session.download(sources, self.epochs.value, clean, self._download_progress)
        finally:
            self.download_progress.layout.visibility = "hidden"
        self._show_dataset()
        kept = sum(a.counts.kept for a in info.accounts)
        self.download_status.value = views.ok(
            f"✅ {kept} posts ready to train on ({info.characters:,} characters of training text)."
        )

    def _show_dataset(self) -> None:
        info = self.dataset
        self.posts_html.value = views.dataset_html(info, self.session.preview_posts())
        self._set_repo_name(info.handles)
        try:
            self.counts_image.value = charts.counts_chart(info.accounts, info.clean)
            self.counts_image.layout.display = ""
        except Exception:  # a chart is a nicety
            self.counts_image.layout.display = "none"

    def _set_repo_name(self, handles: list[str]) -> None:
        name = actions.repo_name(handles)
        if self.repo_id.value in ("", self._repo_prefill):
            self.repo_id.value = name
        self._repo_prefill = name

    # ------------------------------------------------------------------ step 2
    def on_train(self, _button=None) -> bool:
        return self._run("train", self.train_error, self._train)

    def _train_settings(self) -> TrainSettings:
        rate = self.learning_rate.value
        return TrainSettings(
            base_model=self.base_model.value.strip() or defaults.BASE_MODEL,
            max_steps=self.max_steps.value or None,
            # The default left as it is: the stage picks (LoRA's rate, a GPU's larger steps).
            learning_rate=None if abs(rate - defaults.LEARNING_RATE) < 1e-12 else rate,
            lora=self.lora.value,
            wandb_mode=self.tracking.value,
        )

    def _train(self) -> None:
        self.session.require("train")
        if self.session.needs_rebuild(self.epochs.value):
            self.train_status.value = views.esc(
                f"Rebuilding the training text with {self.epochs.value} epochs…"
            )
            self.session.rebuild(self.epochs.value)
        settings = self._train_settings()
        self.train_result.value = ""
        self.live.start(settings.base_model, printing=self._batch)
        callback = actions.live_callback_class()(self.live)
        try:
            record = self.session.train(settings, [callback])
        finally:
            self.live.stop()
        self.train_result.value = views.training_html(record, self.session.resumed_from)
        self.train_status.value = '<span class="ht-ok">Done: go on to step 3.</span>'
        self._show_evaluation()

    def _show_evaluation(self) -> None:
        """The report under the training result; the authors into step 3's dropdown."""
        steering = self.training.steering
        handles = list(steering.tags) if steering else []
        self.author.options = [("Blend (all accounts)", "blend")] + [
            (f"@{h}", f"@{h}") for h in handles
        ]
        self.author.value = "blend"
        self.author.layout.display = "" if handles else "none"
        report = self.training.evaluation
        self.evaluation_image.layout.display = "none"
        if report is None:
            return
        self.train_result.value += views.evaluation_table(report)
        try:
            self.evaluation_image.value = charts.evaluation_chart(report)
            self.evaluation_image.layout.display = ""
        except Exception:  # a chart is a nicety
            pass

    def _show_tracking_note(self) -> None:
        note = tracking_note_text(self.tracking.value)
        self.tracking_note.value = f'<div class="ht-help">{views.esc(note)}</div>'

    # ------------------------------------------------------------------ step 3
    def on_generate(self, _button=None) -> bool:
        return self._run("generate", self.generate_error, self._generate)

    def _generate(self) -> None:
        settings = GenerateSettings(
            prompt=self.prompt.value,
            num=self.num.value,
            temperature=self.temperature.value,
            top_p=self.top_p.value,
            max_new_tokens=self.length.value,
            author=self.author.value,
        )
        self.generate_status.value = views.esc("Writing…")
        try:
            posts = self.session.generate(settings)
        finally:
            self.generate_status.value = ""
        self.generate_html.value = views.generations_table(posts)

    # ------------------------------------------------------------------ step 4
    def on_publish(self, _button=None) -> bool:
        return self._run("publish", self.publish_error, self._publish)

    def _publish(self) -> None:
        self.session.require("publish")
        typed = self.token.value.strip()
        self.token.value = ""  # never kept in the widget (or in saved widget state)
        if typed:
            self.session.token = typed
        if not self.session.token:
            self.session.token = colab_secret("HF_TOKEN") or None
        repo_id = self.session.repo_id(self.repo_id.value, self._repo_prefill)
        self.publish_status.value = views.esc("Uploading…")
        try:
            url = self.session.publish(repo_id, self.private.value)
        finally:
            self.publish_status.value = ""
        card = actions.read_card(self.model_dir)
        self.publish_html.value = views.published_html(url, card, self.session.token)

    # ------------------------------------------------------------------ batch
    def run_all(self, publish: bool = False) -> list[str]:
        """Click download -> train -> generate (-> publish) synchronously; print the results.

        Raises RuntimeError naming the step and its message when a step fails, so a
        papermill run fails loudly.
        """
        steps = [("download", self.on_download), ("train", self.on_train),
                 ("generate", self.on_generate)]  # fmt: skip
        if publish:
            steps.append(("publish", self.on_publish))
        self._batch = True
        try:
            for name, handler in steps:
                print(f"== {name}", flush=True)
                if not handler():
                    raise RuntimeError(f"{name} failed: {self.last_error}")
                print(self.text_summary(name), flush=True)
        finally:
            self._batch = False
        return [g.text for g in self.generations]

    def text_summary(self, step: str) -> str:
        """What a step showed, as plain text (for papermill outputs and logs)."""
        return self.session.summary(step)
