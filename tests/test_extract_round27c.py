"""Round 27c: entity types of groups and their members, services named in an apposition before them, and brands
styled in capitals."""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_apposition_before_the_name_types_a_service():
    x = run("Tovari previously ran its own streaming app, Pellwick Music, which it closed in 2016.")
    assert types(x, "Pellwick Music") == {"Platform", "Company"}  # a service named "Music" is no record label
    y = run("The firm later launched the video platform, Zunova.")
    assert "Platform" in types(y, "Zunova")
    # traps: the name opens a clause ("said"), or a list follows the noun
    z = run("For the label, Kestrel Music said it would appeal.")
    assert "Platform" not in types(z, "Kestrel Music")
    w = run("Acme signed a deal with the app, Zunova and Pellwick, last year.")
    assert "Platform" not in types(w, "Zunova")


def test_known_service_styled_in_capitals():
    x = run("Orvane Corp operates LINE MUSIC in Japan.")
    assert types(x, "LINE MUSIC") == {"Platform"}
    assert ("Orvane Corp", "LINE MUSIC") in rel(x, "operates")
    # trap: a capitalised form of a one-word name is not added ("LINE" alone is no platform)
    y = run("The LINE said it would appeal.")
    assert "Platform" not in types(y, "LINE")


def test_counted_members_listed_are_performers():
    # Jennie and Lisa are known names that are also common words: the list under "the four members" is their context
    x = run("The four members, Jisoo, Jennie, Rosé and Lisa, met the press in Seoul.")
    assert {"Jisoo", "Jennie", "Rosé", "Lisa"} <= names(x, "Artist")
    y = run("The girl group Veltro returned this week. Veltro members Jooni, Marisol and Teddo wrote the songs.")
    assert {"Jooni", "Marisol", "Teddo"} <= names(y, "Artist")
    # traps: a trade body's members, a negated list, and a company among the names
    z = run("The trade body said its members, Jennie and Lisa, agreed.")
    assert not {"Jennie", "Lisa"} & names(z, "Artist")
    n = run("None of the four members, Jisoo, Jennie, Rosé and Lisa, re-signed with YG.")
    assert "Jennie" not in names(n, "Artist")
    c = run("Its four members, Jooni, Kestrel Records and Teddo, voted.")
    assert "Artist" not in types(c, "Kestrel Records")


def test_counted_group_is_a_band():
    x = run("Acme launched Zorbo, a seven-member group assembled from its boy bands.")
    assert types(x, "Zorbo") == {"Artist"}
    y = run("Zorbo, a 12-member act, toured Japan.")
    assert types(y, "Zorbo") == {"Artist"}
    # trap: a group of investors is a business
    z = run("Velmora, a three-member group of investors, bought Zorbo Records.")
    assert "Artist" not in types(z, "Velmora")


def test_bare_group_before_a_name_is_a_band():
    x = run("Tovari also runs Belift, a venture that manages the group Zorbo.")
    assert types(x, "Zorbo") == {"Artist"}
    y = run("Calla, a song by the California group Pelion Drift, climbed the chart.")
    assert types(y, "Pelion Drift") == {"Artist"}
    assert ("Calla", "Pelion Drift") in rel(y, "performedBy")
    # traps: a nationality or a business word before "group", a group that changes hands
    z = run("Zorbo Radio is owned by the French group Vorlane.")
    assert "Artist" not in types(z, "Vorlane")
    w = run("Zorbo Radio is owned by the Dutch media group Vorlane.")
    assert "Artist" not in types(w, "Vorlane")
    s = run("The company sold the group Kestrel last year.")
    assert "Artist" not in types(s, "Kestrel")


def test_people_suing_their_bandmate_are_performers():
    x = run("Orla Penn and Mick Darrow have won their case against their former bandmate Sal Vickers.")
    assert {"Orla Penn", "Mick Darrow", "Sal Vickers"} <= names(x, "Artist")
    y = run("LONDON - Orla Penn and Mick Darrow have sued their old bandmate Sal Vickers.")
    assert "Artist" in types(y, "Orla Penn")
    # trap: a lawyer who speaks of the bandmates is no performer; nor is a company opening the sentence
    z = run("Marta Olsen, their lawyer, said the bandmates agreed.")
    assert "Artist" not in types(z, "Marta Olsen")
    w = run("Kestrel Records and Orla Penn sued their former bandmate Sal Vickers.")
    assert "Artist" not in types(w, "Kestrel Records")


def test_capitalised_performer_noun_alone_does_not_crash():
    x = run("Singer")
    assert not names(x, "Artist")


def test_apposition_before_a_name_cut_at_an_abbreviation_types_nothing():
    # "Rec. 118": the full stop is an abbreviation's, so "Rec" does not close the apposition
    x = run("Nakara is signed to her label, Rec. 118, in Paris.")
    assert "Rec" not in names(x, "RecordLabel")
