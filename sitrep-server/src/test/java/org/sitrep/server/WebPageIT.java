package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.countries.Countries;
import org.sitrep.data.WordLists;
import org.sitrep.incidents.IncidentMerger;
import org.sitrep.incidents.IncidentRules;
import org.sitrep.model.Document;
import org.sitrep.ontology.Ontology;
import org.sitrep.output.DocumentJson;
import org.sitrep.store.EventStore;
import org.sitrep.testing.SharedSitrep;

/**
 * The web page as a person uses it, in headless Chromium driven by Selenium: a store of the incident fixture
 * articles and one hostile article, the page loaded, filtered, an article opened, and what is shown checked
 * against the API. Screenshots go to target/web-screenshots/. Skips when Chromium or chromedriver is absent
 * (Debian: {@code apt-get install chromium chromium-driver}).
 */
class WebPageIT {
    /** Fixture articles on five happenings, written for the incident tests. */
    private static final Path ARTICLES = Path.of("sitrep-cli/src/test/resources/incidents/articles.jsonl");

    private static final String HOSTILE_ID = "hostile-1";
    private static final String HOSTILE_HEADLINE = "Raid on <img src=x onerror=\"window.pwned=2\"> Kidal";
    private static final String HOSTILE_TEXT =
            "Gunmen attacked a police post in Kidal on Monday and left <script>window.pwned=1</script> and"
                    + " <b>pwnedmarkup</b> written on its wall, officials said.";

    @TempDir
    static Path dir;

    static Javalin app;
    static ChromeDriver browser;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path SCREENSHOTS =
            Path.of(System.getProperty("basedir", "sitrep-server"), "target", "web-screenshots");

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = executable("SITREP_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("SITREP_CHROMEDRIVER", "chromedriver");
        assumeTrue(
                chromium.isPresent() && driver.isPresent(),
                "WebPageIT skipped: the browser test needs Chromium and chromedriver on the PATH (Debian: apt-get"
                        + " install chromium chromium-driver), or SITREP_CHROMIUM and SITREP_CHROMEDRIVER naming them");
        Path db = dir.resolve("page.db");
        DocumentJson json = new DocumentJson(MAPPER);
        try (EventStore store = EventStore.open(db)) {
            for (String line : Files.readAllLines(ARTICLES)) {
                JsonNode a = MAPPER.readTree(line);
                put(
                        store,
                        json,
                        a.get("id").asText(),
                        a.get("url").asText(),
                        a.get("title").asText(),
                        a.get("text").asText(),
                        LocalDate.parse(a.get("date").asText()));
            }
            put(
                    store,
                    json,
                    HOSTILE_ID,
                    "javascript:window.pwned=3",
                    HOSTILE_HEADLINE,
                    HOSTILE_TEXT,
                    LocalDate.of(2024, 6, 4));
            store.rebuildIncidents(new IncidentMerger(new IncidentRules(Ontology.load())));
        }
        ExtractEndpoint extract = new ExtractEndpoint(SharedSitrep::get, 1, Duration.ofSeconds(60), 4096);
        app = new SitrepServer(db, extract, Countries.load(WordLists.load()))
                .app()
                .start("127.0.0.1", 0);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1366,768",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        // the page as on a 1366x768 laptop screen (the window size of headless Chromium includes no viewport promise)
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        Files.createDirectories(SCREENSHOTS);
    }

    private static void put(
            EventStore store, DocumentJson json, String id, String url, String headline, String text, LocalDate date) {
        Document d = SharedSitrep.extract(text, date).withIdentity(id, url, headline);
        store.put(d, json.toJson(d).toString());
    }

    /** The program named by the environment variable, else the first of these names on the PATH. */
    private static Optional<Path> executable(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank())
                .flatMap(p -> Stream.of(names).map(n -> Path.of(p, n)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + app.port();
    }

    private static JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
        return MAPPER.readTree(r.body());
    }

