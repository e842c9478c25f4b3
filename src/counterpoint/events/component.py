"""Component `counterpoint_events_v1`: dated events for the timeline, as `EventClaim` records.

Per sentence: a cheap lemma filter (any trigger lemma of `rules.RULES`, or a phrase cue) before
any parse walking; then each rule checks the trigger's subject and arguments in the dependency
parse. Events only tried, wanted, negated or said to have failed ("tried to storm", "These
attempts were unsuccessful.") are dropped. The claim text is a headline from the type's template
(`headline_words.HEADLINES`: "Protesters storm airport in Almaty"); the sentence is the evidence.
The date is the date phrase in the sentence (nearest the trigger), else the one that governs it
in the narrative (the last date earlier in the same paragraph, or in the paragraph a
continued quotation began in), resolved by `counterpoint.text.dates` against the publication date.

Modules: this one matches rules; `participants` reads subjects, arguments, the headline and the
place from the parse; `event_dates` picks the date phrase that dates the happening.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..models import EventClaim
from ..nlp.spans import line_sentences, span_evidence
from ..text.dates import DateMention, find_dates
from . import hazards as H
from . import rules as R
from .event_dates import attached_date, attached_partial, gapped_participles, sentence_date
from .participants import arguments_of, event_place, headline, lemmas_of, subject_lemmas, subject_of


@Language.factory("counterpoint_events_v1")
def make_events_component(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent()


@cache
def _phrase_res() -> tuple[tuple[R.EventRule, re.Pattern[str]], ...]:
    return tuple((r, re.compile(p, re.IGNORECASE)) for r in R.RULES for p in r.phrases)


class EventsComponent:
    def __init__(self) -> None:
        self._cues = R.cue_lemmas()
        self._cue_hashes = np.array(sorted(hash_string(c) for c in self._cues), dtype=np.uint64)
        self._title_hashes = np.array(sorted(hash_string(c) for c in H.STORM_TITLE_WORDS), dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.cp_offset or 0
        doc_id = doc._.cp_doc_id or ""
        out = doc._.cp_claims if doc._.cp_claims is not None else []
        dates: list[DateMention] | None = None  # computed only if some sentence has a cue
        text = doc.text  # built from the tokens on every access: once here
        # the cue filter on lemma hashes, without creating Token objects (lemmas are lower-cased
        # except for proper nouns, which are never triggers)
        cue = np.isin(doc.to_array("LEMMA"), self._cue_hashes) | np.isin(doc.to_array("LOWER"), self._title_hashes)
        segments = list(line_sentences(doc))
        for k, sent in enumerate(segments):
            low = text[sent.start_char : sent.end_char].lower()
            if not cue[sent.start : sent.end].any() and not any(c in low for c in R.PHRASE_CUES):
                continue
            triggers = [doc[sent.start + int(i)] for i in np.flatnonzero(cue[sent.start : sent.end])]
            found = _match_sentence(sent, text[sent.start_char : sent.end_char], triggers)
            following = segments[k + 1] if k + 1 < len(segments) else None
            found = [f for f in found if f[0].event_type not in R.ATTEMPTABLE_TYPES
                     or not _failed(text, sent, f[1], following)]
            if not found:
                continue
            if dates is None:
                dates = find_dates(text, doc._.cp_published)
            for rule, trigger, description in found:
                if rule.event_type in R.ATTACHED_DATE_TYPES:
                    date, partial = attached_date(sent, trigger, dates), None
                    published = doc._.cp_published
                    if date is None and not published:  # an undated page: "the February 1 coup" keeps its day
                        partial = attached_partial(text, sent, trigger)
                    if (date and published and rule.event_type in R.PAST_ONLY_TYPES
                            and date[: len(published)] > published[: len(date)]):
                        date = None  # "the May 14 election" in a February article: not yet held
                else:
                    date, partial = sentence_date(text, sent, trigger, dates)
                out.append(
                    EventClaim(
                        id="",
                        document=doc_id,
                        event_type=rule.event_type,
                        date=date,
                        date_partial=None if date else partial,
                        text=description,
                        place_name=event_place(sent, trigger),
                        evidence=span_evidence(sent, doc_id, offset),
                    )
                )
        doc._.cp_claims = out
        return doc


# --- matching -------------------------------------------------------------------------------------


def _match_sentence(
    sent: Span, sent_text: str, candidates: list[Token]
) -> list[tuple[R.EventRule, Token | None, str]]:
    """(rule, trigger token, description) for each event type the sentence reports (first wins)."""
    hits: dict[str, tuple[R.EventRule, Token | None, str]] = {}
    for tok in candidates:
        lemma = tok.lemma_.lower()
        for rule in R.RULES:
            if rule.event_type in hits or lemma not in rule.triggers:
                continue
            if _fires(rule, tok):
                hits[rule.event_type] = (rule, tok, headline(rule, tok, sent))
    for rule, rx in _phrase_res():
        if rule.event_type not in hits and rx.search(sent_text):
            hits[rule.event_type] = (rule, None, headline(rule, None, sent))
    return list(hits.values())



def _fires(rule: R.EventRule, tok: Token) -> bool:
    if rule.event_type in R.START_ONCE_TYPES and _renewed(tok):
        return False  # "clashes broke out again": not the start
    if rule.verbal_only and tok.pos_ not in ("VERB", "AUX"):
        return False
    if rule.nominal_only and (tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod")):
        return False
    if tok.pos_ == "NOUN" and any(c.lower_ in R.NOT_HAPPENED_MODIFIERS for c in tok.children
                                  if c.dep_ in ("amod", "compound")
                                  and not (rule.event_type in R.ATTEMPT_HAPPENED_TYPES
                                           and c.lower_ in R.ATTEMPT_OUTCOME_MODIFIERS)):
        return False  # "the planned strike", "an alleged massacre" (a failed coup was still staged)
    if rule.event_type in R.NOT_IN_RELATIVE_TYPES and tok.dep_ == "relcl":
        return False  # "refugees who fled the fighting said...": who they are, not the day's news
    if rule.not_modifiers and any(c.lemma_.lower() in rule.not_modifiers
                                  or (_national(c) and H.NATIONAL_MODIFIER in rule.not_modifiers)
                                  for c in tok.children if c.dep_ in ("amod", "compound")):
        return False  # "a heart attack": no attack on anyone; "Israeli fire": gunfire, no blaze
    if rule.event_type == "release" and any(t.lemma_.lower() in R.RELEASE_NOT_WORDS for t in tok.subtree):
        return False  # "released from hospital": a patient, not a detainee
    if rule.active_only and ((tok.tag_ == "VBN" and not _slipped_past(tok))
                             or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)):
        return False  # "officers who were killed", "protesters killed by police": the subject is no doer
    if rule.passive_only and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False  # "ousted president X", "after ousting X": no patient told as the subject
    if rule.agents and not _agent_lemmas(tok) & rule.agents:
        return False  # a passive whose doer is not named among the rule's agents
    if rule.not_governors and _governor_lemmas(tok) & rule.not_governors:
        return False
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        return False  # "burning building", "rising prices": a state described, not an act reported
    if _not_happened(tok):
        return False
    if rule.subject_holds:
        subj = subject_of(tok)
        if subj is None or not lemmas_of(subj, deep=True) & rule.subject_holds:
            return False
    if rule.subjects:
        subj = subject_of(tok)
        if subj is None or not (subject_lemmas(subj) & rule.subjects or _side_named(subj, rule)):
            return False
    args = arguments_of(tok)
    if rule.arguments and not any(lemmas_of(a, deep=rule.deep_arguments) & rule.arguments for a in args) and not (
            rule.pronoun_arguments and any(a.pos_ == "PRON" for a in args)
            and any(t.lemma_.lower() in rule.arguments for t in tok.sent)):
        return False  # ("It was contained on May 2 after it became the largest wildfire": "it" is the fire)
    if rule.whole_only and _partial(tok):
        return False
    if rule.requires:
        near = {c.lemma_.lower() for c in tok.children}
        for a in args:
            near |= lemmas_of(a, deep=True)
        if not near & rule.requires:
            return False
    if rule.modifier_of and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() not in rule.modifier_of:
        return False  # "the emergency phase", "the emergency department": no state of emergency
    if rule.not_of and _of_what(tok) & rule.not_of:
        return False  # "the city's anniversary": not the story's happening
    if rule.governors and not (_doer_of(tok, rule.governors) if rule.governs_as_subject
                               else _governed_by(tok, rule.governors)):
        return False
    if rule.needs_count_or_person and any(c.lower_ in R.NO_WORDS for a in [*args, subject_of(tok)] if a is not None
                                          for c in a.children if c.dep_ in ("det", "neg", "advmod")):
        return False  # "no one was detained": nobody was
    if rule.needs_count_or_person and not any(_count_or_person(a) for a in [*args, subject_of(tok)] if a is not None) \
            and not any(a.lemma_.lower() in R.ROLE_NOUNS and a.pos_ == "NOUN" for a in args):
        return False  # a count, a name, or a role held ("the arrest of the party leader")
    return True


def _slipped_past(tok: Token) -> bool:
    """A main verb tagged as a participle: the sentence's root with a subject and an object and no
    auxiliary ("An army assault on the village left 30 people dead" tagged VBN): a past tense, a doer."""
    deps = {c.dep_ for c in tok.children}
    return tok.dep_ == "ROOT" and "nsubj" in deps and "dobj" in deps and not deps & {"aux", "auxpass"}


def _side_named(subj: Token, rule: R.EventRule) -> bool:
    """A vague subject whose modifier names whose it is: "military forces", "pro-government forces"
    (see `EventRule.vague_subjects`)."""
    return subj.lemma_.lower() in rule.vague_subjects and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in rule.side_modifiers for c in subj.children)


def _partial(tok: Token) -> bool:
    """A percentage below the whole on the trigger ("40 percent contained", "65% contained")."""
    for c in tok.children:
        words = list(c.subtree)
        if any(t.lower_ in R.PERCENT_WORDS for t in words):
            nums = [t for t in words if t.like_num]
            return not any(t.text in ("100", "hundred") for t in nums)
    return False


def _national(mod: Token) -> bool:
    """A nationality modifier ("Israeli", "Syrian army"): tagged so, or a capitalised adjective
    inside the sentence (the small model's NER misses many)."""
    return mod.ent_type_ == "NORP" or (mod.pos_ == "ADJ" and mod.text[:1].isupper() and mod.i != mod.sent.start)


def _agent_lemmas(tok: Token) -> set[str]:
    """The lemmas of a passive verb's "by" agent ("killed by riot police" -> {riot, police})."""
    out: set[str] = set()
    # "were killed and dozens injured by Israeli fire": the agent a coordinated participle takes is the trigger's
    # (or "killed and dozens injured by ...", the second participle hanging on its own subject)
    verbs = [tok, *gapped_participles(tok)]
    for c in (c for v in verbs for c in v.children):
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    out |= subject_lemmas(p)
                    if p.lemma_.lower() in R.ARMED_FIRE_NOUNS and any(
                            _national(m) for m in p.children if m.dep_ in ("amod", "compound")):
                        out.add("gunfire")  # "killed by Israeli fire": an army's fire, not a blaze
    return out


def _governor_lemmas(tok: Token) -> set[str]:
    """The trigger's head, and through a preposition the word above it ("set" of "set on fire")."""
    out: set[str] = set()
    # spaCy makes a new Token object at each access (`tok.head is tok` is never true): compare indices
    if tok.head.i != tok.i:
        out.add(tok.head.lemma_.lower())
        if tok.head.dep_ in ("prep", "agent") and tok.head.head.i != tok.head.i:
            out.add(tok.head.head.lemma_.lower())
    return out


def _renewed(tok: Token) -> bool:
    """The trigger is told as a renewal: an adverb of RENEWAL_ADVERBS on it ("broke out again")."""
    return any(" ".join(t.lower_ for t in c.subtree) in R.RENEWAL_ADVERBS  # "once more": one phrase
               for c in tok.children if c.dep_ in ("advmod", "npadvmod", "prt"))


def _not_happened(tok: Token) -> bool:
    """Negated, modal or only wanted ("demanded the resignation", "will storm")."""
    head, hops = tok, 0
    while True:
        for c in head.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() in R.NOT_HAPPENED_AUX):
                return True
            if c.dep_ == "advmod" and c.lower_ in R.ATTEMPT_ADVERBS:
                return True
        if head.head.i == head.i or hops >= 4:
            return False
        if head.dep_ == "conj":  # "tried to storm and seize": the coordinated verb shares its governor
            head, hops = head.head, hops + 1
            continue
        if head.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp", "acl", "relcl", "nsubjpass", "compound"):
            return False
        head, hops = head.head, hops + 1
        if head.lemma_.lower() in R.NOT_HAPPENED_GOVERNORS:
            return True


