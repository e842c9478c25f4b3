"""Cross-document entity linking: mentions (and the names claims carry) -> `models.Entity`.

Blocking, not all-pairs: persons are compared only within a block of the same surname skeleton
(Tokayev / Tokaev / Токаев -> "tkv"), organizations meet through their folded name and acronym
keys (CSTO = Collective Security Treaty Organisation), places through the gazetteer's record.
Work grows with the number of mentions; only names sharing a block are compared, and blocks are
small (a handful of spellings of one surname).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..disjoint_sets import DisjointSets
from ..models import Claim, Document, Entity, EntityType, Mention
from .body_names import known_body
from .context_votes import alone_on_line, context_type, is_phenomenon, link_phenomena, phenomenon_names
from .entity_build import _claim_names, _entity, _fill, _focus, _match_claim_name, name_starts
from .gazetteer import is_known_place
from .names import (
    LONE_TITLES,
    defined_acronyms,
    person_and_role,
    title_before,
    titles_only,
    without_body_acronym,
)
from .org_linking import link_orgs as _link_orgs
from .person_linking import (
    _link_compact,
    _link_glued_article,
    _link_loose,
    _link_paternal_surname,
    _link_persons,
    _link_truncated,
    _parse_person,
)
from .place_resolution import _link_places
from .retype import (
    _retype_article_groups,
    _retype_company_places,
    _retype_org_places,
    _retype_paren_names,
    _retype_place_short_names,
    _retype_surnames,
    _surface_focus,
)
from .role_speakers import (
    names_country,
    role_description,
    role_holder,
)
from .rules import (
    DEMONYMS,
    KNOWN_BODY_ACRONYMS,
    MODEL_LANGUAGES,
    NAME_DROP_WORDS,
    NAME_PART_TITLES,
    NAMES_ONLY_CAPITALIZED,
    NOT_A_NAME_FIRST_WORDS,
    ORG_SUFFIXES,
    PAREN_NOT_NAMES,
    PAREN_SHORT_NAME_LETTERS,
    SIDE_PREFIXES,
)
from .short_names import with_surname_aliases
from .surfaces import (
    LOCATIVE,
    _add,
    _clean,
    _country_test,
    _guess_type,  # re-exported: tests import it from here
    _is_place_name,
    _listed_among_places,
    _person_like,
    _Surface,
    _vote,
    _without_country,
    page_furniture,
    written_surnames,
)
from .translit import acronym_of, as_acronym, fold, org_key, skeleton, strip_determiner
from .variants import join_capitals, join_company_short_names, join_place_heads, join_respelled

# An acronym in parentheses right after a name is that name's acronym: "Disaster ... Authority (AFAD)",
# also when a note on its other names follows it there ("Zenda Union (ZU; also known as UZ in French)").
PAREN_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Za-z]{1,7})\s*(?:[)\]]|[;,]\s+(?:also|or|formerly|known)\b)")
# The same acronym swallowed into the span with its opening parenthesis ("... Humanos (CEZEDH").
SWALLOWED_ACRONYM = re.compile(r"[(\[]\s*([A-Z][A-Za-z]{1,7})\s*$")
# An acronym of two letters merges with an expansion only when both occur in one document;
# longer acronyms are specific enough corpus-wide.
SHORT_ACRONYM = 2
# A full name in a document the model does not read: this many words (see `_named_mid_sentence`).
MID_SENTENCE_NAME_WORDS = (2, 3)
MID_SENTENCE_LOOKBACK = 3
# An acronym names the word the model cut off before a body's name only when it spells at least this
# many of the name's initials with it.
CUT_FIRST_WORD_MIN = 3
# A mention whose words say its type ("operator X", "the village of X") outweighs this many mentions
# that carry only the small model's label: the writing is better evidence than the tagger.
CONTEXT_VOTE_WEIGHT = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Linking:
    """The linking result: entities, claims with ids filled, and each input mention's entity."""

    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    mention_entities: tuple[str | None, ...]  # parallel to the input mentions


def link_entities(
    documents: Sequence[Document], mentions: Sequence[Mention], claims: Sequence[Claim]
) -> tuple[tuple[Entity, ...], tuple[Claim, ...]]:
    """Entities of the corpus and the claims with place / source entity / speaker ids filled."""
    result = link(documents, mentions, claims)
    return result.entities, result.claims


