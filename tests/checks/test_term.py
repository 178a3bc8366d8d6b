"""The `term` check on real sentences: declared names, their variants, discovered typos, hard negatives."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pytest

from factlint.checks import term
from factlint.checks.term import summary as term_summary
from factlint.config.rules import load_rules
from factlint.config.ruleset import RuleSet
from factlint.engine import run
from factlint.model import RunResult
from factlint.model import Finding

# Entities as rules/entities.yaml declares them (the claims issue), plus a term rule of our own.
ENTITIES = """\
entities:
  - name: HyperCLOVA
    aliases: [하이퍼클로바, Hyper CLOVA]
    type: model
  - name: HyperCLOVA X
    aliases: [하이퍼클로바X, 하이퍼클로바 X]
    type: model
  - name: GPT-3
    type: model
  - name: GPT-4
    type: model
  - name: EXAONE
    aliases: [엑사원]
    type: model
  - name: KoGPT
    type: model
  - name: MT-NLG
    aliases: [Megatron-Turing NLG]
    type: model
  - name: OpenAI
    aliases: [오픈AI, Open AI]
    type: company
  - name: KT
    type: company
  - name: LaMDA
    aliases: [람다]
    type: model
  - name: Gopher
    aliases: [고퍼]
    type: model
  - name: 카카오브레인
    aliases: [Kakao Brain]
    type: company
"""

TERMS = """\
rules:
  - id: term-spelling
    kind: term
    description: Names and terms spelt one way
    options:
      terms:
        - preferred: 엑사원
          aliases: [EXAONE]
          wrong: [엑사온]
      allow: [{allow}]
