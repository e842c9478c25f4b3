"""Sources for a figure whose own sentence has no attribution cue.

Two ways news gives a source outside a cue in the sentence:
- a quoted sentence continues the quote of the sentence before (“They tried ... two soldiers.”
  right after “It can be said ...,” he said): the earlier quote's speaker;
- a headline tags its source after a dash or before a colon ("Toll revised down to 125 -
  official", "Police: 40 detained overnight"): that tag, when it names a speaker.
- a quote of several sentences is credited once, where it closes (“40 died. We are still
  searching,” the mayor said.): the speaker of the sentence that closes it;
- the next sentence confirms the figures without repeating them ("The toll climbed to 58. Chief
  Jane Roe of the police confirmed the latest numbers."): that speaker;
- the next sentence tells who were counted, without a number, and credits it ("Four people were
  arrested. The mine's manager and three engineers were taken into custody, the prosecutor
  said."): its speaker, when it speaks of the same measure;
- a headline states the figure its lead paragraph credits ("Toll rises to 28" over "The mayor
  said ... bringing the toll to 28"): the source of the first following sentence with that number.
- a paragraph closes with its source after a colon, wire-style ("... 238 casualties. Around 650
  injured were taken to hospitals: Eastern Railway."): that name;
- the body that made the arrests counts them ("The Bureau of Investigation arrested 3 officials"):
  that body, when it is an organization or an authority;
- a wire's own voice carried by another site: a paragraph inside a page opened by a wire tag
  ("SEOUL, May 5 (Yonhap) -- ...", "(AP) — ...") is the wire's, and a text whose first lines carry
  a credit line ("Source: Viasna Human Rights Center", "Originally published by ...") is wholly
  the credited wire's or group's: its unattributed figures are theirs, not the carrying site's.
  (A wire tag atop the text is left alone: the outlet may be the wire itself, e.g. the wire's own
  site, and the document's outlet is not known at this stage.)
Otherwise the outlet states the figure on its own authority (an empty chain).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..models import Source
from ..nlp.spans import following_sentences, line_sentences
from .attribution import attribution_chain, find_attributions
from .attribution_cues import ACT_NOUNS, TOLL_OBJECTS
from .described_sources import NOT_TAG_SPEAKERS, acronym_tag, tagged_headline
from .origins import (
    AGENCY_TALLY,
    FOREIGN_GOVERNMENT,
    OFFICIALS,
    OPPOSITION,
    RIGHTS_GROUPS,
    STATE_MEDIA,
    figure_origin_class,
)
from .quote_sources import quote_middle
from .speaker_names import clean_chain

# Opening quotation marks of a quoted sentence.
QUOTES = "“\"‘"
# A headline's source tag: " - official", " – police" at its end; "Ministry: ..." at its start.
DASH_TAG_RE = re.compile(r"\s[-–—]\s+([A-Za-z][\w .'’]{1,60}?)\s*$")
COLON_TAG_RE = re.compile(r"^\s*([A-Z][\w .'’]{1,60}?)\s*:\s+\S")
# ... or after a colon at its end ("Quake toll hits 2,000: ministry", South Asian and wire style).
END_COLON_TAG_RE = re.compile(r"\S\s*:\s+([A-Za-z][\w .'’]{1,60}?)\s*$")
# Longest tag read as a speaker, in words ("state news agency", "health ministry official").
TAG_MAX_WORDS = 4
# Head nouns of a headline tag that name a speaker (a role or a body). A tag that is a site or
# outlet name ("Headline - The Daily Planet") is the page title's brand, not a source, so only
# these heads, or a person's name in the colon form ("Minister Ko: ..."), are read.
TAG_SPEAKER_HEADS: frozenset[str] = frozenset({
    "official", "officials", "police", "ministry", "minister", "governor", "mayor", "authorities",
    "authority", "spokesman", "spokeswoman", "spokesperson", "military", "army", "agency",
    "government", "president", "prosecutor", "prosecutors", "chief", "doctors", "medics",
    "rescuers", "hospital", "officer", "commander", "sources", "un", "who", "head", "state media",
    # bodies outside the state described by their kind ("Toll jumps to 34: rights group")
    "rights group", "rights groups", "monitoring group", "monitor", "activists", "opposition", "ngo",
})
# A paragraph's closing source tag after a colon ("...: Eastern Railway."): capitalized words only.
PARAGRAPH_TAG_RE = re.compile(r":[ \t]+([A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,5})[ \t]*\.?[ \t]*$")
# Entity labels a paragraph's closing tag must carry to be a source (a name, not a place or date).
TAG_NAME_LABELS: frozenset[str] = frozenset({"ORG", "PERSON"})
# Last words that make a paragraph's closing tag a body whatever the NER says ("Eastern Railway").
BODY_TAG_HEADS: frozenset[str] = frozenset({
    "railway", "railways", "corporation", "company", "bureau", "service", "services", "department",
    "office", "council", "committee", "commission", "secretary", "force", "forces", "administration",
})
# Verbs of enforcement whose subject, a body or an authority, counts those it acted on ("the
# bureau arrested 3 officials", "police detained 40"); never killing or injuring.
ENFORCEMENT_VERBS: frozenset[str] = frozenset({"arrest", "detain", "charge", "indict", "apprehend", "book"})
# Common nouns of an authority that counts its own arrests (with an ORG name also accepted).
ENFORCING_NOUNS: frozenset[str] = frozenset({
    "police", "authorities", "authority", "prosecutor", "prosecutors", "agency", "bureau", "ministry",
    "government", "court", "department",
})
# Verbs and nouns of ordering or making arrests ("the judge who ordered the arrests", "the unit
# that carried out the raids"), and how many sentences after a passive arrest they are looked for.
ORDERING_VERBS: frozenset[str] = frozenset({"order", "issue", "carry", "conduct", "make", "authorize", "authorise",
                                            "request", "sign"})
ENFORCEMENT_NOUNS: frozenset[str] = frozenset({"arrest", "detention", "raid", "warrant", "custody"})
ORDERED_BY_WINDOW = 3
# Sentence-final punctuation: a line that has it is prose, not a headline.
SENTENCE_END = (".", "!", "?", "”", '"', ";")
# Closing quotation marks.
CLOSING_QUOTES = "”\""
# Verbs and objects of a sentence that announces figures without giving them ("The ministry
# released new figures on Friday.", "The agency issued an update"): the figures that follow,
# stated without a cue of their own, are that speaker's.
ANNOUNCING_VERBS: frozenset[str] = frozenset({"release", "issue", "publish", "give", "provide", "post", "present",
                                              "announce", "update", "share", "unveil", "compile"})
ANNOUNCED_OBJECTS: frozenset[str] = frozenset({
    "figures", "figure", "statement", "update", "data", "report", "bulletin", "numbers", "tally", "toll",
    "count", "list", "breakdown", "statistics", "estimate", "estimates", "briefing", "datum",
})
# Verbs by which a toll is changed in the passive, no one named ("The toll was revised down to
# 85", "the count was raised to 58"): a toll is changed by the authority that keeps it, and the
# next sentence, when an official speaks in it without a number of its own, names that authority
# ("Sheriff Lee said DNA tests showed two sets of remains were one person").
PASSIVE_REVISION_VERBS: frozenset[str] = frozenset({"revise", "raise", "lower", "update", "adjust", "correct",
                                                    "reduce", "increase", "cut", "amend"})
REVISED_OBJECTS: frozenset[str] = frozenset({"toll", "tally", "count", "figure", "number", "total"})
# How many sentences on a quote that opens without closing is looked for its close.
QUOTE_CLOSE_WINDOW = 4
# How many sentences after a headline its lead is looked for (a standfirst, a byline, a date
# line and a photo caption can come first).
HEADLINE_LEAD_WINDOW = 8
# Objects that make a cue confirm the figures just given without repeating them ("confirmed the
# latest numbers", "gave the figures"): the statement nouns for a count.
CONFIRMED_OBJECTS: frozenset[str] = TOLL_OBJECTS | frozenset({"numbers", "figures", "toll", "death"})
# A wire tag opening a paragraph: an optional dateline (city, date, "5/5 -"), the wire's name in
# parentheses, then a dash ("SEOUL, April 20 (Yonhap) --", "(AP) —", "(Reuters) -").
WIRE_TAG_RE = re.compile(
    r"^(?P<pre>[^\n()]{0,60}?)\((?P<name>[A-Z][A-Za-z.&'’ -]{0,40}?)\)\s*(?:--|—|–|-)\s")
# Words a dateline in front of a wire tag may hold besides capitalized place names and numbers.
DATELINE_WORDS: frozenset[str] = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "updated", "update",
})
# Parenthesized words before a dash that are no wire ("(Photo) -", "(Video) —", "(Update) -").
NOT_WIRES: frozenset[str] = frozenset({"photo", "photos", "video", "update", "updated", "file", "watch", "listen",
                                       "audio", "opinion", "analysis", "live", "pictured"})
# Longest wire name, in words ("Agence France-Presse", "Korea Central News Agency").
WIRE_MAX_WORDS = 5
# A credit line naming the text's originator: "Source: Viasna Human Rights Center",
# "Originally published by X", "This report first appeared on X", "Republished from X".
CREDIT_RE = re.compile(
    r"^(?:source|originally published (?:by|in|on)|first published (?:by|in|on)|republished (?:from|with "
    r"permission (?:of|from))|this (?:article|story|report) (?:first |originally )?appeared (?:in|on))"
    r"\s*:?\s+(?P<name>[A-Z][\w&.'’“”\" -]{1,70}?)\s*\.?\s*$", re.IGNORECASE)
# How many non-blank lines at the top of a text may hold the wire tag or credit line that makes
# the whole text the wire's (a headline, a date line and a byline can come first).
WIRE_HEAD_LINES = 4


def fallback_sources(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """The chain for a figure in a sentence without an attribution cue (see the module doc)."""
    return clean_chain(
        quote_continues(sent, offset) or quote_closes_later(sent, offset) or quote_middle(sent, offset)
        or confirmed_next(sent, offset)
        or elaborated_next(sent, offset) or announced_before(sent, offset) or act_before(sent, offset)
        or revised_then_named(sent, offset) or headline_tag(sent, offset) or headline_lead(sent, offset)
        or paragraph_tag(sent, offset) or enforcing_body(sent, offset) or ordered_by(sent, offset)
        or wire_voice(sent, offset) or framed_statement(sent, offset) or tagged_headline(sent, offset))


def _closes_quote(text: str) -> bool:
    """Whether a quotation opened in `text` (or before it) is closed in it."""
    return any(q in text for q in CLOSING_QUOTES)


def quote_closes_later(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ “Forty people died. We are still searching,” the mayor said. -> the mayor, for the first."""
    text = sent.text.strip()
    if text[:1] not in QUOTES or _closes_quote(text[1:]):
        return ()
    for nxt in following_sentences(sent, QUOTE_CLOSE_WINDOW):
        t = nxt.text.strip()
        if t[:1] in QUOTES and not _closes_quote(t[1:]):
            return ()  # a new quote opens: the first one closed unmarked
        if _closes_quote(t):
            return attribution_chain(nxt, offset)
    return ()


