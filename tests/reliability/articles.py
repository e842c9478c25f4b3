"""Short news-like articles generated from templates at test time (no real text is copied).

Enough distinct articles for an interrupted run to be killed mid-way; a seeded RNG makes the
folder identical for the clean and the interrupted run. Sentence choice and slot values vary
enough that the near-duplicate detector sees different stories.
"""

from __future__ import annotations

import random
from pathlib import Path

CITIES = ("Almaty", "Nur-Sultan", "Aktobe", "Shymkent", "Taraz", "Karaganda", "Zhanaozen", "Aktau",
          "Kyzylorda", "Taldykorgan", "Uralsk", "Pavlodar")
SOURCES = ("the Interior Ministry", "the health ministry", "local police", "the prosecutor general's office",
           "the city administration", "a spokesman for the emergency services", "hospital officials",
           "the national security committee")
SPEAKERS = ("President Kassym-Jomart Tokayev", "Interior Minister Erlan Turgumbayev", "Mayor Bakytzhan Sagintayev",
            "a police spokeswoman, Saltanat Azirbek", "rights activist Bakhytzhan Toregozhina")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TEMPLATES = (
    "{source} said on {weekday} that {n} people had been detained in {city}.",
    "According to {source}, {n} people were killed in clashes in {city} by January {day}.",
    "At least {n} security officers were injured, {source} reported.",
    "{speaker} said the situation in {city} had stabilised after {n} arrests.",
    "Protesters gathered in the central square of {city} on January {day}, witnesses said.",
    "More than {n} people were treated in hospitals in {city}, {source} said.",
    "The internet was cut across {city} for {small} days, residents told reporters.",
    "{speaker} blamed foreign-trained groups for the unrest and ordered troops to fire without warning.",
    "About {n} vehicles were burned and {small} buildings damaged in {city}, {source} said.",
    "Fuel prices in {city} had doubled at the start of the year, sparking the first rallies.",
    "Almost {n} people remained in custody on January {day}, {source} said.",
    "Shops in {city} reopened on {weekday} after {small} days of curfew.",
    "{source} put the number of dead at {n}, up from an earlier count of {small}.",
    "Peacekeepers from the regional bloc began leaving {city} on January {day}.",
)


def article(rng: random.Random, i: int) -> str:
    city = rng.choice(CITIES)
    title = f"Report {i}: unrest in {city} on January {rng.randint(2, 12)}"
    sentences = []
    for t in rng.sample(TEMPLATES, k=rng.randint(6, 10)):
        s = t.format(source=rng.choice(SOURCES), weekday=rng.choice(WEEKDAYS), n=rng.randint(3, 9000),
                     city=rng.choice(CITIES), day=rng.randint(2, 14), speaker=rng.choice(SPEAKERS),
                     small=rng.randint(2, 9))
        sentences.append(s[0].upper() + s[1:])
    paras = [" ".join(sentences[k:k + 3]) for k in range(0, len(sentences), 3)]
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def write_articles(folder: Path, count: int, *, seed: int = 2022) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        p = folder / f"gen-{i:03d}.txt"
        p.write_text(article(rng, i), encoding="utf-8")
        paths.append(p)
    return paths
