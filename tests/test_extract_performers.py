"""Round 21a: performers of works the pattern tables left without one (kg/extract/performers.py)."""
from kg.extract import extract
from kg.model import Article
from tests.extract_helpers import rel, run


def test_guest_on_which_appears():
    x = run('The rapper Kai Moreno, who is signed to Bluefin Records, put out an album in 2021, and its single "Paper Moon", '
            'on which the singer Jessa Quill appears as a guest, went gold.')
    assert ("Paper Moon", "Jessa Quill") in rel(x, "performedBy")


def test_possessive_release_noun_takes_nearest_artist():
    x = run('By the time her second album, "Glass Rooms", arrived in 2019, the singer Jessa Quill had '
            'signed with Bluefin Records.')
    assert ("Glass Rooms", "Jessa Quill") in rel(x, "performedBy")


def test_possessive_guarded_by_writing_and_copying():
    # trap: the nearest artist before "his 2014 hit" is the one whose song was said to be copied
    x = run('A jury found that the singer Tom Varley did not copy the singer Jessa Quill\'s "Low Light" when he wrote '
            '"Harbour Song", his 2014 hit.')
    assert ("Harbour Song", "Jessa Quill") not in rel(x, "performedBy")


# --- round 21f -----------------------------------------------------------------------------------------------------
from kg.extract import extract  # noqa: E402
from kg.model import Article  # noqa: E402


def _article(headline: str, body: str):
    return extract(Article(text=f"{headline}\n\n{body}", title=headline, path="t.txt"), learned=False)


def test_subject_released_release_noun_apposition():
    x = run('The singer Mara Linde released a new studio album, "Coastline Hymns", without notice on Friday. '
            'Bluefin Records released a new compilation, "Summer Tapes", in June.')
    assert ("Coastline Hymns", "Mara Linde") in rel(x, "performedBy")
    # trap: a label that releases is no performer
    assert not {p for w, p in rel(x, "performedBy") if w == "Summer Tapes"}


def test_subject_broke_through_with_a_list_of_works():
    x = run('The rapper Dex Varro, who is signed to Bluefin Records, broke through with the 2019 mixtape "Night Drive" '
            'and the viral hit "Cold Water".')
    assert {("Night Drive", "Dex Varro"), ("Cold Water", "Dex Varro")} <= rel(x, "performedBy")


def test_subject_hit_with_a_cover_gives_nothing():
    x = run('The rapper Dex Varro scored a worldwide hit with a cover of "Blue Road" in 2015.')
    assert ("Blue Road", "Dex Varro") not in rel(x, "performedBy")


def test_possessive_name_first_album_for_the_label():
    x = run('The singer Mara Linde joined Bluefin Records in 2019. Linde\'s first album for the label, "Salt Flats", '
            'was released in May.')
    assert ("Salt Flats", "Mara Linde") in rel(x, "performedBy")


def test_central_artist_release_intro():
    x = _article("Nova Reyes signs with Bluefin Records",
                 'The singer Nova Reyes has signed with Bluefin Records. Reyes grew up in Lisbon. '
                 'The breakthrough came in 2018 with "Glass Rooms", a song about leaving home. '
                 'The first single, "Paper Moon", was a six-minute piano ballad.')
    got = rel(x, "performedBy")
    assert {("Glass Rooms", "Nova Reyes"), ("Paper Moon", "Nova Reyes")} <= got


def test_central_artist_not_given_works_of_others():
    x = _article("Nova Reyes signs with Bluefin Records",
                 'The singer Nova Reyes has signed with Bluefin Records. Reyes grew up in Lisbon. '
                 'The singer Tom Varley once topped the charts there. The first single, "Old Roads", was a ballad. '
                 'Reyes has been sued over the song "Grey Harbour", a 2012 single.')
    got = {w for w, _ in rel(x, "performedBy")}
    # traps: another artist is named nearby; a lawsuit over a song
    assert "Old Roads" not in got and "Grey Harbour" not in got


