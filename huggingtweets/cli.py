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

import contextlib
import json
import os
import sys

from huggingtweets import defaults
from huggingtweets.cli_args import build_parser
from huggingtweets.errors import UserError
from huggingtweets.secrets import redact

__all__ = ["build_parser", "main"]


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
    from huggingtweets.tables import short_rule_notes, text_table

    for line in text_table(info.accounts, info.clean):
        print(line)
    for note in short_rule_notes(info.accounts):
        print(f"short: {note}")
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
        align_blocks=args.align_blocks,
        train_layers=args.train_layers,
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
    from huggingtweets.pipeline import PublishRequest, publish_model

    request = PublishRequest(repo_id=args.repo_id, private=args.private)
    result = publish_model(args.model_dir, request)
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
