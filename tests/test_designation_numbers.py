"""A model's designation and its number are one name, no figure: "DJ-FC 440", "H-Tram 5", "e-City 12" (a Latin word
with a hyphen before a capital, then a plain number). Found on an unseen set (session 15's fresh11): "DJ-FC 440의
전기효율은 53%로 기존 DJ-FC 300(49%)보다 4%p 높다" was read as "300 of 440 = 68.2%, the text says 49%", a false
arithmetic finding. The hard negatives keep their figures: a lowercase word after the hyphen ("X-ray"), digits
after it ("COVID-19"), a count after the number ("440 modules")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import api
from factlint.quantities import extract


def _read(text: str) -> list[str]:
    return [q.text for q in extract(text)]


@pytest.mark.parametrize("text, gone", [
    ('박정훈 대표는 "DJ-FC 440의 전기효율은 53%로 기존 DJ-FC 300(49%)보다 4%p 높다"고 말했다.', ["440", "300"]),
    ("The city ordered the H-Tram 5 from Hyundai Rotem last year.", ["5"]),
    ("신형 e-City 12는 한 번 충전으로 400km를 달린다.", ["12"]),
    ("Kolon runs the KTX-Eum 250 on the line.", ["250"]),
])
def test_a_designations_number_is_no_figure(text: str, gone: list[str]) -> None:
    read = _read(text)
    assert not set(gone) & set(read), read


@pytest.mark.parametrize("text, kept", [
    ("Patients had an X-ray 3 times a week.", "3 times"),
    ("COVID-19 cases rose to 3,400 on Monday.", "3,400"),
    ("It installed DJ-FC 440 modules, 182 in all.", "182"),
    ("DJ-FC 440의 전기효율은 53%다.", "53%"),
])
def test_other_figures_stay(text: str, kept: str) -> None:
    assert kept in _read(text)


def test_no_share_is_read_between_two_designations(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('기사\n박정훈 동진에너지 대표는 "DJ-FC 440의 전기효율은 53%로 기존 DJ-FC 300(49%)보다 '
                                    '4%p 높다"며 말했다.\n', encoding="utf-8")
    assert [f.message for f in api.lint([tmp_path]).findings] == []
