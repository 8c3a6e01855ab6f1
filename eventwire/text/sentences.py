"""Sentence splitting with offsets that survives abbreviations, ordinals and quotes."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# A candidate end: terminal punctuation, optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n\t")
# What may begin the next sentence: a capital or digit, after an opening quote or bracket, or a
# dash that opens a bulleted item ("... etmedi. - Ancak ...")
_NEXT_START = re.compile(r"\s*(?:\[\w{4,20}\]\s*)?(?:[-–—•]\s+)?[\"'“‘«(\[]?[A-ZÇĞİÖŞÜ0-9]")
# (a wire story's reference tag may stand between two sentences: "... said. [nL8N1MP0GI] A Russian ...")
# A line break before a capital ends a sentence in text not wrapped at a fixed width (a paragraph or a
# heading whose full stop the scrape lost: "... açıklasın\n CHP Genel Başkanı ...")
_LINE_START = re.compile(r"\n[^\S\n]*(?=[\"'“‘«(\[]?[A-ZÇĞİÖŞÜ0-9])")
MAX_SENTENCE_CHARS = 1_200  # longer spans are cut (a news sentence is rarely over 500 characters)
WRAP_MIN, WRAP_MAX = 40, 90  # line lengths of copy wrapped at a fixed width (Reuters archives: ~70)
# A heading: two or more words in capitals on a line of their own, with no closing punctuation, after a
# sentence's end ("PYD'YE MESAJ", "TALKS IN ANKARA"); one word alone is a name a scrape broke off its line
_HEADING = re.compile(r"^[^\S\n]*[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ0-9'’-]*(?:[^\S\n]+[A-ZÇĞİÖŞÜ0-9'’-]+)+[^\S\n]*$", re.M)
_CLOSING = ".!?…:\"'”’»)]"
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_FIRST_WORD = re.compile(r"\s*[\"'“‘«(\[]?(\w+)")


@dataclass(slots=True, frozen=True)
class Sentence:
    index: int
    start: int
    end: int


def split_sentences(text: str, abbreviations: Iterable[str], start: int = 0,
                    starters: Iterable[str] = ()) -> list[Sentence]:
    """Return sentences of `text[start:]`, trimmed of surrounding whitespace.

    A full stop after an abbreviation or initial does not end a sentence, unless the next
    word is one of `starters`, words that begin sentences and not names ("the U.S. The ...").
    """
    abbrevs = frozenset(a.lower() for a in abbreviations)
    starts = frozenset(starters)
    spans: list[tuple[int, int]] = []
    begin = start
    ends = list(_END.finditer(text, start))
    if "\n" in text and not _wrapped(text[start:]):
        ends = sorted([*ends, *_LINE_START.finditer(text, start)], key=lambda m: m.start())
    for match in ends:
        end = match.end()
        if end <= begin:
            continue
        if match.re is _LINE_START and not _line_break_ends(text, begin, match.start(), end):
            continue
        if match.group()[0] in ".!?…":
            if not _NEXT_START.match(text, end):
                continue
            if match.group()[0] == "." and _is_non_terminal(text[begin : match.start()], abbrevs) \
                    and _next_word(text, end) not in starts:
                continue
        spans.append((begin, end))
        begin = end
    spans.append((begin, len(text)))
    spans = _split_long(text, _split_at_headings(text, start, spans))
    sentences: list[Sentence] = []
    for lo, hi in spans:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            sentences.append(Sentence(len(sentences), lo, hi))
    return sentences


def _line_break_ends(text: str, begin: int, at: int, after: int) -> bool:
    """A line break ends a sentence of three words or more, before a line of two words or more (a single
    word on a line of its own is a name the copy broke off: "Bir \nNATO\n yetkilisi")."""
    line_end = text.find("\n", after)
    following = text[after : line_end if line_end >= 0 else len(text)]
    return len(text[begin:at].split()) >= 3 and len(following.split()) >= 2


def _wrapped(text: str) -> bool:
    """Copy broken into lines of about the same width, where a line break is no sentence's end."""
    lines = [len(line) for line in text.split("\n")[:-1] if line.strip()]
    return len(lines) >= 3 and sum(WRAP_MIN <= n <= WRAP_MAX for n in lines) >= 0.7 * len(lines)


def _split_long(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "sentence" longer than MAX_SENTENCE_CHARS (copy without full stops, a list run together) is cut
    into pieces at its last comma, semicolon or space before the limit: coding time stays linear in the text."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        while hi - lo > MAX_SENTENCE_CHARS:
            window = text[lo : lo + MAX_SENTENCE_CHARS]
            cut = max(window.rfind(", "), window.rfind("; "))
            cut = cut + 1 if cut > MAX_SENTENCE_CHARS // 2 else window.rfind(" ")
            cut = cut if cut > 0 else MAX_SENTENCE_CHARS
            out.append((lo, lo + cut))
            lo += cut
        out.append((lo, hi))
    return out


def _next_word(text: str, at: int) -> str:
    found = _FIRST_WORD.match(text, at)
    return found.group(1) if found else ""


def _is_non_terminal(before: str, abbrevs: frozenset[str]) -> bool:
    """True when the full stop belongs to an abbreviation, an initial or an ordinal."""
    found = _WORD_BEFORE.search(before)
    if not found or not before.rstrip() or not before[-1].isalnum():
        return False
    word = found.group(1)
    if word.lower() in abbrevs:
        return True
    if len(word) == 1 and word.isupper():  # initials: "J. Smith"
        return True
    return word.isdigit() and len(word) <= 3  # Turkish ordinals: "13. Ağır Ceza"


def _split_at_headings(text: str, start: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading line is a sentence of its own: no sentence runs into it or out of it."""
    cuts = sorted({k for found in _HEADING.finditer(text, start) if "\n" in text[found.end() : found.end() + 1]
                   and _after_sentence_end(text, start, found.start()) for k in (found.start(), found.end())})
    if not cuts:
        return spans
    split: list[tuple[int, int]] = []
    for lo, hi in spans:
        for cut in (c for c in cuts if lo < c < hi):
            split.append((lo, cut))
            lo = cut
        split.append((lo, hi))
    return split


def _after_sentence_end(text: str, start: int, at: int) -> bool:
    """Only spaces stand between `at` and the start of the text or a sentence's closing punctuation."""
    k = at - 1
    while k >= start and text[k].isspace():
        k -= 1
    return k < start or text[k] in _CLOSING


def is_heading(span: str) -> bool:
    """A sentence that is a heading: two or more words, all in capitals, with no closing full stop
    ("YEREL MAHKEME BAŞVURUYU REDDETMİŞTİ"); it retells the text under it."""
    return span.isupper() and len(span.split()) >= 2 and not span.rstrip().endswith((".", "!", "?"))



def is_title(text: str, sentence: Sentence) -> bool:
    """The article's first line, without closing punctuation, before a line break: its title, which the
    text under it retells ("Fidan: Suriye'nin toprak bütünlüğünü destekliyoruz")."""
    if sentence.index != 0 or text[sentence.start : sentence.end].rstrip().endswith((".", "!", "?", "\"", "”")):
        return False
    return text[sentence.end : sentence.end + 3].lstrip(" \t").startswith("\n")