def link(
    documents: Sequence[Document],
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    *,
    focus_country: str | None = None,
) -> Linking:
    """Link; `focus_country` (ISO alpha-2) overrides the focus computed from these mentions,
    for a caller that links a slice of a larger corpus (one incident of many)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()  # loaded once here and passed down
    is_country = _country_test(gaz)
    places_seen: dict[str, bool] = {}

    def is_place(word: str) -> bool:
        if word not in places_seen:
            places_seen[word] = is_known_place(word)  # cities of 15,000+, countries, regions
        return places_seen[word]
    texts = {d.id: d.text or "" for d in documents}
    mentions = _join_split_bodies(mentions, texts)
    # 1. Distinct surfaces, typed by vote across the corpus.
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    furniture = {i for i, m in enumerate(mentions)
                 if m.type == "organization" and alone_on_line(texts.get(m.document, ""), m.start, m.end)}
    lower_words = _lower_case_words(texts)
    furniture |= _common_words(mentions, texts, is_place, lower_words)
    furniture |= _unread_language_names(documents, mentions, is_place)
    listed = _listed_among_places(mentions, texts)
    phenomena = phenomenon_names(texts.values())
    for i, m in enumerate(mentions):
        if i in furniture:
            continue
        text = _clean(m.text)
        if is_phenomenon(text, phenomena):
            votes[text]["phenomenon"] += 1  # type: ignore[index]  # "Cyclone X", and X alone: the storm
        ctx = "place" if i in listed else context_type(texts.get(m.document, ""), m.start, m.end, m.type)
        votes[text][ctx or m.type] += CONTEXT_VOTE_WEIGHT if ctx else 1
        if ctx == "other":
            votes[text]["craft"] += CONTEXT_VOTE_WEIGHT  # type: ignore[index]  # "the ferry X": a vessel's name
        if ctx == "place" and i not in listed:
            votes[text]["described_place"] += 1  # type: ignore[index]  # "the roads of X": the words say place
        if ctx is None and m.type == "organization" and LOCATIVE.search(texts.get(m.document, "")[max(0, m.start - 8) : m.start]):
            votes[text]["locative"] += 1  # type: ignore[index]  # "in Itaewon": a place's use
    names = _claim_names(claims)
    outlets = outlet_names(documents)
    acronyms = defined_acronyms(texts.values())
    surnames = written_surnames(mentions)
    surfaces: dict[tuple[EntityType, str], _Surface] = {}
    mention_keys: list[tuple[EntityType, str] | None] = []
    paren: list[tuple[tuple[EntityType, str], str]] = []  # (org surface, the acronym after it)
    for i, m in enumerate(mentions):
        text = _clean(m.text)
        if not fold(text) or i in furniture or _not_a_name(text) or _not_written_as_name(text):
            mention_keys.append(None)
            continue
        etype = "organization" if strip_determiner(fold(text)) in outlets else _vote(text, votes[text], gaz, is_country,
                                                                                      surnames)
        if etype == "organization" and (head := _person_of_described_body(text)) is not None:
            etype, text = "person", head  # "Jan Novak of the joint investigation team": the person
        role = None
        written = text
        if etype == "person":
            text, role = person_and_role(without_body_acronym(text, acronyms), is_country)
            if _not_a_name(text) or titles_only(text):  # "Interior Minister": a title alone, no one's name
                mention_keys.append(None)
                continue
            role = role or title_before(texts.get(m.document, ""), m.start)
        tail_acronym = None
        if etype == "organization":
            text, tail_acronym = _cut_before_acronym(texts.get(m.document, ""), m.end, text)
            text = _cut_after_first_word(texts.get(m.document, ""), m.start, m.end, text)
            text = _without_country(_cut_body_head(texts.get(m.document, ""), m.start, text), is_country)
        key = _add(surfaces, etype, text, m.document, m.label)
        if LOCATIVE.search(texts.get(m.document, "")[max(0, m.start - 8) : m.start]):
            surfaces[key].located += 1
        if role:
            surfaces[key].roles[role] += 1
        if etype == "person" and written != text and fold(written).split()[0] in NAME_PART_TITLES:
            surfaces[key].titled[written] += 1  # "King X": the reader's name for him, kept as an alias
        mention_keys.append(key)
        if etype == "organization":
            a = PAREN_ACRONYM.match(texts.get(m.document, ""), m.end) or SWALLOWED_ACRONYM.search(m.text)
            acr = tail_acronym or (a[1] if a else None)
            if acr and (as_acronym(acr) or _short_name(acr, gaz)) and not _is_place_name(acr, gaz):
                # "Amnesty International (UK)": a country after a body is where it is, not its name
                paren.append((key, acr))
    for key, acr in paren:
        if ("organization", org_key(acr)) not in surfaces:
            # "National Relief Force (NRF)": the acronym is defined here even when the model did not
            # tag it; it is the name the other documents use.
            _add(surfaces, "organization", acr, next(iter(surfaces[key].documents)))
    # 2. Cluster each type within blocks.
    parent: DisjointSets[tuple[EntityType, str]] = DisjointSets(surfaces)
    _retype_paren_names(surfaces, parent, mention_keys, {org_key(acr) for _k, acr in paren})
    person_keys = [k for k in surfaces if k[0] == "person"]
    _link_persons(person_keys, surfaces, parent)
    _link_loose(person_keys, surfaces, parent)
    _link_truncated(person_keys, surfaces, parent)
    _link_glued_article(person_keys, surfaces, parent)
    _link_compact(person_keys, surfaces, parent)
    _link_paternal_surname(person_keys, surfaces, parent)
    focus = focus_country or _surface_focus(surfaces, gaz)
    _retype_surnames(surfaces, parent, mention_keys, gaz, focus)
    _retype_org_places(surfaces, parent, mention_keys)
    _retype_place_short_names(surfaces, parent, mention_keys)
    companies = _retype_company_places(surfaces, parent, mention_keys)
    _retype_article_groups(surfaces, parent, mention_keys)
    _link_orgs([k for k in surfaces if k[0] == "organization"], surfaces, parent, paren, is_country, is_place)
    places = _link_places([k for k in surfaces if k[0] == "place"], surfaces, parent, gaz, focus_country)
    link_phenomena(surfaces, parent)
    # Groups and others need no linking: one entity per folded surface ("Kazakh" = "Kazakhs").
    # 3. Names from claims: reuse an entity when one matches, else make one.
    name_keys: dict[tuple[str, str, str], tuple[EntityType, str]] = {}
    persons_by_block: dict[str, list] = defaultdict(list)
    for k in surfaces:
        if k[0] == "person":
            n = _parse_person(surfaces[k].text)
            if n is not None:
                persons_by_block[skeleton(n.surname)].append(k)
    place_by_record = {p.key: k for k, p in places.items() if p is not None}
    starts = name_starts(surfaces)  # the mentions' names, for claims' names cut inside a word
    for kind, doc_id, written in names:
        if _not_a_name(_clean(written)) or _common_speaker(written, surfaces, lower_words):
            continue  # "a woman told", "an audit found", "Opposition rejects ...": no one entity
        if kind == "place" and fold(_clean(written)) in companies:
            continue  # "at Zenda" of the company Zenda SA: no place of that name (see `_retype_company_places`)
        text = written.rsplit("\n", 1)[-1] if "\n" in written.strip() else written  # a headline ran into it
        office = role_description(_clean(text), is_country) if kind != "place" else None
        if office is not None:  # "the police chief said": the one person the document gives that title
            key = None if names_country(_clean(text), is_country) else role_holder(office, doc_id, surfaces, parent)
            if key is None:
                continue  # no one by name, and no body: no entity
        else:
            key = _match_claim_name(kind, text, surfaces, parent, place_by_record, gaz, persons_by_block,
                                    is_country, starts)
        head = _person_of_body(_clean(written)) if kind != "place" and key is None else None
        if head:  # "Jan Novak of the rights group" is Jan Novak, when the corpus names him elsewhere
            hk = _match_claim_name(kind, head, surfaces, parent, place_by_record, gaz, persons_by_block, is_country)
            key, text = (hk, head) if hk is not None and hk[0] == "person" else (None, written)
        if key is None:
            clean = _clean(text)
            etype: EntityType = "place" if kind == "place" or _is_place_name(clean, gaz) else _guess_type(text)
            if kind != "place" and is_phenomenon(clean, phenomena):
                etype = "other"  # "Cyclone Zenda" heading a claim: the storm, no speaker
            if etype == "organization" and _person_like(person_and_role(clean, is_country)[0]) \
                    and person_and_role(clean, is_country)[1]:
                etype = "person"  # "Zenda's Chief Secretary Brandt" named as a source: the secretary
            if etype == "person":
                clean, _role = person_and_role(clean, is_country)
                if _not_a_name(clean) or titles_only(clean):
                    continue  # "Maj Gen said", "Zenda's Prosecutor General said": a title, no one's name
            elif etype == "organization":
                clean = _without_country(clean, is_country)
            key = _add(surfaces, etype, clean, doc_id)
            parent.add(key)
            if etype == "place":
                focus = focus_country or _focus(places, surfaces)
                new = _link_places([key], surfaces, parent, gaz, focus)
                places.update(new)
                p = new.get(key)
                if p is not None:
                    if p.key in place_by_record:
                        parent.union(place_by_record[p.key], key)
                    else:
                        place_by_record[p.key] = key
        else:
            surfaces[key].documents.setdefault(doc_id, None)
            surfaces[key].count += 1
            bare = person_and_role(_clean(text), is_country)[0] if key[0] == "person" else ""
            if bare and _person_like(bare) and fold(bare) != fold(surfaces[key].text):
                surfaces[key].forms[bare] += 1  # "Novak said" quoted by a claim only: a name the reader meets
        name_keys[(kind, doc_id, written)] = key
        if key[0] == "organization":
            a = re.search(re.escape(text) + PAREN_ACRONYM.pattern, texts.get(doc_id, ""))
            if a and as_acronym(a[1]) and not _is_place_name(a[1], gaz):
                paren.append((key, a[1]))  # "La Comision ... (CPDC) said": the speaker's acronym
    # organizations named only by claims ("the interior ministry said") meet the others' names
    _link_orgs([k for k in surfaces if k[0] == "organization"], surfaces, parent, paren, is_country, is_place)
    # names written in capitals, or respelled by one letter, join the name they stand for
    join_capitals(surfaces, parent, mention_keys, name_keys)
    join_place_heads(surfaces, parent, places)
    join_company_short_names(surfaces, parent, places, mention_keys, name_keys)
    sizes: Counter = Counter()
    for k, s in surfaces.items():
        sizes[parent.find(k)] += s.count
    join_respelled(surfaces, parent, places, mention_keys, name_keys, lambda k: sizes[parent.find(k)])
    # 4. Build entities.
    clusters: dict[tuple[EntityType, str], list[tuple[EntityType, str]]] = defaultdict(list)
    for k in surfaces:
        clusters[parent.find(k)].append(k)
    ids: dict[tuple[EntityType, str], str] = {}
    entities: list[Entity] = []
    # a bare area name is an alias only when no mention names it: then linking has decided already
    tagged = {fold(f) for s in surfaces.values() for f in s.forms}
    built = [(_entity(root, members, surfaces, places, gaz, texts, tagged), members) for root, members in clusters.items()]
    for ent, members in _distinct_ids(built):
        entities.append(ent)
        for k in members:
            ids[k] = ent.id
    entities = sorted(with_surname_aliases(entities, lambda w: _is_place_name(w, gaz), lower_words),
                      key=lambda e: (-e.mentions, e.name))
    mention_entities = tuple(ids.get(k) if k else None for k in mention_keys)
    out_claims = tuple(_fill(c, ids, name_keys) for c in claims)
    return Linking(entities=tuple(entities), claims=out_claims, mention_entities=mention_entities)


# --- surfaces and types -------------------------------------------------------------------


# --- persons ------------------------------------------------------------------------------


# --- organizations, places, groups ----------------------------------------------------------


# --- entities and claims --------------------------------------------------------------------


def _unread_language_names(documents: Sequence[Document], mentions: Sequence[Mention], is_place) -> set[int]:
    """Mentions found in a document of a language the model does not read (see `MODEL_LANGUAGES`)
    whose name no document of a read language has: the model takes that language's capitalized
    nouns for names ("Bislang", "Nacht"). A name the read documents share ("Myanmar") stays, and so
    does a place the gazetteer knows. All kept when the corpus has no document in a read language
    (then there is nothing to check against)."""
    unread = {d.id for d in documents if d.language and d.language.lower() not in MODEL_LANGUAGES}
    if not unread:
        return set()
    read_names = {fold(_clean(m.text)) for m in mentions if m.document not in unread}
    if not read_names:
        return set()
    lang = {d.id: (d.language or "").lower() for d in documents}
    texts = {d.id: d.text or "" for d in documents}
    return {i for i, m in enumerate(mentions) if m.document in unread and fold(_clean(m.text)) not in read_names
            and not (m.type == "place" and is_place(_clean(m.text)))
            and not (lang[m.document] in NAMES_ONLY_CAPITALIZED and _named_mid_sentence(texts[m.document], m))}


def _named_mid_sentence(text: str, m: Mention) -> bool:
    """A person's full name as a language that capitalizes names only writes it: two or three
    capitalized words (lower case after the capital), the model's PERSON, in a sentence already begun:
    a lower-case word among the few before it ("la ministre de la Justice Jan Novak"), no full stop."""
    words = _clean(m.text).split()
    before = text[max(0, m.start - 30) : m.start].split()
    return (m.type == "person" and MID_SENTENCE_NAME_WORDS[0] <= len(words) <= MID_SENTENCE_NAME_WORDS[1]
            and all(w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:] == w[1:].lower() for w in words)
            and any(w[:1].islower() for w in before[-MID_SENTENCE_LOOKBACK:])
            and not any(w.endswith((".", "!", "?", ":")) for w in before[-MID_SENTENCE_LOOKBACK:]))


# The head of a body's name the model cut off before a connector ("the Zendan Agency for | Rural
# Development"): one to four capitalized words (abbreviations too: "U.S."), the last a body's word.
_CUT_BODY_HEAD = re.compile(r"((?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:for|of|on)\s+$")


def _cut_body_head(text: str, start: int, name: str) -> str:
    """An organization's name with the head the model left out put back: "International Development"
    after "the Zendan Agency for " is "Zendan Agency for International Development"."""
    m = _CUT_BODY_HEAD.search(text[max(0, start - 60) : start])
    if m is None or fold(m[1].split()[-1]) not in ORG_SUFFIXES:
        return name
    return text[start - len(m[0]) : start] + name


# The rest of a body's name the model cut off before its acronym ("the Organization for Security and
# Co-operation | in Europe (OSCE)"): up to four capitalized words or connectors, then the acronym in
# parentheses.
_TAIL_BEFORE_ACRONYM = re.compile(
    r"((?:\s+(?:[A-Z][\w'’.-]*|of|in|for|and|on|the|de|du|des|la|el|del|di)){1,4})\s*[(\[]\s*([A-Z][A-Za-z]{1,7})\s*[)\]]")


def _cut_before_acronym(text: str, end: int, name: str) -> tuple[str, str | None]:
    """An organization's name with the words the model left out before its acronym put back, when
    the acronym spells the whole name ("Organization for Security and Co-operation" + " in Europe
    (OSCE)"); the acronym is returned with it.
    The name as written, and None, otherwise."""
    m = _TAIL_BEFORE_ACRONYM.match(text, end)
    if m is None or text[end - len(name) : end] != name:
        return name, None
    full = name + m[1]
    if acronym_of(full) != m[2].lower():
        return name, None
    return full, m[2]


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _cut_after_first_word(text: str, start: int, end: int, name: str) -> str:
    """An organization's name with the capitalized word the model left out before it put back, when
    the acronym in parentheses after it begins with that word's letter and the name's initials
    ("China" + "Central Television (CCTV)", "Zenda" + "Broadcasting Corporation (ZBC)") and not with
    the name's initials alone. The name as written otherwise."""
    a = PAREN_ACRONYM.match(text, end)
    w = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if a is None or w is None or text[end - len(name) : end] != name:
        return name
    acr = a[1].lower()
    longer, own = acronym_of(f"{w[1]} {name}"), acronym_of(name) or ""
    if longer and len(longer) >= CUT_FIRST_WORD_MIN and acr.startswith(longer) and not acr.startswith(own):
        return f"{w[1]} {name}"
    return name


def _not_written_as_name(text: str) -> bool:
    """A span no name is written as: all in lower case where the script has case ("un" of a Spanish
    sentence the model took for a town), or a side's adjective ("pro-Zenda", "anti-Zenda")."""
    return ((any(c.islower() for c in text) and not any(c.isupper() for c in text))
            or text.lower().startswith(SIDE_PREFIXES))


def _not_a_name(text: str) -> bool:
    """A noun phrase counting or picking out unnamed things ("a woman", "More than 700 homes"), see
    `NOT_A_NAME_FIRST_WORDS`; "the" before it aside ("the last people"). Not when a capitalized word
    follows: "A Coruna", "A. P. Holm" are names. Also a page's furniture (see `page_furniture`)."""
    if page_furniture(text):
        return True  # "Story Tools", "Top Story", "Email": a page's furniture, no one
    words = text.split()
    if words and fold(words[0]) == "the":
        words = words[1:]
    if len(words) == 1 and fold(words[0]).rstrip(".") in LONE_TITLES:
        return True  # "General", "Gen.", "PM", "the ambassador": a title alone names no one here
    return (bool(words) and fold(words[0]).replace(" ", "") in NOT_A_NAME_FIRST_WORDS
            and (len(words) == 1 or not words[1][:1].isupper()))




# A person named with the body they speak for ("Jan Novak of the Zenda Rights Group", "Jan Novak of
# Zenda Relief"): two to four capitalized words before "of".
_PERSON_OF_BODY = re.compile(r"^((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+of\s+(?:the\s+)?\S")


def _person_of_body(text: str) -> str | None:
    """The person of "Jan Novak of the professionals' group" as a claim names its speaker; None when
    the words before "of" are not a person's name ("Ministry of Health", "Head of State"). Used only
    when a person of that name is known (see `link`): "Permanent Commission of ..." stays a body."""
    m = _PERSON_OF_BODY.match(text)
    if m is None or not _person_like(m[1]) or _guess_type(m[1]) != "person":
        return None
    return m[1] if not any(fold(w) in NAME_DROP_WORDS for w in m[1].split()) else None


# What an outlet's recorded name adds to the name itself: a note in parentheses ("Zenda Times
# (AP)", "Zenda News (Ruritania)"), dropped; the wire it relays ("AP via Zenda Times" names both).
_OUTLET_NOTE = re.compile(r"\([^)]*\)")
_OUTLET_VIA = re.compile(r"\s+via\s+")


def outlet_names(documents: Sequence[Document]) -> frozenset[str]:
    """The folded names of the corpus's outlets ("Zenda Herald", "The Tarlen Times" -> "tarlen
    times"): a name the coverage writes that is one of them is that outlet, an organization, never
    a person ("told Zenda Masr") or a place (a town's name in a paper's). A name that is a place
    the gazetteer knows is left to the other rules (an outlet named for its town)."""
    out: set[str] = set()
    for d in documents:
        for part in _OUTLET_VIA.split(_OUTLET_NOTE.sub(" ", d.outlet or "")):
            f = strip_determiner(fold(part))
            if len(f) >= OUTLET_NAME_MIN and not any(c.isdigit() for c in f) and not is_known_place(part.strip()):
                out.add(f)
    return frozenset(out)


# Shorter outlet names ("RT", "AP") are acronyms the other rules type already.
OUTLET_NAME_MIN = 4


def _join_split_bodies(mentions: Sequence[Mention], texts: dict[str, str]) -> list[Mention]:
    """Two organization mentions joined by "and" that together are one known body's name ("the
    International Federation of Red Cross" and "Red Crescent Societies"): the first becomes the
    whole name, the second names nothing more (an empty span, so the list stays parallel)."""
    out = list(mentions)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.type == "organization":
            by_doc[m.document].append(i)
    for doc_id, idx in by_doc.items():
        idx.sort(key=lambda i: mentions[i].start)
        text = texts.get(doc_id, "")
        for a, b in pairwise(idx):
            ma, mb = mentions[a], mentions[b]
            if not re.fullmatch(r"\s+and\s+", text[ma.end : mb.start]):
                continue
            whole = text[ma.start : mb.end]
            key = strip_determiner(fold(whole))
            if key in _KNOWN_BODY_NAMES or known_body(whole):
                out[a] = dataclasses.replace(ma, end=mb.end, text=whole)
                out[b] = dataclasses.replace(mb, text="")
    return out


_KNOWN_BODY_NAMES = frozenset(KNOWN_BODY_ACRONYMS.values())


def _person_of_described_body(text: str) -> str | None:
    """The person of a span that names them with a body described in lower case ("Jan Novak of the
    joint investigation team", "Rita Tarlen of the government-wide task force"): the model calls
    the whole an organization, but a body's own name would be capitalized."""
    m = _PERSON_OF_BODY.match(text)
    if m is None or not re.match(r"\s+of\s+(?:the\s+)?[a-z]", text[len(m[1]) :]):
        return None
    return _person_of_body(text)


# What may stand between a sentence's start and its first word: quotes, brackets, spaces.
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])[\s\"“‘'(\[-]*$")