"""

REPO = Path(__file__).resolve().parents[2]


def lint(tmp_path: Path, articles: Sequence[str], *, entities: str = ENTITIES, allow: str = "") -> RunResult:
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "entities.yaml").write_text(entities, encoding="utf-8")
    (tmp_path / "rules" / "terms.yaml").write_text(TERMS.format(allow=allow), encoding="utf-8")
    ruleset = load_rules([str(tmp_path / "rules")])
    paths = []
    for i, text in enumerate(articles):
        path = tmp_path / f"a{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return run(paths, ruleset)


def variants(result: RunResult) -> list[tuple[str, str, str]]:
    return [(f.data["variant"], f.data["preferred"], f.data["how"]) for f in result.findings]


def only(result: RunResult) -> Finding:
    assert len(result.findings) == 1, [f.message for f in result.findings]
    return result.findings[0]


# ---------------------------------------------------------------------------------------------
# True variants: each sentence holds one, and the finding names it, the preferred spelling and how.

TRUE_VARIANTS = [
    ("네이버는 2040억 파라미터의 하이퍼틀로바를 공개했다.", "하이퍼틀로바", "하이퍼클로바", "jamo"),
    ("네이버가 공개한 하이퍼클로버는 한국어에 특화됐다.", "하이퍼클로버", "하이퍼클로바", "jamo"),
    ("LG AI연구원은 3000억 파라미터의 '엑사온'을 발표했다.", "엑사온", "엑사원", "wrong"),
    ("LG AI연구원의 엑사운은 이미지도 이해한다.", "엑사운", "엑사원", "jamo"),
    ("카카오브래인은 11월 KoGPT를 내놓았다.", "카카오브래인", "카카오브레인", "jamo"),
    ("Naver unveiled HyperClova, a 204B-parameter model.", "HyperClova", "HyperCLOVA", "case-spacing"),
    ("Naver's Hyper-CLOVA was trained on Korean text.", "Hyper-CLOVA", "HyperCLOVA", "case-spacing"),
    ("네이버는 하이퍼 클로바를 검색에 적용한다.", "하이퍼 클로바", "하이퍼클로바", "case-spacing"),
    ("LG's Exaone model has 300B parameters.", "Exaone", "EXAONE", "case-spacing"),
    ("Microsoft and NVIDIA released Megatron-Turing NLP with 530B parameters.", "Megatron-Turing NLP", "Megatron-Turing NLG", "letters"),
    ("Kakao Brain's KoGTP is a Korean GPT-3.", "KoGTP", "KoGPT", "letters"),
    ("카카오브레인(Kakao Brian)은 KoGPT를 공개했다.", "Kakao Brian", "Kakao Brain", "letters"),
    ("OpenAI announced Gpt-4 in March.", "Gpt-4", "GPT-4", "case-spacing"),
    ("한국어로 GPT 3를 능가하는 모델을 만든다.", "GPT 3", "GPT-3", "case-spacing"),
    ("마이크로소프트는 Open-AI에 10억달러를 투자했다.", "Open-AI", "OpenAI", "case-spacing"),
    ("Google's LaMDa talks about anything.", "LaMDa", "LaMDA", "case-spacing"),
]


@pytest.mark.parametrize(("sentence", "variant", "preferred", "how"), TRUE_VARIANTS)
def test_declared_variant_is_found(tmp_path: Path, sentence: str, variant: str, preferred: str, how: str) -> None:
    finding = only(lint(tmp_path, [sentence + "\n"]))
    assert (finding.data["variant"], finding.data["preferred"], finding.data["how"]) == (variant, preferred, how)
    assert f"'{variant}'" in finding.message and f"'{preferred}'" in finding.message
    start = sentence.index(variant)
    assert (finding.location.span.start, finding.location.span.end) == (start, start + len(variant))


def test_particles_are_not_part_of_the_variant(tmp_path: Path) -> None:
    finding = only(lint(tmp_path, ["네이버는 하이퍼틀로바는 물론 하이퍼클로바X도 공개했다.\n"]))
    assert finding.data["variant"] == "하이퍼틀로바"
    assert "ㅌ for ㅋ in syllable 4" in finding.message


def test_finding_names_where_the_preferred_spelling_is_used(tmp_path: Path) -> None:
    result = lint(tmp_path, ["하이퍼클로바는 네이버의 모델이다.\n", "두 번째 기사.\n네이버의 하이퍼틀로바는 크다.\n"])
    finding = only(result)
    assert finding.location.path.endswith("a1.txt")
    assert [(r.path.endswith("a0.txt"), r.span.start) for r in finding.related] == [(True, 0)]
    assert "used 1× in the corpus" in finding.message


def test_fixes_only_for_substitutions_and_case_spacing(tmp_path: Path) -> None:
    result = lint(tmp_path, ["HyperClova와 엑사온, 하이퍼틀로바, KoGTP.\n"])
    fixes = {f.data["variant"]: tuple(e.replacement for e in f.fix) for f in result.findings}
    assert fixes == {"HyperClova": ("HyperCLOVA",), "엑사온": ("엑사원",), "하이퍼틀로바": (), "KoGTP": ()}


# ---------------------------------------------------------------------------------------------
# Discovered variants: nobody declared them.


def test_seed_002_superlattice_typo_is_the_only_term_finding(seeds: Path, tmp_path: Path) -> None:
    (tmp_path / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    ruleset = load_rules([str(tmp_path / "entities.yaml"), str(REPO / "rules" / "terms.yaml")])
    result = run(sorted(str(p) for p in seeds.glob("*.txt")), ruleset)
    finding = only(result)
    assert finding.location.path.endswith("002_62dc6b14b00e3a6f.txt")
    assert (finding.data["variant"], finding.data["preferred"], finding.data["how"]) == ("초격자", "초격차", "discovered")
    doc = result.documents[finding.location.path]
    assert doc.position(finding.location.span.start).line == 25
    assert [doc.position(r.span.start).line for r in finding.related] == [3]  # the headline
    assert finding.fix == ()


def test_discovered_korean_variant_in_one_article(tmp_path: Path) -> None:
    text = "메타버스 플랫폼 경쟁이 치열하다.\n국내 기업도 메타버즈 플랫폼을 내놓았다.\n메타버스 플랫폼은 성장한다.\n"
    finding = only(lint(tmp_path, [text]))
    assert (finding.data["variant"], finding.data["preferred"]) == ("메타버즈", "메타버스")
    assert "next to the same word '플랫폼'" in finding.message


def test_discovered_latin_case_variant(tmp_path: Path) -> None:
    text = "Naver built Clovanet. Clovanet runs search. Clovanet is big. ClovaNet? No: CLOVANet.\n"
    articles = ["ClovaNet is Naver's. ClovaNet serves ads. ClovaNet again.\n", "Then came Clovanet.\n"]
    result = lint(tmp_path, articles)
    assert variants(result) == [("Clovanet", "ClovaNet", "discovered")]
    assert text  # the sentence above shows the shape; the corpus is the two articles


# ---------------------------------------------------------------------------------------------
# Hard negatives: close spellings that are not typos.

NEGATIVES = [
    # particles on a name
    ["하이퍼클로바는 크다. 하이퍼클로바를 쓴다. 하이퍼클로바의 성능. 하이퍼클로바가 답한다.\n"],
    # a model and its successor
    ["네이버는 HyperCLOVA에 이어 HyperCLOVA X를 공개했다. 하이퍼클로바X는 더 크다.\n"],
    # versions, declared and undeclared
    ["GPT-3와 GPT-4는 다르다. GPT-3.5 기반 챗GPT도 있다.\n"],
    ["OpenAI released GPT-2, then GPT-3; GPT-5 may follow.\n"],
    # synonyms of another length
    ["초대규모 AI와 초거대 AI는 같은 말이다. 초대규모 AI 연구센터.\n"],
    # two-syllable words one jamo apart
    ["예산안 가결 이후 예산안 가격이 올랐다.\n"],
    # -자/-사 pairs: a person and a company
    ["AI 개발자와 AI 개발사가 모였다. 업계 관계자는 업계 관계사를 만났다.\n"],
    # verb forms one jamo apart ("할 수")
    ["AI를 연구할 수 있는 곳, 산업과 연계할 수 있는 방안.\n"],
    # a difference in the first syllable
    ["AI 사업화와 AI 산업화는 다르다.\n"],
    # the same pair in different articles, no shared phrase
    ["‘초거대 AI 초격차’를 이뤄야 한다.\n", "반도체 초격자 구조를 연구한다.\n"],
    # names inside URLs and e-mail addresses
    ["KT(대표이사 구현모, www.kt.com)가 협약을 맺었다. 문의 ai@kt.com\n"],
    # ordinary English words next to capitalised names
    ["AWS Lambda runs code; the gopher dug a hole; Gophers won.\n"],
    # the declared spacing is accepted
    ["Hyper CLOVA and Open AI are written with a space here.\n"],
    # a name followed by a letter is another name
    ["KoGPT2, GPT-3X and HyperCLOVAs are other names.\n"],
    # other names sharing a prefix
    ["하이퍼커넥트와 엑소브레인은 다른 회사와 기술이다.\n"],
    # a two-syllable declared name next to an ordinary word
    ["배가 고파 람보를 봤다. 고퍼와 람다는 모델이다.\n"],
    # sentence-initial capitals and all-caps headings are not case variants
    ["The model. the model. NEWS: Hyperscale AI. Hyper-scale AI.\n"],
    # a camel-case name written otherwise but not clearly rarer
    ["DeepSpeed and Deepspeed, Deepspeed again.\n"],
    # hyphenated and spaced declared names written as declared
    ["MT-NLG, 즉 Megatron-Turing NLG는 5300억 파라미터다.\n"],
    # a word repeated with particles only
    ["초격차를 이루려면 초격차가 필요하다. 초격차의 시대.\n"],
]


@pytest.mark.parametrize("articles", NEGATIVES)
def test_hard_negative(tmp_path: Path, articles: list[str]) -> None:
    result = lint(tmp_path, articles)
    assert [f.message for f in result.findings] == []


def test_allow_list_silences_a_variant(tmp_path: Path) -> None:
    assert lint(tmp_path, ["하이퍼클로버는 다른 제품이다.\n"], allow="하이퍼클로버").findings == ()
    assert len(lint(tmp_path, ["하이퍼클로버는 다른 제품이다.\n"]).findings) == 1


def test_works_without_entities(tmp_path: Path) -> None:
    result = lint(tmp_path, ["LG는 엑사온을 공개했다. EXAONE은 크다.\n"], entities="")
    assert variants(result) == [("엑사온", "엑사원", "wrong")]


def test_jamo_diff_is_per_syllable_component() -> None:
    assert term_summary.jamo_diff("하이퍼틀로바", "하이퍼클로바") == [(3, 0, "ㅌ", "ㅋ")]
    assert term_summary.jamo_diff("엑사온", "엑사원") == [(2, 1, "ㅗ", "ㅝ")]
    assert term_summary.jamo_diff("가", "각") == [(0, 2, "∅", "ㄱ")]


def test_stems_strip_particles() -> None:
    assert list(term_summary.stems("하이퍼클로바는")) == ["하이퍼클로바는", "하이퍼클로바"]
    assert "엑사원" in list(term_summary.stems("엑사원으로는"))


def test_wrong_form_that_is_also_accepted_is_a_rule_error(tmp_path: Path) -> None:
    from factlint.errors import RuleError

    bad = TERMS.format(allow="").replace("wrong: [엑사온]", "wrong: [EXAONE]")
    (tmp_path / "t.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(RuleError, match="'EXAONE' is a wrong form of '엑사원' and an accepted spelling"):
        load_rules([str(tmp_path / "t.yaml")])


def test_unknown_option_is_a_rule_error(tmp_path: Path) -> None:
    from factlint.errors import RuleError

    bad = TERMS.format(allow="").replace("      allow:", "      alow:")
    (tmp_path / "t.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(RuleError, match="unknown key 'alow'"):
        load_rules([str(tmp_path / "t.yaml")])


def test_check_is_pure(tmp_path: Path) -> None:
    """Same findings twice; the rule and context are not mutated (options are frozen)."""
    first = lint(tmp_path, ["HyperClova와 하이퍼틀로바.\n"])
    second = lint(tmp_path, ["HyperClova와 하이퍼틀로바.\n"])
    assert [f.message for f in first.findings] == [f.message for f in second.findings]
    assert isinstance(RuleSet(), RuleSet)


# ---------------------------------------------------------------------------------------------
# The split between prepare (per document, parallel, cached) and check (corpus-wide merge).


def _term_only(ruleset: RuleSet) -> RuleSet:
    import dataclasses

    return dataclasses.replace(ruleset, rules=tuple(r for r in ruleset.rules if r.kind == "term"))


def _records(findings: Sequence[Finding]) -> list[tuple[object, ...]]:
    return sorted(
        (f.location.path, f.location.span, f.message, f.related, tuple(f.data.items()), f.fix) for f in findings
    )


def test_discovered_variant_is_reported_wherever_it_is_written(tmp_path: Path) -> None:
    """The pair is seen in one article; the variant is also written alone in another (reported there too),
    and the preferred spelling's places start with an article that has no variant at all."""
    articles = [
        "메타버스 전시회가 열린다.\n",
        "메타버스 플랫폼 경쟁이 치열하다.\n국내 기업도 메타버즈 플랫폼을 내놓았다.\n메타버스 플랫폼은 성장한다.\n",
        "메타버즈 시장이 커진다.\n해외 메타버스 기업.\n",
    ]
    result = lint(tmp_path, articles)
    assert [(f.location.path[-6:], f.location.span.start) for f in result.findings] == [("a1.txt", 26), ("a2.txt", 0)]
    for f in result.findings:
        assert (f.data["variant"], f.data["preferred"], f.data["how"]) == ("메타버즈", "메타버스", "discovered")
        assert "written 4× in the corpus, next to the same word '플랫폼'" in f.message
        assert [(r.path[-6:], r.span.start) for r in f.related] == [("a0.txt", 0), ("a1.txt", 0), ("a1.txt", 42)]


