"""heap.freed_memory_kept: while training on a CPU, a large block that is freed and allocated
again costs no page faults (glibc would otherwise unmap it and fault it back in page by page);
afterwards glibc's defaults are back. Counted in page faults (getrusage), not timed."""

from __future__ import annotations

import ctypes
import os
import platform
import resource
from pathlib import Path

import pytest

from huggingtweets.heap import freed_memory_kept

BLOCK = 64 * 1024 * 1024  # above glibc's largest dynamic mmap threshold (32 MiB)
PAGES = BLOCK // 4096

glibc_only = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="the heap is tuned on glibc's malloc only",
)


def _thp_always() -> bool:
    p = Path("/sys/kernel/mm/transparent_hugepage/enabled")
    return p.is_file() and "[always]" in p.read_text()


def faults_of_a_second_block() -> int:
    """Page faults of writing a freshly allocated block after one of the same size was freed."""
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    first = libc.malloc(BLOCK)
    libc.memset(first, 1, BLOCK)
    libc.free(first)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    second = libc.malloc(BLOCK)
    libc.memset(second, 2, BLOCK)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    libc.free(second)
    return after - before


@glibc_only
@pytest.mark.skipif(_thp_always(), reason="transparent huge pages fault 2 MiB at a time anyway")
def test_a_freed_block_is_reused_without_page_faults_and_the_defaults_come_back(monkeypatch):
    for key in [k for k in os.environ if k.startswith("MALLOC_")]:
        monkeypatch.delenv(key)
    monkeypatch.delenv("GLIBC_TUNABLES", raising=False)
    assert faults_of_a_second_block() > PAGES // 2  # glibc's default: unmapped, faulted back
    with freed_memory_kept() as kept:
        assert kept is True
        faults_of_a_second_block()  # the heap grows to hold the block once
        assert faults_of_a_second_block() < PAGES // 100
    assert faults_of_a_second_block() > PAGES // 2  # the defaults are back


@glibc_only
def test_the_users_own_malloc_settings_are_left_alone(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "2")
    with freed_memory_kept() as kept:
        assert kept is False
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    with freed_memory_kept(enabled=False) as kept:
        assert kept is False


@glibc_only
@pytest.mark.torch
@pytest.mark.skipif(_thp_always(), reason="transparent huge pages fault 2 MiB at a time anyway")
def test_training_on_a_cpu_keeps_freed_memory(tmp_path, monkeypatch):
    """Inside the Trainer's steps (a CPU run) a freed block comes back without faults."""
    for key in [k for k in os.environ if k.startswith("MALLOC_")]:
        monkeypatch.delenv(key)
    monkeypatch.delenv("GLIBC_TUNABLES", raising=False)
    monkeypatch.setenv("HUGGINGTWEETS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("WANDB_MODE", "disabled")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from test_train import small, write_posts
    from transformers import TrainerCallback

    from huggingtweets.pipeline import run

    faults: list[int] = []

    class Faults(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            faults_of_a_second_block()
            faults.append(faults_of_a_second_block())

    source = write_posts(tmp_path / "posts.txt")
    run([str(source)], tmp_path / "model", small(max_steps=2), callbacks=[Faults()])
    assert len(faults) == 2
    assert max(faults) < PAGES // 100
    assert faults_of_a_second_block() > PAGES // 2  # and not after training
