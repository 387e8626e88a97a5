package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;

/** The TIMEX3 reading of each kind of expression: type, value and modifier, against a publication date. */
class TimexReadingTest {
    /** A Thursday, in ISO week 2016-W01 and the first quarter. */
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2016, 1, 7));

    private static final TimeExpressions EXPRESSIONS = new TimeExpressions();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # sentence                                           | span                      | type     | value            | mod
            Rebels took the town on 7 January 2016.              | 7 January 2016            | DATE     | 2016-01-07       |
            Rebels took the town on Oct. 23.                     | Oct. 23                   | DATE     | 2015-10-23       |
            Talks on Feb. 1 decide the matter.                   | Feb. 1                    | DATE     | 2016-02-01       |
            Talks on Feb. 25 decided the matter.                 | Feb. 25                   | DATE     | 2015-02-25       |
            Talks in February decide the matter.                 | February                  | DATE     | 2016-02          |
            Talks in March decided the matter.                   | March                     | DATE     | 2015-03          |
            The paper said in an editorial on Monday, Jan. 11.   | Monday, Jan. 11           | DATE     | 2016-01-11       |
            Rebels will hold a vote on Oct. 23.                  | Oct. 23                   | DATE     | 2016-10-23       |
            A vote would be held at the summit on April 24.      | April 24                  | DATE     | 2016-04-24       |
            He hoped she would bring aid, where on Oct. 23 rebels had struck. | Oct. 23      | DATE     | 2015-10-23       |
            The offer expires Jan. 14 at the latest.             | Jan. 14                   | DATE     | 2016-01-14       |
            Rebels took the town in early August.                | early August              | DATE     | 2015-08          | START
            Rebels took the town in June last year.              | June last year            | DATE     | 2015-06          |
            He was convicted in nineteen ninety-one in Ohio.     | nineteen ninety-one       | DATE     | 1991             |
            Sales rose in January nineteen ninety-seven.         | January nineteen ninety-seven | DATE | 1997-01          |
            Plans for the year two thousand were made.           | the year two thousand     | DATE     | 2000             |
            Rebels took the town in early March this year.       | early March this year     | DATE     | 2016-03          | START
            Rebels took the town on Tuesday.                     | Tuesday                   | DATE     | 2016-01-05       |
            Rebels will meet again on Tuesday.                   | Tuesday                   | DATE     | 2016-01-12       |
            Rebels planned a rally on Tuesday in the town.       | Tuesday                   | DATE     | 2016-01-12       |
            Talks could resume as early as Tuesday.              | Tuesday                   | DATE     | 2016-01-12       |
            Shots were heard on Tuesday night.                   | Tuesday night             | TIME     | 2016-01-05TNI    |
            Shots were heard last night in the town.             | last night                | TIME     | 2016-01-06TNI    |
            Shots were heard this morning in the town.           | this morning              | TIME     | 2016-01-07TMO    |
            Shots were heard late yesterday in the town.         | late yesterday            | DATE     | 2016-01-06       | END
            Shots were heard at 10:35 a.m. in the town.          | 10:35 a.m.                | TIME     | 2016-01-07T10:35 |
            Shots were heard at 6 p.m. Tuesday in the town.      | 6 p.m. Tuesday            | TIME     | 2016-01-05T18:00 |
            The offer expires at 5 p.m. EST Feb. 9.              | 5 p.m. EST Feb. 9         | TIME     | 2016-02-09T17:00 |
            Shots were heard at 1430 GMT in the town.            | 1430 GMT                  | TIME     | 2016-01-07T14:30 |
            Shots were heard at noon in the town.                | noon                      | TIME     | 2016-01-07T12:00 |
            Rebels took the town last week.                      | last week                 | DATE     | 2015-W53         |
            Rebels took the town earlier this month.             | earlier this month        | DATE     | 2016-01          | START
            Rebels will vote later this year.                    | later this year           | DATE     | 2016             | END
            Rebels took the town this year.                      | this year                 | DATE     | 2016             |
            Rebels took the town three years ago.                | three years ago           | DATE     | 2013             |
            Rebels took the town years ago.                      | years ago                 | DATE     | PAST_REF         |
            Rebels have recently taken the town.                 | recently                  | DATE     | PAST_REF         |
            Rebels have taken towns in recent days.              | recent days               | DATE     | PAST_REF         |
            Rebels took towns over the past decade.              | the past decade           | DATE     | 200              |
            Rebels took towns over the past year.                | the past year             | DATE     | 2015             |
            Rebels took towns over the past two years.           | the past two years        | DURATION | P2Y              |
            The siege lasted three days.                         | three days                | DURATION | P3D              |
            The siege lasted more than a year.                   | more than a year          | DURATION | P1Y              | MORE_THAN
            The ceasefire may collapse within hours.             | hours                     | DURATION | PTXH             |
            He was sentenced to 10 years in prison.              | 10 years                  | DURATION | P10Y             |
            A 16-hour curfew was imposed.                        | 16-hour                   | DURATION | PT16H            |
            Rebels are there now in force.                       | now                       | DATE     | PRESENT_REF      |
            In the past rebels held the town.                    | the past                  | DATE     | PAST_REF         |
            Rebels may take the town in the future.              | the future                | DATE     | FUTURE_REF       |
            Rebels patrol the town daily.                        | daily                     | SET      | P1D              |
            Thousands march in the capital every week.           | every week                | SET      | P1W              |
            Rebels meet every Monday in the town.                | every Monday              | SET      | XXXX-WXX-1       |
            Rebels meet on Tuesday nights in the town.           | Tuesday nights            | SET      | XXXX-WXX-2TNI    |
            Profit fell in the fourth quarter.                   | the fourth quarter        | DATE     | 2015-Q4          |
            Profit rose in the first quarter.                    | the first quarter         | DATE     | 2016-Q1          |
            Third-quarter profit fell.                           | Third-quarter             | DATE     | 2015-Q3          |
            Profit fell in the third quarter of 2014.            | the third quarter of 2014 | DATE     | 2014-Q3          |
            Profit fell in last year's third quarter.            | last year's third quarter | DATE     | 2015-Q3          |
            Rebels took the town last summer.                    | last summer               | DATE     | 2015-SU          |
            Rebels will attack this spring.                      | this spring               | DATE     | 2016-SP          |
            Rebels took the town in summer 2014.                 | summer 2014               | DATE     | 2014-SU          |
            Rebels took the town over the weekend.               | the weekend               | DATE     | 2015-W53-WE      |
            Rebels took the town in the 1990s.                   | the 1990s                 | DATE     | 199              |
            Rebels held the town in 2014-15.                     | 2014-15                   | DATE     | 2014             |
            The 1997 profit was the largest.                     | 1997                      | DATE     | 1997             |
            Profit rose in fiscal 1989.                          | fiscal 1989               | DATE     | 1989             |
            """)
    void readsEachKindOfExpressionAsTimex3(String sentence, String span, String type, String value, String mod) {
        TimeMention mention = only(sentence, PUBLISHED);
        assertEquals(span, mention.text());
        assertEquals(
                new Timex(Timex.Type.valueOf(type), Optional.of(value), Optional.ofNullable(mod)), mention.timex());
    }

    @Test
    void countsRelativeDatesFromTheTimeMentionedBeforeThem() {
        List<TimeMention> found = EXPRESSIONS.find(
                "Profit fell in the third quarter of 2014 from a year earlier. Rebels struck on Tuesday; "
                        + "the next day they withdrew, and two days later they returned.",
                PUBLISHED);
        assertEquals(
                List.of("2014-Q3", "2013-Q3", "2016-01-05", "2016-01-06", "2016-01-08"),
                found.stream().map(t -> t.timex().value().orElseThrow()).toList());
    }

    @Test
    void aMonthRepeatedWithoutItsYearIsTheOneAheadWhenOneClauseSaysSo() {
        List<TimeMention> found = EXPRESSIONS.find(
                "The three are expected to join in April. Officials discussed the summit in April. Sales rose on "
                        + "Tuesday in the town. A vote will be held on Tuesday.",
                PUBLISHED);
        assertEquals(
                List.of("2016-04", "2016-04", "2016-01-05", "2016-01-12"),
                found.stream().map(t -> t.timex().value().orElseThrow()).toList(),
                "a weekday is read clause by clause");
    }

    @Test
    void readsTheBusinessYearEndedOnADateAsAYearLong() {
        List<TimeMention> found = EXPRESSIONS.find("Profit rose 9% in the fiscal year ended Sept. 30.", PUBLISHED);
        assertEquals(
                List.of(Timex.of(Timex.Type.DURATION, "P1Y"), Timex.of(Timex.Type.DATE, "2015-09-30")),
                found.stream().map(TimeMention::timex).toList());
        assertEquals("the fiscal year", found.get(0).text());
    }

    @Test
    void theLatestQuarterIsOneEndedByPublication() {
        List<TimeMention> found =
                EXPRESSIONS.find("It expects a first-quarter charge. Profit fell in the latest quarter.", PUBLISHED);
        assertEquals(
                List.of("2016-Q1", "2015-Q4"),
                found.stream().map(t -> t.timex().value().orElseThrow()).toList(),
                "the first quarter is under way: the latest reported is the fourth");
    }

    @Test
    void aClockTimeWithoutItsDayIsOnTheDayNamedLast() {
        List<TimeMention> found = EXPRESSIONS.find(
                "Rebels struck on Tuesday. Shots were heard at 10 p.m. in the town. Talks will resume at 9 a.m. "
                        + "Monday.",
                PUBLISHED);
        assertEquals(
                List.of("2016-01-05", "2016-01-05T22:00", "2016-01-11T09:00"),
                found.stream().map(t -> t.timex().value().orElseThrow()).toList());
        assertEquals(
                Optional.of(TimeValue.of("2016-01-05", Precision.DAY)),
                found.get(1).value());
    }

    @Test
    void resolvesTheQuarterNamedBeforeAndItsYearAgoQuarter() {
        List<TimeMention> found = EXPRESSIONS.find(
                "Profit rose in the third quarter. In the quarter sales fell, as in the year-ago quarter.", PUBLISHED);
        assertEquals(
                List.of("2015-Q3", "2015-Q3", "2014-Q3"),
                found.stream().map(t -> t.timex().value().orElseThrow()).toList());
    }

    @Test
    void readsTheYearAgoPeriodAsTheQuarterNamedBeforeAYearBack() {
        List<TimeMention> found = EXPRESSIONS.find(
                "Profit rose in the third quarter. In the year-ago period, it fell; year-earlier sales also fell.",
                PUBLISHED);
        assertEquals(
                List.of("2015-Q3", "2014-Q3", "2014-Q3"),
                found.stream().map(t -> t.timex().value().orElseThrow()).toList());
    }

    @Test
    void leavesRelativeValuesEmptyWithoutAPublicationDateButKeepsAbsoluteOnes() {
        List<TimeMention> found = EXPRESSIONS.find(
                "Rebels took the town on Tuesday, in August 2014, for three days, at 6 p.m., and daily.",
                Optional.empty());
        assertEquals(
                List.of(
                        Optional.empty(),
                        Optional.of("2014-08"),
                        Optional.of("P3D"),
                        Optional.of("T18:00"),
                        Optional.of("P1D")),
                found.stream().map(t -> t.timex().value()).toList());
    }

    private static TimeMention only(String sentence, Optional<LocalDate> published) {
        List<TimeMention> found = EXPRESSIONS.find(sentence, published);
        assertEquals(1, found.size(), () -> "expected one time in '%s', found %s"
                .formatted(sentence, found.stream().map(TimeMention::text).toList()));
        return found.get(0);
    }
}
