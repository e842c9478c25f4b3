"""Counts that look like a measure's but are not (data for `non_counts`; measures.md).

News around a crackdown, a coup or a crash is full of numbers next to "held", "prisoners" and
"bodies" that are not the event's detentions or toll: people released or freed from a prison,
hostages held by the other side, one count of two outcomes ("detained or sacked"), people sent
back to prison, and the progress of a body recovery ("uncovered 219 bodies", "almost 100 bodies
are missing"). Each pattern below is one such way of writing; the regexes run on the sentence
text just before (anchored at $) or just after (anchored at ^) a quantity's span.
"""

from __future__ import annotations

import re

# Verbs of letting people go: those freed or released are no longer held, and people a prison
# break frees were never held by the event's authorities ("insurgents freed 2,000 prisoners").
_RELEASE_VERBS = (r"freed|released|set\s+free|let\s+go|let\s+out|pardoned|amnestied|acquitted|discharged\s+from\s+custody|"
                  r"granted\s+bail|bailed|sprung|broken\s+out")
# Before a number: "freed 2,000 prisoners", "authorities released 758 of those held".
RELEASED_BEFORE_RE = re.compile(rf"\b(?:{_RELEASE_VERBS}|free|release|freeing|releasing)\s+$", re.I)
# After a number: "758 of the 10,012 soldiers held ... were freed", "300 detainees have since been
# released", "40 were released on bail". The clause may hold the whole ("of the 10,012"), never
# another clause (no comma, semicolon or conjunction before the verb).
RELEASED_AFTER_RE = re.compile(
    r"^\s+(?:of\s+(?:the|those|these)\s+[\d,]+\s+)?"
    r"(?:(?!\b(?:and|but|while|whereas|who|which|whom)\b)[^,;.:\d]){0,70}?"
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|later|since|subsequently|then)\s+"
    r"(?:(?:later|since|subsequently|already|then|all|also|now)\s+)?(?:been\s+)?"
    rf"(?:{_RELEASE_VERBS})\b", re.I)
# "758 of those held were freed": the whole a released part is taken from stays a count; a number
# right after "of the" is such a whole.
WHOLE_OF_PART_BEFORE_RE = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s+$", re.I)
# Prison breaks: "2,000 inmates escaped", "some 500 prisoners broke out".
ESCAPED_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:prisoners|inmates|convicts|detainees)\s+(?:had\s+|have\s+)?"
    r"(?:escaped|broke\s+out|fled|were\s+freed|walked\s+free)\b", re.I)

# Hostages are held by the other side, never detained by the authorities counted: "30 soldiers who
# had shot at demonstrators were being held hostage", "took 10 police hostage", "seized 40
# hostages". ("14 hostages were killed" is a count of the dead and stays one.)
HOSTAGE_AFTER_RE = re.compile(
    r"^\s+(?:(?!\b(?:and|but|while)\b)[^,;.:\d]){0,80}?\b(?:held|taken|kept|being\s+held|seized)\s+(?:as\s+)?hostages?\b"
    r"|^\s+(?:[\w-]+\s+){0,2}?hostages?\b(?!\s+(?:were|have\s+been|had\s+been|was)\s+(?:killed|freed|released|rescued|injured|wounded))", re.I)

# Warrants are arrests sought, not made: "outstanding detention warrants for 8,087 individuals",
# "arrest warrants were issued for 120 people", "warrants against 47 journalists".
WARRANT_BEFORE_RE = re.compile(
    r"\bwarrants?\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:issued\s+)?(?:for|against)\s+"
    r"(?:the\s+(?:arrest|detention)\s+of\s+)?$", re.I)

# One count of two outcomes, one of them no measure of the event's harm: "over 60,000 people either
# detained or sacked", "arrested or suspended from their jobs", "sacked or detained". Neither a
# detained nor a charged whole (an `other` count at most), so no figure.
MIXED_OUTCOME_AFTER_RE = re.compile(
    r"^[^;.\d]{0,50}?\b(?:either\s+)?(?:among\s+the\s+)?(?:detained|arrested|jailed|held|charged|detentions?|arrests?)\s+"
    r"(?:or|and/or)\s+(?:\w+\s+){0,2}?(?:sacked|dismissed|suspended|fired|removed|purged|investigated|"
    r"questioned|placed\s+under\s+investigation|expelled|laid\s+off|stripped)\b"
    r"|^[^;.\d]{0,50}?\b(?:either\s+)?(?:sacked|dismissed|suspended|fired|removed|purged|investigated|questioned)\s+"
    r"(?:or|and/or)\s+(?:\w+\s+){0,2}?(?:detained|arrested|jailed|held|charged)\b", re.I)

