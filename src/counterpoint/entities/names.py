"""Name surfaces before linking: titles off persons (with the role they give), fragments and trailing
time words off names, and organization word sets that do not depend on word order or synonyms.

    person_and_role("Ruritanian President Mirzo-Bek Karimov") -> ("Mirzo-Bek Karimov", "president")
    org_signature("General Prosecutor's Office of Ruritania") == org_signature("Ruritanian
        Prosecutor General's Office")  (the country kept apart: see `org_country`)
"""

from __future__ import annotations

import re

from .kind_words import (
    LEADING_PERSON_NOUNS,
    LOCAL_OFFICE_TITLES,
    NAME_HONORIFICS,
    POSSESSIVE_LEFTOVERS,
    RANK_ABBREVIATIONS,
    TITLE_SURNAMES,
)
from .rules import (
    DEMONYM_COUNTRY_ENDINGS,
    DEMONYM_COUNTRY_IRREGULAR,
    DEMONYMS,
    DESCRIPTOR_NOUNS,
    DIRECTION_WORDS,
    FRAGMENT_END_WORDS,
    LEGAL_FORM_WORDS,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_ROLE_WORDS,
    ORG_FILLER_WORDS,
    ORG_FOREIGN_FILLERS,
    ORG_HEAD_CLASSES,
    ORG_PHRASE_FOLDS,
    ORG_SUFFIXES,
    ORG_WORD_EQUIVALENTS,
    PLACE_UNIT_WORDS,
    ROLE_SPELLED,
    ROLE_WORDS,
    TITLE_MODIFIER_MAX,
    TITLE_PREFIXES,
    TRAILING_TIME,
)
from .translit import fold

