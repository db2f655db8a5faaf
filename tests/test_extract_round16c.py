"""Round 16c: entities, typing and references on unseen news (news7-9). Own sentences, each with a trap."""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_quoted_title_before_a_work_apposition_is_a_work():
    x = run('The court tied her ballad "Paper Harbour" to "Slow River Rising", the Ada Quell classic, last week.')
    assert {"Paper Harbour", "Slow River Rising"} <= names(x, "Work")
    assert types(x, "Ada Quell") == {"Artist"}
    # trap: an apposition naming a service or a company is no work
    y = run('Northwind launched "Tidepool", the company\'s hit service, and "Harbor", a cost cut, in May.')
    assert not names(y, "Work")


def test_name_before_a_work_noun_is_the_performer():
    x = run('His single "Last Light" was built on a sample of a Mara Delgado song.')
    assert types(x, "Mara Delgado") == {"Artist"}
    # trap: a record company before the noun stays a company
    y = run("Tom Hale bought the rights to a Brightwater Records album.")
    assert "Artist" not in types(y, "Brightwater Records")


def test_unquoted_title_in_apposition_to_the_work():
    x = run("Her 2021 album, Velvetine, moved away from folk. His 2012 debut, Copper Season, won an award.")
    assert {"Velvetine", "Copper Season"} <= names(x, "Work")
    # trap: a name after a label apposition or before "said" is no title
    y = run("She left her label, Def Jam, in 2019. His debut, Jane Doe said, was a flop.")
    assert not names(y, "Work")


def test_members_of_a_band_and_a_member_before_the_title():
    x = run("Northwind had sued members of Glass Orchard, who had tried to recover their early songs.")
    assert types(x, "Glass Orchard") == {"Artist"}
    y = run("The estate of Ember guitarist Randy Colt sued the label.")
    assert types(y, "Randy Colt") == {"Artist"}
    assert types(y, "Ember") == {"Artist"}
    # traps: a trade body stays one; a known label before the title is not a band
    z = run("Three members of Brightwater Collective, a trade body, said the songs were unpaid. "
            "He met Atlantic singer Jane Roe in 2010.")
    assert "Artist" not in types(z, "Brightwater Collective")
    assert "Artist" not in types(z, "Atlantic Records") and types(z, "Jane Roe") == {"Artist"}


def test_acts_whose_catalogues_are_named():
    x = run("Northwind, the publisher known for the catalogues of Whitney Houston, Lena Marsh and Tom Quill, struck a deal.")
    assert {"Lena Marsh", "Tom Quill"} <= names(x, "Artist")
    # trap: businesses in the list stay businesses
    y = run("The fund bought the catalogues of Sony Music and Tom Hale Holdings.")
    assert "Artist" not in types(y, "Tom Hale Holdings")


def test_given_names_of_more_countries_make_people():
    x = run("Frankie Gaye sued the label. Markus Staiger said Tunde Bakare and Conal Byrne would stay.")
    assert {"Frankie Gaye", "Markus Staiger"} <= names(x, "Person")
    # trap: an unknown first word with no context still gives no person
    y = run("Zorblat Gaye sued the label.")
    assert "Zorblat Gaye" not in names(y, "Person")


def test_an_acquired_outlet_or_service_is_a_business():
    x = run("Northwind Media has agreed to acquire Coldwire, the culture website founded by Jane Roe.")
    assert ("Northwind Media", "Coldwire") in rel(x, "acquisition")
    assert {"Company", "MediaOutlet"} <= types(x, "Coldwire")
    # trap: an outlet that is only quoted is not made a company
    y = run("Coldwire, the culture website, reported the deal.")
    assert "Company" not in types(y, "Coldwire")


def test_gazetteer_families():
    x = run("Temasek and Berkshire Hathaway invested. 10K Projects and Boosey & Hawkes, Concord Music Publishing and "
            "the Seoul Central District Court were named, as was the Delhi High Court.")
    assert {"Temasek", "Berkshire Hathaway"} <= names(x, "Company")
    assert {"10K Projects", "Boosey & Hawkes", "Concord Music Publishing"} <= names(x, "RecordLabel")
    assert {"Seoul Central District Court", "Delhi High Court"} <= names(x, "Court")
