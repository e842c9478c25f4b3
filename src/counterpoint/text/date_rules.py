"""Word lists and thresholds for the date resolver (`counterpoint.text.dates`), kept apart from logic.

Everything here is data: names of months and weekdays, number words, the relative phrases news
writing uses, and the window used to infer a missing year.
"""

from __future__ import annotations

from .lexicon import MONTHS, TENS_WORDS, UNIT_WORDS  # noqa: F401  (MONTHS read as R.MONTHS)

# Weekday names and abbreviations; value = date.weekday() (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}

# Parts of a day that may follow or precede a day reference ("Wednesday evening", "early Sunday").
DAY_PARTS: tuple[str, ...] = (
    "morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight",
)

# Cardinal number words for "three days ago", "two weeks later".
NUMBER_WORDS: dict[str, int] = {
    **{w: v for w, v in UNIT_WORDS.items() if v > 0}, **TENS_WORDS,
    "a": 1, "an": 1, "a couple of": 2, "a few": 3, "several": 3, "a number of": 3, "some": 3, "many": 3,
}  # fmt: skip

# Ordinal words for "the fifth of January", "the third quarter"; value = the number.
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": 4, "final": 4,
}

# Decade words ("the nineties") -> the decade's tens digit within the 1900s.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Spelled-out years as spoken in broadcast transcripts: "nineteen ninety-seven".
CENTURY_WORDS: dict[str, int] = {"nineteen": 19, "twenty": 20}
# Spoken years take "ten" among the tens ("nineteen ten") and only one to nine as units.
YEAR_TENS_WORDS: dict[str, int] = {"ten": 10, **TENS_WORDS}
YEAR_UNIT_WORDS: dict[str, int] = {w: v for w, v in UNIT_WORDS.items() if 1 <= v <= 9}

# Day offsets from the anchor day (the publication date).
DEICTIC_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "this day": 0,
    "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
    "yesterday evening": -1, "the day before yesterday": -2,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow night": 1, "the day after tomorrow": 2,
}

# Day offsets from the previous date of the narrative (not from publication): "the next day".
NARRATIVE_DAYS: dict[str, int] = {
    "the next day": 1, "the following day": 1, "next day": 1, "the day after": 1,
    "a day later": 1, "the next morning": 1, "the following morning": 1, "the next evening": 1,
    "the next night": 1, "the following night": 1,
    "the day before": -1, "the previous day": -1, "the preceding day": -1, "a day earlier": -1,
    "the same day": 0, "that day": 0, "the same night": 0, "that night": 0, "that morning": 0,
    "that evening": 0, "that afternoon": 0, "later that day": 0, "earlier that day": 0,
}

# Narrative phrases too common in other senses to be searched for in running text ("the day of
# the attack"), but resolved when handed over as a date phrase.
NARRATIVE_DAYS_UNLOCATED: dict[str, int] = {"the day": 0}

# Words placing a period before / after / at the anchor: "last week", "next month", "this year".
RELATIVE_SHIFT: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "this past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    "this": 0, "current": 0, "the current": 0, "present": 0, "that": 0, "same": 0, "that same": 0,
}

# "last <month>" skips the month just past: news calls that "last month", so "last February"
# written in March 1998 is February 1997 (TimeML guidelines; TimeBank agrees).
LAST_MONTH_MIN_GAP = 2

# Shift words that count from the narrative's previous date, not from publication:
# "the following year", "the previous month".
# "the same week", "that same month" are the story's week or month, not publication's.
NARRATIVE_SHIFTS: frozenset[str] = frozenset({"following", "previous", "preceding", "prior", "that", "same",
                                              "that same"})

# "this weekend" written from this weekday on (Thursday = 3) is the coming one, unless a past-tense
# verb governs it; earlier in the week, the one just gone ("this weekend's storms", on a Monday).
WEEKEND_AHEAD_FROM = 3

