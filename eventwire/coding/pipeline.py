"""From article text to coded events: the stages in order, one Coder per language."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from eventwire import __version__
from eventwire.coding.actors import MEMBER_SECTORS, ActorRecognizer, ArticleMemory, Mention, implied_country, war_side
from eventwire.coding.arguments import (ACCUSE_CODE, APPEAL_ROOT, MATERIAL_CONFLICT, MATERIAL_COOPERATION,
                                        MEETING_ROOT, PROTEST_ROOT, TARGET_CASES, UNKNOWN_OWNER, VERBAL_QUADS, Clause,
                                        actors_in, addressee, agent_of_passive, armed_code, first_genitive, is_mutual_act,
                                        last_nominative, legal_filing, mention_at, nominative_before, own_people,
                                        owner_of_object, pair_between, policed, protested_government, target_in,
                                        told_both_ways, unknown_genitive_names)
from eventwire.coding.dateline import read_dateline
from eventwire.coding.governing import Governing
from eventwire.coding.dates import DateFinder, DateMention
from eventwire.coding.matcher import Match, PhraseMatcher, Prefixes
from eventwire.coding.morphology import Morphology
from eventwire.coding.places import PlaceFinder, PlaceMention
from eventwire.coding.word_order import WordOrderRoles
from eventwire.gazetteer import Place
from eventwire.lang import load
from eventwire.lang.pack import NO_ACT, VerbEntry
from eventwire.lang.patterns import MAX_GAP
from eventwire.ontology import ontology
from eventwire.record import Article, Event, Evidence, Location, Plover, event_id, make_actor, story_key, text_id
from eventwire.text.quotes import CLOSING_QUOTES, OPENING, STRAIGHT, quote_spans
from eventwire.text.sentences import Sentence, is_heading, is_title, split_sentences
from eventwire.text.tokens import Token, tokenize

SENTENCE_ENDS = frozenset({".", "!", "?"})
RETOLD_STEM = 4  # letters of a trigger's first word that identify its verb across inflections
STATEMENT_REACH = 3  # words after an -an participle in which its statement noun may stand

LEAD_SENTENCES = 3  # a relative date or a place in the first sentences applies to the whole story
AID_ROOT = "07"  # CAMEO: provide aid
UNREAL_REACH = 5  # words after an act within which "mümkün" (possible) still governs it
LABEL_REACH = 5  # words before a label phrase within which the act it labels stands
VISIT_CODE = "042"  # CAMEO: make a visit
SIGN_CODE = "057"  # CAMEO: sign a formal agreement
REJECT_ROOT = "12"  # CAMEO: reject
VERBAL_CONFLICT = 3  # CAMEO quad class of hostile words (demand, disapprove, reject, threaten)
ASKING_ROOTS = (APPEAL_ROOT, "10")  # CAMEO appeal and demand: both ask a party to act
YIELD_ROOT = "08"  # CAMEO: yield (release, withdraw, ease): an act that undoes another's deed
ANSWER_ROOTS = frozenset({"01", "05", "11", "12"})  # comment, endorse, disapprove, reject: how an act is answered
COOPERATIVE_QUADS = (1, 2)  # verbal and material cooperation
MATERIAL_QUADS = (2, 4)  # deeds, which happen where their parties are, unlike words
PHONE_CALL = "041"
PLANNED_MEETING = "036"  # CAMEO: express intent to meet or negotiate
DESCRIPTION_REACH = 6  # words between a party and the participle of a clause that describes the person after it


@dataclass(slots=True)
class SentenceDoc:
    sentence: Sentence
    tokens: list[Token]
    dates: list[DateMention]
    places: list[PlaceMention]
    mentions: list[Mention] = field(default_factory=list)
    quote_speaker: Mention | None = None  # who says the quotation this sentence stands inside
    planned: dict[int, str] = field(default_factory=dict)  # intent trigger start -> CAMEO of the act it governs
    decided: set[int] = field(default_factory=set)  # trigger starts of acts a decision names ("uygulama kararı")
    act_noun_ends: set[int] = field(default_factory=set)  # token after each act noun ("the attack| by Israel")
    said_ends: list[int] = field(default_factory=list)  # token after each verb of saying that ends a reported clause
    phrases: list[Match[VerbEntry]] = field(default_factory=list)  # every event phrase found, asked acts too
    found: list[Match[VerbEntry]] | None = None  # verbs.txt phrases as matched, before any filter (None: not read)
    heading: bool = False  # a heading or the title line: it retells the text under it
    speech: list[Match[bool]] | None = None  # verbs of saying found (None: not read)
    struck: list[PlaceMention] = field(default_factory=list)  # cities an act is aimed at ("Harkiv'e saldırı")
    _prefixes: Prefixes | None = field(default=None, init=False, repr=False)

    @property
    def prefixes(self) -> Prefixes:
        """The word beginnings of the sentence, shared by every phrase matcher that reads it."""
        if self._prefixes is None:
            self._prefixes = Prefixes(self.tokens)
        return self._prefixes

    @property
    def venue(self) -> Place | None:
        """Where the sentence's meeting or speech was held ("Cibuti'de düzenlenen toplantıda")."""
        return next((p.place for p in self.places if p.venue), None)


@dataclass(slots=True)
class ArticleState:
    article_id: str
    dateline: date | None
    memory: ArticleMemory = field(default_factory=ArticleMemory)
    dyad: tuple[tuple[str, str], tuple[str, str]] | None = None  # the two main parties (code, sector), from the
    # first fight or the last meeting
    dyad_fight: bool = False  # the pair fought (it stays the story's pair)
    last_subject: Mention | None = None
    last_speaker: Mention | None = None  # the subject of the last sentence with a verb of saying
    lead_date: DateMention | None = None
    lead_date_from: int = 0  # the sentence the lead date is named in: it dates that sentence and the ones after
    lead_place: Place | None = None
    lead_deed: bool = False  # the lead place is where a deed was done (not where people met or spoke)
    dateline_place: Place | None = None  # the wire dateline's city, where the story is filed from
    acted_on: dict[str, Mention] = field(default_factory=dict)  # country -> the last party that acted on it
    last_actor: Mention | None = None  # the source of the last deed (not words) done to another party
    acted_on_sector: dict[tuple[str, str], Mention] = field(default_factory=dict)  # (country, sector) -> the last
    # party of that country but another sector that acted on it (the opposition on the government)
    met: tuple[tuple[str, str], tuple[str, str]] | None = None  # the last two countries that met or signed together
    accused_by: dict[str, Mention] = field(default_factory=dict)  # country -> the last party to accuse or criticise it
    docs: list[SentenceDoc] = field(default_factory=list)  # the article's sentences, and the one being coded
    at: int = 0
    pair_ahead: tuple | None = None  # the first pair named "between" after the sentence coded (() for none)


