"""Word lists for statements, stances and framing (data only; the logic lives beside it).

Every list is a named constant so a reviewer can see, and a test can pin, what each signal is.
"""

from __future__ import annotations

# --- quotations ------------------------------------------------------------------------------
# Opening -> closing quotation marks. Straight double quotes pair with themselves.
QUOTE_PAIRS: dict[str, str] = {"“": "”", '"': '"', "«": "»", "„": "“"}
# Inner (nested) quotation marks: a quote inside a quote keeps its own speaker.
INNER_QUOTE_PAIRS: dict[str, str] = {"‘": "’"}
# (opener, closer) pairs of mismatched marks that still close a quotation when the closer follows
# a word and no letter follows it: copy-edited text mixes curly and straight marks ("“…everyone,"
# she said"); a straight mark inside a curly quote otherwise opens nothing (inner quotes are single).
MIXED_QUOTE_CLOSERS: frozenset[tuple[str, str]] = frozenset({("“", '"'), ('"', "”")})
# Closing marks mistyped as opening ones where a paragraph opens a quotation ("\n”Fear. I am
# afraid …” ― Ana Ruiz"): at a line start, followed by a letter, they open a quote they close.
MISTYPED_OPENERS: dict[str, str] = {"”": "”"}
# A quotation this short (in words) is a label or scare quote, not a statement: "peaceful protesters".
MIN_QUOTE_WORDS = 5
# A quote may run over this many characters (multi-paragraph quotes in long articles stop here).
MAX_QUOTE_CHARS = 4000
# A quotation split by its attribution ("“…,” Ann Lee, the group's policy chief, said in an
# interview, “but …”"): at most this many characters between the halves.
SPLIT_QUOTE_GAP = 160
# Verbs by which a speaker cites evidence for what they say ("said, citing polls"): a quotation
# beside them is the speaker's own words (`component._own_words`), unlike "quoting Y".
CITING_LEMMAS: frozenset[str] = frozenset({"cite"})
# A short quote followed by its speaker's name and a description in apposition, then the verb
# ("“We delivered,” Rep. Ann Lee, chair of the budget committee, said"): the description runs to at
# most this many characters.
SHORT_QUOTE_APPOSITION_CHARS = 90
# Marks of a quote that may run on into the next paragraph without being reopened there, when
# that paragraph closes it (`quotes._closes_next_paragraph`; some outlets' paragraphing drops the
# reopening mark): double marks only, as a single one may be an apostrophe.
UNREOPENED_QUOTE_MARKS: frozenset[str] = frozenset({"“", '"'})
# A line that closes a block quote: "– said X", "— writes the Telegram channel Y".
CLOSING_DASHES = "–—―-"
# A quote signed on its own line end by a dash and a bare name ("“…” ― Ana Ruiz"): the
# signature of a reader's letter or a social-media post; the name runs at most this many words.
SIGNATURE_DASHES = "–—―"
MAX_SIGNATURE_WORDS = 6
# An embedded post's author as its signature names it ("— Ministry of Information, Publicity &
# Broadcasting (@InfoMinZW) March 16, 2019") has at most this many words.
MAX_POST_AUTHOR_WORDS = 8
CLOSING_VERBS: frozenset[str] = frozenset({
    "said", "says", "writes", "wrote", "stated", "states", "added", "adds", "noted", "notes",
    "told", "tweeted", "posted", "declared", "explained", "insisted",
})

