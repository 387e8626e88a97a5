#!/usr/bin/env python3
"""Writes N news articles (JSON Lines: id, url, date, title, text) for measuring the store at scale.

They are made from Sitrep's own fixtures: the 17 reports of sitrep-cli/src/test/resources/incidents/articles.jsonl
(five happenings told by two or three outlets, and four near misses) and the seed article
(../shared/seed/article.txt). Each happening is re-told in another town, province and country, on another date,
with other numbers, by outlets drawn from a list, so that the store holds many incidents of several articles and
full-text search has varied words to find; the seed article gets other names. Deterministic for a given --seed.

    python3 scripts/store-bench-articles.py --articles 10000 --out /tmp/bench/articles.jsonl
"""
import argparse
import datetime
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIXTURES = HERE / "sitrep-cli/src/test/resources/incidents/articles.jsonl"
SEED = HERE.parent / "shared/seed/article.txt"

# town, province, country, demonym
TOWNS = [
    ("Mosul", "Nineveh", "Iraq", "Iraqi"), ("Kirkuk", "Kirkuk", "Iraq", "Iraqi"),
    ("Goma", "North Kivu", "Democratic Republic of the Congo", "Congolese"),
    ("Bunia", "Ituri", "Democratic Republic of the Congo", "Congolese"),
    ("Kidal", "Kidal", "Mali", "Malian"), ("Gao", "Gao", "Mali", "Malian"),
    ("Aleppo", "Aleppo", "Syria", "Syrian"), ("Homs", "Homs", "Syria", "Syrian"),
    ("Kandahar", "Kandahar", "Afghanistan", "Afghan"), ("Herat", "Herat", "Afghanistan", "Afghan"),
    ("Mogadishu", "Banadir", "Somalia", "Somali"), ("Kismayo", "Lower Juba", "Somalia", "Somali"),
    ("Kharkiv", "Kharkiv", "Ukraine", "Ukrainian"), ("Odesa", "Odesa", "Ukraine", "Ukrainian"),
    ("Taiz", "Taiz", "Yemen", "Yemeni"), ("Hodeidah", "Hodeidah", "Yemen", "Yemeni"),
    ("Kano", "Kano", "Nigeria", "Nigerian"), ("Maiduguri", "Borno", "Nigeria", "Nigerian"),
    ("Khartoum", "Khartoum", "Sudan", "Sudanese"), ("El Fasher", "North Darfur", "Sudan", "Sudanese"),
    ("Benghazi", "Benghazi", "Libya", "Libyan"), ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan", "Pakistani"),
    ("Quetta", "Balochistan", "Pakistan", "Pakistani"), ("Ouagadougou", "Centre", "Burkina Faso", "Burkinabe"),
    ("Niamey", "Niamey", "Niger", "Nigerien"), ("Bamenda", "North-West", "Cameroon", "Cameroonian"),
    ("Juba", "Central Equatoria", "South Sudan", "South Sudanese"), ("Cabo Delgado", "Cabo Delgado", "Mozambique", "Mozambican"),
    ("Mombasa", "Mombasa", "Kenya", "Kenyan"), ("Nairobi", "Nairobi", "Kenya", "Kenyan"),
    ("Istanbul", "Istanbul", "Turkey", "Turkish"), ("Diyarbakir", "Diyarbakir", "Turkey", "Turkish"),
]
# the words of each fixture group that name its place: replaced by the chosen town's
PLACE_WORDS = {
    "a": {"Maiduguri": "town", "MAIDUGURI": "TOWN", "Borno": "province", "Nigeria": "country"},
    "b": {"Nairobi": "town", "NAIROBI": "TOWN"},
    "c": {"Kajuru": "town", "Kaduna": "province", "KADUNA": "PROVINCE", "Nigeria": "country"},
    "d": {"Saraqib": "town", "Idlib": "province"},
    "e": {"Istanbul": "town", "ISTANBUL": "TOWN", "Turkish": "demonym"},
    "x1": {"Maiduguri": "town"},
    "x2": {"Mombasa": "town", "MOMBASA": "TOWN", "Kenya": "country"},
    "x3": {"Zaria": "town", "Kaduna": "province"},
    "x4": {"Ariha": "town", "Idlib": "province"},
}
OUTLETS = ["wire.example.com", "dailynews.example.ng", "radio.example.org", "times.example.co.uk",
           "post.example.com", "herald.example.ke", "monitor.example.org", "tribune.example.pk",
           "gazette.example.net", "observer.example.org", "courier.example.com", "chronicle.example.ng"]
NAMES = ["Mustafa Nasser", "Ali Haidar", "Omar Khalil", "Samir Aoun", "Khaled Mansour", "Youssef Daher",
         "Hassan Fakih", "Rami Saleh", "Bilal Issa", "Karim Jaber"]
DIGITS = re.compile(r"(?<![\w,])\d{1,2}(?![\w,])")


def fixtures():
    groups = {}
    for line in FIXTURES.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        key = record["id"] if record["id"].startswith("x") else record["id"][0]
        groups.setdefault(key, []).append(record)
    return groups


def place(text, words, town):
    name, province, country, demonym = town
    values = {"town": name, "TOWN": name.upper(), "province": province, "PROVINCE": province.upper(),
              "country": country, "demonym": demonym}
    for word in sorted(words, key=len, reverse=True):
        text = re.sub(r"\b" + re.escape(word) + r"\b", values[words[word]], text)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    groups = fixtures()
    seed_text = SEED.read_text(encoding="utf-8")
    keys = sorted(groups)
    written = 0
    happening = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        while written < args.articles:
            happening += 1
            if happening % 25 == 0:  # one article in 25 or so: the seed story about another soldier
                name = rng.choice(NAMES)
                day = datetime.date(2015, 6, 1) + datetime.timedelta(days=rng.randrange(900))
                text = seed_text.replace("Mustafa Nasser", name).replace("Nasser", name.split()[1])
                out.write(json.dumps({"id": f"h{happening}-seed", "url": f"https://{rng.choice(OUTLETS)}/h{happening}",
                                      "date": day.isoformat(), "title": text.splitlines()[0],
                                      "text": "\n".join(text.splitlines()[1:])}) + "\n")
                written += 1
                continue
            key = rng.choice(keys)
            town = rng.choice(TOWNS)
            shift = datetime.timedelta(days=rng.randrange(-400, 400))
            numbers = {}
            outlets = rng.sample(OUTLETS, len(groups[key]))
            for report, outlet in zip(groups[key], outlets):
                if written >= args.articles:
                    break
                def number(m):
                    return numbers.setdefault(m.group(0), str(rng.randrange(2, 60)))
                title = DIGITS.sub(number, place(report["title"], PLACE_WORDS[key], town))
                text = DIGITS.sub(number, place(report["text"], PLACE_WORDS[key], town))
                day = datetime.date.fromisoformat(report["date"]) + shift
                slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
                out.write(json.dumps({"id": f"h{happening}-{report['id']}", "url": f"https://{outlet}/{day}/{slug}",
                                      "date": day.isoformat(), "title": title, "text": text}) + "\n")
                written += 1
    print(f"{written} articles, {happening} happenings -> {args.out}")


if __name__ == "__main__":
    main()
