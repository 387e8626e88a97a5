package org.sitrep.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.countries.Countries;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Geocodes each event's place in the offline gazetteer, in the article's context: the countries it
 * names (weight 1) and whose demonyms it uses (0.5), its dateline's country (2), and the places
 * already resolved in it. "Lebanon's border with Syria" is read as the border phrase it is.
 */
public final class GeocodingStage implements Stage {
    private static final Pattern BORDER_TAIL =
            Pattern.compile("^'s\\s+border\\s+with\\s+(the\\s+)?\\p{Lu}[\\p{L}-]*(\\s\\p{Lu}[\\p{L}-]*)?");

    private static final Pattern COUNTRY_LINK = Pattern.compile(
            "^(,\\s*|\\s+in\\s+(the\\s+)?((north|south|east|west|central)(ern|-eastern|-western)?\\s+)?)");

    private final PlaceResolver resolver;
    private final Countries countries;

    public GeocodingStage(PlaceResolver resolver, Countries countries) {
        this.resolver = resolver;
        this.countries = countries;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.PLACES);
    }

    @Override
    public Document apply(Document document) {
        PlaceContext.Builder context = context(document);
        List<Event> events = new ArrayList<>(document.events().size());
        for (Event event : document.events()) {
            Optional<EventPlace> place = event.place().map(p -> geocode(p, document, context));
            events.add(event.withPlace(place));
        }
        return document.withEvents(events);
    }

    private EventPlace geocode(EventPlace place, Document document, PlaceContext.Builder context) {
        CharSpan span = place.span();
        String name = place.name();
        if (span.length() > 0) {
            Matcher border = BORDER_TAIL.matcher(document.text().substring(span.end()));
            if (border.find()) {
                span = new CharSpan(span.begin(), span.end() + border.end());
                name = document.textOf(span);
            }
        }
        String query = name.contains(",") ? name.substring(0, name.indexOf(',')).strip() : name; // "Mosul, Iraq"
        Optional<ResolvedPlace> resolved = resolver.resolve(query, context.build());
        if (resolved.isEmpty()) {
            return countryAfter(place, document).orElse(place);
        }
        Place p = resolved.get().place();
        context.place(p);
        Geocode code = new Geocode(
                p.geonameId(),
                p.lat(),
                p.lon(),
                p.country(),
                p.admin1Name(),
                resolved.get().precision(),
                resolved.get().reason());
        return place.geocoded(span, name, code);
    }

    /**
     * A place the gazetteer does not know keeps its name and no coordinates, but takes the country the
     * text gives right after it: "the village of Qarqoozabad in Nigeria", "Qarqoozabad, Nigeria".
     */
    private Optional<EventPlace> countryAfter(EventPlace place, Document document) {
        if (place.span().length() == 0) {
            return Optional.empty();
        }
        String after = document.text()
                .substring(
                        place.span().end(),
                        Math.min(document.text().length(), place.span().end() + 60));
        Matcher link = COUNTRY_LINK.matcher(after);
        if (!link.find()) {
            return Optional.empty();
        }
        return countries.mentionsIn(after).stream()
                .filter(m -> m.begin() == link.end() && !m.demonym())
                .findFirst()
                .map(m -> new EventPlace(
                        place.span(), place.name(), Optional.of(m.country().iso2()), place.rule(), Optional.empty()));
    }

    private PlaceContext.Builder context(Document document) {
        PlaceContext.Builder context = PlaceContext.builder();
        for (Countries.Mention m : countries.mentionsIn(document.text())) {
            context.country(m.country().iso2(), m.demonym() ? 0.5 : 1.0);
        }
        document.dateline().ifPresent(d -> {
            for (String part : d.split(",")) {
                context.countryWord(countries, part.strip(), 2.0);
            }
        });
        return context;
    }
}
