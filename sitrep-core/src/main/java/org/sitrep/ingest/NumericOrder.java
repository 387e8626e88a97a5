package org.sitrep.ingest;

import java.net.URI;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which number comes first in a numeric date such as 05/03/2024: the day (most of the world) or the month
 * (the United States and a few others). Decided by evidence, strongest first ({@link #decide}).
 */
enum NumericOrder {
    DAY_FIRST,
    MONTH_FIRST;

    /**
     * Most English-language news outside the United States writes day-first, and US outlets rarely write
     * numeric dates on their pages: the order assumed when nothing else tells.
     */
    static final NumericOrder DEFAULT = DAY_FIRST;

    /**
     * The order for the numeric dates of one article: a date that can only be read one way (a part above 12:
     * 15/03/2024), else a date written with its month name elsewhere in the head or dateline that one reading
     * matches ("KYIV, March 5" beside 05/03/2024 makes it month-first, "KYIV, 3 May" day-first), else the
     * outlet's country-code domain, else {@link #DEFAULT}.
     */
    static NumericOrder decide(List<DateText> dates, List<MonthDay> written, Optional<NumericOrder> domain) {
        for (DateText date : dates) {
            Optional<NumericOrder> forced = date.forcedOrder();
            if (forced.isPresent()) {
                return forced.get();
            }
        }
        for (DateText date : dates) {
            if (!date.isAmbiguous()) {
                continue;
            }
            for (NumericOrder order : values()) {
                Optional<MonthDay> reading = date.monthDay(order);
                if (reading.isPresent() && written.contains(reading.get())) {
                    return order;
                }
            }
        }
        return domain.orElse(DEFAULT);
    }

    /** The order suggested by the country-code domain of an article's URL ("https://example.co.uk/..."). */
    static Optional<NumericOrder> ofUrl(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return DateWords.standard().orderOfDomain(tld);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
