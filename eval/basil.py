"""BASIL (Fan et al. 2019): is a quoted bias span given to the right speaker?

Split (../shared/corpora/README.md): dev = 2010–2016, test = 2017–2019.
Subset scored: phrase-level annotations with quote = yes and a named speaker (the generic
other_pro / other_anti / other_neutral labels name nobody and are left out). Articles run through
the product's path (`annotate`); the span's statement is the innermost direct-quote statement
whose content span covers the annotated span (else the innermost reported one). The speaker is right when the predicted
speaker name (pronouns already resolved) and the gold speaker ("Donald_Trump",
"House_Democrats") share a content word: a last name, or the group noun. A span with no
covering statement is wrong. The gold often names a speaker's group rather than the person
("Rep. Ann Lee, D-Ore." is "Democratic_Lawmakers", "NAACP President X" is "NAACP"), so a second,
looser figure, speaker_or_affiliation_accuracy, also counts a speaker right when the gold matches
what the text writes around the predicted speaker's name (`description`); speaker_accuracy
stays the strict one. speaker_accuracy = right / scored; coverage = spans with a
covering statement / scored.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "corpora" / "basil"
YEARS = {"dev": range(2010, 2017), "test": range(2017, 2020)}
_WORD_RE = re.compile(r"[a-z]+")
# Words that say nothing about who a speaker is.
_GENERIC = frozenset({"the", "of", "and", "mr", "mrs", "ms", "dr", "a", "an", "s", "committee", "members"})
# US party codes written after a lawmaker's name ("Rep. Ann Lee, D-Ore.", "(R-Texas)").
_PARTY_RE = re.compile(r"\b([DR])-[A-Z]")
_PARTY = {"D": "democratic", "R": "republican"}
# How far around a speaker's name its description is read (words before, characters after).
_DESC_BEFORE_WORDS = 4
_DESC_AFTER_CHARS = 120


def description(text: str, name: str) -> str:
    """The speaker's name with what the text writes around it at each mention: the words just
    before ("NAACP President Ben Jealous") and the apposition after, up to the sentence end
    ("Jim Manley, a spokesman for Mr. Reid,"), party codes spelled out ("D-N.Y." -> democratic)."""
    out = [name]
    last = name.split()[-1] if name.split() else ""
    if len(last) < 3 or not last[0].isupper() or name.split()[0].lower() in ("the", "a", "an"):
        return name  # a document or a common noun ("the letter") has no description
    for m in re.finditer(r"\b" + re.escape(last) + r"\b", text):
        # capitalized words right before the name: a title or organization ("NAACP President")
        before = []
        for w in reversed(text[max(0, m.start() - 80) : m.start()].split()[-_DESC_BEFORE_WORDS:]):
            if not w[:1].isupper() or (w.endswith((".", ",", "”", '"')) and not w.endswith(("Rep.", "Sen.", "Gov."))):
                break
            before.insert(0, w)
        # an apposition right after it: ", a spokesman for X," / ", D-Md.," / " (R-Ky.)"
        after = text[m.end() : m.end() + _DESC_AFTER_CHARS]
        if after.startswith(" ("):
            after = after.split(")", 1)[0]
        elif after.startswith(", ") and re.match(r", (?:[a-z]|[DR]-[A-Z]|Democrat|Republican)", after):
            after = re.split(r"(?<=[a-z]{2})[.!?]\s|\n|\s(?:said|says|told|added|wrote)\b|[“”\"]", after)[0]
        else:
            after = ""
        out.append(" ".join(before) + " " + after)
    desc = " ".join(out)
    return desc + " " + " ".join(_PARTY[p] for p in _PARTY_RE.findall(desc))


def _locate(paragraphs: list[list[str]], p: dict) -> int:
    """Where an annotated span starts in the joined text: its offsets are within its sentence,
    so the first sentence holding `txt` at exactly those offsets places it ("fail", "extremist"
    written earlier in the article are other words); -1 if none does."""
    k = 0
    for para in paragraphs:
        for sent in para:
            if sent[p["start"] : p["end"]] == p["txt"]:
                return k + p["start"]
            k += len(sent) + 1  # the " " joining sentences
        k += 1  # a paragraph ends with "\n\n", one more than a sentence's " "
    return -1


# What an annotated span may carry at its edges that a statement's content leaves out: the
# quotation marks themselves and the punctuation inside them ("“I don’t make a habit …,”").
_EDGE_MARKS = " \t\n“”\"‘’'«»,.;:!?"


def _inside_marks(text: str, s0: int, s1: int) -> tuple[int, int]:
    """The span without the quotation marks and punctuation at its edges, so that a quote's
    content (written between the marks) can cover it; the words are left as annotated."""
    while s0 < s1 and text[s0] in _EDGE_MARKS:
        s0 += 1
    while s1 > s0 and text[s1 - 1] in _EDGE_MARKS:
        s1 -= 1
    return s0, s1


def load(split: str, limit: int | None = None) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(article text, [(start, end, gold speaker)]) with paragraphs joined by blank lines."""
    out = []
    for year in YEARS[split]:
        for ann_path in sorted((DATA / "annotations" / str(year)).glob("*_ann.json")):
            art_path = DATA / "articles" / str(year) / ann_path.name.replace("_ann", "")
            if not art_path.exists():
                continue
            art = json.loads(art_path.read_text(encoding="utf-8"))
            ann = json.loads(ann_path.read_text(encoding="utf-8"))
            sents = [s for para in art.get("body-paragraphs", []) for s in para]
            text = "\n\n".join(" ".join(para) for para in art.get("body-paragraphs", []))
            spans = []
            for p in ann.get("phrase-level-annotations", []):
                spk = (p.get("speaker") or "").strip()
                if p.get("quote") != "yes" or not spk or spk.lower().startswith("other"):
                    continue
                k = _locate(art.get("body-paragraphs", []), p)
                if k == -1:
                    k = text.find(p["txt"])
                if k == -1:
                    continue
                spans.append((k, k + len(p["txt"]), spk))
            if sents:
                out.append((text, spans))
    return out[: limit or None]


