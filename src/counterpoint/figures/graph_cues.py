"""Figure-graph cues (../docs FIGURE-GRAPH.md as data): the words around a number that make it a
part of another figure, an update or a change of one, a hedge, or background. Which words make a
number a figure at all, and of which measure, is `cues`.
"""

from __future__ import annotations

import re

from .cues import MONTH_NAMES, WEEKDAY_NAMES

# ---------------------------------------------------------------------------------------------
# The figure graph (../docs FIGURE-GRAPH.md): parts, updates, changes, hedges, background.
# Regexes run on the sentence text just before ("..._BEFORE", anchored at $) or just after
# ("..._AFTER", anchored at ^) a quantity's span; the quantity span includes its qualifier.
# ---------------------------------------------------------------------------------------------
# Characters of context each "before" / "after" pattern looks at.
CONTEXT_CHARS = 80
# Words for the counted groups a part can refer back to ("of the dead", "among the injured").
_GROUP_WORDS = (
    r"dead|killed|deceased|victims|fatalities|deaths|casualties|bodies|those who died|people who died|"
    r"injured|wounded|hurt|injuries|hospitali[sz]ed|detained|arrested|detainees|arrests|detentions|missing|homeless|displaced|evacuated|evacuees"
)
# The measure of a group word (first matching stem wins; default killed).
GROUP_MEASURES: tuple[tuple[str, str], ...] = (
    ("injur", "injured"), ("wound", "injured"), ("hurt", "injured"), ("hospital", "injured"),
    ("detain", "detained"), ("detention", "detained"), ("arrest", "detained"), ("missing", "missing"),
    ("homeless", "displaced"), ("displac", "displaced"), ("evacu", "displaced"),
)
# Group words that name people harmed without saying how ("of the victims", "among the
# casualties"): a part of them takes its own verb's measure ("three of the victims were treated and
# released" are injured), the dead only when nothing else says.
NEUTRAL_GROUP_RE = re.compile(r"\b(?:victims|casualties)\b", re.I)
# Before a number: it counts part of a whole named earlier ("including 26 foreigners", "of whom
# 12", "among the dead were 19", "of those killed, 97 were", "most of them – 80 –").
PART_BEFORE_RE = re.compile(
    r"(?:\bincluding|\bincl\.|\bamong (?:them|whom|those)|\bof which|\bof (?:whom|which|these|those)|"
    # "They include 191 people who died in X", "this figure includes two who died later", "the
    # dead included 12 police": a count the whole named before holds
    r"\b(?:they|these|those|which|(?:this|that|the) (?:figure|number|total|toll|count)|the (?:dead|victims|casualties))"
    r" (?:also )?includ(?:e|es|ed)|"
    rf"\b(?:of|among) (?:the|those) (?:\w+ )?(?:{_GROUP_WORDS})(?: (?:were|are|was|is))?|"
    r"\b(?:most|many|all|some|nearly all|almost all|the majority) of (?:them|whom|those|these)(?: (?:\w+ ){0,2}(?:" + _GROUP_WORDS + r"))?)"
    r"[\s,:;(\-–—]*$",
    re.I,
)
# After a number: it counts part of a whole ("103 of them", "nine of the victims", "97 of the
# 151 dead", "19 foreigners are among the dead", "12 police among the dead").
PART_AFTER_RE = re.compile(
    r"^\s+(?:of (?:them|whom|those|these)\b|"
    rf"of (?:the|those) (?:\d[\d,]*\s+)?(?:\w+ ){{0,3}}(?:{_GROUP_WORDS})\b|"
    rf"(?:[\w-]+ ){{0,6}}(?:(?:are|were|was|is) )?among (?:the|those) (?:\w+ )?(?:{_GROUP_WORDS})\b|"
    rf"(?:[\w-]+ ){{0,2}}(?:(?:are|were|was|is) )?among (?:the )?(?:at least |more than |about |some |nearly |over )?\d[\d,]* (?:\w+ ){{0,2}}(?:{_GROUP_WORDS})\b)",
    re.I,
)
# "97 of the 151 dead": the whole is the number after the part.
PART_OF_NUMBER_AFTER_RE = re.compile(
    r"^\s+(?:of (?:the|those) |(?:[\w-]+ ){0,2}(?:(?:are|were|was|is) )?among (?:the )?(?:at least |more than |about |some |nearly |over )?)(?=\d)",
    re.I)
# Group words inside a part phrase, to read its measure.
GROUP_WORD_RE = re.compile(rf"\b(?:{_GROUP_WORDS})\b", re.I)
# After a number: a cause of death or injury ("30 with gunshot wounds", "two from stab wounds",
# "12 of asphyxia"). In a death toll's breakdown these count the dead, never the injured.
CAUSE_AFTER_RE = re.compile(
    r"^\s+(?:people\s+|victims\s+|of them\s+)?(?:died\s+|killed\s+)?(?:with|from|of|by|due to|as a result of)\s+"
    r"(?:[\w-]+\s+){0,2}(?:gunshot|bullet|stab|knife|shrapnel|blunt|head|burns?|crush|crushing|"
    r"trauma|wounds?|injuries|asphyxia|asphyxiation|suffocation|drowning|hypothermia|compression|"
    r"cardiac|heart|smoke|gas|tear gas|beatings?|torture|electrocution)\b",
    re.I,
)
# Nouns that name a cause when they are the object of "with" / "from" / "of" (never a cue then).
CAUSE_NOUNS: frozenset[str] = frozenset({"wound", "injury", "wounds", "injuries", "burn", "trauma"})
CAUSE_PREPS: frozenset[str] = frozenset({"with", "from", "of", "by"})

