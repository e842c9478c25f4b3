"""A short report in another language joins the event it tells (shared names and figures); a
report that only names the same place, or fits two events equally, stays alone; a one-language
pile is untouched. A side report dated inside a running story's span joins it. Texts written for
these tests (invented places and people)."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.reconcile.cluster_foreign import anchor_figures, anchor_names, join_foreign
from counterpoint.reconcile.cluster_vectors import day_number, term_counts, vectorize
from counterpoint.reconcile.clustering import attach_within_span, cluster_documents

from .conftest import make_doc

# An invented warehouse blast in the port town of Varnosk, told in English on three days.
BLAST_EN = [
    ("2031-08-04", "Blast at Varnosk port kills 64. A chemical store exploded at the port of Varnosk on "
     "Tuesday, killing 64 people and injuring 2,300, the Teral health ministry said."),
    ("2031-08-05", "Varnosk explosion toll rises to 112. Rescue teams searched the ruined docks of Varnosk "
     "as the toll from the port blast rose to 112; more than 2,300 were hurt and 250,000 left homeless."),
    ("2031-08-06", "Varnosk mourns as port blast toll reaches 137. Families buried the dead in Varnosk, where "
     "the explosion destroyed the grain silos; 250,000 people lost their homes, the governor said."),
]
# The same blast in an Italian brief (written for this test): the same town, the same counts.
BRIEF_IT = ("L'esplosione nel porto di Varnosk ha causato 137 morti e 2.300 feriti; 250.000 persone sono "
            "rimaste senza casa, secondo le autorità di Teral.")
# An Italian brief about the same town that gives none of the blast's figures (a football match).
OTHER_IT = ("La squadra di Varnosk ha vinto la partita di sabato davanti a 40 tifosi; l'allenatore ha "
            "lodato i giovani giocatori.")
# A second, unrelated English event in another town.
FLOOD_EN = [
    ("2031-08-05", "Floods cut off Belmar valley. The river Orne burst its banks in Belmar, and 40 families "
     "were evacuated by boat, the mayor of Belmar said."),
    ("2031-08-06", "Belmar valley flood waters recede. Residents of Belmar returned to mud-filled homes as "
     "the Orne fell; the 40 evacuated families were housed in the school."),
]


def _pile(extra: list[tuple[str, str | None, str]]):
    docs = [replace(make_doc(f"en{i}", published=day, text=text), language="en")
            for i, (day, text) in enumerate(BLAST_EN + FLOOD_EN)]
    docs += [replace(make_doc(f"x{i}", published=day, text=text), language=lang)
             for i, (lang, day, text) in enumerate(extra)]
    return docs


def _event_of(clusters, doc_id: str) -> str:
    return next(c.id for c in clusters if doc_id in c.documents)


def test_figures_read_across_conventions():
    assert anchor_figures("2.300 feriti, 85’744 edifici, 250 000 sfollati, magnitudo 7,8") >= {
        "2300", "85744", "250000", "7.8"}
    assert anchor_figures("in 2031, 12 people and 7.8 magnitude") == {"7.8"}  # a year and a small count are no anchor


def test_names_fold_spellings():
    assert anchor_names("Katmandú") == anchor_names("Kathmandu")
    assert "varnosk" in anchor_names("nel porto di Varnosk")


def test_foreign_brief_joins_the_event_it_tells():
    clusters = cluster_documents(_pile([("it", None, BRIEF_IT)]))
    assert _event_of(clusters, "x0") == _event_of(clusters, "en0")
    assert _event_of(clusters, "en3") != _event_of(clusters, "en0")


def test_same_place_without_shared_figures_stays_apart():
    clusters = cluster_documents(_pile([("it", None, OTHER_IT)]))
    assert _event_of(clusters, "x0") not in {_event_of(clusters, "en0"), _event_of(clusters, "en3")}


def test_one_language_pile_is_untouched():
    docs = _pile([])
    labels = [0, 0, 0, 3, 3]
    assert join_foreign(labels, docs, [day_number(d.published) for d in docs]) == labels


def test_brief_two_events_fit_equally_stays_alone():
    # two English clusters that both carry the town's name and the brief's figures: no telling which
    docs = [replace(make_doc(f"d{i}", text=t), language=lang) for i, (lang, t) in enumerate([
        ("en", "Varnosk port blast: 137 dead."), ("en", "Varnosk blast toll 137."),
        ("en", "Varnosk fire: 137 homes burned."), ("en", "Varnosk fire burned 137 homes."),
        ("it", "Varnosk: 137 morti."),
    ])]
    assert join_foreign([0, 0, 2, 2, 4], docs, [None] * 5) == [0, 0, 2, 2, 4]


# A running story (invented): protests over three weeks, and a side report on the detainees.
PROTESTS = [
    ("2031-03-01", "Protesters march in Dorvane against the election result; police detain 200 in the square."),
    ("2031-03-05", "Second week of protests in Dorvane: riot police detain protesters near the election office."),
    ("2031-03-12", "Dorvane protests swell as opposition rejects election count; hundreds of protesters detained."),
    ("2031-03-20", "Police disperse Dorvane protest march; the opposition says the election was stolen."),
]
SIDE = ("2031-03-09", "Rights group records beatings of detained protesters in Dorvane jails after the "
        "election protests; lawyers say detainees were denied visits.")
LATER = ("2031-06-30", "Rights group records beatings of detained protesters in Dorvane jails after the "
         "election protests; lawyers say detainees were denied visits.")


def _span_case(side):
    docs = [make_doc(f"p{i}", published=day, text=t) for i, (day, t) in enumerate([*PROTESTS, side])]
    matrix = vectorize([term_counts(d.title, d.text) for d in docs]).matrix
    days = [day_number(d.published) for d in docs]
    n = len(docs)
    a = [i for i in range(n) for j in range(i + 1, n)]
    b = [j for i in range(n) for j in range(i + 1, n)]
    return attach_within_span([0, 0, 0, 0, 4], a, b, matrix, days)


def test_side_report_inside_a_running_story_span_joins_it():
    assert _span_case(SIDE) == [0, 0, 0, 0, 0]


def test_side_report_outside_the_span_stays_alone():
    assert _span_case(LATER) == [0, 0, 0, 0, 4]


def test_foreign_pass_does_not_depend_on_input_order():
    docs = _pile([("it", None, BRIEF_IT), ("it", None, OTHER_IT)])
    first = cluster_documents(docs)
    assert cluster_documents(list(reversed(docs))) == first


# An invented tailings-dam collapse told in English, and a brief in another language (written for
# this test) a few days on with a later toll none of the English texts gives.
DAM_EN = [
    ("2031-01-25", "Dam collapse buries Orvalho. A tailings dam owned by Kestrela Mining burst above Orvalho in "
     "Serra Alta state, and mud buried houses; 40 people were found dead."),
    ("2031-01-26", "Orvalho search goes on as dam toll rises. Firefighters in Serra Alta dug through the mud in "
     "Orvalho after the Kestrela Mining dam failed; 58 were dead and 300 missing."),
    ("2031-01-28", "Kestrela Mining shares fall after Orvalho disaster. The company said it would aid Orvalho "
     "families in Serra Alta as the toll rose to 84."),
]
DAM_BRIEF = ("Subiu para 121 o número de mortos no rompimento da barragem de rejeitos da Kestrela Mining em "
             "Orvalho, na Serra Alta, informou a coordenação estadual neste sábado. O coordenador apontou ainda "
             "que o número de pessoas desaparecidas caiu para 226, e que entre os mortos 93 foram identificados. "
             "Até a noite de sexta-feira, as equipes tinham registrado 115 mortos e 248 desaparecidos; as buscas "
             "continuam com bombeiros, cães farejadores e helicópteros em toda a área atingida pela lama.")
ONE_NAME_BRIEF = "O time de Orvalho venceu a partida de domingo por três a um."


def _dam_pile(brief: str):
    docs = [replace(make_doc(f"en{i}", published=day, text=text), language="en")
            for i, (day, text) in enumerate(DAM_EN + FLOOD_EN)]
    return [*docs, replace(make_doc("x0", published="2031-02-02", text=brief), language="pt")]


def _dam_join(brief: str) -> list[int]:
    docs = _dam_pile(brief)
    return join_foreign([0, 0, 0, 3, 3, 5], docs, [day_number(d.published) for d in docs])


def test_brief_sharing_several_rare_names_joins_without_a_figure():
    assert _dam_join(DAM_BRIEF) == [0, 0, 0, 3, 3, 0]


def test_brief_sharing_one_name_without_a_figure_stays_alone():
    assert _dam_join(ONE_NAME_BRIEF) == [0, 0, 0, 3, 3, 5]


# An invented port blast told in English on three days, the premier's visit in two of them.
PORT_EN = [
    ("2031-08-04", "Blast at Varnosk port in Teral kills 64. A chemical store exploded at the port of Varnosk "
     "in Teral on Tuesday, killing 64 people and injuring 2,300; Prime Minister Cavello visited the docks."),
    ("2031-08-05", "Varnosk explosion toll rises to 112. Rescue teams searched the ruined docks of Varnosk as "
     "Teral mourned; more than 2,300 were hurt and Prime Minister Cavello declared a state of emergency."),
    ("2031-08-06", "Teral buries the dead of the Varnosk blast. Families in Varnosk buried the dead as the toll "
     "reached 137; 250,000 people lost their homes, the governor of Teral said."),
]
# Two months on, in Russian (written for this test): the names inflected ("в Варноске", "Терала"),
# the counts the coverage gave.
LATE_RU = ("Новые данные о взрыве в Варноске: погибли 137 человек, ранены 2300. Власти Терала сообщили, "
           "что 250000 человек остались без крова.")
LATE_RU_NO_COUNTS = "Новые данные о взрыве в Варноске. Власти Терала сообщили о помощи семьям."
# The premier's visit the first evening, in a language that spells his name as it sounds.
VISIT_SR = "Premijer Kavelo posetio je večeras mesto nesreće i nazvao to ogromnom tragedijom."


def _port_join(day: str, lang: str, brief: str) -> list[int]:
    docs = [replace(make_doc(f"en{i}", published=d, text=t), language="en")
            for i, (d, t) in enumerate(PORT_EN + FLOOD_EN)]
    docs.append(replace(make_doc("x0", published=day, text=brief), language=lang))
    return join_foreign([0, 0, 0, 3, 3, 5], docs, [day_number(d.published) for d in docs])


def test_inflected_names_and_shared_counts_join_a_follow_up_months_later():
    assert _port_join("2031-10-11", "ru", LATE_RU) == [0, 0, 0, 3, 3, 0]


def test_a_follow_up_months_later_without_shared_counts_stays_alone():
    assert _port_join("2031-10-11", "ru", LATE_RU_NO_COUNTS) == [0, 0, 0, 3, 3, 5]


def test_a_brief_naming_one_rare_name_on_the_coverages_day_joins():
    assert anchor_names("Kavelo") == anchor_names("Cavello")
    assert _port_join("2031-08-04", "hr", VISIT_SR) == [0, 0, 0, 3, 3, 0]


def test_the_same_brief_on_another_day_stays_alone():
    assert _port_join("2031-08-20", "hr", VISIT_SR) == [0, 0, 0, 3, 3, 5]


def test_a_three_letter_town_is_an_anchor():
    docs = [replace(make_doc(f"en{i}", published=d, text=t), language="en") for i, (d, t) in enumerate([
        ("2031-06-12", "Ethnic clashes in Oza leave 1,000 wounded. Gangs burned shops across Oza overnight."),
        ("2031-06-13", "Oza curfew as clashes spread. About 1,000 people were wounded in Oza, doctors said."),
        *FLOOD_EN,
    ])]
    docs.append(replace(make_doc("x0", published="2031-06-13",
                                 text="La situación en Oza es inestable; se habla de unos 1.000 heridos."),
                        language="es"))
    assert "oza" in anchor_names("The town of Oza")
    assert not anchor_names("The end. But not for all.")
    assert join_foreign([0, 0, 2, 2, 4], docs, [day_number(d.published) for d in docs]) == [0, 0, 2, 2, 0]
