package org.sitrep.geo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.countries.Countries;

/**
 * What an article says about where it happens, for {@link PlaceResolver}: country evidence as ISO2 codes with
 * weights (countries named, demonyms such as "Lebanese" → LB, the countries of its actors) and the places already
 * resolved in it. Weights are relative: only their ratios to the largest matter.
 *
 * <pre>{@code
 * PlaceContext context = PlaceContext.builder()
 *         .countryWord(countries, "Lebanese", 1.0)   // a demonym or a country name; ignored if unknown
 *         .country("SY", 0.5)
 *         .place(alreadyResolved)
 *         .build();
 * }</pre>
 */
public record PlaceContext(Map<String, Double> countries, List<Place> places, Map<String, Map<String, Double>> byName) {
    /**
     * @param countries country evidence, ISO2 → weight
     * @param places places already resolved in the article
     * @param byName of that evidence, what each written country name gave ({@link PlaceNames#fold folded} name → ISO2 →
     *     weight), so that a name's own mentions can be set aside ("Palestine" is no evidence for the country when it
     *     names a town in Texas among the article's Texan places)
     */
    public PlaceContext {
        countries.forEach((iso2, weight) -> {
            if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("country must be two capital letters, got " + iso2);
            }
            if (weight == null || !(weight >= 0) || weight.isInfinite()) {
                throw new IllegalArgumentException(
                        "weight of %s must be finite and >= 0, got %s".formatted(iso2, weight));
            }
        });
        countries = Map.copyOf(countries);
        places = List.copyOf(places);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        byName.forEach((name, weights) -> copy.put(name, Map.copyOf(weights)));
        byName = Collections.unmodifiableMap(copy);
    }

    public static PlaceContext empty() {
        return new PlaceContext(Map.of(), List.of(), Map.of());
    }

    public static PlaceContext of(Map<String, Double> countries, List<Place> places) {
        return new PlaceContext(countries, places, Map.of());
    }

    /** This context with {@code more} places resolved besides its own. */
    public PlaceContext withPlaces(List<Place> more) {
        List<Place> all = new ArrayList<>(places);
        all.addAll(more);
        return new PlaceContext(countries, all, byName);
    }

    /** This context without the country evidence that {@code name}'s own mentions gave; itself if they gave none. */
    PlaceContext withoutEvidenceOf(String name) {
        Map<String, Double> own = byName.get(PlaceNames.fold(name));
        if (own == null) {
            return this;
        }
        Map<String, Double> rest = new LinkedHashMap<>(countries);
        own.forEach((iso2, w) -> rest.computeIfPresent(iso2, (k, v) -> v - w > 1e-9 ? v - w : null));
        Map<String, Map<String, Double>> others = new LinkedHashMap<>(byName);
        others.remove(PlaceNames.fold(name));
        return new PlaceContext(rest, places, others);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The weight of a country relative to the strongest country evidence, in [0, 1]; the countries of resolved
     * places count with weight 1 each, added to the declared weights.
     */
    double weight(String iso2) {
        return weights().getOrDefault(iso2, 0.0);
    }

    /** Every country with evidence, weighted relative to the strongest (see {@link #weight}). */
    Map<String, Double> weights() {
        Map<String, Double> all = new LinkedHashMap<>(countries);
        for (Place p : places) {
            if (p.isContinent()) {
                continue; // a continent's point lies in some country, which the article need not be about
            }
            all.merge(p.country(), 1.0, Double::sum);
        }
        double max =
                all.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        all.replaceAll((iso2, w) -> max == 0 ? 0 : w / max);
        return all;
    }

    /** Accumulates evidence; a country given twice adds up. */
    public static final class Builder {
        private final Map<String, Double> countries = new LinkedHashMap<>();
        private final List<Place> places = new ArrayList<>();
        private final Map<String, Map<String, Double>> byName = new LinkedHashMap<>();

        private Builder() {}

        public Builder country(String iso2, double weight) {
            requireNonNull(iso2, "iso2 is null");
            countries.merge(iso2, weight, Double::sum);
            return this;
        }

        /** Evidence from a country's name written in the article ("Lebanon"), kept apart by name as well. */
        public Builder countryNamed(String name, String iso2, double weight) {
            country(iso2, weight);
            byName.computeIfAbsent(PlaceNames.fold(name), k -> new LinkedHashMap<>())
                    .merge(iso2, weight, Double::sum);
            return this;
        }

        /** A country name, alias or demonym ("Lebanon", "Lebanese", "UAE"); no evidence if {@code countries} does not know it. */
        public Builder countryWord(Countries lookup, String nameOrDemonym, double weight) {
            lookup.lookup(nameOrDemonym).ifPresent(c -> country(c.iso2(), weight));
            return this;
        }

        public Builder place(Place place) {
            places.add(requireNonNull(place, "place is null"));
            return this;
        }

        public Builder place(ResolvedPlace resolved) {
            return place(resolved.place());
        }

        public PlaceContext build() {
            return new PlaceContext(countries, places, byName);
        }
    }
}
