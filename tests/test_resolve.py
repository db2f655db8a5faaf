"""Entity resolution across articles, fact merging, and user overrides."""
from __future__ import annotations

import itertools

import pytest

from kg.errors import InputError
from kg.model import Article, Entity, Evidence, Extraction, Fact
from kg.resolve import load_overrides, normalise_name, resolve, slugify


def art(name: str) -> Article:
    return Article(text=f"text of {name}", title=name, path=f"{name}.txt")


def ent(name, types, *aliases):
    return Entity(name, set(types.split()), set(aliases))


def ev(article: Article, start=0) -> Evidence:
    return Evidence(article.id, article.text[start:], start, len(article.text))


LABEL = "RecordLabel Company"


def by_name(resolved):
    return {e.name: e for e in resolved.entities.values()}


def test_names_acronyms_and_short_forms_merge_across_articles():
    a, b, c = art("a"), art("b"), art("c")
    x = [
        Extraction(a, [ent("Universal Music Group", LABEL, "UMG")]),
        Extraction(b, [ent("UMG", LABEL)]),
        Extraction(c, [ent("Universal Music Group", LABEL, "Universal")]),
    ]
    resolved = resolve(x)
    assert list(by_name(resolved)) == ["Universal Music Group"]
    umg = by_name(resolved)["Universal Music Group"]
    assert umg.aliases == {"UMG", "Universal"} and umg.key == "universal-music-group"
    assert umg.articles == {a.id, b.id, c.id}


def test_surname_and_honorific_merge_into_one_person():
    a, b = art("a"), art("b")
    resolved = resolve([
        Extraction(a, [ent("Sir Lucian Grainge", "Person")]),
        Extraction(b, [ent("Grainge", "Person"), ent("Lucian Grainge", "Person")]),
    ])
    people = by_name(resolved)
    assert list(people) == ["Lucian Grainge"]
    assert people["Lucian Grainge"].aliases == {"Sir Lucian Grainge", "Grainge"}


def test_entities_sharing_a_word_stay_apart():
    a, b, c, d = art("a"), art("b"), art("c"), art("d")
    resolved = resolve([
        Extraction(a, [ent("Universal Music Group", LABEL, "Universal", "UMG")]),
        Extraction(b, [ent("NBCUniversal", "Company", "Universal")]),
        Extraction(c, [ent("Warner Music Group", LABEL, "Warner", "WMG")]),
        Extraction(d, [ent("Warner Bros. Discovery", "Company", "Warner")]),
    ])
    assert sorted(by_name(resolved)) == [
        "NBCUniversal", "Universal Music Group", "Warner Bros. Discovery", "Warner Music Group"]


def test_company_and_its_platform_stay_two():
    a = art("a")
    resolved = resolve([Extraction(a, [ent("Amazon", "Company"), ent("Amazon Music", "Platform")])])
    assert sorted(by_name(resolved)) == ["Amazon", "Amazon Music"]


def test_people_do_not_merge_with_organisations():
    a, b = art("a"), art("b")
    resolved = resolve([Extraction(a, [ent("Ek", "Person")]), Extraction(b, [ent("EK", "Company")])])
    assert len(resolved.entities) == 2


def test_result_does_not_depend_on_article_order():
    arts = [art(n) for n in "abcd"]
    xs = [
        Extraction(arts[0], [ent("UMG", LABEL)]),
        Extraction(arts[1], [ent("Universal Music Group", LABEL, "UMG", "Universal")]),
        Extraction(arts[2], [ent("Sir Lucian Grainge", "Person", "Grainge")]),
        Extraction(arts[3], [ent("Lucian Grainge", "Person")]),
    ]
    outcomes = {
        tuple(sorted((e.key, e.name, tuple(sorted(e.aliases))) for e in resolve(list(p)).entities.values()))
        for p in itertools.permutations(xs)
    }
    assert len(outcomes) == 1


