"""What every record's JSON needs: unknown keys ignored, NaN as null, whole-file writes."""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path

from huggingtweets.atomic import atomic_write_text
from huggingtweets.errors import UserError


def _known(cls, data: dict) -> dict:
    """The keys of `data` that are fields of `cls` (a newer file's extra keys are ignored)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _number(x):
    """A float for JSON: NaN and infinities (a run too short to measure) become null."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _read_json(path: Path, fix: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UserError(f"'{path}' is missing or damaged ({type(e).__name__}): {fix}") from None
    if not isinstance(data, dict):
        raise UserError(f"'{path}' is damaged (not a JSON object): {fix}")
    return data


def _write_json(path: Path, data: dict) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False))