# "the week before", "the month after", "the year earlier": one unit from the story's previous date.
AROUND_DIRECTIONS: dict[str, int] = {"before": -1, "earlier": -1, "after": 1, "later": 1}

# Counts too vague to place a date: "several years ago" is PAST_REF, not a year.
VAGUE_COUNTS: frozenset[str] = frozenset({"several", "a few", "a number of", "some", "many"})

# Phrases TimeML codes as PRESENT_REF / PAST_REF / FUTURE_REF (no calendar value).
PRESENT_WORDS: frozenset[str] = frozenset(
    {"now", "right now", "currently", "current", "presently", "at present", "at the moment",
     "the moment", "nowadays", "these days", "today's", "the present", "present", "at this time",
     "this time", "for now", "just now", "by now", "until now", "so far", "already",
     "the present time", "the current time", "this moment", "at this moment", "the present day",
     "this point", "at this point", "this stage", "at this stage", "the present moment",
     "the time being", "for the time being", "modern times", "the modern era", "our time", "our times"}
)
# ... and the present told with a judgement: "this crucial moment", "this critical juncture", "this
# late stage", "the present difficult time".
PRESENT_JUNCTURE = r"(?:at\s+)?(?:this|the\s+present|the\s+current)\s+(?:[a-z-]+\s+){1,2}(?:moment|juncture|stage|hour|point\s+in\s+time|time)"
PAST_WORDS: frozenset[str] = frozenset(
    {"recently", "recent", "the past", "previously", "earlier", "formerly", "once", "lately",
     "in the past", "the recent past", "former", "before", "past", "a while ago", "long ago",
     "some time ago", "sometime ago", "years ago", "the time", "several years ago", "recent years",
     "in recent years", "in recent months", "recent months", "recent weeks", "a few years ago",
     "recent days", "in recent days", "more recently", "the last few months", "the past few months",
     "the last few years", "the past few years", "the last few days", "the past few days",
     "past years", "the past several quarters", "recent weeks and months", "recent quarters",
     "the past several years", "past decades", "the past decade", "earlier years", "prior years",
     # a count-less "ago" places nothing on the calendar
     "days ago", "weeks ago", "months ago", "decades ago", "ages ago", "the other day", "recent times",
     "in recent times", "the past few weeks", "the last few weeks", "the past several months",
     "the past several days", "the past several weeks", "the recent weeks", "the recent months",
     "the recent years", "past months", "past weeks", "previous years", "earlier times", "the old days",
     # "the then current price", "the then-president": the time of the story, not of publication
     "then current", "then-current", "the then current", "then prevailing", "then-prevailing",
     # a vague count before a narrative date: no calendar value either ("days earlier", "years before")
     "days earlier", "weeks earlier", "months earlier", "years earlier", "decades earlier",
     "days before", "weeks before", "months before", "years before", "decades before", "centuries ago",
     "generations ago"}
)
FUTURE_WORDS: frozenset[str] = frozenset(
    {"the future", "future", "in the future", "soon", "shortly", "later", "the near future",
     "the coming years", "coming years", "coming months", "the coming months", "eventually",
     "as soon as possible", "someday", "one day", "a year or two", "the near term", "the short term",
     "the long term", "near term", "future quarters", "coming quarters", "a later date", "later date",
     "the years ahead", "the months ahead", "the weeks ahead", "in the coming weeks", "coming weeks",
     "the coming days", "coming days", "the coming weeks", "the coming months and years",
     "the next few years", "the years to come", "years to come", "the future years", "the days ahead", "in the coming days", "the coming decades",
     "the long run", "in the long run", "the medium term", "the longer term"}
)

# Seasons as TimeML codes them.
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
# The (first, last) month of each season in the northern-hemisphere news calendar: "last summer"
# written in October is the summer just ended, written in April the previous year's.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

