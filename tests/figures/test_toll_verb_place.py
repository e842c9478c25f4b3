"""A place on the verb that ties a count noun to its figure scopes the figure (invented sentences):
"the death toll rose to 446 in Peru" counts Peru as "446 died in Peru" does."""

from __future__ import annotations

import pytest
from figure_claims import claims_of, one_of

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(("text", "value", "place"), [
    ("The death toll climbed to 317 in Peru on Sunday, officials said.", 317, "Peru"),
    ("In Chile, the death toll has risen to 208.", 208, "Chile"),
    ("In Bolivia, the number of people missing stands at 96.", 96, "Bolivia"),
    # the toll of one country beside another's own clause keeps each its own place
    ("The toll in Ecuador rose to 1,204 and 87 died in Colombia.", 87, "Colombia"),
    ("The toll in Ecuador rose to 1,204 and 87 died in Colombia.", 1204, "Ecuador"),
    # the place on the number the verb ties to the count noun
    ("The agency said the toll in Peru stood at 530, while the known number of deaths was 71 in Chile.", 71, "Chile"),
])
def test_a_place_on_the_toll_verb_scopes_the_figure(nlp, text, value, place):
    assert one_of(claims_of(nlp, text), value).place_name == place


@pytest.mark.parametrize(("text", "value"), [
    # several places: no one of them scopes the toll
    ("The death toll rose to 611 across Peru and Chile.", 611),
    # where most were, not the scope
    ("The death toll rose to 388, mostly in Lima.", 388),
    # a named event is no place
    ("The death toll rose to 73 in the Tollan Fire.", 73),
])
def test_no_single_place_scopes_the_toll(nlp, text, value):
    assert one_of(claims_of(nlp, text), value).place_name is None
