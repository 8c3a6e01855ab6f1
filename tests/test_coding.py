"""Modality, reported speech, dates and datelines, on sentences of our own."""
import json

import pytest

import eventwire
from tests.conftest import events_of


def triples(text: str) -> list[tuple]:
    """(source country, CAMEO, target country) of each event, in order, against a March 2026 dateline."""
    return [(e.source.country, e.cameo, e.target.country if e.target else None)
            for e in events_of(text, dateline="2026-03-12")]


def test_negated_meeting():
    [event] = events_of("Muhalefet heyeti, hükümetle hiçbir görüşme gerçekleştirmediklerini duyurdu.")
    assert event.cameo_root == "04" and event.negated and not event.intent


def test_future_tense_is_intent_and_recoded_to_root_03():
    [event] = events_of("Japonya Başbakanı, Filipinler'e ekonomik destek vereceklerini söyledi.", dateline="2026-02-02")
    assert event.intent and event.cameo_root == "03" and event.plover.type == "AGREE"
    assert (event.source.country, event.target.country) == ("JPN", "PHL")


def test_willingness_words_are_intent():
    [event] = events_of("Kazakistan, Özbekistan ile işbirliğini genişletmeye istekli olduğunu açıkladı.")
    assert event.intent and event.target.country == "UZB"


def test_reported_speech_speaker_is_the_source():
    text = "Türkiye'nin teklifini desteklediklerini belirten Brezilya Dışişleri Bakanı, konuyu görüşeceklerini ekledi."
    events = events_of(text)
    support = [e for e in events if e.cameo_root == "05"]
    assert support and support[0].source.country == "BRA" and support[0].target.country == "TUR"


def test_violence_told_by_a_minister_is_an_accusation():
    text = "Dışişleri Bakanı, Sudan ordusunun sivilleri öldürdüğünü söyledi."
    assert not any(e.cameo_root == "18" for e in events_of(text))


def test_passive_with_agent():
    text = "Gazeteci, mahkeme tarafından 3 yıl hapis cezasına çarptırıldı."
    [event] = [e for e in events_of(text) if e.cameo_root == "11"]
    assert event.source.sector == "JUD" and event.target.sector == "MED"


@pytest.mark.parametrize("phrase, expected, precision, basis", [
    ("çarşamba günü", "2026-01-28", "day", "relative"),
    ("dün", "2026-01-28", "day", "relative"),
    ("bugün", "2026-01-29", "day", "relative"),
    ("28 Ocak'ta", "2026-01-28", "day", "explicit"),
    ("3 Aralık 2025'te", "2025-12-03", "day", "explicit"),
    ("geçen ay", "2025-12", "month", "relative"),
    ("2024 yılında", "2024", "year", "explicit"),
])
def test_date_forms(phrase, expected, precision, basis):
    text = f"Türkiye Dışişleri Bakanı, {phrase} Ankara'da Gürcistan Dışişleri Bakanı ile bir araya geldi."
    [event] = events_of(text, dateline="2026-01-29")  # a Thursday
    assert (event.date, event.date_precision, event.date_basis) == (expected, precision, basis)
    assert event.location.name == "Ankara"


@pytest.mark.parametrize("phrase, expected, precision", [
    ("yarın", "2026-01-30", "day"),
    ("yarından sonra", "2026-01-31", "day"),
    ("önümüzdeki hafta", "2026-02", "month"),
    ("gelecek ay", "2026-02", "month"),
    ("seneye", "2027", "year"),
])
def test_future_date_words(phrase, expected, precision):
    from datetime import date

    from eventwire.coding.pipeline import coder_for
    from eventwire.text.tokens import tokenize

    coder = coder_for("tr")
    text = f"Heyet {phrase} Ankara'ya gelecek."
    [found] = coder.dates.find(tokenize(text, coder.pack.lower, 0), date(2026, 1, 29))
    assert (found.value, found.precision) == (expected, precision)


@pytest.mark.parametrize("text, intent", [
    ("Fidan yarın Bakü'yü ziyaret ederek Aliyev ile görüşecek.", True),  # the converb takes the future
    ("Fidan dün Bakü'yü ziyaret ederek Aliyev ile görüştü.", False),
    ("Bakan Fidan, Irak'ı ziyaret ederek gelecek yılın planlarını anlattı.", False),  # "gelecek" is no verb here
])
def test_a_converb_takes_the_tense_of_the_verb_it_leads_to(text, intent):
    [visit] = [e for e in events_of(text, dateline="2026-01-29") if e.cameo in ("042", "036")]
    assert visit.intent is intent


def test_a_date_inside_a_clause_reported_before_the_act_does_not_date_it():
    text = ("Paşinyan, salı günü barış anlaşmasının bu yıl içinde imzalanabileceğini belirterek Azerbaycan'a "
            "esirleri serbest bırakma çağrısında bulundu.")
    [appeal] = events_of(text, dateline="2026-01-29")
    assert (appeal.source.country, appeal.cameo, appeal.target.country) == ("ARM", "020", "AZE")  # the dative is
    assert (appeal.date, appeal.date_precision) == ("2026-01-27", "day")  # asked; not "bu yıl"


def test_words_on_the_storys_meeting_by_a_party_outside_it_concern_both_that_met():
    text = ("Aliyev, Paşinyan ile salı günü Abu Dabi'de bir araya geldi. Rusya Dışişleri Bakanlığı Sözcüsü "
            "Mariya Zaharova, görüşmeyi memnuniyetle karşıladıklarını söyledi.")
    assert triples(text) == [("AZE", "040", "ARM"), ("RUS", "051", "AZE"), ("RUS", "051", "ARM")]
    # a party of the meeting speaks of it to no one new; with no meeting told, no one is praised
    assert triples("Rusya, görüşmeyi memnuniyetle karşıladı.") == []


@pytest.mark.parametrize("text, expected", [
    ("Mahkeme, gazetecilerden 4'ünü tutukladı.", [("JUD", "173", "MED")]),
    ("Polis, göstericilerden bazılarını gözaltına aldı.", [("COP", "173", "CVL")]),
])
def test_a_part_of_a_group_carries_the_case_of_the_group(text, expected):
    assert [(e.source.sector, e.cameo, e.target.sector) for e in events_of(text, dateline="2026-03-12")] == expected


def test_a_call_for_a_release_asks_those_who_did_the_deed():
    text = "Polis, 12 gazeteciyi gözaltına aldı. AB, gazetecilerin derhal serbest bırakılması çağrısı yaptı."
    assert triples(text) == [("TUR", "173", "TUR"), ("IGO:EU", "020", "TUR")]
    # a passive act asked that undoes nothing asks no one
    assert triples("İsrail Gazze'ye saldırdı. Bakan, Filistin devletinin kurulması gerektiğini söyledi.") == [
        ("ISR", "180", "PSE")]


@pytest.mark.parametrize("text, expected", [
    ("Dışişleri Bakanlığı, Yunanistan'ın Ankara Büyükelçisini bakanlığa çağırdı.", [("TUR", "114", "GRC")]),
    ("Türkiye'nin Atina Büyükelçisi, Yunan Dışişleri Bakanı ile görüştü.", [("TUR", "040", "GRC")]),
])
def test_a_capital_before_an_envoy_is_the_posting_and_the_genitive_the_envoys_state(text, expected):
    assert triples(text) == expected


def test_a_visit_takes_place_in_the_city_or_country_visited():
    text = ("Aliyev salı günü Abu Dabi'de Paşinyan ile görüştü. "
            "Fidan yarın Bakü'yü ziyaret ederek Aliyev ile görüşecek.")
    visit = events_of(text, dateline="2026-03-12")[-1]
    assert (visit.cameo, visit.intent, visit.location.name) == ("036", True, "Baku")  # not the lead's Abu Dhabi
    [visit] = [e for e in events_of("Fidan dün Azerbaycan'ı ziyaret etti ve Bakü'de bir anlaşma imzaladı.",
                                    dateline="2026-03-12") if e.cameo == "042"]
    assert visit.location.name == "Baku"  # a city named in the country visited says more


def test_between_the_parties_is_between_the_storys_two_parties():
    text = "İsrail ordusu Lübnan'a saldırdı. Mısır, taraflar arasında arabuluculuk yapmaya hazır olduğunu açıkladı."
    assert triples(text)[1:] == [("EGY", "039", "ISR"), ("EGY", "039", "LBN")]


@pytest.mark.parametrize("text, expected", [
    # a breach named of a party's act is an accusation; "ateşkes anlaşmasının" is a compound noun, no agreement made
    ('Lübnan Başbakanı Nevvaf Selam, "İsrail\'in saldırıları ateşkes anlaşmasının açık bir ihlalidir" dedi.',
     [("LBN", "112", "ISR")]),
    ("Bakan, Rusya'nın saldırılarının uluslararası hukukun ihlali olduğunu söyledi.", [("TUR", "112", "RUS")]),
    ("Bu, insan haklarının ihlalidir.", []),  # no party's act
])
def test_a_breach_named_of_a_partys_act_is_an_accusation(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bakan Işıkhan, sendikalarla görüşmelerin gelecek hafta başlayacağını açıkladı.", ("036", "LAB", True)),
    ("Bakan Işıkhan, sendikalarla görüşmelerin dün başladığını açıkladı.", ("040", "LAB", False)),
])
def test_an_act_named_as_a_noun_takes_the_tense_of_its_clauses_verb(text, expected):
    [event] = events_of(text, dateline="2026-03-12")
    assert (event.cameo, event.target.sector, event.intent) == expected


def test_aid_a_body_sent_arrived_where_it_was_sent():
    assert triples("AFAD'ın gönderdiği yardımlar dün Gazze'ye ulaştı.") == [("TUR", "070", "PSE")]


def test_a_genitive_owning_a_dative_object_after_common_nouns_is_no_subject():
    text = "ABD Hazine Bakanlığı, İran'ın petrol ihracatına aracılık eden 12 şirkete yaptırım uyguladığını duyurdu."
    assert triples(text) == [("USA", "163", "IRN")]  # the Treasury's sanctions, not an accusation of Iran


def test_a_later_story_does_not_lend_its_place_to_the_lead():
    text = ("ANKARA (AA) - Dışişleri Bakanlığı, İsrail'i kınadı. Bakanlık, Lübnan'a destek verdi. "
            "Öte yandan Suudi Arabistan ile İran dışişleri bakanları Riyad'da bir araya geldi.")
    places = [(e.cameo, (e.location.name if e.location else None)) for e in events_of(text, dateline="2026-03-12")]
    assert places == [("111", "Ankara"), ("051", "Ankara"), ("040", "Riyadh")]


def test_a_bare_government_body_is_the_last_subjects_country():
    text = "Rusya Dışişleri Bakanlığı, İsrail'i kınadı. Bakanlık, Lübnan'a destek verdi."
    assert triples(text) == [("RUS", "111", "ISR"), ("RUS", "051", "LBN")]  # not Israel, the first country named


@pytest.mark.parametrize("text, expected", [
    ("Çin, İran ile ticaretini sürdüreceğini açıkladı.", [("CHN", "0311", "IRN")]),  # planned economic cooperation
    ("Türkiye ile Irak ticaret hacmini 30 milyar dolara artırmayı hedefliyor.",
     [("IRQ", "0311", "TUR"), ("TUR", "0311", "IRQ")]),
])
def test_trade_carried_on_with_a_party_is_economic_cooperation(text, expected):
    assert triples(text) == expected


def test_a_suit_named_in_a_relative_clause_is_its_doers():
    assert triples("Gazetecinin Ankara'ya karşı açtığı dava dün sonuçlandı.") == [("TUR", "115", "TUR")]


def test_a_heading_retells_the_text_under_it_and_is_not_coded_again():
    text = ("Muhalefet, hükümeti eleştirdi. \nMAHKEME GAZETECİNİN İTİRAZINI REDDETTİ\n"
            "İstanbul'daki mahkeme, gazetecinin itirazını dün reddetti.")
    assert [e.evidence.sentence_index for e in events_of(text, dateline="2026-03-12") if e.cameo_root == "12"] == [2]


def test_a_verdict_with_no_speaker_needs_a_speaker_before_it():
    # the last subject said nothing: no one to give the verdict to
    assert triples("Suriye'de çatışmalar sürüyor. PYD'nin sınırı kapatması kabul edilemez.") == []


def test_verbal_nouns_of_acts_in_the_ablative_are_what_something_comes_from():
    text = "BM, Sudan'daki çatışmalardan kaçan siviller için Mısır'a yardım ulaştırdı."
    assert triples(text) == [("IGO:UN", "070", "EGY")]  # no fight coded from "çatışmalardan"


def test_a_name_ending_in_a_possessed_common_noun_inflects_without_an_apostrophe():
    text = "Sudan ordusu, Hızlı Destek Kuvvetlerinin El Faşir'deki kampa saldırdığını ve 30 sivili öldürdüğünü açıkladı."
    # both reported clauses share the genitive subject: each is an accusation of the RSF
    assert [(e.source.country, e.source.sector, e.cameo, e.target.sector) for e in events_of(text)] == [
        ("SDN", "MIL", "112", "REB")]


def test_an_owners_case_is_that_of_the_noun_past_its_modifiers():
    assert triples("Çin sahil güvenlik gemileri, Filipin ikmal gemisine tazyikli su sıktı.") == [("CHN", "175", "PHL")]


def test_an_act_named_as_a_noun_takes_no_tense_from_a_verb_it_is_the_subject_of():
    [event] = events_of("Peskov, NATO'nun Ukrayna'ya silah göndermesinin savaşı uzatacağını savundu.",
                        dateline="2026-03-12")
    assert (event.source.country, event.cameo, event.target.country, event.intent) == ("IGO:NATO", "072", "UKR", False)


@pytest.mark.parametrize("text, expected", [
    ('Rutte, "Ukrayna\'nın yanında durmaya devam edeceğiz" dedi.', [("IGO:NATO", "032", "UKR")]),  # vowed support
    ("Türkiye, Filistin halkının yanında duruyor.", [("TUR", "051", "PSE")]),
])
def test_standing_by_a_party_is_support(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rejection of words answers who said them, not the last party to do a deed
    ("Polis göstericilere biber gazıyla müdahale etti. CHP, hükümeti demokrasiyi askıya almakla suçladı. "
     "Bakan suçlamaları reddetti.", ("TUR", "120", "TUR", "OPP")),
    ("ABD, İran'a yaptırım uyguladı. İran, kararı reddetti.", ("IRN", "120", "USA", "GOV")),  # a decision's maker
])
def test_a_rejection_answers_the_accuser_or_the_decisions_maker(text, expected):
    last = events_of(text, dateline="2026-03-12")[-1]
    assert (last.source.country, last.cameo, last.target.country, last.target.sector) == expected