# Fixed-day holidays news dates things by (month, day); year inferred like "December 25".
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1), "new years day": (1, 1),
    "new years eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
    "independence day": (7, 4), "the fourth of july": (7, 4), "july fourth": (7, 4),
    "bastille day": (7, 14), "armistice day": (11, 11), "veterans day": (11, 11),
    "remembrance day": (11, 11), "may day": (5, 1), "labour day": (5, 1),
    # not a holiday, but placed the same way ("since the first of the year")
    "the first of the year": (1, 1),
}

# Halves of a year: "the first half of 1998" is 1998-H1 (TimeML), not the year.
HALF_WORDS: dict[str, int] = {"first": 1, "second": 2, "last": 2, "latter": 2, "back": 2, "front": 1}


# Modifiers that narrow a period without changing its TIMEX3 value ("early January" is 2022-01).
PERIOD_MODIFIERS: tuple[str, ...] = (
    "the end of", "the beginning of", "the start of", "the middle of", "the rest of",
    "the latter part of", "the early part of", "the first part of", "the first days of", "the last days of", "the first weeks of",
    "end of", "beginning of", "start of", "middle of", "mid", "early", "late", "earlier",
    "later", "the early", "the late", "the mid",
)

# Leading words stripped from a phrase before matching: prepositions and frames of a date.
LEADING_WORDS: tuple[str, ...] = (
    "as of", "as at", "on", "in", "at", "by", "since", "until", "till", "from", "to", "through",
    "during", "before", "after", "around", "about", "circa", "of", "for", "starting", "beginning",
    "dated", "effective", "between", "up to", "ending", "over", "throughout", "into", "toward", "towards",
)

# Year inference for a bare "January 5" / "March": the publication year, unless the same month
# in the adjacent year is within this many days of publication (a January article's "December
# 16" is last December; a late-December article's "January 3" is next January). Tuned on
# TimeBank (dev): news names months of the current year far more often than nearest-month logic
# would say.
YEAR_SWITCH_DAYS = 183
# ... but outside a future-tense clause, a year-less date goes at most this far past publication
# (a late-December article's "January 3"); further ahead, this year's past one is meant ("in
# March", written in October). Tuned on TimeBank (dev): 45/75/100/130/183 days gave value
# accuracy .862/.864/.866/.866/.863; the smallest of the best is kept.
YEAR_SWITCH_FORWARD_DAYS = 100

# "the 1800s", "the early 1900s" name a century ("18", "19"), not the decade 1800-1809; from the
# 2000s on, news uses the hundreds for the decade ("the 2000s", the decade after the 1990s).
HUNDREDS_AS_CENTURY_BEFORE = 2000

# Two-digit years ("5.1.22") pivot: <= this -> 2000s, else 1900s.
TWO_DIGIT_YEAR_PIVOT = 49

# Plausible calendar years for a bare four-digit number ("in 1989"): wider numbers are not years.
MIN_YEAR, MAX_YEAR = 1800, 2199

# Largest count accepted in "N days ago" (beyond it the phrase is not a date we can place).
MAX_COUNT = 5000

# Phrases naming the month of publication ("by the end of the month" once the modifier is off).
THIS_MONTH_WORDS: frozenset[str] = frozenset({"the month", "the current month", "month-end", "month end"})

# Phrases naming the year of publication (or of the quarter the text is about).
THIS_YEAR_WORDS: frozenset[str] = frozenset(
    {"the year", "the full year", "the fiscal year", "the current fiscal year", "this fiscal year",
     "the whole year", "the entire year", "the calendar year", "the current calendar year",
     "this calendar year",
     # the end of the year as one word: "by year-end" is the year (TimeML's END is a modifier)
     "year-end", "year end", "year's end", "the year-end"}
)

