"""`huggingtweets download ... --json`: the documented JSON contract and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

from huggingtweets.cli import main
from huggingtweets.dataset import SEPARATOR, from_text

ACCOUNT_KEYS = {
    "source": str,
    "handle": str,
    "display_name": str,
    "avatar_url": (str, type(None)),
    "downloaded": int,
    "reposts": int,
    "replies": int,
    "short": int,
    "kept": int,
    "short_rule": str,
    "not_public": int,
}
TOP_KEYS = {
    "accounts": list,
    "train_file": str,
    "valid_file": str,
    "characters": int,
    "seed": int,
    "warnings": list,
}


def run(capsys, *args):
    code = main(["download", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check_contract(data: dict) -> None:
    assert set(data) == set(TOP_KEYS)
    for key, kind in TOP_KEYS.items():
        assert isinstance(data[key], kind), key
    for account in data["accounts"]:
        assert set(account) == set(ACCOUNT_KEYS)
        for key, kind in ACCOUNT_KEYS.items():
            assert isinstance(account[key], kind), key
            assert not isinstance(account[key], bool)
        assert account["downloaded"] == sum(
            account[k] for k in ("not_public", "reposts", "replies", "short", "kept")
        )
        assert account["short_rule"] in ("words", "words and characters")
    assert all(isinstance(w, str) for w in data["warnings"])


def test_sample_json_contract(tmp_path, capsys):
    out = tmp_path / "s"
    code, stdout, _ = run(capsys, "sample", "--out", str(out), "--json", "--seed", "7")
    assert code == 0
    data = json.loads(stdout)  # exactly one JSON object on stdout
    check_contract(data)
    (a,) = data["accounts"]
    assert a["source"] == "sample" and a["handle"] == "maraquill_sky"
    assert a["display_name"] == "Mara Quill ✨" and a["avatar_url"] is None
    assert a["downloaded"] >= 420 and a["kept"] > 0 and a["reposts"] > 0 and a["short"] > 0
    assert data["warnings"] == []  # the sample has enough text (>= 40,000 characters)
    assert data["seed"] == 7
    train = (out / "train.txt").read_text(encoding="utf-8")
    assert data["train_file"] == str(out / "train.txt")
    assert data["characters"] == len(train)
    assert train.startswith(SEPARATOR)
    assert (out / "dataset.json").is_file() and (out / "valid.txt").is_file()
    kept_chars = len(
        SEPARATOR.join(set(from_text(train)) | set(from_text((out / "valid.txt").read_text())))
    )
    assert kept_chars >= 40_000


def test_four_sources_exit_1_one_line(tmp_path, capsys):
    out = tmp_path / "o"
    code, stdout, err = run(
        capsys, "sample", "a.txt", "b.txt", "c.txt", "--out", str(out), "--json"
    )
    assert code == 1 and stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "4 sources" in lines[0]
    assert not out.exists()


def test_missing_file_exit_1_nothing_written(tmp_path, capsys):
    out = tmp_path / "o"
    code, stdout, err = run(capsys, str(tmp_path / "nope.jsonl"), "--out", str(out), "--json")
    assert code == 1 and stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "nope.jsonl" in lines[0]
    assert not out.exists()


def test_too_little_data_names_counts(tmp_path, capsys):
    small = tmp_path / "tiny.txt"
    small.write_text(
        "a few words of mine\nRT @x: not mine\nok\nanother post with words\n", encoding="utf-8"
    )
    out = tmp_path / "o"
    code, stdout, err = run(capsys, str(small), "--out", str(out), "--json")
    assert code == 1 and stdout == ""
    # (progress bars may come first on stderr; the error is one line, the last)
    (line,) = [x for x in err.splitlines() if x.startswith("error:")]
    assert err.rstrip().endswith(line)
    for part in ["downloaded 4", "reposts 1", "short 1", "kept 2", "6,000"]:
        assert part in line
    assert not out.exists()


def test_limit(tmp_path, capsys):
    code, stdout, _ = run(
        capsys, "sample", "--out", str(tmp_path / "o"), "--json", "--limit", "300"
    )
    assert code == 0
    (a,) = json.loads(stdout)["accounts"]
    assert a["downloaded"] == 300
    assert a["downloaded"] == a["reposts"] + a["short"] + a["kept"]


def test_two_accounts_balanced(tmp_path, capsys):
    mine = tmp_path / "friend.jsonl"
    lines = [
        json.dumps({"text": f"zq{i} my friend writes about gardens and rain, post {i}", "id": i})
        for i in range(160)
    ]
    mine.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "o"
    code, stdout, _ = run(capsys, "sample", str(mine), "--out", str(out), "--json", "--seed", "3")
    assert code == 0
    data = json.loads(stdout)
    check_contract(data)
    assert [a["handle"] for a in data["accounts"]] == ["maraquill_sky", "friend"]
    assert data["accounts"][1]["kept"] == 160
    assert any("@friend has little text" in w for w in data["warnings"])
    train = from_text((out / "train.txt").read_text(encoding="utf-8"))
    # Several accounts: part of the posts start with their author's tag (balanced without it).
    train = [p.removeprefix("@friend: ").removeprefix("@maraquill_sky: ") for p in train]
    friend = [p for p in train if p.startswith("zq")]
    sample = [p for p in train if not p.startswith("zq")]
    a = len(SEPARATOR.join(friend))
    b = len(SEPARATOR.join(sample))
    assert 0.97 < a / b < 1.03  # both voices weigh the same


def test_console_script_subprocess(tmp_path):
    out = tmp_path / "o"
    proc = subprocess.run(
        [sys.executable, "-m", "huggingtweets", "download", "sample", "--out", str(out), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    check_contract(data)
    assert data["accounts"][0]["handle"] == "maraquill_sky"
    assert (out / "train.txt").is_file()
