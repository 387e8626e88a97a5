package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds the stored events an {@link EventFilter} asks for, newest first, with their arguments. */
public final class EventQuery {
    /** A little under the 111.195 km of LatLon.km's 6371 km sphere, so that the prefilter box holds the whole circle. */
    private static final double KM_PER_DEGREE_LATITUDE = 111.19;

    private final EventStore store;

    public EventQuery(EventStore store) {
        this.store = store;
    }

    /** The events that pass {@code filter}, one page of them. */
    public List<StoredEvent> find(EventFilter filter) {
        Where where = where(filter);
        String sql = "SELECT e.seq, e.*, a.headline, a.source, a.published FROM events e"
                + " JOIN articles a ON a.id = e.article_id"
                + where.sql()
                + " ORDER BY e.sort_day DESC, e.article_id, CAST(substr(e.id, 2) AS INTEGER)" // index events_listing
                + " LIMIT ? OFFSET ?";
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(filter.limit());
        parameters.add(filter.offset());
        Map<Long, StoredEvent> events = new LinkedHashMap<>();
        try (PreparedStatement s = prepare(sql, parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                events.put(r.getLong(1), event(r, arguments(r.getString("article_id"), r.getString("id"))));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query " + store.file() + ": " + e.getMessage(), e);
        }
        return List.copyOf(events.values());
    }

    /** How many events pass {@code filter}, all pages together. */
    public long count(EventFilter filter) {
        return count("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id", filter);
    }

    /** How many incidents hold an event that passes {@code filter}, all pages together. */
    public long countIncidents(EventFilter filter) {
        return count(
                "SELECT count(DISTINCT m.incident_id) FROM incident_members m"
                        + " JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
                        + " JOIN articles a ON a.id = e.article_id",
                filter);
    }

    /** The one number {@code select} (joining events as e and articles as a) gives under the filter's conditions. */
    private long count(String select, EventFilter filter) {
        Where where = where(filter);
        try (PreparedStatement s = prepare(select + where.sql(), where.parameters());
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot query " + store.file() + ": " + e.getMessage(), e);
        }
    }

    /** The incidents with at least one event that passes {@code filter}, newest first, one page of them. */
    public List<StoredIncident> incidents(EventFilter filter) {
        Where where = where(filter);
        String sql = "SELECT * FROM incidents i WHERE i.id IN (SELECT m.incident_id FROM incident_members m"
                + " JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
                + " JOIN articles a ON a.id = e.article_id" + where.sql() + ")"
                + " ORDER BY i.first_day DESC, i.articles DESC, i.id LIMIT ? OFFSET ?";
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(filter.limit());
        parameters.add(filter.offset());
        List<StoredIncident> out = new ArrayList<>();
        try (PreparedStatement s = prepare(sql, parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String id = r.getString("id");
                out.add(new StoredIncident(
                        id,
                        r.getString("type"),
                        text(r, "first_day"),
                        text(r, "last_day"),
                        text(r, "place"),
                        text(r, "country"),
                        text(r, "admin1"),
                        real(r, "lat"),
                        real(r, "lon"),
                        r.getLong("articles"),
                        r.getLong("sources"),
                        members(id)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }

    private List<StoredIncident.Member> members(String incidentId) throws SQLException {
        List<StoredIncident.Member> out = new ArrayList<>();
        try (PreparedStatement s = store.connection()
                .prepareStatement(
                        "SELECT m.article_id, m.event_id, m.matched_to, m.score, m.reasons, e.type, e.evidence, a.headline,"
                                + " a.source FROM incident_members m"
                                + " JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id"
                                + " JOIN articles a ON a.id = m.article_id WHERE m.incident_id = ?"
                                + " ORDER BY m.matched_to IS NOT NULL, m.article_id, m.event_id")) {
            s.setString(1, incidentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredIncident.Member(
                            r.getString(1) + "/" + r.getString(2),
                            r.getString(6),
                            r.getString(8),
                            r.getString(9),
                            r.getString(7),
                            Optional.ofNullable(r.getString(3)),
                            r.getDouble(4),
                            r.getString(5)));
                }
            }
        }
        return out;
    }

    record Where(String sql, List<Object> parameters) {}

    static Where where(EventFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!f.types().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (String type : f.types()) {
                any.add("e.type = ? COLLATE NOCASE OR e.plover = ? COLLATE NOCASE OR e.acled = ? COLLATE NOCASE"
                        + " OR e.acled_sub = ? COLLATE NOCASE");
                for (int i = 0; i < 4; i++) {
                    parameters.add(type.strip());
                }
            }
            clauses.add("(" + String.join(" OR ", any) + ")");
        }
        f.actor().ifPresent(actor -> {
            clauses.add("EXISTS (SELECT 1 FROM arguments g WHERE g.article_id = e.article_id AND g.event_id = e.id"
                    + " AND (g.actor_code = ? OR g.text LIKE ? ESCAPE '\\' OR g.entity_name LIKE ? ESCAPE '\\'))");
            String like = "%" + escapeLike(actor.strip()) + "%";
            parameters.add(actor.strip().toUpperCase(Locale.ROOT));
            parameters.add(like);
            parameters.add(like);
        });
        f.country().ifPresent(country -> {
            clauses.add("e.country = ?");
            parameters.add(country);
        });
        f.near().ifPresent(near -> {
            // a box first, so the index on (lat, lon) narrows the rows the exact distance is computed for
            double dLat = near.km() / KM_PER_DEGREE_LATITUDE;
            double cos = Math.cos(Math.toRadians(Math.min(89.0, Math.abs(near.lat()) + dLat)));
            double dLon = Math.min(180, near.km() / (KM_PER_DEGREE_LATITUDE * Math.max(cos, 1e-6)));
            clauses.add("e.lat BETWEEN ? AND ? AND " + EventStore.KM_FUNCTION + "(?, ?, e.lat, e.lon) <= ?");
            parameters.add(near.lat() - dLat);
            parameters.add(near.lat() + dLat);
            parameters.add(near.lat());
            parameters.add(near.lon());
            parameters.add(near.km());
            // a circle that holds a pole holds every longitude
            if (dLon < 180 && Math.abs(near.lat()) + dLat < 90) {
                clauses.add(lonClause(near.lon(), dLon, parameters));
            }
        });
        f.place().ifPresent(place -> {
            clauses.add("(e.place = ? COLLATE NOCASE OR e.admin1 = ? COLLATE NOCASE)");
            parameters.add(place.strip());
            parameters.add(place.strip());
        });
        f.from().ifPresent(day -> {
            clauses.add("e.time_last >= ?");
            parameters.add(day.toString());
        });
        f.to().ifPresent(day -> {
            clauses.add("e.time_first <= ?");
            parameters.add(day.toString());
        });
        f.text().ifPresent(text -> {
            String query = Search.ftsQuery(text);
            clauses.add("(e.seq IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)"
                    + " OR a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))");
            parameters.add(query);
            parameters.add(query);
        });
        f.modality().ifPresent(m -> {
            clauses.add("e.modality = ?");
            parameters.add(m);
        });
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters);
    }

    /** Longitudes within {@code dLon} of {@code lon}, across the antimeridian when the box crosses it. */
    private static String lonClause(double lon, double dLon, List<Object> parameters) {
        double west = lon - dLon;
        double east = lon + dLon;
        if (west < -180) {
            parameters.add(west + 360);
            parameters.add(east);
            return "(e.lon >= ? OR e.lon <= ?)";
        }
        if (east > 180) {
            parameters.add(west);
            parameters.add(east - 360);
            return "(e.lon >= ? OR e.lon <= ?)";
        }
        parameters.add(west);
        parameters.add(east);
        return "e.lon BETWEEN ? AND ?";
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        return prepare(store, sql, parameters);
    }

    static PreparedStatement prepare(EventStore store, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement s = store.connection().prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
        return s;
    }

    private List<StoredEvent.Participant> arguments(String articleId, String eventId) throws SQLException {
        List<StoredEvent.Participant> out = new ArrayList<>();
        try (PreparedStatement s = store.connection()
                .prepareStatement("SELECT * FROM arguments WHERE article_id = ? AND event_id = ? ORDER BY position")) {
            s.setString(1, articleId);
            s.setString(2, eventId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredEvent.Participant(
                            r.getString("role"),
                            r.getString("text"),
                            r.getInt("start"),
                            r.getInt("end"),
                            text(r, "entity_name"),
                            text(r, "actor_code"),
                            text(r, "actor_country"),
                            text(r, "actor_sector"),
                            integer(r, "acled_type")));
                }
            }
        }
        return out;
    }

    private static StoredEvent event(ResultSet r, List<StoredEvent.Participant> arguments) throws SQLException {
        return new StoredEvent(
                r.getString("article_id"),
                r.getString("headline"),
                r.getString("source"),
                text(r, "published"),
                r.getString("id"),
                r.getString("type"),
                r.getString("trigger"),
                r.getInt("trigger_start"),
                r.getInt("trigger_end"),
                text(r, "time_value"),
                text(r, "time_precision"),
                text(r, "time_first"),
                text(r, "time_last"),
                text(r, "place"),
                text(r, "country"),
                text(r, "admin1"),
                real(r, "lat"),
                real(r, "lon"),
                text(r, "geo_precision"),
                r.getString("modality"),
                r.getDouble("confidence"),
                r.getString("evidence"),
                r.getInt("evidence_start"),
                r.getInt("evidence_end"),
                text(r, "cameo"),
                text(r, "plover"),
                text(r, "plover_mode"),
                text(r, "acled"),
                text(r, "acled_sub"),
                whole(r, "fatalities"),
                arguments);
    }

    private static Optional<String> text(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    private static Optional<Double> real(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Long> whole(ResultSet r, String column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Integer> integer(ResultSet r, String column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
