"""The as-of date of a running total (figures/component.py): a date inside the phrase that names
where the count started ("since the start of the marches on 2 April") is not when it stood."""

from __future__ import annotations

import pytest
from figure_claims import claims_of as _claims
from figure_claims import one_of as _one


@pytest.mark.parametrize(("text", "value"), [
    ("Overall, since the beginning of the marches on 2 April, 61 demonstrators have been killed by "
     "the police, the monitoring office said.", 61),
    ("The army has killed 310 people according to the health ministry since the start of the rallies "
     "on April 2, 2022.", 310),
    ("The sit-ins, which began on 2 April, have left 88 people dead, according to the rights group.", 88),
    ("Police have detained 4,200 people since early 2 April morning, lawyers said.", 4200),
])
def test_start_of_a_running_total_is_no_as_of_date(nlp, text: str, value: float) -> None:
    c = _one(_claims(nlp, text, published="2022-05-20"), value)
    assert c.as_of == "2022-05-20"


@pytest.mark.parametrize(("text", "value", "as_of"), [
    # A date the count stood at still dates it, after a start phrase or without one.
    ("Since the marches began on 2 April, 61 people had been killed as of 9 May, the office said.", 61,
     "2022-05-09"),
    ("Police said 14 people were killed on 3 May in the port city.", 14, "2022-05-03"),
])
def test_date_of_the_count_still_dates_it(nlp, text: str, value: float, as_of: str) -> None:
    c = _one(_claims(nlp, text, published="2022-05-20"), value)
    assert c.as_of == as_of
