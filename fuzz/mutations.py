"""Mutations of the shipped rule pack, for fuzzing rule-file loading (issue #13).

One mutant is the pack (``rules/*.yaml``) with one file changed by one to three mutations, picked
by a ``random.Random`` (so a seed reproduces it, and Hypothesis can drive it):

- on the data: delete, rename (to odd keys: a newline, ``::error::``, control characters) or
  retype a key (wrong types, huge, negative or non-finite numbers, impossible dates, long or odd
  Unicode strings), duplicate a list item (same rule id, same entity), move a value elsewhere,
  nest a value hundreds of levels deep;
- on the text: insert a tag (``!!int``, ``!foo``, ``!!python/object``, ``!!binary``, ``!!set``, on
  a value or on a key), odd bytes (NUL, ESC, invalid UTF-8, a BOM, CR, NEL, U+2028), delete,
  duplicate, swap or re-indent a line, truncate the file, add anchors and aliases (one to itself),
  merge keys, unbalanced brackets.

``check(mutant)`` runs ``factlint rules check`` and ``factlint lint`` on a small corpus that
exercises every kind, in process, and says what went wrong, if anything: an exit code other than
0, 1 or 2, a traceback, or an error message without ``file:line``.
"""

from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from click.testing import CliRunner

from factlint.cli import cli

REPO = Path(__file__).resolve().parent.parent
PACK = REPO / "rules"

# Short articles that give every kind something to check (dates for the rates, figures for facts
# and contradictions, a conversion, a growth rate, a repeated paragraph, spelling variants).
CORPUS = {
    "a.txt": (
        "입력 2021.05.25 10:00\n"
        "네이버는 2040억 파라미터의 초거대 AI '하이퍼클로바'를 공개했다. GPT-3는 1750억개 파라미터다.\n"
        "AI 시장은 2018년 198억달러 규모에서 2019년 262억달러로 32.1% 성장했다.\n"
        "LG는 1억 달러(한화 약 1122억원)를 투자해 엑사온을 만든다. HyperClova와 하이퍼 클로바.\n"
        "같은 문단이 두 번 나온다. 이 문단은 복사되었다.\n"
        "같은 문단이 두 번 나온다. 이 문단은 복사되었다.\n"
    ),
    "b.md": (
        "---\ndate: 2022-03-02\n---\n\n"
        "하이퍼클로바는 3000억 파라미터를 갖췄다. 2TB(2,000GB) 데이터로 학습했다.\n\n"
        "<!-- factlint: disable-next-line=repeated-paragraph -->\n"
        "AI 시장은 2019년 300억달러 규모로 집계됐다. 점유율은 30%에서 45%로 15%p 늘었다.\n"
    ),
}

ODD_STRINGS = [
    "", " ", "\n", "x" * 5000, "하이퍼클로바" * 200, "\x1b]0;pwned\x07", "a\n::error::b", "\u202eevil\u202c",
    "\U0001f600", "e\u0301", "\ufeff", "\x00", "\x85", "\u2028", "\\", "'", '"', "%25", "*", "&a", "!foo",
    "2021-02-30", "9999-99-99", "0000-00-00", "USD/USD", "ABC/DEF", "../../etc/passwd", "NaN", "-", "~",
]
ODD_NUMBERS: list[Any] = [
    0, -1, 1, 2**31, 2**63, 10**20, 10**300, 10**400, -10**400, 1e308, 1.7976931348623157e308, 5e-324,
    -0.0, 0.5, -0.5, float("inf"), float("-inf"), float("nan"), 1e-300, 3.14,
]
ODD_VALUES: list[Any] = [None, True, False, [], {}, [None], [[[]]], {"a": 1}, {"": None}, [1, "x", None], *ODD_NUMBERS,
                         *ODD_STRINGS]
ODD_KEYS = ["colour", "", "a\nb", "a\n::error::x", "\x1b[31m", "<<", "=", "id ", "ID", "options", "kind", "1", "null",
            "하이퍼", "\u202e", "x" * 300]
