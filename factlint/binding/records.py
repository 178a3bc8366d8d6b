"""A team's record in a season: wins, draws, losses, league points, final place and matches played, keyed by
the team and the season (issue 14, items 1 and 5).

"블루호크스는 21승 15패(승점 62)로 정규리그를 3위로 마감했다", "the Bluehawks went 18-18", "The Knights finished
38-16", "Leeds won 23 of its 36 matches, finishing 3rd", "Arsenal had 20 wins, 10 draws and 8 losses", "won 21 and lost
15". What makes a record is its structure, not a word next to one number:

* **a tuple**: wins and losses written together — a run of counts of 승/무/패 (wins/draws/losses) with only
  spaces, commas and "and" between them, or a score "W-L" that is the complement of a verb of standing
  (went, finished, ended, closed, stood at, was; the season may stand between) or of "record"/"mark" ("a 38-16
  record"). A lone count is no record: "3승 늘렸다" is a difference, "15승째" one win, "20승이
  목표" a goal, "beat Busan 3-1", "won the set 25-21" are match scores (a verb of winning, not of standing);
  "20-10-8" is left alone (W-D-L in football, W-L-OT in hockey: the order is not written);
* **the holder**: the clause's topic or subject before the record ("A는 … 21승 15패로": the nearest topic, so
  "A는 B를 꺾었고, B는 10승 20패" gives B its own), else the name the record's adnominal clause modifies
  ("18승 18패로 5위에 그쳤던 블루호크스는", "10승 20패의 B"); in English the capitalised name right before the
  verb or a possessive ("the Knights' 38-16 record"). An English pointer right before the record's verb ("The
  team", "The club", "It", "They") is the name the sentence before opens with as its subject, when the text writes
  that name inside a sentence somewhere (:func:`_en_referent`); another common noun or pronoun ("팀은") is no
  holder: nothing is claimed;
* **the season**: written before the record in its sentence ("지난 시즌 18승 18패", "last season, when …"),
  or right after it ("went 38-16 in the 2024 season", "21승 15패로 올 시즌을 마쳤다"), else the season the
  sentence before names ("2025-2026 V리그 …" then "이로써 블루호크스는 21승 15패"), else this season.
  A season is a year ("2024 시즌", "the 2024 season") or two ("2025-2026", "2025-26"); the claim's period is
  the year the season ends ("2024", "2026"). One team plays one sport, so its seasons never overlap and the
  year of its end is one season whichever way an article writes it: "2025-26" and "this season" in an
  article of March 2026 that writes no season across two years are both 2026. "올 시즌"/"this season" is the
  season of the article's date — ending the next year when the article is of August or later and writes its
  seasons across two years, else ending in the article's year; "지난 시즌"/"last season" the one before;
  "다음 시즌"/"next season" is a goal, not claimed. No date and no season: no claim. A record of the current
  season is claimed only when its sentence, the sentence before or the article's title says the season is over
  ("마감했다", "마쳤다", "최종전", "finished", "finishing 3rd", "season finale"): a running record changes with every match, so two articles of one season differ by design;
* **the parts** of the same clause: league points ("(승점 62)", "with 62 points": never a player's points,
  which stand in no record), the place ("3위로 마감했다", "finishing 3rd"; not "2위 팀", another team), the
  matches played right before it ("36경기에서 21승 15패", "won 23 of its 36 matches").

A record restricted to part of a season is not the season's: at home or away, the last N games, against one
opponent (상대 전적, head-to-head), a month or a half ("최근 10경기에서 7승 3패", "a 10-2 home record", "went
5-1 in March"). A sentence of goals (목표, 노린다, aims to, hopes to) claims nothing.

The attribute is the Korean or English word of each part (:data:`KO`, :data:`EN`); ``rules/measures.yaml``
groups each pair (승 and wins, 패 and losses …) as one measure, so a Korean and an English record meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Iterator, Sequence

from ..model import Claim, Document, Quantity, Span
from . import structure
from .sentences import _Sentence

HOW = "season record"
# the attribute of each part of a record in each language (measures.yaml makes each pair one measure)
KO = {"wins": "승", "draws": "무", "losses": "패", "points": "승점", "place": "순위", "matches": "경기"}
EN = {"wins": "wins", "draws": "draws", "losses": "losses", "points": "points", "place": "finish", "matches": "matches"}

# an English count keeps the noun it was written with when measures.yaml lists it ("11 defeats": defeats, "38 league
# games": games)
_EN_WORDS = frozenset({"wins", "victories", "draws", "defeats", "losses", "matches", "games"})
_HANGUL = re.compile(r"[가-힣]")
_KO_PART = {"승": "wins", "무": "draws", "패": "losses"}
_EN_PART = {"wins": "wins", "win": "wins", "victories": "wins", "draws": "draws", "draw": "draws", "ties": "draws",
            "losses": "losses", "loss": "losses", "defeats": "losses"}
# between two counts of one record: spaces, a comma, "and"
# (an English count's figure is its digits: its noun stands between)
_JOIN = re.compile(r"\s*(?:wins?|victories|draws?|ties|losses|loss|defeats)?\s*(?:,\s*)?(?:and\s+|및\s+)?")

# --- seasons ---------------------------------------------------------------------------------------
# "2025-2026", "2025-26", "2025/26" (two consecutive years: checked in code), "2024 시즌", "2024년 시즌", "the
# 2024 season", "this season", "올 시즌", "지난 시즌", "last season", "the previous season", "다음 시즌"
_SPLIT = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[-–/~]\s?((?:19|20)?\d\d)(?!\d|[/.\-]\d)")
_SEASON = re.compile(
    r"(?<!\d)(?P<split>(?:19|20)\d\d\s?[-–/~]\s?(?:(?:19|20)?\d\d))(?!\d|[/.\-]\d)"
    r"|(?<!\d)(?P<year>(?:19|20)\d\d)(?:년)?\s?(?:시즌|season)"
    r"|(?P<this>올\s?시즌|이번\s?시즌|금\s?시즌|(?i:\bthis\s+(?:(?:regular\s+)?season|year's\s+season)\b))"
    r"|(?P<last>지난\s?시즌|전\s?시즌|(?i:\blast\s+(?:regular\s+)?season\b|\bthe\s+(?:previous|prior)\s+season\b"
    r"|\ba\s+season\s+(?:earlier|before|ago)\b|\bthe\s+season\s+before\b))"
    r"|(?P<next>다음\s?시즌|내년\s?시즌|(?i:\bnext\s+season\b))")

# --- Korean ----------------------------------------------------------------------------------------
# a topic or subject: an eojeol ending in 은/는/이/가 (the particle split off below)
_KO_TOPIC = re.compile(r"(?<![^\s(\"'‘“])([가-힣A-Za-z0-9·&.\-]{2,30}?)(은|는|이|가)(?=\s)")
# an eojeol ending as an adnominal verb ("그쳤던", "기록한", "마감한", "오른"): it modifies the noun after it
_KO_ADNOMINAL_END = re.compile(r"[가-힣](?:던|한|된|친|린|인|른|난|낸|운|간|온|진)$")
# an eojeol closing a clause (a final or connective ending) or a sentence
_KO_FINITE = re.compile(r"(?:다|며|고|지만|으나|는데|면서)[.,]?$|[.;]$")
# the endings of words that are no bare noun (adverbs, particles, verb forms): 이로써, 함께, 처음으로, 꺾고
_KO_BARE_END = re.compile(r"(?:은|는|이|가|을|를|에|서|로|와|과|의|도|만|고|며|다|써|게|히|리|지|면|께|듯|던|한|된|인)$")
_KO_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|와|과|에게|에서|에|도|의|으로|로)$")
_KO_POINTS = re.compile(r"승점\s?(\d{1,3})(?!\d)")
_KO_PLACE = re.compile(r"(?<!\d)(\d{1,2})\s?위(?!\s?팀)(?=[로으를에,)\s(]|$)")
_KO_MATCHES = re.compile(r"(?<!\d)(\d{1,3})\s?경기(?:에서|\s?동안|\s?만에)?\s*$")
# a restricted stretch of the season, before the record in its clause
_KO_PART_OF_SEASON = re.compile(r"최근|(?:마지막|첫|개막|남은|잔여|이후|직전|앞선)\s?\d{1,2}\s?경기|초반|중반|막판|홈\s?경기|홈에서|원정|상대\s?전적|맞대결|상대로|전반기|후반기|라운드|(?<!\d)\d{1,2}\s?월|연속|이번\s?달|이달"
                                r"|[가-힣]{2,}(?:와|과)의|조별|예선|본선|토너먼트|대회에서|컵에서|시리즈|플레이오프|포스트시즌|챔피언결정전|챔프전|결승|시범\s?경기|연습\s?경기")
# after a lone count of wins or losses: a verb of change, a gap (차) or an ordinal (째) — a difference, not a level
_KO_CHANGE = re.compile(r"\s*(?:째|차|(?:을|를|이|가)?\s*(?:더\s*)?(?:늘|줄|더했|더한|더해|추가|보태|앞서|뒤져|뒤진|많|적))")
_KO_COPULA = re.compile(r"(?:였던|이던|였고|였으며|였다|였지만|인|이며|이고|이다)?")
# the season is over: a verb of finishing in the record's sentence
_KO_FINAL = re.compile(r"마감|마쳤|마친|마치며|마치고|마무리|끝냈|끝낸|끝마|종료|최종\s?성적|최종전|최종\s?라운드")
_KO_GOAL = re.compile(r"목표|겠다|겠습니다|노린다|노리고|노릴|전망|예상|기대한다|바란다|하고\s?싶")
# generic nouns and pronouns that stand for a team but name none
_KO_GENERIC = frozenset({"팀", "구단", "클럽", "선수", "선수단", "상대", "상대팀", "이팀", "양팀", "우리", "리그", "시즌",
                         "정규리그", "감독", "이들", "그들", "이날", "이번", "올", "지난", "이로써", "특히", "결국"})

# --- English ---------------------------------------------------------------------------------------
_EN_NAME = r"(?:[A-Z][\w'’.&\-]*)(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.&\-]*){0,4}"
# W-L after a verb of standing (the season may stand between; "at"/"with a" may follow)
_EN_STAND = re.compile(
    r"(?:(?P<owner>" + _EN_NAME + r")(?:\s+\([^()]{1,40}\))?(?:,\s+who|,\s+which)?\s+)?"
    r"(?:went|go|goes|finished|finish|finishes|ended|end|ends|closed|close|stood|stand|stands|sit|sits|sat|were|was|are|is"
    r"|posted|compiled|recorded|had|has|have|boasted|boast|boasts)"
    r"(?:\s+up)?(?:\s+the\s+(?:(?:regular|(?:19|20)\d\d(?:[-–]\d\d)?)\s+)?(?:season|year|campaign))?(?:\s+(?:at|with))?"
    r"(?:\s+(?:a|an|its|their))?\s+(?P<w>\d{1,3})[-–](?P<l>\d{1,3})(?![-–]?\d)")
_EN_MARK = re.compile(r"(?:(?P<owner>" + _EN_NAME + r")['’]s?\s+|\b(?:a|an)\s+)(?P<w>\d{1,3})[-–](?P<l>\d{1,3})(?![-–]?\d)"
                      r"(?:\s+(?:regular[-\s]season|overall|season|league))?\s+(?:record|mark)\b")
_EN_WON_OF = re.compile(r"(?:(?P<owner>" + _EN_NAME + r")\s+)?won\s+(?P<w>\d{1,3})\s+of\s+(?:its|their|the|her|his)\s+"
                        r"(?P<m>\d{1,3})\s+(?:[\w-]+\s+){0,2}?(?P<noun>matches|games|fixtures|contests)\b")
_EN_WON_LOST = re.compile(r"(?:(?P<owner>" + _EN_NAME + r")\s+)?won\s+(?P<w>\d{1,3})(?:\s+(?:games|matches|times))?,?\s+"
                          r"(?:drew\s+(?P<d>\d{1,3}),?\s+)?and\s+lost\s+(?P<l>\d{1,3})(?![-–]?\d)")
_EN_SUBJECT = re.compile(r"(?:^|[.;:]\s+|,\s+(?:and|but|while|when|as)\s+|\b(?:when|while|as|after|where)\s+)(?:the\s+)?(?P<owner>" + _EN_NAME + r")"
                         r"(?:,\s+(?:who|which)\s+|\s+)(?:[a-z0-9][\w'-]*\s+){0,6}$")
# right after a score: a match's result ("3-1 winners", "2-0 up", "a 3-1 lead", "at half-time"), not a record
_EN_SCORE_AFTER = re.compile(r"\s*(?:winners|victors|victory|victories|win|wins|loss|defeat|up|down|lead|advantage|edge|aggregate|scoreline"
                             r"|margin|result|thrashing|rout|at\s+(?:half|halftime|half-time|the\s+break|full[-\s]time))\b")
# a stretch of the season or another competition in the record's clause: at home, away, the last N games, one
# opponent, a month, a half, the playoffs, a tournament or its group stage
_EN_STRETCH = re.compile(r"(?i)\b(?:home|road|away|head-to-head|against|versus|vs\.?|conference|division|recent|last\s+(?:\d+|few|five|ten|\w+\s+(?:games|matches))"
                         r"|(?:first|opening|closing|remaining|past|previous|initial)\s+(?:\d+|\w+)\s+(?:games|matches|fixtures|rounds)"
                         r"|since|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                         r"|first\s+half|second\s+half|playoffs?|play-offs?|postseason|post-season|group|tournament|series|qualifying|qualifiers"
                         r"|finals?|cup|stretch|streak|run|one-(?:goal|run|point)|overtime|extra\s+time|preseason|pre-season|friendlies)\b")
# where the record's clause begins and ends, as far as its stretch words go
# (not a comma: "Against Busan, the Knights went 3-1" fronts its stretch)
_EN_CLAUSE_OPEN = re.compile(r"[;:(]\s*|\.\s+|\b(?:when|while|but|and|who|which)\s+")
_EN_CLAUSE_CLOSE = re.compile(r"[,;:)]|\.(?:\s|$)|\s(?:and|but|while|when|as|before|after)\s")
_EN_POINTS = re.compile(r"\b(?:with|on|and|for)\s+(?P<n>\d{1,3})\s+(?:league\s+)?points\b")
_EN_PLACE = re.compile(r"\bfinish(?:ed|ing)?\s+(?:the\s+season\s+)?(?:in\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
                       r"|seventh|eighth|ninth|tenth)\b(?!\s+(?:round|game|match|set|quarter|inning|minute|time))")
_EN_PLAYED = re.compile(r"\s*(?:defeats|losses)?\s+(?:from|in|over|of)\s+(?:its\s+|their\s+)?(?P<n>\d{1,3})\s+(?:[\w-]+\s+)?(?P<noun>matches|games)\b")
_EN_FINAL = re.compile(r"(?i)\b(?:finish(?:ed|es|ing)?|end(?:ed|ing)|closed?|closing|wrapped\s+up|complet(?:ed|ing)|final\s+record|(?:season|regular-season)\s+finale|final\s+(?:day|game|match|round)\s+of\s+the\s+(?:regular\s+)?season)\b")
_EN_GOAL = re.compile(r"(?i)\b(?:aims?|aiming|targets?|targeting|goal|hopes?|hoping|expects?|expected|wants?|plans?|would|could|needs?|must)\b")
_EN_PRONOUNS = frozenset({"It", "They", "He", "She", "We", "This", "That", "These", "Those", "Its", "Their", "The", "A", "An",
                          "In", "On", "At", "By", "After", "When", "While", "Last", "Next"})
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10}


@dataclass(frozen=True)
class Records:
    """The record claims of one sentence and the figures they took (their ids: bound here, nowhere else)."""

    claims: tuple[Claim, ...]
    taken: frozenset[int]
    differences: tuple[Quantity, ...] = ()  # "승수를 3승 늘렸다", "3승 차", "15승째": no level at all


_NONE = Records((), frozenset())


# "went 18-18", "won 20 of 36", "lost 9", "wins", "victories": an English season record's marks. Every branch
# spells a dash, "won", "lost", "wins" or "victories", so a sentence with none of them is not searched (asked of
# every sentence of every article; the pattern's word boundaries are tried at every character otherwise).
_EN_RECORD = re.compile(r"\d\s*[-–]\s*\d|\bwon\s+\d|\blost\s+\d|\b(?:wins|victories)\b")


def _may_be_english_record(text: str) -> bool:
    """Whether :data:`_EN_RECORD` may match: the text writes one of the literals each of its branches spells."""
    return "-" in text or "–" in text or "won" in text or "lost" in text or "wins" in text or "victories" in text


def season_records(doc: Document, sent: _Sentence, qs: Sequence[Quantity]) -> Records:
    """The season record claims of one sentence (Korean and English shapes alike: an English sentence may gloss a
    name in Hangul, "The Haram Bluehawks (하람 블루호크스) went 18-18")."""
    text = sent.text
    differences: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    taken: frozenset[int] = frozenset()
    if _HANGUL.search(text) is not None:
        differences = tuple(q for q in qs if _counter(q.counter) in _KO_PART and _KO_CHANGE.match(text, q.span.end - sent.span.start))
        if "승" in text and "패" in text:
            ko = _korean(doc, sent, [q for q in qs if q not in differences])
            claims, taken = ko.claims, ko.taken
    if _may_be_english_record(text) and _EN_RECORD.search(text) is not None:
        en = _english(doc, sent, [q for q in qs if id(q) not in taken])
        claims, taken = claims + en.claims, taken | en.taken
    return Records(claims, taken, differences)


# --- Korean ------------------------------------------------------------------------------------------


def _runs(qs: Sequence[Quantity], text: str, base: int, parts: dict[str, str]) -> Iterator[list[tuple[str, Quantity]]]:
    """Runs of counts of wins, draws and losses written together (at least a win and a loss)."""
    run: list[tuple[str, Quantity]] = []
    for q in qs:
        part = parts.get(_counter(q.counter)) if q.kind == "count" and q.value is not None else None
        joined = run and _JOIN.fullmatch(text, run[-1][1].span.end - base, q.span.start - base) is not None
        if part is not None and (not run or joined) and part not in {p for p, _ in run}:
            run.append((part, q))
            continue
        if run:
            yield run
        run = [(part, q)] if part is not None else []
    if run:
        yield run


def _counter(counter: str | None) -> str:
    """The counter without a copula's ending the figure took with it ("18패였던": 패)."""
    c = counter or ""
    return c[:1] if c[:1] in _KO_PART and _KO_COPULA.fullmatch(c, 1) else c


