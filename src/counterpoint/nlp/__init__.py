"""The annotate stage: spaCy plus our registered components, run over cleaned documents.

In: `Document` records (cleaned text, publication date). Out: one `DocResult` per document —
its `Mention`s and `Claim`s with character offsets into the cleaned text — ready for the store.
"""

from .pipeline import MODEL_PACKAGE, MODEL_PIP_NAME, load_pipeline, make_doc, register_extensions

__all__ = ["MODEL_PACKAGE", "MODEL_PIP_NAME", "load_pipeline", "make_doc", "register_extensions"]
