"""Draw img/pipeline.png, the pipeline picture the model cards show.

python scripts/make_pipeline_png.py [OUT.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

# (title, detail) per stage, left to right: the data flows one way.
STAGES = [
    ("Posts", "X archive · Mastodon\nBluesky · files"),
    ("Clean", "links, entities, reposts,\nshort posts out"),
    ("Dataset", "epochs built in,\naccounts balanced,\nheld-out posts"),
    ("Fine-tune", "GPT-2 / SmolLM2 …\nTrainer, early stopping"),
    ("Generate", "stops at end of post,\ncopies flagged"),
    ("Publish", "card + predictions\nto the HF Hub"),
]
COLORS = ["#1d9bf0", "#6364ff", "#0085ff", "#ff9d00", "#00ba7c", "#ffcc4d"]


def draw(out: Path) -> Path:
    fig, ax = plt.subplots(figsize=(13, 3.2), dpi=120)
    ax.set_xlim(0, len(STAGES) * 2.2)
    ax.set_ylim(0, 3)
    ax.axis("off")
    for i, ((title, detail), color) in enumerate(zip(STAGES, COLORS, strict=True)):
        x = 0.2 + i * 2.2
        ax.add_patch(
            FancyBboxPatch((x, 0.5), 1.7, 2.0, boxstyle="round,pad=0.05,rounding_size=0.15",
                           facecolor=color, alpha=0.15, edgecolor=color, linewidth=2)
        )  # fmt: skip
        ax.text(x + 0.85, 2.1, title, ha="center", va="center", fontsize=13, weight="bold")
        ax.text(x + 0.85, 1.2, detail, ha="center", va="center", fontsize=8.5, color="#333")
        if i < len(STAGES) - 1:
            ax.add_patch(
                FancyArrowPatch((x + 1.78, 1.5), (x + 2.12, 1.5), arrowstyle="-|>",
                                mutation_scale=16, color="#555", linewidth=1.5)
            )  # fmt: skip
    ax.text(0.2, 0.15, "W&B tracks every step: raw posts → training text → base model → fine-tuned model",
            fontsize=9, color="#555")  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, bbox_inches="tight", facecolor="white")
    plt.close(fig)
    return out


if __name__ == "__main__":
    target = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parents[1] / "img" / "pipeline.png"
    )
    print(draw(target))
