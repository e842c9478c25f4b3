"""A store holding the sample dossier, for the web and browser tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "report"))
import sample_dossier

from counterpoint.models import DocResult
from counterpoint.store import open_store


def write_store(path: Path):
    """A store holding the sample dossier, as `analyze` would leave it."""
    d = sample_dossier.build()
    with open_store(path) as store:
        for doc in d.documents:
            store.save_result(DocResult(document=doc, claims=tuple(c for c in d.claims if c.document == doc.id)))
        store.save_corpus(d)
    return d
