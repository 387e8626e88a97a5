package org.sitrep.incidents;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sitrep.model.Argument;
import org.sitrep.model.DayRange;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Geocode;
import org.sitrep.model.LatLon;
import org.sitrep.model.Modality;
import org.sitrep.model.Role;

/**
 * The events of an extracted document as incident merging sees them, for a front end that holds documents
 * rather than the store's rows (a Spark job); the fields are those the store writes and reads back. Events
 * said not to have happened (negated) or not yet (future) join no incident, here as in the store.
 */
public final class IncidentMentions {
    private static final Pattern URL_THEN_PATH = Pattern.compile("(\\p{Alpha}[\\p{Alnum}+.-]*://\\S+) \\(.*\\)");

    private IncidentMentions() {}

    public static boolean joinsIncidents(Modality modality) {
        return modality != Modality.NEGATED && modality != Modality.FUTURE;
    }

    public static List<IncidentMention> of(Document d) {
        Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        String outlet = outlet(d.source(), d.id());
        List<IncidentMention> out = new ArrayList<>();
        for (Event e : d.events()) {
            if (!joinsIncidents(e.modality())) {
                continue;
            }
            Optional<DayRange> days = e.time().flatMap(t -> t.value()).flatMap(DayRange::of);
            Optional<EventPlace> place = e.place();
            Optional<Geocode> geo = place.flatMap(EventPlace::geocode);
            out.add(new IncidentMention(
                    d.id() + "/" + e.id(),
                    d.id(),
                    outlet,
                    e.type(),
                    days.map(DayRange::first),
                    days.map(DayRange::last),
                    place.map(EventPlace::name),
                    geo.map(g -> new LatLon(g.latitude(), g.longitude())),
                    geo.map(Geocode::precision),
                    geo.map(Geocode::country).or(() -> place.flatMap(EventPlace::country)),
                    geo.map(Geocode::admin1).filter(a -> !a.isEmpty()),
                    side(e, Role.AGENT, entities),
                    side(e, Role.PATIENT, entities)));
        }
        return out;
    }

    /** The codes of the coded participants in {@code role} and the names of all (an entity's name, else the text). */
    private static IncidentMention.Actors side(Event e, Role role, Map<String, Entity> entities) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Argument a : e.arguments()) {
            if (a.role() == role) {
                a.actor().ifPresent(c -> codes.add(c.code()));
                String name = a.entityId().map(entities::get).map(Entity::name).orElse(a.text());
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return new IncidentMention.Actors(codes, names);
    }

    /**
     * Who published an article, for counting sources: the host of its URL ("bbc.co.uk"; from a source "URL
     * (path)" or a bare URL), else "article:" and its id (an outlet unknown counts once per article).
     */
    public static String outlet(String source, String articleId) {
        Matcher m = URL_THEN_PATH.matcher(source);
        String locator = m.matches() ? m.group(1) : source;
        try {
            URI uri = URI.create(locator);
            if (uri.getHost() != null) {
                String host = uri.getHost().toLowerCase(Locale.ROOT);
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // a file path, not a URL
        }
        return "article:" + articleId;
    }
}
