package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.app.Sitrep;
import org.sitrep.extract.events.EventPass;
import org.sitrep.extract.events.EventPasses;
import org.sitrep.extract.events.GivenTrigger;
import org.sitrep.model.Document;

/**
 * Scoring argument extraction alone ({@code sitrep eval wikievents --gold-triggers}): Sitrep's events
 * stage runs on the annotated triggers of the types it has instead of the ones it would find. Every
 * given trigger becomes exactly one event of its given type, with arguments, modality, place and time
 * found as usual: the passes that drop, retype or merge events stay off, and so do those that borrow a
 * time or place from another event, as in every gold-trigger score reported so far.
 */
public final class GoldTriggers {
    private final Map<String, List<GivenTrigger>> byDocument;

    private GoldTriggers(Map<String, List<GivenTrigger>> byDocument) {
        this.byDocument = Map.copyOf(byDocument);
    }

    /** The gold triggers whose KAIROS type maps to a Sitrep type, by document id, in annotation order. */
    public static GoldTriggers of(List<Gold.Doc> docs, KairosMapping mapping) {
        Map<String, List<GivenTrigger>> byDocument = new HashMap<>();
        for (Gold.Doc d : docs) {
            List<GivenTrigger> triggers = new ArrayList<>();
            for (Gold.Event e : d.events()) {
                mapping.sitrepType(e.kairosType()).ifPresent(type -> triggers.add(new GivenTrigger(e.trigger(), type)));
            }
            byDocument.put(d.id(), List.copyOf(triggers));
        }
        return new GoldTriggers(byDocument);
    }

    /** The given triggers of a document, by its id; none for a document that is not in the gold set. */
    public List<GivenTrigger> triggersOf(Document document) {
        return byDocument.getOrDefault(document.id(), List.of());
    }

    /**
     * The events stage's passes: the gold triggers, then the rules that describe one event on its own, with the
     * role model filling the roles the rules leave empty.
     */
    public List<EventPass> passes(EventPasses passes) {
        return List.of(
                passes.givenTriggers(this::triggersOf),
                passes.arguments(),
                passes.eventArguments(),
                passes.modelRoles(),
                passes.modality(),
                passes.place(),
                passes.time(),
                passes.defaults());
    }

    /** The same passes by rules alone ({@code --rules-only}): no role model. */
    public List<EventPass> rulesOnlyPasses(EventPasses passes) {
        return passes(passes).stream().filter(p -> p != passes.modelRoles()).toList();
    }

    /**
     * Sitrep with these passes, by rules alone when {@code rulesOnly}. Every sentence is parsed: the parser
     * would otherwise see only the sentences with a lexicon trigger, and a gold trigger may be in any.
     */
    public Sitrep.Options options(boolean rulesOnly) {
        return new Sitrep.Options(true, Optional.empty(), rulesOnly ? this::rulesOnlyPasses : this::passes);
    }
}
