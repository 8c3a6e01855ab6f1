"""Actor mentions: countries, organisations, offices with the people holding them.

Raw dictionary matches are composed into actor mentions: a country or organisation in
front of an office gives the office holder a country ("Çin Dışişleri Bakanı"), capitalised
words after an office are the holder's name ("... Bakanı Wang Yi"), and later short
mentions ("Wang") are resolved to the full actor seen earlier in the article.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from eventwire.coding.matcher import Match, PhraseMatcher
from eventwire.coding.morphology import Morphology
from eventwire.lang.pack import LanguagePack, PersonTenure
from eventwire.lang.patterns import PatternWord
from eventwire.text.casing import fold
from eventwire.text.tokens import Token, tokenize

APOSTROPHE_KINDS = frozenset({"country", "capital", "org", "person"})  # names, not demonyms ("Ruslar")
OWNER_MODIFIERS = 2  # bare nouns between a demonym and the noun it owns ("Filipin ikmal gemisine")
LOCAL_SECTORS = frozenset({"CVL", "OPP", "REB", "COP", "JUD", "MED"})  # people of where they are found (police,
# courts and the press too), unlike troops
MODIFIER_KINDS = frozenset({"country", "demonym", "org", "capital"})
MAX_NAME_WORDS = 6  # words of a holder's name after an office ("Muhammed bin Abdurrahman Al Sani")
ROLE_KINDS = frozenset({"office", "body"})
PARTY_SECTORS = frozenset({"OPP", "PTY"})
NON_STATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})  # armed men who are no state's


def war_side(sector: str) -> str:
    """The side of a civil war a sector is on: the armed men of no state ("REB"), or the state ("GOV")."""
    return "REB" if sector in NON_STATE_ARMED else "GOV"
MEMBER_SECTORS = frozenset({"OPP", "PTY", "REB"})  # a member of such an organisation acts for it


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # country, demonym, capital, org, office, body, collective, person
    code: str | None
    sector: str
    form: str
    person: tuple[PersonTenure, ...] = ()


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int  # one past the last token
    kind: str
    code: str | None
    sector: str
    case: str
    name: str | None = None
    role: str | None = None
    entity_id: str | None = None
    members: list["Mention"] = field(default_factory=list)  # coordinated partners ("Çin ve Azerbaycan")
    located: bool = False  # a body or office whose country was inferred, not named ("troops", "ordu")
    modifier: bool = False  # a bare name whose case is the noun's after it ("Ukrayna krizinin": Ukraine, no owner)

    @property
    def is_actor(self) -> bool:
        return self.code is not None or self.kind == "collective"

    def each_acted_upon(self, source: "Mention", together: bool) -> list["Mention"]:
        """The targets of one act: each state of coordinated targets ("Rusya ve Ukrayna'yı kınadı"), unless
        the act is mutual or the source is one of them; parties of one state are one target (but for the
        two sides of a civil war: "urged both sides" of Sudan's war)."""
        if together or not self.members or any(m.same_actor(source) or m.code == source.code for m in self.members):
            return [self]  # "Çin ve Azerbaycan'ın ... gerektiğini" said by Wang: an appeal to Azerbaijan
        return [self, *(m for m in self.members if m.code != self.code
                        or war_side(m.sector) != war_side(self.sector))]

    def each_acting(self, target: "Mention | None", together: bool) -> list["Mention"]:
        """The actors that do the act: each of a coordinated subject ("Rusya ve Çin kınadı"), unless
        they act together or a partner is the target."""
        return [self] if together or target in self.members else [self, *self.members]

    def same_actor(self, other: "Mention") -> bool:
        if _is_person_id(self.entity_id) and _is_person_id(other.entity_id):
            return self.entity_id == other.entity_id
        if self.kind in ROLE_KINDS and other.kind in ROLE_KINDS and self.role != other.role:
            return False  # unnamed offices and bodies differ by role ("İçişleri Bakanlığı", "belediye başkanı")
        if self.entity_id and other.entity_id:
            return self.entity_id == other.entity_id
        return self.code == other.code and self.sector == other.sector and self.name == other.name

    def serves(self, other: "Mention") -> bool:
        """Forces placed in the country of a named actor: its own ("France sent troops"); or the state
        a government official speaks for ("Iran's spokesman ... warned that Tehran would respond")."""
        if self.kind in ("country", "capital") and other.kind not in ("country", "capital"):
            return self.code == other.code and self.sector == other.sector == "GOV"
        return self.located and self.sector == "MIL" and not other.located and self.code == other.code \
            and other.sector not in NON_STATE_ARMED  # the army is not the rebels' own


def implied_country(code: str, sector: str = "GOV", case: str = "nominative") -> Mention:
    """A country acting or acted upon that no words of the sentence name (the story's other party,
    the protesters' government, the country a deed is done in)."""
    return Mention(-1, -1, "country", code, sector, case)


@dataclass(slots=True)
class ArticleMemory:
    """Who was named so far in the article, for short mentions and bare offices."""

    by_short_name: dict[str, Mention] = field(default_factory=dict)
    by_role: dict[str, Mention] = field(default_factory=dict)
    focus_country: str | None = None
    place_country: str | None = None  # the country of the story's place (before one is found: the dateline's)
    subject_country: str | None = None  # the country of the last sentence's subject
    body_countries: dict[str, str] = field(default_factory=dict)  # role -> country of the first such body named
    armed_group: str | None = None  # the last armed group of no state named ("al-Shabaab" ... "the militants")

    def remember(self, mention: Mention) -> None:
        if mention.code and ":" in mention.code and mention.sector in NON_STATE_ARMED:
            self.armed_group = mention.code
        if mention.kind == "body" and mention.code and not mention.located and mention.role:
            self.body_countries.setdefault(mention.role.lower(), mention.code)  # "Sudan's army" ... "the army"
        if mention.kind != "person" or not mention.name:
            return
        names = mention.name.split()
        # (and a last name joined to its article by a hyphen: "es-Sudani" ... "Sudani")
        for short in {names[0], names[-1], names[-1].split("-")[-1]} if names else ():
            key = fold(short.lower())
            if len(key) >= 3:
                self.by_short_name.setdefault(key, mention)
        if mention.role:
            self.by_role.setdefault(mention.role.split()[-1].lower(), mention)


class ActorRecognizer:
    def __init__(self, pack: LanguagePack, morph: Morphology):
        self.pack = pack
        self.morph = morph
        self.lower = pack.lower
        self.home = pack.home_country
        self.comitative_word = pack.config.get("comitative_word", "")
        self.target_postpositions = pack.config_words("target_postpositions")
        self.country_prepositions = pack.config_words("actor_country_prepositions")
        self.name_stops = pack.config_words("name_stops")
        self.conjunction = pack.config.get("conjunction", "")
        self.determiners = pack.config_words("determiners")
        self.instrument_bodies = pack.config_words("instrument_bodies")
        self.apostrophe_names = pack.config.get("names_inflect_after_apostrophe") == "yes"
        self.generic_offices = frozenset(self.lower(w) for w in pack.config_words("generic_offices"))
        self.demonym_owner = pack.config.get("demonym_owner") == "yes"
        self.first_names = pack.first_names
        self.led_by_words = pack.config_words("led_by_words")
        # a word written in lower case matches any case ("ethnic"); a capitalised one only as a name
        # word ("South American", not "the north Lebanese port")
        self.ethnic_words = pack.config_words("ethnic_words")
        self.people_words = frozenset(w for w in self.ethnic_words if w.islower())  # "ethnic": a people, "Latin": a region
        self.name_particles = pack.config_words("name_particles")
        self.act_plurals = frozenset(self.lower(w) for w in pack.config_words("act_plurals"))
        self.generic_bodies = frozenset(self.lower(w) for w in pack.config_words("generic_bodies"))
        self.hyphen_particles = pack.config_words("hyphen_particles")
        self.direction_words = pack.config_words("direction_words")
        self.tenure_words = pack.config_words("tenure_words")
        self.possessive_vowels = tuple(pack.config_words("possessive_vowels"))
        self.posted_offices = frozenset(self.lower(w) for w in pack.config_words("posted_offices"))
        self.portfolio_offices = frozenset(self.lower(w) for w in pack.config_words("portfolio_offices"))
        self._word_cache: dict[str, PatternWord] = {}  # (names repeat their words: one PatternWord each)
        self.proper = PhraseMatcher[Entry](morph, require_capital=True)
        self.common = PhraseMatcher[Entry](morph)
        self.country_names: dict[str, str] = {}
        for iso3, kind, form in pack.countries:
            entry = Entry("country" if kind == "name" else kind, iso3, "GOV", form)
            self.proper.add(self._words(form), entry)
            if kind == "name" and " " not in form:
                self.country_names[self.lower(form)] = iso3
        self.org_names: dict[str, tuple[str, str]] = {}
        for code, sector, form in pack.organisations:
            self.proper.add(self._words(form), Entry("org", code, sector, form))
            if " " not in form:
                self.org_names.setdefault(self.lower(form), (code, sector))
        self.agents = PhraseMatcher[Entry](morph)  # generic agent nouns: only where no other word is found
        for sector, kind, form in pack.roles:  # offices and bodies, capitalised or not
            (self.agents if kind == "agent" else self.common).add(self._words(form), Entry(kind, None, sector, form))
        self.has_agents = any(kind == "agent" for _, kind, _ in pack.roles)
        people: dict[str, list[PersonTenure]] = {}
        listed: dict[str, list[PersonTenure]] = {}  # generated dictionaries: only the spellings they list
        for tenure in pack.persons:
            for form in (tenure.name, *tenure.aliases):
                (listed if tenure.generated else people).setdefault(form, []).append(tenure)
            surname = tenure.name.split()[-1]
            if len(surname) >= 4 and not tenure.generated:
                people.setdefault(surname, []).append(tenure)
        self.surnames: dict[str, Entry] = {}  # a known person's single-word name, lower-cased, for "President obama"
        for form, tenures in people.items():
            entry = Entry("person", tenures[0].code, tenures[0].sector, form, tuple(tenures))
            self.proper.add(self._words(form), entry)
            if " " not in form:
                self.surnames[self.lower(form)] = entry
        # names as the generated dictionaries write them (in ASCII), matched whole without diacritics
        self.folded = NameIndex()
        known = {fold(self.lower(form)) for form in people}
        for form, tenures in listed.items():
            if fold(self.lower(form)) not in known:
                entry = Entry("person", tenures[0].code, tenures[0].sector, form, tuple(tenures))
                self.folded.add(tuple(w.text for w in self._words(fold(form))), entry)

    def _words(self, form: str) -> tuple[PatternWord, ...]:
        """A dictionary form split as the text is ("es-Sisi": es, -, Sisi)."""
        words = self._word_cache
        out = []
        for token in tokenize(form, self.lower):
            if token.low:
                word = words.get(token.low)
                if word is None:
                    word = words[token.low] = PatternWord(token.low, "infl")
                out.append(word)
        return tuple(out)

    # -- raw matches ---------------------------------------------------------
    def _raw(self, tokens: list[Token]) -> list[Match[Entry]]:
        found: list[Match[Entry]] = []
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            if not token.is_word:
                i += 1
                continue
            match = self.proper.match_at(tokens, i) if token.cap else None
            if token.cap:
                listed = self.folded.match_at(tokens, i)
                if listed is not None and (match is None or listed.length > match.length):
                    match = listed
            if match is not None and self.apostrophe_names and match.payload.kind in APOSTROPHE_KINDS \
                    and match.last_rest and not tokens[match.end - 1].suffix and not self._common_last_word(tokens, match):
                match = None  # "Sudani" is a name of its own; Sudan inflects as "Sudan'ı"
            if match is not None and match.length == 1 and token.suffix and self.morph.demonym_rest(token, token.base):
                match = self._demonym(token, i) or match  # "CHP'li", "PKK'lı": a member, not the body
            other = self.common.match_at(tokens, i)
            if other and (match is None or other.length > match.length):
                match = other
            if match is None and token.cap:
                match = self._demonym(token, i)
            if match is None and self.has_agents:
                match = self.agents.match_at(tokens, i)
            if match is None or self._namesake(tokens, match):
                i += 1
                continue
            found.append(match)
            i = match.end
        return found

    def _namesake(self, tokens: list[Token], match: Match[Entry]) -> bool:
        """A dictionary surname after a given name that is not that person's ("Fuad Hüseyin" is not
        Saddam Hüseyin): someone else of that name."""
        i = match.start
        if match.payload.kind != "person" or match.length != 1 or i == 0 or " " in match.payload.form:
            return False
        before = tokens[i - 1]
        return before.cap and before.is_word and not before.suffix and before.low in self.first_names \
            and not any(before.low in self.lower(t.name).split() for t in match.payload.person)

    def _demonym(self, token: Token, i: int) -> Match[Entry] | None:
        """Çinli, Azerbaycanlı, ABD'li: a country name with the -lı adjective suffix; HDP'li,
        PKK'lı: a member of an organisation, with its code and sector."""
        base = token.base if token.suffix else token.low
        for cut in range(len(base), 1, -1):
            iso3 = self.country_names.get(base[:cut])
            org = None if iso3 else self.org_names.get(base[:cut])
            if iso3 or org:
                rest = self.morph.demonym_rest(token, base[:cut])
                if rest is not None:
                    # keep only the inflection after the -lı adjective suffix
                    code, sector = (iso3, "") if iso3 else org
                    return Match(i, i + 1, Entry("demonym", code, sector, token.text), [rest[2:]], [i])
                return None
        return None

    # -- composition ---------------------------------------------------------
    def recognize(self, tokens: list[Token], memory: ArticleMemory, day: date | None,
                  places: list[tuple[int, str]] | None = None) -> list[Mention]:
        """Actor mentions of a sentence; `places` are (token index, ISO3) of the places it names."""
        raw = self._raw(tokens)
        mentions: list[Mention] = []
        k = 0
        while k < len(raw):
            match = raw[k]
            entry = match.payload
            case = self.morph.case_of(match.last_rest)
            mention = Mention(match.start, match.end, entry.kind, entry.code, entry.sector, case)
            if entry.kind == "person":
                self._fill_person(mention, entry, day, written=tokens[match.start : match.end])
                known = memory.by_short_name.get(fold(tokens[match.start].base)) if match.length == 1 else None
                if known is not None and known.kind == "person" and known.name != mention.name:
                    # "Fuad Hüseyin ... Hüseyin": the one this article named wins over a dictionary namesake
                    mention.code, mention.sector, mention.name, mention.role, mention.entity_id = \
                        known.code, known.sector, known.name, known.role, known.entity_id
            nxt = raw[k + 1] if k + 1 < len(raw) else None
            if entry.kind == "uncoded" and nxt is not None and nxt.start == match.end and nxt.payload.kind in ("office", "body"):
                mentions.append(Mention(match.start, nxt.end, "uncoded", None, "", self.morph.case_of(nxt.last_rest)))
                k += 2  # "Batılı diplomatlar", "Western diplomats": officials of a party no code stands for
                continue
            if entry.kind == "capital" and nxt is not None and nxt.start == match.end and nxt.payload.kind == "org" \
                    and nxt.payload.code == entry.code:
                k += 1  # "Ankara Cumhuriyet Başsavcılığı": the city names the body's seat
                continue
            if entry.kind == "demonym" and match.start > 0 and (
                    tokens[match.start - 1].text in self.ethnic_words or tokens[match.start - 1].low in self.ethnic_words):
                # "ethnic Turks" in Sweden, "Latin American governments": a people or a region, no state;
                # "ethnic Hungarians in southern Slovakia": residents of the state named after them
                home = self._residence(tokens, raw, k)
                if home is not None:
                    mentions.append(Mention(match.start, home.end, "people", home.payload.code, "CVL", "nominative",
                                            name=_span_text(tokens, match.start - 1, match.end)))
                    k = raw.index(home) + 1
                    continue
                if tokens[match.start - 1].low in self.people_words and self.morph.plural_rest(tokens[match.end - 1]) is not None:
                    # "ethnic Poles staged a sit-in against Lithuania's new law": people of a state named later
                    people = _span_text(tokens, match.start - 1, match.end)
                    mentions.append(Mention(match.start - 1, match.end, "body", None, "CVL", "nominative",
                                            name=people, role=people))
                    k += 1
                    continue
                k += 2 if nxt is not None and nxt.start == match.end and nxt.payload.kind in ("office", "body") else 1
                continue
            # a country/organisation (nominative, genitive or adjective) in front of an office or body
            if entry.kind in MODIFIER_KINDS and case in ("nominative", "genitive") and nxt is not None \
                    and nxt.payload.kind in ("office", "body", "agent") and self._gap_is_names(tokens, match.end, nxt.start, 2):
                office = nxt.payload
                if office.kind == "agent":  # a generic agent noun with its country: a body of that country
                    office = Entry("body", office.code, office.sector, office.form)
                # the office carries the compound's possessive ("Suriye hükümeti", "İsrail ordusu")
                # (an adjective needs none: "Rus gazetecileri" is an object, unless it opens the sentence,
                # where the subject stands: "Rus askerleri Harkiv'e saldırdı")
                compound = case == "nominative" and (entry.kind != "demonym" or match.start == 0)
                case = self.morph.case_of(self.morph.without_compound_marker(nxt.last_rest) if compound else nxt.last_rest)
                mention = Mention(match.start, nxt.end, office.kind, entry.code,
                                  self._sector(entry, office), case, role=office.form)
                if entry.code and entry.code.startswith("IGO:") and self.lower(office.form) in self.portfolio_offices:
                    # "Avrupa Birliği Bakanı": a state's minister for the organisation, not its official
                    mention.code, mention.role = None, _span_text(tokens, match.start, nxt.end)
                owner = mentions[-1] if mentions else None
                if entry.kind == "capital" and self.lower(office.form) in self.posted_offices and owner is not None \
                        and owner.kind == "country" and owner.case == "genitive" and owner.end == match.start:
                    # "Yunanistan'ın Ankara Büyükelçisi": the capital is the posting, the genitive the envoy's state
                    mentions.pop()
                    mention.start, mention.code = owner.start, owner.code
                if office.kind == "body":
                    mention.name = _span_text(tokens, match.start, nxt.end)
                k += 1
            elif entry.kind == "agent":
                k += 1
                continue  # a generic agent noun with no country named before it ("detainees"): too vague to code
            elif entry.kind in ("office", "body", "collective"):
                mention.role = entry.form  # (a collective's words say whether it means states: "both countries")
                if entry.kind == "body":
                    mention.name = entry.form
                    mention.code = None  # settled by _locate_bodies
            if mention.kind == "office":
                self._attach_holder(mention, tokens, raw, k, memory, day)
                k = self._skip_consumed(raw, k, mention.end)
            if mention.kind == "demonym":
                people = self._plural_noun_after(tokens, match.end)
                if people is not None and tokens[people].low in self.act_plurals:
                    people = None  # "Israeli strikes": acts of that country, not its people
                # "HDP'li vekiller" are of the party's sector; a country's people are civilians
                members_of = entry.sector if entry.sector not in ("", "GOV") else "CVL"
                if self.morph.plural_rest(tokens[match.end - 1]) is not None:  # "Filistinliler", "Israelis"
                    mention.sector, mention.kind = members_of, "people"
                elif people is not None:  # "Filistinli tutukluları": people of that country
                    mention.sector, mention.kind, mention.end = members_of, "people", people + 1
                    mention.case = self.morph.case_of(self.morph.plural_rest(tokens[people]) or "")
                    mention.name = _span_text(tokens, match.start, people + 1)
                elif self.demonym_owner and match.end < len(tokens) and tokens[match.end].is_word \
                        and not tokens[match.end].cap:
                    mention.kind = "owner"  # "the Israeli attack", "an Australian ultimatum": that country's
                    mention.case = self._head_case(tokens, match.end)  # "Rus saldırısını": accusative
                else:
                    k += 1
                    continue  # an adjective on a noun that is not an actor ("Türk ekonomisi")
            if mention.kind == "capital":
                mention.sector = "GOV"
            if mention.kind in ("country", "capital") and case == "locative":
                k += 1
                continue  # a place, handled by the place stage
            mentions.append(mention)
            k += 1
        if self.home and self.first_names:
            self._named_people(tokens, mentions, raw)
        self._short_mentions(tokens, mentions, memory)
        for mention in mentions:  # "Bayramov ile": the comitative as a separate word
            if mention.end < len(tokens):
                word = tokens[mention.end].low
                if word == self.comitative_word:  # "İHA ile saldırdı": a weapon is the means, no partner
                    mention.case = "instrumental" if mention.role in self.instrument_bodies else "comitative"
                elif word in self.target_postpositions:  # "Macaristan hakkında", "İsrail'e karşı"
                    mention.case = "dative"
        mentions = self._joined(mentions, lambda left, m: self._shared_title(tokens, left, m))
        mentions = self._joined(mentions, self._genitive_owner)
        mentions = self._joined(mentions, lambda left, m: self._leaders_government(tokens, left, m))
        mentions = self._joined(mentions, self._officer_of_body)
        self._coordinate(tokens, mentions)
        if self.country_prepositions:
            mentions = self._joined(mentions, lambda left, m: self._postnominal_country(tokens, left, m))
        self._locate_bodies(tokens, mentions, places or [], memory)
        for mention in mentions:
            if mention.entity_id is None and mention.code:
                mention.entity_id = _entity_id(mention)
            memory.remember(mention)
        return mentions

    def _named_people(self, tokens: list[Token], mentions: list[Mention], raw: list[Match[Entry]]) -> None:
        """A given name and one or two more capitalised words that no dictionary knows ("Tuncay
        Özkan"): a person of the home country. The last word may carry the case suffix."""
        covered = {j for m in [*raw, *mentions] for j in range(m.start, m.end)}
        j, n = 0, len(tokens)
        while j < n:
            token = tokens[j]
            if j in covered or not (token.cap and token.is_word) or token.suffix or token.low not in self.first_names:
                j += 1
                continue
            end = j + 1
            while end < n and end - j < 3 and end not in covered and tokens[end].cap and tokens[end].is_word \
                    and tokens[end].low not in self.name_stops and not tokens[end].text.isupper():
                end += 1
                if tokens[end - 1].suffix:
                    break
            if end - j < 2:
                j += 1
                continue
            name = _person_name(tokens[j:end])
            mentions.append(Mention(j, end, "person", self.home, "", self.morph.case_of(tokens[end - 1].suffix),
                                    name=name, entity_id="person:" + name))
            j = end
        mentions.sort(key=lambda m: m.start)

    def _residence(self, tokens: list[Token], raw: list[Match[Entry]], k: int) -> Match[Entry] | None:
        """The country right after a people and a locative preposition ("Albanians in south Serbia")."""
        j = raw[k].end
        if j >= len(tokens) or tokens[j].low not in self.country_prepositions:
            return None
        j += 1
        while j < len(tokens) and tokens[j].low in self.direction_words:
            j += 1
        return next((m for m in raw[k + 1 :] if m.start == j and m.payload.kind == "country"), None)

    def _plural_noun_after(self, tokens: list[Token], j: int) -> int | None:
        """Index of a plural common noun right after position j ("tutukluları", "prisoners"), if any."""
        if j < len(tokens) and tokens[j].is_word and not tokens[j].cap and self.morph.plural_rest(tokens[j]) is not None:
            return j
        return None

    def _sector(self, modifier: Entry, office: Entry) -> str:
        if modifier.kind == "org" and modifier.sector and (
                office.sector == "PTY" or not office.sector or modifier.sector in PARTY_SECTORS
                or self.lower(office.form) in self.generic_offices):
            return modifier.sector  # "AK Parti Sözcüsü", "TBMM Başkanı": the body's own officer
        if not office.sector:  # "Türk heyeti", "CHP heyeti": a delegation acts for whoever sends it
            return modifier.sector or "GOV"
        if modifier.kind == "org" and modifier.sector in NON_STATE_ARMED:
            return modifier.sector  # "RSF commanders": the armed group's own men
        if modifier.kind == "demonym" and modifier.sector in MEMBER_SECTORS:
            return modifier.sector  # "CHP'li belediye başkanı": an opposition official
        return office.sector

    def _head_case(self, tokens: list[Token], j: int) -> str:
        """The case of the noun an owner's demonym stands before, past up to two bare modifiers ("Filipin ikmal
        gemisine": dative)."""
        for k in range(j, min(j + OWNER_MODIFIERS + 1, len(tokens))):
            case = self.morph.possessed_case(tokens[k])
            if case != "nominative" or not tokens[k].is_word or tokens[k].cap:
                return case
        return self.morph.possessed_case(tokens[j])

    def _common_last_word(self, tokens: list[Token], match) -> bool:
        """A name of several words that ends in a possessed common noun inflects without an apostrophe
        ("Hızlı Destek Kuvvetlerinin", "İslam İşbirliği Teşkilatına")."""
        last = tokens[match.end - 1].low
        stem = last[: len(last) - len(match.last_rest)]
        return match.length > 1 and stem.endswith(self.possessive_vowels)

    def _gap_is_names(self, tokens: list[Token], lo: int, hi: int, most: int) -> bool:
        """Only capitalised words without a case suffix (a province: "AK Parti Gaziantep Milletvekili";
        not a place in the locative: "Kuvvetleri'nin Darfur'da sivillere") in between, or a hyphened
        word that makes the country the leader ("Vietnamese-led forces")."""
        if hi - lo == 2 and tokens[lo].text == "-" and tokens[lo + 1].low in self.led_by_words:
            return True
        if hi - lo > most:
            return False
        # (or a word that dates the office: "Tunus'un eski Başbakanı", "Iran's former president")
        return all((tokens[j].cap and tokens[j].is_word and not tokens[j].suffix) or tokens[j].low in self.tenure_words
                   for j in range(lo, hi))

    def _attach_holder(self, mention: Mention, tokens: list[Token], raw, k: int,
                       memory: ArticleMemory, day: date | None) -> None:
        """Capitalised words after an office name its holder; else use the article's memory."""
        j = mention.end
        # the holder may be a dictionary person right after the office
        nxt = next((m for m in raw[k + 1 : k + 3] if m.start == j), None)
        if nxt is not None and nxt.payload.kind == "person":
            self._fill_person(mention, nxt.payload, day, keep_code=mention.code, written=tokens[nxt.start : nxt.end])
            mention.end = nxt.end
            mention.case = self.morph.case_of(nxt.last_rest)
            return
        known = self.surnames.get(tokens[j].base) if j < len(tokens) and not tokens[j].cap else None
        if known is not None and mention.case == "nominative":  # "President obama": a name written in lower case
            self._fill_person(mention, known, day, keep_code=mention.code)
            mention.end, mention.case = j + 1, self.morph.case_of(tokens[j].suffix)
            return
        names: list[Token] = []
        # an office in a case of its own ("DEM Parti heyetinin İmralı'ya") has no holder named after it;
        # a possessive that reads like an accusative ("Iraklı mevkidaşı Fuad Hüseyin ile") does
        rest = raw[k].last_rest
        appositive = mention.case == "accusative" and bool(rest) and self.morph.without_compound_marker(rest) == "" \
            and j < len(tokens) and tokens[j].cap
        while j < len(tokens) and len(names) < MAX_NAME_WORDS and (mention.case == "nominative" or appositive):
            token = tokens[j]
            if self._hyphen_particle(tokens, j):  # "Muhammed Şiya es-Sudani": the article and its hyphen
                names.extend(tokens[j : j + 2])
                j += 2
                continue
            particle = token.low in self.name_particles and self._particle_before_name(tokens, j)
            if not particle and (not (token.cap and token.is_word) or token.low in self.name_stops
                                 or any(m.start == j for m in raw) and not self._surname_alias(raw, j, names)):
                break
            names.append(token)
            if token.suffix:
                break
            j += 1
        if names and appositive and self.morph.case_of(names[-1].suffix) in ("locative", "ablative"):
            names = []  # "Bakanı Kırıkkale'de karşıladı": a place, not the holder
        last = (j if names and names[-1].suffix else j - 1) if names else -1
        dictionary = next((m.payload for m in raw if m.start == last and m.payload.kind == "person"), None)
        if dictionary is not None and all(  # "President Tayyip Erdogan": part of the dictionary's full name
                any(t.base in self.lower(tenure.name).split() for tenure in dictionary.person) for t in names):
            self._fill_person(mention, dictionary, day, keep_code=mention.code, written=names)
            mention.end, mention.case = last + 1, self.morph.case_of(names[-1].suffix)
        elif names:
            mention.kind = "person"
            mention.name = _person_name(names)
            mention.end = j + 1 if names[-1].suffix else j
            mention.case = self.morph.case_of(names[-1].suffix)
            known = memory.by_short_name.get(fold(names[-1].base))
            if mention.code is None and known is not None:
                mention.code, mention.sector, mention.entity_id = known.code, known.sector, known.entity_id
        elif mention.code is None:
            known = memory.by_role.get(mention.role.split()[-1].lower()) if mention.role else None
            if known is not None:
                mention.code, mention.name, mention.entity_id = known.code, known.name, known.entity_id
                mention.sector = known.sector
        if mention.code is None:
            mention.code, mention.located = self.home, True

    def _hyphen_particle(self, tokens: list[Token], j: int) -> bool:
        """An Arabic article at j written with a hyphen onto a capitalised name word ("es-Sudani")."""
        return j + 2 < len(tokens) and tokens[j].low in self.hyphen_particles and tokens[j + 1].text == "-" \
            and tokens[j + 1].start == tokens[j].end and tokens[j + 2].start == tokens[j + 1].end \
            and tokens[j + 2].cap and tokens[j + 2].is_word

    def _particle_before_name(self, tokens: list[Token], j: int) -> bool:
        """Lower-case particles at j lead to a capitalised name word ("von der Leyen", "bin Salman")."""
        while j < len(tokens) and tokens[j].low in self.name_particles and not tokens[j].cap:
            j += 1
        return j < len(tokens) and tokens[j].cap and tokens[j].is_word

    @staticmethod
    def _surname_alias(raw, j: int, names: list[Token]) -> bool:
        """A dictionary surname inside a longer name ("Muhammed bin Abdurrahman Al Sani") is part
        of that name, not the person the dictionary knows by it."""
        return bool(names) and any(m.start == j and m.payload.kind == "person" and len(m.payload.form.split()) == 1
                                   for m in raw)

    @staticmethod
    def _skip_consumed(raw, k: int, end: int) -> int:
        while k + 1 < len(raw) and raw[k + 1].start < end:
            k += 1
        return k

    def _fill_person(self, mention: Mention, entry: Entry, day: date | None, keep_code: str | None = None,
                     written: list[Token] | None = None) -> None:
        tenure = _tenure_at(entry.person, day)
        mention.kind = "person"
        # (a name a generated dictionary writes in ASCII is given as the text spells it: "Egemen Bağış")
        mention.name = _person_name(written) if tenure.generated and written else tenure.name
        mention.role = tenure.role
        mention.code = tenure.code if keep_code is None or keep_code == tenure.code else keep_code
        mention.sector = tenure.sector
        mention.entity_id = "person:" + tenure.name

    def _short_mentions(self, tokens: list[Token], mentions: list[Mention], memory: ArticleMemory) -> None:
        """A capitalised word that is the first or last name of someone named earlier."""
        covered = {j for m in mentions for j in range(m.start, m.end)}
        for j, token in enumerate(tokens):
            if j in covered or not token.cap:
                continue
            known = memory.by_short_name.get(fold(token.base))
            if known is None:
                continue
            mentions.append(Mention(j, j + 1, "person", known.code, known.sector, self.morph.case_of(token.suffix),
                                    name=known.name, role=known.role, entity_id=known.entity_id))
        mentions.sort(key=lambda m: m.start)

    def _locate_bodies(self, tokens: list[Token], mentions: list[Mention], places: list[tuple[int, str]],
                       memory: ArticleMemory) -> None:
        """An army or government named without a country belongs to the country in view:
        the nearest country named before it in the sentence, the sentence's place, the country
        of the same body named before in the article ("Sudan's army ... the army"), the last
        subject's country (English), the article's first country, or the language's home country. Civilians, opposition,
        rebels and police belong to the place named nearest before them first ("Rus askerleri
        Kiev'de sivillere"), else to the story's place."""
        last = None
        for k, mention in enumerate(mentions):
            # a place named after a government body is where something else is ("Dışişleri Bakanlığı, İsrail'in
            # Batı Şeria'daki ... kararını"), not the body's country
            place_country = next((iso3 for j, iso3 in places if j < mention.start), None)
            head = mentions[k - 1] if k else None
            if mention.code is None and mention.kind == "person" and head is not None and head.code \
                    and _apposed(tokens, head, mention):
                # "The army's chief, General Abdel Fattah al-Burhan, rejected": that actor's man
                mention.code, mention.sector = head.code, mention.sector or head.sector
            # (and a holder of an office named with it: "President Mohamed Bazoum" in a story on Niger)
            elif mention.code is None and mention.kind == "body" and mention.role and self.lower(mention.role) in self.generic_bodies:
                mention.kind = "uncoded"  # "arabulucu ülkeleri": countries of no one state named
            elif mention.code is None and mention.kind == "body" and mention.sector in NON_STATE_ARMED \
                    and memory.armed_group and not self._local_country(tokens, mention, mentions, places):
                mention.code = memory.armed_group  # "the militants": the armed group of no state named before
                mention.located = True
            elif mention.code is None and (mention.kind in ("body", "office") or (mention.kind == "person" and mention.role)):
                local = (self._local_country(tokens, mention, mentions, places) or memory.place_country) \
                    if mention.sector in LOCAL_SECTORS else None
                # a body named bare is most often the last subject's ("China's commerce ministry said ... A ministry
                # spokesperson urged"); in Turkish, a government body the last subject's ("Dışişleri Bakanlığı ...
                # Bakanlık"), other bodies the home country's
                context = memory.subject_country if self.home is None or mention.sector == "GOV" else None
                named = memory.body_countries.get(mention.role.lower()) if mention.role else None
                mention.code = local or last or place_country or named or context or memory.focus_country or self.home \
                    or next((m.code for m in mentions if m.start > mention.start and m.code and ":" not in m.code
                             and m.kind != "collective"), None)  # "refugees ... against the Russian government"
                mention.located = True
            elif mention.code and ":" not in mention.code and mention.kind != "collective":
                last = mention.code
                memory.focus_country = memory.focus_country or mention.code

    @staticmethod
    def _joined(mentions: list[Mention], join: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
        """The mentions, each one that `join` merges with the one kept before it replaced by the merge."""
        kept: list[Mention] = []
        for mention in mentions:
            merged = join(kept[-1], mention) if kept else None
            if merged is None:
                kept.append(mention)
            else:
                kept[-1] = merged
        return kept

    @staticmethod
    def _local_country(tokens: list[Token], mention: Mention, mentions: list[Mention],
                       places: list[tuple[int, str]]) -> str | None:
        """The place nearest before people found there, else right after them ("civilians in Kharkiv",
        not a place further on); a capital named before them as an actor counts ("shelled Juba,
        killing 20 people")."""
        spots = [(j, iso3) for j, iso3 in places if j < mention.start or j <= mention.end + 1] + [
            (m.start, m.code) for m in mentions if m.kind == "capital" and m.code and m.end <= mention.start]
        if not spots:  # "struck Kurdish militant targets in northern Iraq": the sentence's next place, in the
            return next((iso3 for j, iso3 in places  # same stretch ("killing 12 people, aid workers in Nairobi
                         if j > mention.end and not any(t.text == "," for t in tokens[mention.end : j])), None)  # said")
        return min(spots, key=lambda p: (p[0] > mention.start, abs(p[0] - mention.start)))[1]

    def _postnominal_country(self, tokens: list[Token], left: Mention, mention: Mention) -> Mention | None:
        """"a court in Guyana", "Foreign Minister Takeshi Iwaya of Japan": an office, body or
        person without a country takes the country named right after one of the pack's
        `actor_country_prepositions`; the country is then part of that actor."""
        if not (left.code is None and left.kind in ("office", "body", "person") and mention.kind == "country"
                and mention.start == left.end + 1 and tokens[left.end].low in self.country_prepositions):
            return None
        left.code, left.end = mention.code, mention.end
        if left.kind == "body":
            left.name = _span_text(tokens, left.start, left.end)
        return left

    @staticmethod
    def _genitive_owner(left: Mention, mention: Mention) -> Mention | None:
        """"NATO ülkelerinin savunma bakanları", "Putin'in sözcüsü": an office that names no country
        of its own belongs to the actor in the genitive right before it. (A body there is more often the
        object of a clause whose subject that genitive is: "yönetimin sivilleri hedef alması".)"""
        if not (left.case == "genitive" and left.code and not left.located and left.end == mention.start
                and mention.kind == "office" and mention.located):
            return None
        mention.code, mention.located, mention.start = left.code, False, left.start
        return mention

    def _officer_of_body(self, left: Mention, mention: Mention) -> Mention | None:
        """"Iran's foreign ministry spokesman Esmaeil Baghaei", "ordu sözcüsü": an office named right after a
        body of a known country, with no country of its own, is that body's officer."""
        if not (left.kind == "body" and left.code and mention.kind in ("office", "person") and mention.role
                and mention.start == left.end and (mention.code is None or mention.located)):
            return None
        mention.code, mention.located, mention.start = left.code, left.located, left.start
        if self.lower(mention.role) in self.generic_offices and left.sector:
            mention.sector = left.sector  # "the army spokesman": a military officer
        return mention

    def _leaders_government(self, tokens: list[Token], left: Mention, mention: Mention) -> Mention | None:
        """"Esad rejimi", "Trump yönetimi", "the Assad regime": a government named for its leader is that
        state's government (one actor, not the leader acting on it)."""
        if not (left.kind == "person" and left.code and left.case == "nominative" and mention.kind == "body"
                and mention.sector == "GOV" and mention.start == left.end and not mention.members):
            return None
        suffix = tokens[mention.end - 1].suffix if tokens[mention.end - 1].suffix else \
            self.morph.rest(tokens[mention.end - 1], self.lower(mention.role or ""), "noun") or ""
        merged = Mention(left.start, mention.end, "body", left.code, "GOV",
                         self.morph.case_of(self.morph.without_compound_marker(suffix)) if mention.case != "comitative"
                         else mention.case, name=_span_text(tokens, left.start, mention.end), role=mention.role)
        return merged

    def _shared_title(self, tokens: list[Token], left: Mention, mention: Mention) -> Mention | None:
        """"Katar Başbakanı ve Dışişleri Bakanı Muhammed Al Sani": two titles of one person, the
        country named on the first."""
        if not (left.kind == "office" and left.name is None and not left.located
                and mention.kind in ("person", "office") and mention.name
                and (mention.located or mention.code == left.code)  # not "Rusya ... ve Çin ... Başkanı Şi"
                and [t.low for t in tokens[left.end : mention.start]] == [self.conjunction]):
            return None
        if mention.located:
            mention.code, mention.located = left.code, False
        mention.sector = left.sector
        mention.role = f"{left.role} {self.conjunction} {mention.role}" if left.role and mention.role else mention.role
        mention.start = left.start
        mention.entity_id = None
        return mention

    def _coordinate(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """Coordinated actors ("Çin ve Azerbaycan'ın", "Armenia and Azerbaijan") are each other's
        partners, and the case on the last conjunct applies to all. A determiner may open the second
        ("Chile and Argentina")."""
        for left, right in zip(mentions, mentions[1:]):
            between = [t.low for t in tokens[left.end : right.start]]
            if between[-1:] and between[-1] in self.determiners:
                between = between[:-1]
            if between == [self.conjunction] and left.case == "nominative":
                left.case = right.case
                right.members.append(left)
                left.members.append(right)


class NameIndex:
    """Names of several words looked up whole, without diacritics: the generated dictionaries' 26,000
    people, whom phrase matching word by word would make slow. The last word may carry a suffix after an
    apostrophe ("Davutoğlu'nun"), which is the match's rest."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], Entry] = {}
        self.firsts: set[str] = set()
        self.longest = 1

    def add(self, words: tuple[str, ...], entry: Entry) -> None:
        if words:
            self.names.setdefault(words, entry)
            self.firsts.add(words[0])
            self.longest = max(self.longest, len(words))

    def match_at(self, tokens: list[Token], i: int) -> Match[Entry] | None:
        first = tokens[i]
        if fold(first.low) not in self.firsts and fold(first.base) not in self.firsts:
            return None
        n = len(tokens)
        for length in range(min(self.longest, n - i), 0, -1):
            last = tokens[i + length - 1]
            words = (*(fold(t.low) for t in tokens[i : i + length - 1]), fold(last.base))
            entry = self.names.get(words)
            if entry is not None:
                return Match(i, i + length, entry, [""] * (length - 1) + [fold(last.suffix)],
                             list(range(i, i + length)))
        return None


def _tenure_at(tenures: tuple[PersonTenure, ...], day: date | None) -> PersonTenure:
    for tenure in tenures:
        if tenure.covers(day):
            return tenure
    return max(tenures, key=lambda t: t.start or "")


def _apposed(tokens: list[Token], head: Mention, mention: Mention) -> bool:
    """`mention` stands between commas right after `head` (one word may come between: "The army's chief,")."""
    comma = mention.start - 1
    return comma >= 1 and tokens[comma].text == "," and 0 <= comma - head.end <= 1 \
        and mention.end < len(tokens) and tokens[mention.end].text == ","


def _person_name(words: list[Token]) -> str:
    """A name as written, without the case suffix after its apostrophe ("Tuncay Özkan'ın"), with a
    space only where the text has one ("es-Sudani")."""
    return "".join((" " if k and t.start > words[k - 1].end else "") + t.text.split("'")[0].split("’")[0]
                   for k, t in enumerate(words))


def _span_text(tokens: list[Token], lo: int, hi: int) -> str:
    """The words as written: a space only where the text has one ("Saudi-backed troops")."""
    parts = []
    for j in range(lo, hi):
        if j > lo and tokens[j].start > tokens[j - 1].end:
            parts.append(" ")
        parts.append(tokens[j].text)
    return "".join(parts)


def _is_person_id(entity_id: str | None) -> bool:
    return bool(entity_id) and entity_id.startswith("person:")


def _entity_id(mention: Mention) -> str:
    if mention.kind == "person" and mention.name:
        return f"person:{mention.name}"
    return f"{mention.code}{mention.sector}" if mention.sector else str(mention.code)
