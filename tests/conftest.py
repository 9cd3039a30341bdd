"""Shared test set-up."""

import sys

import pytest


@pytest.fixture(autouse=True)
def _live_log_streams():
    """Loggers (transformers') keep the sys.stderr of the test that first configured them; an
    earlier test's capture is closed by now: point them at a live stream (a test artefact)."""
    import logging

    loggers = [logging.getLogger()] + [
        lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    for lg in loggers:
        for handler in lg.handlers:
            if type(handler) is logging.StreamHandler:
                handler.stream = sys.__stderr__  # (setStream would flush the closed one)
                handler.__dict__.pop("flush", None)  # transformers binds the old stream's flush


def pytest_collection_modifyitems(config, items):
    """Tests marked `torch` are skipped where PyTorch is not installed (scripts/colab_check.sh
    runs the rest on Python 3.13, for which this machine has no torch). With torch installed
    they run, so a broken torch still fails them."""
    import importlib.util

    try:
        if importlib.util.find_spec("torch") is not None:
            return
    except (ImportError, ValueError):  # a finder that refuses torch: as if none
        pass
    skip = pytest.mark.skip(reason="needs torch, which is not installed here")
    for item in items:
        if "torch" in item.keywords:
            item.add_marker(skip)


def pytest_unconfigure(config):
    """End the W&B service this test process started. wandb 0.28.1 (Colab's) waits at exit for
    a service that still retries an online run a test made unreachable, which held pytest after
    its summary; by now every test's run files are written."""
    import os
    import signal
    from pathlib import Path

    me = os.getpid()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text[text.find("(") + 1 : text.rfind(")")], text[text.rfind(")") + 2 :]
        fields = rest.split()
        if name.startswith("wandb-core") and len(fields) > 1 and int(fields[1]) == me:
            try:
                os.kill(int(stat.parent.name), signal.SIGKILL)
            except OSError:
                pass


@pytest.fixture(scope="module")
def _local_http_server():
    """One pytest-httpserver on 127.0.0.1 per test module (tests/payloads.py serves on it)."""
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def server(_local_http_server):
    """The module's local HTTP server, with no expectations and an empty log."""
    _local_http_server.clear()
    yield _local_http_server
    _local_http_server.clear()
