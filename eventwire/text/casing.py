"""Case folding that respects Turkish dotted and dotless i."""
from __future__ import annotations

import unicodedata

_TURKISH_UPPER_I = str.maketrans({"I": "ı", "İ": "i"})
_UNDECOMPOSABLE = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def lower_tr(text: str) -> str:
    """Lower-case Turkish text: I -> ı, İ -> i, then the ordinary rules."""
    return text.translate(_TURKISH_UPPER_I).lower()


def lower_en(text: str) -> str:
    return text.lower()


_COMMON_LETTERS = str.maketrans("çğıöşüâîûéèêëáàäãåíìïóòõúùñ", "cgiosuaiueeeeaaaaaiiiooouun")


def fold(text: str) -> str:
    """Lower-case text without diacritics ("davutoğlu" -> "davutoglu", "josé" -> "jose"): how names
    spelled in ASCII (as the Phoenix dictionaries write them) are compared with the text."""
    if text.isascii():
        return text
    quick = text.translate(_COMMON_LETTERS)  # (the letters news writes most, without decomposing)
    if quick.isascii():
        return quick
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
