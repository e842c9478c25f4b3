"""Transliteration and name keys: one key for the spellings of one name.

anyascii (ISC licence) does the script conversion (Токаев -> Tokaev, Алма-Ата -> Alma-Ata); the
rules below fold the usual romanization variants of names onto one key: Kassym / Kassim / Qasim /
Qasym, Zhomart / Jomart / Dzhomart / Yomart, Tokayev / Tokaev / Tokayeff, Nazarbayeva -> Nazarbayev,
doubled letters; apostrophe and quote variants are dropped.
Keys are for blocking and comparison only; display names keep their original spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from .rules import (
    ACRONYM_STOPWORDS,
    ARABIC_ABD_PREFIX,
    ARABIC_ARTICLES,
    ARABIC_ASSIMILATED_START,
    ARABIC_GLUED_ARTICLE,
    LEADING_DETERMINERS,
    SPELLING_FOLDS,
    UMLAUT_DIGRAPHS,
)

# Texts whose fold, and name tokens whose key and skeleton, are remembered: linking and
# reconciliation fold the same names again and again within one event (millions of calls over
# 10,000 documents). Bounds, not the corpus's vocabulary: every event brings names of its own, and
# caches that kept them all would grow with the store.
FOLD_CACHE = 16_384
TOKEN_CACHE = 32_768
# Apostrophe and quote variants folded to the ASCII apostrophe before conversion.
_QUOTES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u02bb`\u00b4\u2032"})
_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"([a-z])\1+")
_VOWELS = set("aeiouy")
# Ordered romanization folds applied to a lower-case ASCII token (multi-letter first).
_LETTER_FOLDS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("dj", "j"),  # Djamal / Jamal: the French romanization of Arabic and Central Asian names
    ("gh", "q"),  # Ghasemi / Qasemi, Ghani / Qani: one Arabic or Persian letter, two romanizations (then k)
    ("zh", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("q", "k"),
    ("w", "v"),
    ("x", "ks"),
    ("ck", "k"),
    ("ee", "i"),  # Saeed / Said, Hameed / Hamid, Haleem / Halim: one long vowel in two romanizations
    ("oo", "u"),  # Yoon / Yun, Moon / Mun, Joon / Jun: one vowel in two romanizations
    ("ou", "u"),  # Youssef / Yusuf, Toktogoulov / Toktogulov: French spelling of one vowel
    ("yu", "iu"),
    ("ya", "ia"),
    ("y", "i"),
)
# "-eff" / "-off" / "-of" spellings of -ev / -ov surnames (Tokayeff, Toktogulof): after an e only when
# doubled ("Yousef", "Asef", "Josef" end in a real f).
_FINAL_F = re.compile(r"(?<=[eo])f$")
_FINAL_FF = re.compile(r"(?:eff|of{1,2})$")
# Russian and Kazakh "Е" at a word's start romanized "Ye" or "E" ("Yermekov" / "Ermekov", "Yevgeny" /
# "Evgeny", "Yerlan" / "Erlan"): one letter. Before a consonant only ("Yeo", "Yaena" untouched).
_INITIAL_YE = re.compile(r"^ye(?=[bcdfgjklmnprstvz])")
# An h before a consonant at a token's start marks an aspirate in Burmese romanization ("Htun" /
# "Tun", "Hlaing" / "Laing"); no English or Arabic name begins so.
_INITIAL_H = re.compile(r"^h(?=[bcdfgjklmnpqrstvwxz])")
# A j or y before a vowel at a token's start is one sound: Yusuf / Jusuf, Zhomart / Jomart / Yomart.
_INITIAL_J = re.compile(r"^j(?=[aeiou])")
# Feminine / genitive endings of Slavic surnames folded to the masculine nominative (best effort):
# only after -ov / -ev / -in stems, so "Almaty" or "Ina" are untouched.
_SLAVIC_A = re.compile(r"(ov|ev|in)a$")


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Lower-case ASCII with possessives, punctuation and hyphens folded to spaces."""
    s = anyascii(text.translate(_QUOTES)).lower()
    s = s.replace("'s ", " ").replace("\u2019s ", " ")
    s = _POSSESSIVE.sub("", s + " ").strip()
    s = s.replace("-", " ")
    s = _NON_WORD.sub("", s)
    return _SPACES.sub(" ", s).strip()


# The Arabic article hyphened to the only other word of a name ("Al-Tayeb", "el-Amin"): the name is
# the surname; "Al Gore" (no hyphen) keeps its first word.
_LEADING_ARTICLE = re.compile(r"^(?:[AaEeUu]l|[AaEe][dstzrn])-(?=[A-Z][\w'’]*$)")


def name_words(text: str) -> list[str]:
    """A person's name as words, Arabic particles in every romanization made one: the article glued
    before a hyphen cut off ("Nourel-Din" -> "Nour Din"), "Abdul" / "Abdel" / "Abd al-" as "Abd",
    the article inside a name dropped ("Nour al-Din" -> "Nour Din") and its assimilated form glued to
    an inner given name cut ("Nour Eddin" -> "Nour din"). The first and the last word stay whole."""
    t = _LEADING_ARTICLE.sub("", text.strip())  # "Al-Tayeb" alone: the surname Tayeb
    t = ARABIC_GLUED_ARTICLE.sub(r"\1 ", t)
    t = ARABIC_ABD_PREFIX.sub("Abd ", t)
    raw = [w for w in t.replace("-", " ").split() if w]
    out: list[str] = []
    for i, w in enumerate(raw):
        inner = 0 < i < len(raw) - 1
        if inner and fold(w) in ARABIC_ARTICLES:
            continue
        if inner:
            cut = ARABIC_ASSIMILATED_START.match(fold(w))
            if cut:
                w = w[cut.end() - 1 :]
        out.append(w)
    return out