TAGS = ["!!int", "!!float", "!!bool", "!!null", "!!str", "!!binary", "!!set", "!!omap", "!!timestamp", "!foo", "!",
        "!!python/object:os.system", "!!python/name:builtins.eval", "!<tag:yaml.org,2002:int>", "!!map", "!!seq"]
BYTES = [b"\x00", b"\x1b", b"\x07", b"\xff", b"\xfe", b"\xc3", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\r", b"\t", b"\x85",
         "\u2028".encode(), "\u202e".encode(), b"\x7f", b"\x0c", b"\xc2\x85", b"\x1b[2J"]
GARBAGE = ["[", "]", "{", "}", "{{", ": :", "- - -", "? ", "|", ">", "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:",
           "&a", "*a", "*nope", "<<: *a", "@", "`", "\t"]


@dataclass(frozen=True)
class Mutant:
    files: dict[str, bytes]  # file name → bytes, the whole pack
    target: str  # the file mutated
    mutations: tuple[str, ...]  # what was done, for the report


def pack() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(PACK.glob("*.yaml"))}


# --- data mutations ---------------------------------------------------------------------------

def _nodes(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    out = [(path, data)]
    if isinstance(data, dict):
        for k, v in data.items():
            out.extend(_nodes(v, path + (k,)))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out.extend(_nodes(v, path + (i,)))
    return out


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


def _pick(rng: random.Random, data: Any, kind: type | tuple[type, ...] | None = None) -> tuple[tuple[Any, ...], Any] | None:
    nodes = [(p, v) for p, v in _nodes(data) if kind is None or isinstance(v, kind)]
    return rng.choice(nodes) if nodes else None


def delete_key(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data, dict)
    if not found or not found[1]:
        return data, "delete (nothing)"
    path, node = found
    key = rng.choice(list(node))
    del node[key]
    return data, f"delete {path + (key,)}"


def rename_key(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data, dict)
    if not found or not found[1]:
        return data, "rename (nothing)"
    path, node = found
    key = rng.choice(list(node))
    new = rng.choice(ODD_KEYS + list(node))
    node[new] = node.pop(key)
    return data, f"rename {path + (key,)} → {new!r}"


def retype(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data)
    assert found is not None
    path, _ = found
    value = copy.deepcopy(rng.choice(ODD_VALUES))
    return _set(data, path, value), f"retype {path} = {value!r:.40}"


def renumber(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data, (int, float))
    if not found:
        return retype(rng, data)
    value = rng.choice(ODD_NUMBERS)
    return _set(data, found[0], value), f"renumber {found[0]} = {value!r}"


def restring(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data, str)
    if not found:
        return retype(rng, data)
    value = rng.choice(ODD_STRINGS) if rng.random() < 0.7 else found[1] + rng.choice(ODD_STRINGS)
    return _set(data, found[0], value), f"restring {found[0]} = {value!r:.40}"


def duplicate_item(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data, list)
    if not found or not found[1]:
        return data, "duplicate (nothing)"
    path, node = found
    i = rng.randrange(len(node))
    node.insert(rng.randrange(len(node) + 1), copy.deepcopy(node[i]))
    return data, f"duplicate {path + (i,)}"


def move(rng: random.Random, data: Any) -> tuple[Any, str]:
    a, b = _pick(rng, data), _pick(rng, data)
    assert a is not None and b is not None
    if b[0][: len(a[0])] == a[0]:  # never into itself
        return data, "move (nothing)"
    return _set(data, b[0], copy.deepcopy(a[1])), f"move {a[0]} → {b[0]}"


def nest(rng: random.Random, data: Any) -> tuple[Any, str]:
    found = _pick(rng, data)
    assert found is not None
    depth = rng.choice([2, 10, 63, 64, 65, 100, 200])  # deeper: nest_text (PyYAML's dumper recurses)
    value = found[1]
    for _ in range(depth):
        value = [value] if rng.random() < 0.5 else {"k": value}
    return _set(data, found[0], value), f"nest {found[0]} {depth} deep"


DATA_MUTATIONS: list[Callable[[random.Random, Any], tuple[Any, str]]] = [
    delete_key, rename_key, retype, renumber, restring, duplicate_item, move, nest,
]


# --- text mutations ---------------------------------------------------------------------------

def _lines(text: str) -> list[str]:
    return text.split("\n")


def tag_value(rng: random.Random, text: str) -> tuple[str, str]:
    lines = _lines(text)
    candidates = [i for i, line in enumerate(lines) if re.search(r"(: |- )\S", line)]
    if not candidates:
        return text, "tag (nothing)"
    i = rng.choice(candidates)
    tag = rng.choice(TAGS)
    m = list(re.finditer(r"(: |- )(?=\S)", lines[i]))[-1]
    lines[i] = lines[i][: m.end()] + tag + " " + lines[i][m.end() :]
    return "\n".join(lines), f"tag {tag} on line {i + 1}"


def tag_key(rng: random.Random, text: str) -> tuple[str, str]:
    lines = _lines(text)
    candidates = [i for i, line in enumerate(lines) if re.match(r"\s*(- )?[A-Za-z_]+:", line)]
    if not candidates:
        return text, "tag key (nothing)"
    i = rng.choice(candidates)
    tag = rng.choice(TAGS)
    m = re.match(r"\s*(- )?", lines[i])
    assert m is not None
    lines[i] = lines[i][: m.end()] + tag + " " + lines[i][m.end() :]
    return "\n".join(lines), f"tag {tag} on key, line {i + 1}"


def edit_lines(rng: random.Random, text: str) -> tuple[str, str]:
    lines = _lines(text)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    what = rng.choice(["delete", "duplicate", "swap", "indent", "dedent", "garbage", "truncate", "anchor"])
    if what == "delete":
        del lines[i]
    elif what == "duplicate":
        lines.insert(j, lines[i])
    elif what == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif what == "indent":
        lines[i] = " " * rng.choice([1, 2, 3, 4, 8]) + lines[i]
    elif what == "dedent":
        lines[i] = lines[i].lstrip()
    elif what == "garbage":
        pos = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:pos] + rng.choice(GARBAGE) + lines[i][pos:]
    elif what == "truncate":
        return text[: rng.randrange(len(text) + 1)], "truncate"
    else:  # an anchor on one value and an alias (maybe inside the anchored node) elsewhere
        m = re.search(r"(: |- )(?=\S)", lines[i])
        n = re.search(r"(: |- )(?=\S)", lines[j])
        if m and n:
            lines[i] = lines[i][: m.end()] + "&x " + lines[i][m.end() :]
            lines[j] = lines[j][: n.end()] + "*x"
    return "\n".join(lines), f"{what} line {i + 1} ({j + 1})"


