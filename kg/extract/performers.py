"""Performers of works: a recall layer for works the pattern tables left without a performer.

Two shapes, both read on the masked sentence (``@k@`` placeholders) after the pattern tables and
the fallback triggers ran, and only for works that have no performer yet:

* **guest frames** after a work: ""W", featuring B", "W, a duet with B", "W, her collaboration with
  B", "W, recorded with B", "W, with verses from B, C and D", ""W", on which B appears as a guest".
  Each named act performs the work; the act the possessive points to ("her duet with B") too.
* **possessive release nouns** the mention resolver left unresolved: "Her 2022 album, W", ""W", his
  third album", "their first single, W". The owner is the nearest artist of the sentence (the one
  before the work first), else the last artist named in the two sentences before.

Guards: credits that are not performance (written / co-wrote / produced by / songwriter), covers
and samples ("sampled", "copied", "interpolates", "cover of"), negation, and a label or company as
the performer (only entities typed Artist, never an organisation, perform).
"""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from kg.extract.mentions import ORG_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from kg.extract.facts import FactFinder

_DEBUG = bool(os.environ.get("KG_PERF_DEBUG"))

_E = r"@\d+@"
_Q = r"[\"']?"
#: Release nouns: what an act puts out.
_REL_N = r"(?:album|single|ep|lp|mixtape|hit|smash|breakthrough|debut|ballad|anthem|record|song|track|chart-topper|duet)s?"
_POSS = r"(?:her|his|their)"
#: An act list after a guest word: "B", "B and C", "B, C and D" (optionally "the American rapper B").
_ACTS = rf"(?:(?:the\s+)?(?:[A-Za-z-]+\s+){{0,3}}?)(?P<acts>{_E}(?:\s*,\s*{_E})*(?:,?\s+and\s+{_E})?)"

_GUEST = re.compile(
    rf"(?P<w>{_E}){_Q}\s*,?\s*{_Q}\s*(?:,\s*)?(?:which\s+|that\s+)?"
    rf"(?:(?P<poss>{_POSS})\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:featuring|feat\.|ft\.|features|(?P<duo>(?:duet|collaboration|team-up)\s+with)|(?:hit|single)\s+with|recorded\s+with|"
    rf"(?:brought|brings|bringing)\s+together|"
    rf"with\s+(?:guest\s+)?(?:verses|vocals|a\s+verse|guest\s+vocals)\s+(?:from|by)|with(?=\s+{_E}\s*,))\s+" + _ACTS)
#: Guest nouns that make the quoted title before them a work: ""W", a duet with B", ""W", her collaboration with B".
_DUET = re.compile(r"[\"']\s*,\s*(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:duet|collaboration|team-up)\s+with\b", re.I)
_ON_WHICH = re.compile(rf"(?P<w>{_E}){_Q}\s*,\s*on\s+which\s+(?P<acts>{_E})\s+(?:appears|features|raps|sings|guests)\b")
# --- round 39f ---------------------------------------------------------------------------------------
#: ""W", on which A is joined by the Spanish singer B": the lead act and every act it is joined by perform W (a
#: descriptor of two words may stand before each name: "Nigerian singer B and British vocalist C").
_JOINED = re.compile(rf"(?P<w>{_E}){_Q}\s*,\s*on\s+which\s+(?P<lead>{_E})\s+(?:is|was|are|were)\s+(?:joined|accompanied)\s+by\s+"
                     rf"(?P<acts>(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_E}(?:(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_E})*)")

_POSS_BEFORE = re.compile(rf"\b(?P<poss>{_POSS})\s+(?:[\w-]+\s+){{0,3}}?{_REL_N}\s*,?\s*{_Q}(?P<w>{_E}){_Q}"
                          rf"(?P<more>(?:\s*(?:,\s*(?:and\s+)?|,?\s+and\s+){_Q}{_E}{_Q}){{0,3}})", re.I)
_POSS_AFTER = re.compile(rf"(?P<w>{_E}){_Q}\s*,\s*(?P<poss>{_POSS})\s+(?:[\w-]+\s+){{0,3}}?{_REL_N}\b", re.I)

#: Credits and uses that are not performance, between the work and the act.
_NOT_PERF = re.compile(r"\b(?:wr[io]te|written|co-?writ\w*|co-wrote|produc\w*|songwriter\w*|composer\w*|compos\w*|"
                       r"sampl\w*|cop(?:y|ied|ies)|interpolat\w*|cover\w*|remak\w*|borrow\w*|lifted|not|never|n't|"
                       r"without|rather\s+than|unlike|compared)\b", re.I)


# --- round 29f ---------------------------------------------------------------------------------------
#: An album's guest list, not a track's featured act: "includes collaborations with B, C", "contains duets with B",
#: "with guest spots from B". The gold gives an album's guests no performedBy; a track's featured artist counts.
_ALBUM_GUESTS = re.compile(r"\b(?:includ\w*|contain\w*|boasts?|collaborations|duets|team-ups|guest\s+(?:spots|appearances))\b",
                           re.I)


def _is_album(ff: FactFinder, ph: str) -> bool:
    """Whether the mention behind placeholder ``ph`` is an album by its own words ("the album", "her new LP")."""
    x = ff.mf.mentions[int(ph.strip("@"))]
    return x.kind == "desc" and bool(re.search(r"(?i)\b(?:album|LP|mixtape|record)s?$", x.text))


