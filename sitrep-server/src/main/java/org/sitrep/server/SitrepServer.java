package org.sitrep.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.countries.Countries;
import org.sitrep.store.Aggregates;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.export.EventJson;

/**
 * Sitrep's HTTP API over a store: events and incidents with the filters of {@code sitrep query}, one article's
 * record, full-text search, counts by type, country and week, the actor network, extraction of one posted
 * article, and its own OpenAPI description. Every request reads the store through its own read-only
 * connection; a bad parameter is a 400 with a message, and no stack trace ever reaches a client. The web page at
 * {@code /} (static files under {@code org/sitrep/server/web}) is a client of the same API.
 */
public final class SitrepServer {
    /** The routes the API serves, each described in openapi.json (a test checks both agree). */
    static final List<String> ROUTES = List.of(
            "GET /api/events",
            "GET /api/incidents",
            "GET /api/articles/{id}",
            "GET /api/search",
            "GET /api/counts",
            "GET /api/network",
            "POST /api/extract",
            "GET /api/openapi.json");

    /**
     * The page's headers. Article text is untrusted: beside building the DOM with text nodes only, the page may run
     * no script but its own files (none inline), load nothing from elsewhere and be framed by no other site.
     */
    static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                    + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options",
            "nosniff",
            "Referrer-Policy",
            "no-referrer");

    private static final int MAX_EDGES = 500;
    /** {@code /api/counts?by=week-type}: events per week and type, for the page's stacked timeline. */
    private static final String WEEK_AND_TYPE = "week-type";
    /** {@code /api/counts?by=point}: placed events per point and type, for the page's map. */
    private static final String POINT = "point";

    private static final int MAX_SEARCH_LIMIT = 1000;
    private static final Set<String> SEARCH_PARAMETERS = Set.of("q", "limit", "offset");

    private final Path db;
    private final ExtractEndpoint extract;
    private final Countries countries;
    private final ObjectMapper mapper = new ObjectMapper();

    public SitrepServer(Path db, ExtractEndpoint extract, Countries countries) {
        this.db = requireNonNull(db, "db is null");
        this.extract = requireNonNull(extract, "extract is null");
        this.countries = requireNonNull(countries, "countries is null");
        try (EventStore store = EventStore.open(db)) {
            store.counts(); // brings the schema up to date once, before any reader opens it
        }
    }

    /** The application, not yet started. */
    public Javalin app() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = extract.maxBytes() + 1;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/sitrep/server/web";
                files.location = Location.CLASSPATH;
                files.headers = PAGE_HEADERS;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.get("/api/events", ctx -> withStore(ctx, store -> events(ctx, store)));
            config.routes.get("/api/incidents", ctx -> withStore(ctx, store -> incidents(ctx, store)));
            config.routes.get("/api/articles/{id}", ctx -> withStore(ctx, store -> article(ctx, store)));
            config.routes.get("/api/search", ctx -> withStore(ctx, store -> search(ctx, store)));
            config.routes.get("/api/counts", ctx -> withStore(ctx, store -> counts(ctx, store)));
            config.routes.get("/api/network", ctx -> withStore(ctx, store -> network(ctx, store)));
            config.routes.post("/api/extract", this::extract);
            config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
                    .result(openApi()));
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                System.err.println("sitrep serve: " + e.getMessage());
                error(ctx, 500, "the store could not be read");
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                error(ctx, 500, "internal error");
            });
            // Javalin answers an unknown route and a too-large body in plain text: give clients JSON as everywhere else
            config.routes.error(404, ctx -> jsonError(ctx, "no such resource: " + ctx.method() + " " + ctx.path()));
            config.routes.error(
                    413, ctx -> jsonError(ctx, "the request body is larger than " + extract.maxBytes() + " bytes"));
        });
    }

    private void withStore(Context ctx, Function<EventStore, JsonNode> answer) throws IOException {
        JsonNode body;
        try (EventStore store = EventStore.reader(db)) {
            body = answer.apply(store);
        }
        ctx.contentType("application/json").result(mapper.writeValueAsString(body));
    }

    private JsonNode events(Context ctx, EventStore store) {
        EventFilter filter = FilterParameters.paged(ctx);
        EventQuery query = new EventQuery(store);
        ObjectNode out = page(filter, query.count(filter));
        out.set("events", json().events(query.find(filter)));
        return out;
    }

    private JsonNode incidents(Context ctx, EventStore store) {
        EventFilter filter = FilterParameters.paged(ctx);
        EventQuery query = new EventQuery(store);
        ObjectNode out = page(filter, query.countIncidents(filter));
        out.set("incidents", json().incidents(query.incidents(filter)));
        return out;
    }

    private JsonNode article(Context ctx, EventStore store) {
        String id = ctx.pathParam("id");
        Optional<String> record = store.record(id);
        if (record.isEmpty()) {
            ctx.status(404);
            return mapper.createObjectNode().put("error", "no article with id " + id);
        }
        try {
            return mapper.readTree(record.get());
        } catch (IOException e) {
            throw new StoreException("the stored record of " + id + " is not JSON: " + e.getMessage(), e);
        }
    }

    private JsonNode search(Context ctx, EventStore store) {
        FilterParameters.onlyKnown(ctx, SEARCH_PARAMETERS); // the event filters do not apply to articles
        String q = FilterParameters.one(ctx, "q")
                .orElseThrow(() -> new BadRequest("parameter q (the words to find) is required"));
        int limit = FilterParameters.number(ctx, "limit", EventFilter.DEFAULT_LIMIT);
        int offset = FilterParameters.number(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw new BadRequest("parameter limit must be 1 to " + MAX_SEARCH_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new BadRequest("parameter offset must not be negative, got " + offset);
        }
        try {
            return mapper.valueToTree(new Aggregates(store).search(q, limit, offset));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("parameter q: " + e.getMessage());
        }
    }

    private JsonNode counts(Context ctx, EventStore store) {
        EventFilter filter = FilterParameters.unpaged(ctx, Set.of("by"));
        String by = FilterParameters.one(ctx, "by").orElse("type");
        if (by.strip().equalsIgnoreCase(WEEK_AND_TYPE)) {
            return mapper.valueToTree(new Aggregates(store).weeksByType(filter));
        }
        if (by.strip().equalsIgnoreCase(POINT)) {
            return mapper.valueToTree(new Aggregates(store).points(filter));
        }
        try {
            return mapper.valueToTree(new Aggregates(store).count(filter, Aggregates.By.parse(by)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("parameter by: count by type, country, week, " + WEEK_AND_TYPE + " or " + POINT
                    + ", got '" + by + "'");
        }
    }

    private JsonNode network(Context ctx, EventStore store) {
        EventFilter filter = FilterParameters.unpaged(ctx, Set.of());
        List<Aggregates.Edge> edges = new Aggregates(store).network(filter, MAX_EDGES);
        ObjectNode out = mapper.createObjectNode();
        ArrayNode nodes = out.putArray("nodes");
        Map<String, Long> weight = new TreeMap<>();
        for (Aggregates.Edge e : edges) {
            weight.merge(e.agent(), e.events(), Long::sum);
            weight.merge(e.patient(), e.events(), Long::sum);
        }
        weight.forEach((name, events) -> nodes.addObject().put("id", name).put("events", events));
        out.set("edges", mapper.valueToTree(edges));
        return out;
    }

    private void extract(Context ctx) throws InterruptedException, IOException {
        ExtractEndpoint.Answer answer = extract.extract(ctx.bodyAsBytes(), ctx.contentType());
        ctx.status(answer.status()).contentType("application/json").result(mapper.writeValueAsString(answer.body()));
    }

    private ObjectNode page(EventFilter filter, long total) {
        return mapper.createObjectNode()
                .put("total", total)
                .put("limit", filter.limit())
                .put("offset", filter.offset());
    }

    private EventJson json() {
        return new EventJson(mapper, countries);
    }

    /** Turns a plain-text error into {@code {"error": ...}}, keeping one this API already wrote. */
    private void jsonError(Context ctx, String message) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/json")) {
            error(ctx, ctx.statusCode(), message);
        }
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status)
                .contentType("application/json")
                .result(mapper.createObjectNode().put("error", message).toString());
    }

    private static String openApi() {
        try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
            return new String(
                    requireNonNull(in, "openapi.json is missing from the jar").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
