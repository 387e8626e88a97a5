package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.Ingester;
import org.sitrep.model.ProblemCode;
import org.sitrep.output.DocumentJson;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.DocumentSchema;
import org.sitrep.testing.SharedSitrep;

/**
 * The fuzz suite: generated hostile inputs, and random mutations of articles written for it, through the entry the
 * command line uses (bytes → {@link Ingester} → {@link StreamingExtractor} → {@link DocumentJson}), with one loaded
 * pipeline for all tries. For every input: the number of records is the number of documents it holds (one for a
 * text or HTML file, one per JSON record or value), nothing is thrown, no document fails or runs out of its budget,
 * every record validates against the schema, and every offset span's text is the text at those offsets.
 *
 * <p>Each property runs {@code jqwik.tries.default} tries (junit-platform.properties: 30, about half a minute in
 * all); a soak raises it: {@code mvn -B -o verify -pl sitrep-core -Dit.test=FuzzIT -Djqwik.tries.default=1000}. A
 * failure prints the seed that replays it ({@code @Property(seed = ...)}).
 */
class FuzzIT {
    /**
     * Far above what any input here needs (at most some 30,000 characters: about 2 s on a quiet core). It catches
     * runaway work (a backtracking pattern, a loop that never ends), not slowness: CI machines shared by many jobs
     * run 15 to 30 times slower than a quiet one, and a 60 s budget failed there now and then.
     */
    private static final Duration BUDGET = Duration.ofSeconds(180);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final StreamingExtractor EXTRACTOR =
            new StreamingExtractor(() -> SharedSitrep.get()::extract, InOrderPool.of(1, "sitrep-fuzz"), BUDGET);

    /** Articles written for this suite, the seeds of the mutations. */
    private static final List<String> ARTICLES = List.of("""
            Gunmen kill four soldiers in attack on army base

            MAIDUGURI, Nigeria (Reuters) - Suspected Boko Haram gunmen attacked an army base near Maiduguri on \
            Tuesday, killing four soldiers and wounding seven others, a military spokesman said.

            The attackers arrived in trucks at dawn and exchanged fire with troops for two hours before \
            withdrawing towards the Sambisa forest, residents told Reuters.

            On Wednesday the army said it had arrested twelve suspects in raids on nearby villages.
            """, """
            Protesters clash with police in capital

            Thousands of protesters marched through Nairobi on 5 March 2024 to demand lower food prices. Police \
            fired tear gas and arrested 30 people after some demonstrators threw stones, the Kenya Police said. \
            The opposition leader accused the government of using excessive force and vowed to hold more \
            rallies next week.
            """, """
            Earthquake kills dozens in eastern Turkey

            A magnitude 6.8 earthquake struck Elazig province late on Friday, killing at least 29 people and \
            injuring more than 1,400, officials said. Rescue teams pulled survivors from collapsed buildings \
            through the night. The European Union offered aid.
            """);

    /** Pieces that break readers, tokenizers and terminals. */
    private static final List<String> HOSTILE = List.of(
            "\u0000",
            "\u0007\u001b[2J\u001b]8;;http://x\u0007link\u001b]8;;\u0007",
            "\u009b31m\u009d0;title\u0007",
            "\u202eevil\u202c \u2066iso\u2069 \u200f",
            "\ud83d",
            "\ude00",
            "\ud83d\ude00",
            "\ufeff",
            "\ufffd\ufffd",
            "<script>alert(1)</script>",
            "<!-- unclosed comment",
            "<p><b><i>mis</b>nested</i></p>",
            "&amp;#0; &#x0; &bogus; &lt;&gt;",
            "<![CDATA[ x ]]>",
            "\r\n\r\n",
            "\t\t\t",
            "...",
            "“” ‘’ — –",
            "Mr. Dr. U.S. a.m. p.m. No. 5",
            "قالت وزارة الداخلية إن مسلحين هاجموا",
            "内政部星期二表示",
            "{\"text\": 42}",
            "[1, 2, ]");

    /** A text, opening with a word: one that opens with '{' or '[' is JSON, read by its content (properties below). */
    @Property
    void eachPlainTextGivesOneRecord(@ForAll("hostileTexts") String text) {
        assertRecords(("Text " + text).getBytes(StandardCharsets.UTF_8), "fuzz.txt", 1, 1);
    }

    @Property
    void eachMutatedArticleGivesOneRecord(@ForAll("mutatedArticles") String text) {
        assertRecords(text.getBytes(StandardCharsets.UTF_8), "article.txt", 1, 1);
    }

    @Property
    void eachHtmlPageGivesOneRecord(@ForAll("hostileTexts") String body, @ForAll("hostileTexts") String title) {
        String html = "<html><head><title>" + title + "</title></head><body><article><p>" + body
                + "</p></article></body></html>";
        assertRecords(html.getBytes(StandardCharsets.UTF_8), "page.html", 1, 1);
    }