# --- round 21f ---------------------------------------------------------------------------------------
#: A work list after a release phrase: "W", "W and V", "the 2019 mixtape W and the viral hit "V"".
_WNOUN = rf"(?:(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){{0,3}}?{_REL_N}\s*,?\s*)?"
#: (a later item's noun may be a resolved description: "and the viral hit "V"" reads "and @k@ "@j@"")
_WLIST = rf"(?P<ws>{_Q}{_E}{_Q}(?:\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)(?:{_E}\s+(?={_Q}{_E})|{_WNOUN}){_Q}{_E}{_Q}){{0,3}})"
#: "X released W", "X, who is signed to L, released W", "X scored a worldwide hit with W", "X broke through with
#: the 2019 mixtape W and the viral hit V", "X reached a global audience with W".
#: Round 37f: "X, who rose to fame on a TV show and scored hits including W", "X, formed through an audition
#: series, debuted in 2024 and had a breakout with the song W", "X ... followed it with hits including W and V".
_HITS_INCL = r"(?:(?:[\w-]+\s+){0,2}?(?:hits|songs|singles|classics)\s*,?\s*(?:including|such\s+as)\s+)"
_SUBJ_VERB = re.compile(
    rf"(?P<a>{_E})(?:'s)?\s*(?:,\s+(?:who|formed|founded)\s+[^,;@]{{0,50}}(?:{_E}[^,;@]{{0,20}})?(?:,|\s+and\b))?\s*"
    rf"(?:(?:has|had|have|then|later|first|finally)\s+)?"
    rf"(?:(?:released|put\s+out|dropped|issued|unveiled)\s+{_WNOUN}|(?:scored|had|enjoyed|landed)\s+{_HITS_INCL}|"
    rf"(?:scored|reached|found|won|broke\s+through|followed|rose\s+to\s+fame|made\s+(?:his|her|their)\s+name|had|enjoyed|landed|debuted)"
    rf"\b[^@.;]{{0,40}}?\bwith\s+(?:{_HITS_INCL}|{_WNOUN}))" + _WLIST)
#: Round 37f: the same subject's second verb later in the sentence: "X rose to fame with W, the 2007 single featuring
#: B, and followed it with hits including V and U".
_AND_VERB = re.compile(rf"\band\s+(?:then\s+|later\s+)?(?:followed\s+(?:it|that|them|this)\s+with\s+|(?:scored|had|enjoyed|landed)\s+)"
                       rf"(?:{_HITS_INCL}|{_WNOUN})" + _WLIST)
#: "X's first album for the label, W": a possessive name before a release noun.
_NAME_POSS = re.compile(rf"(?P<a>{_E})'s\s+(?:[\w-]+\s+){{0,3}}?{_REL_N}\b(?:\s+(?:for|on|with)\s+(?:the\s+[\w-]+|{_E}))?\s*,?\s*{_Q}(?P<w>{_E})")
#: Central-artist intros: "The first single, W", "A follow-up EP, "7"", "The 2019 album W", "its follow-up, W",
#: "The first single from the record, W", "The breakthrough came in 2018 with W".
_REL_N2 = rf"(?:{_REL_N}|follow-up)"
_INTRO = re.compile(
    rf"(?:\b(?:the|a|an|its|this|that)\s+(?:[\w-]+\s+){{0,3}}?{_REL_N2}(?:\s+(?P<mid>{_E}))?(?:\s+from\s+(?:the|that|this)\s+(?:record|album))?"
    rf"\s*,?\s*{_Q}(?P<w>{_E})|\b(?:breakthrough|success|hit)\s+came\b[^@.;]{{0,25}}?\bwith\s+{_Q}(?P<w2>{_E}))", re.I)
#: Sentences about somebody else's work or a dispute over it: the central artist is not its performer.
_OTHERS = re.compile(r"\b(?:sued|su(?:e|es|ing)|lawsuit|claim\w*|infring\w*|copyright|court|plagiar\w*|similar\w*|"
                     r"resembl\w*|tribute|version|remix\w*|like|inspired|influenc\w*|heard|favourite|favorite|"
                     r"catalogue|catalog|rights)\b", re.I)


#: Tracks of an album: "Its single "TQG"", "the album's lead single W", "W, which included "V"", "A follow-up EP,
#: "7", arrived in June and includes "Panini"", "The album also features the single W".
_TRACK_N = r"(?:(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:singles?|tracks?|songs?|hits?|cuts?)\s*,?\s*(?:such\s+as\s+)?)"
_ALBUM_POSS = re.compile(rf"(?P<alb>{_E})'s\s+(?:[\w-]+\s+){{0,2}}?(?:singles?|tracks?|songs?|hits?|cuts?)\s*,?\s*(?:including\s+)?" + _WLIST)
_ALBUM_HAS = re.compile(rf"(?P<alb>{_E}){_Q}\s*,?\s*(?:which\s+|that\s+)?(?:[^@.;]{{0,40}}?\s)?(?:also\s+)?"
                        rf"(?:included|includes|include|features|featured|carries|carried|contains|contained|spawned|yielded)\s+"
                        rf"(?:{_TRACK_N}|{_E}\s+)?" + _WLIST)  # "the single" may be a resolved description


#: "Its most talked-about track is W", "Its single "W", with B, ...": "Its" opening the sentence is the album of the
#: sentence before.
_ITS_TRACK = re.compile(rf"^\W*its\s+(?:[\w-]+\s+){{0,3}}?(?:singles?|tracks?|songs?|hits?|cuts?)\s*"
                        rf"(?:,\s*|(?:is|was|are|were|include|included|includes)\s+)?(?:such\s+as\s+)?" + _WLIST, re.I)


