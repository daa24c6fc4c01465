"""Every exit code the command line can return is named in `hotmart --help` and in docs/cli.md.

The codes are found in the code itself (overlay/hotmart_client/cli/*.py and the console script,
overlay/_hotmart_cli.py, and the accounts report's `exit_code` in dlt/_many.py): every `EXIT_*` constant
(hotmart_client/_exit_codes.py),
what `typer.Exit`, `sys.exit` and `_fail` are given, and 128 plus each signal a command handles for
`128 + signum`. An exit whose code this cannot tell fails the test, so a new one is not missed.
"""

from __future__ import annotations

import ast
import re
import signal
from pathlib import Path

from typer.testing import CliRunner

import hotmart_client.cli
from hotmart_client.cli._app import EXIT_CODES, app

CLI = Path(hotmart_client.cli.__file__).parent
CONSOLE_SCRIPT = CLI.parents[1] / "_hotmart_cli.py"  # `hotmart`'s entry point: Ctrl-C before the app runs
MANY_ACCOUNTS = CLI.parent / "dlt" / "_many.py"  # `hotmart sync --accounts` exits with its report's code
EXIT_CONSTANTS = CLI.parent / "_exit_codes.py"  # every EXIT_* constant, shared by the CLI and sync_accounts
DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def _constants(trees: list[ast.Module]) -> dict[str, int]:
    found = {}
    for tree in trees:
        for node in tree.body:
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)):
                continue
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id.startswith("EXIT_") and isinstance(node.value.value, int):
                    found[target.id] = node.value.value
    return found


def _handled_signals(trees: list[ast.Module]) -> set[int]:
    """The signals of tuples like `(signal.SIGINT, signal.SIGTERM)`: those commands stop on."""
    found = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple) and node.elts and all(_is_signal(elt) for elt in node.elts):
                found |= {int(getattr(signal, elt.attr)) for elt in node.elts if isinstance(elt, ast.Attribute)}
    return found


def _is_signal(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "signal"


def _code_argument(call: ast.Call) -> ast.expr | None:
    """The exit code given to an exit call, or None when the call is not one."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
    if (owner, name) in (("typer", "Exit"), ("sys", "exit")):
        return call.args[0] if call.args else ast.Constant(0)
    if name == "_fail":  # _fail(message, code=EXIT_USAGE)
        given = [kw.value for kw in call.keywords if kw.arg == "code"] + call.args[1:]
        return given[0] if given else None  # its default is an EXIT_* constant
    return None


def _values(node: ast.expr, constants: dict[str, int], signals: set[int], where: str) -> set[int]:
    if isinstance(node, ast.Constant):
        return {node.value if isinstance(node.value, int) else 1}  # sys.exit("message") exits 1
    if isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
    ):
        return {1}  # sys.exit(f"..."), sys.exit("...".format(...)): a message, exit 1
    if isinstance(node, ast.Name) and node.id in constants:
        return {constants[node.id]}
    if isinstance(node, ast.Name) and node.id == "code":  # from describe_error, or _fail's parameter
        return set()  # both name EXIT_* constants, counted below
    if isinstance(node, ast.IfExp):
        return _values(node.body, constants, signals, where) | _values(node.orelse, constants, signals, where)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and ast.literal_eval(node.left) == 128:
        return {128 + number for number in signals}
    if isinstance(node, ast.Attribute) and node.attr == "exit_code":  # `hotmart sync --accounts`: its report's
        return _report_exit_codes()
    raise AssertionError(f"{where}: cannot tell the exit code of {ast.unparse(node)}; teach this test")


def _report_exit_codes() -> set[int]:
    """What `AccountsReport.exit_code` (hotmart_client/dlt/_many.py) returns."""
    tree = ast.parse(MANY_ACCOUNTS.read_text(encoding="utf-8"))
    constants = _constants([ast.parse(EXIT_CONSTANTS.read_text(encoding="utf-8"))])
    prop = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "exit_code")
    returns = [n.value for n in ast.walk(prop) if isinstance(n, ast.Return) and n.value is not None]
    return set().union(*(_values(value, constants, set(), "_many.py exit_code") for value in returns))


def exit_codes_in_the_code() -> set[int]:
    paths = [*sorted(CLI.glob("*.py")), CONSOLE_SCRIPT, EXIT_CONSTANTS]
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    constants = _constants(trees)
    signals = _handled_signals(trees)
    codes = {0} | set(constants.values())
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (argument := _code_argument(node)) is not None:
                codes |= _values(argument, constants, signals, f"{path.name}:{node.lineno}")
    return codes


def test_the_code_returns_what_the_help_lists() -> None:
    codes = exit_codes_in_the_code()
    assert {1, 2, 75, 130, 143} <= codes  # the derivation sees constants, sync's lock and signals
    assert codes == {code for code, _ in EXIT_CODES}  # each one listed, none listed that is not used


def test_hotmart_help_names_every_exit_code() -> None:
    result = CliRunner().invoke(app, ["--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    for code, meaning in EXIT_CODES:
        assert f"{code} {meaning}" in text


def test_the_command_line_page_names_every_exit_code() -> None:
    paragraph = next(p for p in DOCS.read_text(encoding="utf-8").split("\n\n") if p.startswith("Exit codes:"))
    listed = {int(number) for number in re.findall(r"(?<![\w-])(\d+) ", " ".join(paragraph.split()))}
    assert listed == {code for code, _ in EXIT_CODES}
