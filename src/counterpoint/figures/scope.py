"""What a figure counts beyond its measure, read from its own clause in the dependency parse:
the status of the people counted (still held, released) and the period the count covers (one
day, or a running total), and the nation whose people it counts.

Coverage of a crackdown or a long disaster states several wholes of one measure, and only the
figure's own clause tells them apart:

- "More than 2,000 were arrested in four months" (everyone arrested, a running total),
  "about 400 remain in custody" (those still held: a status of their own), "police detained 26 on
  Sunday" (one day's arrests), "186 were released" (not held at all any more);
- "at least 300 have been killed since April" (the running total) and "14 were killed on Sunday
  in a raid" (one day of it);
- "Ruritania said 136 of its citizens died", "Ruritania's own toll rose to 464", "40 Freedonians
  were among the dead": a country's nationals, a part of the event's toll, never the toll itself
  (unless the country is where the event happened; reconcile.slots decides that).

Every rule reads the words that hang from the number's own verb (or its counted noun), never a
window of text: "police said on Sunday" dates the statement, not the count, and the parse puts
"on Sunday" under "said", not under "killed".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..text.numbers import Quantity
from .count_period import period
from .figure import PEOPLE_UNIT, Figure
from .subjects import demonym_country, national_subject
from .tree import PARTITIVE_PREPS, VERB_MAX_STEPS, anchor_of, own_verb, root_of, tokens_in

# Scope values a FigureClaim carries (`FigureClaim.scope`); "day" and "total" come with the period
# rules (count_period).
HELD = "held"  # people still held at the time of the count ("remain in custody", "political prisoners")
IN_CARE = "in care"  # injured people still in hospital at the time of the count ("remain hospitalized")
ABROAD = "abroad"  # people who fled across a border ("crossed into Freedonia"): a part of the displaced
CRITICAL = "critical"  # injured people in critical condition ("1,404 of them critically"): a part of the injured

# Measures a count of people held may have been read as ("212 protesters remain behind bars":
# the protesters cue reads participants); a held status makes them the detained.
HELD_MEASURES: frozenset[str] = frozenset({"detained", "participants"})
# Status of the detained: verbs that keep people held ("remain in custody", "are still held").
STAY_LEMMAS: frozenset[str] = frozenset({"remain", "stay", "languish"})
HOLD_LEMMAS: frozenset[str] = frozenset({"hold", "detain", "jail", "imprison", "keep", "incarcerate"})
CUSTODY_NOUNS: frozenset[str] = frozenset({"custody", "detention", "jail", "prison", "bars", "cell", "cells",
                                           "prisons", "jails", "captivity"})
STILL_ADVERBS: frozenset[str] = frozenset({"still", "currently", "now"})
# Word starts of the verbs of staying, for a parse that leaves them unlemmatized as an auxiliary.
STAY_STEMS: tuple[str, ...] = ("remain", "stay")
# Status of the injured: places and verbs of care that, with a verb of staying ("remain in
# hospital", "remained hospitalized") or an adverb of now ("are still being treated", "now
# undergoing treatment"), count those still in care at the time: a part of everyone hurt, which
# falls as patients leave. Without such a word ("15 people are being treated in hospital",
# "520 had been hospitalized") the count is of the hurt themselves and stays the whole.
CARE_NOUNS: frozenset[str] = frozenset({"hospital", "hospitals", "clinic", "clinics", "care", "ward", "wards",
                                        "treatment", "icu", "establishment", "establishments", "facility",
                                        "facilities", "centre", "centres", "center", "centers"})
CARE_LEMMAS: frozenset[str] = frozenset({"hospitalize", "hospitalise", "hospitalized", "hospitalised", "treat",
                                         "undergo", "receive", "admit", "recover"})
# Counted nouns that are people held now ("400 political prisoners").
HELD_NOUNS: frozenset[str] = frozenset({"prisoner"})
# Verbs that end a detention: a count of them is no count of the detained.
RELEASE_LEMMAS: frozenset[str] = frozenset({"release", "free", "pardon", "acquit", "amnesty"})
# Counted nouns whose possessive names whose people they are ("its citizens", "Ruritania's toll").
NATIONAL_NOUNS: frozenset[str] = frozenset({"citizen", "national", "pilgrim", "tourist", "worker", "subject"})
TOLL_NOUNS: frozenset[str] = frozenset({"toll", "tally"})
# Nouns of the dead a nation's adjective narrows when a number is their level ("the number of
# Freedonian deaths reached 30", "Ruritanian fatalities rose to 12").
DEATH_NOUNS: frozenset[str] = frozenset({"death", "fatality", "casualty", "victim", "dead"})
# Nouns whose "of" names what a level counts ("the number of ... deaths").
LEVEL_OF_NOUNS: frozenset[str] = frozenset({"number", "count", "total"})
# Verbs that join a count to what its people were ("193 were Freedonian", "28 came from Ruritania"
# is left alone: "from" may name where they flew from).
COPULA_LEMMAS: frozenset[str] = frozenset({"be"})
# Nouns of people a nation's adjective may qualify in a copula's complement ("were Ruritanian
# residents", "were Freedonian passengers").
PEOPLE_NOUNS: frozenset[str] = frozenset({"resident", "passenger", "person", "people", "victim", "child"})
# Possessive pronouns that refer back to a country named as the clause's speaker or subject.
POSSESSIVE_PRONOUNS: frozenset[str] = frozenset({"its", "their"})
# Verbs whose subject loses the people counted ("it lost 305 people", "it had 465 pilgrims killed")
# and the pronouns that may stand for a country named as the speaker.
OWN_LOSS_LEMMAS: frozenset[str] = frozenset({"lose", "have"})
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"it", "they"})
# Words on a country's toll that make it the count of its own people ("Ruritania's own toll",
# set against the host's); without them a country's toll is the toll in that country.
OWN_WORDS: frozenset[str] = frozenset({"own"})
# Entity labels a country's name may get (NER often reads an unknown country as a person).
COUNTRY_LABELS: frozenset[str] = frozenset({"GPE", "NORP", "PERSON", "ORG"})


def status(anchor: Token, measure: str) -> str | None:
    """HELD for people still held ("remain in custody", "are still held", "political prisoners");
    "released" for people let go (not a count of the held at all)."""
    if measure == "injured":
        return IN_CARE if in_care(anchor) else None
    if measure not in HELD_MEASURES:
        return None
    if anchor.lemma_.lower() in HELD_NOUNS:
        return HELD
    verb = own_verb(anchor)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    if measure == "detained" and lemma in RELEASE_LEMMAS and not any(c.dep_ == "neg" for c in kids):
        return "released"
    if lemma in STAY_LEMMAS or lemma == "be":
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in ("in", "behind"):
                if any(g.dep_ == "pobj" and g.lower_ in CUSTODY_NOUNS for g in c.children):
                    return HELD
            if c.dep_ in ("acomp", "xcomp", "oprd", "attr") and c.lemma_.lower() in HOLD_LEMMAS | {"behind"}:
                return HELD  # "remain detained", "remain jailed"
    if lemma in HOLD_LEMMAS and any(c.dep_ == "advmod" and c.lower_ in STILL_ADVERBS for c in kids):
        return HELD  # "are still held", "are currently detained"
    if lemma in HOLD_LEMMAS and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in kids):
        return HELD  # "are being held"
    return None


def _cares(tok: Token) -> bool:
    """A word of care on a verb or noun: "hospitalized", "in hospital", "in intensive care",
    "undergoing treatment in medical establishments"."""
    if tok.lemma_.lower() in CARE_LEMMAS or tok.lower_ in CARE_LEMMAS:
        return True
    return any((_is_prep(c) and c.lower_ in ("in", "at", "under")
                and any(g.dep_ == "pobj" and g.lower_ in CARE_NOUNS for g in c.children))
               or (c.dep_ in ("acomp", "xcomp", "oprd", "dobj", "attr") and (c.lemma_.lower() in CARE_LEMMAS
                                                                            or c.lower_ in CARE_NOUNS | CARE_LEMMAS))
               for c in tok.children)


def _is_prep(tok: Token) -> bool:
    """A preposition hung from a noun or verb ("patients still in hospital" may parse it a relcl)."""
    return tok.dep_ == "prep" or (tok.pos_ == "ADP" and tok.dep_ in ("relcl", "acl", "advcl"))


def in_care(anchor: Token) -> bool:
    """Whether a count of the injured is of those still in care (IN_CARE): its verb is one of
    staying ("remain", "stay") with a word of care, or any verb or the counted noun itself has
    "still" / "now" / "currently" beside a word of care ("39 patients still in hospital")."""
    verb = own_verb(anchor)
    # "Some 60 wounded remain at the clinic": the participle is the number's acl, the verb its head
    subject_of = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX") else None
    hosts = [t for t in (verb, anchor, subject_of) if t is not None]
    for host in hosts:
        # "900 remained hospitalized": spaCy may hang the verb of staying as the participle's aux
        stays = host.lemma_.lower() in STAY_LEMMAS or any(
            c.dep_ in ("aux", "auxpass") and (c.lemma_.lower() in STAY_LEMMAS or c.lower_.startswith(STAY_STEMS))
            for c in host.children)
        still = any(c.dep_ == "advmod" and c.lower_ in STILL_ADVERBS for c in host.children)
        # "still in hospital" hung from the noun: the adverb may sit on the preposition
        still = still or any(_is_prep(c) and any(g.dep_ == "advmod" and g.lower_ in STILL_ADVERBS for g in c.children)
                             for c in host.children)
        care = _cares(host) or any(c.dep_ in ("xcomp", "advcl", "conj") and c.pos_ == "VERB" and _cares(c)
                                   for c in host.children)
        if (stays or still) and care:
            return True
    return False


def _country_name(tok: Token) -> str | None:
    """A country named by a token: a proper noun or a place, with its whole entity when it has one."""
    if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "NORP"):
        return None
    if tok.ent_type_ and tok.ent_type_ not in COUNTRY_LABELS:
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text


def _nation_word(tok: Token) -> str | None:
    """A nation named by a token tagged as a nationality or a country, or by a word for a people
    the NER missed ("Australians", "Dutch"): the name as written, with its whole entity."""
    if tok.ent_type_ in ("NORP", "GPE") and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
        return _country_name(tok)
    if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper() and demonym_country(tok.text) is not None:
        return tok.text
    return None


def _known_nation(tok: Token) -> str | None:
    """A nation named by a token as a word the demonym table knows (the NER alone is not trusted
    on a noun's modifier: a page's "Popular Topics" above a headline's "Toll ..." is tagged a
    nationality)."""
    name = _nation_word(tok)
    if name is None:
        return None
    return name if demonym_country(name) is not None or demonym_country(tok.text) is not None else None


def _referent(pronoun: Token) -> str | None:
    """ "Ruritania said 136 of its citizens died": the country "its" refers to, the subject of the
    clause the possessive hangs under (the speaker's verb or the number's own)."""
    t = pronoun
    for _ in range(8):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj",) and c.i < pronoun.i
                         and not any(x.i == pronoun.i for x in c.subtree)), None)
            if subj is not None:
                if (name := _country_name(subj)) is not None:
                    return name
                # "the Ruritanian ministry said", "Ruritania's foreign ministry said"
                for g in subj.children:
                    if g.dep_ in ("amod", "compound", "poss") and g.ent_type_ in ("GPE", "NORP"):
                        return _country_name(g)
                return None
    return None


def nationality(anchor: Token) -> str | None:
    """The nation a count of people belongs to, as written ("Ruritania", "Freedonian"):
    "136 of its citizens" (its = the clause's country), "40 Freedonians", "seven Freedonian
    nationals", "Ruritania's own toll"; None for anything else."""
    noun = anchor
    if noun.ent_type_ == "NORP" and noun.pos_ in ("PROPN", "NOUN") and noun.tag_ in ("NNPS", "NNS"):
        return noun.text  # "40 Freedonians"
    if noun.pos_ in ("PROPN", "NOUN") and noun.text[:1].isupper() and noun.ent_type_ not in ("GPE", "ORG", "PERSON") \
            and demonym_country(noun.text) is not None and noun.text.lower() != demonym_country(noun.text):
        return noun.text  # "88 Australians", "six Britons": a people's name the NER missed
    if (said := _predicate_nation(anchor)) is not None:
        return said  # "193 were Freedonian", "of the dead, 28 were Ruritanian citizens"
    verb = own_verb(anchor)
    if verb is not None and verb.lemma_.lower() not in OWN_LOSS_LEMMAS and verb.head.lemma_.lower() == "have" \
            and verb.dep_ != "conj":
        # "had 465 pilgrims killed"; not "it had information that 18 were killed and 30 wounded",
        # where the parse joins the second count's verb to "had"
        verb = verb.head
    if verb is not None and verb.lemma_.lower() in OWN_LOSS_LEMMAS:
        # "Ruritania said it lost 305 people", "Freedonia says it had 465 pilgrims killed": the
        # speaking country's own people
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in SUBJECT_PRONOUNS:
            return _referent(subj)
    if noun.lemma_.lower() in NATIONAL_NOUNS:
        for c in noun.children:
            if c.dep_ in ("amod", "compound") and _nation_word(c) is not None:
                return _nation_word(c)  # "seven Freedonian nationals"
            if c.dep_ == "poss":
                if c.lower_ in POSSESSIVE_PRONOUNS:
                    return _referent(c)
                return _country_name(c)  # "Ruritania's citizens"
    return None


def _predicate_nation(anchor: Token) -> str | None:
    """ "Of the dead, 193 were Freedonian", "28 were Ruritanians", "37 were Ruritanian citizens or
    residents": a count that is the subject of "be" whose complement names a nation. Lists of the
    dead by nationality are written this way as often as with the nation on the counted noun."""
    if anchor.dep_ == "pobj" and anchor.head.lower_ in PARTITIVE_PREPS and anchor.head.head.pos_ == "NUM":
        anchor = anchor.head.head  # "Seven of the dead are Freedonian": the number is the subject
    verb = anchor.head
    to_be = any(c.dep_ == "xcomp" and c.lemma_.lower() in COPULA_LEMMAS for c in verb.children)
    if anchor.dep_ not in ("nsubj", "nsubjpass") or (verb.lemma_.lower() not in COPULA_LEMMAS and not to_be):
        # "194 were Freedonian citizens and 37 were Ruritanian": the parser often joins the
        # second count to the first complement and leaves its own "were" without a subject
        nxt = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
        if nxt is None or nxt.lemma_.lower() not in COPULA_LEMMAS or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children):
            return None
        verb = nxt
    # "are confirmed to be Freedonian", "were believed to be Ruritanians": the copula under the verb
    copulas = [verb] if verb.lemma_.lower() in COPULA_LEMMAS else []
    copulas += [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in COPULA_LEMMAS]
    for cop in copulas:
        for c in cop.children:
            if c.dep_ == "prep" and c.lower_ == "from" and cop.lemma_.lower() in COPULA_LEMMAS:
                # "28 of the dead were from Ruritania": where the people are from, with "be"
                # only ("came from" may name where they flew from)
                country = next((_nation_word(g) for g in c.children if g.dep_ == "pobj"), None)
                if country is not None:
                    return country
            if c.dep_ not in ("attr", "acomp"):
                continue
            if (name := _nation_word(c)) is not None:
                return name  # "were Freedonian", "were Ruritanians"
            if c.lemma_.lower() in NATIONAL_NOUNS | PEOPLE_NOUNS:
                for g in c.children:
                    if g.dep_ in ("amod", "compound") and (name := _nation_word(g)) is not None:
                        return name  # "were Ruritanian citizens"
    return None


