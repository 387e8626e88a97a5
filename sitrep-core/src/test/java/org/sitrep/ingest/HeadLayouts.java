package org.sitrep.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A generated matrix of page heads: headline, byline, label, weekday, date form and order, clock time,
 * time zone, separator, a later "updated" date, a dateline with or without an agency tag, and the
 * container (plain text, JSON with or without a URL). Each layout knows the publication date and dateline
 * place a reader should find. Values of each dimension rotate at different strides, so every value meets
 * many values of the others without the full product.
 */
final class HeadLayouts {
    /**
     * One generated page and what should be found in it.
     *
     * @param firstParagraph how the body must begin: the dateline (even one that stood alone) and the first sentence
     * @param headline       the headline the reader should give ("" for a JSON record without a title)
     */
    record Layout(
            String name,
            String fileName,
            String content,
            Optional<LocalDate> published,
            Optional<String> place,
            String firstParagraph,
            String headline) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The story's first sentence, after the dateline if there is one. */
    static final String OPENING = "Gunmen attacked a police post on the edge of the town on Monday, officials said.";

    private static final List<LocalDate> DATES = List.of(
            LocalDate.of(2024, 3, 5),
            LocalDate.of(2023, 9, 14),
            LocalDate.of(2021, 11, 2),
            LocalDate.of(2016, 1, 7),
            LocalDate.of(2019, 7, 23),
            LocalDate.of(2015, 4, 2));
    private static final List<String> HEADLINES = List.of(
            "Gunmen attack police post near border",
            "KABUL — Gunmen attack police post",
            "Kenya: rescuers search for survivors after floods",
            "Talks resume as ceasefire holds | Example News",
            "");
    private static final List<String> BYLINES =
            List.of("", "By Jane Doe", "By Jane Doe and John Roe", "BY STAFF WRITER", "By Staff Writer, Example News");
    private static final List<String> LABELS = List.of(
            "", "Published", "Published:", "Published on", "Posted on", "First published on", "Issued on:", "Date:");
    private static final List<String> FORMS = List.of(
            "d MMMM yyyy",
            "MMMM d, yyyy",
            "MMM d, yyyy",
            "MMM. d, yyyy",
            "d MMM yyyy",
            "dth MMMM yyyy",
            "MMMM dth, yyyy",
            "dth of MMMM yyyy",
            "yyyy-MM-dd",
            "dd/MM/yyyy",
            "MM/dd/yyyy",
            "dd.MM.yyyy",
            "dd MMMM, yyyy",
            "MMMM d yyyy");
    private static final List<String> WEEKDAYS = List.of("", "full", "short", "short.");
    private static final List<String> TIMES =
            List.of("", "10:32", "10:32 a.m.", "3:14 PM", "14.32", "at 9am", "2:05 p.m.");
    private static final List<String> ZONES = List.of("", "GMT", "ET", "EST", "UTC+3", "BST", "IST", "GMT+5:30", "CET");
    private static final List<String> SEPARATORS = List.of(" ", ", ", " | ", " · ", " • ", " - ", " — ");
    private static final List<String> UPDATES = List.of("", "line-before", "inline", "ago");
    private static final List<String> DATELINES = List.of(
            "",
            "BEIRUT (Reuters) -",
            "KABUL, Afghanistan (AP) —",
            "Kyiv, {md} (wire) -",
            "GAZA CITY, {md} (Reuters) -",
            "MOGADISHU —",
            "Garissa, Kenya, 2 April 2015 -",
            "NEW DELHI:",
            "DAKAR, Senegal (AFP) –",
            "alone:ABUJA, Nigeria —");
    private static final List<String> PLACES = List.of(
            "",
            "Beirut",
            "Kabul, Afghanistan",
            "Kyiv",
            "Gaza City",
            "Mogadishu",
            "Garissa, Kenya",
            "New Delhi",
            "Dakar, Senegal",
            "Abuja, Nigeria");
    private static final List<String> CONTAINERS =
            List.of("text", "text", "json", "json-url-uk", "json-url-us", "json-no-title");

    private HeadLayouts() {}