# Before a number: words that place it after an earlier figure ("rose to", "has reached",
# "raised the toll to", "revised down to", "now stands at"). The match is the update cue.
_RISE = (r"ris(?:en|es|ing)|rose|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|increas(?:ed|es|ing)|grew|grown|"
         r"surg(?:ed|es|ing)|soar(?:ed|s|ing)?|mount(?:ed|s|ing)|swell(?:ed|s|ing)?|"
         r"fell|fallen|falls|dropp(?:ed|ing)|drops|decreas(?:ed|es|ing)|declin(?:ed|es|ing)")
UPDATE_BEFORE_RE = re.compile(
    r"(?P<cue>(?:\b(?:has|have|had|had since|since|now|later|then|further)\s+)?(?:\b(?:" + _RISE + r")(?:\s+(?:\w+ly|up|down|further))?\s+to|"
    r"\b(?:has |have |had )?(?:reach(?:ed|es|ing)?(?:\s+to)?|touch(?:ed|es|ing)?|pass(?:ed|es|ing)?|hit|top(?:ped|s)|exceed(?:ed|s|ing)?|"
    r"surpass(?:ed|es|ing)?|crossed)|"
    r"\b(?:rais|lower|revis|updat|correct|adjust|bring|brought|push)\w*\s+"
    r"(?:[\w'’]+\s+){0,6}?(?:(?:down|up|downward|upward)s?\s+)?to|"
    r"\b(?:" + _RISE + r"|revised(?:\s+\w+)?|raised|lowered|went\s+(?:up|down)|gone\s+(?:up|down))\s+by\s+"
    r"(?:about\s+|some\s+|around\s+|more\s+than\s+|nearly\s+|almost\s+)?[\d,.]+\s+to|"
    r"\bnow\s+(?:stands?\s+at|at|stood\s+at)|\bhas\s+(?:now\s+)?(?:grown|gone up|gone down)\s+to|"
    # "the final death toll is 71", "the final toll has been fixed at 275", "Final toll: 53": the
    # last count, which replaces every earlier one
    r"\bfinal\s+(?:official\s+)?(?:death\s+)?(?:toll|count|tally|figure|number\s+of\s+(?:dead|deaths|victims))"
    r"(?:\s+(?:\w+\s+){0,4}?(?:is|was|stands\s+at|stood\s+at|of|at))?\s*[:–—-]?))\s*$",
    re.I,
)
# Before an older figure inside a change ("rose from 100 to 135"; "up from 140"; "down from 359").
# The day a change happened, written between its verb and "from" ("rose Thursday from 297 to
# 631", "was revised downward on Monday from 88 to 85").
_CHANGE_DAY = r"(?:\s+(?:on\s+|late\s+|early\s+)?(?:" + WEEKDAY_NAMES + r"|yesterday|today|overnight)(?:\s+(?:morning|afternoon|evening|night))?)?"
# Verbs of a change "from X to Y" beyond _RISE: the base forms a modal takes ("could rise from 41
# to 80", "may fall from"), and multiplying ("doubled from 41 to 82", "could more than triple from").
_CHANGE_FROM_VERBS = (r"rise|fall|drop|increase|decrease|decline|grow|surge|soar|mount|swell|"
                      r"(?:doubl|tripl|quadrupl)(?:e|ed|es|ing)")
FROM_BEFORE_RE = re.compile(
    # "rose dramatically from 297 to 631", "fell sharply again from": adverbs between verb and "from"
    r"(?P<cue>\b(?:(?:" + _RISE + "|" + _CHANGE_FROM_VERBS + r")(?:\s+(?:\w+ly|again|further|sharply|steeply))?|revised(?:\s+\w+)?|raised|lowered|"
    r"up|down|corrected|updated|went|gone|jumped|shot up)" + _CHANGE_DAY + r"\s+from|"
    r"\bto\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?[\d,.]+(?:\s+\w+)?\s+from)\s*$", re.I)