def strip_determiner(folded: str) -> str:
    for det in LEADING_DETERMINERS:
        if folded.startswith(det):
            return folded[len(det) :]
    return folded


@lru_cache(maxsize=TOKEN_CACHE)
def token_key(token: str) -> str:
    """Romanization-insensitive key of one name token (already folded)."""
    t = _INITIAL_YE.sub("e", token)
    ff = bool(_FINAL_FF.search(t))
    for a, b in _LETTER_FOLDS:
        t = t.replace(a, b)
    t = _DOUBLE.sub(r"\1", t)
    t = _INITIAL_H.sub("", t)
    t = _FINAL_F.sub("v", t) if ff else t
    t = _INITIAL_J.sub("i", t)
    # "Tokaiev" (from Tokayev) and "Tokaev": drop an i between two vowels.
    t = re.sub(r"(?<=[aeou])i(?=[aeou])", "", t)
    t = _SLAVIC_A.sub(r"\1", t) if len(t) > 5 else t
    return t


@lru_cache(maxsize=TOKEN_CACHE)
def skeleton(token_k: str) -> str:
    """First letter plus consonants of a token key: Jomart / Jomarat -> jmrt."""
    if not token_k:
        return ""
    return token_k[0] + "".join(c for c in token_k[1:] if c not in _VOWELS)


def given_skeleton(token_k: str) -> str:
    """The skeleton two spellings of one given name share: z and s are one letter in the
    romanizations of Russian, Central Asian and Arabic names (Roza / Rosa, Aziz / Asis), after the
    first letter (which stays as written). For comparing given names only: entity ids and surname
    blocks keep `skeleton`."""
    sk = skeleton(token_k)
    return sk[:1] + sk[1:].replace("z", "s")


def name_tokens(text: str) -> list[str]:
    """Folded tokens of a name, determiner dropped."""
    return strip_determiner(fold(text)).split()


def is_initials(token: str) -> bool:
    """"N.", "KZh", "J.R." are initials; "Li" or "Yi" are not."""
    if re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]", token):
        return True
    return bool(re.fullmatch(r"(?:[A-Z][a-z]?){2,3}", token)) and sum(c.isupper() for c in token) >= 2


def initials_of(token: str) -> list[str]:
    """Initial letters (as keys) of an initials token: "KZh" -> ["k", "j"], "N." -> ["n"]."""
    parts = re.findall(r"[A-Z][a-z]?", token)
    out = []
    for p in parts:
        k = token_key(fold(p))
        out.append("i" if k[:1] == "j" else k[:1])  # as a given name's key starts (Zhomart -> iomart)
    return out


def org_key(text: str) -> str:
    """Key of an organization name: folded, determiner dropped, British spellings folded."""
    s = strip_determiner(fold(text)) + " "
    for a, b in SPELLING_FOLDS:
        s = s.replace(a, b)
    return s.strip()


def acronym_of(text: str) -> str | None:
    """The acronym an expansion would have: Collective Security Treaty Organization -> csto."""
    # a hyphened compound is one word ("Co-operation" gives C), an Arabic article is no word
    # ("al-Sham" gives S), a dotted abbreviation gives all its letters ("U.S. Agency ..." gives USA...)
    words = [_ARTICLE_HYPHEN.sub("", w) for w in anyascii(text).split()]
    caps = [w for w in words if w and w.lower() not in ACRONYM_STOPWORDS]
    if len(caps) < 2 or not all(w[:1].isupper() for w in caps):
        return None
    return "".join(w.replace(".", "").lower() if _DOTTED.fullmatch(w) else w[0].lower() for w in caps)


_ARTICLE_HYPHEN = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
_DOTTED = re.compile(r"(?:[A-Z]\.){2,4}")


def as_acronym(text: str) -> str | None:
    """The key of a span that is itself an acronym ("CSTO", "C.S.T.O."), else None."""
    s = anyascii(text).replace(".", "").strip()
    if s.lower().startswith("the "):
        s = s[4:].strip()
    if 2 <= len(s) <= 8 and s.isalpha() and sum(c.isupper() for c in s) >= max(2, len(s) - 1):
        return s.lower()
    return None


_UMLAUT_DIGRAPH = re.compile(r"(?<=[aou])e")


def has_umlaut(text: str) -> bool:
    return any(c in UMLAUT_DIGRAPHS for c in text)


def umlaut_key(text: str) -> str:
    """Folded key on which "Tüv Süd", "TUEV SUED" and "Tuv Sud" meet: the digraph's e dropped after
    a, o, u. Compared only with a name that has an umlaut (see `has_umlaut`): "Blue" and "Blu" stay apart."""
    return _UMLAUT_DIGRAPH.sub("", fold(text))


def umlaut_spellings(text: str) -> set[str]:
    """A name with umlauts written with their digraphs and with bare vowels: "Tüv Süd" ->
    {"Tuev Sued", "Tuv Sud"}; empty for a name without one."""
    if not has_umlaut(text):
        return set()
    digraph = "".join(UMLAUT_DIGRAPHS.get(c, c) for c in text)
    return {digraph, anyascii(text)}
