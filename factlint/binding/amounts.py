"""Amounts of money linked to the noun they are the value of (issue #14, item 1): the head of the noun phrase the
amount modifies through a linker is its attribute, not a trigger word. Korean: "3억 달러 규모의 기술수출 계약",
"12억 달러어치의 반도체 장비", "2조 원에 달하는 공급 계약", a bare noun glued to a subject amount ("현장 수출계약
8,350만 달러가 체결됐다"). English: "$91.2 million in export contracts", "export contracts worth $91.2 million",
"orders valued at $2bn", "investments totalling 45 billion won", "the deals are worth …".

The attribute is the noun phrase as written, its modifiers kept ("수출 계약", "export contracts": the export contracts
are not all the contracts; "현장 수출계약", "on-site export contracts": the contracts signed at a fair are not all
its exports). ``rules/measures.yaml`` makes the Korean and English phrases of one kind of deal one measure.
Who owns the amount is left to the clause's structure as for any other figure (its topic or subject).

Not here: a generic word for an amount ("4000만원이 넘는 돈", "N에 이르는 금액", "16억원이 넘는 규모": no thing
whose value it is), a time or a manner after "in" ("in the quarter", "in cash", "in total"), a bound or a price
per item ("worth up to $5m each": no total of anything), a pronoun ("they are worth …": whose, the sentence
before says)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Span
from . import structure
from .words import _ROLE, Word

HOW = "noun an amount is linked to"
ROLE_WORDS = frozenset(_ROLE)  # the particles, which the splitter leaves as words of their own after a quote

# Words that say only that a figure is an amount (no thing whose value it is)
_GENERIC = frozenset({"돈", "금액", "액수", "규모", "수준", "수치", "숫자", "정도", "가량", "상당", "내외", "안팎", "남짓",
                      "곳", "것", "데", "등", "점", "쪽"})  # (and the bound nouns: "100억 원을 넘는 곳")
# "N 규모의 X", "N 수준의 X", "N 상당의 X" (a word of its own) and "N어치의 X" (glued to the unit)
_LINK_NOUNS = frozenset({"규모", "수준", "상당"})
# "N에 달하는 X", "N에 이르는 X", "N에 육박하는 X", "N이 넘는 X", "N을 넘는 X": a verb of reaching in its adnominal form
_REACHING = re.compile(r"(?:달하는|달한|이르는|이른|육박하는|육박한|넘는|넘은|웃도는|웃돈)$")
# The passive verbs of a deal's subject: "계약 N이 체결됐다", "수주 N이 이뤄졌다", "투자 N이 유치됐다"
_DONE = re.compile(r"(?:(?:체결|성사|유치|집행|투입|계약|수주|달성|성립)(?:됐|되었|되|돼|됨)|이뤄졌|이루어졌)")


def _noun(w: Word) -> bool:
    """A word that can be part of the linked noun phrase: a Hangul noun or a Latin one ("LNG 운반선 계약")."""
    return not w.predicate and not w.inside and not structure.has_digit(w.stem) and bool(w.stem) \
        and (w.hangul or w.stem.isascii() and w.stem[:1].isalpha())


def _noun_phrase(ws: Sequence[Word], start: int, clause: Span) -> structure.Phrase | None:
    """The noun phrase opening at word ``start``: up to four nouns, the last the one that takes a particle."""
    end = start
    while end < len(ws) and _noun(ws[end]) and ws[end].start < clause.end and end - start < 4:
        if _case(ws[end]) or ws[end].closes or end + 1 >= len(ws) or not _noun(ws[end + 1]):
            break
        end += 1
    if end >= len(ws) or not _noun(ws[end]) or not ws[end].hangul or ws[start].start >= clause.end:
        return None
    if end > start and ws[end].stem == "등":
        end -= 1  # "30조 원 수준의 추경 등을": the list's closing word is no part of the last item
    parts = [w.text if not _case(w) else w.stem for w in ws[start:end]] + [ws[end].text if ws[end].particle == "급" else ws[end].stem]
    if any(p in _GENERIC or p in structure.NOT_OWNERS for p in parts) or _PREDICATE_END.search(ws[end].text):
        return None
    return structure.Phrase(" ".join(parts), Span(ws[start].start, ws[end].start + len(parts[-1])), HOW)


# A word the splitter left as a noun that ends a clause ("규모였다고", "돈이다"): a predicate, no noun phrase
_PREDICATE_END = re.compile(r"(?:다|다고|라고|며|면서|지만)$")


def _bare(w: Word, clause: Span) -> bool:
    """A bare Hangul noun of the clause: no particle, no punctuation after it, no determiner, no particle standing
    alone after a closing quote ("'…박람회'에서": its 에서 is no noun)."""
    return _noun(w) and w.hangul and not w.particle and not w.closes and w.start >= clause.start \
        and w.stem not in _GENERIC and w.stem not in structure.DETERMINERS and w.stem not in ROLE_WORDS


def _case(w: Word) -> str:
    """The word's case particle: not "급" of a class, which the particle table reads in "공급", "1조원급"."""
    return "" if w.particle == "급" else w.particle


