package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ingest.Dateline;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.EventTime;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Timex;
import org.sitrep.model.Token;

/**
 * The time expression of a trigger: one the parse attaches to it ("overran Arsal in August 2014"; of
 * several, the nearest), rule "syntax"; else one in the same sentence that the parse attaches to no other trigger, rule
 * "sentence". Expressions relative to another event ("a month after") are left to {@link RelativeTimePass};
 * recurring times ("daily"), lengths with no point in time ("for three days" has one, "a 16-hour
 * curfew" none), "now" and "the future" date no event ("IS - now rivals - overran the town": "now" is
 * when they are rivals; "recently" does date one). A loose time the parse hangs from a reporting verb
 * ("officials said as dawn broke Saturday") dates the report, not the events reported. The date of a dateline ("BAMAKO, March 12 (Reuters) -")
 * says when the story was filed, and dates no event either.
 */
final class TimeAttacher {
    /** How far into its sentence a dateline's date can end. */
    private static final int DATELINE_LENGTH = 60;

    /** How many arcs up from a time its reporting verb may be: "said on Tuesday", "said as dawn broke Saturday". */
    private static final int REPORT_HOPS = 3;

    /** Lemmas of reporting verbs ("say", "report", "announce"): the word list's report cues. */
    private final Set<String> reportVerbs;

    TimeAttacher(Set<String> reportVerbs) {
        this.reportVerbs = Set.copyOf(reportVerbs);
    }

    Optional<EventTime> attach(
            Trigger trigger,
            String text,
            List<TimeMention> times,
            List<Trigger> sameSentence,
            Optional<LocalDate> published) {
        Sentence s = trigger.sentence();
        TimeMention loose = null;
        TimeMention attached = null; // of the times the parse gives the trigger, the closest to it
        for (TimeMention time : times) {
            if (!s.span().contains(time.span())
                    || time.eventOffset().isPresent()
                    || !datesEvents(time)
                    || inDateline(text, s, time)) {
                continue;
            }
            int owner = Anchors.owner(s, time.span(), sameSentence);
            if (owner == trigger.head()) {
                if (attached == null || distance(trigger, time) < distance(trigger, attached)) {
                    attached = time;
                }
                continue;
            }
            if (owner < 0
                    && loose == null
                    && !(pastTense(trigger) && after(time, published))
                    && !datesReport(s, time)) {
                loose = time;
            }
        }
        if (attached != null) {
            return Optional.of(eventTime(attached, "syntax"));
        }
        return Optional.ofNullable(loose).map(t -> eventTime(t, "sentence"));
    }

    /**
     * Characters between the trigger and the time: of two times a parse gives one trigger, the nearer is its
     * own ("launched the revolution four decades ago in a rally Saturday": the rally is Saturday's).
     */
    private static int distance(Trigger trigger, TimeMention time) {
        CharSpan t = trigger.span();
        return time.span().begin() >= t.end()
                ? time.span().begin() - t.end()
                : Math.max(0, t.begin() - time.span().end());
    }

    /**
     * A verb in the past tense reports what happened by the publication date: a time after it elsewhere in the
     * sentence is another clause's ("condemned the attack and said it would send troops next week").
     */
    private static boolean pastTense(Trigger trigger) {
        return trigger.sentence().tokens().get(trigger.head()).partOfSpeech().equals("VBD");
    }

    private static boolean after(TimeMention time, Optional<LocalDate> published) {
        return published.isPresent()
                && time.value()
                        .flatMap(TimeValues::start)
                        .filter(d -> d.isAfter(published.get()))
                        .isPresent();
    }

    /**
     * Whether the parse hangs the time from a reporting verb that is no trigger: "At least 82 were killed,
     * officials said as dawn broke Saturday" dates the statement, not the killing it reports.
     */
    private boolean datesReport(Sentence s, TimeMention time) {
        if (!s.isParsed()) {
            return false;
        }
        for (Token token : s.tokens()) {
            if (!time.span().contains(token.span())) {
                continue;
            }
            int node = token.index();
            for (int hop = 0; hop < REPORT_HOPS && node >= 0; hop++) {
                Optional<Dependency> up = s.headOf(node);
                if (up.isEmpty()) {
                    break;
                }
                node = up.get().governor();
                if (node >= 0
                        && s.tokens().get(node).isVerb()
                        && reportVerbs.contains(s.tokens().get(node).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inDateline(String text, Sentence s, TimeMention time) {
        return time.span().end() - s.span().begin() <= DATELINE_LENGTH // cheap first: datelines are short
                && Dateline.end(text, s.span().begin()).stream()
                        .anyMatch(end -> time.span().end() <= end);
    }

    private static boolean datesEvents(TimeMention time) {
        Timex.Type type = time.timex().type();
        Optional<String> ref = time.timex().value().filter(v -> v.endsWith("_REF"));
        return type != Timex.Type.SET
                && !(type == Timex.Type.DURATION && time.value().isEmpty())
                && !(ref.isPresent() && !ref.get().equals("PAST_REF"));
    }

    static EventTime eventTime(TimeMention time, String rule) {
        return EventTime.of(time, time.value(), rule);
    }
}
