"""Convert the Phoenix actor and agent dictionaries (PETRARCH2) into eventwire pack files.

    python scripts/convert_phoenix_actors.py [--reference ../shared/reference/petrarch2]

writes, for both language packs, `persons_phoenix.txt` (people with their dated roles and the
spellings Phoenix lists) and `organisations_phoenix.txt` (international organisations and armed
groups of no state), and for English `roles_phoenix.txt` (generic agent nouns with their sector).
The Turkish files carry the same people with Turkish spellings added where the Turkish press
writes a name differently (Sergei -> Sergey, Jafari -> Cafari); the pack matches names with and
without diacritics, so "Davutoglu" in the dictionary finds "Davutoğlu" in the text.

The Phoenix files are MIT-licensed (see the LICENSE beside them); each generated file says so in
its header. Run again after changing this script: the output is sorted and reproducible.
"""
from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKS = ROOT / "eventwire" / "lang"
ONTOLOGY = ROOT / "eventwire" / "ontology" / "data"
SOURCE = "openeventdata/petrarch2 petrarch2/data/dictionaries (MIT licence, Open Event Data Alliance)"

# CAMEO organisation elements (after IGO) as eventwire writes the organisation (IGO:<acronym>)
IGO_ACRONYMS = {
    "UNO": "UN", "EEC": "EU", "NAT": "NATO", "ARL": "AL", "AFU": "AU", "OAU": "OAU", "ASN": "ASEAN",
    "OIC": "OIC", "OPC": "OPEC", "GCC": "GCC", "WTO": "WTO", "IMF": "IMF", "WBK": "WB", "IAE": "IAEA",
    "ICJ": "ICJ", "ICC": "ICC", "HCR": "UNHCR", "KID": "UNICEF", "WHO": "WHO", "WFP": "WFP", "FAO": "FAO",
    "COE": "COE", "SCE": "OSCE", "CIS": "CIS", "WAS": "ECOWAS", "OAS": "OAS", "GOS": "G7", "GOE": "G8",
    "CWN": "CWN", "ITP": "INTERPOL", "ILO": "ILO", "HCH": "OHCHR", "EAC": "EAC", "SAD": "SADC",
    "IAD": "IGAD", "EBR": "EBRD", "ADB": "ADB", "IDB": "IDB", "PRC": "PARISCLUB",
}
ARMED_GROUPS = {"ALQ": "ALQAEDA", "JMA": "JEMAAHISLAMIYAH", "ASF": "ABUSAYYAF"}  # CAMEO group elements of IMG codes
SECTOR_ALIASES = {"INS": "REB", "SEP": "REB"}  # CAMEO's later split of REB, folded back as our packs do
TITLE_WORDS = frozenset("""PRESIDENT PRIME MINISTER SECRETARY GENERAL KING QUEEN PRINCE SHEIKH SHEIK EMIR SULTAN
CHANCELLOR AMBASSADOR SENATOR GOVERNOR MAYOR CHAIRMAN LEADER COLONEL GEN GEN. GENERAL LT MAJOR CAPTAIN ADMIRAL
DR DR. MR MR. MRS MRS. MS MS. FOREIGN DEFENSE DEFENCE INTERIOR FINANCE VICE DEPUTY PM FM UN U.N. THE
SECY SEC. REP. SEN. GOV.""".split())
MIN_ALIAS_LETTERS = 4  # an organisation's name shorter than this is matched only when written in capitals
# countries whose names the Turkish press spells from the original (Arabic, Persian, Russian ...)
# rather than from their English romanisation
TURKISH_RESPELL = frozenset("""AFG ARE BHR DZA EGY IRN IRQ JOR KWT LBN LBY MAR OMN PAK PSE QAT SAU SDN SOM SYR TUN YEM
RUS UKR BLR KAZ KGZ TJK TKM UZB AZE ARM GEO MDA""".split())
# English romanisation -> Turkish spelling, applied in order to a lower-cased name
RESPELLINGS = (("kh", "h"), ("sh", "ş"), ("ch", "ç"), ("zh", "j"), ("dj", "c"), ("j", "c"), ("ou", "u"),
               ("ee", "i"), ("oo", "u"), ("q", "k"), ("w", "v"), ("x", "ks"), ("ei", "ey"), ("yy", "y"),
               ("aa", "a"), ("th", "s"), ("dh", "z"))


@dataclass
class Role:
    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class PhoenixActor:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


_ROLE = re.compile(r"\[([^\]]*)\]")


