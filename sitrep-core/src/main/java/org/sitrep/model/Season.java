package org.sitrep.model;

/**
 * The seasons of TIMEX3 values ("2014-SU"), northern and meteorological: spring from March, summer from June,
 * autumn from September, winter from December (into the next year's February).
 */
public enum Season {
    SP(3),
    SU(6),
    FA(9),
    WI(12);

    private final int startMonth;

    Season(int startMonth) {
        this.startMonth = startMonth;
    }

    /** The month (1-12) the season starts in. */
    public int startMonth() {
        return startMonth;
    }

    /** The season that starts in {@code month} (3, 6, 9 or 12). */
    public static Season startingIn(int month) {
        for (Season s : values()) {
            if (s.startMonth == month) {
                return s;
            }
        }
        throw new IllegalArgumentException("no season starts in month " + month);
    }

    /** The season {@code month} (1-12) lies in; January and February are the previous December's winter. */
    public static Season containing(int month) {
        return month <= 2 || month == 12 ? WI : startingIn(month - (month % 3));
    }
}
