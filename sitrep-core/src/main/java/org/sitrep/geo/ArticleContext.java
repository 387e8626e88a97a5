package org.sitrep.geo;

import java.util.List;
import org.sitrep.countries.Countries;
import org.sitrep.model.Document;

/**
 * The country evidence of a whole article, read once for all its place names: every country named in the body
 * (weight 1) and the headline (1), every demonym (0.5: "Lebanese" says less than "Lebanon"), and the dateline's
 * country (2: the article was filed there). A country name that is also the name of another country's first-order
 * division ("Georgia", "Niger") is no evidence: which of the two it means is what the resolver has to find out, from
 * the article's other places.
 */
final class ArticleContext {
    static final double NAMED = 1.0;
    static final double DEMONYM = 0.5;
    static final double DATELINE = 2.0;

    private ArticleContext() {}

    static PlaceContext.Builder of(Document document, Countries countries, Gazetteer gazetteer) {
        return of(document, countries, gazetteer, countries.mentionsIn(document.text()));
    }

    /** As {@link #of(Document, Countries, Gazetteer)}, with the country mentions of the text already found. */
    static PlaceContext.Builder of(
            Document document, Countries countries, Gazetteer gazetteer, List<Countries.Mention> inText) {
        PlaceContext.Builder context = PlaceContext.builder();
        add(context, document.text(), inText, gazetteer);
        add(context, document.headline(), countries.mentionsIn(document.headline()), gazetteer);
        document.dateline().ifPresent(d -> {
            for (String part : d.split(",")) {
                context.countryWord(countries, part.strip(), DATELINE);
            }
        });
        return context;
    }

    private static void add(
            PlaceContext.Builder context, String text, List<Countries.Mention> mentions, Gazetteer gazetteer) {
        for (Countries.Mention m : mentions) {
            if (!m.demonym() && namesADivisionElsewhere(text.substring(m.begin(), m.end()), m, gazetteer)) {
                continue;
            }
            if (m.demonym()) {
                context.country(m.country().iso2(), DEMONYM);
            } else {
                context.countryNamed(
                        text.substring(m.begin(), m.end()), m.country().iso2(), NAMED);
            }
        }
    }

    /** "Georgia" names the US state too; "Mexico" names a Mexican state, which is still Mexico. */
    static boolean namesADivisionElsewhere(String name, Countries.Mention m, Gazetteer gazetteer) {
        return gazetteer
                .division(name)
                .filter(d -> !d.country().equals(m.country().iso2()))
                .isPresent();
    }
}
