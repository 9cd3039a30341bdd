#!/usr/bin/env bash
# CI stage after the README's tests: huggingtweets on Google Colab's runtime as Colab publishes
# it (tests/data/colab/pip-freeze.gpu.txt). On Python 3.11, a virtualenv with Colab's exact
# versions of the packages this project touches (torch aside: CPU torch 2.13.0 from this
# machine's disk; Colab has CUDA 2.11), then the project installed by the notebook's own install
# cell from the wheel that `python -m build` makes; fails when that install changed any of
# Colab's packages; then the fast tests and the notebook (papermill, autorun, tiny model) there.
# On Python 3.13 (Colab's Python; no torch for it here): the package installs with Colab's
# versions and the tests that need no torch pass.
#
#   bash scripts/colab_check.sh     (BUILD_PYTHON: a python with `build`, default .venv/bin/python;
#                                    COLAB_CHECK_DIR: where the venvs go, default .colab/)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FREEZE=$ROOT/tests/data/colab/pip-freeze.gpu.txt
WORK=${COLAB_CHECK_DIR:-$ROOT/.colab}
BUILD_PY=${BUILD_PYTHON:-$ROOT/.venv/bin/python}
ENV_PY="python3 $ROOT/scripts/colab_env.py"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
unset PYTHONPATH PYTHONHOME  # the installed wheel runs, not the checkout
# Colab's packages by name (their deps come along, pinned to Colab's versions by constraints).
COLAB_PACKAGES="transformers huggingface_hub hf-xet tokenizers safetensors datasets accelerate
  peft wandb scikit-learn numpy matplotlib pillow requests urllib3 tqdm pyarrow pandas protobuf
  ipywidgets widgetsnbextension jupyterlab_widgets ipykernel ipython jupyter_client traitlets
  tornado pyzmq notebook nbformat nbclient pytest"
# The tests' own tools that Colab lacks (installed under the same constraints).
TEST_TOOLS="papermill pytest-httpserver"
# A test run that hangs (seen once: pytest alive after its summary, a wandb-core child still
# running) fails here instead of holding CI to its limit.
TEST_TIMEOUT=${COLAB_TEST_TIMEOUT:-1500}
START=$SECONDS
say() { printf 'colab [%4ds] %s\n' $((SECONDS - START)) "$*"; }

