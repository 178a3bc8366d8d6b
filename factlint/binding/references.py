"""English references to an article's own things (issue #14, item 2: discourse): "the tunnel", "the park",
"it" and a bare measure noun ("exports reached …") stand for a name the text gave, by structure only.

- "the N" is the document's one name headed by N ("the tunnel" → Danwol Tunnel; ``structure.named_by_head``),
  never where two such names were written ("Seorak Tunnel … Danwol Tunnel … the tunnel" is no one).
- An encyclopedia-style article (its title line a name, its first sentence defining that name: "Haemil Foods
  Co., Ltd. (Korean: 해밀식품) is a South Korean manufacturer …") is about that name: "the company" (when the
  topic is a company) and a clause whose subject is a bare measure noun ("exports reached", "Revenue rose") are
  the topic's, unless the sentence before opens with another name (that one goes on).
- "it" opening a clause is the subject the sentence before opened with, when that is "The N": "The tunnel is … .
  When complete, it will run 6.4 km" is the tunnel's, and so the name headed by "tunnel" (a name opening the
  sentence before is the binder's older reading, ``_antecedent``).

- "The … N" (pre-modifiers, a parenthesis, an apposition between it and its verb) whose N the sentence before (or
  the paragraph before's last) introduced as "its … N" is the name that sentence opened with ("Sorin Motors began
  production at its battery plant … . The 2 trillion won plant, built on …, can make 300,000 packs a year"): the
  owner of the thing, which keys with what other articles bind the thing's figures to (the company).

None wherever the text does not decide (two names of the head, a subject of another kind, a person), where "The N W"
opens a compound ("The park service employs …", "The tunnel contractor …"), where the figure modifies an indefinite
noun phrase ("It runs past a 2.3 km bypass"), and where "the company" follows a sentence another name opens."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Span
from ..romanize import COMPANY_HEADS, SUFFIXES
from . import structure

# A title line that is a name: capitalised words (and "of", "and", "&", digits), nothing else
_NAME_LINE = re.compile(r"[ \t]*((?:[A-Z][\w&.\-]*|\d+)(?:[ \t]+(?:of|and|&|[A-Z][\w&.\-]*|\d+)){0,5})[ \t]*")
# After the name in the defining sentence: a legal suffix ("Co., Ltd.", "Inc."), a gloss in parentheses, then
# the copula and an indefinite article ("is a", "was an"): the sentence says what the name is
_COMPANY_SUFFIX = r"(?:,?\s+(?:Co\.,?\s+Ltd\.|Co\.|Ltd\.|Inc\.|Corp\.|Corporation|Company|plc|PLC|LLC|S\.A\.|AG|GmbH))"
_DEFINES = re.compile(r"(?P<suffix>" + _COMPANY_SUFFIX + r")?(?:\s*\([^()\n]{1,80}\))?,?\s+(?:is|was)\s+(?:a|an|one)\s+"
                      r"(?P<what>[^.\n]{0,120})")
# The nouns saying that a thing is a company ("a South Korean manufacturer of gochujang", "an electronics maker")
_COMPANY_KIND = re.compile(r"\b(?:company|manufacturer|maker|producer|firm|corporation|conglomerate|retailer|brewer|"
                           r"carmaker|automaker|chipmaker|shipbuilder|bank|insurer|carrier|airline|operator|developer|"
                           r"publisher|distributor|supplier|group)\b")
# A definite description opening a clause, past a fronted phrase: "The park received", "the company employs"
_DEFINITE = re.compile(r"\s*(?:" + structure.EN_FRONTED + r"|When\s+[a-z]+,\s+)?(?:The|the)\s+(?P<noun>[a-z][a-z\-]{2,})"
                       r"\s+(?!of\b|in\b|and\b|or\b|at\b|on\b|[a-z\-]+['’]s\b)(?P<verb>[a-z]+)\b")
# "it"/"its" opening a clause (past a fronted phrase or "When complete,")
_IT = re.compile(r"\s*(?:" + structure.EN_FRONTED + r"|When\s+[a-z]+,\s+|(?:But|And|Now)\s+)?(?:It|it)\s+(?:will\s+|would\s+|now\s+)?"
                 r"(?!is\s+(?:estimated|expected|thought|believed|said|likely|unclear|possible)\b|was\s+(?:estimated|"
                 r"expected|thought|believed|said|unclear)\b|took\b|takes\b|seems\b|remains\s+to\b)[a-z]+\b")
# A sentence opening with "The N" and a verb: its subject is the definite noun N
_OPENS_DEFINITE = re.compile(r"\s*(?:" + structure.EN_FRONTED + r")?The\s+(?P<noun>[a-z][a-z\-]{2,})\s+"
                             r"(?!of\b|in\b|and\b|or\b|at\b|on\b|for\b|with\b|to\b|from\b)(?P<verb>[a-z]+)\b")
# A clause whose subject is a bare noun (no determiner, no name, no possessor), right before a finite verb:
# "exports reached", "Revenue rose", "Net profit fell" (past "According to …, ", a year, "But")
_BARE_SUBJECT = re.compile(r"\s*(?:" + structure.EN_FRONTED + r")?(?P<noun>(?:[A-Za-z][a-z\-]+\s+)?[A-Za-z][a-z\-]+)\s+"
                           r"(?:reached|rose|fell|grew|totalled|totaled|stood|was|were|hit|climbed|jumped|dropped|"
                           r"increased|decreased|declined|amounted|came)\b")
# The verbs of change or level whose definite subject ("The population rose") is a measure, not a thing
_MEASURED_BY = re.compile(r"reached|rose|fell|grew|totalled|totaled|stood|climbed|jumped|dropped|increased|decreased|"
                          r"declined|amounted|averaged|doubled|tripled")
_NOT_BARE = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "their", "his", "her", "our",
                       "they", "he", "she", "we", "there", "which", "who", "what", "some", "all", "both", "each"})
# A later clause with a name of its own for subject: "…, while Seorak National Park drew 2.9 million"
_CONJOINED_SUBJECT = re.compile(r"\b(?:while|whereas|but|and|as|against)\s+(?:the\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*"
                                r"\s+(?!of\b|in\b|and\b)[a-z]{3,}\b")
# "When complete, it will run 6.4 km", "Once finished, the bridge will span 1.2 km": the finished thing's own
# dimension (its design), said before the subject; not "will be extended to", "after the expansion" (a change
# of a thing that stands already: its length now is another figure)
_FINISHED = re.compile(r"(?<!\w)(?:When|when|Once|once)\s+(?:it\s+is\s+|fully\s+)?(?:complete|completed|finished|built)"
                       r"(?:\s+in\s+[A-Z]?[\w ]{0,20}?\d{4})?,\s+[^,;]{0,60}\bwill\s+(?:run|stretch|span|cover|extend|measure)\s+"
                       r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?\Z")
# A name right after the subject's verb: its object ("gave Daon Foods revenue of …", "acquired Daon Foods for …")
_NAMED_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z][a-z]")
# A figure inside an indefinite noun phrase, as its modifier: "a 2.3 km bypass", "an 800-seat hall"
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+\Z")
_NOUN_AFTER = re.compile(r"[\s\-]*[a-z][a-z\-]+\b(?!\s+(?:of|long|wide|high|deep|tall)\b)")
TOPIC = "encyclopedia topic"
DEFINITE = "definite description"
POSSESSED = "definite noun the sentence before gave its owner"
# "The 1.2 trillion won ($870 million) plant, built on …, has": a definite noun phrase opening the clause, its
# pre-modifiers (figures with their thousands commas), a parenthesis, an apposition set off by commas, its verb
_DEFINITE_NP = re.compile(r"\s*(?:The|This)\s+(?P<np>(?:[^,;()]|(?<=\d),(?=\d)|\([^()]{0,60}\))+?)"
                          r"(?:,\s+(?:[^,;]|(?<=\d),(?=\d)){1,100},)?\s+(?:has|had|have|is|was|are|were|will|can|could|would|"
                          r"produces|makes|employs|houses|covers|holds|seats|runs|[a-z]{3,}ed)\b")
# the auxiliary or verb ending a definite noun phrase written with no comma after it
_NP_VERB = re.compile(r"\s(?:has|had|have|is|was|are|were|will|can|could|would)\b")


@lru_cache(maxsize=8)
def encyclopedia_topic(text: str) -> tuple[structure.Phrase, bool, int] | None:
    """(the name, whether it is a company, where the defining sentence ends) of an article whose title line
    is a name and whose first line of prose opens with that name and defines it ("X (…) is a …"), else None."""
    end = text.find("\n")
    title = _NAME_LINE.fullmatch(text, 0, end if end != -1 else len(text))
    if title is None or end == -1:
        return None
    name = title.group(1)
    at = end
    while at < len(text) and text[at] in "\n \t":
        at += 1
    if text.startswith("The ", at) and text.startswith(name, at + 4):
        at += 4  # "Soha Grand Bridge\n\nThe Soha Grand Bridge (Korean: 소하대교) is a cable-stayed road bridge …"
    if not text.startswith(name, at):
        return None
    defined = _DEFINES.match(text, at + len(name))
    if defined is None:
        return None
    company = defined.group("suffix") is not None or _COMPANY_KIND.search(defined.group("what")) is not None
    line_end = text.find("\n", at)
    return structure.Phrase(name, Span(at, at + len(name)), TOPIC), company, line_end if line_end != -1 else len(text)


# The English heads of a company's name ("Hanbit Motors", "Daon Chemical", "Seojin Trading Co."): the romanized
# company heads and the legal suffixes
_COMPANY_NAME_HEAD = re.compile(r"(?:" + "|".join(sorted({w for k in COMPANY_HEADS for w in SUFFIXES.get(k, ())}, key=len,
                                                         reverse=True))
                                + r"|Co\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|Company|Group|plc|PLC|LLC)\Z", re.I)


def a_company(name: str, sentence: str) -> bool:
    """Whether a name is a company's: its head says so ("Hanbit Motors", "Daon Chemical Co."), or the sentence that
    opens with it calls it one after a copula or "has become" ("… has become the country's biggest electric-car
    maker", "… is a Korean trading firm")."""
    if _COMPANY_NAME_HEAD.search(name):
        return True
    after = sentence[sentence.find(name) + len(name) :] if name in sentence else ""
    called = re.match(r"(?:\s*\([^()]*\))?,?\s+(?:is|was|has\s+become|became|remains)\s+(?:a|an|the|one)\s+([^,.;]{0,80})", after)
    return called is not None and _COMPANY_KIND.search(called.group(1)) is not None


def lead_calls_company(lead: str, name: str) -> bool:
    """Whether a story's lead, which opens with the name, calls it a company by a description beside it: a kind
    before the name ("Battery-materials maker Lumencell broke ground …") or "the <kind>" later in the sentence ("…, a
    plant the drone maker says will create 300 jobs"), with no other company's name in the lead."""
    at = lead.find(name)
    if at < 0 or another_company(lead, name):
        return False
    before = re.search(_COMPANY_KIND.pattern + r"\s+\Z", lead[:at])
    after = re.search(r"\bthe\s+(?:[a-z][\w\-]*\s+)?" + _COMPANY_KIND.pattern, lead[at + len(name) :])
    return before is not None or after is not None


def another_company(sentence: str, name: str) -> bool:
    """Whether the sentence names a company other than ``name`` by its head ("Daon Holdings bought Seoha Motors"):
    "the company" after it may be either."""
    return any(m.group() != name and _COMPANY_NAME_HEAD.search(m.group())
               for m in re.finditer(r"[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)+", sentence))


def _other_opener(before: str, topic: structure.Phrase) -> bool:
    """Whether the sentence before opens with a name other than the topic (or its short form: "Haemil" for
    "Haemil Foods"): "Daon Foods opened a plant in 2019. Revenue rose 4% …" continues Daon Foods, not the entry."""
    opener = structure.english_opener(before)
    return opener is not None and not (topic.text.startswith(opener) or opener.startswith(topic.text))


def _definite(text: str, noun: str, before: int, topic: tuple[structure.Phrase, bool, int] | None,
              said: str = "", opened: str = "") -> structure.Phrase | None:
    """"the N": the one name headed by N before ``before``; else the encyclopedia topic, when N is a noun of a
    company and the topic is one ("The company employs 412 people" in an entry about a company). A noun of a
    company is no one when the sentence before (``said``) or the figure's own sentence before its clause
    (``opened``) opens with another name: any company may be "the company", whatever its name ends in."""
    named = structure.named_by_head(text, noun, before)
    if named is not None:
        if _COMPANY_KIND.fullmatch(noun) and any(_other_opener(s, named) for s in (said, opened)):
            return None  # "Hanbit Electronics said …. The company employs 5,200": the company that spoke, not Seojin Trading Company
        return structure.Phrase(named.text, named.span, DEFINITE)
    if topic is not None and topic[1] and topic[2] <= before and _COMPANY_KIND.fullmatch(noun) and not _other_opener(said, topic[0]) \
            and not re.search(r"\b(?:a|an|another|other|rival)\s+(?:[a-z\-]+\s+){0,2}" + re.escape(noun) + r"\b",
                              text[topic[2] : before]):
        return topic[0]
    return None


# The word after "The N W": a finite verb when W is a noun of a compound ("The park service employs", "The tunnel
# builders hired"): a past or an auxiliary, or a verb in -s after a W that is no plural ("service", "authority")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
                          "might", "must", "should", "said", "says", "did", "does"})
