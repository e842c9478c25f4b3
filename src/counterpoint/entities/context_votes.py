"""What the words around a name say about its type, when the model's label is wrong.

A name is an organization when it stands after the kind of body it is ("the TV station Al-Sahil",
"football club Zenda United"), when its fans or players follow it ("Zenda fans", "Zenda supporters"),
or when it is a side in a match ("a match between Zenda and Strelsau", "Zenda lost 3-2"). A
one-word name after a locative preposition and never a possessor ("a town in Java") is a place.
A name standing alone on its own line is page furniture (the site's name above the headline),
not a name the article uses. A name after the kind of craft it is ("the ferry Zenda") is a vessel
("other"); a two-to-four-word name next to a lower-case job noun ("technician Ravi Dass") is a person.
Each rule returns the type the mention votes for, or None.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..disjoint_sets import DisjointSets
from ..models import EntityType
from .rules import ARABIC_ARTICLES, ORG_NAME_WORDS, ORG_SUFFIXES, PHENOMENON_KINDS, PHENOMENON_MODIFIERS

# Nouns naming a kind of organization, written right before its name ("the TV station X", "toll-road
# operator X", "infrastructure group X").
ORG_KINDS = (r"station|channel|broadcaster|newspaper|daily|weekly|magazine|outlet|agency|network|club|team|"
             r"side|company|firm|group|party|charity|organi[sz]ation|website|portal|tabloid|"
             r"manufacturer|conglomerate|subsidiary|carmaker|insurer|retailer|utility|"
             r"bank|lender|consortium|concessionaire|multinational|corporation")
# Kinds a person may also be called ("crane operator Jan Novak", "developer Jan Novak"): they vote for
# an organization only before a one-word name.
ORG_KINDS_ONE_WORD = r"operator|contractor|developer|label|brand|holding|owner"
ORG_KIND_BEFORE = re.compile(rf"\b(?:{ORG_KINDS})\s*,?\s*$", re.IGNORECASE)
# A school, a movement or any kind of body introduced by name ("a boarding school called Al-Zenda",
# "a militant network known as Zenda"): an organization, never a person.
INSTITUTION_KINDS = (r"school|madrasa|madrassa|seminary|academy|college|university|institute|foundation|"
                     r"movement|militia|brigade|faction|sect|cell|association|union|society|trust|"
                     r"newspaper|magazine|website|portal|channel|station|agency|group|organi[sz]ation|"
                     r"network|party|charity|company|firm")
ORG_CALLED_BEFORE = re.compile(rf"\b(?:{INSTITUTION_KINDS})\s+(?:called|named|known\s+as)\s+['‘\"“]?$",
                               re.IGNORECASE)
ORG_KIND_ONE_WORD_BEFORE = re.compile(rf"\b(?:{ORG_KINDS_ONE_WORD})\s*,?\s*$", re.IGNORECASE)
# "the head of the civil protection agency, X": the comma makes X the head's name, not the agency's.
HEAD_OF_BEFORE = re.compile(r"\b(?:of|for|at)\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*,\s*$", re.IGNORECASE)
# Words after a name that make it a team, club or body with followers or staff ("Zenda fans", "Zenda
# executives", "Zenda's chief executive", "Zenda shares").
ORG_FOLLOWERS_AFTER = re.compile(
    r"^\s*(?:FC|F\.C\.|fans?|supporters?|players?|footballers?|football\s+club|club|squad|ultras|members|"
    r"staff|employees|executives|chiefs|bosses|shareholders?|shares|stock|CEO|chief\s+executive|board\s+of|"
    r"headquarters|subsidiary|subsidiaries|workforce)\b", re.IGNORECASE)
# Followers a politician has as much as a club: after a full name the model calls a person ("Omar
# Zendabi supporters") they do not make it a body.
POLITICAL_FOLLOWERS_AFTER = re.compile(r"^\s*(?:supporters?|members)\b", re.IGNORECASE)
# After a possessive only the words a company has and a person does not ("Zenda's shareholders";
# "Rudolf's supporters" are a person's).
ORG_POSSESSIONS_AFTER = re.compile(
    r"^['’]s\s+(?:\w+\s+)?(?:shareholders?|shares|stock|CEO|chief\s+executive|board\s+of\s+directors|"
    r"headquarters|subsidiary|subsidiaries|workforce|executives)\b", re.IGNORECASE)
# A name in apposition to a kind of organization ("X, a unit of ...", "X, the operator of ...", "X,
# whose main shareholder is ...", "X, which runs ..."); not "X, the firm's chief": then X works there.
ORG_APPOSITION_AFTER = re.compile(
    # the words between the article and the kind are its modifiers, never a preposition ("X, a
    # researcher for the organization": X works for it)
    rf"^\s*,\s*(?:(?:a|an|the)\s+(?:(?!(?:for|of|at|with|from|to|in|on|by)\b)[\w-]+\s+){{0,3}}"
    rf"(?:unit|arm|division|operator|owner|{ORG_KINDS})"
    r"(?=\s*(?:[,.;]|of\b|that\b|which\b|owned\b|controlled\b|based\b|in\b|$))|"
    r"which\s+(?:operates|owns|runs|manages|built|designed|maintains)\b|"
    r"whose\s+(?:\w+\s+)?(?:shareholders?|owners?|parent|shares)\b)", re.IGNORECASE)
# "the X family", "the family X": a family, a group of people, never one person.
FAMILY_AFTER = re.compile(r"^\s+(?:family|families|clan|dynasty)\b", re.IGNORECASE)
FAMILY_BEFORE = re.compile(r"\bfamily\s*,?\s*$", re.IGNORECASE)
# A kind of place before "of" ("the village of X", "the provinces of X, Y") or right after the name
# ("the X province", "the X bridge"): a place, whatever the model called it.
PLACE_KINDS = (r"villages?|towns?|townships?|city|hamlet|community|commune|provinces?|regions?|districts?|prefectures?|"
               r"municipality|count(?:y|ies)|governorate|suburb|neighbou?rhood|valley|islands?|oblast|"
               # "the streets of X", "the main roads of X and Y", "the X streets": a city's or a road's name
               r"roads|streets")
BUILT_KINDS = r"bridge|tower|stadium|viaduct|dam|motorway|highway|airport|mosque|square|mall"
PLACE_KIND_BEFORE = re.compile(rf"\b(?:{PLACE_KINDS})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The last item of a list after a plural kind ("the provinces of Zenda, Tarlen and Vesk", "the main roads of
# Tarlenwa and Bogyoke Zaw Min"): the same kind as the first, whatever the model called it. Items of up to
# three capitalized words each.
PLACE_KIND_LIST_BEFORE = re.compile(
    r"\b(?:villages|towns|townships|cities|provinces|regions|districts|prefectures|counties|suburbs|"
    r"neighbou?rhoods|roads|streets)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*){0,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,?\s+and\s+$")
# A natural feature's kind in lower case after its name, alone or after a pair ("the Zenda river",
# "the overflowing Zenda and Tarlen rivers"): the name is a river's or a lake's, a place. Case-sensitive:
# "Zenda River Authority" is a body's name, "Lake" is written before a name.
FEATURE_AFTER = re.compile(r"^\s+(?:and\s+(?:the\s+)?[A-Z][\w'’-]*\s+)?(?:rivers?|lakes?|creeks?|streams?|"
                           r"mountains|hills|estuary|delta)\b")
# A compass direction and "of" right before a name ("shot east of Zendabad", "20 km north of Tarlen"):
# the name is where something is, a place, never a person.
DIRECTION_OF_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$",
                                 re.IGNORECASE)
PLACE_KIND_AFTER = re.compile(rf"^\s+(?:{PLACE_KINDS}|{BUILT_KINDS})\b(?!\s+of\b)")
# A name's own first word that is a follower noun: "Supporter Zenda", "Fans Zenda" (word order of
# some regional English-language outlets) names the fan group, not a person.
FOLLOWER_FIRST_WORDS = frozenset({"supporter", "supporters", "fan", "fans", "suporter"})
# A side in a match: "a match between X and", "between ... and X", "X lost 3-2", "X beat Y 2-1".
MATCH_BEFORE = re.compile(
    r"\b(?:match|game|derby|final|fixture|clash|tie)\s+(?:between|against)\s+(?:[^.;]{1,50}\s+and\s+)?$",
    re.IGNORECASE)
MATCH_AFTER = re.compile(r"^\s+(?:lost|won|beat|drew|defeated|trailed|led)\b[^.;]{0,40}?\b[0-9]+\s*[-–]\s*[0-9]+")
# A locative preposition before a one-word name ("in Java"): a place, unless a possessive follows.
LOCATIVE_BEFORE = re.compile(r"\b(?:in|across|throughout|near)\s+(?:the\s+)?$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
# A vessel, aircraft or train is named after its kind or a hull prefix ("the ferry Sewol", "the
# 7,000-tonne ferry, the Sewol", "USS Bonhomme Richard", "Navy ship X") or before it ("the 'X'
# ferry"): a craft, never a person or an organization.
CRAFT_KINDS = (r"ferry|ship|vessel|boat|tanker|freighter|liner|cruiser|carrier|submarine|frigate|destroyer|"
               r"yacht|trawler|barge|tugboat|steamer|airliner|aircraft|plane|jet|airship|train")
# After a comma only "the"/"named"/"called" keeps the kind and the name together ("the ferry, the
# Sewol"); "aboard a government plane, Zenda thanked ..." starts a clause whose subject is Zenda.
CRAFT_BEFORE = re.compile(
    rf"(?:\b(?:{CRAFT_KINDS})(?:\s*,\s*(?:the|named|called)\s+|\s+(?:the\s+|named\s+|called\s+)?)"
    r"|\b(?:USS|HMS|MV|M/V|MS|SS|RMS|HMAS|INS|USNS)\s+)['‘\"“]?$")
CRAFT_AFTER = re.compile(rf"^['’\"”]?\s+(?:{CRAFT_KINDS})s?\b", re.IGNORECASE)
# An occasion is named before its kind ("the annual Zendaa festival", "the Hajj pilgrimage", "the Tet
# holiday", "Zendaa celebrations") or in apposition to it ("Zendaa, a major festival of the ..."): a
# festival's, a pilgrimage's or a holiday's name (type "other", counted as a craft's kind is), never a
# person's. Up to two words (a longer name is a body's: "Zenda Music Festival Trust").
OCCASION_KINDS = r"festivals?|festivities|celebrations?|pilgrimages?|holidays?|carnival|rites|rituals?"
# The kind must head its phrase: "a festival organiser", "festival-goers" are people at one.
OCCASION_NOT_HEADS = (r"organi[sz]\w*|goers?|committee|officials?|directors?|staff|workers?|spokes\w*|"
                      r"authorit\w*|visitors?|makers?|season\s+tickets?")
# One lower-case word of what it celebrates may stand between ("the Zendaa thanksgiving festival",
# "the Zendaa (harvest) celebration").
OCCASION_AFTER = re.compile(
    rf"^(?:\s+(?-i:\(?[a-z]+\)?\s+)?|\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?)(?:{OCCASION_KINDS})\b(?![-’'])"
    rf"(?!\s+(?:{OCCASION_NOT_HEADS})\b)",
    re.IGNORECASE)
OCCASION_NAME_WORDS = 2
# Lower-case nouns of a job or a part in the story written right before a person's name or in
# apposition after it ("technician Jaya Prakash", "Jaya Prakash, a senior section engineer"): the
# name is a person whatever the model's label.
PERSON_NOUNS = (r"engineer|technician|driver|pilot|captain|helmsman|crewman|teacher|student|nurse|doctor|"
                r"officer|spokes(?:man|woman|person)|minister|secretary|official|worker|guard|passenger|survivor|"
                r"resident|victim|farmer|commander|director|inspector|superintendent|lawyer|prosecutor|judge|"
                r"commissioner|mayor|councillor|councilor|governor|employee|labourer|laborer|clerk|manager|"
                # a faith's preachers and the press, named the same way ("exiled cleric X", "X, a reporter")
                r"cleric|preacher|imam|rabbi|priest|activist|journalist|reporter|photographer|cameraman|blogger|"
                # experts and envoys quoted on a crisis ("X, a researcher for the group", "envoy X")
                r"researcher|analyst|expert|scientist|professor|economist|consultant|advis[eo]r|representative|"
                r"envoy|ambassador|diplomat|coordinator|chair(?:man|woman|person)|campaigner|investigator|"
                r"historian|academic|lecturer|specialist|editor|correspondent|eyewitness|witness|"
                # kin: a victim or a witness named by family ("X, daughter of ...", "his son X")
                r"daughter|son|wife|husband|widow|widower|mother|father|brother|sister|nephew|niece|cousin|"
                r"grandson|granddaughter")
PERSON_NOUN_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{PERSON_NOUNS})\s+$")
# A person's age or headship in apposition ("Rita Zendari, 63, wept", "For Du Tarlen, head of the
# team"): only people are given an age, or head something, right after their name.
# A list of the dead gives each name its age before a semicolon or the list's end ("Rita Zendari, 63;
# Jan Novak, 71; and ...").
PERSON_APPOSITION_AFTER = re.compile(r"^\s*,\s*(?:(?:aged\s+)?[1-9][0-9]?\s*(?:[,;)]|\.(?!\d)|and\b)|head\s+of\b)")
# A title in capitals in apposition after a name ("Jan Novak, Commissioner Railway Safety", "Jan
# Novak, Deputy Governor of Zenda"): only a person holds one. Up to two capitalized words qualify it.
PERSON_TITLE_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Commissioner|Minister|Secretary|Director|Governor|Mayor|"
    r"Spokes(?:man|woman|person)|Chairman|Chairwoman|Chairperson|Chief|Inspector|Superintendent|Collector|"
    r"Magistrate|Ambassador|Envoy|Prosecutor|Judge|Professor|Coordinator|Adviser|Advisor|Officer)\b")
# A name the speaker's own pronoun takes up ("Jan Novak said he was driving"): only a person is "he"
# or "she" (a body is "it"). Not "who": British English writes "Zenda United, who won".
# A fate only a person meets, right after the name ("Tarik Zendabi, was given life imprisonment", "Jan
# Novak was sentenced to death", "... was hanged"): a court sentences firms too, so only with these words.
PERSON_FATE_AFTER = re.compile(
    r"^\s*,?\s+(?:was|has\s+been|had\s+been)\s+(?:sentenced\s+to\s+(?:death|life|[\w-]+\s+years?)|"
    r"given\s+(?:a\s+)?(?:life|death|[\w-]+[-\s]years?)\b|executed|hanged|born)\b")
PERSON_PRONOUN_AFTER = re.compile(r"^\s+(?:said|says|told|added|recalled|explained|recounted|wrote)\s+(?:he|she)\b")
# A byline or a credit line before a name ("By Jan Novak", "By Jan Novak and Rita Zendari", "Reporting
# by Jan Novak; Editing by Rita Zendari"): the name is a writer's, a person.
BYLINE_BEFORE = re.compile(
    r"[\n;(][ \t]*(?:(?:(?:Additional\s+)?[Rr]eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Cc]ompiled|"
    r"[Pp]hotos?|[Ii]llustrations?)\s+by|By|BY)\s+(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|&)\s+|"
    r"(?:[A-Z][\w'’.-]*\s+){1,3},\s+)?$")
# A dateline: a town's name in capitals opening a line, then the country or the wire and a dash or a
# colon ("ZENDABAD, Ruritania -- ...", "ZENDABAD (Reuters) - ...", "ZENDABAD: ..."). A place.
DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:\([^)\n]{1,30}\))?\s*(?:--|—|–|-|:)\s")
LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
PERSON_NOUN_AFTER = re.compile(rf"^\s*,\s*(?:a|an|the)?\s*(?:[a-z][a-z-]*\s+){{0,3}}(?:{PERSON_NOUNS})\b")
# A town whose name begins with the Arabic article ("Ed Marwani", "El Zenda"), after a preposition of
# place or origin: a place, whatever the model called it (a person is not "in" or "from" anyone).
ARTICLE_PLACE_BEFORE = re.compile(r"\b(?:in|near|from|across|throughout|outside|around|into|toward|towards)\s+$",
                                  re.IGNORECASE)
ARTICLE_PLACE_WORDS = (2, 3)
# A one-word name after "the" that speaks or has troops, a spokesman or a statement ("the Zendamaw
# said", "the Zendamaw's troops", "a spokesman for the Zendamaw"): a body, never a person (no
# person's name takes "the"); a local-language name of an army or a movement.
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
BODY_ACTS_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:said|says|told|announced|claimed|denied|stated|accused|warned|confirmed|insisted|"
    r"troops|soldiers|forces|fighters|units|commanders?|chief|leaders?|leadership|spokes(?:man|woman|person)|"
    r"officers|members|statement|junta|regime|"
    # what a body publishes or employs ("the Zendamaw's list", "the Zendamaw's researchers")
    r"list|report|reports|figures|count|tally|data|findings|website|researchers|lawyers|investigators)\b",
    re.IGNORECASE)
# After "the X": a verb or the end of a clause ("the Zendamaw acted", "the Zendamaw has ...", "blamed
# the Zendamaw."): no person's name takes "the", so X is a body ("the Biden administration", where a
# noun follows, is left alone).
BODY_VERB_AFTER = re.compile(
    r"^(?:\s*[.,;:)]|\s+(?:has|had|have|was|were|is|are|will|would|could|can|must|should|did|does|"
    r"[a-z]{3,}ed)\b)")
BODY_MEMBER_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|statement|members?|head|chief|leader|commander|troops|soldiers|forces)\s+"
    r"(?:of|for|from)\s+the\s+$", re.IGNORECASE)
# A medium's kind in lower case right after its name ("the Zendan Post newspaper", "Zenda daily
# reported"): the name is that outlet's, never a person's. Case-sensitive: "Zenda Daily" is a name.
MEDIA_KIND_AFTER = re.compile(
    r"^\s+(?:newspaper|daily|weekly|tabloid|magazine|broadcaster|channel|television|radio|website|news\s+agency|"
    r"news\s+site|news\s+portal)\b")
# A settlement's kind in lower case right before its name without "of" ("the nearby town Zendabad",
# "the village Tarlen"): the writing of translated and regional coverage. Case-sensitive: "the city
# Council" is not a place's name.
PLACE_KIND_BARE_BEFORE = re.compile(
    r"(?<![A-Za-z-])(?:village|town|city|hamlet|township|suburb|district|settlement)\s+$")
# A country's capital named right after the word ("the capital Zendabad", "the country's capital,
# Zendabad,"): a place. Case-sensitive ("Capital Zenda" may be a fund's name); not when a speech verb
# follows the comma form ("took the capital, Zenda said": Zenda is the speaker).
CAPITAL_BEFORE = re.compile(r"(?<![A-Za-z-])capital(?:\s+city)?\s*,?\s+$")
SPEECH_AFTER = re.compile(r"^\s*,?\s+(?:said|says|told|added|stated|noted|wrote)\b")
# Where a one-word name stands relative to another place ("at Zendabad outside the capital",
# "Tarlen, north of the city"): a place, never a person.
PLACE_RELATIVE_AFTER = re.compile(
    r"^\s*,?\s+(?:just\s+)?(?:outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)"
    r"\s+(?:the\s+)?(?:capital|city|town|[A-Z])")
# A person-shaped name followed by the body they speak for ("given by Jan Novak from Zenda Airlines",
# "Jan Novak of the Strelsau Relief Agency"): up to four capitalized words ending with a body's word.
OF_BODY_AFTER = re.compile(r"^\s+(?:from|of|at)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w-]*)")
PERSON_NAME_WORDS = (2, 4)  # a person-shaped name: this many capitalized words
BEFORE_CHARS = 60
AFTER_CHARS = 60


def context_type(text: str, start: int, end: int, label_type: EntityType) -> EntityType | None:
    """The type the context of the mention `text[start:end]` votes for, overriding the model's."""
    name = text[start:end]
    if not name.strip():
        return None
    before = text[max(0, start - BEFORE_CHARS) : start]
    after = text[end : end + AFTER_CHARS]
    words = name.split()
    if (PERSON_NAME_WORDS[0] <= len(words) <= PERSON_NAME_WORDS[1]
            and (PERSON_APPOSITION_AFTER.search(after) or PERSON_TITLE_AFTER.search(after) or _byline(before, words)
                 or PERSON_PRONOUN_AFTER.search(after))
            and all(w[:1].isupper() and (not w.isupper() or _initial(w)) for w in words)
            and not any(w.lower() in ORG_SUFFIXES or w.lower() in ORG_NAME_WORDS for w in words)):
        return "person"
    if (label_type in ("person", "organization") and name.isupper() and LINE_START.search(before)
            and DATELINE_AFTER.search(after) and not any(len(w) < 2 for w in words)):
        return "place"  # "ZENDABAD, Ruritania --": a dateline's town
    if label_type not in ("person", "organization", "group"):
        # a place the model saw as a place still votes double when its words say so ("X square"):
        # it then outweighs the same name's person label elsewhere ("in X and Y")
        return _place_context(before, after, name.split()) if label_type == "place" else None
    place = _place_context(before, after, words)
    if place is not None:
        return place
    if label_type == "group":
        return None
    if label_type == "person" and MEDIA_KIND_AFTER.search(after) and len(words) <= 3:
        return "organization"  # "the Zendan Post newspaper"
    if (label_type == "person" and len(words) == 1 and PLACE_RELATIVE_AFTER.search(after)
            and not POSSESSIVE_AFTER.search(after)):
        return "place"  # "at Zendabad outside the capital"
    if (CRAFT_BEFORE.search(before) or CRAFT_AFTER.search(after)) and not (
            len(words) > 1 and words[-1].lower() in ORG_SUFFIXES):
        return "other"  # not "the Zenda Airlines plane": the airline operates the craft
    if (label_type == "person" and len(words) <= OCCASION_NAME_WORDS and OCCASION_AFTER.search(after)
            and not POSSESSIVE_AFTER.search(after)):
        return "other"  # "the Zendaa festival", "the Hajj pilgrimage": an occasion, no one's name
    if (label_type == "organization" and PERSON_NAME_WORDS[0] <= len(words) <= PERSON_NAME_WORDS[1]
            and all(w[:1].isupper() and not w.isupper() for w in words)
            and (PERSON_NOUN_BEFORE.search(before) or PERSON_NOUN_AFTER.search(after)
                 or _of_body(before, after, words) or PERSON_FATE_AFTER.search(after))):
        return "person"
    if words and words[0].lower() in FOLLOWER_FIRST_WORDS and len(words) > 1:
        return "organization"
    if FAMILY_AFTER.search(after) or (FAMILY_BEFORE.search(before) and len(words) == 1):
        return "group"  # "the Zenda family" owns the firm: a family, not a person
    kind_before = ORG_KIND_BEFORE.search(before) or (len(words) == 1 and ORG_KIND_ONE_WORD_BEFORE.search(before))
    if kind_before and "," in kind_before[0] and HEAD_OF_BEFORE.search(before):
        kind_before = None  # "the head of the agency, X": X is the head
    followers = ORG_FOLLOWERS_AFTER.search(after)
    if followers and label_type == "person" and len(words) >= 2 and POLITICAL_FOLLOWERS_AFTER.search(after):
        followers = None  # "Omar Zendabi supporters": a politician's, not a club's
    if (kind_before or followers or ORG_POSSESSIONS_AFTER.search(after) or ORG_CALLED_BEFORE.search(before)
            or ORG_APPOSITION_AFTER.search(after)
            or MATCH_BEFORE.search(before) or MATCH_AFTER.search(after)):
        return "organization"
    if (label_type == "person" and len(words) == 1 and LOCATIVE_BEFORE.search(before)
            and not POSSESSIVE_AFTER.search(after)):
        return "place"
    if (ARTICLE_PLACE_WORDS[0] <= len(words) <= ARTICLE_PLACE_WORDS[1] and words[0].lower() in ARABIC_ARTICLES
            and words[0][:1].isupper() and ARTICLE_PLACE_BEFORE.search(before) and not POSSESSIVE_AFTER.search(after)):
        return "place"  # "in Ed Marwani", "from El Zenda"
    if (label_type == "person" and len(words) == 1 and THE_BEFORE.search(before)
            and (BODY_ACTS_AFTER.search(after) or BODY_MEMBER_BEFORE.search(before) or BODY_VERB_AFTER.search(after))):
        return "organization"  # "the Zendamaw said", "a spokesman for the Zendamaw"
    return None


