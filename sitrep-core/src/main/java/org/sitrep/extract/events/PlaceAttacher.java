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
import org.sitrep.model.EventPlace;
import org.sitrep.model.Sentence;
import org.sitrep.model.SpanIndex;

/**
 * The event's own place, most specific evidence first: a locative phrase on the trigger ("in Arsal",
 * "along Lebanon's border"), a place that is itself the patient ("overran the town of Arsal", "seized
 * control of Kunduz"), or the place a "where" clause describes ("Yauri, where students were kidnapped"), rule
 * "syntax"; else a place named in the same sentence outside the participants,
 * rule "sentence". A definite place noun in those positions ("stormed the city", "fighting in the town")
 * or "there" means the last place of its kind named before, rule "anaphora" (see {@link NamedPlaces}).
 * Later passes borrow a place from another event (conjunct, "during", context), the article's focus or
 * the dateline.
 */
final class PlaceAttacher {

    private final Document document;
    private final Fillers fillers;
    private final Function<String, Optional<String>> countryOf;
    /** Events whose patient, when it is a place, is also where they happened: the ontology's "place-patient" family. */
    private final Set<String> placePatients;

    /** Locative prepositions ("in", "along"), place nouns ("the town of Arsal"), control nouns ("control of X"). */
    private final EventWords words;

