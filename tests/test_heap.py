"""heap.freed_memory_kept: while training on a CPU, a large block that is freed and allocated
again costs no page faults (glibc would otherwise unmap it and fault it back in page by page);
afterwards glibc's defaults are back and the free memory is returned. Counted in page faults
and resident memory (getrusage, /proc), not timed.

Each check runs in a fresh Python process: after other tests have trained in this one, its heap
holds large free chunks that any allocator would reuse, which would hide both the effect and
its end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from huggingtweets.heap import freed_memory_kept, on_glibc

BLOCK = 64 * 1024 * 1024  # above glibc's largest dynamic mmap threshold (32 MiB)
PAGES = BLOCK // 4096

glibc_only = pytest.mark.skipif(not on_glibc(), reason="the heap is tuned on glibc's malloc only")


def _thp_always() -> bool:
    p = Path("/sys/kernel/mm/transparent_hugepage/enabled")
    return p.is_file() and "[always]" in p.read_text()


no_thp = pytest.mark.skipif(
    _thp_always(), reason="transparent huge pages fault 2 MiB at a time anyway"
)

# In the child: the page faults of writing a fresh 64-MiB block after one of the same size was
# freed, and the resident memory.
PROBE = f"""
import ctypes, json, resource
BLOCK = {BLOCK}
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]

def faults():
    first = libc.malloc(BLOCK)
    libc.memset(first, 1, BLOCK)
    libc.free(first)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    second = libc.malloc(BLOCK)
    libc.memset(second, 2, BLOCK)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    libc.free(second)
    return after - before

def resident_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20
"""


def run_child(body: str, tmp_path: Path) -> dict:
    """Run PROBE + body in a fresh interpreter without the user's malloc settings; its last
    stdout line is a JSON object."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MALLOC_")}
    env.pop("GLIBC_TUNABLES", None)
    env.update(
        HUGGINGTWEETS_CACHE=str(tmp_path / "cache"), WANDB_MODE="disabled", HF_HUB_OFFLINE="1"
    )
    script = PROBE + textwrap.dedent(body)
    out = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@glibc_only
@no_thp
def test_a_freed_block_is_reused_without_page_faults_and_everything_is_back_after(tmp_path):
    r = run_child(
        """
        from huggingtweets.heap import freed_memory_kept, on_glibc
        r = {"before": faults()}
        with freed_memory_kept() as kept:
            r["kept"] = kept
            r["inside"] = [faults(), faults()]
            r["resident_inside_mb"] = resident_mb()  # the freed block is still there
        r["resident_after_mb"] = resident_mb()
        r["after"] = faults()
        print(json.dumps(r))
        """,
        tmp_path,
    )
    assert r["before"] > PAGES // 2  # glibc's default: unmapped when freed, faulted back in
    assert r["kept"] is True
    assert max(r["inside"]) < PAGES // 100
    # On the way out the freed block goes back to the kernel ...
    assert r["resident_inside_mb"] - r["resident_after_mb"] > BLOCK / 2**20 / 2
    assert r["after"] > PAGES // 2  # ... and glibc's thresholds are its defaults again


@glibc_only
def test_the_users_own_malloc_settings_are_left_alone(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "2")
    with freed_memory_kept() as kept:
        assert kept is False
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    monkeypatch.delenv("GLIBC_TUNABLES", raising=False)
    with freed_memory_kept(enabled=False) as kept:
        assert kept is False


@glibc_only
@no_thp
@pytest.mark.torch
def test_training_on_a_cpu_keeps_freed_memory(tmp_path):
    """Inside the Trainer's steps (a CPU run of the pipeline) a freed block comes back without
    faults; before and after training it does not."""
    r = run_child(
        """
        import random
        from transformers import TrainerCallback
        from huggingtweets.pipeline import run
        from huggingtweets.train import TrainOptions

        rng = random.Random(0)
        words = "the sky was clear tonight and I watched Saturn rise over the harbour".split()
        posts = [f"Post {i}: " + " ".join(rng.choice(words) for _ in range(16)) for i in range(80)]
        with open("posts.txt", "w") as f:
            f.write("\\n".join(posts) + "\\n")
        steps = []

        class Faults(TrainerCallback):
            def on_step_end(self, args, state, control, **kw):
                steps.append(faults())

        r = {"before": faults()}
        opts = TrainOptions(base_model="tiny", max_steps=2, block_size=32, batch_size=2,
                            eval_steps=2, wandb_mode="disabled", seed=1, sample_generations=0,
                            evaluation_posts=0, card=False, progress=False)
        run(["posts.txt"], "model", opts, callbacks=[Faults()])
        r["steps"] = steps
        r["after"] = faults()
        print(json.dumps(r))
        """,
        tmp_path,
    )
    assert r["before"] > PAGES // 2
    assert len(r["steps"]) == 2 and max(r["steps"]) < PAGES // 100
    assert r["after"] > PAGES // 2