def _initial(word: str) -> bool:
    """A given name's initial ("A", "M.", "J"): one capital letter, with or without its dot."""
    return len(word.rstrip(".")) == 1


def _byline(before: str, words: list[str]) -> bool:
    """The name follows a byline's or a credit's "By" (see `BYLINE_BEFORE`); only the first words of a
    line or a credit, so "killed by Jan Novak" is left to the other rules."""
    probe = before if len(before) >= BEFORE_CHARS else "\n" + before  # the text's start is a line's start
    return bool(BYLINE_BEFORE.search(probe))


def _of_body(before: str, after: str, words: list[str]) -> bool:
    """"Jan Novak from Zenda Airlines": a name of two or three words with no body's word in it, not
    after "the" (a body is "the X of the Y", a person is never "the"), followed by "from"/"of"/"at" and
    a name ending with a body's word."""
    m = OF_BODY_AFTER.match(after)
    lowered = [w.lower() for w in words]
    return (m is not None and len(words) <= 3 and m[1].split()[-1].lower() in ORG_SUFFIXES
            and not THE_BEFORE.search(before)
            and not any(w in ORG_SUFFIXES or w in ORG_NAME_WORDS for w in lowered))


def _place_context(before: str, after: str, words: list[str]) -> EntityType | None:
    """"the village of X", "the X province", "the X bridge": a place. A name of up to four words only
    (a longer span is a body's name or a headline)."""
    if not words or len(words) > 4 or words[-1].lower() in ORG_SUFFIXES:
        return None  # "the City of Zenda Police": a body named for its place
    if (PLACE_KIND_BEFORE.search(before) or PLACE_KIND_LIST_BEFORE.search(before) or PLACE_KIND_AFTER.search(after)
            or FEATURE_AFTER.search(after)):
        return "place"
    if len(words) <= 3 and DIRECTION_OF_BEFORE.search(before) and not POSSESSIVE_AFTER.search(after):
        return "place"  # "east of Zendabad"
    if len(words) <= 2 and PLACE_KIND_BARE_BEFORE.search(before) and not POSSESSIVE_AFTER.search(after):
        return "place"  # "the nearby town Zendabad"
    capital = CAPITAL_BEFORE.search(before)
    if (len(words) <= 3 and capital and not POSSESSIVE_AFTER.search(after)
            and not ("," in capital[0] and SPEECH_AFTER.search(after))):
        return "place"  # "the country's capital Zendabad"
    return None


