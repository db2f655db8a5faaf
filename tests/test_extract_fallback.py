"""The recall fallback (kg/extract/fallback.py): trigger words plus the nearest entities of the right type."""
from __future__ import annotations

import pytest

import kg.extract.fallback as fb
from tests.extract_helpers import rel, run

COURT = ("Both cases date back to June 2024, when Warner Music Group, Universal Music Group and Sony Music "
         "Entertainment went to court {v} Suno and Udio of copyright infringement.")


def test_sue_trigger_lists_on_both_sides():
    got = rel(run(COURT.format(v="accusing")), "dispute")
    assert ("Universal Music Group", "Suno") in got
    assert ("Sony Music Entertainment", "Udio") in got


def test_sue_trigger_negated_gives_nothing():
    assert not rel(run(COURT.format(v="without accusing")), "dispute")


def test_sue_trigger_hedged_gives_nothing():
    text = ("Both cases date back to June 2024, when Warner Music Group, Universal Music Group and Sony Music "
            "Entertainment considered accusing Suno and Udio of copyright infringement.")
    assert not rel(run(text), "dispute")


def test_sue_trigger_skips_forum_and_description():
    text = "Dellarose accuses radio group of pay-for-play in FCC complaint."
    assert not any(r == "FCC" or "Federal" in r for _, r in rel(run(text), "dispute"))


def test_sue_trigger_coordinated_object_is_not_the_subject():
    text = "In April 2024 Hybe Corporation audited ADOR Records, accused the producer Min Hee-jin of plotting a breakaway."
    assert ("ADOR Records", "Min Hee-jin") not in rel(run(text), "dispute")


def test_led_by_title_gives_works_for():
    x = run("Stability AI is run by chief executive Prem Akkaraju.")
    assert ("Prem Akkaraju", "Stability AI") in rel(x, "worksFor")


def test_led_by_future_with_title_after():
    x = run("Greystone Catalog Group will be headed by Tobias Renwick, currently its head of catalogue, as chief executive.")
    assert ("Tobias Renwick", "Greystone Catalog Group") in rel(x, "worksFor")


def test_led_by_former_gives_nothing():
    x = run("Stability AI was previously run by the founder Emad Mostaque.")
    assert ("Emad Mostaque", "Stability AI") not in rel(x, "worksFor")


def test_led_by_too_far_gives_nothing():
    x = run("Stability AI, which makes image and audio models for studios, game makers, advertisers and musicians around "
            "the world, is run by chief executive Prem Akkaraju.")
    # more than six words between the company and the trigger: out of reach
    assert ("Prem Akkaraju", "Stability AI") not in rel(x, "worksFor")


@pytest.fixture
def all_triggers(monkeypatch):
    monkeypatch.setattr(fb, "DISABLED", set())


ACQ = "Everwood Media {v} Quillfeather Records in 2020."


def test_a_disabled_trigger_adds_nothing(monkeypatch):
    monkeypatch.setattr(fb, "DISABLED", {"acq-verb", "acq-noun"})
    assert not rel(run(ACQ.format(v="took full control of")), "acquisition")


def test_acquisition_trigger_when_enabled(all_triggers):
    assert ("Everwood Media", "Quillfeather Records") in rel(run(ACQ.format(v="took full control of")), "acquisition")


def test_acquisition_trigger_stake_and_hedge(all_triggers):
    assert not rel(run(ACQ.format(v="took full control of a stake in")), "acquisition")
    assert not rel(run(ACQ.format(v="reportedly took full control of")), "acquisition")


def test_owned_by_on_a_service_is_operates(all_triggers):
    x = run("Zimi, the streaming service, belongs to Savanna Digital, a Nairobi technology company.")
    assert ("Zimi", "Savanna Digital") not in rel(x, "subsidiaryOf")


def test_fallback_counts_added_facts():
    from kg.extract import extract  # noqa: F401  (the hook runs inside extract)
    x = run(COURT.format(v="accusing"))
    assert len(rel(x, "dispute")) >= 6
