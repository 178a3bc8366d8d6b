"""Korean costs carried by a verb and generic heads alone as possessors (issue #14 items 1–2; session 19).

(a) "리모델링에 215억 원이 들었는데", "이번 사업에는 … 총 185억 원이 투입됐다", "건설비로는 8740억원이 들었다": an amount
of money that is the subject of a verb of costing (들다, 투입되다, 소요되다) measures the cost of the purpose noun in
에(는) before it (binding/costs.py); its owner is the clause's own, else the name the sentence before was about, else
the title's name. Not an amount that is the verb's object ("86억 원을 들여" reads the noun before it), nor an
adnominal verb ("들어간 이 다리"), a time in 에 ("2년에"), nor the cost of another thing's action ("공장 건설에는":
the factory's, bound only when the text named one factory).

(b) "동물원의 지난해 관람객은", "천문대의 주관측실에는": a possessor that is a generic head alone stands for the one
thing of that kind the article named before (binding/commonheads.py, ``binding._bare_possessor``) — not when it named
two, nor when the head has a modifier ("새로 문을 연 동물원의", "국내 동물원의").

(c) "구경 800mm" (an aperture of 800 mm): 구경 is a word, not nine 경 (quantities/lexicon.py SINO_STOP).
"""

from __future__ import annotations

import pytest

from factlint.binding import _COMPANY_SIDE, costs
from factlint.binding.words import words
from factlint.model import Span
from factlint.quantities.extract import extract
from tests.test_owners import bound, owner_of, ruleset  # noqa: F401  (the fixture)


def attribute_of(text: str, figure: str, ruleset) -> str | None:  # type: ignore[no-untyped-def]
    found = [b for b in bound(text, ruleset) if b.quantity.text == figure]
    assert found, f"{figure!r} not read as a figure"
    return found[0].claim.attribute if found[0].claim is not None else None


# --- (a) a cost carried by a verb ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, figure, cost", [
    ("2년에 걸친 리모델링에 215억 원이 들었는데, 주차장이 꽉 찬다.", "215억 원", "리모델링 비용"),
    ("이번 사업에는 국비 60억 원과 시비 125억 원 등 총 185억 원이 투입됐다.", "185억 원", "사업비"),
    ("건설비로는 8740억원이 들었다.", "8740억원", "건설비"),
    ("증축에는 모두 42억 원이 소요됐다.", "42억 원", "증축비"),
    ("공장 건설에는 1,850억 원이 들었다.", "1,850억 원", "건설비"),
])
def test_the_subject_of_a_verb_of_costing_is_the_cost_of_its_purpose(sentence: str, figure: str, cost: str) -> None:
    at = sentence.index(figure)
    found = costs.korean(words(sentence, 0), Span(at, at + len(figure)))
    assert found is not None and found.text == cost


@pytest.mark.parametrize("sentence, figure", [
    ("천문대는 총사업비 86억 원을 들여 지어졌다.", "86억 원"),  # the verb's object: the noun before it says what
    ("총사업비 8740억원이 들어간 이 다리는 섬과 육지를 잇는다.", "8740억원"),  # an adnominal verb
    ("지난해에 120억 원이 들었다.", "120억 원"),  # a time in 에
    ("이 공장은 3만 명이 들어섰다.", "3만 명"),  # not money's verb (들어서다: to enter)
    ("공장을 짓는 데 100억 원이 들었다.", "100억 원"),  # the bound noun 데: the purpose is a verb
    ("시는 국비 60억 원과 시비 125억 원 등 총 185억 원이 투입됐다고 밝혔다.", "60억 원"),  # a labelled part
])
def test_no_cost_of_a_purpose(sentence: str, figure: str) -> None:
    at = sentence.index(figure)
    assert costs.korean(words(sentence, 0), Span(at, at + len(figure))) is None