# Before a figure that an earlier report gave ("the previous official toll was 140", "an earlier
# tally of 135", "previously reported 100", "reports of 359"); a newer figure replaces it.
OLDER_BEFORE_RE = re.compile(
    r"(?P<cue>\b(?:the |an |its |their )?(?:previous|last|earlier|prior|initial|first|preliminary|old|former)"
    r"(?:\s+\w+){0,2}?\s+(?:death\s+)?(?:toll|count|figure|tally|total|estimate|number|report)s?"
    r"(?:\s+(?:of|was|were|had been|stood at|is|at|put at|had put))?|"
    r"\b(?:had\s+)?(?:previously|earlier|initially|originally|first)\s+(?:been\s+)?(?:reported|announced|said|put|given|"
    r"stated|estimated|counted|listed|recorded|confirmed)(?:\s+(?:at|as|that|it was))?|"
    r"\b(?:earlier\s+)?(?:reports|claims|rumou?rs) (?:of|that))\s*$",
    re.I,
)
# After a figure: words that say it is wrong ("reports of 359 are not correct").
WRONG_AFTER_RE = re.compile(
    r"^(?:\s+[\w-]+){0,3}\s+(?:are|is|were|was)\s+(?:not\s+(?:correct|accurate|true|right)|incorrect|"
    r"wrong|false|untrue|inaccurate|exaggerated|mistaken)\b",
    re.I,
)
# Anywhere in the sentence: the figure is newer than one announced before ("significantly higher
# than previously announced", "lower than previously stated"). Only an update cue, no edge.
PREVIOUSLY_RE = re.compile(
    r"(?P<cue>\b(?:significantly |much |far |sharply |slightly |considerably )?(?:higher|lower|more|fewer|less|up|down)"
    r"\s+(?:than|from|on)\s+(?:the\s+)?(?:previously|earlier|initially|first|originally|(?:previous|earlier|initial|prior)"
    r"(?:\s+\w+)?)(?:\s+(?:announced|reported|stated|thought|estimated|said|believed|given|published|feared))?)\b",
    re.I,
)
# An update cue that says the count went beyond the number ("the toll passed 44,000", "has
# surpassed", "topped", "exceeded"): the figure is a lower bound, qualifier more_than.
EXCEEDED_CUE_RE = re.compile(r"\b(?:pass(?:ed|es|ing)?|top(?:ped|s)|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|crossed)$", re.I)
# An update cue that adds the figures before it in the sentence to a running total ("700 were
# detained on Wednesday, bringing the total to 6,700"): those are parts of the total.
TOTAL_CUE_RE = re.compile(r"^(?:bring|brought|push)", re.I)
# A rise cue whose sentence also tells what raised it ("the toll rose to 61 after two bodies were
# found", "raising the toll to 292"): the smaller figures of its measure around it are the new
# part, whether they come before or after it.
RISE_TOTAL_CUE_RE = re.compile(
    r"^(?:(?:has|have|had|now|later|then|further)\s+)?(?:bring|brought|push|rais|ris|rose|climb|jump|increas|mount|swell|swoll|surg|soar)", re.I)
# Before a number: the size of a change, never a toll ("revised down by about 100", "up by 20",
# "another 179 people", "an additional 40", "a further 12").
CHANGE_BEFORE_RE = re.compile(
    r"(?:\b(?:up|down|" + _RISE + r"|revised|raised|lowered|reduced|cut|corrected|adjusted|increase|decrease|rise|drop)"
    r"(?:\s+\w+)?\s+by|(?<!as well as )(?<!and )(?<!plus )\b(?:another|an additional|a further|(?<!\ban )additional))\s*$",
    re.I,
)
# Before a number: "another 25 bodies", "an additional 15,384 people were injured": the size of a
# change of the same measure, or others after a figure of another measure (the caller tells).
# Joined to a count before it ("as well as an additional 1,262 deaths in the south") it adds a
# count of its own: "additional" right after "an" is the phrase, which the joiners already let go.
ADDITIONAL_BEFORE_RE = re.compile(
    r"(?<!as well as )(?<!and )(?<!plus )\b(?:another|an additional|a further|(?<!\ban )additional)\s*$", re.I)
# Before a number: an exception, not a count ("all but one of the dead were identified", "none
# but two"): the number says who is left out of a statement about the others.
EXCEPTION_BEFORE_RE = re.compile(r"\b(?:all|everyone|everybody|none)\s+but\s*$", re.I)
# After a number: the size of a change ("20 more died", "12 additional deaths").
# "two new bodies were found": the bodies found since the last count, not the toll.
CHANGE_AFTER_RE = re.compile(r"^\s+(?:more|additional|extra|new)\b(?!\s+than)", re.I)
# "two more bodies were recovered", "three new victims were found": what is found of the dead comes
# in batches, so more of them is always the size of a change, never others of another measure
# (unlike "the toll climbed to 151. 82 more were injured").
FOUND_MORE_AFTER_RE = re.compile(
    r"^\s+(?:more|additional|extra|new)\s+(?:[\w-]+\s+)?(?:bod(?:y|ies)|corpses?|remains|victims)\b", re.I)