pyenv_python() {  # the newest pyenv CPython X.Y, or pythonX.Y on the PATH
  local root=${PYENV_ROOT:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")} found
  found=$(ls -d "$root"/versions/"$1".*/bin/python"$1" 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] || found=$(command -v "python$1" || true)
  [ -n "$found" ] || { echo "colab: no Python $1 (pyenv install $1)" >&2; exit 1; }
  echo "$found"
}

# pip, less the machine's notes on index folders it does not have; pip's status is kept.
pip_q() { "$@" -q 2> >(grep -v 'is ignored: it is neither a file nor a directory' >&2); }

# pip's own cache keeps nothing from this machine's package index (its answers say no-store),
# so the wheels are kept here between runs: a rerun installs without the network.
WHEELS=${COLAB_WHEELS:-${XDG_CACHE_HOME:-$HOME/.cache}/huggingtweets/colab-wheels}
mkdir -p "$WHEELS"
pip_install() {  # PIP ARG...: from the kept wheels; what is missing is fetched first
  local pip=$1
  shift
  pip_q "$pip" install --no-index --find-links "$WHEELS" "$@" 2>/dev/null && return 0
  pip_q "$pip" wheel -w "$WHEELS" --find-links "$WHEELS" "$@" >/dev/null
  pip_q "$pip" install --no-index --find-links "$WHEELS" "$@"
}

# Colab's pip, then Colab's packages; prints nothing but failures.
colab_venv() {  # DIR PYTHON PACKAGE...
  local dir=$1 py=$2
  shift 2
  rm -rf "$dir"
  "$py" -m venv "$dir"
  pip_install "$dir/bin/pip" "pip==$(grep -i '^pip==' "$FREEZE" | cut -d= -f3)"
  pip_install "$dir/bin/pip" -c "$WORK/constraints.txt" "$@"
  "$dir/bin/pip" freeze > "$dir/before.txt"
  $ENV_PY same-as-colab "$FREEZE" "$dir/before.txt"
}

mkdir -p "$WORK"
$ENV_PY constraints "$FREEZE" > "$WORK/constraints.txt"

say "building the sdist and the wheel (python -m build)"
rm -rf "$WORK/dist"
"$BUILD_PY" -m build --outdir "$WORK/dist" . > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
WHEEL=$(ls "$WORK"/dist/huggingtweets-*.whl)

# ---------------------------------------------------------------- Python 3.11, with torch
V=$WORK/venv311
say "Colab's packages on Python 3.11 in $V"
# shellcheck disable=SC2086
colab_venv "$V" "$(pyenv_python 3.11)" torch==2.13.0 $COLAB_PACKAGES $TEST_TOOLS
"$V/bin/python" -P -c "import importlib.util,sys; sys.exit(importlib.util.find_spec('huggingtweets') is not None)" \
  || { echo "colab: huggingtweets is already installed in $V" >&2; exit 1; }
say "installing huggingtweets with the notebook's install cell"
(cd "$WORK" && "$V/bin/python" "$ROOT/scripts/colab_env.py" install-cell "$WHEEL")
"$V/bin/pip" freeze > "$V/after.txt"
$ENV_PY unchanged "$V/before.txt" "$V/after.txt"
"$V/bin/python" "$ROOT/scripts/colab_env.py" satisfied "$FREEZE"
"$V/bin/python" -P -c "import huggingtweets; assert '/site-packages/' in huggingtweets.__file__"

export HUGGINGTWEETS_CACHE=$WORK/cache  # a fresh runtime: the tiny model is built there
say "fast tests on Colab's versions"
# (bench/ is the checkout's benchmark tool, not part of the package: not run here.)
timeout "$TEST_TIMEOUT" "$V/bin/python" -P -m pytest -m "not slow" -q -p no:cacheprovider --ignore=tests/test_bench.py
say "the notebook under papermill (autorun, tiny model) on Colab's versions"
timeout "$TEST_TIMEOUT" "$V/bin/python" -P -m pytest -q -p no:cacheprovider \
  tests/test_notebook.py::test_notebook_runs_top_to_bottom_under_papermill

# ---------------------------------------------------------------- Python 3.13, no torch
V=$WORK/venv313
say "Colab's packages on Python 3.13 in $V (no torch for 3.13 here)"
# accelerate and peft without their deps: both require torch, which pip would fetch (GBs).
# shellcheck disable=SC2086
colab_venv "$V" "$(pyenv_python 3.13)" $(echo $COLAB_PACKAGES | tr ' ' '\n' | grep -vxE 'accelerate|peft') $TEST_TOOLS
pip_install "$V/bin/pip" --no-deps -c "$WORK/constraints.txt" accelerate peft
"$V/bin/pip" freeze > "$V/before.txt"
say "installing the wheel on Python 3.13 (its requirements but torch)"
pip_q "$V/bin/pip" install --no-deps "$WHEEL"
"$V/bin/python" "$ROOT/scripts/colab_env.py" requirements --without torch accelerate peft > "$V/requirements.txt"
pip_install "$V/bin/pip" -c "$WORK/constraints.txt" -r "$V/requirements.txt"
"$V/bin/pip" freeze > "$V/after.txt"
$ENV_PY unchanged "$V/before.txt" "$V/after.txt"
# pip check: nothing broken but the torch that is missing on purpose.
if "$V/bin/pip" check > "$V/check.txt" 2>&1; then :; fi
if grep -v 'requires torch, which is not installed' "$V/check.txt" | grep -v '^No broken' | grep .; then
  echo "colab: broken requirements on Python 3.13 (above)" >&2
  exit 1
fi
say "tests that need no torch, on Python 3.13"
timeout "$TEST_TIMEOUT" "$V/bin/python" -P -m pytest -m "not slow" -q -p no:cacheprovider --ignore=tests/test_bench.py
say "done: Colab's runtime checked"
