"""One sentence of our own per CAMEO root: the coder finds the act, the actors and the root."""
import pytest

from tests.conftest import events_of

DATELINE = "2026-03-12"
CASES = [
    ("01", "Türkiye Dışişleri Bakanı Hakan Fidan, depremde hayatını kaybedenler için Japonya'ya taziyelerini iletti.", "TUR", "JPN"),
    ("02", "Cumhurbaşkanı Erdoğan, İsrail'e saldırıları durdurma çağrısında bulundu.", "TUR", "ISR"),
    ("03", "Almanya, Ukrayna'ya yardım etmeye hazır olduğunu açıkladı.", "DEU", "UKR"),
    ("04", "Rusya Devlet Başkanı Vladimir Putin, Kremlin'de Çin Devlet Başkanı Xi Jinping ile görüştü.", "RUS", "CHN"),
    ("05", "Fransa Cumhurbaşkanı Emmanuel Macron, Yunanistan'ı destekledi.", "FRA", "GRC"),
    ("06", "Türkiye ile Azerbaycan, enerji alanında işbirliği yaptı.", "TUR", "AZE"),
    ("07", "Katar, Suriye'ye insani yardım gönderdi.", "QAT", "SYR"),
    ("08", "İsrail, Filistinli tutukluları serbest bıraktı.", "ISR", "PSE"),
    ("09", "Avrupa Birliği, Macaristan hakkında soruşturma başlattı.", "IGO:EU", "HUN"),
    ("10", "İran, ABD'den yaptırımların kaldırılmasını talep etti.", "IRN", "USA"),
    ("11", "Dışişleri Bakanlığı, Yunanistan'ın açıklamasını kınadı.", "TUR", "GRC"),
    ("12", "Ermenistan, Azerbaycan'ın önerisini reddetti.", "ARM", "AZE"),
    ("13", "Kuzey Kore, Güney Kore'yi tehdit etti.", "PRK", "KOR"),
    ("14", "Göstericiler, hükümeti protesto etti.", "TUR", "TUR"),
    ("15", "Rusya, Ukrayna sınırına asker sevk etti.", "RUS", "UKR"),
    ("16", "Litvanya, Belarus ile diplomatik ilişkileri kesti.", "LTU", "BLR"),
    ("17", "Gürcistan polisi, Rus gazetecileri gözaltına aldı.", "GEO", "RUS"),
    ("18", "Militanlar, Pakistan'da bir karakola saldırdı ve iki polisi kaçırdı.", None, None),
    ("19", "Sudan ordusu, Hartum'da isyancılarla çatıştı.", "SDN", "SDN"),
    ("20", "Suriye rejimi, Doğu Guta'da sivillere karşı kimyasal silah kullandı.", "SYR", "SYR"),
]


def _assert_coded(text: str, field: str, code: str, source: str | None, target: str | None) -> None:
    """The text codes `code` (in event.`field`) with that dyad, and its quote indexes the text."""
    events = events_of(text, dateline=DATELINE)
    found = [getattr(e, field) for e in events]
    assert code in found, f"{code} not in {found} for {text!r}"
    event = events[found.index(code)]
    if source:
        pair = (event.source.country, event.target.country if event.target else None)
        symmetric = event.cameo_root in ("04", "06")  # "X ile Y" meets or cooperates: either may lead
        assert pair == (source, target) or (symmetric and pair == (target, source)), pair
    assert text[event.evidence.start : event.evidence.end] == event.evidence.quote


@pytest.mark.parametrize("root, text, source, target", CASES, ids=[c[0] for c in CASES])
def test_every_cameo_root(root, text, source, target):
    _assert_coded(text, "cameo_root", root, source, target)


