"""Component `counterpoint_ner_repair_v1`: fix the small model's entity labels with context.

It runs before `cp_mentions`, rewriting `doc.ents`:
- demonyms ("Kazakh", "Kazakhstanis") become NORP groups, never persons or organizations;
- news agencies ("Sputnik", "Sputnik Kazakhstan", "AFP") become ORG;
- headline fragments are trimmed to the name ("Vladimir Putin Sends" -> "Vladimir Putin");
- spans cut at line breaks and at commas between places ("Zhanaozen, Mangystau Oblast");
- a leading country is split off a person ("Kazakhstan Kassym-Jomart Tokayev");
- a person-shaped name the model calls ORG or GPE becomes PERSON when a title precedes it or it
  has a Slavic surname ending and is not a known place ("Tokayev", "Nursultan Nazarbayev");
- a lone word the gazetteer knows as a place is GPE, not PERSON or ORG ("Almaty", "Guryev"),
  unless the same document uses it as a person's surname;
- PERSON spans with no capitalized word or with non-name characters are dropped ("Ctrl + Enter");
- a body named for two places is one organization ("Kensington and Chelsea Council");
- a Saharan place's "In" is part of its name, and a body's name run into its head's name is cut
  (see `name_spans`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .body_names import written_pattern
from .gazetteer import is_country_or_region, is_known_place
from .name_spans import body_then_person as _body_then_person
from .name_spans import in_place as _in_place
from .name_spans import person_shaped as _person_shaped
from .rules import (
    BOILERPLATE_FIRST_WORDS,
    COMPANY_WORDS,
    DEMONYMS,
    EVENT_END_WORDS,
    FACILITY_END_WORDS,
    FIRE_NAME_WORDS,
    HEADLINE_VERBS,
    KNOWN_BODY_ACRONYMS,
    NEWS_AGENCIES,
    NON_NAME_CHARS,
    NOT_NAME_WORDS,
    ORG_NAME_CONNECTORS,
    ORG_SUFFIXES,
    PERSON_SURNAME_ENDINGS,
    PERSON_TITLES,
    PERSON_TOKEN,
    PLACE_UNIT_WORDS,
    ROLE_WORDS,
    SPEECH_LEMMAS,
    STORM_WORDS,
    TERRAIN_END_WORDS,
)
from .translit import as_acronym, fold

# Labels the small model gives quoted organization names ('the "White Helmets" civil defense group').
QUOTED_NAME_LABELS = frozenset({"LAW", "WORK_OF_ART"})
# Nouns after a quoted name (within a few words) that make it an organization's name.
ORG_DESCRIPTOR_NOUNS = frozenset({"group", "organization", "organisation", "agency", "movement", "party",
                                  "network", "center", "centre", "association", "union", "service"})
ORG_DESCRIPTOR_WINDOW = 4
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})
# A capitalized word with digits right after a name ("TG24", "TV5", "FM100"): a channel's or a
# station's name goes on; no person's name does.
CHANNEL_TOKEN = re.compile(r"^[A-Z][A-Za-z]{0,4}[0-9]{1,4}$")
# A person's name after a title the model left untagged has this many words (given name(s) and surname).
TITLED_NAME_MIN = 2
TITLED_NAME_MAX = 3
# A title-case line (a headline): this many words at least, this share of them capitalized.
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPS_SHARE = 0.8
# Wire services news cites by name, which the small model leaves untagged at a sentence's end or
# before a bullet ("according to AFP.•"); tagged ORG where a citation's words stand around them
# (see `_untagged_wires`). Folded names (written as a capitalized word or in capitals).
WIRE_NAMES = frozenset("afp ap reuters yonhap tass interfax xinhua kyodo ansa efe dpa upi anadolu bernama pti "
                       "irna antara".split())
WIRE_CITED_BEFORE = re.compile(r"(?:\baccording\s+to|\btold|\bvia|\bby|\()\s*$", re.IGNORECASE)
_TRAILING_MARKS = re.compile(r"[^\w]+$")
WIRE_CITED_AFTER = re.compile(r"^\s*(?:\)|reported|reports|said|says|news\s+agency|quoted)")
# A saint's title opening a name the model calls a person ("the St Zenda cell"): a place named after
# the saint when the gazetteer knows it ("St" and "Saint" folded alike there).
SAINT_WORDS = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "sao"})
# Labels this component may rewrite; the rest (DATE, CARDINAL...) pass through untouched.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


@Language.factory("counterpoint_ner_repair_v1")
def make_ner_repair(nlp: Language, name: str) -> NerRepair:
    return NerRepair()


class NerRepair:
    def __call__(self, doc: Doc) -> Doc:
        surnames = {
            fold(e[-1].text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
        }
        storms = {fold(doc[t.i + 1].text) for t in doc[:-1]
                  if t.lower_ in STORM_WORDS and doc[t.i + 1].text[:1].isupper()}
        text = doc.text  # spaCy rebuilds Doc.text from every token on each read: read it once
        body = _body_text(text)
        out: list[Span] = []
        for ent in _join_and_named(doc, _join_adjacent_persons(doc, doc.ents)):
            if ent.label_ in QUOTED_NAME_LABELS:
                ent = _quoted_org(ent)
            ent = _in_place(doc, _aged_person(doc, ent))
            if ent.label_ not in NAME_LABELS:
                out.append(ent)
                continue
            for piece in _split(doc, ent):
                fixed = _relabel(doc, _connected_org(_cut_hyphenated_name(piece)), surnames)
                if fixed is not None:
                    fixed = _real_coverage(fixed, storms)
                if fixed is not None:
                    fixed = _hazard_or_terrain(_title_led_office(fixed), storms)
                if fixed is not None and fixed.label_ in ("PERSON", "ORG", "NORP") and _headline_only(fixed, body, text):
                    fixed = None
                if fixed is not None:
                    out.append(_extend_person(fixed) if fixed.label_ == "PERSON" else fixed)
        taken = {i for sp in out for i in range(sp.start, sp.end)}
        out.extend(_untagged_speakers(doc, taken))
        out.extend(_untagged_wires(doc, taken, text))
        bodies = _listed_bodies(doc, text)
        out = [sp for sp in out if not any(b.start <= sp.start and sp.end <= b.end for b in bodies)] + bodies
        out = _titled_untagged(doc, out)
        out = _bearing_places(doc, out)
        doc.ents = filter_spans(out)
        return doc


# An age in apposition after a name ("X, 56,", "X, a 56-year-old"): only a person is given one.
AGE_AFTER = re.compile(r"^\s*,\s*(?:(?:aged\s+)?[1-9][0-9]?\s*,|an?\s+[1-9][0-9]?-year-old\b)")


def _aged_person(doc: Doc, ent: Span) -> Span:
    """A one-word group or place name the model tagged that is a person's first word, the rest of
    the name untagged and an age after it ("Han Zenfeng, a 56-year-old": a surname that is also a
    people's name): the person."""
    end = ent.end
    while ent.label_ in ("NORP", "GPE") and len(ent) == 1 and end < len(doc) and end - ent.start < TITLED_NAME_MAX \
            and doc[end - 1].whitespace_ == " " and _name_word(doc[end]):
        end += 1
    if end == ent.end or not AGE_AFTER.match(doc.text[doc[end - 1].idx + len(doc[end - 1].text):][:40]):
        return ent
    return Span(doc, ent.start, end, label="PERSON")


def _split(doc: Doc, ent: Span) -> list[Span]:
    """Cut a span at line breaks, headline verbs, commas between places, and a leading country."""
    pieces: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end):
        tok = doc[i]
        if "\n" in tok.text or tok.is_space:
            if i > start:
                pieces.append(Span(doc, start, i, label=ent.label_))
            start = i + 1
    if start < ent.end:
        pieces.append(Span(doc, start, ent.end, label=ent.label_))
    result: list[Span] = []
    for sp in pieces:
        # "Zenda Leader Blames Foreign Militants": a capitalized headline verb inside ends the name
        verb = next((t.i for t in sp[1:] if t.text[:1].isupper() and t.lower_ in HEADLINE_VERBS), None)
        if verb is not None:
            sp = Span(doc, sp.start, verb, label=sp.label_)
        # "Vladimir Putin Sends": a capitalized verb at the end is a headline word, not the name.
        while len(sp) > 1 and sp[-1].text.lower() in HEADLINE_VERBS:
            sp = Span(doc, sp.start, sp.end - 1, label=sp.label_)
        commas = [t.i for t in sp if t.text == ","]
        if commas and sp.label_ != "PERSON":
            parts, s = [], sp.start
            for c in [*commas, sp.end]:
                if c > s:
                    parts.append(Span(doc, s, c, label=sp.label_))
                s = c + 1
            if all(is_known_place(p.text) for p in parts):
                result.extend(Span(doc, p.start, p.end, label="GPE") for p in parts)
                continue
        if len(sp) > 2 and sp.label_ in ("ORG", "GPE") and not sp[1].text.startswith("-"):
            head, rest = Span(doc, sp.start, sp.start + 1), Span(doc, sp.start + 1, sp.end, label="PERSON")
            whole = sp.text.removesuffix("'s").removesuffix("’s")
            if (is_country_or_region(head.text) and _person_shaped(rest) and not _ends_org(rest)
                    and not is_known_place(whole)):  # "South Korea's" is one country, not "South" + a person
                result.append(Span(doc, head.start, head.end, label="GPE"))
                result.append(rest)
                continue
        cut = _body_then_person(doc, sp)
        if cut is not None:
            result.extend(cut)
            continue
        result.append(sp)
    return [p for p in result if len(p) and p.text.strip()]