# Financial copy: phrases meaning "the quarter the text reports" or "that quarter a year before"
# (TimeML codes them with the quarter named earlier in the document, e.g. 1989-Q3 / 1988-Q3).
SAME_QUARTER_WORDS: frozenset[str] = frozenset(
    {"the quarter", "the latest quarter", "the period", "the latest period", "the recent quarter",
     "the most recent quarter", "this quarter", "the three months",
     "the latest three months", "the fiscal quarter", "the just-ended quarter", "the reporting period",
     "that quarter", "that period", "the same quarter", "the same period", "quarter"}
)
# Words by which earnings copy judges a quarter it names with "a": "after a flat second quarter", "a
# strong fourth quarter" is that quarter (the article is the quarter's, not an indefinite one).
QUARTER_JUDGMENTS: frozenset[str] = frozenset(
    {"flat", "strong", "weak", "solid", "poor", "disappointing", "sluggish", "slow", "tough", "difficult",
     "good", "bad", "record", "robust", "dismal", "lackluster", "lacklustre", "profitable", "busy", "quiet",
     "stronger", "weaker", "better", "worse", "mixed"})
# ... but "the current quarter" is the one running at publication, not the one reported.
CURRENT_QUARTER_WORDS: frozenset[str] = frozenset({"the current quarter", "the current fiscal quarter"})
YEAR_AGO_QUARTER_WORDS: frozenset[str] = frozenset(
    {"a year ago", "a year earlier", "year-earlier", "year-ago", "the year-ago quarter",
     "the year-earlier quarter", "the year-ago period", "the year-earlier period", "a year before",
     "the corresponding period last year", "the same period last year", "the year-before period",
     "last year's quarter", "the same quarter last year", "the year-ago three months",
     "the year-earlier three months", "a year", "year-ago period", "year-earlier period",
     "the comparable year-ago quarter", "the comparable year-earlier quarter", "the comparable period",
     "the year-ago level", "the year-earlier level"}
)

# Words in a sentence that put a bare weekday in the future ("will meet on Friday"); otherwise a
# bare weekday in news copy is the most recent such day.
FUTURE_CUES = (
    # "than expected to" compares, it does not schedule; "set to resume", "likely to" do
    r"\b(?:will|won't|shall|is\s+to|are\s+to|scheduled|(?<!than\s)expected\s+to|plans?\s+to|planning\s+to|"
    r"(?:is|are|was|were)\s+set\s+to|set\s+to\s+(?:resume|begin|start|meet|open|close|visit|return)|likely\s+to|"
    r"due\s+to\s+(?:be|arrive|meet|start|begin|visit|return)|going\s+to|upcoming|"
    # a plan or an appointment told in the present: "the vote is set for Friday", "a ruling is due
    # Monday", "a decision is expected Friday", "talks are planned for next week", "hopes to sign"
    r"(?:set|slated|planned|pencilled|penciled)\s+for|slated\s+to|(?:is|are)\s+(?:expected|due))\b|'ll\b"
)

# Future cues that govern a date only when they come before it in its clause: an intention ("hopes
# to sign the bill on Monday"), a report's future ("said the vote would be held Sunday") or a delay ("adjourned the trial until Monday", "postponed to
# Thursday"). After the date they belong to another verb ("officials over the weekend became more
# open ... they hope to destroy his regime": the weekend is past).
FUTURE_BEFORE_CUES = (
    # "said the talks would resume on Friday": the future of a report (not "would have": a past unreal)
    r"\b(?:would(?!\s+have\b)|(?:hopes?|intends?|aims?|wants?|vows?|promises?|pledges?)\s+to|"
    r"(?:postponed|adjourned|deferred|delayed|put\s+off|pushed\s+back)(?:\s+\w+){0,3}?\s+(?:to|until|till))\b"
)

