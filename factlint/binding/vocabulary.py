"""Words and patterns binding reads: particles, counters, comparisons, goals, reports, years, names."""

from __future__ import annotations

import re
from typing import Callable

from .. import korean
from ..model import Quantity
from ..quantities.units import UNIT_WORDS
from ..tolerance import dimension

# --- vocabulary ---------------------------------------------------------------------------

# Korean particles that may follow a name ("하이퍼클로바는", "GPT-3보다", "MS로부터"): the package's one table.
PARTICLES = korean.AFTER_NAME
_PARTICLE_RE = "|".join(PARTICLES)
TOPIC_PARTICLES = korean.TOPIC
SUBJECT_PARTICLES = korean.SUBJECT

# Counters of dates, times and ordinals: "2021년", "5월", "3년간", "6세대", "1위", "파업 3일째" are not
# claims, nor is a decade that situates one ("2020년대 들어서").
TIME_COUNTERS = frozenset(
    {"년", "월", "일", "시", "분", "초", "세대", "위", "회", "차", "째", "년간", "개월", "주", "주년", "시간", "세", "번째", "호", "층", "번", "기", "분기", "년도", "일간", "등",
     "년대"}
)
CLAIM_KINDS = frozenset({"count", "number", "money", "percent", "quantity"})

# The units extraction writes (quantities.units): none is a count, and each rate of computation
# says FLOPS in its name (tests/test_binding.py checks both against pint). For them a figure is
# fitted to an attribute without pint's registry (0.5 s to build in every worker).
_TABLE_UNITS = frozenset(UNIT_WORDS.values())


def _is_count(q: Quantity) -> bool:
    if q.kind == "quantity" and q.unit in _TABLE_UNITS:
        return False
    return dimension(q) == "count"


def _is_flops(q: Quantity) -> bool:
    if q.kind == "quantity" and "FLOPS" in (q.unit or ""):
        return True
    if q.kind == "quantity" and q.unit in _TABLE_UNITS:
        return False
    return dimension(q) in ("flop / second", "flop/second")


# Dimensions of attributes → what dimension() of a quantity must be.
_DIMENSION_TEST: dict[str, Callable[[Quantity], bool]] = {
    "count": _is_count,
    "number": _is_count,
    "money": lambda q: q.kind == "money",
    "percent": lambda q: q.kind == "percent",
    "ratio": lambda q: q.kind == "ratio",
    "flops": _is_flops,
    "bytes": lambda q: q.kind == "quantity" and (q.unit or "").endswith("byte"),
    "length": lambda q: q.kind == "quantity" and (q.unit or "").endswith(("meter", "mile", "foot", "inch")),
    "date": lambda q: q.kind == "date",
}

# Comparison markers. Korean ones follow the compared name ("GPT-3보다", "GPT-3(175B)를 뛰어넘는");
# English ones precede it ("larger than GPT-3", "compared with PaLM").
# A new branch needs its opening syllable in _KO_COMPARE_SCAN (its first word in _EN_COMPARE_WORDS)
# and an example in tests/test_binding.py, which fails until both are there.
_KO_COMPARE = re.compile(
    r"보다|대비|에\s?비해|에\s?비하면|(?:와|과)?\s?달리|뛰어넘|넘어선|넘어서|넘는|능가|제치|앞서|앞선|"
    r"(?:와|과)는?\s?(?:다르|다른)|(?:와|과)\s?비교|(?:와|과)\s?유사|(?:와|과)\s?비슷|(?:와|과)\s?맞먹|수준의|에\s?못\s?미치|의\s?(?:약\s?)?\d+(?:\.\d+)?\s?배|"
    r"의\s?(?:약\s?)?(?:절반|\d+\s?분의|(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열|수십|수백)\s?배|(?:이|삼|사|오|십|백)\s?분의)"
)
_EN_COMPARE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|unlike|surpassing|surpasses|surpassed|outperforming|"
    r"outperforms|beating|beats|dwarfing|dwarfs|rivalling|rivaling|like|exceeding|exceeds|edging\s+out|edges\s+out|"
    r"edged\s+out|ahead\s+of|overtaking|overtakes|overtook|topping|size\s+of|as\s+(?:many|much|large|big)\s+as|"
    r"(?:half|third|quarter|fifth|tenth|hundredth|thirds|quarters|fifths|tenths)\s+(?:the\s+size\s+)?of)\b",
    re.I,
)
_EN_COMPARE_WORDS = ("than", "compared", "versus", "vs", "unlike", "surpassing", "surpasses", "surpassed", "outperforming",
                     "outperforms", "beating", "beats", "dwarfing", "dwarfs", "rivalling", "rivaling", "like", "exceeding",
                     "exceeds", "edging", "edges", "edged", "ahead", "overtaking", "overtakes", "overtook",
                     "topping", "size", "as", "half", "third", "quarter", "fifth", "tenth", "hundredth", "thirds",
                     "quarters", "fifths", "tenths")  # where an _EN_COMPARE match can start

