"""Round 25c: local units of music companies, and quoted titles two acts share."""
from __future__ import annotations

from extract_helpers import names, rel, run, types


def test_local_unit_keeps_its_country():
    x = run("The band Corvid Bloom signed to Sony Music Italy in 2017. Lia Benn, president of Sony Music Italy, "
            "said the band was ready.")
    assert rel(x, "signedTo") == {("Corvid Bloom", "Sony Music Italy")}
    assert rel(x, "worksFor") == {("Lia Benn", "Sony Music Italy")}
    assert "RecordLabel" in types(x, "Sony Music Italy")


def test_unknown_label_unit_is_typed_by_its_owner_word():
    x = run("Lea Moss signed to Kestrel Records Spain last year.")
    assert rel(x, "signedTo") == {("Lea Moss", "Kestrel Records Spain")}


def test_place_after_a_non_music_name_or_a_comma_is_not_a_unit():
    # trap: the parent keeps the fact when a comma parts the place
    x = run("Kira Vale signed to Sony Music, London-based executive Tom Reed said.")
    assert rel(x, "signedTo") == {("Kira Vale", "Sony Music")}
    assert not any(n.startswith("Sony Music ") for n in names(x, "RecordLabel"))


def test_quoted_title_after_teamed_up_with_a_performer():
    x = run('He later teamed up with the rapper Kiro Vance on "Sittin\' On Top of the World".')
    assert "Sittin' On Top of the World" in names(x, "Work")
    assert ("Sittin' On Top of the World", "Kiro Vance") in rel(x, "performedBy")
    x = run('Post Malone joins her on "Levii\'s Jeans".')
    assert "Levii's Jeans" in names(x, "Work")


def test_quoted_word_after_joined_a_business_is_no_title():
    # traps: the partner is no performer, or the quoted word is a day
    assert not names(run('The label teamed up with the regulator on "Fair Pay", a campaign for writers.'), "Work")
    assert not names(run('Dana Holt joined Kestrel Records on "Monday", said the label.'), "Work")


def test_quoted_title_before_a_possessive_apposition():
    x = run('"Mon pays c\'est l\'amour", Jules Marchand\'s final album, was released by Warner that October.')
    assert "Mon pays c'est l'amour" in names(x, "Work")
    # trap: a possessive apposition with no work noun
    assert not names(run('"Open Doors", Kestrel Records\' new policy, starts in May.'), "Work")
