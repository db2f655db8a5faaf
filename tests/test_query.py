"""SPARQL on the sample dataset: every saved query against known answers, errors, formats."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from conftest_oxigraph import sample_dataset, sample_dir  # noqa: F401
from kg.errors import NotFoundError, QueryError
from kg.query import (
    list_saved_lines, parse_param, read_saved_query, resolve_query, run_query, run_saved, saved_queries,
)
from kg.store import open_store

KG = [sys.executable, "-m", "kg.cli"]
UMG = "Universal Music Group"


def rows(sample_dir, name, **bindings):
    return run_saved(sample_dir, name, bindings=bindings).to_dicts()


def test_at_least_twelve_saved_queries_each_described():
    saved = saved_queries()
    assert len(saved) >= 12
    for q in saved.values():
        assert q.description and len(q.description) > 20, q.name
        assert q.text.lstrip().startswith("#"), q.name


SAMPLE_PARAMS = {"entityName": "Drake", "groupName": UMG, "claimantName": "Drake", "respondentName": UMG,
                 "topicName": "AI-generated content", "labelName": UMG, "whatName": "TikTok",
                 "organizationName": UMG, "acquirerName": UMG, "kind": "dispute", "minConfidence": "0.7"}


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_parses_and_runs(sample_dir, name):
    q = saved_queries()[name]
    assert run_query(sample_dir, q.text).variables
    bound = run_query(sample_dir, q.text, bindings={k: SAMPLE_PARAMS[k] for k in q.params})
    assert len(bound) > 0, name


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_queries_answer_the_same_on_rdflib(sample_dir, name):
    q = saved_queries()[name]
    bindings = {k: SAMPLE_PARAMS[k] for k in q.params}
    ox_result = run_query(sample_dir, q.text, bindings=bindings)
    rdflib_result = run_query(sample_dataset(), q.text, bindings=bindings)
    assert ox_result.variables == rdflib_result.variables
    if "GROUP_CONCAT" not in q.text:  # the order inside a GROUP_CONCAT is up to the engine
        assert sorted(map(repr, ox_result.rows)) == sorted(map(repr, rdflib_result.rows))


def test_disputes_with_parties_and_allegations(sample_dir):
    got = {r["title"]: r for r in rows(sample_dir, "disputes")}
    assert set(got) == {"Drake v. Universal Music Group", "Labels v. Suno"}
    drake = got["Drake v. Universal Music Group"]
    assert drake["claimants"] == "Drake" and drake["respondents"] == UMG
    assert set(drake["allegations"].split("; ")) == {"defamation", "pay-for-play"}
    assert set(got["Labels v. Suno"]["claimants"].split("; ")) == {UMG, "Sony Music Entertainment"}
    assert [r["title"] for r in rows(sample_dir, "disputes")] == ["Labels v. Suno", "Drake v. Universal Music Group"]


def test_label_deals_by_platform_including_operators(sample_dir):
    got = {(r["platformName"], r["labelName"], r["dealType"]) for r in rows(sample_dir, "label-deals")}
    assert got == {("TikTok", UMG, "licensing agreement"), ("Amazon Music", UMG, "partnership")}


def test_label_group_artists_follow_imprints_at_any_depth(sample_dir):
    got = {(r["imprintName"], r["artistName"]) for r in rows(sample_dir, "label-group-artists", groupName=UMG)}
    assert got == {("Republic Records", "Drake"), ("Republic Records", "Taylor Swift"),
                   ("Interscope Records", "Kendrick Lamar")}
    mid = rows(sample_dir, "label-group-artists", groupName="Interscope Geffen A&M")
    assert [r["artistName"] for r in mid] == ["Kendrick Lamar"]


def test_who_runs_what_with_titles(sample_dir):
    got = {(r["whoName"], r["relation"], r["whatName"], r.get("title")) for r in rows(sample_dir, "who-runs-what")}
    assert got == {("ByteDance", "operates", "TikTok", None), ("Amazon", "operates", "Amazon Music", None),
                   ("Lucian Grainge", "works for", UMG, "chairman and CEO"), ("Daniel Ek", "works for", "Spotify", "CEO")}
    assert [r["whoName"] for r in rows(sample_dir, "who-runs-what", whatName="TikTok")] == ["ByteDance"]


def test_timeline_in_date_order_with_withdrawals_dated_by_their_article(sample_dir):
    got = [(str(r["date"]), r["kind"]) for r in rows(sample_dir, "timeline")]
    assert got == [("2024-02-01", "catalog withdrawal"), ("2024-05-01", "licensing agreement"),
                   ("2024-06-24", "dispute"), ("2024-10-01", "partnership"), ("2024-12-09", "acquisition"),
                   ("2025-01-15", "dispute")]
    assert [r["kind"] for r in rows(sample_dir, "timeline", kind="dispute")] == ["dispute", "dispute"]


def test_most_connected_entities(sample_dir):
    got = rows(sample_dir, "most-connected")
    assert got[0]["name"] == UMG and got[0]["connections"] == 9
    assert {r["name"]: r["connections"] for r in got}["Republic Records"] == 3


def test_fact_sources_give_sentences_and_articles(sample_dir):
    got = rows(sample_dir, "fact-sources", entityName="Drake")
    dispute = [r for r in got if r["statement"] == "Drake v. Universal Music Group"]
    assert {r["headline"] for r in dispute} == {"Drake sues Universal Music Group over 'Not Like Us'",
                                                 "Drake files amended complaint against UMG"}
    assert any(r["statement"] == "Drake is signed to Republic Records" and r["source"] == "NME" for r in got)


def test_co_mentions_and_mentioned_with(sample_dir):
    pairs = {(r["name1"], r["name2"]): r["articles"] for r in rows(sample_dir, "co-mentions")}
    assert pairs[("Drake", UMG)] == 2 and pairs[("Drake", "Kendrick Lamar")] == 1
    assert ("Universal Music Group", "Drake") not in pairs  # each pair once
    with_drake = {r["otherName"]: r["articles"] for r in rows(sample_dir, "mentioned-with", entityName="Drake")}
    assert with_drake[UMG] == 2 and with_drake["Kendrick Lamar"] == 1 and "Drake" not in with_drake


def test_acquisitions_withdrawals_topics_executives(sample_dir):
    acq = rows(sample_dir, "acquisitions")
    assert [(r["acquirerName"], r["acquireeName"], str(r["date"]), r["status"]) for r in acq] == [
        (UMG, "Downtown Music", "2024-12-09", "announced")]
    wd = rows(sample_dir, "catalog-withdrawals")
    assert [(r["labelName"], r["platformName"], str(r["published"]), r["headline"]) for r in wd] == [
        (UMG, "TikTok", "2024-02-01", "Universal pulls its music from TikTok")]
    ai = rows(sample_dir, "by-topic", topicName="AI-generated content")
    assert {r["title"] for r in ai} == {"UMG-Amazon partnership", "Labels v. Suno"}
    ex = {(r["personName"], r["title"], r["organizationName"]) for r in rows(sample_dir, "executives")}
    assert ex == {("Lucian Grainge", "chairman and CEO", UMG), ("Daniel Ek", "CEO", "Spotify")}


def test_corroborated_facts(sample_dir):
    got = {r["statement"]: r["sources"] for r in rows(sample_dir, "corroborated-facts")}
    assert got == {"Drake v. Universal Music Group": 2, "Lucian Grainge worksFor Universal Music Group": 2,
                   "Lucian Grainge, chairman and CEO at Universal Music Group": 2}


def test_who_sued_whom_provenance(sample_dir):
    got = rows(sample_dir, "who-sued-whom", claimantName="Drake", respondentName=UMG)
    assert [r["headline"] for r in got] == ["Drake sues Universal Music Group over 'Not Like Us'",
                                            "Drake files amended complaint against UMG"]
    assert all(r["sentence"].startswith("In a") for r in got)
    assert rows(sample_dir, "who-sued-whom", claimantName="Suno", respondentName="Drake") == []


def test_entity_facts(sample_dir):
    got = {(r["role"], r["kind"], r["otherName"]) for r in rows(sample_dir, "entity-facts", entityName="Suno")}
    assert got == {("respondent", "dispute", UMG), ("respondent", "dispute", "Sony Music Entertainment")}
    drake = {(r["kind"], r["otherName"]) for r in rows(sample_dir, "entity-facts", entityName="Drake")}
    assert ("signed to", "Republic Records") in drake


def test_bindings_are_values_not_query_text(sample_dir):
    hostile = 'Drake" } UNION { ?c ?p ?o } #'
    assert rows(sample_dir, "who-sued-whom", claimantName=hostile, respondentName=UMG) == []
    store = open_store(sample_dir)
    got = run_query(store, "SELECT ?x WHERE { ?x rdfs:label ?n }", bindings={"n": "Drake"})  # ?n not projected
    assert got.rows == [("https://w3id.org/mbkg/resource/drake",)]
    with pytest.raises(QueryError, match="unknown parameter 'nope'"):
        run_query(store, "SELECT * WHERE { ?s ?p ?o }", bindings={"nope": "x"})


def test_bound_values_open_the_where_group_so_the_planner_sees_them():
    from kg.query import _with_leading_values, to_term

    b = {"n": to_term('a"} b')}
    text = 'PREFIX ex: <urn:x#>\n# a comment { with a brace\nSELECT ?x WHERE { ?x ex:p "{" ; ex:q ?n }'
    out = _with_leading_values(text, b)
    assert out.startswith(text.split("WHERE {")[0] + 'WHERE { VALUES (?n) { ("a\\"} b") } ')
    construct = _with_leading_values("CONSTRUCT { ?x ?p ?n } WHERE { ?x ?p ?n }", b)
    assert construct.startswith('CONSTRUCT { ?x ?p ?n } WHERE { VALUES (?n)')
    # a sub-SELECT would not see the VALUES: left to substitutions
    assert _with_leading_values("SELECT * { { SELECT ?n { ?x ?p ?n } } }", b) is None
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:p"), ox.Literal('a"} b')))
    store.add(ox.Quad(ox.NamedNode("urn:y"), ox.NamedNode("urn:p"), ox.Literal("other")))
    got = run_query(store, 'SELECT ?x WHERE { ?x <urn:p> ?n } # {', bindings={"n": 'a"} b'})
    assert got.rows == [("urn:x",)]


def test_parameterised_saved_queries_answer_as_with_substitutions(sample_dir):
    """The leading VALUES block gives the same rows as Oxigraph's own substitutions."""
    from kg.query import _check_bindings, _from_ox_results
    from kg.store import PREFIXES, query_options

    store = open_store(sample_dir)
    for name, q in saved_queries().items():
        if not q.params:
            continue
        bindings = {k: SAMPLE_PARAMS[k] for k in q.params}
        subs = {ox.Variable(k): v for k, v in _check_bindings(q.text, bindings).items()}
        try:
            plain = _from_ox_results(store.query(q.text, prefixes=PREFIXES, substitutions=subs, **query_options(store)))
        except (ValueError, RuntimeError):  # a parameter that is not projected: nothing to compare
            continue
        assert sorted(map(repr, run_query(store, q.text, bindings=bindings).terms)) == sorted(map(repr, plain.terms)), name


