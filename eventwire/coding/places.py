"""Where an event happened: place names in the locative ("Beijing'de", "Ankara'daki"),
named before a place word ("Anchorage kentinde"), or after a locative preposition
("in Beijing"), geocoded with the gazetteer."""
from __future__ import annotations

from dataclasses import dataclass

from eventwire.coding.morphology import Morphology
from eventwire.gazetteer import Place, gazetteer
from eventwire.lang.pack import LanguagePack
from eventwire.text.tokens import Token

_PLACE_CASES = frozenset({"locative"})


@dataclass(frozen=True, slots=True)
class PlaceMention:
    token: int
    place: Place
    attributive: bool = False  # "Suriye'deki trajedi": the place of a noun, not of the act
    venue: bool = False  # "Cibuti'de düzenlenen toplantı": where a meeting or a speech was held
    inner: bool = False  # "Sudan'da çatışan taraflar": the place of a relative clause, never the act's


class PlaceFinder:
    def __init__(self, pack: LanguagePack, morph: Morphology):
        self.morph = morph
        self.local = {pack.lower(form): (name, iso2) for form, name, iso2 in pack.places}
        self.countries = {pack.lower(form): iso3 for iso3, kind, form in pack.countries if kind == "name"}
        self.capitals = {pack.lower(form): iso3 for iso3, kind, form in pack.countries if kind == "capital"}
        self.place_words = tuple(w for w in pack.config.get("locative_place_words", "").split(",") if w)
        self.prepositions = pack.config_words("locative_prepositions")
        self.determiners = pack.config_words("determiners")
        self.direction_words = pack.config_words("direction_words")  # "in northern Iraq"
        self.part_nouns = tuple(pack.config_words("place_part_nouns"))  # "Irak'ın kuzeyinde"
        self.venue_verbs = tuple(pack.config_words("venue_verbs"))  # none: startswith(()) is false, no venue
        self.attributive = tuple(pack.config_words("attributive_suffixes"))  # none: nothing is attributive
        self.place_nouns = pack.config_words("place_nouns")  # "the town of Nasir"

    def find(self, tokens: list[Token]) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        for i, token in enumerate(tokens):
            if not token.cap or not token.is_word:
                continue
            part = False  # "Irak'ın kuzeyinde": a genitive name before a part of it
            if token.suffix and self.morph.case_of(token.suffix) in _PLACE_CASES:
                name = token.base
            elif token.suffix and self._part_of_place(tokens, i):
                name, part = token.base, True
            elif self._after_preposition(tokens, i):
                name = token.low
            elif i + 1 < len(tokens) and tokens[i + 1].low.startswith(self.place_words) \
                    and self.morph.case_of(tokens[i + 1].low) in _PLACE_CASES | {"nominative"}:
                name = token.base
            else:
                continue
            # two-word names ("Yeni Delhi'de")
            place = None
            if i > 0 and tokens[i - 1].cap and not tokens[i - 1].suffix:
                place = self.geocode(f"{tokens[i - 1].low} {name}")
            place = place or self.geocode(name)
            if place:
                # a participle after the place makes it that clause's: a venue ("Cibuti'de düzenlenen
                # toplantı") or the place of what the clause tells ("Sudan'da çatışan taraflar")
                nxt = tokens[i + 1] if i + 1 < len(tokens) else None
                clause = nxt is not None and nxt.is_word and not nxt.cap and self.morph.is_participle(nxt.low)
                venue = clause and nxt.low.startswith(self.venue_verbs)
                # (the part noun after a genitive name says whether the place only describes: "kuzeyindeki")
                marked = tokens[i + 1].low if part else token.suffix
                found.append(PlaceMention(i, place, marked.endswith(self.attributive), venue, clause and not venue))
        return found

    def _part_of_place(self, tokens: list[Token], i: int) -> bool:
        """A name in the genitive before a part noun in the locative ("Irak'ın kuzeyinde")."""
        if not self.part_nouns or i + 1 >= len(tokens) or self.morph.case_of(tokens[i].suffix) != "genitive":
            return False
        nxt = tokens[i + 1]
        if not nxt.low.startswith(self.part_nouns):
            return False
        found = self.morph.possessed_case(nxt)
        return found == "locative" or nxt.low.endswith(self.attributive)  # (none: endswith(()) is false)

    def find_struck(self, tokens: list[Token]) -> list[PlaceMention]:
        """Cities named in the dative: where an act is aimed ("Harkiv'e saldırı": the attack on Kharkiv)."""
        found = []
        for i, token in enumerate(tokens):
            if token.cap and token.suffix and self.morph.case_of(token.suffix) == "dative" \
                    and token.base not in self.countries:
                place = self.geocode(token.base)
                if place is not None and place.lat is not None:  # (a city; a country named so is the target)
                    found.append(PlaceMention(i, place))
        return found

    def _after_preposition(self, tokens: list[Token], i: int) -> bool:
        """A locative preposition before the name, past a determiner, a direction word, the first word
        of a two-word name and a place noun ("in Kyiv", "at the Kremlin", "at the White House", "in
        northern Iraq", "near the town of Nasir")."""
        j = i - 1
        if j >= 0 and tokens[j].cap and tokens[j].is_word:
            j -= 1
        if j >= 1 and tokens[j].low == "of" and tokens[j - 1].low in self.place_nouns:
            j -= 2
        if j >= 0 and tokens[j].low in self.direction_words:
            j -= 1
        if j >= 0 and tokens[j].low in self.determiners:
            j -= 1
        return j >= 0 and tokens[j].low in self.prepositions

    def geocode(self, low_name: str) -> Place | None:
        gaz = gazetteer()
        if low_name in self.local:
            name, iso2 = self.local[low_name]
            return None if name == "-" else gaz.city(name, iso2)
        if low_name in self.countries:
            return gaz.country(self.countries[low_name])
        if low_name in self.capitals:
            place = gaz.city(low_name)
            if place and place.country == self.capitals[low_name]:
                return place
        return gaz.city(low_name)
