"""Propositions, stances, framing, report, API and CSV on invented articles (no NLP: records
are built by hand so the corpus-level logic is tested on its own)."""

from __future__ import annotations

import csv
import io

from counterpoint.models import Document, EventCluster, Evidence, OutletProfile, StatementClaim
from counterpoint.statements.export import statements_csv
from counterpoint.statements.stage import tell_the_story

TEXTS = {
    "a": "Officials said armed militants trained abroad attacked the city. The rioters burned cars.",
    "b": "Foreign fighters were behind the attack on the city, the state agency wrote.",
    "c": "The governor claimed that foreign militants attacked the city, without providing evidence. "
         "The “peaceful protesters” marched.",
}


def _stmt(doc: str, n: int, text: str, mode: str, speaker: str | None = None, cue: str | None = "said") -> StatementClaim:
    full = TEXTS[doc]
    k = full.find(text)
    sent_end = full.find(".", k) + 1
    sent_start = full.rfind(". ", 0, k) + 2 if full.rfind(". ", 0, k) != -1 else 0
    return StatementClaim(id=f"{doc}-s{n}", document=doc, speaker=None, speaker_name=speaker, text=text,
                          evidence=Evidence(document=doc, start=sent_start, end=sent_end, text=full[sent_start:sent_end]),
                          cue=None if mode == "own_voice" else cue, mode=mode,  # type: ignore[arg-type]
                          content={"start": k, "end": k + len(text)}, origin_class="officials" if speaker else "own")


def _story():
    docs = [Document(id=k, path=f"{k}.txt", status="ok", text=t, outlet=f"Outlet {k.upper()}") for k, t in TEXTS.items()]
    claims = [
        _stmt("a", 1, "armed militants trained abroad attacked the city", "reported", "Officials"),
        _stmt("b", 1, "Foreign fighters were behind the attack on the city", "own_voice", None),
        _stmt("c", 1, "that foreign militants attacked the city", "reported", "The governor", "claimed"),
    ]
    outlets = [OutletProfile(name=f"Outlet {k.upper()}", documents=(k,)) for k in TEXTS]
    return docs, tell_the_story(docs, claims, outlets, [EventCluster(id="e1", documents=tuple(TEXTS), label="e1")])


def test_one_proposition_with_each_stance_and_explained_merges() -> None:
    _docs, (claims, outlets, props) = _story()
    [p] = props
    assert p.stances == {"Outlet A": "attributes", "Outlet B": "asserts", "Outlet C": "notes_no_evidence"}
    assert len(p.merges) == 2 and all("joined: shares" in m for m in p.merges)
    assert all(c.proposition == p.id for c in claims)
    assert outlets[2].framing["stances"] == {p.id: "notes_no_evidence"}


def test_labels_and_sourcing() -> None:
    _docs, (_claims, outlets, _props) = _story()
    a, _b, c = outlets
    assert a.framing["labels"]["protesters"] == {"militants": 1, "rioters": 1}
    assert c.framing["quoted_labels"]["protesters"] == {"peaceful protesters": 1}
    assert a.framing["sourcing"] == {"officials": 1.0}


def test_report_and_csv_show_the_matrix(tmp_path) -> None:
    from counterpoint.models import Dossier
    from counterpoint.report import render_report

    docs, (claims, outlets, props) = _story()
    d = Dossier(documents=tuple(docs), claims=claims, outlets=outlets, propositions=props)
    html = render_report(d)
    assert 'id="stories"' in html and "stance-notes_no_evidence" in html
    rows = list(csv.DictReader(io.StringIO(statements_csv(d))))
    assert {r["stance"] for r in rows} == {"attributes", "asserts", "notes_no_evidence"}


def test_api_routes(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from counterpoint.models import DocResult, Dossier
    from counterpoint.store import open_store
    from counterpoint.web import create_app

    docs, (claims, outlets, props) = _story()
    d = Dossier(documents=tuple(docs), claims=claims, outlets=outlets, propositions=props)
    db = tmp_path / "s.db"
    with open_store(db) as store:
        for doc in docs:
            store.save_result(DocResult(document=doc, claims=tuple(c for c in claims if c.document == doc.id)))
        store.save_corpus(d)
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        got = client.get("/api/statements", params={"speaker": "governor"}).json()
        assert [r["id"] for r in got["items"]] == ["c-s1"]
        assert got["items"][0]["stance"] == "notes_no_evidence"
        props_json = client.get("/api/propositions", params={"outlet": "Outlet B", "stance": "asserts"}).json()
        assert props_json["total"] == 1
        framing = client.get("/api/outlets/Outlet C/framing").json()["framing"]
        assert framing["quoted_labels"]["protesters"] == {"peaceful protesters": 1}
        assert client.get("/api/statements.csv").text.startswith("id,document,outlet")
        assert client.get("/api/outlets/nobody/framing").status_code == 404
