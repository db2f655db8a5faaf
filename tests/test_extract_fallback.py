"""The recall fallback (kg/extract/fallback.py): trigger words plus the nearest entities of the right type."""
from __future__ import annotations

import pytest

import kg.extract.fallback as fb
from tests.extract_helpers import rel, run, types

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


# --- round 2: job-title appositions (WORKS_APPOS) -------------------------------------------------------------

def test_possessive_title_then_name_gives_works_for():
    x = run("The complaint names Larkspur Radio Group's programming chief, Odell Fairbank, and asks for fines.")
    assert ("Odell Fairbank", "Larkspur Radio Group") in rel(x, "worksFor")


def test_possessive_title_is_name():
    x = run("Larkspur Radio Group's chairman is Odell Fairbank, a former banker.")
    assert ("Odell Fairbank", "Larkspur Radio Group") in rel(x, "worksFor")


def test_name_who_is_now_possessive_title():
    x = run("The board turned to Wren Halloway, who is now Tidewater Records's chief executive, after the vote.")
    assert ("Wren Halloway", "Tidewater Records") in rel(x, "worksFor")


def test_former_possessive_title_gives_nothing():
    x = run("The complaint names Larkspur Radio Group's former programming chief, Odell Fairbank, and asks for fines.")
    assert ("Odell Fairbank", "Larkspur Radio Group") not in rel(x, "worksFor")


def test_possessive_lawyer_is_not_an_employee():
    x = run("Larkspur Radio Group's outside counsel, Odell Fairbank, said the claims had no merit.")
    assert ("Odell Fairbank", "Larkspur Radio Group") not in rel(x, "worksFor")


def test_firm_partner_apposition_and_after_by():
    x = run("Odell Fairbank, the Marsh Quill & Benet partner who leads the defence, said the ruling was wrong.")
    assert ("Odell Fairbank", "Marsh Quill & Benet") in rel(x, "worksFor")
    y = run("Tidewater Records, represented by Marsh Quill & Benet partner Wren Halloway, said it would appeal.")
    assert ("Wren Halloway", "Marsh Quill & Benet") in rel(y, "worksFor")


def test_whose_title_apposition():
    x = run("The deal sits beside Tidewater Records, whose chief executive, Wren Halloway, oversees its labels.")
    assert ("Wren Halloway", "Tidewater Records") in rel(x, "worksFor")


def test_title_apposition_can_be_disabled(monkeypatch):
    monkeypatch.setattr(fb, "DISABLED", {n for n, _ in fb.WORKS_APPOS})
    x = run("The complaint names Larkspur Radio Group's programming chief, Odell Fairbank, and asks for fines.")
    assert ("Odell Fairbank", "Larkspur Radio Group") not in rel(x, "worksFor")


# --- round 2: agreements whose parties are the subject pair (PAIR_VERBS) ---------------------------------------

def test_pair_settled_their_dispute():
    x = run("Tidewater Records and Loomstream Media have settled their copyright dispute over lyrics.")
    assert frozenset({"Tidewater Records", "Loomstream Media"}) in rel(x, "settlement")


def test_pair_team_up_gives_partnership():
    x = run("Tidewater Records and Loomstream Media team up on fan-first ticketing.")
    assert frozenset({"Tidewater Records", "Loomstream Media"}) in rel(x, "partnership")


def test_pair_hedged_or_not_opening_the_clause_gives_nothing():
    assert not rel(run("Tidewater Records and Loomstream Media could have settled their copyright dispute."), "settlement")
    x = run("Regulators looked at deals with Tidewater Records and Loomstream Media team up on ticketing.")
    assert frozenset({"Tidewater Records", "Loomstream Media"}) not in rel(x, "partnership")


# --- round 2: works whose performer the tables could not type (WORK_TRIGGERS) ------------------------------------

def test_possessive_quoted_work_in_a_list():
    x = run('The catalogue holds Adele\'s "Someone Like You" and Q.T.X.\'s "Glass Harbour Nights", among others.')
    assert ("Glass Harbour Nights", "Q.T.X") in rel(x, "performedBy")


def test_work_the_artist_hit_and_work_that_artist_released():
    x = run('The list includes the single "Velvet Tramline", the Q.T.X. hit written by a session producer.')
    assert ("Velvet Tramline", "Q.T.X") in rel(x, "performedBy")
    y = run('The suit covers the song "Velvet Tramline", the award-winning single that Q.T.X. released in 2002.')
    assert ("Velvet Tramline", "Q.T.X") in rel(y, "performedBy")


def test_work_which_featured_a_singer():
    x = run('The deal brought the song "Velvet Tramline", which featured Q.T.X. on the chorus, to the label.')
    assert ("Velvet Tramline", "Q.T.X") in rel(x, "performedBy")


def test_company_possessive_is_not_a_performer():
    x = run('Tidewater Records\'s "Velvet Tramline" campaign was a hit, and Loomstream Media\'s "Glass Weeks" was not.')
    assert not rel(x, "performedBy")


def test_negated_work_trigger_gives_nothing():
    x = run('The suit does not cover the song "Velvet Tramline", the award-winning single that Q.T.X. released in 2002.')
    assert ("Velvet Tramline", "Q.T.X") not in rel(x, "performedBy")


# --- round 2: "X, the developer of Y" (maker-of) and "since X bought it" (acq-it) --------------------------------