# People sent back to prison after a break are not newly charged or held for the event: "15 have
# been returned to prison by force", "470 came back to serve their terms".
RETURNED_TO_PRISON_AFTER_RE = re.compile(
    r"^\s+(?:(?!\b(?:and|but|while)\b)[^,;.:\d]){0,50}?\b(?:returned|come\s+back|came\s+back|went\s+back|brought\s+back|"
    r"sent\s+back|taken\s+back)\b[^;.\d]{0,60}?\b(?:prison|jail|custody|cells?|terms?)\b", re.I)

# Body counts that are the progress of a recovery, not the toll. Two kinds (measures.md: bodies
# counted as the dead of the event stay killed):
# - logistics: bodies moved, received, aboard a train, or still to find ("36 or 38 bodies were taken
#   away", "282 bodies plus 87 body parts", "almost 100 bodies are missing", "200 bodies were aboard
#   the train", "the bodies of 74 victims were flown home"). No one writes a toll this way: no figure.
# - recovery: bodies recovered, found or seen ("rescuers uncovered 219 bodies", "84 bodies have been
#   recovered", "a reporter saw at least 30 bodies", "displaying the bodies of six people"). In a disaster whose dead are found over days this is how the running toll is told,
#   so it stays a toll, unless the document states a larger toll: then it is a part of that toll
#   (how far the recovery has come).
# "identified", "handed over", "buried" bodies are status parts (`graph_cues.STATUS_AFTER_RE`).
_BODY_NOUNS = r"bod(?:y|ies)|corpses?|remains|cadavers"
_BODY_LOGISTICS_VERBS = (
    r"took\s+away|taken\s+away|taken\s+(?:to|from)|carr(?:ied|ying|y)|receiv(?:ed|ing|es|e)|transport(?:ed|ing|s)?|"
    r"flown|fl(?:ew|ying|y)|brought|bring(?:ing|s)?|deliver(?:ed|ing|s)?|repatriat(?:ed|ing|es|e)|"
    r"collect(?:ed|ing|s)?|remov(?:ed|ing|es|e)|load(?:ed|ing|s)?|sent|shipp(?:ed|ing)|arriv(?:ed|ing|es|e)|"
    r"aboard|on\s+board|missing|unaccounted|still\s+(?:to\s+be\s+)?(?:found|recovered)|"
    r"yet\s+to\s+be\s+(?:found|recovered)|plus"
)
_BODY_RECOVERY_VERBS = (
    r"recover(?:ed|ing|s)?|retriev(?:ed|ing|es|e)|uncover(?:ed|ing|s)?|unearth(?:ed|ing|s)?|exhum(?:ed|ing|es|e)|"
    r"pull(?:ed|ing|s)?\s+(?:out|from)|dug\s+out|dig\s+out|extract(?:ed|ing|s)?|found|find(?:ing|s)?|locat(?:ed|ing|es|e)|"
    # bodies a witness saw or counted at one place: the part of the dead seen there
    r"saw|seen|see|sees|counted|count(?:ing|s)?|display(?:ed|ing|s)?|lay|lying|lie|lined\s+up|piled|stacked|photographed"
)
# Before a number: a verb right before the bodies ("uncovered 219 bodies", "received 282 bodies").
BODY_LOGISTICS_BEFORE_RE = re.compile(
    rf"\b(?:{_BODY_LOGISTICS_VERBS})\s+(?:(?:the|a\s+total\s+of|a\s+further|another)\s+)?$", re.I)
BODY_RECOVERY_BEFORE_RE = re.compile(
    rf"\b(?:{_BODY_RECOVERY_VERBS})\s+(?:(?:the|a\s+total\s+of|a\s+further|another)\s+)?$", re.I)
