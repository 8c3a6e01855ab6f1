"""Who did it to whom from word order: for languages that mark roles by position and
prepositions (config.txt `roles order`), not by case suffixes.

The source is the actor nearest before the verb in its clause (a pronoun there refers
back to the speaker or the last subject); the target is the first actor after it, bare
or after a target preposition. A passive verb ("was attacked by X") swaps the two.
A verb of intent followed by "to" and a second verb codes the planned act as intent
("offered to hand over"); any other verb governing "to" + verb keeps its own code.
Modality words (negation, intent) count when they stand just before the verb.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.coding.actors import LOCAL_SECTORS, NON_STATE_ARMED, Mention, implied_country
from eventwire.coding.arguments import (ACCUSE_CODE, MATERIAL_CONFLICT, VERBAL_QUADS, armed_code, is_mutual_act,
                                        legal_filing, own_people, pair_between, policed, protested_government,
                                        told_both_ways)
from eventwire.coding.matcher import Match
from eventwire.lang.pack import VerbEntry
from eventwire.record import Event

if TYPE_CHECKING:
    from eventwire.coding.pipeline import ArticleState, Coder, SentenceDoc

_CLAUSE_BREAKS = frozenset({";", ":"})
COORDINATE_REACH = 3  # words between the subject of a coordinate clause and its verb ("and Iran also sharply criticised")
SYMPATHY = "018"  # CAMEO: make empathetic comment (condolences, sorrow)
RELATIVE_CLAUSE_WORDS = 16  # the longest ", which ... ," passed over to find a verb's subject
CONDITION_REACH = 12  # the most words between a condition word and an act it makes supposed
CONFLICT_QUAD = 3  # CAMEO quad classes 3 (verbal conflict) and 4 (material conflict)
UNCODED = Mention(-1, -1, "person", None, "", "nominative")  # a subject named, but not one we can code
UNCODED_PARTY = Mention(-1, -1, "uncoded", None, "", "accusative")  # a party acted on, named but not one we can code


class WordOrderRoles:
    def __init__(self, coder: "Coder"):
        pack, config = coder.pack, coder.pack.config
        self.coder = coder
        self.target_preps = pack.config_words("target_prepositions")
        self.place_preps = pack.config_words("locative_prepositions")
        self.agent_word = config.get("agent_word", "by")
        self.passive_aux = pack.config_words("passive_auxiliaries")
        self.object_pronouns = pack.config_words("object_pronouns")
        self.subordinators = pack.config_words("subordinators")  # "urged calm as fighting spread": a new clause
        self.conditions = pack.config_words("condition_words")  # "unless the president arranged a ceasefire"
        self.pronouns = pack.config_words("pronouns")
        self.relative_pronouns = pack.config_words("relative_pronouns")
        self.possessives = pack.config_words("possessives")
        self.possessive_pronouns = pack.config_words("possessive_pronouns")
        self.noun_preps = pack.config_words("noun_prepositions")
        self.country_preps = pack.config_words("actor_country_prepositions")
        self.direction_words = pack.config_words("direction_words")
        self.statement_nouns = pack.config_words("statement_nouns")
        self.determiners = pack.config_words("determiners")
        self.indefinites = pack.config_words("indefinite_determiners")  # "condemned a decision": none told before
        self.planning_verbs = pack.config_words("planning_verbs")
        self.quantifiers = pack.config_words("quantifiers")
        self.gerund = config.get("gerund", "")
        self.gerund_prepositions = pack.config_words("gerund_prepositions")
        self.charge_prepositions = pack.config_words("charge_prepositions")  # "accused X of", "charged X with"
        self.participle_ending = pack.config.get("participle_ending", "")  # "launched by Russia"
        self._act_noun_ends: set[int] = set()  # of the sentence being coded
        self.topic_prepositions = pack.config_words("topic_prepositions")
        self.reason_prepositions = pack.config_words("reason_prepositions")
        self.window = int(config.get("modality_window", "4"))
        self.infinitive = config.get("infinitive_marker", "to")
        self.conjunction = config.get("conjunction", "")

    def code_sentence(self, text: str, doc: "SentenceDoc", state: "ArticleState") -> list[Event]:
        coder, tokens, mentions = self.coder, doc.tokens, doc.mentions
        found = coder.triggers(doc)
        doc.phrases = found
        ends = {t.end for t in found}  # "its support of sanctions on Russia": an act named inside another
        # "the attack| by Israel": a "by" right after an act noun names that act's doer
        doc.act_noun_ends = {t.end for t in found if t.payload.words[0].kind != "verb" or t.rests[0] == ""}
        self._act_noun_ends = doc.act_noun_ends
        triggers = [t for t in found if not self._nominal(tokens, t) and not self._topic(tokens, t)]
        triggers = [t for k, t in enumerate(triggers) if not (k and self._asked_or_undone(tokens, mentions, triggers[k - 1], t))]
        triggers = [t for k, t in enumerate(triggers) if not (k and self._setting(tokens, triggers[k - 1], t))]
        triggers = [t for t in triggers if not self._supposed(tokens, t)]
        triggers = [t for t in triggers if not (t.start > 1 and tokens[t.start - 1].low in self.gerund_prepositions
                                                and t.start - 1 in ends and (t.payload.words[0].kind != "verb"
                                                                             or not t.rests[0]))]
        _split_clause_pairs(mentions, triggers)
        taken = {j for t in triggers for j in range(t.start, t.end)}
        doc.speech = coder.speech.find_all(tokens, doc.prefixes)
        speech = [s for s in doc.speech if s.start not in taken]
        speaker = self._speaker(tokens, mentions, speech)
        events: list[Event] = []
        skip: set[int] = set()
        previous_source: Mention | None = None
        last_target: Mention | None = None
        for index, trigger in enumerate(triggers):
            if index in skip:
                continue
            if any(t.payload.complement and 0 <= trigger.start - t.end <= self.window for t in triggers[:index]):
                continue  # "X said Russia should withdraw": the withdrawal is what is asked, not done
            entry, cameo, intent, span_end = trigger.payload, trigger.payload.cameo, trigger.payload.intent, trigger.end
            governed = self._governed(tokens, triggers, index, mentions)
            if governed is not None:
                skip.add(governed)
                # "offered to hand over", "agreed to deepen ties": the planned act, as intent, mutual when
                # it is ("agreed to deepen their partnership"), told from the first word of the phrase
                if entry.intent or tokens[trigger.end - 1].low in self.planning_verbs:
                    planned = triggers[governed]
                    entry = replace(entry, cameo=planned.payload.cameo, mutual=planned.payload.mutual or entry.mutual,
                                    domestic=planned.payload.domestic,
                                    source_line=f"{entry.source_line}+{planned.payload.source_line}")
                    trigger = replace(planned, start=trigger.start, rests=[trigger.rests[0], *planned.rests],
                                      positions=[*trigger.positions, *planned.positions], payload=entry)
                    # a plan to cooperate is intent; a decision to sanction or expel is the deed itself
                    cameo, span_end = entry.cameo, planned.end
                    intent = entry.intent or coder.onto.get(cameo).quad_class < CONFLICT_QUAD
            lo = triggers[index - 1].end if index and index - 1 not in skip else 0
            lo = max([lo] + [s.end for s in speech if s.end <= trigger.start])
            hi = next((t.start for k, t in enumerate(triggers) if k > index and k not in skip and k != governed),
                      len(tokens))
            # "..., killing 156 people, the UN agency reported": the speaker after the act is no party
            said_after = [s.start for s in speech if s.start >= span_end] + (
                [speaker.start] if speaker is not None and speaker.start >= span_end else [])
            # "condemned the decision, and Iran criticised Israel": a party after ", and" with a verb of its
            # own begins another clause
            joined = [j for j in range(span_end, hi) if self._opens_coordinate(tokens, mentions, triggers, j)]
            hi = min([hi] + said_after + joined)
            clause_end = min([len(tokens)] + said_after + joined
                             + [j for j in range(span_end, len(tokens)) if tokens[j].text in _CLAUSE_BREAKS])
            # "ended mediation efforts as shells continued crashing": a subordinate clause has a subject of its own
            inherited = previous_source if lo > 0 and not _has_break(tokens, lo - 1, trigger.start) and not any(
                self._opens_clause(tokens, j) for j in range(lo, trigger.start)) else None
            # "France condemned the coup in Niger and suspended aid": the second verb's target too
            # "imposed sanctions on two commanders, accusing them of": a pronoun object is the last one acted on
            shared_target = last_target if (inherited is not None and trigger.start > 0
                                             and tokens[trigger.start - 1].low == self.conjunction) \
                or self._pronoun_object(tokens, span_end) else None
            after_saying = any(s.end == lo for s in speech)
            if after_saying:  # "..., while Britain announced new sanctions": the sayer of this clause acts
                said = next(s for s in speech if s.end == lo)
                start = triggers[index - 1].end if index and index - 1 not in skip else 0
                own = self._subject(tokens, mentions, start, said.start, None, state)
                inherited = own if own is not None and own is not UNCODED else inherited
            coded, source, target = self._code(text, doc, state, trigger, cameo, intent, lo, span_end, hi, clause_end,
                                               speaker, inherited, after_saying, shared_target, last_target)
            last_target = target
            previous_source = None if source is UNCODED else source or previous_source
            events.extend(coded)
        subject = _first_subject(tokens, mentions, self.target_preps | self.place_preps)
        if subject is not None:
            state.last_subject = subject
        return events

    def _code(self, text: str, doc: "SentenceDoc", state: "ArticleState", trigger: Match[VerbEntry], cameo: str,
              intent: bool, lo: int, span_end: int, hi: int, clause_end: int, speaker: Mention | None,
              inherited: Mention | None, after_saying: bool, shared_target: Mention | None,
              previous_target: Mention | None = None) -> tuple[list[Event], Mention | None, Mention | None]:
        """The events of one trigger, with the source and target it found (for the verbs after it)."""
        coder, tokens, mentions, entry = self.coder, doc.tokens, doc.mentions, trigger.payload
        before = [t.low for t in tokens[max(lo, trigger.start - self.window) : trigger.start]]
        # "denied the charge and accused Israel": modality words before a conjunction belong to the verb before it
        cut = max((k + 1 for k, w in enumerate(before) if w in (self.conjunction, ",")), default=0)
        modal = before[cut:]
        negated = any(w in coder.negation_words for w in modal)
        intent = intent or any(w in coder.intent_words for w in modal)
        passive = entry.passive or (
            bool(before) and before[-1] in self.passive_aux and coder.morph.is_passive(trigger.last_rest))
        # "property seized by government forces": a participle after its noun, passive without an auxiliary
        # "reporters held for filming near the border were freed": the sentence's own verb comes later
        later_verb = any(m.is_actor and m.end == trigger.start for m in mentions) and any(
            tokens[j].low in self.passive_aux for j in range(span_end, clause_end))
        reduced = not passive and coder.morph.is_passive(trigger.last_rest) and span_end < len(tokens) \
            and (tokens[span_end].low == self.agent_word or later_verb)
        passive = passive or reduced
        if entry.complement:  # "X said Y must withdraw": X demands it of Y
            # ("Iran warned Israel that it would face consequences": the warner says it of the one warned)
            speaker = speaker or (inherited if inherited is not None and lo > 0 and tokens[lo - 1].low not in
                                  self.pronouns else None)
            reported = self._subject(tokens, mentions, lo, trigger.start, None, state)
            reported = None if reported is UNCODED else reported
            pronoun = next((j for j in range(trigger.start - 1, max(lo, trigger.start - 3) - 1, -1)
                            if tokens[j].low in self.pronouns), None)
            if pronoun is not None and speaker is not None:
                # "sent a reminder to Serbia that it must comply", "warned Israel that it would face
                # consequences": the pronoun is the party addressed
                reported = next((m for m in reversed(mentions) if m.is_actor and m.end <= pronoun
                                 and not m.same_actor(speaker) and m.start > speaker.start), None)
            if speaker is None or reported is None or reported.same_actor(speaker):
                return [], None, None
            return [coder._event(text, doc, state, trigger, cameo, speaker, reported, None, intent, negated, False,
                                 False)], speaker, reported
        # "an attack by the RSF on El Fasher": an act noun names its doer after "by", what it is done to after that
        noun = entry.words[0].kind != "verb" or trigger.rests[0] == ""
        agent = self._agent(tokens, mentions, span_end, min(span_end + 1, len(tokens))) if noun and not passive else None
        # "a truce with militias shelling the capital": a gerund right after a party is that party's act
        doer = next((m for m in mentions if m.end == trigger.start and m.is_actor), None) \
            if self.gerund and tokens[trigger.start].low.endswith(self.gerund) and not passive else None
        verbal = coder.onto.get(cameo).quad_class in VERBAL_QUADS
        if agent is not None:
            subject = agent
        elif doer is not None:
            subject = doer
        elif inherited is not None and trigger.start > 0 and (
                (trigger.rests[0] == self.gerund and tokens[trigger.start - 1].text == ",")
                or tokens[trigger.start - 1].low == self.conjunction):
            subject = inherited  # "shelled Kharkiv, killing three civilians"; "praised Japan and urged Tokyo"
        else:
            subject = self._subject(tokens, mentions, lo, trigger.start, speaker, state, verbal) or inherited
            if subject is UNCODED and not passive:
                return [], UNCODED, None
            if subject is UNCODED:  # "the deal was signed by A and B": what was done is no actor
                subject = None
        if subject is None and speaker is not None and after_saying and self._announced(tokens, lo, trigger.start):
            subject = speaker  # "X announced new sanctions against Y": the act is the announcement's object
        if subject is None and speaker is not None and verbal and trigger.start > 0 \
                and tokens[trigger.start - 1].low == self.conjunction:
            subject = speaker  # "X said the boat had intruded ... and urged Manila": the sayer urged
        if subject is not None and 0 <= subject.end < trigger.start and entry.words[0].kind != "verb":
            # a noun trigger takes the modality of its clause's verb: "X will provide ... food aid"
            between = tokens[subject.end : trigger.start]
            if all(t.is_word or _inside_number(tokens, k) for k, t in enumerate(between, subject.end)):
                words = {t.low for t in between}
                negated = negated or bool(words & coder.negation_words)
                intent = intent or bool(words & coder.intent_words)
        if agent is not None:
            after = self._object(tokens, mentions, agent.end, clause_end, agent) or (
                self._struck_city(doc, agent.end, clause_end, agent)
                if coder.onto.get(cameo).quad_class == MATERIAL_CONFLICT else None)
        else:
            after = self._acted_upon(doc, trigger, cameo, subject, intent, passive, span_end, hi, clause_end,
                                     shared_target, inherited)
        carried = False
        # "as fighting between the army and the RSF spread": an act named as a noun is the pair's, whoever the
        # clause's subject ("Qatar is mediating between Hamas and Israel" or "mediated between" is Qatar's)
        as_noun = trigger.rests[0] != "ed" and not (before and before[-1] in self.passive_aux)
        between = as_noun and span_end < len(tokens) and tokens[span_end].low == coder.between_word and pair_between(
            mentions, tokens, span_end, clause_end, coder.between_word, coder.pair_joiners, True, coder.determiners)
        if between:
            subject, after, passive = between[0], between[1], False
        if passive:
            agent = self._agent(tokens, mentions, span_end, hi)
            # "a convoy carrying Sudanese refugees was attacked": the actor inside the subject is acted upon
            source, target = agent, subject or self._inside_subject(tokens, mentions, lo, trigger.start)
            if reduced:  # the noun the participle follows is what is acted upon
                target = next((m for m in mentions if m.end == trigger.start and m.is_actor), None)
            pair = coder._mutual_pair(entry, cameo, mentions, tokens, lo, clause_end)
            if source is None and pair is not None:  # "an agreement between A and B was signed"
                source, target = pair
            if source is None and entry.agent_sector:  # "was arrested in Lebanon": that state's police
                source = coder.place_agent(doc, entry, span_end, clause_end)
            if source is None:
                return [], None, None
        else:
            source, target = subject, after
            if target is not None and target.kind == "uncoded":
                return [], source, None
            carried = source is not None and source is state.last_subject
        if source is None:
            return [], None, None
        if source.members and is_mutual_act(entry, cameo):
            # "Armenia and Azerbaijan signed an agreement", "was signed by A and B", "Israel and Hamas traded
            # accusations of violating the Gaza ceasefire": an act between the two is each one's towards the other
            target = source.members[0]
        both, named = None, source  # (the next verb inherits the collective: "the two sides agreed to a ceasefire")
        if source.kind == "collective":  # "the two leaders signed a treaty": the story's two main parties
            both = coder.dyad_parties(state, source)
            if both is None:
                return [], None, None
            source, target = both[0], both[1] if target is None or target.kind == "collective" else target
        if entry.reverse and target is not None:  # "received weapons from X": X gives
            source, target = target, source
        if target is not None and target.same_actor(source):
            target = None
        if target is None:
            target = protested_government(source, cameo)
        if target is None:
            target = own_people(entry, source)  # martial law falls on its own people
        # (or the object the phrase itself names: "rejected the invitation")
        told_object = self._definite_object(tokens, mentions, span_end) or (
            len(trigger.positions) > 1 and self._definite_object(tokens, mentions, trigger.positions[0] + 1)) or (
            # "expressed concern over the incident": words about an act told before
            span_end < len(tokens) and tokens[span_end].low in self.topic_prepositions
            and self._definite_object(tokens, mentions, span_end + 1))
        if target is None and not entry.notarget and told_object:
            after = trigger.positions[0] + 1 if len(trigger.positions) > 1 else span_end  # ("welcomed the talks")
            noun = next((t.low for t in tokens[after : after + 3] if t.low not in self.determiners), "")
            if noun in coder.meeting_nouns:  # "Russia welcomed the talks": both that met
                target = coder.meeting_parties(state, source, cameo)
            target = target or coder.answered(state, source, cameo)  # "condemned the decision": the decision's maker
        if target is None and not entry.notarget and intent:
            target = coder.counterpart(state, source)  # "China also offered to resume cooperation": with the US
        if target is None and not entry.notarget:
            return [], source, None
        if entry.person_target and (target is None or target.kind not in ("person", "office")):
            return [], source, None
        if entry.direct and not passive and self._thing_object(tokens, mentions, span_end):
            return [], source, None  # "recognized the results": a thing, not a party
        if legal_filing(cameo, target):
            return [], source, None
        if target is not None and target.kind == "collective":
            collective = target
            target = coder.partner(state, source, target)  # "urged both sides": each of the story's two parties
            if target is None:  # "urged the warring parties in Sudan": the parties of that country
                place = next((p.place for p in doc.places if collective.end <= p.token <= collective.end + 1), None)
                target = implied_country(place.country, "") if place is not None else None
            if target is None:
                return [], source, None
        cameo = armed_code(entry, cameo, source, target, coder.aerial_bodies, coder.protester_bodies)
        target = policed(source, target)
        if target is not None and target.located and target.sector in LOCAL_SECTORS and source is inherited \
                and previous_target is not None and previous_target.code and ":" not in previous_target.code:
            target = replace(target, code=previous_target.code)  # "shelled Kharkiv, killing three civilians": Ukraine's
        coder.note_dyad(state, cameo, source, target, intent)
        if intent:
            cameo = coder.onto.intent_code(cameo)
        events = []
        mutual = is_mutual_act(entry, cameo) or bool(between)  # "fighting between A and B": each fights the other
        acted_upon = target.each_acted_upon(source, together=mutual) if target else [None]
        pairs = [(actor, each) for actor in source.each_acting(target, together=passive) for each in acted_upon]
        pair = both or between or coder._mutual_pair(entry, cameo, mentions, tokens, lo, clause_end)
        if told_both_ways(cameo, mutual, source, target, pair):
            pairs.append((target, source))  # "Chile and Argentina agreed to deepen ties": each towards the other
        for actor, each in pairs:
            attribution = speaker if speaker is not None and not speaker.same_actor(actor) else None
            events.append(coder._event(text, doc, state, trigger, cameo, actor, each, attribution, intent, negated,
                                       carried and actor is source, False))
        return events, named if both else source, target

    def _acted_upon(self, doc: "SentenceDoc", trigger: Match[VerbEntry], cameo: str, subject: Mention | None,
                    intent: bool, passive: bool, span_end: int, hi: int, clause_end: int,
                    shared_target: Mention | None, inherited: Mention | None) -> Mention | None:
        """The party a verb acts on, from what follows it."""
        coder, tokens, mentions, entry = self.coder, doc.tokens, doc.mentions, trigger.payload
        # "charged two men with spying for Minsk": the accused stand before the charge, no party inside it
        # (not the object of an act noun: "condemned the killing of Syrian refugees")
        charge = next((j for j in range(span_end, hi) if tokens[j].low in self.charge_prepositions
                       and not any(t.end == j for t in doc.phrases)), None) if cameo.startswith(ACCUSE_CODE) else None
        after = shared_target if self._pronoun_object(tokens, span_end) else self._object(
            tokens, mentions, span_end, charge if charge is not None else hi, subject, doc.act_noun_ends)
        if after is None and trigger.positions[-1] == span_end - 1 and tokens[span_end - 1].low in self.place_preps:
            # the phrase's own last word is no place preposition: "fired water cannon at a Philippine boat"
            after = next((m for m in mentions if m.is_actor and self._word_before(tokens, m) == span_end - 1
                          and (subject is None or not m.same_actor(subject))), None)
        if charge is not None:  # "accused the ruling party of ...": words before the charge name the accused
            named = any(t.is_word for t in tokens[span_end:charge])
            return after if after is not None or not named else UNCODED_PARTY
        if after is None and not passive:  # "approved Sweden's membership": an actor between the phrase's words
            after = self._object(tokens, [m for m in mentions if m.start not in trigger.positions],
                                 trigger.start + 1, span_end, subject)
        struck = not passive and subject is not None and coder.onto.get(cameo).quad_class == MATERIAL_CONFLICT
        if after is None and struck:  # "shelled Kharkiv, killing three civilians": Ukraine, before the later clause
            after = self._struck_city(doc, span_end, hi, subject)
        if after is None and not passive:  # "willing to ship equipment to help rebuild X"
            after = self._object(tokens, mentions, hi, clause_end, subject)
        if after is None and not passive and subject is inherited and shared_target is not None:
            after = shared_target
        if after is None and not passive and (coder.onto.get(cameo).quad_class >= CONFLICT_QUAD
                                              or (intent and not is_mutual_act(entry, cameo))
                                              or cameo.startswith(SYMPATHY)):
            # "threatened to resume attacks in Israel": the country a hostile act happens in suffers it;
            # "ready to send troops to a force in Liberia": what is offered for a country is offered to it;
            # "expressed sorrow for the shootings in South Carolina": sympathy goes where the loss is
            after = self._object(tokens, mentions, span_end, clause_end, subject, places=True)
        if after is None and struck:
            after = self._struck_city(doc, span_end, clause_end, subject)  # "shelled Kharkiv": Ukraine
        return after

    def _opens_coordinate(self, tokens, mentions: list[Mention], triggers: list[Match], j: int) -> bool:
        """A comma and a conjunction at j, then a party whose own verb follows within a few words."""
        if not (tokens[j].text == "," and j + 2 < len(tokens) and tokens[j + 1].low == self.conjunction):
            return False
        party = next((m for m in mentions if m.start == j + 2 and m.is_actor), None)
        return party is not None and any(0 <= t.start - party.end <= COORDINATE_REACH for t in triggers)

    def _opens_clause(self, tokens, j: int) -> bool:
        """A subordinator at j with a clause after it ("as fighting spread"), not a lone word before
        the conjunction that ends the stretch ("condemned the move as illegal and vowed")."""
        if tokens[j].low not in self.subordinators:
            return False
        lone = j + 2 < len(tokens) and tokens[j + 1].is_word and (
            tokens[j + 2].low == self.conjunction or not tokens[j + 2].is_word)
        return not lone

    def _definite_object(self, tokens, mentions: list[Mention], j: int) -> bool:
        """A definite common noun right after the verb, no actor ("condemned the decision"): an act told before."""
        return j + 1 < len(tokens) and tokens[j].low in self.determiners and tokens[j].low not in self.indefinites \
            and tokens[j + 1].is_word and not tokens[j + 1].cap and not any(m.start <= j + 1 < m.end for m in mentions)

    def _thing_object(self, tokens, mentions: list[Mention], j: int) -> bool:
        """The verb's object, past a determiner or possessive, is a common noun and no actor."""
        if j < len(tokens) and tokens[j].low in self.determiners | self.possessive_pronouns:
            j += 1
        return j < len(tokens) and tokens[j].is_word and not tokens[j].cap and not any(m.start == j for m in mentions) \
            and tokens[j].low not in self.target_preps | self.place_preps

    def _pronoun_object(self, tokens, j: int) -> bool:
        return j < len(tokens) and tokens[j].low in self.object_pronouns

    def _topic(self, tokens, trigger: Match) -> bool:
        """An act noun after a topic preposition and its modifiers ("over its continued attacks"), or
        after a reason preposition and a possessive ("thanked China for its long-standing assistance"):
        a reason or a topic, not an act told here."""
        if trigger.payload.words[0].kind == "verb" and self.coder.morph.is_passive(trigger.rests[0]):
            return False  # a verb in the past ("reaffirmed"), no noun
        j = trigger.start - 1
        while j >= 0 and j >= trigger.start - 6 and (tokens[j].is_word or tokens[j].text == "-") \
                and not tokens[j].cap and tokens[j].low != self.conjunction \
                and tokens[j].low not in self.topic_prepositions | self.possessive_pronouns:
            j -= 1
        if j >= 1 and tokens[j].low in self.possessive_pronouns:
            return tokens[j - 1].low in self.reason_prepositions | self.topic_prepositions
        return j >= 0 and tokens[j].low in self.topic_prepositions

    def _nominal(self, tokens, trigger: Match) -> bool:
        """A verb form used as a noun, adjective or name: after a determiner, a possessive ("his
        alleged part") or a hyphen ("the occupied
        West Bank", "Israeli-occupied"), a bare form after a preposition ("against travel"), a gerund
        after "of" (what an accusation says: "accused India of supporting"), or a capitalised word
        inside a sentence ("the Rapid Support Forces")."""
        if trigger.start == 0:
            return False
        if tokens[trigger.start].cap and not tokens[trigger.start].text.isupper():
            return True  # "the UN Emergency Relief Coordinator", "the Rapid Support Forces"
        if trigger.payload.words[0].kind != "verb":
            return False
        before = tokens[trigger.start - 1]
        by_doer = trigger.end < len(tokens) and tokens[trigger.end].low == self.agent_word  # "an attack by the RSF"
        if (before.low in self.determiners and not by_doer) or before.low in self.possessive_pronouns \
                or before.low in self.quantifiers or before.text.isdigit():
            return True
        if before.low in self.gerund_prepositions and trigger.rests[0] == self.gerund:
            return True
        if trigger.rests[0] == self.gerund and self._after_common_noun(tokens, trigger.start):
            return True  # "a demonstration calling for": the noun's act, not the subject's
        hyphenated = before.text == "-" and tokens[trigger.start].start == before.end
        after = tokens[trigger.start + 1].low if trigger.start + 1 < len(tokens) else ""
        if hyphenated and after not in self.determiners:  # "Israeli-occupied land", not "test-fired a missile"
            return True
        return trigger.rests[0] == "" and before.low in (self.target_preps | self.place_preps) - {self.infinitive}

    def _asked_or_undone(self, tokens, mentions: list[Mention], verb: Match, noun: Match) -> bool:
        """An act named by a noun right after another verb phrase is that verb's object: asked for,
        suspended or refused, not done ("called for a ceasefire", "suspended military aid")."""
        # "accused Ukraine of attacks on civilians", "condemned the wave of attacks", "accused Rwanda of making
        # accusations": what "of" joins is the charge
        charged = any(tokens[j].low in self.gerund_prepositions for j in range(verb.end, noun.start)) \
            and not self.coder.morph.is_passive(noun.rests[0])  # not "the killing of refugees attacked by"
        bare = noun.payload.words[0].kind != "verb" or noun.rests[0] == "" or charged  # "demanded support": a noun
        if not bare or verb.payload.words[0].kind != "verb" or verb.payload.intent:
            return False
        if tokens[verb.end - 1].low in self.planning_verbs:
            return False  # "agreed to a ceasefire": the act agreed to is told, not asked
        between = range(verb.end, noun.start)  # "rejected a European proposal for a 30-day ceasefire"
        return len(between) <= 8 and all((tokens[j].is_word or tokens[j].text.isdigit() or tokens[j].text == "-")
                                         and tokens[j].low not in self.subordinators for j in between) and (charged or not any(
            m.is_actor and verb.end <= m.start < noun.start for m in mentions))

    def _supposed(self, tokens, trigger: Match) -> bool:
        """The act stands in a condition ("unless Oueddei arranged a ceasefire", "if the attacks continued"):
        a condition word before it, with no comma or clause break between."""
        for j in range(trigger.start - 1, max(-1, trigger.start - CONDITION_REACH), -1):
            if tokens[j].text in (",", ";", ":") or tokens[j].low == self.conjunction:
                return False
            if tokens[j].low in self.conditions:
                return True
        return False

    def _setting(self, tokens, verb: Match, noun: Match) -> bool:
        """An act noun after "in" that tells how the active verb before it was done ("detained 45 people
        in raids"): the same act, not another. (After a passive verb it names the doer's act: "were killed
        in a drone attack".)"""
        if noun.payload.words[0].kind == "verb" and noun.rests[0] not in ("", "s") or verb.payload.words[0].kind != "verb":
            return False
        if verb.start > 0 and tokens[verb.start - 1].low in self.passive_aux:
            return False
        j = noun.start - 1
        while j > verb.end and j >= noun.start - 3 and tokens[j].is_word and not tokens[j].cap \
                and tokens[j].low not in self.place_preps:
            j -= 1  # "in a series of raids": determiners and modifiers
        between = tokens[verb.end : j]
        return j >= verb.end and tokens[j].low in self.place_preps and all(
            t.is_word or t.text.isdigit() for t in between) and not any(t.low in self.subordinators for t in between)

    def _after_common_noun(self, tokens, j: int) -> bool:
        """The word before j is a common noun with its determiner ("a peaceful demonstration"), and
        not one that a speaker issues ("a statement condemning")."""
        before = tokens[j - 1]
        if not (before.is_word and before.low.isalpha() and not before.cap) or before.low in self.statement_nouns:
            return False
        return any(t.low in self.determiners for t in tokens[max(0, j - 3) : j - 1])

    @staticmethod
    def _announced(tokens, lo: int, start: int) -> bool:
        """A verb of saying ends at most three words before the trigger (lo is where it ends)."""
        return lo > 0 and start - lo <= 3 and all(t.is_word for t in tokens[lo:start])

    def _governed(self, tokens, triggers: list[Match], index: int, mentions: list[Mention]) -> int | None:
        """The trigger that `to` + verb after this one introduces ("agreed to withdraw")."""
        trigger = triggers[index]
        for k in range(index + 1, len(triggers)):
            nxt = triggers[k]
            if nxt.start - trigger.end > 6:
                break
            between = [tokens[j] for j in range(trigger.end, nxt.start)]
            # "agreed to withdraw", "urged China to release": the second verb is the first one's content
            # (a verb after "to" in its base form: not "agreed to demands")
            base = nxt.payload.words[0].kind != "verb" or self.coder.morph.is_base_form(nxt.rests[0])
            if between and between[-1].low == self.infinitive and all(t.is_word for t in between) and base:
                return k
            # "ready to send a peacekeeping force": what a word of intent or plan governs may be a noun, also
            # when the phrase ends with "to" itself ("ready to declare martial law", "agreed to extend sanctions")
            to_after = bool(between) and between[0].low == self.infinitive
            to_inside = tokens[trigger.end - 1].low == self.infinitive
            # (a plan, not a word of intent, only with a verb after "to": not "agreed to a ceasefire", "to demands")
            planned_verb = to_after and len(between) > 1 and between[1].low not in self.determiners \
                and tokens[trigger.end - 1].low in self.planning_verbs
            if (trigger.payload.intent and (to_after or to_inside) or planned_verb) and all(t.is_word for t in between):
                return k
            # "pledged $50 million in humanitarian aid": the sum or words before an act noun name what is pledged
            noun = nxt.payload.words[0].kind != "verb" or nxt.rests[0] == ""
            owned = any(m.is_actor and trigger.end <= m.start < nxt.start for m in mentions)  # "Baku's peace talks"
            if trigger.payload.intent and noun and not owned and all(
                    t.is_word or t.text[:1].isdigit() or t.text in _CURRENCY for t in between):
                return k
        return None

    def _subject(self, tokens, mentions: list[Mention], lo: int, hi: int, speaker: Mention | None,
                 state: "ArticleState", verbal: bool = False) -> Mention | None:
        """The actor nearest before the verb that no preposition governs; pronouns refer back.
        A named person we cannot code there is the subject too: UNCODED. An apposition between
        commas is passed over ("Iran, a close ally of Russia, condemned": Iran); so is, for words
        (`verbal`), a country named only as the owner of a thing ("the Philippine boat ... and urged")."""
        relative = self._relative_clause_before(tokens, hi)
        if relative is not None:  # "Egypt and Saudi Arabia, which have mediated ..., invited": Egypt and Saudi Arabia
            lo, hi = 0, relative
        hi = self._before_apposition(tokens, mentions, lo, hi)
        for j in range(hi - 1, lo - 1, -1):
            token = tokens[j]
            if token.text in _CLAUSE_BREAKS:
                break
            unknown = next((m for m in mentions if m.start <= j < m.end and not m.is_actor and m.kind == "person"), None)
            if unknown is not None and self._preposition_of(tokens, unknown) not in self.target_preps | self.place_preps:
                return UNCODED  # "unless President Tiani agrees": a subject we cannot code
            mention = next((m for m in mentions if m.start <= j < m.end and m.is_actor), None)
            if mention is not None:
                owns_trigger = mention.kind == "owner" and hi - mention.end <= 1  # "in Israeli tank shelling"
                if verbal and mention.kind == "owner" and not owns_trigger:
                    continue  # a boat says nothing
                preposition = self._preposition_of(tokens, mention)
                if not owns_trigger and preposition in self.target_preps | self.place_preps | {self.agent_word}:
                    continue  # "London, together with its partners, demanded": the partners are no subject
                if preposition in self.noun_preps and self._owner_before(tokens, mentions, mention):
                    continue  # "Palestinians of the West Bank protested": the Palestinians did
                return mention
            if token.low in self.pronouns and (j == hi - 1 or token.low not in self.possessive_pronouns):
                return speaker or state.last_subject  # "its support", not "with its allies"
            if token.low in self.determiners and (j == 0 or tokens[j - 1].text == ",") and all(
                    t.is_word and not t.cap for t in tokens[j + 1 : hi]):
                return UNCODED  # "..., a press freedom group complained": a subject no code stands for
        return None

    def _relative_clause_before(self, tokens, hi: int) -> int | None:
        """Where a relative clause between commas that ends right before hi begins (its opening comma)."""
        if hi < 2 or tokens[hi - 1].text != ",":
            return None
        for k in range(hi - 2, max(0, hi - RELATIVE_CLAUSE_WORDS) - 1, -1):
            if tokens[k].text == "," and k + 1 < hi and tokens[k + 1].low in self.relative_pronouns:
                return k
            if tokens[k].text == "," or tokens[k].text in _CLAUSE_BREAKS:
                return None
        return None

    def _before_apposition(self, tokens, mentions: list[Mention], lo: int, hi: int) -> int:
        """Where a ", a close ally of Russia," ending right before hi begins, when an actor stands before it
        (else hi: "Jan Egeland, the UN Emergency Relief Coordinator, urged" is the UN's)."""
        if hi - 1 <= lo or tokens[hi - 1].text != ",":
            return hi
        for k in range(hi - 2, max(lo, hi - APPOSITION_WORDS) - 1, -1):
            if tokens[k].text == ",":
                apposition = k + 1 < hi - 1 and tokens[k + 1].low in self.determiners
                return k if apposition and any(m.end == k and m.is_actor for m in mentions) else hi
        return hi

    def _inside_subject(self, tokens, mentions: list[Mention], lo: int, hi: int) -> Mention | None:
        """An actor tied to the subject noun by "of" or "for"; one after "against" or "with" belongs
        to a clause inside the subject ("reporters held for filming near the border")."""
        for mention in reversed(mentions):
            if lo <= mention.start and mention.end <= hi and mention.is_actor:
                return mention if self._preposition_of(tokens, mention) in self.noun_preps else None
        return None

    def _owner_before(self, tokens, mentions: list[Mention], mention: Mention) -> bool:
        """An actor ends right before the preposition that ties `mention` to it."""
        j = self._word_before(tokens, mention)
        return any(m.is_actor and m.end == j for m in mentions)

    def _preposition_of(self, tokens, mention: Mention) -> str:
        """The word before a mention, past a determiner or possessive ("with its allies": with)."""
        j = self._word_before(tokens, mention)
        return tokens[j].low if j >= 0 else ""

    def _word_before(self, tokens, mention: Mention) -> int:
        """Past a determiner or possessive and direction words ("in the south of", "in south Lebanon")."""
        j = mention.start - 1
        while j >= 0 and tokens[j].low in self.direction_words:
            j -= 1
        if j >= 0 and tokens[j].low in self.determiners | self.possessives:
            j -= 1
        return j

    def _object(self, tokens, mentions: list[Mention], lo: int, hi: int, source: Mention | None,
                act_ends: frozenset[int] | set[int] = frozenset(), places: bool = False) -> Mention | None:
        """The first actor after the verb, bare or after a target preposition (or a place
        preposition, with `places`); the doer of an act noun ending at one of `act_ends` too
        ("condemned the attack by Israel")."""
        for mention in sorted(mentions, key=lambda m: m.start):
            if not (lo <= mention.start < hi) or not (mention.is_actor or mention.kind == "uncoded"):
                continue
            if mention.kind == "uncoded":
                return mention  # "urged the international community to ...": the party acted on has no code
            before = tokens[mention.start - 1].low if mention.start > 0 else ""
            preposition = self._preposition_of(tokens, mention)  # "in the Gaza Strip": a place
            by = self._word_before(tokens, mention)
            doer = preposition == self.agent_word and (by in act_ends or self._reduced_object(tokens, lo, by))
            if (preposition in self.place_preps and not (places and mention.kind == "country")) \
                    or (preposition == self.agent_word and not doer) \
                    or any(self._preposition_of(tokens, m) == self.agent_word for m in mention.members):
                continue  # a place, or the doer of a passive ("brokered by Egypt and Qatar")
            if source is not None and (mention.same_actor(source) or mention.serves(source)):
                continue
            if source is not None and before in self.possessives and mention.code == source.code:
                continue  # "withdrew its troops from Mali": the source's own forces are not the target
            return mention
        return None

    def _reduced_object(self, tokens, lo: int, by: int) -> bool:
        """A participle in -ed before "by" at `by` that follows the verb's object noun ("shot down 60 drones
        launched by Russia"): the agent owns the object."""
        return lo < by - 1 and tokens[by - 1].low.endswith(self.participle_ending) and tokens[by - 2].is_word \
            and not tokens[by - 2].cap and by - 1 not in self._act_noun_ends  # (not "a ceasefire brokered by")

    def _struck_city(self, doc: "SentenceDoc", lo: int, hi: int, source: Mention) -> Mention | None:
        """The country of the first city named after a hostile deed ("shelled Kharkiv"), when it
        is not the doer's own (or the doer is no state's)."""
        named = {k for m in doc.mentions for k in range(m.start, m.end)}  # not "Rapid" of the Rapid Support Forces
        tokens = doc.tokens
        for j in range(lo, hi):
            token = tokens[j]
            if not (token.cap and token.is_word) or j in named:
                continue
            two = j + 1 < hi and tokens[j + 1].cap and tokens[j + 1].is_word and j + 1 not in named
            place = (self.coder.places.geocode(f"{token.low} {tokens[j + 1].low}") if two else None) \
                or self.coder.places.geocode(token.low)  # "El Fasher"
            if place is not None and place.lat is not None:  # a city, not a country name
                # armed men who are no state's strike a city of their own country too ("the RSF shelled El Fasher")
                own = place.country == source.code and source.sector not in NON_STATE_ARMED
                return None if own else Mention(j, j + 1, "country", place.country, "GOV", "nominative")
        return None

    def _agent(self, tokens, mentions: list[Mention], lo: int, hi: int) -> Mention | None:
        """The actor after "by" (a determiner or a quantifier may stand between: "by a Ukrainian
        protester", "by several EU leaders")."""
        for j in range(lo, hi):
            if tokens[j].low in self.passive_aux and j > lo:
                break  # "civilians jailed for ... were freed by Putin": that agent is the next verb's
            if tokens[j].low == self.agent_word:
                start = j + 1
                while start < len(tokens) and start <= j + 2 and tokens[start].low in self.determiners | self.quantifiers:
                    start += 1
                return next((m for m in mentions if m.start == start and m.is_actor), None)
        return None

    def _speaker(self, tokens, mentions: list[Mention], speech: list[Match]) -> Mention | None:
        """The subject of a verb of saying: the actor just before it, or just after ("said X")."""
        for s in speech:
            if s.start > 0 and tokens[s.start - 1].low == self.conjunction:
                # "France criticised Russia and said Moscow must withdraw": the first verb's subject says it
                subject = _first_subject(tokens, mentions, self.target_preps | self.place_preps)
                if subject is not None and subject.end <= s.start:
                    return subject
            reach = 2 if s.payload else 4  # "Macron sent a sharp reminder": a noun of saying stands further on
            before = [m for m in mentions if m.end <= s.start and m.is_actor and s.start - m.end <= reach]
            if before:
                head = before[-1]
                if self._preposition_of(tokens, head) in self.place_preps | self.country_preps:
                    # "the UN mission in Mali said": the speaker is the mission, Mali its place
                    owner = [m for m in mentions if m.is_actor and m.end < head.start and head.start - m.end <= 3]
                    head = owner[-1] if owner else head
                return head
            after = next((m for m in mentions if s.end <= m.start <= s.end + 1 and m.is_actor), None)
            if after is not None:
                return after
        return None


