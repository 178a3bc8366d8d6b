"""The `duplicate` check on the seeds and on realistic Korean and English text, with hard negatives."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import pytest
import yaml

from factlint.checks.base import Focus
from factlint.checks.duplicate import hashing, matching
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import run
from factlint.model import RunResult
from factlint.errors import RuleError
from factlint.model import Finding

REPO = Path(__file__).resolve().parents[2]
PACK = REPO / "rules" / "duplicates.yaml"
SEED_001 = REPO / "seeds" / "001_44002c1806efbf2a.txt"

# Real paragraphs of seed 001 (lines 16, 17, 24, 27, 28, 32) and seed 000 (line 26).
ELECTRONIC_BRAIN = (
    "초거대 AI는 대용량 연산이 가능한 인프라를 기반으로 스스로 데이터를 학습해 자율적으로 사고할 수 있는 "
    "일종의 '전자두뇌'다. 향후 산업, 안보, 교육 등 모든 분야에서의 활용이 예상돼 시장 규모가 기하급수적으로 "
    "커질 것이라는 전망이 나온다."
)
PARAMETERS = (
    "세계적으로 가장 유명한 AI 연구기관 'Open AI'의 GPT-3(175B)를 뛰어넘는 204B(2040억개) 파라미터"
    "(parameter·매개변수) 규모로 개발됐다. AI 모델의 크기를 나타내는 파라미터는 인간 뇌에서 뉴런을 연결해 "
    "정보를 학습하고 기억하는 역할의 시냅스와 유사하다."
)
GOOGLE_AMAZON = (
    "이미 구글, 아마존 등 해외 IT 기업들은 초거대 AI를 기업의 핵심 목표로 설정했다. 구글은 클라우드를 중심으로 "
    "금융, 자율주행, 헬스케어에 초거대 AI 접목을 꾀했고 아마존은 유통에 적용해 미국 내 지배력을 강화할 계획을 세웠다."
)
DEFENCE = (
    "국가 안보 차원에서도 중요하게 다뤄질 전망이다. 미국, 영국, 프랑스 등은 개발 중인 6세대 전투기에 이 초거대 AI를 "
    "탑재할 것으로 예상된다. AI 기술력이 곧 국방력이 될 것이란 관측까지 나온다."
)
SEED_000_CENTRE = (
    "하정우 네이버 AI LAB 소장은 “최근의 초대규모 AI는 구글, OpenAI와 같은 인재, 데이터, 인프라가 모두 갖춰진 곳 "
    "중심으로 진행되고 있다”면서 “서울대-네이버 초대규모 AI 연구센터가 국가 AI 경쟁력 향상에 기여하길 바란다”고 말했다."
)
BYLINE = "강경주 한경닷컴 기자 qurasoha@hankyung.com"
HEADLINE = "LG도 초거대 AI 개발에 1억달러 투입"
ENGLISH = (
    "Naver unveiled HyperCLOVA, a Korean language model with 204 billion parameters, trained on 560 billion "
    "tokens of Korean text, more than 6,500 times the Korean data used for GPT-3."
)


def ruleset(tmp_path: Path, **options: Any) -> RuleSet:
    """The shipped rule with some options changed."""
    data = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    data["rules"][0]["options"].update(options)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_rules([str(path)])


def lint(tmp_path: Path, articles: Mapping[str, Sequence[str] | str], jobs: int = 1, **options: Any) -> RunResult:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    paths = []
    for name, lines in articles.items():
        text = lines if isinstance(lines, str) else "\n".join(lines) + "\n"
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return run(paths, ruleset(tmp_path, **options), jobs=jobs)


def where(result: RunResult, finding: Finding) -> tuple[str, int, int, str, int, int]:
    """(file, first line, last line) of a finding and of its earlier copy."""
    doc = result.documents[finding.location.path]
    rel = finding.related[0]
    other = result.documents[rel.path]
    return (
        Path(finding.location.path).name, doc.position(finding.location.span.start).line,
        doc.end_position(finding.location.span).line,
        Path(rel.path).name, other.position(rel.span.start).line, other.end_position(rel.span).line,
    )


# --- the seeds: every repeated paragraph or block is reported, and nothing else -------------------


def test_seeds_report_exactly_their_repeats(seeds: Path) -> None:
    result = run([str(p) for p in sorted(seeds.glob("*.txt"))], load_rules([str(PACK)]))
    assert not result.internal_errors
    found = {where(result, f): f for f in result.findings}
    assert sorted(found) == [
        ("001_44002c1806efbf2a.txt", 14, 14, "001_44002c1806efbf2a.txt", 13, 13),  # headline printed twice
        ("001_44002c1806efbf2a.txt", 33, 52, "001_44002c1806efbf2a.txt", 16, 32),  # the body, again
        ("002_62dc6b14b00e3a6f.txt", 21, 21, "002_62dc6b14b00e3a6f.txt", 20, 20),  # photo caption
        ("003_6887149645579ea4.txt", 4, 4, "003_6887149645579ea4.txt", 1, 1),  # title
    ]
    body = found[("001_44002c1806efbf2a.txt", 33, 52, "001_44002c1806efbf2a.txt", 16, 32)]
    assert body.severity == "error"
    assert body.message == (
        "lines 33–52 repeat lines 16–32 of this article "
        "(17 of 20 paragraphs copied: 14 exact, 3 contain the other's sentences)"
    )
    assert dict(body.data) == {
        "match": "mixed", "similarity": 1.0, "paragraphs": 20, "exact": 14, "contained": 3, "near": 0, "earlier": True,
    }
    caption = found[("002_62dc6b14b00e3a6f.txt", 21, 21, "002_62dc6b14b00e3a6f.txt", 20, 20)]
    assert caption.message == "line 21 repeats line 20 of this article (exact copy)"
    assert caption.data["match"] == "exact"
    assert all(f.rule == "repeated-paragraph" and f.kind == "duplicate" for f in result.findings)


def test_seed_001_glued_paragraph_contains_the_earlier_one(tmp_path: Path) -> None:
    """Line 35 of seed 001 is a new sentence glued to line 17 with no space: "...투입했다.세계적으로...".

    Alone (without the surrounding run) it is one contained copy.
    """
    lines = SEED_001.read_text(encoding="utf-8").split("\n")
    result = lint(tmp_path, {"a.txt": [lines[16], lines[23], lines[34]]})
    (f,) = result.findings
    assert where(result, f)[1:3] == (3, 3) and where(result, f)[4:] == (1, 1)
    assert f.message == "line 3 repeats every sentence of line 1 of this article and adds 2 more sentences"
    assert f.data["match"] == "contained"
    assert f.severity == "warning"


def test_parallel_run_gives_the_same_report(seeds: Path) -> None:
    paths = [str(p) for p in sorted(seeds.glob("*.txt"))]
    rules = load_rules([str(PACK)])
    one, two = run(paths, rules, jobs=1), run(paths, rules, jobs=2)
    assert not two.internal_errors
    assert one.findings == two.findings and len(one.findings) == 4


# --- kinds of copies --------------------------------------------------------------------------------


def test_exact_copy_ignores_whitespace_and_punctuation(tmp_path: Path) -> None:
    copy = PARAMETERS.replace("204B(2040억개)", "204B (2040억 개)").replace(". ", ".  ").replace("'", "‘", 1)
    result = lint(tmp_path, {"a.txt": [PARAMETERS, GOOGLE_AMAZON, copy]})
    (f,) = result.findings
    assert f.message == "line 3 repeats line 1 of this article (exact copy)"
    assert f.severity == "error"


def test_near_copy_with_a_number_and_a_word_changed(tmp_path: Path) -> None:
    copy = PARAMETERS.replace("2040억개", "2050억개").replace("시냅스와", "신경망과")
    result = lint(tmp_path, {"a.txt": [PARAMETERS, DEFENCE], "b.txt": [GOOGLE_AMAZON, copy]})
    (f,) = result.findings
    assert where(result, f) == ("b.txt", 2, 2, "a.txt", 1, 1)
    assert f.severity == "warning"
    assert f.data["match"] == "near"
    assert 0.7 < f.data["similarity"] < 1
    assert f.message == f"line 2 is a near copy (similarity {f.data['similarity']:.2f}) of {f.related[0].path}:1"


def test_near_copy_in_english(tmp_path: Path) -> None:
    copy = ENGLISH.replace("560 billion", "650 billion").replace("Naver unveiled", "Naver released")
    result = lint(tmp_path, {"a.txt": [ENGLISH, "An unrelated line about the weather in Seoul today, which was rainy."], "b.txt": [copy]})
    (f,) = result.findings
    assert f.data["match"] == "near" and where(result, f)[0] == "b.txt"


def test_paragraph_made_of_an_earlier_ones_sentences_is_contained(tmp_path: Path) -> None:
    longer = f"{DEFENCE} {ELECTRONIC_BRAIN}"
    result = lint(tmp_path, {"a.txt": [longer, GOOGLE_AMAZON, ELECTRONIC_BRAIN]})
    (f,) = result.findings
    assert f.message == "every sentence of line 3 is already in line 1 of this article, which has 3 more sentences"
    assert f.data["match"] == "contained"


# --- runs and pairs ----------------------------------------------------------------------------------


def test_block_copied_into_another_article_is_one_finding(tmp_path: Path) -> None:
    block = [ELECTRONIC_BRAIN, PARAMETERS, GOOGLE_AMAZON, DEFENCE]
    result = lint(tmp_path, {"a.txt": [HEADLINE, *block, BYLINE], "b.txt": ["다른 기사의 제목", SEED_000_CENTRE, *block]})
    (f,) = result.findings
    assert where(result, f) == ("b.txt", 3, 6, "a.txt", 2, 5)
    assert f.message == f"lines 3–6 repeat {f.related[0].path}:2–5 (4 paragraphs, exact copy)"
    assert f.data["paragraphs"] == 4 and f.data["match"] == "exact"


def test_pair_is_reported_once_at_the_later_path(tmp_path: Path) -> None:
    """The copy sits at the top of a.txt and at the bottom of b.txt: reported in b.txt, later in path order."""
    result = lint(tmp_path, {"a.txt": [DEFENCE, GOOGLE_AMAZON], "b.txt": [PARAMETERS, SEED_000_CENTRE, DEFENCE]})
    (f,) = result.findings
    assert where(result, f) == ("b.txt", 3, 3, "a.txt", 1, 1)


def test_three_copies_point_at_the_first(tmp_path: Path) -> None:
    result = lint(tmp_path, {"a.txt": [DEFENCE, PARAMETERS, DEFENCE, GOOGLE_AMAZON, DEFENCE]})
    assert [where(result, f)[1:] for f in result.findings] == [(3, 3, "a.txt", 1, 1), (5, 5, "a.txt", 1, 1)]


def test_scope_article_ignores_other_articles(tmp_path: Path) -> None:
    articles = {"a.txt": [DEFENCE, PARAMETERS], "b.txt": [GOOGLE_AMAZON, DEFENCE]}
    assert len(lint(tmp_path, articles).findings) == 1
    assert lint(tmp_path, articles, scope="article").findings == ()


# --- scrape noise and hard negatives --------------------------------------------------------------


def test_paragraphs_on_one_topic_are_not_copies(tmp_path: Path) -> None:
    """Seed 001's paragraphs about 초거대 AI share vocabulary (초거대 AI, 구글, 미국 …) and seed 000 names the same centre."""
    result = lint(tmp_path, {"a.txt": [ELECTRONIC_BRAIN, GOOGLE_AMAZON, DEFENCE, PARAMETERS], "b.txt": [SEED_000_CENTRE]})
    assert result.findings == ()