# Hedges that make a figure the speaker's uncertain estimate ("perhaps more than 200", "I think
# 300", "unconfirmed reports of", "could rise to", "may have killed").
HEDGE_RE = re.compile(
    r"\b(?:perhaps|possibly|probably|maybe|unconfirmed|unverified|rumou?red|feared|"
    r"(?:i|we) (?:think|believe|guess|suspect)|it is (?:possible|feared)|"
    r"could(?! not)|(?-i:may)(?! not)|might(?! not))\b",
    re.I,
)
# Clause boundaries: a hedge counts only inside the figure's own clause.
CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s|\s[–—-]\s|\bwhile\b|\bbut\b|\bwhereas\b", re.I)
# Between a placed figure and the next bare number of its list ("1,293 deaths in Al Haouz, 452
# in Taroudant"): the figure's own words and place, then a comma or "and", no other number.
LIST_ITEM_GAP_RE = re.compile(r"^[^\d.;:()]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
# After a listed bare number: its place ("452 in Taroudant", "41 in the province of X").
LIST_ITEM_PLACE_AFTER_RE = re.compile(
    r"^\s+(?:were\s+|died\s+|dead\s+)?(?:in|at|inside|outside)\s+(?:the\s+)?"
    r"(?:(?:town|village|city|province|district|region|municipality|county|state|hamlet)\s+of\s+)?[A-Z]")
# The opening of a clause that tells the consequence of the clause before it ("..., killing 19",
# "..., resulting in 19 deaths", "..., which left 64 dead"): it shares that clause's time.
CONSEQUENCE_OPENING_RE = re.compile(
    r"^\s*(?:and\s+)?(?:killing|leaving|resulting\s+in|causing|claiming|injuring|wounding|"
    r"(?:which|that)\s+(?:killed|left|claimed|caused|resulted\s+in))\b", re.I)
# A figure of a different, earlier event given as background ("a 1999 quake killed 17,000",
# "since 2014, when a ferry sank and killed 304"): the year, then the figure after it.
_PAST_EVENTS = (r"(?:earth)?quakes?|disasters?|floods?|fires?|blasts?|explosions?|attacks?|bombings?|collapses?|"
                r"crush|stampedes?|tragedy|riots?|protests?|uprising|crackdown|hurricanes?|storms?|typhoons?|"
                r"cyclones?|tsunami|sinking|crash|accident|massacre|war|conflict|revolution|unrest|disaster|eruption")
BACKGROUND_YEAR_RE = re.compile(
    r"\b(?:an?|another|a similar|an earlier|since the|after the|than the|like the)\s+(?:[\w-]+\s+)?"
    rf"(?P<y1>(?:1[89]|20)\d{{2}})\s+(?:[\w-]+\s+)?(?:{_PAST_EVENTS})\b"
    r"|\b(?:since|in)\s+(?P<y2>(?:1[89]|20)\d{2}),?\s+(?:when|in which|during which|which)\b"
    r"|\b(?:deadliest|worst|bloodiest|biggest|largest)\b[^,.;]{0,60}?\s(?P<since>since)\b"
    r"|\b(?P<after>(?:\w+|a|an) (?:years?|decades?) (?:after|since))\b"
    # "It follows tragedies including the X disaster, which killed 97": other events named as a comparison
    rf"|\b(?P<like>(?:follows|follow|followed|recalls|recalled|echoes|echoed|joins|among)\s+(?:other\s+|earlier\s+|previous\s+|past\s+|similar\s+)?"
    r"(?:tragedies|disasters|incidents|accidents|fires|crashes|stampedes|crushes|attacks|sinkings|collapses)\s+(?:including|such as|like)"
    r"|(?:other|earlier|previous|past|similar)\s+(?:tragedies|disasters|incidents|accidents|fires|crashes|stampedes|crushes|attacks|"
    r"sinkings|collapses)\s+(?:including|such as|like))\b"
    rf"|\b(?P<last>(?:an?|another) (?:[\w-]+ ){{0,2}}(?:{_PAST_EVENTS})\b[^.;]{{0,60}}?\blast (?:year|"
    rf"{MONTH_NAMES}))\b",
    re.I,
)
# Before "in YEAR, when ...": a word that makes that year's happening an earlier one than this
# event ("The previous deadliest stampede happened in 1990, when ..."), which an undated report
# cannot tell from its own year.
PREVIOUS_BEFORE_RE = re.compile(r"\b(?:previous|prior|earlier)\b", re.I)
# "the deadliest day since the protests began, with 18 dead": a superlative day, night or week
# compares one stretch of this event with the rest of it (no year, no "when" of an earlier event
# follows), so the figures after its "since" are this event's, not background.
SUPERLATIVE_PERIOD_SINCE_RE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|most violent)\s+(?:single\s+)?(?:day|night|week|weekend|24 hours)\s+since\b"
    r"(?![^,.;]*\b(?:1[89]|20)\d{2}\b)(?![^,.;]*\bwhen\b)", re.I)
# Nouns that name the event itself, never a count of its participants ("the protests left 90 dead").
EVENT_NOUNS: frozenset[str] = frozenset({"protest", "march", "rally", "demonstration", "riot", "unrest", "attack"})
# Before a number: the denominator of a ratio ("one in ten", "1 out of every 5").
RATIO_BEFORE_RE = re.compile(r"\b(?:one|a|\d+)\s+(?:in|out of)\s+(?:every\s+)?$", re.I)
# A year in running text; a figure in the same clause as a year before the document's own event
# year is an earlier event's ("More than 1,800 died when Katrina struck in 2005").
YEAR_RE = re.compile(
    # "a total of 2122 people": "of" before a count of people is no year's
    r"\b(?:in|of(?!\s+\d{4}\s+(?:people|persons)\b)|since|during|from|until)\s+(1[89]\d{2}|20\d{2})\b(?!,\d)"
    r"|(?<![\d,.$])\b(1[89]\d{2}|20\d{2})\b(?!\d|,\d|\s*(?:people|persons|dead|killed|injured|homes|buildings))")
