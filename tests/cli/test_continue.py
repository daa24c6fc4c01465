"""`--append` continues an export from the checkpoint saved beside its file (issue 18, item 3).

The file can be ahead of its saved checkpoint (killed after a page was written, before its
checkpoint was saved; killed in the middle of a line): it is cut back to the saved length. Without
a saved checkpoint, `--append` refuses rather than start again into the file. A JSON array left
unclosed is cut back to its last whole element; a closed one is continued by reading its end only.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
from pathlib import Path

import pytest

from hotmart_client import Hotmart
from hotmart_client.mock import MockServer

from .conftest import command, environment, run, run_many

LIMITED = ["sales", "history", "--max-results", "4", "--limit", "10"]
WHOLE = ["sales", "history", "--max-results", "4", "--limit", "20"]
# What a kill in the middle of writing the next page leaves after the last saved page.
PARTIAL = {"csv": 'HP0000000009,"Ana Maria', "jsonl": '{"purchase": {"transac', "json": ',\n  {"purchase": {"tra'}


def saved(output: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(Path(f"{output}.hotmart-checkpoint").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def twenty(server: MockServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The first 20 sales, exported in one go, per format."""
    folder = tmp_path_factory.mktemp("twenty")
    results = run_many(server, [[*WHOLE, "-o", str(folder / f"sales.{fmt}")] for fmt in PARTIAL])
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    return {fmt: (folder / f"sales.{fmt}").read_bytes() for fmt in PARTIAL}


def test_a_file_ahead_of_its_saved_checkpoint_is_cut_back(
    server: MockServer, twenty: dict[str, bytes], tmp_path: Path
) -> None:
    outputs = {fmt: tmp_path / f"sales.{fmt}" for fmt in PARTIAL}
    first = run_many(server, [[*LIMITED, "-o", str(path)] for path in outputs.values()])
    assert all(r.returncode == 0 for r in first), [r.stderr for r in first]
    for fmt, path in outputs.items():
        state = saved(path)
        assert state["items"] == 10 and state["format"] == fmt
        with path.open("r+b") as stream:  # as if killed while writing the next page
            stream.truncate(int(str(state["size"])))
            stream.seek(0, 2)
            stream.write(PARTIAL[fmt].encode())
    second = run_many(server, [[*LIMITED, "-o", str(path), "--append"] for path in outputs.values()])
    for fmt, result in zip(outputs, second, strict=True):
        assert result.returncode == 0, result.stderr
        assert "cut back to its saved checkpoint" in result.stderr
        assert outputs[fmt].read_bytes() == twenty[fmt], fmt
        assert saved(outputs[fmt])["items"] == 20  # more sales remain: the checkpoint stays


def test_append_never_starts_again_into_a_file(server: MockServer, tmp_path: Path) -> None:
    complete = tmp_path / "complete.jsonl"
    done = run(server, "sales", "history", "--all", "--max-results", "500", "-o", str(complete))
    assert done.returncode == 0, done.stderr
    assert not Path(f"{complete}.hotmart-checkpoint").exists()  # removed: nothing left to continue
    before = complete.read_bytes()
    again = run(server, "sales", "history", "--all", "--max-results", "500", "-o", str(complete), "--append")
    assert again.returncode == 2
    assert "no saved checkpoint" in again.stderr and "--overwrite" in again.stderr
    assert complete.read_bytes() == before

    limited = tmp_path / "limited.jsonl"
    assert run(server, *LIMITED, "-o", str(limited)).returncode == 0
    before = limited.read_bytes()
    other_filters = run(server, *LIMITED, "--transaction-status", "APPROVED", "-o", str(limited), "--append")
    assert other_filters.returncode == 2
    assert "checkpoint saved beside" in other_filters.stderr and "other arguments" in other_filters.stderr
    elsewhere = run(server, *LIMITED, "-o", str(limited), "--append", "--page-token", "some-other-page")
    assert elsewhere.returncode == 2 and "not where" in elsewhere.stderr
    assert limited.read_bytes() == before


def test_an_unclosed_json_array_is_cut_back_to_its_last_element(
    server: MockServer, twenty: dict[str, bytes], tmp_path: Path
) -> None:
    """No saved checkpoint (written by an older version, or deleted): the printed --resume
    checkpoint continues the array after its last whole element."""
    output = tmp_path / "sales.json"
    first = run(server, *LIMITED, "-o", str(output))
    assert first.returncode == 0, first.stderr
    Path(f"{output}.hotmart-checkpoint").unlink()
    text = output.read_text(encoding="utf-8")
    output.write_text(text.rstrip().removesuffix("]").rstrip() + PARTIAL["json"], encoding="utf-8")
    printed = shlex.split(first.stderr.split("more with: ")[1].removesuffix(" (or --all)\n"))
    assert printed[-1] == "--append"
    resumed = run(server, *printed[1:])
    assert resumed.returncode == 0, resumed.stderr
    assert "an unfinished JSON element removed" in resumed.stderr
    assert output.read_bytes() == twenty["json"]


def test_append_to_a_json_file_reads_only_its_end(server: MockServer, tmp_path: Path) -> None:
    """Issue 23, item 5: continuing a JSON array steps back over its closing bracket, reading and
    cutting only the file's end; it neither reads the whole file nor writes it again (a kill
    during such a rewrite would have lost everything). Measured by the peak memory of the run."""
    with Hotmart(client_id="id", client_secret="secret", base_url=server.url, token_url=server.token_url) as api:
        pager = api.sales.history.export(limit=3)
        assert len(list(pager)) == 3
        checkpoint = pager.checkpoint
    filler = json.dumps({"filler": "x" * 1000})
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    small.write_text(f"[\n  {filler}\n]\n", encoding="utf-8")
    with big.open("w", encoding="utf-8") as stream:  # 100 MB
        stream.write("[\n  " + ",\n  ".join([filler] * 100_000) + "\n]\n")
    head = big.read_bytes()[:1_000_000]
    peaks = {}
    for path in (small, big):
        args = ["sales", "history", "--limit", "3", "-o", str(path), "--append", "--resume", checkpoint]
        process = subprocess.Popen(command(*args), env=environment(server), stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, process.stderr.read() if process.stderr else ""
        peaks[path.name] = usage.ru_maxrss * 1024  # kilobytes on Linux
    assert peaks["big.json"] - peaks["small.json"] < 30_000_000, peaks
    with big.open("rb") as stream:
        assert stream.read(1_000_000) == head
        stream.seek(-20_000, os.SEEK_END)
        tail = stream.read().decode("utf-8")
    assert tail.endswith("}\n]\n") and tail.count('"transaction"') == 3
