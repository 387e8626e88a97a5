package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.lexicon.TriggerEntry;
import org.sitrep.model.CharSpan;
import org.sitrep.model.Document;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * "model-triggers", in place of "triggers": the lexicon's triggers judged by the trained {@link TriggerModel},
 * and the model's own triggers where the lexicon has none. For a lexicon trigger the model's decision on
 * its head token counts, when the trigger is one word (the model sees words: "took" says nothing of "took
 * to the streets") of a type that is one of the model's classes (the training data has enough examples of
 * it; of a type it has few or none of, such as RELEASE, SEIZE_TERRITORY or ACCUSE, the lexicon decides):
 * NONE or OTHER (an event of a kind Sitrep has no type for) with a probability of at least the class's veto
 * ({@link TriggerModel#vetoAt}) drops it, another class retypes it. A token outside every lexicon trigger that
 * the model classes as an event, with at least the class's probability ({@link TriggerModel#addAt}), becomes a
 * trigger, joined with a neighbour of the same class ("car bomb"); its type is the
 * lexicon's type for the word within the class (a bomb is BOMBING in the "attack" class), else the class's.
 * Last, a definite noun of a class's general type ("the attack", "these attacks") in an article whose other
 * triggers of the class are mostly of one type (bombings) takes that type: it refers back to them.
 */
final class ModelTriggersPass extends EventPass {
    private final TriggerFinder finder;
    private final EventWords words;
    private final TriggerModel model;
    private final TriggerFeatures features;
    private final TriggerClasses classes;
    private final Set<String> modelClasses;

    ModelTriggersPass(
            TriggerFinder finder,
            EventWords words,
            TriggerModel model,
            TriggerFeatures features,
            TriggerClasses classes) {
        super("model-triggers", Set.of(), Set.of(Part.TRIGGERS));
        this.finder = finder;
        this.words = words;
        this.model = model;
        this.features = features;
        this.classes = classes;
        this.modelClasses = Set.copyOf(model.classes());
    }

    @Override
    EventDrafts apply(EventDrafts drafts) {
        Document document = drafts.document();
        Fillers fillers = new Fillers(document, words);
        List<Trigger> found = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            TriggerModel.Decision[] decided = decide(sentence);
            boolean[] covered = new boolean[decided.length];
            for (Trigger t : finder.find(sentence, fillers::typeAt)) {
                for (int i = t.first(); i <= t.last(); i++) {
                    covered[i] = true;
                }
                judged(document, t, decided[t.head()]).ifPresent(found::add);
            }
            found.addAll(modelOnly(document, sentence, decided, covered));
        }
        found.sort(Comparator.comparingInt((Trigger t) -> t.sentence().index()).thenComparingInt(Trigger::first));
        return drafts.withTriggers(anaphorsTyped(document, found));
    }

    /** The model's decision for each candidate token of the sentence; null for the others. */
    TriggerModel.Decision[] decide(Sentence sentence) {
        TriggerModel.Decision[] decided =
                new TriggerModel.Decision[sentence.tokens().size()];
        for (Token token : sentence.tokens()) {
            if (features.isCandidate(token)) {
                decided[token.index()] = model.classify(features.of(sentence, token.index()));
            }
        }
        return decided;
    }

    /** Whether the model finds an event of a type it knows in the sentence. */
    boolean mayContainEvent(Sentence sentence) {
        for (TriggerModel.Decision d : decide(sentence)) {
            if (adds(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the decision makes a trigger where the lexicon has none. */
    private boolean adds(TriggerModel.Decision d) {
        return d != null && d.isEvent() && d.probability() >= model.addAt(d.cls());
    }

    private Optional<Trigger> judged(Document document, Trigger t, TriggerModel.Decision decision) {
        String own = classes.of(t.type());
        if (decision == null
                || decision.cls().equals(own)
                || !modelClasses.contains(own)
                || t.entry().lemmas().size() > 1) {
            return Optional.of(t); // too few examples of the type, or a phrase the model sees a word of
        }
        if (!decision.isEvent()) {
            return decision.probability() >= model.vetoAt(own) ? Optional.empty() : Optional.of(t);
        }
        return finder.at(
                document,
                t.span(),
                typeFor(decision.cls(), t.sentence().tokens().get(t.head())));
    }

    private List<Trigger> modelOnly(
            Document document, Sentence sentence, TriggerModel.Decision[] decided, boolean[] covered) {
        List<Trigger> made = new ArrayList<>();
        int i = 0;
        while (i < decided.length) {
            if (covered[i] || !adds(decided[i])) {
                i++;
                continue;
            }
            String cls = decided[i].cls();
            int last = i;
            while (last + 1 < decided.length
                    && !covered[last + 1]
                    && adds(decided[last + 1])
                    && cls.equals(decided[last + 1].cls())) {
                last++;
            }
            List<Token> tokens = sentence.tokens();
            Token head = tokens.get(last);
            CharSpan span =
                    new CharSpan(tokens.get(i).span().begin(), head.span().end());
            finder.at(document, span, typeFor(cls, head)).ifPresent(made::add);
            i = last + 1;
        }
        return made;
    }

    /**
     * The triggers with each definite noun of a class's general type retyped to the type that has more of the
     * class's other triggers in the document than all the rest of them together, and at least two.
     */
    private List<Trigger> anaphorsTyped(Document document, List<Trigger> found) {
        List<Trigger> result = new ArrayList<>(found.size());
        for (Trigger t : found) {
            String cls = classes.of(t.type());
            Optional<String> general =
                    model.typeOf(cls).filter(g -> classes.typesOf(cls).size() > 1);
            Optional<String> dominant = general.filter(t.type()::equals)
                    .filter(g -> isDefiniteNoun(t))
                    .flatMap(g -> dominantType(found, cls, g));
            result.add(dominant.flatMap(d -> finder.at(document, t.span(), d)).orElse(t));
        }
        return result;
    }

    private Optional<String> dominantType(List<Trigger> found, String cls, String general) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Trigger t : found) {
            if (classes.of(t.type()).equals(cls) && !t.type().equals(general)) {
                counts.merge(t.type(), 1, Integer::sum);
            }
        }
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && 2 * e.getValue() > all)
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    /**
     * A noun whose phrase opens with a definite determiner ("the attack", "these attacks") or a possessive
     * pronoun ("its attack"), past its modifiers: a phrase that points back.
     */
    private boolean isDefiniteNoun(Trigger t) {
        List<Token> tokens = t.sentence().tokens();
        if (!tokens.get(t.head()).isNoun()) {
            return false;
        }
        int j = t.first() - 1;
        while (j >= 0 && isModifier(tokens.get(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        Token d = tokens.get(j);
        return d.partOfSpeech().equals("PRP$")
                || (d.partOfSpeech().equals("DT")
                        && words.definiteDeterminers().contains(d.text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** What stands between a determiner and its noun; unlike the lexicon's phrase modifiers, no determiner. */
    private static boolean isModifier(Token t) {
        String tag = t.partOfSpeech();
        return tag.startsWith("JJ")
                || tag.startsWith("NN")
                || tag.equals("CD")
                || tag.equals("POS")
                || tag.equals("HYPH");
    }

    /** The lexicon's type for the word within the class, else the class's own type. */
    private String typeFor(String cls, Token token) {
        for (TriggerEntry e : finder.entriesFor(token)) {
            if (classes.of(e.type()).equals(cls)) {
                return e.type();
            }
        }
        return model.typeOf(cls).orElseThrow(() -> new IllegalStateException("class " + cls + " has no type"));
    }
}
