"""Regenerate everything derived from spec/hotmart.yaml. Run through `nox -s generate`.

1. openapi-python-client (pinned, with generator/config.yaml and the template forks in
   generator/templates) writes the `hotmart_api` package into a scratch folder, which then
   replaces generated/hotmart_api wholesale, so files of removed operations do not linger.
   The templates run from a scratch copy that also holds `spec_formats.jinja`: the
   `x-hotmart-format` of each component schema, which the model template cannot see through a
   `$ref` (see generator/templates/model.py.jinja).
2. generator/resources.py writes overlay/hotmart_client/resources/ (one module per API area:
   the typed resource classes, one method or endpoint object per operation) and _constants.py
   (hosts), derived from the same spec.
3. generator/webhooks.py writes overlay/hotmart_client/_webhook_events.py: a typed event class per
   webhook payload, the event table and the spec's example deliveries, read by
   hotmart_client.webhooks; and generated/jsonschema/webhooks/<EVENT>.json, a JSON Schema per
   webhook event for other languages to validate deliveries with.
4. generator/evidence.py writes docs/evidence.md: the evidence ledger (each operation and webhook
   event with the Hotmart page it comes from and its evidence level).

Every step is deterministic: running this twice leaves no diff.

`python generator/generate.py --spec OTHER.yaml --output DIR` runs the same steps from another spec
into DIR instead of the repository (DIR/hotmart_api, DIR/hotmart_client: a copy of the overlay with
its generated modules rewritten, DIR/jsonschema, DIR/evidence.md): to try a changed spec, e.g. a
drift proposal (docs/when-hotmart-changes.md), without touching the checkout.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


@dataclasses.dataclass(frozen=True)
class Paths:
    """The spec read and where each derived file goes."""

    spec: Path
    generated: Path  # the hotmart_api package
    overlay: Path  # hotmart_client, whose generated modules are rewritten
    webhook_schemas: Path
    evidence: Path

    @property
    def resources(self) -> Path:
        return self.overlay / "resources"

    @property
    def webhook_events(self) -> Path:
        return self.overlay / "_webhook_events.py"

    @classmethod
    def repository(cls) -> Paths:
        return cls(
            spec=ROOT / "spec" / "hotmart.yaml",
            generated=ROOT / "generated" / "hotmart_api",
            overlay=ROOT / "overlay" / "hotmart_client",
            webhook_schemas=ROOT / "generated" / "jsonschema" / "webhooks",
            evidence=ROOT / "docs" / "evidence.md",
        )

    @classmethod
    def elsewhere(cls, spec: Path, output: Path) -> Paths:
        """Everything under `output`, the overlay copied there first (its hand-written modules)."""
        overlay = output / "hotmart_client"
        shutil.rmtree(overlay, ignore_errors=True)
        shutil.copytree(ROOT / "overlay" / "hotmart_client", overlay, ignore=shutil.ignore_patterns("__pycache__"))
        return cls(spec, output / "hotmart_api", overlay, output / "jsonschema" / "webhooks", output / "evidence.md")


def spec_formats_template(spec: Path) -> str:
    """A Jinja module exporting `ref_formats`: `$ref` -> `x-hotmart-format` of every component
    schema that has one, sorted (the output must not depend on dict order)."""
    schemas = yaml.safe_load(spec.read_text(encoding="utf-8"))["components"]["schemas"]
    formats = {
        f"#/components/schemas/{name}": schema["x-hotmart-format"]
        for name, schema in sorted(schemas.items())
        if isinstance(schema, dict) and "x-hotmart-format" in schema
    }
    header = "{# Written by generator/generate.py from the spec's x-hotmart-format markers. #}\n"
    return header + "{% set ref_formats = " + json.dumps(formats, sort_keys=True) + " %}\n"


def generate_package(paths: Paths) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "hotmart_api"
        templates = Path(scratch) / "templates"
        shutil.copytree(ROOT / "generator" / "templates", templates)
        (templates / "spec_formats.jinja").write_text(spec_formats_template(paths.spec), encoding="utf-8")
        subprocess.run(
            [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(paths.spec),
                "--config", str(ROOT / "generator" / "config.yaml"),
                "--custom-template-path", str(templates),
                "--meta", "none",
                "--output-path", str(target),
                "--overwrite",
                "--fail-on-warning",
            ],
            check=True,
            # The post hooks (generator/config.yaml) run `ruff`: the one installed beside this
            # interpreter, also when its environment is not activated (.venv/bin/python ...).
            env={**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])},
        )  # fmt: skip
        shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
        # Ship the spec inside the package: the mock server and tools read it at run time.
        shutil.copyfile(paths.spec, target / "openapi.yaml")
        # `--meta none` skips the PEP 561 marker; without it mypy ignores the package's types.
        (target / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        if paths.generated.exists():
            shutil.rmtree(paths.generated)
        shutil.copytree(target, paths.generated)


def generate_resources(paths: Paths) -> None:
    sys.path.insert(0, str(ROOT / "generator"))
    sys.path.insert(0, str(paths.generated.parent))
    import resources  # noqa: PLC0415 - generator/resources.py, importable only after the path tweak

    files = resources.render_all(paths.spec)
    if paths.resources.exists():
        shutil.rmtree(paths.resources)  # an area removed from the spec leaves no module behind
    paths.resources.mkdir()
    written = []
    for relative, text in files.items():
        target = paths.overlay / relative
        target.write_text(text, encoding="utf-8")
        written.append(str(target))
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *written], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", *written], check=True, cwd=ROOT)


def generate_webhook_events(paths: Paths) -> None:
    import webhooks  # noqa: PLC0415 - generator/webhooks.py, on sys.path since generate_resources()

    events = paths.webhook_events
    events.write_text(webhooks.render(paths.spec), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", str(events)], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", str(events)], check=True, cwd=ROOT)
    # Written afresh, so the file of an event removed from the spec does not linger.
    shutil.rmtree(paths.webhook_schemas, ignore_errors=True)
    paths.webhook_schemas.mkdir(parents=True)
    for event, text in webhooks.json_schemas(paths.spec).items():
        (paths.webhook_schemas / f"{event}.json").write_text(text, encoding="utf-8")


def generate_evidence(paths: Paths) -> None:
    import evidence  # noqa: PLC0415 - generator/evidence.py, on sys.path since generate_resources()

    paths.evidence.write_text(evidence.render(paths.spec), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--spec", type=Path, help="another spec than spec/hotmart.yaml (needs --output)")
    parser.add_argument("--output", type=Path, help="write everything under this folder, not the repository")
    args = parser.parse_args()
    if (args.spec is None) != (args.output is None):
        parser.error("--spec and --output go together: the repository's files come from spec/hotmart.yaml only")
    paths = Paths.repository() if args.output is None else Paths.elsewhere(args.spec.resolve(), args.output.resolve())
    generate_package(paths)
    generate_resources(paths)
    generate_webhook_events(paths)
    generate_evidence(paths)
    print(f"generated {paths.generated} and {paths.resources} from {paths.spec}")


if __name__ == "__main__":
    main()
