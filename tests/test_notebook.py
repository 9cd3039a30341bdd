"""The Colab notebook: committed clean, thin cells, and it runs top to bottom under papermill."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "huggingtweets-demo.ipynb"


def python3_kernel(tmp_path: Path, monkeypatch) -> str:
    """A `python3` kernelspec for this interpreter, found first (JUPYTER_PATH wins)."""
    spec_dir = tmp_path / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python 3",
                "language": "python",
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "python3"


def offline_env(monkeypatch) -> None:
    for name, value in {
        "WANDB_MODE": "disabled",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "TOKENIZERS_PARALLELISM": "false",
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "WANDB_API_KEY", "X_BEARER_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def _load_maker():
    spec = importlib.util.spec_from_file_location(
        "make_notebook", ROOT / "scripts" / "make_notebook.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_notebook_is_committed_clean_and_up_to_date():
    text = NOTEBOOK.read_text(encoding="utf-8")
    assert text == _load_maker().render(), "run: python scripts/make_notebook.py"
    nb = nbformat.reads(text, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            limit = 12 if "parameters" in cell.metadata.get("tags", []) else 8
            assert len(cell.source.splitlines()) <= limit, cell.source  # thin cells


def test_notebook_has_badge_disclaimer_parameters_and_steps():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert _load_maker().COLAB_URL in markdown and "colab-badge.svg" in markdown
    assert "never pass generated text off as the real person" in markdown
    assert "label it as machine-generated" in markdown
    for step in ("Step 1 — Posts", "Step 2 — Train", "Step 3 — Generate", "Step 4 — Publish"):
        assert step in markdown
    params = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    names = {}
    exec(params[0].source, {}, names)  # plain assignments only
    assert names == {
        "sources": [],
        "base_model": "gpt2",
        "max_steps": None,
        "out_dir": "huggingtweets-out",
        "keep_on_drive": False,
        "wandb_mode": None,
        "prompt": "My dream is",
        "num_posts": 10,
        "autorun": False,
        "publish": False,
    }
    install = nb.cells[1].source
    assert "import huggingtweets" in install and "except ImportError" in install
    assert _load_maker().INSTALL_SPEC in install
    assert "check_runtime" in install


def test_badges_and_install_line_name_the_same_place():
    """The notebook's and the README's Colab badges open the notebook from the repository and
    branch that the install cell installs from (all written from make_notebook.HOME)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    badge = r"colab\.research\.google\.com/github/([\w.-]+/[\w.-]+)/blob/([\w./-]+?)/huggingtweets-demo\.ipynb"
    places = {
        "notebook badge": re.findall(badge, nb.cells[0].source),
        "README badge": re.findall(badge, (ROOT / "README.md").read_text(encoding="utf-8")),
        "install line": re.findall(
            r"huggingtweets @ git\+https://github\.com/([\w.-]+/[\w.-]+)@([\w./-]+)\b",
            nb.cells[1].source,
        ),
    }
    assert all(len(found) == 1 for found in places.values()), places
    assert len({found[0] for found in places.values()}) == 1, places
    assert places["install line"][0] == tuple(_load_maker().HOME.split("@"))


def _outputs_text(nb) -> str:
    return "\n".join(
        out.get("text", "")
        if out.get("output_type") == "stream"
        else "\n".join(str(v) for v in out.get("data", {}).values())
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )


