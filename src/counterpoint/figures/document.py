"""Passes over one document's figures once every sentence is read: edges to figures in other
sentences (a part's whole, an older figure's replacement), increments that are the size of a
change, and parts of the toll told as a named group. `document_claims` is the single place where
every per-document pass runs, in order."""

from __future__ import annotations

from dataclasses import replace

from ..models import FigureClaim
from . import graph_cues as G
from . import subjects as S
from .figure import Figure
from .non_counts import recovery_parts
from .parts import INTAKE, SUBSET
from .victim_tally import victim_tally


def link_back(figures: list[Figure], claims: list[FigureClaim], found: list[tuple[Figure, FigureClaim]],
               sentence_of: list[int], n: int) -> None:
    """Edges to earlier sentences: a part with no whole in its sentence ("Four of the dead were
    children") takes the latest figure of its measure; an older figure with no newer one in its
    sentence ("The previous official toll was 140") is replaced by the latest one of its measure.
    `claims` (this sentence's) and `found` (earlier) are updated in place."""
    def latest(measure: str, below: float | None, anywhere: bool = False, for_part: bool = False,
               subject: str | None = None) -> int | None:
        for j in range(len(found) - 1, -1, -1):
            if n - sentence_of[j] > G.GRAPH_WINDOW_SENTENCES and not anywhere:
                return None
            f, c = found[j]
            if f.part or f.older or f.hedged or c.measure != measure:
                continue
            if f.background and (not for_part or n - sentence_of[j] > G.BACKGROUND_PART_WINDOW_SENTENCES):
                # "1,500 of those deaths" right after an earlier event's toll is that event's; a
                # part paragraphs later ("women at 98") is not the background comparison's
                continue
            if for_part and S.narrower_group(c.subject, subject, measure):
                continue  # "10 troops were killed ... the bodies of six people": not six of the troops
            if below is not None and c.value is not None and (c.value < below or (anywhere and c.value == below)):
                continue
            return j
        return None

    for k, f in enumerate(figures):
        if f.part and claims[k].part_of is None:
            # a part told by its own words ("340 bodies were handed over") takes a larger whole
            # anywhere before it in the document
            j = latest(f.measure, f.quantity.value, anywhere=f.part_kind is not None, for_part=True, subject=f.subject)
            if j is None and f.part_kind is None:
                # "Thirty-eight of the dead were from X" three paragraphs after "killed 202": the
                # words point back to a toll, however far; the nearest larger one before is it
                j = latest(f.measure, f.quantity.value, anywhere=True, for_part=True, subject=f.subject)
            if j is not None and found[j][0].background:
                figures[k] = replace(f, background=True)  # "1,500 of those deaths": an earlier event's
            elif j is not None:
                claims[k] = replace(claims[k], part_of=found[j][1].id)
        elif f.older and f.update_cue is not None:
            j = latest(f.measure, None)
            if j is not None:
                newer = found[j][1]
                found[j] = (found[j][0], replace(newer, supersedes=(*newer.supersedes, claims[k].id),
                                                 update_cue=newer.update_cue or f.update_cue))
                claims[k] = replace(claims[k], update_cue=None)


def drop_increments(figures: list[Figure], claims: list[FigureClaim], found: list[tuple[Figure, FigureClaim]],
                sentence_of: list[int], n: int) -> tuple[list[Figure], list[FigureClaim]]:
    """ "82 more were injured" opening a sentence: others when the figure just before counts
    another measure ("the toll climbed to 151. 82 more were injured"), or another place ("18 died
    on the mountain. A further 72 were killed in India": India's count), else the size of a change."""
    keep = [k for k, f in enumerate(figures)
            if not f.increment or (found and n - sentence_of[-1] <= G.GRAPH_WINDOW_SENTENCES
                                   and found[-1][0].measure != f.measure) or _elsewhere(f, found)]
    # "another 10 were killed on Tuesday, including five in the White Nile state": the parts of a
    # change are parts of that change, never counts of the whole on their own
    dropped = {figures[k].quantity.start for k in range(len(figures)) if k not in keep}
    keep = [k for k in keep if not (figures[k].part and figures[k].whole_at in dropped)]
    # "... where X killed three men in 2012. Three other people were wounded": others beside an
    # earlier event's figure in the sentence just before are that event's too
    after_background = bool(found) and found[-1][0].background and n - sentence_of[-1] <= 1
    return [replace(figures[k], background=True) if after_background and figures[k].increment else figures[k]
            for k in keep], [claims[k] for k in keep]


def _elsewhere(f: Figure, found: list[tuple[Figure, FigureClaim]]) -> bool:
    """Whether an increment names a place, by its proper name, that the last figure of its
    measure does not: the count of another place, not the size of a change. ("A further 30 died
    in the capital": a common noun may be where the toll before it stood, unnamed by the reader.)"""
    last = next((g for g, _ in reversed(found) if g.measure == f.measure), None)
    place = (f.place_name or "").strip()
    return place[:1].isupper() and last is not None and (last.place_name or "").lower() != place.lower()


