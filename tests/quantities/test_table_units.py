"""A Markdown table's column header gives its bare-number cells their unit (issue 16, factlint/quantities/tables.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from factlint import segment
from factlint.loader import parse
from factlint.model import Document, Quantity
from factlint.quantities import extract, extract_blocks

KO_TABLE = """# 충북 주요 시·군 현황

| 시·군 | 순위 | 인구(명) | 면적(㎢) | 본예산(억 원) | 아파트 평균 매매가(3.3㎡당, 만 원)[^2] | 설립(년) | 비고 |
|---|---|---|---|---|---|---|---|
| 청주시 | 1 | 848,512 | 940.3 | 41,250 | 1,210 | 1949 | 12 |
| 충주시 | 2 | 207,815 | 4조 원 | 약 15,420 | — | 1956 | 7 |

청주시 인구는 848,512로 늘었다.

[^2]: 한국부동산원 자료.
"""

EN_TABLE = """Figures for 2024.

| Country | Population (m) | GDP ($bn) | Area (km²) | Revenue (£m) | Share, % | Height (m) | Year |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| Ruritania | 12.5 | 310 | 48,200 | 640 | 3.2 | 2,100 | 2019 |

Ruritania has 12.5 of them.
"""


def _figures(name: str, text: str) -> dict[str, Quantity]:
    doc = parse(name, text.encode("utf-8"))
    assert isinstance(doc, Document)
    found = extract_blocks(doc.text, segment.blocks(doc))
    for q in found:
        assert doc.text[q.span.start : q.span.end] == q.text  # the span is the cell's digits, as written
    return {f"{doc.text.count(chr(10), 0, q.span.start) + 1}:{q.text}": q for q in found}


def _read(q: Quantity) -> tuple[str, Fraction | None, str | None, str | None]:
    return q.kind, q.value, q.unit, q.counter


def test_korean_header_units_scale_bare_cells() -> None:
    got = _figures("ko.md", KO_TABLE)
    assert _read(got["5:848,512"]) == ("count", 848512, None, "명")
    assert _read(got["5:940.3"]) == ("quantity", Fraction("940.3"), "kilometer ** 2", None)
    assert _read(got["5:41,250"]) == ("money", 41250 * 10**8, "KRW", None)  # 4조 1,250억 원
    assert _read(got["5:1,210"]) == ("money", 1210 * 10**4, "KRW", None)  # 만 원, not the rate's 3.3㎡
    bare = extract("41,250")[0]  # the cell's own precision, scaled
    assert bare.low is not None and bare.high is not None
    assert (got["5:41,250"].low, got["5:41,250"].high) == (bare.low * 10**8, bare.high * 10**8)


def test_korean_hard_negatives() -> None:
    got = _figures("ko.md", KO_TABLE)
    assert _read(got["5:1"]) == ("number", 1, None, None)  # 순위: no unit
    assert _read(got["5:1949"]) == ("number", 1949, None, None)  # a year in 설립(년), not 1949 years
    assert _read(got["5:12"]) == ("number", 12, None, None)  # 비고: no unit
    assert _read(got["6:4조 원"]) == ("money", 4 * 10**12, "KRW", None)  # its own unit wins
    assert got["6:약 15,420"].value == 15420 and got["6:약 15,420"].unit is None  # not a bare cell: left alone
    assert _read(got["8:848,512"]) == _read(extract("청주시 인구는 848,512로 늘었다.")[0])  # prose: as extract reads it


def test_english_header_units() -> None:
    got = _figures("en.md", EN_TABLE)
    assert _read(got["5:12.5"]) == ("count", Fraction("12.5") * 10**6, None, None)  # m in a population column
    assert _read(got["5:310"]) == ("money", 310 * 10**9, "USD", None)
    assert _read(got["5:48,200"]) == ("quantity", 48200, "kilometer ** 2", None)
    assert _read(got["5:640"]) == ("money", 640 * 10**6, "GBP", None)
    assert _read(got["5:3.2"]) == ("percent", Fraction("3.2"), "%", None)
    assert _read(got["5:2,100"]) == ("quantity", 2100, "meter", None)  # m elsewhere is metres
    assert got["5:2019"].kind == "number" and got["5:2019"].unit is None
    assert _read(got["7:12.5"]) == ("number", Fraction("12.5"), None, None)  # prose under the table


def test_plain_text_pipes_are_no_table() -> None:
    got = _figures("a.txt", "| 인구(명) |\n|---|\n| 848,512 |\n")
    assert _read(got["3:848,512"]) == ("number", 848512, None, None)


def test_quantities_json_shows_the_header_unit(tmp_path: Path) -> None:
    path = tmp_path / "ko.md"
    path.write_text(KO_TABLE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "factlint", "quantities", "--format", "json", str(path)],
                         capture_output=True, text=True, check=True).stdout
    rows = {(r["line"], r["text"]): r for r in json.loads(out)["quantities"]}
    budget = rows[(5, "41,250")]
    assert (budget["kind"], budget["value"], budget["unit"]) == ("money", 4125000000000, "KRW")


@pytest.mark.parametrize("header", ["| 인구 (명) |", "| 인구（명） |", "| 인구(단위: 명) |"])
def test_header_forms(header: str) -> None:
    got = _figures("h.md", f"{header}\n|---|\n| 1,200 |\n")
    assert _read(got["3:1,200"]) == ("count", 1200, None, "명")


COUNT_TABLE = """| 시 | 가구 수 | 사업체 수(개) | 평균 점수 | 지수 | 학생수 |
|---|---:|---:|---:|---:|---:|
| 가 | 12,400 | 310 | 78.5 | 104.2 | 5,000 |
"""

EN_COUNT_TABLE = """| Town | Number of households | No. of firms | Score | Households |
| --- | ---: | ---: | ---: | ---: |
| Aville | 12,400 | 310 | 78 | 9,100 |
"""


def test_header_naming_a_number_of_things_counts_it() -> None:
    got = _figures("n.md", COUNT_TABLE)
    assert _read(got["3:12,400"]) == ("count", 12400, None, "가구")  # "가구 수": the number of households
    assert _read(got["3:310"]) == ("count", 310, None, "개")  # its own bracketed unit still wins
    assert _read(got["3:78.5"]) == ("number", Fraction("78.5"), None, None)  # 점수 (a score) is no "X 수"
    assert _read(got["3:104.2"]) == ("number", Fraction("104.2"), None, None)  # 지수: an index
    assert _read(got["3:5,000"]) == ("number", 5000, None, None)  # 수 glued: not read as a word of its own
    en = _figures("n.md", EN_COUNT_TABLE)
    assert _read(en["3:12,400"]) == ("count", 12400, None, "households")
    assert _read(en["3:310"]) == ("count", 310, None, "firms")
    assert _read(en["3:78"]) == ("number", 78, None, None)
    assert _read(en["3:9,100"]) == ("number", 9100, None, None)  # a bare noun states no unit


UNIT_LINE_TABLE = """# 2025년 조선 3사 수주

