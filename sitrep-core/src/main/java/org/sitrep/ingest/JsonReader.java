package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.Problem;
import org.sitrep.model.ProblemCode;

/**
 * JSON articles: one object, an array of objects, or JSON Lines (one object per line). Each object
 * is a record; a malformed line or record is rejected on its own and the others go on.
 */
final class JsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One whole value: content after it ("{...} trailing", "{...}{...}" on one line) is an error, not dropped. */
    private static final ObjectReader ONE_VALUE =
            JSON.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final List<String> HEADLINE = List.of("title", "headline");
    private static final List<String> TEXT = List.of("text", "body", "content", "article", "articleBody");
    private static final List<String> DATE =
            List.of("date", "published", "publish_date", "datePublished", "pubDate", "published_at", "publishedAt");
    private static final Pattern HTML_MARKUP = Pattern.compile("(?i)<(?:p|br|div)\\b[^>]*>");

    private JsonReader() {}

    /** True if the text is JSON Lines: its first line is a whole object and more lines follow. */
    static boolean isJsonLines(String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length < 2) {
            return false;
        }
        try {
            return ONE_VALUE.readTree(lines[0]).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The records of a JSON document: an object, an array of objects, or several of either one after
     * the other ("{...}{...}", as some exports write them), each record "location#n" when there is more
     * than one. Nothing is dropped in silence: a syntax error after some records keeps those and adds a
     * rejected reading for the rest; one before any record rejects the file.
     */
    static List<Reading> readDocument(String text, String location) throws RejectedException {
        List<JsonNode> values = new ArrayList<>();
        boolean inArray = false;
        JsonProcessingException error = null;
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && !inArray) {
                    inArray = true; // its elements are the records, read one by one so an error keeps those before
                } else if (token == JsonToken.END_ARRAY && inArray) {
                    inArray = false;
                } else {
                    values.add(JSON.readTree(parser));
                }
            }
        } catch (JsonProcessingException e) {
            error = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String cannot fail to be read
        }
        if (values.isEmpty()) {
            if (error != null) {
                throw new RejectedException(
                        ProblemCode.INGEST_MALFORMED_JSON, location, "not valid JSON: " + describe(error, true));
            }
            boolean emptyArray = text.strip().startsWith("[");
            throw new RejectedException(
                    emptyArray ? ProblemCode.INGEST_EMPTY : ProblemCode.INGEST_MALFORMED_JSON,
                    location,
                    emptyArray ? "JSON array holds no records" : "expected a JSON object or an array of objects");
        }
        if (values.size() == 1 && error == null && !text.strip().startsWith("[")) {
            JsonNode root = values.get(0);
            if (!root.isObject()) {
                throw new RejectedException(
                        ProblemCode.INGEST_MALFORMED_JSON,
                        location,
                        "expected a JSON object or an array of objects, found "
                                + root.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            return List.of(record(root, location));
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            readings.add(record(values.get(i), location + "#" + (i + 1)));
        }
        if (error != null) {
            readings.add(failed(
                    ProblemCode.INGEST_MALFORMED_JSON,
                    location + "#" + (values.size() + 1),
                    "not valid JSON after record %d: %s; the records before were read"
                            .formatted(values.size(), describe(error, true))));
        }
        return readings;
    }

    /** One reading per non-blank line; "#n" is the line number. */
    static List<Reading> readLines(String text, String location) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            readings.add(readLine(lines.get(i), i + 1, location));
        }
        return readings;
    }

    /** Line {@code number} of a JSON Lines input, not blank; its location is "location#number". */
    static Reading readLine(String line, int number, String location) {
        String where = location + "#" + number;
        try {
            return record(ONE_VALUE.readTree(line), where);
        } catch (JsonProcessingException e) {
            return failed(
                    ProblemCode.INGEST_MALFORMED_JSON,
                    where,
                    "line %d is not valid JSON: %s".formatted(number, describe(e, false)));
        }
    }

    private static Reading record(JsonNode node, String where) {
        if (!node.isObject()) {
            return failed(
                    ProblemCode.INGEST_MALFORMED_JSON,
                    where,
                    "record is a JSON " + node.getNodeType().name().toLowerCase() + ", expected an object");
        }
        Optional<String> wrongType = wrongType(node);
        if (wrongType.isPresent()) {
            return failed(ProblemCode.INGEST_MALFORMED_JSON, where, wrongType.get());
        }
        Optional<JsonNode> text = field(node, TEXT);
        if (text.isEmpty()) {
            return failed(ProblemCode.INGEST_NO_TEXT, where, "record has no text; expected one of the fields " + TEXT);
        }
        String headline =
                field(node, HEADLINE).map(JsonNode::asText).map(Text::squeeze).orElse("");
        BodyText body = body(text.get()).withoutLeading(headline);
        Optional<String> url = field(node, List.of("url")).map(JsonNode::asText).map(String::strip);
        NumericOrder order =
                url.flatMap(NumericOrder::ofUrl).orElse(NumericOrder.DEFAULT); // "07/08/2024" on a .us site
        return new Reading.Parsed(
                where,
                field(node, List.of("id")).map(JsonNode::asText).map(String::strip),
                url,
                headline,
                field(node, DATE).map(JsonNode::asText).flatMap(d -> Dates.parseMetadata(d, order)),
                body.stamps(),
                body.paragraphs());
    }

    /** Text as a string (plain or HTML) or an array of paragraph strings. */
    private static BodyText body(JsonNode text) {
        if (text.isArray()) {
            List<String> paragraphs = new ArrayList<>();
            text.forEach(p -> paragraphs.add(p.asText()));
            return BodyText.fromBlocks(paragraphs);
        }
        String value = Text.normalise(text.asText());
        if (HTML_MARKUP.matcher(value).find()) {
            return HtmlReader.bodyOf(value);
        }
        return BodyText.fromLines(Arrays.asList(value.split("\n", -1)));
    }

    /**
     * Why a field Sitrep reads has a value of the wrong JSON type (a number as text would become the
     * article "42"; an object as id would be dropped silently), if one has: text is a string or an array of
     * strings, an id a string or an integer, a date a string or an epoch number, the others strings. {@code null} counts as absent.
     */
    private static Optional<String> wrongType(JsonNode node) {
        for (String name : TEXT) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.isTextual() && !(value.isArray() && allTextual(value))) {
                return Optional.of(wrongType(name, value, "a string or an array of strings"));
            }
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !id.isTextual() && !id.isIntegralNumber()) {
            return Optional.of(wrongType("id", id, "a string or an integer"));
        }
        for (String name : DATE) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.isTextual() && !value.isNumber()) {
                return Optional.of(wrongType(name, value, "a string or a number (epoch time)"));
            }
        }
        for (String name : Stream.concat(HEADLINE.stream(), Stream.of("url")).toList()) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.isTextual()) {
                return Optional.of(wrongType(name, value, "a string"));
            }
        }
        return Optional.empty();
    }

    private static boolean allTextual(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String wrongType(String name, JsonNode value, String expected) {
        return "field '%s' is a JSON %s, expected %s"
                .formatted(name, value.getNodeType().name().toLowerCase(Locale.ROOT), expected);
    }

    /** The first of {@code names} present with a non-blank scalar or array value ({@code null} is absent). */
    private static Optional<JsonNode> field(JsonNode node, List<String> names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null
                    && !value.isNull()
                    && (value.isArray()
                            ? !value.isEmpty()
                            : value.isValueNode() && !value.asText().isBlank())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Reading failed(String code, String where, String message) {
        return new Reading.Failed(new Problem(code, where, message));
    }

    /** Jackson's message, shortened and without the quoted source, and where: "Unexpected character ... (line 3, column 7)". */
    private static String describe(JsonProcessingException e, boolean withLine) {
        String message = Text.abbreviate(String.valueOf(e.getOriginalMessage()), 90);
        JsonLocation at = e.getLocation();
        if (at == null) {
            return message;
        }
        return withLine
                ? "%s (line %d, column %d)".formatted(message, at.getLineNr(), at.getColumnNr())
                : "%s (column %d)".formatted(message, at.getColumnNr());
    }
}
