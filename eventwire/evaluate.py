"""Scoring coded events against gold annotations (shared/eval/ANNOTATION.md).

Per article, predicted and gold events are paired one to one on (source country, target
country, CAMEO root); meetings (root 04) pair in either direction, and an intent event
pairs with a gold event of the same dyad on root 03/13 (or the reverse). Precision,
recall and F1 are summed over all articles; paired events are also compared on PLOVER
type, date, location, intent and negation.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.api import code

INTENT_ROOTS = ("03", "13")


@dataclass
class Scores:
    lang: str
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    agree: Counter = field(default_factory=Counter)
    compared: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold root, predicted root) on dyad matches
    gold_roots: Counter = field(default_factory=Counter)
    predicted_roots: Counter = field(default_factory=Counter)
    matched_roots: Counter = field(default_factory=Counter)  # pairs by the gold event's root (recall)
    matched_predicted_roots: Counter = field(default_factory=Counter)  # pairs by the predicted root (precision)
    files: list[str] = field(default_factory=list)  # gold files that gave articles in this language
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        return self.agree[name] / self.compared[name] if self.compared[name] else None

    def by_root(self) -> list[dict[str, Any]]:
        """Precision, recall and F1 for each CAMEO root seen in gold or predictions."""
        rows = []
        for root in sorted(set(self.gold_roots) | set(self.predicted_roots)):
            gold, pred, hit = self.gold_roots[root], self.predicted_roots[root], self.matched_roots[root]
            p = self.matched_predicted_roots[root] / pred if pred else 0.0
            r = hit / gold if gold else 0.0
            rows.append({"root": root, "gold": gold, "predicted": pred, "matched": hit, "precision": round(p, 4),
                         "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0})
        return rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang, "files": self.files, "articles": self.articles, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "agreement": {k: round(self.accuracy(k), 4) for k in sorted(self.compared) if self.accuracy(k) is not None},
            "compared": {k: self.compared[k] for k in sorted(self.compared) if self.compared[k]},
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
            "by_root": self.by_root(),
            "misses": self.misses, "extras": self.extras,
        }


def _country(value: str | None, collapse_igo: bool) -> str | None:
    if value is None or value in ("", "---"):
        return None
    if collapse_igo and value.startswith("IGO"):
        return "IGO"
    return value


def _pairs(gold_key, pred_key) -> bool:
    (gs, gt, gr, gi), (ps, pt, pr, pi) = gold_key, pred_key
    same = (gs, gt) == (ps, pt)
    if gr == pr == "04":
        return same or (gs, gt) == (pt, ps)
    if gr == pr:
        return same
    # a planned act may be coded as itself with intent (042) or in its 03/13 form: the intent
    # side is the planned act, the other side the 03/13 form ("the scorer accepts both forms").
    # Gold without an intent annotation (None) may hold the planned act itself.
    return same and ((gi is True and pr in INTENT_ROOTS) or (pi and (gr in INTENT_ROOTS or gi is None)))


def score_article(gold: dict[str, Any], predicted: list[dict[str, Any]], scores: Scores, collapse_igo: bool) -> None:
    text = gold.get("text", "")
    gold_events = gold.get("events") or []
    gkeys = [(_country(e.get("source"), collapse_igo), _country(e.get("target"), collapse_igo),
              str(e.get("cameo", ""))[:2], None if e.get("intent") is None else bool(e["intent"]))
             for e in gold_events]
    pkeys = [(_country(e["source"]["country"], collapse_igo),
              _country(e["target"]["country"] if e.get("target") else None, collapse_igo),
              e["cameo_root"], bool(e.get("intent"))) for e in predicted]
    scores.articles += 1
    scores.gold += len(gkeys)
    scores.predicted += len(pkeys)
    scores.gold_roots.update(k[2] for k in gkeys)
    scores.predicted_roots.update(k[2] for k in pkeys)
    used: set[int] = set()
    for gi, gkey in enumerate(gkeys):
        hits = [pi for pi, pkey in enumerate(pkeys) if pi not in used and _pairs(gkey, pkey)]
        # (of the events that pair, the one told where the annotator quoted, so that dates and places are
        # compared between the same act)
        span = _quoted_span(text, gold_events[gi].get("quote"))
        hit = next((pi for pi in hits if span and _overlaps(span, predicted[pi])), hits[0] if hits else None)
        if hit is None:
            dyad = next((pi for pi, pkey in enumerate(pkeys) if pi not in used and pkey[:2] == gkey[:2]), None)
            if dyad is not None:
                scores.confusion[(gkey[2], pkeys[dyad][2])] += 1
            g = gold_events[gi]
            scores.misses.append({"id": gold["id"], "key": list(gkey[:3]), "cameo": g.get("cameo"),
                                  "quote": g.get("quote") or text[:200]})
            continue
        used.add(hit)
        scores.matched += 1
        scores.matched_roots[gkey[2]] += 1
        scores.matched_predicted_roots[pkeys[hit][2]] += 1
        scores.confusion[(gkey[2], pkeys[hit][2])] += 1
        _compare(gold_events[gi], predicted[hit], scores)
    for pi, pred in enumerate(predicted):
        if pi not in used:
            scores.extras.append({"id": gold["id"], "key": list(pkeys[pi][:3]), "cameo": pred["cameo"],
                                  "quote": pred["evidence"]["quote"]})


def _quoted_span(text: str, quote: str | None) -> tuple[int, int] | None:
    at = text.find(quote) if quote else -1
    return (at, at + len(quote)) if at >= 0 and quote else None


def _overlaps(span: tuple[int, int], pred: dict[str, Any]) -> bool:
    evidence = pred.get("evidence") or {}
    start, end = evidence.get("start"), evidence.get("end")
    return start is not None and end is not None and start < span[1] and end > span[0]


def _compare(gold: dict[str, Any], pred: dict[str, Any], scores: Scores) -> None:
    gold_plover = gold.get("plover") or gold.get("plover_event")
    checks = {"plover": (gold_plover, pred["plover"]["type"])}
    if gold.get("date"):  # (an event the annotator left undated says nothing of ours)
        checks["date"] = (gold["date"], pred.get("date"))
    if "location" in gold:
        loc = pred.get("location") or {}
        checks["location"] = ((gold.get("location") or "").casefold() or None, (loc.get("name") or "").casefold() or None)
    for name in ("intent", "negated"):
        if name in gold:
            checks[name] = (bool(gold[name]), bool(pred.get(name)))
    for name, (expected, got) in checks.items():
        if name == "plover" and expected is None:
            continue
        scores.compared[name] += 1
        scores.agree[name] += expected == got


def read_gold(gold_path: str | Path) -> list[dict[str, Any]]:
    """The gold articles of a file; a malformed line is an error naming the file and line."""
    path = Path(gold_path)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not a JSON object ({exc.msg})") from None
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("events", []), list):
            raise ValueError(f"{path}:{number}: a gold article needs an 'id' and a list of 'events'")
        rows.append(row)
    return rows


def evaluate_by_language(gold_paths: list[str | Path], lang: str | None = None,
                         rules_only: bool = False) -> dict[str, Scores]:
    """Score every gold article of every file, one Scores per language (the article's own
    `lang`, else `lang`, else detected). English gold collapses IGOs into one class
    (shared/eval/README.md)."""
    from eventwire.langid import detect

    by_lang: dict[str, Scores] = {}
    for path in gold_paths:
        for row in read_gold(path):
            text = row.get("text") or ""
            row_lang = row.get("lang") or lang or detect(text)
            scores = by_lang.setdefault(row_lang, Scores(row_lang))
            label = f"{Path(path).parent.name}/{Path(path).name}"
            if label not in scores.files:
                scores.files.append(label)
            _code_and_score(row, row_lang, scores, collapse_igo=row_lang == "en", rules_only=rules_only)
    return dict(sorted(by_lang.items(), key=lambda kv: (kv[0] != "tr", kv[0])))


def evaluate(gold_path: str | Path, lang: str | None = None, collapse_igo: bool | None = None) -> Scores:
    """Code every gold article of one file and score the result as one language."""
    rows = read_gold(gold_path)
    lang = lang or (rows[0].get("lang") if rows else "tr") or "tr"
    if collapse_igo is None:
        collapse_igo = lang == "en"
    scores = Scores(lang)
    for row in rows:
        _code_and_score(row, row.get("lang") or lang, scores, collapse_igo)
    return scores


def _code_and_score(row: dict[str, Any], lang: str, scores: Scores, collapse_igo: bool, rules_only: bool = False) -> None:
    """Code one gold article's text as `lang` and add its pairing to `scores`."""
    article = code(row.get("text") or "", lang=lang, dateline=row.get("dateline_date"), article_id=row["id"],
                   rules_only=rules_only)
    score_article(row, [e.to_dict() for e in article.events], scores, collapse_igo)
