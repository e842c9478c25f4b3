"""Running tolls: undated reports placed by their figures, smaller later figures set aside, a
grown series never below an earlier firm count, and corrections. Invented claims."""

from __future__ import annotations

from dataclasses import replace

from counterpoint.reconcile import reconcile

from .conftest import fig, make_doc


def _holding(rec, cid):
    return next(g for g in rec.groups if cid in g.claims)


def test_undated_larger_official_tolls_are_the_latest_stages():
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-02"),
            make_doc("c", outlet="C"), make_doc("d", outlet="D")]
    claims = [fig("a1", "a", "killed", 61, sources=(("officials", "origin"),)),
              fig("b1", "b", "killed", 64, sources=(("the interior ministry", "origin"),)),
              fig("c1", "c", "killed", 66, qualifier="at_least", sources=(("the interior ministry", "origin"),)),
              fig("d1", "d", "killed", 67, qualifier="at_least", sources=(("the interior ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 67


def test_an_exact_count_that_meets_the_highest_bound_is_the_best():
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-03"),
            make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "killed", 40, sources=(("the police", "origin"),)),
              fig("b1", "b", "killed", 70, qualifier="more_than"),
              fig("c1", "c", "killed", 73, sources=(("the police", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 73


def test_a_much_smaller_figure_after_the_toll_is_set_aside_not_the_best():
    """"Sixty bodies were kept at the school" days after a toll of 350 is no later toll."""
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-03"),
            make_doc("c", outlet="C", published="2031-06-05")]
    claims = [fig("a1", "a", "killed", 350),
              fig("b1", "b", "killed", 60, sources=(("a police inspector", "origin"),)),
              fig("c1", "c", "killed", 1100)]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 1100 and "b1" in g.outliers
    assert "far below an earlier count" in g.explanation


def test_a_lower_level_several_later_reports_share_is_the_running_count_not_a_part():
    """An early "about 500 may have died" from a commission, then the health ministry's 150,
    a wire's 162 and a local paper's 171 on later days, and the ministry's 240 days later: the
    later reports share a level, so none of them is a part set aside; the series grew to 240."""
    docs = [make_doc("a", outlet="Capital Times", published="2031-06-01"),
            make_doc("b", outlet="Wire One", published="2031-06-03"),
            make_doc("c", outlet="Wire Two", published="2031-06-05"),
            make_doc("d", outlet="Valley Post", published="2031-06-08"),
            make_doc("e", outlet="Monthly Review", published="2031-06-12")]
    claims = [fig("a1", "a", "killed", 500, qualifier="about", sources=(("the national commission", "origin"),)),
              fig("b1", "b", "killed", 150, sources=(("the health ministry", "origin"),)),
              fig("c1", "c", "killed", 162, sources=(("the health ministry", "origin"),)),
              fig("d1", "d", "killed", 171),
              fig("e1", "e", "killed", 240, sources=(("the health ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "b1")
    assert not {"b1", "c1", "d1"} & set(g.outliers)
    assert g.verdict == "update" and g.best.value == 240


def test_a_lone_smaller_later_figure_stays_set_aside_beside_a_shared_level():
    """The same coverage with one report's "eight bodies lay at the clinic": alone at its level."""
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-03"),
            make_doc("c", outlet="C", published="2031-06-04"), make_doc("d", outlet="D", published="2031-06-05")]
    claims = [fig("a1", "a", "killed", 300, sources=(("the civil defence", "origin"),)),
              fig("b1", "b", "killed", 8, sources=(("a police inspector", "origin"),)),
              fig("c1", "c", "killed", 310, sources=(("the civil defence", "origin"),)),
              fig("d1", "d", "killed", 330, sources=(("the civil defence", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert "b1" in g.outliers and g.best.value == 330


def test_missing_counts_may_fall_without_being_set_aside():
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-05")]
    claims = [fig("a1", "a", "missing", 100, sources=(("the ministry", "origin"),)),
              fig("b1", "b", "missing", 8, sources=(("the ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert "b1" not in g.outliers and g.best.value == 8


def test_a_grown_series_keeps_its_firm_count_over_a_vague_later_one():
    docs = [make_doc("a", outlet="A"), make_doc("b", outlet="B")]
    claims = [fig("a1", "a", "detained", 5200, qualifier="more_than", as_of="2031-06-02",
                  sources=(("the interior ministry", "origin"),)),
              fig("b1", "b", "detained", 12, qualifier="at_least", as_of="2031-06-20",
                  sources=(("a rights group", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.best.value == 5200


def test_correction_downwards_is_an_update_to_the_corrected_figure():
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-02")]
    claims = [fig("a1", "a", "killed", 180, sources=(("the provincial police", "origin"),)),
              replace(fig("b1", "b", "killed", 131, sources=(("a government official", "origin"),)),
                      update_cue="revised down to")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 131 and "revised down to" in g.explanation


def test_two_origins_at_odds_on_the_last_day_stay_a_dispute():
    docs = [make_doc(x, outlet=x.upper(), published="2031-06-0" + d) for x, d in (("a", "1"), ("b", "2"), ("c", "2"))]
    claims = [fig("a1", "a", "killed", 20, sources=(("the police", "origin"),)),
              fig("b1", "b", "killed", 30, sources=(("the police", "origin"),)),
              fig("c1", "c", "killed", 45, sources=(("the health department", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "dispute"


def test_the_final_count_stands_over_an_estimate_recalled_beside_it():
    # Later the police give a final, lower count of 71; the same article recalls their
    # early estimate of "about 80". The exact count of that day is the best, not a dispute.
    docs = [make_doc("a", outlet="A", published="2031-03-02"), make_doc("b", outlet="B", published="2031-03-05"),
            make_doc("c", outlet="C", published="2031-03-12")]
    claims = [fig("a1", "a", "killed", 17, sources=(("the police", "origin"),)),
              fig("b1", "b", "killed", 79, sources=(("the police", "origin"),)),
              fig("c1", "c", "killed", 71, sources=(("the police", "origin"),)),
              fig("c2", "c", "killed", 71),
              fig("c3", "c", "killed", 80, qualifier="about", sources=(("the force", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 71
    assert g.explanation.startswith("Updated: 71 killed")


def test_a_lone_peak_misread_does_not_set_the_later_tolls_aside():
    # One report's 1,500 (the injured, misread as dead) far above a series that ends near 300 is
    # no stage of it: the later official tolls stand and the latest is the best.
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i}") for i, x in enumerate("abcd", start=1)]
    claims = [fig("a1", "a", "killed", 250, sources=(("the railway ministry", "origin"),)),
              fig("b1", "b", "killed", 1500, sources=(("the state government", "origin"),)),
              fig("c1", "c", "killed", 280, sources=(("the state government", "origin"),)),
              fig("d1", "d", "killed", 288, sources=(("the district collector", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.best.value == 288
    assert "d1" not in g.outliers and "c1" not in g.outliers


def test_a_rise_to_a_figure_a_thousand_times_the_toll_is_an_outlier():
    docs = [make_doc(x, outlet=x.upper(), published=f"2031-06-0{i}") for i, x in enumerate("abc", start=1)]
    claims = [fig("a1", "a", "killed", 130, sources=(("the health ministry", "origin"),)),
              fig("b1", "b", "killed", 135),
              replace(fig("b2", "b", "killed", 300000), supersedes=("b1",), update_cue="increased to"),
              fig("c1", "c", "killed", 150, sources=(("the health ministry", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert "b2" in g.outliers and g.best.value == 150 and "outlier" in g.explanation


def test_a_rising_toll_read_through_figures_that_are_not_the_toll():
    # A ferry's toll climbs over ten days; the first day's report also gives the people aboard (480)
    # and a later one the dead and missing together (300). Most dated figures still form one
    # series that never goes down: an update whose best is its latest firm figure.
    days = ["2031-04-16", "2031-04-17", "2031-04-18", "2031-04-20", "2031-04-22", "2031-04-24", "2031-04-26"]
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(days)]
    values = [4, 9, 28, 113, 187, 263, 292]
    claims = [fig(f"c{i}", f"d{i}", "killed", v) for i, v in enumerate(values)]
    claims += [fig("x1", "d0", "killed", 480), fig("x2", "d4", "killed", 300)]
    g = _holding(reconcile(docs, claims, ()), "c6")
    assert g.verdict == "update" and g.best.value == 292
    assert g.explanation.startswith("Updated: 292 killed")


def test_a_study_at_odds_with_the_latest_official_toll_keeps_the_dispute():
    days = ["2031-09-21", "2031-09-23", "2031-09-25", "2031-09-28"]
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(days)]
    docs.append(make_doc("s", outlet="Journal"))
    claims = [fig(f"c{i}", f"d{i}", "killed", v, sources=(("the island government", "origin"),))
              for i, v in enumerate([16, 34, 55, 64])]
    claims += [fig("x1", "d1", "killed", 900), fig("s1", "s", "killed", 4600, sources=(("a university study", "origin"),))]
    g = _holding(reconcile(docs, claims, ()), "c3")
    assert g.verdict == "dispute"


def test_small_counts_over_days_are_not_read_as_a_running_toll():
    # 1, 1, 2, 3 killed over four days in one pile are as often four incidents as one count.
    days = ["2031-04-16", "2031-04-17", "2031-04-18", "2031-04-19"]
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(days)]
    claims = [fig(f"c{i}", f"d{i}", "killed", v) for i, v in enumerate([1, 1, 2, 3])]
    claims += [fig("x1", "d3", "killed", 1)]
    g = _holding(reconcile(docs, claims, ()), "c3")
    assert g.verdict == "dispute" and g.best.value == 1  # the figure most reports give, not the last


def test_a_falling_missing_count_read_through_noise_ends_at_its_latest_figure():
    # A ferry's missing fall as divers recover bodies: 290 on the first day, 180, 110, 40, then
    # a week later. The first day also gives "hundreds missing" and a later report the missing
    # teachers (7) without marking them as a part. The latest count stands: an update.
    days = ["2031-04-16", "2031-04-17", "2031-04-18", "2031-04-20", "2031-04-22", "2031-04-24"]
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(days)]
    values = [290, 285, 180, 110, 40, 10]
    claims = [fig(f"c{i}", f"d{i}", "missing", v) for i, v in enumerate(values)]
    claims += [fig("x1", "d0", "missing", 100, qualifier="at_least"), fig("x2", "d2", "missing", 7)]
    g = _holding(reconcile(docs, claims, ()), "c5")
    assert g.verdict == "update" and g.best.value == 10
    assert g.explanation.startswith("Updated: 10 missing")


def test_a_killed_count_that_falls_over_days_is_no_running_toll():
    # The falling rule is for counts that shrink as people are found; a death toll that "falls"
    # day by day is several counts in one pile, not a series.
    days = ["2031-04-16", "2031-04-17", "2031-04-22", "2031-04-26"]
    docs = [make_doc(f"d{i}", outlet=f"Outlet {i}", published=d) for i, d in enumerate(days)]
    claims = [fig(f"c{i}", f"d{i}", "killed", v) for i, v in enumerate([290, 180, 110, 40])]
    g = _holding(reconcile(docs, claims, ()), "c3")
    assert g.verdict == "dispute"


def test_a_rise_cue_from_officials_carries_on_a_broadcasters_earlier_toll():
    """State television's 410 and a news agency's 700 are the running count that the ministry's
    later "has risen to 980" replaces: not rival origins that keep the slot a dispute."""
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("b", outlet="B", published="2031-06-02"),
            make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "killed", 410, sources=(("state television", "origin"),)),
              fig("b1", "b", "killed", 700, sources=(("the national press agency", "origin"),)),
              replace(fig("c1", "c", "killed", 980, sources=(("the interior ministry", "origin"),)),
                      update_cue="has risen to")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "update" and g.best.value == 980


def test_a_rights_groups_count_is_not_carried_on_by_an_official_rise():
    docs = [make_doc("a", outlet="A", published="2031-06-01"), make_doc("c", outlet="C")]
    claims = [fig("a1", "a", "killed", 1400, sources=(("the Lantern Rights Watch group", "origin"),)),
              replace(fig("c1", "c", "killed", 980, sources=(("the interior ministry", "origin"),)),
                      update_cue="has risen to")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "dispute"


def test_a_disputed_slot_keeps_the_official_series_latest_figure_as_best():
    """A ministry's toll rises from 4,000 to 9,000 and a paper reports it has climbed to 85,000;
    UN officials' early 3,400 and their later "more than 100,000" stand beside it. The slot is a
    dispute, and its best is the official series' latest figure, not the rival's early, lower one
    (a toll rarely shrinks)."""
    docs = [make_doc("a", outlet="Wire One", published="2031-05-01"), make_doc("b", outlet="Wire Two", published="2031-05-01"),
            make_doc("c", outlet="Wire One", published="2031-05-02"), make_doc("d", outlet="Daily Post", published="2031-05-03"),
            make_doc("e", outlet="Weekly Review", published="2031-05-09")]
    claims = [fig("a1", "a", "killed", 4000, sources=(("the interior ministry", "origin"),)),
              fig("b1", "b", "killed", 3400, sources=(("United Nations officials", "origin"),)),
              replace(fig("c1", "c", "killed", 9000, sources=(("the interior ministry", "origin"),)), update_cue="rose to"),
              fig("d1", "d", "killed", 100000, qualifier="more_than", sources=(("United Nations officials", "origin"),)),
              replace(fig("e1", "e", "killed", 85000), update_cue="has climbed to")]
    g = _holding(reconcile(docs, claims, ()), "a1")
    assert g.verdict == "dispute" and g.best.value == 85000
    assert g.best.low == 3400 and g.best.high == 100000
    assert "the latest figure of the official series" in g.explanation
