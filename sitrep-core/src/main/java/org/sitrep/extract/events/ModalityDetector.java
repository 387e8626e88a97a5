package org.sitrep.extract.events;

import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.Dependency;
import org.sitrep.model.Modality;
import org.sitrep.model.Sentence;

/**
 * How a sentence presents an event. Cues are looked for on the trigger and on each verb above it in
 * the parse (so "denied that X attacked" negates the attack, and "the press reported that X" makes
 * it reported), or in the words before the trigger when the sentence is not parsed. The strongest
 * cue wins: negated, then future, uncertain, reported.
 */
final class ModalityDetector {
    private static final int WINDOW = 8;

    /** The cue words: negation, future, uncertainty and report cues. */
    private final EventWords words;

    ModalityDetector(EventWords words) {
        this.words = words;
    }

    Modality detect(Trigger trigger) {
        Sentence s = trigger.sentence();
        Modality result = quoted(s, trigger) ? Modality.REPORTED : Modality.ASSERTED;
        if (s.isParsed()) {
            int node = trigger.head();
            int hops = 0;
            while (node >= 0 && hops++ < 6) {
                if (node != trigger.head()) {
                    result = strongest(result, cue(s, node, false)); // the trigger's own word is not a cue
                }
                if (node == trigger.head() && hasNegatedSubject(s, node)) {
                    return Modality.NEGATED; // "No group has claimed responsibility"
                }
                boolean clause = node == trigger.head() || s.tokens().get(node).isVerb();
                for (Dependency d : s.dependentsOf(node)) {
                    // "This is not the first time that X joined": a noun's modifiers do not scope over the event
                    if (d.relation().contains(":according")) {
                        result = strongest(result, Modality.REPORTED); // "according to local media"
                    } else if (clause && d.relation().startsWith("parataxis") && isReport(s, d.dependent())) {
                        result = strongest(
                                result, Modality.REPORTED); // an attribution after the clause: ", police said"
                    } else if (clause && isModifier(d.relation())) {
                        result = strongest(result, cue(s, d.dependent(), true));
                    }
                }
                Optional<Dependency> up = s.headOf(node);
                // a temporal or causal clause ("after it was reported that...") is not in the scope of its host's cues;
                // a clause without a subordinator is ("Gunmen killed four, police said" parsed as advcl of "said")
                node = up.isPresent() && (!up.get().relation().startsWith("advcl") || isBareClause(s, node, up.get()))
                        ? up.get().governor()
                        : -1;
            }
            return result;
        }
        for (int j = Math.max(0, trigger.first() - WINDOW); j < trigger.first(); j++) {
            result = strongest(result, cue(s, j, true));
        }
        return result;
    }

    private static boolean hasNegatedSubject(Sentence s, int verb) {
        for (Dependency subject : s.dependentsOf(verb)) {
            if (subject.relation().startsWith("nsubj")) {
                for (Dependency det : s.dependentsOf(subject.dependent())) {
                    String word = s.tokens().get(det.dependent()).text().toLowerCase(Locale.ROOT);
                    if (det.relation().equals("det") && (word.equals("no") || word.equals("neither"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A trigger in quotation marks ('their son had been "kidnapped"') is someone else's word. */
    private static boolean quoted(Sentence s, Trigger t) {
        return t.first() > 0
                && t.last() + 1 < s.tokens().size()
                && s.tokens().get(t.first() - 1).partOfSpeech().equals("``")
                && s.tokens().get(t.last() + 1).partOfSpeech().equals("''");
    }

    private static boolean isModifier(String relation) {
        return relation.equals("advmod")
                || relation.startsWith("aux")
                || relation.equals("neg")
                || relation.equals("det")
                || relation.equals("mark");
    }

    /** An adverbial clause with no marker ("after", "because", "when"...) that precedes the verb it hangs on. */
    private static boolean isBareClause(Sentence s, int node, Dependency up) {
        return up.relation().equals("advcl")
                && node < up.governor()
                && s.dependentsOf(node).stream().noneMatch(d -> d.relation().equals("mark"));
    }

    private boolean isReport(Sentence s, int index) {
        return words.reportCues().contains(s.tokens().get(index).lemma().toLowerCase(Locale.ROOT));
    }

    private Modality cue(Sentence s, int index, boolean local) {
        String lemma = s.tokens().get(index).lemma().toLowerCase(Locale.ROOT);
        String word = s.tokens().get(index).text().toLowerCase(Locale.ROOT);
        if (words.negationCues().contains(lemma) && (local || !word.equals("no"))) {
            return Modality.NEGATED;
        }
        if (words.futureCues().contains(lemma) && (local || !lemma.equals("would"))) {
            return Modality.FUTURE;
        }
        if (words.uncertaintyCues().contains(lemma)) {
            return Modality.UNCERTAIN;
        }
        if (words.reportCues().contains(lemma) || words.reportCues().contains(word)) {
            return Modality.REPORTED;
        }
        return Modality.ASSERTED;
    }

    /** NEGATED > FUTURE > UNCERTAIN > REPORTED > ASSERTED. */
    static Modality strongest(Modality a, Modality b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case NEGATED -> 4;
            case FUTURE -> 3;
            case UNCERTAIN -> 2;
            case REPORTED -> 1;
            case ASSERTED -> 0;
        };
    }
}
