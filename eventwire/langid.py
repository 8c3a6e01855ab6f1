"""Tell the language of an article from its frequent words and letters.

Each language pack may ship `stopwords.txt`: frequent words of the language, a `letters`
line naming letters that mark it and an `endings` line of typical word endings; the pack's
country names count as its words too ("Egypt" against "Mısır"). The pack whose words cover
most of the text wins: a frequent word, a country name or a word with a marked letter counts
one, a word with a typical ending half. Dependency-free and fast: the first
4,000 characters decide.
"""
from __future__ import annotations

import re
from functools import cache

from eventwire.lang.pack import PACKS_DIR, available

SAMPLE_CHARS = 4000
_NEUTRAL_FOLD = str.maketrans({"İ": "i"})  # "I" -> "i", so English capitals mark nothing
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _profiles() -> dict[str, tuple[frozenset[str], frozenset[str], tuple[str, ...]]]:
    profiles = {}
    for code in available():
        path = PACKS_DIR / code / "stopwords.txt"
        if not path.is_file():
            continue
        words, letters, endings = set(), set(), []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("letters\t"):
                letters.update(line.split("\t", 1)[1].strip())
            elif line.startswith("endings\t"):
                endings.extend(line.split("\t", 1)[1].split())
            else:
                words.add(line)
        countries = PACKS_DIR / code / "countries.txt"
        if countries.is_file():  # a country's spelling speaks for its language ("Egypt" against "Mısır")
            for line in countries.read_text(encoding="utf-8").splitlines():
                cols = line.split("\t")
                if len(cols) == 3 and not line.startswith("#") and cols[1] in ("name", "demonym") and " " not in cols[2]:
                    words.add(cols[2].translate(_NEUTRAL_FOLD).lower())
        profiles[code] = (frozenset(words), frozenset(letters), tuple(endings))
    return profiles


def scores(text: str) -> dict[str, float]:
    """Per language: the share of the sample's words that speak for it."""
    sample = text[:SAMPLE_CHARS].translate(_NEUTRAL_FOLD).lower()
    words = _WORD.findall(sample)
    if not words:
        return {code: 0.0 for code in _profiles()}
    result = {}
    for code, (common, letters, endings) in _profiles().items():
        score = 0.0
        for word in words:
            if word in common or any(ch in letters for ch in word):
                score += 1
            elif len(word) > 4 and word.endswith(endings):
                score += 0.5
        result[code] = score / len(words)
    return result


def detect(text: str, default: str = "tr") -> str:
    """The most likely language code of `text`; `default` when nothing speaks for any."""
    ranked = sorted(scores(text).items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or ranked[0][1] == 0.0 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return default
    return ranked[0][0]