def test_maker_of_a_service_operates_it():
    y = run("Loomstream Media, the London-based developer of the Glasswave streaming service, was fined.")
    assert ("Loomstream Media", "Glasswave") in rel(y, "operates")


def test_maker_of_a_label_is_not_operates():
    x = run("Loomstream Media, the owner of Tidewater Records, was fined.")
    assert not rel(x, "operates")


def test_bought_it_refers_to_the_sentence_subject():
    x = run("Tidewater Records has become one of the busiest labels since Loomstream Media bought it in 2020.")
    assert ("Loomstream Media", "Tidewater Records") in rel(x, "acquisition")


def test_bought_it_hedged_or_ambiguous_gives_nothing():
    x = run("Tidewater Records has grown since Loomstream Media tried to buy it in 2020.")
    assert not rel(x, "acquisition")
    y = run("Tidewater Records signed Cobalt Lane Records before Loomstream Media bought it in 2020.")
    assert ("Loomstream Media", "Tidewater Records") not in rel(y, "acquisition")


# --- round 14a: units inside a parent, appointments and titles, acts named by their label ------------------------

def test_unit_sits_within_parent():
    x = run("Tidewater Records already reaches indie acts through Brackwater, which sits within Loomstream Music Group.")
    assert ("Brackwater", "Loomstream Music Group") in rel(x, "subsidiaryOf")


def test_unit_one_of_parents_label_groups():
    x = run("Loomstream Music Group is one of Tidewater Records's US label groups.")
    assert ("Loomstream Music Group", "Tidewater Records") in rel(x, "subsidiaryOf")


def test_person_or_former_unit_is_not_a_subsidiary():
    x = run("Wren Halloway, who sits within Loomstream Music Group's board, spoke first.")
    assert ("Wren Halloway", "Loomstream Music Group") not in rel(x, "subsidiaryOf")
    y = run("Brackwater, which formerly sat within Loomstream Music Group, is now independent.")
    assert ("Brackwater", "Loomstream Music Group") not in rel(y, "subsidiaryOf")


def test_who_became_possessive_title():
    x = run("Odell Fairbank, who became Tidewater Records's chief executive earlier this year, cut the roster.")
    assert ("Odell Fairbank", "Tidewater Records") in rel(x, "worksFor")


def test_who_became_former_title_gives_nothing():
    x = run("Odell Fairbank, who became Tidewater Records's former chief executive last year, sued the label.")
    assert ("Odell Fairbank", "Tidewater Records") not in rel(x, "worksFor")


def test_title_over_named_products():
    x = run("Wren Halloway, Loomstream Media's vice president of Glasswave Music and Brightline, said the service grew.")
    assert ("Wren Halloway", "Loomstream Media") in rel(x, "worksFor")


def test_act_named_by_its_label():
    x = run("Velma Osei, also a Tidewater Records artist, has become one of the most streamed singers.")
    assert ("Velma Osei", "Tidewater Records") in rel(x, "signedTo")


def test_former_or_hedged_label_act_is_not_a_signing():
    x = run("Velma Osei, possibly the next Tidewater Records signing, played two songs.")
    assert ("Velma Osei", "Tidewater Records") not in rel(x, "signedTo")
    y = run("Velma Osei, a former Tidewater Records artist, now records alone.")
    assert ("Velma Osei", "Tidewater Records") not in rel(y, "signedTo")


# --- round 15a: works, acts, units and executives named in the trade press's appositions ------------------------------

def test_work_named_as_a_hit_by_performers():
    x = run('The complaint lists "Harbour Lights", the 2016 smash by Velma Osei and Dario Quent, among dozens of songs.')
    got = rel(x, "performedBy")
    assert ("Harbour Lights", "Velma Osei") in got and ("Harbour Lights", "Dario Quent") in got


def test_work_by_an_act_with_a_descriptor():
    x = run('It samples "Copper Tide", the 1991 hit by dancehall singer Dario Quent.')
    assert ("Copper Tide", "Dario Quent") in rel(x, "performedBy")


def test_work_by_a_producer_or_company_is_not_performed_by_it():
    x = run('The suit names "Copper Tide", a 1991 track released by Tidewater Records, as the source.')
    assert not rel(x, "performedBy")
    z = run('The suit names "Copper Tide", a 1991 track by the producer Dario Quent, as the source.')
    assert not rel(z, "performedBy")
    y = run('It cites "Copper Tide", a 1991 film by Loomstream Media, as the source.')
    assert not rel(y, "performedBy")


def test_performer_best_known_for_a_hit():
    x = run('The singer Velma Osei, best known for the 1984 hit "Copper Tide", joined the suit.')
    assert ("Copper Tide", "Velma Osei") in rel(x, "performedBy")


def test_label_behind_a_list_of_acts():
    x = run("The group signed with Tidewater Records, the Loomstream Music Group label behind Velma Osei and Dario Quent.")
    got = rel(x, "signedTo")
    assert ("Velma Osei", "Tidewater Records") in got and ("Dario Quent", "Tidewater Records") in got


def test_label_in_apposition_is_not_a_second_label():
    # "signed with X, the Y label": Y is X's parent, not a second label of the act
    x = run("Velma Osei has signed with Tidewater Records, the Loomstream Music Group label, after leaving her old deal.")
    got = rel(x, "signedTo")
    assert ("Velma Osei", "Tidewater Records") in got
    assert ("Velma Osei", "Loomstream Music Group") not in got


