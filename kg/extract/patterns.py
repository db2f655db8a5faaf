"""The fact patterns, as tables of regular expressions over *masked* sentences.

Before matching, every entity mention in a sentence (names, resolved descriptions
such as "the label", plural references such as "the two companies") is replaced
by a placeholder ``@N@`` (``N`` = the mention's number), keeping a possessive
``'s`` after it. A pattern is then a regular expression in which ``{E}`` stands
for one entity placeholder and ``{LIST}`` for a list of them ("A, B and C").
Named groups say which role the entities in them play.

To extend: add a verb form to one of the word alternations below, or add a
``Pattern`` to a table. Keep the gaps between an entity and its verb to the
auxiliaries of ``AUX``: this is what keeps "X could sue Y", "X did not sign" and
"X is in talks to buy Y" from matching.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

E = r"@\d+@"
# a list item may carry a short description: "label group A and publisher B", "A, the streaming service B and C"
_ITEM_DESC = (r"(?:(?:the\s+|a\s+|an\s+)?(?:(?!(?:the|a|an|and|or|its|their|his|her|which|who|that|then|not|to|in|on|at|by|for|from|with|of|behind|"
              r"over|under|against|about|as|after|before|maker|owner|parent|operator|developer|unit|division|arm)\b)[a-z][\w-]*\s+){1,2}?)?")
# "A and its rival B", "A and their partner B": a possessive description of the next item
_ITEM_POSS = r"(?:(?:its|their)\s+(?:rival|rivals|competitor|peer|sister\s+company|partner|former\s+partner|fellow\s+\w+)\s+)?"
# an item after "and" that has its own verb starts a new clause ("A sued B and C sued D"): not a list item
_OWN_VERB = (r"(?!\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+|then\s+|itself\s+)?(?:sued|sues|signed|signs|filed|files|struck|"
             r"strikes|inked|inks|bought|buys|acquired|acquires|agreed|agrees|settled|settles|said|says|launched|launches|"
             r"owns|accused|accuses|licensed|licenses|pulled|removed|withdrew|reached|joined|sold|sells)\b)")
# round 24b. "A, giving B ...": a participle after the comma starts a clause, not a described item
_CLAUSE_ING = r"(?!(?:giving|making|bringing|taking|leaving|handing|sending|putting|allowing|letting|helping|replacing|ending)\b)"
_ALT_COMMA = rf"\s*,\s*(?:and\s+|&\s+)?{_CLAUSE_ING}{_ITEM_DESC}{E}(?:'s)?"
_ALT_AND = (rf"\s*,?\s+(?:and|&|as well as|plus|along with|and to|and also|and with)\s+{_ITEM_POSS}{_ITEM_DESC}"
            rf"{E}(?:'s)?")
LIST = rf"{E}(?:'s)?(?:{_ALT_COMMA}|{_ALT_AND})*"
# objects (respondents, counterparts, acquirees): the list stops before an item that has its own verb
# round 15b. "sued A and its founder, B" / "suing A and his former management company, B": a possessive description
# in apposition to the next object
# in apposition to the next object (tried first, so that "and its" is not read as a list item of its own)
_POSS_APPOS_ITEM = (rf"\s*,?\s+and\s+(?:(?:its|his|her|their)\s+|{E}'s\s+)(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*\s*,\s*"
                    rf"{E}(?:'s)?")
LIST_O = rf"{E}(?:'s|'(?=\s))?(?:{_POSS_APPOS_ITEM}{_OWN_VERB}|{_ALT_COMMA}|{_ALT_AND}{_OWN_VERB})*"
# Words allowed between a subject and its verb: auxiliaries and harmless adverbs.
# Hedges ("could", "may", "in talks to"), negations ("not") and reports are absent on purpose.
AUX = (
    r"(?:,?\s+(?:has|have|had|is|are|was|were|will|did|does|also|now|recently|officially|formally|finally|jointly|just|already|"
    r"previously|then|both|together|quietly|reportedly|publicly|itself|successfully|initially|originally|first|always|long|"
    r"subsequently|each|separately|today|yesterday|again|since|earlier|later|last\s+(?:week|month|year)|"
    r"this\s+(?:week|month|year)|on\s+\w+(?:\s+\d{1,2})?|in\s+\w+(?:\s+\d{4})?|been|being|officially|"
    r"agreed\s+to|agrees\s+to|set\s+to|moved\s+to|decided\s+to|voted\s+to|going\s+to|to|who|which|that|"
    r"(?:agreed|decided|voted)\s+(?:at|in|on)\s+(?:the\s+)?(?:end|start|beginning|close|middle)\s+of\s+\w+(?:\s+\d{4})?\s+to|"
    r"(?:responded|reacted|retaliated|followed|began|started)\s+by)\b)*"
)
GAP = r"[^@.;]"  # any text without entities or sentence ends

# --- word classes ---------------------------------------------------------------
SUE_V = r"(?:sued|sues|sue|suing|countersued|countersues|countersue)"
FILE_V = (
    r"(?:filed|files|file|filing|lodged|lodges|lodge|lodging|brought|brings|bring|bringing|launched|launches|launch|"
    r"launching|initiated|initiates|submitted|submits|issued|issues|took|takes|take|taken|taking|started|starts|began|"
    r"begun|commenced|mounted|opened|opens|escalated|escalates|pursued|pursues|won|wins)"
)
SUIT_N = (
    r"(?:lawsuits?|law\s+suits?|suits?|complaints?|petitions?|(?:legal|court)\s+(?:actions?|proceedings|challenges?|"
    r"claims?|steps|filings?|disputes?|cases?|battle|fight|bid)|claims?|cases?|proceedings|litigation|actions?|"
    r"(?:pre-action|legal)\s+(?:petitions?|filings?|disclosures?|submissions?)|filings?|disputes?|counterclaims?|"
    r"countersuits?|class[- ]actions?|injunctions?|arbitration)"
)
LEGAL_CONTEXT = re.compile(
    r"\b(?:lawsuits?|suits?|sued|sues|suing|complaints?|petitions?|legal|court|courts|filings?|litigation|"
    r"proceedings|plaintiffs?|defendants?|judge|injunction|infring\w*|attorneys?|lawyers?|class[- ]actions?)\b", re.I
)
AGREE_V = (
    r"(?:signed|signs|sign|signing|inked|inks|ink|inking|struck|strikes|strike|striking|sealed|seals|seal|sealing|"
    r"renewed|renews|renew|renewing|expanded|expands|expand|expanding|extended|extends|extend|extending|announced|"
    r"announces|announce|announcing|reached|reaches|reach|reaching|agreed|agrees|agree|entered\s+into|enters\s+into|"
    r"entering\s+into|enter\s+into|forged|forges|forge|forging|secured|secures|secure|securing|unveiled|unveils|unveil|"
    r"finali[sz]ed|finali[sz]es|finali[sz]e|completed|penned|pens|clinched|clinches|landed|lands|brokered|brokers|"
    r"launched|launches|launch|launching|formed|forms|form|cut|cuts|closed|closes|struck\s+up|strikes\s+up|have|has|had|"
    r"made|makes|revealed|reveals|confirmed|confirms|deepened|deepens|deepen|broadened|broadens|strengthened|"
    r"strengthens|upgraded|established|establishes|establish|agreed\s+on|agreed\s+upon|hammered\s+out|"
    r"concluded|concludes|renegotiated|renegotiates|inaugurated|debuted|set\s+up|sets\s+up|set|sets|"
    r"kicked\s+off|kicks\s+off|rolled\s+out|rolls\s+out)"
)
DEAL_N = (
    r"(?:deals?|agreements?|pacts?|partnerships?|licen[cs]es?|licensing\s+(?:deals?|agreements?|arrangements?|terms|"
    r"pacts?|partnerships?)|contracts?|relationships?|alliances?|tie-ups?|joint\s+ventures?|collaborations?|"
    r"settlements?|arrangements?|accords?|truce|term\s+sheets?|memorand(?:um|a)\s+of\s+understanding|mou)"
)
PARTNER_V = (
    r"(?:teamed\s+up|teams\s+up|team\s+up|teaming\s+up|partnered|partners|partner|partnering|joined\s+forces|"
    r"joins\s+forces|join\s+forces|joining\s+forces|allied|collaborated|collaborates|collaborate|collaborating|"
    r"linked\s+up|links\s+up|tied\s+up|ties\s+up|signed\s+on|worked|works|work|working|settled|settles|settle|settling|"
    r"reached\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:settlement|agreement|deal|accord|truce)|struck\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:deal|agreement|pact|partnership)|signed\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:deal|agreement|pact|partnership|contract))"
)
ACQ_V = (
    r"(?:acquired|acquires|acquire|acquiring|bought|buys|buy|buying|purchased|purchases|purchase|purchasing|"
    r"snapped\s+up|snaps\s+up|snap\s+up|snapping\s+up|took\s+over|takes\s+over|take\s+over|taking\s+over|"
    r"swallowed\s+up|scooped\s+up|picked\s+up|picks\s+up|absorbed|absorbs|took\s+control\s+of|takes\s+control\s+of|"
    r"(?:completed|completes|complete|completing|closed|closes|close|closing|finali[sz]ed|finali[sz]es|finali[sz]e|"
    r"announced|announces|confirmed|confirms)\s+"
    r"(?:its|the|an?)\s+(?:planned\s+|proposed\s+|\$[\d.]+\s*(?:bn|billion|m|million)\s+)?(?:acquisition|purchase|"
    r"takeover|buyout)\s+of|(?:made|makes)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:acquisition|purchase)\s+of|"
    r"merged\s+with|merges\s+with)"
)
ACQ_FILLER = (
    r"(?:(?:(?!(?:to|from|for|with|by|on|at|into|after|as|than|that|which|who|while|when|stake|shares|assets|"
    r"catalog|catalogue|catalogs|catalogues|rights|interest|interests|stakes|through|via)\b)[a-z][\w%'-]*|[A-Z][\w]*-(?:based|headquartered)|[A-Z][a-zà-ÿ]+'s|"
    r"\d+(?:\.\d+)?%|UK|US|AI)\s+){0,7}?"
)
WITHDRAW_V = (
    r"(?:withdrawn|withdrew|withdraws|withdraw|withdrawing|pulled|pulls|pull|pulling|removed|removes|remove|removing|"
    r"took\s+down|takes\s+down|taking\s+down|taken\s+down|yanked|yanks|yanking|pulled\s+out)"
)
MUSIC_N = (
    r"\b(?:catalog|catalogue|catalogs|catalogues|music|songs|tracks|recordings|content|library|libraries|repertoire|"
    r"videos|works|compositions|artists|titles|releases|licen[cs]es?|roster)\b"
)
_IN_TURN = r",?\s*in\s+turn\s*,?\s+"  # round 33b. "which (is) in turn (is) owned by"
OWNED_V = (
    r"(?:owned|operated|run|controlled|backed|developed(?:\s+and\s+(?:run|operated|owned))?|made|built|managed|"
    r"part-owned|majority-owned|wholly[- ]owned|created|launched|acquired)"
)
UNIT_N = (
    r"(?:label|imprint|subsidiary|division|unit|arm|publishing\s+arm|publishing\s+division|publishing\s+company|"
    r"publishing\s+business|publisher|sister\s+label|sub-label|offshoot|brand|company|business|outlet|affiliate|"
    r"recorded\s+music\s+division|distribution\s+arm|distributor|services\s+company|frontline\s+label)"
)
PLATFORM_N = (
    r"(?:streaming\s+service|music\s+streaming\s+service|music\s+service|platform|app|service|streamer|video\s+platform|"
    r"video\s+app|social\s+network|marketplace|ticketing\s+platform|ticketing\s+service|radio\s+service|product|"
    r"ai\s+music\s+generator|music\s+generator|generator|tool)"
)
HEDGE = re.compile(
    r"\b(?:could|may|might|would|should|considering|consider|considers|weigh\w*|plans?\s+to|planning\s+to|intends?\s+to|"
    r"threaten\w*|in\s+talks|talks|negotiat\w*|expected\s+to|looking\s+to|seeks?\s+to|seeking\s+to|wants?\s+to|"
    r"hopes?\s+to|aims?\s+to|grounds\s+to|whether|decide\w*|rumou?r\w*|speculat\w*|if|unless|potential\w*|"
    r"possible|possibly|proposed|not|n't|never|no\s+longer|denied|denies|deny|refused|refuses|declined|declines|"
    r"failed|fails|without|reject\w*|walked\s+away|collapse\w*|instead\s+of|rather\s+than|urged|urges|called\s+on)\b",
    re.I,
)


@dataclass(frozen=True)
class Pattern:
    """One way of saying a fact: a regex over a masked sentence and its roles.

    ``roles`` maps regex group names to fact roles; ``kind`` is the fact kind or a
    family ("agreement", "owned") that the fact finder decides from the entities' types.
    ``legal`` patterns need a legal word somewhere in the sentence.
    """

    name: str
    kind: str
    regex: re.Pattern
    roles: tuple[tuple[str, str], ...]
    legal: bool = False
    hedge_group: str | None = None  # a group whose text must hold no hedge or negation


def _p(name: str, kind: str, rx: str, roles: dict[str, str], legal: bool = False, hedge: str | None = None) -> Pattern:
    for g in ("r", "b", "b2"):  # object roles
        rx = rx.replace(f"(?P<{g}>{LIST})", f"(?P<{g}>{LIST_O})")
    return Pattern(name, kind, re.compile(rx, re.I), tuple(roles.items()), legal, hedge)


# unnamed co-claimants after the named ones: "A and other members of the B sued C", "A, together with a number of
# sister labels, filed suit": the named ones are the claimants, the group's body (B) is not
C_TAIL = (rf"(?:\s*,?\s+(?:and|together\s+with|along\s+with)\s+(?:other|several|some|many|various|a\s+number\s+of|"
          rf"a\s+group\s+of|dozens\s+of|more\s+than\s+\d+|\d+)\s+(?:[\w-]+\s+){{0,3}}?(?:members|labels|publishers|companies|"
          rf"rights\s*holders|plaintiffs|songwriters|artists|others)(?:\s+of\s+(?:the\s+)?{E})?\s*,?)?")

# round 21b. "against the ByteDance music service Resso", "the Sony distribution company The Orchard": a name that
# modifies a trade noun before another name is the owner; the name after the noun is the argument
# trade nouns an owner's name may modify ("the Tencent music service Y", "X's distribution business Y")
TRADE_N = (r"(?:service|services|company|label|platform|app|distributor|"
           r"distribution\s+(?:company|arm|service)|firm|unit|arm|subsidiary|division|imprint|business|"
           r"publisher|marketplace|site|website|venue|promoter|network|broadcaster|channel|brand|outlet|"
           r"operator|agency|startup|start-up)")
OWNER_MOD_NEXT = re.compile(rf"\s+((?:[a-z][\w-]*\s+){{0,2}}{TRADE_N})\s+(@\d+@)")
# round 25b. a headline's bare modifier name before a trade noun: "X buys Rock Band studio Y", "X to buy Melon operator
# Y" (Y is bought; "the" before the modifier is the older case above)
BARE_MOD_NEXT = re.compile(rf"\s+((?:[a-z][\w-]*\s+){{0,1}}(?:{TRADE_N}|studio|studios|developer|maker|owner|parent|group))"
                           rf"\s+(@\d+@)(?!\s*(?:,|'s))")
# round 21e. after an acquiree: "'s distribution business @Y@" (Y is bought) or "'s ticketing patents" (an asset)
POSS_AFTER_ACQUIREE = re.compile(rf"'s\s+(?:(?:(?:[\w-]+\s+){{0,3}}?{TRADE_N},?\s+)?(?P<y>@\d+@)|(?P<asset>[\w-]+))")


# round 22b. "an investigation into X's planned takeover of Y" reviews a deal: X is no respondent
MERGER_REVIEW = r"(?:[\w$.,-]+\s+){0,3}?(?:purchase|takeover|acquisition|deal|merger|bid|purchases|acquisitions|deals)\b"


# round 22b. lower-case trade words before a respondent: "sued car hire firms A and B", "against telecommunications
# company X" (no preposition, time word or pronoun: "sued in May X", "sued on behalf of X" are not)
R_MOD = (r"(?:(?:the\s+)?(?:(?!(?:in|on|at|by|for|with|from|to|over|under|after|before|behind|of|and|or|but|last|this|that|"
         r"these|those|which|who|its|their|his|her|both|each|again|also|then|now|twice|them|it|him|us|jointly|separately|"
         r"together|early|late|earlier|later|a|an|the)\b)[a-z][\w-]*\s+){1,3}?(?=@))?")


DISPUTE_PATTERNS: tuple[Pattern, ...] = (
    _p("sue", "dispute", rf"(?P<c>{LIST}){C_TAIL}{AUX}\s+{SUE_V}\s+(?:{GAP}{{0,30}}?\b(?:against|versus)\s+)?(?:both\s+|each\s+of\s+)?{R_MOD}(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("file-suit", "dispute",
       rf"(?P<c>{LIST}){C_TAIL}{AUX}\s+{FILE_V}\s+(?P<h>{GAP}{{0,60}}?)\b{SUIT_N}\b{GAP}{{0,80}}?\b(?:against|targeting|naming|"
       rf"versus|v\.?|at|over|with)\s+(?:{GAP}{{0,60}}?)(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}, hedge="h"),
    # "A lodged a complaint with the regulator B against C": C is the respondent, B the forum
    _p("file-with-against", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+{FILE_V}\s+(?P<h>{GAP}{{0,60}}?)\b{SUIT_N}\s+(?:with|to|before)\s+[^.;]{{0,80}}?\bagainst\s+"
       rf"(?:{GAP}{{0,40}}?)(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}, hedge="h"),
    # "A sued B together with C": C is a second claimant
    _p("sue-together", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+{SUE_V}\s+(?P<r>{LIST})\s+(?:together|along|jointly)\s+with\s+(?P<c2>{LIST})",
       {"c": "claimant", "c2": "claimant", "r": "respondent"}),
    # "A, along with B, sued C": B is a second claimant (the commas set the companion apart)
    _p("sue-along", "dispute",
       rf"(?P<c>{LIST})\s*,\s*(?:together|along|jointly)\s+with\s+(?P<c2>{LIST})\s*,{AUX}\s+(?:{SUE_V}\s+|{FILE_V}\s+"
       rf"(?:{GAP}{{0,40}}?)\b{SUIT_N}\s+against\s+)(?P<r>{LIST})",
       {"c": "claimant", "c2": "claimant", "r": "respondent"}),
    # "B has settled a lawsuit brought by A", "B faces a suit filed by A"
    _p("suit-brought-by", "dispute",
       rf"(?P<r>{LIST}){AUX}\s+(?P<v>settled|settles|faces|faced|is\s+facing|was\s+facing|won|wins|lost|loses|defeated|"
       rf"fought|is\s+fighting|beat|dismissed|answered|contested|contests)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{SUIT_N}\s+"
       rf"(?:brought|filed|lodged|launched|initiated)\s+(?:against\s+it\s+)?by\s+(?:the\s+)?(?P<c>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # "X has ended/dropped its copyright lawsuit against Y": a dispute (the status comes from the verb)
    _p("ended-suit", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?P<v>ended|ends|dropped|drops|withdrew|withdrawn|withdraws|abandoned|abandons|settled|settles|"
       rf"dismissed|discontinued|resolved|resolves|pressed\s+ahead\s+with|pursued|continued|continues|revived|refiled)\s+"
       rf"(?:its|their|the|a|his|her)\s+(?:[\w-]+\s+){{0,3}}?{SUIT_N}\s+(?:{GAP}{{0,20}}?)\bagainst\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # "A, B and C were among more than 50 labels and publishers that accused/sued X"
    _p("among-that-sued", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:were|was|are|is)\s+(?:also\s+)?(?:among|one\s+of)\s+{GAP}{{0,80}}?\b(?:that|who|which)\s+(?:had\s+|have\s+)?"
       rf"(?:accused|sued|targeted|took|brought\s+(?:a\s+)?(?:[\w-]+\s+)?{SUIT_N}\s+against)\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # "Y faces a lawsuit from X"; "Y is facing a copyright suit from X"
    _p("faces-suit-from", "dispute",
       rf"(?P<r>{LIST}){AUX}\s+(?:faces|faced|is\s+facing|was\s+facing|facing|face)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{SUIT_N}\s+"
       rf"(?:from|by)\s+(?:the\s+)?(?P<c>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # "the case against Y, brought by X"
    _p("case-against-brought-by", "dispute",
       rf"\b{SUIT_N}\s+against\s+(?P<r>{LIST})\s*,\s*(?:which\s+was\s+)?(?:brought|filed|lodged|launched)\s+by\s+(?:the\s+)?(?P<c>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # round 22b. a regulator's own action is a dispute (guidelines: "complaints to regulators"; gold news2/news4/news14:
    # the regulator is the claimant): "the authority ordered X to refund", "opened an investigation into X"; facts.py
    # keeps only claimants typed Regulator ("the court ordered X to pay" is no such case). Fines are left out: the gold
    # counts them in news14 but not in news1 or heldout4
    _p("regulator-order", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:ordered|orders|order|ordering|directed|directs|instructed|instructs|required|requires|told)\s+"
       rf"(?:the\s+)?(?P<r>{LIST})\s+to\b",
       {"c": "claimant", "r": "respondent"}),
    _p("regulator-probe", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:(?:opened|opens|launched|launches|began|begins|started|starts|announced|announces|widened|"
       rf"extended)\s+(?:an?|its|the|a\s+formal|a\s+full|an\s+in-depth)\s+(?:[\w-]+\s+){{0,2}}?(?:investigation|probe|inquiry|"
       rf"enquiry|case|proceedings)\s+(?:into|against|of|targeting)\s+|(?:is|was|has\s+been|had\s+been)\s+"
       rf"(?:investigating|probing|examining)\s+)(?:the\s+)?(?P<r>{LIST})(?!(?:'s)?\s+{MERGER_REVIEW})",
       {"c": "claimant", "r": "respondent"}),
    # respondents only: "it went to the same court against Y"
    _p("went-to-court-r", "dispute",
       rf"\b(?:went|gone|go|goes|going|turned|turns)\s+to\s+(?:the\s+)?(?:same\s+|a\s+)?(?:courts?|tribunal)\s+(?:{GAP}{{0,20}}?)"
       rf"against\s+(?P<r>{LIST})",
       {"r": "respondent"}),
    _p("go-to-court", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:gone|went|go|going|goes|headed|turned|turns|turning)\s+to\s+(?:court|the\s+courts)\s+"
       rf"(?:{GAP}{{0,20}}?)against\s+(?:{GAP}{{0,60}}?)(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("take-to-court", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:took|takes|take|taken|taking|dragged|drags|hauled|hauls)\s+(?P<r>{LIST})\s+to\s+"
       # round 21b. "took X to the High Court": a named court (facts.py checks the type) or a court noun
       rf"(?:court|tribunal|arbitration|(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?(?:court|tribunal)\b|(?:the\s+)?(?P<forum>{E}))",
       {"c": "claimant", "r": "respondent"}),
    _p("slap", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:slapped|slaps|hit|hits|served|serves|targeted|targets|target|targeting|named|names|"
       rf"naming|accused|accuses|accusing|accuse|charged|charges|alleged\s+that)\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}, legal=True),
    _p("accusing", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+{GAP}{{0,80}}?,\s*(?:accusing|alleging\s+that|claiming\s+that)\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}, legal=True),
    _p("sued-by", "dispute",
       rf"(?P<r>{LIST}){AUX}\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|been)\s+(?:\w+\s+)?"
       rf"(?:sued|targeted|named|taken\s+to\s+court)\s+(?:{GAP}{{0,30}}?)by\s+(?:the\s+)?(?P<c>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("suit-by", "dispute",
       rf"\b{SUIT_N}\b(?:{GAP}{{0,40}}?)(?:filed|brought|lodged|launched|initiated)(?:\s+(?:in|at|on|before)\s+{GAP}{{0,60}}?)?\s+by\s+(?:the\s+)?(?P<c>{LIST})"
       # round 22b: "brought by X, the body that collects ... , against telecommunications company Y"
       rf"(?:(?:\s*,\s*[^@;.,]{{0,120}}?,)?\s+(?:{GAP}{{0,30}}?)against\s+{R_MOD}(?P<r>{LIST}))?",
       {"c": "claimant", "r": "respondent"}),
    _p("suit-by-against", "dispute",
       rf"\b{SUIT_N}\b(?:{GAP}{{0,40}}?)against\s+(?P<r>{LIST})(?:{GAP}{{0,40}}?)\b(?:filed|brought|lodged|launched|led|headed)\s+"
       rf"by\s+(?:the\s+)?(?P<c>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("poss-suit", "dispute",
       rf"(?P<c>{E})'s\s+(?:{GAP}{{0,40}}?){SUIT_N}\b(?:{GAP}{{0,40}}?)(?:against|targeting|with)\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # "Spotify's complaint, filed in March 2019, accused Apple of ...": the suit's verb names the respondent
    _p("poss-suit-accuses", "dispute",
       rf"(?P<c>{E})'s\s+(?:[\w-]+\s+){{0,2}}?(?:complaint|lawsuit|suit|petition|claim)\b(?:\s*,[^@.;]{{0,50}}?,)?\s+"
       rf"(?:accused|accuses|targeted|targets|named|names|alleged\s+that|alleges\s+that)\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # "a suit X filed against Y in 2023": the claimant inside a relative clause after the suit noun
    _p("suit-X-filed-against", "dispute",
       rf"\b{SUIT_N}\s+(?:that\s+|which\s+)?(?P<c>{LIST}){AUX}\s+(?:filed|brought|lodged|launched|initiated)\s+"
       rf"(?:{GAP}{{0,30}}?)\bagainst\s+(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # case names: "Brightwave Records v. Pixwave", "A v B", "A versus B" (with a legal word in the sentence)
    _p("case-name", "dispute", rf"(?P<c>{E})\s+(?:v\.?|versus)\s+(?P<r>{E})(?!'s)", {"c": "claimant", "r": "respondent"}),
    # court news: "A won a $5m verdict against B", "a jury found B liable to A", "B appealed the verdict in A's favour"
    _p("won-verdict", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:won|wins|secured|secures|obtained|obtains)\s+(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){{0,3}}?"
       rf"(?:verdict|judgment|judgement|jury\s+award|damages\s+award|default\s+judgment)\s+(?:{GAP}{{0,20}}?)\bagainst\s+"
       rf"(?:the\s+)?(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("found-liable-to", "dispute",
       rf"\b(?:found|finds|find|held|holds)\s+(?P<r>{LIST})\s+liable\s+(?:to|towards)\s+(?:the\s+)?(?P<c>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("appeal-verdict-for", "dispute",
       rf"(?P<r>{LIST}){AUX}\s+(?:appealed|appeals|is\s+appealing|challenged|challenges)\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){{0,3}}?"
       rf"(?:verdict|judgment|judgement|ruling|award|decision)\s+(?:in\s+(?P<c>{E})'s\s+favou?r|in\s+favou?r\s+of\s+"
       rf"(?:the\s+)?(?P<c2>{E})|won\s+by\s+(?:the\s+)?(?P<c3>{E}))",
       {"c": "claimant", "c2": "claimant", "c3": "claimant", "r": "respondent"}),
    # round 15b. a participle after the claimant's own clause: "X walked away from the label and went to court, suing Y
    # (and his former manager, Z)"; the clause before the comma names nobody else
    _p("clause-suing", "dispute",
       rf"(?P<c>{E}),?{AUX}\s+(?!(?:said|says|told|added|denied|denies)\b)[a-z](?:(?!\b(?:said|says|that|which|who|whom|when|"
       rf"after|before|while|because|if)\b)[^.;]){{0,100}}?,\s+(?:suing|countersuing)\s+"
       rf"(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # round 15b. "a win for X in its copyright suit against Y", "X, in his lawsuit against Y,": the possessive is X's
    _p("in-its-suit-against", "dispute",
       rf"(?P<c>{E}),?\s+in\s+(?:its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{SUIT_N}\s+(?:{GAP}{{0,20}}?)\bagainst\s+"
       rf"(?:the\s+)?(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # round 15b. "the case pitted the publisher X against Y": only in legal talk (facts.py checks)
    _p("pitted-against", "dispute",
       rf"\b(?:pitted|pits|pitting)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<c>{E})\s+against\s+"
       rf"(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    # counterclaims: "X responded with counterclaims against Y", "counterclaims against Y" (the claimant is then the
    # respondent of the lawsuit being talked about, never its claimants)
    _p("respond-counter", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:responded|retaliated|countered|hit\s+back|struck\s+back|fired\s+back)\s+(?:{GAP}{{0,30}}?)"
       rf"\bwith\s+(?:a\s+|an\s+|its\s+own\s+|their\s+own\s+)?(?:[\w-]+\s+){{0,2}}?{SUIT_N}\s+(?:{GAP}{{0,20}}?)\bagainst\s+(?:the\s+)?"
       rf"(?P<r>{LIST})",
       {"c": "claimant", "r": "respondent"}),
    _p("counter-against", "dispute",
       rf"\b(?:counterclaims?|countersuits?|counter-claims?|counter-suits?)\s+(?:{GAP}{{0,30}}?)\bagainst\s+(?:the\s+)?(?P<r>{LIST})",
       {"r": "respondent"}),
    # round 14b. "A and B (, together with C,) accuse (the) X (, its unit,) of ...": a complaint's accusation (legal talk
    # in this sentence or the one before; facts.py checks)
    _p("accuse-of", "dispute",
       rf"(?P<c>{LIST})(?:\s*,\s*(?:together|along|jointly)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<c2>{LIST})\s*,)?{AUX}\s+"
       rf"(?:accuse|accuses|accused)\s+(?:the\s+)?(?P<r>{LIST})(?:\s*,[^;.]{{0,80}}?,)?\s+of\b",
       {"c": "claimant", "c2": "claimant", "r": "respondent"}),
    # "A, B and C are among the plaintiffs" / "X is one of the defendants": one side of the lawsuit being talked about
    _p("among-plaintiffs", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:are|were|is|was)\s+(?:also\s+)?(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+){{0,2}}?"
       rf"(?:plaintiffs|claimants|petitioners|complainants|co-plaintiffs)\b(?!\s+(?:that|who|which)\b)",
       {"c": "claimant"}),
    _p("among-defendants", "dispute",
       rf"(?P<r>{LIST}){AUX}\s+(?:are|were|is|was)\s+(?:also\s+)?(?:among|one\s+of)\s+the\s+(?:[\w-]+\s+){{0,2}}?"
       rf"(?:defendants|respondents|co-defendants)\b(?!\s+(?:that|who|which)\b)",
       {"r": "respondent"}),
    # a countersuit without "against": "X answered/responded (weeks later) with a suit of its own (that described Y as
    # ...)": the other side is named after the suit, or is the claimant of the lawsuit being talked about (facts.py)
    _p("respond-suit", "dispute",
       rf"(?P<c>{LIST}){AUX}\s+(?:responded|answered|retaliated|countered|hit\s+back|struck\s+back|fired\s+back)\s+"
       rf"(?:{GAP}{{0,30}}?)\bwith\s+(?:a\s+|an\s+|its\s+own\s+|their\s+own\s+|his\s+own\s+|her\s+own\s+)?(?:[\w-]+\s+){{0,2}}?"
       rf"{SUIT_N}\b(?!{GAP}{{0,30}}?\bagainst\b)(?:{GAP}{{0,60}}?\b(?:described|describing|accused|accusing|named|naming|"
       rf"targeted|targeting)\s+(?:the\s+)?(?P<r>{LIST}))?",
       {"c": "claimant", "r": "respondent"}),
    # respondents only: the claimants come from the lawsuit being talked about
    _p("suit-against", "dispute",
       rf"\b{SUIT_N}\b(?:{GAP}{{0,60}}?)\b(?:against|targeting|naming|directed\s+at|aimed\s+at|targets|names|"
       rf"accuses|is\s+directed\s+at)\s+(?:{GAP}{{0,40}}?)(?P<r>{LIST})",
       {"r": "respondent"}),
    _p("sue-r", "dispute", rf"(?P<h>{GAP}{{0,30}})\b{SUE_V}\s+(?P<r>{LIST})", {"r": "respondent"}, hedge="h"),
    _p("plaintiffs", "dispute",
       rf"\b(?:plaintiffs|claimants|petitioners|complainants|the\s+(?:labels|companies|publishers)\s+(?:suing|behind\s+the\s+\w+))"
       rf"(?:\s+(?:include|includes|included|are|were)|\s*,)\s+(?P<c>{LIST})",
       {"c": "claimant"}),
    _p("defendants", "dispute",
       rf"\b(?:defendants|respondents)\s+(?:include|includes|included|are|were)\s+(?P<r>{LIST})", {"r": "respondent"}),
)

# A group introduced earlier as claimants: "The publishers sued in October 2023", "the labels' complaint accuses X"
# round 28b. plural unit nouns ("one of the frontline labels of Y")
UNITS_N = r"(?:labels|imprints|divisions|units|subsidiaries|arms|brands|record\s+labels|record\s+companies)"
GROUP_N = (r"(?:(?:three|four|five|two|several|major|music|big|other|record|three\s+major)\s+){0,2}(?:publishers|labels|plaintiffs|"
           r"record\s+companies|majors|music\s+companies|rights\s*holders|claimants|petitioners|music\s+groups|label\s+groups)")
GROUP_DISPUTE = (
    re.compile(rf"\b(?:the|these|those|all\s+the|all|both)\s+{GROUP_N}{AUX}\s+(?:{SUE_V}(?:\s+(?:both\s+)?(?P<r>{LIST}))?\b|"
               rf"{FILE_V}\s+(?:{GAP}{{0,40}}?)\b{SUIT_N}\b(?:{GAP}{{0,30}}?\bagainst\s+(?:both\s+)?(?P<r2>{LIST}))?)", re.I),
    # "B is the latest ISP to be sued by the labels", "B was sued by the publishers in 2023"
    re.compile(rf"(?P<r>{LIST}){AUX}\s+(?:(?:is|was|became|becomes)\s+(?:the\s+)?(?:latest|last|first|second|third|next|newest|"
               rf"fourth|fifth)\s+(?:(?:[\w-]+|{E})\s+){{0,2}}?to\s+be|was|were|has\s+been|have\s+been|had\s+been)\s+(?:sued|targeted|"
               rf"taken\s+to\s+court)\s+(?:{GAP}{{0,30}}?)\bby\s+(?:the|these|those|all\s+the|all|both)\s+{GROUP_N}\b", re.I),
    re.compile(rf"\b(?:their|the\s+{GROUP_N}'?s?)\s+(?:[\w-]+\s+)?(?:complaint|lawsuit|suit|case|petition|filing|claims?)\s+"
               rf"(?:accuses|accused|alleges|alleged|targets|targeted|names|named|against)\s+(?P<r>{LIST})", re.I),
)

AGREEMENT_PATTERNS: tuple[Pattern, ...] = (
    _p("sign-deal", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>{AGREE_V})\s+(?P<h>{GAP}{{0,80}}?)\b(?P<n>{DEAL_N})\b(?:(?P<tail>{GAP}{{0,60}}?)"
       rf"\b(?:with|between|alongside|covering)\s+(?:{GAP}{{0,30}}?)(?P<b>{LIST}))?",
       {"a": "party", "b": "party"}, hedge="h"),
    # round 26b. "X has agreed terms with Y" / "X reached new licensing terms with Y": a deal in all but name
    # (facts.py: organisations only, outside legal news, where terms end a dispute)
    _p("agreed-terms-with", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>agreed|agrees|reached|reaches|struck|strikes|secured|secures)\s+"
       rf"(?P<h>(?:(?:new|revised|fresh|final|long-term|multi-year|licensing|commercial)\s+){{0,3}})(?P<n>terms)\s+with\s+"
       rf"(?:the\s+)?(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    # round 14b. a participle after the subject's own clause: "X took its biggest step into the mainstream, announcing a
    # strategic partnership with Y"; the clause before the comma must not name anyone else
    _p("clause-announcing-deal", "agreement",
       rf"(?P<a>{E}){AUX}\s+(?!(?:said|says|told|added)\b)[a-z]{GAP}{{0,80}}?,\s+(?P<v>announcing|signing|striking|sealing|inking|unveiling|"
       rf"forming|launching)\s+(?P<h>(?:a|an|its|their|the)\s+(?:[\w-]+\s+){{0,3}}?)(?P<n>{DEAL_N})\s+with\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    _p("partner-with", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>{PARTNER_V})\s+(?P<h>{GAP}{{0,40}}?)\bwith\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    _p("deal-between", "agreement",
       rf"\b(?P<n>{DEAL_N})\s+(?:{GAP}{{0,40}}?)\bbetween\s+(?:{GAP}{{0,20}}?)(?P<a>{E})(?:'s)?\s+and\s+(?P<b>{E})",
       {"a": "party", "b": "party"}),
    _p("poss-deal", "agreement",
       rf"(?P<a>{E})'s\s+(?P<h>(?:[\w-]+,?\s+){{0,4}}?)(?P<n>{DEAL_N})\s+(?:{GAP}{{0,20}}?)with\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    _p("and-poss-deal", "agreement",
       rf"(?P<a>{E})'s?\s+and\s+(?P<b>{E})'s?\s+(?P<h>(?:[\w-]+,?\s+){{0,4}}?)(?P<n>{DEAL_N})\b",
       {"a": "party", "b": "party"}, hedge="h"),
    _p("partner-to", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?:been\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?P<n>partner|ally|licensee|licensor)\s+"
       rf"(?:to|of|for)\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}),
    _p("licensed-to", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>licensed|licenses|licences|licence|license|licensing|sublicensed)\s+(?P<h>{GAP}{{0,40}}?)"
       rf"\bto\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    # "X holds a licence from Y", "X obtained a blanket licence from Y", "the licences it holds from Y and Z"
    _p("licence-from", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>holds|held|hold|has|had|have|obtained|obtains|obtain|secured|secures|secure|got|gets|get|"
       rf"received|receives|receive|won|win|took\s+out|takes\s+out|take\s+out|acquired|bought)\s+(?P<h>(?:(?:a|an|the|its|their|new|blanket|[\w-]+)\s+(?:[\w-]+\s+){{0,2}}?)?)"
       rf"(?P<n>licen[cs]es?)\s+(?:{GAP}{{0,30}}?)\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    # "X has licensed repertoire from A, the agency, and from B": licences taken from each named rights holder
    _p("licensed-from", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>licensed|licenses|licences|license|licence|sublicensed)\s+(?P<h>{GAP}{{0,40}}?)"
       rf"\bfrom\s+(?:the\s+)?(?P<b>{LIST})(?:[^@.;]{{0,80}}?\band\s+(?:also\s+)?from\s+(?:the\s+)?(?P<b2>{E}))?",
       {"a": "party", "b": "party", "b2": "party"}, hedge="h"),
    _p("licences-it-holds-from", "agreement",
       rf"(?P<a>{E})(?:'s)?\s+(?:[\w-]+\s+){{0,6}}?under\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?P<n>licen[cs]es?)\s+"
       rf"(?:it|they)\s+(?:holds?|has|have|obtained|secured)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<b>{LIST})",
       {"a": "party", "b": "party"}),
    _p("settle-fight", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>settled|settle|settles|ended|end|ends|resolved|resolve|resolves|concluded)\s+(?P<h>{GAP}{{0,50}}?)"
       rf"\b(?P<n>(?:legal\s+|copyright\s+|court\s+)?(?:dispute|lawsuit|suit|fight|case|battle|row|feud|litigation|"
       rf"claims?|differences))\b",
       {"a": "party"}, hedge="h"),
    _p("settled-with", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>settled|settles|settle|reached\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?settlement)\s+"
       rf"(?P<h>{GAP}{{0,40}}?)\bwith\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
    # "X has ended its lawsuit against Z and turned Y into a business partner"
    _p("turned-into-partner", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?:[^.;]{{0,100}}?\band\s+(?:has\s+|have\s+)?)?(?P<v>turned|turns|turn|made|makes|make)\s+(?P<b>{E})\s+"
       rf"into\s+(?:a|an|its|their)\s+(?P<n>(?:[\w-]+\s+)?(?:partner|ally))\b",
       {"a": "party", "b": "party"}),
    # "X and Y announced a partnership", "X and Y have formed a joint venture"
    _p("and-announced-partnership", "agreement",
       rf"(?<!,\s)(?<!,)(?P<a>{E})\s+and\s+(?P<b>{E}){AUX}\s+(?P<v>announced|unveiled|formed|launched|struck|sealed|signed|entered\s+into|"
       rf"agreed|revealed|set\s+up)\s+(?:a|an|the|their)\s+(?P<h>(?:[\w-]+\s+){{0,3}}?)(?P<n>partnership|alliance|joint\s+venture|"
       rf"tie-up|collaboration)\b",
       {"a": "party", "b": "party"}),
    # round 22b. a venture two bodies own or run together: "Y, a joint initiative of A(, which ...,) and B", "built
    # jointly by A and B", "the jointly owned A and B service"; "A and B had set up Y to ..." (facts.py: organisations)
    _p("joint-of", "agreement",
       rf"\b(?P<n>joint\s+(?:initiative|venture|project|effort|undertaking|company|service|platform|database|portal|hub))\s+"
       rf"(?:of|between|by|from)\s+(?:the\s+)?(?P<a>{E})(?:'s)?(?:\s*,\s*(?:which|who)\s+[^@;.]{{0,100}}?,)?\s+and\s+(?:the\s+)?"
       rf"(?:[\w-]+\s+){{0,2}}?(?P<b>{E})(?!'s)",
       {"a": "party", "b": "party"}),
    _p("jointly-by", "agreement",
       rf"\b(?P<n>(?:built|created|developed|launched|set\s+up|formed|founded|owned|run|operated|managed)\s+jointly|jointly\s+"
       rf"(?:built|created|developed|launched|set\s+up|formed|founded|owned|run|operated|managed))\s+by\s+(?:the\s+)?(?P<a>{E})"
       rf"(?:\s*,\s*[^@;.,]{{0,60}}?(?:@\d+@[^@;.,]{{0,30}}?)?,)?\s+and\s+(?:the\s+)?(?P<b>{E})(?!'s)",
       {"a": "party", "b": "party"}),
    _p("and-set-up", "agreement",
       rf"(?<!@,\s)(?<!@,)(?P<a>{E})\s+and\s+(?P<b>{E}){AUX}\s+(?:jointly\s+|together\s+)?(?P<n>set\s+up|created|formed|"
       rf"founded|established)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{E}\s+(?:together\s+|jointly\s+)?(?:to|as)\b",
       {"a": "party", "b": "party"}),
    _p("deal-with", "agreement",
       rf"(?P<a>{LIST}){AUX}\s+(?P<h>{GAP}{{0,50}}?)\b(?P<n>{DEAL_N})\s+with\s+(?P<b>{LIST})",
       {"a": "party", "b": "party"}, hedge="h"),
)

ACQUISITION_PATTERNS: tuple[Pattern, ...] = (
    _p("acquire", "acquisition", rf"(?P<a>{LIST}){AUX}\s+(?P<v>{ACQ_V})\s+{ACQ_FILLER}(?P<b>{LIST})",
       {"a": "acquirer", "b": "acquiree"}),
    # round 14b. a controlling stake is a takeover: "X has agreed to take / completed its purchase of a controlling 51 per
    # cent stake in Y", headline "X takes majority stake in Nigeria's Y" (facts.py keeps majority and > 50% only)
    _p("stake-acq", "acquisition",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>{ACQ_V}|took|takes|take|taking|taken)\s+(?:a|an|the|its)?\s*"
       rf"(?P<k>(?:controlling|majority|[\d.]+\s*(?:%|per\s*cent|percent))(?:\s+(?:controlling|majority|[\d.]+\s*"
       rf"(?:%|per\s*cent|percent)))?)\s+(?:equity\s+|ownership\s+)?(?:stake|interest|shareholding)\s+in\s+(?:{E}'s\s+)?"
       rf"(?:the\s+)?{ACQ_FILLER}(?P<b>{E})(?!'s)",
       {"a": "acquirer", "b": "acquiree"}),
    # round 15b. "X has signed a merger agreement under which it will acquire Y", "X struck a deal under which it will buy Y"
    _p("agreement-under-which-acquire", "acquisition",
       rf"(?P<a>{LIST}){AUX}\s+(?:signed|signs|struck|strikes|reached|reaches|entered\s+into|enters\s+into)\s+(?:a|an)\s+"
       rf"(?:[\w-]+\s+){{0,3}}?(?:agreement|deal|contract)\s+under\s+which\s+(?:it|they)\s+will\s+"
       rf"(?P<v>acquire|buy|purchase|take\s+over|take\s+control\s+of)\s+{ACQ_FILLER}(?P<b>{LIST})",
       {"a": "acquirer", "b": "acquiree"}),
    # take-private buyer groups: "X took Y private with A and B", "a consortium of A and B bought Y"
    _p("take-private", "acquisition",
       rf"(?P<a>{LIST}){AUX}\s+(?P<v>took|takes|take|taking|taken)\s+(?P<b>{E})\s+private(?:\s+(?:together\s+|along\s+)?with\s+"
       rf"(?:partners\s+|co-investors\s+)?(?P<a2>{LIST}))?",
       {"a": "acquirer", "a2": "acquirer", "b": "acquiree"}),
    _p("consortium-bought", "acquisition",
       rf"\b(?:consortium|group|club|syndicate)\s+(?:of|including|made\s+up\s+of|led\s+by)\s+(?P<a>{LIST}){AUX}\s+"
       rf"(?P<v>{ACQ_V})\s+{ACQ_FILLER}(?P<b>{LIST})",
       {"a": "acquirer", "b": "acquiree"}),
    _p("acquired-by", "acquisition",
       rf"(?P<b>{E})(?:'s)?{AUX}\s+(?:was|were|is|are|has\s+been|had\s+been|will\s+be|is\s+being|to\s+be|being|been|"
       rf",\s+which\s+was|,\s+which\s+has\s+been)\s+(?:\w+\s+)?(?P<v>acquired|bought|purchased|snapped\s+up|taken\s+over|"
       rf"absorbed)\s+(?:{GAP}{{0,30}}?)\bby\s+(?:the\s+)?(?:(?!(?:and|or|which|who|that)\b)[A-Za-z][\w-]*\s+){{0,4}}?(?P<a>{E})",
       {"a": "acquirer", "b": "acquiree"}),
    _p("sold-to", "acquisition",
       rf"(?P<b>{E})(?:'s)?{AUX}\s+(?:was|were|is|has\s+been|had\s+been|will\s+be|being)\s+(?P<v>sold)\s+"
       rf"(?:{GAP}{{0,30}}?)\bto\s+(?P<a>{E})",
       {"a": "acquirer", "b": "acquiree"}),
    _p("owned-by-which-bought-it", "acquisition",
       rf"(?P<b>{E}){AUX}\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:\w+\s+)?(?:owned|controlled)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<a>{E}),?\s+"
       rf"which\s+(?P<v>bought|acquired|purchased|took\s+over|took\s+control\s+of)\s+(?:it|the\s+\w+)\b",
       {"a": "acquirer", "b": "acquiree"}),
    _p("appos-that-Y-bought", "acquisition",
       rf"(?P<b>{E}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:that|which)\s+|(?=@))(?P<a>{E})\s+(?P<v>bought|acquired|purchased|"
       rf"took\s+over|snapped\s+up)\b",
       {"a": "acquirer", "b": "acquiree"}),
    # "MelodyVR, a British concert company that had itself acquired Napster from RealNetworks"
    _p("appos-that-acquired", "acquisition",
       rf"(?P<a>{E}),\s+(?:a|an|the)\s+[^@,;.]{{0,60}}?\b(?:that|which)\s+(?:had\s+|has\s+)?(?:itself\s+|also\s+|previously\s+|"
       rf"earlier\s+)?(?P<v>acquired|bought|purchased|took\s+over)\s+(?P<b>{E})",
       {"a": "acquirer", "b": "acquiree"}),
    _p("which-bought", "acquisition",
       rf"(?P<b>{E}),?\s+which\s+(?P<a>{E}){AUX}\s+(?P<v>{ACQ_V})\b", {"a": "acquirer", "b": "acquiree"}),
    _p("headline-sold-to", "acquisition", rf"^(?P<b>{E})\s+(?P<v>sold|goes|selling)\s+to\s+(?P<a>{E})",
       {"a": "acquirer", "b": "acquiree"}),
    _p("sell-to", "acquisition",
       rf"\b(?P<v>sold|sells|sell|selling|offloaded|offloads)\s+(?P<b>{E})\s+(?:{GAP}{{0,30}}?)\bto\s+(?P<a>{E})",
       {"a": "acquirer", "b": "acquiree"}),
    _p("poss-acquisition", "acquisition",
       rf"(?P<a>{E})'s\s+(?:[\w$.,-]+\s+){{0,4}}?(?P<v>acquisition|purchase|takeover|buyout)\s+of\s+(?:{GAP}{{0,20}}?)"
       rf"(?P<b>{E})",
       {"a": "acquirer", "b": "acquiree"}),
    # "X's $1bn deal for Y" (facts.py keeps it only when the sentence has a buy word); "X's deal to buy Y"
    _p("poss-deal-for", "acquisition",
       rf"(?P<a>{E})'s\s+(?:(?:planned|proposed|agreed)\s+)?(?:[$€£][\d.,]+\s*(?:bn|billion|m|million|mn)?\s+)?"
       rf"(?P<v>deal|agreement|transaction)\s+(?:to\s+(?:buy|acquire|purchase|take\s+over)\s+|for\s+)(?P<b>{E})(?!'s)",
       {"a": "acquirer", "b": "acquiree"}),
    _p("acquisition-of-by", "acquisition",
       rf"\b(?P<v>acquisition|purchase|takeover|buyout|sale)\s+of\s+(?P<b>{E})(?:'s)?\s+(?:{GAP}{{0,20}}?)\b(?:by|to)\s+"
       rf"(?P<a>{E})",
       {"a": "acquirer", "b": "acquiree"}),
)

WITHDRAW_PATTERNS: tuple[Pattern, ...] = (
    _p("withdraw", "withdrewCatalogFrom",
       rf"(?P<s>{LIST}){AUX}\s+{WITHDRAW_V}\s+(?P<what>{GAP}{{0,60}}?)\s*\bfrom\s+(?:{GAP}{{0,40}}?)(?P<o>{LIST})",
       {"s": "subject", "o": "object"}),
    _p("withdrawn-passive", "withdrewCatalogFrom",
       rf"(?P<s>{E})(?:'s)?\s+(?P<what>{GAP}{{0,40}}?){AUX}\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|"
       rf"are\s+being|been)\s+(?:\w+\s+)?(?:pulled|removed|withdrawn|taken\s+down|muted)\s+from\s+(?P<o>{E})",
       {"s": "subject", "o": "object"}),
)

OWNERSHIP_PATTERNS: tuple[Pattern, ...] = (
    # "X, which is owned by Y", "X is developed and run by Y", "X, owned by Y"
    # "Facebook and Instagram are both run by Meta"
    _p("list-owned-by", "owned",
       rf"(?P<x>{E}(?:\s*,\s*{E})*,?\s+and\s+{E})\s+(?:are|were)\s+(?:both\s+|all\s+|each\s+|also\s+|now\s+)?"
       rf"(?:owned|operated|run|controlled)\s+by\s+(?:the\s+)?(?P<y>{E})",
       {"y": "subject", "x": "object"}),
    # round 33b. "Y, which in turn is owned by Z", "Y, which is, in turn, controlled by Z": a parent's own parent
    _p("owned-by", "owned",
       rf"(?P<x>{E}),?\s+(?:(?:which|that|who)\s+)?(?:{_IN_TURN})?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?"
       rf"(?:{_IN_TURN})?(?:\w+\s+)?{OWNED_V}\s+by\s+(?:{GAP}{{0,40}}?)(?P<y>{E})",
       {"y": "subject", "x": "object"}),
    # "X, which belongs to the Danish media group Y"
    _p("belongs-to", "owned",
       rf"(?P<x>{E}),?\s+(?:(?:which|that)\s+)?(?:now\s+)?(?:belongs|belonged|belong)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
       rf"(?P<y>{E})",
       {"y": "subject", "x": "object"}),
    # "X, a Los Angeles company backed by the promoter Y"
    _p("appos-owned-by", "owned",
       rf"(?P<x>{E}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:company|firm|start-up|startup|business|group|label|"
       rf"service|platform|app|streamer|publisher|distributor|venture|subsidiary)\s+(?:that\s+is\s+|which\s+is\s+)?"
       rf"(?:{OWNED_V})\s+by\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<y>{E})",
       {"y": "subject", "x": "object"}),
    # "X, the maker of exercise bikes that runs the Y service"
    _p("appos-that-runs", "owned",
       rf"(?P<y>{E}),\s+(?:the|a|an)\s+[^@,;.]{{0,60}}?\b(?:that|which)\s+(?:also\s+)?(?:owns|operates|runs|launched|"
       rf"developed|built|created|makes)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<x>{LIST})",
       {"y": "subject", "x": "object"}),
    # "X, South Korea's biggest streaming service, which is run by Y"
    _p("appos-owned-by-which", "owned",
       rf"(?P<x>{E}),\s+[^@,;.]{{0,60}},\s+(?:which|that)\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?{OWNED_V}\s+by\s+"
       rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<y>{E})",
       {"y": "subject", "x": "object"}),
    # "X, the distribution company that Y launched in 2022 and fully owns"
    _p("appos-that-Y-owns", "owned",
       rf"(?P<x>{E}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:that|which)\s+(?P<y>{E})\s+(?:[^@,;.]{{0,40}}?\b)?"
       rf"(?:owns|launched|runs|operates|set\s+up|created|founded|built|controls)\b",
       {"y": "subject", "x": "object"}),
    # "Instagram and Facebook owner Meta"
    _p("X-owner-Y", "owned",
       rf"(?P<x>{LIST})\s+(?:owner|parent|parent\s+company|operator|developer)\s+(?P<y>{E})(?!'s)",
       {"y": "subject", "x": "object"}),
    _p("hyphen-owned", "owned", rf"(?P<y>{E})-(?:owned|operated|run|backed|controlled)\s+(?:[\w-]+\s+){{0,3}}?(?P<x>{E})",
       {"y": "subject", "x": "object"}),
    _p("owns", "owned",
       rf"(?P<y>{E}),?\s+(?:(?:which|that|who)\s+(?:[^@,;.]{{0,60}}?\s+and\s+)?)?(?:(?:also|already|now|still|itself)\s+)?"
       rf"(?:owns|operates|runs|controls|launched|developed|"
       # round 24b. "Y, built jointly by A and B": a passive ("by") names the builders, not what Y owns
       rf"built|created|makes)\s+(?:the\s+)?(?:(?!by\b)[\w-]+\s+){{0,3}}?(?P<x>{LIST})",
       {"y": "subject", "x": "object"}),
    _p("parent", "owned",
       rf"(?P<x>{E})'s\s+(?:corporate\s+|new\s+|current\s+)?(?:parent\s+company|parent\s+group|parent|owner|owners)\s*,?\s+"
       rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<y>{E})",
       {"y": "subject", "x": "object"}),
    _p("parent-of", "owned",
       rf"(?P<y>{E}),\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:parent\s+company|parent|owner|operator|maker|developer|"
       rf"company\s+behind|firm\s+behind|group\s+behind)\s+of\s+(?P<x>{E})",
       {"y": "subject", "x": "object"}),
    _p("behind", "owned",
       rf"(?P<y>{E}),\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:company|firm|start-up|startup|group|developer)\s+behind\s+"
       rf"(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<x>{E})",
       {"y": "subject", "x": "object"}),
    _p("poss-platform", "owned",
       rf"(?P<y>{E})'s\s+(?:[\w-]+\s+){{0,2}}?{PLATFORM_N}\s*,?\s+(?P<x>{E})",
       {"y": "subject", "x": "object"}),
    # "Y ... to train its chatbot, X": the owner is the last entity named before "its"
    _p("its-product", "owned",
       rf"(?P<y>{E})(?:'s)?[^@.;]{{0,120}}?\bits\s+(?:own\s+|new\s+|flagship\s+|[\w-]+\s+){{0,2}}?(?:chatbot|assistant|"
       rf"{PLATFORM_N}|model|ai\s+model)\s*,\s+(?P<x>{E})\s*,",
       {"y": "subject", "x": "object"}),
    # "ChatGPT maker OpenAI", "Lumo developer Pixwave"
    _p("X-maker-Y", "owned", rf"(?P<x>{E})\s+(?:maker|creator|developer|owner|operator)\s+(?P<y>{E})(?!'s)",
       {"y": "subject", "x": "object"}),
    # "Pixwave's Lumo app", "Pixwave's Lumo streaming service"
    _p("poss-X-platform", "owned",
       rf"(?P<y>{E})'s\s+(?P<x>{E})\s+(?:[\w-]+\s+)?(?:app|platform|service|streaming\s+service|chatbot|streamer|marketplace)\b",
       {"y": "subject", "x": "object"}),
    # "Ticketmaster, the ticketing service it owns"
    _p("appos-Y-owns", "owned",
       rf"(?P<x>{E}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{PLATFORM_N}\s+(?P<y>{E})\s+(?:owns|runs|operates|launched|built)\b",
       {"y": "subject", "x": "object"}),
    _p("platform-owned", "owned",
       rf"(?P<x>{E}),?\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{PLATFORM_N}\s+(?:owned|operated|run|developed|"
       rf"made|launched)\s+by\s+(?:the\s+)?(?P<y>{E})",
       {"y": "subject", "x": "object"}),
)

SUBSIDIARY_PATTERNS: tuple[Pattern, ...] = (
    # after a deal: "Y will become/operate as a standalone label within Z"; "Y will keep its name inside Z";
    # "..., which will operate as a label inside Z" (facts.py takes the last organisation before "which")
    _p("become-unit-within", "subsidiaryOf",
       rf"(?:(?P<s>{E}){AUX}|,\s*which\s+(?:will\s+|would\s+|is\s+to\s+|now\s+)?)\s*(?:(?:become|becomes|became|operate|operates|"
       rf"operated|continue|continues|continued|run|runs|remain|remains|be\s+run|be\s+kept|sit|sits)\s+(?:on\s+)?(?:as\s+)?"
       rf"(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{UNIT_N}|(?:keep|keeps|kept|retain|retains|retained)\s+its\s+(?:own\s+)?"
       rf"(?:name|brand|identity)(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?\w+)?)\s+(?:within|inside|under|as\s+part\s+of)\s+(?:the\s+)?(?P<o>{E})",
       {"s": "subject", "o": "object"}),
    # "Republic Records, a UMG label"; "Interscope Records, the UMG imprint"
    _p("a-Y-label", "subsidiaryOf",
       # round 27b. "Liberation Music, another Mushroom label": "another" names a unit too
       rf"(?P<s>{E}),\s+(?:a|an|the|its|another)\s+(?:[\w-]+\s+){{0,2}}?(?P<o>{E})(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?{UNIT_N}\b",
       {"s": "subject", "o": "object"}),
    # "Warner Records, the flagship US label of Warner Music Group"
    _p("unit-of", "subsidiaryOf",
       # round 27b. "X, the film, TV and video arm of the magazine publisher Y": listed modifiers, and up to two
       # lower-case words describing the parent
       rf"(?P<s>{E}),\s+(?:a|an|the|its)\s+(?:[\w-]+\s+|[\w-]+,\s+){{0,5}}?(?:{UNIT_N}|part|member)\s+(?:of|at|within|under|owned\s+by|"
       rf"from|belonging\s+to)\s+(?:the\s+)?(?:(?!(?:and|or|but|which|who|that|with|its|their|his|her)\b)[a-z][\w-]*\s+){{0,2}}?(?P<o>{E})(?!'s)",
       {"s": "subject", "o": "object"}),
    # "TuneCore, the distributor used by ..., which is a wholly owned subsidiary of Believe": the parent comes late
    _p("appos-which-is-unit-of", "subsidiaryOf",
       rf"(?P<s>{E}),\s+(?:{E}(?!'s)\s+)?{GAP}{{0,100}}?,\s+which\s+is\s+(?:now\s+|still\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?"
       rf"(?:subsidiary|unit|division|arm|imprint|label)\s+of\s+(?:the\s+)?(?P<o>{E})(?!'s)",
       {"s": "subject", "o": "object"}),
    # "the group's publishing arm, UMPG"; "UMG's Republic Records"
    _p("poss-unit", "subsidiaryOf",
       rf"(?P<o>{E})'s\s+(?:[\w-]+\s+){{0,2}}?{UNIT_N}\s*,?\s+(?P<s>{E})", {"s": "subject", "o": "object"}),
    # "will become part of Y's Nordic division, Z": the direct parent is Z
    _p("part-of-poss-unit", "subsidiaryOf",
       rf"(?P<s>{E}){AUX}\s*,?\s+(?:[\w,]+\s+){{0,4}}?(?:part|a\s+unit|a\s+division|an\s+imprint|a\s+subsidiary)\s+of\s+"
       rf"(?:the\s+)?@\d+@'s\s+(?:[\w-]+\s+){{0,2}}?{UNIT_N}\s*,\s+(?P<o>{E})",
       {"s": "subject", "o": "object"}),
    # "UMPG, UMG's publishing division"
    _p("appos-poss-unit", "subsidiaryOf",
       rf"(?P<s>{E}),\s+(?P<o>{E})'s\s+(?:[\w-]+\s+){{0,2}}?{UNIT_N}\b", {"s": "subject", "o": "object"}),
    # "NME is part of NME Networks"; "X, part of Y"
    # "The imprints A and B will become part of Y": a list needs the verb
    _p("list-part-of", "subsidiaryOf",
       rf"(?P<s>{LIST}){AUX}\s+(?:are|were|became|become|remain|sit|now\s+form|form)\s+(?:now\s+)?(?:part|subsidiaries|divisions|units|"
       rf"members|labels|imprints)\s+of\s+(?:the\s+)?(?P<o>{E})(?!'s)",
       {"s": "subject", "o": "object"}),
    _p("part-of", "subsidiaryOf",
       rf"(?P<s>{E}){AUX}\s*,?\s+(?:is|was|are|became|becomes|become|has\s+become|remains|remain|operate\s+as|operates\s+as|"
       rf"continue\s+as|continues\s+as|run\s+as|runs\s+as|sit|sits|sat)?\s*(?:now\s+)?(?:a\s+|an\s+|the\s+|within\s+|inside\s+|under\s+)?"
       rf"(?:[\w-]+\s+){{0,2}}?(?:part|subsidiary|division|unit|member|label|imprint|arm|affiliate|umbrella)\s+of\s+(?:the\s+)?"
       rf"(?:(?!(?:and|or|but|which|who|that|with)\b)[\w-]+\s+){{0,3}}?(?P<o>{E})(?!'s\s+(?:[\w-]+\s+){{0,2}}?{UNIT_N}\s*,)",
       {"s": "subject", "o": "object"}),
    # "X has been folded into Y", "X will be merged into Y"
    _p("folded-into", "subsidiaryOf",
       rf"(?P<s>{LIST}){AUX}\s+(?:is|was|are|were|will\s+be|has\s+been|have\s+been|had\s+been|be|been|being)?\s*(?:\w+\s+)?"
       rf"(?:folded|merged|absorbed|moved|integrated|placed|brought|consolidated)\s+(?:in)?to\s+(?:the\s+)?(?P<o>{E})"
       rf"(?!'s)",
       {"s": "subject", "o": "object"}),
    # "X, whose Nashville imprint Y is home to ..."; "X, the company whose label Y ..."
    _p("whose-unit", "subsidiaryOf",
       rf"(?P<o>{E}),?\s+(?:the\s+(?:[\w-]+\s+)?(?:company|group|firm|conglomerate|parent)\s*,?\s+)?whose\s+(?:[\w-]+\s+){{0,2}}?"
       rf"{UNIT_N}s?\s*,?\s+(?P<s>{LIST})", {"s": "subject", "o": "object"}),
    # "Hybe, the company whose label Big Hit Music ...": the unit word (and the description) may be inside the
    # mention of the unit, so facts.py checks the unmasked text
    _p("whose-named-unit", "subsidiaryOf",
       rf"(?P<o>{E}),?\s+(?:(?:the\s+(?:[\w-]+\s+)?(?:company|group|firm|conglomerate|parent)\s*,?\s+)?whose\s+)?(?P<s>{E})",
       {"s": "subject", "o": "object"}),
    # "Y owns a 60% stake in X", "Y holds a majority stake in X"
    _p("majority-stake", "subsidiaryOf",
       rf"(?P<o>{E}){AUX}\s+(?:owns|owned|holds|held|has|had|controls|took|takes|acquired|bought)\s+(?:a|an|the)\s+"
       rf"(?:majority|controlling|(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?%|(?:5[1-9]|[6-9]\d)\s+per\s*cent)\s+(?:[\w-]+\s+)?stake\s+in\s+"
       rf"(?:the\s+)?(?P<s>{E})",
       {"s": "subject", "o": "object"}),
    # "Y became the majority owner of X" (a controlling stake: a parent, not an acquisition)
    _p("majority-owner", "subsidiaryOf",
       rf"(?P<o>{E}){AUX}\s+(?:became|becomes|become|is|was|has\s+become|had\s+become|will\s+become|remains)\s+(?:now\s+)?"
       rf"(?:the|a)\s+(?:majority|controlling|sole|principal)\s+(?:owner|shareholder|stakeholder)\s+(?:of|in)\s+(?:the\s+)?(?P<s>{E})",
       {"s": "subject", "o": "object"}),
    # "the Vantor group's Bellhop Records": a group's named unit
    _p("group-poss-unit", "subsidiaryOf",
       rf"\bthe\s+(?P<o>{E})\s+(?:group|conglomerate|company)'s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<s>{E})",
       {"s": "subject", "o": "object"}),
    # "Y's X unit": the unit word after the name
    _p("poss-X-unit", "subsidiaryOf",
       rf"(?P<o>{E})'s\s+(?P<s>{E})\s+(?:label|imprint|subsidiary|division|unit|arm|business|publishing\s+arm)\b",
       {"s": "subject", "o": "object"}),
    # "UMG label Republic Records", "Sony imprint Columbia"
    _p("Y-label-X", "subsidiaryOf",
       rf"(?P<o>{E})(?:'s)?\s+(?:label|imprint|subsidiary|sub-label|division|publishing\s+arm)s?\s+(?P<s>{LIST})",
       {"s": "subject", "o": "object"}),
    # "Concord owns labels including Concord Records and Fantasy Records"
    _p("owns-units-including", "subsidiaryOf",
       rf"(?P<o>{E})(?:,\s+(?:led|run|headed|chaired|founded)\s+by\s+[^@,;]{{0,40}}?{E}\s*,)?{AUX}\s+(?:owns|owned|operates|operated|controls|runs|has)\s+(?:[\w-]+\s+){{0,2}}?(?:labels|imprints|subsidiaries|"
       rf"businesses|divisions|companies|units)\s*,?\s+(?:including|such\s+as|among\s+them)\s+(?P<s>{LIST})",
       {"s": "subject", "o": "object"}),
    # round 27b. "Y, a division of Z, is home to labels including A and B"; "Y's roster of labels includes A": the
    # units a company holds (labels, not acts: "home to artists including" is a roster)
    _p("home-to-units-including", "subsidiaryOf",
       rf"(?P<o>{E})(?:'s\s+(?:roster|stable|family|portfolio)\s+of\s+(?:labels|imprints)\s+(?:includes|included|comprises|"
       rf"spans)|(?:,\s+(?:a|an|the)\s+[^@,;.]{{0,40}}?(?:{E}(?!'s))?\s*,)?{AUX}\s+(?:is|was|remains)\s+(?:also\s+|now\s+)?"
       rf"home\s+to\s+(?:[\w-]+\s+){{0,2}}?(?:labels|imprints)\s*,?\s+(?:including|such\s+as|among\s+them))\s+(?P<s>{LIST})",
       {"s": "subject", "o": "object"}),
    # "Y's remaining businesses, among them the distributor A and the publisher B": each is a unit of Y
    _p("poss-units-including", "subsidiaryOf",
       rf"(?P<o>{E})'s\s+(?:[\w-]+\s+){{0,2}}?(?:businesses|subsidiaries|units|divisions|companies|labels|imprints|brands)\s*,?\s+"
       rf"(?:among\s+them|including|such\s+as)\s+(?P<s>{LIST})",
       {"s": "subject", "o": "object"}),
    # "Y, which acquired X in 2017, remains its owner" ("its owner" may be masked as a reference: checked in facts.py)
    _p("acquired-remains-owner", "subsidiaryOf",
       rf"(?P<o>{E}),\s+which\s+(?:acquired|bought|purchased)\s+(?P<s>{E}){GAP}{{0,30}},\s+(?:remains|is\s+still|is)\s+"
       rf"(?:(?:its|the\s+company's)\s+(?:owner|parent|majority\s+owner)\b|(?P<r>{E}))",
       {"s": "subject", "o": "object"}),
    # round 16b. "Y, the UMG division that houses A and several other labels"; "Y, a unit of Z that brings together A,
    # the recorded-music company, and B": the units Y holds now (present tense only: "that owned" is history)
    _p("unit-that-houses", "subsidiaryOf",
       rf"(?P<o>{E}),\s+(?:a|an|the)\s+(?:[^@.;,]|@\d+@(?!'s\s)){{0,60}}?\b(?:{UNIT_N}|company|group|firm|conglomerate|"
       rf"parent|holding\s+company|business)(?:\s+of\s+(?:the\s+)?{E}(?!'s))?\s+(?:that|which)\s+(?:now\s+|also\s+|still\s+)?"
       rf"(?:houses|brings\s+together|owns|includes|comprises|is\s+home\s+to|runs|operates)\s+(?:the\s+)?(?:labels?\s+|"
       rf"imprints?\s+)?(?P<s>{E}(?:,\s+(?:the|a|an)\s+[^@,;.]{{1,40}},(?=\s+and\s))?(?:{_ALT_COMMA}|{_ALT_AND})*)",
       {"s": "subject", "o": "object"}),
    # round 28b. membership in a parent's list of units: "X is one of the frontline labels of Y", "X, one of Y's
    # best-known labels" (not "one of Y's former labels", nor "one of the labels suing Y")
    _p("one-of-units-of-Y", "subsidiaryOf",
       rf"(?P<s>{E})(?:{AUX}\s+(?:is|was|remains|are)\s+(?:now\s+|still\s+)?|\s*,\s+)one\s+of\s+the\s+"
       rf"(?:(?!(?:former|ex|previous|old|rival|competing|other)\b)[\w-]+\s+){{0,3}}?{UNITS_N}\s+(?:of|at|within|inside|owned\s+by)\s+"
       rf"(?:the\s+)?(?P<o>{E})(?!'s)",
       {"s": "subject", "o": "object"}),
    # round 28b. "sued Y and its subsidiary X", "Y and its ticketing arm X": the possessive names Y's unit
    _p("and-its-unit", "subsidiaryOf",
       rf"(?P<o>{E})\s+and\s+its\s+(?:(?!(?:former|ex|rival|competing|sister|parent|owner)\b)[\w-]+\s+){{0,2}}?"
       rf"(?:subsidiary|unit|division|label|arm|imprint|affiliate)\s*,?\s+(?P<s>{E})(?!'s)",
       {"s": "subject", "o": "object"}),
    _p("one-of-Y-poss-units", "subsidiaryOf",
       rf"(?P<s>{E})(?:{AUX}\s+(?:is|was|remains|are)\s+(?:now\s+|still\s+)?|\s*,\s+)one\s+of\s+(?P<o>{E})'s\s+"
       rf"(?:(?!(?:former|ex|previous|old|rival|competing|other)\b)[\w-]+\s+){{0,3}}?{UNITS_N}\b",
       {"s": "subject", "o": "object"}),
    # round 34b. "Y, whose labels include A and B"; "Y remains a division of Z and houses A"; "Y houses the labels A and
    # B": the units a company holds now (present tense; facts.py keeps organisations only; "whose artists include" and
    # "houses A's archive" give nothing)
    _p("whose-units-include", "subsidiaryOf",
       rf"(?P<o>{E}),?\s+whose\s+(?:(?!(?:former|ex|previous|old|rival|competing|past)\b)[\w-]+\s+){{0,2}}?"
       rf"(?:labels|imprints|subsidiaries|divisions|units|brands)\s+(?:now\s+|also\s+)?(?:include|includes|are|comprise|span)\s+"
       rf"(?P<s>{LIST})",
       {"s": "subject", "o": "object"}),
    _p("Y-houses-units", "subsidiaryOf",
       rf"(?P<o>{E}){AUX}\s+(?:(?:is|remains)\s+(?:a|an|the)\s+[^@;.]{{0,40}}?\s+(?:of|within|inside)\s+(?:the\s+)?{E}(?!'s)\s*,?\s+"
       rf"and\s+)?(?:now\s+|also\s+|still\s+)?houses\s+(?:the\s+)?(?:(?:labels?|imprints?)\s+)?"
       rf"(?P<s>{E}(?!'s)(?:\s*,\s*{E}(?!'s))*(?:,?\s+and\s+{E}(?!'s))?)",
       {"s": "subject", "o": "object"}),
    _p("poss-name", "possessive", rf"(?P<o>{E})'s\s+(?:own\s+)?(?P<s>{E})(?!')", {"s": "subject", "o": "object"}),
)

WORK_N_ = r"(?:album|single|track|song|ep|lp|mixtape|record|debut)s?"

# round 38b. "signed to A in the United States and B in Britain", "records for A and B": a second label after "and",
# each optionally limited to a market (not one with its own verb: "signed to A and B signed C"; not after a comma:
# "records for A, and both labels are owned by Z" starts a new clause)
_MARKET = (r"(?:\s+(?:in|for|across|outside)\s+(?:the\s+)?(?:US|U\.S\.|UK|U\.K\.|United\s+States|United\s+Kingdom|Britain|"
           r"America|North\s+America|Latin\s+America|Europe|Asia|Japan|Korea|Germany|France|Canada|Australia|Africa|"
           r"rest\s+of\s+the\s+world|world|home\s+market)\b)?")
_AND_LABEL = rf"(?:{_MARKET}\s+and\s+(?:to\s+|with\s+|through\s+|for\s+)?{E}(?!'s){_OWN_VERB}{_MARKET})?"
SIGNED_PATTERNS: tuple[Pattern, ...] = (
    _p("releases-through", "signedTo",
       rf"(?P<a>{E}),?\s+(?:who|which)\s+(?:\w+\s+){{0,2}}?(?:releases|released|records|recorded|is\s+signed|signed|"
       rf"was\s+signed|has\s+signed|re-signed|puts\s+out|issues|issued|has\s+released|has\s+been\s+signed)\s+"
       rf"(?:[\w-]+\s+){{0,3}}?(?:through|to|with|on|via|for)\s+(?:{E}'s\s+)?(?P<l>{E}{_AND_LABEL})",
       {"a": "subject", "l": "object"}),
    _p("albums-released-through", "signedTo",
       rf"(?P<a>{E})'s\s+(?:[\w-]+\s+){{0,3}}?(?:albums|records|music|songs|releases|album|singles?|catalogue|catalog|"
       rf"recordings|records|work)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:released|issued|put\s+out|"
       rf"distributed)\s+(?:through|by|on|via)\s+(?:{E}'s\s+)?(?P<l>{E})",
       {"a": "subject", "l": "object"}),
    _p("signs-to", "signedTo",
       rf"(?P<a>{LIST}){AUX}\s+(?:signed|signs|re-signed|re-signs|inked|inks|joined|joins|moved\s+to|moves\s+to|"
       rf"switched\s+to|switches\s+to|is\s+signed|was\s+signed|has\s+signed|returned\s+to|returns\s+to)\s+"
       rf"(?:(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:deal|contract|agreement|record\s+deal)\s+)?(?:to|with)?\s*(?P<l>{E}{_AND_LABEL})",
       {"a": "subject", "l": "object"}),
    _p("roster", "roster",
       rf"(?P<l>{E})(?:'s)?\s+(?:(?:is|was)\s+home\s+to\s+(?:a|an)\s+|(?:has|had)\s+(?:a|an)\s+)?(?:[\w-]+\s+)?"
       # round 23b. "Y's roster, which includes A and B"; "Its roster still includes A"
       rf"(?:roster|artists|acts|signings|stable)(?:\s*,\s*(?:that|which)\s+|\s+(?:(?:that|which)\s+)?)(?:also\s+|still\s+)?"
       rf"(?:includes?|including|features?|boasts|has\s+included|spans|such\s+as|like)\s+(?P<a>.*)$",
       {"a": "subject", "l": "object"}),
    # round 27b. "At Y he helped build a roster that included A and B" (built at the label: its roster)
    _p("at-Y-roster", "roster",
       rf"\bat\s+(?P<l>{E}),?\s+(?:[^@.;,]{{0,50}}?\b(?:built|build|building|assembled|assemble|grew|grow|oversaw|oversee|"
       rf"oversees|led|leads|runs|ran|developed|develop)\s+)(?:a|the|its|their)\s+(?:[\w-]+\s+)?roster\s+"
       rf"(?:that|which)\s+(?:now\s+|also\s+)?(?:included|includes|has\s+included|featured|features)\s+(?P<a>.*)$",
       {"a": "subject", "l": "object"}),
    _p("known-for", "roster",
       rf"(?P<l>{E}){AUX}\s+(?:is|was|are)\s+(?:perhaps\s+|probably\s+)?(?:best\s+)?known\s+for\s+(?:its\s+artists?\s+|acts\s+)?(?P<a>.*)$",
       {"a": "subject", "l": "object"}),
    _p("roster-of", "roster",
       rf"(?:roster|artists|acts|signings)\s+(?:at|of|on)\s+(?P<l>{E})\s+(?:includes?|including|features?|boasts|such\s+as)\s+"
       rf"(?P<a>.*)$",
       {"a": "subject", "l": "object"}),
    _p("under-contract", "signedTo",
       rf"(?P<a>{LIST}){AUX}\s+(?:is|are|was|were|remain|remains|still)?\s*(?:still\s+)?under\s+contract\s+(?:to|with)\s+"
       rf"(?P<l>{E})",
       {"a": "subject", "l": "object"}),
    _p("record-for", "signedTo",
       rf"(?P<a>{LIST}){AUX}\s+(?:record|records|recorded|recording|release|releases|released|releasing|put\s+out|puts\s+out)\s+"
       rf"(?:[\w-]+\s+){{0,3}}?(?:for|through|on|via|with)\s+(?:{E}'s\s+(?:[\w-]+\s+)?(?:imprint|label)\s+)?(?P<l>{E}{_AND_LABEL})",
       {"a": "subject", "l": "object"}),
    _p("home-to", "signedTo",
       rf"(?P<l>{E}),\s+(?:the|a|an)\s+(?:[\w-]+\s+|{E}(?:'s)?\s+){{0,4}}?(?:that|which)\s+is\s+(?:also\s+)?home\s+to\s+"
       rf"(?P<a>{LIST})", {"a": "subject", "l": "object"}),
    _p("is-home-to", "signedTo",
       rf"(?P<l>{E}){AUX}\s+(?:is|was|has\s+been|remains)\s+(?:also\s+|now\s+)?(?:the\s+)?home\s+to\s+{_ITEM_DESC}(?P<a>{LIST})",
       {"a": "subject", "l": "object"}),
    _p("label-signs", "signedTo",
       rf"(?P<l>{E}){AUX}\s+(?:signed|signs|inked|welcomed|added|landed|nabbed|poached)\s+(?:[\w-]+\s+){{0,2}}?(?P<a>{LIST})",
       {"a": "subject", "l": "object"}),
    _p("label-artist", "signedTo",
       rf"(?P<l>{E})(?:'s)?\s+(?:(?:biggest|best-known|best\s+known|top|new|latest|newest|star|flagship|leading|"
       rf"breakout|most\s+successful|highest-profile|fellow)\s+)?(?:artists?|acts?|stars?|signees?|signings?|roster\s+artists?)\s*,?\s+(?P<a>{LIST})",
       {"a": "subject", "l": "object"}),
    _p("a-label-artist", "signedTo",
       rf"(?P<a>{E}),\s+(?:a|an|the)\s+(?P<l>{E})(?:'s)?\s+(?:[\w-]+\s+)?(?:artist|act|signee|star)\b",
       {"a": "subject", "l": "object"}),
    _p("appos-on-label", "signedTo",
       rf"(?P<a>{E}),\s+(?:who\s+is\s+)?(?:also\s+|now\s+|still\s+)?(?:signed\s+to|on)\s+(?P<l>{E})\s*(?:,|$|\.)",
       {"a": "subject", "l": "object"}),
    # round 33b. "A remains signed to Y", "A is signed to Y and Z": every label of a coordinated list, stopping before a
    # name that opens its own clause ("signed to Y, and Z signed B") or owns the next noun ("Y and Z's label")
    _p("signed-to", "signedTo",
       rf"(?P<a>{LIST}){AUX}\s+(?:is\s+|was\s+|are\s+|remains\s+|remain\s+|stays\s+|stay\s+)?(?:now\s+|also\s+|still\s+)?"
       rf"(?:signed|contracted)\s+(?:to|with)\s+(?P<l>{E}(?:(?:\s*,\s*|\s*,?\s+(?:and|&)\s+){E}(?!'s){_OWN_VERB})*)",
       {"a": "subject", "l": "object"}),
    # "X, whose album W was released on Y"
    _p("whose-work-released-on", "signedTo",
       rf"(?P<a>{E}),?\s+whose\s+(?:[\w-]+\s+){{0,3}}?{WORK_N_}\s*,?\s*[\"']?(?:{E})?[\"']?,?\s+(?:was|were|is|has\s+been)\s+"
       rf"(?:\w+\s+)?(?:released|issued|put\s+out)\s+(?:on|through|via|by)\s+(?P<l>{E})",
       {"a": "subject", "l": "object"}),
    _p("whose-label", "signedTo",
       rf"(?P<a>{E}),?\s+whose\s+(?:[\w-]+\s+)?(?:label|record\s+label|record\s+company)\s*,?\s+(?P<l>{E})",
       {"a": "subject", "l": "object"}),
    # "X, the Seoul entertainment agency behind girl group A and boy band B"
    _p("agency-behind", "signedTo",
       rf"(?P<l>{E}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:agency|label|company|management\s+company|imprint)\s+behind\s+"
       rf"{_ITEM_DESC}(?P<a>{LIST})",
       {"a": "subject", "l": "object"}),
    # round 26b. "Y, the label that manages and records A", "Y, the company that manages A", "Y, the San Juan company
    # that releases A's records": the roster verb in the apposition (not "that signed A", often a past label)
    _p("agency-that-manages", "signedTo",
       rf"(?P<l>{E}),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:agency|label|record\s+label|record\s+company|company|imprint)|"
       rf"(?P<l2>{E}))\s+that\s+(?:(?:manages|records)(?:\s+and\s+(?:manages|records))?\s+{_ITEM_DESC}(?P<a>{LIST})(?!'s)|"
       rf"(?:releases|puts\s+out|issues)\s+(?P<a2>{E})'s\s+(?:records|albums|music|recordings|releases))",
       {"a": "subject", "a2": "subject", "l": "object"}),
    # round 27b. "Y, the Johannesburg independent label to which A is signed"
    _p("label-to-which-signed", "signedTo",
       rf"(?P<l>{E}),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:label|record\s+label|record\s+company|imprint|agency|"
       rf"company)|(?P<l2>{E}))\s*,?\s+(?:to|with)\s+which\s+(?P<a>{LIST}){AUX}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|still\s+)?"
       rf"signed\b",
       {"a": "subject", "l": "object"}),
    # round 28b. the object-gap form: "Y, the label A signed with in 2016", "Y, the imprint that A signed to" (the verb
    # has no object of its own; "the label A once signed with" is a former tie). The description is often masked as Y
    # itself or into A's name ("the label A"): facts.py then reads it from the masked spans
    _p("label-A-signed-with", "signedTo",
       rf"(?P<l>{E}),\s+(?:(?P<d>(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:label|record\s+label|record\s+company|imprint))\s+|"
       rf"(?P<l2>{E})\s+)?(?:that\s+)?(?P<a>{E})(?:\s+(?:has|have|had|also|just|recently|officially|now|still|been|is|are))*\s+"
       # round 36b. "Y, the label A has been signed to since 2015", "Y, the label A records for": the same object gap
       # after "is/has been signed to" and "records for" / "releases (music) through" (not "had been", a former label)
       rf"(?<!had\sbeen\s)(?:signed|signs|records|record|releases\s+(?:(?:her|his|their|its)\s+)?(?:music|records|albums)|"
       rf"releases)\s+(?:with|to|for|through|on|via)\b"
       rf"(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?@)",
       {"a": "subject", "l": "object"}),
    # "A is signed to Y, as are B and C"; "A records for Y, as does B": the ellipsis repeats the roster verb
    _p("as-are", "signedTo",
       rf"\b(?:signed\s+(?:to|with)|records?\s+for|releases?\s+(?:[\w-]+\s+){{0,2}}?(?:through|on|via)|(?:is|are)\s+on)\s+"
       rf"(?P<l>{E})\s*,?\s+as\s+(?:are|is|do|does|did|were|was)\s+(?P<a>{LIST})",
       {"a": "subject", "l": "object"}),
    # "A and B, both of whom also release music through C's imprint Y"
    _p("of-whom-release", "signedTo",
       rf"(?P<a>{LIST}),\s+(?:both|all|each|two|three)\s+of\s+whom\s+(?:also\s+|now\s+|still\s+)?(?:release|releases|record|"
       rf"records|put\s+out|are\s+signed|were\s+signed)\s+(?:[\w-]+\s+){{0,2}}?(?:through|to|with|on|via|for)\s+"
       rf"(?:{E}'s\s+(?:own\s+)?(?:[\w-]+\s+)?(?:imprint|label)\s+)?(?P<l>{E})",
       {"a": "subject", "l": "object"}),
    # "who records for Interscope through his own imprint Y": the imprint is the artist's label too
    _p("through-own-imprint", "signedTo",
       rf"(?P<a>{E}),?\s+who\s+(?:also\s+)?(?:releases|records|puts\s+out|issues)\s+[^@.;]{{0,20}}?(?:{E}\s+)?through\s+"
       rf"(?:his|her|their)\s+(?:own\s+)?(?:(?:imprint|label|record\s+label)\s*,?\s+)?(?P<l>{E})",
       {"a": "subject", "l": "object"}),
    # headlines and appositions: "Y, home of A and B"; "Y, the label behind A" (the description masked as Y)
    _p("appos-home-of", "signedTo",
       rf"(?P<l>{E}),\s+(?:(?:the\s+|a\s+)?(?:new\s+|longtime\s+|label\s+)?home\s+(?:of|to)|(?P<l2>{E})\s+behind)\s+{_ITEM_DESC}(?P<a>{LIST})",
       {"a": "subject", "l": "object"}),
    _p("label-home", "signedTo",
       rf"(?P<a>{E})'s\s+(?:[\w-]+\s+)?(?:label|record\s+label|record\s+company)\s*,?\s+(?P<l>{E})",
       {"a": "subject", "l": "object"}),
)

# round 17b. guests: "featuring A, B and C"; a comma item must end in "and C" and none is a possessive ("featured A, B's
# "W2" and ...": B owns the next work)
_FEAT_LIST = rf"{E}(?!'s)(?:(?:\s*,\s*{E}(?!'s))*,?\s+(?:and|&)\s+{E}(?!'s))?"
WORK_N = r"(?:album|single|track|song|ep|lp|mixtape|record|hit|debut|anthem|ballad|tune|collaboration|duet|remix)s?"

PERFORMED_PATTERNS: tuple[Pattern, ...] = (
    # "June Carrow, whose album "Dust on the Dial" was nominated", "the band X, whose 2023 single 'Y'"
    _p("whose-work", "performedBy",
       rf"(?P<a>{E}),?\s+whose\s+(?:[\w-]+\s+){{0,3}}?{WORK_N}\s*,?\s*[\"']?(?P<w>{E})", {"w": "subject", "a": "object"}),
    _p("poss-work", "performedBy", rf"(?P<a>{E})'s\s+(?:[\w-]+(?:\s+|,\s*(?=[\"'@]))){{0,3}}?[\"']?(?P<w>{E})",
       {"w": "subject", "a": "object"}),
    _p("work-by", "performedBy",
       rf"(?P<w>{E})[\"']?,?[\"']?\s+(?:(?:the|a|an|her|his|their)\s+)?(?:[\w-]+\s+){{0,4}}?by\s+(?:the\s+)?"
       rf"(?:(?!(?:and|or|but|which|who|that)\b)[a-z][\w-]*\s+){{0,3}}?(?P<a>{E})",
       {"w": "subject", "a": "object"}),
    # "A, whose hit 'W' topped the charts in a remix with B": B performs on W too (a featured artist counts)
    _p("whose-work-with", "performedBy",
       rf"\bwhose\s+(?:[\w-]+\s+){{0,3}}?{WORK_N}\s*,?\s*[\"']?(?P<w>{E})[\"']?[^@.;]{{0,60}}?\b(?:in\s+)?(?:a|an|the|its)\s+"
       rf"(?:[\w-]+\s+)?(?:remix|duet|collaboration|version|re-recording)\s+with\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<a>{E})",
       {"w": "subject", "a": "object"}),
    # "A, the Florida singer and rapper whose 2021 album 'W'": the description is masked as A itself
    _p("appos-whose-work", "performedBy",
       rf"(?P<a>{E}),\s+(?P<a2>{E})(?:\s+and\s+[a-z][\w-]*)?,?\s+whose\s+(?:[\w-]+\s+){{0,3}}?{WORK_N}\s*,?\s*[\"']?(?P<w>{E})",
       {"w": "subject", "a": "object"}),
    # "'Low Tide', a duet with rapper X"
    _p("duet-with", "performedBy",
       rf"(?P<w>{E})[\"']?,?[\"']?\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){{0,2}}?(?:duet|collaboration|collab)\s+with\s+"
       rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<a>{E})",
       {"w": "subject", "a": "object"}),
    # round 17b. "'W', a 2017 single featuring B"; "'W', features B on vocals"; "'W', the 2006 hit recorded with B": a
    # featured artist performs on W (the work must be typed Work; a playlist or a label that "features" B gives nothing)
    _p("work-featuring", "performedBy",
       rf"(?P<w>{E})[\"']?,?[\"']?\s+(?:(?:(?:a|an|the|her|his|their|its)\s+)?(?:[\w-]+\s+){{0,3}}?{WORK_N}\s+"
       rf"(?:(?:recorded|made|released|cut)\s+)?(?:featuring|feat\.|with)|(?:which\s+|that\s+)?(?:features|featured|featuring|feat\.))"
       rf"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<a>{_FEAT_LIST})",
       {"w": "subject", "a": "object"}),
    # round 17b. "A teamed up with B on 'W'": both perform on W
    _p("teamed-up-on", "performedBy",
       rf"(?:(?P<a0>{E}){AUX}\s+)?(?:teamed|teams|teaming)\s+up\s+with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?P<a>{E})\s+"
       rf"(?:on|for)\s+(?:(?:the|a|an|her|his|their)\s+)?(?:[\w-]+\s+){{0,2}}?[\"']?(?P<w>{E})",
       {"w": "subject", "a": "object"}),
    _p("released-work", "performedBy",
       rf"(?P<a>{E}){AUX}\s+(?:released|releases|dropped|drops|recorded|records|performed|performs|put\s+out|unveiled|"
       rf"shared|debuted|wrote|sang|sings)\s+(?:[\w-]+\s+){{0,4}}?[\"']?(?P<w>{E})",
       {"w": "subject", "a": "object"}),
)

# round 23b. "..., where X is (the) TITLE": present tense only ("where X was president" is a former job)
WHERE_IS = (r"\s+(?:is|serves\s+as|remains|is\s+now|now\s+serves\s+as)\s+(?:the\s+|its\s+)?"
            r"(?P<t>[^@;()\"]{1,60}?)(?=\s*(?:[,.;)]|$)|\s+and\s+@\d+@|\s+(?:since|until|overseeing)\b)")
# Job titles: "X, chairman and CEO of Y", "Y's chief executive, X", "X, Y's CEO", "Y chairman X".
TITLE_TEXT = r"(?P<t>[^@;()\"]{1,60}?(?:@\d+@[^@;()\"]{0,30}?){0,3})"
# round 36b. the head noun of a company description ("the Warner-owned label", "the major's business")
_FIRM_N = (r"(?:label|labels|company|business|group|imprint|division|arm|unit|firm|major|publisher|agency|venture|"
           r"service|platform|streamer|society|operation|subsidiary|distributor)")
# round 38b. the head nouns of a company description before "whose <title>": _FIRM_N and the start-up/investor kinds
_WHOSE_DESC_N = rf"(?:{_FIRM_N}|start-?ups?|investors?|studios?|network|conglomerate|outfit|house)"
WORKS_PATTERNS: tuple[Pattern, ...] = (
    _p("X-title-of-Y", "worksFor",
       rf"(?P<p>{E}),\s+{TITLE_TEXT}\s+(?:of|at|for|with|from)\s+(?:the\s+)?(?P<o>{E})(?!'s)",
       {"p": "subject", "o": "object"}),
    _p("Y-poss-title-X", "worksFor",
       rf"(?P<o>{E})'s\s+(?P<t>[\w&,' -]{{2,60}}?)\s*,?\s+(?P<p>{E})", {"p": "subject", "o": "object"}),
    _p("X-Y-poss-title", "worksFor",
       rf"(?P<p>{E}),\s+(?:the\s+)?(?P<o>{E})'s\s+(?P<t>[\w&' -]{{2,60}}?)(?=\s*(?:[,.;)]|$)|\s+(?:said|says|told|added|who|"
       rf"has|had|is|was|wrote|argued|explained|noted)\b)",
       {"p": "subject", "o": "object"}),
    _p("Y-title-X", "worksFor", rf"(?P<o>{E})\s+(?P<t>[\w&' -]{{2,50}}?)\s+(?P<p>{E})", {"p": "subject", "o": "object"}),
    _p("X-is-title-of-Y", "worksFor",
       rf"(?P<p>{E}){AUX}\s+(?:is|was|serves\s+as|served\s+as|became|becomes|has\s+been|was\s+named|was\s+appointed|"
       rf"has\s+been\s+named|has\s+been\s+appointed|joined\s+as|joins\s+as|named|appointed|takes\s+over\s+as|took\s+over\s+as|"
       # round 16b. "X has taken over as chief executive of Y", "X, ..., who was promoted to president of Y"
       rf"taken\s+over\s+as|taking\s+over\s+as|(?:was\s+|been\s+|is\s+)?(?:promoted|elevated)\s+to|"
       rf"steps\s+up\s+as|as)\s+(?:the\s+|a\s+|an\s+)?{TITLE_TEXT}\s+(?:of|at|for)\s+(?:the\s+)?(?P<o>{E})",
       {"p": "subject", "o": "object"}),
    _p("X-joined-Y-as", "worksFor",
       rf"(?P<p>{E}){AUX}\s+(?:joined|joins|rejoined|rejoins|runs|ran|leads|heads|serves|returned\s+to|returns\s+to)\s+"
       rf"(?P<o>{E})\s+as\s+(?:its\s+|their\s+|the\s+)?{TITLE_TEXT}(?=\s*(?:[,.;]|$|\s+(?:in|on|from|last|this|and|after|"
       rf"earlier|at)\b))",
       {"p": "subject", "o": "object"}),
    _p("X-of-Y", "worksFor", rf"(?P<p>{E})\s+of\s+(?:the\s+)?(?P<o>{E})(?!'s)(?=\s*(?:[,.;)]|$|\s+(?:said|says|told|added)\b))",
       {"p": "subject", "o": "object"}),
    # "X founded Brooklyn indie Y in 2011"; "Y was founded in 2009 by A and B"
    # round 21b. "A and B founded Y": each founder (a list of two or three people; facts.py keeps persons only)
    _p("X-founded-Y", "worksFor",
       rf"(?P<p>(?:{E}\s*,\s*){{0,2}}(?:{E}\s*,?\s+and\s+)?{E}){AUX}\s+(?P<t>founded|co-founded|started|set\s+up|launched)\s+(?:[\w-]+\s+){{0,3}}?(?P<o>{E})",
       {"p": "subject", "o": "object"}),
    _p("Y-founded-by-X", "worksFor",
       rf"(?P<o>{E}){AUX}\s+(?:was|were|is|had\s+been)\s+(?P<t>founded|co-founded|started|set\s+up|created|established)\s+"
       # round 16b. "Y was created in 2017 by A together with B": each founder
       rf"(?:[^@,;.]{{0,25}}?\s+)?by\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<p>{LIST}(?:\s+together\s+with\s+{E})?)",
       {"p": "subject", "o": "object"}),
    # "X becomes Y's chief creative officer"; "X, who has been Y's head of US marketing"
    _p("X-is-Y-poss-title", "worksFor",
       rf"(?P<p>{E}),?\s+(?:who\s+)?{AUX}\s*(?:is|was|becomes|became|become|remains|remained|has\s+been|had\s+been|"
       rf"will\s+become|will\s+be|serves\s+as|served\s+as|continues\s+as|joins\s+as|joined\s+as|"
       # round 26b. "X, who is set to take over as Y's chief executive in March": an announced job (not "is expected to")
       rf"(?:is\s+(?:set|due)\s+to\s+|will\s+|is\s+to\s+)?(?:take|takes|took|taking)\s+over\s+as)\s+(?:the\s+)?(?P<o>{E})'s\s+"
       rf"(?P<t>[\w&' -]{{2,60}}?)(?=\s*(?:[,.;)]|$)|\s+(?:since|from|until|and|in|on|for|after|a|an|the)\b)",
       {"p": "subject", "o": "object"}),
    # round 40b. "X succeeds Y, who has run Z since 1990": the present perfect is the job held now ("had run" is a
    # former one and gives nothing)
    _p("X-who-heads-Y", "worksFor",
       rf"(?P<p>{E}),?\s+who\s+(?P<t>heads|leads|runs|founded|co-founded|chairs|oversees|co-founded|"
       rf"has\s+(?:run|led|headed|chaired))\s+(?P<o>{E})",
       {"p": "subject", "o": "object"}),
    # "Judge Marla Quint of the US District Court for ...": a judge works for the court
    _p("judge-of-court", "worksFor",
       rf"\b(?P<t>Judge|Justice|Magistrate(?:\s+Judge)?)\s+(?P<p>{E}),?\s+(?:of|at|on|in)\s+(?:the\s+)?(?P<o>{E})",
       {"p": "subject", "o": "object"}),
    # "The label, whose co-founder and chief executive is Petra Lind"
    _p("whose-title-is", "worksFor",
       rf"(?P<o>{E})(?:\s+(?:board|management|team))?,?\s+whose\s+(?P<t>[\w&' -]{{2,60}}?)\s+(?:is|was|has\s+been|remains)\s+(?:now\s+)?(?P<p>{E})(?!'s)",
       {"p": "subject", "o": "object"}),
    # round 26b. "Y, whose founder and chairman X was among the critics" / "Y, whose chairman, X, recruited him": the
    # title with no verb before the name (the comma form only when the name ends the apposition)
    # round 38b. "Y, the Lagos label whose founder and chief executive, X, ...", "Y, a music-technology start-up whose
    # chief executive, X, ...": a description of Y (ending in a company noun, or masked as a mention of Y itself, which
    # facts.py checks) between the comma and "whose"
    _p("whose-title-X", "worksFor",
       rf"(?P<o>{E}),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+|{E}(?:'s|-owned|-backed)?\s+){{0,4}}?{_WHOSE_DESC_N}\s+|(?P<d>{E})\s+)?whose\s+(?P<t>[\w&' -]{{2,60}}?)(?:\s+|,\s+(?=@\d+@,))(?P<p>{E})(?!'s)(?=\s*,|\s+(?:was|is|has|had|"
       rf"said|says|told|added|argued|led|leads|ran|runs|will|would|recruited|launched|oversees|oversaw)\b)",
       {"p": "subject", "o": "object"}),
    # "Polaris Sound co-CEOs A and B"; "Polaris Sound named co-presidents A and B": each of them
    _p("Y-titles-list", "worksFor",
       rf"(?P<o>{E})(?:'s)?(?:{AUX}\s+(?:named|appointed|promoted|hired|has|had))?\s+(?:its\s+|the\s+|new\s+)?"
       rf"(?P<t>co-[\w-]+(?:\s+[\w-]+)?s|co-founders|founders|co-chairmen)\s*,?\s+(?P<p>{E}(?:\s*,\s*{E})*,?\s+and\s+{E})",
       {"p": "subject", "o": "object"}),
    # "A and B, the co-chief executives of Y": each of them
    _p("list-title-of-Y", "worksFor",
       # round 34b. "A and B have been appointed co-presidents of Y", "A and B are the co-heads of Y": the appointment
       # verb instead of the comma (not "were co-presidents", a former job)
       rf"(?P<p>{E}(?:\s*,\s*{E})*,?\s+and\s+{E})(?:,\s+|(?:\s+(?:have|has|had|will|were|are|both|jointly|now))*\s+"
       rf"(?:been\s+|be\s+)?(?:named|appointed|promoted\s+to|elevated\s+to|are|become|became)\s+(?:as\s+)?)"
       rf"(?:the\s+|its\s+)?(?P<t>(?:co-)?[\w-]+(?:\s+[\w-]+)?s)\s+(?:of|at)\s+"
       rf"(?:the\s+)?(?P<o>{E})(?!'s)",
       {"p": "subject", "o": "object"}),
    # "The company, led by chief executive X": the leader is an employee
    _p("Y-led-by-title-X", "worksFor",
       # round 36b. "Y, the Warner-owned label led by president X", "Y, the major's business in Africa, which is led by
       # chief executive X": a description of Y between them, ending in a company noun (not "was led by", a former head)
       rf"(?P<o>{E}),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+|{E}(?:'s|-owned|-backed)?\s+){{0,4}}?{_FIRM_N}(?:\s+[^@;.,()]{{1,30}}?)?"
       rf"(?:,\s+|\s+(?=(?:which\s+is\s+|that\s+is\s+)?(?:led|run|headed|chaired)\s)))?"
       rf"(?:which\s+is\s+|that\s+is\s+|now\s+)?(?:led|run|headed|chaired)\s+by\s+(?:its\s+|the\s+)?"
       rf"(?P<t>[\w&' -]{{2,40}}?)\s+(?P<p>{E})(?!'s)",
       {"p": "subject", "o": "object"}),
    # round 40b. "Y is led by chief executive X", "Y, the Singapore company behind the app, is run by founder and chief
    # executive X", "Y is led by X, its chief executive": the present tense (not "was led by", a former head); a
    # company that runs Y ("is run by the California start-up Z") has no job title and gives nothing
    _p("Y-is-led-by-title-X", "worksFor",
       rf"(?P<o>{E})(?:,\s+(?:the|a|an)\s+[^@;.,()]{{1,60}}?(?:{E}[^@;.,()]{{0,40}}?)?,|,)?\s+(?:is|are)\s+(?:now\s+|currently\s+)?"
       rf"(?:led|run|headed|chaired)\s+by\s+(?:its\s+|the\s+|@\d+@'s\s+)?(?P<t>[\w&' -]{{2,40}}?)\s+(?P<p>{E})(?!'s)",
       {"p": "subject", "o": "object"}),
    _p("Y-is-led-by-X-its-title", "worksFor",
       rf"(?P<o>{E})(?:,\s+(?:the|a|an)\s+[^@;.,()]{{1,60}}?(?:{E}[^@;.,()]{{0,40}}?)?,|,)?\s+(?:is|are)\s+(?:now\s+|currently\s+)?"
       rf"(?:led|run|headed|chaired)\s+by\s+(?P<p>{E}),\s+(?:its|@\d+@'s)\s+(?P<t>[\w&' -]{{2,40}}?)(?=\s*[,.;)]|$|\s+(?:who|and|since)\b)",
       {"p": "subject", "o": "object"}),
    _p("title-of-Y-X", "worksFor",
       rf"(?:^|[,.;]\s+|\bsaid\s+|\bsays\s+)(?P<t>[\w&' -]{{2,50}}?)\s+of\s+(?P<o>{E}),?\s+(?P<p>{E})",
       {"p": "subject", "o": "object"}),
    # round 23b. appointment news: "Y has named X its chief content officer", "Y named X as chief executive",
    # "Y has ... and named X managing director of Z" (Z, when named, is the employer; Y may then be far away)
    _p("Y-named-X-title", "worksFor",
       rf"(?P<o>)\b(?:named|names|appointed|appoints|hired|hires|tapped|taps|picked|installed|installs|"
       rf"promoted|promotes|elevated|elevates)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<p>{E}),?\s+(?:as|to)?\s*"
       rf"(?:(?P<o3>{E})'s\s+|the\s+|a\s+|an\s+)?{TITLE_TEXT}(?=\s*(?:[,.;)]|$)|\s+(?:in|on|from|after|with|effective|following|"
       rf"last|this|earlier|when|where|as|to)\b)",
       {"p": "subject", "o": "object"}),
    # round 23b. "strong results at Y, where X serves as chairman and CEO and Q is president": each of them
    _p("Y-where-X-is-title", "worksFor",
       rf"(?P<o>{E}),?\s+where\s+(?P<p>{E}){WHERE_IS}", {"p": "subject", "o": "object"}),
    _p("Y-where-X-and-Q-is-title", "worksFor",
       rf"(?P<o>{E}),?\s+where\s+{E}\s+(?:is|serves\s+as|remains)\s+[^@;.]{{1,60}}?\s+and\s+(?P<p>{E}){WHERE_IS}",
       {"p": "subject", "o": "object"}),
)

TITLE_MODIFIERS = frozenset(
    "the a an its new longtime long-time outgoing incoming interim acting global senior executive then current".split()
)
