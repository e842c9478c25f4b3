"""The place a clause scopes a figure to ("103 were killed in Almaty", "in Zenda, where the toll
climbed to 2,950", "most of them in the capital")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..text.attribution_names import _in_dateline
from ..text.numbers import Quantity
from .cue_scan import Cue
from .subjects import demonym_country
from .tree import root_of, tokens_in
from .venues import described_venue, is_venue, venue_elsewhere, venue_head, venue_name

PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
# Last words of a named event that NER often tags as a facility ("the Camp Fire", "the Tubbs
# Fire", "the Great Flood"): the event itself, never where a count stands.
EVENT_NAME_HEADS: frozenset[str] = frozenset({
    "fire", "wildfire", "blaze", "flood", "floods", "storm", "hurricane", "earthquake", "quake",
    "disaster", "collapse", "explosion", "blast", "tragedy", "stampede"})
# ("on" for mountains, islands and streets: "killed on Mount X", "on the island of Y")
PLACE_PREPS: frozenset[str] = frozenset({"in", "at", "across", "throughout", "on"})
# Common nouns that scope a part to a place without naming it ("80 of them in the capital").
PLACE_NOUNS: frozenset[str] = frozenset({"capital", "city", "province", "region", "district", "north", "south",
                                         "east", "west", "countryside", "port", "area", "zone"})
# Nouns of a unit that a name follows with "of" ("in the town of X", "the village of Y"): the
# phrase is the named place's.
NAMED_UNIT_NOUNS: frozenset[str] = PLACE_NOUNS | {"town", "village", "hamlet", "municipality", "county", "state",
                                                  "commune", "prefecture", "governorate", "island"}
# The words before a unit noun that single out the place worst struck ("the worst-hit town", "the
# hardest hit province", "the most affected district"): one named before in the sentence.
WORST_HIT_BEFORE_RE = re.compile(
    r"\b(?:worst|hardest|most|badly|severely|heavily)[\s-]*(?:-\s*)?(?:hit|affected|damaged|stricken|struck)\s+$", re.I)
# Prepositions after which a proper name the NER missed is taken for a place the sentence names.
NAME_OF_PLACE_PREPS: frozenset[str] = frozenset({"of", "in", "at", "near"})
# Nouns of the places the hurt and the dead are taken to: a place on them ("treated in hospitals
# across the capital", "in a morgue in X") says where they are now, not where the count stood.
CARE_NOUNS: frozenset[str] = frozenset({"hospital", "clinic", "morgue", "mortuary", "infirmary"})
# Nouns of an administrative unit: "the province" alone refers back to one named before (the
# article's own), so it scopes nothing by itself; "the capital" or "the south" are places.
UNIT_NOUNS: frozenset[str] = frozenset({"city", "province", "region", "district", "area", "zone"})
# Nouns of an incident whose place, as the subject of a verb of harm, scopes the count it caused
# ("the bombing at the hotel killed 14", "clashes in the square left 95 dead").
INCIDENT_NOUNS: frozenset[str] = frozenset({
    "attack", "bombing", "blast", "explosion", "clash", "shooting", "fighting", "violence", "raid",
    "crackdown", "assault", "massacre", "stampede", "crush", "fire", "shelling", "strike", "airstrike"})
# Conjunctions of a clause telling the incident a count followed ("killed after gunmen stormed").
INCIDENT_MARKS: frozenset[str] = frozenset({"after", "when", "as"})
INTO_PREPS: frozenset[str] = frozenset({"into", "inside"})
# Prepositions after which a proper name with a "where" clause is a place ("in X, where ...").
WHERE_NAME_PREPS: frozenset[str] = frozenset({"in", "at", "inside"})
# Words that pick one of a number of places ("three towns, including this one").
INCLUDING_WORDS: frozenset[str] = frozenset({"including", "among"})
# Steps up the parse from a number to the verb of a "where" clause that scopes it to a place.
WHERE_MAX_STEPS = 6
# Labels NER gives place names it does not know ("1,604 deaths in Al Haouz" read as a PERSON): after
# "in", a count is never "in" a person or an organisation, so such a name is read as a place.
MISTAGGED_LABELS: frozenset[str] = frozenset({"PERSON", "ORG"})
# Prepositions after which a mis-tagged name still scopes a count ("at" and "on" take names of
# events and firms too: "killed at Nike", "on Hamas").
MISTAGGED_PREPS: frozenset[str] = frozenset({"in", "across", "throughout"})
# Prepositions that put a count at a venue ("seven died inside the mosque", "three outside it").
VENUE_PREPS: frozenset[str] = PLACE_PREPS | {"inside", "outside"}
# Adverbs on a place phrase that say where most of the counted were, not the count's scope:
# "1,037 died, mostly in Marrakech and five provinces" counts the whole.
MOSTLY_WORDS: frozenset[str] = frozenset({"mostly", "mainly", "largely", "primarily", "chiefly",
                                          "predominantly", "majority"})
# Verbs whose subject is where the counted were ("Al Haouz province recorded 1,351 deaths"); verbs
# of doing ("Israel killed 30") make their subject the agent, never the scope.
PLACE_SUBJECT_VERBS: frozenset[str] = frozenset({"record", "register", "report", "count", "suffer", "see",
                                                 "log", "tally", "account"})


# A conjunct that is the rest of the count ("1,000 of the detentions were in Minsk and the rest in
# other regions"): the count is split there, so the first conjunct's place is the part's own.
REMAINDER_WORDS: frozenset[str] = frozenset({"rest", "remainder", "others"})

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


def clause_place(sent: Span, cue: Cue, anchor: Token, number: Token | None = None) -> str | None:
    """A place the clause scopes the figure to: "103 were killed in Almaty (alone)". The number's
    own phrase wins over its cue's ("12,391 died in Turkey and 2,992 in Syria": 2,992 is Syria's);
    a place noun without a name ("most of them in the capital") counts too."""
    ranked = [anchor.i, anchor.head.i, *range(cue.token.i, cue.token.i + cue.width)]
    if anchor.dep_ == "appos" and anchor.head.head.i != anchor.head.i:
        # "Most of the dead – 1,351 – were in the Al Haouz district": an apposed count shares the
        # clause of the phrase it renames
        ranked.insert(2, anchor.head.head.i)
    # "In the east, 53 died and 323 were hurt": a place fronted before the first of coordinated
    # clauses scopes them all, as their shared subject would; one after its verb stays its own
    # ("12,391 died in Turkey and 2,992 in Syria").
    # "The death toll rose to 446 in Mozambique", "In Zimbabwe, the number of missing stands at
    # 151": a count noun's figure is the object of the verb whose subject is that noun, and a
    # place on that verb scopes the figure as it would on the verb of "446 died in Mozambique".
    link = _linking_verb(cue.token, anchor)
    for tok in link:
        if tok.i not in ranked:
            ranked.append(tok.i)
    shared = _coordination_head(cue.token) if cue.token.dep_ == "conj" else _coordination_head(anchor.head)
    ranked.append(shared.i)

    def scopes(prep: Token, head: Token) -> bool:
        return head.i in ranked and (head.i != shared.i or head.i in ranked[:-1] or prep.i < shared.i)

    # The number's own phrase and its governor; for a coordinated subject ("Fifty civilians and 39
    # officers were injured"), the first conjunct's governor too.
    near = {*ranked[:2], _coordination_head(anchor).head.i}
    if anchor.dep_ == "appos":
        near.add(anchor.head.head.i)

    verb = _governing_verb(anchor)
    # "seven at Linwood Mosque and 41 at Al Noor Mosque": the parse often hangs both phrases on the
    # first number; the phrase right after a number (or the noun it counts) is its own.
    # A level noun anchors "the number of fatalities was 188 in X": the number (`number`) is apart.
    own = number if number is not None else anchor
    counted = own.head if own.dep_ == "nummod" and own.head.i > own.i else own
    adjacent = counted.i + 1

    def ranking(prep: Token, hit: Token | None) -> float:
        if prep.i == adjacent:
            return -1.0
        if hit is None:
            return float(len(ranked))
        return (ranked.index(hit.i) if hit.i in ranked else len(ranked)) + (0.5 if hit.i != prep.head.i else 0.0)

    def host(prep: Token) -> Token | None:
        """The token of `ranked` a place phrase scopes: its preposition's head, or through one
        incident noun ("killed in an attack in Kabul", "injured in clashes in the capital"), or
        the verb of the number's clause when the phrase opens it ("In X the toll has risen to 446")."""
        head = prep.head
        if head.i in ranked:
            return head if scopes(prep, head) else None
        if verb is not None and head.i == verb.i and prep.i < min(anchor.i, cue.token.i) and prep.i < verb.i:
            return head
        if own.dep_ == "pobj" and own.head.lower_ in ("to", "at") and own.head.head.i == head.i and head.pos_ == "VERB" \
                and prep.i < own.i:
            return head  # "raising the toll in Amatrice to 230": the change's place is its level's
        if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS \
                and head.head.head.i in near and not _mostly(head.head) and head.lemma_.lower() not in CARE_NOUNS:
            return head.head.head  # (not "treated in hospitals across X": where they are cared for)
        if head.pos_ == "NOUN" and head.dep_ == "nsubj" and head.lemma_.lower() in INCIDENT_NOUNS \
                and (head.head.i in near or (verb is not None and head.head.i == verb.i)):
            return head.head  # "the clashes in Oldtown left 17 dead": the incident's place is the count's
        return None

    place_names = {e.text for e in sent.doc.ents if e.label_ in PLACE_LABELS}
    best: tuple[float, str] | None = None
    # "and 50 in the Arquata del Tronto area": a named area right after the number is its own,
    # though NER missed the name (a name it tagged competes below, at the same rank)
    prep = sent.doc[adjacent] if adjacent < sent.end else None
    if prep is not None and prep.lower_ in PLACE_PREPS and not _mostly(prep):
        area = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in PLACE_NOUNS), None)
        if area is not None and (name := area_name(area)) is not None:
            best = (-1.0, name)
    for ent in sent.ents:
        root = ent.root
        named_area = root.dep_ == "compound" and root.head.lemma_.lower() in PLACE_NOUNS
        if named_area:
            root = root.head  # "in the Al Haouz district": the district's phrase carries the preposition
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj" and (
                root.head.head.lemma_.lower() in PLACE_NOUNS
                or (root.head.head.lemma_.lower() in NAMED_UNIT_NOUNS and counted.i == own.i)):
            # "in the province of X"; "184 in the town of X and 11 in Y", a list item by town (a toll
            # "killed 166 people in the town of X" is as often the whole event's, told by its site)
            named_area = True
            root = root.head.head  # the unit's phrase carries the preposition
        if ent.label_ not in PLACE_LABELS and not (
                ent.label_ in MISTAGGED_LABELS and (named_area or ent.text in place_names or (
                    root.dep_ == "pobj" and root.head.lower_ in MISTAGGED_PREPS) or (
                    # "He killed 44 people at Al Noor": a name the article calls a venue elsewhere
                    root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPS
                    and venue_elsewhere(ent.text, sent.doc.text)))):
            continue
        if any(c.dep_ == "conj" and c.ent_type_ in PLACE_LABELS for c in root.children):
            continue  # "across Turkey and Syria": both, so no one place scopes it
        wider = [c for c in (*root.head.children, *root.children) if c.dep_ == "conj" and c.lemma_.lower() not in REMAINDER_WORDS]
        if root.dep_ == "pobj" and wider and not (root.head.i == adjacent and all(c.pos_ == "NUM" for c in wider)):
            # (a number the parse hangs on the phrase right after a number is the list's next
            # item: "184 in the town of X and 11 in Y")
            continue  # "in Osh and elsewhere", "in Osh and in clashes in other towns": wider than it
        if ent[-1].lower_ in EVENT_NAME_HEADS:
            continue  # "unaccounted for in the Camp Fire": the event's name, not a place
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ in PLACE_PREPS and not _mostly(prep) and \
                ((hit := host(prep)) is not None or prep.i == adjacent):
            rank = ranking(prep, hit)
            if best is None or rank < best[0]:
                # a name the parse did not tag as a place is told as the venue it names elsewhere
                best = (rank, ent.text if ent.label_ in PLACE_LABELS else venue_elsewhere(ent.text, sent.doc.text) or ent.text)
    for tok in sent:
        # "41 at the Al Noor mosque", "the toll at the sit-in", "at the concert venue Lumiere": a
        # venue noun (or a name it describes) scopes the count to one site of the event; it wins
        # over a street inside its own phrase ("the mosque on Deans Avenue") by the host's rank.
        if not venue_head(tok) or tok.lower_ in EVENT_NAME_HEADS:
            continue  # "in the Camp Fire": the event's name, though "camp" names venues too
        if described_venue(tok):
            continue  # "a car bomb outside a crowded nightclub": where it all happened, no one site
        if tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS and not _mostly(tok.head) and (
                (hit := host(tok.head)) is not None or tok.head.i == adjacent):
            rank = ranking(tok.head, hit)
        elif _incident_clause(tok, ranked, near) is not None:
            rank = len(ranked) + 1.0  # "80 were killed after gunmen burst into the concert hall"
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, venue_name(tok))
    if best is not None:
        return best[1]
    where = where_place(anchor)
    if where is not None:
        return where
    subject = subject_place(cue.token, anchor)
    if subject is not None:
        return subject
    for tok in sent:
        # "recovered from the rubble of Amatrice, raising the toll in the worst-hit town to 230":
        # the worst-hit town is the place the sentence named before it
        if tok.lemma_.lower() in NAMED_UNIT_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS \
                and WORST_HIT_BEFORE_RE.search(sent.doc[tok.head.i + 1:tok.i].text + " ") and host(tok.head) is not None:
            named = [(e.start, e.text) for e in sent.ents if e.label_ in PLACE_LABELS and e.end <= tok.i
                     and e[-1].lower_ not in EVENT_NAME_HEADS]
            # a name NER missed, after a preposition of place ("from the rubble of Norcello")
            named += [(t.i, _proper_name_ending(t)) for t in sent if t.i < tok.i and t.pos_ == "PROPN" and t.dep_ == "pobj"
                      and t.head.lower_ in NAME_OF_PLACE_PREPS and t.ent_type_ not in ("PERSON", "DATE", "NORP")]
            if named:
                return max(named)[1]
    for tok in sent:
        if tok.lemma_.lower() in PLACE_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS \
                and not tok.ent_type_ and not _mostly(tok.head) and (tok.head.head.i in near or (
                    (hit := host(tok.head)) is not None and hit.i in near) or (
                    tok.head.head.i == shared.i and tok.head.i < shared.i and shared.i not in ranked[:-1])):
            name = area_name(tok)
            if name is None and tok.lemma_.lower() in UNIT_NOUNS and all(
                    c.dep_ == "det" for c in tok.children if c.i < tok.i):
                continue  # "missing in the province": a unit named before, not a scope of its own
            return name or sent.doc[tok.left_edge.i:tok.i + 1].text
    return None