def test_none_of_the_members_re_signed():
    x = run("None of the members, Velma Osei, Dario Quent and Odell Fairbank, re-signed with Tidewater Records.")
    assert not rel(x, "signedTo")


def test_label_that_releases_an_acts_records():
    x = run("Brackwater Entertainment, the independent company that releases Velma Osei's records, raised new money.")
    assert ("Velma Osei", "Brackwater Entertainment") in rel(x, "signedTo")
    y = run("Tracks by Dario Quent, who is signed to Ashgrove Records, and Velma Osei, whose albums are released by "
            "Tidewater Records, were pulled.")
    got = rel(y, "signedTo")
    assert ("Velma Osei", "Tidewater Records") in got and ("Dario Quent", "Ashgrove Records") in got


def test_chief_officer_of_a_firm():
    x = run("The deal was made under Wren Halloway, chief investment officer of Loomstream Capital, last year.")
    assert ("Wren Halloway", "Loomstream Capital") in rel(x, "worksFor")


def test_former_or_counsel_title_of_a_firm_gives_nothing():
    x = run("The deal was opposed by Wren Halloway, former chief investment officer of Loomstream Capital, last year.")
    assert ("Wren Halloway", "Loomstream Capital") not in rel(x, "worksFor")


def test_management_led_by_co_chief_executives():
    x = run("The row began when Ashgrove Entertainment's management, led by co-chief executives Wren Halloway and "
            "Odell Fairbank, agreed to issue new shares.")
    got = rel(x, "worksFor")
    assert ("Wren Halloway", "Ashgrove Entertainment") in got and ("Odell Fairbank", "Ashgrove Entertainment") in got


def test_its_management_team_led_by():
    x = run("Ashgrove Entertainment said it will keep its brand and its core management team, which is led by "
            "co-founder and chief executive Wren Halloway.")
    assert ("Wren Halloway", "Ashgrove Entertainment") in rel(x, "worksFor")
    # "its" with two organisations before it is ambiguous: nothing
    y = run("Tidewater Records told Ashgrove Entertainment it would keep its management team, which is led by "
            "chief executive Wren Halloway.")
    assert not {p for p in rel(y, "worksFor") if p[0] == "Wren Halloway"}


def test_parent_portfolio_lists_units():
    x = run("Loomstream Group's businesses include Tidewater Records and Brackwater Publishing.")
    got = rel(x, "subsidiaryOf")
    assert ("Tidewater Records", "Loomstream Group") in got and ("Brackwater Publishing", "Loomstream Group") in got


def test_owner_of_labels_such_as_stops_at_a_new_clause():
    x = run("Loomstream Group, the owner of labels such as Tidewater Records, and Ashgrove Group, the American "
            "independent, relied on the distributor.")
    got = rel(x, "subsidiaryOf")
    assert ("Tidewater Records", "Loomstream Group") in got
    assert ("Ashgrove Group", "Loomstream Group") not in got


def test_owner_named_next_to_its_service():
    x = run("Brightline Music, the Loomstream Media-owned streaming service, has reached an agreement with the publishers.")
    assert ("Loomstream Media", "Brightline Music") in rel(x, "operates")
    y = run("The songwriter Dario Quent sued the streaming service Brightline Music and its owner Loomstream Media in Hamburg.")
    assert ("Loomstream Media", "Brightline Music") in rel(y, "operates")


def test_owner_shapes_former_or_other_noun_give_nothing():
    x = run("Brightline Music, the formerly Loomstream Media-owned streaming service, has reached an agreement with the publishers.")
    assert not rel(x, "operates")
    y = run("The songwriter Dario Quent sued the streaming service Brightline Music and its rival Loomstream Media in Hamburg.")
    assert not rel(y, "operates") and not rel(y, "subsidiaryOf")


# round 16a: employers, parents and labels named in an apposition or a change of job


def test_firm_led_by_title_x_gives_works_for():
    x = run("Harrow Capital, the investment firm led by chief executive Dana Whitlock, owns a minority stake in Brindle Music.")
    assert ("Dana Whitlock", "Harrow Capital") in rel(x, "worksFor")


def test_firm_formerly_led_by_gives_nothing():
    x = run("Harrow Capital, the investment firm formerly led by chief executive Dana Whitlock, owns a stake in Brindle Music.")
    assert ("Dana Whitlock", "Harrow Capital") not in rel(x, "worksFor")


def test_firm_founded_by_is_not_employment():
    # a founder named in the apposition may be long gone: the layer does not read "founded by" as worksFor
    x = run("The catalogue was bought by Fenwick Rights, the company founded by banker Jonas Eld in 1971.")
    assert ("Jonas Eld", "Fenwick Rights") not in rel(x, "worksFor")


def test_taken_over_as_title_of_y():
    x = run("Marla Quinn has taken over as chairman and chief executive of Halcyon Music Group this week.")
    assert ("Marla Quinn", "Halcyon Music Group") in rel(x, "worksFor")


def test_will_become_poss_title():
    x = run("Owen Tarrant will become Redwing Records's chief executive in June.")
    assert ("Owen Tarrant", "Redwing Records") in rel(x, "worksFor")


def test_taken_over_negated_gives_nothing():
    x = run("Marla Quinn has not taken over as chief executive of Halcyon Music Group.")
    assert not rel(x, "worksFor")


def test_pair_of_co_chief_executives():
    x = run("Ada Lind and Ravi Sethi, the co-founders and co-chief executives of Tidewater Music, said the deal was done.")
    assert {("Ada Lind", "Tidewater Music"), ("Ravi Sethi", "Tidewater Music")} <= rel(x, "worksFor")


