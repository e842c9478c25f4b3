"""Component `counterpoint_cue_tagger_v1`: a small trained tagger that marks attribution cues.

News attributes far more than speech: "X wants …", "X criticized …", "X seems to think …",
"the report shows …". The rule cues (`text.attribution_cues`, `lexicon.STANCE_VERBS`) cover the
frequent verbs; this tagger, trained on PolNeAR's train split (`training/train_cues.py`), marks
the long tail. It reads the shared pipeline's parse (lemma, part of speech, dependency and a
token's own dependents), so it adds no parser of its own: one hash-embedding CNN over tokens
and a softmax per token. It writes `doc._.cp_cue_tokens`: a mapping from the index of each token
whose cue probability reaches `CUE_THRESHOLD` to that probability; the statements component
turns a marked verb with a subject into a statement exactly as it does a stance verb (a verb
with only an object needs the stronger `lexicon.MARKED_OBJECT_CUE_PROBABILITY`).

The weights ship as package data (`counterpoint/data/cue_tagger/`) and load when the pipeline
is loaded (`nlp.load_pipeline`), never at import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelMissing

if TYPE_CHECKING:
    from spacy.vocab import Vocab

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "cue_tagger"
# The tagger's two labels: a token of a cue, or not.
CUE_LABEL = "C"
OTHER_LABEL = "O"
# A token is a cue when the tagger gives it at least this probability. Chosen on PolNeAR dev
# statement cue F1 (0.711 at 0.25, 0.708 at 0.5): below 0.5 because a cue the tagger proposes
# still needs a subject that speaks to become a statement, which removes most false ones.
CUE_THRESHOLD = 0.25
# The dependents whose presence tells a cue ("said that …", "wants to …", "X criticized Y").
SIGNATURE_DEPS = frozenset({"nsubj", "nsubjpass", "ccomp", "xcomp", "dobj", "mark", "advcl", "agent", "prep",
                            "attr", "acomp", "dative", "neg", "aux", "auxpass", "pobj", "poss"})
# The parse attributes the tagger embeds (MORPH carries the dependents' signature, see `features_doc`).
EMBED_ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "LEMMA", "POS", "DEP", "MORPH")


def features_doc(vocab: Vocab, doc: Doc) -> Doc:
    """A copy of `doc`'s tokens in the tagger's vocabulary, carrying what it embeds: the lemma,
    part of speech and dependency label of each token, and as its morphology the sorted set of
    its dependents' labels and its head's part of speech ("Kids=ccomp,nsubj|Head=VERB")."""
    # read each token once (a spaCy Token is built anew on every access; children and heads from
    # the head indices, which is what `Token.children` walks)
    toks = list(doc)
    heads = [t.head.i for t in toks]
    deps = [t.dep_ for t in toks]
    pos = [t.pos_ for t in toks]
    kids: list[set[str]] = [set() for _ in toks]
    for i, h in enumerate(heads):
        if h != i and deps[i] in SIGNATURE_DEPS:
            kids[h].add(deps[i])
    morphs = []
    for i, h in enumerate(heads):
        feats = [f"Head={pos[h] or 'X'}"]
        if kids[i]:
            feats.insert(0, "Kids=" + ",".join(sorted(kids[i])))
        morphs.append("|".join(feats))
    words = [t.text for t in toks]
    return Doc(vocab, words=words, spaces=[bool(t.whitespace_) for t in toks],
               lemmas=[t.lemma_ or w for t, w in zip(toks, words, strict=True)], pos=[p or "X" for p in pos],
               deps=[d or "dep" for d in deps], heads=heads, morphs=morphs)


class CueTagger:
    """Marks cue tokens with the shipped model; `threshold` is a cue's least probability."""

    def __init__(self, model_dir: Path = MODEL_DIR, threshold: float = CUE_THRESHOLD) -> None:
        import spacy

        if not (model_dir / "config.cfg").exists():
            raise ModelMissing(f"the cue tagger's weights are missing from {model_dir}; "
                               "rebuild them with `python training/train_cues.py`")
        from spacy.pipeline import Tagger

        self.nlp = spacy.load(model_dir)
        tagger = self.nlp.get_pipe("tagger")
        if not isinstance(tagger, Tagger):
            raise ModelMissing(f"{model_dir} holds no tagger; rebuild it with `python training/train_cues.py`")
        self.tagger = tagger
        self.cue_column = list(self.tagger.labels).index(CUE_LABEL)
        self.threshold = threshold

    def probabilities(self, docs: list[Doc]) -> list[np.ndarray]:
        """Each token's cue probability, per Doc (parsed by the shared pipeline)."""
        feats = [features_doc(self.nlp.vocab, d) for d in docs]
        out = []
        # the tagger's output layer is not normalized at inference (spaCy's Tagger.v2,
        # normalize=False): a softmax over the two labels gives the probability
        for s, d in zip(self.tagger.model.predict(feats), docs, strict=True):
            if not len(d):
                out.append(np.zeros(0))
                continue
            z = np.asarray(s, dtype=np.float64)
            z = np.exp(z - z.max(axis=1, keepdims=True))
            out.append(z[:, self.cue_column] / z.sum(axis=1))
        return out

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_cue_tokens = self._marked(self.probabilities([doc])[0])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        if batch:
            yield from self._tag(batch)

    def _tag(self, batch: list[Doc]) -> list[Doc]:
        for doc, p in zip(batch, self.probabilities(batch), strict=True):
            doc._.cp_cue_tokens = self._marked(p)
        return batch

    def _marked(self, p: np.ndarray) -> dict[int, float]:
        return {int(i): float(p[i]) for i in np.flatnonzero(p >= self.threshold)}


@Language.factory("counterpoint_cue_tagger_v1")
def make_cue_tagger(nlp: Language, name: str) -> CueTagger:
    return CueTagger()