def _relabel(doc: Doc, sp: Span, surnames: set[str]) -> Span | None:
    text = sp.text.strip()
    folded = fold(text)
    words = folded.split()
    label = sp.label_
    if not words:
        return None
    first = words[1] if words[0] == "the" and len(words) > 1 else words[0]
    if folded in DEMONYMS or (folded.endswith("s") and folded[:-1] in DEMONYMS):
        return _with(sp, "NORP")
    if first in NEWS_AGENCIES or as_acronym(text) in KNOWN_BODY_ACRONYMS:
        return _with(sp, "ORG")  # "U.N." is the body, not a town the gazetteer knows as "Un"
    if label == "PERSON" and first in SAINT_WORDS and sp[-1].text[:1].isupper():
        named = sp[1:] if words[0] == "the" else sp  # "the St Zenda cell": the town, as places are written
        if is_known_place(named.text):
            return Span(doc, named.start, named.end, label="GPE")
    if label == "PERSON":
        if NON_NAME_CHARS.search(text) or not _person_shaped(sp, strict=False):
            return None
        if _ends_org(sp):
            return _with(sp, "ORG")  # "Ascension Cathedral"
    single = " " not in text  # "Almaty", "Alma-Ata": one word, hyphens allowed
    if label in ("PERSON", "ORG") and single and folded not in surnames and is_known_place(text):
        nxt = doc[sp.end].lemma_ if sp.end < len(doc) else ""
        if nxt not in ("say", "tell"):
            return _with(sp, "GPE")
    if label in ("ORG", "GPE", "NORP") and not _ends_org(sp) and _person_shaped(sp):
        titled = sp.start > 0 and doc[sp.start - 1].text.lower() in PERSON_TITLES
        slavic = words[-1].endswith(PERSON_SURNAME_ENDINGS) and len(words[-1]) > 4
        if (titled or slavic or folded in surnames) and not is_known_place(text):
            return _with(sp, "PERSON")
    return sp


