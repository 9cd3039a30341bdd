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
from huggingtweets.privacy import fingerprint, folder_fingerprint, public_source, scrub_paths
from huggingtweets.publish import MODEL_FILE_PATTERNS
from huggingtweets.secrets import SECRET_ENV_VARS, known_secrets, redact

MODES = ("online", "offline", "disabled")
DEFAULT_PROJECT = "huggingtweets"
INIT_TIMEOUT = 30.0  # seconds an online run may take to start before we go offline
_SECRET_KEY_WORDS = ("token", "api_key", "apikey", "secret", "password", "credential", "bearer")
MAX_ARTIFACT_COPY_BYTES = 200 * 1024**2  # bigger local base models are listed, not copied
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


def scrub_config(value, secrets: list[str] | None = None):
    """A copy of a config with credential-like keys dropped, secret values blanked, and local
    paths reduced to their names (see privacy.scrub_paths)."""
    return scrub_paths(_scrub_secrets(value, secrets))


def _scrub_secrets(value, secrets: list[str] | None = None):
    secrets = secrets if secrets is not None else known_secrets()
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            key = str(k).lower()
            if any(w in key for w in _SECRET_KEY_WORDS) or str(k) in SECRET_ENV_VARS:
                continue
            out[str(k)] = _scrub_secrets(v, secrets)
        return out
    if isinstance(value, list | tuple):
        return [_scrub_secrets(v, secrets) for v in value]
    if isinstance(value, str):
        return redact(value, secrets)
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact(str(value), secrets)


def upload_notice(project: str, entity: str | None = None) -> str:
    """The one line said before an online run starts: where the data goes and what goes there."""
    where = f"{entity}/{project}" if entity else f"{project} (in your default W&B entity)"
    return (
        f"W&B online: uploading to project {where} on wandb.ai, visibility {DEFAULT_VISIBILITY}; "
        f"uploaded: {UPLOADED}. Tracking offline or disabled uploads nothing."
    )


def public_account(account) -> dict:
    """One account's counts as uploaded: its local source file named, not placed."""
    data = dict(account if isinstance(account, dict) else account.__dict__)
    data["source"] = public_source(str(data.get("source", "")))
    return data


def public_dataset_json(data_dir: Path) -> dict:
    """dataset.json as uploaded: file names instead of local paths, sources by name."""
    import json

    data = json.loads((data_dir / "dataset.json").read_text(encoding="utf-8"))
    data["accounts"] = [public_account(a) for a in data.get("accounts", [])]
    details = data.get("details") or {}
    if isinstance(details.get("accounts"), list):
        details["accounts"] = [public_account(a) for a in details["accounts"]]
    for key in ("train_file", "valid_file"):
        if isinstance(data.get(key), str):
            data[key] = Path(data[key]).name
    return scrub_config(data)


def source_record(account) -> dict:
    """What the raw-dataset artifact says of one source: kind, handle, and for a local file its
    name, size and sha256 (the file itself stays on this machine)."""
    from huggingtweets.sources import open_source

    record = {
        "kind": getattr(account, "kind", ""),
        "handle": account.handle,
        "source": public_source(account.source),
    }
    try:
        src = open_source(account.source)
    except Exception:  # the file has moved since the download: its name is all we know
        return record
    path = getattr(src, "path", None)
    if path is not None and not src.cacheable:
        path = Path(path)
        if path.is_file():
            record["file"] = fingerprint(path)
        elif path.is_dir():
            record["file"] = folder_fingerprint(path)
    return record