def test_central_artist_needs_the_headline():
    x = run('The singer Nova Reyes has signed with Bluefin Records. Reyes grew up in Lisbon. '
            'The first single, "Paper Moon", was a six-minute piano ballad.')
    assert ("Paper Moon", "Nova Reyes") not in rel(x, "performedBy")


def test_track_of_an_album_gets_its_performer():
    x = run('The singer Mara Linde released a new studio album, "Coastline Hymns", in May. "Coastline Hymns", which '
            'included the single "Blue Road", went gold. "Summer Tapes", a 1998 compilation album, included a cover of '
            'the song "Cold Water".')
    got = rel(x, "performedBy")
    assert ("Blue Road", "Mara Linde") in got
    assert ("Cold Water", "Mara Linde") not in got


# --- round 23f -----------------------------------------------------------------------------------------------------
def test_possessive_in_a_lawsuit_keeps_the_copied_song_with_its_performer():
    x = run('The singer Mara Linde has been sued in federal court by Harbour Songs LLC, which claims that her 2021 '
            'chart-topper "Velvet Static" copies elements of "Low Tide", the 2010 ballad by the singer Tom Varley.')
    got = rel(x, "performedBy")
    assert ("Velvet Static", "Mara Linde") in got
    # trap: the song said to be copied is never given to the defendant
    assert ("Low Tide", "Mara Linde") not in got


def test_their_after_two_coordinated_artists_is_both():
    x = run('A court in Lisbon rejected a plagiarism claim against the singer Nova Reyes and the rapper Dex Varro '
            'over their award-winning duet "Paper Boats".')
    assert {("Paper Boats", "Nova Reyes"), ("Paper Boats", "Dex Varro")} <= rel(x, "performedBy")


def test_possessive_after_two_parties_of_a_suit_is_ambiguous():
    # trap: "her" could be either party of the suit; the nearest one before is the claimant
    x = run('The singer Jessa Quill was sued by the singer Tom Varley, who says her 2019 chart-topper "Grey Harbour" '
            'copied a melody he recorded in 2009.')
    assert ("Grey Harbour", "Tom Varley") not in rel(x, "performedBy")


def test_possessive_release_noun_with_a_list_of_works():
    x = run('The rapper Dex Varro said the clip had been added to the openings of two of his songs, "Red Canyon" and '
            '"Blue Road", without his consent.')
    assert {("Red Canyon", "Dex Varro"), ("Blue Road", "Dex Varro")} <= rel(x, "performedBy")


def test_possessive_takes_the_subject_of_the_sentence_before():
    x = run('The singer Kai Moreno, a member of the boy band Tidewater, ended the year with a No. 1 to his name. '
            'His first solo duet, "Seven Lakes", entered the chart at the top.')
    got = rel(x, "performedBy")
    assert ("Seven Lakes", "Kai Moreno") in got
    assert ("Seven Lakes", "Tidewater") not in got  # trap: the last artist of the sentence before


def test_its_track_is_a_track_of_the_album_before():
    x = run('The singer Mara Linde released a new studio album, "Coastline Hymns", in May. Its most talked-about '
            'track is "Blue Road", a duet with the singer Tom Varley. Bluefin Records signed the rapper Dex Varro '
            'in 2020. Its best-selling single is "Red Canyon".')
    got = rel(x, "performedBy")
    assert {("Blue Road", "Mara Linde"), ("Blue Road", "Tom Varley")} <= got
    # trap: "Its" is a label here, and no album before has a performer
    assert not {p for w, p in got if w == "Red Canyon"}


def test_subject_followed_the_single_with_an_album():
    x = run('The singer Mara Linde followed the single with a full album, "Salt Flats", in November.')
    assert ("Salt Flats", "Mara Linde") in rel(x, "performedBy")


