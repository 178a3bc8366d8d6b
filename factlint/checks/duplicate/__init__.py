"""``duplicate``: paragraphs that repeat another paragraph, in the same article or in another one.

What it does
    Finds paragraphs that say again what an earlier paragraph said:

    - **exact** copies, once whitespace and punctuation are ignored ("2040억 개." and "2040억개"
      are the same text);
    - **near** copies, where a few words or numbers changed: the share of five-character pieces
      the two paragraphs have in common (Jaccard similarity of character 5-grams after the same
      normalising) is at least ``similarity``;
    - **contained** copies: a paragraph that repeats every sentence of another one and adds more,
      or is made only of sentences of a longer one. Scrapers glue paragraphs together without a
      space ("...수백억원을 투입했다.세계적으로 가장 유명한..."), so the repeated paragraph hides
      inside a longer one.

    A run of consecutive duplicated paragraphs (an article that prints its body twice) is one
    finding spanning the whole run, with the earlier copy as the related location; headings or
    new paragraphs of up to ``max_gap`` paragraphs inside the run do not break it. Each pair is
    reported once, at the later copy ("later" is later in path order, then in the file).

    Scrape noise is left alone: lines of punctuation ("-", "|"), and anything shorter than
    ``min_length`` characters after normalising (``min_sentence_length`` for a paragraph that ends
    like a sentence, in . ! ? or 다), such as a byline repeated at the end of an article. The one
    exception is a short line repeated right after itself (within ``doubled_window`` paragraphs),
    such as a headline printed twice: that is still one finding. A paragraph found in more than
    ``max_articles`` articles is boilerplate (a copyright line) and is not reported.

Why
    A repeated paragraph is the commonest defect of scraped and syndicated news: readers see the
    same claim twice, counts and statistics over the corpus are inflated, and a near copy with one
    number changed is often the place where two versions of a figure contradict each other.

Example
    In seed 001 the body comes back a second time after the byline::

        33  초거대 AI는 대용량 연산이 가능한 인프라를 기반으로 ...
        ...
        52  강경주 한경닷컴 기자 qurasoha@hankyung.com

    is reported once, at line 33, as ``lines 33–52 repeat lines 16–32 of this article (17 of 20
    paragraphs copied: 14 exact, 3 contain the other's sentences)``; in seed 002 the photo caption
    printed twice is ``line 21 repeats line 20 of this article (exact copy)``; across articles,
    ``line 8 is a near copy (similarity 0.80) of news/a.txt:12``.

Options
    ``min_length`` (40)
        Paragraphs shorter than this many characters, after removing whitespace and punctuation,
        are not compared (bylines, buttons, datelines)...
    ``min_sentence_length`` (20)
        ...unless they end like a sentence (. ! ? or the Korean declarative 다) and are at least
        this long: one-sentence paragraphs are common in Korean news, bylines never end so.
    ``similarity`` (0.5)
        Lowest Jaccard similarity of character 5-grams for a near copy. Paragraphs on the same
        topic that share vocabulary but were written separately score below 0.2; a paragraph of
        twenty words with three words changed scores about 0.55.
    ``scope`` (``corpus``)
        ``corpus`` compares paragraphs within and across articles; ``article`` only within each
        article.
    ``near_severity`` (``warning``)
        Severity of near and contained copies; exact copies (and runs with at least one exact
        copy) take the rule's own severity.
    ``doubled_min_length`` (6) and ``doubled_window`` (3)
        A line shorter than ``min_length`` but at least ``doubled_min_length`` characters long is
        still reported when the same line comes again within ``doubled_window`` paragraphs.
    ``max_gap`` (2)
        How many unmatched paragraphs (an inserted heading) a run of copies may step over.
    ``max_articles`` (10)
        A paragraph that occurs, exactly, in more than this many articles is boilerplate and
        not reported.

How it scales
    Each article is normalised, split into sentences and hashed once, in the worker processes
    (``summarise``): a 64-bit hash per paragraph and per sentence, and a content-defined sample of
    the hashes of its character 5-grams (one in eight: those whose top three bits are zero).
    ``check`` then joins equal hashes across the corpus by sorting: exact copies by paragraph
    hash, contained copies by sentence hash, near-copy candidates by shared 5-gram samples, which
    it verifies by computing the similarity on the text. No pair of paragraphs is compared unless
    they share a sample that at most 16 paragraphs have (a sample more common is a stock phrase).
    On 10,000 generated articles (48 MB) it finds every one of 3,260 injected copies; see
    ``benchmarks/README.md`` for times.
"""

