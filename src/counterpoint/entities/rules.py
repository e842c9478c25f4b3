"""Word lists and patterns for NER repair and entity linking: heuristics as data, apart from logic.

Every list is lower-case and matched against normalized text (see `translit.fold`). They were
chosen by reading the founding corpus (`../shared/seeds`) and GVA dev articles; extend them
here, never in the code that applies them.
"""

from __future__ import annotations

import re

# Demonyms and nationality/religion adjectives: a group of people (NORP), never a person or org.
# spaCy's small model tags "Kazakh" as PERSON or ORG in running text.
DEMONYMS: frozenset[str] = frozenset(
    """
    kazakh kazakhs kazakhstani kazakhstanis kazakhstanian russian russians kyrgyz kyrgyzstani
    uzbek uzbeks tajik tajiks turkmen belarusian belarusians ukrainian ukrainians polish pole poles
    chinese american americans british english french german germans italian spanish turkish
    soviet afghan afghans iranian iraqi syrian arab arabs european europeans asian asians
    central asian western eastern muslim muslims christian christians orthodox islamic jewish
    georgian armenian azerbaijani korean koreans japanese indian pakistani
    african-american african american hispanic latino latina mexican canadian
    democrat democrats republican republicans
    """.split()
) | frozenset({"central asian", "russian orthodox", "african american"})

# News agencies and wire services: organizations even when the model says PERSON ("Sputnik").
# Matched on the first words of a span, so "Sputnik Kazakhstan" and "Yonhap News" count too.
NEWS_AGENCIES: frozenset[str] = frozenset(
    """
    sputnik afp yonhap reuters tass ap interfax ria novosti xinhua kyodo ansa efe dpa upi
    bloomberg kazinform kaztag akipress anadolu bernama pti irna bbc cnn ria-novosti itar-tass
    nexta
    """.split()
) | frozenset(
    # Social platforms a story cites ("Twitter users shared videos", "posted on Telegram"): companies,
    # never persons or places, whatever the model says.
    "twitter facebook instagram telegram whatsapp youtube tiktok weibo wechat vkontakte".split()
)

# Words before a name that make it a person ("President Kassym-Jomart Tokayev").
PERSON_TITLES: frozenset[str] = frozenset(
    """
    president prime minister premier chancellor king queen prince princess sheikh emir sultan
    senator governor mayor sheriff coroner officer detective sergeant sgt lieutenant lt captain capt
    chief deputy general gen colonel col major judge justice attorney prosecutor spokesman
    spokeswoman spokesperson secretary ambassador leader chairman chairwoman director
    mr mrs ms dr pastor reverend rev father bishop patriarch
    """.split()
)

# Words that end organization names: a span ending with one stays an organization.
ORG_SUFFIXES: frozenset[str] = frozenset(
    """
    organization organisation ministry committee council agency office department service
    university college school bank company corporation corp inc ltd llc group party movement
    union association federation front army guard police court parliament assembly government congress
    news media press channel tv radio times post journal herald tribune gazette network
    foundation institute center centre church mosque museum cathedral monastery hospital
    fc club railway railways railroad airline airlines brigade rescue force forces command militia
    """.split()
)
# Words of a company's name that no person's name has, in English and in the languages news names
# foreign companies in: legal forms ("A.S." folded to "as", "GmbH", "S.p.A.", "PT ... Tbk") and the
# business a firm names itself by ("Soma Komur" = coal, "Isletmeleri" = enterprises, "Madencilik" =
# mining). A span the model calls a person or a place that has one is an organization.
COMPANY_WORDS: frozenset[str] = frozenset(
    """
    holding holdings as gmbh ag nv bv plc srl sarl spa oy ab asa kk tbk bhd sdn ltda llp sas sae
    isletmeleri sanayi ticaret komur madencilik maden enerji insaat yapi celik tekstil
    industries industry enterprises mining coal energy steel cement textiles textile garments apparels
    apparel fashions knitting spinning construction engineering shipping logistics motors petroleum
    chemicals pharmaceuticals electronics telecom builders developers contractors
    """.split()
)
# Lower-case words after a name that make it a built place ("the Dharahara tower", "the Morandi
# bridge") or an administrative place ("Sindhupalchok district", "Gorkha village").
PLACE_UNIT_WORDS: frozenset[str] = frozenset(
    """district province county region village town city municipality prefecture governorate
    oblast valley""".split())
# Last words of a body's name that never name a place one is at ("South Eastern Railway", "Lisvane
# Council"): such a name the model calls a place is an organization. Not "hospital", "school",
# "church": buildings a story happens in.
BODY_NOT_PLACE_ENDINGS: frozenset[str] = frozenset(
    """
    railway railways railroad airline airlines council police ministry agency committee brigade
    service department corporation company party authority commission rescue army force forces command
    office militia
    """.split()
)