# past forms without -ed and verbs ending in s themselves: "The bank cut rates", "The company sells cars" keep W a verb
_IRREGULAR = frozenset({"cut", "hit", "set", "put", "let", "ran", "won", "got", "made", "paid", "sold", "kept", "held",
                        "grew", "rose", "fell", "drew", "took", "gave", "flew", "spent", "lost", "built", "saw", "met",
                        "bought", "brought", "found", "led", "left", "sent", "told", "became", "began", "chose", "broke"})


def _compound(chunk: str, d: re.Match[str]) -> bool:
    """Whether "The N W" opens a compound noun, not a subject and its verb: W is followed by a finite verb ("The
    park service employs 120 rangers": the service's, not the park's; "The tunnel contractor employs 800")."""
    w = d.group("verb")
    if re.match(r",\s+(?:the\s+)?[A-Z]", chunk[d.end() :]):
        return True  # "The tunnel builder, Seoha Construction Company, said …": W is a noun, a name in apposition to it
    nxt = _NEXT_WORD.match(chunk, d.end())
    if nxt is None or w in _AUXILIARIES or w in _IRREGULAR or w.endswith("ed"):
        return False
    v = nxt.group(1)
    return v.endswith("ed") or v in _AUXILIARIES or v.endswith("s") and not v.endswith("ss") and not w.endswith("s")


