"""The model folder train writes (docs/CONTRACTS.md): weights, config, generation_config,
tokenizer, data/ (a copy of the dataset), checkpoints/ and training.json.

The files a loader needs are moved in last, so a folder never looks complete while a model moves
in; training.json goes through records.TrainingRecord.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.dataset import AUTHORS_FILE, Authors
from huggingtweets.records import (
    DATASET_FILE,
    TRAINING_FILE,
    Account,
    BaseModel,
    DatasetInfo,
    DatasetSummary,
    Hyperparameters,
    Results,
    Steering,
    Tracking,
    TrainingRecord,
)

DATA = "data"  # the dataset folder's copy inside the model folder
GENERATIONS_FILE = "generations.json"
# Written last, in this order: a folder with these is a complete model.
MODEL_FILES_WRITTEN_LAST = ("model.safetensors", TRAINING_FILE)
DATASET_FILES = (DATASET_FILE, "train.txt", "valid.txt", AUTHORS_FILE)
MIN_LENGTH = 10  # the original's widget: at least 10 tokens


def copy_dataset(src: Path, data_dir: Path) -> DatasetInfo:
    """The dataset folder `src` copied into the model folder's data/ (its own file paths)."""
    src = Path(src).expanduser().resolve()
    if src == data_dir.resolve():
        return DatasetInfo.load(data_dir)
    info = DatasetInfo.load(src)
    data_dir.mkdir(parents=True, exist_ok=True)
    for name in DATASET_FILES:
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


def generation_defaults(separator: str) -> dict:
    """The original's widget defaults, stored in config.json's task_specific_params."""
    return {
        "do_sample": True,
        "min_length": MIN_LENGTH,
        "max_length": defaults.MAX_NEW_TOKENS,
        "temperature": defaults.TEMPERATURE,
        "top_p": defaults.TOP_P,
        "prefix": separator,
    }


def _stop_ids(tok, eos_id: int, keep_newlines: bool) -> int | list[int]:
    """Where the Hub widget ends a post, as `generate` does: at end-of-text, or also at a line
    break unless the posts kept theirs (`--keep-newlines`)."""
    from huggingtweets.generate import stop_token_ids

    if keep_newlines:
        return int(eos_id)
    return [int(eos_id)] + [i for i in stop_token_ids(tok, extra=[eos_id]) if i != eos_id]


def save_model(out_dir: Path, model, base, keep_newlines: bool) -> None:
    """Weights, config (with the widget's defaults), generation config and tokenizer."""
    from transformers import GenerationConfig

    tok = base.tokenizer
    model.config.task_specific_params = {"text-generation": generation_defaults(base.separator)}
    model.config.pad_token_id = tok.pad_token_id
    model.generation_config = GenerationConfig(
        do_sample=True,
        min_length=MIN_LENGTH,
        max_length=defaults.MAX_NEW_TOKENS,
        temperature=defaults.TEMPERATURE,
        top_p=defaults.TOP_P,
        bos_token_id=base.eos_token_id,
        eos_token_id=_stop_ids(tok, base.eos_token_id, keep_newlines),
        pad_token_id=tok.pad_token_id,
    )
    staging = out_dir / ".model-tmp"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    model.save_pretrained(staging)
    tok.save_pretrained(staging)
    # An older model here must not look complete while the new one moves in.
    for name in (TRAINING_FILE, "model.safetensors", GENERATIONS_FILE):
        with contextlib.suppress(FileNotFoundError):
            (out_dir / name).unlink()
    names = sorted(p.name for p in staging.iterdir())
    first = [n for n in names if n not in MODEL_FILES_WRITTEN_LAST]
    for name in first + [n for n in MODEL_FILES_WRITTEN_LAST if n in names]:
        with contextlib.suppress(OSError):
            os.chmod(staging / name, 0o644)
        os.replace(staging / name, out_dir / name)
    shutil.rmtree(staging, ignore_errors=True)


def training_record(
    base_model: str,
    data_dir: Path,
    info: DatasetInfo,
    base,
    hyper: Hyperparameters,
    results: Results,
    tracker,
) -> TrainingRecord:
    """training.json: published with the model, so a local base model or source file is named,
    never placed (no path)."""
    from huggingtweets.privacy import public_source
    from huggingtweets.tracking import public_account, versions

    v = versions()
    authors = Authors.load(data_dir)
    return TrainingRecord(
        base=BaseModel(
            name=public_source(base_model),
            display_name=base.display_name,
            url=base.url,
            hub_id=base.hub_id,
        ),
        separator=base.separator,
        accounts=[Account.from_json(public_account(a)) for a in info.accounts],  # counts and who
        dataset=DatasetSummary.of(info),
        hyperparameters=hyper,
        results=results,
        tracking=Tracking.from_json(tracker.to_json()),
        versions={
            k: v[k] for k in ("huggingtweets", "transformers", "torch", "datasets", "python")
        },
        # several accounts: which tag writes as whom
        steering=Steering.from_json(authors.steering()) if authors is not None else None,
    )


def track_model_folder(tracker, model_dir: Path, generations=None, evaluation=None) -> None:
    """Into the open W&B train run: the samples, the summary and the `finetuned-model` artifact
    (what the Hub would get, and generations.json)."""
    if tracker.run is None:
        return
    record = TrainingRecord.load(model_dir)
    if generations is not None:
        tracker.log_generations(generations)
    r = record.results
    summary = {
        "eval_loss": r.eval_loss,
        "perplexity": r.perplexity,
        "base_perplexity": r.base_perplexity,
        "tokens_per_second": r.tokens_per_second,
    }
    if evaluation is not None:
        keys = (
            "copy_rate",
            "distinct_bigrams_generated",
            "distinct_bigrams_real",
            "attribution_score",
        )
        summary.update(
            {
                f"evaluation/{k}": getattr(evaluation, k)
                for k in keys
                if getattr(evaluation, k) is not None
            }
        )
    tracker.summary(summary)
    files = [p.name for p in model_dir.iterdir() if p.is_file() and not p.name.startswith(".")]
    metadata = {
        "base_model": record.base.name,
        "handles": record.handles,
        "hub_url": None,
        **record.hyperparameters.to_json(),
    }
    tracker.log_model(model_dir, sorted(files), metadata)