# "The ministry's spokesman: “…”": a speaker before a colon is at most this many words.
MAX_COLON_SPEAKER_WORDS = 8
# Entity labels of a named subject that can speak the quote after its clause's colon ("Ruiz was
# quick to answer: “…”"), and whose naming between two quotes ends a continued quotation.
COLON_CLAUSE_SPEAKER_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP"})
# A transcript line or a headline led by a speaker and a colon ("MORALES: We will not sign.",
# "Ruiz: Talks Have Failed"): the speaker is a name of at most this many words, and what follows
# at least MIN_QUOTE_WORDS words.
MAX_LINE_SPEAKER_WORDS = 3
# Words that lead a line with a colon without being anyone ("Update:", "Watch:").
NOT_LINE_SPEAKERS: frozenset[str] = frozenset({
    "update", "updated", "note", "editor", "editors", "correction", "related", "watch", "read",
    "photo", "photos", "video", "listen", "see", "source", "sources", "warning", "breaking",
    "exclusive", "analysis", "opinion", "live", "transcript", "q", "a", "question", "answer",
    "when", "where", "what", "who", "why", "how", "date", "time", "location", "contact", "email",
    "tags", "topics", "share", "advertisement", "caption", "credit", "step", "part", "chapter",
})
# Verbs besides CLOSING_VERBS that mark a short quote right before them as said ("“Why?” she asked").
SHORT_QUOTE_VERBS: frozenset[str] = frozenset({"asked", "asks", "replied", "replies", "answered", "shouted",
                                               "continued", "recalled", "joked", "responded", "laughed"})
# Heads of a cited object that is a source, not an argument ("citing officials", "citing
# sources close to the talks"): such a "cite" relays, it makes no statement.
SOURCE_HEADS: frozenset[str] = frozenset({
    "official", "source", "spokesman", "spokeswoman", "spokesperson", "ministry", "agency", "police",
    "authority", "witness", "expert", "analyst", "people", "person", "officer", "diplomat", "aide",
    "media", "newspaper", "reporter", "government", "department", "office",
})
# Participles that name the noun they follow ("a group called X", "a stream named Y"): no cue.
NAMING_PARTICIPLES: frozenset[str] = frozenset({"call", "name", "dub", "title", "label", "term"})
# Verb and particle pairs that are no speech ("failed to show up", "the tape showed off").
NON_CUE_PHRASALS: frozenset[tuple[str, str]] = frozenset({
    ("show", "up"), ("show", "off"), ("call", "off"), ("tell", "apart"), ("say", "goodbye"),
})
# Common nouns that lead a headline with a colon as its source ("Poll: Voters Abandon X").
LINE_SOURCE_NOUNS: frozenset[str] = frozenset({"poll", "survey", "study", "report", "audit", "investigation"})
# Cue lemmas that only talk about talking ("spoke to reporters", "refused to answer questions"):
# a statement only when they govern a clause (their object is a topic, not a claim).
CLAUSE_ONLY_CUES: frozenset[str] = frozenset({"speak", "answer", "comment", "talk"})
CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "parataxis"})
# ... or a topic they take up ("spoke of the legacy of racism", "commented on the shooting").
TOPIC_PREPS: frozenset[str] = frozenset({"about", "of", "on"})
# Verbs by which a source withholds comment ("declined to comment on the inquiry").
WITHHOLDING_LEMMAS: frozenset[str] = frozenset({"decline", "refuse", "fail", "want"})
# Objects of such a preposition that are no topic: "spoke on condition of anonymity", "on behalf
# of", "on the record", "on television".
NOT_TOPICS: frozenset[str] = frozenset({
    "condition", "background", "record", "behalf", "phone", "telephone", "television", "radio", "camera",
    "air", "tv", "stage", "floor", "line", "video", "film",
})

