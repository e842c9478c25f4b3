"""An event's label is a short readable headline: the outlet's words for the happening, never the
page's furniture (a breadcrumb, a posting stamp, a section name, an error line, a byline), a wire
tag, a dateline or a title in another language than the coverage's. Titles and leads written for
these tests (invented places and outlets)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from counterpoint.reconcile.event_labels import best_headline, clean_headline, headline_problem

from .conftest import make_doc


@pytest.mark.parametrize(("raw", "outlet", "clean"), [
    ("(2nd LD) Harbour fire in Varnosk kills 12", None, "Harbour fire in Varnosk kills 12"),
    ("(Adds mayor's quote) Harbour fire in Varnosk kills 12", None, "Harbour fire in Varnosk kills 12"),
    ("Daily Planet News – Varnosk blast toll rises to 64", "Daily Planet News", "Varnosk blast toll rises to 64"),
    ("Varnosk blast toll rises to 64 | The Coast Courier", "The Coast Courier", "Varnosk blast toll rises to 64"),
    ("VARNOSK, TERAL (9:15 A.M.) – Rescue teams searched the docks", None, "Rescue teams searched the docks"),
    ("You are currently viewing Storm Oria: hundreds feared dead in Belmar", None,
     "Storm Oria: hundreds feared dead in Belmar"),
    # a title's "Country: ..." names the story's country and stays
    ("Teral: Storm toll jumps to 3,400", None, "Teral: Storm toll jumps to 3,400"),
])
def test_clean_headline_drops_what_is_not_the_headline(raw, outlet, clean):
    assert clean_headline(raw, outlet) == clean


def test_lead_datelines_in_ordinary_case_go():
    assert clean_headline("Quillon, Apr 5 (TNA) Divers searched the wreck all night", lead=True) == \
        "Divers searched the wreck all night"
    assert clean_headline("New Harlow: Divers searched the wreck all night", lead=True) == \
        "Divers searched the wreck all night"


@pytest.mark.parametrize("furniture", [
    "HOME > NEWS", "Home » World » Asia", "Posted 11 July 2031, 14:43", "International", "World News",
    "[an error occurred while processing this directive]", "Jane Roe By", "By Jane Roe and Tim Moe",
    "Get the latest updates as we post them — right on your browser", "12 March 2031",
    "05-14-2031, 04:24 PM",
])
def test_page_furniture_is_no_headline(furniture):
    assert headline_problem(furniture) is not None


def test_a_masthead_with_the_outlets_name_is_no_headline():
    assert headline_problem("The Coast CourierTruth on Every Tide", "The Coast Courier") is not None
    assert headline_problem("Divers find 12 more bodies in the Varnet Strait", "The Coast Courier") is None


def test_best_headline_passes_over_furniture_and_other_languages():
    docs = [
        replace(make_doc("a", outlet="Harbour Wire", text="HOME > NEWS\nVarnosk port blast: toll rises to 64"),
                title="HOME > NEWS", language="en"),
        replace(make_doc("b", text="L'esplosione nel porto di Varnosk ha causato 64 morti."),
                title="Esplosione nel porto di Varnosk, 64 morti", language="it"),
        replace(make_doc("c", text="Rescue teams searched the docks of Varnosk."),
                title="Blast at Varnosk port kills 64, injures hundreds", language="en"),
        replace(make_doc("d", text="Varnosk port reopens."), title="Varnosk port reopens to grain ships",
                language="en"),
    ]
    assert best_headline(docs) == "Blast at Varnosk port kills 64, injures hundreds"


def test_best_headline_reads_the_lead_when_no_title_will_do():
    docs = [
        replace(make_doc("a", text="28 March 2031\n\nCoast news\n\nDivers find 12 more bodies in the Varnet "
                                   "Strait. The search goes on."), title="28 March 2031", language="en"),
        replace(make_doc("b", text="Posted 29 March 2031\nThe toll rose again."), title=None, language="en"),
    ]
    assert best_headline(docs) == "Divers find 12 more bodies in the Varnet Strait."
