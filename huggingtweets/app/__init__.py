"""The notebook's face: ipywidgets forms for download -> train -> generate -> publish.

The notebook only builds an `App` (`get_app`) and shows its four steps; everything lives here
so it is importable and testable without a notebook. The package's parts:

- `state`: the session and what each step does, without widgets (`Session`);
- `actions`: every call to the stages (download, train, generate, card, publish), one place;
- `widgets`: the form of each step; `views`: the HTML shown; `charts`: the PNG charts;
- `live`: training as it happens; `runtime`: GPU, Google Drive, Colab, tracking choice;
- `notebook`: `App`, the forms wired to the session.

The counts table is `huggingtweets.tables` (the CLI and the card use it too, without widgets).
`App.run_all()` clicks through the steps synchronously (papermill / batch use) and prints the
results as plain text so they land in the notebook's outputs. ipywidgets is imported only when
the App is (state, actions, views, charts and runtime work without it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from huggingtweets.app.charts import counts_chart, evaluation_chart, loss_chart
from huggingtweets.app.runtime import (
    check_runtime,
    default_wandb_mode,
    normalise_sources,
    tracking_note,
    work_folder,
)
from huggingtweets.app.state import Session, safe_upload_name
from huggingtweets.app.views import (
    error_html,
    esc,
    evaluation_table,
    friendly_error,
    generations_table,
    share_links,
)

if TYPE_CHECKING:
    from huggingtweets.app.notebook import App

_APP = None
_APP_ARGS: dict | None = None


def __getattr__(name: str):
    if name == "App":  # the widgets: ipywidgets is imported here, not with the package
        from huggingtweets.app.notebook import App

        return App
    raise AttributeError(f"module 'huggingtweets.app' has no attribute {name!r}")


def get_app(keep_on_drive: bool = False, **kwargs) -> App:
    """The notebook's App: the same one when a cell is run again with the same parameters,
    so rerunning a cell keeps the downloaded posts and the trained model. `keep_on_drive`:
    the output folder goes on Google Drive in Colab (see `work_folder`)."""
    from huggingtweets.app.notebook import App

    global _APP, _APP_ARGS
    wanted = dict(kwargs, keep_on_drive=bool(keep_on_drive))
    if _APP is None or _APP_ARGS != wanted:
        if keep_on_drive:
            kwargs["out_dir"] = work_folder(kwargs.get("out_dir", "huggingtweets-out"), True)
        _APP, _APP_ARGS = App(**kwargs), wanted
    return _APP


__all__ = [
    "App",
    "Session",
    "check_runtime",
    "counts_chart",
    "default_wandb_mode",
    "error_html",
    "esc",
    "evaluation_chart",
    "evaluation_table",
    "friendly_error",
    "generations_table",
    "get_app",
    "loss_chart",
    "normalise_sources",
    "safe_upload_name",
    "share_links",
    "tracking_note",
    "work_folder",
]
