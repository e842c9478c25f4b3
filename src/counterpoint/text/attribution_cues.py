"""Cue words for attribution (`counterpoint.text.attribution`): who says, reports or is cited."""

from __future__ import annotations

# Verb lemmas whose grammatical subject is the source of what follows ("the ministry said").
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "report", "announce", "state", "tell", "claim", "confirm", "add", "note", "write",
    "estimate", "declare", "reveal", "disclose", "insist", "warn", "explain", "acknowledge",
    "allege", "assert", "indicate", "publish", "record", "count", "put", "tweet", "post",
    "describe", "admit", "deny", "argue", "believe", "suggest", "predict", "conclude", "find",
    "show", "testify", "stress", "emphasize", "emphasise", "maintain", "contend", "told",
    "repeat", "reiterate", "accuse", "blame", "mention", "recall", "quote", "cite", "urge",
    "ask", "answer", "reply", "respond", "think", "speak", "comment", "share",
    "understand",  # "The BBC understands about 70 died": what an outlet was told by its sources
})
# Complements that make a speech verb a victim's status, not a cue ("28 people confirmed dead",
# "three reported missing"): its subject is the counted phrase, never who says so.
STATUS_COMPLEMENTS: frozenset[str] = frozenset({
    "dead", "killed", "missing", "injured", "wounded", "alive", "deceased", "safe", "hurt",
})
STATUS_COMPLEMENT_DEPS: frozenset[str] = frozenset({"oprd", "acomp", "xcomp", "attr"})
# Verbs whose subject gives a figure when their object is a toll ("the ministry raised the toll
# to 90", "officials revised the count"); not speech in general ("raised questions").
TOLL_VERBS: frozenset[str] = frozenset({"revise", "update", "raise", "lower", "put", "place", "set", "give", "fix"})
TOLL_OBJECTS: frozenset[str] = frozenset({"toll", "tally", "figure", "count", "number", "total", "estimate"})
# The dependency of the agent of a passive ("the toll was put at 85 by the ministry", "40 deaths
# were reported by police", "the 212 recorded by the Rights Union"): the one who gives the figure.
AGENT_DEP = "agent"
# Dependencies by which a participle describes the counted phrase itself ("the 212 recorded by
# the union", "the 300 deaths reported by the monitor"): its agent is that figure's origin,
# whoever speaks in the rest of the sentence (a comparison with another's count).
FIGURE_PARTICIPLE_DEPS: frozenset[str] = frozenset({"acl", "relcl"})
# Prepositions that open a count's source phrase: "by the ministry's count", "in the agency's
# latest tally", "on police figures", "per the ministry" (Indian and wire English).
COUNT_SOURCE_PREPS: frozenset[str] = frozenset({"by", "in", "on", "per", "from"})
# The count nouns such a phrase names; the owner (a possessive, a compound, "of X") is the source.
COUNT_SOURCE_NOUNS: frozenset[str] = frozenset({
    "count", "tally", "reckoning", "estimate", "estimates", "figure", "figures", "data", "datum",
    "calculation", "calculations", "account", "accounts", "records", "record", "statistics", "numbers",
})
# What "per" measures rather than cites ("40 km per hour", "per cent", "per capita").
PER_UNIT_WORDS: frozenset[str] = frozenset({
    "cent", "capita", "day", "week", "month", "year", "hour", "minute", "second", "person", "head",
    "household", "family", "annum", "se", "kilometre", "kilometer", "mile", "kilo", "kg", "km", "unit",
})
# Speech verbs of one who disputes what he reports ("the police denied a report by X that N died"):
# the figure stays X's and the disputer is no relay of it, nor its origin.
DISPUTE_VERBS: frozenset[str] = frozenset({"deny", "dispute", "refute", "reject", "contest", "debunk", "disprove"})
# Verbs whose object is the origin of a relay ("Sputnik, citing the Ministry of Health, ...").
RELAY_VERBS: frozenset[str] = frozenset({"cite", "quote"})
# "according to X": the participle and its preposition.
ACCORDING_LEMMAS: frozenset[str] = frozenset({"accord", "according"})
# Nouns that carry a source through "from", "by" or a possessive ("a statement from the office").
STATEMENT_NOUNS: frozenset[str] = frozenset({
    "statement", "report", "announcement", "estimate", "figure", "data", "count", "tally",
    "release", "communique", "briefing", "comment", "remark", "account", "update", "detail",
    "claim", "allegation", "assertion",  # "the rebels' claim that 40 soldiers died"
    "datum",  # spaCy's lemma of "data"
})
# Acts named by a noun ("The move brings the toll to 173", "the discovery of 12 more bodies raised
# the toll to 85", "the revision puts the count at 57"): what was done, never who did it. As a
# subject they never speak; the act's doer, named in the sentence around them or, for "the move"
# that points back, in the sentence before, is the origin (`figure_sources.act_before`).
ACT_NOUNS: frozenset[str] = frozenset({
    "move", "decision", "revision", "correction", "adjustment", "change", "step", "recovery",
    "discovery", "addition", "inclusion", "identification", "retrieval",
})
# Heads of subjects that never speak: the counted phrase ("A total of 90 people"), the figure
# itself ("the official death toll", "figures"), the event ("the earthquake", "the protests"),
# a thing ("their DNA samples"). Such a subject gives no source.
NON_SPEAKER_HEADS: frozenset[str] = frozenset({
    "toll", "death", "figure", "number", "count", "tally", "total", "detail", "sample",
    "update", "victim", "body", "casualty", "fatality", "dead", "injured",
    "earthquake", "quake", "tremor", "explosion", "blast", "fire", "flood", "storm", "hurricane",
    "protest", "demonstration", "rally", "riot", "unrest", "crush", "stampede", "collapse",
    "disaster", "tragedy", "attack", "crash", "incident", "event", "score", "dozen", "hundred",
    "thousand", "million", "foreigner", "earthquakes", "information",
    # events of unrest and conflict ("since the coup, ...")
    "coup", "crackdown", "clash", "violence", "shooting", "uprising", "war", "raid", "bombing",
    "massacre", "killing", "landslide", "derailment", "sinking", "eruption", "outbreak",
    # more events of unrest and disaster ("the turmoil has claimed ...", "the fighting left ...")
    "turmoil", "fighting", "conflict", "strike", "march", "operation", "offensive", "upheaval",
    "repression", "siege", "shelling", "airstrike", "flooding", "wildfire", "cyclone",
    "typhoon", "tsunami", "accident", "wreck", "emergency", "catastrophe", "chaos", "bloodshed",
    # spans of time ("months of violence have left ...", "the past week saw ..."): a period
    # never speaks, whatever it is "of"
    "month", "week", "day", "year", "hour", "night", "weekend", "period", "decade", "season",
    # a date told by what happened on it ("On May 14, the official date of the embassy's move,
    # the ministry reported ...") is a time, never a speaker
    "date", "anniversary",
    # what an event takes ("the lives of 34"): never who tells of it
    "life",
}) | ACT_NOUNS
# Weekday and month names: a date phrase ("Tuesday", "on Tuesday", "Tuesday's figures") parsed
# as a subject or as a possessive source is a time, never a speaker.
TIME_WORDS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "tomorrow", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# Entity labels of a subject that is a time, an amount or a place alone: never a speaker (a
# country alone is read as its authorities before this check; see COUNTRY_SPEAKER_NAME).
NON_SPEAKER_LABELS: frozenset[str] = frozenset({
    "DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "MONEY", "PERCENT", "EVENT",
})
# Objects that make "claim" an outcome, not speech ("the unrest has claimed 34 lives").
OUTCOME_OBJECTS: frozenset[str] = frozenset({"life", "lives", "victim", "victims", "toll"})
# "count X among Y" includes, it does not tell ("a school that counts 247 students among the
# missing"): the verb and its preposition.
INCLUDE_VERB_PREPS: frozenset[tuple[str, str]] = frozenset({("count", "among"), ("number", "among")})
# A source name that opens with one of these patterns names no speaker (checked on every chain
# a figure gets, whatever path found it): a date phrase, a number, the counted phrase, a record
# ("the last official count"), an event or period noun alone ("the unrest", "months of violence").
# Lower-case regular expressions matched at the start of the name.
NON_SPEAKER_NAME_PATTERNS: tuple[str, ...] = (
    r"(?:on |last |this |next |early |late )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"(?:on |in |since )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d",
    r"(?:a |the )?(?:total of |tally of |toll of )",
    r"(?:at least |about |around |nearly |almost |more than |over |some )?\d",
    r"(?:the |an? )?(?:last |latest |previous |new |updated |initial |first |final |preliminary |official |unofficial )*"
    r"(?:death |casualty |injury |official )?(?:toll|count|tally|figures?|numbers?|total|estimate)s?$",
    r"(?:the |an? )?(?:past |last |first |recent )?(?:\w+ )?(?:days?|weeks?|months?|years?|hours?) (?:of|since)\b",
)
# Nouns a figure or statement is credited through ("a statement from X", "the ministry's toll",
# "according to an updated Interior ministry toll", "the toll announced by the authorities").
SOURCED_NOUNS: frozenset[str] = STATEMENT_NOUNS | frozenset({"toll", "list"})
# Labels of a web page's links that open a line ("Read more: ...", "Watch: ..."): imperatives,
# never a speaker.
LINK_WORDS: frozenset[str] = frozenset({
    "read", "watch", "listen", "see", "click", "subscribe", "follow", "share", "sign", "download",
})
# Subjects that relay what unnamed others say ("news reports said", "media reports say"): a relay
# whose origin is unknown.
# "Some estimates put the toll at 300", "earlier estimates said": estimates of no named origin.
UNKNOWN_ORIGIN_RELAYS: frozenset[str] = frozenset({"report", "reports", "media", "press", "news", "estimate",
                                                   "estimates"})

