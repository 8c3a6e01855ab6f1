"""Direct quotations: the character spans between opening and closing double quotes.

A quotation may run over several sentences (“... . ... .” diye konuştu); what is said inside
it is said by the one who opened it. Single quotes are left out: ’ is also the apostrophe
before Turkish suffixes (Türkiye’nin).
"""
from __future__ import annotations

OPENING = frozenset("“«„")
CLOSING = frozenset("”»")
STRAIGHT = '"'
CLOSING_QUOTES = CLOSING | {STRAIGHT, "’"}  # a lone ’ token closes a single-quoted phrase


def quote_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(opening offset, closing offset) of each quotation in `text[start:]`; an unclosed one
    runs to the end of the text."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i in range(start, len(text)):
        char = text[i]
        if opened is None and (char in OPENING or char == STRAIGHT):
            opened = i
        elif opened is not None and (char in CLOSING or char == STRAIGHT):
            spans.append((opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans
