"""Train the cue tagger shipped in `counterpoint/data/cue_tagger/` (see `statements/cue_model.py`).

    python training/train_cues.py [--epochs 2] [--out src/counterpoint/data/cue_tagger] [--limit N]

Data: PolNeAR (../shared/corpora/polnear): TRAIN to fit; DEV scores are printed after each epoch
(token-level cue P/R/F1), by which the number of epochs and `cue_model.CUE_THRESHOLD` were chosen
(with eval/polnear.py's statement cue F1); the test split is never read here. The model of the
last epoch is written. Every gold Cue span's tokens are
labelled `C`, all others `O`. Texts are parsed once by the shared pipeline (no extractors) and
cached as a DocBin under --cache, because the tagger reads the parse. Takes a few minutes on one
CPU core: widths are small (64) and the model is a tok2vec + softmax.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

SEED = 13
# Two passes over TRAIN: the dev token F1 was flat from the second epoch on (0.564 -> 0.565)
# and each pass costs about 3 minutes of a loaded core.
EPOCHS = 2
# Thresholds at which the dev token scores are printed after each epoch.
DEV_THRESHOLDS = (0.25, 0.35, 0.5)
WIDTH = 64
DEPTH = 2
WINDOW = 1
ROWS = {"NORM": 5000, "PREFIX": 1000, "SUFFIX": 2500, "SHAPE": 500, "LEMMA": 5000, "POS": 50, "DEP": 100,
        "MORPH": 2000}
DROPOUT = 0.1
BATCH_DOCS = 8


def parsed(split: str, cache: Path, limit: int | None):
    """(Doc parsed by the shared pipeline, gold cue character spans) per article of a split."""
    import polnear
    from spacy.tokens import DocBin

    from counterpoint.nlp import load_pipeline

    nlp = load_pipeline(extractors=False)
    items = polnear.load_full(split, limit)
    path = cache / f"polnear-{split}-{len(items)}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        t0 = time.time()
        docs = list(nlp.pipe((t for t, _ in items), batch_size=8))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(attrs=["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "MORPH", "ENT_IOB", "ENT_TYPE", "SPACY"],
               docs=docs).to_disk(path)
        print(f"parsed {split}: {len(docs)} articles in {time.time() - t0:.0f} s", flush=True)
    return [(d, [r["cue"][:2] for r in rels]) for d, (_, rels) in zip(docs, items, strict=True)]


def labels(doc, spans) -> list[str]:
    from counterpoint.statements.cue_model import CUE_LABEL, OTHER_LABEL

    out = [OTHER_LABEL] * len(doc)
    for c0, c1 in spans:
        sp = doc.char_span(c0, c1, alignment_mode="expand")
        for t in sp or ():
            if (not t.is_space and not t.is_punct) or t.text in (":", "―", "—"):  # a colon or dash cue is a token of its own
                out[t.i] = CUE_LABEL
    return out


def build(width: int = WIDTH, depth: int = DEPTH, window: int = WINDOW):
    import spacy

    from counterpoint.statements.cue_model import CUE_LABEL, EMBED_ATTRS, OTHER_LABEL

    nlp = spacy.blank("en")
    model = {
        "@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width, "attrs": list(EMBED_ATTRS),
                      "rows": [ROWS[a] for a in EMBED_ATTRS], "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "window_size": window,
                       "maxout_pieces": 3, "depth": depth},
        },
    }
    tagger = nlp.add_pipe("tagger", config={"model": model})
    tagger.add_label(CUE_LABEL)
    tagger.add_label(OTHER_LABEL)
    return nlp


def token_prf(tagger_wrap, data, thresholds: tuple[float, ...]) -> dict[float, tuple[float, float, float]]:
    """Token-level cue precision, recall and F1 on `data` at each threshold."""
    from counterpoint.statements.cue_model import CUE_LABEL

    counts = {th: [0, 0, 0] for th in thresholds}  # tp, fp, fn
    for i in range(0, len(data), 16):
        chunk = data[i : i + 16]
        probs = tagger_wrap.probabilities([d for d, _ in chunk])
        for (d, spans), p in zip(chunk, probs, strict=True):
            gold = {j for j, lab in enumerate(labels(d, spans)) if lab == CUE_LABEL}
            for th, c in counts.items():
                pred = {int(j) for j in (p >= th).nonzero()[0]}
                c[0] += len(gold & pred)
                c[1] += len(pred - gold)
                c[2] += len(gold - pred)
    out = {}
    for th, (tp, fp, fn) in counts.items():
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[th] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "counterpoint" / "data" / "cue_tagger")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/counterpoint-cue-cache"))
    ap.add_argument("--width", type=int, default=WIDTH)
    ap.add_argument("--depth", type=int, default=DEPTH)
    ap.add_argument("--window", type=int, default=WINDOW)
    ap.add_argument("--limit", type=int, default=None, help="train articles (for a quick check)")
    args = ap.parse_args(argv)

    from spacy.training import Example
    from thinc.api import fix_random_seed

    from counterpoint.statements.cue_model import CUE_LABEL, OTHER_LABEL, CueTagger, features_doc

    fix_random_seed(SEED)
    random.seed(SEED)
    train = parsed("train", args.cache, args.limit)
    dev = parsed("dev", args.cache, None)
    nlp = build(args.width, args.depth, args.window)
    examples = []
    for d, spans in train:
        fd = features_doc(nlp.vocab, d)
        ref = features_doc(nlp.vocab, d)
        for t, lab in zip(ref, labels(d, spans), strict=True):
            t.tag_ = lab
        examples.append(Example(fd, ref))
    optimizer = nlp.initialize(lambda: examples[:200])
    for epoch in range(args.epochs):
        t0 = time.time()
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), BATCH_DOCS):
            nlp.update(examples[i : i + BATCH_DOCS], sgd=optimizer, drop=DROPOUT, losses=losses)
        wrap = CueTagger.__new__(CueTagger)
        wrap.nlp, wrap.tagger = nlp, nlp.get_pipe("tagger")
        wrap.cue_column = list(wrap.tagger.labels).index("C")
        t1 = time.time()
        scores = token_prf(wrap, dev, DEV_THRESHOLDS)
        line = [f"@{th}: P {p:.3f} R {r:.3f} F {f:.3f}" for th, (p, r, f) in scores.items()]
        print(f"epoch {epoch + 1}: loss {losses.get('tagger', 0):.1f}, train {t1 - t0:.0f} s; dev tokens "
              + "; ".join(line), flush=True)
    nlp.to_disk(args.out)
    # The hash embeddings need no strings; keep only the labels, so no word list of the
    # training articles ships with the package (the probabilities are the same).
    (args.out / "vocab" / "strings.json").write_text(json.dumps([CUE_LABEL, OTHER_LABEL]))
    print(f"saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
