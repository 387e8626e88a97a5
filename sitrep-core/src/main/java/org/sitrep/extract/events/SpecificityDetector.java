package org.sitrep.extract.events;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Specificity;
import org.sitrep.model.Token;

/**
 * Whether a trigger reports one occurrence or speaks of events in general, from cues in the parse: a
 * condition on the trigger's clause or a clause above it ("if fighting resumes": hypothetical), a frequency
 * adverb or "used to" ("the group has often raided villages": habitual), "every"/"any" on the trigger or on
 * its time ("any attack", "every Friday"), or many victims over a long stretch ("has killed thousands since
 * 2017", "hundreds were killed over the past decade": generic). A sentence without a parse is read for the
 * condition and frequency words just before the trigger. Everything else is specific.
 */
final class SpecificityDetector {
    private static final int WINDOW = 8;
    private static final int MAX_HOPS = 6;
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    /** The cue lists: habitual-cues, hypothetical-marks, generic-determiners, long-span-nouns, quantity-heads. */
    private final EventWords words;

    SpecificityDetector(EventWords words) {
        this.words = words;
    }

    Specificity detect(Trigger trigger) {
        Sentence s = trigger.sentence();
        if (!s.isParsed()) {
            return unparsed(trigger);
        }
        int head = trigger.head();
        Specificity own = ownCues(s, head);
        if (own != Specificity.SPECIFIC) {
            return own;
        }
        int node = head;
        for (int hops = 0; node >= 0 && hops < MAX_HOPS; hops++) {
            Optional<Dependency> up = s.headOf(node);
            if (node == head || s.tokens().get(node).isVerb()) {
                boolean adverbial = up.isEmpty() || up.get().relation().startsWith("advcl");
                for (Dependency d : s.dependentsOf(node)) {
                    String lemma = lemma(s, d.dependent());
                    // "if" marks a condition only on an adverbial clause: "asked if the town fell" is a question
                    if (adverbial
                            && d.relation().equals("mark")
                            && words.hypotheticalMarks().contains(lemma)) {
                        return Specificity.HYPOTHETICAL;
                    }
                    if (d.relation().equals("advmod") && words.habitualCues().contains(lemma)) {
                        return Specificity.HABITUAL;
                    }
                }
                if (usedTo(s, node, up)) {
                    return Specificity.HABITUAL;
                }
            }
            // a clause with its own subordinator ("after the town fell") is outside its host's cues
            if (up.isEmpty() || up.get().relation().startsWith("advcl") && hasMark(s, node)) {
                break;
            }
            node = up.get().governor();
        }
        return Specificity.SPECIFIC;
    }

    /** Cues on the trigger's own dependents: its determiner, its time, its victims over a long stretch. */
    private Specificity ownCues(Sentence s, int head) {
        boolean longSpan = false;
        for (Dependency d : s.dependentsOf(head)) {
            Token t = s.tokens().get(d.dependent());
            String lemma = lemma(s, d.dependent());
            if (d.relation().equals("det")
                    && s.tokens().get(head).isNoun()
                    && words.genericDeterminers().contains(lemma)) {
                return Specificity.GENERIC; // "any attack on civilians"
            }
            if (isModifier(d.relation())) {
                if (hasGenericDeterminer(s, d.dependent()) && isTimeNoun(t)) {
                    return Specificity.HABITUAL; // "every Friday", "every week"
                }
                if (words.longSpanNouns().contains(lemma) && t.partOfSpeech().equals("NNS")
                        || YEAR.matcher(t.text()).matches() && hasCase(s, d.dependent(), "since")) {
                    longSpan = true; // "over the past ten years", "for decades", "since 2017"
                }
            }
        }
        return longSpan && hasManyVictims(s, head) ? Specificity.GENERIC : Specificity.SPECIFIC;
    }

    /** The trigger's object or passive subject is a plural or a count: "killed thousands", "hundreds were killed". */
    private boolean hasManyVictims(Sentence s, int head) {
        for (Dependency d : s.dependentsOf(head)) {
            String r = d.relation();
            if (r.equals("obj") || r.equals("dobj") || r.startsWith("nsubj:pass") || r.equals("nsubjpass")) {
                Token t = s.tokens().get(d.dependent());
                if (t.partOfSpeech().equals("NNS")
                        || t.partOfSpeech().equals("CD")
                        || words.quantityHeads().contains(lemma(s, d.dependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "they used to attack convoys": the trigger is the complement of an active "used" with "to" and no object
     * ("police used tear gas to disperse the protest" is one occurrence).
     */
    private static boolean usedTo(Sentence s, int node, Optional<Dependency> up) {
        if (up.isEmpty() || !up.get().relation().equals("xcomp")) {
            return false;
        }
        int used = up.get().governor();
        return s.tokens().get(used).text().equalsIgnoreCase("used")
                && hasCase(s, node, "to")
                && s.dependentsOf(used).stream().anyMatch(d -> d.relation().equals("nsubj"))
                && s.dependentsOf(used).stream()
                        .noneMatch(
                                d -> d.relation().equals("obj") || d.relation().equals("dobj"));
    }

    private boolean hasGenericDeterminer(Sentence s, int node) {
        return s.dependentsOf(node).stream()
                .anyMatch(d ->
                        d.relation().equals("det") && words.genericDeterminers().contains(lemma(s, d.dependent())));
    }

    /** A date or time ("Friday", "night") or a calendar unit ("day", "week"). */
    private boolean isTimeNoun(Token t) {
        return t.nerTag().equals("DATE")
                || t.nerTag().equals("TIME")
                || words.calendarUnits().contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    private static boolean isModifier(String relation) {
        return relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("advmod");
    }

    /** A subordinator or preposition ({@code mark} or {@code case}) of this word. */
    private static boolean hasCase(Sentence s, int node, String word) {
        return s.dependentsOf(node).stream()
                .anyMatch(d -> (d.relation().equals("case") || d.relation().equals("mark"))
                        && s.tokens().get(d.dependent()).text().equalsIgnoreCase(word));
    }

    private static boolean hasMark(Sentence s, int node) {
        return s.dependentsOf(node).stream().anyMatch(d -> d.relation().equals("mark"));
    }

    private Specificity unparsed(Trigger trigger) {
        Sentence s = trigger.sentence();
        for (int j = Math.max(0, trigger.first() - WINDOW); j < trigger.first(); j++) {
            String lemma = lemma(s, j);
            if (words.hypotheticalMarks().contains(lemma)) {
                return Specificity.HYPOTHETICAL;
            }
            if (words.habitualCues().contains(lemma)) {
                return Specificity.HABITUAL;
            }
        }
        return Specificity.SPECIFIC;
    }

    private static String lemma(Sentence s, int index) {
        return s.tokens().get(index).lemma().toLowerCase(Locale.ROOT);
    }
}
