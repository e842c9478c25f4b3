"""Data for the number parser (`counterpoint.text.numbers`): words, scales, qualifiers, currencies.

Kept apart from the parsing logic so the vocabulary can grow without touching code. All keys
are lower case; multi-word phrases are tuples of words.
"""

from __future__ import annotations

from .lexicon import MONTHS, TENS_WORDS, UNIT_WORDS  # noqa: F401  (shared words, read as W.*)

# Month names that are also a modal or a verb, as written in lower case ("about 70 may have
# died", "20 march on parliament"): a date writes them with a capital, so only then do they mask
# the number beside them as a day of the month.
VERB_MONTH_WORDS: frozenset[str] = frozenset({"may", "march"})
# Cardinal words below one hundred.
# Multipliers that may follow a number ("1.5 million", "two hundred", "a dozen").
SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12,
    # South Asian scales, common in Indian, Nepali and Pakistani papers ("2.5 lakh people")
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Scale words that make a count a round approximation when nothing else qualifies it: "a dozen
# people were hurt" is about twelve, not exactly twelve, as reporters write it.
APPROXIMATE_SCALES: frozenset[int] = frozenset({12})
# Dashes that join digits or a number word to its scale in some house styles ("150-thousand",
# "1.5-million", "two-hundred"): the scale still applies.
SCALE_JOINERS: frozenset[str] = frozenset({"-", "\u2010", "\u2011"})
# Abbreviated scales written against digits ("$2bn", "PS2.7m", "5k"); only trusted when glued
# to the digits, because "5 m" is usually metres.
SCALE_SUFFIXES: dict[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
# Vague counts, coded the conservative way conflict-data coders do (measures.md): a lower
# bound, qualifier at_least. Two-word forms first ("tens of thousands").
VAGUE_PHRASES: dict[tuple[str, ...], int] = {
    ("tens", "of", "thousands"): 10_000,
    ("hundreds", "of", "thousands"): 100_000,
    ("tens", "of", "millions"): 10_000_000,
    ("hundreds", "of", "millions"): 100_000_000,
    ("dozens",): 12,
    ("scores",): 20,
    ("hundreds",): 100,
    ("thousands",): 1_000,
    ("millions",): 1_000_000,
    ("billions",): 1_000_000_000,
}
# "several thousand", "a few hundred": at least the scale.
VAGUE_MODIFIERS: frozenset[str] = frozenset({"several", "few", "many"})
# "tens" alone only counts when followed by "of" + a noun ("tens of people").
VAGUE_TENS = 10

# Qualifier phrases written before the number, longest first when matching.
QUALIFIER_PHRASES: dict[tuple[str, ...], str] = {
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("upwards", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("above",): "more_than",
    ("just", "over"): "more_than",
    ("well", "over"): "more_than",
    ("north", "of"): "more_than",
    ("almost",): "almost",
    ("nearly",): "almost",
    ("close", "to"): "almost",
    ("just", "shy", "of"): "almost",
    # a level approached, not reached ("the toll climbed towards 10,000", "nearing 500")
    ("towards",): "almost",
    ("toward",): "almost",
    ("approaching",): "almost",
    ("nearing",): "almost",
    ("about",): "about",
    ("some",): "about",
    ("around",): "about",
    ("roughly",): "about",
    ("approximately",): "about",
    ("approx",): "about",
    ("an", "estimated"): "about",
    ("estimated",): "about",
    ("circa",): "about",
    ("~",): "about",
    ("at", "least"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("up", "to"): "up_to",
    ("as", "many", "as"): "up_to",
    ("as", "much", "as"): "up_to",
    ("as", "high", "as"): "up_to",  # "the toll could be as high as 50"
    ("as", "few", "as"): "at_least",  # "possibly as few as 24": the low end
    ("as", "low", "as"): "at_least",
    ("no", "more", "than"): "at_most",
    ("at", "most"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("fewer", "than"): "less_than",
    ("less", "than"): "less_than",
    ("under",): "less_than",
    ("below",): "less_than",
    ("just", "under"): "less_than",
    ("just", "below"): "less_than",
    ("sub",): "less_than",
    ("sub", "-"): "less_than",
    ("over", "than"): "more_than",
    # comparatives written before a bare number ("a toll far higher than 200")
    ("higher", "than"): "more_than",
    ("greater", "than"): "more_than",
    ("lower", "than"): "less_than",
}
QUALIFIER_MAX_WORDS = 3
# Verbs after which "up to" is a particle and a preposition ("the toll has risen up to 154").
RISE_BEFORE_UP_TO: frozenset[str] = frozenset({
    "risen", "rose", "rises", "rise", "rising", "gone", "went", "go", "goes", "climbed", "jumped",
    "shot", "moved", "crept", "edged", "soared",
})

# Verbs that move a count with an object between ("bringing the death toll up to 20", "pushed the
# tally up to 300"): "up" is their particle too, found this many words back.
RAISE_BEFORE_UP_TO: frozenset[str] = frozenset({
    "bringing", "brought", "bring", "brings", "raising", "raised", "raise", "raises", "pushing",
    "pushed", "push", "pushes", "taking", "took", "takes", "driving", "drove",
})
RAISE_UP_TO_WINDOW = 5
# Verbs whose particle is "over" ("handed over 441 bodies", "turned over 12 suspects"): the word
# right after them is no bound on the number.
OVER_PARTICLE_VERBS: frozenset[str] = frozenset({
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "took", "taken",
    "taking", "sign", "signed", "signing", "pass", "passed", "passing",
})

# Words that make an adjacent pair of numbers a range: "8,000-10,000", "8 to 10".
RANGE_DASHES: frozenset[str] = frozenset({"-", "–", "—"})
RANGE_WORDS: frozenset[str] = frozenset({"to"})

# Currency written before the number. "PS" and "Y=" are how £ and ¥ survive some ASCII feeds.
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "ps": "GBP", "¥": "JPY", "y=": "JPY", "₹": "INR", "rs": "INR", "₽": "RUB", "₸": "KZT",
    "rm": "MYR", "c$": "CAD", "a$": "AUD", "au$": "AUD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "chf": "CHF",
}
# Currency written after the number ("two billion dollars", "500 tenge").
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "ruble": "RUB",
    "rubles": "RUB", "roubles": "RUB", "rouble": "RUB", "tenge": "KZT", "shekel": "ILS",
    "shekels": "ILS", "francs": "CHF", "won": "KRW", "crowns": "DKK", "kroner": "DKK",
    "krona": "SEK", "kronor": "SEK", "lira": "TRY", "hryvnia": "UAH", "hryvnias": "UAH",
}
# Nationality words that narrow "dollars" ("Canadian dollars", "US dollars").
CURRENCY_NATIONALITY: dict[tuple[str, str], str] = {
    ("canadian", "USD"): "CAD", ("australian", "USD"): "AUD", ("hong", "USD"): "HKD",
    ("singapore", "USD"): "SGD", ("danish", "DKK"): "DKK", ("swedish", "DKK"): "SEK",
    ("norwegian", "DKK"): "NOK", ("new", "USD"): "NZD",
}
PERCENT_WORDS: frozenset[str] = frozenset({"%", "percent", "pc", "pct"})

# Words just before a number that report a change rather than a level ("rose 5%", "down 1%").
UP_WORDS: frozenset[str] = frozenset({
    "up", "rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains", "increased",
    "increase", "increases", "climbed", "climb", "jumped", "jump", "surged", "surge", "grew",
    "grow", "advanced", "added", "soared", "rallied", "+", "higher", "boosted", "lifted",
    "spiked", "trending",
})
DOWN_WORDS: frozenset[str] = frozenset({
    "down", "fell", "fall", "falls", "fallen", "dropped", "drop", "drops", "declined", "decline",
    "decreased", "decrease", "lost", "plunged", "plunge", "slipped", "slid", "tumbled", "sank",
    "shed", "eased", "dipped", "lower", "slumped", "cut", "reduced", "plummeted", "plummeting",
    "shrank", "contracted",
})
# Words allowed between a change word and its number ("rose by nearly 5%").
CHANGE_GAP_WORDS: frozenset[str] = frozenset({"by", "another", "further"})

# A bare four-digit integer in this span, with no unit, is read as a year, not a quantity.
YEAR_RANGE = (1500, 2200)
# Ordinal suffixes glued to digits ("22nd", "96th").
ORDINAL_SUFFIXES: frozenset[str] = frozenset({"st", "nd", "rd", "th"})
# Clock-time markers after a number ("10:27 PM", "5am").
TIME_WORDS: frozenset[str] = frozenset({"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "edt", "est", "pdt", "pst", "bst", "cet"})
# Words that may precede a number within a name yet are ordinary sentence words, not names.
NOT_NAME_WORDS: frozenset[str] = frozenset({
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "by", "for", "to", "with", "from",
    "about", "some", "over", "under", "than", "nearly", "almost", "around", "roughly", "just",
    "only", "all", "least", "most", "another", "those", "these", "its", "their", "his", "her",
    "our", "we", "they", "he", "she", "it", "i", "you", "were", "was", "are", "is", "be",
    "had", "have", "has", "killed", "said", "says", "estimated", "approximately", "up",
    "down", "rose", "fell", "top", "last", "first", "next", "past", "more", "less", "fewer",
    "but", "while", "as", "when", "if", "that", "which", "who", "after", "before", "since",
    "until", "between", "among", "including", "except", "per", "each", "every", "both",
    "exactly", "additional", "further", "sub", "gained", "lost",
})

# "gave up 517 yards": "up" after these verbs is a particle, not a change.
UP_PARTICLE_VERBS: frozenset[str] = frozenset({
    "give", "gave", "gives", "giving", "given", "make", "made", "makes", "set", "sets", "pick",
    "picked", "put", "sign", "signed", "take", "took", "open", "opened", "pay", "paid", "end",
    "ended", "show", "showed", "turn", "turned", "back", "backed", "came", "come", "wrap",
})
# Nouns that label rather than count the number after them ("category 4", "Game 7").
LABEL_NOUNS: frozenset[str] = frozenset({
    "category", "level", "game", "room", "unit", "route", "section", "row", "page", "chapter",
    "verse", "article", "line", "number", "no", "grade", "phase", "stage", "round", "season",
    "episode", "version", "vol", "volume", "zip", "channel", "flight", "gate", "platform",
    "highway", "interstate", "apartment", "suite", "lot", "block", "district", "ward", "precinct",
    "resolution", "amendment", "covid", "top", "class", "model", "series", "tier", "squad", "exit",
})
# Glued letters that scale the digits even without a currency sign ("4.3M sales", "$2bn").
UPPER_SCALE_SUFFIXES: dict[str, int] = {"M": 1_000_000, "B": 1_000_000_000, "K": 1_000, "BN": 1_000_000_000}
# Fraction words: "two-thirds", "a third of", "half of".
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}
MINUS_WORDS: frozenset[str] = frozenset({"minus", "negative"})
# Words before a fraction word that make it a part of something, not a quantity ("the final third
# of the pitch", "the first half of the year", "the bottom third of the table").
PART_OF_WHOLE_BEFORE: frozenset[str] = frozenset({
    "the", "first", "second", "this", "that", "last", "next", "final", "opening", "closing", "bottom",
    "top", "upper", "lower", "middle", "other",
})

# A ratio written as two counts: "one in five adults", "two out of three voters", "nine in every
# 10", "one of every four". The words between the two numbers, longest first.
RATIO_LINKS: tuple[tuple[str, ...], ...] = (
    ("out", "of", "every"), ("out", "of"), ("in", "every"), ("of", "every"), ("in",),
)
# Nouns after the second number that make "N in M" a tally over a span or a series, not a ratio
# ("scored 3 in 5 games", "two in three days", "won 7 in 10 matches").
RATIO_SPAN_NOUNS: frozenset[str] = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "game", "games", "match", "matches",
    "start", "starts", "race", "races", "season", "seasons", "attempt", "attempts", "try", "tries",
    "inning", "innings", "round", "rounds", "appearance", "appearances", "outing", "outings",
    "trip", "trips", "visit", "visits",
})

# "from $75 a barrel in October to $45.88": at most this many tokens between the end of the first
# number (and its unit) and "to"; these stop the search (a clause break, another "from").
FROM_TO_MAX_GAP = 7
FROM_TO_STOPS: frozenset[str] = frozenset({
    ",", ";", ":", "(", ")", "and", "or", "but", "while", "when", "which", "that", "who", "of",
    # a verb between: "to" is its own ("the count from three days of flooding climbed to 214")
    "is", "are", "was", "were", "has", "have", "had", "be", "been", "reached", "hit", "stood", "stands",
    "stand", "put", "brought", "bringing", "raised", "raising", "went", "goes", "came", "comes",
})

# "rose $2 to $75", "increased by $43.6 billion to $419.2 billion", "inflation rose 0.2% to 3.1%":
# after a word of change, "X to Y" with a unit on both is the size of the change and the level it
# reached, not a range, when Y is more than this many times X; a range of a change ("prices rose
# 2 to 3 percent", "fell 10-15%") spans less.
CHANGE_LEVEL_MIN_RATIO = 4.0

# Street addresses and block numbers are no quantities ("shot at 5918 Parkcrest St.", "the 3600
# block of Beheler Road", "9 E 71st St"): a number, an optional compass point, one to three
# capitalised words and a street suffix. Words that open a clause of a Title Case headline ("2 Shot
# On Main Street") are no part of a street name.
STREET_SUFFIXES: tuple[str, ...] = (
    "Street", "St", "Avenue", "Ave", "Av", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane",
    "Ln", "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Ter", "Parkway", "Pkwy", "Circle", "Cir",
    "Highway", "Hwy", "Trail", "Square", "Sq", "Plaza", "Pike", "Alley", "Crescent", "Close",
)
NOT_STREET_WORDS: tuple[str, ...] = (
    "On", "In", "At", "Near", "Of", "And", "The", "Off", "Along", "From", "To", "By", "Outside",
    "Inside", "After", "Before", "During", "For", "With",
)

# Words before "one" that make it a pronoun ("each one", "the same one"), not a count.
ONE_PRONOUN_BEFORE: frozenset[str] = frozenset({
    "each", "same", "no", "any", "every", "this", "that", "which", "another", "the", "last",
    "only", "new", "old", "big", "little", "right", "wrong", "other", "favourite", "favorite",
})
# Before a four-digit number these make it a year ("in 1999", "since 2011").
YEAR_PREPOSITIONS: frozenset[str] = frozenset({
    "in", "since", "by", "from", "until", "till", "of", "year", "early", "late", "mid", "circa",
    "before", "after", "during", "through", "to", "and", "between", "around", "spring", "summer",
    "autumn", "fall", "winter", "season", "fiscal", "fy", "'",
})
# Words after a bare four-digit number that show it counts something ("1500 people").
COUNT_NOUNS_AFTER: frozenset[str] = frozenset({"people", "persons", "police", "troops", "staff", "personnel"})
# Units of measure after a bare four-digit number: a size, not a year ("the 1520 sq m centre",
# "a 1600 km border").
MEASURE_UNITS_AFTER: frozenset[str] = frozenset({
    "sq", "square", "km", "kilometres", "kilometers", "metres", "meters", "m", "ft", "feet", "miles",
    "kg", "kilograms", "tonnes", "tons", "acres", "hectares", "mw", "kw", "gw", "mph", "cc", "hp",
})
# Plural nouns a year names as an attribute ("its 1988 sales", "the 2019 elections", "2018
# results"): the number stays a year though a plural follows.
YEAR_ATTRIBUTE_NOUNS: frozenset[str] = frozenset({
    "sales", "revenues", "earnings", "profits", "results", "elections", "olympics", "games", "finals",
    "accounts", "figures", "levels", "prices", "rates", "estimates", "forecasts", "polls", "floods",
    "protests", "riots", "attacks", "talks", "midterms", "primaries", "guidelines", "rules",
})
# Vulgar fraction characters, alone ("½ teaspoon") or after digits ("2½ years").
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125, "⅜": 0.375,
    "⅝": 0.625, "⅞": 0.875,
}
# Largest denominator of a fraction written after a whole number ("10 1/2 miles", "7 3/4 %"):
# a larger one is more likely a date or a score.
MIXED_FRACTION_MAX_DENOMINATOR = 16
# Largest number read as an age in "Name, 25," apposition.
MAX_AGE = 120


# Characters that stand between digit groups in place of a comma ("8\u201a046", "12\u2019500",
# "1\u202f250"): the low quotation mark is a comma mistyped by CMS keyboards and OCR, the
# apostrophes are the Swiss style, the thin spaces the SI style, U+066C the Arabic separator. Read
# as a comma only when groups of exactly three digits follow, so "'90s" or quotes stay untouched.
GROUP_SEPARATORS = "\u201a\u2019'\u2009\u202f\u066c"
