"""Case folding that respects Turkish dotted and dotless i."""
from __future__ import annotations

_TURKISH_UPPER_I = str.maketrans({"I": "ı", "İ": "i"})


def lower_tr(text: str) -> str:
    """Lower-case Turkish text: I -> ı, İ -> i, then the ordinary rules."""
    return text.translate(_TURKISH_UPPER_I).lower()


def lower_en(text: str) -> str:
    return text.lower()
