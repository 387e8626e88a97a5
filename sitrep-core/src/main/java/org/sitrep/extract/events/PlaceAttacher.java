package org.sitrep.extract.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.Argument;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.EventPlace;
import org.sitrep.model.Sentence;

/**
 * The event's own place, most specific evidence first: a locative phrase on the trigger ("in Arsal",
 * "along Lebanon's border"), or a place that is itself the patient ("overran the town of Arsal"),
 * rule "syntax"; else a place named in the same sentence outside the participants, rule "sentence".
 * Later passes borrow a place from another event (conjunct, "during", context) or take the dateline.
 */
final class PlaceAttacher {

    private final Document document;
    private final Fillers fillers;
    private final Function<String, Optional<String>> countryOf;
    /** Events whose patient, when it is a place, is also where they happened: the ontology's "place-patient" family. */
    private final Set<String> placePatients;

    /** Locative prepositions ("in", "along") and place nouns ("the town of Arsal"). */
    private final EventWords words;

    PlaceAttacher(
            Document document,
            Fillers fillers,
            Function<String, Optional<String>> countryOf,
            Set<String> placePatients,
            EventWords words) {
        this.document = document;
        this.fillers = fillers;
        this.countryOf = countryOf;
        this.placePatients = placePatients;
        this.words = words;
    }

    Optional<EventPlace> attach(Trigger trigger, List<Argument> arguments, List<Trigger> sameSentence) {
        Sentence s = trigger.sentence();
        List<Dependency> candidates = new java.util.ArrayList<>(s.dependentsOf(trigger.head()));
        if (!trigger.isVerbal()) { // "engage in battles along the border": the place hangs from the verb
            s.headOf(trigger.head())
                    .filter(d ->
                            d.governor() >= 0 && s.tokens().get(d.governor()).isVerb())
                    .ifPresent(d -> candidates.addAll(s.dependentsOf(d.governor())));
        }
        for (Dependency d : candidates) {
            String rel = d.relation();
            int colon = rel.indexOf(':');
            boolean locative = colon > 0
                    && (rel.startsWith("obl") || rel.startsWith("nmod"))
                    && words.locativePrepositions().contains(rel.substring(colon + 1));
            boolean patient = rel.equals("obj") || rel.equals("nsubj:pass");
            if (locative || patient && placePatients.contains(trigger.type())) {
                Optional<EventPlace> place = placeAt(s, d.dependent(), "syntax");
                if (place.isPresent()) {
                    return place;
                }
            }
        }
        for (EntityMention m : document.mentions()) {
            if (m.sentenceIndex() == s.index()
                    && isPlace(m)
                    && !insideParticipant(m.span(), arguments)
                    && !nestedInActor(m)
                    && ownedByNoOther(s, m, trigger, sameSentence)
                    && isLocative(s, m)
                    && !isDateline(s, m)) {
                return Optional.of(place(m, "sentence"));
            }
        }
        return Optional.empty();
    }

    private Optional<EventPlace> placeAt(Sentence s, int token, String rule) {
        Optional<EntityMention> m =
                fillers.mentionAt(s.tokens().get(token).span()).filter(PlaceAttacher::isPlace);
        if (m.isPresent()) {
            return Optional.of(place(m.get(), rule));
        }
        if (words.placeNouns().contains(TriggerFinder.lemma(s.tokens().get(token)))) {
            for (Dependency d : s.dependentsOf(token)) {
                if (d.relation().equals("nmod:of")
                        || d.relation().equals("nmod:poss")
                        || d.relation().equals("compound")
                        || d.relation().equals("appos")) {
                    Optional<EntityMention> inner = fillers.mentionAt(
                                    s.tokens().get(d.dependent()).span())
                            .filter(PlaceAttacher::isPlace);
                    if (inner.isPresent()) {
                        return Optional.of(place(inner.get(), rule));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * In a parsed sentence, a place counts only where it is a location ("in Idlib", "along Lebanon's
     * border"), not a participant ("missiles launched by Russia").
     */
    private boolean isLocative(Sentence s, EntityMention m) {
        if (!s.isParsed()) {
            return true;
        }
        int head = s.tokenAt(m.head().begin());
        for (int node = head, hop = 0; node >= 0 && hop < 2; hop++) {
            for (Dependency d : s.dependentsOf(node)) {
                if (d.relation().equals("case")
                        && words.locativePrepositions()
                                .contains(s.tokens().get(d.dependent()).text().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            node = s.headOf(node)
                    .filter(d -> d.relation().startsWith("nmod"))
                    .map(Dependency::governor)
                    .orElse(-1);
        }
        return false;
    }

    /** The dateline ("OUAGADOUGOU, March 3 -") names where the story was filed, not where each event was. */
    private boolean isDateline(Sentence s, EntityMention m) {
        return document.dateline().isPresent()
                && s.tokens().get(0).span().begin() == m.span().begin()
                && document.dateline()
                        .get()
                        .toLowerCase(java.util.Locale.ROOT)
                        .startsWith(m.text().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean ownedByNoOther(Sentence s, EntityMention m, Trigger trigger, List<Trigger> sameSentence) {
        int owner = Anchors.owner(s, m.span(), sameSentence);
        return owner < 0 || owner == trigger.head();
    }

    EventPlace place(EntityMention m, String rule) {
        return new EventPlace(m.span(), m.text(), countryOf.apply(m.text()), rule);
    }

    static boolean isPlace(EntityMention m) {
        return m.kind() == EntityMention.Kind.NAME
                && (m.type() == EntityType.GPE || m.type() == EntityType.LOCATION || m.type() == EntityType.FACILITY);
    }

    private static boolean insideParticipant(CharSpan span, List<Argument> arguments) {
        return arguments.stream().anyMatch(a -> a.span().contains(span));
    }

    /** "Syria" in "Syria's al-Qaeda affiliate" names an actor's base, not where the event happened. */
    private boolean nestedInActor(EntityMention place) {
        for (EntityMention m : document.mentions()) {
            if (m != place && m.span().contains(place.span()) && !m.span().equals(place.span()) && !isPlace(m)) {
                return true;
            }
        }
        return false;
    }
}