def alone_on_line(text: str, start: int, end: int) -> bool:
    """The mention is a whole line by itself: a site's name or menu item, not running text."""
    if not text[start:end].strip():
        return False  # offsets not into this text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[line_start:start].strip() == "" and text[end:line_end].strip(" .") == ""


# Separators of an enumeration of names ("in Zenda, Strelsau and Tarlenheim"): only these between
# two mentions make them items of one list.
LIST_SEPARATOR = re.compile(r"^\s*(?:,|,?\s+(?:and|or))\s*$")


def listed_among_places(text: str, spans: list[tuple[int, int, bool]]) -> set[int]:
    """Indices (into `spans`, sorted by start) of mentions listed among places: an item of a comma
    list whose neighbours in the list are places ("the provinces of Zenda, Tarlen Ida Ouest,
    Strelsau"), while it is not one. `spans` are (start, end, is_place) of one document's mentions."""
    out: set[int] = set()
    for i, (start, end, is_place) in enumerate(spans):
        if is_place or SPEECH_AFTER.match(text[end : end + AFTER_CHARS]):
            continue  # "... via Panama and Tarlenia, Zenda said": the speaker after a list, not an item
        prev = spans[i - 1] if i > 0 and LIST_SEPARATOR.match(text[spans[i - 1][1] : start]) else None
        nxt = spans[i + 1] if i + 1 < len(spans) and LIST_SEPARATOR.match(text[end : spans[i + 1][0]]) else None
        sides = [s for s in (prev, nxt) if s is not None]
        if sides and all(s[2] for s in sides) and (len(sides) == 2 or _list_goes_on(text, sides[0], spans)
                                                   or _pair_after_locative(text, prev, end)):
            out.add(i)
    return out