def link_forward(found: list[tuple[Figure, FigureClaim]]) -> list[tuple[Figure, FigureClaim]]:
    """Parts told by their own words with no whole before them take the first larger figure of
    their measure after them ("Over 70 bodies were recovered on Friday ... the toll rose to 350");
    a status part with no whole at all is no toll and is left out."""
    out: list[tuple[Figure, FigureClaim]] = []
    for k, (f, c) in enumerate(found):
        if f.part_kind is not None and c.part_of is None:
            whole = next((w for g, w in found[k + 1:] if not (g.part or g.older or g.hedged or g.background) and w.measure == c.measure
                          and w.value is not None and c.value is not None and w.value > c.value), None)
            if whole is not None:
                c = replace(c, part_of=whole.id)
            elif f.part_kind in G.DROP_WITHOUT_WHOLE:
                continue
            elif f.part_kind == INTAKE and any(
                    not (g.part or g.older or g.hedged or g.background) and w.measure == c.measure
                    for g, w in found if w is not c):
                # one facility's count above the report's own toll ("218 bodies were admitted to the
                # hospital" beside "the toll rose to 137"): neither that toll nor a part of it
                continue
        out.append((f, c))
    return out


def named_group_parts(found: list[tuple[Figure, FigureClaim]]) -> list[tuple[Figure, FigureClaim]]:
    """ "Three teachers were dead", "11 students killed" in an article whose toll of people is
    larger: a kind of person no subject class singles out (they would meet the toll in its slot)
    counted apart is a part of that toll, the nearest one before it, else after it."""
    out = list(found)
    for k, (f, c) in enumerate(out):
        if (c.measure not in G.NAMED_GROUP_PART_MEASURES or c.part_of is not None or f.older or f.background
                or c.subject in (None, "person") or S.subject_class(c.subject, c.measure) != "person"
                or c.value is None or c.value < G.NAMED_GROUP_PART_MIN):
            continue
        wholes = [j for j, (g, w) in enumerate(out) if j != k and w.measure == c.measure and w.subject == "person"
                  and w.part_of is None and not (g.part or g.older or g.hedged or g.background)
                  and w.value is not None and w.value > c.value]
        before = [j for j in wholes if j < k]
        j = before[-1] if before else (wholes[0] if wholes else None)
        if j is not None:
            out[k] = (replace(f, part=True), replace(c, part_of=out[j][1].id))
            if k + 1 < len(out) and _others_beside(out[k + 1], c):
                # "85 firefighters and 10 other people are missing": the others are the rest of it
                g, d = out[k + 1]
                out[k + 1] = (replace(g, part=True), replace(d, part_of=out[j][1].id))
    return out


def _others_beside(item: tuple[Figure, FigureClaim], named: FigureClaim) -> bool:
    """Whether a figure counts the others beside a named group's figure of its sentence."""
    f, c = item
    return (f.others and not f.part and c.part_of is None and c.measure == named.measure
            and c.evidence.start == named.evidence.start and c.value is not None)


def document_claims(found: list[tuple[Figure, FigureClaim]], text: str = "", offset: int = 0) -> list[FigureClaim]:
    """Every pass over the whole document's figures, in order, and the claims that survive them.
    A new per-document pass goes here, and nowhere else. `text` (less `offset`) is what the
    evidence offsets point into: a tally of victims told one by one quotes its passage."""
    found = link_forward(found)
    found = named_group_parts(found)
    found = recovery_parts(found)
    # "A man was shot ... he died at the hospital": one victim shot and one killed in the same
    # story is the same person, killed, not also injured.
    found = [(f, c) for f, c in found if not f.background]
    # "Thirty-eight of the dead were from X" in an article whose toll is nowhere read: a part of
    # people in general with no whole is no toll, and would sit in the toll's slot as one
    # ("four of the dead, three of them students": the four are a whole to the three and stay)
    wholes = {c.part_of for _, c in found if c.part_of is not None}
    found = [(f, c) for f, c in found if c.id in wholes or not _headless_part(f, c)]
    one_killed = any(f.measure == "killed" and f.quantity.value == 1 for f, _ in found)
    found = [(f, c) for f, c in found if not (one_killed and f.one_shot)]
    return [c for _, c in victim_tally(found, text, offset)]


def _headless_part(f: Figure, c: FigureClaim) -> bool:
    """A part of people in general, with no place, whose whole the document never states."""
    return (f.part and f.part_kind in (None, SUBSET) and c.part_of is None and c.measure in G.HEADLESS_PART_MEASURES
            and c.place_name is None and S.subject_class(c.subject, c.measure) == "person")
