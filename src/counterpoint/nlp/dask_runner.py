"""Running the per-document stage as tasks on an existing Dask cluster.

Workers need Counterpoint and the model installed; they load the pipeline once per process
(`nlp.load_pipeline` caches it). Results come back in submission order so the store is the
same wherever a document was processed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..errors import ConfigError
from ..models import DocResult, Document
from .annotate import annotate_batch

# Batches in flight at once: bounds memory on the client while keeping workers busy.
MAX_IN_FLIGHT = 8


def annotate_on_cluster(batches: Iterable[list[Document]], address: str) -> Iterator[list[DocResult]]:
    from distributed import Client

    try:
        client = Client(address, timeout="20s")
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        pending = []
        for batch in batches:
            pending.append(client.submit(annotate_batch, batch, pure=False))
            if len(pending) >= MAX_IN_FLIGHT:
                yield pending.pop(0).result()
        for fut in pending:
            yield fut.result()
    finally:
        client.close()
