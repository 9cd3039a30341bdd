"""Hub repo ids: the original's repo name for a set of handles, and the check of a given id.

One place for both: the card (its default repo id), publish (whoami's name + this name), the
notebook and the pipeline use them. Needs nothing but huggingface_hub's validator.
"""

from __future__ import annotations

import re

from huggingtweets import defaults
from huggingtweets.errors import UserError
from huggingtweets.secrets import redact

MAX_REPO_NAME = 96  # the Hub's limit for a repo name
_REPO_NAME_BAD = re.compile(r"[^A-Za-z0-9._-]+")


def repo_name_for(handles: list[str]) -> str:
    """The original's repo name: handles without '@', lower-cased, sorted, joined with '-',
    reduced to [A-Za-z0-9._-] (no '--', '..' or trailing '.git'), at most 96 characters."""
    parts = []
    for handle in sorted(str(h).lower().lstrip("@") for h in handles):
        part = _REPO_NAME_BAD.sub("-", handle).strip("-.")
        if part:
            parts.append(part)
    name = "-".join(parts)
    name = re.sub(r"-{2,}", "-", name)
    name = re.sub(r"\.{2,}", ".", name)
    name = name[:MAX_REPO_NAME].strip("-.")
    if name.endswith(".git"):  # the Hub refuses it; 'x.git' stays told apart from 'x'
        name = name[:-4] + "-git"
    return name or "huggingtweets-model"


def default_repo_id(handles: list[str], namespace: str = defaults.HUB_NAMESPACE) -> str:
    """`huggingtweets/<handles>`: the repo id a card names before anyone chose one."""
    return f"{namespace}/{repo_name_for(handles)}"


def check_repo_id(repo_id: str) -> str:
    """`repo_id` when it is a valid NAMESPACE/NAME, else a UserError."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    text = str(repo_id or "").strip()
    problem = None
    if text.count("/") != 1:
        problem = "it must be NAMESPACE/NAME"
    else:
        try:
            validate_repo_id(text)
        except HFValidationError:
            problem = (
                "use letters, digits, '-', '_' and '.' (no '--' or '..'), at most 96 characters"
            )
        ns, name = text.split("/")
        if problem is None and (not ns or not name or ns.startswith(".") or name.startswith(".")):
            problem = "it must be NAMESPACE/NAME"
    if problem:
        shown = redact(" ".join(text.split()))[:120] or "(empty)"
        raise UserError(
            f"'{shown}' is not a Hub repo id ({problem}): pass --repo-id like yourname/my-bot."
        )
    return text