# --- cues --------------------------------------------------------------------------------------
# Cue lemmas whose statement contradicts or rejects a claim: the content is what is denied.
DENIAL_LEMMAS: frozenset[str] = frozenset({"deny", "reject", "dismiss", "refute", "dispute", "rebut"})
# Cue lemmas that charge someone: "X accused Y of Z" -> content "Y ... Z".
ACCUSATION_LEMMAS: frozenset[str] = frozenset({"accuse", "blame", "charge"})
# Cues the figures need ("put the toll at", "counted 40") that say nothing as statements.
# "quoting the ministry", "citing officials": the object is the source, not what is said.
NON_STATEMENT_CUES: frozenset[str] = frozenset({"put", "count", "record", "publish", "maintain", "quote", "cite"})
# Verbs by which a source takes a position without a verb of saying ("X criticized the plan",
# "X called the deal a disgrace", "X vowed to appeal"): attributions in the news sense (PolNeAR
# annotates them as such), found by the statements stage only (the figures need speech proper).
# Wants, plans, expectations and knowledge stay out: they are as often the outlet's narration
# ("the company plans to open") as a source's position.
STANCE_VERBS: frozenset[str] = frozenset({
    "call", "agree", "disagree", "point", "question", "attack", "propose", "endorse", "demand",
    "promise", "criticize", "criticise", "vow", "pledge", "reject", "express", "denounce", "blast",
    "condemn", "praise", "liken", "worry", "fear", "mock", "defend", "complain", "echo", "dispute",
    "dismiss", "refute", "decry", "lament", "bemoan", "rail", "slam", "hail", "applaud", "welcome",
    "threaten", "concede", "recommend", "characterize", "characterise", "label", "brand", "dub",
    "downplay", "wonder", "hope", "charge", "retort", "quip", "exclaim", "shout", "yell", "chant",
    "boast", "brag", "joke", "recount", "remark", "lash", "decline", "reference", "refer",
    "highlight", "invoke", "tout", "pitch", "champion", "oppose", "back",
})
# Verbs the trained cue tagger may mark that never make a statement of their own: light and
# auxiliary-like verbs whose statement is their complement's ("said he would *go*").
UNMARKABLE_CUES: frozenset[str] = frozenset({"be", "have", "do", "go", "get", "make", "take", "let"})
# A verb only the tagger marks is a cue when it governs a clause ("expect the bank to raise
# rates", "seems to think", "believes the deal will fail"): the tagger also marks deeds written
# like positions ("accepted the resignation", "stormed the buildings"), which say nothing.
MARKED_CUE_CLAUSES: frozenset[str] = frozenset({"ccomp", "xcomp"})
# ... or, when the tagger is surer of it, an object or a prepositional phrase: "cited the
# report", "attacked the plan", "sided with the unions", "responded by blaming X" (PolNeAR
# annotates these positions as attributions; the deeds the tagger also marks mostly fall below).
MARKED_CUE_OBJECTS: frozenset[str] = frozenset({"dobj", "prep", "dative", "oprd", "attr", "acomp", "agent"})
MARKED_OBJECT_CUE_PROBABILITY = 0.5
# A stance verb's holder is looked for at most this many verbs up a chain of participles and
# coordinated verbs ("X said …, calling …, and urging …").
SUBJECT_CLIMB = 3
# A verb in a prepositional clause takes the subject of the verb the clause hangs on: "She
# opened the hearing by saying …", "After calling the vote a fraud, he left" (not "for saying",
# where the clause is the reason someone else acts on the holder: "criticized him for saying").
SUBJECT_PREPS: frozenset[str] = frozenset({"by", "after", "before", "while", "when", "in", "without", "upon", "on"})
# A share of a surveyed group speaks for its members ("63 percent said the economy is weak",
# "a majority say …", "Twelve percent indicated …"): the entity label a share carries, and the
# nouns that head one.
SHARE_LABELS: frozenset[str] = frozenset({"PERCENT"})
SHARE_NOUNS: frozenset[str] = frozenset({"percent", "%", "majority", "minority", "plurality", "half", "third", "quarter"})
# A relative clause or a noun's participle takes the noun it describes as its holder ("the
# department, which reported …", "a tweet attacking the mayor"), not the relative pronoun.
RELATIVE_DEPS: frozenset[str] = frozenset({"relcl", "acl"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"which", "who", "that", "whom"})
# A verb with a subject of one of these kinds holds no position of its own subject's ("he was
# dismissed", "it was expected"): no climbing past it.
OWN_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubjpass", "csubj", "csubjpass", "expl"})
# ... unless the verb is passive and says by whom: "the plan was criticized by rights groups",
# "the story was first reported by a local paper" (the agent holds the position).
PASSIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubjpass", "csubjpass"})
# The content of a verb only the tagger marks: its objects, complements and prepositional phrases.
MARKED_CONTENT_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "dobj", "prep", "dative", "oprd", "attr",
                                                 "acomp", "agent", "parataxis"})