def test_pair_of_lawyers_is_not_employment():
    x = run("Ada Lind and Ravi Sethi, the lawyers of Tidewater Music, said the deal was done.")
    assert not rel(x, "worksFor")


def test_company_that_owns_labels_gives_subsidiaries():
    x = run("Keystone Music Group, the Nashville company that owns Larkspur Records and Elmstead Records, reported growth.")
    assert {("Larkspur Records", "Keystone Music Group"), ("Elmstead Records", "Keystone Music Group")} <= rel(x, "subsidiaryOf")


def test_company_that_owns_a_former_unit_gives_nothing():
    x = run("Keystone Music Group, the company that formerly owned Larkspur Records, reported growth.")
    assert ("Larkspur Records", "Keystone Music Group") not in rel(x, "subsidiaryOf")


def test_label_that_also_releases_acts():
    x = run("Solace Records, the Universal Music Group label that also releases Mira Vance and Theo Crane, had a strong year.")
    assert {("Mira Vance", "Solace Records"), ("Theo Crane", "Solace Records")} <= rel(x, "signedTo")


def test_label_that_also_releases_negated_gives_nothing():
    x = run("Solace Records, the Universal Music Group label that no longer releases Mira Vance, had a strong year.")
    assert ("Mira Vance", "Solace Records") not in rel(x, "signedTo")


@pytest.mark.parametrize("shape", ["Y-firm-led-by-X"])
def test_round16a_shapes_switch_off_by_name(shape, monkeypatch):
    # the pattern tables read no worksFor here, so the fact comes from this shape alone
    monkeypatch.setattr(fb, "DISABLED", set(fb.DISABLED) | {shape})
    texts = {"Y-firm-led-by-X": ("Harrow Capital, the investment firm led by chief executive Dana Whitlock, owns a stake.",
                                 "worksFor", ("Dana Whitlock", "Harrow Capital")),
}
    text, kind, pair = texts[shape]
    assert pair not in rel(run(text), kind)



# --- round 17a: units, services, employers described by a noun, signings with a company --------------------------


def test_unit_apposition_opening_the_sentence():
    x = run("Harbourline Records, the music arm of Japan's Sony Group, declined to comment.")
    assert ("Harbourline Records", "Sony Group") in rel(x, "subsidiaryOf")


def test_plural_units_of_give_one_fact_per_member():
    x = run("Harbourline Records and Quillon Publishing are both units of Sony Music Group, the structure created in 2019.")
    assert {("Harbourline Records", "Sony Music Group"), ("Quillon Publishing", "Sony Music Group")} <= rel(x, "subsidiaryOf")


def test_unit_apposition_trap_person_is_no_parent():
    # trap: an apposition naming a person is no parent company
    x = run("Harbourline Records, the music arm of producer Dana Whitlow, declined to comment.")
    assert not {p for p in rel(x, "subsidiaryOf") if p[0] == "Harbourline Records"}


def test_service_run_by_company_gives_operates():
    x = run("Within weeks she had Loomtone, a voice-conversion service built and run by Harpcast, a music technology company.")
    assert ("Harpcast", "Loomtone") in rel(x, "operates")
    # trap: a person running the service is no operator
    y = run("Loomtone, a voice-conversion service run by Dana Whitlow, was shut.")
    assert not rel(y, "operates")


def test_owned_distributor_is_a_unit_not_a_service():
    x = run("The track reached Spotify through Bandwire, the TikTok-owned music distributor.")
    assert ("Bandwire", "TikTok") in rel(x, "subsidiaryOf")
    assert ("TikTok", "Bandwire") not in rel(x, "operates")
    assert "Company" in types(x, "Bandwire")


def test_title_of_the_non_profit_names_an_employer():
    x = run("In May, Dana Whitlow, chief executive of the non-profit Open Chorus, flagged the clause.")
    assert ("Dana Whitlow", "Open Chorus") in rel(x, "worksFor")
    # trap: a former role gives nothing
    y = run("Dana Whitlow, former chief executive of the non-profit Open Chorus, flagged the clause.")
    assert ("Dana Whitlow", "Open Chorus") not in rel(y, "worksFor")


def test_artist_signed_with_a_company_after_a_date():
    x = run("In September 2025 the singer Marla Quint signed with Hallwood Media after a long search.")
    assert ("Marla Quint", "Hallwood Media") in rel(x, "signedTo")
    # trap: an agency is no record company
    y = run("In 2024 the rapper Deon Ashby signed with the agency Brightline Talent.")
    assert not rel(y, "signedTo")
    # trap: a negated signing gives nothing
    z = run("In September 2025 the singer Marla Quint has not signed with Hallwood Media.")
    assert not rel(z, "signedTo")


def test_description_argument_only_when_unambiguous():
    # round 18a: "the label" may stand for the one label named in this or the two sentences before
    x = run("Pallas Sound opened its doors in Accra in 2015. Kofi Dade, another act signed to the label, "
            "broke through in 2019.")
    assert ("Kofi Dade", "Pallas Sound") in rel(x, "signedTo")
    # trap: two labels in the window, so "the label" could be either: nothing
    y = run("Pallas Sound and Mirro Records opened their doors in Accra in 2015. Kofi Dade, another act signed "
            "to the label, broke through in 2019.")
    assert not rel(y, "signedTo")


