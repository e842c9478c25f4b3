"""The participants of a matched event read from the dependency parse: subject and arguments,
the headline made from the type's template (`headline_words.HEADLINES`), and the place it happened."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..text.date_rules import WEEKDAYS
from ..text.lexicon import MONTHS
from . import hazards as H
from . import headline_words as W
from . import rules as R

# Entity labels that name a place for `place_name`.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def subject_of(tok: Token) -> Token | None:
    """The trigger's subject; through xcomp/conj to the head's, and relative clauses to the noun."""
    cur = tok
    for _ in range(4):
        subjects = [c for c in cur.children if c.dep_ in R.SUBJECT_DEPS]
        if subjects:
            # two subjects on one verb are a misparse of a lead's dateline ("KHARKIV, Ruritania
            # (AP) - A train carrying bodies arrived", "Osh: Troops fired"): the place before the
            # dash or colon is no subject; the one nearest the verb is
            if cur.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
                return cur.head  # "the price of gas, which ..., jumped": the noun the clause hangs on
            return min(subjects, key=lambda c: abs(c.i - cur.i))
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            return cur.head
        if (cur.dep_ == "acl" and cur.tag_ == "VBD" and cur.head.dep_ == "ROOT"
                and cur.head.pos_ in ("NOUN", "PROPN")):
            # the parser's slip on a long subject: "A raid by ... in the town of X left 14 dead" read as
            # a noun with a clause on it; a past tense (not a participle) on a verbless root is its verb
            return cur.head
        if cur.dep_ in ("xcomp", "conj", "advcl") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    return None


def arguments_of(tok: Token) -> list[Token]:
    """Objects, passive subjects, prepositional objects; the noun a relative/participle hangs on."""
    args: list[Token] = []
    for c in tok.children:
        if c.dep_ in R.ARGUMENT_DEPS:
            args.append(c)
        elif c.dep_ in ("prep", "prt", "agent"):
            args.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        elif c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            args.extend(g for g in c.children if g.dep_ in ("dobj", "nsubjpass"))
    if _misread_reduced_relative(tok):
        args.extend(c for c in tok.head.children if c.dep_ == "nsubj")
    relative_subject = any(c.dep_ in R.SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in tok.children)
    if tok.dep_ in ("relcl", "acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and not relative_subject:
        args.append(tok.head)  # "the residence ... set on fire": the noun is the patient
    if tok.pos_ == "NOUN":  # a nominal trigger: its own modifiers are its arguments
        args.extend(c for c in tok.children if c.dep_ in ("compound", "amod", "poss"))
    return args


def _misread_reduced_relative(tok: Token) -> bool:
    """ "Hundreds of soldiers detained in May have been released": the parser reads the bare
    participle ("detained", no auxiliary of its own) as the main verb with the noun its subject,
    and the passive that is the real predicate ("have been released") as its conjunct; that noun
    is what the passive acts on."""
    head = tok.head
    return (tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def subject_lemmas(subj: Token) -> set[str]:
    """The subject's head (with compounds), and for "the unrest in X in Y" the nouns it hangs on."""
    out = lemmas_of(subj, deep=False)
    cur = subj
    for _ in range(4):  # pobj -> prep -> noun
        if cur.dep_ not in ("pobj", "prep", "appos") or cur.head.i == cur.i:
            break
        cur = cur.head
        out |= lemmas_of(cur, deep=False)
    return out


def lemmas_of(tok: Token, *, deep: bool) -> set[str]:
    toks = list(tok.subtree) if deep else [tok, *(c for c in tok.children if c.dep_ == "compound")]
    return {t.lemma_.lower() for t in toks} | {t.text.lower() for t in toks} | {hyphen_word(t) for t in toks}


