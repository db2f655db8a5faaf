"""Generate a synthetic corpus of music-business news for benchmarks.

Articles (~400 words each) are built from sentence templates (deals, lawsuits,
acquisitions, withdrawals, executives, artists) and name lists, with filler
paragraphs shaped like real news, so the extractor does realistic work. The
output is one JSON-lines file (``text``, ``title``, ``url``, ``published``,
``source`` per line), readable by ``kg build``. Deterministic for a given seed.

Usage::

    .venv/bin/python benchmarks/make_corpus.py --n 10000 --out benchmarks/data/synthetic-10000.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path

PREFIX = "Amber Basalt Cedar Delta Ember Fable Granite Harbor Indigo Juniper Kestrel Lumen Marble Nova Onyx Pioneer " \
         "Quartz Raven Sable Tundra Umber Vesper Willow Xenon Yarrow Zephyr Northwind Southgate Bright Hollow Iron Silver".split()
LABEL_SUFFIX = ["Records", "Recordings", "Music Group", "Music", "Entertainment", "Sound"]
PLATFORM = "Tunewave Loopcast Streamly Beatnest Clipjar Songbird Wavely Echofy Reelstar Pulsebox Soundhive Vibely".split()
FIRST = "Maya Jonas Priya Daniel Elena Marcus Sofia Liam Chloe Omar Hannah Victor Leila Tomas Grace Felix Nadia Owen".split()
LAST = "Whitlock Raman Okafor Lindqvist Moreau Castellano Brennan Hayes Novak Sato Reyes Abernathy Kovacs Marsh".split()
ARTIST = "Jax Holloway|Luna Vale|The Paper Kites|Kiri Matsuda|Sable Rivers|Neon Tidal|Marlo Finch|The Velvet Hours".split("|")
SONG = ["Midnight Static", "Glass Rivers", "Low Tide Lights", "Paper Crown", "Afterglow Avenue", "Northern Quarter"]
TITLES = ["chief executive", "chairman and CEO", "president", "managing director", "head of music partnerships"]
ALLEG = ["copyright infringement", "unpaid royalties", "breach of contract", "streaming fraud"]
CITIES = ["London", "Nashville", "Berlin", "Toronto", "Stockholm", "Los Angeles"]
MONTHS = "January February March April May June July August September October November December".split()

FILLER = [
    "Streaming now accounts for the majority of recorded-music revenue worldwide, and companies of every size are "
    "looking for ways to earn more from each listener.",
    "Analysts said the move reflected a wider shift in the industry, where catalogues that produce steady income "
    "have become attractive to investors.",
    "Neither side disclosed the financial terms, and representatives declined to comment beyond their statements.",
    "The announcement comes at a time of rapid change for the business, as short-video apps and new subscription "
    "tiers reshape how fans discover and pay for music.",
    "Industry observers expect more agreements of this kind over the coming year, particularly as companies seek "
    "protections against unlicensed AI-generated content.",
    "Subscription prices have risen on most major services over the past two years, and executives say listeners "
    "have accepted the increases because the catalogues on offer keep growing.",
    "Short-form video has become one of the main engines of music discovery, with songs often climbing the charts "
    "weeks after they first spread as the soundtrack to clips.",
    "Independent labels, which together hold a large share of the market, say they need the same terms as the "
    "majors if they are to keep investing in new artists and in local scenes.",
    "Regulators in several countries are examining how streaming services rank and recommend songs, and whether "
    "payments for better placement should be disclosed to listeners.",
    "Artists and managers have long complained that the economics of streaming favour the biggest catalogues, and "
    "several trade bodies have called for new rules on royalties.",
]


def _label(r):
    return f"{r.choice(PREFIX)} {r.choice(LABEL_SUFFIX)}"


def _person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def make_article(i: int, r: random.Random) -> dict:
    a, b, group = _label(r), _label(r), f"{r.choice(PREFIX)} Music Group"
    plat, person, person2 = r.choice(PLATFORM), _person(r), _person(r)
    artist, song = r.choice(ARTIST), r.choice(SONG)
    day, month, year = r.randint(1, 28), r.choice(MONTHS), r.choice([2023, 2024, 2025])
    kind = i % 4
    if kind == 0:
        title = f"{a} and {plat} sign multi-year licensing deal"
        lead = (f"{a} and {plat} have signed a new multi-year licensing agreement, the two companies announced on "
                f"{day} {month} {year}. {plat}, which is owned by {r.choice(PREFIX)} Labs, will pay higher rates.")
    elif kind == 1:
        title = f"{a} sues {plat} over {r.choice(ALLEG)}"
        lead = (f"{a} has filed a lawsuit against {plat} in the US District Court for the Southern District of New York, "
                f"accusing the platform of {r.choice(ALLEG)}. The complaint was lodged on {month} {day}, {year}.")
    elif kind == 2:
        title = f"{group} acquires {a}"
        lead = (f"{group} has agreed to acquire {a}, the {r.choice(CITIES)} label behind a string of hit albums, for an "
                f"undisclosed sum. {a} will operate as an imprint of {group}.")
    else:
        title = f"{a} pulls its catalogue from {plat}"
        lead = (f"{a} has withdrawn its catalogue from {plat} after talks over a new licence collapsed in {month} "
                f"{year}. {b}, a {group} label, could follow.")
    body = [
        lead,
        f"{person}, {r.choice(TITLES)} of {a}, said the company wanted fair value for its artists. "
        f"{person.split()[1]} added that talks had been constructive.",
        f"{a}'s roster includes the singer {artist}, whose single \"{song}\" was one of the most-streamed tracks of "
        f"the year. {artist} signed to {a} in {year - 1}.",
        f"{plat}'s chief executive, {person2}, said the service had more than {r.randint(5, 300)} million users.",
    ]
    filler = r.sample(FILLER, k=len(FILLER))
    text = title + "\n\n" + "\n\n".join(body[:1] + filler[:4] + body[1:] + filler[4:])
    return {"title": title, "text": text, "url": f"https://example.org/news/{i}",
            "published": f"{year}-{MONTHS.index(month) + 1:02d}-{day:02d}", "source": "Synthetic Daily"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "synthetic-1000.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = a.out.with_suffix(".tmp")
    words = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for i in range(a.n):
            art = make_article(i, r)
            words += len(art["text"].split())
            fh.write(json.dumps(art) + "\n")
    os.replace(tmp, a.out)
    print(f"wrote {a.n} articles, {words / a.n:.0f} words each on average, to {a.out}")


if __name__ == "__main__":
    main()
