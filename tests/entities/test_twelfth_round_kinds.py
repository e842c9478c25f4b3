"""Who's who on real coverage (issue 16, twelfth session), in invented names and sentences: a page's
furniture, places and bodies whose own words say what they are, words that lead a person's name
without being it (an outlet's possessive, "Resident", ranks as abbreviations, a town before its
mayor), a person's age in a list of the dead, a title in apposition, bylines, datelines in
capitals, spans run across two names, names of peoples, and the canonical name of places and of
two spellings written as often."""

from __future__ import annotations

from collections import Counter

from counterpoint.entities import link_entities
from counterpoint.entities.context_votes import context_type
from counterpoint.entities.entity_build import _canonical, _place_name
from counterpoint.entities.names import person_and_role
from counterpoint.entities.surfaces import _clean, named_as_place, page_furniture
from counterpoint.models import Document, Mention


def _at(text: str, name: str, label: str = "organization"):
    i = text.index(name)
    return context_type(text, i, i + len(name), label)  # type: ignore[arg-type]


def _link(texts: dict[str, str], spans):
    docs = [Document(id=d, path=d, status="ok", text=t, language="en") for d, t in texts.items()]
    mentions = []
    for d, s, label, etype in spans:
        i = texts[d].index(s)
        mentions.append(Mention(document=d, start=i, end=i + len(s), text=s, label=label, type=etype))  # type: ignore[arg-type]
    ents, _ = link_entities(docs, mentions, [])
    return ents, {a: e for e in ents for a in e.aliases}


def test_a_page_furniture_label_is_no_name() -> None:
    for label in ("Story Tools", "Top Story", "DEVELOPING STORY", "Placeholder Image", "Reader's Letters",
                  "Leave a Reply", "Email", "Camera Icon"):
        assert page_furniture(label), label
    for name in ("Sky News", "Daily Mail", "Home Ministry", "Zenda Story Trust"):
        assert not page_furniture(name), name
    texts = {"a": "Story Tools\nJan Tarlen said 12 people died in Zendabad."}
    ents, _by = _link(texts, [("a", "Story Tools", "PERSON", "person"), ("a", "Jan Tarlen", "PERSON", "person")])
    assert [e.name for e in ents] == ["Jan Tarlen"]


def test_a_name_ending_with_a_place_kind_or_a_venue_is_a_place() -> None:
    for name in ("Zenda Island", "Tarlen District", "Zendi Upazila", "Strelsau Regency", "Zenda Township",
                 "Tarlen Beach", "Zenda Causeway", "Tarlen Concert Hall", "Zenda Masjid", "Place Jan Tarlen",
                 "Jalan Zendari"):
        assert named_as_place(name), name
    for name in ("Jan Hall", "Zenda District Council", "Zenda Unified School District", "Zenda Island Relief"):
        assert not named_as_place(name), name
    texts = {"a": "Gunmen burst into the Tarlen Concert Hall during a show.",
             "b": "Ferries to Zenda Island were halted after the storm."}
    _ents, by = _link(texts, [("a", "Tarlen Concert Hall", "PERSON", "person"),
                              ("b", "Zenda Island", "PERSON", "person")])
    assert by["Tarlen Concert Hall"].type == "place" and by["Zenda Island"].type == "place"


def test_a_body_named_by_an_authority_a_division_or_headquarters_is_no_person() -> None:
    texts = {"a": "Officials at the Central Zendan Relief Headquarters said 40 died.",
             "b": "The Zenda Relief Headquarters gave a new toll.",
             "c": "The Public Relations Division of the Zendan police said so."}
    _ents, by = _link(texts, [("a", "Central Zendan Relief Headquarters", "ORG", "organization"),
                              ("b", "Zenda Relief Headquarters", "PERSON", "person"),
                              ("c", "Public Relations Division", "PERSON", "person")])
    assert by["Zenda Relief Headquarters"].type == "organization"
    assert by["Public Relations Division"].type == "organization"


