"""The distribution: what `python -m build` makes holds everything the demo needs, and the
built wheel works in a clean virtualenv; the declared requirements agree with each other."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest
import tomllib

ROOT = Path(__file__).resolve().parent.parent
# What the demo and the offline models read from the package (huggingtweets/data).
DATA_FILES = [
    "huggingtweets/data/gpt2-vocab.json",
    "huggingtweets/data/gpt2-merges.txt",
    "huggingtweets/data/gpt2-tokenizer-LICENSE.txt",
    "huggingtweets/data/sample/README.txt",
    "huggingtweets/data/sample/data/tweets.js",
    "huggingtweets/data/sample/data/note-tweet.js",
    "huggingtweets/data/sample/data/account.js",
    "huggingtweets/data/sample/data/profile.js",
    "huggingtweets/templates/modelcard.md.j2",  # the model card (card.py)
]


def _requirement_names(lines) -> dict[str, str]:
    out = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            name = re.match(r"[A-Za-z0-9._-]+", line).group(0)
            out[re.sub(r"[-_.]+", "-", name).lower()] = line.replace(" ", "")
    return out


def test_requirements_txt_is_pyproject_less_torch():
    """The notebook's list (requirements.txt) is the package's, less torch (Colab has it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = _requirement_names(project["dependencies"])
    listed = _requirement_names((ROOT / "requirements.txt").read_text().splitlines())
    assert declared.pop("torch").startswith("torch>=")
    assert listed == declared


def test_requirements_keep_colabs_preinstalled_versions():
    """Every minimum is met by Colab's own version (tests/data/colab), so the notebook's install
    replaces nothing there (scripts/colab_check.sh proves it with pip)."""
    from packaging.requirements import Requirement
    from packaging.version import Version

    colab = {}
    for line in (ROOT / "tests/data/colab/pip-freeze.gpu.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
            colab[re.sub(r"[-_.]+", "-", name).lower()] = Version(version)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    checked = 0
    for text in project["dependencies"]:
        req = Requirement(text)
        version = colab.get(re.sub(r"[-_.]+", "-", req.name).lower())
        if version is not None:
            assert req.specifier.contains(version, prereleases=True), (text, str(version))
            checked += 1
    assert checked >= 13  # all but gguf, which Colab lacks
    assert colab["ipywidgets"] == Version("7.7.1")


def _build(out: Path) -> tuple[Path, Path]:
    pytest.importorskip("build", reason="`build` comes with the dev extra (scripts/setup.sh)")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
        timeout=600,
    )
    (wheel,) = out.glob("huggingtweets-*.whl")
    (sdist,) = out.glob("huggingtweets-*.tar.gz")
    return wheel, sdist


def _wheel_requirements(wheel: Path, names: set[str]) -> list[str]:
    """The wheel's own Requires-Dist lines for these names (its declared versions)."""
    with zipfile.ZipFile(wheel) as zf:
        meta = next(n for n in zf.namelist() if n.endswith(".dist-info/METADATA"))
        lines = zf.read(meta).decode().splitlines()
    reqs = [line.split(":", 1)[1].strip() for line in lines if line.startswith("Requires-Dist:")]
    return [r for r in reqs if re.match(r"[A-Za-z0-9._-]+", r).group(0).lower() in names]


# Builds the distribution and installs the wheel into a new virtualenv (about a minute). The
# wheel alone plus what `download` imports (its declared versions): the full stack (torch,
# transformers, ...) from the same wheel is installed and tested by scripts/colab_check.sh.
@pytest.mark.slow
def test_built_wheel_installs_in_a_clean_venv_and_downloads_the_sample(tmp_path):
    wheel, sdist = _build(tmp_path / "dist")
    wheel_names = set(zipfile.ZipFile(wheel).namelist())
    assert set(DATA_FILES) <= wheel_names, sorted(set(DATA_FILES) - wheel_names)
    assert "huggingtweets/cli.py" in wheel_names and "huggingtweets/sources/__init__.py" in wheel_names
    with tarfile.open(sdist) as tar:
        top = tar.getnames()[0].split("/")[0]
        sdist_names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert set(DATA_FILES) <= sdist_names and {"pyproject.toml", "README.md"} <= sdist_names, top

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(HF_HUB_OFFLINE="1", WANDB_MODE="disabled", HUGGINGTWEETS_CACHE=str(tmp_path / "c"))
    needed = _wheel_requirements(wheel, {"requests", "urllib3", "tqdm", "tokenizers", "regex"})
    assert len(needed) == 5, needed
    pip = [python, "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "--no-deps", str(wheel)], check=True, env=env, timeout=300)
    subprocess.run([*pip, *needed], check=True, env=env, timeout=600)
    work = tmp_path / "work"  # away from the checkout: only the installed package is found
    work.mkdir()
    run = subprocess.run(
        [env_dir / "bin" / "huggingtweets", "download", "sample", "--out", "out", "--json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    info = json.loads(run.stdout)
    (account,) = info["accounts"]
    assert account["handle"] == "maraquill_sky" and account["kept"] > 300, info
    train_text = (work / "out" / "train.txt").read_text(encoding="utf-8")
    assert len(train_text) == info["characters"] and (work / "out" / "valid.txt").is_file()
    # GPT-2's tokenizer, as huggingtweets.models builds it offline, from the installed files.
    check = subprocess.run(
        [
            python,
            "-c",
            "import huggingtweets.models as m; from tokenizers import models; "
            "bpe = models.BPE.from_file(str(m.DATA_DIR / 'gpt2-vocab.json'), "
            "str(m.DATA_DIR / 'gpt2-merges.txt')); print(m.DATA_DIR, bpe.token_to_id('hello'))",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert check.returncode == 0, check.stderr[-2000:]
    data_dir, hello = check.stdout.split()
    assert data_dir.startswith(str(env_dir)) and int(hello) == 31373
