"""Secrets (HF token, W&B key, X bearer token): where we read them, and a last-line scrubber.

They come from the environment, Colab secrets or a password box, and are passed
straight to the client that needs them. `redact` is the safety net for any text
we show or write that might have picked one up (an exception message, say).
"""

from __future__ import annotations

import os
import re

SECRET_ENV_VARS = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "WANDB_API_KEY", "X_BEARER_TOKEN")
# Shapes of tokens even when we do not know their value.
_PATTERNS = [
    re.compile(r"hf_[A-Za-z0-9]{20,}"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9%._~+/=-]{16,}"),
]


def known_secrets() -> list[str]:
    return [v for name in SECRET_ENV_VARS if len(v := os.environ.get(name, "")) >= 8]


def redact(text: str, extra: list[str] | None = None) -> str:
    """`text` with every known secret value and token-shaped string replaced by ***."""
    for secret in known_secrets() + [s for s in (extra or []) if s and len(s) >= 8]:
        text = text.replace(secret, "***")
    text = _PATTERNS[0].sub("***", text)
    return _PATTERNS[1].sub(lambda m: m.group(1) + "***", text)


def colab_secret(name: str) -> str | None:
    """A Colab secret's value, or None outside Colab / when it is not granted."""
    try:
        from google.colab import userdata  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        return userdata.get(name) or None
    except Exception:  # not granted to this notebook, or not defined
        return None