def _lower_case_words(texts: dict[str, str]) -> frozenset[str]:
    """Every word the corpus writes in lower case (one pass over the texts; looked up by set)."""
    return frozenset(w for t in texts.values() for w in _LOWER_WORD.findall(t or ""))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def _common_words(mentions: Sequence[Mention], texts: dict[str, str], is_place, lower_words: frozenset[str]) -> set[int]:
    """Mentions of a capitalized common word the model took for a name ("Smoke blanketed the valley",
    "Rescuers ..."): one word, every mention of it opening a sentence, and the corpus writes the same
    word in lower case elsewhere. A name is capitalized wherever it stands; a known place is kept."""
    # a surname the corpus writes after a given name ("Theresa May", then "May said") is a name
    surnames = {_clean(m.text).split()[-1] for m in mentions if m.type == "person" and len(_clean(m.text).split()) > 1}
    at_start: dict[str, bool] = {}
    for m in mentions:
        word = _clean(m.text)
        if " " in word or not word.isalpha() or not word[:1].isupper() or word.isupper():
            at_start[word] = False
            continue
        before = texts.get(m.document, "")[max(0, m.start - 6) : m.start]
        at_start[word] = at_start.get(word, True) and bool(_SENTENCE_START.search(before))
    common = {w for w, start in at_start.items() if start and w.lower() in lower_words and w not in surnames
              and not is_place(w)}
    return {i for i, m in enumerate(mentions) if _clean(m.text) in common}


