package org.sitrep.ingest;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A complete date as written at [start, end) of a text: with its month named ("5 March 2024", "Mar. 5,
 * 2024"), in ISO order (2024-03-05), or all numbers (05/03/2024), whose reading depends on a
 * {@link NumericOrder}.
 *
 * @param first  the month of a named or ISO date; the first number of a numeric one
 * @param second the day of a named or ISO date; the second number of a numeric one
 */
record DateText(int start, int end, Form form, int year, int first, int second) {
    enum Form {
        NAMED,
        ISO,
        NUMERIC
    }

    DateText {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("expected 0 <= start < end, got start=%d end=%d".formatted(start, end));
        }
        requireNonNull(form, "form is null");
    }

    /** The date under {@code order} (which only numeric dates heed), if that reading is a real date. */
    Optional<LocalDate> date(NumericOrder order) {
        Optional<MonthDay> monthDay = monthDay(order);
        if (monthDay.isEmpty() || !monthDay.get().isValidYear(year)) {
            return Optional.empty();
        }
        return Optional.of(monthDay.get().atYear(year));
    }

    /** The month and day under {@code order}, if they exist in some year. */
    Optional<MonthDay> monthDay(NumericOrder order) {
        boolean swap = form == Form.NUMERIC && order == NumericOrder.DAY_FIRST;
        try {
            return Optional.of(MonthDay.of(swap ? second : first, swap ? first : second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** True for a numeric date both of whose readings are real dates, such as 05/03/2024 (not 15/03/2024). */
    boolean isAmbiguous() {
        return form == Form.NUMERIC
                && date(NumericOrder.DAY_FIRST).isPresent()
                && date(NumericOrder.MONTH_FIRST).isPresent()
                && first != second;
    }

    /** The only order in which a numeric date is a real date, when just one is: 15/03/2024 is day-first. */
    Optional<NumericOrder> forcedOrder() {
        if (form != Form.NUMERIC) {
            return Optional.empty();
        }
        boolean dayFirst = date(NumericOrder.DAY_FIRST).isPresent();
        boolean monthFirst = date(NumericOrder.MONTH_FIRST).isPresent();
        if (dayFirst == monthFirst) {
            return Optional.empty();
        }
        return Optional.of(dayFirst ? NumericOrder.DAY_FIRST : NumericOrder.MONTH_FIRST);
    }
}