def hyphen_word(t: Token) -> str:
    """The hyphenated word a token ends ("sit-in": the tokenizer splits it as sit / - / in)."""
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_:
        return f"{doc[t.i - 2].lower_}-{t.lower_}"
    return t.lower_



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
    kept = {t.i for t in keep}
    keep += [tok.doc[i - 1] for i in kept if i >= 1 and tok.doc[i - 1].text == "-" and i - 2 in kept]  # "sit-in"
    # "more than a dozen": the count word's own quantifiers, a modifier of a number or a compound count
    keep += [c for t in keep if t.dep_ == "nummod" or t.lemma_.lower() in R.COUNT_WORDS
             for c in t.children if c.dep_ in ("advmod", "quantmod")]
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
            if ((t.lemma_.lower() in lemmas or hyphen_word(t) in lemmas) and t.pos_ in ("NOUN", "PROPN")
                    and (t.i == a.i or t.dep_ not in ("poss", "compound"))):
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


def headline(rule: R.EventRule, tok: Token | None, sent: Span) -> str:
    """The timeline text: the rule's (or the type's) headline template, slots read from the parse."""
    template = rule.headline or W.HEADLINES.get(rule.event_type, rule.default_text)
    slots = dict(R.SLOT_DEFAULTS)
    if tok is not None:
        subj = subject_of(tok)
        args = arguments_of(tok)
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
            elif subject_lemmas(subj) & R.SECURITY_NOUNS:
                slots["actor"] = R.SECURITY_ACTOR
            elif not subject_lemmas(subj) & R.PROTESTER_NOUNS and subj.pos_ == "NOUN" and subj.tag_ == "NNS":
                slots["actor"] = _capital(subj.text.lower())  # "Rioters", "Militants": as the text says
        elif rule.event_type in R.OBJECT_TYPES:
            found = [t for a in both for t in a.subtree  # "the rest of the tower": the tower
                     if t.pos_ == "NOUN" and t.lemma_.lower() in R.OBJECT_TYPES[rule.event_type]]
            # a head noun before a modifier ("the hotel tower": tower)
            obj = next((t for t in found if t.dep_ != "compound"), found[0] if found else None)
            if obj is not None:
                slots["object"] = _capital(obj.text.lower())  # "Stadium", "Concessions": as the text says
            elif rule.event_type == "revocation":
                slots["object"] = "Licence"
        elif rule.event_type == "pledge":
            speaker = _entity([subj] if subj is not None else [], ("PERSON", "ORG", "GPE"))
            if not speaker and subj is not None and subj.pos_ == "NOUN":
                speaker = _capital(_noun_phrase(subj))  # "the mining company"
            slots["speaker"] = speaker or ""
            money = next((a for a in args if a.ent_type_ == "MONEY" or lemmas_of(a, deep=True) & R.PLEDGE_NOUNS), None)
            slots["object"] = _noun_phrase(money) if money is not None else "aid"
        elif rule.event_type == "coup" and any(c.lower_ in R.ATTEMPT_OUTCOME_MODIFIERS for c in tok.children
                                               if c.dep_ in ("amod", "compound")):
            template = R.COUP_ATTEMPT_HEADLINE  # "the failed coup": staged, power not seized
        elif rule.event_type == "bodies_moved":
            slots["participle"] = R.BODY_PARTICIPLES.get(tok.lemma_.lower(), "moved")
            where = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in R.BODY_DESTINATION_PREPS
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                          and g.ent_type_ in ("GPE", "LOC", "FAC", "")), None)
            if where is not None:
                name = [t for t in where.subtree if t.pos_ == "PROPN"]
                template = f"{template} {where.head.lower_} {_phrase(name)}"  # "Bodies flown to Eindhoven"
        elif rule.event_type == "flight" and subj is not None:
            counted = _counted(subj) or any(c.dep_ == "nummod" for c in subj.children)
            slots["patient"] = _capital(_noun_phrase(subj) if counted else subj.lower_ if subj.tag_ == "NNS" else "people")
            where = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in R.FLIGHT_PREPS
                          and any(g.dep_ == "pobj" for g in c.children)), None)
            if where is not None:
                goal = next(g for g in where.children if g.dep_ == "pobj")
                template = f"{template} {where.lower_} {_noun_phrase(goal)}"  # "Thousands flee to border"
        elif rule.event_type == "anniversary":
            ordinal = next((c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "ORDINAL"), None)
            if ordinal is not None:
                template = R.ANNIVERSARY_ORDINAL_HEADLINE.replace("{ordinal}", _capital(ordinal.lower_))
        elif rule.event_type == "report":
            verb = tok.head if tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") else (
                tok.head.head if tok.head.dep_ == "prep" else None)
            doer = subject_of(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else None
            speaker = _entity([doer] if doer is not None else [], ("PERSON", "ORG", "GPE"))
            if (not speaker and doer is not None and doer.pos_ in ("NOUN", "PROPN")
                    and doer.lemma_.lower() not in R.REPORT_NOUNS | R.NOT_REPORT_AUTHORS):
                speaker = _capital(_noun_phrase(doer))  # "the safety board" (not "latest reports": no author)
            slots["speaker"] = speaker or ""
        elif rule.event_type in ("arrests", "removal", "ouster", "killings", "evacuation", "investigation", "charges",
                                 "release", "sentencing"):
            if subj is not None and (tok.tag_ == "VBN" or tok.dep_ != "ROOT") and not any(
                c.lemma_ == "have" or c.dep_ == "dobj" for c in tok.children):
                args = [*args, subj]  # "with Karim Massimov arrested": a participle's subject is its patient
            # "the massacre by the minister's troops", "condemnation of the killing by Jan Novak": whoever
            # stands after "by" did it, or spoke of it; never the one it was done to
            args = [a for a in args if not (a.dep_ == "pobj" and a.head.lower_ == "by")]
            if tok.pos_ == "NOUN":  # "the Zenda massacre", "the Tarlen killings": where, not whom (that is "of ...")
                args = [a for a in args if not (a.dep_ == "compound" and a.pos_ == "PROPN")]
            person = _entity(_own_name(args), ("PERSON",))
            count = next((a for a in args if _counted(a)), None)
            slots["participle"] = (R.KILL_PARTICIPLES.get(tok.lemma_.lower(), "killed") if rule.event_type == "killings"
                                   else W.EVACUATION_PARTICIPLE if rule.event_type == "evacuation"
                                   else R.RELEASE_PARTICIPLES.get(tok.lemma_.lower(), "released")
                                   if rule.event_type == "release"
                                   else W.INVESTIGATION_PARTICIPLES.get(tok.lemma_.lower(), "charged")
                                   if rule.event_type in ("investigation", "charges", "sentencing")
                                   else R.ARREST_PARTICIPLES.get(tok.lemma_.lower(), slots["participle"]))
            proper = next((a for a in args
                           if a.pos_ == "PROPN" and a.ent_type_ in ("", "PERSON") and _name_like(a)
                           and not _capitalized_common_word(a)), None)
            if person or proper is not None:  # one person named: "Ivan Ruritz named as suspect"
                slots["participle"] = W.SINGULAR_PARTICIPLES.get(slots["participle"], slots["participle"])
            if person:
                slots["patient"] = person
            elif proper is not None:  # the small model's NER misses some names
                slots["patient"] = _phrase([t for t in _modifiers(proper) if t.pos_ == "PROPN"])
            elif count is not None:
                # "left 14 people dead": the state the verb left them in is the headline's participle
                state = next((c for c in count.children if c.dep_ == "amod" and c.lower_ in R.LEFT_STATE_WORDS), None)
                slots["patient"] = _capital(R.LEAST_FIX.sub("at least ", _noun_phrase(count, skip=state)))
            elif (role := next((a for a in args if a.pos_ == "NOUN" and a.lemma_.lower() in R.ROLE_NOUNS),
                               None)) is not None:
                slots["patient"] = _capital(_noun_phrase(role))
            elif rule.event_type == "killings" and (group := next(
                    (a for a in args if a.lemma_.lower() in R.PERSON_GROUP_NOUNS and a.tag_ == "NNS"), None)) is not None:
                slots["patient"] = _capital(_noun_phrase(group))  # "the massacre of protesters"
            elif rule.event_type == "ouster":
                slots["patient"] = W.OUSTER_UNNAMED  # "he was toppled", "the government was overthrown"
        elif rule.event_type == "troops_deployed":
            sender = _sender(subj)
            troop = _find(both, R.TROOP_NOUNS)
            named = troop is not None and troop.text.lower() in R.HEADLINE_TROOP_WORDS
            noun = troop.text.lower() if troop is not None and named else "troops"
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
        elif rule.event_type in ("disaster", "attack"):
            kind = H.HAZARD_KINDS.get(tok.lemma_.lower(), "explosion")
            bare, placed = H.HAZARD_HEADLINES[kind]
            place = event_place(sent, tok)
            near = [*both, *(c for c in tok.children if c.dep_ in ("compound", "amod", "prep"))]
            vessel = _find(near, R.VESSEL_NOUNS)
            vehicle = _find(near, R.VEHICLE_NOUNS)
            structure = _find(near, H.COLLAPSED_NOUNS) if kind == "collapse" else None
            storm = next((t.lower_ for t in (tok, *sent) if t.lower_ in H.STORM_TITLE_WORDS),
                         H.HAZARD_DEFAULT_STORM.lower())
            if kind == "storm" and _makes_landfall(tok):
                bare, placed = H.HAZARD_HEADLINES["landfall"]  # "Cyclone Idai made landfall": the landfall
            text = (placed if place else bare).format(storm=storm.capitalize(), hazard=tok.lemma_.capitalize(),
                structure=structure.lemma_.capitalize() if structure is not None else H.HAZARD_DEFAULT_STRUCTURE,
                place=place, vessel=vessel.lemma_.capitalize() if vessel is not None else H.HAZARD_DEFAULT_VESSEL,
                vehicle=vehicle.lemma_.capitalize() if vehicle is not None else H.HAZARD_DEFAULT_VEHICLE)
            return _capital(" ".join(text.split()))
        elif rule.event_type in ("appeal", "statement"):
            speaker = _entity([subj] if subj is not None else [], ("PERSON",))
            if speaker:
                slots["speaker"] = speaker
            elif subj is not None and subj.lemma_.lower() in R.TITLE_NOUNS:
                slots["speaker"] = _capital(subj.lemma_.lower())
    if "{speaker}" in template and not slots["speaker"]:
        template = W.UNNAMED_HEADLINES.get(rule.event_type, rule.default_text)
    if "{patient}" in template:
        slots["patient"] = clean_patient(slots["patient"])
    if "{patient}" in template and slots["participle"] in slots["patient"].lower().split():
        # "two arrested contractors" + "arrested": the patient says its participle once, in the verb slot
        kept = [w for w in slots["patient"].split() if w.lower() != slots["participle"]]
        slots["patient"] = _capital(" ".join(kept)) if kept else R.SLOT_DEFAULTS["patient"]
    text = _capital(template.format(**slots))
    place = event_place(sent, tok)
    if rule.event_type in R.PLACED_TYPES and place and place.casefold() not in text.casefold():
        text += f" in {' '.join(place.split())}"
    return text


def clean_patient(text: str) -> str:
    """A patient slot a headline can carry: no day or month word ("Saturday arrested" is a parse
    that took the date for the object), no vague quantifier after a count ("Thousands many
    detained"), no leading preposition ("Of 98 people"); nothing left: the default ("People")."""
    words = text.split()
    while words and words[0].lower() in LEADING_PREPOSITIONS:
        words = words[1:]  # "Of 98 people detained, 52 ...": the partitive's preposition
    kept: list[str] = []
    for w in words:
        low = w.lower().strip(",.")
        if low in DATE_WORDS:
            continue
        if low in R.VAGUE_QUANTIFIERS and kept and (kept[-1].lower() in R.COUNT_NOUNS or kept[-1].replace(",", "").isdigit()):
            continue
        kept.append(w)
    if not kept or all(w.lower() in R.CROWD_QUANTIFIERS and w.lower() not in COUNTING_WORDS for w in kept):
        return R.SLOT_DEFAULTS["patient"]
    return _capital(" ".join(kept))


# Prepositions a parse leaves before a count ("Of 98 people detained", "Among 40 held"), and words
# that only place it in the news ("Latest 33 arrested"): no headline opens with one.
LEADING_PREPOSITIONS = frozenset({"of", "among", "from", "out", "latest", "last"})
# Quantifier words that are a count of their own ("Thousands detained").
COUNTING_WORDS = R.COUNT_NOUNS | R.COUNT_WORDS
DATE_WORDS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3) | frozenset(
    {"today", "yesterday", "tonight", "overnight", "weekend"})