def korean(ws: Sequence[Word], figure: Span, clause: Span) -> structure.Phrase | None:
    """The noun a Korean amount of money is linked to (module docstring), else None."""
    found = structure.figure_words(ws, figure)
    if found is None:
        return None
    first, last = found
    if last > first and ws[last].predicate and _REACHING.search(ws[last].text) and not ws[last].closes:
        return _noun_phrase(ws, last + 1, clause)  # "2조 원을 넘는 공급 계약": the bound's verb is read with the figure
    fw = ws[last]
    if fw.inside:
        return None
    if fw.particle == "의" and fw.stem.endswith("어치") and not fw.closes:
        return _noun_phrase(ws, last + 1, clause)  # "12억 달러어치의 반도체 장비"
    if not fw.particle and not fw.closes and last + 1 < len(ws):
        link = ws[last + 1]
        if link.stem in _LINK_NOUNS and link.particle == "의" and not link.closes and not link.inside:
            return _noun_phrase(ws, last + 2, clause)  # "3억 달러 규모의 기술수출 계약"
    if fw.particle in ("에", "이", "가", "을", "를") and not fw.closes and last + 1 < len(ws) \
            and ws[last + 1].predicate and _REACHING.search(ws[last + 1].text) and not ws[last + 1].closes:
        return _noun_phrase(ws, last + 2, clause)  # "2조 원에 달하는 공급 계약"
    if fw.particle in ("이", "가") and first > 0 and not fw.closes and last + 1 < len(ws) \
            and ws[last + 1].hangul and _DONE.match(ws[last + 1].text):
        # "현장 수출계약 8,350만 달러가 체결됐다": the bare noun glued before the subject amount is what was signed
        k = first - 1
        w = ws[k]
        if _bare(w, clause):
            j = k
            while j - 1 >= 0 and j - 1 >= k - 2 and _bare(ws[j - 1], clause):
                j -= 1
            return structure.Phrase(" ".join(x.stem for x in ws[j : k + 1]), Span(ws[j].start, w.stem_end), HOW)
    return None


# An English noun phrase of lower-case words (a hyphenated adjective, then nouns)
_WORDS = r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,3}?"
# The end of a bare noun phrase: punctuation, a preposition, a conjunction or a verb
_PHRASE_END = (r"(?=\s*[,.;:)—–]|\s+(?:over|from|with|at|for|to|in|on|during|last|this|since|by|after|before|and|or|but|"
               r"that|which|when|while|as|signed|was|were|is|are|has|had)\b|\s*\Z)")
# "$91.2 million in on-site export contracts", "210 billion won in cumulative sales", "$9.7 billion of orders": a bare
# noun phrase (no determiner) after "in" or "of"
_IN = re.compile(r"\s+in\s+(?P<np>" + _WORDS + r")" + _PHRASE_END)
_OF = re.compile(r"\s+of\s+(?P<np>" + _WORDS + r")" + _PHRASE_END)
# "export contracts worth $91.2 million", "orders valued at $2bn", "deals totalling …", "the deals are worth about …"
# ((?<![A-Za-z]): the phrase opens at a word's start, "Exports totaled" is no phrase "xports")
# A capitalised word right before a phrase, part of its noun phrase
_CAPITALISED_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z\-]*[ \t]\Z")
_LINKED_BEFORE = re.compile(r"(?<![A-Za-z])(?P<np>" + _WORDS + r")\s+(?:(?:is|are|was|were|be|been)\s+)?(?:worth|valued\s+at|totall?ing|"
                            r"amounting\s+to|totall?ed)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|"
                            r"more\s+than|over|an\s+estimated|a\s+combined|a\s+total\s+of)\s+)?\Z")