def _toll_level_nouns(anchor: Token) -> list[Token]:
    """The nouns the number is the level of: the subject of its verb ("the toll rose to 464"), the
    toll of "a toll of 464", and the counted noun of "the number of deaths"."""
    verb = own_verb(anchor)
    heads = [verb] if verb is not None else []
    t = anchor
    for _ in range(VERB_MAX_STEPS):  # a headline's "Freedonian toll climbs to 20" parses "climbs" as a noun
        if t.head.i == t.i or verb is not None:
            break
        t = t.head
        heads.append(t)
    nouns = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    if anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in TOLL_NOUNS:
        nouns.append(anchor.head.head)  # "a toll of 464"
    for level in [n for n in nouns if n.lemma_.lower() in LEVEL_OF_NOUNS]:
        nouns += [g for c in level.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # "the number of Freedonian deaths"
    return nouns


def _country_owner(noun: Token) -> Token | None:
    """The country a toll noun is owned by ("Ruritania's toll"), if any: tagged a place, or a
    country the demonym table knows whatever its tag (the NER often reads one as an organisation,
    or misses it)."""
    return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS
                 and (c.ent_type_ in ("GPE", "NORP") or ((not c.ent_type_ or c.ent_type_ in COUNTRY_LABELS) and c.pos_ == "PROPN"
                                                         and demonym_country(c.text) is not None))), None)


