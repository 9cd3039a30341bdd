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
