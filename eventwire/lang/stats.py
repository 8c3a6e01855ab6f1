"""Counts of a language pack's entries: per dictionary file and, for event phrases, per CAMEO root
(`eventwire dictionaries stats`)."""
from __future__ import annotations

from collections import Counter, defaultdict

from eventwire.lang.pack import NO_ACT, PACKS_DIR, load


def pack_stats(code: str) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """({file: entries}, {root: {verbs file: phrases}}) of one pack; '-' counts phrases that name no act."""
    folder = PACKS_DIR / code
    files: dict[str, int] = {}
    for path in sorted(folder.glob("*.txt")):
        files[path.name] = sum(1 for line in path.read_text(encoding="utf-8").splitlines()
                               if line.strip() and not line.lstrip().startswith("#"))
    pack = load(code)
    roots: dict[str, Counter] = defaultdict(Counter)
    for entry in pack.verbs:
        file = entry.source_line.split("/", 1)[1].rsplit(":", 1)[0]
        roots[NO_ACT if entry.cameo == NO_ACT else entry.cameo[:2]][file] += 1
    return files, {root: dict(roots[root]) for root in sorted(roots)}
