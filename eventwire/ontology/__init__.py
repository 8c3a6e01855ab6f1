"""CAMEO and PLOVER reference tables shipped as versioned package data."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
# ANNOTATION.md: where the CAMEO->PLOVER column is empty, the root decides.
_ROOT_PLOVER_FALLBACK = {"02": "REQUEST", "03": "AGREE"}
# acts that two parties do together: "A and B met" is A meets B (consult, sign an agreement, cooperate);
# a mediator (045) acts on both parties, who do not mediate together
MUTUAL_PREFIXES = ("04", "057", "06")
NOT_MUTUAL_PREFIXES = ("045",)


def is_mutual(code: str) -> bool:
    return code.startswith(MUTUAL_PREFIXES) and not code.startswith(NOT_MUTUAL_PREFIXES)


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    label: str
    goldstein: float | None
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@dataclass(frozen=True, slots=True)
class Ontology:
    version: str
    events: dict[str, CameoCode]
    sectors: frozenset[str]
    countries: frozenset[str]
    intent_codes: dict[str, str]

    def get(self, code: str) -> CameoCode:
        try:
            return self.events[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def plover(self, code: str) -> tuple[str | None, str | None]:
        """PLOVER (type, mode) for a CAMEO code, walking up to parents where empty."""
        probe = code
        while probe:
            entry = self.events.get(probe)
            if entry and entry.plover_type:
                return entry.plover_type, (entry.plover_mode if probe == code else None)
            probe = probe[:-1] if len(probe) > 3 else (probe[:2] if len(probe) == 3 else "")
        return _ROOT_PLOVER_FALLBACK.get(code[:2]), None

    def goldstein(self, code: str) -> float | None:
        probe = code
        while probe:
            entry = self.events.get(probe)
            if entry and entry.goldstein is not None:
                return entry.goldstein
            probe = probe[:-1] if len(probe) > 2 else ""
        return None

    def intent_code(self, code: str) -> str:
        """The CAMEO code for a promised or planned `code` (root 03/13 where CAMEO has one): the most
        specific one listed for the code or a code above it ("045" mediate -> "039", "04" -> "036")."""
        for length in range(len(code), 1, -1):
            if code[:length] in self.intent_codes:
                return self.intent_codes[code[:length]]
        return code


def _tsv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


@cache
def ontology() -> Ontology:
    events: dict[str, CameoCode] = {}
    for row in _tsv("cameo_events.tsv"):
        events[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            label=row["label"],
            goldstein=float(row["goldstein"]) if row["goldstein"] else None,
            quad_class=int(row["quad_class"]),
            plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    sectors = frozenset(row["code"] for row in _tsv("cameo_actor_types.tsv"))
    countries = frozenset(row["code"] for row in _tsv("cameo_countries.tsv"))
    intent = {row["code"]: row["intent_code"] for row in _tsv("intent.tsv")}
    version = (DATA / "VERSION").read_text().strip()
    return Ontology(version, events, sectors, countries, intent)