# Such a content, and a stance verb's, may be this short: "attacked Clinton" holds a position on
# one named target (a speech verb's object is not a statement: "told him").
MIN_MARKED_CONTENT_WORDS = 1
# Entity labels of a subject that can hold a position for a verb only the tagger marks (a
# building, a place or an event named as the subject of "collapses", "continues" says nothing).
MARKED_CUE_HOLDER_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Stance verbs that need a complement to take a position: "called the deal a disgrace",
# "called for talks", "called on voters", "pointed out", "pointed to the record" (not "called
# his mother", "pointed at the door"); lemma -> dependency labels or particles/prepositions that
# qualify it.
STANCE_NEEDS: dict[str, frozenset[str]] = {
    "call": frozenset({"oprd", "ccomp", "xcomp", "for", "on"}),
    "point": frozenset({"out", "to"}),
    "refer": frozenset({"to"}),
    "lash": frozenset({"out"}),
    "back": frozenset({"dobj"}),
    "welcome": frozenset({"dobj"}),
    "express": frozenset({"dobj"}),
}
# Speakers as written that are the quoted speaker's own voice: a cue inside a quotation with one
# of these subjects ("“…, I think, …”", "“we believe …”") hedges the quote; it is not a second
# statement.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
# Other pronouns as a speaker inside a quotation ("“… he said, ‘…’ …”", "“if you think …”",
# "“they thought …”") point into the quoted speaker's own story, where the narration's people do
# not reach: the pronoun cannot be resolved from the article, and the cue is part of the quote.
# (A named speaker inside a quotation keeps the inner statement: "“The captain told us, ‘…’”".)
QUOTED_PRONOUNS: frozenset[str] = frozenset({"you", "he", "she", "they", "it", "me", "us", "him", "her", "them",
                                             "one", "somebody", "someone", "everybody", "everyone"})
# A pronoun speaker ("he said") is looked for among the names at most this many characters back.
PRONOUN_REACH = 1500
# Dependency labels of a clause's subject: the salient referent of a later "he said".
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
# A main-clause subject this close before a pronoun speaker is its referent before any nearer
# name in a subordinate clause.
SALIENT_REACH = 300
# Documents that "say" what their authors wrote ("the ad says", "the letter states"), by family
# (an "advertisement" is the "ad" named before): such a speaker stands for whoever the text said
# made, sent or signed it, as the subject of a verb whose object is that document ("the campaign
# released an ad", "ninety scholars signed a letter") or its possessor ("the group's resolution").
# Words opening a document speaker written with its modifiers ("the lawsuit from Nebraska and
# Oklahoma, where …"): the head noun names the document only when it is one already known.
DEFINITE_ARTICLES: frozenset[str] = frozenset({"the", "this", "that"})
DOCUMENT_FAMILIES: dict[str, str] = {
    "ad": "ad", "advertisement": "ad", "commercial": "ad", "spot": "ad", "mailer": "ad",
    "letter": "letter", "resolution": "resolution", "memo": "memo", "memorandum": "memo",
    "petition": "petition", "lawsuit": "lawsuit", "suit": "lawsuit", "complaint": "lawsuit",
    "filing": "lawsuit", "brief": "lawsuit", "video": "video", "email": "email", "e-mail": "email",
    "op-ed": "op-ed", "editorial": "op-ed", "pamphlet": "pamphlet", "flyer": "pamphlet", "leaflet": "pamphlet",
    # "X said in a statement … “…,” the statement continued": a statement stands for its issuer
    "statement": "statement", "release": "statement",
}
# How far back (characters) the author of a document speaker is looked for.
DOCUMENT_AUTHOR_REACH = 2500
# Courtesy titles and the pronoun they go with ("Mrs. Lund ... she said").
TITLE_GENDER: dict[str, str] = {
    "mr": "he", "sir": "he", "mrs": "she", "ms": "she", "miss": "she", "madam": "she",
}
# Pronouns that refer to one person (and so take a gender).
PERSONAL_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
# Reported content shorter than this (in words) is an object, not a statement ("urged him").
MIN_CONTENT_WORDS = 3
# Noun cues ("a statement") make a statement only with a clause of their own ("the claim that …").
NOUN_CUE_CONTENT_DEPS: frozenset[str] = frozenset({"ccomp"})
# A speaker named in a closing line stops at these ("– said the opposition leader on the air").
SPEAKER_STOP_RE = r"\.\s|\s(?:on|in|at|during|from|after|before|while|via)\s|\s\w+ing\s|,"
# Verb-cue dependents that hold what was said.
CONTENT_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "oprd", "dative"})
# Prepositions after a cue that carry content ("accused them of looting", "warned about").
CONTENT_PREPS: frozenset[str] = frozenset({"of", "about", "for", "as"})
# Words opening a clause a verb of saying holds though the parser hangs it loose ("did not say
# when the vote would be held"; not "if", which makes a condition).
QUESTION_WORDS: frozenset[str] = frozenset({"when", "whether", "how", "why", "where", "what", "who", "which"})
# ... and, after a verb of answering, how it answered ("responded by blaming X", "replied with
# attacks on the mayor").
RESPONSE_PREPS: dict[str, frozenset[str]] = {
    lemma: frozenset({"by", "with"}) for lemma in ("respond", "reply", "answer", "react", "retort", "hit")
}

