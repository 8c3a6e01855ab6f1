"""Which matched phrases of a case-marking language are acts done, and which only name what
another act asks for, answers, decides or is about.

"destek olması gerektiğini" (that support is needed), "kabul etmeyi reddetti" (refused to accept),
"destek vermesi talimatı" (an order to support), "silah satışına tepki gösterdi" (reacted to arms
sales), "esir takası anlaşması" (a swap agreement): the first act is not done by the subject.
"yaptırım uygulama kararı aldı" (decided to impose sanctions) keeps the decided act.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.coding.matcher import Match
from eventwire.coding.morphology import Morphology
from eventwire.lang.pack import LanguagePack, VerbEntry
from eventwire.text.quotes import CLOSING_QUOTES
from eventwire.text.tokens import Token


@dataclass(slots=True)
class Governed:
    """The acts of a sentence, with what the dropped ones tell about the kept ones."""

    acts: list[Match[VerbEntry]]
    planned: dict[int, str] = field(default_factory=dict)  # intent trigger start -> CAMEO of the act it offers
    decided: set[int] = field(default_factory=set)  # starts of acts a decision names ("uygulama kararı")


class Governing:
    def __init__(self, pack: LanguagePack, morph: Morphology, is_verbal: Callable[[str], bool]):
        self.morph = morph
        self.is_verbal = is_verbal  # a CAMEO code of words (condemn, criticise), not of deeds
        self.content_nouns = pack.config_words("content_nouns")
        self.decision_nouns = pack.config_words("decision_nouns")

    def acts(self, triggers: list[Match[VerbEntry]], tokens: list[Token]) -> Governed:
        found = Governed([])
        for k, t in enumerate(triggers):
            later = triggers[k + 1] if k + 1 < len(triggers) else None
            # only a closing quotation mark may stand between ('"soykırım yapmakla" suçlayarak')
            nxt = later if later is not None and all(not w.is_word and w.text in CLOSING_QUOTES
                                                     for w in tokens[t.end : later.start]) else None
            # "silah satışına sert tepki gösterdi": an adverb may stand between an act and the one answering it
            near = later if later is not None and later.start - t.end <= 1 \
                and all(w.is_word and not w.cap for w in tokens[t.end : later.start]) else None
            if self._governed(t, nxt, near, tokens):
                if nxt is not None and nxt.payload.intent:  # "yardım etmeyi teklif etti": the offer is of that act
                    found.planned[nxt.start] = t.payload.cameo
                if not self.content_of_noun(t, tokens, self.decision_nouns):
                    continue
                found.decided.add(t.start)  # "yaptırım uygulama kararı aldı": the decided act
            found.acts.append(t)
        return found

    def _governed(self, trigger: Match[VerbEntry], nxt: Match[VerbEntry] | None, near: Match[VerbEntry] | None,
                  tokens: list[Token]) -> bool:
        """The act a "gerek-" phrase asks for, the object or goal of the verb after it, the content of a
        noun after it, or what the next act answers or is about."""
        rest = trigger.last_rest
        if nxt is not None and ((nxt.payload.complement and self.morph.is_verbal_noun(rest))
                                or self.morph.is_verbal_object(rest)):
            return True
        return self.content_of_noun(trigger, tokens) or self._modifies_next(trigger, nxt, near, tokens)

    def _modifies_next(self, trigger: Match[VerbEntry], nxt: Match[VerbEntry] | None,
                       near: Match[VerbEntry] | None, tokens: list[Token]) -> bool:
        """"esir takası anlaşması imzalandı": a bare act noun right before another act's noun names
        what that act is about (a swap agreement is signed; no swap is done yet); "silah satışına
        tepki gösterdi": an act noun in the dative, or a verbal noun as object, is what the next
        act answers; an act noun in the accusative is what a verb of words condemns or rejects."""
        if near is None:
            return False
        if trigger.payload.words[-1].kind == "verb":
            return self.morph.is_verbal_object(trigger.last_rest)
        if self.morph.case_of(trigger.last_rest) == "dative":
            return True
        if self.morph.possessed_case(tokens[trigger.end - 1]) == "accusative" and nxt is not None \
                and nxt.payload.words[0].kind == "verb" and self.is_verbal(nxt.payload.cameo):
            return True  # "Türkiye'nin hava saldırılarını eleştirdi": the strikes are what is criticised
        return nxt is not None and nxt.payload.words[0].kind != "verb" \
            and self.morph.without_compound_marker(trigger.last_rest) == ""

    def content_of_noun(self, trigger: Match[VerbEntry], tokens: list[Token],
                        nouns: frozenset[str] | None = None) -> bool:
        """"destek vermesi talimatını verdi": a verbal noun right before a content noun (of `nouns`, by
        default all) is what that order, call or decision asks for."""
        if trigger.end >= len(tokens) or not self.morph.is_verbal_noun(trigger.last_rest):
            return False
        nxt = tokens[trigger.end]
        nouns = self.content_nouns if nouns is None else nouns
        return nxt.is_word and not nxt.cap and self.morph.is_form_of(nxt, nouns)
