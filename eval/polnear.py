"""PolNeAR (Newell et al. 2018): is the source of an attribution found, span for span?

Split (../shared/corpora/README.md): dev = data/dev, test = data/test (train is not used).
Subset scored: gold attributions that have a Source span and whose Cue is one the extractor
handles: a speech verb in `counterpoint.text.attribution_cues.SPEECH_VERBS` (by the cue's last word,
lemmatized by spaCy), or "according to". Attributions cued otherwise ("has learned", a colon,
punctuation, nouns such as "in a statement") are left out. Where an article has several
annotators' files, the first (sorted) is used.
For each gold attribution, the prediction is the source *as written* (before pronoun resolution,
since the gold keeps "he") of our attribution whose cue overlaps the gold cue; none -> 0.
source_f1 = mean token-overlap F1 (SQuAD-style) over the subset.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "corpora" / "polnear" / "data"

_T_RE = re.compile(r"^(T\d+)\t(\w[\w-]*) (\d+) (\d+)\t(.*)$")
_E_RE = re.compile(r"^E\d+\t(.*)$")
_WORD_RE = re.compile(r"\w+")


def load(split: str, limit: int | None = None) -> list[tuple[str, list[dict]]]:
    folder = DATA / split
    anns: dict[str, Path] = {}
    for p in sorted((folder / "attributions").glob("*.ann")):
        stem = p.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, p)
    out = []
    for stem, p in sorted(anns.items())[: limit or None]:
        text_path = folder / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        spans: dict[str, tuple[int, int, str]] = {}
        rels: list[dict] = []
        for line in p.read_text(encoding="utf-8").splitlines():
            m = _T_RE.match(line)
            if m:
                spans[m.group(1)] = (int(m.group(3)), int(m.group(4)), m.group(5))
                continue
            m = _E_RE.match(line)
            if m:
                parts = dict(x.split(":", 1) for x in m.group(1).split() if ":" in x)
                if "Source" in parts and "Cue" in parts and parts["Source"] in spans and parts["Cue"] in spans:
                    rels.append({"source": spans[parts["Source"]], "cue": spans[parts["Cue"]]})
        out.append((text_path.read_text(encoding="utf-8"), rels))
    return out


def token_f1(pred: str, gold: str) -> float:
    p = Counter(w.lower() for w in _WORD_RE.findall(pred))
    g = Counter(w.lower() for w in _WORD_RE.findall(gold))
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def load_full(split: str, limit: int | None = None) -> list[tuple[str, list[dict]]]:
    """Like `load`, with each relation's Content span too (None when the relation has none)."""
    folder = DATA / split
    anns: dict[str, Path] = {}
    for p in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)
    out = []
    for stem, p in sorted(anns.items())[: limit or None]:
        text_path = folder / "text" / f"{stem}.txt"
        if not text_path.exists():
            continue
        spans: dict[str, tuple[int, int, str]] = {}
        rels: list[dict] = []
        for line in p.read_text(encoding="utf-8").splitlines():
            m = _T_RE.match(line)
            if m:
                spans[m.group(1)] = (int(m.group(3)), int(m.group(4)), m.group(5))
                continue
            m = _E_RE.match(line)
            if m:
                parts = dict(x.split(":", 1) for x in m.group(1).split() if ":" in x)
                if "Cue" in parts and parts["Cue"] in spans:
                    rels.append({"cue": spans[parts["Cue"]], "source": spans.get(parts.get("Source", "")),
                                 "content": spans.get(parts.get("Content", ""))})
        out.append((text_path.read_text(encoding="utf-8"), rels))
    return out


def _locate_cue(text: str, c) -> int:  # c: a StatementClaim
    """Where a statement's cue is written: in its evidence (else up to 200 characters around
    it), outside its own content ("“Nobody said so,” she said": the second "said"); -1 if absent."""
    c0, c1 = (c.content["start"], c.content["end"]) if c.content else (-1, -1)
    for lo, hi in ((c.evidence.start, c.evidence.end), (max(0, c.evidence.start - 200), c.evidence.end + 200)):
        found = [m.start() for m in re.finditer(re.escape(c.cue), text[lo:hi])]
        found = [lo + k for k in found]
        outside = [k for k in found if not (c0 <= k < c1)]
        if outside or found:
            return (outside or found)[0]
    return -1


