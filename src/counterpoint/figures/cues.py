"""Measure cues (../shared/spec/measures.md as data): which words make a number a figure.

Single words are matched on the token's lemma (lower case) and, for adjectives such as "dead"
and "injured", on its lower-case text. Phrases are matched on lower-case token texts. A cue's
measure says what the linked number counts.
"""

from __future__ import annotations

import re

# Verb (and verbal adjective) lemmas -> measure. Verbs govern the counted noun in active,
# passive and participial phrasings ("were killed", "killed 5", "16 officers killed").
VERB_CUES: dict[str, str] = {
    # killed
    "kill": "killed", "die": "killed", "murder": "killed", "slay": "killed", "behead": "killed",
    "massacre": "killed", "execute": "killed", "perish": "killed", "dead": "killed",
    "slaughter": "killed", "assassinate": "killed", "beheading": "killed", "killing": "killed",
    "execution": "killed",
    # injured
    "injure": "injured", "wound": "injured", "hurt": "injured", "hospitalize": "injured",
    "hospitalise": "injured", "injured": "injured", "wounded": "injured", "shoot": "injured",
    # detained
    "arrest": "detained", "detain": "detained", "apprehend": "detained", "jail": "detained",
    "imprison": "detained", "round": "detained", "hold": "detained",
    # charged
    "charge": "charged", "indict": "charged", "prosecute": "charged", "convict": "charged",
    # missing
    "missing": "missing", "disappear": "missing", "unaccounted": "missing",
    # displaced
    "displace": "displaced", "evacuate": "displaced", "flee": "displaced",
    # deployed
    "deploy": "deployed", "dispatch": "deployed", "send": "deployed", "arrive": "deployed",
    # participants
    "gather": "participants", "march": "participants", "rally": "participants",
    "protest": "participants", "demonstrate": "participants",
    # attacks
    "attack": "attacks", "assault": "attacks", "beat": "attacks",
    # property
    "loot": "property", "burn": "property", "torch": "property", "destroy": "property",
    "damage": "property", "ransack": "property", "vandalize": "property", "vandalise": "property",
    "smash": "property", "plunder": "property", "raze": "property", "storm": "property",
    "seize": "property", "demolish": "property",
}
# Nouns that are themselves the counted thing ("164 deaths", "3,000 arrests", "500 attacks").
NOUN_CUES: dict[str, str] = {
    "death": "killed", "fatality": "killed", "body": "killed", "casualty": "killed",
    "dead": "killed", "life": "killed",
    "injury": "injured", "wounded": "injured", "injured": "injured",
    "arrest": "detained", "detention": "detained", "detainee": "detained", "arrestee": "detained",
    "prisoner": "detained",
    "displaced": "displaced", "evacuee": "displaced", "refugee": "displaced",
    "peacekeeper": "deployed", "serviceman": "deployed",
    "protester": "participants", "protestor": "participants", "demonstrator": "participants",
    "rioter": "participants", "participant": "participants",
    "attack": "attacks", "assault": "attacks", "beating": "attacks", "clash": "attacks",
    "shooting": "attacks", "incident": "attacks",
}
# Nominal cues that head a clause the number attaches to ("the death toll rose to 164").
HEAD_NOUN_CUES: dict[str, str] = {
    "toll": "killed", "damage": "damage", "cost": "damage", "loss": "damage", "losses": "damage",
    "crowd": "participants", "rally": "participants",
}
# Phrases (lower-case token texts) -> measure; matched before single words.
PHRASE_CUES: dict[tuple[str, ...], str] = {
    ("death", "toll"): "killed",
    ("gunned", "down"): "killed",
    ("shot", "dead"): "killed",
    ("fatally", "shot"): "killed",
    ("shot", "to", "death"): "killed",
    ("found", "dead"): "killed",
    ("lost", "their", "lives"): "killed",
    ("lives", "lost"): "killed",
    ("claimed", "the", "lives"): "killed",
    ("sought", "medical"): "injured",
    ("seek", "medical"): "injured",
    ("medical", "care"): "injured",
    ("medical", "help"): "injured",
    ("treated", "for"): "injured",
    ("taken", "into", "custody"): "detained",
    ("rounded", "up"): "detained",
    ("criminal", "cases"): "charged",
    ("came", "out"): "participants",
    ("come", "out"): "participants",
    ("took", "to", "the", "streets"): "participants",
    ("take", "to", "the", "streets"): "participants",
    ("taking", "to", "the", "streets"): "participants",
    ("set", "on", "fire"): "property",
    ("set", "fire"): "property",
    ("cost", "the", "economy"): "damage",
    ("estimated", "the", "economic", "damage"): "damage",
    ("economic", "damage"): "damage",
}
# A cheap test on the lower-cased sentence before any token work: a sentence with none of these
# stems cannot hold a figure.
CUE_STEMS_RE = re.compile(
    r"kill|dead|death|die[ds]?\b|dying|fatal|bod(?:y|ies)|lives|casualt|victim|murder|slai|slay|"
    r"behead|massacre|execut|perish|slaughter|assassin|toll|gunned|shot|"
    r"injur|wound|hurt|hospital|medical|treated|"
    r"arrest|detain|detention|custody|apprehend|rounded|jail|prison|\bheld\b|"
    r"charge|indict|prosecut|convict|criminal case|"
    r"missing|disappear|unaccounted|displac|evacu|fled|flee|refugee|"
    r"deploy|dispatch|sent\b|send|arriv|peacekeep|servicem|"
    r"protest|demonstr|rioter|crowd|came out|come out|rall(?:y|ies|ied)|gather|march|streets|participant|"
    r"attack|assault|beat|clash|shooting|incident|"
    r"loot|burn|torch|destroy|damag|ransack|vandal|smash|plunder|raze|razed|storm|seiz|demolish|fire|"
    r"loss|cost",
)
# Killed / injured stems: a sentence with one may count one named victim without any number.
ONE_VICTIM_STEMS_RE = re.compile(r"kill|dead|death|die[ds]?\b|fatal|murder|shot|injur|wound")
# Phrase cues (by first word) that count only their own subject: "thousands came out", not
# "results came out, with 5 people elected".
SUBJECT_ONLY_CUES: frozenset[str] = frozenset({"came", "come"})
# Measures that count people: unit "people", implicit subject "person".
PEOPLE_MEASURES: frozenset[str] = frozenset({
    "killed", "injured", "detained", "charged", "missing", "displaced", "deployed", "participants",
})
# Units of the measures that do not count people.
MEASURE_UNITS: dict[str, str] = {"attacks": "incidents"}
# Largest dependency-tree distance between a number (or its counted noun) and its cue.
MAX_CUE_DISTANCE = 4
# Cues that lose to a stronger one nearby: "shot" means hurt unless "killed" / "dead" is said too.
WEAK_CUES: dict[str, int] = {"shoot": 2, "hold": 1, "hurt": 1, "send": 2, "arrive": 2, "storm": 1, "seize": 1}
# Cues that count only as a participle ("6,000 held", "were held"), not "held talks".
PARTICIPLE_ONLY_CUES: frozenset[str] = frozenset({"hold"})
# "The number of arrests rose to / was put at 6,044": a number after these prepositions of a
# verb counts the verb's subject or object; a level noun passes it on to its "of" noun.
LEVEL_PREPS: frozenset[str] = frozenset({"to", "at"})
LEVEL_NOUNS: frozenset[str] = frozenset({"number", "tally", "count", "total", "figure"})
# "103 of them": a partitive that counts part of the figure before it in the sentence.
PARTITIVE_AFTER_RE = re.compile(r"^\s+of\s+(?:them|whom|those|these)\b", re.I)
# "164 people died, including three children": words before a number that mark it as a subset
# of a head figure; such a subset is never what a later "of them" counts part of.
SUBSET_BEFORE_RE = re.compile(r"\b(?:including|among them|among whom|of whom)\s+$", re.I)
# "Two men were shot, one fatally": the number before these words is the killed part.
FATAL_PART_AFTER_RE = re.compile(r"^\s+(?:of them\s+)?(?:fatally|mortally)\b", re.I)
# An injuring verb with one of these adverbs kills ("fatally shoots a man").
FATAL_CUES: frozenset[str] = frozenset({"shoot", "stab", "wound", "injure"})
FATAL_ADVERBS: frozenset[str] = frozenset({"fatally", "mortally"})
# Victims named or referred to one by one count one, for these measures only (a named arrest
# is news about a person, not a detention figure).
SINGULAR_NAME_MEASURES: frozenset[str] = frozenset({"killed", "injured"})
# Pronouns that stand for one victim ("he died at the hospital").
SINGULAR_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
# Measures that need a counted person noun: a bare number is not troops sent.
NEEDS_PERSON_NOUN: frozenset[str] = frozenset({"deployed"})
# Dependency roles in which a bare number stands for people ("103 were killed", "rose to 164").
BARE_NUMBER_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "ROOT", "conj", "appos"})
# Intransitive cues whose plain subject is the counted person ("a man died").
INTRANSITIVE_CUES: frozenset[str] = frozenset({"die", "perish", "disappear", "flee", "dead"})
