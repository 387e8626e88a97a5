package org.sitrep.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Geocodes each event's place. A place that is the name mention of a geocoded entity takes the entity's
 * resolution ({@link EntityGeocodingStage} resolved all the article's places together); other places are resolved
 * in the gazetteer in the article's context ({@link ArticleContext}, and the entities' places). "Lebanon's border
 * with Syria" is read as the border phrase it is. A place's name that is the subject of a speech or decision verb
 * ({@code metonymy-verbs}: "Moscow warned") stands for a government, not for where the event happened: the event
 * gets no place from it.
 */
public final class GeocodingStage implements Stage {
    private static final Pattern BORDER_TAIL =
            Pattern.compile("^'s\\s+border\\s+with\\s+(the\\s+)?\\p{Lu}[\\p{L}-]*(\\s\\p{Lu}[\\p{L}-]*)?");

    private static final Pattern COUNTRY_LINK = Pattern.compile(
            "^(,\\s*|\\s+in\\s+(the\\s+)?((north|south|east|west|central)(ern|-eastern|-western)?\\s+)?)");

    private final PlaceResolver resolver;
    private final Countries countries;
    private final Set<String> metonymyVerbs;

    public GeocodingStage(PlaceResolver resolver, Countries countries, WordLists words) {
        this.resolver = resolver;
        this.countries = countries;
        this.metonymyVerbs = words.get("metonymy-verbs");
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.EVENTS, Layer.GEOCODES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.PLACES);
    }

    @Override
    public Document apply(Document document) {
        PlaceContext.Builder context = ArticleContext.of(document, countries, resolver.gazetteer());
        for (Entity e : document.entities()) {
            e.geo().flatMap(g -> resolver.place(g.geonameId(), g.name())).ifPresent(context::place);
        }
        List<Event> events = new ArrayList<>(document.events().size());
        for (Event event : document.events()) {
            Optional<EventPlace> place = event.place()
                    .filter(p -> p.rule().equals("speaker") || !isMetonymy(p, document))
                    .map(p -> geocode(p, document, context));
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
            } else {
                Optional<Geocode> entity = entityGeocode(place.span(), document);
                if (entity.isPresent()) {
                    return place.geocoded(span, name, entity.get());
                }
            }
        }
        String query = name.contains(",") ? name.substring(0, name.indexOf(',')).strip() : name; // "Mosul, Iraq"
        Optional<ResolvedPlace> resolved = resolver.resolve(query, context.build());
        if (resolved.isEmpty()) {
            return countryAfter(place, document).orElse(place);
        }
        context.place(resolved.get().place());
        return place.geocoded(span, name, resolved.get().geocode());
    }

    /** The geocode of the entity whose name mention the place is ("Mosul" in "Mosul, Iraq" too). */
    private static Optional<Geocode> entityGeocode(CharSpan span, Document document) {
        for (Entity e : document.entities()) {
            if (e.geo().isEmpty()) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.kind() == EntityMention.Kind.NAME
                        && m.span().begin() == span.begin()
                        && span.contains(m.span())) {
                    return e.geo();
                }
            }
        }
        return Optional.empty();
    }

    /** "Moscow warned...": the place's name is the subject of a speech or decision verb in the parse. */
    private boolean isMetonymy(EventPlace place, Document document) {
        if (place.span().length() == 0) {
            return false;
        }
        Optional<Sentence> sentence = document.sentenceAt(place.span().begin());
        if (sentence.isEmpty() || !sentence.get().isParsed()) {
            return false;
        }
        Sentence s = sentence.get();
        for (Token t : s.tokens()) {
            if (!place.span().contains(t.span())) {
                continue;
            }
            Optional<Dependency> arc = s.headOf(t.index());
            if (arc.isPresent()
                    && arc.get().relation().startsWith("nsubj")
                    && arc.get().governor() >= 0
                    && metonymyVerbs.contains(
                            s.tokens().get(arc.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
}