    /** {@code count} layouts that each give a date line; the dateline rotates with them. */
    static List<Layout> positives(int count) {
        List<Layout> layouts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layouts.add(positive(i));
        }
        return layouts;
    }

    private static Layout positive(int i) {
        LocalDate date = pick(DATES, i, 1);
        String form = pick(FORMS, i, 1);
        String container = pick(CONTAINERS, i, 3);
        String dateline = pick(DATELINES, i, 7);
        String place = PLACES.get(DATELINES.indexOf(dateline));
        String update = pick(UPDATES, i, 5);
        boolean monthFirstNumeric = form.startsWith("MM/");
        if (monthFirstNumeric && ambiguous(date)) {
            // a month-first numeric date needs evidence: a US domain, or the dateline's named date
            if (!container.equals("json-url-us")) {
                dateline = "Kyiv, {md} (wire) -";
                place = "Kyiv";
            }
        } else if (form.startsWith("dd") && ambiguous(date) && container.equals("json-url-us")) {
            container = "json";
        }
        String time = pick(TIMES, i, 2);
        String zone = time.isEmpty() ? "" : pick(ZONES, i, 4);
        String separator = pick(SEPARATORS, i, 6);
        String byline = pick(BYLINES, i, 2);
        boolean bylineInline = !byline.isEmpty() && i % 3 == 0 && !separator.isBlank() && !separator.equals(", ");
        String label = pick(LABELS, i, 3);
        String weekday = pick(WEEKDAYS, i, 5);

        String when = time.isEmpty() ? "" : (time + (zone.isEmpty() ? "" : " " + zone));
        String day = weekday(date, weekday);
        String written = write(date, form);
        String datePart = (day.isEmpty() ? "" : day + (form.startsWith("MMM") ? ", " : " ")) + written;
        boolean timeFirst = i % 11 == 4 && !when.isEmpty();
        String dateLine = timeFirst
                ? join(label, when + ", " + datePart)
                : join(label, datePart) + (when.isEmpty() ? "" : separator + when);
        if (bylineInline) {
            dateLine = byline + separator.replace(",", "").replace(" - ", " | ").replace(" — ", " | ") + dateLine;
        }
        LocalDate later = date.plusDays(2);
        String updatedWritten = write(later, form.startsWith("MM/") ? "MMMM d, yyyy" : form);
        if (update.equals("inline")) {
            dateLine += " | Updated " + updatedWritten;
        } else if (update.equals("ago")) {
            dateLine += " | Updated 3 hours ago";
        }

        StringBuilder head = new StringBuilder();
        String headline = pick(HEADLINES, i, 5);
        if (i % 4 == 1) {
            head.append("Officials said the attack was the third this month in the province.\n");
        }
        if (!byline.isEmpty() && !bylineInline) {
            head.append(byline).append("\n");
        }
        if (update.equals("line-before")) {
            head.append("Last updated: ").append(updatedWritten).append("\n");
        }
        boolean dateAboveHeadline = i % 13 == 7 && !headline.isEmpty() && container.equals("text");
        if (!dateAboveHeadline) {
            head.append(dateLine).append("\n\n");
        } else {
            head.append("\n");
        }
        String name =
                "%03d %s / %s / %s".formatted(i, dateLine, dateline.isEmpty() ? "no dateline" : dateline, container);
        String content = page(head.toString(), dateline, date, headline, container);
        if (dateAboveHeadline) {
            // the date line above the headline: "5 March 2024 | 2 min read" then the headline
            content = page(head.toString(), dateline, date, dateLine + "\n" + headline, container);
        }
        return new Layout(
                name,
                fileName(container),
                content,
                Optional.of(date),
                Optional.of(place).filter(p -> !p.isEmpty()),
                (dateline.isEmpty() ? "" : dateline.replaceFirst("^alone:", "").replace("{md}", monthDay(date)) + " ")
                        + OPENING,
                expectedHeadline(headline, container));
    }

    private static String expectedHeadline(String headline, String container) {
        return container.equals("json-no-title") ? "" : headline;
    }

    /**
     * Pages whose only date is in the dateline ("Garissa, Kenya, 2 April 2015 -"), in each date form, with
     * and without an agency tag, a weekday and a byline.
     */
    static List<Layout> datedDatelines() {
        List<String> datelines = List.of(
                "Garissa, Kenya, {d MMMM yyyy} -|Garissa, Kenya",
                "KABUL, Afghanistan, {MMMM d, yyyy} (AP) —|Kabul, Afghanistan",
                "Kyiv, {dth MMMM yyyy} (wire) -|Kyiv",
                "GAZA CITY, {MMM. d, yyyy} (Reuters) -|Gaza City",
                "MOGADISHU, {d MMM yyyy} —|Mogadishu",
                "Maiduguri, Nigeria, {MMMM dth, yyyy} –|Maiduguri, Nigeria",
                "BEIRUT, {yyyy-MM-dd} (Reuters) -|Beirut",
                "Goma, DR Congo, {dd/MM/yyyy} -|Goma, DR Congo",
                "LONDON, {weekday}, {MMMM d, yyyy} —|London");
        List<Layout> layouts = new ArrayList<>();
        for (int k = 0; k < datelines.size() * DATES.size(); k++) {
            LocalDate date = DATES.get(k % DATES.size());
            String[] parts = datelines.get(k / DATES.size()).split("\\|");
            String pattern = parts[0].replace("{weekday}", weekday(date, "full"));
            String form = pattern.substring(pattern.indexOf('{') + 1, pattern.indexOf('}'));
            String dateline = pattern.replace("{" + form + "}", write(date, form));
            String head = k % 2 == 0 ? "By Jane Doe\n\n" : "\n";
            String container = CONTAINERS.get(k % CONTAINERS.size());
            if (form.startsWith("dd/") && ambiguous(date) && container.equals("json-url-us")) {
                container = "json-url-uk";
            }
            layouts.add(new Layout(
                    "dated dateline %02d: %s / %s".formatted(k, dateline, container),
                    fileName(container),
                    page(head, dateline, date, pick(HEADLINES, k, 1), container),
                    Optional.of(date),
                    Optional.of(parts[1]),
                    dateline + " " + OPENING,
                    expectedHeadline(pick(HEADLINES, k, 1), container)));
        }
        return layouts;
    }

    /** Pages with no date line and no dateline, whose narrative dates must not become the publication date. */
    static List<Layout> negatives() {
        List<String> openings = List.of(
                "On 5 March 2024, gunmen attacked a police post on the edge of the town, officials said.",
                "Kabul, the capital of Afghanistan, was quiet on March 5, 2024, after a night of shelling.",
                "Published reports on 5 March 2024 said the army had withdrawn from the town.",
                "By the end of March 5, 2024, troops had taken the bridge, the army said.",
                "Updated figures released on 05/03/2024 showed that 40 people had died.",
                "Tuesday, 5 March 2024 - the day the ceasefire broke - began with shelling.",
                "UPDATE: The ministry said on Tuesday that the talks would resume.",
                "Washington said — in a statement on 5 March 2024 — that it would send aid.",
                "Beirut, Lebanon's capital, saw protests on 2024-03-05 against the new tax.",
                "Garissa, a town in Kenya, was attacked on 2 April 2015 by gunmen.",
                "US - China talks resumed on 5 March 2024 in Geneva, officials said.",
                "In Kyiv, March 5 2024 was the coldest day of the winter, forecasters said.");
        List<String> headlines = List.of(
                "KABUL — Gunmen attack police post",
                "Talks resume as ceasefire holds",
                "March 5, 2024: the day the ceasefire broke");
        List<Layout> layouts = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
            for (int h = 0; h < headlines.size(); h++) {
                String container = CONTAINERS.get((i + h) % CONTAINERS.size());
                String content = page("\n", "", null, headlines.get(h), container, openings.get(i));
                layouts.add(new Layout(
                        "negative %02d: %s / %s / %s"
                                .formatted(i * headlines.size() + h, headlines.get(h), openings.get(i), container),
                        fileName(container),
                        content,
                        Optional.empty(),
                        Optional.empty(),
                        openings.get(i),
                        expectedHeadline(headlines.get(h), container)));
            }
        }
        return layouts;
    }

    private static String page(String head, String dateline, LocalDate date, String headline, String container) {
        return page(head, dateline, date, headline, container, OPENING);
    }

    private static String page(
            String head, String dateline, LocalDate date, String headline, String container, String opening) {
        StringBuilder body = new StringBuilder();
        if (dateline.startsWith("alone:")) {
            body.append(dateline.substring(6)).append("\n\n").append(opening);
        } else if (!dateline.isEmpty()) {
            body.append(dateline.replace("{md}", monthDay(date))).append(" ").append(opening);
        } else {
            body.append(opening);
        }
        body.append("\n\nThe attack came after a raid on 2 January 2011, a spokesman said on 9 February 2012.\n");
        String text = head + body;
        String titled = headline.isEmpty() ? text : headline + "\n" + text;
        if (container.equals("text")) {
            return titled;
        }
        ObjectNode record = JSON.createObjectNode();
        if (container.startsWith("json-url")) {
            record.put(
                    "url",
                    container.endsWith("us")
                            ? "https://news.example.us/2024/story"
                            : "https://www.example.co.uk/story");
        }
        if (container.equals("json-no-title")) {
            record.put("text", titled);
        } else {
            if (!headline.isEmpty()) {
                record.put("title", headline);
            }
            record.put("text", text);
        }
        return record.toString();
    }

    private static String monthDay(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }

    private static String fileName(String container) {
        return container.equals("text") ? "page.txt" : "page.json";
    }

    private static boolean ambiguous(LocalDate date) {
        return date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue();
    }

    private static String weekday(LocalDate date, String form) {
        return switch (form) {
            case "full" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "short" -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "short." -> date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ".";
            default -> "";
        };
    }

    /** The date in a form: "MMMM" full month, "MMM" short ("Sept" for September), "dth" an ordinal day. */
    static String write(LocalDate date, String form) {
        String full = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortMonth = date.getMonthValue() == 9 ? "Sept" : full.substring(0, 3);
        int d = date.getDayOfMonth();
        String ordinal = d
                + (d % 10 == 1 && d != 11
                        ? "st"
                        : d % 10 == 2 && d != 12 ? "nd" : d % 10 == 3 && d != 13 ? "rd" : "th");
        return form.replace("yyyy", String.valueOf(date.getYear()))
                .replace("MMMM", "\u0001")
                .replace("MMM", "\u0002")
                .replace("MM", "%02d".formatted(date.getMonthValue()))
                .replace("dth", "\u0003")
                .replace("dd", "%02d".formatted(d))
                .replace("d", String.valueOf(d))
                .replace("\u0001", full)
                .replace("\u0002", shortMonth)
                .replace("\u0003", ordinal);
    }

    private static String join(String label, String rest) {
        return label.isEmpty() ? rest : label + " " + rest;
    }

    private static <T> T pick(List<T> values, int i, int stride) {
        return values.get((i * stride + i / values.size()) % values.size());
    }
}
