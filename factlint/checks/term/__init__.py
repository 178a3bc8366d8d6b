"""`term` check: one name, one spelling — declared terms, their wrong forms and likely typos.

What it does
    Finds spellings of names and terms that differ from the accepted ones, and judges each against
    the corpus's own use of it:

    * **declared wrong forms** (a substitution, as in Vale and prh): ``엑사온`` → ``엑사원``;
    * **case and spacing variants** of a declared name: ``HyperClova``, ``Hyper-CLOVA``,
      ``하이퍼 클로바`` for ``HyperCLOVA`` / ``하이퍼클로바``;
    * **one-edit variants** of a declared name: a slip of one jamo for Hangul (``하이퍼틀로바`` is
      ``하이퍼클로바`` with ㅋ→ㅌ, neighbouring keys), one letter for Latin names
      (``Megatron-Turing NLP`` for ``Megatron-Turing NLG``);
    * **discovered variants** that no rule declares: a Korean word written two ways one jamo apart
      in the same phrase of one article (``‘초거대 AI 초격차’`` … ``‘초거대 AI 초격자 전략’``); a
      word written once or twice that is a slip of a word written three times as often elsewhere,
      near a same word (``반도채`` / ``반도체``, both near ``업계``); a syllable dropped inside a long
      name, between the same two words (``프랑스 스트라부르대 교수`` / ``프랑스 스트라스부르대 교수``),
      two syllables swapped or two vowels mistyped in a long word (``바이오밀시러``, ``고대억폭메무리``),
      a loanword's last syllable typed twice (``벨트트``); a camel-case Latin name written in another
      case (``Clovanet`` for ``ClovaNet``), and a capitalised name with two neighbouring letters
      swapped or a doubled letter written once (``Pyeongteak``, ``Celonix``).

    The preferred spelling is the accepted spelling of the variant's script that the corpus writes
    most: the declared canonical name wins only where the corpus uses it. Declared terms are the
    rule's ``terms`` plus every entity of the rule set: an entity's ``name``, ``aliases`` and
    ``accepted`` spellings are correct, its ``wrong`` forms are recognised by binding but reported
    here. Particles attached to a Korean name are part of no spelling: ``하이퍼클로바는/를/의/가``
    are all ``하이퍼클로바``. Only prose is read: link destinations, images, code, HTML, URLs and
    e-mail addresses are not; but an image's alt text is (a reader sees it), for undeclared Hangul
    words only, and never fixed.

Why is this bad?
    A reader notices a misspelt model name, and a search for ``하이퍼클로바`` misses the article
    that wrote ``하이퍼틀로바``. Korean typos are one jamo apart, which spell checkers built for
    letters do not measure.

Precision first
    Not reported: another declared name (``GPT-3``/``GPT-4``); versions, and a successor's own
    name (``Llama 3`` for ``LLaMA``); a house style (a case variant written three times or more,
    and more than the declared spelling); a word of its own (a one-edit variant written three times
    or more: ``네이처`` is the journal, not ``네이버``); a difference no typist makes (``ㅊ``/``ㅂ``);
    capitals of a sentence start, a heading or a title (``Global AI market outlook``); verbs and
    their forms (``돌아온``/``돌아올``, ``발행되고``/``발행되거나``); two people one jamo apart
    (``김진애``/``김진태 의원``); a short name written as English words are where the corpus never
    writes it the declared way (``palm trees``, the drama school ``Lamda``, ``met a``); an acronym
    one letter from a name (``BLOM``); ``Macdonald``/``MacDonald`` (two families' spellings);
    two common last syllables (``개발자``/``개발사``); a difference in
    the first syllable; Hangul words of fewer than ``min_syllables`` syllables; names inside URLs,
    links and code. Anything else goes in ``allow``.

Fixes
    ``factlint lint --fix`` rewrites declared wrong forms and case/spacing variants of a declared
    name, whole tokens only: ``HyperClova 와`` keeps its space, a link's destination and a URL
    are never touched. One-edit and discovered variants are only reported: a human decides
    whether ``초격자`` (superlattice) was meant.

How it runs
    Everything about one article (tokens, particles, declared names and their variants, discovery
    candidates with their syllables, the one-jamo pairs that share a neighbour in it) is computed
    per article, in parallel, and stored in the cache as its summary; the corpus-wide step merges
    the summaries, groups the corpus's words by keys with one syllable masked, and reads the
    sentences around only the few pairs it judges (docs/checks/term.md has the figures).

Example
    ``rules/terms.yaml``::

        rules:
          - id: term-spelling
            kind: term
            description: Names and terms spelt one way
            options:
              terms:
                - preferred: 엑사원
                  aliases: [EXAONE]
                  wrong: [엑사온]
              allow: [초대규모, 초거대]

    ``LG는 엑사온을 공개했다`` → ``'엑사온' is a known misspelling of '엑사원' (EXAONE)``.

Options
    ``terms`` (list of ``{preferred, aliases, wrong}``): declared terms; ``entities`` (bool, true):
    also use the rule set's entities; ``allow`` (list): spellings never reported; ``discover``
    (bool, true): report undeclared variants found in the corpus; ``max_jamo_edits`` (0–2, 1) and
    ``max_letter_edits`` (0–2, 1): how far a variant of a declared name may be; ``min_syllables``
    (≥2, 3) and ``min_letters`` (≥3, 5): shortest Hangul / Latin names one-edit variants are looked
    for; ``long_word`` (≥3, 4): undeclared Hangul words this long may be two jamo (in one syllable)
    from the word they misspell; ``max_related`` (≥0, 3): how many places of the preferred spelling
    a finding lists.
"""