# Capitalized verbs that end headline fragments the model swallows into a name:
# "Vladimir Putin Sends", "Kazakhstan Announced".
HEADLINE_VERBS: frozenset[str] = frozenset(
    """
    sends says said announces announced warns warned calls called urges urged vows vowed
    asks asked blames blamed orders ordered signs signed meets met slams rejects rejected
    accuses accused arrives arrived visits visited speaks spoke declares declared dismisses
    dismissed fires fired appoints appointed resigns resigned thanks thanked requests requested
    slips slipped denies denied defends defended faces faced admits admitted condemns condemned
    backs backed pledges pledged promises promised refuses refused seeks sought offers offered
    agrees agreed insists insisted concedes conceded tells threatens threatened
    """.split()
)

# Surname endings typical of Kazakh/Russian/Slavic names: a lone word with one is person-shaped
# when the model calls it ORG ("Tokayev", "Nazarbayev"). Feminine/genitive -a forms included.
PERSON_SURNAME_ENDINGS: tuple[str, ...] = (
    # not -in: "Kremlin" is an organization, and "Putin" is tagged PERSON by the model anyway.
    "ov", "ev", "yev", "ova", "eva", "yeva", "enko", "uly", "kyzy", "skiy", "skaya",
)

# Function words skipped when forming an acronym from an expansion (CSTO <- Collective Security
# Treaty Organization) and stripped at the start of names ("the Collective ...").
ACRONYM_STOPWORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "in", "on", "&", "a", "an", "de"})
LEADING_DETERMINERS: tuple[str, ...] = ("the ",)
# First words of a noun phrase that counts or picks out unnamed things ("a woman", "an audit", "A pair of
# fires", "More than 700 homes", "the last people", "many"): such a phrase names no one entity, so a
# claim's speaker or a mention written so never becomes one.
NOT_A_NAME_FIRST_WORDS: frozenset[str] = frozenset(
    {"a", "an", "many", "some", "several", "more", "most", "both", "few", "last", "another", "each", "every",
     "any", "such", "other", "others", "none", "much", "less", "fewer", "dozens", "hundreds",
     "thousands", "bodies"})

# British -> American spellings folded in organization keys (Organisation = Organization).
SPELLING_FOLDS: tuple[tuple[str, str], ...] = (
    ("isation", "ization"),
    ("ise ", "ize "),
    ("defence", "defense"),
    ("centre", "center"),
    ("programme", "program"),
    ("labour", "labor"),
)

# Acronyms of international bodies news writes without ever spelling out, with their full names:
# a short acronym ("U.N.", "EU") joins its expansion in any document, and is never a place (the
# gazetteer knows a town "Un"). Keys are folded acronyms, values folded expansions.
KNOWN_BODY_ACRONYMS: dict[str, str] = {
    "un": "united nations", "eu": "european union", "who": "world health organization",
    "imf": "international monetary fund", "nato": "north atlantic treaty organization",
    "unicef": "united nations childrens fund", "wfp": "world food program", "icrc": "international committee of the red cross",
    "unhcr": "united nations high commissioner for refugees", "osce": "organization for security and cooperation in europe",
    "au": "african union", "asean": "association of southeast asian nations", "opec": "organization of the petroleum exporting countries",
    "oas": "organization of american states", "icc": "international criminal court", "hrw": "human rights watch",
    "iaea": "international atomic energy agency", "iom": "international organization for migration",
    "ocha": "united nations office for the coordination of humanitarian affairs",
    "ohchr": "office of the united nations high commissioner for human rights",
    "undp": "united nations development program", "fao": "food and agriculture organization",
    "ilo": "international labor organization", "icj": "international court of justice",
    "ifrc": "international federation of red cross and red crescent societies",
    "ecowas": "economic community of west african states", "sadc": "southern african development community",
    "csto": "collective security treaty organization", "sco": "shanghai cooperation organization",
    "oic": "organization of islamic cooperation", "gcc": "gulf cooperation council",
    "cis": "commonwealth of independent states", "cpj": "committee to protect journalists",
    "rsf": "reporters without borders", "msf": "doctors without borders", "wto": "world trade organization",
    "igad": "intergovernmental authority on development", "unesco": "united nations educational scientific and cultural organization",
}

# Prefixes dropped before a country name ("the Republic of Kazakhstan" is Kazakhstan).
COUNTRY_PREFIXES: tuple[str, ...] = (
    "the republic of ", "republic of ", "the kingdom of ", "kingdom of ", "the state of ",
    "the federal republic of ", "the people's republic of ",
)

# Suffixes naming a first-level region ("Mangystau Oblast", "Almaty Region", "Ohio State").
REGION_SUFFIXES: tuple[str, ...] = (
    " oblast", " oblysy", " region", " province", " state", " oblast'", " qalasy", " city",
)

