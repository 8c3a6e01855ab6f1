"""Candidates for the decision step, and the features it scores them by.

The rule coder (coding/pipeline.py) reads an article into sentences with tokens, actor
mentions, event phrases and its own events. From that analysis this module proposes, for every
sentence, one candidate per CAMEO root ("does this sentence tell an act of root r?") and, for a
candidate taken, the parties that may be its source and target. Each carries named features:
the event phrases of the lexicon, what the rules decided, the sentence's words, quotation and
speech, and for a party its case, kind, sector and place relative to the act. The weights that
turn features into decisions are learned (decide/training.py); nothing here decides.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.coding.actors import Mention
from eventwire.coding.matcher import Match
from eventwire.coding.pipeline import ArticleState, Coder, SentenceDoc
from eventwire.lang.pack import NO_ACT, VerbEntry
from eventwire.record import Article, Event
from eventwire.text.quotes import CLOSING_QUOTES, OPENING, STRAIGHT

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
QUOTE_MARKS = frozenset(OPENING) | frozenset(CLOSING_QUOTES) | frozenset(STRAIGHT)
MAX_OPTIONS = 12  # parties offered for one role (the sentence's, then the context's)
PREVIOUS_SENTENCES = 1  # earlier sentences whose parties may be an act's target


Features = dict[str, float]


@dataclass(slots=True)
class Option:
    """A party that may fill a role: a mention, or none (a target only)."""
    mention: Mention | None
    origin: str  # sentence, speaker, carried, previous, none
    features: Features = field(default_factory=dict)

    @property
    def country(self) -> str | None:
        return self.mention.code if self.mention is not None else None


@dataclass(slots=True)
class SentenceView:
    """One sentence as the decision step sees it."""
    doc: SentenceDoc
    features: Features  # root-independent: words, phrases found, quotation, parties
    phrases: dict[str, list[Match[VerbEntry]]]  # root -> the lexicon's phrases of that root, in order
    rule_events: dict[str, list[Event]]  # root -> what the rules coded here
    anchor: int  # token where the sentence's act is told when no phrase of its root is found
    context: tuple[Mention | None, list[Mention]] = (None, [])  # the last sentence's subject, the last parties named
    partners: frozenset[frozenset[str]] = frozenset()  # pairs of countries the rules found acting on each other
    # in the article (the story's dyads)
    _parties: list[Option] | None = None

    @property
    def parties(self) -> list[Option]:
        """Everyone who may act or be acted upon in this sentence: its parties, the quotation's speaker,
        the last sentence's subject and the parties named last before (read when a role is chosen)."""
        if self._parties is None:
            self._parties = _parties(self.doc, *self.context)
        return self._parties


