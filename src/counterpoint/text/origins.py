"""The origin class of a figure: who, as a kind, the figure comes from. Decided once, here.

A figure claim carries its class from extraction (`FigureClaim.origin_class`, set by the figures
component through `figure_origin_class`); the corpus stage reads it: independence
(`reconcile.independence.origin_class` maps it to the series a verdict orders) and the contest of
rival counts (`reconcile.contest.tally_of`). The classes:

- officials          a state body or office holder, a class of officials ("Kazakh officials"), a
                     national Red Crescent (auxiliary to its state), a named agency or authority;
- state media        a state's own outlets ("state television", "the state news agency");
- foreign government a government speaking from abroad ("Velna's foreign ministry", "the embassy");
- news agency tally  an outlet's (or a monitor's) own count, as the sentence says ("an AP tally",
                     "a count compiled by Reuters", "the BBC understands");
- rights groups      rights groups, monitors, doctors' bodies, international organizations, studies;
- opposition         opposition parties, activists, protest leaders;
- witnesses          witnesses, residents, survivors, and any named person or body that speaks for
                     itself (a company, a hospital, a person the text gives no role);
- unnamed            a relay of unknown origin ("news reports", "media reports", "estimates",
                     "official figures", an outlet named as the source with no count of its own), an
                     anonymous source ("a source close to the inquiry"), an unresolved pronoun;
- own                no source: the outlet's own authority.

Word lists are the data constants below; the first class whose list matches wins, so the order of
`_RULES` is the precedence (a "human rights commission" is a rights group before it is a body).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..models import Source

OFFICIALS = "officials"
STATE_MEDIA = "state media"
FOREIGN_GOVERNMENT = "foreign government"
AGENCY_TALLY = "news agency tally"
RIGHTS_GROUPS = "rights groups"
OPPOSITION = "opposition"
WITNESSES = "witnesses"
UNNAMED = "unnamed"
OWN = "own"
FIGURE_ORIGIN_CLASSES: frozenset[str] = frozenset({
    OFFICIALS, STATE_MEDIA, FOREIGN_GOVERNMENT, AGENCY_TALLY, RIGHTS_GROUPS, OPPOSITION, WITNESSES, UNNAMED, OWN,
})
# Classes whose figures belong to the state's running count (`independence.origin_class`: "official").
STATE_CLASSES: frozenset[str] = frozenset({OFFICIALS, STATE_MEDIA, FOREIGN_GOVERNMENT})
# Classes that name no origin of their own: the outlet's running count (`independence`: "unattributed").
NO_ORIGIN_CLASSES: frozenset[str] = frozenset({UNNAMED, OWN})

# Pronouns as an origin the text never resolved ("he said", "they reported"): no one named.
UNRESOLVED_PRONOUNS: frozenset[str] = frozenset({"he", "she", "it", "they", "we", "i", "you", "them"})

# A source that only says the figure was reported, estimated or counted, never by whom ("news
# reports", "media reports", "some estimates", "official figures", "the latest data"): a relay of
# unknown origin, never a speaker. Matched on the whole (lowercased) name.
RELAY_ONLY_NAME = re.compile(
    r"^(?:the |some |many |several |other |most |various |unconfirmed |earlier |initial |early |"
    r"latest |recent |new |official |unofficial |local |state |foreign |international |western |"
    r"independent |news |media |press |social media |government |preliminary |conservative |"
    r"higher |lower |widely (?:cited |reported )?|other )*"
    r"(?:reports?|media|news(?: reports?)?|press|outlets|reporting|accounts|estimates?|"
    r"figures?|data|statistics|numbers|counts?|tallies|tally|sources|source|records?|"
    r"projections?|calculations?)$", re.IGNORECASE)
# ... except where a qualifier names the body that keeps them ("government figures", "police
# data": read by the other rules, not as a relay); "official figures" names no body.
RELAY_OWNER_WORDS = re.compile(r"\b(?:government|state|police|ministry)\b", re.IGNORECASE)

# A state's own outlets speak for it.
STATE_MEDIA_WORDS = re.compile(
    r"\bstate(?:-run| run|-owned| owned|-controlled| controlled)?\s+(?:media|news(?:\s*agency)?|television|tv|"
    r"broadcaster|radio|press|agency|newspaper|outlets?)\b|\bofficial\s+(?:news\s*agency|media)\b|"
    r"\bgovernment(?:-run|-owned)?\s+(?:media|newspaper|television|broadcaster)\b|"
    # state news agencies and broadcasters by name (case-sensitive acronyms below)
    r"\b(?:xinhua|ria novosti|sputnik|kazinform|khabar|global times|tasnim|fars news|anadolu|bernama|"
    r"vietnam news agency|prensa latina|maghreb arabe press|algerie presse service|saudi press agency|"
    r"emirates news agency|qatar news agency|kuwait news agency|syrian arab news agency|"
    r"islamic republic news agency|korean central news agency)\b", re.IGNORECASE)
# State news agencies and broadcasters known by an acronym (case-sensitive: "Sana" is also a name).
STATE_MEDIA_ACRONYMS = re.compile(r"\b(?:TASS|RIA|IRNA|CCTV|KCNA|SANA|WAM|SPA|MENA|PTV|KUNA|QNA|BSS|APP|MAP|APS)\b")

# A government speaking from abroad, usually of its own nationals.
FOREIGN_GOVERNMENT_WORDS = re.compile(
    r"\b(?:foreign (?:ministry|office|minister|affairs)|ministry of foreign affairs|state department|"
    r"embass(?:y|ies)|consulates?|ambassadors?|consul(?:ar)?)\b", re.IGNORECASE)

# Nouns that make a figure an origin's own count when they follow its name ("an AP tally",
# "Reuters' count") or precede "by" + its name ("a tally compiled by the Associated Press").
TALLY_NOUNS = r"(?:running\s+)?(?:count|tally|tabulation|compilation|calculation|database|toll\s+count)"
# "kept / compiled / based on" between the noun and "by".
TALLY_VERBS = r"(?:(?:compiled|kept|made|conducted|maintained|put\s+together|collated)\s+)?"
# An unattributed sentence that names whose count it is: "According to an AP tally", "An
# Associated Press count based on official statements ...": a capitalized name of one to four
# words right before the noun.
NAMED_TALLY = re.compile(
    r"\b(?i:an?|the|by)\s+((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)(?:['’]s?)?\s+(?:own\s+)?" + TALLY_NOUNS + r"\b")
# "The BBC understands", "The Times has learned": what an outlet learned from its own sources.
OWN_REPORTING_VERBS = re.compile(r"\b(?:understands|understood|has learned|has learnt|learned|learnt)\b",
                                 re.IGNORECASE)

# Rights groups, monitors, doctors' and lawyers' bodies, international organizations, studies:
# bodies outside the state that keep their own count, whatever official word their name carries
# ("the Central Committee of Doctors", "the Inter-American Commission on Human Rights").
RIGHTS_GROUP_WORDS = re.compile(
    r"\bu\.n\.|\b(?:human rights|rights|doctors|physicians|medics|medical (?:association|union|committee)|"
    r"monitor(?:s|ing)?|observatory|watchdog|ngos?|non-?governmental|charity|charities|"
    r"unions?|syndicate|amnesty|watch|united nations|unicef|ocha|unhcr|world health organi[sz]ation|"
    r"un|inter-american|international|church|diocese|ombudsm[ae]n|red cross|advocacy|legal aid|"
    r"lawyers|defenders|liberties|campaign group|researchers?|study|studies|university|survey|findings|"
    r"institute|academics|scientists|experts?|analysis|review)\b", re.IGNORECASE)
# International bodies known by an acronym (case-sensitive: "who" is a pronoun).
RIGHTS_GROUP_ACRONYMS = re.compile(r"\b(?:WHO|ICRC|IFRC|MSF|HRW|IOM|OCHA|OHCHR|UNHCR|UNICEF|UN|U\.N\.)\b")
# The political opposition and protest movements.
OPPOSITION_WORDS = re.compile(
    r"\b(?:opposition|dissidents?|activists?|protest (?:leaders?|organi[sz]ers?)|protesters|demonstrators|"
    r"exiled|critics?|organizers|organisers|campaigners?)\b", re.IGNORECASE)

# Words that mark a state body or office holder. A national Red Crescent is auxiliary to its state
# by statute and relays its count. A capitalized name with one of these words inside it is a body
# of the state even when its name is an unknown acronym ("the National Disaster Authority (NDA)").
OFFICIAL_WORDS = re.compile(
    r"\b(?:minist\w*|government|govt|gov|governor|premier|chancellor|authorit\w*|officials?|"
    r"police|prosecutor\w*|president\w*|"
    r"mayor|cabinet|army|military|(?<!news )(?<!press )agency|department|office|commission|committee|council|"
    r"spokes\w*|service|interior|emergenc\w*|civil (?:defen[cs]e|protection)|coroner|sheriff|"
    r"state media|disaster|municipal\w*|administration|prefect\w*|regime|kremlin|"
    r"white house|presidency|parliament|court|judge|health|red crescent|"
    # Office holders of a state's administration under other titles (a chief secretary, a district
    # collector or commissioner), and national railways and coast guards (state bodies).
    r"secretary|collector|commissioner|magistrate|superintendent|coast ?guard|fire (?:brigade|service|department)|"
    # (a provincial, district or county administrator, an attorney general, a medical examiner)
    r"administrators?|attorneys? general|medical examiners?|council(?:l)?ors?|"
    r"forces?|railways|"
    # Bodies named by what they are: a directorate, a bureau, a national guard, an inspectorate.
    r"directorate|bureau|inspectorate|gendarmerie|national guard|governorate|prefecture|"
    r"investigators|rescue (?:teams?|workers|services?)|firefighters|law enforcement|coroner|akim\w*|"
    # Ranks and titles of office holders ("Brig. Gen. Alam", "Commander Lee", "Deputy Chief Ruiz"),
    # a state's health service, a national railway, a command's headquarters.
    r"generals?|gen|brig(?:adier)?|colonel|col|lt|lieutenant|maj|major general|commanders?|marshal|"
    r"chief|inspector|deputy|director[- ]general|senators?|lawmakers?|legislators?|headquarters|"
    r"nhs|health service|railway)\b",
    re.IGNORECASE)

# A news outlet named as the source: with no count of its own it relays the running count.
MEDIA_WORDS = re.compile(
    r"\b(?:television|tv|broadcaster|broadcasting|radio|news ?agency|wire|press|newspaper|daily|"
    r"channel|outlet|media|magazine|journal|times|post|herald|tribune|gazette|telegraph|guardian|news)\b",
    re.IGNORECASE)
# The international and national news agencies by name (case-sensitive acronyms).
WIRE_NAMES = re.compile(
    r"\b(?:AP|AFP|Reuters|Xinhua|Anadolu|ANSA|EFE|dpa|DPA|Yonhap|Kyodo|TASS|Interfax|RIA|Bernama|PTI|IANS|UPI|"
    r"ANI|BBC|CNN|NHK|Agence France[- ]Presse|Associated Press|Europa Press|Antara|Bloomberg)\b")

# Witnesses, residents, survivors, relatives: people telling what they saw (a person described,
# not named: "a boy", "one survivor", "a miner's wife").
WITNESS_WORDS = re.compile(
    r"\b(?:witness(?:es)?|eyewitness(?:es)?|residents?|survivors?|bystanders?|relatives?|famil(?:y|ies)|"
    r"villagers?|neighbou?rs?|nurses?|journalists on the scene|man|woman|men|women|boy|girl|locals?|"
    r"mother|father|son|daughter|wife|husband|brother|sister|passengers?|miners?|workers?|fans?|"
    r"supporters?|pilgrims?|students?|teachers?|volunteers?|owners?|drivers?|farmers?)\b", re.IGNORECASE)
# Words in an outlet's source name that make the count its own work: its reporter on the scene
# counted, its analysis or review compiled it ("an AFP correspondent", "a New York Times analysis").
OWN_COUNT_WORDS = re.compile(
    r"\b(?:reporters?|correspondents?|journalists?|analysis|review|investigation|survey|count|tally|"
    r"calculation|database)\b", re.IGNORECASE)
# Anonymous sources: someone the text chooses not to name.
ANONYMOUS_WORDS = re.compile(
    r"\b(?:sources?|anonymity|unnamed|familiar with|close to|people familiar|observers)\b", re.IGNORECASE)

# An apposition after an origin's name that says what it is ("Lumen Watch, a rights group,"):
# read with the name when classing it.
# The article may be left out before a role ("Ann Lee, spokeswoman for the disaster agency,").
# (Not a relay's cue or a verb: "Reuters, citing officials," is no official.)
APPOSITION_RE = re.compile(
    r"^\s*,(?!\s*(?:citing|quoting|according|said|says|told|reported|added|which|that)\b)"
    r"\s*(?:(?:a|an|the)\s+)?([^,.;:()]{3,60})", re.IGNORECASE)


@cache
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Class by class, in precedence order (see the module doc)."""
    return (
        (STATE_MEDIA, STATE_MEDIA_WORDS),
        (STATE_MEDIA, STATE_MEDIA_ACRONYMS),
        (FOREIGN_GOVERNMENT, FOREIGN_GOVERNMENT_WORDS),
        (OPPOSITION, OPPOSITION_WORDS),
        (RIGHTS_GROUPS, RIGHTS_GROUP_WORDS),
        (RIGHTS_GROUPS, RIGHTS_GROUP_ACRONYMS),
        (OFFICIALS, OFFICIAL_WORDS),
    )