def nest_text(rng: random.Random, text: str) -> tuple[str, str]:
    """A value nested deeper than any dumper would write: flow brackets or block indentation."""
    lines = _lines(text)
    candidates = [i for i, line in enumerate(lines) if re.search(r": \S", line)]
    if not candidates:
        return text, "nest text (nothing)"
    i = rng.choice(candidates)
    depth = rng.choice([63, 64, 65, 500, 5000])
    m = list(re.finditer(r": (?=\S)", lines[i]))[-1]
    if rng.random() < 0.5:
        value = "[" * depth + "1" + "]" * depth
        lines[i] = lines[i][: m.end()] + value
    else:
        indent = len(lines[i]) - len(lines[i].lstrip())
        block = [" " * (indent + 2 * (k + 1)) + f"k{k}:" for k in range(min(depth, 600))]
        lines[i] = lines[i][: m.start()] + ":"
        lines[i + 1 : i + 1] = block[:-1] + [block[-1] + " 1"]
    return "\n".join(lines), f"nest text line {i + 1} {depth} deep"


TEXT_MUTATIONS: list[Callable[[random.Random, str], tuple[str, str]]] = [tag_value, tag_key, edit_lines, nest_text]


def odd_bytes(rng: random.Random, raw: bytes) -> tuple[bytes, str]:
    pos = rng.randrange(len(raw) + 1)
    inserted = rng.choice(BYTES)
    return raw[:pos] + inserted + raw[pos:], f"bytes {inserted!r} at {pos}"


