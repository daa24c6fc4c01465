"""Remove the rows a resumed load wrote twice.

dlt commits a load job's rows, then records the job as done. A process killed between the two
(kill -9, a lost machine) leaves the job to run again when its package is resumed, and its rows
are then loaded twice into the staging table. dlt's merge keeps one row per primary key when a
table has no child tables, and one per `_dlt_id` in child tables, but it copies a parent table
with children (`subscriptions_summary` and its `unpaid_recurrencies`...) by `_dlt_id`: both copies
land (dlt-hub/dlt#3023 narrowed the gap, not closed it).

Every row of a dlt table has its own `_dlt_id`, so two rows with the same one are copies of one
row. After a resumed load, `remove_copies` keeps one of each (the newest load's) in every table,
in one transaction per table.
"""

from __future__ import annotations

from typing import Any

from dlt.destinations.exceptions import DatabaseUndefinedRelation
from dlt.pipeline.pipeline import Pipeline

ROW_ID = "_dlt_id"
LOAD_ID = "_dlt_load_id"


def remove_copies(pipeline: Pipeline) -> dict[str, int]:
    """Keep one row per `_dlt_id` in each table of the pipeline's schema; the rows removed per
    table. Destinations without SQL access (files) are left as they are: {}."""
    if pipeline.default_schema_name is None:
        # No schema: nothing was loaded through this state (dlt drops a state, and the packages it
        # had read, when it finds no dataset for it: a sync killed before its first load).
        return {}
    schema = pipeline.default_schema
    try:
        client_context = pipeline.sql_client()
    except Exception:  # no SQL access (files): dlt appends to them anyway
        return {}
    removed: dict[str, int] = {}
    with client_context as sql:
        if not sql.has_dataset():
            return {}
        for table in schema.data_table_names(seen_data_only=True):
            columns = list(schema.get_table_columns(table))
            if ROW_ID not in columns or LOAD_ID not in columns:
                continue
            name = sql.make_qualified_table_name(table)
            try:
                rows: Any = sql.execute_sql(f"SELECT COUNT(*) - COUNT(DISTINCT {ROW_ID}) FROM {name}")
            except DatabaseUndefinedRelation:  # not created yet: no copies in it
                continue
            extra = int(rows[0][0]) if rows else 0
            if extra > 0:
                _keep_one(sql, name, [sql.escape_column_name(column) for column in columns])
                removed[table] = extra
    return removed


def _keep_one(sql: Any, table: str, columns: list[str]) -> None:
    listed = ", ".join(columns)
    copies = f"SELECT {ROW_ID} FROM {table} GROUP BY {ROW_ID} HAVING COUNT(*) > 1"
    keep = sql.make_qualified_table_name("_hotmart_kept_rows")
    with sql.begin_transaction():
        sql.execute_sql(
            f"CREATE TABLE {keep} AS SELECT {listed} FROM ("
            f"SELECT {listed}, ROW_NUMBER() OVER (PARTITION BY {ROW_ID} ORDER BY {LOAD_ID} DESC) AS _hotmart_n "
            f"FROM {table} WHERE {ROW_ID} IN ({copies})) AS numbered WHERE _hotmart_n = 1"
        )
        sql.execute_sql(f"DELETE FROM {table} WHERE {ROW_ID} IN (SELECT {ROW_ID} FROM {keep})")
        sql.execute_sql(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {keep}")
        sql.execute_sql(f"DROP TABLE {keep}")
