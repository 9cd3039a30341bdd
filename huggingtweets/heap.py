"""Keep freed memory in the process while a model trains on the CPU (glibc's malloc only).

A training step allocates and frees about a gigabyte in a few large tensors: the logits over
the vocabulary, their gradient, the log-softmax, the output matrix's gradient (SmolLM2: about
200 MB each at 1,024 tokens a step). glibc's malloc serves every block above its mmap threshold
(at most 32 MiB) with a fresh mmap and gives it back to the kernel when it is freed, so the next
step takes the same memory again one 4 KiB page fault at a time: about 290,000 faults, 1.2 to
1.5 s of a 7.5-s SmolLM2 step on this project's CPU (bench/NOTES.md). With both thresholds raised
the freed blocks stay in the heap and the next step reuses them. Afterwards the defaults come
back and `malloc_trim` hands what is free to the kernel, so a notebook that trains and then
generates does not keep the training's peak.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import platform
from collections.abc import Iterator

# mallopt's parameter numbers (malloc.h) and glibc's documented defaults.
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
DEFAULT_THRESHOLD = 128 * 1024
KEEP = 2**31 - 1  # the largest value mallopt takes (an int): every block stays in the heap


def on_glibc() -> bool:
    """Whether this process's malloc is glibc's (Linux with glibc: not macOS, Windows or musl)."""
    return platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"


def _glibc():
    """glibc's C library, or None: off glibc, and where the user tuned malloc (MALLOC_*_ or
    GLIBC_TUNABLES), the allocator is left alone."""
    if not on_glibc():
        return None
    if "GLIBC_TUNABLES" in os.environ or any(k.startswith("MALLOC_") for k in os.environ):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        return libc
    except (OSError, AttributeError):
        return None


@contextlib.contextmanager
def freed_memory_kept(enabled: bool = True) -> Iterator[bool]:
    """While inside, freed blocks stay in the heap for reuse (yields whether that is so)."""
    libc = _glibc() if enabled else None
    if libc is None:
        yield False
        return
    kept = bool(libc.mallopt(M_MMAP_THRESHOLD, KEEP)) and bool(libc.mallopt(M_TRIM_THRESHOLD, KEEP))
    try:
        yield kept
    finally:
        libc.mallopt(M_MMAP_THRESHOLD, DEFAULT_THRESHOLD)
        libc.mallopt(M_TRIM_THRESHOLD, DEFAULT_THRESHOLD)
        libc.malloc_trim(0)