# After a number: what was done with bodies or survivors, not the toll itself ("340 bodies were
# handed over", "2,438 rescued alive"): a status part of the dead, or no count of harm at all.
STATUS_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:were|are|have|has|had|been|was|remain|remained|still|already|now|yet to be|"
    r"not yet been|not been|be)\s+)*"
    r"(?:handed|identified|unidentified|buried|unclaimed|claimed|kept|released|returned|awaiting|in morgues)\b", re.I)
# Before a number: the same status verbs governing the counted bodies or victims ("police have
# handed over 441 bodies to relatives", "the city buried 32 unidentified victims", "returned the
# remains of 60 people"): a status part of the dead, as with the verb after the number. The counted
# noun must follow the number (or "the bodies of" precede it): "released 40 prisoners" is no status.
STATUS_BEFORE_RE = re.compile(
    r"\b(?:handed(?:\s+over)?|hand(?:s|ing)?\s+over|returned|return(?:s|ing)?|released|releas(?:es|ing)|"
    r"buried|bur(?:y|ies|ying)|identified|identif(?:y|ies|ying))\s+"
    r"(?:(?:the|a\s+total\s+of|another|a\s+further|at\s+least|about|around|some|over|more\s+than|nearly|almost)\s+)*"
    r"(?P<of>(?:bod(?:y|ies)|remains|corpses)\s+of\s+(?:the\s+)?)?$", re.I)
STATUS_NOUN_AFTER_RE = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:bod(?:y|ies)|corpses?|remains|victims?)\b", re.I)

SURVIVOR_AFTER_RE = re.compile(
    r"^\s+(?:people\s+)?(?:(?:were|had been|have been)\s+)?(?:rescued|saved|pulled out|survived|alive)\b"
    # "some 300 workers survived", "around 200 miners managed to escape", "40 guests made it out"
    r"|^\s+(?:[\w-]+\s+){0,2}?(?:survived|escaped|managed\s+to\s+(?:escape|flee|get\s+out|survive)|made\s+it\s+out)\b"
    # "75 students were saved", "410 patients have been discharged": the people who came out well
    # ("2,500 injured people were rescued": the hurt, counted as such; but "187 injured people have
    # been discharged" are the hurt who left hospital, never the count of the hurt)
    r"|^\s+(?!(?:injured|wounded|hurt)\b)(?:[\w-]+\s+){0,2}?(?:were|had been|have been|has been|was|are)\s+"
    r"(?:(?:safely|later|since)\s+)?(?:rescued|saved)\b"
    r"|^\s+(?:[\w-]+\s+){0,2}?(?:were|had been|have been|has been|was|are)\s+(?:(?:safely|later|since)\s+)?discharged\b"
    # "22 of the 29 crew members survived"
    r"|^\s+of\s+the\s+[\d,]+\s+(?:[\w'’-]+\s+){0,5}?(?:survived|were\s+rescued|were\s+saved)\b",
    re.I)
# "one in ten", "1 in 5", "one out of every four": a ratio, never a count.
RATIO_AFTER_RE = re.compile(r"^\s+(?:in|out of)\s+(?:every\s+)?(?:\d|ten|five|four|three|two|six|seven|eight|nine|twenty|a hundred|hundred)", re.I)
# A number this close after these words measures a quake or a storm, not people ("magnitude 7.8",
# "measuring 7.7", "a 7.8-magnitude", "category 4").
MAGNITUDE_BEFORE_RE = re.compile(r"\b(?:magnitude|measuring|measured|richter|category|force)\s*(?:of\s+)?$", re.I)
MAGNITUDE_AFTER_RE = re.compile(r"^\s*-?\s*(?:magnitude|on the richter|richter)\b", re.I)
# Between two money amounts, these make the second a conversion of the first ("$3bn (€2.7bn)").
CONVERSION_GAP_RE = re.compile(r"^\s*(?:\(|/|or)\s*(?:about|around|some|roughly)?\s*(?:[A-Z]{1,3})?\s*[$€£¥]?\s*$")
# Before a number: a list that breaks down the figure before it ("seven missing - three
# Lebanese, three Syrians and one Egyptian", "the dead: 12 in Zenda").
LIST_BEFORE_RE = re.compile(r"(?:\s[-–—]|[–—:])\s*$")
# Measures a part can take from its whole; a part of people stays a count of people.
PART_MEASURES: frozenset[str] = frozenset({"killed", "injured", "detained", "charged", "missing", "displaced", "damage", "property", "cases"})
# Measures whose parts of people in general ("N of the dead") are dropped when the document
# states no whole for them: they would read as the toll itself.
HEADLESS_PART_MEASURES: frozenset[str] = frozenset({"killed", "injured"})
# How many sentences back a part or an older figure looks for its whole or its newer figure.
GRAPH_WINDOW_SENTENCES = 4
# Sentences after an earlier event's figure within which a part refers back to it ("Katrina killed
# 1,800 in 2005. Of those, 1,500 were in Louisiana"); later parts count this event's whole.
BACKGROUND_PART_WINDOW_SENTENCES = 1
# Counted cases (investigations), not people: "criminal cases", "probes".
CASE_NOUNS: frozenset[str] = frozenset({"case", "investigation", "probe", "inquiry", "proceeding"})
# Words after a part number and "were"/"are" that name its subject ("97 were women", "54 are male").
PART_SUBJECT_AFTER_RE = re.compile(r"^\s+(?:of them\s+)?(?:were|are|was|is)\s+(?:\w+\s+)?(?P<noun>[a-z]+)", re.I)
# Adjectives that name a person subject in "97 are female".
ADJECTIVE_SUBJECTS: dict[str, str] = {"female": "woman", "male": "man", "foreign": "foreign national",
                                      "children": "child", "minors": "child"}