@cache
def _failure_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in R.FAILURE_PATTERNS)


def _failed(text: str, sent: Span, tok: Token | None, following: Span | None) -> bool:
    """A clause after the trigger, or the next sentence, says the attempt failed."""
    after = text[(tok.idx if tok is not None else sent.start_char) : sent.end_char]
    if any(rx.search(after) for rx in _failure_res()):
        return True
    if following is None or text[sent.end_char : following.start_char].count("\n") > 1:
        return False  # a new paragraph speaks of something else
    nxt = text[following.start_char : following.end_char]
    return _following_failure_re().search(nxt) is not None


@cache
def _following_failure_re() -> re.Pattern[str]:
    return re.compile(R.FOLLOWING_FAILURE_PATTERN, re.IGNORECASE)


def _governed_by(tok: Token, verbs: frozenset[str]) -> bool:
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs for c in tok.children):
        return True  # "the inquiry's report, released on Friday, blamed ...": the act told on the noun
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in verbs:
            return True
    return False


def _of_what(tok: Token) -> set[str]:
    """The lemmas of what a noun is of: its possessor and its of-phrase, with their modifiers
    ("the city's anniversary", "the 40th anniversary of city status" -> {city, status})."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "poss":
            out |= {t.lemma_.lower() for t in c.subtree}
        elif c.dep_ == "prep" and c.lower_ == "of":
            out |= {t.lemma_.lower() for g in c.children if g.dep_ == "pobj" for t in g.subtree}
    return out


def _doer_of(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether the trigger, or the name it opens ("Cyclone" of "Cyclone Nargis"), is the subject of
    one of `verbs` ("Cyclone Nargis hit the coast") or its passive agent ("hit by the cyclone")."""
    noun = tok
    for _ in range(3):
        if noun.dep_ != "compound" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ == "nsubj":
        return noun.head.lemma_.lower() in verbs
    return (noun.dep_ == "pobj" and noun.head.dep_ == "agent"
            and noun.head.head.lemma_.lower() in verbs)


def _count_or_person(tok: Token) -> bool:
    return any(t.like_num or t.ent_type_ in ("PERSON", "CARDINAL") or t.lemma_.lower() in R.COUNT_WORDS
               or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"))
               for t in tok.subtree)
