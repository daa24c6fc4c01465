"""Regenerate everything derived from spec/hotmart.yaml. Run through `nox -s generate`.

1. openapi-python-client (pinned, with generator/config.yaml and the template forks in
   generator/templates) writes the `hotmart_api` package into a scratch folder, which then
   replaces generated/hotmart_api wholesale, so files of removed operations do not linger.
   The templates run from a scratch copy that also holds `spec_formats.jinja`: the
   `x-hotmart-format` of each component schema, which the model template cannot see through a
   `$ref` (see generator/templates/model.py.jinja).
2. generator/resources.py writes overlay/hotmart_client/_resources.py: the typed resource
   classes of the overlay (one method per operation), derived from the same spec.
3. generator/webhooks.py writes overlay/hotmart_client/_webhook_events.py: the webhook event table
   (event name -> generated payload model, example delivery) read by hotmart_client.webhooks.

Both steps are deterministic: running this twice leaves no diff.
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
RESOURCES = ROOT / "overlay" / "hotmart_client" / "_resources.py"
WEBHOOK_EVENTS = ROOT / "overlay" / "hotmart_client" / "_webhook_events.py"


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

    RESOURCES.write_text(resources.render(SPEC), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", str(RESOURCES)], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", str(RESOURCES)], check=True, cwd=ROOT)


def generate_webhook_events() -> None:
    import webhooks  # noqa: PLC0415 - generator/webhooks.py, on sys.path since generate_resources()

    WEBHOOK_EVENTS.write_text(webhooks.render(SPEC), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", str(WEBHOOK_EVENTS)], check=True, cwd=ROOT)
    subprocess.run([*ruff, "format", "--quiet", str(WEBHOOK_EVENTS)], check=True, cwd=ROOT)


if __name__ == "__main__":
    generate_package()
    generate_resources()
    generate_webhook_events()
    print(f"generated {GENERATED.relative_to(ROOT)} and {RESOURCES.relative_to(ROOT)}")
