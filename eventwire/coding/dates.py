"""Date expressions in a sentence, resolved against the dateline.

Day-month and month-day orders both work ("28 Ocak", "January 28, 2026", "Jan. 28").

Explicit dates ("28 Ocak'ta", "5 Ağustos 2013'te", "2009 yılında", a range "16-18 Eylül" by its
first day), weekday names ("çarşamba günü": the latest such day on or before the dateline, or the
next one after it for an act still to come), and relative words ("dün", "geçen hafta") become
(date, precision, basis)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.lang.pack import LanguagePack
from eventwire.text.tokens import Token

RANGE_DASHES = frozenset("-–—")


@dataclass(frozen=True, slots=True)
class DateMention:
    token: int  # index of the first token
    value: str | None  # ISO date, YYYY-MM or YYYY; None when it cannot be resolved
    precision: str | None
    basis: str  # explicit, relative
    text: str
    ahead: str | None = None  # a weekday's next occurrence after the dateline (for an act still to come)


class DateFinder:
    def __init__(self, pack: LanguagePack):
        self.months: dict[str, int] = {}
        self.weekdays: dict[str, int] = {}
        self.relative: dict[tuple[str, ...], tuple[str, int]] = {}
        year_words: list[str] = []
        for kind, value, form in pack.dates:
            if kind == "month":
                self.months[form] = value
            elif kind == "weekday":
                self.weekdays[form] = value
            elif kind == "yearword":
                year_words.append(form)
            else:
                self.relative[tuple(form.split())] = (kind, value)
        self.longest_relative = max((len(k) for k in self.relative), default=1)
        self.year_words = tuple(year_words)  # "2009 yılında": a year number before one of these is a year
        # letters a case suffix may add to a month or weekday name without an apostrophe ("ağustosta",
        # "salıya"); none in English, where "Marco" is no "Mar"
        self.month_tail, self.weekday_tail = (int(n) for n in pack.config.get("date_suffix_letters", "0,0").split(","))
        self._month_forms = sorted(self.months, key=len, reverse=True)
        self._weekday_forms = sorted(self.weekdays, key=len, reverse=True)
        self._month_initials = frozenset(form[0] for form in self.months)
        self._weekday_initials = frozenset(form[0] for form in self.weekdays)
        self._start_letters = self._weekday_initials | self._month_initials | {
            words[0][0] for words in self.relative if words and words[0]}  # "ağustosta": a month alone too
        self._relative_starts = frozenset(words[0] for words in self.relative if words)
        self._no_date: set[str] = set()  # word forms seen that begin no date (news repeats its words)
        # a date after "until"/"by" or before "kadar"/"dek" is a deadline, not when the act happened ("gives
        # companies until late September", "2030'a kadar"); a possessive one names a noun's day ("yesterday's
        # decision"): neither dates the sentence's act
        self.deadline_before = pack.config_words("deadline_prepositions")
        self.deadline_after = pack.config_words("deadline_postpositions")
        self.date_prepositions = pack.config_words("date_prepositions")  # "by phone on Thursday": no deadline
        self.noun_day_suffixes = pack.config_words("possessive_suffixes")

    def _month_of(self, token: Token) -> int | None:
        return _inflected(token, self.months, self._month_forms, self.month_tail, self._month_initials)  # "ağustosta"

    def _weekday_of(self, token: Token) -> int | None:
        return _inflected(token, self.weekdays, self._weekday_forms, self.weekday_tail, self._weekday_initials)  # "salıya"

    def find(self, tokens: list[Token], dateline: date | None) -> list[DateMention]:
        found: list[DateMention] = []
        n = len(tokens)
        i = 0
        starts = self._start_letters
        while i < n:
            token = tokens[i]
            word = token.base if token.suffix else token.low
            if not word or not (word[0] in starts or word[0].isdigit()) or word in self._no_date:
                i += 1  # most words cannot start a date
                continue
            if not word[0].isdigit() and word not in self._relative_starts and self._month_of(token) is None \
                    and self._weekday_of(token) is None:
                if len(self._no_date) < 100_000:
                    self._no_date.add(word)
                i += 1
                continue
            mention, used = self._at(tokens, i, n, dateline)
            if mention:
                if not self._dates_no_act(tokens, i, used):
                    found.append(mention)
                i += used
            else:
                i += 1
        return found

    def _dates_no_act(self, tokens: list[Token], i: int, used: int) -> bool:
        """A deadline ("until September", "Eylül sonuna kadar") or a noun's day ("yesterday's decision")."""
        for before in reversed(tokens[max(0, i - 3) : i]):  # "until late September", "by the end of"
            if not before.is_word or before.low in self.date_prepositions:
                break
            if before.low in self.deadline_before:
                return True
        if any(t.low in self.deadline_after for t in tokens[i + used : i + used + 2]):
            return True
        return tokens[i + used - 1].suffix in self.noun_day_suffixes

    def _at(self, tokens: list[Token], i: int, n: int, dateline: date | None) -> tuple[DateMention | None, int]:
        token = tokens[i]
        word = token.base if token.suffix else token.low
        # 16-18 Eylül [2026]: a range of days is dated by its first
        if word.isdigit() and len(word) <= 2 and i + 3 < n and tokens[i + 1].text in RANGE_DASHES \
                and tokens[i + 2].base.isdigit() and len(tokens[i + 2].base) <= 2 and self._month_of(tokens[i + 3]):
            month, day = self._month_of(tokens[i + 3]), int(word)
            if i + 4 < n and tokens[i + 4].base.isdigit() and len(tokens[i + 4].base) == 4:
                return self._make(i, _safe(int(tokens[i + 4].base), month, day), "day", "explicit", tokens, 5), 5
            if dateline is None:
                return DateMention(i, None, None, "explicit", _text(tokens, i, 4)), 4
            year = dateline.year if (month, day) <= (dateline.month, dateline.day) else dateline.year - 1
            return self._make(i, _safe(year, month, day), "day", "explicit", tokens, 4), 4
        # 28 Ocak [2026]
        if word.isdigit() and len(word) <= 2 and i + 1 < n:
            month = self._month_of(tokens[i + 1])
            if month:
                day = int(word)
                if i + 2 < n and tokens[i + 2].base.isdigit() and len(tokens[i + 2].base) == 4:
                    year, used = int(tokens[i + 2].base), 3
                    return self._make(i, _safe(year, month, day), "day", "explicit", tokens, used), used
                if dateline is None:
                    return DateMention(i, None, None, "explicit", _text(tokens, i, 2)), 2
                year = dateline.year if (month, day) <= (dateline.month, dateline.day) else dateline.year - 1
                return self._make(i, _safe(year, month, day), "day", "explicit", tokens, 2), 2
        # 2009 yılında / 2009'da
        if word.isdigit() and len(word) == 4 and 1900 <= int(word) <= 2100:
            prev_month = i > 0 and self._month_of(tokens[i - 1])
            nxt = tokens[i + 1].low if i + 1 < n else ""
            if not prev_month and (token.suffix or (self.year_words and nxt.startswith(self.year_words))):
                return DateMention(i, word, "year", "explicit", token.text), 1
        # January 28[, 2026] / Jan. 28
        month = self._month_of(token) if token.low not in self.relative else None
        if month:
            j = i + 1 + (i + 1 < n and tokens[i + 1].text == ".")
            if j < n and tokens[j].base.isdigit() and len(tokens[j].base) <= 2 and not (i > 0 and tokens[i - 1].base.isdigit()):
                day, used = int(tokens[j].base), j - i + 1
                k = j + 1 + (j + 1 < n and tokens[j + 1].text == ",")
                if k < n and tokens[k].base.isdigit() and len(tokens[k].base) == 4:
                    used = k - i + 1
                    return self._make(i, _safe(int(tokens[k].base), month, day), "day", "explicit", tokens, used), used
                if dateline is None:
                    return DateMention(i, None, None, "explicit", _text(tokens, i, used)), used
                year = dateline.year if (month, day) <= (dateline.month, dateline.day) else dateline.year - 1
                return self._make(i, _safe(year, month, day), "day", "explicit", tokens, used), used
        # ağustosta (month alone, relative to the dateline's year)
        if month and not (i > 0 and tokens[i - 1].base.isdigit()):
            if dateline is None:
                return DateMention(i, None, None, "explicit", token.text), 1
            year = dateline.year if month <= dateline.month else dateline.year - 1
            return DateMention(i, f"{year:04d}-{month:02d}", "month", "relative", token.text), 1
        weekday = self._weekday_of(token)
        if weekday is not None:
            if dateline is None:
                return DateMention(i, None, None, "relative", token.text), 1
            back = (dateline.weekday() - weekday) % 7
            mention = self._make(i, dateline - timedelta(days=back), "day", "relative", tokens, 1)
            ahead = dateline + timedelta(days=(weekday - dateline.weekday()) % 7 or 7)
            return DateMention(mention.token, mention.value, mention.precision, mention.basis, mention.text,
                               ahead.isoformat()), 1
        for length in range(min(self.longest_relative, n - i), 0, -1):
            key = tuple((t.base if t.suffix else t.low) for t in tokens[i : i + length])
            if key in self.relative:
                kind, value = self.relative[key]
                return self._relative(i, kind, value, dateline, _text(tokens, i, length)), length
        return None, 1

    def _relative(self, i: int, kind: str, value: int, dateline: date | None, text: str) -> DateMention:
        if dateline is None:
            return DateMention(i, None, None, "relative", text)
        if kind == "relative":
            return DateMention(i, (dateline + timedelta(days=value)).isoformat(), "day", "relative", text)
        if kind == "relweek":  # no week precision in the record: the month of that week
            day = dateline + timedelta(weeks=value)
            return DateMention(i, f"{day.year:04d}-{day.month:02d}", "month", "relative", text)
        if kind == "relmonth":
            month = dateline.month + value
            year = dateline.year + (month - 1) // 12
            return DateMention(i, f"{year:04d}-{(month - 1) % 12 + 1:02d}", "month", "relative", text)
        return DateMention(i, f"{dateline.year + value:04d}", "year", "relative", text)

    @staticmethod
    def _make(i: int, day: date | None, precision: str, basis: str, tokens: list[Token], used: int) -> DateMention:
        if day is None:
            return DateMention(i, None, None, basis, _text(tokens, i, used))
        return DateMention(i, day.isoformat(), precision, basis, _text(tokens, i, used))


def _inflected(token: Token, table: dict[str, int], longest_first: list[str], max_tail: int,
               initials: frozenset[str]) -> int | None:
    """The value of the longest form in `table` that the token is, or starts with plus a short suffix."""
    low = token.base if token.suffix else token.low
    if low in table:
        return table[low]
    if not low or low[0] not in initials:
        return None
    for form in longest_first:  # "pazartesi" before "pazar"
        if low.startswith(form) and len(low) - len(form) <= max_tail:
            return table[form]
    return None



def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _text(tokens: list[Token], i: int, used: int) -> str:
    return " ".join(t.text for t in tokens[i : i + used])