def test_parse_param():
    assert parse_param("x=res:drake") == ("x", URIRef("https://w3id.org/mbkg/resource/drake"))
    assert parse_param("x=<urn:a>") == ("x", URIRef("urn:a"))
    assert parse_param("x=Drake: Live")[1].toPython() == "Drake: Live"
    with pytest.raises(QueryError, match="name=value"):
        parse_param("novalue")


def test_syntax_error_names_line_and_column(sample_dir):
    bad = "SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s foo:bar ?o .\n}"
    for source in (sample_dir, open_store(sample_dir)):
        with pytest.raises(QueryError, match=r"syntax error at line 3, column \d+: undeclared prefix"):
            run_query(source, bad)
    with pytest.raises(QueryError, match=r"syntax error at line 3, column \d+"):
        run_query(sample_dir, bad, timeout=30)  # the child-process path maps it too
    with pytest.raises(QueryError, match=r"syntax error at line 3, column 3"):
        run_query(sample_dataset(), "SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s ?p }\n")  # rdflib's engine


def test_timeout_stops_a_long_query(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i % 50)), ox.NamedNode("urn:g"))
                 for i in range(3000))
    del store
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?p ?o . ?c ?p ?o . ?d ?p ?o }"
    import time
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"timed out after 0.5 s"):
        run_query(tmp_path, slow, timeout=0.5)
    assert time.monotonic() - started < 5


