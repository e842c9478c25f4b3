"""Build linked entities from invented texts: the one helper the entity test files share.

A span is (document, surface, label, type) or (document, surface, label, type, nth). Without nth,
the k-th span of one surface in one document is that surface's k-th occurrence in the text; nth
(0-based) names the occurrence outright.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from counterpoint.entities import link_entities
from counterpoint.models import Document, Entity, Mention


def docs_for(texts: dict[str, str], languages: dict[str, str] | None = None) -> list[Document]:
    languages = languages or {}
    return [Document(id=d, path=d, status="ok", text=t, language=languages.get(d, "en")) for d, t in texts.items()]


def mentions_in(texts: dict[str, str], spans: Iterable[Sequence]) -> list[Mention]:
    seen: dict[tuple[str, str], int] = {}
    out = []
    for d, s, label, etype, *nth in spans:
        n = seen[(d, s)] = seen.get((d, s), -1) + 1
        i = -1
        for _ in range((nth[0] if nth else n) + 1):
            i = texts[d].index(s, i + 1)
        out.append(Mention(document=d, start=i, end=i + len(s), text=s, label=label, type=etype))
    return out


def link_texts(texts: dict[str, str], spans: Iterable[Sequence],
               languages: dict[str, str] | None = None) -> tuple[list[Entity], dict[str, Entity]]:
    """The entities and each alias to its entity."""
    ents, _ = link_entities(docs_for(texts, languages), mentions_in(texts, spans), [])
    return ents, {a: e for e in ents for a in e.aliases}


def link_with_claims(texts: dict[str, str], spans: Iterable[Sequence],
                     claims: Sequence = ()) -> tuple[list[Entity], dict[str, Entity], list]:
    """As link_texts, plus the claims as linking left them (speakers resolved to entities)."""
    ents, out_claims = link_entities(docs_for(texts), mentions_in(texts, spans), list(claims))
    return ents, {a: e for e in ents for a in e.aliases}, out_claims
