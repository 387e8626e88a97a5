package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A candidate's score in {@link PlaceResolver}, kept by component so that the reason can name what decided. */
record Score(
        Place place,
        double country,
        String countryWhy,
        double places,
        String placesWhy,
        double feature,
        double population,
        double spelling) {

    double total() {
        return country + places + feature + population + spelling;
    }

    double context() {
        return country + places;
    }

    /** The components in which this candidate beats the runner-up, largest first, then the runner-up. */
    String reasonOver(Optional<Score> runnerUp) {
        if (runnerUp.isEmpty()) {
            List<String> why = new ArrayList<>(List.of("only candidate"));
            if (!countryWhy.isEmpty()) {
                why.add(countryWhy);
            }
            if (!placesWhy.isEmpty()) {
                why.add(placesWhy);
            }
            return String.join("; ", why);
        }
        Score o = runnerUp.get();
        record Part(double gain, String why) {}
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(country - o.country, countryWhy));
        parts.add(new Part(places - o.places, placesWhy));
        parts.add(new Part(
                feature - o.feature,
                "feature " + place.featureCode()
                        + (o.place.featureCode().equals(place.featureCode()) ? "" : " over " + o.place.featureCode())));
        parts.add(new Part(population - o.population, "larger population"));
        parts.add(new Part(spelling - o.spelling, "exact spelling"));
        parts.removeIf(p -> p.gain() <= 1e-9 || p.why().isEmpty());
        parts.sort((a, b) -> Double.compare(b.gain(), a.gain()));
        List<String> why = new ArrayList<>(parts.stream().map(Part::why).toList());
        if (why.isEmpty()) {
            why.add("tie");
        }
        why.add("over %s (%s, %s)".formatted(o.place.name(), o.place.country(), o.place.featureCode()));
        return String.join("; ", why);
    }
}