# --- stance signals -----------------------------------------------------------------------------
# Phrases an outlet writes to say a claim is unsupported.
NO_EVIDENCE_PHRASES: tuple[str, ...] = (
    "without providing evidence", "without offering evidence", "without evidence",
    "without providing any evidence", "offered no evidence", "provided no evidence",
    "presented no evidence", "no evidence", "unsubstantiated", "unfounded", "baseless",
    "without citing evidence", "did not provide evidence", "unverified",
)
# Words in the outlet's own voice that contradict what precedes ("a claim that has been debunked").
DISPUTE_PHRASES: tuple[str, ...] = (
    "false claim", "falsely", "debunked", "is not true", "was not true", "untrue", "a lie",
    "disinformation", "propaganda", "contrary to", "in fact",
)
# Words that put distance between the outlet and a label.
DISTANCE_WORDS: tuple[str, ...] = ("so-called", "so called", "self-styled", "alleged", "supposed", "purported")

# --- speakers: roles and origin classes ------------------------------------------------------
# Role nouns a text gives a speaker ("the president", "opposition leader"); longest first wins.
# A definite description speaker ("the governor said", "the Texas senator said") names the person
# the text last gave that title, written in full or abbreviated before the name ("Gov. Ann Lee",
# "Senator Lee"): description noun -> the titles that carry it (lower case, without the dot).
DESCRIPTION_TITLES: dict[str, frozenset[str]] = {
    "governor": frozenset({"gov", "governor"}),
    "senator": frozenset({"sen", "senator"}),
    "congressman": frozenset({"rep", "representative", "congressman"}),
    "congresswoman": frozenset({"rep", "representative", "congresswoman"}),
    "representative": frozenset({"rep", "representative"}),
    "president": frozenset({"president"}),
    "mayor": frozenset({"mayor"}),
    "sheriff": frozenset({"sheriff"}),
    "secretary": frozenset({"secretary", "sec"}),
}
# A description speaker with no titled antecedent ("the president said" where the text writes
# only "Mr. Obama"), or one of these nouns ("the presumptive nominee said"), names the article's
# protagonist: the person named most, at least this many times.
PROTAGONIST_DESCRIPTIONS: frozenset[str] = frozenset({
    "nominee", "candidate", "billionaire", "businessman", "businesswoman", "lawmaker", "congressman",
    "congresswoman", "senator", "governor", "president", "mayor", "leader", "chairman", "chairwoman",
})
PROTAGONIST_MENTIONS = 3
# A role description with no titled antecedent ("the spokeswoman said", "the director said")
# names whoever the text tied that role noun to before (`descriptions.role_antecedent`): entity
# labels of such a name, and the prepositions of an unnamed source's affiliation ("a spokeswoman
# for the ministry", "an aide to the senator", "a lawyer with the firm").
ROLE_NAME_LABELS: frozenset[str] = frozenset({"PERSON", "ORG"})
AFFILIATION_PREPS: frozenset[str] = frozenset({"for", "of", "at", "to", "with", "from"})
# Body nouns that stand for the organization last named as a subject ("the group said" after "The
# Civil Liberties Union sued …"), whatever its name.
GENERIC_SPEAKER_BODIES: frozenset[str] = frozenset({
    "group", "organization", "organisation", "company", "firm", "coalition", "charity", "nonprofit",
})
# A subject that "he" or "she" may stand for though no tagger marked it a person: a capitalized
# name of none of these labels, or a role noun ("the president was blunt. “…,” he said").
NOT_PERSON_LABELS: frozenset[str] = frozenset({
    "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE",
    "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL",
})
PERSON_ROLE_NOUNS: frozenset[str] = frozenset({
    "president", "senator", "governor", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson",
    "congressman", "congresswoman", "lawmaker", "leader", "chairman", "chairwoman", "secretary", "director",
    "candidate", "nominee", "official", "judge", "prosecutor", "sheriff", "chief", "commander", "ambassador",
    "aide", "attorney", "lawyer", "witness", "activist", "founder", "executive", "general", "king", "queen",
    "source",
})
# Heads of a description that news gives a person already named, as new information about them
# ("the former Alaska governor", "the presidential hopeful", "the Fox News host"), beside the role
# and title nouns above: written nowhere before, such a description stands for the person last
# named as a main clause's subject (`speakers._epithet`). Words for anyone ("man", "woman") and
# for people an article brings in unnamed ("cameraman", "reporter") are not among them.
EPITHET_HEADS: frozenset[str] = frozenset({
    "hopeful", "frontrunner", "front-runner", "contender", "challenger", "incumbent", "politician",
    "legislator", "journalist", "host", "anchor", "commentator", "pundit", "pro", "mogul", "tycoon",
    "magnate", "star", "celebrity", "veteran", "firebrand", "entrepreneur", "developer", "investor",
    "justice", "jurist", "actor", "actress", "singer", "author", "businessman", "businesswoman",
})
# A description speaker has at most this many words ("the former Texas governor").
MAX_DESCRIPTION_WORDS = 4
# Part-of-speech tags of plural nouns: a plural role ("the senators") stands for no one name.
PLURAL_NOUN_TAGS: frozenset[str] = frozenset({"NNS", "NNPS"})
ROLE_PHRASES: tuple[str, ...] = (
    "opposition leader", "opposition politician", "foreign minister", "interior minister",
    "prime minister", "defense minister", "defence minister", "health minister", "press secretary",
    "human rights activist", "police chief", "state news agency", "news agency",
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "senator", "governor",
    "mayor", "ambassador", "official", "officials", "activist", "witness", "resident", "residents",
    "analyst", "expert", "lawmaker", "prosecutor", "general", "commander", "chairman", "leader",
    "ministry", "office", "police", "government", "authorities", "army", "military", "embassy",
)
# Origin classes for sourcing; the first class whose words occur in the speaker's name (or role)
# wins, so the more specific classes come first.
ORIGIN_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # a government speaking from abroad, usually of its own nationals ("Velna's foreign ministry
    # said 136 of its citizens died"): not the authorities of the place where it happened
    ("foreign government", (
        "foreign ministry", "foreign office", "ministry of foreign affairs", "foreign affairs ministry",
        "embassy", "consulate", "state department", "foreign minister", "ambassador",
    )),
    ("state media", (
        "state media", "state news", "state television", "state tv", "state-run", "state agency",
        "state broadcaster", "state-owned", "official news agency", "state radio",
        "tass", "ria novosti", "ria", "sputnik", "xinhua", "kazinform", "khabar", "irna",
        "rt ", "cctv", "global times", "tasnim", "fars news",
    )),
    ("rights groups", (
        "human rights", "rights group", "rights centre", "rights center", "amnesty", "rights watch",
        "red cross", "red crescent", "ombudsman", "watchdog", "united nations", "un ", "unicef", "ngo",
        "doctors' committee", "doctors committee", "committee of doctors", "doctors' union", "doctors union",
        "medical association", "physicians", "monitoring group", "monitor", "observatory", "advocacy",
        "legal aid", "lawyers' group", "defenders", "liberties", "campaign group", "charity",
        # independent counts by scholars, for sourcing the same side as monitors
        "researchers", "study", "university", "institute for", "survey", "findings",
    )),
    ("opposition", (
        "opposition", "dissident", "activist", "protest leader", "protesters", "demonstrators",
        "democratic choice", "exiled", "critic",
    )),
    ("witnesses", ("witness", "local resident", "resident", "eyewitness", "survivor", "bystander", "a man", "a woman",
                   "relative", "family", "families", "villager", "neighbour", "neighbor", "doctors", "medics",
                   "nurse", "journalists on the scene")),
    ("unnamed", (
        "a source", "sources", "source familiar", "anonymity", "unnamed", "some ", "people familiar",
        "person familiar", "observers", "reports", "media reports",
    )),
    ("media", (
        "news agency", "newspaper", "channel", "outlet", "media", "afp", "reuters", "associated press",
        "telegram", "tv", "television", "broadcaster", "magazine", "journalist", "reporter", "bbc", "cnn",
        "times", "news", "post", "journal", "herald", "tribune", "guardian", "telegraph", "gazette", "daily",
        "radio", "network", "press",
        "ap", "upi", "dpa", "efe", "ansa", "bloomberg", "anadolu", "kyodo", "yonhap", "bernama", "antara",
        "pti", "ani", "ians", "agence france-presse", "tally", "count by",
    )),
    ("officials", (
        "president", "minister", "ministry", "government", "official", "authorities", "police",
        "spokesman", "spokeswoman", "spokesperson", "office", "army", "military", "prosecutor",
        "governor", "mayor", "embassy", "kremlin", "white house", "state department", "council",
        "committee", "parliament", "senator", "lawmaker", "commander", "general", "akim", "security",
        "department", "agency", "guard", "defense", "defence", "sheriff", "coroner", "chief", "commissioner",
        "inspector", "superintendent", "director", "secretary", "chancellor", "premier", "deputy",
        "marshal", "prefect", "magistrate", "judge", "investigators", "spokesman", "administrator",
        "gov.", "gen.", "maj", "col.", "lt.", "sgt.", "bureau", "headquarters", "collector", "prefecture",
        "firefighters", "rescue workers", "rescue teams", "law enforcement", "force", "nhs", "health service",
        "disaster agency", "civil defense", "civil defence", "civil protection", "national guard",
        # the body answerable for the site speaks for it as officials do ("the operator said")
        "hospital", "company", "operator", "firm", "corporation", "airline", "railway", "rescuers",
        "fire service", "fire brigade", "coast guard", "emergency", "disaster management", "coroner",
        "court", "judiciary", "mayor's", "municipality", "city hall", "district", "province", "region",
    )),
)
# A speaker in none of the classes above (another outlet, an analyst, a named person).
OTHER_ORIGIN = "other"
# Statements the outlet makes in its own voice count here.
OWN_ORIGIN = "own"

