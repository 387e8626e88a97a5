package org.sitrep.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredIncident;

/**
 * Stored events as JSON for tools of the field: PLOVER-style records (the PLOVER data format's field names:
 * {@code event}, {@code mode}, {@code src_actor}/{@code src_agent}, {@code tgt_actor}/{@code tgt_agent},
 * {@code lat}/{@code long}...) with Sitrep's own fields under {@code sitrep}, and a GeoJSON FeatureCollection
 * (RFC 7946) whose features without coordinates carry a null geometry, so that none is dropped.
 */
public final class EventJson {
    private final ObjectMapper mapper;
    private final Countries countries;

    public EventJson(ObjectMapper mapper, Countries countries) {
        this.mapper = mapper;
        this.countries = countries;
    }

    /** One PLOVER-style record per event. */
    public ArrayNode plover(List<StoredEvent> events) {
        ArrayNode out = mapper.createArrayNode();
        for (StoredEvent e : events) {
            ObjectNode r = out.addObject();
            r.put("id", e.key());
            r.put("date", e.firstDay().orElse(null));
            r.put("event", e.plover().orElse(null));
            r.put("mode", e.ploverMode().orElse(null));
            r.putNull("context");
            actor(r, "src", e.inRole("agent"));
            actor(r, "tgt", e.inRole("patient"));
            r.put(
                    "country",
                    e.country().flatMap(countries::byIso2).map(Country::iso3).orElse(null));
            r.put("admin1", e.admin1().orElse(null));
            r.put("location", e.place().orElse(null));
            putNumber(r, "lat", e.lat());
            putNumber(r, "long", e.lon());
            r.put("geo_precision", e.geoPrecision().orElse(null));
            r.put("text", e.evidence());
            r.put("source", e.source());
            r.set("sitrep", sitrep(e));
        }
        return out;
    }

    /** Events in Sitrep's own fields (those of {@code sitrep} in the PLOVER records), with key, headline, source and point. */
    public ArrayNode events(List<StoredEvent> events) {
        ArrayNode out = mapper.createArrayNode();
        for (StoredEvent e : events) {
            ObjectNode n = out.addObject();
            n.put("key", e.key());
            n.put("headline", e.headline());
            n.put("source", e.source());
            n.put("published", e.published().orElse(null));
            putNumber(n, "lat", e.lat());
            putNumber(n, "lon", e.lon());
            n.put("trigger_start", e.triggerStart());
            n.put("trigger_end", e.triggerEnd());
            n.setAll(sitrep(e));
        }
        return out;
    }

    /** A FeatureCollection with a Point (longitude, latitude) per event that has one. */
    public ObjectNode geoJson(List<StoredEvent> events) {
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (StoredEvent e : events) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.key());
            if (e.lat().isPresent() && e.lon().isPresent()) {
                ObjectNode point = f.putObject("geometry");
                point.put("type", "Point");
                point.putArray("coordinates").add(e.lon().get()).add(e.lat().get());
            } else {
                f.putNull("geometry");
            }
            ObjectNode p = sitrep(e);
            p.put("headline", e.headline());
            p.put("source", e.source());
            p.put("agents", names(e.inRole("agent")));
            p.put("patients", names(e.inRole("patient")));
            f.set("properties", p);
        }
        return collection;
    }

    /** One record per incident with its members, each saying which member it matched and why. */
    public ArrayNode incidents(List<StoredIncident> incidents) {
        ArrayNode out = mapper.createArrayNode();
        for (StoredIncident i : incidents) {
            ObjectNode r = out.addObject();
            r.put("id", i.id());
            r.put("type", i.type());
            r.put("first_day", i.firstDay().orElse(null));
            r.put("last_day", i.lastDay().orElse(null));
            r.put("place", i.place().orElse(null));
            r.put("country", i.country().orElse(null));
            r.put("admin1", i.admin1().orElse(null));
            putNumber(r, "lat", i.lat());
            putNumber(r, "lon", i.lon());
            r.put("articles", i.articles());
            r.put("sources", i.sources());
            ArrayNode members = r.putArray("members");
            for (StoredIncident.Member m : i.members()) {
                ObjectNode n = members.addObject();
                n.put("event", m.key());
                n.put("type", m.type());
                n.put("headline", m.headline());
                n.put("source", m.source());
                n.put("evidence", m.evidence());
                n.put("matched_to", m.matchedTo().orElse(null));
                n.put("score", m.score());
                n.put("reasons", m.reasons());
            }
        }
        return out;
    }

    private ObjectNode sitrep(StoredEvent e) {
        ObjectNode s = mapper.createObjectNode();
        s.put("article_id", e.articleId());
        s.put("event_id", e.id());
        s.put("type", e.type());
        s.put("trigger", e.trigger());
        s.put("time", e.time().orElse(null));
        s.put("time_precision", e.timePrecision().orElse(null));
        s.put("place", e.place().orElse(null));
        s.put("country", e.country().orElse(null));
        s.put("admin1", e.admin1().orElse(null));
        s.put("geo_precision", e.geoPrecision().orElse(null));
        s.put("modality", e.modality());
        s.put("confidence", e.confidence());
        s.put("evidence", e.evidence());
        s.put("evidence_start", e.evidenceStart());
        s.put("evidence_end", e.evidenceEnd());
        s.put("fatalities", e.fatalities().orElse(null));
        s.put("cameo", e.cameo().orElse(null));
        s.put("plover", e.plover().orElse(null));
        s.put("acled", e.acled().orElse(null));
        s.put("acled_sub", e.acledSub().orElse(null));
        ArrayNode arguments = s.putArray("arguments");
        for (StoredEvent.Participant a : e.arguments()) {
            ObjectNode n = arguments.addObject();
            n.put("role", a.role());
            n.put("text", a.text());
            n.put("start", a.start());
            n.put("end", a.end());
            n.put("entity", a.entityName().orElse(null));
            n.put("actor", a.actorCode().orElse(null));
            n.put("actor_country", a.actorCountry().orElse(null));
        }
        return s;
    }

    /** PLOVER's actor fields: the country (ISO alpha-3, else the actor code), the sector, the name. */
    private void actor(ObjectNode r, String prefix, List<StoredEvent.Participant> in) {
        Optional<StoredEvent.Participant> first = in.stream().findFirst();
        r.put(
                prefix + "_actor",
                first.flatMap(a -> a.actorCountry()
                                .flatMap(countries::byIso2)
                                .map(Country::iso3)
                                .or(a::actorCode))
                        .orElse(null));
        r.put(
                prefix + "_agent",
                first.flatMap(StoredEvent.Participant::actorSector).orElse(null));
        r.put(prefix + "_other", first.map(StoredEvent.Participant::name).orElse(null));
    }

    private static String names(List<StoredEvent.Participant> in) {
        return String.join(
                "; ", in.stream().map(StoredEvent.Participant::name).distinct().toList());
    }

    private static void putNumber(ObjectNode r, String field, Optional<Double> value) {
        if (value.isPresent()) {
            r.put(field, value.get());
        } else {
            r.putNull(field);
        }
    }
}
