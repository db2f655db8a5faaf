"""Round 38c: band members and stage names typed Artist (kg/extract/mentions.py), on invented sentences."""
from tests.extract_helpers import run, types


def test_a_labels_roster_lists_acts():
    x = run("Brightwater Records said on Monday that its current roster includes Tobi Kade, Lena Fross and "
            "Vantablue, and that it will sign more acts this year.")
    assert all("Artist" in types(x, n) for n in ("Tobi Kade", "Lena Fross", "Vantablue"))


def test_a_portfolio_is_not_a_roster():
    # trap: the companies a fund holds are not acts
    x = run("The fund's portfolio includes Harbor Songs and Quillon Music.")
    assert "Artist" not in types(x, "Harbor Songs") and "Artist" not in types(x, "Quillon Music")


def test_members_of_the_band_among_them():
    x = run("The publisher sued members of the band, among them Mark Delaney, Peter Osei and Ruth Vance, in the High Court.")
    assert all("Artist" in types(x, n) for n in ("Mark Delaney", "Peter Osei", "Ruth Vance"))


def test_members_of_the_board_are_people():
    # trap: a board's members are not performers
    x = run("The trade body sued members of the board, among them Mark Delaney and Peter Osei, in the High Court.")
    assert types(x, "Mark Delaney") == {"Person"} and types(x, "Peter Osei") == {"Person"}


def test_who_performs_as_a_stage_name():
    x = run("The suit names Dana Whitlock, who performs as Velvet Static, and her publisher.")
    assert "Artist" in types(x, "Dana Whitlock")
    x = run("The suit names Dana Whitlock, the Ohio songwriter who records as Velvet Static, and her publisher.")
    assert "Artist" in types(x, "Dana Whitlock")


def test_who_works_as_is_a_job():
    # trap: "works as a lawyer" is a job, not a stage name
    x = run("The suit names Dana Whitlock, who works as a lawyer for the label, and her publisher.")
    assert types(x, "Dana Whitlock") == {"Person"}
