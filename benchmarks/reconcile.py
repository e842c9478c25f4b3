"""Reconciliation at scale: 10k, 100k and 1M synthetic figure claims.

    .venv/bin/python benchmarks/reconcile.py [--sizes 10000 100000 1000000]

Each synthetic event has 10 documents (10 claims each) sharing two rare names, so event
clustering, slotting, verdicts, independence and explanations all run. Prints the time per size,
the claims/second rate and the log-log slope of time against size (near 1.0 = linear; the target
is <= 1.15). Timing only: nothing here asserts.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from counterpoint.models import Document, Evidence, FigureClaim, Source
from counterpoint.reconcile import reconcile

DOCS_PER_EVENT = 10
CLAIMS_PER_DOC = 10
NAMES_PER_EVENT = 6  # rare names shared by an event's documents (people, streets)
MEASURES = ("killed", "injured", "detained", "missing", "displaced")
QUALIFIERS = ("exact", "exact", "exact", "about", "more_than", "at_least", "almost")
ORIGINS = ("Ministry of Health", "the health ministry", "police", "Interior Ministry", "witnesses", "")
VOCABULARY = tuple(f"w{i}" for i in range(5000))
OUTLETS = tuple(f"Outlet {i}" for i in range(200))


def _alpha(n: int, salt: int) -> str:
    """A capitalized letters-only name unique to (n, salt): "Bcdaa"."""
    n = n * 16 + salt
    letters = []
    for _ in range(6):
        n, r = divmod(n, 26)
        letters.append(chr(97 + r))
    return "".join(letters).capitalize()


def synthesize(n_claims: int, seed: int = 7) -> tuple[list[Document], list[FigureClaim]]:
    rng = random.Random(seed)
    docs: list[Document] = []
    claims: list[FigureClaim] = []
    n_docs = max(1, n_claims // CLAIMS_PER_DOC)
    for d in range(n_docs):
        ev = d // DOCS_PER_EVENT
        doc_id = f"d{d}"
        day = 1 + ev % 28
        words = " ".join(rng.choice(VOCABULARY) for _ in range(40))
        names = " and ".join(f"{_alpha(ev, k)} {_alpha(ev, k + 8)}" for k in range(NAMES_PER_EVENT))
        text = f"Officials said that {names} were seen near the scene. {words}"
        docs.append(Document(id=doc_id, path=f"{doc_id}.txt", status="ok", text=text,
                             outlet=rng.choice(OUTLETS), published=f"2022-01-{day:02d}"))
        for k in range(CLAIMS_PER_DOC):
            measure = MEASURES[k % len(MEASURES)]
            base = 10 + (ev * 7 + k) % 300
            q = rng.choice(QUALIFIERS)
            value = float(base + rng.choice((0, 0, 0, 1, 5)))
            origin = rng.choice(ORIGINS)
            claims.append(FigureClaim(
                id=f"{doc_id}-f{k}", document=doc_id, measure=measure, value=value,
                low=value if q in ("exact", "about", "more_than", "at_least") else None,
                high=value if q in ("exact", "about", "almost") else None,
                qualifier=q, unit="person", subject=rng.choice(("person", "person", "child")),
                evidence=Evidence(document=doc_id, start=0, end=3, text="n/a"),
                as_of=f"2022-01-{min(28, day + rng.choice((0, 0, 1))):02d}",
                place_name=rng.choice((None, None, None, f"District{ev % 3}")),
                sources=(Source(name=origin, role="origin"),) if origin else (),
            ))
    return docs, claims


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args(argv)
    import datasketch  # noqa: F401  (its import pulls scipy: keep it out of the first timing)

    points: list[tuple[int, float]] = []
    for n in args.sizes:
        docs, claims = synthesize(n)
        t0 = time.perf_counter()
        rec = reconcile(docs, claims, ())
        dt = time.perf_counter() - t0
        points.append((n, dt))
        print(f"{n:>9,} claims  {len(docs):>8,} docs  {len(rec.events):>7,} events  {len(rec.groups):>8,} groups"
              f"  {dt:8.2f} s  {n / dt:>10,.0f} claims/s", flush=True)
    if len(points) >= 2:
        xs = [math.log(n) for n, _ in points]
        ys = [math.log(t) for _, t in points]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=False)) / sum((x - mx) ** 2 for x in xs)
        print(f"log-log slope of time vs claims: {slope:.3f} (target <= 1.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
