"""Longest-match search of dictionary phrases over tokens, suffix-aware."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

from eventwire.coding.morphology import Morphology
from eventwire.lang.patterns import MAX_GAP, PatternWord
from eventwire.text.tokens import Token

T = TypeVar("T")
_CACHE_WORDS = 200_000  # word forms whose candidate phrases are kept


@dataclass(slots=True)
class Match(Generic[T]):
    start: int  # first token
    end: int  # one past the last token
    payload: T
    rests: list[str]  # suffix left on each matched word, in pattern order
    positions: list[int]  # token index of each matched word

    @property
    def last_rest(self) -> str:
        return self.rests[-1]

    @property
    def length(self) -> int:
        return self.end - self.start


GAP_SYMBOLS = frozenset("-%$€£¥₺")


class PhraseMatcher(Generic[T]):
    """Finds the longest dictionary phrase that starts at a token."""

    def __init__(self, morphology: Morphology, require_capital: bool = False, max_gap: int = MAX_GAP):
        self.morph = morphology
        self.require_capital = require_capital
        self.max_gap = max_gap  # the most words a "…" in a phrase stands for
        # first word -> (phrase, payload, what its later words need to find in a sentence: Prefixes)
        self._by_first: dict[str, list[tuple[tuple[PatternWord, ...], T, frozenset[str]]]] = defaultdict(list)
        self._lengths: set[int] = set()
        self._cache: dict[str, list[tuple[tuple[PatternWord, ...], T, frozenset[str]]]] = {}

    def add(self, words: tuple[PatternWord, ...], payload: T) -> None:
        self._cache.clear()
        first = words[0].text
        needs = frozenset(w.text[:-1][:PREFIX_LETTERS] for w in words[1:] if w.kind != "gap")
        self._by_first[first].append((words, payload, needs))
        self._lengths.add(len(first))

    def known_start(self, low: str) -> bool:
        """Some phrase may start at a word of this form."""
        found = self._cache.get(low)
        if found is None:
            found = self._cache[low] = list(self._lookup(low))
        return bool(found)

    def candidates(self, token: Token) -> list[tuple[tuple[PatternWord, ...], T, frozenset[str]]]:
        """Phrases whose first word is a prefix of the token (cached per word form: news repeats words)."""
        low = token.low
        found = self._cache.get(low)
        if found is None:
            if len(self._cache) >= _CACHE_WORDS:
                self._cache.clear()
            found = self._cache[low] = list(self._lookup(low))
        return found

    def _lookup(self, low: str):
        seen = self._by_first
        for length in self._lengths:
            if length > len(low):
                continue
            key = low[:length]
            if key in seen:
                yield from seen[key]
            # a softened stem (ed- of et, taahhüd- of taahhüt)
            if key[-1] in self.morph.hardening:
                hard = key[:-1] + self.morph.hardening[key[-1]]
                if hard in seen:
                    yield from seen[hard]
            # a narrowed stem-final vowel (isti- of iste- in istiyor)
            narrowing = self.morph.narrowing
            if narrowing and key[-1] in narrowing[1] and low.startswith(narrowing[2], length):
                for final in narrowing[0]:
                    if key[:-1] + final in seen:
                        yield from seen[key[:-1] + final]

    def match_at(self, tokens: list[Token], i: int, present: Prefixes | None = None) -> Match[T] | None:
        """The longest phrase starting at token i; `present` (the sentence's Prefixes) lets phrases whose
        later words the sentence lacks be skipped without reading them."""
        token = tokens[i]
        if self.require_capital and not token.cap:
            return None
        found_phrases = self._cache.get(token.low)
        if found_phrases is None:
            found_phrases = self.candidates(token)
        if not found_phrases:
            return None
        best: Match[T] | None = None
        best_key = (0, 0)
        for words, payload, needs in found_phrases:
            if needs and present is not None and not present.has_all(needs):
                continue
            found = self._match_words(tokens, i, words)
            if found is None:
                continue
            rests, positions = found
            key = (positions[-1] - i + 1, sum(len(w.text) for w in words))
            if key > best_key:
                best_key = key
                best = Match(i, positions[-1] + 1, payload, rests, positions)
        return best

    def _match_words(self, tokens: list[Token], i: int, words: tuple[PatternWord, ...]):
        rests: list[str] = []
        positions: list[int] = []
        pos = i
        gap = 0
        n = len(tokens)
        for index, word in enumerate(words):
            if word.kind == "gap":
                gap = self.max_gap
                continue
            allowed = gap
            gap = 0
            while True:
                if pos >= n:
                    return None
                rest = self.morph.rest(tokens[pos], word.text, word.kind)
                if rest is not None and word.strict and not self.morph.is_finite(rest):
                    rest = None  # "görüşünü" is the noun "view", not a form of the verb "meet"
                if rest is not None:
                    break
                # between words of a phrase, clitics (de, da, ise) may stand; a hyphened word ("all-weather")
                # counts as one
                free = tokens[pos].low in self.morph.clitics or _hyphen_joined(tokens, pos)
                if index > 0 and (allowed > 0 or free):
                    if not free:
                        allowed -= 1
                    if not tokens[pos].is_word and tokens[pos].text not in GAP_SYMBOLS:
                        return None  # no punctuation inside a phrase, but "50%" or "$50" may stand there
                    pos += 1
                    continue
                return None
            rests.append(rest)
            positions.append(pos)
            pos += 1
        return rests, positions

    def find_all(self, tokens: list[Token], present: Prefixes | None = None) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right (`present`: the sentence's Prefixes, if already made)."""
        found: list[Match[T]] = []
        if not self._by_first:
            return found
        present = present if present is not None else Prefixes(tokens)
        i = 0
        while i < len(tokens):
            match = self.match_at(tokens, i, present)
            if match is None:
                i += 1
            else:
                found.append(match)
                i = match.end
        return found


PREFIX_LETTERS = 10  # longest word beginning kept by Prefixes (a longer stem is checked by its first letters)


class Prefixes:
    """Every beginning of every word of a sentence (up to PREFIX_LETTERS letters), computed when first
    asked: a dictionary word stands in the sentence only if its stem, less its last letter (which
    softening and vowel narrowing may change), is among them."""

    __slots__ = ("tokens", "_set")

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self._set: frozenset[str] | None = None

    def has_all(self, needs: frozenset[str]) -> bool:
        if self._set is None:
            out: set[str] = {""}
            for t in self.tokens:
                low = t.low
                out.update([low[:k] for k in range(1, min(len(low), PREFIX_LETTERS) + 1)])
            self._set = frozenset(out)
        return needs <= self._set


def _hyphen_joined(tokens: list[Token], pos: int) -> bool:
    """A hyphen written between two words, or the word after it: the rest of a hyphened word."""
    token = tokens[pos]
    if pos == 0:
        return False
    before = tokens[pos - 1]
    if token.text == "-":
        return before.end == token.start and pos + 1 < len(tokens) and tokens[pos + 1].start == token.end
    return before.text == "-" and before.end == token.start and pos > 1 and tokens[pos - 2].end == before.start
