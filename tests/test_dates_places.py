"""When and where (issue 17, item 4): explicit dates over weekdays, planned acts on the next such day,
ranges, a later weekday and the lead, the place a deed is aimed at over the dateline city."""
import pytest

from tests.conftest import events_of


def dates(text: str, lang: str = "tr") -> list[tuple[str, str | None, str]]:
    return [(e.cameo, e.date, e.date_basis) for e in events_of(text, lang=lang)]


def test_an_explicit_date_in_the_clause_wins_over_a_weekday():
    text = "ANKARA, 12 Mart 2026 (AA) - Bakan, geçen salı değil 3 Mart'ta Bakü'de Bayramov ile görüştü."
    assert [(d, b) for _, d, b in dates(text)] == [("2026-03-03", "explicit")]


def test_a_weekday_with_a_future_verb_is_the_next_such_day():
    # the dateline is a Thursday: Tuesday before it is the 8th, the next Tuesday the 15th
    said = "ANKARA, 10 Eylül 2026 (AA) - Dışişleri Bakanı Fidan, salı günü Bakü'de Bayramov ile görüştü."
    planned = "ANKARA, 10 Eylül 2026 (AA) - Dışişleri Bakanı Fidan, salı günü Bakü'yü ziyaret edecek."
    assert [d for _, d, _ in dates(said)] == ["2026-09-08"]
    assert [d for _, d, _ in dates(planned)] == ["2026-09-15"]
    english = "WASHINGTON, Sept. 10 (Reuters) - Secretary of State Rubio will visit Baku on Tuesday."
    assert [d for _, d, _ in dates(english, "en")] == ["2026-09-15"]


def test_a_weekday_after_a_past_verb_stays_in_the_past_in_english():
    text = "WASHINGTON, Sept. 10 (Reuters) - Secretary of State Rubio met Azerbaijan's foreign minister on Tuesday."
    assert [d for _, d, _ in dates(text, "en")] == ["2026-09-08"]


@pytest.mark.parametrize("text,expected", [
    ("ANKARA, 20 Eylül 2026 (AA) - Türkiye ile Azerbaycan, 16-18 Eylül'de ortak tatbikat düzenledi.", "2026-09-16"),
    ("ANKARA, 20 Eylül 2026 (AA) - Türkiye ile Azerbaycan, 16-18 Eylül 2025'te ortak tatbikat düzenledi.",
     "2025-09-16"),
])
def test_a_range_of_days_is_dated_by_its_first(text, expected):
    assert {d for _, d, _ in dates(text)} == {expected}


def test_a_weekday_in_a_later_sentence_does_not_date_the_lead():
    text = ("ANKARA, 12 Mart 2026 (AA) - Türkiye, Yunanistan'ı eleştirdi. "
            "Dışişleri Bakanlığı, pazartesi günü Atina'ya bir nota verdi.")
    found = dates(text)
    assert found[0] == ("111", "2026-03-12", "dateline")  # the lead: the dateline's day, not Monday
    assert found[1][1] == "2026-03-09"  # the note: Monday before the Thursday dateline


def test_a_later_weekday_that_dates_the_act_told_again_dates_the_lead():
    text = ("PEKİN, 29 Ocak 2026 (Xinhua) -- Çin Dışişleri Bakanı Wang Yi, Azerbaycan Dışişleri Bakanı "
            "Ceyhun Bayramov ile bir araya geldi. Wang, çarşamba günü gerçekleşen görüşmede işbirliği çağrısında "
            "bulundu.")
    assert [d for _, d, _ in dates(text)][0] == "2026-01-28"


def test_the_city_a_deed_is_aimed_at_is_its_place_not_the_dateline_city():
    [event] = events_of("KİEV, 12 Mart 2026 (AA) - Rus ordusu dün Harkiv'e füze saldırısı düzenledi.")
    assert (event.location.name, event.location.country) == ("Kharkiv", "UKR")
    [event] = events_of("KYIV, March 3 (Reuters) - Russian forces attacked Ukrainian troops near the town of "
                        "Bakhmut on Monday.", lang="en")
    assert event.location.name == "Bakhmut"


def test_words_about_a_city_are_still_said_where_their_speaker_is():
    [event] = events_of("ANKARA, 12 Mart 2026 (AA) - Türkiye, Rusya'nın Harkiv'e yönelik saldırılarını kınadı.")
    assert event.cameo == "111" and event.location.name == "Ankara"


@pytest.mark.parametrize("text,lang", [
    ("WASHINGTON, Sept. 10 (Reuters) - Norway demanded that Russia withdraw its ships until late October.", "en"),
    ("WASHINGTON, Sept. 10 (Reuters) - Norway asked Russia to withdraw its ships by late October.", "en"),
    ("WASHINGTON, Sept. 10 (Reuters) - Japan promised Ukraine aid by November.", "en"),
    ("ANKARA, 10 Eylül 2026 (AA) - Türkiye, Azerbaycan'a Ekim sonuna kadar yardım göndereceğini açıkladı.", "tr"),
    ("ANKARA, 10 Eylül 2026 (AA) - Türkiye, 2030'a dek Azerbaycan'a destek vereceğini açıkladı.", "tr"),
])
def test_a_deadline_is_not_the_day_of_the_act(text, lang):
    found = dates(text, lang)
    assert found and all((d, b) == ("2026-09-10", "dateline") for _, d, b in found)


def test_a_day_that_belongs_to_a_noun_does_not_date_the_act():
    text = "WASHINGTON, Sept. 10 (Reuters) - Canada condemned Russia for Monday's vote."
    assert [(d, b) for _, d, b in dates(text, "en")] == [("2026-09-10", "dateline")]
    told = "WASHINGTON, Sept. 10 (Reuters) - Canada condemned Russia on Monday."
    assert [d for _, d, _ in dates(told, "en")] == ["2026-09-07"]


def test_a_date_before_a_promise_dates_it_in_english():
    text = "STOCKHOLM, March 16 (Reuters) - Norway acted. Sweden, in a similar move last week, promised to halt " \
           "all trade with South Africa."
    assert [(d, b) for c, d, b in dates(text, "en") if c.startswith("03")] == [("2026-03", "relative")]


def test_a_deadline_word_before_another_preposition_is_not_the_dates():
    text = "WASHINGTON, Nov. 3 (Reuters) - Russia's Lavrov criticized the United States by phone on Thursday."
    assert [d for _, d, _ in dates(text, "en")] == ["2026-10-29"]


def test_a_statement_named_by_a_participle_is_dated_by_the_date_before_it():
    text = "Yargıtay, 30 Eylül 2009 tarihinde açıkladığı kararda Bakanlığın temyiz başvurusunu reddetmişti."
    assert {d for _, d, _ in dates(text)} == {"2009-09-30"}