def test_description_argument_switches_off():
    fb.DISABLED.add("desc")
    try:
        x = run("Pallas Sound opened its doors in Accra in 2015. Kofi Dade, another act signed to the label, "
                "broke through in 2019.")
        assert not rel(x, "signedTo")
    finally:
        fb.DISABLED.discard("desc")


def test_founder_of_a_described_firm_works_for_it():
    # round 19a: "Y, the company founded by music executive X" gives worksFor(X, Y) with the title "founder" when
    # the (default-off) rule is switched on
    fb.DISABLED.discard("Y-firm-founded-by-X")
    try:
        _founder_cases()
    finally:
        fb.DISABLED.add("Y-firm-founded-by-X")


def _founder_cases():
    x = run("The deal went to Corvale Media, the company founded by music executive Dana Petrakis, last week.")
    assert ("Dana Petrakis", "Corvale Media") in rel(x, "worksFor")
    y = run("Tessel Records, the Toronto label founded by producer Imani Brooks in 2016, signed three acts.")
    assert ("Imani Brooks", "Tessel Records") in rel(y, "worksFor")
    # trap: a founder who has died does not work there
    z = run("The deal went to Corvale Media, the company founded by the late Dana Petrakis, last week.")
    assert not rel(z, "worksFor")
    # trap: two founders named as a list: the pattern stays out of it
    w = run("The deal went to Corvale Media, the company founded by Dana Petrakis and Imani Brooks, last week.")
    assert ("Dana Petrakis", "Corvale Media") not in rel(w, "worksFor") or ("Imani Brooks", "Corvale Media") in rel(w, "worksFor")


def test_a_name_modifying_the_noun_before_the_object_is_not_the_object():
    # round 18a: "accused the Spotify distribution service Loudly": Spotify describes the service
    x = run("Brightline Records accused the Spotify distribution service Loudly of fraud.")
    assert ("Brightline Records", "Spotify") not in rel(x, "dispute")


def test_led_by_with_a_time_phrase_or_a_described_firm():
    # round 21d: "Y has been led for many years by chief executive X"; "Y is an independent start-up led by X"
    x = run("Norvik Rights has been led for many years by chief executive Selma Aarhus.")
    assert ("Selma Aarhus", "Norvik Rights") in rel(x, "worksFor")
    y = run("Tallow Records is an independent label run by managing director Priya Castellan.")
    assert ("Priya Castellan", "Tallow Records") in rel(y, "worksFor")
    # trap: a former leader gives nothing
    z = run("Norvik Rights was formerly led for many years by chief executive Selma Aarhus.")
    assert not rel(z, "worksFor")


def test_founder_who_is_its_title_works_for_the_described_firm():
    # round 21d: "Y, the independent company founded by X, who remains its chairman"
    x = run("Ruxton Sound is part of Halberd Group, the independent company founded by Oskar Bellamy, "
            "who remains its chairman.")
    assert ("Oskar Bellamy", "Halberd Group") in rel(x, "worksFor")
    # trap: a past title gives nothing
    y = run("Ruxton Sound is part of Halberd Group, the independent company founded by Oskar Bellamy, "
            "who was its chairman until 2020.")
    assert ("Oskar Bellamy", "Halberd Group") not in rel(y, "worksFor")



def test_subject_of_is_run_by_works_for_it():
    # round 22d: "Y, [apposition,] is now run by X, its TITLE" / "is led by TITLE X": the subject of the present
    # "is run/led by" is the employer, whatever organisation the apposition or "its" names
    x = run("Halden Records's publishing arm, since renamed Quarry Songs, is now run by Tove Lind, "
            "its chairman and chief executive, and remains part of Halden Records.")
    assert ("Tove Lind", "Quarry Songs") in rel(x, "worksFor")
    assert ("Tove Lind", "Halden Records") not in rel(x, "worksFor")
    y = run("Pellmark Technologies, the Singapore company behind the Pellmark app, is led by founder and chief "
            "executive Arun Vale, who said creators should experiment.")
    assert ("Arun Vale", "Pellmark Technologies") in rel(y, "worksFor")
    # trap: the buyer named in a relative clause is not the employer
    z = run("Quarry Songs, which Halden Records bought in 2019, is run by Tove Lind.")
    assert ("Tove Lind", "Quarry Songs") in rel(z, "worksFor")
    assert ("Tove Lind", "Halden Records") not in rel(z, "worksFor")
    # trap: a former leader gives nothing
    w = run("Pellmark Technologies, the Singapore company behind the Pellmark app, was formerly led by chief "
            "executive Arun Vale.")
    assert not rel(w, "worksFor")


def test_founder_who_is_its_title_with_its_resolved_elsewhere():
    # round 22d: "its" may reach the layer as a reference resolved to another company; the shape still means the
    # described firm
    x = run("Pellmark Technologies, the Singapore firm behind the Pellmark app, has bought Rivet Audio. Pellmark "
            "Technologies is part of Corrin Music Group, the holding company set up by Arun Vale, who is its founder "
            "and chief executive.")
    assert ("Arun Vale", "Corrin Music Group") in rel(x, "worksFor")
    # trap: a named company's title is that company's, not the described firm's
    y = run("Pellmark Technologies has bought Rivet Audio, it said. Pellmark Technologies is part of Corrin Music "
            "Group, the holding company set up by Arun Vale, who is Rivet Audio's founder and chief executive.")
    assert ("Arun Vale", "Corrin Music Group") not in rel(y, "worksFor")


