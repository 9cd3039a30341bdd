"""Weights & Biases tracking, as the original: a `preprocess` run and a `train` run.

Mode: `online` when a W&B key is available (WANDB_API_KEY, ~/.netrc or wandb settings), else
`offline` (runs are kept on disk under WANDB_DIR and can be `wandb sync`ed later); `disabled`
logs nothing. It never prompts and never blocks: a short init timeout, and an online run that
cannot start falls back to offline with a warning. WANDB_DIR defaults to `<out>/wandb`.
No secret ever goes into a run's config: keys that look like credentials are dropped and any
known secret value is scrubbed.

Privacy: a run holds only what the tool extracted and means to publish (the training text, the kept
posts' counts, settings, metrics, generated samples, the model). A local source file is recorded by
name, size and sha256, never by content or file:// reference; local paths become names; W&B's own
machine metadata (command line, host, user, pip freeze, git, code) is switched off.
The artifacts: `wandb_artifacts`; the Trainer's loss-curve callback: `wandb_callback`.
"""

from __future__ import annotations

import contextlib
import netrc
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from huggingtweets.errors import UserError
from huggingtweets.privacy import scrub_config
from huggingtweets.secrets import redact
from huggingtweets.wandb_artifacts import (
    finetuned_artifact,
    pretrained_artifact,
    public_account,
    public_dataset_json,
    raw_dataset_artifact,
    source_record,
    train_dataset_artifact,
)
from huggingtweets.wandb_callback import public_wandb_callback

MODES = ("online", "offline", "disabled")
DEFAULT_PROJECT = "huggingtweets"
INIT_TIMEOUT = 30.0  # seconds an online run may take to start before we go offline
# What an online run uploads, said before it starts (the card's training-data section says the same).
UPLOADED = (
    "the training text, post counts, settings, metrics, sample generations and the model "
    "(never your source files, only their name, size and sha256)"
)
# W&B's default for a new project; the user may have changed it on wandb.ai.
DEFAULT_VISIBILITY = "Team: only you and your W&B team, unless you changed it on wandb.ai"


def api_key_available() -> bool:
    """A W&B key in the environment or in ~/.netrc (where `wandb login` stores it); no prompt."""
    if os.environ.get("WANDB_API_KEY"):
        return True
    host = urlsplit(os.environ.get("WANDB_BASE_URL") or "https://api.wandb.ai").hostname or ""
    try:
        if netrc.netrc().authenticators(host):
            return True
    except (OSError, netrc.NetrcParseError):
        pass
    return False


def resolve_mode(requested: str | None) -> str:
    """The mode to run in: as asked, else WANDB_MODE, else online with a key and offline without."""
    mode = (requested or os.environ.get("WANDB_MODE") or "").strip().lower()
    if mode == "dryrun":
        mode = "offline"
    if mode == "run":
        mode = "online"
    if mode and mode not in MODES:
        raise UserError(f"W&B mode '{mode}' is not one of online, offline, disabled: pick one.")
    if not mode:
        mode = "online" if api_key_available() else "offline"
    return mode


def upload_notice(project: str, entity: str | None = None) -> str:
    """The one line said before an online run starts: where the data goes and what goes there."""
    where = f"{entity}/{project}" if entity else f"{project} (in your default W&B entity)"
    return (
        f"W&B online: uploading to project {where} on wandb.ai, visibility {DEFAULT_VISIBILITY}; "
        f"uploaded: {UPLOADED}. Tracking offline or disabled uploads nothing."
    )


def versions() -> dict:
    import platform

    import datasets
    import torch
    import transformers

    from huggingtweets import __version__

    out = {
        "huggingtweets": __version__,
        "transformers": transformers.__version__,
        "torch": torch.__version__,
        "datasets": datasets.__version__,
        "python": platform.python_version(),
    }
    for name in ("peft", "accelerate", "wandb"):
        with contextlib.suppress(Exception):
            out[name] = __import__(name).__version__
    return out


