package org.sitrep.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of the PETRARCH-2 validation file ({@code PETR2_GSR_validation.xml}, UniversalPetrarch):
 * its text, date and expected codings; a record whose only coding is {@code noevents="True"} expects
 * no event ({@code codings} empty).
 *
 * <p>The file is read leniently, not as XML: it is not well formed ({@code <Sentence .../>} is
 * self-closing yet followed by {@code </Sentence>}). Each record starts at {@code <Sentence };
 * its {@code <EventCoding .../>} elements and its {@code <Text>} follow before the next one.
 */
public record PetrarchRecord(String id, String category, Optional<LocalDate> date, String text, List<Coding> codings) {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"");

    /** One expected event: CAMEO event code and CAMEO/Phoenix source and target actor codes. */
    public record Coding(String eventCode, String sourceCode, String targetCode) {
        public Coding {
            requireNonNull(eventCode, "eventCode is null");
            requireNonNull(sourceCode, "sourceCode is null");
            requireNonNull(targetCode, "targetCode is null");
        }

        /** The CAMEO root code: the first two digits ("19" fight). */
        public String root() {
            return eventCode.length() >= 2 ? eventCode.substring(0, 2) : eventCode;
        }
    }

    public PetrarchRecord {
        requireNonNull(id, "id is null");
        requireNonNull(category, "category is null");
        requireNonNull(date, "date is null");
        requireNonNull(text, "text is null");
        codings = List.copyOf(codings);
    }

    public static List<PetrarchRecord> read(Path file) throws IOException {
        return parse(
                Files.readString(file, StandardCharsets.UTF_8),
                file.getFileName().toString());
    }

    static List<PetrarchRecord> parse(String xml, String name) {
        List<PetrarchRecord> records = new ArrayList<>();
        Matcher s = SENTENCE.matcher(xml);
        List<int[]> starts = new ArrayList<>();
        while (s.find()) {
            starts.add(new int[] {s.start(), s.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            String head = xml.substring(starts.get(i)[0], starts.get(i)[1]);
            String body = xml.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : xml.length());
            String id = attribute(head, "id").orElse("sentence " + (i + 1));
            Matcher t = TEXT.matcher(body);
            if (!t.find()) {
                throw new IllegalArgumentException("%s: sentence %s has no <Text>".formatted(name, id));
            }
            List<Coding> codings = new ArrayList<>();
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                String attributes = c.group(1);
                if (attribute(attributes, "noevents")
                        .map(v -> v.equalsIgnoreCase("true"))
                        .orElse(false)) {
                    continue;
                }
                codings.add(new Coding(
                        attribute(attributes, "eventcode")
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "%s: sentence %s has an EventCoding without eventcode".formatted(name, id))),
                        attribute(attributes, "sourcecode").orElse(""),
                        attribute(attributes, "targetcode").orElse("")));
            }
            records.add(new PetrarchRecord(
                    id,
                    attribute(head, "category").orElse(""),
                    date(head),
                    unescape(t.group(1)).strip().replaceAll("\\s+", " "),
                    codings));
        }
        return records;
    }

    /** The {@code date} attribute as YYYYMMDD; absent when it is not one (one record has "121108"): the date is only context. */
    private static Optional<LocalDate> date(String head) {
        try {
            return attribute(head, "date").map(v -> LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> attribute(String attributes, String key) {
        Matcher m = ATTRIBUTE.matcher(attributes);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return Optional.of(unescape(m.group(2)));
            }
        }
        return Optional.empty();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