# A person name must have a token of this shape; drops "Ctrl + Enter", "corr" and non-Latin junk.
PERSON_TOKEN = re.compile(r"^[A-ZА-ЯЁ][\w'’.\-]*$")
# Characters that never occur in a name.
NON_NAME_CHARS = re.compile(r"[+=@#/\\|<>{}\[\]:;!?\d]")

# Title-like words that are not given names and are dropped from person names before keying.
NAME_DROP_WORDS: frozenset[str] = PERSON_TITLES | frozenset({"kazakh", "russian", "of", "the"})

# Lower-case particles inside personal names ("Hizb ut Tahrir" aside): "Ibn", "bin", "van der".
NAME_PARTICLES: frozenset[str] = frozenset({"bin", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "la", "le", "du", "ul", "ut"})

# Abbreviated and extra titles stripped before a person's name is keyed ("Maj Gen Suhrawardy",
# "Gov. Ricardo Rossello", "Home Minister X"): with PERSON_TITLES, the words of a role.
EXTRA_TITLES: frozenset[str] = frozenset(
    """
    maj brig gov sen rep insp inspector commissioner minister ministers commander chief police ceo
    interior home foreign defence defense health finance justice state vice first former late acting
    interim general generals attorney prosecutor prosecutors head manager managing
    cdr supt det taoiseach helmsman engineer technician secretary spokesperson spokesman spokeswoman
    pope cardinal archbishop imam rabbi brigadier senior assistant adjunct superintendent
    """.split()
) | frozenset(
    # Offices and clerical ranks a wire writes capitalized before a name ("Undersecretary Omar Zendabi",
    # "Zone Administrator Haile Tesfaye", "State Counsellor Mya Zin", "Grand Ayatollah Ali Tarlani",
    # "Admiral Jan Novak"): without them the titled form becomes the person's canonical name.
    """
    undersecretary under-secretary administrator counsellor counselor adviser advisor ayatollah grand
    mullah mufti marshal admiral chairperson coordinator ombudsman
    """.split()
) | frozenset(
    # Academic titles written capitalized before a name ("Professor Jan Novak", "Prof. Jan Novak"):
    # without them the titled form becomes the person's name and the bare name another person.
    {"professor", "prof"}
)
# Nouns that describe who a person is, written (often in lower case) with what qualifies them before
# the name: "Sudanese army chief Jan Novak", "Tajik opposition leader Jan Novak", "human rights lawyer
# Jan Novak", "Nobel laureate Jan Novak", "Interior Ministry spokesman Jan Novak". The name is what
# follows the last of them (see `names.person_and_role`).
DESCRIPTOR_NOUNS: frozenset[str] = frozenset(
    """
    lawyer activist journalist reporter researcher analyst laureate dissident blogger lawmaker legislator
    mp envoy diplomat official commander candidate founder owner professor economist scientist expert
    seismologist geologist meteorologist historian editor columnist photographer writer author poet
    singer actor actress rapper footballer coach player cleric preacher monk priest nun councillor
    councilman councilwoman ombudsman rapporteur negotiator mediator leader chief head spokesman
    spokeswoman spokesperson minister president director chairman chairwoman secretary general
    """.split()
)
# Prefixes of a title joined by a hyphen that do not change the role's word ("ex-President").
TITLE_PREFIXES: frozenset[str] = frozenset({"ex", "former", "vice", "deputy", "acting"})
# Leading title words that make up a role, in the order a reader writes them; the role is the
# title words as written, lower-cased ("prosecutor general", "president", "interior minister").
ROLE_WORDS: frozenset[str] = PERSON_TITLES | EXTRA_TITLES
# Abbreviated titles spelled out in a role ("Maj Gen" -> "major general").
ROLE_SPELLED: dict[str, str] = {
    "gov": "governor", "maj": "major", "gen": "general", "brig": "brigadier", "sen": "senator",
    "rep": "representative", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "insp": "inspector", "rev": "reverend", "cdr": "commander", "supt": "superintendent", "det": "detective",
    "si": "sub-inspector", "asi": "assistant sub-inspector", "sp": "superintendent of police",
    "comr": "commissioner", "adj": "adjunct", "sr": "senior", "ig": "inspector general",
    "dig": "deputy inspector general", "cpo": "chief public relations officer",
    "prof": "professor",
}
# Capitalized words that may stand before a title without being a name ("Railway Spokesperson X",
# "Odisha's Chief Secretary X", "Fire Brigade Commissioner X"): at most this many of them.
TITLE_MODIFIER_MAX = 2
# Words never part of a role even though they may precede a name.
NOT_ROLE_WORDS: frozenset[str] = frozenset({"mr", "mrs", "ms", "dr", "the", "former", "late", "of"})