def possessed_head(text: str, clause: Span, figure: Span, sentence: Span, before: str,
                   measured: Span | None = None) -> structure.Phrase | None:
    """"The … N" opening the figure's clause, where the sentence before introduced N as "its … N" (or "their …
    N") of the name it opened with: that name, the owner of N ("Green Haram Biomaterials began production at its
    PLA plant … . The 1.2 trillion won plant … has an annual capacity of 57,000 tonnes" is the company's, as the
    Korean "회사 측에 따르면 연간 생산능력은 …" is, so that the two key together). A definite noun no "its" gave
    ("The league average was 1,900") names a thing of its own: None; so does one the figure measures itself
    (``measured``, the noun the figure measures, inside the definite noun phrase: "The programme is set to close
    20% …" read as a measure of the programme states nothing of its owner)."""
    d = _DEFINITE_NP.match(text, clause.start, figure.start)
    if d is None or not before or measured is not None and d.start("np") <= measured.start < d.end("np"):
        return None
    np = re.sub(r"\([^()]*\)", " ", d.group("np"))
    stop = _NP_VERB.search(np)
    nouns = re.findall(r"\b[a-z][a-z\-]{2,}\b", np[: stop.start()] if stop is not None else np)
    opener = structure.english_opener(before)
    if not nouns or opener is None:
        return None
    for noun in reversed(nouns):
        if re.search(r"\b(?:its|their)\s+(?:[^.,;]{0,60}?\s)?" + re.escape(noun) + r"\b", before):
            at = text.rfind(before, 0, sentence.start)
            at = text.find(opener, at) if at != -1 else -1
            return structure.Phrase(opener, Span(at, at + len(opener)), POSSESSED) if at != -1 else None
    return None


