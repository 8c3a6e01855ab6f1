"""The decision step: which candidates become events, and who their parties are.

The rule coder reads an article and proposes; a learned model (decide/model.py) scores every
sentence for every CAMEO root and every party for each role, and keeps what scores above the
threshold learned with it. Where the rules coded the same act in the sentence, their parties
and code are kept (they read the clause); otherwise the role models choose among the parties
the sentence and its context offer. See README "How the coder decides".
"""
from __future__ import annotations

from dataclasses import replace

from eventwire.coding.actors import Mention
from eventwire.coding.matcher import Match
from eventwire.coding.pipeline import ArticleState, Coder
from eventwire.decide.candidates import CandidateReader, Option, SentenceView, candidate_roots, same_party
from eventwire.decide.model import DecisionModel, sigmoid
from eventwire.lang.pack import VerbEntry
from eventwire.record import Article, Event

MEETING_ROOT = "04"
NO_CUE = {"no_own_cue": 1.0}  # the own features of a root with no phrase and no rule event in the sentence


class Decider:
    def __init__(self, coder: Coder, model: DecisionModel):
        if model.lang != coder.lang:
            raise ValueError(f"a {model.lang} decisions model cannot decide for the {coder.lang} coder")
        self.coder = coder
        self.model = model
        self.reader = CandidateReader(coder)
        self.version = f"{coder.rules_version}; decisions {model.info.get('version', 'untracked')}"

    def decide(self, article: Article, state: ArticleState, views: list[SentenceView] | None = None) -> Article:
        views = self.reader.read(article, state) if views is None else views
        events: list[Event] = []
        seen: set[tuple] = set()
        for view in views:
            for root, probability in self.accepted(view):
                for event in self._events(article.text, state, view, root, probability):
                    key = _key(event)  # (the rules tell each act once; an act the role models add may retell one)
                    if key not in seen or event.evidence.trigger in self._rule_triggers(view, root):
                        seen.add(key)
                        events.append(event)
        ruled = {e.event_id for v in views for found in v.rule_events.values() for e in found}
        met = {country for v in views for e in v.rule_events.get(MEETING_ROOT, [])
               for country in (e.source.country, e.target.country if e.target else None)}
        # a meeting the rules coded is told again later ("görüşmede": at the meeting): no second meeting of its parties
        article.events = [e for e in events if not (e.cameo_root == MEETING_ROOT and e.event_id not in ruled
                                                    and e.source.country in met)]
        return article

    @staticmethod
    def _rule_triggers(view: SentenceView, root: str) -> set[str]:
        return {e.evidence.trigger for e in view.rule_events.get(root, [])}

    def accepted(self, view: SentenceView) -> list[tuple[str, float]]:
        """The roots whose candidate in this sentence scores above the threshold, with probabilities. One
        phrase tells one act: of roots whose phrases overlap, the most probable stands (a phrase the rules
        coded counts as theirs: "desteğinin süreceğini" is a promise, not also support given)."""
        model, scored = self.model, []
        shared = model.event.shared_scores(view.features)
        uncued = model.event.weights.get("no_own_cue", 0.0)
        for root in candidate_roots(view, model.roots):
            if root in view.phrases or root in view.rule_events:
                own = self.reader.own_features(view, root)
                p = sigmoid(shared.get(root, 0.0) + model.event.score(own))
            else:  # (own_features: no_own_cue alone)
                own, p = NO_CUE, sigmoid(shared.get(root, 0.0) + uncued)
            if p >= model.threshold or (model.keep_international and own.get("own_rule_international")):
                scored.append((root, p))
        spans = {root: self._spans(view, root) for root, _ in scored}
        ranked = sorted(scored, key=lambda rp: (bool(view.rule_events.get(rp[0])), rp[1]), reverse=True)
        kept: list[tuple[str, float]] = []
        for root, p in ranked:
            if not any(spans[root] & spans[other] for other, _ in kept):
                kept.append((root, p))
        return sorted(kept)

    @staticmethod
    def _spans(view: SentenceView, root: str) -> set[int]:
        """Tokens of root r's acts in the sentence: its rule events' triggers, else its first phrase."""
        ruled = {word for e in view.rule_events.get(root, []) for word in e.evidence.trigger.split()}
        if ruled:
            return {i for i, token in enumerate(view.doc.tokens) if token.text in ruled}
        found = view.phrases.get(root, [])
        return set(found[0].positions) if found else set()

    # -- roles -----------------------------------------------------------------------
    def choose_source(self, view: SentenceView, root: str) -> Option | None:
        options = view.parties
        if not options:
            return None
        scored = [(self.model.source.score(self.reader.role_features(view, root, o, "source")), i)
                  for i, o in enumerate(options)]
        return options[max(scored)[1]]

    def choose_target(self, view: SentenceView, root: str, source: Option) -> Option:
        options = [o for o in view.parties if o.mention is not source.mention
                   and not (o.mention is not None and source.mention is not None and same_party(o.mention, source.mention))]
        options.append(Option(None, "none"))
        scored = [(self.model.target.score(self.reader.role_features(view, root, o, "target", source)), i)
                  for i, o in enumerate(options)]
        return options[max(scored)[1]]

    def _events(self, text: str, state: ArticleState, view: SentenceView, root: str, p: float) -> list[Event]:
        ruled = view.rule_events.get(root)
        if ruled:  # the rules read this act's clause: their parties and code stand
            return [replace(e, confidence=round(p, 3), coder=self.version) for e in ruled]
        source = self.choose_source(view, root)
        if source is None:
            return []
        target = self.choose_target(view, root, source)
        return [self._event(text, state, view, root, p, _here(source), _here(target), source.origin != "sentence")]

    def _event(self, text: str, state: ArticleState, view: SentenceView, root: str, p: float, source: Mention,
               target: Mention | None, carried: bool) -> Event:
        coder = self.coder
        found = view.phrases.get(root, [])
        if found:
            trigger = found[0]
            cameo = trigger.payload.cameo
            rest = trigger.last_rest
            intent = trigger.payload.intent or (bool(rest) and coder.morph.is_future(rest))
            negated = bool(rest) and coder.morph.is_negated(rest)
        else:
            trigger = self._cue(view, root)
            cameo, intent, negated = root + "0", False, False
        if intent:
            cameo = coder.onto.intent_code(cameo)
        event = coder._event(text, view.doc, state, trigger, cameo, source, target, None, intent, negated,
                             carried, fallback=False)
        return replace(event, confidence=round(p, 3), coder=self.version)

    def _cue(self, view: SentenceView, root: str) -> Match[VerbEntry]:
        """The word that weighs most for root r in this sentence: the evidence's trigger when no
        lexicon phrase of r was found (the learned cue, so that every event names its words)."""
        weights = self.model.event.by_root.get(root, {})
        prefix = self.reader.prefix
        best, at = 0.0, view.anchor
        for i, token in enumerate(view.doc.tokens):
            if token.is_word and not token.cap:
                w = weights.get("w:" + token.base[:prefix], 0.0)
                if w > best:
                    best, at = w, i
        entry = VerbEntry(root + "0", (), False, False, False, False, False, None, "decisions.json")
        return Match(at, at + 1, entry, [""], [at])




def _here(option: Option) -> Mention | None:
    """The option's mention as this sentence may use it: one named in another sentence has no place here."""
    if option.mention is None or option.origin == "sentence":
        return option.mention
    return replace(option.mention, start=-1, end=-1)


def _key(event: Event) -> tuple:
    target = event.target.country if event.target else None
    pair = frozenset((event.source.country, target)) if event.cameo_root == MEETING_ROOT else (event.source.country, target)
    return (event.evidence.sentence_index, event.cameo_root, pair, event.source.name,
            event.target.name if event.target else None)
