"""The generic heads of names, in Korean and in English: one bilingual table.

A name is a distinctive part and a generic head, an institution's, place's, facility's or organisation's noun
("새봉" + 대학교, "Saebong" + University). Korean writes the head after the part; English translates it, after the
part ("Haram City Library"), before it ("University of Hanbit", "Lake Seoha", "Mount Danwol") or with the
number moved ("1호선" Line 1, "2공장" Plant 2). Each row: the Korean head, its English words (folded as
``romanize.latin_key`` folds them: lower case, spaces kept), its kind, and

* ``numbered``: a head that takes a number or a Latin letter (1호선, 제2공장, 3호기, "Line 1", "Plant No. 2"),
  compared exactly;
* ``before``: how English writes it before the part when it does ("of": "Port of Seojin"; "": "Lake Seoha");
* ``in_names``: the heads :data:`romanize.SUFFIXES` holds, which binding reads as the end of a name (a Hangul word
  ending in one is a company or an institution). The other rows only bridge two spellings of a name already
  bound (``factlint/headbridge.py``) and change no binding.

The kinds say what the bare distinctive part names: a ``company``'s part is the company ("Hanbit" for
"Hanbit Mobility"); an ``administrative`` head's part is the place ("청주" for 청주시); every other kind's part is
something else (the place a library, a line, a plant or a university is named after).
"""

from __future__ import annotations

from typing import NamedTuple


class Head(NamedTuple):
    """One generic head: the Korean noun, its English words, its kind (see the module's docstring)."""

    english: tuple[str, ...]
    kind: str
    in_names: bool = False
    numbered: bool = False
    before: str | None = None


def _n(*english: str, kind: str, before: str | None = None) -> Head:
    """A head binding reads as the end of a name (:data:`romanize.SUFFIXES`)."""
    return Head(english, kind, True, False, before)


