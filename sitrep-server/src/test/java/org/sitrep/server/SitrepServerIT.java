package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.incidents.IncidentRules;
import org.sitrep.model.Document;
import org.sitrep.ontology.Ontology;
import org.sitrep.output.DocumentJson;
import org.sitrep.store.EventStore;
import org.sitrep.testing.SharedSitrep;

/** The HTTP API over a store of articles written for the test, read through a real HTTP client. */
class SitrepServerIT {
    @TempDir
    static Path dir;

    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String ATTACK =
            "Gunmen attacked a police station in Kidal on Monday, killing three officers, officials said. "
                    + "<script>alert('x')</script> was written on a wall nearby.";
    private static final String PROTEST = "Hundreds of people protested in Bamako on Tuesday against power cuts.";

    @BeforeAll
    static void start() {
        Path db = dir.resolve("api.db");
        DocumentJson json = new DocumentJson(MAPPER);
        try (EventStore store = EventStore.open(db)) {
            for (String[] a : new String[][] {{"kidal-1", ATTACK}, {"bamako-1", PROTEST}}) {
                Document d = SharedSitrep.extract(a[1], LocalDate.of(2024, 6, 4));
                Document withId = d.withIdentity(a[0], "https://news.example.org/" + a[0], "Headline " + a[0]);
                store.put(withId, json.toJson(withId).toString());
            }
            store.rebuildIncidents(new IncidentMerger(new IncidentRules(Ontology.load())));
        }
        ExtractEndpoint extract = new ExtractEndpoint(SharedSitrep::get, 1, Duration.ofSeconds(60), 4096);
        app = new SitrepServer(db, extract, Countries.load(WordLists.load()))
                .app()
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertTrue(
                response.headers().firstValue("content-type").orElse("").startsWith("application/json"),
                response.toString());
        return MAPPER.readTree(response.body());
    }

    @Test
    void eventsAreFilteredAndPagedLikeTheCommandLine() throws Exception {
        JsonNode all = json(get("/api/events"));
        assertTrue(all.get("total").asLong() >= 2, all.toString());
        JsonNode mali = json(get("/api/events?country=ML&type=ATTACK,KILL"));
        assertTrue(mali.get("events").size() >= 1, mali.toString());
        for (JsonNode e : mali.get("events")) {
            assertEquals("ML", e.get("country").asText());
            assertEquals("kidal-1", e.get("article_id").asText());
            String text = ATTACK;
            assertEquals(
                    e.get("trigger").asText(),
                    text.substring(
                            e.get("trigger_start").asInt(), e.get("trigger_end").asInt()));
        }
        JsonNode page = json(get("/api/events?limit=1&offset=1"));
        assertEquals(1, page.get("events").size());
        assertEquals(
                all.get("events").get(1).get("key"), page.get("events").get(0).get("key"));
    }

    @Test
    void badParametersAre400sThatNameThemAndNeverAStackTrace() throws Exception {
        for (String query : new String[] {
            "/api/events?country=Mali", "/api/events?near=here", "/api/events?from=yesterday", "/api/events?limit=0",
            "/api/events?colour=red", "/api/events?limit=1&limit=2", "/api/counts?by=colour", "/api/search",
            "/api/search?q=%2A%2A%2A", "/api/events?modality=likely"
        }) {
            HttpResponse<String> r = get(query);
            assertEquals(400, r.statusCode(), query + " -> " + r.body());
            String error = json(r).get("error").asText();
            assertFalse(error.isBlank(), query);
            assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
        }
        HttpResponse<String> missing = get("/api/articles/no-such-article");
        assertEquals(404, missing.statusCode());
        assertEquals(404, get("/api/nothing-here").statusCode());
    }

