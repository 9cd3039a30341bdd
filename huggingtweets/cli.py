"""`huggingtweets` on the command line: a thin face on the package's functions.

    huggingtweets download SOURCE [SOURCE ...] --out DIR [--limit N] [--refresh] [--json]
    huggingtweets train SOURCE|DATA_DIR [...] --out MODEL_DIR [--base-model ID|PATH|tiny] ...
    huggingtweets generate MODEL_DIR [--prompt TEXT] [-n N] [--as @HANDLE|blend] ...
    huggingtweets evaluate MODEL_DIR [-n N] [--seed S] [--json]
    huggingtweets publish MODEL_DIR [--repo-id NAMESPACE/NAME] [--private] [--json]
    huggingtweets demo [--blend]

A user error ends with exit 1 and one line on stderr; --json prints exactly one
JSON object on stdout and sends everything else to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import sys

from huggingtweets import __version__, defaults
from huggingtweets.errors import UserError
from huggingtweets.secrets import redact


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
        help="passes built into the training text (default 4)",
    )
    p.add_argument(
        "--seed",
        type=_positive_int("--seed", 0, 2**31 - 1),
        help="shuffle/training seed (random and recorded by default)",
    )
    _add_clean_args(p)


def _download_options(args):
    from huggingtweets.clean import CleanOptions
    from huggingtweets.download import DownloadOptions

    return DownloadOptions(
        limit=args.limit,
        refresh=args.refresh,
        clean=CleanOptions(
            keep_newlines=args.keep_newlines,
            drop_replies=args.drop_replies,
            strip_mentions=args.strip_mentions,
        ),
        epochs=args.epochs or defaults.EPOCHS,
        seed=args.seed,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="huggingtweets", description="Train a bot that writes like someone's posts."
    )
    parser.add_argument("--version", action="version", version=f"huggingtweets {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("download", help="fetch, clean and count posts; write the training text")
    p.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="1 to 3 accounts, archives or files"
    )
    p.add_argument("--out", required=True, help="output folder")
    _add_download_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("train", help="fine-tune a language model on posts")
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="1 to 3 sources, or a folder made by `download`",
    )
    p.add_argument("--out", required=True, help="model folder")
    p.add_argument(
        "--base-model",
        default="gpt2",
        help="Hub id, local folder, 'smollm2' or 'tiny' (default gpt2)",
    )
    p.add_argument(
        "--max-steps",
        type=_positive_int("--max-steps", 1, 10**7),
        help="stop after N optimizer steps",
    )
    p.add_argument(
        "--lr", type=_float("--lr", 0.0, 1.0, lo_open=True), help="learning rate (default 1.372e-4)"
    )
    p.add_argument(
        "--batch-size",
        type=_positive_int("--batch-size", 1, 4096),
        help="sequences per step (default: chosen for the device)",
    )
    p.add_argument(
        "--block-size",
        type=_positive_int("--block-size", 8, 131072),
        help="tokens per sequence (default min(model max, 1024))",
    )
    p.add_argument("--lora", action="store_true", help="train LoRA adapters instead of all weights")
    p.add_argument(
        "--precision",
        choices=["auto", "fp32", "bf16", "fp16"],
        help="auto (default): bf16/fp16 on a GPU, bf16 on CPUs that have it, else fp32",
    )
    p.add_argument(
        "--eval-steps",
        type=_positive_int("--eval-steps", 1, 10**7),
        help="held-out evaluation every N steps",
    )
    p.add_argument(
        "--save-steps",
        type=_positive_int("--save-steps", 1, 10**7),
        help="checkpoint every N steps",
    )
    p.add_argument(
        "--patience",
        type=_positive_int("--patience", 1, 1000),
        help="stop after N evaluations without improvement",
    )
    p.add_argument(
        "--wandb",
        choices=["online", "offline", "disabled"],
        help="tracking mode (default online with a key, else offline)",
    )
    p.add_argument(
        "--resume", action="store_true", help="continue from the last checkpoint in --out"
    )
    _add_download_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("generate", help="write posts with a trained model")
    p.add_argument("model_dir", metavar="MODEL_DIR")
    p.add_argument(
        "--prompt", default="My dream is", help="start of each post (default 'My dream is')"
    )
    p.add_argument(
        "-n",
        "--num",
        type=_positive_int("-n", 1, 100),
        default=10,
        help="number of posts (default 10)",
    )
    p.add_argument(
        "--temperature", type=_float("--temperature", 0.0, 10.0, lo_open=True), default=1.0
    )
    p.add_argument("--top-p", type=_float("--top-p", 0.0, 1.0, lo_open=True), default=0.95)
    p.add_argument("--max-new-tokens", type=_positive_int("--max-new-tokens", 1, 2048), default=160)
    p.add_argument("--seed", type=_positive_int("--seed", 0, 2**31 - 1))
    p.add_argument(
        "--precision",
        choices=["auto", "fp32", "bf16", "fp16"],
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
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("evaluate", help="how much a trained model sounds like its accounts")
    p.add_argument("model_dir", metavar="MODEL_DIR")
    p.add_argument(
        "-n",
        "--num",
        type=_positive_int("-n", 1, 100),
        default=10,
        help="posts generated per voice: the blend and each author (default 10)",
    )
    p.add_argument("--max-new-tokens", type=_positive_int("--max-new-tokens", 1, 2048), default=160)
    p.add_argument(
        "--seed", type=_positive_int("--seed", 0, 2**31 - 1), help="default: the training seed"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("publish", help="push a trained model and its card to the Hugging Face Hub")
    p.add_argument("model_dir", metavar="MODEL_DIR")
    p.add_argument("--repo-id", help="NAMESPACE/NAME (default: your namespace and the handles)")
    p.add_argument("--private", action="store_true", help="make the repo private")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("demo", help="the whole pipeline offline on the bundled sample account")
    p.add_argument(
        "--out", default="huggingtweets-out", help="where to write (default ./huggingtweets-out)"
    )
    p.add_argument(
        "--blend",
        action="store_true",
        help="both bundled accounts in one model, then write as each of them and as the blend",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def cmd_download(args) -> dict:
    from huggingtweets.download import download
    from huggingtweets.progress import terminal_download_progress

    with terminal_download_progress(args.sources) as progress:
        info = download(args.sources, args.out, _download_options(args), progress=progress)
    for w in info.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if not args.json:
        _print_table(info)
    return info.answer()


def _print_table(info) -> None:
    from huggingtweets.clean import SHORT_RULES, count_value, shown_columns

    names = [f"@{a.handle}" for a in info.accounts]
    rows = [("", names)] + [
        (c.label, [str(count_value(a, c.key)) for a in info.accounts])
        for c in shown_columns(info.accounts, info.clean)
    ]
    width = max(len(r[0]) for r in rows)
    cols = [max(len(r[1][i]) for r in rows) for i in range(len(names))]
    for label, values in rows:
        print(
            label.ljust(width), *(v.rjust(c) for v, c in zip(values, cols, strict=True)), sep="  "
        )
    for rule in dict.fromkeys(a.counts.short_rule for a in info.accounts):
        print(f"short: {SHORT_RULES.get(rule, rule)}")
    print(f"training text: {info.train_file} ({info.characters:,} characters, seed {info.seed})")
    print(f"held-out posts: {info.valid_file}")


def cmd_train(args) -> dict:
    from huggingtweets.pipeline import TrainOptions, run

    options = TrainOptions(
        base_model=args.base_model,
        max_steps=args.max_steps,
        learning_rate=args.lr,
        batch_size=args.batch_size,
        block_size=args.block_size,
        lora=args.lora,
        precision=args.precision,
        eval_steps=args.eval_steps,
        save_steps=args.save_steps,
        patience=args.patience,
        wandb_mode=args.wandb,
        resume=args.resume,
        seed=args.seed,
    )
    result = run(args.sources, args.out, options, download_options=_download_options(args))
    if not args.json:
        print(result.summary())
    return result.to_json()


def cmd_generate(args) -> dict:
    from huggingtweets.generate import GenerateOptions, generate

    options = GenerateOptions(
        prompt=args.prompt,
        num=args.num,
        temperature=args.temperature,
        top_p=args.top_p,
        max_new_tokens=args.max_new_tokens,
        seed=args.seed,
        author=args.author,
        precision=args.precision,
    )
    result = generate(args.model_dir, options)
    if not args.json:
        # Posts of several lines (a --keep-newlines model) need a line between them.
        multiline = any("\n" in g.text for g in result.generations)
        for i, g in enumerate(result.generations):
            mark = "  [copies a training post]" if g.copied_from_training else ""
            if multiline and i:
                print("---")
            print(f"{g.text}{mark}")
    return result.to_json()


def cmd_evaluate(args) -> dict:
    from huggingtweets.evaluate import EvaluateOptions, evaluate, save_evaluation
    from huggingtweets.evaluate import summary as evaluate_summary

    options = EvaluateOptions(posts=args.num, max_new_tokens=args.max_new_tokens, seed=args.seed)
    report = evaluate(args.model_dir, options)
    save_evaluation(args.model_dir, report)
    _rewrite_card(args.model_dir)
    if not args.json:
        print(evaluate_summary(report))
    return report.to_json()


def _rewrite_card(model_dir) -> None:
    """The card shows the new report (when the folder has a card)."""
    from pathlib import Path

    from huggingtweets.card import write_card

    if (Path(model_dir) / "README.md").is_file():
        write_card(model_dir)


def cmd_publish(args) -> dict:
    from huggingtweets.publish import publish

    result = publish(args.model_dir, repo_id=args.repo_id, private=args.private)
    if not args.json:
        print(f"published: {result.url}")
    return result.to_json()


def cmd_demo(args) -> dict:
    from huggingtweets.demo import run_demo

    return run_demo(args.out, quiet_json=args.json, blend=args.blend)


COMMANDS = {
    "download": cmd_download,
    "train": cmd_train,
    "generate": cmd_generate,
    "evaluate": cmd_evaluate,
    "publish": cmd_publish,
    "demo": cmd_demo,
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help()
            return 0
        if hasattr(args, "out") and not str(args.out).strip():
            raise UserError("--out is empty: give a folder to write to.")
        as_json = getattr(args, "json", False)
        # With --json, stdout carries the one object: everything else goes to stderr.
        with contextlib.redirect_stdout(sys.stderr) if as_json else contextlib.nullcontext():
            result = COMMANDS[args.command](args)
        # Under torchrun every process runs the command; only the first one answers.
        if as_json and os.environ.get("RANK", "0") == "0":
            print(json.dumps(result, ensure_ascii=False))
        return 0
    except UserError as e:
        print(f"error: {redact(str(e))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(file=sys.stderr)  # end any progress bar's line first
        print(
            "error: interrupted; run the same command again (with --resume for train) to continue.",
            file=sys.stderr,
        )
        return 1
    except OSError as e:
        # Disk full, permission denied...: the user's machine, not our bug.
        print(
            "error: "
            + redact(f"{e.strerror or e} ({e.filename or 'file'})")
            + ": check the path and free space.",
            file=sys.stderr,
        )
        return 1
    except Exception as e:  # a bug: still one line, with a way to see the details
        if os.environ.get("HUGGINGTWEETS_DEBUG"):
            raise
        missing = (getattr(e, "name", None) or "").split(".")[0]
        if isinstance(e, ModuleNotFoundError) and missing and missing != "huggingtweets":
            # Not our bug: a library this command needs is not installed (torch, say).
            print(
                f"error: this command needs {missing}, which is not installed here: "
                f"`pip install {missing}` (for PyTorch, pytorch.org shows the command for your machine).",
                file=sys.stderr,
            )
            return 1
        print(
            f"error: unexpected {type(e).__name__}: {redact(' '.join(str(e).split()))[:300]} "
            "(set HUGGINGTWEETS_DEBUG=1 for details and report it).",
            file=sys.stderr,
        )
        return 1
