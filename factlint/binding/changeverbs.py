"""English clauses of a change verb: "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn
(£600m) for the three months to December, from $639m year-earlier", "Net income of Dutch brewer Kraanhof fell
8% to 310m euros", "TimeWarner saw profits slump 27% to $284m".

The clause's subject is what every figure of its verb measures, by structure: the head noun phrase before
"at"/"of"/"for" a name ("profits at … TimeWarner": the name owns them), or the object of "NAME saw" before the
verb ("TimeWarner saw profits slump": the subject of "saw" owns them). The figures of the verb's chain each have
a role: the percentage right after the verb is the change ("profits growth", "net income decline": the level's
attribute with its direction, so a rate of change never meets the level itself), the figure after "to" is the
level (the attribute itself), the figure after "from" is the base: the previous period's value, which is no
claim of the current period, and is left unbound. A clause whose subject is not at its start ("Analysts had
expected profits at X to rise 10%": a forecast of others) or a figure outside the chain ("…, outpacing a 2%
rise in the eurozone") is not read here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import Span
from .structure import NAME_CHECKED, Phrase

# The finite change verbs (past or present) and their bare forms after "saw"/"see"; "was up"/"were down"
_UP = r"rose|rises|jumped|jumps|climbed|climbs|grew|grows|increased|increases|gained|gains|soared|soars|surged|surges|" \
      r"rebounded|advanced|(?:was|were|is|are)\s+up"
_DOWN = r"fell|falls|dropped|drops|declined|declines|decreased|decreases|slumped|slumps|slipped|slips|plunged|plunges|" \
        r"tumbled|tumbles|dipped|dips|sank|slid|(?:was|were|is|are)\s+down"
_BARE_UP = r"rise|jump|climb|grow|increase|gain|soar|surge|rebound|advance"
_BARE_DOWN = r"fall|drop|decline|decrease|slump|slip|plunge|tumble|dip|sink|slide"
# A name: capitalised words, "of" or "&" inside ("Bank of Korea"), possibly a possessive-free company name
_NAME = r"(?:[A-Z][\w&.\-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.\-]*)*)"
# What may open the sentence before its subject: a conjunction or a fronted phrase closed by a comma
_FRONT = r"(?:(?:But|And|Yet|Meanwhile|However|Still),?\s+|(?:In|For|During|Over)\s+[^,]{1,40},\s+)?"
# The measured noun phrase: one to four words, lowercase but for the sentence's first ("Quarterly profits")
# (no verb, auxiliary or conjunction among its words: "Kraanhof said profits" is a clause, not a noun phrase)
_NOT_NOUN = r"(?!(?:said|says|told|reported|expects|expected|had|has|have|is|was|were|are|and|but|or|which|who|that|would|will)\b)"
_HEAD = r"(?:The\s+|the\s+)?(?P<attr>(?:[A-Z][a-z\-]+|[a-z][a-z\-]+)(?:\s+" + _NOT_NOUN + r"[a-z][a-z\-]+){0,3})"
# Wire copy's descriptor before a name: capitalised adjectives ("US", "German") and one to three lowercase nouns
# that are no preposition, article or verb ("media giant", "carmaker")
_DESCRIPTOR = (r"(?:(?!(?:The|A|An|It|Its|This|That)\b)[A-Z][A-Za-z]*\s+){0,2}(?:(?!(?:of|for|at|in|on|by|with|from|to|and|"
               r"or|the|a|an|its|their|said|says|that|which|who)\b)[a-z][a-z\-]*\s+){1,3}(?=[A-Z])")
# Months and days: "profits in January" say when, not whose
_TIME = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|" \
        r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
# "profits at US media giant TimeWarner", "net income of Dutch brewer Kraanhof", "sales for Kessler Motors",
# "unemployment in Germany"
_OWNED = r"(?:(?P<source>" + _NAME + r")\s+(?:said|says|reported)\s+(?:that\s+)?)?" + _HEAD + r"\s+(?:at|of|for|in)\s+(?:the\s+)?(?:" + _DESCRIPTOR + r")?" + _TIME + r"(?P<owner>" + _NAME + r")"
# "TimeWarner saw profits slump", "Kessler Motors has seen its sales fall"
_SAW = r"(?:The\s+)?(?P<owner>" + _NAME + r")\s+(?:saw|sees|has\s+seen|had\s+seen)\s+(?:its\s+|their\s+)?" \
       r"(?P<attr>[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})"
_APPROX = r"(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?"
# A written figure and its unit or scale words ("76%", "$1.13bn", "4.2bn euros", "1.2 trillion won")
_FIG = r"[$£€¥]?\d[\d,.]*(?:%|[a-z]{0,3})?(?:\s+(?:billion|million|trillion|euros?|won|yen|dollars|pounds|yuan|baht|rupees|" \
       r"percent|per\s+cent|percentage\s+points?|points?))*"
_CONVERSION = r"(?:\s*\([^()]{1,30}\))?"
# A forecast: "US growth would reach 4.4% in 2004, but fall to 3.3%", "South Korea's economy is expected to grow by
# 4.5%": an auxiliary or "is expected/forecast to" before a bare verb of change, or of reaching (its figure the level)
_FORECAST = r"(?:would|will|could|may|might|(?:is|are|was|were)\s+(?:expected|forecast|projected|predicted|set)\s+to)\s+"
_VERBS = r"(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r")|" + _FORECAST + r"(?:(?P<fup>" + _BARE_UP + r")|(?P<fdown>" \
    + _BARE_DOWN + r")|(?P<reach>reach|hit|total)))"
_FINITE = re.compile(r"\s*" + _FRONT + r"(?:" + _OWNED + r")\s+" + _VERBS + r"\s+")
# "TimeWarner said fourth quarter sales rose 2% to $11.1bn", "Kraanhof said its net income fell 8%": what the name
# says of its own measure (not of another's: "said AOL's profit rose" is AOL's, read by the possessor)
_SAID = re.compile(r"\s*" + _FRONT + r"(?:The\s+)?(?P<owner>" + _NAME + r")\s+(?:said|says|reported|announced)\s+(?:that\s+)?"
                   r"(?:its\s+|their\s+)?" + _HEAD.replace("(?:The\\s+|the\\s+)?", "").replace("[A-Z][a-z\\-]+|", "")
                   + r"\s+(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\s+")
# "Underlying pre-tax profits rose 1% to £933m", "Turnover for the quarter was up 4.3%": the measured noun alone
# opens the sentence (a period phrase may follow it); whose it is, the sentence before says
_BARE = re.compile(r"\s*" + _FRONT + _HEAD + r"(?:\s+(?:for|in|during)\s+(?:the\s+)?[a-z\-]+(?:\s+[a-z\-]+)?)?"
                   r"\s+(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\s+")
# "Hanbit Steel's operating profit", "South Korea's economy": the possessor owns the noun after it (not a name
# before a noun without the mark: "European sales", "GDP growth" are no one's)
_NAMED = r"(?:The\s+)?(?P<owner>" + _NAME + r")(?:['’]s|(?<=s)['’])\s+(?P<attr>[a-z][a-z\-]+(?:\s+" + _NOT_NOUN \
    + r"[a-z][a-z\-]+){0,3})"
_POSSESSED = re.compile(r"\s*" + _FRONT + _NAMED + r"\s+" + _VERBS + r"\s+")
# "China raised rates by 0.27 percentage points to 5.8%", "The Bank of Korea cut its base rate to 3.25% from 3.5%":
# a name that changes a measure of its own, the measure the verb's object (one to four lowercase words, "its"/"their"
# before them); the verb's chain after the object as after an intransitive verb's subject
_RAISE = r"raised|raises|lifted|lifts|increased|increases|boosted|boosts"
_LOWER = r"cut|cuts|lowered|lowers|reduced|reduces|trimmed|trims|slashed|slashes"
_ACTS = re.compile(r"\s*" + _FRONT + r"(?:The\s+)?(?P<owner>" + _NAME + r")\s+(?:(?P<up>" + _RAISE + r")|(?P<down>" + _LOWER
                   + r"))\s+(?:its\s+|their\s+|the\s+)?(?P<attr>" + _NOT_NOUN + r"[a-z][a-z\-]+(?:\s+" + _NOT_NOUN
                   + r"(?!(?:by|to|from|in|on|of|for|at)\b)[a-z][a-z\-]+){0,3})\s+")
# An object that is itself a forecast or a goal ("lowered its sales target to $2bn"): every figure of it is one
_FORECAST_OBJECTS = frozenset({"forecast", "forecasts", "target", "targets", "estimate", "estimates", "guidance",
                               "outlook", "projection", "projections", "goal", "goals"})
_SEEN = re.compile(r"\s*" + _FRONT + _SAW + r"\s+(?:(?P<up>" + _BARE_UP + r")|(?P<down>" + _BARE_DOWN + r"))\s+")
# After the verb: the change, the level after "to", the base after "from" (a period phrase may stand between)
_CHANGE = re.compile(_APPROX + r"\Z")
_LEVEL = re.compile(r"(?:" + _APPROX + r"(?P<change>" + _FIG + r")\s+)?to\s+" + _APPROX + r"\Z")
# "rose from 412,300 in 2015 to 438,900 in 2024": the base and the level, each with its own year (the base is a
# claim of its year, the level of the other)
_YEAR = r"(?:\s+in\s+(?:19|20)\d\d)"
_FROM = re.compile(r"from\s+" + _APPROX + r"\Z")
_FROM_TO = re.compile(r"from\s+" + _APPROX + _FIG + _CONVERSION + _YEAR + r"?\s+to\s+" + _APPROX + r"\Z")
_BASE = re.compile(r"(?:" + _APPROX + _FIG + r"\s+)?(?:to\s+" + _APPROX + _FIG + _CONVERSION + r")?"
                   r"(?:\s+(?:for|in|during|over)\s+[^,;()]{1,40}?)?,?\s+from\s+" + _APPROX + r"\Z")

# "…would reach 4.4% in 2004, but fall to 3.3% next year": a second verb of the same subject, its figure after "to"
_AND_THEN = re.compile(_APPROX + _FIG + r"[^;,]{0,40},?\s+(?:but|and|before)\s+(?:(?:" + _BARE_UP + "|" + _BARE_DOWN + r"|" + _UP
                       + "|" + _DOWN + r")\s+)to\s+" + _APPROX + r"\Z")

CHANGE, LEVEL, BASE = "change of the subject", "subject of a change verb", "base of a change"


@dataclass(frozen=True)
class Role:
    """What a figure of a change clause is: its measure (``head``, how = its role) and its owner, when the
    clause names one (None: the measured noun alone is the subject; the sentence before says whose)."""

    head: Phrase
    owner: Phrase | None
    forecast: bool = False  # "would reach", "is expected to grow": a forecast, for every figure of the chain


def role(text: str, base: int, figure: Span, sentence: Span, percent: bool, points: bool) -> Role | None:
    """The role of ``figure`` in a change clause opening ``sentence`` (``text`` starts at ``base``), else None.
    ``percent``: the figure is a percentage (only a percentage right after the verb is read as the change);
    ``points``: it is a change in points (a rate's change, no level's: not read)."""
    before = text[sentence.start - base : figure.start - base]
    m = _opening(text[sentence.start - base : sentence.end - base])
    if m is None or points or m.end() > len(before):
        return None
    rest = before[m.end() :]
    attr = m.group("attr")
    attr = attr[0].lower() + attr[1:] if m.re is not _SEEN and attr[:1].isupper() and attr.split()[0] != attr.split()[0].upper() else attr
    if attr[:1].isupper() or attr.split()[-1] in _NOT_MEASURES:
        return None  # "The Bank of Korea …": a name, no measured noun
    # (a possessor is a name by its mark, as ``structure.english_owner`` reads it; the others only where the document
    # writes them as names: NAME_CHECKED)
    owner = Phrase(m.group("owner"), Span(sentence.start + m.start("owner"), sentence.start + m.end("owner")),
                   "possessor" if m.re is _POSSESSED else NAME_CHECKED) if m.re is not _BARE else None
    at = Span(sentence.start + m.start("attr"), sentence.start + m.end("attr"))
    reach = "reach" in m.re.groupindex and m.group("reach") is not None
    forecast = any(g in m.re.groupindex and m.group(g) for g in ("fup", "fdown", "reach")) \
        or m.re is _ACTS and attr.split()[-1] in _FORECAST_OBJECTS
    if _CHANGE.fullmatch(rest) and reach:
        return Role(Phrase(attr, at, LEVEL), owner, forecast)  # "would reach 4.4%": the level itself
    if _CHANGE.fullmatch(rest):
        if not percent:
            return None  # "rose $50m to …": an absolute change, not read
        up = any(g in m.re.groupindex and m.group(g) for g in ("up", "fup"))
        return Role(Phrase(f"{attr} {'growth' if up else 'decline'}", at, CHANGE), owner, forecast)
    if _LEVEL.fullmatch(rest) or _AND_THEN.fullmatch(rest):
        return Role(Phrase(attr, at, LEVEL), owner, forecast)
    if _BASE.fullmatch(rest) or _FROM.fullmatch(rest):
        return Role(Phrase(attr, at, BASE), owner)
    if _FROM_TO.fullmatch(rest):
        return Role(Phrase(attr, at, LEVEL), owner, forecast)
    return None


@functools.lru_cache(maxsize=32)
def _opening(sentence: str) -> re.Match[str] | None:
    """The subject and verb of change a sentence opens with, read once per sentence (each of its figures asks)."""
    return _FINITE.match(sentence) or _SEEN.match(sentence) or _SAID.match(sentence) or _POSSESSED.match(sentence) \
        or _BARE.match(sentence) or _ACTS.match(sentence)


# Heads that are no measure: a share or a stock is traded, its price is measured ("shares in BA rose 4 pence")
_NOT_MEASURES = frozenset({"shares", "stock", "stocks", "one", "some", "many", "most", "all", "it", "they"})
