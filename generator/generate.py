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
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hotmart.yaml"
GENERATED = ROOT / "generated" / "hotmart_api"
OVERLAY = ROOT / "overlay" / "hotmart_client"
RESOURCES = OVERLAY / "resources"
WEBHOOK_EVENTS = ROOT / "overlay" / "hotmart_client" / "_webhook_events.py"
WEBHOOK_SCHEMAS = ROOT / "generated" / "jsonschema" / "webhooks"
EVIDENCE = ROOT / "docs" / "evidence.md"


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


def generate_package() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "hotmart_api"
        templates = Path(scratch) / "templates"
        shutil.copytree(ROOT / "generator" / "templates", templates)
        (templates / "spec_formats.jinja").write_text(spec_formats_template(SPEC), encoding="utf-8")
        subprocess.run(
            [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(SPEC),
                "--config", str(ROOT / "generator" / "config.yaml"),
                "--custom-template-path", str(templates),
                "--meta", "none",
                "--output-path", str(target),
                "--overwrite",
                "--fail-on-warning",
            ],
            check=True,
        )  # fmt: skip
        shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
        # Ship the spec inside the package: the mock server and tools read it at run time.
        shutil.copyfile(SPEC, target / "openapi.yaml")
        # `--meta none` skips the PEP 561 marker; without it mypy ignores the package's types.
        (target / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        if GENERATED.exists():
            shutil.rmtree(GENERATED)
        shutil.copytree(target, GENERATED)


def generate_resources() -> None:
    sys.path.insert(0, str(ROOT / "generator"))
    sys.path.insert(0, str(GENERATED.parent))
    import resources  # noqa: PLC0415 - generator/resources.py, importable only after the path tweak

    files = resources.render_all(SPEC)
    if RESOURCES.exists():
        shutil.rmtree(RESOURCES)  # an area removed from the spec leaves no module behind
    RESOURCES.mkdir()
    written = []
    for relative, text in files.items():
        target = OVERLAY / relative
        target.write_text(text, encoding="utf-8")
        written.append(str(target))
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *written], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", *written], check=True, cwd=ROOT)


def generate_webhook_events() -> None:
    import webhooks  # noqa: PLC0415 - generator/webhooks.py, on sys.path since generate_resources()

    WEBHOOK_EVENTS.write_text(webhooks.render(SPEC), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", str(WEBHOOK_EVENTS)], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", str(WEBHOOK_EVENTS)], check=True, cwd=ROOT)
    # Written afresh, so the file of an event removed from the spec does not linger.
    shutil.rmtree(WEBHOOK_SCHEMAS, ignore_errors=True)
    WEBHOOK_SCHEMAS.mkdir(parents=True)
    for event, text in webhooks.json_schemas(SPEC).items():
        (WEBHOOK_SCHEMAS / f"{event}.json").write_text(text, encoding="utf-8")


def generate_evidence() -> None:
    import evidence  # noqa: PLC0415 - generator/evidence.py, on sys.path since generate_resources()

    EVIDENCE.write_text(evidence.render(SPEC), encoding="utf-8")


if __name__ == "__main__":
    generate_package()
    generate_resources()
    generate_webhook_events()
    generate_evidence()
    print(f"generated {GENERATED.relative_to(ROOT)} and {RESOURCES.relative_to(ROOT)}")
