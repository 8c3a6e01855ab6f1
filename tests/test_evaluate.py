"""The scorer's pairing rules (ANNOTATION.md), and the dev-set figure as a smoke check."""
from eventwire.evaluate import Scores, evaluate, score_article


def _pred(src, tgt, root, intent=False):
    return {"source": {"country": src}, "target": {"country": tgt} if tgt else None, "cameo_root": root,
            "cameo": root + "0", "intent": intent, "plover": {"type": None}, "evidence": {"quote": ""}}


def test_meetings_pair_in_either_direction_and_intent_on_root_03():
    gold = {"id": "x", "text": "", "events": [
        {"source": "TUR", "target": "GRC", "cameo": "042"},
        {"source": "TUR", "target": "GRC", "cameo": "042", "intent": True},
        {"source": "TUR", "target": "SYR", "cameo": "111"}]}
    scores = Scores("tr")
    score_article(gold, [_pred("GRC", "TUR", "04"), _pred("TUR", "GRC", "03", True), _pred("SYR", "TUR", "11")],
                  scores, collapse_igo=False)
    assert (scores.matched, scores.gold, scores.predicted) == (2, 3, 3)
    assert len(scores.misses) == 1 and len(scores.extras) == 1


def test_a_planned_act_pairs_with_its_03_13_form_only():
    gold = {"id": "x", "text": "", "events": [
        {"source": "TUR", "target": "TUR", "cameo": "0244", "intent": False},  # annotated as not planned
        {"source": "USA", "target": "CHN", "cameo": "042"}]}  # no intent annotation: may be the plan
    scores = Scores("tr")
    score_article(gold, [_pred("TUR", "TUR", "13", True), _pred("USA", "CHN", "03", True)], scores, collapse_igo=False)
    assert scores.matched == 1 and scores.misses[0]["key"] == ["TUR", "TUR", "02"]


def test_turkish_dev_set_scores(shared):
    scores = evaluate(shared / "eval" / "tr" / "dev.jsonl")
    assert scores.articles == 20 and scores.gold == 51
    assert 0 < scores.f1 <= 1


def test_dates_are_compared_with_the_event_told_where_the_annotator_quoted():
    text = "Turkey criticised Greece on Monday. Turkey criticised Greece again on Friday."
    gold = {"id": "x", "text": text, "events": [
        {"source": "TUR", "target": "GRC", "cameo": "111", "date": "2026-03-13", "quote": "criticised Greece again"}]}
    monday, friday = _pred("TUR", "GRC", "11"), _pred("TUR", "GRC", "11")
    monday.update(date="2026-03-09", evidence={"quote": text[:35], "start": 0, "end": 35})
    friday.update(date="2026-03-13", evidence={"quote": text[36:], "start": 36, "end": len(text)})
    scores = Scores("en")
    score_article(gold, [monday, friday], scores, collapse_igo=False)
    assert scores.matched == 1 and (scores.agree["date"], scores.compared["date"]) == (1, 1)
