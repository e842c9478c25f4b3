"""Who or what a figure counts, normalized to a singular lower-case noun phrase.

"16 police and army officers" -> "police officer and soldier"; "three children" -> "child";
a bare number of people ("103 were killed") -> "person". Vocabulary first, logic below.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Literal

Kind = Literal["person", "thing", "incident", "time", "other"]

# Lemma (lower case) of a counted noun -> normalized person subject.
PERSON_SUBJECTS: dict[str, str] = {
    "people": "person", "person": "person", "individual": "person", "victim": "person",
    "body": "person", "life": "person", "death": "person", "fatality": "person",
    "casualty": "person", "dead": "person", "injured": "person", "wounded": "person",
    "injury": "person", "arrest": "person", "detention": "person", "detainee": "person", "prisoner": "person",
    "resident": "person", "citizen": "civilian", "civilian": "civilian", "local": "person",
    "child": "child", "kid": "child", "minor": "child", "teenager": "child", "boy": "child",
    "girl": "child", "teen": "child", "baby": "child", "infant": "child", "student": "student", "cadet": "cadet",
    "police": "police officer", "policeman": "police officer", "policemen": "police officer",
    "policewoman": "police officer", "cop": "police officer", "officer": "police officer",
    "guard": "guard", "guardsman": "guard",
    "soldier": "soldier", "troop": "soldier", "serviceman": "soldier", "servicemen": "soldier",
    "paratrooper": "soldier", "peacekeeper": "peacekeeper", "military": "soldier",
    "foreigner": "foreign national", "national": "foreign national",
    "protester": "protester", "protestor": "protester", "demonstrator": "protester",
    "rioter": "protester", "participant": "protester", "activist": "activist",
    "journalist": "journalist", "reporter": "journalist", "man": "man", "men": "man",
    "woman": "woman", "women": "woman", "worker": "worker", "employee": "worker",
    "official": "official", "militant": "militant", "terrorist": "militant", "gunman": "militant",
    "fighter": "militant", "bandit": "militant", "suspect": "suspect", "member": "person",
    "pensioner": "elderly person", "elderly": "elderly person", "evacuee": "person",
    "other": "person", "those": "person", "refugee": "refugee", "worshipper": "person", "passenger": "person", "patient": "person",
    "schooler": "child", "schoolchild": "child", "pupil": "child", "schoolboy": "child", "schoolgirl": "child",
    "teacher": "teacher", "fan": "fan", "spectator": "fan", "supporter": "fan", "miner": "worker",
    "farmer": "farmer", "villager": "person", "pilgrim": "person", "tourist": "person", "visitor": "person",
    "guest": "person", "sailor": "person", "fisherman": "person", "volunteer": "person",
    "rescuer": "rescuer", "crew": "person", "inmate": "person", "hostage": "hostage",
    "doctor": "medic", "medic": "medic", "nurse": "medic", "firefighter": "firefighter",
    "climber": "climber", "mountaineer": "climber", "hiker": "person", "trekker": "person", "porter": "worker",
    "occupant": "person", "tenant": "person", "commuter": "person", "motorist": "person", "driver": "person",
    # a company's or a site's people by their job ("eight managers and engineers were arrested",
    # "two contractors died"): workers, counted with people in general
    "manager": "worker", "engineer": "worker", "executive": "worker", "contractor": "worker",
    "technician": "worker", "operator": "worker", "staffer": "worker", "staff": "worker",
    "labourer": "worker", "laborer": "worker", "director": "worker", "supervisor": "worker",
    # the people a place gathers, in wire (US) and British spellings ("worshipers", "concertgoers")
    "worshiper": "person", "congregant": "person", "parishioner": "person", "churchgoer": "person",
    "mourner": "person", "shopper": "person", "customer": "person", "concertgoer": "person",
    "attendee": "person", "pedestrian": "person", "migrant": "person", "crewman": "person",
    "crewmember": "person", "seafarer": "person", "cyclist": "person", "motorcyclist": "person",
    # those who attack or rise up are people too ("104 putschists had been killed", "12 attackers
    # were shot dead"); their class is the assailants' (SUBJECT_CLASSES), apart from the victims
    "attacker": "attacker", "assailant": "assailant", "insurgent": "insurgent", "shooter": "attacker",
    "bomber": "attacker", "putschist": "coup plotter", "plotter": "coup plotter",
    "mutineer": "mutineer", "jihadist": "militant", "extremist": "militant",
    # those a crackdown holds by their politics ("186 government opponents remained behind bars",
    # "40 dissidents were rounded up", "dozens of critics detained"): people in general
    "opponent": "person", "dissident": "person", "critic": "person",
}
# People the clause on them sides with an uprising ("104 soldiers supporting the coup", "troops
# who took part in the putsch", "officers involved in the mutiny") are its plotters, whatever
# their rank: the verbs of siding (lemmas) and the uprisings, and the subject they get.
SIDING_VERBS: frozenset[str] = frozenset({"support", "back", "join", "stage", "lead", "plot", "participate",
                                          "involve", "take", "attempt", "carry", "mount"})
UPRISING_NOUNS: frozenset[str] = frozenset({"coup", "putsch", "mutiny", "rebellion", "uprising", "insurrection",
                                            "insurgency", "revolt"})
PLOTTER_SUBJECT = "coup plotter"
# Nouns that count members of whatever follows "of" ("members of law enforcement").
MEMBER_NOUNS: frozenset[str] = frozenset({"member", "employee", "staff", "personnel"})
# Modifier + noun -> a more specific subject ("army officers" are soldiers).
MODIFIED_SUBJECTS: dict[tuple[str, str], str] = {
    ("army", "officer"): "soldier", ("military", "officer"): "soldier",
    ("police", "officer"): "police officer", ("foreign", "national"): "foreign national",
    ("foreign", "citizen"): "foreign national", ("old", "people"): "elderly person",
    ("elderly", "people"): "elderly person", ("law", "enforcement"): "police officer",
    ("security", "officer"): "security officer", ("security", "force"): "security officer",
    ("national", "guard"): "guard", ("old", "person"): "elderly person",
    ("security", "forces"): "security officer", ("security", "official"): "security officer",
    ("security", "personnel"): "security officer", ("law-enforcement", "officer"): "police officer",
    # "three foreign bodies", "two foreign victims": the dead counted by nationality
    ("foreign", "body"): "foreign national", ("foreign", "victim"): "foreign national",
    ("foreign", "tourist"): "foreign national",
    # "fire fighters" written as two words fight fires, not in a war
    ("fire", "fighter"): "firefighter",
}
# Bodies whose members, employees or staff are security forces ("employees of internal affairs
# bodies", "members of the national guard"): words of the "of" phrase, lower case.
SECURITY_BODY_WORDS: frozenset[str] = frozenset({
    "police", "militia", "army", "military", "troops", "guard", "gendarmerie", "enforcement",
    "affairs", "interior", "security", "forces", "force", "omon", "riot",
})
# Things counted by the property measure (lemma -> subject); the unit is the plural.
THING_SUBJECTS: dict[str, str] = {
    "shop": "shop", "store": "shop", "cafe": "cafe", "café": "cafe", "restaurant": "restaurant",
    "office": "office", "building": "building", "vehicle": "vehicle", "car": "vehicle",
    "bus": "vehicle", "truck": "vehicle", "ambulance": "vehicle", "house": "house",
    "home": "house", "apartment": "house", "bank": "bank", "atm": "atm", "kiosk": "kiosk",
    "business": "business", "facility": "facility", "school": "school", "hospital": "hospital",
    "mall": "mall", "warehouse": "warehouse", "pharmacy": "pharmacy", "market": "market",
    "property": "property", "structure": "building", "station": "station", "church": "church",
    "mosque": "mosque", "weapon": "weapon", "gun": "weapon", "firearm": "weapon",
    "outlet": "shop", "supermarket": "shop", "boutique": "shop", "enterprise": "business",
}
# Counted nouns that are incidents ("500 cases of attacks").
INCIDENT_NOUNS: frozenset[str] = frozenset({
    "attack", "assault", "beating", "case", "incident", "clash", "shooting", "raid", "robbery",
    "episode", "act", "investigation", "probe", "proceeding",
})
# Counted nouns that make a number a duration, age or time, never a figure.
TIME_NOUNS: frozenset[str] = frozenset({
    "year", "decade", "month", "week", "day", "hour", "minute", "second", "century",
    "millennium", "night", "weekend", "time", "percent", "%", "term", "generation",
})
# Entity labels whose members are people ("200 Kazakhs").
PERSON_LABELS: frozenset[str] = frozenset({"NORP"})


def classify(lemma: str, ent_label: str = "") -> Kind:
    """What kind of thing a counted noun is."""
    lemma = lemma.lower()
    if lemma in TIME_NOUNS:
        return "time"
    if lemma in PERSON_SUBJECTS or ent_label in PERSON_LABELS:
        return "person"
    if lemma in THING_SUBJECTS:
        return "thing"
    if lemma in INCIDENT_NOUNS:
        return "incident"
    return "other"


# Entity labels a people's plural name may carry, or none: a lesser-known people ("400 Uighurs were
# killed") is often left untagged by the parser, where the well-known ones are NORP.
PEOPLE_NAME_LABELS: frozenset[str] = frozenset({"", "NORP"})
_PEOPLE_PLURAL_RE = re.compile(r"^[A-Z][a-z]{2,}s$")
# A headline in Title Case capitalises every noun ("Floods Hit 3 Villages"): a capital there says
# nothing. A sentence is read for people's names only when at least this share of its words of four
# letters or more are lower case.
LOWER_CASE_SHARE = 0.5
_LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def people_name_plural(word: str, ent_label: str, sentence: str) -> bool:
    """ "Uighurs", "Rohingyas", "Yazidis": a capitalised plural counted noun that no entity type
    makes a place, a firm or a work, in a sentence not in Title Case, is the people it names (the
    caller checks it does not open its sentence, where any word is capitalised)."""
    if ent_label not in PEOPLE_NAME_LABELS or _PEOPLE_PLURAL_RE.match(word) is None:
        return False
    words = _LONG_WORD_RE.findall(sentence)
    return bool(words) and sum(w.islower() for w in words) >= LOWER_CASE_SHARE * len(words)


def person_subject(lemma: str, modifiers: tuple[str, ...] = ()) -> str:
    """Normalize a person noun with its modifiers ("army" + "officer" -> "soldier")."""
    lemma = lemma.lower()
    for mod in modifiers:
        hit = MODIFIED_SUBJECTS.get((mod.lower(), lemma))
        if hit:
            return hit
    return PERSON_SUBJECTS.get(lemma, "person")


def thing_subject(lemma: str) -> str:
    return THING_SUBJECTS.get(lemma.lower(), lemma.lower())


def join_subjects(parts: list[str]) -> str | None:
    """ "police officer" + "soldier" -> "police officer and soldier"; duplicates collapse."""
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:
            seen.append(p)
    return " and ".join(seen[:3]) if seen else None


# --- Subject classes (../shared/spec/measures.md): where reports of one group of people meet ---

SubjectClass = Literal[
    "person", "child", "woman", "man", "civilian", "protester", "security force member", "assailant",
    "foreign national", "journalist", "official",
]
# Normalized subject words (singular, lower case, as `person_subject` and the slot key give them)
# -> class. "man" sits beside "woman": a breakdown by sex ("102 women and 56 men among the dead")
# is two parts, never the toll (measured on GVA dev: injured +0.02, killed unchanged). A word missing here is a kind of person no class singles out ("worker", "man",
# "passenger"): it counts toward the headline class, person.
SUBJECT_CLASSES: dict[str, SubjectClass] = {
    "person": "person", "people": "person", "victim": "person", "casualty": "person",
    "child": "child", "kid": "child", "minor": "child", "teenager": "child", "teen": "child",
    "boy": "child", "girl": "child", "baby": "child", "infant": "child", "toddler": "child",
    "schoolchild": "child", "student": "person",
    "woman": "woman", "girl and woman": "woman", "man": "man", "male": "man", "female": "woman",
    "civilian": "civilian", "citizen": "civilian", "bystander": "civilian", "resident": "person",
    "protester": "protester", "protestor": "protester", "demonstrator": "protester",
    "rioter": "protester", "activist": "protester", "participant": "protester",
    "security force member": "security force member", "police officer": "security force member",
    "police": "security force member", "policeman": "security force member", "officer": "security force member",
    "cop": "security force member", "soldier": "security force member", "serviceman": "security force member",
    "servicemen": "security force member", "troop": "security force member", "guard": "security force member",
    "national guard": "security force member", "guardsman": "security force member",
    "peacekeeper": "security force member", "security officer": "security force member",
    "security force": "security force member", "law enforcement officer": "security force member",
    "paratrooper": "security force member", "gendarme": "security force member",
    "military": "security force member", "trooper": "security force member", "deputy": "security force member",
    "assailant": "assailant", "militant": "assailant", "attacker": "assailant", "gunman": "assailant",
    "terrorist": "assailant", "bandit": "assailant", "armed bandit": "assailant", "fighter": "assailant",
    "insurgent": "assailant", "shooter": "assailant", "bomber": "assailant",
    "coup plotter": "assailant", "plotter": "assailant", "putschist": "assailant",
    "mutineer": "assailant",
    "foreign national": "foreign national", "foreigner": "foreign national",
    "journalist": "journalist", "reporter": "journalist", "photographer": "journalist",
    "official": "official", "minister": "official", "lawmaker": "official",
}
# Measures that count money or things: their figures have no person subject.
NON_PERSON_MEASURES: frozenset[str] = frozenset({"damage", "property", "attacks", "cases"})
# Words joining several counted groups in one subject ("police officer and soldier").
_SUBJECT_JOINERS = (" and ", " or ", ", ")


# Subject of a count of one nation's people ("136 of its citizens", "40 Freedonians"): the prefix,
# then the nation as written (a country's name or its people's). Its class is "foreign national";
# reconcile.slots keys it by nation and reads the event's own country's people as the headline.
NATIONAL_PREFIX = "national of "


def national_subject(nation: str) -> str:
    return NATIONAL_PREFIX + nation.strip()


def nation_of(subject: str | None) -> str | None:
    """The nation a subject counts the people of ("national of Ruritania" -> "Ruritania")."""
    s = (subject or "").strip()
    return s[len(NATIONAL_PREFIX):] if s.lower().startswith(NATIONAL_PREFIX) else None


def subject_class(subject: str | None, measure: str | None = None) -> str | None:
    """The class of a normalized subject ("police officer and soldier" -> "security force member").

    A subject naming several groups keeps a class only when every group is in it ("police and
    servicemen"); a mix ("civilians and police") counts people in general. Money and property
    figures get None (damage) or the thing counted (property: "shop").
    """
    s = (subject or "").lower().strip()
    if measure in NON_PERSON_MEASURES:
        if measure == "property" and s and s not in SUBJECT_CLASSES:
            return _building_list(s) or s
        return None
    if not s:
        return "person"
    if s.startswith(NATIONAL_PREFIX):
        return "foreign national"
    parts = [s]
    for joiner in _SUBJECT_JOINERS:
        parts = [p.strip() for part in parts for p in part.split(joiner) if p.strip()]
    classes = {SUBJECT_CLASSES.get(p, SUBJECT_CLASSES.get(p.split()[-1], "person")) for p in parts}
    return classes.pop() if len(classes) == 1 else "person"


# Things the property measure counts that are buildings: a list of several ("7,000 homes, businesses
# and other structures") counts buildings, the class a count of "structures" gets.
BUILDING_KINDS: frozenset[str] = frozenset({
    "building", "house", "business", "shop", "office", "school", "hospital", "church", "mosque", "cafe",
    "restaurant", "bank", "warehouse", "mall", "pharmacy", "market", "station", "facility",
})
BUILDING_CLASS = "building"


def _building_list(subject: str) -> str | None:
    """ "building" for a subject listing several kinds of building ("house and business and
    building"), None for one kind or a list with anything else in it."""
    parts = [subject]
    for joiner in _SUBJECT_JOINERS:
        parts = [p.strip() for part in parts for p in part.split(joiner) if p.strip()]
    return BUILDING_CLASS if len(parts) > 1 and all(p in BUILDING_KINDS for p in parts) else None


# --- Nations' people by name (data/demonyms.tsv) -----------------------------------------------
# The parser's NER misses many nationalities ("88 Australians" read as a plain noun, "Seven were
# Dutch" as an adjective): a count of a nation's people is told by these words as well.
DEMONYMS_FILE = "demonyms.tsv"
# Plural endings added to every form of a people's name ("Australians", "Filipinos"); irregular
# ones ("Dutchmen", "Frenchwomen") are written out in the file.
DEMONYM_PLURALS = ("s", "es")


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], dict[str, str]]:
    """(word of a people, lower case -> its country; country -> the people's adjective), loaded
    once on first use."""
    words: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    text = resources.files("counterpoint.data").joinpath(DEMONYMS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, adjective, *rest = ([*line.split("\t"), ""])[:3]
        adjectives[country] = adjective
        forms = [adjective, *(f.strip() for f in rest[0].split(",") if f.strip())]
        for form in forms:
            low = form.lower()
            for w in (low, *(low + e for e in DEMONYM_PLURALS)):
                words.setdefault(w, country)
        words.setdefault(country, country)
    return words, adjectives


def narrower_group(whole: str | None, part: str | None, measure: str | None = None) -> bool:
    """Whether a would-be whole counts a narrower group than its would-be part: people of one
    class ("10 troops were killed") cannot hold a part of people in general or of another class
    ("the bodies of six people")."""
    if whole in (None, "person") or whole == part:
        return False
    cls = subject_class(whole, measure)
    return cls not in (None, "person") and subject_class(part, measure) != cls


def demonym_country(word: str) -> str | None:
    """The country whose people (or which itself) a word names: "Australians" -> "australia",
    "Dutch" -> "the netherlands", "Britons" -> "united kingdom"; None for any other word."""
    return _demonyms()[0].get(word.lower().strip())


def people_adjective(country: str) -> str | None:
    """The adjective for a country's people ("the netherlands" -> "Dutch"), None when unknown."""
    return _demonyms()[1].get(country.lower().strip())
