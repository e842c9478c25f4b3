"""Venues: the sites inside an event's area where part of its count stood (issue 11).

News of an attack or a crackdown on several sites gives the toll of each site beside the
whole: "41 at the Al Noor mosque and seven at the Linwood mosque", "the concert hall, where 89
died", "the toll at the sit-in alone". A count scoped to a venue is a part of the event's count
by place, as "103 of them in Almaty" is. NER rarely tags such names as places (it reads
"Al Noor" as a person, "the Lumiere concert hall" as nothing), so a venue is told by its common
noun: a place of worship, of gathering, of eating, of sport, of protest.

Several spellings name one venue ("Masjid Al Noor Mosque", "the Al Noor mosque", "Al Noor"):
`venue_key` keeps the proper words only, so they meet in one slot.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

# Common nouns of venues a crowd gathers at, where one site's count is a part of an event's.
# Not hospitals, morgues or "the scene" (a status or place of the counted, graph_cues.FACILITY_AFTER_RE),
# nor buildings, towers, bridges, mines (usually the event's own site, one place for all its dead).
VENUE_NOUNS: frozenset[str] = frozenset({
    "mosque", "masjid", "church", "cathedral", "chapel", "synagogue", "temple", "shrine",
    "hall", "theatre", "theater", "venue", "cinema", "restaurant", "cafe", "café", "bar", "pub",
    "nightclub", "club", "stadium", "arena", "hotel", "market", "marketplace", "mall", "square",
    "sit-in", "encampment", "camp",
})
# Words of a venue's description that are no part of its proper name ("the Masjid Al Noor
# mosque", "the Bataclan concert hall", "the Linwood Islamic Centre"): dropped from its key.
VENUE_DESCRIPTIVE: frozenset[str] = frozenset({
    "concert", "music", "islamic", "centre", "center", "sit", "in", "protest", "cultural",
})
# Words before a venue noun that make it one of a kind rather than a named site ("a second
# mosque", "another restaurant"): still a venue, told apart by its own words.
_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "its", "their"})
# Words that tell one of an event's sites from another ("a second mosque", "another hall").
_SITE_ORDINALS: frozenset[str] = frozenset({"second", "third", "fourth", "first", "other", "another", "nearby",
                                            "neighbouring", "neighboring"})
# Words before a venue noun that make it several venues ("both mosques", "all three halls").
_SEVERAL: frozenset[str] = frozenset({"both", "all", "several", "many", "various", "two", "three", "four"})


def is_venue(tok: Token) -> bool:
    """A common noun of one venue ("mosque", "concert hall", "sit-in"). Several venues ("at two
    mosques", "in both mosques") are the event's whole area, no part of it."""
    if tok.pos_ not in ("NOUN", "PROPN") or _lemma(tok) not in VENUE_NOUNS:
        return False
    return tok.tag_ not in ("NNS", "NNPS") and not any(
        c.dep_ in ("nummod", "det", "predet") and (c.like_num or c.lower_ in _SEVERAL) for c in tok.children)


def described_venue(tok: Token) -> bool:
    """ "outside a crowded nightclub", "at a busy market": a venue introduced by "a" with no name
    and nothing that tells it from another ("a second mosque") describes where the event happened,
    not one of its sites."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    return not any(c.pos_ == "PROPN" or c.lower_ in _SITE_ORDINALS or c.dep_ in ("nummod", "compound")
                   for c in tok.children)


def venue_head(tok: Token) -> bool:
    """A noun that names one venue: a venue noun, or a name it describes ("the concert venue
    Lumiere"); never an incident named after its venue ("the mosque shootings")."""
    return is_venue(tok) or (tok.pos_ == "PROPN" and any(c.dep_ == "compound" and is_venue(c) for c in tok.children))


def _lemma(tok: Token) -> str:
    low = tok.lower_
    if low == "in" and tok.i > 1 and tok.doc[tok.i - 1].lower_ == "-":
        return "sit-in"  # "sit - in" split by the tokenizer
    return low if low in VENUE_NOUNS else tok.lemma_.lower()


def venue_name(tok: Token) -> str:
    """The words naming a venue noun's site: its phrase up to the noun, without a leading
    determiner ("the Masjid Al Noor mosque" -> "Masjid Al Noor mosque")."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and (doc[start].lower_ in _DETERMINERS or doc[start].tag_ == "POS" or doc[start].is_punct):
        start += 1
    return doc[start:tok.i + 1].text


def venue_key(name: str) -> str | None:
    """The proper words of a venue's name, lower case ("the suburban Linwood Masjid Mosque" ->
    "linwood"); None when the name is no venue's (its words name no venue noun). A venue named by
    common words only ("the second mosque") keeps them."""
    words = re.findall(r"[\w']+(?:-in)?", name)
    if not any(w.lower() in VENUE_NOUNS for w in words):
        return None
    proper = [w.lower() for w in words if w[:1].isupper() and w.lower() not in VENUE_NOUNS
              and w.lower() not in VENUE_DESCRIPTIVE and w.lower() not in _DETERMINERS]
    return " ".join(proper) if proper else " ".join(w.lower() for w in words if w.lower() not in _DETERMINERS)


def venue_elsewhere(name: str, text: str) -> str | None:
    """The venue an article names `name` as somewhere ("Al Noor mosque", "the mosque Al Noor"),
    or None: a bare "at Al Noor" then means that site, whatever NER made of the name."""
    nouns = "|".join(sorted((re.escape(n) for n in VENUE_NOUNS), key=len, reverse=True))
    esc = re.escape(name)
    m = re.search(rf"\b{esc}\s+(?:[\w-]+\s+)?(?:{nouns})\b|\b(?:{nouns})\s+{esc}\b", text, re.I)
    return m.group(0) if m is not None else None


# Street words of an address ("18 rue Alibert", "50 Boulevard Voltaire", "221 Baker Street").
STREET_WORDS = (r"rue|avenue|ave|boulevard|blvd|bd|street|st|road|rd|lane|place|quai|allee|allée|calle|via|"
                r"strasse|straße|square|drive|way")
# A listing's label line: a site's name, its street address, then a dash before the count
# ("The Blue Lantern cafe, 12 rue des Lilas, 3rd district - at least 9 dead"), as live pages and
# graphics list the sites of a multi-site attack. The count is that site's.
ADDRESS_LABEL_RE = re.compile(
    rf"^\s*(?P<site>[^,\d][^,]{{2,60}}?)\s*,(?:\s*[\w ]{{1,20}},)?\s*\d{{1,4}}(?:\s*(?:bis|ter))?,?\s+"
    rf"(?:(?:{STREET_WORDS})\b[^-–—:]{{1,60}}|[^-–—:,]{{1,40}}\s+(?:{STREET_WORDS})\b[^-–—:]{{0,40}})\s[-–—:]\s*$",
    re.I)


def address_label_site(text: str, start: int) -> str | None:
    """The site a label line with a street address puts the count after its dash at ("Le Petit
    Cafe, 20 rue Foo, 11th district - 5 dead" -> "Le Petit Cafe"); None for any other sentence."""
    m = ADDRESS_LABEL_RE.match(text[:start])
    return m.group("site").strip() if m is not None else None