def parse_actors(text: str) -> list[PhoenixActor]:
    """Entries of a TABARI/Phoenix .actors file: a name line, '+' alias lines, '[CODE DATES]' role lines
    (also on the name line)."""
    actors: list[PhoenixActor] = []
    current: PhoenixActor | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is not None:
                alias = _ROLE.sub("", stripped[1:]).strip()
                if alias:
                    current.aliases.append(alias)
                current.roles.extend(_roles(stripped))
        elif stripped.startswith("["):
            if current is not None:
                current.roles.extend(_roles(stripped))
        elif not raw[0].isspace():
            name = _ROLE.sub("", stripped).strip()
            current = PhoenixActor(name) if name else None
            if current is not None:
                current.roles.extend(_roles(stripped))
                actors.append(current)
    return actors


def _roles(line: str) -> list[Role]:
    out = []
    for body in _ROLE.findall(line):
        parts = body.split()
        if not parts or parts[0].startswith(("~", "---")):
            continue
        start = end = None
        for bound in parts[1:]:
            if bound.startswith(">"):
                start = _date(bound[1:])
            elif bound.startswith("<"):
                end = _date(bound[1:])
            elif "-" in bound:
                a, _, b = bound.partition("-")
                start, end = _date(a), _date(b)
        out.append(Role(parts[0], start, end))
    return out


def _date(value: str) -> str | None:
    """YYMMDD (years before 30 are 20YY) or YYYYMMDD as an ISO date; anything else is unknown."""
    if re.fullmatch(r"\d{8}", value):
        y, m, d = value[:4], value[4:6], value[6:]
    elif re.fullmatch(r"\d{6}", value):
        y = ("20" if int(value[:2]) < 30 else "19") + value[:2]
        m, d = value[2:4], value[4:]
    else:
        return None
    if not ("01" <= m <= "12"):
        return None
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def pretty(name: str) -> str:
    """RECEP_TAYYIP_ERDOGAN_ -> Recep Tayyip Erdogan; AL-ASSAD -> al-Assad; MCCAIN -> McCain."""
    words = [w for w in name.replace("_", " ").split() if w]

    def word(w: str) -> str:
        if "-" in w:
            head, _, tail = w.partition("-")
            if head.lower() in ("al", "el", "bin", "ibn", "abu", "abd"):
                return head.lower() + "-" + word(tail)
            return "-".join(word(p) for p in w.split("-"))
        if w.lower() in ("al", "bin", "ibn", "de", "van", "von", "der", "da", "di", "la", "le", "du", "of", "the",
                         "and", "for"):
            return w.lower()
        if "." in w and len(w) <= 3:
            return w.upper()
        low = w.lower()
        out = low[:1].upper() + low[1:]
        if low.startswith("mc") and len(low) > 2:
            out = "Mc" + low[2].upper() + low[3:]
        if "'" in out:
            i = out.index("'") + 1
            out = out[:i] + out[i:i + 1].upper() + out[i + 1:] if i < len(out) and i <= 2 else out
        return out

    out = " ".join(word(w) for w in words)
    return out[:1].upper() + out[1:]


def usable_alias(alias: str) -> bool:
    """A spelling of the name itself: not one with an office in it ("PRIME_MINISTER_RECEP_ERDOGAN"), which the
    packs' offices already compose, nor a single word."""
    words = alias.replace("_", " ").split()
    if not words or any(w.upper() in TITLE_WORDS or "-" in w and w.split("-")[0].upper() in TITLE_WORDS for w in words):
        return False
    return len(words) > 1  # a single word ("KHAN") names many people: the article's memory resolves it after the full name