class Coder:
    def __init__(self, lang: str):
        self.lang = lang
        self.pack = load(lang)
        self.onto = ontology()
        self.morph = Morphology(self.pack)
        self.verbs = PhraseMatcher[VerbEntry](self.morph, max_gap=int(self.pack.config.get("phrase_gap", MAX_GAP)))
        # the broad lexicons' phrases (verbs_*.txt): with verbs.txt's, what the decision step's candidates
        # are found with
        self.lexicon = PhraseMatcher[VerbEntry](self.morph, max_gap=self.verbs.max_gap)
        for entry in self.pack.verbs:
            (self.lexicon if entry.broad else self.verbs).add(entry.words, entry)
        self.speech = PhraseMatcher[bool](self.morph)  # payload: the phrase opens with a verb (not "reminder")
        for words in self.pack.speech:
            self.speech.add(words, words[0].kind == "verb")
        self.actors = ActorRecognizer(self.pack, self.morph)
        self.dates = DateFinder(self.pack)
        self.places = PlaceFinder(self.pack, self.morph)
        self.negation_words = frozenset(f for k, f in self.pack.modality if k == "negation")
        self.intent_words = frozenset(f for k, f in self.pack.modality if k == "intent")
        self.unreal_words = frozenset(f for k, f in self.pack.modality if k == "unreal")
        self.time_nouns = self.pack.config_words("time_nouns")
        self.gathering_nouns = self.pack.config_words("gathering_nouns")
        self.meeting_nouns = self.pack.config_words("meeting_nouns")
        self.country_collectives = frozenset(self.pack.lower(w) for w in self.pack.config_words("country_collectives"))
        self.partitive_words = self.pack.config_words("partitive_words")
        self.postpositions = self.pack.config_words("plain_postpositions")
        self.occurrence_verbs = tuple(self.pack.config_words("occurrence_verbs"))
        self.topic_shifts = self.pack.config_words("topic_shifts")
        self.label_words = self.pack.config_words("label_words")
        self.state_words = self.pack.config_words("state_words")
        self.aerial_bodies = frozenset(w.lower() for w in self.pack.config_words("aerial_bodies"))
        self.protester_bodies = frozenset(w.lower() for w in self.pack.config_words("protester_bodies"))
        self.agent_word = self.pack.config.get("agent_word", "")
        self.copula = self.pack.config.get("copula", "").strip("-")  # "-": the language marks none on a word
        # a verb that carries the tense for the one before it: "devam et" in "vermeye devam edecek"
        self.aspect_auxiliaries = [tuple(words.split()) for words in self.pack.config_words("aspect_auxiliaries")]
        # "X ile Y arasında" / "between X and Y": the two parties of a mutual act told in the passive
        self.between_word = self.pack.config.get("between_word", "")
        self.between_first = self.pack.config.get("between_word_first") == "yes"
        self.determiners = self.pack.config_words("determiners")
        self.conjunction = self.pack.config.get("conjunction", "")
        self.locative_light_verbs = self.pack.config_words("locative_light_verbs")
        self.topic_postpositions = self.pack.config_words("topic_postpositions")
        self.statement_nouns = self.pack.config_words("statement_nouns")
        self.governing = Governing(self.pack, self.morph, lambda cameo: self.onto.get(cameo).quad_class in VERBAL_QUADS)
        self.genitive_postpositions = self.pack.config_words("genitive_postpositions")
        self.describing_participles = self.pack.config_words("describing_participles")
        self.future_auxiliaries = self.pack.config_words("future_auxiliaries")
        self.attributive_suffixes = tuple(self.pack.config_words("attributive_suffixes"))
        self.light_verbs = tuple(sorted(self.pack.config_words("light_verbs"), key=len, reverse=True))
        self.pair_joiners = frozenset(w for w in (self.pack.config.get("conjunction", ""),
                                                  self.pack.config.get("comitative_word", "")) if w)
        self.date_after_verb = self.pack.config.get("date_after_verb") == "yes"
        self.sentence_starters = self.pack.config_words("sentence_starters")
        # case endings that can stand split off a name; short or word-like ones are left out
        ambiguous = self.pack.config_words("unsplittable_suffixes") | self.morph.clitics
        self.case_endings = frozenset(e for _, endings in self.pack.case_endings for e in endings)
        self.split_suffixes = frozenset(e for e in self.case_endings if len(e) >= 2 and e not in ambiguous)
        # (of those, ones that stand split off only after a possessed name: "BM Güvenlik Konseyi ne")
        self.possessed_suffixes = self.pack.config_words("possessed_name_suffixes")
        self.possessive_vowels = tuple(self.pack.config_words("possessive_vowels"))
        self.version = f"eventwire {__version__}; {self.pack.version}; ontology {self.onto.version}"
        roles = self.pack.config.get("roles", "case")
        strategies = {"case": lambda: self._code_sentence, "order": lambda: WordOrderRoles(self).code_sentence}
        if roles not in strategies:
            raise ValueError(f"{lang}/config.txt: unknown roles strategy {roles!r} ({', '.join(strategies)})")
        self._sentence_coder = strategies[roles]()
        self.rules_version = self.version
        self.decider = None  # the decision step, where a model is shipped for the language (decide/model.py)
        from eventwire.decide import Decider
        from eventwire.decide.model import packaged

        model = packaged(lang)
        if model is not None:
            self.decider = Decider(self, model)
            self.version = self.decider.version

    # -- article ---------------------------------------------------------------
    def code(self, text: str, article_id: str | None = None, dateline: date | None = None) -> Article:
        """The article's events: the rules propose, the learned decision step keeps (where a model is shipped)."""
        article, state = self.analyse(text, article_id, dateline)
        return self.decider.decide(article, state) if self.decider is not None else article

    def code_rules(self, text: str, article_id: str | None = None, dateline: date | None = None) -> Article:
        """The rule coder's events alone (what `code` decides among)."""
        article = self.analyse(text, article_id, dateline)[0]
        for event in article.events:
            event.coder = self.rules_version
        return article

    def analyse(self, text: str, article_id: str | None = None,
                dateline: date | None = None) -> tuple[Article, ArticleState]:
        """The rule coder's events with the analysis they came from (sentences, tokens, mentions, phrases)."""
        head = read_dateline(text, self.pack, dateline)
        art_id = article_id or text_id(text)
        state = ArticleState(art_id, head.date)
        state.dateline_place = self.places.geocode(self.pack.lower(head.city)) if head.city else None
        state.memory.place_country = state.dateline_place.country if state.dateline_place else None
        article = Article(art_id, self.lang, text, head.date.isoformat() if head.date else None)
        docs = []
        for sentence in split_sentences(text, self.pack.abbreviations, head.body_start, self.sentence_starters):
            tokens = self._rejoin(text, tokenize(text[sentence.start : sentence.end], self.pack.lower, sentence.start))
            docs.append(SentenceDoc(sentence, tokens, self.dates.find(tokens, head.date), self.places.find(tokens),
                                    struck=self.places.find_struck(tokens)))
        lead = next(((doc, d) for doc in docs[:LEAD_SENTENCES] for d in doc.dates
                     if d.basis == "relative" and d.value and d.precision == "day"), None)
        state.lead_date = lead[1] if lead else None
        # a weekday in a later sentence dates the lead only when it dates an act told again ("çarşamba günü
        # gerçekleşen görüşmede": at the meeting held on Wednesday); else it dates its own sentence onwards
        state.lead_date_from = 0 if lead is None or self._dates_retold_act(*lead) else lead[0].sentence.index
        seen: set[tuple] = set()
        quotes = quote_spans(text, head.body_start)
        speakers: dict[int, Mention | None] = {}  # opening offset of a quotation -> its speaker
        state.docs = docs
        shifted, lead_place = False, None  # the lead's place, kept when a later sentence turns to another story
        for state.at, doc in enumerate(docs):
            places = [(p.token, p.place.country) for p in doc.places]
            if state.lead_place is None and doc.sentence.index < LEAD_SENTENCES:
                state.lead_place = doc.venue  # the story happens where its meeting or speech was held
            if self._shifts_topic(doc.tokens):  # "Öte yandan", "Meanwhile": another story, in its own place
                plain = next((p.place for p in doc.places if not p.attributive and not p.inner), None)
                if not shifted:
                    shifted, lead_place = True, state.lead_place
                state.lead_place, state.lead_deed = doc.venue or plain or state.dateline_place, False
            if state.lead_place is not None:  # police and people named without a place are the story's
                state.memory.place_country = state.lead_place.country
            if state.last_subject is not None and state.last_subject.code and ":" not in state.last_subject.code:
                state.memory.subject_country = state.last_subject.code
            doc.mentions = self.actors.recognize(doc.tokens, state.memory, head.date, places)
            self._quotation_speakers(doc, quotes, speakers, state)
            doc.heading = is_heading(text[doc.sentence.start : doc.sentence.end]) or is_title(text, doc.sentence)
            if doc.heading:
                continue  # a heading retells the text under it: its acts are told there (and counted once)
            for event in self._sentence_coder(text, doc, state):
                # one sentence tells one act per dyad and root ("gözaltına alınmış ve tutuklanmıştı")
                # (a named person is a party of his own; unnamed bodies of one country are that country:
                # "attacked a Malian village, killing nine people" is one assault)
                target_person = event.target.name if event.target is not None and _is_person(event.target) else None
                key = (event.evidence.sentence_index, event.source.country, event.source.name,
                       event.target.country if event.target else None, target_person, event.cameo_root,
                       war_side(event.target.sector) if event.target else None)  # a civil war's two sides
                if (event.cameo_root == MEETING_ROOT or event.cameo == PLANNED_MEETING) and event.target is not None:
                    # a visit and the talks held on it (or planned): one meeting of two countries
                    key = (event.evidence.sentence_index, MEETING_ROOT,
                           frozenset((event.source.country, event.target.country)), event.intent, event.negated)
                retold = _retold(event)
                if key not in seen and (retold is None or retold not in seen):
                    seen.update((key, retold) if retold else (key,))
                    article.events.append(event)
        article.events = _without_state_retellings(article.events)
        lead_place = lead_place if shifted else state.lead_place  # (the lead's, not a later story's)
        if lead_place is not None:  # words in the lead told before the sentence naming where it was said
            for event in article.events:
                if event.location is None and event.evidence.sentence_index < LEAD_SENTENCES \
                        and event.quad_class in VERBAL_QUADS and not event.cameo.startswith(PHONE_CALL):
                    event.location = Location.from_dict(lead_place.to_dict())
        return article, state

    @staticmethod
    def _quotation_speakers(doc: SentenceDoc, quotes: list[tuple[int, int]], speakers: dict[int, Mention | None],
                            state: ArticleState) -> None:
        """A quotation opened in this sentence is said by the last subject named before it (else the last
        actor, or the last sentence's subject: "Davutoğlu, Suriyeliler'e ... şunları kaydetti: "...": not the
        Syrians); a sentence that begins inside an earlier quotation is said by its speaker."""
        lo, hi = doc.sentence.start, doc.sentence.end
        for opened, closed in quotes:
            if lo <= opened < hi:
                before = [m for m in doc.mentions if m.is_actor and m.end > 0 and doc.tokens[m.end - 1].end <= opened]
                subjects = [m for m in before if m.case == "nominative"]
                speakers[opened] = (subjects or before)[-1] if before else state.last_subject
            elif opened < lo < closed:
                doc.quote_speaker = speakers.get(opened)

    def triggers(self, doc: SentenceDoc) -> list[Match[VerbEntry]]:
        """Verb phrases that are not part of an actor's name or a date ("March" the month), nor
        asked about ("AB'den yardım istedi mi?"), nor a longer phrase that names no act ("tehdit
        altında": under threat), nor an adjective on a noun ("daha kararlı adımlar"), nor an act noun that
        labels someone ("Rusya'yı en büyük tehdit olarak nitelendirdi": called Russia the greatest threat), nor
        one that names what something has become ("barışı tehdit eder hale geldi": has come to threaten peace)."""
        dates, tokens = {d.token for d in doc.dates}, doc.tokens
        doc.found = self.verbs.find_all(tokens, doc.prefixes)
        return [t for t in doc.found
                if t.payload.cameo != NO_ACT and t.start not in dates and not _inside_mention(t, doc.mentions)
                and not _asked(tokens, t) and not self._placed_noun(t) and not self._attributive(t, tokens)
                and not (t.payload.words[-1].kind != "verb" and t.end < len(tokens) and tokens[t.end].low in self.label_words)
                and not (t.end < len(tokens) and tokens[t.end].low in self.state_words)
                and not (t.payload.no_infinitive and t.start > 0 and self.morph.is_infinitive(tokens[t.start - 1]))
                and not self._compound_noun(tokens, t)]

    def _compound_noun(self, tokens: list[Token], trigger: Match[VerbEntry]) -> bool:
        """The verbal noun of a verb whose stem is also a noun, after a bare common noun, is the second word of
        a compound noun, not an act ("ateşkes anlaşmasının ihlali": the ceasefire agreement's breach)."""
        word = trigger.payload.words[0]
        rest = trigger.rests[0]
        if not (word.strict and len(trigger.payload.words) == 1 and trigger.start > 0 and (
                self.morph.is_verbal_noun(rest) or self.morph.is_verbal_subject(rest) or self.morph.is_complement(rest))):
            return False
        before = tokens[trigger.start - 1]
        return before.is_word and not before.cap and not before.suffix and self.morph.case_of(before.low) == "nominative"

    def _rejoin(self, text: str, tokens: list[Token]) -> list[Token]:
        """Scraped copy splits suffixes off names ("Türkiye nin", "KCK’ dan", "Gül ’ün"): rejoin them."""
        out: list[Token] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            j = i + 1
            if tok.cap and tok.is_word and not tok.suffix and j < n:
                after_mark = tokens[j].text in "'’" and j + 1 < n and tokens[j + 1].low in self.case_endings
                if after_mark:  # "Gürcistan’ ı": after an apostrophe any case ending is unambiguous
                    j += 1
                possessed = tokens[j].low in self.possessed_suffixes and tok.low.endswith(self.possessive_vowels) \
                    and i > 0 and tokens[i - 1].cap  # the last word of a name of several: "Güvenlik Konseyi ne"
                if tokens[j].text.islower() and (after_mark or tokens[j].low in self.split_suffixes or possessed) \
                        and (j > i + 1 or text[tok.end : tokens[j].start] == " "):
                    part = tokens[j]
                    out.append(Token(text[tok.start : part.end], tok.start, part.end, tok.low + part.low,
                                     tok.base, part.low, True))
                    i = j + 1
                    continue
            out.append(tok)
            i += 1
        return out

    # -- sentence (roles from case marking; see word_order.py for the other strategy) ---
    def _code_sentence(self, text: str, doc: SentenceDoc, state: ArticleState) -> list[Event]:
        tokens, mentions = doc.tokens, doc.mentions
        said = doc.speech = self.speech.find_all(tokens, doc.prefixes)
        reporting = {s.start for s in said if self._reports_clause(tokens, s.start)}
        triggers = [t for t in self.triggers(doc) if t.start not in reporting]  # "-dığını savundu": argued
        doc.phrases = triggers
        governed = self.governing.acts(triggers, tokens)  # acts done, not those another act asks or answers
        triggers, doc.planned, doc.decided = governed.acts, governed.planned, governed.decided
        taken = {j for t in triggers for j in range(t.start, t.end)}
        speech = [s for s in said if s.start not in taken]
        # (a verb of saying as a participle before its noun names a statement, not a clause it reports: a date
        # before it dates the statement, "30 Eylül 2009 tarihinde açıkladığı kararda ... reddetti")
        doc.said_ends = [s.end for s in speech if not (s.end < len(tokens) and tokens[s.end].is_word
                                                       and self.morph.is_participle(s.last_rest))]
        self._fix_compound_cases(tokens, mentions, {t.start for t in triggers if t.payload.words[0].kind == "verb"})
        subject = self._sentence_subject(tokens, mentions, speech)
        events: list[Event] = []
        boundary = 0
        previous: Match[VerbEntry] | None = None
        for trigger in triggers:
            if previous is not None and previous.end < len(tokens) and tokens[previous.end].low == self.conjunction and (
                    trigger.start == previous.end + 1 or self.morph.is_complement(previous.last_rest)):
                # "gözaltına alınmış ve tutuklanmıştı": two verbs share their actors; so do two reported clauses
                # ("HDK'nin kampa saldırdığını ve 30 sivili öldürdüğünü")
                boundary = clause.start
            clause = Clause(boundary, trigger.start, trigger.end)
            coded = self._code_trigger(text, doc, state, trigger, clause, speech, subject)
            previous = trigger
            # a nominalised act is the next verb's object, or its subject ("İsrail'in saldırmasının kabul edilemez")
            if not (self.morph.is_complement(trigger.last_rest) or self.morph.is_verbal_subject(trigger.last_rest)):
                boundary = trigger.end
            for s in speech:
                if trigger.end <= s.start and not any(trigger.end <= t.start < s.start for t in triggers if t is not trigger):
                    boundary = max(boundary, s.end)
                    break
            events.extend(coded)
        if subject is not None:
            state.last_subject = subject
            if said:
                state.last_speaker = subject
        return events

    def _people_head(self, tokens: list[Token], j: int) -> bool:
        """The noun an -an participle modifies is a word that is no actor and no statement (an
        "açıklama" made by the speaker is the speaker's act: "kınayan bir açıklama yaptı")."""
        words = [t for t in tokens[j : j + STATEMENT_REACH] if t.is_word]
        if not words or not tokens[j].is_word or tokens[j].cap:
            return False
        return not any(self.morph.is_form_of(t, self.statement_nouns) for t in words)

    def _placed_noun(self, trigger: Match[VerbEntry]) -> bool:
        """A light verb's noun in the locative or ablative is no object of it: "eyleminde yaptığı
        konuşma" (the speech made at the action) is no action; verbs in `locative_light_verbs`
        take a locative noun ("çağrısında bulundu")."""
        words = trigger.payload.words
        if len(words) != 2 or words[0].kind != "infl" or words[1].kind != "verb" or words[1].text in self.locative_light_verbs:
            return False
        return self.morph.case_of(trigger.rests[0]) in ("locative", "ablative")

    def _reports_clause(self, tokens: list[Token], j: int) -> bool:
        """A verb of saying right after a nominalised clause or a quote reports it, even when
        the verb also codes an act of its own ("savundu": defended, or argued)."""
        return j > 0 and (self.morph.is_complement(tokens[j - 1].low) or tokens[j - 1].text in CLOSING_QUOTES)

    def _fix_compound_cases(self, tokens: list[Token], mentions: list[Mention], verbs: set[int]) -> None:
        """A bare country name before a common noun takes the noun's case ("Tek Çin ilkesine");
        an office or body that opens the sentence before a comma is its subject: its -i is the
        compound marker, not the accusative ("Türk heyeti, Rusya'yı ziyaret etti"); so is one that
        opens a sentence with no other subject ("Rus askerleri sivillere ateş açtı")."""
        for mention in mentions:
            if mention.kind in ("country", "org") and mention.case == "nominative" and mention.end < len(tokens):
                named = self._name_run_case(tokens, mentions, mention.end)
                if named is not None:  # "TBMM Dijital Mecralar Komisyonu'na": the name's last word has the case
                    mention.case = named
                    continue
                nxt = tokens[mention.end]  # (not the verb: "Rusya ile Ukrayna çatıştı")
                if nxt.is_word and not nxt.cap and nxt.low not in self.actors.name_stops and len(nxt.low) > 3 \
                        and mention.end not in verbs:
                    case = self.morph.case_of(nxt.low)
                    if case != "nominative":
                        # ("Filistin halkının yanında": the compound is the party a postposition takes)
                        after = tokens[mention.end + 1].low if mention.end + 1 < len(tokens) else ""
                        mention.case, mention.modifier = case, after not in self.genitive_postpositions
        for mention in mentions:  # "siviller için", "Rusya gibi": a noun a postposition takes is no subject
            if mention.case == "nominative" and mention.end < len(tokens) and tokens[mention.end].low in self.postpositions:
                mention.case = "oblique"
        for mention in mentions:  # "Çin Komünist Partisi ... üyesi olan Wang": what describes the person after it
            if mention.case == "nominative" and self._describes_next(tokens, mentions, mention):
                mention.case = "oblique"
        for mention in mentions:  # "gazetecilerden 4'ünü", "göstericilerden bazılarını": the part's case is theirs
            if mention.case == "ablative" and mention.end < len(tokens):
                part = tokens[mention.end]
                if (part.base.isdigit() and part.suffix) or self.morph.is_form_of(part, self.partitive_words):
                    mention.case = self.morph.case_of(part.suffix or part.low)
        no_subject = not any(m.case == "nominative" and m.is_actor for m in mentions)
        for mention in mentions:
            # "Rus askerleri sivillere ateş açtı": opening a sentence that has no other subject, it is the subject
            if mention.start == 0 and mention.case == "accusative" and mention.kind in ("office", "body") \
                    and mention.end < len(tokens) and (tokens[mention.end].text == "," or no_subject):
                mention.case = "nominative"

    def _dates_retold_act(self, doc: SentenceDoc, mention: DateMention) -> bool:
        """The date stands before the participle of a verb telling an act happened ("... günü gerçekleşen")."""
        tokens = doc.tokens
        for j in range(mention.token + 1, min(mention.token + 4, len(tokens))):
            if tokens[j].low.startswith(self.occurrence_verbs) and self.morph.is_participle(tokens[j].low):
                return True
        return False

    def _describes_next(self, tokens: list[Token], mentions: list[Mention], mention: Mention) -> bool:
        """The mention stands inside a relative clause that describes a person right after it ("... Siyasi
        Bürosu üyesi olan Wang"; config `describing_participles`)."""
        for j in range(mention.end, min(mention.end + DESCRIPTION_REACH, len(tokens))):
            if tokens[j].low in self.describing_participles:
                after = mention_at(mentions, j + 1)
                return after is not None and after.kind in ("person", "office")
            if not tokens[j].is_word or any(m.start == j for m in mentions):
                return False
        return False

    def _name_run_case(self, tokens: list[Token], mentions: list[Mention], j: int) -> str | None:
        """The case on the last of the capitalised words that continue a name at j, when none of
        them is an actor and the last one has a suffix written after an apostrophe."""
        k = j
        while k < len(tokens) and tokens[k].cap and tokens[k].is_word and not any(m.start <= k < m.end for m in mentions):
            if tokens[k].suffix:
                return self.morph.case_of(tokens[k].suffix)
            k += 1
        return None

    def _sentence_subject(self, tokens: list[Token], mentions: list[Mention], speech: list[Match]) -> Mention | None:
        """The main subject: the first nominative actor, or the noun after a speech participle; a party no
        code stands for that comes first ("Yıldız'ın avukatları, ... açıkladı") is the subject, and we cannot
        code what it says."""
        for s in speech:
            if self.morph.is_participle(s.last_rest):
                head = mention_at(mentions, s.end)
                if head is not None:
                    return head
        first = next((m for m in mentions if m.case == "nominative" and (m.is_actor or m.kind == "uncoded")), None)
        return first if first is not None and first.kind == "uncoded" and speech else \
            nominative_before(mentions, 0, len(tokens))

    def _code_trigger(self, text: str, doc: SentenceDoc, state: ArticleState, trigger: Match[VerbEntry],
                      clause: Clause, speech: list[Match], subject: Mention | None) -> list[Event]:
        entry = trigger.payload
        tokens, mentions = doc.tokens, doc.mentions
        rest, pred_end = self._predicate_rest(trigger, tokens)
        decided = trigger.start in doc.decided
        # a relative clause tells a done act with its doer ("yaptıkları ziyarete", "düzenlediği saldırılarda")
        told = entry.words[0].kind == "verb" and entry.words[-1].kind != "verb"
        if (self.morph.is_circumstantial(rest) and not decided and not told) or self.morph.is_supposed(rest):
            return []  # told elsewhere or not yet held; or only supposed ("Rusya saldırırsa": if Russia attacks)
        if len(entry.words) == 1 and entry.words[0].kind != "verb" and rest \
                and self.morph.case_of(self.morph.without_compound_marker(rest) or rest) == "ablative":
            return []  # an act noun in the ablative is what something comes from ("çatışmalardan kaçan siviller")
        if pred_end < len(tokens) and tokens[pred_end].low in self.topic_postpositions and not told:
            return []  # "görüşmelere göre", "silah satışı nedeniyle": the act is a topic or a reason, told elsewhere
        if self._unreal(tokens, pred_end):
            return []  # "yardım ulaştırmak mümkün olabilir": only possible, not done
        if self.morph.is_participle(rest) and pred_end < len(tokens) \
                and self.morph.is_form_of(tokens[pred_end], self.time_nouns):
            return []  # "başvurusunun ilk yapıldığı dönemlere": an act that only dates another, told elsewhere
        negated = self.morph.is_negated(rest) or (pred_end < len(tokens) and tokens[pred_end].low in self.negation_words)
        # a decision to cooperate is a plan; a decision to sanction or expel is the deed itself
        cooperative = self.onto.get(entry.cameo).quad_class in COOPERATIVE_QUADS
        intent = entry.intent or ((decided or self.morph.is_promise(rest)) and cooperative) \
            or (told and self.morph.is_future(trigger.rests[0])) \
            or self.morph.is_future(rest) or self._leads_to_future(tokens, entry, rest, pred_end, speech) or (
            pred_end < len(tokens) and tokens[pred_end].low in self.intent_words)
        # (or on the light verb after a noun phrase, with its doer named: "BM tarafından yardım ulaştırıldı";
        # with none, as told by a speaker, the speaker's side does it: "yardım yapılacağını açıkladı")
        light_passive = pred_end > trigger.end and entry.words[-1].kind != "verb" and self.morph.is_passive(rest) \
            and agent_of_passive(mentions, tokens, clause, self.agent_word) is not None
        passive = entry.passive or light_passive or (entry.words[-1].kind == "verb" and self.morph.is_passive(rest)) \
            or (told and self.morph.is_passive(trigger.rests[0]))  # "İsrail tarafından düzenlenen saldırıda"
        if passive and self.morph.is_norm(rest):
            return []  # "milletvekili tutuklanamaz": what a law forbids, not an act
        governing = next((s for s in speech if s.start >= pred_end - 1 and s.start <= pred_end + 1), None)
        if governing is None and self.morph.is_complement(rest):
            governing = next((s for s in speech if s.start >= pred_end), None)
        if governing is not None and self.morph.is_supposed(governing.last_rest):
            return []  # "destek verebileceğini ifade ediyorsa": if he says so
        speaker = None
        if governing is not None:
            speaker = mention_at(mentions, governing.end) if self.morph.is_participle(governing.last_rest) else None
            speaker = speaker or subject or state.last_subject
        quoted = governing is None and doc.quote_speaker is not None  # inside a quotation of several sentences
        if quoted:
            speaker = doc.quote_speaker
        reported = governing is not None or quoted
        head = mention_at(mentions, pred_end) if self.morph.is_participle(rest) else None
        if head is None and self.morph.is_subject_participle(rest) and self._people_head(tokens, pred_end):
            return []  # "gösteri yapan 50 kişiyi": the doers are people we cannot code
        cameo = doc.planned.get(trigger.start, entry.cameo)
        source = target = attribution = None
        carried = False
        if passive:
            source = agent_of_passive(mentions, tokens, clause, self.agent_word)
            # "ABD'nin tepkisi Rusya'ya iletildi": the owner of the act's noun, the passive's subject, did it
            # (not "gazetecinin gözaltına alındığını", whose noun is no subject)
            owned = trigger.rests[0] and self.morph.without_compound_marker(trigger.rests[0]) == ""  # "tepki-si"
            if source is None and entry.words[0].kind != "verb" and owned:
                source = next((m for m in mentions if m.end == trigger.start and m.case == "genitive"
                               and m.is_actor), None)
            # a reported passive ("gazetecinin gözaltına alındığını") has its patient in the genitive;
            # the nominative before it is the one who reports
            if self.morph.is_complement(rest):
                target = head or first_genitive(mentions, clause, self._possessor_at(tokens))
            else:
                target = head or last_nominative(mentions, clause, exclude=source)
            pair = self._mutual_pair(entry, cameo, mentions, tokens, clause.start, clause.trigger_start)
            if source is None and pair is not None:  # "Türkiye ile Irak arasında anlaşma imzalandı"
                source, target = pair
            if source is None and entry.agent_sector:  # "İran'da gözaltına alındı": Iran's police
                source = self.place_agent(doc, entry, clause.start, clause.trigger_start)
        elif head is not None and not reported:
            source = head
            if not self.morph.is_subject_participle(rest):  # "Rusya'nın desteklediği Esad rejimi": the head is
                doer = first_genitive(mentions, clause, self._possessor_at(tokens))  # the object, the genitive acts
                source, target = (doer, head) if doer is not None else (None, None)
        elif reported:
            # "-an/-en" relative clause ("... kınayan bir açıklama yaptı") has the statement as its
            # subject, so no genitive inside it is a reported subject: the speaker acts
            relative = self.morph.is_subject_participle(rest)
            # "-dıklarını": they, the speaker's side, did it; unless a pair is the genitive subject
            # ("Putin ile Trump'ın zirve düzenlediklerini")
            genitive = None if relative else first_genitive(mentions, clause, self._possessor_at(tokens),
                                                            self._relative_at(tokens))
            # "Türkiye'nin ... çabalarını takdir ettiğini": the owner of the verb's object right before it, not its
            # subject (as it is of a verbal noun: "Türkiye'nin belirsizlik yaşamasını")
            owned = trigger.start > 0 and not tokens[trigger.start - 1].cap \
                and self.morph.possessed_case(tokens[trigger.start - 1]) in ("accusative", "dative") \
                and not self.morph.is_complement(tokens[trigger.start - 1].low)  # ("girişimine destek verdiğini")
            # (unless the act's own noun is the genitive's: "Türkiye'nin Filistin davasına desteğinin")
            owned = owned and not (trigger.rests[0] and self.morph.without_compound_marker(trigger.rests[0])
                                   != trigger.rests[0])
            if genitive is not None and owned and not entry.complement \
                    and self._owned_object_owner(tokens, mentions, clause) is genitive:
                genitive = None
            paired = genitive is not None and any(m.end == genitive.start - 1 and m.case == "comitative" for m in mentions)
            embedded = None if self.morph.has_plural_agreement(rest) and not paired else genitive
            if self.morph.is_first_person(rest):
                embedded = None  # "... yanında olmaya devam edeceğiz": we, the speaker's side, will
            if embedded is None and not relative and not self.morph.is_first_person(rest):
                # a direct quotation names its own subject: "Rusya Ukrayna'ya saldırdı" dedi
                opened = clause.start if quoted else _quotation_start(tokens, clause)
                embedded = nominative_before(mentions, opened, clause.trigger_start) if opened is not None else None
            if entry.complement:
                source, target = speaker, embedded
                asked = [m for m in mentions if clause.start <= m.start < clause.trigger_start and m.case == "genitive"
                         and (m.kind == "uncoded" or m is embedded)]
                if asked and asked[0].kind == "uncoded":
                    return []  # "uluslararası toplumun ... uygulaması gerektiğini": a party no code stands for is asked
                if target is not None and target.sector == "CVL":  # "sivillerin korunması gerektiğini": civilians
                    return []  # are to be protected, not asked; no party is asked
                if target is not None and trigger.start > 0 and self.morph.is_passive_complement(
                        tokens[trigger.start - 1].low):
                    return []  # "Filistin devletinin kurulması gerektiğini": the state is to be founded, not asked
            elif embedded is not None and speaker is not None and not embedded.same_actor(speaker):
                # a violent act told by a political actor: an accusation (so is a verb of words that is a deed
                # when civilians suffer it: "Myanmar ordusunun sivilleri yeniden hedef almaya devam ettiğini")
                armed = entry.armed is not None and any(m.sector == "CVL" and clause.start <= m.start < clause.trigger_start
                                                        for m in mentions)
                if cameo[:2] >= "14" or armed:
                    source, target, cameo = speaker, embedded, ACCUSE_CODE
                else:
                    source, attribution = embedded, speaker
            else:  # the speaker's own act, or one told with no speaker named ("... yaptığı belirtildi")
                source = speaker or embedded
            carried = speaker is not None and speaker is state.last_subject and speaker is not subject
        elif entry.complement and head is None and cameo[:2] != APPEAL_ROOT:
            # a verdict with no speaker ("PYD'nin sınırı kapatması kabul edilemez"): the story's last speaker
            # says it of the subject of the act it judges (the first genitive: "Ermenistan'ın sınır kapısını
            # kapatması" has its subject there, whatever it may own)
            target = first_genitive(mentions, clause)
            source = nominative_before(mentions, clause.start, clause.trigger_start) or subject
            if source is None and target is not None and state.last_speaker is not None \
                    and not target.same_actor(state.last_speaker):
                source, carried = state.last_speaker, True
            if target is None or target.kind == "uncoded":
                return []
        else:
            # a nominalised verb whose own genitive subject is a name we cannot code
            # ("Batı'nın Ukrayna'ya silah göndermesini eleştirdi")
            if self.morph.is_complement(rest) and unknown_genitive_names(mentions, tokens, clause, self._is_genitive_name):
                return []
            # "Erdoğan'ın Rusya'ya yaptığı ziyaret": a relative clause names its doer in the genitive
            # ("saldırmasının": a verbal noun in the genitive has its own genitive subject)
            relative = (len(entry.words) > 1 and entry.words[0].kind == "verb" and self.morph.is_participle(trigger.rests[0])) \
                or (trigger.start > 0 and self._relative_at(tokens)(trigger.start - 1))  # "düzenlediği füze saldırısı"
            relative_doer = first_genitive(mentions, clause, self._possessor_at(tokens)) \
                if relative or self.morph.is_verbal_subject(rest) else None
            source = relative_doer or nominative_before(mentions, clause.start, clause.trigger_start) or subject
            if source is None and state.last_subject is not None and not _has_actor_before(mentions, clause):
                source, carried = state.last_subject, True
        if source is None:  # "Türkiye ile Ermenistan arasında görüşmeler başladı": the pair does it together
            source, target = self._mutual_pair(entry, cameo, mentions, tokens, clause.start, clause.trigger_start) \
                or (None, target)
        if source is None:  # "İİT toplantısından ... destek kararı çıktı": the body whose meeting it came from
            source = self._gathering_owner(tokens, mentions, clause)
        received = False
        if source is None and passive and entry.reverse:  # "BM'den ... yardımı kabul edilmiştir": the giver gives
            source = target_in(mentions, clause, None, False, cases=("ablative",))
            received = source is not None
        if source is None or source.kind == "uncoded":
            return []  # (a speaker no code stands for)
        both: tuple[Mention, Mention] | None = None
        if source.kind == "collective":  # "iki bakan ... imzaladı": the article's two main parties
            both = self.dyad_parties(state, source)
            if both is None:
                return []
            source = both[0]
            target = both[1] if target is None or target.kind == "collective" else target
        if self._done_to_uncoded(mentions, speech, clause):
            return []  # "Batı'yı ... savaşı uzatmakla suçladı": done to a party no code stands for
        fallback = False
        if target is None and cameo[:2] in ASKING_ROOTS:  # after any verb of saying that ends an earlier clause
            lo = max([clause.start, *(s.end for s in speech if s.end <= clause.trigger_start)])
            # "Irak'ın egemenliğine saygı gösterilmesini istedi": a passive act has no subject to ask; a
            # genitive before it owns a noun
            passive_ask = trigger.start > 0 and self.morph.is_passive_complement(tokens[trigger.start - 1].low)
            if not passive_ask:
                target = addressee(mentions, Clause(lo, clause.trigger_start, clause.trigger_end), source,
                                   noun_call=entry.words[0].kind != "verb")
            if target is not None and target.kind == "uncoded":
                return []  # "uluslararası toplumu ... çağırdı": no party we can code is asked
            if target is None and not passive_ask and trigger.start > 0 \
                    and self.morph.is_complement(tokens[trigger.start - 1].low):
                # "Türkiye'nin Irak'ın egemenliğine saygı göstermesini istedi": the asked act's subject is asked
                target = first_genitive(mentions, Clause(lo, clause.trigger_start, clause.trigger_end),
                                        self._possessor_at(tokens))
            if target is None:  # "Irak hükümetine PKK'ya karşı adım atması çağrısında bulundu": the first
                target = next((m for m in mentions  # dative is asked; one before a postposition is in the act asked
                               if lo <= m.start < clause.trigger_start and m.is_actor and m.case == "dative"
                               and not m.same_actor(source) and not (m.end < len(tokens) and tokens[m.end].low
                                                                     in self.actors.target_postpositions)), None)
            if target is None and passive_ask:  # "Türkiye'den gazetecinin serbest bırakılmasını talep etti": asked of
                target = next((m for m in mentions if lo <= m.start < clause.trigger_start and m.case == "ablative"
                               and m.is_actor and not m.same_actor(source)), None)  # the party in the ablative
            if target is None and passive_ask:  # asked of the story's other party, or of the last party to do a
                # deed ("gazetecilerin serbest bırakılması çağrısı": of those who detained them), or of no one
                asked = next((t.payload.cameo for t in doc.phrases if t.end == trigger.start), "")
                undoer = self._last_actor_besides(state, source) if asked[:2] == YIELD_ROOT else None
                target, fallback = self.counterpart(state, source) or undoer, True
                if target is None:
                    return []
        if target is None and any(self.morph.is_charge(t.low) for t in tokens[max(clause.start, trigger.start - 3) : trigger.start]):
            # "Türkiye'yi Irak'ın iç işlerine karışmakla suçladı": the accused is the first accusative
            target = addressee(mentions, clause, source)
            if target is not None and target.kind == "uncoded":
                return []
        if target is None:  # "şartlarını PYD'ye iletti": a party inside the phrase's gap receives it
            target = next((m for m in mentions if trigger.start < m.start < trigger.end and m.is_actor
                           and m.case in ("dative", "comitative") and not m.same_actor(source)), None)
        if target is None:  # "... destekten dolayı Orban'a teşekkür etti": a party marked right before the verb
            target = next((m for m in mentions if m.end == trigger.start and m.is_actor and m.case in TARGET_CASES
                           and not m.same_actor(source)), None)
        if target is None and self.between_word:  # "taraflar arasında arabuluculuk": between the story's two parties
            target = next((m for m in mentions if m.kind == "collective" and clause.start <= m.start < clause.trigger_start
                           and m.end < len(tokens) and tokens[m.end].low.startswith(self.between_word)), None)
            target = target if target is not None and self._story_pair(state) is not None else None
        if target is None:
            target = self._owned_object_owner(tokens, mentions, clause, source)
            if target is UNKNOWN_OWNER:
                return []
            target = target or target_in(mentions, clause, source, allow_genitive=reported)
            # a wider clause, unless the verb has an object of its own that is no actor ("Sisi ile bir araya
            # geldi ve Gazze'deki saldırıları kınadı": the attacks are condemned, not Sisi)
            # (an asked act's subject is asked, or no one: "sorumluların hesap vermesi gerektiğini")
            if target is None and not entry.complement and not self._own_object(tokens, mentions, clause.trigger_start):
                whole = Clause(0, clause.trigger_start, clause.trigger_end)
                target = target_in(mentions, whole, source, True) or target_in(
                    mentions, whole, source, False, cases=("ablative",))
            if target is None:  # a marked actor right after the verb
                after = mention_at(mentions, pred_end)
                if after is not None and after.case in ("dative", "comitative") and not after.same_actor(source):
                    target = after
        if entry.reverse and not received:  # "Türkiye'den yardım aldı": Turkey gives; a giver stands in the ablative
            if target is None or target.case != "ablative":
                target = target_in(mentions, clause, source, False, cases=("ablative",))
            if target is None:
                return []  # "tehdit aldığını söyledi": no one named gives it
            source, target = target, source
        if target is not None and (target.kind == "collective" or (
                target.members and any(m.code == source.code for m in [target, *target.members]))):
            collective = target.kind == "collective"
            target = self.partner(state, source, target)  # "iki ülke", "Çin ve Azerbaycan": the other party
            if target is None and collective:  # "Sudan'da çatışan taraflara": the parties of that country
                place = next((p.place for p in doc.places if p.token < clause.trigger_start), None)
                target = implied_country(place.country, "", "dative") if place is not None else None
            fallback = True
        if target is not None and target.same_actor(source):  # the ministry and the mayors it removes differ
            target = None
        mutual = is_mutual_act(entry, cameo)
        if target is None and source.members and mutual:  # "Ermenistan ve Azerbaycan anlaşma imzaladı"
            target = next((m for m in source.members if m.code != source.code), None)
        protest = cameo[:2] == PROTEST_ROOT
        if target is None and protest:  # protesters abroad face the government where they are (not a place
            target = self._struck_country(doc, clause, source, described=False)  # their object names)
        if target is None and not self._own_object(tokens, mentions, clause.trigger_start):
            target = protested_government(source, cameo)  # not "Gazze'deki saldırıları protesto etti"
        if target is None and self.onto.get(cameo).quad_class in (MATERIAL_CONFLICT, MATERIAL_COOPERATION) \
                and not protest:  # "Gazze'de bir okulu bombaladı": Palestine's; "Musul'a yardım ulaştırdı": Iraq's
            target = self._struck_country(doc, clause, source)
        if target is None:
            target = own_people(entry, source)  # a curfew falls on its own people
        if target is None and intent:  # "Rusya saldırırsa karşılık veririz": offered to whoever meets the condition
            target = self._condition_subject(tokens, mentions, clause.trigger_start, source)
        if target is None and cameo[:2] == AID_ROOT and (received or passive) and speaker is not None \
                and speaker.code and speaker.code != source.code:
            # "... yardımı yapılmıştır" in a minister's words: aid his country received
            target, fallback = implied_country(speaker.code), True
        if target is None and not entry.notarget:
            if reported or intent:
                target = self.counterpart(state, source)
                fallback = True
            if target is None and not self.morph.is_participle(rest) and (
                    self._told_object(tokens, mentions, clause.trigger_start) or self._labelled_object(tokens, trigger)):
                if self._meeting_object(tokens, clause.trigger_start):  # "görüşmeyi memnuniyetle karşıladı"
                    target = self.meeting_parties(state, source, cameo)
                target = target or self.answered(state, source, cameo)  # "Tahran, kararı kınadı": the decision's maker
                fallback = target is not None
            if target is None:
                return []
        if source.kind == "collective":
            return []
        if legal_filing(cameo, target):
            return []
        if entry.person_target and (target is None or target.kind not in ("person", "office")):
            return []  # "kabul etti": hosting a person, not accepting a proposal
        if entry.direct and (target is None or target.case != "accusative"):
            return []  # "seçim sonuçlarını tanıdı": a thing is recognised, not a party
        if not reported:  # (a deed someone reports stays as told: see the accusation rule above)
            cameo = armed_code(entry, cameo, source, target, self.aerial_bodies, self.protester_bodies)
        target = policed(source, target)
        self.note_dyad(state, cameo, source, target, intent)
        if intent:
            cameo = self.onto.intent_code(cameo)
        if target is not None and target.code == source.code and self.between_word:
            # "TBMM, Türkiye ile Azerbaycan arasındaki anlaşmayı onayladı": the other party of the pair
            pair = pair_between(mentions, tokens, 0, clause.trigger_start, self.between_word, self.pair_joiners,
                                self.between_first, self.determiners)
            if pair is not None and target in pair:
                target = pair[1] if target is pair[0] else pair[0]
        if target is not None and not target.members and not mutual:  # "Rusya ile Ukrayna arasında arabuluculuk"
            pair = pair_between(mentions, tokens, clause.start, clause.trigger_start, self.between_word,
                                self.pair_joiners, self.between_first, self.determiners) if self.between_word else None
            if pair is not None and target in pair and not any(p.same_actor(source) for p in pair):
                target = replace(target, members=[p for p in pair if p is not target])
        acted_upon = target.each_acted_upon(source, together=mutual) if target is not None else [None]
        said = reported and attribution is None and self.onto.get(cameo).quad_class in VERBAL_QUADS \
            and cameo[:2] != MEETING_ROOT  # a meeting he tells of was held where it was held
        pairs = [(actor, each) for actor in source.each_acting(target, together=passive or mutual) for each in acted_upon]
        pair = both or self._mutual_pair(entry, cameo, mentions, tokens, clause.start, clause.trigger_start)
        if told_both_ways(cameo, mutual, source, target, pair):
            pairs.append((target, source))  # "Rusya ile Ukrayna arasında çatışmalar": each fights the other
        return [self._event(text, doc, state, trigger, cameo, actor, each, attribution, intent, negated,
                            carried and actor is source, fallback, said) for actor, each in pairs]

    def _predicate_rest(self, trigger: Match[VerbEntry], tokens: list[Token]) -> tuple[str, int]:
        """Suffixes carrying tense and person: on the verb, on an aspect auxiliary after it
        ("vermeye devam edecek"), or on a copula after a noun phrase."""
        j = trigger.end
        aspect = self._aspect_rest(tokens, j)
        if aspect is not None:
            return aspect
        if trigger.payload.words[-1].kind == "verb":
            return trigger.last_rest, trigger.end
        for verb in self.light_verbs if j < len(tokens) else ():  # "mali yardım yapmadı", "yapacak"
            rest = self.morph.rest(tokens[j], verb, "verb")
            if rest:
                return self._aspect_rest(tokens, j + 1) or (rest, j + 1)  # "yardım göndermeye devam edecek"
        if self.copula and j < len(tokens) and tokens[j].low.startswith(self.copula):
            return tokens[j].low[len(self.copula) :], j + 1
        return trigger.last_rest, trigger.end

    def _owned_object_owner(self, tokens: list[Token], mentions: list[Mention], clause: Clause,
                            source: Mention | None = None) -> Mention | None:
        """The genitive that owns the verb's possessed object ("İsrail'in ... saldırılarını")."""
        return owner_of_object(mentions, tokens, clause, source, self.morph.is_possessed_object,
                               self._is_genitive_name, self._relative_at(tokens), self.attributive_suffixes)

    def _shifts_topic(self, tokens: list[Token]) -> bool:
        """The sentence opens with words that turn to another story ("Öte yandan", "Meanwhile")."""
        opening = " ".join(t.low for t in tokens[:3] if t.is_word)
        return any(opening == w or opening.startswith(w + " ") for w in self.topic_shifts)

    def _attributive(self, trigger: Match[VerbEntry], tokens: list[Token]) -> bool:
        """A one-word intent adjective with no suffix before a lower-case word that is no copula
        (not in a language whose copula is unmarked)."""
        entry, j = trigger.payload, trigger.end
        return entry.intent and len(entry.words) == 1 and entry.words[0].kind != "verb" and not trigger.last_rest \
            and bool(self.copula) and j < len(tokens) and tokens[j].is_word and not tokens[j].cap \
            and not tokens[j].low.startswith(self.copula)

    def _aspect_rest(self, tokens: list[Token], j: int) -> tuple[str, int] | None:
        """The suffixes on an aspect auxiliary at j ("devam edecek", "çalıştığını"), and the end of the predicate."""
        for *words, verb in self.aspect_auxiliaries:
            k = j + len(words)
            if k < len(tokens) and all(tokens[j + n].low == word for n, word in enumerate(words)):
                rest = self.morph.rest(tokens[k], verb, "verb")
                if rest is not None:
                    return rest, k + 1
        return None

    def _mutual_pair(self, entry: VerbEntry, cameo: str, mentions: list[Mention], tokens: list[Token], lo: int,
                     hi: int) -> tuple[Mention, Mention] | None:
        """The two parties of a mutual act named with the between word ("X ile Y arasında")."""
        if not self.between_word or not is_mutual_act(entry, cameo):
            return None
        return pair_between(mentions, tokens, lo, hi, self.between_word, self.pair_joiners, self.between_first,
                            self.determiners)

    def _is_genitive_name(self, token: Token) -> bool:
        return token.cap and bool(token.suffix) and self.morph.case_of(token.suffix) == "genitive"

    @staticmethod
    def _done_to_uncoded(mentions: list[Mention], speech: list[Match], clause: Clause) -> bool:
        """The nearest accusative or dative party before the verb, since the last verb of saying, is one no
        code stands for ("Batı'yı", "uluslararası toplumu", "silah gönderen ülkelere yönelik yaptırımlar")."""
        lo = max([0, *(s.end for s in speech if s.end <= clause.trigger_start)])
        for case in ("accusative", "dative"):
            objects = [m for m in mentions if lo <= m.start < clause.trigger_start and m.case == case
                       and (m.is_actor or m.kind == "uncoded")]
            if objects and objects[-1].kind == "uncoded":
                return True
        return False

    def _gathering_owner(self, tokens: list[Token], mentions: list[Mention], clause: Clause) -> Mention | None:
        """An organisation named before its meeting in the ablative or locative ("NATO zirvesinden",
        "AB toplantısında"), in a clause with no subject of its own: what came out of the meeting is its."""
        for mention in mentions:
            if not (clause.start <= mention.start and mention.end < clause.trigger_start) or mention.kind != "org" \
                    or not mention.is_actor:
                continue
            noun = tokens[mention.end]
            if self.morph.case_of(noun.low) in ("ablative", "locative") and self.morph.is_form_of(noun, self.gathering_nouns):
                return mention
        return None

    def _possessor_at(self, tokens: list[Token]) -> Callable[[int], bool]:
        """Whether the word at j is a lower-case possessed noun in an object case or in the attributive
        ("kuzeyindeki"), or a postposition that takes the genitive ("yanında"): the genitive before
        it is its complement."""
        def possessed(k: int) -> bool:
            return k < len(tokens) and tokens[k].is_word and not tokens[k].cap and (
                self.morph.is_possessed_object_case(tokens[k]) or tokens[k].low in self.genitive_postpositions
                or tokens[k].low.endswith(self.attributive_suffixes))  # (none: endswith(()) is false)
        def modifier(k: int) -> bool:  # a bare word: "arabuluculuk", "AB", "üyelik"
            return k < len(tokens) and tokens[k].is_word and not tokens[k].suffix \
                and (tokens[k].cap or self.morph.case_of(tokens[k].low[-1:]) == "nominative")

        def object_head(k: int, common: bool) -> bool:  # the possessed object after modifiers: in the accusative,
            # or in the dative after common nouns ("İran'ın petrol ihracatına aracılık eden")
            return possessed(k) and self.morph.possessed_case(tokens[k]) in (("accusative", "dative") if common
                                                                          else ("accusative",))

        def common(k: int) -> bool:
            return not tokens[k].cap

        # up to two bare words may stand between as the modifiers of an object ("Türkiye'nin arabuluculuk
        # çabalarını", "Ukrayna'nın AB üyelik müzakerelerini"; not "Türkiye'nin Filistin davasına desteğinin")
        return lambda j: possessed(j) or (modifier(j) and (object_head(j + 1, common(j)) or (
            modifier(j + 1) and object_head(j + 2, common(j) and common(j + 1)))))

    def _relative_at(self, tokens: list[Token]) -> Callable[[int], bool]:
        """Whether the word at j is the verb of a relative clause ("attığı", "yaptıkları"): a genitive
        before it is that verb's subject (not one a conjunction follows: "saldırdığını ve ... öldürdüğünü" are two
        reported clauses of one subject)."""
        return lambda j: tokens[j].is_word and not tokens[j].cap and self.morph.is_relative_verb(tokens[j].low) \
            and not (j + 1 < len(tokens) and tokens[j + 1].low == self.conjunction)

    def _own_object(self, tokens: list[Token], mentions: list[Mention], j: int) -> bool:
        """The word right before the verb at j is a common noun, no actor, marked as an object: a plural
        in the accusative ("saldırıları") or a possessed noun in the accusative ("açıklamasını")."""
        if j == 0 or any(m.start <= j - 1 < m.end for m in mentions):
            return False
        before = tokens[j - 1]
        if not before.is_word or before.cap or self.morph.is_complement(before.low):
            return False  # a nominalised clause as object ("kaldırılmasını talep etti") may name its party earlier
        plural = self.morph.plural_rest(before)
        return (plural is not None and self.morph.case_of(plural) == "accusative") or self.morph.is_possessed_object(before)

    def _leads_to_future(self, tokens: list[Token], entry: VerbEntry, rest: str, j: int, speech: list[Match]) -> bool:
        """A converb, or an act noun with no verb of its own, whose clause from j on ends in a verb in the
        future: "ziyaret ederek ... görüşecek", "İran ile görüşmelerin gelecek hafta başlayacağını" (not
        "ziyaret ederek gelecek planlarını anlattı": the clause ends in the past)."""
        converb = self.morph.is_converb(rest)
        if not (converb or self.morph.is_verbal_noun_form(rest) or all(word.kind != "verb" for word in entry.words)):
            return False
        said = {s.start for s in speech}
        k = j + (j < len(tokens) and tokens[j].text == ",")
        last = None
        while k < len(tokens) and tokens[k].is_word and k not in said:
            last, k = tokens[k], k + 1
        # (an act named as a noun takes the tense of a verb that tells it happens, "başlayacak", not of one it
        # is the subject of: "NATO'nun silah göndermesinin savaşı uzatacağını")
        return last is not None and self.morph.is_future_word(last.low) and (
            converb or last.low.startswith(self.occurrence_verbs))

    def _unreal(self, tokens: list[Token], j: int) -> bool:
        """A word making the act only possible stands at j or a few words on, in the same clause
        ("yardımı Sudan'a deniz yoluyla ulaştırmak mümkün olabilir")."""
        for k in range(j, min(j + UNREAL_REACH, len(tokens))):
            if not tokens[k].is_word:
                return False
            if tokens[k].low in self.unreal_words:
                return True
        return False

    def _condition_subject(self, tokens: list[Token], mentions: list[Mention], j: int, source: Mention) -> Mention | None:
        """The subject of a conditional clause before the verb at j ("Ak Parti ve CHP ... koalisyon kurarsa")."""
        condition = next((k for k in range(j - 1, -1, -1) if tokens[k].is_word and not tokens[k].cap
                          and self.morph.is_condition(tokens[k].low)), None)
        if condition is None:
            return None
        subjects = [m for m in actors_in(mentions, 0, condition, ("nominative",)) if not m.same_actor(source)]
        return subjects[-1] if subjects else None

    def _told_object(self, tokens: list[Token], mentions: list[Mention], j: int) -> bool:
        """An object of the verb at j that names an act told before ("kararı kınadı", "gözaltıları sert bir
        dille eleştirdi": past an adverbial of up to three words)."""
        before = tokens[j - 1] if j > 0 else None
        if before is None or not before.is_word or before.cap or any(m.start <= j - 1 < m.end for m in mentions):
            return False
        if self._own_object(tokens, mentions, j) or self.morph.case_of(before.low[-1:]) == "accusative":
            return True
        for k in range(j - 2, max(-1, j - 5), -1):
            token = tokens[k]
            if not token.is_word or token.cap or any(m.start <= k < m.end for m in mentions):
                return False
            plural = self.morph.plural_rest(token)
            if plural is not None and self.morph.case_of(plural) == "accusative":
                return True  # a plural object: "gözaltıları", "saldırıları"
        return False

    def _labelled_object(self, tokens: list[Token], trigger: Match[VerbEntry]) -> bool:
        """A label phrase ("ihlali olarak nitelendirdi") with a common noun in the accusative before it: the
        act labelled, told before ("operasyonu ... ihlali olarak nitelendirdi")."""
        if not any(word.text in self.label_words for word in trigger.payload.words):
            return False
        return any(t.is_word and not t.cap and self.morph.case_of(t.low) == "accusative"
                   for t in tokens[max(0, trigger.start - LABEL_REACH) : trigger.start])

    def _struck_country(self, doc: SentenceDoc, clause: Clause, source: Mention, described: bool = True) -> Mention | None:
        """The country a deed was done in, from a locative before it in its clause ("Gazze'de",
        and with `described` the place of its object: "Gazze'deki bir hastaneyi", or a city struck or
        sent to: "Harkiv'e", "Musul'a"), when it is not the doer's own."""
        for place in reversed(doc.places):
            if clause.start <= place.token < clause.trigger_start and (described or not place.attributive):
                iso3 = place.place.country
                return implied_country(iso3, case="locative") if iso3 != source.code else None
        named = {j for m in doc.mentions for j in range(m.start, m.end)}
        for j in range(clause.start, clause.trigger_start):  # "Harkiv'e saldırdı": a city struck
            token = doc.tokens[j]
            if described and j not in named and token.cap and token.suffix \
                    and self.morph.case_of(token.suffix) == "dative":
                city = self.places.geocode(token.base)
                if city is not None and city.lat is not None:
                    return implied_country(city.country, case="dative") if city.country != source.code else None
        return None

    def note_dyad(self, state: ArticleState, cameo: str, source: Mention, target: Mention | None,
                  intent: bool = False) -> None:
        """The first meeting or fight between two countries names the story's two main parties (one only
        planned or threatened does not); the last party to act on each country is remembered (what that
        country may answer)."""
        if target is None or not target.code or not source.code:
            return
        if self.onto.get(cameo).quad_class == VERBAL_CONFLICT:
            state.accused_by[target.code] = source  # what a rejection of "the accusations" answers
        if target.code == source.code:  # a civil war: the state and the armed men of no state
            if target.sector != source.sector and self.onto.get(cameo).quad_class not in VERBAL_QUADS:
                state.last_actor = source  # "polis 40 kişiyi gözaltına aldı": a deed others may answer
            if "GOV" in (source.sector, target.sector) and {source.sector, target.sector} & MEMBER_SECTORS:
                state.acted_on_sector[target.code, target.sector] = source  # the opposition accused the government
            if (state.dyad is None or not state.dyad_fight) and not intent \
                    and self.onto.get(cameo).quad_class == MATERIAL_CONFLICT \
                    and war_side(source.sector) != war_side(target.sector):
                state.dyad = ((source.code, war_side(source.sector)), (target.code, war_side(target.sector)))
                state.dyad_fight = True
            return
        state.acted_on[target.code] = source
        if not intent and (cameo[:2] == MEETING_ROOT or cameo == SIGN_CODE):
            state.met = ((source.code, "GOV"), (target.code, "GOV"))
        if self.onto.get(cameo).quad_class not in VERBAL_QUADS:
            state.last_actor = source
        fight = self.onto.get(cameo).quad_class == MATERIAL_CONFLICT
        # the first fight stays the story's pair; a later meeting replaces an earlier meeting's pair
        # ("Erdoğan called Nawrocki ... Fidan visited Qatar ... the two countries issued a statement")
        if not intent and (fight or cameo[:2] == MEETING_ROOT) and (state.dyad is None or not state.dyad_fight):
            state.dyad, state.dyad_fight = ((source.code, "GOV"), (target.code, "GOV")), fight

    def place_agent(self, doc: SentenceDoc, entry: VerbEntry, lo: int, hi: int) -> Mention | None:
        """The unnamed doer of a passive act that only a state does (arrest, detain): the state of the
        place it happened in (tokens [lo, hi)), else the pack's home country, with the verb's agent sector."""
        place = next((p.place for p in doc.places if lo <= p.token < hi and not p.attributive), None)
        country = place.country if place is not None else self.pack.home_country
        return implied_country(country, entry.agent_sector) if country else None

    def counterpart(self, state: ArticleState, source: Mention) -> Mention | None:
        """Whom a plan, offer or report naming no party concerns: the story's other party, else the
        party that last acted on the source's country ("China vowed to take countermeasures")."""
        if state.dyad and _dyad_side(state.dyad, source) is not None:
            return self.partner(state, source, None)
        return state.acted_on.get(source.code) if source.code else None

    @staticmethod
    def _last_actor_besides(state: ArticleState, source: Mention) -> Mention | None:
        """The doer of the last deed, unless it is the source's own country and sector."""
        last = state.last_actor
        return last if last is not None and (last.code != source.code or last.sector != source.sector) else None

    def answered(self, state: ArticleState, source: Mention, cameo: str) -> Mention | None:
        """Words about an act told before ("condemned the decision", "kararı kınadı"): said to the party
        that last acted on the speaker's country, else to the last party that did a deed to another
        (Hungary criticises the EU's sanctions on Russia)."""
        if cameo[:2] not in ANSWER_ROOTS or not source.code:
            return None
        last = self._last_actor_besides(state, source)
        home = state.acted_on_sector.get((source.code, source.sector))  # "Erdogan rejected the criticism": the CHP's
        if cameo[:2] == REJECT_ROOT:  # "rejected the accusations": the accuser, or a decision's maker; not the
            accuser = state.accused_by.get(source.code)  # last deed done to another
            accuser = accuser if accuser is not None and not accuser.same_actor(source) else None
            return state.acted_on.get(source.code) or accuser or home
        return state.acted_on.get(source.code) or home or last

    def meeting_parties(self, state: ArticleState, source: Mention, cameo: str) -> Mention | None:
        """Words on the story's meeting by a party outside it ("Rusya, görüşmeyi memnuniyetle karşıladı",
        "Russia welcomed the talks"): said of both parties that met (the second a member of the first)."""
        if cameo[:2] not in ANSWER_ROOTS or state.met is None or _dyad_side(state.met, source) is not None:
            return None
        first, second = (implied_country(code, sector) for code, sector in state.met)
        first.members.append(second)
        return first

    def _meeting_object(self, tokens: list[Token], j: int) -> bool:
        """A meeting noun in the accusative is the object of the verb at j, past up to three words of adverbial."""
        for token in tokens[max(0, j - 4) : j]:
            if token.is_word and not token.cap and self.morph.case_of(token.low) == "accusative" \
                    and self.morph.is_form_of(token, self.meeting_nouns):
                return True
        return False

    def dyad_parties(self, state: ArticleState, collective: Mention | None = None) -> tuple[Mention, Mention] | None:
        """The story's two main parties as actors ("iki ülke", "the two leaders"), if it has them; words that
        name two states ("both countries") mean the last two that met when a group of no state fought in the story."""
        dyad = self._story_pair(state)
        if collective is not None and collective.role and self.pack.lower(collective.role) in self.country_collectives \
                and dyad is not None and any(":" in code for code, _ in dyad):
            dyad = state.met
        if dyad is None:
            return None
        first, second = (implied_country(code, sector) for code, sector in dyad)
        return first, second

    def _story_pair(self, state: ArticleState) -> tuple[tuple[str, str], tuple[str, str]] | None:
        """The story's pair so far; before any, the first pair the article names further on with its
        between word ("taraflar ateşkes ilan etti" in the lead, "Ermenistan ile Azerbaycan arasındaki ateşkes" below)."""
        if state.dyad is not None or not self.between_word:
            return state.dyad
        if state.pair_ahead is None:
            state.pair_ahead = ()
            for doc in state.docs[state.at + 1 :]:
                if not any(t.low.startswith(self.between_word) for t in doc.tokens):
                    continue  # (no pair named: spare the actor recogniser)
                places = [(p.token, p.place.country) for p in doc.places]
                mentions = self.actors.recognize(doc.tokens, ArticleMemory(), state.dateline, places)
                pair = pair_between(mentions, doc.tokens, 0, len(doc.tokens), self.between_word, self.pair_joiners,
                                    self.between_first, self.determiners)
                if pair is not None and all(m.code for m in pair) and pair[0].code != pair[1].code:
                    state.pair_ahead = tuple((m.code, "GOV") for m in pair)
                    break
        return state.pair_ahead or None

    def partner(self, state: ArticleState, source: Mention, hint: Mention | None) -> Mention | None:
        """The other party of a pair or collective the source acts on ("iki ülke", "Çin ve
        Azerbaycan"): a coordinated partner, the story's other party, or, when the source is neither
        party, both of them ("taraflara itidal çağrısı", "urged both sides")."""
        if hint is not None and hint.members:
            for member in [hint, *hint.members]:
                if member.code != source.code:
                    return member
        parties = self.dyad_parties(state, hint if hint is not None and hint.kind == "collective" else None)
        if parties is None:
            return None
        first, second = parties
        side = _dyad_side(((first.code, first.sector), (second.code, second.sector)), source)
        if side is not None:
            return (second, first)[side]
        if hint is not None and hint.kind == "collective":
            first.members.append(second)
            return first
        return None

    # -- record ----------------------------------------------------------------
    def _event(self, text: str, doc: SentenceDoc, state: ArticleState, trigger: Match[VerbEntry], cameo: str,
               source: Mention, target: Mention | None, attribution: Mention | None, intent: bool,
               negated: bool, carried: bool, fallback: bool, said: bool = False) -> Event:
        tokens = doc.tokens
        code = self.onto.get(cameo)
        plover_type, plover_mode = self.onto.plover(cameo)
        # a promise is dated when it was made, not when the promised act is due
        # (a planned act named with a weekday is dated by its next occurrence: "salı günü görüşecek"; another
        # promise when it was made)
        future = (bool(trigger.rests) and self.morph.is_future(trigger.last_rest)) \
            or (trigger.payload.words and trigger.payload.words[0].text in self.future_auxiliaries)
        lo = max([0, *(end for end in doc.said_ends if end <= trigger.start),
                  *(t.end for t in doc.phrases if t.end <= trigger.start)])
        upto = min((t.start for t in doc.phrases if t.start > trigger.start), default=len(doc.tokens)) \
            if self.date_after_verb else trigger.start  # ("will visit Baku on Tuesday")
        weekday = next((d for d in doc.dates if d.ahead and lo <= d.token < upto and d.token != trigger.start), None)
        if future and weekday is not None:
            day, precision, basis = weekday.ahead, weekday.precision, weekday.basis
        else:
            # (where the verb comes before its object, a date before a promise's verb dates the promise: "Sweden
            # last week promised to halt trade"; after it, or anywhere in a verb-final clause, the promised act)
            at = -1 if intent and not self.date_after_verb else trigger.start
            day, precision, basis = self._date_for(doc, state, at, after=not intent)
        words = code.quad_class in VERBAL_QUADS and cameo[:2] != MEETING_ROOT
        place = self._place_for(doc, state, trigger.start, said, words=words, deed=code.quad_class in MATERIAL_QUADS)
        story_day = state.lead_date.value if state.lead_date else state.dateline.isoformat() if state.dateline else None
        if place is not None and not doc.places and (cameo.startswith(PHONE_CALL) or (
                doc.dates and day is not None and day != story_day)):
            place = None  # the story's place is not that of a phone call, nor of an act on another day
        visited = self._visited(doc, trigger, target)
        if visited is not None and (place is None or place.country != visited.country):
            place = visited  # (a city named in the country visited says more: "Azerbaycan'ı ziyaret etti ... Bakü'de")
        # (words are said where their speaker is; a meeting or a deed takes place where either party is)
        words_only = words and not is_mutual_act(trigger.payload, cameo)  # (an agreement is where both parties are)
        parties = (source.code,) if words_only else (source.code, target.code if target is not None else None)
        if place is not None and not doc.places and place.country not in parties and (
                code.quad_class in MATERIAL_QUADS or place is state.dateline_place):
            # a deed between parties who are not there ("Gazze'nin kuzeyine saldırı" in a Cairo story); words of
            # foreign parties in a story only filed from a city ("Iraq's ministry condemned" from Ankara)
            place = None
        if place is not None and words_only and not doc.places and place is state.lead_place and state.lead_deed \
                and place.country != source.code:
            place = None  # words of a foreign party in a story that opens with a deed done there ("the Kremlin
            # warned" in a story of drones striking Kharkiv); a venue where people met keeps its speakers
        src = _actor(source)
        tgt = _actor(target) if target is not None else None
        start, end = doc.sentence.start, doc.sentence.end
        trigger_text = " ".join(tokens[p].text for p in trigger.positions)
        confidence = 0.9 - (0.2 if carried else 0) - (0.15 if fallback else 0) - (0.1 if source.start < 0 else 0)
        return Event(
            event_id=event_id(state.article_id, start, end, cameo, src.code, tgt.code if tgt else None),
            story_id=story_key(src.country, tgt.country if tgt else None, code.root, day),
            article_id=state.article_id,
            lang=self.lang,
            source=src,
            target=tgt,
            cameo=cameo,
            cameo_root=code.root,
            goldstein=self.onto.goldstein(cameo),
            quad_class=code.quad_class,
            plover=Plover(plover_type, plover_mode),
            date=day,
            date_precision=precision,
            date_basis=basis,
            location=Location.from_dict(place.to_dict()) if place else None,
            intent=intent,
            negated=negated,
            attribution=_actor(attribution) if attribution is not None else None,
            evidence=Evidence(doc.sentence.index, start, end, text[start:end], trigger_text),
            confidence=round(max(0.1, confidence), 2),
            coder=self.version,
        )

    def _visited(self, doc: SentenceDoc, trigger: Match[VerbEntry], target: Mention | None) -> Place | None:
        """A visit takes place in the city or country visited, when it is named as the party visited
        ("yarın Bakü'yü ziyaret edecek", "visited Moscow")."""
        if trigger.payload.cameo != VISIT_CODE or target is None or target.kind not in ("capital", "country") \
                or target.start < 0:
            return None
        token = doc.tokens[target.end - 1]
        words = [t.low for t in doc.tokens[target.start : target.end - 1]] + [token.base.lower() if token.suffix
                                                                               else token.low]
        return self.places.geocode(self.pack.lower(" ".join(words)))

    def _date_for(self, doc: SentenceDoc, state: ArticleState, at: int,
                  after: bool = True) -> tuple[str | None, str | None, str]:
        """The date of an act at token `at` (-1: none in the sentence, for a promise dated when made; `after`:
        a date after the verb may date it). An explicit date in the clause wins over a weekday or a relative word."""
        # (a date inside a clause reported before the act dates what was reported: "anlaşmanın bu yıl
        # imzalanabileceğini belirterek ... çağrıda bulundu")
        lo = max((end for end in doc.said_ends if end <= at), default=0)
        before = [d for d in doc.dates if lo <= d.token < at]
        # (a date after the verb, before the next act: "invited Erdogan to visit Baghdad later this year" dates the visit)
        upto = min((t.start for t in doc.phrases if t.start > at), default=len(doc.tokens))
        later = [d for d in doc.dates if at < d.token < upto] if self.date_after_verb and at >= 0 and after else []
        explicit = [d for d in before if d.basis == "explicit" and d.value]
        mention = explicit[-1] if explicit else before[-1] if before else later[0] if later else None
        if mention is not None:
            return mention.value, mention.precision, mention.basis if mention.value else "unknown"
        if state.lead_date is not None and doc.sentence.index >= state.lead_date_from:
            return state.lead_date.value, state.lead_date.precision, "relative"
        if state.dateline is not None:
            return state.dateline.isoformat(), "day", "dateline"
        return None, None, "unknown"

    def _place_for(self, doc: SentenceDoc, state: ArticleState, at: int, said: bool = False,
                   words: bool = False, deed: bool = False) -> Place | None:
        """The place named before the act in its sentence, else the story's place. What a speaker
        says happens where he says it: at the venue of his words ("Cibuti'de düzenlenen toplantıda"),
        not at a place inside what he reports ("Suriye'de ... katledildiğini"). A place that only
        describes a noun ("kuzey Irak'taki operasyonlarını", "urged the parties in Sudan") is where a
        deed on it happens, not where words about it are said (`words`: the story's place is)."""
        if said:
            return doc.venue or state.lead_place or state.dateline_place
        struck = [p for p in doc.struck if p.token < at or at < 0] if deed else []
        if struck:  # "Rusya, Harkiv'e füze saldırısı düzenledi": where the deed is aimed, not where it is told from
            return struck[-1].place
        places = [p for p in doc.places if not p.inner]  # not "Sudan'da çatışan taraflar"
        before = [p for p in places if p.token < at]
        if words and not before and (state.lead_place or state.dateline_place):
            # "urged the parties in Sudan", "accused Ukraine of attacking a facility in the Kursk region": a place
            # after words is their object's
            return state.lead_place or state.dateline_place
        before = before or places
        plain = [p for p in before if not p.attributive]  # "Cibuti'de ... Suriye'deki trajediye": Djibouti
        before = plain or ([] if words and (state.lead_place or state.dateline_place) else before)
        if before:
            place = before[-1].place
            if state.lead_place is None and doc.sentence.index < LEAD_SENTENCES and plain:
                state.lead_place, state.lead_deed = place, deed  # (not a place that only describes a noun)
            return place
        return state.lead_place or state.dateline_place  # no place named yet: where the story is filed from