# --- mutants ----------------------------------------------------------------------------------

def mutant(rng: random.Random, originals: dict[str, str] | None = None) -> Mutant:
    """The pack with one file mutated one to three times."""
    files = originals or pack()
    target = rng.choice(sorted(files))
    text = files[target]
    done: list[str] = []
    data: Any = None
    for _ in range(rng.choice([1, 1, 2, 3])):
        if data is None and rng.random() < 0.55:
            data = _load(text)  # None when an earlier text mutation broke the YAML
        if data is not None:
            try:
                data, what = rng.choice(DATA_MUTATIONS)(rng, data)
            except RecursionError:  # the fuzzer's own walk of a value nested by an earlier mutation
                what = "(too deep to mutate again)"
        else:
            if data is not None:
                text, data = _dump(data), None
            text, what = rng.choice(TEXT_MUTATIONS)(rng, text)
        done.append(what)
    if data is not None:
        text = _dump(data)
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.15:
        raw, what = odd_bytes(rng, raw)
        done.append(what)
    out = {name: body.encode("utf-8") for name, body in files.items()}
    out[target] = raw
    return Mutant(out, target, tuple(done))


def _load(text: str) -> Any:
    try:
        data = yaml.safe_load(text)
    except Exception:  # noqa: BLE001 - any reason PyYAML has: then only text mutations
        return None
    return data if isinstance(data, (dict, list)) else None


def _dump(data: Any) -> str:
    try:
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    except (yaml.YAMLError, RecursionError, ValueError):
        return yaml.safe_dump({"rules": []})


# --- running ----------------------------------------------------------------------------------

# Every problem line of a rule or config error: "path:line: what" (a built-in pack file is shown as
# "factlint:rules/claims.yaml", e.g. a built-in fact naming 'Gopher' after a mutated project entity that shares
# one of its names replaced the built-in entity under another name)
_PROBLEM = re.compile(r"^(?:factlint: error: )?(?:factlint:)?[^\s:][^:]*:\d+: \S")


def write(m: Mutant, folder: Path) -> None:
    (folder / "rules").mkdir(parents=True, exist_ok=True)
    for name, body in m.files.items():
        (folder / "rules" / name).write_bytes(body)
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")


def check(m: Mutant, folder: Path) -> tuple[dict[str, int], list[str]]:
    """Exit codes of ``rules check`` and ``lint`` on the mutant (written under ``folder``, which is
    the current directory), and what is wrong with them."""
    write(m, folder)
    runner = CliRunner()
    codes: dict[str, int] = {}
    wrong: list[str] = []
    for name, args in (("rules check", ["rules", "check", "rules"]),
                       ("lint", ["lint", *sorted(CORPUS), "--rules", "rules", "--no-cache", "--jobs", "1"])):
        result = runner.invoke(cli, args)
        code = result.exit_code
        codes[name] = code
        err = result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            wrong.append(f"{name}: raised {type(result.exception).__name__}: {result.exception}")
        if code not in (0, 1, 2):
            wrong.append(f"{name}: exit {code}\n{err[-3000:]}")
        if "Traceback" in err or "Traceback" in result.stdout:
            wrong.append(f"{name}: traceback\n{err[-3000:]}")
        if code == 2 and "input error" not in result.stdout:
            bad = [line for line in err.splitlines() if line and not _PROBLEM.match(line)]
            if bad:
                wrong.append(f"{name}: error without file:line: {bad[:3]}")
    return codes, wrong
