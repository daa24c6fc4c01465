"""`--append` continues an export from the checkpoint saved beside its file (issue 18, item 3).

The file can be ahead of its saved checkpoint (killed after a page was written, before its
checkpoint was saved; killed in the middle of a line): it is cut back to the saved length. Without
a saved checkpoint, `--append` refuses rather than start again into the file. A JSON array left
unclosed is cut back to its last whole element.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from hotmart_client.mock import MockServer

from .conftest import run, run_many

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