def _dyad_side(dyad: tuple[tuple[str, str], tuple[str, str]], mention: Mention) -> int | None:
    """Which of the story's two parties (0 or 1) a mention is; in a civil war, by its side."""
    sides = [k for k, (code, _) in enumerate(dyad) if code == mention.code]
    if len(sides) > 1:
        sides = [k for k in sides if dyad[k][1] == war_side(mention.sector)]
    return sides[0] if sides else None


def _actor(mention: Mention):
    return make_actor(mention.code or "", mention.sector, mention.name, mention.role, mention.entity_id)


def _retold(event: Event) -> tuple | None:
    """The identity of an act an article may tell more than once: two named people meet once,
    and a named person's act towards a foreign country told again with the same verb ("kınadığını"
    in the lead, "kınadığımı" in the quote) is that act."""
    source, target = event.source, event.target
    if target is None or not _is_person(source):
        return None
    if event.cameo_root == "04" and _is_person(target):
        return ("04", frozenset((source.entity_id, target.entity_id)), event.negated, event.intent)
    if target.country != source.country and event.cameo_root != "04":
        verb = event.evidence.trigger.split()[0].lower()[:RETOLD_STEM]  # the same verb again, not another act
        return (event.cameo, verb, source.entity_id, target.country, event.negated, event.intent)
    return None