def _proper_name_ending(tok: Token) -> str:
    """The run of proper nouns a token ends ("Arquata del Tronto" from "Tronto")."""
    start = tok.i
    while start - 1 >= tok.sent.start and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start:tok.i + 1].text


def _incident_clause(venue: Token, ranked: list[int], near: set[int]) -> Token | None:
    """The clause of the incident a count followed, when it happened at `venue`: "killed after
    gunmen stormed the hall", "died when a gunman opened fire at the mosque" (its verb, or None)."""
    verb = venue.head
    if venue.dep_ == "pobj" and verb.lower_ in VENUE_PREPS | INTO_PREPS:
        verb = verb.head
    elif venue.dep_ != "dobj":
        return None
    if verb.dep_ != "advcl" or (verb.head.i not in ranked and verb.head.i not in near):
        return None
    return verb if any(c.dep_ in ("mark", "advmod") and c.lower_ in INCIDENT_MARKS for c in verb.children) else None


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above a token in the parse ("risen" over "to 446")."""
    for _ in range(WHERE_MAX_STEPS):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _mostly(prep: Token) -> bool:
    """ "mostly in Marrakech": the phrase says where most were, so it does not scope the count."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return any(c.dep_ == "advmod" and c.lower_ in MOSTLY_WORDS for c in prep.children) or (
        before is not None and before.lower_ in MOSTLY_WORDS)


