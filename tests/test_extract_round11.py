"""Round 11 (issue 3): entities that block facts. Each rule with a sentence that must not fire."""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_slash_joins_a_name_before_an_acronym():
    x = run("Sony/ATV Music Publishing sued Pelion Radio in March. AC/DC Records signed the singer Kato Veen.")
    assert ("Sony/ATV Music Publishing", "Pelion Radio") in rel(x, "dispute")
    assert "AC/DC Records" in names(x, "RecordLabel")
    # traps: a photo credit and a lower-case or one-letter pair stay apart
    y = run("Credit: Valerie Macon/Getty. The A/B test and/or the he/she form. Pelion sued Lumo in May.")
    assert not any("/" in e.name for e in y.entities)
    assert "Valerie Macon" in names(y, "Person")


def test_names_that_open_with_a_digit():
    x = run("Pelion Media acquired 7digital last year. Pelion Media sued 2 Tone Records in 2021.")
    assert ("Pelion Media", "7digital") in rel(x, "acquisition")
    assert ("Pelion Media", "2 Tone Records") in rel(x, "dispute")
    # traps: years, units and counts are not names
    y = run("In 2021 Pelion Media bought Lumo Records. Its 1990s catalogue has 300 artists and 10m streams.")
    assert {e.name for e in y.entities} == {"Pelion Media", "Lumo Records"}


def test_service_of_a_known_company_is_a_platform():
    x = run("Halberd Audio's shows are on Apple Podcasts and Instagram Reels.")
    assert types(x, "Apple Podcasts") == {"Platform"}
    assert types(x, "Instagram Reels") == {"Platform"}
    # trap: a music company's unit stays a label
    y = run("Sony Music sued Pelion Radio. Warner Music signed the singer Kato Veen.")
    assert "RecordLabel" in types(y, "Sony Music") and "Platform" not in types(y, "Sony Music")
    assert "Platform" not in types(y, "Warner Music")


def test_a_business_with_a_chief_executive_is_a_company():
    x = run("Marrow CEO Jo Lind said Marrow had sued Lumo. Dana Holt, chief executive of Quillstone, spoke.")
    assert types(x, "Marrow") == {"Company"}
    assert types(x, "Quillstone") == {"Company"}
    # the other party of the lawsuit has no executive: it gets the role's default type only (a business)
    assert types(x, "Lumo") == {"Company"}
    # trap: a regulator keeps its own type
    y = run("Jo Lind, chief executive of the Competition and Markets Authority, fined Lumo.")
    assert "Company" not in types(y, "Competition and Markets Authority")


def test_quoted_works_after_including_and_such_as():
    x = run('Brightwave has produced shows such as "Dr. Death" and "Wondery Nights". Its podcasts include "Hollow Bay". '
            'The label owns several hits, including "Summer Ash".')
    assert {"Dr. Death", "Wondery Nights", "Hollow Bay", "Summer Ash"} <= names(x, "Work")
    assert "Person" not in types(x, "Dr. Death")
    # traps: quoted speech or companies after "including" are not works
    y = run('Pelion signed acts including "The Vesper Lines". Lumo said it was "Not Fair" and named companies such as "Acme".')
    assert not names(y, "Work")


def test_quoted_honorific_title_is_a_work_and_honorific_name_a_person():
    x = run('Pelion Media bought the rights to "Dr. Death" in 2021. Dr. Ruth Lind sued Lumo Records.')
    assert types(x, "Dr. Death") == {"Work"}
    assert types(x, "Ruth Lind") == {"Person"}


def test_bare_short_form_goes_to_the_parent_the_article_is_about():
    x = run("Sony Corporation reported higher profits. Sony said its music unit, Sony Music Entertainment, grew fast.")
    assert "Sony" in next(e.aliases for e in x.entities if e.name == "Sony Corporation")
    assert "Sony" not in next(e.aliases for e in x.entities if e.name == "Sony Music Entertainment")
    # trap: an article about the music unit keeps the short form for the unit
    y = run("Sony Music Entertainment bought Alamo Records. Sony Music Entertainment is part of Sony Group Corporation. "
            "Sony said the deal was good.")
    assert "Sony" in next(e.aliases for e in y.entities if e.name == "Sony Music Entertainment")
    # the same without a gazetteer: a parent and a music unit of invented names
    z = run("Kestrel Corporation reported profits. Kestrel Music Entertainment bought Ardent Tapes. Kestrel said its profits grew.")
    assert "Kestrel" in next(e.aliases for e in z.entities if e.name == "Kestrel Corporation")
    w = run("Kestrel Music Entertainment bought Ardent Tapes. It is owned by Kestrel Corporation. Kestrel said the deal was good.")
    assert "Kestrel" in next(e.aliases for e in w.entities if e.name == "Kestrel Music Entertainment")