def test_no_dateline_means_no_relative_date():
    [event] = events_of("Türkiye Dışişleri Bakanı, dün Gürcistan Dışişleri Bakanı ile bir araya geldi.")
    assert event.date is None and event.date_basis == "unknown"


@pytest.mark.parametrize("head, expected", [
    (" date 2026-01-29 BEİJİNG, 29 Ocak (Xinhua) -- ", "2026-01-29"),
    ("BEİJİNG, 29 Ocak 2026 (Xinhua) -- ", "2026-01-29"),
    ("ANKARA (AA) - ", None),
    ("İSTANBUL, 3 Şubat 2026 (AA) - ", "2026-02-03"),
])
def test_dateline_forms(head, expected):
    body = "Türkiye, Yunanistan'ın açıklamasını kınadı."
    article = eventwire.code(head + body)
    assert article.dateline_date == expected
    [event] = article.events
    assert event.evidence.quote == body  # the dateline is not part of the evidence


def test_dateline_without_year_takes_the_given_date():
    article = eventwire.code("ANKARA, 5 Mart (AA) - Türkiye, İran'ı kınadı.", dateline="2026-03-05")
    assert article.dateline_date == "2026-03-05" and article.events[0].date == "2026-03-05"
    assert article.events[0].date_basis == "dateline"


def test_a_wire_dateline_without_a_year_is_the_latest_such_day():
    from datetime import date

    from eventwire.coding.dateline import read_dateline
    from eventwire.lang.pack import load

    pack, today = load("tr"), date(2026, 11, 25)
    assert read_dateline("ANKARA, 12 Mart (AA) - x", pack, today=today).date == date(2026, 3, 12)
    assert read_dateline("ANKARA, 12 Aralık (AA) - x", pack, today=today).date == date(2025, 12, 12)
    assert read_dateline("ANKARA, 29 Şubat (AA) - x", pack, today=today).date == date(2024, 2, 29)
    assert read_dateline("ANKARA, 12 Mart 2020 (AA) - x", pack, today=today).date == date(2020, 3, 12)
    # an old wire dateline without an agency; a name and a number before a dash are none
    english = load("en")
    head = read_dateline("KUWAIT, June 2 - Kuwait rejected charges.", english, today=today)
    assert (head.date, head.city, head.agency, head.body_start) == (date(2026, 6, 2), "KUWAIT", None, 17)
    assert read_dateline("Erdoğan, 12 yıl - sonra", pack, today=today).city is None
    assert read_dateline("ANKARA, 12 Aralık (AA) - x", pack, given=date(2012, 1, 3), today=today).date == date(2012, 1, 3)


def test_the_dateline_city_is_the_place_of_a_story_that_names_none():
    [event] = eventwire.code("ANKARA, 12 Mart 2026 (AA) - Türkiye, İsrail'i kınadı.").events
    assert (event.cameo, event.location.name, event.location.country) == ("111", "Ankara", "TUR")


def test_police_named_without_a_place_are_of_the_storys_place():
    text = ("İstanbul'da dün toplanan yüzlerce kişi, Gazze'deki saldırıları protesto etti. "
            "Emniyet güçleri, gösteriye katılan 12 kişiyi gözaltına aldı.")
    detention = events_of(text, dateline="2026-03-12")[-1]
    assert (detention.cameo, detention.source.country, detention.source.sector, detention.target.country) == \
        ("173", "TUR", "COP", "TUR")


def test_record_serialises_to_design_json():
    article = eventwire.code("Çin, Japonya'yı sert bir dille eleştirdi.", article_id="a1", dateline="2026-01-29")
    row = json.loads(article.to_json())
    assert set(row) >= {"id", "lang", "dateline_date", "events", "errors"}
    event = row["events"][0]
    for key in ("event_id", "story_id", "article_id", "lang", "source", "target", "cameo", "cameo_root", "goldstein",
                "quad_class", "plover", "date", "date_precision", "date_basis", "location", "intent", "negated",
                "attribution", "evidence", "confidence", "coder"):
        assert key in event
    assert event["cameo"] == "111" and event["goldstein"] == -2.0 and event["quad_class"] == 3
    assert event["source"]["code"] == "CHNGOV" and event["target"]["country"] == "JPN"
    again = eventwire.code("Çin, Japonya'yı sert bir dille eleştirdi.", article_id="a1", dateline="2026-01-29")
    assert again.events[0].event_id == article.events[0].event_id


def test_turkish_casing_and_apostrophes():
    from eventwire.text.casing import lower_tr
    from eventwire.text.tokens import tokenize

    assert lower_tr("İSTANBUL IĞDIR") == "istanbul ığdır"
    [token] = tokenize("Azerbaycan’a", lower_tr)
    assert (token.base, token.suffix) == ("azerbaycan", "a")


def test_sentences_survive_abbreviations_and_ordinals():
    from eventwire.text.sentences import split_sentences

    text = 'Prof. Dr. Ayşe Kaya geldi. Ankara 5. Asliye Ceza Mahkemesi karar verdi. "Döneceğiz." dedi.'
    spans = [text[s.start : s.end] for s in split_sentences(text, ["prof", "dr"])]
    assert spans == ["Prof. Dr. Ayşe Kaya geldi.", "Ankara 5. Asliye Ceza Mahkemesi karar verdi.", '"Döneceğiz." dedi.']
    bullets = "- Türkiye itiraz etmedi. - Ancak Rusya kınadı. - 5 kişi öldü."  # items of a dashed list
    assert [bullets[s.start : s.end] for s in split_sentences(bullets, [])] == [
        "- Türkiye itiraz etmedi.", "- Ancak Rusya kınadı.", "- 5 kişi öldü."]


def test_a_heading_of_capitals_on_its_own_line_is_a_sentence_of_its_own():
    from eventwire.text.sentences import split_sentences

    text = "Bakan konuştu. \nSINIRDA YENİ GERİLİM  \nErmenistan askerleri ateş açtı. Bir \nNATO\n yetkilisi konuştu."
    assert [text[s.start : s.end] for s in split_sentences(text, [])] == [
        "Bakan konuştu.", "SINIRDA YENİ GERİLİM", "Ermenistan askerleri ateş açtı.",
        "Bir \nNATO\n yetkilisi konuştu."]  # one word of capitals alone is a name the copy broke off its line


def test_a_verdict_with_no_speaker_is_the_last_speakers_on_the_subject_it_judges():
    text = ("Dışişleri Bakanlığı yazılı bir açıklama yaptı. "
            "Ermenistan'ın sınır kapısını tek taraflı olarak kapatması kabul edilemez.")
    assert triples(text) == [("TUR", "111", "ARM")]
    # told with a speaker, the verdict is his, the act judged is told too
    assert triples("Fidan, İsrail'in Lübnan'a saldırmasının kabul edilemez olduğunu söyledi.") == [
        ("ISR", "180", "LBN"), ("TUR", "111", "ISR")]


@pytest.mark.parametrize("text", [
    "Bakan, Lübnan'a asker göndermeye gerek olmadığını söyledi.",
    "Mahkeme, bakanlığın itirazını incelemeye dahi gerek görmedi.",
    "Lübnan'ın acil yardıma ihtiyacı var.",
])
def test_a_needed_act_is_no_deed(text):
    assert triples(text) == []


def test_a_dative_split_off_the_last_word_of_a_long_name_is_rejoined():
    # scraped copy: "Sekreteri ne" is "Sekreteri'ne", the addressee, not the subject
    assert triples("Yunanistan'ın tepkisi Avrupa Konseyi Genel Sekreteri ne dün iletildi.") == [
        ("GRC", "111", "IGO:COE")]


def test_peoples_across_states_are_no_country():
    events = events_of("Türkmen nüfusun boşaltılmasına Türkiye tepki gösterdi. Türkmenistanlı yetkililer Rusya'yı kınadı.",
                       dateline="2026-03-12")
    assert "TKM" not in [e.target.country for e in events if e.target]
    assert ("TKM", "RUS") in [(e.source.country, e.target.country) for e in events if e.target]


def test_split_suffixes_of_scraped_text_are_rejoined():
    [event] = events_of("Türkiye, PYD ye sert tepki gösterdi.")
    assert event.target is not None and event.target.country == "NSA:PYD"
    text = "Rusya, Gürcistan’ ı kınadı."
    [event] = events_of(text)
    assert event.target.country == "GEO" and text[event.evidence.start:event.evidence.end] == event.evidence.quote


def test_negated_readiness_after_a_noun_phrase():
    [event] = events_of("Rusya, Ukrayna ile görüşmeye hazır değil.")
    assert event.intent and event.negated and event.target.country == "UKR"


def test_receiving_needs_a_person_as_target():
    assert not [e for e in events_of("Cumhurbaşkanı, Fransa'nın teklifini kabul etti.") if e.cameo == "043"]
    [event] = events_of("Cumhurbaşkanı Erdoğan, Fransa Cumhurbaşkanı Emmanuel Macron'u kabul etti.")
    assert event.cameo == "043" and event.target.name == "Emmanuel Macron"


def test_wishes_conditions_and_views_are_not_events():
    def roots(text):
        return [e.cameo_root for e in events_of(text, dateline="2026-03-12")]

    assert "02" not in roots("Türkiye, Almanya'dan destek almak istiyor.")  # a wish
    assert "02" in roots("Türkiye, Almanya'dan destek istiyor.")  # an appeal
    assert "02" not in roots("Bakan Fidan, gerekirse Irak'a yeni bir heyet gönderileceğini söyledi.")  # if need be
    assert "02" not in roots("Macaristan, bu anlaşmanın yeni reformları gerektirdiğini belirtti.")  # to require
    assert "04" not in roots("Gazeteci, siyasi görüş nedeniyle Rusya tarafından gözaltına alındı.")  # a view
    appeal = [e for e in events_of("Fidan, İsrail'in saldırıları durdurması gerektiğini söyledi.",
                                   dateline="2026-03-12") if e.cameo_root == "02"]
    assert [(e.source.country, e.target.country) for e in appeal] == [("TUR", "ISR")]


@pytest.mark.parametrize("text, root", [("Fransa, Yunanistan'ı destekliyor.", "05"), ("Rusya, Ukrayna'yı kınıyor.", "11"),
                                        ("Mısır, Sudan'dan yardım istiyor.", "02")])
def test_present_continuous_of_a_vowel_final_stem(text, root):
    # iste- istiyor, kına- kınıyor, destekle- destekliyor: the stem's last vowel narrows before -yor
    assert root in [e.cameo_root for e in events_of(text, dateline="2026-03-12")]


def test_a_verb_stem_that_is_also_a_noun():
    # görüş- "meet" and görüş "view": görüştü is a meeting, görüşlerini ("their views") is not
    assert "04" in [e.cameo_root for e in events_of("Rusya, Ukrayna ile görüştü.", dateline="2026-03-12")]
    same_view = events_of("Fransa, Almanya ile aynı görüşte olduğunu söyledi.", dateline="2026-03-12")
    assert "04" not in [e.cameo_root for e in same_view]  # "of the same view as Germany"


def test_a_bare_verbal_noun_names_an_event_but_does_not_report_one():
    # "Görüşme ertelendi": the meeting was put off; "görüşme yaptı" reports one
    said = "Rusya Dışişleri Bakanı Lavrov, ABD'nin teklifine ilişkin \"Görüşme ertelendi\" dedi."
    assert "04" not in [e.cameo_root for e in events_of(said, dateline="2026-03-12")]
    held = events_of("Rusya Dışişleri Bakanı, Çin Dışişleri Bakanı ile görüşme yaptı.", dateline="2026-03-12")
    assert [(e.source.country, e.cameo_root, e.target.country) for e in held] == [("RUS", "04", "CHN")]


def test_the_owner_of_a_condemned_act_is_the_target():
    # the statement condemns Russia's attacks "on Ukraine's plants": Ukraine sits inside the object, Russia owns it
    events = events_of("Dışişleri Bakanlığı, Rusya'nın Ukrayna'daki enerji tesislerine yönelik saldırılarını kınayan "
                       "bir bildiri yayımladı.",
                       dateline="2026-03-12")
    assert [(e.source.country, e.cameo_root, e.target.country) for e in events] == [("TUR", "11", "RUS")]


def test_coordinated_subjects_each_act_or_act_together():
    coded = {(e.source.country, e.cameo_root, e.target.country)
             for e in events_of("Rusya ve Çin, ABD'yi kınadı.", dateline="2026-03-12")}
    assert coded == {("RUS", "11", "USA"), ("CHN", "11", "USA")}
    signed = events_of("Ermenistan ve Azerbaycan barış anlaşması imzaladı.", dateline="2026-03-12")
    # a joint act of two parties named together is each one's act towards the other
    assert [(e.source.country, e.cameo, e.target.country) for e in signed] == [("ARM", "057", "AZE"), ("AZE", "057", "ARM")]
    signed = events_of("Fidan, dün Azerbaycan'ı ziyaret etti ve Bakü'de enerji anlaşması imzaladı.", dateline="2026-03-12")
    assert [(e.source.country, e.cameo, e.target.country) for e in signed] == [("TUR", "042", "AZE"), ("TUR", "057", "AZE")]
    clashes = events_of("Rusya ile Ukrayna arasında çatışmalar sürdü.", dateline="2026-03-12")
    assert [(e.source.country, e.cameo, e.target.country) for e in clashes] == [("RUS", "190", "UKR"), ("UKR", "190", "RUS")]


