"""Find the names in an article, group them into entities and type them.

Steps, in order:

1. known names from the gazetteer (longest match, case-sensitive);
2. other capitalised spans ("Acme Records", "US District Court for the Southern
   District of New York", "Mikey Shulman"), minus sentence-initial common words,
   places, dates and names of laws or events;
3. quoted titles that are works ("track 'X'", "Artist's 'X'", "'X' by Artist");
4. grouping: same form, same known entity, acronyms in parentheses or matching
   initials, surnames, short forms ("Universal" for Universal Music Group);
5. typing: gazetteer, name form ("X Records"), descriptors ("rapper X", "X, the
   Swedish streamer"), job titles ("CEO X"), and first names;
6. definite descriptions and pronouns ("the label", "the two companies", "the
   latter", "he") resolved to the most recent compatible entity.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.lexicon import Gazetteer, KnownEntity, Lexicon, tokens
from kg.extract.text import Sentence

ORG_TYPES = frozenset({"RecordLabel", "Company", "Platform", "Organization"})
PERSON_TYPES = frozenset({"Person", "Artist"})
#: Capitalised words that end a name ("Spotify CEO Daniel Ek"): job titles, not department words.
#: A tour or its dates after an act's name and a few capitalised words ("Oasis Live '25 dates").
_EVENT_AFTER = re.compile(r"(?:\s+['’]?\d{2,4})?\s+(?:tour|dates|shows|concerts|gigs|residency)\b")
SPAN_BREAKERS = frozenset(
    "ceo cfo coo cto cmo chairman chairwoman chair chief president vice vp svp evp founder co-founder cofounder "
    "boss director executive chairperson co-ceo co-chair co-president head md judge "
    "ceos co-ceos co-presidents co-chairs co-chairmen co-founders co-heads".split()
)
#: Name endings that only a business has, whatever the description before it says.
_BUSINESS_HEADS = frozenset(
    "pictures films securities capital holdings partners media audio motion inc inc. corp corp. ltd llc plc gmbh bank "
    "ventures investments technologies interactive labs".split()
)
# Words of company names in many languages and legal forms: never part of a person's name
# ("Grupo Globo", "Mavin Global", "Acme GmbH", "Sol S.A.", "Kora Ltd", "Lotus Co.").
_COMPANY_FORM_WORDS = frozenset({
    "grupo", "group", "global", "holdings", "holding", "entertainment", "gmbh", "ag", "s.a", "s.a.s", "sas",
    "s.p.a", "spa", "s.r.l", "srl", "ltd", "ltda", "limited", "plc", "inc", "llc", "llp", "corp", "co", "bv", "b.v",
    "nv", "n.v", "kk", "k.k", "pvt", "pte", "sdn", "bhd", "oy", "ab", "asa", "sarl", "companhia", "compañía",
    "gruppe", "verlag", "musik", "música", "musica", "musique", "discos", "disques", "edições", "ediciones",
    "editions", "studios", "industries", "enterprises", "ventures", "capital", "partners", "networks",
})
_TITLE_GOES_ON = re.compile(r"\s+(?:executive|officer|operating|financial|content|business|creative|marketing|technology|"
                            r"product|legal|digital|strategy|commercial|revenue|people|counsel|vice|president|director)\b")
_TITLE_AND = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,2}?(?:chief|president|chairman|chairwoman|chair|ceo|executive|director|head|"
                        r"owner|managing|partner|boss)\b", re.I)
CONNECTORS_NAME = frozenset({"de", "van", "von", "da", "di", "del", "la", "le", "du", "der", "dos", "bin", "al"})


@dataclass
class Mention:
    """One place where an entity (or a reference to entities) occurs."""

    start: int  # the name's span in the article text (no possessive "'s")
    end: int
    text: str
    sent: int  # index of the sentence
    kind: str = "name"  # name | work | desc | pron | plural
    possessive: bool = False
    known: KnownEntity | None = None
    mask_start: int = -1  # the span replaced by a placeholder in fact patterns
    mask_end: int = -1
    descriptor: str | None = None  # "rapper", "label": the noun of a description or apposition
    acronym: str | None = None  # "(UMG)" right after the name
    entity: int | None = None  # index of the entity it names
    targets: tuple[int, ...] = ()  # for plural references: the entities
    honorific: str | None = None  # "Sir"

    def __post_init__(self) -> None:
        if self.mask_start < 0:
            self.mask_start = self.start
        if self.mask_end < 0:
            self.mask_end = self.end


@dataclass
class Draft:
    """An entity being built: its forms, types and mentions in this article."""

    forms: Counter = field(default_factory=Counter)
    known: KnownEntity | None = None
    types: set[str] = field(default_factory=set)
    evidence_types: set[str] = field(default_factory=set)  # from the article's context
    descriptions: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    person_shaped: bool = False
    alive: bool = True
    who_cue: bool = False  # "X, who ...": companies take "which"; types a name with no other evidence
    origin_mentions: int = 0  # "the singer from X": mentions naming where a performer comes from

    @property
    def name(self) -> str:
        if self.known and self.known.name in self.forms:
            return self.known.name
        return max(self.forms, key=lambda f: (len(f.split()), len(f), self.forms[f]))


# "X, whose legal name is Y": X is a stage name, so a performer
# the last word of a chart's name, when "chart" follows it ("Hot Country Songs chart", "Top Albums charts")
_CHART_HEADS = frozenset({"songs", "albums", "singles", "airplay", "tracks", "hits", "sales"})
_CHART_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:[A-Z0-9][\w-]*\s+){0,3}(?:Songs|Albums|Singles|Airplay|Tracks))?"
                          r"\s+(?:chart|charts|ranking|tally)(?![\w-])")
_STAGE_NAME = re.compile(r",\s+whose\s+(?:legal|real|birth|given)\s+name\s+is\b", re.I)
# round 38c. "Jane Roe, [the ... songwriter] who performs as X": the person has a stage name
_PERFORMS_AS = re.compile(r",\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4})?who\s+(?:performs|records|raps|sings)\s+(?:as|under)\b")


#: Plural nouns for a business's founders: the names listed after them ("its co-founders, A and B") are people.
# Round 36c: words that open another clause between a subject and a later description ("X said the label ...")
_CLAUSE_OPENS = re.compile(r"[,;:()\"“”‘’]|'s\b|\b(?:that|which|who|whom|whose|when|while|where|because|after|before|since|as|if|"
                           r"and|but|or|than|said|says|say|told|tells|according|whether|until|once|so)\b", re.I)
_FOUNDERS = frozenset({"founders", "co-founders", "cofounders"})


def _fold(s: str) -> str:
    """Lower case without accents ("Tomás" -> "tomas")."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].islower() and any(c.isupper() for c in tok[1:]))