# Organization names: words that are the same head ("Disaster and Emergency Management Authority"
# / "... Agency" / "... Presidency") and modifiers that mean the same ("internal affairs" =
# "interior"); applied to folded words before comparing organizations by their word sets.
ORG_HEAD_CLASSES: dict[str, str] = {
    "agency": "agency", "authority": "agency", "presidency": "agency", "directorate": "agency",
    "administration": "agency", "ministry": "ministry", "office": "office", "department": "department",
}
# Heads a body's own name uses interchangeably once the rest of its name is the same ("Zenda County
# Sheriff's Office" / "... Sheriff's Department", "Zenda Fire Department" / "Zenda Fire Service"): US and
# UK coverage, and two outlets of one country, call one body either. Applied only when the rest names
# it precisely (see `org_linking._join_head_variants`), never to "Health Department" / "Health Service".
# "agency" stands for its class (agency / authority / directorate ...): "Civil Protection Department" /
# "... Agency" / "... Authority" are one body as two outlets translate it.
ORG_INTERCHANGEABLE_HEADS: frozenset[str] = frozenset({"office", "department", "service", "agency"})
# A body's name needs at least this many words besides such a head for the heads to be one, unless
# one of them is the title of the office-holder it serves ("Sheriff's Office", "Coroner's Office").
ORG_HEAD_VARIANT_MIN_WORDS = 2
OFFICE_HOLDER_TITLES: frozenset[str] = frozenset(
    {"sheriff", "coroner", "mayor", "governor", "prosecutor", "attorney", "marshal", "ombudsman", "auditor",
     "treasurer", "comptroller", "president", "premier", "chancellor"})
ORG_PHRASE_FOLDS: tuple[tuple[str, str], ...] = (
    ("internal affairs", "interior"), ("home affairs", "interior"), ("home ministry", "interior ministry"),
    ("interior affairs", "interior"), ("foreign affairs", "foreign"), ("emergency situations", "emergency"),
    ("attorney general", "prosecutor general"), ("general prosecutor", "prosecutor general"),
    ("prosecutor generals", "prosecutor general"), ("general prosecutors", "prosecutor general"),
    ("prosecutors general", "prosecutor general"), ("prosecutors", "prosecutor"),
)
# Words dropped from an organization's word set: function words, "country", generic fillers.
ORG_FILLER_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "country", "national", "state", "s"})
# Words a name adds to a proper name without changing whom it names ("Anadolu Agency" = "Anadolu",
# "Arema FC" = "Arema"); a one-word organization joins the one longer name made of it and these.
ORG_GENERIC_TAILS: frozenset[str] = frozenset({"agency", "news", "fc", "club", "group", "network", "tv"})
# Words that cannot end an entity name: a span ending so was cut ("Ministry of Health of the").
FRAGMENT_END_WORDS: frozenset[str] = frozenset({"of", "the", "and", "for", "in", "on", "at", "a", "an", "to", "by"})
# Time words trailing an organization span ("... Agency on Thursday"): cut with their preposition.
TRAILING_TIME = re.compile(
    r"\s+(?:on|this|last|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"morning|evening|night|week)\b.*$", re.IGNORECASE)

# --- NER repair on real coverage (see `ner_repair`) ---
# First words of page furniture the model tags as names ("Follow Berita Okezone", "Share on ...").
BOILERPLATE_FIRST_WORDS: frozenset[str] = frozenset(
    {"follow", "share", "subscribe", "read", "click", "download", "watch", "sign", "advertisement", "photo",
     "video", "related", "comments", "leave", "check", "show"})
# Last words that make a span the name of a happening, not of an organization or a person
# ("Kanjuruhan Tragedy"): dropped from the entities.
EVENT_END_WORDS: frozenset[str] = frozenset(
    {"tragedy", "disaster", "massacre", "crush", "stampede", "explosion", "blast", "earthquake", "attack",
     "bombing", "bombings", "protests", "riots", "unrest", "collapse"})
# Last words of a place built or laid out by people ("Rana Plaza", "Kanjuruhan Stadium"): a FAC.
FACILITY_END_WORDS: frozenset[str] = frozenset(
    {"plaza", "tower", "towers", "stadium", "bridge", "port", "square", "mall", "market", "building", "arena",
     "airport", "station", "harbour", "harbor", "silo", "silos", "factory"})
# Words before a storm's name ("Hurricane Maria"): that name is not a person in this document.
STORM_WORDS: frozenset[str] = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical"})
# Words after a wildfire's name ("the Ridgeback Fire", "the Zenda fire", "the Zenda blaze"): the name
# of a happening, never a person. Capitalized and led by "the" it is the fire itself; without "the"
# ("Cal Fire said") an agency named for fires. Not "complex": "the Zenda complex" is a building.
FIRE_NAME_WORDS: frozenset[str] = frozenset({"fire", "wildfire", "blaze"})
# Last words of a place's name in the landscape ("Pine Hollow", "Cedar Gap", "Bear Creek", "Lost
# Springs"): a name of two words or more ending in one is a place, not a person or a body. No word
# that is also a surname ("Hill", "Hills", "Park", "Field", "Lake", "Ridge", "Grove", "Meadows").
TERRAIN_END_WORDS: frozenset[str] = frozenset(
    """hollow gap creek springs valley falls heights canyon gulch bluff bluffs flats junction crossing
    mesa bayou""".split())
