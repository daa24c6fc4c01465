"""Issue 18, item 7.9: an `--env-file` that is not UTF-8, holds a NUL byte or a huge value is one
line on stderr (exit 2) naming the file and the line, never a traceback; nothing from it is set."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from hotmart_client import HotmartError
from hotmart_client.cli._session import load_env_file

from .conftest import command, environment

BAD_FILES = {
    "not utf-8": b"HOTMART_CLIENT_ID=abc\nHOTMART_CLIENT_SECRET=\xff\xfe\n",
    "latin-1": "HOTMART_CLIENT_ID=São Paulo\n".encode("latin-1"),
    "nul byte": b"HOTMART_CLIENT_ID=a\x00b\n",
    "nul in the key": b"HOTMART\x00ID=a\n",
    "1 MB value": b"HOTMART_CLIENT_ID=id\nHOTMART_CLIENT_SECRET=" + b"x" * 1_000_000 + b"\n",
    "8 MB file": b"# " + b"y" * 8_000_000 + b"\n",
    "no equals sign": b"HOTMART_CLIENT_ID\n",
}
WHERE = {"not utf-8": ":2:", "latin-1": ":1:", "nul byte": ":1:", "1 MB value": ":2:", "no equals sign": ":1:"}


def test_a_bad_env_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    paths = {}
    for number, (name, content) in enumerate(BAD_FILES.items()):
        paths[name] = tmp_path / f"bad{number}.env"
        paths[name].write_bytes(content)
    processes = {
        name: subprocess.Popen(
            command("--env-file", str(path), "products", "list"),
            env=environment(None),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, path in paths.items()
    }
    for name, process in processes.items():
        out, err = process.communicate(timeout=120)
        lines = err.strip().splitlines()
        assert process.returncode == 2, (name, err[-2000:])
        assert len(lines) == 1 and lines[0].startswith("error: --env-file: "), (name, err[-2000:])
        assert "Traceback" not in err and len(lines[0]) < 300
        assert str(paths[name]) + WHERE.get(name, ":") in lines[0], (name, lines[0])
        assert out == ""


def isolated(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Unset `names` for this test; whatever the test sets is undone after it (monkeypatch
    restores only what it touched, so each name is set through it first)."""
    for name in names:
        monkeypatch.setenv(name, "before")
        monkeypatch.delenv(name)


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_nothing_from_a_bad_file_is_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    isolated(monkeypatch, "HOTMART_CLIENT_ID", "HOTMART_CLIENT_SECRET")
    path = tmp_path / "bad.env"
    path.write_bytes(content)
    with pytest.raises(HotmartError):
        load_env_file(path)
    assert "HOTMART_CLIENT_ID" not in os.environ


def test_a_good_file_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolated(monkeypatch, "HOTMART_CLIENT_ID", "HOTMART_CLIENT_SECRET", "HOTMART_BASIC")
    path = tmp_path / "good.env"
    path.write_text(
        "\ufeff# comment\nexport HOTMART_CLIENT_ID='São-id'\n"
        'HOTMART_CLIENT_SECRET="s=e=c"\n\nHOTMART_BASIC=Basic x\n',
        encoding="utf-8",
    )
    load_env_file(path)
    assert os.environ["HOTMART_CLIENT_ID"] == "São-id"
    assert os.environ["HOTMART_CLIENT_SECRET"] == "s=e=c"
    assert os.environ["HOTMART_BASIC"] == "Basic x"
