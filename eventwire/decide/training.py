"""Learning the decisions from gold articles (`eventwire train`), with scikit-learn.

Gold events are located in the sentences the rule coder split (by their quote); a sentence's
candidate for root r is positive when a gold event of root r is told there, and the parties
whose country is the gold source (target) are the positive options of each role. Three
logistic regressions are fitted; the event threshold is chosen by an inner cross-validation
on the training articles only. scikit-learn is needed here, never to code.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from eventwire.coding.pipeline import ArticleState, Coder
from eventwire.decide.candidates import CandidateReader, Option, SentenceView, candidate_roots, same_party
from eventwire.decide.model import DecisionModel, LinearModel
from eventwire.record import Article

MIN_ROOT_EVENTS = 3  # gold events a root needs to get weights of its own
INNER_FOLDS = 3
FLOOR = 0.05  # the lowest event probability a threshold may take
KEEP_MARGIN = 0.01  # inner-fold F1 by which dropping the rules' international acts must win to be chosen


@dataclass(frozen=True, slots=True)
class Settings:
    c_event: float = 0.3  # inverse regularisation of the event model (chosen by cross-validation: 0.1-3)
    c_role: float = 1.0
    min_root_events: int = MIN_ROOT_EVENTS
    cues_only: bool = False  # candidates only for roots with a lexicon phrase or a rule event in the sentence
    seed: int = 0


@dataclass(slots=True)
class Prepared:
    """A gold article read by the rule coder, with its gold events placed in its sentences."""
    row: dict[str, Any]
    article: Article
    state: ArticleState
    views: list[SentenceView]
    gold: list[list[dict[str, Any]]] = field(default_factory=list)  # per view, the gold events told there


def prepare(coder: Coder, rows: list[dict[str, Any]]) -> list[Prepared]:
    reader = CandidateReader(coder)
    out = []
    for row in rows:
        dateline = row.get("dateline_date")
        article, state = coder.analyse(row.get("text") or "", row["id"],
                                       date.fromisoformat(dateline) if dateline else None)
        views = reader.read(article, state)
        out.append(Prepared(row, article, state, views, locate(row, views)))
    return out


def locate(row: dict[str, Any], views: list[SentenceView]) -> list[list[dict[str, Any]]]:
    """Each gold event in the first sentence its quote overlaps; a gold event without a quote (sentence
    gold) in the only sentence, else in the first sentence with a cue of its root. Events placed
    nowhere are left out of training (they still count as misses when scoring)."""
    text = row.get("text") or ""
    placed: list[list[dict[str, Any]]] = [[] for _ in views]
    for event in row.get("events") or []:
        quote = (event.get("quote") or "").strip()
        at = text.find(quote) if quote else -1
        if quote and at < 0:
            continue
        if not quote:
            root = str(event.get("cameo", ""))[:2]
            cued = [i for i, v in enumerate(views) if root in v.phrases or root in v.rule_events]
            spoken = [i for i, v in enumerate(views) if v.features.get("parties:0") is None]
            where = cued[:1] or (spoken[:1] if len(views) == 1 or len(spoken) == 1 else [])
            if where:
                placed[where[0]].append(event)
            continue
        for i, view in enumerate(views):
            s = view.doc.sentence
            if s.start < at + len(quote) and s.end > at:
                placed[i].append(event)
                break
    return placed


def country(value: str | None, lang: str) -> str | None:
    """A gold or coded country as scored (English gold writes every organisation as one IGO)."""
    if value in (None, "", "---"):
        return None
    return "IGO" if lang == "en" and value.startswith("IGO") else value


def event_examples(reader: CandidateReader, data: list[Prepared], roots: tuple[str, ...]):
    X, y = [], []
    for item in data:
        for view, gold in zip(item.views, item.gold):
            told = {e["cameo"][:2] for e in gold}
            for root in candidate_roots(view, roots):
                X.append(reader.candidate_features(view, root))
                y.append(int(root in told))
    return X, y


def role_examples(reader: CandidateReader, data: list[Prepared]):
    src_X, src_y, tgt_X, tgt_y = [], [], [], []
    for item in data:
        lang = item.row.get("lang") or item.article.lang
        for view, gold in zip(item.views, item.gold):
            for event in gold:
                root = event["cameo"][:2]
                want_source, want_target = country(event.get("source"), lang), country(event.get("target"), lang)
                labels = [country(o.country, lang) == want_source for o in view.parties]
                if not any(labels):
                    continue
                for option, label in zip(view.parties, labels):
                    src_X.append(reader.role_features(view, root, option, "source"))
                    src_y.append(int(label))
                source = view.parties[labels.index(True)]
                options = [o for o in view.parties if o is not source and not (
                    o.mention is not None and source.mention is not None and same_party(o.mention, source.mention))]
                options.append(Option(None, "none"))
                for option in options:
                    tgt_X.append(reader.role_features(view, root, option, "target", source))
                    tgt_y.append(int(country(option.country, lang) == want_target))
    return src_X, src_y, tgt_X, tgt_y


def _fit(X: list[dict[str, float]], y: list[int], c: float) -> dict[str, float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if not X or len(set(y)) < 2:
        return {}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(X)
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
    model.fit(matrix, y)
    names = vectorizer.get_feature_names_out()
    return {str(name): float(w) for name, w in zip(names, model.coef_[0]) if w != 0.0}


def _roots(data: list[Prepared], settings: Settings) -> tuple[str, ...]:
    counts = Counter(e["cameo"][:2] for item in data for gold in item.gold for e in gold)
    return tuple(sorted(r for r, n in counts.items() if n >= settings.min_root_events))


def _threshold(coder: Coder, data: list[Prepared], roots: tuple[str, ...], settings: Settings,
               event: dict[str, float], source: dict[str, float], target: dict[str, float]) -> float:
    """The probability cut that gives the best article-level F1 (the scorer's pairing) on inner folds of
    the training articles: each inner fold is decided by models fitted on the others, keeping every
    candidate, and the cut is read off the events' probabilities."""
    from eventwire.decide import Decider
    from eventwire.evaluate import Scores, score_article

    order = list(range(len(data)))
    random.Random(settings.seed).shuffle(order)
    decided: list[tuple[Prepared, list]] = []
    reader = CandidateReader(coder)
    for k in range(INNER_FOLDS):
        held = set(order[k::INNER_FOLDS])
        train = [d for i, d in enumerate(data) if i not in held]
        X, y = event_examples(reader, train, roots)
        src_X, src_y, tgt_X, tgt_y = role_examples(reader, train)
        model = DecisionModel(coder.lang, roots, FLOOR, LinearModel(_fit(X, y, settings.c_event)),
                              LinearModel(_fit(src_X, src_y, settings.c_role)),
                              LinearModel(_fit(tgt_X, tgt_y, settings.c_role)), keep_international=True)
        decider = Decider(coder, model)
        for i in held:
            item = data[i]
            article = replace(item.article, events=list(item.article.events))
            decider.decide(article, item.state, item.views)
            rule_ids = {e.event_id for e in item.article.events}
            decided.append((item, [{**e.to_dict(), "rule": e.event_id in rule_ids} for e in article.events]))
    best: dict[bool, tuple[float, float]] = {}  # keep -> (F1, threshold)
    for keep in (False, True):
        for step in range(int(FLOOR * 100), 96):
            t = step / 100
            scores = Scores(coder.lang)
            for item, events in decided:
                kept = [e for e in events if e["confidence"] >= t or (keep and _international_rule(e))]
                score_article(item.row, kept, scores, coder.lang == "en")
            if scores.f1 > best.get(keep, (-1.0, 0.0))[0]:
                best[keep] = (scores.f1, t)
    # the gold articles are mostly one country's politics, news is also wire copy between states, which the
    # rules read well: keep the rules' international acts unless dropping them clearly pays
    keep = best[False][0] <= best[True][0] + KEEP_MARGIN
    return best[keep][1], keep


def _international_rule(event: dict[str, Any]) -> bool:
    """An act the rules coded between two countries (the decision step marks rule events by their coder)."""
    target = event.get("target")
    return event.get("rule", False) and target is not None and target["country"] != event["source"]["country"]


def fit(coder: Coder, data: list[Prepared], settings: Settings = Settings(), info: dict[str, Any] | None = None) -> DecisionModel:
    reader = CandidateReader(coder)
    roots = () if settings.cues_only else _roots(data, settings)
    X, y = event_examples(reader, data, roots)
    event = _fit(X, y, settings.c_event)
    src_X, src_y, tgt_X, tgt_y = role_examples(reader, data)
    source, target = _fit(src_X, src_y, settings.c_role), _fit(tgt_X, tgt_y, settings.c_role)
    threshold, keep = _threshold(coder, data, roots, settings, event, source, target) \
        if len(data) >= INNER_FOLDS else (0.5, False)
    details = {"articles": len(data), "events": sum(len(g) for d in data for g in d.gold),
               "event_examples": len(X), "settings": {"c_event": settings.c_event, "c_role": settings.c_role,
                                                      "min_root_events": settings.min_root_events}}
    return DecisionModel(coder.lang, roots, threshold, LinearModel(event), LinearModel(source), LinearModel(target),
                         {**details, **(info or {})}, keep)


def train(coder: Coder, rows: list[dict[str, Any]], settings: Settings = Settings(),
          files: list[str] | None = None) -> DecisionModel:
    """A decision model fitted on gold articles of the coder's language (`eventwire train`)."""
    import hashlib
    import json

    import sklearn

    rows = [r for r in rows if (r.get("lang") or coder.lang) == coder.lang]
    if not rows:
        raise ValueError(f"no {coder.lang} gold articles to train on")
    data = prepare(coder, rows)
    model = fit(coder, data, settings, {"gold": files or [], "scikit_learn": sklearn.__version__})
    digest = hashlib.sha1(json.dumps(model.to_dict(), sort_keys=True).encode()).hexdigest()[:8]
    model.info = {"version": f"{coder.lang}-{digest}", "trained": date.today().isoformat(), **model.info}
    return model