# ---------------------------------------------------------------------------------------------
# Parts told by their own words, with the whole elsewhere in the document (FIGURE-GRAPH.md).
# ---------------------------------------------------------------------------------------------
# In the figure's clause: a count for one day or night of a longer count ("over the past day,
# about 700 were detained", "on the night of Tuesday", "on Friday alone", "over 70 bodies were
# recovered on Friday"): a period part of the cumulative figure.
PERIOD_RE = re.compile(
    r"\b(?:over|in|during|within|for) the (?:past|last|previous) (?:day|night|24 hours|twenty-four hours|48 hours)\b|"
    r"\bon the night of\b|\bin a single (?:day|night)\b|"
    r"\b(?:" + WEEKDAY_NAMES + r"|yesterday|today|that day)(?: night)? alone\b|"
    r"\b(?:per day|each day|daily|every day)\b|"
    r"\b(?:recovered|retrieved|pulled|dug|found)\b[^;]{0,120}\bon (?:" + WEEKDAY_NAMES + r")\b",
    re.I,
)
# After a number of dead, in its clause: the facility or spot where they died or lie ("44 in three
# government hospitals", "12 died outside health facilities", "nine at the scene"): a place part.
# Bodies taken in by a facility count there too ("218 bodies were admitted to the hospital since
# yesterday", "brought to the city morgue"), the preposition often dropped in wire copy.
_FACILITY_NOUNS = (r"(?:hospitals?|(?:health|medical) facilit(?:y|ies)|health cent(?:er|re)s?|clinics?|morgues?|"
                   r"mortuar(?:y|ies)")
FACILITY_AFTER_RE = re.compile(
    r"^[^,;:.()\d]{0,70}?\b(?:(?P<where>(?:in|at|outside(?: of)?|not in|inside)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    + _FACILITY_NOUNS + r"|scene|spot))"
    r"|(?:admitted|brought|taken|carried|delivered)\s+(?:to\s+|into\s+)?(?P<intake>(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    + _FACILITY_NOUNS + r")))\b(?!\s+(?:attacks?|strikes?|bombing|raids?|fire|blast))",
    re.I,
)
# After a number of injured: how badly or where they are now ("36 were severely injured",
# "ten of them remain hospitalized", "96 suffering from minor injuries"): a status part.
SEVERITY_AFTER_RE = re.compile(
    r"^[^,;:.()]{0,50}?\b(?:(?:seriously|severely|critically|gravely|badly|slightly|lightly|moderately)\s+(?:injured|wounded|hurt)|"
    r"in (?:an?\s+)?(?:serious|critical|grave|stable|severe|satisfactory) condition|(?:minor|serious|severe|light|critical|life-threatening) injuries|"
    # "remain in hospital", "were still in various hospitals", "still at two local clinics"
    r"(?:remain|remained|remains|still)\s+(?:hospitali[sz]ed|hospital|(?:in|at)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hospitals?|clinics?|intensive care|(?:health|medical) (?:facilit(?:y|ies)|cent(?:er|re)s?)))|"
    r"(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|are\s+|was\s+|been\s+)?discharged|"
    r"(?:still|now)\s+(?:being|getting|undergoing|under|receiving)\s+(?:treat\w*|care)|"
    # "with 17 in critical care", "17 receiving intensive care"
    r"(?:in|receiving|requiring|needing|under)\s+(?:critical|intensive)\s+care|"
    r"(?:are|were|is|was)\s+(?:still\s+)?(?:undergoing|under)\s+treatment|on the critical list)\b",
    re.I,
)
# After a number of injured, in its clause: critical condition ("1,404 of them critically", "721
# were in critical condition", "17 in critical care", "on the critical list"): a status of its own,
# so reports of it over days meet as one series under the injured (figures.scope.CRITICAL).
CRITICAL_AFTER_RE = re.compile(
    r"^[^,;:.()]{0,50}?\b(?:critically|in (?:a\s+)?critical\s+(?:condition|state|care)|critical (?:injuries|condition)|"
    r"on the critical list)\b", re.I)