    /** Loads the page at this address and waits until it says everything is drawn; returns the load time in ms. */
    private static double load(String pathAndQuery) {
        browser.get(base() + pathAndQuery);
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> "ready".equals(b.findElement(By.tagName("body")).getDomAttribute("data-state")));
        Object ms = script("return performance.getEntriesByName('sitrep-drawn')[0].startTime");
        return ((Number) ms).doubleValue();
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** The article offsets at which the marks matching this selector start. */
    private static Set<Integer> starts(String css) {
        Set<Integer> out = new HashSet<>();
        all(css).forEach(m -> out.add(Integer.parseInt(m.getDomAttribute("data-start"))));
        return out;
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Browser console errors, such as a Content-Security-Policy violation or a failed request. */
    private static List<String> consoleErrors() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    @Test
    void theWholeStoreIsListedMappedChartedAndLinked() throws Exception {
        double firstLoad = load("/");
        screenshot("1-all");
        JsonNode events = api("/api/events?limit=50");
        long total = events.get("total").asLong();
        assertEquals(String.valueOf(total), text("#events-total"));
        List<WebElement> items = all("#events .event");
        assertEquals(events.get("events").size(), items.size());
        // the first event's evidence shows its trigger marked with its type, and its arguments marked by role
        JsonNode first = events.get("events").get(0);
        WebElement item = items.get(0);
        WebElement trigger = item.findElement(By.cssSelector(".evidence mark.trigger"));
        assertEquals(
                first.get("trigger").asText() + first.get("type").asText(),
                trigger.getText().replace("\n", ""));
        assertEquals(
                first.get("arguments").size(),
                item.findElements(By.cssSelector(".evidence mark.arg")).size(),
                first.toString());
        assertTrue(item.findElement(By.cssSelector("a.article-link"))
                .getDomAttribute("href")
                .endsWith(first.get("article_id").asText()));

        // the map: Natural Earth's countries and one marker per distinct point of the placed events
        assertTrue(
                all("#map path.country").size() > 150,
                "countries drawn: " + all("#map path.country").size());
        Set<String> points = new HashSet<>();
        for (JsonNode e : api("/api/events?limit=5000").get("events")) {
            if (!e.get("lat").isNull()) {
                points.add("%.3f,%.3f"
                        .formatted(e.get("lat").asDouble(), e.get("lon").asDouble()));
            }
        }
        assertFalse(points.isEmpty());
        assertEquals(points.size(), all("#map path.marker").size());

        // the timeline: a bar in every week that has events, and no other week
        Set<String> weeks = new HashSet<>();
        api("/api/counts?by=week").forEach(c -> weeks.add(c.get("key").asText()));
        Set<String> barWeeks = new HashSet<>();
        all("#timeline rect.bar").forEach(r -> barWeeks.add(r.getDomAttribute("data-period")));
        assertEquals(weeks, barWeeks);
        long dated = 0;
        for (JsonNode c : api("/api/counts?by=week")) {
            dated += c.get("count").asLong();
        }
        assertEquals(
                dated,
                all("#timeline rect.bar").stream()
                        .mapToLong(r -> Long.parseLong(r.getDomAttribute("data-count")))
                        .sum(),
                "every dated event in one bar");
        assertFalse(all("#legend .key").isEmpty());

        // the network: a node per actor of the (at most 60) busiest links
        Set<String> actors = new HashSet<>();
        JsonNode edges = api("/api/network").get("edges");
        for (int i = 0; i < Math.min(60, edges.size()); i++) {
            actors.add(edges.get(i).get("agent").asText());
            actors.add(edges.get(i).get("patient").asText());
        }
        assertFalse(actors.isEmpty());
        assertEquals(actors.size(), all("#network a.node").size());
        assertEquals(List.of(), consoleErrors());

        double again = load("/");
        String report = "page load to map, timeline and network drawn (performance mark sitrep-drawn): first %.0f ms,"
                        .formatted(firstLoad)
                + " cached %.0f ms; store of %d fixture articles, %d events".formatted(again, 18, total);
        System.out.println("WebPageIT: " + report);
        Files.writeString(SCREENSHOTS.resolve("load-time.txt"), report + "\n");
    }

    @Test
    void theFormFiltersEverythingAsTheApiDoes() throws Exception {
        load("/");
        WebElement country = browser.findElement(By.name("country"));
        country.sendKeys("NG");
        browser.findElement(By.name("type")).sendKeys("BOMBING,KILL");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.getCurrentUrl().contains("country=NG"));
        load(browser.getCurrentUrl().substring(base().length()));
        screenshot("2-filtered");
        JsonNode events = api("/api/events?country=NG&type=BOMBING,KILL&limit=50");
        assertTrue(events.get("total").asLong() > 0);
        assertEquals(events.get("total").asText(), text("#events-total"));
        for (WebElement place : all("#events .event .place")) {
            assertTrue(place.getText().endsWith(", NG"), place.getText());
        }
        for (WebElement badge : all("#events .event .badge")) {
            assertTrue(Set.of("BOMBING", "KILL").contains(badge.getText()), badge.getText());
        }
        assertEquals("NG", browser.findElement(By.name("country")).getDomProperty("value"));
        Set<String> types = new HashSet<>();
        all("#timeline rect.bar").forEach(r -> types.add(r.getDomAttribute("data-type")));
        assertTrue(Set.of("BOMBING", "KILL").containsAll(types), types.toString());

        // a click on the map's point narrows the view to the events placed there
        String filtered = browser.getCurrentUrl();
        all("#map path.marker").get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.getCurrentUrl().contains("near="));
        String near = browser.getCurrentUrl().substring(base().length());
        load(near);
        JsonNode here = api("/api/events" + near.substring(1) + "&limit=50");
        assertTrue(here.get("total").asLong() > 0, near);
        assertEquals(here.get("total").asText(), text("#events-total"));
        load(filtered.substring(base().length()));

