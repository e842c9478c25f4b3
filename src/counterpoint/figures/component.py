"""Component `counterpoint_figures_v1`: numbers linked to what they count become FigureClaims.

Per sentence: a cheap test first (a measure cue stem and a number in the text), then the
sentence's figures (`sentence.extract_figures`), then the attribution chain, the as-of date and
the evidence of each, and the document-level passes (`document`). Reading one quantity from the
parse is `reading`; the sentence-level passes (changes, parts, lists) are `sentence`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import Evidence, FigureClaim, Source
from ..nlp.spans import line_sentences, span_evidence
from ..statements.speakers import figure_origin_class
from ..text.attribution import chain_for, find_attributions
from ..text.described_sources import named_later
from ..text.figure_sources import fallback_sources
from ..text.numbers import has_number
from . import cues as K
from . import graph_cues as G
from . import lists as L
from . import updates as U
from . import victims as V
from .anaphora import anaphoric_figures
from .cue_scan import find_cues
from .document import document_claims, drop_increments, link_back
from .figure import Figure, claim_key
from .sentence import extract_figures
from .tree import root_of, tokens_in

# A date introduced by these words is the figure's as-of date ("as of January 10", "by Wednesday").
AS_OF_BEFORE_RE = re.compile(r"\b(?:as of|as at|by|until|through|up to|on)\s*\(?$", re.I)
# A date introduced by these words is not when the count stood ("since January 2").
NOT_AS_OF_BEFORE_RE = re.compile(r"\b(?:since|from|began|started|beginning)\s*$", re.I)
# A date inside the phrase that names the start of a running total ("since the beginning of the
# protests on 30 March", "since the start of protests on March 30, 2018", "the marches, which began
# on May 1,") is when the count started, not when it stood, though an "on" stands right before it:
# the as-of date is then the publication's (or a later "as of" date).
START_OF_COUNT_RE = re.compile(r"\b(?:since|began|begun|started|beginning|start|outbreak)\b[^,;.()]{0,50}$", re.I)
# How far before a date the start phrase is looked for.
START_OF_COUNT_WINDOW = 60
# Markers that date the count itself even after a start phrase ("since March 30 as of May 4").
STRICT_AS_OF_BEFORE_RE = re.compile(r"\b(?:as of|as at|by|until|through|up to)\s*\(?$", re.I)
# A figure set against the speaker's own as the one rejected ("46, not 108, were killed", "46
# and not 108"): the speaker denies it, so it is not theirs (whose it is, the text says elsewhere).
REJECTED_BEFORE_RE = re.compile(r"\d[\d,.]*\s*,?\s*(?:and\s+|but\s+)?not\s+(?:the\s+)?(?:about\s+|some\s+)?$", re.I)
REJECTED_WINDOW = 30
SINGULAR_RE = re.compile(r"\b(?:a|an|another)\b", re.I)
# Only a full date, not later than publication, dates a figure unless "as of" / "by" marks it.
FULL_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Languages whose cue words and number formats the reader knows. A text identified as another
# language states no figure it can read ("134.000 Tote und Verletzte" is no count of 134): its
# numbers still anchor it to its event in clustering, from the text. A text too short or too mixed
# to identify is read.
READ_LANGUAGES: frozenset[str] = frozenset({"en"})


@Language.factory("counterpoint_figures_v1")
def make_figures_component(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent()


class FiguresComponent:
    def __call__(self, doc: Doc) -> Doc:
        out = doc._.cp_claims if doc._.cp_claims is not None else []
        if not _readable(doc.text):
            doc._.cp_claims = out
            return doc
        offset = doc._.cp_offset or 0
        published = doc._.cp_published
        full = doc.text  # spaCy rebuilds Doc.text from every token on each read: read it once
        year = U.event_year(full, published) if G.YEAR_RE.search(full) else None
        # the document speaks of a list of the missing: "the list" in it counts the missing
        missing_list = L.document_has_missing_list(full)
        found: list[tuple[Figure, FigureClaim]] = []
        sentence_of: list[int] = []  # the sentence number of each found claim
        named_at = -1  # the last sentence that names the last figure's count without a number
        for n, sent in enumerate(line_sentences(doc)):
            figures: list[Figure] = []
            text = sent.text
            low = text.lower()
            if missing_list and L.THE_LIST_RE.search(text) and has_number(text):
                pass  # "the list had 1,400 names on it": the list named before counts the missing
            elif not (K.CUE_STEMS_RE.search(low) or V.VICTIM_STEMS_RE.search(low)) or not (
                    has_number(text) or SINGULAR_RE.search(text) or K.ONE_VICTIM_STEMS_RE.search(low)
                    or V.VICTIM_STEMS_RE.search(low)):
                # the cheap filter: most sentences stop here, unless "that number" points back
                figures = _pointing_back(sent, found, sentence_of, n, named_at) if has_number(text) else []
                if not figures:
                    if found and K.CUE_STEMS_RE.search(low) and _names_measure(sent, found[-1][0].measure):
                        named_at = n
                    continue
            figures = figures or extract_figures(sent, published, year, missing_list) \
                or _pointing_back(sent, found, sentence_of, n, named_at)
            if not figures:
                if found and _names_measure(sent, found[-1][0].measure):
                    named_at = n
                continue
            atts = find_attributions(sent, offset)
            continued = () if atts else fallback_sources(sent, offset)
            as_of = _as_of(sent, published)
            evidence = span_evidence(sent, doc._.cp_doc_id or "", offset)
            base = offset + sent.start_char
            counted = [(g.quantity.start, g.quantity.end) for g in figures]
            claims = [_claim(f, doc._.cp_doc_id or "", evidence,
                             () if _rejected(sent, f) else
                             named_later(sent, _sources(sent, f, atts, counted) or continued, offset), as_of, base)
                      for f in figures]
            figures, claims = drop_increments(figures, claims, found, sentence_of, n)
            link_back(figures, claims, found, sentence_of, n)
            found.extend(zip(figures, claims, strict=False))
            sentence_of.extend(n for _ in figures)
        out.extend(document_claims(found, full, offset))
        doc._.cp_claims = out
        return doc


def _readable(text: str) -> bool:
    """Whether the text is in a language the reader knows (or cannot be identified)."""
    from ..ingest.language import detect_language  # the identifier's model loads on first use

    language = detect_language(text)
    return language is None or language in READ_LANGUAGES


def _pointing_back(sent: Span, found: list[tuple[Figure, FigureClaim]], sentence_of: list[int], n: int,
                   named_at: int) -> list[Figure]:
    """ "That number dropped on Sunday from 1,202 to 993": a sentence naming no measure takes the
    measure of the last figure a few sentences back (`anaphora`), or of a sentence just before it
    that names that count without a number ("The list is of all the people reported missing. That
    number dropped ...": the count is named again, so "that number" still points at it)."""
    if not found or n - max(sentence_of[-1], named_at) > G.GRAPH_WINDOW_SENTENCES:
        return []
    # The count the sentence before updated is the one followed ("raised the toll to 129, with 44
    # still missing. They had put the figure at 123 on Sunday"), else its first count of its own
    # ("updated the toll to 129, with 44 others missing": the toll, not what it is told with).
    last = [f for (f, _), k in zip(found, sentence_of, strict=False) if k == sentence_of[-1]]
    main = [f for f in last if not (f.part or f.older or f.hedged or f.background)]
    updated = [f for f in main if f.update_cue]
    return anaphoric_figures(sent, updated[0] if len(updated) == 1 else main[0] if main else found[-1][0])


def _names_measure(sent: Span, measure: str) -> bool:
    """Whether a sentence names a count of `measure` by one of its cue words."""
    return any(measure in c.measures for c in find_cues(sent))


def _rejected(sent: Span, f: Figure) -> bool:
    """ "Ministry: 46, not 108, killed": a figure the speaker (or the headline's tag) rejects is
    never theirs (REJECTED_BEFORE_RE)."""
    return bool(REJECTED_BEFORE_RE.search(sent.text[max(0, f.quantity.start - REJECTED_WINDOW):f.quantity.start]))


def _sources(sent: Span, f: Figure, atts: list, counted: list[tuple[int, int]]) -> tuple[Source, ...]:
    """The chain of the attribution that governs this figure's number (see `chain_for`);
    `counted` holds the sentence's figure spans, none of which can be who says so."""
    toks = tokens_in(sent, f.quantity.start, f.quantity.end)
    chain = chain_for(atts, sent.doc, root_of(toks) if toks else None)
    offset = (sent.doc._.cp_offset or 0)
    for a, b in counted:
        lo, hi = sent.start_char + a, sent.start_char + b
        if any(s.start is not None and s.end is not None and s.start - offset < hi and lo < s.end - offset for s in chain):
            # "19 foreigners are among the dead", "left 28 people confirmed dead and 274 missing":
            # a counted phrase is not who says so
            return tuple(s for s in chain if not (s.start is not None and s.end is not None
                                                  and s.start - offset < hi and lo < s.end - offset)) if len(chain) > 1 else ()
    return chain


def _claim(f: Figure, doc_id: str, evidence: Evidence, sources: tuple[Source, ...], as_of: str | None,
           base: int) -> FigureClaim:
    """The claim, with a provisional id from the quantity's offset in the document (`base` is
    where the sentence starts) so that parts and updates can point at it."""
    q = f.quantity
    return FigureClaim(
        id=claim_key(base + q.start), document=doc_id, measure=f.measure, value=q.value, low=q.low, high=q.high,
        qualifier=q.qualifier, unit=f.unit, subject=f.subject, evidence=evidence, as_of=as_of,
        sources=sources, place_name=f.place_name,
        part_of=claim_key(base + f.whole_at) if f.whole_at is not None and f.whole_at >= 0 else None,
        supersedes=tuple(claim_key(base + s) for s in f.older_at),
        update_cue=None if f.older else f.update_cue,
        hedged=f.hedged, scope=f.scope,
        origin_class=figure_origin_class(sources, evidence.text),
    )




def _as_of(sent: Span, published: str | None) -> str | None:
    """An explicit as-of date in the sentence, else the publication date, else None."""
    from ..text.dates import find_dates  # H3's resolver; imported here, not at module import

    text = sent.text
    found = find_dates(text, published)
    plain: str | None = None
    for k, dm in enumerate(found):
        before = text[max(0, dm.start - 12):dm.start]
        if not STRICT_AS_OF_BEFORE_RE.search(before) and \
                START_OF_COUNT_RE.search(text[max(0, dm.start - START_OF_COUNT_WINDOW):dm.start]):
            continue  # the day a running total started from
        if AS_OF_BEFORE_RE.search(before):
            # "as of that day (January 10th)": the explicit date in brackets says which day
            if k + 1 < len(found) and found[k + 1].start - dm.end <= 3:
                return found[k + 1].value
            return dm.value
        if (plain is None and not NOT_AS_OF_BEFORE_RE.search(before) and FULL_DATE_RE.match(dm.value)
                and (published is None or dm.value <= published)):
            plain = dm.value
    return plain or published

