package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.sitrep.extract.lexicon.PartOfSpeech;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.extract.lexicon.TriggerLexicon;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Dependency;
import org.sitrep.model.Document;
import org.sitrep.model.EntityType;
import org.sitrep.model.Role;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds lexicon triggers in a sentence. Multiword entries may have up to two modifiers between
 * their words ("took full control", "took them hostage"). Entries that need a particular object
 * ("exchanged the prisoners") are checked on the parse, or on the next few words when unparsed.
 * Where entries overlap, the longest wins, then the satisfied constrained one, then the weightier.
 */
final class TriggerFinder {
    private static final int MAX_GAP = 2;
    /** In the objects column: the entry fires only when the verb has no direct object. */
    static final String NO_OBJECT = "@none";
    /** In the objects column: the entry fires only when the verb has an object (or is passive). */
    static final String ANY_OBJECT = "@any";

    private static final int OBJECT_WINDOW = 6;
    private static final Set<String> OBJECT_RELATIONS = Set.of("obj", "nsubj:pass", "nmod:of", "compound", "obl:of");

    private final TriggerLexicon lexicon;

    TriggerFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A trigger at a given span and of a given type: its head is the last noun or verb of the span,
     * its entry the lexicon's for that lemma and type, else a generic one.
     */
    Optional<Trigger> at(Document document, CharSpan span, String type) {
        Optional<Sentence> sentence = document.sentenceAt(span.begin());
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        Sentence s = sentence.get();
        int first = -1;
        int last = -1;
        int head = -1;
        for (Token t : s.tokens()) {
            if (t.span().overlaps(span)) {
                first = first < 0 ? t.index() : first;
                last = t.index();
                if (t.isNoun() || t.isVerb() || head < 0) {
                    head = t.index();
                }
            }
        }
        if (head < 0) {
            return Optional.empty();
        }
        Token token = s.tokens().get(head);
        TriggerEntry entry = lexicon.entriesStartingWith(lemma(token)).stream()
                .filter(e -> e.type().equals(type) && e.lemmas().size() == 1 && posMatches(e.pos(), token))
                .findFirst()
                .orElseGet(() -> generic(token, type));
        return Optional.of(new Trigger(s, first, last, head, entry));
    }

    private static TriggerEntry generic(Token token, String type) {
        PartOfSpeech pos = token.isVerb() ? PartOfSpeech.VERB : PartOfSpeech.NOUN;
        return new TriggerEntry(
                List.of(lemma(token)),
                pos,
                type,
                Optional.of(Role.AGENT),
                Optional.of(Role.PATIENT),
                java.util.Map.of("by", Role.AGENT, "against", Role.PATIENT, "with", Role.INSTRUMENT),
                Set.of(),
                0.5);
    }

    /** The one-word entries of a token's lemma that its part of speech fits. */
    List<TriggerEntry> entriesFor(Token token) {
        return lexicon.entriesStartingWith(lemma(token)).stream()
                .filter(e -> e.lemmas().size() == 1 && posMatches(e.pos(), token))
                .toList();
    }