# Phrases added to tr/verbs.txt from the CAMEO codebook (2026-11-25), each in a sentence of our own.
ADDED = [
    ("043", "Cumhurbaşkanı Erdoğan, Ankara'da Macaristan Başbakanı Viktor Orban'ı ağırladı.", "TUR", "HUN"),
    ("026", "Birleşmiş Milletler, Etiyopya'yı diyaloğa çağırdı.", "IGO:UN", "ETH"),
    ("039", "Katar, Sudan'a arabuluculuk teklif etti.", "QAT", "SDN"),
    ("072", "Almanya, Ukrayna'ya silah sattı.", "DEU", "UKR"),
    ("087", "Rusya, Gürcistan sınırından askerlerini geri çekti.", "RUS", "GEO"),
    ("161", "Kanada, Hindistan ile ilişkileri dondurdu.", "CAN", "IND"),
    ("164", "İran, ABD ile görüşmeleri askıya aldı.", "IRN", "USA"),
    ("195", "Ordu, Irak'ın kuzeyindeki mevzilere hava harekatı düzenledi.", None, None),
    ("041", "Dışişleri Bakanı Fidan, Yunan mevkidaşı ile telefonda görüştü.", "TUR", "GRC"),
    ("163", "ABD, İran'a yönelik yeni yaptırımlar açıkladı.", "USA", "IRN"),
    ("150", "Kuzey Kore, Japonya üzerinden balistik füze fırlattı.", None, None),
    ("050", "Suudi Arabistan, İran ile diplomatik ilişkilerini yeniden başlattı.", "SAU", "IRN"),
    ("173", "Yunanistan polisi, Suriyeli mültecileri gözaltına aldı.", "GRC", "SYR"),  # refugees, a body
    ("140", "Fransız öğrenciler, hükümeti protesto etti.", "FRA", "FRA"),  # students, a body
    ("043", "Katar Emiri, Filistin heyetini Doha'da kabul etti.", "QAT", "PSE"),  # a delegation is received
    ("163", "Türkiye, İsrail ile ticareti durdurdu.", "TUR", "ISR"),
    ("163", "Avrupa Birliği, Rusya'ya yönelik yeni bir yaptırım paketini kabul etti.", "IGO:EU", "RUS"),
    ("070", "Gürcistan, Türkiye'den yardım aldı.", "TUR", "GEO"),  # receiving: the giver is the source
    ("111", "Türkiye, Rus saldırısını kınadı.", "TUR", "RUS"),  # a demonym owns the noun
    ("120", "Yunanistan, Türk önerisini reddetti.", "GRC", "TUR"),
    ("040", "İran ve Suudi Arabistan dışişleri bakanları Pekin'de bir araya geldi.", "IRN", "SAU"),  # plural office
    ("057", "Türkiye ve Irak arasında su anlaşması imzalandı.", "TUR", "IRQ"),  # a passive mutual act: "arasında"
    ("115", "Savcılık, eski bakan hakkında iddianame hazırladı.", None, None),  # "hazırla-" is no "hazır"
    ("162", "Japonya, Kamboçya'ya gıda yardımını azalttı.", "JPN", "KHM"),
    ("1622", "ABD, Mısır'a askeri yardımı kesti.", "USA", "EGY"),
    ("165", "Mısır, Sudan'a yönelik arabuluculuk çabalarını durdurdu.", "EGY", "SDN"),
    ("080", "Hükümet, muhalefete taviz verdi.", "TUR", "TUR"),
    ("190", "Rusya, Ukrayna'ya füze ateşledi.", "RUS", "UKR"),
    ("1312", "Avrupa Birliği, Sırbistan'a yaptırım uygulayabilir.", "IGO:EU", "SRB"),  # "may": a threat
    ("086", "Kırgızistan Başbakanı, AGİT'in gözlemci heyetini kabul etti.", "KGZ", "IGO:OSCE"),
]


@pytest.mark.parametrize("code, text, source, target", ADDED, ids=[c[0] for c in ADDED])
def test_added_codebook_phrases(code, text, source, target):
    _assert_coded(text, "cameo", code, source, target)
