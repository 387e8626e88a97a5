/*
 * Regenerates sitrep-core/src/main/resources/org/sitrep/countries/countries.tsv (GPL-3.0-or-later, part of
 * Sitrep), the one country table of the actors and the gazetteer. Run it after scripts/build-gazetteer.py,
 * whose places.tsv.gz gives the capitals' points:
 *
 *   mvn -q -B dependency:get -Dartifact=org.opensextant:opensextant-xponents-core:3.8.1 -Dtransitive=false
 *   java scripts/GenerateCountries.java \
 *       ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar \
 *       scripts/countries-overrides.tsv \
 *       ~/.m2/repository/org/opensextant/opensextant-xponents-core/3.8.1/opensextant-xponents-core-3.8.1.jar \
 *       sitrep-core/src/main/resources/org/sitrep/geo/places.tsv.gz \
 *       > sitrep-core/src/main/resources/org/sitrep/countries/countries.tsv
 *
 * Base: every code of java.util.Locale.getISOCountries() with its ISO3 code and English name.
 * Demonyms: CoreNLP's edu/stanford/nlp/models/dcoref/demonyms.txt, matched by place name.
 * A demonym that the base gives to two countries is dropped from both (reported on stderr).
 * Then the hand corrections of countries-overrides.tsv are applied (they win).
 * GeoNames columns: geonames.org/countryInfo.txt of the opensextant jar (id, name, capital, population,
 * neighbours) and the capital's point from places.tsv.gz: the PPLC of cities500 (the most populous if several),
 * else the most populous place of the country named as the capital. countryInfo rows of no ISO country
 * (CS Serbia and Montenegro, AN Netherlands Antilles) are left out (reported on stderr).
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.Normalizer;
import java.util.*;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

public class GenerateCountries {
    record Row(String iso2, String iso3, String name, List<String> aliases, List<String> demonyms) {}

    /** GeoNames columns: geonameid, geonames_name, capital, population, neighbours, lat, lon. */
    record GeoNames(String geonameid, String name, String capital, String population, String neighbours, String lat, String lon) {}

    /** A place of places.tsv.gz: its population and point, as written there (5 decimals). */
    record Point(long population, String lat, String lon) {}

    public static void main(String[] args) throws IOException {
        Map<String, List<String>> demonymsByPlace = readDemonyms(Path.of(args[0]));
        Map<String, String[]> overrides = readOverrides(Path.of(args[1]));
        Map<String, GeoNames> geonames = readGeoNames(Path.of(args[2]), Path.of(args[3]));
        Map<String, Row> rows = new TreeMap<>();
        for (String iso2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", iso2);
            String javaName = locale.getDisplayCountry(Locale.ENGLISH);
            String name = javaName.replace(" & ", " and ").replace("St. ", "Saint ").replace('’', '\'');
            List<String> aliases = new ArrayList<>();
            if (!name.equals(javaName)) aliases.add(javaName);
            rows.put(iso2, new Row(iso2, locale.getISO3Country(), name, aliases, new ArrayList<>()));
        }
        for (Map.Entry<String, String[]> o : overrides.entrySet()) {   // new rows first, so names match demonyms
            if (!rows.containsKey(o.getKey())) {
                String[] nameIso3 = o.getValue()[0].split("@");
                rows.put(o.getKey(), new Row(o.getKey(), nameIso3[1], nameIso3[0], new ArrayList<>(), new ArrayList<>()));
            }
        }
        Map<String, Set<String>> owners = new HashMap<>();
        for (Row row : rows.values()) {
            Set<String> names = new LinkedHashSet<>(List.of(row.name()));
            String[] o = overrides.get(row.iso2());
            if (o != null) {
                names.add(o[0].split("@")[0]);
                if (!o[1].equals("=") && !o[1].equals("-")) names.addAll(List.of(o[1].replaceFirst("^\\+", "").split("\\|")));
            }
            for (String n : names) {
                for (String d : demonymsByPlace.getOrDefault(fold(n), List.of())) {
                    if (!row.demonyms().contains(d) && names.stream().noneMatch(x -> fold(x).equals(fold(d)))) {
                        row.demonyms().add(d);
                        owners.computeIfAbsent(d, k -> new TreeSet<>()).add(row.iso2());
                    }
                }
            }
        }
        owners.forEach((d, isos) -> {
            if (isos.size() > 1) {
                System.err.println("ambiguous demonym dropped: " + d + " " + isos);
                isos.forEach(iso -> rows.get(iso).demonyms().remove(d));
            }
        });
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.println("# ISO 3166-1 countries (plus XK Kosovo), the one country table of org.sitrep.countries.Countries, read by");
        out.println("# the actors (names, aliases, demonyms) and the gazetteer (GeoNames columns). Generated by");
        out.println("# scripts/GenerateCountries.java (the command is in the script) from Java's Locale.getISOCountries() and");
        out.println("# CoreNLP's dcoref/demonyms.txt, hand-corrected through scripts/countries-overrides.tsv; the GeoNames");
        out.println("# columns from GeoNames countryInfo.txt (CC-BY-4.0, https://www.geonames.org/) via Maven");
        out.println("# org.opensextant:opensextant-xponents-core:3.8.1: geonameid, GeoNames' own name, capital, population,");
        out.println("# land neighbours (ISO2), and lat/lon of the capital (the PPLC of cities500 in places.tsv.gz, else the");
        out.println("# largest place named as the capital). Lists are |-separated; '-' means none.");
        out.println("iso2\tiso3\tname\taliases\tdemonyms\tgeonameid\tgeonames_name\tcapital\tpopulation\tneighbours\tlat\tlon");
        for (Row row : rows.values()) {
            String[] o = overrides.getOrDefault(row.iso2(), new String[] {"=", "=", "="});
            String name = o[0].equals("=") ? row.name() : o[0].split("@")[0];
            List<String> aliases = apply(row.aliases(), o[1]);
            aliases.removeIf(a -> a.equals(name));
            GeoNames g = geonames.remove(row.iso2());
            if (g == null) {
                throw new IllegalStateException("GeoNames countryInfo.txt has no row for " + row.iso2());
            }
            out.println(String.join("\t", row.iso2(), row.iso3(), name, join(aliases), join(apply(row.demonyms(), o[2])),
                    g.geonameid(), g.name(), g.capital(), g.population(), g.neighbours(), g.lat(), g.lon()));
        }
        geonames.forEach((iso2, g) -> System.err.println("GeoNames country of no ISO code left out: " + iso2 + " " + g.name()));
    }

    /** countryInfo.txt of the jar, with the capital's point from places.tsv.gz (as build-gazetteer.py wrote it before). */
    static Map<String, GeoNames> readGeoNames(Path opensextantJar, Path placesGz) throws IOException {
        Map<String, Point> pplc = new HashMap<>();                  // country -> its most populous PPLC
        Map<String, Point> byName = new HashMap<>();                // country + "\t" + name -> most populous such place
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(placesGz)), StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);     // geonameid name lat lon feature_code country admin1 population ...
                Point p = new Point(Long.parseLong(f[7]), f[2], f[3]);
                if (f[4].equals("PPLC")) pplc.merge(f[5], p, (a, b) -> b.population() > a.population() ? b : a);
                byName.merge(f[5] + "\t" + f[1], p, (a, b) -> b.population() > a.population() ? b : a);
            }
        }
        Map<String, GeoNames> result = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(opensextantJar.toFile());
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     zip.getInputStream(zip.getEntry("geonames.org/countryInfo.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                String iso2 = f[0], capital = f[5].strip();
                Point cap = pplc.containsKey(iso2) ? pplc.get(iso2) : byName.get(iso2 + "\t" + f[5]);
                result.put(iso2, new GeoNames(f[16], f[4].strip(), capital.isEmpty() ? "-" : capital,
                        f[7].isEmpty() ? "0" : f[7], f[17].isEmpty() ? "-" : f[17].replace(',', '|'),
                        cap == null ? "-" : cap.lat(), cap == null ? "-" : cap.lon()));
            }
        }
        return result;
    }

    static List<String> apply(List<String> generated, String override) {
        if (override.equals("=")) return new ArrayList<>(generated);
        if (override.equals("-")) return new ArrayList<>();
        if (override.startsWith("+")) {
            List<String> all = new ArrayList<>(generated);
            for (String s : override.substring(1).split("\\|")) if (!all.contains(s)) all.add(s);
            return all;
        }
        return new ArrayList<>(List.of(override.split("\\|")));
    }

    static String join(List<String> values) {
        return values.isEmpty() ? "-" : String.join("|", values);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").trim();
    }

    static Map<String, List<String>> readDemonyms(Path modelsJar) throws IOException {
        Map<String, List<String>> byPlace = new HashMap<>();
        try (ZipFile zip = new ZipFile(modelsJar.toFile());
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     zip.getInputStream(zip.getEntry("edu/stanford/nlp/models/dcoref/demonyms.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                List<String> ds = byPlace.computeIfAbsent(fold(f[0]), k -> new ArrayList<>());
                for (int i = 1; i < f.length; i++) {
                    String d = f[i].trim();
                    if (!d.isEmpty() && !ds.contains(d)) ds.add(d);
                }
            }
        }
        return byPlace;
    }

    static Map<String, String[]> readOverrides(Path file) throws IOException {
        Map<String, String[]> overrides = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("iso2\t") || line.isBlank()) continue;
            String[] f = line.split("\t");
            overrides.put(f[0], new String[] {f[1], f[2], f[3]});
        }
        return overrides;
    }
}
