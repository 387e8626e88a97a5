package org.sitrep.geo;

import java.io.InputStream;
import java.util.Optional;
import org.sitrep.countries.Countries;
import org.sitrep.data.Tsv;
import org.sitrep.data.WordLists;

/**
 * A small gazetteer of real GeoNames rows (src/test/resources/org/sitrep/geo/fixture/) that loads in milliseconds;
 * it holds the countries of the fixture's countries.tsv, whatever table the resolver is given.
 */
final class GeoFixtures {
    private GeoFixtures() {}

    static Gazetteer gazetteer() {
        WordLists words = WordLists.load();
        Countries countries =
                Countries.load(Tsv.Source.of(open("countries.tsv"), "org/sitrep/geo/fixture/countries.tsv"), words);
        return Gazetteer.load(
                countries,
                words,
                new Gazetteer.Sources(
                        open("admin1.tsv"),
                        open("places.tsv"),
                        open("supplement.tsv"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(open("regions.tsv")),
                        Optional.of(open("admin2.tsv"))));
    }

    private static InputStream open(String name) {
        InputStream in = GeoFixtures.class.getResourceAsStream("fixture/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource org/sitrep/geo/fixture/" + name);
        }
        return in;
    }

    /** A context of country names or demonyms ("Lebanese", "Libya"), each of weight 1. */
    static PlaceContext words(Countries countries, String... countryWords) {
        PlaceContext.Builder b = PlaceContext.builder();
        for (String w : countryWords) {
            b.countryWord(countries, w, 1.0);
        }
        return b.build();
    }
}
