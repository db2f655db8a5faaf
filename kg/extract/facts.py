"""Read facts from masked sentences with the patterns of :mod:`kg.extract.patterns`.

Besides the sentence patterns, three pieces of discourse logic:

* a *dispute frame*: the lawsuit being talked about. A sentence that gives only
  its respondents ("A second petition is directed at X") or only its claimants
  ("The plaintiffs include A, B and C") completes it from the frame;
* ellipsis of withdrawals: "Compositions ... have now been pulled as well" repeats
  the platform of the last withdrawal;
* fact attributes (date, status, allegations, topics) from the sentences that
  state the fact and the ones that talk about it.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from kg.extract import patterns as P
from kg.extract.dates import find_date
from kg.extract.fallback import fallback_facts
from kg.extract.learned import learned_facts
from kg.extract.performers import performer_facts
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import ORG_TYPES, PERSON_TYPES, MentionFinder
from kg.extract.text import Sentence
from kg.model import Article, Evidence

PH = re.compile(r"@(\d+)@")


_APPOSITION = re.compile(
    r"(@\d+@)(?:'s)?,\s+(?:(?:who|which|whose|where)\b[^,;\"]{0,120}?,\s+|"  # a relative clause ends at its comma
    # round 14b: "X, best known for the 1984 hit "W", and Y accuse Z": a "known for/as" apposition may quote a work
    r"(?:best\s+|also\s+|perhaps\s+|widely\s+)?known\s+(?:for|as)\b[^,;]{0,80}?,\s+|"
    r"(?:(?:the|a|an|its|his|her|their|one\s+of|based|founded|owned|now|formerly|"
    r"also|still|then)\b[^,;\"]{0,120}?|@\d+@'s\s[^,;\"]{0,60}?|"
    # round 22b: "X, @the promoter@ behind many stadium shows, is now a subsidiary of Y" (a masked description)
    r"@\d+@\s+(?:that|which|who|backed|owned|based|founded|run|led|controlled|behind)\b[^,;\"]{0,120}?)(?:,\s+|\s+(?=(?:has|have|had|is|was|will|said|says)\b)))"
)


# round 14b: "signed deals with news publishers, among them the X group" / "sided with a group of book publishers, among
# them X, which had sued": the named members stand for the unnamed plural
_AMONG_THEM = re.compile(
    r"\b(?P<pre>with|against|by|from|sued|suing|for|to)\s+(?:a\s+(?:group|number|handful|coalition)\s+of\s+|several\s+|some\s+|"
    r"other\s+|many\s+|various\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:publishers|labels|companies|firms|groups|services|platforms|"
    r"outlets|broadcasters|societies|partners|rights\s*holders|artists|songwriters|organi[sz]ations|studios|investors)"
    r"\s*,\s+(?:among\s+them|among\s+whom|among\s+which|notably)\s+", re.I)


def members_for_plural(masked: str) -> str:
    """Put the named members in place of the unnamed plural they belong to.

    Examples
    --------
    >>> members_for_plural("@1@ has signed deals with news publishers, among them the @2@ group, but not with labels.")
    '@1@ has signed deals with the @2@ group, but not with labels.'
    """
    return _AMONG_THEM.sub(r"\g<pre> ", masked)


def collapse_appositions(masked: str) -> str:
    """Drop appositions and relative clauses after a name, so "X, the Y label, sued Z" reads "X sued Z".

    Examples
    --------
    >>> collapse_appositions("@1@, a Los Angeles-based label group, sued @2@ in May.")
    '@1@ sued @2@ in May.'
    """
    return _APPOSITION.sub(r"\1 ", masked)


def _lower_gate(rx: str) -> re.Pattern:
    """A gate compiled case-sensitively, to be searched in the lower-cased sentence.

    Round 28b: ``re.I`` alternations cost about four times as much in Python's engine; the gates ran on
    every sentence variant and took a quarter of extraction time.
    """
    if re.search(r"\\[A-Z]", rx):  # \S, \W, \D, \B would change meaning when lower-cased
        raise ValueError(f"gate pattern has an upper-case escape: {rx[:60]}")
    return re.compile(rx.lower())


#: Keywords a sentence must hold before a family of patterns is tried (speed only); searched in ``ms.lower()``.
_GATES = {k: _lower_gate(v) for k, v in {
    "dispute": r"su(?:e|ed|es|ing)\b|suit|complaint|\bcases?\b|petition|legal|court|plaintiff|defendant|claimant|respondent|filing|"
               r"accus|action|claim|litigation|proceeding|arbitration|injunction|dispute|@\s+v\.?\s+@|versus|verdict|liable|judg|appeal|"
               r"\b(?:took|tak(?:e|es|en|ing))\s+@|"  # round 21b: "took X to the @court@" (the court's name is masked)
               r"\border|direct(?:s|ed)\b|instruct|\brequire[ds]\b|\btold\b|"
               r"investigat|probe|probing|inquiry|enquiry|examining",  # round 22b: a regulator's action
    "agreement": r"deal|agreement|pact|partner|licen|contract|relationship|allian|tie-up|venture|collaborat|settle|joint|"
                 r"(?:set\s+up|created|formed|founded|established)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?@\d+@\s+(?:together\s+|jointly\s+)?(?:to|as)\b|"
                 r"arrangement|accord|truce|ally|team|join|work|expire|lapse|memorand|\bmou\b|fight|dispute|row|feud|case|"
                 r"resolv|end|\bterms\s+with\b",
    "acquisition": r"acqui|private|bought|buy|purchas|snap|over\b|swallow|scoop|picked up|picks up|absorb|control of|stake|merge|"
                   r"sold|sell|offload|buyout|sale|goes to",
    "withdraw": r"withdr|pull|remov|down\b|yank|muted",
    "owned": r"owned|belong|operat|\brun|controll|backed|develop|made|built|managed|created|launched|acquired|owns|runs|"
             r"controls|makes|parent|owner|behind|'s|\bits\s|maker|creator|developer",
    "subsidiary": r"'s|label|imprint|subsidiar|division|unit|arm\b|part of|member|publisher|umbrella|brand|company|"
                  r"business|outlet|affiliate|distributor|\bof\b|folded|merged|absorbed|integrated|consolidated|owner|owned|group's|remains\s+@|whose|@,\s*@|within|inside",
    "signed": r"sign|releas|record|manages|home to|home of|behind|roster|artist|known for|also on|\bacts?\b|star|contract|join|moved|switch|returned|put out|puts out|"
              r"issue|inked|welcomed|added|landed|nabbed|poached|label|stable|^\s*so\s+(?:does|do|did|is|are)\b",
    "performed": r"'s|\bby\b|whose|releas|album|single|track|song|mixtape|\bep\b|@,?\s*[\"']@|dropped|drops|recorded|records|performed|performs|put out|unveiled|shared|debuted|"
                 r"wrote|sang|sings|ballad|debut|anthem|\bhits?\b|\btunes?\b|duet|featur|feat\.|teame?d?s?\s+up",  # round 16b: "his 2014 ballad "W""
    "status": r"dismiss|settle",
}.items()}


# "X, the company whose label Y": the text between X and Y that makes Y a unit of X
_WHOSE_UNIT = re.compile(r",?\s+(?:the\s+(?:[\w-]+\s+)?(?:company|group|firm|conglomerate|parent)\s*,?\s+)?whose\s+"
                         + P.UNIT_N + r"\s", re.I)


_WHOSE_CLAUSE = re.compile(r"(@\d+@),\s+whose\s+[^,;]*,(?=\s+(?:is|was|are|also|now|still|records|recorded|releases|released|"
                           r"signed|has|remains)\b)")

# round 27b. "Google, which bought YouTube in 2006, is itself now a subsidiary of Alphabet": the relative clause is
# dropped so the subject meets its verb
_WHICH_CLAUSE = re.compile(r"(@\d+@),\s+which\s+[^,;]{1,80},(?=\s+(?:is|was|are|were|has|had|remains|itself)\b)")

_POSS_WORK = re.compile(r"\b(?:her|his|their)\s+(?:[\w-]+\s+){0,2}?" + P.WORK_N + r"\s*,?\s*[\"'“‘]?@(\d+)@", re.I)
_GUEST_BEFORE = re.compile(r"\b(?:featuring|feat\.|features|featured|with|alongside|joined\s+by|verses\s+from)\s+"
                           r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$", re.I)
_POSS_DET = re.compile(r"(?:her|his|their|its|my|our|your)\b", re.I)  # "her single": kept for the performer rules
# round 24b. "X, who was (previously) TITLE at Y, has been named CEO of Z": a past-tense relative clause before a move
# round 30b. A performance the sentence denies: "Neither A nor B sings on W", "none of them performs on W", "W, which
# features neither A nor B", "A did not / never sang on W"; and credits that are not performances: "W, a song written by B",
# "W was produced by B" (the writer, producer or remixer named after "by" is no performer)
_NEG_BEFORE_ACT = re.compile(r"(?:\bneither\b[^.;]*\bnor\s*|\bnone\s+of\s+(?:the\s+|them\s*,?\s*)?|\bno\s+(?:one|other)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:from\s+|of\s+)?(?:the\s+)?)(?:[\w-]+\s+){0,2}?$", re.I)
_NEG_IN_MATCH = re.compile(r"\b(?:neither|not|never|n't|no\s+longer|none\s+of)\b|n't\b", re.I)
_CREDIT_BY = re.compile(r"\b(?:(?:co-?)?(?:written|wrote|penned|composed|produced|remixed|mixed|engineered|arranged|"
                        r"directed|helmed|mastered|programmed))\b[^@]*\bby\s", re.I)
# round 30b. A label tie the sentence says ended: "signed to Y ... but she left the label / parted ways with Y / exited her
# deal"; "signed to Y after she left her old label" names the departure from another label, so "after/since/following" blocks
_TIE_ENDED = re.compile(r"^(?:(?!\b(?:after|since|following|having|before|when|once)\b)[^;])*?\b(?:left|quit|exited|departed|"
                        r"parted\s+(?:ways|company)\s+with|split\s+(?:from|with)|walked\s+away\s+from|cut\s+ties\s+with|"
                        r"was\s+dropped\s+by|(?:has|have|had)\s+(?:since\s+)?(?:left|exited|departed|quit))\s+(?:from\s+)?"
                        r"(?:(?:the|her|his|their|its)\s+(?:[\w-]+\s+){0,2}?(?:label|company|imprint|deal|contract|roster)\b|"
                        r"(?P<lab>@\d+@))", re.I)
_FORMER_JOB = re.compile(r"^@\d+@,\s+who\s+(?:was|had\s+been|served\s+as|spent\s+[^@,;]{1,30}?\s+as)\s", re.I)
# round 25b. "X is owned / run / operated by Y" (not "majority-owned", "controlled", "backed"): a service's owner
_SERVICE_OWNED = re.compile(r"\b(?:is|are|was|were)\s+(?:both\s+|all\s+|each\s+|also\s+|now\s+)?(?:owned|run|operated)\s+by\b")
# round 35b. the verbs of "signs-to" that name a hire as well as a signing ("joined the label", "moved to Y")
_JOB_VERB = re.compile(r"\b(?:joined|joins|rejoined|rejoins|moved\s+to|moves\s+to|switched\s+to|switches\s+to|"
                       r"returned\s+to|returns\s+to)\b", re.I)
_LIST_BEFORE = re.compile(r"(?:@\d+@\s*,\s*)*@\d+@,?\s+and\s+$")  # "A, B and " before the last list item
_NEW_JOB_AFTER = re.compile(
    r"[^.;]{0,40}?,\s+(?:(?:has|have|had|was|were|is)\s+)?(?:been\s+|now\s+|just\s+)?(?:named|appointed|hired|tapped|"
    r"picked|promoted|recruited|poached|joins|joined|moves|moved|takes\s+over|took\s+over|becomes|became|steps\s+up|"
    r"will\s+(?:join|become|lead|run|head|take\s+over|succeed)|succeeds|succeeded|replaces|replaced)\b", re.I)

# round 28b. a trade noun right after a founding verb's object: what was launched is an activity of the object
# ("had launched the fund business", "started the Acme publishing arm"), not the company
_LINE_OF_BUSINESS = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:business|businesses|arm|division|unit|operations?|department|"
                               r"practice|side)\b")

_TERMS: dict[int, tuple] = {}


def _term_res(lex: Lexicon) -> tuple[dict, dict]:
    """Regexes of the allegation and topic terms (compiled once per lexicon)."""
    if id(lex) not in _TERMS:
        _TERMS[id(lex)] = (
            {label: re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b", re.I)
             for label, forms in lex.allegations.items()},
            {label: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)
             for label, forms in lex.topics.items()},
        )
    return _TERMS[id(lex)]


_ALLEG_MODS = re.compile(
    r"\b((?:contributory|vicarious|willful|wilful|secondary|direct|illegal|deceptive|copyright|trademark|criminal|"
    r"systematic|massive|mass|unlawful)(?:\s*,\s*|\s+(?:and|or)\s+))?(contributory|vicarious|willful|wilful|secondary|direct|"
    r"illegal|deceptive|copyright|trademark|criminal|systematic|massive|mass|unlawful)\s+$", re.I)
_ALLEG_OF = re.compile(r"\s+of\s+((?:(?!(?:by|from|in|on|for|to|with|and|or|which|that|the|its|their)\b)[a-z][\w-]*\s*){1,3})", re.I)


def _allegation_phrases(text: str, m: re.Match) -> list[str]:
    """The allegation as the article words it, besides the lexicon's label.

    A noun form is kept with its modifiers ("contributory and vicarious infringement" gives
    "contributory infringement" and "vicarious infringement") and a short "of" phrase
    ("unlicensed use of song lyrics").

    Examples
    --------
    >>> rx = re.compile(r"infringement")
    >>> text = "found Cox liable for contributory and vicarious infringement of works"
    >>> _allegation_phrases(text, rx.search(text))
    ['contributory infringement', 'vicarious infringement']
    """
    surface = m.group(0).lower()
    if surface.endswith(("ed", "ing", "ise", "ize", "e")) and " " not in surface:
        return []  # verb forms ("infringed") are not names of an allegation
    out: list[str] = []
    before = text[max(0, m.start() - 60):m.start()]
    co = re.search(r"\b([a-z]+)\s*(?:,|\s+and|\s+or)\s+$", before, re.I)
    if " " in surface and co and _ALLEG_MODS.search(co.group(1) + " "):
        out.append(f"{co.group(1).lower()} {surface.split()[-1]}")  # "contributory and [vicarious infringement]"
    mods = _ALLEG_MODS.search(before)
    if mods:
        for w in (mods.group(1), mods.group(2)):
            if w:
                w = re.sub(r"\s*,\s*$|\s+(?:and|or)\s+$", "", w).lower()
                out.append(f"{w} {surface}")
    tail = _ALLEG_OF.match(text, m.end())
    if tail and " " in surface + tail.group(1).strip():
        out.append(f"{surface} of {tail.group(1).strip().lower()}")
    if not out or " " in surface:
        out.append(surface)
    return out


# round 15b. a word without which a pattern cannot match (speed)
# round 23b. "Y (has) named X ...": the organisation doing the naming, just before the verb
_NAMER = re.compile(rf"(@\d+@){P.AUX}\s+$")
_NEEDS = {"clause-suing": "suing", "pitted-against": "pitt", "agreement-under-which-acquire": "under which",
          "in-its-suit-against": " in ",
          # round 23b. appointment and where-clause rules (speed only)
          "Y-named-X-title": re.compile(r"\b(?:nam|appoint|hire|tap|pick|install|promot|elevat)", re.I),
          "Y-where-X-is-title": "where", "Y-where-X-and-Q-is-title": "where",
          # round 28b (speed only): the new rules, and the rules of rounds 21-27 that had only their family's gate
          "one-of-units-of-Y": "one of", "one-of-Y-poss-units": "one of", "and-its-unit": "and its",
          "label-A-signed-with": re.compile(r"sign|record|release"),  # round 36b. "the label A records for"
          "take-to-court": " to ", "suit-by": " by ", "suit-by-against": "against", "agreed-terms-with": "terms",
          "joint-of": "joint", "at-Y-roster": "roster", "agency-that-manages": " that ", "label-to-which-signed": "which",
          "home-to-units-including": re.compile(r"home\s+to|\sof\s+(?:labels|imprints)", re.I),
          "X-founded-Y": re.compile(r"found|start|set\s+up|launch", re.I), "Y-founded-by-X": " by ",
          "X-who-heads-Y": "who", "whose-title-X": "whose"}
# round 40b. an outgoing head: "succeeds / takes over from X, who has run Z"; "... and is retiring / stepping down"
_SUCCEEDS_BEFORE = re.compile(r"\b(?:succeeds?|succeeded|succeeding|replaces?|replaced|replacing|over\s+from)\s+"
                              r"(?:[a-z][\w-]*\s+){0,2}$", re.I)
_LEAVING_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:retir\w+|step(?:s|ping)?\s+down|leav(?:es|ing)|depart\w*)\b", re.I)
# round 22b. a regulator's action: the words the "regulator-" patterns need (speed only)
_REGULATOR_V = re.compile(r"\b(?:order(?:s|ed|ing)?|direct(?:s|ed)|instruct(?:s|ed)|required|requires|told|investigat\w*|"
                          r"probe[ds]?|probing|inquiry|enquiry|examining|case|proceedings)\b", re.I)
for _n in ("regulator-order", "regulator-probe"):
    _NEEDS[_n] = _REGULATOR_V


@dataclass
class RawFact:
    """A fact as found, roles holding entity ids (drafts of the mention finder)."""

    kind: str
    roles: dict[str, tuple[int, ...]]
    sents: list[int] = field(default_factory=list)
    date: str | None = None
    status: str | None = None
    allegations: list[str] = field(default_factory=list)
    title: str | None = None
    topics: list[str] = field(default_factory=list)
    confidence: float | None = None  # set by the learned layer for the facts it adds

    def key(self) -> tuple:
        if self.kind in ("partnership", "licensing", "settlement"):
            return (self.kind, frozenset(self.roles["party"]))
        return (self.kind, *(tuple(sorted(v)) for _, v in sorted(self.roles.items())))


@dataclass
class _Frame:
    claimants: set[int] = field(default_factory=set)
    respondents: set[int] = field(default_factory=set)
    sents: list[int] = field(default_factory=list)


class FactFinder:
    """Finds the facts of one article once its mentions are known."""

    def __init__(self, article: Article, sentences: list[Sentence], mf: MentionFinder, lex: Lexicon,
                 learned: bool = True):
        self.article, self.sentences, self.mf, self.lex = article, sentences, mf, lex
        self.learned = learned  # False: the rules alone (training data for the learned layer)
        self.facts: dict[tuple, RawFact] = {}
        self.masked: list[str] = []
        self.frame: _Frame | None = None
        self.last_withdraw_object: int | None = None
        self.last_group: tuple[int, tuple[int, ...]] | None = None
        self.extra_types: dict[int, set[str]] = {}
        # round 35b. signings read from a verb that also names a job ("joined Y"), per (artist, label): their sentences,
        # and the persons this verb alone typed Artist (undone when the person turns out to be an executive)
        self._job_verb_signed: dict[tuple[int, int], set[int]] = {}
        self._job_verb_artist: set[int] = set()
        # per-article values a later layer derives once from the whole text (the performer layer's central act)
        self.article_cache: dict[str, object] = {}
        self._alleg_re, self._topic_re = _term_res(lex)
        # job titles, or "X of Y" / "X joined Y as ..." without a title word before the names
        self._works_gate = _lower_gate(mf._title_head_re.pattern + r"|\bco-[\w-]+s\b|\bwhose\b|@\d+@\s+of\s+(?:the\s+)?@|\b(?:joined|joins|runs|heads|leads|founded|co-founded|started|set\s+up|"
                                      r"launched|becomes?|became|been|created|established|has\s+(?:run|led|headed|chaired))\b")  # round 16b: "was created by A together with B"; round 40b: "who has run Z"

    @property
    def _steps(self):
        return (
            (_GATES["dispute"], self._disputes, 1),
            (_GATES["agreement"], self._agreements, 1),
            (_GATES["acquisition"], self._acquisitions, 1),  # 1: "accept a takeover by X"
            (_GATES["withdraw"], self._withdrawals, 1),
            (_GATES["owned"], self._ownership, 2),
            (_GATES["subsidiary"], self._subsidiaries, 2),
            (_GATES["signed"], self._signed, 2),
            (_GATES["performed"], self._performed, 1),  # round 17b. 1: "Her third album, "W"" names only W
            (self._works_gate, self._works_for, 2),
            (_GATES["status"], self._status_updates, 1),
        )

    # --- masking --------------------------------------------------------------
    def _mask(self, si: int) -> str:
        sent = self.sentences[si]
        ms = [(k, m) for k, m in enumerate(self.mf.mentions) if m.sent == si and sent.start <= m.mask_start < sent.end]
        out, pos = [], sent.start
        for k, m in sorted(ms, key=lambda x: x[1].mask_start):
            if m.mask_start < pos or (m.kind in ("desc", "plural") and not self.mf.entity_ids(m) and not _POSS_DET.match(m.text)):
                continue  # an unresolved reference ("the major" record companies) names nobody: leave its words
            out.append(self.article.text[pos:m.mask_start])
            out.append(f"@{k}@")
            pos = min(m.mask_end, sent.end)
            if m.kind == "pron" and m.possessive:
                out.append("'s")  # "Its chief executive" reads "@k@'s chief executive"
            elif m.kind == "name" and m.text.endswith("s") and self.article.text[pos:pos + 1] in ("'", "’") \
                    and not self.article.text[pos + 1:pos + 2].isalnum():
                out.append("'s")  # "Sonnet Labs' chief executive"
                pos += 1
        out.append(self.article.text[pos:sent.end])
        s = "".join(out)
        return s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')

    def ids(self, text: str | None) -> tuple[int, ...]:
        """Entity ids of the placeholders in ``text`` (in order, without repeats)."""
        if not text:
            return ()
        out: list[int] = []
        for k in PH.findall(text):
            for e in self.mf.entity_ids(self.mf.mentions[int(k)]):
                if e not in out:
                    out.append(e)
        return tuple(out)

    def unmask(self, text: str) -> str:
        return PH.sub(lambda m: self.mf.mentions[int(m.group(1))].text, text)

    def types(self, e: int) -> set[str]:
        return self.mf.drafts[e].types | self.extra_types.get(e, set())

    # --- main loop --------------------------------------------------------------
    def run(self) -> list[RawFact]:
        self.masked = [self._mask(i) for i in range(len(self.sentences))]
        variants = []
        for si, ms in enumerate(self.masked):
            variants.append((si, ms))
            short = collapse_appositions(ms)
            if short != ms:
                variants.append((si, short))
            if "among" in ms or "notably" in ms:
                members = members_for_plural(short)
                if members != short:
                    variants.append((si, members))
        last_si = -1
        for si, ms in variants:
            if si != last_si and last_si >= 0:
                self._note_group(last_si, self.masked[last_si])
            last_si = si
            n_ph = ms.count("@") // 2
            if n_ph == 0:
                self._frame_status(ms)
                continue
            # cheap keyword gates first: most sentences state no fact of most kinds
            low = ms.lower()
            for gate, step, need in self._steps:
                if n_ph >= need and gate.search(low):
                    step(si, ms)
        fallback_facts(self)  # recall layer: trigger words for sentences the tables missed
        performer_facts(self)  # round 21a: performers of works the tables left without one
        if self.learned:
            learned_facts(self)  # pairs in one sentence that no rule related (kg.extract.learned)
        self._drop_job_signings()
        self._name_form_operates()
        self._drop_sold_founders()
        for f in self.facts.values():
            self._attributes(f)
        return list(self.facts.values())

    def add(self, kind: str, roles: dict[str, tuple[int, ...]], si: int, **attrs) -> RawFact | None:
        roles = {r: tuple(dict.fromkeys(v)) for r, v in roles.items()}
        if any(not v for v in roles.values()):
            return None
        if kind in ("partnership", "licensing", "settlement"):
            if len(set(roles["party"])) < 2:
                return None
        else:
            flat = [e for v in roles.values() for e in v]
            if len(set(flat)) < len(flat):
                return None
        # a person is never a parent company or the operator of a service ("a consortium led by founder X has
        # bought a majority stake in Y" makes Y no subsidiary of X)
        owner = {"subsidiaryOf": "object", "operates": "subject"}.get(kind)
        if owner and all(self._person_only(e) for e in roles.get(owner, ())):
            return None
        f = RawFact(kind, roles)
        key = f.key()
        if key in self.facts:
            f = self.facts[key]
        else:
            self.facts[key] = f
        if si not in f.sents:
            f.sents.append(si)
        for k, v in attrs.items():
            if v and not getattr(f, k):
                setattr(f, k, v)
        return f

    def _person_only(self, e: int) -> bool:
        t = self.types(e)
        return bool(t & {"Person", "Artist"}) and not t & ORG_TYPES

    def _matches(self, table, ms: str, subject_guard: bool = False):
        for pat in table:
            if pat.legal and not P.LEGAL_CONTEXT.search(ms):
                continue
            need = _NEEDS.get(pat.name)
            if need and (not need.search(ms) if isinstance(need, re.Pattern) else need not in ms.lower()):
                continue  # round 15b. a cheap test before a slow pattern
            for m in pat.regex.finditer(ms):
                if pat.hedge_group and m.group(pat.hedge_group) and P.HEDGE.search(m.group(pat.hedge_group)):
                    continue
                if subject_guard and not pat.name.startswith("appos-") and pat.name != "in-its-suit-against" \
                        and self._object_of_preposition(ms, m):
                    continue  # an apposition's own relative clause ("from X, a company that bought Y") has X as subject
                yield pat, m

    _PREP_BEFORE = re.compile(
        r"\b(?:(?:of|by|for|with|from|to|at|in|on|behind|than|like|including|against)\s+(?:the\s+)?|"
        # "backed by Canadian pension fund X, has acquired": modifiers between the preposition and X
        r"(?:of|by|from|behind|against)\s+(?:the\s+)?(?:(?!(?:that|which|who|whom|since|when|while|after|before|because|"
        # round 19b: "led by its chief executive X" masks "its" as "@k@'s"
        r"as|and|but|if|where|said|says)\b)(?:[a-z][\w-]*|[A-Z][a-z]+(?:-based)?|@\d+@'s)\s+){1,3})$")

    def _object_of_preposition(self, ms: str, m: re.Match) -> bool:
        """A subject that is the object of a preposition ("the maker of X, has inked") is not the subject."""
        first = min((m.start(g) for g, v in m.groupdict().items() if v and v.startswith("@")), default=-1)
        if first != m.start():
            return False
        if re.search(r"(?<!\bin\s)(?<!\bof\s)(?<!\bby\s)(?<!\bunder\s)\b(?:that|which|who)\s+(?:[\w-]+\s+){0,5}$",
                     ms[max(0, first - 60):first]) \
                and re.match(r"@\d+@\s*,", ms[first:]):
            return True  # "the label that launched star X, has removed ...": X is the clause's object
        if not self._PREP_BEFORE.search(ms[max(0, first - 45):first]):
            return False
        if re.fullmatch(r"\s*(?:As\s+part\s+of|Under|Through|Following|After|Alongside|With)\s+(?:the|this|that|its)\s+"
                        r"(?:[\w-]+\s+)?(?:deal|agreement|settlement|pact|partnership|arrangement|transaction|terms|accord)\s+",
                        ms[:first]):
            return False  # "As part of the agreement X is buying Y": an opening phrase without its comma
        return self._object_rest(ms, m, first)

    def _object_rest(self, ms: str, m: re.Match, first: int) -> bool:
        rest = ms[m.start():m.end()]
        head = PH.match(rest)
        after = rest[head.end():head.end() + 20] if head else ""
        # "a deal with X, which bought Y": a relative clause gives X its own verb
        if re.search(r"\bwith\s+(?:the\s+)?$", ms[max(0, first - 20):first], re.I) and re.match(r"\s+\w+ing\b", after):
            return False  # "with X withdrawing its music": X does it
        if re.match(r",?\s+which\b", after) and head and self.ids(head.group(0)) \
                and all(self._person_only(e) for e in self.ids(head.group(0))):
            return True  # round 19b. "the investment group of the billionaire P, which bought Y": "which" is the group
        return not after.startswith("'s") and not re.match(r",?\s+(?:which|who|that)\b", after)

    def _hedged_before(self, ms: str, pos: int, window: int = 40) -> bool:
        return bool(P.HEDGE.search(ms[max(0, pos - window):pos]))

    # --- disputes -----------------------------------------------------------------
    def _disputes(self, si: int, ms: str) -> None:
        found: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        status: str | None = None
        group = self._group(si)
        if group:
            for rx in P.GROUP_DISPUTE:
                for m in rx.finditer(ms):
                    if self._hedged_before(ms, m.start() + 1, 30) or P.HEDGE.search(m.group(0)):
                        continue
                    r = self.ids(m.groupdict().get("r") or m.groupdict().get("r2"))
                    r = tuple(x for x in r if x not in group and not self._is_court(x) and not self._is_forum(ms, x))
                    found.append((group, r))
        for pat, m in self._matches(P.DISPUTE_PATTERNS, ms, subject_guard=True):
            gd = m.groupdict()
            c = tuple(dict.fromkeys(self.ids(gd.get("c")) + self.ids(gd.get("c2")) + self.ids(gd.get("c3"))))
            r = self.ids(gd.get("r"))
            if pat.name.startswith("regulator-"):
                # round 22b. only a regulator's order or investigation is a dispute ("the court ordered X to pay",
                # "the label told X to" are not)
                c = tuple(x for x in c if "Regulator" in self.types(x) and not self._is_court(x))
                if not c or not r:
                    continue
            start = m.start("c") if gd.get("c") else m.start()
            if gd.get("c") is not None and self._hedged_verb(ms, m):
                continue
            if gd.get("r") and gd.get("c") and not tuple(x for x in r if x not in c):
                continue  # "A ..., alleging that A": a respondent that is the claimant itself says nothing
            r = tuple(x for x in r if x not in c and not self._is_court(x) and not self._is_forum(ms, x))
            c = tuple(x for x in c if not self._is_court(x))
            if gd.get("r"):
                r = self._owner_modifier_shift(ms, m, "r", r)
            if gd.get("r"):  # "claims against X owner": the party is the owner, not X
                r = tuple(x for x in r if x not in self._owned_names(gd["r"], ms[m.end("r"):m.end("r") + 30]))
            if pat.name in ("counter-against", "respond-counter"):
                # a counterclaim comes from the defendant of the lawsuit being talked about ("The company" may
                # have been resolved to its claimant)
                if self.frame and self.frame.respondents and not set(r) & self.frame.respondents:
                    c = tuple(x for x in self.frame.respondents if x not in r)
                if not c:
                    continue
            if pat.name == "accuse-of" and not (P.LEGAL_CONTEXT.search(ms) or (
                    si > 0 and P.LEGAL_CONTEXT.search(self.masked[si - 1]))):
                continue  # "A accused B of hypocrisy" in a public row is no lawsuit
            if pat.name == "respond-suit" and not r:
                # "X answered with a suit of its own": against the claimant of the lawsuit X was defending
                if not (self.frame and set(c) & self.frame.respondents):
                    continue
                r = tuple(x for x in self.frame.claimants if x not in c)
                if not r:
                    continue
            if pat.name in ("case-name", "pitted-against") and not (P.LEGAL_CONTEXT.search(ms) or re.search(
                    r"\b(?:case|cases|trial|appeal|ruling|ruled|verdict|jury|heard)\b", ms, re.I)):
                continue  # "A v B" names a case only in legal talk
            if gd.get("forum") and not self._is_court(self.ids(gd["forum"])[0]):
                continue  # round 21b. "took X to the Grammys" is no lawsuit; "took X to the High Court" is
            if pat.name == "sue-r" and self._hedged_before(ms, m.start("r"), 45):
                continue
            if pat.name == "suit-against" and re.search(r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,3}$", ms[max(0, m.start() - 40):m.start()], re.I):
                continue  # "did not take legal action against X"
            if pat.name == "ended-suit":
                v = m.group("v").lower()
                if v.startswith(("end", "settl", "resolv")):
                    status = "settled"
                elif v.startswith(("drop", "withdr", "abandon", "dismiss", "discontinu")):
                    status = "dismissed"
            found.append((c, r))
            del start
        if not found:
            return
        claimants = tuple(dict.fromkeys(x for c, _ in found for x in c))
        respondents = tuple(dict.fromkeys(x for _, r in found for x in r if x not in claimants))
        fr = self.frame
        if claimants and respondents:
            new = fr is None or not (set(respondents) & fr.respondents or set(claimants) & fr.claimants)
            if new or fr is None:
                self.frame = fr = _Frame()
            # several statements in one sentence: pair each claimant list with its respondents
            stated = {x for c, r in found if c for x in r}
            for c, r in found:
                if not c and r and set(r) <= stated:
                    continue  # "A sued B, and C filed a case against D": D's claimant is C only
                cc = c or claimants
                rr = tuple(x for x in (r or respondents) if x not in cc)
                for a in cc:
                    for b in rr:
                        self.add("dispute", {"claimant": (a,), "respondent": (b,)}, si, status=status)
            fr.claimants |= set(claimants)
            fr.respondents |= set(respondents)
            fr.sents.append(si)
        elif respondents:
            if fr and fr.claimants:
                for a in fr.claimants:
                    for b in respondents:
                        if a != b:
                            self.add("dispute", {"claimant": (a,), "respondent": (b,)}, si)
                fr.respondents |= set(respondents)
                fr.sents.append(si)
            else:
                if fr is None or fr.claimants:
                    self.frame = fr = _Frame()
                fr.respondents |= set(respondents)
                fr.sents.append(si)
        elif claimants:
            if fr and fr.respondents:
                for a in claimants:
                    for b in fr.respondents:
                        if a != b:
                            self.add("dispute", {"claimant": (a,), "respondent": (b,)}, si)
                            for s2 in fr.sents:
                                self.add("dispute", {"claimant": (a,), "respondent": (b,)}, s2)
                fr.claimants |= set(claimants)
                fr.sents.append(si)

    def _owner_modifier_shift(self, ms: str, m: re.Match, g: str, ids: tuple[int, ...]) -> tuple[int, ...]:
        """"against the X music service Y": the last item X only modifies the noun before Y, so Y takes its place."""
        nxt = P.OWNER_MOD_NEXT.match(ms, m.end(g))
        last = PH.findall(m.group(g))
        if not (nxt and ids and last) or not re.search(r"\b(?:the|a|an)\s+$", ms[:m.end(g) - len(last[-1]) - 2]):
            nxt = P.BARE_MOD_NEXT.match(ms, m.end(g))
            # round 25b. a headline without the article: "X buys Rock Band studio Y" buys Y; only a single name
            # right after the verb ("bought A and B label Y" is a list, left alone)
            if not (nxt and ids and last and len(last) == 1 and m.group(g).strip() == f"@{last[-1]}@"):
                return ids
        y = self.ids(nxt.group(2))
        if len(y) != 1 or y[0] in ids:
            return ids
        return ids[:-1] + y

    _APPOS_POSS = re.compile(r"(@\d+@),\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(@\d+@)'s\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:arm|unit|division|subsidiary|label|imprint|business|company|service|platform|"
                             r"publisher|publishing\s+company|distributor|venture|brand|owner|parent|founder|boss)\s*,")

    def _appositive_possessors(self, ms: str) -> dict[int, int]:
        """Owners named inside an apposition ("X, Y's distribution arm, ..."), each mapped to the X it describes."""
        out: dict[int, int] = {}
        for m in self._APPOS_POSS.finditer(ms):
            x, y = self.ids(m.group(1)), self.ids(m.group(2))
            if len(x) == 1 and len(y) == 1 and x != y:
                out[y[0]] = x[0]
        return out

    def _owned_names(self, text: str, after: str) -> set[int]:
        """Entities in ``text`` named only as a modifier of an owner ("PulseCycle owner", "the Lumo maker")."""
        out: set[int] = set()
        phs = list(PH.finditer(text))
        for i, m in enumerate(phs):
            nxt = text[m.end():phs[i + 1].start()] if i + 1 < len(phs) else text[m.end():] + after
            if re.match(r"\s+(?:owner|parent|maker|operator|developer|creator)s?\b", nxt, re.I):
                out.update(self.ids(m.group(0)))
        return out

    _GROUP_TYPES = {"RecordLabel", "Company", "Organization", "TradeBody"}

    def _note_group(self, si: int, ms: str) -> None:
        """Remember the last list of two or more organisations: "the publishers" may mean them later."""
        for m in re.finditer(P.LIST, ms):
            ids = self.ids(m.group(0))
            if len(ids) >= 2 and all(not self.types(e) & (PERSON_TYPES | {"Platform", "Court"}) for e in ids) \
                    and sum(bool(self.types(e) & self._GROUP_TYPES) for e in ids) * 2 >= len(ids):
                self.last_group = (si, ids)

    def _group(self, si: int) -> tuple[int, ...]:
        """The organisations a group noun ("the publishers", "the labels") stands for, if named shortly before."""
        if self.last_group and 0 < si - self.last_group[0] <= 4:
            return self.last_group[1]
        return ()

    def _hedged_verb(self, ms: str, m: re.Match) -> bool:
        """A hedge or negation right before the verb ("could sue", "did not sue")."""
        seg = ms[m.end("c"):m.start("r")] if m.groupdict().get("r") else ms[m.end("c"):m.end()]
        seg = re.split(r"\b(?:and|but)\b", seg)[-1] if "," not in seg else seg
        return bool(re.search(r"\b(?:could|(?<!in\s)(?<!of\s)may(?!\s+\d)|might|would|should|not|n't|never|threaten\w*|plans?\s+to|"
                              r"considering|consider|grounds\s+to|whether\s+to|intends?\s+to|denied|denies)\b", seg, re.I))

    def _is_forum(self, ms: str, e: int) -> bool:
        """"a complaint with the FCC against X": the body the complaint is lodged with is not a respondent."""
        for k in PH.findall(ms):
            if e in self.mf.entity_ids(self.mf.mentions[int(k)]) and re.search(
                    rf"\b(?:with|to|before)\s+(?:the\s+)?@{k}@(?:'s)?\s+(?:[\w-]+\s+){{0,3}}?against\b", ms, re.I):
                return True
        return False

    def _is_court(self, e: int) -> bool:
        t = self.types(e)
        name = self.mf.drafts[e].name.lower()
        return "Court" in t or bool(re.search(r"\b(?:court|tribunal|judge)\b", name))

    # --- agreements ---------------------------------------------------------------
    def _agreements(self, si: int, ms: str) -> None:
        for pat, m in self._matches(P.AGREEMENT_PATTERNS, ms, subject_guard=True):
            gd = m.groupdict()
            # round 21e. "a deal with the Google video platform YouTube": the owner only modifies the trade noun
            b_ids0 = self._owner_modifier_shift(ms, m, "b", self.ids(gd.get("b"))) if gd.get("b") else ()
            parties = self.ids(gd.get("a")) + b_ids0 + self.ids(gd.get("b2"))
            parties = tuple(dict.fromkeys(parties))
            # round 21e. "X, Y's distribution arm, signed a deal with Z": Y only describes X, it is no party
            poss = self._appositive_possessors(ms)
            parties = tuple(dict.fromkeys(poss.get(e, e) for e in parties))
            if gd.get("a") and self._hedged_verb_agreement(ms, m):
                continue
            words = " ".join(x for x in (gd.get("v"), gd.get("h"), gd.get("n"), gd.get("tail")) if x).lower()
            if pat.name in ("settle-fight", "settled-with"):
                words = "settle " + words
            if pat.name == "deal-with" and re.match(r",?\s*in\s+(?:a|an|the|its|their)\b", ms[m.end("a"):m.start("n")], re.I) and re.search(
                    r"\b(?!(?:in|on|at|of|by|to|and|or|but|as|for|with|from|that|which|who|the)\b)[a-z]+(?:ed|s)\s+$",
                    ms[:m.start("a")]):
                # round 15b. "(X ...:) it backed B in a joint venture with Y": the venture is the subject's, B is the object
                sm = re.search(rf"(?P<s>{P.E})(?:[^@.;]*?\b(?:it|they))?{P.AUX}\s+[a-z]+ed\s+$", ms[:m.start("a")], re.I)
                if sm and not self._hedged_before(ms, m.start("a"), 40):
                    for b in self.ids(gd.get("b")):
                        self._agreement(si, ms, (self.ids(sm.group("s"))[:1] + (b,)), words)
                continue
            if pat.name in ("joint-of", "jointly-by", "and-set-up"):
                # round 22b. a joint venture of two organisations is a partnership ("jointly run by A and B")
                if len(parties) == 2 and all(self.types(e) & ORG_TYPES and not self._is_court(e) for e in parties) \
                        and not self._hedged_before(ms, m.start(), 40):
                    self._agreement(si, ms, parties, "joint venture")
                continue
            if pat.name == "agreed-terms-with" and (P.LEGAL_CONTEXT.search(ms) or not all(
                    self.types(e) & ORG_TYPES and not self.types(e) & {"Artist", "Person"} for e in parties)):
                continue  # round 26b. "reached terms with the group" (a band) or with a claimant is no deal between companies
            if pat.name == "agreed-terms-with" and re.search(r"\blicen[cs]|\bstream|\bcatalog|\brepertoire", self.masked[si], re.I):
                words = "licensing " + words  # terms for music on a service are a licence (the apposition may say so)
            if pat.name == "partner-with" and re.match(r"work", (gd.get("v") or "").lower()) and not re.search(
                    r"\b(?:deal|agreement|partnership|licen)", ms, re.I):
                continue
            a_ids, b_ids = self.ids(gd.get("a")), tuple(dict.fromkeys(b_ids0 + self.ids(gd.get("b2"))))
            a_ids = tuple(dict.fromkeys(poss.get(e, e) for e in a_ids))
            if gd.get("a") and not a_ids and len(b_ids) > 1:
                continue  # round 26b. "it signed licences with A and with B" (an "it" that names nobody): A and B deal with it, not each other
            if len(a_ids) == 1 and len(b_ids) > 1 and (re.search(r"\b(?:deals|agreements|licen[cs]es|pacts|partnerships|"
                                                                 r"contracts)\b", words) or pat.name == "licensed-from"):
                for b in b_ids:  # "signed licensing deals with A and B": one deal each
                    self._agreement(si, ms, (a_ids[0], b), words)
                continue
            self._agreement(si, ms, parties, words)
        # "a licensing deal that expired": the parties are the organisations of the sentence
        self._group_settlement(si, ms)
        em = re.search(rf"\b(?P<n>{P.DEAL_N})\s+(?:that\s+|which\s+)?(?:had\s+)?(?:expired|lapsed|ran\s+out|ended|expires|"
                       rf"lapses|was\s+terminated|were\s+terminated|terminated)\b", ms, re.I)
        if em:
            # the parties are named before the deal ("A and B's licensing deal expired"); "that deal ended,
            # she moved to A, part of B" is no deal between A and B
            orgs = tuple(e for e in self.ids(ms[:em.start()]) if self.types(e) & ORG_TYPES and not self._is_court(e))
            if 2 <= len(orgs) <= 3:
                pre = ms[max(0, em.start() - 30):em.start()].lower()
                self._agreement(si, ms, orgs, pre + " " + em.group("n").lower(), status="expired")

    _GROUP_SETTLE = re.compile(
        rf"(?:\b(?:the|both)\s+{P.GROUP_N}\s+and\s+(?:the\s+)?(?P<b>{P.E})|(?P<b2>{P.E})\s+and\s+(?:the|all\s+the)\s+{P.GROUP_N})"
        rf"{P.AUX}\s+(?:settled|settle|settles|(?:reached|reach|struck|agreed)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:settlement|truce)|agreed\s+to\s+settle|resolved\s+(?:the|their)\s+(?:[\w-]+\s+){{0,2}}?(?:dispute|case|lawsuit|"
        rf"suit|fight|litigation))\b", re.I)

    def _group_settlement(self, si: int, ms: str) -> None:
        """"The labels and Charter reached the settlement": the group is the other side of Charter's lawsuit."""
        for m in self._GROUP_SETTLE.finditer(ms):
            if self._hedged_before(ms, m.start() + 1, 30) or P.HEDGE.search(m.group(0)):
                continue
            b = self.ids(m.group("b") or m.group("b2"))
            fr = self.frame
            if fr and set(b) & fr.respondents:
                others = tuple(fr.claimants)
            elif fr and set(b) & fr.claimants:
                others = tuple(fr.respondents)
            else:
                others = self._group(si)
            others = tuple(x for x in others if x not in b)
            if not b or not others:
                continue
            parties = tuple(dict.fromkeys(b + others))
            self.add("settlement", {"party": parties}, si, status="settled")
            for f in self.facts.values():
                if f.kind == "dispute" and set(f.roles["claimant"] + f.roles["respondent"]) <= set(parties):
                    f.status = "settled"

    def _hedged_verb_agreement(self, ms: str, m: re.Match) -> bool:
        seg = ms[m.end("a"):m.start("v")] if m.groupdict().get("v") and m.start("v") >= m.end("a") else ""
        return bool(re.search(r"\b(?:could|may|might|would|should|not|n't|never|plans?\s+to|considering|denied)\b", seg, re.I))

    def _agreement(self, si: int, ms: str, parties: tuple[int, ...], words: str, status: str | None = None) -> None:
        if len(parties) < 2:
            return
        types = [self.types(e) for e in parties]
        if any("Work" in t for t in types):
            return  # round 31b. "the album includes collaborations with A and B": a work's guests are no party to a deal
        artists = [e for e, t in zip(parties, types) if "Artist" in t]
        labels = [e for e, t in zip(parties, types) if "RecordLabel" in t]
        if artists and labels and len(parties) == 2 and not re.search(r"partner|licen", words):
            self.add("signedTo", {"subject": (artists[0],), "object": (labels[0],)}, si)
            return
        if any(t & {"Person"} and not t & ORG_TYPES for t in types):
            return  # deals between people are not the agreements the ontology records
        if all(t & PERSON_TYPES and not t & ORG_TYPES for t in types):
            return  # round 18b. artists teaming up on a song collaborate; it is no business partnership
        if "settle" in words:
            kind = "settlement"
        elif re.search(r"licen[cs]|\bdirect\s+(?:[\w-]+\s+)?(?:deals?|agreements?)", words):
            kind = "licensing"  # a streamer's "direct deal" with a rights holder is a licence
        elif re.search(r"partner|relationship|alliance|collaborat|tie-up|joint venture|team|ally|join", words):
            kind = "partnership"
        elif re.search(r"\blicen[cs]", ms, re.I) and not re.search(r"partner", ms, re.I):
            kind = "licensing"
        elif any("RecordLabel" in t for t in types) and any("Platform" in t for t in types):
            kind = "licensing"
        else:
            kind = "partnership"
        if status is None:
            if re.search(r"\b(?:expired|lapsed|ran out)\b", ms, re.I):
                status = "expired"
            elif re.search(r"\b(?:announc\w*|signed|signs|sign|inked|struck|sealed|unveil\w*|renew\w*|expand\w*)\b", ms, re.I):
                status = "announced"
        self.add(kind, {"party": parties}, si, status=status)

    # --- acquisitions ---------------------------------------------------------------
    def _acquisitions(self, si: int, ms: str) -> None:
        for pat, m in self._matches(P.ACQUISITION_PATTERNS, ms, subject_guard=True):
            a, b = tuple(dict.fromkeys(self.ids(m.group("a")) + self.ids(m.groupdict().get("a2")))), self.ids(m.group("b"))
            if not a or not b:
                continue
            if pat.name in ("acquire", "consortium-bought", "agreement-under-which-acquire"):
                # round 21e. "buy X's ticketing patents" buys an asset of X, "acquired X's distribution business Y"
                # buys Y; "acquired the Google video platform Y" buys Y
                pm = P.POSS_AFTER_ACQUIREE.match(ms, m.end("b") - (2 if m.group("b").endswith("'s") else 0))
                if pm and pm.group("y"):
                    b = b[:-1] + self.ids(pm.group("y"))
                elif pm:
                    continue
                else:
                    b = self._owner_modifier_shift(ms, m, "b", b)
            pre = ms[max(0, m.start() - 40):m.start("v") if m.groupdict().get("v") else m.start()]
            if re.search(r"\b(?:could|may|might|would|talks|plans?\s+to|considering|bid|not|n't|rumou?r|exploring)\b",
                         ms[m.start():m.start("v")] if m.groupdict().get("v") else "", re.I):
                continue
            del pre
            if pat.name == "poss-deal-for" and not re.search(
                    r"\b(?:buy\w*|bought|acqui\w+|purchas\w+|takeover|take\s+over|took\s+over)\b", ms, re.I):
                continue  # "X's deal for Y" is a purchase only when the sentence says so
            if any(self.types(e) & PERSON_TYPES and not self.types(e) & ORG_TYPES for e in b):
                continue  # "bought Drake's catalogue" is not an acquisition of Drake
            if pat.name == "stake-acq":
                k = m.group("k").lower()
                nums = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", k)]
                if not ("controlling" in k or "majority" in k or any(50 < n <= 100 for n in nums)):
                    continue  # a minority stake is an investment, not a takeover
                for x in a:  # a majority owner is the parent (guidelines: "majority stake" gives subsidiaryOf)
                    for y in b:
                        if x != y and not self.types(y) & PERSON_TYPES:
                            self.add("subsidiaryOf", {"subject": (y,), "object": (x,)}, si)
            text = m.group(0).lower()
            status = None
            if re.search(r"\b(?:completed|completes|closed|closes|finali[sz]ed)\b", text):
                status = "completed"
            elif re.search(r"\b(?:agreed|agrees|will|set to|announced|announces|to be|plans)\b", ms[max(0, m.start()):m.end()].lower()):
                status = "announced"
            for x in a:
                for y in b:
                    if x != y:
                        self.add("acquisition", {"acquirer": (x,), "acquiree": (y,)}, si, status=status)

        self._acquisition_by_only(si, ms)

    _BY_ONLY = re.compile(
        r"\b(?:accept(?:ed|s)?|agreed\s+to|agrees\s+to|approved|approves|backed|recommended|completed|completes|"
        r"closed|finali[sz]ed|(?:was|is|has\s+been)\s+(?:sold|subject)\s+to)\s+(?:a|an|the|its)\s+"
        r"(?:(?!(?:possible|potential|proposed|rival|rejected|hostile)\b)[\w$.,-]+\s+){0,3}?"
        r"(?P<v>takeover|acquisition|buyout|purchase|sale)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?"
        r"(?:(?!(?:and|or|which|who|that)\b)[a-z][\w-]*\s+){0,3}?(?P<a>@\d+@)(?!'s)", re.I)

    def _acquisition_by_only(self, si: int, ms: str) -> None:
        """"... voted to accept a cash takeover by X": the acquiree is the company the text is about.

        It is an organisation named (or referred to) earlier in the sentence, else the first organisation
        of the sentence before ("Y is leaving the stock market. Shareholders ... accept a takeover by X").
        """
        m = self._BY_ONLY.search(ms)
        if not m or self._hedged_before(ms, m.start(), 60):
            return
        a = self.ids(m.group("a"))
        if not a or not self.types(a[0]) & ORG_TYPES:
            return
        before = [e for e in self.ids(ms[:m.start()]) if self.types(e) & ORG_TYPES and e not in a]
        if not before and si > 0:
            prev = [x for x in self.mf.mentions if x.sent == si - 1 and x.kind in ("name", "desc")]
            before = [e for x in prev[:1] for e in self.mf.entity_ids(x) if self.types(e) & ORG_TYPES and e not in a]
        if before:
            status = "completed" if re.search(r"\b(?:completed|completes|closed|finali[sz]ed)\b", m.group(0), re.I) else None
            self.add("acquisition", {"acquirer": (a[0],), "acquiree": (before[0],)}, si, status=status)

    # --- withdrawals --------------------------------------------------------------
    def _withdrawals(self, si: int, ms: str) -> None:
        hit = False
        for pat, m in self._matches(P.WITHDRAW_PATTERNS, ms, subject_guard=True):
            what = m.group("what") or ""
            if not re.search(P.MUSIC_N, what, re.I) and not re.search(r"\b(?:its|their)\b", what, re.I) and pat.name == "withdraw":
                continue
            if self._hedged_before(ms, m.start("o"), 200) and re.search(r"\b(?:threaten\w*|could|may|might|would)\b", ms[:m.start("o")], re.I):
                continue
            if re.search(r"[,;]\s+(?:and|but|while|whereas|as)\s", ms[m.end("what"):m.start("o")]):
                continue  # round 25b. "pulled the music from every service, and Y has not ...": Y opens a new clause
            s, o = self.ids(m.group("s")), self.ids(m.group("o"))
            for x in s:
                for y in o:
                    if x != y and not self.types(x) & PERSON_TYPES - {"Artist"}:
                        self.add("withdrewCatalogFrom", {"subject": (x,), "object": (y,)}, si)
                        self.last_withdraw_object = y
                        hit = True
        if hit or self.last_withdraw_object is None:
            return
        em = re.search(r"\b(?:have|has|had)\s+(?:now\s+|also\s+|since\s+)?been\s+(?:pulled|removed|withdrawn|taken\s+down)\b(?!\s+from)",
                       ms, re.I)
        if em:
            cands = [e for e in self.ids(ms[:em.start()]) if "RecordLabel" in self.types(e)]
            if cands:
                self.add("withdrewCatalogFrom", {"subject": (cands[-1],), "object": (self.last_withdraw_object,)}, si)

    # --- ownership: operates or subsidiaryOf depending on the owned thing ----------------
    def _ownership(self, si: int, ms: str) -> None:
        for pat, m in self._matches(P.OWNERSHIP_PATTERNS, ms):
            owners, owned = self.ids(m.group("y")), self.ids(m.group("x"))
            if pat.name == "owns" and re.search(r"\bby\s+(?:the\s+)?$", ms[:m.start("y")]) and \
                    ms[m.end("y"):m.end("y") + 1] == ",":
                continue  # round 16b. "Y, which is controlled by P, runs A": P ends a clause; Y runs A (short variant)
            if pat.name == "owns" and self._object_of_preposition(ms, m):
                continue  # round 19b. "Y, a unit of telecom operator P, runs A": the unit runs A (short variant), not P
            if self._past_tie(ms, m):
                continue  # round 35b. "X was previously owned by Y": a former owner
            if pat.name == "owned-by" and re.search(r"\bacquired\s+by\b", m.group(0), re.I):
                continue  # an acquisition makes a subsidiary only when the text says so (guidelines)
            if pat.name == "appos-Y-owns" and self.mf.mentions[int(m.group("y").strip("@"))].kind == "pron":
                prev = re.search(r"(@\d+@)\s+and\s+$", ms[:m.start("x")])
                if prev:  # "sued A and X, the service it owns": "it" is A
                    owners = self.ids(prev.group(1))
            if re.search(r"\bbacked\s+by\s+(?:[\w-]+\s+){0,3}?(?:pension|private\s+equity|venture|investment\s+fund|"
                         r"sovereign|fund\b|investors?\b)", m.group(0), re.I):
                continue  # a financial backer is an investor, not a parent
            if re.search(r"\bbacked\s+by\s+the\s+@\d+@", m.group(0)):
                continue  # round 18b. "backed by the X Group": a backer the text does not describe is no parent
            if re.search(r"\b(?:the\s+)?late\s+$", ms[:m.start("y")]):
                continue  # round 18b. "built by the late X": a founder who died, not a parent company
            if pat.name == "list-owned-by" and any("Platform" in self.types(x) for x in owned):
                for x in owned:  # "the apps A and B are both run by Y": the list shares its kind
                    if not self.types(x):
                        self.extra_types.setdefault(x, set()).add("Platform")
            # a list shares its kind: "Redwing and Halcyon Tapes are both owned by Y" (Redwing a label) names labels
            peers = owned + self.ids(_LIST_BEFORE.search(ms[:m.start("x")]).group(0)) \
                if _LIST_BEFORE.search(ms[:m.start("x")]) else owned
            service_owned = pat.name in ("owned-by", "list-owned-by") and bool(_SERVICE_OWNED.search(m.group(0))) \
                and not any(self.types(x) & ORG_TYPES - {"Platform"} for x in peers)
            for y in owners:
                for x in owned:
                    if x == y:
                        continue
                    tx, ty = self.types(x), self.types(y)
                    if tx & PERSON_TYPES or "Work" in tx or "Work" in ty:
                        continue
                    if pat.name in ("its-product", "X-maker-Y", "poss-X-platform", "appos-Y-owns") and (
                            not tx or "Platform" in tx or "Company" in tx and not self.mf.drafts[x].known) \
                            and not tx & {"RecordLabel", "Organization"} and (ty & ORG_TYPES or not ty and not self.mf.drafts[y].person_shaped):
                        if not ty:
                            self.extra_types.setdefault(y, set()).add("Company")
                        # the thing is named as a product or service: a platform its maker runs
                        self.extra_types.setdefault(x, set()).add("Platform")
                        self.add("operates", {"subject": (y,), "object": (x,)}, si)
                        continue
                    if pat.name in ("its-product", "X-maker-Y", "poss-X-platform", "appos-Y-owns"):
                        continue
                    if ty & PERSON_TYPES and not ty & ORG_TYPES:
                        continue
                    if tx <= {"Platform"} and service_owned and ty & ORG_TYPES and not self.mf.drafts[x].person_shaped:
                        # round 25b: "Tving is run by CJ ENM", "A and B are both owned by Y": a service, or a bare
                        # name nothing else types, said to be owned or run by a company or platform, is a service
                        self.extra_types.setdefault(x, set()).add("Platform")
                        self.add("operates", {"subject": (y,), "object": (x,)}, si)
                        continue
                    if "Platform" in tx and not ("Platform" in ty and "Company" not in ty):
                        self.add("operates", {"subject": (y,), "object": (x,)}, si)
                        if pat.name == "parent" and "parent" in m.group(0).lower() and "Company" in tx:
                            self.add("subsidiaryOf", {"subject": (x,), "object": (y,)}, si)  # "X's parent, Y"
                    elif tx & ORG_TYPES or not tx:
                        self.add("subsidiaryOf", {"subject": (x,), "object": (y,)}, si)

    def _subsidiaries(self, si: int, ms: str) -> None:
        short = _WHICH_CLAUSE.sub(r"\1", ms) if "which" in ms else ms
        clauses = [(c.end(1), c.end()) for c in _WHICH_CLAUSE.finditer(ms)] if short != ms else []
        for pat, m in itertools.chain(self._matches(P.SUBSIDIARY_PATTERNS, ms),
                                      self._matches(P.SUBSIDIARY_PATTERNS, short) if short != ms else ()):
            if m.string is ms and m.group("s") and any(a <= m.start("s") < b <= m.end("o") for a, b in clauses):
                continue  # "X, which bought B in 2006, is itself a unit of Y": B is in X's clause, not Y's unit
            if pat.name == "acquired-remains-owner" and m.group("r") and not re.fullmatch(
                    r"its\s+(?:majority\s+)?(?:owner|parent)", self.unmask(m.group("r")).strip(), re.I):
                continue  # "which bought X, is its rival": only "its owner/parent" says who owns X
            if pat.name == "whose-named-unit" and not self._whose_unit(ms, m):
                continue  # "X, whose Y": only a unit word ("whose label Y") makes Y a unit of X
            subs, parents = self.ids(m.group("s")), self.ids(m.group("o"))
            if re.search(r"\b(?:no\s+longer|not|never|ceased\s+to\s+be)\s+(?:[\w-]+\s+)?(?:part|a\s+unit|a\s+subsidiary|"
                         r"a\s+division|a\s+member)\b", m.group(0), re.I):
                continue  # round 24b. "X, which is no longer part of Y": a negated tie is none
            if self._past_tie(ms, m):
                continue  # round 35b. "X had been part of Y"; "while X was part of Y": a former parent
            if pat.name == "part-of" and re.search(r"\b(?:the|a|an|its|their)\s+$", ms[:m.start("s")], re.I) and re.match(
                    r"\s+(?:[\w-]+\s+)?(?:subsidiary|division|unit|label|imprint|arm|affiliate)\s+of\b", ms[m.end("s"):]):
                continue  # round 24b. "Amazon EU, the Luxembourg unit of Amazon": a name before the unit word modifies it
            if pat.name == "become-unit-within" and not m.group("s"):
                before = [e for e in self.ids(ms[:m.start()]) if self.types(e) & ORG_TYPES and e not in parents]
                subs = before[-1:]  # "X's founder ... runs the business, which will operate as a label inside Y"
            for s in subs:
                for o in parents:
                    if s == o:
                        continue
                    ts, to = self.types(s), self.types(o)
                    if pat.name in ("whose-unit", "whose-named-unit") and not ts & ORG_TYPES:
                        continue
                    if pat.name in ("whose-unit", "whose-named-unit") and not to and not self.mf.drafts[o].person_shaped:
                        self.extra_types.setdefault(o, set()).add("Company")  # "X, whose imprint Y": X has units
                        to = self.types(o)
                    if not (to & ORG_TYPES) or ts & PERSON_TYPES or "Work" in ts:
                        continue
                    if pat.kind == "possessive":
                        # "UMG's Republic Records" (label of a label group); "Amazon's Twitch" (service of a company)
                        if "Platform" in ts and "Platform" not in to:
                            self.add("operates", {"subject": (o,), "object": (s,)}, si)
                        elif "RecordLabel" in ts and to & {"RecordLabel", "Company"} and "Platform" not in to \
                                and not self._same_name_root(s, o, allow=True):
                            self.add("subsidiaryOf", {"subject": (s,), "object": (o,)}, si)
                        continue
                    if pat.name == "folded-into" and re.search(r"\b(?:Records|Recordings)$", self.mf.drafts[o].name):
                        continue  # a label folded into another label is merged, not kept as a unit
                    if "Platform" in ts and "RecordLabel" not in ts and "Platform" not in to \
                            and not re.search(r"\bsubsidiary\b", ms[m.end("s"):m.start("o")], re.I):
                        # round 19b: "X became a subsidiary of Y" says X is a company; only other unit words
                        # ("the ticketing business of Y") leave a service run by Y
                        self.add("operates", {"subject": (o,), "object": (s,)}, si)
                    elif ts & ORG_TYPES or not ts:
                        self.add("subsidiaryOf", {"subject": (s,), "object": (o,)}, si)

    _PAST_TIE = re.compile(r"\b(?:had\s+been\s+(?:[\w-]+\s+)?(?:part|a\s+unit|a\s+subsidiary|a\s+division|owned|run)|"
                           r"(?:was|were)\s+(?:previously|formerly|once)\s+(?:[\w-]+\s+)?(?:part|owned|run|a\s+unit|"
                           r"a\s+subsidiary|a\s+division))\b", re.I)

    def _past_tie(self, ms: str, m: re.Match) -> bool:
        """Round 35b. A tie the text puts in the past ("had been part of Y", "was previously owned by Y", "while it
        was part of Y"): the owner is a former one, not the current parent."""
        if self._PAST_TIE.search(m.group(0)):
            return True
        return bool(re.search(r"\bwhile\s+$", ms[:m.start()], re.I)) and bool(
            re.match(r"@\d+@\s+was\s+part\s+of\b", ms[m.start():]))

    def _whose_unit(self, ms: str, m: re.Match) -> bool:
        """'X, (the company) whose label Y': the words before Y, with any its mention absorbed, name a unit."""
        ment = self.mf.mentions[int(PH.search(m.group("s")).group(1))]
        head = self.article.text[ment.mask_start:ment.start] if ment.kind == "name" else ""
        return bool(_WHOSE_UNIT.match(self.unmask(ms[m.end("o"):m.start("s")]) + head + " "))

    def _same_name_root(self, a: int, b: int, allow: bool = False) -> bool:
        return False

    def _name_form_operates(self) -> None:
        """'Amazon Music' and 'Amazon' in one article: Amazon runs Amazon Music."""
        drafts = self.mf.drafts
        alive = [i for i, d in enumerate(drafts) if d.alive and d.types]
        for p in alive:
            if "Platform" not in drafts[p].types:
                continue
            pname = drafts[p].name
            for o in alive:
                if o == p or not drafts[o].types & {"Company", "Organization", "RecordLabel"}:
                    continue
                oname = drafts[o].name
                if pname.startswith(oname + " ") and "Platform" not in drafts[o].types - {"Company"} | set():
                    if ("subsidiaryOf", (o,), (p,)) in self.facts:  # key: (kind, object, subject)
                        continue  # round 25b. "NetEase Cloud Music, a subsidiary of NetEase": the text says which tie
                    sents = sorted({self.mf.mentions[k].sent for k in drafts[p].mentions})
                    if sents:
                        self.add("operates", {"subject": (o,), "object": (p,)}, sents[0])

    _SOLD_OUT = re.compile(r"(?:,\s+who|\s+(?:later|then|eventually|has|had|since))?\s+sold\s+(?:it\b|the\s+(?:company|label|"
                           r"business)\b|(?:(?:all|most|much|the\s+rest)\s+of\s+)?(?:his|her|their)\s+(?:stake|shares|holding)\b)")

    def _drop_sold_founders(self) -> None:
        """Round 19b. A founder who "sold it" / "sold most of his stake" has left: no current worksFor."""
        sold: set[int] = set()
        for ms in self.masked:
            if "sold" in ms:
                for m in PH.finditer(ms):
                    if self._SOLD_OUT.match(ms, m.end()):
                        sold.update(e for e in self.ids(m.group(0)) if self._person_only(e))
        for key in [k for k, f in self.facts.items() if f.kind == "worksFor" and f.roles["subject"][0] in sold
                    and f.title and re.search(r"found|start|creat|establish", f.title, re.I)]:
            del self.facts[key]

    # --- artists, works -------------------------------------------------------------
    def _signed(self, si: int, ms: str) -> None:
        # "A, whose album 'W' became a hit, records for Y": the whose-clause is dropped so A meets its verb
        short = _WHOSE_CLAUSE.sub(r"\1", ms)
        for pat, m in itertools.chain(self._matches(P.SIGNED_PATTERNS, ms),
                                      self._matches(P.SIGNED_PATTERNS, short) if short != ms else ()):
            arts, labels = self.ids(m.group("a") or m.groupdict().get("a2")), self.ids(m.group("l"))
            if pat.name in ("appos-home-of", "agency-that-manages", "label-to-which-signed") and m.group("l2") and self.ids(m.group("l2")) != labels:
                continue  # "Y, B behind A": only a description of Y itself ("the label behind A") counts
            if pat.name == "label-A-signed-with" and not m.group("d") and (
                    self.ids(m.group("l2")) != labels if m.group("l2") else
                    not self._masked_label_desc(m.group("l")) and not self._masked_label_desc(m.group("a"))):
                continue  # round 28b. "Y, A signed with": only when a masked span holds "the label" describing Y
            owner = re.search(r"(@\d+@),\s+whose\s+[^,;]*$", ms[:m.start("a")]) if m.start("a") == m.start() else None
            if owner and ms[m.end("a"):m.end("a") + 1] == ",":
                arts = self.ids(owner.group(1))  # "A, whose hit ... with B, is signed to Y": A is the subject
            if m.end("l") == m.end() and ms[m.end("l"):m.end("l") + 2] == "'s":
                continue  # "through UMG's Republic Records": the label is the one after the possessive
            if pat.kind == "roster":
                # "X's roster includes the band A, whose album ..., and the singer B": every artist named after it
                arts = tuple(e for e in arts if "Artist" in self.types(e) or (
                    not self.types(e) & ORG_TYPES and "Work" not in self.types(e)
                    and self.mf.drafts[e].descriptions and not self.mf.drafts[e].known))
            for a in arts:
                for lab in labels:
                    ta, tl = self.types(a), self.types(lab)
                    if pat.name in ("agency-behind", "agency-that-manages") and tl & {"Company", "Organization"} \
                            and "Platform" not in tl:
                        self.extra_types.setdefault(lab, set()).add("RecordLabel")  # the agency behind an act is its label
                        tl = self.types(lab)
                    if a == lab or "RecordLabel" not in tl:
                        continue
                    if pat.name == "agency-that-manages" and ("Artist" not in ta or m.group("a") and (m.group("a").endswith("'s") or ms.startswith("'s", m.end("a")))):
                        continue  # round 26b. "the company that manages the arena / A's tours": only a known act is signed
                    if ta & ORG_TYPES or "Work" in ta:
                        continue
                    if "Artist" not in ta and not (ta & {"Person"} or not ta):
                        continue
                    if "Person" in ta and "Artist" not in ta and self.mf.drafts[a].known:
                        continue  # a known executive is not signed as an artist
                    if pat.name in ("signs-to", "label-signs") and self._hedged_before(ms, m.start(), 30):
                        continue
                    if pat.name == "signs-to" and re.match(r"\s+as\s+(?:an?\s+|its\s+|the\s+)?(?:[\w&-]+\s+){0,4}?(?:"
                                                           + self.mf._title_head_re.pattern + ")", ms[m.end():], re.I):
                        continue  # "joined Y as head of marketing": a job
                    if re.search(r"\bhad\s+been\b|\b(?:former(?:ly)?|previously|until|left)\b", m.group(0), re.I):
                        continue  # a past label is not the artist's label
                    te = _TIE_ENDED.search(ms[m.end():])
                    if te and (not te.group("lab") or lab in self.ids(te.group("lab"))):
                        continue  # round 30b. "signed to Y ... but she left the label": the tie ended
                    if pat.name == "signs-to" and _JOB_VERB.search(ms[m.end("a"):m.start("l")]):
                        self._job_verb_signed.setdefault((a, lab), set()).add(si)
                        if "Artist" not in ta:
                            self._job_verb_artist.add(a)
                    self.extra_types.setdefault(a, set()).add("Artist")
                    self.add("signedTo", {"subject": (a,), "object": (lab,)}, si)
        self._signed_ellipsis(si, ms)

    def _drop_job_signings(self) -> None:
        """Round 35b. "X joined Y" is a job, not a signing, when X is an executive of the article.

        "Joined", "moved to", "returned to" serve a hire as well as a signing. A person the mention layer did not
        type Artist, who holds a job in the article (a worksFor fact, or a job title in a description: "X, the
        label's president"), joined as staff: the signing read from that verb alone is dropped, with the Artist
        type it gave. An act ("joined Y in 2019 and released ...") keeps it.
        """
        if not self._job_verb_signed:
            return
        staff = {f.roles["subject"][0] for f in self.facts.values() if f.kind == "worksFor"}
        title = self.mf._title_head_re
        # "X is moving to New York to become president of Y"; "X joined Y ... and worked his way up": a career
        career = re.compile(r"[^.;@]{0,80}?\b(?:(?:to\s+)?become|became|becomes|(?:was|is|been|be)\s+(?:named|appointed|"
                            r"promoted\s+to)|named|appointed|promoted\s+to)\s+(?:the\s+|its\s+)?(?:new\s+)?(?:[\w&-]+\s+){0,2}?"
                            r"(?:" + title.pattern + r")|[^.;]{0,120}?\b(?:worked\s+(?:his|her|their)\s+way\s+up|rose\s+"
                            r"through\s+the\s+ranks)\b", re.I)
        for ms in self.masked:
            for m in PH.finditer(ms):
                if career.match(ms, m.end()):
                    staff.update(self.ids(m.group(0)))
        for (a, lab), sents in self._job_verb_signed.items():
            d = self.mf.drafts[a]
            if "Artist" in d.types or not (a in staff or any(title.search(x) for x in d.descriptions)):
                continue
            f = self.facts.get(RawFact("signedTo", {"subject": (a,), "object": (lab,)}).key())
            if f is not None and set(f.sents) <= sents:
                del self.facts[f.key()]
        for a in self._job_verb_artist:
            if not any(f.kind == "signedTo" and f.roles["subject"][0] == a
                       or f.kind == "performedBy" and a in f.roles.get("object", ()) for f in self.facts.values()):
                self.extra_types.get(a, set()).discard("Artist")
                self.extra_types[a].add("Person")

    def _masked_label_desc(self, ph: str) -> bool:
        """Whether the text masked by placeholder ``ph`` holds a label noun ("Y, the label" masked as one)."""
        mention = self.mf.mentions[int(PH.search(ph).group(1))]
        return bool(re.search(r"(?:^|,\s+)(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:label|imprint|record\s+company)\b",
                              self.article.text[mention.mask_start:mention.mask_end], re.I))

    def _signed_ellipsis(self, si: int, ms: str) -> None:
        """"A records for Y. So does B": B has the label of the one signing stated in the sentence before."""
        m = re.match(rf"\s*So\s+(?:does|do|did|is|are|was|were|has|have)\s+(?P<a>{P.LIST})", ms)
        if not m or si == 0:
            return
        labels = {f.roles["object"] for f in self.facts.values() if f.kind == "signedTo" and si - 1 in f.sents}
        if len(labels) != 1:
            return
        lab = labels.pop()
        for a in self.ids(m.group("a")):
            ta = self.types(a)
            if a not in lab and not ta & ORG_TYPES and "Work" not in ta and (ta & PERSON_TYPES or not ta):
                self.extra_types.setdefault(a, set()).add("Artist")
                self.add("signedTo", {"subject": (a,), "object": lab}, si)

    def _performed(self, si: int, ms: str) -> None:
        self._performed_pronoun(si, ms)
        self._performed_table(si, ms)
        self._performed_version(si)

    def _performed_version(self, si: int) -> None:
        """"Red (Taylor's Version)": the artist's own name is in the title; it must be named in the article."""
        for w in self.mf.mentions:
            m = re.search(r"\(([A-Z][\w-]*)['’]s\s+Version\)$", w.text) if w.sent == si and w.kind == "work" else None
            if not m:
                continue
            arts = {e for x in self.mf.mentions if x.kind == "name" for e in self.mf.entity_ids(x)
                    if m.group(1) in self.mf.drafts[e].name.split() and self.types(e) & PERSON_TYPES}
            if len(arts) == 1:
                for wid in self.mf.entity_ids(w):
                    self.add("performedBy", {"subject": (wid,), "object": (arts.pop(),)}, si)

    def _performed_pronoun(self, si: int, ms: str) -> None:
        """"Her album "X"", "their new single 'X'": the artist is the last one named before."""
        for m in re.finditer(r"@(\d+)@,?\s*[\"']?@(\d+)@", ms):
            ref, work = self.mf.mentions[int(m.group(1))], self.mf.mentions[int(m.group(2))]
            if ref.kind != "desc" or work.kind != "work" or not re.match(
                    r"(?i)(?:her|his|their)\s+(?:[\w-]+\s+){0,2}?" + P.WORK_N + r"$", ref.text):
                continue
            arts = [x for x in self.mf.mentions if x.kind == "name" and x.start < ref.start and si - 2 <= x.sent <= si
                    and any("Artist" in self.types(e) for e in self.mf.entity_ids(x)) and not self._guest(x)]
            owner = self.mf.entity_ids(arts[-1])[0] if arts else self._main_artist(ref.start)
            for w in self.mf.entity_ids(work):
                for o in self._poss_owners(si, ref.text, arts, owner):
                    self.add("performedBy", {"subject": (w,), "object": (o,)}, si)
        # round 16b. "Ed Sheeran ... tie his 2014 ballad "W" to ...": the possessive was not taken as a description, so
        # the words before the quoted work say it; the artist is again the last one named before (this sentence or two back)
        for m in _POSS_WORK.finditer(ms):
            work = self.mf.mentions[int(m.group(1))]
            if work.kind != "work":
                continue
            arts = [x for x in self.mf.mentions if x.kind == "name" and x.start < work.start and si - 2 <= x.sent <= si
                    and any("Artist" in self.types(e) for e in self.mf.entity_ids(x)) and not self._guest(x)]
            owner = self.mf.entity_ids(arts[-1])[0] if arts else self._main_artist(work.start)
            for o in self._poss_owners(si, m.group(0), arts, owner):
                for w in self.mf.entity_ids(work):
                    self.add("performedBy", {"subject": (w,), "object": (o,)}, si)

    def _poss_owners(self, si: int, poss: str, arts: list, owner: int | None) -> tuple[int, ...]:
        """Round 31b. Who "their" / "his" / "her" before a work is, given the artist mentions ``arts`` before it.

        "A, who toured with B, released his single "W"": the subject of the sentence (or, when the sentence names no
        act before it, of the sentence before). Otherwise (and for "their") ``owner``, the last act named, as before.
        """
        text = self.article.text
        if not arts:
            return (owner,) if owner is not None else ()
        if poss[:5].lower() == "their":
            return (owner,) if owner is not None else ()  # other rules give a pair its duet
        for s in (si, si - 1):
            in_s = [x for x in arts if x.sent == s]
            if not in_s:
                continue
            first = in_s[0]
            lead = text[self.sentences[s].start:first.start]
            # the act opens the sentence ("The singer A", "In May, A"): it is the subject
            if len(in_s) > 1 and re.fullmatch(r"[\s\"“]*(?:(?:[A-Z][\w-]*\s+){0,3}[\w\s-]{0,30},\s*)?(?:the\s+)?"
                                             r"(?:[a-z][\w-]*\s+){0,3}", lead, re.I):
                return tuple(self.mf.entity_ids(first)[:1])
            break
        return (owner,) if owner is not None else ()

    def _main_artist(self, before: int) -> int | None:
        """Round 17b. The artist a profile is about: named at least twice before ``before``, more often than any other.

        "Her 2023 album "W"" three sentences after the last name still belongs to the subject of the story.
        """
        counts: dict[int, int] = {}
        for x in self.mf.mentions:
            if x.start < before and x.kind == "name" and not self._guest(x):
                for e in self.mf.entity_ids(x):
                    if "Artist" in self.types(e):
                        counts[e] = counts.get(e, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _guest(self, x) -> bool:
        """Round 17b. "a single featuring B", "teamed up with B": B is a guest, not the owner of a later "her album"."""
        before = self.article.text[max(self.sentences[x.sent].start, x.start - 40):x.start]
        return bool(_GUEST_BEFORE.search(before))

    def _performed_table(self, si: int, ms: str) -> None:
        for pat, m in self._matches(P.PERFORMED_PATTERNS, ms):
            if pat.name == "appos-whose-work" and self.ids(m.group("a2")) != self.ids(m.group("a")):
                continue  # "A, B whose album": only a description of A itself
            works, arts = self.ids(m.group("w")), self.ids(m.group("a"))
            if pat.name == "teamed-up-on":
                arts = arts + self.ids(m.group("a0"))  # "A teamed up with B on W": both perform
                q = re.search(r"([\"'])@\d+@$", m.group(0))
                # the whole title is quoted: "on "Sittin' On Top"" cut at the apostrophe is no work
                if q and re.match(r"[.!?]?" + re.escape(q.group(1)) + r"(?:[\s,.;:)]|$)", ms[m.end():m.end() + 3]):
                    for w in works:  # a quoted title two artists teamed up on is a work
                        if not self.types(w):
                            self.extra_types.setdefault(w, set()).add("Work")
            if pat.name == "work-by" and _CREDIT_BY.search(ms[m.end("w"):m.start("a")]):
                continue  # round 30b. "W, a song written by B" / "W was produced by B": a credit, not a performance
            if pat.name in ("released-work", "work-featuring") and self._negated_performance(ms, m):
                continue  # round 30b. "Neither A nor B sings on W", "W, which features neither A nor B"
            for w in works:
                for a in arts:
                    tw, ta = self.types(w), self.types(a)
                    if "Work" not in tw or ta & ORG_TYPES or "Work" in ta:
                        continue
                    # "'Forever Young' by Alphaville": an untyped name after a quoted title and "by" is its performer
                    if not ta & PERSON_TYPES and not ta and not self.mf._person_name(self.mf.drafts[a].name) \
                            and not (pat.name == "work-by" and re.match(r"@\d+@[\"']?,?[\"']?\s+by\s+@", m.group(0))) \
                            and not (pat.name == "poss-work" and re.match(r"@\d+@'s\s+[\"']@", m.group(0))):
                        # round 17b. ... nor is an untyped name whose possessive sits on a quoted title: "Coolio's "W""
                        continue
                    self.extra_types.setdefault(a, set()).add("Artist")
                    self.add("performedBy", {"subject": (w,), "object": (a,)}, si)

    @staticmethod
    def _negated_performance(ms: str, m: re.Match) -> bool:
        """Whether the performance matched by ``m`` is denied: "neither A nor B sings on W", "A did not record W".

        Example
        -------
        >>> m = re.search(r"(?P<a>@2@) sings on (?P<w>@3@)", "Neither @1@ nor @2@ sings on @3@")
        >>> FactFinder._negated_performance("Neither @1@ nor @2@ sings on @3@", m)
        True
        """
        clause = re.split(r"[.;:!?]", ms[:m.start()])[-1]
        if _NEG_BEFORE_ACT.search(clause):
            return True
        # the words between the artist and the work (or the work and the artist) carry the negation
        a, w = m.span("a"), m.span("w")
        gap = ms[min(a[1], w[1]):max(a[0], w[0])]
        return bool(_NEG_IN_MATCH.search(gap))

    # --- executives -----------------------------------------------------------------
    def _works_for(self, si: int, ms: str) -> None:
        for pat, m in self._matches(P.WORKS_PATTERNS, ms):
            t_raw, o_raw = m.groupdict().get("t"), m.group("o")
            bare = None
            if pat.name == "X-title-of-Y":
                # "VP of Audio, Twitch and Games for Amazon": the employer is the first organisation after of/at/for
                for om in re.finditer(r"\s+(?:of|at|for|with|from)\s+(?:the\s+)?(@\d+@)(?!')", ms[m.start("t"):]):
                    es = self.ids(om.group(1))
                    if es and not self.types(es[0]) & ORG_TYPES and self._bare_employer(es[0]) and bare is None:
                        bare = (ms[m.start("t"):m.start("t") + om.start()], om.group(1))
                    if es and self.types(es[0]) & ORG_TYPES and not self._is_court(es[0]) or es and "Court" in self.types(es[0]):
                        t_raw = ms[m.start("t"):m.start("t") + om.start()]
                        o_raw = om.group(1)
                        break
                    if re.search(r"[.;]", ms[m.start("t"):m.start("t") + om.start()]):
                        break
                else:
                    if bare is not None:
                        t_raw, o_raw = bare
            if pat.name == "Y-named-X-title":
                # round 23b. "named X managing director of Z": Z employs X; "named X Z's CEO": so does Z (a name, not "its")
                om = re.search(r"\s+(?:of|at|for)\s+(?:the\s+)?(@\d+@)(?!')", t_raw)
                nm = _NAMER.search(ms[:m.start()])
                o_raw = nm.group(1) if nm else None
                if om:
                    t_raw, o_raw = t_raw[:om.start()], om.group(1)
                elif m.group("o3") and self.mf.mentions[int(PH.search(m.group("o3")).group(1))].kind == "name":
                    o_raw = m.group("o3")
                if o_raw is None or "@" in t_raw or re.search(r"\bof\s+the\s+(?:year|decade|month)\b", t_raw, re.I):
                    continue  # "named X its executive of the year": an award, no job
                if not all(self.types(o) & ORG_TYPES for o in self.ids(o_raw)):
                    continue  # "A named B as her successor": only an organisation employs
            if pat.name in ("Y-titles-list", "list-title-of-Y"):
                t = m.group("t")
                title = t[:-3] + "man" if t.lower().endswith("men") else t[:-1]  # "co-CEOs" -> "co-CEO"
            elif pat.name == "judge-of-court":
                title = "judge"
            else:
                title = None if pat.name == "X-of-Y" else self._title(t_raw, pat.name)
            if title is None and pat.name != "X-of-Y":
                continue
            if title and re.search(r"\b(?:lawyers?|attorneys?|solicitors?|barristers?|(?<!general\s)counsel|advisers?|advisors?)$",
                                   title, re.I) and (pat.name in ("Y-poss-title-X", "X-Y-poss-title", "Y-title-X") or re.match(
                                   r"\s*(?:for|representing|to)\b", ms[m.start("t") + len(t_raw or ""):] if t_raw else "")):
                continue  # "Y, a lawyer for X" / "X's lawyer, Y": counsel for a party is not its employee
            ps, os_ = self.ids(m.group("p")), self.ids(o_raw)
            if pat.name == "whose-title-X" and m.group("d") and self.ids(m.group("d")) != os_:
                continue  # round 38b. "Y, Z whose chief executive, X": only a description of Y itself sits between
            if pat.name in ("X-is-title-of-Y", "X-title-of-Y") and _FORMER_JOB.search(m.group(0)) \
                    and _NEW_JOB_AFTER.match(ms[m.end():]):
                continue  # round 24b. "X, who was TITLE at Y, has been named ...": the relative clause is the old job
            if pat.name == "X-is-title-of-Y" and re.search(r"\b(?:promoted|elevated)\s+to\b", m.group(0)) and \
                    self.mf.mentions[int(PH.search(o_raw).group(1))].kind != "name":
                continue  # round 16b. "promoted to chief executive of the label": a description may point at the parent
            if pat.name == "judge-of-court":
                if len(ps) == 1 and len(os_) == 1 and "Court" in self.types(os_[0]):
                    self.add("worksFor", {"subject": ps, "object": os_}, si, title=title)
                continue
            if pat.name in ("Y-titles-list", "list-title-of-Y"):
                if pat.name == "list-title-of-Y" and not self.mf._title_head_re.search(title):
                    continue  # "A and B, the rating agencies of ...": not a job title
                if len(os_) == 1 and self.types(os_[0]) & ORG_TYPES:
                    for p in ps:
                        if (self.types(p) & PERSON_TYPES or self.mf.drafts[p].person_shaped or self.mf._person_name(
                                self.mf.drafts[p].name)) and not self.types(p) & ORG_TYPES:
                            self.extra_types.setdefault(p, set()).add("Person")
                            self.add("worksFor", {"subject": (p,), "object": os_}, si, title=title)
                continue
            if pat.name == "X-founded-Y" and _LINE_OF_BUSINESS.match(ms, m.end("o")):
                continue  # round 28b. "X had launched the fund business": a line of business of Y, not Y itself
            if pat.name == "X-founded-Y" and len(ps) > 1:
                # round 21b. "A and B founded Y": each founder that is a person (not "Sony and Universal launched Y")
                if len(os_) == 1 and self.types(os_[0]) & ORG_TYPES and not re.search(r"\b(?:of|and)\s+$", ms[:m.start("p")]):
                    for p in ps:
                        if (self.types(p) & PERSON_TYPES or self.mf.drafts[p].person_shaped or self.mf._person_name(
                                self.mf.drafts[p].name)) and not self.types(p) & ORG_TYPES:
                            self.extra_types.setdefault(p, set()).add("Person")
                            self.add("worksFor", {"subject": (p,), "object": os_}, si, title=title)
                continue
            if pat.name == "Y-founded-by-X" and len(ps) > 1:
                for p in ps:  # "founded in 2009 by A and B": each founder
                    if self.types(p) & PERSON_TYPES or self.mf.drafts[p].person_shaped:
                        for o in os_:
                            if self.types(o) & ORG_TYPES:
                                self.add("worksFor", {"subject": (p,), "object": (o,)}, si, title=title)
                continue
            if pat.name in ("X-founded-Y", "X-who-heads-Y") and re.match(r"\s*,?\s*who\b", ms[m.end("p"):]) \
                    and re.search(r"\b(?:of|and)\s+$", ms[:m.start("p")]):
                continue  # "the manager of A and B who founded Y": the clause belongs to the head noun, not to B
            if pat.name == "X-who-heads-Y" and m.group("t").lower().startswith("has") and (
                    _SUCCEEDS_BEFORE.search(ms[:m.start("p")]) or _LEAVING_AFTER.search(ms[m.end():])):
                continue  # round 40b. "succeeds X, who has run Z", "X, who has run Z since 1990 and is retiring": outgoing
            if pat.name == "X-of-Y" and not (len(ps) == 1 and self.types(ps[0]) & PERSON_TYPES == {"Person"}
                                             and re.match(r"[\s\S]*@\d+@", m.group("p"))):
                continue  # "X of Y" says X works there only when X is known to be a person (not a performer)
            if len(ps) != 1 or len(os_) != 1:
                continue
            p, o = ps[0], os_[0]
            tp, to = self.types(p), self.types(o)
            if p == o or tp & ORG_TYPES or "Work" in tp:
                continue
            if not to & ORG_TYPES:
                # "chief content officer at Rivulet": a job title makes an unknown name an employer
                if not (title and pat.name != "Y-title-X" and self._bare_employer(o)):
                    continue
                self.mf.drafts[o].types.discard("Person")
                self.mf.drafts[o].person_shaped = False
                self.extra_types.setdefault(o, set()).add("Organization")
            if not tp & PERSON_TYPES and not self.mf.drafts[p].person_shaped and not (
                    title and not tp and self.mf._person_name(self.mf.drafts[p].name)):
                continue  # with a job title, any name shaped like a person's ("Odile Varga") is one
            if "Artist" in tp and title and "found" in title.lower() and "RecordLabel" in to and re.search(
                    r"\b(?:releas\w*|records|recorded|recording|put\s+out)\b[^.;]{0,40}?\b(?:through|on|for|with|via)\s+"
                    r"(?:it|the\s+label|@\d+@)", ms, re.I):
                # round 18b. an artist who founded a label and releases through it is signed to it, no employee
                self.add("signedTo", {"subject": (p,), "object": (o,)}, si)
                continue
            if not tp & PERSON_TYPES:
                self.extra_types.setdefault(p, set()).add("Person")
            self.add("worksFor", {"subject": (p,), "object": (o,)}, si, title=title)

    def _bare_employer(self, e: int) -> bool:
        """An untyped name that may be an employer: no type from the text, or only a person-like shape."""
        d = self.mf.drafts[e]
        if d.known or self.types(e) & {"Artist", "Work"}:
            return False
        words = d.name.split()
        if len(words) == 1 and (words[0].lower() in self.lex.org_suffixes or words[0].lower() in self.lex.descriptors):
            return False  # "VP of Audio": a department
        if not self.types(e):
            return True
        # "a partner at Holbrook Seidel": a name shaped like a person's, with no evidence of being one
        return self.types(e) == {"Person"} and not d.evidence_types and len(d.mentions) <= 2 and not d.descriptions

    def _title(self, raw: str | None, pattern: str) -> str | None:
        """The job title in ``raw``, or None when it is not one."""
        if raw is None:
            return None
        t = self.unmask(raw).strip(" ,")
        if pattern in ("X-founded-Y", "Y-founded-by-X"):
            return "co-founder" if raw.lower().startswith("co") else "founder"
        if pattern == "X-who-heads-Y":
            v = re.sub(r"^has\s+", "", t.lower())  # round 40b. "who has run Z"
            return {"heads": "head", "leads": "head", "runs": "head", "chairs": "chair", "oversees": "head", "run": "head",
                    "led": "head", "headed": "head", "chaired": "chair"}.get(v, "founder" if "found" in v else t)
        words = t.split()
        low = [w.lower().strip(",") for w in words]
        if not words or len(words) > 10:
            return None
        if low[0] in ("former", "ex", "then", "late"):
            return None
        while low and low[0] in P.TITLE_MODIFIERS and not self.mf._title_head_re.match(" ".join(low)):
            words, low = words[1:], low[1:]
        if not low or not self.mf._title_head_re.match(" ".join(low)):
            return None
        after_of = False
        for w, lw in zip(words, low):
            if lw in ("of", "for", "at"):
                after_of = True
            if not (after_of or lw in self.lex.title_words or w[:1].isupper() or lw.startswith("co-") or "-" in lw):
                return None
            if lw in ("said", "says", "told", "who", "which", "has", "is", "was", "will"):
                return None
        return " ".join(words).strip(" ,")

    # --- status updates ------------------------------------------------------------------
    def _status_updates(self, si: int, ms: str) -> None:
        low = ms.lower()
        if re.search(r"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?dismissed\b|\b(?:judge|court)\s+(?:\w+\s+){0,3}dismissed\b", low):
            for f in list(self.facts.values()):
                if f.kind == "dispute" and (set(self.ids(ms)) & set(f.roles["claimant"] + f.roles["respondent"]) or re.search(r"\b(?:case|suit|lawsuit|complaint)\b", low)):
                    f.status = "dismissed"
        if re.search(r"\bsettled\b|\breached\s+a\s+settlement\b", low):
            ents = set(self.ids(ms))
            by_respondent: dict[tuple, list[int]] = {}
            for f in list(self.facts.values()):
                if f.kind == "dispute" and ents & set(f.roles["claimant"]) and ents & set(f.roles["respondent"]):
                    f.status = "settled"
                    parties = by_respondent.setdefault(f.roles["respondent"], list(f.roles["respondent"]))
                    parties.extend(x for x in f.roles["claimant"] if x not in parties)
            # one settlement per lawsuit: every claimant of the respondent settles together
            # (unless the sentence names who settled with whom: "A settled with B, and C ...")
            for parties in ([] if re.search(r"\bsettle(?:d|s|ment)\s+with\b", low) else by_respondent.values()):
                self.add("settlement", {"party": tuple(parties)}, si, status="settled")

    _FRAME_STATUS = re.compile(
        r"\b(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:suit|lawsuit|case|dispute|litigation|complaint|claims?)\s+"
        r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:later|eventually|finally|quietly|also|since|then|now)\s+)?"
        r"(?P<v>settled|dismissed|thrown\s+out)\b", re.I)

    def _frame_status(self, ms: str) -> None:
        """"The suit was settled in June": the lawsuit being talked about keeps its parties and gets the status."""
        m = self._FRAME_STATUS.search(ms)
        fr = self.frame
        if not m or not fr or P.HEDGE.search(ms[:m.end()]):
            return
        status = "settled" if m.group("v").lower() == "settled" else "dismissed"
        for f in self.facts.values():
            if f.kind == "dispute" and set(f.roles["claimant"]) <= fr.claimants and set(f.roles["respondent"]) <= fr.respondents:
                f.status = status

    # --- attributes -----------------------------------------------------------------------
    def _attributes(self, f: RawFact) -> None:
        texts = [self.sentences[i].text for i in f.sents]
        if f.date is None:
            for i in f.sents:
                d = find_date(self.sentences[i].text, self.article.published)
                if d:
                    f.date = d
                    break
        if f.kind == "dispute":
            if f.status is None and any(re.search(r"\b(?:filed|lodged|sued|sues|suing|brought)\b", t, re.I) for t in texts):
                f.status = "pending"
            related = list(f.sents)
            # sentences that talk about the filing: "The filing alleges ...", "It alleges ..."
            for i, ms in enumerate(self.masked):
                if i in related:
                    continue
                ents = set(self.ids(ms))
                if ents & set(f.roles["respondent"]) or (min(f.sents) <= i <= max(f.sents) + 2 and re.search(
                        r"\b(?:alleg\w*|accus\w*|claims?|filing|petition|complaint|lawsuit|suit)\b", ms, re.I)):
                    if re.search(r"\b(?:alleg\w*|accus\w*|claims?|filing|petition|complaint|lawsuit|suit|sue|defam\w*|liable|"
                                 r"infring\w*|antitrust|monopol\w*)\b", ms, re.I):
                        related.append(i)
            found = []
            for i in related:
                text = self.sentences[i].text
                for label, rx in self._alleg_re.items():
                    for m in rx.finditer(text):
                        for phrase in [label, *_allegation_phrases(text, m)]:
                            if phrase not in found:
                                found.append(phrase)
            f.allegations = found
        # topics: the stating sentences and sentences that talk about the same parties
        topic_sents = set(f.sents)
        parties = {e for v in f.roles.values() for e in v}
        for i, ms in enumerate(self.masked):
            ents = set(self.ids(ms))
            near = any(0 < i - j <= 3 for j in f.sents)
            if len(parties) >= 2 and len(ents & parties) >= 2:
                topic_sents.add(i)
            elif near and re.match(r"\s*(?:[\w,]+\s+){0,3}?(?:they|the\s+two|both|the\s+deal|the\s+agreement|the\s+pact|"
                                   r"the\s+partnership|the\s+companies)\b", ms, re.I):
                topic_sents.add(i)
        topics = []
        for i in sorted(topic_sents):
            text = self.sentences[i].text
            for label, rx in self._topic_re.items():
                if rx.search(text) and label not in topics:
                    topics.append(label)
        if f.kind != "dispute":
            topics = [t for t in topics if t not in ("copyright infringement",) or f.kind == "settlement"]
        f.topics = topics
