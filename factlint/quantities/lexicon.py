"""Words that sit next to numbers: counters, percent and ratio words, bounds.

Tables only; :mod:`factlint.quantities.extract` builds its regexes from them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from ..korean import AFTER_NUMERAL_START

# Counters that make a count: "2040억개 파라미터", "약 200명", "수만대", "1,000조번".
COUNT_COUNTERS: tuple[str, ...] = (
    "개국", "개월", "개사", "개소", "개", "명", "번", "회", "대", "편", "장", "곳", "건", "가지", "마리",
    "권", "척", "차례", "채", "그루", "병", "잔", "켤레", "살", "세", "시간", "주", "주일", "분", "초",
    "가구", "종", "사람", "군데", "달",
    # "한 해 동안", "두 해째": years, with a native numeral and a duration word only (timewords)
    "해",
    # issue 16: "3국", "3인", "3사" (companies), "1,200만 화소", "2배체"
    # (diploid, not a multiple), "한 근" (600 g of meat, counted), "세 번꼴"
    "국", "인", "사", "화소", "배체", "근",
    # "5인승 차량", "1인승 비행기": seats
    "인승",
    # containers counted as units of goods ("하루 최대 120만 상자를 처리", "쌀 3천 포대"): the counter belongs to the figure
    "상자", "박스", "포대", "봉지",
)
# Counters of one syllable that also start other words after a number: they count only glued to the
# number and before a particle, a space or punctuation ("3사의", "4인을", "2단 로켓"; not "19사단",
# "2인자", "5단지", "20과 30 사이").
BOUNDED_COUNTERS: frozenset[str] = frozenset({"국", "인", "사", "단"})  # 단: a label (LABEL_COUNTERS)
# Counters that label rather than count: dates ("2021년", "10월", "18일"), ordinals
# ("두 번째", "1위", anniversaries "10주년", "1주기"), generations ("6세대"). Later checks read 년
# values as years.
LABEL_COUNTERS: tuple[str, ...] = (
    "년도", "년대", "년", "월", "일", "시", "분기", "분위", "세기", "주년", "주기", "번째", "째", "위", "등", "차", "호기", "호",
    "층", "세대", "점", "포인트", "기", "학년", "회차",
    # stages: "1단 로켓" (the first stage), "거리두기 3단계" (level 3)
    "단계", "단",
)
# What the counter 대 counts: vehicles and machines ("차량 20대", "40대 이상의 무인 우주선"). Round
# tens before 대 with none of these near are ages ("20대", "30대가": timewords.age_decade).
MACHINE_NOUNS: tuple[str, ...] = (
    "차량", "자동차", "승용차", "버스", "트럭", "택시", "오토바이", "자전거", "기차", "열차", "전동차", "비행기",
    "항공기", "여객기", "전투기", "헬기", "헬리콥터", "드론", "우주선", "탐사선", "인공위성", "위성", "로켓", "선박",
    "함정", "잠수함", "탱크", "전차", "장갑차", "로봇", "컴퓨터", "서버", "노트북", "스마트폰", "휴대폰", "휴대전화",
    "단말기", "기기", "장비", "기계", "카메라", "모니터", "엔진", "발전기", "냉장고", "세탁기", "에어컨", "TV",
)
# Nouns that number one member of a series when a number is glued to them: rounds and phases
# ("39라운드 홈경기", "임상 3상"), military and transit units ("4군단", "해군 2함대", "2호선"), parts
# of a match or a league ("4쿼터", "2차전", "1부 리그", "1군", "1루"). A number glued to any other
# Hangul noun counts it ("42골을", "15승 10무 11패", "36경기에서": extract._glued_counter).
ORDINAL_NOUNS: frozenset[str] = frozenset({
    "라운드", "상", "군단", "함대", "사단", "여단", "연대", "대대", "중대", "소대", "호선", "번지", "단지", "쿼터",
    "차전", "회전", "회말", "회초", "구간", "공구", "지구", "강", "부", "군", "루", "교시", "과", "절", "조", "항",
    "관", "동", "번길", "길", "로", "가", "구", "리", "읍", "권역", "등급", "급", "형", "탄", "편대",
    # suffixes that make the number part of a name or a kind: "엑스박스 360용", "3형", "2판", "5식"
    "용", "식", "판", "계", "제",
    # a site's number in its name: "청람 1공장", "루멘셀 2공장", "생산 3라인", "제2캠퍼스" (counted: "공장 3곳", "3개 공장")
    "공장", "라인", "캠퍼스",
})
# First syllables after a number that start an ending, a copula or a verb, not a noun: "3하고",
# "2였다", "5인데", "3있는".
VERB_START: frozenset[str] = frozenset("하한할함합해했되된될됨돼됐였이인입일임있없")
# Native numerals only count with these ("세 배", "두 개", "한 명", "스무 살").
NATIVE_COUNTERS: tuple[str, ...] = (
    "번째", "개국", "개월", "개", "명", "배", "번", "가지", "마리", "권", "대", "곳", "차례", "사람", "살",
    "시간", "달", "해", "척", "잔", "병", "장", "그루", "채", "켤레", "군데", "주", "건", "째", "분", "근", "종",
)
# Native numerals that count a plain noun after them ("두 도시", "세 과학자", "다섯 나라"): not 한, 네,
# 열, which are as often "a", "your"/"yes" and "heat"/"row".
NATIVE_BEFORE_NOUNS: frozenset[str] = frozenset({"두", "세", "다섯", "여섯", "일곱", "여덟", "아홉", "스무"})
# Two native numerals for a loose count: "한두 개" (one or two), "두세 배", "서너 명", "대여섯 명".
NATIVE_RANGES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {"한두": (1, 2), "두세": (2, 3), "서너": (3, 4), "세네": (3, 4), "네댓": (4, 5), "너댓": (4, 5), "너덧": (4, 5),
     "네다섯": (4, 5), "대여섯": (5, 6), "예닐곱": (6, 7), "일고여덟": (7, 8)}
)
# Native numeral + counter spellings that are ordinary words: 세대 "generation",
# 세배 "New Year's bow", 열대 "tropics", 한대 "cold zone", 한해 "one year" is fine.
NATIVE_STOP: frozenset[str] = frozenset({"세대", "세배", "열대", "한대", "세주"})

PERCENT_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "%p": "%p", "%P": "%p", "％p": "%p", "%포인트": "%p", "% 포인트": "%p", "퍼센트포인트": "%p",
        "퍼센트 포인트": "%p", "percentage points": "%p", "percentage point": "%p", "pp": "%p",
        "percentage": "%", "percents": "%",
        "%": "%", "％": "%", "퍼센트": "%", "퍼센티지": "%", "프로": "%", "percent": "%", "per cent": "%",
        "pct": "%",
        # basis points, hundredths of a percentage point: read as %p ("25bp" = 0.25%p, extract.BASIS_POINT)
        "bp": "bp", "bps": "bp", "basis points": "bp", "basis point": "bp", "베이시스포인트": "bp", "베이시스 포인트": "bp",
    }
)
RATIO_WORDS: tuple[str, ...] = ("배", "x", "X", "×", "times", "fold", "-fold")

# Sino-Korean spellings that are everyday words, not numbers: 조사 "survey",
# 구조 "structure", 천사 "angel", 이천/사천/오천 (cities), 만일 "if", 조만간 "soon", 구경 "aperture", "sightseeing".
SINO_STOP: frozenset[str] = frozenset(
    {"조사", "구조", "천사", "이천", "사천", "만일", "만사", "이조", "일조", "백조", "오만", "백사",
     "구만", "백구", "십이지", "조이", "천일", "백일", "만이", "조만", "구경"}
)

# Particles and endings that may follow a bare numeral ("이십일조원은", "삼백에", "오십이명의"),
# from the package's one table (factlint/korean.py).
PARTICLE_START: frozenset[str] = AFTER_NUMERAL_START

# Korean words after a number (and its counter) that bound or blur it.
KO_BOUND_AFTER: Mapping[str, str] = MappingProxyType(
    {
        "이상": "min", "초과": "min", "남짓": "approx", "이하": "max", "미만": "max", "이내": "max",
        "아래": "max", "밑": "max", "가량": "approx", "정도": "approx", "안팎": "approx", "내외": "approx",
        "쯤": "approx", "넘": "min", "꼴": "approx",
    }
)
EN_BOUND_AFTER: Mapping[str, str] = MappingProxyType(
    {
        "or more": "min", "or above": "min", "and above": "min", "and more": "min", "or greater than": "min",
        "or greater": "min", "or higher": "min", "or over": "min", "or less": "max",
        "or fewer": "max", "or below": "max", "or lower": "max", "or smaller": "max", "or under": "max",
    }
)
# Korean comparisons after a number: "10보다 크고", "5000 보다 높거나 같다", "100과 같거나 작은",
# "200 혹은 그 이상", "30이거나 그보다 작다". The stem decides the side.
KO_COMPARE_STEM: Mapping[str, str] = MappingProxyType(
    {"크": "min", "많": "min", "높": "min", "넘": "min", "작": "max", "적": "max", "낮": "max"}
)
SIGN_BEFORE: frozenset[str] = frozenset({"마이너스", "마이나스", "음수", "minus", "negative"})
# Words before a number. Two-word English phrases are keyed by both words.
BOUND_BEFORE: Mapping[str, str] = MappingProxyType(
    {
        "약": "approx", "대략": "approx", "거의": "approx", "최소": "min", "최소한": "min", "적어도": "min",
        "최대": "max", "최고": "max",
        "about": "approx", "around": "approx", "approximately": "approx", "approx.": "approx",
        "roughly": "approx", "nearly": "approx", "almost": "approx", "some": "approx", "circa": "approx",
        "over": "min", "above": "min", "exceeding": "min", "more than": "min", "greater than": "min",
        "at least": "min", "no less than": "min", "upwards of": "min",
        "under": "max", "below": "max", "lower than": "max", "higher than": "min", "in excess of": "min",
        "less than": "max", "fewer than": "max", "at most": "max", "up to": "max", "no more than": "max",
        "larger than": "min", "bigger than": "min", "smaller than": "max", "exceed": "min", "exceeds": "min",
        "surpass": "min", "surpasses": "min", "surpassing": "min", "beyond": "min",
    }
)
