"""Language detection: frequent words, marked letters and endings from each pack's stopwords.txt."""
import json

import pytest

import eventwire
from eventwire.langid import detect, scores
from eventwire.samples import sample_path


@pytest.mark.parametrize("text, lang", [
    ("Rusya, Ukrayna'ya saldırdı.", "tr"),
    ("İsrail ordusu Gazze'yi yeniden vurdu.", "tr"),
    ("Dışişleri Bakanı, mevkidaşı ile Ankara'da bir araya geldi.", "tr"),
    ("Russia attacked Ukraine.", "en"),
    ("The foreign minister met his counterpart in Ankara on Tuesday.", "en"),
    ("It was in Istanbul that the talks were held.", "en"),  # capital I is no Turkish dotless i
    ("Egypt praised Jordan.", "en"),  # country names as each language spells them decide a short text
    ("Brazil criticized Argentina.", "en"),
    ("Japan hosted India.", "en"),
    ("Mısır Ürdün'ü övdü.", "tr"),
    ("Almanya Fransa'yı eleştirdi.", "tr"),
    ("Rusya Ukrayna'ya saldirdi.", "tr"),  # (written without Turkish letters)
])
def test_short_sentences_in_both_languages(text, lang):
    assert detect(text) == lang


def test_no_signal_gives_the_default():
    assert detect("") == "tr" and detect("NATO 2026", default="en") == "en"
    assert set(scores("")) >= {"tr", "en"}


def test_a_short_english_text_is_coded_in_english():
    article = eventwire.code("Egypt praised Jordan.", dateline="2026-03-13")
    assert article.lang == "en" and [(e.source.country, e.cameo_root, e.target.country) for e in article.events] == [
        ("EGY", "05", "JOR")]


def test_code_without_lang_detects_and_records_it():
    article = eventwire.code("Russia condemned Ukraine for the attack.", dateline="2026-03-13")
    assert article.lang == "en" and [e.cameo for e in article.events] == ["111"]
    assert json.loads(article.to_json())["lang"] == "en"
    assert eventwire.code("Rusya, Ukrayna'yı kınadı.").lang == "tr"


def test_every_bundled_sample_is_detected_in_its_language():
    for lang in ("tr", "en"):
        for line in sample_path(lang).read_text(encoding="utf-8").splitlines():
            assert detect(json.loads(line)["text"]) == lang


def test_gold_sets_are_detected_in_their_language(shared):
    for path in sorted((shared / "eval").glob("*/*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        wrong = [r["id"] for r in rows if r["text"].strip() and detect(r["text"]) != r["lang"]]
        assert not wrong, (path.name, wrong)