def test_words_leading_a_persons_name_without_being_it() -> None:
    assert person_and_role("Zenda TV’s Rita Tarlen") == ("Rita Tarlen", None)
    assert person_and_role("Resident Rita Tarlen") == ("Rita Tarlen", None)
    assert person_and_role("Briton Jan Zendari") == ("Jan Zendari", None)
    assert person_and_role("SI Jan Zendari") == ("Jan Zendari", "sub-inspector")
    assert person_and_role("Adj. Sr. Comr. Zendari") == ("Zendari", "adjunct senior commissioner")
    assert person_and_role("Shri Jan Zendari") == ("Jan Zendari", None)
    assert person_and_role("Brigadier General Zendari") == ("Zendari", "brigadier general")
    assert person_and_role("Tarlenville Mayor Zendari") == ("Zendari", "mayor")
    # a name that only looks so keeps its words
    assert person_and_role("Si Thu Zendari")[0] == "Si Thu Zendari"
    assert person_and_role("Son Ji Zendari")[0] == "Son Ji Zendari"
    assert person_and_role("Jan Zendari's Diaries")[0] == "Jan Zendari's Diaries"


def test_an_outlets_reporter_is_the_reporter() -> None:
    texts = {"a": "Zenda TV’s Rita Tarlen reported from the scene.",
             "b": "Rita Tarlen said the road was cut."}
    _ents, by = _link(texts, [("a", "Zenda TV’s Rita Tarlen", "PERSON", "person"),
                              ("b", "Rita Tarlen", "PERSON", "person")])
    assert by["Rita Tarlen"].type == "person" and by["Rita Tarlen"].name == "Rita Tarlen"
    assert "Zenda TV’s Rita Tarlen" not in by


def test_the_context_of_a_person_the_model_called_a_body() -> None:
    dead = "The dead were Jan Tarlen, 80; Rita Beatriz Zendari, 74; and Ola Smit, 46."
    assert _at(dead, "Rita Beatriz Zendari") == "person"
    assert _at("The inquiry will be led by J K Tarlen, Commissioner Rail Safety, officials said.", "J K Tarlen") == "person"
    assert _at("Zenda wires\nBy Jan Tarlen and Rita Zendari\nThe toll rose.", "Rita Zendari") == "person"
    assert _at("Reporting by Jan Tarlen; Editing by Rita Zendari", "Rita Zendari") == "person"
    # a killer named after "by" is not a byline, and a wire after "By" is no person
    assert _at("He was shot by Jan Tarlen and Rita Zendari.", "Rita Zendari") is None
    assert _at("By Zenda Press\nThe toll rose.", "Zenda Press") is None


def test_a_dateline_in_capitals_is_a_place() -> None:
    assert _at("Wires\nPUERTO ZENDA, Ruritania -- The president said", "PUERTO ZENDA", "person") == "place"
    assert _at("ZENDABAD (Zenda Press) - Rescuers dug", "ZENDABAD") == "place"
    assert _at("Officials of ZRA - the relief agency - said", "ZRA") is None


def test_a_span_run_across_two_names_keeps_one() -> None:
    assert _clean("Ruritania. The Zendan Office for Relief Affairs") == "The Zendan Office for Relief Affairs"
    assert _clean("ZENDABAD - Cyclone Tarlen") == "Cyclone Tarlen"
    assert _clean("Tarlenheim - The Zenda Times") == "Tarlenheim"
    assert _clean("Jan Tarlen / Zenda Images") == "Zenda Images"
    assert _clean("Maj. Gen. Jan Tarlen") == "Maj. Gen. Jan Tarlen"
    assert _clean("St. Zenda Tarlen") == "St. Zenda Tarlen"


