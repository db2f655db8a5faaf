"""Round 15c: entities, typing and the gazetteer on real news (issue 3). Own sentences, each with a trap."""
from __future__ import annotations

from extract_helpers import dispute, run, types


def test_founders_of_a_band_are_performers():
    x = run("The suit was brought by Tomas Reine and Greta Holm, the founders of the electronic group Nachtzug, "
            "against Orlan Records.")
    assert types(x, "Tomas Reine") == {"Artist"}
    assert types(x, "Greta Holm") == {"Artist"}
    assert dispute(x, "Greta Holm", "Orlan Records") is not None


def test_founding_member_of_a_band_is_a_performer():
    x = run("Jon Avery, a founding member of the band Pale Horses, sued Crestline Records.")
    assert types(x, "Jon Avery") == {"Artist"}


def test_founders_of_a_business_group_stay_people():
    # trap: "media group" is a business, its founders are not performers
    x = run("The deal was agreed by Tom Harlan and Rita Vosse, the founders of the media group Calder, last year.")
    assert types(x, "Tom Harlan") == {"Person"}
    assert types(x, "Rita Vosse") == {"Person"}


def test_members_who_perform_together_are_performers():
    x = run("Days later Gemsong sued Baekhyun, Chen and Xiumin, who also perform together as the sub-unit EXO-CBX.")
    for n in ("Baekhyun", "Chen", "Xiumin"):
        assert types(x, n) == {"Artist"}
    assert dispute(x, "Gemsong", "Chen") is not None


def test_producer_with_a_given_name_is_a_person():
    x = run("Frank Peterson, a producer best known for his work with Sarah Brightman, sued YouTube in Hamburg.")
    assert types(x, "Frank Peterson") == {"Person"}
    assert dispute(x, "Frank Peterson", "YouTube") is not None


def test_the_producers_as_respondents_keep_the_dispute():
    x = run("The case was brought by Lena Brandt against the producers Peter Lutz and Martin Haas.")
    assert types(x, "Martin Haas") == {"Person"}
    assert dispute(x, "Lena Brandt", "Martin Haas") is not None


# A stage name after "producer" was typed Artist here until round 18c; the annotated sets type producers as Person
# unless they perform, so tests/test_extract_round18c.py now holds that rule and its trap.


def test_gazetteer_country_units_and_courts():
    x = run("The record company will become part of Sony Music UK, the British arm of Sony Music Entertainment. "
            "JYP Entertainment signed a deal with Sony Music Entertainment Japan. "
            "The Court of Justice of the European Union (CJEU) ruled on Monday.")
    assert "RecordLabel" in types(x, "Sony Music UK")
    assert "RecordLabel" in types(x, "Sony Music Entertainment Japan")
    assert "Court" in types(x, "Court of Justice of the European Union")


def test_gazetteer_distributors_are_companies():
    # the guidelines: distributors are businesses, not labels
    x = run("The Orchard will distribute the catalogue, Sony said. ADA Worldwide lost the account.")
    assert types(x, "The Orchard") == {"Company"}
    assert types(x, "ADA Worldwide") == {"Company"}


def test_gazetteer_platforms_radio_and_kpop():
    x = run("Viagogo agreed to buy StubHub from eBay. Cumulus Media owns Westwood One. "
            "YG Entertainment said BLACKPINK had renewed. Mnet is owned by CJ ENM.")
    assert types(x, "Viagogo") == {"Platform", "Company"}
    assert types(x, "eBay") == {"Company"}
    assert types(x, "Westwood One") == {"Company"}
    assert types(x, "BLACKPINK") == {"Artist"}
    assert types(x, "Mnet") == {"Platform"}