# Verbs of speaking whose proper-noun subject the model left untagged is a person ("Widodo told").
SPEECH_LEMMAS: frozenset[str] = frozenset({"say", "tell", "add", "state", "announce", "explain", "warn"})
# Words that never extend a person's name (dates and months the model tags PROPN).
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())

# Common nouns for unnamed people a claim may cite ("officials said", "witnesses told"): a group of
# people, never an organization or a person. Not "police" or "authorities": bodies a reader names.
UNNAMED_PEOPLE: frozenset[str] = frozenset(
    """officials official witnesses witness residents sources source rescuers doctors medics activists
    experts survivors relatives families locals protesters demonstrators eyewitnesses volunteers
    analysts observers diplomats firefighters investigators evacuees engineers lawmakers soldiers troops
    workers miners passengers""".split())

# --- Types and names that hold on new coverage (issue 16): companies, channels, families, places ---
# Words that end a company's or a body's name in several languages ("Zenda Engineering", "Zenda
# Holding", "Strelsau S.p.A.", "Zenda GmbH"): a span ending with one is an organization, never a person.
COMPANY_END_WORDS: frozenset[str] = frozenset(
    """
    engineering holding holdings spa srl gmbh plc llp sarl consulting construction constructions
    industries industrie systems technologies logistics motors airways investments partners
    associates enterprises telecom broadcasting broadcasters newspaper agenzia agence agencia
    presse prensa stampa ministero ministere ministerio
    """.split()
)
# German and Nordic vowels with an umlaut and their spelling without one ("Tüv Süd" is written "TUEV
# SUED" by wires that keep to ASCII, "Tuv Sud" by others): an organization or a person written with
# one of these letters is the same written with its digraph or its bare vowel.
UMLAUT_DIGRAPHS: dict[str, str] = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
# Legal forms that end a company's name ("Zenda SA", "Zenda S.A.", "Strelsau AG", "Zenda Mining Ltd"),
# folded: the company is the same with or without them, and a name written with one is a company.
LEGAL_FORM_WORDS: frozenset[str] = frozenset(
    """sa inc incorporated ltd limited plc ag se gmbh corp llc nv bv spa srl sarl ab asa oyj kk co""".split())
ORG_SUFFIXES = ORG_SUFFIXES | COMPANY_END_WORDS  # one list for every rule that asks "does it end a body's name"
# Words inside an organization's name in other languages that are the English word ("Zenda Presse" =
# "Zenda Press", "Agence Zenda" = "Zenda Agency"): folded before organization names are compared.
ORG_WORD_EQUIVALENTS: dict[str, str] = {
    "presse": "press", "prensa": "press", "stampa": "press", "agence": "agency", "agencia": "agency",
    "agenzia": "agency", "ministere": "ministry", "ministerio": "ministry", "ministero": "ministry",
    "nationale": "national", "nacional": "national", "nazionale": "national", "interieur": "interior",
    "interno": "interior", "sante": "health", "salud": "health", "salute": "health",
    # one word in two spellings or numbers, or a translation's synonym (Russian and Chinese "procurator")
    "defence": "defense", "emergencies": "emergency", "procurator": "prosecutor", "procuracy": "prosecutor",
    "ministerie": "ministry", "comision": "commission", "comissao": "commission",
    "comite": "committee", "derechos": "rights", "direitos": "rights", "humanos": "human", "humanas": "human",
}
# Connecting words of Romance and Germanic organization names that the small model leaves out of the
# span ("Strade per l'Ruritania", "Fondation pour la Zenda"): a name, one of these, then a capitalized
# word is one organization's name. Not "de", "di", "da", "del", "della": particles of persons' names.
ORG_NAME_CONNECTORS: frozenset[str] = frozenset({"per", "pour", "für", "fur", "para", "pela", "pelo", "dello",
                                                 "degli", "delle", "dei"})
# Function words of other languages dropped from an organization's word set ("el Ministerio del
# Interior" = "Ministry of Interior").
ORG_FOREIGN_FILLERS: frozenset[str] = frozenset({"el", "del", "la", "las", "los", "le", "les", "de", "des", "du",
                                                 "di", "il", "lo", "per", "pour", "para"} | ORG_NAME_CONNECTORS)
# Lower-case words after a name that make it a family, not a person ("the Zenda family").
FAMILY_WORDS: frozenset[str] = frozenset({"family", "families", "clan", "dynasty"})
# Kinds of place written before "of" + a name ("the village of X", "the province of X") or right after
# the name ("the X province", "X district"): the name is that place, whatever the model called it.
PLACE_KIND_WORDS: frozenset[str] = frozenset(
    """
    village villages town towns city hamlet community commune province provinces region regions
    district districts prefecture prefectures municipality county counties governorate suburb
    neighbourhood neighborhood valley island islands oblast department
    republic
    """.split()  # "republic": "Zenda Republic" written for Zenda, a name no gazetteer knows
)
# Of those, the words that name an administrative area: "X Province" is also written "X" alone.
AREA_KIND_WORDS: frozenset[str] = frozenset(
    {"province", "region", "district", "prefecture", "municipality", "county", "governorate", "oblast"})