def referent(text: str, clause: Span, figure: Span, sentence: Span, before: str, last_paragraph: str = "",
             measured: Span | None = None) -> structure.Phrase | None:
    """The name the subject of the figure's clause refers to, when that subject is "the N", "it", or a bare measure
    noun in an encyclopedia entry (module docstring); ``before``: the sentence before, in its paragraph or not
    (``last_paragraph``: the last sentence of the paragraph before, for a clause opening a paragraph; ``measured``:
    the noun the figure measures)."""
    owned = possessed_head(text, clause, figure, sentence, before or last_paragraph, measured)
    if owned is not None:
        return owned
    topic = encyclopedia_topic(text)
    if _INDEFINITE_BEFORE.search(text, max(sentence.start, figure.start - 6), figure.start) \
            and _NOUN_AFTER.match(text, figure.end):
        return None  # "It runs past a 2.3 km bypass": the figure describes the bypass, not what "it" is
    for floor in dict.fromkeys((clause.start, sentence.start)):
        if floor < clause.start and structure.EN_CLAUSE_SUBJECT.search(text, clause.start, figure.start):
            return None  # "…, while Seorak National Park drew 2.9 million": the later clause's own subject
        chunk = text[floor : figure.start]
        opening = _DEFINITE.match(chunk) or _IT.match(chunk) or _BARE_SUBJECT.match(chunk)
        if opening is not None and (structure.EN_CLAUSE_SUBJECT.search(chunk, opening.end())
                                    or _CONJOINED_SUBJECT.search(chunk, opening.end())):
            return None  # "The park received …, while Seorak National Park drew 2.9 million": that name's own
        if opening is not None and _NAMED_OBJECT.match(chunk, opening.end()):
            return None  # "The fund gave Daon Foods revenue of 30 billion won": the verb's object, a name, owns it
        d = _DEFINITE.match(chunk)
        if d is not None and _compound(chunk, d):
            return None  # "The park service employs 120 rangers": the service, which no name here is
        if d is not None:
            found = _definite(text, d.group("noun"), floor, topic, before, text[sentence.start : floor])
            if found is not None and measured is not None and floor + d.start("noun") <= measured.start < floor + d.end("noun"):
                return None  # "The bridge is 7.24 km (4.50 mi) long": a thing's description read as the measure of it
            if found is None and topic is not None and topic[2] <= sentence.start and _MEASURED_BY.fullmatch(d.group("verb")) \
                    and not structure.named_by_head(text, d.group("noun"), floor) and not _other_opener(before, topic[0]):
                # "The population rose from 412,300 in 2015 to 438,900 in 2024" in an entry about a city: a definite
                # noun no name is headed by, the subject of a verb of change or level, is a measure of the topic
                return topic[0]
            return found
        if _IT.match(chunk) is not None:
            opened = _OPENS_DEFINITE.match(before)
            if opened is not None and not _compound(before, opened):
                return _definite(text, opened.group("noun"), sentence.start, topic)
            return None
        bare = _BARE_SUBJECT.match(chunk)
        if bare is not None and topic is not None and topic[2] <= sentence.start \
                and not set(bare.group("noun").lower().split()) & _NOT_BARE and not _written_as_name(text, bare.group("noun")) \
                and not _other_opener(before, topic[0]):
            return topic[0]
    return None


def _written_as_name(text: str, noun: str) -> bool:
    """Whether a capitalised word opening the subject is a name: the text writes it capitalised inside a sentence
    too ("Haemil rose …" and "sponsored by Haemil"), where a common noun ("Revenue rose") is capitalised only first."""
    first = noun.split()[0]
    return first[0].isupper() and re.search(r"[a-z,;]\s+" + re.escape(first) + r"\b", text) is not None


def finished_dimension(text: str, sentence: Span, figure: Span) -> bool:
    """Whether a length or area stated with "will" is the dimension of a thing once built ("When complete, it will
    run 6.4 km beneath Mount Dogye"): its design, no target that may be missed (``_FINISHED``)."""
    return _FINISHED.search(text, sentence.start, figure.start) is not None
