package org.sitrep.geo;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;

/**
 * Chooses the place an article means by a name, using what else the article says ({@link PlaceContext}).
 *
 * <p>Each candidate of {@link Gazetteer#candidates} gets a score, the sum of (see {@link Score}):
 * <ul>
 *   <li>context country: 3 × the relative weight of its country in the context, or, failing that, 1 × the
 *       weight of a context country it borders;</li>
 *   <li>context places: 2 × the share of the article's other resolved places that the candidate keeps together
 *       (same first-order division, or inside the candidate division: all of a place's weight; within 150 km:
 *       half), a named division weighing twice a town (see {@link #support});</li>
 *   <li>feature: country 2, capital (PPLC) 1.5, seat of a division (PPLA) 1, division (ADM1) 0.8, lower
 *       seats 0.7–0.5, county (ADM2) 0.6, other populated places 0.3;</li>
 *   <li>population: 0.25 × log10(1 + population), i.e. 1.5 for a million, 1.0 for 10,000;</li>
 *   <li>spelling: +0.5 when the name is the candidate's own name up to case and accents (or a name of the
 *       country in {@link Countries}), 0 for an alternate or folded name.</li>
 * </ul>
 * The highest score wins (ties: larger population). When no name folds alike, candidates with the same
 * {@link PlaceNames#skeleton skeleton} are tried, scored −1 for spelling and accepted only if the context
 * supports them (country or place evidence). A country's name counts as evidence for that country, except where a
 * place whose own name it is keeps at least half of the article's other places together ({@link #NAMESAKE_SUPPORT}: Palestine,
 * Texas among Anderson County and Elkhart). A division named like a town inside it is dropped ("Raqqa" is the
 * town); "X province"/"X governorate" keeps only divisions. A continent's own name is the continent, whatever else
 * shares it (Mahdia's alternate name "Africa", towns named Asia). A town known by the name only as an alternate name
 * gives way to a town of its country whose own name it is, unless it is more populous. Border phrases
 * ("Lebanon's border with Syria") resolve to the first country at {@link ResolvedPlace#REGION} precision.
 */
public final class PlaceResolver {
    static final double COUNTRY_MATCH = 3;
    static final double NEIGHBOUR = 1;
    static final double SAME_DIVISION = 2;
    static final double NEARBY_SHARE = 0.5;
    static final double NAMED_DIVISION = 2;
    static final double NEARBY_KM = 150;
    static final double EXACT_SPELLING = 0.5;
    static final double APPROXIMATE_SPELLING = -1;
    /** The share of the article's places a town named like a country must keep together to be read so. */
    static final double NAMESAKE_SUPPORT = 0.5;

    private final Gazetteer gazetteer;
    private final Countries countries;