def _pair_after_locative(text: str, prev: tuple[int, int, bool] | None, end: int) -> bool:
    """The second of two names after a locative preposition, the first a place ("raids in Zendabad and
    Tarlen Myo, where ..."): a place too, unless a possessive follows it ("in Zenda and Jan Novak's home")."""
    return (prev is not None and bool(LOCATIVE_BEFORE.search(text[max(0, prev[0] - BEFORE_CHARS) : prev[0]]))
            and not POSSESSIVE_AFTER.search(text[end : end + AFTER_CHARS]))


def _list_goes_on(text: str, side: tuple[int, int, bool], spans: list[tuple[int, int, bool]]) -> bool:
    """With one neighbour only, that neighbour has another place next to it in the list (three
    items at least): two names side by side are too weak ("Zenda and Rudolf")."""
    j = spans.index(side)
    for k in (j - 1, j + 1):
        if 0 <= k < len(spans) and spans[k][2] and spans[k] is not side:
            a, b = sorted((spans[k], side))
            if LIST_SEPARATOR.match(text[a[1] : b[0]]):
                return True
    return False


def _phenomenon_pattern() -> re.Pattern[str]:
    kinds = "|".join(sorted({k.capitalize() for k in PHENOMENON_KINDS} | {k.upper() for k in PHENOMENON_KINDS},
                            key=len, reverse=True))
    mods = "|".join(sorted({m.capitalize() for m in PHENOMENON_MODIFIERS}, key=len, reverse=True))
    # "Cyclone Zenda", "Tropical Storm Zenda", "Very Severe Cyclonic Storm Zenda": a capitalized kind,
    # then a capitalized name that is no kind word itself (case-sensitive: "the storm Zenda said" is
    # not a name of the storm, and "storm surge" is no name)
    return re.compile(rf"(?<![\w-])(?:(?:{mods})\s+)*(?:{kinds})(?:\s+(?:{kinds}))?\s+([A-Z][a-z]+|[A-Z]{{3,}})\b")


