package org.sitrep.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.store.EventFilter;

/**
 * An {@link EventFilter} from a request's query string, the same filters as {@code sitrep query}: every
 * parameter is checked, and an unknown one or a bad value is a {@link BadRequest} naming it.
 */
final class FilterParameters {
    static final Set<String> NAMES =
            Set.of("type", "actor", "country", "near", "place", "from", "to", "text", "modality", "limit", "offset");

    private FilterParameters() {}

    static EventFilter from(Context ctx, Set<String> otherAllowed) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(NAMES);
        unknown.removeAll(otherAllowed);
        if (!unknown.isEmpty()) {
            throw new BadRequest("unknown parameter " + String.join(", ", unknown) + "; known: "
                    + String.join(", ", new TreeSet<>(union(NAMES, otherAllowed))));
        }
        try {
            List<String> types = new ArrayList<>();
            for (String t : ctx.queryParams("type")) {
                for (String part : t.split(",")) {
                    types.add(part.strip());
                }
            }
            return EventFilter.all()
                    .withTypes(types)
                    .withActor(one(ctx, "actor"))
                    .withCountry(one(ctx, "country"))
                    .withNear(one(ctx, "near").map(EventFilter.Near::parse))
                    .withPlace(one(ctx, "place"))
                    .withDates(
                            one(ctx, "from").map(d -> day("from", d)),
                            one(ctx, "to").map(d -> day("to", d)))
                    .withText(one(ctx, "text"))
                    .withModality(one(ctx, "modality"))
                    .withPage(number(ctx, "limit", EventFilter.DEFAULT_LIMIT), number(ctx, "offset", 0));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
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
