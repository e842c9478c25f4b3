"""Who's who and where: NER repair, transliteration keys, gazetteer and cross-document linking.

`link_entities` is the stage's entry point; `ner_repair` registers a spaCy component.
"""

from __future__ import annotations

from .linking import Linking, link, link_entities

__all__ = ["Linking", "link", "link_entities"]
