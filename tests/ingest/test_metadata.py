from __future__ import annotations

import json

from counterpoint.ingest import read_documents
from counterpoint.ingest.metadata import (
    credit_outlet,
    date_from_url,
    dateline_date,
    normalize_published,
    outlet_from_url,
    title_from_text,
)

BODY = "Police said 12 people were detained in Almaty after the rallies on Wednesday night.\n"


def test_dates():
    assert dateline_date("Jan 5, 2022\n0 0\nTitle") == "2022-01-05"
    assert dateline_date("ALMATY, Jan 9, 2022 - Kazakh authorities said") == "2022-01-09"
    assert dateline_date("Title\n\n7 January 2022\n\nText") == "2022-01-07"
    assert dateline_date("On January 7 the president spoke. " * 3) is None
    # read by the shared resolver: more forms, still only at the start of a top line
    assert dateline_date("Almaty, Kazakhstan — January 10th, 2022. The mayor said") == "2022-01-10"
    assert dateline_date("Nur-Sultan, 10 January 2022 – officials said") == "2022-01-10"
    assert dateline_date("Jan. 6, 2022 (Reuters)\nTitle") == "2022-01-06"
    assert dateline_date("Police said 12 were held on January 5, 2022.") is None  # not at the start
    assert dateline_date("Sunday\nTitle") is None and dateline_date("January 2022\nTitle") is None
    assert dateline_date("Title\nBy A. Writer\nSub\nJan 5, 2022") is None  # below the top lines
    assert date_from_url("https://hamslivenews.com/2022/01/09/din-e-ilahi/") == "2022-01-09"
    assert date_from_url("https://x.com/news/20220110-story") == "2022-01-10"
    assert date_from_url("https://x.com/2022/13/40/") is None
    assert normalize_published("2022-01-11T09:30:00+06:00") == "2022-01-11"
    assert normalize_published("January 2022") == "2022-01"
    assert normalize_published("9/6/17") == "2017-09-06"
    assert normalize_published("0001-11-30") is None
    assert normalize_published("not a date") is None


def test_outlet_and_title():
    assert outlet_from_url("https://www.reuters.com/world/x") == "reuters.com"
    assert outlet_from_url("not a url") is None
    assert credit_outlet("Text.\n\nSource: Yonhap News\n\nMore text.") == "Yonhap News"
    assert credit_outlet("The source: a police officer said that 12 were held.") is None
    assert title_from_text("Jan 5, 2022\n\n# Protests spread\n\nBody.") == "Protests spread"
    assert title_from_text("A sentence that ends with a full stop.\nMore") is None


def test_sidecar_and_manifest_precedence(tmp_path):
    (tmp_path / "a.txt").write_text("Headline in text\n\n" + BODY)
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "Side", "url": "https://s.example.org/2022/01/03/a"}))
    (tmp_path / "b.txt").write_text(BODY + "\nSource: Credit Wire\n")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,url,outlet,published,title\na.txt,,Manifest Outlet,2022-01-04,\n")
    docs = {d.path.rsplit("/", 1)[1]: d for d in read_documents([tmp_path], manifest=manifest)}
    assert set(docs) == {"a.txt", "b.txt"}  # the manifest and the sidecar are not articles
    a, b = docs["a.txt"], docs["b.txt"]
    assert (a.outlet, a.published, a.url, a.title) == (
        "Manifest Outlet", "2022-01-04", "https://s.example.org/2022/01/03/a", "Headline in text",
    )  # fmt: skip
    assert b.outlet == "Credit Wire" and b.url is None and b.published is None


def test_html_metadata(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>T | Site</title><meta property='og:site_name' content='The Site'>"
        "<meta property='article:published_time' content='2022-01-06'>"
        "<meta property='og:title' content='Protests spread'></head><body><article>"
        + "<p>" + BODY * 4 + "</p><p>Spread the love</p></article></body></html>"
    )
    (d,) = read_documents([tmp_path])
    assert (d.status, d.outlet, d.published, d.title) == ("ok", "The Site", "2022-01-06", "Protests spread")
    assert "Spread the love" not in d.text and "12 people were detained" in d.text


def test_a_yearless_wire_dateline_takes_the_year_the_page_writes():
    from counterpoint.ingest.metadata import page_date, yearless_dateline

    text = "PORTO VELHO, Feb 3 (Wire) - Officials said the levee, finished in 2016, failed in the 2024 rains.\n"
    assert yearless_dateline(text) == "--02-03"
    assert page_date(text) == "2024-02-03"  # the year written most (a tie: the latest)
    dated = "Title\nOSLO, Sept. 3 (Wire) -- The inquiry opened on August 30, 2021, and heard 2019 evidence."
    assert page_date(dated) == "2021-09-03"  # the year of the first date spelt out to the day


def test_no_yearless_dateline_without_its_dash_or_credit_or_a_year():
    from counterpoint.ingest.metadata import inferred_dateline_date, page_date, yearless_dateline

    assert yearless_dateline("March 28 was the day the levee broke.") is None  # a sentence, no dateline
    assert yearless_dateline("Harvest, May 4 - nothing") == "--05-04"
    assert page_date("KORVO, March 28 (Wire) - Rescuers searched all night.") is None  # no year anywhere
    assert inferred_dateline_date("KORVO, March 28 (Wire) - Rescuers searched.", year=2011) == "2011-03-28"
    assert yearless_dateline("KORVO, Feb 30 (Wire) - x") is None  # no such day
