"""Component `counterpoint_events_v1`: dated events for the timeline, as `EventClaim` records.

Per sentence: a cheap lemma filter (any trigger lemma of `rules.RULES`, or a phrase cue) before
any parse walking; then each rule checks the trigger's subject and arguments in the dependency
parse. Events only tried, wanted, negated or said to have failed ("tried to storm", "These
attempts were unsuccessful.") are dropped. The claim text is a headline from the type's template
(`rules.HEADLINES`: "Protesters storm airport in Almaty"); the sentence is the evidence.
The date is the date phrase in the sentence (nearest the trigger), else the one that governs it
in the narrative (the last date earlier in the same paragraph, or in the paragraph a
continued quotation began in), resolved by `counterpoint.text.dates` against the publication date.
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
from ..text.dates import DateMention, find_dates, month_day
from . import rules as R

# Quotation marks: a paragraph with an odd number continues (or opens) a multi-paragraph quote.
QUOTE_CHARS = '"“”«»'
# Entity labels that name a place for `place_name`.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


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

    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.cp_offset or 0
        doc_id = doc._.cp_doc_id or ""
        out = doc._.cp_claims if doc._.cp_claims is not None else []
        dates: list[DateMention] | None = None  # computed only if some sentence has a cue
        text = doc.text  # built from the tokens on every access: once here
        # the cue filter on lemma hashes, without creating Token objects (lemmas are lower-cased
        # except for proper nouns, which are never triggers)
        cue = np.isin(doc.to_array("LEMMA"), self._cue_hashes)
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
                    date, partial = _attached_date(sent, trigger, dates), None
                    published = doc._.cp_published
                    if (date and published and rule.event_type in R.PAST_ONLY_TYPES
                            and date[: len(published)] > published[: len(date)]):
                        date = None  # "the May 14 election" in a February article: not yet held
                else:
                    date, partial = _sentence_date(text, sent, trigger, dates)
                out.append(
                    EventClaim(
                        id="",
                        document=doc_id,
                        event_type=rule.event_type,
                        date=date,
                        date_partial=None if date else partial,
                        text=description,
                        place_name=_place(sent, trigger),
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
                hits[rule.event_type] = (rule, tok, _headline(rule, tok, sent))
    for rule, rx in _phrase_res():
        if rule.event_type not in hits and rx.search(sent_text):
            hits[rule.event_type] = (rule, None, _headline(rule, None, sent))
    return list(hits.values())



def _fires(rule: R.EventRule, tok: Token) -> bool:
    if rule.verbal_only and tok.pos_ not in ("VERB", "AUX"):
        return False
    if rule.nominal_only and (tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod")):
        return False
    if rule.not_governors and _governor_lemmas(tok) & rule.not_governors:
        return False
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        return False  # "burning building", "rising prices": a state described, not an act reported
    if _not_happened(tok):
        return False
    if rule.subjects:
        subj = _subject(tok)
        if subj is None or not _subject_lemmas(subj) & rule.subjects:
            return False
    args = _arguments(tok)
    if rule.arguments and not any(_lemmas(a, deep=rule.deep_arguments) & rule.arguments for a in args):
        return False
    if rule.requires:
        near = {c.lemma_.lower() for c in tok.children}
        for a in args:
            near |= _lemmas(a, deep=True)
        if not near & rule.requires:
            return False
    if rule.governors and not _governed_by(tok, rule.governors):
        return False
    if rule.needs_count_or_person and any(c.lower_ in R.NO_WORDS for a in [*args, _subject(tok)] if a is not None
                                          for c in a.children if c.dep_ in ("det", "neg", "advmod")):
        return False  # "no one was detained": nobody was
    if rule.needs_count_or_person and not any(_count_or_person(a) for a in [*args, _subject(tok)] if a is not None):
        return False
    return True


def _governor_lemmas(tok: Token) -> set[str]:
    """The trigger's head, and through a preposition the word above it ("set" of "set on fire")."""
    out: set[str] = set()
    if tok.head is not tok:
        out.add(tok.head.lemma_.lower())
        if tok.head.dep_ in ("prep", "agent") and tok.head.head is not tok.head:
            out.add(tok.head.head.lemma_.lower())
    return out


