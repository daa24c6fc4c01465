"""The `--output` file of an export, and the checkpoint saved beside it.

An export to a file saves, beside it, `FILE.hotmart-checkpoint`: the pager's item-exact checkpoint
and how many bytes of FILE that checkpoint accounts for. After each page, the file is flushed and
fsynced first, then the checkpoint is written to a temporary file, fsynced and renamed over the old
one (an atomic replace). So at any moment, even after `kill -9`, the saved checkpoint describes a
prefix of the file: the file can only be *ahead* of it (a page written, its checkpoint not yet
saved; half a line). Continuing (`--append`) cuts the file back to the saved length and resumes at
the saved checkpoint: nothing is lost and nothing repeated. The checkpoint file is removed once the
listing has been read to its end.

Nothing here changes a file until the export has accepted the checkpoint (`OutputPlan.open`):
`plan_output` only reads, so a refused `--append` leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import typer

SUFFIX = ".hotmart-checkpoint"
KIND = "hotmart-export-checkpoint"
VERSION = 1
_TAIL = 64 * 1024  # bytes read from the end of a file at a time when looking for its last record
_WHITESPACE = b" \t\r\n"


@dataclass(frozen=True)
class Saved:
    """What `FILE.hotmart-checkpoint` holds."""

    checkpoint: str  # the pager's checkpoint: the first item not in the file
    size: int  # bytes of the file written up to that item
    items: int  # items in those bytes
    format: str  # json, jsonl or csv


def checkpoint_path(output: Path) -> Path:
    return output.with_name(output.name + SUFFIX)


def load_saved(output: Path) -> Saved | None:
    path = checkpoint_path(output)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror}", param_hint="--append") from None
    try:
        data = json.loads(text)
        saved = Saved(str(data["checkpoint"]), int(data["size"]), int(data["items"]), str(data["format"]))
        if data.get("kind") != KIND or saved.size < 0 or saved.items < 0:
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise typer.BadParameter(
            f"{path} is damaged: continue with the --resume checkpoint the interrupted command printed, "
            "or --overwrite to start again",
            param_hint="--append",
        ) from None
    return saved


def save(output: Path, saved: Saved) -> None:
    """Replace the saved checkpoint atomically and durably (the output is already fsynced)."""
    target = checkpoint_path(output)
    data = {"kind": KIND, "version": VERSION, **saved.__dict__}
    descriptor, temporary = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(json.dumps(data) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(target.parent)


def discard(output: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        checkpoint_path(output).unlink()
    _fsync_directory(output.parent)


def _fsync_directory(directory: Path) -> None:
    """Make a rename or an unlink in `directory` durable (a no-op where directories cannot be opened)."""
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@dataclass
class OutputFile:
    """An opened `--output` file, and what a writer continuing it must know."""

    stream: IO[str]
    path: Path | None = None
    continuing: bool = False  # appending after existing content
    columns: list[str] | None = None  # the CSV header already in the file
    has_items: bool = False  # a JSON array being continued already holds items

    def sync(self) -> int:
        """Flush and fsync; the file's size in bytes."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        return os.fstat(self.stream.fileno()).st_size


@dataclass
class OutputPlan:
    """What to do with `--output` before the export starts, decided without changing the file."""

    path: Path | None
    fmt: str
    keep: int | None = None  # continue the file: keep its first `keep` bytes, cut the rest
    saved: Saved | None = None  # the checkpoint saved beside the file, that the export continues
    resume: str | None = None  # where the export starts: the saved checkpoint or --resume
    resumable: bool = False  # a paginated export to a file: save a checkpoint beside it
    columns: list[str] | None = None  # the CSV header of a file being continued
    has_items: bool = False  # a JSON array being continued holds items
    notes: list[str] = field(default_factory=list)  # what was repaired, for stderr

    @property
    def continuing(self) -> bool:
        return bool(self.keep)

    def open(self) -> OutputFile | None:
        """Open the file: new (truncated) or continued (cut back to `keep` bytes)."""
        if self.path is None:
            return None
        if not self.continuing:
            stream = self.path.open("w", encoding="utf-8", newline="")
            if not self.resumable and checkpoint_path(self.path).exists():
                discard(self.path)  # it described the file just replaced
            return OutputFile(stream, self.path)
        assert self.keep is not None
        os.truncate(self.path, self.keep)
        stream = self.path.open("a", encoding="utf-8", newline="")
        return OutputFile(stream, self.path, True, self.columns, self.has_items)