def _its_titles(ff: FactFinder) -> list[tuple[int, list[int]]]:
    """Titles introduced as tracks of "its" (the album of the sentence before), typed Work; ``(sentence, works)``."""
    out = []
    for si, ms in enumerate(ff.masked):
        m = _ITS_TRACK.match(ms) if si and "@" in ms else None
        if m is None or _NOT_PERF.search(ms):
            continue
        ws = [_work(ff, x.group(0), untyped=True) for x in re.finditer(_E, m.group("ws"))]
        for w in ws:
            if w is not None and not ff.types(w):
                ff.extra_types.setdefault(w, set()).add("Work")  # the track noun types the title
        out.append((si, [w for w in ws if w is not None]))
    return out


def _its_tracks(ff: FactFinder, titles: list[tuple[int, list[int]]]) -> list[tuple[int, int, int, str]]:
    """The performers of the last work with a known performer in the sentence before perform its tracks too."""
    perf: dict[int, list[int]] = {}
    for f in ff.facts.values():
        if f.kind == "performedBy":
            perf.setdefault(f.roles["subject"][0], []).append(f.roles["object"][0])
    out = []
    for si, ws in titles:
        albums = [w for w in _works(ff, ff.masked[si - 1]) if w in perf and w not in ws]
        if albums:
            out += [(si, w, a, "its-track") for w in ws for a in perf[albums[-1]] if a not in perf.get(w, [])]
    return out


def _tracks(ff: FactFinder) -> list[tuple[int, int, int, str]]:
    """Tracks of an album whose performer is known get the album's performers."""
    perf: dict[int, list[int]] = {}
    for f in ff.facts.values():
        if f.kind == "performedBy":
            perf.setdefault(f.roles["subject"][0], []).append(f.roles["object"][0])
    out = []
    for si, ms in enumerate(ff.masked):
        if ms.count("@") < 4:
            continue
        for rx in (_ALBUM_POSS, _ALBUM_HAS):
            for m in rx.finditer(ms):
                # the album's performer may sit on an untyped twin of the work ("Barrio Fino included ..."):
                # any entity of the placeholder with a known performer will do
                alb = next((e for e in ff.ids(m.group("alb")) if e in perf), None)
                if alb is None or _NOT_PERF.search(ms, m.start(), m.end()):
                    continue
                # round 25f: a quoted title after "includes" is a track even when the mention finder left it
                # untyped ("A follow-up EP, "7", arrived in June and includes "Panini"")
                ws = _works(ff, m.group("ws")) if rx is _ALBUM_POSS else \
                    [w for x in re.finditer(rf"({_Q})({_E})", m.group("ws")) if (w := _work(ff, x.group(2), untyped=bool(x.group(1))))]
                for w in ws:
                    if w != alb and w not in perf and not ff.types(w):
                        ff.extra_types.setdefault(w, set()).add("Work")
                out += [(si, w, a, "track") for w in ws if w != alb and w not in perf for a in perf[alb]]
    return out


def _central(ff: FactFinder) -> int | None:
    """The article's central artist: named in the headline and mentioned more than any other artist.

    Computed once per article: this layer adds no Artist types, so the answer does not change while it runs.
    """
    if "central" not in ff.article_cache:
        ff.article_cache["central"] = _find_central(ff)
    return ff.article_cache["central"]