def test_byline_and_buttons_repeated_far_apart_are_noise(tmp_path: Path) -> None:
    lines = [BYLINE, "-", "공유", "-", "댓글", ELECTRONIC_BRAIN, PARAMETERS, "-", "공유", GOOGLE_AMAZON, DEFENCE, BYLINE]
    assert lint(tmp_path, {"a.txt": lines}).findings == ()


def test_byline_is_reported_when_min_length_is_lowered(tmp_path: Path) -> None:
    lines = [BYLINE, ELECTRONIC_BRAIN, PARAMETERS, GOOGLE_AMAZON, DEFENCE, BYLINE]
    # The e-mail address is not prose: what is compared is "강경주 한경닷컴 기자" (9 letters).
    (f,) = lint(tmp_path, {"a.txt": lines}, min_length=8).findings
    assert f.message == "line 6 repeats line 1 of this article (exact copy)"


def test_short_line_repeated_right_after_itself_is_one_finding(tmp_path: Path) -> None:
    doubled = lint(tmp_path, {"a.txt": [HEADLINE, HEADLINE, ELECTRONIC_BRAIN]})
    (f,) = doubled.findings
    assert f.message == "line 2 repeats line 1 of this article (exact copy)"
    far = lint(tmp_path, {"a.txt": [HEADLINE, ELECTRONIC_BRAIN, PARAMETERS, GOOGLE_AMAZON, DEFENCE, HEADLINE]})
    assert far.findings == ()