        // incidents: the tab lists those holding a matching event, with their articles and reasons
        browser.findElement(By.id("tab-incidents")).click();
        JsonNode incidents = api("/api/incidents?country=NG&type=BOMBING,KILL&limit=50");
        assertEquals(incidents.get("total").asText(), text("#incidents-total"));
        assertEquals(
                incidents.get("incidents").size(), all("#incidents .incident").size());
        JsonNode biggest = incidents.get("incidents").get(0);
        assertEquals(
                biggest.get("members").size(),
                all("#incidents .incident:first-child .members li").size());
        assertTrue(text("#incidents .incident:first-child .tally")
                .startsWith(biggest.get("articles").asText() + " article"));
        screenshot("3-incidents");
    }

    @Test
    void anArticleOpensWithItsEntitiesTimesAndEventsMarked() throws Exception {
        load("/?country=NG");
        WebElement link = all("#events .event a.article-link").get(0);
        String id = URI.create(link.getDomProperty("href")).getFragment().substring("article=".length());
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b ->
                        !b.findElements(By.cssSelector("#article-text mark")).isEmpty());
        screenshot("4-article");
        JsonNode record = api("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        assertEquals(record.get("headline").asText(), text("#article-headline"));
        assertEquals(
                record.get("text").asText().replaceAll("\\s+", " ").strip(),
                script("const t = document.getElementById('article-text').cloneNode(true);"
                                + " t.querySelectorAll('.label').forEach(l => l.remove());"
                                + " return t.textContent.replace(/\\s+/g, ' ').trim();")
                        .toString());
        // every marked trigger is an event's trigger or mention, and every trigger that overlaps no other is marked
        Set<Integer> triggers = new HashSet<>();
        Set<Integer> unshared = new HashSet<>();
        List<int[]> spans = new ArrayList<>();
        record.get("events").forEach(e -> {
            triggers.add(e.get("trigger").get("start").asInt());
            e.get("mentions").forEach(m -> triggers.add(m.get("start").asInt()));
            spans.add(new int[] {
                e.get("trigger").get("start").asInt(),
                e.get("trigger").get("end").asInt()
            });
        });
        for (int[] s : spans) {
            if (spans.stream().filter(o -> o[0] < s[1] && s[0] < o[1]).count() == 1) {
                unshared.add(s[0]);
            }
        }
        Set<Integer> markedTriggers = starts("#article-text mark.trigger");
        assertTrue(triggers.containsAll(markedTriggers), markedTriggers + " not all in " + triggers);
        assertTrue(markedTriggers.containsAll(unshared), unshared + " not all in " + markedTriggers);
        Set<Integer> mentions = new HashSet<>();
        record.get("entities").forEach(en -> en.get("mentions")
                .forEach(m -> mentions.add(m.get("start").asInt())));
        record.get("times").forEach(t -> mentions.add(t.get("start").asInt()));
        Set<Integer> markedEntities = starts("#article-text mark.ent");
        assertFalse(markedEntities.isEmpty());
        assertTrue(mentions.containsAll(markedEntities), markedEntities + " not all in " + mentions);
        assertEquals(record.get("events").size(), all("#article-events li").size());
        // closing returns to the lists
        browser.findElement(By.id("close-article")).click();
        assertFalse(browser.findElement(By.id("article-view")).isDisplayed());
    }

    @Test
    void htmlAndScriptInAnArticleShowAsTextAndNeverRun() throws Exception {
        load("/?text=pwnedmarkup");
        screenshot("5-hostile-list");
        assertEquals(
                1,
                all("#events .event a.article-link").stream()
                        .map(WebElement::getText)
                        .distinct()
                        .count());
        String evidence = all("#events .event .evidence").get(0).getText();
        assertTrue(evidence.contains("<script>window.pwned=1</script>"), evidence);
        assertTrue(evidence.contains("<b>pwnedmarkup</b>"), evidence);
        assertEquals(
                HOSTILE_HEADLINE, all("#events .event a.article-link").get(0).getText());
        // the javascript: URL is shown as text, never made a link
        assertTrue(all("#events a.source").isEmpty());

        browser.get(base() + "/?text=pwnedmarkup#article=" + HOSTILE_ID);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b ->
                        !b.findElements(By.cssSelector("#article-text mark")).isEmpty());
        screenshot("6-hostile-article");
        assertEquals(HOSTILE_HEADLINE, text("#article-headline"));
        assertTrue(text("#article-text").contains("<script>window.pwned=1</script>"));
        assertEquals(
                0L,
                script("return document.querySelectorAll('main script, main img, main b,"
                        + " #article-view script, #article-view img, #article-view b').length"));
        assertEquals(true, script("return window.pwned === undefined"));
        assertEquals(List.of(), consoleErrors());
    }
}
