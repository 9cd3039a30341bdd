"""The command line's parser: one builder per command, defaults from defaults.py, and a usage
error as our one-line error (errors.UserError) instead of argparse's exit 2 and usage dump."""

from __future__ import annotations

import argparse
import math

from huggingtweets import __version__, defaults
from huggingtweets.errors import UserError

PRECISIONS = ["auto", "fp32", "bf16", "fp16"]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is our one-line error (exit 1), not exit 2 and a usage dump."""

    def error(self, message: str):  # noqa: D401
        raise UserError(f"{message} (see `{self.prog} --help`).")


def _positive_int(name: str, lo: int = 1, hi: int = 10**9):
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise UserError(f"{name} must be a whole number, not '{text}'.") from None
        if not lo <= value <= hi:
            raise UserError(f"{name} {value} is out of range: use {lo} to {hi}.")
        return value

    return parse


def _float(name: str, lo: float, hi: float, lo_open: bool = False):
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise UserError(f"{name} must be a number, not '{text}'.") from None
        if not math.isfinite(value) or value > hi or value < lo or (lo_open and value == lo):
            bound = f"above {lo}" if lo_open else f"from {lo}"
            raise UserError(f"{name} {text} is out of range: use a value {bound} to {hi}.")
        return value

    return parse


def _seed(p: argparse.ArgumentParser, help: str) -> None:
    p.add_argument("--seed", type=_positive_int("--seed", 0, 2**31 - 1), help=help)


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON object")


def _add_clean_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("cleaning (defaults are the original's rules)")
    g.add_argument(
        "--keep-newlines",
        action="store_true",
        help="keep line breaks and paragraphs inside posts (the model then writes posts of "
        "several lines)",
    )
    g.add_argument("--drop-replies", action="store_true", help="leave replies out of training")
    g.add_argument("--strip-mentions", action="store_true", help="remove @mentions from kept text")


def _add_download_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--limit",
        type=_positive_int("--limit", 1, 1_000_000),
        help="at most N recent posts per account",
    )
    p.add_argument("--refresh", action="store_true", help="fetch again even if posts are cached")
    p.add_argument(
        "--epochs",
        type=_positive_int("--epochs", 1, 100),
        default=None,
        help=f"passes built into the training text (default {defaults.EPOCHS})",
    )
    _seed(p, "shuffle/training seed (random and recorded by default)")
    _add_clean_args(p)


def _add_download(sub) -> None:
    p = sub.add_parser("download", help="fetch, clean and count posts; write the training text")
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help=f"1 to {defaults.MAX_ACCOUNTS} accounts, archives or files",
    )
    p.add_argument("--out", required=True, help="output folder")
    _add_download_args(p)
    _json(p)


def _add_train(sub) -> None:
    p = sub.add_parser("train", help="fine-tune a language model on posts")
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help=f"1 to {defaults.MAX_ACCOUNTS} sources, or a folder made by `download`",
    )
    p.add_argument("--out", required=True, help="model folder")
    p.add_argument(
        "--base-model",
        default=defaults.BASE_MODEL,
        help=f"Hub id, local folder, 'smollm2' or 'tiny' (default {defaults.BASE_MODEL})",
    )
    steps = _positive_int
    p.add_argument("--max-steps", type=steps("--max-steps", 1, 10**7), help="stop after N optimizer steps")  # fmt: skip
    p.add_argument(
        "--lr",
        type=_float("--lr", 0.0, 1.0, lo_open=True),
        help=f"learning rate (default {defaults.LEARNING_RATE})",
    )
    p.add_argument(
        "--batch-size",
        type=steps("--batch-size", 1, 4096),
        help="sequences per step (default: chosen for the device)",
    )
    p.add_argument(
        "--block-size",
        type=steps("--block-size", 8, 131072),
        help="tokens per sequence (default: the model's window, at most 1024; 256 on a CPU without bf16)",
    )
    p.add_argument("--lora", action="store_true", help="train LoRA adapters instead of all weights")
    p.add_argument(
        "--train-layers",
        type=steps("--train-layers", 0, 4096),
        help="fine-tune only the top N blocks and the output matrix: faster, a little less like "
        "the account (default: every block)",
    )
    p.add_argument(
        "--align-blocks",
        action="store_true",
        help="start every training block at a post, as generation starts (default: cut anywhere, as the original)",
    )
    p.add_argument(
        "--precision",
        choices=PRECISIONS,
        help="auto (default): bf16/fp16 on a GPU, bf16 on CPUs that have it, else fp32",
    )
    p.add_argument("--eval-steps", type=steps("--eval-steps", 1, 10**7), help="held-out evaluation every N steps")  # fmt: skip
    p.add_argument("--save-steps", type=steps("--save-steps", 1, 10**7), help="checkpoint every N steps")  # fmt: skip
    p.add_argument("--patience", type=steps("--patience", 1, 1000), help="stop after N evaluations without improvement")  # fmt: skip
    p.add_argument(
        "--wandb",
        choices=["online", "offline", "disabled"],
        help="tracking mode (default online with a key, else offline)",
    )
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint in --out")  # fmt: skip
    _add_download_args(p)
    _json(p)


def _add_generate(sub) -> None:
    p = sub.add_parser("generate", help="write posts with a trained model")
    p.add_argument("model_dir", metavar="MODEL_DIR")
    p.add_argument(
        "--prompt",
        default=defaults.PROMPT,
        help=f"start of each post (default '{defaults.PROMPT}')",
    )
    p.add_argument(
        "-n",
        "--num",
        type=_positive_int("-n", 1, 100),
        default=defaults.NUM_POSTS,
        help=f"number of posts (default {defaults.NUM_POSTS})",
    )
    p.add_argument(
        "--temperature",
        type=_float("--temperature", 0.0, 10.0, lo_open=True),
        default=defaults.TEMPERATURE,
    )
    p.add_argument(
        "--top-p", type=_float("--top-p", 0.0, 1.0, lo_open=True), default=defaults.TOP_P
    )
    _max_new_tokens(p)
    _seed(p, None)
    p.add_argument(
        "--precision",
        choices=PRECISIONS,
        default="auto",
        help="weights to sample with; auto (default): bf16 where the hardware has it and it keeps"
        " the held-out loss within 1%%, else fp32 (fp32 turns the fast path off)",
    )
    p.add_argument(
        "--as",
        dest="author",
        metavar="@HANDLE",
        default="blend",
        help="write as one author of a several-account model, or 'blend' (default): all of them",
    )
    _json(p)


def _max_new_tokens(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-new-tokens",
        type=_positive_int("--max-new-tokens", 1, 2048),
        default=defaults.MAX_NEW_TOKENS,
    )


def _add_evaluate(sub) -> None:
    p = sub.add_parser("evaluate", help="how much a trained model sounds like its accounts")
    p.add_argument("model_dir", metavar="MODEL_DIR")
    p.add_argument(
        "-n",
        "--num",
        type=_positive_int("-n", 1, 100),
        default=defaults.EVAL_POSTS,
        help=f"posts generated per voice: the blend and each author (default {defaults.EVAL_POSTS})",
    )
    _max_new_tokens(p)
    _seed(p, "default: the training seed")
    _json(p)


def _add_publish(sub) -> None:
    p = sub.add_parser("publish", help="push a trained model and its card to the Hugging Face Hub")
    p.add_argument("model_dir", metavar="MODEL_DIR")
    p.add_argument("--repo-id", help="NAMESPACE/NAME (default: your namespace and the handles)")
    p.add_argument("--private", action="store_true", help="make the repo private")
    _json(p)


def _add_demo(sub) -> None:
    p = sub.add_parser("demo", help="the whole pipeline offline on the bundled sample account")
    p.add_argument(
        "--out", default="huggingtweets-out", help="where to write (default ./huggingtweets-out)"
    )
    p.add_argument(
        "--blend",
        action="store_true",
        help="both bundled accounts in one model, then write as each of them and as the blend",
    )
    _json(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="huggingtweets", description="Train a bot that writes like someone's posts."
    )
    parser.add_argument("--version", action="version", version=f"huggingtweets {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add in (_add_download, _add_train, _add_generate, _add_evaluate, _add_publish, _add_demo):
        add(sub)
    return parser