@pytest.mark.parametrize("text, expected", [
    ("Erdoğan, İsrail'in Gazze'de soykırım yaptığını söyledi.", {("TUR", "11", "ISR")}),  # violence told: accusation
    ("Bakan, Yunanistan'ın adaları silahlandırmasının kabul edilemez olduğunu vurguladı.", {("TUR", "11", "GRC")}),
    ("Erdoğan, Azerbaycan'ın yanında olduklarını ifade etti.", {("TUR", "05", "AZE")}),
    ("Lavrov, Batı'nın Ukrayna'ya silah göndermesini eleştirdi.", set()),  # "the West" is no actor we code
    ("Fidan, Rusya'nın masum sivilleri öldürdüğünü belirtti.", {("TUR", "11", "RUS")}),
    ("Türkiye hükümeti, ABD'ye 501 başvuru yaptı.", {("TUR", "02", "USA")}),
])
def test_reported_and_nominalised_acts(text, expected):
    assert {(e.source.country, e.cameo_root, e.target.country) for e in events_of(text, dateline="2026-03-12")} == expected


def test_an_aspect_auxiliary_carries_the_tense():
    # "destek vermeye devam edecek": will go on supporting, a promise
    (event,) = events_of("Fidan, Türkiye'nin Suriye'ye destek vermeye devam edeceğini söyledi.", dateline="2026-03-12")
    assert (event.source.country, event.target.country, event.cameo_root, event.intent) == ("TUR", "SYR", "03", True)


def test_a_verb_of_saying_after_a_clause_reports_it():
    # savun- "defend" is also "argue": after a nominalised clause it only reports what was argued
    argued = events_of("Rusya, Ukrayna'nın ateşkesi bozduğunu savundu.", dateline="2026-03-12")
    assert "05" not in [e.cameo_root for e in argued]
    defended = events_of("Türkiye, BM'de Azerbaycan'ı savundu.", dateline="2026-03-12")
    assert [(e.source.country, e.cameo, e.target.country) for e in defended] == [("TUR", "052", "AZE")]


@pytest.mark.parametrize("text, lang", [("Rusya Ukrayna'ya saldırdı mı?", "tr"), ("Will Russia attack Ukraine?", "en"),
                                        ("Türkiye NATO'dan destek istedi mi, Rusya'yı kınadı mı?", "tr")])
def test_a_question_reports_no_event(text, lang):
    assert events_of(text, lang=lang, dateline="2026-03-12") == []
    assert events_of(text.replace(" mı?", ".").replace("?", "."), lang=lang, dateline="2026-03-12")


def test_two_people_meet_once_however_often_the_article_tells_it():
    text = ("Dışişleri Bakanı Hakan Fidan, Rusya Dışişleri Bakanı Sergey Lavrov ile görüştü. "
            "Lavrov, Fidan ile görüşmesinin verimli geçtiğini söyledi. Milletvekili Ali Kaya, Fidan'ı eleştirdi. "
            "Milletvekili Mehmet Yıldız da Fidan'ı eleştirdi.")
    roots = [e.cameo_root for e in events_of(text, dateline="2026-03-12")]
    assert roots.count("04") == 1 and roots.count("11") == 2  # two people's acts of one kind stay two


def test_a_named_person_without_office_is_of_the_home_country():
    text = ("Sendikacı Mehmet Aydın, 2019 yılında gözaltına alınmış ve tutuklanmıştı. "
            "Aydın, 2021 yılında ağırlaştırılmış müebbet hapse mahkum edildi.")
    coded = [(e.source.country, e.cameo_root, e.target.country, e.target.name) for e in events_of(text)]
    # detained and arrested: one act of one sentence; the later surname is the same person;
    # "ağırlaştırılmış" (aggravated) is not ağırla- (to host)
    assert coded == [("TUR", "17", "TUR", "Mehmet Aydın"), ("TUR", "11", "TUR", "Mehmet Aydın")]
    assert events_of("Barış Pınarı Harekatı başladı.") == []  # a given name that is also a word is left out


def test_a_verbal_noun_in_the_instrumental_names_a_charge():
    coded = events_of("Gazeteci Ali Kaya, hükümeti devirmeye teşebbüs suçlamasıyla tutuklandı.", dateline="2026-03-12")
    assert [e.cameo_root for e in coded] == ["17"]  # "suçlamasıyla": on the charge of, no accusation


def test_a_minister_for_an_organisation_is_a_state_minister():
    [event] = events_of("Avrupa Birliği Bakanı Egemen Bağış, Yunanistan'ı eleştirdi.", dateline="2026-03-12")
    assert (event.source.country, event.source.name, event.target.country) == ("TUR", "Egemen Bağış", "GRC")
    [event] = events_of("BM Genel Sekreteri Antonio Guterres, İsrail'i kınadı.", dateline="2026-03-12")
    assert event.source.country == "IGO:UN"


def test_an_act_retold_in_one_article_is_one_event():
    text = ("Cumhurbaşkanı Erdoğan, Tunus'un eski Başbakanı Ali Laarayedh'e verilen hapis cezasını kınadığını "
            "belirtti. Erdoğan, konuşmasının sonunda Tunus'u yeniden kınadı. Erdoğan ayrıca İsrail'i kınadı.")
    coded = [(e.source.country, e.cameo_root, e.target.country) for e in events_of(text, dateline="2026-03-12")]
    # "Tunus'un eski Başbakanı Ali Laarayedh'e": the genitive owns the office (past "eski"); Tunisia is condemned once
    assert coded.count(("TUR", "11", "TUN")) == 1 and ("TUR", "11", "ISR") in coded and ("TUN", "11", "TUN") not in coded


@pytest.mark.parametrize("text, expected", [
    ("HDP, hükümete destek verebileceğini açıkladı.", ("TUR", "03", "TUR", True)),  # -ebilecek: could, planned
    ("Fidan, Suriye rejiminin meşruiyetini yitirdiğini söyledi.", ("TUR", "11", "SYR", False)),
])
def test_possibility_and_lost_legitimacy(text, expected):
    assert expected in [(e.source.country, e.cameo_root, e.target.country, e.intent)
                        for e in events_of(text, dateline="2026-03-12")]


def test_a_protest_without_a_target_faces_the_protesters_government():
    coded = [(e.source.country, e.cameo_root, e.target.country, e.target.sector)
             for e in events_of("Fransız çiftçiler Paris'te gösteri düzenledi.", dateline="2026-03-12")]
    assert coded == [("FRA", "14", "FRA", "GOV")]


def test_cannot_is_negation():
    [event] = events_of("Türkiye, Rusya ile görüşemedi.", dateline="2026-03-12")
    assert event.cameo_root == "04" and event.negated and not event.intent
    [event] = events_of("Bakan, Yunanistan ile görüşemeyeceğini söyledi.", dateline="2026-03-12")
    assert event.negated and event.intent


def test_the_act_asked_for_is_not_done():
    coded = [(e.source.country, e.cameo_root, e.target.country) for e in events_of(
        "Katar Emiri, Arap Birliği ülkelerinin Sudanlılara destek olması gerektiğini söyledi.",
        dateline="2026-03-12")]
    assert coded == [("QAT", "02", "IGO:AL")]  # an appeal to the Arab League, not its support given


def test_a_light_verbs_noun_in_the_locative_is_no_object():
    assert events_of("Bakan, destek eyleminde yaptığı konuşmada Yunanistan'a değindi.", dateline="2026-03-12") == []
    [event] = events_of("Öğrenciler, Ankara'da hükümete karşı eylem yaptı.", dateline="2026-03-12")
    assert event.cameo_root == "14"
    [event] = events_of("Erdoğan, İsrail'e saldırıları durdurma çağrısında bulundu.", dateline="2026-03-12")
    assert event.cameo_root == "02"  # "bulun-" takes its noun in the locative


def test_quotations_over_several_sentences_are_said_by_their_speaker():
    text = ("Demirtaş ayrıca “Bu hafta bir toplantımız yok. Sayın Davutoğlu’nun artık sert üslubunu bırakması lazım. "
            "Rusya da Ukrayna'yı kınadı” diye konuştu.")
    coded = {(e.source.name, e.cameo_root, e.target.name or e.target.country) for e in events_of(text, dateline="2026-03-12")}
    assert ("Selahattin Demirtaş", "02", "Ahmet Davutoğlu") in coded  # the speaker asks it of Davutoğlu
    assert (None, "11", "UKR") in coded  # a subject named inside the quotation acts itself


def test_a_direct_quotation_names_its_own_subject():
    [event] = events_of("Erdoğan, \"Rusya Ukrayna'ya saldırdı\" dedi.", dateline="2026-03-12")
    assert (event.source.country, event.cameo, event.target.country) == ("TUR", "112", "RUS")  # told: an accusation
    [event] = events_of("Erdoğan, \"İsrail'i kınıyoruz\" dedi.", dateline="2026-03-12")
    assert (event.source.country, event.target.country) == ("TUR", "ISR")  # "we": the speaker's side


@pytest.mark.parametrize("text", [
    "Hazırlıklar, Suriyeliler ile yapılan görüşmelere göre sürüyor.",  # a topic: "according to the talks"
    "Rusya, savaşın sürmesini isteyenlerin Ukrayna'yı desteklediğini söyledi.",  # "those who want"
])
def test_topics_and_headless_relatives_report_no_event(text):
    assert "04" not in [e.cameo_root for e in events_of(text, dateline="2026-03-12")]
    assert "02" not in [e.cameo_root for e in events_of(text, dateline="2026-03-12")]


@pytest.mark.parametrize("text, expected", [
    ("Rusya, Ukrayna'ya yardım etmeyi teklif etti.", {("RUS", "033", "UKR", True)}),  # an offer of aid
    ("İran, ABD ile görüşmeyi reddetti.", {("IRN", "125", "USA", False)}),  # one phrase: refusing talks
    ("İsrail, Filistin'i tanımayı reddetti.", {("ISR", "120", "PSE", False)}),  # refused, not recognised
])
def test_an_act_another_verb_takes_as_object_is_not_done(text, expected):
    assert {(e.source.country, e.cameo, e.target.country, e.intent) for e in events_of(text, dateline="2026-03-12")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Türkiye, Rusya ve Ukrayna'yı kınadı.", {("TUR", "111", "RUS"), ("TUR", "111", "UKR")}),  # one event a target
    ("Türkiye, Rusya ile Ukrayna arasında arabuluculuk yaptı.", {("TUR", "045", "RUS"), ("TUR", "045", "UKR")}),
    ("Rusya ile Ukrayna bir araya geldi.", {("UKR", "040", "RUS")}),  # a meeting is one event
])
def test_each_target_of_one_act(text, expected):
    assert {(e.source.country, e.cameo, e.target.country) for e in events_of(text, dateline="2026-03-12")} == expected


@pytest.mark.parametrize("text, intent, negated", [
    ("AB, Türkiye'ye mali yardım yapacak.", True, False),  # the light verb after the noun act carries tense
    ("AB, Türkiye'ye mali yardım yapmadı.", False, True),
    ("ABD, Ukrayna'ya askeri yardım gönderdi.", False, False),
])
def test_a_light_verb_carries_the_noun_acts_modality(text, intent, negated):
    [event] = events_of(text, dateline="2026-03-12")
    assert (event.intent, event.negated) == (intent, negated)


@pytest.mark.parametrize("text, expected", [
    ("Polis, izinsiz gösteri yapan 50 kişiyi gözaltına aldı.", {("TUR", "173", "TUR")}),  # people: civilians
    ("Türk Silahlı Kuvvetleri, Suriye'nin kuzeyinde 3 teröristi etkisiz hale getirdi.", {("TUR", "190", "SYR")}),
    ("Bakanlık, Rus gazetecinin gözaltına alındığını açıkladı.", {("TUR", "173", "RUS")}),  # the genitive is held
    # the police detained them, not the ministry that reports it
    ("Bakanlık, gösteride 35 kişinin gözaltına alındığını bildirdi.", {("TUR", "173", "TUR")}),
])
def test_participles_and_reported_passives(text, expected):
    assert {(e.source.country, e.cameo, e.target.country) for e in events_of(text, dateline="2026-03-12")} == expected


def test_a_ceasefire_between_two_parties_is_mutual():
    coded = [(e.cameo, e.source.country, e.target.country) for e in events_of("İsrail ve Hamas ateşkese vardı.")]
    assert sorted(coded) == [("0871", "ISR", "PSE"), ("0871", "PSE", "ISR")]  # each party towards the other


@pytest.mark.parametrize("text, expected", [
    ("Savcılık, HDP'li vekiller hakkında fezleke hazırladı.", {("TUR", "JUD", "115", "TUR", "OPP")}),
    ("CHP'li belediye başkanı, hükümeti eleştirdi.", {("TUR", "OPP", "111", "TUR", "GOV")}),
    ("PKK'lı teröristler, Türk askerlerine saldırdı.", {("NSA:PKK", "REB", "180", "TUR", "MIL")}),
])
def test_members_of_an_organisation(text, expected):
    assert {(e.source.country, e.source.sector, e.cameo, e.target.country, e.target.sector)
            for e in events_of(text, dateline="2026-03-12")} == expected


def test_a_plain_locative_is_the_place_before_an_attributive_one():
    def places(text):
        return [(e.location.name if e.location else None) for e in events_of(text, dateline="2026-03-12")]

    assert places("Davutoğlu, Cibuti'de düzenlenen toplantıda Suriye'deki trajediye değinerek İsrail'i kınadı.") == ["Djibouti"]
    assert places("Fidan, Ankara'daki görüşmede Rusya ile anlaşma imzaladı.") == ["Ankara"]