@pytest.mark.parametrize("text, figure, owner", [
    # the name the sentence before is about
    ("[칼럼] 도시의 쉼터\n올봄 다시 문을 연 가람숲동물원이 좋은 예다. 2년에 걸친 리모델링에 215억 원이 들었는데, "
     "이 동물원은 주말마다 붐빈다.\n", "215억 원", "가람숲동물원"),
    # the title's name, over a paragraph about its length
    ("[해설] 하늘대교, 섬의 시간을 바꾸다\n\n하늘대교가 지난달 문을 열었다.\n\n이 다리의 전체 길이는 7.24㎞다.\n\n"
     "건설비로는 8740억원이 들었다. 섬 인구로 나누면 큰 돈이다.\n", "8740억원", "하늘대교"),
])
def test_a_cost_with_no_actor_is_the_cost_of_the_name_before(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


def test_the_cost_of_another_things_action_is_not_the_titles(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가온방적, 사상 최대 실적\n\n가온방적이 지난해 최대 실적을 냈다. 실적을 끌어올린 것은 지난해 가동한 제3공장이다. "
            "이 공장은 원사를 연간 1만t 생산한다. 공장 건설에는 1,850억 원이 들었다.\n")
    assert owner_of(text, "1,850억 원", ruleset) != "가온방적"


def test_the_cost_of_a_numbered_things_action_is_that_things(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가온방적, 사상 최대 실적\n\n가온방적이 지난해 최대 실적을 냈다. 실적을 끌어올린 것은 지난해 가동한 제3공장이다. "
            "이 공장은 원사를 연간 1만t 생산한다. 공장 건설에는 1,850억 원이 들었다.\n")
    assert owner_of(text, "1,850억 원", ruleset) == "제3공장"  # "제3공장": a numbered designation names one plant


def test_two_numbered_things_leave_the_cost_unowned(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가온방적, 사상 최대 실적\n\n가온방적이 지난해 최대 실적을 냈다. 실적을 끌어올린 것은 제2공장과 제3공장이다. "
            "공장 건설에는 1,850억 원이 들었다.\n")
    assert owner_of(text, "1,850억 원", ruleset) not in ("가온방적", "제2공장", "제3공장")


def test_a_labelled_part_of_a_cost_keeps_its_label(ruleset) -> None:  # type: ignore[no-untyped-def]
    text = ("가람숲동물원, 2년 리모델링 마치고 재개장\n\n가람시는 가람숲동물원이 리모델링 공사를 마쳤다고 밝혔다. "
            "이번 사업에는 국비 60억 원과 시비 125억 원 등 총 185억 원이 투입됐다.\n")
    assert attribute_of(text, "60억 원", ruleset) != "사업비"


# --- (b) a generic head alone as the possessor --------------------------------------------------------------------


@pytest.mark.parametrize("text, figure, owner", [
    ("가람숲동물원 재개장\n가람숲동물원은 1991년 문을 열었다. 시 집계에 따르면 동물원의 지난해 관람객은 68만 2천여 명이다.\n",
     "68만 2천여 명", "가람숲동물원"),
    ("하늘시립 은하수천문대 이용 안내\n\n은하수천문대는 해발 612m에 자리한 공립 천문대다.\n\n"
     "천문대의 주관측실에는 구경 800mm 반사망원경이 설치돼 있다.\n", "800mm", "은하수천문대"),
])
def test_a_bare_head_possessor_is_the_one_name_of_its_kind(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure", [
    # two zoos named: which one is not written
    ("동물원 두 곳\n가람숲동물원과 솔내동물원이 문을 열었다. 시 집계에 따르면 동물원의 지난해 관람객은 68만 명이다.\n",
     "68만 명"),
    # a modifier says which zoo: not the one named
    ("가람숲동물원 재개장\n가람숲동물원은 1991년 문을 열었다. 국내 동물원의 지난해 관람객은 1,200만 명이다.\n", "1,200만 명"),
])
def test_no_name_for_a_bare_possessor_of_two_names_or_a_modified_one(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) not in ("가람숲동물원", "솔내동물원")


# --- (c) 구경 is a word --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    ("천문대의 주관측실에는 구경 800mm 반사망원경이 설치돼 있다.", ["800mm"]),
    ("구경 1m급 망원경을 들여온다.", ["1m"]),
    ("주관측실 반사망원경의 구경은 700mm로 가장 크다.", ["700mm"]),
    ("이천 원을 냈다.", ["이천 원"]),  # a stop word still reads before money
])
def test_a_word_that_spells_a_numeral_is_no_figure(text: str, figures: list[str]) -> None:
    assert [q.text for q in extract(text)] == figures


# --- (d) "회사 측": the company as a party ------------------------------------------------------------------------


@pytest.mark.parametrize("text, figure", [
    ("가온드론, 지난해 매출 1,240억 원\n\n드론 제조업체 가온드론이 지난해 최대 실적을 냈다.\n\n"
     "회사 측에 따르면 2024년 말 기준 임직원 수는 640명이다.\n", "640명"),
    ("[경제 칼럼] 누리전자, 점유율 두 자릿수 문턱에\n\n누리전자의 3분기 출하량은 1,820만 대다.\n\n"
     "회사 측은 2025년 스마트폰 매출 목표를 80조 원으로 잡았다.\n", "80조 원"),
])
def test_the_company_side_is_the_company_the_article_is_about(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) == text.split(",")[0].split("] ")[-1]