def _counted(a: Token) -> bool:
    """A counted group of people: the argument is a number or count word, or has one as its own
    modifier ("340 persons", "thousands", "scores"), not a number deeper in its subtree."""
    if a.tag_ == "NNPS" and any(c.dep_ == "nummod" and c.like_num for c in a.children):
        return True  # "two Palestinians", "196 Australians": a count of nationals
    if a.pos_ == "PROPN" or a.ent_type_ == "ORDINAL" or a.tag_ == "JJ":
        return False  # "its first arrests": an ordinal, not a count
    if any(c.lower_ in R.NO_WORDS for c in a.children):
        return False  # "no one was detained"
    if a.like_num or a.lemma_.lower() in R.COUNT_WORDS | R.COUNT_NOUNS:
        return True
    return a.lemma_.lower() in R.PERSON_GROUP_NOUNS and any(
        c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or c.lemma_.lower() in R.COUNT_WORDS)
        for c in a.children)


def _makes_landfall(tok: Token) -> bool:
    """Whether the storm word (or the name it opens) is the subject of "made landfall"."""
    noun = tok
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return (noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "make"
            and any(c.lower_ == "landfall" for c in noun.head.children))


def _own_name(args: list[Token]) -> list[Token]:
    """The arguments with their own name tokens and appositions ("opposition leader, Ivan Ruritz"),
    not names deeper in their clauses ("protesters ... of an election won by President X")."""
    out: list[Token] = []
    for a in args:
        out.extend(t for t in _modifiers(a) if t.ent_type_)
        out.extend(c for c in a.children if c.dep_ == "appos")
    return out