from __future__ import annotations

from typing import Any, Iterator, Sequence

import msgspec

from ...codec import MessagePack
from ...config.ruleset import Rule
from ...loader import MARKDOWN_SUFFIXES
from ...model import Block, Finding
from ..base import Check, Corpus, DocumentView, Focus
from .alt import with_alt_text
from .corpus import Tables, findings
from .summary import Summary, summarise_document, terms

KIND = "term"

_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "terms": {
            "type": "array",
            "description": "Declared terms: the preferred spelling, accepted aliases and known wrong forms.",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["preferred"],
                "properties": {
                    "preferred": {"type": "string", "minLength": 1, "description": "The spelling fixes write."},
                    "aliases": {**_WORDS, "description": "Other accepted spellings (another script, a short form)."},
                    "wrong": {**_WORDS, "description": "Known wrong forms, rewritten to `preferred` by --fix."},
                    "note": {"type": "string"},
                },
            },
        },
        "entities": {"type": "boolean", "default": True, "description": "Also treat the rule set's entities as declared terms."},
        "allow": {**_WORDS, "description": "Spellings never reported (real words that look like variants)."},
        "discover": {"type": "boolean", "default": True, "description": "Report undeclared variants found in the corpus."},
        "max_jamo_edits": {"type": "integer", "minimum": 0, "maximum": 2, "default": 1},
        "max_letter_edits": {"type": "integer", "minimum": 0, "maximum": 2, "default": 1},
        "min_syllables": {"type": "integer", "minimum": 2, "default": 3},
        "min_letters": {"type": "integer", "minimum": 3, "default": 5},
        "long_word": {
            "type": "integer", "minimum": 3, "default": 4,
            "description": "Undeclared Hangul words this long (syllables) may be two jamo (in one syllable) from the word they misspell.",
        },
        "max_related": {"type": "integer", "minimum": 0, "default": 3},
    },
}
DEFAULTS: dict[str, Any] = {
    "terms": [],
    "entities": True,
    "allow": [],
    "discover": True,
    "max_jamo_edits": 1,
    "max_letter_edits": 1,
    "min_syllables": 3,
    "min_letters": 5,
    "long_word": 4,
    "max_related": 3,
}


class TermCheck(Check[Summary]):
    """A document's summary is its declared spellings, variants and discovery candidates."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    needs = frozenset({"vocabulary"})  # the rule set's entities are declared names
    scope = "corpus"  # which spelling is preferred depends on every article
    codec = MessagePack(Summary)

    def validate(self, rule: Rule) -> Iterator[str]:
        """A wrong form that is also an accepted spelling would be rewritten back and forth."""
        accepted = {a.casefold(): t["preferred"] for t in rule.options.get("terms", ()) for a in (t["preferred"], *t.get("aliases", ()))}
        for t in rule.options.get("terms", ()):
            for w in t.get("wrong", ()):
                if w.casefold() in accepted:
                    yield f"options.terms: '{w}' is a wrong form of '{t['preferred']}' and an accepted spelling of '{accepted[w.casefold()]}'"

    def summarise(self, view: DocumentView, rule: Rule) -> Summary:
        return summarise_document(view.document, view.blocks, view.ruleset, rule)

    def check(self, corpus: Corpus[Summary], rule: Rule, focus: Focus) -> Iterator[Finding]:
        tables = Tables.of(corpus.each())  # folded in as decoded: the summaries are never all held at once
        chosen = None if focus.everything else [i for i, p in enumerate(tables.paths) if p in focus]
        def blocks_of(path: str) -> Sequence[Block]:  # as the summaries read them: with image alt text
            blocks = corpus.blocks(path)
            return with_alt_text(corpus.document(path), blocks)[1] if path.lower().endswith(MARKDOWN_SUFFIXES) else blocks

        yield from findings(tables, terms(corpus.ruleset, rule), rule, blocks_of, chosen)


CHECK = TermCheck()
