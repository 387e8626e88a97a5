package org.sitrep.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.countries.Countries;
import org.sitrep.countries.Country;
import org.sitrep.model.ActorCoding;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.Geocode;
import org.sitrep.model.LatLon;
import org.sitrep.model.Role;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Codes every participant of every event, most specific evidence first: a catalogue actor among
 * the names of its entity ("Hizballah" → LBN REB), a country's institution among its names and
 * descriptions ("a young Lebanese soldier" → LBNMIL, also for "Mustafa Nasser" once the article
 * calls him so), a country acting ("Russia" → RUSGOV), else its description's word with the
 * country of the event ("gunmen" in Kano → NGA UAF).
 */
public final class ActorCodingStage implements Stage {
    private static final Set<Role> CODED = EnumSet.of(Role.AGENT, Role.PATIENT, Role.RECIPIENT, Role.ORIGIN);

    private final ActorCatalog catalog;

    public ActorCodingStage(ActorCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "actors";
    }

    /** PLACES: an unnamed actor ("gunmen") takes the country of the event's geocoded place. */
    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.ENTITIES, Layer.EVENTS, Layer.PLACES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ACTORS);
    }

    @Override
    public Document apply(Document document) {
        Map<String, Entity> entities = new HashMap<>();
        document.entities().forEach(e -> entities.put(e.id(), e));
        Optional<Country> articleCountry = dominantCountry(document);
        List<Event> events = new ArrayList<>(document.events().size());
        for (Event event : document.events()) {
            Optional<Country> eventCountry = event.place()
                    .flatMap(p -> p.country())
                    .flatMap(catalog.countries()::byIso2)
                    .or(() -> articleCountry);
            List<Argument> coded = new ArrayList<>(event.arguments().size());
            for (Argument a : event.arguments()) {
                Optional<ActorCoding> coding = CODED.contains(a.role())
                        ? code(a, a.entityId().map(entities::get), eventCountry)
                        : Optional.empty();
                coded.add(coding.map(a::withActor).orElse(a));
            }
            events.add(event.withArguments(coded));
        }
        return document.withEvents(events);
    }

    Optional<ActorCoding> code(Argument argument, Optional<Entity> entity, Optional<Country> eventCountry) {
        List<String> names = new ArrayList<>();
        names.add(argument.text());
        entity.ifPresent(e -> {
            names.add(e.name());
            for (EntityMention m : e.mentions()) {
                if (m.kind() != EntityMention.Kind.PRONOUN) {
                    names.add(m.text());
                }
            }
        });
        for (String name : names) {
            Optional<Actor> actor = catalog.lookup(name);
            if (actor.isPresent()) {
                return Optional.of(coding(catalog.code(actor.get()), "catalogue"));
            }
        }
        for (String name : names) {
            Optional<InstitutionMatch> institution = catalog.institution(name);
            if (institution.isPresent()) {
                return Optional.of(coding(institution.get().code(), "institution"));
            }
        }
        for (String name : names) { // "the United Nations envoy", "Hezbollah fighters"
            List<ActorMatch> inside = catalog.findAll(name);
            if (inside.size() == 1) {
                return Optional.of(coding(catalog.code(inside.get(0).actor()), "catalogue"));
            }
        }
        // a country acting, by name or nationality: "Russia", "a Russian missile strike"
        boolean place = entity.map(e -> e.type() == EntityType.GPE || e.type() == EntityType.NORP)
                .orElse(false);
        Optional<Country> country =
                catalog.countries().lookup(entity.map(Entity::name).orElse(argument.text()));
        if (place && country.isPresent()) {
            return Optional.of(coding(ActorCode.of(country, "GOV", 1), "country"));
        }
        // a capital acting is its government: "Moscow warned", "Washington urged restraint"
        Optional<Country> governed = entity.filter(e -> e.type() == EntityType.GPE)
                .flatMap(Entity::geo)
                .flatMap(this::countryWhoseCapitalIs);
        if (governed.isPresent()) {
            return Optional.of(coding(ActorCode.of(governed, "GOV", 1), "capital"));
        }
        for (String name : names) {
            String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
            Optional<Institution> word = catalog.institutionWord(words[words.length - 1]);
            if (word.isPresent()) {
                return Optional.of(coding(
                        ActorCode.of(
                                eventCountry, word.get().sector(), word.get().acledType()),
                        "description"));
            }
        }
        return Optional.empty();
    }

    private static ActorCoding coding(ActorCode code, String rule) {
        return new ActorCoding(code.code(), code.country(), code.sector(), code.acledType(), rule);
    }

    /** The country whose capital the geocoded town is (within {@value #CAPITAL_KM} km of its point). */
    private Optional<Country> countryWhoseCapitalIs(Geocode geo) {
        if (!geo.precision().equals("town")) {
            return Optional.empty();
        }
        return catalog.countries().byIso2(geo.country()).filter(c -> c.geonames()
                .capitalPoint()
                .filter(p -> LatLon.km(p.lat(), p.lon(), geo.latitude(), geo.longitude()) <= CAPITAL_KM)
                .isPresent());
    }

    /** A capital's point and the gazetteer's point for the same city differ by a few km at most. */
    private static final double CAPITAL_KM = 30;

    /**
     * The country the article is about, the fallback for unnamed actors: the country named most
     * often, else the commonest demonym (demonyms often tell nationality, "two Italian hostages").
     */
    private Optional<Country> dominantCountry(Document document) {
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> demonyms = new HashMap<>();
        Map<String, Country> byIso = new HashMap<>();
        for (Countries.Mention m : catalog.countries().mentionsIn(document.text())) {
            (m.demonym() ? demonyms : names).merge(m.country().iso2(), 1, Integer::sum);
            byIso.put(m.country().iso2(), m.country());
        }
        Map<String, Integer> counts = names.isEmpty() ? demonyms : names;
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byIso.get(e.getKey()));
    }
}
