"""The founding articles: five ok documents, every article line kept, every furniture line gone.

Reads ../shared/seeds at test time (their text is never copied into the repository); the
expectations below name only short boilerplate lines and locate article sentences by seed
file name and a few words.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from counterpoint.ingest import read_documents
from counterpoint.ingest.decode import normalize_text
from counterpoint.ingest.dedup import Deduplicator

# Lines of page furniture each seed carries, by the start of the line (a locator, not a copy of
# the text); no line starting so may remain in the cleaned text.
EXPECTED_GONE: dict[str, tuple[str, ...]] = {
    "000": ("기도문 남기기", "이메일은 공개되지"),
    "001": ("You might also want to read",),
    "002": (
        "0 0",
        "If you notice an error in the text",
        "Article Categories:",
        "Leave a Reply",
    ),
    "003": (),
    "004": (
        "Spread the love",
        "Related Articles",
        "Leave a Reply",
        "Your email address will not be published",
        "Back to top button",
        "Abdullah Shafqat",
    ),
}
# Short fragments of article sentences (incl. the prayer and scripture of seed 000, which are
# that outlet's article text) that must survive.
MUST_KEEP: dict[str, tuple[str, ...]] = {
    "000": ("7,939 people have been arrested", "(Acts 13:37-39 NKJV)", "Source: Yonhap News", "Amen!"),
    "001": ("About Kazakhstan", "Police said 6,044 people had been arrested", "two chambers of parliament."),
    "002": ("Jan 5, 2022", "Burning administration building of Almaty", "Own. corr. FSK"),
    "003": ("Comment:", "News:", "Eldar Khamzin", "open fire to kill without warning"),
    "004": ("between two and three billion dollars", "(Photo: AFP)", "vast oil and gas reserves."),
}


def _by_prefix(docs):
    return {Path(d.path).name[:3]: d for d in docs}


def _documents(seeds_dir: Path):
    return list(read_documents([seeds_dir]))


def test_five_ok_documents(seeds_dir):
    docs = _documents(seeds_dir)
    assert [d.status for d in docs] == ["ok"] * 5
    assert all(d.language == "en" for d in docs)
    assert len({d.id for d in docs}) == 5


def test_boilerplate_gone_and_article_kept(seeds_dir):
    docs = _by_prefix(_documents(seeds_dir))
    for key, gone in EXPECTED_GONE.items():
        lines = docs[key].text.split("\n")
        for prefix in gone:
            assert not any(line.startswith(prefix) for line in lines), (key, prefix)
        for fragment in MUST_KEEP[key]:
            assert fragment in docs[key].text, (key, fragment)
    assert "Abdullah Shafqat is a journalist" not in docs["004"].text


def test_every_other_raw_line_survives(seeds_dir):
    """Programmatic check: each non-blank raw line not listed as furniture is in the text."""
    docs = _by_prefix(_documents(seeds_dir))
    for path in sorted(seeds_dir.iterdir()):
        key = path.name[:3]
        gone = EXPECTED_GONE[key]
        cleaned_lines = set(docs[key].text.split("\n"))
        for raw in normalize_text(path.read_text(encoding="utf-8")).split("\n"):
            if not raw or raw.startswith(gone):
                continue
            assert raw in cleaned_lines, (key, raw[:80])


def test_seed_metadata(seeds_dir):
    docs = _by_prefix(_documents(seeds_dir))
    assert docs["002"].published == "2022-01-05"
    assert docs["000"].outlet == "Yonhap News"
    assert docs["002"].title == "Protests in Kazakhstan coordinated from Poland and Ukraine"
    assert docs["001"].published is None  # the dated URL in its text belongs to another article


def test_copy_under_other_name_is_duplicate(seeds_dir, tmp_path):
    src = seeds_dir / "002_12bead12c958d291.txt"
    for p in sorted(seeds_dir.iterdir()):
        shutil.copy(p, tmp_path / p.name)
    shutil.copy(src, tmp_path / "zz_copy_of_002.txt")
    dedup = Deduplicator()
    docs = [dedup.check(d) for d in read_documents([tmp_path])]
    by_name = {Path(d.path).name: d for d in docs}
    copy, original = by_name["zz_copy_of_002.txt"], by_name[src.name]
    assert copy.id != original.id
    assert copy.duplicate_of == original.id
    assert sum(d.duplicate_of is not None for d in docs) == 1


def test_ids_stable_across_runs(seeds_dir):
    assert [d.id for d in _documents(seeds_dir)] == [d.id for d in _documents(seeds_dir)]