@dataclass
class Tracker:
    """The W&B side of one training: both runs, their URLs, and what training.json records."""

    mode: str
    out_dir: Path
    project: str = DEFAULT_PROJECT
    entity: str | None = None
    preprocess_run_url: str | None = None
    train_run_url: str | None = None
    run_dir: str | None = None
    run: object = None  # the open `train` run
    _dataset_artifact: object = None
    warnings: list[str] = field(default_factory=list)
    _noticed: bool = False  # the upload notice is said once per training
    _env_set: list[str] = field(default_factory=list)  # WANDB_* variables we set

    @classmethod
    def create(cls, mode: str | None, out_dir: str | Path, is_main: bool = True) -> Tracker:
        mode = resolve_mode(mode)
        if not is_main:
            mode = "disabled"  # only rank 0 talks to W&B
        tracker = cls(
            mode=mode,
            out_dir=Path(out_dir),
            project=os.environ.get("WANDB_PROJECT") or DEFAULT_PROJECT,
            entity=os.environ.get("WANDB_ENTITY") or None,
        )
        if mode != "disabled":
            tracker._prepare_env()
        return tracker

    @property
    def enabled(self) -> bool:
        return self.mode != "disabled"

    def _prepare_env(self) -> None:
        base = self.out_dir / "wandb"
        # Keep everything W&B writes inside the output folder unless the user chose otherwise.
        for var, sub in (
            ("WANDB_DIR", ""),
            ("WANDB_DATA_DIR", "data"),
            ("WANDB_CACHE_DIR", "cache"),
        ):
            if not os.environ.get(var):
                path = base / sub if sub else base
                path.mkdir(parents=True, exist_ok=True)
                os.environ[var] = str(path)
                self._env_set.append(var)  # undone in finish(): the next run has its own folder
        os.environ.setdefault("WANDB_SILENT", "true")
        os.environ.setdefault("WANDB_CONSOLE", "off")
        os.environ["WANDB_LOG_MODEL"] = "false"  # we log the model ourselves, once
        os.environ.setdefault("WANDB_WATCH", "false")

    def _init(self, job_type: str, name: str, config: dict, group: str | None):
        import wandb

        settings = wandb.Settings(
            init_timeout=INIT_TIMEOUT,
            silent=True,
            console="off",  # the terminal's text (paths, warnings) is not captured
            x_disable_stats=True,
            # No machine metadata: it holds the command line (the archive's path), the host and
            # user names, the working folder and a pip freeze.
            x_disable_meta=True,
            x_disable_machine_info=True,
            x_save_requirements=False,
            save_code=False,
            disable_code=True,
            disable_git=True,
            program="huggingtweets",
            host="huggingtweets",  # not the machine's name
        )
        kwargs = dict(
            project=self.project,
            entity=self.entity,
            job_type=job_type,
            name=name,
            group=group,
            config=scrub_config(config),
            dir=os.environ.get("WANDB_DIR"),
            reinit="finish_previous",
            settings=settings,
        )
        if self.mode == "online" and not self._noticed:
            self._noticed = True
            print(upload_notice(self.project, self.entity), file=sys.stderr, flush=True)
        try:
            return wandb.init(mode=self.mode, **kwargs)
        except Exception as e:
            if self.mode != "online":
                raise
            msg = redact(" ".join(str(e).split()))[:200]
            self.warnings.append(f"W&B online run could not start ({msg}); logging offline instead")
            print(f"warning: {self.warnings[-1]}", file=sys.stderr)
            self.mode = "offline"
            return wandb.init(mode="offline", **kwargs)

    def _record(self, run, attr: str) -> None:
        url = None if self.mode != "online" else getattr(run, "url", None)
        setattr(self, attr, url)
        if self.entity is None and self.mode == "online":
            self.entity = getattr(run, "entity", None) or None
        with contextlib.suppress(Exception):
            run_dir = Path(run.dir).parent
            # Relative to the model folder when inside it: training.json is published, and an
            # absolute path would tell the world the user's local folders.
            try:
                self.run_dir = str(run_dir.resolve().relative_to(self.out_dir.resolve()))
            except ValueError:
                self.run_dir = run_dir.name

    # --- the preprocess run ---------------------------------------------------------

    def log_preprocess(self, data_dir: Path, info, name: str, base=None) -> None:
        """`preprocess` run: what was read as `raw-dataset`, the training text as `train-dataset`.

        raw-dataset holds, per source, its kind and handle, and for a local file its name, size
        and sha256 (`sources.json`); for a network source the public posts fetched (`raw/`); and
        dataset.json with file names for paths. The user's own files are never copied.
        """
        if not self.enabled:
            return
        sources = [source_record(a) for a in info.accounts]
        meta = {
            "handles": info.handles,
            "epochs": info.epochs,
            "seed": info.seed,
            "characters": info.characters,
            "train_posts": info.train_posts,
            "valid_posts": info.valid_posts,
            "clean": info.clean,
            "accounts": [public_account(a) for a in info.accounts],
        }
        run = self._init("preprocess", f"preprocess-{name}", meta, group=name)
        try:
            dataset_json = public_dataset_json(data_dir)
            run.log_artifact(raw_dataset_artifact(data_dir, meta, sources, dataset_json))
            train = train_dataset_artifact(data_dir, meta, dataset_json)
            run.log_artifact(train)
            self._dataset_artifact = train
            if self.mode == "offline" and base is not None:
                run.log_artifact(pretrained_artifact(base))
            self._record(run, "preprocess_run_url")
        finally:
            run.finish()

    # --- the train run -------------------------------------------------------------------

    def start_train(self, name: str, config: dict, base) -> None:
        """Open the `train` run: uses the dataset and the pretrained model, holds the config.

        W&B cannot `use_artifact` offline: there the pretrained model is logged by the
        preprocess run instead (see `log_preprocess`) and the train run's config names both inputs.
        """
        if not self.enabled:
            return
        config = dict(config)
        config["versions"] = versions()
        config["inputs"] = {
            "dataset": "train-dataset:latest",
            "base_model": "pretrained-model:latest",
        }
        self.run = self._init("train", f"train-{name}", config, group=name)
        self._record(self.run, "train_run_url")
        if self.mode == "offline":
            return
        if self._dataset_artifact is not None:
            with contextlib.suppress(Exception):
                self._dataset_artifact.wait()
            self.run.use_artifact(self._dataset_artifact)
        self.run.use_artifact(pretrained_artifact(base))

    def callback(self):
        """The Trainer callback that logs loss curves into the open train run (or None)."""
        if self.run is None:
            return None
        return public_wandb_callback()

    def log_generations(self, generations) -> None:
        if self.run is None:
            return
        import wandb

        table = wandb.Table(columns=["input", "prediction", "copied_from_training"])
        for g in generations.generations:
            table.add_data(generations.prompt, g.text, g.copied_from_training)
        self.run.log({"generations": table})

    def log_model(self, model_dir: Path, files: list[str], metadata: dict) -> None:
        if self.run is None:
            return
        self.run.log_artifact(finetuned_artifact(model_dir, files, metadata))

    def summary(self, values: dict) -> None:
        if self.run is None:
            return
        for k, v in scrub_config(values).items():
            self.run.summary[k] = v

    def finish(self, failed: bool = False) -> None:
        if self.run is not None:
            with contextlib.suppress(Exception):
                self.run.finish(exit_code=1 if failed else 0)
            self.run = None
        while self._env_set:
            os.environ.pop(self._env_set.pop(), None)

    def to_json(self) -> dict:
        return {
            "mode": self.mode,
            "project": self.project if self.enabled else None,
            "entity": self.entity,
            "preprocess_run_url": self.preprocess_run_url,
            "train_run_url": self.train_run_url,
            "run_dir": self.run_dir,
        }


__all__ = [
    "DEFAULT_PROJECT",
    "DEFAULT_VISIBILITY",
    "MODES",
    "Tracker",
    "UPLOADED",
    "api_key_available",
    "public_account",  # (wandb_artifacts) train.py records the accounts with it
    "resolve_mode",
    "scrub_config",  # (privacy)
    "upload_notice",
    "versions",
]
