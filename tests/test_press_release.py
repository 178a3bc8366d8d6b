"""A press release's header lines are no title, and its body items are facts of what it announces (issue #14).

A Korean 보도자료 opens with the kind of document ("보 도 자 료", "[보도참고자료]") and labelled fields
("배포일시: … / 담당부서: … (☎ …)", "보도시점: 배포 즉시", "엠바고: …") before its headline; the subtitle between
dashes belongs to the headline. Its body items ("□ 총상금은 …", "○ 이 가운데 …") with no owner of their own are
the figures of the event or body the headline names; an item that names another owner keeps it, a figure in
the header is nobody's, and a recipient in the dative ("우승자에게") is no attribute.
"""

from __future__ import annotations

import pytest

from factlint.api import lint
from factlint.binding import _first_line_end, _title_of, headers
from tests.test_own_phrase import bound
from tests.test_title_owner import owner as entity, ruleset  # noqa: F401 (the module's rule-pack fixture)

FESTIVAL = """보 도 자 료
배포일시: 2025. 7. 14.(월) / 담당부서: 한결시 문화관광과 (☎ 055-310-2214)

제12회 한결빛축제, 8월 개막…관람객 30만 명 목표
- 8월 22일부터 사흘간 한결호수공원…드론쇼·야시장 등 20개 프로그램 -

□ 한결시는 '제12회 한결빛축제'를 8월 22일부터 24일까지 한결호수공원 일원에서 연다고 14일 밝혔다.
□ 총사업비는 18억 5천만 원으로, 지난해보다 2억 원 늘었다.
□ 주요 후원사인 한빛전자는 후원금 5억 원을 냈다.
□ 시는 올해 관람객 30만 명을 목표로 하고 있다.
"""

MINISTRY = """보도자료
보도시점: 배포 즉시
자료문의: 해양수산부 항만정책과 044-200-5710

다온항 신항 개장…컨테이너 부두 9선석
□ 해양수산부는 다온항 신항 부두를 개장했다고 밝혔다.
□ 총사업비는 1조 2,400억 원이 들었다.
"""

BRACKETED = """[보도참고자료]
엠바고: 2025. 3. 4.(화) 12:00 이후 보도

제3회 다온영화제, 42개국 180편 상영
□ 다온시는 '제3회 다온영화제'를 4월 10일 개막한다고 밝혔다.
□ 총상금은 1억 5천만 원이다.
"""

MARATHON = """보 도 자 료
배포일시: 2025. 9. 2.(화) / 담당부서: 청람시 체육진흥과 (☎ 043-720-3451)

제5회 청람국제마라톤, 1만 2천여 명 달린다
- 10월 19일 청람종합운동장 출발…풀코스·하프·10㎞·5㎞ 4개 종목 -

□ 청람시(시장 오정민)는 '제5회 청람국제마라톤대회'를 오는 10월 19일 오전 8시 청람종합운동장에서 개최한다고 2일 밝혔다.
○ 이 가운데 해외 참가자는 18개국 640명으로 전체의 약 5%를 차지한다.
□ 총상금은 2억 3,400만 원으로, 남녀 풀코스 우승자에게는 각각 3,000만 원이 주어진다.
"""


@pytest.mark.parametrize("text, title", [
    (FESTIVAL, "한결빛축제"),
    (MINISTRY, "다온항"),
    (BRACKETED, "다온영화제"),
    (MARATHON, "청람국제마라톤"),
])
def test_the_title_is_the_line_after_the_header(text: str, title: str) -> None:
    found = _title_of(text)
    assert found is not None and found.text == title
    assert text[found.span.start : found.span.end] == title  # offsets of the file, not of the line
    assert found.span.end <= _first_line_end(text)
    assert headers.title_start(text) > 0


@pytest.mark.parametrize("text", [
    "보도 경쟁 속 한빛방송 시청률 12.4%\n입력 2025.03.04 10:00\n한빛방송의 시청률은 12.4%다.\n",  # a headline opening with 보도
    "문의 폭주한 한빛카드 혜택 축소\n한빛카드는 혜택을 줄였다.\n",  # 문의 without a colon is no label
    "청람시 인구 28만 명\n배포일시: 2025. 9. 2.\n",  # a field after the headline: the headline stays first
])
def test_a_headline_that_is_no_header_stays_the_title(text: str) -> None:
    assert headers.title_start(text) == 0
    assert _first_line_end(text) == text.index("\n")


@pytest.mark.parametrize("text, figure, owner", [
    (FESTIVAL, "18억 5천만 원", "한결빛축제"),
    (BRACKETED, "1억 5천만 원", "다온영화제"),
    (MARATHON, "2억 3,400만 원", "청람국제마라톤"),
    (MARATHON, "640명", "청람국제마라톤"),
    (MINISTRY, "1조 2,400억 원", "다온항"),
])
def test_an_item_with_no_owner_is_the_headlines(text: str, figure: str, owner: str, ruleset) -> None:  # type: ignore[no-untyped-def]
    assert entity(text, figure, ruleset) == owner


@pytest.mark.parametrize("text, figure, owner", [
    (FESTIVAL, "5억 원", "한빛전자"),  # another organisation's figure in an item
    (FESTIVAL, "30만 명", None),  # the city's goal ("시는 … 목표로"): the item's own topic, no name
    (FESTIVAL, "055-310-2214", None),  # the header's phone number
    (MARATHON, "3,000만 원", None),  # to whom it goes ("우승자에게는"), no attribute
])
def test_an_item_or_header_figure_that_is_not_the_headlines(text: str, figure: str, owner: str | None, ruleset) -> None:  # type: ignore[no-untyped-def]
    found = bound(text, ruleset)
    if figure not in found:
        assert not any(b.quantity.text in figure for b in found.values() if b.claim is not None)
        return
    assert entity(text, figure, ruleset) == owner


def test_items_of_an_article_with_no_release_format_are_not_carried(ruleset) -> None:  # type: ignore[no-untyped-def]
    # one □ line in a news article is no release's body: the headline's topic owns only the lead there
    text = ("청람국제마라톤, 1만 2천여 명 달린다\n입력 2025.09.02 10:00\n청람국제마라톤은 10월 19일 열린다.\n"
            "올해 대회에는 많은 러너가 참가한다.\n지역 상인들도 기대가 크다.\n□ 총상금은 2억 3,400만 원이다.\n")
    assert not headers.is_release(text)


RELEASE_HEADLINE = """보 도 자 료
배포일시: 2025. 7. 14.(월) / 담당부서: 한결시 문화관광과 (☎ 055-310-2214)

한결빛축제, 사흘간 {title} 방문
- 사흘간 한결호수공원 일원…역대 최다 -

□ 한결시는 지난 22일부터 사흘간 열린 한결빛축제에 사흘간 28만 명 방문을 기록했다고 14일 밝혔다.
"""


@pytest.mark.parametrize("title, found", [
    ("32만 명", True),  # the release's headline, after its header, says otherwise than its body
    ("28만 명", False),  # the same figure
])
def test_the_headline_check_reads_a_releases_headline(tmp_path, title: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    text = RELEASE_HEADLINE.format(title=title)
    (tmp_path / "release.txt").write_text(text, encoding="utf-8")
    result = lint([tmp_path], select=["headline-figure"], config=None)
    assert [text[f.location.span.start : f.location.span.end] for f in result.findings] == (["32만 명"] if found else [])
