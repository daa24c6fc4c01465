"""Which dlt pipeline a sync runs through: its identity, where its state lives, and its lock.

dlt keeps a pipeline's state (the cursors and checkpoints that say what to read next) in a folder
named after the pipeline, under one per-user folder by default, and finds a DuckDB file by the
pipeline's name. A pipeline named `hotmart` would then be one state for every project and every
account of the machine user. Here a sync's pipeline is instead:

- named after the account (`account_key`: a short hash of the client id, never the id itself),
  the dataset (unless it is the default one) and, for DuckDB, the file (`hotmart_3f2a9c41b7d0`
  for `hotmart.duckdb`);
- kept with the project: in `.hotmart/` beside the DuckDB file (other destinations: in the current
  directory), the file being where the caller says (default: the current directory);
- stamped with its *identity* (account, destination, dataset, whether the dataset is shared), in
  the state dlt stores with the data. A sync whose identity disagrees with the stored one, or that
  would write into a dataset another account's sync fills, refuses (`IdentityMismatchError`);
- locked while it runs (`pipeline_lock`): a second sync of the same pipeline waits or refuses
  (`SyncLockedError`), never runs alongside it; and syncs writing into the same DuckDB file (or
  the same dataset of another destination) take turns for each step that opens it
  (`destination_lock`), so the syncs of several accounts read in parallel and load one at a time.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import dlt
from dlt.common.destination.client import WithStateSync
from dlt.common.destination.exceptions import DestinationUndefinedEntity
from dlt.common.schema import Schema
from dlt.destinations.exceptions import DatabaseUndefinedRelation
from dlt.pipeline.pipeline import Pipeline
from dlt.pipeline.state_sync import load_pipeline_state_from_destination
from filelock import FileLock, Timeout

from .._client import Hotmart
from .._errors import HotmartError

DEFAULT_DATASET = "hotmart_data"  # not the DuckDB file's name: DuckDB would find both ambiguous
DEFAULT_DUCKDB_FILE = "hotmart.duckdb"
STATE_FOLDER = ".hotmart"
SOURCE_NAME = "hotmart"  # the dlt source (and schema) name: state lives under sources.hotmart
IDENTITY = "identity"  # the key of the identity in the source's state


class SyncError(HotmartError):
    """A sync that cannot start as asked; the message says what to do."""


class IdentityMismatchError(SyncError, ValueError):
    """The stored state or the dataset belongs to another account, destination or dataset."""


class SyncLockedError(SyncError):
    """Another sync of the same pipeline (or into the same DuckDB file) is running."""


def account_key(account: Hotmart | str) -> str:
    """A short name for an account that reveals nothing: 12 hex digits of SHA-256 of its client id.
    `account` is a `Hotmart` client or a client id."""
    client_id = account if isinstance(account, str) else account.auth._client_id
    return hashlib.sha256(f"hotmart-client account:{client_id}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Identity:
    """What a sync's state belongs to."""

    account: str  # account_key
    destination: str  # the destination's type: duckdb, postgres, filesystem...
    location: str  # where it writes: a DuckDB file's absolute path, a database, a bucket URL
    dataset: str
    shared: bool = False  # rows carry an `account` column and several accounts share the dataset
    # Where the DuckDB file is seen from the state folder: a project folder moved whole keeps its state.
    relative: str | None = None

    def to_state(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        return f"account {self.account} into {self.destination} {self.location} dataset {self.dataset}"


def sync_pipeline(
    account: Hotmart | str,
    destination: Any = "duckdb",
    *,
    dataset: str = DEFAULT_DATASET,
    duckdb_file: str | os.PathLike[str] | None = None,
    pipeline_name: str | None = None,
    pipelines_dir: str | os.PathLike[str] | None = None,
) -> Pipeline:
    """The dlt pipeline a sync of `account` (a `Hotmart` client or a client id) runs through.

    `destination` is a dlt destination (its name or object); for `"duckdb"` the data go to
    `duckdb_file` (default `hotmart.duckdb` in the current directory). The state lives in
    `pipelines_dir` (default: `.hotmart` beside the DuckDB file, else in the current directory),
    under `pipeline_name` (default: the file's name, the dataset's unless it is the default one,
    and the account's key: `hotmart_3f2a9c41b7d0`; `hotmart_<key>` for other destinations). Nothing
    is read or written yet: `sync()` locks the pipeline and checks its identity.
    """
    name, destination, folder = _place(account, destination, dataset, duckdb_file, pipelines_dir)
    return dlt.pipeline(
        pipeline_name=pipeline_name or name, destination=destination, dataset_name=dataset, pipelines_dir=str(folder)
    )


def _place(
    account: Hotmart | str,
    destination: Any,
    dataset: str,
    duckdb_file: str | os.PathLike[str] | None,
    pipelines_dir: str | os.PathLike[str] | None,
) -> tuple[str, Any, Path]:
    """A sync pipeline's default name, its destination and its state folder (see `sync_pipeline`)."""
    key = account_key(account)
    if destination == "duckdb":
        path = Path(duckdb_file if duckdb_file is not None else DEFAULT_DUCKDB_FILE).expanduser().absolute()
        destination = dlt.destinations.duckdb(str(path))
        base = path.stem
        state_parent = path.parent
    else:
        if duckdb_file is not None:
            raise ValueError("duckdb_file is for the duckdb destination only")
        base = SOURCE_NAME
        state_parent = Path.cwd()
    folder = Path(pipelines_dir).expanduser().absolute() if pipelines_dir is not None else state_parent / STATE_FOLDER
    if dataset != DEFAULT_DATASET:  # a state is one dataset's
        base = f"{base}_{dataset}"
    return f"{base}_{key}", destination, folder


def landing_pipeline(
    account: Hotmart | str,
    destination: Any = "duckdb",
    *,
    dataset: str = DEFAULT_DATASET,
    duckdb_file: str | os.PathLike[str] | None = None,
    pipeline_name: str | None = None,
    pipelines_dir: str | os.PathLike[str] | None = None,
    suffix: str = "_webhooks",
) -> Pipeline:
    """The pipeline that lands other data of `account` (the webhook inbox's events) beside a sync
    made with the same arguments: the same destination, dataset and state folder, and a state of
    its own, named after the sync's pipeline with `suffix` (`hotmart_3f2a9c41b7d0_webhooks`)."""
    name, destination, folder = _place(account, destination, dataset, duckdb_file, pipelines_dir)
    return dlt.pipeline(
        pipeline_name=(pipeline_name or name) + suffix,
        destination=destination,
        dataset_name=dataset,
        pipelines_dir=str(folder),
    )


def identity_of(pipeline: Pipeline, account: str, *, shared: bool = False) -> Identity:
    """This run's identity: `account` (an `account_key`) writing through `pipeline`."""
    destination, location = destination_location(pipeline)
    relative = None
    if destination == "duckdb":
        relative = os.path.relpath(location, pipeline.pipelines_dir)
    return Identity(account, destination, location, pipeline.dataset_name, shared, relative)


def destination_location(pipeline: Pipeline) -> tuple[str, str]:
    """The destination's type and where it writes, without secrets: a DuckDB file's absolute
    path, a bucket URL, `host:port/database`..."""
    destination = pipeline.destination
    given = destination.config_params.get("credentials") if destination is not None else None
    if destination is not None and destination.destination_type.endswith("duckdb") and isinstance(given, str):
        return "duckdb", str(Path(given).absolute())  # as given: a client would create the file
    config: Any = pipeline.destination_client().config  # configured, not connected
    kind = str(config.destination_type)
    credentials: Any = getattr(config, "credentials", None)
    if kind == "duckdb" and isinstance(getattr(credentials, "database", None), str):
        return kind, str(Path(credentials.database).absolute())
    bucket = getattr(config, "bucket_url", None)
    if isinstance(bucket, str):
        return kind, bucket
    # A host may be a socket folder, quoted in a URL (postgresql://loader@%2Fvar%2Frun%2Fpostgresql/db).
    parts = [getattr(credentials, name, None) for name in ("host", "port", "database", "project_id")]
    where = ":".join(unquote(str(part)) for part in parts[:2] if part) + "".join(f"/{p}" for p in parts[2:] if p)
    return kind, where or kind


def stored_identity(pipeline: Pipeline, source: str = SOURCE_NAME) -> dict[str, Any] | None:
    """The identity in the state of the pipeline's `source` (None: a new state, or one an older
    version wrote)."""
    sources: Any = pipeline.state.get("sources") or {}
    found = (sources.get(source) or {}).get(IDENTITY)
    return found if isinstance(found, dict) else None


def check_identity(pipeline: Pipeline, identity: Identity, source: str = SOURCE_NAME) -> None:
    """Refuse (IdentityMismatchError) a sync whose state or dataset belongs to another account,
    destination or dataset. Restores the state from the destination first, as `pipeline.run`
    would, so that a state found there is checked too. `source`: the dlt source whose state holds
    the pipeline's identity (another than the sync's for `landing_pipeline`s)."""
    local = stored_identity(pipeline, source)
    if local is not None:
        _compare(local, identity, where=f"the state in {pipeline.working_dir}", local=True)
    if not pipeline.has_pending_data:  # a stopped sync's packages are loaded as they are
        pipeline.sync_destination()
        restored = stored_identity(pipeline, source)
        if restored is not None and restored != local:
            _compare(restored, identity, where=_where(identity), local=False)
    for name, other in _other_syncs(pipeline):
        _check_neighbour(name, other, identity)


def _compare(stored: dict[str, Any], identity: Identity, *, where: str, local: bool) -> None:
    if stored.get("account") != identity.account:
        raise IdentityMismatchError(
            f"{where} belongs to account {stored.get('account')}, not to these credentials' account "
            f"{identity.account}: give this account its own DuckDB file or dataset (--duckdb-file, --dataset), "
            "or its own --pipeline-name"
        )
    if bool(stored.get("shared")) != identity.shared:
        mode = "shared by several accounts" if stored.get("shared") else "of one account"
        raise IdentityMismatchError(
            f"{where} is for a dataset {mode}: "
            + ("add --shared-dataset" if stored.get("shared") else "drop --shared-dataset, or use a new dataset")
        )
    if not local:
        return  # a state restored from the destination belongs to it by definition
    if stored.get("dataset") != identity.dataset:
        raise IdentityMismatchError(
            f"{where} was used for dataset {stored.get('dataset')}, not {identity.dataset}: "
            "give each dataset its own --pipeline-name"
        )
    same_place = stored.get("destination") == identity.destination and (
        stored.get("location") == identity.location
        or (identity.relative is not None and stored.get("relative") == identity.relative)
    )
    if not same_place:
        raise IdentityMismatchError(
            f"{where} belongs to {stored.get('destination')} {stored.get('location')}, not {identity.destination} "
            f"{identity.location}: run where that file is, or give this copy its own --pipeline-name "
            "(or its own state folder, --pipelines-dir)"
        )


def _check_neighbour(name: str, other: dict[str, Any] | None, identity: Identity) -> None:
    """Another sync pipeline loaded into this dataset: fine if it is this account's (the same
    rows, merged on their keys), or if both keep an `account` column in a shared dataset."""
    where = _where(identity)
    if other is None:
        raise IdentityMismatchError(
            f"{where} holds the copy of pipeline {name!r}, written by an older hotmart-client that did not "
            f"record its account: if it is this account's, continue it with --pipeline-name {name}; "
            "otherwise sync into another DuckDB file or dataset (--duckdb-file, --dataset)"
        )
    if other.get("shared") and identity.shared:
        return
    if other.get("account") == identity.account and not other.get("shared") and not identity.shared:
        return
    if other.get("shared") != identity.shared:
        hint = "add --shared-dataset" if other.get("shared") else "sync into another DuckDB file or dataset"
        raise IdentityMismatchError(f"{where} already holds account {other.get('account')}'s copy: {hint}")
    raise IdentityMismatchError(
        f"{where} already holds account {other.get('account')}'s copy (pipeline {name!r}): give this account "
        "its own DuckDB file or dataset (--duckdb-file, --dataset), or put several accounts in a new dataset "
        "with --shared-dataset"
    )


def _where(identity: Identity) -> str:
    return f"dataset {identity.dataset} of {identity.destination} {identity.location}"


def _other_syncs(pipeline: Pipeline) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """The other pipelines whose state in this dataset is a sync's (a `sources.hotmart` state),
    with their identity. Read through SQL (SQL databases, and files through DuckDB); destinations
    without it are not checked."""
    try:
        client_context = pipeline.sql_client()
    except Exception:  # no SQL access to this destination: nothing to compare with
        return
    names: list[str] = []
    with client_context as sql:
        if not sql.has_dataset():
            return
        table = sql.make_qualified_table_name(Schema(SOURCE_NAME).state_table_name)
        try:
            rows = sql.execute_sql(f"SELECT DISTINCT pipeline_name FROM {table}") or []
        except (DatabaseUndefinedRelation, DestinationUndefinedEntity):
            return
        names = [str(row[0]) for row in rows if row[0] != pipeline.pipeline_name]
    if not names:
        return
    with pipeline.destination_client() as client:
        assert isinstance(client, WithStateSync)
        for name in sorted(names):
            state: Any = load_pipeline_state_from_destination(name, client)
            source = ((state or {}).get("sources") or {}).get(SOURCE_NAME)
            if source is not None:
                found = source.get(IDENTITY)
                yield name, found if isinstance(found, dict) else None


def repair(pipeline: Pipeline) -> None:
    """Make a warehouse loadable again when its stored schema lists tables that do not exist (two
    syncs of an older version at once could leave it so; every sync then failed, `--full-refresh`
    too). Forgets the schema versions stored in the dataset, so that the next load compares the
    schema with the tables there and creates the missing ones, and the pipeline's local state and
    unloaded packages: the state is restored from the dataset, where it was committed with the
    rows, and what those packages held is read again. Run it under `sync_lock`."""
    try:
        client_context = pipeline.sql_client()
    except Exception:  # no SQL access: no stored schema to forget
        client_context = None
    if client_context is not None:
        with client_context as sql:
            if sql.has_dataset():
                versions = sql.make_qualified_table_name(Schema(SOURCE_NAME).version_table_name)
                with contextlib.suppress(DatabaseUndefinedRelation, DestinationUndefinedEntity):
                    sql.execute_sql(f"DELETE FROM {versions} WHERE schema_name = '{SOURCE_NAME}'")
    pipeline.drop()


def record_identity(source_state: dict[str, Any], identity: Identity) -> None:
    """Stamp a source state (committed with the rows it goes with) with this run's identity."""
    source_state[IDENTITY] = identity.to_state()


# A load into a destination another sync is loading into waits this long for it (or `wait`, if
# longer): loads take seconds, while reading an account takes minutes.
LOAD_WAIT = 600.0


@dataclass(frozen=True)
class Locks:
    """The files a sync locks: its pipeline's, held while it runs, and its destination's, held
    around each step that opens the destination (a DuckDB file admits one writing process)."""

    pipeline: Path  # <state folder>/<pipeline>.lock
    destination: Path | None  # DuckDB: <file>.lock; others: <state folder>/<kind>-<hash>.lock, one per dataset
    what: str  # the destination, for messages


def locks_of(pipeline: Pipeline) -> Locks:
    """Where `pipeline`'s locks live. For a DuckDB file, beside it (whatever the state folder);
    for other destinations, in the state folder, one per destination and dataset: the syncs of one
    project (its workers) then take turns to load into one dataset."""
    folder = Path(pipeline.pipelines_dir)
    own = folder / f"{pipeline.pipeline_name}.lock"
    try:
        kind, location = destination_location(pipeline)
    except Exception:  # not configured yet: the sync fails on that, with dlt's message
        return Locks(own, None, "the destination")
    if kind == "duckdb":
        return Locks(own, Path(f"{location}.lock"), f"the DuckDB file {location}")
    digest = hashlib.sha256(f"{kind}|{location}|{pipeline.dataset_name}".encode()).hexdigest()[:12]
    return Locks(own, folder / f"{kind}-{digest}.lock", f"dataset {pipeline.dataset_name} of {kind} {location}")


@contextlib.contextmanager
def _hold(path: Path, wait: float, busy: str) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path)
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        waited = f" (waited {wait:g} s)" if wait else ""
        raise SyncLockedError(
            f"{busy}{waited}: let it finish, or wait for it with --wait SECONDS (lock: {path})"
        ) from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def pipeline_lock(pipeline: Pipeline, *, wait: float = 0.0) -> Iterator[None]:
    """Hold `pipeline`'s own lock: one sync of a pipeline at a time (`SyncLockedError` after
    `wait` seconds)."""
    with _hold(locks_of(pipeline).pipeline, wait, "another sync of this pipeline is running"):
        yield


@contextlib.contextmanager
def destination_lock(pipeline: Pipeline, *, wait: float = LOAD_WAIT) -> Iterator[None]:
    """Hold the lock of what `pipeline` writes into, around a step that opens it."""
    locks = locks_of(pipeline)
    if locks.destination is None:
        yield
        return
    with _hold(locks.destination, wait, f"another sync or load is writing into {locks.what}"):
        yield


@contextlib.contextmanager
def sync_lock(pipeline: Pipeline, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the pipeline's lock and its destination's while a sync or a load runs.

    `wait` seconds to wait for a running one to finish (0: refuse at once, `SyncLockedError`).
    `sync()` holds the destination's lock only around its loads, so that the syncs of several
    accounts into one DuckDB file read in parallel and take turns to load. The locks are
    `flock`s: the system frees them when their process ends, even by kill -9.
    """
    with pipeline_lock(pipeline, wait=wait), destination_lock(pipeline, wait=wait):
        yield
