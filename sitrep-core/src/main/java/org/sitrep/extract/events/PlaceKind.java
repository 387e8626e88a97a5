package org.sitrep.extract.events;

import java.util.Optional;

/**
 * What kind of place a name is, as far as a reference back to it needs: "the city" refers to the
 * last town or city named before, "the country" to the last country. A name's kind comes from its own
 * words ("Helmand Province", "the town of Arsal"), the country table, its entity's geocode (a town, a
 * province, a country, a river or desert as an area), or its entity type (see
 * {@link NamedPlaces}); the nouns of each kind are word lists ({@code settlement-nouns}...).
 */
enum PlaceKind {
    SETTLEMENT,
    DIVISION,
    CAMP,
    COUNTRY,
    /** Any area below a country: "the area", "the region". */
    AREA,
    /** A building, road or site (NER's FACILITY): only "the area" refers back to one. */
    FACILITY;

    /**
     * Whether a reference of this kind ("the city") may refer to a name of kind {@code named}, empty
     * when the text does not tell (most names: "Kunduz"). A name of unknown kind is taken for any
     * kind but a country, which the country table would have recognised.
     */
    boolean accepts(Optional<PlaceKind> named) {
        if (this == COUNTRY) {
            return named.equals(Optional.of(COUNTRY));
        }
        if (this == AREA) {
            return !named.equals(Optional.of(COUNTRY));
        }
        return named.isEmpty() || named.get() == this;
    }
}
