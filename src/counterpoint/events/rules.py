"""Event types for the timeline, as data: trigger lemmas and the arguments they need.

A rule fires on a token whose lemma is one of `triggers` when its subject and arguments satisfy
the rule (see `counterpoint.events.component`). Several rules may share an event type. Word
lists are lemmas (lower case); `phrases` are regexes over the sentence text for fixed nominal
expressions that parsing reads badly ("shoot-to-kill orders").
"""

from __future__ import annotations

from dataclasses import dataclass

# Nouns naming collective protest: the subject of "began", "broke out", "erupted".
PROTEST_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "unrest", "riot", "uprising", "unrest", "clash", "strike",
     "disturbance", "turmoil", "unrests", "mobilization", "march", "revolt", "rebellion", "demonstrator"}
)
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
     "facility", "premises", "courthouse", "barracks", "car", "vehicle", "shop", "bank", "store"}
)
GOVERNMENT_NOUNS = frozenset({"government", "cabinet", "parliament", "ministry", "minister", "premier"})
TROOP_NOUNS = frozenset(
    {"troop", "soldier", "force", "paratrooper", "peacekeeper", "unit", "army", "military",
     "contingent", "reinforcement", "peacekeeping"}
)
PRICE_NOUNS = frozenset({"price", "cost", "tariff", "fare", "rate"})
HELP_WORDS = frozenset({"help", "assistance", "support", "aid", "csto", "troop", "intervention"})
POST_WORDS = frozenset({"post", "office", "position", "chairmanship", "job", "seat", "power"})
ORDER_VERBS = frozenset({"announce", "declare", "introduce", "impose", "proclaim", "extend", "enact"})

# Verbs under which an event is only wanted, threatened or denied, not reported as happening:
# "demanding the resignation of the government", "threatened to storm".
NOT_HAPPENED_GOVERNORS = frozenset(
    {"demand", "call", "urge", "want", "seek", "ask", "threaten", "plan", "refuse", "deny", "try",
     "attempt", "fail", "prevent", "regard", "consider", "promise", "vow", "rule", "refusal",
     "demand", "threat", "plan", "proposal", "possibility", "intention", "decision"}
)
# Auxiliaries of unrealised events ("will storm", "could resign").
NOT_HAPPENED_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "must", "can"})

# Dependency labels of a trigger's subject, and of its arguments (objects, passive subjects...).
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "pobj", "obj", "oprd", "dative", "compound", "agent"})

# The longest normalized description kept (tokens), and of each side of it.
MAX_SIDE_TOKENS = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRule:
    event_type: str
    triggers: frozenset[str] = frozenset()  # lemmas (verbs or nouns) naming the event
    past: str = ""  # verb used in the description: "stormed"
    default_text: str  # description when no subject/object can be read
    subjects: frozenset[str] = frozenset()  # allowed subject lemmas (empty: any subject or none)
    arguments: frozenset[str] = frozenset()  # one argument lemma must be among these (empty: any)
    requires: frozenset[str] = frozenset()  # a lemma that must be a child or in the argument subtree
    needs_count_or_person: bool = False  # arrests: of a named person or a count
    governors: frozenset[str] = frozenset()  # for nominal triggers: the verb that must govern them
    phrases: tuple[str, ...] = ()  # regexes over the sentence text
    verbal_only: bool = False  # the trigger must be a verb ("prices rose", not "the rise in prices")
    deep_arguments: bool = True  # argument lemmas may sit anywhere in the argument's subtree