def phenomenon_names(texts) -> frozenset[str]:
    """Names the corpus gives a storm or another named natural phenomenon ("Cyclone Zenda", "Hurricane
    Zenda"), folded to lower case: "Zenda" then names the storm wherever it stands bare. A name that
    is itself a kind word ("Cyclone Storm") or a common word the corpus writes in lower case elsewhere
    ("Cyclone Death Toll", a headline) is no storm's name."""
    pattern = _phenomenon_pattern()
    found: set[str] = set()
    for t in texts:
        for m in pattern.finditer(t or ""):
            name = m[1].lower()
            if name not in PHENOMENON_KINDS and name not in PHENOMENON_MODIFIERS:
                found.add(name)
    lower = {w for t in texts for w in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", t or "")}
    return frozenset(found - lower)


def is_phenomenon(name: str, names: frozenset[str]) -> bool:
    """A surface naming a storm: the bare name the corpus gives one (see `phenomenon_names`), or any
    name led by a phenomenon's kind ("Cyclone Zenda", "Tropical Storm Zenda", "Zyklon Zenda")."""
    words = name.lower().split()
    if not words:
        return False
    if " ".join(words) in names:
        return True
    while words and words[0] in PHENOMENON_MODIFIERS:
        words = words[1:]
    return bool(words) and words[0] in PHENOMENON_KINDS  # "Cyclone" alone: the kind, no one's name


def phenomenon_bare_name(name: str) -> str:
    """The storm's own name without its kind ("Tropical Storm Zenda" -> "zenda"), lower case; the
    name itself when no kind leads it."""
    words = name.lower().split()
    rest = words
    while rest and rest[0] in PHENOMENON_MODIFIERS:
        rest = rest[1:]
    while rest and rest[0] in PHENOMENON_KINDS:
        rest = rest[1:]
    return " ".join(rest) if rest else " ".join(words)


def link_phenomena(surfaces: dict, parent: DisjointSets) -> None:
    """A storm named with its kind and without ("Cyclone Zenda", "Zenda", "Tropical Storm Zenda") is
    one: "other" surfaces with the same bare name (see `phenomenon_bare_name`)."""
    by_name: dict[str, list] = defaultdict(list)
    for k in surfaces:
        if k[0] == "other":
            by_name[phenomenon_bare_name(surfaces[k].text)].append(k)
    for ks in by_name.values():
        for k in ks[1:]:
            parent.union(ks[0], k)