def _korean(doc: Document, sent: _Sentence, qs: Sequence[Quantity]) -> Records:
    text, base = sent.text, sent.span.start
    claims: list[Claim] = []
    taken: set[int] = set()
    runs = [r for r in _runs(qs, text, base, _KO_PART) if {p for p, _ in r} >= {"wins", "losses"}]
    for i, run in enumerate(runs):
        start, end = run[0][1].span.start - base, run[-1][1].span.end - base
        end -= len(run[-1][1].counter or "") - len(_counter(run[-1][1].counter))  # "18패|였던 X는"
        if _KO_GOAL.search(text, end):
            continue  # "20승 10패가 목표": a goal
        owner_at = _ko_owner(text, start, end)
        if owner_at is None:
            continue
        owner, owner_start = owner_at
        clause_from = owner_start if owner_start < start else 0
        if _KO_PART_OF_SEASON.search(text, clause_from, start):
            continue  # "최근 10경기에서 7승 3패", "홈에서 12승 6패": a stretch of the season
        season = _season(doc, text, start, end, base)
        if season is None or not _final(doc, season, _said_over(doc, text, base, _KO_FINAL)):
            continue
        limit = runs[i + 1][0][1].span.start - base if i + 1 < len(runs) else len(text)
        topic = _KO_TOPIC.search(text, end, limit)
        if topic is not None:
            limit = topic.start()  # another topic opens another clause: its figures are its own
        parts: list[tuple[str, Quantity]] = list(run)
        pts = _KO_POINTS.search(text, end, limit)
        if pts is not None:
            parts += [("points", q) for q in _at(qs, base + pts.start(1))]
        place = _KO_PLACE.search(text, end, limit)
        if place is not None:
            parts += [("place", q) for q in _at(qs, base + place.start(1))]
        matches = _KO_MATCHES.search(text, max(clause_from, start - 30), start)
        if matches is not None:
            parts += [("matches", q) for q in _at(qs, base + matches.start(1))]
        for part, q in parts:
            claims.append(_claim(doc, sent, owner, KO[part], q, season))
            taken.add(id(q))
    return Records(tuple(claims), frozenset(taken))


