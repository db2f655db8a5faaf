"""Dates in a sentence, absolute ("25 November 2024", "June 24, 2024", "May 2024",
"in 2018") or relative to the article's publication date ("on Tuesday", "last
month", "earlier this year"). Relative dates are left out when the article has
no date.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(\d{{4}})\b")
_MDY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
_MY = re.compile(rf"\b{_MON},?\s+(\d{{4}})\b")
_Y = re.compile(r"\b(?:in|since|during|by|of|early|late|mid|mid-|until|from|throughout|for)\s+((?:19|20)\d{2})\b(?![\d,.]*\s*(?:%|million|billion))")
_DM = re.compile(rf"\b(?:on\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}\b(?!,?\s+\d{{4}})")
_MD = re.compile(rf"\b(?:on\s+){_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")
_DAY = re.compile(r"\b(?:on|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:4] if name.lower().startswith("sept") else name.lower().rstrip(".")[:3]]


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(sentence: str, published: str | None = None) -> str | None:
    """The first date the sentence gives, as ISO text (YYYY-MM-DD, YYYY-MM or YYYY).

    Examples
    --------
    >>> find_date("the two companies announced on Sunday, 26 January 2025")
    '2025-01-26'
    >>> find_date("The lawsuits were announced on June 24, 2024 by the RIAA")
    '2024-06-24'
    >>> find_date("a deal that expired at the end of January 2024")
    '2024-01'
    >>> find_date("the deal was signed last month", "2025-03-10")
    '2025-02'
    >>> find_date("the deal was signed last month") is None
    True
    """
    for rx, order in ((_DMY, "dmy"), (_MDY, "mdy")):
        m = rx.search(sentence)
        if m:
            if order == "dmy":
                d, mon, y = int(m.group(1)), _month(m.group(2)), int(m.group(3))
            else:
                mon, d, y = _month(m.group(1)), int(m.group(2)), int(m.group(3))
            iso = _valid(y, mon, d)
            if iso:
                return iso
    m = _MY.search(sentence)
    if m:
        return f"{int(m.group(2)):04d}-{_month(m.group(1)):02d}"
    pub = _parse(published)
    if pub:
        m = _DM.search(sentence) or _MD.search(sentence)
        if m:
            if m.re is _DM:
                d, mon = int(m.group(1)), _month(m.group(2))
            else:
                mon, d = _month(m.group(1)), int(m.group(2))
            y = pub.year if (mon, d) <= (pub.month, pub.day) else pub.year - 1
            iso = _valid(y, mon, d)
            if iso:
                return iso
        m = _DAY.search(sentence)
        if m:
            target = DAYS.index(m.group(1).lower())
            delta = (pub.weekday() - target) % 7 or (7 if m.group(0).lower().startswith("last") else 0)
            return (pub - timedelta(days=delta)).isoformat()
        low = sentence.lower()
        if re.search(r"\byesterday\b", low):
            return (pub - timedelta(days=1)).isoformat()
        if re.search(r"\btoday\b|\bthis week\b", low):
            return pub.isoformat()
        if re.search(r"\blast month\b", low):
            y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
            return f"{y:04d}-{mo:02d}"
        if re.search(r"\b(?:earlier|later)?\s*this month\b", low):
            return f"{pub.year:04d}-{pub.month:02d}"
        if re.search(r"\blast year\b", low):
            return f"{pub.year - 1:04d}"
        if re.search(r"\b(?:earlier this|this|later this) year\b", low):
            return f"{pub.year:04d}"
        m = re.search(rf"\b(?:in|since|during|until|from|by)\s+{_MON}\b", sentence)
        if m:
            mon = _month(m.group(1))
            y = pub.year if mon <= pub.month else pub.year - 1
            return f"{y:04d}-{mon:02d}"
    m = _Y.search(sentence)
    if m:
        return m.group(1)
    return None


def _parse(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
