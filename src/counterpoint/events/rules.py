"""Event types for the timeline, as data: trigger lemmas and the arguments they need.

A rule fires on a token whose lemma is one of `triggers` when its subject and arguments satisfy
the rule (see `counterpoint.events.component`). Several rules may share an event type. Word
lists are lemmas (lower case); `phrases` are regexes over the sentence text for fixed nominal
expressions that parsing reads badly ("shoot-to-kill orders").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The story's sudden happening (a disaster, an attack): its nouns, kinds and headlines.
from .hazards import (
    ATTACK_NOT_MODIFIERS,
    ATTACK_NOUNS,
    FIRE_NOT_GOVERNORS,
    FIRE_NOUNS,
    FLOOD_NOUNS,
    FLOOD_VERBS,
    GUNFIRE_MODIFIERS,
    HAZARD_NOUNS,
    STORM_TITLE_WORDS,
    STRIKE_VERBS,
    VEHICLE_NOUNS,
    VESSEL_NOUNS,
)

# Nouns naming collective protest: the subject of "began", "broke out", "erupted".
PROTEST_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "unrest", "riot", "uprising", "clash", "strike",
     "disturbance", "turmoil", "unrests", "mobilization", "march", "revolt", "rebellion", "demonstrator"}
)
# Nouns naming violence between groups, not a protest: "ethnic violence erupted in the city",
# "fighting broke out": the start of the unrest, headed as what the text says it was.
VIOLENCE_NOUNS = frozenset({"violence", "fighting", "rioting", "bloodshed", "hostilities", "bloodletting"})
VIOLENCE_START_HEADLINE = "Violence breaks out"
# Adverbs that make a start a renewal ("clashes broke out again on Monday", "protests flared anew"):
# not the day the unrest began, which a story has once.
RENEWAL_ADVERBS = frozenset({"again", "anew", "afresh", "once more"})
# Event types a story has once as its start: a renewal is no telling of it.
START_ONCE_TYPES = frozenset({"protest_start"})
# People who protest (subject of "took to the streets", "went to a rally").
PROTESTER_NOUNS = frozenset(
    {"protester", "protestor", "demonstrator", "people", "resident", "citizen", "worker", "crowd",
     "thousand", "hundred", "rioter", "rebel", "activist", "youth", "student"}
)
# Buildings and sites that get stormed, seized, set on fire.
SITE_NOUNS = frozenset(
    {"building", "administration", "office", "airport", "residence", "akimat", "headquarters",
     "parliament", "hall", "station", "ministry", "palace", "prosecutor", "department", "police",
     "tv", "channel", "television", "base", "compound", "embassy", "mayor", "city", "akimats",
     "facility", "premises", "courthouse", "barracks", "car", "vehicle", "shop", "bank", "store",
     # where protesters are dispersed: "the raid on the sit-in", "stormed the protest camp"
     "sit-in", "camp", "encampment", "square"}
)
GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "parliament", "ministry", "minister", "premier"})
TROOP_NOUNS = frozenset(
    {"troop", "soldier", "force", "paratrooper", "peacekeeper", "unit", "army", "military",
     "contingent", "reinforcement", "peacekeeping"}
)
PRICE_NOUNS = frozenset({"price", "cost", "tariff", "fare", "rate"})
HELP_WORDS = frozenset({"help", "assistance", "support", "aid", "csto", "troop", "intervention"})
POST_WORDS = frozenset({"post", "office", "position", "chairmanship", "job", "seat", "power"})
PRICE_UP = frozenset({"rise", "increase", "hike", "double", "soar", "jump", "raise", "lift"})
PRICE_DOWN = frozenset({"cut", "reduce", "lower"})
# A charge is laid "with" a crime, "over" a death, "for" negligence, "on" counts: "police charged
# at the crowd" is no charge.
CHARGE_PREPS = frozenset({"with", "over", "for", "on", "in"})
# What "emergency" may modify and still be a state of emergency ("declared emergency rule"): not
# "the emergency phase was extended", "the emergency department announced", "emergency aid".
EMERGENCY_HEADS = frozenset({"rule", "law", "decree", "power", "regime", "state"})
ORDER_VERBS = frozenset({"announce", "declare", "introduce", "impose", "proclaim", "extend", "enact"})

# Event types dated only by a date phrase this close (characters) to the trigger, in its sentence:
# "the explosion" in a paragraph about Thursday's arrests did not happen on Thursday.
ATTACHED_DATE_TYPES = frozenset({"disaster", "election", "coup", "killings", "general_strike", "aftershock", "ouster",
                                 "attack"})
# Event types told only once they happened: a date after the publication ("the May 14 election"
# in a February article) is a plan, not an event.
PAST_ONLY_TYPES = frozenset({"election", "disaster", "coup", "killings", "aftershock", "attack", "ouster"})
# Event types kept on the timeline only when dated: "aftershocks rattled the valley" says nothing
# a reader can place.
DATED_ONLY_TYPES = frozenset({"aftershock", "ouster"})
ATTACHED_DATE_CHARS = 45
# ... or by a date phrase whose first verb above it in the parse (within this many steps) is the
# verb the happening is the subject of ("the crash happened near X, 200 km from Y, on Friday").
ATTACHED_DATE_HOPS = 8
# Event types a story has exactly once: every dated telling is one entry, on the day most
# documents give (a recalled earlier disaster, "Hurricane Katrina in 2005", is outvoted).
SINGULAR_TYPES = frozenset({"disaster", "election", "coup", "attack"})

# Verbs under which an event is only wanted, threatened or denied, not reported as happening:
# "demanding the resignation of the government", "threatened to storm".
NOT_HAPPENED_GOVERNORS = frozenset(
    {"demand", "call", "urge", "want", "seek", "ask", "threaten", "plan", "refuse", "deny", "try",
     "attempt", "fail", "prevent", "regard", "consider", "promise", "vow", "rule", "refusal",
     "threat", "proposal", "possibility", "intention", "decision", "effort", "bid",
     "warrant"}  # "warrants for the arrest of two crew members": sought, not yet made
)
# Modifiers that make a nominal trigger something that did not happen ("a failed coup", "the
# planned strike", "an alleged massacre" is disputed, not reported).
NOT_HAPPENED_MODIFIERS = frozenset({"failed", "attempted", "foiled", "abortive", "thwarted", "planned",
                                    "possible", "alleged", "would-be", "threatened", "feared", "potential"})
# Adverbs that make a reported act an attempt only ("unsuccessfully stormed", "nearly seized").
ATTEMPT_ADVERBS = frozenset({"unsuccessfully", "nearly", "almost", "vainly"})
# A clause saying an attempt failed cancels the events of `ATTEMPTABLE_TYPES` reported just
# before it: in the trigger's own sentence after the trigger ("stormed the airport, but the attempt
# failed"), or opening the next sentence with an anaphor ("These attempts were unsuccessful.").
_FAILURE_WORDS = (r"(?:unsuccessful|failed|fail|futile|in\s+vain|thwarted|foiled|repelled|repulsed|"
                  r"beaten\s+back|came\s+to\s+nothing)")
_ATTEMPT_NOUNS = r"(?:attempts?|efforts?|bids?|tries|assaults?|attacks?)"
FAILURE_PATTERNS: tuple[str, ...] = (
    rf"\b{_ATTEMPT_NOUNS}\b[^.;]{{0,40}}?\b{_FAILURE_WORDS}\b",
    r"\b(?:without\s+success|to\s+no\s+avail|in\s+vain|unsuccessfully)\b",
)
FOLLOWING_FAILURE_PATTERN = (
    r"^\W*(?:but\s+|however,?\s+)?(?:these|those|the|this|that|their|such|all|both|all\s+such)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_ATTEMPT_NOUNS}\b[^.;]{{0,40}}?\b{_FAILURE_WORDS}\b"
)
ATTEMPTABLE_TYPES = frozenset({"storming", "arrests", "removal", "troops_deployed"})

# Auxiliaries of unrealised events ("will storm", "could resign").
NOT_HAPPENED_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "must", "can"})

# Dependency labels of a trigger's subject, and of its arguments (objects, passive subjects...).
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "pobj", "obj", "oprd", "dative", "compound", "agent"})

# Words that make an arrest's object a count ("thousands of people").
COUNT_WORDS = frozenset({"thousand", "hundred", "dozen", "score"})
COUNT_NOUNS = frozenset({"scores", "dozens", "hundreds", "thousands"})
# Nouns for people a count can modify in an arrest headline ("340 persons", "dozens of protesters").
PERSON_GROUP_NOUNS = frozenset({"people", "person", "protester", "protestor", "demonstrator", "activist",
                                "journalist", "resident", "citizen", "worker", "student", "staff", "member",
                                "official", "employee", "suspect", "opposition", "supporter", "man", "woman",
                                "participant", "rioter", "fan", "officer", "marcher", "civilian", "villager",
                                "mourner", "monk", "voter", "driver",
                                # people held in a purge or a crackdown, by their trade or service
                                "soldier", "serviceman", "cadet", "conscript", "policeman", "judge",
                                "prosecutor", "teacher", "academic", "lawyer", "doctor", "nurse", "miner",
                                "sailor", "pilot", "guard", "lawmaker", "deputy", "politician", "blogger",
                                "cleric", "imam", "priest", "businessman", "migrant", "refugee", "teenager",
                                "youth", "pupil", "servant", "militant", "insurgent", "fighter",
                                # the dead of an attack or a disaster, by who they were
                                "child", "kid", "adult", "worshipper", "passenger", "tourist", "pilgrim",
                                "spectator", "shopper", "victim"})
# A crowd arrest headline ("At least 340 persons detained", "Some 250 demonstrators detained",
# "Scores detained") names no one: two of them on one day are the day's round-up told by two
# outlets with different counts and nouns, one happening. Its words (beyond the participle) are
# numbers, count words and these.
CROWD_NOUNS = frozenset({"people", "persons", "person", "protesters", "protestors", "demonstrators",
                         "participants", "rioters", "marchers", "civilians", "individuals", "detainees"})
CROWD_QUANTIFIERS = frozenset({"some", "about", "around", "at", "least", "more", "than", "over", "nearly",
                               "almost", "up", "to", "another", "roughly", "approximately", "many", "several",
                               "hundreds", "thousands", "dozens", "scores", "hundred", "thousand", "dozen",
                               "of", "the", "a", "an", "other", "further"})
# Quantifiers a headline drops after a count ("thousands many" reads "Thousands").
VAGUE_QUANTIFIERS = frozenset({"many", "several", "some", "numerous"})
# Nouns of a role a person is held in: the arrest headline names it when no name or count is
# given ("The captain ... has been arrested" -> "Captain arrested", not "People arrested").
ROLE_NOUNS = frozenset({"captain", "owner", "driver", "pilot", "engineer", "manager", "director", "chief",
                        "mayor", "governor", "minister", "leader", "operator", "executive", "commander",
                        "crew", "boss", "landlord", "contractor", "chairman", "head", "officer", "official",
                        "suspect", "president", "general", "guard", "founder", "editor", "journalist"}
                       # one unnamed person held ("police arrested a man", "the arrest of the woman"):
                       # the happening is news before the name is ("Man arrested")
                       | {"man", "woman", "teenager", "boy", "girl", "gunman", "bomber", "attacker"})
# Determiners that make a counted patient nobody ("no one was detained", "not a single protester").
NO_WORDS = frozenset({"no", "not", "none", "nobody"})
# "least 340 persons": the parse drops the "at" of "at least".
LEAST_FIX = re.compile(r"^(?:at\s+)?least\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRule:
    event_type: str
    triggers: frozenset[str] = frozenset()  # lemmas (verbs or nouns) naming the event
    default_text: str  # headline when the event type has no template (see HEADLINES)
    subjects: frozenset[str] = frozenset()  # allowed subject lemmas (empty: any subject or none)
    arguments: frozenset[str] = frozenset()  # one argument lemma must be among these (empty: any)
    requires: frozenset[str] = frozenset()  # a lemma that must be a child or in the argument subtree
    needs_count_or_person: bool = False  # arrests: of a named person or a count
    governors: frozenset[str] = frozenset()  # for nominal triggers: the verb that must govern them
    phrases: tuple[str, ...] = ()  # regexes over the sentence text
    verbal_only: bool = False  # the trigger must be a verb ("prices rose", not "the rise in prices")
    deep_arguments: bool = True  # argument lemmas may sit anywhere in the argument's subtree
    headline: str = ""  # the timeline text, overriding HEADLINES[event_type] (see there)
    nominal_only: bool = False  # the trigger must be a noun of its own (not a verb, not a modifier)
    not_governors: frozenset[str] = frozenset()  # the trigger's head must not be one of these lemmas
    active_only: bool = False  # the subject must be the doer: no passive ("officers who were killed")
    agents: frozenset[str] = frozenset()  # passive only, its "by" agent one of these ("killed by police")
    passive_only: bool = False  # the trigger is a passive verb with its patient as subject ("X was ousted")
    # a subject too vague for `subjects` still counts when one of its modifiers names whose it is
    # ("forces" alone may be anyone's; "military forces", "pro-government forces" are the state's)
    vague_subjects: frozenset[str] = frozenset()
    side_modifiers: frozenset[str] = frozenset()
    pronoun_arguments: bool = False  # an argument "it" counts when the sentence names one of `arguments`
    whole_only: bool = False  # no percentage below the whole on the trigger ("40% contained" is a state)
    subject_holds: frozenset[str] = frozenset()  # the subject's phrase must name one ("a train carrying bodies")
    not_modifiers: frozenset[str] = frozenset()  # no compound or adjective of these ("heart attack")
    governs_as_subject: bool = False  # the trigger (or the name it opens) is the governor's doer
    # as a modifier ("emergency rule"), the trigger's head must be one of these (empty: any head)
    modifier_of: frozenset[str] = frozenset()
    # what the trigger must not be of ("the anniversary of city status", "the city's anniversary")
    not_of: frozenset[str] = frozenset()


RULES: tuple[EventRule, ...] = (
    # --- protests begin ---
    EventRule(event_type="protest_start", triggers=frozenset({"begin", "start", "erupt", "flare", "spark", "break"}),
              default_text="protests began", subjects=PROTEST_NOUNS),
    EventRule(event_type="protest_start", triggers=frozenset({"begin", "start", "erupt", "flare", "spark", "break"}),
              default_text="violence broke out", subjects=VIOLENCE_NOUNS, headline=VIOLENCE_START_HEADLINE),
    EventRule(event_type="protest_start", triggers=frozenset({"go", "continue"}),
              default_text="protests began", subjects=PROTEST_NOUNS, requires=frozenset({"since"})),
    EventRule(event_type="protest_start", triggers=frozenset({"take"}),
              default_text="people took to the streets", requires=frozenset({"street"})),
    EventRule(event_type="protest_start", triggers=frozenset({"go", "come", "gather"}),
              default_text="people went to a protest rally",
              arguments=frozenset({"rally", "protest", "demonstration"}), deep_arguments=False),
    # --- storming of buildings ---
    EventRule(event_type="storming", triggers=frozenset({"storm", "seize", "torch", "occupy", "capture", "ransack",
                                                         "burn", "raid"}),
              default_text="buildings stormed", arguments=SITE_NOUNS),
    EventRule(event_type="storming", triggers=frozenset({"take"}), default_text="buildings taken over",
              arguments=SITE_NOUNS, requires=frozenset({"over", "control"})),
    EventRule(event_type="storming", triggers=frozenset({"set"}),
              default_text="buildings set on fire", arguments=SITE_NOUNS, requires=frozenset({"fire"})),
    # --- the government resigns / is dismissed ---
    EventRule(event_type="resignation", triggers=frozenset({"resign", "quit", "step"}),
              default_text="the government resigned", subjects=GOVERNMENT_NOUNS),
    EventRule(event_type="resignation", triggers=frozenset({"dissolve", "dismiss", "sack", "fire"}),
              default_text="the government was dismissed", arguments=GOVERNMENT_NOUNS,
              headline="Government dismissed"),
    EventRule(event_type="resignation", triggers=frozenset({"accept"}),
              default_text="the government's resignation was accepted", arguments=frozenset({"resignation"})),
    EventRule(event_type="resignation", triggers=frozenset({"resignation"}),
              default_text="the government resigned", arguments=GOVERNMENT_NOUNS),
    # --- state of emergency ---
    EventRule(event_type="state_of_emergency", triggers=frozenset({"emergency"}),
              default_text="a state of emergency was declared", governors=ORDER_VERBS,
              modifier_of=EMERGENCY_HEADS),
    # --- shoot-to-kill order ---
    EventRule(event_type="shoot_to_kill", default_text="shoot-to-kill order issued",
              phrases=(r"shoot[-\s]+to[-\s]+kill", r"open\s+fire\s+(?:to\s+kill|without\s+warning)",
                       r"fire\s+to\s+kill\s+without\s+warning", r"shoot\s+without\s+warning")),
    # --- arrests ---
    EventRule(event_type="arrests", triggers=frozenset({"arrest", "detain", "apprehend", "jail", "detention"}),
              default_text="people arrested", needs_count_or_person=True),
    # "police rounded up 50 people" (the verb with its particle: "bought 375 rounds" of ammunition,
    # "a round of talks" are no arrests)
    EventRule(event_type="arrests", triggers=frozenset({"round"}), default_text="people arrested",
              needs_count_or_person=True, verbal_only=True, requires=frozenset({"up"})),
    # --- suspects and charges: "put five executives under investigation", "named 20 people as
    # suspects", "charged the captain with manslaughter" (not "police charged at the crowd") ---
    EventRule(event_type="investigation", triggers=frozenset({"put", "place"}), verbal_only=True,
              default_text="people placed under investigation", needs_count_or_person=True,
              requires=frozenset({"investigation", "probe", "inquiry"})),
    EventRule(event_type="investigation", triggers=frozenset({"name", "register", "list", "identify"}),
              verbal_only=True, default_text="people named as suspects", needs_count_or_person=True,
              requires=frozenset({"suspect"})),
    EventRule(event_type="charges", triggers=frozenset({"charge", "indict"}), verbal_only=True,
              default_text="people charged", needs_count_or_person=True, requires=CHARGE_PREPS),
    # --- troops deployed ---
    EventRule(event_type="troops_deployed", triggers=frozenset({"send", "deploy", "dispatch", "arrive", "land", "fly"}),
              default_text="troops deployed", arguments=TROOP_NOUNS),
    EventRule(event_type="troops_deployed", triggers=frozenset({"arrive", "land"}),
              default_text="troops deployed", subjects=TROOP_NOUNS),
    EventRule(event_type="troops_deployed", triggers=frozenset({"deployment"}),
              default_text="troops deployed", arguments=TROOP_NOUNS),
    # --- removal from office ---
    EventRule(event_type="removal", triggers=frozenset({"remove", "oust", "relieve", "strip", "dismiss", "sack"}),
              default_text="official removed from office", requires=POST_WORDS),
    # --- prices ---
    EventRule(event_type="price_change", triggers=PRICE_UP, default_text="prices changed",
              arguments=PRICE_NOUNS, verbal_only=True, headline="{item} rise"),
    EventRule(event_type="price_change", triggers=PRICE_UP, default_text="prices changed",
              subjects=PRICE_NOUNS, verbal_only=True, headline="{item} rise"),
    EventRule(event_type="price_change", triggers=PRICE_DOWN, default_text="prices changed",
              arguments=PRICE_NOUNS, verbal_only=True, headline="{item} cut"),
    # --- appeal for outside help ---
    EventRule(event_type="appeal", triggers=frozenset({"appeal", "turn", "ask", "request", "call"}),
              default_text="appeal for help", requires=HELP_WORDS),
    # --- the disaster itself: an explosion, an earthquake, a building's collapse, a crowd crush ---
    # Nominal triggers ("Tuesday's explosion", "the quake that struck on Monday"); they are dated only
    # by a date phrase next to them (`ATTACHED_DATE_TYPES`), never by the paragraph's last date.
    EventRule(event_type="disaster", triggers=HAZARD_NOUNS, default_text="disaster struck"),
    EventRule(event_type="disaster", triggers=frozenset({"explode", "collapse", "cave"}),
              default_text="disaster struck", verbal_only=True),
    # "Cyclone Nargis hit the delta", "the island was battered by the typhoon"; not "the toll from
    # Cyclone Nargis has hit 139" (the toll hit a number, no storm struck anything then)
    EventRule(event_type="disaster", triggers=STORM_TITLE_WORDS,
              default_text="disaster struck", governors=STRIKE_VERBS, governs_as_subject=True),
    EventRule(event_type="disaster", triggers=FLOOD_NOUNS, default_text="disaster struck",
              governors=STRIKE_VERBS | FLOOD_VERBS, governs_as_subject=True, nominal_only=True),
    EventRule(event_type="disaster", triggers=FIRE_NOUNS, default_text="disaster struck", nominal_only=True,
              not_governors=FIRE_NOT_GOVERNORS, not_modifiers=GUNFIRE_MODIFIERS),
    EventRule(event_type="disaster", triggers=frozenset({"sink", "capsize"}), default_text="disaster struck",
              verbal_only=True, subjects=VESSEL_NOUNS),
    EventRule(event_type="disaster", triggers=frozenset({"collide", "derail"}), default_text="disaster struck",
              verbal_only=True, subjects=VEHICLE_NOUNS),
    # --- an attack the story is about ("Friday's attacks", "the shooting at the mosque on Friday"):
    # nouns only, dated like a disaster (see `hazards.ATTACK_NOUNS`) ---
    EventRule(event_type="attack", triggers=ATTACK_NOUNS, default_text="attack carried out", nominal_only=True,
              not_modifiers=ATTACK_NOT_MODIFIERS),
    # --- a strong aftershock, a happening of its own after the quake ("its May 12 aftershock") ---
    EventRule(event_type="aftershock", triggers=frozenset({"aftershock"}), default_text="aftershock struck",
              nominal_only=True, headline="Aftershock strikes"),
    # --- the election a protest story turns on ("the August 9 election", "Sunday's vote") ---
    EventRule(event_type="election", triggers=frozenset({"election", "vote", "referendum"}),
              default_text="election held", headline="Election held"),
    # --- statements ---
    EventRule(event_type="statement", triggers=frozenset({"statement", "address", "speech", "appeal"}),
              default_text="statement made",
              governors=frozenset({"make", "issue", "deliver", "release"})),
)


# --- a crackdown: the coup, the killings, the general strike against them ---------------------------
# Nominal triggers dated by a date phrase next to them (`ATTACHED_DATE_TYPES`): "the February 1
# coup", "since the coup on Feb. 1", "the massacre on June 3".
COUP_NOUNS = frozenset({"coup", "putsch"})
# Who seizes power in a coup told with a verb ("the military seized power").
COUP_SUBJECTS = frozenset({"military", "army", "junta", "general", "soldier", "officer", "troop", "force"})
# Verbs by which the military removes a ruler ("the army ousted the president").
COUP_VERBS = frozenset({"oust", "topple", "overthrow", "depose"})
KILLING_NOUNS = frozenset({"massacre", "killing", "slaughter", "bloodshed"})
# Killing verbs whose subject is the security forces: "troops killed 100 people", "soldiers shot dead".
KILLING_VERBS = frozenset({"kill", "massacre", "slaughter", "gun"})
KILL_PARTICIPLES: dict[str, str] = {"kill": "killed", "killing": "killed", "massacre": "massacred",
                                    "slaughter": "killed", "gun": "killed", "bloodshed": "killed"}
# A strike is the general one only with one of these modifiers (not "air strike", "hunger strike").
GENERAL_STRIKE_WORDS = frozenset({"general", "nationwide", "national"})
CRACKDOWN_RULES: tuple[EventRule, ...] = (
    EventRule(event_type="coup", triggers=COUP_NOUNS, default_text="military seized power",
              nominal_only=True),
    EventRule(event_type="coup", triggers=frozenset({"seize", "take", "grab"}), default_text="military seized power",
              verbal_only=True, arguments=frozenset({"power"}), deep_arguments=False, subjects=COUP_SUBJECTS),
    # "the army toppled the president on July 3", "who was ousted by the military": a coup told by its verb
    EventRule(event_type="coup", triggers=COUP_VERBS, default_text="military seized power", verbal_only=True,
              subjects=COUP_SUBJECTS, active_only=True),
    EventRule(event_type="coup", triggers=COUP_VERBS, default_text="military seized power", verbal_only=True,
              agents=COUP_SUBJECTS),
    # "Bashir was ousted on April 11", "the president was toppled in 2011": the ruler's fall told
    # by whom it befell, whoever did it (the army's doing is the coup above as well)
    EventRule(event_type="ouster", triggers=COUP_VERBS, default_text="ruler ousted", verbal_only=True,
              passive_only=True, needs_count_or_person=True),
    EventRule(event_type="killings", triggers=KILLING_NOUNS, default_text="people killed", nominal_only=True),
    EventRule(event_type="general_strike", triggers=frozenset({"strike"}), default_text="general strike held",
              nominal_only=True, requires=GENERAL_STRIKE_WORDS),
)

# Subjects named by their office when no person is named ("the president turned to the CSTO").
TITLE_NOUNS = frozenset({"president", "government", "minister", "premier", "leader", "cabinet", "parliament",
                         "authority", "ministry", "mayor", "governor"})
# Site nouns too vague alone: their of-phrase is kept ("buildings of local administrations").
VAGUE_SITES = frozenset({"building", "premises", "office", "headquarters", "residence"})
SLOT_DEFAULTS: dict[str, str] = {
    "actor": "Protesters", "verb": "storm", "site": "buildings", "patient": "People", "force": "Troops",
    "item": "Prices", "speaker": "", "participle": "detained", "object": "Building",
}
SENT_TEMPLATE = "{sender} deploys {force}"
# The headline participle for each arrest trigger.
ARREST_PARTICIPLES: dict[str, str] = {
    "arrest": "arrested", "detain": "detained", "apprehend": "detained", "jail": "jailed",
    "round": "detained", "detention": "detained",
}
# The headline verb for each storming trigger.
STORM_VERBS: dict[str, str] = {
    "storm": "storm", "seize": "seize", "capture": "seize", "occupy": "occupy", "torch": "set fire to",
    "burn": "set fire to", "set": "set fire to", "ransack": "ransack", "raid": "raid", "take": "take over",
}
# Possessors dropped from a site in a headline: "the city's airport" -> "airport".
GENERIC_POSSESSORS = frozenset(
    {"city", "country", "town", "region", "capital", "province", "nation", "state"})
# Troop nouns specific enough to name in a headline; others ("units", "contingent") read "troops".
HEADLINE_TROOP_WORDS = frozenset({"paratroopers", "peacekeepers", "soldiers", "troops"})
# Storming told in the passive ("buildings were set on fire"): who did it is not said, so the
# headline is "{site} {participle}".
STORM_PASSIVE_TEMPLATE = "{site} {participle}"
STORM_PARTICIPLES: dict[str, str] = {
    "storm": "stormed", "seize": "seized", "capture": "seized", "occupy": "occupied", "torch": "set on fire",
    "burn": "set on fire", "set": "set on fire", "ransack": "ransacked", "raid": "raided",
    "take": "taken over",
}
# Subjects that make the storming actor "Security forces" rather than protesters.
SECURITY_NOUNS = TROOP_NOUNS | frozenset({"police", "security", "officer", "guard", "policeman"})
SECURITY_ACTOR = "Security forces"
# Event types whose headline names the place the sentence gives ("Protests begin in Zhanaozen").
PLACED_TYPES = frozenset({"protest_start", "storming", "state_of_emergency", "killings", "general_strike",
                          "aftershock"})
# Where an event happened: a place the trigger's own clause governs with one of these prepositions
# ("protests began in Zhanaozen", "a state of emergency across the country") beats a nearer place
# the sentence names for another reason.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                            "within", "on", "into", "onto", "along", "over"})
# Prepositions by which one happening times another clause ("since the coup, soldiers shot ...",
# "after the massacre, the union called ..."): that clause's place is not the happening's.
TIME_PREPS = frozenset({"since", "after", "before", "until", "following", "during"})
# Prepositions whose place is not where the event happened: where people came from, where they
# went, whose member or part something is ("troops from Russia", "members of the alliance: X").
NOT_LOCATIVE_PREPS = frozenset({"from", "of", "to", "toward", "towards", "by", "with", "between",
                                "among", "including", "like", "than", "for"})
# Nouns for a kind of place, whose "of" names the place ("the oil town of Zhanaozen").
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "district", "capital", "port",
                         "island", "state", "county", "municipality", "area", "country"})
# Dependencies that put a place in a noun's name ("Kazakhstan's president", "the Belarus government",
# "Beirut's port"): when that noun is an actor (ACTOR_NOUNS, a person or an organization) the place
# names who acted, not where; a site's owner place ("Beirut's port") is where.
NAME_PART_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
ACTOR_NOUNS = frozenset(
    {"president", "government", "minister", "ministry", "police", "army", "force", "troop", "soldier",
     "authority", "leader", "official", "parliament", "embassy", "ambassador", "people", "citizen",
     "national", "opposition", "court", "prosecutor", "spokesman", "spokeswoman", "media", "agency",
     "military", "navy", "team", "delegation", "envoy", "counterpart", "ally", "member"})
# Longest slot filler kept (tokens).
MAX_SLOT_TOKENS = 5


# Troop words too vague for a killer alone ("the force of the blast killed 40"): "security forces"
# still counts through its "security".
VAGUE_FORCE_NOUNS = frozenset({"force", "unit", "reinforcement", "contingent"})
# Modifiers that make vague forces the state's: "military forces", "government forces",
# "pro-government forces", "regime forces", "junta forces", "security units".
STATE_SIDE_MODIFIERS = frozenset({"military", "government", "regime", "state", "junta", "army", "police",
                                  "security", "paramilitary"})
# Killings told with a verb count only when the security forces are its subject ("troops killed
# 100 people"), else every death in a disaster story would be a killing.
KILLING_VERB_RULE = EventRule(event_type="killings", triggers=KILLING_VERBS, default_text="people killed",
                              verbal_only=True, needs_count_or_person=True, active_only=True,
                              subjects=(SECURITY_NOUNS - VAGUE_FORCE_NOUNS) | frozenset({"junta", "sniper", "gunman"}),
                              vague_subjects=VAGUE_FORCE_NOUNS, side_modifiers=STATE_SIDE_MODIFIERS)
# ... or, in the passive, its agent ("100 people were killed by police on June 3", "marchers gunned
# down by soldiers"): the same killers, named after the dead. ("Shot by police" may be wounded only.)
# "Killed by gunfire", "by sniper fire", "by Israeli fire" (a nation's fire is its forces': the
# agent then reads as "gunfire", see `component._agent_lemmas`); "killed by the fire" is a blaze's.
ARMED_FIRE_NOUNS = frozenset({"fire", "shelling", "shell", "airstrike", "strike"})
KILLING_PASSIVE_RULE = EventRule(event_type="killings", triggers=KILLING_VERBS,
                                 default_text="people killed", verbal_only=True, needs_count_or_person=True,
                                 agents=KILLING_VERB_RULE.subjects | frozenset({"gunfire"}))
# ... or by what the forces did, which "left" the dead: "a police raid left 14 people dead", "an army
# assault on the town left at least 30 dead", "the crackdown by security forces left dozens of
# protesters dead". The act must be one of armed force (its noun) and the state's (a security noun
# or a state-side word anywhere in its phrase): "the storm left 40 dead" is a disaster's toll, and
# "a rebel assault" no killing by the state.
FORCE_ACT_NOUNS = frozenset({"raid", "assault", "crackdown", "operation", "offensive", "shelling", "airstrike",
                             "bombardment", "fire", "gunfire", "onslaught", "incursion"})
FORCE_ACT_DOERS = ((SECURITY_NOUNS - VAGUE_FORCE_NOUNS)
                   | frozenset({"military", "junta", "regime", "pro-government", "paramilitary", "sniper", "crackdown"}))
# The word for the dead such a sentence puts after its count ("left 14 people dead"): not the patient's.
LEFT_STATE_WORDS = frozenset({"dead"})
KILLING_LEFT_RULE = EventRule(event_type="killings", triggers=frozenset({"leave"}), default_text="people killed",
                              verbal_only=True, active_only=True, needs_count_or_person=True,
                              subjects=FORCE_ACT_NOUNS, subject_holds=FORCE_ACT_DOERS, requires=frozenset({"dead"}))

# --- the acts of a disaster's aftermath and of unrest: a fire contained, a search halted or resumed,
# people evacuated, a building demolished, a concession revoked, money pledged ---------------------
# What a search is (object or passive subject of "called off", "suspended"): "the search for
# survivors", "search and rescue operations", "recovery efforts".
SEARCH_NOUNS = frozenset({"search", "rescue", "recovery", "hunt"})
# "Those efforts were suspended": in the aftermath of a disaster, the efforts halted are the search.
SEARCH_EFFORT_NOUNS = SEARCH_NOUNS | frozenset({"effort"})
# What is demolished in this coverage (the rest of a building, a damaged bridge, a stadium).
DEMOLISHED_NOUNS = frozenset({"building", "tower", "bridge", "stadium", "structure", "house", "home",
                              "block", "remains", "remnant", "ruin", "wall", "dam", "school", "mosque",
                              "church", "camp", "settlement", "factory", "hotel", "condo", "complex"})
# What a government revokes or suspends from a company or an outlet.
LICENCE_NOUNS = frozenset({"concession", "licence", "license", "permit", "contract", "accreditation",
                           "registration", "franchise"})
# Money or aid a government or company pledges ("pledged half a billion euros", "pledged $10 million").
PLEDGE_NOUNS = frozenset({"euro", "dollar", "million", "billion", "aid", "fund", "money", "compensation",
                          "$", "€", "£", "pound", "yuan", "rupee", "real", "peso", "help", "support"})
# Percent words: "30 percent contained" is progress, not the fire put out.
PERCENT_WORDS = frozenset({"percent", "%", "per", "cent", "percentage"})
# Who flees in a flight headline: a count or a group of people ("thousands", "2,000 residents").
FLEEING_NOUNS = frozenset({"thousand", "hundred", "dozen", "score", "thousands", "hundreds", "dozens", "scores",
                           "people", "person", "resident", "refugee", "family", "civilian", "villager", "inhabitant",
                           "survivor", "migrant", "citizen", "student", "worker", "woman", "child", "protester",
                           "demonstrator", "tourist"})
# Event types a relative clause does not report: it tells who people are ("refugees who fled").
NOT_IN_RELATIVE_TYPES = frozenset({"flight"})
# Where a crowd fled, read after the verb ("fled to the border", "fled into Kyrgyzstan").
FLIGHT_PREPS = frozenset({"to", "into", "across", "toward", "towards", "for"})
AFTERMATH_RULES: tuple[EventRule, ...] = (
    EventRule(event_type="containment", triggers=frozenset({"contain", "extinguish"}), default_text="fire contained",
              verbal_only=True, arguments=FIRE_NOUNS | frozenset({"wildfire", "fire"}), pronoun_arguments=True,
              whole_only=True, headline="Fire contained"),
    EventRule(event_type="search_halted", triggers=frozenset({"call"}), default_text="search called off",
              verbal_only=True, requires=frozenset({"off"}), arguments=SEARCH_NOUNS, headline="Search called off"),
    EventRule(event_type="search_halted", triggers=frozenset({"suspend", "halt", "pause", "stop", "abandon"}),
              default_text="search suspended", verbal_only=True, arguments=SEARCH_EFFORT_NOUNS,
              headline="Search suspended"),
    EventRule(event_type="search_halted", triggers=frozenset({"end", "conclude"}), default_text="search ended",
              verbal_only=True, arguments=frozenset({"search", "hunt"}), deep_arguments=False,
              headline="Search ends"),
    EventRule(event_type="search_resumed", triggers=frozenset({"resume", "restart"}), default_text="search resumed",
              verbal_only=True, arguments=SEARCH_EFFORT_NOUNS, headline="Search resumes"),
    EventRule(event_type="evacuation", triggers=frozenset({"evacuate"}), default_text="people evacuated",
              verbal_only=True, needs_count_or_person=True),
    EventRule(event_type="evacuation", triggers=frozenset({"evacuation"}), default_text="evacuation ordered",
              nominal_only=True, governors=frozenset({"order", "begin", "start", "carry"}),
              headline="Evacuation ordered"),
    # "Thousands of villagers fled across the border on Saturday": a crowd's flight (a named person
    # fleeing the scene is no such happening)
    EventRule(event_type="flight", triggers=frozenset({"flee"}), default_text="people fled", verbal_only=True,
              subjects=FLEEING_NOUNS, active_only=True),
    EventRule(event_type="demolition", triggers=frozenset({"demolish", "raze", "bulldoze", "demolition"}),
              default_text="building demolished", arguments=DEMOLISHED_NOUNS),
    EventRule(event_type="revocation", triggers=frozenset({"revoke", "cancel", "withdraw", "annul", "rescind"}),
              default_text="concession revoked", verbal_only=True, arguments=LICENCE_NOUNS, deep_arguments=False),
    EventRule(event_type="pledge", triggers=frozenset({"pledge", "promise"}), default_text="funds pledged",
              verbal_only=True, arguments=PLEDGE_NOUNS),
)
# --- the record after the happening: a coup attempt, detainees freed, an inquiry's report, an
# anniversary marked -------------------------------------------------------------------------------
# Modifiers telling how an attempt ended: a failed coup attempt still happened ("the failed July 15
# coup attempt"), unlike a planned or alleged one (NOT_HAPPENED_MODIFIERS stays for those).
ATTEMPT_OUTCOME_MODIFIERS = frozenset({"failed", "attempted", "foiled", "abortive", "thwarted", "botched",
                                       "unsuccessful", "aborted", "short-lived"})
# Event types whose attempt is itself the happening (a coup that failed was still staged).
ATTEMPT_HAPPENED_TYPES = frozenset({"coup"})
COUP_ATTEMPT_HEADLINE = "Coup attempt"
# Who is freed in a release: people held (not "released a report", "released footage").
RELEASED_NOUNS = PERSON_GROUP_NOUNS | frozenset(
    {"soldier", "detainee", "prisoner", "suspect", "hostage", "journalist", "member", "officer", "crew",
     "student", "captive", "worker", "man", "woman", "people", "person", "leader", "cadet", "judge",
     # a count standing for them ("a total of 758 soldiers", "hundreds of detainees")
     "total", "number", "group", "batch", "hundred", "hundreds", "dozens", "thousands", "scores"})
# "released from hospital", "freed from the rubble": a patient or a survivor, not a detainee.
RELEASE_NOT_WORDS = frozenset({"hospital", "rubble", "debris", "treatment", "care", "wreckage", "clinic"})
RELEASE_PARTICIPLES: dict[str, str] = {"release": "released", "free": "freed"}
# An inquiry's findings made public: "released its final report", "the board said in its final
# report" (a report said in must be a new one: "said in a report" alone may be any old one).
REPORT_NOUNS = frozenset({"report", "findings"})
# Nouns that tell of a report without being its author ("the latest reports say", "estimates show"):
# the headline then names no one.
NOT_REPORT_AUTHORS = frozenset({"reports", "estimate", "figure", "data", "study", "finding", "document", "media"})
REPORT_VERBS = frozenset({"release", "publish", "issue", "present", "unveil", "submit", "deliver", "launch",
                          "table", "hand", "make", "produce"})
NEW_REPORT_WORDS = frozenset({"final", "new", "latest", "interim", "preliminary", "first", "long-awaited",
                              "official", "draft"})
REPORT_SAY_VERBS = frozenset({"say", "conclude", "find", "state", "write", "reveal", "show", "blame"})
# Marking a day of the story a year (or more) on: the anniversary, by the verb that keeps it.
ANNIVERSARY_VERBS = frozenset({"mark", "observe", "commemorate", "celebrate", "remember", "hold", "honour",
                               "honor", "gather", "rally", "march", "protest", "attend", "commemoration"})
# Anniversaries of something else than a happening: a town's founding, a country's independence
# ("a festival to mark the city's anniversary", "the 40th anniversary of city status").
NOT_ANNIVERSARY_OF = frozenset({"city", "town", "village", "founding", "foundation", "independence", "status",
                                "birth", "birthday", "wedding", "marriage", "republic", "constitution", "party",
                                "company", "school", "establishment", "liberation", "reunification", "victory",
                                "coronation", "accession", "reign", "treaty", "festival", "club", "university"})
# Its headline names which anniversary when the text does ("First anniversary marked"): two
# anniversaries of one story are two entries with two labels.
ANNIVERSARY_HEADLINE = "Anniversary marked"
ANNIVERSARY_ORDINAL_HEADLINE = "{ordinal} anniversary marked"
# The dead taken home: "the bodies were flown to Eindhoven", "a train carrying the remains arrived
# in Kharkiv on Tuesday", "the coffins were repatriated" (a plane crash, a ferry, a disaster abroad).
BODY_NOUNS = frozenset({"body", "bodies", "remains", "corpse", "coffin", "casket"})
BODY_MOVE_VERBS = frozenset({"repatriate", "fly", "transport", "load", "ship", "airlift", "hand", "transfer"})
BODY_ARRIVE_VERBS = frozenset({"arrive", "land", "reach"})
# The headline verb of each: "Bodies arrive in Kharkiv", "Bodies flown to Eindhoven".
BODY_PARTICIPLES: dict[str, str] = {"repatriate": "repatriated", "fly": "flown", "transport": "transported",
                                    "load": "loaded", "ship": "shipped", "airlift": "airlifted",
                                    "hand": "handed over", "transfer": "transferred", "arrive": "arrive",
                                    "land": "arrive", "reach": "arrive"}
BODIES_HEADLINE = "Bodies {participle}"
# Prepositions naming where the bodies went, kept in the headline: two moves, two labels.
BODY_DESTINATION_PREPS = frozenset({"to", "in", "at", "into", "from"})
RECORD_RULES: tuple[EventRule, ...] = (
    EventRule(event_type="bodies_moved", triggers=BODY_MOVE_VERBS, default_text="bodies moved", verbal_only=True,
              arguments=BODY_NOUNS, deep_arguments=False, headline=BODIES_HEADLINE),
    EventRule(event_type="bodies_moved", triggers=BODY_ARRIVE_VERBS, default_text="bodies arrived",
              verbal_only=True, subject_holds=BODY_NOUNS, headline=BODIES_HEADLINE),
    EventRule(event_type="coup", triggers=frozenset({"attempt", "bid", "putsch"}), default_text="coup attempted",
              nominal_only=True, requires=COUP_NOUNS, deep_arguments=False, headline=COUP_ATTEMPT_HEADLINE),
    # a court's sentence: "a court sentenced six people to death", "the gunman was sentenced to life"
    EventRule(event_type="sentencing", triggers=frozenset({"sentence"}), default_text="people sentenced",
              verbal_only=True, needs_count_or_person=True, requires=frozenset({"to"})),
    EventRule(event_type="release", triggers=frozenset({"release", "free"}), default_text="people released",
              verbal_only=True, needs_count_or_person=True, arguments=RELEASED_NOUNS, deep_arguments=False),
    EventRule(event_type="report", triggers=REPORT_NOUNS, default_text="report published", nominal_only=True,
              governors=REPORT_VERBS, headline="{speaker} publishes report"),
    EventRule(event_type="report", triggers=REPORT_NOUNS, default_text="report published", nominal_only=True,
              governors=REPORT_SAY_VERBS, requires=NEW_REPORT_WORDS, headline="{speaker} publishes report"),
    EventRule(event_type="anniversary", triggers=frozenset({"anniversary"}), default_text="anniversary marked",
              nominal_only=True, governors=ANNIVERSARY_VERBS, headline=ANNIVERSARY_HEADLINE,
              not_of=NOT_ANNIVERSARY_OF),
)
RULES = (*RULES, *CRACKDOWN_RULES, KILLING_VERB_RULE, KILLING_PASSIVE_RULE, KILLING_LEFT_RULE, *AFTERMATH_RULES, *RECORD_RULES)
# Event types whose headline names their object ("Stadium demolished", "Concessions revoked").
OBJECT_TYPES: dict[str, frozenset[str]] = {"demolition": DEMOLISHED_NOUNS, "revocation": LICENCE_NOUNS}


def cue_lemmas() -> frozenset[str]:
    """Every trigger lemma: a sentence without one (and without a phrase cue) is skipped."""
    return frozenset(t for r in RULES for t in r.triggers)


# Cheap lowercase substrings that make a sentence worth a look for the phrase rules.
PHRASE_CUES: tuple[str, ...] = ("kill", "without warning")