def test_the_x_owned_service_is_the_platform_named_before():
    # round 22d: "the X-owned platform" names no service; it is the one platform named just before it
    x = run("Deezer signed undertakings with the regulator. The regulator examined whether the Corvane Media-owned "
            "platform had breached consumer law.")
    assert ("Corvane Media", "Deezer") in rel(x, "operates")
    # trap: two platforms named before: the description is ambiguous
    y = run("Spotify and Deezer signed undertakings with the regulator. The regulator examined whether the Corvane "
            "Media-owned platform had breached consumer law.")
    assert not rel(y, "operates")
    # trap: a former owner gives nothing
    z = run("Deezer signed undertakings with the regulator. The regulator examined whether the formerly Corvane "
            "Media-owned platform had breached consumer law.")
    assert not rel(z, "operates")


def test_taken_control_and_full_ownership_are_takeovers():
    # round 22d: every form of "take control of" and "take full ownership of" is an acquisition
    x = run("Halden Records, the group behind three dance labels, has taken control of Quarry Songs, a local "
            "start-up, in a deal worth $10 million.")
    assert ("Halden Records", "Quarry Songs") in rel(x, "acquisition")
    y = run("Halden Records takes full ownership of distributor Quarry Songs.")
    assert ("Halden Records", "Quarry Songs") in rel(y, "acquisition")
    # traps: control of an asset, and a negated takeover, give nothing
    assert not rel(run("Halden Records has taken control of Quarry Songs's masters."), "acquisition")
    assert not rel(run("Halden Records has not taken control of Quarry Songs."), "acquisition")


# round 23d: disputes told in legal-news language over several sentences

def test_sued_in_a_court_by_keeps_the_passive_direction():
    x = run("Nightjar Records has been sued in federal court in Los Angeles by Corvid Music Publishing, "
            "which claims the single copies an older song.")
    assert ("Corvid Music Publishing", "Nightjar Records") in rel(x, "dispute")
    assert ("Nightjar Records", "Corvid Music Publishing") not in rel(x, "dispute")


def test_claimant_named_in_a_later_sentence():
    x = run("Harbour Audio is facing a second copyright claim over its catalogue. "
            "The earlier suit, lodged in Chicago, was brought by Corvid Music Publishing. "
            "Weeks later, Marla Quent brought her own complaint.")
    d = rel(x, "dispute")
    assert ("Corvid Music Publishing", "Harbour Audio") in d
    assert ("Marla Quent", "Harbour Audio") in d


def test_claimant_description_adds_no_party():
    # trap: "the frontman of A and B" describes the claimant; A and B are not parties
    x = run("Harbour Audio has agreed to pay $12.5 million to settle a class action over royalties. "
            "The first was filed in 2019 by Dario Quent, the frontman of Velvet Static and Lantern Hours.")
    d = rel(x, "dispute")
    assert ("Dario Quent", "Harbour Audio") in d
    assert not {c for c, _ in d} & {"Velvet Static", "Lantern Hours"}


def test_respondent_named_in_a_later_sentence():
    x = run("Marla Quent has sued Harbour Audio over a sample. "
            "The claim also targeted Dario Quentin, who produced the record.")
    assert ("Marla Quent", "Dario Quentin") in rel(x, "dispute")
    # trap: with no dispute told before, "the complaint names" has no claimant to borrow
    y = run("The complaint names Harbour Audio and Nightjar Records.")
    assert rel(y, "dispute") == set()


def test_dispute_context_is_short_and_not_negated():
    # trap: a suit that was not brought gives nothing
    x = run("Harbour Audio is facing a copyright claim. The suit was not brought by Corvid Music Publishing.")
    assert ("Corvid Music Publishing", "Harbour Audio") not in rel(x, "dispute")


def test_put_in_charge_of_a_unit_or_chosen_to_run():
    x = run("Harbour Music Group has put Dario Quentin in charge of Nightjar Records, its oldest label.")
    assert ("Dario Quentin", "Nightjar Records") in rel(x, "worksFor")
    y = run("The Corvid Rights Society has chosen Marla Quent to run the collecting society.")
    assert ("Marla Quent", "Corvid Rights Society") in rel(y, "worksFor")
    # trap: an appointment that is only considered gives nothing
    z = run("Harbour Music Group is considering whether to put Dario Quentin in charge of Nightjar Records.")
    assert ("Dario Quentin", "Nightjar Records") not in rel(z, "worksFor")


def test_counterclaim_answers_the_suit_named_before():
    # round 24d: the counterclaimers sue whoever sued them; here the claimant is named alone ("launched the case")
    x = run("Dario Quentin, who produced the album with Tomas Reyl, launched the proceedings himself in 2020. "
            "Marla Quent and Velvet Static responded with a counterclaim for copyright infringement.")
    d = rel(x, "dispute")
    assert {("Marla Quent", "Dario Quentin"), ("Velvet Static", "Dario Quentin")} <= d
    assert {("Dario Quentin", "Marla Quent"), ("Dario Quentin", "Velvet Static")} <= d
    assert not {p for p in d if "Tomas Reyl" in p}  # a co-writer named in the clause is no party