@pytest.mark.parametrize("text, expected", [
    ("Dışişleri Bakanı Hakan Fidan, Katar Başbakanı ve Dışişleri Bakanı Muhammed bin Abdurrahman Al Sani ile "
     "Doha'da bir araya geldi.", [("TUR", "Hakan Fidan", "QAT", "Muhammed bin Abdurrahman Al Sani")]),
    ("Türkiye Cumhurbaşkanı ve AK Parti Genel Başkanı Recep Tayyip Erdoğan, İsrail'i kınadı.",
     [("TUR", "Recep Tayyip Erdoğan", "ISR", None)]),  # two titles, one person
])
def test_two_titles_of_one_person_and_name_particles(text, expected):
    assert [(e.source.country, e.source.name, e.target.country, e.target.name)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_an_aid_plan_governed_by_an_aspect_auxiliary():
    [event] = events_of("Fidan, Türkiye'nin Gazze'ye insani yardım göndermeye devam edeceğini söyledi.",
                        dateline="2026-03-12")
    assert (event.source.country, event.cameo, event.target.country, event.intent) == ("TUR", "0333", "PSE", True)  # humanitarian aid


def test_the_storys_place_is_not_that_of_a_phone_call_or_another_days_act():
    text = ("ANKARA (AA) - Dışişleri Bakanı Hakan Fidan, Katar Dışişleri Bakanı ile Doha'da bir araya geldi. "
            "Fidan, geçen ay da Mısır Dışişleri Bakanı ile telefonda görüşmüştü. Fidan ayrıca İsrail'i kınadı.")
    coded = {e.cameo: (e.location.name if e.location else None) for e in events_of(text, dateline="2026-03-12")}
    assert coded == {"040": "Doha", "041": None, "111": "Doha"}


@pytest.mark.parametrize("text, expected", [
    ("Erdoğan'ın Rusya'ya yaptığı ziyaret sırasında anlaşmalar imzalandı.", ("TUR", "042", "RUS")),  # relative doer
    ("CHP heyeti, Suudi Arabistan Büyükelçiliği'ne yaptıkları ziyarete ilişkin açıklama yaptı.",
     ("TUR", "042", "SAU")),  # an embassy stands for its state; the party sends the delegation
    ("Türk heyeti, Rusya'yı ziyaret etti.", ("TUR", "042", "RUS")),  # "-i" before a comma: the subject's
])
def test_visits_told_in_relative_clauses_and_delegations(text, expected):
    assert expected in [(e.source.country, e.cameo, e.target.country) for e in events_of(text, dateline="2026-03-12")]


def test_a_partys_delegation_is_the_partys():
    [event] = events_of("CHP heyeti, Suudi Arabistan Büyükelçiliği'ne yaptıkları ziyarete ilişkin açıklama yaptı.")
    assert event.source.sector == "OPP"


def test_a_month_named_alone_dates_the_act_to_that_month():
    [event] = events_of("Fidan, ağustosta Rusya ile görüştü.", dateline="2026-09-10")
    assert (event.date, event.date_precision) == ("2026-08", "month")


@pytest.mark.parametrize("text, expected", [
    ("AB ülkeleri Rusya'yı kınadı.", [("IGO:EU", "111", "RUS")]),  # member states: the organisation
    ("İİT ülkelerinin savunma bakanları Endonezya'yı ziyaret etti.", [("IGO:OIC", "042", "IDN")]),
    ("NATO ülkelerinin savunma bakanları ikili görüşmeler yaptı.", []),  # among themselves: no other party
    ("Putin'in sözcüsü Türkiye'yi eleştirdi.", [("RUS", "111", "TUR")]),  # the genitive owns the office
    ("Bakan, Suriye yönetiminin sivilleri öldürdüğünü söyledi.", [("TUR", "112", "SYR")]),  # a clause's subject, told: an accusation
])
def test_an_office_belongs_to_the_genitive_before_it(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Türkiye, Rusya'yı Ukrayna ile müzakereye çağırdı.", [("TUR", "RUS")]),  # the accusative is asked
    ("Fidan, İsrail'i Gazze'ye yardım girişine izin vermeye çağırdı.", [("TUR", "ISR")]),
    ("Bakan, uluslararası toplumu Suriye halkını desteklemeye çağırdı.", []),  # no party we can code is asked
    ("Bakan, uluslararası toplumu İsrail'e baskı yapmaya davet etti.", []),
])
def test_an_appeal_asks_its_first_accusative_and_the_act_asked_for_is_not_done(text, expected):
    assert [(e.source.country, e.target.country) for e in events_of(text, dateline="2026-03-12")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Bakan, Rusya saldırırsa Ukrayna'ya silah göndereceklerini söyledi.", [("TUR", "0332", "UKR")]),  # the attack is supposed
    ("HDP Genel Başkanı Demirtaş, Türkiye'ye destek verebileceğini ifade ediyorsa, hükümet kurulur.", []),  # if he says so
    ("Polis gazeteciyi tutuklayamadı.", [("TUR", "173", "TUR")]),  # could not: a negated act, still told
])
def test_a_conditional_act_or_report_is_only_supposed(text, expected):
    assert triples(text) == expected


def test_received_threats_come_from_the_other_party():
    assert [(e.source.country, e.cameo, e.target.country)
            for e in events_of("Gazeteci, Rusya'dan tehdit aldığını söyledi.", dateline="2026-03-12")] == [
        ("RUS", "130", "TUR")]


@pytest.mark.parametrize("word, stem, rest", [
    ("aldı", "al", "dı"), ("yaptı", "yap", "tı"), ("etti", "et", "ti"), ("kınadı", "kına", "dı"),
    ("altında", "al", None),  # under: a d/t suffix after l is voiced, so no form of al- (take)
    ("yapdı", "yap", None),
])
def test_a_verb_suffix_agrees_in_voicing_with_the_stem(word, stem, rest):
    from eventwire.coding.pipeline import coder_for
    from eventwire.text.tokens import tokenize

    coder = coder_for("tr")
    (token,) = tokenize(word, coder.pack.lower, 0)
    assert coder.morph.rest(token, stem, "verb") == rest


@pytest.mark.parametrize("text, expected", [
    ("ABD, Türkiye'nin şartlarını PYD'ye iletti.", [("USA", "100", "NSA:PYD")]),  # the dative in the phrase receives
    ("Türkiye, taleplerini Irak hükümetine iletti.", [("TUR", "020", "IRQ")]),
    ("CHP, TBMM Dijital Mecralar Komisyonu'na önerilerini sundu.", [("TUR", "020", "TUR")]),  # the name's last word has the case
    # a headline run into the lead: the minister's act and his state's are one act
    ("Fidan: Filistin Devleti'ni tanıyoruz Dışişleri Bakanı Hakan Fidan, Türkiye'nin Filistin Devleti'ni "
     "tanıdığını söyledi.", [("TUR", "054", "PSE")]),
])
def test_conveyed_demands_long_names_and_one_act_told_twice(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the act a content noun after it names is ordered, not done
    ("Başbakan, heyetin Kahire'de kalıp Mısır'a destek vermesi talimatını vermişti.", []),
    # a verbal noun in the genitive has its own genitive subject, here "the parties", whom we cannot code
    ("Bakan, tarafların ateşkes kararı almasının herkesi rahatlattığını söyledi.", []),
    ("Bakan, Rusya'nın Ukrayna'ya saldırmasının bölgeyi sarstığını söyledi.", [("RUS", "180", "UKR")]),
])
def test_a_verbal_noun_before_a_noun_or_in_the_genitive_has_its_own_doer(text, expected):
    assert triples(text) == expected


def test_what_a_speaker_says_happens_at_the_venue_of_his_words():
    text = ("Dışişleri Bakanı Hakan Fidan, Cenevre'de düzenlenen toplantıda yaptığı konuşmada, Suriye'de yüzlerce "
            "kişinin öldürüldüğünü, İsrail'in Gazze'de sivilleri hedef aldığını söyledi. Fidan, Rusya'yı da kınadı.")
    places = {e.cameo: (e.location.name if e.location else None) for e in events_of(text, dateline="2026-03-12")}
    # not Syria or Gaza, named inside what he says; civilians targeted, told by him, is his accusation
    assert places == {"112": "Geneva", "111": "Geneva"}


@pytest.mark.parametrize("text, expected", [
    # a pair in the genitive is the subject of a plural verb: the meeting is theirs, not the speaker's
    ("Erdoğan ile Aliyev'in mayısta Bakü kentinde zirve düzenlediklerini hatırlatan Fidan, konuştu.",
     [("AZE", "040", "TUR")]),
    ("Uşakov, Rusya ile ABD arasında zirve yapılması ihtimalini değerlendirdi.", []),  # a possibility
    ("Liderlerin görüşmesi konusunda mutabık kalındı.", []),  # the topic of an agreement
])
def test_a_paired_subject_a_possibility_and_a_topic(text, expected):
    assert triples(text) == expected


def test_a_passive_act_noun_is_done_by_its_owner():
    coded = [(e.source.country, e.cameo, e.target.country)
             for e in events_of("ABD'nin tepkisi Rusya'ya iletildi.", dateline="2026-03-12")]
    assert coded == [("USA", "111", "RUS")]  # the reaction is America's; the passive names no other doer


@pytest.mark.parametrize("text, expected", [
    ("Çin, Tayvan'a silah satışı nedeniyle ABD'li şirketlere yaptırım uyguladı.", [("CHN", "163", "USA")]),  # a reason
    ("İsrail ordusu Gazze'de bir okulu bombaladı.", [("ISR", "195", "PSE")]),  # the country a deed is done in
    ("Rus askerleri Kiev'de sivillere ateş açtı.", [("RUS", "190", "UKR")]),  # civilians of the place
    ("Türk polisi İstanbul'da göstericileri gözaltına aldı.", [("TUR", "173", "TUR")]),
])
def test_reasons_and_the_place_of_a_hostile_deed(text, expected):
    assert triples(text) == expected


def test_an_act_noun_before_another_names_what_that_act_is_about():
    coded = [(e.source.country, e.cameo, e.target.country) for e in events_of(
        "Katar'ın arabuluculuğunda Hamas ile İsrail arasında esir takası anlaşması imzalandı.", dateline="2026-03-12")]
    assert coded == [("PSE", "057", "ISR"), ("ISR", "057", "PSE")]  # an agreement on a swap; no swap done yet


def test_a_passive_future_on_a_light_verb_is_intent():
    [event] = events_of("Fransa Cumhurbaşkanı Macron, Ukrayna'ya askeri yardım yapılacağını açıkladı.", dateline="2026-03-12")
    assert (event.source.country, event.target.country, event.intent, event.cameo_root) == ("FRA", "UKR", True, "03")


@pytest.mark.parametrize("text, expected", [
    ("AB, İran'a yeni yaptırımlar uygulama kararı aldı.", [("IGO:EU", "163", "IRN", False)]),  # the decision is the deed
    ("Türkiye, İsrail büyükelçisini sınır dışı etme kararı aldı.", [("TUR", "166", "ISR", False)]),
    ("Japonya ile Güney Kore, savunma alanında işbirliğini güçlendirme kararı aldı.",
     [("KOR", "032", "JPN", True), ("JPN", "032", "KOR", True)]),  # together: each towards the other
])
def test_a_decided_act_is_the_deed_or_for_cooperation_a_plan(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.intent)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_a_crowd_of_people_is_civilians_of_the_place():
    coded = [(e.source.country, e.source.sector, e.cameo, e.target.country)
             for e in events_of("Gürcistan'da binlerce kişi hükümeti protesto etti.", dateline="2026-03-12")]
    assert coded == [("GEO", "CVL", "140", "GEO")]


@pytest.mark.parametrize("text, expected", [
    ("Lavrov, Batı'yı Ukrayna'ya silah göndererek savaşı uzatmakla suçladı.", []),  # the West: no code
    ("Fidan, Batı'yı eleştirdi ve Rusya'yı kınadı.", [("TUR", "111", "RUS")]),
    # sanctions on countries no code stands for, not on Ukraine, named inside the relative clause
    ("Rusya, Ukrayna'ya silah gönderen ülkelere yönelik yeni yaptırımlar uygulayacağını duyurdu.", []),
    ("İran, İsrail'e yüzlerce füze ve İHA ile saldırdı.", [("IRN", "180", "ISR")]),  # drones: the means
    ("Erdoğan, Hamas lideri Haniye'yi İstanbul'da kabul etti.", [("TUR", "043", "PSE")]),
    ("Türk SİHA'ları PKK mevzilerini vurdu.", [("TUR", "195", "NSA:PKK")]),  # the opening body is the subject; it strikes from the air
])
def test_uncoded_parties_instruments_and_leaders(text, expected):
    assert triples(text) == expected


def test_kosovo_has_the_code_the_gazetteer_uses():
    assert [(e.source.country, e.target.country) for e in events_of(
        "AB, Sırbistan ve Kosova'yı müzakerelere dönmeye çağırdı.", dateline="2026-03-12")] == [
        ("IGO:EU", "SRB"), ("IGO:EU", "XKX")]


@pytest.mark.parametrize("text, expected", [
    # what a reaction or a condemnation answers is the other party's act, not the speaker's
    ("Çin Dışişleri Bakanlığı, ABD'nin Tayvan'a silah satışına sert tepki gösterdi.", [("CHN", "111", "USA")]),
    ("Çin, ABD'nin Tayvan'a silah satışını kınadı.", [("CHN", "111", "USA")]),
    ("Türkiye, İsrail'in Lübnan'a saldırısına tepki gösterdi.", [("TUR", "111", "ISR")]),
    ("ABD, Tayvan'a silah sattı.", [("USA", "072", "TWN")]),
])
def test_the_act_a_reaction_answers_belongs_to_its_owner(text, expected):
    assert triples(text) == expected


def test_a_ministry_takes_the_country_named_before_it():
    [event] = events_of("Çin Dışişleri Bakanlığı, Japonya'yı kınadı.", dateline="2026-03-12")
    assert (event.source.country, event.source.name, event.target.country) == ("CHN", "Çin Dışişleri Bakanlığı", "JPN")


@pytest.mark.parametrize("text, expected", [
    ("Rusya, ABD'li diplomatı istenmeyen kişi ilan etti.", [("RUS", "166", "USA")]),
    ("BM Güvenlik Konseyi, Sudan'a silah ambargosunu uzattı.", [("IGO:UN", "163", "SDN")]),
    ("Sözcü Öncü Keçeli, Yunanistan'ın açıklamalarını kabul etmediklerini bildirdi.", [("TUR", "120", "GRC")]),
    ("AB Komisyonu Başkanı von der Leyen, Ukrayna'ya 50 milyar avroluk yardım paketini açıkladı.",
     [("IGO:EU", "070", "UKR")]),
])
def test_expulsions_embargoes_rejections_and_aid_packages(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ukrayna ile Rusya esir takası yaptı.", [("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")]),
    ("Türkiye, Yunanistan'a protesto notası verdi.", [("TUR", "114", "GRC")]),  # a diplomatic protest
    ("Fidan, Lavrov ile anlaşma imzaladı.", [("TUR", "057", "RUS")]),  # with a partner: the subject's act
])
def test_swaps_notes_and_agreements_with_a_partner(text, expected):
    assert triples(text) == expected


