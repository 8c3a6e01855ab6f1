"""Convert the PETRARCH2 verb dictionary (CAMEO.2.0.txt) into eventwire's English verb patterns.

    python scripts/convert_petrarch_verbs.py [--reference ../shared/reference/petrarch2]

writes `eventwire/lang/en/verbs_petrarch.txt`. Each PETRARCH verb block lists synonymous verbs
(with their irregular forms) and patterns `- before * after [code]` where `*` stands for the
verb; every verb of the block is written with every pattern of it, and alone with its own code
or, lacking one, the code of the block's header (a header [---] codes nothing alone):

    ---  FINISH   [---]  ---          ->   057  conclud+V … treaty
    CONCLUDE                               057  conclud+V … accord   (&TREATY expanded)
    - * &TREATY   [057:057]

Words of a pattern may stand apart in the text (a determiner or an adjective between), so
they are joined by a gap, except inside a PETRARCH compound {…}. Synonym sets (&NAME) are
expanded; the source, target and skip markers ($ + ^ %) and grouping brackets are dropped
(our coder finds the parties by case and word order). A code [---] becomes our "-": a longer
phrase that names no act ("stocks fell"). The hand-written verbs.txt wins over any line here.

PETRARCH2 is MIT-licensed (Open Event Data Alliance); the generated file says so in its header.
"""
from __future__ import annotations

import argparse
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eventwire" / "lang" / "en" / "verbs_petrarch.txt"
MAX_VARIANTS = 8  # expansions of synonym sets kept per pattern (a pattern with two large sets is dropped)
VERB_SUFFIX = re.compile(r"^(?:|e|s|es|ed|d|ing|y|ies|ied|ying|[bdgklmnprt](?:ed|ing))$")  # en/morphology.txt
INTENT_ROOTS = ("03",)  # codes whose phrases express intent (as in verbs.txt)
MARKERS = frozenset("$+^%")
# a verb standing alone whose stem is one of these words would fire on the word itself (CANE -> "can",
# NOTE -> "not"): such a verb keeps only its patterns with other words
FUNCTION_WORDS = frozenset("a all an and as at be but by can could did do does for go had has have if in is it "
                           "may might must no not of on or shall should so the to us was were will would".split())
GAP = "…"


@dataclass
class Verb:
    words: list[str]  # a phrasal verb has more than one word ("break", "down")
    forms: list[list[str]] = field(default_factory=list)  # irregular forms, each as words
    code: str | None = None
    inherited: bool = False  # no code of its own: the block's header code is its code


@dataclass
class Block:
    name: str
    code: str | None = None  # the header's code: every verb of the block without a code of its own has it
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern body, code)