class MentionFinder:
    """Finds and groups the entity mentions of one article."""

    def __init__(self, text: str, sentences: list[Sentence], gaz: Gazetteer, lex: Lexicon):
        self.text, self.sentences, self.gaz, self.lex = text, sentences, gaz, lex
        self.vocab = {m.group(0) for m in re.finditer(r"\b[a-z][a-z'-]+\b", text)}
        self.mentions: list[Mention] = []
        self.drafts: list[Draft] = []
        self.taken: list[tuple[int, int]] = []  # spans already claimed (works, strategies)
        self._parent: dict[int, int] = {}  # merged drafts: dropped -> kept
        self._desc_re = _descriptor_regex(lex)
        self._title_head_re, self._title_before_re, self._title_after_re, self._appos_re, self._strategy_re = \
            _compiled(lex)
        self._origin_re = _origin_regex(lex)
        self._cue_cache: dict[str, bool] = {}  # names that are also common words: cued somewhere in the article?

    # --- 1-3: mentions ------------------------------------------------------
    def find(self) -> None:
        self._mark_strategies()
        self._find_works()
        self._find_unquoted_works()
        body = self.text[self.sentences[0].end:] if self.sentences else ""
        title_case = self._title_case_headline()
        for si, sent in enumerate(self.sentences):
            only_known = title_case and si == 0
            self._scan_sentence(si, sent, only_known, body)
        self._numeric_short_forms()
        self.mentions.sort(key=lambda m: m.start)
        self._attach_acronyms()

    _NUM_NEXT = re.compile(r"(?:'s\b|\s*[,.;:)]|\s+(?:is|was|has|had|will|would|can|could|may|might|did|does|also|now|"
                           r"said|says|became|remains|keeps|signed|and|as|which|who|itself)\b)")

    def _numeric_short_forms(self) -> None:
        """A name that opens with a number ("300 Entertainment") is often called by the number alone
        ("signed to 300, as are ..."). Only where the bare number stands as a name: followed by a verb,
        a possessive or punctuation, never by a noun ("300 employees") or a unit ("300 million")."""
        heads = {m.text.split()[0] for m in self.mentions
                 if m.kind == "name" and re.fullmatch(r"\d{2,4}\s+[A-Z]\w+(?:\s+[A-Z]\w+)*", m.text)}
        for head in heads:
            for hit in re.finditer(rf"(?<![\w$£€.,%-]){re.escape(head)}(?![\w%.,]\w)", self.text):
                a, b = hit.span()
                if any(m.start <= a < m.end for m in self.mentions) or not self._NUM_NEXT.match(self.text, b):
                    continue
                if re.search(r"(?:\b(?:about|some|around|nearly|almost|over|than|top|Billboard|the|to\s+be|up\s+to)|[$£€])\s*$",
                             self.text[max(0, a - 12):a]):
                    continue  # "the top 300", "about 300": a number
                self.mentions.append(Mention(a, b, head, self._sent_of(a), possessive=self.text[b:b + 2] in ("'s", "’s")))

    def _mark_strategies(self) -> None:
        for m in self._strategy_re.finditer(self.text):
            self.taken.append((m.start(), m.end()))

    def _title_case_headline(self) -> bool:
        if len(self.sentences) < 2 or "\n" not in self.text.strip():
            return False  # no body to check the headline's names against
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", self.sentences[0].text) if len(w) > 3]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7

    def _overlaps(self, a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in self.taken)

    def _sent_of(self, pos: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= pos < s.end:
                return i
        return len(self.sentences) - 1

    def _find_works(self) -> None:
        quote = re.compile(
            r"(?<!\w)(?:“([^”\n]{1,80}?)”|\"([^\"\n]{1,80}?)\"|‘([^’\n]{1,80}?)’(?!\w)|'([^'\n]{1,80}?)'(?!\w))"
        )
        work_words = r"(?:track|song|single|album|ep|lp|record|hit|anthem|ballad|mixtape|tune|cut|smash|banger|record|diss track|debut|video)s?"
        # "shows such as 'A'", "hits including 'A'", "its podcasts include 'A'": a title after a plural of works
        listed = re.compile(r"\b(?:shows|podcasts|series|songs|tracks|albums|hits|singles|titles|works|films|programmes|records|"
                            r"recordings|compositions|classics|releases|catalogue|catalog|franchises|audiobooks)\b[^.\"“”\n]{0,40}?"
                            r"\b(?:including|such\s+as|like|include[sd]?|among\s+them)\s*:?\s*$", re.I)
        cands = []
        for m in quote.finditer(self.text):
            gi = next(i for i in range(1, 5) if m.group(i) is not None)
            content = m.group(gi)
            a, b = m.start(gi), m.end(gi)
            stripped = content.strip()
            # "(I Can't Get No) Satisfaction": a title may open with a parenthesis
            if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()
                                    or re.match(r"\([A-Z0-9][^()]*\)\s+[A-Z0-9]", stripped)):
                continue
            if len(stripped.split()) > 8 or stripped[-1] in ",.;:!?" and len(stripped.split()) > 3:
                continue
            before = self.text[max(0, m.start() - 40):m.start()]
            after = self.text[m.end():m.end() + 40]
            reason = None
            if re.search(r"\b" + work_words + r"\s*,?\s*$", before, re.I):
                reason = "descriptor"
            elif self._RELEASED_QUOTE.search(before) and not stripped.endswith(".") \
                    and not self._RELEASED_NOT_WORK.match(after):
                reason = "released"  # round 37c. 'he released "W"', 'had already dropped "W"', 'her follow-up "W"'
            elif listed.search(self.text[max(0, m.start() - 80):m.start()]):
                reason = "listed"
            elif re.search(r"[A-Z][\w.-]*['’]s\s*$", before):
                reason = "possessive"
            elif re.match(r"\s*,?\s*(?:(?:recorded|performed|sung|written|released)\s+)?by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z]",
                          after):
                reason = "by"
            elif self._QUOTE_CHARTS.match(after) and re.search(r"(?:^|[.!?][\"”’)]?)\s*$", self.text[max(0, m.start() - 3):m.start()]):
                reason = "charts"  # round 30c. a quoted title opening a sentence: '"Glass Hours" debuted at No. 3'
            elif self._collab_on(self.text[max(0, m.start() - 70):m.start()], stripped):
                reason = "collab"  # 'teamed up with B on "W"', 'joins her on "W"': a recording shared by two acts
            elif re.match(r"\s*,\s*(?:the|his|her|their|its|a|an|(?:[A-Z][\w.-]*\s+){1,3}?[A-Z][\w.-]*['’]s)\s+(?:[\w'’.-]+\s+){0,4}?(?:track|song|single|album|hit|anthem|ballad|mixtape|tune|smash|"
                          r"classic|EP|LP)s?\b(?!\s+(?:label|company|firm|publisher|producer|service|platform|deal)\b|\s+by\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:producers?|label|company|firm)\b)", after):
                reason = "appos"  # '"W", the Marvin Gaye classic', '"W", his 2014 hit'
            elif re.search(r"\((?:[^()]*\s)?(?:Version|Remix|Remaster(?:ed)?|Edit|Mix|Deluxe(?: Edition)?|Live|Acoustic)\)$", stripped) \
                    or re.match(r"\([A-Z0-9][^()]*\)\s+[A-Z0-9]", stripped):
                reason = "title-shape"  # "Red (Taylor's Version)", "(Sittin' On) The Dock of the Bay"
            elif re.fullmatch(r"(?:Dr|Mr|Mrs|Ms|Miss|Doctor|Professor|Captain|Lady|Sir)\.?\s+[A-Z][a-z]+", stripped) \
                    and not self.gaz.lookup(stripped):
                reason = "title-shape"  # a quoted "Dr. Death" is a show's title, not a person
            elif self._quoted_title_shape(stripped, before, after, m.group(0)[0]):
                reason = "shape"  # round 39c. a short capitalised quotation that is not speech, a nickname or a named thing
            cands.append((stripped, a + (len(content) - len(content.lstrip())), reason, m.start(), m.end()))
        # a quoted title listed next to a sure one is a work too: "'A', 'B' and 'C' by X"
        for k in range(len(cands)):
            for j in (k - 1, k + 1):
                if 0 <= j < len(cands) and cands[j][2] not in (None, "shape") and cands[k][2] in (None, "shape"):
                    lo, hi = (cands[j], cands[k]) if j < k else (cands[k], cands[j])
                    if re.fullmatch(r"\s*(?:,|,?\s+(?:and|or|as well as|and then|followed by|was followed by))\s*", self.text[lo[4]:hi[3]]):
                        c = cands[k]
                        cands[k] = (c[0], c[1], "list", c[3], c[4])
        # round 30c. A title sure only from its chart verb is a mention there alone: its other quotes stay as they were
        # (facts.py gives "their duet "W"" to the last act named only, where the performer rules give it to both)
        sure = {c for c, _, r, _, _ in cands if r and r not in ("charts", "shape")}
        # round 39c. The shape speaks only where nothing in the article says otherwise: a title the shape refuses at one
        # of its quotations ('their duet "W"', '"W", a campaign') is left to the cue rules at all of them
        refused = {c for c, _, r, _, _ in cands if not r}
        cands = [(c, a, None if r == "shape" and c in refused else r, s, e) for c, a, r, s, e in cands]
        for content, a, reason, _, _ in cands:
            if (content in sure or reason in ("charts", "shape")) and not self._overlaps(a, a + len(content)):
                self.taken.append((a, a + len(content)))
                self.mentions.append(Mention(a, a + len(content), content, self._sent_of(a), kind="work",
                                             descriptor=reason))

    # round 39c (after the lead's 38e). Nine in ten capitalised quotations in music news are titles of recordings; the
    # rest are speech (first person, a verb, a closing comma), nicknames between a first name and a surname ('Pierre
    # "Pee" Thomas'), and named things that are not recordings, which the words around them say ('a podcast "X"', 'the
    # "X" tour', 'what it calls "X"', 'said it was "X"'). The cues above type a title from its context; this types it
    # from its shape, as a weak mention (see `sure`). Where a context is ambiguous the shape stays silent and the older
    # rules decide: an apposition that names no recording ('"X", a campaign for ...', '"X", the company's service'), a
    # quotation opening a sentence (a subject: '"X" reached a deal'), after "on" (a show, a campaign or a recording),
    # after "including" (a list the cue rules already read), after a shared-recording noun ('their duet "X"': facts.py
    # gives it to the last act only and performers.py to the pair; a weak mention there would change which).
    _SPEECH = re.compile(r"\b(?:we|our|us|i|i'm|my|me|you|your|it's|we're|don't|didn't|can't|is|are|was|were|will|would|"
                         r"have|has|had|not)\b", re.I)
    _NAMED_BEFORE = re.compile(
        r"(?:\b(?:said|says|told|added|call|calls|called|dubbed|describes?\s+as|described\s+as|known\s+as|names?|named|"
        r"titled|entitled|headlined|slogan|motto|hashtag|nickname|dance|podcast|show|programme|program|series|campaign|"
        r"initiative|strategy|model|tweet|report|study|app|game|film|movie|documentary|book|memoir|brand|tour|festival|"
        r"emote|phrase|word|term|words|tagline|as|"
        r"is|was|are|were|be|been|being|it's|quoted|quote|quotes|quoting|chanted|wrote|posted|tweeted|captioned|"
        r"say|saying|shouted|shouting|yelled|exclaimed|reading|"
        r"on|upon|including|includes?|included|such\s+as|like|among\s+them|"
        r"duet|duets|collaboration|collab|team-up|cover|version|remix|feature)\s*,?\s*(?:(?:a|an|the|its|his|her|their)\s+)?$)",
        re.I)
    _NAMED_AFTER = re.compile(r"\s*(?:,?\s*(?:said|says|he\s+said|she\s+said|according)\b|(?:tour|campaign|podcast|show|"
                              r"app|initiative|programme|program|series|festival|brand|model|strategy|plan|scheme|"
                              r"fund|award|awards|prize|hook|refrain|chorus|riff|lyric|line|motif|melody|verse|"
                              r"catchphrase|slogan|trademark|logo)s?\b|"
                              # an apposition: the "appos" cue has already taken the ones that name a recording
                              r",\s*(?:a|an|the|its|his|her|their|this|that|one|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?)\s)")

    def _quoted_title_shape(self, title: str, before: str, after: str, quote: str = '"') -> bool:
        """Whether a capitalised quotation with no cue reads as a recording's title.

        Not speech, a nickname, a named thing that is not a recording, nor a quotation whose context is ambiguous
        (an apposition, a sentence's opening, after "on" or "including", after "duet").

        Parameters
        ----------
        title : str
            The quotation's text, stripped.
        before, after : str
            Up to 40 characters of the article on either side of the quotation marks.
        quote : str
            The opening quotation mark.

        Returns
        -------
        bool
            True for a title: 'Fans streamed "Velvet Harbour" again'; False for 'said it was "Not Fair"'.
        """
        words = title.split()
        if len(words) > 7 or title[-1] in ",;:" or (title[-1] == "." and not re.search(r"\b[A-Z]\.$", title)):
            return False
        if len(words) > 3 and self._SPEECH.search(title):
            return False
        if re.search(r"[A-Z][a-z]+\s*$", before) and re.match(r"\s*[A-Z][a-z]+", after):
            return False  # a nickname between a first name and a surname
        if quote == "'" and re.match(r"[\w\s-]{0,30}?\w'(?!\w)", after):
            return False  # an elision cut the quotation short: 'Playas Gon' Play'
        if re.search(r"(?:^|[.!?:][\"”’)]?|\n)\s*$", before):
            return False  # opens a sentence: a subject, typed by its verb ("charts" above) or not at all
        return not (self._NAMED_BEFORE.search(before) or self._NAMED_AFTER.match(after))

    # round 37c. A release verb or a sequel noun right before a quoted title: 'Drake had released "W"', 'during that
    # time he released "W" and ...', 'His follow-up "W"', 'a diss "W"'. Not "duet": facts.py gives 'their duet "W"' to
    # the last act only. Not a report or statement put out by a body ('released "Fair Play", a report on ...'), nor a
    # word dropped from a name ('dropped "Bros." from its name').
    _RELEASED_QUOTE = re.compile(r"(?:\b(?:released|releases|dropped|drops|put\s+out)|\b(?:follow-up|diss))\s*$", re.I)
    _RELEASED_NOT_WORK = re.compile(r"\s*(?:from\b|,\s*(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|study|"
                                    r"survey|guide|guidelines|policy|paper|letter|code|plan|app|book|memoir|documentary|film)s?\b)")

    # round 30c. What only a recording does right after its quoted title: it charts, is certified or is released
    # ('"W" debuted at No. 3', '"W" spent 19 weeks at No. 1', '"W" went platinum', '"W", was released in 2023');
    # "won", "became" and "reached a deal" are left out: a show, a campaign or a quoted remark does those too
    _QUOTE_CHARTS = re.compile(r"\s*,?\s+(?:(?:has|had|have|also|later|eventually|quickly|then|first)\s+){0,2}(?:"
                               r"(?:debuted|debuts|peaked|peaks|charted|charts)\b|"
                               r"(?:topped|tops|entered|enters|climbed|climbs|reached|reaches|hit|hits)\s+(?:the\s+)?"
                               r"(?:No\.|number|#|\d|top\b|Billboard|Hot|UK|Official|chart|charts|Spotify|streaming|singles|albums)|"
                               r"(?:spent|spends)\s+(?:\w+\s+){1,2}weeks?\b|"
                               r"(?:went|goes|has\s+gone|was\s+certified|is\s+certified)\s+(?:\w+[-\s])?(?:gold|platinum|diamond)\b|"
                               r"(?:was|is|will\s+be)\s+(?:first\s+)?released\b)")

    _COLLAB_ON = re.compile(r"\b(?:team(?:s|ed)?\s+up|collaborat(?:e|es|ed)|duet(?:s|ted)?|join(?:s|ed)?)\s+"
                            r"(?:with\s+)?(?P<who>(?:[\w'’.-]+\s+){0,5}?)on\s*$", re.I)

    def _collab_on(self, before: str, title: str) -> bool:
        """'teamed up with the rapper B on "W"', 'joins her on "W"': the quoted title is a recording two acts share.
        The partner must be a performer (a performer noun, a pronoun, a known act), so "joined the regulator on "X""
        stays untyped."""
        m = self._COLLAB_ON.search(before)
        if not m or title.lower() in self.lex.days | self.lex.months:
            return False
        who = m.group("who").strip()
        if re.fullmatch(r"(?:him|her|them)", who, re.I) or any(
                "Artist" in (self.lex.descriptors.get(w.lower()) or ()) for w in re.findall(r"[\w-]+", who)):
            return True
        known = self.gaz.lookup(re.sub(r"^(?:with\s+)?(?:the\s+)?", "", who))
        return bool(known and "Artist" in known.types)

    # "Miley Cyrus's single Flowers", "the 2019 mixtape Fever", "Her 2022 album, Motomami,", "its follow-up, Twice as
    # Tall,", "the singles A and B": an unquoted title right after a work noun with a determiner or possessive before it
    _UQ_CUE = re.compile(
        r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)|[A-Z][\w.'’-]*(?:['’]s|s['’]))\s+"
        r"(?:(?:\d{4}|[a-z][a-z-]+)\s+){0,3}?"
        r"(?P<noun>album|single|EP|LP|mixtape|song|track|ballad|anthem|(?P<appos>debut|follow-up))(?P<pl>s)?"
        r"(?P<comma>[ \t]*,)?[ \t]+(?=[A-Z0-9])")
    # "the songs Nicks wrote": the name is the subject of a relative clause, not a title
    _UQ_VERB_AFTER = re.compile(r"\s+(?:co-)?(?:wrote|written|produced|recorded|released|sang|made|penned|performed|cut|"
                                r"owns|owned|signed|co-wrote)\b")
    # "her Cowboy Carter album": a title between a personal possessive and the work noun
    _UQ_INNER = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?=[A-Z])")
    _UQ_SMALL = frozenset("the of a an in on to by for with and n' n’ as at from my me your is out up".split())
    _UQ_CLAUSE = frozenset("in on to by for with at from as and".split())
    _UQ_TOKEN = re.compile(r"[A-Za-z0-9][\w'’.!?-]*|\([^()\n]{1,40}\)")

    def _uq_title(self, pos: int, limit: int, listed: bool = False) -> tuple[int, int] | None:
        """The title that opens at ``pos``: capitalised words, lower-case small words only between capitalised
        ones that are not a month, place or known name ("Mr. Money With the Vibe", not "Flowers in January").
        ``listed`` (after a plural work noun): "and" ends the title, so "the singles A and B" is two titles."""
        lex = self.lex
        toks = [(m.group(0), m.start(), m.end()) for m in self._UQ_TOKEN.finditer(self.text, pos, limit)]
        out: list[tuple[str, int, int]] = []
        k = 0
        while k < len(toks) and len(out) < 8:
            t, a, b = toks[k]
            if self.text[(out[-1][2] if out else pos):a].strip():
                break  # punctuation ends the title
            if t.startswith("("):
                if not out:
                    break
                out.append(toks[k])  # "Montero (Call Me by Your Name)"
                k += 1
                break
            low = t.lower().rstrip(".,")
            if out and low in self._UQ_SMALL and t[:1].islower():
                if listed and low == "and":
                    break  # round 33c. a plural noun promises two titles or more: "the albums A and B"
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if not nxt or not nxt[0][:1].isupper() or self.text[b:nxt[1]].strip():
                    break
                nlow = nxt[0].lower()
                known = self._gaz_match(toks[k + 1:], 0, 0)
                if nlow in lex.months | lex.days | lex.places or (low in self._UQ_CLAUSE and (
                        nlow in lex.org_suffixes or known and known[1].types & (ORG_TYPES | PERSON_TYPES))):
                    break
                out.append(toks[k])
                k += 1
                continue
            if not (t[:1].isupper() or t[:1].isdigit()):
                break
            if out and (low in lex.months or low in lex.days):
                break
            out.append(toks[k])
            k += 1
            if t[-1] in ".!?" and not re.fullmatch(r"(?:Mr|Mrs|Ms|Dr|St|Vol|Jr|Sr|[A-Z])\.", t):
                break  # "the 2019 mixtape Fever. Her ...": the sentence ends
        while out and out[-1][0][:1].islower() and out[-1][0].lower() in self._UQ_SMALL:
            out.pop()
        if not out:
            return None
        a, b = out[0][1], out[-1][2]
        while b > a and self.text[b - 1] in ".!?" and not re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Vol)\.$", self.text[a:b]):
            b -= 1
        return (a, b) if b > a else None

    def _uq_ok(self, a: int, b: int, item: bool = False) -> bool:
        """Not a known name, an organisation, a person's name or a number that is a quantity. ``item``: a later
        title of a list ("the singles A and B made ..."), where a verb after it is the sentence's, not a clause's."""
        title = self.text[a:b]
        words = title.split()
        if self._overlaps(a, b) or self.gaz.lookup(title) or self.gaz.lookup(words[0]) and len(words) == 1:
            return False
        if (len(words) == 1 and words[0].lower() in self.lex.stop_words) or words[0].lower() in self.lex.places | self.lex.months \
                or title.lower() in self.vocab:
            return False
        if re.sub(r"[^\w]", "", words[-1]).lower() in self.lex.org_suffixes and len(words) > 1:
            return False  # "the album Hollow Records released"
        if len(words) == 1 and (title.lower() in self.lex.demonyms or not item and self._UQ_VERB_AFTER.match(self.text, b)):
            return False  # "a single Jamaican instrumental", "the songs Nicks wrote for ..."
        if self._person_name(title, loose=False):
            return False  # "the track Mike Dean produced"
        if re.fullmatch(r"\d+", title) and (re.fullmatch(r"(?:1[89]|20)\d\d", title) or re.match(
                r"\s+(?:million|billion|times|copies|weeks|days|years|units|streams|per|percent|%)", self.text[b:b + 12])):
            return False
        return True

    def _add_uq(self, a: int, b: int, reason: str) -> None:
        self.taken.append((a, b))
        self.mentions.append(Mention(a, b, self.text[a:b], self._sent_of(a), kind="work", descriptor=reason))

    def _find_unquoted_works(self) -> None:
        for m in self._UQ_CUE.finditer(self.text):
            end = self.text.find("\n", m.end())
            limit = len(self.text) if end < 0 else end
            span = self._uq_title(m.end(), min(limit, m.end() + 120), listed=bool(m.group("pl")))
            if not span:
                continue
            a, b = span
            after = self.text[b:b + 2]
            if m.group("comma") or m.group("appos"):
                # apposition: the title must close at punctuation ("its follow-up, Twice as Tall, won")
                if not m.group("comma") or not re.match(r"\s*[,.;:)]|\s*$", after):
                    continue
            if after.startswith(("'s", "’s")):
                continue
            if not self._uq_ok(a, b):
                continue
            self._add_uq(a, b, "unquoted")
            if m.group("pl"):
                # "the singles A and B", "the songs A, B and C"
                pos = b
                while True:
                    sep = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z0-9])", self.text[pos:pos + 8])
                    if not sep:
                        break
                    nxt = self._uq_title(pos + sep.end(), min(limit, pos + sep.end() + 120), listed=True)
                    if not nxt or not self._uq_ok(*nxt, item=True):
                        break
                    self._add_uq(*nxt, "unquoted")
                    pos = nxt[1]
        self._find_titles_before_appos()
        self._find_titles_released()
        for m in self._UQ_INNER.finditer(self.text):
            span = self._uq_title(m.end(), min(len(self.text), m.end() + 80))
            if span and re.match(r"\s+(?:album|single|EP|LP|mixtape)\b(?!['’]s)", self.text[span[1]:span[1] + 12]) \
                    and self._uq_ok(*span):
                self._add_uq(*span, "unquoted")

    # "has released My 21st Century Blues, her long-delayed debut album", "followed with Escapism, her collaboration
    # with ...": a title with no work noun before it, named by the apposition after it
    _UQ_APPOS = re.compile(r",\s+(?:the|a|an|her|his|their|its)\s+(?:\d{4}\s+)?((?:[\w'’-]+\s+){0,3}?)(?:hit|single|album|"
                           r"song|track|ballad|anthem|EP|LP|mixtape|debut|follow-up|duet|collaboration|instrumental|"
                           r"remix)\b(?!\s+(?:label|company|group|service|platform|deal|contract|imprint)\b|['’-])")

    def _find_titles_before_appos(self) -> None:
        for m in self._UQ_APPOS.finditer(self.text):
            if re.search(r"\b(?:who|whose|which|that|behind|of|for|by|with|from|at|to)\b", m.group(1)):
                continue  # "Y, the label behind the album": the work noun is not the head
            comma = m.start()
            lo = max(0, comma - 100, self.text.rfind("\n", 0, comma) + 1)
            toks = [(t.group(0), t.start(), t.end()) for t in self._UQ_TOKEN.finditer(self.text, lo, comma)]
            k = len(toks)
            if not toks or toks[-1][2] != comma:
                continue
            while k > 0:
                t, a, b = toks[k - 1]
                gap = self.text[b:toks[k][1]] if k < len(toks) else ""
                if gap.strip():
                    break
                if t[:1].isupper() or t[:1].isdigit():
                    k -= 1
                    continue
                if t.lower() in self._UQ_SMALL and k < len(toks) and k >= 2 and (toks[k - 2][0][:1].isupper()) \
                        and not self.text[toks[k - 2][2]:a].strip():
                    k -= 1  # "Heart on My Sleeve": a small word between capitalised ones
                    continue
                break
            while k < len(toks) and toks[k][0][:1].islower():
                k += 1
            if k == 0 or k >= len(toks) or not toks[k - 1][0][:1].islower() or toks[k - 1][0][-1] in ".!?:" \
                    or any(re.search(r"['’]s?$", t[0]) for t in toks[k:]):
                continue  # only after a lower-case word in the same sentence ("has released W, ..."): no subject names
            if k > 0 and re.search(r"['’]s$", toks[k - 1][0]):
                continue
            span = self._uq_title(toks[k][1], comma + 1)
            if not span or span[1] != comma or span[0] != toks[k][1]:
                continue
            if self._uq_ok(*span) and not self._possessive_name(span[0]):
                self._add_uq(span[0], span[1], "unquoted")

    # round 30c (from round 28c, safe since round 30b reads "Neither A nor B sings"). "Short n' Sweet, released on Island Records in late August, opened ...", "Génesis, released in June on ...":
    # a title opening a sentence, named by a release clause with a date or a label after it (not "released on bail")
    _UQ_RELEASED = re.compile(r"(?:^|(?<=[.!?][\s\"”’]))\s*(?P<title>[A-Z0-9][^,.;:\n]{0,60}?),\s+(?:was\s+)?(?:released|issued|"
                              r"out)\s+(?:on|in|through|via)\s+(?=[A-Z0-9])", re.M)

    def _find_titles_released(self) -> None:
        for m in self._UQ_RELEASED.finditer(self.text):
            a, comma = m.start("title"), m.end("title")
            span = self._uq_title(a, comma + 1)
            if not span or span != (a, comma):
                continue
            low = self.text[comma:m.end()].lower()
            nxt = self.text[m.end():m.end() + 12].split()[0].strip(",.").lower() if self.text[m.end():m.end() + 12].split() else ""
            if " in " in low and not (nxt in self.lex.months or re.fullmatch(r"(?:19|20)\d\d", nxt)):
                continue  # "X, released in Japan": a place or anything else, not a date
            if self._uq_ok(a, comma) and not self._possessive_name(a) \
                    and self.text[a:comma].split()[0].lower() not in self.lex.stop_words:
                self._add_uq(a, comma, "unquoted")

    def _possessive_name(self, a: int) -> bool:
        return bool(re.search(r"[A-Z][\w.-]*['’]s?\s+$", self.text[max(0, a - 30):a]))

    def _gaz_match(self, toks, i, si_start: int) -> tuple[int, KnownEntity, bool] | None:
        for cand, idx, weak in self.gaz.index.get(toks[i][0], ()):
            n = len(cand)
            if i + n <= len(toks) and tuple(t for t, _, _ in toks[i:i + n]) == cand:
                # a possessive may only end the match
                if any(self._possessive(toks[k]) for k in range(i, i + n - 1)):
                    continue
                return n, self.gaz.entities[idx], weak
        return None

    def _possessive(self, tok) -> bool:
        return bool(re.match(r"['’]s\b", self.text[tok[2]:tok[2] + 3]))

    def _is_connector(self, toks, j, span) -> bool:
        t = toks[j][0].lower()
        if j + 1 >= len(toks) or not _is_cap(toks[j + 1][0]):
            if not (t in ("of", "for") and j + 2 < len(toks) and toks[j + 1][0] == "the" and _is_cap(toks[j + 2][0])):
                return False
        # nothing but spaces between the tokens
        if self.text[toks[j - 1][2]:toks[j][1]].strip() or self.text[toks[j][2]:toks[j + 1][1]].strip():
            return False
        last = toks[span[-1]][0].lower()
        if t in ("of", "for"):
            return last in self.lex.of_heads
        if t == "the":
            return toks[j - 1][0].lower() in ("of", "for")
        if t in ("&", "+"):
            return True
        if t == "and":
            return self._and_in_body_name(toks, j, span)
        if t in CONNECTORS_NAME:
            return True
        return False

    _BODY_HEADS = frozenset("council association commission federation society alliance institute foundation "
                            "authority board academy guild".split())

    def _and_in_body_name(self, toks, j, span) -> bool:
        """"the Betting and Gaming Council": after "the", one or two unknown words, "and", then one or two words that end
        in a body's head noun make one name (a trade body or public body named for two fields); "Sony and the Music
        Council" or "the Sony and Warner labels" stay apart."""
        i = span[0]
        if not i or toks[i - 1][0] != "the" or len(span) > 2 or toks[span[-1]][0].lower() in self._BODY_HEADS:
            return False
        if any(self._gaz_match(toks, x, 0) for x in span):
            return False
        k = j + 1
        while k < len(toks) and k <= j + 2 and _is_cap(toks[k][0]) and not self.text[toks[k - 1][2]:toks[k][1]].strip():
            if toks[k][0].lower() in self._BODY_HEADS:
                return not self._gaz_match(toks, j + 1, 0) and (k + 1 >= len(toks) or not _is_cap(toks[k + 1][0])
                                                                or toks[k + 1][0] == "of")
            k += 1
        return False

    def _scan_sentence(self, si: int, sent: Sentence, only_known: bool, body: str) -> None:
        toks = [t for t in tokens(sent.text, sent.start)]
        # drop the "s" of possessives
        toks = [t for k, t in enumerate(toks) if not (t[0] == "s" and k and self._possessive(toks[k - 1]) and t[1] == toks[k - 1][2] + 1)]
        i, n = 0, len(toks)
        lex = self.lex
        while i < n:
            tok, a, b = toks[i]
            if self._overlaps(a, b):
                i += 1
                continue
            sent_initial = i == 0 or (i == 1 and not toks[0][0][:1].isalnum())
            placed = self._place_institution(toks, i)
            if placed:
                k, known = placed  # "the New York Supreme Court", "the US Department of Justice": the place is in the name
                end = toks[i + k - 1][2]
                self.mentions.append(Mention(a, end, self.text[a:end], si, known=known,
                                             possessive=self._possessive(toks[i + k - 1])))
                i += k
                continue
            hit = self._gaz_match(toks, i, sent.start) or (self._headline_short_band(si, toks, i) if si == 0 else None)
            if hit:
                k, known, weak = hit
                end = toks[i + k - 1][2]
                # "Amazon Studios": a known name followed by an organisation word is another name
                nxt = i + k
                ext = nxt
                while ext < n and _is_cap(toks[ext][0]) and toks[ext][0].lower() not in SPAN_BREAKERS and not self.text[toks[ext - 1][2]:toks[ext][1]].strip() and not self._possessive(toks[ext - 1]):
                    ext += 1
                # in a title-case headline only when the body uses the longer name too
                # "the Billboard Hot 100", "the Billboard Global 200": a chart of the known name, not a new name
                chart = ext < n and re.fullmatch(r"\d{2,3}", toks[ext][0]) is not None and ext - nxt == 1 \
                    and not self.text[toks[ext - 1][2]:toks[ext][1]].strip()
                if ext > nxt and not chart and "Artist" in known.types and ext - nxt <= 3 \
                        and (toks[ext - 1][0] in ("Live", "Tour") or toks[ext - 1][0].lower() not in lex.org_suffixes) and (
                        any(toks[x][0] in ("Live", "Tour", "Unplugged") for x in range(nxt, ext))
                        or _EVENT_AFTER.match(self.text, toks[ext - 1][2])) \
                        and (not known.context_only or self._typed_by_context(a, end) or self._cued_elsewhere(known)):
                    # "the Oasis Live '25 dates", "the Blur Summer Tour": the act's show, not a business named after it
                    self.mentions.append(Mention(a, end, self.text[a:end], si, known=known,
                                                 possessive=self._possessive(toks[i + k - 1])))
                    i = ext
                    continue
                if ext > nxt and not chart and (not only_known or self.text[a:toks[ext - 1][2]] in body) \
                        and not self._gaz_match(toks, nxt, sent.start) and (
                        toks[ext - 1][0].lower() in lex.org_suffixes
                        or self._local_unit(toks, known, nxt, ext)
                        or (k == 1 and all(toks[x][0].lower() not in lex.places | lex.stop_words | lex.months | lex.days
                                           | lex.demonyms for x in range(nxt, ext))
                             and (not sent_initial or all(toks[x][0].lower() not in self.vocab for x in range(nxt, ext))))):
                    # "Koda Blaze" is not the society Koda; "Amazon Studios" is not Amazon
                    self._add_span(si, toks, i, ext, sent_initial, body, only_known)
                    i = ext
                    continue
                if known.context_only and not self._typed_by_context(a, end) and not self._cued_elsewhere(known):
                    i += k
                    continue
                if sent_initial and k == 1 and tok.lower() in self.vocab | lex.stop_words and not self._possessive(toks[i]):
                    i += 1
                    continue
                m = Mention(a, end, self.text[a:end], si, known=known, possessive=self._possessive(toks[i + k - 1]))
                m.descriptor = "weak" if weak else None
                self.mentions.append(m)
                i += k
                continue
            if re.search(r"['’](?:re|ve|ll|d|m|t)$", tok, re.I) or tok.lower().replace("’", "'") in ("i'm", "it's", "that's", "there's", "here's", "let's", "what's", "he's", "she's"):
                i += 1
                continue
            if tok[:1].isdigit():
                if not self._digit_name(toks, i):
                    i += 1
                    continue
            elif not _is_cap(tok) or tok.lower() in SPAN_BREAKERS:
                i += 1
                continue
            j = i + 1
            span = [i]
            if not self._possessive(toks[i]):
                while j < n:
                    t2 = toks[j][0]
                    gap = self.text[toks[j - 1][2]:toks[j][1]]
                    if gap.strip() and gap.strip() not in ("&",):
                        break
                    if _is_cap(t2) and t2.lower() not in SPAN_BREAKERS and (not self._gaz_match(toks, j, sent.start)
                                                                         or self._joins_known(toks, span, j)):
                        span.append(j)
                        j += 1
                        if self._possessive(toks[j - 1]):
                            break
                    elif t2.lower() in {"of", "for", "the", "&", "+", "and"} | CONNECTORS_NAME and self._is_connector(toks, j, span):
                        j += 1
                    elif t2[:1].isdigit() and re.fullmatch(r"\d+(?:\.\d+)?", t2) and span and toks[span[-1]][0].lower() not in lex.months:
                        # "Streaming 2.0", "Blink 182": keep digits only inside known names; stop here
                        break
                    else:
                        break
            self._add_span(si, toks, i, span[-1] + 1, sent_initial, body, only_known)
            i = span[-1] + 1

    _UNIT_OWNERS = frozenset({"Music", "Records", "Recordings", "Entertainment", "Publishing"})

    def _local_unit(self, toks, known: KnownEntity, nxt: int, ext: int) -> bool:
        """"Sony Music Italy", "Universal Music Japan": a music company's name followed by a country or city is its local
        unit, another business (a worksFor or signedTo lands on the unit, not the parent)."""
        if ext - nxt > 2 or not {"RecordLabel", "Publisher", "Company"} & set(known.types) \
                or toks[nxt - 1][0] not in self._UNIT_OWNERS:
            return False  # "Spotify Sweden", "Taylor Swift London": only a music company's name takes a place
        return self.text[toks[nxt][1]:toks[ext - 1][2]].lower() in self.lex.places

    _UNIT = re.compile(r"\d+(?:st|nd|rd|th|s|bn|mn|am|pm|km|kg|ms|mb|gb|tb|fps|hz|mph|bps|kbps|k|m|x|p|g|d|mm|cm)", re.I)

    def _digit_name(self, toks, i: int) -> bool:
        """A name may open with a digit: "4AD", "88rising", "7digital" (digits and letters in one word, not a
        unit such as "10m", "1990s", "3rd"), or a number before capitalised words ending in an organisation
        word ("19 Recordings", "2 Tone Records", "10K Projects"); never a year ("2021 Grammy Awards")."""
        tok = toks[i][0]
        if re.fullmatch(r"\d+[A-Za-z][\w]*", tok) and sum(c.isalpha() for c in tok) >= 2 and not self._UNIT.fullmatch(tok):
            return True
        if not re.fullmatch(r"\d{1,4}[A-Za-z]?", tok) or re.fullmatch(r"(?:19|20)\d\d", tok) or self._UNIT.fullmatch(tok) and not tok[-1].isupper():
            return False
        j = i + 1
        while j < len(toks) and _is_cap(toks[j][0]) and not self.text[toks[j - 1][2]:toks[j][1]].strip() \
                and toks[j][0].lower() not in SPAN_BREAKERS:
            j += 1
        return j > i + 1 and toks[j - 1][0].lower() in self.lex.org_suffixes

    def _place_institution(self, toks, i: int) -> tuple[int, KnownEntity] | None:
        """A place of one to three words right before a known court or regulator ("New York Supreme Court", "US
        Department of Justice"): the tokens of the whole name and the known entity; None otherwise."""
        if not toks[i][0][:1].isupper():
            return None
        for p in (1, 2, 3):
            if i + p >= len(toks) or self.text[toks[i][1]:toks[i + p - 1][2]].lower() not in self.lex.places:
                continue
            if self.text[toks[i + p - 1][2]:toks[i + p][1]] != " " or self._possessive(toks[i + p - 1]):
                return None
            hit = self._gaz_match(toks, i + p, 0)
            if hit and not hit[2] and {"Court", "Regulator"} & set(hit[1].types):
                return p + hit[0], hit[1]
            return None
        return None

    def _joins_known(self, toks, span: list[int], j: int) -> bool:
        """"Neon Tidal": an unknown capitalised word right before a known one-word name makes a new name."""
        hit = self._gaz_match(toks, j, 0)
        if not hit or hit[0] != 1 or hit[2] or span[0] == 0:
            return False
        if j + 1 < len(toks) and _is_cap(toks[j + 1][0]) and not self.text[toks[j][2]:toks[j + 1][1]].strip():
            return False
        lex = self.lex
        bad = lex.places | lex.stop_words | lex.months | lex.days | lex.demonyms | self.vocab
        return all(toks[x][0].lower() not in bad and not self._gaz_match(toks, x, 0) for x in span)

    def _typed_by_context(self, a: int, b: int) -> bool:
        before = self.text[max(0, a - 40):a].lower()
        if re.search(r"\b(?:owned|run|operated|backed|controlled|founded|led|acquired|bought|brought|filed|made|built|"
                     r"managed|developed|created|launched|hit|affected|hurt|dominated)\s+by\s*$", before):
            return False  # "owned by Chicago media company X": "by" introduces an agent, not a performer
        if self._performer_cue(a, b):
            return True
        if re.search(r"\b(?:guitarist|drummer|bassist|singer|vocalist|keyboardist|frontman|frontwoman|members?|bandmates?)"
                     r"\s+(?:of|in)\s+(?:the\s+)?$", before):
            return True  # "the guitarist and drummer of X", "members of X": a band's players
        if re.match(r"['’]s?\s+(?:(?:reunion|farewell|comeback|world|stadium|arena|debut|new|latest)\s+)?(?:tour|album|single|"
                    r"EP|bandmates?|frontman|frontwoman|lead\s+singer|guitarist|drummer|bassist)\b(?!\s+(?:operators?|guides?|"
                    r"bus(?:es)?|market|industry|business|sector|compan(?:y|ies)|agenc(?:y|ies)|season)\b)", self.text[b:b + 60]):
            return True  # "X's reunion tour", "X's frontman": what only a performer has
        window = self.text[max(0, a - 120):a]
        ml = self._MEMBER_LIST_BEFORE.search(window)
        # "none of the four members, A, B and C, re-signed": the fact layer reads no negation that far back, so a
        # negated list stays unnamed rather than giving each name the verb's fact
        if ml and not re.search(r"\b(?:none|neither|no\s+one|not\s+all)\s+of\s+(?:the\s+|its\s+|their\s+)?$",
                                window[:ml.start()], re.I) and (ml.group("count") or (lambda k: bool(k and "Artist" in k.types))(self.gaz.lookup(ml.group("act")))):
            return True  # "the four members, Jisoo, Jennie, Rosé and Lisa", "LOONA members A and B": a group's performers
        return bool(re.search(r"\b(?:rapper|singer|band|artist|star|group|duo|producer|dj|musician|by|the act)\s*$", before))

    _MEMBER_LIST_BEFORE = re.compile(r"(?:\b(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|"
                                     r"band|group['’]s|band['’]s))|(?P<act>\b[A-Z][\w'’-]*))\s+members\s*,?\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)*"
                                     r"(?:(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,?\s+)?and\s+)?$")

    def _headline_short_band(self, si: int, toks, i: int) -> tuple[int, KnownEntity, bool] | None:
        """Round 30c. A headline drops a band's "The": "Police bandmates sue Sting" names "The Police" when the body
        does (as a band, with a cue when the name is also a common word). A headline "Police" with no band in the
        body stays nothing.

        Returns the match as ``_gaz_match`` does: (tokens taken, known entity, weak).
        """
        if si != 0 or "\n" not in self.text[self.sentences[0].end:self.sentences[0].end + 3] + self.text[
                self.sentences[0].start:self.sentences[0].end] or not _is_cap(toks[i][0]) or toks[i][0] == "The" \
                or (i and toks[i - 1][0] in ("The", "the")):
            return None
        body = self.text[self.sentences[0].end:]
        for k in (3, 2, 1):
            if i + k > len(toks) or any(not _is_cap(t[0]) for t in toks[i:i + k]) \
                    or self.text[toks[i][1]:toks[i + k - 1][2]].count(" ") != k - 1:
                continue
            known = self.gaz.lookup("The " + self.text[toks[i][1]:toks[i + k - 1][2]])
            if known is None or not known.name.startswith("The ") or "Artist" not in known.types \
                    or not re.search(r"(?<![\w'’-])" + re.escape(known.name) + r"(?![\w-])", body):
                continue
            if known.context_only and not self._cued_elsewhere(known):
                continue
            return k, known, False
        return None

    def _cued_elsewhere(self, known: KnownEntity) -> bool:
        """Whether another mention of a name that is also a common word ("Oasis", "The Police") has a performer's cue,
        or is a band name opening with a capital "The" inside a sentence ("drummer of The Police"): then every
        mention of it in the article is the act."""
        if known.name in self._cue_cache:
            return self._cue_cache[known.name]
        ok = False
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(known.name) + r"(?![\w-])", self.text):
            if self._typed_by_context(m.start(), m.end()) or (
                    known.name.startswith("The ") and re.search(r"[a-z,]\s+$", self.text[max(0, m.start() - 3):m.start()])
                    and not re.match(r"\s+[A-Z]", self.text[m.end():m.end() + 3])):
                ok = True
                break
        self._cue_cache[known.name] = ok
        return ok

    def _performer_cue(self, a: int, b: int) -> bool:
        """A cue that the name at ``a:b`` is a performer's: "his bandmate X", "X, whose legal name is Y" (a stage name),
        "X, the London singer," (an apposition whose head noun is a performer's)."""
        if _STAGE_NAME.match(self.text, b):
            return True
        am = self._appos_re.match(self.text, b)
        if am and not re.search(r"\b(?:of|at|for|by|with|from|behind|in|on|into|over|across|under|who|whose|which|that)\b",
                                am.group(1)) \
                and not re.match(r"['’]s\b", self.text[am.end():am.end() + 3]):
            want = self.lex.descriptors.get(am.group(2).lower()) or self.lex.descriptors.get(am.group(2).lower().rstrip("s"))
            if want and "Artist" in want:
                return True  # a name that is also a common word, typed by its apposition
        return bool(re.search(r"\b(?:bandmates?|frontman|frontwoman)\s*$", self.text[max(0, a - 20):a], re.I))

    def _add_span(self, si, toks, i, j, sent_initial, body, only_known) -> None:
        lex = self.lex
        if self.text[toks[i][1]:toks[j - 1][2]].lower() in lex.places:
            return
        # strip leading words that are not names
        while i < j:
            t = toks[i][0]
            low = t.lower()
            if t == "The" and not sent_initial and j - i >= 2 and not self._gaz_match(toks, i + 1, 0):
                break  # "the band The Vesper Lines": the article is part of the name
            if low in lex.org_suffixes and not sent_initial and j - i >= 3:
                break  # "the Music Rights Society of Kenya": an organisation word can open a name
            if low in lex.stop_words or low in lex.days or (low in lex.months and (j - i == 1 or sent_initial)):
                i += 1
                sent_initial = False
                continue
            if sent_initial and (low in self.vocab) and not self._gaz_match(toks, i, 0):
                i += 1
                sent_initial = False
                continue
            if sent_initial and set(lex.descriptors.get(low, ())) & PERSON_TYPES and not self._gaz_match(toks, i, 0) \
                    and (self._person_name(" ".join(t[0] for t in toks[i + 1:j])) or (i + 1 < len(toks) and self._gaz_match(toks, i + 1, 0))):
                i += 1  # "Bassist Glen Matlock and ...": a capitalised performer noun opening the sentence
                sent_initial = False
                continue
            break
        # a leading honorific is kept apart
        honor = None
        if j - i >= 2 and toks[i][0].lower().rstrip(".") in {h.rstrip(".") for h in lex.honorifics}:
            honor = toks[i][0]
        while j > i and toks[j - 1][0].lower() in lex.stop_words | {"of", "for", "the", "&", "+"}:
            if j - i >= 2 and toks[j - 1][0].lower() in lex.org_suffixes and toks[j - 2][0].lower() not in lex.stop_words:
                break  # "Ferngrove Music", "Parlour News": a name word, not a stray common word
            j -= 1
        if j <= i:
            return
        start, end = toks[i][1], toks[j - 1][2]
        surface = self.text[start:end]
        low = surface.lower()
        if low in lex.places or low in lex.stop_words or low in lex.months or low in lex.days:
            return
        last = toks[j - 1][0].lower()
        if last in lex.never_suffixes or re.fullmatch(r"[\d.,%$£€]+", surface):
            return
        if j - i >= 2 and last in _CHART_HEADS and _CHART_AFTER.match(self.text, end):
            return  # "its Hot Country Songs chart", "the US Afrobeats Songs chart": a chart, not a business
        if only_known and surface not in body:
            return
        if j - i == 1 and self._is_modifier(toks[i][1], end, surface):
            return
        if honor:
            name_start = toks[i + 1][1]
            m = Mention(name_start, end, self.text[name_start:end], si, possessive=self._possessive(toks[j - 1]),
                        mask_start=start, honorific=honor)
        else:
            m = Mention(start, end, surface, si, possessive=self._possessive(toks[j - 1]))
        self.mentions.append(m)

    def _is_modifier(self, start: int, end: int, surface: str) -> bool:
        """A lone capitalised word used as an adjective: a place or nationality before a noun."""
        if re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)+", surface):
            return True  # "Japanese-Scottish"
        low = surface.lower()
        if low in self.lex.demonyms:
            return True
        if low in self.lex.band_words and re.match(r"\s+(" + self._desc_re.pattern_desc + r")\b", self.text[end:end + 30]) \
                and set(self.lex.descriptors.get(re.match(r"\s+(\S+)", self.text[end:end + 30]).group(1).lower().rstrip("s"), ())) & PERSON_TYPES:
            return True  # "Grime artist X", "Country singer Y" opening a sentence: a genre, not a name
        before = self.text[max(0, start - 6):start]
        after = self.text[end:end + 40]
        if re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:indie|label|company|firm|publisher|distributor|imprint|start-up|startup|media|"
                    r"broadcaster|promoter|agency|band|singer|rapper|duo|trio|outfit)\s+(?:company\s+|group\s+|label\s+)?[A-Z]", after):
            return True  # "founded Malmo indie Saltmarsh Records": a place word before a described name
        if re.search(r"\b(?:the|a|an)\s+$", before, re.I) and re.match(
                r"\s+(?:[a-z][\w-]*\s+){0,2}(?:label|group|band|company|firm|start-up|startup|publisher|court|singer|"
                r"rapper|duo|trio|outfit|act|distributor|broadcaster|station|festival|venue|club|indie|imprint)s?\b", after):
            return True
        return False

    def _attach_acronyms(self) -> None:
        """'Universal Music Group (UMG)': the acronym joins the name's mention."""
        drop = set()
        for k, m in enumerate(self.mentions):
            if k in drop or m.kind != "name":
                continue
            rest = self.text[m.end:m.end + 20]
            am = re.match(r"\s*\(([A-Z][\w&.+-]{1,12}(?:\s[A-Z][\w&]*)?)\)", rest)
            if am and not m.possessive:
                m.acronym = am.group(1)
                m.mask_end = m.end + am.end()
                for k2 in range(k + 1, min(k + 3, len(self.mentions))):
                    if self.mentions[k2].start < m.mask_end:
                        drop.add(k2)
        self.mentions = [m for k, m in enumerate(self.mentions) if k not in drop]

    # --- 4: grouping ------------------------------------------------------------
    def group(self) -> None:
        by_key: dict[str, int] = {}
        strong_known = {m.known.name for m in self.mentions if m.known and m.descriptor != "weak"}

        def new(m: Mention) -> int:
            self.drafts.append(Draft(known=m.known))
            return len(self.drafts) - 1

        names = [m for m in self.mentions if m.kind in ("name", "work")]
        first_at: dict[str, int] = {}
        for m in names:
            if m.known and m.descriptor != "weak":
                first_at.setdefault(m.known.name, m.start)
        # weak aliases only count when the entity is named in full somewhere
        for m in names:
            if m.known and m.descriptor == "weak":
                m.descriptor = None
                parent = self._named_parent(m.text, m.known, names)
                if parent is not None and first_at[parent.name] < first_at.get(m.known.name, len(self.text)):
                    m.known = parent  # "Sony Corporation ... Sony said": the article is about the parent
                elif m.known.name not in strong_known:
                    m.known = None
        # 1) known entities and exact forms
        for m in names:
            key = ("K:" + m.known.name) if m.known else (("W:" if m.kind == "work" else "F:") + _norm(m.text))
            if key not in by_key:
                by_key[key] = new(m)
            m.entity = by_key[key]
        # acronyms in parentheses; an acronym form seen elsewhere joins too
        for m in names:
            if m.acronym:
                key = "F:" + _norm(m.acronym)
                d = self.drafts[m.entity]
                d.forms[m.acronym] += 0
                known = self.gaz.lookup(m.acronym)
                if key in by_key and by_key[key] != m.entity:
                    self._merge(by_key[key], m.entity)
                if known and "K:" + known.name in by_key and by_key["K:" + known.name] != m.entity:
                    self._merge(by_key["K:" + known.name], m.entity)
                by_key[key] = m.entity
        for m in names:
            m.entity = self._find(m.entity)
            self.drafts[m.entity].forms[m.text] += 1
            self.drafts[m.entity].mentions.append(self.mentions.index(m))
            if m.honorific:
                self.drafts[m.entity].forms[self.text[m.mask_start:m.end]] += 0
        for m in names:
            if m.acronym:
                self.drafts[m.entity].forms[m.acronym] += 0
        self._merge_short_forms()
        self._merge_legal_names(names)

    def _merge_legal_names(self, names: list[Mention]) -> None:
        """"X, whose legal name is Y": Y is the same performer as X (an alias, not a second person).

        When X is a description ("the singer, whose real name is Y"), Y joins the last known performer named
        in that sentence or the one before.
        """
        for m in names:
            if m.kind != "name" or m.known:
                continue
            before = self.text[max(0, m.start - 60):m.start]
            hit = re.search(r",\s+whose\s+(?:legal|real|birth|given)\s+name\s+is\s+$", before)
            if not hit:
                continue
            cut = m.start - len(before) + hit.start()
            prev = [n for n in names if n.end <= cut and n.kind == "name" and n.sent >= m.sent - 1]
            if prev and prev[-1].end == cut:
                self._merge(prev[-1].entity, m.entity)
            else:
                acts = [n for n in prev if n.known and "Artist" in n.known.types]
                if acts:
                    self._merge(acts[-1].entity, m.entity)
        for m in names:
            m.entity = self._find(m.entity)

    _PARENT_END = re.compile(r"\s(?:Corporation|Corp\.?|Group|Holdings|Inc\.?|plc|PLC)$")

    @classmethod
    def _parent_shaped(cls, form: str) -> bool:
        """"Sony Corporation", "Kestrel Group": a parent company's name, not a music unit ("Sony Music Group")."""
        return bool(cls._PARENT_END.search(form)) and not re.search(r"\b(?:Music|Records|Publishing)\b", form)

    def _named_parent(self, short: str, unit: KnownEntity, names: list[Mention]) -> KnownEntity | None:
        """The known parent the article names in full whose name opens with ``short`` ("Sony Corporation" for
        "Sony"), when ``short`` is a weak alias of another entry (the music unit "Sony Music Entertainment")."""
        for m in names:
            k = m.known
            if k is None or k is unit or m.descriptor == "weak" or not m.text.startswith(short + " "):
                continue
            if self._parent_shaped(m.text) and "RecordLabel" not in k.types:
                return k
        return None

    def _find(self, i: int) -> int:
        while i in self._parent:
            i = self._parent[i]
        return i

    def _merge(self, keep: int, drop: int) -> None:
        keep, drop = self._find(keep), self._find(drop)
        if keep == drop:
            return
        a, b = self.drafts[keep], self.drafts[drop]
        if b.known and not a.known:
            keep, drop = drop, keep
            a, b = b, a
        a.forms.update(b.forms)
        a.mentions += b.mentions
        b.alive = False
        self._parent[drop] = keep
        for m in self.mentions:
            if m.entity == drop:
                m.entity = keep

    def _merge_short_forms(self) -> None:
        """Acronyms by initials, surnames, and leading short forms join longer names."""
        live = [i for i, d in enumerate(self.drafts) if d.alive]
        multi = {i: self.drafts[i].name.split() for i in live if len(self.drafts[i].name.split()) >= 2}
        for i in live:
            d = self.drafts[i]
            if not d.alive or any(self.mentions[k].kind == "work" for k in d.mentions):
                continue
            name = d.name
            words = name.split()
            if len(words) > 2:
                continue
            cands = []
            for j, w in multi.items():
                if j == i or not self.drafts[j].alive or any(self.mentions[k].kind == "work" for k in self.drafts[j].mentions):
                    continue
                caps = [x for x in w if x[:1].isupper() and x.lower() not in ("of", "for", "the", "and")]
                initials = "".join(x[0] for x in caps)
                if len(words) == 1 and name.isupper() and len(name) >= 2 and name == initials.upper():
                    cands.append(j)  # RIAA
                elif len(words) == 1 and w[-1] == name and self._looks_person(j):
                    cands.append(j)  # surname
                elif len(words) < len(w) and w[:len(words)] == words and not d.known and (
                        not self._looks_person(j) or len(words) == 1) and not self._named_as_parent(d, j):
                    cands.append(j)  # Universal -> Universal Music Group; Tomás -> Tomás Reyes
                elif d.known is None and len(words) < len(w) and self.drafts[j].known and name in self.drafts[j].known.weak_aliases:
                    cands.append(j)
            if not cands and self._institution_head(d):
                cands = [j for j, w in multi.items() if j != i and self.drafts[j].alive and w[-1] == name
                         and self._institution(j)]
            cands = list(dict.fromkeys(self._find(c) for c in cands))
            if len(cands) == 1 and (not d.known or not self.drafts[cands[0]].known or d.known is self.drafts[cands[0]].known):
                self._merge(cands[0], i)
            elif len(cands) > 1 and not d.known:
                # ambiguous short form ("Warner" with two Warner names): choose the most mentioned
                # only when one of them is clearly the main entity, else leave it untyped
                counts = sorted(((len(self.drafts[c].mentions), c) for c in cands), reverse=True)
                groupish = [c for c in cands if re.search(r"\b(?:Group|Holdings|Media|Entertainment|Music Group|Corp|Inc)\.?$",
                                                          self.drafts[c].name)]
                parents = [c for c in cands if self._parent_shaped(self.drafts[c].name)]
                if parents and len(parents) < len(cands):
                    groupish = []  # a parent and its music unit: the one the article is about (named first) decides
                if len(groupish) == 1:
                    self._merge(groupish[0], i)
                elif counts[0][0] >= 2 * counts[1][0]:
                    self._merge(counts[0][1], i)
                else:
                    # news introduces its main party first: "Cox" after "Cox Communications ... Cox Enterprises"
                    firsts = sorted((min(self.mentions[k].start for k in self.drafts[c].mentions), c) for c in cands)
                    short_first = min(self.mentions[k].start for k in d.mentions)
                    body_first = [x for x in firsts if x[0] < short_first or short_first < self._body_start()]
                    if firsts and body_first and body_first[0][1] == firsts[0][1]:
                        self._merge(firsts[0][1], i)
                    else:
                        d.alive = False

    # "Condé Nast Entertainment, the film arm of the magazine publisher Condé Nast": the short form is the parent
    _PARENT_OF = re.compile(r"\b(?:arm|unit|division|subsidiary|imprint|offshoot|spin-?off)\s+of\s+(?:the\s+|its\s+)?"
                            r"(?:[\w'’-]+\s+){0,3}$", re.I)

    def _named_as_parent(self, d: Draft, j: int) -> bool:
        """Whether a mention of ``d`` follows "arm/unit/division of (the ...)" in a sentence that names the longer
        name ``j`` before it: the business the longer name belongs to, not a short form of it ("Qobuz becomes a
        subsidiary of Xandrie" says nothing about "Xandrie SA")."""
        longer = [self.mentions[k] for k in self.drafts[j].mentions]
        for k in d.mentions:
            m = self.mentions[k]
            if self._PARENT_OF.search(self.text[max(0, m.start - 60):m.start]) \
                    and any(n.sent == m.sent and n.end <= m.start for n in longer):
                return True
        return False

    _INSTITUTION_HEADS = frozenset({"Commission", "Tribunal", "Authority", "Parliament", "Council", "Agency", "Office"})

    def _institution_head(self, d: Draft) -> bool:
        """"the Commission" after "European Commission": the head noun of a named institution, always after "the"."""
        if d.known or d.name not in self._INSTITUTION_HEADS:
            return False
        return all(re.search(r"\b[Tt]he\s+$", self.text[max(0, self.mentions[k].start - 5):self.mentions[k].start])
                   for k in d.mentions)

    def _institution(self, j: int) -> bool:
        d = self.drafts[j]
        types = set(d.known.types) if d.known else self._suffix_types(d.name.split())
        return bool(types & {"Regulator", "Court", "Organization", "TradeBody"}) and not types & {"Company", "RecordLabel"}

    def _body_start(self) -> int:
        return self.sentences[0].end if self.sentences else 0

    def _looks_person(self, i: int) -> bool:
        d = self.drafts[i]
        if d.known:
            return bool(d.known.types & PERSON_TYPES)
        return self._person_name(d.name) or bool(d.evidence_types & PERSON_TYPES)

    def _person_name(self, name: str, loose: bool = True) -> bool:
        """Whether a name has the shape of a person's: two or three name words, no organisation word.

        With ``loose``, any such name qualifies (used for surnames: "Reyes" after "Tomás Reyes");
        otherwise the first word must be a known first name.
        """
        words = name.split()
        if not 2 <= len(words) <= 3 or self._suffix_types(words):
            return False
        if not all(re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]*", w) for w in words):
            return False
        if any(w.lower() in self.lex.stop_words or w.lower() in self.lex.places for w in words):
            return False
        if self._company_form(words):
            return False
        return loose or _fold(words[0]) in self.lex.first_names

    def _company_form(self, words: list[str]) -> bool:
        """Whether a name of two or three words is shaped like a company's rather than a person's.

        A company-form word anywhere ("Grupo Globo", "Mavin Global", "Acme GmbH", "Sol S.A."), an acronym
        of three or more capitals first ("CTS Eventim"), or a known business first ("Vivendi Village").
        """
        if any(w.lower().rstrip(".") in _COMPANY_FORM_WORDS for w in words):
            return True
        if re.fullmatch(r"[A-Z]{3,}", words[0]):
            return True
        known = self.gaz.lookup(words[0])
        return bool(known and set(known.types) & {"Company", "RecordLabel", "Platform"}
                    and _fold(words[0]) not in self.lex.first_names)

    # --- 5: typing ----------------------------------------------------------
    def type_entities(self) -> None:
        lex = self.lex
        for k, m in enumerate(self.mentions):
            if m.kind == "work":
                self.drafts[m.entity].types.add("Work")
                continue
            if m.kind != "name" or m.entity is None:
                continue
            d = self.drafts[m.entity]
            self._left_context(m, d)
            self._right_context(m, d)
            if m.honorific and not d.known and not self._suffix_types(d.name.split()):
                d.evidence_types.add("Person")  # "Dr. Ruth Lind"
            if not d.known and self._work_context(m):
                d.types.add("Work")
        self._type_lists()
        self._type_band_members()
        self._type_bandmates()
        for d in self.drafts:
            if d.alive and d.origin_mentions and d.origin_mentions == len(d.mentions):
                d.alive = False  # named only as where a performer comes from
            if not d.alive:
                continue
            if "Work" in d.types:
                d.types = {"Work"}
                continue
            if d.known and not d.known.context_only:
                d.types |= set(d.known.types)
                continue
            if not d.known and not d.evidence_types and all(
                    self._SERIES_AFTER.match(self.text, self.mentions[k].mask_end) for k in d.mentions):
                d.alive = False  # "the Rock Band and Dance Central series": a game or show, not a business
                continue
            if d.known and d.known.context_only:
                cue = "Artist" in d.known.types and any(
                    self._performer_cue(self.mentions[k].start, self.mentions[k].end) for k in d.mentions)
                cue = cue or ("Artist" in d.known.types and self._cued_elsewhere(d.known))
                d.types |= set(d.known.types) if cue or d.evidence_types & set(d.known.types) else set()
                continue
            t = set(d.evidence_types)
            words = d.name.split()
            suffix = self._suffix_types(words)
            if suffix and self._unit_place(words):
                d.types = suffix  # a music company's local unit is a business, whatever a reference said of it
                continue
            if suffix and t & PERSON_TYPES == {"Person"} and not self._person_name(d.name, loose=False):
                t -= PERSON_TYPES  # "Arcadia Tech" after a title word ("owner") is still a company
            if suffix and "Company" in suffix and t & PERSON_TYPES and words[-1].lower() in _BUSINESS_HEADS:
                t -= PERSON_TYPES  # "film producer Chandrakant Pictures": the head noun decides
            if self._service_of_known(words) and not t & PERSON_TYPES:
                t -= {"Company", "RecordLabel", "Organization"}
                suffix = {"Platform"}  # "Apple Podcasts", "Instagram Reels": a known company's service
            if "Platform" in t and "RecordLabel" in suffix and "RecordLabel" not in t:
                suffix = suffix - {"RecordLabel"}  # "Zuno Music, the streaming service": a service named "Music"
            if not t & PERSON_TYPES:
                t |= suffix
            if not t and not suffix and self._person_name(d.name, loose=False):
                t.add("Person")
            elif not t and not suffix and self._person_name(d.name) and any(
                    f in (words[0], words[-1]) for f in d.forms):
                t.add("Person")  # referred to later by surname or first name alone
            if not t and not suffix and d.who_cue and self._person_name(re.sub(
                    r"\s(?:" + "|".join(CONNECTORS_NAME) + r")\s", " ", d.name)):
                t.add("Person")  # "Attie van Wyk, who built the company": "who" is said of people
            if not t and len(words) >= 2 and not self._person_name(d.name, loose=False):
                first = words[0]
                if any(o.alive and o is not d and o.name.split()[0] == first
                       and (set(o.types) | o.evidence_types | set(o.known.types if o.known else ())) & ORG_TYPES
                       for o in self.drafts):
                    t.add("Company")
            if "Artist" in t:
                t.discard("Person")
            if t & PERSON_TYPES and t & ORG_TYPES:
                # a person-shaped name with an organisation word wins as an organisation
                t -= PERSON_TYPES if suffix else ORG_TYPES
            if not t and self._is_seller(d):
                t.add("Company")  # "Lumo sold Hollow Records to Pelion": the seller is a business too
            if (not t or t == {"Platform"}) and self._has_executive(d):
                t.add("Company")  # a business with a chief executive is a company (guidelines: Platform + Company)
            d.types = t
            d.person_shaped = self._person_name(d.name, loose=False) or ("Person" in t)

    _SERIES_AFTER = re.compile(r"(?:\s+(?:and|or)(?:\s+[A-Z0-9][\w'’-]*){1,3}?)?\s+(?:series|franchises?|video\s+games?|"
                               r"games?)\b")
    _EXEC = r"(?:co-)?(?:chief\s+executive(?:\s+officer)?|ceo|chief\s+(?:operating|financial|content|technology)\s+officer|cfo|coo|managing\s+director)"
    _EXEC_AFTER = re.compile(r"(?:['’]s?)?\s+(?:new\s+|former\s+|then\s+|senior\s+|managing\s+)?(?:" + _EXEC + r"|partner|analyst)\b", re.I)
    _EXEC_BEFORE = re.compile(r"\b(?:" + _EXEC + r"\s+(?:of|at)|(?:partner|analyst|lawyer|attorney|associate|economist|banker|"
                              r"strategist)s?\s+(?:at|with))\s+(?:the\s+)?(?:law\s+firm\s+|bank\s+|firm\s+)?$", re.I)

    def _has_executive(self, d: Draft) -> bool:
        """"Quillstone chief executive X", "Quillstone's CEO", "chief executive of Quillstone"; "a partner at X" and
        "an analyst at X" (law firms, banks: businesses too)."""
        if self._person_name(d.name, loose=False):
            return False
        for k in d.mentions:
            m = self.mentions[k]
            if m.kind != "name":
                continue
            if self._EXEC_AFTER.match(self.text, m.end) or self._EXEC_BEFORE.search(self.text[max(0, m.start - 50):m.start]):
                return True
        return False

    _SELLS = re.compile(r"(?:['’]s\s+sale\s+of\b|\s+(?:has\s+|had\s+|have\s+|finally\s+|then\s+)?(?:sold|agreed\s+to\s+sell|"
                        r"is\s+selling|will\s+sell|sells|offloaded|divested)\s+(?:(?:its|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:label|"
                        r"company|business|unit|division|publisher|imprint|subsidiary|service|app|platform|studio|network)\b|"
                        r"[A-Z](?!\w*\s+(?:shares?|stakes?)\b)))")
    _SOLD_BY = re.compile(r"\b(?:sold|divested|offloaded)\s+by\s+$|\bseller\s*,?\s+$")

    def _is_seller(self, d: Draft) -> bool:
        """"Lumo sold Hollow Records to Pelion", "was sold by Lumo": a seller of a business. Not "sold its stake",
        "sold out", "sold 2 million copies"."""
        if self._person_name(d.name, loose=False):
            return False
        for k in d.mentions:
            m = self.mentions[k]
            if m.kind == "name" and (self._SELLS.match(self.text, m.end) or self._SOLD_BY.search(self.text[max(0, m.start - 20):m.start])):
                return True
        return False

    _SERVICE_WORDS = frozenset("podcasts music radio reels shorts stories tv tv+ video live premium unlimited play spaces "
                               "arcade stage audio".split())

    def _service_of_known(self, words: list[str]) -> bool:
        """"<Company> <service word>" names a service of a known non-music company ("Apple Podcasts",
        "YouTube Shorts"); a music company's unit stays a label ("Sony Music", "Warner Music")."""
        if len(words) < 2 or words[-1].lower() not in self._SERVICE_WORDS:
            return False
        known = self.gaz.lookup(" ".join(words[:-1]))
        return bool(known and known.types & {"Company", "Platform", "MediaOutlet"} and "RecordLabel" not in known.types)

    _WORK_BEFORE = re.compile(r"\b(?:whose|her|his|their|its|the|new|debut|latest|hit|breakout|sophomore|second|third|"
                              r"\d{4})\s+(?:[\w-]+\s+){0,2}?(?:album|single|EP|LP|mixtape|song|track)\s+$")
    _WORK_APPOS_BEFORE = re.compile(r"\b(?:[Ww]hose|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?"
                                    r"(?:album|single|EP|LP|mixtape|debut|follow-up)\s*,\s+$")
    _WORK_AFTER = re.compile(r",\s+(?:the|a|an|her|his|their)\s+(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?(?:hit|single|album|song|track|"
                             r"ballad|anthem|EP|LP|mixtape)\b(?!\s+(?:label|company|group|service|platform))")

    def _work_context(self, m: Mention) -> bool:
        """An unquoted title: "whose album Kitchen Light Radio", "Gravel Road Hymn, the 2014 country hit"."""
        before = self.text[max(0, m.mask_start - 50):m.mask_start]
        if self._WORK_BEFORE.search(before) and not self._person_name(m.text, loose=False):
            return True
        if self._WORK_APPOS_BEFORE.search(before) and re.match(r"\s*[,.;]", self.text[m.mask_end:m.mask_end + 2]) \
                and not m.possessive and not self._person_name(m.text, loose=False):
            return True  # "her 2022 album, Motomami, moved ...": a title in apposition to the work
        wa = self._WORK_AFTER.match(self.text[m.mask_end:m.mask_end + 60])
        if wa and re.search(r"\b(?:who|whose|which|that|behind|of|for|by|with|from)\b", wa.group(0)):
            return False  # "X, the label whose single ...": the work noun is not the apposition's head
        return bool(wa) and not m.possessive

    def _unit_place(self, words: list[str]) -> int:
        """How many words of place end a music company's local unit ("Universal Music Latin America": 2), else 0."""
        for n in (1, 2):
            if len(words) >= n + 2 and " ".join(words[-n:]).lower() in self.lex.places and words[-n - 1] in self._UNIT_OWNERS:
                return n
        return 0

    def _suffix_types(self, words: list[str]) -> set[str]:
        low = [w.lower().rstrip(".") for w in words]
        for prep in ("of", "for"):
            if prep in low[1:-1]:
                # "Independent Music Alliance of Canada", "US District Court for the ...": the head is before of/for
                head = self._suffix_types(words[:low.index(prep)])
                if head:
                    return head
                whole = " ".join(low[:low.index(prep)])
                if whole.count(" ") and whole in self.lex.org_suffixes:
                    return set(self.lex.org_suffixes[whole])  # "Southern District of New York": a federal trial court
        for n in (3, 2, 1):
            if len(low) > n or (n == 1 and len(low) >= 2):
                key = " ".join(low[-n:])
                for k in (key, key + "."):
                    if k in self.lex.org_suffixes:
                        return set(self.lex.org_suffixes[k])
        n = self._unit_place(words)
        if n:
            return self._suffix_types(words[:-n])  # "Sony Music Italy", "Kestrel Records Japan": a local unit
        if len(words) == 1 and re.fullmatch(r"[A-Z][\w-]*[a-z][\w-]*\.(?:ai|io|com|co|app|fm|tech)", words[0]):
            return {"Company"}  # "ProRata.ai", "Songs.com": a web address as a name is a business's
        # all-caps acronyms followed by nothing: unknown
        return set()

    def _left_context(self, m: Mention, d: Draft) -> None:
        before = self.text[max(0, m.mask_start - 60):m.mask_start]
        if not d.known and not m.possessive and self._origin_re.search(before) and not self._suffix_types(d.name.split()):
            d.origin_mentions += 1  # "The singer from Benin City signed ...": a home town, not a second performer
            return
        line_start = self.text.rfind("\n", 0, m.mask_start) + 1
        before = before[max(0, len(before) - (m.mask_start - line_start)):] if m.mask_start - line_start < 60 else before
        dm = self._desc_re.search(before)
        if dm and not self._mention_inside(m.mask_start - len(before) + dm.start(), m.mask_start):
            desc = dm.group("desc").lower()
            types = self.lex.descriptors.get(desc) or self.lex.descriptors.get(desc.rstrip("s"))
            if desc in ("group", "groups", "act", "acts") and (self._band_word_before(before[:dm.start("desc")])
                                                                or self._bare_group(before[:dm.start("desc")], d)):
                types = ("Artist",)  # "the post-punk group X", "girl group X": a band, not a business group
            # "producer YoungKio": a producer is a Person unless presented as a performer (corpus guidelines;
            # round 18c dropped round 15c's "stage name after producer is an Artist", the gold disagrees)
            if types and set(types) - {"Work"}:
                d.evidence_types |= {t for t in types if t != "Work"}
                d.descriptions.append(desc)
                m.descriptor = desc
                # absorb the description into the placeholder when nothing else is in between
                abs_start = m.mask_start - len(before) + dm.start("full")
                lead = self.text[max(0, abs_start - 3):abs_start]
                if set(types) <= {"Person"} and desc.rstrip("s") not in ("producer", "songwriter"):
                    pass  # "chief executive X": the title must stay visible for worksFor
                elif not self._mention_inside(abs_start, m.mask_start) and not re.search(r"['’]s\s*$", lead) \
                        and not self._mention_ends_at(abs_start):
                    m.mask_start = abs_start
        am = self._APPOS_BEFORE.search(before)
        if am and not dm and not m.possessive and self._APPOS_CLOSES.match(self.text, m.mask_end):
            head = am.group("desc").lower().split()
            types = next((self.lex.descriptors.get(k) or self.lex.descriptors.get(k.rstrip("s"))
                          for k in (" ".join(head), head[-1])
                          if self.lex.descriptors.get(k) or self.lex.descriptors.get(k.rstrip("s"))), None)
            if types and set(types) - {"Work", "Person", "Artist"}:
                # "ran its own streaming app, Milk Music, which ...": the apposition before the name types it
                d.evidence_types |= set(types) - {"Work"}
        if re.search(r"\b(?:streams?|videos?|clips?|content|songs?|music|tracks?|catalogue|catalog|available|uploaded|posted|"
                     r"listeners|users|creators|playlists?|launched|live)\s+(?:on|via)\s+$", before) and not d.known:
            d.evidence_types |= {"Platform"}
        if not d.known and re.search(r"\b(?:band\s+|founding\s+|original\s+|former\s+|surviving\s+|remaining\s+)?members\s+of\s+$", before) \
                and not self._suffix_types(d.name.split()) and _fold(d.name) not in self.lex.places \
                and d.name not in ("Congress", "Parliament", "Senate") \
                and re.search(r"\b(?:songs?|albums?|records?|recordings|music|band|tour(?:ed|ing)?|singles?|hits?|concerts?)\b",
                              self.text[m.mask_end:m.mask_end + 120]):
            d.evidence_types.add("Artist")  # "members of Duran Duran, who tried to recover their early songs": a band
        bm = re.search(r"\b(?:lead\s+)?(?:guitarist|drummer|bassist|singer|vocalist|frontman|frontwoman|keyboardist)\s+$", before)
        if bm and not d.known:
            a = m.mask_start - len(before) + bm.start()
            band = next((x for x in self.mentions if x.kind == "name" and x.entity is not None and 0 <= a - x.end <= 1
                         and x.sent == m.sent and not x.possessive), None)
            if band is not None:
                d.evidence_types.add("Artist")  # "Spirit guitarist Randy Wolfe": a member of the band before the title
                bd = self.drafts[band.entity]
                if not bd.known and not self.gaz.lookup(bd.name) and not self._suffix_types(bd.name.split()) \
                        and not self._person_name(bd.name, loose=False):
                    bd.evidence_types.add("Artist")
            elif not self._suffix_types(d.name.split()) and (self._person_name(d.name) or len(d.name.split()) == 1):
                d.evidence_types.add("Artist")  # "together with bassist John Deacon": a player is a performer
        # round 38c. "Jane Roe, who performs as X": a stage name is a performer's, whatever the description between
        if not d.known and self._person_name(d.name) and _PERFORMS_AS.match(self.text[m.mask_end:m.mask_end + 90]):
            d.evidence_types.add("Artist")
        # a job title right before the name: "chairman Rob Stringer", "CEO Daniel Ek"
        tm = self._title_before_re.search(before)
        if tm and not d.known and not (tm.group(1).lower() in ("owner", "parent") and not self._person_name(d.name, loose=False)
                                       and re.search(r"[A-Z][\w-]*\s+" + re.escape(tm.group(1)) + r"\s*$", before)):
            d.evidence_types.add("Person")  # but "Chatter owner Polyphon": a company's owner is often a company
        # "said Lorna Petrakis of ...", "according to Omar Reyes": a speaker with a person's name
        if re.search(r"\b(?:said|says|told|added|according\s+to)\s+$", before) and not d.known and self._person_name(d.name):
            d.evidence_types.add("Person")

    # "its own streaming app, X" / "the video platform, X": a determiner, up to three modifiers, the head noun, a comma
    _APPOS_BEFORE = re.compile(r"\b(?:its|their|his|her|the|a|an)\s+(?:own\s+)?(?:[\w-]+\s+){0,3}?(?P<desc>[a-z][\w-]*"
                               r"(?:\s+[a-z][\w-]*)?)\s*,\s+$")
    # the name closes the apposition: a comma, a full stop or the end of a clause follows (not "X and Y", "X said")
    _APPOS_CLOSES = re.compile(r"\s*(?:\.(?!\s*\d)|[;:)]|,(?!\s+(?:[A-Z][\w'’-]*\s*,|[A-Z][\w'’-]*\s+(?:and|or)\b)))")

    def _bare_group(self, before: str, d: Draft) -> bool:
        """"manages the group X", "the California group X": "group" with no business word before it (only a determiner,
        or a place: "Japanese electronics group", "German media group", "French group" stay businesses) names a band,
        when the name has no organisation word of its own."""
        if d.known or self._suffix_types(d.name.split()):
            return False
        pm = re.search(r"\b(?:the|a)\s+(?:(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?$", before)
        if pm and re.search(r"\b(?:sold|sells|sell|bought|buys|buy|acquired|acquires|acquire|owns|owned|merged\s+with|"
                            r"invested\s+in|stake\s+in)\s+$", before[:pm.start()]):
            return False  # "sold the group X": a business changing hands
        return bool(pm) and (not pm.group("place") or pm.group("place").lower() in self.lex.places)

    def _band_word_before(self, before: str) -> bool:
        """Whether ``before`` ends in a music word that makes the next "group" a band ("post-punk", "girl",
        "regional Mexican", "a cappella"); "media", "investment", "label" do not."""
        words = re.findall(r"[\w'&-]+", before[-40:].lower())
        if not words:
            return False
        if re.fullmatch(r"[\w]+-(?:member|piece)", words[-1]):
            return True  # "seven-member group", "five-piece band": a count of players
        return words[-1] in self.lex.band_words or " ".join(words[-2:]) in self.lex.band_words or (
            len(words) >= 2 and words[-1] in self.lex.demonyms and words[-2] in ("regional", "traditional"))

    def _type_lists(self) -> None:
        """"two streaming services, Wavecrest and Hummingbird": a plural noun types the names listed after it."""
        plural = self.lex.plural_descriptors
        names = [m for m in self.mentions if m.kind == "name" and m.entity is not None]
        types: tuple[str, ...] | None = None
        prev: Mention | None = None
        members = False
        for m in names:
            if types is not None and prev is not None and prev.sent == m.sent and re.fullmatch(
                    r"\s*(?:,|,?\s+and|,?\s+or|&)\s*", self.text[prev.mask_end:m.mask_start]):
                pass  # the list goes on
            else:
                before = self.text[max(0, m.mask_start - 40):m.mask_start]
                pm = re.search(r"\b([a-z][\w-]*)\s*(?:,|:|\bincluding|\bsuch\s+as|\bnamely)?\s*$", before)
                want = plural.get(pm.group(1)) if pm else None
                if want and before.rstrip().endswith(":") and not re.match(
                        r"\s*(?:[,;.)]|and\b|or\b|&|$)", self.text[m.mask_end:]):
                    want = None  # "reshuffles its labels: X to lead Y": a colon opening a clause, not a list
                types = tuple(want) if want and "*" not in want and len(want) == 1 else None
                members = types is None and pm is not None and pm.group(1) == "members" and self._band_members_before(m, before)
                if members:
                    types = ("Artist",)  # "the four members, A, B, C and D", "LOONA members A and B"
                if types is None and self._ACT_OF_PEOPLE.search(before) and self._person_name(self.drafts[m.entity].name):
                    types = ("Artist",)  # round 37c. "the trio of A, B and C", "founding members A and B": a band's players
                if types is None and self._ROSTER_OF.search(self.text[max(0, m.mask_start - 70):m.mask_start]) \
                        and not self._suffix_types(self.drafts[m.entity].name.split()):
                    types = ("Artist",)  # round 38c. "its roster includes A, B and C": a label's roster is acts
                if types is None and pm is not None and pm.group(1) in _FOUNDERS and re.search(r"[,:]\s*$", before) \
                        and self._person_name(self.drafts[m.entity].name):
                    types = ("Person",)  # "its co-founders, A and B": the founders named in apposition are people
                if types is None and self._CREDITED_PLURAL.search(before) \
                        and not self._suffix_types(self.drafts[m.entity].name.split()):
                    types = ("Person",)  # "the producers A and B", "its producers include A and B": credited people
                if types is None and re.search(r"\b(?:the|their|its)\s+(?:[\w-]+\s+)?(?:catalogues|catalogs|recordings|hits|albums)"
                                               r"\s+of\s+$", before):
                    types = ("Artist",)  # "known for the catalogues of A, B and C": the acts whose works they are
            if types is not None:
                d = self.drafts[m.entity]
                if (not d.known or d.known.context_only) and not (members and self._suffix_types(d.name.split())):
                    d.evidence_types |= set(types)  # a list under its noun is the context a word-like name needs
            prev = m

    # round 37c. A small act's noun with "of", or members that only a band has ("founding", "original"), right before
    # person names; a trade body's "its members, A and B" and "a trio of executives" are left alone
    _ACT_OF_PEOPLE = re.compile(r"(?:\b(?:duo|trio|quartet|quintet)\s+of|\b(?:founding|original|surviving)\s+members\s*,?"
                                # round 38c. "members of the band, among them A, B and C"
                                r"|\bmembers\s+of\s+the\s+(?:band|group|duo|trio|quartet|quintet)\s*,?\s*"
                                r"(?:among\s+them|including|namely)\s*:?)\s*$", re.I)

    # round 38c. Bare names right after a label's roster verb ("its roster includes A, B and C"); a described name
    # ("the pop singer X") is typed by its description anyway
    _ROSTER_OF = re.compile(r"\broster\s+(?:includes|included|including|features|featured|boasts|spans)\s*:?\s*$", re.I)

    _CREDITED_PLURAL = re.compile(r"\b(?:producers|songwriters|co-writers|co-producers)\s*(?:,|:|\b(?:include|included|were|are)\b)?\s*$")

    _COUNTED_MEMBERS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|band|group['’]s|"
                                  r"band['’]s)\s+members\s*,?\s*$", re.I)

    def _band_members_before(self, m: Mention, before: str) -> bool:
        """"the four members, A, B and C" or "LOONA members A and B": the names are a group's performers. A count or
        a band word says so, or an act named right before "members"; "its members, A and B" (a trade body) does not."""
        if self._COUNTED_MEMBERS.search(before):
            return True
        a = m.mask_start - len(before) + before.rfind("members")
        act = next((x for x in self.mentions if x.kind == "name" and x.entity is not None and x.sent == m.sent
                    and 0 <= a - x.mask_end <= 1), None)
        if act is None:
            return False
        ad = self.drafts[act.entity]
        return "Artist" in (ad.evidence_types | set(ad.known.types if ad.known else ()))

    _MEMBERS_OF = re.compile(
        r"\s*,\s*(?:(?:the|both|its|their|all|a|an|one)\s+)?(?:(?:two|three|four|five|original|surviving|remaining|other|late)\s+)*"
        r"(?:co-?founders?|founders?|founding\s+members?|members?)\s+of\s+(?:the\s+)?(?P<kind>(?:[\w&'-]+\s+){0,2}?)"
        r"(?P<head>group|band|duo|trio|act|collective|outfit)\b", re.I)
    _PERFORM_AS = re.compile(r"\s*,\s*who\s+(?:also\s+|have\s+|had\s+|once\s+)*(?:perform(?:ed)?|record(?:ed)?|sing|sang|tour(?:ed)?)"
                             r"\s+(?:together\s+)?as\b", re.I)

    def _type_band_members(self) -> None:
        """"A and B, the founders of the electronic group X" and "A, B and C, who also perform together as X": the
        people listed are performers. A plain "group" needs a music word before it ("media group" stays a business);
        "band", "duo", "trio" do not."""
        names = [m for m in self.mentions if m.kind == "name" and m.entity is not None]
        run: list[Mention] = []
        for k, m in enumerate(names):
            if run and run[-1].sent == m.sent and re.fullmatch(r"\s*(?:,|,?\s+and|&)\s*",
                                                               self.text[run[-1].mask_end:m.mask_start]):
                run.append(m)
            else:
                run = [m]
            nxt = names[k + 1] if k + 1 < len(names) else None
            after = self.text[m.mask_end:min(m.mask_end + 90, nxt.mask_start if nxt and nxt.sent == m.sent else m.mask_end + 90)]
            if nxt and nxt.sent == m.sent and re.fullmatch(r"\s*(?:,|,?\s+and|&)\s*", after):
                continue  # the list goes on
            mm = self._MEMBERS_OF.match(self.text, m.mask_end)
            hit = bool(self._PERFORM_AS.match(self.text, m.mask_end))
            if mm and not hit:
                head = mm.group("head").lower()
                hit = head in ("band", "duo", "trio") or self._band_word_before(mm.group("kind"))
            if not hit:
                continue
            for x in run:
                d = self.drafts[x.entity]
                if not d.known and self._person_name(d.name) or not d.known and len(run) > 1:
                    d.evidence_types.add("Artist")

    _THEIR_BANDMATE = re.compile(r"\btheir\s+(?:former\s+|one-time\s+|ex-|old\s+)?bandmates?\b")

    def _type_bandmates(self) -> None:
        """"A and B have sued their former bandmate C": the people a sentence opens with are bandmates too, so
        performers (the bandmate himself is typed by ``_performer_cue``)."""
        names = [m for m in self.mentions if m.kind == "name" and m.entity is not None]
        for si, sent in enumerate(self.sentences):
            bm = self._THEIR_BANDMATE.search(self.text, sent.start, sent.end)
            if not bm:
                continue
            run = [m for m in names if m.sent == si and m.mask_end <= bm.start()]
            if not run:
                continue
            lead = re.sub(r"^\s*[A-Z][A-Z .,]+\s+[-–—]\s+", "", self.text[sent.start:run[0].mask_start])  # a dateline
            if lead.strip(" \n\"'“‘"):
                continue  # the sentence must open with the names
            subjects = [run[0]]
            for x in run[1:]:
                if not re.fullmatch(r"\s*(?:,|,?\s+and|&)\s*", self.text[subjects[-1].mask_end:x.mask_start]):
                    break
                subjects.append(x)
            for x in subjects:
                d = self.drafts[x.entity]
                if not d.known and not x.possessive and not self._suffix_types(d.name.split()) and self._person_name(d.name):
                    d.evidence_types.add("Artist")

    def _mention_ends_at(self, a: int) -> bool:
        """Whether a name ends right before ``a`` ("UMG label Republic": keep "label" visible)."""
        return any(0 <= a - x.end <= 1 for x in self.mentions if x.kind in ("name", "work"))

    def _mention_inside(self, a: int, b: int) -> bool:
        return any(a <= x.start < b or a < x.end <= b for x in self.mentions if x.kind in ("name", "work"))

    _PRODUCER_OF_SHOWS = re.compile(r"\s+of\s+(?:[\w-]+\s+|and\s+|,\s*){0,5}?(?:series|podcasts?|shows|films|documentaries|"
                                    r"content|programmes|programs|audiobooks|audio\s+dramas?|television|tv|video\s+games?)\b", re.I)

    # a possessor of songs is their writer or performer; "music/publishing catalogue" alone could be a company's
    _OWN_SONGS = re.compile(r"(?:['’]s|(?<=s)['’]|(?<=s['’]))\s+(?:(?:entire|whole|early|classic|own|\d{4}s)\s+)?(?:songbook|songs|"
                            r"(?:songwriting|song|recorded-music|recording)\s+(?:catalogue|catalog|rights|copyrights|interests)|"
                            r"music(?:al)?\s+interests)\b")
    _OWN_SONGS_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:sold|sells|licensed|bought\s+back|kept|retained)\s+"
                                 r"(?:a\s+(?:majority|minority|stake)\s+(?:interest|stake)\s+in\s+)?(?:his|her)\s+"
                                 r"(?:own\s+)?(?:songwriting\s+|song\s+|publishing\s+|recorded-music\s+|music\s+)?"
                                 r"(?:catalogue|catalog|songbook|songs|copyrights|masters|master\s+recordings)\b")

    _REPRESENTS = re.compile(r"\s*,\s*(?:which|that)\s+(?:(?:also|now|still)\s+)?(?:represents|collects\s+(?:[\w-]+\s+){0,2}?(?:for|on\s+behalf\s+of)|"
                             r"licenses\s+(?:[\w-]+\s+){0,3}?on\s+behalf\s+of|speaks\s+for|lobbies\s+for|acts\s+for)\b")

    # "X is managing director (of)", "X became chief executive": a company is never a title holder; "partner" and
    # "owner" are left out ("Sony is a partner in the venture")
    _IS_TITLE = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|becomes|became|will\s+become)\s+(?:(?:the|its|their)\s+)?"
                           r"(?:(?:new|former|interim|acting|current)\s+)?(?:co-)?(?:chief\s+executive|chief\s+\w+\s+officer|ceo|"
                           r"chairman|chairwoman|chair|president|managing\s+director|director(?:[\s-]general)?|general\s+manager|"
                           r"general\s+counsel|vice[\s-]president|head\s+of)\b", re.I)

    _OWN_LABEL_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:own\s+)?$", re.I)
    _OWN_LABEL_AFTER = re.compile(r"\s+(?:record\s+)?(?:label|imprint)\b(?!['’-])")

    def _right_context(self, m: Mention, d: Draft) -> None:
        after = self.text[m.mask_end:m.mask_end + 80]
        if not m.possessive and re.match(r"\s*,\s*who\b", after):
            d.who_cue = True
        if not d.known and self._OWN_SONGS.match(self.text, m.mask_end) and not self._suffix_types(d.name.split()) \
                and not self.gaz.lookup(d.name):
            d.evidence_types.add("Artist")  # "Stevie Nicks' songwriting catalogue", "X's songbook": the writer-performer
        if not m.possessive and not d.known and self._OWN_SONGS_VERB.match(after) \
                and not self._suffix_types(d.name.split()):
            d.evidence_types.add("Artist")  # "Sting sold his songwriting catalogue": a company has no "his"
        if m.possessive:
            after = after[2:]
            tm = self._title_head_re.match(after.lstrip())
            if tm and not d.known:
                return  # "Spotify's chief executive, X": says nothing about Spotify's type
            return
        am = self._appos_re.match(after)
        if self._REPRESENTS.match(after):
            am = None  # "SAMI, which represents performing artists": the body that speaks for them, not one of them
            if not d.known:
                d.evidence_types.add("Organization")
        if am and re.match(r"['’]s\b", after[am.end():]):
            am = None  # "X, the label's president": the label is someone else
        if am and any(x.kind == "name" and abs(x.start - (m.mask_end + am.end() + 1)) <= 1 for x in self.mentions):
            am = None  # "A, the streaming service B and C": a list, the description is B's
        if am:
            desc = am.group(2).lower()
            types = self.lex.descriptors.get(desc) or self.lex.descriptors.get(desc.rstrip("s"))
            if desc in ("group", "act") and self._band_word_before(am.group(1)) and not re.match(r"\s+of\b", after[am.end():]):
                types = ("Artist",)  # "X, a seven-member group assembled from ...": a band (not "a group of investors")
            if desc in ("producer", "producers", "maker") and self._PRODUCER_OF_SHOWS.match(after, am.end()):
                types = ("Company",)  # "X, a producer of true-crime series": a production company, not a performer
            # five modifiers only when no relative clause opens among them ("the London-born brand that turned DJ sets")
            # a relative pronoun before the noun opens a clause: "X, who left the label" is no label, "Y, which
            # alerts fans when acts tour" no act ("Z, which aggregates video apps" still reads as an app)
            # a preposition among the modifiers puts the noun in its object: "the developer behind the Rock Band series"
            if types and not re.search(r"\b(?:of|at|for|by|with|from|behind|in|on|into|over|across|under)\b", am.group(1)) \
                    and not re.search(r"\b(?:who|whose)\b", am.group(1)) \
                    and not (set(types) <= PERSON_TYPES and re.search(r"\b(?:which|where|when)\b", am.group(1))) \
                    and not (len(am.group(1).split()) > 4 and re.search(r"\bthat\b", am.group(1))):
                d.evidence_types |= {t for t in types if t != "Work"}
                d.descriptions.append(desc)
        if not d.known and self._OWN_LABEL_AFTER.match(after) \
                and self._OWN_LABEL_BEFORE.search(self.text, max(0, m.mask_start - 30), m.mask_start):
            d.evidence_types.add("RecordLabel")  # "through his own XO imprint": an artist's label ("the Lagos label" stays a place)
        tm = self._title_after_re.match(after)
        if tm and not d.known:
            d.evidence_types.add("Person")
        elif not d.known and self._IS_TITLE.match(after) and self._person_name(d.name) \
                and not self._suffix_types(d.name.split()):
            d.evidence_types.add("Person")  # "where X is managing director", "X became chairman": a job holder
        if not d.known and re.match(r"\s+(?:song|classic|hit|single|album|ballad|track|record|anthem)s?\b(?!['’-])", after) \
                and re.search(r"\b(?:a|an|the)\s+$", self.text[max(0, m.mask_start - 6):m.mask_start], re.I) \
                and not self._suffix_types(d.name.split()):
            d.evidence_types.add("Artist")  # "a Toni Braxton song", "the Marvin Gaye classic": the performer
        if not d.known and re.search(r"\b(?:the|its|their)\s+$", self.text[max(0, m.mask_start - 6):m.mask_start]) and re.match(
                r"\s+(?:[\w-]+\s+)?(?:streaming\s+service|service|app|platform|streamer)\b", after):
            d.evidence_types.add("Platform")  # "the PulseCycle class-streaming service"
        if re.match(r"(?:['’]s)?\s+(?:\d[\d.,]*\s+(?:million|m|billion)\s+)?(?:monthly\s+|active\s+|paying\s+)?(?:users|subscribers|creators|listeners|app|streaming\s+service)\b", after) and not d.known:
            d.evidence_types |= {"Platform"}
        if re.match(r"(?:\s*,\s*which)?\s+(?:has|had|counts|claims|serves)\s+(?:about|around|roughly|some|more than|over|nearly|almost)?\s*"
                    r"[\d.,]+\s*(?:million|m|billion|bn)?\s+(?:monthly\s+|active\s+|paying\s+|weekly\s+|daily\s+|paid\s+)*"
                    r"(?:users|subscribers|listeners)", after) and not d.known:
            d.evidence_types |= {"Platform"}
        if re.match(r"\s*,\s*who\s+(?:founded|co-founded|heads|leads|runs|joined|was|is|has|had|said|told)\b", after) and not d.known \
                and self._person_name(d.name):
            d.evidence_types.add("Person")
        if re.match(r"\s*(?:,\s*)?(?:said|says|told|added|explained|noted|wrote|argued|stated)\b", after) and not d.known:
            words = d.name.split()
            if 2 <= len(words) <= 3 and not self._suffix_types(words):
                d.evidence_types.add("Person")

    # --- 6: descriptions and pronouns -------------------------------------------
    def find_references(self) -> None:
        """Definite descriptions, plural references and pronouns, resolved in text order."""
        refs: list[Mention] = []
        lex = self.lex
        singular, plural, latter, pron = _reference_res(lex)
        for si, sent in enumerate(self.sentences):
            s = sent.text
            for m in singular.finditer(s):
                a = sent.start + m.start()
                if self._mention_inside(a, sent.start + m.end()) or self._covered(a):
                    continue
                desc = m.group("desc").lower()
                det = m.group("det").lower()
                if det in ("the", "this", "that") and self.lex.descriptors.get(desc) == ("Person",) and _TITLE_GOES_ON.match(
                        s, m.end()):
                    continue  # "X, the chief executive of Y": a title, not a reference
                if det == "the" and self.lex.descriptors.get(desc) == ("Person",) and (
                        _TITLE_AND.match(s, m.end()) or re.search(r"@?[\w.]+,\s*$", s[:m.start()]) and re.match(r"\s+of\s+[A-Z0-9]", s[m.end():])):
                    continue  # "Liles, the co-founder and chief executive of 300", "X, the founder of Y": a title
                if det in ("its", "his", "her", "their") and self._name_starts_at(sent.start + m.end()):
                    continue  # "his manager Tanya Ruelas": the name is the mention
                if det == "its" and self.lex.descriptors.get(desc) == ("Person",):
                    # "Its chief executive, X": "its" is the company, the title belongs to X
                    refs.append(Mention(a, a + 3, m.group("det"), si, kind="pron", descriptor="it", possessive=True))
                    refs[-1].honorific = "title"
                    continue
                if self._name_starts_at(sent.start + m.end()):
                    continue  # "the indie band X": the description modifies the name that follows
                refs.append(Mention(a, sent.start + m.end("desc"), m.group(0), si, kind="desc", descriptor=desc,
                                    possessive=bool(m.group("poss")), mask_end=sent.start + m.end("desc")))
                refs[-1].honorific = (m.group("adj") or "").strip().lower() or None  # adjectives, for matching
            for m in plural.finditer(s):
                a = sent.start + m.start()
                if self._covered(a):
                    continue
                desc = (m.group("desc") or "parties").lower()
                end = m.end("desc") if m.group("desc") else m.end("pair")
                refs.append(Mention(a, sent.start + end, m.group(0), si, kind="plural", descriptor=desc,
                                    possessive=bool(m.group("poss"))))
            for m in latter.finditer(s):
                a = sent.start + m.start()
                refs.append(Mention(a, sent.start + m.end("which"), m.group(0), si, kind="desc",
                                    descriptor=m.group("which"), possessive=bool(m.group("poss"))))
            for m in pron.finditer(s):
                a = sent.start + m.start()
                if m.group("pp"):
                    refs.append(Mention(a, a + 3, "Its", si, kind="pron", descriptor="it", possessive=True))
                    continue
                desc = "it" if m.group("p").lower() == "it" else "person"
                refs.append(Mention(a, a + len(m.group("p")), m.group("p"), si, kind="pron", descriptor=desc))
        # drop references inside names or overlapping each other
        refs.sort(key=lambda r: (r.start, -(r.end - r.start)))
        kept: list[Mention] = []
        for r in refs:
            if kept and r.start < kept[-1].end:
                continue
            if any(x.start < r.end and r.start < x.end for x in self.mentions):
                continue
            kept.append(r)
        self.mentions = sorted(self.mentions + kept, key=lambda m: m.start)
        self._resolve_references()

    def _name_starts_at(self, pos: int) -> bool:
        """Whether a name's placeholder starts right after ``pos`` (one space at most)."""
        return any(0 <= x.mask_start - pos <= 1 for x in self.mentions if x.kind in ("name", "work"))

    def _covered(self, a: int) -> bool:
        return any(x.mask_start <= a < x.mask_end for x in self.mentions)

    def _compatible(self, desc: str, d: Draft, adj: str | None = None) -> bool:
        types = d.types
        if not types or not d.alive:
            return False
        if desc in ("latter", "former"):
            return True
        if desc == "person":
            return bool(types & PERSON_TYPES)
        if desc == "it":
            return bool(types & ORG_TYPES) and "Court" not in types
        if desc == "group":
            return "Group" in d.name.split() or ("Company" in types and "Platform" not in types)
        want = self.lex.descriptors.get(desc) or self.lex.plural_descriptors.get(desc)
        if not want:
            return False
        if want == ("*",):
            return bool(types & ORG_TYPES) or bool(types & PERSON_TYPES)
        if desc in self.lex.plural_descriptors:
            return bool(types & set(want))
        core = want[0]
        if core == "Company":
            return bool(types & {"Company", "RecordLabel"}) and not (types == {"Platform"})
        if adj and d.known is None and adj in ("ai",):
            return core in types
        return core in types

    def _salient(self, ref: Mention, history: list[int]) -> int | None:
        """The entity a description refers to: the subject of a recent sentence, else the latest one.

        Subjects (the first name of a sentence, not a possessive modifier) of the current and
        the previous sentence win over entities mentioned in passing ("Kendrick Lamar's track").
        """
        compatible = [e for e in dict.fromkeys(reversed(history)) if self._compatible(ref.descriptor, self.drafts[e], ref.honorific)]
        own = self._clause_subject(ref) if ref.kind == "desc" and not ref.possessive and re.match(r"(?i)the\s", ref.text) else None
        if own is not None:
            # Round 36c. "UMG has made the label a standalone company": a description after the verb of its
            # own clause is not that clause's subject (the writer would have said "itself"/"its")
            compatible = [e for e in compatible if e != own]
        if not compatible:
            return None
        # "Y, the concert-discovery app, from Z, which bought the app": the same description just used
        for m in reversed([m for m in self.mentions if m.sent == ref.sent and m.kind == "desc" and m.entity is not None
                           and m.start < ref.start and m is not ref]):
            if m.descriptor == ref.descriptor and m.entity in compatible:
                return m.entity
        # "UMG agreed to buy Downtown. The New York-based company's ...": a located description ("X-based") is
        # the writer's variation for the name just mentioned, not a return to the sentence's subject
        if ref.honorific and re.search(r"\w-based\b", ref.honorific) and ref.sent > 0:
            prev = [m.entity for m in self.mentions if m.sent in (ref.sent, ref.sent - 1) and m.entity is not None
                    and m.start < ref.start]
            if prev and compatible[0] in prev:
                return compatible[0]
        for si in (ref.sent, ref.sent - 1):
            # untyped capitalised words ("Days before the decision, X signed") are not subjects
            firsts = [m for m in self.mentions if m.sent == si and m.kind in ("name", "desc", "pron") and m.entity is not None
                      and m.start < ref.start and (m.kind != "name" or self.drafts[m.entity].types)]
            if firsts and not firsts[0].possessive and firsts[0].entity in compatible:
                return firsts[0].entity
        return compatible[0]

    def _is_person(self, e: int) -> bool:
        """Whether an entity is a person or an act (not an organisation)."""
        types = self.drafts[e].types
        return bool(types & PERSON_TYPES) and not types & ORG_TYPES

    def _clause_subject(self, ref: Mention) -> int | None:
        """The subject of the clause a description stands in, when the description follows that subject's verb.

        The subject is the sentence's first name (after a fronted phrase and its comma), and nothing between
        it and the description may open another clause (a comma, "that", "said", "which", "and" ...).
        """
        sent = self.sentences[ref.sent]
        ms = [m for m in self.mentions if m.sent == ref.sent and m.kind in ("name", "desc", "pron") and m.entity is not None
              and m.end <= ref.start]
        if not ms or ms[0].possessive or ms[0].kind == "pron":
            return None
        subj = ms[0]
        if not re.fullmatch(r"(?:.*,\s*)?", self.text[sent.start:subj.start], re.S):
            return None  # "Under the deal with Sony the label ...": a name inside a phrase is no subject
        gap = self.text[subj.end:ref.start]
        if not re.search(r"[a-z]", gap) or _CLAUSE_OPENS.search(gap):
            return None
        return self._find(subj.entity)

    def _appositive(self, ref: Mention) -> int | None:
        """The name a description stands in apposition to: "X, the Austin label," or "his publisher, X"."""
        names = [x for x in self.mentions if x.kind == "name" and x.entity is not None and x.sent == ref.sent]
        for x in names:
            gap = self.text[x.end:ref.start] if x.end <= ref.start else None
            if gap is not None and re.fullmatch(r"(?:\s*\([^()]{1,15}\))?\s*,\s*", gap):
                if self._compatible(ref.descriptor, self.drafts[self._find(x.entity)]):
                    return self._find(x.entity)
            gap = self.text[ref.end:x.mask_start] if ref.end <= x.mask_start else None
            if gap is not None and re.fullmatch(r"\s*,\s*", gap) and re.match(r"\s*(?:[,.;)]|$)", self.text[x.mask_end:]):
                if self._compatible(ref.descriptor, self.drafts[self._find(x.entity)]):
                    return self._find(x.entity)
        return None

    def _employer(self, ref: Mention, history: list[int]) -> int | None:
        """What "its" means in "Its chief executive, X": the subject of the sentence (or the one before),
        unless that is a bare service and the sentence names the company behind it."""
        compatible = [e for e in dict.fromkeys(reversed(history)) if self._compatible("it", self.drafts[e])]
        if not compatible:
            return None
        for si in (ref.sent, ref.sent - 1):
            ms = [m for m in self.mentions if m.sent == si and m.kind in ("name", "desc", "pron") and m.entity is not None
                  and m.start < ref.start]
            if not ms:
                continue
            first = ms[0].entity
            if ms[0].possessive or first not in compatible:
                continue
            if self.drafts[first].types & ORG_TYPES == {"Platform"}:
                firms = [m.entity for m in ms if self.drafts[m.entity].types & {"Company", "RecordLabel"}
                         and "Platform" not in self.drafts[m.entity].types]
                if firms:
                    return firms[-1]
            return first
        return compatible[0]

    def _resolve_references(self) -> None:
        history: list[int] = []  # entity ids in order of mention
        for m in self.mentions:
            if m.kind in ("name", "work") and m.entity is not None and self.drafts[m.entity].alive and self.drafts[m.entity].types:
                history.append(m.entity)
                continue
            if m.kind == "desc" and m.descriptor in ("latter", "former"):
                distinct = list(dict.fromkeys(reversed(history)))
                idx = 0 if m.descriptor == "latter" else 1
                if len(distinct) > idx:
                    m.entity = distinct[idx]
                continue
            if m.kind == "desc" and re.match(r"(?i)(?:its|their)\s", m.text) and m.descriptor in (
                    "owner", "parent", "parent company", "investor"):
                continue  # "its owner" is another entity than "it", often named only later
            if m.kind == "desc" and not m.possessive:
                e = self._appositive(m)
                if e is not None:
                    m.entity = e
                    history.append(e)
                    continue
            if m.kind == "pron" and m.honorific == "title":
                m.entity = self._employer(m, history)
                if m.entity is not None:
                    history.append(m.entity)
                continue
            if m.kind == "desc" and re.match(r"(?i)the\s", m.text) and not m.honorific:
                # "Concord agreed to acquire the fund": the description is not the subject named just before it
                # but the one named entity with that head noun ("Round Hill Music Royalty Fund")
                heads = list(dict.fromkeys(e for e in history if self.drafts[e].name.split()[-1].lower() == m.descriptor))
                sal = self._salient(m, history)
                if len(heads) == 1 and sal is not None and heads[0] != sal and any(
                        x.kind == "name" and x.entity == sal and x.sent == m.sent and x.end <= m.start for x in self.mentions):
                    m.entity = heads[0]  # not added to the history: "it" still means the last subject
                    continue
            if m.kind in ("desc", "pron"):
                m.entity = self._salient(m, history)
                if m.entity is not None:
                    history.append(m.entity)
                continue
            if m.kind == "plural":
                # Round 36c. "the pair", "the two sides": two of a kind, both people or both organisations; the kind
                # of the latest compatible entity first, the other kind when that has only one
                kinds: dict[bool, list[int]] = {True: [], False: []}
                for e in dict.fromkeys(reversed(history)):
                    if self._compatible(m.descriptor, self.drafts[e]):
                        kinds[self._is_person(e)].append(e)
                latest = next((e for e in dict.fromkeys(reversed(history)) if self._compatible(m.descriptor, self.drafts[e])), None)
                found: list[int] = []
                if latest is not None:
                    first = self._is_person(latest)
                    found = kinds[first][:2] if len(kinds[first]) >= 2 else kinds[not first][:2]
                if len(found) == 2:
                    m.targets = tuple(reversed(found))

    # --- results --------------------------------------------------------------
    def entity_ids(self, m: Mention) -> tuple[int, ...]:
        """The entities a mention refers to (several for 'the two companies')."""
        if m.kind == "plural":
            return m.targets
        if m.entity is None or not self.drafts[m.entity].alive:
            return ()
        return (m.entity,)