# Before a number of injured: what is left of a count after a status part ("Remaining, 120 were
# getting treated", "the remaining 120 are in hospital"): a status part too.
# "793 have been discharged and 382 are being treated": after a count of people sent home, the
# people still being treated are what is left of the injured, a status part too.
DISCHARGED_RE = re.compile(r"\bdischarged\b", re.I)
TREATED_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:are|were|is|remain|remained)\s+(?:still\s+)?(?:being\s+|getting\s+|undergoing\s+|under\s+|in\s+)"
    r"(?:treat\w*|hospital)", re.I)
REMAINING_BEFORE_RE = re.compile(r"\b(?:the\s+)?remaining[\s,:]*$", re.I)
# "Two men hurt, one seriously": a number with only an adverb of severity after it is a status
# part of the injured figure before it.
SEVERITY_ADVERB_AFTER_RE = re.compile(r"^\s+(?:of them\s+)?(?:seriously|severely|critically|gravely|badly)\b(?!\s+(?:injured|wounded|hurt))", re.I)
# Bodies or victims by what was done with them ("340 bodies were handed over", "32 unidentified
# bodies were buried", "230 bodies are unclaimed"): a status part of the dead. With no count of
# the dead anywhere in the document, such a number is still no toll and is left out.
DROP_WITHOUT_WHOLE: frozenset[str] = frozenset({"status"})

# ---------------------------------------------------------------------------------------------
# Counts that are not the toll: populations, combined counts, denials (issue 11, real coverage).
# ---------------------------------------------------------------------------------------------
# After a number: the people a vehicle or building held ("476 people aboard", "the 300
# passengers on board"): a population the toll is part of, never a count of harm itself, unless
# "all" says every one of them suffered it ("all 50 on board died").
ABOARD_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:aboard|on\s*board|onboard)\b(?!\s+(?:were|was)\s+(?:killed|dead))", re.I)
# "the 900 workers who were in the mine", "how many of the 300 guests": the people present, whom
# the count of harm is taken from, never that count (unless "all" of them suffered it).
PRESENT_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:were|was|had\s+been)\s+(?:(?:still|then|working|on\s+shift)\s+)?"
    r"(?:in|inside|at|underground|on\s+site|on\s+duty)\b", re.I)
HOW_MANY_BEFORE_RE = re.compile(r"\bhow\s+many\s+(?:of\s+)?(?:the|those|these)?\s*$", re.I)
ALL_BEFORE_RE = re.compile(r"\b(?:all|every one of the|each of the)\s+(?:the\s+|of\s+the\s+)?$", re.I)
# "Among the 140 pupils, 30 died": a number in an opening "among the N <people>," names the group
# the figures after it count part of; it is no figure itself, and they take its subject.
AMONG_POPULATION_BEFORE_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)among\s+(?:the|its|their)\s+$", re.I)
AMONG_POPULATION_AFTER_RE = re.compile(r"^\s+(?P<noun>(?:[\w-]+\s+){0,2}?[\w-]+)\s*,", re.I)
# After a number: one count of two outcomes ("left 95 people dead or missing", "killed or
# unaccounted for"): neither the dead nor the missing, so no figure of either.
COMBINED_AFTER_RE = re.compile(
    r"^[^,;.\d]{0,40}?\b(?:dead|killed|died|deaths)\s+(?:or|and/or)\s+(?:(?:are|were|still|remain)\s+)?(?:missing|unaccounted|trapped)\b"
    r"|^[^,;.\d]{0,40}?\b(?:missing|trapped)\s+or\s+(?:confirmed\s+)?(?:dead|killed)\b", re.I)
# After a number of missing: "74 were missing, presumed dead": officials count them with the dead.
PRESUMED_DEAD_AFTER_RE = re.compile(r"^[^;.\d]{0,40}?\bmissing[,\s'\"‘’“”]+(?:and\s+)?(?:now\s+)?presumed\s+dead\b", re.I)
# After a number the cue words call dead: "290 still missing and feared dead" (a fear, the missing).
FEARED_DEAD_AFTER_RE = re.compile(
    r"^[^.;\d]{0,60}?\b(?:still\s+)?(?:missing|unaccounted for)[,\s]+(?:and\s+)?(?:are\s+|were\s+)?(?:feared|believed)\s+(?:to be\s+)?dead\b", re.I)
# Before a number: a denial, not a claim ("it couldn't be as many as 400", "cannot have been 300").
DENIAL_BEFORE_RE = re.compile(
    r"\b(?:(?:could|can|would|will|does|did|do|is|was|are|were|ca|wo)(?:n['’]t|\s+not|\s+never)|cannot|never)"
    r"\s+(?:possibly\s+|really\s+)?(?:be|have\s+been|be\s+anywhere\s+near|reach(?:ed)?|exceed(?:ed)?)\s*$", re.I)
