"""The learned decisions as plain data: linear weights over named features, read from JSON.

A model file (`lang/<code>/decisions.json`) holds three logistic models trained by
`eventwire train`: `event` (does a sentence tell an act of a CAMEO root?), `source` and
`target` (which party fills each role). Features named `<root>|<name>` belong to one root;
scoring sums the weights of the features present, so no learning library is needed to code.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

FORMAT = 1  # the layout of a decisions file; bumped when it changes


class ModelError(ValueError):
    """A decisions file that cannot be used, with the file named."""


@dataclass(slots=True)
class LinearModel:
    weights: dict[str, float]
    by_root: dict[str, dict[str, float]] = field(default_factory=dict)  # root -> name -> weight of "root|name"
    rows: dict[str, int] = field(default_factory=dict)  # name -> row of `matrix`
    roots: dict[str, int] = field(default_factory=dict)  # root -> column of `matrix`
    matrix: Any = None  # weights of "root|name" as a names x roots array, to score every root at once

    def __post_init__(self) -> None:
        import numpy

        for key, weight in self.weights.items():
            root, bar, name = key.partition("|")
            if bar and len(root) == 2 and root.isdigit():
                self.by_root.setdefault(root, {})[name] = weight
        self.roots = {root: j for j, root in enumerate(sorted(self.by_root))}
        self.rows = {name: i for i, name in enumerate(sorted({n for names in self.by_root.values() for n in names}))}
        self.matrix = numpy.zeros((len(self.rows) + 1, max(1, len(self.roots))))  # (a last row of zeros)
        for root, names in self.by_root.items():
            for name, weight in names.items():
                self.matrix[self.rows[name], self.roots[root]] = weight

    def score(self, features: dict[str, float]) -> float:
        weights = self.weights
        return sum(weights.get(name, 0.0) * value for name, value in features.items())

    def shared_scores(self, shared: dict[str, float]) -> dict[str, float]:
        """Per root, the sum of the weights of the sentence's shared features (all valued 1) for that root."""
        rows = [i for i in map(self.rows.get, shared) if i is not None]
        totals = self.matrix[rows].sum(axis=0) if rows else self.matrix[-1]
        return {root: float(totals[j]) for root, j in self.roots.items()}


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -50 else 0.0


@dataclass(slots=True)
class DecisionModel:
    lang: str
    roots: tuple[str, ...]  # roots with a weight of their own; others are scored by shared features only
    threshold: float  # probability above which a candidate becomes an event
    event: LinearModel
    source: LinearModel
    target: LinearModel
    info: dict[str, Any] = field(default_factory=dict)  # how it was trained: files, counts, settings
    keep_international: bool = False  # the rules' acts between two states stand whatever they score

    def to_dict(self) -> dict[str, Any]:
        def weights(model: LinearModel) -> dict[str, float]:
            return {k: round(v, 5) for k, v in sorted(model.weights.items()) if abs(v) >= 1e-5}

        return {"format": FORMAT, "lang": self.lang, "roots": list(self.roots), "threshold": round(self.threshold, 4),
                "keep_international": self.keep_international, "info": self.info, "event": weights(self.event), "source": weights(self.source),
                "target": weights(self.target)}

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "decisions") -> DecisionModel:
        if data.get("format") != FORMAT:
            raise ModelError(f"{where}: format {data.get('format')!r}, expected {FORMAT}; retrain with `eventwire train`")
        try:
            return cls(data["lang"], tuple(data["roots"]), float(data["threshold"]),
                       LinearModel(dict(data["event"])), LinearModel(dict(data["source"])),
                       LinearModel(dict(data["target"])), dict(data.get("info", {})),
                       bool(data.get("keep_international", False)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"{where}: malformed decisions file ({exc})") from None

    @classmethod
    def load(cls, path: str | Path) -> DecisionModel:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ModelError(f"{path}: cannot read decisions ({exc})") from None
        return cls.from_dict(data, str(path))


def packaged_path(lang: str) -> Path:
    return Path(str(resources.files("eventwire") / "lang" / lang / "decisions.json"))


def packaged(lang: str) -> DecisionModel | None:
    """The model shipped for a language, or None where none has been trained."""
    path = packaged_path(lang)
    return DecisionModel.load(path) if path.exists() else None
