"""Which attribution of a sentence a figure is credited to, and the chain that follows.

`counterpoint.text.attribution` finds every cue of a sentence with its source; this module picks,
for one figure (a token), the cue that governs it most closely, with any outer cue that reports
it as a relay ("X reported that the ministry said N" -> the ministry, then X).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Source
from . import attribution_cues as C

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .attribution import Attribution


def chain_for(found: list[Attribution], doc: Doc, target: Token | None = None) -> tuple[Source, ...]:
    """`governing_chain`, without any name that is no speaker (`speaker_names.clean_chain`)."""
    from .speaker_names import clean_chain

    return clean_chain(governing_chain(found, doc, target))


def governing_chain(found: list[Attribution], doc: Doc, target: Token | None = None) -> tuple[Source, ...]:
    """The chain for what `target` (a token) states, or the sentence when None: the attribution
    whose cue governs it most closely ("group Y, which has recorded N" -> Y for N), with any
    outer attribution that reports it as a relay ("X reported that the ministry said" ->
    ministry, then X). A figure in a contrast clause about another country than the one its
    origin's name gives ("Turkey's agency said 44,218 died in Turkey, while in Syria the toll
    stood at 5,914") is not that origin's: a national body speaks for its own country."""
    chain = _governing_chain(found, doc, target)
    if chain and target is not None and _another_country(doc, target, chain[0].name):
        return ()
    return chain


def _another_country(doc: Doc, target: Token, origin: str) -> bool:
    """Whether `target` sits in a contrast clause ("while", "whereas") that names a country, none
    of them the country the origin's name gives (by name or adjective)."""
    from .countries import country_stem

    t, clause = target, None
    for _ in range(C.MAX_GOVERNING_DEPTH):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in C.CONTRAST_MARKS for c in t.children):
            clause = t
            break
        if t.head.i == t.i:
            break
        t = t.head
    if clause is None:
        return False
    own = {stem for w in origin.replace("'", " ").replace("’", " ").split() if (stem := country_stem(w))}
    lo, hi = clause.left_edge.i, clause.right_edge.i
    named = {stem for e in doc.ents if e.label_ == "GPE" and lo <= e.start and e.end - 1 <= hi
             and (stem := country_stem(e.text))}
    return bool(own) and bool(named) and not (own & named)


def _governing_chain(found: list[Attribution], doc: Doc, target: Token | None = None) -> tuple[Source, ...]:
    tag = next((a for a in found if _closing_tag(doc, a)), None) if len(found) > 1 else None
    if tag is not None:
        # "Ruritania said that courts held 300, AFP reports.": the closing tag relays the whole
        # sentence, whatever the parse hung it on
        chain = _governing_chain([a for a in found if a is not tag], doc, target)
        if not chain:
            return tag.chain
        names = {s.name for s in chain}
        return chain + tuple(Source(name=s.name, role="relay", entity=s.entity, start=s.start, end=s.end)
                             for s in tag.chain if s.name not in names)
    by_index = {a.cue_index: a for a in found if a.cue_index >= 0}
    inner: Attribution | None = None
    governing: set[int] = set()
    if target is not None:
        inner = _describing_cue(target, by_index)
        t = target
        for _ in range(C.MAX_GOVERNING_DEPTH):
            governing.add(t.i)
            if t.i in by_index and inner is None and t.lower_ != "according":
                # (a figure below "according" itself is a misparse of "..., as well as N, according
                # to Y": what "according to" reports is its head's clause, never its dependents)
                inner = by_index[t.i]
            if t.head.i == t.i:
                break
            if inner is None and t.dep_ == "advcl" and t.head.i in by_index and any(
                    c.dep_ == "mark" and c.lower_ in C.CONTRAST_MARKS for c in t.children):
                # "X said on Friday, while the toll in Syria was 5,914": a contrast set against the
                # speech itself is not X's figure. One set against what X said, inside the reported
                # clause ("X said 40 homes burned, while 300 people were displaced"), is X's too.
                return ()
            t = t.head
    # a statement noun off to the side ("raised the toll to 2,975 in the wake of an estimate
    # from researchers") is not where the figure comes from, nor a speaker in a clause set
    # against the figure's ("Although the army said no one died, 40 were killed")
    found = [a for a in found if not _side_noun(doc, a, governing, target is None)
             and not (target is not None and _set_against(doc, a, target))]
    if not found:
        return ()
    if inner is None and target is not None:
        inner = _nearest_after(doc, found, target)
    outer = found[0]
    if inner is None or inner is outer:
        inner = next((a for a in found[1:] if _nested_in(doc, a, outer)), None)
    disputed = _disputes(doc, outer) and (target is None or outer.cue_index in governing)
    if inner is None or inner is outer:
        return () if disputed else outer.chain
    if not _nested_in(doc, inner, outer):
        return inner.chain
    if disputed:
        return inner.chain  # "the police denied a report by X that N died": X's, never the police's
    if _stands_for_outer(inner):
        return outer.chain
    names = {s.name for s in inner.chain}
    relays = tuple(Source(name=s.name, role="relay", entity=s.entity, start=s.start, end=s.end)
                   for s in outer.chain if s.name not in names)
    return inner.chain + relays