# After a number: its bodies (within two words).
BODY_NOUN_AFTER_RE = re.compile(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{_BODY_NOUNS})\b", re.I)
# After a number: its bodies, then a verb in the same clause (no conjunction or other number between).
_SAME_CLAUSE = r"(?:(?!\b(?:and|but|while|whereas|who|which|whom)\b)[^;:.\d]){0,60}?"
BODY_LOGISTICS_AFTER_RE = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{_BODY_NOUNS})\b,?{_SAME_CLAUSE}\b(?:{_BODY_LOGISTICS_VERBS})\b", re.I)
BODY_RECOVERY_AFTER_RE = re.compile(
    rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{_BODY_NOUNS})\b{_SAME_CLAUSE}\b(?:{_BODY_RECOVERY_VERBS})\b", re.I)
# "the bodies of 64 victims were flown home": a number after "bodies of", the verb after it.
BODIES_OF_BEFORE_RE = re.compile(rf"\b(?:{_BODY_NOUNS})\s+of\s+(?:the\s+|some\s+|about\s+)?$", re.I)
BODIES_OF_LOGISTICS_AFTER_RE = re.compile(rf"^{_SAME_CLAUSE}\b(?:{_BODY_LOGISTICS_VERBS})\b", re.I)
# "displaying the bodies of six people killed": a recovery verb before "the bodies of".
BODIES_OF_RECOVERY_BEFORE_RE = re.compile(
    rf"\b(?:{_BODY_RECOVERY_VERBS})\s+(?:the\s+)?(?:{_BODY_NOUNS})\s+of\s+(?:the\s+|some\s+|about\s+)?$", re.I)

# After a number of injured: the same people died later ("three policemen gravely injured earlier
# have died in hospital", "two soldiers wounded in the attack later died of their wounds"): the
# dead, not the hurt. No conjunction, relative pronoun or other number between.
DIED_LATER_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:gravely|seriously|critically|badly|severely|mortally)\s+)?(?:injured|wounded|hurt)\b"
    r"(?:(?!\b(?:and|but|while|whereas|where|when|whom|who|which|one|two|three|four|five|another|others?)\b)[^,;.:\d]){0,70}?"
    r"\b(?:(?:have|has|had|later|since|subsequently|then|also)\s+)*(?:died|succumbed|passed\s+away|perished)\b", re.I)

# After a number: the people found safe or traced ("120 people accounted for", "some 190 residents
# have now been accounted for"): the opposite of the missing, no count of harm. "unaccounted for"
# does not match (the word must start with "accounted").
ACCOUNTED_FOR_AFTER_RE = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}?(?:(?:were|are|have|has|had|been|was|now|since|all|safely)\s+)*accounted\s+for\b", re.I)
# After a number opening a sentence's first figure: counted beyond an earlier count ("three other
# deaths occurred in a second fire", "two others died later"): the size of an addition, placed by
# the sentence before (`document.drop_increments`), never a toll of its own.
OTHERS_AFTER_RE = re.compile(r"^\s+others?\b", re.I)
# Before a number in its clause: what someone expects or predicts the count to be ("they expected a
# figure of 150,000 dead by Monday", "aid groups predict 20,000 deaths", "a projected 5,000"): a
# forecast, hedged, never a reported count. "unexpected" does not match.
EXPECTATION_BEFORE_RE = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|predict(?:s|ed|ing)?|project(?:s|ed|ing)|forecasts?|forecasting)\b"
    r"(?!\s+(?:to\s+)?(?:last|end|finish|continue|take)\b)", re.I)
# Words opening a yes/no question ("Could the fire have killed 1,000 people?", "Did 300 really
# die?"): a headline or lede that asks about a figure states none. Wh-questions ("Why did 40
# people die?") take the count as given and are not listed.
QUESTION_OPENERS: frozenset[str] = frozenset({
    "could", "can", "did", "do", "does", "has", "have", "had", "is", "are", "was", "were", "will",
    "would", "might", "may", "should", "must",
})
# Before a number of dead: their names made public or who they were established ("released the
# names of 10 additional people who died", "the identities of 54 bodies have been confirmed"): the
# identified so far, a status part of the toll.
NAMES_OF_BEFORE_RE = re.compile(r"\b(?:names|identities)\s+of\s+(?:the\s+|all\s+|another\s+)?$", re.I)

