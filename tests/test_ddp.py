"""`torchrun --nproc_per_node 2` on CPU (gloo): both ranks train together, rank 0 writes the folder."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_process_cpu_training(tmp_path):
    src = tmp_path / "mara.txt"
    src.write_text(
        "\n".join(
            f"Night {i}: the sky over the harbour was clear and I counted {i} meteors before the bread was ready."
            for i in range(80)
        )
    )
    out = tmp_path / "model"
    env = dict(
        os.environ,
        HUGGINGTWEETS_CACHE=str(tmp_path / "cache"),
        HF_HUB_OFFLINE="1",
        OMP_NUM_THREADS="1",
    )
    env.pop("WANDB_DIR", None)
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
        "--master_addr", "127.0.0.1", "--master_port", str(_free_port()),
        "-m", "huggingtweets", "train", str(src), "--out", str(out), "--base-model", "tiny",
        "--max-steps", "4", "--block-size", "32", "--batch-size", "4", "--eval-steps", "2",
        "--wandb", "offline", "--seed", "5", "--json",
    ]  # fmt: skip
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    answers = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(answers) == 1  # every rank ran (torchrun exits 0 only then); rank 0 answers
    assert answers[0]["steps"] == 4
    record = json.loads((out / "training.json").read_text())
    assert record["hyperparameters"]["batch_size"] == 4  # 2 per process x 2 processes
    assert record["steps"] == 4
    for name in ("model.safetensors", "config.json", "generations.json", "tokenizer.json"):
        assert (out / name).is_file()
    assert not (out / ".model-tmp").exists()
    # Only rank 0 talks to W&B: one preprocess and one train run.
    runs = list((out / "wandb").rglob("run-*.wandb"))
    assert len(runs) == 2, runs
    # 4 steps over 2 processes x 2 sequences x 32 tokens: half an epoch of a one-process run.
    # Checkpoints at step 2 only: a finished run writes none at its last step (finished.json).
    checkpoints = sorted(Path(out / "checkpoints").glob("checkpoint-*"))
    assert [c.name for c in checkpoints] == ["checkpoint-2"]
    state = json.loads((checkpoints[0] / "trainer_state.json").read_text())
    assert state["global_step"] == 2
    finished = json.loads((out / "checkpoints" / "finished.json").read_text())
    assert finished == {"step": 4, "max_steps": 4}