def test_two_spellings_each_written_three_times_are_two_words(tmp_path: Path) -> None:
    articles = [
        "메타버스 플랫폼 경쟁이 치열하다.\n국내 기업도 메타버즈 플랫폼을 내놓았다.\n메타버스 플랫폼은 성장한다.\n",
        "메타버즈 시장이 커진다. 메타버즈 기업도 있다. 메타버스 기업도 있다.\n",
    ]
    assert lint(tmp_path, articles).findings == ()
    # One fewer 메타버스 and it is the rarer spelling, written twice: reported, with 메타버즈 preferred.
    articles[1] = "메타버즈 시장이 커진다. 메타버즈 기업도 있다.\n"
    assert {(f.data["variant"], f.data["preferred"]) for f in lint(tmp_path, articles).findings} == {("메타버스", "메타버즈")}


def test_stored_summaries_give_the_same_findings(seeds: Path, tmp_path: Path) -> None:
    """Summaries read back from the cache (their codec's bytes) give the findings fresh ones give."""
    from factlint.engine import Store

    (tmp_path / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    (tmp_path / "extra.txt").write_text("네이버의 하이퍼틀로바와 HyperClova, KoGTP를 비교했다.\n", encoding="utf-8")
    ruleset = _term_only(load_rules([str(tmp_path / "entities.yaml"), str(REPO / "rules" / "terms.yaml")]))
    paths = [*sorted(str(p) for p in seeds.glob("*.txt")), str(tmp_path / "extra.txt")]
    fresh = run(paths, ruleset).findings
    assert {f.data["variant"] for f in fresh} == {"초격자", "하이퍼틀로바", "HyperClova", "KoGTP"}
    store = Store(tmp_path / "cache")
    run(paths, ruleset, store=store)
    # Another focus is another run: the whole-run result is not reused, the summaries are.
    focused = run(paths, ruleset, store=store, focus=frozenset({str(tmp_path / "extra.txt")}))
    store.close()
    assert _records(focused.findings) == _records([f for f in fresh if f.location.path.endswith("extra.txt") or any(r.path.endswith("extra.txt") for r in f.related)])


def test_worker_processes_give_the_same_findings(seeds: Path, tmp_path: Path) -> None:
    """prepare runs in worker processes with -j (the rule set travels with it: entities are declared names)."""
    (tmp_path / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    for i, text in enumerate(("카카오브래인은 KoGPT를 공개했다.\n", "Naver unveiled HyperClova.\n", "LG의 엑사온.\n")):
        (tmp_path / f"x{i}.txt").write_text(text, encoding="utf-8")
    ruleset = _term_only(load_rules([str(tmp_path / "entities.yaml"), str(REPO / "rules" / "terms.yaml")]))
    paths = [*sorted(str(p) for p in seeds.glob("*.txt")), *sorted(str(p) for p in tmp_path.glob("x*.txt"))]
    serial, parallel = run(paths, ruleset, jobs=1), run(paths, ruleset, jobs=2)
    assert len(serial.findings) == 4
    assert _records(serial.findings) == _records(parallel.findings)


def test_summary_keeps_what_check_needs_and_pickles(seeds: Path) -> None:
    import pickle

    from factlint import segment
    from factlint.loader import parse
    from factlint.model import Document

    path = next(seeds.glob("002_*.txt"))
    doc = parse(str(path), path.read_bytes())
    assert isinstance(doc, Document)
    ruleset = _term_only(load_rules([str(REPO / "rules")]))
    summary = term_summary.summarise_document(doc, segment.blocks(doc), ruleset, ruleset.rules[0])
    assert pickle.loads(pickle.dumps(summary)) == summary  # what crosses to the main process with -j
    codec = term.CHECK.codec
    assert codec is not None and codec.decode(codec.encode(summary)) == summary  # what the cache holds
    # The headline's 초격차 and the body's 초격자 share the neighbour 'AI' ("초거대 AI 초격차/초격자").
    assert summary.pairs == (("초격차", "초격자", "AI", "AI"),)
    assert [doc.text[s : s + 3] for s in summary.hangul.places("초격자")] == ["초격자"]
    assert doc.position(summary.hangul.places("초격차")[0]).line == 3
    assert summary.hangul.places("하이퍼클로바") == ()  # a declared name, not a discovery candidate
    # Every declared spelling written in the article, by where it starts.
    assert all(doc.text[s : s + len(form)] == form for form, starts in summary.accepted.items() for s in starts)
    assert summary.variants == ()


def test_name_start_filter_keeps_every_name(seeds: Path) -> None:
    """The cheap first-syllables filter never drops a word the full test would keep (seeds and the
    sentences above, with their particles)."""
    ruleset = load_rules([str(REPO / "rules")])
    rule = next(r for r in ruleset.rules if r.kind == "term")
    setup = term_summary._make_setup(ruleset, rule)
    index, options = setup.index, rule.options
    texts = [p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")]
    texts += [s for s, *_ in TRUE_VARIANTS] + [a for articles in NEGATIVES for a in articles]
    texts += ["하이퍼틀로바는 엑사운과 카카오브래인의 하이퍼클로버를 넘는다. 엑사원으로는 하이퍼 클로바도."]
    words = {w for text in texts for w in term_summary._TOKEN.findall(text) if w[0] >= "\uac00"}
    kept = 0
    for word in sorted(words):
        full = word.casefold() in index.prefixes or any(
            stem in index.exact or stem in index.wrong or term_summary.fold(stem) in index.folded
            or (len(stem) >= options["min_syllables"] and term_summary._jamo_near(stem, index) is not None)
            for stem in term_summary.stems(word)
        )
        if full:
            kept += 1
            assert term_summary._could_start(word, index), word
    assert kept >= 30  # the test sees real names: 하이퍼클로바는, 엑사운과, 카카오브래인의, …


def test_summary_does_not_depend_on_what_the_process_saw_before(seeds: Path) -> None:
    """Workers keep per-word memos and the one-jamo neighbours of every stem they have seen; a
    document's summary must be the same whichever documents came before it (the cache relies on it)."""
    from factlint import segment
    from factlint.loader import parse
    from factlint.model import Document

    ruleset = _term_only(load_rules([str(REPO / "rules")]))
    rule = ruleset.rules[0]
    docs = []
    for path in sorted(seeds.glob("*.txt")):
        doc = parse(str(path), path.read_bytes())
        assert isinstance(doc, Document)
        docs.append(doc)
    extra = parse("x.txt", "메타버스 플랫폼이 크다. 메타버즈 플랫폼도 있다. 초격자 구조.\n".encode())
    assert isinstance(extra, Document)
    alone = {d.path: term_summary.summarise(d, term_summary.Tokens(segment.blocks(d)), term_summary._make_setup(ruleset, rule)) for d in [*docs, extra]}
    shared = term_summary._make_setup(ruleset, rule)
    for d in [extra, *docs, extra]:
        assert term_summary.summarise(d, term_summary.Tokens(segment.blocks(d)), shared) == alone[d.path]
    assert alone["x.txt"].pairs == (("메타버스", "메타버즈", "플랫폼", "플랫폼"),)
    assert "초격자" in shared.jamo_neighbours.linked  # seen next to 초격차 in seed 002, not a pair in x.txt


def test_summaries_made_under_other_terms_are_redone(tmp_path: Path) -> None:
    """A cache filled under one rule set and read under another (entities added since) gives the
    findings of the second, not stale ones: the term check's summaries depend on the vocabulary."""
    from factlint.engine import Store

    (tmp_path / "entities.yaml").write_text(ENTITIES, encoding="utf-8")
    (tmp_path / "terms.yaml").write_text(TERMS.format(allow=""), encoding="utf-8")
    (tmp_path / "a.txt").write_text("카카오브래인은 KoGTP와 HyperClova를 비교했다. LG는 엑사온을 공개했다.\n", encoding="utf-8")
    without = load_rules([str(tmp_path / "terms.yaml")])
    with_entities = load_rules([str(tmp_path / "entities.yaml"), str(tmp_path / "terms.yaml")])
    store = Store(tmp_path / "cache")
    stale = run([str(tmp_path / "a.txt")], without, store=store).findings
    assert [f.data["variant"] for f in stale] == ["엑사온"]
    found = run([str(tmp_path / "a.txt")], with_entities, store=store).findings
    store.close()
    assert sorted(f.data["variant"] for f in found) == ["HyperClova", "KoGTP", "엑사온", "카카오브래인"]


def test_a_summary_does_not_depend_on_the_articles_summarised_before_it(shared: Path) -> None:
    """A worker keeps per-word memos for the whole run (a word's stems, whether it may begin a
    name, what a form is, which declared name a Latin phrase is a letter away from): each must be
    a function of the word alone. Every article, summarised after all the others (in reverse order)
    by one warmed-up setup, gets the summary a fresh process gives it, names and places included."""
    from factlint import segment
    from factlint.loader import parse
    from factlint.model import Document

    ruleset = load_rules([str(REPO / "rules")])  # the shipped pack: its entities are the declared names
    rule = next(r for r in ruleset.rules if r.kind == "term")
    texts = [sentence for sentence, *_ in TRUE_VARIANTS]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared / "realworld" / "articles").iterdir()) if p.is_file()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    docs = [parse(f"a{i}.txt", text.encode("utf-8")) for i, text in enumerate(texts)]
    assert len(docs) > 70 and all(isinstance(d, Document) for d in docs)

    def summary(doc: Document, setup: term_summary._Setup) -> term_summary.Summary:
        return term_summary.summarise(doc, term_summary.Tokens(segment.blocks(doc)), setup)

    warm = term_summary._make_setup(ruleset, rule)
    for doc in reversed(docs):
        summary(doc, warm)  # type: ignore[arg-type]
    found = 0
    for doc in docs:
        assert isinstance(doc, Document)
        fresh = summary(doc, term_summary._make_setup(ruleset, rule))
        assert summary(doc, warm) == fresh, doc.path
        found += len(fresh.variants) + len(fresh.accepted)
    assert found > 100  # names and their variants were found, not only nothing twice


CITIES = ENTITIES + """\
  - name: 청주시
    aliases: [청주, Cheongju]
    type: organisation
"""


def lint_md(tmp_path: Path, articles: Sequence[str]) -> RunResult:
    (tmp_path / "rules").mkdir(exist_ok=True)
    (tmp_path / "rules" / "entities.yaml").write_text(CITIES, encoding="utf-8")
    (tmp_path / "rules" / "terms.yaml").write_text(TERMS.format(allow=""), encoding="utf-8")
    paths = []
    for i, text in enumerate(articles):
        (tmp_path / f"a{i}.md").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"a{i}.md"))
    return run(paths, load_rules([str(tmp_path / "rules")]))