# Who/which as the subject of a relative clause stand for the noun the clause modifies
# ("group Y, which has recorded N").
RELATIVE_SUBJECTS: frozenset[str] = frozenset({"which", "who", "that"})
# Entity labels that are not speakers when reached through a pronoun ("it said" is never Seoul).
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
STATEMENT_PREPS: frozenset[str] = frozenset({"from", "by", "of"})
# Dependents kept when a source noun is written out as a name ("the local Ministry of Health").
NAME_DEPS: frozenset[str] = frozenset({"det", "amod", "compound", "poss", "case", "nmod", "nummod", "quantmod", "punct"})
NAME_PREPS: frozenset[str] = frozenset({"of", "for", "on"})
# "in" joins a place to a class of officials ("officials in Ruritania", "police in the capital"):
# kept in the name when its object is a place, so the class can be read as that place's.
PLACE_NAME_PREPS: frozenset[str] = frozenset({"in"})
PLACE_NAME_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
# Adjectives whose "to"/"with" phrase belongs to an unnamed source ("a source close to the
# investigation", "people familiar with the matter").
SOURCE_ADJECTIVES: frozenset[str] = frozenset({"close", "familiar", "near", "linked", "connected"})
# A participle or coordinated speech verb without its own subject takes its head's subject.
INHERIT_SUBJECT_DEPS: frozenset[str] = frozenset({"advcl", "xcomp", "conj"})
# Clauses that describe a noun ("comments that have drawn fire", "the aides named in the memo"):
# a participle after them, past a comma, belongs to the clause that holds the noun
# (`attribution.participle_host`), at most this many such clauses up.
DESCRIBING_CLAUSE_DEPS: frozenset[str] = frozenset({"relcl", "acl"})
PARTICIPLE_HOST_CLIMB = 3
# Verbs of plans and expectations whose passive subject is the one who will speak ("Lee is expected
# to say", "is scheduled to announce", "is set to tell").
RAISING_VERBS: frozenset[str] = frozenset({"expect", "schedule", "set", "slate", "due", "poise"})
# Pronouns resolved to the speaker named just before, and which entity labels they may take.
PRONOUN_LABELS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}), "she": frozenset({"PERSON"}), "i": frozenset({"PERSON"}),
    "it": frozenset({"ORG"}), "they": frozenset({"ORG", "NORP", "PERSON"}),
    "we": frozenset({"ORG"}),
}
# Subjects that attribute nothing ("it is estimated", "this shows").
EMPTY_SUBJECTS: frozenset[str] = frozenset({"this", "that", "there", "which", "who", "what"})
# Entity labels of a proper name written right after a source noun ("the agency Sputnik"),
# or in front of a statement noun ("Health Ministry figures"), that the source keeps.
CLOSE_NAME_LABELS: frozenset[str] = frozenset({"ORG", "PERSON", "GPE", "NORP"})
# Common nouns that name a body giving figures when they modify a statement noun
# ("a police tally", "government figures"); "casualty count" or "press release" are not sources.
SOURCE_BODY_NOUNS: frozenset[str] = frozenset({
    "police", "government", "ministry", "military", "army", "official", "authority", "hospital",
    "prosecutor", "state", "city", "agency",
})
# A dateline ends with one of these within its first few tokens ("BEIRUT (Reuters) -").
DATELINE_DASHES: frozenset[str] = frozenset({"-", "–", "—", "--"})
DATELINE_MAX_TOKENS = 8
# A wire header in brackets runs longer before its dash ("(MENAFN- Gulf Wire Agency (GWA)) TARSIS,
# Oct 4 (GWA) --"): the relay's name, the place, the date and the wire again.
WIRE_DATELINE_MAX_TOKENS = 22
# "find" is a cue for studies and inquiries ("the study found"), never when what was found is a
# body or a survivor ("rescuers found the bodies of three, bringing the toll to 43"): that is the
# search, and whoever searched is not the source of the toll.
FOUND_THINGS: frozenset[str] = frozenset({
    "body", "bodies", "remains", "corpse", "survivor", "victim", "wreckage", "debris", "car", "vehicle",
})
# Third-person verb forms a headline's parse takes for the subject's head ("Ruritania lowers
# confirmed death toll to 38"): the verb of the headline, never a speaker. (Forms that are also
# plural nouns of a source, "media reports", are left out.)
HEADLINE_VERB_FORMS: frozenset[str] = frozenset({
    "lowers", "raises", "revises", "ups", "confirms", "puts", "lifts",
    "hikes", "reduces", "corrects", "downgrades", "upgrades", "announces",
})
# How far up the tree a number's governing speech cue is looked for.
MAX_GOVERNING_DEPTH = 12
# Marks of a contrasting clause: a figure there is not the main speaker's ("..., while ...").
CONTRAST_MARKS: frozenset[str] = frozenset({"while", "whereas", "whilst"})
# Marks of a clause set against the sentence's main clause ("Although the army said no one died,
# 40 were killed, the governor said"; "While the ministry put the toll at 12, ..."): a speaker
# inside such a clause is not the source of a figure outside it.
CONCESSIVE_MARKS: frozenset[str] = CONTRAST_MARKS | {"although", "though", "despite"}
# Nouns for records rather than speakers ("the preliminary data indicated", "records show"): as
# the subject of an evidence verb inside someone's statement, they are what that someone read,
# so the figure is the reader's ("an analysis showed that the data indicated N" -> the analysis).
EVIDENCE_VERBS: frozenset[str] = frozenset({"show", "indicate", "suggest", "reveal"})
RECORD_NOUNS: frozenset[str] = frozenset({
    "datum", "data", "record", "figure", "statistic", "number", "count", "tally", "registry", "list",
})
# First-person subjects: inside a quote they are the quote's speaker ("“I counted 86,” X said").
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
# Subordinating prepositions of time that the parser sometimes takes for the preposition of the
# subject ("After an analysis showed ..." parsed as "After [an analysis]" + "showed"): the clause
# then has its own subject, the object of that word, and never inherits the main clause's.
CLAUSE_PREPS: frozenset[str] = frozenset({"after", "before", "when", "since", "until", "once", "as"})
# Modifiers that turn "media" into a named kind of outlet that is itself an origin ("state
# media", "official media"), unlike "media reports" of unknown origin.
OUTLET_MEDIA_MODIFIERS: frozenset[str] = frozenset({"state", "official", "government", "state-run", "party"})
# Possessive pronouns before a body's noun ("his office said", "her spokesman said"): the body
# belongs to the person (or organization) the pronoun stands for, resolved as that pronoun.
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Nouns that, owned by someone named before, speak for them ("his office", "her spokeswoman").
OWNED_SPEAKER_NOUNS: frozenset[str] = frozenset({
    "office", "spokesman", "spokeswoman", "spokesperson", "aide", "press office", "team", "administration",
    "lawyer", "campaign", "government", "cabinet", "staff", "ministry", "department",
})
# How a body owned by someone named before is written as a source ("the office of Jane Roe").
OWNED_SPEAKER_NAME = "the {noun} of {owner}"
# How many sentences back a pronoun speaker ("He also said") looks for the last named speaker.
PRONOUN_SPEAKER_WINDOW = 4
# What a country named as a speaker stands for ("Ruritania announced ..."): its authorities.
COUNTRY_SPEAKER_NAME = "the authorities of {}"
# Conjunctions that join two nouns into one named source ("officials and medics").
NAME_CONJUNCTIONS: frozenset[str] = frozenset({"and", "&"})
# Longest source kept as written with its appositions (tokens); longer, the bare name.
WRITTEN_MAX_TOKENS = 40
# Closing quotation marks, and how many tokens (spaces, a comma, a dash) may stand between one and
# a speech verb written after the quote ("…,” said Ann Lee").
CLOSING_QUOTE_MARKS: frozenset[str] = frozenset({"”", "\"", "’", "''", "»"})
QUOTE_CLOSE_GAP_TOKENS = 3
# Heads of a bare definite speaker ("the agency said", "the ministry added") that stand for the
# body of that kind named just before ("Yonhap News Agency", "the Health Ministry").
DEFINITE_BODY_HEADS: frozenset[str] = frozenset({
    "agency", "ministry", "department", "office", "service", "council", "committee", "group",
    "organization", "organisation", "company", "firm", "operator", "broadcaster", "newspaper",
    "commission", "authority", "institute", "force", "army", "union", "association",
    "monitor", "watchdog", "center", "centre",
})
# Heads of a definite speaker that stand for any organization named just before ("the group
# said" after "the Association for X"), not only one whose name holds the same noun.
GENERIC_BODY_HEADS: frozenset[str] = frozenset({"group", "organization", "organisation", "monitor", "watchdog"})
# Modifiers a definite body may carry and still stand for the one named before ("the monitoring
# group", "the doctors' committee"): common words, never a name of its own.
DEFINITE_BODY_MODIFIER_DEPS: frozenset[str] = frozenset({"compound", "amod", "poss"})
# Longest run of title words in front of a name right before its cue ("County Sheriff and
# Coroner Ann Lee said"), in tokens.
TITLE_RUN_MAX_TOKENS = 6
# Longest bracketed short form after a name before its cue ("the Union for X (UX) said").
SHORT_FORM_MAX_TOKENS = 5
# Verbs of a closing source tag that relays a whole sentence ("..., AFP reports.", "..., the
# agency reported on Wednesday."), and what may follow the verb in such a tag (a time, a place,
# the full stop) without making it a clause that reports something of its own.
TAG_VERBS: frozenset[str] = frozenset({"report", "say", "write", "add", "tell"})
TAG_TRAILING_DEPS: frozenset[str] = frozenset({"npadvmod", "prep", "punct", "advmod", "tmod"})
# Dependencies of a participle clause after a speech verb that may hold the verb's own subject,
# written after it ("..., says the office's press release circulated on Friday").
INVERTED_SUBJECT_CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "advcl", "conj"})
# Heads of a speaker described by its kind, not named ("a leading rights group", "a government
# official", "local authorities"): such a phrase after a comma and a counted phrase ("killed 44
# people, a rights group said") is the trailing credit, not a description of the counted.
DESCRIBED_SPEAKER_HEADS: frozenset[str] = DEFINITE_BODY_HEADS | frozenset({
    "official", "authority", "spokesman", "spokeswoman", "spokesperson", "police", "monitor",
    "activist", "source", "minister", "governor", "mayor", "officer", "prosecutor", "doctor",
    "medic", "hospital", "government", "military", "ngo", "charity",
})
# Determiners of a speaker described, not named ("a rights group", "another group", "one official").
DESCRIBING_DETERMINERS: frozenset[str] = frozenset({"a", "an", "another", "one"})
# Participles by which a count names what it was built from ("a tally based on hospital figures",
# "a count drawn from ministry data"): those figures are its material; the count's owner speaks.
BASIS_VERBS: frozenset[str] = frozenset({"base", "draw", "compile", "derive", "build"})
# How the parse hangs the speaker written after a dateline's dash on the dateline's place taken
# for the subject: as its apposition or as a name coordinated with it.
DATELINE_SPEAKER_DEPS: frozenset[str] = frozenset({"appos", "conj"})
