#!/usr/bin/env python3
"""Measures how close the gazetteer's own points are to a toponym corpus's GeoNames gold, without the pipeline.

For every gold toponym of feature code PCLI (country) or ADM1 (first-order division), looks up the same GeoNames id in
the gazetteer's data files and counts how often the gazetteer's point lies within 161 km (100 miles, the usual
accuracy threshold) of the gold point. For gold toponyms of feature class H, T or L (water, terrain, regions), looks up
the gold name among the named features (features.tsv.gz, regions.tsv) and counts how many are found and how many of
those lie within 161 km. Reads the corpus; writes nothing (the gold stays in the corpus).

Usage: python3 scripts/compare-gazetteer-points.py CORPUS.xml [CORPUS.xml ...] [--geo DIR] [--countries FILE]
  --geo DIR        the gazetteer folder (default sitrep-core/src/main/resources/org/sitrep/geo)
  --countries FILE the country table (default sitrep-core/src/main/resources/org/sitrep/countries/countries.tsv)
Corpora: LGL and TR-News XML (<toponym> with <gaztag geonameid=...> holding <fcode>, <lat>, <lon>, <name>).
To measure another version of the data, point --geo/--countries at files taken from it (git show REV:PATH).
"""
import argparse
import gzip
import math
import os
import re
import unicodedata
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
GEO = os.path.join(ROOT, "sitrep-core", "src", "main", "resources", "org", "sitrep", "geo")
COUNTRIES = os.path.join(ROOT, "sitrep-core", "src", "main", "resources", "org", "sitrep", "countries", "countries.tsv")
TOPONYM = re.compile(r"<toponym>(.*?)</toponym>", re.S)
GAZTAG = re.compile(r'<gaztag geonameid="(\d+)">(.*?)</gaztag>', re.S)


def tag(body, name):
    m = re.search(r"<%s>(.*?)</%s>" % (name, name), body, re.S)
    return m.group(1).strip() if m else ""


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def key(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"^the ", "", s.strip())
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def rows(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]
    return [dict(zip(lines[0], l)) for l in lines[1:]]


def gazetteer_points(geo, countries):
    """GeoNames id -> (lat, lon) of countries and divisions; folded name -> [(lat, lon)] of named features."""
    points = {}
    own = {}
    if os.path.exists(os.path.join(geo, "country-points.tsv")):
        own = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in rows(os.path.join(geo, "country-points.tsv"))}
    for r in rows(countries):
        if r["iso2"] in own:
            points[r["geonameid"]] = own[r["iso2"]]
        elif r["lat"] not in ("", "-"):
            points[r["geonameid"]] = (float(r["lat"]), float(r["lon"]))
    for r in rows(os.path.join(geo, "admin1.tsv.gz")):
        if r["lat"]:
            points[r["geonameid"]] = (float(r["lat"]), float(r["lon"]))
    features = {}
    for name in ("features.tsv.gz", "regions.tsv"):
        path = os.path.join(geo, name)
        if os.path.exists(path):
            for r in rows(path):
                for n in [r["name"]] + [a for a in r["alternate_names"].split("|") if a]:
                    features.setdefault(key(n), []).append((float(r["lat"]), float(r["lon"])))
    return points, features


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora", nargs="+")
    parser.add_argument("--geo", default=GEO)
    parser.add_argument("--countries", default=COUNTRIES)
    args = parser.parse_args()
    points, features = gazetteer_points(args.geo, args.countries)
    for corpus in args.corpora:
        with open(corpus, encoding="utf-8") as f:
            text = f.read()
        n, found, near = Counter(), Counter(), Counter()
        for toponym in TOPONYM.findall(text):
            m = GAZTAG.search(toponym)
            if not m:
                continue
            gid, gaz = m.group(1), m.group(2)
            code, fclass = tag(gaz, "fcode"), tag(gaz, "fclass")
            lat, lon = float(tag(gaz, "lat")), float(tag(gaz, "lon"))
            if code in ("PCLI", "ADM1"):
                n[code] += 1
                if gid in points:
                    found[code] += 1
                    near[code] += km(lat, lon, *points[gid]) <= 161
            elif fclass in ("H", "T", "L"):
                n[fclass] += 1
                candidates = features.get(key(tag(toponym, "phrase"))) or features.get(key(tag(gaz, "name")))
                if candidates:
                    found[fclass] += 1
                    near[fclass] += min(km(lat, lon, c[0], c[1]) for c in candidates) <= 161
        print(os.path.basename(corpus))
        for k in ("PCLI", "ADM1", "H", "T", "L"):
            if n[k]:
                print("  %-4s gold %4d  in gazetteer %4d  within 161 km %4d (%.1f%% of gold)"
                      % (k, n[k], found[k], near[k], 100.0 * near[k] / n[k]))


if __name__ == "__main__":
    main()
