"""Round 36b: worksFor and signedTo stated in one sentence (a leader after a company description, a label's act in
an object gap). Invented sentences only; each test has a trap that must not fire."""
from __future__ import annotations

from extract_helpers import rel, run


def test_leader_after_a_company_description_works_for_it():
    x = run("Polaris Sound, the Nordvik-owned label run by chief executive Mara Holt, said it would expand.")
    assert ("Mara Holt", "Polaris Sound") in rel(x, "worksFor")
    x = run("Polaris Sound, the Leeds label led by president Mara Holt, said it would expand.")
    assert ("Mara Holt", "Polaris Sound") in rel(x, "worksFor")


def test_a_former_or_announced_leader_is_not_read():
    # traps: a past head ("once run by") and an announcement ("set to be led by") give no job
    x = run("Polaris Sound, the Leeds label once run by president Mara Holt, said it would expand.")
    assert not rel(x, "worksFor")
    x = run("Polaris Sound, the Leeds label set to be led by president Mara Holt, said it would expand.")
    assert not rel(x, "worksFor")


SINGER = "Singer Lena Varga released a new album. It came out on Northwind Records, the label the Swedish singer "


def test_the_label_an_act_has_been_signed_to():
    x = run(SINGER + "has been signed to since 2015.")
    assert ("Lena Varga", "Northwind Records") in rel(x, "signedTo")


def test_the_label_an_act_records_for_or_releases_through():
    assert ("Lena Varga", "Northwind Records") in rel(run(SINGER + "records for."), "signedTo")
    assert ("Lena Varga", "Northwind Records") in rel(run(SINGER + "releases her music through."), "signedTo")


def test_a_former_label_or_a_verb_with_its_own_object_is_not_a_signing():
    # traps: "had been signed to" is a former label; "released through Z" names its own object, not the label
    assert ("Lena Varga", "Northwind Records") not in rel(run(SINGER + "had been signed to until 2015."), "signedTo")
    assert ("Lena Varga", "Northwind Records") not in rel(run(SINGER + "released through Halcyon Music."), "signedTo")