def test_possessive_with_nobody_before_takes_the_central_artist():
    x = _article("Kai Moreno tops the chart again",
                 'The singer Kai Moreno topped the chart again this week. Moreno grew up in Lisbon. The city had few '
                 'clubs then. Local stations played little rap. By the time his 2021 chart-topper, "Salt Flats", came '
                 'out, the rapper Dex Varro had joined the tour.')
    got = rel(x, "performedBy")
    assert ("Salt Flats", "Kai Moreno") in got
    assert ("Salt Flats", "Dex Varro") not in got  # trap: the artist named after the work


def test_quoted_title_before_her_duet_with_is_a_work():
    x = run('The singer Mara Linde signed with Bluefin Records in 2016. Two years later "Velvet Hours", her duet with '
            'the rapper Dex Varro, became one of the most played songs of the year. Harbour Lane, a collaboration '
            'with the rapper Kai Moreno, opened as a studio in 2020.')
    got = rel(x, "performedBy")
    assert {("Velvet Hours", "Mara Linde"), ("Velvet Hours", "Dex Varro")} <= got
    assert not {w for w, p in got if p == "Kai Moreno"}  # trap: an unquoted name is no title


# --- round 24f -----------------------------------------------------------------------------------------------------
def test_artist_possessive_on_untyped_title_in_chart_news():
    x = run("The singer Jessa Quill signed with Bluefin Records in 2020. "
            "Jessa Quill's Harbor Lights passed 500 million streams this week, the label said.")
    assert ("Harbor Lights", "Jessa Quill") in rel(x, "performedBy")


def test_artist_possessive_trap_tour_and_no_music_context():
    # traps: a tour is no work; without records, charts or streams nearby the name may be anything
    x = run("The singer Jessa Quill signed with Bluefin Records in 2020. "
            "Jessa Quill's Velvet Tour sold out arenas in the spring. "
            "Jessa Quill's Harbor Lights opened near the river last week.")
    perf = rel(x, "performedBy")
    assert ("Velvet Tour", "Jessa Quill") not in perf
    assert ("Harbor Lights", "Jessa Quill") not in perf


def test_guest_featured_on_tracks_including_title():
    x = run("The rapper Kai Moreno, who is signed to Bluefin Records, had a quiet year. "
            "Kai Moreno featured on two tracks from a new album, including Night Bus, which reached a wide audience.")
    assert ("Night Bus", "Kai Moreno") in rel(x, "performedBy")


def test_guest_on_trap_stage_and_show():
    # traps: a stage and a television show are no works
    x = run('The rapper Kai Moreno, who is signed to Bluefin Records, appeared on stage in Leeds and '
            'Kai Moreno appeared on "Late Lounge" the next week.')
    assert not {p for p in rel(x, "performedBy") if p[1] == "Kai Moreno"}


def test_possessive_owner_is_not_a_guest_named_after_the_work():
    # trap: the only artist of the sentence is the guest on another single; the album is not hers
    x = run("The record market grew again last year. "
            "His debut album, Harbor Lights, arrived in 2021 with the singles Blue Hour and Low Tide, "
            "the latter featuring Jessa Quill.")
    assert ("Harbor Lights", "Jessa Quill") not in rel(x, "performedBy")


# --- round 25f -----------------------------------------------------------------------------------------------------
def test_central_artist_release_noun_apposition():
    x = _article("Nova Reyes signs with Bluefin Records",
                 'The singer Nova Reyes has signed with Bluefin Records. Reyes grew up in Lisbon. '
                 'Reyes has gone to court over her contract. "Glass Rooms", the 2017 single that made her a star, '
                 'still sells well. Reyes plans a tour.')
    assert ("Glass Rooms", "Nova Reyes") in rel(x, "performedBy")


def test_central_artist_apposition_traps_by_and_borrowing():
    x = _article("Nova Reyes signs with Bluefin Records",
                 'The singer Nova Reyes has signed with Bluefin Records. Reyes grew up in Lisbon. '
                 'Reyes is said to have copied "Grey Harbour", the 1971 song that opens her show. '
                 '"Paper Moon", the 1988 single by the Lisbon Trio, opens her show. Reyes plans a tour.')
    got = rel(x, "performedBy")
    # traps: a borrowing claim; a release noun with "by" names somebody else
    assert ("Grey Harbour", "Nova Reyes") not in got and ("Paper Moon", "Nova Reyes") not in got


