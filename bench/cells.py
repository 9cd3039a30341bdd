"""The report's table cells: numbers formatted, ratios and differences that tolerate a
missing figure (None: "—" or "not measured"), and a target's verdict."""

from __future__ import annotations


def num(x, fmt="{:.2f}", none="—"):
    """`x` in `fmt`; `none` where the figure is missing."""
    return none if x is None else fmt.format(x)


def pct(x):
    """A relative change, signed, in per cent."""
    return None if x is None else f"{x:+.2%}"


def verdict(value, target, higher_is_better=True):
    """A target's cell: met, or missed by how much."""
    if value is None:
        return "not measured"
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "**met**"
    if higher_is_better:
        return f"**missed** by {target / value:.2f}× ({value:.2f} vs {target})"
    return f"**missed** by {value - target:.1f} s ({value:.1f} s vs {target:.0f} s)"


def faster(ratio) -> str:
    """The word after a speed ratio (original ÷ ours): below 1, ours is the slower."""
    if ratio is None:
        return ""
    return " faster" if ratio >= 1 else " (ours slower)"


def ms(seconds) -> str:
    """A duration in seconds, or in milliseconds below a tenth of one."""
    if seconds is None:
        return "—"
    return f"{seconds:.2f} s" if seconds >= 0.1 else f"{1000 * seconds:.1f} ms"


def med(xs):
    """The median of the figures that were measured."""
    xs = sorted(x for x in xs if x is not None)
    return xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2


def ratio(a, b):
    return a / b if a is not None and b else None


def diff(a, b):
    return a - b if a is not None and b is not None else None
