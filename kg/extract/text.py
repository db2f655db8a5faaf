"""Sentence splitting with character offsets.

News text is split at line breaks (headline, paragraphs, captions) and, within a
line, after ``.``, ``!`` or ``?`` (with any closing quotes) followed by a space and
a capital, a digit or an opening quote, except after abbreviations ("Inc.",
"U.S.", "Mr.", "Bros.") and initials ("J. Cole").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that end with a full stop without ending the sentence (lower-case, no dot).
ABBREVIATIONS = frozenset(
    """inc corp ltd co plc llc mr mrs ms dr st jr sr bros vs v no nos vol fig approx est dept
    gov sen rep gen col lt sgt capt prof rev hon mt ft u.s u.k u.n e.u d.c l.a n.y a.i e.g i.e
    etc al jan feb mar apr jun jul aug sep sept oct nov dec univ assn intl int'l""".split()
)

_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article: its text and offsets, ``article_text[start:end] == text``."""

    text: str
    start: int
    end: int
    line_start: bool = False  # the first sentence of a line (headline, paragraph, caption)


def _is_abbreviation(line: str, dot: int) -> bool:
    """Whether the full stop at ``line[dot]`` ends an abbreviation or an initial."""
    m = re.search(r"([\w.&'’]+)$", line[:dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # an initial ("J. Cole"), or a dotted acronym ("U.S.", "N.W.A.")
    return bool(re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", word))


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets.

    Examples
    --------
    >>> [s.text for s in split_sentences("Sony Music Inc. signed Drake. U.S. labels cheered.\\nNext line")]
    ['Sony Music Inc. signed Drake.', 'U.S. labels cheered.', 'Next line']
    """
    out: list[Sentence] = []
    for line_m in _LINE.finditer(text):
        line, base = line_m.group(0), line_m.start()
        cuts = [0]
        for m in _BOUNDARY.finditer(line):
            first_dot = m.start()
            if line[first_dot] == "." and m.end() - m.start() == 1 and _is_abbreviation(line, first_dot):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        first = True
        for a, b in zip(cuts, cuts[1:]):
            seg = line[a:b]
            lead = len(seg) - len(seg.lstrip())
            seg_s = seg.strip()
            if not seg_s:
                continue
            start = base + a + lead
            out.append(Sentence(seg_s, start, start + len(seg_s), first))
            first = False
    return out