def figure_origin_class(sources: Sequence[Source], sentence: str = "") -> str:
    """The origin class of a figure (one of `FIGURE_ORIGIN_CLASSES`) from its chain (origin
    first) and the sentence that states it (for an apposition saying what the origin is, and for
    words that make the count the origin's own)."""
    if not sources:
        return AGENCY_TALLY if unsourced_tally(sentence) else OWN
    origin = sources[0]
    if origin.role != "origin":
        return UNNAMED  # "news reports said": relayed, by no one named
    name = origin.name.strip()
    if not name or name.lower() in UNRESOLVED_PRONOUNS:
        return UNNAMED
    if relay_only(name):
        return UNNAMED
    role = _apposition(name, sentence)
    probe = f"{name} {role}" if role else name
    outlet = _outlet(name)
    if outlet and OWN_COUNT_WORDS.search(name) and not STATE_MEDIA_WORDS.search(probe):
        return AGENCY_TALLY  # "an AFP correspondent counted 40 bodies", "a New York Times analysis"
    cls = next((c for c, rx in _rules() if rx.search(probe)), None)
    if cls is None and _tally_named(name, sentence):
        return AGENCY_TALLY  # "an AP tally", "a count compiled by Reuters": not a body of the state
    if cls is None and outlet and OWN_REPORTING_VERBS.search(sentence):
        return AGENCY_TALLY  # "the BBC understands"
    if cls is not None:
        return cls
    if outlet:
        return UNNAMED  # an outlet named as the source carries someone's count
    if WITNESS_WORDS.search(probe):
        return WITNESSES
    if ANONYMOUS_WORDS.search(probe):
        return UNNAMED
    # A named person or body that none of the lists places speaks for itself; a common noun
    # ("experts", "some") names no one.
    return WITNESSES if any(w[:1].isupper() for w in name.split()) else UNNAMED


