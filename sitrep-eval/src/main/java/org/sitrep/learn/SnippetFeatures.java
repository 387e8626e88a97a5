package org.sitrep.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.sitrep.extract.events.TriggerFeatures;
import org.sitrep.model.Argument;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Features of a whole snippet for deciding its one event type: the label the rules chose, the label and
 * type of every event Sitrep found (with its modality), and the snippet's words: content lemmas, lemma
 * bigrams and NER tags. The rules' decisions let the classifier keep what they get right; the words let it
 * see what no single trigger carries ("protesters ... police fired tear gas" is force against protesters).
 */
public final class SnippetFeatures {
    private SnippetFeatures() {}

    /**
     * @param ruleLabel the label the rules chose for the snippet, if any
     * @param labelOf   an event's label in its document
     * @param lexicon   the trigger lexicon's decision on each word ("lex=" features), whether or not it became an event
     */
    public static List<String> of(
            Document document,
            Optional<String> ruleLabel,
            BiFunction<Document, Event, Optional<String>> labelOf,
            TriggerFeatures lexicon) {
        Set<String> features = new LinkedHashSet<>();
        features.add("rule=" + ruleLabel.orElse("none"));
        for (Event e : document.events()) {
            features.add("type=" + e.type());
            features.add("type=" + e.type() + "|" + e.modality());
            labelOf.apply(document, e).ifPresent(l -> features.add("label=" + l));
            features.add("trigger=" + e.trigger().text().toLowerCase(Locale.ROOT));
            for (Argument a : e.arguments()) {
                features.add("role=" + e.type() + "|" + a.role());
                a.actor().ifPresent(actor -> features.add("actor=" + a.role() + "|" + actor.sector()));
                a.actor().ifPresent(actor -> features.add("acled=" + a.role() + "|" + actor.acledType()));
            }
        }
        for (Sentence s : document.sentences()) {
            String previous = "<s>";
            for (Token t : s.tokens()) {
                if (t.text().isEmpty() || !Character.isLetterOrDigit(t.text().charAt(0))) {
                    continue;
                }
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (Character.isDigit(lemma.charAt(0))) {
                    lemma = "<num>";
                }
                features.add("w=" + lemma);
                features.add("bi=" + previous + "_" + lemma);
                if (!t.nerTag().equals("O")) {
                    features.add("ner=" + t.nerTag());
                }
                previous = lemma;
                if (lexicon.isCandidate(t)) {
                    for (String f : lexicon.of(s, t.index())) {
                        if (f.startsWith("lex=") && !f.equals("lex=none")) {
                            features.add(f);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(features);
    }
}
