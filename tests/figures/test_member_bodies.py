"""Whose members a count of "members of ..." counts (invented sentences)."""

from __future__ import annotations

import pytest
from figure_claims import claims_of, one_of

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(("text", "value", "subject"), [
    # members of several bodies, one of them no security body: people, not soldiers
    ("Nearly 9,400 members of the military, police and judiciary have been detained.",
     9400, "person"),
    ("About 640 members of the judiciary and the gendarmerie were detained.", 640, "person"),
    # members of security bodies only stay security forces
    ("At least 52 members of the security forces were killed.", 52, "security officer"),
])
def test_members_of_mixed_bodies_are_people(nlp, text, value, subject):
    assert one_of(claims_of(nlp, text), value).subject == subject
