"""`hotmart spec drift` and `hotmart spec apply-overlay`: from drift recordings to a reviewed change
of spec/hotmart.yaml (docs/when-hotmart-changes.md)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.console import Console
from rich.table import Table

from .._drift import KIND_WORDS
from .._errors import HotmartError
from .._exit_codes import EXIT_USAGE
from .._proposal import OverlayError, apply_overlay_to_text, propose
from ..drift import DriftEntry, merge_files

REPOSITORY_SPEC = Path("spec") / "hotmart.yaml"

spec_app = typer.Typer(
    name="spec",
    help="Keep the spec in step with what Hotmart sends: read drift recordings, propose and apply changes.",
    no_args_is_help=True,
)


@spec_app.command("drift")
def drift_command(
    files: Annotated[
        list[Path],
        typer.Argument(exists=True, dir_okay=False, help="Recordings (--record-drift FILE, DriftRecorder.save)."),
    ],
    *,
    spec: Annotated[
        Path | None,
        typer.Option(help="The spec to propose a change to. Default: spec/hotmart.yaml here, else the shipped one."),
    ] = None,
    proposal: Annotated[
        Path, typer.Option(help="Where to write the proposed change (an OpenAPI Overlay 1.0 document, YAML).")
    ] = Path("drift-overlay.yaml"),
    merged: Annotated[Path | None, typer.Option(help="Also write the merged recording to this file.")] = None,
) -> None:
    """Merge drift recordings, print what the spec did not predict, and write a proposed change."""
    try:
        recorder = merge_files(files)
    except HotmartError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    if merged is not None:
        recorder.save(merged)
    entries = recorder.entries()
    console = Console()
    for source in recorder.sources():
        what = "deliveries" if source.channel == "webhook" else "responses"
        console.print(f"{source.source}: {source.checked} {what} checked, {source.walked} walked in full")
    if recorder.dropped:
        console.print(f"{recorder.dropped} occurrence(s) not kept: the recording reached its size limit")
    if not entries:
        console.print("No drift: everything recorded is what the spec describes.")
        return
    console.print(_table(entries))
    doc, where = _spec_document(spec)
    result = propose(entries, doc)
    proposal.write_text(
        yaml.safe_dump(result.overlay, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8"
    )
    for note in result.notes:
        console.print(f"not proposed: {note}", markup=False)
    console.print(
        f"{len(result.actions)} action(s) proposed for {where} in {proposal}: review them, then "
        f"`hotmart spec apply-overlay {proposal}` and `nox -s generate`.",
        markup=False,
    )


@spec_app.command("apply-overlay")
def apply_overlay_command(
    overlay: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="An OpenAPI Overlay 1.0 document (YAML or JSON).")
    ],
    *,
    spec: Annotated[Path, typer.Option(help="The spec to change.")] = REPOSITORY_SPEC,
    output: Annotated[Path | None, typer.Option(help="Write the result here instead of changing --spec.")] = None,
) -> None:
    """Apply an overlay (e.g. from `hotmart spec drift`) to the spec, keeping its layout and comments."""
    try:
        document = yaml.safe_load(overlay.read_text(encoding="utf-8"))
        text = apply_overlay_to_text(spec.read_text(encoding="utf-8"), document)
    except (OSError, yaml.YAMLError, OverlayError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    target = output or spec
    target.write_text(text, encoding="utf-8")
    typer.echo(f"applied {len(document['actions'])} action(s) of {overlay} to {target}", err=True)


def _table(entries: list[DriftEntry]) -> Table:
    table = Table(title="What the spec did not predict")
    for column in ("what", "where", "detail", "count", "first seen", "last seen"):
        table.add_column(column, justify="right" if column == "count" else "left")
    for entry in entries:
        status = f" {entry.status}" if entry.status is not None else ""
        channel = "webhook " if entry.channel == "webhook" else ""
        table.add_row(
            KIND_WORDS[entry.kind],
            f"{channel}{entry.source}{status} {entry.pointer}".rstrip(),
            entry.detail,
            f"{entry.count:,}",
            entry.first_seen.strftime("%Y-%m-%d %H:%M"),
            entry.last_seen.strftime("%Y-%m-%d %H:%M"),
        )
    return table


def _spec_document(path: Path | None) -> tuple[dict[str, Any], str]:
    if path is None and REPOSITORY_SPEC.exists():
        path = REPOSITORY_SPEC
    if path is not None:
        return yaml.safe_load(path.read_text(encoding="utf-8")), str(path)
    shipped = importlib.resources.files("hotmart_api").joinpath("openapi.yaml")
    return yaml.safe_load(shipped.read_text(encoding="utf-8")), "the spec shipped with hotmart_api"
