from __future__ import annotations

import dataclasses
from pathlib import Path

from counterpoint.ingest import read_documents
from counterpoint.ingest.dedup import NEAR_DUPLICATE_THRESHOLD, Deduplicator
from counterpoint.ingest.documents import text_hash
from counterpoint.models import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "kazakhstan-2022"

WIRE = (
    "Kazakh authorities have detained almost 6,000 people over the unrest that swept the country this week, "
    "the presidential office said on Sunday. A separate police tally put the number of arrests at 6,044. "
    "According to the presidential office, the situation has now stabilised and troops are guarding strategic "
    "facilities. President Tokayev has given bravery awards to 16 police and army officers killed in the violence."
)
OTHER = (
    "The Interior Ministry said on Monday that 7,939 people had been detained. Sputnik, quoting the Health "
    "Ministry, reported that 164 people had died, 103 of them in Almaty. Officials said a counter-terrorism "
    "operation was still under way in the largest city, and the president spoke of an attempted coup."
)


def _doc(i: str, text: str, status: str = "ok") -> Document:
    return Document(id=i, path=f"{i}.txt", status=status, text=text, text_hash=text_hash(text))  # type: ignore[arg-type]


def test_exact_and_near_duplicates_point_at_earliest():
    dd = Deduplicator()
    a = dd.check(_doc("a", WIRE))
    b = dd.check(_doc("b", OTHER))
    c = dd.check(_doc("c", WIRE.upper().replace(" ", "  ")))  # exact after folding case and spaces
    d = dd.check(_doc("d", "Almost 6,000 detained, presidency says.\n\n" + WIRE + "\n\nDistributed by Steppe Wire."))
    e = dd.check(_doc("e", WIRE + " " + OTHER))  # a different article sharing half its text
    assert (a.duplicate_of, b.duplicate_of, c.duplicate_of, d.duplicate_of) == (None, None, "a", "a")
    assert e.duplicate_of is None
    assert 0.5 < NEAR_DUPLICATE_THRESHOLD < 1


def test_existing_documents_make_runs_consistent():
    first = Deduplicator()
    stored = [first.check(_doc("a", WIRE)), first.check(_doc("b", WIRE + " Extra line."))]
    assert stored[1].duplicate_of == "a"
    again = Deduplicator(stored)
    # a re-run sees the same documents and keeps every decision
    assert [again.check(dataclasses.replace(d, duplicate_of=None)).duplicate_of for d in stored] == [None, "a"]
    # an incremental run: a new copy points at the earliest stored original
    assert again.check(_doc("z", WIRE)).duplicate_of == "a"
    assert again.check(_doc("y", OTHER)).duplicate_of is None


def test_skipped_and_short_documents_are_left_alone():
    dd = Deduplicator()
    assert dd.check(Document(id="s", path="s", status="skipped", reason="empty file")).duplicate_of is None
    dd.check(_doc("short1", "Police said 12."))
    assert dd.check(_doc("short2", "Police said 13.")).duplicate_of is None
    assert dd.check(_doc("short3", "police  said 12.")).duplicate_of == "short1"


def test_example_corpus_syndicated_copy():
    dd = Deduplicator()
    docs = [dd.check(d) for d in read_documents([EXAMPLES])]
    by_name = {Path(d.path).name: d for d in docs}
    assert by_name["02-syndicated-copy.txt"].duplicate_of == by_name["01-wire-detentions.txt"].id
    assert sum(d.duplicate_of is not None for d in docs) == 1


def test_near_copy_with_a_revised_number_is_not_a_duplicate():
    from counterpoint.ingest.dedup import Deduplicator
    from counterpoint.models import Document

    body = (
        "Officials in the capital said on Monday that {n} people had been detained since the unrest "
        "began, and that investigators were still questioning many of them about the violence in the "
        "city center, where several public buildings were set on fire during the night."
    )
    a = Document(id="a", path="a.txt", status="ok", text=body.format(n="5,800"), text_hash="ha")
    b = Document(id="b", path="b.txt", status="ok", text=body.format(n="7,939"), text_hash="hb")
    c = Document(id="c", path="c.txt", status="ok", text="Wire: " + body.format(n="5,800"), text_hash="hc")
    d = Deduplicator()
    assert d.check(a).duplicate_of is None
    assert d.check(b).duplicate_of is None  # a revision: its new figure must be extracted
    assert d.check(c).duplicate_of == "a"
