package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Argument;
import org.sitrep.model.DayRange;
import org.sitrep.model.Document;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventCodes;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Geocode;
import org.sitrep.model.TimeValue;

/** Writes one extracted document as rows of the store's tables (inside the caller's transaction). */
final class DocumentRows {
    private final Connection connection;

    DocumentRows(Connection connection) {
        this.connection = connection;
    }

    void insert(Document d, String locator, String contentHash, String record, String storedAt) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO articles (id, locator, source, headline, published, dateline, body, content_hash,"
                        + " record, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, d.id());
            s.setString(2, locator);
            s.setString(3, d.source());
            s.setString(4, d.headline());
            s.setString(5, d.published().map(Object::toString).orElse(null));
            s.setString(6, d.dateline().orElse(null));
            s.setString(7, d.text());
            s.setString(8, contentHash);
            s.setString(9, record);
            s.setString(10, storedAt);
            s.executeUpdate();
        }
        insertEntities(d);
        Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
        insertEvents(d, entities);
    }

    private void insertEntities(Document d) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO entities (article_id, id, name, type, mentions, geonameid, lat, lon, country, admin1,"
                        + " precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Entity e : d.entities()) {
                s.setString(1, d.id());
                s.setString(2, e.id());
                s.setString(3, e.name());
                s.setString(4, e.type().name());
                s.setInt(5, e.mentions().size());
                setGeocode(s, 6, e.geo());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Sets geonameid, lat, lon, country, admin1 and precision from {@code column} on. */
    private static void setGeocode(PreparedStatement s, int column, Optional<Geocode> geo) throws SQLException {
        if (geo.isPresent()) {
            Geocode g = geo.get();
            s.setLong(column, g.geonameId());
            s.setDouble(column + 1, g.latitude());
            s.setDouble(column + 2, g.longitude());
            s.setString(column + 3, g.country());
            s.setString(column + 4, g.admin1().isEmpty() ? null : g.admin1());
            s.setString(column + 5, g.precision());
        } else {
            s.setNull(column, Types.INTEGER);
            s.setNull(column + 1, Types.REAL);
            s.setNull(column + 2, Types.REAL);
            s.setNull(column + 3, Types.VARCHAR);
            s.setNull(column + 4, Types.VARCHAR);
            s.setNull(column + 5, Types.VARCHAR);
        }
    }

    private void insertEvents(Document d, Map<String, Entity> entities) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO events (article_id, id, type, trigger, trigger_start, trigger_end, time_value,"
                                + " time_precision, time_first, time_last, time_rule, place, place_rule, geonameid,"
                                + " lat, lon, country, admin1, geo_precision, modality, confidence, evidence,"
                                + " evidence_start, evidence_end, cameo, plover, plover_mode, acled, acled_sub,"
                                + " fatalities, fatalities_start, fatalities_end, sort_day)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement a = connection.prepareStatement(
                        "INSERT INTO arguments (article_id, event_id, position, role, text, start, \"end\", entity_id,"
                                + " entity_name, actor_code, actor_country, actor_sector, acled_type)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : d.events()) {
                s.setString(1, d.id());
                s.setString(2, e.id());
                s.setString(3, e.type());
                s.setString(4, e.trigger().text());
                s.setInt(5, e.trigger().trigger().begin());
                s.setInt(6, e.trigger().trigger().end());
                setTime(s, e);
                setPlace(s, e.place());
                s.setString(20, e.modality().name().toLowerCase(Locale.ROOT));
                s.setDouble(21, e.confidence());
                s.setString(
                        22,
                        d.text().substring(e.evidence().begin(), e.evidence().end()));
                s.setInt(23, e.evidence().begin());
                s.setInt(24, e.evidence().end());
                setCodes(s, e.codes());
                setFatalities(s, e.fatalities());
                // the listing order: the event's first day, else the article's publication date
                s.setString(
                        33,
                        e.time()
                                .flatMap(t -> t.value())
                                .flatMap(DayRange::of)
                                .map(r -> r.first().toString())
                                .or(() -> d.published().map(Object::toString))
                                .orElse(null));
                s.addBatch();
                insertArguments(a, d, e, entities);
            }
            s.executeBatch();
            a.executeBatch();
        }
    }

    /** Columns 30 to 32. */
    private static void setFatalities(PreparedStatement s, Optional<Fatalities> fatalities) throws SQLException {
        if (fatalities.isPresent()) {
            s.setLong(30, fatalities.get().count());
            s.setInt(31, fatalities.get().span().begin());
            s.setInt(32, fatalities.get().span().end());
        } else {
            s.setNull(30, Types.INTEGER);
            s.setNull(31, Types.INTEGER);
            s.setNull(32, Types.INTEGER);
        }
    }

    /** Columns 7 to 11. */
    private static void setTime(PreparedStatement s, Event e) throws SQLException {
        Optional<TimeValue> value = e.time().flatMap(t -> t.value());
        Optional<DayRange> days = value.flatMap(DayRange::of);
        s.setString(7, value.map(TimeValue::value).orElse(null));
        s.setString(
                8, value.map(v -> v.precision().name().toLowerCase(Locale.ROOT)).orElse(null));
        s.setString(9, days.map(r -> r.first().toString()).orElse(null));
        s.setString(10, days.map(r -> r.last().toString()).orElse(null));
        s.setString(11, e.time().map(t -> t.rule()).orElse(null));
    }

    /** Columns 12 to 19. */
    private static void setPlace(PreparedStatement s, Optional<EventPlace> place) throws SQLException {
        s.setString(12, place.map(EventPlace::name).orElse(null));
        s.setString(13, place.map(EventPlace::rule).orElse(null));
        Optional<Geocode> geo = place.flatMap(EventPlace::geocode);
        setGeocode(s, 14, geo);
        if (geo.isEmpty() && place.flatMap(EventPlace::country).isPresent()) {
            s.setString(17, place.get().country().get()); // a country without a point is still a country
        }
    }

    /** Columns 25 to 29. */
    private static void setCodes(PreparedStatement s, Optional<EventCodes> codes) throws SQLException {
        s.setString(25, codes.flatMap(EventCodes::cameo).orElse(null));
        s.setString(26, codes.flatMap(EventCodes::plover).orElse(null));
        s.setString(27, codes.flatMap(EventCodes::ploverMode).orElse(null));
        s.setString(28, codes.map(EventCodes::acledEvent).orElse(null));
        s.setString(29, codes.map(EventCodes::acledSubEvent).orElse(null));
    }

    private static void insertArguments(PreparedStatement a, Document d, Event e, Map<String, Entity> entities)
            throws SQLException {
        int position = 0;
        for (Argument arg : e.arguments()) {
            a.setString(1, d.id());
            a.setString(2, e.id());
            a.setInt(3, position++);
            a.setString(4, arg.role().name().toLowerCase(Locale.ROOT));
            a.setString(5, arg.text());
            a.setInt(6, arg.span().begin());
            a.setInt(7, arg.span().end());
            a.setString(8, arg.entityId().orElse(null));
            a.setString(9, arg.entityId().map(entities::get).map(Entity::name).orElse(null));
            a.setString(10, arg.actor().map(c -> c.code()).orElse(null));
            a.setString(11, arg.actor().flatMap(c -> c.country()).orElse(null));
            a.setString(12, arg.actor().map(c -> c.sector()).orElse(null));
            if (arg.actor().isPresent()) {
                a.setInt(13, arg.actor().get().acledType());
            } else {
                a.setNull(13, Types.INTEGER);
            }
            a.addBatch();
        }
    }
}