def _find_central(ff: FactFinder) -> int | None:
    if not ff.masked:
        return None
    counts: dict[int, int] = {}
    for ms in ff.masked:
        for m in re.finditer(_E, ms):
            for a in _acts(ff, m.group(0)):
                counts[a] = counts.get(a, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top = ranked[0][0]
    head = set(_acts(ff, ff.masked[0]))
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        # round 26f: a tie (a band and its members, two members) goes to the one act the headline names
        tied = [a for a, c in ranked if c == ranked[0][1] and a in head]
        return tied[0] if len(tied) == 1 else None
    return top if top in head else None


# --- round 30f ---------------------------------------------------------------------------------------
#: A band told as one: "the guitarist and drummer of B", "members of B", "B's frontman", "the band B", "B broke up".
_BAND_CUE = re.compile(
    rf"\b(?:(?:members?|bandmates?|guitarist|drummer|bassist|(?:lead\s+)?singer|frontman|frontwoman|vocalist|keyboardist)"
    rf"(?:\s+and\s+[\w-]+)?\s+(?:of|in)\s+(?:the\s+)?(?P<a>{_E})"
    rf"|(?:band|duo|trio|quartet)\s+(?P<b>{_E})"
    rf"|(?P<c>{_E})['’]s\s+(?:(?:former|original|lead)\s+)?(?:frontman|frontwoman|singer|drummer|guitarist|bassist|members|bandmates|line-?up|reunion)\b"
    rf"|(?P<d>{_E})\s+(?:broke\s+up|split(?:\s+up)?|disbanded|reunited|re-formed|reformed)\b)", re.I)
#: The band spoken of without its name, in the sentence of the work: "the band's recordings", "the group's hits".
_BAND_REF = re.compile(r"\b(?:the\s+(?:band|group|trio|duo|quartet)(?:['’]s)?|bandmates?)\b", re.I)
#: The member's own record: "his 1985 solo single", "her first solo album", "recorded it on his own".
_SOLO = re.compile(r"\b(?:solo|on\s+(?:his|her)\s+own|after\s+(?:leaving|quitting)|went\s+solo)\b", re.I)


def _band(ff: FactFinder, central: int) -> int | None:
    """The one band of the article other than the central artist (who may be one of its members), else None."""
    key = f"band-beside-{central}"  # once per article: the scan reads every sentence
    if key not in ff.article_cache:
        bands = {a for ms in ff.masked for m in _BAND_CUE.finditer(ms)
                 for a in _acts(ff, next(g for g in m.groups() if g))} - {central}
        ff.article_cache[key] = next(iter(bands)) if len(bands) == 1 else None
    return ff.article_cache[key]


def _for_band(ff: FactFinder, central: int, ms: str) -> int:
    """Who performs a work introduced without a name in sentence ``ms`` ("W, the 1983 single"): the central artist,
    or the band when the article tells of one and the sentence speaks of it ("the band's recordings, including W, the
    1983 single") without a solo cue ("W, his 1985 solo single" stays the member's)."""
    band = _band(ff, central)
    if band is None or _SOLO.search(ms):
        return central
    named = {a for m in re.finditer(_E, ms) for a in _acts(ff, m.group(0))}
    # "the band's" is a reference the mention finder may point at a member: read the words, not the placeholder
    return band if band in named or _BAND_REF.search(ff.unmask(ms)) else central


def _works(ff: FactFinder, text: str) -> list[int]:
    return [e for m in re.finditer(_E, text) if (e := _work(ff, m.group(0))) is not None]


# --- round 24f ---------------------------------------------------------------------------------------
#: "Rema's Calm Down passes a billion streams", "his appearance on Beyoncé's Cowboy Carter": an artist's possessive
#: right on a name the mention finder left untyped, in a sentence about records, charts or streams.
_NAME_ON = re.compile(rf"(?P<a>{_E})'s\s+(?P<w>{_E})(?!'s|\s*{_E}|\s+\w{{1,2}}['’])")  # "Short n' Sweet": a cut title
_MUSIC_CTX = re.compile(r"\b(?:streams?|streaming|charts?|chart-topp\w*|No\.\s*1|number\s+one|Hot\s+100|Billboard\s+200|"
                        r"top\s+(?:ten|10|five|40)|hit|single|song|track|album|remix|video|radio|certified|platinum|"
                        r"appearance\s+on|weeks\s+at)\b", re.I)
#: Last words of names that are no work: "Taylor Swift's Eras Tour", "Jay-Z's Roc Nation".
_NOT_WORK_NAME = re.compile(r"\b(?:Tour|Festival|Fest|Records|Entertainment|Music|Group|Media|Arena|Stadium|Hall|Cent(?:er|re)|"
                            r"Inc|LLC|Ltd|Foundation|Estate|Trust|Publishing|Productions|Management|Studios?|Nation|"
                            r"Show|Awards?|Park|Garden|Theat(?:re|er)|Residency|Collective|Agency|Company|Brand|Label)\.?$")
#: "A featured on two tracks from her album, including W", "A appeared on "W"", "A, who ..., guests on W".
_GUEST_ON = re.compile(
    rf"(?P<a>{_E})(?:,\s+who\s+[^,;@]{{0,50}}(?:{_E}[^,;@]{{0,20}})?,)?\s+(?:(?:also|has|had|then|later)\s+)?"
    rf"(?:appears|appeared|guests|guested|featured|features|raps|rapped|sings|sang)\s+on\s+"
    rf"(?:(?P<n>(?:a|one|two|three|four|several|both|three\s+of)\s+(?:[\w-]+\s+)?(?:songs|tracks|cuts|singles|songs)\b"
    rf"[^@.;]{{0,40}}?(?:{_E}[^@.;]{{0,20}}?)?,?\s+(?:including|among\s+them|such\s+as)\s+))?{_Q}(?P<w>{_E})(?!'s)")


def _possessive_names_and_guest_spots(ff: FactFinder, have: set[int]) -> list[tuple[int, int, int, str]]:
    """Possessive names on untyped titles and guest appearances; ``(sentence, work, act, rule)``."""
    out: list[tuple[int, int, int, str]] = []
    for si, ms in enumerate(ff.masked):
        if ms.count("@") < 4:
            continue
        for m in _NAME_ON.finditer(ms):
            acts, ws = _acts(ff, m.group("a")), ff.ids(m.group("w"))
            if not acts or len(ws) != 1 or ff.types(ws[0]) or ws[0] in have:
                continue
            name = ff.mf.drafts[ws[0]].name
            if _NOT_WORK_NAME.search(name) or ff.mf._person_name(name, loose=False) or _NOT_PERF.search(ms, 0, m.end()) \
                    or not _MUSIC_CTX.search(ff.unmask(ms)):
                continue
            ff.extra_types.setdefault(ws[0], set()).add("Work")  # the possessive artist and the context type it
            out.append((si, ws[0], acts[0], "name-on"))
        for m in _GUEST_ON.finditer(ms):
            acts = _acts(ff, m.group("a"))
            # a title after "two tracks ..., including" is typed by the noun; a bare one must be a known work
            w = _work(ff, m.group("w"), untyped=bool(m.group("n")))
            if not acts or w is None or w in have or _NOT_PERF.search(ms, m.start(), m.end()):
                continue
            if not ff.types(w):
                ff.extra_types.setdefault(w, set()).add("Work")
            out.append((si, w, acts[0], "guest-on"))
    return out


def _verb_and_intro_forms(ff: FactFinder, have: set[int]) -> list[tuple[int, int, int, str]]:
    """Subject-verb forms, possessive names and central-artist intros; ``(sentence, work, act, rule)``."""
    out: list[tuple[int, int, int, str]] = []
    central = _central(ff)
    for si, ms in enumerate(ff.masked):
        if ms.count("@") < 2:
            continue
        for m in _SUBJ_VERB.finditer(ms):
            acts = _acts(ff, m.group("a"))
            if acts and not _NOT_PERF.search(ms, m.start(), m.end()):
                out += [(si, w, acts[0], "subj-verb") for w in _works(ff, m.group("ws"))]
                n = _AND_VERB.search(ms, m.end())  # "and" right before the verb: no other subject in between
                if n and not _NOT_PERF.search(ms, m.end(), n.end()):
                    out += [(si, w, acts[0], "subj-verb-and") for w in _works(ff, n.group("ws"))]
        for m in _NAME_POSS.finditer(ms):
            acts, w = _acts(ff, m.group("a")), _work(ff, m.group("w"), untyped=m.group(0).endswith('"' + m.group("w")))
            # ""V", X's 1969 breakthrough, "W"": the noun is an apposition to V, not W's introduction
            if re.search(rf"{_E}{_Q}\s*,\s*$", ms[:m.start()]):
                continue
            if acts and w is not None and not _NOT_PERF.search(ms, 0, m.end()):
                if not ff.types(w):
                    ff.extra_types.setdefault(w, set()).add("Work")  # the release noun types the title
                out.append((si, w, acts[0], "name-poss"))
        if central is None or si == 0:
            continue
        # nobody but the central artist nearby: this sentence and the one before
        near = {a for t in (ms, ff.masked[si - 1]) for x in re.finditer(_E, t) for a in _acts(ff, x.group(0))}
        if near - {central, _band(ff, central)} or _NOT_PERF.search(ms) or _OTHERS.search(_OWN_REMIX.sub(" ", ms)):
            continue
        for m in _INTRO.finditer(ms):
            if m.group("mid") and any(ff.types(e) for e in ff.ids(m.group("mid"))):
                continue  # round 25f: only a noun the mention finder took for a name ("A follow-up EP, "7"")
            w = _work(ff, m.group("w") or m.group("w2"))
            if w is not None and w not in have:
                out.append((si, w, _for_band(ff, central, ms), "central"))
    return out


# --- round 31f ---------------------------------------------------------------------------------------
#: A release opening its sentence with its label: "W, released on L in late August, opened at No. 1", ""W", released in
#: June through L, the label he founded, ...": the central artist's record (the label is an organisation, never an act).
_RELEASED_ON = re.compile(rf"^\W*?(?P<q>{_Q})(?P<w>{_E}){_Q}\s*,\s*(?:which\s+was\s+)?(?:first\s+)?released\s+"
                          rf"(?:[^@,;.]{{0,30}}?\s)?(?:on|through|via|by)\s+(?P<l>{_E})", re.I)


def _releases_with_their_label(ff: FactFinder, have: set[int]) -> list[tuple[int, int, int, str]]:
    """Releases opening their sentence with the label they came out on go to the central artist (when no other act is
    named in the sentence or the one before); ``(sentence, work, act, rule)``."""
    central = _central(ff)
    if central is None:
        return []
    out = []
    for si, ms in enumerate(ff.masked[1:], 1):
        m = _RELEASED_ON.match(ms) if "released" in ms else None
        if m is None or not any(ff.types(e) & ORG_TYPES for e in ff.ids(m.group("l"))) or _acts(ff, m.group("l")):
            continue
        near = {a for t in (ms, ff.masked[si - 1]) for x in re.finditer(_E, t) for a in _acts(ff, x.group(0))}
        if near - {central, _band(ff, central)} or _NOT_PERF.search(ms) or _OTHERS.search(ms):
            continue
        # a quoted title released on a label is a work even when the mention finder left it untyped
        w = _work(ff, m.group("w"), untyped=bool(m.group("q")))
        if w is not None and w not in have:
            if not ff.types(w):
                ff.extra_types.setdefault(w, set()).add("Work")
            out.append((si, w, _for_band(ff, central, ms), "released-on"))
    return out


# --- round 25f ---------------------------------------------------------------------------------------
#: "the remix of his breakthrough hit": a remix of the artist's own record is no sign of somebody else's work.
_OWN_REMIX = re.compile(r"\bremix(?:es)?\s+of\s+(?:his|her|their)\b", re.I)
#: ""W", the 1975 record that made him a star", "W, the 1994 debut, including V", ""W", the 2017 single that reached
#: No. 1": an apposition with a release noun and no performer named (not "the 2017 single by B", "a hit for B").
_APPOS = re.compile(rf"(?P<w>{_E})(?P<q>{_Q})\s*,\s*(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}?{_REL_N}\b(?!\s+(?:by|for)\b)", re.I)
#: Sentences about borrowing or a claim over a song: the apposition may describe the other side's work.
_BORROW = re.compile(r"\b(?:sued|lawsuit|infring\w*|plagiar\w*|similar\w*|resembl\w*|cop(?:y|ying|ied|ies)|tribute|"
                     r"version|inspired|influenc\w*|favourite|favorite)\b", re.I)
#: "W, a hit for B", ""W", the 1980 single for B": the act a release was a hit for performs it (the region between the
#: work and the act is guarded, not the sentence: "copied from two works they wrote: ..., and "W", a hit for B").
_HIT_FOR = re.compile(rf"(?P<w>{_E}){_Q}\s*,\s*(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}?(?:hit|smash|single|chart-topper)\s+for\s+"
                      rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<a>{_E})(?!'s)", re.I)
#: ""W", recorded with B in 2019", ""W", the 2006 hit recorded with B": the guest and the article's artist perform W.
_REC_WITH = re.compile(rf"(?P<w>{_E})(?P<q>{_Q})\s*,\s*(?:(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}?{_REL_N}\s+)?recorded\s+with\s+" + _ACTS, re.I)
#: ""W", A's 1969 breakthrough", ""W", A's final album": a possessive name in the apposition performs W.
_NAME_APPOS = re.compile(rf"(?P<w>{_E})(?P<q>{_Q})\s*,\s*(?P<a>{_E})'s\s+(?:[\w-]+\s+){{0,3}}?{_REL_N}\b(?!\s+(?:by|for|with)\b)", re.I)
#: An artist named after a guest word: "recorded with the Haitian rapper B", "with verses from B, C and D".
#: Round 37f: an apposition whose relative clause has the act as subject: ""W", the ballad A released in 1988", ""W", a
#: track A recorded but never released", ""W", a ballad A had first released independently".
_APPOS_REL = re.compile(rf"(?P<w>{_E})(?P<q>{_Q})\s*,\s*(?:the|a|an)\s+(?:[\w'-]+\s+){{0,3}}?{_REL_N}\s+(?:that\s+|which\s+)?"
                        rf"(?P<a>{_E})\s+(?:(?:had|has|have)\s+)?(?:(?:first|originally|later|once)\s+)?"
                        rf"(?:released|recorded|cut|sang|sung|performed|put\s+out|issued|dropped)\b(?!\s+(?:by|for|with)\b)", re.I)
_AS_GUEST = re.compile(rf"\b(?:with|featuring|feat\.|ft\.|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_E}\s*(?:,\s*|,?\s+and\s+))*$", re.I)


def _appositions_after_works(ff: FactFinder, have: set[int]) -> list[tuple[int, int, int, str]]:
    """Appositions after a work: "W, A's 1969 breakthrough", "W, a hit for B", "W, recorded with B" (B and the central
    artist) and "W, the 1975 record that ..." (the central artist); ``(sentence, work, act, rule)``."""
    out: list[tuple[int, int, int, str]] = []
    central = _central(ff)
    for si, ms in enumerate(ff.masked):
        if "@" not in ms:
            continue
        for m in _NAME_APPOS.finditer(ms):
            acts, w = _acts(ff, m.group("a")), _work(ff, m.group("w"), untyped=bool(m.group("q")))
            if acts and w is not None and w not in have and not _NOT_PERF.search(ms, m.start(), m.end()):
                if not ff.types(w):
                    ff.extra_types.setdefault(w, set()).add("Work")  # the release noun types a quoted title
                out.append((si, w, acts[0], "name-appos"))
        for m in _APPOS_REL.finditer(ms):
            w = _work(ff, m.group("w"), untyped=bool(m.group("q")))
            # the relative clause makes its subject the performer even when typed a plain Person ("the singer" unsaid)
            acts = [e for e in ff.ids(m.group("a")) if ff.types(e) & {"Artist", "Person"} and not ff.types(e) & ORG_TYPES
                    and "Work" not in ff.types(e)]
            if acts and w is not None and not _NOT_PERF.search(ms, m.start(), m.end()):
                if not ff.types(w):
                    ff.extra_types.setdefault(w, set()).add("Work")  # the release noun types a quoted title
                out.append((si, w, acts[0], "appos-rel"))
        for m in _HIT_FOR.finditer(ms):
            acts, w = _acts(ff, m.group("a")), _work(ff, m.group("w"))
            if acts and w is not None and w not in have and not _NOT_PERF.search(ms, m.start(), m.end()):
                out.append((si, w, acts[0], "hit-for"))
        if central is None or si == 0 or _NOT_PERF.search(ms) or _BORROW.search(ms):
            continue
        # anyone but the central artist in the sentence must be a guest ("the 2006 hit recorded with B")
        band = _band(ff, central)  # round 30f: the central artist's band may be named beside the work
        others = [x for x in re.finditer(_E, ms) if set(_acts(ff, x.group(0))) - {central, band}
                  and not _AS_GUEST.search(ms, 0, x.start())]
        if others:
            continue
        for m in _REC_WITH.finditer(ms):
            w = _work(ff, m.group("w"), untyped=bool(m.group("q")))
            acts = _acts(ff, m.group("acts"))
            if w is None or not acts or central in acts:
                continue
            if not ff.types(w):
                ff.extra_types.setdefault(w, set()).add("Work")  # "recorded with" types a quoted title
            out += [(si, w, a, "recorded-with") for a in [central, *acts]]
        for m in _APPOS.finditer(ms):
            w = _work(ff, m.group("w"), untyped=bool(m.group("q")))
            if w is None or w in have:
                continue
            if not ff.types(w):
                ff.extra_types.setdefault(w, set()).add("Work")  # the release noun types a quoted title
            out.append((si, w, _for_band(ff, central, ms), "appos"))
    return out


# --- round 26f ---------------------------------------------------------------------------------------
#: "B's own records, including the 2020 album W", "her recent albums through L, including "W"", "A's first six albums,
#: including the 1989 debut W": an act's records (not its songs: a song may be a composition), then an example.
_RECS_INCL = re.compile(
    rf"(?:(?P<a>{_E})'s|\b(?P<poss>{_POSS}))\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?(?:records|recordings|albums|singles|hits|LPs|EPs)\b"
    rf"(?:\s+(?:through|with|on|for)\s+(?:the\s+)?{_E})?[^@.;,]{{0,25}}?,?\s+(?:including|such\s+as|among\s+them)\s+"
    rf"(?:the\s+(?:[\w-]+\s+){{0,2}}?{_REL_N}\s*,?\s*)?(?P<q>{_Q})(?P<w>{_E})", re.I)


def _records_including(ff: FactFinder, have: set[int]) -> list[tuple[int, int, int, str]]:
    """An act's records with an example: "B's own records, including W"; ``(sentence, work, act, rule)``."""
    out: list[tuple[int, int, int, str]] = []
    for si, ms in enumerate(ff.masked):
        if ms.count("@") < 4:
            continue
        for m in _RECS_INCL.finditer(ms):
            w = _work(ff, m.group("w"), untyped=bool(m.group("q")))
            if w is None or w in have or _NOT_PERF.search(ms, 0, m.end()) or _LEGAL.search(ms):
                continue
            acts = _acts(ff, m.group("a")) if m.group("a") else _owners(ff, si, ms, m.start(), m.group("poss").lower() == "their")
            if not acts:
                continue
            if not ff.types(w):
                ff.extra_types.setdefault(w, set()).add("Work")  # the release noun types a quoted title
            central = _central(ff)  # round 30f: "the band's records" may be resolved to a member
            out.append((si, w, _for_band(ff, central, ms) if acts[0] == central else acts[0], "recs-incl"))
    return out


def _acts(ff: FactFinder, text: str) -> list[int]:
    """Artist entities of the placeholders in ``text`` (organisations and works are not performers)."""
    out = []
    for e in ff.ids(text):
        t = ff.types(e)
        if "Artist" in t and not t & ORG_TYPES and "Work" not in t:
            out.append(e)
    return out


def _work(ff: FactFinder, ph: str, untyped: bool = False) -> int | None:
    """The one work of placeholder ``ph``; with ``untyped``, an entity with no type at all also counts
    (a quoted title right after a release noun, "X's first album, "W"", the mention finder left untyped)."""
    ws = [e for e in ff.ids(ph) if "Work" in ff.types(e) or (untyped and not ff.types(e))]
    return ws[0] if len(ws) == 1 else None


#: Sentences about a lawsuit or a claim: a possessive there may point to either party.
_LEGAL = re.compile(r"\b(?:sued|su(?:e|es|ing)|lawsuit|complaint|claim\w*|alleg\w*|plagiar\w*|infring\w*|court)\b", re.I)


# --- round 34f ---------------------------------------------------------------------------------------
#: A possessive release noun the mention finder masked as a description of the work ("W", @his hit@ with B):
#: its words, not the placeholder, carry the owner.
_POSS_DESC = re.compile(rf"(?i){_POSS}\s+(?:[\w-]+\s+){{0,3}}?{_REL_N}")


def _unmask_poss_descs(ff: FactFinder, ms: str) -> str:
    """``ms`` with each possessive release-noun description ("his hit", "her debut single") that names no artist
    put back as words, so the possessive rules read it; other placeholders stay."""
    def back(m: re.Match) -> str:
        x = ff.mf.mentions[int(m.group(0).strip("@"))]
        if x.kind != "desc" or not _POSS_DESC.fullmatch(x.text) or _acts(ff, m.group(0)):
            return m.group(0)
        return x.text
    return re.sub(_E, back, ms)


def _possessives(ff: FactFinder, si: int, ms: str, have: set[int], found: list[tuple[int, int, str]]) -> None:
    """Possessive release nouns ("Her 2022 album, W", ""W", his third album", "two of his songs, W and V")."""
    ms = _unmask_poss_descs(ff, ms)
    for rx in (_POSS_BEFORE, _POSS_AFTER):
        for m in rx.finditer(ms):
            # a title right after a possessive release noun is a work even when the mention finder left it
            # untyped ("her 2023 chart-topper "W"", "their duet "W"", "His first solo single, W, which ...")
            ws = [_work(ff, m.group("w"), untyped=rx is _POSS_BEFORE)]
            if rx is _POSS_BEFORE and m.group("more"):
                ws += [_work(ff, x.group(0)) for x in re.finditer(_E, m.group("more"))]
            # "did not copy X's "W" when he wrote "V", his 2014 hit": the whole lead-in is guarded
            if _NOT_PERF.search(ms, 0, m.end()):
                continue
            owners = _owners(ff, si, ms, m.start("w"), m.group("poss").lower() == "their")
            for w in ws:
                if w is None or w in have or not owners:
                    continue
                if not ff.types(w):
                    ff.extra_types.setdefault(w, set()).add("Work")
                found += [(w, o, "poss") for o in owners]


def _owners(ff: FactFinder, si: int, ms: str, wpos: int, plural: bool) -> list[int]:
    """The artists a possessive before the work at ``wpos`` points to (see ``_owner``).

    "their" after two coordinated artists ("a claim against A and B over their duet W") is both of them.
    In a sentence about a lawsuit or a claim, a possessive after two different parties is ambiguous
    ("B was sued by A, who says her song W ..."): nobody is taken.
    """
    before = [(m.start(), a) for m in re.finditer(_E, ms[:wpos]) for a in _acts(ff, m.group(0))]
    if plural and len(before) >= 2:
        (p1, a1), (p2, a2) = before[-2:]
        if a1 != a2 and re.fullmatch(rf"{_E}\s*(?:,\s*)?(?:and|&)\s*", ms[p1:p2]):
            return [a1, a2]
    if _LEGAL.search(ms) and len({a for _, a in before}) > 1:
        return []
    o = _owner(ff, si, ms, wpos, _central(ff))
    return [o] if o is not None else []


def _owner(ff: FactFinder, si: int, ms: str, wpos: int, central: int | None = None) -> int | None:
    """The artist a possessive near the work at ``wpos`` points to.

    The nearest artist before the work in the sentence, else the last one of the sentence before
    (its subject, the first one; or the only one of the two before), else the nearest one after the work ("By the time her
    second album, W, arrived, A had signed ..."); the article's central artist, when there is one, before that.
    """
    before = [a for m in re.finditer(_E, ms[:wpos]) for a in _acts(ff, m.group(0))]
    if before:
        return before[-1]
    for sj in range(si - 1, max(-1, si - 3), -1):
        # round 34f: a featured guest of the sentence before is not whom "her album" points to
        prev = ff.masked[sj]
        found = [a for m in re.finditer(_E, prev) if not _FEAT_BEFORE.search(prev, 0, m.start())
                 for a in _acts(ff, m.group(0))]
        if found:
            return found[0] if len(set(found)) == 1 or sj == si - 1 else None
    if central is not None:
        return central  # "His debut album, W, arrived with the singles V and U, the latter featuring B"
    # a guest named after the work is not its owner ("His debut album, W, arrived with the singles V and U, the
    # latter featuring B")
    rest = ms[wpos + 1:]
    after = [a for m in re.finditer(_E, rest) if not _GUEST_BEFORE.search(rest, 0, m.start())
             for a in _acts(ff, m.group(0))]
    return after[0] if after else None


_FEAT_BEFORE = re.compile(r"\b(?:featuring|feat\.|ft\.)\s+(?:[\w-]+\s+){0,3}$", re.I)
_GUEST_BEFORE = re.compile(r"\b(?:featuring|feat\.|ft\.|features|with|and|by)\s+(?:[\w-]+\s+){0,3}$", re.I)


def performer_facts(ff: FactFinder) -> int:
    """Add performedBy facts for works without a performer; returns how many were added.

    Example
    -------
    >>> from tests.extract_helpers import run, rel  # doctest: +SKIP
    >>> sorted(rel(run('Nova Reyes is back. Her second album, "Glass Rooms", came out in May.'), "performedBy"))  # doctest: +SKIP
    [('Glass Rooms', 'Nova Reyes')]
    """
    before = len(ff.facts)
    have = {f.roles["subject"][0] for f in ff.facts.values() if f.kind == "performedBy"}
    its = _its_titles(ff)
    for si, ms in enumerate(ff.masked):
        if "@" not in ms:
            continue
        found: list[tuple[int, int, str]] = []
        _possessives(ff, si, ms, have, found)
        for rx in (_GUEST, _ON_WHICH, _JOINED):
            for m in rx.finditer(ms):
                w = _work(ff, m.group("w"))
                if w is None and _DUET.match(ms, m.end("w"), m.start("acts")):
                    # ""W", her duet with B": the noun types a title the mention finder left untyped
                    w = _work(ff, m.group("w"), untyped=True)
                if w is None or w in have or _NOT_PERF.search(ms, m.start(), m.end()):
                    continue
                if _ALBUM_GUESTS.search(ms, m.end("w"), m.start("acts")) or _is_album(ff, m.group("w")):
                    continue  # round 29f: "the album includes collaborations with B": an album's guests perform no work
                if not ff.types(w):
                    ff.extra_types.setdefault(w, set()).add("Work")
                acts = _acts(ff, m.group("acts"))
                for a in acts:
                    found.append((w, a, "guest"))
                if acts and "poss" in m.groupdict() and m.group("poss"):
                    o = _owner(ff, si, ms[:m.start("acts")], m.start("w"))
                    if o is not None and o not in acts:
                        found.append((w, o, "guest-owner"))
                elif acts and m.groupdict().get("duo"):
                    # round 39f: ""W", a new collaboration with B": a duet has a second party, the act before the
                    # work (the sentence's subject, else the sentence before's), else the article's artist
                    o = _owner(ff, si, ms[:m.start("acts")], m.start("w"), _central(ff))
                    if o is not None and o not in acts:
                        found.append((w, o, "duet-owner"))
                elif acts and "lead" in m.groupdict():
                    # the clause makes its subject a performer even when typed a plain Person (as in "appos-rel")
                    found += [(w, e, "joined-lead") for e in ff.ids(m.group("lead")) if e not in acts
                              and ff.types(e) & {"Artist", "Person"} and not ff.types(e) & ORG_TYPES and "Work" not in ff.types(e)]
        for w, a, name in found:
            if w != a and ff.add("performedBy", {"subject": (w,), "object": (a,)}, si) is not None and _DEBUG:
                print(f"[performers {name}] {ff.mf.drafts[w].name} -> {ff.mf.drafts[a].name} :: {ff.unmask(ms)[:200]}")
        have |= {w for w, _, _ in found}
    for si, w, a, name in _verb_and_intro_forms(ff, have) + _possessive_names_and_guest_spots(ff, have) + _appositions_after_works(ff, have) + _records_including(ff, have) + _releases_with_their_label(ff, have):
        if w != a and (w not in have or name not in ("central", "appos", "hit-for")) \
                and ff.add("performedBy", {"subject": (w,), "object": (a,)}, si) is not None and _DEBUG:
            print(f"[performers {name}] {ff.mf.drafts[w].name} -> {ff.mf.drafts[a].name} :: {ff.unmask(ff.masked[si])[:200]}")
    for si, w, a, name in _tracks(ff) + _its_tracks(ff, its):
        if ff.add("performedBy", {"subject": (w,), "object": (a,)}, si) is not None and _DEBUG:
            print(f"[performers {name}] {ff.mf.drafts[w].name} -> {ff.mf.drafts[a].name} :: {ff.unmask(ff.masked[si])[:200]}")
    return len(ff.facts) - before