_CURRENCY = frozenset("$€£¥₺")
APPOSITION_WORDS = 10  # the longest apposition between commas passed over to find a subject


def _first_subject(tokens, mentions: list[Mention], preps: frozenset[str]) -> Mention | None:
    for mention in mentions:
        if mention.is_actor and mention.kind != "collective" and (
                mention.start == 0 or tokens[mention.start - 1].low not in preps):
            return mention
    return None


def _after_preposition(tokens, mention: Mention, preps: frozenset[str]) -> bool:
    return mention.start > 0 and tokens[mention.start - 1].low in preps


def _inside_number(tokens, k: int) -> bool:
    """A separator between digits with no space around it ("25,000", "3.5")."""
    return (0 < k < len(tokens) - 1 and tokens[k - 1].text[-1:].isdigit() and tokens[k + 1].text[:1].isdigit()
            and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start)


def _has_break(tokens, lo: int, hi: int) -> bool:
    return any(tokens[j].text in _CLAUSE_BREAKS or tokens[j].text == "." for j in range(max(lo, 0), hi))


def _split_clause_pairs(mentions: list[Mention], triggers: list[Match]) -> None:
    """"Russia attacked Ukraine and Poland condemned Moscow": the object of one verb and the
    subject of the next are no coordinated pair."""
    ends = {t.end for t in triggers}
    starts = {t.start for t in triggers}
    for right in mentions:
        for left in list(right.members):
            if left.end < right.start and left.start in ends and right.end in starts:
                right.members.remove(left)
                if right in left.members:
                    left.members.remove(right)