    public PlaceResolver(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
        this.countries = requireNonNull(countries, "countries is null");
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The place {@code name} most likely means in {@code context}; empty if the gazetteer has no such place. */
    public Optional<ResolvedPlace> resolve(String name, PlaceContext context) {
        return resolve(name, context, p -> true);
    }

    /**
     * As {@link #resolve(String, PlaceContext)}, among the candidates that {@code within} accepts when there are
     * any ("Paris, Tenn." keeps the places in Tennessee), else among all.
     */
    public Optional<ResolvedPlace> resolve(String name, PlaceContext context, Predicate<Place> within) {
        requireNonNull(context, "context is null");
        String text = name.strip().replaceFirst("(?i)^the\\s+", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResolvedPlace> border = BorderPhrase.parse(text).flatMap(b -> border(b, context));
        if (border.isPresent()) {
            return border;
        }
        boolean divisionOnly = false;
        List<Place> candidates = gazetteer.candidates(text);
        String bare = gazetteer.withoutDivisionWords(text);
        // "Washington County" is the county, not the state Washington: a county named so keeps every reading
        if (!bare.equals(PlaceNames.fold(text))
                && !bare.isEmpty()
                && candidates.stream().noneMatch(Place::isAdmin2)) {
            List<Place> divisions =
                    gazetteer.candidates(bare).stream().filter(Place::isAdmin1).toList();
            if (!divisions.isEmpty()) {
                candidates = divisions;
                divisionOnly = true;
            }
        }
        if (!divisionOnly) {
            candidates = withoutDivisionsOfTheirSeat(candidates);
        }
        candidates = withoutLesserAlternates(text, candidates);
        boolean approximate = candidates.isEmpty();
        if (approximate) {
            candidates = gazetteer.approximateCandidates(text);
        }
        Optional<Place> continent = candidates.stream()
                .filter(p -> p.isContinent() && exactSpelling(text, p))
                .findFirst();
        if (continent.isPresent()) { // "Africa" is the continent, not Mahdia (alternate name "Africa") or a town Africa
            return Optional.of(new ResolvedPlace(continent.get(), ResolvedPlace.REGION, "the continent's name", 1.0));
        }
        List<Place> inside = candidates.stream().filter(within).toList();
        if (!inside.isEmpty()) {
            candidates = inside;
        }
        boolean namesake = candidates.stream().anyMatch(Place::isCountry)
                && context.withoutEvidenceOf(text) != context
                && candidates.stream()
                        .anyMatch(p -> !p.isCountry()
                                && PlaceNames.plain(p.name()).equals(PlaceNames.plain(text)) // not Iraan for "Iran"
                                && support(p, context.places()).share() >= NAMESAKE_SUPPORT);
        Map<String, Double> weights = namesake ? context.withoutEvidenceOf(text).weights() : context.weights();
        List<Score> scores = new ArrayList<>();
        for (Place p : candidates) {
            Score s = score(text, p, context, weights, approximate);
            // a rough spelling is trusted only inside a country the article names ("Kibera" is no Tanzanian village),
            // not one its other places are in ("Latino" is no Lawton)
            if (!approximate || context.countries().getOrDefault(p.country(), 0.0) > 0) {
                scores.add(s);
            }
        }
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        scores.sort(Comparator.comparingDouble(Score::total)
                .reversed()
                .thenComparing(Comparator.comparingLong((Score s) -> s.place().population())
                        .reversed())
                .thenComparingLong(s -> s.place().geonameId()));
        Score best = scores.get(0);
        String reason = best.reasonOver(scores.size() > 1 ? Optional.of(scores.get(1)) : Optional.empty());
        if (approximate) {
            reason += "; approximate spelling";
        }
        if (divisionOnly) {
            reason = "named as a division; " + reason;
        }
        if (namesake) {
            reason = "the name's own mentions are no country evidence: a place of that name keeps the article's places"
                    + " together; " + reason;
        }
        return Optional.of(new ResolvedPlace(best.place(), precisionOf(best.place()), reason, share(best, scores)));
    }

    /** The softmax of the best total over all candidates' totals: 1 for an only candidate, near 0.5 for a tie. */
    private static double share(Score best, List<Score> scores) {
        double sum = 0;
        for (Score s : scores) {
            sum += Math.exp(s.total() - best.total());
        }
        return 1 / sum;
    }

    /** The gazetteer's place of a geocode: the place named {@code name} with that GeoNames id. */
    public Optional<Place> place(long geonameId, String name) {
        return gazetteer.candidates(name).stream()
                .filter(p -> p.geonameId() == geonameId)
                .findFirst();
    }

    /**
     * Drops a division when its seat has the same name: "Homs", "Raqqa", "Idlib" name the town unless "province" or
     * "governorate" is said. Only the seat (PPLA, or the capital) counts: a village "Florida" in New York, or Minneota
     * (alternate name "Minnesota") in Minnesota, leaves the state its name.
     */
    static List<Place> withoutDivisionsOfTheirSeat(List<Place> candidates) {
        if (candidates.stream().noneMatch(Place::isAdmin1)) {
            return candidates; // most names: no division to drop, and no quadratic scan
        }
        return candidates.stream()
                .filter(d -> !d.isAdmin1()
                        || candidates.stream()
                                .noneMatch(t -> isSeat(t)
                                        && t.country().equals(d.country())
                                        && t.admin1Code().equals(d.admin1Code())))
                .toList();
    }

    /**
     * Drops a town that bears a name only as an alternate name when a town of the same country bears it as its own
     * and is at least as populous: "Paris" is no Swainsboro, Georgia (once called Paris) beside the Parises of Texas
     * and Tennessee, nor "Maryville" Beeville, Texas; "Newcastle" stays Newcastle upon Tyne (the British Newcastle of
     * that own name is a village), "Homs" in an article on Libya Al Khums (no Libyan town is named Homs), "Bombay"
     * Mumbai. Countries, divisions and continents keep their alternate names ("Burma").
     */
    static List<Place> withoutLesserAlternates(String text, List<Place> candidates) {
        String folded = PlaceNames.fold(text);
        Map<String, Long> largestOwn = new java.util.HashMap<>();
        for (Place p : candidates) {
            if (p.isPopulated() && PlaceNames.fold(p.name()).equals(folded)) {
                largestOwn.merge(p.country(), p.population(), Math::max);
            }
        }
        if (largestOwn.isEmpty()) {
            return candidates; // no town bears the name as its own: its alternate names are all there is
        }
        return candidates.stream()
                .filter(p -> !p.isPopulated()
                        || PlaceNames.fold(p.name()).equals(folded)
                        || p.population() > largestOwn.getOrDefault(p.country(), -1L))
                .toList();
    }

    private static boolean isSeat(Place p) {
        return p.featureCode().equals("PPLA") || p.featureCode().equals("PPLC");
    }

    private Score score(String text, Place p, PlaceContext context, Map<String, Double> weights, boolean approximate) {
        double country = COUNTRY_MATCH * weights.getOrDefault(p.country(), 0.0);
        String countryWhy = country > 0 ? "context country " + p.country() : "";
        if (country == 0) {
            for (String n : gazetteer.neighbours(p.country())) {
                double w = NEIGHBOUR * weights.getOrDefault(n, 0.0);
                if (w > country) {
                    country = w;
                    countryWhy = "neighbour of context country " + n;
                }
            }
        }
        Support support = support(p, context.places());
        double places = SAME_DIVISION * support.share();
        String placesWhy = support.why();
        double spelling = approximate ? APPROXIMATE_SPELLING : exactSpelling(text, p) ? EXACT_SPELLING : 0;
        return new Score(
                p,
                country,
                countryWhy,
                places,
                placesWhy,
                feature(p.featureCode()),
                0.25 * Math.log10(1 + p.population()),
                spelling);
    }

    /**
     * How much of the article's other places (each counted once, countries aside) a candidate keeps together: a
     * place in the same first-order division (or inside the candidate division) supports it fully, one within
     * {@value #NEARBY_KM} km half; a named division counts {@value #NAMED_DIVISION} times a town ("Texas" says more
     * about "Athens" than a town named like one in Georgia). The share, not the best single supporter, decides: one
     * stray reading beside a town ("Polk" as a person's name) does not outweigh the rest of the article.
     */
    private static Support support(Place p, List<Place> context) {
        if (p.isCountry()) {
            return new Support(0, "");
        }
        double total = 0;
        double held = 0;
        String sameWhy = "";
        String nearWhy = "";
        Set<Long> seen = new HashSet<>();
        for (Place q : context) {
            if (q.isCountry() || q.isContinent() || q.geonameId() == p.geonameId() || !seen.add(q.geonameId())) {
                continue;
            }
            double weight = q.isAdmin1() ? NAMED_DIVISION : 1;
            total += weight;
            boolean sameDivision = !p.admin1Code().isEmpty()
                    && p.country().equals(q.country())
                    && p.admin1Code().equals(q.admin1Code());
            if (sameDivision) {
                held += weight;
                if (sameWhy.isEmpty()) {
                    sameWhy = (p.isAdmin1() ? "contains context place " : "same division as context place ") + q.name();
                }
            } else if (p.km(q) <= NEARBY_KM) {
                held += NEARBY_SHARE * weight;
                if (nearWhy.isEmpty()) {
                    nearWhy = "within %.0f km of context place %s".formatted(NEARBY_KM, q.name());
                }
            }
        }
        if (held == 0) {
            return new Support(0, "");
        }
        String why = sameWhy.isEmpty() ? nearWhy : sameWhy;
        return new Support(held / total, "%s (%.0f%% of the article's places)".formatted(why, 100 * held / total));
    }

    /** The share of the article's places a candidate keeps together, in [0, 1], and which one showed it. */
    private record Support(double share, String why) {}

    private boolean exactSpelling(String text, Place p) {
        if (PlaceNames.plain(text).equals(PlaceNames.plain(p.name()))) {
            return true;
        }
        return p.isCountry()
                && countries
                        .byName(text)
                        .map(Country::iso2)
                        .filter(p.country()::equals)
                        .isPresent();
    }

    private Optional<ResolvedPlace> border(BorderPhrase b, PlaceContext context) {
        Optional<Country> first = countries.lookup(b.first());
        Optional<Country> second = countries.lookup(b.second());
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        Country side = first.get();
        if (context.weight(second.get().iso2()) > context.weight(side.iso2()) && isAdjectival(b)) {
            side = second.get(); // "the Syrian-Lebanese border" in an article about Lebanon
        }
        Country other = side == first.get() ? second.get() : first.get();
        return gazetteer
                .country(side.iso2())
                .map(p -> new ResolvedPlace(
                        p,
                        ResolvedPlace.REGION,
                        "border of %s with %s; the point is %s's own point, not the border"
                                .formatted(p.country(), other.iso2(), p.country())));
    }

    private boolean isAdjectival(BorderPhrase b) {
        return countries.byDemonym(b.first()).isPresent()
                || countries.byDemonym(b.second()).isPresent();
    }

    static double feature(String code) {
        if (code.startsWith("PCL")) {
            return 2;
        }
        return switch (code) {
            case "PPLC" -> 1.5;
            case "PPLA", "PPLG" -> 1;
            case "ADM1" -> 0.8;
            case "PPLA2" -> 0.7;
            case "ADM2" -> 0.6;
            case "PPLA3", "PPLA4", "PPLA5" -> 0.5;
            default -> code.startsWith("PPL") ? 0.3 : 0.2;
        };
    }

    static String precisionOf(Place p) {
        if (p.isCountry()) {
            return ResolvedPlace.COUNTRY;
        }
        if (p.isAdmin1()) {
            return ResolvedPlace.PROVINCE;
        }
        return p.isPopulated() ? ResolvedPlace.TOWN : ResolvedPlace.REGION; // a sea, a river, a desert, a camp
    }
}
