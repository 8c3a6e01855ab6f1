"""eventwire: political event data from news text, coded natively in Turkish and English.

    >>> import eventwire
    >>> article = eventwire.code(text, lang="tr")
    >>> [e.cameo for e in article.events]
    >>> store = eventwire.Store("events.duckdb")
"""
__version__ = "0.1.0"

from eventwire.api import code  # noqa: E402

__all__ = ["__version__", "code", "Store"]


def __getattr__(name: str):
    """`eventwire.Store` loads the store (pandas, pyarrow, DuckDB) only when asked for."""
    if name == "Store":
        from eventwire.store import Store

        return Store
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