# In a figure's clause after it: a specific cause of death ("25 are believed to have died of
# electrocution"): a cause part of the dead. Generic "injuries" / "wounds" are left out, since a
# whole toll is often said to have died of its injuries.
CAUSE_CLAUSE_RE = re.compile(
    r"^[^;.\d]{0,150}?\b(?:died|dead|killed|perished|succumbed)\s+(?:\w+\s+)?(?:of|from|due to|because of|as a result of|by)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:electrocution|electric shock|drowning|burns|smoke inhalation|smoke|asphyxia|asphyxiation|"
    r"suffocation|gunshot|stab|crush(?:ing)?|hypothermia|heart attacks?|cardiac arrest|trampling|carbon monoxide)\b", re.I)
# "Around 40 bodies had no visible injury marks and are believed to have died of X": the same
# cause after a clause break; this much text after the number is searched.
CAUSE_CLAUSE_CHARS = 160
# Measures whose counts of a named kind of person ("teachers", "students", "passengers") are parts
# of the article's larger toll of people; from this many (one victim named apart is a story).
NAMED_GROUP_PART_MEASURES: frozenset[str] = frozenset({"killed", "injured", "missing"})
NAMED_GROUP_PART_MIN = 2
# Before a number: an arrest asked for, not made ("warrants for the arrest of two other crew
# members", "prosecutors sought the detention of 12").
SOUGHT_ARREST_BEFORE_RE = re.compile(
    r"\b(?:warrants?|sought|seeks?|seeking|requested|requests?|asked\s+for|ordered)\s+(?:\w+\s+){0,3}?(?:for\s+)?"
    r"the\s+(?:arrest|detention)s?\s+of\s*$", re.I)

# ---------------------------------------------------------------------------------------------
# Forecasts, the end of a series, and earlier years that open a sentence (issue 11).
# ---------------------------------------------------------------------------------------------
# In a figure's clause before it: a forecast of where a count may go ("the toll could climb to
# 900", "is expected to exceed 500", "may well double from 41 to 80"): a projection, not a count.
# The figure after "from" in such a change is the count stated now and stays.
# ("expected to leave a death toll of more than 300", "could kill thousands", "we can register
# more than 1,000 deaths": a forecast too)
PROJECTION_BEFORE_RE = re.compile(
    r"\b(?:could|can|may|might|would|will|(?:is|are|was|were)\s+(?:expected|likely|set|feared|projected|forecast)\s+to|"
    r"(?:expected|likely|set|projected|feared)\s+to)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:rise|climb|reach|exceed|top|pass|surpass|double|triple|increase|grow|hit|jump|soar|mount|go\s+up|swell|surge|leave|kill|claim|"
    r"register|record)\b"
    r"[^;:]*$",
    re.I,
)
# Before a number: the last of a series ("the bodies of the last two victims", "the final three
# missing"): what ended the count, not the count itself.
LAST_OF_SERIES_BEFORE_RE = re.compile(r"\bthe\s+(?:last|final)\s*$", re.I)
# A sentence that opens with an earlier year ("In 1987, a blast killed 112"): the year scopes every
# clause after it, so all its figures are that year's.
# "protesters held in custody since 2018": how long people have been held, not the year of another
# event; the year after such words dates no figure of the sentence.
HELD_SINCE_BEFORE_RE = re.compile(
    r"\b(?:held|detained|jailed|imprisoned|incarcerated|custody|bars|prisons?|jails?|detention)\b[^.;,]{0,25}$", re.I)
OPENING_YEAR_RE = re.compile(r"^\W*(?:back\s+)?(?:in|by|during)\s+(?:\w+\s+)?(?P<year>(?:1[89]|20)\d{2})\s*,", re.I)
# In a count of detained people's clause: a formal arrest by a court or on charges ("three were
# formally arrested", "arrested on charges of negligence", "remanded in custody"): the part of
# those held that was formally arrested, a status part of the custody count.
FORMAL_ARREST_RE = re.compile(
    r"\b(?:formally\s+(?:arrested|charged|detained)|(?:arrested|jailed|detained|held)\s+(?:on\s+charges?\s+of|"
    r"pending\s+trial)|remanded|placed\s+(?:[\w,]+\s+){0,3}?under\s+(?:formal\s+)?arrest|"
    r"(?:are|is|were|was|remain|remains|remained|actually|now|still)\s+under\s+(?:formal\s+)?arrest|court\s+(?:ordered|formally)\b[^.;]{0,40}\barrest)",
    re.I,
)
# Right before a number: a toll that moved to it ("death toll rises to 41", "toll from the dam
# collapse climbs to 84"). The number is the toll whatever the parse makes of it (headlines glue
# "41 after 3 children" into one phrase, or hang "as toll rises to 84" on another clause's verb).
TOLL_LEVEL_BEFORE_RE = re.compile(
    r"\b(?:(?:death\s+)?toll|death\s+count)\s+(?:(?:from|in|after|at|on)\s+[^,;:.()]{1,50}?\s+)?(?:has\s+|had\s+|now\s+)?(?:rises|rose|risen|climbs|climbed|jumps|jumped|reaches|reached|hits|"
    r"soars|soared|mounts|mounted|increases|increased|grows|grew)\s+(?:to\s+)?$", re.I)