def test_recorded_with_gives_guest_and_central_artist():
    x = _article("Nova Reyes signs with Bluefin Records",
                 'The singer Nova Reyes has signed with Bluefin Records. Reyes grew up in Lisbon. '
                 '"Paper Moon", recorded with the Cuban singer Tom Varley in 2019, became her biggest song. '
                 '"Blue Road", a song written with Tom Varley, followed.')
    got = rel(x, "performedBy")
    assert {("Paper Moon", "Nova Reyes"), ("Paper Moon", "Tom Varley")} <= got
    # trap: a co-writer is no performer
    assert ("Blue Road", "Tom Varley") not in got


def test_hit_for_an_act():
    x = run('Two writers say the chorus was copied from "Low Light", a hit for the Spanish singer Tom Varley in 1981, '
            'and from "Harbour Song", a song written for the singer Jessa Quill.')
    got = rel(x, "performedBy")
    assert ("Low Light", "Tom Varley") in got
    # trap: a song written for an act names its writer's client, not a performance
    assert ("Harbour Song", "Jessa Quill") not in got


def test_name_possessive_apposition_after_the_work():
    x = run('The singer Tom Varley has sold his songs. '
            '"Low Light", Tom Varley\'s 1969 breakthrough, and "Harbour Song" now sit in one catalogue. '
            '"Blue Road", Jessa Quill\'s single with Tom Varley, charted.')
    got = rel(x, "performedBy")
    assert ("Low Light", "Tom Varley") in got
    # trap: the bare title after the apposition gets nothing from it
    assert ("Harbour Song", "Tom Varley") not in got


def test_remix_of_own_hit_does_not_block_central_intro():
    x = _article("Kai Moreno signs with Bluefin Records",
                 'The rapper Kai Moreno has signed with Bluefin Records. Moreno grew up in Atlanta. '
                 'A follow-up EP, "Seven Days", arrived in June and includes "Panino" alongside the remix of his first hit. '
                 'The single "Night Bus" came out with a remix of Tom Varley\'s "Low Light".')
    got = rel(x, "performedBy")
    assert {("Seven Days", "Kai Moreno"), ("Panino", "Kai Moreno")} <= got
    # trap: a remix of somebody else's song still keeps the central artist away
    assert ("Night Bus", "Kai Moreno") not in got


# --- round 26f -----------------------------------------------------------------------------------------------------
def test_central_artist_tie_goes_to_the_headline_act():
    x = _article("Glass Harbour announce a reunion tour",
                 'The band Glass Harbour will play eight stadium dates next summer. The singer Mara Linde and the '
                 'guitarist Tom Varley ended a long feud to announce the dates. Linde and Varley spoke to reporters '
                 'in Dublin. The set is built around "Salt Flats", the 1996 debut.')
    assert ("Salt Flats", "Glass Harbour") in rel(x, "performedBy")


def test_central_artist_tie_without_the_headline_gives_nothing():
    # trap: the tied acts are both named in the headline; neither is the article's artist
    x = _article("Mara Linde and Tom Varley end their feud",
                 'The singer Mara Linde and the singer Tom Varley ended a long feud on Friday. '
                 'Linde and Varley spoke to reporters in Dublin. '
                 'The set is built around "Salt Flats", the 1996 debut.')
    assert not {p for w, p in rel(x, "performedBy") if w == "Salt Flats"}


def test_act_records_including_an_example():
    x = run('Harbour Lane is the indie label that also releases the singer Mara Linde\'s own records, including the 2020 '
            'album "Salt Flats". The singer Tom Varley has released his recent albums through Bluefin Records, '
            'including "Paper Moon" in 2017.')
    got = rel(x, "performedBy")
    assert {("Salt Flats", "Mara Linde"), ("Paper Moon", "Tom Varley")} <= got


