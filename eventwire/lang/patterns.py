"""Phrase patterns of the dictionaries (see the header of lang/<code>/verbs.txt)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

GAP = "…"
MAX_GAP = 3  # words a "…" may stand for, unless a pack sets `phrase_gap` in its config.txt
_MARKERS = (("+V!", "verb"), ("+V", "verb"), ("=", "exact"), ("+", "infl"))


@dataclass(frozen=True, slots=True)
class PatternWord:
    text: str
    kind: str  # "infl" (noun inflection allowed), "exact", "verb", "gap"
    strict: bool = False  # "+V!": finite verb forms only; the stem is also a noun (görüş, "view")


def parse_pattern(pattern: str, lower: Callable[[str], str]) -> tuple[PatternWord, ...]:
    """Parse a pattern, lower-casing its words; raise ValueError when it is malformed."""
    words: list[PatternWord] = []
    for raw in pattern.split():
        if raw == GAP:
            if not words or words[-1].kind == "gap":
                raise ValueError("a gap (…) must stand between two words")
            words.append(_GAP_WORD)
            continue
        word = _parse_word(raw, lower)
        if word is None:
            raise ValueError(f"malformed pattern word {raw!r}")
        words.append(word)
    if not words:
        raise ValueError("empty pattern")
    if words[-1].kind == "gap":
        raise ValueError("a pattern cannot end with a gap (…)")
    return tuple(words)


_GAP_WORD = PatternWord("", "gap")
_RESERVED = frozenset("+=…!")
_words_seen: dict[tuple[str, object], PatternWord | None] = {}  # (raw word, casing) -> parsed: dictionaries repeat words


def _parse_word(raw: str, lower: Callable[[str], str]) -> PatternWord | None:
    key = (raw, lower)
    if key in _words_seen:
        return _words_seen[key]
    text, kind = raw, "infl"
    for marker, marker_kind in _MARKERS:
        if raw.endswith(marker):
            text, kind = raw[: -len(marker)], marker_kind
            break
    word = None if not text or not _RESERVED.isdisjoint(text) else PatternWord(lower(text), kind, raw.endswith("+V!"))
    _words_seen[key] = word
    return word