def plan_output(
    path: Path | None,
    fmt: str,
    *,
    append: bool,
    overwrite: bool,
    resume: str | None,
    resumable: bool,
) -> OutputPlan:
    """Check `--output`, `--append`, `--overwrite` and `--resume` together; never truncate silently.

    `resumable`: the command is a paginated listing written as json, jsonl or csv, so the export
    saves its checkpoint beside the file and `--append` continues from it."""
    if path is None:
        if append or overwrite:
            raise typer.BadParameter("--append and --overwrite apply to --output FILE", param_hint="--output")
        return OutputPlan(None, fmt, resume=resume)
    if append and overwrite:
        raise typer.BadParameter("give --append or --overwrite, not both", param_hint="--output")
    if path.exists() and not path.is_file():  # /dev/stdout, a pipe: written through, nothing to continue
        return OutputPlan(path, fmt, resume=resume)
    size = path.stat().st_size if path.exists() else 0
    if size == 0 or overwrite:
        return OutputPlan(path, fmt, resume=resume, resumable=resumable)
    if not append:
        raise typer.BadParameter(
            f"{path} already exists: --append to continue it, --overwrite to replace it", param_hint="--output"
        )
    if fmt == "table":
        raise typer.BadParameter("a table cannot be appended to; use csv, json or jsonl", param_hint="--append")
    if not resumable:  # the result of a command that is not a listing: added after what is there
        return _continued(OutputPlan(path, fmt), size, repair=True)
    return _continue_export(path, fmt, size, resume)


def _continue_export(path: Path, fmt: str, size: int, resume: str | None) -> OutputPlan:
    saved = load_saved(path)
    stale = saved is not None and saved.format != fmt
    if saved is None or stale:
        if resume is None:
            why = f"it was written as {saved.format}, not {fmt}" if saved and stale else "it has no saved checkpoint"
            raise typer.BadParameter(
                f"cannot continue {path}: {why} ({checkpoint_path(path).name}), so where it stopped is unknown. "
                "Give the --resume checkpoint the interrupted command printed, or --overwrite to start again",
                param_hint="--append",
            )
        # A checkpoint from elsewhere (an export to stdout, an older version): trust it, repair the end.
        return _continued(OutputPlan(path, fmt, resume=resume, resumable=True), size, repair=True)
    if resume is not None and resume != saved.checkpoint:
        raise typer.BadParameter(
            f"--resume is not where {path} stopped ({checkpoint_path(path).name} holds its checkpoint, "
            f"after {saved.items} items): drop --resume to continue from there, or --overwrite",
            param_hint="--resume",
        )
    if size < saved.size:
        raise typer.BadParameter(
            f"{path} is shorter than its saved checkpoint says ({size} < {saved.size} bytes): it was changed "
            "since; --overwrite to start again",
            param_hint="--append",
        )
    plan = OutputPlan(path, fmt, resume=saved.checkpoint, saved=saved, resumable=True)
    if size > saved.size:
        plan.notes.append(f"{path}: cut back to its saved checkpoint ({size - saved.size} bytes after it removed)")
    return _continued(plan, saved.size, repair=False)


def _continued(plan: OutputPlan, size: int, *, repair: bool) -> OutputPlan:
    """Fill in how to continue `plan.path`'s first `size` bytes. With `repair` (no saved
    checkpoint), find where its last whole record ends first."""
    assert plan.path is not None
    if size == 0:  # nothing to keep: a new file
        plan.keep = 0
        return plan
    with plan.path.open("rb") as stream:
        if plan.fmt == "json":
            plan.keep, plan.has_items = _json_end(stream, plan.path, size, repair, plan.notes)
        elif repair:
            plan.keep = _last_line_end(stream, plan.path, size, plan.fmt, plan.notes)
        else:
            plan.keep = size
        if plan.fmt == "csv" and plan.keep:
            plan.columns = _csv_header(stream, plan.path, plan.keep)
    return plan


