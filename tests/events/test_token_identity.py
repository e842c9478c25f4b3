"""Parse walks compare tokens by index: spaCy builds a new Token object at each access, so an
identity test (`tok.head is tok`) never sees the root, and a walk would treat the root as its
own governor."""

from __future__ import annotations

from counterpoint.events.component import _governed_by, _governor_lemmas
from counterpoint.events.participants import subject_lemmas


def _root(nlp, text: str):
    doc = nlp(text)
    return next(t for t in doc if t.dep_ == "ROOT")


def test_root_has_no_governor(nlp) -> None:
    root = _root(nlp, "Soldiers arrested the mayor of the river town.")
    assert root.lemma_ == "arrest"
    assert _governor_lemmas(root) == set()  # not {"arrest"}: the root governs itself in spaCy


def test_root_is_not_governed_by_its_own_lemma(nlp) -> None:
    root = _root(nlp, "Soldiers arrested the mayor of the river town.")
    assert not _governed_by(root, frozenset({"arrest"}))


def test_governor_through_preposition(nlp) -> None:
    doc = nlp("The depot was set on fire by rioters.")
    fire = next(t for t in doc if t.lower_ == "fire")
    assert {"on", "set"} <= _governor_lemmas(fire)


def test_subject_lemmas_stop_at_root(nlp) -> None:
    doc = nlp("The unrest in the northern province spread.")
    unrest = next(t for t in doc if t.lower_ == "unrest")
    assert "unrest" in subject_lemmas(unrest)
