"""Reproducible corpus of Turkish or English wire articles from our own templates (for benchmarks).

    python benchmarks/generate_corpus.py COUNT [tr|en] > corpus.jsonl
"""
from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta

COUNTRIES = ["Türkiye", "Yunanistan", "Azerbaycan", "Gürcistan", "İran", "Irak", "Rusya", "Ukrayna", "Almanya",
             "Fransa", "Mısır", "Katar", "Japonya", "Çin", "Pakistan", "Macaristan", "Bulgaristan", "Romanya"]
OFFICES = ["Dışişleri Bakanı", "Cumhurbaşkanı", "Başbakan", "Savunma Bakanı", "Ticaret Bakanı"]
NAMES = ["Ali Demir", "Elena Petrova", "Kenji Sato", "Hans Weber", "Marie Laurent", "Omar Haddad", "Nino Beridze"]
CITIES = ["Ankara", "Bakü", "Tiflis", "Atina", "Berlin", "Paris", "Kahire", "Doha", "Tokyo", "Pekin"]
DAYS = ["pazartesi", "salı", "çarşamba", "perşembe", "cuma"]
ACTS = [
    "{a}, {b}'a yeni yaptırımlar uyguladı.",
    "{a} yetkilileri, {b}'ın açıklamasını sert bir dille kınadı.",
    "{p}, {b} ile enerji alanında işbirliğini genişletmeye hazır olduklarını söyledi.",
    "{p}, {b}'a insani yardım gönderdiklerini açıkladı.",
    "{p}, {b}'ı bölgedeki gerilimi tırmandırmakla suçladı.",
    "{a}, {b}'ın önerisini reddetti.",
    "Görüşmede iki taraf, ticaret hacmini artırma konusunda mutabakat zaptı imzaladı.",
    "{p}, {b}'a müzakere masasına dönme çağrısında bulundu.",
    "Bölgede ekonomik büyüme geçen yıl yüzde 3 oldu ve yatırımlar arttı.",
    "Toplantıda enerji, ulaştırma ve turizm alanlarındaki projeler ele alındı.",
]


EN_COUNTRIES = ["Turkey", "Greece", "Azerbaijan", "Georgia", "Iran", "Iraq", "Russia", "Ukraine", "Germany",
                "France", "Egypt", "Qatar", "Japan", "China", "Pakistan", "Hungary", "Bulgaria", "Romania"]
EN_OFFICES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Trade Minister"]
EN_CITIES = ["Ankara", "Baku", "Tbilisi", "Athens", "Berlin", "Paris", "Cairo", "Doha", "Tokyo", "Beijing"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
EN_ACTS = [
    "{a} imposed new sanctions on {b}.",
    "Officials in {a} sharply condemned the statement by {b}.",
    "{p} said {a} was ready to expand energy cooperation with {b}.",
    "{p} said {a} had sent humanitarian aid to {b}.",
    "{p} accused {b} of escalating tensions in the region.",
    "{a} rejected the proposal from {b}.",
    "The two sides signed a memorandum of understanding on trade during the talks.",
    "{p} urged {b} to return to the negotiating table.",
    "Economic growth in the region reached 3 percent last year as investment rose.",
    "Projects in energy, transport and tourism were discussed at the meeting.",
]


def article_en(rng: random.Random, number: int) -> dict:
    a, b = rng.sample(EN_COUNTRIES, 2)
    office, name, city = rng.choice(EN_OFFICES), rng.choice(NAMES), rng.choice(EN_CITIES)
    day = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    lead = (f"{city.upper()}, {day:%B} {day.day} (Northwire) - {a}'s {office} {name} met the {office.lower()} "
            f"of {b} in {city} on {rng.choice(EN_DAYS)}.")
    body = [f"During the talks {name.split()[-1]} stressed the importance of relations between the two countries."]
    for _ in range(rng.randint(6, 14)):
        body.append(rng.choice(EN_ACTS).format(a=a, b=b, p=name.split()[-1]))
    return {"id": f"gen-en-{number:07d}", "lang": "en", "dateline_date": day.isoformat(),
            "text": lead + "\n\n" + " ".join(body)}


def article(rng: random.Random, number: int) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    office, name, city = rng.choice(OFFICES), rng.choice(NAMES), rng.choice(CITIES)
    day = date(2026, 1, 1) + timedelta(days=rng.randrange(300))
    person = f"{a} {office} {name}"
    lead = f"{city.upper()}, {day.day} Ocak (AA) -- {person}, {city}'da {b} {office} ile bir araya geldi."
    body = [f"{rng.choice(DAYS).capitalize()} günü yapılan görüşmede {name.split()[-1]}, iki ülke arasındaki ilişkilerin önemine değindi."]
    for _ in range(rng.randint(6, 14)):
        body.append(rng.choice(ACTS).format(a=a, b=b, p=name.split()[-1]))
    return {"id": f"gen-{number:07d}", "lang": "tr", "dateline_date": day.isoformat(), "text": lead + "\n\n" + " ".join(body)}


def generate(count: int, seed: int = 7, lang: str = "tr"):
    rng = random.Random(seed)
    make = {"tr": article, "en": article_en}[lang]
    for number in range(count):
        yield make(rng, number)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in generate(count, lang=sys.argv[2] if len(sys.argv) > 2 else "tr"):
        print(json.dumps(row, ensure_ascii=False))
