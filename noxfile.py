"""Project tasks. `nox -l` lists them.

The README's test command (and .ci/run) runs: check_generated lint types spec tests docs webhook_examples
spec_reuse conformance dagster api_compat build.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import nox

ROOT = Path(__file__).parent
TOOLS = ROOT / ".tools"  # git-ignored: npm tools installed by the spec session
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
PYTHON = "3.11"
SPECTRAL = "@stoplight/spectral-cli@6.15.0"
REDOCLY_CLI = "@redocly/cli@2.77.0"
GRIFFE = "griffe==2.4.1"
DOCS_TOOLS = (
    "mkdocs==1.6.1",
    "mkdocs-material==9.8.1",
    "mkdocstrings==1.0.8",
    "mkdocstrings-python==2.0.11",
    "mkdocs-typer2[mkdocs]==0.4.1",  # docs/reference/cli.md, rendered from the `hotmart` Typer app
    "ruff==0.17.6",
)


# pytest-xdist: a worker per core. A module's tests stay on one worker: many share a server, a
# database or a table of figures across the module (pytest 9 ignores xdist_group marks).
XDIST = ("-n", "auto", "--dist", "loadfile")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite, PostgreSQL tests included (Dagster's have their own session), on every
    core: `nox -s tests -- -n 0` runs it in one process."""
    session.install("-e", ".[test,postgres]")
    session.run("pytest", *XDIST, "-m", "not dagster", *session.posargs)


@nox.session(python=PYTHON)
def postgres(session: nox.Session) -> None:
    """`hotmart sync` into a PostgreSQL server the tests start in a temporary folder (pgserver):
    tests/dlt/test_postgres.py alone (the tests session runs it too)."""
    session.install("-e", ".[test,postgres]")
    session.run("pytest", "-p", "no:cacheprovider", "-m", "postgres", "tests/dlt/test_postgres.py", *session.posargs)


@nox.session(python=PYTHON)
def dagster(session: nox.Session) -> None:
    """hotmart_client.dagster's assets materialized in-process against the mock (tests/orchestrate);
    only this session and types install the [dagster] extra (Dagster is large)."""
    session.install("-e", ".[test,dagster]")
    session.run("pytest", "-p", "no:cacheprovider", "-m", "dagster", "tests/orchestrate", *session.posargs)


@nox.session(python=PYTHON)
def sync_kill_test(session: nox.Session) -> None:
    """Kill `hotmart sync` with SIGKILL at random moments and count rows lost, duplicated and
    corrupted warehouses: `nox -s sync_kill_test -- 40` (kills, default 40; a second number: the seed).
    The test suite runs a short form of the same test."""
    session.install("-e", ".[test]")
    kills = session.posargs[0] if session.posargs else "40"
    seed = session.posargs[1] if len(session.posargs) > 1 else "18"
    env = {"HOTMART_SYNC_KILLS": kills, "HOTMART_SYNC_KILL_SEED": seed}
    session.run("pytest", "-p", "no:cacheprovider", "-s", "-q", "tests/dlt/test_kill.py", env=env)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff lint and format check (generated/ is excluded: see pyproject)."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """mypy --strict on the overlay (hotmart_client.dagster with its extra), and on the generated
    package on its own."""
    session.install("-e", ".[dev,dagster]")
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
    """Regenerate generated/hotmart_api and the overlay's generated modules (resources/...) from the spec."""
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
        "docs/evidence.md",
    ]
    session.run(git or "git", "diff", "--exit-code", "--stat", "--", *paths, external=True)
    untracked = session.run(
        git or "git", "ls-files", "--others", "--exclude-standard", "--", *paths, external=True, silent=True
    )
    if untracked and untracked.strip():
        session.error(f"untracked generated files (run nox -s generate and commit):\n{untracked}")