def _ends_org(sp: Span) -> bool:
    return fold(sp[-1].text) in ORG_SUFFIXES


def _demonym(sp: Span) -> bool:
    f = fold(sp.text)
    return f in DEMONYMS or (f.endswith("s") and f[:-1] in DEMONYMS)


def _with(sp: Span, label: str) -> Span:
    return sp if sp.label_ == label else Span(sp.doc, sp.start, sp.end, label=label)


# --- real coverage: page furniture, happenings, facilities, storms, cut and untagged names ---------


def _real_coverage(sp: Span, storms: set[str]) -> Span | None:
    """None for page furniture, a happening's name, a storm's name, a title alone, a lower-case
    span; a FAC for a built place the model calls a person or an organization."""
    words = fold(sp.text).split()
    if not words:
        return None
    if sp.label_ in ("PERSON", "ORG") and (
            words[0] in BOILERPLATE_FIRST_WORDS or words[-1] in EVENT_END_WORDS
            or not any(t.text[:1].isupper() for t in sp)):
        return None
    if sp.label_ == "PERSON" and fold(sp.text) in storms:
        return None  # "Hurricane Maria ... after Maria made landfall"
    if sp.label_ == "ORG" and words[-1] in PERSON_TITLES and words[-1] not in ORG_SUFFIXES and len(words) > 1:
        return None  # "National Police Inspector General": a title, its holder named apart
    if sp.label_ in ("PERSON", "ORG") and words[-1] in FACILITY_END_WORDS and len(words) > 1:
        return _with(sp, "FAC")
    if sp.label_ in ("PERSON", "GPE", "NORP") and any(w in COMPANY_WORDS for w in words[1:]):
        return _with(sp, "ORG")  # "Soma Komur", "Karam Enerji": a firm's name, not a person or a town
    nxt = sp.doc[sp.end] if sp.end < len(sp.doc) else None
    if nxt is not None and nxt.is_lower and sp.label_ in ("PERSON", "ORG", "NORP"):
        if nxt.lower_ in FACILITY_END_WORDS:
            return _with(sp, "FAC")  # "the Dharahara tower"
        if nxt.lower_ in PLACE_UNIT_WORDS and sp.label_ != "ORG" and not _demonym(sp):
            return _with(sp, "GPE")  # "Sindhupalchok district"
    return sp


