"""Links of the head bridge (factlint/headbridge.py) over the dev group of spent sets: every pair of a Hangul and a
Latin entity name of one set (the names of its claim table and of its gold claims) is tried, and every link
printed, to be judged by hand. The check group (fresh10 to fresh12, realworld's holdout) is not read. Run from the
repository root:

    FACTLINT_SHARED=/work/shared python benchmarks/head_pairs.py

``raw`` is a pair ``translated`` accepts, or a company's bare name the bridge links; ``[BRIDGED]`` one
``head_bridged`` keeps over the whole set (unique both ways, not left to romanization); ``[rr]`` a Hangul name
that romanize.bridged links already.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loanword_pairs import SETS, report  # noqa: E402

from factlint.headbridge import head_bridged, translated  # noqa: E402

DEV = {name: folder for name, folder in SETS.items() if name != "fresh10"}

if __name__ == "__main__":
    report(DEV, translated, head_bridged)
