"""Progress for long work: tqdm bars in the terminal (the notebook drives its own widgets)."""

from __future__ import annotations

import contextlib
import sys

from tqdm.auto import tqdm


@contextlib.contextmanager
def terminal_download_progress(sources: list[str]):
    """A bar per account, fed by `download(..., progress=...)`; on stderr so --json stays clean."""
    bars: dict[int, tqdm] = {}

    def update(index: int, fetched: int, limit: int | None) -> None:
        bar = bars.get(index)
        if bar is None:
            bar = bars[index] = tqdm(
                total=limit,
                desc=f"posts from {sources[index]}"[:60],
                unit=" posts",
                file=sys.stderr,
                leave=True,
                position=index,
            )
        bar.n = fetched
        bar.refresh()

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.close()
