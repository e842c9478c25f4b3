"""The registry of extractors: spaCy components added, in this order, after the model's own.

Each entry names a module whose import registers a factory with `@Language.factory`. A
component reads context from `doc._.cp_doc_id / cp_published / cp_offset` and appends its
records (offsets shifted by `cp_offset`, `document` set to `cp_doc_id`, `id` left "") to
`doc._.cp_mentions` or `doc._.cp_claims`; `counterpoint.nlp.annotate` numbers claims afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractorSpec:
    name: str  # pipe name in the pipeline
    factory: str  # registered, versioned factory name (spaCy forbids dots: counterpoint_<job>_v1)
    module: str  # importing it registers the factory
    config: tuple[tuple[str, Any], ...] = field(default=())


EXTRACTORS: tuple[ExtractorSpec, ...] = (
    ExtractorSpec(name="cp_ner_repair", factory="counterpoint_ner_repair_v1", module="counterpoint.entities.ner_repair"),
    ExtractorSpec(name="cp_mentions", factory="counterpoint_mentions_v1", module="counterpoint.nlp.mentions"),
    ExtractorSpec(name="cp_figures", factory="counterpoint_figures_v1", module="counterpoint.figures.component"),
    ExtractorSpec(name="cp_events", factory="counterpoint_events_v1", module="counterpoint.events.component"),
    ExtractorSpec(name="cp_cue_tagger", factory="counterpoint_cue_tagger_v1", module="counterpoint.statements.cue_model"),
    ExtractorSpec(name="cp_statements", factory="counterpoint_statements_v1", module="counterpoint.statements.component"),
)