# The rows binding reads first, in the order romanize.SUFFIXES has always had (binding iterates it).
HEADS: dict[str, Head] = {
    "국제공항": _n("international airport", kind="facility"),
    "공항": _n("airport", kind="facility"),
    "중공업": _n("heavy industries", "heavy industry", kind="company"),
    "조선": _n("shipbuilding", kind="company"),
    "제철": _n("steel", kind="company"),
    "철강": _n("steel", kind="company"),
    "전자": _n("electronics", kind="company"),
    "화학": _n("chemical", "chemicals", kind="company"),
    "제약": _n("pharmaceutical", "pharmaceuticals", "pharma", kind="company"),
    "건설": _n("construction", kind="company"),
    "자동차": _n("motor", "motors", kind="company"),
    "항공": _n("air", "airlines", kind="company"),
    "은행": _n("bank", kind="organisation"),
    # a power producer named after its source ("가온풍력" ~ "Gaon Wind"): the stem must romanize exactly
    "풍력": _n("wind", "wind power", kind="company"),
    # a power plant named after its place ("청솔 해상풍력단지" ~ "Cheongsol Offshore Wind Farm")
    "해상풍력단지": _n("offshore wind farm", kind="facility"),
    "풍력단지": _n("wind farm", kind="facility"),
    "발전소": _n("power plant", "power station", kind="facility"),
    # heads of company names written in Hangul transliteration ("소린모터스" ~ "Sorin Motors")
    "모터스": _n("motors", kind="company"),
    "일렉트로닉스": _n("electronics", kind="company"),
    "엔터테인먼트": _n("entertainment", kind="company"),
    "솔루션즈": _n("solutions", kind="company"),
    "바이오로직스": _n("biologics", kind="company"),
    "홀딩스": _n("holdings", kind="company"),
    "케미칼": _n("chemical", kind="company"),
    "모빌리티": _n("mobility", kind="company"),
    "유나이티드": _n("united", kind="club"),
    "바이오": _n("bio", kind="company"),
    "테크": _n("tech", kind="company"),
    "증권": _n("securities", kind="company"),
    "대학교": _n("university", kind="institution", before="of"),
    "박물관": _n("museum", kind="institution"),
    "미술관": _n("art museum", "museum", kind="institution"),
    "대교": _n("bridge", "grand bridge", kind="facility"),  # "서해대교" ~ "Seohae Grand Bridge"
    # a food maker ("해밀식품" ~ "Haemil Foods"), a tunnel ("단월터널" ~ "Danwol Tunnel"), a national park named
    # after its mountain ("단월산국립공원" ~ "Danwolsan National Park")
    "식품": _n("foods", "food", kind="company"),
    "터널": _n("tunnel", kind="facility"),
    "국립공원": _n("national park", kind="facility"),
    "케이블카": _n("cable car", kind="facility"),  # "단월산케이블카" ~ "Danwolsan Cable Car"
    "병원": _n("hospital", kind="institution"),
    # recurring events named after their place ("청람국제마라톤" ~ "Cheongram International Marathon",
    # "부산국제영화제" ~ "Busan International Film Festival"; binding/editions.py)
    "국제마라톤": _n("international marathon", kind="event"),
    "마라톤": _n("marathon", kind="event"),
    "국제영화제": _n("international film festival", kind="event"),
    "영화제": _n("film festival", kind="event"),
    "축제": _n("festival", kind="event"),
    "항": _n("port", "harbour", "harbor", kind="facility", before="of"),
    "호": _n("lake", kind="place", before=""),
    "시": _n("city", kind="administrative"),
    "군": _n("county", kind="administrative"),
    "구": _n("district", kind="administrative"),
    "도": _n("province", kind="administrative"),
    # --- the heads that only bridge names (binding does not read them) ---
    # an owner's adjective before a facility's head ("하람시립도서관" ~ "Haram City Library")
    "시립": Head(("city", "municipal", "public"), "modifier"),
    "공립": Head(("public",), "modifier"),
    "군립": Head(("county",), "modifier"),
    "도립": Head(("provincial",), "modifier"),
    "국립": Head(("national",), "modifier"),
    # what a museum, a centre or a port is of, before its head ("서하자연사박물관" ~ "Seoha Museum of Natural History",
    # or "Seoha Natural History Museum")
    "자연사": Head(("natural history",), "modifier"),
    "국제": Head(("international",), "modifier"),
    "과학": Head(("science",), "modifier"),
    "역사": Head(("history",), "modifier"),
    "해양": Head(("maritime", "marine", "ocean"), "modifier"),
    "민속": Head(("folk",), "modifier"),
    "온천": Head(("hot spring", "hot springs"), "modifier"),
    "도서관": Head(("library",), "institution"),
    "대학": Head(("university", "college"), "institution", before="of"),
    "대": Head(("university",), "institution", before="of"),  # a university's short name ("새봉대")
    "고등학교": Head(("high school",), "institution"),
    "중학교": Head(("middle school",), "institution"),
    "초등학교": Head(("elementary school", "primary school"), "institution"),
    "연구소": Head(("research institute", "institute", "laboratory", "lab"), "institution"),
    "연구원": Head(("research institute", "institute"), "institution"),
    "센터": Head(("center", "centre"), "institution"),
    "재단": Head(("foundation",), "organisation"),
    "협회": Head(("association",), "organisation"),
    "협동조합": Head(("cooperative", "co-op"), "organisation"),
    "농협": Head(("agricultural cooperative", "farmers cooperative", "farmers' cooperative"), "organisation"),
    "수협": Head(("fisheries cooperative",), "organisation"),
    "구단": Head(("club",), "club"),
    "시청": Head(("city hall",), "institution"),
    "군청": Head(("county office",), "institution"),
    "공장": Head(("plant", "factory"), "facility", numbered=True),
    "원전": Head(("nuclear power plant", "nuclear plant", "nuclear"), "facility"),
    "호기": Head(("unit", "reactor"), "facility", numbered=True),
    "호선": Head(("line",), "facility", numbered=True),
    "선": Head(("line",), "facility"),
    "역": Head(("station",), "facility"),
    "터미널": Head(("terminal",), "facility"),
    "공원": Head(("park",), "facility"),
    "파크": Head(("park",), "facility"),  # a loanword head of an English head word of the table: the table's row
    "경기장": Head(("stadium",), "facility"),
    "구장": Head(("ballpark", "stadium"), "facility"),
    "신도시": Head(("new town", "new city"), "place"),
    "체육관": Head(("arena", "gymnasium", "gym"), "facility"),
    "아레나": Head(("arena",), "facility"),
    "댐": Head(("dam",), "facility"),
    "저수지": Head(("reservoir",), "place"),
    "산": Head(("mountain", "mount", "mt"), "place", before=""),
    "강": Head(("river",), "place"),
    "해수욕장": Head(("beach",), "place"),
    "소재": Head(("materials", "material"), "company"),
    "에너지": Head(("energy",), "company"),
    "그룹": Head(("group",), "company"),
    # trades a company is named by after its place ("실마루방적" ~ "Silmaru Spinning", "소하해운" ~ "Soha Marine"):
    # bridges, and the trades binding reads after a place's stem as a company's name (binding._placed_trade)
    "방적": Head(("spinning",), "company"),
    "해운": Head(("shipping", "marine", "lines"), "company"),
    "물산": Head(("trading", "corporation"), "company"),
    "상사": Head(("trading",), "company"),
    "수산": Head(("fisheries", "seafood", "seafoods"), "company"),
    "관광": Head(("tourism", "tours", "travel"), "company"),
    "제지": Head(("paper",), "company"),
}

# The English modifiers a Korean name leaves out: 김해공항 is "Gimhae International Airport", 묵령 스파 "Mungnyeong Hot
# Spa" (headbridge: read only between a distinctive part and a head that meet)
DROPPED = frozenset({"international", "hot"})

# The numbers of the English forms with "no.": "Plant No. 2"; the number words English writes after a numbered head
NUMBER_WORDS = ("no", "number")