# Goals, plans and forecasts: not claims about the present.
_GOAL_AFTER_KO = re.compile(
    r"겠|목표|계획|예정|전망|방침|추진|할\s?것|될\s?것|질\s?것|날\s?것|것으로\s?(?:보|예상|관측|기대)|예상|늘릴|확대할|"
    r"가능하도록|노린|노려|도전|하기로|키우기로|기대된|기대한|로\s?잡"
)
# (an object that is itself a target or a forecast, "매출 목표를 5조 원까지 늘렸다", "전망치를 4조 원으로 높였다":
# the value it is brought to is one too; "오는 3월", "다가오는", "돌아오는": a time to come, never 오는 ending a name's
# topic, "가람바이오는")
_GOAL_BEFORE_KO = re.compile(r"향후|(?:(?<![가-힣])|다가|돌아)오는\s|목표로|내년|장기적으로|(?:목표|목표치|전망치|예상치)를\s")
_GOAL_EN = re.compile(
    r"\b(?:will|would|aims?\s+to|aiming|plans?\s+to|planned|planning|targets?|targeting|goal|expects?\s+to|"
    # ("Gaon Wind expects the farm to generate about 1,210 GWh": a forecast of the farm's figure)
    r"expects?\s+(?:the|its|their)\s+[a-z\-]+\s+to|"
    r"expected|forecasts?|forecasted|projected|projects|predicts?|is\s+set\s+to|intends?\s+to|hopes?\s+to|"
    r"could\s+reach|by\s+20\d\d)\b",
    re.I,
)
# Reported speech, and words disputing it: "…3000억개라는 보도는 사실이 아니다".
_REPORTED = re.compile(
    r"(?:이)?라는|(?:이)?라고|다는|다고|라며|(?:으)?로\s?알려|보도|주장|소문|추정|\b(?:claimed|claims|reported|reportedly|rumou?red|"
    r"said\s+to|alleged|allegedly|according\s+to\s+(?:some|earlier|media|reports)|"
    r"(?:some|earlier|media|online|viral|several|many|other)\s+(?:reports|posts|tweets|articles|accounts|outlets|sources))\b",
    re.I,
)
# A figure the sentence itself denies: "Chinchilla does not have 500 billion parameters", "…5000억개가
# 아니다", "…1.75 trillion parameters, which is wrong" — disputed whoever reported it.
_NEGATED_BEFORE = re.compile(
    r"\b(?:(?:does|did|do)\s+not|doesn't|didn't|don't|never)\s+(?:have|has|had|contain|contains|use|uses|used)\s+(?:\w+\s+)?$"
    r"|\b(?:is|was|are|were)\s+not\s+(?:\w+\s+)?$|\b(?:isn't|wasn't|aren't|weren't)\s+(?:\w+\s+)?$", re.I)
_NEGATED_AFTER = re.compile(
    r"(?:이|가)?\s?아니(?:다|라|며|고|었|에요|ㅂ니다|니다)"
    r"|[^.;!?]{0,40}?,\s*which\s+(?:is|was)\s+(?:\w+\s+)?(?:wrong|false|incorrect|untrue|not\s+true|inaccurate|mistaken)\b",
    re.I)
