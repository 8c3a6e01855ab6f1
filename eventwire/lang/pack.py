"""Loading and validating a language pack from its plain-text files."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from eventwire.lang.patterns import PatternWord, parse_pattern
from eventwire.ontology import ontology
from eventwire.text.casing import lower_en, lower_tr

PACKS_DIR = Path(__file__).parent
SECTORS_NONE = {"-", ""}
COUNTRY_KINDS = {"name", "demonym", "capital"}
ROLE_KINDS = {"office", "body", "collective", "uncoded", "agent"}
DATE_KINDS = {"month", "weekday", "relative", "relweek", "relmonth", "relyear", "yearword"}
MODALITY_KINDS = {"negation", "intent", "unreal"}
VERB_FLAGS = {"intent", "notarget", "complement", "person", "passive", "noinfinitive", "mutual", "reverse", "domestic",
              "direct"}
NUMBER_SETTINGS = ("phrase_gap", "modality_window")  # config.txt settings that are counts of words
CASINGS = {"tr": lower_tr, "en": lower_en}  # config.txt `casing`: Turkish dotted/dotless i, or plain
_ACTOR_CODE = re.compile(r"^(?:[A-Z]{3}|(?:IGO|NSA|NGO):[A-Z0-9]+)$")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


# the regular expressions every pack's morphology.txt defines (eventwire.coding.morphology uses them)
NO_ACT = "-"  # the code of a phrase that only looks like an act ("tehdit altında": under threat)
MORPHOLOGY_PATTERNS = ("verb", "noun", "demonym", "negation", "future", "passive", "complement", "circumstantial",
                       "participle", "plural_noun", "compound_marker", "infinitive", "finite", "possessed_object", "subject_participle", "possessed_case",
                       "verbal_noun", "verbal_object", "first_person", "supposed",
                       "verbal_subject", "plural_agreement", "charge", "relative_verb", "promise", "condition", "norm",
                       "passive_complement", "base_form")


@dataclass(frozen=True, slots=True)
class DictionaryProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class DictionaryError(ValueError):
    def __init__(self, problems: list[DictionaryProblem]):
        self.problems = problems
        super().__init__("malformed dictionary lines:\n" + "\n".join(map(str, problems)))


@dataclass(frozen=True, slots=True)
class VerbEntry:
    cameo: str
    words: tuple[PatternWord, ...]
    intent: bool
    notarget: bool
    complement: bool
    person_target: bool
    passive: bool
    agent_sector: str | None
    source_line: str  # "verbs.txt:12", for auditing which entry fired
    no_infinitive: bool = False  # not after an infinitive ("yapmak istiyor": a wish, not an appeal)
    mutual: bool = False  # two parties do it together ("exchanged fire"): a coordinated subject is the dyad
    reverse: bool = False  # the subject receives: the other party acts ("received aid from X": X gives)
    domestic: bool = False  # with no target named, the act falls on the doer's own country (a curfew)
    armed: str | None = None  # the code when armed men do it or civilians suffer it ("sivilleri hedef aldı": 180)
    direct: bool = False  # only a party that is the verb's direct object is acted on ("recognized Kosovo", not
    # "recognized the results")

    @property
    def broad(self) -> bool:
        """From a broad lexicon (verbs_<name>.txt: converted or written code by code), which proposes
        candidates to the decision step; the rule coder reads only verbs.txt."""
        return "/verbs_" in self.source_line


@dataclass(frozen=True, slots=True)
class PersonTenure:
    name: str
    code: str
    sector: str
    role: str
    start: str | None
    end: str | None
    aliases: tuple[str, ...]
    generated: bool = False  # from a generated file (persons_phoenix.txt): matched only by the names it lists

    def covers(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        iso = day.isoformat()
        return (self.start is None or self.start <= iso) and (self.end is None or iso < self.end)


@dataclass(slots=True)
class LanguagePack:
    code: str
    version: str
    lower: object
    countries: list[tuple[str, str, str]] = field(default_factory=list)  # (iso3, kind, form)
    organisations: list[tuple[str, str, str]] = field(default_factory=list)  # (code, sector, form)
    roles: list[tuple[str, str, str]] = field(default_factory=list)  # (sector, kind, form)
    persons: list[PersonTenure] = field(default_factory=list)
    verbs: list[VerbEntry] = field(default_factory=list)
    speech: list[tuple[PatternWord, ...]] = field(default_factory=list)
    dates: list[tuple[str, int, str]] = field(default_factory=list)  # (kind, value, form)
    modality: list[tuple[str, str]] = field(default_factory=list)
    morphology: dict[str, re.Pattern[str]] = field(default_factory=dict)
    case_endings: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    softening: dict[str, str] = field(default_factory=dict)  # final consonant -> its form before a vowel
    vowels: frozenset[str] = frozenset()
    narrowing: tuple[str, str, str] | None = None  # (stem-final vowels, narrow vowels, suffix that narrows)
    abbreviations: frozenset[str] = frozenset()
    config: dict[str, str] = field(default_factory=dict)
    places: list[tuple[str, str, str]] = field(default_factory=list)  # (form, gazetteer name, iso2)
    first_names: frozenset[str] = frozenset()  # lower-case given names (first_names.txt, optional)

    @property
    def home_country(self) -> str | None:
        return self.config.get("home_country") or None

    def config_words(self, key: str) -> frozenset[str]:
        """A comma-separated config.txt value as a set of words ("-" or nothing: none)."""
        return frozenset(w.strip() for w in self.config.get(key, "").split(",") if w.strip() not in ("", "-"))


def available() -> list[str]:
    return sorted(p.name for p in PACKS_DIR.iterdir() if (p / "VERSION").is_file())


def load(code: str) -> LanguagePack:
    """Parse the pack `code`; raise DictionaryError listing every malformed line."""
    pack, problems = _parse(code)
    if problems:
        raise DictionaryError(problems)
    return pack


def check(code: str | None = None) -> list[DictionaryProblem]:
    """Validate one pack (or all); return the problems found, empty when clean."""
    problems: list[DictionaryProblem] = []
    for each in [code] if code else available():
        problems.extend(_parse.__wrapped__(each)[1])
    return problems


def generated_files(folder: Path, name: str) -> list[str]:
    """Generated companions of a hand-written file ("persons_phoenix.txt" of "persons.txt"), in name order."""
    stem = name.removesuffix(".txt")
    return sorted(p.name for p in folder.glob(f"{stem}_*.txt"))


def _rows(folder: Path, name: str, problems: list[DictionaryProblem], min_cols: int, max_cols: int):
    """Yield (line number, columns) of a tab-separated file, skipping comments."""
    path = folder / name
    if not path.is_file():
        problems.append(DictionaryProblem(f"{folder.name}/{name}", 0, "file is missing"))
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.rstrip("\n").split("\t")]
        while len(cols) > min_cols and cols[-1] == "":
            cols.pop()
        if not (min_cols <= len(cols) <= max_cols) or any(c == "" for c in cols[:min_cols]):
            want = f"{min_cols}" if min_cols == max_cols else f"{min_cols} to {max_cols}"
            problems.append(
                DictionaryProblem(f"{folder.name}/{name}", number, f"expected {want} tab-separated columns, got {len(cols)}: {line!r}")
            )
            continue
        yield number, cols


@cache
def _parse(code: str) -> tuple[LanguagePack, list[DictionaryProblem]]:
    folder = PACKS_DIR / code
    if not (folder / "VERSION").is_file():
        raise ValueError(f"no language pack {code!r}; available: {', '.join(available())}")
    return parse_folder(folder)


def parse_folder(folder: Path) -> tuple[LanguagePack, list[DictionaryProblem]]:
    """Parse a pack folder (its name is the language code); collect every problem."""
    code = folder.name
    problems: list[DictionaryProblem] = []
    onto = ontology()
    config = {k: v for _, (k, v) in _rows(folder, "config.txt", problems, 2, 2)}
    casing = config.get("casing", "tr")
    if casing not in CASINGS:
        problems.append(DictionaryProblem(f"{code}/config.txt", 0, f"unknown casing {casing!r} ({', '.join(CASINGS)})"))
    for key in NUMBER_SETTINGS:
        if key in config and not config[key].isdigit():
            problems.append(DictionaryProblem(f"{code}/config.txt", 0, f"{key} must be a whole number, got {config[key]!r}"))
            del config[key]
    lower = CASINGS.get(casing, lower_en)
    pack = LanguagePack(code=code, version=_pack_version(folder), lower=lower, config=config)

    def bad(name: str, number: int, message: str) -> None:
        problems.append(DictionaryProblem(f"{code}/{name}", number, message))

    def check_sector(name: str, number: int, sector: str) -> str:
        if sector in SECTORS_NONE:
            return ""
        if sector not in onto.sectors:
            bad(name, number, f"unknown sector {sector!r}")
        return sector

    for n, (iso3, kind, form) in _rows(folder, "countries.txt", problems, 3, 3):
        if kind not in COUNTRY_KINDS:
            bad("countries.txt", n, f"unknown kind {kind!r} (expected one of {sorted(COUNTRY_KINDS)})")
        elif not re.fullmatch(r"[A-Z]{3}", iso3):
            bad("countries.txt", n, f"country code {iso3!r} is not ISO 3166-1 alpha-3")
        else:
            pack.countries.append((iso3, kind, form))
    org_forms: set[str] = set()
    for file in ["organisations.txt", *generated_files(folder, "organisations.txt")]:
        generated = file != "organisations.txt"
        for n, (actor, sector, form) in _rows(folder, file, problems, 3, 3):
            if not _ACTOR_CODE.match(actor):
                bad(file, n, f"actor code {actor!r} is neither ISO3 nor IGO:/NSA:/NGO:<NAME>")
                continue
            if generated and lower(form) in org_forms:
                continue  # the hand-written line wins
            org_forms.add(lower(form))
            pack.organisations.append((actor, check_sector(file, n, sector), form))
    role_lines: dict[str, tuple[str, int]] = {}
    for file in ["roles.txt", *generated_files(folder, "roles.txt")]:
        for n, (sector, kind, form) in _rows(folder, file, problems, 3, 3):
            if lower(form) in role_lines:
                if file == "roles.txt":
                    bad(file, n, f"{form!r} is already on line {role_lines[lower(form)][1]}")
                continue  # (a generated form that the hand-written file has: that line wins)
            role_lines[lower(form)] = (file, n)
            if kind not in ROLE_KINDS:
                bad(file, n, f"unknown kind {kind!r} (expected one of {sorted(ROLE_KINDS)})")
                continue
            pack.roles.append((check_sector(file, n, sector), kind, form))
    tenures_seen: dict[tuple[str, str], tuple[str, int]] = {}
    for file in ["persons.txt", *generated_files(folder, "persons.txt")]:
        generated = file != "persons.txt"
        for n, cols in _rows(folder, file, problems, 6, 7):
            name, actor, sector, role, start, end = cols[:6]
            if (name, start) in tenures_seen:
                if tenures_seen[name, start][0] == file:
                    bad(file, n, f"{name} from {start} is already on line {tenures_seen[name, start][1]}")
                continue  # (a generated tenure the hand-written file gives: that line wins)
            tenures_seen[name, start] = (file, n)
            aliases = tuple(a.strip() for a in cols[6].split(",") if a.strip()) if len(cols) > 6 else ()
            bounds = [None if v == "-" else v for v in (start, end)]
            if not _ACTOR_CODE.match(actor):
                bad(file, n, f"actor code {actor!r} is neither ISO3 nor IGO:/NSA:/NGO:<NAME>")
            elif any(v is not None and not _ISO_DATE.match(v) for v in bounds):
                bad(file, n, f"dates must be YYYY[-MM[-DD]] or -, got {start!r} and {end!r}")
            else:
                sector = check_sector(file, n, sector)
                pack.persons.append(PersonTenure(name, actor, sector, role, bounds[0], bounds[1], aliases, generated))
    phrase_lines: dict[tuple[PatternWord, ...], tuple[str, int]] = {}  # a phrase listed twice: one line could fire
    for file, n, cols in ((f, n, cols) for f in ["verbs.txt", *generated_files(folder, "verbs.txt")]
                          for n, cols in _rows(folder, f, problems, 2, 3)):
        cameo, pattern = cols[0], cols[1]
        flags = [f.strip() for f in cols[2].split(",")] if len(cols) > 2 and cols[2] else []
        if cameo not in onto.events and cameo != NO_ACT:
            bad(file, n, f"unknown CAMEO code {cameo!r}")
            continue
        try:
            words = parse_pattern(pattern, lower)
        except ValueError as exc:
            bad(file, n, str(exc))
            continue
        if words in phrase_lines:
            if phrase_lines[words][0] == file:
                bad(file, n, f"{pattern!r} is already on line {phrase_lines[words][1]}")
            continue  # (a generated phrase the hand-written file gives: that line wins)
        phrase_lines[words] = (file, n)
        agent = armed = None
        for flag in flags:
            if flag.startswith("agent="):
                agent = check_sector(file, n, flag[6:])
            elif flag.startswith("armed="):
                armed = flag[6:]
                if armed not in onto.events:
                    bad(file, n, f"unknown CAMEO code {armed!r} in {flag!r}")
            elif flag not in VERB_FLAGS:
                bad(file, n, f"unknown flag {flag!r}")
        pack.verbs.append(
            VerbEntry(cameo, words, "intent" in flags, "notarget" in flags, "complement" in flags,
                      "person" in flags, "passive" in flags, agent, f"{code}/{file}:{n}",
                      no_infinitive="noinfinitive" in flags, mutual="mutual" in flags,
                      reverse="reverse" in flags, domestic="domestic" in flags, armed=armed,
                      direct="direct" in flags)
        )
    for n, (pattern,) in _rows(folder, "speech.txt", problems, 1, 1):
        try:
            pack.speech.append(parse_pattern(pattern, lower))
        except ValueError as exc:
            bad("speech.txt", n, str(exc))
    for n, (kind, value, form) in _rows(folder, "dates.txt", problems, 3, 3):
        if kind not in DATE_KINDS:
            bad("dates.txt", n, f"unknown kind {kind!r}")
        elif not re.fullmatch(r"-?\d+", value):
            bad("dates.txt", n, f"value {value!r} is not a whole number")
        else:
            pack.dates.append((kind, int(value), lower(form)))
    for n, (kind, form) in _rows(folder, "modality.txt", problems, 2, 2):
        if kind not in MODALITY_KINDS:
            bad("modality.txt", n, f"unknown kind {kind!r}")
        else:
            pack.modality.append((kind, lower(form)))
    for n, cols in _rows(folder, "morphology.txt", problems, 2, 3):
        if cols[0] == "case":
            if len(cols) != 3:
                bad("morphology.txt", n, "a case line needs: case, name, endings")
            else:
                pack.case_endings.append((cols[1], tuple(cols[2].split())))
            continue
        if cols[0] == "softening":
            pairs = [pair.split(">") for pair in cols[1].split() if pair != "-"]
            if any(len(pair) != 2 or not all(pair) for pair in pairs):
                bad("morphology.txt", n, "softening pairs are written hard>soft, e.g. k>ğ")
            else:
                pack.softening = dict(pairs)
            continue
        if cols[0] == "vowels":
            pack.vowels = frozenset(cols[1].replace("-", ""))
            continue
        if cols[0] == "narrowing":
            parts = cols[1].split()
            if parts == ["-"]:
                continue
            if len(parts) != 3:
                bad("morphology.txt", n, "narrowing needs: stem-final vowels, narrow vowels, the suffix, e.g. 'ae ıiuü yor'")
            else:
                pack.narrowing = (parts[0], parts[1], parts[2])
            continue
        try:
            pack.morphology[cols[0]] = re.compile(cols[1])
        except re.error as exc:
            bad("morphology.txt", n, f"bad regular expression: {exc}")
    for name in MORPHOLOGY_PATTERNS:
        if name not in pack.morphology and (folder / "morphology.txt").is_file():
            bad("morphology.txt", 0, f"no '{name}' pattern (every pack names all of: {', '.join(MORPHOLOGY_PATTERNS)})")
    pack.abbreviations = frozenset(cols[0].lower() for _, cols in _rows(folder, "abbreviations.txt", problems, 1, 1))
    if (folder / "first_names.txt").is_file():
        pack.first_names = frozenset(pack.lower(cols[0]) for _, cols in _rows(folder, "first_names.txt", problems, 1, 1))
    for n, (form, name, iso2) in _rows(folder, "places.txt", problems, 3, 3):
        if name == "-" and iso2 == "-":  # a region or a word the gazetteer takes for a town: no place
            pack.places.append((form, name, iso2))
        elif not re.fullmatch(r"[A-Z]{2}", iso2):
            bad("places.txt", n, f"country {iso2!r} is not ISO 3166-1 alpha-2 (or '-' with name '-')")
        else:
            pack.places.append((form, name, iso2))
    for file, n, message in _hidden_passives(pack):
        bad(file, n, message)
    return pack, problems


def _hidden_passives(pack: LanguagePack) -> list[tuple[str, int, str]]:
    """Single-word lines that are a participle of a stem+V line with the same code ("killed" beside
    "kill+V"): the longer line wins the match and leaves no suffix, so "were killed" is not read as passive."""
    verb, passive = pack.morphology.get("verb"), pack.morphology.get("passive")
    if verb is None or passive is None:
        return []
    stems = [(e.words[0].text, e) for e in pack.verbs if len(e.words) == 1 and e.words[0].kind == "verb"]
    found = []
    for entry in pack.verbs:
        if len(entry.words) != 1 or entry.words[0].kind == "verb":
            continue
        form = entry.words[0].text
        for stem, other in stems:
            rest = form[len(stem):]
            file, number = entry.source_line.split("/", 1)[1].rsplit(":", 1)
            if form.startswith(stem) and other.cameo == entry.cameo and verb.match(rest) and passive.match(rest) \
                    and other.source_line.rsplit(":", 1)[0] == entry.source_line.rsplit(":", 1)[0]:
                line = other.source_line.rsplit(":", 1)[1]
                found.append((file, int(number),
                              f"{form!r} is a form of {stem}+V on line {line}; listed apart it hides the passive"))
    return found


def _pack_version(folder: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(folder.glob("*.txt")):
        digest.update(path.name.encode() + path.read_bytes())
    declared = (folder / "VERSION").read_text().strip()
    return f"{folder.name}-{declared}+{digest.hexdigest()[:8]}"