    private final NamedPlaces places;
    private final SpanIndex<EntityMention> mentions;

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
        this.places = new NamedPlaces(document, words, countryOf);
        this.mentions = SpanIndex.of(document.mentions(), EntityMention::span);
    }

    Optional<EventPlace> attach(Trigger trigger, List<Argument> arguments, List<Trigger> sameSentence) {
        Sentence s = trigger.sentence();
        List<Dependency> candidates = new java.util.ArrayList<>(s.dependentsOf(trigger.head()));
        // "engage in battles along the border", "fighting (tagged a gerund) continued there": the place
        // hangs from the verb
        s.headOf(trigger.head())
                .filter(d -> (!trigger.isVerbal() || d.relation().startsWith("nsubj"))
                        && d.governor() >= 0
                        && s.tokens().get(d.governor()).isVerb())
                .ifPresent(d -> candidates.addAll(s.dependentsOf(d.governor())));
        for (Dependency d : candidates) {
            String rel = d.relation();
            int colon = rel.indexOf(':');
            boolean locative = colon > 0
                    && (rel.startsWith("obl") || rel.startsWith("nmod"))
                    && words.locativePrepositions().contains(rel.substring(colon + 1));
            boolean patient = rel.equals("obj")
                    || rel.equals("nsubj:pass")
                    || rel.equals("nmod:of")
                            && d.governor() == trigger.head()
                            && !trigger.isVerbal(); // "bombing of the city"
            if (locative || patient && placePatients.contains(trigger.type())) {
                Optional<EventPlace> place = placeAt(s, d.dependent());
                if (place.isPresent()) {
                    return place;
                }
            }
            if (rel.equals("advmod")
                    && TriggerFinder.lemma(s.tokens().get(d.dependent())).equals("there")) {
                Optional<EventPlace> there = referredTo(s, d.dependent(), Optional.empty());
                if (there.isPresent()) {
                    return there;
                }
            }
        }
        Optional<EventPlace> where = relativeWhere(s, trigger.head());
        if (where.isPresent()) {
            return where;
        }
        for (EntityMention m : mentions.within(s.span())) {
            if (m.sentenceIndex() == s.index()
                    && places.isPlace(m)
                    && !insideParticipant(m.span(), arguments)
                    && !nestedInActor(m)
                    && ownedByNoOther(s, m.span(), trigger, sameSentence)
                    && places.isLocative(s, m.head())
                    && !places.isDateline(m)) {
                return Optional.of(place(m, "sentence"));
            }
        }
        // "Clashes broke out as troops entered the city": the city of the sentence, if no other event's
        if (s.isParsed()) {
            for (var t : s.tokens()) {
                if (places.kindOfNoun(TriggerFinder.lemma(t)).isPresent()
                        && !insideParticipant(t.span(), arguments)
                        && ownedByNoOther(s, t.span(), trigger, sameSentence)
                        && places.isLocative(s, t.span())) {
                    Optional<EventPlace> place = anaphor(s, t.index());
                    if (place.isPresent()) {
                        return place;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Yauri, where 80 students were kidnapped", "the village where they were killed": an event told in a
     * relative clause that "where" opens happened at the place the clause describes.
     */
    private Optional<EventPlace> relativeWhere(Sentence s, int head) {
        boolean opensWithWhere = s.dependentsOf(head).stream()
                .anyMatch(d -> d.relation().equals("advmod")
                        && TriggerFinder.lemma(s.tokens().get(d.dependent())).equals("where"));
        if (!opensWithWhere) {
            return Optional.empty();
        }
        return s.headOf(head)
                .filter(d -> d.relation().equals("acl:relcl") && d.governor() >= 0)
                .flatMap(d -> placeAt(s, d.governor()));
    }

    /**
     * The place a phrase headed by {@code token} names: a place name ("Arsal"), the name a place or
     * control noun governs ("the town of Arsal", "control of Kunduz"), or the place a definite place
     * noun refers back to ("the town").
     */
    private Optional<EventPlace> placeAt(Sentence s, int token) {
        Optional<EntityMention> m =
                fillers.mentionAt(s.tokens().get(token).span()).filter(places::isPlace);
        if (m.isPresent()) {
            return Optional.of(place(m.get(), "syntax"));
        }
        String lemma = TriggerFinder.lemma(s.tokens().get(token));
        if (words.controlNouns().contains(lemma)) {
            for (Dependency d : s.dependentsOf(token)) {
                if (d.relation().equals("nmod:of")) {
                    return placeAt(s, d.dependent());
                }
            }
            return Optional.empty();
        }
        if (words.placeNouns().contains(lemma) || places.kindOfNoun(lemma).isPresent()) {
            for (Dependency d : s.dependentsOf(token)) {
                if (d.relation().equals("nmod:of")
                        || d.relation().equals("nmod:poss")
                        || d.relation().equals("compound")
                        || d.relation().equals("appos")) {
                    Optional<EntityMention> inner = fillers.mentionAt(
                                    s.tokens().get(d.dependent()).span())
                            .filter(places::isPlace);
                    if (inner.isPresent()) {
                        return Optional.of(place(inner.get(), "syntax"));
                    }
                }
            }
        }
        return anaphor(s, token);
    }

    /** "the city", "this town": a definite, singular place-kind noun names the last place of its kind. */
    private Optional<EventPlace> anaphor(Sentence s, int token) {
        return places.referent(s, token).map(m -> place(m, "anaphora"));
    }

    private Optional<EventPlace> referredTo(Sentence s, int token, Optional<PlaceKind> kind) {
        return places.before(s.tokens().get(token).span().begin(), kind).map(m -> place(m, "anaphora"));
    }

    private static boolean ownedByNoOther(Sentence s, CharSpan span, Trigger trigger, List<Trigger> sameSentence) {
        int owner = Anchors.owner(s, span, sameSentence);
        return owner < 0 || owner == trigger.head();
    }

    EventPlace place(EntityMention m, String rule) {
        return new EventPlace(m.span(), m.text(), countryOf.apply(m.text()), rule);
    }

    private static boolean insideParticipant(CharSpan span, List<Argument> arguments) {
        return arguments.stream().anyMatch(a -> a.span().contains(span));
    }

    /** "Syria" in "Syria's al-Qaeda affiliate" names an actor's base, not where the event happened. */
    private boolean nestedInActor(EntityMention place) {
        for (EntityMention m : mentions.covering(place.span())) {
            if (m != place && !m.span().equals(place.span()) && !places.isPlace(m)) {
                return true;
            }
        }
        return false;
    }
}