# Titles a reader keeps as part of the name ("King X", "Pope X", "Sheikh X"): the titled form is an
# alias of the person, the bare name stays the canonical one.
NAME_PART_TITLES: frozenset[str] = frozenset({"king", "queen", "pope", "prince", "princess", "sheikh", "emir",
                                              "sultan", "crown",
                                              # a cleric's rank readers write as part of his name
                                              "ayatollah", "grand", "mullah", "mufti"})
# Romanization folds for places written in French or English spelling of the same Arabic, Berber or
# other name ("Zenda Ouad" / "Zenda Wad", "Ech Chouf" / "Esh Shuf"): applied to folded words in order.
PLACE_SPELLING_FOLDS: tuple[tuple[str, str], ...] = (
    ("ou", "u"), ("w", "u"), ("ch", "sh"), ("kh", "h"), ("q", "k"), ("ee", "i"), ("dj", "j"), ("gh", "g"),
)
# Common nouns for the bodies in charge a claim may cite with a capital at a sentence's start
# ("Authorities said"): an organization, never a person.
UNNAMED_BODIES: frozenset[str] = frozenset({"authorities", "government", "police", "prosecutors", "ministry"})
# Kind words that lead a place's name ("Mount Zenda", "Lake Tarlen"): the name is also written
# without them ("Zenda").
PLACE_LEADING_KINDS: frozenset[str] = frozenset({"mount", "mt", "lake", "river", "cape"})
# Kinds of two words after a place's name: China's state-level areas ("Zenda New Area", "Zenda new
# district") are the place Zenda by its kind.
PLACE_KIND_PHRASES: tuple[tuple[str, str], ...] = (("new", "area"), ("new", "district"))

# --- organization names written several ways (issue 16) ---------------------------------------
# Standard abbreviations news writes inside a body's name ("UN Human Rights Office" = "United
# Nations Human Rights Office"): expanded (as written, upper case, with or without dots) before
# organization names are compared; a name spelled out is the canonical one.
NAME_ABBREVIATIONS: dict[str, str] = {
    "UN": "United Nations", "US": "United States", "USA": "United States", "EU": "European Union",
    "UK": "United Kingdom", "AU": "African Union", "UAE": "United Arab Emirates",
}
# Nationality adjectives made from a country's name by an ending: (ending, what replaces it) tried
# in order until a country the gazetteer knows is spelled ("Chadian" -> Chad, "Malian" -> Mali,
# "Sudanese" -> Sudan, "Syrian" -> Syria, "Iraqi" -> Iraq, "Turkish" -> Turkey, "Chilean" -> Chile).
DEMONYM_COUNTRY_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ese", ("", "a", "on")), ("ian", ("", "ia", "a", "e", "y")), ("ean", ("ea", "e")), ("an", ("", "a", "o")),
    ("ish", ("ey", "", "land")), ("i", ("", "ia")),
)
# Words of DEMONYMS that name a direction or region, never a country ("Central Committee"): they
# state no country of an organization.
DIRECTION_WORDS: frozenset[str] = frozenset({"central", "western", "eastern", "northern", "southern"})
# Nationality adjectives no ending rule reaches, with their country (folded).
DEMONYM_COUNTRY_IRREGULAR: dict[str, str] = {
    "british": "united kingdom", "german": "germany", "dutch": "netherlands", "swiss": "switzerland", "filipino": "philippines",
    "french": "france", "spanish": "spain", "greek": "greece", "thai": "thailand", "polish": "poland",
    "danish": "denmark", "swedish": "sweden", "finnish": "finland", "irish": "ireland", "emirati":
    "united arab emirates", "saudi": "saudi arabia", "burmese": "myanmar", "lao": "laos", "welsh": "wales",
    "scottish": "scotland", "ivorian": "ivory coast", "congolese": "congo", "malagasy": "madagascar",
}
# A one-word organization name this long at least may be the leading part of one longer name
# ("Zenda" for "Zenda per la Strelsau"): shorter words are too often a different body's first word.
LEADING_PART_MIN_LETTERS = 4
# Words that make a longer name a unit of the body its first word names ("Zenda School of Medicine",
# "Zenda University Hospital", "Zenda Police Department"): the one-word name does not join it.
SUB_BODY_WORDS: frozenset[str] = frozenset(
    """school university college hospital institute department ministry office committee council police
    court faculty center centre clinic laboratory lab museum library foundation division unit branch""".split())

