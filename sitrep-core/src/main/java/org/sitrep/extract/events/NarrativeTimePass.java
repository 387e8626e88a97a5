package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EventTime;
import org.sitrep.model.Modality;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * "narrative": an event whose sentence gives it no time happened when the story last said something
 * happened (rule "narrative"), before the publication-date default. First within its sentence: an event
 * on the ground takes the time of the nearest other event on the ground of the same sentence that has one
 * from the text, an earlier one first ("Six people were killed when a bomb exploded on Monday": the killing
 * was on Monday).
 * Then within its paragraph: the time of the previous event that has one from the text. News tells a
 * paragraph in order: "Gunmen stormed the base on Tuesday. They killed four soldiers." An event on the ground
 * also borrows across paragraphs from the last one on the ground while the text names no other time between
 * them. A future event borrows only from a future one, and the other way round; a time
 * counted from another event ("relative") is that event's own and is not lent within the sentence.
 */
final class NarrativeTimePass extends EventPass {
    private final Set<String> onSite;

    /** @param onSite the types of events on the ground (the ontology's "on-site" family) */
    NarrativeTimePass(Set<String> onSite) {
        super("narrative-time", Set.of(Part.DRAFTS), Set.of());
        this.onSite = Set.copyOf(onSite);
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        String text = drafts.document().text();
        List<Draft> input = drafts.drafts();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> input.get(i).trigger().span().begin()));
        List<Draft> result = new ArrayList<>(input);
        for (int i : order) {
            Draft d = result.get(i);
            if (d.time().isEmpty() && onSite.contains(d.type())) {
                sameSentence(input, order, d)
                        .ifPresent(
                                donor -> result.set(i, d.withTime(donor.time().map(t -> t.withRule("narrative")))));
            }
        }
        Optional<Draft> previous = Optional.empty(); // the last event, in text order, with a time of its own
        for (int i : order) {
            Draft d = result.get(i);
            int begin = d.trigger().span().begin();
            boolean follows = previous.isPresent()
                    && (!blankLineBetween(text, previous.get(), begin)
                            || onSite.contains(d.type())
                                    && onSite.contains(previous.get().type())
                                    && noTimeBetween(drafts.document(), previous.get(), begin));
            if (d.time().isEmpty() && follows && future(previous.get()) == future(d)) {
                result.set(i, d.withTime(previous.get().time().map(t -> t.withRule("narrative"))));
            } else if (d.hasTimeFromText()
                    && d.time().get().value().isPresent()
                    && !linkedBackground(d)
                    && !widens(previous, d)) {
                previous = Optional.of(d);
            }
        }
        return drafts.withDrafts(result);
    }

    /**
     * The nearest earlier event on the ground of {@code d}'s sentence with a time of its own from the text, else
     * the nearest later one: the clause that dates a happening usually comes first ("seized the town on
     * Wednesday after two days of fighting").
     */
    private Optional<Draft> sameSentence(List<Draft> input, List<Integer> order, Draft d) {
        int sentence = d.trigger().sentence().index();
        int begin = d.trigger().span().begin();
        Optional<Draft> before = Optional.empty();
        Optional<Draft> after = Optional.empty();
        for (int j : order) {
            Draft other = input.get(j);
            if (other.trigger().sentence().index() != sentence
                    || other == d
                    || !lends(other)
                    || !onSite.contains(other.type())
                    || future(other) != future(d)) {
                continue;
            }
            if (other.trigger().span().begin() < begin) {
                before = Optional.of(other); // in text order: the last one before is the nearest
            } else if (after.isEmpty()) {
                after = Optional.of(other);
            }
        }
        return before.isPresent() ? before : after;
    }

    /**
     * The event a linking expression names ("said on Thursday, a day after Moscow pulled out of a grain deal"): told
     * as background to the story, it does not carry the story's next sentences.
     */
    private static boolean linkedBackground(Draft d) {
        EventTime time = d.time().get();
        return time.rule().equals("relative")
                && time.span().isPresent()
                && time.span().get().end() <= d.trigger().span().begin()
                && d.trigger().sentence().span().contains(time.span().get())
                && time.text().map(Discourse::links).orElse(false);
    }

    /**
     * Whether {@code d}'s time only widens the day the story is on ("seized the district on Wednesday ..., the
     * second district to fall this month"): a coarser time that contains it is background, and the story stays on
     * its day.
     */
    private static boolean widens(Optional<Draft> previous, Draft d) {
        if (previous.isEmpty()) {
            return false;
        }
        TimeValue story = previous.get().time().get().value().get();
        TimeValue other = d.time().get().value().get();
        return other.precision().ordinal() > story.precision().ordinal() && TimeValues.compatible(story, other);
    }

    private static boolean lends(Draft d) {
        return d.hasTimeFromText()
                && d.time().get().value().isPresent()
                && !d.time().get().rule().equals("relative");
    }

    /**
     * Whether the text names no time between the sentence that dates the earlier event and {@code begin}: then a later
     * paragraph still tells the same day ("Gunmen stormed the base on Tuesday." / "They torched the barracks.").
     */
    private static boolean noTimeBetween(Document document, Draft earlier, int begin) {
        // from the end of the sentence that dates it, which may name other times ("on Feb. 14, ... said today")
        int anchor = earlier.time()
                .flatMap(EventTime::span)
                .map(CharSpan::end)
                .orElse(earlier.trigger().span().end());
        int from = document.sentenceAt(anchor).map(s -> s.span().end()).orElse(anchor);
        for (TimeMention t : document.times()) {
            if (t.span().begin() >= from && t.span().begin() < begin) {
                return false;
            }
        }
        return true;
    }

    /** Whether a paragraph ends between the earlier trigger and {@code begin} (triggers may overlap). */
    private static boolean blankLineBetween(String text, Draft earlier, int begin) {
        int from = Math.min(earlier.trigger().span().end(), begin);
        int blank = text.indexOf("\n\n", from);
        return blank >= 0 && blank < begin;
    }

    private static boolean future(Draft d) {
        return d.modality() == Modality.FUTURE;
    }
}
