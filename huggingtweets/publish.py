"""Publish a trained model folder to the Hugging Face Hub, with its model card.

`publish(model_dir, repo_id=None, private=False, token=None) -> PublishResult`

1. Checks the folder holds a trained model (config.json, *.safetensors, training.json).
2. Finds a token: the argument, `HF_TOKEN` / `HUGGING_FACE_HUB_TOKEN`, the Colab secret
   `HF_TOKEN`, or the `hf auth login` cache. The token goes to huggingface_hub only: it is never
   printed, logged or written anywhere, and every error message is scrubbed with `redact`.
3. Chooses the repo id (`resolve_repo_id`): the one given (validated: NAMESPACE/NAME), else
   `<whoami name>/<repo_ids.repo_name_for(handles)>`.
4. Uploads the card the folder holds, never renders one: the caller (`pipeline.publish_model`,
   what `huggingtweets publish` and the notebook run) writes it for the repo id first. A card
   that is missing, names another repo id or endpoint, or is older than training.json /
   generations.json is refused in one line (`card.card_is_current`), before the repo is touched.
5. Asks the Hub it publishes to whether it accepts the card's metadata (`/api/validate-yaml`),
   before the repo is created.
6. `create_repo(..., exist_ok=True)` then ONE commit holding the publishable files only
   (weights, config, generation config, tokenizer, README.md, predictions.png, training.json):
   never `checkpoints/`, `data/` or `wandb/`. Files this tool published earlier that the folder
   no longer has (an old shard, say) are deleted in that same commit, so publishing again updates
   the repo in place. The commit is made with `HfApi.create_commit`, the call `upload_folder` ends
   in, rather than `upload_folder` itself: with `hf_xet` installed, `upload_folder` may split a
   folder into several commits, and a failure between two would leave a half-published model.
   One commit is all or nothing.
"""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from huggingtweets.errors import UserError
from huggingtweets.records import TrainingRecord
from huggingtweets.repo_ids import check_repo_id, repo_name_for
from huggingtweets.secrets import colab_secret, redact

# A model's own files (weights, config, tokenizer), matched with fnmatch; the W&B
# pretrained-model artifact takes these from a local base-model folder too.
MODEL_FILE_PATTERNS = (
    "*.safetensors",
    "*.safetensors.index.json",
    "config.json",
    "generation_config.json",
    "tokenizer*",
    "vocab.json",
    "vocab.txt",
    "merges.txt",
    "special_tokens_map.json",
    "added_tokens.json",
)
# Top-level files of the model folder that are published (matched with fnmatch).
ALLOW_PATTERNS = [
    *MODEL_FILE_PATTERNS,
    "chat_template*",
    "README.md",
    "predictions.png",
    "training.json",
]
# Never published, whatever the patterns say (sub-folders are never walked anyway).
NEVER = {"checkpoints", "data", "wandb", "raw", ".model-tmp", "generations.json"}

NO_TOKEN = (
    "No Hugging Face token: create one with write access at "
    "https://huggingface.co/settings/tokens and set HF_TOKEN "
    "(or add it as a Colab secret named HF_TOKEN)."
)


@dataclass
class PublishResult:
    repo_id: str
    url: str
    commit: str
    files: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "repo_id": str(self.repo_id),
            "url": str(self.url),
            "commit": str(self.commit),
            "files": [str(f) for f in self.files],
        }


# ---------------------------------------------------------------------------- helpers


def find_token(token: str | None = None) -> str | None:
    """The first token found: argument, environment, Colab secret, login cache."""
    candidates = [
        token,
        os.environ.get("HF_TOKEN"),
        os.environ.get("HUGGING_FACE_HUB_TOKEN"),
    ]
    for value in candidates:
        if value and value.strip():
            return value.strip()
    value = colab_secret("HF_TOKEN")
    if value and value.strip():
        return value.strip()
    try:
        from huggingface_hub import get_token

        value = get_token()
    except Exception:  # a broken login cache / OIDC setup: as if there were none
        value = None
    return value.strip() if value and value.strip() else None


def check_model_dir(model_dir: str | os.PathLike) -> Path:
    """The folder as a Path, or a UserError when it does not hold a trained model."""
    path = Path(model_dir).expanduser()
    fix = "train one with `huggingtweets train` (e.g. `huggingtweets train SOURCE --out DIR`)."
    if not path.is_dir():
        raise UserError(f"No model folder at '{model_dir}': {fix}")
    missing = [n for n in ("config.json", "training.json") if not (path / n).is_file()]
    if not any(p.is_file() for p in path.glob("*.safetensors")):
        missing.insert(1, "model weights (*.safetensors)")
    if missing:
        raise UserError(
            f"'{model_dir}' is not a trained model folder (missing {', '.join(missing)}): {fix}"
        )
    return path