def toll_nationality(anchor: Token) -> str | None:
    """ "Ruritania's own toll rose to 464", "the toll of Ruritanian pilgrims": the toll noun the
    number is the level of, when a nation's people make it. A country owning a plain toll
    ("Ruritania's death toll rose to 84") is where the dead died (`toll_place`); "own" sets the
    country's count of its people against another's (state media on a crush abroad)."""
    for noun in _toll_level_nouns(anchor):
        lemma = noun.lemma_.lower()
        if lemma not in TOLL_NOUNS and lemma not in DEATH_NOUNS:
            continue
        for c in noun.children:
            if lemma in DEATH_NOUNS:
                if c.dep_ in ("amod", "compound") and (name := _known_nation(c)) is not None:
                    return name  # "Freedonian deaths reached 30"
                continue
            owner = _country_owner(noun)
            if owner is not None and c.i == owner.i and any(g.lower_ in OWN_WORDS for g in noun.children):
                return _country_name(c)
            if c.dep_ in ("amod", "compound") and (name := _known_nation(c)) is not None:
                return name  # "the Freedonian death toll rose to 20": one nation's dead
    return None


def toll_place(anchor: Token) -> str | None:
    """ "Ruritania's death toll is already at 84": a country owning a toll (without "own") is the
    place the dead died in, as "the toll in Ruritania" is; the victims' nationality is said by
    other words ("84 Ruritanians", "Ruritanian nationals")."""
    for noun in _toll_level_nouns(anchor):
        if noun.lemma_.lower() not in TOLL_NOUNS or any(g.lower_ in OWN_WORDS for g in noun.children):
            continue
        owner = _country_owner(noun)
        if owner is not None:
            return _country_name(owner)
    return None


