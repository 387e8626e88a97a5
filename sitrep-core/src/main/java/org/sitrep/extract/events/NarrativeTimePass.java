package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Modality;

/**
 * "narrative": an event whose sentence gives no time happened when the story last said something
 * happened: it takes the time of the previous event of the same paragraph that has one from the text
 * (rule "narrative"), before the publication-date default. News tells a paragraph in order: "Gunmen
 * stormed the base on Tuesday. They killed four soldiers." A future event borrows only from a future
 * one, and the other way round; a blank line ends the narrative.
 */
final class NarrativeTimePass extends EventPass {
    NarrativeTimePass() {
        super("narrative-time", Set.of(Part.DRAFTS), Set.of());
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
        Optional<Draft> previous = Optional.empty(); // the last event, in text order, with a time of its own
        for (int i : order) {
            Draft d = result.get(i);
            int begin = d.trigger().span().begin();
            boolean sameParagraph = previous.isPresent() && !blankLineBetween(text, previous.get(), begin);
            if (d.time().isEmpty() && sameParagraph && future(previous.get()) == future(d)) {
                result.set(i, d.withTime(previous.get().time().map(t -> t.withRule("narrative"))));
            } else if (d.hasTimeFromText() && d.time().get().value().isPresent()) {
                previous = Optional.of(d);
            }
        }
        return drafts.withDrafts(result);
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
