"""The accounts file of `hotmart sync --accounts`: one entry per Hotmart account.

    # accounts.toml
    [[account]]
    name = "ana"                 # lower-case letters, digits, _: the dataset is hotmart_ana
    env_file = "ana.env"         # HOTMART_CLIENT_ID, HOTMART_CLIENT_SECRET, HOTMART_BASIC, HOTMART_SANDBOX

    [[account]]
    name = "bruno"
    client_id = "..."            # or the credentials in the entry itself
    client_secret = "..."
    basic = "..."                # optional: derived from the id and the secret
    sandbox = true               # optional: Hotmart's sandbox
    dataset = "bruno_sales"      # optional: the dataset of its own (default hotmart_<name>)

An `env_file` is read relative to the accounts file. Everything wrong with the file is an
`AccountsFileError` that names the entry and the key, never a value: a message about a
misspelt `client_sceret` must not print the secret.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import tomllib
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import HotmartError
from ._pipeline import SyncError, account_key

NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
DATASET = re.compile(r"[a-z_][a-z0-9_]{0,62}")
DATASET_PREFIX = "hotmart_"
CREDENTIALS = ("client_id", "client_secret", "basic")
KEYS = ("name", "env_file", *CREDENTIALS, "sandbox", "dataset")
ENV_KEYS = {"client_id": "HOTMART_CLIENT_ID", "client_secret": "HOTMART_CLIENT_SECRET", "basic": "HOTMART_BASIC"}
TRUE, FALSE = ("1", "true", "yes", "on"), ("", "0", "false", "no", "off")


class AccountsFileError(SyncError, ValueError):
    """The accounts file cannot be used as it is; the message says where and what to do."""


class ReadableSecretsWarning(UserWarning):
    """An accounts file with credentials in it can be read by other users of the machine."""


@dataclass(frozen=True)
class Account:
    """One account of an accounts file: its name and how it signs in. Its repr shows no credential."""

    name: str
    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    basic: str | None = field(default=None, repr=False)
    sandbox: bool = False
    dataset: str | None = None  # None: hotmart_<name> (or the shared dataset)

    @property
    def key(self) -> str:
        """The account's key (`account_key`): what the warehouse knows it by."""
        return account_key(self.client_id)

    @property
    def own_dataset(self) -> str:
        """The dataset of its own, when the accounts do not share one."""
        return self.dataset or f"{DATASET_PREFIX}{self.name}"