def test_a_people_is_a_group() -> None:
    texts = {"a": "Hundreds of Zendi Muslims marched; Rohingya families fled.",
             "b": "Uighurs in the city said the police came at night."}
    _ents, by = _link(texts, [("a", "Zendi Muslims", "PERSON", "person"), ("a", "Rohingya", "PERSON", "person"),
                              ("b", "Uighurs", "ORG", "organization")])
    assert by["Rohingya"].type == "group" and by["Uighurs"].type == "group"


def test_a_place_is_named_as_the_coverage_writes_it() -> None:
    assert _place_name("Zéndabad", Counter({"Zendabad": 30, "ZENDABAD": 2, "Zéndabad": 1})) == "Zendabad"
    assert _place_name("Tarlen", Counter({"Tarlen": 5, "Tarlen New Area": 2})) == "Tarlen"
    assert _place_name("Strelsau", Counter({"Tarlen New Area": 3, "Tarlen": 2})) == "Tarlen New Area"


def test_two_spellings_written_as_often_the_titled_one_names_the_person() -> None:
    forms = Counter({"Jan Zendarri": 1, "Jan Zendari": 1})
    assert _canonical("person", forms, Counter({"Jan Zendari": 1})) == "Jan Zendari"
    assert _canonical("person", Counter({"Jan Zendari": 1, "Jan Zendarri": 3})) == "Jan Zendarri"


def test_a_speaker_taken_up_by_he_or_she_is_a_person() -> None:
    assert _at("Davide Tarlen said he was driving across the bridge when it fell.", "Davide Tarlen") == "person"
    assert _at("The Zenda Relief said it was sending tents.", "Zenda Relief") is None


def test_a_person_of_a_body_described_in_lower_case_is_the_person() -> None:
    texts = {"a": "Jan Tarlen of the joint investigation team said the ferry turned too fast.",
             "b": "Officials of the Zenda Relief Agency said 40 died."}
    _ents, by = _link(texts, [("a", "Jan Tarlen of the joint investigation team", "ORG", "organization"),
                              ("b", "Zenda Relief Agency", "ORG", "organization")])
    assert by["Jan Tarlen"].type == "person"
    assert by["Zenda Relief Agency"].type == "organization"


def test_a_place_written_with_its_kind_in_lower_case_keeps_the_records_name() -> None:
    assert _place_name("Zenda", Counter({"Zenda province": 2})) == "Zenda"
    assert _place_name("Zénda", Counter({"Zenda city": 2})) == "Zenda"


def test_a_people_named_as_a_speaker_is_a_group() -> None:
    from counterpoint.entities.surfaces import _guess_type

    assert _guess_type("Uighurs") == "group" and _guess_type("Ethnic Uzbeks") == "group"
    assert _guess_type("Jan Tarlen") == "person"


def test_a_name_that_is_an_outlet_of_the_corpus_is_that_outlet() -> None:
    texts = {"a": "Families told Zenda Masr that the morgue turned them away.",
             "b": "Zenda Masr could not verify the claims."}
    docs = [Document(id=d, path=d, status="ok", text=t, language="en",
                     outlet="Zenda Masr" if d == "b" else "The Tarlen Times (AP)") for d, t in texts.items()]
    mentions = [Mention(document=d, start=t.index("Zenda Masr"), end=t.index("Zenda Masr") + 10, text="Zenda Masr",
                        label="PERSON", type="person") for d, t in texts.items()]
    ents, _ = link_entities(docs, mentions, [])
    assert [(e.name, e.type) for e in ents] == [("Zenda Masr", "organization")]