class CandidateReader:
    """Turns a coded article into sentence views (one Coder, reused)."""

    def __init__(self, coder: Coder):
        self.coder = coder
        self.lang = coder.lang
        self.prefix = int(coder.pack.config.get("feature_prefix", "5"))
        self.verb_final = coder.pack.config.get("verb_final") == "yes"
        self.case_roles = coder.pack.config.get("roles", "case") == "case"

    def read(self, article: Article, state: ArticleState) -> list[SentenceView]:
        by_sentence: dict[int, dict[str, list[Event]]] = defaultdict(lambda: defaultdict(list))
        for event in article.events:
            by_sentence[event.evidence.sentence_index][event.cameo_root].append(event)
        partners = frozenset(frozenset((e.source.country, e.target.country)) for e in article.events
                             if e.target is not None and e.target.country != e.source.country)
        views: list[SentenceView] = []
        carried: Mention | None = None  # the last sentence's subject
        previous: list[Mention] = []
        for position, doc in enumerate(state.docs):
            rules = by_sentence.get(doc.sentence.index, {})
            view = self._view(article.text, doc, position, rules, carried, previous)
            view.partners = partners
            views.append(view)
            subject = _subject(doc)
            if subject is not None:
                carried = subject
            actors = [m for m in doc.mentions if m.is_actor and m.code]
            if actors:
                previous = actors
        return views

    # -- one sentence ------------------------------------------------------------
    def _view(self, text: str, doc: SentenceDoc, position: int, rules: dict[str, list[Event]],
              carried: Mention | None, previous: list[Mention]) -> SentenceView:
        coder, tokens = self.coder, doc.tokens
        phrases: dict[str, list[Match[VerbEntry]]] = defaultdict(list)
        mentions = doc.mentions
        # the rules' phrases as they matched them (a heading's too, which the rules skip), and the broad lexicons'
        found = doc.found if doc.found is not None else coder.verbs.find_all(tokens, doc.prefixes)
        for match in [*found, *coder.lexicon.find_all(tokens, doc.prefixes)]:
            if match.payload.cameo == NO_ACT or any(m.start <= match.start < m.end for m in mentions):
                continue
            phrases[match.payload.cameo[:2]].append(match)
        for found_phrases in phrases.values():
            found_phrases.sort(key=lambda m: m.start)
        speech = doc.speech if doc.speech is not None else coder.speech.find_all(tokens, doc.prefixes)
        sentence_text = text[doc.sentence.start : doc.sentence.end]
        f: Features = {"bias": 1.0}
        for t in tokens:
            if t.is_word and not t.cap and not t.base.isdigit():
                f["w:" + t.base[: self.prefix]] = 1.0
        for root, found in phrases.items():
            for match in found:
                f[("broad:" if match.payload.broad else "phrase:") + root] = 1.0
                f["code:" + match.payload.cameo] = 1.0
        for root in rules:
            f["rule:" + root] = 1.0
        if speech:
            f["speech"] = 1.0
        if any(ch in QUOTE_MARKS for ch in sentence_text):
            f["quote_mark"] = 1.0
        if doc.quote_speaker is not None:
            f["in_quotation"] = 1.0
        if doc.heading:
            f["heading"] = 1.0
        if position == 0:
            f["first_sentence"] = 1.0
        actors = [m for m in mentions if m.is_actor and m.code]
        f[f"parties:{min(len(actors), 3)}"] = 1.0
        for m in actors:
            f[f"party:{m.kind}"] = 1.0
            f[f"party_sector:{m.sector or '-'}"] = 1.0
            f[f"party_case:{m.case}"] = 1.0
        countries = {m.code for m in actors}
        if len(countries) > 1:
            f["foreign_pair"] = 1.0
        last = next((t for t in reversed(tokens) if t.is_word), None)
        if last is not None and not last.cap:
            f["end:" + last.low[-3:]] = 1.0
            f["end2:" + last.low[-2:]] = 1.0
        return SentenceView(doc, f, dict(phrases), dict(rules), self._anchor(tokens, speech), (carried, previous))

    def subject(self, view: SentenceView) -> Mention | None:
        """The sentence's subject as the rule coder reads it (case marking), else its first nominative party."""
        doc = view.doc
        if self.case_roles:
            return self.coder._sentence_subject(doc.tokens, doc.mentions, doc.speech or [])
        return _subject(doc)

    def _anchor(self, tokens, speech) -> int:
        if speech:
            return speech[0].start
        words = [i for i, t in enumerate(tokens) if t.is_word]
        if not words:
            return 0
        return words[-1] if self.verb_final else words[len(words) // 2]

    # -- one candidate -----------------------------------------------------------
    def candidate_features(self, view: SentenceView, root: str) -> Features:
        """All features of root r's candidate, named as the model names them: the sentence's
        (`view.features`) conjoined with r, and r's own (`own_features`)."""
        return {**{f"{root}|{name}": value for name, value in view.features.items()}, **self.own_features(view, root)}

    def own_features(self, view: SentenceView, root: str) -> Features:
        """Features of root r's own phrases and rules in the sentence; mostly root-free, so what is
        learned of them carries across roots, to rare ones too."""
        f: Features = {}
        found = view.phrases.get(root, [])
        rules = view.rule_events.get(root, [])
        if found:
            kind = "own_phrase" if any(not m.payload.broad for m in found) else "own_broad_phrase"
            f[kind] = 1.0
            f[f"{kind}_n:{min(len(found), 2)}"] = 1.0
            f.update(self._phrase_form(view, found[0]))
            if kind == "own_phrase" and not rules and view.doc.found is not None:
                f["own_phrase_uncoded"] = 1.0  # the rules read the clause and coded nothing of this root
        if rules:
            f["own_rule"] = 1.0
            f[f"{root}|own_rule"] = 1.0
            if any(e.target is not None for e in rules):
                f["own_rule_target"] = 1.0
            # rules read cross-border acts of named states well, a country's own politics less so
            if any(e.target is not None and e.target.country != e.source.country for e in rules):
                f["own_rule_international"] = 1.0
                f[f"{root}|own_rule_international"] = 1.0
            f["own_rule_confidence"] = max(e.confidence for e in rules)
            for e in rules[:1]:
                f[f"own_rule_source:{e.source.sector or '-'}"] = 1.0
        if not found and not rules:
            f["no_own_cue"] = 1.0  # (decide.NO_CUE)
        return f

    def _phrase_form(self, view: SentenceView, match: Match[VerbEntry]) -> Features:
        morph, tokens = self.coder.morph, view.doc.tokens
        rest = match.last_rest
        entry = match.payload
        f: Features = {"phrase_kind:" + ("verb" if entry.words[-1].kind == "verb" else "noun"): 1.0}
        checks = {"negated": morph.is_negated, "future": morph.is_future, "passive": morph.is_passive,
                  "participle": morph.is_participle, "complement": morph.is_complement,
                  "converb": morph.is_converb, "supposed": morph.is_supposed, "first_person": morph.is_first_person}
        for name, check in checks.items():
            if rest and check(rest):
                f["phrase_" + name] = 1.0
        if entry.words[-1].kind != "verb":  # an act named as a noun: its case says what it is to the clause
            f["phrase_case:" + morph.case_of(morph.without_compound_marker(rest) or rest)] = 1.0
        if entry.intent:
            f["phrase_intent"] = 1.0
        if match.end < len(tokens) and tokens[match.end].low in self.coder.topic_postpositions:
            f["phrase_topic"] = 1.0
        if match.end >= len(tokens) - 2:
            f["phrase_at_end"] = 1.0
        return f

    def role_features(self, view: SentenceView, root: str, option: Option, role: str,
                      source: Option | None = None) -> Features:
        """Features of `option` as the source (or, given the source, the target) of root r's act."""
        if option.mention is None:
            return {"none": 1.0, f"none|{root}": 1.0,
                    "none|own_rule_untargeted": float(any(e.target is None for e in view.rule_events.get(root, [])))}
        m = option.mention
        found = view.phrases.get(root, [])
        at = found[0].start if found else view.anchor
        inside = m.start >= 0
        f: Features = {"bias": 1.0, "origin:" + option.origin: 1.0, "kind:" + m.kind: 1.0,
                       "sector:" + (m.sector or "-"): 1.0}
        if inside:
            side = "before" if m.start < at else "after"
            f["case:" + m.case] = 1.0
            f[f"case_side:{m.case}:{side}"] = 1.0
            f["side:" + side] = 1.0
            gap = abs(m.start - at)
            f[f"gap:{min(gap // 3, 5)}"] = 1.0
            actors = [x for x in view.doc.mentions if x.is_actor and x.code]
            if actors and actors[0] is m:
                f["first_party"] = 1.0
            if m.members:
                f["coordinated"] = 1.0
        code = m.code or ""
        f["scope:" + ("igo" if code.startswith("IGO") else "nsa" if code.startswith("NSA") else "state")] = 1.0
        rules = view.rule_events.get(root, [])
        other = [e for r, events in view.rule_events.items() if r != root for e in events]
        if role == "source":
            if any(_same(e.source, m) for e in rules):
                f["rule_source"] = 1.0
            if any(_same(e.source, m) for e in other):
                f["rule_source_other_root"] = 1.0
            if view.doc.quote_speaker is m:
                f["quote_speaker"] = 1.0
            if self.subject(view) is m:
                f["rules_subject"] = 1.0  # the subject the rule coder reads for the sentence
        else:
            if any(e.target is not None and _same(e.target, m) for e in rules):
                f["rule_target"] = 1.0
            if any(e.target is not None and _same(e.target, m) for e in other):
                f["rule_target_other_root"] = 1.0
            if source is not None and source.mention is not None:
                s = source.mention
                f["same_country" if s.code == m.code else "other_country"] = 1.0
                if s.code == m.code and any(s.code in pair for pair in view.partners):
                    f["same_country_in_dyad_story"] = 1.0  # the source's country acts on another in this story
                if frozenset((s.code, m.code)) in view.partners:
                    f["story_partner"] = 1.0  # the rules found these two countries acting on each other here
                if s.code == m.code and s.sector == m.sector:
                    f["same_sector"] = 1.0
                if inside and s.start >= 0:
                    f["after_source" if m.start > s.start else "before_source"] = 1.0
        return {**f, **{f"{root[:2]}|{k}": v for k, v in f.items() if k.startswith(("case_side", "origin", "kind"))}}


def same_party(a: Mention, b: Mention) -> bool:
    """The same actor, or a state and its own government's people ("Çin" and its minister Wang Yi): no
    party acts on itself."""
    if a.same_actor(b):
        return True
    state = ("country", "capital")
    return a.code == b.code and a.sector == b.sector and (a.kind in state or b.kind in state)


def candidate_roots(view: SentenceView, roots: tuple[str, ...]) -> list[str]:
    """Roots proposed for a sentence: those the model weighs (none when it takes cues only), and
    those with a lexicon phrase or a rule event there."""
    return sorted(set(roots) | set(view.phrases) | set(view.rule_events))


def _parties(doc: SentenceDoc, carried: Mention | None, previous: list[Mention]) -> list[Option]:
    options: list[Option] = []
    seen: list[Mention] = []

    def add(mention: Mention | None, origin: str) -> None:
        if mention is None or not mention.code or len(options) >= MAX_OPTIONS:
            return
        if any(m is mention or (m.same_actor(mention) and m.case == mention.case) for m in seen):
            return
        seen.append(mention)
        options.append(Option(mention, origin))

    for mention in doc.mentions:
        if mention.is_actor:
            add(mention, "sentence")
    add(doc.quote_speaker, "speaker")
    add(carried, "carried")
    for mention in previous:
        add(mention, "previous")
    return options


def _subject(doc: SentenceDoc) -> Mention | None:
    return next((m for m in doc.mentions if m.is_actor and m.code and m.case == "nominative"), None)


def _same(actor, mention: Mention) -> bool:
    return actor.country == mention.code and actor.sector == mention.sector and actor.name == mention.name
