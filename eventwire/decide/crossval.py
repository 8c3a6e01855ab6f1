"""Honest figures: K-fold cross-validation over gold articles (`eventwire eval --folds K`).

Articles are split into K folds; each fold is coded by a model trained on the other K-1 only,
and the folds' pairings are summed. Near-duplicate articles (the same story from two outlets)
are kept in one fold, so that no fold is scored on a text it was trained on. The rule coder
is scored on the same articles beside it.
"""
from __future__ import annotations

import random
import re
from dataclasses import replace
from typing import Any

from eventwire.coding.pipeline import Coder
from eventwire.decide import Decider
from eventwire.decide.training import Prepared, Settings, fit, prepare
from eventwire.evaluate import Scores, score_article

SHINGLE = 6  # words per shingle when comparing articles
DUPLICATE = 0.05  # share of the shorter article's shingles found in the other that makes them one story (retellings
# of one story by two outlets share 7-18% in the Turkish gold; unrelated articles under 4%)
_WORD = re.compile(r"\w+", re.UNICODE)


def _shingles(text: str) -> set[int]:
    words = _WORD.findall(text.casefold())
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(max(1, len(words) - SHINGLE + 1))}


def duplicate_groups(rows: list[dict[str, Any]]) -> list[int]:
    """A group number per article; articles sharing much of their text share a group."""
    shingles = [_shingles(r.get("text") or "") for r in rows]
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(rows)):
        for j in range(i):
            small = min(len(shingles[i]), len(shingles[j])) or 1
            if len(shingles[i] & shingles[j]) / small >= DUPLICATE:
                parent[find(i)] = find(j)
    return [find(i) for i in range(len(rows))]


def fold_of(rows: list[dict[str, Any]], folds: int, seed: int = 0) -> list[int]:
    """The fold of each article: whole duplicate groups, shuffled, dealt to the smallest fold."""
    if folds < 2:
        raise ValueError(f"--folds must be 2 or more, not {folds}")
    if len(rows) < folds:
        raise ValueError(f"{len(rows)} gold articles cannot be split into {folds} folds")
    groups: dict[int, list[int]] = {}
    for i, g in enumerate(duplicate_groups(rows)):
        groups.setdefault(g, []).append(i)
    order = list(groups.values())
    random.Random(seed).shuffle(order)
    order.sort(key=len, reverse=True)  # (stable: shuffled within equal sizes)
    sizes = [0] * folds
    out = [0] * len(rows)
    for members in order:
        k = sizes.index(min(sizes))
        sizes[k] += len(members)
        for i in members:
            out[i] = k
    return out


def cross_validate(coder: Coder, rows: list[dict[str, Any]], folds: int, settings: Settings = Settings(),
                   prepared: list[Prepared] | None = None) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Event records of the rule coder and of the learned coder for every gold article (by id), each
    article coded by a model that never saw it."""
    data = prepared if prepared is not None else prepare(coder, rows)
    assignment = fold_of(rows, folds, settings.seed)
    out: dict[str, dict[str, list[dict[str, Any]]]] = {"rules": {}, "learned": {}}
    for item in data:
        out["rules"][item.row["id"]] = [e.to_dict() for e in item.article.events]
    for k in range(folds):
        train = [d for d, f in zip(data, assignment) if f != k]
        decider = Decider(coder, fit(coder, train, settings))
        for item, f in zip(data, assignment):
            if f == k:
                article = replace(item.article, events=list(item.article.events))
                decider.decide(article, item.state, item.views)
                out["learned"][item.row["id"]] = [e.to_dict() for e in article.events]
    return out


def score(rows: list[dict[str, Any]], predicted: dict[str, list[dict[str, Any]]], lang: str) -> Scores:
    """Pair the predictions of the given gold articles with their gold events."""
    scores = Scores(lang)
    for row in rows:
        score_article(row, predicted[row["id"]], scores, collapse_igo=lang == "en")
    return scores


def cross_validate_files(paths: list, folds: int, lang: str | None = None,
                         settings: Settings = Settings()) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """`eventwire eval --folds K`: per language, per gold file and for all of them, the cross-validated
    scores of the rule coder and of the learned coder (as Scores.to_dict without the lists)."""
    from pathlib import Path

    from eventwire.coding.pipeline import coder_for
    from eventwire.evaluate import read_gold
    from eventwire.langid import detect

    by_lang: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path in paths:
        for row in read_gold(path):
            row_lang = row.get("lang") or lang or detect(row.get("text") or "")
            by_lang.setdefault(row_lang, []).append((f"{Path(path).parent.name}/{Path(path).name}", row))
    out: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for row_lang, labelled in sorted(by_lang.items(), key=lambda kv: (kv[0] != "tr", kv[0])):
        rows = [row for _, row in labelled]
        if len(rows) < 2:
            continue  # (one article cannot be held out from itself)
        predicted = cross_validate(coder_for(row_lang), rows, min(folds, len(rows)), settings)
        sets = {name: [row for n, row in labelled if n == name] for name, _ in labelled}
        if len(sets) > 1:
            sets["all"] = rows
        out[row_lang] = {}
        for name, members in sets.items():
            out[row_lang][name] = {}
            for coder, events in predicted.items():
                summary = score(members, events, row_lang).to_dict()
                out[row_lang][name][coder] = {k: v for k, v in summary.items()
                                              if k not in ("misses", "extras", "confusion", "by_root", "lang")}
    return out
