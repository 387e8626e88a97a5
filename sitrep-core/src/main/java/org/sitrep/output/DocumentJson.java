package org.sitrep.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Geocode;
import org.sitrep.model.Problem;
import org.sitrep.model.TimeMention;

/**
 * The public JSON record of a document (schema: schema/sitrep-document.schema.json). Field names are
 * a contract: add fields, never rename. Every start/end is a UTF-16 offset into {@code text}.
 */
public final class DocumentJson {
    private final ObjectMapper mapper;

    public DocumentJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(Document d) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", d.id());
        root.put("source", d.source());
        root.put("headline", d.headline());
        root.put("published", d.published().map(Object::toString).orElse(null));
        root.put("dateline", d.dateline().orElse(null));
        root.put("text", d.text());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : d.entities()) {
            entities.add(entity(e));
        }
        ArrayNode events = root.putArray("events");
        for (Event e : d.events()) {
            events.add(event(e, d));
        }
        ArrayNode times = root.putArray("times");
        for (TimeMention t : d.times()) {
            times.add(timex(t));
        }
        ArrayNode errors = root.putArray("errors");
        for (Problem p : d.problems()) {
            errors.add(problem(p));
        }
        return root;
    }

    /**
     * The record of a document the pipeline failed on: its id, metadata and text as read, no entities or
     * events, and the failure after its warnings in {@code errors}.
     */
    public ObjectNode failed(Document input, Problem p) {
        return toJson(input.withProblem(p));
    }

    /**
     * The record of an input that could not be read as an article, so that a batch's output has one record per
     * input: every field of a record, empty, its path as id and source, and the problem as its one error.
     */
    public ObjectNode rejected(Problem p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", p.source());
        node.put("source", p.source());
        node.putNull("headline");
        node.putNull("published");
        node.putNull("dateline");
        node.put("text", "");
        node.putArray("entities");
        node.putArray("events");
        node.putArray("times");
        node.putArray("errors").add(problem(p));
        return node;
    }

    private ObjectNode problem(Problem p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("code", p.code());
        node.put("source", p.source());
        node.put("message", p.message());
        return node;
    }

    private ObjectNode entity(Entity e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", e.id());
        node.put("name", e.name());
        node.put("type", e.type().name());
        ArrayNode aliases = node.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode mentions = node.putArray("mentions");
        for (EntityMention m : e.mentions()) {
            ObjectNode mention = span(m.text(), m.span());
            mention.put("kind", lower(m.kind().name()));
            mentions.add(mention);
        }
        node.set("geo", e.geo().map(this::geo).orElse(null));
        return node;
    }

    /** Where the place an entity names is: the gazetteer's reading chosen in the article's context. */
    private ObjectNode geo(Geocode g) {
        ObjectNode node = mapper.createObjectNode();
        node.put("geonameid", g.geonameId());
        node.put("name", g.name());
        node.put("lat", g.latitude());
        node.put("lon", g.longitude());
        node.put("country", g.country());
        node.put("admin1", g.admin1().isEmpty() ? null : g.admin1());
        node.put("featureClass", g.featureClass());
        node.put("precision", g.precision());
        node.put("resolution", g.reason());
        node.put("score", Math.round(g.score() * 1000) / 1000.0);
        return node;
    }

    private ObjectNode event(Event e, Document d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", e.id());
        node.put("type", e.type());
        EventMention trigger = e.trigger();
        node.set("trigger", span(trigger.text(), trigger.trigger()));
        ArrayNode mentions = node.putArray("mentions");
        for (EventMention m : e.mentions()) {
            ObjectNode mention = span(m.text(), m.trigger());
            mention.put("sentence", m.sentenceIndex());
            mentions.add(mention);
        }
        ArrayNode arguments = node.putArray("arguments");
        for (Argument a : e.arguments()) {
            ObjectNode arg = mapper.createObjectNode();
            arg.put("role", lower(a.role().name()));
            arg.put("text", a.text());
            arg.put("start", a.span().begin());
            arg.put("end", a.span().end());
            arg.put("entity", a.entityId().orElse(null));
            arg.set("actor", a.actor().map(this::actor).orElse(null));
            arguments.add(arg);
        }
        node.set("place", e.place().map(this::place).orElse(null));
        node.set("time", e.time().map(this::time).orElse(null));
        node.put("modality", lower(e.modality().name()));
        node.put("specificity", lower(e.specificity().name()));
        node.put("confidence", e.confidence());
        node.set("evidence", span(d.textOf(e.evidence()), e.evidence()));
        node.set("fatalities", e.fatalities().map(f -> fatalities(f, d)).orElse(null));
        node.set(
                "mappings",
                mappings(e.codes()
                        .orElseThrow(() -> new IllegalStateException(
                                "event %s of document %s has no codes; the pipeline needs the coding stage"
                                        .formatted(e.id(), d.id())))));
        return node;
    }

    private ObjectNode fatalities(Fatalities f, Document d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("count", f.count());
        node.setAll(span(d.textOf(f.span()), f.span()));
        return node;
    }

    private ObjectNode mappings(EventCodes c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("cameo", c.cameo().orElse(null));
        node.put("plover", c.plover().orElse(null));
        node.put("ploverMode", c.ploverMode().orElse(null));
        node.put("acled", c.acledEvent());
        node.put("acledSub", c.acledSubEvent());
        return node;
    }

    private ObjectNode actor(ActorCoding c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("code", c.code());
        node.put("country", c.country().orElse(null));
        node.put("sector", c.sector());
        node.put("acledType", c.acledType());
        node.put("rule", c.rule());
        return node;
    }

    private ObjectNode place(EventPlace p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("name", p.name());
        node.put("country", p.country().orElse(null));
        node.put("start", p.span().begin());
        node.put("end", p.span().end());
        node.put("rule", p.rule());
        node.put("geonameid", p.geocode().map(Geocode::geonameId).orElse(null));
        node.put("lat", p.geocode().map(Geocode::latitude).orElse(null));
        node.put("lon", p.geocode().map(Geocode::longitude).orElse(null));
        node.put(
                "admin1",
                p.geocode().map(Geocode::admin1).filter(a -> !a.isEmpty()).orElse(null));
        node.put("precision", p.geocode().map(Geocode::precision).orElse(null));
        node.put("resolution", p.geocode().map(Geocode::reason).orElse(null));
        return node;
    }

    private ObjectNode time(EventTime t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", t.text().orElse(null));
        node.put("value", t.value().map(v -> v.value()).orElse(null));
        node.put("precision", t.value().map(v -> lower(v.precision().name())).orElse(null));
        node.put("modifier", t.value().flatMap(v -> v.modifier()).orElse(null));
        node.put("start", t.span().map(CharSpan::begin).orElse(null));
        node.put("end", t.span().map(CharSpan::end).orElse(null));
        node.put("rule", t.rule());
        return node;
    }

    private ObjectNode timex(TimeMention t) {
        ObjectNode node = span(t.text(), t.span());
        node.put("type", t.timex().type().name());
        node.put("value", t.timex().value().orElse(null));
        node.put("mod", t.timex().mod().orElse(null));
        return node;
    }

    private ObjectNode span(String text, CharSpan span) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", text);
        node.put("start", span.begin());
        node.put("end", span.end());
        return node;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
