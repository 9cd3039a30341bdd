"""The stages composed: sources -> download -> train -> sample -> evaluate -> picture -> card
(-> publish). The CLI (`huggingtweets train`), the notebook app and the demo call `run`.

One source, from the notebook's form to the Hub repo id:
  the form's sources and settings -> `run(sources, out_dir, TrainOptions, DownloadOptions)`
  -> `prepare_dataset`: download.download writes out_dir/data (records.DatasetInfo, dataset.json)
  -> `train.train`: the model folder and training.json (records.TrainingRecord)
  -> `sample_posts`: generations.json       -> `evaluate_model`: the report into training.json
  -> `draw_picture`: predictions.png        -> `write_model_card`: README.md
  -> `publish_model` (when asked; also `huggingtweets publish` and the notebook's Publish):
     the card written for NAMESPACE/NAME (by default your namespace and the handles,
     publish.resolve_repo_id), then publish.publish uploads it.

Only the stages before the model exists can fail the run: a failing sample, evaluation, picture
or card keeps the trained model and says so in one line (`huggingtweets evaluate`, or training
again, makes what is missing). W&B: the pipeline holds the tracker, so the one `train` run also
gets the sample table, the evaluation's summary and the `finetuned-model` artifact.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.checkpoints import CHECKPOINTS, resumable
from huggingtweets.download import DownloadOptions, download, is_dataset_dir
from huggingtweets.errors import UserError
from huggingtweets.model_folder import DATA, GENERATIONS_FILE, track_model_folder
from huggingtweets.records import TrainingRecord
from huggingtweets.train import TrainOptions, TrainResult, check_options, train

__all__ = [
    "PublishRequest",
    "RunResult",
    "TrainOptions",
    "draw_picture",
    "evaluate_model",
    "prepare_dataset",
    "publish_model",
    "run",
    "sample_posts",
    "write_model_card",
]


@dataclass
class PublishRequest:
    """Publish at the end of `run` (the Hub token: publish.find_token)."""

    repo_id: str | None = None  # NAMESPACE/NAME; None: your namespace and the handles
    private: bool = False
    token: str | None = field(default=None, repr=False)  # None: publish.find_token's search


@dataclass
class RunResult(TrainResult):
    """The training's result (the `train --json` answer), and where it was published."""

    published: object = None  # publish.PublishResult when a PublishRequest was given

    def to_json(self) -> dict:
        data = super().to_json()
        if self.published is not None:
            data["published"] = self.published.to_json()
        return data


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _sources(sources) -> list[str]:
    return [str(sources)] if isinstance(sources, str | os.PathLike) else [str(s) for s in sources]


def _warn(action: str, e: BaseException, fix: str = "") -> None:
    """One line for a stage that failed after the model was saved (the model stays)."""
    if os.environ.get("HUGGINGTWEETS_DEBUG"):
        raise e
    detail = " ".join(str(e).split())[:200]
    _say(f"warning: could not {action} ({type(e).__name__}: {detail}){fix}")


# --- the stages -----------------------------------------------------------------------------


def prepare_dataset(
    sources, out_dir: Path, options: TrainOptions, download_options=None, progress=None
) -> Path:
    """The dataset folder to train on: a folder `download` made (given as the one source), the
    one an interrupted run trained on (resume), or out_dir/data freshly downloaded."""
    sources = _sources(sources)
    data_dir = out_dir / DATA
    if options.resume and is_dataset_dir(data_dir):
        return data_dir  # the very text the interrupted run trained on
    if len(sources) == 1 and is_dataset_dir(Path(sources[0]).expanduser()):
        return Path(sources[0]).expanduser()
    download_options = download_options or DownloadOptions()
    if download_options.seed is None and options.seed is not None:
        download_options = replace(download_options, seed=options.seed)  # one seed for both
    download(sources, data_dir, download_options, progress=progress)
    return data_dir