_DISPUTE = re.compile(
    r"사실이\s?아니|사실과\s?다르|사실무근|잘못\s?(?:알려|전해|보도)|잘못된|오보|틀린|부인|반박|과장|부풀려|실제로는|실제\s?규모는|"
    r"\b(?:not\s+true|untrue|false|incorrect|incorrectly|wrong|denied|denies|inaccurate|erroneous|exaggerated|misreported|"
    r"disputed|disputes|refuted|actually|in\s+fact|overstated)\b",
    re.I,
)
_REVISION = re.compile(
    r"상향|하향|수정(?:해|했|된|하)|정정|늘려|늘렸|늘어난|늘어|확대됐|확대했|업데이트|\b(?:revised|revises|corrected|updated|raised|lowered|"
    r"increased\s+to|now\s+(?:has|stands|counts))\b",
    re.I,
)
# Clause boundaries inside a sentence: connective endings and commas before a new clause, an ellipsis.
# Each branch opens with a literal, so the regex engine skips to the letters that can start one
# (4x faster than "(?:으나|지만|…),\s|(?:으며|…)\s|…", which it stands for, branch by branch).
_CLAUSE_END = re.compile(
    "|".join(f"{e},\\s" for e in "으나 지만 는데 면서 으며 하며 되며 했고 하고 되고 였고 이고 다며 했으며 됐으며 고".split())
    + "|" + "|".join(f"{e}\\s" for e in "으며 하며 되며 면서 지만 으나".split())
    + r"|;\s|,\s(?=(?:and|but|while|whereas|although|though)\b)"
    + "|…"  # a headline's two statements: "관광객 152만 3천 명…전년 동월 대비 12.4% 증가"
)
# Years for the period of a claim: "2021년", "'21년", "2021년 기준", "as of 2023", "in 2019", "FY2022".
_YEAR = re.compile(r"(?<!\d)(?:(19\d\d|20\d\d)\s?년|'(\d\d)\s?년|(?:FY|fy)\s?(20\d\d))|\b(?:[Ii]n|[Aa]s\s+of|[Bb]y|[Ss]ince|[Ff]or|of)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(19\d\d|20\d\d)\b")
_RELATIVE_YEAR = re.compile(r"지난해|작년|올해|금년|내년|\b(?:last|this|next)\s+year\b", re.I)
_RELATIVE_OFFSET = {"지난해": -1, "작년": -1, "올해": 0, "금년": 0, "내년": 1, "last": -1, "this": 0, "next": 1}

# A sentence opening with a topic of its own (a noun + 은/는, "The market …") does not inherit
# the previous sentence's subject — unless the topic is an anaphor ("이 모델은", "It").
_OWN_TOPIC_KO = re.compile(r"^[^.,]{0,24}?(?<![하되있없오가라다나지])[가-힣A-Za-z0-9)'’”\"]\s?(?:은|는)\s")
_ANAPHOR = re.compile(r"^(?:이\s?모델|해당\s?모델|이\s?회사|해당\s?회사|같은\s?모델|이\s?언어모델|그\s?모델|동사|회사는|모델은|It\b|Its\b|The\s+(?:model|company|firm|system|startup|lab)\b|This\s+(?:model|company|system)\b|They\b|The\s+new\s+model\b)")

# Discovered names: Latin product names and quoted names in telling places.
# CamelCase (KoGPT, HyperCLOVA), capitals (BLOOM, PaLM), hyphenated (MT-NLG, GPT-3.5), capitals + digits
# (GPT3). The capital that opens every form comes first, before the look-behind, so that the regex
# engine can skip to capitals: 6x faster on Korean text, same matches.
_LATIN_NAME = re.compile(
    r"[A-Z](?<![A-Za-z0-9\-][A-Z])(?:[a-z]+[A-Z][A-Za-z0-9]*|[a-z]?[A-Z]{2,}[a-z]*|[A-Za-z]*-(?:[A-Z0-9][A-Za-z0-9]*)(?:\.\d+)?|[A-Z]+\d+(?:\.\d+)?)(?![A-Za-z0-9])"
)
_NOT_NAMES = frozenset({"COVID-19", "K-pop", "Wi-Fi", "R&D", "CEO", "COO", "CTO", "CFO", "IT", "AI", "CAGR", "GPU", "NPU", "CPU", "TPU", "STT", "TTS", "API", "USD", "KRW", "PF", "EF", "TF", "SaaS", "PaaS", "IaaS", "NeurIPS", "PhD"})
_QUOTE_OPEN = "'‘\"“「『"
_QUOTE_CLOSE = "'’\"”」』"
_QUOTED = re.compile(r"['‘\"“「『]([^'’\"”」』\n]{1,24})['’\"”」』]")
_MODEL_NOUN_BEFORE = re.compile(r"(?:모델|언어모델|AI|인공지능|챗봇|model|chatbot)\s*$")
_LATIN_GLOSS = re.compile(r"\(([A-Z][A-Za-z0-9\-.]{1,20})\)")

_WHITESPACE = re.compile(r"\s+")

BEFORE_WINDOW = 20
AFTER_WINDOW = 25
MAX_SENTENCE = 1000  # characters: see _bounded
# Names discovered in an article are looked for everywhere in it, each with a scan of the text: the
# first 256 (articles discover a handful; a generated megabyte of names would make it quadratic).
MAX_KNOWN = 256