def parse(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Synonym sets and verb blocks of a PETRARCH verb dictionary."""
    sets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    in_verbs = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "####### VERB PATTERNS" in raw:
            in_verbs, current_set = True, None
            continue
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.strip().rstrip("_")
                sets[current_set] = []
            elif line.startswith("+") and current_set:
                sets[current_set].append(line[1:].strip())
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if head:
            code = head.group(2).split(":")[0].strip()
            block = Block(head.group(1), code=code if code and code != "---" else None)
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("- "):
            found = re.match(r"^-\s+(.*?)\s*\[([^\]]+)\]\s*$", line)
            if found:
                block.patterns.append((found.group(1), found.group(2).split(":")[0].strip()))
            continue
        verb = re.match(r"^(\+?)([A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if verb:
            words = [w for w in verb.group(2).lower().split("_") if w]
            forms = [[w for w in f.lstrip("+").lower().split("_") if w]
                     for f in (verb.group(3) or "{}").strip("{}").split()]
            code = verb.group(4).strip("[]").split(":")[0].strip() if verb.group(4) else None
            block.verbs.append(Verb(words, [f for f in forms if f], code if code and code != "---" else None,
                                    inherited=not code))
    return sets, blocks


def stem(verb: str) -> str:
    """The stem our English morphology inflects: conclude -> conclud, try -> tr, agree stays."""
    if verb.endswith("e") and not verb.endswith("ee") and len(verb) > 3:
        return verb[:-1]
    if verb.endswith("y") and len(verb) > 3 and verb[-2] not in "aeiou":
        return verb[:-1]
    return verb


def verb_heads(verb: Verb) -> list[list[str]]:
    """The pattern words that stand for a verb: its stem with +V, and each irregular form the
    stem does not cover as an exact word (fell, flown)."""
    first = verb.words[0]
    s = stem(first)
    heads = [[f"{s}+V", *verb.words[1:]]]
    for form in verb.forms:
        word = form[0]
        if not (word.startswith(s) and VERB_SUFFIX.match(word[len(s):])):
            heads.append([f"{word}=", *form[1:]])
    return heads


def expand(body: str, sets: dict[str, list[str]]) -> list[tuple[list[list[str]], list[list[str]]]] | None:
    """The word groups before and after the verb's place (*), once per expansion of its synonym
    sets; words inside {…} stay one group (a compound), others are groups of their own."""
    tokens = re.findall(r"\{|\}|\(|\)|\*|&[A-Z_]+|[^\s{}()*]+", body)
    slots: list[list[list[str]]] = []  # per group: alternatives, each a list of words
    compound: list[str] | None = None
    star = None
    for tok in tokens:
        if tok in MARKERS or tok in "()":
            continue
        if tok == "{":
            compound = []
            continue
        if tok == "}":
            if compound:
                slots.append([compound])
            compound = None
            continue
        if tok == "*":
            star = len(slots)
            continue
        if tok.startswith("&"):
            members = sets.get(tok.rstrip("_"))
            if not members:
                return None
            alternatives = [[w for w in m.lower().split("_") if w] for m in members]
            if compound is not None:
                if compound:
                    return None  # a set inside a compound after other words: too many shapes
                slots.append(alternatives)
                compound = None
                continue
            slots.append(alternatives)
            continue
        word = [w for w in tok.strip("_").lower().replace("_", " ").split() if w and w not in MARKERS]
        if not word:
            continue
        if compound is not None:
            compound.extend(word)
        else:
            slots.append([word])
    if star is None:
        return None
    variants = list(itertools.islice(itertools.product(*slots), MAX_VARIANTS + 1))
    if len(variants) > MAX_VARIANTS:
        return None
    return [(list(v[:star]), list(v[star:])) for v in variants]


def lines(sets: dict[str, list[str]], blocks: list[Block]) -> list[str]:
    out: dict[tuple[str, ...], str] = {}

    def add(code: str, words: list[str]) -> None:
        if any(not re.fullmatch(r"[a-z0-9'.-]+(?:\+V|=)?|…", w) for w in words):
            return
        if len(words) == 1 and words[0].removesuffix("+V").removesuffix("=") in FUNCTION_WORDS:
            return
        key = tuple(words)
        if key not in out:
            flags = "intent" if code.startswith(INTENT_ROOTS) else ""
            out[key] = "\t".join([code, " ".join(words)] + ([flags] if flags else []))

    for block in blocks:
        for verb in block.verbs:
            if verb.code:
                for head in verb_heads(verb):
                    add(verb.code, head)
        for body, code in block.patterns:
            expansions = expand(body, sets)
            if expansions is None:
                continue
            our_code = "-" if code == "---" else code
            if our_code != "-" and not re.fullmatch(r"\d{3,4}", our_code):
                continue
            for before, after in expansions:
                for verb in block.verbs:
                    for head in verb_heads(verb):
                        words: list[str] = []
                        for group in before:
                            words += [*group, GAP]
                        words += head
                        for group in after:
                            words += [GAP, *group]
                        add(our_code, words)
    # last, a verb without a code of its own takes its block header's ("--- DENOUNCE [111] ---" then
    # "ADMONISH": admonish is 111), unless another block gave it a code of its own
    for block in blocks:
        for verb in block.verbs:
            if verb.inherited and block.code:
                for head in verb_heads(verb):
                    add(block.code, head)
    return sorted(out.values(), key=lambda line: (line.split("\t")[0], line.split("\t")[1]))


HEADER = """# Generated by scripts/convert_petrarch_verbs.py from the PETRARCH2 verb dictionary (CAMEO.2.0.txt,
# openeventdata/petrarch2, MIT licence, Copyright (c) 2015 Open Event Data Alliance; see
# shared/reference/petrarch2/LICENSE). Do not edit by hand: the hand-written verbs.txt wins over
# any line here, and is where corrections go.
# columns (tab-separated): CAMEO code ("-": a phrase that names no act), pattern, flags (verbs.txt explains both)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference" / "petrarch2")
    args = parser.parse_args()
    sets, blocks = parse((args.reference / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace"))
    out = lines(sets, blocks)
    OUT.write_text(HEADER + "\n".join(out) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(out)} patterns from {len(blocks)} verb blocks")


if __name__ == "__main__":
    main()