def _ko_owner(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The holder of the record at ``start..end``: the name its adnominal clause modifies right after it
    ("10승 20패의 B", "18승 18패로 5위에 그쳤던 블루호크스는"), else the nearest topic or subject before it;
    None when that is no name."""
    at = _past_parenthesis(text, end)
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", text[at:])]
    if text[at:at + 1] in ("의", "인") and text[at + 1:at + 2].isspace() and len(words) > 1:
        modified = _modified(text, at, words, 1)  # "10승 20패의 서진 이글스를"
        if modified is not None:
            return modified
    for k, (_, w) in enumerate(words):
        if ((t := _KO_TOPIC.match(w + " ")) is not None and t.end() == len(w)) or _KO_FINITE.search(w):
            break  # another clause's topic, or the clause ends: the record's holder is not after it
        if k + 1 < len(words) and _KO_ADNOMINAL_END.search(w):
            modified = _modified(text, at, words, k + 1)
            if modified is not None:
                return modified
            break
    before = list(_KO_TOPIC.finditer(text, 0, start))
    if not before:
        return None
    t = before[-1]
    named = _name(t.group(1), t.start())
    if named is None:
        return None
    # "하람 블루호크스는", "한빛 타이탄스는": a bare noun right before the topic is the first part of its name
    head = re.search(r"(?:^|\s)([가-힣A-Za-z0-9]{2,10})\s$", text[: t.start()])
    if head is not None and _bare_noun(head.group(1)):
        return text[head.start(1) : t.end(1)], head.start(1)
    return named


def _modified(text: str, at: int, words: Sequence[tuple[int, str]], k: int) -> tuple[str, int] | None:
    """The noun phrase an adnominal form modifies, from ``words[k]`` to the word that takes its particle
    ("서진 이글스를": 서진 이글스)."""
    for j in range(k, min(k + 3, len(words))):
        w = words[j][1]
        if _KO_PARTICLE.search(w.rstrip(",.")) or w.endswith((",", ".")) or j == len(words) - 1:
            if any(not _bare_noun(words[i][1]) for i in range(k, j)):
                return None
            named = _name(_stem(w), at + words[j][0])
            if named is None:
                return None
            return text[at + words[k][0] : at + words[j][0] + len(_stem(w))], at + words[k][0]
    return None


def _bare_noun(word: str) -> bool:
    """A word with no particle or ending that may be part of a name: not an adverb, a time or a generic noun."""
    return (re.fullmatch(r"[가-힣A-Za-z0-9]{2,10}", word) is not None and _name(word, 0) is not None
            and _KO_BARE_END.search(word) is None and not word[0].isdigit())


def _stem(word: str) -> str:
    return _KO_PARTICLE.sub("", word.rstrip(",.")) or word


def _past_parenthesis(text: str, at: int) -> int:
    """After "(승점 62)" right after the record."""
    if text.startswith("(", at):
        close = text.find(")", at)
        if close != -1:
            return close + 1
    return at


def _name(word: str, at: int) -> tuple[str, int] | None:
    if word in _KO_GENERIC or word in structure.NOT_OWNERS or structure.is_time_word(word) or word.endswith(("시즌", "경기")):
        return None
    return word, at


# --- English -----------------------------------------------------------------------------------------


def _english(doc: Document, sent: _Sentence, qs: Sequence[Quantity]) -> Records:
    text, base = sent.text, sent.span.start
    if _EN_GOAL.search(text):
        return _NONE
    found: list[tuple[int, int, str | None, dict[str, tuple[int, int, int]]]] = []  # start, end, owner, part → (value, span)
    written: dict[tuple[int, str], str] = {}  # the noun a count was written with ("11 defeats"), by its start and part
    for m in _EN_STAND.finditer(text):
        if _EN_SCORE_AFTER.match(text, m.end()) or _stretch(text, m.start("w"), m.end()):
            continue
        found.append((m.start(), m.end(), m.group("owner"), {"wins": _num(m, "w"), "losses": _num(m, "l")}))
    for m in _EN_MARK.finditer(text):
        if _stretch(text, m.start("w"), m.end()) or any(s <= m.start("w") < e for s, e, _, _ in found):
            continue
        found.append((m.start(), m.end(), m.group("owner"), {"wins": _num(m, "w"), "losses": _num(m, "l")}))
    for m in _EN_WON_OF.finditer(text):
        if _stretch(text, m.start("w"), m.end()):
            continue
        found.append((m.start(), m.end(), m.group("owner"), {"wins": _num(m, "w"), "matches": _num(m, "m")}))
        written[(m.start("m"), "matches")] = m.group("noun")
    for m in _EN_WON_LOST.finditer(text):  # "won 21, drew 3 and lost 12"
        if not _stretch(text, m.start("w"), m.end()):
            drew = {"draws": _num(m, "d")} if m.group("d") else {}
            found.append((m.start(), m.end(), m.group("owner"), {"wins": _num(m, "w"), **drew, "losses": _num(m, "l")}))
    for run in _runs(qs, text, base, _EN_PART):
        if {p for p, _ in run} >= {"wins", "losses"} and not _stretch(text, run[0][1].span.start - base, run[-1][1].span.end - base):
            s, e = run[0][1].span.start - base, run[-1][1].span.end - base
            found.append((s, e, None, {p: (int(q.value or 0), q.span.start - base, q.span.end - base) for p, q in run}))
            written.update({(q.span.start - base, p): (q.counter or "") for p, q in run})
    claims: list[Claim] = []
    taken: set[int] = set()
    found.sort(key=lambda f: f[0])
    for i, (start, end, owner, parts) in enumerate(found):
        name = _en_owner(text, start, owner) or _en_referent(doc.text, base, text, start, owner)
        if name is None:
            continue
        season = _season(doc, text, start, end, base)
        if season is None or not _final(doc, season, _said_over(doc, text, base, _EN_FINAL)):
            continue
        limit = found[i + 1][0] if i + 1 < len(found) else len(text)
        clause_end = re.compile(r";|\.\s|, (?:but|while|whereas)\b").search(text, end, limit)
        limit = clause_end.start() if clause_end is not None else limit
        extra: dict[str, tuple[int, int, int]] = {}
        if (pts := _EN_POINTS.search(text, end, limit)) is not None:
            extra["points"] = _num(pts, "n")
        if (played := _EN_PLAYED.match(text, end)) is not None and "matches" not in parts:
            extra["matches"] = _num(played, "n")  # "… and 11 defeats from 36 matches"
            written[(played.start("n"), "matches")] = played.group("noun")
        place = _EN_PLACE.search(text, end, limit) or _EN_PLACE.search(text, found[i - 1][1] if i else 0, start)
        if place is not None:  # "finishing 3rd" after the record, "finished sixth with 15 wins" before it
            word = place.group("n")
            value = _ORDINAL_WORDS.get(word.lower()) or int(re.sub(r"\D", "", word))
            extra["place"] = (value, place.start("n"), place.end("n"))
        for part, (value, s, e) in {**parts, **extra}.items():
            q = _quantity_at(qs, base + s, base + e, value)
            noun = written.get((s, part), "")
            claims.append(_claim(doc, sent, name, noun if noun in _EN_WORDS else EN[part], q, season))
            taken.update(id(x) for x in qs if x.span.start < base + e and base + s < x.span.end)
    return Records(tuple(claims), frozenset(taken))


def _stretch(text: str, start: int, end: int) -> bool:
    """Whether the record's clause restricts it to a stretch of the season or another competition."""
    opened = [m.end() for m in _EN_CLAUSE_OPEN.finditer(text, 0, start)]
    closed = _EN_CLAUSE_CLOSE.search(text, end)
    return bool(_EN_STRETCH.search(text, opened[-1] if opened else 0, start)
                or _EN_STRETCH.search(text, end, closed.start() if closed else len(text)))


def _num(m: re.Match[str], group: str) -> tuple[int, int, int]:
    return int(m.group(group)), m.start(group), m.end(group)


def _en_owner(text: str, start: int, owner: str | None) -> str | None:
    """The name that holds the record: the one written with it, else the subject right before it."""
    if owner is None:
        s = _EN_SUBJECT.search(text, 0, start) if start else None
        if s is None:
            return None
        else:
            owner = s.group("owner")
    words = owner.split()
    while words and words[0] in _EN_PRONOUNS:
        words = words[1:]  # "The Knights" → Knights; "The team" → nothing
    if not words or not words[0][:1].isupper():
        return None
    return " ".join(words)


def _en_referent(doc_text: str, base: int, text: str, start: int, owner: str | None) -> str | None:
    """The team a record's sentence opens with a pointer to ("The team won 23 of its 36 matches", "It finished
    38-16", "They went 18-18") when that pointer is the sentence's subject, right before the record's verb: the
    name the sentence before opens with as its subject ("The Haram Bluehawks have become …"). A sentence before
    that opens otherwise (a time, a pronoun, two names joined) gives no one."""
    pointer = owner if owner is not None else (text[:start].strip() or None)
    if pointer is None or _EN_POINTER.fullmatch(pointer.strip()) is None:
        return None
    opened = _EN_OPENER.match(_previous_sentence(doc_text, base).strip())
    if opened is None:
        return None
    name = opened.group("name")
    if name.split()[0] in _EN_PRONOUNS or _WRITTEN_INSIDE(name).search(doc_text) is None:
        return None  # "Officials expected more. The team won …": a word capitalised only as a sentence's first is no name
    return name


def _WRITTEN_INSIDE(name: str) -> re.Pattern[str]:
    """A name written after a word of its sentence ("The Haram Bluehawks", "beat the Knights"), not only first."""
    return re.compile(r"(?<=[\w,;] )" + re.escape(name) + r"\b")


# a subject that points back to a team: "The team", "The club", "It", "They"
_EN_POINTER = re.compile(r"(?:The|the)\s+(?:team|club|side|squad|franchise)|It|They")
# the name a sentence opens with as its subject: "The Haram Bluehawks have become", "Busan Rangers finished";
# not "The Haram Bluehawks and the Titans …" (two names)
_EN_OPENER = re.compile(r"(?:The\s+)?(?P<name>" + _EN_NAME + r")\s+(?!and\b|or\b|&)(?:have|has|had|are|is|were|was|[a-z]+ed)\b")


# --- shared -------------------------------------------------------------------------------------------


def _season(doc: Document, text: str, start: int, end: int, base: int) -> str | None:
    """The season of the record at ``start..end`` of its sentence (module docstring), as its period."""
    before = list(_seasons(text, 0, start))
    chosen = before[-1] if before else None
    if chosen is None:
        after = next(_seasons(text, end, len(text)), None)
        if after is not None and re.fullmatch(r"[\s,(]*(?:(?:in|during|over|for)\s+(?:the\s+)?|로\s*|으로\s*)?", text[end : after.start()]):
            chosen = after  # "went 38-16 in the 2024 season", "21승 15패로 올 시즌을 마쳤다"
    if chosen is None:
        if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text[:start]):
            return None  # a year the season is not read from: not this season
        previous = _previous_sentence(doc.text, base)
        named = list(_seasons(previous, 0, len(previous)))
        if named:
            chosen = named[-1]  # "2025-2026 V리그 정규리그 최종전에서 …" then "이로써 … 21승 15패"
        elif _SEASONAL.search(doc.text) is None:
            return None  # "The Senate is 51-49": an article that speaks of no season or league has no records
    return _season_key(doc, chosen)


