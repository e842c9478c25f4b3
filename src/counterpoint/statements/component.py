"""Component `counterpoint_statements_v1`: who says what, as `StatementClaim` records.

Per sentence (cut at line breaks), the attributions of `counterpoint.text.attribution` give
speaker and cue; this module decides what was said:
- a direct quote: a quotation of at least `MIN_QUOTE_WORDS` words next to a cue outside it
  ("“…,” he said"; "X said: “…”"), its continuation in the next sentences or paragraph
  ("“…,” he said. “…”"), or a block quote closed by a line "– said X" / "– writes X";
- reported speech: the cue's clausal or object dependents ("said that …", "accused Y of …",
  "denied …"), else the clause the cue interrupts ("The plan, he said, will fail");
- according-to: the sentence without the "according to X" phrase.
A cue inside a quotation is the quoted speaker's own report: it keeps the inner speaker.
Sentences with no cue become own-voice statements only when they make a claim about causes,
blame or character (`lexicon.CLAIM_STEMS`): they are what propositions compare outlets on.
"""

from __future__ import annotations

import dataclasses
import re

import numpy as np
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from ..models import Evidence, StatementClaim
from ..nlp.spans import line_sentences
from ..text.attribution import Attribution, find_attributions
from ..text.attribution_cues import ACCORDING_LEMMAS, PRONOUN_LABELS, SPEECH_VERBS, STATEMENT_NOUNS
from . import lexicon as L
from .content import content_span, trim
from .embeds import embedded_posts
from .quote_links import (
    EDGE,
    adjacent,
    colon_clause_speaker,
    colon_speaker,
    governs,
    named_after,
    other_subject_between,
)
from .quotes import Quote, find_quotes, quote_at
from .speakers import (
    People,
    origin_class,
    resolve_description,
    resolve_document,
    resolve_pronoun,
    role_in,
    role_of,
)
from .stance_cues import stance_attributions

_CLOSING_RE = re.compile(
    r"^[ \t]*[" + L.CLOSING_DASHES + r"][ \t]*(" + "|".join(sorted(L.CLOSING_VERBS)) + r")\b[ \t]+([^\n]+?)[ \t]*[.,]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "“…” ― Ana Ruiz" at the end of the quote's line.
# (or before the next quote on that line, where the letters are run together: "“…” ― Ana Ruiz “…”")
_SIGNATURE_RE = re.compile(r"^[^\S\n]*([" + L.SIGNATURE_DASHES + r"])[^\S\n]*([A-Z][^\n!?;:“”\"]{1,80}?)[^\S\n]*\.?[^\S\n]*(?:$|(?=[“\"]))")
# "PENCE: We will …" / "Ruiz: Talks Have Failed" at a line start (after an optional opening mark).
_LINE_SPEAKER_RE = re.compile(
    r"^[ \t]*[\"“]?((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0," + str(L.MAX_LINE_SPEAKER_WORDS - 1)
    + r"})(:)[ \t]+(\S[^\n]*)$",
    re.MULTILINE)
# The speaker and verb right after a short quote ("“No,” she said", "“Why?” asked Ana Ruiz").
# ... or a role with the name in apposition ("“These are lies,” the interior minister, Paul Dorn, told …"),
# or a name with its description in apposition ("“We delivered,” Rep. Ann Lee, chair of the budget
# committee, said").
_SHORT_SAID_RE = re.compile(r"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}(?:" + "|".join(sorted(L.CLOSING_VERBS | L.SHORT_QUOTE_VERBS))
                            + r")\b|[ \t]+(?:he|she|they|we|I)[ \t]+(?:" + "|".join(sorted(L.CLOSING_VERBS | L.SHORT_QUOTE_VERBS))
                            + r")\b|[ \t]+the(?:[ \t]+[a-z][\w'’-]*){1,3},(?:[ \t]+[A-Z][\w.'’-]*){1,4},[ \t]+(?:"
                            + "|".join(sorted(L.CLOSING_VERBS | L.SHORT_QUOTE_VERBS)) + r")\b"
                            + r"|(?:[ \t]+[A-Z][\w.'’-]*){1,6},[^,“”\"\n]{1," + str(L.SHORT_QUOTE_APPOSITION_CHARS)
                            + r"},[ \t]+(?:" + "|".join(sorted(L.CLOSING_VERBS | L.SHORT_QUOTE_VERBS)) + r")\b")
# "Said Ellis: “…”", "Added the senator, “…”": a sentence opened by a verb of saying and its
# speaker, right before a quote.
_INVERTED_RE = re.compile(r"(?:^|(?<=[.!?”\"’][ \t])|(?<=[.!?][ \t]{2}))(?P<verb>" + "|".join(
    sorted(w.capitalize() for w in L.CLOSING_VERBS)) + r")[ \t]+(?P<name>(?:the[ \t]+)?(?:[A-Z][\w.'’-]*[ \t]*){1,4}?)"
    r"[ \t]*[:,][ \t]*$", re.MULTILINE)
_STEM_RE = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in L.CLAIM_STEMS) + ")", re.IGNORECASE)
_STOP_RE = re.compile(L.SPEAKER_STOP_RE)
# Words in a continuation's gap: at most this many characters between a quote and the next one
# of the same speaker (one paragraph break and a short sentence).
CONTINUATION_GAP = 400


