"""Entity-linking throughput and scaling on synthetic mentions with varied spellings.

    .venv/bin/python benchmarks/linking.py [--max 100000]

Persons get romanization variants (Kassym/Qasim, -ayev/-aev), initials and surname-only forms;
organizations their acronyms and British/American spellings; places real names and variants.
Prints mentions/s at 10k, 30k and 100k mentions and the time ratio 100k/10k (10 = linear).
The gazetteer is loaded before timing (a one-off per process).
"""

from __future__ import annotations

import argparse
import random
import time

from counterpoint.entities import link
from counterpoint.entities.gazetteer import load_gazetteer
from counterpoint.models import Document, Mention

SYLLABLES = ["ka", "sy", "mo", "na", "zar", "ba", "to", "kha", "li", "ser", "gei", "ta", "ri", "du", "bek", "nur"]
GIVEN = [("Kassym", "Qasim", "Kassim"), ("Nursultan", "Nursoultan"), ("Jomart", "Zhomart"), ("Sergei", "Sergey"),
         ("Yuri", "Iurii", "Yury"), ("Aliya", "Aliia"), ("Dmitry", "Dmitri"), ("Askar", "Asqar")]
ORG_WORDS = ["Security", "Treaty", "Cooperation", "Energy", "Health", "Trade", "Defence", "Labour", "Rail", "Water"]
PLACES = ["Almaty", "Alma-Ata", "Aktobe", "Aktyubinsk", "Atyrau", "Guryev", "Zhanaozen", "Kazakhstan", "Chicago",
          "Springfield", "St. Louis", "Mangystau Oblast", "Astana", "Shymkent", "Chimkent", "Memphis"]


def surname(rng: random.Random) -> tuple[str, str]:
    stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return stem + "ayev", stem + "aev"


def make_mentions(n: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    people = [(rng.choice(GIVEN), surname(rng)) for _ in range(max(50, n // 20))]
    orgs = []
    for _ in range(max(20, n // 50)):
        words = rng.sample(ORG_WORDS, 3)
        orgs.append([*words, rng.choice(["Organization", "Organisation"])])
    out: list[Mention] = []
    for i in range(n):
        doc = f"d{i // 40}"
        r = rng.random()
        if r < 0.5:
            given, (s1, s2) = rng.choice(people)
            sur = rng.choice((s1, s2))
            form = rng.choice([f"{rng.choice(given)} {sur}", f"{given[0][0]}. {sur}", sur, f"{sur}'s"])
            out.append(Mention(document=doc, start=0, end=len(form), text=form, label="PERSON", type="person"))
        elif r < 0.8:
            words = rng.choice(orgs)
            form = rng.choice([" ".join(words), "the " + " ".join(words), "".join(w[0] for w in words)])
            out.append(Mention(document=doc, start=0, end=len(form), text=form, label="ORG", type="organization"))
        else:
            form = rng.choice(PLACES)
            out.append(Mention(document=doc, start=0, end=len(form), text=form, label="GPE", type="place"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max", type=int, default=100_000)
    args = ap.parse_args()
    load_gazetteer()
    times = {}
    for n in (10_000, 30_000, args.max):
        mentions = make_mentions(n)
        docs = [Document(id=d, path=d, status="ok", text="") for d in dict.fromkeys(m.document for m in mentions)]
        t = time.perf_counter()
        result = link(docs, mentions, [])
        times[n] = time.perf_counter() - t
        print(f"{n:>7} mentions -> {len(result.entities):>6} entities in {times[n]:6.2f}s "
              f"= {n / times[n]:>9,.0f} mentions/s")
    ratio = times[args.max] / times[10_000]
    print(f"time ratio {args.max:,}/10,000 = {ratio:.1f} (mentions ratio {args.max / 10_000:.0f}; equal = linear)")


if __name__ == "__main__":
    main()