def test_a_verb_with_an_object_of_its_own_takes_no_party_from_earlier_in_the_sentence():
    coded = [(e.cameo, e.target.country, e.target.name) for e in events_of(
        "Bakan Fidan, Mısır'ı ziyaret ederek Sisi ile bir araya geldi ve Gazze'deki saldırıları kınadı.",
        dateline="2026-03-12")]
    assert ("111", "EGY", "Abdulfettah es-Sisi") not in coded  # the attacks are condemned, not Sisi
    # the visit and the talks held on it are one meeting of the two countries, coded once
    assert [c for c in coded if c[0].startswith("04")] == [("042", "EGY", None)]


@pytest.mark.parametrize("text, expected", [
    ("Rusya'nın Odesa'ya düzenlediği saldırılarda 12 kişi hayatını kaybetti.", [("RUS", "180", "UKR")]),
    ("Erdoğan'ın Rusya'ya yaptığı ziyarette enerji konuşuldu.", [("TUR", "042", "RUS")]),
])
def test_a_relative_clause_in_the_locative_tells_a_done_act(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a genitive before a possessed noun in a case owns that noun; it is no clause's subject
    ("Hizbullah, İsrail'in kuzeyine roketli saldırı düzenlediğini duyurdu.", [("LBN", "180", "ISR")]),
    ("Bakan, Rusya'nın saldırılarını kınadığını söyledi.", [("TUR", "111", "RUS")]),
    # the subject of the asked act is asked; "Sudani" is a name, not Sudan (no apostrophe)
    ("Irak Başbakanı Sudani, Türkiye'nin Irak'ın egemenliğine saygı göstermesini istedi.", [("IRQ", "020", "TUR")]),
    ("Türkiye, İsrail'in Filistinli tutukluları serbest bırakmasını istedi.", [("TUR", "020", "ISR")]),
])
def test_possessors_asked_subjects_and_names_without_apostrophes(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("İngiltere, İsrail'e silah ihracatını askıya aldı.", [("GBR", "1622", "ISR")]),
    ("Çin, Filipinler'in Güney Çin Denizi'ndeki faaliyetlerini provokasyon olarak nitelendirdi.", [("CHN", "111", "PHL")]),
    ("Türkiye, Yunanistan'ın adaları silahlandırmasını uluslararası hukukun ihlali olarak değerlendirdi.",
     [("TUR", "111", "GRC")]),
])
def test_halted_arms_exports_and_labels(text, expected):
    assert triples(text) == expected


def test_a_crown_prince_is_an_office_with_its_holder():
    [event] = events_of("Suudi Arabistan Veliaht Prensi Muhammed bin Selman, Beyaz Saray'da Trump ile görüştü.",
                        dateline="2026-03-12")
    assert (event.source.country, event.source.name, event.target.name) == ("SAU", "Muhammed bin Selman", "Donald Trump")


@pytest.mark.parametrize("text, expected", [
    ("AK Parti Sözcüsü Ömer Çelik, CHP'nin açıklamalarına tepki gösterdi.", [("TUR", "PTY", "111", "TUR", "OPP")]),
    ("DEM Parti heyeti, İmralı'da Öcalan ile görüştü.", [("TUR", "OPP", "040", "NSA:PKK", "REB")]),
    # a ministry and the mayors it removes are two parties of one country
    ("İçişleri Bakanlığı, üç belediye başkanını görevden uzaklaştırdı.", [("TUR", "GOV", "172", "TUR", "GOV")]),
    # the city names the seat of the prosecutor's office
    ("Ankara Cumhuriyet Başsavcılığı, gazeteci hakkında soruşturma başlattı.", [("TUR", "JUD", "090", "TUR", "MED")]),
])
def test_domestic_parties_offices_and_seats(text, expected):
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country, e.target.sector)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_the_storys_place_is_not_that_of_a_deed_between_parties_from_elsewhere():
    text = ("KAHİRE (AA) - Mısır Cumhurbaşkanı Sisi, cumartesi günü Kahire'de Filistin Devlet Başkanı Abbas'ı kabul "
            "etti. İsrail ordusu ise aynı gün Gazze'nin kuzeyine hava saldırısı düzenledi.")
    places = {e.cameo: (e.location.name if e.location else None) for e in events_of(text, dateline="2026-06-07")}
    assert places == {"043": "Cairo", "195": None}  # the air strike was not in Cairo


def test_a_hyphenated_dictionary_name_matches_as_the_text_is_split():
    [event] = events_of("Mısır Cumhurbaşkanı Abdulfettah es-Sisi, Gazze'ye insani yardım gönderdi.", dateline="2026-03-12")
    assert (event.source.name, event.target.country) == ("Abdulfettah es-Sisi", "PSE")


@pytest.mark.parametrize("text, expected", [
    ("Hükümet, Diyarbakır'da sokağa çıkma yasağı ilan etti.", [("TUR", "1723", "TUR", "CVL")]),
    ("Gürcistan hükümeti ülke genelinde olağanüstü hal ilan etti.", [("GEO", "1724", "GEO", "CVL")]),
])
def test_curfews_and_emergencies_fall_on_the_doers_own_people(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.target.sector)
            for e in events_of(text, dateline="2026-03-12")] == expected


@pytest.mark.parametrize("text, expected", [
    ("TBMM Başkanı Kurtulmuş, Macaristan Meclis Başkanı'nı resmi törenle karşıladı.", ("TUR", "LEG", "HUN", "LEG")),
    ("NATO Genel Sekreteri Rutte, Rusya'yı eleştirdi.", ("IGO:NATO", "", "RUS", "GOV")),
])
def test_a_generic_office_takes_its_bodys_sector(text, expected):
    [event] = events_of(text, dateline="2026-03-12")
    assert (event.source.country, event.source.sector, event.target.country, event.target.sector) == expected


@pytest.mark.parametrize("text, expected", [
    ("Suriye, Rusya'dan silah yardımı aldı.", [("RUS", "072", "SYR")]),  # the giver stands in the ablative
    ("Ukrayna hükümeti ABD'den yardım aldı.", [("USA", "070", "UKR")]),
    ("Gazeteci, AİHM önünde tehdit aldığını söyledi.", []),  # no one named threatens: no event
])
def test_what_a_party_receives_is_given_by_the_one_in_the_ablative(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin yönetimi Ukrayna'yı suçladı.", [("RUS", "GOV", "Putin yönetimi", "112", "UKR")]),
    ("Suriyeli muhalefet, Esad rejimiyle görüştü.", [("SYR", "OPP", "Suriyeli muhalefet", "040", "SYR")]),
    ("YPG'nin Esad rejimi ile anlaşma yapmaması gerekiyor.", []),  # no leader acts on his own government
])
def test_a_government_named_for_its_leader_is_that_states_government(text, expected):
    assert [(e.source.country, e.source.sector, e.source.name or e.source.office, e.cameo, e.target.country)
            for e in events_of(text, dateline="2026-03-12")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Rusya, Ukrayna'ya saldırmak istiyor.", [("RUS", "138", "UKR", True)]),  # a wish is a plan: intent
    ("Çin, Azerbaycan ile işbirliğini geliştirmek istiyor.", [("CHN", "032", "AZE", True)]),
    ("Türkiye, Irak'a yardım göndermek mümkün olabilir dedi.", []),  # only possible: no event
    ("Bakan, Türkiye'nin Suriye'ye yardım göndermesinin mümkün olduğunu söyledi.", []),
])
def test_wished_acts_are_planned_and_possible_acts_are_not_coded(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.intent)
            for e in events_of(text, dateline="2026-03-12")] == expected


@pytest.mark.parametrize("text, expected", [
    ("İran, Türkiye'yi Irak'ın iç işlerine karışmakla suçladı.", [("IRN", "112", "TUR")]),
    ("Çin, ABD'yi Tayvan'a silah satmakla itham etti.", [("CHN", "112", "USA")]),  # the sale is only charged
    ("İran, Türkiye'yi Irak'a saldırmakla suçladı.", [("IRN", "112", "TUR")]),
])
def test_the_accused_is_the_accusative_before_the_charge(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a genitive before a relative verb is that verb's subject, and owns the noun the verb describes
    ("Fidan, Irak'ın PKK'ya karşı attığı adımları memnuniyetle karşıladığını belirtti.", [("TUR", "051", "IRQ")]),
    ("Çin, ABD'nin Tayvan'a sattığı silahları eleştirdi.", [("CHN", "111", "USA")]),
    # an object relative clause: the genitive acts on the noun it describes
    ("Türkiye, Rusya'nın desteklediği Esad rejimini kınadı.", [("RUS", "051", "SYR"), ("TUR", "111", "SYR")]),
    ("ABD'nin yaptırım uyguladığı İran, tepki gösterdi.", [("USA", "163", "IRN"), ("IRN", "111", "USA")]),
    # the relative verb's subject is the genitive nearest before it, not an earlier one
    ("Bakan Fidan, Irak'ın, BM'nin başlattığı süreci desteklemesi gerektiğini söyledi.", [("TUR", "020", "IRQ")]),
])
def test_relative_clauses_with_a_genitive_subject(text, expected):
    assert triples(text) == expected


def test_a_place_describing_a_noun_is_where_deeds_on_it_happen_not_words_about_it():
    text = ("Dışişleri Bakanı Fidan, dün Ankara'da Irak Dışişleri Bakanı Fuad Hüseyin ile görüştü. "
            "Hüseyin, Türk ordusunun kuzey Irak'taki operasyonlarını eleştirdi. "
            "İsrail ordusu, Gazze'deki bir hastaneyi bombaladı.")
    meeting, criticism, strike = events_of(text, dateline="2026-03-12")
    assert (criticism.cameo, criticism.location.name) == ("111", "Ankara")
    assert (strike.cameo[:2], strike.location.country) == ("19", "PSE")


def test_summoning_an_envoy_to_the_ministry_is_a_protest_to_the_envoys_state():
    [event] = events_of("Türkiye, İsrail Büyükelçisini Dışişleri Bakanlığına çağırdı.", dateline="2026-03-12")
    assert (event.source.country, event.cameo, event.target.country, event.target.role) == \
        ("TUR", "114", "ISR", "büyükelçisi")  # not the ministry the verb phrase begins inside


@pytest.mark.parametrize("text, expected", [
    # civilians in a "gerek" clause are to be protected, not asked
    ("Miçotakis, sivillerin korunması gerektiğini ifade etti.", []),
    ("Bakan, İsrail'in Gazze'den çekilmesi gerektiğini söyledi.", [("TUR", "020", "ISR")]),
    # a charge in quotation marks is still only charged
    ("Cumhurbaşkanı Erdoğan, İsrail'i \"soykırım yapmakla\" suçladı.", [("TUR", "112", "ISR")]),
])
def test_protected_civilians_and_quoted_charges(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a protest at a place its object names is not against that place; one with an object of its own is
    # not against the protesters' government either
    ("İstanbul'da toplanan yüzlerce kişi, Gazze'deki saldırıları protesto etti.", [("TUR", "140", None)]),
    ("Göstericiler, İsrail Başkonsolosluğu önünde İsrail aleyhine slogan attı.", [("TUR", "141", "ISR")]),
    ("Ankara'da binlerce kişi hükümeti protesto etti.", [("TUR", "140", "TUR")]),
    ("Filistinli mahkumlar İsrail'de bir cezaevinde isyan çıkardı.", [("PSE", "145", "ISR")]),
])
def test_protests_and_riots(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # words on an act told before answer the party that last acted on the speaker's country
    ("AB, İran'a yaptırım uyguladı. Tahran yönetimi kararı kınadı.", [("IGO:EU", "163", "IRN"), ("IRN", "111", "IGO:EU")]),
    ("Çin kararı kınadı.", []),  # nothing told before: no party
    ("Dışişleri Bakanlığı Sözcüsü Öncü Keçeli, Yunanistan'ı eleştirdi.", [("TUR", "111", "GRC")]),
])
def test_answers_to_acts_told_before_and_officers_of_bodies(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # forces named by a nationality opening the sentence are its subject; a city struck is its country's
    ("Rus güçleri Harkiv'e saldırdı.", [("RUS", "MIL", "180", "UKR")]),
    ("İsrail, Beyrut'a hava saldırısı düzenledi.", [("ISR", "GOV", "195", "LBN")]),
    # a possessor may stand before a bare modifier noun and its head ("Türkiye'nin arabuluculuk çabalarını")
    ("Putin, Türkiye'nin arabuluculuk çabalarını takdir ettiğini belirtti.", [("RUS", "GOV", "051", "TUR")]),
    # the genitive before a relative verb that describes the act itself does that act
    ("Ukrayna, Rus güçlerinin Harkiv'e düzenlediği füze saldırısında 4 sivilin öldüğünü açıkladı.",
     [("RUS", "MIL", "195", "UKR")]),
])
def test_forces_struck_cities_and_possessors(text, expected):
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_adverbials_may_stand_between_an_act_noun_and_its_turkish_verb():
    [event] = events_of("Irak'ın talepleri Ankara'ya dün akşam resmi kanallardan iletildi.", dateline="2026-03-12")
    assert (event.source.country, event.cameo, event.target.country) == ("IRQ", "020", "TUR")


@pytest.mark.parametrize("text, expected", [
    # the first-person aorist offers a cooperative act: intent; words of conflict in it are said now
    ('Bahçeli, "Hükümete destek veririz" dedi.', [("TUR", "032", "TUR", True)]),
    ('Erdoğan, "Filistin\'e yardım ederiz" dedi.', [("TUR", "033", "PSE", True)]),
    ('Bakan, "İsrail\'i kınarız" dedi.', [("TUR", "111", "ISR", False)]),
])
def test_the_first_person_aorist_offers_cooperation(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.intent)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_an_offer_answers_whoever_meets_its_condition():
    text = 'Bahçeli, "CHP ve İYİ Parti bir ittifak kurarsa biz dışarıdan destek veririz" dedi.'
    [event] = events_of(text, dateline="2026-03-12")
    assert (event.source.name, event.cameo, event.target.country, event.target.sector, event.intent) == \
        ("Devlet Bahçeli", "032", "TUR", "OPP", True)


