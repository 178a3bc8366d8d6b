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
    finding spanning the whole run, with the other copy as the related location; headings or
    new paragraphs of up to ``max_gap`` paragraphs inside the run do not break it. Each pair is
    reported once, at the later copy:

    - in one article, the later in the text;
    - across articles, the later article by its date (front matter ``date:``, a dateline such as
      "입력 2023.03.14 16:00" or "Published March 14, 2019", else the project's ``dates:``), so a
      new article that copies an old one is the copy whatever the file names. The related place
      is then the "earlier copy";
    - where that is not known — either article has no date, or both have the same day — the
      later in path order, and the related place is the "other copy": the check cannot tell which
      came first. (Articles without a date keep their place in path order; the dated ones are
      put in date order among themselves.) ``data.earlier`` says which wording it is;
    - in a pre-commit run (``lint --changed``) the changed article, whatever the dates: the
      related place is the "earlier copy" only if its date is before the changed article's.

    A paragraph syndicated to many articles is reported at every copy, one finding each: an exact
    copy points at the first copy (the earliest dated) and says how many articles hold the
    paragraph, a near copy at the closest earlier copy. Thirty copies are thirty findings, one in
    each article that holds one (where its editor looks, and can suppress it), not 435 pairs.

    Scrape noise is left alone: lines of punctuation ("-", "|"), and anything shorter than
    ``min_length`` characters after normalising (``min_sentence_length`` for a paragraph that ends
    like a sentence, in . ! ? or 다), such as a byline repeated at the end of an article. The one
    exception is a short line repeated right after itself (within ``doubled_window`` paragraphs),
    such as a headline printed twice: that is still one finding. A paragraph found in more than
    ``max_articles`` articles and shorter than ``boilerplate_max_length`` is boilerplate (a
    copyright line, a footer) and is not reported. Paragraphs shorter than ``near_min_length``
    are exact or contained copies or nothing: one story's headlines in different outlets differ
    by a word or a prefix ("[속보]") and would be near copies of each other; a line that does not
    end like a sentence needs twice that length.

    An entry of a reference list (after a heading such as References, 참고 문헌 or 각주, written as
    ``2. ^ "Title". Outlet. 2026.``) names the story it quotes and is not compared.

    A sentence quoted in many articles (wire copy reuses sentences) is a stock phrase: a paragraph
    that shares only it with another is not a copy, however often it recurs, but the copy of a
    paragraph made of stock sentences still is, because their combination is its own.

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
    ``line 8 is a near copy (similarity 0.80) of news/a.txt:12``. An article dated
    "입력 2023.03.14" that repeats a paragraph of one dated "입력 2021.05.25" is reported in the
    2023 article, whatever their names, with ``related: ... earlier copy``; had either no date,
    ``related: ... other copy``.

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
    ``max_articles`` (10) and ``boilerplate_max_length`` (80)
        A paragraph that occurs, exactly, in more than ``max_articles`` articles is boilerplate
        and not reported when it is shorter than ``boilerplate_max_length`` characters (a
        copyright line: "Copyright ⓒ 한국경제신문 & hankyung.com. 무단전재 및 재배포 금지." is 36);
        a longer one is a syndicated paragraph, reported at every copy. Raise it for a long notice
        (the Associated Press's "Copyright 2024 ... All rights reserved. This material may not be
        published, broadcast, rewritten or redistributed without permission." is 127),
        lower it for short syndicated leads.
    ``near_min_length`` (60)
        Shortest paragraph compared for near copies (both must be this long): shorter ones are
        compared for exact and contained copies only. Headline variants of one story are 20 to 50
        characters; a paragraph of twenty words is about 70. A line that does not end like a
        sentence (a headline, a caption, a Markdown image or link) needs twice this; a paragraph of two
        sentences of at least ``min_sentence_length`` each is prose and needs only ``min_length``.

How it scales
    Each article is normalised, split into sentences and hashed once, in the worker processes
    (``summarise``): a 64-bit hash per paragraph and per sentence, and for each paragraph long
    enough for near copies a sketch of all its character 5-grams: the smallest hash in each
    of 64 bins (one-permutation MinHash, empty bins filled from others), each naming the sentence
    it came from; and the article's date, so that ``check`` orders the articles without reading
    them. ``check`` then joins equal hashes across the corpus by sorting: exact copies by
    paragraph hash; contained copies by a sentence, or a pair of consecutive sentences, that at
    most ``max_articles`` paragraphs hold, then counted exactly; near copies by bands of two bins
    (32 bands: a pair at similarity 0.5 shares one 9,999 times in 10,000, whatever the size of
    the corpus). A band of bins from one sentence that more than 16 paragraphs hold is a stock
    sentence's and left out; a band shared by more than 16 paragraphs pairs its first paragraph
    with each other one only. A pair whose sketches agree on too few bins is dropped; the others
    are measured on the text. On 10,000 and 30,000 generated articles, in a corpus of stock
    sentences too, it finds at least 99% of injected near copies with at least 99% precision; see
    ``benchmarks/README.md``.
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
from .matching import best, contained_links, corpus_arrays, exact_links, extend, near_links, runs, sentences

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
            "description": "A paragraph in more articles than this is boilerplate if short, syndicated if not.",
        },
        "near_min_length": {
            "type": "integer",
            "minimum": 5,
            "description": "Shortest paragraph compared for near copies (shorter ones: exact and contained copies only).",
        },
        "boilerplate_max_length": {
            "type": "integer",
            "minimum": 0,
            "description": "A paragraph in more than max_articles articles and shorter than this is boilerplate.",
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
    "near_min_length": 60,
    "boilerplate_max_length": 80,
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
        return hashing.hash_articles([view.blocks], rule.options, [view.document.date])[0]

    def summarise_many(self, views: Sequence[DocumentView], rule: Rule) -> list[Packed]:
        # A few dozen numpy calls per batch instead of per article: twice as fast on the benchmark corpus.
        return hashing.hash_articles([view.blocks for view in views], rule.options, [view.document.date for view in views])

    def check(self, corpus: Corpus[Packed], rule: Rule, focus: Focus) -> Iterator[Finding]:
        opts = rule.options
        summaries = corpus.summaries()
        # The article's date is in its summary: the order is known without reading any document.
        order = run_order(corpus.paths, hashing.article_dates(summaries), corpus.changed)
        arrays = corpus_arrays([corpus.paths[i] for i in order], [summaries[i] for i in order])
        if len(arrays.keys) == 0:
            return
        links, boilerplate, representative = exact_links(arrays, opts)
        eligible = arrays.compared & ~boilerplate
        found = sentences(arrays, eligible)
        links += contained_links(arrays, found, opts["scope"] == "article", int(opts["max_articles"]))
        interest = None if focus.paths is None else np.isin(np.array(arrays.paths), list(focus.paths))
        links += near_links(corpus.blocks, arrays, eligible & representative, opts, found, interest, links)
        chosen = best(links)
        taken = set(chosen)
        for run in runs(chosen, arrays, int(opts["max_gap"])):
            if interest is None or interest[arrays.doc[run[0].later]] or interest[arrays.doc[run[0].earlier]]:
                yield run_finding(corpus, rule, arrays, run, extend(run, arrays, taken))


def run_order(paths: Sequence[str], dates: npt.NDArray[np.int64], changed_paths: frozenset[str]) -> list[int]:
    """The order that decides which of two copies is the later one (indexes into ``paths``, in
    corpus order: sorted). In a pre-commit run the changed articles come after all the others, so
    that the change is blamed. Within each part the dated articles go by date (one day's in path
    order), each into one of the places the dated articles hold, so that an article without a date
    keeps its place in path order."""
    changed = np.array([p in changed_paths for p in paths], dtype=bool)
    parts = []
    for part in (np.flatnonzero(~changed), np.flatnonzero(changed)):
        dated = np.flatnonzero(dates[part] != hashing.NO_DATE)
        ordered = part.copy()
        ordered[dated] = part[dated[np.argsort(dates[part[dated]], kind="stable")]]
        parts.append(ordered)
    out: list[int] = np.concatenate(parts).tolist()
    return out


CHECK = Duplicate()
