package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The publication date a page's head gives: the first date labelled as published ("Published", "Posted",
 * "First published"), else the first unlabelled date line, else the dateline's date (the day the story was
 * filed), else the first date labelled as updated. Numeric dates are read in the order the head's evidence gives ({@link NumericOrder#decide}).
 */
final class PublicationDate {
    private PublicationDate() {}

    static Optional<LocalDate> of(
            List<StampLine.Stamp> stamps, Optional<Dateline> dateline, Optional<NumericOrder> domain) {
        List<DateText> dates = new ArrayList<>();
        List<MonthDay> named = new ArrayList<>();
        stamps.forEach(stamp -> dates.add(stamp.date()));
        dateline.flatMap(Dateline::date).ifPresent(dates::add);
        dateline.flatMap(Dateline::named).ifPresent(named::add);
        for (DateText date : dates) {
            if (date.form() != DateText.Form.NUMERIC) {
                date.monthDay(NumericOrder.DEFAULT).ifPresent(named::add);
            }
        }
        NumericOrder order = NumericOrder.decide(dates, named, domain);
        return first(stamps, Optional.of(DateWords.Label.PUBLISHED), order)
                .or(() -> first(stamps, Optional.empty(), order))
                .or(() -> dateline.flatMap(Dateline::date).flatMap(d -> d.date(order)))
                .or(() -> first(stamps, Optional.of(DateWords.Label.UPDATED), order));
    }

    private static Optional<LocalDate> first(
            List<StampLine.Stamp> stamps, Optional<DateWords.Label> label, NumericOrder order) {
        return stamps.stream()
                .filter(stamp -> stamp.label().equals(label))
                .flatMap(stamp -> stamp.date().date(order).stream())
                .findFirst();
    }
}
