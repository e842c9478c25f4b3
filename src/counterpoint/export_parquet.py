"""Parquet export: the dossier's claims, groups and documents as three tables, for analysts who
take the data to DuckDB, pandas or Spark.

`export --format parquet --out DIR` writes DIR/claims.parquet, DIR/groups.parquet and
DIR/documents.parquet. Columns are the contract's field names (dossier.json); nested fields
(a claim's sources and evidence, a group's best value) stay nested as Parquet structs and lists,
so nothing is lost in a flattening. The three claim kinds share one table: a column one kind does
not have is null in its rows (`kind` tells them apart). Each file is written beside its target and
renamed over it, so a reader never sees half a table.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from .dossier import dossier_json
from .errors import ConfigError
from .models import Dossier

# The tables written, each from one list of dossier.json.
TABLES = ("claims", "groups", "documents")


def _table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    columns: dict[str, None] = {}
    for r in rows:  # the union of fields, in first-seen order (claim kinds differ)
        columns.update(dict.fromkeys(r))
    return pa.table({c: pa.array([r.get(c) for r in rows]) for c in columns})


def write_parquet(d: Dossier, out_dir: str | Path) -> dict[str, Path]:
    """Write the tables into `out_dir` (created if missing); returns {table: path}."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:  # only this export needs it: say what is missing, not a traceback
        raise ConfigError("the parquet export needs pyarrow (pip install pyarrow)") from exc

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"the parquet export writes a directory of tables; {out} is a file")
    out.mkdir(parents=True, exist_ok=True)
    data = dossier_json(d)
    written: dict[str, Path] = {}
    for name in TABLES:
        target = out / f"{name}.parquet"
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=out)
        os.close(fd)
        try:
            pq.write_table(_table(data[name]), tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written[name] = target
    return written