RULES: tuple[EventRule, ...] = (
    # --- protests begin ---
    EventRule(event_type="protest_start", triggers=frozenset({"begin", "start", "erupt", "flare", "spark", "break"}),
              past="began", default_text="protests began", subjects=PROTEST_NOUNS),
    EventRule(event_type="protest_start", triggers=frozenset({"go", "continue"}), past="began",
              default_text="protests began", subjects=PROTEST_NOUNS, requires=frozenset({"since"})),
    EventRule(event_type="protest_start", triggers=frozenset({"take"}), past="took to the streets",
              default_text="people took to the streets", requires=frozenset({"street"})),
    EventRule(event_type="protest_start", triggers=frozenset({"go", "come", "gather"}), past="went to a rally",
              default_text="people went to a protest rally",
              arguments=frozenset({"rally", "protest", "demonstration"}), deep_arguments=False),
    # --- storming of buildings ---
    EventRule(event_type="storming", triggers=frozenset({"storm", "seize", "torch", "occupy", "capture", "ransack",
                                                         "burn", "raid"}),
              past="stormed", default_text="buildings stormed", arguments=SITE_NOUNS),
    EventRule(event_type="storming", triggers=frozenset({"set"}), past="set on fire",
              default_text="buildings set on fire", arguments=SITE_NOUNS, requires=frozenset({"fire"})),
    # --- the government resigns / is dismissed ---
    EventRule(event_type="resignation", triggers=frozenset({"resign", "quit", "step"}), past="resigned",
              default_text="the government resigned", subjects=GOVERNMENT_NOUNS),
    EventRule(event_type="resignation", triggers=frozenset({"dissolve", "dismiss", "sack", "fire"}),
              past="dismissed", default_text="the government was dismissed", arguments=GOVERNMENT_NOUNS),
    EventRule(event_type="resignation", triggers=frozenset({"accept"}), past="accepted the resignation",
              default_text="the government's resignation was accepted", arguments=frozenset({"resignation"})),
    EventRule(event_type="resignation", triggers=frozenset({"resignation"}), past="resigned",
              default_text="the government resigned", arguments=GOVERNMENT_NOUNS),
    # --- state of emergency ---
    EventRule(event_type="state_of_emergency", triggers=frozenset({"emergency"}), past="declared",
              default_text="a state of emergency was declared", governors=ORDER_VERBS),
    # --- shoot-to-kill order ---
    EventRule(event_type="shoot_to_kill", past="ordered", default_text="shoot-to-kill order issued",
              phrases=(r"shoot[-\s]+to[-\s]+kill", r"open\s+fire\s+(?:to\s+kill|without\s+warning)",
                       r"fire\s+to\s+kill\s+without\s+warning", r"shoot\s+without\s+warning")),
    # --- arrests ---
    EventRule(event_type="arrests", triggers=frozenset({"arrest", "detain", "apprehend", "jail", "round"}),
              past="arrested", default_text="people arrested", needs_count_or_person=True),
    # --- troops deployed ---
    EventRule(event_type="troops_deployed", triggers=frozenset({"send", "deploy", "dispatch", "arrive", "land", "fly"}),
              past="deployed", default_text="troops deployed", arguments=TROOP_NOUNS),
    EventRule(event_type="troops_deployed", triggers=frozenset({"deployment"}), past="deployed",
              default_text="troops deployed", arguments=TROOP_NOUNS),
    # --- removal from office ---
    EventRule(event_type="removal", triggers=frozenset({"remove", "oust", "relieve", "strip", "dismiss", "sack"}),
              past="removed", default_text="official removed from office", requires=POST_WORDS),
    # --- prices ---
    EventRule(event_type="price_change", triggers=frozenset({"rise", "increase", "hike", "double", "soar", "jump",
                                                              "raise", "cut", "lift", "reduce", "lower"}),
              past="changed", default_text="prices changed", arguments=PRICE_NOUNS, verbal_only=True),
    # --- appeal for outside help ---
    EventRule(event_type="appeal", triggers=frozenset({"appeal", "turn", "ask", "request", "call"}),
              past="appealed", default_text="appeal for help", requires=HELP_WORDS),
    # --- statements ---
    EventRule(event_type="statement", triggers=frozenset({"statement", "address", "speech", "appeal"}),
              past="made a statement", default_text="statement made",
              governors=frozenset({"make", "issue", "deliver", "release"})),
)


def cue_lemmas() -> frozenset[str]:
    """Every trigger lemma: a sentence without one (and without a phrase cue) is skipped."""
    return frozenset(t for r in RULES for t in r.triggers)


# Cheap lowercase substrings that make a sentence worth a look for the phrase rules.
PHRASE_CUES: tuple[str, ...] = ("kill", "without warning")
