package org.sitrep.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;
import org.sitrep.model.LatLon;

/**
 * An offline gazetteer: GeoNames cities500 (199,568 populated places), the curated {@code supplement.tsv},
 * GeoNames first-order divisions (feature code ADM1, at their own point where Natural Earth gives one, with their
 * seat), US counties (ADM2, at the Census Bureau's point), the countries of the country table {@link Countries} (PCLI, at their own point from
 * {@code country-points.tsv}, with their capital as seat and their land neighbours), and named physical features
 * (Natural Earth's seas, gulfs, rivers, lakes, deserts, ranges, peninsulas... in {@code features.tsv.gz}, and the
 * curated regions, camps and crossings of {@code regions.tsv}), looked up by {@link PlaceNames#fold folded} name or
 * alternate name.
 *
 * <p>Built by {@code scripts/build-gazetteer.py}; see NOTICE (GeoNames, CC-BY-4.0; Natural Earth, public domain;
 * world-countries, ODbL-1.0; US Census counties, public domain) and the README of the resource folder. Immutable and thread-safe once loaded.
 *
 * <p><b>Cost</b> (measured on a 2-core machine with a load average of 7, Java 17, fresh JVM): {@link #load()}
 * reads 5.6 MB of gzipped resources in 2.8–3.9 s wall (up to 7 s when the machine was busier), and the loaded
 * gazetteer retains about 84 MB of heap (used heap after full GCs, before and after): 207,016 rows. The Natural
 * Earth features and own points added 2.7 MB and no measurable time (1.3–1.9 s CPU of the loading thread before and
 * after, at a load average of 16); the 3,141 US counties of {@code admin2.tsv.gz} add 59 KB of resources.
 * {@link PlaceResolver#resolve} then takes 30–70 µs. Load it once per
 * process and share it (it is immutable; {@code org.sitrep.app.Knowledge} loads it on its own thread); there is no
 * static cache. Tests that load it are {@code *IT}.
 */
public final class Gazetteer {
    static final String PLACES = "places.tsv.gz";
    static final String SUPPLEMENT = "supplement.tsv";
    static final String ADMIN1 = "admin1.tsv.gz";
    static final String COUNTRY_POINTS = "country-points.tsv";
    static final String FEATURES = "features.tsv.gz";
    static final String REGIONS = "regions.tsv";
    static final String ADMIN2 = "admin2.tsv.gz";
    static final List<String> PLACES_HEADER = List.of(
            "geonameid", "name", "lat", "lon", "feature_code", "country", "admin1", "population", "alternate_names");
    /** The places' columns and a note saying why the row is there. */
    static final List<String> SUPPLEMENT_HEADER = concat(PLACES_HEADER, "note");

    static final List<String> ADMIN1_HEADER = List.of(
            "code",
            "name",
            "geonameid",
            "lat",
            "lon",
            "seat_lat",
            "seat_lon",
            "population",
            "alternate_names",
            "point");

    /** Each country's own point and where it comes from (geonames: GeoNames' own; factbook: the CIA World Factbook). */
    static final List<String> COUNTRY_POINTS_HEADER = List.of("iso2", "lat", "lon", "source");
    /** Named features (built from Natural Earth, or curated): each row says its source. */
    static final List<String> FEATURES_HEADER = List.of(
            "id",
            "name",
            "lat",
            "lon",
            "feature_class",
            "feature_code",
            "country",
            "admin1",
            "alternate_names",
            "source");

    /** US counties (ADM2): the features' columns and a population (the sum of the county's cities500 places). */
    static final List<String> ADMIN2_HEADER = List.of(
            "id",
            "name",
            "lat",
            "lon",
            "feature_class",
            "feature_code",
            "country",
            "admin1",
            "alternate_names",
            "population",
            "source");

    private final NameIndex byName = new NameIndex();
    private final NameIndex bySkeleton = new NameIndex();
    private final Map<String, Place> countryPlaces = new HashMap<>();
    private final Map<String, Set<String>> neighbours = new HashMap<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    /** Words that name the kind of a first-order division: "Homs Governorate", "Idlib province". */
    private final Set<String> divisionWords;

    private int size;