def test_boilerplate_in_many_articles_is_not_reported(tmp_path: Path) -> None:
    footer = "Copyright ⓒ 한국경제신문 & hankyung.com. 무단전재 및 재배포 금지, AI 학습 이용 금지."
    bodies = [ELECTRONIC_BRAIN, PARAMETERS, GOOGLE_AMAZON, DEFENCE, SEED_000_CENTRE, ENGLISH]
    many = {f"{i:02d}.txt": [f"기사 {i}번 본문 문장입니다.", footer] for i in range(12)}
    assert lint(tmp_path, many).findings == ()
    few = lint(tmp_path, {f"{i}.txt": [bodies[i], footer] for i in range(3)})
    assert [where(few, f)[:2] for f in few.findings] == [("1.txt", 2), ("2.txt", 2)]


# --- stock sentences, headline variants and syndication (issue #17) ---------------------------------


def seed_sentences() -> list[str]:
    """The distinct sentences of the seeds that end in 다. (25 or more characters), in a fixed order."""
    found: set[str] = set()
    for path in sorted((REPO / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            found.update(s for s in re.split(r"(?<=다\.)\s+", line.strip()) if len(s) >= 25 and s.endswith("다."))
    return sorted(found)


def stock_corpus(quoted: Sequence[str], others: Sequence[str], quotes: int, fillers: int = 2) -> dict[str, list[str]]:
    """``quotes`` articles for each of ``quoted``, each with one paragraph of that sentence and
    ``fillers`` of ``others`` (no two paragraphs share two sentences): the way wire copy reuses sentences."""
    articles = {}
    k = 0
    for sentence in quoted:
        for _ in range(quotes):
            picked = [others[(fillers * k + i) % len(others)] for i in range(fillers)]
            articles[f"stock{k:03d}.txt"] = [" ".join([sentence, *picked])]
            k += 1
    return articles


def test_near_copy_of_a_stock_sentence_is_found(tmp_path: Path) -> None:
    """A one-sentence paragraph whose sentence 20 other articles quote, with other sentences around
    it: every 5-gram of it is in 22 paragraphs. Before issue #17 a 5-gram in more than 16 was a
    stock phrase and ignored, so its copy with one word changed was never a candidate."""
    sentences = seed_sentences()
    source = next(x for x in sentences if 90 <= normalise_length(x) <= 110)
    others = [x for x in sentences if x != source]
    articles = stock_corpus([source], others, 20, fillers=3)
    words = source.split(" ")
    articles["a.txt"] = [source]
    articles["z.txt"] = [" ".join([*words[:3], "새로운", *words[4:]])]
    result = lint(tmp_path, articles)
    (f,) = result.findings  # and none among the 20 paragraphs that quote it
    assert where(result, f)[0] == "z.txt" and where(result, f)[3] == "a.txt"
    assert f.data["match"] == "near" and f.data["similarity"] >= 0.85


def test_near_copy_of_a_paragraph_of_stock_sentences_is_found(tmp_path: Path) -> None:
    """Every sentence of the paragraph is quoted in 20 other articles (its 5-grams are all common),
    yet its combination of sentences is its own: the copy with one word changed is reported, and
    the 60 paragraphs that share one sentence with it, or with each other, are not."""
    sentences = seed_sentences()
    quoted, others = sentences[:3], sentences[3:]
    articles = stock_corpus(quoted, others, 20)
    source = " ".join(quoted)
    copy = source.replace("하이퍼클로바", "하이퍼클로바X", 1) if "하이퍼클로바" in source else source.replace("AI", "인공지능", 1)
    assert copy != source
    articles["a.txt"] = [source]
    articles["z.txt"] = [copy]
    result = lint(tmp_path, articles)
    (f,) = result.findings
    assert where(result, f)[0] == "z.txt" and where(result, f)[3] == "a.txt"
    assert f.data["match"] == "near" and f.data["similarity"] >= 0.9


def test_paragraph_of_stock_sentences_copied_inside_another_is_contained(tmp_path: Path) -> None:
    """Two stock sentences (each in 12 other articles, more than max_articles) make a paragraph; a
    later article prints them inside a longer paragraph. Their pair is rare: a contained copy."""
    sentences = seed_sentences()
    quoted, others = sentences[:2], sentences[2:]
    articles = stock_corpus(quoted, others, 12)
    articles["a.txt"] = [f"{quoted[0]} {quoted[1]}"]
    articles["z.txt"] = [f"{others[-1]} {quoted[0]} {quoted[1]} {others[-2]}"]
    result = lint(tmp_path, articles)
    (f,) = result.findings
    assert where(result, f)[0] == "z.txt" and where(result, f)[3] == "a.txt"
    assert f.message.endswith("adds 2 more sentences") and f.data["match"] == "contained"


def test_short_headline_variants_are_not_near_copies(tmp_path: Path) -> None:
    """Syndicated news gives one story many headlines; variants that end like a sentence are long
    enough to compare (20 characters) but shorter than near_min_length (60): not near copies. A
    near copy of a paragraph of 60 characters or more still is."""
    titles = [  # seed 001's headline, as four outlets might end it
        "LG도 초거대 AI 개발에 1억달러 투입하기로 했다.",
        "LG도 초거대 AI 개발에 2억달러 투입하기로 했다.",
        "[속보] LG도 초거대 AI 개발에 1억달러 투입하기로 했다.",
        "LG, 초거대 AI 개발에 1억달러 투입하기로 했다.",
    ]
    assert all(20 <= normalise_length(t) < 60 for t in titles)
    articles = {f"{i}.txt": [title, body] for i, (title, body) in enumerate(zip(titles, (ELECTRONIC_BRAIN, PARAMETERS, GOOGLE_AMAZON, DEFENCE)))}
    assert lint(tmp_path, articles).findings == ()
    near = lint(tmp_path, articles, near_min_length=20)
    assert {f.data["match"] for f in near.findings} == {"near"} and len(near.findings) >= 2
    longer = DEFENCE.replace("6세대", "7세대")
    assert normalise_length(longer) >= 60
    (f,) = lint(tmp_path, {**articles, "9.txt": [longer]}).findings
    assert f.data["match"] == "near" and where(lint(tmp_path, {**articles, "9.txt": [longer]}), f)[3] == "3.txt"


def test_lines_that_are_not_sentences_need_twice_the_length_for_near_copies(tmp_path: Path) -> None:
    """Two image lines of a blog post share their address (as in a real blog post, the one near
    copy an editor judged false in ../shared/realworld); two long headlines share a story. Neither
    ends like a sentence, and lines that do not need 2 x near_min_length for a near copy."""
    images = [
        "![GPT-3는 처음에 많은 걸 이야기한다.](https://example.github.io/assets/language_models_are_few_shot_learners1.jpeg)",
        "![비교: 모델 간 파라미터 크기.](https://example.github.io/assets/language_models_are_few_shot_learners2.png)",
    ]
    headlines = [
        "네이버·LG·KT 사활 건 '전자두뇌'…초거대 AI가 뭐길래, 삼성전자 협업보다 큰 규모로 서울대와 공동연구센터 세우고 석박사 인재 200명 직접 육성",
        "[종합] 네이버·LG·KT 사활 건 '전자두뇌'…초거대 AI가 뭐길래, 삼성전자 협업보다 큰 규모로 KAIST와 공동연구센터 세우고 석박사 인재 300명 직접 육성",
    ]
    for pair in (images, headlines):
        assert all(60 <= normalise_length(line) < 120 for line in pair)
        articles = {"a.md": f"{pair[0]}\n\n{ELECTRONIC_BRAIN}\n", "b.md": f"{pair[1]}\n\n{PARAMETERS}\n"}
        assert lint(tmp_path, articles).findings == ()
        found = lint(tmp_path, articles, near_min_length=30).findings
        if pair is images:
            assert found == ()  # an image in Markdown is not prose at all (factlint/markup.py), whatever its length
        else:
            (f,) = found
            assert f.data["match"] == "near"


def normalise_length(text: str) -> int:
    return len(hashing.normalise(text))


EDITS = (("대용량", "대규모"), ("인프라를", "설비를"), ("스스로", "직접"), ("학습해", "익혀"), ("자율적으로", "능동적으로"),
         ("일종의", "하나의"), ("향후", "앞으로"), ("산업", "금융"), ("안보", "국방"), ("교육", "의료"), ("모든", "여러"),
         ("활용이", "쓰임이"), ("시장", "산업"), ("기하급수적으로", "빠르게"), ("전망이", "관측이"))


def syndicated(tmp_path: Path, copies: int, **options: Any) -> RunResult:
    """ELECTRONIC_BRAIN (seed 001) in a.txt and in ``copies`` later articles: every other copy exact,
    the rest with one word changed, each a different word; every article has its own second paragraph."""
    sentences = seed_sentences()
    articles = {"a.txt": [ELECTRONIC_BRAIN, sentences[0]]}
    for k in range(copies):
        old, new = EDITS[(k // 2) % len(EDITS)]
        text = ELECTRONIC_BRAIN if k % 2 == 0 else ELECTRONIC_BRAIN.replace(old, new, 1)
        articles[f"s{k:02d}.txt"] = [sentences[k + 1], text]
    return lint(tmp_path, articles, **options)


def test_paragraph_syndicated_to_30_articles_is_reported_at_every_copy(tmp_path: Path) -> None:
    """One finding per copy, at the copy (where a user of that article looks, and can suppress
    it), pointing at the first copy (exact ones) or at the closest earlier one (near ones): 30
    findings for 30 copies, not 435 pairs; an exact copy says how many articles hold the paragraph."""
    result = syndicated(tmp_path, 30)
    found = sorted(where(result, f) for f in result.findings)
    assert [(w[0], w[1]) for w in found] == [(f"s{k:02d}.txt", 2) for k in range(30)]
    exact = [f for f in result.findings if f.data["match"] == "exact"]
    assert len(exact) == 15
    assert all(where(result, f)[3:] == ("a.txt", 1, 1) for f in exact)
    assert exact[0].message.endswith("(exact copy; the paragraph is in 16 articles)")
    assert exact[0].data["articles"] == 16
    near = [f for f in result.findings if f.data["match"] == "near"]
    assert len(near) == 15 and all(f.data["similarity"] >= 0.8 for f in near)
    # A pre-commit run on one copy reports that copy; on the first, every copy related to it.
    paths = sorted(result.documents)
    for focus in ({paths[17]}, {paths[0]}):
        wanted = tuple(f for f in result.findings if Focus(frozenset(focus)).touches(f))
        assert run(paths, ruleset(tmp_path), focus=frozenset(focus)).findings == wanted
    assert len(wanted) == sum(1 for f in result.findings if f.related[0].path == paths[0])


def test_boilerplate_is_short_and_a_syndicated_paragraph_is_not(tmp_path: Path) -> None:
    """A line in more than max_articles articles is boilerplate (a footer) only if shorter than
    boilerplate_max_length; an AP-style notice of 127 characters is reported like a syndicated
    paragraph until the option is raised."""
    notice = (
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed without permission."
    )
    assert normalise_length(notice) > 80
    sentences = seed_sentences()
    many = {f"{i:02d}.txt": [sentences[i], notice] for i in range(12)}
    assert len(lint(tmp_path, many).findings) == 11
    assert lint(tmp_path, many, boilerplate_max_length=200).findings == ()
    # Raised, the syndicated paragraph's exact copies are boilerplate too; its near copies are still
    # compared with each other (the first of the 15 has no earlier one to be a copy of).
    assert {f.data["match"] for f in syndicated(tmp_path, 30, boilerplate_max_length=1000).findings} == {"near"}
    assert len(syndicated(tmp_path, 30, boilerplate_max_length=1000).findings) == 14


def test_sketch_agreement_estimates_the_similarity(tmp_path: Path) -> None:
    """The share of the 64 bins two sketches agree on is within 0.2 of the 5-gram Jaccard similarity
    (its spread is at most 0.0625), for real paragraphs and their near copies, and about 0 apart."""
    from factlint.engine.analyse import analyse
    from factlint.loader import parse
    from factlint.model import Document

    texts = [ELECTRONIC_BRAIN, PARAMETERS, GOOGLE_AMAZON, DEFENCE, SEED_000_CENTRE, ENGLISH]
    texts += [ELECTRONIC_BRAIN.replace(old, new) for old, new in EDITS[:6]]
    texts += [DEFENCE.replace("6세대", "7세대"), ENGLISH.replace("560 billion", "650 billion")]
    doc = parse("a.txt", "\n".join(texts).encode())
    assert isinstance(doc, Document)
    rules = ruleset(tmp_path)
    packed = analyse([doc], rules)[0].summaries[rules.rules[0].id]
    corpus = matching.corpus_arrays(["a.txt"], [packed])
    n = len(texts)
    a, b = (x.ravel() for x in np.triu_indices(n, 1))
    agreement = matching._agreement(corpus, a.astype(np.intp), b.astype(np.intp))
    shingles = [set(hashing.window_hashes(t).tolist()) for t in texts]
    jaccard = np.array([len(shingles[x] & shingles[y]) / len(shingles[x] | shingles[y]) for x, y in zip(a, b)])
    assert np.abs(agreement - jaccard).max() < 0.2
    assert (jaccard > 0.5).sum() >= 20 and agreement[jaccard < 0.1].max() < 0.15


def test_bands_find_a_pair_at_the_threshold_at_least_99_times_in_100() -> None:
    for similarity in (0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0):
        rows = matching.bands(similarity)
        assert 1 - (1 - similarity**rows) ** (hashing.BINS // rows) >= 0.99, similarity


# --- options and internals ---------------------------------------------------------------------------


def test_unknown_option_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="unknown key 'treshold'"):
        ruleset(tmp_path, treshold=0.8)


def test_summary_is_compact_and_stable(seeds: Path) -> None:
    """Workers are separate processes: the hashes must not depend on Python's randomised hash()."""
    from factlint.loader import load
    from factlint.segment import blocks

    doc = load(str(SEED_001))
    rule = load_rules([str(PACK)]).rules[0]
    packed = hashing.hash_articles([blocks(doc)], rule.options)[0]  # type: ignore[arg-type]
    # 256 bytes of sketch per paragraph of 60 or more characters (30 of them here): less than the
    # text of seed 001, whose paragraphs are one sentence each; 40% of it on the generated corpus.
    assert packed.dtype == np.uint64 and packed.nbytes < len(doc.text.encode())
    prepared = hashing.unpack(packed)
    assert len(prepared.keys) == 52
    # Line 16 and line 33 are the same paragraph; line 2 ("-") leaves nothing to compare.
    assert prepared.keys[15] == prepared.keys[32] and prepared.keys[1] == 0
    assert int(prepared.keys[15]) == 0xD7DEE0837AEA562C
    # Their sketches are equal too, and name their sentences: line 16 has two (0 and 1).
    signed = np.flatnonzero(prepared.signed)
    assert len(signed) == 30 and prepared.sketches.shape == (30, hashing.BINS)
    first, again = (prepared.sketches[np.searchsorted(signed, i)] for i in (15, 32))
    assert np.array_equal(first, again)
    assert set((first & 0xFF).tolist()) == {0, 1}


def test_the_summary_holds_the_articles_date_and_a_summary_of_the_old_layout_is_refused() -> None:
    """The check orders articles by the date in their summaries (no document is read for it). A
    cached summary from before the date was stored (three header words) or with a date word no
    date has does not decode: it is made again from the article, never misread."""
    import datetime as dt

    from factlint.segment import blocks
    from factlint.loader import parse
    from factlint.model import Document

    rule = load_rules([str(PACK)]).rules[0]
    docs = [parse(name, text.encode()) for name, text in (
        ("a.txt", f"입력 2023.03.14 16:00\n\n{ELECTRONIC_BRAIN}\n"), ("b.txt", f"{ELECTRONIC_BRAIN}\n"), ("c.txt", ""))]
    assert all(isinstance(d, Document) for d in docs)
    packed = hashing.hash_articles([blocks(d) for d in docs], rule.options, [d.date for d in docs])  # type: ignore[union-attr,arg-type]
    assert hashing.article_dates(packed).tolist() == [dt.date(2023, 3, 14).toordinal(), hashing.NO_DATE, hashing.NO_DATE]
    blobs = [hashing.encode(p) for p in packed]
    assert all(d is not None for d in hashing.decode_many(blobs))
    old_layout = np.delete(packed[0], 3)  # the header before the date word
    too_late = packed[0].copy()
    too_late[3] = dt.date.max.toordinal() + 1
    assert hashing.decode_many([hashing.encode(old_layout), hashing.encode(too_late)]) == [None, None]
    assert hashing.decode_many([hashing.encode(np.array([0, 0, 0], dtype=np.uint64))]) == [None]


def test_normalise_drops_whitespace_and_punctuation() -> None:
    assert hashing.normalise("204B (2040억 개)—GPT-3.5!") == "204b2040억개gpt35"


def test_empty_and_punctuation_only_articles(tmp_path: Path) -> None:
    result = lint(tmp_path, {"a.txt": "", "b.txt": ["-", "|", "-", "…"], "c.txt": [ELECTRONIC_BRAIN]})
    assert result.findings == () and not result.internal_errors


def test_markdown_paragraph_over_two_lines_and_code_left_out(tmp_path: Path) -> None:
    first, second = ELECTRONIC_BRAIN.split(". ", 1)
    text = f"# 초거대 AI\n\n{first}.\n{second}\n\n```\n{ELECTRONIC_BRAIN}\n```\n\n{ELECTRONIC_BRAIN}\n"
    result = lint(tmp_path, {"a.md": text})
    (f,) = result.findings
    assert f.message == "line 10 repeats lines 3–4 of this article (exact copy)"  # not the fenced copy on line 7


def test_a_batch_gives_each_article_what_it_gets_alone(seeds: Path) -> None:
    """Workers hash a batch of articles end to end; each must get the arrays it gets alone, including
    empty articles, articles with nothing long enough to compare, Markdown and text above the BMP."""
    from factlint.loader import load, parse
    from factlint.model import Document
    from factlint.segment import blocks

    rule = load_rules([str(PACK)]).rules[0]
    docs = [load(str(p)) for p in sorted(seeds.glob("*.txt"))]
    docs += [
        parse("empty.txt", b""),
        parse("noise.txt", "-\n|\n공유\n".encode()),
        parse("a.md", f"# 제목\n\n{ELECTRONIC_BRAIN}\n\n```\ncode\n```\n\n{PARAMETERS}\n".encode()),
        parse("emoji.txt", f"{ENGLISH} 🚀🚀\n{DEFENCE}\n".encode()),
    ]
    items = [(d, blocks(d)) for d in docs if isinstance(d, Document)]
    assert len(items) == len(docs)
    alone = [hashing.hash_articles([b], rule.options)[0] for _, b in items]  # type: ignore[list-item]
    batched = hashing.hash_articles([b for _, b in items], rule.options)  # type: ignore[misc]
    assert len(batched) == len(alone)
    for (doc, _), one, many in zip(items, alone, batched):
        assert np.array_equal(one, many), doc.path
    # The batch really hashed something: seed 001's doubled body has equal keys in both copies.
    prepared = hashing.unpack(batched[1])
    assert prepared.keys[15] == prepared.keys[32] != 0


def test_character_table_is_lower_case_letters_and_digits_and_sentence_ends() -> None:
    """The table the check normalises with, built by numpy, against its definition in plain Python
    for every code point of the Basic Multilingual Plane."""
    table = hashing._table()
    expected = []
    for i in range(0x10000):
        c = chr(i)
        lower = c.lower()
        expected.append((ord(lower) if len(lower) == 1 else i) if c.isalnum() else 0)
    for c in ".!?。":
        expected[ord(c)] = hashing._END
    assert table.tolist() == expected
    assert table[ord("İ")] == ord("İ") and table[ord("A")] == ord("a") and table[ord("한")] == ord("한")


def test_no_keyed_block_makes_no_group() -> None:
    """A corpus none of whose blocks has a key (the article fuzzer made one) has no runs of equal keys:
    the exact-copy step indexed run 0 of an empty array and the duplicate check crashed."""
    import numpy as np

    from factlint.checks.duplicate.matching import _groups

    order, starts, sizes = _groups(np.zeros(0, dtype=np.uint64))
    assert (len(order), len(starts), len(sizes)) == (0, 0, 0)
    order, starts, sizes = _groups(np.array([5, 3, 5], dtype=np.uint64))
    assert starts.tolist() == [0, 1] and sizes.tolist() == [1, 2]


def test_two_short_sentences_sharing_one_stock_sentence_are_no_near_copy(tmp_path: Path) -> None:
    """A paragraph of two sentences under near_min_length is compared for near copies (fresh20's near copy of
    "녹담음료는 1987년 … 1,260여 명으로, 이 가운데 70% 가까이가 하송군 주민이다." is found), but one stock sentence
    shared with another paragraph whose second sentence says something else is no copy (s20 review, /tmp/rev20/share3)."""
    stock = "서하시 공공도서관 다섯 곳 가운데 '서하중앙도서관'의 이용이 가장 많았다. "
    assert lint(tmp_path, {"a.txt": [stock + "서하중앙도서관이 전체 대출의 35%를 차지했다."],
                           "b.txt": [stock + "서하중앙도서관은 10년 전만 해도 전체 대출의 60%를 차지했다."]}).findings == ()
    assert lint(tmp_path, {"a.txt": [stock + "서하중앙도서관이 전체 대출의 35%를 차지했다."],
                           "b.txt": [stock + "서하중앙도서관은 전체 대출의 40.1%를 차지했던 2019년보다 비중이 줄었다."]}).findings == ()
    copy = "녹담음료는 1987년 하송읍의 작은 제다 공장에서 출발했다. 현재 임직원은 1,260{}이 가운데 {}가 하송군 주민이다."
    (f,) = lint(tmp_path, {"a.txt": [copy.format("명으로, ", "약 70%(882명)")],
                           "b.txt": [copy.format("여 명으로, ", "70% 가까이")]}).findings
    assert f.data["match"] == "near"