def area_name(tok: Token) -> str | None:
    """The name of an area a place noun stands for: "the province of Gorkha", "Al Haouz province"
    (the name as NER or the parse gives it); None when the noun carries no name."""
    doc = tok.doc
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ == "PROPN":
                ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
                return ent.text if ent is not None else doc[pobj.left_edge.i:pobj.i + 1].text
    names = [c for c in tok.children if (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_ in PLACE_LABELS))
             or _name_as_adjective(c)]
    if names:
        ent = next((e for e in doc.ents if e.start <= names[-1].i < e.end), None)
        return ent.text if ent is not None else doc[names[0].left_edge.i:names[-1].i + 1].text
    return None


def _name_as_adjective(mod: Token) -> bool:
    """ "the Taroudant province": a capitalized modifier the tagger took for an adjective is the
    area's name, unless it is a people's adjective ("the Syrian province")."""
    return (mod.dep_ == "amod" and mod.i < mod.head.i and mod.text[:1].isupper() and mod.i > mod.sent.start
            and demonym_country(mod.text) is None)


def _is_place(tok: Token) -> str | None:
    """The place name a noun is, if it is one: a place entity, or a place noun with a name."""
    if tok.ent_type_ in PLACE_LABELS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent[-1].lower_ in EVENT_NAME_HEADS:
            return None  # "unaccounted for in the Camp Fire": the event's name, not a place
        return ent.text if ent is not None else tok.text
    if tok.lemma_.lower() in PLACE_NOUNS:  # "the central region, where ...": the phrase names it
        return area_name(tok) or tok.doc[tok.left_edge.i:tok.i + 1].text
    if is_venue(tok):  # "the concert hall, where 89 people died": one site of the event
        return venue_name(tok)
    return None


