"""Event clustering alone on the pages dev set: each folder of devset/pages is one real event,
so it should come out as one cluster, alone and mixed with the others.

    python eval/pages_clusters.py [-v] [--heldout]

Only folders whose gold is in devset/gold (the dev events) are read, and with --heldout also those
of devset/heldout (dev-b); every other folder (the held-out events only the lead scores) is never
opened: their texts must not steer development. Prints the clusters per folder (with -v: each cluster's label and files), then the mixed pile's
B-cubed scores against the folders. The texts are git-ignored (devset/README.md); without them
this says so and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
PAGES = HERE.parent / "devset" / "pages"
GOLD = HERE.parent / "devset" / "gold"
HELDOUT = HERE.parent / "devset" / "heldout"

from cluster_metrics import b3  # noqa: E402


def main(verbose: bool, heldout: bool = False) -> None:
    from counterpoint.ingest.documents import read_documents
    from counterpoint.reconcile.clustering import cluster_documents, event_of_documents

    if not PAGES.is_dir():
        print(f"no dev-set texts in {PAGES} (see devset/README.md)")
        return
    allowed = {g.stem for g in GOLD.glob("*.json")} | ({g.stem for g in HELDOUT.glob("*.json")} if heldout else set())
    pile, gold = [], {}
    for folder in sorted(p for p in PAGES.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")) and p.name != "pages"):
        if folder.name not in allowed:
            continue
        docs = list(read_documents([folder]))
        usable = [d for d in docs if d.status == "ok" and d.text and not d.duplicate_of]
        clusters = cluster_documents(docs)
        print(f"{folder.name:<34}{len(usable):>4} documents {len(clusters):>3} clusters {[len(c.documents) for c in clusters]}")
        if verbose:
            name = {d.id: f"{Path(d.path).name[:28]} {d.published}" for d in docs}
            for c in clusters:
                print("    ", c.label[:60], [name[d] for d in c.documents])
        pile.extend(usable)
        gold.update({d.id: folder.name for d in usable})
    pred = event_of_documents(cluster_documents(pile), pile)
    p, r, f = b3(pred, gold)
    print(f"mixed pile: {len(pile)} documents, {len(set(gold.values()))} folders, {len(set(pred.values()))} clusters; "
          f"cluster_b3_precision {p:.4f} recall {r:.4f} f1 {f:.4f}")


if __name__ == "__main__":
    main("-v" in sys.argv, "--heldout" in sys.argv)
