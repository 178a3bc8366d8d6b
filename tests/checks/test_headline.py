"""`headline` on real layouts: a title figure against the body's figures of the same frame.

The realworld case (ko_scinews_02: "155일 만에 지구 돌아왔다" over "체류한지 115일 만이다") and our
paraphrases of it in both languages, with the hard negatives: the same value in another notation,
a rounded headline, a date, another frame, a particle as the only following word, a first line
that is a sentence, and a body that restates the title figure once among others.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.model import Finding

RULES = "rules: [{id: headline-figure, kind: headline, description: d}]\n"


def lint(tmp_path: Path, text: str, name: str = "a.txt", rules: str = RULES) -> list[Finding]:
    (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([str(tmp_path / name)], load_rules([str(tmp_path / "rules.yaml")]), today=dt.date(2024, 1, 1))
    assert not result.internal_errors
    return list(result.findings)


@pytest.mark.parametrize("text", [
    '우주인 3명 "155일 만에 지구 돌아왔다"\n러시아·미국·일본 우주인 3명이 지구로 돌아왔다.\n국제우주정거장(ISS)에서 체류한지 115일 만이다.\n',
    "탐사선, 412일 만에 교신 재개\n탐사선이 지구와 다시 교신했다. 마지막 교신 이후 421일 만의 일이다.\n",
    "# 신규 확진자 1,234명 발생\n\n질병관리청에 따르면 오늘 0시 기준 신규 확진자는 1,243명 발생했다.\n",
    "Rover ends 412-day mission\nThe rover drove for the last time on Friday, ending a 421-day mission on the surface.\n",
    "Survey: 64% of voters back the plan\nIn the survey, 46% of voters said they back the plan, and 30% opposed it.\n",
])
def test_a_title_figure_the_body_states_otherwise_is_reported(tmp_path: Path, text: str) -> None:
    name = "a.md" if text.startswith("#") else "a.txt"
    (found,) = lint(tmp_path, text, name)
    assert found.location.span.start < text.index("\n") and found.related
    assert found.data["body"] and found.data["title"] not in found.data["body"]


@pytest.mark.parametrize("text", [
    # the same value in another notation, and restated among other figures of the frame
    '우주인 3명 "115일 만에 지구 돌아왔다"\n국제우주정거장(ISS)에서 체류한지 115일 만이다. 앞선 임무는 186일 만이었다.\n',
    "# 신규 확진자 1234명 발생\n\n신규 확진자는 1,234명 발생했다.\n",
    # a headline rounds: one significant digit is not checked
    "Google's PaLM pushes past half a trillion parameters\nPaLM has 540 billion parameters.\n",
    "AI 반도체 5000억 투자\nLG는 AI 반도체에 4600억 투자를 결정했다.\n",
    # a date or a year in the title, the body's background elsewhere
    "2022 베이징 동계 올림픽 개막\n2008 베이징 하계 올림픽 이후 14년 만이다.\n",
    "12월 23일 신규 확진자\n12월 22일 신규 확진자는 1000명이었다.\n",
    # another frame: another event
    "우주인 155일 만에 귀환\n우주인들은 115일 동안 실험을 했다.\n",
    # only a particle after the figure: it says nothing of what is measured
    "AI 시장 1840억 달러로 커진다\nAI 시장은 2019년 262억달러로 성장했다.\n",
    # one significant digit: "0.5%" is as round as "5%" (leading zeros are not significant)
    "Survey: 0.5% of voters undecided\n\nAbout 0.7% of voters are undecided, the poll found.\n",
    # the first line is a sentence, not a title
    "Three astronauts returned after 155 days in orbit.\nThey had been on the station for 115 days.\n",
    # no body
    "우주인 155일 만에 귀환\n",
])
def test_what_a_headline_may_say(tmp_path: Path, text: str) -> None:
    name = "a.md" if text.startswith("#") else "a.txt"
    assert lint(tmp_path, text, name) == []


@pytest.mark.parametrize("text", [
    # the body restates the title's figure in another frame; a part of the whole in the title's frame
    "2월 취업자 32만 9천명 늘어\n취업자 수는 전년 동월 대비 32만 9천 명 증가했다.\n"
    "60세 이상 취업자가 29만 7천 명 늘어 증가분의 대부분을 차지했다.\n",
    "수출 12억 달러 늘어\n수출은 전년보다 12억 달러(8%) 증가했다. 반도체 수출이 9억 달러 늘어 전체를 이끌었다.\n",
    # a part of the whole: the body's subject has a modifier the title does not have
    "2월 취업자 33만명 늘어\n연령대별로는 60세 이상 취업자가 29만 7천 명 늘어 가장 많았다.\n",
    "2월 취업자 33만명 늘어\n청년층(15~29세) 취업자는 21만 9천 명 줄어 28개월째 감소했다. 여성 취업자는 19만 명 늘어 최고치였다.\n",
    "2월 취업자 33만명 늘어\n3월 취업자가 29만 명 늘어 두 달째 둔화했다.\n",
    # another subject in the title's frame
    "취업자 33만명 늘어\n실업자는 2만 명 늘어 91만 명이 됐다.\n",
])
def test_a_body_figure_of_a_part_or_of_another_subject_is_not_the_titles(tmp_path: Path, text: str) -> None:
    assert lint(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "2월 취업자 33만명 늘어\n통계청에 따르면 2월 취업자가 29만 7천 명 늘어 석 달 연속 증가했다.\n",
    "60세 이상 취업자 35만명 늘어\n통계청에 따르면 60세 이상 취업자가 29만 7천 명 늘어 가장 많았다.\n",
    "취업자 33만명 늘어\n통계청에 따르면 취업자는 29만 7천 명 늘어 석 달 연속 증가했다.\n",
])
def test_the_same_subject_in_the_titles_frame_is_compared(tmp_path: Path, text: str) -> None:
    (found,) = lint(tmp_path, text)
    assert list(found.data["body"]) == ["29만 7천 명"]


def test_the_finding_names_the_frame_and_the_bodys_line(tmp_path: Path) -> None:
    text = '우주인 3명 "155일 만에 지구 돌아왔다"\n러시아·미국·일본 우주인 3명이 지구로 돌아왔다.\n국제우주정거장(ISS)에서 체류한지 115일 만이다.\n'
    (found,) = lint(tmp_path, text)
    assert found.message.startswith("the title says '155일' (155 days) 만, the body '115일' (115 days) 만 at line 3")
    assert (found.data["title"], found.data["frame"], list(found.data["body"])) == ("155일", "만", ["115일"])


def test_min_digits_is_an_option(tmp_path: Path) -> None:
    text = "AI 반도체 5000억 투자\nLG는 AI 반도체에 4600억 투자를 결정했다.\n"
    rules = "rules: [{id: headline-figure, kind: headline, description: d, options: {min_digits: 1}}]\n"
    (found,) = lint(tmp_path, text, rules=rules)
    assert found.data["title"] == "5000억"


def test_the_realworld_headline_is_found(tmp_path: Path) -> None:
    shared = Path(os.environ.get("FACTLINT_SHARED") or Path(__file__).resolve().parents[3] / "shared")
    article = shared / "realworld" / "articles" / "ko_scinews_02.txt"
    if not article.is_file():
        pytest.skip("../shared is not beside this checkout; set FACTLINT_SHARED")
    (found,) = lint(tmp_path, article.read_text(encoding="utf-8"))
    assert found.data["title"] == "155일" and list(found.data["body"]) == ["115일"]


def test_markdown_emphasis_and_links_around_a_figure_keep_its_frame(tmp_path: Path) -> None:
    text = "# 우주인 **155일 만에** 귀환\n\n[국제우주정거장](https://iss.example/155)에서 체류한지 *115일 만이다*.\n"
    (found,) = lint(tmp_path, text, "a.md")
    assert (found.data["title"], found.data["frame"], list(found.data["body"])) == ("155일", "만", ["115일"])