@pytest.mark.parametrize("text, figure", [
    # the title is a city, no company
    ("가온시 드론 산업\n\n가온시에는 드론 업체가 많다.\n\n회사 측에 따르면 2024년 말 기준 임직원 수는 640명이다.\n", "640명"),
    # the title's name is a product, which the text never calls a company
    ("누리 X4, 비행시간 42분\n\n누리 X4는 산업용 드론이다.\n\n회사 측에 따르면 올해 판매량은 1,200대다.\n", "1,200대"),
])
def test_no_company_side_without_a_company_title(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = next(b for b in bound(text, ruleset) if b.quantity.text == figure)
    assert found.claim is None or found.claim.how != _COMPANY_SIDE  # (the title may own it as the document's topic)


# --- (e) the session-19 review's hard negatives -------------------------------------------------------------------


def _lint(tmp_path, pages: dict[str, str]) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    import json
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    for name, page in pages.items():
        (tmp_path / name).write_text(page, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factlint", "lint", str(tmp_path), "--no-cache", "--format", "json",
                          "--fail-on", "never", "--no-default-rules", "--rules", str(repo / "rules")],
                         capture_output=True, text=True, cwd=repo, check=False)
    assert run.returncode == 0, run.stderr
    return list(json.loads(run.stdout)["findings"])


@pytest.mark.parametrize("renovated, built", [
    # the reviewer's case (/tmp/rev/cost2): a renovation's cost against the building's
    ("소하시립도서관은 1998년 문을 열었다. 2년에 걸친 리모델링에 215억 원이 들었는데, 재개관 첫 달 이용객은 4만 명을 넘었다.\n",
     "소하시립도서관의 건립에는 총사업비 180억 원이 투입됐다. 당시 지역 최대 규모의 공공도서관이었다.\n"),
    # paraphrases: the building's cost as a cost noun in 로는, and a renovation's cost against a construction's
    ("가람체육관은 2001년 문을 열었다. 지난해 끝난 리모델링에 95억 원이 소요됐다.\n",
     "가람체육관의 건설비로는 140억 원이 들었다.\n"),
    ("누리수영장은 올봄 다시 문을 열었다. 1년에 걸친 리모델링에 60억 원이 들었다.\n",
     "누리수영장 건설에는 80억 원이 들었다.\n"),
])
def test_a_renovations_cost_is_not_the_buildings(tmp_path, renovated: str, built: str) -> None:  # type: ignore[no-untyped-def]
    found = _lint(tmp_path, {"a.txt": renovated, "b.txt": built})
    assert not [f for f in found if "contradiction" in str(f["rule"])]


def test_this_project_is_the_work_the_page_names(ruleset) -> None:  # type: ignore[no-untyped-def]
    # fresh18 C3: "이번 사업" on a page whose one project is a renovation is the renovation's cost
    text = ("가람숲동물원, 2년 리모델링 마치고 재개장\n\n가람시는 가람숲동물원이 리모델링 공사를 마쳤다고 밝혔다. "
            "이번 사업에는 국비 60억 원과 시비 125억 원 등 총 185억 원이 투입됐다.\n")
    assert attribute_of(text, "185억 원", ruleset) == "리모델링 비용"
    # a page that names two works leaves "이번 사업" the generic project
    two = ("가람숲동물원 새 단장\n\n가람숲동물원은 리모델링 공사와 주차장 확장 공사를 마쳤다. "
           "이번 사업에는 총 185억 원이 투입됐다.\n")
    assert attribute_of(two, "185억 원", ruleset) == "사업비"


@pytest.mark.parametrize("text, figure", [
    # the reviewer's case (/tmp/rev/kt2): a name glued into another ("북서울시립미술관", "서울시립미술관") is two names
    ("북서울시립미술관이 개관 10주년을 맞았다. 이 미술관은 2013년 서울시립미술관의 분관으로 문을 열었다. "
     "미술관은 2024년 관람객 32만 명을 기록했다.\n", "32만 명"),
    ("북서울시립미술관이 개관 10주년을 맞았다. 이 미술관은 2013년 서울시립미술관의 분관으로 문을 열었다. "
     "시 집계에 따르면 미술관의 올해 관람객은 32만 명이다.\n", "32만 명"),
    # paraphrase: a branch plant named by a place glued to the head
    ("동가온공장이 준공됐다. 이 공장은 가온공장의 제2 생산기지다. 공장은 올해 원사 2만t을 생산한다.\n", "2만t"),
])
def test_a_name_glued_into_another_is_another_name(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) not in ("서울시립미술관", "가온공장")


@pytest.mark.parametrize("text, figure", [
    # the reviewer's case (/tmp/rev/kt/t3): a ministry's statement about zoos, with an average
    ("여림숲동물원의 지난해 관람객은 68만 명이었다. 환경부 집계에 따르면 동물원의 연간 관람객은 평균 21만 명 수준이다.\n",
     "21만 명"),
    # paraphrases: a national body as the source, no scope word; a scope word, no source
    ("가람숲동물원의 지난해 관람객은 68만 명이었다. 한국관광공사 조사에 따르면 동물원의 연간 관람객은 25만 명이다.\n", "25만 명"),
    ("가람숲동물원의 지난해 관람객은 68만 명이었다. 전국 통계로 보면 동물원의 연간 관람객은 평균 21만 명이다.\n", "21만 명"),
])
def test_a_bare_possessor_in_a_statement_about_the_kind_is_no_name(text: str, figure: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert owner_of(text, figure, ruleset) not in ("여림숲동물원", "가람숲동물원")