def _without_state_retellings(events: list[Event]) -> list[Event]:
    """A sentence that tells a named official's act and then his state's same act ("Davutoğlu:
    ... tanıyoruz ... Türkiye'nin ... tanıdığını söyledi") tells one act: the unnamed one goes."""
    def identity(event: Event) -> tuple:
        return (event.evidence.sentence_index, event.source.country, event.source.sector,
                event.target.country if event.target else None,
                event.cameo_root, event.negated, event.intent)

    named = {identity(e) for e in events if e.source.name}
    return [e for e in events if e.source.name or identity(e) not in named]


def _is_person(actor) -> bool:
    return bool(actor.name and actor.entity_id and actor.entity_id.startswith("person:"))


def _asked(tokens: list[Token], trigger: Match) -> bool:
    """The trigger's clause ends in a question mark: a question reports no event."""
    end = next((t.text for t in tokens[trigger.end :] if t.text in SENTENCE_ENDS), None)
    return end == "?"


def _inside_mention(trigger: Match, mentions: list[Mention]) -> bool:
    return any(m.start <= trigger.start and trigger.end <= m.end for m in mentions)


def _has_actor_before(mentions: list[Mention], clause: Clause) -> bool:
    """A party is named before the verb: an actor, or one no code stands for ("Batılı diplomatlar")."""
    return any(m.start < clause.trigger_start and (m.is_actor or m.kind == "uncoded") for m in mentions)


def _quotation_start(tokens: list[Token], clause: Clause) -> int | None:
    """The token after an opening quote between the clause start and the trigger."""
    for j in range(clause.trigger_start - 1, clause.start - 1, -1):
        if tokens[j].text in OPENING or tokens[j].text == STRAIGHT:
            return j + 1
    return None


@cache
def coder_for(lang: str) -> Coder:
    return Coder(lang)
