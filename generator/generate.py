"""Regenerate everything derived from spec/hotmart.yaml. Run through `nox -s generate`.

1. openapi-python-client (pinned, with generator/config.yaml and the template forks in
   generator/templates) writes the `hotmart_api` package into a scratch folder, which then
   replaces generated/hotmart_api wholesale, so files of removed operations do not linger.
2. generator/resources.py writes overlay/hotmart_client/_resources.py: the typed resource
   classes of the overlay (one method per operation), derived from the same spec.
3. generator/webhooks.py writes overlay/hotmart_client/_webhook_events.py: the webhook event table
   (event name -> generated payload model, example delivery) read by hotmart_client.webhooks.
4. generator/evidence.py writes docs/evidence.md: the evidence ledger (each operation and webhook
   event with the Hotmart page it comes from and its evidence level).

Every step is deterministic: running this twice leaves no diff.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "hotmart.yaml"
GENERATED = ROOT / "generated" / "hotmart_api"
RESOURCES = ROOT / "overlay" / "hotmart_client" / "_resources.py"
WEBHOOK_EVENTS = ROOT / "overlay" / "hotmart_client" / "_webhook_events.py"
EVIDENCE = ROOT / "docs" / "evidence.md"


def generate_package() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "hotmart_api"
        subprocess.run(
            [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(SPEC),
                "--config", str(ROOT / "generator" / "config.yaml"),
                "--custom-template-path", str(ROOT / "generator" / "templates"),
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


def generate_evidence() -> None:
    import evidence  # noqa: PLC0415 - generator/evidence.py, on sys.path since generate_resources()

    EVIDENCE.write_text(evidence.render(SPEC), encoding="utf-8")


if __name__ == "__main__":
    generate_package()
    generate_resources()
    generate_webhook_events()
    generate_evidence()
    print(f"generated {GENERATED.relative_to(ROOT)} and {RESOURCES.relative_to(ROOT)}")