> 자료: 협회, 2026년 1월 22일 발표. 단위: 억 달러, 척

| 순위 | 회사 | 수주액 | 척수 | 연간 목표 | 달성률 | 점유율(%) | 연도 |
|---|---|---|---|---|---|---|---|
| 1 | 가 | 146.0 | 52 | 135 | 108.1% | 46 | 2025 |

가의 수주액은 146.0으로 늘었다.
"""


def test_unit_line_before_the_table_per_column() -> None:
    got = _figures("u.md", UNIT_LINE_TABLE)
    assert _read(got["7:146.0"]) == ("money", 146 * 10**8, "USD", None)  # 146억 달러: the first unit listed
    assert _read(got["7:52"]) == ("count", 52, None, "척")  # 척수 names 척
    assert _read(got["7:135"]) == ("money", 135 * 10**8, "USD", None)
    # hard negatives: a rank, a year, a column with its own unit, a cell with its own, prose
    assert _read(got["7:1"]) == ("number", 1, None, None)
    assert _read(got["7:2025"]) == ("number", 2025, None, None)
    assert _read(got["7:46"]) == ("percent", 46, "%", None)
    assert _read(got["7:108.1%"]) == ("percent", Fraction("108.1"), "%", None)
    assert _read(got["9:146.0"]) == ("number", 146, None, None)
    assert "3:억 달러" not in got  # the unit stated is no figure of 1억 달러
    assert "3:2026년" in got  # the line's own figures stay


@pytest.mark.parametrize("before, after", [
    ("(단위: 억 원)\n\n", ""),
    ("", "\n(단위: 억 원)\n"),
    ("", "\n자료: 통계청. 단위: 억 원\n"),
])
def test_unit_line_before_or_after_korean(before: str, after: str) -> None:
    got = _figures("k.md", f"{before}| 시 | 예산 | 가구 수 | 지수 |\n|---|---|---|---|\n| 가 | 41,250 | 310 | 104.2 |\n{after}")
    line = before.count("\n") + 3
    assert _read(got[f"{line}:41,250"]) == ("money", 41250 * 10**8, "KRW", None)
    assert _read(got[f"{line}:310"]) == ("count", 310, None, "가구")  # the header's count wins
    assert _read(got[f"{line}:104.2"]) == ("number", Fraction("104.2"), None, None)  # an index takes no money


def test_unit_line_english() -> None:
    got = _figures("e.md", "Unit: KRW billion\n\n| Year | Company | Revenue | No. of ships |\n"
                           "| --- | --- | --- | --- |\n| 2025 | A | 1,250 | 52 |\n")
    assert _read(got["5:1,250"]) == ("money", 1250 * 10**9, "KRW", None)
    assert _read(got["5:2025"]) == ("number", 2025, None, None)
    assert _read(got["5:52"]) == ("count", 52, None, "ships")  # its header counts ships, no money


def test_unit_line_away_from_the_table_or_in_prose_does_nothing() -> None:
    far = _figures("f.md", "단위: 억 원\n\n본문 문단이다.\n\n| 시 | 예산 |\n|---|---|\n| 가 | 41,250 |\n")
    assert _read(far["7:41,250"]) == ("number", 41250, None, None)  # a paragraph between: not this table's
    plain = _figures("p.md", "단위: 억 원\n\n예산은 41,250이다.\n")
    assert _read(plain["3:41,250"]) == ("number", 41250, None, None)


# A sentence right before the table naming its columns and the unit of each (fresh6 ko_table: "대출 권수와 장서는 권,
# 이용자는 명 단위다"): a column the sentence names takes that unit.
NAMED_UNITS = [
    ("대출 권수와 장서는 권, 이용자는 명 단위다.", "| 도서관 | 대출 권수 | 이용자 |", "권", "명"),
    ("이용자는 명, 대출 권수는 권 단위다.", "| 도서관 | 대출 권수 | 이용자 |", "권", "명"),
    ("장서·대출 권수는 권, 회원은 명 단위이다.", "| 관 | 대출 권수 | 회원 |", "권", "명"),
    ("선박은 척, 선원 및 승객은 명 단위입니다.", "| 항구 | 선박 | 승객 |", "척", "명"),
]


@pytest.mark.parametrize("sentence, header, first, second", NAMED_UNITS)
def test_a_sentence_names_each_column_s_unit(sentence: str, header: str, first: str, second: str) -> None:
    got = _figures("n.md", f"{sentence}\n\n{header}\n|---|---|---|\n| 가 | 583,200 | 21만 3천 |\n")
    assert _read(got["5:583,200"]) == ("count", 583200, None, first)
    assert _read(got["5:21만 3천"]) == ("count", 213000, None, second)


@pytest.mark.parametrize("text", [
    # the column the sentence names is not this one: no unit for 예산 or 지수
    "인원은 명 단위다.\n\n| 시 | 예산 | 지수 |\n|---|---|---|\n| 가 | 583,200 | 21만 3천 |\n",
    # the header's own unit wins over the sentence's (천 권 is not 권)
    "장서는 권 단위다.\n\n| 관 | 장서(천 권) | 지수 |\n|---|---|---|\n| 가 | 583,200 | 21만 3천 |\n",
    # a paragraph between: not this table's (a unit the sentence reader reads when the table follows it: "명")
    "인원은 명 단위다.\n\n본문이다.\n\n| 시 | 인원 | 지수 |\n|---|---|---|\n| 가 | 583,200 | 21만 3천 |\n",
    # rounding, not a unit statement of the columns
    "예산은 억 원 단위로 반올림했다.\n\n| 시 | 예산 | 지수 |\n|---|---|---|\n| 가 | 583,200 | 21만 3천 |\n",
])
def test_a_sentence_of_units_for_other_columns_does_nothing(text: str) -> None:
    got = _figures("m.md", text)
    cells = {k.split(":", 1)[1]: _read(q) for k, q in got.items() if k.split(":", 1)[1] in ("583,200", "21만 3천")}
    assert cells.get("21만 3천") == ("number", 213000, None, None)
    assert cells.get("583,200") in (("number", 583200, None, None), ("count", 583200000, None, "권")), cells