def _tail(stream: IO[bytes], end: int, length: int) -> bytes:
    start = max(0, end - length)
    stream.seek(start)
    return stream.read(end - start)


def _last_line_end(stream: IO[bytes], path: Path, size: int, fmt: str, notes: list[str]) -> int:
    """`size`, or where the last whole line ends when the file ends in a partial one."""
    tail = _tail(stream, size, 1)
    if tail == b"\n":
        return size
    if fmt == "csv":  # a quoted CSV field may hold line breaks: the last "\n" is not surely a record's end
        raise typer.BadParameter(
            f"{path} ends in the middle of a record and has no saved checkpoint saying where the last whole one "
            "ends; remove the partial last line yourself, or --overwrite",
            param_hint="--append",
        )
    length = _TAIL
    while True:
        block = _tail(stream, size, length)
        cut = block.rfind(b"\n")
        if cut >= 0 or len(block) == size:
            keep = size - len(block) + cut + 1
            notes.append(f"{path}: a partial last line removed ({size - keep} bytes)")
            return keep
        length *= 2


def _json_end(stream: IO[bytes], path: Path, size: int, repair: bool, notes: list[str]) -> tuple[int, bool]:
    """Where a JSON array file is continued: after its last whole element, before any `]`; and
    whether it holds an element. Reads the file's first bytes and its end, never all of it."""
    stream.seek(0)
    head = stream.read(64).lstrip(_WHITESPACE)
    if not head.startswith(b"["):
        raise typer.BadParameter(f"{path} is not a JSON array: cannot --append to it", param_hint="--append")
    end = _last_non_space(stream, size)
    last = _byte(stream, end - 1)
    if last == b"]":  # a closed array: step back over the bracket only
        end = _last_non_space(stream, end - 1)
    elif repair:  # an unclosed array (killed): keep up to its last whole element
        whole = _last_element_end(stream, path, end)
        if whole != end:
            notes.append(f"{path}: an unfinished JSON element removed ({end - whole} bytes)")
        end = whole
    if end <= 0 or _byte(stream, end - 1) == b"," or _last_non_space(stream, end) != end:
        raise typer.BadParameter(f"{path} is not a JSON array this command wrote", param_hint="--append")
    return end, _byte(stream, end - 1) != b"["


def _last_element_end(stream: IO[bytes], path: Path, end: int) -> int:
    """The end of the last element that parses, this command writing one element per line."""
    length = _TAIL
    while True:
        block = _tail(stream, end, length)
        start = end - len(block)
        lines = block.split(b"\n")
        # The first line of a block that does not start the file may be cut: skip it.
        usable = lines if start == 0 else lines[1:]
        offset = end
        for line in reversed(usable):
            offset -= len(line)
            text = line.strip(_WHITESPACE).rstrip(b",")
            if text == b"[":
                return offset + line.index(b"[") + 1
            with contextlib.suppress(ValueError):
                if isinstance(json.loads(text), dict | list):
                    return offset + line.index(text) + len(text)
            offset -= 1  # the "\n" before this line
        if start == 0:
            raise typer.BadParameter(f"{path} holds no whole JSON element to continue after", param_hint="--append")
        length *= 2


def _last_non_space(stream: IO[bytes], end: int) -> int:
    """The offset just after the last non-whitespace byte before `end` (0 if none)."""
    while end > 0:
        block = _tail(stream, end, _TAIL)
        stripped = block.rstrip(_WHITESPACE)
        if stripped:
            return end - len(block) + len(stripped)
        end -= len(block)
    return 0


def _byte(stream: IO[bytes], offset: int) -> bytes:
    if offset < 0:
        return b""
    stream.seek(offset)
    return stream.read(1)


def _csv_header(stream: IO[bytes], path: Path, keep: int) -> list[str]:
    stream.seek(0)
    first = stream.readline(min(keep, 1 << 20))
    try:
        header = next(csv.reader(io.StringIO(first.decode("utf-8"))), [])
    except (UnicodeDecodeError, csv.Error):
        header = []
    if not header or not first.endswith(b"\n"):
        raise typer.BadParameter(f"{path} does not start with a CSV header line", param_hint="--append")
    return header