# Flight across a border: verbs of fleeing whose "to"/"into"/"across" names a country or the
# border ("fled into Freedonia", "poured across the frontier"), and "cross" with the border as
# its object or with "over" ("crossed the border", "had crossed over"). People counted so are
# refugees abroad, a part of everyone displaced (inside the country and out), never the whole.
FLIGHT_LEMMAS: frozenset[str] = frozenset({"flee", "escape", "cross", "pour", "stream", "flood", "seek", "go", "head"})
BORDER_NOUNS: frozenset[str] = frozenset({"border", "frontier", "boundary", "borders"})
FLIGHT_PREPS: frozenset[str] = frozenset({"to", "into", "across", "over"})
# Words before a country that make it a neighbour ("to neighbouring Freedonia").
NEIGHBOUR_WORDS: frozenset[str] = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})
# Measures a count told by a border crossing may have been read as from an aside ("83,000 people
# -- some injured -- had crossed over"): the crossing says they are the displaced.
CROSSING_REREADS: frozenset[str] = frozenset({"injured", "participants"})


def _flight_verbs(anchor: Token) -> list[Token]:
    """The verbs a count's people do: its own verb, and what they are made or forced to do
    ("prompted 100,000 to flee", "forced 5,000 people to cross")."""
    verb = own_verb(anchor)
    if verb is None:
        return []
    return [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))]