@pytest.mark.parametrize("text, expected", [
    ("Erdoğan'ın Moskova'ya yaptığı ziyaret olumlu geçti.", [("TUR", "042", "RUS")]),
    ("Erdoğan'ın Moskova'ya ziyaret yaptığı gün piyasalar yükseldi.", []),  # the visit only dates the rise
    ("İsrail'e baskı yapmak ve yardımları Gazze'ye ulaştırmak mümkün olabilir.", []),
])
def test_acts_that_date_others_or_are_only_possible(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("İki Fransız gazeteci İran'da gözaltına alındı.", [("IRN", "COP", "173", "FRA")]),  # the police of that place
    ("Gazeteci gözaltına alındı.", [("TUR", "COP", "173", "TUR")]),  # no place: the home country's
])
def test_an_arrest_with_no_doer_named_is_by_the_police_of_where_it_happened(text, expected):
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_words_in_the_lead_are_placed_at_the_venue_named_after_them():
    text = ("Fidan: Suriye'nin toprak bütünlüğünü destekliyoruz\n"
            "Dışişleri Bakanı Hakan Fidan, Türkiye'nin Suriye'nin toprak bütünlüğünü desteklediğini söyledi. "
            "Fidan, Riyad'da düzenlenen toplantıda konuştu.")
    [event] = events_of(text, dateline="2026-03-12")
    assert (event.cameo, event.target.country, event.location.name) == ("051", "SYR", "Riyadh")


@pytest.mark.parametrize("text, expected", [
    ("Hamas, İsrail'e karşı savaşmaya yemin etti.", [("PSE", "138", "ISR", True)]),  # a vow plans the fight
    ("Rusya ve Ukrayna savaştı.", [("RUS", "190", "UKR", False), ("UKR", "190", "RUS", False)]),
    ("Cumhurbaşkanı, TBMM'de yemin etti.", []),  # an oath of office: no party, no event
])
def test_vows_and_fights(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.intent)
            for e in events_of(text, dateline="2026-03-12")] == expected


def test_an_office_in_a_case_of_its_own_has_no_holder_named_after_it():
    text = "MHP lideri Devlet Bahçeli, DEM Parti heyetinin İmralı'ya yapacağı ziyareti desteklediklerini belirtti."
    assert [(e.source.name, e.cameo, e.target.country, e.target.sector, e.target.name)
            for e in events_of(text, dateline="2026-03-12")] == [("Devlet Bahçeli", "051", "TUR", "OPP", None)]


@pytest.mark.parametrize("text, expected", [
    ("Türkiye, Suriye'nin istediğimiz noktaya ulaşmasını bekliyor.", []),  # the point we want: no appeal
    ("Bakan, İsrail'in istediğimiz şekilde davranmadığını söyledi.", []),
    ("Türkiye, Rusya'dan ateşkes istedi.", [("TUR", "020", "RUS")]),
])
def test_the_way_or_point_one_wants_is_no_appeal(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a law forbids ("cannot be arrested") is no act; an arrest that failed is a negated one
    ("Bir büyükelçi, görev süresi boyunca tutuklanamaz ve yargılanamaz.", []),
    ("Gazeteci gözaltına alınamadı.", [("TUR", "173", "TUR", True)]),
])
def test_rules_that_forbid_an_act_are_no_events(text, expected):
    assert [(e.source.country, e.cameo, e.target.country, e.negated)
            for e in events_of(text, dateline="2026-03-12")] == expected


@pytest.mark.parametrize("text, expected", [
    # a possessor may stand before two bare modifiers of the object ("AB üyelik müzakerelerini")
    ("Macaristan, Ukrayna'nın AB üyelik müzakerelerini veto edeceğini açıkladı.", [("HUN", "129", "UKR")]),
    # a ministry named with no country is the home country's, not that of a place named after it
    ("Dışişleri Bakanlığı, İsrail'in Batı Şeria'daki yerleşim kararını kınadı.", [("TUR", "111", "ISR")]),
    # a visit to come is a planned meeting, and with the talks planned on it, one event
    ("Almanya Başbakanı, Ankara'ya yapacağı ziyarette Erdoğan ile göç meselesini görüşecek.", [("DEU", "036", "TUR")]),
])
def test_possessors_ministries_and_planned_visits(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Türkiye ve Mısır, ticaret hacmini artırma hedefi konusunda uzlaştı.", [("TUR", "057", "EGY"), ("EGY", "057", "TUR")]),
    ("Rusya ile Ukrayna esir takası konusunda anlaştı.", [("UKR", "057", "RUS"), ("RUS", "057", "UKR")]),
    ("Anlaşmanın ayrıntıları açıklanmadı.", []),  # the noun "anlaşma" is no verb
])
def test_coming_to_terms_is_a_mutual_agreement(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Almanya, Polonya sınırına asker konuşlandırdı.", [("DEU", "154", "POL")]),
    ("Almanya, Polonya'ya ait bir İHA'yı düşürdü.", [("DEU", "190", "POL")]),
    ("Merkez Bankası faizleri düşürdü.", []),  # lowering rates shoots nothing down
    ("Almanya, Polonya'ya gümrük vergisi getirdi.", [("DEU", "163", "POL")]),
    ("Rusya, Ukrayna'nın iddialarını yalanladı.", [("RUS", "016", "UKR")]),
    ("İsrail, Gazze'yi abluka altına aldı.", [("ISR", "191", "PSE")]),
])
def test_added_turkish_codebook_phrases(text, expected):
    assert triples(text) == expected


def test_support_that_continues_and_places_that_only_describe_are_not_the_storys():
    text = ("ANKARA, 14 Nisan 2026 (AA) - Cumhurbaşkanı Erdoğan, Filistin Devlet Başkanı Mahmud Abbas ile görüştü. "
            "Erdoğan, Türkiye'nin Filistin davasına desteğinin süreceğini vurguladı. "
            "Erdoğan, İsrail'in Gazze'deki saldırılarını kınadı.")
    events = eventwire.code(text, rules_only=True).events
    assert [(e.source.country, e.cameo, e.target.country, e.intent, e.location.name) for e in events] == [
        ("TUR", "040", "PSE", False, "Ankara"), ("TUR", "032", "PSE", True, "Ankara"), ("TUR", "111", "ISR", False, "Ankara")]


@pytest.mark.parametrize("text, expected", [
    # a country right before the verb keeps its own case: the verb's ending is no case of a compound
    ("Rusya ile Ukrayna çatıştı.", [("UKR", "190", "RUS"), ("RUS", "190", "UKR")]),
    ("Türkiye Suriye'yi eleştirdi.", [("TUR", "111", "SYR")]),
    ("Türk SİHA'ları PKK mevzilerini vurdu.", [("TUR", "195", "NSA:PKK")]),  # an act noun still takes the case
])
def test_a_country_before_the_verb_keeps_its_case(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bakanlık, cezanın kaldırılması için Danıştay'a başvurdu.", []),  # a filing to a court is procedure
    ("Ukrayna, BM'ye başvurdu.", [("UKR", "020", "IGO:UN")]),
])
def test_a_filing_to_a_court_is_no_appeal_to_a_party(text, expected):
    assert triples(text) == expected


def test_the_ruling_power_is_the_government():
    [event] = events_of("CHP Genel Başkan Yardımcısı Ali Mahir Başarır, iktidarı asgari ücret konusunda eleştirdi.",
                        dateline="2026-03-12")
    assert (event.source.sector, event.cameo, event.target.country, event.target.sector) == ("OPP", "111", "TUR", "GOV")


@pytest.mark.parametrize("text, expected", [
    ("Muhalefet, hükümeti istifaya çağırdı.", [("TUR", "0241", "TUR")]),
    ("İYİ Parti Genel Başkanı Müsavat Dervişoğlu, Dışişleri Bakanı Hakan Fidan'ı istifaya davet etti.",
     [("TUR", "0241", "TUR")]),
])
def test_calls_to_resign_appeal_for_a_change_of_leadership(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("İsrail ordusu, Gazze'de sivilleri hedef aldı.", [("ISR", "180", "PSE")]),  # armed men or civilians: a deed
    ("Erdoğan, konuşmasında muhalefeti hedef aldı.", [("TUR", "111", "TUR")]),  # words
])
def test_targeting_by_armed_men_or_of_civilians_is_an_attack(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive relative ("düzenlenen saldırı") is done by its agent; the dead are no attackers
    ("İsrail tarafından Gazze'ye düzenlenen saldırıda 5 kişi öldü.", [("ISR", "180", "PSE")]),
    ("Gazze'ye düzenlenen saldırıda 5 kişi öldü.", []),
    ("İsrail, Gazze'ye yönelik saldırılarını sürdürüyor.", [("ISR", "180", "PSE")]),  # attacks that go on
])
def test_a_passive_relative_act_is_done_by_its_agent(text, expected):
    assert triples(text) == expected


def test_a_phrase_coded_as_no_act_hides_the_act_inside_it():
    # "tehdit altında" (under threat) is a state: a verbs.txt line with code "-" hides "tehdit"
    said = "Bakan Davutoğlu, Suriye'den gelen göç nedeniyle güvenliğimizin tehdit altında kaldığını söyledi."
    assert events_of(said, dateline="2026-03-12") == []
    [event] = events_of("Rusya, Ukrayna'yı tehdit altına aldı.", dateline="2026-03-12")
    assert (event.source.country, event.cameo, event.target.country) == ("RUS", "130", "UKR")


MEETING_STORY = """ANKARA (AA) - Dışişleri Bakanı Hakan Fidan, Mısır Dışişleri Bakanı Bedr Abdulati ile salı günü Kahire'de bir araya geldi.

Görüşmede Gazze'deki insani durum ve bölgesel gelişmeler ele alındı. Fidan, görüşmenin ardından düzenlenen ortak basın toplantısında, İsrail'in Gazze'deki sivillere yönelik hava saldırılarını kınadı ve uluslararası toplumu harekete geçmeye çağırdı.

Abdulati de Türkiye'nin Gazze'ye insani yardım ulaştırma çabalarını takdir ettiğini belirterek, iki ülkenin ateşkesin sağlanması için birlikte çalışmaya devam edeceğini söyledi.

Fidan, Mısır'ın arabuluculuk çabalarına destek verdiklerini vurgulayarak, "Türkiye olarak Filistin halkının yanında olmaya devam edeceğiz" dedi.

İki bakan, ayrıca ticaret hacmini 15 milyar dolara çıkarma hedefine ilişkin mutabakat zaptı imzaladı."""


def test_a_meeting_story_of_our_own_end_to_end():
    coded = {(e.cameo, e.source.country, e.target.country, e.intent) for e in events_of(MEETING_STORY, dateline="2026-03-12")}
    assert coded == {
        ("040", "TUR", "EGY", False),  # the meeting on Tuesday
        ("111", "TUR", "ISR", False),  # Israel's attacks condemned; the international community is asked: no code
        ("051", "EGY", "TUR", False),  # Turkey's aid efforts praised (the aid itself is their content)
        ("031", "TUR", "EGY", True), ("031", "EGY", "TUR", True),  # "iki ülkenin ... birlikte çalışmaya devam"
        ("051", "TUR", "EGY", False),  # support for Egypt's mediation
        ("032", "TUR", "PSE", True),  # "Filistin halkının yanında olmaya devam edeceğiz": we will
        ("057", "TUR", "EGY", False), ("057", "EGY", "TUR", False),  # "iki bakan ... mutabakat zaptı imzaladı"
    }
    assert {e.date for e in events_of(MEETING_STORY, dateline="2026-03-12")} == {"2026-03-10"}


STRIKES_STORY = """İsrail ordusu, dün Lübnan'ın güneyindeki köylere hava saldırıları düzenledi. Lübnan Sağlık Bakanlığı, saldırılarda 12 kişinin hayatını kaybettiğini açıkladı.

Hizbullah, saldırılara karşılık olarak İsrail'in kuzeyindeki askeri mevzileri roketlerle vurduğunu duyurdu.

Lübnan Başbakanı Nevaf Selam, İsrail'in saldırılarını kınayarak BM Güvenlik Konseyi'ni acil toplanmaya çağırdı. Fransa Dışişleri Bakanlığı da taraflara itidal çağrısında bulundu.

ABD Dışişleri Bakanı Rubio, İsrail'in kendini savunma hakkı olduğunu söyledi ve Hizbullah'ı bölgeyi istikrarsızlaştırmakla suçladı."""


def test_a_strikes_story_of_our_own_end_to_end():
    coded = [(e.cameo, e.source.country, e.target.country) for e in events_of(STRIKES_STORY, dateline="2026-03-12")]
    assert coded == [
        ("195", "ISR", "LBN"),  # air strikes, plural
        ("190", "LBN", "ISR"),  # Hezbollah's own strike it announces: "İsrail'in kuzeyindeki" owns the positions
        ("111", "LBN", "ISR"), ("020", "LBN", "IGO:UN"),
        ("020", "FRA", "ISR"), ("020", "FRA", "LBN"),  # "taraflara": the story's two parties, from its first fight
        ("112", "USA", "LBN"),
    ]


@pytest.mark.parametrize("text", [
    "Batılı diplomatlar, İran'ı eleştirdi.",  # officials of a party no code stands for
    "Fidan, Ankara'da konuştu. Batılı diplomatlar ise kararı eleştirdi.",  # and no earlier subject carries over
])
def test_officials_of_an_uncoded_party_act_for_no_coded_actor(text):
    assert [e for e in events_of(text, dateline="2026-03-12") if e.evidence.trigger.startswith("eleştir")] == []


DOMESTIC_STORY = """CHP Genel Başkanı Özgür Özel, partisinin grup toplantısında hükümetin ekonomi politikalarını sert bir dille eleştirdi. Özel, Cumhurbaşkanı Erdoğan'ı erken seçime gitmeye çağırdı.

AK Parti Grup Başkanvekili Abdullah Güler ise Özel'in açıklamalarına tepki göstererek, CHP'yi halkı yanıltmakla suçladı.

MHP Genel Başkanı Devlet Bahçeli de CHP'nin erken seçim çağrısını reddetti ve seçimlerin zamanında yapılacağını söyledi.

Öte yandan İstanbul Cumhuriyet Başsavcılığı, iki CHP'li belediye başkanı hakkında yolsuzluk soruşturması başlattı. Soruşturma kapsamında 15 kişi gözaltına alındı."""


def test_a_domestic_politics_story_of_our_own_end_to_end():
    coded = [(e.cameo, e.source.sector, e.target.sector) for e in events_of(DOMESTIC_STORY, dateline="2026-03-12")]
    assert coded == [
        ("111", "OPP", "GOV"), ("020", "OPP", "GOV"),  # the opposition leader criticises and calls on Erdoğan
        ("111", "PTY", "OPP"), ("112", "PTY", "OPP"),  # the ruling party's group deputy chair answers
        ("120", "PTY", "OPP"),  # the call for early elections is rejected
        ("090", "JUD", "OPP"),  # prosecutors investigate opposition mayors
        ("173", "COP", "CVL"),  # 15 people detained (by the police, the passive's default agent)
    ]