# --- Arabic names in several romanizations (issue 16) -------------------------------------------
# The article "al-" in its spellings and its assimilated forms before sun letters ("ad-", "ash-",
# "ed-", "ez-"): a standalone particle inside a name is dropped before persons are compared
# ("Nour al-Din" = "Nour Din"), never the name's first or last word ("Ed Marwani", "Al Gore").
ARABIC_ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ul", "il", "ad", "ed", "ud", "as", "es", "ash", "esh", "ar", "er", "an", "en", "at", "et", "az", "ez"})
# The article glued to the end of a given name before a hyphen ("Nourel-Din", "Fathel-Rahman"):
# the name and the next word apart.
ARABIC_GLUED_ARTICLE = re.compile(r"\b([A-Z][a-z]{2,}?)(?:el|al|ul)-(?=[A-Z])")
# "Abdul", "Abdel", "Abd al-", "Abdul-" before a name: "servant of", one prefix in every spelling.
ARABIC_ABD_PREFIX = re.compile(r"\bAbd(?:[-\s]?(?:[aeu]l|[aeu]r|[aeu]s))?(?:[-\s]|(?=[a-z]{3,}))")
# The assimilated article glued to the start of a given name ("Eddin", "Uddin", "Ezzat" as
# "ed-din", "ud-din"): a vowel and a doubled sun letter, dropped inside a name (not at its end).
ARABIC_ASSIMILATED_START = re.compile(r"^[aeu]([dtsznr])\1(?=[a-z]{2,})")

# Honorifics written before a person's name in the languages news quotes (Burmese "Bogyoke", "Thakin",
# "Daw", "Sayadaw"; Arabic and Persian "Haji", "Sayyid", "Ustadh"; Malay "Datuk", "Tun"; Swahili
# "Mzee"): a name led by one is a person, whatever the model called it, unless a facility's or a
# body's word ends it ("Bogyoke Zaw Market" is a market named after him).
HONORIFIC_WORDS: frozenset[str] = frozenset(
    {"bogyoke", "thakin", "daw", "sayadaw", "haji", "hajji", "hajjah", "sayyid", "sayed", "ustadh", "ustad",
     "maulana", "mullah", "ayatollah", "datuk", "dato", "tun", "mzee", "mwalimu"})