    @Property
    void eachBytesGiveOneRecord(@ForAll("hostileBytes") byte[] bytes) {
        assertRecords(bytes, "fuzz.txt", 1, 1);
    }

    /** Records one after the other, in an array or as JSON Lines, some of them wrong: one record each. */
    @Property
    void eachJsonRecordGivesOneRecord(@ForAll("jsonRecords") List<String> records, @ForAll("jsonLayouts") int layout) {
        String json =
                switch (layout) {
                    case 0 -> "[" + String.join(",", records) + "]";
                    case 1 -> String.join("\n", records);
                    default -> concatenated(records);
                };
        assertRecords(
                json.getBytes(StandardCharsets.UTF_8),
                layout == 1 ? "feed.jsonl" : "feed.json",
                records.size(),
                records.size());
    }

    /** Malformed JSON: at least one record (the error), never more than the values it could hold plus the error. */
    @Property
    void malformedJsonIsReportedNotDropped(@ForAll("jsonRecords") List<String> records, @ForAll("cuts") int cut) {
        String json = "[" + String.join(",", records) + "]";
        String broken = json.substring(0, Math.max(1, json.length() * cut / 100)) + (cut % 2 == 0 ? "}{x" : "");
        assertRecords(broken.getBytes(StandardCharsets.UTF_8), "broken.json", 1, records.size() + 1);
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(HOSTILE),
                words(),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
                Arbitraries.integers().between(100, 20_000).map(n -> "a".repeat(n)),
                Arbitraries.integers().between(50, 3_000).map(n -> "fighters attacked the town and ".repeat(n / 5)),
                Arbitraries.integers().between(1, 400).map(n -> "\n".repeat(n)));
        return pieces.list().ofMaxSize(12).map(list -> String.join(" ", list));
    }

    @Provide
    Arbitrary<String> mutatedArticles() {
        Arbitrary<String> article = Arbitraries.of(ARTICLES);
        return Combinators.combine(article, mutations().list().ofMinSize(1).ofMaxSize(6))
                .as((text, edits) -> {
                    String out = text;
                    for (Mutation m : edits) {
                        out = m.apply(out);
                    }
                    // the first character stays a letter: the input stays one text document, not JSON
                    return "G" + out;
                });
    }

    @Provide
    Arbitrary<byte[]> hostileBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3_000);
        Arbitrary<byte[]> utf16 = Combinators.combine(Arbitraries.of(ARTICLES), Arbitraries.of(true, false))
                .as((text, little) -> text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
        Arbitrary<byte[]> badBytes = Combinators.combine(
                        Arbitraries.of(ARTICLES),
                        Arbitraries.integers().between(1, 8),
                        Arbitraries.randomValue(r -> r.nextLong()))
                .as((text, n, seed) -> {
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    java.util.Random r = new java.util.Random(seed);
                    for (int i = 0; i < n; i++) {
                        b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80));
                    }
                    return b;
                });
        Arbitrary<byte[]> windows1252 = Arbitraries.of(ARTICLES)
                .map(t -> t.replace("Reuters", "Reuters\u2019 caf\u00e9")
                        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Arbitrary<byte[]> blank =
                Arbitraries.of(new byte[0], " \n\t\r\n ".getBytes(StandardCharsets.UTF_8), new byte[] {
                    (byte) 0xef, (byte) 0xbb, (byte) 0xbf
                });
        return Arbitraries.oneOf(random, utf16, badBytes, windows1252, blank);
    }

    /** JSON records, each one document: good ones, and ones with fields of the wrong type, escapes, nulls. */
    @Provide
    Arbitrary<List<String>> jsonRecords() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of(ARTICLES), hostileTexts());
        Arbitrary<String> value = Arbitraries.oneOf(
                text.map(FuzzIT::quote),
                Arbitraries.of(
                        "null", "42", "true", "{}", "[]", "{\"a\": [1]}", "\"\"", "\"\\ud83d x\"", "\"\\u0000\""));
        Arbitrary<String> record = Combinators.combine(value, value, value, Arbitraries.of("text", "body", "content"))
                .as((title, body, id, field) ->
                        "{\"title\": %s, \"%s\": %s, \"id\": %s}".formatted(title, field, body, id));
        // values that are no record: each one error record ("[]" is no such value: an array of no records)
        Arbitrary<String> notAnObject = Arbitraries.of("42", "\"text\"", "null", "true");
        // the first is an object, so that the input reads as JSON by its content (a file opening "42{" is text)
        Arbitrary<List<String>> others = Arbitraries.frequencyOf(Tuple.of(9, record), Tuple.of(1, notAnObject))
                .list()
                .ofMaxSize(4);
        return Combinators.combine(record, others).as((first, rest) -> {
            List<String> all = new ArrayList<>(List.of(first));
            all.addAll(rest);
            return all;
        });
    }

    /**
     * JSON values back to back, as in {@code {...}{...}}; a number or literal is set off by a space, since JSON
     * cannot tell where {@code 42} ends in {@code 42{...}} (such input is malformed: an error record, as above).
     */
    private static String concatenated(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            boolean delimited = value.startsWith("{") || value.startsWith("[") || value.startsWith("\"");
            out.append(delimited ? "" : " ").append(value).append(delimited ? "" : " ");
        }
        return out.toString();
    }

    @Provide
    Arbitrary<Integer> jsonLayouts() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(1, 99);
    }

    private static Arbitrary<String> words() {
        return Arbitraries.of(
                        "the",
                        "army",
                        "said",
                        "Gunmen",
                        "killed",
                        "Kabul",
                        "on",
                        "Tuesday",
                        "in",
                        "and",
                        "police",
                        "arrested",
                        "12",
                        "people",
                        "2024-03-05",
                        "U.N.",
                        "al-Shabaab",
                        "'s",
                        ",",
                        ".",
                        "?",
                        "!")
                .list()
                .ofMaxSize(60)
                .map(list -> String.join(" ", list));
    }

    /** One edit of a text. */
    private interface Mutation {
        String apply(String text);
    }

    private static Arbitrary<Mutation> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 200);
        return Arbitraries.oneOf(
                Combinators.combine(at, length).as((a, n) -> t -> {
                    int from = a % (t.length() + 1);
                    return t.substring(0, from) + t.substring(Math.min(t.length(), from + n));
                }),
                Combinators.combine(at, length).as((a, n) -> t -> {
                    int from = a % (t.length() + 1);
                    int to = Math.min(t.length(), from + n);
                    return t.substring(0, to) + t.substring(from, to) + t.substring(to);
                }),
                Combinators.combine(
                                at,
                                Arbitraries.oneOf(
                                        Arbitraries.of(HOSTILE),
                                        Arbitraries.strings().all().ofMaxLength(8)))
                        .as((a, piece) -> t -> {
                            int from = a % (t.length() + 1);
                            return t.substring(0, from) + piece + t.substring(from);
                        }),
                Arbitraries.of(
                        (Mutation) String::toUpperCase,
                        t -> t.replace(".", ""),
                        t -> t.replace("\n", ""),
                        t -> t.replace(" ", "\u00a0"),
                        t -> t.repeat(8)));
    }

    private static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code bytes} as a file named {@code name}, extracts, and checks every record. */
    private static void assertRecords(byte[] bytes, String name, int min, int max) {
        List<JsonNode> records = new ArrayList<>();
        DocumentJson json = new DocumentJson(MAPPER);
        long started = System.nanoTime();
        try (Stream<IngestResult> inputs = new Ingester(IngestOptions.defaults()).read(bytes, name, name)) {
            EXTRACTOR.run(inputs, outcome -> {
                if (outcome instanceof Outcome.Extracted e) {
                    DocumentAssertions.assertWellFormed(e.document());
                    records.add(json.toJson(e.document()));
                } else if (outcome instanceof Outcome.Rejected r) {
                    records.add(json.rejected(r.problem()));
                } else if (outcome instanceof Outcome.Failed f) {
                    records.add(json.failed(f.input(), f.problem()));
                }
            });
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(
                records.size() >= min && records.size() <= max,
                "expected %d to %d records, got %d".formatted(min, max, records.size()));
        for (JsonNode record : records) {
            assertEquals(List.of(), DocumentSchema.get().violations(record), () -> "schema: " + record);
            for (JsonNode error : record.get("errors")) {
                String code = error.get("code").asText();
                assertFalse(
                        code.equals(ProblemCode.STAGE_FAILED) || code.equals(ProblemCode.STAGE_TIMEOUT),
                        () -> "the document failed: " + error);
            }
            assertSpansMatch(record, record.get("text").asText());
        }
        assertTrue(took.compareTo(BUDGET) < 0, "took " + took);
    }

    /** Every object with start and end in the record covers exactly its text (or, for a place, its name). */
    private static void assertSpansMatch(JsonNode node, String text) {
        if (node instanceof ObjectNode object
                && object.path("start").isInt()
                && object.path("end").isInt()) {
            int start = object.get("start").asInt();
            int end = object.get("end").asInt();
            assertTrue(0 <= start && start <= end && end <= text.length(), () -> "span beyond the text: " + object);
            JsonNode covered = object.has("text") ? object.get("text") : object.get("name");
            assertEquals(covered.asText(), text.substring(start, end), () -> "span text differs: " + object);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                assertSpansMatch(child, text);
            }
        }
    }
}