def _counted_places(head: Token) -> str | None:
    """ "three towns", or "this one" of "three towns, including this one": a number of places of
    one kind (a few of the places an event struck), as a phrase; None for anything else."""
    if head.lower_ == "one" and head.dep_ == "pobj" and head.head.lower_ in INCLUDING_WORDS:
        head = head.head.head
    if head.lemma_.lower() not in NAMED_UNIT_NOUNS or head.tag_ != "NNS":
        return None
    num = next((c for c in head.children if c.dep_ == "nummod" and c.lower_ not in ("both", "all")), None)
    return f"{num.text} {head.text}" if num is not None else None


def subject_place(cue: Token, anchor: Token) -> str | None:
    """ "Al Haouz province recorded 1,351 deaths": the subject of a verb of recording is where the
    counted figure's people were."""
    # the verb governs the count directly or through a preposition ("accounted for 3,035 deaths")
    heads = [t.head if t.pos_ == "ADP" else t for t in (anchor.head, cue.head)]
    for verb in (*heads, cue):
        if verb.lemma_.lower() in PLACE_SUBJECT_VERBS and verb.pos_ == "VERB" and \
                any(h.i == verb.i for h in heads):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            # "RIVERTON (Wire) – On Monday, the ministry reported 55 deaths": a dateline the parse
            # takes for the subject is where the story was filed, never where the dead were
            if subj is not None and not _in_dateline(subj) and (name := _is_place(subj)) is not None:
                return name
    return None


