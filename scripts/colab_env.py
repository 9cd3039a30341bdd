"""Helpers for scripts/colab_check.sh: Colab's published package list as pip constraints, and
the checks that an install left Colab's preinstalled packages alone.

    python scripts/colab_env.py constraints FREEZE          # Colab's pins, as pip constraints
    python scripts/colab_env.py same-as-colab FREEZE NOW    # NOW's packages at Colab's versions?
    python scripts/colab_env.py install-cell SPEC           # run the notebook's install cell
    python scripts/colab_env.py unchanged BEFORE AFTER      # did an install change a package?
    python scripts/colab_env.py satisfied FREEZE            # huggingtweets' requirements vs Colab
    python scripts/colab_env.py requirements [--without NAME ...]  # huggingtweets' requirements

FREEZE, NOW, BEFORE and AFTER are `pip freeze` outputs. Stdlib only, except `satisfied` and
`requirements`, which run inside the virtualenv under test (they read its metadata and use
`packaging`, which pip's environments have).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Not taken from Colab's list. Colab's torch is a CUDA build (2.11.0+cu128); here CPU torch
# 2.13.0 from this machine's disk stands in for it, and that torch needs setuptools>=77 (Colab
# has 75.2.0). Its siblings (torchvision, ...) are pinned to Colab's CUDA torch.
NOT_COLABS = {"torch", "torchvision", "torchaudio", "torchcodec", "torchdata", "torchao", "setuptools"}


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_freeze(path: str) -> dict[str, str]:
    """{normalised name: version} of a `pip freeze` file; direct URL lines (`name @ url`) are
    kept with the URL as their 'version'."""
    pins: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-")):  # comments, pip options (-e, -r ...)
            continue
        if " @ " in line:
            name, url = line.split(" @ ", 1)
            pins[norm(name)] = "@ " + url.strip()
        elif "==" in line:
            name, version = line.split("==", 1)
            pins[norm(name)] = version.strip()
    return pins


def constraints(freeze: str) -> int:
    """Colab's pins as a constraints file: direct URLs (not allowed in constraints) and the
    torch family left out."""
    for name, version in sorted(read_freeze(freeze).items()):
        if not version.startswith("@") and name not in NOT_COLABS:
            print(f"{name}=={version}")
    return 0


def same_as_colab(freeze: str, now: str) -> int:
    colab, here = read_freeze(freeze), read_freeze(now)
    wrong = [
        f"{name} {here[name]} (Colab has {colab[name]})"
        for name in sorted(here)
        if name in colab and name not in NOT_COLABS and here[name] != colab[name]
    ]
    if wrong:
        print("colab: not Colab's versions: " + "; ".join(wrong), file=sys.stderr)
        return 1
    others = sorted(f"{n} {v}" for n, v in here.items() if n not in colab or n in NOT_COLABS)
    print(
        f"colab: {len(here) - len(others)} of the {len(here)} packages here are at Colab's "
        f"versions; not Colab's: {', '.join(others) or 'none'}"
    )
    return 0


def install_cell(spec: str) -> int:
    """Execute the notebook's install cell, as written by scripts/make_notebook.py, with the
    package spec replaced (a built wheel instead of the published location)."""
    loader = importlib.util.spec_from_file_location("make_notebook", ROOT / "scripts" / "make_notebook.py")
    maker = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(maker)
    source = maker.install_cell(spec)
    print(f"colab: running the notebook's install cell with {spec}")
    exec(compile(source, "<install cell>", "exec"), {"__name__": "__main__"})
    return 0


def unchanged(before: str, after: str) -> int:
    old, new = read_freeze(before), read_freeze(after)
    changed = [
        f"{name} {old[name]} -> {new.get(name, 'removed')}"
        for name in sorted(old)
        if new.get(name) != old[name]
    ]
    added = sorted(set(new) - set(old))
    if changed:
        print(
            "colab: installing huggingtweets CHANGED Colab's preinstalled packages: "
            + "; ".join(changed),
            file=sys.stderr,
        )
        return 1
    print(
        f"colab: the install changed none of the {len(old)} packages there; added "
        + (", ".join(f"{n} {new[n]}" for n in added) or "nothing")
    )
    return 0


def _requirements():
    from importlib.metadata import requires

    from packaging.requirements import Requirement

    reqs = [Requirement(r) for r in requires("huggingtweets") or []]
    return [r for r in reqs if r.marker is None or r.marker.evaluate({"extra": ""})]


def satisfied(freeze: str) -> int:
    """Every requirement of the installed huggingtweets that Colab has preinstalled is met by
    Colab's own version (torch included: CI runs another torch, Colab users run 2.11)."""
    from packaging.version import Version

    colab = read_freeze(freeze)
    unmet = []
    for req in _requirements():
        version = colab.get(norm(req.name))
        if version and not version.startswith("@"):
            if not req.specifier.contains(Version(version), prereleases=True):
                unmet.append(f"{req} (Colab has {version})")
    if unmet:
        print(
            "colab: huggingtweets asks for other versions than Colab's: " + "; ".join(unmet),
            file=sys.stderr,
        )
        return 1
    print("colab: every requirement Colab has preinstalled is met by Colab's version")
    return 0


def requirements(without: list[str]) -> int:
    skip = {norm(n) for n in without}
    for req in _requirements():
        if norm(req.name) not in skip:
            print(str(req))
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "constraints":
        return constraints(*args)
    if command == "same-as-colab":
        return same_as_colab(*args)
    if command == "install-cell":
        return install_cell(*args)
    if command == "unchanged":
        return unchanged(*args)
    if command == "satisfied":
        return satisfied(*args)
    if command == "requirements":
        return requirements([a for a in args if a != "--without"])
    print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