def _not_happened(tok: Token) -> bool:
    """Negated, modal or only wanted ("demanded the resignation", "will storm")."""
    head, hops = tok, 0
    while True:
        for c in head.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_.lower() in R.NOT_HAPPENED_AUX):
                return True
            if c.dep_ == "advmod" and c.lower_ in R.ATTEMPT_ADVERBS:
                return True
        if head.head is head or hops >= 4:
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


def _subject(tok: Token) -> Token | None:
    """The trigger's subject; through xcomp/conj to the head's, and relative clauses to the noun."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ in R.SUBJECT_DEPS:
                if c.tag_ in ("WDT", "WP") and cur.dep_ == "relcl":
                    return cur.head
                return c
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head is not cur:
            cur = cur.head
            continue
        break
    return None


def _arguments(tok: Token) -> list[Token]:
    """Objects, passive subjects, prepositional objects; the noun a relative/participle hangs on."""
    args: list[Token] = []
    for c in tok.children:
        if c.dep_ in R.ARGUMENT_DEPS:
            args.append(c)
        elif c.dep_ in ("prep", "prt", "agent"):
            args.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        elif c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            args.extend(g for g in c.children if g.dep_ in ("dobj", "nsubjpass"))
    relative_subject = any(c.dep_ in R.SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in tok.children)
    if tok.dep_ in ("relcl", "acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and not relative_subject:
        args.append(tok.head)  # "the residence ... set on fire": the noun is the patient
    if tok.pos_ == "NOUN":  # a nominal trigger: its own modifiers are its arguments
        args.extend(c for c in tok.children if c.dep_ in ("compound", "amod", "poss"))
    return args


def _subject_lemmas(subj: Token) -> set[str]:
    """The subject's head (with compounds), and for "the unrest in X in Y" the nouns it hangs on."""
    out = _lemmas(subj, deep=False)
    cur = subj
    for _ in range(4):  # pobj -> prep -> noun
        if cur.dep_ not in ("pobj", "prep", "appos") or cur.head is cur:
            break
        cur = cur.head
        out |= _lemmas(cur, deep=False)
    return out


def _lemmas(tok: Token, *, deep: bool) -> set[str]:
    toks = tok.subtree if deep else [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return {t.lemma_.lower() for t in toks} | {t.text.lower() for t in toks}


def _governed_by(tok: Token, verbs: frozenset[str]) -> bool:
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in verbs:
            return True
    return False


def _count_or_person(tok: Token) -> bool:
    return any(t.like_num or t.ent_type_ in ("PERSON", "CARDINAL") or t.lemma_.lower() in R.COUNT_WORDS
               or (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "ORG", "NORP", "LOC"))
               for t in tok.subtree)


# --- description, place, date ---------------------------------------------------------------------