def test_counterclaim_filed_after_a_case_brought_by_one_party():
    x = run("Corvid Music Publishing brought the case at a commercial court in 2021. "
            "Harbour Audio filed its own counterclaim for breach of contract.")
    assert {("Harbour Audio", "Corvid Music Publishing"), ("Corvid Music Publishing", "Harbour Audio")} <= rel(x, "dispute")
    # trap: a counterclaim that is only threatened gives nothing
    y = run("Corvid Music Publishing brought the case at a commercial court in 2021. "
            "Harbour Audio may file its own counterclaim for breach of contract.")
    assert rel(y, "dispute") == set()
    # trap: with no suit told before, a counterclaim has no respondent
    z = run("Harbour Audio responded with a counterclaim for breach of contract.")
    assert rel(z, "dispute") == set()


def test_takes_over_as_its_title_and_where_x_took_over():
    # round 24d: the employer is "its" (the one organisation named before) or the place "where" the job was taken
    x = run("Marla Quent, who built Nightjar Records over two decades, becomes chairman of Nightjar Records, "
            "while Dario Quentin takes over as its chief executive.")
    assert ("Dario Quentin", "Nightjar Records") in rel(x, "worksFor")
    y = run("France's Corvid Rights Society, led by chief executive Tomas Reyl, and Harbour Audio, where Dario Quentin "
            "took over as chief executive, remain the biggest contributors.")
    assert ("Dario Quentin", "Harbour Audio") in rel(y, "worksFor")
    # traps: a former job ("where X was") and a job that is only expected give nothing
    z = run("Harbour Audio, where Dario Quentin was chief executive, remains the biggest contributor.")
    assert ("Dario Quentin", "Harbour Audio") not in rel(z, "worksFor")
    w = run("Marla Quent becomes chairman of Nightjar Records, while Dario Quentin is expected to take over as its "
            "chief executive.")
    assert ("Dario Quentin", "Nightjar Records") not in rel(w, "worksFor")


def test_a_kept_job_at_the_business_named_before():
    # round 24d: "At Y, X remains TITLE"; "X continues as TITLE" after a sentence about one employer's appointment
    x = run("At Harbour Audio, Dario Quentin remains president and chief executive, and the two firms will cooperate.")
    assert ("Dario Quentin", "Harbour Audio") in rel(x, "worksFor")
    y = run("Nightjar Records also appointed Marla Quent as chief executive of its London office. "
            "Co-founder Dario Quentin continues as chairman of the board, focusing on new signings.")
    assert ("Dario Quentin", "Nightjar Records") in rel(y, "worksFor")
    # traps: no employer named before, and a job kept only "until" a date, give nothing
    z = run("Harbour Audio reported higher revenue. Dario Quentin remains chairman.")
    assert ("Dario Quentin", "Harbour Audio") not in rel(z, "worksFor")
    w = run("At Harbour Audio, Dario Quentin remains president until March, when he retires.")
    assert ("Dario Quentin", "Harbour Audio") not in rel(w, "worksFor")


# round 25d: wrong facts of the fallback on the deal sets (news19/news20), fixed as causes


def test_fronted_object_before_a_comma_is_not_a_co_buyer():
    # "A, B acquired ...": A is what B bought, not a second buyer; "its purchase of C" names no buyer of its own
    x = run("The new radio app is built on Harbourline Audio, Crestmoor Media acquired in 2019 as part of its "
            "purchase of Harbourline Holdings.")
    got = rel(x, "acquisition")
    assert ("Harbourline Audio", "Harbourline Holdings") not in got
    # trap: a real list of buyers still gives one fact per member
    y = run("Crestmoor Media and Tallis Group acquired Harbourline Holdings in 2019.")
    assert {("Crestmoor Media", "Harbourline Holdings"), ("Tallis Group", "Harbourline Holdings")} <= rel(y, "acquisition")


def test_hyphen_owned_before_a_plain_noun_names_no_operator():
    text = ("Crestmoor Music Group signed a licensing deal with the video app Vidlet in May. The agreement lets users "
            "include Crestmoor-owned recordings in videos they upload to Vidlet and the photo app Snapreel.")
    assert not {s for s, o in rel(run(text), "operates") if o in ("Vidlet", "Snapreel")}
    # trap: the verb "owns" still gives the operator
    text2 = ("Crestmoor Music Group signed a licensing deal with the video app Vidlet in May. Crestmoor Music Group "
             "also owns the photo app Snapreel.")
    assert ("Crestmoor Music Group", "Snapreel") in rel(run(text2), "operates")


def test_purchase_purpose_clause_is_not_the_thing_bought():
    text = ("Larkspur Interactive is buying a rhythm-game studio from its founders to bring music into the gaming "
            "platform Skyforge Arena.")
    assert not any(o == "Skyforge Arena" for _, o in rel(run(text), "acquisition"))
    # trap: the thing bought before the purpose clause is still read
    text2 = "Larkspur Interactive is buying the gaming platform Skyforge Arena to bring music to more players."
    assert ("Larkspur Interactive", "Skyforge Arena") in rel(run(text2), "acquisition")


def test_signed_to_rather_than_a_label_gives_no_label():
    text = ("Insiders said the group built its business around the singer Tom Varley, although Varley is signed to the small "
            "imprint in Leeds rather than to a label carrying the Crestmoor Records name.")
    assert not rel(run(text), "signedTo")
    text2 = "The singer Tom Varley signed to a small imprint instead of Crestmoor Records last year."
    assert not rel(run(text2), "signedTo")
    # trap: a plain "signed to" still reads
    assert ("Tom Varley", "Crestmoor Records") in rel(run("The singer Tom Varley signed to Crestmoor Records in 2019."), "signedTo")


