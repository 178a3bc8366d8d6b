"""Which edits `--fix` proposes: whole tokens of prose only, every other byte left alone, and never a
byte inside a link, a URL, an image or a code span (every Markdown file of ../shared, in a copy)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from factlint import fix
from factlint.cli import cli
from factlint.config.rules import load_rules
from factlint.engine import run
from factlint.markup import markdown

RULES = """\
entities:
  - name: HyperCLOVA
    aliases: [하이퍼클로바]
  - name: GPT-3
  - name: OpenAI
  - name: BERT
  - name: LLaMA
rules:
  - id: term-spelling
    kind: term
    description: Names and terms spelt one way
    options:
      terms:
        - preferred: 엑사원
          wrong: [엑사온]
"""


def fixed(tmp_path: Path, name: str, text: str, rules: str = RULES) -> str:
    (tmp_path / "rules.yaml").write_text(rules, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run([str(path)], load_rules([str(tmp_path / "rules.yaml")]))
    plans, skipped = fix.plan(result.findings, result.documents)
    assert skipped == ()
    return plans[0].fixed if plans else text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the particle is a word of its own here: its space stays (the docs promise it)
        ("네이버의 HyperClova 와 GPT-3를 비교했다.\n", "네이버의 HyperCLOVA 와 GPT-3를 비교했다.\n"),
        ("하이퍼 클로바 를 썼다. 하이퍼 클로바를 썼다.\n", "하이퍼클로바 를 썼다. 하이퍼클로바를 썼다.\n"),
        ("LG는 엑사온 을, 엑사온을 공개했다.\n", "LG는 엑사원 을, 엑사원을 공개했다.\n"),
        # a URL slug, an e-mail address and a dotted name are never rewritten
        ("노트: https://example.com/notes/openai-gpt-3-notes 참고, hyperclova@example.com, www.hyperclova.com\n",
         "노트: https://example.com/notes/openai-gpt-3-notes 참고, hyperclova@example.com, www.hyperclova.com\n"),
        # "bert" is held to BERT where the corpus writes BERT (else it may be a person: BBC's Bert)
        ("Openai's Gpt-3 beat bert. BERT lost.\n", "OpenAI's GPT-3 beat BERT. BERT lost.\n"),
        ("Openai's Gpt-3 beat bert.\n", "OpenAI's GPT-3 beat bert.\n"),
    ],
)
def test_fix_edits_whole_tokens_only(tmp_path: Path, text: str, expected: str) -> None:
    assert fixed(tmp_path, "a.txt", text) == expected


def test_markdown_fix_rewrites_link_text_but_never_its_destination(tmp_path: Path) -> None:
    text = (
        "# Notes on Gpt-3\n\nGPT-3 is large; GPT-3 is old; GPT-3 is famous.\n\n"
        "See [Gpt-3 notes](https://example.com/notes/openai-gpt-3-notes \"Gpt-3\") and <https://openai.com/gpt-3>.\n\n"
        "![Gpt-3 diagram](https://example.com/gpt-3.png) `gpt-3 --help` <span title=\"Gpt-3\">Gpt-3</span>\n\n"
        "[Gpt-3]: https://example.com/Gpt-3\n"
    )
    out = fixed(tmp_path, "a.md", text)
    assert out == (
        "# Notes on GPT-3\n\nGPT-3 is large; GPT-3 is old; GPT-3 is famous.\n\n"
        "See [GPT-3 notes](https://example.com/notes/openai-gpt-3-notes \"Gpt-3\") and <https://openai.com/gpt-3>.\n\n"
        "![Gpt-3 diagram](https://example.com/gpt-3.png) `gpt-3 --help` <span title=\"Gpt-3\">GPT-3</span>\n\n"
        "[Gpt-3]: https://example.com/Gpt-3\n"
    )


# ---------------------------------------------------------------------------------------------
# Every Markdown file of ../shared/realworld and ../shared/probes, fixed in a copy.

# Rules whose spellings are written both in prose and inside those files' link targets, image
# paths and code: 'gpt-3', 'openai', 'llama', 'bert' in URLs; case variants of declared names
# and declared wrong forms in the text around them.
SHARED_RULES = """\
entities:
  - name: GPT-3
  - name: OpenAI
  - name: BERT
  - name: LLaMA
  - name: Meta
rules:
  - id: term-spelling
    kind: term
    description: x
    options:
      discover: false
      terms:
        - preferred: 페이퍼
          wrong: [논문]
        - preferred: 노트북
          wrong: [노트]
        - preferred: 파라메터
          wrong: [파라미터]
        - preferred: 올라마
          wrong: [ollama]
"""


def _structure(text: str) -> list[tuple[str, str]]:
    """Everything of a Markdown file that is not prose, as the parser sees it."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    env: dict[str, object] = {}
    out: list[tuple[str, str]] = []
    for token in md.parse(text, env):
        if token.type in ("fence", "code_block", "html_block"):
            out.append((token.type, token.content))
        for child in token.children or ():
            if child.type in ("code_inline", "html_inline"):
                out.append((child.type, child.content))
            elif child.type == "link_open":
                out.append(("href", str(child.attrs.get("href"))))
            elif child.type == "image":
                out.append(("image", f"{child.attrs.get('src')} {child.content}"))
    out.extend(("reference", str(v)) for v in sorted(map(str, env.get("references", {}).items())))  # type: ignore[union-attr]
    return out


def _shared_markdown(shared: Path) -> list[Path]:
    return sorted([*shared.glob("realworld/articles/*.md"), *shared.glob("probes/articles/*.md")])


def test_fix_and_diff_on_shared_markdown_change_no_byte_of_markup(shared: Path, tmp_path: Path) -> None:
    sources = _shared_markdown(shared)
    assert len(sources) >= 5
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sources:
        shutil.copyfile(src, corpus / f"{src.parent.parent.name}_{src.name}")
    (tmp_path / "rules.yaml").write_text(SHARED_RULES, encoding="utf-8")
    before = {p.name: p.read_text(encoding="utf-8") for p in corpus.iterdir()}
    args = ["lint", str(corpus), "--rules", str(tmp_path / "rules.yaml"), "--no-cache", "--fail-on", "never"]

    diff = CliRunner().invoke(cli, [*args, "--diff"])
    assert diff.exit_code in (0, 1), diff.output
    assert {p.name: p.read_text(encoding="utf-8") for p in corpus.iterdir()} == before  # --diff writes nothing
    changed_lines = [line for line in diff.stdout.splitlines() if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))]
    assert changed_lines, "the rules must make some fix, or this test proves nothing"

    done = CliRunner().invoke(cli, [*args, "--fix"])
    assert done.exit_code == 0, done.output
    edits = 0
    for name, old in before.items():
        new = (corpus / name).read_text(encoding="utf-8")
        assert _structure(new) == _structure(old), name  # links, URLs, images, code and HTML as they were
        # and byte for byte: every edit lies in prose (the markup spans of the original are intact)
        blocks, markup = markdown(old)
        for span in markup:
            piece = old[span.start : span.end]
            assert piece in new, (name, piece)
        edits += sum(1 for a, b in zip(old.splitlines(), new.splitlines()) if a != b)
        for line in [ln for ln in new.splitlines() if "](" in ln or "http" in ln]:
            assert "https://" not in line or line in old.splitlines() or _same_urls(line, old), (name, line)
    assert edits > 0


def _same_urls(line: str, old: str) -> bool:
    import re

    urls = re.findall(r"https?://[^\s)\"'>]+", line)
    return all(u in old for u in urls)
