"""eventwire: political event data from news text, coded natively in Turkish and English.

    >>> import eventwire
    >>> article = eventwire.code(text, lang="tr")
    >>> [e.cameo for e in article.events]
"""
__version__ = "0.1.0"

from eventwire.api import code  # noqa: E402

__all__ = ["__version__", "code"]