def test_a_claims_name_cut_inside_a_word_is_the_name_it_starts() -> None:
    from counterpoint.entities.entity_build import _cut_short, name_starts
    from counterpoint.entities.surfaces import _Surface

    def surface(t: str, text: str) -> _Surface:
        return _Surface(text=text, folded=text.lower(), type=t, forms=Counter({text: 1}), documents={})  # type: ignore[arg-type]

    surfaces = {("place", "port-au-zenda"): surface("place", "Port-au-Zenda"),
                ("person", "jan tarlen"): surface("person", "Jan Tarlen"),
                ("person", "jan tarlow"): surface("person", "Jan Tarlow")}
    starts = name_starts(surfaces)
    assert _cut_short("Port-au", surfaces, ("place",), starts) == ("place", "port-au-zenda")
    assert _cut_short("Jan Tarl", surfaces, ("person",), starts) is None  # two names continue it
    assert _cut_short("Jan Tarlen", surfaces, ("person",), starts) is None  # the whole name itself


def test_a_body_written_with_and_without_its_kind_is_one() -> None:
    texts = {"a": "Zendan Civil Rescue said 40 people died.", "b": "The Zendan Civil Rescue Agency gave the toll.",
             "c": "The Tarlen Front group claimed the attack.", "d": "Tarlen Front denied it."}
    _ents, by = _link(texts, [("a", "Zendan Civil Rescue", "ORG", "organization"),
                              ("b", "Zendan Civil Rescue Agency", "ORG", "organization"),
                              ("c", "Tarlen Front group", "ORG", "organization"), ("d", "Tarlen Front", "ORG", "organization")])
    assert by["Zendan Civil Rescue"].id == by["Zendan Civil Rescue Agency"].id
    assert by["Tarlen Front"].id == by["Tarlen Front group"].id


def test_a_known_body_the_model_split_at_and_is_one_name() -> None:
    s = "The International Federation of Red Cross and Red Crescent Societies said 40 died."
    texts = {"a": s, "b": "The IFRC appealed for funds."}
    _ents, by = _link(texts, [("a", "International Federation of Red Cross", "ORG", "organization"),
                              ("a", "Red Crescent Societies", "ORG", "organization"),
                              ("b", "IFRC", "ORG", "organization")])
    assert "International Federation of Red Cross and Red Crescent Societies" in by
    assert by["International Federation of Red Cross and Red Crescent Societies"].id == by["IFRC"].id


def test_a_rank_after_an_offices_title_is_no_part_of_the_name() -> None:
    assert person_and_role("Zenda Model Police SI Jan Tarlen") == ("Jan Tarlen", "police sub-inspector")
    assert person_and_role("Relief team spokesman Adj. Sr. Comr. Tarlen")[0] == "Tarlen"
    assert person_and_role("Senior Commissioner Tarlen") == ("Tarlen", "senior commissioner")
    assert person_and_role("Assistant Sub-Inspector Jan Tarlen")[0] == "Jan Tarlen"
    assert person_and_role("Jan-Erik Tarlen") == ("Jan-Erik Tarlen", None)


def test_a_title_alone_is_no_name() -> None:
    from counterpoint.entities.linking import _not_a_name

    for title in ("General", "Gen.", "PM", "the ambassador", "President"):
        assert _not_a_name(title), title
    for name in ("Major", "Bishop", "Police", "Jan Tarlen"):  # a surname, a body, a name
        assert not _not_a_name(name), name


def test_an_outlets_note_or_a_place_is_no_outlet_name() -> None:
    from counterpoint.entities.linking import outlet_names

    docs = [Document(id="a", path="a", status="ok", text="", outlet="Daily Zenda (Zimbabwe)"),
            Document(id="b", path="b", status="ok", text="", outlet="AP via The Tarlen Herald"),
            Document(id="c", path="c", status="ok", text="", outlet="Paris")]
    assert outlet_names(docs) == frozenset({"daily zenda", "tarlen herald"})


def test_a_place_start_word_hyphened_to_its_name_is_read_without_error() -> None:
    # fold() splits at hyphens, the written name has no space: "Lake-Zenda" is still Lake + Zenda,
    # and a Unicode hyphen ("Lake‐zenda") that fold() splits but the regex does not is no place
    assert named_as_place("Lake-Zenda")
    assert not named_as_place("Lake\u2010zenda")
    assert not named_as_place("Lake-zenda")
