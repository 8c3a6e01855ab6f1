"""Reproducible corpus of Turkish or English wire articles from our own templates (for benchmarks).

    python benchmarks/generate_corpus.py COUNT [tr|en] > corpus.jsonl
"""
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta

NAMES = ["Ali Demir", "Elena Petrova", "Kenji Sato", "Hans Weber", "Marie Laurent", "Omar Haddad", "Nino Beridze"]


@dataclass(frozen=True)
class Templates:
    """One language's wording: the lead and opening sentences take the fields of `article`."""
    id_prefix: str
    countries: list[str]
    offices: list[str]
    cities: list[str]
    weekdays: list[str]
    lead: str
    opener: str
    acts: list[str]


TEMPLATES = {
    "tr": Templates(
        "gen-",
        ["Türkiye", "Yunanistan", "Azerbaycan", "Gürcistan", "İran", "Irak", "Rusya", "Ukrayna", "Almanya",
         "Fransa", "Mısır", "Katar", "Japonya", "Çin", "Pakistan", "Macaristan", "Bulgaristan", "Romanya"],
        ["Dışişleri Bakanı", "Cumhurbaşkanı", "Başbakan", "Savunma Bakanı", "Ticaret Bakanı"],
        ["Ankara", "Bakü", "Tiflis", "Atina", "Berlin", "Paris", "Kahire", "Doha", "Tokyo", "Pekin"],
        ["pazartesi", "salı", "çarşamba", "perşembe", "cuma"],
        "{city_upper}, {day.day} Ocak (AA) -- {a} {office} {name}, {city}'da {b} {office} ile bir araya geldi.",
        "{weekday_cap} günü yapılan görüşmede {p}, iki ülke arasındaki ilişkilerin önemine değindi.",
        ["{a}, {b}'a yeni yaptırımlar uyguladı.",
         "{a} yetkilileri, {b}'ın açıklamasını sert bir dille kınadı.",
         "{p}, {b} ile enerji alanında işbirliğini genişletmeye hazır olduklarını söyledi.",
         "{p}, {b}'a insani yardım gönderdiklerini açıkladı.",
         "{p}, {b}'ı bölgedeki gerilimi tırmandırmakla suçladı.",
         "{a}, {b}'ın önerisini reddetti.",
         "Görüşmede iki taraf, ticaret hacmini artırma konusunda mutabakat zaptı imzaladı.",
         "{p}, {b}'a müzakere masasına dönme çağrısında bulundu.",
         "Bölgede ekonomik büyüme geçen yıl yüzde 3 oldu ve yatırımlar arttı.",
         "Toplantıda enerji, ulaştırma ve turizm alanlarındaki projeler ele alındı."]),
    "en": Templates(
        "gen-en-",
        ["Turkey", "Greece", "Azerbaijan", "Georgia", "Iran", "Iraq", "Russia", "Ukraine", "Germany",
         "France", "Egypt", "Qatar", "Japan", "China", "Pakistan", "Hungary", "Bulgaria", "Romania"],
        ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister"],
        ["Ankara", "Baku", "Tbilisi", "Athens", "Berlin", "Paris", "Cairo", "Doha", "Tokyo", "Beijing"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "{city_upper}, {day:%B} {day.day} (Northwire) - {a}'s {office} {name} met the {office_lower} "
        "of {b} in {city} on {weekday}.",
        "During the talks {p} stressed the importance of relations between the two countries.",
        ["{a} imposed new sanctions on {b}.",
         "Officials in {a} sharply condemned the statement by {b}.",
         "{p} said {a} was ready to expand energy cooperation with {b}.",
         "{p} said {a} had sent humanitarian aid to {b}.",
         "{p} accused {b} of escalating tensions in the region.",
         "{a} rejected the proposal from {b}.",
         "The two sides signed a memorandum of understanding on trade during the talks.",
         "{p} urged {b} to return to the negotiating table.",
         "Economic growth in the region reached 3 percent last year as investment rose.",
         "Projects in energy, transport and tourism were discussed at the meeting."]),
}


def article(rng: random.Random, number: int, lang: str = "tr") -> dict:
    t = TEMPLATES[lang]
    a, b = rng.sample(t.countries, 2)
    office, name, city = rng.choice(t.offices), rng.choice(NAMES), rng.choice(t.cities)
    day = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    weekday = rng.choice(t.weekdays)
    fields = dict(a=a, b=b, office=office, office_lower=office.lower(), name=name, p=name.split()[-1], city=city,
                  city_upper=city.upper(), day=day, weekday=weekday, weekday_cap=weekday.capitalize())
    body = [t.opener.format(**fields)]
    for _ in range(rng.randint(6, 14)):
        body.append(rng.choice(t.acts).format(**fields))
    return {"id": f"{t.id_prefix}{number:07d}", "lang": lang, "dateline_date": day.isoformat(),
            "text": t.lead.format(**fields) + "\n\n" + " ".join(body)}


def generate(count: int, seed: int = 7, lang: str = "tr"):
    rng = random.Random(seed)
    for number in range(count):
        yield article(rng, number, lang)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in generate(count, lang=sys.argv[2] if len(sys.argv) > 2 else "tr"):
        print(json.dumps(row, ensure_ascii=False))
