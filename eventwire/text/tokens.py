"""Tokens with character offsets into the original text.

A word written with an apostrophe suffix (Çin'in, ABD'li, Beijing'de) stays one token;
`base` is the part before the apostrophe and `suffix` the part after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# an initialism keeps its stops ("U.S.", "U.N."); other words, numbers (3.5) and apostrophe suffixes
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}(?!\w)|\w+(?:[.]\w+)*(?:['’‘`]\w+)?|[^\w\s]", re.UNICODE)
_APOSTROPHES = "'’‘`"


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str  # lower-cased word without the apostrophe
    base: str  # lower-cased part before an apostrophe (the whole word if none)
    suffix: str  # lower-cased part after an apostrophe ("" if none)
    cap: bool  # starts with an upper-case letter

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def tokenize(text: str, lower: Callable[[str], str], offset: int = 0) -> list[Token]:
    """Split `text` into tokens; offsets are shifted by `offset`."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        word = match.group()
        low = lower(word)
        cut = -1
        if not low.isalnum():  # (most words: no apostrophe to look for)
            for mark in _APOSTROPHES:
                cut = low.find(mark)
                if cut >= 0:
                    break
        if cut >= 0:
            base, suffix = low[:cut], low[cut + 1 :]
            low = base + suffix
        else:
            base, suffix = low, ""
        append(Token(word, match.start() + offset, match.end() + offset, low, base, suffix, word[0].isupper()))
    return tokens