@nox.session(python=PYTHON)
def api_compat(session: nox.Session) -> None:
    """Fail on a breaking change of the public API since the last release that CHANGELOG.md does not
    record (griffe; tools/api_compat.py says how the release and the records are found)."""
    session.install(GRIFFE, "pyyaml>=6")
    session.run("python", "tools/api_compat.py")


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them (twine), install the wheel with the [cli] extra in a
    fresh virtual environment, and run the README's first command from it."""
    session.install("build==1.6.1", "twine==7.0.0")
    dist = ROOT / "build" / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist))
    session.run("twine", "check", "--strict", *map(str, sorted(dist.iterdir())))
    (wheel,) = dist.glob("*.whl")
    venv = ROOT / "build" / "wheel-venv"
    shutil.rmtree(venv, ignore_errors=True)
    session.run("python", "-m", "venv", str(venv))
    python = venv / "bin" / "python"
    session.run(str(python), "-m", "pip", "install", "--quiet", f"{wheel}[cli]", external=True)
    # From a directory outside the checkout, so nothing can come from the source tree.
    with tempfile.TemporaryDirectory() as elsewhere, session.chdir(elsewhere):
        output = session.run(
            str(venv / "bin" / "hotmart"), "--mock", "sales", "history", "--limit", "20", "--format", "jsonl",
            external=True, silent=True,
        )  # fmt: skip
    lines = [line for line in (output or "").splitlines() if line.startswith("{")]
    if len(lines) != 20:
        session.error(f"the installed wheel printed {len(lines)} sales instead of 20:\n{output}")
    session.log("the wheel's `hotmart --mock sales history --limit 20` printed 20 sales")


@nox.session(python=PYTHON)
def export_kill_tests(session: nox.Session) -> None:
    """The long form of the export kill tests (tests/cli/test_export_kill.py): CSV, JSON Lines and
    JSON exports, sequential and --concurrency, killed (SIGKILL, SIGTERM) at random moments and
    continued with --append, HOTMART_EXPORT_KILL_RUNS times each (default 10); prints the counts."""
    session.install("-e", ".[test]")
    runs = {"HOTMART_EXPORT_KILL_RUNS": os.environ.get("HOTMART_EXPORT_KILL_RUNS", "10")}
    session.run(
        "pytest", "tests/cli/test_export_kill.py", "-k", "many_kills", "-s", "-p", "no:cacheprovider", *session.posargs,
        env=runs,
    )  # fmt: skip


@nox.session(python=PYTHON)
def live(session: nox.Session) -> None:
    """`hotmart verify` against the account whose credentials are in the environment
    (HOTMART_CLIENT_ID, HOTMART_CLIENT_SECRET, optionally HOTMART_BASIC; HOTMART_SANDBOX=1 for
    sandbox credentials); skipped without them. Options after `--` go to verify
    (`nox -s live -- -p subdomain=myschool`). The report goes to build/verify/ (docs/verify.md)."""
    missing = [name for name in ("HOTMART_CLIENT_ID", "HOTMART_CLIENT_SECRET") if not os.environ.get(name)]
    if missing:
        session.skip(f"no Hotmart credentials in the environment ({', '.join(missing)} unset)")
    session.install("-e", ".[cli]")
    sandbox = ["--sandbox"] if os.environ.get("HOTMART_SANDBOX", "").lower() in ("1", "true", "yes") else []
    session.run("hotmart", *sandbox, "verify", "--output", str(ROOT / "build" / "verify"), *session.posargs)


@nox.session(python=PYTHON)
def inbox_kill_test(session: nox.Session) -> None:
    """The webhook inbox's long kill test (issue 21; not part of the test run, the suite has a short
    form): 1,000 deliveries of every event type, 10% redeliveries and some forged, to a `hotmart
    webhooks serve` SIGKILLed 12 times and restarted; then every acknowledged id must be in
    webhook_events exactly once. Prints the report (handler runs included). Options after `--`."""
    session.install("-e", ".[test]")
    args = session.posargs or ["--deliveries", "1000", "--kills", "12"]
    session.run("python", "-m", "tests.inbox.killtest", *args, env={"RUNTIME__DLTHUB_TELEMETRY": "false"})