_REFS: dict[int, tuple] = {}


def _reference_res(lex: Lexicon) -> tuple:
    """The regexes of definite descriptions, plural references, 'the latter' and pronouns (compiled once)."""
    if id(lex) in _REFS:
        return _REFS[id(lex)]
    desc_alt = "|".join(re.escape(k) for k in sorted(lex.descriptors, key=len, reverse=True))
    singular = re.compile(
        r"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?P<adj>(?:(?:[A-Z][\w-]*|\w+-\w+|\w+(?:al|ic|ish|ian|ese|ous|ive|ary|est)|own|new|former|world's|world’s|country's|industry's|music|record|streaming|video|tech|media|two|three|rival|major|indie|independent|parent|corporate)\s+){0,3}?)(?P<desc>" + desc_alt + r")(?P<poss>['’]s)?\b(?!\s*[-(]|\s+(?:[A-Z][\w-]*|of\b|[a-z]+ing\b))",
    )
    plural = re.compile(
        r"\b(?:[Tt]he two|[Bb]oth(?: the)?|[Tt]he pair of)\s+(?P<desc>" + "|".join(re.escape(k) for k in lex.plural_descriptors) + r")(?P<poss>['’])?|\b(?P<pair>[Tt]he pair|[Bb]oth sides|[Bb]oth parties|[Tt]he duo)\b"
    )
    latter = re.compile(r"\b[Tt]he (?P<which>latter|former)(?P<poss>['’]s)?\b(?!\s+(?:chief|president|chair\w*|head|boss|executive|ceo|director|manager|partner|owner|member|producer|singer|rapper|lawyer|employee|co-\w+)\b)")
    pron = re.compile(
        r"(?:^|(?<=[.!?]\s))(?P<pp>Its)\b(?=\s+(?:[\w-]+\s+){0,2}(?:roster|artists|acts|catalogue|catalog|recordings|label|"
        r"imprint|parent|owner|publishing|chief|head|president))|\b(?P<p>[Hh]e|[Ss]he|[Ii]t)\b(?=\s+(?:(?:has|have|had|also|now|will|then|later|recently|first|"
        r"previously|since|subsequently|quickly|eventually)\s+)*(?:bought|acquired|acquires|buys|signed|signs|sued|"
        r"sues|filed|files|pulled|withdrew|struck|inked|agreed|agrees|announced|owns|operates|launched|partnered|"
        r"settled|sold|purchased|removed|reached|took|joined|licensed|licenses|licences|renewed|extended|expanded|"
        r"accused|accuses|alleged|alleges|lodged|brought|said|says|founded|runs|ran|leads|heads|has|is|was)\b)")
    _REFS[id(lex)] = (singular, plural, latter, pron)
    return _REFS[id(lex)]