def _headline_line(line: str) -> bool:
    """A line in title case ("Karimbekov Vows Crackdown After Deadly Clashes"): at least
    `HEADLINE_MIN_WORDS` words, `HEADLINE_CAPS_SHARE` of them capitalized, no full stop at its end."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return (len(words) >= HEADLINE_MIN_WORDS and not line.rstrip().endswith(".")
            and sum(w[:1].isupper() for w in words) >= HEADLINE_CAPS_SHARE * len(words))


def _body_text(text: str) -> str:
    """The document without its title-case lines (headlines, section titles), its words as written
    (capitals kept: a name's word is capitalized in the body too) between single spaces."""
    body = " ".join(ln for ln in text.splitlines() if not _headline_line(ln))
    return " " + " ".join(_NON_WORD.sub(" ", body).split()) + " "


_NON_WORD = re.compile(r"[^\w'’-]+|['’]s\b")


def _headline_only(sp: Span, body: str, text: str) -> bool:
    """A name the model found on a title-case line only ("Deadly Clashes", "Kyrgyz Leader" of a
    headline), with a word the body writes in lower case ("clashes"): in a headline every word is
    capitalized, so the model's guess is weak there. A name the body also writes (or its last word: a
    surname), or made of words the body never writes in lower case ("Vladimir Putin"), is kept."""
    start = text.rfind("\n", 0, sp.start_char) + 1
    end = text.find("\n", sp.end_char)
    if not _headline_line(text[start : end if end >= 0 else len(text)]):
        return False
    words = _NON_WORD.sub(" ", sp.text).split()
    return (bool(words) and f" {' '.join(words)} " not in body and f" {words[-1]} " not in body
            and any(f" {w.lower()} " in body for w in words if w[:1].isupper()))  # "clashes" in the body


def _hazard_or_terrain(sp: Span, storms: set[str]) -> Span | None:
    """None for a storm's or a wildfire's name ("Hurricane Lorena", "Lorena" in a story of that storm,
    "the Ridgeback Fire", "Ridgeback" before "fire"), an organization for a name ending in "Fire" without
    "the" ("Cal Fire"), a place for a name ending in a landscape word ("Pine Hollow", "Cedar Gap")."""
    doc = sp.doc
    words = fold(sp.text).split()
    if not words:
        return None
    prev = doc[sp.start - 1] if sp.start > 0 else None
    nxt = doc[sp.end] if sp.end < len(doc) else None
    if sp.label_ != "ORG" and (
            (prev is not None and prev.lower_ in STORM_WORDS and prev.text[:1].isupper())
            or (len(words) > 1 and words[0] in STORM_WORDS and sp[0].text[:1].isupper())
            or (len(words) == 1 and words[0] in storms and not is_country_or_region(sp.text))):
        return None
    if sp.label_ in ("PERSON", "ORG", "NORP") and nxt is not None and nxt.lower_ in FIRE_NAME_WORDS \
            and not is_known_place(sp.text):
        return None
    if len(words) > 1 and words[-1] in FIRE_NAME_WORDS and sp[-1].text[:1].isupper() and sp.label_ != "ORG":
        return None if prev is not None and prev.lower_ == "the" else _with(sp, "ORG")
    if len(words) > 1 and words[-1] in FIRE_NAME_WORDS and sp.label_ == "ORG" and prev is not None and prev.lower_ == "the":
        return None
    if sp.label_ in ("PERSON", "ORG") and len(words) > 1 and words[-1] in TERRAIN_END_WORDS:
        return _with(sp, "GPE")
    return sp


def _title_led_office(sp: Span) -> Span:
    """An office's name the model cut after the title it starts with ("Attorney" + "General's Office",
    "Inspector" + "General's office"): the untagged capitalized title word joins the organization."""
    doc = sp.doc
    if (sp.label_ == "ORG" and sp.start > 0 and fold(sp[0].text) == "general"
            and not doc[sp.start - 1].ent_type_ and doc[sp.start - 1].text[:1].isupper()
            and doc[sp.start - 1].lower_ in ROLE_WORDS):
        return Span(doc, sp.start - 1, sp.end, label="ORG")
    return sp


def _name_word(tok) -> bool:
    return (tok.pos_ == "PROPN" and bool(PERSON_TOKEN.match(tok.text)) and not tok.ent_type_
            and not any(c.isdigit() for c in tok.text)  # "TV24" names a channel, never a person
            and tok.lower_ not in NOT_NAME_WORDS and tok.lower_ not in ROLE_WORDS
            and tok.lower_ not in HEADLINE_VERBS and tok.lower_ not in ORG_SUFFIXES)


def _extend_person(sp: Span) -> Span:
    """A person span cut short: "Yoon Suk" + "-yeol", "Fazal Shaikhuzzaman" after "Colonel Ibne",
    "Muhiuddin Khan" + "Alamgir"; untagged capitalized proper nouns next to it join it (at most 4 words)."""
    doc = sp.doc
    start, end = sp.start, sp.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    while end < len(doc) and end - start < 4 and doc[end - 1].whitespace_ == " " and _name_word(doc[end]) \
            and (not is_known_place(doc[end].text) or _inside_name(doc, end)):
        end += 1
    while start > 0 and end - start < 4 and _name_word(doc[start - 1]):
        prev = doc[start - 1]
        part = prev.dep_ == "compound" and start <= prev.head.i < end  # "Yunus" of "Yunus Sezer"
        led = prev.is_sent_start or (start - 1 > 0 and doc[start - 2].lower_ in ROLE_WORDS)
        if not (part or (led and not is_known_place(prev.text))):
            break
        start -= 1
    return sp if (start, end) == (sp.start, sp.end) else Span(doc, start, end, label="PERSON")


def _inside_name(doc: Doc, i: int) -> bool:
    """A word that is also a town's name ("Leo", "Victoria") inside a name: another name word that
    is no place follows it ("Taoiseach Leo Varadkar")."""
    return (i + 1 < len(doc) and doc[i].whitespace_ == " " and _name_word(doc[i + 1])
            and not is_known_place(doc[i + 1].text))


def _connected_org(sp: Span) -> Span:
    """A name the model cut before a connecting word of a Romance or Germanic organization name
    ("Strade" of "Strade per l'Ruritania", "Stiftung" of "Stiftung für Zenda"): the whole name, an
    organization. The connector must be followed by a capitalized word (an elided article allowed)."""
    doc = sp.doc
    end = sp.end
    if (end < len(doc) and sp[-1].whitespace_ and CHANNEL_TOKEN.match(doc[end].text)
            and sp.label_ in ("PERSON", "ORG")):
        return Span(doc, sp.start, end + 1, label="ORG")  # "Zenda" + "TV24": a channel's name
    if end + 1 >= len(doc) or doc[end].lower_ not in ORG_NAME_CONNECTORS or not sp[-1].whitespace_:
        return sp
    j = end + 1
    if doc[j].lower_ in ("l'", "l’", "d'", "d’", "la", "le", "les", "el", "den", "die", "der", "das"):
        j += 1
    if j >= len(doc) or "\n" in doc[sp.start : j + 1].text:
        return sp
    word = doc[j].text
    for art in ("l'", "l’", "d'", "d’"):
        word = word.removeprefix(art).removeprefix(art.upper())
    if not word[:1].isupper():
        return sp
    return Span(doc, sp.start, j + 1, label="ORG")


def _cut_hyphenated_name(sp: Span) -> Span:
    """A two-word span cut at a hyphen ("Oh Sang" of "Oh Sang-yoon"), which the model then calls a
    place: with its lower-case syllable it is a person's name, unless the whole is a place."""
    doc = sp.doc
    end = sp.end
    if (len(sp) == 2 and sp.label_ in ("GPE", "ORG", "LOC") and end + 1 < len(doc) and doc[end].text == "-"
            and not sp[-1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha
            and doc[end + 1].text.islower() and all(PERSON_TOKEN.match(t.text) for t in sp)):
        whole = Span(doc, sp.start, end + 2, label="PERSON")
        if not is_known_place(whole.text) and not is_known_place(sp[0].text) and not _ends_org(sp):
            return whole
    return sp


def _untagged_speakers(doc: Doc, taken: set[int]) -> list[Span]:
    """The proper-noun subject of a verb of speaking that the model left untagged ("Widodo told
    reporters", "Yunus Sezer, who heads the agency, said"), or a titled proper noun in apposition
    ("the police chief, General Yoon Hee-keun,"): a person, unless a known place."""
    out = []
    heads = [c for tok in doc if tok.lemma_.lower() in SPEECH_LEMMAS and tok.pos_ in ("VERB", "AUX")
             for c in tok.children if c.dep_ == "nsubj"]
    heads += [t for t in doc if t.dep_ == "appos" and any(
        c.dep_ == "compound" and c.lower_ in ROLE_WORDS for c in t.children)]
    for subj in heads:
        if subj.pos_ != "PROPN" or subj.i in taken:
            continue
        parts = [subj, *(c for c in subj.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN")]
        start, end = min(t.i for t in parts), max(t.i for t in parts) + 1
        while start < end - 1 and doc[start].lower_ in ROLE_WORDS:
            start += 1  # "General Yoon Hee-keun": the title is not the name
        sp = Span(doc, start, end, label="PERSON")
        if (end - start <= 5 and not any(i in taken for i in range(start, end)) and _name_tokens(sp)
                and all(t.lower_ not in NOT_NAME_WORDS | ROLE_WORDS for t in sp)
                and not _ends_org(sp) and not is_known_place(sp.text)
                and fold(sp[0].text) not in NEWS_AGENCIES):
            out.append(_extend_person(sp))
    return out


# The last word of a bearing ("40 km north-east of X", "just south of X"): the capitalized words after
# its "of" name a place, whatever the model made of them (it takes a small town for a DATE, or
# leaves it untagged). At most this many words.
COMPASS_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
BEARING_NAME_MAX = 3


def _bearing_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with the place after each bearing ("north-east of Zendaro") tagged GPE, where no
    name span covers it; a non-name span there ("Zendaro" as DATE) gives way."""
    found = []
    for t in doc[1:-1]:
        if t.lower_ != "of" or doc[t.i - 1].lower_ not in COMPASS_BEARINGS:
            continue
        end = t.i + 1
        while (end < len(doc) and end - t.i <= BEARING_NAME_MAX and doc[end].text[:1].isupper()
               and doc[end].text.replace("-", "").isalpha() and not doc[end].is_sent_start):
            end += 1
        if end > t.i + 1 and not any(sp.label_ in NAME_LABELS and sp.start < end and t.i < sp.end for sp in spans):
            found.append(Span(doc, t.i + 1, end, label="GPE"))
    if not found:
        return spans
    return [sp for sp in spans if not any(f.start < sp.end and sp.start < f.end for f in found)] + found


def _listed_bodies(doc: Doc, text: str) -> list[Span]:
    """Movements of `data/body_names.tsv` as written ("the Islamic State group", "Hamas"): ORG spans,
    which win over the model's shorter or mislabelled pieces ("Islamic" NORP + "State") when the
    spans are filtered, longest first."""
    out = []
    for m in written_pattern().finditer(text):
        sp = doc.char_span(m.start(), m.end(), label="ORG", alignment_mode="expand")
        if sp is not None and sp.text.rstrip(".,;:!?") == m[0]:
            out.append(sp)
    return out


def _untagged_wires(doc: Doc, taken: set[int], text: str) -> list[Span]:
    """A wire service's name the model left untagged where a citation's words stand around it
    ("according to AFP", "told Reuters", "(AP)", "Yonhap reported"): an organization."""
    out = []
    for t in doc:
        word = _TRAILING_MARKS.sub("", t.text)  # "AFP.•": the tokenizer keeps a bullet on the word
        if (t.i in taken or fold(word) not in WIRE_NAMES or not (word.isupper() or word.istitle())
                or not (WIRE_CITED_BEFORE.search(text[max(0, t.idx - 14) : t.idx])
                        or WIRE_CITED_AFTER.match(text[t.idx + len(word) : t.idx + len(word) + 14]))):
            continue
        out.append(Span(doc, t.i, t.i + 1, label="ORG"))
    return out


def _titled_untagged(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalized title followed by two or three untagged name words ("County Sheriff Jan
    Novak updated ...") is a person the model missed; a PERSON span right before the title that ends
    in a place's unit word ("Zenda County" of "Zenda County Sheriff Jan Novak") is the place whose
    officer that is, not a person."""
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    ends = {sp.end: n for n, sp in enumerate(spans)}
    out = list(spans)
    for t in doc:
        if t.i in taken or not t.text[:1].isupper() or t.lower_.rstrip(".") not in PERSON_TITLES:
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= TITLED_NAME_MAX and j not in taken and doc[j - 1].whitespace_ \
                and _name_word(doc[j]):
            j += 1
        if j - t.i - 1 < TITLED_NAME_MIN or "\n" in doc[t.i : j].text:
            continue
        sp = Span(doc, t.i + 1, j, label="PERSON")
        if is_known_place(sp.text) or _ends_org(sp):
            continue
        out.append(sp)
        taken.update(range(sp.start, sp.end))
        before = ends.get(t.i)
        if before is not None and out[before].label_ == "PERSON" and fold(out[before][-1].text) in PLACE_UNIT_WORDS:
            out[before] = _with(out[before], "GPE")
    return out


def _name_tokens(sp: Span) -> bool:
    """Capitalized words, a word after a hyphen aside ("Yoon Hee-keun")."""
    toks = [t for t in sp if t.text != "-"]
    return bool(toks) and all(PERSON_TOKEN.match(t.text) or (t.i > 0 and t.doc[t.i - 1].text == "-" and t.is_alpha)
                              for t in toks)


def _join_adjacent_persons(doc: Doc, ents) -> list[Span]:
    """Two person spans with nothing between them are one name ("Maj Gen Chowdhury" "Hasan Sarwardy")."""
    out: list[Span] = []
    for e in ents:
        if (out and e.label_ == "PERSON" and out[-1].label_ == "PERSON" and out[-1].end == e.start
                and out[-1][-1].whitespace_ == " "):
            out[-1] = Span(doc, out[-1].start, e.end, label="PERSON")
        else:
            out.append(e)
    return out


def _join_and_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """A body named for two places ("Kensington and Chelsea Council", "Tyne and Wear Fire Service"):
    a place span, "and", then an organization span ending in an organization word, with nothing
    else between, is one organization."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (prev is not None and e.label_ == "ORG" and prev.label_ in ("GPE", "ORG", "LOC") and _ends_org(e)
                and not _ends_org(prev) and len(prev) <= 2  # a place's name, not a body's
                and e.start == prev.end + 1 and doc[prev.end].lower_ == "and" and e[0].text[:1].isupper()
                and prev[0].text[:1].isupper() and "\n" not in doc[prev.start : e.end].text):
            out[-1] = Span(doc, prev.start, e.end, label="ORG")
        else:
            out.append(e)
    return out


def _quoted_org(ent: Span) -> Span:
    """A quoted name the model calls a law or a work, with an organization's descriptor noun in or
    just after the span ('the "White Helmets" civil defense group'), is that organization: the
    quoted words alone."""
    doc = ent.doc
    around = [*ent, *doc[ent.end : ent.end + ORG_DESCRIPTOR_WINDOW]]
    if not any(t.lemma_.lower() in ORG_DESCRIPTOR_NOUNS for t in around):
        return ent
    quotes = [t.i for t in ent if t.text in QUOTE_MARKS]
    if len(quotes) >= 2:
        toks = list(doc[quotes[0] + 1 : quotes[1]])
    else:
        toks = [t for t in ent if not t.is_punct and t.dep_ != "det" and not t.is_space]
    if not toks or not all(t.text[:1].isupper() for t in toks):
        return ent
    return Span(doc, toks[0].i, toks[-1].i + 1, label="ORG")
