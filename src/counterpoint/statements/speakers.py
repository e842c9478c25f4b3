"""Speakers: the role a text gives them, and their origin class for an outlet's sourcing."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..models import Source
from ..text.attribution import Attribution
from ..text.attribution_cues import PRONOUN_LABELS, STATEMENT_NOUNS
from ..text.attribution_names import _in_dateline
from ..text.origins import figure_origin_class  # noqa: F401  (the one figure origin classifier; re-exported)
from . import lexicon as L
from .descriptions import body_antecedent, named_by, role_antecedent


@cache
def _role_re() -> re.Pattern[str]:
    phrases = sorted(L.ROLE_PHRASES, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b", re.IGNORECASE)


def role_in(name: str) -> str | None:
    """The role word a source phrase carries: "Kazakh President Tokayev" -> "president"."""
    m = _role_re().search(name)
    return m.group(1).lower() if m else None


def role_of(doc: Doc, att: Attribution) -> str | None:
    """The role in the source as written, else in an apposition to it ("Ablyazov, the opposition
    leader, said"), else in the resolved name."""
    if att.written is not None:
        role = role_in(att.written.name)
        if role:
            return role
        if att.written.start is not None:
            span = doc.char_span(att.written.start, att.written.end, alignment_mode="expand")
            if span is not None:
                for child in span.root.children:
                    if child.dep_ == "appos":
                        role = role_in(doc[child.left_edge.i : child.right_edge.i + 1].text)
                        if role:
                            return role
    return role_in(att.chain[0].name) if att.chain else None


@cache
def _class_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for cls, words in L.ORIGIN_CLASSES:
        # a word also matches its plural ("officials", "rights groups"), not a longer word
        alts = "|".join(re.escape(w.strip()) + (r"(?:s|es)?\b" if w[-1:].isalpha() else r"\b") for w in words)
        out.append((cls, re.compile(r"\b(?:" + alts + ")", re.IGNORECASE)))
    return tuple(out)


def origin_class(name: str | None, role: str | None = None) -> str:
    """officials / state media / opposition / rights groups / witnesses / unnamed / other."""
    probe = " ".join(x for x in (name, role) if x)
    if not probe:
        return "unnamed"
    for cls, rx in _class_res():
        if rx.search(probe):
            return cls
    return L.OTHER_ORIGIN


# The possessive endings the tokenizer splits off a name ("Lee’s").
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _capitalized(tok) -> bool:
    """ "Lee", "McCain" (not "AP", not "I")."""
    return len(tok.text) > 1 and tok.text[0].isupper() and not tok.is_upper


def _surname(ent: Span) -> str | None:
    toks = [t for t in ent if t.lower_ not in _POSSESSIVES]
    return toks[-1].lower_ if toks and _capitalized(toks[-1]) else None


@dataclass(frozen=True, slots=True)
class People:
    """Who the document names as people: surnames of PERSON names ("Nancy Pelosi" makes a lone
    "Pelosi" a person even where the tagger took it for an organization), and the gender a
    courtesy title gives a surname anywhere in the document ("Mr. Ruiz" -> "he")."""

    surnames: frozenset[str]
    gender: dict[str, str]
    # how often each surname is written (as the last word of a person's name): the article's
    # protagonist is the most named
    counts: dict[str, int] = dataclasses.field(default_factory=dict)

    # token indices of surnames written outside any entity (a later stage may have dropped the
    # tagger's lone "Clinton"): pronouns may stand for them too
    lone: tuple[int, ...] = ()
    # speaker pronouns already resolved in the document: where the pronoun is written -> (the
    # pronoun, whom it stands for); a later same pronoun with no fitting name between continues it
    resolved: dict[int, tuple[str, Source]] = dataclasses.field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc) -> People:
        # a lone surname the tagger calls a person somewhere ("Pelosi") is one everywhere; the
        # surname is the last capitalized word before a possessive ("Ana Lee’s"), "McCain" too
        surnames = {s for e in doc.ents if e.label_ == "PERSON" and (s := _surname(e))}
        counts: dict[str, int] = {}
        for tok in doc:  # every time a surname is written, whatever the tagger made of it there
            if _capitalized(tok) and tok.lower_ in surnames:
                counts[tok.lower_] = counts.get(tok.lower_, 0) + 1
        in_ents = {t.i for e in doc.ents for t in e}
        lone = tuple(t.i for t in doc if t.i not in in_ents and t.pos_ == "PROPN" and _capitalized(t)
                     and t.lower_ in surnames)
        gender: dict[str, str] = {}
        for tok in doc:
            title = tok.lower_.rstrip(".")
            if title in L.TITLE_GENDER and tok.i + 1 < len(doc):
                # the surname is the last capitalized word after the title ("Mrs. Anna Lund")
                k = tok.i + 1
                while k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN":
                    k += 1
                if doc[k].is_title:
                    gender.setdefault(doc[k].lower_, L.TITLE_GENDER[title])
        return cls(frozenset(surnames), gender, counts, lone)

    def mentions(self, doc: Doc) -> list[Span]:
        """The document's entities and its lone surnames (as PERSON spans), in text order."""
        spans = list(doc.ents) + [Span(doc, i, i + 1, label="PERSON") for i in self.lone]
        return sorted(spans, key=lambda e: e.start)

    def protagonist(self) -> str | None:
        """The surname the document names most, if named at least `PROTAGONIST_MENTIONS` times
        and more often than any other."""
        ranked = sorted(self.counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < L.PROTAGONIST_MENTIONS:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def evidence(self, ent: Span, pronoun: str) -> int:
        """How plainly the text marks `ent` as what `pronoun` stands for: 2 for the article's
        protagonist, 1 for a gender the text gives it by a courtesy title, 0 otherwise."""
        last = ent[-1].lower_
        if last == self.protagonist():
            return 2
        return int(pronoun in L.PERSONAL_PRONOUNS and self.gender.get(last) == pronoun)

    def stronger(self, near: Span, far: Span, pronoun: str) -> bool:
        """Whether a nearer candidate's evidence outweighs a farther one's subject role."""
        return self.evidence(near, pronoun) > self.evidence(far, pronoun)

    def fits(self, ent: Span, pronoun: str, labels: frozenset[str]) -> bool:
        """Whether `ent` can be what `pronoun` refers to."""
        last = ent[-1].lower_
        if ent.label_ not in labels and not (pronoun in L.PERSONAL_PRONOUNS and last in self.surnames):
            return False
        g = self.gender.get(last)
        if g is not None and pronoun in L.PERSONAL_PRONOUNS and g != pronoun:
            return False
        doc = ent.doc
        prev = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
        first = ent[0].lower_.rstrip(".")
        title = L.TITLE_GENDER.get(prev) or L.TITLE_GENDER.get(first)
        return title is None or pronoun not in L.PERSONAL_PRONOUNS or title == pronoun


def _previous_paragraph_start(text: str, k: int) -> int:
    """Where the paragraph before the one holding `k` starts (0 at the top of the text)."""
    nl = text.rfind("\n", 0, k)
    if nl == -1:
        return 0
    while nl > 0 and text[nl - 1].isspace():
        nl -= 1
    return text.rfind("\n", 0, nl) + 1


def _subject_level(ent: Span) -> int:
    """2: the subject of its sentence's main verb (or of a verb coordinated with it); 1: the
    subject of some clause; 0: not a subject. A name heading a compound, apposition or
    possessive counts as the noun it belongs to."""
    root = ent.root
    for _ in range(3):
        if root.dep_ in L.SUBJECT_DEPS:
            verb = root.head
            # the subject of a verb of saying or of taking a position is a speaker, as salient
            # as a main clause's ("…, in which Lee attacked the plan. “…,” he said": Lee)
            if root.dep_ == "nsubj" and _speaks(verb):
                return 2
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            return 2 if verb.dep_ == "ROOT" else 1
        if root.dep_ not in ("compound", "appos") or root.head.i == root.i:
            return 0
        root = root.head
    return 0


def _speaks(verb) -> bool:
    from ..text.attribution_cues import SPEECH_VERBS

    lemma = verb.lemma_.lower()
    if verb.pos_ == "AUX" or lemma == "be":  # "was quick to retort": the verb it governs
        lemma = next((c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"), lemma)
    return lemma in SPEECH_VERBS or lemma in L.STANCE_VERBS


def resolve_pronoun(doc: Doc, a: Attribution, quote_start: int | None, quotes: list, people: People) -> Attribution:
    """ "“… Nazarbayev …,” he said": a pronoun speaker is a person named before the quote (or
    the cue), never one named inside it (or inside any other quote). The most salient candidate
    within `PRONOUN_REACH` characters wins: the nearest subject of a main clause in the last
    `SALIENT_REACH` characters ("Ruiz attacked Lind, who said that Ortiz lied. “…,” he said":
    Ruiz), else the nearest subject of any clause, else the nearest name; a gender the text
    gives by a title ("Mr.", "Mrs.") must fit. A farther subject yields to a name in the same or
    the previous paragraph that the text marks more plainly (a fitting courtesy title, or the
    article's protagonist), and the same pronoun resolved as a speaker just before carries its
    referent on (`_chained`)."""
    w = a.written
    pronoun = w.name.lower() if w is not None else ""
    labels = PRONOUN_LABELS.get(pronoun)
    if labels is None or len(a.chain) > 1:
        return a
    before = a.cue_start if w is None or w.start is None else min(a.cue_start, w.start)
    if quote_start is not None:
        before = min(before, quote_start)
    src = referent(doc, pronoun, labels, before, quotes, people)
    return a if src is None else _remember(people, w, dataclasses.replace(a, chain=(src,)))


def referent(doc: Doc, pronoun: str, labels: frozenset[str], before: int, quotes: list,
             people: People) -> Source | None:
    """Whom `pronoun` written at `before` stands for (see `resolve_pronoun`); an empty pronoun
    takes any candidate of `labels`, of either gender."""
    from .quotes import quote_at

    best: list[Span | None] = [None, None, None]  # by subject level 0, 1, 2
    salient = False  # best[2] is a main-clause subject within SALIENT_REACH
    local: Span | None = None  # the nearest candidate in the pronoun's or the previous paragraph
    floor = _previous_paragraph_start(doc.text, before)
    for ent in reversed(people.mentions(doc)):
        if ent.end_char > before or quote_at(quotes, ent.start_char) is not None:
            continue
        if before - ent.end_char > L.PRONOUN_REACH:
            break
        if not people.fits(ent, pronoun, labels):
            continue
        if local is None and ent.start_char >= floor:
            local = ent
        level = _subject_level(ent)
        if level == 2 and before - ent.end_char > L.SALIENT_REACH:
            level = 1
        if best[level] is None:
            best[level] = ent
        if level == 2:
            salient = True
            break
    pick = best[2] or best[1] or best[0]
    chained = _chained(doc, people, pronoun, before, best) if pronoun else None
    if chained is not None:
        # "“…,” she wrote above a photo of Ana Marsh. She went on to say …": the same pronoun as
        # a speaker just before stands for the same person, unless a name that fits comes between
        # or a nearer subject outranks it
        return chained
    if pick is None:
        # "Pelosi did not mince words. “…,” she said": no name the tagger marks fits; a subject
        # just before that it took for no person speaks
        subject = _untagged_subject(doc, pronoun, before, quotes, people)
        if subject is None:
            return None
        return Source(name=subject.text, role="origin", start=subject.start_char, end=subject.end_char)
    if not salient and local is not None and local is not pick and people.stronger(local, pick, pronoun):
        # "Enter Ms. Voss …. “…,” she wrote": the name just before, whom the text marks as a
        # woman (or as the article's protagonist), over a subject paragraphs back it does not
        pick = local
    return Source(name=pick.text, role="origin", start=pick.start_char, end=pick.end_char)


def _untagged_subject(doc: Doc, pronoun: str, before: int, quotes: list, people: People) -> Span | None:
    """For "he"/"she": the nearest main-clause subject within `SALIENT_REACH` characters before
    `before`, outside quotations, that is a capitalized name no tagger marked as a place or a
    thing, or a role in common words ("the president was blunt"); none if the text gives it
    another gender."""
    from .quotes import quote_at

    if pronoun not in L.PERSONAL_PRONOUNS:
        return None
    for tok in reversed(doc[: _index_at(doc, before)]):
        if before - tok.idx > L.SALIENT_REACH:
            return None
        if tok.dep_ not in L.SUBJECT_DEPS or quote_at(quotes, tok.idx) is not None:
            continue
        # (a name the tagger marks as a person is a candidate of `resolve_pronoun` already)
        name = tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ not in L.NOT_PERSON_LABELS | {"PERSON"} \
            and tok.lower_ not in people.surnames and not any(c.dep_ == "det" for c in tok.children)  # "the Bureau"
        role = tok.pos_ == "NOUN" and tok.lemma_.lower() in L.PERSON_ROLE_NOUNS
        if not (name or role) or people.gender.get(tok.lower_, pronoun) != pronoun:
            continue
        span = doc[tok.i : tok.i + 1]
        if _subject_level(span) == 2:
            return doc[tok.left_edge.i : tok.i + 1] if role else span
    return None


def _index_at(doc: Doc, k: int) -> int:
    return next((t.i for t in doc if t.idx >= k), len(doc))


def _chained(doc: Doc, people: People, pronoun: str, before: int, best: list[Span | None]) -> Source | None:
    """Whom the latest same speaker pronoun written before `before` stands for, when it is nearer
    than every name that fits (`best`: the nearest candidates by subject level), or is itself a
    main-clause subject within `SALIENT_REACH` and nearer than any such subject named."""
    spots = [k for k, (p, _) in people.resolved.items() if p == pronoun and before - L.PRONOUN_REACH < k < before]
    if not spots:
        return None
    k = max(spots)
    names = [e for e in best if e is not None]
    if not names or k > max(e.end_char for e in names):
        return people.resolved[k][1]
    span = doc.char_span(k, k + len(pronoun), alignment_mode="expand")
    if (span is not None and _subject_level(span) == 2 and before - k <= L.SALIENT_REACH
            and (best[2] is None or k > best[2].end_char)):
        return people.resolved[k][1]
    return None


def _remember(people: People, written: Source | None, a: Attribution) -> Attribution:
    if written is not None and written.start is not None and a.chain:
        people.resolved[written.start] = (written.name.lower(), a.chain[0])
    return a


def resolve_document(doc: Doc, a: Attribution, quotes: list) -> Attribution:
    """ "“…,” the ad says" after "the campaign answered with an ad of its own": a document as the
    speaker stands for its author, the named subject of the latest verb before the cue whose
    object is a document of the same family, or the document's possessor ("the group's
    letter"), within `DOCUMENT_AUTHOR_REACH` characters and outside quotes. Unchanged otherwise."""
    from .quotes import quote_at

    w = a.written
    if w is None or w.start is None or len(a.chain) != 1 or not w.name.startswith(a.chain[0].name):
        return a
    words = w.name.lower().split()
    span = doc.char_span(w.start, w.end, alignment_mode="expand")
    family = L.DOCUMENT_FAMILIES.get(words[-1]) if words and len(words) <= L.MAX_DESCRIPTION_WORDS else None
    if family is None and span is not None and words and words[0] in L.DEFINITE_ARTICLES:
        # "the lawsuit from Nebraska and Oklahoma, where …, argues": the head noun is the document
        family = L.DOCUMENT_FAMILIES.get(span.root.lower_)
    if span is not None and words and words[0] in ("a", "an"):
        # "The group has drafted a resolution of its own condemning …", "Parker sent her a letter
        # citing …": a document brought in here is its maker's, named right there
        if L.DOCUMENT_FAMILIES.get(span.root.lower_) is not None:
            maker = _maker(doc, span.root, quotes)
            return dataclasses.replace(a, chain=(maker,)) if maker is not None else a
    if family is None:
        return a
    before = min(a.cue_start, w.start)
    if span is not None:  # "the group's letter said": its possessor; "the suit by X": its author
        owner = next((c for c in span.root.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")
                      and c.lower_ not in PRONOUN_LABELS), None)
        if owner is not None:
            return _as_chain(a, doc[owner.left_edge.i : owner.i + 1])
        author = _document_author(span.root, own=True)
        if author is not None:
            return _as_chain(a, author)
    for tok in reversed(doc[: span.start if span is not None else len(doc)]):
        if tok.idx >= before:
            continue
        if before - tok.idx > L.DOCUMENT_AUTHOR_REACH:
            break
        if L.DOCUMENT_FAMILIES.get(tok.lower_) != family or quote_at(quotes, tok.idx) is not None:
            continue
        author = _document_author(tok)
        if author is not None:
            return _as_chain(a, author)
    return a


def _maker(doc: Doc, doc_tok, quotes: list) -> Source | None:
    """Who made a document written as the object of their verb: a named subject, or a generic
    body ("the group") standing for the organization named before it."""
    author = _document_author(doc_tok)
    if author is not None:
        return Source(name=author.text, role="origin", start=author.start_char, end=author.end_char)
    verb = doc_tok.head.head if doc_tok.dep_ == "pobj" else doc_tok.head
    sub = next((c for c in verb.children if c.dep_ == "nsubj"), None) if doc_tok.dep_ in ("dobj", "pobj") else None
    if sub is None or sub.pos_ != "NOUN":
        return None
    return body_antecedent(doc, sub.lemma_.lower(), sub.idx, quotes)


def _document_author(doc_tok, own: bool = False) -> Span | None:
    """Who made, sent or signed a document token: its possessor, the agent of "by", or the named
    subject of the verb whose object it is (not when `own`: the document itself speaks, so the
    verb is its own saying)."""
    doc = doc_tok.doc
    for c in doc_tok.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.lower_ not in PRONOUN_LABELS:
            return doc[c.left_edge.i : c.i + 1]
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_):
                # "from Nebraska and Oklahoma": the coordinated names too
                last = max([obj.i] + [g.i for g in obj.children if g.dep_ == "conj" and g.pos_ == "PROPN"]
                           + [g.right_edge.i for g in obj.children if g.dep_ == "conj" and g.pos_ == "PROPN"])
                return doc[obj.left_edge.i : last + 1]
    if own:
        return None
    verb = doc_tok.head
    if doc_tok.dep_ == "pobj":
        verb = verb.head  # "answered with an ad"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sub = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if sub is None or sub.pos_ == "PRON" or not any(t.pos_ == "PROPN" or t.ent_type_ for t in sub.subtree):
        return None
    if _in_dateline(sub):
        return None  # "WASHINGTON – Lee's campaign released a statement": the parse's subject is the place
    return doc[sub.left_edge.i : sub.i + 1]


def _as_chain(a: Attribution, span: Span) -> Attribution:
    name = span.text.strip()
    src = Source(name=name, role="origin", start=span.start_char, end=span.start_char + len(name))
    return dataclasses.replace(a, chain=(src,))


def resolve_description(doc: Doc, a: Attribution, quote_start: int | None, quotes: list,
                        people: People | None = None) -> Attribution:
    """ "“…,” the governor said": a definite description of a role names the person the text
    last gave that title before the quote or cue ("Gov. Ann Lee … “…,” the governor said" -> Ann
    Lee), within `PRONOUN_REACH` characters and never inside a quote; any other role in common
    words names whom the text tied it to before ("the director" -> "Dr. Ellen Marsh, the county
    health director"; "the group" -> the organization last named as a subject; see
    `descriptions`); a few nouns of office fall back to the article's protagonist. Unchanged
    otherwise."""
    from .quotes import quote_at

    w = a.written
    if w is None or w.start is None or len(a.chain) > 1:
        return a
    words = w.name.split()
    if words and "," in w.name:
        # "the interior minister, Paul Dorn, told reporters", "Obama's press secretary, Ben Lott,
        # said": the name in apposition to a role in common words speaks
        span = doc.char_span(w.start, w.end, alignment_mode="expand")
        named = named_by(span.root) if span is not None and _one_role(span.root) else None
        if named is not None:
            return dataclasses.replace(a, chain=(Source(name=named.text, role="origin", start=named.start_char,
                                                         end=named.end_char),))
    if not 2 <= len(words) <= L.MAX_DESCRIPTION_WORDS or words[0].lower() != "the":
        return a
    titles = L.DESCRIPTION_TITLES.get(words[-1].lower())
    before = min(a.cue_start, w.start) if quote_start is None else min(a.cue_start, w.start, quote_start)
    if titles is None:
        span = doc.char_span(w.start, w.end, alignment_mode="expand")
        # not when the attribution module named it already ("the ministry" -> "the Interior
        # Ministry"), nor for a name ("the Red Cross"), a document or a record
        if not (a.chain and a.chain[0].name != w.name) and span is not None and _common_description(span):
            head = span.root.lemma_.lower()
            found = role_antecedent(doc, span, before, quotes) or body_antecedent(doc, head, before, quotes)
            if found is not None:
                return dataclasses.replace(a, chain=(found,))
        if (epithet := _epithet(doc, a, before, quotes, people)) is not None:
            return epithet
        return _protagonist(doc, a, people) if words[-1].lower() in L.PROTAGONIST_DESCRIPTIONS else a
    for ent in reversed(doc.ents):
        if ent.end_char > before or quote_at(quotes, ent.start_char) is not None:
            continue
        if before - ent.end_char > L.PRONOUN_REACH:
            break
        first = ent[0].lower_.rstrip(".")
        prev = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
        # a name right after the title is a person whatever the tagger made of it ("President
        # Obama" tagged a place)
        titled_name = prev in titles and all(t.pos_ == "PROPN" for t in ent)
        if ent.label_ != "PERSON" and not titled_name:
            continue
        if first in titles or prev in titles:
            name = ent[1:] if first in titles and len(ent) > 1 else ent
            src = Source(name=name.text, role="origin", start=name.start_char, end=name.end_char)
            return dataclasses.replace(a, chain=(src,))
    # an office's holder: the article's protagonist first ("the vice president" after a sentence
    # on his old colleague), then the subject just before
    found = _protagonist(doc, a, people)
    return found if found is not a else (_epithet(doc, a, before, quotes, people) or a)


def _epithet(doc: Doc, a: Attribution, before: int, quotes: list, people: People | None) -> Attribution | None:
    """ "Sarah Palin said in a statement …. The former Alaska governor said …": a definite
    description whose head is a person's role or trait (`EPITHET_HEADS`, offices and titles),
    with words of its own before the head ("former Alaska", "presidential"), written nowhere
    before it is news for a person already named, not a new one (an unnamed
    "aide" or "reporter" brought in earlier is written so before, and such staff nouns are not
    epithets); it stands for the subject of
    the latest main clause (or clause of saying) before it, within `SALIENT_REACH` characters and
    outside quotations, that names a person. None when there is no such subject."""
    from .quotes import quote_at

    w = a.written
    if people is None or w is None or w.start is None:
        return None
    span = doc.char_span(w.start, w.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "NOUN" or span.root.tag_ in L.PLURAL_NOUN_TAGS:
        return None
    head = span.root.lemma_.lower()
    if head not in L.EPITHET_HEADS | L.PROTAGONIST_DESCRIPTIONS | set(L.DESCRIPTION_TITLES):
        return None
    if not any(t.i < span.root.i and t.dep_ != "det" and not t.is_punct for t in span):
        return None  # a bare "the governor" may be an office's holder the text never named
    if any(t.lemma_.lower() == head or t.lower_ == span.root.lower_ for t in doc[: span.start]):
        return None  # the role was written before: the description points back to that mention
    subjects = [e for e in reversed(people.mentions(doc)) if e.end_char <= before
                and before - e.end_char <= L.SALIENT_REACH and quote_at(quotes, e.start_char) is None
                and (e.label_ == "PERSON" or e[-1].lower_ in people.surnames) and _subject_level(e) == 2]
    if not subjects:
        return None
    pick = subjects[0]
    if any(e.sent.start == pick.sent.start and e[-1].lower_ != pick[-1].lower_ for e in subjects[1:]):
        return None  # "Ramos returned and Trump took his questions. “…,” the journalist said": either
    src = Source(name=pick.text, role="origin", start=pick.start_char, end=pick.end_char)
    return dataclasses.replace(a, chain=(src,))


def _one_role(root) -> bool:
    """A role in common words held by one person or body, which a name in apposition can stand
    for: not plural ("three state senators — Ann Lee, Tom Ruiz and …") nor one of a list
    ("Little Rock's mayor, the city's Chamber of Commerce and Acxiom")."""
    if root.pos_ != "NOUN" or root.tag_ in L.PLURAL_NOUN_TAGS:
        return False
    return not any(c.dep_ in ("conj", "cc") for c in root.children) and not any(
        c.dep_ in ("conj", "cc") for a in root.children if a.dep_ == "appos" for c in a.children)


def _common_description(span: Span) -> bool:
    """ "the county health director", "the group": a role in common words, no name ("the Red
    Cross", "the IOM") and no document or record ("the ad" stands for its author, "the study" for
    itself)."""
    root = span.root
    lemma = root.lemma_.lower()
    return root.pos_ == "NOUN" and root.is_lower and lemma not in L.DOCUMENT_FAMILIES and lemma not in STATEMENT_NOUNS


def _protagonist(doc: Doc, a: Attribution, people: People | None) -> Attribution:
    """ "the president said", "the nominee said" with no one given that title before: news
    describes its protagonist this way (the person the article names most), written as they
    are last named before the cue."""
    last = people.protagonist() if people is not None else None
    if last is None:
        return a
    for ent in reversed(doc.ents):
        if ent.end_char <= a.cue_start and ent.label_ == "PERSON" and ent[-1].lower_ == last:
            src = Source(name=ent.text, role="origin", start=ent.start_char, end=ent.end_char)
            return dataclasses.replace(a, chain=(src,))
    return a
