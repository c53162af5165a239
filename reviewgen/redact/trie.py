"""One regular expression for many literal strings, shaped as their trie.

An alternation of thousands of values (`a|b|c|...`) is tried branch by branch at every
position of the text, so matching costs the text's length times the number of values. The
same strings as a trie cost the text's length: at each position the engine follows one path.
Used wherever a document's own values are looked for everywhere (carry, consistency, the
identifier forms of names) and by the leak check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

Unit = Callable[[str], str]


def trie_regex(keys: Iterable[Sequence[str]], unit: Unit = re.escape) -> str | None:
    """A regular expression matching any of `keys`, each a sequence of pieces (a string is a
    sequence of characters), `unit` turning a piece into its regex. At each position the
    longest key is tried first and shorter ones after it, as an alternation sorted longest
    first would: a look-around after the group can still make a shorter key the match."""
    trie: dict = {}
    for key in keys:
        if len(key):
            node = trie
            for piece in key:
                node = node.setdefault(piece, {})
            node[None] = {}

    def build(node: dict) -> str:
        branches = [unit(piece) + build(node[piece]) for piece in sorted(k for k in node if k is not None)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return build(trie) or None


def words_unit(piece: str) -> str:
    """A character; a space stands for any run of whitespace, hyphens and underscores, as
    where a name is written into a link or a file name ("amarjit-singh-report.pdf")."""
    return r"[\s_-]+" if piece == " " else re.escape(piece)
