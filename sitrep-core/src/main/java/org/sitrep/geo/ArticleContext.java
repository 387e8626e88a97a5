package org.sitrep.geo;

import java.util.List;
import org.sitrep.countries.Countries;
import org.sitrep.model.Document;

/**
 * The country evidence of a whole article, read once for all its place names: every country named in the body
 * (weight 1) and the headline (1), every demonym (0.5: "Lebanese" says less than "Lebanon"), and the dateline's
 * country (2: the article was filed there).
 */
final class ArticleContext {
    static final double NAMED = 1.0;
    static final double DEMONYM = 0.5;
    static final double DATELINE = 2.0;

    private ArticleContext() {}

    static PlaceContext.Builder of(Document document, Countries countries) {
        return of(document, countries, countries.mentionsIn(document.text()));
    }

    /** As {@link #of(Document, Countries)}, with the country mentions of the text already found. */
    static PlaceContext.Builder of(Document document, Countries countries, List<Countries.Mention> inText) {
        PlaceContext.Builder context = PlaceContext.builder();
        add(context, inText);
        add(context, countries.mentionsIn(document.headline()));
        document.dateline().ifPresent(d -> {
            for (String part : d.split(",")) {
                context.countryWord(countries, part.strip(), DATELINE);
            }
        });
        return context;
    }

    private static void add(PlaceContext.Builder context, List<Countries.Mention> mentions) {
        for (Countries.Mention m : mentions) {
            context.country(m.country().iso2(), m.demonym() ? DEMONYM : NAMED);
        }
    }
}