def _modifiers(tok: Token) -> list[Token]:
    """The token and its compound / adjective / number modifiers, recursively."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nummod", "poss", "nmod"):
            out.extend(_modifiers(c))
    return out


def _phrase(toks: list[Token]) -> str:
    """Tokens joined as written (kept in order; "mayor's office"), at most MAX_SLOT_TOKENS."""
    toks = sorted(set(toks), key=lambda t: t.i)[: R.MAX_SLOT_TOKENS]
    out = ""
    for prev, t in zip([None, *toks], toks, strict=False):
        sep = "" if prev is None else (prev.whitespace_ or "") if prev.i + 1 == t.i else " "
        out += sep + t.text
    return " ".join(out.split())


def _noun_phrase(tok: Token, skip: Token | None = None) -> str:
    """A noun with its compounds, adjectives, numbers and possessors ("mayor's office"); a vague
    site keeps its of-phrase ("buildings of local administrations"). `skip`: the trigger."""
    drop = {t.i for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in R.GENERIC_POSSESSORS
            for t in c.subtree}
    if skip is not None:
        drop.add(skip.i)
    keep = [t for t in _modifiers(tok)
            if not t.is_space and t.dep_ not in ("det", "punct") and t.i not in drop]
    keep += [c for t in keep if t.dep_ == "nummod" for c in t.children if c.dep_ in ("advmod", "quantmod")]
    keep += [c for t in keep if t.dep_ in ("poss", "nmod") for c in t.children if c.dep_ == "case"]
    text = _phrase(keep)
    first = min(keep, key=lambda t: t.i) if keep else tok
    text = text if first.pos_ == "PROPN" or first.ent_type_ else text[:1].lower() + text[1:]
    if tok.lemma_.lower() in R.VAGUE_SITES and len(keep) == 1:
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return " ".join(f"{text} of {_noun_phrase(of)}".split()[: R.MAX_SLOT_TOKENS])
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _find(toks: list[Token], lemmas: frozenset[str]) -> Token | None:
    """The first token among `toks` (each with its subtree, in order) whose lemma is in `lemmas`."""
    for a in toks:
        for t in (a, *a.subtree):
            # a possessor or compound names whose site it is ("the city's airport"): not the site
            if (t.lemma_.lower() in lemmas and t.pos_ in ("NOUN", "PROPN")
                    and (t is a or t.dep_ not in ("poss", "compound"))):
                return t
    return None


def _entity(toks: list[Token], labels: tuple[str, ...]) -> str | None:
    """The text of the first named entity with one of `labels` in the tokens' subtrees."""
    for a in toks:
        for t in a.subtree:
            if t.ent_type_ in labels and t.ent_iob_ == "B":
                ent = next((e for e in t.doc.ents if e.start == t.i), None)
                if ent is not None:
                    return re.sub(r"^the\s+", "", " ".join(ent.text.split()), flags=re.IGNORECASE)
    return None


def _sender(subj: Token | None) -> str | None:
    """The named organisation or country the subject itself is ("CSTO", "Russia"), not a modifier.

    A one-word acronym in apposition is preferred: "the Collective Security Treaty Organization
    (CSTO)" -> "CSTO".
    """
    if (subj is None or subj.pos_ != "PROPN" or not subj.text[:1].isupper()
            or subj.ent_type_ not in ("ORG", "GPE", "")):
        return None  # the small model's NER misses long organisation names: a bare proper noun will do
    for c in subj.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.text.isupper() and len(c.text) <= 6:
            return c.text
    ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
    if ent is not None:
        return re.sub(r"^the\s+", "", " ".join(ent.text.split()), flags=re.IGNORECASE)
    return _phrase([t for t in _modifiers(subj) if t.pos_ == "PROPN"])