@nox.session(python=PYTHON)
def webhook_examples(session: nox.Session) -> None:
    """Run the example webhook receivers in docs/examples and type-check them (mypy --strict); only this
    session installs FastAPI and Flask."""
    session.install("-e", ".[test]", "fastapi==0.163.2", "flask==3.1.3")
    session.run("pytest", "docs/examples", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the documentation site into site/ (mkdocs --strict: warnings fail); the HTTP reference is Redoc,
    the command line's is rendered from its Typer app (mkdocs-typer2), then checked to name every option."""
    session.install("-e", ".[cli]", *DOCS_TOOLS)
    redocly = TOOLS / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        session.run("npm", "install", "--silent", "--prefix", str(TOOLS), REDOCLY_CLI, external=True)
    session.run(
        str(redocly), "build-docs", "spec/hotmart.yaml", "--inlineBundle", "--output", "docs/reference/http-api.html",
        "--title", "Hotmart HTTP API", external=True,
    )  # fmt: skip
    session.run("mkdocs", "build", "--strict", *session.posargs)
    session.run("python", "tools/check_cli_reference.py", "site/reference/cli/index.html")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx and hotmart-python (not part of the test run): docs/benchmarks.md."""
    # [cli]: the inbox scenario runs `hotmart webhooks serve` (Starlette, uvicorn, typer).
    # [postgres]: the warehouses scenario starts a PostgreSQL server (pgserver).
    session.install("-e", ".[dlt,cli,postgres]", "hotmart-python==1.1.0", "uvicorn[standard]==0.54.0")
    session.run("python", "-m", "bench", *session.posargs)


# -- conformance: the project checked by tools nobody here wrote (tests/conformance, ts/) ------------
PRISM = "@stoplight/prism-cli@5.14.2"  # the newest Prism that runs on Node 20
OPENAPI_TYPESCRIPT = "openapi-typescript@7.13.0"
TYPESCRIPT = "typescript@5.9.3"  # openapi-typescript 7 wants TypeScript 5
OPENAPI_FETCH = "openapi-fetch@0.17.0"  # the typed fetch client for openapi-typescript 7's types
NODE_TYPES = "@types/node@20.19.43"  # node:test and node:assert in ts/e2e


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
    session.run("pytest", *XDIST, "tests/conformance", "-p", "no:cacheprovider", *session.posargs, env=env)


@nox.session(python=PYTHON)
def spec_reuse(session: nox.Session) -> None:
    """spec/hotmart.yaml, unchanged, from other tools: TypeScript types (openapi-typescript) that
    ts/usage.ts compiles against with tsc --strict; a TypeScript program (ts/e2e, openapi-fetch) run
    with node --test against the mock server; and a Redocly HTML reference built (and the spec
    linted) without a warning."""
    tools = _npm_tools(session, OPENAPI_TYPESCRIPT, TYPESCRIPT, REDOCLY_CLI, OPENAPI_FETCH, NODE_TYPES)
    session.run(str(tools / "openapi-typescript"), "spec/hotmart.yaml", "-o", "build/ts/hotmart.d.ts", external=True)
    session.run(str(tools / "tsc"), "-p", "ts/tsconfig.json", external=True)
    session.run(str(tools / "tsc"), "-p", "ts/e2e/tsconfig.json", external=True)
    # Node resolves `import "openapi-fetch"` from the compiled file's folders upwards only.
    modules = ROOT / "build" / "ts" / "node_modules"
    if not modules.is_symlink():
        modules.symlink_to(Path("..", "..", TOOLS.name, "node_modules"), target_is_directory=True)
    session.install("-e", ".[mock]")
    with _mock_server(session) as url:
        session.run(
            "node", "--test", "--test-reporter=spec", "build/ts/e2e/hotmart.test.mjs",
            env={"HOTMART_MOCK_URL": url}, external=True,
        )  # fmt: skip
    html = "build/conformance/api-reference.html"
    _without_warnings(session, str(tools / "redocly"), "build-docs", "spec/hotmart.yaml", "--inlineBundle", "-o", html)
    # build-docs does not check $refs; lint does. WebhookEventName is used by the generator only.
    _without_warnings(
        session, str(tools / "redocly"), "lint", "spec/hotmart.yaml", "--extends=recommended",
        "--skip-rule=no-unused-components",
    )  # fmt: skip


@contextlib.contextmanager
def _mock_server(session: nox.Session) -> Iterator[str]:
    """Run ts/mock_server.py in the session's virtualenv on a free port; yield its URL, then stop it."""
    python = shutil.which("python", path=session.bin) or "python"
    server = subprocess.Popen([python, "ts/mock_server.py"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdin is not None and server.stdout is not None
    try:
        url = server.stdout.readline().strip()  # empty when the server died before serving
        if not url.startswith("http://"):
            session.error("the mock server did not start (its error is above)")
        session.log(f"mock server on {url}")
        yield url
    finally:
        server.stdin.close()  # the launcher stops serving when its input closes
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


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
