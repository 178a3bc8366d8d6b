"""Dates as claim values (probes a5/a6): read as intervals of days, bound to the released model, and
compared with the one precision rule."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from binding_helpers import bound
from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import lint_documents
from factlint.loader import parse
from factlint.quantities.dates import read_dates, show_date


@pytest.fixture(scope="module")
def pack() -> RuleSet:
    return load_rules(default_pack())


@pytest.mark.parametrize(("text", "shown"), [
    ("announced in March 2022", ["2022-03"]),
    ("on 14 March 2022", ["2022-03-14"]),
    ("released on May 4th, 2023", ["2023-05-04"]),
    ("2022년 3월 14일 공개", ["2022-03-14"]),
    ("2022년 3월 공개", ["2022-03"]),
    ("2022년 공개했다", ["2022"]),
    ("unveiled in 2021", ["2021"]),
    ("입력 2019.03.14 09:00", ["2019-03-14"]),
    ("2021-02-30", []),  # no such day
    ("3월에 공개", []),  # no year: which March is not written
    ("2022 models", []),  # a bare year is a number, not a date
])
def test_dates_are_read_at_their_own_precision(text: str, shown: list[str]) -> None:
    assert [show_date(q) for q in read_dates(text)] == shown


def test_a_date_is_an_interval_of_days() -> None:
    (march,) = read_dates("March 2022")
    (day,) = read_dates("2022년 3월 31일")
    assert march.low is not None and march.high is not None and day.low is not None
    assert march.high - march.low == 31 and march.low <= day.low < march.high


def _claims(text: str, ruleset: RuleSet) -> dict[str, str]:
    return {b.claim.quantity.text: b.claim.entity for b in bound(text, ruleset)
            if b.claim is not None and b.claim.attribute == "release date"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chinchilla was announced in March 2022.", {"March 2022": "Chinchilla"}),
    ("딥마인드는 2022년 3월 친칠라를 공개했다.", {"2022년 3월": "Chinchilla"}),  # the object is the model
    ("In March 2023, OpenAI announced GPT-4.", {"March 2023": "GPT-4"}),
    ("네이버는 2021년 5월 하이퍼클로바를 발표했다.", {"2021년 5월": "HyperCLOVA"}),
    # hard negatives: what was released is no model, or which date is whose is not written
    ("The paper describing BLOOM was released in November 2022.", {}),
    ("오픈AI는 2020년 6월 보고서를 공개했다.", {}),
    ("BLOOM was announced in May 2022 and released in July 2022.", {}),
])
def test_a_release_date_belongs_to_the_released_model(pack: RuleSet, sentence: str, expected: dict[str, str]) -> None:
    assert _claims("모델\n" + sentence + "\n", pack) == expected


def _release_findings(a: str, b: str, ruleset: RuleSet) -> list[str]:
    docs = [parse("a.txt", f"모델\n{a}\n".encode()), parse("b.txt", f"모델\n{b}\n".encode())]
    return [f.message for f in lint_documents(docs, ruleset).findings if "release date" in f.message]


def test_two_release_dates_of_one_model_disagree(pack: RuleSet) -> None:
    (msg,) = _release_findings("Chinchilla was announced in March 2022.", "친칠라는 2022년 5월 공개됐다.", pack)
    assert "Chinchilla · release date" in msg and "2 months apart" in msg


@pytest.mark.parametrize(("a", "b"), [
    ("Chinchilla was announced in 2022.", "Chinchilla was unveiled in May 2022."),  # the year holds the month
    ("Chinchilla was announced in March 2022.", "딥마인드는 2022년 3월 29일 친칠라를 공개했다."),
    ("LLaMA was released in February 2023.", "LLaMA 2 was released in July 2023."),  # another model
])
def test_release_dates_that_agree_or_concern_other_models_are_not_reported(pack: RuleSet, a: str, b: str) -> None:
    assert _release_findings(a, b, pack) == []


def _events(text: str, ruleset: RuleSet) -> set[tuple[str, str, str]]:
    return {(b.claim.entity, b.claim.attribute, b.claim.quantity.text) for b in bound("기사\n" + text + "\n", ruleset)
            if b.claim is not None and b.claim.how.startswith("date of its event")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the verbal noun of the predicate the date modifies names the event; the subject owns it
    ("'뉴호라이즌호'는 지난 2006년 1월 지구에서 출발해 약 10년에 달하는 비행 끝에 명왕성에 접근했다.",
     {("뉴호라이즌호", "출발", "2006년 1월")}),
    ("2010년 3월 26일 21시 22분경, '천안함'이 1.5 km 부근에서 경비 임무를 수행하던 도중 선체가 절단되어 침몰하였다.",
     {("천안함", "침몰", "2010년 3월 26일")}),  # a figure of the place does not situate the date
    ("'노바LM'은 2022년 3월 공개됐고 2023년 5월 개편됐다.",  # two events, each with its date; 공개 is the pack's
     {("노바LM", "release date", "2022년 3월"), ("노바LM", "개편", "2023년 5월")}),
    ("'엑스박스 라이브 아케이드'는 2004년 11월 3일에 공개되었다.", {("엑스박스 라이브 아케이드", "release date", "2004년 11월 3일")}),
    # a date before a past adnominal event is the date of the name it describes
    ("2019년 설립된 '셀로닉스'의 직원은 약 420명이다.", {("셀로닉스", "설립", "2019년")}),
    ("공동연구진은 지난 2010년 해독된 '서양발톱개구리(Xenopus tropicalis)'를 이용해 분석을 시도했다.",
     {("서양발톱개구리", "해독", "2010년")}),
    # English: a name, a regular past verb (after was/were or a comma of apposition), in/on and the date
    ("Cheongju grew rapidly; Cheongju International Airport opened on 28 April 1997.",
     {("Cheongju International Airport", "opened", "28 April 1997")}),
    ("Chungbuk Cheongju FC, founded in 2002 and a member of K League 2 since 2023, plays at the Cheongju Sports Complex.",
     {("Chungbuk Cheongju FC", "founded", "2002")}),
    ("Cellonix, founded in 2019 and employing 418 people, plans to file. Analysts at Cellonix agree.",
     {("Cellonix", "founded", "2019")}),
    ("2012년 노벨생리의학상을 수상한 존 고든(Sir John Gordon)이 실험을 했다.", {("존 고든", "노벨생리의학상 수상", "2012년")}),
    # hard negatives
    ("'한빛전자'는 2019년 3월 삼성과 계약을 체결했다.", set()),  # an object: one of many contracts
    ("'노바'는 'KAIST'가 2023년 2월에 개발한 '언어 모델'이다.", set()),  # the described noun is a predicate
    ("The paper was published in May 2020.", set()),  # a common noun
    ("Shares closed on 3 March 2005.", set()),  # capitalised only where the sentence opens
    ("China raised rates by 0.27 percentage points to 5.8% in October 2004.", set()),  # the date is not the verb's next
    ("2004년 영국에서 발견된 화석을 분석했다.", set()),  # what the event describes is a common noun
    ("'노바LM'은 2023년 5월 9일부터 23일까지 시범 운영됐다.", set()),  # a period, not an event date
    ("'노바LM'의 2019년 매출은 3조원으로 증가했다.", set()),  # the year situates a figure
    ("'노바LM'은 2024년 5월 개편할 예정이다.", set()),  # a plan
    ("이 서비스는 2004년 11월 3일에 공개되었다.", set()),  # a demonstrative names nothing
    ("연구진은 2023년 5월 출범했다.", set()),  # a common noun is no entity
    ("'소바주' 교수는 1983년 분자기계를 처음으로 개발했다.", set()),  # an object: whose date is not written
    ("2004년 영국에서 발견된 화석을 'KAIST' 연구팀이 분석했다.", set()),  # the date is in a clause describing a noun
    ("2010년 동계 올림픽 유치 과정에서 '평창'이 선정되었다.", set()),  # the year names which Games
    ("'노바LM' 측은 2023년 5월 개편됐다고 밝혔다.", set()),  # what is said
    ("입력 2023.05.14 09:00", set()),  # a dateline
])
def test_the_date_of_an_event_is_a_claim_of_its_subject(pack: RuleSet, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _events(sentence, pack) == expected


@pytest.fixture(scope="module")
def repo_pack() -> RuleSet:
    """The pack of this checkout's rules/ (an editable install elsewhere may map factlint.rules to another tree)."""
    root = Path(__file__).resolve().parents[1] / "rules"
    return load_rules(sorted(str(p) for p in root.iterdir() if p.name.endswith((".yaml", ".yml"))))