def test_same_fact_in_two_articles_is_one_fact_with_two_sources():
    a, b = art("a"), art("b")
    fact_a = Fact("dispute", {"claimant": ("Drake",), "respondent": ("Universal Music Group",)}, [ev(a)],
                  date="2024-11-25", allegations=("defamation",))
    fact_b = Fact("dispute", {"claimant": ("Drake",), "respondent": ("UMG",)}, [ev(b)],
                  allegations=("pay-for-play",), status="pending")
    resolved = resolve([
        Extraction(a, [ent("Drake", "Artist"), ent("Universal Music Group", LABEL, "UMG")], [fact_a]),
        Extraction(b, [ent("Drake", "Artist"), ent("UMG", LABEL)], [fact_b]),
    ])
    (fact,) = resolved.facts
    assert fact.roles == {"claimant": ("drake",), "respondent": ("universal-music-group",)}
    assert {e.article_id for e in fact.evidence} == {a.id, b.id}
    assert fact.allegations == ("defamation", "pay-for-play")
    assert (fact.date, fact.status) == ("2024-11-25", "pending")


def test_facts_with_unknown_or_single_parties_are_dropped():
    a = art("a")
    resolved = resolve([Extraction(a, [ent("UMG", LABEL)], [
        Fact("partnership", {"party": ("UMG", "Nobody")}, [ev(a)]),
        Fact("dispute", {"claimant": ("UMG",), "respondent": ("UMG",)}, [ev(a)]),
    ])])
    assert resolved.facts == []


def test_merges_file_forces_and_splits(tmp_path):
    path = tmp_path / "merges.toml"
    path.write_text('[merge]\n"Sony Music Entertainment" = ["Sony Music"]\n\n'
                    '[split]\npairs = [["Warner Records", "Warner Records Inc"]]\n')
    overrides = load_overrides(path)
    a, b = art("a"), art("b")
    resolved = resolve([
        Extraction(a, [ent("Sony Music", LABEL), ent("Warner Records", LABEL, "Warner Records Inc")]),
        Extraction(b, [ent("Sony Music Entertainment", LABEL), ent("Warner Records Inc", LABEL)]),
    ], overrides)
    names = sorted(by_name(resolved))
    assert names == ["Sony Music Entertainment", "Warner Records", "Warner Records Inc"]


def test_bad_merges_file_is_reported(tmp_path):
    path = tmp_path / "merges.toml"
    path.write_text("[merge\n")
    with pytest.raises(InputError, match="not a valid TOML merges file"):
        load_overrides(path)
    with pytest.raises(InputError, match="merges file not found"):
        load_overrides(tmp_path / "none.toml")


@pytest.mark.parametrize("name", ['A"B', "x<script>", "a b\\c", "\u00e9t\u00e9", "\U0001f3b5", "..", "/etc/passwd"])
def test_slugs_are_iri_safe(name):
    slug = slugify(name)
    assert slug and all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in slug)


def test_normalise_name_folds_what_should_not_matter():
    assert normalise_name("UMG\u2019s") == normalise_name("umg") == "umg"
    assert normalise_name("Beyonc\u00e9") == "beyonce"


def test_binary_facts_imply_the_types_of_their_ends():
    a = art("a")
    resolved = resolve([Extraction(a, [ent("Delta Entertainment", "Company"), ent("Clipjar", "Company"),
                                       ent("Maya Okafor", "Person")], [
        Fact("withdrewCatalogFrom", {"subject": ("Delta Entertainment",), "object": ("Clipjar",)}, [ev(a)]),
        Fact("worksFor", {"subject": ("Maya Okafor",), "object": ("Delta Entertainment",)}, [ev(a)]),
    ])])
    names = by_name(resolved)
    assert names["Delta Entertainment"].types == {"Company", "RecordLabel"}
    assert names["Clipjar"].types == {"Company", "Platform"}
    assert names["Maya Okafor"].types == {"Person"}
