"""The place a clause scopes a figure to ("103 were killed in Almaty", "in Zenda, where the toll
climbed to 2,950", "most of them in the capital")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from .cue_scan import Cue
from .tree import root_of, tokens_in

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
# ("on" for mountains, islands and streets: "killed on Mount X", "on the island of Y")
PLACE_PREPS: frozenset[str] = frozenset({"in", "at", "across", "throughout", "on"})
# Common nouns that scope a part to a place without naming it ("80 of them in the capital").
PLACE_NOUNS: frozenset[str] = frozenset({"capital", "city", "province", "region", "district", "north", "south",
                                         "east", "west", "countryside", "port", "area", "zone"})
# Steps up the parse from a number to the verb of a "where" clause that scopes it to a place.
WHERE_MAX_STEPS = 6


def place_of(sent: Span, q: Quantity) -> str | None:
    """The place the clause of a bare number scopes it to ("103 of them in Almaty")."""
    toks = tokens_in(sent, q.start, q.end)
    if not toks:
        return None
    root = root_of(toks)
    return clause_place(sent, Cue(token=root, measures=("killed",), noun=False), root)


def token_place(sent: Span, tok: Token) -> str | None:
    """The place the clause of a one-victim phrase scopes it to ("a man was killed in Tulsa")."""
    return clause_place(sent, Cue(token=tok.head, measures=("killed",), noun=False), tok)


def clause_place(sent: Span, cue: Cue, anchor: Token) -> str | None:
    """A place the clause scopes the figure to: "103 were killed in Almaty (alone)". The number's
    own phrase wins over its cue's ("12,391 died in Turkey and 2,992 in Syria": 2,992 is Syria's);
    a place noun without a name ("most of them in the capital") counts too."""
    ranked = [anchor.i, anchor.head.i, *range(cue.token.i, cue.token.i + cue.width)]
    # "In the east, 53 died and 323 were hurt": a place fronted before the first of coordinated
    # clauses scopes them all, as their shared subject would; one after its verb stays its own
    # ("12,391 died in Turkey and 2,992 in Syria").
    shared = _coordination_head(cue.token) if cue.token.dep_ == "conj" else _coordination_head(anchor.head)
    ranked.append(shared.i)

    def scopes(prep: Token, head: Token) -> bool:
        return head.i in ranked and (head.i != shared.i or head.i in ranked[:-1] or prep.i < shared.i)

    best: tuple[int, str] | None = None
    for ent in sent.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        if any(c.dep_ == "conj" and c.ent_type_ in PLACE_LABELS for c in ent.root.children):
            continue  # "across Turkey and Syria": both, so no one place scopes it
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and scopes(prep, prep.head):
            rank = ranked.index(prep.head.i)
            if best is None or rank < best[0]:
                best = (rank, ent.text)
    if best is not None:
        return best[1]
    where = where_place(anchor)
    if where is not None:
        return where
    for tok in sent:
        if tok.lemma_.lower() in PLACE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS \
                and not tok.ent_type_ and (tok.head.head.i in ranked[:2] or (
                    tok.head.head.i == shared.i and tok.head.i < shared.i and shared.i not in ranked[:-1])):
            return sent.doc[tok.left_edge.i:tok.i + 1].text
    return None


def _coordination_head(tok: Token) -> Token:
    """The first of a chain of coordinated clauses ("died" in "53 died and 323 were hurt")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def where_place(anchor: Token) -> str | None:
    """ "in Zenda, where the death toll had climbed to 2,950": a relative "where" clause on a place
    name scopes the figure in it to that place."""
    t = anchor
    for _ in range(WHERE_MAX_STEPS):
        if t.head.i == t.i:
            return None
        verb, t = t, t.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        where = any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "whose north was hit ... and where the toll climbed"
        if where and clause.dep_ == "relcl" and clause.head.ent_type_ in PLACE_LABELS:
            head = clause.head
            ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
            return ent.text if ent is not None else head.text
    return None