@pytest.fixture(scope="module")
def events_on(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    """This checkout's pack with event-date-contradiction comparing every event, as a project about one-off
    events would set it (a copy of rules/ with the rule's `once: false`: loading rules/ and a second file
    with the same id would be a duplicate id wherever rules/ is not the installed built-in pack)."""
    root = Path(__file__).resolve().parents[1] / "rules"
    pack = tmp_path_factory.mktemp("pack")
    for p in root.iterdir():
        if p.name.endswith((".yaml", ".yml")):
            text = p.read_text(encoding="utf-8")
            if p.name == "claims.yaml":
                once = "      events: true\n      once: true\n"
                assert once in text
                text = text.replace(once, once.replace("once: true", "once: false"))
            (pack / p.name).write_text(text, encoding="utf-8")
    return load_rules(sorted(str(p) for p in pack.iterdir()))


def test_event_dates_are_compared_only_where_a_pack_turns_them_on(repo_pack: RuleSet, events_on: RuleSet) -> None:
    # an undeclared event may recur: two concerts are not one event misdated, and a sentence does not say which
    # events happen once, so the built-in pack compares only the one-off events its measures mark `once`
    # (founding, opening, completion: tests/checks/test_event_once.py); 침몰 is none of them
    concerts = ("BTS는 2019년 6월 런던에서 공연했다.", "BTS는 2022년 4월 라스베이거스에서 공연했다.")
    sinking = ("'천안함'은 2010년 3월 침몰했다.", "'천안함'은 2010년 5월 침몰하였다.")
    assert _event_findings(*concerts, repo_pack) == [] and _event_findings(*sinking, repo_pack) == []
    assert len(_event_findings(*sinking, events_on)) == 1


def _event_findings(a: str, b: str, ruleset: RuleSet) -> list[str]:
    docs = [parse("a.txt", f"기사\n{a}\n".encode()), parse("b.txt", f"기사\n{b}\n".encode())]
    return [f.message for f in lint_documents(docs, ruleset).findings if f.kind == "contradiction"]


def test_two_dates_of_one_event_disagree(events_on: RuleSet) -> None:
    (msg,) = _event_findings("'천안함'은 2010년 3월 침몰했다.", "'천안함'은 2010년 5월 침몰하였다.", events_on)
    assert "천안함 · 침몰" in msg and "2 months apart" in msg


@pytest.mark.parametrize(("a", "b"), [
    ("'천안함'은 2010년 3월 침몰했다.", "'천안함'은 2010년 3월 26일 침몰하였다."),  # the month holds the day
    ("'노바LM'은 2022년 3월 공개됐다.", "'노바LM'은 2023년 5월 개편됐다."),  # two events of one entity
    ("'노바LM'은 2022년 3월 공개됐다.", "'오로라LM'은 2022년 5월 공개됐다."),  # another entity
])
def test_event_dates_that_agree_or_differ_in_event_are_not_reported(events_on: RuleSet, a: str, b: str) -> None:
    assert _event_findings(a, b, events_on) == []


def test_the_gold_scorer_reads_a_date_at_its_own_precision() -> None:
    """tests/gold/score_claims.py compared a date's day ordinal with "2022-04": every date claim was wrong."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent / "gold" / "score_claims.py"
    spec = importlib.util.spec_from_file_location("score_claims_for_dates", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    from factlint.model import Claim, Span

    (april,) = read_dates("announced in April 2022")
    claim = Claim(path="a.txt", entity="Chinchilla", attribute="release date", quantity=april, span=april.span)
    assert module.value_ok(claim, {"value": "2022-04"})
    assert not module.value_ok(claim, {"value": "2022-04-01"}) and not module.value_ok(claim, {"value": "2022"})
    (day,) = read_dates("2010년 3월 26일")
    assert module.value_ok(replace(claim, quantity=day, span=Span(0, 1)), {"value": "2010-03-26T21:22"})


def test_a_sentence_without_an_event_word_is_not_analysed(pack: RuleSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap test of the text before dates are read and words analysed: it lets every event
    through and stops a date and a name with no 하다/되다 event after them (a past of 있다)."""
    from factlint.binding import events

    analysed: list[str] = []

    def counting(text: str, base: int) -> list[events.Word]:
        analysed.append(text)
        return real(text, base)

    real = events.words
    monkeypatch.setattr(events, "words", counting)
    assert _events("'노바LM'은 2023년 5월 서울에 있었다.", pack) == set()
    assert analysed == []  # no figure to bind either: no word of it is read
    assert _events("'노바LM'은 2023년 5월 서해에서 침몰했다.", pack) == {("노바LM", "침몰", "2023년 5월")}
    assert len(analysed) == 1
    for kept in ("침몰하였다", "출발해", "공개되었으며", "설립된", "수상한", "개편했던", "“발표했다”"):
        assert events._KO_EVENT_TEXT.search(f"2010년 3월 {kept} 뒤") is not None, kept
    for stopped in ("있었다", "개편할", "밝혔다고", "하였다"):  # 하였다: no verbal noun before the ending
        assert events._KO_EVENT_TEXT.search(f"2010년 3월 {stopped} 뒤") is None, stopped
    assert events._EN_EVENT_TEXT.search("BLOOM was released in July 2022.") is not None
    assert events._EN_EVENT_TEXT.search("BLOOM has 176 billion parameters since July 2022.") is None