# Endings of nationality adjectives not in DEMONYMS, dropped only when a title follows.
DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "i")
# A demonym and its country share their first letters (Belarusian / Belarus, Turkish / Turkey).
COUNTRY_KEY_LETTERS = 4
# Characters before a name searched for its title words.
TITLE_LOOKBACK = 40
# A quoted name followed by a lower-case descriptor ('"White Helmets" civil defense group').
QUOTED_NAME = re.compile(r'^\W*["“«„]([^"“”«»„]+)["”»“]\s+[a-z]')
_POSSESSIVE_END = re.compile(r"['’]s$")
# An elided article glued to the next word ("l'Italia", "d'Ruritanie"): the word alone.
_ELISION = re.compile(r"\b[ldLD]['’](?=\w)")
# A standard abbreviation inside a name, written in capitals with or without dots ("UN", "U.N.").
_ABBREVIATION = re.compile(
    r"(?<![\w.])(" + "|".join(r"\.?".join(a) + r"\.?" for a in sorted(NAME_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])")
# Shortest stem of a nationality adjective tried against the gazetteer's countries.
DEMONYM_MIN_STEM = 3
# A title of someone chosen but not yet in office ("Gov.-elect", "President-designate"): the title
# word before the suffix is the role, the suffix kept in the role ("governor-elect").
_TITLE_SUFFIX = re.compile(r"-(elect|designate)$", re.IGNORECASE)


def _title_word(word: str) -> tuple[str, str]:
    """A written word as (folded title candidate, suffix): "Gov.-elect" -> ("gov.", "-elect")."""
    w = _POSSESSIVE_END.sub("", word)
    m = _TITLE_SUFFIX.search(w)
    if m:
        return fold(w[: m.start()]) + ("." if w[: m.start()].endswith(".") else ""), "-" + m[1].lower()
    return fold(w), ""


def trim_fragment(text: str) -> str:
    """Cut trailing function words and time phrases: "Ministry of Health of the" -> "Ministry of
    Health", "Disaster Agency on Thursday" -> "Disaster Agency"."""
    quoted = QUOTED_NAME.match(text)
    if quoted:
        text = quoted[1]  # '"White Helmets" civil defense group' -> 'White Helmets'
    t = TRAILING_TIME.sub("", text).strip(" ,;:")
    words = t.split()
    while len(words) > 1 and fold(words[-1]) in FRAGMENT_END_WORDS:
        words.pop()
    return " ".join(words)


def person_and_role(text: str, is_country=lambda w: False) -> tuple[str, str | None]:
    """The name without its leading descriptors (demonym, country, title words), and the role the
    title words give ("president", "prosecutor general"); (text, None) when nothing leads it.
    Words that lead a name without being a title go first (see `_leading_non_name`)."""
    words = text.split()
    lead, rank = _leading_non_name(words)
    if lead:
        name, inner = person_and_role(" ".join(words[lead:]), is_country)
        return name, inner or rank
    name, role = _titled(words, text, is_country)
    lead, rank = _leading_non_name(name.split())
    if lead and name != text:  # "Savar Police SI Jan Novak": a rank after the office's title
        return " ".join(name.split()[lead:]), " ".join(r for r in (role, rank) if r) or None
    return name, role


def _titled(words: list[str], text: str, is_country) -> tuple[str, str | None]:
    titled = _title_of_body(words, is_country)
    if titled is not None:
        return " ".join(words[titled[0]:]), titled[1]
    role: list[str] = []
    i = 0
    while i < len(words) - 1:  # always keep the last word: the surname
        w = _POSSESSIVE_END.sub("", words[i])
        f, suffix = _title_word(words[i])
        if f in ROLE_WORDS or f.rstrip(".") in ROLE_WORDS or _compound_title(f):
            if f not in NOT_ROLE_WORDS:
                role.append(f + suffix)
            i += 1
        elif f in DEMONYMS or (i == 0 and is_country(w)) or (
                f.endswith(DEMONYM_ENDINGS) and i + 1 < len(words) - 1 and fold(words[i + 1]) in ROLE_WORDS):
            i += 1  # "Ruritanian President ...": a nationality adjective before a title
        else:
            break
    if i == 0 or (i < len(words) - 1 and not role):
        i, role = _modified_title(words, i, is_country) or (i, role)
    if i == 0 or not _name_shaped(words[i:]):
        i, role = _described(words) or (i, role)
    if i == 0:
        return text, None
    spelled = " ".join(_spell(r) for r in role)
    return " ".join(words[i:]), (spelled or None)


def _compound_title(folded: str) -> bool:
    """A title written with a hyphen whose parts are title words and their prefixes ("Sub-Inspector",
    "Vice-Admiral", "Deputy-Governor"), folded ("sub inspector")."""
    parts = folded.replace("-", " ").split()
    return len(parts) > 1 and all(p in ROLE_WORDS or p in COMPOUND_TITLE_PREFIXES for p in parts) \
        and any(p in ROLE_WORDS for p in parts)


# Prefixes that make a title of their own with a hyphen ("Sub-Inspector", "Vice-Admiral"); not "ex-",
# "former-": those say the title is no longer held (see `_described`).
COMPOUND_TITLE_PREFIXES = frozenset({"sub", "vice", "deputy"})


def _leading_non_name(words: list[str]) -> tuple[int, str | None]:
    """How many leading words are not the person's name, and the role they give: an affiliation in
    the possessive ("Zenda TV's Jan Novak", "the agency's Jan Novak"), a noun for what the person is
    ("Resident Jan Novak", "Briton Jan Novak", see `LEADING_PERSON_NOUNS`), an honorific ("Shri Jan
    Novak"), or ranks written as abbreviations ("SI Jan Novak", "Adj. Sr. Comr. Novak", see
    `RANK_ABBREVIATIONS`: in capitals or with a dot, so "Si Thu Aung" keeps his name). Only when a name
    follows: two name words (one after ranks and honorifics); (0, None) otherwise."""
    for k, w in enumerate(words[:-2]):
        if _POSSESSIVE_END.search(w) and _name_shaped(words[k + 1 :]):
            return k + 1, None
    if len(words) >= 3 and fold(words[0]) in LEADING_PERSON_NOUNS and _name_shaped(words[1:]):
        return 1, None
    ranks: list[str] = []
    i = 0
    while i < len(words) - 1:
        w = words[i]
        f = fold(w).rstrip(".")
        if f in NAME_HONORIFICS and (w.endswith(".") or w[:1].isupper()):
            i += 1
        elif f in RANK_ABBREVIATIONS and (w.endswith(".") or (w.isupper() and len(f) >= 2)):
            ranks.append(ROLE_SPELLED.get(f, f))
            i += 1
        else:
            break
    if i and all(p[:1].isupper() for p in words[i:]):
        return i, " ".join(ranks) or None
    return 0, None


# The words joining a title to the body it heads ("Chief of General Staff", "Minister for Refugees").
_TITLE_OF = frozenset({"of", "for"})


def _title_of_body(words: list[str], is_country) -> tuple[int, str] | None:
    """A title that names its body before the name ("Chief of General Staff Jan Novak", "Minister of
    Foreign Affairs Jan Novak", "Zendan Minister for Refugees Jan Novak"): the name is the last two
    words (with the particles before them: "Omar el Zendabi"), the title the words before. None unless
    title words, "of"/"for", at least one capitalized word of the body, then a name-shaped pair."""
    i = 0
    while i < len(words) and (fold(words[i]) in DEMONYMS or (i == 0 and is_country(_POSSESSIVE_END.sub("", words[i])))):
        i += 1
    j = i
    while j < len(words) and fold(words[j]).rstrip(".") in ROLE_WORDS and fold(words[j]) not in NOT_ROLE_WORDS:
        j += 1
    if j == i or j >= len(words) or fold(words[j]) not in _TITLE_OF:
        return None
    body = j + 1 + (j + 1 < len(words) and fold(words[j + 1]) == "the")
    k = len(words) - 2
    if k - 1 >= body and fold(words[k]) in NAME_PARTICLES:
        k -= 1  # "Omar el Zendabi": the given name before the particle
    while k - 1 >= body and fold(words[k - 1]) in NAME_PARTICLES:
        k -= 1
    if k - body < 1 or not all(w[:1].isupper() for w in words[body:k]) or not _name_shaped(words[k:]):
        return None
    return k, " ".join(fold(w) for w in words[i:k])


def _name_shaped(words: list[str]) -> bool:
    """Two to four capitalized words (name particles such as "el-" or "bin" allowed), none a title."""
    parts = [p for w in words for p in w.split("-") if p]
    return (2 <= len(words) <= 4 and all(p[:1].isupper() or fold(p) in NAME_PARTICLES for p in parts)
            and words[0][:1].isupper() and fold(words[-1]) not in ORG_SUFFIXES
            and not any(fold(w) in ROLE_WORDS or fold(w) in DESCRIPTOR_NOUNS for w in words))


def _described(words: list[str]) -> tuple[int, list[str]] | None:
    """A name after a description of its bearer ("Sudanese army chief Jan Novak", "Human rights lawyer
    Jan Novak", "ex-President Jan Novak", "UN Secretary-General Jan Novak"): the words after the last
    title or describing noun when they are a name of two to four words, with that noun (and the title
    words right before it) as the role."""
    for j in range(len(words) - 3, -1, -1):
        parts = [fold(p) for p in words[j].split("-") if p]
        parts = [p for p in parts if p not in TITLE_PREFIXES] or parts
        # a describing noun needs words that qualify it ("Human rights lawyer"): "Coach Zenda Tours" is a firm
        if not parts or not all(p in ROLE_WORDS or (j > 0 and p in DESCRIPTOR_NOUNS) for p in parts):
            continue
        if not _name_shaped(words[j + 1:]):
            return None
        role = [" ".join(parts)]
        k = j - 1
        while k >= 0 and fold(words[k]) in ROLE_WORDS and fold(words[k]) not in NOT_ROLE_WORDS:
            role.insert(0, fold(words[k]))
            k -= 1
        return j + 1, role
    return None


def _spell(role_word: str) -> str:
    """A folded title word spelled out, its suffix kept: "gov.-elect" -> "governor-elect"."""
    base, _, suffix = role_word.partition("-")
    base = base.rstrip(".")
    return ROLE_SPELLED.get(base, base) + ("-" + suffix if suffix else "")


def _modified_title(words: list[str], i: int, is_country) -> tuple[int, list[str]] | None:
    """A title after up to `TITLE_MODIFIER_MAX` capitalized words that qualify it ("Railway
    Spokesperson Amitabh Sharma", "Odisha's Chief Secretary Jena"): (index of the name, role words).
    A bare surname may follow only when the modifier is a place or a possessive, and two name words
    when it is another word, so "Martin Luther King Jr." keeps its name."""
    for j in range(i + 1, min(i + TITLE_MODIFIER_MAX, len(words) - 2) + 1):
        if fold(words[j]) not in ROLE_WORDS:
            continue
        mods = words[i:j]
        if not all(w[:1].isupper() and fold(w) not in ROLE_WORDS for w in mods):
            return None
        k = j
        role: list[str] = []
        while k < len(words) - 1 and fold(words[k]).rstrip(".") in ROLE_WORDS:
            f = fold(words[k]).rstrip(".")
            if f not in NOT_ROLE_WORDS:
                role.append(f)
            k += 1
        # "Odisha's Chief Secretary X", "Zenda County Sheriff X": the office's place, then a bare name
        # "Zendaville Mayor Novak": a town's office, its town before it
        placed = (_POSSESSIVE_END.search(mods[-1]) or all(is_country(w) for w in mods)
                  or fold(mods[-1]) in PLACE_UNIT_WORDS or (role and role[-1] in LOCAL_OFFICE_TITLES))
        if len(words) - k >= (1 if placed else 2):
            return k, role
        return None
    return None


def title_before(text: str, start: int) -> str | None:
    """The role the title words right before a name give ("President" in "President Tokayev" when
    the model's span leaves the title out); None when none precede it on its line."""
    words = text[max(0, start - TITLE_LOOKBACK) : start].split("\n")[-1].split()
    role: list[str] = []
    for w in reversed(words):
        f, suffix = _title_word(w)
        f = f.rstrip(".")
        if not w[:1].isupper() or f not in ROLE_WORDS:
            break
        if f not in NOT_ROLE_WORDS:
            role.append(_spell(f + suffix))
    return " ".join(reversed(role)) or None


def expand_abbreviations(text: str) -> str:
    """Standard abbreviations inside a longer name spelled out ("UN Refugee Office" -> "United
    Nations Refugee Office"); a name that is only the abbreviation is left to the acronym rules."""
    if " " not in text.strip():
        return text
    return _ABBREVIATION.sub(lambda m: NAME_ABBREVIATIONS[m[1].replace(".", "")], text)


def has_abbreviation(text: str) -> bool:
    return " " in text.strip() and bool(_ABBREVIATION.search(text))


def demonym_country(word: str, is_country=lambda w: False) -> str | None:
    """The country (folded) a folded nationality adjective names ("chadian" -> "chad", "sudanese" ->
    "sudan"); None for any other word. `is_country` decides which spellings are countries."""
    if word in DEMONYM_COUNTRY_IRREGULAR:
        return DEMONYM_COUNTRY_IRREGULAR[word]
    for ending, replacements in DEMONYM_COUNTRY_ENDINGS:
        stem = word.removesuffix(ending)
        if stem == word or len(stem) < DEMONYM_MIN_STEM:
            continue
        for r in replacements:
            if is_country(stem + r):
                return stem + r
    return None


def _folded_words(text: str, is_country=lambda w: False) -> list[str]:
    text = expand_abbreviations(text)
    head, sep, rest = text.partition("'s ") if "'s " in text else text.partition("’s ")
    if sep and rest and is_country(head.strip()):
        text = rest  # "South Korea's interior ministry": the country apart (see `org_country`)
    s = " " + " ".join(ORG_WORD_EQUIVALENTS.get(w, w) for w in fold(_ELISION.sub("", text)).split()) + " "
    for a, b in ORG_PHRASE_FOLDS:
        s = s.replace(f" {a} ", f" {b} ")
    return s.split()


def without_legal_form(text: str) -> str:
    """A company's name without its trailing legal form ("Zenda S.A." -> "Zenda", "Strelsau Mining
    Ltd." -> "Strelsau Mining"); the text itself when it has none or is only one word."""
    words = text.split()
    while len(words) > 1 and fold(words[-1]).replace(" ", "") in LEGAL_FORM_WORDS:
        words.pop()
    return " ".join(words).rstrip(" ,")


def org_signature(text: str, is_country=lambda w: False) -> frozenset[str]:
    """The organization's words, order-free: heads folded to their class, synonyms folded, fillers,
    demonyms, country names and a trailing legal form dropped ("interior ministry" = "Ministry of the
    Interior", "Zenda SA" = "Zenda")."""
    out = set()
    for w in _folded_words(without_legal_form(text), is_country):
        if (w in ORG_FILLER_WORDS or w in ORG_FOREIGN_FILLERS or w in DEMONYMS or is_country(w)
                or demonym_country(w, is_country)):
            continue  # "Chadian Nurses Committee" = "Chad Nurses Committee": the country apart
        out.add(ORG_HEAD_CLASSES.get(w, w))
    return frozenset(out)


def org_country(text: str, is_country=lambda w: False) -> str | None:
    """The country (or demonym) an organization's name states, as a key ("belarusian" and
    "belarus" alike: their first `COUNTRY_KEY_LETTERS` letters); None when it states none."""
    head, sep, rest = text.partition("'s ") if "'s " in text else text.partition("’s ")
    if sep and rest and is_country(head.strip()):
        return fold(head)[:COUNTRY_KEY_LETTERS]
    words = _folded_words(text)
    for w in words:
        if is_country(w):
            return w[:COUNTRY_KEY_LETTERS]
        country = demonym_country(w, is_country)
        if country:
            return country[:COUNTRY_KEY_LETTERS]  # "malian" and "mali" alike
    for w in words:
        if w in DEMONYMS and w not in DIRECTION_WORDS:
            return w[:COUNTRY_KEY_LETTERS]
    return None


# Titles that, standing alone, are no one's name: the title words and ranks of `ROLE_WORDS` and
# `RANK_ABBREVIATIONS`, "PM", "VP", less those that are also surnames ("Major", "King", "Bishop", "Judge").
LONE_TITLES = (ROLE_WORDS | RANK_ABBREVIATIONS | {"pm", "vp"}) - TITLE_SURNAMES


def titles_only(person: str) -> bool:
    """A person's name that is title words only once its leading titles are stripped ("Maj Gen", "s
    Prosecutor General" of "Zenda's Prosecutor General"): no one's name. For persons only: "Attorney
    General" the model calls an organization may name the office."""
    titles = [w for w in person.split() if fold(w) not in POSSESSIVE_LEFTOVERS]
    return len(titles) > 1 and all(fold(w).rstrip(".") in LONE_TITLES for w in titles)


# An acronym the corpus defines in parentheses after a body's name ("the Zendan Association for Human
# Rights (AZDH)"): all capitals, this many letters.
DEFINED_ACRONYM = re.compile(r"[(\[]\s*([A-Z][A-Z&]{1,7})\s*[)\]]")


def defined_acronyms(texts) -> frozenset[str]:
    """Every acronym the corpus's texts define in parentheses (see `DEFINED_ACRONYM`)."""
    return frozenset(m[1] for t in texts for m in DEFINED_ACRONYM.finditer(t or ""))


def without_body_acronym(person: str, acronyms: frozenset[str]) -> str:
    """A person's name the model ran a body's acronym into ("the head of the AZDH Jan Novak told"): the
    name after it, when the corpus defines that acronym and a name of two words or more follows. A
    surname written in capitals first ("NOVAK Jan") is no defined acronym and stays."""
    words = person.split()
    if len(words) >= 3 and words[0] in acronyms and all(w[:1].isupper() and not w.isupper() for w in words[1:]):
        return " ".join(words[1:])
    return person
