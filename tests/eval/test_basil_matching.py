"""How the BASIL speaker measure compares our speaker name with the annotated one (names written
for the tests)."""

from __future__ import annotations


def test_an_accented_name_matches_its_plain_spelling(eval_module) -> None:
    same = eval_module("basil").same_speaker
    # the accented word is the only one the two names share
    assert same("Mr. Peña", "Tomas_Pena")
    assert same("Tomas Pena", "Tomás_Peña")


def test_a_surname_matches_the_full_name_and_another_name_does_not(eval_module) -> None:
    same = eval_module("basil").same_speaker
    assert same("Sen. Ilse Varga", "Ilse_Varga")
    assert not same("Ilse Varga", "Tomas_Pena_Oviedo")
    assert not same(None, "Ilse_Varga")