def _capitalized_common_word(a: Token) -> bool:
    """A lone capitalized word opening its sentence that the parse took for a name ("Gunfire
    forced the evacuation ..."): no name token follows or precedes it and no entity holds it."""
    toks = [t for t in _modifiers(a) if t.pos_ == "PROPN"]
    return len(toks) == 1 and a.i == a.sent.start and not a.ent_type_


def _name_like(a: Token) -> bool:
    """A bare proper noun that can be a person's name: not a known place, not an organisation's."""
    from ..entities.gazetteer import is_known_place
    from ..entities.rules import ORG_SUFFIXES

    toks = [t for t in _modifiers(a) if t.pos_ == "PROPN"]
    return (1 <= len(toks) <= 3 and not any(t.lower_ in ORG_SUFFIXES for t in toks)
            and not is_known_place(" ".join(t.text for t in sorted(toks, key=lambda t: t.i))))


def event_place(sent: Span, tok: Token | None) -> str | None:
    """Where the event of `tok` happened, of the places the sentence names.

    A place its clause governs with a locative preposition ("in", "at", "across") first, the
    nearest such; else a place in the clause not named as an origin, a member or part, or inside
    another name ("troops from Russia", "Kazakhstan's president"); a place of another clause of
    the sentence (a relative clause, a list of members, a second verb) is not the event's.
    """
    places = [e for e in sent.ents if e.label_ in PLACE_LABELS and not _dateline(e)]
    if not places:
        return None
    if tok is None:
        return places[0].text
    if (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in R.TIME_PREPS
            and tok.head.head.pos_ in ("VERB", "AUX")):
        # a happening that times another clause ("since the coup, soldiers shot protesters in X"):
        # only a place of its own noun phrase ("the coup in Y") is where it was
        own = {t.i for t in tok.subtree}
        mine = [e for e in places if e.root.i in own]
        return mine[0].text if mine else None
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


# What follows a dateline's town: its country or the wire, then a dash or a colon ("ZENDA, Ruritania --",
# "ZENDA (Reuters) -", "ZENDA:").
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:\([^)\n]{1,30}\))?\s*(?:--|—|–|-|:)\s")


def _dateline(ent: Span) -> bool:
    """A place written as a dateline in capitals at the start of a line: where the story was filed
    from, not where its happening was."""
    text = ent.doc.text
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    return (ent.text.isupper() and not text[line_start : ent.start_char].strip()
            and _DATELINE_TAIL.match(text, ent.end_char) is not None)


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