def publishable_files(model_dir: Path) -> list[str]:
    """Names of the top-level files to publish, sorted."""
    names = []
    for p in model_dir.iterdir():
        if not p.is_file() or p.name in NEVER or p.name.startswith("."):
            continue
        if any(fnmatch.fnmatchcase(p.name, pat) for pat in ALLOW_PATTERNS):
            names.append(p.name)
    return sorted(names)


def _is_ours(path_in_repo: str) -> bool:
    return "/" not in path_in_repo and any(
        fnmatch.fnmatchcase(path_in_repo, pat) for pat in ALLOW_PATTERNS
    )


def _short_reason(exc: BaseException) -> str:
    status = _status(exc)
    first = next((line.strip() for line in str(exc).splitlines() if line.strip()), "")
    reason = f"HTTP {status}" if status else type(exc).__name__
    if first and not status:
        reason += f": {first[:120]}"
    return reason


def _status(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def _network_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, ValueError, TimeoutError]
    from huggingface_hub.errors import HfHubHTTPError

    errors.append(HfHubHTTPError)
    for module in ("httpx2", "httpx", "requests"):
        try:
            mod = __import__(module)
        except ImportError:
            continue
        for name in ("HTTPError", "TransportError", "RequestException", "StreamError"):
            cls = getattr(mod, name, None)
            if isinstance(cls, type) and issubclass(cls, BaseException):
                errors.append(cls)
    return tuple(errors)


def _hub_error(exc: BaseException, endpoint: str, model_dir: Path, token: str) -> UserError:
    status = _status(exc)
    if status in (401, 403):
        message = (
            f"The Hugging Face Hub rejected the token (HTTP {status}): "
            "check that HF_TOKEN is valid and has write access."
        )
    else:
        message = (
            f"Publishing to {endpoint} failed ({_short_reason(exc)}): the model is intact in "
            f"{model_dir}; run the same `huggingtweets publish` again."
        )
    return UserError(redact(message, extra=[token]))


def _validate_card_on_hub(model_dir: Path, endpoint: str, token: str) -> None:
    """The Hub's card check (POST /api/validate-yaml, as `ModelCard.validate()` sends it) at the
    endpoint we publish to, before the repo is created: a card the Hub refuses must not leave an
    empty repo behind. Sent here rather than through `ModelCard.validate()`: huggingface_hub 1.x
    (Colab's 1.27) posts that one to https://huggingface.co whatever HF_ENDPOINT says."""
    from huggingface_hub.utils import get_session, hf_raise_for_status

    text = (model_dir / "README.md").read_text(encoding="utf-8")
    try:
        response = get_session().post(
            f"{endpoint}/api/validate-yaml",
            json={"repoType": "model", "content": text},
            headers={"Accept": "text/plain"},
        )
        if response.status_code == 400:  # the metadata is refused
            raise ValueError(response.text)
        hf_raise_for_status(response)
    except ValueError as e:
        detail = redact(" ".join(str(e).split()), extra=[token])[:200]
        raise UserError(
            f"The Hub at {endpoint} refused the model card's metadata ({detail}): report it."
        ) from None
    except _network_errors() as e:
        raise _hub_error(e, endpoint, model_dir, token) from None


# ---------------------------------------------------------------------------- publish


def _whoami_repo_id(api, record: TrainingRecord, folder: Path, token: str) -> str:
    endpoint = api.endpoint.rstrip("/")
    try:
        user = api.whoami(token=token)
    except _network_errors() as e:
        raise _hub_error(e, endpoint, folder, token) from None
    name = user.get("name") if isinstance(user, dict) else None
    if not name:
        raise UserError(
            f"The Hub at {endpoint} did not say who the token belongs to: "
            "pass --repo-id NAMESPACE/NAME."
        )
    return check_repo_id(f"{name}/{repo_name_for(record.handles)}")