_SEASONAL = re.compile(r"시즌|리그|(?i:\bseasons?\b|\bcampaign\b|\bleague\b)")


def _seasons(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The seasons written in ``text[start:end]``; "2019-24" (no two consecutive years) is a span, no season."""
    for m in _SEASON.finditer(text, start, end):
        years = _SPLIT.search(m.group("split")) if m.group("split") else None
        if m.group("split") and (years is None or (int(years.group(1)) + 1) % 100 != int(years.group(2)[-2:])):
            continue
        yield m


def _season_key(doc: Document, m: re.Match[str] | None) -> str | None:
    if m is not None and m.group("split"):
        years = _SPLIT.search(m.group("split"))
        if years is None:
            return None
        first, second = int(years.group(1)), int(years.group(2)[-2:])
        if (first + 1) % 100 != second:
            return None  # "2019-24": a span of years, no season
        return str(first + 1)
    if m is not None and m.group("year"):
        return m.group("year")
    if m is not None and m.group("next"):
        return None  # next season: a goal
    if doc.date is None:
        return None
    shift = -1 if m is not None and m.group("last") else 0
    year = doc.date.year
    if _splits(doc.text) and doc.date.month >= 8:
        return str(year + 1 + shift)  # October 2025 in a sport of "2025-26" seasons: the one ending in 2026
    return str(year + shift)


def _said_over(doc: Document, text: str, base: int, final: re.Pattern[str]) -> bool:
    """Whether the record's sentence, the sentence before it or the article's title says the season is over
    ("…정규리그를 3위로 마감했다"; "2025-2026 V리그 정규리그 최종전에서" then "이로써 …"; a title "최종전서 2-1 역전승…시즌
    6위로 마무리")."""
    title = doc.text[: doc.text.find("\n")] if "\n" in doc.text else doc.text
    return any(final.search(t) is not None for t in (text, _previous_sentence(doc.text, base), title))


def _final(doc: Document, season: str, completed: bool) -> bool:
    """Whether a record of ``season`` is the season's last word: a past season's always; the current season's
    only when its sentence says the season is over ("정규리그를 3위로 마감했다", "finishing 3rd"): a running record
    ("83승 61패를 기록 중", "are 30-10") changes with every match, and two articles of one season would disagree
    by design. A later season is a goal."""
    now = _season_key(doc, None)
    if now is None:
        return True  # an undated article: the season is written, its state is not known — as written
    return int(season) < int(now) or int(season) == int(now) and completed


def _splits(text: str) -> bool:
    """Whether the article writes its seasons across two years ("2025-2026", "the 2023-24 season")."""
    return any((int(m.group(1)) + 1) % 100 == int(m.group(2)[-2:]) for m in _SPLIT.finditer(text))


def _previous_sentence(text: str, start: int) -> str:
    """The sentence that ends before ``start`` (a line of its own, or after the last full stop)."""
    before = text[max(0, start - 600) : start].rstrip()
    if not before:
        return ""
    cut = max(before.rfind("\n"), *(before.rfind(p) for p in (". ", "다. ", "? ", "! ")))
    # the sentence before: the one whose end is ``before``'s end
    head = before[:cut] if cut > 0 and cut >= len(before) - 2 else before
    if head is not before:
        cut = max(head.rfind("\n"), *(head.rfind(p) for p in (". ", "다. ", "? ", "! ")))
        return head[cut + 1 :] if cut >= 0 else head
    return before[cut + 1 :] if cut >= 0 else before


def _at(qs: Sequence[Quantity], start: int) -> list[Quantity]:
    return [q for q in qs if q.span.start == start and q.value is not None][:1]


def _quantity_at(qs: Sequence[Quantity], start: int, end: int, value: int) -> Quantity:
    """The figure written at ``start..end``, else one made for it (the parts of "18-18" are no figures of their own)."""
    for q in qs:
        if q.span.start == start and q.span.end == end and q.value == value:
            return q
    v = Fraction(value)
    return Quantity(Span(start, end), str(value), "count", v, v - Fraction(1, 2), v + Fraction(1, 2))


def _claim(doc: Document, sent: _Sentence, entity: str, attribute: str, q: Quantity, season: str) -> Claim:
    return Claim(path=doc.path, entity=entity, attribute=attribute, quantity=q, span=q.span, date=doc.date,
                 sentence=sent.span, discovered=True, how=HOW, period=season)
