package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.sitrep.store.EventFilter;

/**
 * An {@link EventFilter} from a request's query string, the same filters as {@code sitrep query}: every
 * parameter is checked, and an unknown one or a bad value is a {@link BadRequest} naming it.
 */
final class FilterParameters {
    /** The filters, and the paging that only routes listing events or incidents take. */
    static final Set<String> FILTERS =
            Set.of("type", "actor", "country", "near", "place", "from", "to", "text", "modality");

    static final Set<String> PAGING = Set.of("limit", "offset");

    private FilterParameters() {}

    /** The filters and a page of their matches. */
    static EventFilter paged(Context ctx) {
        EventFilter filter = unpaged(ctx, PAGING);
        int limit = number(ctx, "limit", EventFilter.DEFAULT_LIMIT);
        int offset = number(ctx, "offset", 0);
        return named(
                limit < 1 || limit > EventFilter.MAX_LIMIT ? "limit" : "offset",
                filter,
                limit,
                (f, v) -> f.withPage(v, offset));
    }

    /**
     * The filters alone, for routes that answer over every match (counts, the network): a limit there would
     * be ignored, so it is refused like any unknown parameter.
     */
    static EventFilter unpaged(Context ctx, Set<String> otherAllowed) {
        onlyKnown(ctx, union(FILTERS, otherAllowed));
        List<String> types = new ArrayList<>();
        for (String t : ctx.queryParams("type")) {
            for (String part : t.split(",", -1)) { // -1 keeps empty parts, so "type=," is an error, not "any type"
                types.add(part.strip());
            }
        }
        EventFilter filter = EventFilter.all();
        filter = named("type", filter, types, EventFilter::withTypes);
        filter = named("actor", filter, one(ctx, "actor"), EventFilter::withActor);
        filter = named("country", filter, one(ctx, "country"), EventFilter::withCountry);
        filter = named("near", filter, one(ctx, "near"), (f, v) -> f.withNear(v.map(EventFilter.Near::parse)));
        filter = named("place", filter, one(ctx, "place"), EventFilter::withPlace);
        Optional<LocalDate> from = one(ctx, "from").map(d -> day("from", d));
        Optional<LocalDate> to = one(ctx, "to").map(d -> day("to", d));
        filter = named("from/to", filter, from, (f, v) -> f.withDates(v, to));
        filter = named("text", filter, one(ctx, "text"), EventFilter::withText);
        return named("modality", filter, one(ctx, "modality"), EventFilter::withModality);
    }

    /** Rejects any parameter outside {@code allowed}: a misspelt filter must not silently match everything. */
    static void onlyKnown(Context ctx, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw new BadRequest("unknown parameter " + String.join(", ", unknown) + "; known: "
                    + String.join(", ", new TreeSet<>(allowed)));
        }
    }

    /** Applies one parameter's value, so that the filter's own complaint reaches the client with the name. */
    private static <T> EventFilter named(
            String name, EventFilter filter, T value, BiFunction<EventFilter, T, EventFilter> apply) {
        try {
            return apply.apply(filter, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("parameter " + name + ": " + e.getMessage());
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /** The parameter's one value; given twice is an error, since which one counts would be a guess. */
    static Optional<String> one(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw new BadRequest("parameter " + name + " is given " + values.size() + " times");
        }
        return values.stream().findFirst();
    }

    static int number(Context ctx, String name, int otherwise) {
        Optional<String> value = one(ctx, name);
        try {
            return value.map(v -> Integer.parseInt(v.strip())).orElse(otherwise);
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter " + name + " must be a whole number, got '" + value.get() + "'");
        }
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter " + name + " must be a date as YYYY-MM-DD, got '" + value + "'");
        }
    }
}
