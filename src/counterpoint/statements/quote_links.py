"""How a quotation is tied to its speaker when no cue beside it makes it plain: a colon after a
name or a clause, a name and a closing verb right after it, a continuation stopped by a new
subject, and which of a sentence's cues a quote belongs to (the one whose clause holds it, none
across a sentence end)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..models import Source
from ..text.attribution import Attribution
from ..text.attribution_cues import PRONOUN_LABELS
from . import lexicon as L
from .quotes import Quote, quote_at
from .speakers import People, resolve_pronoun

# Characters trimmed off the edges of a statement's spans.
EDGE = " \t\n,;:.—–-"
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}|he|she|they|He|She|They"
_AFTER_VERBS = "|".join(sorted(L.CLOSING_VERBS | L.SHORT_QUOTE_VERBS))
_NAMED_AFTER_RE = re.compile(
    r"[ \t]+(?:(?P<n1>" + _NAME + r")[ \t]+(?P<v1>" + _AFTER_VERBS + r")|(?P<v2>" + _AFTER_VERBS + r")[ \t]+(?P<n2>"
    + _NAME + r"))(?=[ \t]*[.,;\n]|$)")
# A sentence end between a cue and a quote: the quote is someone else's ("“…?” Obama said" is
# not the quote two sentences before).
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?\s")
# Title and initial abbreviations ("Gov.", "Mr.", "J.") are not sentence ends.
_ABBREVIATION_RE = re.compile(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.")


def colon_speaker(doc: Doc, text: str, q: Quote) -> tuple[str, int] | None:
    """ "The ministry's spokesman: “…”": a short noun phrase and a colon right before a quote
    (no verb: "X said: “…”" is found by its cue). Returns (speaker, where it starts)."""
    before = text[max(0, q.start - 160) : q.start].rstrip()
    if not before.endswith(":"):
        return None
    head = re.split(r"[\n.!?;]", before[:-1])[-1].strip()
    if not head or len(head.split()) > L.MAX_COLON_SPEAKER_WORDS:
        return None
    h0 = text.rfind(head, 0, q.start)
    span = doc.char_span(h0, h0 + len(head), alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span) or not any(t.pos_ in ("PROPN", "NOUN") for t in span):
        return None
    return head, h0


def colon_clause_speaker(doc: Doc, text: str, q: Quote, quotes: list[Quote],
                          people: People) -> tuple[str, str, str, int] | None:
    """ "Ruiz was quick to answer: “…”", "The minister put it bluntly: “…”": a clause closing on a
    colon right before a quote, whose main verb has a named subject (or a pronoun naming someone
    before), gives the quote to that subject even with no verb of saying. Returns (speaker, as
    written, cue, where the subject starts)."""
    before = text[: q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None or not len(colon):
        return None
    start = colon[0].sent.start
    clause = [t for t in doc[start : colon[0].i] if quote_at(quotes, t.idx) is None]
    # the clause's own verb: the first verb or auxiliary whose head lies outside the clause
    # (the parser often hangs the clause under the quote's verb)
    root = next((t for t in clause if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not start <= t.head.i < colon[0].i)),
                None)
    if root is None:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.pos_ != "PRON" and not speaking_name(subj):  # "His rival Maria Okoye was …"
        subj = next((c for c in subj.children if c.dep_ == "appos" and speaking_name(c)), None)
        if subj is None:
            return None
    written = doc[subj.left_edge.i : subj.i + 1]
    src = Source(name=written.text, role="origin", start=written.start_char, end=written.end_char)
    if subj.pos_ == "PRON":
        a = Attribution(cue_start=root.idx, cue_end=root.idx + len(root.text), cue_index=root.i, written=src,
                        chain=(), depth=0)
        a = resolve_pronoun(doc, a, q.start, quotes, people)
        if not a.chain:
            return None
        return a.chain[0].name, written.text, root.text, written.start_char
    return written.text, written.text, root.text, written.start_char


def other_subject_between(doc: Doc, a: int, b: int, speaker: str, written: str | None = None) -> bool:
    """ "“…,” Lee said. Ruiz was quick to answer, and … “…”": a person or body named as the
    subject of a clause between two quotes, other than their speaker, ends the continuation. The
    words the text gave that speaker where it named them are theirs too ("said Representative Ann
    Lee, Democrat of Ohio, on Fox. “…”"; "Obama's press secretary, Ben Lott, said. “…”")."""
    span = doc.char_span(a, b, alignment_mode="contract")
    if span is None:
        return False
    own = {w.lower().strip(".,()") for w in (speaker + " " + (written or "")).split()}
    return any(speaking_name(t) and t.lower_ not in own and (
        t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")))
        for t in span)


def speaking_name(t) -> bool:
    return t.pos_ == "PROPN" and t.ent_type_ in L.COLON_CLAUSE_SPEAKER_LABELS


def named_after(doc: Doc, text: str, q: Quote, quotes: list[Quote],
                 people: People) -> tuple[str, str, str, int] | None:
    """ "“Why can't he run his race?” Akin continued.": a name (or a pronoun naming someone
    before) and a verb of the closing kind right after a quote's marks, either order ("…,"
    continued Akin), speak it, though the verb is no cue of its own ("continued", "joked").
    Returns (speaker, as written, cue, evidence end)."""
    m = _NAMED_AFTER_RE.match(text, q.end)
    if m is None:
        return None
    name = m.group("n1") or m.group("n2")
    cue = m.group("v1") or m.group("v2")
    n0 = m.start("n1") if m.group("n1") else m.start("n2")
    if name.lower() in PRONOUN_LABELS:
        c0 = m.start("v1") if m.group("v1") else m.start("v2")
        a = Attribution(cue_start=c0, cue_end=c0 + len(cue), cue_index=-1,
                        written=Source(name=name, role="origin", start=n0, end=n0 + len(name)), chain=(), depth=0)
        a = resolve_pronoun(doc, a, q.start, quotes, people)
        return (a.chain[0].name, name, cue, m.end()) if a.chain else None
    span = doc.char_span(n0, n0 + len(name), alignment_mode="expand")
    if span is None or not any(t.ent_type_ in ("PERSON", "ORG") or t.lower_ in people.surnames for t in span):
        return None
    return name, name, cue, m.end()


def governs(doc: Doc, a: Attribution, q: Quote) -> bool:
    """The quote's first word lies in the clause the cue heads ("told voters that it is “…”"),
    not merely beside it ("“…,” Cruz said, according to The Hill": "according" heads only its
    own phrase)."""
    if a.cue_index < 0:
        return False
    span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="contract")
    if span is None or not len(span):
        return False
    cue = doc[a.cue_index]
    first = span[0]
    return first.i != cue.i and cue in first.ancestors


def adjacent(text: str, a: Attribution, q: Quote) -> bool:
    """No sentence ends between the cue and the quote (outside the quote), nor inside the quote's
    closing marks when the cue comes after it: "“…,” Lee said" closes on a comma, and a quote
    that closes on a full stop ("“… America’s workers.” Following her speech, House Democrats
    rejected …") is a sentence done, whose speaker the next sentence does not name, unless
    only that sentence's speaker stands between ("“… ours.” Lee said": a comma mistyped)."""
    gap = text[q.end : a.cue_start] if q.end <= a.cue_start else text[a.cue_end : q.start]
    if _SENTENCE_END_RE.search(_ABBREVIATION_RE.sub("", gap)):
        return False
    if q.end > a.cue_start or not text[q.inner_start : q.inner_end].rstrip().endswith("."):
        return True
    w = a.written
    between = text[q.end : w.start] if w is not None and w.start is not None and q.end <= w.start else gap
    return not between.strip(EDGE)