# After "in": a time, a manner or a place ("in the quarter", "in cash", "in total"), no thing the amount is the value of
_NOT_THINGS = frozenset({"total", "all", "cash", "value", "terms", "full", "part", "return", "exchange", "advance",
                         "person", "morning", "afternoon", "evening", "early", "late", "trade", "trading", "time",
                         "principle", "theory", "practice", "addition", "aggregate", "kind", "net", "gross", "each"})
# A bound or a price per item: "worth up to $5m each", "valued at $2m apiece", "$3m per contract"
_PER_ITEM_AFTER = re.compile(r"\s+(?:each|apiece|a\s+piece|per\s+[a-z]+)\b")
_BOUND_BEFORE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|at\s+most|no\s+more\s+than)\s+\Z")
# Irregular verbs in the past that take an amount's noun phrase as their object ("it won orders worth …", "the booth
# alone took orders worth …"): the phrase opens after them
_IRREGULAR = frozenset({"won", "took", "made", "got", "struck", "sold", "bought", "paid", "brought", "drew", "gave", "had",
                        "saw", "hit", "set", "put", "held", "lost", "spent", "sent", "built", "wrote", "did", "began",
                        "win", "wins", "take", "takes", "make", "makes", "sign", "signs", "get", "gets", "book", "books"})
_PRONOUNS = frozenset({"it", "they", "them", "these", "those", "this", "that", "which", "what", "each"})


def _phrase(words: list[str], start: int) -> structure.Phrase | None:
    """The words of an English phrase, the determiners before it dropped."""
    text_start = start
    while words and words[0] in structure.EN_STOP and words[0] not in ("new",):
        text_start += len(words[0]) + 1
        words = words[1:]
    if not words or any(w in _NOT_THINGS or w in _PRONOUNS for w in words) \
            or any(w in structure.EN_STOP and w != "new" for w in words):
        return None
    text = " ".join(words)
    return structure.Phrase(text, Span(text_start, text_start + len(text)), HOW)


def english(text: str, base: int, figure: Span, clause: Span) -> tuple[structure.Phrase | None, bool]:
    """The noun an English amount of money is linked to (module docstring), and whether the link holds a bound or a
    price per item ("contracts worth up to $5m each": then no phrase). ``text`` starts at ``base``."""
    after = text[figure.end - base : clause.end - base]
    from_ = max(clause.start, figure.start - 80)
    before = text[from_ - base : figure.start - base]
    bound = _BOUND_BEFORE.search(before)
    if bound is not None:
        before = before[: bound.start()]
    phrase: structure.Phrase | None = None
    found = _IN.match(after) or _OF.match(after)
    if found is not None and found.group("np").split()[0] in structure.EN_STOP:
        found = None  # "in the first half", "in its first five months": a time, no bare noun phrase
    linked = _LINKED_BEFORE.search(before) if found is None else None
    if found is not None:
        phrase = _phrase(found.group("np").split(), figure.end + found.start("np"))
    elif linked is not None:
        words = linked.group("np").split()
        # ("Buyers at the fair signed export contracts worth …": the phrase opens after the verb or the function
        # word before it; a participle in -ing is a verb unless it modifies the head right after it: "selling new
        # stocks worth £1bn", but "licensing contracts worth …")
        keep = len(words)
        while keep > 0 and not (words[keep - 1].endswith("ed") or words[keep - 1] in _IRREGULAR
                                or words[keep - 1].endswith("ing") and keep < len(words) - 1
                                or words[keep - 1] in structure.EN_STOP and words[keep - 1] != "new"):
            keep -= 1
        words = words[keep:]
        if keep == 0 and _CAPITALISED_BEFORE.search(before, 0, linked.start()):
            # "Ramen exports totaled …", "Industry revenue totaled …": a capitalised word opens the noun phrase, a name
            # or a product narrowing the measure, which the subject rules read (structure._opening_subject)
            words = []
        phrase = _phrase(words, from_ + linked.end("np") - len(" ".join(words))) if words else None
    if phrase is not None and (bound is not None or _PER_ITEM_AFTER.match(after)):
        return None, True
    return phrase, False