UN_STORY = """BM Genel Sekreteri Antonio Guterres, Sudan'da çatışan taraflara derhal ateşkes ilan etme çağrısında bulundu.

Guterres, Hızlı Destek Kuvvetleri'nin Darfur'da sivillere yönelik saldırılarını kınadı ve sorumluların hesap vermesi gerektiğini vurguladı.

Sudan hükümeti ise BM'nin açıklamasını memnuniyetle karşıladığını bildirdi.

Afrika Birliği de Sudan'a insani yardım ulaştırılması için taraflar arasında arabuluculuk yapmaya hazır olduğunu açıkladı."""


def test_a_un_story_of_our_own_end_to_end():
    events = events_of(UN_STORY, dateline="2026-03-12")
    assert [(e.cameo, e.source.country, e.target.country, e.target.sector) for e in events] == [
        ("020", "IGO:UN", "SDN", ""),  # "Sudan'da çatışan taraflara": the warring parties of that country
        ("111", "IGO:UN", "SDN", "REB"),  # the Rapid Support Forces own the attacks; "Darfur'da" is no name
        ("051", "SDN", "IGO:UN", ""),
        ("039", "IGO:AU", "SDN", "GOV"),  # ready to mediate; the aid "ulaştırılması için" is a purpose
    ]
    # "Sudan'da çatışan": the place of the fighting, not of the Secretary-General's appeal
    assert {(e.location.name if e.location else None) for e in events} == {None}


IRAQ_STORY = """ANKARA, 14 Mart (AA) - Dışişleri Bakanı Hakan Fidan, dün Bağdat'ta Iraklı mevkidaşı Fuad Hüseyin ile bir araya geldi.
Fidan, Irak hükümetine PKK'ya karşı daha kararlı adımlar atması çağrısında bulundu.
Hüseyin ise Türkiye'nin Irak'ın kuzeyindeki hava saldırılarını eleştirdi ve Irak'ın egemenliğine saygı gösterilmesini istedi.
Öte yandan Birleşmiş Milletler tarafından Musul'a 200 ton insani yardım ulaştırıldı.
Irak Başbakanı Muhammed Şiya es-Sudani de Fidan'ı kabul etti."""


def test_an_iraq_story_of_our_own_end_to_end():
    events = events_of(IRAQ_STORY)
    assert [(e.cameo, e.source.country, e.source.name, e.target.country) for e in events] == [
        ("040", "TUR", "Hakan Fidan", "IRQ"),
        ("020", "TUR", "Hakan Fidan", "IRQ"),  # the government is asked, the PKK is what the steps are against
        ("111", "IRQ", "Fuad Hüseyin", "TUR"),  # Turkey's strikes, "Irak'ın kuzeyindeki" only places them
        ("020", "IRQ", "Fuad Hüseyin", "TUR"),  # a passive act asked of no one named: the story's other party
        ("073", "IGO:UN", None, "IRQ"),  # aid sent to a city goes to its country
        ("043", "IRQ", "Muhammed Şiya es-Sudani", "TUR"),
    ]
    assert events[0].target.name == "Fuad Hüseyin"  # "mevkidaşı" names its holder; not Saddam Hüseyin
    assert not any(e.cameo.startswith("03") for e in events)  # "kararlı adımlar": an adjective, no intent


@pytest.mark.parametrize("text, expected", [
    ("Fuat Hüseyin, Türkiye'yi eleştirdi.", "Fuat Hüseyin"),  # a given name before a dictionary surname
    ("Saddam Hüseyin, İran'a saldırdı.", "Saddam Hüseyin"),
])
def test_a_dictionary_surname_after_another_given_name_is_a_namesake(text, expected):
    assert events_of(text, dateline="2003-01-10")[0].source.name == expected


@pytest.mark.parametrize("text, expected", [
    ("Irak, Türkiye'ye ortak komisyon kurulmasını önerdi.", [("IRQ", "020", "TUR")]),
    ("Irak, egemenliğine saygı gösterilmesini istedi.", []),  # asked of no party named
    ("Türkiye, Gazze'de insani yardım dağıttı.", [("TUR", "073", "PSE")]),
    ("Türkiye, İsrail'in saldırılarını durdurmasını istedi.", [("TUR", "020", "ISR")]),  # an active act: its subject
])
def test_proposals_passive_requests_and_aid_to_a_place(text, expected):
    assert triples(text) == expected


def test_an_attack_by_armed_drones_is_an_aerial_attack():
    assert triples("Türk SİHA'ları Suriye'de PKK'ya saldırdı.") == [("TUR", "195", "NSA:PKK")]


AEGEAN_STORY = """İSTANBUL (AA) - Yunanistan Dışişleri Bakanı Yorgos Gerapetritis, Atina'da gazetecilere yaptığı açıklamada, Türk savaş uçaklarının Yunan hava sahasını ihlal etmesini eleştirdi.
Türkiye Milli Savunma Bakanlığı ise iddiaları reddetti.
Öte yandan İstanbul'da düzenlenen gösteride polis, göstericilere biber gazıyla müdahale etti.
Emniyet kaynakları, 30 kişinin gözaltına alındığını bildirdi."""


def test_an_aegean_story_of_our_own_end_to_end():
    events = events_of(AEGEAN_STORY)
    assert [(e.cameo, e.source.country, e.source.sector, e.target.country, e.target.sector) for e in events] == [
        ("111", "GRC", "GOV", "TUR", "MIL"),  # the genitive subject of the act criticised; "Yunan" is inside it
        ("120", "TUR", "MIL", "GRC", "GOV"),  # the claims rejected are the Greek minister's
        ("175", "TUR", "COP", "TUR", "CVL"),  # tear gas on demonstrators: repression
        ("173", "TUR", "COP", "TUR", "CVL"),  # the people detained are of the place last named, not Athens
    ]


@pytest.mark.parametrize("text, expected", [
    ("Polis, Ankara'daki gösteriyi biber gazı ve tazyikli suyla dağıttı.", [("TUR", "175", "TUR")]),
    ("Türkiye, Gazze'de insani yardım dağıttı.", [("TUR", "073", "PSE")]),  # aid handed out is no dispersal
    ("İran, İsrail'e misilleme yapacağını açıkladı.", [("IRN", "138", "ISR")]),
])
def test_repression_with_no_people_named_and_retaliation(text, expected):
    assert triples(text) == expected


def test_force_used_by_protesters_is_a_violent_protest():
    assert triples("Göstericiler, İstanbul'da polise saldırdı.") == [("TUR", "145", "TUR")]


@pytest.mark.parametrize("text, expected", [
    ("Fidan, Irak devletinin güçlendirilmesi gerektiğini vurguladı.", []),  # a passive act: the state is acted on
    ("Fidan, Irak'ın PKK ile mücadele etmesi gerektiğini vurguladı.", [("TUR", "020", "IRQ")]),  # its subject is asked
])
def test_a_needed_passive_act_asks_no_one(text, expected):
    assert triples(text) == expected


HUNGARY_STORY = """ANKARA, 5 Mayıs 2026 (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Macaristan Başbakanı Viktor Orban'ı Beştepe'de resmi törenle karşıladı.
Erdoğan, ortak basın toplantısında Macaristan'ın Türkiye'nin AB üyeliğine verdiği destekten dolayı Orban'a teşekkür etti.
Orban ise Türkiye'nin Rusya ile Ukrayna arasındaki arabuluculuk çabalarını takdir ettiğini söyledi.
Bakanlık açıklamasında, uluslararası toplumun İsrail'e yaptırım uygulaması gerektiği vurgulandı.
Bu arada Yunanistan, Ankara Büyükelçisini istişare için geri çağırdı.
Rusya ise Türkiye'ye buğday ihracatını geçici olarak durdurduğunu duyurdu."""


def test_a_state_visit_story_of_our_own_end_to_end():
    events = events_of(HUNGARY_STORY)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [
        ("043", "TUR", "HUN"),
        ("051", "TUR", "HUN"),  # thanked the one in the dative right before the verb, not the owner of a reason
        ("051", "HUN", "TUR"),  # Turkey owns the efforts appreciated; the speaker appreciates them
        # (an appeal to the international community: no party we code is asked)
        ("161", "GRC", "TUR"),  # an ambassador recalled
        ("163", "RUS", "TUR"),  # exports halted: an embargo
    ]


OPERATION_STORY = """DİYARBAKIR (AA) - Milli Savunma Bakanlığı, Irak'ın kuzeyinde düzenlenen hava harekatında 14 PKK'lı teröristin etkisiz hale getirildiğini bildirdi.
Irak Dışişleri Bakanlığı ise Türkiye'nin egemenlik ihlallerine son vermesini talep etti.
Türkiye, saldırıyı en güçlü şekilde lanetledi.
Bu arada Almanya'nın Köln kentinde yaşayan Türkler, İsrail'in Gazze politikalarını protesto etti.
Göstericiler, Almanya hükümetine İsrail'e silah satışını durdurma çağrısında bulundu."""


def test_an_operation_story_of_our_own_end_to_end():
    events = events_of(OPERATION_STORY)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [
        ("195", "TUR", "IRQ"), ("190", "TUR", "NSA:PKK"),
        ("100", "IRQ", "TUR"),
        ("140", "TUR", "ISR"),  # Israel owns the policies; "Gazze" only names them
        ("020", "DEU", "DEU"),  # the demonstrators of the new story's place, Cologne, not of northern Iraq
    ]
    # "Irak'ın kuzeyinde": a genitive name before a part of it is where it happened
    assert [(e.location.name if e.location else None) for e in events] == ["Iraq", "Iraq", "Iraq", "Köln", "Köln"]
    assert events_of("Türkiye, saldırıyı en güçlü şekilde lanetledi.") == []  # no doer named for the attack
    assert triples("Türkiye, terör saldırısını düzenleyen IŞİD'i lanetledi.")[-1] == ("TUR", "111", "NSA:ISIL")


@pytest.mark.parametrize("text, expected", [
    ("Türkiye, Filistin Devleti'ni tanıdı.", [("TUR", "054", "PSE")]),
    ("Muhalefet, Rusya'daki seçim sonuçlarını tanıdı.", []),  # results are recognised, not Russia
])
def test_recognition_is_of_a_party_in_the_accusative(text, expected):
    assert triples(text) == expected


NATO_STORY = """BRÜKSEL, 11 Temmuz 2026 (AA) - NATO liderleri, Brüksel'de düzenlenen zirvede Ukrayna'ya uzun vadeli askeri destek sağlama kararı aldı.
Zirvede konuşan NATO Genel Sekreteri Mark Rutte, Rusya'yı Avrupa güvenliğine yönelik en büyük tehdit olarak nitelendirdi.
Cumhurbaşkanı Erdoğan, zirve marjında ABD Başkanı Donald Trump ile bir araya geldi.
Öte yandan Rusya ile Ukrayna, Türkiye'nin arabuluculuğunda 300'er esiri takas etti."""


def test_a_summit_story_of_our_own_end_to_end():
    events = events_of(NATO_STORY)
    assert [(e.cameo, e.source.country, e.target.country, e.intent) for e in events] == [
        ("0332", "IGO:NATO", "UKR", True),  # a decision to give military support: a plan
        # (calling Russia a threat labels it: no threat is made)
        ("040", "TUR", "USA", False),
        ("0841", "UKR", "RUS", False), ("0841", "RUS", "UKR", False),
    ]


def test_a_price_to_pay_said_of_a_party_is_a_threat_to_it():
    assert triples("Erdoğan, İsrail'in bunun bedelini ağır ödeyeceğini söyledi.") == [("TUR", "130", "ISR")]


def test_a_towns_own_name_beats_another_towns_alternate_name():
    from eventwire.gazetteer import gazetteer

    # GeoNames lists "Mudanya" among Sapanca's alternate names too; Sapanca is larger
    assert gazetteer().city("Mudanya").name == "Mudanya"


GAZA_STORY = """GAZZE (AA) - İsrail ordusunun Gazze Şeridi'nin güneyindeki Han Yunus kentine düzenlediği hava saldırısında 15 Filistinli hayatını kaybetti.
Hamas, İsrail'i ateşkesi ihlal etmekle suçladı ve arabulucu ülkeleri harekete geçmeye çağırdı.
Katar, Gazze'ye 50 tır insani yardım gönderdi."""


def test_a_gaza_story_of_our_own_end_to_end():
    events = events_of(GAZA_STORY)
    assert [(e.cameo, e.source.country, e.source.sector, e.target.country) for e in events] == [
        ("195", "ISR", "MIL", "PSE"),  # "Gazze Şeridi'nin güneyindeki": a place, not the owner of the strike
        ("112", "PSE", "REB", "ISR"),
        # (the mediating countries asked to act are no one state)
        ("073", "QAT", "GOV", "PSE"),
    ]


def test_criticism_of_detentions_answers_the_police_that_made_them():
    text = ("İstanbul'da polis, izinsiz gösteri düzenleyen 40 kişiyi gözaltına aldı. "
            "CHP Genel Başkanı Özgür Özel, gözaltıları sert bir dille eleştirdi.")
    assert [(e.source.sector, e.cameo, e.target.sector) for e in events_of(text)] == [("COP", "173", "CVL"),
                                                                                      ("OPP", "111", "COP")]


def test_commitments_kept_or_broken_are_no_new_promise():
    assert triples("AB, İran'ın nükleer programıyla ilgili taahhütlerini yerine getirmediğini söyledi.") == []


def test_civilians_targeted_as_told_by_a_minister_is_an_accusation():
    assert triples("Fidan, Myanmar ordusunun sivilleri yeniden hedef almaya devam ettiğini belirtti.") == [
        ("TUR", "112", "MMR")]


def test_what_something_has_come_to_do_is_no_act():
    assert triples("Suriye'deki kriz, bölgesel barışı tehdit eder hale geldi.") == []
    assert triples("Rusya, Ukrayna'yı tehdit etti.") == [("RUS", "130", "UKR")]