def test_officials_of_a_regulator():
    x = run("The European Commission fined Tunewave. Margit Olsen, the executive vice-president of the Commission in charge "
            "of competition policy, said Tunewave had abused its position.")
    assert ("Margit Olsen", "European Commission") in rel(x, "worksFor")
    # trap: "the executive" alone is still a reference to a person, not a title
    y = run("Jo Lind runs Pelion Records as its president. The executive said Lumo had sued Pelion Records.")
    assert ("Lumo", "Pelion Records") in rel(y, "dispute")
    # trap: "the Commission" without a named commission is nobody
    z = run("Pelion Commission Partners bought Lumo Records. Jo Lind, the head of the Commission, said so.")
    assert not rel(z, "worksFor")


def test_the_fund_is_the_named_fund_not_the_buyer():
    x = run("The board of Round Hill Music Royalty Fund has recommended a cash offer from Concord. "
            "Concord agreed to acquire the fund in May.")
    assert ("Concord", "Round Hill Music Royalty Fund") in rel(x, "acquisition")
    # trap: a description that is the subject stays the subject of the sentence before
    y = run("Pelion Fund owns Lumo Records. Ardent Music bought Hollow Records in May. The label said the deal closed.")
    assert rel(y, "acquisition") == {("Ardent Music", "Hollow Records")}


def test_long_name_in_a_title_case_headline():
    text = ("Round Hill Music Royalty Fund Backs Takeover By Concord\n\n"
            "The board of Round Hill Music Royalty Fund has recommended an offer from Concord.")
    from kg.extract import extract
    from kg.model import Article
    x = extract(Article(text=text, title=text.splitlines()[0], path="t.txt"))
    assert "Royalty Fund" not in {e.name for e in x.entities}


def test_podcast_producer_is_a_company_not_an_artist():
    x = run("Spotify bought podcast producer Gimletta in 2019. SiriusXM bought Stitchwell, a podcast studio.")
    assert ("Spotify", "Gimletta") in rel(x, "acquisition")
    assert types(x, "Gimletta") == {"Company"}
    assert ("SiriusXM", "Stitchwell") in rel(x, "acquisition")
    # trap: a producer of records is still a performer
    y = run("Lumo Records signed the record producer Jo Lind.")
    assert types(y, "Jo Lind") == {"Artist"}


def test_a_seller_named_only_as_seller_is_a_company():
    x = run("Lumo sold Hollow Records to Pelion in May. Vantor sold its label business to Pelion. "
            "Hollow Tapes was sold by Marlo to Pelion.")
    assert {"Lumo", "Vantor", "Marlo"} <= names(x, "Company")
    # traps: selling copies, out, rights or a stake says nothing about the seller
    y = run("Lumo sold 2 million copies. Vessa sold out. Kato Veen sold the rights to Hollow Records. "
            "Marlo sold its stake in Hollow Records.")
    assert {e.name for e in y.entities} == {"Hollow Records"}


def test_law_firms_and_banks_are_companies():
    x = run("Curt Vander, a partner at Holbrook Seidel who represents Lumo, said Lumo would win. Pelion, represented by "
            "Marlow Kade partner Rollin Ransom, said the suit was wrong. Jo Lind, the Tarrant Voss & Hale partner who "
            "leads the team, spoke. Lumo sued Pelion in May.")
    assert {"Holbrook Seidel", "Marlow Kade", "Tarrant Voss & Hale"} <= names(x, "Company")
    assert ("Rollin Ransom", "Marlow Kade") in rel(x, "worksFor")
    # trap: the person named with the firm stays a person; the client has only its lawsuit role's default type
    assert types(x, "Curt Vander") == {"Person"}
    assert types(x, "Lumo") == {"Company"}