def _linking_verb(cue: Token, anchor: Token) -> tuple[Token, ...]:
    """The verb that ties a count noun to its figure, and the figure's number ("the toll *rose* to
    *446*", "the number of people missing *stands* at *151*", "the total number of fatalities *was*
    *259* in Zimbabwe"): the noun is in the verb's subject and a number is its object (directly or
    through one preposition). Empty for any other clause."""
    tok = cue
    while tok.dep_ not in ("nsubj", "nsubjpass"):
        if tok.head.i == tok.i:
            return ()
        tok = tok.head
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    numbers = [o for o in objects if o.like_num or any(c.dep_ == "nummod" for c in o.children)]
    if anchor.i in (o.i for o in numbers) or (numbers and tok.left_edge.i <= anchor.i <= tok.right_edge.i):
        return (verb, *numbers)
    return ()


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
        if where and clause.dep_ == "relcl":
            head = clause.head
            if (name := _is_place(head)) is not None:
                return name  # "in Zenda, where ...", "Sindhupalchok district, where ..."
            if (counted := _counted_places(head)) is not None:
                return counted  # "in three towns, including this one, where 180 died": those towns' toll
            if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ in WHERE_NAME_PREPS:
                # "a building in Piazza Verdi, where 19 died": one is in or at a place, whatever
                # NER made of its name (a square named after a person reads as a PERSON)
                return _proper_name_ending(head)
            # "Al Haouz province suffered the greatest damage, where ...": the "where" is the
            # subject's place when the clause hangs on the object of its verb
            if head.dep_ == "dobj":
                subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and (name := _is_place(subj)) is not None:
                    return name
    return None