def public_raw_cache(path: Path) -> dict | None:
    """A network source's cache as uploaded: its account and public posts, no resume cursor."""
    from huggingtweets.sources.base import FetchState

    state = FetchState.load(path)
    if state.account is None:
        return None
    account = state.account.to_json()
    account["source"] = public_source(account.get("source", ""))
    return {
        "account": account,
        "posts": [p.to_json() for p in state.posts if not getattr(p, "not_public", False)],
    }


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
        import wandb

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
            raw = wandb.Artifact(
                "raw-dataset",
                type="raw-dataset",
                metadata=scrub_config({**meta, "sources": sources}),
            )
            _add_json(raw, "sources.json", scrub_config(sources))
            for f in sorted((data_dir / "raw").glob("*.json")):
                cache = public_raw_cache(f)
                if cache is not None:
                    _add_json(raw, f"raw/{f.name}", scrub_config(cache))
            _add_json(raw, "dataset.json", dataset_json)
            run.log_artifact(raw)
            train = wandb.Artifact(
                "train-dataset", type="train-dataset", metadata=scrub_config(meta)
            )
            for fname in ("train.txt", "valid.txt"):
                if (data_dir / fname).is_file():
                    train.add_file(str(data_dir / fname), name=fname)
            _add_json(train, "dataset.json", dataset_json)
            run.log_artifact(train)
            self._dataset_artifact = train
            if self.mode == "offline" and base is not None:
                run.log_artifact(self._pretrained_artifact(base))
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
        self.run.use_artifact(self._pretrained_artifact(base))

    def _pretrained_artifact(self, base):
        """The base model: a Hub model by its https address, a local one by its model files
        (small) or their names and sizes (big); never a file:// reference or a local path."""
        import fnmatch

        import wandb

        from huggingtweets.models import SMOLLM2, TINY

        folder = Path(base.path) if base.path else None
        model_files = []
        if folder is not None and folder.is_dir():
            model_files = sorted(
                f
                for f in folder.iterdir()
                if f.is_file() and any(fnmatch.fnmatchcase(f.name, p) for p in MODEL_FILE_PATTERNS)
            )
        meta = {
            "base_model": base.name,
            "name": base.display_name,
            "hub_id": base.hub_id,
            "url": base.url,
        }
        if base.name != TINY and not (base.hub_id or base.url) and model_files:
            meta["files"] = [{"name": f.name, "bytes": f.stat().st_size} for f in model_files]
        art = wandb.Artifact(
            "pretrained-model", type="pretrained-model", metadata=scrub_config(meta)
        )
        small = sum(f.stat().st_size for f in model_files) <= MAX_ARTIFACT_COPY_BYTES
        if base.name == TINY or (model_files and base.name != SMOLLM2 and small):
            for f in model_files:
                art.add_file(str(f), name=f.name, policy="immutable")
        elif base.hub_id or base.url:  # a Hub model: a reference, no download
            art.add_reference(base.url or f"https://huggingface.co/{base.hub_id}", checksum=False)
        # else: a big local folder is described by its file names and sizes in the metadata
        return art

    def callback(self):
        """The Trainer callback that logs loss curves into the open train run (or None)."""
        if self.run is None:
            return None
        return _public_wandb_callback()

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
        import wandb

        from huggingtweets.publish import publishable_files

        art = wandb.Artifact(
            "finetuned-model", type="finetuned-model", metadata=scrub_config(metadata)
        )
        allowed = set(publishable_files(model_dir)) | {"generations.json"}
        for name in [n for n in files if n in allowed]:  # what the Hub gets, and the samples
            path = model_dir / name
            if path.is_file():
                art.add_file(str(path), name=name, policy="immutable")
        self.run.log_artifact(art)

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


def _add_json(artifact, name: str, data) -> None:
    """A JSON file written into an artifact (from memory: no local file is referenced)."""
    import json

    with artifact.new_file(name, mode="w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)


def _public_wandb_callback():
    """transformers' WandbCallback, except that the config it adds holds no local path.

    Its own setup puts `TrainingArguments.to_dict()` (output_dir, logging_dir: paths into the
    user's folders) and the model config (`_name_or_path`) into the run's config.
    """
    from transformers.integrations import WandbCallback

    class PublicWandbCallback(WandbCallback):
        def setup(self, args, state, model, **kwargs):
            if self._wandb is None:
                return
            self._initialized = True
            if not state.is_world_process_zero:
                return
            combined = dict(args.to_dict())
            for key in ("output_dir", "logging_dir", "run_name", "hub_token", "hub_model_id"):
                combined.pop(key, None)
            config = getattr(model, "config", None)
            if config is not None:
                model_config = config if isinstance(config, dict) else config.to_dict()
                model_config.pop("_name_or_path", None)
                combined = {**model_config, **combined}
            self._wandb.config.update(scrub_config(combined), allow_val_change=True)
            self._wandb.define_metric("train/global_step")
            self._wandb.define_metric("*", step_metric="train/global_step", step_sync=True)
            with contextlib.suppress(Exception):
                self._wandb.config["model/num_parameters"] = model.num_parameters()

        def on_save(self, args, state, control, **kwargs):
            return  # checkpoints stay local (WANDB_LOG_MODEL is false as well)

    return PublicWandbCallback()