def resolve_repo_id(
    model_dir: str | os.PathLike, repo_id: str | None = None, token: str | None = None
) -> str:
    """The repo id `publish` uses: `repo_id` validated, else `<whoami name>/<handles>`."""
    if repo_id is not None:
        return check_repo_id(repo_id)
    folder = check_model_dir(model_dir)
    token = find_token(token)
    if not token:
        raise UserError(NO_TOKEN)
    from huggingface_hub import HfApi

    return _whoami_repo_id(HfApi(token=token), TrainingRecord.load(folder), folder, token)


def _check_card(folder: Path, repo_id: str) -> None:
    """Only uploads: the folder's card must be the one written for `repo_id` (the pipeline
    writes it, `pipeline.publish_model`); any other card is refused here, before the Hub."""
    from huggingface_hub import ModelCard

    from huggingtweets.card import CARD_FILE, card_is_current, thumbnail_url

    if card_is_current(folder, repo_id):
        return
    path = folder / CARD_FILE
    try:
        names = ModelCard(path.read_text(encoding="utf-8")).data.to_dict().get("thumbnail")
    except (OSError, ValueError):
        names = None
    if not path.is_file():
        problem = f"{folder} has no model card ({CARD_FILE})"
    elif names != thumbnail_url(repo_id):
        problem = f"the model card in {folder} was written for another repo than {repo_id}"
    else:
        problem = f"the model card in {folder} is older than its training.json / generations.json"
    raise UserError(
        f"Not published: {problem}; run `huggingtweets publish {folder} --repo-id {repo_id}` "
        "(it writes the card first)."
    )


def publish(
    model_dir: str | os.PathLike,
    repo_id: str | None = None,
    private: bool = False,
    token: str | None = None,
) -> PublishResult:
    """Create (or update) the Hub repo and push the model and its card in one commit."""
    from huggingface_hub import HfApi

    folder = check_model_dir(model_dir)
    record = TrainingRecord.load(folder)
    if repo_id is not None:
        repo_id = check_repo_id(repo_id)
    token = find_token(token)
    if not token:
        raise UserError(NO_TOKEN)
    api = HfApi(token=token)  # reads the endpoint (HF_ENDPOINT) now
    if repo_id is None:
        repo_id = _whoami_repo_id(api, record, folder, token)
    _check_card(folder, repo_id)  # nothing is sent but the whoami above until it holds
    return _upload(api, folder, repo_id, private, token, record)


def _upload(
    api, folder: Path, repo_id: str, private: bool, token: str, record: TrainingRecord
) -> PublishResult:
    endpoint = api.endpoint.rstrip("/")
    files = publishable_files(folder)
    _validate_card_on_hub(folder, endpoint, token)
    try:
        repo_url = api.create_repo(
            repo_id, private=private, exist_ok=True, repo_type="model", token=token
        )
        if private:
            # create_repo ignores `private` for an existing repo: asking for private means private.
            info = api.model_info(repo_id, token=token)
            if not getattr(info, "private", False):
                api.update_repo_settings(repo_id, private=True, repo_type="model", token=token)
        handles = ", ".join("@" + h for h in record.handles) or "an account"
        commit = api.create_commit(
            repo_id,
            _operations(api, folder, repo_id, files, token),
            commit_message=f"Upload model trained on {handles} with huggingtweets",
            repo_type="model",
            token=token,
        )
    except _network_errors() as e:
        raise _hub_error(e, endpoint, folder, token) from None
    url = str(getattr(repo_url, "url", None) or repo_url or f"{endpoint}/{repo_id}")
    return PublishResult(
        repo_id=repo_id, url=redact(url, extra=[token]), commit=str(commit.oid), files=files
    )


def _operations(api, folder: Path, repo_id: str, files: list[str], token: str) -> list:
    """The commit: every publishable file, and the deletion of what this tool published before
    that the folder no longer has."""
    from huggingface_hub import CommitOperationAdd, CommitOperationDelete

    remote = set(api.list_repo_files(repo_id, repo_type="model", token=token))
    operations: list = [
        CommitOperationDelete(path_in_repo=p)
        for p in sorted(remote)
        if _is_ours(p) and p not in files and p not in NEVER
    ]
    operations += [
        CommitOperationAdd(path_in_repo=name, path_or_fileobj=str(folder / name)) for name in files
    ]
    return operations


__all__ = [
    "ALLOW_PATTERNS",
    "MODEL_FILE_PATTERNS",
    "PublishResult",
    "check_model_dir",
    "check_repo_id",
    "find_token",
    "publish",
    "publishable_files",
    "repo_name_for",
    "resolve_repo_id",
]
