"""A person's short name: the surname alone, as the who's-who gives it beside the full name.

Coverage introduces a person in full ("Ruritanian President Jan Novak") and often never writes the
surname alone in the few lines it gives them; a reader (and a search) still knows them as "Novak".
The surname becomes an alias of the person's entity when it can name no one else in the corpus:
no other entity (person, place, body) is called by it or would take it as its own short name.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from ..models import Entity
from .rules import NAME_PARTICLES, PERSON_TITLES, ROLE_WORDS
from .translit import fold, is_initials

# Surnames of East Asian names written surname first ("Li Zhen", "Kim Min-ji", "Nguyen Van An"):
# the last word of such a name is a given name, no short name of the person. The commonest
# romanized Chinese, Korean and Vietnamese surnames.
SURNAME_FIRST = frozenset(
    # Chinese
    "li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang "
    "xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu "
    "ding ren shen yao jin cui tan fan wen xi mao bo qian kong "
    # Korean
    "kim lee park choi jung jeong kang cho jo yoon yun jang lim im shin seo kwon hwang ahn oh song "
    "yoo ryu hong jeon ko koh moon mun yang son bae baek heo nam noh roh ha "
    # Vietnamese
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly".split())
# Words of names that have no surname: Burmese names ("Zaw Min Tun": no word is a family name; the
# last is no short name of the person).
NO_SURNAME_WORDS = frozenset(
    "aung kyaw myint win thu soe tun htun htut hlaing naing zaw maung oo thein thant khin nyi nyan myo "
    "lwin swe sein kyi suu phyo wai hla mya moe htay nyunt shwe tin tint linn".split())
# First words of a name by a child ("Um Tarlen", "Abu Zendar": mother, father of): the whole is the
# name, the child's name alone is another person's.
KUNYA_WORDS = frozenset({"abu", "abou", "um", "umm", "om", "bint"})
# Shortest surname taken as a short name: shorter words are initials or particles ("Ng" aside).
SURNAME_MIN_LETTERS = 3
# An article glued before a surname by a hyphen ("al-", "el-", "ash-") has at most this many letters.
ARTICLE_MAX_LETTERS = 3


def surname_of(name: str) -> str | None:
    """The surname alone of a person's full name written given name first: the last word of a name of
    two words ("Jan Novak", "Jean-Marc Tarlen"), after a middle initial ("Jan K. Novak"), with its
    particles ("Jan van der Berg" -> "van der Berg"). None when the name is one word, of three given
    words or more (which words are the surname is unknown: "Jan Carlos Tarlen Novak"), written surname
    first (see `SURNAME_FIRST`; a hyphenated last word is a Korean given name: "Kim Min-ji"), or when
    the last word is no name's (an initial, in capitals, too short)."""
    words = name.split()
    while words and fold(words[0]).rstrip(".") in PERSON_TITLES:
        words = words[1:]  # "Dr Jan Novak": the title is no given name
    if len(words) < 2:
        return None
    particles = 0
    while len(words) - particles > 2 and fold(words[-2 - particles]) in NAME_PARTICLES:
        particles += 1
    core = [*words[: len(words) - particles - 1], words[-1]]
    given = [w for w in core[:-1] if not is_initials(w)]
    if len(given) != 1 or len(core) > 3 or (len(core) == 3 and not is_initials(core[1])):
        return None
    last = words[-1]
    head, _, rest = last.partition("-")
    # "al-Tarlen": an article glued before the surname is written in lower case
    capital = rest[:1] if head.islower() and len(head) <= ARTICLE_MAX_LETTERS and rest else last[:1]
    if (not capital.isupper() or last.isupper() or len(last.replace("-", "")) < SURNAME_MIN_LETTERS
            or not last.replace("-", "").replace("'", "").replace("’", "").isalpha()):
        return None
    if any(fold(w) in NO_SURNAME_WORDS for w in core) or fold(given[0]) in KUNYA_WORDS:
        return None
    if fold(given[0]) in SURNAME_FIRST or given[0].isupper() or fold(last) in PERSON_TITLES | ROLE_WORDS:
        return None  # (an acronym, a title: "NATO Chief" names an office, no person)
    if rest and rest[:1].islower():
        return None  # "Kim Min-ji": a Korean given name, written after the surname
    return " ".join(words[len(words) - particles - 1 :])


def with_surname_aliases(entities: Sequence[Entity], is_place_name,
                         lower_words: frozenset[str] = frozenset()) -> list[Entity]:
    """Entities with each person's surname alone added to their aliases, when it names no one else:
    exactly one person's full names give it, no other entity has it as its name or an alias, it is
    no country or region (`is_place_name`) and no word the corpus writes in lower case
    (`lower_words`: "Young", "Light", "Safety" capitalized may open any sentence). A surname two
    people share ("Jan Novak", "Eva Novak") stays with neither: the reader needs the full name there."""
    taken: dict[str, set[str]] = defaultdict(set)  # folded name -> ids of entities called so
    for e in entities:
        for a in (e.name, *e.aliases):
            taken[fold(a)].add(e.id)
    offered: dict[str, dict[str, str]] = defaultdict(dict)  # folded surname -> {person id: as written}
    for e in entities:
        if e.type != "person":
            continue
        for a in (e.name, *e.aliases):
            s = surname_of(a)
            if s is not None:
                offered[fold(s)].setdefault(e.id, s)
    add: dict[str, list[str]] = defaultdict(list)
    for f, by_person in offered.items():
        if len(by_person) != 1:
            continue
        (eid, written), = by_person.items()
        if taken.get(f, set()) - {eid} or is_place_name(written) or written.lower() in lower_words:
            continue
        if f not in taken:
            add[eid].append(written)
    return [dataclasses.replace(e, aliases=(*e.aliases, *add[e.id])) if e.id in add else e for e in entities]
