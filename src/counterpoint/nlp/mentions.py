"""Component `counterpoint_mentions_v1`: NER entities become `Mention` records.

It runs after any NER repair component, so it records the repaired `doc.ents`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import EntityType, Mention

# spaCy label -> our entity type; labels not listed (DATE, CARDINAL, ...) are not entities.
LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


@Language.factory("counterpoint_mentions_v1")
def make_mentions_component(nlp: Language, name: str) -> MentionsComponent:
    return MentionsComponent()


class MentionsComponent:
    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.cp_offset or 0
        out = doc._.cp_mentions if doc._.cp_mentions is not None else []
        for ent in doc.ents:
            etype = LABEL_TYPES.get(ent.label_)
            if etype is None:
                continue
            out.append(
                Mention(
                    document=doc._.cp_doc_id or "",
                    start=ent.start_char + offset,
                    end=ent.end_char + offset,
                    text=ent.text,
                    label=ent.label_,
                    type=etype,
                )
            )
        doc._.cp_mentions = out
        return doc