TABLE = "# 충북 시·군\n\n| 시·군 | 인구(명) |\n| --- | ---: |\n| {a} | 848,512 |\n| {b} | 207,815 |\n| 제천시 | 129,433 |\n"


def test_a_table_cell_one_jamo_from_a_name_another_cell_of_its_column_spells_is_another_row(tmp_path: Path) -> None:
    # 충주시 is one jamo from the declared 청주시, and the column lists both: two cities, not one misspelt
    assert lint_md(tmp_path, [TABLE.format(a="청주시", b="충주시")]).findings == ()
    assert lint_md(tmp_path, [TABLE.format(a="충주시", b="청주시")]).findings == ()
    # a cell whose column does not spell the name right is still a misspelling of it
    found = only(lint_md(tmp_path, [TABLE.format(a="청주사", b="제천시") + "\n청주시 인구가 늘었다.\n"]))
    assert (found.data["variant"], found.data["how"]) == ("청주사", "jamo")


@pytest.mark.parametrize("text", [
    "CHEONGJU, South Korea - The city council passed the budget on Monday. Cheongju plans more parks.\n",
    "## HYPERCLOVA AND THE MARKET\n\nHyperCLOVA has 204 billion parameters.\n",
])
def test_a_name_in_capitals_is_typography_not_a_spelling(tmp_path: Path, text: str) -> None:
    assert lint_md(tmp_path, [text]).findings == ()