def test_notebook_renders_its_forms_under_papermill(tmp_path, monkeypatch):
    """Run all with the defaults (no autorun): every cell runs, the four forms are shown."""
    import papermill

    kernel = python3_kernel(tmp_path, monkeypatch)
    offline_env(monkeypatch)
    output = tmp_path / "executed.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(output),
        parameters={"out_dir": str(tmp_path / "out")},
        kernel_name=kernel,
        cwd=str(tmp_path),
        progress_bar=False,
        execution_timeout=120,
    )
    nb = nbformat.read(output, as_version=4)
    views = [
        o
        for c in nb.cells
        for o in c.get("outputs", [])
        if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    assert len(views) == 4  # the four steps
    text = _outputs_text(nb)
    # The runtime check's line for this machine (no torch: the Python 3.13 check).
    if importlib.util.find_spec("torch") is None:
        assert "PyTorch is not installed: run the install cell above." in text
    else:
        import torch

        said = "✅ GPU found: " if torch.cuda.is_available() else "No GPU: training will run on"
        assert said in text
    assert "== download" not in text  # nothing ran without a click
    assert not (tmp_path / "out").exists()


# Over a minute on a CPU: the tiny model trains, writes its card's samples and generates.
@pytest.mark.slow
@pytest.mark.torch
def test_notebook_runs_top_to_bottom_under_papermill(tmp_path, monkeypatch):
    import papermill

    kernel = python3_kernel(tmp_path, monkeypatch)
    offline_env(monkeypatch)
    # Fake secrets in the kernel's environment: none may reach the executed notebook or a file.
    planted = {
        "HF_TOKEN": "hf_" + "NotebookPlantedToken" * 2,
        "WANDB_API_KEY": "0123456789abcdef" * 2 + "feedface",
        "X_BEARER_TOKEN": "AAAAAAAAAAAAAAAAAAAAA" + "PlantedBearer" * 3,
    }
    for name, value in planted.items():
        monkeypatch.setenv(name, value)
    out_dir = tmp_path / "run"
    output = tmp_path / "executed.ipynb"
    start = time.time()
    papermill.execute_notebook(
        str(NOTEBOOK),
        str(output),
        parameters={
            "sources": ["sample"],
            "base_model": "tiny",
            "max_steps": 2,
            "num_posts": 2,
            "autorun": True,
            "out_dir": str(out_dir),
            "wandb_mode": "disabled",
        },
        kernel_name=kernel,
        cwd=str(tmp_path),
        progress_bar=False,
        execution_timeout=300,
    )
    seconds = time.time() - start
    nb = nbformat.read(output, as_version=4)
    text = _outputs_text(nb)
    assert "== download" in text and "== train" in text and "== generate" in text
    generations = json.loads((out_dir / "model" / "generations.json").read_text())
    assert (out_dir / "model" / "training.json").is_file()
    lines = [line for line in text.split("== generate", 1)[1].splitlines() if line[:3].strip()]
    assert any(line.startswith("1. My dream is") for line in lines), text[-2000:]
    assert "error" not in {o.get("output_type") for c in nb.cells for o in c.get("outputs", [])}
    assert generations["generations"]  # the model folder the notebook made is complete
    written = [output] + [p for p in out_dir.rglob("*") if p.is_file()]
    for path in written:
        data = path.read_bytes()
        for name, value in planted.items():
            assert value.encode() not in data, f"{name} leaked into {path}"
    print(f"papermill run: {seconds:.1f} s")


def _readme_papermill_command() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"`(papermill huggingtweets-demo\.ipynb [^`]+)`", readme)
    assert len(commands) == 1, commands
    return commands[0]


# The README's batch command, exactly, through papermill's own CLI: 20 steps of the tiny model.
@pytest.mark.slow
@pytest.mark.torch
def test_readme_papermill_command_runs(tmp_path, monkeypatch):
    """`-p sources '["sample"]'` reaches the notebook as a string: it is one source, not ten."""
    command = _readme_papermill_command()
    argv = shlex.split(command)
    assert argv[:3] == ["papermill", "huggingtweets-demo.ipynb", "out.ipynb"]
    papermill = Path(sys.executable).with_name("papermill")
    assert papermill.is_file(), "papermill's CLI is not installed next to this interpreter"
    shutil.copy(NOTEBOOK, tmp_path / "huggingtweets-demo.ipynb")
    python3_kernel(tmp_path, monkeypatch)  # this interpreter's kernel, via JUPYTER_PATH
    offline_env(monkeypatch)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("HUGGINGTWEETS_CACHE", str(tmp_path / "ht-cache"))
    proc = subprocess.run(
        [str(papermill)] + argv[1:] + ["--no-progress-bar"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-4000:]
    nb = nbformat.read(tmp_path / "out.ipynb", as_version=4)
    text = _outputs_text(nb)
    assert "sources given" not in text
    assert "== download" in text and "== train" in text and "== generate" in text
    training = json.loads((tmp_path / "huggingtweets-out" / "model" / "training.json").read_text())
    assert training["steps"] == 20 and training["base_model"] == "tiny"
    evaluations = re.findall(r"^step (\d+)/20: held-out loss \d+\.\d{3}$", text, re.M)
    assert evaluations == ["4", "8", "12", "16", "20"], text[-3000:]
    assert [a["source"] for a in training["accounts"]] == ["sample"]
    # The notebook's progress is its widgets: no library bars (widgets too) or tables besides.
    views = [
        o
        for c in nb.cells
        for o in c.get("outputs", [])
        if "application/vnd.jupyter.widget-view+json" in o.get("data", {})
    ]
    assert len(views) == 4, [v["data"].get("text/plain", "")[:80] for v in views]
    assert "<progress" not in text  # the Trainer's notebook progress table
    for noise in ("FutureWarning", "{'loss'", "Loading weights", "Writing model shards"):
        assert noise not in text, noise