    @Test
    void eachBadValueIsBlamedOnItsParameter() throws Exception {
        String[][] cases = {
            {"/api/events?country=Mali", "country"},
            {"/api/events?near=1,2", "near"},
            {"/api/events?near=NaN,0,5", "near"},
            {"/api/events?limit=0", "limit"},
            {"/api/events?limit=100001", "limit"},
            {"/api/events?offset=-1", "offset"},
            {"/api/events?text=%2A", "text"},
            {"/api/events?type=", "type"},
            {"/api/events?type=,", "type"},
            {"/api/events?type=ATTACK,", "type"},
            {"/api/events?actor=%20", "actor"},
            {"/api/events?place=", "place"},
            {"/api/events?modality=likely", "modality"},
            {"/api/events?from=2024-06-10&to=2024-06-01", "from/to"},
            {"/api/counts?by=colour", "by"},
            {"/api/search?q=%2A", "q"},
            {"/api/search?q=police&limit=5000", "limit"},
            {"/api/search?q=police&offset=-3", "offset"},
            {"/api/incidents?limit=x", "limit"}
        };
        for (String[] c : cases) {
            HttpResponse<String> r = get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " -> " + r.body());
            String error = json(r).get("error").asText();
            assertTrue(error.startsWith("parameter " + c[1]), c[0] + " -> " + error);
        }
    }

    @Test
    void searchRefusesEventFiltersItWouldIgnore() throws Exception {
        HttpResponse<String> r = get("/api/search?q=police&country=ML");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(json(r).get("error").asText().contains("country"), r.body());
    }

    @Test
    void unknownRoutesAndMethodsAnswerInJson() throws Exception {
        for (String path : new String[] {"/api/nothing-here", "/nothing-here.html", "/api/articles/"}) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(json(r).get("error").asText().contains(path), r.body());
        }
        HttpResponse<String> delete = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/events"))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, delete.statusCode());
        assertTrue(json(delete).has("error"), delete.body());
    }

    @Test
    void requestsTheHttpServerRefusesAnswerInJsonToo() throws Exception {
        // refused by Jetty before any route: a NUL in the path, a URI too long
        for (String path : new String[] {"/api/articles/%00", "/api/articles/x" + "y".repeat(20_000)}) {
            HttpResponse<String> r = get(path);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
            assertFalse(json(r).get("error").asText().isBlank(), r.body());
            assertFalse(r.body().contains("<html"), r.body());
        }
    }

    @Test
    void anArticleComesBackAsItsRecordWithTheScriptLeftAsText() throws Exception {
        JsonNode record = json(get("/api/articles/kidal-1"));
        assertEquals("kidal-1", record.get("id").asText());
        assertTrue(record.get("text").asText().contains("<script>"), "the API returns the text; the page escapes it");
        JsonNode found = json(get("/api/search?q=" + URLEncoder.encode("police station", StandardCharsets.UTF_8)));
        assertEquals("kidal-1", found.get(0).get("id").asText());
        assertTrue(found.get(0).get("snippet").asText().contains("[police]"), found.toString());
    }

    @Test
    void countsNetworkAndIncidents() throws Exception {
        JsonNode byType = json(get("/api/counts?by=type"));
        assertTrue(byType.size() >= 2, byType.toString());
        JsonNode byWeek = json(get("/api/counts?by=week"));
        assertTrue(byWeek.get(0).get("key").asText().matches("2024-W\\d\\d"), byWeek.toString());
        // by week and type: each week's cells add up to its count, each type's to the events of that Sitrep type
        JsonNode cells = json(get("/api/counts?by=week-type"));
        Map<String, Long> perWeek = new TreeMap<>();
        Map<String, Long> perType = new TreeMap<>();
        cells.forEach(c -> {
            perWeek.merge(c.get("week").asText(), c.get("count").asLong(), Long::sum);
            perType.merge(c.get("type").asText(), c.get("count").asLong(), Long::sum);
        });
        Map<String, Long> weeks = new TreeMap<>();
        byWeek.forEach(c -> weeks.put(c.get("key").asText(), c.get("count").asLong()));
        assertEquals(weeks, perWeek);
        for (Map.Entry<String, Long> type : perType.entrySet()) {
            long ofType = 0; // the events of exactly this Sitrep type (the filter also takes PLOVER's and ACLED's)
            for (JsonNode e :
                    json(get("/api/events?limit=1000&type=" + type.getKey())).get("events")) {
                ofType += e.get("type").asText().equals(type.getKey()) ? 1 : 0;
            }
            assertTrue(type.getValue() >= 1 && type.getValue() <= ofType, type + " of " + ofType);
        }
        // by point: every placed event once, at its point rounded to 3 decimals
        long placed = 0;
        Set<String> points = new HashSet<>();
        for (JsonNode e : json(get("/api/events?limit=1000")).get("events")) {
            if (!e.get("lat").isNull()) {
                placed++;
                points.add("%.3f,%.3f"
                        .formatted(e.get("lat").asDouble(), e.get("lon").asDouble()));
            }
        }
        long mapped = 0;
        Set<String> mappedPoints = new HashSet<>();
        for (JsonNode p : json(get("/api/counts?by=point"))) {
            mapped += p.get("count").asLong();
            mappedPoints.add(
                    "%.3f,%.3f".formatted(p.get("lat").asDouble(), p.get("lon").asDouble()));
        }
        assertTrue(placed >= 1);
        assertEquals(placed, mapped);
        assertEquals(points, mappedPoints);
        JsonNode network = json(get("/api/network"));
        assertTrue(network.get("edges").size() >= 1, network.toString());
        JsonNode incidents = json(get("/api/incidents?country=ML"));
        assertTrue(incidents.get("incidents").size() >= 1, incidents.toString());
        assertEquals(incidents.get("incidents").size(), incidents.get("total").asInt(), "one page holds them all");
        JsonNode none = json(get("/api/incidents?country=FJ"));
        assertEquals(0, none.get("total").asInt());
    }

    @Test
    void postingAnArticleGivesItsRecordAndTheLimitsHold() throws Exception {
        HttpResponse<String> ok = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/extract"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "Soldiers arrested two journalists in Niamey on Friday."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("ARREST", json(ok).get("events").get(0).get("type").asText());
        HttpResponse<String> tooBig = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/extract"))
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertTrue(json(tooBig).get("error").asText().contains("4096"), tooBig.body());
        HttpResponse<String> empty = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/extract"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, empty.statusCode(), empty.body());
    }

    @Test
    void everyRouteIsDescribedInTheOpenApiDocumentAndNothingElse() throws Exception {
        JsonNode spec = json(get("/api/openapi.json"));
        Set<String> described = new HashSet<>();
        for (Iterator<String> paths = spec.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            spec.get("paths")
                    .get(path)
                    .fieldNames()
                    .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path));
        }
        assertEquals(new HashSet<>(SitrepServer.ROUTES), described);
    }

    @Test
    void eachRouteTakesExactlyTheParametersItsDescriptionLists() throws Exception {
        JsonNode spec = json(get("/api/openapi.json"));
        Set<String> every = new HashSet<>(FilterParameters.FILTERS);
        every.addAll(FilterParameters.PAGING);
        every.addAll(Set.of("q", "by"));
        for (Iterator<String> paths = spec.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            JsonNode get = spec.get("paths").get(path).get("get");
            if (get == null || path.contains("{") || path.endsWith(".json")) { // the description takes none
                continue;
            }
            Set<String> described = new HashSet<>();
            for (JsonNode p : get.path("parameters")) {
                JsonNode resolved =
                        p.has("$ref") ? spec.at(p.get("$ref").asText().substring(1)) : p;
                described.add(resolved.get("name").asText());
            }
            for (String name : every) {
                String body = get(path + "?" + name + "=x").body();
                assertEquals(
                        !described.contains(name),
                        body.contains("unknown parameter " + name + ";"),
                        path + "?" + name + " -> " + body);
            }
        }
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        assertFalse(page.body().contains("<script>"), "a script inline in the page");
        assertEquals(
                "nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
        HttpResponse<String> script = get("/js/main.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("content-type").orElse("").contains("javascript"));
        assertEquals(200, get("/vendor/countries-50m.json").statusCode());
    }
}
