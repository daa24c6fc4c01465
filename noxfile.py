"""Project tasks. `nox -l` lists them.

The README's test command (and .ci/run) runs: check_generated lint types spec tests docs webhook_examples
spec_reuse conformance.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
TOOLS = ROOT / ".tools"  # git-ignored: npm tools installed by the spec session
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
PYTHON = "3.11"
SPECTRAL = "@stoplight/spectral-cli@6.15.0"
REDOCLY_CLI = "@redocly/cli@2.77.0"
DOCS_TOOLS = (
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.1",
    "mkdocstrings==1.0.8",
    "mkdocstrings-python==2.0.11",
    "ruff==0.17.6",
)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff lint and format check (generated/ is excluded: see pyproject)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """mypy --strict on the overlay, and on the generated package on its own."""
    session.install("-e", ".[dev]")
    session.run("mypy")
    session.run("mypy", "--strict", "generated/hotmart_api")


@nox.session(python=PYTHON)
def spec(session: nox.Session) -> None:
    """Validate spec/hotmart.yaml (openapi-spec-validator) and lint it (Spectral, spec/.spectral.yaml)."""
    session.install("openapi-spec-validator>=0.7")
    session.run("openapi-spec-validator", "spec/hotmart.yaml")
    spectral = TOOLS / "node_modules" / ".bin" / "spectral"
    if not spectral.exists():
        session.run("npm", "install", "--silent", "--prefix", str(TOOLS), SPECTRAL, external=True)
    session.run(
        str(spectral), "lint", "spec/hotmart.yaml", "--ruleset", "spec/.spectral.yaml", "--fail-severity=warn",
        external=True,
    )  # fmt: skip


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/hotmart_api and the overlay's generated modules (resources/, _constants.py...) from the spec."""
    session.install("-e", ".[generate]")
    session.run("python", "generator/generate.py")


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail when generated code differs from what the spec produces (hand edits, forgotten regeneration)."""
    generate(session)
    git = shutil.which("git")
    # generated/ holds the package and the webhook JSON Schemas (generated/jsonschema).
    paths = [
        "generated",
        "overlay/hotmart_client/resources",
        "overlay/hotmart_client/_constants.py",
        "overlay/hotmart_client/_enum_values.py",
        "overlay/hotmart_client/_webhook_events.py",
    ]
    session.run(git or "git", "diff", "--exit-code", "--stat", "--", *paths, external=True)
    untracked = session.run(
        git or "git", "ls-files", "--others", "--exclude-standard", "--", *paths, external=True, silent=True
    )
    if untracked and untracked.strip():
        session.error(f"untracked generated files (run nox -s generate and commit):\n{untracked}")


@nox.session(python=PYTHON)
def webhook_examples(session: nox.Session) -> None:
    """Run the example webhook receivers in docs/examples; only this session installs FastAPI and Flask."""
    session.install("-e", ".[test]", "fastapi==0.163.2", "flask==3.1.3")
    session.run("pytest", "docs/examples", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ (mkdocs --strict: warnings fail); the HTTP reference is Redoc."""
    session.install("-e", ".", *DOCS_TOOLS)
    redocly = TOOLS / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        session.run("npm", "install", "--silent", "--prefix", str(TOOLS), REDOCLY_CLI, external=True)
    session.run(
        str(redocly), "build-docs", "spec/hotmart.yaml", "--inlineBundle", "--output", "docs/reference/http-api.html",
        "--title", "Hotmart HTTP API", external=True,
    )  # fmt: skip
    session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx and hotmart-python (not part of the test run): docs/benchmarks.md."""
    session.install("-e", ".[dlt]", "hotmart-python==1.1.0", "uvicorn[standard]==0.54.0")
    session.run("python", "-m", "bench", *session.posargs)


# -- conformance: the project checked by tools nobody here wrote (tests/conformance, ts/) ------------
PRISM = "@stoplight/prism-cli@5.14.2"  # the newest Prism that runs on Node 20
OPENAPI_TYPESCRIPT = "openapi-typescript@7.13.0"
TYPESCRIPT = "typescript@5.9.3"  # openapi-typescript 7 wants TypeScript 5


def _npm_tools(session: nox.Session, *packages: str) -> Path:
    """Install the pinned npm packages into .tools/ unless those versions are there; return .bin/."""
    missing = []
    for package in packages:
        name, version = package.rsplit("@", 1)
        manifest = TOOLS / "node_modules" / name / "package.json"
        if not manifest.exists() or json.loads(manifest.read_text(encoding="utf-8")).get("version") != version:
            missing.append(package)
    if missing:
        session.run(
            "npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(TOOLS), *missing, external=True
        )
    return TOOLS / "node_modules" / ".bin"


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    """Contract tests against Prism (mock, and proxy in front of the mock server), response fuzzing
    (Hypothesis) and the fault matrix: tests/conformance; figures in build/conformance/."""
    prism = _npm_tools(session, PRISM) / "prism"
    session.install("-e", ".[test]")
    env = {"HOTMART_CONFORMANCE": "1", "HOTMART_PRISM": str(prism)}
    session.run("pytest", "tests/conformance", "-p", "no:cacheprovider", *session.posargs, env=env)


@nox.session(python=False)
def spec_reuse(session: nox.Session) -> None:
    """spec/hotmart.yaml, unchanged, from other tools: TypeScript types (openapi-typescript) that
    ts/usage.ts compiles against with tsc --strict, and a Redocly HTML reference built (and the spec
    linted) without a warning."""
    tools = _npm_tools(session, OPENAPI_TYPESCRIPT, TYPESCRIPT, REDOCLY_CLI)
    session.run(str(tools / "openapi-typescript"), "spec/hotmart.yaml", "-o", "build/ts/hotmart.d.ts", external=True)
    session.run(str(tools / "tsc"), "-p", "ts/tsconfig.json", external=True)
    html = "build/conformance/api-reference.html"
    _without_warnings(session, str(tools / "redocly"), "build-docs", "spec/hotmart.yaml", "--inlineBundle", "-o", html)
    # build-docs does not check $refs; lint does. WebhookEventName is used by the generator only.
    _without_warnings(
        session, str(tools / "redocly"), "lint", "spec/hotmart.yaml", "--extends=recommended",
        "--skip-rule=no-unused-components",
    )  # fmt: skip


def _without_warnings(session: nox.Session, *command: str) -> None:
    """Run a Redocly command; fail on any warning or error it prints. Its boxed notices (Node.js
    version, Redoc 3) are about this machine, not the spec, and are left out."""
    quiet = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}  # no calls home
    output = session.run(*command, external=True, silent=True, env=quiet) or ""
    lines = [line for line in output.splitlines() if not line.strip().startswith(("╔", "║", "╚"))]
    session.log("\n".join(line for line in lines if line.strip()))
    problems = [line for line in lines if re.search(r"\b(warn|warning|warnings|error|errors)\b", line, re.IGNORECASE)]
    if problems:
        session.error(f"{command[1]} reported problems:\n" + "\n".join(problems))
