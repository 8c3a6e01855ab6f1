"""One act, one code, in both languages (issue 17, item 5): the same act told in Turkish and in
English gets the same CAMEO code from the rule coder. Sentences of our own, one act each."""
import pytest

from tests.conftest import events_of

DATELINE = "2026-03-12"

PAIRS = [  # (Turkish, English): the same act between the same two states
    ("Türkiye, İsrail'i kınadı.", "Turkey condemned Israel."),
    ("Türkiye, İsrail'i uyardı.", "Turkey warned Israel."),
    ("Türkiye, İsrail'i eleştirdi.", "Turkey criticized Israel."),
    ("Türkiye, İsrail'i suçladı.", "Turkey accused Israel."),
    ("Türkiye, İsrail'in planını reddetti.", "Turkey rejected Israel's plan."),
    ("Türkiye, İsrail'i tehdit etti.", "Turkey threatened Israel."),
    ("Türkiye, Yunanistan ile görüştü.", "Turkey met Greece."),
    ("Türkiye, Yunanistan'ı ziyaret etti.", "Turkey visited Greece."),
    ("Türkiye, Yunanistan'ı övdü.", "Turkey praised Greece."),
    ("Türkiye, Yunanistan'ı destekledi.", "Turkey supported Greece."),
    ("Türkiye, Yunanistan'a çağrıda bulundu.", "Turkey urged Greece."),
    ("Türkiye, Yunanistan'a yaptırım uyguladı.", "Turkey imposed sanctions on Greece."),
    ("Türkiye, Yunanistan ile anlaşma imzaladı.", "Turkey signed an agreement with Greece."),
    ("Rusya, Ukrayna'ya saldırdı.", "Russia attacked Ukraine."),
]


@pytest.mark.parametrize("turkish,english", PAIRS)
def test_the_same_act_gets_the_same_code_in_both_languages(turkish, english):
    tr = {(e.source.country, e.target.country, e.cameo) for e in events_of(turkish, dateline=DATELINE)}
    en = {(e.source.country, e.target.country, e.cameo) for e in events_of(english, lang="en", dateline=DATELINE)}
    assert tr and tr == en, (turkish, sorted(tr), english, sorted(en))
