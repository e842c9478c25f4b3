"""Types from the words around a name, in invented sentences: the kind of body written before it,
its fans after it, a side in a match, a one-word name after "in", page furniture on its own line,
and unnamed people cited by a claim."""

from __future__ import annotations

import pytest

from counterpoint.entities import link_entities
from counterpoint.entities.context_votes import alone_on_line, context_type
from counterpoint.models import Document, Mention


def _at(text: str, name: str, label: str = "person"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("The mayor told the state-run TV station Al-Sahil that crews were searching.", "Al-Sahil", "organization"),
        ("Dozens of Zendora fans ran onto the pitch.", "Zendora", "organization"),
        ("It followed a match between Zendora Town and Strelsau Rovers on Friday.", "Zendora Town", "organization"),
        ("It followed a match between Zendora Town and Strelsau Rovers on Friday.", "Strelsau Rovers",
         "organization"),
        ("Zendora Town lost 2-1 to their rivals.", "Zendora Town", "organization"),
        ("Police denied a Supporter Zendora report on the count.", "Supporter Zendora", "organization"),
        ("The storm hit a fishing village in Sumbawa before dawn.", "Sumbawa", "place"),
        ("The senator said in Halvorsen's office that nothing was decided.", "Halvorsen", None),
        ("Rescuers spoke to Halvorsen about the night.", "Halvorsen", None),
    ],
)
def test_context_gives_the_type(text: str, name: str, want) -> None:
    assert _at(text, name) == want


def test_a_name_alone_on_its_line_is_page_furniture() -> None:
    text = "Zenith Web Studio\n\nQuake toll rises\nThe Red Crescent said 40 were hurt."
    assert alone_on_line(text, 0, len("Zenith Web Studio"))
    i = text.index("Red Crescent")
    assert not alone_on_line(text, i, i + len("Red Crescent"))


def test_furniture_and_fans_in_linking() -> None:
    text = "Zenith Web Studio\nZendora fans ran onto the pitch, and Zendora FC was fined."
    doc = Document(id="a", path="a", status="ok", text=text)

    def m(name: str, label: str, etype: str, start: int = 0) -> Mention:
        i = text.index(name, start)
        return Mention(document="a", start=i, end=i + len(name), text=name, label=label, type=etype)  # type: ignore[arg-type]

    mentions = [m("Zenith Web Studio", "ORG", "organization"), m("Zendora", "PERSON", "person"),
                m("Zendora FC", "ORG", "organization")]
    ents, _ = link_entities([doc], mentions, [])
    names = {e.name: e for e in ents}
    assert "Zenith Web Studio" not in names
    club = [e for e in ents if "Zendora" in e.aliases]
    assert len(club) == 1 and club[0].type == "organization" and "Zendora FC" in club[0].aliases


def test_unnamed_people_a_claim_cites_are_a_group() -> None:
    from counterpoint.entities.linking import _guess_type
    assert _guess_type("officials") == "group"
    assert _guess_type("local officials") == "group"
    assert _guess_type("Harbour Ministry") == "organization"