class CodeMap:
    """CAMEO actor codes (TURGOV, IGOUNOREFHCR) -> (eventwire actor code, sector)."""

    def __init__(self, ontology: Path = ONTOLOGY):
        with open(ontology / "cameo_countries.tsv", encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        self.countries = {r["code"]: r["iso3"] for r in rows if r["kind"] in ("country", "country_exception") and r["iso3"]}
        self.igo_names = {r["org_element"]: r["name"] for r in rows if r["kind"] == "igo" and r["org_element"]}
        with open(ontology / "cameo_actor_types.tsv", encoding="utf-8") as f:
            self.sectors = {r["code"] for r in csv.DictReader(f, delimiter="\t")
                            if r["level"] in ("primary", "secondary", "party", "religion")}

    def actor(self, code: str) -> tuple[str, str] | None:
        head, rest = code[:3], code[3:]
        if head in self.countries:
            return self.countries[head], self._sector(rest)
        if head == "IGO" and len(rest) >= 3:
            pieces = [rest[i : i + 3] for i in range(0, len(rest), 3)]
            org = next((p for p in reversed(pieces) if p in IGO_ACRONYMS), None)
            org = org or next((p for p in pieces if p in self.igo_names), pieces[0])
            acronym = IGO_ACRONYMS.get(org) or _acronym(self.igo_names.get(org, "")) or org
            return f"IGO:{acronym}", self._sector("".join(p for p in pieces if p not in (org,)))
        return None

    def _sector(self, rest: str) -> str:
        for i in range(0, len(rest) - 2, 3):
            piece = SECTOR_ALIASES.get(rest[i : i + 3], rest[i : i + 3])
            if piece in self.sectors:
                return piece
        return "-"


def _acronym(name: str) -> str | None:
    found = re.search(r"\(([A-Z][A-Z0-9-]{1,9})\)", name)
    return found.group(1).replace("-", "") if found else None


def person_lines(actors: list[PhoenixActor], codes: CodeMap, respell: bool) -> list[str]:
    lines: dict[tuple[str, str | None], str] = {}
    for actor in actors:
        name = pretty(actor.name)
        if len(name.split()) < 2:
            continue  # a body or a bare surname, not a person's full name
        tenures = [(codes.actor(r.code), r) for r in actor.roles]
        tenures = [(a, r) for a, r in tenures if a is not None]
        dated = [(a, r) for a, r in tenures if r.start or r.end]
        tenures = dated or tenures  # an undated role ([TURELI]) is the default where no dated one applies
        if not tenures:
            continue
        # (a two-word alias must end in the surname: "Abdel Fattah" of Abdel Fattah al-Sisi names others too)
        aliases = sorted({pretty(a) for a in actor.aliases if usable_alias(a)
                          and (len(a.split("_")) > 2 or pretty(a).split()[-1] == name.split()[-1])} - {name})
        if respell and any(a[0] in TURKISH_RESPELL for a, _ in tenures):
            aliases = sorted(set(aliases) | {turkish_spelling(n) for n in (name, *aliases)} - {name})
        for (code, sector), role in tenures:
            key = (name, role.start)
            if key in lines:
                continue
            office = "Phoenix " + role.code
            lines[key] = "\t".join([name, code, sector, office, role.start or "-", role.end or "-", ", ".join(aliases)])
    return [lines[k] for k in sorted(lines, key=lambda k: (k[0], k[1] or ""))]


def turkish_spelling(name: str) -> str:
    """A name as the Turkish press spells it from the original, approximated from its English romanisation."""
    out = []
    for word in name.split():
        low = word.lower()
        for a, b in RESPELLINGS:
            low = low.replace(a, b)
        out.append(low[:1].upper() + low[1:] if word[:1].isupper() else low)
    return " ".join(out)


ORG_WORDS = frozenset("""ORGANIZATION ORGANISATION UNION COUNCIL COMMISSION BANK FUND AGENCY PROGRAM PROGRAMME COURT
OFFICE ASSOCIATION COMMITTEE NATIONS LEAGUE FORUM ALLIANCE PARLIAMENT INSTITUTE GROUP MOVEMENT PARTY FRONT ARMY
BRIGADE BRIGADES FORCES FORCE CENTER CENTRE FEDERATION SECRETARIAT TRIBUNAL CONFERENCE COMMUNITY AUTHORITY SOCIETY
FOUNDATION INITIATIVE PARTNERSHIP NETWORK WATCH INTERNATIONAL MISSION CROSS CRESCENT BOARD ASSEMBLY CORPS COALITION
ORGANIZATIONS JIHAD MILITIA MILITIAS TALIBAN TALEBAN QAEDA QAIDA HAMAS HEZBOLLAH HIZBULLAH SHABAAB""".split())


def is_organisation(actor: PhoenixActor) -> bool:
    """An organisation's entry, not a person's: a word of an organisation's name, or an acronym, and no dated
    role (the International file lists officials too: "KOFI_ANNAN_ [IGOUNO 970101-061231]")."""
    words = actor.name.replace("-", "_").strip("_").split("_")
    acronym = len(words) == 1 and words[0].replace(".", "").isalpha() and len(words[0].replace(".", "")) <= 7
    dated = any(r.start or r.end for r in actor.roles)
    return not dated and (acronym or any(w.upper() in ORG_WORDS for w in words))


def organisation_lines(actors: list[PhoenixActor], codes: CodeMap, non_state: bool) -> list[str]:
    lines = set()
    for actor in actors:
        if not is_organisation(actor):
            continue
        name = _org_name(actor.name)
        for role in actor.roles[:1]:
            if non_state:
                mapped = _non_state(role.code, name, codes)
            else:
                mapped = codes.actor(role.code)
            if mapped is None:
                continue
            code, sector = mapped
            for form in {name, *(_org_name(a) for a in actor.aliases if usable_alias(a))}:
                if len(form) >= MIN_ALIAS_LETTERS or form.isupper():
                    lines.add("\t".join([code, sector, form]))
    return sorted(lines)


def _org_name(raw: str) -> str:
    """An organisation's name as written: an acronym stays in capitals (UNHCR), other names as pretty() writes them."""
    word = raw.strip("_")
    return word if "_" not in word and word.replace(".", "").isalpha() and len(word) <= 7 else pretty(raw)


def _non_state(code: str, name: str, codes: CodeMap) -> tuple[str, str] | None:
    """An armed group: of a state where Phoenix gives one (YEMREB), else NSA:<its group or short name>."""
    mapped = codes.actor(code)
    if mapped is not None and not mapped[0].startswith("IGO"):
        return mapped[0], mapped[1] if mapped[1] != "-" else "REB"
    group = next((code[i : i + 3] for i in range(len(code) - 3, 2, -3) if code[i : i + 3] in ARMED_GROUPS), None)
    short = ARMED_GROUPS[group] if group else re.sub(r"[^A-Z0-9]", "", (_acronym(name + " ") or name.split("(")[0]).upper())
    return (f"NSA:{short[:24]}", "REB") if short else None


def agent_lines(text: str) -> list[str]:
    """Generic agent nouns (POLICE [~COP]) as English words of kind `agent`: a body of the country named
    before it ("Iraqi police"), nothing on their own."""
    macros: dict[str, list[str]] = {}
    lines = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        macro = re.fullmatch(r"(!\w+!)\s*=\s*(.+)", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        found = re.fullmatch(r"([^\[]+?)\s*\[~([A-Z]{3})[A-Z]*\]", line)
        if not found:
            continue
        form, sector = found.group(1).strip(), SECTOR_ALIASES.get(found.group(2), found.group(2))
        forms = [form]
        for name, words in macros.items():
            if name in form:
                forms = [f.replace(name, "_" + w if not f.startswith(name) else w) for f in forms for w in words]
        for f in forms:
            words = f.replace("!", "").replace("_", " ").lower().split()
            if words and all(w.replace("-", "").replace("'", "").isalpha() for w in words):
                lines.add(f"{sector}\tagent\t{' '.join(words)}")
    return sorted(lines)


HEADER = """# Generated by scripts/convert_phoenix_actors.py from {source}; do not edit by hand
# (add or correct entries in the hand-written {hand} instead: it wins over this file).
# Source: {origin}. MIT licence: Copyright (c) 2014 Open Event Data Alliance; see
# shared/reference/petrarch2/LICENSE.
# columns (tab-separated): {columns}
"""


def write(path: Path, source: str, hand: str, columns: str, lines: list[str]) -> None:
    path.write_text(HEADER.format(source=source, hand=hand, origin=SOURCE, columns=columns) + "\n".join(lines) + "\n",
                    encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(lines)} lines")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference" / "petrarch2")
    args = parser.parse_args()
    ref = args.reference
    codes = CodeMap()
    read = lambda name: parse_actors((ref / name).read_text(encoding="utf-8", errors="replace"))  # noqa: E731
    people = read("Phoenix.Countries.actors.txt") + read("Phoenix.International.actors.txt")
    orgs = read("Phoenix.International.actors.txt")
    armed = read("Phoenix.MilNonState.actors.txt")
    person_cols = "full name, actor code, sector, office (the Phoenix role code), from, to, aliases"
    org_cols = "actor code, sector, form"
    for lang, respell in (("en", False), ("tr", True)):
        write(PACKS / lang / "persons_phoenix.txt", "Phoenix.Countries/International.actors.txt", "persons.txt",
              person_cols, person_lines(people, codes, respell))
        org = organisation_lines([a for a in orgs if len(pretty(a.name).split()) >= 1], codes, False)
        org += organisation_lines(armed, codes, True)
        write(PACKS / lang / "organisations_phoenix.txt", "Phoenix.International/MilNonState.actors.txt",
              "organisations.txt", org_cols, sorted(set(org)))
    write(PACKS / "en" / "roles_phoenix.txt", "Phoenix.agents.txt", "roles.txt", "sector, kind, form",
          agent_lines((ref / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")))


if __name__ == "__main__":
    main()