# A scheduling verb in the simple present just before a bare weekday: news tells what is planned in
# the present tense ("Arafat and Netanyahu meet Monday", "the summit opens Tuesday", "the team
# travels to Oslo on Friday"); past events are told in the past tense. Reporting verbs ("says
# Monday") are not here: a present "says" tells the day's report, not a plan.
SCHEDULE_PRESENT_CUE = (
    r"\b(?:meets?|opens|arrives|begins|starts|travels|visits|leaves|returns|resumes|holds|hosts|faces|"
    r"heads|flies|convenes|reconvenes|kicks\s+off|takes\s+effect|expires|goes\s+on\s+trial|"
    r"takes\s+place|goes\s+ahead|departs|reopens|closes|ends|"
    r"(?:is|are)\s+(?:meeting|visiting|travel(?:l)?ing|leaving|arriving|returning|flying|heading|holding))"
    r"(?:\s+\w+){0,4}?(?:\s+(?:on|next|this(?:\s+coming)?))?\s*$"
)

# A bare weekday in past-tense copy normally means the latest such day on or before publication.
# But an article updated after its dateline runs on past the last explicit date it gave ("On
# Wednesday, January 5, ... By Thursday night ..."). A weekday that would fall before the last
# explicit date resolves forward from that date instead when the words just before it put it
# later (FORWARD_WEEKDAY_CUE), or when the explicit date is on/after publication and going back
# would jump at least FORWARD_MIN_GAP_DAYS behind it (a writer would have said "last Thursday").
FORWARD_WEEKDAY_CUE = (
    r"\b(?:by|until|till|through|later|then|following|after|afterwards|next)"
    r"(?:\s+(?:on|that|in\s+the|late|early|the))*\s*,?\s*$"
)
FORWARD_MIN_GAP_DAYS = 5

# Words just before a date phrase that put it in the past whatever the rest of the clause says:
# "since March" (in a clause that also says "was scheduled to return"), "arrived Thursday for a
# tour likely to last a week" (a past verb governs the day; the future cue belongs to the tour).
# A past-tense verb is a word in -ed or a common irregular past form; participles that announce
# a plan ("scheduled", "expected", "planned", "slated") are not past cues.
PAST_BEFORE_CUE = (
    r"(?:\bsince|\b(?:\w+ed|said|met|was|were|had|did|came|went|began|took|gave|made|left|told|held|fell|"
    r"rose|won|lost|saw|found|sent|became|got|broke|hit|ran|struck|fled|spoke|shot|led|quit|paid|"
    r"sold|bought|brought|stood|wrote|chose|flew|drove|threw|swore|sought|fought|caught|taught|"
    r"began|ended|died)(?:\s+(?:on|late|early|last))?)\s*,?\s*$"
)
# A past-tense verb just before a year-less date (a preposition between at most; no future cue in
# the clause): the date names a day already gone, so it is never placed after publication ("the
# quarter ended Oct. 31", written on October 27, is last year's; "the protests began on January 2",
# written on December 30, are this year's). "to be completed around Nov. 1" is no past; a verb
# anywhere earlier in the clause is too loose ("said the dividend would be paid on Dec. 21").
PAST_CLAUSE_VERB = (
    r"(?<!\bbe )\b(\w+ed|said|met|was|were|had|did|came|went|began|took|gave|made|left|told|held|fell|"
    r"rose|won|lost|saw|found|sent|became|got|broke|hit|ran|struck|fled|spoke|shot|led|quit|paid|"
    r"sold|bought|brought|stood|wrote|chose|flew|drove|threw|swore|sought|fought|caught|taught|"
    r"ended|died)(?:\s+(?:on|in|late|early|last))?\s*,?\s*$"
    # irregular pasts that are also presents or participles: past only before a preposition ("the
    # record set on Aug. 6"; "has set Nov. 10 as the deadline" names a day to come)
    r"|(?<!to )(?<!be )\b(set|cut|put|shut|spread|hurt|kept|felt|sank)\s+(?:on|in)\s*,?\s*$"
)
# ... or a past-tense verb a few words earlier, the date in a prepositional phrase of its clause
# ("troops stormed the camp at dawn on 14 August", "the storm killed six people in August"): no
# infinitive, modal or new clause between ("agreed to meet in December", "said it would pay on
# Dec. 21" stay open).
PAST_CLAUSE_FAR = (
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bto )\b(\w+ed|was|were|had|did|came|went|began|took|gave|made|left|held|fell|rose|won|lost|saw|found|sent|"
    r"became|broke|hit|ran|struck|fled|shot|led|sold|bought|brought|stood|wrote|flew|drove|threw|fought|"
    r"caught|ended|died)"
    r"(?:\s+(?!(?:to|be|would|will|could|should|might|may|can|shall|that|which|who|when|if|and|or|but|"
    r"until|till|by|before|next|this|coming)\b)[\w'’-]+){1,6}\s+(?:on|in)\s*,?\s*$"
)
MODAL_WORDS = r"\b(?:would|could|might|should|must|may|can|will|shall)\b"
# "since" just before a date puts it in the past whatever the clause's tense ("prices have risen
# since December", "the worst flooding since March", "have been held since May 3").
SINCE_BEFORE = r"\b(?:ever\s+)?since\s*$"
# A future cue after the date that opens a conjunct of its own belongs to that conjunct's verb, not
# to the date's ("arrived on Tuesday and will stay a week", "met on Friday, then is to fly home"):
# "and" / "then" / "but" with at most one word (a subject pronoun, an adverb) before the cue.
NEXT_CONJUNCT = r"\b(?:and|then|but)\s+(?:[a-z]+\s+)?$"
# ... a day up to this many days after publication still counts as past (time zones, datelines).
PAST_SLACK_DAYS = 1

