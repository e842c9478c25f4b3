"""Surfaces of one corpus: a mention's text cleaned to a name ("the Zenda ministry's" -> "Zenda
ministry"), its type voted across the corpus's mentions, stored once per (type, folded key).
The name-normalization and typing part of `counterpoint.entities.linking`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import EntityType, Mention
from .body_names import known_body
from .context_votes import listed_among_places
from .kind_words import (
    NAME_HONORIFICS,
    OCCASION_END_WORDS,
    PAGE_FURNITURE_WORDS,
    PLACE_NAME_END_WORDS,
    PLACE_START_WORDS,
    SETTLEMENT_END_WORDS,
    VENUE_END_PHRASES,
    VENUE_END_WORDS,
)
from .names import person_and_role, trim_fragment
from .place_linking import place_surface_key
from .rules import (
    ACRONYM_STOPWORDS,
    ALPHANUMERIC_CODE,
    BODY_NOT_PLACE_ENDINGS,
    FACILITY_END_WORDS,
    FOREIGN_ORG_FIRST_WORDS,
    HONORIFIC_WORDS,
    KNOWN_BODY_ACRONYMS,
    LANDMARK_END_WORDS,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    ORG_NAME_WORDS,
    ORG_SUFFIXES,
    PEOPLE_NAMES,
    PERSON_TITLES,
    SQUARE_START_WORDS,
    UNNAMED_BODIES,
    UNNAMED_PEOPLE,
    WEBSITE_ENDINGS,
    WEBSITE_NAME_MIN,
)
from .translit import as_acronym, fold, org_key, strip_determiner

# Full names of the international bodies news abbreviates (see `KNOWN_BODY_ACRONYMS`).
_KNOWN_BODIES = frozenset(KNOWN_BODY_ACRONYMS.values())

# A one-word ORG surface is a place when at least this many of its mentions (and this share) follow
# a locative preposition ("in Itaewon", "near Itaewon"); the small model calls districts ORG.
LOCATIVE = re.compile(r"\b(?:in|near|at)\s+(?:the\s+)?$", re.IGNORECASE)
LOCATIVE_MIN = 2
LOCATIVE_SHARE = 0.25
# A name is a vessel (type "other") when at least this share of its mentions name it after its kind
# ("the ferry X"); the rest of the coverage writes it bare, and the model calls it a person.
CRAFT_SHARE = 0.1
# Definite articles of French, Spanish and Italian, capitalized, opening a name of this many words at
# least ("La Belle Zenda", "Le Petit Tarlen"): a venue's, a paper's or a firm's name, never a
# person's (a surname with its article, "Le Pen", has two words).
ROMANCE_ARTICLES = frozenset({"La", "Le", "Les", "Los", "Las", "Il", "Lo"})
ARTICLE_NAME_MIN_WORDS = 3
# Compass words after a town's name make an area of it ("Zenda East"): see `_vote`.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})
# Symbols no person's name is written with, but a channel's ("ZTV+"), a social account's ("@zenda")
# or a hashtag's are.
NAME_SYMBOLS = re.compile(r"[+=@#|<>{}]")
# Type preference when a surface's mentions disagree and votes tie.
TYPE_ORDER: tuple[EntityType, ...] = ("person", "organization", "place", "group", "other")


@dataclass(slots=True)
class _Surface:
    """One distinct (type, folded text) seen in the corpus, with its occurrences."""

    text: str  # the most frequent spelling as written
    folded: str
    type: EntityType
    forms: Counter[str]
    documents: dict[str, None]
    count: int = 0
    labels: Counter[str] = dataclasses.field(default_factory=Counter)  # spaCy labels seen
    roles: Counter[str] = dataclasses.field(default_factory=Counter)  # titles stripped off (persons)
    located: int = 0  # mentions right after a locative preposition ("in X", "near X")
    titled: Counter[str] = dataclasses.field(default_factory=Counter)  # "King X": aliases, never the name


# Articles of the languages in `FOREIGN_ORG_FIRST_WORDS`, dropped before such a body's name.
FOREIGN_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "l", "o", "a", "al"})
# A parenthesis opened inside a span and never closed ("Centro Zendano de ... (CEZEDH"): the span ran
# into the short name after it; the name is what comes before.
_UNCLOSED_PAREN = re.compile(r"\s*[(\[][^)\]]*$")


def _clean(text: str) -> str:
    t = _UNCLOSED_PAREN.sub("", " ".join(text.split())) if "(" in text or "[" in text else " ".join(text.split())
    t = _one_name(t)
    t = t.strip(" ,.;:\"“”'’-•·■")  # "Lee Jun-": a span cut at a hyphen; "AFP.•": a bullet glued on
    words = t.split()
    if len(words) > 2 and fold(words[0]) in FOREIGN_ARTICLES and fold(words[1]) in FOREIGN_ORG_FIRST_WORDS:
        t = " ".join(words[1:])  # "La Comision Zendana de ...": the body's name without its article
    for poss in ("'s", "’s"):
        t = t.removesuffix(poss)
    t = trim_fragment(t).strip(" ,.;:\"“”'’")
    # a dotted abbreviation keeps its last dot ("U.N.", "U.S."), and so does an abbreviated last word
    # ("Zenda Logistics Co.", "Jan Novak Jr."): a sentence's full stop is not cut
    dotted = _DOTTED_ABBREVIATION.fullmatch(t) or (len(words) > 1 and fold(t.split()[-1]) in ABBREVIATED_END_WORDS)
    return t + "." if dotted and text.rstrip().endswith(".") else t


# A full stop ending a sentence inside a span ("Zenda. The Office for Relief"): a word of four letters at
# least before it (not an abbreviated title: "Gen.", "Comr."), then a capital.
_SENTENCE_BREAK = re.compile(r"\b([A-Za-z][a-z]{3,})\.\s+(?=[A-Z])")
# A dash between spaces joining a dateline or a page title to a name ("ZENDABAD - Cyclone Tarlen",
# "Zenda - The Strelsau Times"), and a slash between a photographer and the agency in a credit ("Jan
# Novak / Zenda Press", "Jan Novak/Zenda Images").
_SPACED_DASH = re.compile(r"\s+(?:-|–|—|--)\s+")
_CREDIT_SLASH = re.compile(r"(?<=\w{3})\s*/\s*(?=[A-Z]\w{2})")


def _one_name(t: str) -> str:
    """One name out of a span the model ran across two: the longer part of a span a sentence's end
    splits (the later on a tie); after a dateline in capitals, what follows it; a page title's part
    before its dash; the agency of a photo credit."""
    pieces = [p for p in _split_sentences(t) if p.strip()]
    if len(pieces) > 1:
        t = max(reversed(pieces), key=lambda p: len(p.split())).strip()
    dashed = [p.strip() for p in _SPACED_DASH.split(t) if p.strip(" -–—")]
    if len(dashed) > 1:
        t = dashed[1] if dashed[0].isupper() else dashed[0]
    slashed = _CREDIT_SLASH.split(t)
    return slashed[-1].strip() if len(slashed) > 1 else t


def _split_sentences(t: str) -> list[str]:
    out, last = [], 0
    for m in _SENTENCE_BREAK.finditer(t):
        if fold(m[1]) in _NOT_SENTENCE_END:
            continue
        out.append(t[last : m.end(1)])
        last = m.end()
    return [*out, t[last:]]


# Words of four letters or more written abbreviated with a dot before a name ("Comr.", "Supt.", "Corp.").
_NOT_SENTENCE_END = frozenset({"comr", "supt", "corp", "bros", "sgt", "capt", "brig", "insp", "gov"})


# Last words of a name written abbreviated with a dot: a company's legal form, a generation.
ABBREVIATED_END_WORDS = frozenset({"co", "corp", "inc", "ltd", "bros", "jr", "sr"})
# "U.N", "U.S", "D.C": letters each followed by a dot but the last.
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,4}[A-Z]")


def _country_test(gaz):
    """word -> whether a country has this name (cached per call of `link`)."""
    cache: dict[str, bool] = {}

    def is_country(word: str) -> bool:
        if word not in cache:
            cache[word] = bool(word[:1].isalpha()) and any(p.kind == "country" for p in gaz.candidates(word))
        return cache[word]

    return is_country


# Where a body is based, written before its name ("the US-based Zenda Congress", "the London-based
# Tarlen Trust"): a description, not a word of the name.
_BASED_BEFORE = re.compile(r"^(?:the\s+)?[\w.’'-]+-based\s+(?=[A-Z])", re.IGNORECASE)


def _without_country(text: str, is_country) -> str:
    """An office without the possessive country before it: "South Korea's interior ministry" ->
    "interior ministry" (the country is stated by the corpus's focus, and `org_country` keeps it apart);
    a body without where it is based ("the US-based Zenda Congress" -> "Zenda Congress")."""
    text = _BASED_BEFORE.sub("", text)
    for sep in ("'s ", "’s "):
        head, found, rest = text.partition(sep)
        if found and rest and is_country(head.strip()) and len(rest.split()) >= 2:
            return rest
    return text


def _is_place_name(text: str, gaz) -> bool:
    """A country or a first-level region: never a person or an organization."""
    return any(p.kind != "city" for p in gaz.candidates(text))


def _add(surfaces: dict, etype: EntityType, text: str, doc_id: str, label: str = "") -> tuple[EntityType, str]:
    folded = org_key(text) if etype == "organization" else place_surface_key(text) if etype == "place" else fold(text)
    if etype == "group" and folded.endswith("s") and folded[:-1] in PEOPLE_NAMES:
        folded = folded[:-1]
    key = (etype, folded)
    s = surfaces.get(key)
    if s is None:
        s = surfaces[key] = _Surface(text=text, folded=folded, type=etype, forms=Counter(), documents={})
    s.forms[text] += 1
    if label:
        s.labels[label] += 1
    s.documents.setdefault(doc_id, None)
    s.count += 1
    return key


def _vote(text: str, votes: Counter[EntityType], gaz, is_country=lambda w: False,
          surnames: frozenset[str] = frozenset()) -> EntityType:
    """The type of a surface from its mentions' votes and what its words say. `surnames`: the folded
    words the corpus writes as the surname of someone named in full (see `written_surnames`)."""
    f = fold(text)
    if f in PEOPLE_NAMES or f.rstrip("s") in PEOPLE_NAMES or _people_of(f):
        return "group"
    if (f.split()[0] in NEWS_AGENCIES or strip_determiner(f) in _KNOWN_BODIES or as_acronym(text) in KNOWN_BODY_ACRONYMS
            or known_body(text)):
        return "organization"  # "the African Union", which the model calls a place; "Hamas", a "city" to GeoNames
    fw = strip_determiner(f).split()
    if (len(fw) > 1 and fw[0] in FOREIGN_ORG_FIRST_WORDS and not gaz.candidates(text)
            and not votes["craft"]):  # type: ignore[index]
        return "organization"  # "Comision Zendana de ...", "Tajammu al-Mihaniyin": a body in its own language
    if votes["phenomenon"]:  # type: ignore[index]
        return "other"  # "Cyclone Zenda" and the storm's bare name: never a person, a place or a body
    if votes["craft"] and votes["craft"] >= CRAFT_SHARE * sum(votes[t] for t in TYPE_ORDER):  # type: ignore[index]
        return "other"  # a vessel the corpus names by its kind often enough: never a person
    best = max(TYPE_ORDER, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))
    if best == "place" and " " in f and f.split()[-1] in BODY_NOT_PLACE_ENDINGS and not gaz.candidates(text):
        return "organization"  # "South Eastern Railway": a body, whatever the model called it
    if (best == "organization" and " " not in text and not as_acronym(text)
            and votes["locative"] >= LOCATIVE_MIN  # type: ignore[index]
            and votes["locative"] >= LOCATIVE_SHARE * votes["organization"]):  # type: ignore[index]
        return "place"  # a one-word "organization" the corpus keeps writing "in X" / "at X" about
    if best == "person" and _not_a_persons_name(text):
        return "organization"  # "Zenda TV24", "Strelsau Engineering": a channel or a firm
    written = text.split()
    if best == "person" and len(written) >= ARTICLE_NAME_MIN_WORDS and written[0] in ROMANCE_ARTICLES:
        return "organization"  # "La Belle Zenda", "Le Petit Tarlen": a venue's or a paper's name
    if (best == "organization" and len(fw) == 2 and fw[-1] in COMPASS_WORDS and fw[0] not in COMPASS_WORDS
            and not gaz.candidates(text) and _is_known_town(fw[0], gaz)):
        return "place"  # "from Zenda East": a constituency or ward named for its town
    words = f.split()
    if best == "person" and len(words) > 1 and words[-1] in FACILITY_END_WORDS:
        return "place"  # "Bogyoke Zaw Market": a market named after a person
    if best in ("organization", "place") and len(words) > 1 and words[-1] in OCCASION_END_WORDS:
        return "other"  # "Armed Forces Day": a day marked, neither a body nor a place
    if best == "person" and len(words) > 1 and words[-1] in SETTLEMENT_END_WORDS:
        return "place"  # "Vesktaw Town", "Zaw Min Road": a town, or a road named after a person
    if best in ("person", "organization") and len(words) > 1 and words[0] in SQUARE_START_WORDS:
        return "place"  # "Piazza Zeno Tarlen": a square named after a person
    if best in ("person", "organization") and named_as_place(text):
        return "place"  # "Zenda Island", "Tarlen Upazila", "the Zenda Concert Hall", "Place Jan Novak"
    if (best == "organization" and len(words) > 1 and words[-1] in LANDMARK_END_WORDS
            and not any(w in ORG_NAME_WORDS for w in words)):
        return "place"  # "Zendabi al-Tarlen Square", "Zenda Mosque": a landmark, not a body
    if (best in ("organization", "place") and len(words) > 1 and words[0] in HONORIFIC_WORDS
            and _person_like(text) and words[-1] not in FACILITY_END_WORDS and not gaz.candidates(text)
            and not (best == "place" and votes["described_place"])):  # type: ignore[index]
        return "person"  # "Thakin Zaw Lin": an honorific and a person's name; not "the roads of Bogyoke Zaw"
    if best in ("person", "organization"):
        if (_is_place_name(text, gaz) and not _region_surname(text, votes, gaz, surnames)) or (
                votes["place"] and gaz.candidates(text)):
            return "place"  # "Almaty" tagged PERSON once, GPE elsewhere; a country is never a person
        name, role = person_and_role(text, is_country)
        honorific = fold(text.split()[0]).rstrip(".") in NAME_HONORIFICS  # "Shri Jan Novak", "Hon. Jan Novak"
        if best == "organization" and (role or honorific) and name != text and _person_like(name):
            return "person"  # "Ruritanian President Mirzo-Bek Karimov" is the president, not an office
    return best


def written_surnames(mentions) -> frozenset[str]:
    """Folded words the corpus writes as a surname after a given name: the last word of a person's
    name of two words or more, and the one before it in a name of three or more ("Jorge Luis Tarlen
    Zenda": two surnames, the father's and the mother's, as Spanish and Portuguese names have)."""
    out: set[str] = set()
    for m in mentions:
        words = m.text.split() if m.type == "person" else []
        if len(words) >= 2:
            out.add(fold(words[-1]))
            if len(words) >= 3 and words[-2][:1].isupper():
                out.add(fold(words[-2]))
    return frozenset(out)


def _region_surname(text: str, votes: Counter[EntityType], gaz, surnames: frozenset[str]) -> bool:
    """A one-word name that is a first-level region abroad ("Vargas", "Meta", "Valencia") but that the
    corpus writes only as a person's and as the surname of someone it names in full: that person's
    surname, not the region. A country's name is never one here."""
    return (" " not in text.strip() and fold(text) in surnames and not votes["place"]
            and not any(p.kind == "country" for p in gaz.candidates(text)))


# Where fold() breaks a name into words (spaces and hyphens), applied to the name as written.
WRITTEN_WORD_SPLIT = re.compile(r"[\s\-]+")


def named_as_place(text: str) -> bool:
    """A name whose own words say it is a place: two words or more, the last a place's kind or a
    venue's ("Zenda Island", "Tarlen District", "Zenda Beach", "Tarlen Causeway", "Zenda Concert Hall"),
    or the first a street's or a square's ("Place Jan Novak", "Jalan Tarlen"), and no word of a body's
    name in it ("Zenda District Council", "Zenda Unified School District" are bodies)."""
    words = [w.strip("'’") for w in fold(text).split()]
    if len(words) < 2 or any(w in ORG_SUFFIXES or w in ORG_NAME_WORDS for w in words):
        return False
    if words[0] in PLACE_START_WORDS:
        # the written words as fold splits them (a hyphen too: "Rue-de-Lyon" is three words)
        written = WRITTEN_WORD_SPLIT.split(text.strip())
        return len(written) > 1 and written[1][:1].isupper()
    return (words[-1] in PLACE_NAME_END_WORDS or words[-1] in VENUE_END_WORDS
            or tuple(words[-2:]) in VENUE_END_PHRASES)


def page_furniture(text: str) -> bool:
    """A span made only of a web page's furniture words ("Story Tools", "Top Story", "Placeholder
    Image", "Reader's Letters"): a menu item or a widget's label, never a name (see
    `PAGE_FURNITURE_WORDS`). Function words may stand between them ("Leave a Reply")."""
    words = [w for w in re.split(r"[\s/|]+", fold(text).replace("’", "'")) if w]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    return bool(words) and all(w in PAGE_FURNITURE_WORDS or w in ACRONYM_STOPWORDS for w in words) \
        and any(w in PAGE_FURNITURE_WORDS for w in words)


# Words that may stand with demonyms in a name of a people ("Ethnic Zendans", "Zendan Muslims").
PEOPLE_WORDS = frozenset({"ethnic", "muslim", "muslims", "christian", "christians", "people", "minority"})


def _people_of(folded: str) -> bool:
    """A span of demonyms and the words of a people only ("Uighur Muslim", "Ethnic Uzbeks"): a group
    of people, never a person (one demonym at least)."""
    words = folded.split()
    return (len(words) > 1 and all(w in PEOPLE_NAMES or w.rstrip("s") in PEOPLE_NAMES or w in PEOPLE_WORDS for w in words)
            and any(w in PEOPLE_NAMES or w.rstrip("s") in PEOPLE_NAMES for w in words))


def _is_known_town(word: str, gaz) -> bool:
    """A one-word name the gazetteer knows as a place (any kind)."""
    return bool(word) and bool(gaz.candidates(word))


def _not_a_persons_name(text: str) -> bool:
    """A digit ("Zenda 24", "TV5"), a symbol ("ZTV+", see `NAME_SYMBOLS`) or a company's or body's
    last word ("Strelsau Engineering", "Zenda Holding"): no person's name has any (roman numerals of
    kings are letters)."""
    words = fold(text).split()
    if _website_name(text) or NAME_SYMBOLS.search(text):
        return True
    return any(c.isdigit() for c in text) or (len(words) > 1 and (
        words[-1] in ORG_SUFFIXES or any(w in ORG_NAME_WORDS for w in words)))  # "Zenda Rights Watch"


def _website_name(text: str) -> bool:
    """One word ending with a web domain ("Zendanews.com", "Zendacom" for zenda.com): a news site,
    never a person ("Malcom" has too few letters before the ending to be a site's name)."""
    if " " in text.strip() or not text[:1].isupper():
        return False
    for end in WEBSITE_ENDINGS:
        written = text.lower() if end.startswith(".") else text  # "Zenda.Net" as well as "zenda.net"
        stem = text[: -len(end)] if written.endswith(end) else ""
        if len(stem.rstrip(".")) >= WEBSITE_NAME_MIN and stem.rstrip(".").isalpha():
            return True
    return False


def _listed_among_places(mentions: Sequence[Mention], texts: dict[str, str]) -> set[int]:
    """Mention indices that are items of a list of places in their document (see
    `context_votes.listed_among_places`)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.document].append(i)
    out: set[int] = set()
    for doc_id, idx in by_doc.items():
        idx.sort(key=lambda i: (mentions[i].start, mentions[i].end))
        spans = [(mentions[i].start, mentions[i].end, mentions[i].type == "place" and mentions[i].label != "LOC")
                 for i in idx]
        out.update(idx[j] for j in listed_among_places(texts.get(doc_id, ""), spans))
    return out


def _person_like(text: str) -> bool:
    words = text.replace("-", " ").split()
    return (1 <= len(words) <= 4 and words[0][:1].isupper()
            and all(w[:1].isupper() or fold(w) in NAME_PARTICLES for w in words)  # "Abdel Fattah el-Sisi"
            and fold(words[-1]) not in ORG_SUFFIXES and not as_acronym(text))


def _guess_type(text: str) -> EntityType:
    words = fold(text).split()
    if not words:
        return "other"
    f = " ".join(words)
    if f in PEOPLE_NAMES or f.rstrip("s") in PEOPLE_NAMES or _people_of(f):
        return "group"  # "Uighurs said", "Ethnic Zendans told": a people, never a person
    if words[-1] in UNNAMED_PEOPLE and (text == text.lower() or len(words) == 1):
        return "group"  # "officials", "local officials", "Rescuers" opening a sentence: unnamed people
    if len(words) == 1 and words[0] in UNNAMED_BODIES:
        return "organization"  # "Authorities said": the bodies in charge, never a person
    if len(words) > 1 and words[-1] in LANDMARK_END_WORDS and _person_like(text.rsplit(None, 1)[0]):
        return "place"  # "Zendabi al-Tarlen Square" named as where something happened (not "head of X Airport")
    if len(words) > 1 and words[0] in PLACE_START_WORDS and named_as_place(text):
        return "place"  # "Ain Zenda", "Jalan Tarlen" named in a claim: the words say place, as `_vote` reads them
    if ALPHANUMERIC_CODE.match(text.strip()):
        return "other"  # "ZX301": a flight's or a hull's code
    if NAME_SYMBOLS.search(text):
        return "organization"  # "ZTV+", "@zendanews": a channel's or an account's name, never a person's
    if words[0] in PERSON_TITLES or (
        len(words) <= 3 and words[-1] not in ORG_SUFFIXES and all(w[:1].isupper() for w in text.split())
        and not any(w in ACRONYM_STOPWORDS for w in words) and not as_acronym(text)
        and not (len(words) > 1 and any(w in ORG_NAME_WORDS for w in words))  # "Zenda Rights Watch"
    ):
        return "person"
    return "organization"


def _top(votes: Counter[str]) -> str | None:
    """The most voted key; ties broken by the key (Counter order follows set order, i.e. hash seed)."""
    return min(votes.items(), key=lambda kv: (-kv[1], str(kv[0])))[0] if votes else None