def _set_against(doc: Doc, a: Attribution, target: Token) -> bool:
    """Whether the cue speaks inside an adverbial clause marked as set against the main clause
    ("although", "while": CONCESSIVE_MARKS) that does not hold the figure."""
    if a.cue_index < 0:
        return False
    t = doc[a.cue_index]
    for _ in range(C.MAX_GOVERNING_DEPTH):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in C.CONCESSIVE_MARKS for c in t.children):
            return not (t.left_edge.i <= target.i <= t.right_edge.i)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _describing_cue(target: Token, by_index: dict[int, Attribution]) -> Attribution | None:
    """A cue that describes the counted phrase itself, a participle on the figure or on the noun
    it counts ("far fewer than the 212 recorded by the union", "the 300 deaths reported by the
    monitor"): the figure is that cue's source's, not the sentence speaker's."""
    nouns = [target] + ([target.head] if target.dep_ in ("nummod", "quantmod") else [])
    for noun in nouns:
        for child in noun.children:
            a = by_index.get(child.i)
            if a is not None and child.dep_ in C.FIGURE_PARTICIPLE_DEPS and child.tag_ == "VBN" and child.i > noun.i:
                return a
    return None


def _closing_tag(doc: Doc, a: Attribution) -> bool:
    """ "..., AFP reports.", "..., the agency reported on Wednesday.": a speech cue after a comma
    at the end of the sentence, its subject before it, reporting nothing in a clause of its own.
    The parse often hangs it inside the sentence's own speech ("X said that ..., AFP reports"
    read as X saying what AFP reports); it is the outer relay of everything before it."""
    if a.cue_index < 0 or a.written is None or not a.chain:
        return False
    cue = doc[a.cue_index]
    if cue.dep_ == "ROOT" or cue.pos_ not in ("VERB", "AUX") or cue.lemma_.lower() not in C.TAG_VERBS:
        return False
    subs = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subs or any(c.i > cue.i and c.dep_ not in C.TAG_TRAILING_DEPS for c in cue.children):
        return False
    first = subs[0].left_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return False
    end = cue.right_edge.i + 1
    sent_end = cue.sent.end
    return all(doc[k].is_punct or doc[k].is_space for k in range(end, sent_end))


def _disputes(doc: Doc, a: Attribution) -> bool:
    """Whether the cue denies or disputes what it reports ("denied a report that ...")."""
    return a.cue_index >= 0 and doc[a.cue_index].lemma_.lower() in C.DISPUTE_VERBS


def _nearest_after(doc: Doc, found: list[Attribution], target: Token) -> Attribution | None:
    """Several sources side by side, none governing the figure ("N in the north, according to X,
    and M in the south, according to Y"): the first cue written after the figure."""
    tops = [a for a in found if a.cue_index >= 0 and not any(_nested_in(doc, a, b) for b in found if b is not a)]
    if len(tops) < 2:
        return None
    after = [a for a in tops if a.cue_index > target.i]
    return min(after, key=lambda a: a.cue_index) if after else None


def _stands_for_outer(inner: Attribution) -> bool:
    """An inner cue inside someone's statement that is that someone's own: "I"/"we" in their
    quote ("“I counted 86,” the chairman said"), records they read ("the analysis showed that the
    data indicated N"), reports of no named origin ("it said: according to initial reports, ...")."""
    if inner.record:
        return True
    if inner.written is not None and inner.written.name.lower() in C.FIRST_PERSON:
        return True
    return len(inner.chain) == 1 and inner.chain[0].role == "relay"


def _side_noun(doc: Doc, a: Attribution, governing: set[int], whole_sentence: bool) -> bool:
    """A statement-noun cue ("estimate", "report") that neither governs the figure nor is the
    sentence's subject."""
    if a.cue_index < 0:
        return False
    cue = doc[a.cue_index]
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in C.STATEMENT_NOUNS:
        return False
    if cue.i in governing:
        return False
    return whole_sentence is False or cue.dep_ not in ("nsubj", "nsubjpass", "ROOT")


def _nested_in(doc: Doc, inner: Attribution, outer: Attribution) -> bool:
    """Whether the inner cue reports inside what the outer cue reports (its complement or its
    "according to"), not beside it in a coordinated clause."""
    if inner.cue_index < 0 or outer.cue_index < 0 or inner.chain == outer.chain:
        return False
    t = doc[inner.cue_index]
    for _ in range(C.MAX_GOVERNING_DEPTH):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("conj", "relcl", "advcl") or (t.dep_ == "acl" and t.tag_ == "VBN" and t.i == inner.cue_index):
            return False  # (a participle on a counted phrase, "the 212 recorded by X", reports beside)
        t = t.head
        if t.i == outer.cue_index:
            return True
    return False
