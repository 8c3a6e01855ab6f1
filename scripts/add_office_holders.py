"""Append the tenures of scripts/office_holders.tsv that a pack's persons.txt lacks (both packs).

    python scripts/add_office_holders.py

Each line of the table gives one tenure in both spellings; a pack gets it when it has no tenure of
that person (by name) starting on that date. Lines already there are left as they are, so running
it again adds nothing.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = Path(__file__).with_name("office_holders.tsv")
HEADER = "# --- office holders 2016 to today (scripts/office_holders.tsv)"


def rows(table: Path = TABLE) -> list[list[str]]:
    out = []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{table.name}: expected 10 columns, got {len(cols)}: {line!r}")
            out.append(cols)
    return out


def tenure_line(cols: list[str], lang: str) -> str:
    tr_name, en_name, code, sector, tr_office, en_office, start, end, tr_aliases, en_aliases = cols
    name, office, aliases = (tr_name, tr_office, tr_aliases) if lang == "tr" else (en_name, en_office, en_aliases)
    fields = [name, code, sector, office, start, end]
    if aliases != "-":
        fields.append(aliases)
    return "\t".join(fields)


def add(lang: str, table: Path = TABLE, packs: Path = ROOT / "eventwire" / "lang") -> int:
    """Append the missing tenures to `packs/<lang>/persons.txt`; the number added."""
    path = packs / lang / "persons.txt"
    text = path.read_text(encoding="utf-8")
    have = {tuple(line.split("\t")[i] for i in (0, 4)) for line in text.splitlines()
            if line.strip() and not line.startswith("#") and line.count("\t") >= 5}
    new = [tenure_line(cols, lang) for cols in rows(table)]
    new = [line for line in new if tuple(line.split("\t")[i] for i in (0, 4)) not in have]
    if new:
        block = ("" if text.endswith("\n") else "\n") + (HEADER + "\n" if HEADER not in text else "") + "\n".join(new) + "\n"
        path.write_text(text + block, encoding="utf-8")
    return len(new)


if __name__ == "__main__":
    for lang in ("tr", "en"):
        print(f"{lang}/persons.txt: {add(lang)} tenures added")