def load_accounts(path: str | os.PathLike[str]) -> list[Account]:
    """The accounts of the file at `path` (TOML, see the module's docstring), in the file's order.

    Raises `AccountsFileError` for a missing or unreadable file, a missing env file, a duplicate
    name, dataset or client id, an unknown key, a value of the wrong type. Warns
    (`ReadableSecretsWarning`) when the file holds credentials and other users may read it.
    """
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AccountsFileError(f"{file}: no such accounts file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise AccountsFileError(f"{file}: cannot be read ({reason})") from None
    except tomllib.TOMLDecodeError as exc:  # its message gives the line and column, not the text
        raise AccountsFileError(f"{file}: not valid TOML: {exc}") from None
    extra = sorted(set(data) - {"account"})
    if extra:
        raise AccountsFileError(f"{file}: unknown top-level key(s) {', '.join(extra)}; each account is an [[account]]")
    entries = data.get("account")
    if not isinstance(entries, list) or not entries:
        raise AccountsFileError(f"{file}: no accounts; add an [[account]] entry per account (name, credentials)")
    accounts = [_account(file, number, entry) for number, entry in enumerate(entries, 1)]
    _check_unique(file, accounts)
    if any(isinstance(entry, dict) and set(entry) & set(CREDENTIALS) for entry in entries):
        _warn_if_readable(file)
    return accounts


def _account(file: Path, number: int, entry: Any) -> Account:
    where = f"{file}: account {number}"
    if not isinstance(entry, dict):
        raise AccountsFileError(f"{where}: expected an [[account]] table")
    name = entry.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise AccountsFileError(
            f"{where}: `name` must be 1 to 40 lower-case letters, digits or _ starting with a letter "
            "(it names the account's dataset, hotmart_<name>)"
        )
    where = f"{file}: account {name!r}"
    for key in entry:
        if key not in KEYS:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean {close[0]}?" if close else f"; the keys are {', '.join(KEYS)}"
            raise AccountsFileError(f"{where}: unknown key {key!r}{hint}")
    inline = {key: entry[key] for key in CREDENTIALS if key in entry}
    for key, value in inline.items():
        if not isinstance(value, str) or not value.strip():
            raise AccountsFileError(f"{where}: `{key}` must be a non-empty string")
    sandbox = entry.get("sandbox", False)
    if not isinstance(sandbox, bool):
        raise AccountsFileError(f"{where}: `sandbox` must be true or false")
    dataset = entry.get("dataset")
    if dataset is not None and (not isinstance(dataset, str) or not DATASET.fullmatch(dataset)):
        raise AccountsFileError(f"{where}: `dataset` must be lower-case letters, digits and _ (a schema name)")
    env_file = entry.get("env_file")
    if env_file is not None:
        if inline:
            raise AccountsFileError(
                f"{where}: credentials in the entry ({', '.join(inline)}) and in env_file: give them in one place"
            )
        if not isinstance(env_file, str) or not env_file.strip():
            raise AccountsFileError(f"{where}: `env_file` must be a path (relative to {file.name}'s folder)")
        inline, sandbox = _from_env_file(where, file.parent / env_file, sandbox="sandbox" in entry and sandbox)
    missing = [key for key in ("client_id", "client_secret") if key not in inline]
    if missing:
        source = f"env file {env_file} has no {', '.join(ENV_KEYS[k] for k in missing)}" if env_file else (
            f"no {', '.join(missing)}; give the credentials in the entry or in an env_file"
        )  # fmt: skip
        raise AccountsFileError(f"{where}: {source}")
    return Account(
        name, inline["client_id"].strip(), inline["client_secret"].strip(),
        inline["basic"].strip() if "basic" in inline else None, sandbox, dataset,
    )  # fmt: skip


def _from_env_file(where: str, path: Path, *, sandbox: bool) -> tuple[dict[str, str], bool]:
    """The credentials in an env file (the `--env-file` format), and its HOTMART_SANDBOX unless
    the entry says."""
    from ..cli._session import read_env_file  # noqa: PLC0415 - the one reader of env files (no [cli] needed)

    if not path.is_file():
        raise AccountsFileError(f"{where}: env_file {path} does not exist (it is read relative to the accounts file)")
    try:
        values = read_env_file(path)
    except HotmartError as exc:  # one line naming the file and the line, never a value
        raise AccountsFileError(f"{where}: env_file {exc}") from None
    found = {key: values[name] for key, name in ENV_KEYS.items() if values.get(name, "").strip()}
    flag = values.get("HOTMART_SANDBOX")
    if flag is not None and not sandbox:
        if flag.strip().lower() not in (*TRUE, *FALSE):
            raise AccountsFileError(f"{where}: HOTMART_SANDBOX in {path} must be true or false")
        sandbox = flag.strip().lower() in TRUE
    return found, sandbox


def _check_unique(file: Path, accounts: list[Account]) -> None:
    names: set[str] = set()
    by_key: dict[str, str] = {}
    by_dataset: dict[str, str] = {}
    for account in accounts:
        if account.name in names:
            raise AccountsFileError(f"{file}: account {account.name!r} appears twice: names must be unique")
        if account.key in by_key:
            raise AccountsFileError(
                f"{file}: accounts {by_key[account.key]!r} and {account.name!r} sign in as the same account "
                f"({account.key}): one entry per account"
            )
        if account.own_dataset in by_dataset:
            raise AccountsFileError(
                f"{file}: accounts {by_dataset[account.own_dataset]!r} and {account.name!r} would both load into "
                f"dataset {account.own_dataset}"
            )
        names.add(account.name)
        by_key[account.key] = by_dataset[account.own_dataset] = account.name


def _warn_if_readable(file: Path) -> None:
    try:
        mode = file.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        warnings.warn(
            f"{file} holds credentials and other users can read it: chmod 600 {file.name}, "
            "or keep the credentials in env files readable only by you (env_file = ...)",
            ReadableSecretsWarning,
            stacklevel=3,
        )
