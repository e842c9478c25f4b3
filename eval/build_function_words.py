"""Build the table of other languages' function words the event clustering ships as package data.

    python eval/build_function_words.py [--out src/counterpoint/data/function_words.tsv.gz]

Why: the clustering's word list (`cluster_vectors.FUNCTION_WORDS`) is English. A report in German
or Italian keeps "und", "nicht", "della", "sono" as words, and in a mostly English pile those are
rare, so they weigh a lot: two German briefs of two different disasters then look alike through
their grammar alone (the mixed pages pile's four German briefs of four events became one cluster).

Source: spaCy's stop-word lists (`spacy.lang.<code>.stop_words`, MIT licence), for every language
whose list has at least `MIN_WORDS` words the clustering's tokenizer can read (lower-case Latin
letters, `MIN_WORD_LEN` or more: shorter words and words in other scripts are never features).
Written as `code<TAB>word word ...`, one line per language, sorted, gzip (mtime 0, so the same
lists give the same bytes).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "src" / "counterpoint" / "data" / "function_words.tsv.gz"
# A language whose list keeps fewer readable words than this is left out (scripts the tokenizer
# does not read: Cyrillic, Arabic, Devanagari...).
MIN_WORDS = 20
# English is the clustering's own list; "xx" is spaCy's multi-language placeholder.
SKIP = frozenset({"en", "xx"})


def main() -> None:
    import spacy.lang

    from counterpoint.reconcile.cluster_vectors import MIN_WORD_LEN

    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    token = re.compile(r"[a-z][a-z'’-]*[a-z]")  # cluster_vectors._TOKEN_RE's word form
    lines = []
    for mod in sorted(pkgutil.iter_modules(spacy.lang.__path__), key=lambda m: m.name):
        if not mod.ispkg or mod.name in SKIP:
            continue
        try:
            words = importlib.import_module(f"spacy.lang.{mod.name}.stop_words").STOP_WORDS
        except ModuleNotFoundError:
            continue  # a language without a list
        keep = sorted({w.lower() for w in words if len(w) >= MIN_WORD_LEN and token.fullmatch(w.lower())})
        if len(keep) >= MIN_WORDS:
            lines.append(f"{mod.name}\t{' '.join(keep)}")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} languages -> {args.out}")


if __name__ == "__main__":
    main()