def _fold(name: str) -> str:
    """Lower case without accents: "Peña Nieto" and "Pena_Nieto" are one name (the text and the
    annotators spell accented names either way)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_speaker(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    g = {w for w in _WORD_RE.findall(_fold(gold).replace("_", " ")) if w not in _GENERIC}
    p = {w for w in _WORD_RE.findall(_fold(pred)) if w not in _GENERIC}
    stem = lambda ws: {w.rstrip("s") for w in ws}  # noqa: E731  "Democrats" / "Democratic"
    return bool(g & p) or bool({w[:6] for w in stem(g)} & {w[:6] for w in stem(p)})


def run_speakers(split: str, limit: int | None = None) -> dict[str, float]:
    from counterpoint.models import Document, StatementClaim
    from counterpoint.nlp.annotate import annotate

    items = load(split, limit)
    docs = [Document(id=f"b{i}", path=f"basil#{i}", status="ok", text=t) for i, (t, _) in enumerate(items)]
    right = covered = scored = affiliated = 0
    for r, (text, spans) in zip(annotate(docs), items, strict=False):
        stmts = [c for c in r.claims if isinstance(c, StatementClaim) and c.content and c.mode != "own_voice"]
        for s0, s1, gold in spans:
            scored += 1
            s0, s1 = _inside_marks(text, s0, s1)
            hits = [c for c in stmts if c.content["start"] <= s0 and s1 <= c.content["end"]]
            if not hits:
                hits = [c for c in stmts if c.content["start"] < s1 and s0 < c.content["end"]]
            if not hits:
                continue
            covered += 1
            # the innermost quotation (a span is annotated as a quote); reported speech only if none
            quoted = [c for c in hits if c.mode == "quote"] or hits
            hit = min(quoted, key=lambda c: c.content["end"] - c.content["start"])
            ok = same_speaker(hit.speaker_name, gold)
            right += ok
            affiliated += ok or (bool(hit.speaker_name) and same_speaker(description(text, hit.speaker_name), gold))
    acc = right / scored if scored else 0.0
    cov = covered / scored if scored else 0.0
    print(f"BASIL {split}: {len(items)} articles, {scored} quoted spans with a named speaker")
    print(f"{'metric':<20}{'value':>8}")
    print(f"{'speaker_accuracy':<20}{acc:>8.3f}")
    print(f"{'coverage':<20}{cov:>8.3f}")
    print(f"{'accuracy_if_covered':<20}{(right / covered if covered else 0.0):>8.3f}")
    aff = affiliated / scored if scored else 0.0
    print(f"{'speaker_or_affiliation_accuracy':<20}{aff:>8.3f}")
    return {"speaker_accuracy": acc, "coverage": cov, "speaker_or_affiliation_accuracy": aff}


def run(split: str, limit: int | None = None) -> dict[str, float]:
    """Both BASIL measures: quoted-span speakers (#13) and event clustering of all articles (#12)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("cp_eval_basil_clusters", Path(__file__).with_name("basil_clusters.py"))
    assert spec and spec.loader
    clusters = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = clusters
    spec.loader.exec_module(clusters)
    return {**run_speakers(split, limit), **clusters.run(split, None)}


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "dev", int(sys.argv[2]) if len(sys.argv) > 2 else None)