def statement_metrics(split: str, limit: int | None = None) -> dict[str, float]:
    """Statements through the product's path (`annotate`: spaCy + our registered components).

    cue_f1: a predicted statement cue (located in its evidence) matches a gold Cue it overlaps;
    precision over our distinct cue spans (one cue carrying two statements counts once), recall over every gold attribution with a Cue
    (all cue kinds, including colons and nouns we do not handle).
    content_f1 / statement_source_f1: over gold attributions whose cue we handle (as for
    `source_f1`), the token-overlap F1 of the matched statement's content span / source as
    written against the gold Content / Source; a gold attribution we miss scores 0.
    """
    from functools import cache

    from counterpoint.models import Document, StatementClaim
    from counterpoint.nlp import load_pipeline
    from counterpoint.nlp.annotate import annotate
    from counterpoint.text.attribution_cues import SPEECH_VERBS

    bare = load_pipeline(extractors=False)

    @cache
    def lemma(word: str) -> str:
        toks = bare(word)
        return toks[0].lemma_.lower() if len(toks) else word

    items = load_full(split, limit)
    docs = [Document(id=f"p{i}", path=f"polnear#{i}", status="ok", text=t) for i, (t, _) in enumerate(items)]
    tp_pred = n_pred = tp_gold = n_gold = 0
    content: list[float] = []
    source: list[float] = []
    for r, (text, rels) in zip(annotate(docs), items, strict=False):
        stmts = []
        for c in r.claims:
            if not isinstance(c, StatementClaim) or not c.cue or c.mode == "own_voice":
                continue
            k = _locate_cue(text, c)
            if k != -1:
                stmts.append((k, k + len(c.cue), c))
        # a cue is counted once however many statements it carries ("“…,” she said. “…”" makes
        # two quote statements of one cue, and gold has one Cue span there)
        cues = {(a, b) for a, b, _ in stmts}
        n_pred += len(cues)
        tp_pred += sum(1 for a, b in cues if any(a < r_["cue"][1] and r_["cue"][0] < b for r_ in rels))
        n_gold += len(rels)
        for rel in rels:
            c0, c1, cue_text = rel["cue"]
            hits = [c for a, b, c in stmts if a < c1 and c0 < b]
            tp_gold += bool(hits)
            last = cue_text.split()[-1].lower() if cue_text.split() else ""
            handled = cue_text.lower().startswith("according") or lemma(last) in SPEECH_VERBS
            if not handled or rel["content"] is None or rel["source"] is None:
                continue
            hit = hits[0] if hits else None
            gold_content = rel["content"][2]
            if hit is None:
                content.append(0.0)
                source.append(0.0)
                continue
            pred = text[hit.content["start"] : hit.content["end"]] if hit.content else hit.text
            content.append(token_f1(pred, gold_content))
            source.append(token_f1(hit.speaker_written or hit.speaker_name or "", rel["source"][2]))
    prec = tp_pred / n_pred if n_pred else 0.0
    rec = tp_gold / n_gold if n_gold else 0.0
    cue_f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    out = {"cue_f1": cue_f1, "cue_precision": prec, "cue_recall": rec,
           "content_f1": sum(content) / len(content) if content else 0.0,
           "statement_source_f1": sum(source) / len(source) if source else 0.0}
    print(f"statements: {n_pred} predicted cues, {n_gold} gold cues, {len(content)} handled gold attributions")
    for k, v in out.items():
        print(f"{k:<20}{v:>8.3f}")
    return out


def run(split: str, limit: int | None = None) -> dict[str, float]:
    """source_f1 (attribution module), then the statement metrics (product path)."""
    metrics = run_sources(split, limit)
    metrics.update(statement_metrics(split, limit))
    return metrics


def run_sources(split: str, limit: int | None = None) -> dict[str, float]:
    import spacy

    from counterpoint.nlp import MODEL_PACKAGE
    from counterpoint.text.attribution import find_attributions
    from counterpoint.text.attribution_cues import SPEECH_VERBS

    nlp = spacy.load(MODEL_PACKAGE)
    items = load(split, limit)
    scores: list[float] = []
    for doc, (_text, rels) in zip(nlp.pipe((t for t, _ in items), batch_size=8), items, strict=False):
        ours = [a for s in doc.sents for a in find_attributions(s)]
        for rel in rels:
            c0, c1, cue_text = rel["cue"]
            cue_span = doc.char_span(c0, c1, alignment_mode="expand")
            if cue_span is None:
                continue
            last = cue_span[-1]
            handled = last.lemma_.lower() in SPEECH_VERBS or cue_text.lower().startswith("according")
            if not handled:
                continue
            hit = next((a for a in ours if a.cue_start < c1 and c0 < a.cue_end and a.written), None)
            scores.append(token_f1(hit.written.name, rel["source"][2]) if hit else 0.0)
    f1 = sum(scores) / len(scores) if scores else 0.0
    print(f"PolNeAR {split}: {len(items)} articles, {len(scores)} gold attributions with a handled cue")
    print(f"{'metric':<12}{'value':>8}")
    print(f"{'source_f1':<12}{f1:>8.3f}")
    return {"source_f1": f1}


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "dev", int(sys.argv[2]) if len(sys.argv) > 2 else None)
