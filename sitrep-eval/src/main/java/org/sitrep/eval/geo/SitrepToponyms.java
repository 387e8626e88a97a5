package org.sitrep.eval.geo;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.Geocode;
import org.sitrep.model.LatLon;

/**
 * The places Sitrep geocoded in a document, as the toponym scorer sees them: every name mention of an entity with
 * a {@code geo}, and every geocoded event place that is not one of them (a border phrase, a place no entity names).
 */
public final class SitrepToponyms {
    private SitrepToponyms() {}

    public static List<SystemToponym> of(Document d) {
        List<SystemToponym> out = new ArrayList<>();
        for (Entity e : d.entities()) {
            if (e.geo().isEmpty()) {
                continue;
            }
            for (EntityMention m : e.mentions()) {
                if (m.kind() == EntityMention.Kind.NAME) {
                    out.add(toponym(m.span().begin(), m.span().end(), e.geo().get()));
                }
            }
        }
        for (Event ev : d.events()) {
            ev.place().ifPresent(p -> p.geocode().ifPresent(g -> {
                if (p.span().length() > 0
                        && out.stream()
                                .noneMatch(t ->
                                        t.start() < p.span().end() && p.span().begin() < t.end())) {
                    out.add(toponym(p.span().begin(), p.span().end(), g));
                }
            }));
        }
        return out;
    }

    private static SystemToponym toponym(int start, int end, Geocode g) {
        return new SystemToponym(
                start,
                end,
                new LatLon(g.latitude(), g.longitude()),
                g.geonameId(),
                "%s (%s %s %s %d): %s"
                        .formatted(g.name(), g.country(), g.admin1(), g.featureClass(), g.geonameId(), g.reason()));
    }
}
