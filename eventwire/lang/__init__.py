"""Language packs: plain-text knowledge per language, loaded and validated here.

Each pack is a folder `lang/<code>/` of tab-separated text files; see the header comment
of each file for its columns. `load(code)` parses a pack once per process.
"""
from eventwire.lang.pack import DictionaryProblem, LanguagePack, available, check, load

__all__ = ["DictionaryProblem", "LanguagePack", "available", "check", "load"]
