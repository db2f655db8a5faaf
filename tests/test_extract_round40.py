"""Round 40b: leaders named after "is led/run by" and "who has run", on invented sentences (rules only)."""
from __future__ import annotations

from extract_helpers import rel, run


def test_present_perfect_who_has_run_is_the_current_head():
    x = run("Tom Ruell, who has run Northgate Records since 1990, said the label would grow.")
    assert ("Tom Ruell", "Northgate Records") in rel(x, "worksFor")
    x = run("Lena Varga praised Tom Ruell, who has led Kestrel Music Group since 2017.")
    assert ("Tom Ruell", "Kestrel Music Group") in rel(x, "worksFor")


def test_who_had_run_is_a_former_head():
    x = run("Dana Voss succeeds Tom Ruell, who had run Northgate Records since 1990.")
    assert ("Tom Ruell", "Northgate Records") not in rel(x, "worksFor")


def test_is_led_by_title_name():
    x = run("That agency, Kestrel Talent, is led by chief executive Mara Quint, a consultant.")
    assert ("Mara Quint", "Kestrel Talent") in rel(x, "worksFor")
    x = run("Kestrel Talent, the Singapore company behind the Loopa app, is led by founder and chief executive Mara Quint, "
            "who said so.")
    assert ("Mara Quint", "Kestrel Talent") in rel(x, "worksFor")


def test_is_led_by_name_its_title():
    x = run("Kestrel Talent is led by Mara Quint, its chief executive, who joined in 2019.")
    assert ("Mara Quint", "Kestrel Talent") in rel(x, "worksFor")


def test_run_by_a_company_is_no_job():
    x = run("Hummingbird Media is run by the California start-up Birdsong Labs.")
    assert not rel(x, "worksFor")


def test_outgoing_head_who_has_run_is_not_kept():
    x = run("Dana Voss, who has run Northgate Records since 1990, is retiring this year.")
    assert ("Dana Voss", "Northgate Records") not in rel(x, "worksFor")
    x = run("Lena Varga will take over from Tom Ruell, who has led Kestrel Music Group for a decade.")
    assert ("Tom Ruell", "Kestrel Music Group") not in rel(x, "worksFor")