# --- labels: what an outlet calls the actors and the event ---------------------------------
# class -> label words (matched as whole words, plural forms included). An outlet's choice among
# these is its framing: "protesters" vs "rioters" vs "terrorists".
LABELS: dict[str, tuple[str, ...]] = {
    "protesters": (
        "protesters", "protestors", "demonstrators", "rioters", "rebels", "insurgents", "terrorists",
        "bandits", "militants", "extremists", "citizens", "civilians", "activists", "looters",
        "mobs", "mob", "crowds", "thugs", "criminals", "fighters", "peaceful protesters",
        "armed groups", "gangs",
    ),
    "event": (
        "protests", "unrest", "riots", "uprising", "revolt", "rebellion", "coup attempt",
        "attempted coup", "coup", "attempt at a coup", "massacre", "tragedy", "terrorist attack",
        "aggression", "revolution", "demonstrations", "disturbances", "violence", "crisis",
        "insurrection", "clashes", "unrests",
    ),
    "security forces": (
        "security forces", "police", "troops", "soldiers", "army", "military", "peacekeepers",
        "law enforcement", "riot police", "occupiers", "punishers",
    ),
    "government": ("government", "regime", "authorities", "junta", "dictatorship", "leadership", "administration"),
}

# --- own-voice claims ---------------------------------------------------------------------------
# An unattributed sentence becomes an own-voice statement (a candidate for propositions) only
# when it makes a claim about causes, blame or character; plain narration stays out. Stems.
CLAIM_STEMS: tuple[str, ...] = (
    "foreign", "abroad", "extern", "outside", "overseas", "terror", "militant", "coup", "behind",
    "orchestrat", "coordinat", "organiz", "organis", "plann", "instigat", "provocat", "peaceful",
    "criminal", "bandit", "extremist", "aggression", "massacre", "regime", "trained", "financ",
    "fund", "puppet", "overthrow", "seize power", "headquarter", "accus", "blame", "responsib",
    "genocide", "crackdown", "brutal", "legitimate", "illegitimate", "lie", "false", "propaganda",
)

