package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts and graphs over the events an {@link EventFilter} selects (all pages): events by type, country or ISO
 * week, the actor network (who acted on whom, how often), and full-text search over articles.
 */
public final class Aggregates {
    private final EventStore store;

    public Aggregates(EventStore store) {
        this.store = store;
    }

    /** What events are counted by. */
    public enum By {
        TYPE("e.type"),
        COUNTRY("e.country"),
        /** The ISO week of the event's first day ("2024-W19"). */
        WEEK("strftime('%G-W%V', e.time_first)");

        final String expression;

        By(String expression) {
            this.expression = expression;
        }

        public static By parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("count by type, country or week, got '" + s + "'");
            }
        }
    }

    public record Count(String key, long count) {}

    /** Events per key, the largest count first (weeks in time order); events without the key are left out. */
    public List<Count> count(EventFilter filter, By by) {
        EventQuery.Where where = EventQuery.where(filter);
        String sql = "SELECT " + by.expression + " AS k, count(*) FROM events e JOIN articles a ON a.id = e.article_id"
                + where.sql() + (where.sql().isEmpty() ? " WHERE " : " AND ") + by.expression + " IS NOT NULL"
                + " GROUP BY k ORDER BY " + (by == By.WEEK ? "k" : "count(*) DESC, k");
        List<Count> out = new ArrayList<>();
        try (PreparedStatement s = EventQuery.prepare(store, sql, where.parameters());
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Count(r.getString(1), r.getLong(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The events of one Sitrep type in one ISO week ("2024-W19"). */
    public record WeekCount(String week, String type, long count) {}

    /**
     * Events per ISO week and Sitrep type, weeks in time order and, within a week, the largest count first: the
     * stacked bars of a timeline. (Counting by week with a {@code type} filter cannot give this: a filter's type
     * also matches PLOVER and ACLED categories, and PLOVER's PROTEST holds Sitrep's DEMAND too.)
     */
    public List<WeekCount> weeksByType(EventFilter filter) {
        EventQuery.Where where = EventQuery.where(filter);
        String week = By.WEEK.expression;
        String sql = "SELECT " + week + " AS w, e.type, count(*) FROM events e JOIN articles a ON a.id = e.article_id"
                + where.sql() + (where.sql().isEmpty() ? " WHERE " : " AND ") + week + " IS NOT NULL"
                + " GROUP BY w, e.type ORDER BY w, count(*) DESC, e.type";
        List<WeekCount> out = new ArrayList<>();
        try (PreparedStatement s = EventQuery.prepare(store, sql, where.parameters());
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new WeekCount(r.getString(1), r.getString(2), r.getLong(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The events of one Sitrep type placed at one point (coordinates rounded to 3 decimals, about 100 m). */
    public record PointCount(double lat, double lon, String place, String country, String type, long count) {}

    /**
     * Placed events per point and Sitrep type, the busiest first: a map's markers for all matching events, without
     * reading the events themselves. The place is the point's name (the first in order of names when several
     * share it).
     */
    public List<PointCount> points(EventFilter filter) {
        EventQuery.Where where = EventQuery.where(filter);
        String sql = "SELECT round(e.lat, 3) AS y, round(e.lon, 3) AS x, min(e.place), min(e.country), e.type,"
                + " count(*) FROM events e JOIN articles a ON a.id = e.article_id" + where.sql()
                + (where.sql().isEmpty() ? " WHERE " : " AND ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL"
                + " GROUP BY y, x, e.type ORDER BY count(*) DESC, y, x, e.type";
        List<PointCount> out = new ArrayList<>();
        try (PreparedStatement s = EventQuery.prepare(store, sql, where.parameters());
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new PointCount(
                        r.getDouble(1), r.getDouble(2), r.getString(3), r.getString(4), r.getString(5), r.getLong(6)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count in " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** One edge of the actor network: an agent acting on a patient in {@code events} events. */
    public record Edge(String agent, String patient, long events, String types) {}

    /** Who acted on whom: agent and patient named by their entity (else their text), most frequent first. */
    public List<Edge> network(EventFilter filter, int maxEdges) {
        EventQuery.Where where = EventQuery.where(filter);
        String sql = "SELECT coalesce(g.entity_name, g.text) AS agent, coalesce(p.entity_name, p.text) AS patient,"
                + " count(DISTINCT e.article_id || '/' || e.id) AS n, group_concat(DISTINCT e.type) FROM events e"
                + " JOIN articles a ON a.id = e.article_id"
                + " JOIN arguments g ON g.article_id = e.article_id AND g.event_id = e.id AND g.role = 'agent'"
                + " JOIN arguments p ON p.article_id = e.article_id AND p.event_id = e.id AND p.role = 'patient'"
                + where.sql() + " GROUP BY agent, patient ORDER BY n DESC, agent, patient LIMIT ?";
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(maxEdges);
        List<Edge> out = new ArrayList<>();
        try (PreparedStatement s = EventQuery.prepare(store, sql, parameters);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Edge(r.getString(1), r.getString(2), r.getLong(3), r.getString(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the network in " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** An article found by full-text search, with a snippet whose matches are marked by [ and ]. */
    public record Found(String id, String headline, String published, String source, String snippet) {}

    /** Articles holding every word of {@code text} (headline or body), best match first, ties by id. */
    public List<Found> search(String text, int limit, int offset) {
        if (Search.words(text).isEmpty()) {
            throw new IllegalArgumentException("the search text has no words to look for: '" + text + "'");
        }
        String sql = "SELECT a.id, a.headline, a.published, a.source,"
                + " snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts"
                + " JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?"
                + " ORDER BY rank, a.id LIMIT ? OFFSET ?"; // SQL leaves ties in any order, a page's LIMIT too
        List<Found> out = new ArrayList<>();
        try (PreparedStatement s = EventQuery.prepare(store, sql, List.of(Search.ftsQuery(text), limit, offset));
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new Found(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot search " + store.file() + ": " + e.getMessage(), e);
        }
        return out;
    }
}
