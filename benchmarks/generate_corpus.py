"""Reproducible corpus of Turkish wire articles from our own templates (for benchmarks)."""
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


def generate(count: int, seed: int = 7):
    rng = random.Random(seed)
    for number in range(count):
        yield article(rng, number)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in generate(count):
        print(json.dumps(row, ensure_ascii=False))