def test_act_songs_or_a_claim_including_gives_nothing():
    # traps: songs an act wrote are compositions; a claim over an act's recordings may name the other side's work
    x = run('The catalogue covers the songs the singer Mara Linde wrote for other acts, including "Salt Flats". '
            'The singer Tom Varley sued over his master recordings, including "Paper Moon".')
    got = rel(x, "performedBy")
    assert ("Salt Flats", "Mara Linde") not in got and ("Paper Moon", "Tom Varley") not in got



# --- round 29f: an album's guests -------------------------------------------------------------------------------
def test_album_collaborations_give_the_guests_no_performer():
    # an album's guest list is no performance of the album (gold convention); trap: a single's featured act counts
    x = run('Rapper Dex Moran and singer Lola Brandt are on tour. The album "Glass Hours" debuted at No. 3 on the chart. '
            'The album includes collaborations with Dex Moran, Lola Brandt and others. The single "Paper Moon" debuted '
            'at No. 5. "Paper Moon", featuring Dex Moran, went gold.')
    got = rel(x, "performedBy")
    assert ("Glass Hours", "Dex Moran") not in got and ("Glass Hours", "Lola Brandt") not in got
    assert ("Paper Moon", "Dex Moran") in got


# --- round 30f: a band's works go to the band ---------------------------------------------------------------------


def test_band_work_goes_to_band_not_member():
    # the member is the central artist (headline, most mentions), but the sentence speaks of the band's records
    text = ("Mara Quill, the singer of the rock band The Lanterns, has left the band. Quill said the split was friendly. "
            "Fans will miss the band's early records, including \"Harbour Lights\", the 1991 single that made them famous.")
    x = extract(Article(text=f"Mara Quill quits\n\n{text}", title="Mara Quill quits", path="t.txt"), learned=False)
    assert ("Harbour Lights", "The Lanterns") in rel(x, "performedBy")
    assert ("Harbour Lights", "Mara Quill") not in rel(x, "performedBy")


def test_member_solo_work_stays_with_member():
    # trap: the same band and member, but the work is the member's solo record
    text = ("Mara Quill, the singer of the rock band The Lanterns, has left the band. Quill said the split was friendly. "
            "She will tour \"Harbour Lights\", the 1996 solo single she made after the band.")
    x = extract(Article(text=f"Mara Quill quits\n\n{text}", title="Mara Quill quits", path="t.txt"), learned=False)
    assert ("Harbour Lights", "The Lanterns") not in rel(x, "performedBy")


# --- round 31f: a release opening its sentence with its label -----------------------------------------------------
def _headlined(head: str, text: str):
    return extract(Article(text=f"{head}\n\n{text}", title=head, path="t.txt"), learned=False)


def test_release_with_its_label_goes_to_central_artist():
    text = ("The singer Jessa Quill has the top album in the country. Quill began writing it on tour last year. "
            "\"Glass Rooms\", released on Bluefin Records in early May, opened at No. 1 on the album chart.")
    x = _headlined("Jessa Quill tops the chart", text)
    assert ("Glass Rooms", "Jessa Quill") in rel(x, "performedBy")


def test_release_with_its_label_trap_other_act_nearby():
    # trap: another act is named in the sentence before; the release may be theirs
    text = ("The singer Jessa Quill has the top album in the country. Quill beat the rapper Dex Moran to the spot. "
            "\"Glass Rooms\", released on Bluefin Records in early May, opened at No. 1 on the album chart.")
    x = _headlined("Jessa Quill tops the chart", text)
    assert ("Glass Rooms", "Jessa Quill") not in rel(x, "performedBy")


def test_release_with_its_label_trap_credit():
    # trap: a producer's credit in the sentence is no sign of who performs
    text = ("The singer Jessa Quill has the top album in the country. Quill began writing it on tour last year. "
            "\"Glass Rooms\", released on Bluefin Records in early May and produced by Tom Varley, opened at No. 1.")
    x = _headlined("Jessa Quill tops the chart", text)
    assert ("Glass Rooms", "Jessa Quill") not in rel(x, "performedBy")
