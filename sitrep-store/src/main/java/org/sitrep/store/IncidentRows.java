package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.incidents.Incident;
import org.sitrep.incidents.IncidentMention;
import org.sitrep.incidents.IncidentMentions;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.model.LatLon;
import org.sitrep.model.Modality;

/**
 * Recomputes the store's incidents from all its events: reads each event as an {@link IncidentMention},
 * merges them with the one {@link IncidentMerger}, and replaces the incident tables (inside the caller's
 * transaction). Events said not to have happened (negated) or not yet (future) join no incident.
 */
final class IncidentRows {
    /** The one rule of which events join incidents ({@link IncidentMentions#joinsIncidents}), as SQL. */
    private static final String JOINS_INCIDENTS = Arrays.stream(Modality.values())
            .filter(m -> !IncidentMentions.joinsIncidents(m))
            .map(m -> "'" + m.name().toLowerCase(Locale.ROOT) + "'")
            .collect(Collectors.joining(", ", "e.modality NOT IN (", ")"));

    private final Connection connection;

    IncidentRows(Connection connection) {
        this.connection = connection;
    }

    /**
     * Whether the incidents miss an event that can join one, or keep a member no longer stored: what an ingest
     * killed after its last article but before it recomputed the incidents leaves behind.
     */
    boolean stale() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT EXISTS (SELECT 1 FROM events e WHERE " + JOINS_INCIDENTS
                        + " AND NOT EXISTS (SELECT 1 FROM incident_members m"
                        + " WHERE m.article_id = e.article_id AND m.event_id = e.id))"
                        + " OR EXISTS (SELECT 1 FROM incident_members m WHERE NOT EXISTS (SELECT 1 FROM events e"
                        + " WHERE e.article_id = m.article_id AND e.id = m.event_id AND " + JOINS_INCIDENTS + "))")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    int rebuild(IncidentMerger merger) throws SQLException {
        List<Incident> incidents = merger.merge(mentions());
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM incident_members");
            s.executeUpdate("DELETE FROM incidents");
        }
        try (PreparedStatement i = connection.prepareStatement(
                        "INSERT INTO incidents (id, type, first_day, last_day, place, country, admin1, lat, lon, articles,"
                                + " sources, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement m = connection.prepareStatement(
                        "INSERT INTO incident_members (incident_id, article_id, event_id, matched_to, score, reasons)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Incident incident : incidents) {
                IncidentMention placed = incident.placed();
                i.setString(1, incident.id());
                i.setString(2, incident.type());
                i.setString(3, incident.firstDay().map(LocalDate::toString).orElse(null));
                i.setString(4, incident.lastDay().map(LocalDate::toString).orElse(null));
                i.setString(5, placed.place().orElse(null));
                i.setString(6, placed.country().orElse(null));
                i.setString(7, placed.admin1().orElse(null));
                if (placed.point().isPresent()) {
                    i.setDouble(8, placed.point().get().lat());
                    i.setDouble(9, placed.point().get().lon());
                } else {
                    i.setNull(8, Types.REAL);
                    i.setNull(9, Types.REAL);
                }
                i.setLong(10, incident.articles());
                i.setLong(11, incident.sources());
                i.setInt(12, incident.members().size());
                i.addBatch();
                for (Incident.Member member : incident.members()) {
                    String key = member.mention().key();
                    m.setString(1, incident.id());
                    m.setString(2, member.mention().articleId());
                    m.setString(3, key.substring(key.lastIndexOf('/') + 1));
                    m.setString(4, member.matchedTo().orElse(null));
                    m.setDouble(5, member.score());
                    m.setString(6, String.join("; ", member.reasons()));
                    m.addBatch();
                }
            }
            i.executeBatch();
            m.executeBatch();
        }
        return incidents.size();
    }

    private List<IncidentMention> mentions() throws SQLException {
        Map<String, Sides> sides = actors();
        List<IncidentMention> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT e.article_id, e.id, e.type, e.time_first, e.time_last, e.lat, e.lon, e.geo_precision,"
                                + " e.country, e.admin1, e.place, a.locator FROM events e JOIN articles a ON a.id = e.article_id"
                                + " WHERE " + JOINS_INCIDENTS)) {
            while (r.next()) {
                String article = r.getString(1);
                String key = article + "/" + r.getString(2);
                Optional<LocalDate> first = Optional.ofNullable(r.getString(4)).map(LocalDate::parse);
                Optional<LocalDate> last = Optional.ofNullable(r.getString(5)).map(LocalDate::parse);
                double lat = r.getDouble(6);
                Optional<LatLon> point = r.wasNull() ? Optional.empty() : Optional.of(new LatLon(lat, r.getDouble(7)));
                Sides actors = sides.getOrDefault(key, new Sides());
                out.add(new IncidentMention(
                        key,
                        article,
                        IncidentMentions.outlet(r.getString(12), article),
                        r.getString(3),
                        first,
                        last,
                        Optional.ofNullable(r.getString(11)),
                        point,
                        Optional.ofNullable(r.getString(8)),
                        Optional.ofNullable(r.getString(9)),
                        Optional.ofNullable(r.getString(10)),
                        new IncidentMention.Actors(actors.agentCodes, actors.agentNames),
                        new IncidentMention.Actors(actors.patientCodes, actors.patientNames)));
            }
        }
        return out;
    }

    /** The codes and names of an event's agents and patients, as its arguments are read. */
    private static final class Sides {
        final Set<String> agentCodes = new HashSet<>();
        final Set<String> agentNames = new HashSet<>();
        final Set<String> patientCodes = new HashSet<>();
        final Set<String> patientNames = new HashSet<>();
    }

    /** Each event's sides, by key. */
    private Map<String, Sides> actors() throws SQLException {
        Map<String, Sides> out = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT article_id, event_id, role, coalesce(entity_name, text), actor_code FROM arguments"
                                + " WHERE role IN ('agent', 'patient')")) {
            while (r.next()) {
                Sides sides = out.computeIfAbsent(r.getString(1) + "/" + r.getString(2), k -> new Sides());
                boolean agent = r.getString(3).equals("agent");
                if (r.getString(5) != null) {
                    (agent ? sides.agentCodes : sides.patientCodes).add(r.getString(5));
                }
                (agent ? sides.agentNames : sides.patientNames)
                        .add(r.getString(4).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