def _abroad_place(tok: Token) -> bool:
    """A border, or a country named by its name ("into Freedonia") or as a neighbour."""
    if tok.lemma_.lower() in BORDER_NOUNS or tok.lower_ in BORDER_NOUNS:
        return True
    if any(c.lower_ in NEIGHBOUR_WORDS for c in tok.children):
        return True
    country = demonym_country(tok.text)
    return country is not None and tok.text.lower() in (country, country.removeprefix("the "))


def crossed_border(anchor: Token) -> bool:
    """Whether the people a count counts fled across a border (see FLIGHT_LEMMAS)."""
    for verb in _flight_verbs(anchor):
        if verb.lemma_.lower() not in FLIGHT_LEMMAS:
            continue
        for c in verb.children:
            if verb.lemma_.lower() == "cross" and (
                    (c.dep_ == "dobj" and _abroad_place(c)) or (c.dep_ == "prt" and c.lower_ == "over")):
                return True  # "crossed the border", "had crossed over"
            if c.dep_ == "prep" and c.lower_ in FLIGHT_PREPS and any(
                    g.dep_ == "pobj" and _abroad_place(g) for g in c.children):
                return True  # "fled into Freedonia", "poured across the frontier"
    return False


def _whole_in_partitive(sent: Span, q: Quantity, anchor: Token) -> bool:
    """ "one of the four people detained is an Australian", "two of the 12 arrested were Britons":
    the number of the whole the part is picked from; what the clause says of the part (its
    nation) is not said of all of them."""
    toks = tokens_in(sent, q.start, q.end)
    if not toks or anchor.dep_ != "pobj" or anchor.head.lower_ not in PARTITIVE_PREPS:
        return False
    num = root_of(toks)
    return num.i != anchor.i and num.head.i == anchor.i and anchor.head.head.pos_ == "NUM"