def sample_posts(model_dir: Path, options: TrainOptions):
    """generations.json: a few posts for the default prompt, with the training seed."""
    from huggingtweets.atomic import atomic_write_text
    from huggingtweets.generate import GenerateOptions, generate

    t = time.monotonic()
    generations = generate(
        model_dir,
        GenerateOptions(
            prompt=defaults.PROMPT,
            num=options.sample_generations,
            max_new_tokens=options.sample_max_new_tokens,
            seed=TrainingRecord.load(model_dir).hyperparameters.seed,
        ),
    )
    import json

    text = json.dumps(generations.to_json(), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(model_dir / GENERATIONS_FILE, text)
    _say(f"wrote {len(generations.generations)} sample posts in {time.monotonic() - t:.1f} s")
    return generations


def evaluate_model(model_dir: Path, options: TrainOptions):
    """The "how much it sounds like them" report, into training.json."""
    from huggingtweets.evaluate import EvaluateOptions, evaluate, save_evaluation

    t = time.monotonic()
    report = evaluate(
        model_dir,
        EvaluateOptions(
            posts=options.evaluation_posts,
            max_new_tokens=options.sample_max_new_tokens,
            seed=TrainingRecord.load(model_dir).hyperparameters.seed,
            progress=options.progress,
        ),
    )
    save_evaluation(model_dir, report)
    _say(f"evaluated the model in {time.monotonic() - t:.1f} s")
    return report


def draw_picture(model_dir: Path) -> Path:
    """predictions.png: the sample posts as the card's picture."""
    from huggingtweets.pictures import render_predictions

    return render_predictions(model_dir)


def write_model_card(model_dir: Path, repo_id: str | None = None) -> Path:
    """README.md: the model card (for `repo_id`, default huggingtweets/<handles>)."""
    from huggingtweets.card import write_card

    return write_card(model_dir, repo_id)


def publish_model(model_dir: str | os.PathLike, request: PublishRequest):
    """The repo id (given, or the token owner's namespace and the handles), the card written for
    it, then the upload of the publishable files (publish.publish only uploads)."""
    from huggingtweets.publish import check_model_dir, publish, resolve_repo_id

    folder = check_model_dir(model_dir)
    repo_id = resolve_repo_id(folder, request.repo_id, request.token)
    _card_for(folder, repo_id)  # everything local first: a card that fails reaches no Hub
    return publish(folder, repo_id=repo_id, private=request.private, token=request.token)


def _card_for(folder: Path, repo_id: str) -> None:
    """The card for `repo_id`, written unless the folder's card already is (a hand edit of a
    current card is kept); predictions.png drawn first when it is missing (a nicety: the card
    goes without it). A card that cannot be written stops the publish in one line."""
    from huggingtweets.card import card_is_current

    if card_is_current(folder, repo_id):
        return
    if not (folder / "predictions.png").is_file():
        try:
            draw_picture(folder)
        except Exception as e:
            _warn("draw predictions.png", e, "; publishing without it")
    try:
        write_model_card(folder, repo_id)
    except UserError:
        raise
    except Exception as e:
        if os.environ.get("HUGGINGTWEETS_DEBUG"):
            raise
        detail = " ".join(str(e).split())[:200]
        raise UserError(
            f"Could not write the model card for {repo_id} ({type(e).__name__}: {detail}): "
            f"nothing was published; check {folder} (training.json, generations.json) or train "
            "again."
        ) from None


# --- all of them ----------------------------------------------------------------------------


def run(
    sources,
    out_dir: str | os.PathLike,
    options: TrainOptions | None = None,
    download_options: DownloadOptions | None = None,
    callbacks=None,
    download_progress=None,
    publish: PublishRequest | None = None,
) -> RunResult:
    """Sources (1 to 3, or one dataset folder) to a trained model folder with its samples,
    report, picture and card; published when `publish` is given."""
    options = options or TrainOptions()
    check_options(options)  # before anything is downloaded
    out_dir = Path(out_dir).expanduser()
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"'{out_dir}' is a file: give a folder for --out.")
    if options.resume and not resumable(out_dir / CHECKPOINTS):
        raise UserError(
            f"Nothing to resume in '{out_dir}' (no checkpoint in {out_dir / CHECKPOINTS}): "
            "run without --resume."
        )
    created = not out_dir.exists()
    from huggingtweets.progress import quiet_libraries

    stages = (sources, out_dir, options, download_options, callbacks, download_progress, publish)
    try:
        with quiet_libraries():
            return _run(*stages)
    except BaseException:
        # Leave no half-made folder behind, unless it holds a checkpoint to resume from.
        if created and out_dir.is_dir() and not resumable(out_dir / CHECKPOINTS):
            shutil.rmtree(out_dir, ignore_errors=True)
        raise


def _run(sources, out_dir: Path, options, download_options, callbacks, progress, publish):
    import torch
    from accelerate import PartialState

    from huggingtweets.tracking import Tracker

    # Under torchrun rank 0 downloads while the others wait, then all train together.
    state = PartialState(cpu=not torch.cuda.is_available())
    is_main = state.is_main_process
    with state.main_process_first():
        if is_main:
            data_dir = prepare_dataset(sources, out_dir, options, download_options, progress)
        else:
            data_dir = _dataset_of(sources, out_dir)
    tracker = Tracker.create(options.wandb_mode, out_dir, is_main=is_main)
    trained = train(data_dir, out_dir, options, callbacks=callbacks, tracker=tracker)
    failed = True
    try:
        if is_main:
            _after_training(out_dir, options, tracker)
        failed = False
    finally:
        tracker.finish(failed=failed)
    result = RunResult(**vars(trained))
    if publish is not None and is_main:
        result.published = publish_model(out_dir, publish)
    return result


def _dataset_of(sources, out_dir: Path) -> Path:
    """What rank 0 chose to train on, as the other ranks see it once it is there."""
    sources = _sources(sources)
    if len(sources) == 1 and is_dataset_dir(Path(sources[0]).expanduser()):
        return Path(sources[0]).expanduser()
    return out_dir / DATA


def _after_training(model_dir: Path, options: TrainOptions, tracker) -> None:
    """Sample, evaluate, draw, write the card; then the W&B model. Failures keep the model."""
    generations = report = None
    if options.sample_generations:
        try:
            generations = sample_posts(model_dir, options)
        except Exception as e:
            _warn("write sample posts", e, f"; run `huggingtweets generate {model_dir}`")
    if options.evaluation_posts:
        try:
            report = evaluate_model(model_dir, options)
        except Exception as e:
            _warn("evaluate the model", e, f"; run `huggingtweets evaluate {model_dir}`")
    if options.card:
        for what, stage in (("pictures", draw_picture), ("card", write_model_card)):
            try:
                stage(model_dir)
            except UserError as e:
                _say(f"warning: {what}: {e}")
            except Exception as e:
                _warn(f"write {what}", e)
    track_model_folder(tracker, model_dir, generations, report)