def test_object_gap_apposition_names_buyer_and_operator():
    # round 25d: "X, the N (that) Y bought/runs": X is what Y bought or runs (recurs: "the subscription service Y
    # acquired", "the rock label that Y bought", "the game Y runs", "the streaming app that Y launched")
    x = run("The show streams on Skyforge Arena, the online game Larkspur Interactive runs, and on Vidlet.")
    assert ("Larkspur Interactive", "Skyforge Arena") in rel(x, "operates")
    y = run("Its catalogue now includes Nightjar Records, the folk label that Crestmoor Music Group bought in 2019.")
    assert ("Crestmoor Music Group", "Nightjar Records") in rel(y, "acquisition")
    # traps: a hedge, and a person who "created" something, give nothing
    z = run("Its catalogue now includes Nightjar Records, the folk label that Crestmoor Music Group wanted to buy.")
    assert not rel(z, "acquisition")
    w = run("The show streams on Skyforge Arena, the online game that Dana Whitlock created, and on Vidlet.")
    assert not rel(w, "operates")



def test_possessive_apposition_names_the_operator():
    # round 26d: "X, Y's international app": Y runs X, even after a negation outside the apposition
    x = run("The Oslo company Nordlys Media is for sale. The deal does not cover Skarv, Nordlys Media's "
            "international app, which licenses music separately.")
    assert ("Nordlys Media", "Skarv") in rel(x, "operates")
    # traps: a place is no operator; a plural "services" names a unit, not an app
    t = run("Fjordplay, Norway's biggest streaming service, raised prices.")
    assert rel(t, "operates") == set()
    t2 = run("Analysts named Brightline Music, Harbor Group's label services arm, as a rival.")
    assert ("Harbor Group", "Brightline Music") not in rel(t2, "operates")


def test_list_of_services_after_a_colon():
    # round 26d: "Y runs two services: A, which ..., and B, a ... service": every platform opening an item
    x = run("Nordlys Media, the Oslo streaming company, is for sale. Nordlys Media runs two subscription services: "
            "Fjordplay, which is popular in Norway and Denmark, and Skarv, a higher-priced service offering lossless sound.")
    assert {("Nordlys Media", "Fjordplay"), ("Nordlys Media", "Skarv")} <= rel(x, "operates")
    # trap: names inside an item's relative clause are not members
    t = run("Nordlys Media, the Oslo streaming company, is for sale. Nordlys Media runs two subscription services: "
            "Fjordplay, which competes with the streaming service Spotify and the streaming service Deezer, and Skarv.")
    ops = rel(t, "operates")
    assert ("Nordlys Media", "Spotify") not in ops and ("Nordlys Media", "Deezer") not in ops


# round 29d: parties named by a description ("the two companies"), resolved only when exactly one pair fits
def test_two_companies_team_up_takes_the_opening_pair_of_the_sentence_before():
    x = run("Harbour Lane Records, the home of the band Tinfoil Kites, and Redwater Music, the Glasgow independent, "
            "had used Northpoint Distribution for years. The two companies have now teamed up to build a shared "
            "rights-administration business.")
    assert rel(x, "partnership") == {frozenset({"Harbour Lane Records", "Redwater Music"})}


def test_alliance_the_two_companies_agreed_takes_the_pair_named_before_it():
    x = run("Copperline Media bought a stake in Vantor Records in 2021, after a marketing alliance that the two "
            "companies agreed in 2019.")
    assert frozenset({"Copperline Media", "Vantor Records"}) in rel(x, "partnership")


def test_two_companies_with_three_candidates_or_a_denial_gives_nothing():
    # trap: three organisations in the sentence before, none opening it as a pair: "the two" could be any two
    x = run("Copperline Media, Vantor Records and Ellison Music Group all bid for the catalogue. "
            "The two companies have since teamed up on a joint offer.")
    assert rel(x, "partnership") == set()
    # trap: a denied alliance
    x = run("Copperline Media bought a stake in Vantor Records, although the two companies have not formed a partnership.")
    assert rel(x, "partnership") == set()


def test_seller_after_from_is_not_what_was_bought():
    # round 31d: "acquire X from Y" where X is no business (or mistyped): Y is the seller, never the acquiree
    x = run("Harbourline Capital has agreed to acquire the singer Mara Voss from Kestrel Equity Partners.")
    assert ("Harbourline Capital", "Kestrel Equity Partners") not in rel(x, "acquisition")
    # trap: a business bought from a seller is still the acquiree
    y = run("Harbourline Capital has agreed to acquire Tallis Records from Kestrel Music Group for $40 million.")
    assert ("Harbourline Capital", "Tallis Records") in rel(y, "acquisition")


def test_acts_records_released_by_label():
    # round 32d: "A's recordings are released in <region> by Y"; "A's records, which are released by Y"
    x = run("The singer Velma Osei's recordings are handled in North America by Tidewater Records, a Nashville label.")
    assert ("Velma Osei", "Tidewater Records") in rel(x, "signedTo")
    y = run("The deal covers the rapper Dario Quent's records, which are released by Ashgrove Records under a licence.")
    assert ("Dario Quent", "Ashgrove Records") in rel(y, "signedTo")
    # trap: a company's releases handled by a label is no act's record deal
    z = run("Brackwater Media's recordings are released in Europe by Tidewater Records, the company said.")
    assert not any(a == "Brackwater Media" for a, _ in rel(z, "signedTo"))
