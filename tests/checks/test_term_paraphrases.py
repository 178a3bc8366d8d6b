"""The `term` check on paraphrases of the probe and realworld patterns, with the default rule pack.

Each pattern of ../shared/probes (e1-e4, f1) and of the judged realworld findings is rewritten
here in other words: a fix that only learnt the probe's own sentence fails these. Hard negatives
first (what an editor would not flag), then the slips that must still be found.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Mapping

import pytest

from factlint.config.rules import default_pack, load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import run
from factlint.model import RunResult


def _term_pack() -> RuleSet:
    ruleset = load_rules(default_pack())
    return dataclasses.replace(ruleset, rules=tuple(r for r in ruleset.rules if r.kind == "term"))


PACK = _term_pack()


def lint(tmp_path: Path, articles: Mapping[str, str]) -> RunResult:
    paths = []
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return run(sorted(paths), PACK)


def found(result: RunResult) -> list[tuple[str, str, str]]:
    return sorted((Path(f.location.path).name, f.data["variant"], f.data["preferred"]) for f in result.findings)


NEGATIVES: dict[str, dict[str, str]] = {
    # Verbs and adjectives in two forms (realworld ko_scinews_30 돌아올/돌아온, ko_wiki_암호화폐 발행되거나/발행되고).
    "verb-future-past": {"a.txt": "탐사선은 2030년 지구로 되돌아올 계획이다. 앞서 되돌아온 탐사선은 시료를 가져왔다.\n"},
    "verb-adnominal": {"a.txt": "가격이 내려갈 가능성이 크다. 지난달 내려간 가격은 회복되지 않았다.\n"},
    "verb-across-articles": {
        "a.txt": "수요는 계속 늘어날 전망이다.\n",
        "b.txt": "수요가 늘어난 이유다. 늘어난 수요를 맞춘다. 생산이 늘어난 만큼 값도 내렸다.\n",
    },
    "verb-connective": {"a.txt": "전력은 저장되거나 버려진다. 남은 전력은 저장되고 다시 쓰인다. 일부는 저장되고 팔린다.\n"},
    "verb-passive": {"a.txt": "법안이 처리될 예정이다. 지난해 처리된 법안은 두 건이다.\n"},
    # A journal is not a misspelt company that the corpus never writes (ko_scinews_39/42).
    "journal-once": {"a.txt": "이 논문은 과학저널 네이처 최신호에 게재됐다.\n"},
    "journal-with-particles": {
        "a.txt": "연구진은 네이처지에 논문을 냈다. 네이처는 이를 표지로 다뤘다.\n",
        "b.txt": "네이처 자매지 네이처 커뮤니케이션스에도 실렸다.\n",
    },
    # Meta writes "Llama" since Llama 2: ordinary copy in that spelling is not a misspelling.
    "llama-new-spelling": {"a.txt": "Meta released Llama under a community licence. Developers fine-tune Llama on one GPU.\n"},
    "llama-korean-copy": {"a.txt": "메타의 Llama 모델은 공개돼 있다. Llama 기반 서비스가 늘었다.\n"},
    "llama-versions": {"a.md": "## Llama 3.1\n\nLlama-3.1-8B-Instruct and Llama 2 70B are open weights.\n"},
    # Capitals of a heading, a title line or a sentence start (probe e4).
    "heading-title-case": {"a.md": "## Global AI Market Trends\n\nAnalysts expect the global AI market to double.\n"},
    "heading-sentence-case": {"a.md": "### Global AI market, by region\n\nThe global AI market grew in Asia.\n"},
    "sentence-start": {"a.txt": "Analysts were cautious. Global AI market revenue still rose in 2024.\n"},
    "bold-heading-line": {"a.md": "**Global AI market**\n\nThe global AI market is large.\n"},
    # A URL slug, a link target, an autolink, HTML and code are not prose (realworld centrarium_gpt3.md:10, :28).
    "link-slug": {"a.md": "원문은 [블로그](https://medium.com/@x/gpt-3-explained-bert-albert-1a2b)에 있다. GPT-3는 크다.\n"},
    "reference-link": {"a.md": "GPT-3 소개는 [이 글][1]을 보라.\n\n[1]: https://example.org/openai-gpt-3-review\n"},
    "autolink": {"a.md": "자료: <https://example.org/papers/gpt-3-and-bert>\n\nGPT-3와 BERT를 비교했다.\n"},
    "html-anchor": {"a.md": 'GPT-3 노트는 <a href="https://example.org/gpt-3-notes">여기</a>에 있다.\n'},
    "inline-code": {"a.md": "모델 이름은 코드에서 `gpt-3`로 쓴다. 본문에서는 GPT-3라고 쓴다.\n"},
    "fenced-code": {"a.md": "GPT-3를 부른다.\n\n```python\nmodel = 'gpt-3'\nbert = load('bert-base')\n```\n"},
    "bare-url-txt": {"a.txt": "GPT-3 자료는 https://example.org/gpt-3-bert 에 있다.\n"},
    # A word coined on purpose, quoted with its gloss (Korean Wikinews: "윤썩열"(나라를 썩게 한다)).
    "coined-with-gloss": {
        "a.txt": "인공지능 기술이 늘었다. 인공지능 규제도 늘었다. 인공지능 투자도 늘었다.\n",
        "b.txt": "누리꾼 사이에서는 \"인공지눙\"(인공지능을 비꼬는 말)이라는 말까지 나왔다. 인공지능 기술 논란이다.\n",
    },
    "image-lines": {"a.md": "![gpt-3 그림](https://example.org/gpt-3.png)\n\n![bert 그림](https://example.org/bert.png)\n\nGPT-3와 BERT.\n"},
    # English copy that is not about the pack's AI names (BBC News 2004-05, in other words).
    "verb-met-a": {"a.txt": "The minister met a group of farmers. She later met a union leader.\n"},
    "verb-met-a-beside-meta": {"a.txt": "Analysts at Meta Group said so.\n", "b.txt": "The minister met a cool reception.\n"},
    "palm-trees-and-pilot": {"a.txt": "Palm oil prices rose. Tourists sat under the palm trees with a Palm organiser.\n"},
    "drama-school": {"a.txt": "She trained at the drama school Lamda in London.\n"},
    "bank-acronym": {"a.txt": "Beirut's BLOM index fell 2%. Shares of BLOM Bank slid.\n"},
    "mac-surnames": {
        "a.txt": "Prosecutor Ken Macdonald QC said the case was weak.\n",
        "b.txt": "MacDonald said so. Gus MacDonald agreed. The MacDonald report. MacDonald again.\n",
    },
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_not_a_term_finding(tmp_path: Path, name: str) -> None:
    assert [f.message for f in lint(tmp_path, NEGATIVES[name]).findings] == []


# The slips the check must still find, in words the probes do not use.
POSITIVES: list[tuple[dict[str, str], list[tuple[str, str, str]]]] = [
    (  # probe e1-e3 again: the right spelling only in two other articles, a shared word (시장) elsewhere in them
        {
            "a.txt": "스마트폰 시장이 줄었다. 국내 스마트폰 판매도 줄었다.\n",
            "b.txt": "중국 스마트폰 시장은 커졌다. 스마트폰 업체들이 경쟁한다.\n",
            "c.txt": "올해 스마트퐁 시장은 정체될 전망이다.\n",
        },
        [("c.txt", "스마트퐁", "스마트폰")],
    ),
    (  # the same word as "coined-with-gloss" above, written without quotes and gloss: a slip
        {
            "a.txt": "인공지능 기술이 늘었다. 인공지능 규제도 늘었다. 인공지능 투자도 늘었다.\n",
            "b.txt": "누리꾼 사이에서는 인공지눙 기술 논란이 나왔다.\n",
        },
        [("b.txt", "인공지눙", "인공지능")],
    ),
    (  # quoted, but no gloss follows: still a slip (seed 002 quotes its 초격자 too)
        {
            "a.txt": "인공지능 기술이 늘었다. 인공지능 규제도 늘었다. 인공지능 투자도 늘었다.\n",
            "b.txt": "누리꾼 사이에서는 '인공지눙 기술' 논란이 나왔다.\n",
        },
        [("b.txt", "인공지눙", "인공지능")],
    ),
    (  # a declared wrong form and a case variant in prose, with the link beside them left alone
        {"a.md": "[자료](https://example.org/hyperclova) 하이퍼틀로바는 네이버가 만든 모델이다.\n"},
        [("a.md", "하이퍼틀로바", "하이퍼클로바")],
    ),
    (  # a stylised company name written plainly, in English copy that writes it the stylised way elsewhere
        {"a.txt": "Shares in eBay rose. eBay said sales grew. eBay bought a rival.\n", "b.txt": "Ebay also owns PayPal.\n"},
        [("b.txt", "Ebay", "eBay")],
    ),
    (  # a declared name written plainly where the corpus also writes it the declared way
        {"a.txt": "Google trained PaLM on TPUs. Critics say Palm is costly.\n"},
        [("a.txt", "Palm", "PaLM")],
    ),
    (  # six letters or more, not an English word: still a case variant though the corpus never writes EXAONE
        {"a.txt": "LG's Exaone model has 300B parameters.\n"},
        [("a.txt", "Exaone", "EXAONE")],
    ),
    (  # a stylised spelling that is neither LLaMA nor Llama (realworld ko_blog_callor_llama.md:1)
        {"a.md": "# LLama 따라하기\n\nLlama 모델을 내려받는다.\n"},
        [("a.md", "LLama", "Llama")],
    ),
]


@pytest.mark.parametrize(("articles", "expected"), POSITIVES)
def test_still_found(tmp_path: Path, articles: dict[str, str], expected: list[tuple[str, str, str]]) -> None:
    assert found(lint(tmp_path, articles)) == expected
