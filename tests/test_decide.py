"""The decision step (issue 17): candidates, plain-data models, training, cross-validation.

Trained here on a small gold set of our own (tests/data/gold_tr.jsonl); the shipped models are
checked for what they must keep (the rules' international acts) and for their file format.
"""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwire
from eventwire.cli import app
from eventwire.coding.pipeline import coder_for
from eventwire.decide import Decider
from eventwire.decide.candidates import CandidateReader, same_party
from eventwire.decide.crossval import cross_validate, duplicate_groups, fold_of, score
from eventwire.decide.model import DecisionModel, LinearModel, ModelError, packaged
from eventwire.decide.training import Settings, locate, prepare, train
from eventwire.evaluate import read_gold

GOLD = Path(__file__).parent / "data" / "gold_tr.jsonl"
runner = CliRunner()


@pytest.fixture(scope="module")
def gold():
    return read_gold(GOLD)


@pytest.fixture(scope="module")
def model(gold):
    return train(coder_for("tr"), gold)


def test_a_model_is_plain_json_that_round_trips(tmp_path, model):
    path = tmp_path / "decisions.json"
    model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["lang"] == "tr" and set(data) >= {"event", "source", "target", "threshold"}
    assert all(isinstance(w, float) for w in data["event"].values())
    again = DecisionModel.load(path)
    assert again.event.weights == pytest.approx(DecisionModel.from_dict(data).event.weights)
    assert (again.threshold, again.roots, again.keep_international) == (round(model.threshold, 4), model.roots,
                                                                       model.keep_international)


def test_training_is_reproducible(gold, model):
    again = train(coder_for("tr"), gold)
    assert again.to_dict()["event"] == model.to_dict()["event"] and again.info["version"] == model.info["version"]
    assert model.info["articles"] == 10 and model.info["events"] >= 10  # events placed in their sentences


def test_a_broken_model_file_names_the_file(tmp_path):
    path = tmp_path / "decisions.json"
    path.write_text('{"format": 1, "lang": "tr"}', encoding="utf-8")
    with pytest.raises(ModelError, match="decisions.json: malformed decisions file"):
        DecisionModel.load(path)
    path.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(ModelError, match="format 99, expected 1; retrain"):
        DecisionModel.load(path)


def test_shared_scores_equal_the_sum_of_root_conjoined_weights():
    weights = {"11|w:kına": 1.5, "11|bias": -2.0, "04|w:kına": -0.5, "own_phrase": 0.25}
    model = LinearModel(weights)
    scores = model.shared_scores({"w:kına": 1.0, "bias": 1.0, "w:other": 1.0})
    assert scores == pytest.approx({"11": -0.5, "04": -0.5})
    assert model.score({"own_phrase": 1.0, "unknown": 1.0}) == pytest.approx(0.25)


def test_gold_events_are_placed_in_the_sentence_their_quote_overlaps(gold):
    coder = coder_for("tr")
    row = next(r for r in gold if r["id"] == "g1")
    article, state = coder.analyse(row["text"], row["id"])
    views = CandidateReader(coder).read(article, state)
    placed = locate(row, views)
    assert [len(p) for p in placed] == [1, 1]


def test_sentence_gold_without_quotes_goes_to_the_sentence_with_a_cue():
    coder = coder_for("en")
    row = {"id": "s", "text": "Russia condemned Ukraine.", "events": [{"source": "RUS", "target": "UKR", "cameo": "111"}]}
    article, state = coder.analyse(row["text"], row["id"])
    assert [len(p) for p in locate(row, CandidateReader(coder).read(article, state))] == [1]


def test_the_decider_keeps_events_with_evidence_and_its_version(model):
    decider = Decider(coder_for("tr"), model)
    text = "ANKARA (Ajans Kuzey) - Türkiye, Yunanistan'ı sert bir dille eleştirdi."
    article, state = decider.coder.analyse(text, "x")
    decided = decider.decide(article, state)
    assert decided.events, "a criticism with both states named is kept"
    for event in decided.events:
        assert text[event.evidence.start : event.evidence.end] == event.evidence.quote
        assert event.coder.endswith(model.info["version"]) and 0 <= event.confidence <= 1


def test_a_decider_refuses_a_model_of_another_language(model):
    with pytest.raises(ValueError, match="a tr decisions model cannot decide for the en coder"):
        Decider(coder_for("en"), model)


