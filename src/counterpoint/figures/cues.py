"""Measure cues (../shared/spec/measures.md as data): which words make a number a figure.

Single words are matched on the token's lemma (lower case) and, for adjectives such as "dead"
and "injured", on its lower-case text. Phrases are matched on lower-case token texts. A cue's
measure says what the linked number counts.
"""

from __future__ import annotations

import re

from ..text.lexicon import MONTHS

# Month names and their abbreviations ("Sept", "Jan") as a regex alternation, longest first (one
# list for every figure and reconcile rule: text.lexicon.MONTHS).
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Weekday names as a regex alternation (also read by reconcile.periods and reconcile.wholes).
WEEKDAY_NAMES = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# Verb (and verbal adjective) lemmas -> measure. Verbs govern the counted noun in active,
# passive and participial phrasings ("were killed", "killed 5", "16 officers killed").
VERB_CUES: dict[str, str] = {
    # killed
    "kill": "killed", "die": "killed", "murder": "killed", "slay": "killed", "behead": "killed",
    "massacre": "killed", "execute": "killed", "perish": "killed", "dead": "killed",
    "slaughter": "killed", "assassinate": "killed", "beheading": "killed", "killing": "killed",
    "execution": "killed",
    # state media and rights groups write the dead of a crackdown or a coup as martyrs
    "martyr": "killed", "martyred": "killed",
    # injured
    "injure": "injured", "wound": "injured", "hurt": "injured", "hospitalize": "injured",
    "hospitalise": "injured", "injured": "injured", "wounded": "injured", "shoot": "injured",
    "treat": "injured", "hospitalized": "injured", "hospitalised": "injured",  # "remain hospitalized": an adjective
    # detained
    "arrest": "detained", "detain": "detained", "apprehend": "detained", "jail": "detained",
    "imprison": "detained", "round": "detained", "hold": "detained",
    # charged
    "charge": "charged", "indict": "charged", "prosecute": "charged", "convict": "charged",
    # missing
    "missing": "missing", "disappear": "missing", "unaccounted": "missing",
    # "10,000 people vanished overnight": gone without trace, as those who disappeared
    "vanish": "missing",
    # people trapped (under rubble, underground) are not yet accounted for
    "trap": "missing", "trapped": "missing",
    # displaced
    "displace": "displaced", "evacuate": "displaced", "flee": "displaced", "homeless": "displaced",
    "relocate": "displaced",
    # deployed
    "deploy": "deployed", "dispatch": "deployed", "send": "deployed", "arrive": "deployed",
    # participants
    "gather": "participants", "march": "participants", "rally": "participants",
    "protest": "participants", "demonstrate": "participants", "draw": "participants",
    "attract": "participants",
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
    "dead": "killed", "life": "killed", "martyr": "killed",
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
MODIFIED_TOLL_NOUNS: frozenset[str] = frozenset({"toll"})  # its modifier may name the measure ("injured toll")
# Phrases (lower-case token texts) -> measure; matched before single words.
PHRASE_CUES: dict[tuple[str, ...], str] = {
    ("death", "toll"): "killed",
    # "bringing the death count up to 20": a count of the dead, as a toll is
    ("death", "count"): "killed",
    ("gunned", "down"): "killed",
    ("shot", "dead"): "killed",
    ("fatally", "shot"): "killed",
    ("shot", "to", "death"): "killed",
    ("found", "dead"): "killed",
    ("lost", "their", "lives"): "killed",
    ("lives", "lost"): "killed",
    ("claimed", "the", "lives"): "killed",
    ("sought", "medical"): "injured",
    ("sustained", "injuries"): "injured",
    ("suffered", "injuries"): "injured",
    ("sustained", "wounds"): "injured",
    ("suffered", "wounds"): "injured",
    ("seek", "medical"): "injured",
    ("medical", "care"): "injured",
    ("medical", "help"): "injured",
    ("treated", "for"): "injured",
    ("critical", "list"): "injured",
    # "two women are fighting for their lives": gravely hurt, alive
    **{(fight, "for", own, life): "injured" for fight in ("fighting", "fight", "fights", "fought")
       for own, life in (("their", "lives"), ("his", "life"), ("her", "life"))},
    **{(stay, "in", "hospital"): "injured" for stay in ("remain", "remains", "remained", "still")},  # a state, as "in custody"
    ("taken", "into", "custody"): "detained",
    # a state, not an act: "all 15 are now in custody", "12 remain in custody"
    ("in", "custody"): "detained",
    # "only 8,113 are under arrest", "placed 32,000 suspects under arrest": held (formally, see FORMAL_ARREST_RE)
    ("under", "arrest"): "detained",
    ("remanded", "in", "custody"): "detained",
    ("rounded", "up"): "detained",
    # people prosecuted: "169,013 have been the subject of legal proceedings", "faced legal proceedings"
    ("subject", "of", "legal", "proceedings"): "charged",
    ("subject", "of", "criminal", "proceedings"): "charged",
    ("subject", "of", "judicial", "proceedings"): "charged",
    ("faced", "legal", "proceedings"): "charged",
    ("face", "legal", "proceedings"): "charged",
    ("facing", "legal", "proceedings"): "charged",
    ("criminal", "cases"): "cases",
    ("criminal", "case"): "cases",
    ("criminal", "investigations"): "cases",
    ("criminal", "proceedings"): "cases",
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
    r"kill|dead|death|die[ds]?\b|dying|fatal|martyr|bod(?:y|ies)|lives|casualt|victim|murder|slai|slay|"
    r"behead|massacre|execut|perish|slaughter|assassin|toll|gunned|shot|"
    r"injur|wound|hurt|hospital|medical|treated|"
    r"arrest|detain|detention|custody|behind bars|apprehend|rounded|jail|prison|\bheld\b|"
    r"charge|indict|prosecut|convict|criminal case|proceedings|"
    r"missing|disappear|vanish|unaccounted|trap|displac|evacu|fled|flee|refugee|homeless|\bhomes?\b|\bhouses?\b|shelter|relocat|\bcamps?\b|\btents?\b|forc|drove|\bdriven\b|"
    r"deploy|dispatch|sent\b|send|arriv|peacekeep|servicem|"
    r"protest|demonstr|rioter|crowd|came out|come out|rall(?:y|ies|ied)|gather|march|streets|participant|draw|attract|"
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
MEASURE_UNITS: dict[str, str] = {"attacks": "incidents", "cases": "cases"}
# Largest dependency-tree distance between a number (or its counted noun) and its cue.
MAX_CUE_DISTANCE = 4
# A cue this few tokens after a number, with no conjunction, comma or number between, counts it
# whatever the parse says ("129 died and around 180 were left injured").
ADJACENT_CUE_TOKENS = 5
# Cues that lose to a stronger one nearby: "shot" means hurt unless "killed" / "dead" is said too.
# "Drawn" and "attracted" count a crowd only when nothing else does: "injuring 240 others drawn from
# many nations" counts the hurt, where they came from is no rally.
WEAK_CUES: dict[str, int] = {"treat": 1, "shoot": 2, "hold": 1, "hurt": 1, "send": 2, "arrive": 2, "storm": 1, "seize": 1,
                             "draw": 1, "attract": 1}
# Cues that count only as a participle ("6,000 held", "were held"), not "held talks".
PARTICIPLE_ONLY_CUES: frozenset[str] = frozenset({"hold"})
# "The number of arrests rose to / was put at 6,044": a number after these prepositions of a
# verb counts the verb's subject or object; a level noun passes it on to its "of" noun.
LEVEL_PREPS: frozenset[str] = frozenset({"to", "at"})
# "The number of injured rose to 934 from 863": the level a count of a level noun (only) left is
# told by "from"; with any other subject "from" names a place or a cause ("fled from the town").
OLD_LEVEL_PREPS: frozenset[str] = frozenset({"from"})
LEVEL_NOUNS: frozenset[str] = frozenset({"number", "tally", "count", "total", "figure", "estimate"})
# Prepositions that name what a level noun counts ("the number of injured", "the estimate on those
# made homeless", "the figure for the missing").
LEVEL_OF_PREPS: frozenset[str] = frozenset({"of", "on", "for"})
# Verbs whose object is the level a level noun reached ("the number of people who died has
# reached 158", "the tally passed 6,000").
LEVEL_VERBS: frozenset[str] = frozenset({"reach", "touch", "hit", "pass", "top", "exceed", "surpass", "cross", "near", "approach"})
# Dashes that end a headline's count before its attribution ("... to 125 - official").
DASHES: frozenset[str] = frozenset({"-", "–", "—"})
# "103 of them": a partitive that counts part of the figure before it in the sentence.
PARTITIVE_AFTER_RE = re.compile(r"^\s+of\s+(?:them|whom|those|these)\b", re.I)
# "Two men were shot, one fatally": the number before these words is the killed part.
FATAL_PART_AFTER_RE = re.compile(r"^\s+(?:of them\s+)?(?:fatally|mortally)\b", re.I)
# A sentence opened by the dead as a whole ("Of the 45 dead,", "Among those killed,", "Of the
# victims who died,"): the counts after it break the dead down (by cause: "40 had gunshot wounds",
# "three with stab wounds"), so a wound's word names a cause of death, not the hurt.
DEAD_WHOLE_OPENING_RE = re.compile(
    r"^\W*(?:of|among)\s+(?:the|those|these)\s+(?:[\d,]+\s+|[a-z-]+\s+)?"
    r"(?:dead|killed|deaths|fatalities|bodies|victims\s+who\s+died|people\s+who\s+died)\b[^,;.]{0,40},\s*(?:\S+\s+){0,6}?$",
    re.I)
# Verbs a headline writes after a bare count that the parser reads as a singular noun ("4 shot in
# drive-by", "Three shot, one dead"): the verb's measure (`reading` reads the count).
BARE_HEADLINE_VERBS: dict[str, str] = {"shot": "injured"}
# "Three shot, one dead", "Five people shot, two killed": the dead told right after a count of the
# shot are among them (the words after the shot's number, and after the dead's). A count of the
# injured or wounded ("10 injured, 2 dead") is one of the living and stays whole.
SHOT_BEFORE_DEAD_RE = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:were\s+|are\s+|have\s+been\s+)?shot\b[^.;:]{0,40}?,\s*(?:and\s+|with\s+)?$", re.I)
DEAD_OF_SHOT_AFTER_RE = re.compile(r"^\s+(?:of them\s+)?(?:(?:is|are|was|were)\s+)?(?:dead|killed|died)\b", re.I)
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
# Dependency labels that open another clause: a cue across one does not count a number.
CLAUSE_DEPS: frozenset[str] = frozenset({"advcl", "relcl", "parataxis", "csubj"})
# Intransitive cues whose plain subject is the counted person ("a man died").
INTRANSITIVE_CUES: frozenset[str] = frozenset({"die", "perish", "disappear", "flee", "dead"})