from __future__ import annotations

from typing import Any, Iterator, Sequence

import numpy as np
import numpy.typing as npt

from ...config.ruleset import Rule
from ...model import Finding
from ..base import Check, Corpus, DocumentView, Focus
from . import hashing
from .findings import run_finding
from .matching import best, contained_links, corpus_arrays, exact_links, extend, near_links, runs

KIND = "duplicate"

OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "min_length": {
            "type": "integer",
            "minimum": 5,
            "description": "Shortest paragraph compared, in characters after removing whitespace and punctuation.",
        },
        "similarity": {
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1,
            "description": "Lowest Jaccard similarity of character 5-grams for a near copy.",
        },
        "scope": {"enum": ["corpus", "article"], "description": "Compare across articles (corpus) or only within each."},
        "near_severity": {"enum": ["error", "warning", "info"], "description": "Severity of near and contained copies."},
        "min_sentence_length": {
            "type": "integer",
            "minimum": 5,
            "description": "Shortest paragraph compared when it ends like a sentence (. ! ? or 다).",
        },
        "doubled_min_length": {
            "type": "integer",
            "minimum": 1,
            "description": "Shortest line reported when it is repeated right after itself.",
        },
        "doubled_window": {
            "type": "integer",
            "minimum": 1,
            "description": "How many paragraphs apart a short line may repeat and still count as doubled.",
        },
        "max_gap": {"type": "integer", "minimum": 0, "description": "Unmatched paragraphs a run of copies may step over."},
        "max_articles": {
            "type": "integer",
            "minimum": 2,
            "description": "A paragraph in more articles than this is boilerplate and not reported.",
        },
    },
}

DEFAULTS: dict[str, Any] = {
    "min_length": 40,
    "similarity": 0.5,
    "scope": "corpus",
    "near_severity": "warning",
    "min_sentence_length": 20,
    "doubled_min_length": 6,
    "doubled_window": 3,
    "max_gap": 2,
    "max_articles": 10,
}

Packed = npt.NDArray[np.uint64]


class _Codec:
    def encode(self, summary: Packed) -> bytes:
        return hashing.encode(summary)

    def decode(self, data: bytes) -> Packed:
        return hashing.decode(data)

    def decode_many(self, blobs: Sequence[bytes]) -> list[Packed | None]:
        return hashing.decode_many(blobs)


class Duplicate(Check[Packed]):
    """A document's summary is its hashes, packed in one uint64 array; the corpus step joins them."""

    kind = KIND
    options_schema = OPTIONS_SCHEMA
    defaults = DEFAULTS
    scope = "corpus"  # a changed article's copy may be anywhere; the check narrows the work itself
    codec = _Codec()

    def summarise(self, view: DocumentView, rule: Rule) -> Packed:
        return hashing.hash_articles([view.blocks], rule.options)[0]

    def summarise_many(self, views: Sequence[DocumentView], rule: Rule) -> list[Packed]:
        # A few dozen numpy calls per batch instead of per article: twice as fast on the benchmark corpus.
        return hashing.hash_articles([view.blocks for view in views], rule.options)

    def check(self, corpus: Corpus[Packed], rule: Rule, focus: Focus) -> Iterator[Finding]:
        opts = rule.options
        # The run's order decides which copy is the earlier: sorted paths, except that a pre-commit
        # run puts the changed articles last, so the change is blamed (cli.changed_corpus).
        order = range(len(corpus.paths))
        summaries = corpus.summaries()
        arrays = corpus_arrays([corpus.paths[i] for i in order], [summaries[i] for i in order])
        if len(arrays.keys) == 0:
            return
        links, boilerplate, representative = exact_links(arrays, opts)
        eligible = arrays.compared & ~boilerplate
        links += contained_links(arrays, eligible, opts["scope"] == "article", int(opts["max_articles"]))
        interest = None if focus.paths is None else np.isin(np.array(arrays.paths), list(focus.paths))
        links += near_links(corpus.blocks, arrays, eligible & representative, opts, interest, links)
        chosen = best(links)
        taken = set(chosen)
        for run in runs(chosen, arrays, int(opts["max_gap"])):
            if interest is None or interest[arrays.doc[run[0].later]] or interest[arrays.doc[run[0].earlier]]:
                yield run_finding(corpus, rule, arrays, run, extend(run, arrays, taken))


CHECK = Duplicate()
