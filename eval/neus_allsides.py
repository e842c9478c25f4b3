"""NeuS-AllSides (Lee et al. 2022): do the left, center and right articles' main claims land in
one proposition?

Split (../shared/corpora/README.md): dev = val, test = test (`.source` lines: three articles,
"TITLE=> … ARTICLE=> …", joined by " [SEP] "). Each article runs through the product's path
(`annotate`, then the corpus step `tell_the_story`, one event block per story, each article its
own outlet). The article's main claim is its headline, given to the stage as an own-voice
statement of that article (a headline is the outlet's own assertion, whether or not it passes
the own-voice filter for body sentences). Scored over stories with three articles:
all_three = share whose three headlines share one proposition; pairs = share of headline pairs
(of the same story) in one proposition.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "corpora" / "neus-allsides" / "data" / "naacl2022_lrc_roundup_random_order_probe"
SPLITS = {"dev": "val", "test": "test"}


def load(split: str, limit: int | None = None) -> list[list[tuple[str, str]]]:
    """Stories: [(title, article text)] with three articles each."""
    out = []
    for line in (DATA / f"{SPLITS[split]}.source").read_text(encoding="utf-8").splitlines():
        arts = []
        for part in line.split(" [SEP] "):
            if "ARTICLE=>" not in part:
                continue
            title, body = part.split("ARTICLE=>", 1)
            arts.append((title.replace("TITLE=>", "").strip(), body.strip()))
        if len(arts) == 3:
            out.append(arts)
    return out[: limit or None]


def run(split: str, limit: int | None = None) -> dict[str, float]:
    from counterpoint.models import Document, EventCluster, Evidence, OutletProfile, StatementClaim
    from counterpoint.nlp.annotate import annotate
    from counterpoint.statements.stage import tell_the_story

    stories = load(split, limit)
    docs = [Document(id=f"n{i}-{j}", path=f"neus#{i}-{j}", status="ok", text=f"{t}\n\n{b}")
            for i, arts in enumerate(stories) for j, (t, b) in enumerate(arts)]
    results = {r.document.id: r for r in annotate(docs)}
    all_three = pairs = n_pairs = 0
    for i, arts in enumerate(stories):
        ids = [f"n{i}-{j}" for j in range(3)]
        claims = []
        for did, (title, _body) in zip(ids, arts, strict=False):
            head = StatementClaim(id=f"{did}-head", document=did, speaker=None, speaker_name=None, text=title,
                                  evidence=Evidence(document=did, start=0, end=len(title), text=title),
                                  mode="own_voice", content={"start": 0, "end": len(title)}, origin_class="own")
            claims.append(head)
            claims.extend(c for c in results[did].claims if isinstance(c, StatementClaim)
                          and not (c.mode == "own_voice" and c.evidence.start < len(title)))
        outlets = [OutletProfile(name=did, documents=(did,)) for did in ids]
        story_docs = [d for d in docs if d.id in ids]
        _claims, _outlets, props = tell_the_story(story_docs, claims, outlets, [EventCluster(id=f"s{i}", documents=tuple(ids), label=f"s{i}")])
        where = {cid: p.id for p in props for cid in p.statements}
        heads = [where.get(f"{d}-head") for d in ids]
        all_three += heads[0] is not None and len(set(heads)) == 1
        for a in range(3):
            for b in range(a + 1, 3):
                n_pairs += 1
                pairs += heads[a] is not None and heads[a] == heads[b]
    n = len(stories)
    out = {"all_three": all_three / n if n else 0.0, "pairs": pairs / n_pairs if n_pairs else 0.0}
    print(f"NeuS-AllSides {split}: {n} stories with left/center/right articles")
    for k, v in out.items():
        print(f"{k:<12}{v:>8.3f}")
    return out


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "dev", int(sys.argv[2]) if len(sys.argv) > 2 else None)