NOT_PAST_VERBS: frozenset[str] = frozenset(
    {"scheduled", "expected", "planned", "slated", "intended", "proposed", "needed", "hundred",
     "indeed", "speed", "red", "bed", "need", "feed", "seed", "weed", "reed", "deed", "bred", "shed"}
)

# Where a clause ends, for the future cue of a bare weekday: a "will" in another clause of the
# sentence ("Bush said on Tuesday the blockade will be extended") does not move the weekday.
CLAUSE_BREAK = r"[,;:()\[\]]|\s[-–—]+\s|\b(?:but|while|whereas|although|though|yet)\b"

# A photo caption or credit line kept in a scraped body ("Rescuers search the rubble on Monday,
# Oct. 31. (AP Photo/...)", "Image caption,", "Photo: Reuters"): its date dates the picture, so it
# never anchors the narrative phrases of the story ("the next day", "the previous day").
CAPTION_LINE = (
    r"\b(?:photo|image|picture|file\s+photo|caption|credit|photograph)\s*(?::|by\b|credit\b|source\b)"
    r"|\((?:AP|AFP|EPA|Reuters|Getty|Xinhua|Anadolu|Yonhap|AAP|PA)\b[^)]{0,40}\)\s*$"
    r"|\b(?:AP|AFP|EPA|Getty)\s+Photo\b|/(?:AP|AFP|REUTERS|Reuters|EPA|Getty\s+Images)\b"
    r"|\b(?:AP|AFP|REUTERS|Reuters|EPA|XINHUA|Xinhua)\s?/\s?[A-Z]"
)

# "on the 10th" is a day of the month only when no noun follows it: "on the 10th anniversary of
# the attack", "on the 5th day of the strike", "on the 3rd floor" are ordinals. A lowercase word
# after it must be one that follows a date phrase in running text ("on the 10th, police said",
# "on the 10th and 11th", "on the 10th at noon", "on the 10th in Varna").
DAY_ORDINAL_GUARD = (
    r"(?!\s+(?!(?:and|or|at|in|of|on|when|after|before|as|but|to|with|by|from|while|the|a|an|until|through|"
    r"till|during|around|about|near|for|into|amid|last|this|next|that|police|officials)\b)[a-z])"
)

# Words after a count that only say it is approximate ("a week or so ago", "a year or thereabouts
# earlier"): dropped before resolving, the count stands.
TRAILING_APPROXIMATORS: tuple[str, ...] = ("or so", "or thereabouts", "or more")