    /** Cheap test used to decide which sentences are worth a dependency parse. */
    boolean mayContainTrigger(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            for (TriggerEntry entry : lexicon.entriesStartingWith(lemma(token))) {
                if (posMatches(entry.pos(), token) || entry.lemmas().size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param typeAt the entity type of the mention covering a token, if any: a required object
     *               "@organization" is met by any organisation ("joined al-Nusra Front")
     */
    List<Trigger> find(Sentence sentence, BiFunction<Sentence, Integer, Optional<EntityType>> typeAt) {
        List<Trigger> matches = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (Token token : tokens) {
            for (TriggerEntry entry : lexicon.entriesStartingWith(lemma(token))) {
                Trigger t = match(sentence, token.index(), entry);
                if (t != null && objectSatisfied(t, typeAt)) {
                    matches.add(t);
                }
            }
        }
        // a satisfied object constraint is the strongest evidence ("fired a missile at" is SHELLING, not "fire at")
        matches.sort(Comparator.comparing((Trigger t) -> !t.entry().isConstrained())
                .thenComparingInt(t -> -(t.last() - t.first()))
                .thenComparingDouble(t -> -t.entry().weight()));
        List<Trigger> chosen = new ArrayList<>();
        for (Trigger t : matches) {
            if (chosen.stream().noneMatch(c -> overlaps(c, t))) {
                chosen.add(t);
            }
        }
        chosen.sort(Comparator.comparingInt(Trigger::first));
        return chosen;
    }

    private static boolean overlaps(Trigger a, Trigger b) {
        return a.covers(b.head()) || b.covers(a.head()) || a.head() == b.head();
    }

    /** The match of entry starting at token start, or null. */
    private static Trigger match(Sentence sentence, int start, TriggerEntry entry) {
        List<Token> tokens = sentence.tokens();
        List<String> lemmas = entry.lemmas();
        int position = start;
        int head = -1;
        for (int k = 1; k < lemmas.size(); k++) {
            int next = -1;
            for (int j = position + 1; j <= Math.min(tokens.size() - 1, position + 1 + MAX_GAP); j++) {
                if (lemma(tokens.get(j)).equals(lemmas.get(k))) {
                    next = j;
                    break;
                }
                if (!isModifier(tokens.get(j))) {
                    break;
                }
            }
            if (next < 0) {
                return null;
            }
            position = next;
        }
        for (int j = start; j <= position; j++) {
            if (posMatches(entry.pos(), tokens.get(j)) && (head < 0 || entry.pos() != PartOfSpeech.VERB)) {
                head = j; // verbs: first verb; nouns: last noun ("air strike" → strike)
            }
        }
        if (head < 0) {
            return null;
        }
        return new Trigger(sentence, start, position, head, entry);
    }

    private static boolean isModifier(Token token) {
        String pos = token.partOfSpeech();
        return pos.equals("DT")
                || pos.startsWith("JJ")
                || pos.startsWith("PRP")
                || pos.equals("CD")
                || pos.equals("RB")
                || pos.equals("HYPH")
                || pos.startsWith("NN") && token.text().length() < 12;
    }

    static boolean posMatches(PartOfSpeech pos, Token token) {
        String tag = token.partOfSpeech();
        return switch (pos) {
            case VERB -> tag.startsWith("VB");
            case NOUN -> tag.startsWith("NN") && !tag.startsWith("NNP"); // "March" the month is no march
            case ADJECTIVE -> tag.startsWith("JJ") || tag.equals("VBN");
        };
    }

    private static boolean objectSatisfied(Trigger t, BiFunction<Sentence, Integer, Optional<EntityType>> typeAt) {
        if (!t.entry().isConstrained()) {
            return true;
        }
        Sentence s = t.sentence();
        Set<String> wanted = t.entry().requiredObjects();
        if (wanted.contains(NO_OBJECT)) { // "the troops withdrew", not "the government withdrew the law"
            return !s.isParsed() || noObjectIn(s, t.head());
        }
        if (wanted.contains(ANY_OBJECT)) { // "gunmen attacked a checkpoint", "the post was attacked"
            return !s.isParsed()
                    || s.dependentsOf(t.head()).stream()
                            .anyMatch(d ->
                                    d.relation().equals("obj") || d.relation().equals("nsubj:pass"));
        }
        if (s.isParsed()) {
            Optional<Dependency> modified = s.headOf(t.head())
                    .filter(d -> d.governor() >= 0
                            && (d.relation().startsWith("acl") || d.relation().startsWith("amod")));
            if (modified.isPresent() && s.tokens().get(t.head()).partOfSpeech().equals("VBN")) {
                // "hostages held by the group": the participle's object is the noun it modifies, nothing after it
                return fits(s, modified.get().governor(), wanted, typeAt);
            }
            for (Dependency d : s.dependencies()) {
                if (d.governor() == t.head()
                        && OBJECT_RELATIONS.contains(d.relation())
                        && (fits(s, d.dependent(), wanted, typeAt)
                                || fits(s, countedNoun(s, d.dependent()), wanted, typeAt))) {
                    return true;
                }
                if (d.dependent() == t.head()
                        && d.relation().startsWith("amod")
                        && wanted.contains(lemma(s.tokens().get(d.governor())))) {
                    return true; // "IS-held hostages", "released prisoners"
                }
            }
        }
        int from = t.last() + 1;
        for (int j = from; j < Math.min(s.tokens().size(), from + OBJECT_WINDOW); j++) {
            if (wanted.contains(lemma(s.tokens().get(j)))) {
                return !s.isParsed() || t.entry().pos() != PartOfSpeech.VERB || noObjectIn(s, t.head());
            }
        }
        return false;
    }

    private static boolean fits(
            Sentence s, int token, Set<String> wanted, BiFunction<Sentence, Integer, Optional<EntityType>> typeAt) {
        return token >= 0
                && (wanted.contains(lemma(s.tokens().get(token)))
                        || typeAt.apply(s, token)
                                .map(type -> wanted.contains(typeClass(type)))
                                .orElse(false));
    }

    /** "released six of them": the noun a number or quantity counts, or -1. */
    private static int countedNoun(Sentence s, int token) {
        for (Dependency d : s.dependentsOf(token)) {
            if (d.relation().equals("nmod:of")) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static boolean noObjectIn(Sentence s, int head) {
        return s.dependentsOf(head).stream().noneMatch(d -> d.relation().equals("obj"));
    }

    static String typeClass(EntityType type) {
        return "@" + type.name().toLowerCase(Locale.ROOT);
    }

    static String lemma(Token token) {
        return token.lemma().toLowerCase(Locale.ROOT);
    }
}
