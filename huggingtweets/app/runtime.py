"""Where the notebook runs: the GPU check, Google Drive, Colab's secrets and widget manager, the
tracking choice, and the `sources` parameter as papermill hands it over. No widgets here."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from huggingtweets import defaults
from huggingtweets.errors import UserError
from huggingtweets.secrets import colab_secret

DRIVE_MOUNT = "/content/drive"  # where Colab mounts Google Drive
DRIVE_FOLDER = "MyDrive/huggingtweets"  # our folder in it
NO_GPU = (
    "ℹ️ No GPU: training will run on the CPU, which is fine for 'tiny' or a few "
    "hundred steps of distilgpt2/gpt2, but slow for a full run. On Colab choose "
    "Runtime → Change runtime type → T4 GPU, then run the notebook again."
)
NO_TORCH = "⚠️ PyTorch is not installed: run the install cell above."


def check_runtime() -> str:
    """Say whether a GPU is there and how to get one (without stopping CPU users)."""
    try:
        import torch
    except ImportError:
        msg = NO_TORCH
    else:
        msg = _gpu_line(torch) if torch.cuda.is_available() else NO_GPU
    print(msg)
    return msg


def _gpu_line(torch) -> str:
    from huggingtweets.precision import choose_precision

    name = torch.cuda.get_device_name(0)
    major, minor = torch.cuda.get_device_capability(0)
    how = {"bf16": "bf16", "fp16": "fp16 with loss scaling"}.get(choose_precision(), "fp32")
    return (
        f"✅ GPU found: {name} (compute capability {major}.{minor}: trains in {how}). "
        f"Training {defaults.BASE_MODEL} on a few thousand posts takes minutes."
    )


def normalise_sources(value) -> list[str]:
    """The notebook's `sources` parameter as a list: a list (or tuple), one source as a string,
    or a JSON list in a string (what `papermill -p sources '["a", "b"]'` hands over)."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text.startswith("["):
            return [text] if text else []
        try:
            value = json.loads(text)
        except ValueError:
            raise UserError(
                f"sources {text[:80]!r} is not a JSON list: write it like '[\"sample\"]'."
            ) from None
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise UserError(
            'sources must be a list of accounts or files, like ["sample"] or '
            '["@user@mastodon.social", "name.bsky.social"].'
        )
    sources = [v.strip() for v in value if v.strip()]
    if len(sources) > defaults.MAX_ACCOUNTS:
        raise UserError(f"{len(sources)} sources given: use at most {defaults.MAX_ACCOUNTS}.")
    return sources


def work_folder(
    out_dir: str | os.PathLike, keep_on_drive: bool = False, mount_point: str | None = None
) -> Path:
    """The output folder: on Google Drive (MyDrive/huggingtweets/<name>) when asked and in Colab,
    so a runtime reset loses nothing; else `out_dir` itself. Says which, in one line."""
    local = Path(out_dir).expanduser()
    if not keep_on_drive:
        return local
    try:
        from google.colab import drive  # type: ignore[import-not-found]
    except ImportError:
        print(f"ℹ️ Google Drive is only there in Colab: your work stays in {local}.")
        return local
    mount_point = mount_point or DRIVE_MOUNT
    try:
        drive.mount(mount_point)
    except Exception as e:  # declined, timed out, no network: keep going on the VM's disk
        detail = " ".join(str(e).split())[:120]
        print(
            f"⚠️ Google Drive did not mount ({detail or type(e).__name__}): your work stays in "
            f"{local} and is lost when the runtime resets. Run this cell again to retry."
        )
        return local
    folder = Path(mount_point) / DRIVE_FOLDER / (local.name or "huggingtweets-out")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"✅ Keeping your work on Google Drive: {folder}")
    return folder


def use_colab_wandb_key() -> None:
    """On Colab, a `WANDB_API_KEY` secret becomes this process's key (never written anywhere)."""
    if not os.environ.get("WANDB_API_KEY"):
        key = colab_secret("WANDB_API_KEY")
        if key:
            os.environ["WANDB_API_KEY"] = key


def default_wandb_mode() -> str:
    """As the CLI: WANDB_MODE when set, else online with a W&B key, else offline."""
    use_colab_wandb_key()
    try:
        from huggingtweets.tracking import resolve_mode

        return resolve_mode(None)
    except Exception:  # an odd WANDB_MODE: let the user pick
        return "offline"


def tracking_note(mode: str) -> str:
    """What each Tracking choice sends where (online: the line printed before the run starts)."""
    from huggingtweets.tracking import upload_notice

    if mode == "online":
        project = os.environ.get("WANDB_PROJECT") or defaults.WANDB_PROJECT
        return upload_notice(project, os.environ.get("WANDB_ENTITY") or None)
    if mode == "offline":
        return "W&B offline: runs are kept in the output folder; nothing is uploaded."
    return "Tracking off: nothing is logged or uploaded anywhere."


def colab_widgets() -> None:
    """Colab renders ipywidgets 8 only through its custom widget manager (its own 7.7.1
    needs none)."""
    if "google.colab" not in sys.modules:
        return
    import ipywidgets

    if ipywidgets.__version__.startswith("7."):
        return
    try:
        from google.colab import output  # type: ignore[import-not-found]

        output.enable_custom_widget_manager()
    except Exception:
        pass