# --- organizations named in their own language (issue 16, unseen coverage) -------------------------
# First words of a body's name in the languages news quotes names in untranslated (Spanish, Portuguese,
# French, Arabic in romanization, Indonesian): "Comisión Zendana de Derechos Humanos", "Centro
# Zendano de ...", "Tajammu al-Mihaniyin", "Lembaga Bantuan Hukum". A name of two words or more
# led by one is an organization, never a person or a place (unless the gazetteer knows the name).
# Folded (accents off); words that are also surnames or English words ("Cruz", "Camara", "Red", "Union",
# "Commission": "Commission President Jan Novak" is a person) left out.
FOREIGN_ORG_FIRST_WORDS: frozenset[str] = frozenset(
    """
    comision comite centro asociacion ministerio fiscalia policia secretaria instituto fundacion consejo
    movimiento frente partido sindicato colectivo defensoria procuraduria tribunal juzgado direccion
    coordinadora federacion confederacion alianza asamblea congreso organizacion observatorio
    oficina servicio unidad agencia universidad
    comissao associacao fundacao conselho movimento procuradoria confederacao federacao uniao coletivo
    ministere ligue syndicat conseil mouvement collectif observatoire gendarmerie
    tajammu hizb harakat haraka jamaat jamiat jamaa jabhat majlis ittihad lajnat lajna munazzamat wizarat
    jaysh quwat tahaluf tanzim
    komisi lembaga badan kementerian kepolisian yayasan
    """.split()
)
# A one-word short name in parentheses right after an organization's name ("the Zendan Center for
# Human Rights (Cezedh)", "Brazil's environment agency (Ibama)"): news writes the short name of a
# foreign body in title case; it is that body's name wherever else it appears. Its length in letters.
PAREN_SHORT_NAME_LETTERS = (3, 8)
# Words that stand in parentheses after a name without being its short name ("(Monday)", "(File)").
PAREN_NOT_NAMES: frozenset[str] = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december file photo video update updated reuters afp ap""".split())

# --- who's who on held-out coverage (issue 16, fifth session) ----------------------------------------
# Words of a rights group's, a monitor's or a relief body's name that no person's name has ("Zenda
# Rights Watch", "Amnesty International", "Zendan Observatory for Liberties", "Crisis Relief Zenda"):
# a name of two words or more with one is an organization, never a person. Not "justice" (a judge's
# title), "memorial" or "union" (places and surnames). "radio" and "television" name broadcasters
# ("Radio Free Zenda"), never a person.
ORG_NAME_WORDS: frozenset[str] = frozenset(
    """
    rights watch amnesty humanitarian relief liberties freedoms monitor monitors observatory coalition
    initiative campaign solidarity refugees without borders frontieres sans crisis international
    radio television
    """.split()
)
# A code of letters and digits in one word of four characters or more ("ZX301", "QZ-8501", "A320"): a
# flight, a vessel's hull number or a product, never a person ("ZX301 said" is a headline's
# shorthand). Shorter codes are bodies ("G7", "G20").
ALPHANUMERIC_CODE = re.compile(r"^(?=\S{4,}$)(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]*$")
# Prefixes that make a name an adjective of a side ("pro-Zenda protesters", "anti-Zenda rallies"): the
# span is no one's name; the name inside it is written elsewhere on its own.
SIDE_PREFIXES: tuple[str, ...] = ("pro-", "anti-", "pro ", "anti ")
# Last words of a landmark's name ("Zendabi Square", "Tarlen Bridge", "Zenda Mosque", "Strelsau Stadium"):
# a name of two words or more ending with one is a place (a facility) whatever the model called it,
# unless a word of a body's name is in it ("Zenda Mosque Trust" ends otherwise anyway).
# Words a square's or a street's name opens with in Romance languages ("Piazza Zeno Tarlen", "Plaza
# Zenda", "Rue de Tarlen"): a name after them is the place's, even when it is a person's name.
SQUARE_START_WORDS: frozenset[str] = frozenset({"piazza", "piazzale", "largo", "plaza", "rue", "calle", "avenida"})
LANDMARK_END_WORDS: frozenset[str] = frozenset(
    {"square", "plaza", "bridge", "viaduct", "flyover", "stadium", "arena", "tower", "towers", "airport",
     "mosque", "dam", "roundabout", "boulevard", "avenue"})

# --- who's who on unseen coverage (issue 16, sixth session) ------------------------------------------
# Languages the named-entity model reads. A mention the model found in a document of another language
# ("Bislang", "Nacht", "Staatengemeinschaft ASEAN" of a German page) is mostly a capitalized common
# noun; it is kept only when a document of these languages names the same thing.
MODEL_LANGUAGES: frozenset[str] = frozenset({"en"})
# Languages that capitalize proper names only (not German, which capitalizes every noun): in a
# document of one, a run of two or three capitalized words the model calls a person, written
# mid-sentence, is a name ("le Premier ministre Jan Novak"), even where the model does not read it.
# Romance languages only: where news puts the title before the name as English does; in Polish or
# Indonesian coverage the same shape is as often a body's name in translation ("Dzimah Islamiji").
NAMES_ONLY_CAPITALIZED: frozenset[str] = frozenset({"fr", "es", "it", "pt", "ro", "ca"})
# Kinds of named natural phenomena written right before the name ("Cyclone Zenda", "Hurricane Zenda",
# "Typhoon Zenda", "Tropical Storm Zenda"), in English and in the languages news quotes: the name is
# the storm's (type "other"), never a person, a place or an organization, also where it stands bare.
PHENOMENON_KINDS: frozenset[str] = frozenset(
    """cyclone hurricane typhoon storm superstorm tornado blizzard cyclonic zyklon ciclon ciclón huracan
    huracán tifon tifón ouragan cyclone taifun""".split())
# Kind words that may stand between the phenomenon's kind and its name ("Tropical Storm Zenda", "Super
# Typhoon Zenda", "Severe Tropical Cyclone Zenda"), lower-cased.
PHENOMENON_MODIFIERS: frozenset[str] = frozenset(
    "tropical super severe very extremely post-tropical subtropical major winter".split())
# A one-word name ending with a web domain run into it ("Zendanews.com", "Zendacom" for zenda.com): a
# news site, never a person. Lower-case endings, at least `WEBSITE_NAME_MIN` letters before them.
WEBSITE_ENDINGS: tuple[str, ...] = (".com", ".net", ".org", ".co", "com")
WEBSITE_NAME_MIN = 4

# --- who's who on unseen coverage (issue 16, twelfth session): word lists in `kind_words` ---
from .kind_words import BODY_END_WORDS, PEOPLE_EXTRA, TABLE_PEOPLES  # noqa: E402  (heads that end a body's name too)

ORG_SUFFIXES = ORG_SUFFIXES | BODY_END_WORDS
# Names of peoples, nations and faiths (see `kind_words.PEOPLE_EXTRA`): a group of people.
PEOPLE_NAMES: frozenset[str] = DEMONYMS | PEOPLE_EXTRA | TABLE_PEOPLES
# Words that only say what kind of body a name is, added after it ("Civil Defense Agency" for "Civil
# Defense", "Zenda Red Crescent Society"), folded to their class (`ORG_HEAD_CLASSES`: "authority" is
# "agency"): a name with no such word joins the one longer name that adds only these.
ORG_KIND_TAILS: frozenset[str] = ORG_GENERIC_TAILS | frozenset(
    {"agency", "department", "office", "service", "society", "organization", "directorate", "unit"})