def test_aid_received_in_a_ministers_quoted_words_goes_to_his_country():
    text = ('Bakan Fidan, depremzedelere yapılan yardımlar için şunları söyledi: "Bugüne kadar Japonya’dan 500 çadır '
            'yardımı kabul edilmiştir. Ayrıca Kızılhaç tarafından 2 bin battaniye yardımı yapılmıştır."')
    assert triples(text) == [("JPN", "070", "TUR"), ("IGO:RCRC", "070", "TUR")]  # the quotation is the minister's


def test_aid_accepted_from_a_giver_is_the_givers():
    assert triples("Türkiye, Japonya'dan yardım kabul etti.") == [("JPN", "070", "TUR")]


def test_an_act_that_only_times_another_is_told_elsewhere():
    text = ("AK Parti Milletvekili Ali Kaya, bütçe görüşmeleri sırasında söz alan CHP Milletvekili "
            "Mehmet Demir'i eleştirdi.")
    assert [e.cameo for e in events_of(text, dateline="2026-03-12")] == ["111"]  # no meeting


def test_a_letter_to_a_leader_is_an_appeal():
    text = "CHP Milletvekili Ali Demir, yurttaşların taleplerinin karşılanması için Başbakan'a mektup yazdı."
    assert [(e.source.sector, e.cameo, e.target.sector) for e in events_of(text, dateline="2026-03-12")] == [
        ("OPP", "020", "GOV")]


@pytest.mark.parametrize("text, expected", [
    # a name in a compound ("Suriye sorununun") owns nothing and is asked nothing; the contacts are with Iran
    ('Bakan Fidan, "İran ile Suriye sorununun ele alınmasına dair temaslar sürüyor" dedi.', [("TUR", "040", "IRN")]),
    # adverbials between the act noun and its verb: "temasların ... sürdüğünü"
    ("Kremlin Sözcüsü Dmitriy Peskov, Fransa ile temasların Cenevre'de varılan ilk uzlaşma temelinde sürdüğünü "
     "söyledi.",
     [("RUS", "040", "FRA")]),
    ("Türkiye ile Irak arasındaki temaslar sürüyor.", [("TUR", "040", "IRQ")]),  # "arasındaki" marks a pair too
    ("Rusya, ABD ile temaslarını sürdürüyor.", [("RUS", "040", "USA")]),
])
def test_continuing_contacts_and_names_inside_compounds(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("NATO zirvesinden Ukrayna'ya yeni bir destek kararı çıktı.", [("IGO:NATO", "051", "UKR")]),
    ("AB toplantısında Rusya'ya yeni yaptırım kararı alındı.", [("IGO:EU", "163", "RUS")]),
    ("NATO zirvesinde konuşan Erdoğan, Rusya'yı kınadı.", [("TUR", "111", "RUS")]),  # a subject of its own
])
def test_what_comes_out_of_an_organisations_meeting_is_its(text, expected):
    assert triples(text) == expected


def test_the_parties_before_the_pair_is_named_are_the_pair_named_further_on():
    text = ("Taraflar, sınırdaki üç günlük çatışmanın ardından dün gece ateşkes ilan etti. "
            "Bakan, Ermenistan ile Azerbaycan arasındaki ateşkesin kalıcı olmasını umduğunu söyledi.")
    assert ("ARM", "0871", "AZE") in triples(text) and ("AZE", "0871", "ARM") in triples(text)
    assert triples("Tarafların ateşkes kararı alması bekleniyor.") == []  # no pair named: no one to code


@pytest.mark.parametrize("text, expected", [
    # a reported clause with its own genitive subject and no speaker named: the genitive did it
    ("Macron'un Scholz ile Paris'te görüştüğü bildirildi.", [("FRA", "040", "DEU")]),
    ("Erdoğan ile Aliyev'in geçen yıl Bakü'de zirve düzenlediklerini hatırlattı.", [("AZE", "040", "TUR")]),
])
def test_a_reported_act_with_no_speaker_named_is_its_genitive_subjects(text, expected):
    assert triples(text) == expected


DIPLOMACY_STORY = """ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, seçimleri kazanan Polonya Cumhurbaşkanı Karol Nawrocki'yi telefonla arayarak tebrik etti.
Dışişleri Bakanı Hakan Fidan, Katar'a resmi bir ziyarette bulundu.
İki ülke, ortak bir bildiri yayımladı ve enerji alanında işbirliği anlaşması imzaladı.
TBMM Genel Kurulu, Türkiye ile Azerbaycan arasındaki savunma işbirliği anlaşmasını onayladı.
Rusya, Türkiye'nin Karadeniz'deki tahıl koridoru girişimine destek verdiğini açıkladı."""


def test_a_diplomacy_story_of_our_own_end_to_end():
    events = events_of(DIPLOMACY_STORY)
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [
        ("041", "TUR", "POL"), ("051", "TUR", "POL"),
        ("042", "TUR", "QAT"),
        ("057", "TUR", "QAT"), ("057", "QAT", "TUR"),  # "the two countries": the last meeting's, not Poland
        ("057", "TUR", "AZE"),  # the parliament ratifies an agreement with the other party of the pair
        ("051", "RUS", "TUR"),  # Turkey owns the initiative Russia supports
    ]


PEACE_TALKS_STORY = """BAKÜ (AA) - Azerbaycan Cumhurbaşkanı İlham Aliyev, Ermenistan Başbakanı Nikol Paşinyan ile salı günü Abu Dabi'de bir araya geldi.
İki lider, sınırın belirlenmesine ilişkin komisyonun çalışmalarını hızlandırma kararı aldı.
Görüşmenin ardından açıklama yapan Aliyev, Ermenistan'ın anayasasındaki toprak iddialarından vazgeçmesi gerektiğini vurguladı.
Paşinyan ise barış anlaşmasının bu yıl içinde imzalanabileceğini belirterek Azerbaycan'a esir askerleri serbest bırakma çağrısında bulundu.
Rusya Dışişleri Bakanlığı Sözcüsü Mariya Zaharova, görüşmeyi memnuniyetle karşıladıklarını söyledi.
Fransa ise Azerbaycan'ı Dağlık Karabağ'daki Ermenilerin haklarını ihlal etmekle suçladı.
Azerbaycan Dışişleri Bakanlığı, Fransa'nın açıklamasını sert bir dille kınadı ve Paris'in bölgede gerginliği körüklediğini ileri sürdü.
Türkiye Dışişleri Bakanı Hakan Fidan da yarın Bakü'yü ziyaret ederek Aliyev ile görüşecek."""


def test_a_peace_talks_story_of_our_own_end_to_end():
    events = events_of(PEACE_TALKS_STORY, dateline="2026-03-12")
    assert [(e.source.country, e.cameo, e.target.country, e.intent) for e in events] == [
        ("AZE", "040", "ARM", False),
        ("AZE", "020", "ARM", False),  # "-mesi gerektiğini vurguladı": Armenia is asked
        ("ARM", "020", "AZE", False),  # the dative of a call made as a noun is asked, not the prisoners
        ("RUS", "051", "AZE", False), ("RUS", "051", "ARM", False),  # "görüşmeyi memnuniyetle karşıladıklarını"
        ("FRA", "112", "AZE", False),
        ("AZE", "111", "FRA", False),
        ("TUR", "036", "AZE", True),  # "yarın ... ziyaret ederek ... görüşecek": planned
    ]
    assert events[0].date == "2026-03-10" and events[0].location.name == "Abu Dhabi"  # salı, Abu Dabi'de
    assert events[-1].location.name == "Baku"  # the visit is planned in the city visited


LEBANON_STORY = """BEYRUT (AA) - İsrail ordusu, Lübnan'ın güneyindeki köylere dün gece hava saldırıları düzenledi.
Lübnan Sağlık Bakanlığı, saldırılarda 3'ü çocuk 9 kişinin hayatını kaybettiğini açıkladı.
Lübnan Başbakanı Nevvaf Selam, "İsrail'in saldırıları ateşkes anlaşmasının açık bir ihlalidir" dedi.
Selam, BM Güvenlik Konseyi'ni İsrail'e baskı yapmaya çağırdı.
Hizbullah ise saldırılara karşılık vermeyeceğini, ancak Lübnan devletinin sınırı korumasını beklediğini bildirdi.
İsrail Başbakanı Binyamin Netanyahu, Hizbullah'ın yeniden silahlanmasına izin vermeyeceklerini söyledi.
Fransa Dışişleri Bakanlığı, iki tarafı itidalli olmaya davet etti.
Mısır ve Katar, taraflar arasında arabuluculuk yapmaya hazır olduklarını açıkladı."""


def test_a_lebanon_story_of_our_own_end_to_end():
    events = events_of(LEBANON_STORY, dateline="2026-03-12")
    assert [(e.source.country, e.cameo, e.target.country) for e in events] == [
        ("ISR", "195", "LBN"),  # air strikes
        ("LBN", "112", "ISR"),  # "... ateşkes anlaşmasının açık bir ihlalidir": no agreement signed, a breach named
        ("LBN", "020", "IGO:UN"),
        ("FRA", "026", "ISR"), ("FRA", "026", "LBN"),  # "iki tarafı": the story's two parties
        ("EGY", "039", "ISR"), ("EGY", "039", "LBN"), ("QAT", "039", "ISR"), ("QAT", "039", "LBN"),
    ]
    assert {e.date for e in events} == {"2026-03-11"}  # "dün gece" in the lead
    assert [e.location for e in events if e.source.country == "FRA"] == [None, None]  # said in Paris, not Beirut


OPERATION_PHONE_STORY = """ANKARA (AA) - Türk Silahlı Kuvvetleri, Irak'ın kuzeyindeki terör örgütü PKK hedeflerine dün gece hava harekatı düzenledi.
Milli Savunma Bakanlığı, harekatta 14 teröristin etkisiz hale getirildiğini bildirdi.
Irak Dışişleri Bakanlığı, operasyonu ülkenin egemenliğinin ihlali olarak nitelendirdi.
Türkiye'nin Bağdat Büyükelçisi, Irak Dışişleri Bakanlığına çağrıldı.
Irak Başbakanı Muhammed Şiya es-Sudani, akşam saatlerinde Cumhurbaşkanı Erdoğan ile telefonda görüştü.
İki lider, terörle mücadelede işbirliğini artırma konusunda mutabık kaldı.
Sudani, Türkiye'nin Irak'ın toprak bütünlüğüne saygı göstermesini istedi."""


def test_an_operation_and_phone_call_story_of_our_own_end_to_end():
    events = events_of(OPERATION_PHONE_STORY, dateline="2026-03-12")
    assert [(e.source.country, e.cameo, e.target.country) for e in events] == [
        ("TUR", "195", "NSA:PKK"), ("TUR", "190", "NSA:PKK"),
        ("IRQ", "111", "TUR"),  # "operasyonu ... ihlali olarak nitelendirdi": the operation's doer
        ("IRQ", "041", "TUR"),
        ("IRQ", "057", "TUR"), ("TUR", "057", "IRQ"),  # "İki lider": the two that spoke, not Turkey and the PKK
        ("IRQ", "020", "TUR"),  # "Sudani": the short form of "es-Sudani"
    ]
    assert [(e.location.name if e.location else None) for e in events if e.cameo == "057"] == ["Ankara", "Ankara"]


SUDAN_AID_STORY = """CENEVRE (AA) - BM Mülteciler Yüksek Komiserliği (BMMYK), Sudan'daki çatışmalardan kaçan siviller için uluslararası topluma acil yardım çağrısı yaptı.
Cenevre'de düzenlenen bağış konferansında Almanya 200 milyon avro, Suudi Arabistan ise 100 milyon dolar yardım sözü verdi.
Türkiye de Port Sudan'a iki gemi dolusu insani yardım gönderdi.
Sudan ordusu, Hızlı Destek Kuvvetlerinin El Faşir'deki kampa saldırdığını ve en az 30 sivili öldürdüğünü açıkladı.
HDK ise saldırıyı üstlenmedi ve ordunun iddialarını reddetti.
Afrika Birliği, tarafları derhal ateşkes ilan etmeye çağırdı.
Mısır Dışişleri Bakanı, HDK ile herhangi bir görüşme yapmadıklarını söyledi."""


def test_a_sudan_aid_story_of_our_own_end_to_end():
    events = events_of(SUDAN_AID_STORY, dateline="2026-03-12")
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country, e.target.sector, e.negated)
            for e in events] == [
        # no fight from "çatışmalardan kaçan siviller"; the appeal to the international community has no code
        ("TUR", "GOV", "073", "SDN", "GOV", False),
        ("SDN", "MIL", "112", "SDN", "REB", False),  # an attack and killings told by the army: one accusation
        ("SDN", "REB", "120", "SDN", "MIL", False),
        ("EGY", "GOV", "040", "SDN", "REB", True),  # "görüşme yapmadıklarını": no meeting
    ]


COURT_STORY = """İSTANBUL (AA) - İstanbul 25. Ağır Ceza Mahkemesi, gazeteci Ayşe Yıldız'ın tutukluluğunun devamına karar verdi.
Yıldız'ın avukatları karara itiraz edeceklerini açıkladı.
CHP Genel Başkan Yardımcısı Murat Emir, kararın basın özgürlüğüne açık bir saldırı olduğunu söyledi.
Adalet Bakanı Yılmaz Tunç ise yargının bağımsız olduğunu belirterek muhalefetin yargıya baskı yapmaya çalıştığını ileri sürdü.
Avrupa Komisyonu Sözcüsü, Türkiye'den gazetecinin derhal serbest bırakılmasını talep etti.
Gazeteciler Cemiyeti de mahkeme önünde bir basın açıklaması düzenleyerek kararı protesto etti."""


def test_a_court_story_of_our_own_end_to_end():
    events = events_of(COURT_STORY, dateline="2026-03-12")
    assert [(e.source.country, e.source.sector, e.cameo, e.target.country, e.target.sector) for e in events] == [
        ("TUR", "JUD", "173", "TUR", "MED"),  # "tutukluluğunun devamına karar verdi": detained again
        # the lawyers' objection: a speaker no code stands for, not the court named before
        ("TUR", "GOV", "112", "TUR", "OPP"),  # "muhalefetin ... baskı yapmaya çalıştığını ileri sürdü": an accusation
        ("IGO:EU", "GOV", "100", "TUR", "GOV"),  # "Türkiye'den ... serbest bırakılmasını talep etti": Turkey is asked
        ("TUR", "MED", "140", "TUR", "GOV"),
    ]