# ---------------------------------------------------------------------------------------------
# One count of two outcomes of harm (measures.md: neither the dead nor the missing / injured).
# ---------------------------------------------------------------------------------------------
# Disasters and attacks are often summed as "dead or missing", "dead and missing", "killed or
# injured", "casualties" in the narrow sense: the sum is no count of either outcome. `cues`
# holds the after-number form "left 95 people dead or missing"; these are the other ways news
# writes the same sum.
_DEAD_WORDS = r"dead|killed|died|deaths|fatalities|death\s+toll"
_OTHER_OUTCOME_WORDS = r"missing|unaccounted(?:\s+for)?|injured|wounded|hurt|injuries"
# After a number: "killed or went missing", "were killed or have gone missing" (a verb of its own
# before the second outcome), "13,000 dead, missing from cyclone" (a headline's comma for "or"),
# "dead/missing", "300 people were killed or injured", "left 40 dead and wounded". The second
# outcome ends the phrase: "killed 3 and injured many others" has an object of its own.
COMBINED_OUTCOME_AFTER_RE = re.compile(
    rf"^[^,;.\d]{{0,40}}?\b(?:{_DEAD_WORDS})\s*(?:\s(?:or|and|and/or)\s|/|,\s*)\s*"
    r"(?:(?:are|were|was|still|remain|remained|went|have\s+gone|had\s+gone|gone|have\s+been|had\s+been|been|left)\s+)?"
    rf"(?:{_OTHER_OUTCOME_WORDS})\b"
    r"(?!\s+(?:\w+\s+)?(?:others?|more|people|persons|dozens|scores|hundreds|thousands|residents|civilians|\d))", re.I)
# Before a number, in its clause: the summed outcomes name the level the number gives, as what a
# level noun counts ("the number of dead and missing rose to 138,000", "the previous estimate for
# the dead and missing was slightly below 134,000", "a combined toll of killed and wounded of
# 250") or as the subject of a level verb ("the dead and injured numbered about 500"). No number
# and no clause break stands between them; "hospitals treating the dead and injured said 45 had
# died" names the sum but gives it no level.
_COMBINED = rf"(?:{_DEAD_WORDS})\s*(?:\s(?:or|and|and/or)\s|/|&)\s*(?:the\s+)?(?:{_OTHER_OUTCOME_WORDS})\b"
_LEVEL_NOUNS = r"numbers?|toll|count|tally|totals?|estimates?|figures?|sum"
_LEVEL_VERBS = (r"rose|risen|rises|rising|stood|stands|numbered|numbers|reached|reaches|topped|tops|totaled|totalled|totals|"
                r"climbed|climbs|jumped|passed|exceeded|is|was|were|are|came\s+to|comes\s+to")
# A count of casualties broken down at once into the dead and another outcome ("the number of
# casualties is 642 (358 dead, 228 injured, 56 missing)", "869 people: 512 are dead, 295 wounded"):
# the sum of the outcomes, never the dead. Before the number, "casualt..." in its clause; after it,
# a colon or bracket that opens the breakdown.
CASUALTY_SUM_BEFORE_RE = re.compile(r"\bcasualt(?:y|ies)\b[^.;!?\d]{0,60}$", re.I)
CASUALTY_SUM_AFTER_RE = re.compile(
    rf"^\s*(?:people|persons|victims)?\s*[:(\u2013\u2014-]\s*[^.;!?]{{0,40}}?\b(?:{_DEAD_WORDS})\b"
    rf"[^.;!?]{{0,60}}?\b(?:{_OTHER_OUTCOME_WORDS})\b", re.I)
COMBINED_OUTCOME_BEFORE_RE = re.compile(
    rf"\b(?:{_LEVEL_NOUNS})\s+(?:of|for)\s+(?:the\s+|those\s+)?(?:people\s+|persons\s+)?(?:(?:who\s+)?(?:were|are)\s+)?"
    rf"{_COMBINED}[^\d;:.!?()]{{0,70}}$"
    rf"|\b(?:the|those)\s+{_COMBINED}\s+(?:(?:has|have|had|now)\s+)?(?:{_LEVEL_VERBS})\b[^\d;:.!?()]{{0,30}}$", re.I)

# A multiplier is no count: "the toll should be multiplied by 10", "she would 'multiply by 10' the
# official count", "ten times higher than the official figure", "a threefold rise".
MULTIPLIER_BEFORE_RE = re.compile(r"\bmultipl(?:y|ied|ies|ying)\s+(?:it\s+|that\s+|this\s+|them\s+)?by\s*[\"'“‘]?\s*$", re.I)
MULTIPLIER_AFTER_RE = re.compile(r"^\s*-?\s*(?:times|fold)\b", re.I)