    private Gazetteer(Set<String> divisionWords) {
        this.divisionWords = divisionWords.stream() // compared with folded names: "county" folds to "cunty"
                .map(PlaceNames::fold)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Loads the gazetteer from the classpath with the countries of the country table; {@code words} gives the division words. */
    public static Gazetteer load(Countries countries, WordLists words) {
        return load(
                countries,
                words,
                new Sources(
                        gunzip(ADMIN1),
                        gunzip(PLACES),
                        resource(SUPPLEMENT),
                        Optional.of(resource(COUNTRY_POINTS)),
                        Optional.of(gunzip(FEATURES)),
                        Optional.of(resource(REGIONS)),
                        Optional.of(gunzip(ADMIN2))));
    }

    /**
     * The data files, as streams in the formats that {@code scripts/build-gazetteer.py} writes (and the curated files);
     * tests pass fixtures. Without country points, countries stand at their capital; features, regions and
     * second-order divisions are optional.
     */
    record Sources(
            InputStream admin1,
            InputStream places,
            InputStream supplement,
            Optional<InputStream> countryPoints,
            Optional<InputStream> features,
            Optional<InputStream> regions,
            Optional<InputStream> admin2) {
        /** Places, divisions and the supplement only. */
        Sources(InputStream admin1, InputStream places, InputStream supplement) {
            this(admin1, places, supplement, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** Without second-order divisions. */
        Sources(
                InputStream admin1,
                InputStream places,
                InputStream supplement,
                Optional<InputStream> countryPoints,
                Optional<InputStream> features,
                Optional<InputStream> regions) {
            this(admin1, places, supplement, countryPoints, features, regions, Optional.empty());
        }
    }

    static Gazetteer load(Countries countries, WordLists words, Sources sources) {
        Gazetteer g = new Gazetteer(words.get("division-words"));
        g.loadCountries(
                countries, sources.countryPoints().map(Gazetteer::readPoints).orElse(Map.of()));
        g.loadAdmin1(sources.admin1());
        g.loadPlaces(sources.places(), PLACES, PLACES_HEADER);
        g.loadPlaces(sources.supplement(), SUPPLEMENT, SUPPLEMENT_HEADER);
        sources.features().ifPresent(in -> g.loadFeatures(in, FEATURES, FEATURES_HEADER));
        sources.regions().ifPresent(in -> g.loadFeatures(in, REGIONS, FEATURES_HEADER));
        sources.admin2().ifPresent(in -> g.loadFeatures(in, ADMIN2, ADMIN2_HEADER));
        g.byName.sortEach(MOST_POPULOUS_FIRST);
        g.bySkeleton.sortEach(MOST_POPULOUS_FIRST);
        return g;
    }

    /** The first-order division named exactly so ("Tennessee", not an alternate spelling), if any. */
    public Optional<Place> division(String name) {
        String plain = PlaceNames.plain(name);
        return candidates(name).stream()
                .filter(p -> p.isAdmin1() && PlaceNames.plain(p.name()).equals(plain))
                .findFirst();
    }

    /** Every place whose name or alternate name folds like {@code name}, most populous first. */
    public List<Place> candidates(String name) {
        return byName.get(PlaceNames.fold(name));
    }

    /**
     * Places whose own name (not alternate names; all names of countries and divisions) has the same
     * {@link PlaceNames#skeleton skeleton}: a loose match, most populous first.
     */
    public List<Place> approximateCandidates(String name) {
        return bySkeleton.get(PlaceNames.skeleton(name));
    }

    /** The country as a place (PCLI at its own point, its capital as seat), if a point is known for it. */
    public Optional<Place> country(String iso2) {
        return Optional.ofNullable(countryPlaces.get(iso2));
    }

    /** ISO2 codes of the countries that share a land border with {@code iso2} (GeoNames countryInfo). */
    public Set<String> neighbours(String iso2) {
        return neighbours.getOrDefault(iso2, Set.of());
    }

    /** The name of a first-order division ("LB", "11" → "Baalbek-Hermel Governorate"), "" if unknown. */
    public String admin1Name(String country, String admin1Code) {
        return admin1Names.getOrDefault(country + "." + admin1Code, "");
    }

    /** Number of data rows read: places, supplement rows, divisions and countries. */
    public int size() {
        return size;
    }

    /**
     * The countries of the country table, each at its own point (else its capital's), with its capital as seat, under
     * its names and GeoNames' name.
     */
    private void loadCountries(Countries countries, Map<String, LatLon> ownPoints) {
        for (Country c : countries.all()) {
            Country.GeoNames geonames = c.geonames();
            // in the table's order: PlaceResolver explains a tie with the first, and Set.of's order changes from run to
            // run
            neighbours.put(c.iso2(), Collections.unmodifiableSet(new LinkedHashSet<>(geonames.neighbours())));
            size++;
            Optional<LatLon> capital = geonames.capitalPoint().map(point -> new LatLon(point.lat(), point.lon()));
            Optional<LatLon> own = Optional.ofNullable(ownPoints.get(c.iso2())).or(() -> capital);
            if (own.isEmpty()) {
                continue; // neither an own point nor a GeoNames capital: no point to give
            }
            Place p = new Place(
                    geonames.geonameId(),
                    c.name(),
                    own.get().lat(),
                    own.get().lon(),
                    "A",
                    "PCLI",
                    c.iso2(),
                    "",
                    "",
                    geonames.population(),
                    capital);
            countryPlaces.put(c.iso2(), p);
            add(p, c.name());
            add(p, geonames.name());
            c.aliases().forEach(alias -> add(p, alias));
        }
    }

    private void loadAdmin1(InputStream in) {
        read(in, ADMIN1, ADMIN1_HEADER, row -> {
            String key = row.get(0);
            String country = key.substring(0, 2);
            String code = key.substring(3);
            String name = row.get(1);
            admin1Names.put(key, name);
            if (row.get(3).isEmpty()) {
                return; // neither Natural Earth nor cities500 places it: no point to give
            }
            Optional<LatLon> seat = row.get(5).isEmpty()
                    ? Optional.empty()
                    : Optional.of(new LatLon(Double.parseDouble(row.get(5)), Double.parseDouble(row.get(6))));
            Place p = new Place(
                    Long.parseLong(row.get(2)),
                    name,
                    Double.parseDouble(row.get(3)),
                    Double.parseDouble(row.get(4)),
                    "A",
                    "ADM1",
                    intern(country),
                    intern(code),
                    name,
                    Long.parseLong(row.get(7)),
                    seat);
            add(p, name);
            String bare = withoutDivisionWords(name);
            if (!bare.isEmpty()) {
                add(p, bare);
            }
            addAlternates(p, row.get(8));
        });
    }

    /**
     * Named features: seas, rivers, deserts... of Natural Earth, curated regions, camps and crossings, GeoNames'
     * continents (population 0);
     * and US counties with their population ("Laurel County", under their full name only: a bare "Laurel" stays the
     * town's).
     */
    private void loadFeatures(InputStream in, String source, List<String> header) {
        int population = header.indexOf("population");
        read(in, source, header, row -> {
            if (source.equals(FEATURES) && row.get(5).equals("CONT")) {
                return; // a continent stands at GeoNames' own point, a row of regions.tsv, not at its largest landmass
            }
            String country = intern(row.get(6));
            String admin1 = intern(row.get(7));
            Place p = new Place(
                    Long.parseLong(row.get(0)),
                    row.get(1),
                    Double.parseDouble(row.get(2)),
                    Double.parseDouble(row.get(3)),
                    intern(row.get(4)),
                    intern(row.get(5)),
                    country,
                    admin1,
                    intern(admin1Name(country, admin1)),
                    population < 0 ? 0 : Long.parseLong(row.get(population)),
                    Optional.empty());
            add(p, p.name());
            addAlternates(p, row.get(8));
        });
    }

    /** Each country's own point ({@code country-points.tsv}). */
    private static Map<String, LatLon> readPoints(InputStream in) {
        Map<String, LatLon> points = new HashMap<>();
        Tsv.read(
                in,
                Tsv.Source.resourceName(Gazetteer.class, COUNTRY_POINTS),
                COUNTRY_POINTS_HEADER,
                row -> points.put(
                        row.get(0), new LatLon(Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2)))));
        return points;
    }

    private void loadPlaces(InputStream in, String source, List<String> header) {
        read(in, source, header, row -> {
            String country = intern(row.get(5));
            String admin1 = intern(row.get(6));
            String name = row.get(1);
            Place p = new Place(
                    Long.parseLong(row.get(0)),
                    name,
                    Double.parseDouble(row.get(2)),
                    Double.parseDouble(row.get(3)),
                    "P", // cities500 and the supplement hold populated places only
                    intern(row.get(4)),
                    country,
                    admin1,
                    intern(admin1Name(country, admin1)),
                    Long.parseLong(row.get(7)),
                    Optional.empty());
            add(p, name);
            addAlternates(p, row.get(8));
        });
    }

    /** Indexes '|'-separated alternate names. */
    private void addAlternates(Place p, String alternates) {
        if (!alternates.isEmpty()) {
            for (String alternate : alternates.split("\\|")) {
                addAlternate(p, alternate);
            }
        }
    }

    /** Reads one data file, counting its rows; errors name the file and line. */
    private void read(InputStream in, String source, List<String> header, Consumer<Tsv.Row> action) {
        Tsv.read(in, Tsv.Source.resourceName(Gazetteer.class, source), header, row -> {
            action.accept(row);
            size++;
        });
    }

    /** Indexes a place's own name under its folded form and its skeleton. */
    private void add(Place p, String name) {
        String folded = addAlternate(p, name);
        if (!folded.isEmpty()) {
            bySkeleton.add(PlaceNames.skeletonOfFolded(folded), p);
        }
    }

    /** Indexes an alternate name under its folded form only (skeletons of every alternate name cost ~1 s more). */
    private String addAlternate(Place p, String name) {
        String folded = PlaceNames.fold(name);
        if (!folded.isEmpty()) {
            byName.add(folded, p);
        }
        return folded;
    }

    /** "Homs Governorate" → "homs"; "Muhafazat Hims" → "hims"; "" when only division words remain. */
    String withoutDivisionWords(String name) {
        List<String> words = new ArrayList<>(List.of(PlaceNames.fold(name).split(" ")));
        words.removeIf(divisionWords::contains);
        return String.join(" ", words);
    }

    private static List<String> concat(List<String> columns, String last) {
        List<String> all = new ArrayList<>(columns);
        all.add(last);
        return List.copyOf(all);
    }

    private String intern(String s) {
        return strings.computeIfAbsent(s, k -> k);
    }

    private static final Comparator<Place> MOST_POPULOUS_FIRST =
            Comparator.comparingLong(Place::population).reversed().thenComparingLong(Place::geonameId);

    private static InputStream gunzip(String name) {
        try {
            return new GZIPInputStream(resource(name), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource org/sitrep/geo/" + name
                    + " is missing from the classpath; scripts/build-gazetteer.py writes it");
        }
        return in;
    }
}
