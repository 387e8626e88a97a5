package org.sitrep.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Token;

/**
 * A name in a list of counties that names the kind once, at its end: "Becker, Clay and Wilkin counties", "Jackson and
 * Barrow counties", "Caddo or Bossier parishes". Each name is the county "Becker County", not the town Becker.
 */
final class CountyList {
    private static final int LONGEST = 40;

    private CountyList() {}

    /**
     * "County" or "Parish" when the tokens after {@code last} continue a list of capitalised names (commas, "and",
     * "or") that ends in "counties" or "parishes"; empty otherwise.
     */
    static Optional<String> divisionAfter(List<Token> tokens, int last) {
        if (last < 0) {
            return Optional.empty();
        }
        for (int i = last + 1; i < tokens.size() && i <= last + LONGEST; i++) {
            String word = tokens.get(i).text();
            switch (word.toLowerCase(Locale.ROOT)) {
                case "counties":
                    return Optional.of("County");
                case "parishes":
                    return Optional.of("Parish");
                case ",", "and", "or", "&":
                    continue;
                default:
                    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                        return Optional.empty();
                    }
            }
        }
        return Optional.empty();
    }
}
