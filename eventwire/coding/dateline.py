"""Publication date and place from an article's head: ` date 2026-01-29` headers and
wire datelines such as `BEİJİNG, 29 Ocak (Xinhua) --`, `ANKARA (AA) -` or
`WASHINGTON, Jan. 29 (Reuters) -`, or a dated one with no agency (`KUWAIT, June 2 -`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.lang.pack import LanguagePack

_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b\s*")
_WIRE = re.compile(
    r"(?P<city>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü.'’ -]{1,40}?)"
    r"(?:,\s*(?:(?P<day>\d{1,2})\s+(?P<month>[A-Za-zÇĞİÖŞÜçğıöşü.]+)"
    r"|(?P<month2>[A-Za-z]+\.?)\s+(?P<day2>\d{1,2}))(?:,?\s+(?P<year>\d{4}))?)?"
    r"(?:\s*\((?P<agency>[^)]{1,30})\))?\s*(?:[-–—]+|:)\s*"  # (no agency: "KUWAIT, June 2 - ")
)


@dataclass(frozen=True, slots=True)
class Dateline:
    date: date | None
    city: str | None
    agency: str | None
    body_start: int  # offset where the story text begins


def read_dateline(text: str, pack: LanguagePack, given: date | None = None, today: date | None = None) -> Dateline:
    """Parse the head of `text`; `given` is a dateline date supplied with the article. A wire
    dateline without a year ("ANKARA, 12 Mart (AA) -") is the latest such day up to `today`
    (news is coded after it is published); archives should give the date with the article."""
    pos = 0
    found = given
    header = _HEADER.match(text)
    if header:
        found = found or _safe_date(*map(int, header.groups()))
        pos = header.end()
    wire = _WIRE.match(text, pos)
    city = agency = None
    month = _month(wire.group("month") or wire.group("month2") or "", pack) if wire else None
    # without an agency, only a real date makes a dateline ("Erdoğan, 12 yıl -" does not)
    if wire and (wire.group("agency") or month):
        city, agency = wire.group("city").strip(), (wire.group("agency") or "").strip() or None
        if month:
            day = int(wire.group("day") or wire.group("day2"))
            if wire.group("year"):
                parsed = _safe_date(int(wire.group("year")), month, day)
            elif found:
                parsed = _safe_date(found.year, month, day)
            else:
                parsed = _latest(month, day, today or date.today())
            found = found or parsed
        pos = wire.end()
    return Dateline(found, city, agency, pos)


def _month(word: str, pack: LanguagePack) -> int | None:
    low = pack.lower(word.rstrip("."))
    for kind, value, form in pack.dates:
        if kind == "month" and (low == form or (len(low) >= 3 and form.startswith(low))):
            return value
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest(month: int, day: int, today: date) -> date | None:
    """The last `day` of `month` on or before `today` (29 February: the last leap year's)."""
    for year in range(today.year, today.year - 8, -1):
        found = _safe_date(year, month, day)
        if found is not None and found <= today:
            return found
    return None