def test_result_formats(sample_dir):
    result = run_saved(sample_dir, "acquisitions")
    data = json.loads(result.to_json())
    assert data["head"]["vars"] == result.variables
    b = data["results"]["bindings"][0]
    assert b["acquisition"] == {"type": "uri", "value": "https://w3id.org/mbkg/resource/fact/f5"}
    assert b["date"] == {"type": "literal", "value": "2024-12-09", "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    table = list(csv.reader(io.StringIO(result.to_csv())))
    assert table[0] == result.variables and table[1][0] == UMG
    ask = run_query(sample_dir, "ASK { ?d a mb:Dispute }")
    assert ask.kind == "ask" and ask.boolean is True and json.loads(ask.to_json()) == {"head": {}, "boolean": True}


def test_missing_graph_and_unknown_names(tmp_path):
    with pytest.raises(NotFoundError, match="run `kg build` first"):
        run_query(tmp_path, "ASK {}")
    with pytest.raises(QueryError, match="unknown saved query 'nosuch'"):
        resolve_query("nosuch")
    with pytest.raises(QueryError, match="missing.rq"):
        resolve_query(str(tmp_path / "missing.rq"))


def test_read_saved_query_description_and_params(tmp_path):
    p = tmp_path / "q.rq"
    p.write_text("# What it answers,\n# on two lines.\n#\n# param ?who: a name\nSELECT * { ?x rdfs:label ?who }\n")
    q = read_saved_query(p)
    assert q.description == "What it answers, on two lines." and q.params == {"who": "a name"}
    assert resolve_query(str(p))[0] == p.read_text()


def test_cli_list_and_query(sample_dir):
    listed = subprocess.run([*KG, "query", "--list"], capture_output=True, text=True, check=True).stdout
    lines = listed.strip().splitlines()
    assert len(lines) == len(saved_queries()) == len(list_saved_lines())
    assert lines[0].startswith("acquisitions: Acquisitions: who bought")
    out = subprocess.run([*KG, "query", "who-sued-whom", "--data", str(sample_dir), "--format", "csv",
                          "--param", "claimantName=Drake", "--param", f"respondentName={UMG}"],
                         capture_output=True, text=True, check=True).stdout
    assert len(list(csv.reader(io.StringIO(out)))) == 3
    bad = subprocess.run([*KG, "query", "SELECT * WHERE {\n ?s ?p\n}", "--data", str(sample_dir)],
                         capture_output=True, text=True)
    assert bad.returncode == 5 and "line 3, column" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_entity_facts_bound_gives_the_rows_of_the_unbound_query(sample_dir):
    # each UNION branch matches the bound entity itself (issue 5): the same rows as listing all
    everything = rows(sample_dir, "entity-facts")
    kinds = {r["kind"] for r in everything}
    assert {"dispute", "signed to", "has signed"} <= kinds
    assert kinds <= {"partnership", "licensing agreement", "settlement", "dispute", "acquisition",
                     "works for", "employs", "signed to", "has signed", "performed by", "performs",
                     "operates", "operated by", "part of", "owns", "withdrew its catalog from",
                     "lost the catalog of"}
    for name in sorted({r["entityName"] for r in everything}):
        want = sorted(repr(sorted(r.items())) for r in everything if r["entityName"] == name)
        got = sorted(repr(sorted(r.items())) for r in rows(sample_dir, "entity-facts", entityName=name))
        assert got == want, name


def test_learned_facts_lists_only_the_models_readings_most_confident_first(sample_dir):
    q = saved_queries()["learned-facts"]
    rows = [(str(r[0]), float(r[1])) for r in run_query(sample_dir, q.text).rows]
    assert rows == [("UMG-Amazon partnership", 0.81), ("Taylor Swift is signed to Republic Records", 0.72)]
    high = run_query(sample_dir, q.text, bindings={"minConfidence": "0.8"}).rows
    assert [str(r[0]) for r in high] == ["UMG-Amazon partnership"]