def figure_scope(sent: Span, q: Quantity, measure: str) -> tuple[str | None, str | None]:
    """(status or period scope, nationality) of one figure's number in its sentence."""
    anchor = anchor_of(sent, q)
    if anchor is None:
        return None, None
    nation = None if _whole_in_partitive(sent, q, anchor) else \
        nationality(anchor) or (toll_nationality(anchor) if measure == "killed" else None)
    if measure == "displaced" and crossed_border(anchor):
        return ABROAD, nation
    if measure in CROSSING_REREADS and anchor.dep_ == "nsubj" and crossed_border(anchor):
        return ABROAD, nation  # the people who crossed are the clause's subject, whatever the aside says
    return status(anchor, measure) or period(anchor), nation


# Measures that count what happened on a day (a period scopes them); the rest are states.
PERIOD_MEASURES: frozenset[str] = frozenset({"detained", "killed", "injured", "participants", "attacks", "charged"})
# Subjects a nation's count replaces: words that say nothing narrower than "people of a country".
NATION_REPLACES: frozenset[str] = frozenset({"person", "civilian", "worker", "foreign national", "pilgrim"})


def scoped(sent: Span, f: Figure) -> Figure | None:
    """`f` with its clause's scope and nation; a count of people released is no figure of the
    detained (None when it has no other measure)."""
    if f.unit != PEOPLE_UNIT or f.quantity.unit is not None:
        return f
    scope, nation = figure_scope(sent, f.quantity, f.measure)
    if f.scope == CRITICAL:
        scope = CRITICAL  # read from the words after the number (sentence.py): a state, never one day's
    if scope == "released":
        return None
    if scope == HELD:
        f = replace(f, measure="detained")
    elif scope == ABROAD:
        f = replace(f, measure="displaced")  # "83,000 people -- some injured -- had crossed over"
    elif f.measure not in PERIOD_MEASURES:
        scope = None  # the missing, the displaced: a state at a time, never one day's count
    subject = f.subject
    if f.measure == "killed" and f.place_name is None and nation is None \
            and (anchor := anchor_of(sent, f.quantity)) is not None and (place := toll_place(anchor)) is not None:
        f = replace(f, place_name=place)  # "Ruritania's death toll rose to 84"
    if nation is not None and (subject or "person") in NATION_REPLACES:
        subject = national_subject(nation)
    return replace(f, scope=scope, subject=subject)