# After a number: people in care ("120 were in the hospital with various injuries", "40 are
# hospitalized", "15 remain in critical condition", "three of the victims have since been treated
# and released"): a count of the hurt, whatever verb of death
# stands in a clause coordinated with it ("killed 12 and 120 were in hospital"). Not who, being in
# care, then died ("three people who were in hospital have died").
IN_CARE_AFTER_RE = re.compile(
    r"^\s+(?:(?!(?:who|that|which|and|but|while)\b)[^\W\d][\w-]*\s+){0,4}?(?:(?:are|were|is|was|remain|remains|remained|have|has)\s+)"
    r"(?:still\s+|since\s+)?(?:been\s+)?"
    r"(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed|being\s+treated|treated\s+and\s+released|treated\s+for|receiving\s+(?:medical\s+)?treatment|"
    r"in\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition)\b(?![^.;]*\b(?:died|dead|succumbed)\b)", re.I)

# Between a number and a measure word after it: an aside that tells what some of the counted people
# suffered ("83,000 people -- mostly women and children, some injured -- crossed the border", "300
# villagers, many of them wounded, reached the camp"): a part described, never the count's measure.
ASIDE_PART_BEFORE_CUE_RE = re.compile(
    r"(?:--|—|–|\(|,)[^—–()\d]*?\b(?:some|many|several|a\s+few|most|few|dozens|hundreds)\s+(?:of\s+(?:them|whom)\s+)?"
    r"(?:(?:were|are|badly|seriously|slightly|lightly)\s+)?$", re.I)

# Around a number: the people a disaster affected, who are at risk or who need aid ("flooding has
# affected 1.5 million people", "2 million people were affected", "some 600,000 are in need of
# aid"): the reach of the event over a population, no count of any measure, even when a death cue
# follows in a relative clause ("affected 1.5 million people in X, where 120 were killed").
# "displaced or otherwise affected" starts with a measure of its own and is not matched here.
AFFECTED_BEFORE_RE = re.compile(
    r"\b(?:affect(?:ed|s|ing)?|impact(?:ed|s|ing)?)\s+(?:the\s+lives\s+of\s+)?(?:an\s+estimated\s+|some\s+|about\s+|around\s+|"
    r"roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|as\s+many\s+as\s+)*$", re.I)
AFFECTED_AFTER_RE = re.compile(
    r"^\s+(?:(?!(?:and|or|but|who|that|which|while)\b)[^\W\d][\w-]*\s+){0,2}?(?:(?:were|are|have\s+been|had\s+been|was|is)\s+)?(?:(?:badly|severely|directly)\s+)?"
    r"(?:affected|impacted|at\s+risk|in\s+(?:urgent\s+)?need)\b", re.I)
# After a number: a web page's time stamp ("33m ago", "2h ago", "5 mins ago", "Updated 3 hours
# ago"), page furniture that often runs into the next headline ("33m agoMan arrested ..."): how
# long ago something was posted, never a count of people.
TIME_AGO_AFTER_RE = re.compile(
    r"^\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s*ago",
    re.I)

# People the police look for are no victims: "search underway for 2 suspects", "are looking for two
# men", "Police seek two men in connection with a shooting", "a manhunt for three gunmen". They
# may be missing ("searching for 30 people trapped"), never dead, hurt or held.
SOUGHT_PEOPLE_BEFORE_RE = re.compile(
    r"\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)|hunt(?:s|ed|ing)?|manhunt|seek(?:s|ing)?|sought|"
    r"on\s+the\s+lookout)\s+(?:(?:is\s+|was\s+)?(?:underway|continues|continuing|on)\s+)?(?:for\s+)?"
    r"(?:the\s+|a\s+|another\s+)?$", re.I)
# Measures the people sought can still be counted by.
SOUGHT_PEOPLE_MEASURES: frozenset[str] = frozenset({"missing"})
# Someone counting aloud ("One, two, three, four, five dead, he said, showing photographs"): at
# least this many numbers rising by one, with only a comma (or "and") between them.
COUNTING_MIN_RUN = 3
COUNTING_GAP_RE = re.compile(r"^\s*,\s*(?:and\s+)?$|^\s+and\s+$", re.I)
