"""Suffix-aware word matching driven by a language pack's morphology.txt."""
from __future__ import annotations

from collections.abc import Iterable

from eventwire.lang.pack import LanguagePack
from eventwire.text.tokens import Token


OBJECT_CASES = ("dative", "ablative", "accusative", "instrumental")
_REMEMBERED = 500_000  # (word form, dictionary word) pairs whose suffix is kept
_UNSEEN = object()


class Morphology:
    """Decides whether a token is an inflected form of a dictionary word."""

    def __init__(self, pack: LanguagePack):
        regex = pack.morphology
        self._verb = regex["verb"].match
        self._noun = regex["noun"].match
        self._demonym = regex["demonym"].match
        self._negation = regex["negation"].match
        self._future = regex["future"].match
        self._supposed = regex["supposed"].search
        self._verbal_subject = regex["verbal_subject"].match
        self._charge = regex["charge"].search
        self._relative_verb = regex["relative_verb"].search
        self._promise = regex["promise"].match
        self._condition = regex["condition"].search
        self._norm = regex["norm"].match
        self._plural_agreement = regex["plural_agreement"].search
        self._passive = regex["passive"].match
        self._complement = regex["complement"].search
        self._circumstantial = regex["circumstantial"].match
        self._participle = regex["participle"].search
        self._plural_noun = regex["plural_noun"].match
        self._compound_marker = regex["compound_marker"].match
        self._infinitive = regex["infinitive"].search
        self._finite = regex["finite"].match
        self._possessed_object = regex["possessed_object"].search
        self._subject_participle = regex["subject_participle"].search
        self._possessed_case = regex["possessed_case"].search
        self._verbal_noun = regex["verbal_noun"].match
        self._passive_complement = regex["passive_complement"].match
        self._base_form = regex["base_form"].match
        self._verbal_object = regex["verbal_object"].match
        self._first_person = regex["first_person"].search
        self._converb = regex["converb"].match
        self._verbal_noun_form = regex["verbal_noun_form"].match
        self._future_word = regex["future_word"].search
        self.softening = pack.softening
        self.hardening = {soft: hard for hard, soft in pack.softening.items()}
        self.vowels = pack.vowels
        self.narrowing = pack.narrowing
        self._cases = pack.case_endings
        self.clitics = frozenset(pack.config.get("clitics", "").split(","))
        self.voiceless = pack.config_words("voiceless_consonants")
        self._rests: dict[tuple[str, str, str, str], str | None] = {}

    def is_form_of(self, token: Token, nouns: Iterable[str]) -> bool:
        """The token is an inflected form of one of the nouns ("toplantısından" of "toplantı")."""
        return any(self.rest(token, noun, "infl") is not None for noun in nouns)

    def rest(self, token: Token, word: str, kind: str) -> str | None:
        """The suffix after `word` in `token`, or None when the token is not a form of it (remembered per
        word form: news repeats its words)."""
        key = (token.low, token.base, word, kind)
        found = self._rests.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self._rests) >= _REMEMBERED:
                self._rests.clear()
            found = self._rests[key] = self._rest(token, word, kind)
        return found

    def _rest(self, token: Token, word: str, kind: str) -> str | None:
        if kind == "exact":
            return "" if token.base == word else None
        if token.base == word:
            return token.suffix if kind != "verb" or self._verb(token.suffix) else None
        low = token.low
        check = self._verb if kind == "verb" else self._noun
        if low.startswith(word):
            rest = low[len(word) :]
            if check(rest) and (kind != "verb" or self._assimilated(word, rest)):
                return rest
        soft = self.softening.get(word[-1])
        if soft and low.startswith(word[:-1] + soft) and len(low) > len(word) and low[len(word)] in self.vowels:
            rest = low[len(word) :]
            if check(rest):
                return rest
        if kind == "verb" and self.narrowing and self._narrowed(low, word):
            rest = low[len(word) :]
            if check(rest):
                return rest
        return None

    def _assimilated(self, stem: str, rest: str) -> bool:
        """A suffix d/t after a consonant-final stem agrees in voicing with it: "tı" only after a
        voiceless consonant (yap-tı), "dı" only after a voiced one (al-dı)."""
        if not self.voiceless or not rest or rest[0] not in "dt" or stem[-1] in self.vowels:
            return True
        return (rest[0] == "t") == (stem[-1] in self.voiceless)

    def _narrowed(self, low: str, word: str) -> bool:
        """A stem-final vowel narrowed before a suffix (iste- in istiyor, kına- in kınıyor)."""
        finals, narrow, suffix = self.narrowing
        at = len(word) - 1
        return (word[-1] in finals and len(low) > at and low[at] in narrow and low.startswith(word[:-1])
                and low.startswith(suffix, at + 1))

    def demonym_rest(self, token: Token, name: str) -> str | None:
        rest = token.suffix if token.base == name else (token.low[len(name) :] if token.low.startswith(name) else None)
        return rest if rest is not None and self._demonym(rest) else None

    def possessed_case(self, token: Token) -> str:
        """The case of a possessed noun, read after its possessive ("saldırısını": accusative)."""
        found = self._possessed_case(token.low)
        return self.case_of(found.group("rest") or "") if found else "nominative"

    def is_possessed_object_case(self, token: Token) -> bool:
        """A possessed noun in the dative, ablative, accusative or instrumental ("kuzeyine",
        "egemenliğine", "saldırılarını"), not the locative of an idiom ("içinde yer alacağı")."""
        found = self._possessed_case(token.low)
        return bool(found and found.group("rest")) and self.case_of(found.group("rest")) in OBJECT_CASES

    def is_subject_participle(self, rest: str) -> bool:
        """The participle whose head noun is its subject ("kınayan açıklama": the statement condemns)."""
        return bool(self._subject_participle(rest))

    def is_possessed_object(self, token: Token) -> bool:
        """A possessed noun in the accusative ("açıklamasını", "saldırılarını"): a verb's owned object."""
        return bool(self._possessed_object(token.low))

    def is_finite(self, rest: str) -> bool:
        """The suffix starts with a morpheme only verbs take (tense, participle, converb, verbal noun)."""
        return bool(self._finite(rest))

    def is_infinitive(self, token: Token) -> bool:
        return bool(self._infinitive(token.low))

    def without_compound_marker(self, rest: str) -> str:
        """The inflection after a head noun's compound marker (-ı, -sı, -ları in Turkish)."""
        found = self._compound_marker(rest)
        return found.group("rest") if found else rest

    def plural_rest(self, token: Token) -> str | None:
        """The inflection after the plural marker of a plural common noun, or None."""
        found = self._plural_noun(token.low)
        return found.group("rest") if found else None

    def case_of(self, rest: str) -> str:
        if not rest:
            return "nominative"
        for name, endings in self._cases:
            if rest.endswith(endings):
                return name
        return "nominative"

    def is_negated(self, rest: str) -> bool:
        return bool(self._negation(rest))

    def is_future(self, rest: str) -> bool:
        return bool(self._future(rest))

    def is_converb(self, rest: str) -> bool:
        """A verb ending that leads to the next verb and takes its tense ("ziyaret ederek ... görüşecek")."""
        return bool(self._converb(rest))

    def is_verbal_noun_form(self, rest: str) -> bool:
        """A verb ending that makes the act a noun, in any case ("görüşmelerin": of the talks)."""
        return bool(self._verbal_noun_form(rest))

    def is_future_word(self, word: str) -> bool:
        """A whole word: a finite verb in the future tense ("görüşecek")."""
        return bool(self._future_word(word))

    def has_plural_agreement(self, rest: str) -> bool:
        return bool(self._plural_agreement(rest))

    def is_charge(self, word: str) -> bool:
        """A whole word naming what an accusation charges ("karışmakla suçladı")."""
        return bool(self._charge(word))

    def is_norm(self, rest: str) -> bool:
        """"Cannot" in the aorist or future ("tutuklanamaz", "yargılanamayacak" on a passive: a rule)."""
        return bool(self._norm(rest))

    def is_condition(self, word: str) -> bool:
        """A whole word that is a verb in the conditional ("kurarsa", "saldırırsa"): its clause is a condition."""
        return bool(self._condition(word))

    def is_promise(self, rest: str) -> bool:
        """A verb form that offers the act ("destek veririz": we would give support)."""
        return bool(self._promise(rest))

    def is_relative_verb(self, word: str) -> bool:
        """A whole word that is the verb of a relative clause with its own subject ("attığı")."""
        return bool(self._relative_verb(word))

    def is_verbal_subject(self, rest: str) -> bool:
        return bool(self._verbal_subject(rest))

    def is_supposed(self, rest: str) -> bool:
        return bool(self._supposed(rest))

    def is_passive(self, rest: str) -> bool:
        return bool(self._passive(rest))

    def is_complement(self, rest: str) -> bool:
        return bool(self._complement(rest))

    def is_passive_complement(self, word: str) -> bool:
        """A whole word: a passive nominalised act with no subject ("gösterilmesini": that it be shown)."""
        return bool(self._passive_complement(word))

    def is_base_form(self, rest: str) -> bool:
        """What is left on a stem in the verb's base form ("impose": "e" after impos+V)."""
        return bool(self._base_form(rest))

    def is_verbal_noun(self, rest: str) -> bool:
        return bool(self._verbal_noun(rest))

    def is_first_person(self, rest: str) -> bool:
        """The verb says "we" or "I" did it: the speaker's side acts."""
        return bool(self._first_person(rest))

    def is_verbal_object(self, rest: str) -> bool:
        return bool(self._verbal_object(rest))

    def is_circumstantial(self, rest: str) -> bool:
        return bool(self._circumstantial(rest))

    def is_participle(self, rest: str) -> bool:
        return bool(self._participle(rest))