def _headline(rule: R.EventRule, tok: Token | None, sent: Span) -> str:
    """The timeline text: the rule's (or the type's) headline template, slots read from the parse."""
    template = rule.headline or R.HEADLINES.get(rule.event_type, rule.default_text)
    slots = dict(R.SLOT_DEFAULTS)
    if tok is not None:
        subj = _subject(tok)
        args = _arguments(tok)
        both = [t for t in (subj, *args) if t is not None]
        if rule.event_type == "storming":
            slots["verb"] = R.STORM_VERBS.get(tok.lemma_.lower(), slots["verb"])
            site = _find(args, R.SITE_NOUNS)
            if site is not None:
                slots["site"] = _noun_phrase(site, tok)
            if subj is None or (site is not None and subj.i == site.i):  # passive: the actor is not said
                template = R.STORM_PASSIVE_TEMPLATE
                slots["site"] = _capital(slots["site"])
                slots["participle"] = R.STORM_PARTICIPLES.get(tok.lemma_.lower(), "stormed")
            elif _subject_lemmas(subj) & R.SECURITY_NOUNS:
                slots["actor"] = R.SECURITY_ACTOR
            elif not _subject_lemmas(subj) & R.PROTESTER_NOUNS and subj.pos_ == "NOUN" and subj.tag_ == "NNS":
                slots["actor"] = _capital(subj.text.lower())  # "Rioters", "Militants": as the text says
        elif rule.event_type in ("arrests", "removal"):
            if subj is not None and (tok.tag_ == "VBN" or tok.dep_ != "ROOT") and not any(
                c.lemma_ == "have" or c.dep_ == "dobj" for c in tok.children):
                args = [*args, subj]  # "with Karim Massimov arrested": a participle's subject is its patient
            person = _entity(_own_name(args), ("PERSON",))
            count = next((a for a in args if _counted(a)), None)
            slots["participle"] = R.ARREST_PARTICIPLES.get(tok.lemma_.lower(), slots["participle"])
            proper = next((a for a in args
                           if a.pos_ == "PROPN" and a.ent_type_ in ("", "PERSON") and _name_like(a)), None)
            if person:
                slots["patient"] = person
            elif proper is not None:  # the small model's NER misses some names
                slots["patient"] = _phrase([t for t in _modifiers(proper) if t.pos_ == "PROPN"])
            elif count is not None:
                slots["patient"] = _capital(R.LEAST_FIX.sub("at least ", _noun_phrase(count)))
            elif (role := next((a for a in args if a.pos_ == "NOUN" and a.lemma_.lower() in R.ROLE_NOUNS),
                               None)) is not None:
                slots["patient"] = _capital(_noun_phrase(role))
        elif rule.event_type == "troops_deployed":
            sender = _sender(subj)
            troop = _find(both, R.TROOP_NOUNS)
            named = troop is not None and troop.text.lower() in R.HEADLINE_TROOP_WORDS
            noun = troop.text.lower() if named else "troops"
            if sender:
                template, slots["sender"], slots["force"] = R.SENT_TEMPLATE, sender, noun
            else:
                slots["force"] = _capital(noun)
        elif rule.event_type == "price_change":
            price = _find(both, R.PRICE_NOUNS)
            if price is not None:
                mods = [c for c in price.children if c.dep_ in ("compound", "amod")]
                of = next((g for c in price.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj"), None)
                item = _phrase(mods) if mods else (_noun_phrase(of) if of is not None else "")
                slots["item"] = _capital(f"{item} prices".lower()) if item else slots["item"]
        elif rule.event_type == "disaster":
            kind = R.HAZARD_KINDS.get(tok.lemma_.lower(), "explosion")
            bare, placed = R.HAZARD_HEADLINES[kind]
            place = _place(sent, tok)
            near = [*both, *(c for c in tok.children if c.dep_ in ("compound", "amod", "prep"))]
            vessel = _find(near, R.VESSEL_NOUNS)
            vehicle = _find(near, R.VEHICLE_NOUNS)
            text = (placed if place else bare).format(
                place=place, vessel=vessel.lemma_.capitalize() if vessel is not None else R.HAZARD_DEFAULT_VESSEL,
                vehicle=vehicle.lemma_.capitalize() if vehicle is not None else R.HAZARD_DEFAULT_VEHICLE)
            return _capital(" ".join(text.split()))
        elif rule.event_type in ("appeal", "statement"):
            speaker = _entity([subj] if subj is not None else [], ("PERSON",))
            if speaker:
                slots["speaker"] = speaker
            elif subj is not None and subj.lemma_.lower() in R.TITLE_NOUNS:
                slots["speaker"] = _capital(subj.lemma_.lower())
    if "{speaker}" in template and not slots["speaker"]:
        template = R.UNNAMED_HEADLINES.get(rule.event_type, rule.default_text)
    text = _capital(template.format(**slots))
    place = _place(sent, tok)
    if rule.event_type in R.PLACED_TYPES and place and place.casefold() not in text.casefold():
        text += f" in {' '.join(place.split())}"
    return text


def _counted(a: Token) -> bool:
    """A counted group of people: the argument is a number or count word, or has one as its own
    modifier ("340 persons", "thousands", "scores"), not a number deeper in its subtree."""
    if a.pos_ == "PROPN" or a.ent_type_ == "ORDINAL" or a.tag_ == "JJ":
        return False  # "its first arrests": an ordinal, not a count
    if any(c.lower_ in R.NO_WORDS for c in a.children):
        return False  # "no one was detained"
    if a.like_num or a.lemma_.lower() in R.COUNT_WORDS | R.COUNT_NOUNS:
        return True
    return a.lemma_.lower() in R.PERSON_GROUP_NOUNS and any(
        c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or c.lemma_.lower() in R.COUNT_WORDS)
        for c in a.children)


def _own_name(args: list[Token]) -> list[Token]:
    """The arguments with their own name tokens and appositions ("opposition leader, Ivan Ruritz"),
    not names deeper in their clauses ("protesters ... of an election won by President X")."""
    out = []
    for a in args:
        out.extend(t for t in _modifiers(a) if t.ent_type_)
        out.extend(c for c in a.children if c.dep_ == "appos")
    return out


def _name_like(a: Token) -> bool:
    """A bare proper noun that can be a person's name: not a known place, not an organisation's."""
    from ..entities.gazetteer import is_known_place
    from ..entities.rules import ORG_SUFFIXES

    toks = [t for t in _modifiers(a) if t.pos_ == "PROPN"]
    return (1 <= len(toks) <= 3 and not any(t.lower_ in ORG_SUFFIXES for t in toks)
            and not is_known_place(" ".join(t.text for t in sorted(toks, key=lambda t: t.i))))


def _place(sent: Span, tok: Token | None) -> str | None:
    """Where the event of `tok` happened, of the places the sentence names.

    A place its clause governs with a locative preposition ("in", "at", "across") first, the
    nearest such; else a place in the clause not named as an origin, a member or part, or inside
    another name ("troops from Russia", "Kazakhstan's president"); a place of another clause of
    the sentence (a relative clause, a list of members, a second verb) is not the event's.
    """
    places = [e for e in sent.ents if e.label_ in PLACE_LABELS]
    if not places:
        return None
    if tok is None:
        return places[0].text
    head = _clause_head(tok)
    kinds = [(_place_role(e, head, tok), e) for e in places]
    for want in ("locative", "near", "plain"):
        found = [e for role, e in kinds if role == want]
        if found:
            return min(found, key=lambda e: abs(e.start - tok.i)).text
    if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
        # "... the Mangystau region, where the protests broke out": the place the clause hangs on
        owner = head.head
        for e in places:
            if e.root.i == owner.i or (e.root.head.i == owner.i and e.root.dep_ in ("compound", "amod")):
                return e.text
    return None


def _clause_head(tok: Token) -> Token:
    """The verb whose clause holds `tok` (the token itself when it is a verb)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _place_role(ent: Span, head: Token, tok: Token) -> str:
    """"locative" (a locative preposition on the clause's verb or on the trigger, or a place naming
    the trigger: "Minsk protests"), "near" (a locative preposition on a participant: "police in
    Varnia"), "plain" (in that clause, not as an origin, a member or part of a name), else "other"."""
    t, prep, prep_head = ent.root, None, None
    if t.dep_ in R.NAME_PART_DEPS:
        if t.head.i == tok.i:
            return "locative"  # "the Beirut explosion", "Minsk protests"
        owner = t.head
        if owner.ent_type_ in ("PERSON", "ORG", "NORP") or owner.lemma_.lower() in R.ACTOR_NOUNS:
            return "other"  # "Kazakhstan's president", "the Belarus government"
    while t.i != head.i:  # spaCy makes a new Token object at each access: compare indices
        if t.dep_ == "prep" and prep is None and not (t.lower_ == "of" and t.head.lemma_.lower() in R.PLACE_NOUNS):
            prep, prep_head = t.lower_, t.head.i  # "the oil town of X" names X: its "of" is no relation
        if t.head.i == t.i:
            return "other"  # reached the sentence root without meeting the event's verb
        if t.i != ent.root.i and t.pos_ in ("VERB", "AUX") and t.dep_ != "xcomp":
            return "other"  # a verb of its own between: another clause's place
        t = t.head
    if prep in R.LOCATIVE_PREPS:
        # on the verb or the trigger itself; else on a participant ("police in Varnia detained ...")
        return "locative" if prep_head in (head.i, tok.i) else "near"
    return "other" if prep in R.NOT_LOCATIVE_PREPS else "plain"


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _sentence_date(
    text: str, sent: Span, tok: Token | None, dates: list[DateMention]
) -> tuple[str | None, str | None]:
    """(ISO date, "--MM-DD" partial) for an event stated in `sent`."""
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char]
    if tok is not None:  # "the captain of a ferry that sank on Wednesday has been arrested": the ferry's day
        inside = [d for d in inside if not _other_clause_date(sent, d, tok)]
    if inside:
        pivot = tok.idx if tok is not None else sent.start_char
        return min(inside, key=lambda d: (abs(d.start - pivot), -len(d.value))).value, None
    partial = _partial_in(text[sent.start_char : sent.end_char], tok.idx - sent.start_char if tok else 0)
    if partial:
        return None, partial
    para = _paragraph_start(text, sent.start_char)
    if _quote_count(text, para) % 2 == 1:  # continues a quotation: the quote's first paragraph governs
        para = _previous_paragraph(text, para)
    before = [d for d in dates if para <= d.start < sent.start_char]
    return (before[-1].value, None) if before else (None, None)


def _attached_date(sent: Span, tok: Token | None, dates: list[DateMention]) -> str | None:
    """The date phrase next to the trigger or to the verb it is the subject of, in its sentence
    ("Tuesday's explosion", "the quake that struck on Monday"); None when none is that close."""
    if tok is None:
        return None
    anchors = [tok]
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head is not tok:
        anchors.append(tok.head)  # "the quake struck on Monday", "made landfall on September 20"
    anchors += [c for c in tok.children if c.dep_ == "relcl"]

    def gap(d: DateMention) -> int:
        governed = _governed_date(sent, d, anchors)
        if governed is not None:  # the parse says whose date it is
            # "the crash ... happened near X, around 7 pm on Friday": the verb's own date;
            # "a ferry that capsized off the coast were detained Saturday": the detention's
            return 0 if governed else R.ATTACHED_DATE_CHARS + 1
        return min(max(a.idx - d.end, d.start - (a.idx + len(a.text)), 0) for a in anchors)

    near = [d for d in dates if sent.start_char <= d.start < sent.end_char and gap(d) <= R.ATTACHED_DATE_CHARS]
    return min(near, key=lambda d: (gap(d), -len(d.value))).value if near else None


# Clauses that tell something else about a noun or a verb: a date inside one dates that, not the
# event of the sentence.
OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _other_clause_date(sent: Span, d: DateMention, tok: Token) -> bool:
    """The date phrase sits in a relative or participial clause that does not hold the trigger."""
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.i == tok.i or cur.head is cur:
            return False
        if cur.dep_ in OTHER_CLAUSE_DEPS and cur.pos_ in ("VERB", "AUX"):
            return not any(t.i == tok.i for t in cur.subtree)
        cur = cur.head
    return False


def _governed_date(sent: Span, d: DateMention, anchors: list[Token]) -> bool | None:
    """Whether the date phrase belongs to the happening in the parse: True when the path up from
    it meets an anchor (the trigger, or the verb it is the subject of) before any other verb,
    False when it meets another verb first, None when it meets no verb (then distance decides)."""
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    ids = {a.i for a in anchors}
    cur = span.root
    for _ in range(R.ATTACHED_DATE_HOPS):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.i in ids:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return None


def _quote_count(text: str, para: int) -> int:
    end = text.find("\n", para)
    chunk = text[para : end if end != -1 else len(text)]
    return sum(chunk.count(q) for q in QUOTE_CHARS)


def _previous_paragraph(text: str, para: int) -> int:
    """Start of the previous non-blank paragraph before the one starting at `para`."""
    pos = para - 1
    while pos > 0:
        start = _paragraph_start(text, pos)
        if text[start:pos].strip():
            return start
        pos = start - 1
    return 0


@cache
def _partial_re() -> re.Pattern[str]:
    from ..text.date_rules import MONTHS

    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{names})\.?\s+[0-3]?[0-9](?:st|nd|rd|th)?|[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names}))\b",
        re.IGNORECASE,
    )


def _partial_in(sentence: str, pivot: int) -> str | None:
    """A year-less day in the sentence ("January 2nd"), nearest the trigger, as "--MM-DD"."""
    best: tuple[int, str] | None = None
    for m in _partial_re().finditer(sentence):
        if not m.group(0)[0].isupper() and not m.group(0)[0].isdigit():
            continue
        md = month_day(m.group(0))
        if md and (best is None or abs(m.start() - pivot) < best[0]):
            best = (abs(m.start() - pivot), md)
    return best[1] if best else None
