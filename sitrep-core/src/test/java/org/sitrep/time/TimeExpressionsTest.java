package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Precision;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Timex;

class TimeExpressionsTest {
    /** A Thursday, in ISO week 2016-W01. */
    private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2016, 1, 7));

    private static final TimeExpressions EXPRESSIONS = new TimeExpressions();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # sentence                                        | span                    | value      | precision | modifier
            The attack happened on 7 January 2016 in Paris.  | 7 January 2016          | 2016-01-07 | DAY       |
            It was signed January 7, 2016 in Vienna.         | January 7, 2016         | 2016-01-07 | DAY       |
            Filed 07 January, 2016 by our staff.             | 07 January, 2016        | 2016-01-07 | DAY       |
            Police said on Jan. 7 that nobody was hurt.      | Jan. 7                  | 2016-01-07 | DAY       |
            The deal was struck on the 3rd of March.         | the 3rd of March        | 2015-03-03 | DAY       |
            The report dated 2016-01-07 says little.         | 2016-01-07              | 2016-01-07 | DAY       |
            A letter dated 25/12/2015 arrived.               | 25/12/2015              | 2015-12-25 | DAY       |
            A letter dated 12/25/2015 arrived.               | 12/25/2015              | 2015-12-25 | DAY       |
            Talks will resume on 2 April in Geneva.          | 2 April                 | 2016-04-02 | DAY       |
            Talks resumed on 2 April in Geneva.              | 2 April                 | 2015-04-02 | DAY       |
            The deal expires on 2 April in Geneva.           | 2 April                 | 2016-04-02 | DAY       |
            They met on Monday, January 4, 2016 in Rome.     | Monday, January 4, 2016 | 2016-01-04 | DAY       |
            The talks opened May 5 in Oslo.                  | May 5                   | 2015-05-05 | DAY       |
            The flood came in August 2014 after rains.       | August 2014             | 2014-08    | MONTH     |
            Rebels took the town in 2014 after a siege.      | 2014                    | 2014       | YEAR      |
            Profit fell in the third quarter of 2014.        | the third quarter of 2014 | 2014-Q3  | QUARTER   |
            Rebels took the town last summer after a siege.  | last summer             | 2015-SU    | SEASON    |
            The war began during the 1990s in the north.     | the 1990s               | 199        | DECADE    |
            It was a haven in the early 1990s for smugglers. | the early 1990s         | 199        | DECADE    | START
            Growth slowed in the '90s for everyone.          | the '90s                | 199        | DECADE    |
            Elections are due in early 2015 or so.           | early 2015              | 2015       | YEAR      | START
            The plant closed at the end of 2014 for good.    | the end of 2014         | 2014       | YEAR      | END
            The harvest failed in mid-August as feared.      | mid-August              | 2015-08    | MONTH     | MID
            Prices rose in late August 2014 again.           | late August 2014        | 2014-08    | MONTH     | END
            The vote is due in May in the capital.           | May                     | 2016-05    | MONTH     |
            The vote was held in March in the capital.       | March                   | 2015-03    | MONTH     |
            The vote will be held in March in the capital.   | March                   | 2016-03    | MONTH     |
            Rebels have held the town since 2011 at least.   | 2011                    | 2011       | YEAR      | AFTER
            Prices have risen since March in the region.    | March                   | 2015-03    | MONTH     | AFTER
            Prices have risen since January in the region.  | January                 | 2016-01    | MONTH     | AFTER
            Prices fell before March 2015 in the region.     | March 2015              | 2015-03    | MONTH     | BEFORE
            The strike ended today in Lagos.                 | today                   | 2016-01-07 | DAY       |
            The strike ended yesterday in Lagos.             | yesterday               | 2016-01-06 | DAY       |
            Yesterday morning the strike ended.              | Yesterday morning       | 2016-01-06 | DAY       |
            The strike ends tomorrow in Lagos.               | tomorrow                | 2016-01-08 | DAY       |
            Shots were heard last night in Lagos.            | last night              | 2016-01-06 | DAY       |
            They met the day before yesterday in Lagos.      | the day before yesterday| 2016-01-05 | DAY       |
            Gunmen attacked a base on Saturday in Mali.      | Saturday                | 2016-01-02 | DAY       |
            Gunmen attacked a base on Thursday in Mali.      | Thursday                | 2016-01-07 | DAY       |
            Gunmen attacked a base on Friday in Mali.        | Friday                  | 2016-01-01 | DAY       |
            Gunmen will attack a base on Friday in Mali.     | Friday                  | 2016-01-08 | DAY       |
            It was announced Friday, and they will appeal.   | Friday                  | 2016-01-01 | DAY       |
            On Friday, the council will vote on it in Mali.  | Friday                  | 2016-01-08 | DAY       |
            They do not plan to move him on Friday at all.   | Friday                  | 2016-01-08 | DAY       |
            Officials postponed until Friday any action.     | Friday                  | 2016-01-08 | DAY       |
            Fighting went on until Friday in Mali.           | Friday                  | 2016-01-01 | DAY       |
            Gunmen attacked a base on Tuesday night in Mali. | Tuesday night           | 2016-01-05 | DAY       |
            Tuesday morning gunmen attacked a base.          | Tuesday morning         | 2016-01-05 | DAY       |
            Gunmen attacked a base last Thursday in Mali.    | last Thursday           | 2015-12-31 | DAY       |
            The summit opens next Monday in Mali.            | next Monday             | 2016-01-11 | DAY       |
            Saturday's attack killed four.                   | Saturday                | 2016-01-02 | DAY       |
            Gunmen attacked a base last week in Mali.        | last week               | 2015-W53   | WEEK      |
            Gunmen attacked a base this week in Mali.        | this week               | 2016-W01   | WEEK      |
            Gunmen attacked a base last month in Mali.       | last month              | 2015-12    | MONTH     |
            The base opens next month in Mali.               | next month              | 2016-02    | MONTH     |
            Gunmen attacked a base last year in Mali.        | last year               | 2015       | YEAR      |
            Gunmen attacked two bases this year in Mali.     | this year               | 2016       | YEAR      |
            Gunmen attacked a base earlier this month.       | earlier this month      | 2016-01    | MONTH     |
            Gunmen attacked a base late last year.           | late last year          | 2015       | YEAR      | END
            The fighting stopped at the end of last year.    | the end of last year    | 2015       | YEAR      | END
            The fighting stopped last December in Mali.      | last December           | 2015-12    | MONTH     |
            Gunmen attacked a base in December in Mali.      | December                | 2015-12    | MONTH     |
            Gunmen attacked a base on December 31 in Mali.   | December 31             | 2015-12-31 | DAY       |
            Gunmen attacked a base two days ago in Mali.     | two days ago            | 2016-01-05 | DAY       |
            Gunmen attacked a base three weeks ago in Mali.  | three weeks ago         | 2015-W51   | WEEK      |
            Gunmen attacked a base a month ago in Mali.      | a month ago             | 2015-12    | MONTH     |
            The camp opened more than two years ago.         | more than two years ago | 2014       | YEAR      | BEFORE
            The camp opened a few years ago in Mali.         | a few years ago         | 2013       | YEAR      | APPROX
            Gunmen have recently attacked bases in Mali.     | recently                | 2016-01    | MONTH     | BEFORE
            Attacks rose over the past two years in Mali.    | the past two years      | 2014       | YEAR      | AFTER
            Attacks rose in the past month in Mali.          | the past month          | 2015-12    | MONTH     | AFTER
            Attacks rose over the past decade in Mali.       | the past decade         | 2006       | YEAR      | AFTER
            Ten died in the past 24 hours in Mali.           | the past 24 hours       | 2016-01-06 | DAY       | AFTER
            Attacks rose in recent weeks in Mali.            | recent weeks            | 2015-W51   | WEEK      | AFTER
            Attacks will rise over the next two years.       | the next two years      | 2018       | YEAR      | BEFORE
            He has been held for more than a year in Mali.   | more than a year        | 2015       | YEAR      | MORE_THAN
            He has been held more than one year in Mali.     | more than one year      | 2015       | YEAR      | MORE_THAN
            He has been held for nearly six months.          | nearly six months       | 2015-07    | MONTH     | LESS_THAN
            He has been held for two weeks in Mali.          | two weeks               | 2015-W52   | WEEK      | AFTER
            Attacks have risen since last year in Mali.      | last year               | 2015       | YEAR      | AFTER
            """)
    void normalisesAgainstThePublicationDate(
            String sentence, String span, String value, Precision precision, String modifier) {
        TimeMention mention = only(sentence, PUBLISHED);
        assertEquals(span, mention.text());
        assertEquals(Optional.of(new TimeValue(value, precision, Optional.ofNullable(modifier))), mention.value());
        assertEquals(Optional.empty(), mention.eventOffset());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # sentence                                       | span                 | offset
            A month after the vote, riots broke out.        | A month after        | P1M
            Riots broke out a month later in the capital.   | a month later        | P1M
            Two days before the vote, riots broke out.      | Two days before      | P-2D
            Weeks after the vote, riots broke out.          | Weeks after          | P14D
            Shortly afterwards riots broke out.             | Shortly afterwards   | P0D
            Riots broke out the next day in the capital.    | the next day         | P1D
            Riots broke out the following week.             | the following week   | P7D
            Days later riots broke out in the capital.      | Days later           | P2D
            A few days later riots broke out.               | A few days later     | P3D
            Riots had broken out the day before.            | the day before       | P-1D
            Riots broke out 48 hours later in the capital.  | 48 hours later       | P2D
            Riots broke out a year earlier in the capital.  | a year earlier       | P-1Y
            Riots broke out later that day in the capital.  | later that day       | P0D
            """)
    void setsTheOffsetOfEventRelativeExpressions(String sentence, String span, String offset) {
        TimeMention mention = only(sentence, PUBLISHED);
        assertEquals(span, mention.text());
        assertEquals(Optional.of(Period.parse(offset)), mention.eventOffset());
        assertEquals(
                mention.timex().type() == Timex.Type.DATE ? mention.timex().value() : Optional.empty(),
                mention.value().map(TimeValue::value),
                "a date's value (an event's fallback) is its TIMEX3 value; a length's is empty");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            May said the ceasefire would hold.
            March through the old town, the leaders urged.
            Ms August said nothing about it.
            Few in May's cabinet agreed.
            A letter dated 7/1/2016 arrived.
            The deal is worth 2014 dollars per tonne.
            The Sunday-school teacher said nothing.
            Mr. Reupke, 52 years old, said nothing.
            A 6-year-old boy said nothing.
            Shortly after the vote, nothing was said.
            """)
    void ignoresWordsThatOnlyLookLikeDates(String sentence) {
        assertEquals(List.of(), EXPRESSIONS.find(sentence, PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # sentence                                 | span               | value
            The attack happened on 7 January 2016.     | 7 January 2016     | 2016-01-07
            The flood came in August 2014.             | August 2014        | 2014-08
            The attack happened yesterday.             | yesterday          |
            The attack happened on Saturday.           | Saturday           |
            The attack happened in December.           | December           |
            The attack happened on December 31.        | December 31        |
            Attacks rose over the past two years.      | the past two years |
            The camp opened two days ago.              | two days ago       |
            """)
    void findsExpressionsWithoutAPublicationDate(String sentence, String span, String value) {
        TimeMention mention = only(sentence, Optional.empty());
        assertEquals(span, mention.text());
        assertEquals(Optional.ofNullable(value), mention.value().map(TimeValue::value));
    }

    @Test
    void keepsTheOffsetWithoutAPublicationDate() {
        TimeMention mention = only("Riots broke out a month after the vote.", Optional.empty());
        assertEquals(Optional.of(Period.ofMonths(1)), mention.eventOffset());
    }

    @Test
    void longestCandidateWinsWhenCandidatesOverlap() {
        List<TimeMention> found = EXPRESSIONS.find(
                "On Monday, January 4, 2016 and in mid-August 2014, more than two years ago.", PUBLISHED);
        assertEquals(
                List.of("Monday, January 4, 2016", "mid-August 2014", "more than two years ago"),
                found.stream().map(TimeMention::text).toList());
    }

    @Test
    void returnsSortedNonOverlappingMentionsWhoseTextMatchesTheSpan() {
        String text = "Gunmen attacked a base on Tuesday night, two days after a raid in August 2014. "
                + "Since 2011 the army has lost ground; last week it retreated, and the next day it regrouped.";
        List<TimeMention> found = EXPRESSIONS.find(text, PUBLISHED);
        assertEquals(
                List.of("Tuesday night", "two days after", "August 2014", "2011", "last week", "the next day"),
                found.stream().map(TimeMention::text).toList());
        for (int i = 0; i < found.size(); i++) {
            TimeMention m = found.get(i);
            assertEquals(text.substring(m.span().begin(), m.span().end()), m.text());
            assertTrue(i == 0 || found.get(i - 1).span().end() <= m.span().begin(), "sorted, not overlapping");
        }
    }

    @Test
    void findsBothYearsOfARange() {
        List<TimeMention> found = EXPRESSIONS.find("From 2010 to 2014 the population doubled.", PUBLISHED);
        assertEquals(
                List.of("2010", "2014"), found.stream().map(TimeMention::text).toList());
        assertEquals(
                List.of("2010", "2014"),
                found.stream().map(t -> t.value().orElseThrow().value()).toList());
    }

    @Test
    void returnsNothingForTextWithoutTimes() {
        assertEquals(List.of(), EXPRESSIONS.find("", PUBLISHED));
        assertEquals(List.of(), EXPRESSIONS.find("The minister resigned.", PUBLISHED));
    }

    private static TimeMention only(String sentence, Optional<LocalDate> published) {
        List<TimeMention> found = EXPRESSIONS.find(sentence, published);
        assertEquals(1, found.size(), () -> "expected one time in '%s', found %s"
                .formatted(sentence, found.stream().map(TimeMention::text).toList()));
        return found.get(0);
    }
}
