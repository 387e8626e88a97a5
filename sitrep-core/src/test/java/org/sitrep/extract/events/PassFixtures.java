package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.extract.lexicon.AgentRefinements;
import org.sitrep.extract.lexicon.Lexicons;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.EventPlace;
import org.sitrep.model.EventTime;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeMention;
import org.sitrep.ontology.Ontology;
import org.sitrep.testing.DocumentAssertions;
import org.sitrep.testing.Shipped;

/**
 * Candidate triggers and drafts made by hand, so that each pass is tested on exactly the working
 * values it would receive, without the passes before it.
 */
final class PassFixtures {
    /** Country names the tests know. */
    static final Function<String, Optional<String>> COUNTRY_OF = name -> Optional.ofNullable(
            Map.of("Lebanon", "LB", "Iraq", "IQ", "Syria", "SY").get(name));

    /** The shipped ontology: its type families are data the passes read. */
    static final Ontology ONTOLOGY = Ontology.load();

    private PassFixtures() {}

    /** Sitrep's passes over a test lexicon; "soldier" and "policeman" name members of state forces. */
    static EventPasses passes(String... lexiconRows) {
        return passes(TriggerModel.load(), lexiconRows);
    }

    /** The same with a trigger model of the test's own. */
    static EventPasses passes(TriggerModel model, String... lexiconRows) {
        return new EventPasses(
                Lexicons.of(lexiconRows),
                model,
                RoleModel.load(),
                ONTOLOGY,
                AgentRefinements.load(ONTOLOGY),
                Shipped.words(),
                COUNTRY_OF,
                w -> w.equals("soldier") || w.equals("policeman"));
    }

    /** An entry from a triggers.tsv row with '|' between the columns. */
    static TriggerEntry entry(String row) {
        return Lexicons.entry(row);
    }

    /** A one-word trigger: the first token of sentence {@code sentence} whose text is {@code word}. */
    static Trigger trigger(Document d, int sentence, String word, TriggerEntry entry) {
        Sentence s = d.sentences().get(sentence);
        int token = s.tokens().stream()
                .filter(t -> t.text().equals(word))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no '" + word + "' in sentence " + sentence))
                .index();
        return new Trigger(s, token, token, token, entry);
    }

    static EventDrafts withTriggers(Document d, Trigger... triggers) {
        return EventDrafts.start(d).withTriggers(List.of(triggers));
    }

    /** The candidates {@code triggers} with one draft each, without arguments. */
    static EventDrafts withDrafts(Document d, Trigger... triggers) {
        List<Draft> drafts = new ArrayList<>();
        for (Trigger t : triggers) {
            drafts.add(Draft.of(t, List.of()));
        }
        return withTriggers(d, triggers).withDrafts(drafts);
    }

    /** An argument over the first occurrence of {@code text}, of entity {@code entity} when it is one. */
    static Argument argument(Document d, Role role, String text, String entity) {
        return new Argument(role, span(d, text), text, Optional.ofNullable(entity));
    }

    static CharSpan span(Document d, String text) {
        int at = d.text().indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in the text");
        }
        return new CharSpan(at, at + text.length());
    }

    /** The place an entity mention names, under {@code rule}. */
    static EventPlace place(Document d, String name, String rule) {
        return new EventPlace(span(d, name), name, COUNTRY_OF.apply(name), rule);
    }

    /** The time of the document's time expression {@code text}, under {@code rule}. */
    static EventTime time(Document d, String text, String rule) {
        TimeMention m = d.times().stream()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow();
        return EventTime.of(m, m.value(), rule);
    }

    /** The document with the stage's events, checked for well-formedness. */
    static Document events(EventStage stage, Document d) {
        Document result = stage.apply(d);
        DocumentAssertions.assertWellFormed(result);
        return result;
    }
}