def test_a_name_with_its_inner_capitals_lost_is_still_a_variant(tmp_path: Path) -> None:
    found = only(lint_md(tmp_path, ["Naver said Hyperclova has 204 billion parameters.\n"]))
    assert (found.data["variant"], found.data["how"]) == ("Hyperclova", "case-spacing")


def test_title_pre_check_agrees_with_the_stem_test() -> None:
    """``_title`` rejects a word by its first syllables before stripping particles; it must say what
    the full test (the word less its particle is a title) says, for titles of one syllable (씨는,
    님께서) and of several (의원은, 대표이사가) and for words that only begin like one."""
    from factlint import korean

    words = {t + p for t in korean.TITLES for p in ("", "은", "는", "이", "가", "의", "에게", "께서", "들")}
    words |= {"씨앗", "씨름", "님비", "의원회관", "대표적", "대표팀", "기자회견", "사장님", "회장단", "교수법", "선수촌",
              "의장국", "박사과정", "총리실", "위원회", "주필로", "중소기업", "하이퍼클로바"}
    for w in sorted(words):
        assert term_summary._title(w) == (term_summary._bare(w) in korean.TITLES), w
    assert term_summary._title("씨는") and term_summary._title("의원은") and term_summary._title("대표이사가")
    assert not term_summary._title("씨앗") and not term_summary._title("의원회관") and not term_summary._title("대표적")