@Language.factory("counterpoint_statements_v1")
def make_statements_component(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent()


def _mode(att: Attribution, text: str) -> str:
    cue = text[att.cue_start : att.cue_end].lower()
    return "according_to" if cue.startswith("according") or cue == "as per" else "reported"


class StatementsComponent:
    def __init__(self) -> None:
        # the attribution parse walk runs only on sentences holding a cue lemma ("according" is
        # lemmatized as itself or "accord")
        cues = SPEECH_VERBS | ACCORDING_LEMMAS | STATEMENT_NOUNS | L.STANCE_VERBS | {"per"}  # "as per X"
        self._cue_hashes = np.array(sorted(hash_string(c) for c in cues), dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        offset = doc._.cp_offset or 0
        doc_id = doc._.cp_doc_id or ""
        out = doc._.cp_claims if doc._.cp_claims is not None else []
        text = doc.text
        quotes = [q for q in find_quotes(text)
                  if q.words(text) >= L.MIN_QUOTE_WORDS or _short_said(text, q) or _short_sentence(text, q)]
        people = People.of(doc)
        claimed: dict[int, tuple[str, str | None, str | None]] = {}  # quote start -> speaker, written, cue
        lead_ins: dict[int, Attribution] = {}  # paragraph-closing sentence end -> its cue with nothing said
        made: list[StatementClaim] = []
        worded: set[int] = set()  # ids of the reported statements whose cue a word list holds
        has_cue = np.isin(doc.to_array("LEMMA"), self._cue_hashes)
        for i in doc._.cp_cue_tokens or ():  # the trained tagger's cues (cue_model)
            has_cue[i] = True
        for sent in line_sentences(doc):
            atts = _cues(sent, quotes, text) if has_cue[sent.start : sent.end].any() else []
            s0, s1 = sent.start_char, sent.end_char
            # an attribution with no speaker at all ("media reports" with nothing named) gives no statement
            outside = [a for a in atts if _has_speaker(a) and quote_at(quotes, a.cue_start) is None]
            # quotes in the sentence, or right before it when the parser made the cue a sentence
            # of its own ("“…?” \n Gov. Ortiz asked.")
            near = [q for q in quotes if q.start not in claimed and (
                (q.start < s1 and s0 < q.end) or (q.end <= s0 and not text[q.end : s0].strip(" ,"))
                or (q.start >= s1 and text[s0:s1].rstrip().endswith(":") and not text[s1 : q.start].strip()))]
            seen_cues: set[int] = set()
            # a verb of saying whose clause holds a quote speaks it before a cue beside it or a
            # verb of another kind ("X issued a statement after Lee told voters that it is “…”":
            # Lee; "“…,” Lee said, according to the Gazette": Lee); outer ones first among them
            governed = {id(a): [q for q in near if governs(doc, a, q)] for a in outside}
            outside.sort(key=lambda a: not (governed[id(a)] and _speech_cue(sent, a)
                                            and not _mode(a, text) == "according_to"))
            for a in outside:
                reach = [q for q in near if adjacent(text, a, q)]
                if reach:
                    own = [q for q in reach if q in governed[id(a)]]
                    q = min(own or reach, key=lambda q: min(abs(q.start - a.cue_end), abs(a.cue_start - q.end)))
                    near.remove(q)
                    a = _own_words(doc, a)
                    a = resolve_description(doc, resolve_pronoun(doc, a, q.start, quotes, people), q.start, quotes, people)
                    a = resolve_document(doc, a, quotes)
                    if not a.chain:
                        continue
                    claimed[q.start] = (a.chain[0].name, a.written.name if a.written else None,
                                        text[a.cue_start : a.cue_end])
                    made.append(self._claim(doc, a, q.inner_start, q.inner_end, "quote",
                                            min(s0, q.start), max(s1, q.end), offset, doc_id, text))
                    seen_cues.add(a.cue_start)
                    half = _other_half(text, a, q, near, atts)
                    if half is not None:  # "“…,” Lee said in an interview, “but …”": both halves
                        near.remove(half)
                        claimed[half.start] = claimed[q.start]
                        made.append(self._claim(doc, a, half.inner_start, half.inner_end, "quote",
                                                min(s0, half.start), max(s1, half.end), offset, doc_id, text))
            for a in atts:
                if a.cue_start in seen_cues or not _has_speaker(a):
                    continue
                a = resolve_document(doc, resolve_description(
                    doc, resolve_pronoun(doc, _own_words(doc, a), None, quotes, people), None, quotes, people), quotes)
                if not a.chain:
                    continue
                span = content_span(sent, a, text)
                if span is None:
                    if _ends_paragraph(text, s1) and _speech_cue(sent, a):
                        lead_ins[s1] = a  # "Lee wrote on Twitter on Monday." then a quoted paragraph
                    continue
                made.append(self._claim(doc, a, span[0], span[1], _mode(a, text), s0, s1, offset, doc_id, text))
                if _speech_cue(sent, a) or doc[a.cue_index].lemma_.lower() in L.STANCE_VERBS:
                    worded.add(id(made[-1]))  # a word list's cue, not only the tagger's
            if not any(a.chain for a in atts) and quote_at(quotes, s0) is None and not near and _STEM_RE.search(text[s0:s1]):
                if len(text[s0:s1].split()) >= 6:
                    s, e = trim(text, s0, s1)
                    made.append(StatementClaim(
                        id="", document=doc_id, speaker=None, speaker_name=None, text=text[s:e],
                        evidence=Evidence(document=doc_id, start=s + offset, end=e + offset, text=text[s:e]),
                        cue=None, mode="own_voice", content={"start": s + offset, "end": e + offset},
                        origin_class=L.OWN_ORIGIN))
        made.extend(self._line_speakers(doc, text, quotes, claimed, offset, doc_id))
        made.extend(self._posts(text, quotes, claimed, offset, doc_id))
        prior = [c for c in made if c.mode == "quote" or id(c) in worded]
        made.extend(self._unclaimed_quotes(doc, text, quotes, claimed, offset, doc_id, people, lead_ins, prior))
        made = _backfill_roles(made)
        out.extend(made)
        doc._.cp_claims = out
        return doc

    def _claim(self, doc: Doc, a: Attribution, c0: int, c1: int, mode: str, e0: int, e1: int,
               offset: int, doc_id: str, text: str) -> StatementClaim:
        e0, e1 = trim(text, e0, e1)
        speaker = a.chain[0]
        written = a.written.name if a.written else None
        role = role_of(doc, a)
        return StatementClaim(
            id="", document=doc_id, speaker=None, speaker_name=speaker.name, text=text[c0:c1],
            evidence=Evidence(document=doc_id, start=e0 + offset, end=e1 + offset, text=text[e0:e1]),
            cue=text[a.cue_start : a.cue_end], mode=mode,  # type: ignore[arg-type]
            content={"start": c0 + offset, "end": c1 + offset}, speaker_written=written,
            speaker_role=role, origin_class=origin_class(speaker.name, role),
        )

    def _unclaimed_quotes(self, doc: Doc, text: str, quotes: list[Quote], claimed: dict, offset: int,
                          doc_id: str, people: People, lead_ins: dict[int, Attribution],
                          before: list[StatementClaim]) -> list[StatementClaim]:
        """Quotes no cue in their sentence claims: a closing "– said X" line, a clause ending on a
        colon before the quote, a paragraph-closing sentence whose cue says nothing itself ("The
        governor answered on Twitter on Monday." then a quoted paragraph: an embedded post or a
        block quote), else the speaker of the quote just before (a continued quotation, unless
        someone else is the subject of a clause in between), else, for a quote opening its
        paragraph, whoever the paragraph before last attributed something to ("Senator Holt
        attacked the plan." then "“It is a giveaway to the banks.”")."""
        made: list[StatementClaim] = []
        last: tuple[int, tuple[str, str | None, str | None]] | None = None
        for q in quotes:
            if q.start in claimed:
                last = (q.end, claimed[q.start])
                continue
            after = text[q.end : q.end + 300]
            nl = after.find("\n")
            line_after = after[nl:].lstrip("\n") if nl != -1 and not after[:nl].strip(" ,.") else ""
            m = _CLOSING_RE.match(line_after.split("\n", 1)[0]) if line_after else None
            sig = _SIGNATURE_RE.match(after.split("\n", 1)[0])
            if sig and len(sig.group(2).split()) <= L.MAX_SIGNATURE_WORDS:
                name = sig.group(2).strip()
                e1 = q.end + sig.end(2)
                claimed[q.start] = (name, name, sig.group(1))
                made.append(self._plain(text, q, name, name, sig.group(1), role_in(name), q.start, e1, offset, doc_id))
            elif m:
                name = _STOP_RE.split(m.group(2), maxsplit=1)[0].strip()
                cue = m.group(1)
                start = q.end + nl + (len(after[nl:]) - len(after[nl:].lstrip("\n")))
                speaker, written = name, name
                span = doc.char_span(start, start + len(line_after.split("\n", 1)[0]), alignment_mode="expand")
                e1 = span.end_char if span is not None else q.end
                role = role_in(name)
                claimed[q.start] = (speaker, written, cue)
                made.append(self._plain(text, q, speaker, written, cue, role, q.start, e1, offset, doc_id))
            elif (intro := _lead_in(text, q, lead_ins)) is not None:
                claimed[q.start] = (intro.chain[0].name, intro.written.name if intro.written else None,
                                    text[intro.cue_start : intro.cue_end])
                made.append(self._claim(doc, intro, q.inner_start, q.inner_end, "quote", intro.cue_start, q.end,
                                        offset, doc_id, text))
            elif (inv := _INVERTED_RE.search(text, max(0, q.start - 120), q.start)) is not None:
                # "… more complicated. Said Ellis: “…”": the verb before its speaker, then the quote
                name = inv.group("name").strip()
                claimed[q.start] = (name, name, inv.group("verb"))
                made.append(self._plain(text, q, name, name, inv.group("verb"), role_in(name), inv.start("verb"), q.end,
                                        offset, doc_id))
            elif (lead := colon_speaker(doc, text, q)) is not None:
                name, n0 = lead
                claimed[q.start] = (name, name, ":")
                made.append(self._plain(text, q, name, name, ":", role_in(name), n0, q.end, offset, doc_id))
            elif (lead2 := colon_clause_speaker(doc, text, q, quotes, people)) is not None:
                name, written, cue, n0 = lead2
                claimed[q.start] = (name, written, cue)
                made.append(self._plain(text, q, name, written, cue, role_in(name), n0, q.end, offset, doc_id))
            elif (named := named_after(doc, text, q, quotes, people)) is not None:
                name, written, cue, e1 = named
                claimed[q.start] = (name, written, cue)
                made.append(self._plain(text, q, name, written, cue, role_in(name), q.start, e1, offset, doc_id))
            elif (last is not None and q.start - last[0] <= CONTINUATION_GAP
                  and not other_subject_between(doc, last[0], q.start, last[1][0], last[1][1])):
                speaker, written, cue = last[1]
                claimed[q.start] = last[1]
                made.append(self._plain(text, q, speaker, written, cue, role_in(speaker), q.start, q.end,
                                        offset, doc_id))
            elif (prior := _paragraph_speaker(text, q, before, offset)) is not None:
                claimed[q.start] = (prior.speaker_name, prior.speaker_written, prior.cue)
                made.append(self._plain(text, q, prior.speaker_name or "", prior.speaker_written, prior.cue,
                                        prior.speaker_role, q.start, q.end, offset, doc_id))
            else:
                continue
            last = (q.end, claimed[q.start])
        return made

    def _line_speakers(self, doc: Doc, text: str, quotes: list[Quote], claimed: dict, offset: int,
                       doc_id: str) -> list[StatementClaim]:
        """Transcript lines and headlines led by a speaker and a colon ("PENCE: …", "Ruiz: …").
        The name must be a person or organization to the tagger, or written in capitals (a
        transcript's speaker); a quote opening the line is theirs."""
        made: list[StatementClaim] = []
        for m in _LINE_SPEAKER_RE.finditer(text):
            name, rest = m.group(1), m.group(3)
            if name.split()[0].lower().strip(".") in L.NOT_LINE_SPEAKERS or len(rest.split()) < L.MIN_QUOTE_WORDS:
                continue
            span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            caps = name.isupper() and len(name) > 1
            if not caps and (span is None or not any(t.ent_type_ in ("PERSON", "ORG", "NORP") or t.pos_ == "PROPN"
                                                     for t in span)) and not _named_elsewhere(doc, name):
                continue
            if caps and name in ("AP", "UPDATE", "BREAKING"):
                continue
            c0, c1 = trim(text, m.start(3), m.end(3))
            q = quote_at(quotes, m.start())
            if q is not None and q.start < m.start(1):
                claimed[q.start] = (name, name, ":")
            e0, e1 = trim(text, m.start(1), m.end(3))
            role = role_in(name)
            made.append(StatementClaim(
                id="", document=doc_id, speaker=None, speaker_name=name, text=text[c0:c1],
                evidence=Evidence(document=doc_id, start=e0 + offset, end=e1 + offset, text=text[e0:e1]),
                cue=":", mode="quote" if caps else "reported", content={"start": c0 + offset, "end": c1 + offset},
                speaker_written=name, speaker_role=role, origin_class=origin_class(name, role)))
        return made

    def _posts(self, text: str, quotes: list[Quote], claimed: dict, offset: int, doc_id: str) -> list[StatementClaim]:
        """Embedded posts closed by their signature ("… — Ana Ruiz (@anaruiz) May 2, 2019"): the
        author said the text (unless a cue already gave its quotation to someone)."""
        made = []
        for p in embedded_posts(text, quotes):
            if p.quote is not None:
                if p.quote.start in claimed:
                    continue
                claimed[p.quote.start] = (p.author, p.author, text[p.sig_start])
            role = role_in(p.author)
            made.append(StatementClaim(
                id="", document=doc_id, speaker=None, speaker_name=p.author, text=text[p.start : p.end],
                evidence=Evidence(document=doc_id, start=p.start + offset, end=p.sig_end + offset,
                                  text=text[p.start : p.sig_end]),
                cue=text[p.sig_start], mode="quote", content={"start": p.start + offset, "end": p.end + offset},
                speaker_written=p.author, speaker_role=role, origin_class=origin_class(p.author, role)))
        return made

    def _plain(self, text: str, q: Quote, speaker: str, written: str | None, cue: str | None,
               role: str | None, e0: int, e1: int, offset: int, doc_id: str) -> StatementClaim:
        e0, e1 = trim(text, e0, e1)
        return StatementClaim(
            id="", document=doc_id, speaker=None, speaker_name=speaker, text=text[q.inner_start : q.inner_end],
            evidence=Evidence(document=doc_id, start=e0 + offset, end=e1 + offset, text=text[e0:e1]),
            cue=cue, mode="quote", content={"start": q.inner_start + offset, "end": q.inner_end + offset},
            speaker_written=written, speaker_role=role, origin_class=origin_class(speaker, role),
        )



def _cues(sent: Span, quotes: list[Quote], text: str) -> list[Attribution]:
    """Speech and stance attributions of a sentence, outermost first, without the quoted
    speaker's own hedges ("“…, I think, …”" is part of the quote, not a statement of its own)."""
    atts = find_attributions(sent)
    atts = atts + stance_attributions(sent, {a.cue_index for a in atts}, sent.doc._.cp_cue_tokens or {})
    atts = [a for a in atts if not (_inside_quote(quotes, a.cue_start) and (
        (a.written is not None and a.written.name.lower() in L.FIRST_PERSON | L.QUOTED_PRONOUNS)
        or not _speech_cue(sent, a))) and not _naming_or_phrasal(sent, a)]
    return sorted(atts, key=lambda a: (a.depth, a.cue_start))


def _has_speaker(a: Attribution) -> bool:
    """A speaker, or a pronoun the attribution module left unresolved ("“…!” he tweeted" after a
    name its tagger did not take for a person): `resolve_pronoun` reads the People of the whole
    document and may still name them."""
    return bool(a.chain) or (a.written is not None and a.written.name.lower() in PRONOUN_LABELS)


def _speech_cue(sent: Span, a: Attribution) -> bool:
    """A verb of saying or "according to", not a stance or a verb only the tagger marks: inside
    a quotation those are the quoted speaker's own account ("“Our state will join others in
    opposing the ban,” the governor said" holds no statement of "our state")."""
    if a.cue_index < 0:
        return True
    tok = sent.doc[a.cue_index]
    return tok.lemma_.lower() in SPEECH_VERBS | ACCORDING_LEMMAS or tok.lower_ in ("according", "as")


def _own_words(doc: Doc, a: Attribution) -> Attribution:
    """ "“I believe we can win this,” Akin said, citing a “tremendous outpouring of support”": the
    words in quotation marks (or reported) are the speaker's own, not those of what they cite (the
    attribution module names the cited one the origin, as it should for a figure). The direct source speaks
    when a citing verb (`CITING_LEMMAS`) hangs on the cue or on the speaker; a verb of quoting
    ("quoting Y: “…”", "quoted Y as saying") still gives the quote to Y."""
    if len(a.chain) < 2 or a.cue_index < 0:
        return a
    holders = [doc[a.cue_index]]
    if a.written is not None and a.written.start is not None and a.written.end is not None:
        span = doc.char_span(a.written.start, a.written.end, alignment_mode="expand")
        if span is not None:
            holders.append(span.root)
    if not any(c.lemma_.lower() in L.CITING_LEMMAS for h in holders for c in h.children):
        return a
    direct = a.chain[-1]
    return dataclasses.replace(a, chain=(dataclasses.replace(direct, role="origin"),))


def _other_half(text: str, a: Attribution, q: Quote, near: list[Quote], atts: list[Attribution]) -> Quote | None:
    """ "“Our goal is to limit the cuts,” Ann Lee, the group's policy chief, said in an interview,
    “but we also want the fund made solvent.”": a quotation split by its attribution. The half
    before the cue closes on a comma inside its marks, the half after opens right after a comma,
    no other cue stands between them, and the attribution between is short
    (`SPLIT_QUOTE_GAP` characters)."""
    others = [b.cue_start for b in atts if b.cue_start != a.cue_start]
    for r in near:
        first, second = (q, r) if q.end <= a.cue_start else (r, q)
        if not (first.end <= a.cue_start and a.cue_end <= second.start):
            continue
        gap = text[first.end : second.start]
        if (len(gap) <= L.SPLIT_QUOTE_GAP and "\n" not in gap and gap.rstrip().endswith(",")
                and text[first.inner_start : first.inner_end].rstrip().endswith(",")
                and not any(first.end <= k < second.start for k in others)):
            return r
    return None


def _lead_in(text: str, q: Quote, lead_ins: dict[int, Attribution]) -> Attribution | None:
    """The cue of the sentence closing the paragraph right before a quote that opens its own."""
    k = q.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    a = lead_ins.get(k)
    return a if a is not None and "\n" in text[k : q.start] else None


def _paragraph_speaker(text: str, q: Quote, made: list[StatementClaim], offset: int) -> StatementClaim | None:
    """The last attributed statement of the paragraph right before a quote that opens its own
    paragraph, if it names its speaker; for a quote that opens a sentence inside its paragraph,
    the statement of the sentence right before it ("Lee left the court saying she felt no anger.
    “They are big, but not too big to be challenged.”")."""
    k = q.start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and text[k - 1] != "\n":
        return _sentence_speaker(text, q, k, made, offset)
    while k > 0 and text[k - 1].isspace():
        k -= 1
    floor = text.rfind("\n", 0, k) + 1
    inside = [c for c in made if c.mode in ("reported", "quote") and c.speaker_name and c.speaker_written
              and floor <= c.evidence.end - offset <= k]
    return max(inside, key=lambda c: c.evidence.end) if inside else None


def _sentence_speaker(text: str, q: Quote, k: int, made: list[StatementClaim], offset: int) -> StatementClaim | None:
    """The named speaker of the sentence that ends at `k`, right before a quote that opens the
    next sentence of the same paragraph (a reported statement or quote ending that sentence), for
    a quote of at least `MIN_QUOTE_WORDS` words."""
    if text[k - 1] not in ".!?" and not (text[k - 1] in "”\"" and k > 1 and text[k - 2] in ".!?"):
        return None
    if q.words(text) < L.MIN_QUOTE_WORDS:
        return None  # "“Shal, ket!” was the chant": a short cry is no one's continued statement
    floor = text.rfind("\n", 0, k) + 1
    inside = [c for c in made if c.mode in ("reported", "quote") and c.speaker_name and c.speaker_written
              and floor <= c.evidence.end - offset <= k and not text[c.evidence.end - offset : k].strip(EDGE + "”\"")]
    return max(inside, key=lambda c: c.evidence.end) if inside else None


def _ends_paragraph(text: str, k: int) -> bool:
    rest = text[k : k + 40]
    return "\n" in rest[: len(rest) - len(rest.lstrip())] or not rest.strip()


def _inside_quote(quotes: list[Quote], k: int) -> bool:
    q = quote_at(quotes, k)
    return q is not None and q.inner_start <= k < q.inner_end


def _short_sentence(text: str, q: Quote) -> bool:
    """ "“…,” Lee said. “God help us.”": a short quote that is a whole sentence of its own (it
    opens a sentence and closes on ".", "?" or "!" inside its marks) is an utterance, not a
    scare-quoted label; it continues the quotation before it."""
    inner = text[q.inner_start : q.inner_end].rstrip()
    if not inner or inner[-1] not in ".?!":
        return False
    before = text[max(0, q.start - 3) : q.start].rstrip(" \t")
    return not before or before[-1] in "\n.?!\"”’"


def _short_said(text: str, q: Quote) -> bool:
    """ "“I would,” Melanie said.": a short quote is an utterance, not a scare-quoted label, when
    it ends on a comma, "?" or "!" inside its marks and a verb of saying follows it directly."""
    inner = text[q.inner_start : q.inner_end].rstrip()
    return bool(inner) and inner[-1] in ",?!" and _SHORT_SAID_RE.match(text, q.end) is not None


def _naming_or_phrasal(sent: Span, a: Attribution) -> bool:
    """A cue word that names or moves, not speaks: "a group called X", "The program, called
    EB-5," (a participle naming its noun), "failed to show up" (a phrasal verb)."""
    if a.cue_index < 0:
        return False
    tok = sent.doc[a.cue_index]
    lemma = tok.lemma_.lower()
    if lemma in L.NAMING_PARTICIPLES and tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True
    return any(c.dep_ == "prt" and (lemma, c.lower_) in L.NON_CUE_PHRASALS for c in tok.children)


def _backfill_roles(claims: list[StatementClaim]) -> list[StatementClaim]:
    """A speaker named once with a role ("President Tokayev") and once without ("Tokayev") has
    the role both times: keyed by the name's last word within the document."""
    roles: dict[str, str] = {}
    for c in claims:
        if c.speaker_role and c.speaker_name:
            roles.setdefault(c.speaker_name.split()[-1].lower(), c.speaker_role)
    out = []
    for c in claims:
        if not c.speaker_role and c.speaker_name:
            role = roles.get(c.speaker_name.split()[-1].lower())
            if role:
                c = dataclasses.replace(c, speaker_role=role, origin_class=origin_class(c.speaker_name, role))
        out.append(c)
    return out


def _named_elsewhere(doc: Doc, name: str) -> bool:
    """ "Sanders: Clinton needs …" over "Bernie Sanders offered …": a headline's lead word the
    tagger misreads (a capitalized headline word looks like a common noun) is a speaker when the
    text names a person or organization with it, or when it is a body of findings ("Poll: …")."""
    if name.lower() in L.LINE_SOURCE_NOUNS:
        return True
    words = set(name.split())
    return any(e.label_ in ("PERSON", "ORG") and words & {t.text for t in e} for e in doc.ents)