def confirmed_next(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "The toll climbed to 58. Jane Roe of the police confirmed the latest numbers." -> Jane Roe:
    a next sentence with no number of its own whose cue's object is the figures."""
    nxt = following_sentences(sent, 1)
    if not nxt or any(t.like_num for t in nxt[0]):
        return ()
    for a in find_attributions(nxt[0], offset):
        cue = sent.doc[a.cue_index] if a.cue_index >= 0 else None
        if cue is not None and cue.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lower_ in CONFIRMED_OBJECTS for c in cue.children):
            return a.chain
    return ()


def revised_then_named(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "The death toll was revised down on Monday from 88 to 85. Sheriff Tom Reed said DNA tests
    showed ..." -> Sheriff Tom Reed: a toll changed in the passive with no agent, and an official
    who speaks in the next sentence without a number of his own (PASSIVE_REVISION_VERBS)."""
    if not any(t.lemma_.lower() in PASSIVE_REVISION_VERBS and t.tag_ == "VBN"
               and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in REVISED_OBJECTS for c in t.children)
               and not any(c.dep_ == "agent" for c in t.children) for t in sent):
        return ()
    nxt = following_sentences(sent, 1)
    if not nxt or any(t.like_num and any(ch.isdigit() for ch in t.text) for t in nxt[0]):
        return ()
    found = find_attributions(nxt[0], offset)  # the sentence's own speaker, the outermost cue
    chain = clean_chain(found[0].chain) if found else ()
    from .origins import OFFICIALS, figure_origin_class

    if chain and chain[0].role == "origin" and figure_origin_class(chain, nxt[0].text) == OFFICIALS:
        return chain
    return ()


def _previous(sent: Span) -> Span | None:
    """The sentence (or line) right before `sent` that has words."""
    before = [s for s in line_sentences(sent.doc) if s.end <= sent.start and s.text.strip()]
    return before[-1] if before else None


def announced_before(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "The ministry released new figures on Friday. At least 40 people had died ..." -> the
    ministry: the sentence before announces figures (ANNOUNCING_VERBS with an ANNOUNCED_OBJECTS
    object) and gives no number of its own."""
    found = _announcer(sent, offset, counted=True)
    if found:
        return found  # "The opposition unveiled a list of 745 people killed": the same sentence
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is not None and not any(t.like_num for t in sent[: colon.i - sent.start]):
        # "The agency gave an update on Sunday: 312 people have been killed": the same sentence
        found = _announcer(sent.doc[sent.start : colon.i], offset)
        if found:
            return found
    prev = _previous(sent)
    if prev is None or any(t.like_num and any(ch.isdigit() for ch in t.text) for t in prev):
        return ()
    if _is_headline(prev):
        return ()
    return _announcer(prev, offset)


# Determiners that point an act noun back at what the text just told ("the move", "this decision").
POINTING_DETERMINERS: frozenset[str] = frozenset({"the", "this", "that"})
# Who can have done such an act, by the name's entity label or its origin class (`text.origins`).
ACT_DOER_LABELS: frozenset[str] = frozenset({"ORG", "PERSON", "GPE", "NORP"})
ACT_DOER_CLASSES: frozenset[str] = frozenset({OFFICIALS, STATE_MEDIA, FOREIGN_GOVERNMENT, RIGHTS_GROUPS, OPPOSITION,
                                              AGENCY_TALLY})


def act_before(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "The authorities said they had ended the search. The move sets the final toll at 173." ->
    the authorities: a sentence whose subject is an act noun pointing back (ACT_NOUNS with "the" or
    "this") gives the figure of whoever did the act, the speaker of the sentence before (or the
    subject of its verb, when that can speak)."""
    if not any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ACT_NOUNS
               and any(d.dep_ == "det" and d.lower_ in POINTING_DETERMINERS for d in t.children) for t in sent):
        return ()
    prev = _previous(sent)
    if prev is None or _is_headline(prev):
        return ()
    chain = attribution_chain(prev, offset)
    if chain:
        return chain
    from .attribution_names import _source, _speaks

    sub = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if sub is None or sub.pos_ == "PRON" or not _speaks(sub):
        return ()
    found = _source(sub, "origin", offset)
    # a doer that gives figures: a body the origin classes know, or a name ("Heavy rain fell" is no doer)
    if sub.ent_type_ not in ACT_DOER_LABELS and figure_origin_class((found,)) not in ACT_DOER_CLASSES:
        return ()
    return (found,)


def _announcer(span: Span, offset: int, counted: bool = False) -> tuple[Source, ...]:
    """The subject of a verb in `span` that announces figures (see `announced_before`); with
    `counted`, only one whose object holds the number itself ("published a list of 745 names")."""
    for t in span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in ANNOUNCING_VERBS:
            continue
        if not any(c.dep_ == "dobj" and (c.lower_ in ANNOUNCED_OBJECTS or c.lemma_.lower() in ANNOUNCED_OBJECTS)
                   and (any(g.like_num for g in c.subtree) if counted  # the count is in what was released
                        else not any(g.dep_ in ("acl", "relcl") for g in c.children))  # "a statement condemning X"
                   for c in t.children):
            continue
        sub = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if sub is None:
            continue
        from .attribution_names import _source, _speaks

        if not _speaks(sub) or sub.pos_ == "PRON":
            continue
        return (_source(sub, "origin", offset),)
    return ()


def _measures(span: Span) -> set[str]:
    """The measures a span's cue words name (the figures' own vocabulary)."""
    from ..figures.cues import PHRASE_CUES, VERB_CUES

    found = {VERB_CUES[t.lemma_.lower()] for t in span if t.lemma_.lower() in VERB_CUES}
    words = [t.lower_ for t in span]
    for phrase, measure in PHRASE_CUES.items():
        n = len(phrase)
        if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
            found.add(measure)
    return found


def elaborated_next(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "Four people were arrested. The manager and three engineers were taken into custody, the
    prosecutor said." -> the prosecutor: a next sentence with no figure of its own that a speaker
    states, of the same measure."""
    nxt = following_sentences(sent, 1)
    if not nxt or any(t.like_num and any(ch.isdigit() for ch in t.text) for t in nxt[0]):
        return ()
    chain = attribution_chain(nxt[0], offset)
    if not chain:
        return ()
    cues = {a.cue_index for a in find_attributions(nxt[0], offset)}
    told = [t for t in nxt[0] if t.i not in cues]
    mine = _measures(sent)
    if not mine or not mine & _measures(sent.doc[told[0].i : told[-1].i + 1] if told else nxt[0]):
        return ()
    return chain


def _is_headline(sent: Span) -> bool:
    text = sent.text.strip()
    return bool(text) and "\n" not in text and not text.endswith(SENTENCE_END)


def headline_lead(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "Toll rises to 28" over "The mayor said ..., bringing the toll to 28." -> the mayor: the
    source of the first sentence after the headline that writes one of its numbers."""
    if not _is_headline(sent):
        return ()
    numbers = {t.text.replace(",", "") for t in sent if t.like_num and any(ch.isdigit() for ch in t.text)}
    if not numbers:
        return ()
    for nxt in following_sentences(sent, HEADLINE_LEAD_WINDOW):
        if numbers & {t.text.replace(",", "") for t in nxt if t.like_num}:
            chain = attribution_chain(nxt, offset) or confirmed_next(nxt, offset)
            if chain or not _is_headline(nxt):
                return chain
            # the headline again (a page's title repeated, a social-media title): the lead follows
    return ()


def quote_continues(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """A quoted sentence with no cue belongs to the speaker of the quote it continues."""
    text = sent.text.lstrip()
    if text[:1] not in QUOTES:
        return ()
    doc = sent.doc
    k = sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if k <= 0:
        return ()
    prev = doc[doc[k].sent.start : k + 1]
    if not any(q in prev.text for q in QUOTES):
        return ()
    return attribution_chain(prev, offset)


def headline_tag(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "Toll revised down to 125 - official" -> official; "Police: 40 held" -> Police."""
    text = sent.text.rstrip()
    if not text or "\n" in text.strip() or text.endswith(SENTENCE_END):
        return ()
    base = sent.start_char + offset
    m = DASH_TAG_RE.search(text)
    if m and _speaker_tag(m.group(1), person_ok=False):
        return (Source(name=m.group(1), role="origin", start=base + m.start(1), end=base + m.end(1)),)
    m = COLON_TAG_RE.match(text)
    if m and _speaker_tag(m.group(1), person_ok=True, sent=sent, at=m.start(1)):
        return (Source(name=m.group(1), role="origin", start=base + m.start(1), end=base + m.end(1)),)
    m = END_COLON_TAG_RE.search(text)
    if m and _speaker_tag(m.group(1), person_ok=False):
        return (Source(name=m.group(1), role="origin", start=base + m.start(1), end=base + m.end(1)),)
    return ()


def _speaker_tag(tag: str, *, person_ok: bool, sent: Span | None = None, at: int = 0) -> bool:
    words = tag.split()
    if not words or len(words) > TAG_MAX_WORDS or any(ch.isdigit() for ch in tag):
        return False
    low = tag.lower()
    if words[-1].lower() in TAG_SPEAKER_HEADS or any(low.endswith(h) for h in TAG_SPEAKER_HEADS if " " in h):
        return True
    if person_ok and sent is not None:
        # a person's name before the colon ("Erdogan: ..."), as the NER reads it; a body's
        # name or acronym ("RHRC: Toll rises to 521", "WHO: ..."), not a page's label ("LIVE:")
        start = sent.start_char + at
        if any(e.label_ in TAG_NAME_LABELS and e.start_char <= start < e.end_char for e in sent.doc.ents):
            return tag.lower() not in NOT_TAG_SPEAKERS
        return acronym_tag(tag)
    return False



def paragraph_tag(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "... there are 238 casualties. Around 650 injured were taken to hospitals: Eastern Railway."
    -> Eastern Railway, for every sentence of that paragraph: a wire's closing source tag."""
    text = sent.doc.text
    lo = text.rfind("\n", 0, sent.start_char) + 1
    hi = text.find("\n", sent.end_char)
    hi = len(text) if hi == -1 else hi
    line = text[lo:hi].rstrip()
    m = PARAGRAPH_TAG_RE.search(line)
    if m is None or len(m.group(1).split()) > TAG_MAX_WORDS + 2:
        return ()
    name = m.group(1).rstrip(".")
    start, end = lo + m.start(1), lo + m.start(1) + len(name)
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not (any(t.ent_type_ in TAG_NAME_LABELS for t in span)
                            or span[-1].lower_ in TAG_SPEAKER_HEADS | BODY_TAG_HEADS):
        return ()
    return (Source(name=name, role="origin", start=start + offset, end=end + offset),)


def enforcing_body(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "The Bureau of Investigation on Friday arrested 3 officials" -> the bureau: the main verb
    of the sentence is an arrest whose object is counted and whose subject is a named body or an
    authority."""
    root = sent.root
    if root.lemma_.lower() not in ENFORCEMENT_VERBS:
        return ()
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    sub = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if obj is None or sub is None or not any(t.like_num for t in obj.subtree):
        return ()
    if not (sub.ent_type_ == "ORG" or sub.lower_ in ENFORCING_NOUNS):
        return ()
    ent = next((e for e in sent.doc.ents if e.start <= sub.i < e.end), None)
    name = ent if ent is not None and ent.label_ == "ORG" else sent.doc[sub.left_edge.i : sub.i + 1]
    return (Source(name=name.text, role="origin", start=name.start_char + offset, end=name.end_char + offset),)


def ordered_by(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "Five managers were arrested on Tuesday. ... According to Judge Ana Reis, who ordered the
    arrests, ..." -> Judge Ana Reis: an arrest told in the passive, with no one doing it, is the
    act of whoever a following sentence says ordered or made the arrests."""
    if not any(t.lemma_.lower() in ENFORCEMENT_VERBS and t.tag_ == "VBN"
               and not any(c.dep_ == "agent" for c in t.children) for t in sent):
        return ()
    for nxt in following_sentences(sent, ORDERED_BY_WINDOW):
        for t in nxt:
            if t.lemma_.lower() not in ORDERING_VERBS:
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in ENFORCEMENT_NOUNS for c in t.children):
                continue
            sub = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if sub is not None and sub.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                sub = t.head  # "Judge Ana Reis, who ordered the arrests"
            if sub is None or (sub.pos_ != "PROPN" and sub.lower_ not in ENFORCING_NOUNS):
                continue
            ent = next((e for e in nxt.doc.ents if e.start <= sub.i < e.end and e.label_ in TAG_NAME_LABELS), None)
            lo = sub.left_edge.i if ent is None else min(ent.start, sub.left_edge.i)
            hi = sub.i + 1 if ent is None else max(ent.end, sub.i + 1)
            name = nxt.doc[lo:hi]
            return (Source(name=name.text, role="origin", start=name.start_char + offset, end=name.end_char + offset),)
    return ()


def _wire_tag(line: str) -> tuple[str, int] | None:
    """The wire named by a tag opening `line` and where its name starts, or None."""
    m = WIRE_TAG_RE.match(line)
    if m is None:
        return None
    name = m.group("name").strip()
    words = name.split()
    if not words or len(words) > WIRE_MAX_WORDS or name.lower() in NOT_WIRES:
        return None
    # the text before the tag must be a dateline: capitalized places, dates, numbers, dashes
    for w in re.findall(r"[A-Za-z]+", m.group("pre")):
        if not (w[0].isupper() or w.lower() in DATELINE_WORDS):
            return None
    return name, m.start("name")


def _credit(line: str) -> tuple[str, int] | None:
    """The originator named by a credit line ("Source: X"), or None."""
    if len(line) > 90:
        return None
    m = CREDIT_RE.match(line)
    if m is None:
        return None
    name = re.sub(r"\s+in\s+[A-Z][a-z]+$", "", m.group("name").strip()).strip("“”\"' ")  # "... in English"
    if not name or any(ch.isdigit() for ch in name) or "http" in name.lower():
        return None
    return name, line.index(name, m.start("name"))


def _head_line(text: str, lo: int) -> bool:
    """Whether the line starting at `lo` is among the first WIRE_HEAD_LINES non-blank lines."""
    return sum(1 for ln in text[:lo].split("\n") if ln.strip()) < WIRE_HEAD_LINES


# A wire's summary of one statement names it in its lead and again in its closing lines ("...,
# says the prosecutor-general's office press release." twice): the closing cue is looked for in
# this many last sentences with words, and the lead's in this many first ones.
FRAME_LEAD_SENTENCES = 2
FRAME_CLOSE_SENTENCES = 3
# Where a document's framing statement is kept once read (spaCy's per-Doc user data).
FRAME_KEY = "cp_framed_statement"


def framed_statement(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "TASHKENT (Wire) - The toll has reached 173, says the prosecutor's office press release.
    ... Of 98 people detained, 52 have been arrested. ... Progress is to be reported, says the
    prosecutor's office press release." -> the office, for the figures told between: a text whose
    lead and closing lines credit one origin, and no sentence any other, relays that statement
    throughout."""
    doc = sent.doc
    if FRAME_KEY not in doc.user_data:
        doc.user_data[FRAME_KEY] = _frame(doc, offset)
    frame = doc.user_data[FRAME_KEY]
    if frame is None:
        return ()
    lo, hi, chain = frame
    return chain if lo <= sent.start < hi else ()


def _frame(doc: Doc, offset: int) -> tuple[int, int, tuple[Source, ...]] | None:
    sents = [s for s in line_sentences(doc) if any(t.is_alpha for t in s)]
    cued = [(i, chain) for i, s in enumerate(sents) if (chain := clean_chain(attribution_chain(s, offset)))]
    if len(cued) < 2:
        return None
    (first, chain), (last, _) = cued[0], cued[-1]
    if first >= FRAME_LEAD_SENTENCES or last < len(sents) - FRAME_CLOSE_SENTENCES or chain[0].role != "origin":
        return None
    # every cue names the lead's origin (the closing one may be parsed with it as a relay: "...,
    # says the office's press release" after a clause the parse takes for its subject)
    origin = _frame_name(chain[0].name)
    if not all(origin in {_frame_name(s.name) for s in c} for _, c in cued):
        return None
    return sents[first].end, sents[last].start, chain[:1]


def _frame_name(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip().lower())


def wire_voice(sent: Span, offset: int = 0) -> tuple[Source, ...]:
    """ "SEOUL, May 5 (Yonhap) -- Twelve more bodies were found, raising the toll to 262" -> Yonhap;
    "Source: Viasna Human Rights Center" atop a republished report -> Viasna, for its own-voice
    figures. The paragraph's own tag comes first, then the text's head."""
    text = sent.doc.text
    lo = text.rfind("\n", 0, sent.start_char) + 1
    hi = text.find("\n", lo)
    line = text[lo : len(text) if hi == -1 else hi]
    stripped = len(line) - len(line.lstrip())
    found = _wire_tag(line.lstrip())
    # a wire tag atop the text is the text's own dateline: the outlet may be that wire itself
    # (the document's outlet is not known here), so only a tag further down, a wire paragraph
    # inside another site's page, moves the figure off the outlet's own voice
    if found is not None and _head_line(text, lo):
        found = None
    if found is not None:
        name, at = found
        start = lo + stripped + at
        return (Source(name=name, role="origin", start=start + offset, end=start + len(name) + offset),)
    pos, seen = 0, 0
    for raw in text.split("\n"):
        line_start, pos = pos, pos + len(raw) + 1
        if not raw.strip():
            continue
        seen += 1
        if seen > WIRE_HEAD_LINES:
            break
        lead = len(raw) - len(raw.lstrip())
        found = _credit(raw.strip())
        if found is not None:
            name, at = found
            start = line_start + lead + at
            return (Source(name=name, role="origin", start=start + offset, end=start + len(name) + offset),)
    return ()