def _common_speaker(written: str, surfaces: dict, lower_words: frozenset[str]) -> bool:
    """A claim's speaker that is one capitalized common word ("Opposition rejects ...", "Critics
    say"): no mention names it, the corpus writes it in lower case too, and it would be taken for a
    person. Bodies ("Police said") are kept: `_guess_type` makes them organizations."""
    word = _clean(written)
    return (" " not in word and word.isalpha() and word[:1].isupper() and not word.isupper()
            and _guess_type(word) == "person" and not any((t, fold(word)) in surfaces for t in ("person", "place"))
            and word.lower() in lower_words)


def _short_name(word: str, gaz) -> bool:
    """A title-case word in parentheses after an organization's name that is its short name ("the
    Zendan Center for Human Rights (Cezedh)"): `PAREN_SHORT_NAME_LETTERS` letters, no place the
    gazetteer knows (towns of 500 included: "Zenda Hospital (Tarlenheim)" says where it is), no
    weekday, month or demonym ("(Monday)" is not a name of the body)."""
    f = fold(word)
    lo, hi = PAREN_SHORT_NAME_LETTERS
    return (lo <= len(word) <= hi and word.isalpha() and word[:1].isupper() and word[1:].islower()
            and f not in PAREN_NOT_NAMES and f not in DEMONYMS and not gaz.candidates(word))


def _distinct_ids(built: list[tuple[Entity, list]]) -> list[tuple[Entity, list]]:
    """Two entities whose canonical keys meet ("Kang Min-kyu" and "Kang Byung-kyu" share surname and
    first-word skeletons) keep distinct ids: the most mentioned keeps its id, the others' ids are
    made from it and their own name, so ids stay stable across runs."""
    by_id: dict[str, list[int]] = defaultdict(list)
    for i, (ent, _members) in enumerate(built):
        by_id[ent.id].append(i)
    out = list(built)
    for eid, idx in by_id.items():
        if len(idx) < 2:
            continue
        idx.sort(key=lambda i: (-built[i][0].mentions, built[i][0].name, built[i][0].aliases))
        for i in idx[1:]:
            ent, members = built[i]
            new = "e-" + hashlib.sha1(f"{eid}|{ent.name}|{'|'.join(ent.aliases)}".encode()).hexdigest()[:10]
            out[i] = (dataclasses.replace(ent, id=new), members)
    return out