# --- propositions: lexical evidence ------------------------------------------------------------
# No sentence-embedding package that ships its weights on PyPI is installed (see the module
# docstring of `propositions`), so "the same claim in other words" is found from lexical
# evidence: TF-IDF over stemmed content words plus these concept classes, which let different
# wordings of one claim meet ("foreign militants" / "terrorists trained abroad" / "an external
# aggression"). Stem prefix -> concept.
CONCEPTS: dict[str, str] = {
    "foreign": "FOREIGN", "abroad": "FOREIGN", "extern": "FOREIGN", "overseas": "FOREIGN",
    "outside": "FOREIGN", "international": "FOREIGN", "foreigner": "FOREIGN", "interfer": "FOREIGN",
    "from abroad": "FOREIGN", "afghanistan": "FOREIGN", "middle east": "FOREIGN",
    "terror": "ARMED", "militant": "ARMED", "bandit": "ARMED", "extremist": "ARMED", "fighter": "ARMED",
    "gang": "ARMED", "armed": "ARMED", "jihad": "ARMED", "islamist": "ARMED", "rebel": "ARMED",
    "attack": "ATTACK", "aggression": "ATTACK", "assault": "ATTACK", "invad": "ATTACK", "seiz": "ATTACK",
    "coup": "COUP", "overthrow": "COUP", "power grab": "COUP", "seize power": "COUP", "constitutional order": "COUP",
    "coordinat": "ORGANIZED", "orchestrat": "ORGANIZED", "organiz": "ORGANIZED", "organis": "ORGANIZED",
    "plann": "ORGANIZED", "behind": "ORGANIZED", "led by": "ORGANIZED", "instigat": "ORGANIZED",
    "headquarter": "ORGANIZED", "trained": "ORGANIZED", "training": "ORGANIZED", "financ": "ORGANIZED",
    "peaceful": "PEACEFUL", "nonviolent": "PEACEFUL", "non-violent": "PEACEFUL", "unarmed": "PEACEFUL",
    "protest": "PROTEST", "demonstrat": "PROTEST", "rall": "PROTEST", "unrest": "UNREST", "riot": "UNREST",
    "uprising": "UNREST", "violence": "UNREST", "clash": "UNREST",
    "kill": "DEATH", "dead": "DEATH", "death": "DEATH", "shoot": "SHOOT", "fire": "SHOOT", "gun": "SHOOT",
    "arrest": "ARREST", "detain": "ARREST", "price": "PRICES", "fuel": "PRICES", "gas": "PRICES",
    "provocat": "PROVOCATION", "criminal": "CRIMINAL", "crime": "CRIMINAL", "loot": "CRIMINAL",
    "troop": "TROOPS", "peacekeep": "TROOPS", "csto": "TROOPS",
}
# A concept (or a pair of concepts) weighs this much; a word its IDF times WORD_WEIGHT. Concepts
# dominate because outlets word one claim differently far more often than they share words.
CONCEPT_WEIGHT = 2.0
WORD_WEIGHT = 0.5
# Two contents make one proposition at this cosine similarity or more (tuned on the
# NeuS-AllSides dev split and the founding articles: 0.34 split every wording of one claim,
# 0.18 joins a story's distinct claims) and when they share a concept or two content words.
MERGE_THRESHOLD = 0.25
# Words that carry no claim.
STOPWORDS: frozenset[str] = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being this that
these those it its they them their he she his her we our you your i me my not no so than then there
here have has had do does did will would can could should may might must also into over after
before about up down out said says say according told during while which who whom whose what when
where why how all any some such more most other only own same very just both each few many much
""".split())
# Longest neutral wording kept for a proposition's text, in words.
PROPOSITION_WORDS = 18
