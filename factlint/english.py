"""English closed-class words: the one list the package reads them from.

Articles, prepositions, conjunctions, pronouns and auxiliaries carry grammar, never what a figure
measures: the word after "155 days" is no frame when it is "in", and a share's part or whole
cannot end in "of" or "is". Each reader adds the words its own job rules out (comparatives for a
share frame, say) next to where it reads them.
"""

from __future__ import annotations

GRAMMAR = frozenset("""
a an the of in on at for from to by with as than and or but after before since until into onto
over under above below about around up down per each every
that which who this these those it its their
is are was were be been being has have had do does did will would can could may might
""".split())