def test_one_phrase_tells_one_act():
    # "desteğinin süreceğini": a promise of support (03), not also support given (05)
    text = ("ANKARA, 14 Nisan 2026 (AA) - Cumhurbaşkanı Erdoğan, Türkiye'nin Filistin halkına desteğinin "
            "süreceğini vurguladı.")
    roots = [e.cameo_root for e in eventwire.code(text).events if e.target is not None and e.target.country == "PSE"]
    assert roots == ["03"]


def test_a_state_and_its_own_officials_are_one_party():
    coder = coder_for("tr")
    article, state = coder.analyse("Çin Dışişleri Bakanı Wang Yi ile Çin bir araya geldi.")
    mentions = [m for m in state.docs[0].mentions if m.code == "CHN"]
    official, country = (next(m for m in mentions if m.kind == k) for k in ("person", "country"))
    assert same_party(official, country) and same_party(country, official)


def test_shipped_models_keep_the_rules_international_acts():
    for lang in ("tr", "en"):
        shipped = packaged(lang)
        assert shipped is not None and shipped.lang == lang and 0 < shipped.threshold < 1
        assert shipped.keep_international  # (the cross-validation may only drop them when that clearly pays)
    text = "ANKARA, 12 Mart 2026 (AA) - Türkiye, İsrail'i kınadı."
    assert [(e.source.country, e.cameo, e.target.country) for e in eventwire.code(text).events] == [
        ("TUR", "111", "ISR")]


def test_rules_only_returns_the_rule_coders_events():
    text = "ANKARA, 12 Mart 2026 (AA) - Türkiye, İsrail'i kınadı."
    rules = eventwire.code(text, rules_only=True).events
    assert [e.cameo for e in rules] == ["111"] and "decisions" not in rules[0].coder
    assert "decisions" in eventwire.code(text).events[0].coder


def test_near_duplicate_articles_share_a_fold():
    story = "Türkiye ile Yunanistan dışişleri bakanları bugün Atina'da bir araya gelerek Ege'deki sorunları ele aldı."
    rows = [{"id": "a", "text": story + " Görüşme iki saat sürdü."},
            {"id": "b", "text": "Bir başka ajans: " + story + " Bakanlar daha sonra basına açıklama yaptı."},
            {"id": "c", "text": "Rusya, Ukrayna'nın doğusunda yeni bir saldırı başlattı ve iki kenti ele geçirdi."},
            {"id": "d", "text": "Japonya ile Güney Kore, Seul'de ticaret görüşmelerine yeniden başladı."}]
    groups = duplicate_groups(rows)
    assert groups[0] == groups[1] and len(set(groups)) == 3
    folds = fold_of(rows, 2)
    assert folds[0] == folds[1] and sorted(folds).count(folds[0]) >= 2
    with pytest.raises(ValueError, match="4 gold articles cannot be split into 5 folds"):
        fold_of(rows, 5)


def test_cross_validation_scores_each_article_by_a_model_that_never_saw_it(gold):
    coder = coder_for("tr")
    data = prepare(coder, gold)
    out = cross_validate(coder, gold, 2, Settings(), data)
    assert set(out) == {"rules", "learned"} and set(out["learned"]) == {r["id"] for r in gold}
    rules, learned = score(gold, out["rules"], "tr"), score(gold, out["learned"], "tr")
    assert rules.gold == learned.gold == sum(len(r["events"]) for r in gold)
    assert learned.matched > 0


def test_eval_folds_and_train_commands(tmp_path):
    result = runner.invoke(app, ["eval", str(GOLD), "--folds", "2", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["tr"]
    [(name, coders)] = figures.items()
    assert name.endswith("gold_tr.jsonl") and set(coders) == {"rules", "learned"}
    assert coders["rules"]["articles"] == 10
    out = tmp_path / "model.json"
    result = runner.invoke(app, ["train", str(GOLD), "--lang", "tr", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "10 articles" in result.output and DecisionModel.load(out).lang == "tr"
    result = runner.invoke(app, ["train", str(GOLD), "--lang", "de", "--out", str(out)])
    assert result.exit_code == 2 and "unsupported language" in result.output


def test_dictionaries_stats_counts_files_and_roots():
    result = runner.invoke(app, ["dictionaries", "stats", "tr"])
    assert result.exit_code == 0, result.output
    assert "verbs_codebook.txt" in result.output and "persons_phoenix.txt" in result.output
    from eventwire.lang.stats import pack_stats

    files, roots = pack_stats("tr")
    assert files["verbs_codebook.txt"] > 1500 and files["persons_phoenix.txt"] > 20000
    assert all(f"{r:02d}" in roots for r in range(1, 21))  # every CAMEO root has phrases
    assert sum(roots["11"].values()) > 100
