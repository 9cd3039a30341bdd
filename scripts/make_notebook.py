"""Write `huggingtweets-demo.ipynb` (no outputs) from the cells below.

    python scripts/make_notebook.py          # write it
    python scripts/make_notebook.py --check  # exit 1 when the committed notebook differs

Edit the notebook here, not in Jupyter: the cells stay thin (the widgets live in
`huggingtweets/app/`) and the file stays clean and reviewable.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "huggingtweets-demo.ipynb"


def _package_defaults():
    """huggingtweets/defaults.py read by its path: scripts/colab_env.py runs this script's
    install cell in a fresh Colab venv, before the package is installed there."""
    spec = importlib.util.spec_from_file_location(
        "_ht_defaults", ROOT / "huggingtweets" / "defaults.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


defaults = _package_defaults()
# Where the notebook lives and what it installs: the GitHub repository and branch (or tag).
# A fork or a release changes this one line, reruns this script and updates README.md's badge
# (tests/test_notebook.py checks that the badges and the install line name this place).
HOME = "huggingtweets/huggingtweets@main"
_REPO, _REF = HOME.split("@")
COLAB_URL = f"https://colab.research.google.com/github/{_REPO}/blob/{_REF}/{NOTEBOOK.name}"
INSTALL_SPEC = f"huggingtweets @ git+https://github.com/{_REPO}@{_REF}"

INTRO = f"""\
# 🐦 huggingtweets — a bot that writes like someone's posts

[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]({COLAB_URL})

Pick up to three accounts (Mastodon, Bluesky, an X archive, your own file — or the bundled
`sample`), download their posts, fine-tune a small language model on them, read what it writes,
and publish it to the Hugging Face Hub. Run the cells from top to bottom, then use the forms.

**Use it fairly.** Train only on posts you may use (your own, or with the person's consent),
never pass generated text off as the real person, and label it as machine-generated wherever
you share it. Generated posts can repeat the training posts and their biases: read before you
share.
"""


def install_cell(spec: str = INSTALL_SPEC) -> str:
    """The install cell; scripts/colab_check.sh runs it with a built wheel as `spec`."""
    return f"""\
try:  # install the package and its requirements (quick when they are already there)
    import huggingtweets
except ImportError:
    import subprocess, sys
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", {json.dumps(spec)}], check=True)
from huggingtweets.app import check_runtime
check_runtime();  # a GPU makes training fast; without one it runs on the CPU, slower"""


PARAMETERS_MD = """\
## Settings
The defaults suit the forms below. `autorun=True` makes *Run all* download, train and generate
without clicks (for batch runs and tests, e.g. with papermill).

**Keep my work on Google Drive**: tick `keep_on_drive` and the output folder goes to
`MyDrive/huggingtweets/` (Colab asks to connect your Drive). Colab resets idle runtimes: after a
reset, *Run all* again and your posts and model are back, and **Train** continues from the last
checkpoint instead of starting over."""


def _parameter(name: str, value: str, comment: str = "") -> str:
    line = f"{name} = {value}"
    return f"{line:<22}  # {comment}" if comment else line


# The form's defaults are the package's (huggingtweets/defaults.py), written as literals.
PARAMETERS = "\n".join(
    [
        _parameter("sources", "[]", 'e.g. ["@user@mastodon.social", "name.bsky.social", "sample"]'),
        _parameter(
            "base_model",
            json.dumps(defaults.BASE_MODEL),
            "gpt2, distilgpt2, gpt2-medium, smollm2, tiny, or any Hub id",
        ),
        _parameter("max_steps", "None", "None: one pass over the training text"),
        _parameter("out_dir", '"huggingtweets-out"'),
        _parameter("keep_on_drive", "False", '@param {type:"boolean"}'),
        _parameter(
            "wandb_mode", "None", '"online", "offline", "disabled"; None: online with a W&B key'
        ),
        _parameter("prompt", json.dumps(defaults.PROMPT), "start of the generated posts"),
        _parameter("num_posts", str(defaults.NUM_POSTS), "how many posts to generate"),
        _parameter("autorun", "False", "True: download -> train -> generate without clicks"),
        _parameter("publish", "False", "with autorun: also publish to the Hub"),
    ]
)

APP = """\
from huggingtweets.app import get_app
app = get_app(out_dir=out_dir, keep_on_drive=keep_on_drive, sources=sources,
              base_model=base_model, max_steps=max_steps, wandb_mode=wandb_mode, prompt=prompt,
              num_posts=num_posts)"""

STEP1_MD = """\
## Step 1 — Posts
Type up to three accounts (or upload an archive or a file), then click **Download posts**."""

STEP2_MD = """\
## Step 2 — Train
Choose a base model and click **Train**. `gpt2` takes minutes on a GPU; try `tiny` first on a CPU.
**Tracking:** *W&B online* (the default when a `WANDB_API_KEY` secret exists) uploads the training
text, post counts, settings, metrics, sample posts and the model to your W&B project — never your
archive or files, only their name, size and sha256; *offline* keeps the runs in the output folder;
*Off* logs and uploads nothing."""

STEP3_MD = """\
## Step 3 — Generate
Give the start of a sentence and click **Generate** — as often as you like, no retraining needed.
Posts marked 📋 copy a training post. Trained on several accounts, **Write as** picks one of them
(or the blend of all); step 2 shows how much the model sounds like each (a table and a chart)."""

STEP4_MD = """\
## Step 4 — Publish
Publish the model and its card to the Hugging Face Hub (needs a *write* token)."""

AUTORUN = """\
if autorun:  # the same click handlers, one after the other
    app.run_all(publish=publish)"""


def build() -> nbformat.NotebookNode:
    params = new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    cells = [
        new_markdown_cell(INTRO),
        new_code_cell(install_cell()),
        new_markdown_cell(PARAMETERS_MD),
        params,
        new_code_cell(APP),
        new_markdown_cell(STEP1_MD),
        new_code_cell("app.posts_step()"),
        new_markdown_cell(STEP2_MD),
        new_code_cell("app.train_step()"),
        new_markdown_cell(STEP3_MD),
        new_code_cell("app.generate_step()"),
        new_markdown_cell(STEP4_MD),
        new_code_cell("app.publish_step()"),
        new_code_cell(AUTORUN),
    ]
    for i, cell in enumerate(cells):
        cell["id"] = f"cell-{i:02d}"
    nb = new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "colab": {"provenance": [], "toc_visible": True},
        "accelerator": "GPU",
    }
    return nb


def render() -> str:
    nb = build()
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = NOTEBOOK.read_text(encoding="utf-8") if NOTEBOOK.exists() else ""
        if current != text:
            print(f"{NOTEBOOK.name} is out of date: run python scripts/make_notebook.py")
            return 1
        return 0
    NOTEBOOK.write_text(text, encoding="utf-8")
    print(f"wrote {NOTEBOOK}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