_COMPILED: dict[int, tuple] = {}
_ORIGIN: dict[int, re.Pattern] = {}


def _origin_regex(lex: Lexicon) -> re.Pattern:
    """ "the (Lagos) singer from " right before a name: the name says where a performer comes from."""
    if id(lex) not in _ORIGIN:
        performer = "|".join(re.escape(k) for k, v in sorted(lex.descriptors.items(), key=lambda kv: -len(kv[0]))
                             if "Artist" in v and " " not in k)
        _ORIGIN[id(lex)] = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?(?:" + performer + r")s?\s+from\s+$")
    return _ORIGIN[id(lex)]


def _compiled(lex: Lexicon) -> tuple:
    """Regexes built from the word lists, compiled once per lexicon."""
    key = id(lex)
    if key not in _COMPILED:
        heads = "|".join(re.escape(t) for t in lex.title_heads)
        desc = "|".join(re.escape(k) + r"s?" for k in sorted(lex.descriptors, key=len, reverse=True))
        forms = sorted({f for fs in lex.strategies.values() for f in fs}, key=len, reverse=True)
        _COMPILED[key] = (
            re.compile(r"\b(?:" + heads + r")\b", re.I),
            re.compile(r"(?:^|[\s,(])(" + heads + r")\s*,?\s*$", re.I),
            re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?(?:(?:former|then|new|outgoing|incoming|interim|acting|longtime|global|"
                       r"senior|executive)\s+)*(" + heads + r")\b", re.I),
            # "X, the US artist-services platform": a descriptor inside a hyphenated modifier is not the head noun
            re.compile(r"\s*,\s*(?:(?:the|a|an|its|their)\s+)?((?:[\w'’-]+\s+){0,5}?)(" + desc + r")(?![\w-])", re.I),
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)"),
        )
    return _COMPILED[key]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()


def _descriptor_regex(lex: Lexicon):
    keys = sorted(lex.descriptors, key=len, reverse=True)
    alt = "|".join(re.escape(k) + r"s?" for k in keys)
    rx = re.compile(
        r"(?P<full>(?:\b(?i:the|a|an)\s+(?:(?!(?:and|or|of|with|the|a|an|to|by|for|from|said|says|in|on|at|as|is|was|its)\b)"
        r"[\w-]+\s+){1,2}?)|(?:\b(?i:the|a|an|fellow|rival|its|their|his|her)\s+)?(?:(?:[A-Z][\w-]*|\w+-\w+|\w+(?:al|ic|ish|ian|ese|ous|ive|ing|ary|ed))\s+){0,2}?)\b(?P<desc>(?i:" + alt + r"))\s+(?:The\s+)?$",
    )
    return _DescRegex(rx, alt)


class _DescRegex:
    """A compiled descriptor pattern plus the bare alternation for reuse."""

    def __init__(self, rx: re.Pattern, alt: str):
        self.rx, self.pattern_desc = rx, alt

    def search(self, s: str):
        return self.rx.search(s)