def relay_only(name: str) -> bool:
    """Whether a source's name says only that the figure was reported or estimated ("media
    reports", "some estimates", "official figures"), not by whom."""
    name = name.strip()
    if not RELAY_ONLY_NAME.match(name):
        return False
    # "government figures", "police data": the body that keeps them is named
    low = name.lower()
    return not RELAY_OWNER_WORDS.search(low) or low.split()[-1] in ("reports", "report", "media", "news")


def _outlet(name: str) -> bool:
    return bool(MEDIA_WORDS.search(name) or WIRE_NAMES.search(name))


def _apposition(name: str, sentence: str) -> str | None:
    at = sentence.find(name) if name and sentence else -1
    if at < 0:
        return None
    m = APPOSITION_RE.match(sentence[at + len(name):])
    return m.group(1) if m else None


def _tally_named(name: str, text: str) -> bool:
    """Whether the sentence calls the figure `name`'s own count ("an AP tally", "a count by AFP")."""
    core = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    if not core or not text:
        return False
    n = re.escape(core)
    after = re.search(n + r"(?:['’]s?)?\s+(?:own\s+)?" + TALLY_NOUNS + r"\b", text, re.IGNORECASE)
    before = re.search(TALLY_NOUNS + r"\s+" + TALLY_VERBS + r"by\s+(?:the\s+)?" + n + r"\b", text, re.IGNORECASE)
    return bool(after or before)


def unsourced_tally(sentence: str) -> str | None:
    """The name an unattributed sentence gives as whose count it is ("An Associated Press count
    ... stands at 500" -> "Associated Press"), unless that is an official body; else None."""
    m = NAMED_TALLY.search(sentence or "")
    if m and not OFFICIAL_WORDS.search(m.group(1)):
        return m.group(1)
    return None


def tally_name(sources: Sequence[Source], sentence: str) -> str | None:
    """Whose own count a claim of class `AGENCY_TALLY` is: its origin as written, or the name its
    unattributed sentence gives."""
    if sources:
        return sources[0].name
    return unsourced_tally(sentence)
