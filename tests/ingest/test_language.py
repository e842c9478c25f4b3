"""Language of a text: a text in one of a family of close languages the identifier splits its
confidence among (Croatian, Bosnian, Serbian in Latin letters) is read in that family, not left
unknown (and then read as English). Sentences written for this test."""

from __future__ import annotations

from counterpoint.ingest.language import detect_language


def test_serbo_croatian_latin_is_read_in_its_family():
    text = ("Premijer je večeras posetio mesto nesreće gde se srušio most i rekao da je potvrđena smrt "
            "dvadeset osoba, dok je šesnaest povređeno. Spasioci su celu noć tražili preživele ispod ruševina, "
            "a vlada je proglasila vanredno stanje u celoj pokrajini.")
    assert detect_language(text) in {"hr", "bs", "sr"}


def test_english_stays_english():
    assert detect_language("Rescue teams searched the ruined docks through the night as the toll rose "
                           "again, the harbour master said on Tuesday.") == "en"
