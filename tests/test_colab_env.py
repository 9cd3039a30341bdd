"""scripts/colab_env.py, the checks of the Colab stage (scripts/colab_check.sh): Colab's list
as constraints, and an install that changes a preinstalled package fails, naming it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "colab_env.py"
FREEZE = ROOT / "tests" / "data" / "colab" / "pip-freeze.gpu.txt"


def colab_env(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=60
    )


def test_constraints_are_colabs_pins_without_urls_or_its_cuda_torch():
    run = colab_env("constraints", FREEZE)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "ipywidgets==7.7.1" in lines and "huggingface-hub==1.27.0" in lines
    assert "transformers==5.15.0" in lines and "widgetsnbextension==3.6.10" in lines
    assert not [line for line in lines if "@" in line or line.startswith(("torch==", "setuptools=="))]
    assert len(lines) > 600


def test_an_install_that_changes_a_preinstalled_package_fails_naming_it(tmp_path):
    before = tmp_path / "before.txt"
    after = tmp_path / "after.txt"
    before.write_text("ipywidgets==7.7.1\nwidgetsnbextension==3.6.10\nnumpy==2.1.3\n")
    after.write_text("ipywidgets==8.1.9\nnumpy==2.1.3\ngguf==0.19.0\n")
    run = colab_env("unchanged", before, after)
    assert run.returncode == 1
    assert "ipywidgets 7.7.1 -> 8.1.9" in run.stderr
    assert "widgetsnbextension 3.6.10 -> removed" in run.stderr
    assert "numpy" not in run.stderr

    after.write_text("ipywidgets==7.7.1\nwidgetsnbextension==3.6.10\nnumpy==2.1.3\ngguf==0.19.0\n")
    run = colab_env("unchanged", before, after)
    assert run.returncode == 0, run.stderr
    assert "changed none of the 3 packages" in run.stdout and "gguf 0.19.0" in run.stdout


def test_a_venv_not_at_colabs_versions_is_refused(tmp_path):
    now = tmp_path / "now.txt"
    now.write_text("ipywidgets==8.1.9\ntorch==2.13.0+cpu\npapermill==2.7.0\n")
    run = colab_env("same-as-colab", FREEZE, now)
    assert run.returncode == 1 and "ipywidgets 8.1.9 (Colab has 7.7.1)" in run.stderr
    now.write_text("ipywidgets==7.7.1\ntorch==2.13.0+cpu\npapermill==2.7.0\n")
    run = colab_env("same-as-colab", FREEZE, now)
    assert run.returncode == 0, run.stderr


def test_a_missing_torch_is_one_line_saying_what_to_install(tmp_path):
    """Where torch is missing (Python 3.13 here), train says so, not "report this bug"."""
    (tmp_path / "posts.txt").write_text(
        "\n".join(f"Post number {i} about the sky and the sea tonight" for i in range(400))
    )
    code = (
        "import sys; sys.modules['torch'] = None; "  # import torch -> ModuleNotFoundError
        "from huggingtweets.cli import main; "
        "sys.exit(main(['train', 'posts.txt', '--out', 'model', '--base-model', 'tiny']))"
    )
    env = {**os.environ, "WANDB_MODE": "disabled", "HUGGINGTWEETS_CACHE": str(tmp_path / "c")}
    env.pop("HUGGINGTWEETS_DEBUG", None)
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 1
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("error: this command needs torch, which is not installed here"), run.stderr
    assert "Traceback" not in run.stderr and "report it" not in run.stderr
